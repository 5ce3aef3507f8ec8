/*
 * agree.c - ECDH (Weierstrass curves: the x coordinate of the shared point,
 * padded to the field size; Montgomery curves: X25519 and X448, RFC 7748) and
 * FFDH over the RFC 7919 groups (the shared value padded to the length of p).
 *
 * A key keeps, in a pool of its prepared state, a derive-initialised
 * EVP_PKEY_CTX on its libcrypto key (and for FFDH an EVP_PKEY_CTX ready for
 * EVP_PKEY_fromdata() of a DH public key), so that a call only decodes the
 * peer key, sets it and derives.
 *
 * Peer validation: the length and the encoding byte are checked here; a
 * Weierstrass point off the curve or with a coordinate >= p is refused by
 * EVP_PKEY_set1_encoded_public_key (EC_POINT_oct2point checks it; every curve
 * here has cofactor 1, so a point on the curve is in the prime-order group
 * and no further public-key check is needed); an FFDH value outside 1 < y < p - 1 is
 * refused here; a Montgomery u-coordinate of small order gives an all-zero
 * secret, which libcrypto's X25519/X448 and this file refuse.  Every one of
 * these is PSA_ERROR_INVALID_ARGUMENT.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool kind of struct agree_prepared (see builtin_lease_take). */
#define AGREE_POOL_KIND 0x41475245u

/* Largest FFDH prime: ffdhe8192. */
#define FFDH_MAX_BYTES 1024

/* What an agreement is, from the key's type and size. */
struct agree_kind {
    const char *keytype; /* libcrypto key type of the peer key */
    const char *group;   /* EC / DH group name; NULL for X25519 / X448 */
    size_t peer_length;  /* exact length of the peer key */
    size_t secret_length;
    bool montgomery;
    bool ffdh;
};

/* What one pool slot holds for a key. */
struct agree_prepared {
    EVP_PKEY_CTX *derive; /* EVP_PKEY_derive_init done on the private key */
    EVP_PKEY_CTX *peer;   /* FFDH: EVP_PKEY_fromdata_init done for DH keys */
    BIGNUM *p_minus_1;    /* FFDH: p - 1 */
};

static psa_status_t resolve_ecc(psa_key_type_t type, size_t bits, struct agree_kind *k)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_ecc_family_t family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    const struct builtin_curve *curve = NULL;

    KPSA_CHECK(family != PSA_ECC_FAMILY_TWISTED_EDWARDS, PSA_ERROR_INVALID_ARGUMENT);
    curve = builtin_curve_find(family, bits);
    KPSA_CHECK(curve != NULL, PSA_ERROR_NOT_SUPPORTED);
    k->secret_length = curve->bytes;
    if (family == PSA_ECC_FAMILY_MONTGOMERY) {
        k->keytype = curve->name;
        k->peer_length = curve->bytes;
        k->montgomery = true;
    } else {
        k->keytype = "EC";
        k->group = curve->name;
        k->peer_length = 1 + 2 * (size_t)curve->bytes;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

static psa_status_t resolve(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                            struct agree_kind *k)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);

    memset(k, 0, sizeof(*k));
    KPSA_CHECK(alg == PSA_ALG_ECDH || alg == PSA_ALG_FFDH, PSA_ERROR_NOT_SUPPORTED);
    if (PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type)) {
        KPSA_CHECK(alg == PSA_ALG_ECDH, PSA_ERROR_INVALID_ARGUMENT);
        KPSA_TRY(resolve_ecc(type, bits, k));
    } else if (PSA_KEY_TYPE_IS_DH_KEY_PAIR(type)) {
        KPSA_CHECK(alg == PSA_ALG_FFDH, PSA_ERROR_INVALID_ARGUMENT);
        k->group = builtin_ffdh_group_name(PSA_KEY_TYPE_DH_GET_FAMILY(type), bits);
        KPSA_CHECK(k->group != NULL, PSA_ERROR_NOT_SUPPORTED);
        k->keytype = "DH";
        k->peer_length = PSA_BITS_TO_BYTES(bits);
        k->secret_length = PSA_BITS_TO_BYTES(bits);
        k->ffdh = true;
    } else {
        KPSA_CHECK(false, PSA_ERROR_INVALID_ARGUMENT);
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- prepared contexts ------------------------------------------------------- */

static void prepared_free(void *ctx)
{
    struct agree_prepared *p = ctx;

    if (p == NULL) {
        return;
    }
    EVP_PKEY_CTX_free(p->derive);
    EVP_PKEY_CTX_free(p->peer);
    BN_free(p->p_minus_1);
    free(p);
}

static psa_status_t prepared_new(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, const struct agree_kind *k,
                                 struct agree_prepared **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    struct agree_prepared *p = calloc(1, sizeof(*p));

    KPSA_CHECK(p != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, &pk));
    /* The context takes its own reference on the key object. */
    p->derive = EVP_PKEY_CTX_new_from_pkey(NULL, pk.pkey, NULL);
    KPSA_CHECK(p->derive != NULL, builtin_status_from_openssl());
    KPSA_CHECK(EVP_PKEY_derive_init(p->derive) == 1, builtin_status_from_openssl());
    if (k->ffdh) {
        p->peer = EVP_PKEY_CTX_new_from_name(NULL, k->keytype, NULL);
        KPSA_CHECK(p->peer != NULL, builtin_status_from_openssl());
        KPSA_CHECK(EVP_PKEY_fromdata_init(p->peer) == 1, builtin_status_from_openssl());
        KPSA_CHECK(EVP_PKEY_CTX_set_dh_pad(p->derive, 1) == 1, builtin_status_from_openssl());
        KPSA_CHECK(EVP_PKEY_get_bn_param(pk.pkey, OSSL_PKEY_PARAM_FFC_P, &p->p_minus_1) == 1,
                   builtin_status_from_openssl());
        KPSA_CHECK(BN_sub_word(p->p_minus_1, 1) == 1, builtin_status_from_openssl());
    }
    *out = p;
    p = NULL;
    status = PSA_SUCCESS;
exit:
    builtin_pkey_put(&pk);
    prepared_free(p);
    return status;
}

/* ---- one agreement --------------------------------------------------------------- */

/* The FFDH public value as the native-endian OSSL_PARAM libcrypto wants,
 * after the range check 1 < y < p - 1 (NIST SP 800-56A 5.6.2.3.1). */
static psa_status_t ffdh_value(const struct agree_prepared *p, const uint8_t *peer, size_t length,
                               uint8_t *native)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BIGNUM *y = BN_bin2bn(peer, (int)length, NULL);

    KPSA_CHECK(y != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(BN_cmp(y, BN_value_one()) > 0 && BN_cmp(y, p->p_minus_1) < 0,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(BN_bn2nativepad(y, native, (int)length) == (int)length,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    BN_free(y);
    return status;
}

/* An FFDH peer, made with EVP_PKEY_fromdata on the group's name. */
static psa_status_t ffdh_peer(const struct agree_prepared *p, const struct agree_kind *k,
                              const uint8_t *peer, size_t length, EVP_PKEY **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t native[FFDH_MAX_BYTES];
    OSSL_PARAM params[3];

    KPSA_CHECK(length <= sizeof(native), PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(ffdh_value(p, peer, length, native));
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)k->group, 0);
    params[1] = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_PUB_KEY, native, length);
    params[2] = OSSL_PARAM_construct_end();
    KPSA_CHECK(EVP_PKEY_fromdata(p->peer, out, EVP_PKEY_PUBLIC_KEY, params) == 1,
               PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    return status;
}

/*
 * The peer key object.  An ECC peer copies the domain parameters of the
 * key's own object and sets the encoded point: no group is looked up by name
 * (EVP_PKEY_fromdata with a group name costs about three times as much for
 * P-256), and setting the point decodes it and checks it is on the curve.
 */
static psa_status_t peer_decode(const struct agree_prepared *p, const struct agree_kind *k,
                                const uint8_t *peer, size_t length, EVP_PKEY **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_PKEY *made = NULL;

    KPSA_CHECK(length == k->peer_length, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(k->montgomery || k->ffdh || peer[0] == 0x04, PSA_ERROR_INVALID_ARGUMENT);
    if (k->ffdh) {
        KPSA_TRY(ffdh_peer(p, k, peer, length, out));
        goto exit;
    }
    made = EVP_PKEY_new();
    KPSA_CHECK(made != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(EVP_PKEY_copy_parameters(made, EVP_PKEY_CTX_get0_pkey(p->derive)) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(EVP_PKEY_set1_encoded_public_key(made, peer, length) == 1,
               PSA_ERROR_INVALID_ARGUMENT);
    *out = made;
    made = NULL;
    status = PSA_SUCCESS;
exit:
    if (status == PSA_ERROR_INVALID_ARGUMENT) {
        ERR_clear_error();
    }
    EVP_PKEY_free(made);
    return status;
}

/* Constant-time: is the buffer all zero? */
static bool all_zero(const uint8_t *buf, size_t length)
{
    uint8_t acc = 0;

    for (size_t i = 0; i < length; i++) {
        acc |= buf[i];
    }
    return acc == 0;
}

static psa_status_t derive(struct agree_prepared *p, const struct agree_kind *k,
                           const uint8_t *peer_key, size_t peer_key_length, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_PKEY *peer = NULL;
    size_t length = k->secret_length;

    KPSA_TRY(peer_decode(p, k, peer_key, peer_key_length, &peer));
    if (EVP_PKEY_derive_set_peer_ex(p->derive, peer, 0) != 1) {
        ERR_clear_error();
        status = PSA_ERROR_INVALID_ARGUMENT;
        goto exit;
    }
    if (EVP_PKEY_derive(p->derive, out, &length) != 1) {
        /* With a valid peer key only X25519/X448 (a zero result) and FFDH (a
         * value libcrypto's own check refuses) fail for the peer's sake. */
        status =
            k->montgomery || k->ffdh ? PSA_ERROR_INVALID_ARGUMENT : builtin_status_from_openssl();
        ERR_clear_error();
        goto exit;
    }
    KPSA_CHECK(length == k->secret_length, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_CHECK(!(k->montgomery && all_zero(out, length)), PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    EVP_PKEY_free(peer);
    return status;
}

psa_status_t builtin_key_agreement(const psa_key_attributes_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg, const uint8_t *peer_key,
                                   size_t peer_key_length, uint8_t *shared_secret,
                                   size_t shared_secret_size, size_t *shared_secret_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct agree_kind k = {NULL, NULL, 0, 0, false, false};
    struct agree_prepared *p = NULL;

    *shared_secret_length = 0;
    KPSA_TRY(resolve(attributes, alg, &k));
    KPSA_CHECK(peer_key != NULL || peer_key_length == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(peer_key_length == k.peer_length, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(shared_secret_size >= k.secret_length, PSA_ERROR_BUFFER_TOO_SMALL);
    builtin_lease_take(kpsa_driver_key_state(attributes), alg, AGREE_POOL_KIND, prepared_free, 0,
                       &lease);
    if (lease.ctx == NULL) {
        KPSA_TRY(prepared_new(attributes, key, key_size, &k, &p));
        lease.ctx = p;
    }
    KPSA_TRY(derive(lease.ctx, &k, peer_key, peer_key_length, shared_secret));
    *shared_secret_length = k.secret_length;
    status = PSA_SUCCESS;
exit:
    /* A refused peer key leaves the contexts as fit as a success does; after
     * any other failure they are not trusted again. */
    builtin_lease_return(&lease, status == PSA_SUCCESS || status == PSA_ERROR_INVALID_ARGUMENT);
    if (status != PSA_SUCCESS && shared_secret != NULL) {
        kpsa_wipe(shared_secret,
                  shared_secret_size < k.secret_length ? shared_secret_size : k.secret_length);
    }
    return status;
}
