/*
 * kcapi_aead.c - single-part AEAD entry points of the kcapi driver: AES-GCM
 * (12-byte nonces), AES-CCM, ChaCha20-Poly1305 (the kernel's rfc7539).
 *
 * The kernel takes additional data and payload as one stream and returns the
 * additional data in front of its output; the driver sends both from the
 * caller's buffers (an iovec each, no copy) and reads the copy of the
 * additional data into scratch space.  The tag length is a property of the
 * kernel transform, so the per-key state keeps one transform per tag length.
 *
 * Entry-point functions are named kcapi_drv_aead_* and mapped with the
 * manifest's "names": libkcapi itself exports kcapi_aead_encrypt/decrypt.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#include <kcapi.h>

#define IV_MAX 16
#define AD_STACK 256

KC_EXPORT psa_status_t kcapi_drv_aead_encrypt(
    const psa_key_attributes_t *attributes, const uint8_t *key, size_t key_size,
    psa_algorithm_t alg, const uint8_t *nonce, size_t nonce_length, const uint8_t *additional_data,
    size_t additional_data_length, const uint8_t *plaintext, size_t plaintext_length,
    uint8_t *ciphertext, size_t ciphertext_size, size_t *ciphertext_length);
KC_EXPORT psa_status_t kcapi_drv_aead_decrypt(
    const psa_key_attributes_t *attributes, const uint8_t *key, size_t key_size,
    psa_algorithm_t alg, const uint8_t *nonce, size_t nonce_length, const uint8_t *additional_data,
    size_t additional_data_length, const uint8_t *ciphertext, size_t ciphertext_length,
    uint8_t *plaintext, size_t plaintext_size, size_t *plaintext_length);

/* One AEAD call: the kernel IV made from the nonce, the tag length. */
struct aead_call {
    uint8_t iv[IV_MAX];
    size_t tag;
};

/* The kernel IV for the nonce, or false when the kernel cannot take the
 * nonce or tag length (the specification allows more: decline). */
static bool make_iv(struct aead_call *c, psa_algorithm_t alg, const uint8_t *nonce,
                    size_t nonce_length)
{
    psa_algorithm_t base = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg);
    size_t tag = (alg >> 16) & 0x3f;

    memset(c->iv, 0, sizeof(c->iv));
    c->tag = tag;
    if (base == PSA_ALG_CCM) {
        /* RFC 3610 counter block: flags L' = 15 - nonce length - 1, nonce. */
        if (nonce_length < 7 || nonce_length > 13 || tag < 4 || tag % 2 != 0) {
            return false;
        }
        c->iv[0] = (uint8_t)(14 - nonce_length);
        memcpy(c->iv + 1, nonce, nonce_length);
        return true;
    }
    if (nonce_length != 12) {
        return false;
    }
    memcpy(c->iv, nonce, nonce_length);
    return base == PSA_ALG_GCM ? tag == 4 || tag == 8 || tag >= 12 : tag == 16;
}

/* Run one kernel AEAD operation: in[0..1] -> {scratch for the AD, out}. */
static ssize_t aead_run(struct kcapi_handle *h, bool enc, const struct aead_call *c,
                        struct iovec in[2], uint8_t *out, size_t out_length)
{
    uint8_t ad_stack[AD_STACK];
    uint8_t *ad_copy = in[0].iov_len <= sizeof(ad_stack) ? ad_stack : malloc(in[0].iov_len);
    struct iovec outv[2] = {{ad_copy, in[0].iov_len}, {out, out_length}};
    ssize_t ret;

    /* A read of 0 bytes returns at once without running the operation (an
     * empty decryption would skip the tag check): offer one spare byte. */
    if (in[0].iov_len + out_length == 0) {
        outv[0].iov_len = 1;
    }

    if (ad_copy == NULL) {
        return -ENOMEM;
    }
    kcapi_aead_setassoclen(h, in[0].iov_len);
    ret = enc ? kcapi_aead_stream_init_enc(h, c->iv, NULL, 0)
              : kcapi_aead_stream_init_dec(h, c->iv, NULL, 0);
    if (ret >= 0) {
        ret = kcapi_aead_stream_update_last(h, in, 2);
    }
    if (ret >= 0) {
        ret = kcapi_aead_stream_op(h, outv, 2);
    }
    if (ret >= 0 && (size_t)ret != in[0].iov_len + out_length) {
        ret = -EIO;
    }
    if (ad_copy != ad_stack) {
        free(ad_copy);
    }
    return ret;
}

static psa_status_t aead_lease(struct kc_lease *lease, const psa_key_attributes_t *attributes,
                               const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                               size_t tag, size_t input_length)
{
    int idx = kc_lookup(alg, psa_get_key_type(attributes));
    int ret;

    if (!kc_usable(idx, input_length, false)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(lease, kpsa_driver_key_state(attributes), idx, key, key_size,
                       (uint32_t)tag, false);
    return ret != 0 ? kc_status(ret, false) : PSA_SUCCESS;
}

psa_status_t kcapi_drv_aead_encrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                    size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                    size_t nonce_length, const uint8_t *additional_data,
                                    size_t additional_data_length, const uint8_t *plaintext,
                                    size_t plaintext_length, uint8_t *ciphertext,
                                    size_t ciphertext_size, size_t *ciphertext_length)
{
    struct iovec in[2] = {{(void *)(uintptr_t)additional_data, additional_data_length},
                          {(void *)(uintptr_t)plaintext, plaintext_length}};
    struct kc_lease lease;
    struct aead_call c;
    psa_status_t status;
    ssize_t ret;

    *ciphertext_length = 0;
    if (!make_iv(&c, alg, nonce, nonce_length)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (ciphertext_size < plaintext_length + c.tag) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    status = aead_lease(&lease, attributes, key, key_size, alg, c.tag,
                        additional_data_length + plaintext_length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    ret = aead_run(lease.h, true, &c, in, ciphertext, plaintext_length + c.tag);
    kc_lease_put(&lease, ret >= 0);
    if (ret < 0) {
        kc_wipe(ciphertext, plaintext_length + c.tag);
        return kc_status(ret, false);
    }
    *ciphertext_length = plaintext_length + c.tag;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_aead_decrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                    size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                    size_t nonce_length, const uint8_t *additional_data,
                                    size_t additional_data_length, const uint8_t *ciphertext,
                                    size_t ciphertext_length, uint8_t *plaintext,
                                    size_t plaintext_size, size_t *plaintext_length)
{
    struct iovec in[2] = {{(void *)(uintptr_t)additional_data, additional_data_length},
                          {(void *)(uintptr_t)ciphertext, ciphertext_length}};
    struct kc_lease lease;
    struct aead_call c;
    psa_status_t status;
    size_t length;
    ssize_t ret;

    *plaintext_length = 0;
    if (!make_iv(&c, alg, nonce, nonce_length) || ciphertext_length < c.tag) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    length = ciphertext_length - c.tag;
    if (plaintext_size < length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    status = aead_lease(&lease, attributes, key, key_size, alg, c.tag,
                        additional_data_length + length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    ret = aead_run(lease.h, false, &c, in, plaintext, length);
    /* A failed authentication completes the kernel operation: the handle is reusable. */
    kc_lease_put(&lease, ret >= 0 || ret == -EBADMSG);
    if (ret < 0) {
        kc_wipe(plaintext, length);
        return kc_status(ret, false);
    }
    *plaintext_length = length;
    return PSA_SUCCESS;
}
