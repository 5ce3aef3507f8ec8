/*
 * psa/crypto.h - kpsa's implementation of the PSA Certified Crypto API 1.2,
 * including the PAKE API of the PSA Certified Crypto API 1.2 PAKE Extension.
 *
 * This is the header applications include.  It pulls in, in order:
 *   <psa/crypto_types.h>   the types of the API;
 *   <psa/crypto_values.h>  status codes, key types, algorithms and other values;
 *   <psa/crypto_sizes.h>   buffer-size macros;
 *   <psa/crypto_struct.h>  kpsa's layout of the implementation-defined types
 *                          and their PSA_xxx_INIT initialisers;
 * and declares every function of the API, grouped by family below.
 * kpsa-specific extensions are in <kpsa/kpsa.h>.
 *
 * Conventions that hold for every function unless its comment says otherwise:
 *   - Library: call psa_crypto_init() first.  A function that needs the
 *     library returns PSA_ERROR_BAD_STATE until psa_crypto_init() succeeds
 *     (listed below as "BAD_STATE ... not initialised").
 *   - Buffers: a buffer is passed as a pointer and a size in bytes, is owned by
 *     the caller, and is only accessed during the call; nothing is retained
 *     after the call returns.  A pointer may be NULL when its size is 0.
 *     Output buffers may overlap input buffers (the result is as if the inputs
 *     had been copied first); other output parameters must not overlap
 *     anything.
 *   - Atomicity: a function that fails has no effect, except as stated for
 *     multi-part operations; the content of output buffers is then
 *     unspecified.  A key-creating function sets *key to PSA_KEY_ID_NULL on
 *     failure.
 *   - Multi-part operations: the caller owns the operation object and must
 *     initialise it (PSA_xxx_OPERATION_INIT, psa_xxx_operation_init(), or all
 *     bits zero) before first use.  A failed setup leaves the object
 *     unchanged (inactive).  Any other failure on an active operation puts it
 *     in an error state, from which only psa_xxx_abort() recovers.  The key
 *     given at setup must stay valid until the operation ends.  An object
 *     must not be used by two threads at once; distinct objects may.
 *   - Common failures, listed by name only in the function comments:
 *       PSA_ERROR_INSUFFICIENT_MEMORY    not enough memory;
 *       PSA_ERROR_COMMUNICATION_FAILURE  a driver or cryptoprocessor could not
 *                                        be reached;
 *       PSA_ERROR_CORRUPTION_DETECTED    tampering or an internal inconsistency
 *                                        was detected;
 *       PSA_ERROR_STORAGE_FAILURE        the key store could not be accessed;
 *       PSA_ERROR_DATA_CORRUPT           stored key data is corrupt;
 *       PSA_ERROR_DATA_INVALID           stored key data is not valid here;
 *       PSA_ERROR_INSUFFICIENT_STORAGE   the key store is full;
 *       PSA_ERROR_INSUFFICIENT_ENTROPY   the random generator failed.
 *   - NOT_SUPPORTED versus INVALID_ARGUMENT: for a parameter that kpsa does not
 *     support, either may be returned when the value is also invalid.
 *
 * Every function that returns a psa_status_t is declared KPSA_NODISCARD,
 * except psa_destroy_key(), psa_purge_key() and the psa_*_abort() functions,
 * whose status callers commonly have no use for.  Define KPSA_NODISCARD as
 * empty before including this header to turn the warning off.
 */
#ifndef KPSA_PSA_CRYPTO_H
#define KPSA_PSA_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

/* ===================================================================== */
/* Compiler attributes                                                    */
/* ===================================================================== */

/* Warn when a caller ignores the returned status. */
#ifndef KPSA_NODISCARD
#if defined(__GNUC__) || defined(__clang__)
#define KPSA_NODISCARD __attribute__((warn_unused_result))
#else
#define KPSA_NODISCARD
#endif
#endif

/* Marks a function exported by libkpsa (visible even with -fvisibility=hidden). */
#ifndef KPSA_API
#if defined(__GNUC__) || defined(__clang__)
#define KPSA_API __attribute__((visibility("default")))
#else
#define KPSA_API
#endif
#endif

/* ===================================================================== */
/* Types, values, sizes and object layouts                               */
/* ===================================================================== */

#include "crypto_types.h"
#include "crypto_values.h"
#include "crypto_sizes.h"
#include "crypto_struct.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ===================================================================== */
/* API version and library initialisation                                 */
/* ===================================================================== */

/* Version of the Crypto API that this header implements. */
#define PSA_CRYPTO_API_VERSION_MAJOR 1
#define PSA_CRYPTO_API_VERSION_MINOR 2

/*
 * psa_crypto_init - initialise the library (random generator, drivers).
 * May be called more than once; once a call has succeeded, later calls
 * succeed too.  Call it before any other function.
 * Returns:
 *   PSA_SUCCESS                      the library is ready.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_INSUFFICIENT_ENTROPY
 *                                    see "Common failures"; the library
 *                                    stays uninitialised.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_crypto_init(void);

/* ===================================================================== */
/* Key attributes                                                         */
/* ===================================================================== */

/*
 * The setters and getters below only store into or read from the object: they
 * never fail, never access the key store and do not validate values.  The
 * object must have been initialised.  A fresh object has lifetime
 * PSA_KEY_LIFETIME_VOLATILE, id PSA_KEY_ID_NULL, type PSA_KEY_TYPE_NONE,
 * 0 bits, usage 0 and algorithm PSA_ALG_NONE.
 */

/*
 * psa_key_attributes_init - the initial value of a key attribute object,
 * equal to PSA_KEY_ATTRIBUTES_INIT.
 */
KPSA_API psa_key_attributes_t psa_key_attributes_init(void);

/*
 * psa_get_key_attributes - read the attributes of a key.
 *   [in]     key         identifier of the key.
 *   [in,out] attributes  initialised object; first reset as by
 *                        psa_reset_key_attributes(), then filled in.  Call
 *                        psa_reset_key_attributes() when done with it.
 * Returns:
 *   PSA_SUCCESS                      attributes holds the key's attributes.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure attributes is equivalent to a freshly initialised object.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_get_key_attributes(psa_key_id_t key,
                                                            psa_key_attributes_t *attributes);

/*
 * psa_reset_key_attributes - return an attribute object to its initial state
 * and free any resources it holds.
 *   [in,out] attributes  initialised object.
 */
KPSA_API void psa_reset_key_attributes(psa_key_attributes_t *attributes);

/*
 * psa_set_key_id - make the key persistent, with identifier id.
 *   [in,out] attributes  object to update.
 *   [in]     id          persistent identifier, normally in
 *                        PSA_KEY_ID_USER_MIN .. PSA_KEY_ID_USER_MAX.
 * If the lifetime is volatile, it becomes PSA_KEY_LIFETIME_PERSISTENT.
 */
KPSA_API void psa_set_key_id(psa_key_attributes_t *attributes, psa_key_id_t id);

/*
 * psa_get_key_id - the key identifier stored in attributes.
 *   [in] attributes  object to read.
 * Returns the identifier; unspecified when the lifetime is volatile.
 */
KPSA_API psa_key_id_t psa_get_key_id(const psa_key_attributes_t *attributes);

/*
 * psa_set_key_lifetime - set the lifetime (persistence and location).
 *   [in,out] attributes  object to update.
 *   [in]     lifetime    lifetime; if volatile, the identifier is reset to
 *                        PSA_KEY_ID_NULL.
 */
KPSA_API void psa_set_key_lifetime(psa_key_attributes_t *attributes,
                                   psa_key_lifetime_t lifetime);

/*
 * psa_get_key_lifetime - the lifetime stored in attributes.
 *   [in] attributes  object to read.
 */
KPSA_API psa_key_lifetime_t psa_get_key_lifetime(const psa_key_attributes_t *attributes);

/*
 * psa_set_key_type - set the key type.
 *   [in,out] attributes  object to update.
 *   [in]     type        key type; PSA_KEY_TYPE_NONE makes it unspecified.
 */
KPSA_API void psa_set_key_type(psa_key_attributes_t *attributes, psa_key_type_t type);

/*
 * psa_get_key_type - the key type stored in attributes.
 *   [in] attributes  object to read.
 */
KPSA_API psa_key_type_t psa_get_key_type(const psa_key_attributes_t *attributes);

/*
 * psa_set_key_bits - set the key size.
 *   [in,out] attributes  object to update.
 *   [in]     bits        size in bits; 0 makes it unspecified.  Key creation
 *                        rejects sizes above PSA_MAX_KEY_BITS.
 */
KPSA_API void psa_set_key_bits(psa_key_attributes_t *attributes, size_t bits);

/*
 * psa_get_key_bits - the key size, in bits, stored in attributes.
 *   [in] attributes  object to read.
 */
KPSA_API size_t psa_get_key_bits(const psa_key_attributes_t *attributes);

/*
 * psa_set_key_usage_flags - set the permitted usages (PSA_KEY_USAGE_xxx),
 * replacing the previous ones.
 *   [in,out] attributes   object to update.
 *   [in]     usage_flags  bit mask of usages.
 */
KPSA_API void psa_set_key_usage_flags(psa_key_attributes_t *attributes,
                                      psa_key_usage_t usage_flags);

/*
 * psa_get_key_usage_flags - the usage flags stored in attributes.
 *   [in] attributes  object to read.
 */
KPSA_API psa_key_usage_t psa_get_key_usage_flags(const psa_key_attributes_t *attributes);

/*
 * psa_set_key_algorithm - set the permitted-algorithm policy (an algorithm or
 * a wildcard), replacing the previous one.
 *   [in,out] attributes  object to update.
 *   [in]     alg         permitted algorithm; PSA_ALG_NONE permits none.
 */
KPSA_API void psa_set_key_algorithm(psa_key_attributes_t *attributes, psa_algorithm_t alg);

/*
 * psa_get_key_algorithm - the permitted algorithm stored in attributes.
 *   [in] attributes  object to read.
 */
KPSA_API psa_algorithm_t psa_get_key_algorithm(const psa_key_attributes_t *attributes);

/* ===================================================================== */
/* Key management                                                         */
/* ===================================================================== */

/*
 * psa_import_key - create a key from data in the standard format of its type
 * (the format psa_export_key() produces).
 *   [in]  attributes   type (required), size (0, or equal to the size of
 *                      data), policy, lifetime and identifier of the key.
 *                      Not modified.
 *   [in]  data         key data, data_length bytes.
 *   [out] key          on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the key exists; a persistent key has been
 *                                    saved to storage.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_NOT_SUPPORTED          the attributes, as a whole, are not
 *                                    supported (in that location).
 *   PSA_ERROR_INVALID_ARGUMENT       invalid type, lifetime, identifier, usage
 *                                    or algorithm; size nonzero and not that of
 *                                    data; data malformed or of size 0.
 *   PSA_ERROR_NOT_PERMITTED          an implementation policy forbids the key.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_STORAGE,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_import_key(const psa_key_attributes_t *attributes,
                                                    const uint8_t *data,
                                                    size_t data_length,
                                                    psa_key_id_t *key);

/*
 * psa_generate_key - create a random key or key pair.  RSA keys use the
 * public exponent 65537.
 *   [in]  attributes   type (required, not a public key), size (required),
 *                      policy, lifetime and identifier.  Not modified.
 *   [out] key          on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the key exists; a persistent key has been
 *                                    saved to storage.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_NOT_SUPPORTED          the attributes, as a whole, are not
 *                                    supported (in that location).
 *   PSA_ERROR_INVALID_ARGUMENT       invalid or public-key type, size invalid
 *                                    for the type (or 0), invalid lifetime,
 *                                    identifier, usage or algorithm.
 *   PSA_ERROR_NOT_PERMITTED          an implementation policy forbids the key.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_ENTROPY,
 *   PSA_ERROR_INSUFFICIENT_STORAGE, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_generate_key(const psa_key_attributes_t *attributes,
                                                      psa_key_id_t *key);

/*
 * psa_generate_key_custom - psa_generate_key() with custom production
 * parameters (PSA Crypto API 1.3, provided by kpsa on top of 1.2).
 *   [in]  attributes          as for psa_generate_key().
 *   [in]  custom              custom->flags must be 0.
 *   [in]  custom_data         custom_data_length bytes: empty for the
 *                             default; for an RSA key pair the public
 *                             exponent, little-endian (an odd number > 1;
 *                             kpsa supports up to 32 bits; high-order zero
 *                             bytes allowed).
 * Returns what psa_generate_key() returns, and:
 *   PSA_ERROR_INVALID_ARGUMENT       non-zero flags; custom data for a type
 *                                    that takes none; an even exponent, or 1.
 *   PSA_ERROR_NOT_SUPPORTED          an exponent the implementation does not
 *                                    support (wider than 32 bits).
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_generate_key_custom(
    const psa_key_attributes_t *attributes, const psa_custom_key_parameters_t *custom,
    const uint8_t *custom_data, size_t custom_data_length, psa_key_id_t *key);

/*
 * psa_copy_key - create a copy of a key, possibly in another location and
 * with a narrower policy.  The new usage flags are the intersection of both
 * policies' flags; the new algorithm is the one both policies permit.
 *   [in]  source_key   key to copy; must permit PSA_KEY_USAGE_COPY (and
 *                      PSA_KEY_USAGE_EXPORT to leave a secure element).
 *   [in]  attributes   type and size (0 or equal to the source's), policy,
 *                      lifetime and identifier of the copy.  Not modified.
 *   [out] target_key   on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the copy exists; a persistent copy has
 *                                    been saved to storage.
 *   PSA_ERROR_INVALID_HANDLE         source_key is not a valid key identifier.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_INVALID_ARGUMENT       type or size differ from the source's;
 *                                    invalid lifetime or identifier; the two
 *                                    policies permit no common algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          copying between these locations, or the
 *                                    attributes in the target location, are
 *                                    not supported.
 *   PSA_ERROR_NOT_PERMITTED          source_key lacks PSA_KEY_USAGE_COPY, or
 *                                    PSA_KEY_USAGE_EXPORT when needed; an
 *                                    implementation policy forbids the copy.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_STORAGE,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_copy_key(psa_key_id_t source_key,
                                                  const psa_key_attributes_t *attributes,
                                                  psa_key_id_t *target_key);

/*
 * psa_destroy_key - destroy a key: erase its material from memory and, if
 * persistent, from storage, and invalidate its identifier.  Multi-part
 * operations still using the key fail from then on.
 *   [in] key  key to destroy; PSA_KEY_ID_NULL is accepted and does nothing.
 * Returns:
 *   PSA_SUCCESS                      the key is destroyed, or key was
 *                                    PSA_KEY_ID_NULL.
 *   PSA_ERROR_NOT_PERMITTED          the key is read-only.
 *   PSA_ERROR_INVALID_HANDLE         key is neither valid nor PSA_KEY_ID_NULL.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures"; the key material
 *                                    may not have been erased everywhere.
 */
KPSA_API psa_status_t psa_destroy_key(psa_key_id_t key);

/*
 * psa_purge_key - drop cached copies of a persistent key's material from
 * memory (keys created with PSA_KEY_USAGE_CACHE).  Material of volatile keys
 * or keys in use by an operation may stay.
 *   [in] key  key to purge.
 * Returns:
 *   PSA_SUCCESS                      non-essential copies have been removed.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_purge_key(psa_key_id_t key);

/*
 * psa_export_key - export a key in the standard format of its type.  The key
 * must permit PSA_KEY_USAGE_EXPORT unless it is a public key.
 *   [in]  key          key to export.
 *   [out] data         receives the key data; data_size bytes, at least
 *                      PSA_EXPORT_KEY_OUTPUT_SIZE(type, bits)
 *                      (or PSA_EXPORT_KEY_PAIR_MAX_SIZE /
 *                      PSA_EXPORT_PUBLIC_KEY_MAX_SIZE).
 *   [out] data_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      data holds *data_length bytes of key data.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key lacks PSA_KEY_USAGE_EXPORT.
 *   PSA_ERROR_NOT_SUPPORTED          the key's type or location does not
 *                                    support export.
 *   PSA_ERROR_BUFFER_TOO_SMALL       data_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_export_key(psa_key_id_t key,
                                                    uint8_t *data,
                                                    size_t data_size,
                                                    size_t *data_length);

/*
 * psa_export_public_key - export a public key, or the public part of a key
 * pair, in the standard public-key format.  Always permitted.
 *   [in]  key          public key or key pair.
 *   [out] data         receives the key data; data_size bytes, at least
 *                      PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(type, bits)
 *                      (or PSA_EXPORT_PUBLIC_KEY_MAX_SIZE).
 *   [out] data_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      data holds *data_length bytes of key data.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_INVALID_ARGUMENT       the key is not asymmetric.
 *   PSA_ERROR_NOT_SUPPORTED          the key's type or location does not
 *                                    support export.
 *   PSA_ERROR_BUFFER_TOO_SMALL       data_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_export_public_key(psa_key_id_t key,
                                                           uint8_t *data,
                                                           size_t data_size,
                                                           size_t *data_length);

/* ===================================================================== */
/* Message digests (hashes)                                               */
/* ===================================================================== */

/*
 * psa_hash_compute - hash a message in one call.
 *   [in]  alg          hash algorithm (PSA_ALG_IS_HASH(alg)).
 *   [in]  input        message, input_length bytes.
 *   [out] hash         receives the digest; hash_size bytes, at least
 *                      PSA_HASH_LENGTH(alg).
 *   [out] hash_length  on success PSA_HASH_LENGTH(alg).
 * Returns:
 *   PSA_SUCCESS                      hash holds the digest.
 *   PSA_ERROR_NOT_SUPPORTED          alg is not a supported hash; input too
 *                                    long for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a hash; input too long for alg.
 *   PSA_ERROR_BUFFER_TOO_SMALL       hash_size < PSA_HASH_LENGTH(alg).
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_compute(psa_algorithm_t alg,
                                                      const uint8_t *input,
                                                      size_t input_length,
                                                      uint8_t *hash,
                                                      size_t hash_size,
                                                      size_t *hash_length);

/*
 * psa_hash_compare - hash a message and compare the digest, in constant
 * time, with an expected value.
 *   [in] alg          hash algorithm (PSA_ALG_IS_HASH(alg)).
 *   [in] input        message, input_length bytes.
 *   [in] hash         expected digest, hash_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the digest equals hash.
 *   PSA_ERROR_INVALID_SIGNATURE      the digest differs from hash (or its
 *                                    length does).
 *   PSA_ERROR_NOT_SUPPORTED          alg is not a supported hash; input too
 *                                    long for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a hash; input too long for alg.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_compare(psa_algorithm_t alg,
                                                      const uint8_t *input,
                                                      size_t input_length,
                                                      const uint8_t *hash,
                                                      size_t hash_length);

/*
 * psa_hash_operation_init - the initial value of a hash operation object,
 * equal to PSA_HASH_OPERATION_INIT.
 */
KPSA_API psa_hash_operation_t psa_hash_operation_init(void);

/*
 * psa_hash_setup - start a multi-part hash.  The sequence is setup, update
 * (any number of times), then finish, verify or suspend; abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     alg        hash algorithm (PSA_ALG_IS_HASH(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_NOT_SUPPORTED          alg is not a supported hash.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a hash.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_setup(psa_hash_operation_t *operation,
                                                    psa_algorithm_t alg);

/*
 * psa_hash_update - add a message fragment to an active hash.
 *   [in,out] operation     active hash operation.
 *   [in]     input         fragment, input_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the fragment has been absorbed.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       total input too long for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          total input too long for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_update(psa_hash_operation_t *operation,
                                                     const uint8_t *input,
                                                     size_t input_length);

/*
 * psa_hash_finish - finish a hash and output the digest of all fragments.
 * Prefer psa_hash_verify() when comparing against an expected digest.
 *   [in,out] operation    active hash operation; inactive on success.
 *   [out]    hash         receives the digest; hash_size bytes, at least
 *                         PSA_HASH_LENGTH(alg).
 *   [out]    hash_length  on success PSA_HASH_LENGTH(alg).
 * Returns:
 *   PSA_SUCCESS                      hash holds the digest.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *   PSA_ERROR_BUFFER_TOO_SMALL       hash_size < PSA_HASH_LENGTH(alg).
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_finish(psa_hash_operation_t *operation,
                                                     uint8_t *hash,
                                                     size_t hash_size,
                                                     size_t *hash_length);

/*
 * psa_hash_verify - finish a hash and compare the digest, in constant time,
 * with an expected value.
 *   [in,out] operation    active hash operation; inactive on success.
 *   [in]     hash         expected digest, hash_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the digest equals hash.
 *   PSA_ERROR_INVALID_SIGNATURE      the digest differs from hash.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_verify(psa_hash_operation_t *operation,
                                                     const uint8_t *hash,
                                                     size_t hash_length);

/*
 * psa_hash_abort - abandon a hash operation and free its resources.  Safe on
 * any initialised object, including inactive and already-aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_hash_abort(psa_hash_operation_t *operation);

/*
 * psa_hash_suspend - stop a hash and export its intermediate state, in the
 * format of the specification's "Hash suspend state", for psa_hash_resume().
 * Supported for MD5, RIPEMD-160, SHA-1 and SHA-2; not for SHA-3 or SHAKE.
 * The state is not a digest and must not be used as one.
 *   [in,out] operation          active hash operation; inactive on success.
 *   [out]    hash_state         receives the state; hash_state_size bytes,
 *                               at least PSA_HASH_SUSPEND_OUTPUT_SIZE(alg)
 *                               (or PSA_HASH_SUSPEND_OUTPUT_MAX_SIZE).
 *   [out]    hash_state_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      hash_state holds the suspend state.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *   PSA_ERROR_BUFFER_TOO_SMALL       hash_state_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          the algorithm cannot be suspended.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_suspend(psa_hash_operation_t *operation,
                                                      uint8_t *hash_state,
                                                      size_t hash_state_size,
                                                      size_t *hash_state_length);

/*
 * psa_hash_resume - start a multi-part hash from a state exported by
 * psa_hash_suspend().
 *   [in,out] operation          initialised, inactive operation; active on
 *                               success.
 *   [in]     hash_state         suspend state, hash_state_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_NOT_SUPPORTED          the state's algorithm is not supported.
 *   PSA_ERROR_INVALID_ARGUMENT       hash_state is not a valid suspend state.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_resume(psa_hash_operation_t *operation,
                                                     const uint8_t *hash_state,
                                                     size_t hash_state_length);

/*
 * psa_hash_clone - copy the state of an active hash into another operation;
 * afterwards the two are independent.
 *   [in]     source_operation  active hash operation; not modified.
 *   [in,out] target_operation  initialised, inactive operation; active on
 *                              success.
 * Returns:
 *   PSA_SUCCESS                      target_operation continues the same hash.
 *   PSA_ERROR_BAD_STATE              source_operation is not active,
 *                                    target_operation is not inactive, or not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure both operations are unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_hash_clone(const psa_hash_operation_t *source_operation,
                                                    psa_hash_operation_t *target_operation);

/* ===================================================================== */
/* Message authentication codes (MAC)                                     */
/* ===================================================================== */

/*
 * psa_mac_compute - compute the MAC of a message in one call.  Prefer
 * psa_mac_verify() when comparing against an expected MAC.
 *   [in]  key          key permitting PSA_KEY_USAGE_SIGN_MESSAGE and alg.
 *   [in]  alg          MAC algorithm (PSA_ALG_IS_MAC(alg)).
 *   [in]  input        message, input_length bytes.
 *   [out] mac          receives the MAC; mac_size bytes, at least
 *                      PSA_MAC_LENGTH(key_type, key_bits, alg) (or
 *                      PSA_MAC_MAX_SIZE).
 *   [out] mac_length   on success the MAC length.
 * Returns:
 *   PSA_SUCCESS                      mac holds *mac_length bytes of MAC.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a MAC; key incompatible with
 *                                    alg; input too long for alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_BUFFER_TOO_SMALL       mac_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_compute(psa_key_id_t key,
                                                     psa_algorithm_t alg,
                                                     const uint8_t *input,
                                                     size_t input_length,
                                                     uint8_t *mac,
                                                     size_t mac_size,
                                                     size_t *mac_length);

/*
 * psa_mac_verify - compute the MAC of a message and compare it, in constant
 * time, with an expected value.
 *   [in] key          key permitting PSA_KEY_USAGE_VERIFY_MESSAGE and alg.
 *   [in] alg          MAC algorithm (PSA_ALG_IS_MAC(alg)).
 *   [in] input        message, input_length bytes.
 *   [in] mac          expected MAC, mac_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the MAC equals mac.
 *   PSA_ERROR_INVALID_SIGNATURE      the MAC differs from mac.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a MAC; key incompatible with
 *                                    alg; input too long for alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_verify(psa_key_id_t key,
                                                    psa_algorithm_t alg,
                                                    const uint8_t *input,
                                                    size_t input_length,
                                                    const uint8_t *mac,
                                                    size_t mac_length);

/*
 * psa_mac_operation_init - the initial value of a MAC operation object,
 * equal to PSA_MAC_OPERATION_INIT.
 */
KPSA_API psa_mac_operation_t psa_mac_operation_init(void);

/*
 * psa_mac_sign_setup - start a multi-part MAC computation: setup, update
 * (any number of times), psa_mac_sign_finish(); abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_SIGN_MESSAGE and alg;
 *                       must stay valid until the operation ends.
 *   [in]     alg        MAC algorithm (PSA_ALG_IS_MAC(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a MAC; key incompatible with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_sign_setup(psa_mac_operation_t *operation,
                                                        psa_key_id_t key,
                                                        psa_algorithm_t alg);

/*
 * psa_mac_verify_setup - start a multi-part MAC verification: setup, update
 * (any number of times), psa_mac_verify_finish(); abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_VERIFY_MESSAGE and alg;
 *                       must stay valid until the operation ends.
 *   [in]     alg        MAC algorithm (PSA_ALG_IS_MAC(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a MAC; key incompatible with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_verify_setup(psa_mac_operation_t *operation,
                                                          psa_key_id_t key,
                                                          psa_algorithm_t alg);

/*
 * psa_mac_update - add a message fragment to an active MAC operation.
 *   [in,out] operation  active MAC operation.
 *   [in]     input      fragment, input_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the fragment has been absorbed.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INVALID_ARGUMENT       total input too long for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          total input too long for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_update(psa_mac_operation_t *operation,
                                                    const uint8_t *input,
                                                    size_t input_length);

/*
 * psa_mac_sign_finish - finish a MAC computation and output the MAC.
 *   [in,out] operation   active operation set up by psa_mac_sign_setup();
 *                        inactive on success.
 *   [out]    mac         receives the MAC; mac_size bytes, at least
 *                        PSA_MAC_LENGTH(key_type, key_bits, alg) (or
 *                        PSA_MAC_MAX_SIZE).
 *   [out]    mac_length  on success PSA_MAC_LENGTH(key_type, key_bits, alg).
 * Returns:
 *   PSA_SUCCESS                      mac holds the MAC.
 *   PSA_ERROR_BAD_STATE              not an active MAC sign operation; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       mac_size is too small.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_sign_finish(psa_mac_operation_t *operation,
                                                         uint8_t *mac,
                                                         size_t mac_size,
                                                         size_t *mac_length);

/*
 * psa_mac_verify_finish - finish a MAC verification, comparing in constant
 * time with the expected MAC.
 *   [in,out] operation   active operation set up by psa_mac_verify_setup();
 *                        inactive on success.
 *   [in]     mac         expected MAC, mac_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the MAC equals mac.
 *   PSA_ERROR_INVALID_SIGNATURE      the MAC differs from mac.
 *   PSA_ERROR_BAD_STATE              not an active MAC verify operation; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_mac_verify_finish(psa_mac_operation_t *operation,
                                                           const uint8_t *mac,
                                                           size_t mac_length);

/*
 * psa_mac_abort - abandon a MAC operation and free its resources.  Safe on
 * any initialised object, including inactive and already-aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_mac_abort(psa_mac_operation_t *operation);

/* ===================================================================== */
/* Unauthenticated ciphers                                                */
/* ===================================================================== */

/*
 * psa_cipher_encrypt - encrypt a message in one call with a random IV of
 * PSA_CIPHER_IV_LENGTH(key_type, alg) bytes.  Output is IV || ciphertext.
 *   [in]  key            key permitting PSA_KEY_USAGE_ENCRYPT and alg.
 *   [in]  alg            cipher algorithm (PSA_ALG_IS_CIPHER(alg)).
 *   [in]  input          plaintext, input_length bytes.
 *   [out] output         receives IV and ciphertext; output_size bytes, at
 *                        least PSA_CIPHER_ENCRYPT_OUTPUT_SIZE(key_type, alg,
 *                        input_length) (or _MAX_SIZE(input_length)).
 *   [out] output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a cipher; key incompatible with
 *                                    alg; input_length invalid for alg (e.g.
 *                                    not a whole number of blocks).
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_ENTROPY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_encrypt(psa_key_id_t key,
                                                        psa_algorithm_t alg,
                                                        const uint8_t *input,
                                                        size_t input_length,
                                                        uint8_t *output,
                                                        size_t output_size,
                                                        size_t *output_length);

/*
 * psa_cipher_decrypt - decrypt, in one call, a message laid out as
 * IV || ciphertext (as psa_cipher_encrypt() outputs it).
 *   [in]  key            key permitting PSA_KEY_USAGE_DECRYPT and alg.
 *   [in]  alg            cipher algorithm (PSA_ALG_IS_CIPHER(alg)).
 *   [in]  input          IV and ciphertext, input_length bytes.
 *   [out] output         receives the plaintext; output_size bytes, at least
 *                        PSA_CIPHER_DECRYPT_OUTPUT_SIZE(key_type, alg,
 *                        input_length) (or _MAX_SIZE(input_length)).
 *   [out] output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a cipher; key incompatible with
 *                                    alg; input_length invalid for alg.
 *   PSA_ERROR_INVALID_PADDING        the decrypted padding is invalid.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_decrypt(psa_key_id_t key,
                                                        psa_algorithm_t alg,
                                                        const uint8_t *input,
                                                        size_t input_length,
                                                        uint8_t *output,
                                                        size_t output_size,
                                                        size_t *output_length);

/*
 * psa_cipher_operation_init - the initial value of a cipher operation
 * object, equal to PSA_CIPHER_OPERATION_INIT.
 */
KPSA_API psa_cipher_operation_t psa_cipher_operation_init(void);

/*
 * psa_cipher_encrypt_setup - start a multi-part encryption: setup, generate
 * or set the IV (if the algorithm uses one), update (any number of times),
 * finish; abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_ENCRYPT and alg; must
 *                       stay valid until the operation ends.
 *   [in]     alg        cipher algorithm (PSA_ALG_IS_CIPHER(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a cipher; key incompatible
 *                                    with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_encrypt_setup(psa_cipher_operation_t *operation,
                                                              psa_key_id_t key,
                                                              psa_algorithm_t alg);

/*
 * psa_cipher_decrypt_setup - start a multi-part decryption: setup, set the
 * IV (if the algorithm uses one), update (any number of times), finish;
 * abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_DECRYPT and alg; must
 *                       stay valid until the operation ends.
 *   [in]     alg        cipher algorithm (PSA_ALG_IS_CIPHER(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a cipher; key incompatible
 *                                    with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_decrypt_setup(psa_cipher_operation_t *operation,
                                                              psa_key_id_t key,
                                                              psa_algorithm_t alg);

/*
 * psa_cipher_generate_iv - generate a random IV of the default length for an
 * encryption operation and use it.
 *   [in,out] operation  active encryption operation without an IV yet.
 *   [out]    iv         receives the IV; iv_size bytes, at least
 *                       PSA_CIPHER_IV_LENGTH(key_type, alg) (or
 *                       PSA_CIPHER_IV_MAX_SIZE).
 *   [out]    iv_length  on success the IV length.
 * Returns:
 *   PSA_SUCCESS                      iv holds the IV.
 *   PSA_ERROR_BAD_STATE              the algorithm uses no IV; not an active
 *                                    encryption without an IV; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       iv_size is too small.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_generate_iv(psa_cipher_operation_t *operation,
                                                            uint8_t *iv,
                                                            size_t iv_size,
                                                            size_t *iv_length);

/*
 * psa_cipher_set_iv - set the IV (or nonce, or initial counter) of an
 * encryption or decryption operation.
 *   [in,out] operation  active operation without an IV yet.
 *   [in]     iv         IV, iv_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the IV is set.
 *   PSA_ERROR_BAD_STATE              the algorithm uses no IV; the operation
 *                                    is not active or already has an IV; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INVALID_ARGUMENT       iv_length is invalid for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          iv_length is not supported with this
 *                                    algorithm and key.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_set_iv(psa_cipher_operation_t *operation,
                                                       const uint8_t *iv,
                                                       size_t iv_length);

/*
 * psa_cipher_update - encrypt or decrypt a fragment.  Input need not be
 * block-aligned; output may lag behind input (see <psa/crypto_sizes.h>).
 *   [in,out] operation      active operation with an IV set if needed.
 *   [in]     input          fragment, input_length bytes.
 *   [out]    output         receives output; output_size bytes, at least
 *                           PSA_CIPHER_UPDATE_OUTPUT_SIZE(key_type, alg,
 *                           input_length) (or _MAX_SIZE(input_length)).
 *   [out]    output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_BAD_STATE              not active, or IV missing; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_INVALID_ARGUMENT       total input too long for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          total input too long for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_update(psa_cipher_operation_t *operation,
                                                       const uint8_t *input,
                                                       size_t input_length,
                                                       uint8_t *output,
                                                       size_t output_size,
                                                       size_t *output_length);

/*
 * psa_cipher_finish - finish an encryption or decryption and output what
 * remains (padding is added or checked here).
 *   [in,out] operation      active operation with an IV set if needed;
 *                           inactive on success.
 *   [out]    output         receives the last output; output_size bytes, at
 *                           least PSA_CIPHER_FINISH_OUTPUT_SIZE(key_type, alg)
 *                           (or PSA_CIPHER_FINISH_OUTPUT_MAX_SIZE).
 *   [out]    output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_INVALID_ARGUMENT       total input invalid for the algorithm
 *                                    (e.g. not a whole number of blocks).
 *   PSA_ERROR_INVALID_PADDING        decryption found invalid padding.
 *   PSA_ERROR_BAD_STATE              not active, or IV missing; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_cipher_finish(psa_cipher_operation_t *operation,
                                                       uint8_t *output,
                                                       size_t output_size,
                                                       size_t *output_length);

/*
 * psa_cipher_abort - abandon a cipher operation and free its resources.
 * Safe on any initialised object, including inactive and aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_cipher_abort(psa_cipher_operation_t *operation);

/* ===================================================================== */
/* Authenticated encryption with associated data (AEAD)                   */
/* ===================================================================== */

/*
 * psa_aead_encrypt - encrypt and authenticate in one call.  Output is
 * ciphertext || tag.
 *   [in]  key                     key permitting PSA_KEY_USAGE_ENCRYPT and alg.
 *   [in]  alg                     AEAD algorithm (PSA_ALG_IS_AEAD(alg)).
 *   [in]  nonce                   nonce, nonce_length bytes (default
 *                                 PSA_AEAD_NONCE_LENGTH(key_type, alg)).
 *   [in]  additional_data         authenticated-only data,
 *                                 additional_data_length bytes.
 *   [in]  plaintext               plaintext, plaintext_length bytes.
 *   [out] ciphertext              receives ciphertext and tag;
 *                                 ciphertext_size bytes, at least
 *                                 PSA_AEAD_ENCRYPT_OUTPUT_SIZE(key_type, alg,
 *                                 plaintext_length) (or _MAX_SIZE()).
 *   [out] ciphertext_length       on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      ciphertext holds *ciphertext_length bytes.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not AEAD; key incompatible with
 *                                    alg; nonce_length invalid; data too long
 *                                    for alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg, key or nonce_length not supported;
 *                                    data too long for kpsa.
 *   PSA_ERROR_BUFFER_TOO_SMALL       ciphertext_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_encrypt(psa_key_id_t key,
                                                      psa_algorithm_t alg,
                                                      const uint8_t *nonce,
                                                      size_t nonce_length,
                                                      const uint8_t *additional_data,
                                                      size_t additional_data_length,
                                                      const uint8_t *plaintext,
                                                      size_t plaintext_length,
                                                      uint8_t *ciphertext,
                                                      size_t ciphertext_size,
                                                      size_t *ciphertext_length);

/*
 * psa_aead_decrypt - verify and decrypt in one call.  Input is
 * ciphertext || tag.  No plaintext is released unless the tag verifies.
 *   [in]  key                     key permitting PSA_KEY_USAGE_DECRYPT and alg.
 *   [in]  alg                     AEAD algorithm (PSA_ALG_IS_AEAD(alg)).
 *   [in]  nonce                   nonce, nonce_length bytes.
 *   [in]  additional_data         authenticated-only data,
 *                                 additional_data_length bytes.
 *   [in]  ciphertext              ciphertext and tag, ciphertext_length bytes.
 *   [out] plaintext               receives the plaintext; plaintext_size
 *                                 bytes, at least
 *                                 PSA_AEAD_DECRYPT_OUTPUT_SIZE(key_type, alg,
 *                                 ciphertext_length) (or _MAX_SIZE()).
 *   [out] plaintext_length        on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      plaintext holds *plaintext_length bytes.
 *   PSA_ERROR_INVALID_SIGNATURE      the ciphertext is not authentic.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not AEAD; key incompatible with
 *                                    alg; nonce_length invalid; data too long
 *                                    for alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg, key or nonce_length not supported;
 *                                    data too long for kpsa.
 *   PSA_ERROR_BUFFER_TOO_SMALL       plaintext_size is too small.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_decrypt(psa_key_id_t key,
                                                      psa_algorithm_t alg,
                                                      const uint8_t *nonce,
                                                      size_t nonce_length,
                                                      const uint8_t *additional_data,
                                                      size_t additional_data_length,
                                                      const uint8_t *ciphertext,
                                                      size_t ciphertext_length,
                                                      uint8_t *plaintext,
                                                      size_t plaintext_size,
                                                      size_t *plaintext_length);

/*
 * psa_aead_operation_init - the initial value of an AEAD operation object,
 * equal to PSA_AEAD_OPERATION_INIT.
 */
KPSA_API psa_aead_operation_t psa_aead_operation_init(void);

/*
 * psa_aead_encrypt_setup - start a multi-part AEAD encryption: setup,
 * set_lengths (required for CCM), generate or set the nonce, update_ad (any
 * number of times), update (any number of times), finish; abort at any time.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_ENCRYPT and alg; must
 *                       stay valid until the operation ends.
 *   [in]     alg        AEAD algorithm (PSA_ALG_IS_AEAD(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not AEAD; key incompatible with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_encrypt_setup(psa_aead_operation_t *operation,
                                                            psa_key_id_t key,
                                                            psa_algorithm_t alg);

/*
 * psa_aead_decrypt_setup - start a multi-part AEAD decryption: setup,
 * set_lengths (required for CCM), set the nonce, update_ad, update, verify;
 * abort at any time.  Output of update is unauthenticated until verify
 * succeeds: do not act on it or release it before then.
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     key        key permitting PSA_KEY_USAGE_DECRYPT and alg; must
 *                       stay valid until the operation ends.
 *   [in]     alg        AEAD algorithm (PSA_ALG_IS_AEAD(alg)).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not AEAD; key incompatible with alg.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_decrypt_setup(psa_aead_operation_t *operation,
                                                            psa_key_id_t key,
                                                            psa_algorithm_t alg);

/*
 * psa_aead_set_lengths - declare the total lengths of the additional data
 * and of the plaintext, which kpsa then enforces.  Required for CCM,
 * optional otherwise; must precede the nonce.
 *   [in,out] operation         active operation without a nonce yet.
 *   [in]     ad_length         total additional data, in bytes.
 *   [in]     plaintext_length  total plaintext, in bytes.
 * Returns:
 *   PSA_SUCCESS                      the lengths are recorded.
 *   PSA_ERROR_BAD_STATE              not active, or the nonce is already set;
 *                                    not initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INVALID_ARGUMENT       a length is too large for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          a length is too large for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_set_lengths(psa_aead_operation_t *operation,
                                                          size_t ad_length,
                                                          size_t plaintext_length);

/*
 * psa_aead_generate_nonce - generate a random nonce for an encryption and use
 * it.  Its length is PSA_AEAD_NONCE_LENGTH(key_type, alg), except for CCM
 * where it is 15 - L for the smallest L >= 2 that can encode the declared
 * plaintext length.
 *   [in,out] operation     active encryption without a nonce (with lengths
 *                          set if the algorithm requires them).
 *   [out]    nonce         receives the nonce; nonce_size bytes, at least
 *                          PSA_AEAD_NONCE_LENGTH(key_type, alg) (or
 *                          PSA_AEAD_NONCE_MAX_SIZE).
 *   [out]    nonce_length  on success the nonce length.
 * Returns:
 *   PSA_SUCCESS                      nonce holds the nonce.
 *   PSA_ERROR_BAD_STATE              not an active encryption without a
 *                                    nonce; lengths required but not set; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       nonce_size is too small.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_generate_nonce(psa_aead_operation_t *operation,
                                                             uint8_t *nonce,
                                                             size_t nonce_size,
                                                             size_t *nonce_length);

/*
 * psa_aead_set_nonce - set the nonce of an encryption or decryption.
 *   [in,out] operation     active operation without a nonce (with lengths set
 *                          if the algorithm requires them).
 *   [in]     nonce         nonce, nonce_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the nonce is set.
 *   PSA_ERROR_BAD_STATE              not active, or the nonce is already set;
 *                                    lengths required but not set; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INVALID_ARGUMENT       nonce_length is invalid for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          nonce_length is not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_set_nonce(psa_aead_operation_t *operation,
                                                        const uint8_t *nonce,
                                                        size_t nonce_length);

/*
 * psa_aead_update_ad - add a fragment of additional data (authenticated,
 * not encrypted).  Not allowed after psa_aead_update().
 *   [in,out] operation     active operation with the nonce set.
 *   [in]     input         fragment, input_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the fragment has been absorbed (when
 *                                    decrypting it is not yet authenticated).
 *   PSA_ERROR_BAD_STATE              not active, nonce or lengths missing, or
 *                                    psa_aead_update() already called; not
 *                                    initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_INVALID_ARGUMENT       more additional data than declared, or
 *                                    too much for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          too much additional data for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_update_ad(psa_aead_operation_t *operation,
                                                        const uint8_t *input,
                                                        size_t input_length);

/*
 * psa_aead_update - encrypt or decrypt a fragment of the message.  When
 * decrypting, the output is unauthenticated until psa_aead_verify() succeeds.
 *   [in,out] operation      active operation with the nonce set.
 *   [in]     input          fragment, input_length bytes.
 *   [out]    output         receives output; output_size bytes, at least
 *                           PSA_AEAD_UPDATE_OUTPUT_SIZE(key_type, alg,
 *                           input_length) (or _MAX_SIZE(input_length)).
 *   [out]    output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_BAD_STATE              not active, nonce or lengths missing;
 *                                    not initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_INVALID_ARGUMENT       less additional data than declared; more
 *                                    input than declared or than the
 *                                    algorithm allows.
 *   PSA_ERROR_NOT_SUPPORTED          total input too long for kpsa.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_update(psa_aead_operation_t *operation,
                                                     const uint8_t *input,
                                                     size_t input_length,
                                                     uint8_t *output,
                                                     size_t output_size,
                                                     size_t *output_length);

/*
 * psa_aead_finish - finish an encryption: output the remaining ciphertext and
 * the tag.
 *   [in,out] operation          active encryption with the nonce set;
 *                               inactive on success.
 *   [out]    ciphertext         receives the remaining ciphertext;
 *                               ciphertext_size bytes, at least
 *                               PSA_AEAD_FINISH_OUTPUT_SIZE(key_type, alg)
 *                               (or PSA_AEAD_FINISH_OUTPUT_MAX_SIZE).
 *   [out]    ciphertext_length  on success the number of bytes written.
 *   [out]    tag                receives the tag; tag_size bytes, at least
 *                               PSA_AEAD_TAG_LENGTH(key_type, key_bits, alg)
 *                               (or PSA_AEAD_TAG_MAX_SIZE).
 *   [out]    tag_length         on success the tag length.
 * Returns:
 *   PSA_SUCCESS                      ciphertext and tag are output.
 *   PSA_ERROR_BAD_STATE              not an active encryption with a nonce;
 *                                    not initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       ciphertext_size or tag_size is too small.
 *   PSA_ERROR_INVALID_ARGUMENT       less additional data or plaintext than
 *                                    declared with psa_aead_set_lengths().
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_finish(psa_aead_operation_t *operation,
                                                     uint8_t *ciphertext,
                                                     size_t ciphertext_size,
                                                     size_t *ciphertext_length,
                                                     uint8_t *tag,
                                                     size_t tag_size,
                                                     size_t *tag_length);

/*
 * psa_aead_verify - finish a decryption: check the tag in constant time and
 * output the remaining plaintext.
 *   [in,out] operation         active decryption with the nonce set;
 *                              inactive on success.
 *   [out]    plaintext         receives the remaining plaintext;
 *                              plaintext_size bytes, at least
 *                              PSA_AEAD_VERIFY_OUTPUT_SIZE(key_type, alg) (or
 *                              PSA_AEAD_VERIFY_OUTPUT_MAX_SIZE).
 *   [out]    plaintext_length  on success the number of bytes written.
 *   [in]     tag               expected tag, tag_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the message is authentic; all output may
 *                                    now be used.
 *   PSA_ERROR_INVALID_SIGNATURE      the tag does not match.
 *   PSA_ERROR_BAD_STATE              not an active decryption with a nonce;
 *                                    not initialised.
 *                                    Also: its key was destroyed after setup.
 *   PSA_ERROR_BUFFER_TOO_SMALL       plaintext_size is too small.
 *   PSA_ERROR_INVALID_ARGUMENT       less additional data or ciphertext than
 *                                    declared with psa_aead_set_lengths().
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_aead_verify(psa_aead_operation_t *operation,
                                                     uint8_t *plaintext,
                                                     size_t plaintext_size,
                                                     size_t *plaintext_length,
                                                     const uint8_t *tag,
                                                     size_t tag_length);

/*
 * psa_aead_abort - abandon an AEAD operation and free its resources.  Safe
 * on any initialised object, including inactive and aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_aead_abort(psa_aead_operation_t *operation);

/* ===================================================================== */
/* Key derivation                                                         */
/* ===================================================================== */

/*
 * psa_key_derivation_operation_init - the initial value of a key derivation
 * operation object, equal to PSA_KEY_DERIVATION_OPERATION_INIT.
 */
KPSA_API psa_key_derivation_operation_t psa_key_derivation_operation_init(void);

/*
 * psa_key_derivation_setup - start a key derivation: setup, inputs in the
 * order the algorithm requires, optionally set_capacity, then any number of
 * outputs or verifications; always end with psa_key_derivation_abort().
 *   [in,out] operation  initialised, inactive operation; active on success.
 *   [in]     alg        key derivation algorithm, or combined key agreement
 *                       (PSA_ALG_IS_KEY_AGREEMENT(alg) and not standalone).
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is neither of those.
 *   PSA_ERROR_NOT_SUPPORTED          alg is not supported.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_setup(
    psa_key_derivation_operation_t *operation,
    psa_algorithm_t alg);

/*
 * psa_key_derivation_get_capacity - how many more bytes the derivation can
 * output.
 *   [in]  operation  active key derivation; not modified.
 *   [out] capacity   on success the remaining capacity, in bytes.
 * Returns:
 *   PSA_SUCCESS                      *capacity is set.
 *   PSA_ERROR_BAD_STATE              the operation is not active; not
 *                                    initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_get_capacity(
    const psa_key_derivation_operation_t *operation,
    size_t *capacity);

/*
 * psa_key_derivation_set_capacity - lower the capacity of a derivation (for
 * SP 800-108 KDFs this sets the output length L and is only allowed before
 * the first output).
 *   [in,out] operation  active key derivation.
 *   [in]     capacity   new capacity, at most the current one.
 * Returns:
 *   PSA_SUCCESS                      the capacity is set.
 *   PSA_ERROR_INVALID_ARGUMENT       capacity exceeds the current capacity;
 *                                    the operation is unchanged and still valid.
 *   PSA_ERROR_BAD_STATE              the operation is not active (or not in a
 *                                    state that allows it); not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_set_capacity(
    psa_key_derivation_operation_t *operation,
    size_t capacity);

/*
 * psa_key_derivation_input_bytes - provide a direct (non-key) input.  A
 * secret given this way forbids psa_key_derivation_output_key().
 *   [in,out] operation    active derivation that has produced no output yet.
 *   [in]     step         input step (PSA_KEY_DERIVATION_INPUT_xxx).
 *   [in]     data         input, data_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the input is taken.
 *   PSA_ERROR_INVALID_ARGUMENT       step is not valid for the algorithm or
 *                                    does not accept direct input;
 *                                    data_length invalid for step.
 *   PSA_ERROR_NOT_SUPPORTED          step or data_length not supported.
 *   PSA_ERROR_BAD_STATE              step out of order or repeated; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_input_bytes(
    psa_key_derivation_operation_t *operation,
    psa_key_derivation_step_t step,
    const uint8_t *data,
    size_t data_length);

/*
 * psa_key_derivation_input_integer - provide a numeric input, such as the
 * PBKDF2 iteration count (PSA_KEY_DERIVATION_INPUT_COST).
 *   [in,out] operation  active derivation that has produced no output yet.
 *   [in]     step       input step.
 *   [in]     value      the number.
 * Returns:
 *   PSA_SUCCESS                      the input is taken.
 *   PSA_ERROR_INVALID_ARGUMENT       step is not valid for the algorithm or
 *                                    does not accept numbers; value invalid.
 *   PSA_ERROR_NOT_SUPPORTED          step or value not supported.
 *   PSA_ERROR_BAD_STATE              step out of order or repeated; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_input_integer(
    psa_key_derivation_operation_t *operation,
    psa_key_derivation_step_t step,
    uint64_t value);

/*
 * psa_key_derivation_input_key - provide an input from a key.  Which outputs
 * are then allowed depends on the usage flags of the keys given: output
 * (bytes or key) needs PSA_KEY_USAGE_DERIVE on every key input, and
 * output_key also needs the SECRET or PASSWORD step to be a key; the verify
 * functions accept PSA_KEY_USAGE_VERIFY_DERIVATION instead.
 *   [in,out] operation  active derivation that has produced no output yet.
 *   [in]     step       input step.
 *   [in]     key        key of a type suitable for step, permitting
 *                       PSA_KEY_USAGE_DERIVE or PSA_KEY_USAGE_VERIFY_DERIVATION
 *                       and the operation's algorithm.
 * Returns:
 *   PSA_SUCCESS                      the input is taken.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key has neither usage flag, or does
 *                                    not permit the algorithm.
 *   PSA_ERROR_INVALID_ARGUMENT       step is not valid for the algorithm or
 *                                    does not accept this key type.
 *   PSA_ERROR_NOT_SUPPORTED          step or key type not supported.
 *   PSA_ERROR_BAD_STATE              step out of order or repeated; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_input_key(
    psa_key_derivation_operation_t *operation,
    psa_key_derivation_step_t step,
    psa_key_id_t key);

/*
 * psa_key_derivation_output_bytes - read the next bytes of the derivation
 * output stream; the capacity decreases accordingly.
 *   [in,out] operation      active derivation with all inputs given.
 *   [out]    output         receives output_length bytes.
 *   [in]     output_length  number of bytes to output.
 * Returns:
 *   PSA_SUCCESS                      output holds output_length bytes.
 *   PSA_ERROR_NOT_PERMITTED          a key input lacks PSA_KEY_USAGE_DERIVE.
 *   PSA_ERROR_INSUFFICIENT_DATA      capacity < output_length: nothing is
 *                                    output, the capacity becomes 0 and the
 *                                    operation stays usable.
 *   PSA_ERROR_BAD_STATE              not active or inputs incomplete; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On other failures the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_output_bytes(
    psa_key_derivation_operation_t *operation,
    uint8_t *output,
    size_t output_length);

/*
 * psa_key_derivation_output_key - create a key from the next bytes of the
 * derivation output stream.
 *   [in]     attributes  type (required, not a public key), size (required),
 *                        policy, lifetime and identifier of the new key; for
 *                        PSA_KEY_TYPE_PASSWORD_HASH the permitted algorithm
 *                        must be the operation's.  Not modified.
 *   [in,out] operation   active derivation with all inputs given.
 *   [out]    key         on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the key exists; a persistent key has been
 *                                    saved to storage.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_INSUFFICIENT_DATA      not enough capacity: no key is created,
 *                                    the capacity becomes 0 and the operation
 *                                    stays usable.
 *   PSA_ERROR_NOT_SUPPORTED          the attributes, as a whole, are not
 *                                    supported (in that location).
 *   PSA_ERROR_INVALID_ARGUMENT       invalid or public-key type; size invalid
 *                                    (or 0); invalid lifetime, identifier,
 *                                    usage or algorithm.
 *   PSA_ERROR_NOT_PERMITTED          the secret was not a key or key agreement;
 *                                    a key input lacks PSA_KEY_USAGE_DERIVE;
 *                                    an implementation policy forbids the key.
 *   PSA_ERROR_BAD_STATE              not active or inputs incomplete; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_STORAGE,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On other failures the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_output_key(
    const psa_key_attributes_t *attributes,
    psa_key_derivation_operation_t *operation,
    psa_key_id_t *key);

/*
 * psa_key_derivation_output_key_custom - psa_key_derivation_output_key()
 * with custom production parameters (PSA Crypto API 1.3, provided by kpsa on
 * top of 1.2).  custom->flags must be 0 and custom_data empty for every key
 * type (no type defines custom derivation parameters):
 * PSA_ERROR_INVALID_ARGUMENT otherwise.  Returns what
 * psa_key_derivation_output_key() returns.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_output_key_custom(
    const psa_key_attributes_t *attributes, psa_key_derivation_operation_t *operation,
    const psa_custom_key_parameters_t *custom, const uint8_t *custom_data,
    size_t custom_data_length, psa_key_id_t *key);

/*
 * psa_key_derivation_verify_bytes - read output_length bytes of the output
 * stream and compare them, in constant time, with an expected value.  Works
 * even when the inputs' policy forbids outputting the bytes.
 *   [in,out] operation        active derivation with all inputs given.
 *   [in]     expected_output  expected bytes, output_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the output matches.
 *   PSA_ERROR_INVALID_SIGNATURE      the output differs.
 *   PSA_ERROR_NOT_PERMITTED          a key input has neither
 *                                    PSA_KEY_USAGE_DERIVE nor
 *                                    PSA_KEY_USAGE_VERIFY_DERIVATION.
 *   PSA_ERROR_INSUFFICIENT_DATA      capacity < output_length: the capacity
 *                                    becomes 0 and the operation stays usable.
 *   PSA_ERROR_BAD_STATE              not active or inputs incomplete; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On other failures (including INVALID_SIGNATURE) the operation enters the
 * error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_verify_bytes(
    psa_key_derivation_operation_t *operation,
    const uint8_t *expected_output,
    size_t output_length);

/*
 * psa_key_derivation_verify_key - read as many bytes of the output stream as
 * the expected key holds and compare them, in constant time, with that key.
 *   [in,out] operation  active derivation with all inputs given.
 *   [in]     expected   key of type PSA_KEY_TYPE_PASSWORD_HASH permitting
 *                       PSA_KEY_USAGE_VERIFY_DERIVATION and the operation's
 *                       algorithm.
 * Returns:
 *   PSA_SUCCESS                      the output matches the key.
 *   PSA_ERROR_INVALID_SIGNATURE      the output differs.
 *   PSA_ERROR_INVALID_HANDLE         expected is not a valid key identifier.
 *   PSA_ERROR_INVALID_ARGUMENT       expected is not a password hash.
 *   PSA_ERROR_NOT_PERMITTED          expected's policy does not permit it; a
 *                                    key input has neither derivation usage.
 *   PSA_ERROR_INSUFFICIENT_DATA      not enough capacity: the capacity becomes
 *                                    0 and the operation stays usable.
 *   PSA_ERROR_BAD_STATE              not active or inputs incomplete; not
 *                                    initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On other failures (including INVALID_SIGNATURE) the operation enters the
 * error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_verify_key(
    psa_key_derivation_operation_t *operation,
    psa_key_id_t expected);

/*
 * psa_key_derivation_abort - end a key derivation and free its resources.
 * Safe on any initialised object, including inactive and aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_key_derivation_abort(
    psa_key_derivation_operation_t *operation);

/* ===================================================================== */
/* Asymmetric signature                                                   */
/* ===================================================================== */

/*
 * psa_sign_message - sign a message (hashing it as the algorithm requires).
 *   [in]  key               key pair permitting PSA_KEY_USAGE_SIGN_MESSAGE
 *                           and alg.
 *   [in]  alg               signature algorithm
 *                           (PSA_ALG_IS_SIGN_MESSAGE(alg)).
 *   [in]  input             message, input_length bytes.
 *   [out] signature         receives the signature; signature_size bytes, at
 *                           least PSA_SIGN_OUTPUT_SIZE(key_type, key_bits,
 *                           alg) (or PSA_SIGNATURE_MAX_SIZE).
 *   [out] signature_length  on success the signature length.
 * Returns:
 *   PSA_SUCCESS                      signature holds the signature.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_BUFFER_TOO_SMALL       signature_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a signature algorithm; key is
 *                                    not a key pair compatible with alg; input
 *                                    too long for alg.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_sign_message(psa_key_id_t key,
                                                      psa_algorithm_t alg,
                                                      const uint8_t *input,
                                                      size_t input_length,
                                                      uint8_t *signature,
                                                      size_t signature_size,
                                                      size_t *signature_length);

/*
 * psa_verify_message - verify the signature of a message.
 *   [in] key               public key or key pair permitting
 *                          PSA_KEY_USAGE_VERIFY_MESSAGE and alg.
 *   [in] alg               signature algorithm (PSA_ALG_IS_SIGN_MESSAGE(alg)).
 *   [in] input             message, input_length bytes.
 *   [in] signature         signature, signature_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the signature is valid.
 *   PSA_ERROR_INVALID_SIGNATURE      the signature is not valid.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input too long
 *                                    for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a signature algorithm; key
 *                                    incompatible with alg; input too long.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_verify_message(psa_key_id_t key,
                                                        psa_algorithm_t alg,
                                                        const uint8_t *input,
                                                        size_t input_length,
                                                        const uint8_t *signature,
                                                        size_t signature_length);

/*
 * psa_sign_hash - sign an already computed hash (for hash-and-sign
 * algorithms hash_length must be PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg)); for
 * PSA_ALG_RSA_PKCS1V15_SIGN_RAW it is the encoded DigestInfo).
 *   [in]  key               key pair permitting PSA_KEY_USAGE_SIGN_HASH and
 *                           alg.
 *   [in]  alg               signature algorithm (PSA_ALG_IS_SIGN_HASH(alg)).
 *   [in]  hash              input to sign, hash_length bytes.
 *   [out] signature         receives the signature; signature_size bytes, at
 *                           least PSA_SIGN_OUTPUT_SIZE(key_type, key_bits,
 *                           alg) (or PSA_SIGNATURE_MAX_SIZE).
 *   [out] signature_length  on success the signature length.
 * Returns:
 *   PSA_SUCCESS                      signature holds the signature.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_BUFFER_TOO_SMALL       signature_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a signature algorithm; key is
 *                                    not a key pair compatible with alg;
 *                                    hash_length or hash invalid.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_sign_hash(psa_key_id_t key,
                                                   psa_algorithm_t alg,
                                                   const uint8_t *hash,
                                                   size_t hash_length,
                                                   uint8_t *signature,
                                                   size_t signature_size,
                                                   size_t *signature_length);

/*
 * psa_verify_hash - verify the signature of an already computed hash.
 *   [in] key               public key or key pair permitting
 *                          PSA_KEY_USAGE_VERIFY_HASH and alg.
 *   [in] alg               signature algorithm (PSA_ALG_IS_SIGN_HASH(alg)).
 *   [in] hash              signed input, hash_length bytes.
 *   [in] signature         signature, signature_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the signature is valid.
 *   PSA_ERROR_INVALID_SIGNATURE      the signature is not valid.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a signature algorithm; key
 *                                    incompatible with alg; hash_length or
 *                                    hash invalid.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_verify_hash(psa_key_id_t key,
                                                     psa_algorithm_t alg,
                                                     const uint8_t *hash,
                                                     size_t hash_length,
                                                     const uint8_t *signature,
                                                     size_t signature_length);

/* ===================================================================== */
/* Asymmetric encryption                                                  */
/* ===================================================================== */

/*
 * psa_asymmetric_encrypt - encrypt a short message with a public key.
 *   [in]  key            public key or key pair permitting
 *                        PSA_KEY_USAGE_ENCRYPT and alg.
 *   [in]  alg            asymmetric encryption algorithm
 *                        (PSA_ALG_IS_ASYMMETRIC_ENCRYPTION(alg)).
 *   [in]  input          message, input_length bytes.
 *   [in]  salt           OAEP label, salt_length bytes; NULL / 0 for none
 *                        (PKCS#1 v1.5 accepts no salt).
 *   [out] output         receives the ciphertext; output_size bytes, at least
 *                        PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE(key_type,
 *                        key_bits, alg) (or _MAX_SIZE).
 *   [out] output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds the ciphertext.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input or salt
 *                                    too long for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not asymmetric encryption; key
 *                                    incompatible with alg; input_length or
 *                                    salt_length invalid.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_asymmetric_encrypt(psa_key_id_t key,
                                                            psa_algorithm_t alg,
                                                            const uint8_t *input,
                                                            size_t input_length,
                                                            const uint8_t *salt,
                                                            size_t salt_length,
                                                            uint8_t *output,
                                                            size_t output_size,
                                                            size_t *output_length);

/*
 * psa_asymmetric_decrypt - decrypt a short message with a private key.
 *   [in]  key            key pair permitting PSA_KEY_USAGE_DECRYPT and alg.
 *   [in]  alg            asymmetric encryption algorithm
 *                        (PSA_ALG_IS_ASYMMETRIC_ENCRYPTION(alg)).
 *   [in]  input          ciphertext, input_length bytes.
 *   [in]  salt           OAEP label, salt_length bytes; NULL / 0 for none.
 *   [out] output         receives the message; output_size bytes, at least
 *                        PSA_ASYMMETRIC_DECRYPT_OUTPUT_SIZE(key_type,
 *                        key_bits, alg) (or _MAX_SIZE).
 *   [out] output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds the message.
 *   PSA_ERROR_INVALID_HANDLE         key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          the key's policy does not permit it.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          alg or key not supported; input or salt
 *                                    too long for kpsa.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not asymmetric encryption; key is
 *                                    not a key pair compatible with alg;
 *                                    input_length or salt_length invalid.
 *   PSA_ERROR_INVALID_PADDING        the decrypted padding is invalid.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_asymmetric_decrypt(psa_key_id_t key,
                                                            psa_algorithm_t alg,
                                                            const uint8_t *input,
                                                            size_t input_length,
                                                            const uint8_t *salt,
                                                            size_t salt_length,
                                                            uint8_t *output,
                                                            size_t output_size,
                                                            size_t *output_length);

/* ===================================================================== */
/* Key agreement                                                          */
/* ===================================================================== */

/*
 * psa_key_agreement - compute a shared secret and store it in a new key (the
 * recommended way: the secret is biased and should feed a key derivation).
 *   [in]  private_key      key pair permitting PSA_KEY_USAGE_DERIVE and alg.
 *   [in]  peer_key         peer's public key in the public-key format of
 *                          private_key's type and size, peer_key_length bytes.
 *   [in]  alg              standalone key agreement
 *                          (PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg)).
 *   [in]  attributes       new key: type PSA_KEY_TYPE_DERIVE, _RAW_DATA,
 *                          _HMAC or _PASSWORD; size 0 or
 *                          8 * PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(type, bits);
 *                          policy, lifetime, identifier.  Not modified.
 *   [out] key              on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the key holds the shared secret; a
 *                                    persistent key has been saved.
 *   PSA_ERROR_INVALID_HANDLE         private_key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          private_key's policy does not permit it;
 *                                    an implementation policy forbids the key.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a key agreement; private_key
 *                                    incompatible with alg; peer_key invalid;
 *                                    invalid output attributes.
 *   PSA_ERROR_NOT_SUPPORTED          alg, private_key or the output
 *                                    attributes are not supported.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_STORAGE,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_agreement(psa_key_id_t private_key,
                                                       const uint8_t *peer_key,
                                                       size_t peer_key_length,
                                                       psa_algorithm_t alg,
                                                       const psa_key_attributes_t *attributes,
                                                       psa_key_id_t *key);

/*
 * psa_raw_key_agreement - compute a shared secret and output it.
 *   [in]  alg              standalone key agreement
 *                          (PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg)).
 *   [in]  private_key      key pair permitting PSA_KEY_USAGE_DERIVE and alg.
 *   [in]  peer_key         peer's public key in the public-key format of
 *                          private_key's type and size, peer_key_length bytes.
 *   [out] output           receives the secret; output_size bytes, at least
 *                          PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(type, bits) (or
 *                          PSA_RAW_KEY_AGREEMENT_OUTPUT_MAX_SIZE).
 *   [out] output_length    on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds the shared secret.
 *   PSA_ERROR_INVALID_HANDLE         private_key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          private_key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       alg is not a key agreement; private_key
 *                                    incompatible with alg; peer_key invalid.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_NOT_SUPPORTED          alg or private_key not supported.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_raw_key_agreement(psa_algorithm_t alg,
                                                           psa_key_id_t private_key,
                                                           const uint8_t *peer_key,
                                                           size_t peer_key_length,
                                                           uint8_t *output,
                                                           size_t output_size,
                                                           size_t *output_length);

/*
 * psa_key_derivation_key_agreement - compute a shared secret and feed it to a
 * key derivation as input step.
 *   [in,out] operation        derivation set up with a combined key agreement
 *                             algorithm, ready for step.
 *   [in]     step             input step (normally
 *                             PSA_KEY_DERIVATION_INPUT_SECRET).
 *   [in]     private_key      key pair permitting PSA_KEY_USAGE_DERIVE and
 *                             the operation's algorithm.
 *   [in]     peer_key         peer's public key, peer_key_length bytes.
 * Returns:
 *   PSA_SUCCESS                      the secret is taken as input.
 *   PSA_ERROR_BAD_STATE              the operation is not ready for step; not
 *                                    initialised.
 *   PSA_ERROR_INVALID_HANDLE         private_key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          private_key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       the algorithm is not a key agreement; step
 *                                    refuses a key agreement; private_key
 *                                    incompatible; peer_key invalid.
 *   PSA_ERROR_NOT_SUPPORTED          private_key not supported with the
 *                                    algorithm.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_key_derivation_key_agreement(
    psa_key_derivation_operation_t *operation,
    psa_key_derivation_step_t step,
    psa_key_id_t private_key,
    const uint8_t *peer_key,
    size_t peer_key_length);

/* ===================================================================== */
/* Random number generation                                               */
/* ===================================================================== */

/*
 * psa_generate_random - fill a buffer with cryptographically secure random
 * bytes.  Do not use the buffer unless this returns PSA_SUCCESS.
 *   [out] output       receives output_size random bytes.
 * Returns:
 *   PSA_SUCCESS                      output is filled.
 *   PSA_ERROR_NOT_SUPPORTED          output_size is too large for kpsa.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY   the random generator failed.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_generate_random(uint8_t *output, size_t output_size);

/* ===================================================================== */
/* Password-authenticated key exchange (PAKE)                             */
/* ===================================================================== */

/*
 * A PAKE runs as: build a cipher suite (algorithm, primitive, key
 * confirmation); psa_pake_setup() with the password key; psa_pake_set_role(),
 * _set_user(), _set_peer(), _set_context() as the algorithm requires;
 * psa_pake_output() / psa_pake_input() in the algorithm's order;
 * psa_pake_get_shared_key().  psa_pake_abort() at any time.
 *   J-PAKE:  password key PSA_KEY_TYPE_PASSWORD or _PASSWORD_HASH; no role;
 *            user and peer required; PSA_PAKE_UNCONFIRMED_KEY.
 *   SPAKE2+: Prover (PSA_PAKE_ROLE_CLIENT) uses a SPAKE2+ key pair, Verifier
 *            (PSA_PAKE_ROLE_SERVER) a key pair or public key; user, peer and
 *            context as RFC 9383 (or Matter) require.
 *
 * The cipher suite accessors never fail and do not validate values; the
 * object must have been initialised.  A fresh suite holds PSA_ALG_NONE,
 * primitive 0 and PSA_PAKE_CONFIRMED_KEY.
 */

/*
 * psa_pake_cipher_suite_init - the initial value of a PAKE cipher suite,
 * equal to PSA_PAKE_CIPHER_SUITE_INIT.
 */
KPSA_API psa_pake_cipher_suite_t psa_pake_cipher_suite_init(void);

/*
 * psa_pake_cs_get_algorithm - the PAKE algorithm of a cipher suite.
 *   [in] cipher_suite  suite to read.
 */
KPSA_API psa_algorithm_t psa_pake_cs_get_algorithm(const psa_pake_cipher_suite_t *cipher_suite);

/*
 * psa_pake_cs_set_algorithm - set the PAKE algorithm of a cipher suite.
 *   [in,out] cipher_suite  suite to update.
 *   [in]     alg           PAKE algorithm (PSA_ALG_IS_PAKE(alg)).
 */
KPSA_API void psa_pake_cs_set_algorithm(psa_pake_cipher_suite_t *cipher_suite,
                                        psa_algorithm_t alg);

/*
 * psa_pake_cs_get_primitive - the primitive of a cipher suite.
 *   [in] cipher_suite  suite to read.
 */
KPSA_API psa_pake_primitive_t psa_pake_cs_get_primitive(
    const psa_pake_cipher_suite_t *cipher_suite);

/*
 * psa_pake_cs_set_primitive - set the primitive of a cipher suite.
 *   [in,out] cipher_suite  suite to update.
 *   [in]     primitive     PSA_PAKE_PRIMITIVE() value; 0 makes it unspecified.
 */
KPSA_API void psa_pake_cs_set_primitive(psa_pake_cipher_suite_t *cipher_suite,
                                        psa_pake_primitive_t primitive);

/*
 * psa_pake_cs_get_key_confirmation - the key confirmation choice of a suite.
 *   [in] cipher_suite  suite to read.
 * Returns PSA_PAKE_CONFIRMED_KEY or PSA_PAKE_UNCONFIRMED_KEY.
 */
KPSA_API uint32_t psa_pake_cs_get_key_confirmation(const psa_pake_cipher_suite_t *cipher_suite);

/*
 * psa_pake_cs_set_key_confirmation - choose whether the shared key is
 * returned after (confirmed) or before (unconfirmed) key confirmation.
 *   [in,out] cipher_suite      suite to update.
 *   [in]     key_confirmation  PSA_PAKE_CONFIRMED_KEY or
 *                              PSA_PAKE_UNCONFIRMED_KEY.
 */
KPSA_API void psa_pake_cs_set_key_confirmation(psa_pake_cipher_suite_t *cipher_suite,
                                               uint32_t key_confirmation);

/*
 * psa_pake_operation_init - the initial value of a PAKE operation object,
 * equal to PSA_PAKE_OPERATION_INIT.
 */
KPSA_API psa_pake_operation_t psa_pake_operation_init(void);

/*
 * psa_pake_setup - start a PAKE with a cipher suite and password key.
 *   [in,out] operation     initialised, inactive operation; active on
 *                          success.
 *   [in]     password_key  password (or derived) key suitable for the suite
 *                          and role, permitting PSA_KEY_USAGE_DERIVE and the
 *                          suite's algorithm; must stay valid until the
 *                          operation ends.
 *   [in]     cipher_suite  the suite; copied, not retained.
 * Returns:
 *   PSA_SUCCESS                      the operation is active.
 *   PSA_ERROR_BAD_STATE              the operation is not inactive; not
 *                                    initialised.
 *   PSA_ERROR_INVALID_HANDLE         password_key is not a valid key identifier.
 *   PSA_ERROR_NOT_PERMITTED          password_key's policy does not permit it.
 *   PSA_ERROR_INVALID_ARGUMENT       the suite's algorithm is not a PAKE or has
 *                                    an invalid hash; primitive or key
 *                                    confirmation incompatible with it;
 *                                    password_key's type or size incompatible
 *                                    (or, for J-PAKE, reduces to 0).
 *   PSA_ERROR_NOT_SUPPORTED          algorithm, hash, primitive, key
 *                                    confirmation or key not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation is unchanged.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_setup(psa_pake_operation_t *operation,
                                                    psa_key_id_t password_key,
                                                    const psa_pake_cipher_suite_t *cipher_suite);

/*
 * psa_pake_set_role - set the application's role, before any input or output.
 *   [in,out] operation  active operation, role not yet set.
 *   [in]     role       PSA_PAKE_ROLE_xxx valid for the algorithm
 *                       (PSA_PAKE_ROLE_NONE if it has no roles).
 * Returns:
 *   PSA_SUCCESS                      the role is set.
 *   PSA_ERROR_BAD_STATE              not active, role already set, or input /
 *                                    output started; not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       role invalid for the algorithm or key.
 *   PSA_ERROR_NOT_SUPPORTED          role not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_set_role(psa_pake_operation_t *operation,
                                                       psa_pake_role_t role);

/*
 * psa_pake_set_user - set the application's identity, before any input or
 * output.
 *   [in,out] operation    active operation, user not yet set.
 *   [in]     user_id      identity, user_id_len bytes; copied.
 * Returns:
 *   PSA_SUCCESS                      the identity is set.
 *   PSA_ERROR_BAD_STATE              not active, user already set, or input /
 *                                    output started; not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       user_id invalid for the suite.
 *   PSA_ERROR_NOT_SUPPORTED          user_id not supported (e.g. too long).
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_set_user(psa_pake_operation_t *operation,
                                                       const uint8_t *user_id,
                                                       size_t user_id_len);

/*
 * psa_pake_set_peer - set the peer's identity, before any input or output.
 *   [in,out] operation    active operation, peer not yet set.
 *   [in]     peer_id      identity, peer_id_len bytes; copied.
 * Returns:
 *   PSA_SUCCESS                      the identity is set.
 *   PSA_ERROR_BAD_STATE              not active, peer already set, input /
 *                                    output started, or the algorithm takes
 *                                    no peer; not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       peer_id invalid for the suite.
 *   PSA_ERROR_NOT_SUPPORTED          peer_id not supported (e.g. too long).
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_set_peer(psa_pake_operation_t *operation,
                                                       const uint8_t *peer_id,
                                                       size_t peer_id_len);

/*
 * psa_pake_set_context - set protocol context data (e.g. the SPAKE2+
 * Context), before any input or output.
 *   [in,out] operation    active operation, context not yet set.
 *   [in]     context      context, context_len bytes; copied.
 * Returns:
 *   PSA_SUCCESS                      the context is set.
 *   PSA_ERROR_BAD_STATE              not active, context already set, input /
 *                                    output started, or the algorithm takes
 *                                    no context; not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       context invalid for the suite.
 *   PSA_ERROR_NOT_SUPPORTED          context not supported (e.g. too long).
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_set_context(psa_pake_operation_t *operation,
                                                          const uint8_t *context,
                                                          size_t context_len);

/*
 * psa_pake_output - produce the data of the next output step, to be sent to
 * the peer.
 *   [in,out] operation      fully set-up operation expecting this output.
 *   [in]     step           PSA_PAKE_STEP_xxx.
 *   [out]    output         receives the data; output_size bytes, at least
 *                           PSA_PAKE_OUTPUT_SIZE(alg, primitive, step) (or
 *                           PSA_PAKE_OUTPUT_MAX_SIZE).
 *   [out]    output_length  on success the number of bytes written.
 * Returns:
 *   PSA_SUCCESS                      output holds *output_length bytes.
 *   PSA_ERROR_BAD_STATE              not fully set up, or step out of order;
 *                                    not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       step is not valid for the algorithm.
 *   PSA_ERROR_NOT_SUPPORTED          step not supported.
 *   PSA_ERROR_BUFFER_TOO_SMALL       output_size is too small.
 *   PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_output(psa_pake_operation_t *operation,
                                                     psa_pake_step_t step,
                                                     uint8_t *output,
                                                     size_t output_size,
                                                     size_t *output_length);

/*
 * psa_pake_input - consume the data of the next input step, received from
 * the peer; proofs and confirmations are verified here.
 *   [in,out] operation     fully set-up operation expecting this input.
 *   [in]     step          PSA_PAKE_STEP_xxx.
 *   [in]     input         data, input_length bytes (at most
 *                          PSA_PAKE_INPUT_SIZE(alg, primitive, step)).
 * Returns:
 *   PSA_SUCCESS                      the input is taken.
 *   PSA_ERROR_BAD_STATE              not fully set up, or step out of order;
 *                                    not initialised.
 *   PSA_ERROR_INVALID_ARGUMENT       step is not valid for the algorithm; the
 *                                    input is malformed (e.g. not a valid
 *                                    group element).
 *   PSA_ERROR_INVALID_SIGNATURE      a ZK proof or key confirmation value
 *                                    does not verify.
 *   PSA_ERROR_NOT_SUPPORTED          step or input not supported.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_STORAGE_FAILURE,
 *   PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_input(psa_pake_operation_t *operation,
                                                    psa_pake_step_t step,
                                                    const uint8_t *input,
                                                    size_t input_length);

/*
 * psa_pake_get_shared_key - end the PAKE and store its shared secret in a
 * new key: after the key exchange for an unconfirmed key, after key
 * confirmation for a confirmed one.  The peer is not authenticated by this
 * alone.
 *   [in,out] operation   operation ready to return the secret; inactive on
 *                        success.
 *   [in]     attributes  new key: type PSA_KEY_TYPE_DERIVE or _HMAC (SPAKE2+
 *                        also allows block cipher types), size 0, policy,
 *                        lifetime, identifier.  Not modified.
 *   [out]    key         on success the new key's identifier.
 * Returns:
 *   PSA_SUCCESS                      the key holds the shared secret; a
 *                                    persistent key has been saved.
 *   PSA_ERROR_BAD_STATE              the operation is not ready to return the
 *                                    secret; not initialised.
 *   PSA_ERROR_ALREADY_EXISTS         a persistent key with that identifier
 *                                    already exists.
 *   PSA_ERROR_NOT_SUPPORTED          the attributes are not supported for a
 *                                    PAKE secret (in that location).
 *   PSA_ERROR_INVALID_ARGUMENT       type invalid for the algorithm; size
 *                                    nonzero; invalid lifetime, identifier,
 *                                    usage or algorithm.
 *   PSA_ERROR_NOT_PERMITTED          an implementation policy forbids the key.
 *   PSA_ERROR_INSUFFICIENT_MEMORY, PSA_ERROR_INSUFFICIENT_STORAGE,
 *   PSA_ERROR_COMMUNICATION_FAILURE, PSA_ERROR_CORRUPTION_DETECTED,
 *   PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID
 *                                    see "Common failures".
 * On failure the operation enters the error state.
 */
KPSA_API KPSA_NODISCARD psa_status_t psa_pake_get_shared_key(psa_pake_operation_t *operation,
                                                             const psa_key_attributes_t *attributes,
                                                             psa_key_id_t *key);

/*
 * psa_pake_abort - abandon a PAKE operation and free its resources.  Safe on
 * any initialised object, including inactive and aborted ones.
 *   [in,out] operation  initialised operation; inactive (reusable) on return.
 * Returns:
 *   PSA_SUCCESS                      the operation is inactive.
 *   PSA_ERROR_BAD_STATE              not initialised.
 *   PSA_ERROR_COMMUNICATION_FAILURE,
 *   PSA_ERROR_CORRUPTION_DETECTED    see "Common failures".
 */
KPSA_API psa_status_t psa_pake_abort(psa_pake_operation_t *operation);

#ifdef __cplusplus
}
#endif

#endif /* KPSA_PSA_CRYPTO_H */
