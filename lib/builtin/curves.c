/*
 * curves.c - the elliptic curves and finite-field groups of the built-in
 * driver, as one table from PSA (family, bits) to libcrypto's names.  The
 * Weierstrass groups are made once, at init, so that no entry point builds a
 * group (EC_GROUP_new_by_curve_name costs microseconds).
 */
#include "config.h"

#include <openssl/err.h>
#include <openssl/obj_mac.h>

#include "builtin/builtin.h"

static struct builtin_curve curves[] = {
    {PSA_ECC_FAMILY_SECP_R1, 192, 24, NID_X9_62_prime192v1, "prime192v1", NULL},
    {PSA_ECC_FAMILY_SECP_R1, 224, 28, NID_secp224r1, "secp224r1", NULL},
    {PSA_ECC_FAMILY_SECP_R1, 256, 32, NID_X9_62_prime256v1, "prime256v1", NULL},
    {PSA_ECC_FAMILY_SECP_R1, 384, 48, NID_secp384r1, "secp384r1", NULL},
    {PSA_ECC_FAMILY_SECP_R1, 521, 66, NID_secp521r1, "secp521r1", NULL},
    {PSA_ECC_FAMILY_SECP_K1, 256, 32, NID_secp256k1, "secp256k1", NULL},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 256, 32, NID_brainpoolP256r1, "brainpoolP256r1", NULL},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 384, 48, NID_brainpoolP384r1, "brainpoolP384r1", NULL},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 512, 64, NID_brainpoolP512r1, "brainpoolP512r1", NULL},
    {PSA_ECC_FAMILY_MONTGOMERY, 255, 32, NID_X25519, "X25519", NULL},
    {PSA_ECC_FAMILY_MONTGOMERY, 448, 56, NID_X448, "X448", NULL},
    {PSA_ECC_FAMILY_TWISTED_EDWARDS, 255, 32, NID_ED25519, "ED25519", NULL},
    {PSA_ECC_FAMILY_TWISTED_EDWARDS, 448, 57, NID_ED448, "ED448", NULL},
};

#define CURVE_COUNT (sizeof(curves) / sizeof(curves[0]))

static bool is_weierstrass(psa_ecc_family_t family)
{
    return family != PSA_ECC_FAMILY_MONTGOMERY && family != PSA_ECC_FAMILY_TWISTED_EDWARDS;
}

psa_status_t builtin_curves_init(void)
{
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        if (!is_weierstrass(curves[i].family) || curves[i].group != NULL) {
            continue;
        }
        /* A curve the providers lack stays NULL: builtin_curve_find hides it. */
        curves[i].group = EC_GROUP_new_by_curve_name(curves[i].nid);
    }
    ERR_clear_error();
    return PSA_SUCCESS;
}

void builtin_curves_free(void)
{
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        EC_GROUP_free(curves[i].group);
        curves[i].group = NULL;
    }
}

const struct builtin_curve *builtin_curve_find(psa_ecc_family_t family, size_t bits)
{
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        const struct builtin_curve *c = &curves[i];
        if (c->family == family && c->bits == bits) {
            return is_weierstrass(family) && c->group == NULL ? NULL : c;
        }
    }
    return NULL;
}

const char *builtin_ffdh_group_name(psa_dh_family_t family, size_t bits)
{
    static const struct {
        uint16_t bits;
        const char *name;
    } groups[] = {{2048, "ffdhe2048"}, {3072, "ffdhe3072"}, {4096, "ffdhe4096"},
                  {6144, "ffdhe6144"}, {8192, "ffdhe8192"}};

    if (family != PSA_DH_FAMILY_RFC7919) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
        if (groups[i].bits == bits) {
            return groups[i].name;
        }
    }
    return NULL;
}
