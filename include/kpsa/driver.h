/*
 * kpsa/driver.h - what a kpsa crypto driver sees of the core.
 *
 * A kpsa driver is a shared object whose entry points have the prototypes of
 * the PSA Certified Crypto Driver Interface ("Driver entry points"): for a
 * driver with prefix "acme", acme_hash_compute(), acme_mac_sign_setup(), ...
 * The core finds them by name (or through a capability's "names" mapping)
 * after reading the driver's JSON manifest; see kpsa-driver(5).
 *
 * This header adds what the specification leaves to the implementation:
 *
 *  - KPSA_DRIVER_ABI_VERSION, which a manifest declares as "kpsa/abi" and the
 *    loader compares with its own before it calls anything in the module.
 *
 *  - Per-key prepared state.  A transparent driver that declares
 *    "kpsa/key_state": true in its manifest exports
 *        psa_status_t acme_key_state_create(const psa_key_attributes_t *attributes,
 *                                           const uint8_t *key_buffer,
 *                                           size_t key_buffer_size,
 *                                           void **state);
 *        void acme_key_state_destroy(void *state);
 *    The core calls create the first time it hands a key to that driver and
 *    destroy when the key is destroyed or purged.  On every later call with
 *    that key, kpsa_driver_key_state() on the attributes the driver receives
 *    returns the state.  States are never shared between keys; the core may
 *    hand one state to several threads at once, so a driver must make its use
 *    of the state thread-safe.  The key material stays with the core, in
 *    export format, so any driver of the chain can still serve the key.
 *
 *  - Operation context sizes.  Multipart entry points take a pointer to the
 *    driver's context type; the driver tells the core how large that type is
 *    through the manifest ("kpsa/context_sizes").  The core places contexts of
 *    up to KPSA_OPERATION_CONTEXT_SIZE bytes inside the application's
 *    operation object and allocates larger ones; a context is all-bits-zero
 *    before the setup entry point, aligned for any scalar type, and must not
 *    be moved by the driver.
 *
 *  - Teardown.  A driver that declares the "init" entry point may also export
 *        void acme_deinit(void);
 *    which the core calls, in reverse chain order, when the library is torn
 *    down (only if acme_init succeeded), before it unloads the module.
 *
 *  - Multipart lifecycle.  The core zeroes a context before the setup entry
 *    point; if setup fails it calls nothing else on that context.  If any
 *    other entry point fails, the core calls the family's abort.  After a
 *    finish entry point (hash_finish, mac_sign_finish, mac_verify_finish,
 *    cipher_finish, aead_finish, aead_verify) returns, successfully or not,
 *    the core calls nothing more on the context, except the family's abort
 *    after a failed hash_finish: finish entry points release what the
 *    context holds.  Abort must accept a context whose setup succeeded and
 *    may be called at any point after it.
 *
 * Drivers read key attributes only through the psa_get_key_*() accessors of
 * <psa/crypto.h>; the layout of psa_key_attributes_t is not part of the ABI.
 */
#ifndef KPSA_DRIVER_H
#define KPSA_DRIVER_H

#include <psa/crypto.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Everything declared here is part of libkpsa's ABI. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/* Version of the binary interface between the core and driver modules. */
#define KPSA_DRIVER_ABI_VERSION 1

/* Flags of the get_entropy entry point (driver specification). */
typedef uint32_t psa_driver_get_entropy_flags_t;
#define PSA_DRIVER_GET_ENTROPY_NONBLOCK ((psa_driver_get_entropy_flags_t)0x1)
#define PSA_DRIVER_GET_ENTROPY_KEEPALIVE ((psa_driver_get_entropy_flags_t)0x2)

/*
 * kpsa_driver_key_state - the caller's prepared state for the key.
 *   [in] attributes  the attributes the core passed to the entry point.
 * Returns the state the driver's key_state_create made for this key, or NULL
 * when the driver declares no key state or the key is transient (for example
 * a key being imported).  The state stays valid until the entry point returns.
 * Thread-safe.
 */
void *kpsa_driver_key_state(const psa_key_attributes_t *attributes);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KPSA_DRIVER_H */
