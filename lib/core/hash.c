#include "config.h"

/*
 * hash.c - the API layer of message digests: psa_hash_compute/compare and the
 * multi-part hash operation (setup, update, finish, verify, abort, clone,
 * suspend, resume), PSA Crypto API 1.2, "Message digests".
 *
 * State machine of psa_hash_operation_t (kpsa_driver != 0 means active):
 *
 *   inactive --setup/resume/clone(target)--> active
 *   active   --update--> active
 *   active   --finish/verify/suspend (success)--> inactive
 *   active   --abort--> inactive
 *   any error on an active operation            --> inactive (kpsa aborts it)
 *
 * The specification lets a failed call leave the operation in an "error
 * state" that only abort may leave.  kpsa aborts on the spot instead, so the
 * error state is simply the inactive state: every later call but setup fails
 * with PSA_ERROR_BAD_STATE and psa_hash_abort() succeeds, which is what the
 * specification requires of an operation in the error state.
 */

#include <string.h>

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

/* A hash algorithm usable for an operation: PSA_ALG_ANY_HASH is a policy
 * wildcard only (hash.rst, PSA_ALG_ANY_HASH). */
static inline int hash_alg_ok(psa_algorithm_t alg)
{
    return PSA_ALG_IS_HASH(alg) && alg != PSA_ALG_ANY_HASH;
}

/* End a bound operation: on error (the kpsa rule: an operation that fails
 * aborts itself) and after a successful suspend. */
static void abort_if_active(psa_hash_operation_t *operation)
{
    if (operation != NULL && operation->kpsa_driver != 0) {
        (void)kpsa_dispatch_hash_abort(operation);
    }
}

psa_hash_operation_t psa_hash_operation_init(void)
{
    const psa_hash_operation_t init = PSA_HASH_OPERATION_INIT;
    return init;
}

psa_status_t psa_hash_compute(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                              uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(hash_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(hash, hash_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(hash_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    /* PSA_HASH_LENGTH() is 0 for hashes the headers do not know; a plug-in
     * driver may still serve them and check the size itself. */
    KPSA_CHECK(hash_size >= PSA_HASH_LENGTH(alg), PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(kpsa_dispatch_hash_compute(alg, input, input_length, hash, hash_size, hash_length));
exit:
    if (status != PSA_SUCCESS && hash_length != NULL) {
        *hash_length = 0;
    }
    return status;
}

/* Constant-time comparison of a computed digest with the caller's. */
static psa_status_t compare_digest(const uint8_t *actual, size_t actual_length,
                                   const uint8_t *expected, size_t expected_length)
{
    if (actual_length != expected_length) {
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    return kpsa_ct_equal(actual, expected, actual_length) ? PSA_SUCCESS
                                                          : PSA_ERROR_INVALID_SIGNATURE;
}

psa_status_t psa_hash_compare(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                              const uint8_t *hash, size_t hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t actual[PSA_HASH_MAX_SIZE];
    size_t actual_length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length) && KPSA_BUF_OK(hash, hash_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(hash_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    status = kpsa_dispatch_hash_compute(alg, input, input_length, actual, sizeof(actual),
                                        &actual_length);
    /* A digest longer than PSA_HASH_MAX_SIZE is not one kpsa supports. */
    KPSA_CHECK(status != PSA_ERROR_BUFFER_TOO_SMALL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(status);
    KPSA_TRY(compare_digest(actual, actual_length, hash, hash_length));
exit:
    kpsa_wipe(actual, sizeof(actual));
    return status;
}

psa_status_t psa_hash_setup(psa_hash_operation_t *operation, psa_algorithm_t alg)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(hash_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_dispatch_hash_setup(operation, alg));
    operation->kpsa_alg = alg;
    operation->kpsa_flags = 0;
exit:
    /* Only setup on an active operation reaches here with a driver bound:
     * the wrong-state rule of "Multi-part operations" (BAD_STATE, then the
     * error state). */
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
    }
    return status;
}

psa_status_t psa_hash_update(psa_hash_operation_t *operation, const uint8_t *input,
                             size_t input_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length), PSA_ERROR_INVALID_ARGUMENT);
    if (input_length == 0) {
        return PSA_SUCCESS;
    }
    KPSA_TRY(kpsa_dispatch_hash_update(operation, input, input_length));
exit:
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
    }
    return status;
}

psa_status_t psa_hash_finish(psa_hash_operation_t *operation, uint8_t *hash, size_t hash_size,
                             size_t *hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(hash_length != NULL && KPSA_BUF_OK(hash, hash_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(hash_size >= PSA_HASH_LENGTH(operation->kpsa_alg), PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(kpsa_dispatch_hash_finish(operation, hash, hash_size, hash_length));
exit:
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
        if (hash_length != NULL) {
            *hash_length = 0;
        }
    }
    return status;
}

psa_status_t psa_hash_verify(psa_hash_operation_t *operation, const uint8_t *hash,
                             size_t hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t actual[PSA_HASH_MAX_SIZE];
    size_t actual_length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(hash, hash_length), PSA_ERROR_INVALID_ARGUMENT);
    status = kpsa_dispatch_hash_finish(operation, actual, sizeof(actual), &actual_length);
    KPSA_CHECK(status != PSA_ERROR_BUFFER_TOO_SMALL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(status);
    KPSA_TRY(compare_digest(actual, actual_length, hash, hash_length));
exit:
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
    }
    kpsa_wipe(actual, sizeof(actual));
    return status;
}

psa_status_t psa_hash_abort(psa_hash_operation_t *operation)
{
    /* Aborting an inactive operation is always safe and has no effect
     * (psa_hash_abort), even before psa_crypto_init(): no operation can be
     * active then, and cleanup code must be able to call this. */
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    return kpsa_dispatch_hash_abort(operation);
}

psa_status_t psa_hash_clone(const psa_hash_operation_t *source_operation,
                            psa_hash_operation_t *target_operation)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(source_operation != NULL && target_operation != NULL,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(target_operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(source_operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_dispatch_hash_clone(source_operation, target_operation));
    target_operation->kpsa_alg = source_operation->kpsa_alg;
    target_operation->kpsa_flags = source_operation->kpsa_flags;
exit:
    /* The source is const and stays as it was; the target, when it was the
     * operation in the wrong state, is aborted like any failed operation. */
    if (status != PSA_SUCCESS && target_operation != source_operation) {
        abort_if_active(target_operation);
    }
    return status;
}

psa_status_t psa_hash_suspend(psa_hash_operation_t *operation, uint8_t *hash_state,
                              size_t hash_state_size, size_t *hash_state_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(hash_state_length != NULL && KPSA_BUF_OK(hash_state, hash_state_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_dispatch_hash_suspend(operation, hash_state, hash_state_size,
                                        hash_state_length));
    /* A successful suspend terminates the operation (psa_hash_suspend). */
    abort_if_active(operation);
exit:
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
        if (hash_state_length != NULL) {
            *hash_state_length = 0;
        }
    }
    return status;
}

/* The algorithm field of a hash suspend state: big-endian, 4 bytes. */
static psa_algorithm_t suspended_alg(const uint8_t *state)
{
    return (psa_algorithm_t)state[0] << 24 | (psa_algorithm_t)state[1] << 16 |
           (psa_algorithm_t)state[2] << 8 | (psa_algorithm_t)state[3];
}

psa_status_t psa_hash_resume(psa_hash_operation_t *operation, const uint8_t *hash_state,
                             size_t hash_state_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_algorithm_t alg = PSA_ALG_NONE;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(hash_state, hash_state_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(hash_state_length >= PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH,
               PSA_ERROR_INVALID_ARGUMENT);
    alg = suspended_alg(hash_state);
    KPSA_CHECK(hash_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_dispatch_hash_resume(operation, alg, hash_state, hash_state_length));
    operation->kpsa_alg = alg;
    operation->kpsa_flags = 0;
exit:
    if (status != PSA_SUCCESS) {
        abort_if_active(operation);
    }
    return status;
}
