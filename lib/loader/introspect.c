/*
 * introspect.c - the exported view of the driver plugins (<kpsa/kpsa.h>):
 * the manifests considered, the capabilities of each driver in the chain,
 * the candidates of a call, and a manifest checker for vendors.
 *
 * Everything here reads the registry, which is immutable between a
 * successful psa_crypto_init() and the library's teardown; no lock needed.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "core/init.h"
#include "dispatch/match.h"
#include "loader/algspec.h"
#include "loader/loader.h"

size_t kpsa_manifest_count(void)
{
    return kpsa_initialized() ? kpsa_registry_plugins()->count : 0;
}

psa_status_t kpsa_manifest_get(size_t index, struct kpsa_manifest_info *info)
{
    const struct kpsa_plugin_set *set;
    const struct kpsa_plugin *p;
    const struct kpsa_manifest *m;

    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    set = kpsa_registry_plugins();
    if (info == NULL || index >= set->count) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    p = &set->items[index];
    m = p->manifest;
    memset(info, 0, sizeof(*info));
    info->manifest = p->path;
    info->module = p->module_path;
    info->prefix = m != NULL ? m->prefix : NULL;
    info->opaque = m != NULL && m->type == KPSA_DRIVER_OPAQUE;
    info->location = m != NULL ? m->location : 0;
    info->priority = m != NULL ? m->priority : 0;
    info->loaded = p->driver != NULL;
    info->position = p->position;
    info->disabled = p->disabled;
    info->reason = p->reason;
    return PSA_SUCCESS;
}

/* ---- capabilities ------------------------------------------------------ */

/* Entry points a manifest can name (the built-in capability sets other bits too). */
static uint64_t nameable_eps(void)
{
    size_t count;
    const struct kpsa_ep_family *families = kpsa_ep_families(&count);
    uint64_t eps = 0;

    for (size_t i = 0; i < count; i++) {
        eps |= KPSA_EP_BIT(families[i].ep);
    }
    return eps;
}

static const struct kpsa_capability *capability_at(size_t position, size_t capability)
{
    const struct kpsa_driver *d;

    if (position >= kpsa_registry_count()) {
        return NULL;
    }
    d = kpsa_registry_driver((unsigned)position);
    return capability < d->capability_count ? &d->capabilities[capability] : NULL;
}

size_t kpsa_capability_count(size_t position)
{
    if (!kpsa_initialized() || position >= kpsa_registry_count()) {
        return 0;
    }
    return kpsa_registry_driver((unsigned)position)->capability_count;
}

psa_status_t kpsa_capability_get(size_t position, size_t capability,
                                 struct kpsa_capability_info *info)
{
    const struct kpsa_capability *c;

    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    c = capability_at(position, capability);
    if (info == NULL || c == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    info->entry_point_count = (size_t)__builtin_popcountll(c->entry_points & nameable_eps());
    info->algorithm_count = c->algorithm_count;
    info->key_type_count = c->key_type_count;
    info->key_size_count = c->key_size_count;
    info->fallback = c->fallback;
    return PSA_SUCCESS;
}

/* The index-th entry point a capability declares, in enum order. */
static const char *nth_entry_point(const struct kpsa_capability *c, size_t index)
{
    uint64_t eps = c->entry_points & nameable_eps();

    for (int ep = 0; ep < KPSA_EP_COUNT; ep++) {
        if ((eps & KPSA_EP_BIT(ep)) != 0 && index-- == 0) {
            return kpsa_ep_name((enum kpsa_entry_point)ep);
        }
    }
    return NULL;
}

/* Format item `index` of a list into text; false when there is no such item. */
static bool format_item(const struct kpsa_capability *c, enum kpsa_capability_list list,
                        size_t index, char *text, size_t size)
{
    const char *name;

    switch (list) {
    case KPSA_CAPABILITY_ENTRY_POINTS:
        name = nth_entry_point(c, index);
        return name != NULL && snprintf(text, size, "%s", name) >= 0;
    case KPSA_CAPABILITY_ALGORITHMS:
        if (index >= c->algorithm_count) {
            return false;
        }
        kpsa_algspec_format(c->algorithms[index], text, size);
        return true;
    case KPSA_CAPABILITY_KEY_TYPES:
        if (index >= c->key_type_count) {
            return false;
        }
        kpsa_keytype_spec_format(&c->key_types[index], text, size);
        return true;
    case KPSA_CAPABILITY_KEY_SIZES:
        return index < c->key_size_count && snprintf(text, size, "%zu", c->key_sizes[index]) >= 0;
    default:
        return false;
    }
}

psa_status_t kpsa_capability_item(size_t position, size_t capability,
                                  enum kpsa_capability_list list, size_t index, char *buf,
                                  size_t size)
{
    char text[KPSA_ALGSPEC_MAX_LENGTH + 1];
    const struct kpsa_capability *c;
    size_t length;

    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    c = capability_at(position, capability);
    if (buf == NULL || c == NULL || !format_item(c, list, index, text, sizeof(text))) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    length = strlen(text);
    if (length >= size) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    memcpy(buf, text, length + 1);
    return PSA_SUCCESS;
}

/* ---- which ------------------------------------------------------------- */

psa_status_t kpsa_which(const char *entry_point, psa_algorithm_t alg, psa_key_type_t key_type,
                        size_t key_bits, psa_key_location_t location,
                        struct kpsa_candidate *candidates, size_t capacity, size_t *count)
{
    psa_key_attributes_t attributes = psa_key_attributes_init();
    uint64_t eps;
    struct kpsa_walk w;
    size_t n = 0;

    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    if (entry_point == NULL || count == NULL || (candidates == NULL && capacity != 0) ||
        key_bits > PSA_MAX_KEY_BITS) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    eps = kpsa_walk_entry_points(entry_point, alg);
    if (eps == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    psa_set_key_type(&attributes, key_type);
    psa_set_key_bits(&attributes, key_bits);
    psa_set_key_lifetime(&attributes, PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
                                          PSA_KEY_PERSISTENCE_VOLATILE, location));
    /* A key-less call sees no attributes, exactly as the dispatcher passes them. */
    kpsa_walk_begin(&w, entry_point, eps, alg,
                    key_type != 0 || location != PSA_KEY_LOCATION_LOCAL_STORAGE ? &attributes
                                                                                : NULL);
    while (kpsa_walk_next(&w)) {
        if (n < capacity) {
            candidates[n].prefix = w.driver->prefix;
            candidates[n].position = w.index;
            candidates[n].capability = w.capability;
            candidates[n].fallback = w.fallback;
        }
        n++;
        if (!w.fallback) {
            break;
        }
    }
    *count = n;
    return n > capacity ? PSA_ERROR_BUFFER_TOO_SMALL : PSA_SUCCESS;
}

/* ---- specifications and manifests --------------------------------------- */

psa_status_t kpsa_algorithm_parse(const char *text, psa_algorithm_t *alg, char *error,
                                  size_t error_size)
{
    if (text == NULL || alg == NULL || (error == NULL && error_size != 0)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return kpsa_algspec_parse(text, alg, error, error_size);
}

psa_status_t kpsa_key_type_parse(const char *text, psa_key_type_t *type, char *error,
                                 size_t error_size)
{
    struct kpsa_key_type_spec spec;
    psa_status_t status;

    if (text == NULL || type == NULL || (error == NULL && error_size != 0)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = kpsa_keytype_spec_parse(text, &spec, error, error_size);
    if (status == PSA_SUCCESS && spec.mask != (psa_key_type_t)0xffff) {
        if (error_size != 0) {
            snprintf(error, error_size, "\"_\" stands for several key types, not one");
        }
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (status == PSA_SUCCESS) {
        *type = spec.type;
    }
    return status;
}

psa_status_t kpsa_manifest_check(const char *path, char *diagnostic, size_t size)
{
    struct kpsa_manifest *manifest = NULL;
    struct kpsa_diag diag;
    psa_status_t status;

    if (diagnostic == NULL && size != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (size != 0) {
        diagnostic[0] = '\0';
    }
    if (path == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = kpsa_loader_read_manifest(AT_FDCWD, path, path, &manifest, &diag);
    if (status == PSA_SUCCESS) {
        status = kpsa_loader_validate(manifest, &diag);
    }
    if (status == PSA_ERROR_INVALID_ARGUMENT && size != 0) {
        snprintf(diagnostic, size, "%s: %s", diag.path, diag.message);
    }
    kpsa_manifest_free(manifest);
    return status;
}
