/*
 * psa/crypto_values.h - the constants and encoding macros of the PSA Certified
 * Crypto API 1.2 (with the PAKE API of the 1.2 PAKE Extension).
 *
 * Contents, in order: status codes; key types and the curve / group families;
 * key identifiers; lifetimes; usage flags; algorithm identifiers, their
 * constructors and classifiers; key-derivation input steps; PAKE values.
 *
 * Values are those of the specification.  Where the specification gives an
 * exact definition, the macro body is that definition token for token, so that
 * it may also come from another header (for example the status codes of
 * psa/error.h).  Function-like macros are written from the encodings in the
 * specification's appendix "Algorithm and key type encoding"; like all
 * function-like macros of the API they may evaluate an argument more than
 * once, so arguments must not have side effects.  With constant arguments they
 * yield constant expressions.
 *
 * The types are declared in <psa/crypto_types.h>; buffer sizes are in
 * <psa/crypto_sizes.h>.  Applications include <psa/crypto.h>.
 * Names starting with KPSA_ are private helpers, not API.
 */
#ifndef KPSA_PSA_CRYPTO_VALUES_H
#define KPSA_PSA_CRYPTO_VALUES_H

#include "crypto_types.h"

/* ===================================================================== */
/* Status codes                                                           */
/* ===================================================================== */

/* Shared PSA status codes ([PSA-STAT], psa/error.h). */
#define PSA_SUCCESS ((psa_status_t)0)
/* The caller broke the API contract (used by isolating implementations). */
#define PSA_ERROR_PROGRAMMER_ERROR ((psa_status_t)-129)
/* The caller may not connect to the service. */
#define PSA_ERROR_CONNECTION_REFUSED ((psa_status_t)-130)
/* The service is busy; the caller may retry. */
#define PSA_ERROR_CONNECTION_BUSY ((psa_status_t)-131)
/* An error without a more specific code. */
#define PSA_ERROR_GENERIC_ERROR ((psa_status_t)-132)
/* The requested action is denied by a policy. */
#define PSA_ERROR_NOT_PERMITTED ((psa_status_t)-133)
/* The requested operation or a parameter is not supported. */
#define PSA_ERROR_NOT_SUPPORTED ((psa_status_t)-134)
/* A parameter is invalid. */
#define PSA_ERROR_INVALID_ARGUMENT ((psa_status_t)-135)
/* A key identifier does not refer to an existing key. */
#define PSA_ERROR_INVALID_HANDLE ((psa_status_t)-136)
/* The call is not permitted in the current state (of an operation or the library). */
#define PSA_ERROR_BAD_STATE ((psa_status_t)-137)
/* An output buffer is too small. */
#define PSA_ERROR_BUFFER_TOO_SMALL ((psa_status_t)-138)
/* A persistent key with the requested identifier already exists. */
#define PSA_ERROR_ALREADY_EXISTS ((psa_status_t)-139)
/* The requested item does not exist. */
#define PSA_ERROR_DOES_NOT_EXIST ((psa_status_t)-140)
/* Not enough memory. */
#define PSA_ERROR_INSUFFICIENT_MEMORY ((psa_status_t)-141)
/* Not enough persistent storage. */
#define PSA_ERROR_INSUFFICIENT_STORAGE ((psa_status_t)-142)
/* Not enough data, e.g. the capacity of a key derivation is exhausted. */
#define PSA_ERROR_INSUFFICIENT_DATA ((psa_status_t)-143)
/* A service the implementation relies on failed. */
#define PSA_ERROR_SERVICE_FAILURE ((psa_status_t)-144)
/* Communication with the cryptoprocessor failed. */
#define PSA_ERROR_COMMUNICATION_FAILURE ((psa_status_t)-145)
/* Persistent storage failed; the key store's integrity is in doubt. */
#define PSA_ERROR_STORAGE_FAILURE ((psa_status_t)-146)
/* A hardware failure was detected. */
#define PSA_ERROR_HARDWARE_FAILURE ((psa_status_t)-147)
/* A signature, MAC, tag or hash does not verify. */
#define PSA_ERROR_INVALID_SIGNATURE ((psa_status_t)-149)
/* A tampering attempt or an internal inconsistency was detected. */
#define PSA_ERROR_CORRUPTION_DETECTED ((psa_status_t)-151)
/* Stored data is corrupt. */
#define PSA_ERROR_DATA_CORRUPT ((psa_status_t)-152)
/* Stored data is valid but was not written by this implementation. */
#define PSA_ERROR_DATA_INVALID ((psa_status_t)-153)
/* An interruptible operation has not finished yet. */
#define PSA_OPERATION_INCOMPLETE ((psa_status_t)-248)

/* Status codes specific to the Crypto API (section "Status codes"). */
/* Not enough entropy to generate the random data that the action needs. */
#define PSA_ERROR_INSUFFICIENT_ENTROPY ((psa_status_t)-148)
/* The padding of decrypted data is invalid. */
#define PSA_ERROR_INVALID_PADDING ((psa_status_t)-150)

/* ===================================================================== */
/* Key types                                                              */
/* ===================================================================== */

/*
 * Encoding: bit 15 vendor flag, bit 14 asymmetric flag, bits 13:12 category
 * (0 none, 1 raw, 2 symmetric; for asymmetric keys 0 public key, 3 key pair),
 * bits 11:1 type, bit 0 odd parity.
 */

/* Not a key type. */
#define PSA_KEY_TYPE_NONE ((psa_key_type_t)0x0000)

/* Key categories.  Each expands to 1 or 0. */
/* Unstructured array of bytes: symmetric keys and raw, non-key data. */
#define PSA_KEY_TYPE_IS_UNSTRUCTURED(type) \
    ((((type) & 0x7000u) == 0x1000u) || (((type) & 0x7000u) == 0x2000u))
/* Asymmetric: a key pair or a public key. */
#define PSA_KEY_TYPE_IS_ASYMMETRIC(type) (((type) & 0x4000u) == 0x4000u)
/* The public part of a key pair. */
#define PSA_KEY_TYPE_IS_PUBLIC_KEY(type) (((type) & 0x7000u) == 0x4000u)
/* A key pair (private and public part). */
#define PSA_KEY_TYPE_IS_KEY_PAIR(type) (((type) & 0x7000u) == 0x7000u)

/* Key pair type for a public key type; a key pair type is returned unchanged. */
#define PSA_KEY_TYPE_KEY_PAIR_OF_PUBLIC_KEY(type) \
    ((psa_key_type_t)((type) | 0x3000u))
/* Public key type for a key pair type; a public key type is returned unchanged. */
#define PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) \
    ((psa_key_type_t)((type) & ~0x3000u))

/* Raw data, storable but not usable in any cryptographic operation. */
#define PSA_KEY_TYPE_RAW_DATA ((psa_key_type_t)0x1001)
/* HMAC key (the hash is chosen by the key's permitted algorithm). */
#define PSA_KEY_TYPE_HMAC ((psa_key_type_t)0x1100)
/* High-entropy secret for key derivation. */
#define PSA_KEY_TYPE_DERIVE ((psa_key_type_t)0x1200)
/* Low-entropy secret (password) for password hashing or key stretching. */
#define PSA_KEY_TYPE_PASSWORD ((psa_key_type_t)0x1203)
/* Password hash, for verifying a password with a key derivation. */
#define PSA_KEY_TYPE_PASSWORD_HASH ((psa_key_type_t)0x1205)
/* Secret pepper used when computing a password hash. */
#define PSA_KEY_TYPE_PEPPER ((psa_key_type_t)0x1206)

/* AES key: 128, 192 or 256 bits (twice that for XTS). */
#define PSA_KEY_TYPE_AES ((psa_key_type_t)0x2400)
/* ARIA key: 128, 192 or 256 bits (twice that for XTS). */
#define PSA_KEY_TYPE_ARIA ((psa_key_type_t)0x2406)
/* DES key: 64 (single DES), 128 (2-key 3DES) or 192 (3-key 3DES) bits. */
#define PSA_KEY_TYPE_DES ((psa_key_type_t)0x2301)
/* Camellia key: 128, 192 or 256 bits (twice that for XTS). */
#define PSA_KEY_TYPE_CAMELLIA ((psa_key_type_t)0x2403)
/* SM4 key: 128 bits (256 for XTS). */
#define PSA_KEY_TYPE_SM4 ((psa_key_type_t)0x2405)
/* ARC4 key: 40 to 2048 bits, multiple of 8 (weak, legacy only). */
#define PSA_KEY_TYPE_ARC4 ((psa_key_type_t)0x2002)
/* ChaCha20 key (256 bits), for ChaCha20 and ChaCha20-Poly1305. */
#define PSA_KEY_TYPE_CHACHA20 ((psa_key_type_t)0x2004)
/* XChaCha20 key (256 bits), for XChaCha20 and XChaCha20-Poly1305. */
#define PSA_KEY_TYPE_XCHACHA20 ((psa_key_type_t)0x2007)

/* RSA key pair; the key size is the bit size of the modulus. */
#define PSA_KEY_TYPE_RSA_KEY_PAIR ((psa_key_type_t)0x7001)
/* RSA public key. */
#define PSA_KEY_TYPE_RSA_PUBLIC_KEY ((psa_key_type_t)0x4001)
/* Whether a key type is an RSA key pair or public key. */
#define PSA_KEY_TYPE_IS_RSA(type) \
    (PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) == 0x4001u)

/*
 * Elliptic curve keys.  curve is a psa_ecc_family_t; the key size selects the
 * curve in the family (the bit size of q for a curve over F_q).
 */
#define PSA_KEY_TYPE_ECC_KEY_PAIR(curve) ((psa_key_type_t)(0x7100u | (curve)))
#define PSA_KEY_TYPE_ECC_PUBLIC_KEY(curve) ((psa_key_type_t)(0x4100u | (curve)))
/* Whether a key type is an elliptic curve key pair or public key. */
#define PSA_KEY_TYPE_IS_ECC(type) \
    ((PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) & 0xff00u) == 0x4100u)
#define PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type) (((type) & 0xff00u) == 0x7100u)
#define PSA_KEY_TYPE_IS_ECC_PUBLIC_KEY(type) (((type) & 0xff00u) == 0x4100u)
/* Curve family of an elliptic curve key type (unspecified for other types). */
#define PSA_KEY_TYPE_ECC_GET_FAMILY(type) ((psa_ecc_family_t)((type) & 0x00ffu))

/* SEC Koblitz curves over prime fields: secp192k1, secp224k1 (225 bits), secp256k1. */
#define PSA_ECC_FAMILY_SECP_K1 ((psa_ecc_family_t) 0x17)
/* SEC random curves over prime fields: secp192r1 .. secp384r1, secp521r1 (521 bits). */
#define PSA_ECC_FAMILY_SECP_R1 ((psa_ecc_family_t) 0x12)
/* secp160r2 (weak, deprecated). */
#define PSA_ECC_FAMILY_SECP_R2 ((psa_ecc_family_t) 0x1b)
/* SEC Koblitz curves over binary fields: sect163k1 .. sect571k1. */
#define PSA_ECC_FAMILY_SECT_K1 ((psa_ecc_family_t) 0x27)
/* SEC random curves over binary fields: sect163r1 .. sect571r1. */
#define PSA_ECC_FAMILY_SECT_R1 ((psa_ecc_family_t) 0x22)
/* sect163r2 (weak, deprecated). */
#define PSA_ECC_FAMILY_SECT_R2 ((psa_ecc_family_t) 0x2b)
/* Brainpool P random curves: brainpoolP160r1 .. brainpoolP512r1. */
#define PSA_ECC_FAMILY_BRAINPOOL_P_R1 ((psa_ecc_family_t) 0x30)
/* FRP256v1. */
#define PSA_ECC_FAMILY_FRP ((psa_ecc_family_t) 0x33)
/* Montgomery curves: Curve25519 (255 bits), Curve448 (448 bits). */
#define PSA_ECC_FAMILY_MONTGOMERY ((psa_ecc_family_t) 0x41)
/* Twisted Edwards curves: Edwards25519 (255 bits), Edwards448 (448 bits). */
#define PSA_ECC_FAMILY_TWISTED_EDWARDS ((psa_ecc_family_t) 0x42)

/*
 * Finite-field Diffie-Hellman keys.  group is a psa_dh_family_t; the key size
 * (the bit size of the prime p) selects the group in the family.
 */
#define PSA_KEY_TYPE_DH_KEY_PAIR(group) ((psa_key_type_t)(0x7200u | (group)))
#define PSA_KEY_TYPE_DH_PUBLIC_KEY(group) ((psa_key_type_t)(0x4200u | (group)))
/* Whether a key type is a Diffie-Hellman key pair or public key. */
#define PSA_KEY_TYPE_IS_DH(type) \
    ((PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) & 0xff00u) == 0x4200u)
#define PSA_KEY_TYPE_IS_DH_KEY_PAIR(type) (((type) & 0xff00u) == 0x7200u)
#define PSA_KEY_TYPE_IS_DH_PUBLIC_KEY(type) (((type) & 0xff00u) == 0x4200u)
/* Group family of a Diffie-Hellman key type (unspecified for other types). */
#define PSA_KEY_TYPE_DH_GET_FAMILY(type) ((psa_dh_family_t)((type) & 0x00ffu))

/* RFC 7919 FFDHE groups: 2048, 3072, 4096, 6144 and 8192 bits. */
#define PSA_DH_FAMILY_RFC7919 ((psa_dh_family_t) 0x03)

/*
 * SPAKE2+ registration keys (PAKE Extension): a key pair holds (w0, w1), a
 * public key holds (w0, L).  curve is a psa_ecc_family_t; the key size is that
 * of the curve.
 */
#define PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(curve) ((psa_key_type_t)(0x7400u | (curve)))
#define PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(curve) ((psa_key_type_t)(0x4400u | (curve)))
/* Whether a key type is a SPAKE2+ key pair or public key. */
#define PSA_KEY_TYPE_IS_SPAKE2P(type) \
    ((PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) & 0xff00u) == 0x4400u)
#define PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type) (((type) & 0xff00u) == 0x7400u)
#define PSA_KEY_TYPE_IS_SPAKE2P_PUBLIC_KEY(type) (((type) & 0xff00u) == 0x4400u)
/* Curve family of a SPAKE2+ key type (unspecified for other types). */
#define PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) ((psa_ecc_family_t)((type) & 0x00ffu))

/* ===================================================================== */
/* Key identifiers                                                        */
/* ===================================================================== */

/* The null key identifier: never valid, except as a no-op for psa_destroy_key(). */
#define PSA_KEY_ID_NULL ((psa_key_id_t)0)
/* Range of persistent key identifiers chosen by applications. */
#define PSA_KEY_ID_USER_MIN ((psa_key_id_t)0x00000001)
#define PSA_KEY_ID_USER_MAX ((psa_key_id_t)0x3fffffff)
/* Range reserved to the implementation; volatile key identifiers come from here. */
#define PSA_KEY_ID_VENDOR_MIN ((psa_key_id_t)0x40000000)
#define PSA_KEY_ID_VENDOR_MAX ((psa_key_id_t)0x7fffffff)

/* ===================================================================== */
/* Key lifetimes                                                          */
/* ===================================================================== */

/* Default lifetime of volatile keys (the lifetime of a fresh attribute object). */
#define PSA_KEY_LIFETIME_VOLATILE ((psa_key_lifetime_t) 0x00000000)
/* Default lifetime of persistent keys (default storage of the caller). */
#define PSA_KEY_LIFETIME_PERSISTENT ((psa_key_lifetime_t) 0x00000001)

/* Persistence levels. */
#define PSA_KEY_PERSISTENCE_VOLATILE ((psa_key_persistence_t) 0x00)
#define PSA_KEY_PERSISTENCE_DEFAULT ((psa_key_persistence_t) 0x01)
#define PSA_KEY_PERSISTENCE_READ_ONLY ((psa_key_persistence_t) 0xff)

/* Locations. */
#define PSA_KEY_LOCATION_LOCAL_STORAGE ((psa_key_location_t) 0x000000)
#define PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT ((psa_key_location_t) 0x000001)

/* Persistence level of a lifetime. */
#define PSA_KEY_LIFETIME_GET_PERSISTENCE(lifetime) \
    ((psa_key_persistence_t) ((lifetime) & 0x000000ff))
/* Location of a lifetime. */
#define PSA_KEY_LIFETIME_GET_LOCATION(lifetime) \
    ((psa_key_location_t) ((lifetime) >> 8))
/* 1 if a lifetime designates a volatile key, 0 if a persistent one. */
#define PSA_KEY_LIFETIME_IS_VOLATILE(lifetime) \
    (PSA_KEY_LIFETIME_GET_PERSISTENCE(lifetime) == PSA_KEY_PERSISTENCE_VOLATILE)
/* Lifetime made of a persistence level and a location. */
#define PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(persistence, location) \
    ((psa_key_lifetime_t)(location) << 8 | (psa_key_lifetime_t)(persistence))

/* ===================================================================== */
/* Key usage flags                                                        */
/* ===================================================================== */

/* Export the key (psa_export_key()), or copy it out of its security boundary. */
#define PSA_KEY_USAGE_EXPORT ((psa_key_usage_t)0x00000001)
/* Copy the key with psa_copy_key(). */
#define PSA_KEY_USAGE_COPY ((psa_key_usage_t)0x00000002)
/* Let the implementation keep the key material of a persistent key cached. */
#define PSA_KEY_USAGE_CACHE ((psa_key_usage_t)0x00000004)
/* Encrypt: cipher, AEAD and asymmetric encryption. */
#define PSA_KEY_USAGE_ENCRYPT ((psa_key_usage_t)0x00000100)
/* Decrypt: cipher, AEAD and asymmetric decryption. */
#define PSA_KEY_USAGE_DECRYPT ((psa_key_usage_t)0x00000200)
/* Compute a MAC or sign a message. */
#define PSA_KEY_USAGE_SIGN_MESSAGE ((psa_key_usage_t)0x00000400)
/* Verify a MAC or a message signature. */
#define PSA_KEY_USAGE_VERIFY_MESSAGE ((psa_key_usage_t)0x00000800)
/* Sign a hash (implies PSA_KEY_USAGE_SIGN_MESSAGE). */
#define PSA_KEY_USAGE_SIGN_HASH ((psa_key_usage_t)0x00001000)
/* Verify a hash signature (implies PSA_KEY_USAGE_VERIFY_MESSAGE). */
#define PSA_KEY_USAGE_VERIFY_HASH ((psa_key_usage_t)0x00002000)
/* Derive from the key: key derivation, key agreement, PAKE password. */
#define PSA_KEY_USAGE_DERIVE ((psa_key_usage_t)0x00004000)
/* Verify a key derivation output (psa_key_derivation_verify_xxx()). */
#define PSA_KEY_USAGE_VERIFY_DERIVATION ((psa_key_usage_t)0x00008000)

/* ===================================================================== */
/* Algorithm identifiers: categories                                      */
/* ===================================================================== */

/*
 * Encoding: bit 31 vendor flag, bits 30:24 category, bit 23 S (stream cipher /
 * key stretching), bit 22 B (block-cipher based), bits 21:16 LEN (MAC or tag
 * length) or key-agreement type, bit 15 W (minimum-length wildcard), bits 15:8
 * sub-type, bits 7:0 hash type.  Each classifier expands to 1 or 0.
 */

/* Not an algorithm: as a key's policy it permits no cryptographic operation. */
#define PSA_ALG_NONE ((psa_algorithm_t)0)

#define PSA_ALG_IS_HASH(alg) (((alg) & 0x7f000000u) == 0x02000000u)
#define PSA_ALG_IS_MAC(alg) (((alg) & 0x7f000000u) == 0x03000000u)
#define PSA_ALG_IS_CIPHER(alg) (((alg) & 0x7f000000u) == 0x04000000u)
#define PSA_ALG_IS_AEAD(alg) (((alg) & 0x7f000000u) == 0x05000000u)
#define PSA_ALG_IS_SIGN(alg) (((alg) & 0x7f000000u) == 0x06000000u)
#define PSA_ALG_IS_ASYMMETRIC_ENCRYPTION(alg) (((alg) & 0x7f000000u) == 0x07000000u)
#define PSA_ALG_IS_KEY_DERIVATION(alg) (((alg) & 0x7f000000u) == 0x08000000u)
#define PSA_ALG_IS_KEY_AGREEMENT(alg) (((alg) & 0x7f000000u) == 0x09000000u)
#define PSA_ALG_IS_PAKE(alg) (((alg) & 0x7f000000u) == 0x0a000000u)

/*
 * Hash used by a hash-parameterised algorithm (HMAC, HKDF, RSA-PSS, ECDSA,
 * ...), or PSA_ALG_NONE if alg has no hash.  May be PSA_ALG_ANY_HASH.
 */
#define PSA_ALG_GET_HASH(alg) \
    ((psa_algorithm_t)((((alg) & 0xffu) == 0u) ? 0u : (0x02000000u | ((alg) & 0xffu))))

/*
 * 1 if alg is a wildcard, usable only as a key's permitted algorithm: a
 * signature built on PSA_ALG_ANY_HASH, a minimum-length MAC or AEAD
 * algorithm, or PSA_ALG_CCM_STAR_ANY_TAG.
 */
#define PSA_ALG_IS_WILDCARD(alg) \
    ((PSA_ALG_GET_HASH(alg) == PSA_ALG_ANY_HASH) || \
     (((alg) & 0x7f008000u) == 0x03008000u) || \
     (((alg) & 0x7f008000u) == 0x05008000u) || \
     ((alg) == PSA_ALG_CCM_STAR_ANY_TAG))

/* ===================================================================== */
/* Hash algorithms                                                        */
/* ===================================================================== */

#define PSA_ALG_MD2 ((psa_algorithm_t)0x02000001)          /* weak, legacy */
#define PSA_ALG_MD4 ((psa_algorithm_t)0x02000002)          /* weak, legacy */
#define PSA_ALG_MD5 ((psa_algorithm_t)0x02000003)          /* weak, legacy */
#define PSA_ALG_RIPEMD160 ((psa_algorithm_t)0x02000004)
#define PSA_ALG_SHA_1 ((psa_algorithm_t)0x02000005)        /* weak, legacy */
/* Zigbee 1.0 AES-128 Matyas-Meyer-Oseas hash. */
#define PSA_ALG_AES_MMO_ZIGBEE ((psa_algorithm_t)0x02000007)
#define PSA_ALG_SHA_224 ((psa_algorithm_t)0x02000008)
#define PSA_ALG_SHA_256 ((psa_algorithm_t)0x02000009)
#define PSA_ALG_SHA_384 ((psa_algorithm_t)0x0200000a)
#define PSA_ALG_SHA_512 ((psa_algorithm_t)0x0200000b)
#define PSA_ALG_SHA_512_224 ((psa_algorithm_t)0x0200000c)
#define PSA_ALG_SHA_512_256 ((psa_algorithm_t)0x0200000d)
#define PSA_ALG_SHA3_224 ((psa_algorithm_t)0x02000010)
#define PSA_ALG_SHA3_256 ((psa_algorithm_t)0x02000011)
#define PSA_ALG_SHA3_384 ((psa_algorithm_t)0x02000012)
#define PSA_ALG_SHA3_512 ((psa_algorithm_t)0x02000013)
#define PSA_ALG_SM3 ((psa_algorithm_t)0x02000014)
/* The first 64 bytes of SHAKE256 output (the Ed448ph prehash). */
#define PSA_ALG_SHAKE256_512 ((psa_algorithm_t)0x02000015)

/*
 * Wildcard hash for a key's policy: PSA_ALG_xxx_SIGN(PSA_ALG_ANY_HASH) permits
 * that signature scheme with any hash.  Not usable for an operation.
 */
#define PSA_ALG_ANY_HASH ((psa_algorithm_t)0x020000ff)

/* ===================================================================== */
/* MAC algorithms                                                         */
/* ===================================================================== */

/* HMAC over hash_alg, e.g. PSA_ALG_HMAC(PSA_ALG_SHA_256) == 0x03800009. */
#define PSA_ALG_HMAC(hash_alg) ((psa_algorithm_t)(0x03800000u | ((hash_alg) & 0xffu)))
/* CBC-MAC over the key's block cipher (insecure in many uses). */
#define PSA_ALG_CBC_MAC ((psa_algorithm_t)0x03c00100)
/* CMAC over the key's block cipher. */
#define PSA_ALG_CMAC ((psa_algorithm_t)0x03c00200)

/*
 * mac_alg (truncated or not) truncated to mac_length bytes (1..63).  The
 * result is unspecified if mac_length is out of range for mac_alg.
 */
#define PSA_ALG_TRUNCATED_MAC(mac_alg, mac_length) \
    ((psa_algorithm_t)(((mac_alg) & ~0x003f8000u) | (((mac_length) & 0x3fu) << 16)))
/* The untruncated MAC algorithm of mac_alg (also strips a wildcard). */
#define PSA_ALG_FULL_LENGTH_MAC(mac_alg) ((psa_algorithm_t)((mac_alg) & ~0x003f8000u))
/*
 * Policy wildcard permitting the MAC algorithm of mac_alg with any MAC length
 * of at least min_mac_length (1..63) bytes.
 */
#define PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(mac_alg, min_mac_length) \
    ((psa_algorithm_t)(PSA_ALG_TRUNCATED_MAC(mac_alg, min_mac_length) | 0x00008000u))

/* HMAC algorithm (any hash, any length). */
#define PSA_ALG_IS_HMAC(alg) (((alg) & 0x7fc0ff00u) == 0x03800000u)
/* MAC built on a block cipher (CBC-MAC, CMAC). */
#define PSA_ALG_IS_BLOCK_CIPHER_MAC(alg) (((alg) & 0x7fc00000u) == 0x03c00000u)

/* ===================================================================== */
/* Unauthenticated cipher algorithms                                      */
/* ===================================================================== */

/* The key's stream cipher: ARC4, ChaCha20 or XChaCha20. */
#define PSA_ALG_STREAM_CIPHER ((psa_algorithm_t)0x04800100)
/* Counter mode of the key's block cipher (counter block = IV, big-endian increment). */
#define PSA_ALG_CTR ((psa_algorithm_t)0x04c01000)
/* Full-block cipher feedback mode (CFB-128 for AES). */
#define PSA_ALG_CFB ((psa_algorithm_t)0x04c01100)
/* Output feedback mode. */
#define PSA_ALG_OFB ((psa_algorithm_t)0x04c01200)
/* CCM* without authentication (tag length 0); default IV length 13. */
#define PSA_ALG_CCM_STAR_NO_TAG ((psa_algorithm_t)0x04c01300)
/* XEX with ciphertext stealing (XTS); the key holds both block-cipher keys. */
#define PSA_ALG_XTS ((psa_algorithm_t)0x0440ff00)
/* CBC without padding: input must be a whole number of blocks. */
#define PSA_ALG_CBC_NO_PADDING ((psa_algorithm_t)0x04404000)
/* CBC with PKCS#7 padding. */
#define PSA_ALG_CBC_PKCS7 ((psa_algorithm_t)0x04404100)
/* ECB without padding (no IV): input must be a whole number of blocks. */
#define PSA_ALG_ECB_NO_PADDING ((psa_algorithm_t)0x04404400)
/*
 * Policy wildcard permitting CCM* in all forms: PSA_ALG_CCM_STAR_NO_TAG,
 * PSA_ALG_CCM and CCM with tags of 4, 8 or 16 bytes.
 */
#define PSA_ALG_CCM_STAR_ANY_TAG ((psa_algorithm_t)0x04c09300)

/* Stream cipher, or stream mode of a block cipher. */
#define PSA_ALG_IS_STREAM_CIPHER(alg) (((alg) & 0x7f800000u) == 0x04800000u)

/* ===================================================================== */
/* AEAD algorithms                                                        */
/* ===================================================================== */

/* CCM over a 128-bit block cipher: nonce 7..13 bytes, tag 4..16 (even), default 16. */
#define PSA_ALG_CCM ((psa_algorithm_t)0x05500100)
/* GCM over a 128-bit block cipher: default nonce 12 bytes, tag 4, 8, 12..16, default 16. */
#define PSA_ALG_GCM ((psa_algorithm_t)0x05500200)
/* ChaCha20-Poly1305 (RFC 8439): nonce 12 (or 8) bytes, tag 16. */
#define PSA_ALG_CHACHA20_POLY1305 ((psa_algorithm_t)0x05100500)
/* XChaCha20-Poly1305: nonce 24 bytes, tag 16. */
#define PSA_ALG_XCHACHA20_POLY1305 ((psa_algorithm_t)0x05100600)

/* aead_alg with a tag of tag_length bytes (1..63); unspecified if invalid for aead_alg. */
#define PSA_ALG_AEAD_WITH_SHORTENED_TAG(aead_alg, tag_length) \
    ((psa_algorithm_t)(((aead_alg) & ~0x003f8000u) | (((tag_length) & 0x3fu) << 16)))
/*
 * aead_alg (shortened or wildcard) with its default tag length.  Every AEAD
 * algorithm of the specification has a default tag of 16 bytes.
 */
#define PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(aead_alg) \
    ((psa_algorithm_t)(((aead_alg) & ~0x003f8000u) | 0x00100000u))
/*
 * Policy wildcard permitting the AEAD algorithm of aead_alg with any tag of
 * at least min_tag_length (1..63) bytes.
 */
#define PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(aead_alg, min_tag_length) \
    ((psa_algorithm_t)(PSA_ALG_AEAD_WITH_SHORTENED_TAG(aead_alg, min_tag_length) | \
                       0x00008000u))

/* AEAD mode of a block cipher (CCM, GCM). */
#define PSA_ALG_IS_AEAD_ON_BLOCK_CIPHER(alg) (((alg) & 0x7f400000u) == 0x05400000u)

/* ===================================================================== */
/* Key derivation algorithms                                              */
/* ===================================================================== */

/* HKDF (RFC 5869) with HMAC over hash_alg: inputs SALT (optional), SECRET, INFO. */
#define PSA_ALG_HKDF(hash_alg) ((psa_algorithm_t)(0x08000100u | ((hash_alg) & 0xffu)))
/* HKDF-Extract only: inputs SALT, SECRET. */
#define PSA_ALG_HKDF_EXTRACT(hash_alg) ((psa_algorithm_t)(0x08000400u | ((hash_alg) & 0xffu)))
/* HKDF-Expand only: inputs SECRET (the PRK), INFO. */
#define PSA_ALG_HKDF_EXPAND(hash_alg) ((psa_algorithm_t)(0x08000500u | ((hash_alg) & 0xffu)))
/* TLS 1.2 PRF with HMAC over hash_alg: inputs SEED, SECRET, LABEL. */
#define PSA_ALG_TLS12_PRF(hash_alg) ((psa_algorithm_t)(0x08000200u | ((hash_alg) & 0xffu)))
/*
 * TLS 1.2 PSK-to-master-secret: inputs SEED, OTHER_SECRET (optional), SECRET
 * (the PSK, at most PSA_TLS12_PSK_TO_MS_PSK_MAX_SIZE bytes), LABEL.
 */
#define PSA_ALG_TLS12_PSK_TO_MS(hash_alg) \
    ((psa_algorithm_t)(0x08000300u | ((hash_alg) & 0xffu)))
/* TLS 1.2 EC J-PAKE to premaster secret: SHA-256 of K.x; input SECRET (65 bytes). */
#define PSA_ALG_TLS12_ECJPAKE_TO_PMS ((psa_algorithm_t)0x08000609)
/* NIST SP 800-108 counter-mode KDF with HMAC: inputs SECRET, LABEL, CONTEXT. */
#define PSA_ALG_SP800_108_COUNTER_HMAC(hash_alg) \
    ((psa_algorithm_t)(0x08000700u | ((hash_alg) & 0xffu)))
/* NIST SP 800-108 counter-mode KDF with CMAC: inputs SECRET (a key), LABEL, CONTEXT. */
#define PSA_ALG_SP800_108_COUNTER_CMAC ((psa_algorithm_t)0x08000800)
/* PBKDF2 (RFC 8018) with HMAC over hash_alg: inputs COST, SALT (1 or more), PASSWORD. */
#define PSA_ALG_PBKDF2_HMAC(hash_alg) ((psa_algorithm_t)(0x08800100u | ((hash_alg) & 0xffu)))
/* PBKDF2 with the AES-CMAC-PRF-128 pseudorandom function (RFC 4615). */
#define PSA_ALG_PBKDF2_AES_CMAC_PRF_128 ((psa_algorithm_t)0x08800200)

/* Key-stretching (password-hashing) key derivation. */
#define PSA_ALG_IS_KEY_DERIVATION_STRETCHING(alg) (((alg) & 0x7f800000u) == 0x08800000u)
#define PSA_ALG_IS_HKDF(alg) (((alg) & ~0x000000ffu) == 0x08000100u)
#define PSA_ALG_IS_HKDF_EXTRACT(alg) (((alg) & ~0x000000ffu) == 0x08000400u)
#define PSA_ALG_IS_HKDF_EXPAND(alg) (((alg) & ~0x000000ffu) == 0x08000500u)
#define PSA_ALG_IS_TLS12_PRF(alg) (((alg) & ~0x000000ffu) == 0x08000200u)
#define PSA_ALG_IS_TLS12_PSK_TO_MS(alg) (((alg) & ~0x000000ffu) == 0x08000300u)
#define PSA_ALG_IS_SP800_108_COUNTER_HMAC(alg) (((alg) & ~0x000000ffu) == 0x08000700u)
#define PSA_ALG_IS_PBKDF2_HMAC(alg) (((alg) & ~0x000000ffu) == 0x08800100u)

/* ===================================================================== */
/* Asymmetric signature algorithms                                        */
/* ===================================================================== */

/* RSASSA-PKCS1-v1_5 with hash_alg (PSA_ALG_ANY_HASH allowed in a policy). */
#define PSA_ALG_RSA_PKCS1V15_SIGN(hash_alg) \
    ((psa_algorithm_t)(0x06000200u | ((hash_alg) & 0xffu)))
/* RSASSA-PKCS1-v1_5 over an already encoded DigestInfo (psa_sign_hash() only). */
#define PSA_ALG_RSA_PKCS1V15_SIGN_RAW ((psa_algorithm_t) 0x06000200)
/* RSASSA-PSS with hash_alg, MGF1 with the same hash, salt length = hash length. */
#define PSA_ALG_RSA_PSS(hash_alg) ((psa_algorithm_t)(0x06000300u | ((hash_alg) & 0xffu)))
/* As PSA_ALG_RSA_PSS(), but verification accepts any salt length. */
#define PSA_ALG_RSA_PSS_ANY_SALT(hash_alg) \
    ((psa_algorithm_t)(0x06001300u | ((hash_alg) & 0xffu)))
/* Randomized ECDSA with hash_alg; signature is r || s. */
#define PSA_ALG_ECDSA(hash_alg) ((psa_algorithm_t)(0x06000600u | ((hash_alg) & 0xffu)))
/* Randomized ECDSA over an already computed hash (psa_sign_hash() only). */
#define PSA_ALG_ECDSA_ANY ((psa_algorithm_t) 0x06000600)
/* Deterministic ECDSA (RFC 6979) with hash_alg. */
#define PSA_ALG_DETERMINISTIC_ECDSA(hash_alg) \
    ((psa_algorithm_t)(0x06000700u | ((hash_alg) & 0xffu)))
/* PureEdDSA (Ed25519, or Ed448 with empty context); messages only. */
#define PSA_ALG_PURE_EDDSA ((psa_algorithm_t) 0x06000800)
/* HashEdDSA Ed25519ph (prehash SHA-512). */
#define PSA_ALG_ED25519PH ((psa_algorithm_t) 0x0600090B)
/* HashEdDSA Ed448ph (prehash PSA_ALG_SHAKE256_512). */
#define PSA_ALG_ED448PH ((psa_algorithm_t) 0x06000915)

/* RSA PKCS#1 v1.5 signature, with or without hash. */
#define PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) (((alg) & ~0x000000ffu) == 0x06000200u)
/* RSA PSS signature, standard or any salt. */
#define PSA_ALG_IS_RSA_PSS(alg) (((alg) & ~0x000010ffu) == 0x06000300u)
#define PSA_ALG_IS_RSA_PSS_ANY_SALT(alg) (((alg) & ~0x000000ffu) == 0x06001300u)
#define PSA_ALG_IS_RSA_PSS_STANDARD_SALT(alg) (((alg) & ~0x000000ffu) == 0x06000300u)
/* ECDSA, randomized or deterministic, with or without hash. */
#define PSA_ALG_IS_ECDSA(alg) (((alg) & ~0x000001ffu) == 0x06000600u)
#define PSA_ALG_IS_DETERMINISTIC_ECDSA(alg) (((alg) & ~0x000000ffu) == 0x06000700u)
#define PSA_ALG_IS_RANDOMIZED_ECDSA(alg) (((alg) & ~0x000000ffu) == 0x06000600u)
/* HashEdDSA (Ed25519ph, Ed448ph). */
#define PSA_ALG_IS_HASH_EDDSA(alg) (((alg) & ~0x000000ffu) == 0x06000900u)
/*
 * Hash-and-sign algorithm that signs exactly the hash of the message, so that
 * psa_sign_hash() of PSA_ALG_GET_HASH(alg) equals psa_sign_message().  True
 * for wildcards on PSA_ALG_ANY_HASH; false for PSA_ALG_RSA_PKCS1V15_SIGN_RAW
 * and PSA_ALG_ECDSA_ANY.
 */
#define PSA_ALG_IS_HASH_AND_SIGN(alg) \
    ((PSA_ALG_IS_RSA_PSS(alg) || PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || \
      PSA_ALG_IS_ECDSA(alg) || PSA_ALG_IS_HASH_EDDSA(alg)) && \
     (((alg) & 0xffu) != 0u))
/* Signature algorithm usable with psa_sign_hash() / psa_verify_hash(). */
#define PSA_ALG_IS_SIGN_HASH(alg) \
    (PSA_ALG_IS_HASH_AND_SIGN(alg) || \
     ((alg) == PSA_ALG_RSA_PKCS1V15_SIGN_RAW) || ((alg) == PSA_ALG_ECDSA_ANY))
/* Signature algorithm usable with psa_sign_message() / psa_verify_message(). */
#define PSA_ALG_IS_SIGN_MESSAGE(alg) \
    (PSA_ALG_IS_SIGN(alg) && \
     ((alg) != PSA_ALG_ECDSA_ANY) && ((alg) != PSA_ALG_RSA_PKCS1V15_SIGN_RAW))

/* ===================================================================== */
/* Asymmetric encryption algorithms                                       */
/* ===================================================================== */

/* RSAES-PKCS1-v1_5 (no salt / label). */
#define PSA_ALG_RSA_PKCS1V15_CRYPT ((psa_algorithm_t)0x07000200)
/* RSAES-OAEP with hash_alg for the label hash and MGF1; salt = label. */
#define PSA_ALG_RSA_OAEP(hash_alg) ((psa_algorithm_t)(0x07000300u | ((hash_alg) & 0xffu)))
#define PSA_ALG_IS_RSA_OAEP(alg) (((alg) & ~0x000000ffu) == 0x07000300u)

/* ===================================================================== */
/* Key agreement algorithms                                               */
/* ===================================================================== */

/* Finite-field Diffie-Hellman; the shared secret is g^ab, big-endian, size of p. */
#define PSA_ALG_FFDH ((psa_algorithm_t)0x09010000)
/* Elliptic curve Diffie-Hellman; the shared secret is the x-coordinate. */
#define PSA_ALG_ECDH ((psa_algorithm_t)0x09020000)

/*
 * Combined key agreement ka_alg (standalone) feeding key derivation kdf_alg,
 * for psa_key_derivation_key_agreement().
 */
#define PSA_ALG_KEY_AGREEMENT(ka_alg, kdf_alg) ((psa_algorithm_t)((ka_alg) | (kdf_alg)))
/* Standalone key agreement of a (combined) key agreement algorithm. */
#define PSA_ALG_KEY_AGREEMENT_GET_BASE(alg) ((psa_algorithm_t)((alg) & 0xff7f0000u))
/* Key derivation of a combined key agreement algorithm. */
#define PSA_ALG_KEY_AGREEMENT_GET_KDF(alg) ((psa_algorithm_t)((alg) & 0xfe80ffffu))
/* Standalone (raw) key agreement: no key derivation attached. */
#define PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg) (((alg) & 0x7f00ffffu) == 0x09000000u)
/* Original (1.0/1.1) name of PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(). */
#define PSA_ALG_IS_RAW_KEY_AGREEMENT(alg) PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg)
/* FFDH, standalone or combined with any key derivation. */
#define PSA_ALG_IS_FFDH(alg) (PSA_ALG_KEY_AGREEMENT_GET_BASE(alg) == PSA_ALG_FFDH)
/* ECDH, standalone or combined with any key derivation. */
#define PSA_ALG_IS_ECDH(alg) (PSA_ALG_KEY_AGREEMENT_GET_BASE(alg) == PSA_ALG_ECDH)

/* ===================================================================== */
/* PAKE algorithms (PAKE Extension)                                       */
/* ===================================================================== */

/* J-PAKE (RFC 8236) with Schnorr NIZKP (RFC 8235) over hash_alg; no key confirmation. */
#define PSA_ALG_JPAKE(hash_alg) ((psa_algorithm_t)(0x0a000100u | ((hash_alg) & 0xffu)))
/* SPAKE2+ (RFC 9383) with HMAC-based key confirmation over hash_alg. */
#define PSA_ALG_SPAKE2P_HMAC(hash_alg) ((psa_algorithm_t)(0x0a000400u | ((hash_alg) & 0xffu)))
/* SPAKE2+ (RFC 9383) with CMAC-AES-128 key confirmation, hash_alg for the transcript. */
#define PSA_ALG_SPAKE2P_CMAC(hash_alg) ((psa_algorithm_t)(0x0a000500u | ((hash_alg) & 0xffu)))
/* SPAKE2+ as used by Matter 1.x (draft-02 key schedule), P-256 and SHA-256 only. */
#define PSA_ALG_SPAKE2P_MATTER ((psa_algorithm_t)0x0A000609)

#define PSA_ALG_IS_JPAKE(alg) (((alg) & ~0x000000ffu) == 0x0a000100u)
/* Any SPAKE2+ algorithm: HMAC, CMAC or Matter. */
#define PSA_ALG_IS_SPAKE2P(alg) (((alg) & ~0x000003ffu) == 0x0a000400u)
#define PSA_ALG_IS_SPAKE2P_HMAC(alg) (((alg) & ~0x000000ffu) == 0x0a000400u)
#define PSA_ALG_IS_SPAKE2P_CMAC(alg) (((alg) & ~0x000000ffu) == 0x0a000500u)

/* ===================================================================== */
/* Key derivation input steps (implementation-defined values)             */
/* ===================================================================== */

/* High-entropy secret: a key, a key agreement result or (no key output) bytes. */
#define PSA_KEY_DERIVATION_INPUT_SECRET ((psa_key_derivation_step_t)0x0101)
/* Low-entropy secret (password) for key stretching. */
#define PSA_KEY_DERIVATION_INPUT_PASSWORD ((psa_key_derivation_step_t)0x0102)
/* Additional high-entropy secret (e.g. TLS 1.2 PSK-to-MS mixed suites). */
#define PSA_KEY_DERIVATION_INPUT_OTHER_SECRET ((psa_key_derivation_step_t)0x0103)
/* Label. */
#define PSA_KEY_DERIVATION_INPUT_LABEL ((psa_key_derivation_step_t)0x0201)
/* Salt. */
#define PSA_KEY_DERIVATION_INPUT_SALT ((psa_key_derivation_step_t)0x0202)
/* Information string. */
#define PSA_KEY_DERIVATION_INPUT_INFO ((psa_key_derivation_step_t)0x0203)
/* Seed. */
#define PSA_KEY_DERIVATION_INPUT_SEED ((psa_key_derivation_step_t)0x0204)
/* Cost (iteration count); only through psa_key_derivation_input_integer(). */
#define PSA_KEY_DERIVATION_INPUT_COST ((psa_key_derivation_step_t)0x0205)
/* Context. */
#define PSA_KEY_DERIVATION_INPUT_CONTEXT ((psa_key_derivation_step_t)0x0206)

/* ===================================================================== */
/* PAKE primitives, roles, steps and key confirmation (PAKE Extension)    */
/* ===================================================================== */

/* Elliptic curve group: family is a psa_ecc_family_t, bits the curve size. */
#define PSA_PAKE_PRIMITIVE_TYPE_ECC ((psa_pake_primitive_type_t)0x01)
/* Finite-field group: family is a psa_dh_family_t, bits the size of p. */
#define PSA_PAKE_PRIMITIVE_TYPE_DH ((psa_pake_primitive_type_t)0x02)

/*
 * PAKE primitive from its type, family and bit size; 0 if pake_bits does not
 * fit in 16 bits.  E.g. P-256:
 * PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256).
 */
#define PSA_PAKE_PRIMITIVE(pake_type, pake_family, pake_bits) \
    ((psa_pake_primitive_t)((((pake_bits) & 0xffffu) != (pake_bits)) ? 0u : \
        (((uint32_t)(pake_type) << 24) | ((uint32_t)(pake_family) << 16) | \
         (uint32_t)(pake_bits))))
/* Components of a PAKE primitive. */
#define PSA_PAKE_PRIMITIVE_GET_TYPE(pake_primitive) \
    ((psa_pake_primitive_type_t)(((pake_primitive) >> 24) & 0xffu))
#define PSA_PAKE_PRIMITIVE_GET_FAMILY(pake_primitive) \
    ((psa_pake_family_t)(((pake_primitive) >> 16) & 0xffu))
#define PSA_PAKE_PRIMITIVE_GET_BITS(pake_primitive) ((size_t)((pake_primitive) & 0xffffu))

/* Roles. */
/* No role: symmetric PAKE that does not order its participants. */
#define PSA_PAKE_ROLE_NONE ((psa_pake_role_t)0x00)
/* First / second participant of a balanced PAKE that orders them. */
#define PSA_PAKE_ROLE_FIRST ((psa_pake_role_t)0x01)
#define PSA_PAKE_ROLE_SECOND ((psa_pake_role_t)0x02)
/* Client (SPAKE2+ Prover) / server (SPAKE2+ Verifier) of an augmented PAKE. */
#define PSA_PAKE_ROLE_CLIENT ((psa_pake_role_t)0x11)
#define PSA_PAKE_ROLE_SERVER ((psa_pake_role_t)0x12)

/* Steps. */
/* Key share: a group element in public-key format. */
#define PSA_PAKE_STEP_KEY_SHARE ((psa_pake_step_t)0x01)
/* Schnorr NIZKP ephemeral public key V: a group element. */
#define PSA_PAKE_STEP_ZK_PUBLIC ((psa_pake_step_t)0x02)
/* Schnorr NIZKP proof r: a scalar, at most the byte length of the group order. */
#define PSA_PAKE_STEP_ZK_PROOF ((psa_pake_step_t)0x03)
/* Key confirmation value (SPAKE2+: a MAC output). */
#define PSA_PAKE_STEP_CONFIRM ((psa_pake_step_t)0x04)

/* Key confirmation choices of a cipher suite. */
/* Return the shared key only after key confirmation (the default). */
#define PSA_PAKE_CONFIRMED_KEY 0
/* Return the shared key before key confirmation. */
#define PSA_PAKE_UNCONFIRMED_KEY 1

#endif /* KPSA_PSA_CRYPTO_VALUES_H */
