/*
 * agree.c - ECDH and FFDH key agreement.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_key_agreement(const psa_key_attributes_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg,
                                   const uint8_t *peer_key, size_t peer_key_length,
                                   uint8_t *shared_secret, size_t shared_secret_size,
                                   size_t *shared_secret_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)alg;
    (void)peer_key;
    (void)peer_key_length;
    (void)shared_secret;
    (void)shared_secret_size;
    (void)shared_secret_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
