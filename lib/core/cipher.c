#include "config.h"

/*
 * cipher.c - the API layer of unauthenticated ciphers: psa_cipher_encrypt,
 * psa_cipher_decrypt and the multi-part cipher operation, PSA Crypto API 1.2,
 * "Unauthenticated ciphers".
 *
 * State machine of psa_cipher_operation_t (kpsa_driver != 0 means active):
 *
 *   inactive --encrypt_setup / decrypt_setup--> active, no IV
 *   no IV    --generate_iv (encrypt only) / set_iv--> IV set
 *   IV set   --update--> IV set --finish (success)--> inactive
 *   active   --abort, or any error--> inactive (kpsa aborts it)
 *
 * For an algorithm without IV (ECB, ARC4) the operation starts "IV set" and
 * generate_iv / set_iv are wrong-state calls (PSA_ERROR_BAD_STATE).
 * kpsa_iv_length is the default IV length (PSA_CIPHER_IV_LENGTH), 0 when the
 * algorithm has no IV; kpsa_block_length is the key's block length (1 for a
 * stream cipher).
 *
 * An active operation holds its key (kpsa_key) until it ends, and every call
 * after setup first checks that the key has not been destroyed meanwhile: if
 * it has, the call aborts the operation and returns PSA_ERROR_BAD_STATE (PSA
 * 1.2, psa_destroy_key: the multi-part operation fails).  end_operation() is
 * the one way out of the active state, so the key is always released.
 *
 * Output buffers of multi-part calls are not held to the sufficient-size
 * macros (PSA_CIPHER_UPDATE_OUTPUT_SIZE, PSA_CIPHER_FINISH_OUTPUT_SIZE): the
 * specification returns PSA_ERROR_BUFFER_TOO_SMALL only when the buffer is too
 * small for the output the call actually produces (an update that only
 * buffers a partial block may have no buffer at all), so the driver, which
 * knows that length, checks it before writing.
 */

#include <stdint.h>
#include <string.h>

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/random.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

#define CIPHER_ENCRYPT 0x0001u
#define CIPHER_IV_SET 0x0002u

/* Largest IV any cipher algorithm accepts (XChaCha20 with counter). */
#define CIPHER_IV_BUFFER 32u

/* The shape of a (key type, algorithm) pair the core needs. */
struct cipher_shape {
    uint8_t iv_length;     /* default IV length, 0: the algorithm takes no IV */
    uint8_t block_length;  /* the key's block length, 1 for a stream cipher */
};

/* IV of the stream ciphers of PSA_ALG_STREAM_CIPHER, by key type. */
static psa_status_t stream_shape(psa_key_type_t type, struct cipher_shape *shape)
{
    shape->block_length = 1;
    switch (type) {
    case PSA_KEY_TYPE_CHACHA20:
        shape->iv_length = 12;
        return PSA_SUCCESS;
    case PSA_KEY_TYPE_XCHACHA20:
        shape->iv_length = 24;
        return PSA_SUCCESS;
    case PSA_KEY_TYPE_ARC4:
        shape->iv_length = 0;
        return PSA_SUCCESS;
    default:
        return PSA_ERROR_INVALID_ARGUMENT;
    }
}

/*
 * Check that a key type suits a cipher algorithm (the "Compatible key types"
 * of each algorithm) and give its IV and block lengths.  INVALID_ARGUMENT for
 * an incompatible key, NOT_SUPPORTED for a cipher algorithm the core does not
 * know (it could not size the IV).
 */
static psa_status_t cipher_shape_of(psa_key_type_t type, psa_algorithm_t alg,
                                    struct cipher_shape *shape)
{
    /* 0: not a cipher key, 1: a stream cipher key, else a block cipher. */
    unsigned block = PSA_BLOCK_CIPHER_BLOCK_LENGTH(type);

    switch (alg) {
    case PSA_ALG_STREAM_CIPHER:
        return stream_shape(type, shape);
    case PSA_ALG_CTR:
    case PSA_ALG_CFB:
    case PSA_ALG_OFB:
    case PSA_ALG_XTS:
    case PSA_ALG_CBC_NO_PADDING:
    case PSA_ALG_CBC_PKCS7:
    case PSA_ALG_ECB_NO_PADDING:
        if (block <= 1 || block > 255) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        shape->iv_length = alg == PSA_ALG_ECB_NO_PADDING ? 0 : (uint8_t)block;
        shape->block_length = (uint8_t)block;
        return PSA_SUCCESS;
    case PSA_ALG_CCM_STAR_NO_TAG:
        if (block != 16) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        shape->iv_length = 13;
        shape->block_length = 16;
        return PSA_SUCCESS;
    default:
        return PSA_ERROR_NOT_SUPPORTED;
    }
}

/* IV lengths psa_cipher_set_iv() accepts, from each algorithm's description. */
static int iv_length_ok(const psa_cipher_operation_t *operation, size_t length)
{
    switch (operation->kpsa_alg) {
    case PSA_ALG_CTR:
        /* A nonce shorter than a block is padded with zeros. */
        return length >= 1 && length <= operation->kpsa_block_length;
    case PSA_ALG_CCM_STAR_NO_TAG:
        /* 13 is required; shorter nonces are optional (the driver may say
         * NOT_SUPPORTED), as for CCM. */
        return length >= 7 && length <= 13;
    case PSA_ALG_STREAM_CIPHER:
        if (operation->kpsa_iv_length == 12) {
            /* ChaCha20: 12, 16 (counter || nonce) or 8 (original variant). */
            return length == 8 || length == 12 || length == 16;
        }
        /* XChaCha20: 24, or 32 (counter || nonce). */
        return length == 24 || length == 32;
    default:
        /* CBC, CFB, OFB, XTS: exactly one block. */
        return length == operation->kpsa_block_length;
    }
}

/*
 * Acquire a key for a cipher with `usage` after the checks that need no key,
 * and give the shape of the (key, algorithm) pair.  On success *slot must be
 * released.
 */
static psa_status_t acquire_cipher_key(psa_key_id_t key, psa_key_usage_t usage,
                                       psa_algorithm_t alg, struct kpsa_slot **slot,
                                       struct cipher_shape *shape)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    /* PSA_ALG_CCM_STAR_ANY_TAG is a policy wildcard only. */
    KPSA_CHECK(PSA_ALG_IS_CIPHER(alg) && !PSA_ALG_IS_WILDCARD(alg),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_acquire_key(key, usage, alg, slot));
    status = cipher_shape_of((*slot)->attributes.kpsa_type, alg, shape);
    if (status != PSA_SUCCESS) {
        kpsa_keystore_release(*slot);
        *slot = NULL;
    }
exit:
    return status;
}

/*
 * End an operation, whatever its state: abort the driver if one is still
 * bound (a finish or a failing driver call has already unbound it), then
 * release the key, after the driver, whose context may use the key's prepared
 * state.  Returns the driver's abort status; INVALID_ARGUMENT for NULL.
 */
static psa_status_t end_operation(psa_cipher_operation_t *operation)
{
    psa_status_t status = PSA_SUCCESS;

    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_driver != 0) {
        status = kpsa_dispatch_cipher_abort(operation);
    }
    kpsa_keystore_release(operation->kpsa_key);
    operation->kpsa_key = NULL;
    return status;
}

psa_cipher_operation_t psa_cipher_operation_init(void)
{
    const psa_cipher_operation_t init = PSA_CIPHER_OPERATION_INIT;
    return init;
}

psa_status_t psa_cipher_encrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                                size_t input_length, uint8_t *output, size_t output_size,
                                size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    struct cipher_shape shape = {0, 0};
    uint8_t iv[CIPHER_IV_BUFFER];
    uint8_t *payload = output;
    size_t payload_length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_cipher_key(key, PSA_KEY_USAGE_ENCRYPT, alg, &slot, &shape));
    KPSA_CHECK(output_size >= shape.iv_length, PSA_ERROR_BUFFER_TOO_SMALL);
    if (shape.iv_length > 0) {
        KPSA_TRY(kpsa_random_bytes(iv, shape.iv_length));
        payload = output + shape.iv_length;
    }
    /* The ciphertext goes after the IV; the IV is written only afterwards so
     * that an input overlapping the output is read intact (the driver handles
     * overlap between its input and output). */
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_cipher_encrypt(&view, alg, iv, shape.iv_length, input, input_length,
                                          payload, output_size - shape.iv_length,
                                          &payload_length));
    if (shape.iv_length > 0) {
        memcpy(output, iv, shape.iv_length);
    }
    *output_length = shape.iv_length + payload_length;
exit:
    kpsa_keystore_release(slot);
    kpsa_wipe(iv, sizeof(iv));
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}

psa_status_t psa_cipher_decrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                                size_t input_length, uint8_t *output, size_t output_size,
                                size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    struct cipher_shape shape = {0, 0};

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_cipher_key(key, PSA_KEY_USAGE_DECRYPT, alg, &slot, &shape));
    /* The input is the IV followed by the ciphertext. */
    KPSA_CHECK(input_length >= shape.iv_length, PSA_ERROR_INVALID_ARGUMENT);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_cipher_decrypt(&view, alg, input, input_length, output, output_size,
                                          output_length));
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}

static psa_status_t cipher_setup(psa_cipher_operation_t *operation, psa_key_id_t key,
                                 psa_algorithm_t alg, bool is_encrypt)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    struct cipher_shape shape = {0, 0};
    psa_key_usage_t usage = is_encrypt ? PSA_KEY_USAGE_ENCRYPT : PSA_KEY_USAGE_DECRYPT;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(acquire_cipher_key(key, usage, alg, &slot, &shape));
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_cipher_setup(operation, &view, alg, is_encrypt));
    operation->kpsa_alg = alg;
    operation->kpsa_iv_length = shape.iv_length;
    operation->kpsa_block_length = shape.block_length;
    operation->kpsa_flags = (uint16_t)((is_encrypt ? CIPHER_ENCRYPT : 0u) |
                                       (shape.iv_length == 0 ? CIPHER_IV_SET : 0u));
    operation->kpsa_key = slot;
    slot = NULL;
exit:
    kpsa_keystore_release(slot);
    /* Only setup on an active operation gets here with the operation active. */
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_cipher_encrypt_setup(psa_cipher_operation_t *operation, psa_key_id_t key,
                                      psa_algorithm_t alg)
{
    return cipher_setup(operation, key, alg, true);
}

psa_status_t psa_cipher_decrypt_setup(psa_cipher_operation_t *operation, psa_key_id_t key,
                                      psa_algorithm_t alg)
{
    return cipher_setup(operation, key, alg, false);
}

/* The state generate_iv and set_iv need: active, IV expected, none set. */
static int expects_iv(const psa_cipher_operation_t *operation)
{
    return operation->kpsa_driver != 0 && (operation->kpsa_flags & CIPHER_IV_SET) == 0;
}

psa_status_t psa_cipher_generate_iv(psa_cipher_operation_t *operation, uint8_t *iv,
                                    size_t iv_size, size_t *iv_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t fresh[CIPHER_IV_BUFFER];
    size_t length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(expects_iv(operation) && (operation->kpsa_flags & CIPHER_ENCRYPT) != 0,
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(iv_length != NULL && KPSA_BUF_OK(iv, iv_size), PSA_ERROR_INVALID_ARGUMENT);
    length = operation->kpsa_iv_length;
    KPSA_CHECK(iv_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    /* Generated into a private buffer: the driver never reads the caller's
     * output buffer, which another thread might change meanwhile. */
    KPSA_TRY(kpsa_random_bytes(fresh, length));
    KPSA_TRY(kpsa_dispatch_cipher_set_iv(operation, fresh, length));
    operation->kpsa_flags |= CIPHER_IV_SET;
    memcpy(iv, fresh, length);
    *iv_length = length;
exit:
    kpsa_wipe(fresh, sizeof(fresh));
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
        if (iv_length != NULL) {
            *iv_length = 0;
        }
    }
    return status;
}

psa_status_t psa_cipher_set_iv(psa_cipher_operation_t *operation, const uint8_t *iv,
                               size_t iv_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(expects_iv(operation), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(iv, iv_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(iv_length_ok(operation, iv_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_dispatch_cipher_set_iv(operation, iv, iv_length));
    operation->kpsa_flags |= CIPHER_IV_SET;
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

/* The state update and finish need: active, with the IV set if one is needed. */
static int ready(const psa_cipher_operation_t *operation)
{
    return operation->kpsa_driver != 0 && (operation->kpsa_flags & CIPHER_IV_SET) != 0;
}

psa_status_t psa_cipher_update(psa_cipher_operation_t *operation, const uint8_t *input,
                               size_t input_length, uint8_t *output, size_t output_size,
                               size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(ready(operation), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    if (input_length == 0) {
        *output_length = 0;
        return PSA_SUCCESS;
    }
    KPSA_TRY(kpsa_dispatch_cipher_update(operation, input, input_length, output, output_size,
                                         output_length));
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
        if (output_length != NULL) {
            *output_length = 0;
        }
    }
    return status;
}

psa_status_t psa_cipher_finish(psa_cipher_operation_t *operation, uint8_t *output,
                               size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(ready(operation), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_dispatch_cipher_finish(operation, output, output_size, output_length));
exit:
    /* Finished or failed: either way the operation is over. */
    (void)end_operation(operation);
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}

psa_status_t psa_cipher_abort(psa_cipher_operation_t *operation)
{
    /* Safe and without effect on an inactive operation, even before
     * psa_crypto_init() (see psa_hash_abort in hash.c). */
    return end_operation(operation);
}
