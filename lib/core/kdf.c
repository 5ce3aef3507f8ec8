/*
 * kdf.c - key derivation (psa_key_derivation_*), key agreement into a key or
 * a derivation (psa_key_agreement, psa_key_derivation_key_agreement) and the
 * key derivation driver inputs (psa_crypto_driver_key_derivation_*).
 *
 * PLACEHOLDER while the implementation is being written: every API function
 * checks its arguments and returns PSA_ERROR_NOT_SUPPORTED / BAD_STATE.
 */
#include "config.h"

#include <kpsa/driver.h>

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


psa_status_t psa_key_derivation_output_key_custom(const psa_key_attributes_t *attributes,
                                                  psa_key_derivation_operation_t *operation,
                                                  const psa_custom_key_parameters_t *custom,
                                                  const uint8_t *custom_data,
                                                  size_t custom_data_length, psa_key_id_t *key)
{
    (void)custom;
    (void)custom_data;
    (void)custom_data_length;
    return psa_key_derivation_output_key(attributes, operation, key);
}

psa_crypto_driver_key_derivation_input_type_t psa_crypto_driver_key_derivation_get_input_type(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step)
{
    (void)inputs;
    (void)step;
    return PSA_KEY_DERIVATION_INPUT_TYPE_INVALID;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_size(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    size_t *size)
{
    (void)inputs;
    (void)step;
    (void)size;
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_bytes(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint8_t *buffer, size_t buffer_size, size_t *buffer_length)
{
    (void)inputs;
    (void)step;
    (void)buffer;
    (void)buffer_size;
    (void)buffer_length;
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_key(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    const psa_key_attributes_t *attributes, uint8_t **p_key_buffer, size_t *key_buffer_size)
{
    (void)inputs;
    (void)step;
    (void)attributes;
    (void)p_key_buffer;
    (void)key_buffer_size;
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_integer(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint64_t *value)
{
    (void)inputs;
    (void)step;
    (void)value;
    return PSA_ERROR_INVALID_ARGUMENT;
}
