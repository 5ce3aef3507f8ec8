/*
 * pkey.c - asymmetric key objects, import, generation, public export.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_pkey_get(const psa_key_attributes_t *attributes, const uint8_t *key,
                              size_t key_size, struct builtin_pkey *pk)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)pk;
    return PSA_ERROR_NOT_SUPPORTED;
}

void builtin_pkey_put(struct builtin_pkey *pk)
{
    (void)pk;
}

psa_status_t builtin_pkey_import(const psa_key_attributes_t *attributes, const uint8_t *data,
                                 size_t data_length, uint8_t *key_buffer,
                                 size_t key_buffer_size, size_t *key_buffer_length,
                                 size_t *bits)
{
    (void)attributes;
    (void)data;
    (void)data_length;
    (void)key_buffer;
    (void)key_buffer_size;
    (void)key_buffer_length;
    (void)bits;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_pkey_generate(const psa_key_attributes_t *attributes,
                                   const uint8_t *rsa_exponent, size_t rsa_exponent_length,
                                   uint8_t *key_buffer, size_t key_buffer_size,
                                   size_t *key_buffer_length)
{
    (void)attributes;
    (void)rsa_exponent;
    (void)rsa_exponent_length;
    (void)key_buffer;
    (void)key_buffer_size;
    (void)key_buffer_length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_pkey_export_public(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size, uint8_t *data,
                                        size_t data_size, size_t *data_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)data;
    (void)data_size;
    (void)data_length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_generate_key_custom(const psa_key_attributes_t *attributes,
                                         const psa_custom_key_parameters_t *custom,
                                         const uint8_t *custom_data, size_t custom_data_length,
                                         uint8_t *key_buffer, size_t key_buffer_size,
                                         size_t *key_buffer_length)
{
    (void)attributes;
    (void)custom;
    (void)custom_data;
    (void)custom_data_length;
    (void)key_buffer;
    (void)key_buffer_size;
    (void)key_buffer_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
