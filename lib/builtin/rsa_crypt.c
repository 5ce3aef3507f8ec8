/*
 * rsa_crypt.c - RSA PKCS#1 v1.5 and OAEP encryption.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_asymmetric_encrypt(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)alg;
    (void)input;
    (void)input_length;
    (void)salt;
    (void)salt_length;
    (void)output;
    (void)output_size;
    (void)output_length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_asymmetric_decrypt(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)alg;
    (void)input;
    (void)input_length;
    (void)salt;
    (void)salt_length;
    (void)output;
    (void)output_size;
    (void)output_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
