/*
 * init.c - psa_crypto_init() and library-wide state.
 *
 * Initialisation builds the driver chain (running each driver's init entry
 * point), the key store and the random generator, once per process.  It is
 * idempotent and thread-safe: concurrent callers serialise on a mutex and all
 * see the same outcome; a failed initialisation can be retried.  Everything
 * is released by a destructor when the library is unloaded.
 */
#include "config.h"

#include "core/init.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#include <kpsa/kpsa.h>

#include "core/keystore.h"
#include "core/random.h"
#include "dispatch/dispatch.h"

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_bool initialized;

/* Per-thread record of the driver that served the last call (tools, tests). */
static __thread const char *last_driver;

bool kpsa_initialized(void)
{
    return atomic_load_explicit(&initialized, memory_order_acquire);
}

void kpsa_note_driver(const char *prefix)
{
    last_driver = prefix;
}

const char *kpsa_last_driver(void)
{
    return last_driver;
}

static void teardown_inlock(void)
{
    kpsa_random_free();
    kpsa_keystore_free();
    kpsa_registry_free();
}

psa_status_t psa_crypto_init(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (kpsa_initialized()) {
        return PSA_SUCCESS;
    }
    pthread_mutex_lock(&init_lock);
    if (kpsa_initialized()) {
        status = PSA_SUCCESS;
        goto exit;
    }
    KPSA_TRY(kpsa_registry_init());
    KPSA_TRY(kpsa_keystore_init());
    KPSA_TRY(kpsa_random_init());
    atomic_store_explicit(&initialized, true, memory_order_release);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        teardown_inlock();
    }
    pthread_mutex_unlock(&init_lock);
    return status;
}

__attribute__((destructor)) static void library_teardown(void)
{
    pthread_mutex_lock(&init_lock);
    if (kpsa_initialized()) {
        atomic_store_explicit(&initialized, false, memory_order_release);
        teardown_inlock();
    }
    pthread_mutex_unlock(&init_lock);
}

const char *kpsa_version(void)
{
    return PACKAGE_VERSION;
}

size_t kpsa_driver_count(void)
{
    return kpsa_initialized() ? kpsa_registry_count() : 0;
}

psa_status_t kpsa_driver_get(size_t index, struct kpsa_driver_info *info)
{
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    if (info == NULL || index >= kpsa_registry_count()) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    const struct kpsa_driver *d = kpsa_registry_driver((unsigned)index);
    info->prefix = d->prefix;
    info->opaque = d->type == KPSA_DRIVER_OPAQUE;
    info->position = (unsigned)index;
    return PSA_SUCCESS;
}

const char *kpsa_hash_operation_driver(const psa_hash_operation_t *operation)
{
    return operation != NULL ? kpsa_dispatch_op_driver(operation->kpsa_driver) : NULL;
}

const char *kpsa_mac_operation_driver(const psa_mac_operation_t *operation)
{
    return operation != NULL ? kpsa_dispatch_op_driver(operation->kpsa_driver) : NULL;
}

const char *kpsa_cipher_operation_driver(const psa_cipher_operation_t *operation)
{
    return operation != NULL ? kpsa_dispatch_op_driver(operation->kpsa_driver) : NULL;
}

const char *kpsa_aead_operation_driver(const psa_aead_operation_t *operation)
{
    return operation != NULL ? kpsa_dispatch_op_driver(operation->kpsa_driver) : NULL;
}
