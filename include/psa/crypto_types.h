/*
 * psa/crypto_types.h - the types of the PSA Certified Crypto API 1.2.
 *
 * This header names every type of the API:
 *   - the integral types whose width and signedness the specification fixes
 *     (status codes, key types, algorithm identifiers, key identifiers,
 *     lifetimes, usage flags, derivation steps, curve and group families and
 *     the PAKE encodings), declared exactly as the specification declares them;
 *   - the implementation-defined object types (key attributes, the multi-part
 *     operation objects and the PAKE cipher suite), declared here as typedefs
 *     of structure tags.  Their members are defined in <psa/crypto_struct.h>.
 *
 * The values that go with these types are in <psa/crypto_values.h>, the
 * buffer-size macros in <psa/crypto_sizes.h>.  Applications include
 * <psa/crypto.h>, which pulls in all of them; this header is self-contained so
 * that the other headers (and kpsa's own sources) can include it alone.
 */
#ifndef KPSA_PSA_CRYPTO_TYPES_H
#define KPSA_PSA_CRYPTO_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* ===================================================================== */
/* Status codes                                                           */
/* ===================================================================== */

/*
 * Result of a function: PSA_SUCCESS (0) or a negative PSA_ERROR_xxx value.
 * Shared with the other PSA Certified APIs (psa/error.h of [PSA-STAT]); the
 * declaration is identical so both headers can be included together.
 */
typedef int32_t psa_status_t;

/* ===================================================================== */
/* Keys                                                                   */
/* ===================================================================== */

/*
 * Key type: a structured 16-bit value (category, type, parity).  Bit 15 clear
 * for specification-defined types, set for implementation-defined ones;
 * PSA_KEY_TYPE_NONE (0) is never a valid key type.
 */
typedef uint16_t psa_key_type_t;

/*
 * Elliptic curve family, used with PSA_KEY_TYPE_ECC_KEY_PAIR() and friends;
 * the curve within the family is selected by the key size in bits.
 * 0x01-0x7f: specification-defined; 0x80-0xff: implementation-defined.
 */
typedef uint8_t psa_ecc_family_t;

/*
 * Finite-field Diffie-Hellman group family, used with
 * PSA_KEY_TYPE_DH_KEY_PAIR() and friends; the group within the family is
 * selected by the key size in bits.
 */
typedef uint8_t psa_dh_family_t;

/*
 * Key identifier: the permanent name of a persistent key or the transient
 * handle of a volatile key.  PSA_KEY_ID_NULL (0) is never valid.
 */
typedef uint32_t psa_key_id_t;

/*
 * Key lifetime: bits 7:0 are the persistence level (psa_key_persistence_t),
 * bits 31:8 the location (psa_key_location_t).
 */
typedef uint32_t psa_key_lifetime_t;

/* Key persistence level: 0 volatile, 1 default persistent, 255 read-only. */
typedef uint8_t psa_key_persistence_t;

/*
 * Key location indicator (24 bits used): 0 local storage, 1 primary secure
 * element, 0x800000-0xffffff vendor-defined.
 */
typedef uint32_t psa_key_location_t;

/* Bit mask of permitted usages of a key (PSA_KEY_USAGE_xxx). */
typedef uint32_t psa_key_usage_t;

/* ===================================================================== */
/* Algorithms                                                             */
/* ===================================================================== */

/*
 * Algorithm identifier: a structured 32-bit value (category, flags, sub-type,
 * hash).  Bit 31 clear for specification-defined algorithms, set for
 * implementation-defined ones; PSA_ALG_NONE (0) is never a valid algorithm.
 */
typedef uint32_t psa_algorithm_t;

/* Identifies an input step of a key derivation (PSA_KEY_DERIVATION_INPUT_xxx). */
typedef uint16_t psa_key_derivation_step_t;

/* ===================================================================== */
/* Password-authenticated key exchange (PAKE)                             */
/* ===================================================================== */

/*
 * PAKE primitive: type in bits 31:24, family in bits 23:16, bit size in bits
 * 15:0.  Built with PSA_PAKE_PRIMITIVE(); 0 is not a valid primitive.
 */
typedef uint32_t psa_pake_primitive_t;

/* Type of a PAKE primitive (PSA_PAKE_PRIMITIVE_TYPE_ECC or _DH). */
typedef uint8_t psa_pake_primitive_type_t;

/*
 * Family of a PAKE primitive: a psa_ecc_family_t value for ECC primitives, a
 * psa_dh_family_t value for DH primitives.
 */
typedef uint8_t psa_pake_family_t;

/* Role of the application in a PAKE (PSA_PAKE_ROLE_xxx). */
typedef uint8_t psa_pake_role_t;

/* Input or output step of a PAKE (PSA_PAKE_STEP_xxx). */
typedef uint8_t psa_pake_step_t;

/*
 * Custom production parameters for psa_generate_key_custom() and
 * psa_key_derivation_output_key_custom() (PSA Crypto API 1.3, provided by
 * kpsa on top of 1.2).  flags must be 0; the meaning of the custom data
 * depends on the key type (RSA: the public exponent, little-endian).
 */
typedef struct psa_custom_key_parameters_t {
    uint32_t flags;
} psa_custom_key_parameters_t;
#define PSA_CUSTOM_KEY_PARAMETERS_INIT {0}

/* ===================================================================== */
/* Implementation-defined object types                                    */
/* ===================================================================== */

/*
 * The objects below are complete types (applications declare them, often on
 * the stack), but their content is private to kpsa: see
 * <psa/crypto_struct.h>.  Each must be initialised before first use, by
 * zero-filling it, by static storage, by its PSA_xxx_INIT macro or by the
 * matching psa_xxx_init() function.
 */

/* Key attributes: type, size, lifetime, identifier and policy of a key. */
typedef struct psa_key_attributes_s psa_key_attributes_t;

/* State of a multi-part hash operation. */
typedef struct psa_hash_operation_s psa_hash_operation_t;

/* State of a multi-part MAC operation. */
typedef struct psa_mac_operation_s psa_mac_operation_t;

/* State of a multi-part unauthenticated cipher operation. */
typedef struct psa_cipher_operation_s psa_cipher_operation_t;

/* State of a multi-part AEAD operation. */
typedef struct psa_aead_operation_s psa_aead_operation_t;

/* State of a key derivation operation. */
typedef struct psa_key_derivation_operation_s psa_key_derivation_operation_t;

/* PAKE cipher suite: PAKE algorithm, primitive and key-confirmation choice. */
typedef struct psa_pake_cipher_suite_s psa_pake_cipher_suite_t;

/* State of a PAKE operation. */
typedef struct psa_pake_operation_s psa_pake_operation_t;

#endif /* KPSA_PSA_CRYPTO_TYPES_H */
