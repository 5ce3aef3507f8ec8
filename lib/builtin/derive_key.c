/*
 * derive_key.c - asymmetric keys from a key derivation output stream.
 *
 * PLACEHOLDER while the implementation is being written: every function returns PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

psa_status_t builtin_derive_key(const psa_key_attributes_t *attributes,
                                builtin_stream_read_fn read, void *ctx, uint8_t *key_buffer,
                                size_t key_buffer_size, size_t *key_buffer_length)
{
    (void)attributes;
    (void)read;
    (void)ctx;
    (void)key_buffer;
    (void)key_buffer_size;
    (void)key_buffer_length;
    return PSA_ERROR_NOT_SUPPORTED;
}
