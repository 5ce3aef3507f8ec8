/*
 * kdf.h - the core side of key derivation, shared by kdf.c (setup, inputs,
 * capacity, abort), kdf_inputs.c (the driver's input accessors),
 * kdf_output.c (outputs and the first-output driver setup) and kdf_agree.c
 * (key agreement).
 *
 * A derivation collects its inputs in a struct kpsa_kdf_inputs (secure
 * memory, owned by the operation object through kpsa_inputs) until the first
 * output; the driver chain's key_derivation_setup then receives that struct
 * as its psa_crypto_driver_key_derivation_inputs_t, and the operation is
 * bound to the driver that accepted.  The inputs are kept until abort (they
 * are small) so that nothing about the operation changes after binding.
 *
 * None of these functions is thread-safe for one operation object; distinct
 * objects are independent.
 */
#ifndef KPSA_CORE_KDF_H
#define KPSA_CORE_KDF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <kpsa/driver.h>

#include "core/guard.h"

/* Input steps of the Crypto API 1.2, as indices into kpsa_kdf_inputs.in[]. */
enum kpsa_kdf_step_index {
    KPSA_KDF_SECRET,
    KPSA_KDF_PASSWORD,
    KPSA_KDF_OTHER_SECRET,
    KPSA_KDF_LABEL,
    KPSA_KDF_SALT,
    KPSA_KDF_INFO,
    KPSA_KDF_SEED,
    KPSA_KDF_COST,
    KPSA_KDF_CONTEXT,
    KPSA_KDF_STEP_COUNT
};

/* One input: type is a psa_crypto_driver_key_derivation_input_type_t
 * (INVALID: not taken by the algorithm, OMITTED: not given yet). */
struct kpsa_kdf_input {
    uint8_t type;
    uint8_t *data; /* BYTES / KEY: secure memory (NULL when empty) */
    size_t length;
    uint64_t value; /* INTEGER */
};

/* The inputs of one derivation (psa_crypto_driver_key_derivation_inputs_t). */
struct kpsa_kdf_inputs {
    psa_algorithm_t kdf_alg;                /* without a key agreement component */
    size_t capacity;                        /* at the driver's setup: the operation's capacity */
    psa_key_attributes_t secret_attributes; /* of a SECRET given as a key */
    const struct kpsa_kdf_rules *rules;
    uint32_t given; /* bit (1 << index) per step given */
    uint32_t last;  /* index of the last step given, for ordering */
    struct kpsa_kdf_input in[KPSA_KDF_STEP_COUNT];
};

/* Flags of psa_key_derivation_operation_t.kpsa_flags. */
#define KPSA_KDF_OUTPUT_STARTED 0x0001u /* an output function has passed its checks */
#define KPSA_KDF_ERROR          0x0002u /* error state: only abort is accepted */
#define KPSA_KDF_NO_DERIVE      0x0004u /* a key input lacks PSA_KEY_USAGE_DERIVE */
#define KPSA_KDF_SECRET_BYTES   0x0008u /* SECRET/PASSWORD given as direct bytes */
#define KPSA_KDF_FIXED_CAPACITY 0x0010u /* capacity is part of the output (SP 800-108) */

/* The step index of a step, or KPSA_KDF_STEP_COUNT for an unknown step. */
unsigned kpsa_kdf_step_index(psa_key_derivation_step_t step);

/* 0, or the one output length the algorithm allows, read at once
 * (EC J-PAKE-to-PMS: PSA_TLS12_ECJPAKE_TO_PMS_OUTPUT_SIZE). */
size_t kpsa_kdf_single_read(const struct kpsa_kdf_inputs *in);

/* Does the operation's algorithm need step `index` before any output? */
bool kpsa_kdf_step_required(const struct kpsa_kdf_inputs *in, unsigned index);

/*
 * kpsa_kdf_check_output - the checks every output function makes before it
 * reads the stream: active, not in the error state, all required inputs given
 * (else PSA_ERROR_BAD_STATE), and `derive_needed` -> no key input without
 * PSA_KEY_USAGE_DERIVE (else PSA_ERROR_NOT_PERMITTED).  Marks the output as
 * started on success.  Does not change the error state.
 */
psa_status_t kpsa_kdf_check_output(psa_key_derivation_operation_t *operation, bool derive_needed);

/*
 * kpsa_kdf_read - read `length` bytes of the output stream, binding the
 * driver at the first read and enforcing the capacity.
 *   [in,out] operation  checked with kpsa_kdf_check_output().
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT (a length other than the
 * algorithm's single read); PSA_ERROR_INSUFFICIENT_DATA (capacity < length,
 * or 0 bytes asked of capacity 0: nothing read, capacity now 0); the
 * driver's status (the operation is then unbound; the caller sets the error
 * state).
 */
psa_status_t kpsa_kdf_read(psa_key_derivation_operation_t *operation, uint8_t *output,
                           size_t length);

/*
 * kpsa_kdf_fail - put the operation in the error state after a failure with
 * `status` (PSA_ERROR_INSUFFICIENT_DATA leaves it usable); returns status.
 */
psa_status_t kpsa_kdf_fail(psa_key_derivation_operation_t *operation, psa_status_t status);

/*
 * kpsa_kdf_input_agreement - give a step a key agreement's shared secret:
 * the checks of psa_key_derivation_input_bytes() for `step` (which must be
 * SECRET, OTHER_SECRET or PASSWORD: else PSA_ERROR_INVALID_ARGUMENT), but the
 * input counts as a key for psa_key_derivation_output_key().  The caller has
 * checked that the operation accepts inputs.  Does not set the error state.
 */
psa_status_t kpsa_kdf_input_agreement(psa_key_derivation_operation_t *operation,
                                      psa_key_derivation_step_t step, const uint8_t *data,
                                      size_t length);

/* Could `step` take a key agreement's shared secret now?  PSA_SUCCESS,
 * PSA_ERROR_INVALID_ARGUMENT (the algorithm takes no agreement there) or
 * PSA_ERROR_BAD_STATE (order).  The operation must accept inputs. */
psa_status_t kpsa_kdf_check_agreement_step(const psa_key_derivation_operation_t *operation,
                                           psa_key_derivation_step_t step);

/* Is the operation active and accepting inputs (set up, no output, no error)? */
bool kpsa_kdf_accepts_input(const psa_key_derivation_operation_t *operation);

#endif /* KPSA_CORE_KDF_H */
