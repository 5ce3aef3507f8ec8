/*
 * keys.c - the built-in driver's key management entry points.
 *
 * Unstructured keys (symmetric keys and raw secrets) are stored in their
 * export format, the raw key bytes, so import is a validation and a copy:
 * the size must be one the key type defines (one const table, one loop) and
 * DES keys must have odd parity in every byte.  Sizes follow the key type
 * definitions of the Crypto API 1.2 (keys/types.rst), XTS double-length keys
 * included; the key is accepted even when libcrypto has no cipher for it
 * (ARC4 lives in OpenSSL's legacy provider), because the material stays in the
 * core where any driver of the chain may serve it.
 *
 * Generation.  Randomness must come from the core's DRBG, and a driver never
 * calls the core's internals, so the core generates unstructured keys itself:
 * it fills the buffer with kpsa_random_bytes() (setting DES parity) and hands
 * the result to the chain's import_key for validation.  builtin_generate_key()
 * therefore declines every unstructured type with PSA_ERROR_NOT_SUPPORTED.
 *
 * Asymmetric keys (RSA, ECC, FFDH) are imported, generated and have their
 * public part exported by pkey.c, with libcrypto's generator: a key pair
 * cannot be made from a buffer of random bytes.  SPAKE2+ keys go to
 * spake2p_key.c (derived, never generated: the Crypto API defines no
 * generation for them).
 */
#include "config.h"

#include <string.h>

#include "builtin/builtin.h"
#include "core/guard.h"

/* Valid sizes of an unstructured key type. */
struct size_rule {
    psa_key_type_t type;
    uint16_t min_bits;
    uint16_t max_bits;
    uint16_t sizes64;   /* bit n set: n * 64 bits is valid; 0: any multiple of 8 */
    uint8_t des_parity; /* every byte must have odd parity */
};

#define ANY_BYTES 8, PSA_MAX_KEY_BITS, 0, 0
/* 128, 192, 256 bits, and 256, 384, 512 for XTS. */
#define BLOCK_CIPHER_SIZES 128, 512, (1u << 2 | 1u << 3 | 1u << 4 | 1u << 6 | 1u << 8), 0

static const struct size_rule size_rules[] = {
    {PSA_KEY_TYPE_RAW_DATA, ANY_BYTES},
    {PSA_KEY_TYPE_HMAC, ANY_BYTES},
    {PSA_KEY_TYPE_DERIVE, ANY_BYTES},
    {PSA_KEY_TYPE_PASSWORD, ANY_BYTES},
    {PSA_KEY_TYPE_PASSWORD_HASH, ANY_BYTES},
    {PSA_KEY_TYPE_PEPPER, ANY_BYTES},
    {PSA_KEY_TYPE_AES, BLOCK_CIPHER_SIZES},
    {PSA_KEY_TYPE_ARIA, BLOCK_CIPHER_SIZES},
    {PSA_KEY_TYPE_CAMELLIA, BLOCK_CIPHER_SIZES},
    {PSA_KEY_TYPE_SM4, 128, 256, (1u << 2 | 1u << 4), 0},
    {PSA_KEY_TYPE_DES, 64, 192, (1u << 1 | 1u << 2 | 1u << 3), 1},
    {PSA_KEY_TYPE_ARC4, 40, 2048, 0, 0},
    {PSA_KEY_TYPE_CHACHA20, 256, 256, 0, 0},
    {PSA_KEY_TYPE_XCHACHA20, 256, 256, 0, 0},
};

static const struct size_rule *size_rule_of(psa_key_type_t type)
{
    for (size_t i = 0; i < sizeof(size_rules) / sizeof(size_rules[0]); i++) {
        if (size_rules[i].type == type) {
            return &size_rules[i];
        }
    }
    return NULL;
}

static int size_is_valid(const struct size_rule *rule, size_t bits)
{
    if (bits < rule->min_bits || bits > rule->max_bits || bits % 8 != 0) {
        return 0;
    }
    if (rule->sizes64 == 0) {
        return 1;
    }
    return bits % 64 == 0 && ((rule->sizes64 >> (bits / 64)) & 1u) != 0;
}

/* 1 when every byte has odd parity; no branch on key bits. */
static int des_parity_ok(const uint8_t *key, size_t length)
{
    unsigned bad = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned p = key[i];
        p ^= p >> 4;
        p ^= p >> 2;
        p ^= p >> 1;
        bad |= (p & 1u) ^ 1u;
    }
    return bad == 0;
}

static psa_status_t import_unstructured(const struct size_rule *rule, const uint8_t *data,
                                        size_t data_length, uint8_t *key_buffer,
                                        size_t key_buffer_size, size_t *key_buffer_length,
                                        size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(data_length <= PSA_MAX_KEY_BITS / 8, PSA_ERROR_NOT_SUPPORTED);
    size_t data_bits = data_length * 8;
    /* The caller's size, if any, must be the size of the data (driver spec,
     * "Key size determination on import"). */
    KPSA_CHECK(*bits == 0 || *bits == data_bits, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(size_is_valid(rule, data_bits), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(!rule->des_parity || des_parity_ok(data, data_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(key_buffer_size >= data_length, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(key_buffer, data, data_length);
    *key_buffer_length = data_length;
    *bits = data_bits;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_import_key(const psa_key_attributes_t *attributes, const uint8_t *data,
                                size_t data_length, uint8_t *key_buffer,
                                size_t key_buffer_size, size_t *key_buffer_length,
                                size_t *bits)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    const struct size_rule *rule = size_rule_of(type);

    *key_buffer_length = 0;
    if (rule != NULL) {
        return import_unstructured(rule, data, data_length, key_buffer, key_buffer_size,
                                   key_buffer_length, bits);
    }
    if (PSA_KEY_TYPE_IS_SPAKE2P(type)) {
        return builtin_spake2p_key_import(attributes, data, data_length, key_buffer,
                                          key_buffer_size, key_buffer_length, bits);
    }
    if (PSA_KEY_TYPE_IS_RSA(type) || PSA_KEY_TYPE_IS_ECC(type) || PSA_KEY_TYPE_IS_DH(type)) {
        return builtin_pkey_import(attributes, data, data_length, key_buffer, key_buffer_size,
                                   key_buffer_length, bits);
    }
    /* Implementation-defined types. */
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_generate_key(const psa_key_attributes_t *attributes, uint8_t *key_buffer,
                                  size_t key_buffer_size, size_t *key_buffer_length)
{
    psa_key_type_t type = psa_get_key_type(attributes);

    *key_buffer_length = 0;
    /* Unstructured keys are generated by the core (see the top of this file). */
    if (PSA_KEY_TYPE_IS_RSA(type) || PSA_KEY_TYPE_IS_ECC(type) || PSA_KEY_TYPE_IS_DH(type)) {
        return builtin_pkey_generate(attributes, NULL, 0, key_buffer, key_buffer_size,
                                     key_buffer_length);
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_export_public_key(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, uint8_t *data,
                                       size_t data_size, size_t *data_length)
{
    psa_key_type_t type = psa_get_key_type(attributes);

    *data_length = 0;
    if (PSA_KEY_TYPE_IS_SPAKE2P(type)) {
        return builtin_spake2p_key_export_public(attributes, key, key_size, data, data_size,
                                                 data_length);
    }
    return builtin_pkey_export_public(attributes, key, key_size, data, data_size,
                                      data_length);
}
