/*
 * kdf.c - key derivation algorithms.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_key_derivation_setup(void *op, psa_algorithm_t alg,
                                          const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    (void)op;
    (void)alg;
    (void)inputs;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_key_derivation_output_bytes(void *op, uint8_t *output, size_t length)
{
    (void)op;
    (void)output;
    (void)length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_key_derivation_abort(void *op)
{
    (void)op;
    return PSA_ERROR_NOT_SUPPORTED;
}
