#include "config.h"

/*
 * mac.c - the API layer of message authentication codes: psa_mac_compute,
 * psa_mac_verify and the multi-part MAC operation, PSA Crypto API 1.2,
 * "Message authentication codes (MAC)".
 *
 * State machine of psa_mac_operation_t (kpsa_driver != 0 means active;
 * MAC_SIGN in kpsa_flags tells a sign operation from a verify operation):
 *
 *   inactive --sign_setup / verify_setup--> active
 *   active   --update--> active
 *   active   --sign_finish (sign) / verify_finish (verify), success--> inactive
 *   active   --abort, or any error--> inactive (kpsa aborts it)
 *
 * An active operation holds its key (kpsa_key) until it ends, and every call
 * after setup first checks that the key has not been destroyed meanwhile: if
 * it has, the call aborts the operation and returns PSA_ERROR_BAD_STATE (PSA
 * 1.2, psa_destroy_key: the multi-part operation fails).  end_operation() is
 * the one way out of the active state, so the key is always released.
 *
 * The core checks everything that does not need the key material: the
 * algorithm's form, the key's policy and type, the MAC length (truncation)
 * and the output size.  kpsa_mac_length records the length of the MAC the
 * operation produces, so finishing checks cost nothing.
 */

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "dispatch/dispatch.h"

#define MAC_SIGN 0x0001u

/* Shortest truncated MAC kpsa accepts: PSA_ALG_TRUNCATED_MAC requires an
 * implementation-specified minimum; 32 bits is what legacy protocols use. */
#define MAC_MIN_TRUNCATED_LENGTH 4u

/* The length field of a MAC algorithm (bits 21:16), 0 for a full-length MAC. */
static inline size_t mac_truncation(psa_algorithm_t alg)
{
    return (alg >> 16) & 0x3fu;
}

/*
 * Check that a key suits a MAC algorithm and compute the MAC length.
 * INVALID_ARGUMENT: the key type is not compatible with the algorithm, or the
 * truncation is longer than the MAC.  NOT_SUPPORTED: a MAC family or hash the
 * core cannot size, or a truncation below MAC_MIN_TRUNCATED_LENGTH.
 */
static psa_status_t mac_length_for_key(const psa_key_attributes_t *attributes,
                                       psa_algorithm_t alg, size_t *length)
{
    psa_algorithm_t full = PSA_ALG_FULL_LENGTH_MAC(alg);
    size_t full_length = 0;
    size_t truncation = mac_truncation(alg);

    if (PSA_ALG_IS_HMAC(full)) {
        if (attributes->kpsa_type != PSA_KEY_TYPE_HMAC) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        full_length = PSA_HASH_LENGTH(full);
    } else if (PSA_ALG_IS_BLOCK_CIPHER_MAC(full)) {
        /* Any block cipher key (not a stream cipher, not a non-cipher key). */
        full_length = PSA_BLOCK_CIPHER_BLOCK_LENGTH(attributes->kpsa_type);
        if (full_length <= 1) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
    }
    if (full_length == 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (truncation == 0) {
        *length = full_length;
        return PSA_SUCCESS;
    }
    if (truncation > full_length) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (truncation < MAC_MIN_TRUNCATED_LENGTH) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    *length = truncation;
    return PSA_SUCCESS;
}

/* A MAC algorithm usable for an operation (not a policy wildcard such as
 * PSA_ALG_AT_LEAST_THIS_LENGTH_MAC or HMAC over PSA_ALG_ANY_HASH). */
static inline int mac_alg_ok(psa_algorithm_t alg)
{
    return PSA_ALG_IS_MAC(alg) && !PSA_ALG_IS_WILDCARD(alg);
}

/*
 * Acquire a key for a MAC with `usage`, after the checks that need no key.
 * On success *slot must be released; *mac_length is the MAC length.
 */
static psa_status_t acquire_mac_key(psa_key_id_t key, psa_key_usage_t usage,
                                    psa_algorithm_t alg, struct kpsa_slot **slot,
                                    size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(mac_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_acquire_key(key, usage, alg, slot));
    status = mac_length_for_key(&(*slot)->attributes, alg, mac_length);
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
static psa_status_t end_operation(psa_mac_operation_t *operation)
{
    psa_status_t status = PSA_SUCCESS;

    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_driver != 0) {
        status = kpsa_dispatch_mac_abort(operation);
    }
    kpsa_keystore_release(operation->kpsa_key);
    operation->kpsa_key = NULL;
    return status;
}

psa_mac_operation_t psa_mac_operation_init(void)
{
    const psa_mac_operation_t init = PSA_MAC_OPERATION_INIT;
    return init;
}

psa_status_t psa_mac_compute(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                             size_t input_length, uint8_t *mac, size_t mac_size,
                             size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    size_t length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(mac_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(mac, mac_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_mac_key(key, PSA_KEY_USAGE_SIGN_MESSAGE, alg, &slot, &length));
    KPSA_CHECK(mac_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_mac_compute(&view, alg, input, input_length, mac, mac_size,
                                       mac_length));
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && mac_length != NULL) {
        *mac_length = 0;
    }
    return status;
}

psa_status_t psa_mac_verify(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                            size_t input_length, const uint8_t *mac, size_t mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    size_t length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length) && KPSA_BUF_OK(mac, mac_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_mac_key(key, PSA_KEY_USAGE_VERIFY_MESSAGE, alg, &slot, &length));
    /* The length is public; only the content needs a constant-time compare. */
    KPSA_CHECK(mac_length == length, PSA_ERROR_INVALID_SIGNATURE);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_mac_verify(&view, alg, input, input_length, mac, mac_length));
exit:
    kpsa_keystore_release(slot);
    return status;
}

static psa_status_t mac_setup(psa_mac_operation_t *operation, psa_key_id_t key,
                              psa_algorithm_t alg, bool is_sign)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    size_t length = 0;
    psa_key_usage_t usage = is_sign ? PSA_KEY_USAGE_SIGN_MESSAGE : PSA_KEY_USAGE_VERIFY_MESSAGE;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(acquire_mac_key(key, usage, alg, &slot, &length));
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_mac_setup(operation, &view, alg, is_sign));
    operation->kpsa_alg = alg;
    operation->kpsa_flags = is_sign ? MAC_SIGN : 0;
    operation->kpsa_mac_length = (uint8_t)length;
    operation->kpsa_key = slot;
    slot = NULL;
exit:
    kpsa_keystore_release(slot);
    /* The operation is active here only when setup was called on an active
     * operation: BAD_STATE, and that operation is aborted. */
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_mac_sign_setup(psa_mac_operation_t *operation, psa_key_id_t key,
                                psa_algorithm_t alg)
{
    return mac_setup(operation, key, alg, true);
}

psa_status_t psa_mac_verify_setup(psa_mac_operation_t *operation, psa_key_id_t key,
                                  psa_algorithm_t alg)
{
    return mac_setup(operation, key, alg, false);
}

psa_status_t psa_mac_update(psa_mac_operation_t *operation, const uint8_t *input,
                            size_t input_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length), PSA_ERROR_INVALID_ARGUMENT);
    if (input_length == 0) {
        return PSA_SUCCESS;
    }
    KPSA_TRY(kpsa_dispatch_mac_update(operation, input, input_length));
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_mac_sign_finish(psa_mac_operation_t *operation, uint8_t *mac, size_t mac_size,
                                 size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 && (operation->kpsa_flags & MAC_SIGN) != 0,
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(mac_length != NULL && KPSA_BUF_OK(mac, mac_size), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(mac_size >= operation->kpsa_mac_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(kpsa_dispatch_mac_sign_finish(operation, mac, mac_size, mac_length));
exit:
    /* Finished or failed: either way the operation is over. */
    (void)end_operation(operation);
    if (status != PSA_SUCCESS && mac_length != NULL) {
        *mac_length = 0;
    }
    return status;
}

psa_status_t psa_mac_verify_finish(psa_mac_operation_t *operation, const uint8_t *mac,
                                   size_t mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 && (operation->kpsa_flags & MAC_SIGN) == 0,
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(mac, mac_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(mac_length == operation->kpsa_mac_length, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(kpsa_dispatch_mac_verify_finish(operation, mac, mac_length));
exit:
    /* Finished or failed: either way the operation is over. */
    (void)end_operation(operation);
    return status;
}

psa_status_t psa_mac_abort(psa_mac_operation_t *operation)
{
    /* Safe and without effect on an inactive operation, even before
     * psa_crypto_init() (see psa_hash_abort in hash.c). */
    return end_operation(operation);
}
