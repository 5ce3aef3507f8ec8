/*
 * dispatch.h - the one path from the API layer to the drivers.
 *
 * The registry orders the drivers once, at psa_crypto_init(): plugin drivers
 * in their configured order, then the built-in driver, always last.  For each
 * call the dispatcher walks the candidates for (entry point, algorithm, key
 * type, key size, key location): a transparent driver is a candidate for keys
 * in local storage and key-less operations when one of its capabilities
 * matches; an opaque driver is the only candidate for keys in its location.
 * PSA_ERROR_NOT_SUPPORTED from a candidate whose matching capability has
 * "fallback": true passes the call to the next candidate; any other status is
 * final.
 *
 * A multipart operation is bound at setup to the driver whose setup entry
 * point succeeded; the operation object records it (kpsa_driver) and holds
 * the driver's context.  The dispatcher implements the driver lifecycle: a
 * failed setup leaves nothing to abort; after a failing non-finish entry point
 * the driver's abort runs; after a finish entry point (success or failure) no
 * other entry point of the driver is called.  In every case the operation
 * object is left inactive (all-bits-zero header) when the operation ends.
 *
 * The API layer does the argument checks, the state machines and the key
 * policy; the functions here assume those were done.  All functions are
 * thread-safe for distinct operation objects.
 */
#ifndef KPSA_DISPATCH_H
#define KPSA_DISPATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dispatch/driver.h"

/* ---- registry -------------------------------------------------------- */

/* Upper bound on drivers in one chain (built-in included). */
#define KPSA_MAX_DRIVERS 32

/*
 * kpsa_registry_init - build the driver chain and run every driver's init.
 * Called once by psa_crypto_init() with the init lock held.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY, or the status of a
 * failing init entry point (the chain is then torn down again).
 */
psa_status_t kpsa_registry_init(void);

/* kpsa_registry_free - release the chain (library destructor, tests). */
void kpsa_registry_free(void);

/* Number of drivers in the chain, and the driver at a position (NULL past the end). */
unsigned kpsa_registry_count(void);
const struct kpsa_driver *kpsa_registry_driver(unsigned index);

/*
 * The chain itself, for the walk's inner loop (match.c): each driver with the
 * union of its capabilities' entry points, so that a driver declaring none of
 * a call's entry points is skipped with one test and no call.  Written only
 * by kpsa_registry_init() and kpsa_registry_free(); read-only in between.
 */
struct kpsa_chain_link {
    const struct kpsa_driver *driver;
    uint64_t entry_points;
};
extern struct kpsa_chain_link kpsa_registry_chain[KPSA_MAX_DRIVERS];
extern unsigned kpsa_registry_length;

/* ---- keys as the dispatcher sees them -------------------------------- */

/* Per-key prepared driver states (opaque; owned by the key's slot). */
struct kpsa_key_states;

/*
 * A key handed to the dispatcher: attributes and key buffer owned by the
 * caller for the duration of the call.  states points into the key slot and
 * may be NULL (no prepared state is then made, e.g. for a key being created).
 */
struct kpsa_key_view {
    const psa_key_attributes_t *attributes;
    const uint8_t *buffer;
    size_t size;
    struct kpsa_key_states *_Atomic *states;
};

/*
 * kpsa_key_states_free - destroy every driver's prepared state for a key.
 * Called by the key store when the key is destroyed or purged, with no other
 * user of the key left.  NULL is accepted.
 */
void kpsa_key_states_free(struct kpsa_key_states *states);

/* ---- single-part entry points ----------------------------------------- */

psa_status_t kpsa_dispatch_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *hash, size_t hash_size,
                                        size_t *hash_length);

psa_status_t kpsa_dispatch_mac_compute(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                       const uint8_t *input, size_t input_length, uint8_t *mac,
                                       size_t mac_size, size_t *mac_length);
/* Uses the driver's mac_verify, else mac_compute and a constant-time compare. */
psa_status_t kpsa_dispatch_mac_verify(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                      const uint8_t *input, size_t input_length, const uint8_t *mac,
                                      size_t mac_length);

psa_status_t kpsa_dispatch_cipher_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *iv, size_t iv_length, const uint8_t *input,
                                          size_t input_length, uint8_t *output, size_t output_size,
                                          size_t *output_length);
/* input = IV followed by the payload, as psa_cipher_decrypt() receives it. */
psa_status_t kpsa_dispatch_cipher_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *input, size_t input_length,
                                          uint8_t *output, size_t output_size,
                                          size_t *output_length);

psa_status_t kpsa_dispatch_aead_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *nonce, size_t nonce_length,
                                        const uint8_t *ad, size_t ad_length,
                                        const uint8_t *plaintext, size_t plaintext_length,
                                        uint8_t *ciphertext, size_t ciphertext_size,
                                        size_t *ciphertext_length);
psa_status_t kpsa_dispatch_aead_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *nonce, size_t nonce_length,
                                        const uint8_t *ad, size_t ad_length,
                                        const uint8_t *ciphertext, size_t ciphertext_length,
                                        uint8_t *plaintext, size_t plaintext_size,
                                        size_t *plaintext_length);

/*
 * Asymmetric signatures, encryption and raw key agreement (asym.c).  A
 * candidate whose table lacks the function for the call answers
 * PSA_ERROR_NOT_SUPPORTED without being called.  When no candidate gives a
 * final answer (the built-in driver declares none of these entry points yet)
 * the call returns PSA_ERROR_NOT_SUPPORTED and kpsa_last_driver() is NULL.
 */
psa_status_t kpsa_dispatch_sign_hash(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                     const uint8_t *hash, size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length);
psa_status_t kpsa_dispatch_verify_hash(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length);
/* Uses a driver's sign_message; for a hash-and-sign alg, else the message's
 * hash (kpsa_dispatch_hash_compute, computed once per call) and its sign_hash. */
psa_status_t kpsa_dispatch_sign_message(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *input, size_t input_length,
                                        uint8_t *signature, size_t signature_size,
                                        size_t *signature_length);
/* Likewise: a driver's verify_message, else hash_compute and its verify_hash. */
psa_status_t kpsa_dispatch_verify_message(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *input, size_t input_length,
                                          const uint8_t *signature, size_t signature_length);
psa_status_t kpsa_dispatch_asymmetric_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                              const uint8_t *input, size_t input_length,
                                              const uint8_t *salt, size_t salt_length,
                                              uint8_t *output, size_t output_size,
                                              size_t *output_length);
psa_status_t kpsa_dispatch_asymmetric_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                              const uint8_t *input, size_t input_length,
                                              const uint8_t *salt, size_t salt_length,
                                              uint8_t *output, size_t output_size,
                                              size_t *output_length);
/* The shared secret of a raw (standalone) key agreement of key with peer_key. */
psa_status_t kpsa_dispatch_key_agreement(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                         const uint8_t *peer_key, size_t peer_key_length,
                                         uint8_t *output, size_t output_size,
                                         size_t *output_length);

/* ---- key derivation (kdf.c) ---------------------------------------------- */

/*
 * kpsa_dispatch_kdf_setup - bind a key derivation to the first driver of the
 * chain whose key_derivation_setup accepts the inputs (the core calls it at
 * the first output, with every input collected).
 *   [in,out] op       an operation with no driver bound (kpsa_driver == 0).
 *   [in]     kdf_alg  the key derivation algorithm, without key agreement.
 *   [in]     secret   attributes of the SECRET step when it is a key (the
 *                     walk filters on its type and location), or NULL.
 *   [in]     inputs   the inputs, valid during the call.
 * Returns the final status of the walk; on failure nothing is bound.
 */
psa_status_t kpsa_dispatch_kdf_setup(psa_key_derivation_operation_t *op, psa_algorithm_t kdf_alg,
                                     const psa_key_attributes_t *secret,
                                     const psa_crypto_driver_key_derivation_inputs_t *inputs);
/* The next `length` bytes of a bound derivation; on failure the driver is
 * aborted and the operation unbound. */
psa_status_t kpsa_dispatch_kdf_output_bytes(psa_key_derivation_operation_t *op, uint8_t *output,
                                            size_t length);
/* Abort and unbind the bound driver (PSA_SUCCESS when none is bound). */
psa_status_t kpsa_dispatch_kdf_abort(psa_key_derivation_operation_t *op);

/*
 * kpsa_dispatch_derive_key - a key of a "cooked" type (ECC, DH, RSA and
 * SPAKE2+ key pairs) made from a key derivation's output stream, in export
 * format.
 *   [in]  attributes  type and bits of the key.
 *   [in]  read, ctx   read(ctx, out, n) yields the next n bytes of the stream.
 * kpsa's driver ABI has no derive_key entry point yet, so the built-in
 * driver's implementation serves every chain.  Returns PSA_SUCCESS,
 * PSA_ERROR_NOT_SUPPORTED, PSA_ERROR_INVALID_ARGUMENT (a size invalid for the
 * type), the status of read, PSA_ERROR_BUFFER_TOO_SMALL.
 */
typedef psa_status_t (*kpsa_stream_read_fn)(void *ctx, uint8_t *out, size_t length);
psa_status_t kpsa_dispatch_derive_key(const psa_key_attributes_t *attributes,
                                      kpsa_stream_read_fn read, void *ctx, uint8_t *key_buffer,
                                      size_t key_buffer_size, size_t *key_buffer_length);

/* ---- multipart: hash ---------------------------------------------------- */

psa_status_t kpsa_dispatch_hash_setup(psa_hash_operation_t *op, psa_algorithm_t alg);
psa_status_t kpsa_dispatch_hash_update(psa_hash_operation_t *op, const uint8_t *input,
                                       size_t input_length);
psa_status_t kpsa_dispatch_hash_finish(psa_hash_operation_t *op, uint8_t *hash, size_t hash_size,
                                       size_t *hash_length);
psa_status_t kpsa_dispatch_hash_abort(psa_hash_operation_t *op);
psa_status_t kpsa_dispatch_hash_clone(const psa_hash_operation_t *source,
                                      psa_hash_operation_t *target);
psa_status_t kpsa_dispatch_hash_suspend(psa_hash_operation_t *op, uint8_t *state, size_t state_size,
                                        size_t *state_length);
psa_status_t kpsa_dispatch_hash_resume(psa_hash_operation_t *op, psa_algorithm_t alg,
                                       const uint8_t *state, size_t state_length);

/* ---- multipart: MAC ----------------------------------------------------- */

psa_status_t kpsa_dispatch_mac_setup(psa_mac_operation_t *op, const struct kpsa_key_view *key,
                                     psa_algorithm_t alg, bool is_sign);
psa_status_t kpsa_dispatch_mac_update(psa_mac_operation_t *op, const uint8_t *input,
                                      size_t input_length);
psa_status_t kpsa_dispatch_mac_sign_finish(psa_mac_operation_t *op, uint8_t *mac, size_t mac_size,
                                           size_t *mac_length);
psa_status_t kpsa_dispatch_mac_verify_finish(psa_mac_operation_t *op, const uint8_t *mac,
                                             size_t mac_length);
psa_status_t kpsa_dispatch_mac_abort(psa_mac_operation_t *op);

/* ---- multipart: cipher -------------------------------------------------- */

psa_status_t kpsa_dispatch_cipher_setup(psa_cipher_operation_t *op, const struct kpsa_key_view *key,
                                        psa_algorithm_t alg, bool is_encrypt);
psa_status_t kpsa_dispatch_cipher_set_iv(psa_cipher_operation_t *op, const uint8_t *iv,
                                         size_t iv_length);
psa_status_t kpsa_dispatch_cipher_update(psa_cipher_operation_t *op, const uint8_t *input,
                                         size_t input_length, uint8_t *output, size_t output_size,
                                         size_t *output_length);
psa_status_t kpsa_dispatch_cipher_finish(psa_cipher_operation_t *op, uint8_t *output,
                                         size_t output_size, size_t *output_length);
psa_status_t kpsa_dispatch_cipher_abort(psa_cipher_operation_t *op);

/* ---- multipart: AEAD ---------------------------------------------------- */

psa_status_t kpsa_dispatch_aead_setup(psa_aead_operation_t *op, const struct kpsa_key_view *key,
                                      psa_algorithm_t alg, bool is_encrypt);
psa_status_t kpsa_dispatch_aead_set_nonce(psa_aead_operation_t *op, const uint8_t *nonce,
                                          size_t nonce_length);
psa_status_t kpsa_dispatch_aead_set_lengths(psa_aead_operation_t *op, size_t ad_length,
                                            size_t plaintext_length);
psa_status_t kpsa_dispatch_aead_update_ad(psa_aead_operation_t *op, const uint8_t *input,
                                          size_t input_length);
psa_status_t kpsa_dispatch_aead_update(psa_aead_operation_t *op, const uint8_t *input,
                                       size_t input_length, uint8_t *output, size_t output_size,
                                       size_t *output_length);
psa_status_t kpsa_dispatch_aead_finish(psa_aead_operation_t *op, uint8_t *ciphertext,
                                       size_t ciphertext_size, size_t *ciphertext_length,
                                       uint8_t *tag, size_t tag_size, size_t *tag_length);
psa_status_t kpsa_dispatch_aead_verify(psa_aead_operation_t *op, uint8_t *plaintext,
                                       size_t plaintext_size, size_t *plaintext_length,
                                       const uint8_t *tag, size_t tag_length);
psa_status_t kpsa_dispatch_aead_abort(psa_aead_operation_t *op);

/* ---- key management ----------------------------------------------------- */

/*
 * Key creation: attributes->kpsa_bits is the caller's size (0: derive it);
 * on success *bits is the key's size.  The location of the lifetime picks the
 * drivers (local storage: the transparent chain).
 */
psa_status_t kpsa_dispatch_import_key(const psa_key_attributes_t *attributes, const uint8_t *data,
                                      size_t data_length, uint8_t *key_buffer,
                                      size_t key_buffer_size, size_t *key_buffer_length,
                                      size_t *bits);
psa_status_t kpsa_dispatch_generate_key(const psa_key_attributes_t *attributes, uint8_t *key_buffer,
                                        size_t key_buffer_size, size_t *key_buffer_length);
/* Generation with custom production parameters (psa_generate_key_custom):
 * the chain's generate_key_custom entry points; drivers without one are
 * passed over.  PSA_ERROR_NOT_SUPPORTED when no driver serves the call. */
psa_status_t kpsa_dispatch_generate_key_custom(const psa_key_attributes_t *attributes,
                                               const psa_custom_key_parameters_t *custom,
                                               const uint8_t *custom_data,
                                               size_t custom_data_length, uint8_t *key_buffer,
                                               size_t key_buffer_size, size_t *key_buffer_length);
psa_status_t kpsa_dispatch_export_public_key(const struct kpsa_key_view *key, uint8_t *data,
                                             size_t data_size, size_t *data_length);

/* ---- introspection (kpsa which, KPSA_DEBUG, tests) ---------------------- */

/* Prefix of the driver serving an active operation, or NULL when inactive. */
const char *kpsa_dispatch_op_driver(uint16_t kpsa_driver);

/* ---- PAKE ---------------------------------------------------------------- */

/*
 * The inputs of a PAKE, as the core collects them from psa_pake_setup() and
 * the psa_pake_set_xxx() calls, and as a driver's pake_setup reads them
 * through the psa_crypto_driver_pake_get_xxx() accessors (lib/core/pake_inputs.c).
 * Owned by the core; `attributes` is set by the dispatcher for each
 * candidate (the driver's view of the password key, with its key state).
 */
struct kpsa_pake_inputs {
    const psa_key_attributes_t *attributes;
    const uint8_t *password; /* the password key's buffer (held by the core) */
    size_t password_length;
    psa_pake_cipher_suite_t suite;
    psa_pake_role_t role;
    uint16_t given; /* KPSA_PAKE_GIVEN_xxx: which optional inputs were set */
    uint8_t *user, *peer, *context;
    size_t user_length, peer_length, context_length;
};
#define KPSA_PAKE_GIVEN_ROLE    0x0001u
#define KPSA_PAKE_GIVEN_USER    0x0002u
#define KPSA_PAKE_GIVEN_PEER    0x0004u
#define KPSA_PAKE_GIVEN_CONTEXT 0x0008u

/*
 * kpsa_dispatch_pake_setup - bind a PAKE operation to the first driver of the
 * chain whose pake_setup accepts `inputs` (NOT_SUPPORTED from a fallback
 * capability passes on), walking with the suite's algorithm and the password
 * key's attributes.  `inputs->attributes` is overwritten per candidate.  On
 * success op->kpsa_driver and op->kpsa_ctx hold the binding; on failure
 * nothing is left to abort.
 */
psa_status_t kpsa_dispatch_pake_setup(psa_pake_operation_t *op, const struct kpsa_key_view *key,
                                      struct kpsa_pake_inputs *inputs);
/* Forward a step to the bound driver; on failure the driver is aborted and
 * the operation unbound. */
psa_status_t kpsa_dispatch_pake_output(psa_pake_operation_t *op, psa_pake_step_t step,
                                       uint8_t *output, size_t output_size, size_t *output_length);
psa_status_t kpsa_dispatch_pake_input(psa_pake_operation_t *op, psa_pake_step_t step,
                                      const uint8_t *input, size_t input_length);
/* The bound driver's shared secret (a finish: the operation is unbound on return). */
psa_status_t kpsa_dispatch_pake_get_shared_key(psa_pake_operation_t *op, uint8_t *output,
                                               size_t output_size, size_t *output_length);
/* Abort the bound driver, if any, and unbind. */
psa_status_t kpsa_dispatch_pake_abort(psa_pake_operation_t *op);

#endif /* KPSA_DISPATCH_H */
