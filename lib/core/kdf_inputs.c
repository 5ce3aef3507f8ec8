/*
 * kdf_inputs.c - the driver's view of a key derivation's inputs: the
 * psa_crypto_driver_key_derivation_* accessors of <kpsa/driver.h> (driver
 * specification, "Key derivation driver initial inputs"), over the struct
 * kpsa_kdf_inputs the core hands to key_derivation_setup.
 *
 * Statuses as the specification lists them: PSA_ERROR_INVALID_ARGUMENT for a
 * step of another input type, omitted, or not taken by the algorithm (and for
 * NULL pointers); PSA_ERROR_BUFFER_TOO_SMALL from get_input_bytes.  Every
 * input reaches setup, so PSA_ERROR_DOES_NOT_EXIST (a long input to come) is
 * never returned.  The kpsa pseudo step KPSA_KEY_DERIVATION_INPUT_CAPACITY is
 * an INTEGER: the capacity when setup is called.  All accessors are
 * thread-safe (they only read).
 */
#include "config.h"

#include <string.h>

#include "core/kdf.h"

psa_crypto_driver_key_derivation_input_type_t psa_crypto_driver_key_derivation_get_input_type(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step)
{
    unsigned index = kpsa_kdf_step_index(step);

    if (inputs == NULL) {
        return PSA_KEY_DERIVATION_INPUT_TYPE_INVALID;
    }
    if (step == KPSA_KEY_DERIVATION_INPUT_CAPACITY) {
        return PSA_KEY_DERIVATION_INPUT_TYPE_INTEGER;
    }
    if (index >= KPSA_KDF_STEP_COUNT) {
        return PSA_KEY_DERIVATION_INPUT_TYPE_INVALID;
    }
    return (psa_crypto_driver_key_derivation_input_type_t)inputs->in[index].type;
}

/* The input of `step` if it has one of the types in `accept` (bit per type). */
static psa_status_t input_of(const psa_crypto_driver_key_derivation_inputs_t *inputs,
                             psa_key_derivation_step_t step, unsigned accept,
                             const struct kpsa_kdf_input **input)
{
    psa_crypto_driver_key_derivation_input_type_t type =
        psa_crypto_driver_key_derivation_get_input_type(inputs, step);

    if ((accept & (1u << type)) == 0 || step == KPSA_KEY_DERIVATION_INPUT_CAPACITY) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *input = &inputs->in[kpsa_kdf_step_index(step)];
    return PSA_SUCCESS;
}

#define ACCEPT(t) (1u << PSA_KEY_DERIVATION_INPUT_TYPE_##t)

psa_status_t psa_crypto_driver_key_derivation_get_input_size(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    size_t *size)
{
    const struct kpsa_kdf_input *input = NULL;
    psa_status_t status;

    if (size == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = input_of(inputs, step, ACCEPT(BYTES) | ACCEPT(KEY), &input);
    *size = status == PSA_SUCCESS ? input->length : 0;
    return status;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_bytes(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint8_t *buffer, size_t buffer_size, size_t *buffer_length)
{
    const struct kpsa_kdf_input *input = NULL;
    psa_status_t status;

    if (buffer_length == NULL || !KPSA_BUF_OK(buffer, buffer_size)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *buffer_length = 0;
    status = input_of(inputs, step, ACCEPT(BYTES) | ACCEPT(KEY), &input);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (buffer_size < input->length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (input->length != 0) {
        memcpy(buffer, input->data, input->length);
    }
    *buffer_length = input->length;
    return PSA_SUCCESS;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_key(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    const psa_key_attributes_t *attributes, uint8_t **p_key_buffer, size_t *key_buffer_size)
{
    const struct kpsa_kdf_input *input = NULL;
    psa_status_t status;

    (void)attributes; /* reserved: see <kpsa/driver.h> */
    if (p_key_buffer == NULL || key_buffer_size == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = input_of(inputs, step, ACCEPT(KEY), &input);
    *p_key_buffer = status == PSA_SUCCESS ? input->data : NULL;
    *key_buffer_size = status == PSA_SUCCESS ? input->length : 0;
    return status;
}

psa_status_t psa_crypto_driver_key_derivation_get_input_integer(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint64_t *value)
{
    const struct kpsa_kdf_input *input = NULL;
    psa_status_t status;

    if (value == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *value = 0;
    if (inputs != NULL && step == KPSA_KEY_DERIVATION_INPUT_CAPACITY) {
        *value = inputs->capacity;
        return PSA_SUCCESS;
    }
    status = input_of(inputs, step, ACCEPT(INTEGER), &input);
    if (status == PSA_SUCCESS) {
        *value = input->value;
    }
    return status;
}

psa_status_t kpsa_driver_key_derivation_get_secret_attributes(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_attributes_t *attributes)
{
    const struct kpsa_kdf_input *input = NULL;

    if (attributes == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *attributes = psa_key_attributes_init();
    if (input_of(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, ACCEPT(KEY), &input) != PSA_SUCCESS ||
        inputs->secret_attributes.kpsa_type == PSA_KEY_TYPE_NONE) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *attributes = inputs->secret_attributes;
    return PSA_SUCCESS;
}
