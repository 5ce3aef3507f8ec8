/*
 * spake2p_key.c - SPAKE2+ keys (keys/types.rst, "SPAKE2+ keys"): import
 * validation, the public key of a key pair, and derivation from a key
 * derivation's output stream.  Only P-256 (PSA_ECC_FAMILY_SECP_R1, 256 bits);
 * the other SECP R1 sizes answer PSA_ERROR_NOT_SUPPORTED.
 *
 * Formats, P-256:
 *   key pair    w0 || w1       32 + 32 bytes, big endian, each in [1, n-1]
 *   public key  w0 || L        32 + 65 bytes, L = w1*P uncompressed (04 || x || y)
 * "w0 and w1 are scalars in the same range as an elliptic curve private key"
 * (keys/types.rst), so 0 and values >= n are rejected on import.
 */
#include "config.h"

#include "builtin/spake2p.h"

#include <string.h>

#include <openssl/err.h>

#include "core/guard.h"
#include "core/secmem.h"

/* Bytes of w0s and w1s drawn from the stream for P-256:
 * ceil(log2(n) / 8) + 8 (keys/types.rst, "Key derivation"). */
#define SPAKE2P_DRAW_SIZE   (BUILTIN_SPAKE2P_SCALAR_SIZE + 8u)
#define SPAKE2P_PAIR_SIZE   (2u * BUILTIN_SPAKE2P_SCALAR_SIZE)
#define SPAKE2P_PUBLIC_SIZE (BUILTIN_SPAKE2P_SCALAR_SIZE + BUILTIN_SPAKE2P_POINT_SIZE)

/* The SECP R1 sizes the Crypto API knows, to tell "unsupported" from "invalid". */
static const uint16_t secp_r1_bits[] = {192, 224, 256, 384, 521};

/* The key size that data of this length has for a SPAKE2+ type, or 0. */
static size_t bits_of_length(bool pair, size_t length)
{
    for (size_t i = 0; i < sizeof(secp_r1_bits) / sizeof(secp_r1_bits[0]); i++) {
        size_t bytes = PSA_BITS_TO_BYTES(secp_r1_bits[i]);

        if (length == (pair ? 2 * bytes : 3 * bytes + 1)) {
            return secp_r1_bits[i];
        }
    }
    return 0;
}

static bool secp_r1_size(size_t bits)
{
    for (size_t i = 0; i < sizeof(secp_r1_bits) / sizeof(secp_r1_bits[0]); i++) {
        if (bits == secp_r1_bits[i]) {
            return true;
        }
    }
    return false;
}

static const EC_GROUP *p256(void)
{
    const struct builtin_curve *curve = builtin_curve_find(PSA_ECC_FAMILY_SECP_R1, 256);

    return curve != NULL ? curve->group : NULL;
}

/* The scalars (and L) of a key in export format are valid. */
static psa_status_t check_key(const EC_GROUP *group, bool pair, const uint8_t *data)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BN_CTX *bn = BN_CTX_secure_new();
    BIGNUM *w = NULL;
    EC_POINT *l = EC_POINT_new(group);
    const uint8_t *l_data = data + BUILTIN_SPAKE2P_SCALAR_SIZE;

    KPSA_CHECK(bn != NULL && l != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(bn);
    w = BN_CTX_get(bn);
    KPSA_CHECK(w != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    for (size_t i = 0; i < (pair ? 2u : 1u); i++) {
        KPSA_CHECK(BN_bin2bn(data + i * BUILTIN_SPAKE2P_SCALAR_SIZE, BUILTIN_SPAKE2P_SCALAR_SIZE,
                             w) != NULL,
                   builtin_status_from_openssl());
        KPSA_CHECK(!BN_is_zero(w) && BN_cmp(w, EC_GROUP_get0_order(group)) < 0,
                   PSA_ERROR_INVALID_ARGUMENT);
    }
    if (!pair) {
        KPSA_CHECK(l_data[0] == 0x04 &&
                       EC_POINT_oct2point(group, l, l_data, BUILTIN_SPAKE2P_POINT_SIZE, bn) == 1 &&
                       EC_POINT_is_on_curve(group, l, bn) == 1 &&
                       !EC_POINT_is_at_infinity(group, l),
                   PSA_ERROR_INVALID_ARGUMENT);
    }
    status = PSA_SUCCESS;
exit:
    ERR_clear_error();
    EC_POINT_free(l);
    if (bn != NULL) {
        BN_CTX_end(bn);
        BN_CTX_free(bn);
    }
    return status;
}

psa_status_t builtin_spake2p_key_import(const psa_key_attributes_t *attributes, const uint8_t *data,
                                        size_t data_length, uint8_t *key_buffer,
                                        size_t key_buffer_size, size_t *key_buffer_length,
                                        size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    bool pair = PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type);
    size_t data_bits = bits_of_length(pair, data_length);
    const EC_GROUP *group = p256();

    *key_buffer_length = 0;
    KPSA_CHECK(PSA_KEY_TYPE_IS_SPAKE2P(type) &&
                   PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) == PSA_ECC_FAMILY_SECP_R1,
               PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(data_bits != 0 && (*bits == 0 || *bits == data_bits), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(data_bits == 256 && group != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(key_buffer_size >= data_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(check_key(group, pair, data));
    memcpy(key_buffer, data, data_length);
    *key_buffer_length = data_length;
    *bits = data_bits;
exit:
    return status;
}

psa_status_t builtin_spake2p_key_export_public(const psa_key_attributes_t *attributes,
                                               const uint8_t *key, size_t key_size, uint8_t *data,
                                               size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    bool pair = PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type);
    const EC_GROUP *group = p256();

    *data_length = 0;
    KPSA_CHECK(PSA_KEY_TYPE_IS_SPAKE2P(type) &&
                   PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) == PSA_ECC_FAMILY_SECP_R1 &&
                   psa_get_key_bits(attributes) == 256 && group != NULL,
               PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(key_size == (pair ? SPAKE2P_PAIR_SIZE : SPAKE2P_PUBLIC_SIZE),
               PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_CHECK(data_size >= SPAKE2P_PUBLIC_SIZE, PSA_ERROR_BUFFER_TOO_SMALL);
    if (pair) {
        KPSA_TRY(builtin_spake2p_l(group, key + BUILTIN_SPAKE2P_SCALAR_SIZE,
                                   data + BUILTIN_SPAKE2P_SCALAR_SIZE));
    } else {
        memcpy(data + BUILTIN_SPAKE2P_SCALAR_SIZE, key + BUILTIN_SPAKE2P_SCALAR_SIZE,
               BUILTIN_SPAKE2P_POINT_SIZE);
    }
    memcpy(data, key, BUILTIN_SPAKE2P_SCALAR_SIZE);
    *data_length = SPAKE2P_PUBLIC_SIZE;
    status = PSA_SUCCESS;
exit:
    return status;
}

/*
 * w = ws mod n for the next SPAKE2P_DRAW_SIZE bytes ws of the stream.  A zero
 * result (probability about 2^-256) draws again, as the Crypto API does for
 * an out-of-range ECC private key: a zero w0 or w1 would not import.
 */
static psa_status_t draw_scalar(const EC_GROUP *group, builtin_stream_read_fn read, void *ctx,
                                BN_CTX *bn, BIGNUM *ws, BIGNUM *w, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t draw[SPAKE2P_DRAW_SIZE];

    do {
        KPSA_TRY(read(ctx, draw, sizeof(draw)));
        KPSA_CHECK(BN_bin2bn(draw, (int)sizeof(draw), ws) != NULL &&
                       BN_nnmod(w, ws, EC_GROUP_get0_order(group), bn) == 1,
                   builtin_status_from_openssl());
    } while (BN_is_zero(w));
    KPSA_CHECK(BN_bn2binpad(w, out, BUILTIN_SPAKE2P_SCALAR_SIZE) ==
                   (int)BUILTIN_SPAKE2P_SCALAR_SIZE,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(draw, sizeof(draw));
    return status;
}

psa_status_t builtin_spake2p_key_derive(const psa_key_attributes_t *attributes,
                                        builtin_stream_read_fn read, void *ctx, uint8_t *key_buffer,
                                        size_t key_buffer_size, size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);
    const EC_GROUP *group = p256();
    BN_CTX *bn = NULL;
    BIGNUM *ws = NULL;
    BIGNUM *w = NULL;

    *key_buffer_length = 0;
    KPSA_CHECK(PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) == PSA_ECC_FAMILY_SECP_R1,
               PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(secp_r1_size(bits), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(bits == 256 && group != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(key_buffer_size >= SPAKE2P_PAIR_SIZE, PSA_ERROR_BUFFER_TOO_SMALL);
    bn = BN_CTX_secure_new();
    KPSA_CHECK(bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(bn);
    ws = BN_CTX_get(bn);
    w = BN_CTX_get(bn);
    KPSA_CHECK(w != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_set_flags(ws, BN_FLG_CONSTTIME);
    BN_set_flags(w, BN_FLG_CONSTTIME);
    /* w0s first, then w1s (RFC 9383 section 3.2: w0s || w1s = PBKDF(...)). */
    KPSA_TRY(draw_scalar(group, read, ctx, bn, ws, w, key_buffer));
    KPSA_TRY(draw_scalar(group, read, ctx, bn, ws, w, key_buffer + BUILTIN_SPAKE2P_SCALAR_SIZE));
    *key_buffer_length = SPAKE2P_PAIR_SIZE;
exit:
    if (status != PSA_SUCCESS && key_buffer_size >= SPAKE2P_PAIR_SIZE) {
        kpsa_wipe(key_buffer, SPAKE2P_PAIR_SIZE);
    }
    if (bn != NULL) {
        BN_CTX_end(bn);
        BN_CTX_free(bn);
    }
    return status;
}
