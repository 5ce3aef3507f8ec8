/*
 * storage.c - the persistent key store on disk: see storage.h.
 *
 * PLACEHOLDER while the implementation is being written: there is no store,
 * so every function answers as an empty, unusable directory would.
 */
#include "config.h"

#include "core/storage.h"

psa_status_t kpsa_storage_create(const psa_key_attributes_t *attributes, const uint8_t *material,
                                 size_t material_size)
{
    (void)attributes;
    (void)material;
    (void)material_size;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t kpsa_storage_load(psa_key_id_t id, psa_key_attributes_t *attributes,
                               uint8_t **material, size_t *material_size,
                               struct kpsa_storage_stamp *stamp)
{
    (void)id;
    (void)attributes;
    (void)stamp;
    *material = NULL;
    *material_size = 0;
    return PSA_ERROR_DOES_NOT_EXIST;
}

bool kpsa_storage_current(psa_key_id_t id, const struct kpsa_storage_stamp *stamp)
{
    (void)id;
    (void)stamp;
    return false;
}

psa_status_t kpsa_storage_destroy(psa_key_id_t id)
{
    (void)id;
    return PSA_ERROR_DOES_NOT_EXIST;
}

psa_status_t kpsa_storage_list(psa_key_id_t *ids, size_t capacity, size_t *count)
{
    (void)ids;
    (void)capacity;
    *count = 0;
    return PSA_SUCCESS;
}

const char *kpsa_storage_directory(psa_status_t *status)
{
    *status = PSA_ERROR_NOT_SUPPORTED;
    return NULL;
}

void kpsa_storage_free(void)
{
}
