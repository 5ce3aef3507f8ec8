/*
 * pkey_ecc.c - ECC keys on the curves of curves.c, in the PSA formats:
 *   Weierstrass  key pair: the private scalar d, big-endian, exactly the
 *                curve's byte length, 0 < d < n; public key: the
 *                uncompressed point 0x04 || x || y, on the curve.
 *   Montgomery   RFC 7748 strings (32 or 56 bytes).  The Crypto API requires
 *                the forced bits of a private key set as decodeScalar25519 /
 *                decodeScalar448 set them: import accepts any string and
 *                stores it with the bits forced (so export returns the
 *                canonical form; the key is the same key for X25519/X448).
 *   Edwards      RFC 8032 strings (32 or 57 bytes); a public key must decode
 *                to a curve point (RFC 8032 5.1.3 / 5.2.3).  Montgomery
 *                public keys are any string (RFC 7748 5: all are accepted);
 *                the all-zero shared secret of a low-order peer is the key
 *                agreement's to reject.
 * Size rules: with attributes bits set, the curve is (family, bits) and the
 * data must have its exact length (else PSA_ERROR_INVALID_ARGUMENT); with
 * bits 0 the curve is the family's curve of that data length, and a length
 * no curve of the family has is PSA_ERROR_NOT_SUPPORTED, like a curve the
 * driver does not have.  A Weierstrass public key that is not an
 * uncompressed point (compressed, or the point at infinity) is not in the
 * format of the type: PSA_ERROR_INVALID_ARGUMENT.
 */
#include "config.h"

#include "builtin/pkey_int.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include "builtin/edwards.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Largest uncompressed point: secp521r1. */
#define POINT_MAX (1 + 2 * 66)

static bool is_weierstrass(psa_ecc_family_t family)
{
    return family != PSA_ECC_FAMILY_MONTGOMERY && family != PSA_ECC_FAMILY_TWISTED_EDWARDS;
}

/* Length of a key of the curve in export format. */
static size_t key_length(const struct builtin_curve *c, bool pair)
{
    return !pair && c->group != NULL ? 1u + 2u * c->bytes : c->bytes;
}

/* The curve of a key: see the size rules at the top. */
static psa_status_t curve_of(psa_key_type_t type, size_t bits, size_t length,
                             const struct builtin_curve **curve)
{
    static const uint16_t sizes[] = {192, 224, 255, 256, 384, 448, 512, 521};
    psa_ecc_family_t family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    bool pair = PSA_KEY_TYPE_IS_KEY_PAIR(type);
    const struct builtin_curve *c;

    if (bits != 0) {
        c = builtin_curve_find(family, bits);
        if (c == NULL) {
            return PSA_ERROR_NOT_SUPPORTED;
        }
        if (key_length(c, pair) != length) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        *curve = c;
        return PSA_SUCCESS;
    }
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        c = builtin_curve_find(family, sizes[i]);
        if (c != NULL && key_length(c, pair) == length) {
            *curve = c;
            return PSA_SUCCESS;
        }
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

/* Force the bits RFC 7748 decodeScalar25519 / decodeScalar448 force. */
static void montgomery_clamp(uint8_t *k, size_t length)
{
    if (length == 32) {
        k[0] &= 248u;
        k[31] &= 127u;
        k[31] |= 64u;
    } else {
        k[0] &= 252u;
        k[length - 1] |= 128u;
    }
}

/* 0 < d < n for a Weierstrass private key of c. */
static psa_status_t check_scalar(const struct builtin_curve *c, const uint8_t *data,
                                 size_t length)
{
    BIGNUM *d = BN_secure_new();
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    if (d != NULL && BN_bin2bn(data, (int)length, d) != NULL) {
        status = !BN_is_zero(d) && BN_cmp(d, EC_GROUP_get0_order(c->group)) < 0
                     ? PSA_SUCCESS
                     : PSA_ERROR_INVALID_ARGUMENT;
    }
    BN_clear_free(d);
    return status;
}

/* An uncompressed point of c, on the curve (libcrypto's decoding checks the
 * coordinates are below p and the point satisfies the equation). */
static psa_status_t check_point(const struct builtin_curve *c, const uint8_t *data,
                                size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *pt = EC_POINT_new(c->group);

    KPSA_CHECK(pt != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(EC_POINT_oct2point(c->group, pt, data, length, NULL) == 1 &&
                   EC_POINT_is_on_curve(c->group, pt, NULL) == 1 &&
                   !EC_POINT_is_at_infinity(c->group, pt),
               PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    if (status == PSA_ERROR_INVALID_ARGUMENT) {
        ERR_clear_error();
    }
    EC_POINT_free(pt);
    return status;
}

/*
 * An Edwards public key decodes to a point (RFC 8032 5.1.3 and 5.2.3): the
 * decoder HashEdDSA uses (edwards.c) judges it, on the curve's model.
 */
static psa_status_t check_edwards_point(const struct builtin_curve *c, const uint8_t *data)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct builtin_edwards *curve = NULL;
    BN_CTX *bn = NULL;
    EC_POINT *pt = NULL;

    KPSA_TRY(builtin_edwards_get(c->bits, &curve));
    bn = BN_CTX_new();
    pt = EC_POINT_new(builtin_edwards_group(curve));
    KPSA_CHECK(bn != NULL && pt != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    status = builtin_edwards_decode(curve, data, pt, bn);
exit:
    EC_POINT_free(pt);
    BN_CTX_free(bn);
    return status;
}

static psa_status_t ecc_import(psa_key_type_t type, const uint8_t *data, size_t data_length,
                               uint8_t *key_buffer, size_t key_buffer_size,
                               size_t *key_buffer_length, size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_ecc_family_t family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    bool pair = PSA_KEY_TYPE_IS_KEY_PAIR(type);
    const struct builtin_curve *c = NULL;

    if (!pair && is_weierstrass(family)) {
        KPSA_CHECK(data[0] == 0x04, PSA_ERROR_INVALID_ARGUMENT);
    }
    KPSA_TRY(curve_of(type, *bits, data_length, &c));
    if (c->group != NULL) {
        KPSA_TRY(pair ? check_scalar(c, data, data_length)
                      : check_point(c, data, data_length));
    } else if (!pair && family == PSA_ECC_FAMILY_TWISTED_EDWARDS) {
        KPSA_TRY(check_edwards_point(c, data));
    }
    KPSA_CHECK(key_buffer_size >= data_length, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(key_buffer, data, data_length);
    if (pair && family == PSA_ECC_FAMILY_MONTGOMERY) {
        montgomery_clamp(key_buffer, data_length);
    }
    *key_buffer_length = data_length;
    *bits = c->bits;
    status = PSA_SUCCESS;
exit:
    return status;
}

/* The uncompressed public point d G. */
static psa_status_t public_point(const struct builtin_curve *c, const BIGNUM *d,
                                 uint8_t *out, size_t size, size_t *length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *pt = EC_POINT_new(c->group);

    KPSA_CHECK(pt != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(EC_POINT_mul(c->group, pt, d, NULL, NULL, NULL) == 1,
               builtin_status_from_openssl());
    *length = EC_POINT_point2oct(c->group, pt, POINT_CONVERSION_UNCOMPRESSED, out, size, NULL);
    KPSA_CHECK(*length == key_length(c, false), builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    EC_POINT_free(pt);
    return status;
}

static psa_status_t decode_weierstrass(const struct builtin_curve *c, bool pair,
                                       const uint8_t *key, size_t key_size, EVP_PKEY **pkey)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    BIGNUM *d = NULL;
    uint8_t point[POINT_MAX];
    const uint8_t *pub = key;
    size_t pub_length = key_size;

    KPSA_CHECK(bld != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    if (pair) {
        d = BN_secure_new();
        KPSA_CHECK(d != NULL && BN_bin2bn(key, (int)key_size, d) != NULL,
                   PSA_ERROR_INSUFFICIENT_MEMORY);
        BN_set_flags(d, BN_FLG_CONSTTIME);
        KPSA_TRY(public_point(c, d, point, sizeof(point), &pub_length));
        pub = point;
        KPSA_CHECK(OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d) == 1,
                   PSA_ERROR_INSUFFICIENT_MEMORY);
    }
    KPSA_CHECK(OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, c->name, 0) ==
                       1 &&
                   OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub,
                                                    pub_length) == 1,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(builtin_pkey_fromdata("EC", pair ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld,
                                   pkey));
    status = PSA_SUCCESS;
exit:
    BN_clear_free(d);
    OSSL_PARAM_BLD_free(bld);
    return status;
}

static psa_status_t ecc_decode(psa_key_type_t type, size_t bits, const uint8_t *key,
                               size_t key_size, EVP_PKEY **pkey)
{
    const struct builtin_curve *c = NULL;
    bool pair = PSA_KEY_TYPE_IS_KEY_PAIR(type);
    psa_status_t status = curve_of(type, bits, key_size, &c);

    *pkey = NULL;
    if (status != PSA_SUCCESS) {
        return status == PSA_ERROR_INVALID_ARGUMENT ? PSA_ERROR_CORRUPTION_DETECTED : status;
    }
    if (c->group != NULL) {
        return decode_weierstrass(c, pair, key, key_size, pkey);
    }
    *pkey = pair ? EVP_PKEY_new_raw_private_key_ex(NULL, c->name, NULL, key, key_size)
                 : EVP_PKEY_new_raw_public_key_ex(NULL, c->name, NULL, key, key_size);
    return *pkey != NULL ? PSA_SUCCESS : builtin_status_from_openssl();
}

static psa_status_t ecc_export_public(const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size, uint8_t *data,
                                      size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    const struct builtin_curve *c = NULL;
    size_t length = data_size;

    KPSA_TRY(curve_of(psa_get_key_type(attributes), psa_get_key_bits(attributes), key_size,
                      &c));
    KPSA_CHECK(data_size >= key_length(c, false), PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, &pk));
    if (c->group != NULL) {
        KPSA_CHECK(EVP_PKEY_get_octet_string_param(pk.pkey, OSSL_PKEY_PARAM_PUB_KEY, data,
                                                   data_size, &length) == 1,
                   builtin_status_from_openssl());
    } else {
        KPSA_CHECK(EVP_PKEY_get_raw_public_key(pk.pkey, data, &length) == 1,
                   builtin_status_from_openssl());
    }
    KPSA_CHECK(length == key_length(c, false), PSA_ERROR_CORRUPTION_DETECTED);
    *data_length = length;
    status = PSA_SUCCESS;
exit:
    builtin_pkey_put(&pk);
    return status;
}

/* A uniformly random scalar in [1, n-1]. */
static psa_status_t random_scalar(const struct builtin_curve *c, uint8_t *out, size_t size,
                                  size_t *length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BIGNUM *d = BN_secure_new();

    KPSA_CHECK(d != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    do {
        KPSA_CHECK(BN_priv_rand_range_ex(d, EC_GROUP_get0_order(c->group), 0, NULL) == 1,
                   builtin_status_from_openssl());
    } while (BN_is_zero(d));
    KPSA_TRY(builtin_pkey_bn_out(d, c->bytes, out, size, length));
    status = PSA_SUCCESS;
exit:
    BN_clear_free(d);
    return status;
}

static psa_status_t ecc_generate(psa_key_type_t type, size_t bits, const uint8_t *e,
                                 size_t e_length, uint8_t *key_buffer, size_t key_buffer_size,
                                 size_t *key_buffer_length)
{
    psa_ecc_family_t family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    const struct builtin_curve *c = builtin_curve_find(family, bits);

    (void)e;
    (void)e_length;
    if (c == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (key_buffer_size < c->bytes) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (c->group != NULL) {
        return random_scalar(c, key_buffer, key_buffer_size, key_buffer_length);
    }
    /* Any string is an RFC 7748 / RFC 8032 private key. */
    if (RAND_priv_bytes(key_buffer, (int)c->bytes) != 1) {
        ERR_clear_error();
        return PSA_ERROR_INSUFFICIENT_ENTROPY;
    }
    if (family == PSA_ECC_FAMILY_MONTGOMERY) {
        montgomery_clamp(key_buffer, c->bytes);
    }
    *key_buffer_length = c->bytes;
    return PSA_SUCCESS;
}

const struct builtin_pkey_codec builtin_pkey_ecc_codec = {
    .import = ecc_import,
    .decode = ecc_decode,
    .export_public = ecc_export_public,
    .generate = ecc_generate,
};
