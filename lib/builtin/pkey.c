/*
 * pkey.c - asymmetric key objects, import, generation, public export.
 *
 * The key buffer of an asymmetric key is its PSA export format.  Operations
 * need a libcrypto EVP_PKEY; building one costs a parse, a validation and
 * for an ECC key pair a scalar multiplication, so a key with a prepared state
 * (kpsa_driver_key_state) keeps the object in the state: the first call that
 * needs it decodes it and installs it with a compare-and-swap; a thread that
 * loses the race frees its own copy and uses the winner's.  The object is
 * never modified after it is installed, which is what lets threads share it
 * (every operation makes its own EVP_PKEY_CTX from it).
 *
 * The formats themselves are the business of one codec per family
 * (pkey_int.h); this file routes by key type.
 */
#include "config.h"

#include "builtin/pkey_int.h"

#include <limits.h>
#include <stdatomic.h>
#include <string.h>

#include <openssl/params.h>

#include <kpsa/driver.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

static const struct builtin_pkey_codec *codec_of(psa_key_type_t type)
{
    if (PSA_KEY_TYPE_IS_RSA(type)) {
        return &builtin_pkey_rsa_codec;
    }
    if (PSA_KEY_TYPE_IS_ECC(type)) {
        return &builtin_pkey_ecc_codec;
    }
    if (PSA_KEY_TYPE_IS_DH(type)) {
        return &builtin_pkey_dh_codec;
    }
    return NULL;
}

psa_status_t builtin_pkey_bn_out(const BIGNUM *bn, size_t length, uint8_t *out, size_t size,
                                 size_t *out_length)
{
    if (size < length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (length > INT_MAX || (size_t)BN_num_bytes(bn) > length ||
        BN_bn2binpad(bn, out, (int)length) != (int)length) {
        return PSA_ERROR_CORRUPTION_DETECTED;
    }
    *out_length = length;
    return PSA_SUCCESS;
}

psa_status_t builtin_pkey_fromdata(const char *name, int selection, OSSL_PARAM_BLD *bld,
                                   EVP_PKEY **pkey)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;

    *pkey = NULL;
    params = OSSL_PARAM_BLD_to_param(bld);
    KPSA_CHECK(params != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, name, NULL);
    KPSA_CHECK(ctx != NULL, builtin_status_from_openssl());
    KPSA_CHECK(EVP_PKEY_fromdata_init(ctx) == 1 &&
                   EVP_PKEY_fromdata(ctx, pkey, selection, params) == 1,
               builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    EVP_PKEY_CTX_free(ctx);
    /* Private values were pushed as secure BIGNUMs: the builder then puts
     * the parameters in secure memory, which OSSL_PARAM_free clears. */
    OSSL_PARAM_free(params);
    return status;
}

/* Decode a key buffer for one call, or for the key's state. */
static psa_status_t decode(const psa_key_attributes_t *attributes, const uint8_t *key,
                           size_t key_size, EVP_PKEY **pkey)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    const struct builtin_pkey_codec *codec = codec_of(type);

    *pkey = NULL;
    if (codec == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return codec->decode(type, psa_get_key_bits(attributes), key, key_size, pkey);
}

/* Install a freshly decoded object in the key's state, or use the object a
 * concurrent call installed first (then ours is freed). */
static EVP_PKEY *install(struct builtin_key_state *state, EVP_PKEY *made)
{
    EVP_PKEY *expected = NULL;

    /* Release: publishes the finished object; acquire on failure: the
     * winner's object is complete when we read it. */
    if (atomic_compare_exchange_strong_explicit(&state->pkey, &expected, made,
                                                memory_order_acq_rel,
                                                memory_order_acquire)) {
        return made;
    }
    EVP_PKEY_free(made);
    return expected;
}

psa_status_t builtin_pkey_get(const psa_key_attributes_t *attributes, const uint8_t *key,
                              size_t key_size, struct builtin_pkey *pk)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_key_state *state = kpsa_driver_key_state(attributes);
    EVP_PKEY *cached = NULL;
    EVP_PKEY *made = NULL;

    pk->pkey = NULL;
    pk->owned = NULL;
    if (state != NULL) {
        cached = atomic_load_explicit(&state->pkey, memory_order_acquire);
    }
    if (cached == NULL) {
        KPSA_TRY(decode(attributes, key, key_size, &made));
        if (state != NULL) {
            cached = install(state, made);
        } else {
            /* A transient key: the object lives for this call only. */
            pk->owned = made;
            cached = made;
        }
    }
    pk->pkey = cached;
    status = PSA_SUCCESS;
exit:
    return status;
}

void builtin_pkey_put(struct builtin_pkey *pk)
{
    if (pk == NULL) {
        return;
    }
    EVP_PKEY_free(pk->owned);
    pk->owned = NULL;
    pk->pkey = NULL;
}

psa_status_t builtin_pkey_import(const psa_key_attributes_t *attributes, const uint8_t *data,
                                 size_t data_length, uint8_t *key_buffer,
                                 size_t key_buffer_size, size_t *key_buffer_length,
                                 size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    const struct builtin_pkey_codec *codec = codec_of(type);
    size_t length = 0;
    size_t size_bits = *bits;

    *key_buffer_length = 0;
    KPSA_CHECK(codec != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(KPSA_BUF_OK(data, data_length) && data_length != 0,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(codec->import(type, data, data_length, key_buffer, key_buffer_size, &length,
                           &size_bits));
    *key_buffer_length = length;
    *bits = size_bits;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_pkey_generate(const psa_key_attributes_t *attributes,
                                   const uint8_t *rsa_exponent, size_t rsa_exponent_length,
                                   uint8_t *key_buffer, size_t key_buffer_size,
                                   size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    const struct builtin_pkey_codec *codec = codec_of(type);
    size_t length = 0;

    *key_buffer_length = 0;
    KPSA_CHECK(codec != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(PSA_KEY_TYPE_IS_KEY_PAIR(type), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(rsa_exponent == NULL || type == PSA_KEY_TYPE_RSA_KEY_PAIR,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(codec->generate(type, psa_get_key_bits(attributes), rsa_exponent,
                             rsa_exponent_length, key_buffer, key_buffer_size, &length));
    *key_buffer_length = length;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS && key_buffer != NULL) {
        kpsa_wipe(key_buffer, key_buffer_size);
    }
    return status;
}

psa_status_t builtin_pkey_export_public(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size, uint8_t *data,
                                        size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    const struct builtin_pkey_codec *codec = codec_of(type);
    size_t length = 0;

    *data_length = 0;
    KPSA_CHECK(codec != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(PSA_KEY_TYPE_IS_KEY_PAIR(type), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(codec->export_public(attributes, key, key_size, data, data_size, &length));
    *data_length = length;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_generate_key_custom(const psa_key_attributes_t *attributes,
                                         const psa_custom_key_parameters_t *custom,
                                         const uint8_t *custom_data, size_t custom_data_length,
                                         uint8_t *key_buffer, size_t key_buffer_size,
                                         size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);

    *key_buffer_length = 0;
    /* Crypto API 1.3, psa_custom_key_parameters_t: flags are reserved (0)
     * for every type; custom data is defined for RSA key pairs only, as the
     * public exponent.  Anything else is an invalid production parameter. */
    KPSA_CHECK(custom != NULL && custom->flags == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(KPSA_BUF_OK(custom_data, custom_data_length), PSA_ERROR_INVALID_ARGUMENT);
    if (custom_data_length == 0) {
        KPSA_TRY(builtin_generate_key(attributes, key_buffer, key_buffer_size,
                                      key_buffer_length));
    } else {
        KPSA_CHECK(type == PSA_KEY_TYPE_RSA_KEY_PAIR, PSA_ERROR_INVALID_ARGUMENT);
        KPSA_TRY(builtin_pkey_generate(attributes, custom_data, custom_data_length,
                                       key_buffer, key_buffer_size, key_buffer_length));
    }
    status = PSA_SUCCESS;
exit:
    return status;
}
