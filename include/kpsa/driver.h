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

/* ---- key derivation drivers ----------------------------------------------
 *
 * The "key_derivation" family (driver specification, "Driver entry points
 * for key derivation"):
 *     psa_status_t acme_key_derivation_setup(acme_key_derivation_operation_t *op,
 *             psa_algorithm_t alg, const psa_crypto_driver_key_derivation_inputs_t *inputs);
 *     psa_status_t acme_key_derivation_input_step(acme_key_derivation_operation_t *op,
 *             psa_key_derivation_step_t step, const uint8_t *input, size_t input_length);
 *                                                         (optional: long inputs)
 *     psa_status_t acme_key_derivation_output_bytes(acme_key_derivation_operation_t *op,
 *             uint8_t *output, size_t length);
 *     psa_status_t acme_key_derivation_abort(acme_key_derivation_operation_t *op);
 * alg is a key derivation algorithm without a key agreement component.  The
 * core collects every input the application gives and calls setup once, when
 * the first output is requested, with all of them; the driver copies what it
 * needs during setup.  The core enforces the capacity: output_bytes is never
 * asked for more than remains.  A failing setup leaves nothing to abort; after
 * any other failure the core calls abort; abort is always the last call.
 */

/* An opaque view of the inputs of a key derivation, valid during setup. */
typedef struct kpsa_kdf_inputs psa_crypto_driver_key_derivation_inputs_t;

typedef enum psa_crypto_driver_key_derivation_input_type_t {
    PSA_KEY_DERIVATION_INPUT_TYPE_INVALID = 0,
    PSA_KEY_DERIVATION_INPUT_TYPE_OMITTED,
    PSA_KEY_DERIVATION_INPUT_TYPE_BYTES,
    PSA_KEY_DERIVATION_INPUT_TYPE_KEY,
    PSA_KEY_DERIVATION_INPUT_TYPE_INTEGER
} psa_crypto_driver_key_derivation_input_type_t;

/* How step is given: INVALID for a step the algorithm does not take, OMITTED
 * for an optional step not given, else BYTES, KEY or INTEGER. */
psa_crypto_driver_key_derivation_input_type_t psa_crypto_driver_key_derivation_get_input_type(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step);

/*
 * The accessors below return PSA_SUCCESS; PSA_ERROR_DOES_NOT_EXIST for a
 * step the algorithm takes that is not among the inputs;
 * PSA_ERROR_INVALID_ARGUMENT when the step is of another input type (or
 * omitted, or invalid for the algorithm); get_input_bytes also
 * PSA_ERROR_BUFFER_TOO_SMALL.  None of these errors is fatal.
 *  - get_input_size: the length of a BYTES or KEY step.
 *  - get_input_bytes: copies a BYTES or KEY step (the key's buffer, which for
 *    a key in local storage is its export format).
 *  - get_input_key: *p_key_buffer / *key_buffer_size point at the key buffer
 *    of a KEY step, valid until setup returns.  attributes is reserved (the
 *    specification does not define its role): kpsa ignores it; pass NULL.
 *  - get_input_integer: the value of an INTEGER step.
 */
psa_status_t psa_crypto_driver_key_derivation_get_input_size(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    size_t *size);
psa_status_t psa_crypto_driver_key_derivation_get_input_bytes(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint8_t *buffer, size_t buffer_size, size_t *buffer_length);
psa_status_t psa_crypto_driver_key_derivation_get_input_key(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    const psa_key_attributes_t *attributes, uint8_t **p_key_buffer, size_t *key_buffer_size);
psa_status_t psa_crypto_driver_key_derivation_get_input_integer(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_derivation_step_t step,
    uint64_t *value);

/*
 * kpsa extension: a pseudo input step, always of type INTEGER, whose value
 * (get_input_integer) is the operation's capacity when setup is called.  The
 * specification gives transparent drivers no set_capacity entry point, yet
 * the SP 800-108 counter-mode KDFs need the output length L = 8 * capacity,
 * fixed at the first output: setup is called exactly then.
 */
#define KPSA_KEY_DERIVATION_INPUT_CAPACITY ((psa_key_derivation_step_t)0x7f01)

/*
 * kpsa_driver_key_derivation_get_secret_attributes - kpsa extension: the
 * attributes (type, bits, usage, algorithm) of the key given as the SECRET
 * step, which the accessors of the specification do not tell (the reserved
 * `attributes` parameter of get_input_key).  A driver needs the type where
 * an algorithm takes several, as SP 800-108 counter mode with CMAC does
 * (any block cipher with CMAC).
 *   [in]  inputs      as passed to key_derivation_setup.
 *   [out] attributes  on success the key's attributes.
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT when the secret was not
 * given as a key (bytes, a key agreement, or not at all) or a pointer is NULL.
 */
psa_status_t kpsa_driver_key_derivation_get_secret_attributes(
    const psa_crypto_driver_key_derivation_inputs_t *inputs, psa_key_attributes_t *attributes);

/* ---- PAKE drivers ---------------------------------------------------------
 *
 * The "pake" family (a kpsa definition; the driver specification has none
 * yet), for the PAKE interface of the Crypto API 1.2:
 *     psa_status_t acme_pake_setup(acme_pake_operation_t *op,
 *             const psa_crypto_driver_pake_inputs_t *inputs);
 *     psa_status_t acme_pake_output(acme_pake_operation_t *op, psa_pake_step_t step,
 *             uint8_t *output, size_t output_size, size_t *output_length);
 *     psa_status_t acme_pake_input(acme_pake_operation_t *op, psa_pake_step_t step,
 *             const uint8_t *input, size_t input_length);
 *     psa_status_t acme_pake_get_shared_key(acme_pake_operation_t *op,
 *             uint8_t *output, size_t output_size, size_t *output_length);
 *     psa_status_t acme_pake_abort(acme_pake_operation_t *op);
 * The core records psa_pake_setup(), _set_role(), _set_user(), _set_peer()
 * and _set_context() and calls setup once, at the first psa_pake_output() or
 * psa_pake_input(), with all of them; the driver copies what it needs.  The
 * driver sequences the protocol's steps itself and answers a step out of
 * order with PSA_ERROR_BAD_STATE.  get_shared_key writes the shared secret
 * (the value psa_pake_get_shared_key() turns into a key) and is a finish
 * entry point: the core calls nothing more on the context afterwards.  A
 * failing setup leaves nothing to abort; after any other failure the core
 * calls abort.
 */

/* An opaque view of the inputs of a PAKE, valid during setup. */
typedef struct kpsa_pake_inputs psa_crypto_driver_pake_inputs_t;

/*
 * Accessors, each returning PSA_SUCCESS, PSA_ERROR_BAD_STATE for an input the
 * application did not give (user, peer, context, role) and, for the copying
 * ones, PSA_ERROR_BUFFER_TOO_SMALL.
 *  - password: the password key's buffer (its export format), and a copy of
 *    its attributes (type, bits, usage, algorithm).
 *  - user, peer, context: the identities / context bytes as given.
 *  - role: the role given to psa_pake_set_role().
 *  - cipher suite: a copy of the one given to psa_pake_setup().
 */
psa_status_t psa_crypto_driver_pake_get_password_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                     size_t *password_len);
psa_status_t psa_crypto_driver_pake_get_password(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 uint8_t *buffer, size_t buffer_size,
                                                 size_t *buffer_length);
psa_status_t psa_crypto_driver_pake_get_password_attributes(
    const psa_crypto_driver_pake_inputs_t *inputs, psa_key_attributes_t *attributes);
psa_status_t psa_crypto_driver_pake_get_user_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 size_t *user_len);
psa_status_t psa_crypto_driver_pake_get_user(const psa_crypto_driver_pake_inputs_t *inputs,
                                             uint8_t *user_id, size_t user_id_size,
                                             size_t *user_id_len);
psa_status_t psa_crypto_driver_pake_get_peer_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                 size_t *peer_len);
psa_status_t psa_crypto_driver_pake_get_peer(const psa_crypto_driver_pake_inputs_t *inputs,
                                             uint8_t *peer_id, size_t peer_id_size,
                                             size_t *peer_id_length);
psa_status_t psa_crypto_driver_pake_get_context_len(const psa_crypto_driver_pake_inputs_t *inputs,
                                                    size_t *context_len);
psa_status_t psa_crypto_driver_pake_get_context(const psa_crypto_driver_pake_inputs_t *inputs,
                                                uint8_t *context, size_t context_size,
                                                size_t *context_length);
psa_status_t psa_crypto_driver_pake_get_role(const psa_crypto_driver_pake_inputs_t *inputs,
                                             psa_pake_role_t *role);
psa_status_t psa_crypto_driver_pake_get_cipher_suite(const psa_crypto_driver_pake_inputs_t *inputs,
                                                     psa_pake_cipher_suite_t *cipher_suite);

/* ---- custom key generation -------------------------------------------------
 *
 * A driver with the "generate_key" entry point may also export
 *     psa_status_t acme_generate_key_custom(const psa_key_attributes_t *attributes,
 *             const psa_custom_key_parameters_t *custom, const uint8_t *custom_data,
 *             size_t custom_data_length, uint8_t *key_buffer, size_t key_buffer_size,
 *             size_t *key_buffer_length);
 * which psa_generate_key_custom() calls with non-default parameters (a
 * driver without it is passed over for such calls, as if it had answered
 * PSA_ERROR_NOT_SUPPORTED).
 */

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* KPSA_DRIVER_H */
