/*
 * registry.c - the ordered chain of drivers.
 *
 * Built once by psa_crypto_init() (which holds the init lock) and read
 * without locks afterwards: the array is published before the library is
 * marked initialised and never changes until the library is torn down.
 * Plugin drivers come first, ordered by "kpsa/priority" (lower first, ties in
 * discovery order); the built-in driver is always last.
 *
 * Plugins are admitted in discovery order: a prefix or an opaque location
 * already taken by an earlier admitted plugin rejects the later manifest
 * before its module is even opened, as does a full chain.
 *
 * The walk reads kpsa_registry_chain directly: each link carries the union of
 * its driver's entry points, so a driver that declares none of a call's costs
 * one test and no function call.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "core/guard.h"
#include "dispatch/match.h"
#include "loader/loader.h"

struct kpsa_chain_link kpsa_registry_chain[KPSA_MAX_DRIVERS];
unsigned kpsa_registry_length;
/* Drivers whose init entry point succeeded, to deinit in reverse order. */
static unsigned chain_initialized;
/* Every manifest considered by the last build, for introspection. */
static struct kpsa_plugin_set plugins;

unsigned kpsa_registry_count(void)
{
    return kpsa_registry_length;
}

const struct kpsa_driver *kpsa_registry_driver(unsigned index)
{
    return index < kpsa_registry_length ? kpsa_registry_chain[index].driver : NULL;
}

const struct kpsa_plugin_set *kpsa_registry_plugins(void)
{
    return &plugins;
}

static void read_debug_setting(void)
{
    const char *debug = secure_getenv("KPSA_DEBUG");
    kpsa_trace_dispatch =
        debug != NULL && (strstr(debug, "dispatch") != NULL || strstr(debug, "all") != NULL);
    kpsa_loader_quiet = debug != NULL && strstr(debug, "quiet") != NULL;
}

/* Why plugin i cannot join the plugins admitted before it, or NULL. */
static const struct kpsa_plugin *conflict(size_t i, const char **what)
{
    const struct kpsa_manifest *m = plugins.items[i].manifest;

    for (size_t j = 0; j < i; j++) {
        const struct kpsa_plugin *other = &plugins.items[j];
        if (other->driver == NULL) {
            continue;
        }
        if (strcmp(other->manifest->prefix, m->prefix) == 0) {
            *what = "prefix";
            return other;
        }
        if (m->type == KPSA_DRIVER_OPAQUE && other->manifest->type == KPSA_DRIVER_OPAQUE &&
            other->manifest->location == m->location) {
            *what = "location";
            return other;
        }
    }
    return NULL;
}

/* Load plugin i unless it was rejected already or conflicts; *loaded counts. */
static psa_status_t admit(size_t i, unsigned *loaded)
{
    struct kpsa_plugin *p = &plugins.items[i];
    const struct kpsa_plugin *other;
    const char *what = NULL;
    psa_status_t status;

    if (p->reason != NULL || p->manifest == NULL) {
        return PSA_SUCCESS;
    }
    if ((other = conflict(i, &what)) != NULL) {
        status = strcmp(what, "prefix") == 0
                     ? kpsa_loader_reject(p, "$.prefix", "duplicate prefix \"%s\" (also in %s)",
                                          p->manifest->prefix, other->path)
                     : kpsa_loader_reject(p, "$.location",
                                          "duplicate location 0x%06x (also served by %s)",
                                          (unsigned)p->manifest->location, other->path);
    } else if (*loaded >= KPSA_MAX_DRIVERS - 1) {
        status = kpsa_loader_reject(p, "$", "too many drivers (at most %d plugins)",
                                    KPSA_MAX_DRIVERS - 1);
    } else {
        status = kpsa_loader_load(p);
        *loaded += status == PSA_SUCCESS;
    }
    return status == PSA_ERROR_INVALID_ARGUMENT ? PSA_SUCCESS : status;
}

static void link_driver(unsigned index, const struct kpsa_driver *d)
{
    uint64_t eps = 0;

    for (size_t c = 0; c < d->capability_count; c++) {
        eps |= d->capabilities[c].entry_points;
    }
    kpsa_registry_chain[index].driver = d;
    kpsa_registry_chain[index].entry_points = eps;
}

/* Loaded plugins by priority (stable: ties keep discovery order), then builtin. */
static void order_chain(void)
{
    struct kpsa_plugin *sorted[KPSA_MAX_DRIVERS];
    unsigned n = 0;

    for (size_t i = 0; i < plugins.count; i++) {
        struct kpsa_plugin *p = &plugins.items[i];
        if (p->driver == NULL) {
            continue;
        }
        unsigned k = n++;
        for (; k > 0 && sorted[k - 1]->manifest->priority > p->manifest->priority; k--) {
            sorted[k] = sorted[k - 1];
        }
        sorted[k] = p;
    }
    for (unsigned k = 0; k < n; k++) {
        sorted[k]->position = (int)k;
        link_driver(k, sorted[k]->driver);
    }
    link_driver(n, &kpsa_builtin_driver);
    kpsa_registry_length = n + 1;
}

static struct kpsa_plugin *plugin_at(unsigned position)
{
    for (size_t i = 0; i < plugins.count; i++) {
        if (plugins.items[i].position == (int)position) {
            return &plugins.items[i];
        }
    }
    return NULL;
}

/* Each driver's init, in chain order; the first failure fails them all. */
static psa_status_t run_inits(void)
{
    for (unsigned i = 0; i < kpsa_registry_length; i++) {
        const struct kpsa_driver *d = kpsa_registry_chain[i].driver;
        psa_status_t status = d->ep.init != NULL ? d->ep.init() : PSA_SUCCESS;
        if (status != PSA_SUCCESS) {
            struct kpsa_plugin *p = plugin_at(i);
            if (p != NULL) {
                (void)kpsa_loader_reject(p, "module", "driver %s: init failed: %s", d->prefix,
                                         kpsa_status_name(status));
            } else if (!kpsa_loader_quiet) {
                kpsa_trace("driver %s: init failed: %s", d->prefix, kpsa_status_name(status));
            }
            return status;
        }
        chain_initialized = i + 1;
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_registry_init(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_loader_dirs dirs;
    unsigned loaded = 0;

    read_debug_setting();
    kpsa_registry_free();
    kpsa_loader_default_dirs(&dirs);
    KPSA_TRY(kpsa_loader_discover(&dirs, &plugins));
    for (size_t i = 0; i < plugins.count; i++) {
        KPSA_TRY(admit(i, &loaded));
    }
    order_chain();
    KPSA_TRY(run_inits());
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_registry_free();
    }
    return status;
}

void kpsa_registry_free(void)
{
    for (unsigned i = chain_initialized; i-- > 0;) {
        const struct kpsa_driver *d = kpsa_registry_chain[i].driver;
        if (d->ep.deinit != NULL) {
            d->ep.deinit();
        }
    }
    chain_initialized = 0;
    kpsa_registry_length = 0;
    memset(kpsa_registry_chain, 0, sizeof(kpsa_registry_chain));
    kpsa_plugin_set_free(&plugins);
}
