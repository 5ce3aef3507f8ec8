/*
 * loader.h - run-time driver plugins: finding manifests, trusting files,
 * loading modules into struct kpsa_driver, and remembering every manifest
 * considered so that `kpsa drivers` can say what happened to it.
 *
 * Discovery (discover.c) reads, in this order:
 *   1. the packaged directory  $(datadir)/kpsa/drivers.d      (KPSA_MANIFESTDIR)
 *   2. the admin directory     $(sysconfdir)/kpsa/drivers.d   (KPSA_SYSCONFDIR)
 *   3. unless the process is privileged (secure_getenv() returns NULL), each
 *      directory of the colon-separated KPSA_DRIVER_PATH.
 * Within a directory only "*.json" files not starting with "." are read, in
 * strcmp() order of their names.  An admin file with the name of a packaged
 * file replaces it, or only disables it when it says "kpsa/disabled": true.
 * A missing directory is skipped silently; any other directory problem is a
 * rejection recorded under the directory's path.
 *
 * Trust: a manifest, a module, and the directory holding either must be
 * owned by root or the effective uid and not writable by group or others; a
 * manifest must be a regular file of at most KPSA_MANIFEST_MAX_SIZE bytes.
 *
 * Every rejection prints one line on stderr,
 *     kpsa: <file>: <JSON path or "module">: <problem>
 * unless KPSA_DEBUG contains "quiet", and is kept in the plugin's record.
 *
 * Loading (module.c): the module is "kpsa/module" as is when absolute, else
 * relative to $(libdir)/kpsa/drivers (KPSA_DRIVERDIR) for packaged and admin
 * manifests and to the manifest's own directory for KPSA_DRIVER_PATH ones.
 * The ABI version is compared before dlopen(RTLD_NOW | RTLD_LOCAL); every
 * function of every declared entry point is resolved before the driver is
 * accepted.
 *
 * None of these functions is thread-safe: the registry calls them under the
 * init lock of psa_crypto_init().
 */
#ifndef KPSA_LOADER_LOADER_H
#define KPSA_LOADER_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "dispatch/driver.h"
#include "loader/manifest.h"

/* Where a manifest was found; decides how a relative module resolves. */
enum kpsa_plugin_origin {
    KPSA_ORIGIN_PACKAGE, /* the packaged manifest directory */
    KPSA_ORIGIN_ADMIN,   /* the administrator's directory */
    KPSA_ORIGIN_PATH     /* a KPSA_DRIVER_PATH directory */
};

/* Upper bound on a driver's capabilities (multipart bindings encode the
 * capability index in 10 bits, see match.c). */
#define KPSA_LOADER_MAX_CAPABILITIES 1023

/*
 * One manifest considered (or one directory that could not be read): a
 * rejected record has a reason; an accepted one gets a driver once loaded.
 */
struct kpsa_plugin {
    char *path;                     /* manifest (or directory) path */
    enum kpsa_plugin_origin origin; /* where it was found */
    char *module_dir;               /* base of a relative "kpsa/module" */
    struct kpsa_manifest *manifest; /* NULL if rejected before parsing */
    char *module_path;              /* resolved module, NULL until known */
    void *handle;                   /* dlopen() handle while loaded */
    struct kpsa_driver *driver;     /* non-NULL while loaded */
    char *reason;                   /* "<where>: <problem>", NULL if none */
    bool disabled;                  /* reason is a configuration decision, not a problem */
    int position;                   /* position in the chain, -1 if not in it */
};

/* The records of one discovery, in discovery order. */
struct kpsa_plugin_set {
    struct kpsa_plugin *items;
    size_t count;
    size_t capacity;
};

/* The directories discovery reads (parameters so that tests can use their own). */
struct kpsa_loader_dirs {
    const char *packaged; /* NULL: none */
    const char *admin;    /* NULL: none */
    const char *modules;  /* base of relative modules of packaged/admin manifests */
    const char *path;     /* colon-separated user directories, NULL: none */
};

/* When true, rejections are recorded but not printed (KPSA_DEBUG=quiet). */
extern bool kpsa_loader_quiet;

/*
 * kpsa_loader_default_dirs - the configured directories, with
 * secure_getenv("KPSA_DRIVER_PATH") as the user path.
 */
void kpsa_loader_default_dirs(struct kpsa_loader_dirs *dirs);

/*
 * kpsa_loader_discover - read and parse every manifest of `dirs`.
 *   [in]  dirs  the directories (kpsa_loader_default_dirs()).
 *   [out] set   an empty set on entry; on return one record per manifest
 *               considered (rejected ones carry their reason).
 * Returns PSA_SUCCESS (whatever was rejected) or PSA_ERROR_INSUFFICIENT_MEMORY;
 * after failure the set holds what was found so far (free it).
 */
psa_status_t kpsa_loader_discover(const struct kpsa_loader_dirs *dirs, struct kpsa_plugin_set *set);

/*
 * kpsa_loader_read_manifest - open, trust-check, read and parse one manifest.
 *   [in]  dirfd  directory for a relative `name` (AT_FDCWD: the cwd).
 *   [in]  name   file name relative to dirfd, or a path.
 *   [in]  path   the path to name in diagnostics.
 *   [out] manifest  on success, the parsed manifest (kpsa_manifest_free()).
 *   [out] diag   on PSA_ERROR_INVALID_ARGUMENT, the problem.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_ARGUMENT (unreadable, untrusted or
 * invalid: see diag) or PSA_ERROR_INSUFFICIENT_MEMORY.  Thread-safe.
 */
psa_status_t kpsa_loader_read_manifest(int dirfd, const char *name, const char *path,
                                       struct kpsa_manifest **manifest, struct kpsa_diag *diag);

/*
 * kpsa_loader_check_trust - may a file (or directory) with this status be
 * trusted?  Owner root or the effective uid, no write permission for group
 * or others.
 *   [out] problem  when untrusted, e.g. "writable by group (mode 0664)".
 * Thread-safe.
 */
bool kpsa_loader_check_trust(const struct stat *st, char *problem, size_t size);

/*
 * kpsa_loader_validate - what the loader requires of a parsed manifest beyond
 * the parser's rules: "kpsa/abi" equal to KPSA_DRIVER_ABI_VERSION, a prefix
 * other than "builtin", at most KPSA_LOADER_MAX_CAPABILITIES capabilities.
 * Nothing is loaded.  A disabling manifest is always valid here.
 *   [out] diag  the problem, on PSA_ERROR_INVALID_ARGUMENT.
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT.  Thread-safe.
 */
psa_status_t kpsa_loader_validate(const struct kpsa_manifest *manifest, struct kpsa_diag *diag);

/*
 * kpsa_loader_load - load the module of an accepted record into a driver.
 *   [in,out] plugin  a record with a manifest and no reason.  On success
 *                    plugin->driver, ->handle and ->module_path are set; on
 *                    rejection plugin->reason is set and nothing stays loaded.
 * Returns PSA_SUCCESS (loaded), PSA_ERROR_INVALID_ARGUMENT (rejected, with
 * the diagnostic printed) or PSA_ERROR_INSUFFICIENT_MEMORY.
 */
psa_status_t kpsa_loader_load(struct kpsa_plugin *plugin);

/* kpsa_loader_unload - dlclose and free a loaded driver; a no-op otherwise. */
void kpsa_loader_unload(struct kpsa_plugin *plugin);

/*
 * kpsa_loader_reject - record (and print, unless quiet) why a plugin is not
 * used: "kpsa: <path>: <where>: <problem>".  Only the first reason is kept.
 * Returns PSA_ERROR_INVALID_ARGUMENT, or PSA_ERROR_INSUFFICIENT_MEMORY if
 * the reason could not be recorded.
 */
psa_status_t kpsa_loader_reject(struct kpsa_plugin *plugin, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * kpsa_loader_note - record why a plugin is not used without printing it
 * (an administrator's decision such as "kpsa/disabled", not a problem).
 */
psa_status_t kpsa_loader_note(struct kpsa_plugin *plugin, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* kpsa_plugin_set_free - unload and free every record; the set becomes empty. */
void kpsa_plugin_set_free(struct kpsa_plugin_set *set);

/*
 * kpsa_registry_plugins - the records of the chain's last successful build
 * (registry.c); empty before psa_crypto_init().  Read-only until the library
 * is torn down.
 */
const struct kpsa_plugin_set *kpsa_registry_plugins(void);

#endif /* KPSA_LOADER_LOADER_H */
