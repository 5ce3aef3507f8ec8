/*
 * registry.c - the ordered chain of drivers.
 *
 * Built once by psa_crypto_init() (which holds the init lock) and read
 * without locks afterwards: the array is published before the library is
 * marked initialised and never changes until the library is torn down.
 * Plugin drivers come first, in their configured order; the built-in driver
 * is always last.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dispatch/match.h"

static const struct kpsa_driver *chain[KPSA_MAX_DRIVERS];
static unsigned chain_length;

unsigned kpsa_registry_count(void)
{
    return chain_length;
}

const struct kpsa_driver *kpsa_registry_driver(unsigned index)
{
    return index < chain_length ? chain[index] : NULL;
}

static void read_debug_setting(void)
{
    const char *debug = secure_getenv("KPSA_DEBUG");
    kpsa_trace_dispatch =
        debug != NULL && (strstr(debug, "dispatch") != NULL || strstr(debug, "all") != NULL);
}

psa_status_t kpsa_registry_init(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    read_debug_setting();
    chain_length = 0;
    chain[chain_length++] = &kpsa_builtin_driver;

    for (unsigned i = 0; i < chain_length; i++) {
        const struct kpsa_driver *d = chain[i];
        if (d->ep.init == NULL) {
            continue;
        }
        status = d->ep.init();
        if (status != PSA_SUCCESS) {
            if (kpsa_trace_dispatch) {
                kpsa_trace("driver %s: init failed (%d)", d->prefix, (int)status);
            }
            goto exit;
        }
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_registry_free();
    }
    return status;
}

void kpsa_registry_free(void)
{
    for (unsigned i = chain_length; i-- > 0;) {
        if (chain[i]->ep.deinit != NULL) {
            chain[i]->ep.deinit();
        }
    }
    chain_length = 0;
    memset(chain, 0, sizeof(chain));
}
