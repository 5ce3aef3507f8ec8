/*
 * unsupported.c - API functions whose mechanisms kpsa does not implement yet.
 *
 * Key derivation, key agreement into a key or a derivation
 * (psa_key_agreement, psa_key_derivation_key_agreement) and PAKE are
 * declared and exported so that applications link; until their
 * implementation lands each function checks its arguments exactly as the
 * specification requires and then returns PSA_ERROR_NOT_SUPPORTED (or
 * PSA_ERROR_BAD_STATE for an operation that cannot have been set up).  It
 * never pretends: no output is produced, output lengths are 0 and key ids
 * NULL.  Signatures, asymmetric encryption and raw key agreement go through
 * the driver chain (asym.c).
 */
#include "config.h"

#include "core/init.h"
#include "core/keystore.h"

/* Common checks of a call that names a key: initialised, key exists. */
static psa_status_t check_key(psa_key_id_t id)
{
    struct kpsa_slot *slot = NULL;
    psa_status_t status;

    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    status = kpsa_keystore_acquire(id, &slot);
    kpsa_keystore_release(slot);
    return status;
}

/* ---- key agreement into a key: needs key derivation ---------------------- */

psa_status_t psa_key_agreement(psa_key_id_t private_key, const uint8_t *peer_key,
                               size_t peer_key_length, psa_algorithm_t alg,
                               const psa_key_attributes_t *attributes, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    (void)alg;
    if (key != NULL) {
        *key = PSA_KEY_ID_NULL;
    }
    KPSA_TRY(check_key(private_key));
    KPSA_CHECK(KPSA_BUF_OK(peer_key, peer_key_length) && attributes != NULL && key != NULL,
               PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_ERROR_NOT_SUPPORTED;
exit:
    return status;
}

/* ---- key derivation: no algorithm yet, so no operation is ever active --- */

psa_key_derivation_operation_t psa_key_derivation_operation_init(void)
{
    const psa_key_derivation_operation_t init = PSA_KEY_DERIVATION_OPERATION_INIT;
    return init;
}

/* State of every call on a derivation operation while none can be active. */
static psa_status_t derivation_state(const psa_key_derivation_operation_t *operation)
{
    if (!kpsa_initialized() || operation == NULL) {
        return operation == NULL ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_BAD_STATE;
    }
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_key_derivation_setup(psa_key_derivation_operation_t *operation,
                                      psa_algorithm_t alg)
{
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_driver != 0) {
        return PSA_ERROR_BAD_STATE;
    }
    return PSA_ALG_IS_KEY_DERIVATION(alg) || PSA_ALG_IS_KEY_AGREEMENT(alg)
               ? PSA_ERROR_NOT_SUPPORTED
               : PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t psa_key_derivation_get_capacity(const psa_key_derivation_operation_t *operation,
                                             size_t *capacity)
{
    if (capacity != NULL) {
        *capacity = 0;
    }
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_set_capacity(psa_key_derivation_operation_t *operation,
                                             size_t capacity)
{
    (void)capacity;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_input_bytes(psa_key_derivation_operation_t *operation,
                                            psa_key_derivation_step_t step, const uint8_t *data,
                                            size_t data_length)
{
    (void)step, (void)data, (void)data_length;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_input_integer(psa_key_derivation_operation_t *operation,
                                              psa_key_derivation_step_t step, uint64_t value)
{
    (void)step, (void)value;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_input_key(psa_key_derivation_operation_t *operation,
                                          psa_key_derivation_step_t step, psa_key_id_t key)
{
    (void)step, (void)key;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_key_agreement(psa_key_derivation_operation_t *operation,
                                              psa_key_derivation_step_t step,
                                              psa_key_id_t private_key, const uint8_t *peer_key,
                                              size_t peer_key_length)
{
    (void)step, (void)private_key, (void)peer_key, (void)peer_key_length;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_output_bytes(psa_key_derivation_operation_t *operation,
                                             uint8_t *output, size_t output_length)
{
    (void)output, (void)output_length;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_output_key(const psa_key_attributes_t *attributes,
                                           psa_key_derivation_operation_t *operation,
                                           psa_key_id_t *key)
{
    (void)attributes;
    if (key != NULL) {
        *key = PSA_KEY_ID_NULL;
    }
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_verify_bytes(psa_key_derivation_operation_t *operation,
                                             const uint8_t *expected_output,
                                             size_t output_length)
{
    (void)expected_output, (void)output_length;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_verify_key(psa_key_derivation_operation_t *operation,
                                           psa_key_id_t expected)
{
    (void)expected;
    return derivation_state(operation);
}

psa_status_t psa_key_derivation_abort(psa_key_derivation_operation_t *operation)
{
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *operation = psa_key_derivation_operation_init();
    return PSA_SUCCESS;
}

/* ---- PAKE: cipher suites are plain data; operations are pending ---------- */

psa_pake_cipher_suite_t psa_pake_cipher_suite_init(void)
{
    const psa_pake_cipher_suite_t init = PSA_PAKE_CIPHER_SUITE_INIT;
    return init;
}

psa_algorithm_t psa_pake_cs_get_algorithm(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_alg;
}

void psa_pake_cs_set_algorithm(psa_pake_cipher_suite_t *cipher_suite, psa_algorithm_t alg)
{
    cipher_suite->kpsa_alg = alg;
}

psa_pake_primitive_t psa_pake_cs_get_primitive(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_primitive;
}

void psa_pake_cs_set_primitive(psa_pake_cipher_suite_t *cipher_suite,
                               psa_pake_primitive_t primitive)
{
    cipher_suite->kpsa_primitive = primitive;
}

uint32_t psa_pake_cs_get_key_confirmation(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_key_confirmation;
}

void psa_pake_cs_set_key_confirmation(psa_pake_cipher_suite_t *cipher_suite,
                                      uint32_t key_confirmation)
{
    cipher_suite->kpsa_key_confirmation = key_confirmation;
}

psa_pake_operation_t psa_pake_operation_init(void)
{
    const psa_pake_operation_t init = PSA_PAKE_OPERATION_INIT;
    return init;
}

/* State of every call on a PAKE operation while none can be active. */
static psa_status_t pake_state(const psa_pake_operation_t *operation)
{
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_pake_setup(psa_pake_operation_t *operation, psa_key_id_t password_key,
                            const psa_pake_cipher_suite_t *cipher_suite)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL && cipher_suite != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_key(password_key));
    KPSA_CHECK(PSA_ALG_IS_PAKE(cipher_suite->kpsa_alg), PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_ERROR_NOT_SUPPORTED;
exit:
    return status;
}

psa_status_t psa_pake_set_role(psa_pake_operation_t *operation, psa_pake_role_t role)
{
    (void)role;
    return pake_state(operation);
}

psa_status_t psa_pake_set_user(psa_pake_operation_t *operation, const uint8_t *user_id,
                               size_t user_id_len)
{
    if (operation != NULL && !KPSA_BUF_OK(user_id, user_id_len)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return pake_state(operation);
}

psa_status_t psa_pake_set_peer(psa_pake_operation_t *operation, const uint8_t *peer_id,
                               size_t peer_id_len)
{
    if (operation != NULL && !KPSA_BUF_OK(peer_id, peer_id_len)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return pake_state(operation);
}

psa_status_t psa_pake_set_context(psa_pake_operation_t *operation, const uint8_t *context,
                                  size_t context_len)
{
    if (operation != NULL && !KPSA_BUF_OK(context, context_len)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return pake_state(operation);
}

psa_status_t psa_pake_output(psa_pake_operation_t *operation, psa_pake_step_t step,
                             uint8_t *output, size_t output_size, size_t *output_length)
{
    (void)step, (void)output, (void)output_size;
    if (output_length != NULL) {
        *output_length = 0;
    }
    return pake_state(operation);
}

psa_status_t psa_pake_input(psa_pake_operation_t *operation, psa_pake_step_t step,
                            const uint8_t *input, size_t input_length)
{
    (void)step, (void)input, (void)input_length;
    return pake_state(operation);
}

psa_status_t psa_pake_get_shared_key(psa_pake_operation_t *operation,
                                     const psa_key_attributes_t *attributes, psa_key_id_t *key)
{
    (void)attributes;
    if (key != NULL) {
        *key = PSA_KEY_ID_NULL;
    }
    return pake_state(operation);
}

psa_status_t psa_pake_abort(psa_pake_operation_t *operation)
{
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *operation = psa_pake_operation_init();
    return PSA_SUCCESS;
}
