/*
 * spake2p_key.c - SPAKE2+ keys.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_spake2p_key_import(const psa_key_attributes_t *attributes,
                                        const uint8_t *data, size_t data_length,
                                        uint8_t *key_buffer, size_t key_buffer_size,
                                        size_t *key_buffer_length, size_t *bits)
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

psa_status_t builtin_spake2p_key_export_public(const psa_key_attributes_t *attributes,
                                               const uint8_t *key, size_t key_size,
                                               uint8_t *data, size_t data_size,
                                               size_t *data_length)
{
    (void)attributes;
    (void)key;
    (void)key_size;
    (void)data;
    (void)data_size;
    (void)data_length;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_spake2p_key_derive(const psa_key_attributes_t *attributes,
                                        builtin_stream_read_fn read, void *ctx,
                                        uint8_t *key_buffer, size_t key_buffer_size,
                                        size_t *key_buffer_length)
{
    (void)attributes;
    (void)read;
    (void)ctx;
    (void)key_buffer;
    (void)key_buffer_size;
    (void)key_buffer_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
