/*
 * ecdsa.c - ECDSA and deterministic ECDSA.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_ecdsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)alg;
    (void)hash;
    (void)hash_length;
    (void)signature;
    (void)signature_size;
    (void)signature_length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_ecdsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)alg;
    (void)hash;
    (void)hash_length;
    (void)signature;
    (void)signature_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
