/*
 * pake.c - password-authenticated key exchange (psa_pake_*) and the PAKE
 * driver inputs (psa_crypto_driver_pake_*).
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

psa_status_t psa_crypto_driver_pake_get_password_len(const psa_crypto_driver_pake_inputs_t *inputs,
    size_t *password_len)
{
    (void)inputs;
    (void)password_len;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_password(const psa_crypto_driver_pake_inputs_t *inputs,
    uint8_t *buffer, size_t buffer_size, size_t *buffer_length)
{
    (void)inputs;
    (void)buffer;
    (void)buffer_size;
    (void)buffer_length;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_password_attributes(const psa_crypto_driver_pake_inputs_t *inputs,
    psa_key_attributes_t *attributes)
{
    (void)inputs;
    (void)attributes;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_user_len(const psa_crypto_driver_pake_inputs_t *inputs,
    size_t *user_len)
{
    (void)inputs;
    (void)user_len;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_user(const psa_crypto_driver_pake_inputs_t *inputs,
    uint8_t *user_id, size_t user_id_size, size_t *user_id_len)
{
    (void)inputs;
    (void)user_id;
    (void)user_id_size;
    (void)user_id_len;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_peer_len(const psa_crypto_driver_pake_inputs_t *inputs,
    size_t *peer_len)
{
    (void)inputs;
    (void)peer_len;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_peer(const psa_crypto_driver_pake_inputs_t *inputs,
    uint8_t *peer_id, size_t peer_id_size, size_t *peer_id_length)
{
    (void)inputs;
    (void)peer_id;
    (void)peer_id_size;
    (void)peer_id_length;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_context_len(const psa_crypto_driver_pake_inputs_t *inputs,
    size_t *context_len)
{
    (void)inputs;
    (void)context_len;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_context(const psa_crypto_driver_pake_inputs_t *inputs,
    uint8_t *context, size_t context_size, size_t *context_length)
{
    (void)inputs;
    (void)context;
    (void)context_size;
    (void)context_length;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_role(const psa_crypto_driver_pake_inputs_t *inputs,
    psa_pake_role_t *role)
{
    (void)inputs;
    (void)role;
    return PSA_ERROR_BAD_STATE;
}

psa_status_t psa_crypto_driver_pake_get_cipher_suite(const psa_crypto_driver_pake_inputs_t *inputs,
    psa_pake_cipher_suite_t *cipher_suite)
{
    (void)inputs;
    (void)cipher_suite;
    return PSA_ERROR_BAD_STATE;
}
