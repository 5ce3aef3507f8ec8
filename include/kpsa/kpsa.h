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
 * none yet.  Meant for tools such as "kpsa tour" and for tests.  The string
 * lives until the library unloads.
 */
const char *kpsa_last_driver(void);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KPSA_KPSA_H */
