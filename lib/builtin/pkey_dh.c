/*
 * pkey_dh.c - finite-field Diffie-Hellman keys over the RFC 7919 groups
 * (PSA_DH_FAMILY_RFC7919, 2048 to 8192 bits), in the PSA formats: a key
 * pair is x, a public key y = g^x mod p, each big-endian and exactly as long
 * as p.
 *
 * Import ranges: 1 <= x <= p - 1 (the Crypto API's range for derived keys);
 * 1 < y < p - 1 and y a quadratic residue mod p.  p is a safe prime and g = 2
 * generates the subgroup of prime order q = (p-1)/2, the quadratic residues,
 * so the Jacobi symbol check is SP 800-56A's full public-key validation
 * (y^q = 1) at the cost of a gcd: a public key outside the subgroup would leak
 * the low bit of a peer's private key.
 *
 * Generation uses libcrypto's key generation for the named group, which
 * draws x with the group's recommended private-key length (SP 800-56A
 * 5.6.1.1.1, e.g. 225 bits for ffdhe2048), padded to p's length.
 */
#include "config.h"

#include "builtin/pkey_int.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>

#include "core/guard.h"

/* The group name of a key of type whose data has length bytes. */
static psa_status_t group_of(psa_key_type_t type, size_t bits, size_t length,
                             const char **name, size_t *group_bits)
{
    psa_dh_family_t family = PSA_KEY_TYPE_DH_GET_FAMILY(type);
    size_t b = bits != 0 ? bits : PSA_BYTES_TO_BITS(length);

    *name = builtin_ffdh_group_name(family, b);
    if (*name == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (PSA_BITS_TO_BYTES(b) != length) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *group_bits = b;
    return PSA_SUCCESS;
}

/* p and g of a named group (the caller frees them). */
static psa_status_t group_params(const char *name, BIGNUM **p, BIGNUM **g)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *domain = NULL;

    *p = NULL;
    *g = NULL;
    KPSA_CHECK(bld != NULL &&
                   OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, name, 0) ==
                       1,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    params = OSSL_PARAM_BLD_to_param(bld);
    KPSA_CHECK(params != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    KPSA_CHECK(ctx != NULL && EVP_PKEY_fromdata_init(ctx) == 1 &&
                   EVP_PKEY_fromdata(ctx, &domain, EVP_PKEY_KEY_PARAMETERS, params) == 1 &&
                   EVP_PKEY_get_bn_param(domain, OSSL_PKEY_PARAM_FFC_P, p) == 1 &&
                   EVP_PKEY_get_bn_param(domain, OSSL_PKEY_PARAM_FFC_G, g) == 1,
               builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    EVP_PKEY_free(domain);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    return status;
}

/* The range checks at the top of the file. */
static psa_status_t check_value(bool pair, const BIGNUM *v, const BIGNUM *p)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BN_CTX *ctx = BN_CTX_new();
    BIGNUM *pm1 = NULL;

    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(ctx);
    pm1 = BN_CTX_get(ctx);
    KPSA_CHECK(pm1 != NULL && BN_sub(pm1, p, BN_value_one()) == 1,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    if (pair) {
        KPSA_CHECK(!BN_is_zero(v) && BN_cmp(v, pm1) <= 0, PSA_ERROR_INVALID_ARGUMENT);
    } else {
        KPSA_CHECK(BN_cmp(v, BN_value_one()) > 0 && BN_cmp(v, pm1) < 0,
                   PSA_ERROR_INVALID_ARGUMENT);
        KPSA_CHECK(BN_kronecker(v, p, ctx) == 1, PSA_ERROR_INVALID_ARGUMENT);
    }
    status = PSA_SUCCESS;
exit:
    if (ctx != NULL) {
        BN_CTX_end(ctx);
    }
    BN_CTX_free(ctx);
    return status;
}

static psa_status_t dh_import(psa_key_type_t type, const uint8_t *data, size_t data_length,
                              uint8_t *key_buffer, size_t key_buffer_size,
                              size_t *key_buffer_length, size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *name = NULL;
    size_t group_bits = 0;
    BIGNUM *p = NULL, *g = NULL, *v = NULL;

    KPSA_TRY(group_of(type, *bits, data_length, &name, &group_bits));
    KPSA_TRY(group_params(name, &p, &g));
    v = BN_secure_new();
    KPSA_CHECK(v != NULL && BN_bin2bn(data, (int)data_length, v) != NULL,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(check_value(PSA_KEY_TYPE_IS_KEY_PAIR(type), v, p));
    KPSA_CHECK(key_buffer_size >= data_length, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(key_buffer, data, data_length);
    *key_buffer_length = data_length;
    *bits = group_bits;
    status = PSA_SUCCESS;
exit:
    BN_clear_free(v);
    BN_free(g);
    BN_free(p);
    return status;
}

/* y = g^x mod p, in constant time in x. */
static psa_status_t public_value(const BIGNUM *x, const BIGNUM *p, const BIGNUM *g,
                                 BIGNUM **y)
{
    BN_CTX *ctx = BN_CTX_secure_new();
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    *y = BN_new();
    if (ctx != NULL && *y != NULL && BN_mod_exp_mont_consttime(*y, g, x, p, ctx, NULL) == 1) {
        status = PSA_SUCCESS;
    }
    BN_CTX_free(ctx);
    return status;
}

static psa_status_t dh_decode(psa_key_type_t type, size_t bits, const uint8_t *key,
                              size_t key_size, EVP_PKEY **pkey)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    bool pair = PSA_KEY_TYPE_IS_KEY_PAIR(type);
    const char *name = NULL;
    size_t group_bits = 0;
    BIGNUM *p = NULL, *g = NULL, *x = NULL, *y = NULL;
    OSSL_PARAM_BLD *bld = NULL;

    *pkey = NULL;
    status = group_of(type, bits, key_size, &name, &group_bits);
    KPSA_CHECK(status != PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(status);
    if (pair) {
        KPSA_TRY(group_params(name, &p, &g));
        x = BN_secure_new();
        KPSA_CHECK(x != NULL && BN_bin2bn(key, (int)key_size, x) != NULL,
                   PSA_ERROR_INSUFFICIENT_MEMORY);
        BN_set_flags(x, BN_FLG_CONSTTIME);
        KPSA_TRY(public_value(x, p, g, &y));
    } else {
        y = BN_bin2bn(key, (int)key_size, NULL);
        KPSA_CHECK(y != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    }
    bld = OSSL_PARAM_BLD_new();
    KPSA_CHECK(bld != NULL &&
                   OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, name, 0) ==
                       1 &&
                   OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PUB_KEY, y) == 1 &&
                   (x == NULL || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, x) == 1),
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(builtin_pkey_fromdata("DH", pair ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld,
                                   pkey));
    status = PSA_SUCCESS;
exit:
    OSSL_PARAM_BLD_free(bld);
    BN_free(y);
    BN_clear_free(x);
    BN_free(g);
    BN_free(p);
    return status;
}

static psa_status_t dh_export_public(const psa_key_attributes_t *attributes,
                                     const uint8_t *key, size_t key_size, uint8_t *data,
                                     size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    BIGNUM *y = NULL;

    KPSA_CHECK(data_size >= key_size, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, &pk));
    KPSA_CHECK(EVP_PKEY_get_bn_param(pk.pkey, OSSL_PKEY_PARAM_PUB_KEY, &y) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(builtin_pkey_bn_out(y, key_size, data, data_size, data_length));
    status = PSA_SUCCESS;
exit:
    BN_free(y);
    builtin_pkey_put(&pk);
    return status;
}

static psa_status_t dh_generate(psa_key_type_t type, size_t bits, const uint8_t *e,
                                size_t e_length, uint8_t *key_buffer, size_t key_buffer_size,
                                size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *name = builtin_ffdh_group_name(PSA_KEY_TYPE_DH_GET_FAMILY(type), bits);
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *pkey = NULL;
    BIGNUM *x = NULL;
    OSSL_PARAM params[2];

    (void)e;
    (void)e_length;
    KPSA_CHECK(name != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(key_buffer_size >= PSA_BITS_TO_BYTES(bits), PSA_ERROR_BUFFER_TOO_SMALL);
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)name, 0);
    params[1] = OSSL_PARAM_construct_end();
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    KPSA_CHECK(ctx != NULL && EVP_PKEY_keygen_init(ctx) == 1 &&
                   EVP_PKEY_CTX_set_params(ctx, params) == 1 &&
                   EVP_PKEY_generate(ctx, &pkey) == 1 &&
                   EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &x) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(builtin_pkey_bn_out(x, PSA_BITS_TO_BYTES(bits), key_buffer, key_buffer_size,
                                 key_buffer_length));
    status = PSA_SUCCESS;
exit:
    BN_clear_free(x);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(ctx);
    return status;
}

const struct builtin_pkey_codec builtin_pkey_dh_codec = {
    .import = dh_import,
    .decode = dh_decode,
    .export_public = dh_export_public,
    .generate = dh_generate,
};
