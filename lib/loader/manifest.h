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
 *
 * What "strict" means here (each rule, when broken, gives one diagnostic):
 *  - JSON: RFC 8259 only (no comments, trailing commas, NaN, single quotes),
 *    valid UTF-8, no NUL byte in the file, nothing after the value, a top-level
 *    object, at most KPSA_MANIFEST_MAX_DEPTH deep and KPSA_MANIFEST_MAX_SIZE
 *    bytes.  No property name twice in one object (json-c would silently keep
 *    the last one), even spelt with escapes; no NUL character in any string.
 *  - Required: prefix, type, capabilities, "kpsa/module", "kpsa/abi"; for
 *    opaque drivers also location and key_context (the specification makes
 *    key_context mandatory; kpsa needs the location to route keys).
 *    Opaque-only properties and "fallback" (transparent only) are refused
 *    for the other type.
 *  - Unknown standard properties and unknown "kpsa/..." properties are
 *    errors, at any level; "_comment" must be a string.
 *  - prefix and every "names" value and "size_function" are C identifiers
 *    (at most KPSA_MANIFEST_MAX_PREFIX / KPSA_MANIFEST_MAX_SYMBOL characters).
 *  - Lists (entry_points, algorithms, key_types, key_sizes, capabilities) are
 *    non-empty (omit a filter rather than give an empty one, which would
 *    match nothing) and hold no value twice (an entry point listed twice in
 *    one capability is refused); at most KPSA_MANIFEST_MAX_ITEMS elements,
 *    KPSA_MANIFEST_MAX_CAPABILITIES capabilities, KPSA_MANIFEST_MAX_ITEMS
 *    properties per object.  PSA_ALG_NONE and PSA_KEY_TYPE_NONE are refused
 *    as filters.  key_sizes are integers in 1..PSA_MAX_KEY_BITS.
 *  - "names" keys are functions of the capability's own entry points (for a
 *    family, its functions: "hash_setup" for "hash_multipart").
 *  - The specification's "integer or string" values (location,
 *    persistent_state_size, key_context sizes) are integers or strings holding
 *    a decimal or hexadecimal literal: a run-time loader cannot evaluate C
 *    expressions such as sizeof.  location may also be
 *    "PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT"; it is 1..0xffffff.
 *  - kpsa's own numbers are JSON integers: context sizes 1..1 MiB
 *    (KPSA_MANIFEST_MAX_CONTEXT_SIZE), "kpsa/abi" 1..65535 (the loader
 *    compares it with KPSA_DRIVER_ABI_VERSION), "kpsa/priority"
 *    -1000000..1000000, entropy sizes 0..4096.
 *  - A manifest with "kpsa/disabled": true may contain only that, "prefix"
 *    and "_comment" (not even other implementations' properties).
 *  - Not checked: overlaps between capabilities (the dispatcher takes the
 *    first match in manifest order), whether an entry point suits the
 *    driver type, whether the module exists (the loader's job).
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
/* Longest "prefix", and longest C symbol in "names" / "size_function". */
#define KPSA_MANIFEST_MAX_PREFIX 63
#define KPSA_MANIFEST_MAX_SYMBOL 255
/* Most elements in one JSON array, most properties in one JSON object. */
#define KPSA_MANIFEST_MAX_ITEMS 256
/* Most capabilities in one manifest. */
#define KPSA_MANIFEST_MAX_CAPABILITIES 64
/* Largest operation context, persistent state or key context size, bytes. */
#define KPSA_MANIFEST_MAX_CONTEXT_SIZE (1024 * 1024)

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
    /* opaque: "key_context": {"base_size": n, ...} (0 / false / NULL when absent) */
    size_t key_context_base_size;
    size_t key_context_key_pair_size;
    size_t key_context_public_key_size;
    size_t key_context_symmetric_factor;
    size_t key_context_builtin_key_size;
    bool key_context_has_builtin_key_size;
    bool key_context_store_public_key;
    char *key_context_size_function;
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
