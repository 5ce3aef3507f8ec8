/*
 * manifest.h - driver descriptions (PSA driver description JSON) parsed and
 * validated, without loading anything.
 *
 * A manifest is strict about the standard properties of the specification
 * (prefix, type, headers, capabilities with entry_points, algorithms,
 * key_types, key_sizes, names, fallback; for opaque drivers location,
 * key_context, persistent_state_size) and about kpsa's own "kpsa/..."
 * properties; it ignores "_comment" anywhere and other implementations'
 * "<name>/..." properties.  Algorithm and key type specifications are parsed
 * from their C macro syntax (algspec.h).
 *
 * kpsa properties (top level):
 *   "kpsa/module"         string, required: the shared object's file name,
 *                         relative to the driver directory (no "/" allowed)
 *                         or absolute.
 *   "kpsa/abi"            integer, required: KPSA_DRIVER_ABI_VERSION it was built for.
 *   "kpsa/priority"       integer, optional (default 0): lower is tried first;
 *                         equal priorities keep file-name order.
 *   "kpsa/context_sizes"  object, optional: {"hash": n, "mac": n, "cipher": n,
 *                         "aead": n, "random": n} — sizes of the driver's
 *                         operation context types, required for each
 *                         multipart family the driver declares.
 *   "kpsa/key_state"      boolean, optional: the driver exports
 *                         <prefix>_key_state_create/_destroy (see <kpsa/driver.h>).
 *   "kpsa/disabled"       boolean, optional: an administrator's manifest that
 *                         only disables the packaged manifest of the same name.
 *   "kpsa/random"         object, optional, for the "random" family:
 *                         {"initial_entropy_size": n, "reseed_entropy_size": n}.
 */
#ifndef KPSA_LOADER_MANIFEST_H
#define KPSA_LOADER_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>

#include "dispatch/driver.h"

/* Where a diagnostic points: the file, a JSON path like
 * "$.capabilities[2].algorithms[0]", and what is wrong. */
struct kpsa_diag {
    char file[512];
    char path[256];
    char message[256];
};

/* Maximum manifest size accepted, bytes (larger files are rejected unread). */
#define KPSA_MANIFEST_MAX_SIZE (256 * 1024)
/* Maximum JSON nesting depth accepted. */
#define KPSA_MANIFEST_MAX_DEPTH 16

struct kpsa_manifest_capability {
    uint64_t entry_points;                 /* KPSA_EP_BIT set of declared entry points */
    psa_algorithm_t *algorithms;           /* patterns; NULL/0: no filter */
    size_t algorithm_count;
    struct kpsa_key_type_spec *key_types;  /* NULL/0: no filter */
    size_t key_type_count;
    size_t *key_sizes;                     /* NULL/0: no filter */
    size_t key_size_count;
    /* "names": function name (e.g. "hash_setup") -> C symbol; NULL entries
     * mean "<prefix>_<function>". Indexed like kpsa_ep_family functions are
     * resolved: see kpsa_manifest_symbol(). */
    char **name_keys;
    char **name_values;
    size_t name_count;
    bool fallback;
};

struct kpsa_manifest {
    char *file;                /* the manifest's path as given */
    char *prefix;
    enum kpsa_driver_type type;
    psa_key_location_t location;        /* opaque */
    size_t persistent_state_size;       /* opaque */
    size_t key_context_base_size;       /* opaque: "key_context": {"base_size": n, ...} */
    struct kpsa_manifest_capability *capabilities;
    size_t capability_count;
    char *module;
    unsigned abi;
    int priority;
    struct kpsa_context_sizes context_sizes;
    size_t random_initial_entropy;
    size_t random_reseed_entropy;
    bool key_state;
    bool disabled;
};

/*
 * kpsa_manifest_parse - parse and validate a manifest.
 *   [in]  file  the manifest's path (for diagnostics; copied).
 *   [in]  text, length  the file's content (not NUL-terminated necessarily).
 *   [out] manifest  on success, a new manifest to free with kpsa_manifest_free.
 *   [out] diag  on failure, the one diagnostic (first problem found).
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_ARGUMENT (the manifest is invalid:
 * see diag) or PSA_ERROR_INSUFFICIENT_MEMORY.  Never crashes on any input.
 * Thread-safe.
 */
psa_status_t kpsa_manifest_parse(const char *file, const char *text, size_t length,
                                 struct kpsa_manifest **manifest, struct kpsa_diag *diag);

/* kpsa_manifest_free - release a manifest; NULL is accepted. */
void kpsa_manifest_free(struct kpsa_manifest *manifest);

/*
 * kpsa_manifest_symbol - the C symbol of an entry-point function for a
 * capability: its "names" mapping if present, else "<prefix>_<function>".
 *   [out] buf  receives the name; returns false if it does not fit.
 */
bool kpsa_manifest_symbol(const struct kpsa_manifest *manifest,
                          const struct kpsa_manifest_capability *capability,
                          const char *function, char *buf, size_t size);

#endif /* KPSA_LOADER_MANIFEST_H */
