/*
 * cipher_xts.c - multipart XTS for cipher.c: libcrypto's XTS continued across
 * pieces of one data unit (see cipher_xts.h).
 *
 * The tweak arithmetic is IEEE 1619's: T_{j+1} = T_j * alpha in GF(2^128),
 * with the tweak read as a little-endian number and the reduction polynomial
 * x^128 + x^7 + x^2 + x + 1.
 */
#include "config.h"

#include "builtin/cipher_xts.h"

#include <endian.h>
#include <limits.h>
#include <string.h>

#include "builtin/builtin.h"
#include "core/guard.h"
#include "core/secmem.h"

/* T <- T * alpha^blocks. */
static void advance(uint8_t tweak[BUILTIN_XTS_BLOCK], size_t blocks)
{
    uint64_t w[2];
    uint64_t lo, hi;

    memcpy(w, tweak, sizeof(w));
    lo = le64toh(w[0]);
    hi = le64toh(w[1]);
    for (size_t i = 0; i < blocks; i++) {
        uint64_t carry = hi >> 63;

        hi = (hi << 1) | (lo >> 63);
        lo = (lo << 1) ^ (UINT64_C(0x87) & (0 - carry));
    }
    w[0] = htole64(lo);
    w[1] = htole64(hi);
    memcpy(tweak, w, sizeof(w));
}

/* Exactly `length` bytes out for `length` in: ECB without padding, or XTS. */
static psa_status_t update(EVP_CIPHER_CTX *ctx, const uint8_t *in, size_t length, uint8_t *out)
{
    int out_length = 0;

    /* A piece is at most a data unit (2^24 bytes) plus a block. */
    if (length > INT_MAX || EVP_CipherUpdate(ctx, out, &out_length, in, (int)length) != 1) {
        return builtin_status_from_openssl();
    }
    return (size_t)out_length == length ? PSA_SUCCESS : PSA_ERROR_CORRUPTION_DETECTED;
}

static psa_status_t tweak_ctx(const EVP_CIPHER *ecb, const uint8_t *k2, int encrypt,
                              EVP_CIPHER_CTX **out)
{
    *out = EVP_CIPHER_CTX_new();
    if (*out == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    /* Padding off: a decrypting context would hold the only block back.  The
     * contexts are never re-armed, so the flag costs nothing later. */
    if (EVP_CipherInit_ex2(*out, ecb, k2, NULL, encrypt, NULL) != 1 ||
        EVP_CIPHER_CTX_set_padding(*out, 0) != 1) {
        return builtin_status_from_openssl();
    }
    return PSA_SUCCESS;
}

psa_status_t builtin_xts_setup(struct builtin_xts *xts, const EVP_CIPHER *ecb, const uint8_t *k2,
                               size_t k2_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK((size_t)EVP_CIPHER_get_key_length(ecb) == k2_size &&
               EVP_CIPHER_get_block_size(ecb) == BUILTIN_XTS_BLOCK,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(tweak_ctx(ecb, k2, 1, &xts->tweak_encrypt));
    KPSA_TRY(tweak_ctx(ecb, k2, 0, &xts->tweak_decrypt));
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_xts_set_iv(struct builtin_xts *xts, const uint8_t iv[BUILTIN_XTS_BLOCK])
{
    psa_status_t status = update(xts->tweak_encrypt, iv, BUILTIN_XTS_BLOCK, xts->tweak);

    EVP_CIPHER_CTX_free(xts->tweak_encrypt);
    xts->tweak_encrypt = NULL;
    return status;
}

psa_status_t builtin_xts_piece(struct builtin_xts *xts, EVP_CIPHER_CTX *data, int encrypt,
                               const uint8_t *in, size_t length, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t iv[BUILTIN_XTS_BLOCK];

    /* The IV whose tweak E(K2, IV) is the current T. */
    KPSA_TRY(update(xts->tweak_decrypt, xts->tweak, BUILTIN_XTS_BLOCK, iv));
    KPSA_CHECK(EVP_CipherInit_ex2(data, NULL, NULL, iv, encrypt, NULL) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(update(data, in, length, out));
    advance(xts->tweak, length / BUILTIN_XTS_BLOCK);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(iv, sizeof(iv));
    return status;
}

void builtin_xts_free(struct builtin_xts *xts)
{
    EVP_CIPHER_CTX_free(xts->tweak_encrypt);
    EVP_CIPHER_CTX_free(xts->tweak_decrypt);
    kpsa_wipe(xts, sizeof(*xts));
}
