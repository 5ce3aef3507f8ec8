/*
 * pake_inputs.c - the PAKE driver inputs (psa_crypto_driver_pake_*,
 * <kpsa/driver.h>): read-only views of the struct kpsa_pake_inputs the core
 * collects (lib/core/pake.c) and the dispatcher hands to a driver's
 * pake_setup.  Optional inputs the application did not give answer
 * PSA_ERROR_BAD_STATE; copies check the buffer first
 * (PSA_ERROR_BUFFER_TOO_SMALL, nothing written).  Thread-safe: they only read.
 */
#include "config.h"

#include <string.h>

#include <kpsa/driver.h>

#include "core/guard.h"
#include "dispatch/dispatch.h"

/* Copy `length` bytes out, or BUFFER_TOO_SMALL. */
static psa_status_t copy_out(const uint8_t *data, size_t length, uint8_t *buffer,
                             size_t buffer_size, size_t *buffer_length)
{
    if (buffer_length == NULL || !KPSA_BUF_OK(buffer, buffer_size)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *buffer_length = 0;
    if (buffer_size < length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (length != 0) {
        memcpy(buffer, data, length);
    }
    *buffer_length = length;
    return PSA_SUCCESS;
}

/* An optional input: BAD_STATE when the application did not give it. */
static psa_status_t given(const psa_crypto_driver_pake_inputs_t *inputs, uint16_t which)
{
    if (inputs == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return (inputs->given & which) ? PSA_SUCCESS : PSA_ERROR_BAD_STATE;
}

/* The length of an optional input: given()'s status, or the length. */
static psa_status_t given_length(const psa_crypto_driver_pake_inputs_t *inputs, uint16_t which,
                                 size_t length, size_t *out)
{
    psa_status_t status = given(inputs, which);

    if (status == PSA_SUCCESS && out == NULL) {
        status = PSA_ERROR_INVALID_ARGUMENT;
    }
    if (status == PSA_SUCCESS) {
        *out = length;
    }
    return status;
}

psa_status_t psa_crypto_driver_pake_get_password_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                     size_t *password_len)
{
    if (inputs == NULL || password_len == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *password_len = inputs->password_length;
    return PSA_SUCCESS;
}

psa_status_t psa_crypto_driver_pake_get_password(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 uint8_t *buffer, size_t buffer_size,
                                                 size_t *buffer_length)
{
    if (inputs == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return copy_out(inputs->password, inputs->password_length, buffer, buffer_size, buffer_length);
}

psa_status_t
psa_crypto_driver_pake_get_password_attributes(const psa_crypto_driver_pake_inputs_t *inputs,
                                               psa_key_attributes_t *attributes)
{
    if (inputs == NULL || attributes == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *attributes = *inputs->attributes;
    return PSA_SUCCESS;
}

psa_status_t psa_crypto_driver_pake_get_user_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 size_t *user_len)
{
    return given_length(inputs, KPSA_PAKE_GIVEN_USER, inputs != NULL ? inputs->user_length : 0, user_len);
}

psa_status_t psa_crypto_driver_pake_get_user(const psa_crypto_driver_pake_inputs_t *inputs,
                                             uint8_t *user_id, size_t user_id_size,
                                             size_t *user_id_len)
{
    psa_status_t status = given(inputs, KPSA_PAKE_GIVEN_USER);

    if (status != PSA_SUCCESS) {
        return status;
    }
    return copy_out(inputs->user, inputs->user_length, user_id, user_id_size, user_id_len);
}

psa_status_t psa_crypto_driver_pake_get_peer_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 size_t *peer_len)
{
    return given_length(inputs, KPSA_PAKE_GIVEN_PEER, inputs != NULL ? inputs->peer_length : 0, peer_len);
}

psa_status_t psa_crypto_driver_pake_get_peer(const psa_crypto_driver_pake_inputs_t *inputs,
                                             uint8_t *peer_id, size_t peer_id_size,
                                             size_t *peer_id_length)
{
    psa_status_t status = given(inputs, KPSA_PAKE_GIVEN_PEER);

    if (status != PSA_SUCCESS) {
        return status;
    }
    return copy_out(inputs->peer, inputs->peer_length, peer_id, peer_id_size, peer_id_length);
}

psa_status_t psa_crypto_driver_pake_get_context_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                    size_t *context_len)
{
    return given_length(inputs, KPSA_PAKE_GIVEN_CONTEXT, inputs != NULL ? inputs->context_length : 0, context_len);
}

psa_status_t psa_crypto_driver_pake_get_context(const psa_crypto_driver_pake_inputs_t *inputs,
                                                uint8_t *context, size_t context_size,
                                                size_t *context_length)
{
    psa_status_t status = given(inputs, KPSA_PAKE_GIVEN_CONTEXT);

    if (status != PSA_SUCCESS) {
        return status;
    }
    return copy_out(inputs->context, inputs->context_length, context, context_size, context_length);
}

psa_status_t psa_crypto_driver_pake_get_role(const psa_crypto_driver_pake_inputs_t *inputs,
                                             psa_pake_role_t *role)
{
    psa_status_t status = given(inputs, KPSA_PAKE_GIVEN_ROLE);

    if (status == PSA_SUCCESS && role == NULL) {
        status = PSA_ERROR_INVALID_ARGUMENT;
    }
    if (status == PSA_SUCCESS) {
        *role = inputs->role;
    }
    return status;
}

psa_status_t psa_crypto_driver_pake_get_cipher_suite(const psa_crypto_driver_pake_inputs_t *inputs,
                                                     psa_pake_cipher_suite_t *cipher_suite)
{
    if (inputs == NULL || cipher_suite == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *cipher_suite = inputs->suite;
    return PSA_SUCCESS;
}
