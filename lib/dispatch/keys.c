/*
 * keys.c - dispatch of the key management entry points.
 *
 * For keys in local storage the transparent drivers are asked in chain order
 * (the built-in driver last); for other locations only the opaque driver of
 * that location.  Transparent drivers create keys in their export format, so
 * exporting a local key needs no driver.
 */
#include "config.h"

#include "dispatch/match.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

psa_status_t kpsa_dispatch_import_key(const psa_key_attributes_t *attributes, const uint8_t *data,
                                      size_t data_length, uint8_t *key_buffer,
                                      size_t key_buffer_size, size_t *key_buffer_length,
                                      size_t *bits)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "import_key", EP(IMPORT_KEY), 0, attributes);
    while (kpsa_walk_next(&w)) {
        if (w.ep->import_key != NULL) {
            *bits = attributes->kpsa_bits;
            status = w.ep->import_key(attributes, data, data_length, key_buffer, key_buffer_size,
                                      key_buffer_length, bits);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

psa_status_t kpsa_dispatch_generate_key(const psa_key_attributes_t *attributes, uint8_t *key_buffer,
                                        size_t key_buffer_size, size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "generate_key", EP(GENERATE_KEY), 0, attributes);
    while (kpsa_walk_next(&w)) {
        if (w.ep->generate_key != NULL) {
            status = w.ep->generate_key(attributes, key_buffer, key_buffer_size, key_buffer_length);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

psa_status_t kpsa_dispatch_generate_key_custom(const psa_key_attributes_t *attributes,
                                               const psa_custom_key_parameters_t *custom,
                                               const uint8_t *custom_data,
                                               size_t custom_data_length, uint8_t *key_buffer,
                                               size_t key_buffer_size, size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "generate_key_custom", EP(GENERATE_KEY), 0, attributes);
    while (kpsa_walk_next(&w)) {
        /* generate_key_custom is optional: a driver without it cannot honour
         * the parameters and is passed over (<kpsa/driver.h>). */
        if (w.ep->generate_key_custom == NULL) {
            continue;
        }
        status = w.ep->generate_key_custom(attributes, custom, custom_data, custom_data_length,
                                           key_buffer, key_buffer_size, key_buffer_length);
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

psa_status_t kpsa_dispatch_export_public_key(const struct kpsa_key_view *key, uint8_t *data,
                                             size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "export_public_key", EP(EXPORT_PUBLIC_KEY), 0, key->attributes);
    while (kpsa_walk_next(&w)) {
        if (w.ep->export_public_key != NULL) {
            kpsa_driver_attributes(key, w.index, &a);
            status =
                w.ep->export_public_key(&a, key->buffer, key->size, data, data_size, data_length);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}
