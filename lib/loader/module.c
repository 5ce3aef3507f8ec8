/*
 * module.c - from an accepted manifest to a struct kpsa_driver: trust checks
 * on the shared object, the ABI check before anything of the module runs,
 * dlopen(RTLD_NOW | RTLD_LOCAL), and every entry-point function resolved (or
 * the handle released) before the driver is accepted.
 *
 * A driver lives in one heap block: the struct, its capabilities, their
 * filters and "names" entry-point tables, and its prefix, next to each other
 * for the dispatcher's walk, and released with one free().
 */
#include "config.h"

#include "loader/loader.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/guard.h"

/* The JSON path of the ABI property in diagnostics. */
#define ABI_PATH "$.kpsa/abi"

psa_status_t kpsa_loader_validate(const struct kpsa_manifest *manifest, struct kpsa_diag *diag)
{
    const char *path = NULL;

    snprintf(diag->file, sizeof(diag->file), "%s", manifest->file);
    if (manifest->disabled) {
        return PSA_SUCCESS;
    }
    if (manifest->abi != KPSA_DRIVER_ABI_VERSION) {
        path = ABI_PATH;
        snprintf(diag->message, sizeof(diag->message),
                 "driver ABI version %u, this library supports version %d", manifest->abi,
                 KPSA_DRIVER_ABI_VERSION);
    } else if (manifest->prefix != NULL && strcmp(manifest->prefix, "builtin") == 0) {
        path = "$.prefix";
        snprintf(diag->message, sizeof(diag->message),
                 "prefix \"builtin\" is reserved for the built-in driver");
    } else if (manifest->capability_count > KPSA_LOADER_MAX_CAPABILITIES) {
        path = "$.capabilities";
        snprintf(diag->message, sizeof(diag->message), "%zu capabilities, at most %d",
                 manifest->capability_count, KPSA_LOADER_MAX_CAPABILITIES);
    }
    if (path == NULL) {
        return PSA_SUCCESS;
    }
    snprintf(diag->path, sizeof(diag->path), "%s", path);
    return PSA_ERROR_INVALID_ARGUMENT;
}

/* ---- trust ------------------------------------------------------------- */

static psa_status_t check_path(struct kpsa_plugin *p, const char *path, int flags, const char *what)
{
    char problem[160];
    struct stat st;
    int fd = open(path, flags | O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    psa_status_t status = PSA_SUCCESS;

    if (fd < 0) {
        return kpsa_loader_reject(p, "module", "cannot open %s %s: %s", what, path,
                                  strerror_r(errno, problem, sizeof(problem)));
    }
    if (fstat(fd, &st) != 0) {
        status = kpsa_loader_reject(p, "module", "cannot stat %s %s: %s", what, path,
                                    strerror_r(errno, problem, sizeof(problem)));
    } else if ((flags & O_DIRECTORY) == 0 && !S_ISREG(st.st_mode)) {
        status = kpsa_loader_reject(p, "module", "%s is not a regular file", path);
    } else if (!kpsa_loader_check_trust(&st, problem, sizeof(problem))) {
        status = kpsa_loader_reject(p, "module", "untrusted %s %s: %s", what, path, problem);
    }
    close(fd);
    return status;
}

/* The module and the directory holding it (which decides who may replace it). */
static psa_status_t check_module(struct kpsa_plugin *p)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char *dir = NULL;
    char *slash;

    if (p->module_path == NULL) {
        return kpsa_loader_reject(p, "module", "no module");
    }
    KPSA_TRY(check_path(p, p->module_path, 0, "module"));
    dir = strdup(p->module_path);
    KPSA_CHECK(dir != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    slash = strrchr(dir, '/');
    if (slash == NULL) {
        strcpy(dir, ".");
    } else {
        slash[slash == dir ? 1 : 0] = '\0';
    }
    KPSA_TRY(check_path(p, dir, O_DIRECTORY, "directory"));
exit:
    free(dir);
    return status;
}

/* ---- the driver block -------------------------------------------------- */

struct block {
    unsigned char *base;
    size_t used;
    size_t size;
};

/* Room for everything driver_new() carves, each piece with its alignment slack. */
static size_t block_size(const struct kpsa_manifest *m)
{
    size_t size = sizeof(struct kpsa_driver) + strlen(m->prefix) + 1 + 64;

    for (size_t i = 0; i < m->capability_count; i++) {
        const struct kpsa_manifest_capability *c = &m->capabilities[i];
        size += sizeof(struct kpsa_capability) + 64;
        size += c->name_count != 0 ? sizeof(struct kpsa_entry_points) : 0;
        size += c->algorithm_count * sizeof(psa_algorithm_t);
        size += c->key_type_count * sizeof(struct kpsa_key_type_spec);
        size += c->key_size_count * sizeof(size_t);
    }
    return size;
}

static void *carve(struct block *b, const void *src, size_t size, size_t align)
{
    size_t at = (b->used + align - 1) & ~(align - 1);

    if (size == 0 || at + size > b->size) {
        return NULL;
    }
    b->used = at + size;
    if (src != NULL) {
        memcpy(b->base + at, src, size);
    }
    return b->base + at;
}

static void copy_capability(struct block *b, const struct kpsa_manifest_capability *mc,
                            struct kpsa_capability *c)
{
    c->entry_points = mc->entry_points;
    c->fallback = mc->fallback;
    if (mc->name_count != 0) {
        c->ep = carve(b, NULL, sizeof(struct kpsa_entry_points), alignof(struct kpsa_entry_points));
    }
    c->key_sizes = carve(b, mc->key_sizes, mc->key_size_count * sizeof(size_t), alignof(size_t));
    c->key_size_count = mc->key_size_count;
    c->algorithms = carve(b, mc->algorithms, mc->algorithm_count * sizeof(psa_algorithm_t),
                          alignof(psa_algorithm_t));
    c->algorithm_count = mc->algorithm_count;
    c->key_types = carve(b, mc->key_types, mc->key_type_count * sizeof(struct kpsa_key_type_spec),
                         alignof(struct kpsa_key_type_spec));
    c->key_type_count = mc->key_type_count;
}

/* A driver with the manifest's description and an empty entry-point table. */
static struct kpsa_driver *driver_new(const struct kpsa_manifest *m)
{
    struct block b = {NULL, 0, block_size(m)};
    struct kpsa_driver *d;
    struct kpsa_capability *caps;

    b.base = calloc(1, b.size);
    if (b.base == NULL) {
        return NULL;
    }
    d = carve(&b, NULL, sizeof(*d), alignof(struct kpsa_driver));
    caps = carve(&b, NULL, m->capability_count * sizeof(*caps), alignof(struct kpsa_capability));
    for (size_t i = 0; i < m->capability_count; i++) {
        copy_capability(&b, &m->capabilities[i], &caps[i]);
    }
    d->prefix = carve(&b, m->prefix, strlen(m->prefix) + 1, 1);
    d->type = m->type;
    d->location = m->location;
    d->capabilities = caps;
    d->capability_count = m->capability_count;
    d->context_sizes = m->context_sizes;
    d->random_initial_entropy = m->random_initial_entropy;
    d->random_reseed_entropy = m->random_reseed_entropy;
    return d;
}

/* ---- symbols ----------------------------------------------------------- */

struct resolver {
    struct kpsa_plugin *plugin;
    void *handle;
    struct link_map *map;
    struct kpsa_driver *driver;
};

/* Entry points the core calls on the driver as a whole, not per capability. */
static bool driver_wide(enum kpsa_entry_point ep)
{
    return ep == KPSA_EP_INIT || ep == KPSA_EP_KEY_STATE || ep == KPSA_EP_GET_ENTROPY ||
           ep == KPSA_EP_RANDOM;
}

/* dlsym() also searches the module's dependencies (libkpsa, libc, ...):
 * only a definition in the module itself counts. */
static void *lookup(const struct resolver *r, const char *symbol, const char **elsewhere)
{
    struct link_map *owner = NULL;
    Dl_info info;
    void *sym = dlsym(r->handle, symbol);

    *elsewhere = NULL;
    if (sym == NULL || dladdr1(sym, &info, (void **)&owner, RTLD_DL_LINKMAP) == 0) {
        return NULL;
    }
    if (owner != r->map) {
        *elsewhere = info.dli_fname;
        return NULL;
    }
    return sym;
}

static psa_status_t resolve_function(struct resolver *r, const struct kpsa_manifest_capability *mc,
                                     const char *where, const struct kpsa_ep_function *fn,
                                     struct kpsa_entry_points *table)
{
    const struct kpsa_manifest *m = r->plugin->manifest;
    unsigned char *slot = (unsigned char *)table + fn->offset;
    const char *elsewhere;
    char symbol[256];
    void *old;
    void *sym;
    bool named = mc != NULL ? kpsa_manifest_symbol(m, mc, fn->name, symbol, sizeof(symbol))
                            : snprintf(symbol, sizeof(symbol), "%s_%s", m->prefix, fn->name) <
                                  (int)sizeof(symbol);

    if (!named) {
        return kpsa_loader_reject(r->plugin, where, "symbol name for %s is too long", fn->name);
    }
    sym = lookup(r, symbol, &elsewhere);
    if (sym == NULL && elsewhere != NULL) {
        return kpsa_loader_reject(r->plugin, "module",
                                  "symbol %s (%s of %s) is defined by %s, "
                                  "not by %s",
                                  symbol, fn->name, where, elsewhere, r->plugin->module_path);
    }
    if (sym == NULL) {
        return fn->optional
                   ? PSA_SUCCESS
                   : kpsa_loader_reject(r->plugin, "module", "missing symbol %s (%s of %s) in %s",
                                        symbol, fn->name, where, r->plugin->module_path);
    }
    memcpy(&old, slot, sizeof(old));
    if (old != NULL && old != sym) {
        return kpsa_loader_reject(r->plugin, where,
                                  "%s is %s here but another function in another capability",
                                  fn->name, symbol);
    }
    memcpy(slot, &sym, sizeof(sym));
    return PSA_SUCCESS;
}

static psa_status_t resolve_family(struct resolver *r, const struct kpsa_manifest_capability *mc,
                                   const char *where, enum kpsa_entry_point ep,
                                   struct kpsa_entry_points *table)
{
    psa_status_t status = PSA_SUCCESS;
    const struct kpsa_ep_family *family = kpsa_ep_family_find(kpsa_ep_name(ep));

    if (family == NULL) {
        return kpsa_loader_reject(r->plugin, where, "entry point %d is not loadable", (int)ep);
    }
    for (size_t i = 0; i < family->function_count && status == PSA_SUCCESS; i++) {
        status = resolve_function(r, mc, where, &family->functions[i], table);
    }
    return status;
}

static psa_status_t resolve_all(struct resolver *r)
{
    const struct kpsa_manifest *m = r->plugin->manifest;
    struct kpsa_driver *d = r->driver;
    psa_status_t status = PSA_SUCCESS;
    char where[64];

    for (size_t i = 0; i < m->capability_count && status == PSA_SUCCESS; i++) {
        const struct kpsa_manifest_capability *mc = &m->capabilities[i];
        /* The capability's own table was carved by this file: writable. */
        struct kpsa_entry_points *own = (struct kpsa_entry_points *)d->capabilities[i].ep;
        snprintf(where, sizeof(where), "$.capabilities[%zu]", i);
        for (int ep = 0; ep < KPSA_EP_COUNT && status == PSA_SUCCESS; ep++) {
            if ((mc->entry_points & KPSA_EP_BIT(ep)) != 0) {
                bool wide = driver_wide((enum kpsa_entry_point)ep) || own == NULL;
                status =
                    resolve_family(r, mc, where, (enum kpsa_entry_point)ep, wide ? &d->ep : own);
            }
        }
    }
    if (status == PSA_SUCCESS && m->key_state) {
        status = resolve_family(r, NULL, "$.kpsa/key_state", KPSA_EP_KEY_STATE, &d->ep);
    }
    return status;
}

/* ---- loading ----------------------------------------------------------- */

psa_status_t kpsa_loader_load(struct kpsa_plugin *p)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct resolver r = {p, NULL, NULL, NULL};
    struct kpsa_diag diag;

    if (kpsa_loader_validate(p->manifest, &diag) != PSA_SUCCESS) {
        return kpsa_loader_reject(p, diag.path, "%s", diag.message);
    }
    KPSA_TRY(check_module(p));
    dlerror();
    r.handle = dlopen(p->module_path, RTLD_NOW | RTLD_LOCAL);
    if (r.handle == NULL) {
        const char *why = dlerror();
        status = kpsa_loader_reject(p, "module", "cannot load: %s", why != NULL ? why : "?");
        goto exit;
    }
    if (dlinfo(r.handle, RTLD_DI_LINKMAP, &r.map) != 0) {
        status = kpsa_loader_reject(p, "module", "cannot inspect %s", p->module_path);
        goto exit;
    }
    r.driver = driver_new(p->manifest);
    KPSA_CHECK(r.driver != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(resolve_all(&r));
    p->handle = r.handle;
    p->driver = r.driver;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        free(r.driver);
        if (r.handle != NULL) {
            dlclose(r.handle);
        }
    }
    return status;
}

void kpsa_loader_unload(struct kpsa_plugin *p)
{
    free(p->driver);
    p->driver = NULL;
    if (p->handle != NULL) {
        dlclose(p->handle);
        p->handle = NULL;
    }
}
