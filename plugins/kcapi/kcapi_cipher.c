/*
 * kcapi_cipher.c - single-part unauthenticated cipher entry points of the
 * kcapi driver: AES ECB/CBC without padding, CBC-PKCS7 (padding added and
 * checked here, the kernel only has raw CBC), CTR, XTS, CFB, OFB and
 * ChaCha20 (the kernel's "chacha20" with its IV made by kc_chacha_iv).
 *
 * Entry-point functions are named kcapi_drv_cipher_* and mapped with the
 * manifest's "names": libkcapi itself exports kcapi_cipher_encrypt/decrypt.
 */
#include "config.h"

#include "kcapi.h"

#include <string.h>

#include <kcapi.h>

#define BLOCK 16

KC_EXPORT psa_status_t kcapi_drv_cipher_encrypt(const psa_key_attributes_t *attributes,
                                                const uint8_t *key, size_t key_size,
                                                psa_algorithm_t alg, const uint8_t *iv,
                                                size_t iv_length, const uint8_t *input,
                                                size_t input_length, uint8_t *output,
                                                size_t output_size, size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_cipher_decrypt(const psa_key_attributes_t *attributes,
                                                const uint8_t *key, size_t key_size,
                                                psa_algorithm_t alg, const uint8_t *input,
                                                size_t input_length, uint8_t *output,
                                                size_t output_size, size_t *output_length);

/* The IV length of alg: 0 for ECB, 12 for ChaCha20, a block otherwise. */
static size_t iv_length_of(psa_algorithm_t alg)
{
    return alg == PSA_ALG_ECB_NO_PADDING ? 0 : alg == PSA_ALG_STREAM_CIPHER ? 12 : BLOCK;
}

/* The IV to give the kernel in kiv (ChaCha20: its layout), or false when the
 * kernel cannot compute it: a ChaCha20 stream from counter 0 past 2^32 blocks
 * (the kernel's counter would wrap where libcrypto's carries). */
static bool kernel_iv(psa_algorithm_t alg, const uint8_t *iv, size_t iv_length, size_t length,
                      uint8_t kiv[BLOCK])
{
    if (alg != PSA_ALG_STREAM_CIPHER) {
        if (iv_length > 0) {
            memcpy(kiv, iv, iv_length);
        }
        return true;
    }
    return (uint64_t)length / 64 < (UINT64_C(1) << 32) && kc_chacha_iv(iv, iv_length, kiv);
}

static psa_status_t cipher_lease(struct kc_lease *lease, const psa_key_attributes_t *attributes,
                                 const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                 size_t input_length)
{
    int idx = kc_lookup(alg, psa_get_key_type(attributes));
    int ret;

    if (!kc_usable(idx, input_length, false)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, false);
    return ret != 0 ? kc_status(ret, false) : PSA_SUCCESS;
}

/* CBC-PKCS7 encryption: the whole blocks, then the padded last block chained
 * on the last ciphertext block.  Returns the output length or -errno. */
static ssize_t cbc_pkcs7_encrypt(struct kcapi_handle *h, const uint8_t *iv, const uint8_t *input,
                                 size_t input_length, uint8_t *output)
{
    size_t whole = input_length - input_length % BLOCK;
    uint8_t last[BLOCK];
    uint8_t pad = (uint8_t)(BLOCK - input_length % BLOCK);
    ssize_t ret = 0;

    if (whole > 0) {
        ret = kcapi_cipher_encrypt(h, input, whole, iv, output, whole, KCAPI_ACCESS_HEURISTIC);
        if (ret < 0) {
            return ret;
        }
        iv = output + whole - BLOCK;
    }
    memcpy(last, input + whole, input_length - whole);
    memset(last + (input_length - whole), pad, pad);
    ret = kcapi_cipher_encrypt(h, last, BLOCK, iv, output + whole, BLOCK, KCAPI_ACCESS_SENDMSG);
    kc_wipe(last, sizeof(last));
    return ret < 0 ? ret : (ssize_t)(whole + BLOCK);
}

psa_status_t kcapi_drv_cipher_encrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                      size_t key_size, psa_algorithm_t alg, const uint8_t *iv,
                                      size_t iv_length, const uint8_t *input, size_t input_length,
                                      uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_lease lease;
    size_t need = alg == PSA_ALG_CBC_PKCS7 ? input_length - input_length % BLOCK + BLOCK
                                           : input_length;
    uint8_t kiv[BLOCK];
    psa_status_t status;
    ssize_t ret;

    *output_length = 0;
    if (iv_length != iv_length_of(alg) || !kernel_iv(alg, iv, iv_length, input_length, kiv)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (output_size < need) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    status = cipher_lease(&lease, attributes, key, key_size, alg, input_length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (alg == PSA_ALG_CBC_PKCS7) {
        ret = cbc_pkcs7_encrypt(lease.h, kiv, input, input_length, output);
    } else {
        ret = kcapi_cipher_encrypt(lease.h, input, input_length, iv_length ? kiv : NULL, output,
                                   need, KCAPI_ACCESS_HEURISTIC);
    }
    kc_lease_put(&lease, ret >= 0);
    if (ret < 0) {
        kc_wipe(output, need);
        return kc_status(ret, false);
    }
    *output_length = need;
    return PSA_SUCCESS;
}

/* The length of the PKCS#7 padding of block, or 0 when it is invalid; the
 * same work for every padding value. */
static size_t pkcs7_pad(const uint8_t block[BLOCK])
{
    unsigned pad = block[BLOCK - 1];
    unsigned bad = (unsigned)(pad == 0) | (unsigned)(pad > BLOCK);

    for (unsigned i = 0; i < BLOCK; i++) {
        unsigned in_pad = (unsigned)(BLOCK - i <= pad);

        bad |= in_pad & (unsigned)(block[i] != pad);
    }
    return bad ? 0 : pad;
}

/* CBC-PKCS7 decryption of ct (a whole number of blocks, at least one): all but
 * the last block into output, the last one in a local block, unpadded. */
static psa_status_t cbc_pkcs7_decrypt(struct kcapi_handle *h, const uint8_t *iv,
                                      const uint8_t *ct, size_t ct_length, uint8_t *output,
                                      size_t output_size, size_t *output_length, ssize_t *ret)
{
    size_t head = ct_length - BLOCK;
    uint8_t last[BLOCK];
    size_t pad;

    if (output_size < head) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    *ret = head == 0 ? 0 : kcapi_cipher_decrypt(h, ct, head, iv, output, head,
                                                KCAPI_ACCESS_HEURISTIC);
    if (*ret >= 0) {
        *ret = kcapi_cipher_decrypt(h, ct + head, BLOCK, head == 0 ? iv : ct + head - BLOCK,
                                    last, BLOCK, KCAPI_ACCESS_SENDMSG);
    }
    if (*ret < 0) {
        return kc_status(*ret, false);
    }
    pad = pkcs7_pad(last);
    if (pad == 0) {
        kc_wipe(last, sizeof(last));
        return PSA_ERROR_INVALID_PADDING;
    }
    if (output_size < head + BLOCK - pad) {
        kc_wipe(last, sizeof(last));
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    memcpy(output + head, last, BLOCK - pad);
    kc_wipe(last, sizeof(last));
    *output_length = head + BLOCK - pad;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_cipher_decrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                      size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                      size_t input_length, uint8_t *output, size_t output_size,
                                      size_t *output_length)
{
    struct kc_lease lease;
    size_t iv_length = iv_length_of(alg);
    size_t ct_length = input_length - iv_length;
    uint8_t kiv[BLOCK];
    psa_status_t status;
    ssize_t ret = 0;

    *output_length = 0;
    if (input_length < iv_length || (alg == PSA_ALG_CBC_PKCS7 && ct_length < BLOCK) ||
        !kernel_iv(alg, input, iv_length, ct_length, kiv)) {
        return PSA_ERROR_NOT_SUPPORTED; /* the core checked the lengths: not ours to judge */
    }
    if (alg != PSA_ALG_CBC_PKCS7 && output_size < ct_length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    status = cipher_lease(&lease, attributes, key, key_size, alg, ct_length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (alg == PSA_ALG_CBC_PKCS7) {
        status = cbc_pkcs7_decrypt(lease.h, kiv, input + BLOCK, ct_length, output, output_size,
                                   output_length, &ret);
    } else {
        ret = kcapi_cipher_decrypt(lease.h, input + iv_length, ct_length,
                                   iv_length ? kiv : NULL, output, ct_length,
                                   KCAPI_ACCESS_HEURISTIC);
        status = ret < 0 ? kc_status(ret, false) : PSA_SUCCESS;
        *output_length = ret < 0 ? 0 : ct_length;
    }
    kc_lease_put(&lease, ret >= 0);
    if (status != PSA_SUCCESS) {
        kc_wipe(output, output_size < ct_length ? output_size : ct_length);
        *output_length = 0;
    }
    return status;
}
