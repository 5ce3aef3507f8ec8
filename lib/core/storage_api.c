/*
 * storage_api.c - the public view of the persistent key store for tools
 * such as "kpsa keys" (<kpsa/kpsa.h>): the directory, the ids, one record
 * checked without creating a key.
 */
#include "config.h"

#include <kpsa/kpsa.h>

#include "core/init.h"
#include "core/secmem.h"
#include "core/storage.h"

const char *kpsa_storage_dir(psa_status_t *status)
{
    psa_status_t result = PSA_ERROR_BAD_STATE;
    const char *dir = NULL;

    if (kpsa_initialized()) {
        dir = kpsa_storage_directory(&result);
    }
    if (status != NULL) {
        *status = result;
    }
    return dir;
}

psa_status_t kpsa_persistent_key_list(psa_key_id_t *ids, size_t capacity, size_t *count)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(count != NULL && KPSA_BUF_OK(ids, capacity), PSA_ERROR_INVALID_ARGUMENT);
    status = kpsa_storage_list(ids, capacity, count);
exit:
    return status;
}

psa_status_t kpsa_persistent_key_check(psa_key_id_t id, psa_key_attributes_t *attributes)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_attributes_t stored = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t *material = NULL;
    size_t material_size = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_storage_load(id, &stored, &material, &material_size, NULL));
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(material, material_size);
    if (attributes != NULL) {
        psa_key_attributes_t empty = PSA_KEY_ATTRIBUTES_INIT;
        *attributes = status == PSA_SUCCESS ? stored : empty;
    }
    return status;
}
