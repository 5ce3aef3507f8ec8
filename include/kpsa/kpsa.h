/*
 * kpsa/kpsa.h - kpsa's extensions to the PSA Crypto API.
 *
 * Everything here is specific to kpsa; portable applications use only
 * <psa/crypto.h>.  These functions never need psa_crypto_init() unless stated.
 */
#ifndef KPSA_KPSA_H
#define KPSA_KPSA_H

#include <stddef.h>

#include <psa/crypto.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Everything declared here is part of libkpsa's ABI. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/*
 * kpsa_status_name - the PSA name of a status code.
 *   [in] status  any psa_status_t value.
 * Returns a static string such as "PSA_ERROR_NOT_SUPPORTED", or
 * "PSA_ERROR_<unknown>" for values the API does not define.  Thread-safe.
 */
const char *kpsa_status_name(psa_status_t status);

/*
 * kpsa_version - the library's version string, e.g. "0.1.0".  Thread-safe.
 */
const char *kpsa_version(void);

/* Information about one driver of the chain, for tools and diagnostics. */
struct kpsa_driver_info {
    const char *prefix;      /* the driver's prefix, e.g. "builtin" */
    int opaque;              /* 0: transparent, 1: opaque */
    unsigned position;       /* position in the chain, 0 = first tried */
};

/*
 * kpsa_driver_count / kpsa_driver_get - walk the driver chain.
 *   [in]  index  position in the chain, 0 .. kpsa_driver_count() - 1.
 *   [out] info   filled on success; the strings live until the library unloads.
 * kpsa_driver_count() returns 0 before psa_crypto_init().
 * kpsa_driver_get() returns PSA_SUCCESS, PSA_ERROR_BAD_STATE before
 * psa_crypto_init(), PSA_ERROR_INVALID_ARGUMENT for a NULL info or an index
 * past the end.  Thread-safe.
 */
size_t kpsa_driver_count(void);
psa_status_t kpsa_driver_get(size_t index, struct kpsa_driver_info *info);

/*
 * kpsa_hash_operation_driver / _mac_ / _cipher_ / _aead_ - prefix of the
 * driver bound to an active operation, or NULL when it is inactive.  The
 * string lives until the library unloads.
 */
const char *kpsa_hash_operation_driver(const psa_hash_operation_t *operation);
const char *kpsa_mac_operation_driver(const psa_mac_operation_t *operation);
const char *kpsa_cipher_operation_driver(const psa_cipher_operation_t *operation);
const char *kpsa_aead_operation_driver(const psa_aead_operation_t *operation);

/*
 * kpsa_last_driver - prefix of the driver that served (returned a final
 * status for) the calling thread's most recent dispatched call, or NULL if
 * none yet, or if no driver was left to answer that call (an asymmetric call
 * no driver declares: PSA_ERROR_NOT_SUPPORTED from the dispatcher itself).
 * Meant for tools such as "kpsa tour" and for tests.  The string lives until
 * the library unloads.
 */
const char *kpsa_last_driver(void);

/*
 * ---- Driver plugins: what was found, what was loaded, who serves what ----
 *
 * psa_crypto_init() reads the driver manifests (see kpsa-driver(5) for the
 * directories and the format) and loads the drivers they describe.  The
 * functions below report on that, for tools such as "kpsa drivers" and
 * "kpsa which".  Unless stated otherwise they need a successful
 * psa_crypto_init(); their strings live until the library unloads, and they
 * are thread-safe.
 */

/* Room that any kpsa diagnostic fits in, terminating NUL included. */
#define KPSA_DIAGNOSTIC_SIZE 1024

/* One manifest the library considered, loaded or not. */
struct kpsa_manifest_info {
    const char *manifest; /* the manifest's path (or a directory that could not be read) */
    const char *module;   /* the module's resolved path; NULL if not known */
    const char *prefix;   /* the driver's prefix; NULL if the manifest is unreadable */
    int opaque;           /* 0: transparent, 1: opaque */
    psa_key_location_t location; /* opaque drivers: the location they serve */
    int priority;         /* "kpsa/priority" */
    int loaded;           /* 1: the driver is in the chain, at `position` */
    int position;         /* position in the chain, -1 when not loaded */
    int disabled;         /* 1: not loaded by configuration ("kpsa/disabled", an override) */
    const char *reason;   /* NULL when loaded, else why not: "<JSON path or module>: <problem>" */
};

/*
 * kpsa_manifest_count / kpsa_manifest_get - the manifests considered by
 * psa_crypto_init(), in discovery order.
 *   [in]  index  0 .. kpsa_manifest_count() - 1.
 *   [out] info   filled on success.
 * kpsa_manifest_count() returns 0 before psa_crypto_init().
 * kpsa_manifest_get() returns PSA_SUCCESS, PSA_ERROR_BAD_STATE before
 * psa_crypto_init(), or PSA_ERROR_INVALID_ARGUMENT for a NULL info or an
 * index past the end.
 */
size_t kpsa_manifest_count(void);
psa_status_t kpsa_manifest_get(size_t index, struct kpsa_manifest_info *info);

/* One capability of a driver in the chain: the sizes of its lists. */
struct kpsa_capability_info {
    size_t entry_point_count; /* entry points and families it declares */
    size_t algorithm_count;   /* 0: any algorithm */
    size_t key_type_count;    /* 0: any key type */
    size_t key_size_count;    /* 0: any key size */
    int fallback;             /* 1: "fallback": true */
};

/* The lists of a capability, for kpsa_capability_item(). */
enum kpsa_capability_list {
    KPSA_CAPABILITY_ENTRY_POINTS, /* names as in manifests, e.g. "mac_multipart" */
    KPSA_CAPABILITY_ALGORITHMS,   /* e.g. "PSA_ALG_HMAC(PSA_ALG_ANY_HASH)" */
    KPSA_CAPABILITY_KEY_TYPES,    /* e.g. "PSA_KEY_TYPE_ECC_KEY_PAIR(_)" */
    KPSA_CAPABILITY_KEY_SIZES     /* decimal bits, e.g. "256" */
};

/*
 * kpsa_capability_count - number of capabilities of the driver at a chain
 * position (see kpsa_driver_get()); 0 before psa_crypto_init() or past the end.
 */
size_t kpsa_capability_count(size_t position);

/*
 * kpsa_capability_get - describe capability `capability` of the driver at
 * chain position `position`.
 *   [out] info  filled on success.
 * Returns PSA_SUCCESS, PSA_ERROR_BAD_STATE before psa_crypto_init(), or
 * PSA_ERROR_INVALID_ARGUMENT for a NULL info or an index past the end.
 */
psa_status_t kpsa_capability_get(size_t position, size_t capability,
                                 struct kpsa_capability_info *info);

/*
 * kpsa_capability_item - one element of a capability's list, as text in the
 * manifest syntax.
 *   [in]  list   which list; index 0 .. the matching count of
 *                struct kpsa_capability_info - 1.
 *   [out] buf, size  receives the NUL-terminated text; 257 bytes always suffice.
 * Returns PSA_SUCCESS, PSA_ERROR_BAD_STATE before psa_crypto_init(),
 * PSA_ERROR_INVALID_ARGUMENT (NULL buf, unknown list, index past the end) or
 * PSA_ERROR_BUFFER_TOO_SMALL (buf is then left empty when size > 0).
 */
psa_status_t kpsa_capability_item(size_t position, size_t capability,
                                  enum kpsa_capability_list list, size_t index, char *buf,
                                  size_t size);

/* One driver that a call would be offered to. */
struct kpsa_candidate {
    const char *prefix;  /* the driver */
    unsigned position;   /* its position in the chain */
    unsigned capability; /* index of its first matching capability */
    int fallback;        /* 1: on PSA_ERROR_NOT_SUPPORTED the next candidate is tried */
};

/*
 * kpsa_which - the drivers a call would be offered to, in the order the
 * dispatcher tries them: every candidate up to and including the first one
 * without fallback (the built-in driver ends every chain of transparent drivers).
 *   [in]  entry_point  the call, named like a manifest entry point: e.g.
 *                      "hash_compute", "mac_compute", "mac_verify",
 *                      "cipher_encrypt", "aead_decrypt", a multipart family
 *                      ("mac_multipart", "aead_encrypt_multipart") or its setup
 *                      function ("mac_sign_setup"), "import_key", ...
 *                      Single-part calls include the drivers that serve them
 *                      through their multipart entry points, as the dispatcher does.
 *   [in]  alg          the algorithm; 0 for calls without one (key management).
 *   [in]  key_type     the key's type; 0 for key-less calls.
 *   [in]  key_bits     the key's size in bits; 0 when unknown.
 *   [in]  location     the key's location (PSA_KEY_LOCATION_LOCAL_STORAGE for
 *                      transparent keys and key-less calls).
 *   [out] candidates   up to `capacity` candidates.
 *   [out] count        the number of candidates (also when they do not fit).
 * Returns PSA_SUCCESS (*count may be 0: no driver serves the call),
 * PSA_ERROR_BAD_STATE before psa_crypto_init(), PSA_ERROR_INVALID_ARGUMENT
 * (NULL pointers, an unknown entry point, key_bits above PSA_MAX_KEY_BITS) or
 * PSA_ERROR_BUFFER_TOO_SMALL (the first `capacity` are filled; 32 always suffice).
 */
psa_status_t kpsa_which(const char *entry_point, psa_algorithm_t alg, psa_key_type_t key_type,
                        size_t key_bits, psa_key_location_t location,
                        struct kpsa_candidate *candidates, size_t capacity, size_t *count);

/*
 * kpsa_algorithm_parse / kpsa_key_type_parse - the value of a specification
 * in C macro syntax, as manifests write it: "PSA_ALG_HMAC(PSA_ALG_SHA_256)",
 * "PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)".  A key type must be
 * one type: the "_" wildcard of manifests is refused.
 *   [in]  text   NUL-terminated specification.
 *   [out] alg / type  the value.
 *   [out] error, error_size  on failure, a short reason (may be NULL, 0).
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT.  No psa_crypto_init() needed.
 */
psa_status_t kpsa_algorithm_parse(const char *text, psa_algorithm_t *alg, char *error,
                                  size_t error_size);
psa_status_t kpsa_key_type_parse(const char *text, psa_key_type_t *type, char *error,
                                 size_t error_size);

/*
 * kpsa_manifest_check - validate one driver manifest without loading its
 * module, with the rules psa_crypto_init() applies: the file's ownership and
 * mode, its size, the JSON, every standard and "kpsa/..." property, the ABI
 * version.
 *   [in]  path  the manifest file.
 *   [out] diagnostic, size  on PSA_ERROR_INVALID_ARGUMENT, the problem as
 *                "<JSON path>: <problem>" (truncated to fit;
 *                KPSA_DIAGNOSTIC_SIZE always suffices); else an empty string.
 * Returns PSA_SUCCESS (valid), PSA_ERROR_INVALID_ARGUMENT (invalid, or a NULL
 * path) or PSA_ERROR_INSUFFICIENT_MEMORY.  No psa_crypto_init() needed.
 */
psa_status_t kpsa_manifest_check(const char *path, char *diagnostic, size_t size);

/*
 * ---- persistent keys ----
 *
 * Keys whose lifetime is persistent live in the storage directory, one file
 * per key (the directory rules and the record format: kpsa-storage(5)).  The
 * functions below read the store for tools such as "kpsa keys"; they never
 * create a key in the key store and never return key material.  They need a
 * successful psa_crypto_init() (PSA_ERROR_BAD_STATE otherwise) and are
 * thread-safe.
 */

/*
 * kpsa_storage_dir - the storage directory in use (chosen, created and
 * checked on first use), or NULL.
 *   [out] status  (may be NULL) PSA_SUCCESS, PSA_ERROR_BAD_STATE, or
 *                 PSA_ERROR_STORAGE_FAILURE when the directory cannot be used
 *                 (one diagnostic on standard error says why) or another
 *                 storage status (PSA_ERROR_INSUFFICIENT_STORAGE, ...).
 * The string lives until the library unloads.
 */
const char *kpsa_storage_dir(psa_status_t *status);

/*
 * kpsa_persistent_key_list - the ids of the keys in the store, ascending.
 *   [out] ids    up to `capacity` ids (may be NULL when capacity is 0).
 *   [out] count  the number of keys in the store (also when more than capacity:
 *                the first `capacity` ids are written).
 * Returns PSA_SUCCESS, PSA_ERROR_BAD_STATE, PSA_ERROR_INVALID_ARGUMENT (NULL
 * count, NULL ids with capacity > 0), PSA_ERROR_INSUFFICIENT_MEMORY or a
 * storage status (PSA_ERROR_STORAGE_FAILURE, ...).  A key listed may be
 * destroyed by another process before it is used.
 */
psa_status_t kpsa_persistent_key_list(psa_key_id_t *ids, size_t capacity, size_t *count);

/*
 * kpsa_persistent_key_check - read and verify the record of one key without
 * creating the key.
 *   [in]  id          a persistent key id.
 *   [out] attributes  (may be NULL) the stored attributes on success; reset to
 *                     PSA_KEY_ATTRIBUTES_INIT on failure.
 * Returns PSA_SUCCESS (the record is intact and usable),
 * PSA_ERROR_BAD_STATE, PSA_ERROR_DOES_NOT_EXIST, PSA_ERROR_DATA_CORRUPT (the
 * record fails its integrity check or is truncated), PSA_ERROR_DATA_INVALID
 * (intact, but kpsa cannot use it: unknown format version, another key's id,
 * inconsistent attributes), PSA_ERROR_INSUFFICIENT_MEMORY or a storage status.
 */
psa_status_t kpsa_persistent_key_check(psa_key_id_t id, psa_key_attributes_t *attributes);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KPSA_KPSA_H */
