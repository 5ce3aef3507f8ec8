/*
 * ccm.c - CCM (RFC 3610, NIST SP 800-38C) composed from libcrypto's CBC and CTR.
 *
 * libcrypto's CCM wants the total lengths up front and then all additional
 * data in one call and all payload in one call; PSA multipart AEAD gives both
 * in chunks of any size.  So the mode is composed here from the block cipher,
 * never from hand-written primitives:
 *
 *  - the CBC-MAC is CBC encryption with a zero IV and no padding, whose last
 *    output block is the MAC; libcrypto keeps the partial block between calls,
 *    we only count it (`pending`) to know how many zero bytes pad the
 *    additional data and the payload to block boundaries;
 *  - the counter blocks A_i = flags || nonce || i are exactly what CTR mode
 *    with initial counter block A_0 produces (the payload limit of 2^(8L)
 *    bytes keeps the increment inside the i field), so one CTR context first
 *    yields S_0 = E(K, A_0), the tag mask, and then the key stream from A_1.
 *
 * Formatting (SP 800-38C A.2): B_0 = flags || nonce || Q with
 * flags = 64*Adata + 8*((t-2)/2) + (L-1); the additional data is prefixed
 * with its length in 2, 6 or 10 bytes.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/guard.h"
#include "core/secmem.h"

#define CCM_BLOCK 16
/* CBC-MAC input is pushed through this much stack per libcrypto call. */
#define MAC_CHUNK 1024
/* Payload is MACed and encrypted in slices this large, for cache locality. */
#define BODY_SLICE 4096

static const uint8_t zero_block[CCM_BLOCK];

psa_status_t builtin_ccm_keys_new(const EVP_CIPHER *cbc, const EVP_CIPHER *ctr,
                                  const uint8_t *key, size_t key_size,
                                  struct builtin_ccm_keys **keys)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_ccm_keys *k = NULL;

    *keys = NULL;
    KPSA_CHECK(cbc != NULL && ctr != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(EVP_CIPHER_get_block_size(cbc) == CCM_BLOCK &&
               (size_t)EVP_CIPHER_get_key_length(cbc) == key_size &&
               (size_t)EVP_CIPHER_get_key_length(ctr) == key_size,
               PSA_ERROR_INVALID_ARGUMENT);
    k = calloc(1, sizeof(*k));
    KPSA_CHECK(k != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    k->mac = EVP_CIPHER_CTX_new();
    k->ctr = EVP_CIPHER_CTX_new();
    KPSA_CHECK(k->mac != NULL && k->ctr != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* Padding stays on: an encrypting context never holds a block back, and
     * padding acts only at the final call, which CCM never makes.  Turning it
     * off would cost a parameter parse on every re-init (libcrypto 3.0). */
    if (EVP_CipherInit_ex2(k->mac, cbc, key, zero_block, 1, NULL) != 1 ||
        EVP_CipherInit_ex2(k->ctr, ctr, key, NULL, 1, NULL) != 1) {
        status = builtin_status_from_openssl();
        goto exit;
    }
    *keys = k;
    k = NULL;
    status = PSA_SUCCESS;
exit:
    builtin_ccm_keys_free(k);
    return status;
}

void builtin_ccm_keys_free(void *keys)
{
    struct builtin_ccm_keys *k = keys;

    if (k == NULL) {
        return;
    }
    /* EVP_CIPHER_CTX_free wipes the key schedules. */
    EVP_CIPHER_CTX_free(k->mac);
    EVP_CIPHER_CTX_free(k->ctr);
    free(k);
}

/* Feed the CBC-MAC; remember the last complete output block. */
static psa_status_t mac_feed(struct builtin_ccm *ccm, const uint8_t *data, size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t scratch[MAC_CHUNK + CCM_BLOCK];
    /* The most the calls below write: no need to wipe the rest. */
    size_t used = (length < MAC_CHUNK ? length : MAC_CHUNK) + CCM_BLOCK;

    while (length > 0) {
        int chunk = length > MAC_CHUNK ? MAC_CHUNK : (int)length;
        int out_length = 0;

        if (EVP_EncryptUpdate(ccm->keys->mac, scratch, &out_length, data, chunk) != 1) {
            status = builtin_status_from_openssl();
            goto exit;
        }
        if (out_length >= CCM_BLOCK) {
            memcpy(ccm->mac, scratch + out_length - CCM_BLOCK, CCM_BLOCK);
        }
        ccm->pending = (uint8_t)((ccm->pending + (size_t)chunk) % CCM_BLOCK);
        data += chunk;
        length -= (size_t)chunk;
    }
    status = PSA_SUCCESS;
exit:
    /* Chaining values of the CBC-MAC. */
    kpsa_wipe(scratch, used);
    return status;
}

/* Zero-pad the CBC-MAC input to a block boundary. */
static psa_status_t mac_pad(struct builtin_ccm *ccm)
{
    if (ccm->pending == 0) {
        return PSA_SUCCESS;
    }
    return mac_feed(ccm, zero_block, CCM_BLOCK - ccm->pending);
}

/* XOR the key stream into `length` bytes. */
static psa_status_t ctr_run(struct builtin_ccm *ccm, const uint8_t *in, size_t length,
                            uint8_t *out)
{
    while (length > 0) {
        int chunk = length > (INT_MAX & ~0xfff) ? (INT_MAX & ~0xfff) : (int)length;
        int out_length = 0;

        if (EVP_EncryptUpdate(ccm->keys->ctr, out, &out_length, in, chunk) != 1) {
            return builtin_status_from_openssl();
        }
        if (out_length != chunk) {
            return PSA_ERROR_CORRUPTION_DETECTED;
        }
        in += chunk;
        out += chunk;
        length -= (size_t)chunk;
    }
    return PSA_SUCCESS;
}

/* B_0 followed by the encoded length of the additional data; returns its size. */
static size_t format_header(uint8_t header[CCM_BLOCK + 10], const uint8_t *nonce,
                            size_t nonce_length, uint64_t ad_length, uint64_t body_length,
                            size_t tag_length)
{
    size_t l = 15 - nonce_length;
    size_t n = CCM_BLOCK;
    size_t width = 0;

    header[0] = (uint8_t)((ad_length > 0 ? 0x40 : 0) | (((tag_length - 2) / 2) << 3) | (l - 1));
    memcpy(header + 1, nonce, nonce_length);
    for (size_t i = 0; i < l; i++) {
        header[CCM_BLOCK - 1 - i] = (uint8_t)(body_length >> (8 * i));
    }
    if (ad_length == 0) {
        return n;
    }
    if (ad_length < 0xff00u) {
        width = 2;
    } else if (ad_length <= 0xffffffffu) {
        header[n++] = 0xff;
        header[n++] = 0xfe;
        width = 4;
    } else {
        header[n++] = 0xff;
        header[n++] = 0xff;
        width = 8;
    }
    for (size_t i = 0; i < width; i++) {
        header[n + width - 1 - i] = (uint8_t)(ad_length >> (8 * i));
    }
    return n + width;
}

psa_status_t builtin_ccm_start(struct builtin_ccm *ccm, struct builtin_ccm_keys *keys,
                               const uint8_t *nonce, size_t nonce_length, uint64_t ad_length,
                               uint64_t body_length, size_t tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t header[CCM_BLOCK + 10];
    uint8_t counter[CCM_BLOCK] = { 0 };
    size_t l = 15 - nonce_length;
    size_t header_length;

    memset(ccm, 0, sizeof(*ccm));
    KPSA_CHECK(nonce_length >= 7 && nonce_length <= 13, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(tag_length >= 4 && tag_length <= 16 && tag_length % 2 == 0,
               PSA_ERROR_INVALID_ARGUMENT);
    /* The payload length must fit the L-byte field Q. */
    KPSA_CHECK(l >= 8 || body_length >> (8 * l) == 0, PSA_ERROR_INVALID_ARGUMENT);
    ccm->keys = keys;
    ccm->ad_left = ad_length;
    ccm->body_left = body_length;
    ccm->tag_length = (uint8_t)tag_length;

    counter[0] = (uint8_t)(l - 1);
    memcpy(counter + 1, nonce, nonce_length);
    if (EVP_CipherInit_ex2(keys->mac, NULL, NULL, zero_block, 1, NULL) != 1 ||
        EVP_CipherInit_ex2(keys->ctr, NULL, NULL, counter, 1, NULL) != 1) {
        status = builtin_status_from_openssl();
        goto exit;
    }
    /* The first key-stream block is S_0; the stream then continues at A_1. */
    KPSA_TRY(ctr_run(ccm, zero_block, CCM_BLOCK, ccm->tag_mask));
    header_length = format_header(header, nonce, nonce_length, ad_length, body_length,
                                  tag_length);
    KPSA_TRY(mac_feed(ccm, header, header_length));
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(ccm, sizeof(*ccm));
    }
    return status;
}

psa_status_t builtin_ccm_update_ad(struct builtin_ccm *ccm, const uint8_t *ad, size_t length)
{
    if (ccm->keys == NULL || ccm->body_started) {
        return PSA_ERROR_BAD_STATE;
    }
    if (length > ccm->ad_left) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    ccm->ad_left -= length;
    return mac_feed(ccm, ad, length);
}

/* Close the additional data: it must be complete; pad it to a block. */
static psa_status_t start_body(struct builtin_ccm *ccm)
{
    psa_status_t status;

    if (ccm->body_started) {
        return PSA_SUCCESS;
    }
    if (ccm->ad_left != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = mac_pad(ccm);
    ccm->body_started = 1;
    return status;
}

psa_status_t builtin_ccm_update(struct builtin_ccm *ccm, int encrypt, const uint8_t *in,
                                size_t length, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(ccm->keys != NULL, PSA_ERROR_BAD_STATE);
    KPSA_TRY(start_body(ccm));
    KPSA_CHECK(length <= ccm->body_left, PSA_ERROR_INVALID_ARGUMENT);
    ccm->body_left -= length;
    /* The MAC covers the plaintext: before encryption, after decryption.  Per
     * slice, so that in == out works and the data stays in cache. */
    while (length > 0) {
        size_t slice = length > BODY_SLICE ? BODY_SLICE : length;

        if (encrypt) {
            KPSA_TRY(mac_feed(ccm, in, slice));
            KPSA_TRY(ctr_run(ccm, in, slice, out));
        } else {
            KPSA_TRY(ctr_run(ccm, in, slice, out));
            KPSA_TRY(mac_feed(ccm, out, slice));
        }
        in += slice;
        out += slice;
        length -= slice;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_ccm_finish(struct builtin_ccm *ccm, uint8_t tag[16])
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(ccm->keys != NULL, PSA_ERROR_BAD_STATE);
    KPSA_TRY(start_body(ccm));
    KPSA_CHECK(ccm->body_left == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(mac_pad(ccm));
    for (size_t i = 0; i < CCM_BLOCK; i++) {
        tag[i] = ccm->mac[i] ^ ccm->tag_mask[i];
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(ccm, sizeof(*ccm));
    return status;
}
