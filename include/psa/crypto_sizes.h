/*
 * psa/crypto_sizes.h - buffer-size macros of the PSA Certified Crypto API 1.2.
 *
 * Every PSA_xxx_SIZE / _LENGTH macro here tells an application how large an
 * output buffer must be so that the matching function cannot fail with
 * PSA_ERROR_BUFFER_TOO_SMALL.  The _MAX_SIZE variants hold for every key type
 * and algorithm that kpsa supports.  The per-algorithm macros return 0 for an
 * unknown or unsupported algorithm, key type or combination (the
 * specification allows either 0 or the correct size for a recognised but
 * unsupported one; kpsa always answers 0).
 *
 * kpsa supports:
 *   hashes  MD5, RIPEMD-160, SHA-1, SHA-224/256/384/512, SHA-512/224,
 *           SHA-512/256, SHA3-224/256/384/512, SHAKE256-512
 *   ciphers AES, ARIA, Camellia, SM4 (128-bit blocks), DES/3DES (64-bit blocks),
 *           ChaCha20; ChaCha20-Poly1305
 *   RSA     up to 4096 bits
 *   ECC     SECP R1 192..521, SECP K1 256, Brainpool P R1 256..512,
 *           Curve25519/448, Edwards25519/448
 *   FFDH    RFC 7919 groups up to 8192 bits
 *   PAKE    J-PAKE and SPAKE2+ on P-256
 * Not supported (sizes 0): MD2, MD4, SM3, Zigbee AES-MMO, ARC4,
 * XChaCha20 and XChaCha20-Poly1305, binary (SECT) curves, SECP R2, FRP.
 *
 * Buffering contract assumed by the multi-part cipher and AEAD sizes (the
 * implementation must honour it):
 *   - CTR, CFB, OFB, CCM* and stream ciphers output all input immediately;
 *   - CBC and ECB retain less than one block, except that CBC-PKCS7
 *     decryption may retain one whole block; update output is at most the
 *     input rounded up to a whole block, finish output at most one block;
 *   - XTS retains at most two blocks minus one byte: update output is at
 *     most input + one block, finish output at most two blocks;
 *   - CCM and GCM may retain less than one block: update output is at most
 *     the input rounded up to a whole block, finish / verify output at most
 *     one block; ChaCha20-Poly1305 outputs all input immediately.
 *
 * Export formats assumed for RSA (DER): every integer of an RSAPrivateKey is
 * smaller than the modulus, so each needs at most (modulus bytes + 5) bytes
 * with its tag and length; the public exponent is bounded the same way.
 *
 * Like all function-like macros of the API, these may evaluate an argument
 * more than once; with constant arguments they are constant expressions.
 * Names starting with KPSA_ are private helpers, not API.  The section
 * "Implementation-specific sizes" lists macros that are not in the
 * specification but that Mbed TLS-style applications expect.
 */
#ifndef KPSA_PSA_CRYPTO_SIZES_H
#define KPSA_PSA_CRYPTO_SIZES_H

#include <stddef.h>
#include <stdint.h>

#include "crypto_types.h"
#include "crypto_values.h"

/* ===================================================================== */
/* Implementation-specific sizes (not in the specification)               */
/* ===================================================================== */

/* Bytes needed to hold bits bits. */
#define PSA_BITS_TO_BYTES(bits) (((bits) + 7u) / 8u)
/* Bits in bytes bytes. */
#define PSA_BYTES_TO_BITS(bytes) ((bytes) * 8u)
/* Bytes of key material of a key of key_bits bits. */
#define PSA_KEY_BITS_TO_BYTES(key_bits) (PSA_BITS_TO_BYTES(key_bits))
/* length rounded up to a multiple of block_size (block_size > 0). */
#define PSA_ROUND_UP_TO_MULTIPLE(block_size, length) \
    ((((length) + (block_size) - 1u) / (block_size)) * (block_size))

/* Largest key size, in bits, accepted in key attributes. */
#define PSA_MAX_KEY_BITS 0xfff8u
/* Largest RSA modulus, in bits. */
#define PSA_VENDOR_RSA_MAX_KEY_BITS 4096u
/* Smallest RSA modulus, in bits, that psa_generate_key() produces. */
#define PSA_VENDOR_RSA_GENERATE_MIN_KEY_BITS 1024u
/* Largest elliptic curve, in bits (secp521r1). */
#define PSA_VENDOR_ECC_MAX_CURVE_BITS 521u
/* Largest finite-field Diffie-Hellman group, in bits (ffdhe8192). */
#define PSA_VENDOR_FFDH_MAX_KEY_BITS 8192u

/* Private helpers. */
#define KPSA_MAX(a, b) (((a) > (b)) ? (a) : (b))
/* The LEN field of a MAC or AEAD algorithm: MAC or tag length, 0 = default. */
#define KPSA_ALG_LENGTH_FIELD(alg) (((alg) >> 16) & 0x3fu)
/* Block length of a supported block cipher key type, 0 for anything else. */
#define KPSA_BLOCK_CIPHER_LENGTH(key_type) \
    ((((key_type) == PSA_KEY_TYPE_AES) || ((key_type) == PSA_KEY_TYPE_ARIA) || \
      ((key_type) == PSA_KEY_TYPE_CAMELLIA) || ((key_type) == PSA_KEY_TYPE_SM4)) ? 16u : \
     ((key_type) == PSA_KEY_TYPE_DES) ? 8u : 0u)
/* As KPSA_BLOCK_CIPHER_LENGTH(), but 1 instead of 0 (safe as a divisor). */
#define KPSA_BLOCK_CIPHER_DIVISOR(key_type) \
    ((KPSA_BLOCK_CIPHER_LENGTH(key_type) == 0u) ? 1u : KPSA_BLOCK_CIPHER_LENGTH(key_type))

/* ===================================================================== */
/* Hashes                                                                 */
/* ===================================================================== */

/* Digest length by hash sub-type (bits 7:0 of the algorithm), 0 if unsupported. */
#define KPSA_HASH_LENGTH_OF(h) \
    (((h) == 0x03u) ? 16u : /* MD5 */ \
     ((h) == 0x04u) ? 20u : /* RIPEMD-160 */ \
     ((h) == 0x05u) ? 20u : /* SHA-1 */ \
     ((h) == 0x08u) ? 28u : /* SHA-224 */ \
     ((h) == 0x09u) ? 32u : /* SHA-256 */ \
     ((h) == 0x0au) ? 48u : /* SHA-384 */ \
     ((h) == 0x0bu) ? 64u : /* SHA-512 */ \
     ((h) == 0x0cu) ? 28u : /* SHA-512/224 */ \
     ((h) == 0x0du) ? 32u : /* SHA-512/256 */ \
     ((h) == 0x10u) ? 28u : /* SHA3-224 */ \
     ((h) == 0x11u) ? 32u : /* SHA3-256 */ \
     ((h) == 0x12u) ? 48u : /* SHA3-384 */ \
     ((h) == 0x13u) ? 64u : /* SHA3-512 */ \
     ((h) == 0x15u) ? 64u : /* SHAKE256-512 */ \
     0u)
/* Block length by hash sub-type, 0 if unsupported. */
#define KPSA_HASH_BLOCK_LENGTH_OF(h) \
    (((h) == 0x03u || (h) == 0x04u || (h) == 0x05u || \
      (h) == 0x08u || (h) == 0x09u) ? 64u : \
     ((h) == 0x0au || (h) == 0x0bu || (h) == 0x0cu || (h) == 0x0du) ? 128u : \
     ((h) == 0x10u) ? 144u : \
     ((h) == 0x11u || (h) == 0x15u) ? 136u : \
     ((h) == 0x12u) ? 104u : \
     ((h) == 0x13u) ? 72u : \
     0u)

/*
 * Output length of hash alg, or of the hash of HMAC algorithm alg, in bytes;
 * 0 if alg is neither or is not supported.  psa_hash_finish(),
 * psa_hash_compute() output and psa_hash_verify() expect exactly this many.
 */
#define PSA_HASH_LENGTH(alg) \
    ((PSA_ALG_IS_HASH(alg) || PSA_ALG_IS_HMAC(alg)) ? \
     KPSA_HASH_LENGTH_OF((alg) & 0xffu) : 0u)

/* Largest PSA_HASH_LENGTH() of a supported hash (SHA-512, SHA3-512, SHAKE256-512). */
#define PSA_HASH_MAX_SIZE 64u

/*
 * Input block length of hash alg, in bytes (also accepts an HMAC algorithm);
 * 0 if not supported.
 */
#define PSA_HASH_BLOCK_LENGTH(alg) \
    ((PSA_ALG_IS_HASH(alg) || PSA_ALG_IS_HMAC(alg)) ? \
     KPSA_HASH_BLOCK_LENGTH_OF((alg) & 0xffu) : 0u)

/*
 * Hash suspend state (psa_hash_suspend() / psa_hash_resume()) is
 *   algorithm (4 bytes, big-endian) || input-length || hash-state ||
 *   unprocessed input (0 .. block length - 1 bytes).
 * Suspend / resume is supported for MD5, RIPEMD-160, SHA-1 and SHA-2; not for
 * SHA-3, SHAKE256 (nor, in kpsa, MD2 / MD4 / SM3 / AES-MMO), whose field
 * lengths are therefore 0.
 */
/* Length of the algorithm field. */
#define PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH ((size_t)4)
/* Length of the input-length field: 8 (MD5 .. SHA-256) or 16 (SHA-384 .. SHA-512/256). */
#define PSA_HASH_SUSPEND_INPUT_LENGTH_FIELD_LENGTH(alg) \
    ((((alg) == PSA_ALG_MD5) || ((alg) == PSA_ALG_RIPEMD160) || ((alg) == PSA_ALG_SHA_1) || \
      ((alg) == PSA_ALG_SHA_224) || ((alg) == PSA_ALG_SHA_256)) ? 8u : \
     (((alg) == PSA_ALG_SHA_384) || ((alg) == PSA_ALG_SHA_512) || \
      ((alg) == PSA_ALG_SHA_512_224) || ((alg) == PSA_ALG_SHA_512_256)) ? 16u : \
     0u)
/* Length of the hash-state field. */
#define PSA_HASH_SUSPEND_HASH_STATE_FIELD_LENGTH(alg) \
    (((alg) == PSA_ALG_MD5) ? 16u : \
     (((alg) == PSA_ALG_RIPEMD160) || ((alg) == PSA_ALG_SHA_1)) ? 20u : \
     (((alg) == PSA_ALG_SHA_224) || ((alg) == PSA_ALG_SHA_256)) ? 32u : \
     (((alg) == PSA_ALG_SHA_384) || ((alg) == PSA_ALG_SHA_512) || \
      ((alg) == PSA_ALG_SHA_512_224) || ((alg) == PSA_ALG_SHA_512_256)) ? 64u : \
     0u)
/* Sufficient psa_hash_suspend() buffer for alg; 0 if alg cannot be suspended. */
#define PSA_HASH_SUSPEND_OUTPUT_SIZE(alg) \
    ((PSA_HASH_SUSPEND_INPUT_LENGTH_FIELD_LENGTH(alg) == 0u) ? (size_t)0 : \
     (PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH + \
      PSA_HASH_SUSPEND_INPUT_LENGTH_FIELD_LENGTH(alg) + \
      PSA_HASH_SUSPEND_HASH_STATE_FIELD_LENGTH(alg) + \
      PSA_HASH_BLOCK_LENGTH(alg) - 1u))
/* Sufficient psa_hash_suspend() buffer for any algorithm: 4 + 16 + 64 + 127. */
#define PSA_HASH_SUSPEND_OUTPUT_MAX_SIZE ((size_t)211)

/* ===================================================================== */
/* MACs                                                                   */
/* ===================================================================== */

/* Untruncated MAC length of alg with a key of type key_type, 0 if unsupported. */
#define KPSA_MAC_FULL_LENGTH(key_type, alg) \
    (PSA_ALG_IS_HMAC(alg) ? PSA_HASH_LENGTH(alg) : \
     ((PSA_ALG_FULL_LENGTH_MAC(alg) == PSA_ALG_CMAC) || \
      (PSA_ALG_FULL_LENGTH_MAC(alg) == PSA_ALG_CBC_MAC)) ? \
     KPSA_BLOCK_CIPHER_LENGTH(key_type) : 0u)

/*
 * Length of the MAC that alg computes with a key of type key_type (key_bits
 * is not needed): the truncated length for a truncated MAC, the hash length
 * for HMAC, the block length for CMAC and CBC-MAC.  0 if unsupported or if the
 * truncation is longer than the MAC.
 */
#define PSA_MAC_LENGTH(key_type, key_bits, alg) \
    ((KPSA_ALG_LENGTH_FIELD(alg) == 0u) ? KPSA_MAC_FULL_LENGTH(key_type, alg) : \
     (KPSA_ALG_LENGTH_FIELD(alg) <= KPSA_MAC_FULL_LENGTH(key_type, alg)) ? \
     KPSA_ALG_LENGTH_FIELD(alg) : 0u)

/* Largest MAC of any supported algorithm (HMAC-SHA-512). */
#define PSA_MAC_MAX_SIZE 64u

/* ===================================================================== */
/* Unauthenticated ciphers                                                */
/* ===================================================================== */

/*
 * Block length of cipher key type type: 2^BLK for a symmetric key type (1 for
 * a stream cipher such as ChaCha20), 0 for a non-symmetric type.
 */
#define PSA_BLOCK_CIPHER_BLOCK_LENGTH(type) \
    ((((type) & 0x7000u) == 0x2000u) ? (1u << (((type) >> 8) & 7u)) : 0u)
/* Largest block of a supported block cipher. */
#define PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE 16u

/* 1 if alg is a block-cipher mode that retains partial blocks (CBC, ECB). */
#define KPSA_CIPHER_IS_BLOCKWISE(alg) \
    (((alg) == PSA_ALG_CBC_NO_PADDING) || ((alg) == PSA_ALG_CBC_PKCS7) || \
     ((alg) == PSA_ALG_ECB_NO_PADDING))
/* 1 if kpsa supports cipher algorithm alg with key type key_type. */
#define KPSA_CIPHER_IS_SUPPORTED(key_type, alg) \
    (((((alg) == PSA_ALG_CTR) || ((alg) == PSA_ALG_CFB) || ((alg) == PSA_ALG_OFB) || \
       ((alg) == PSA_ALG_XTS) || KPSA_CIPHER_IS_BLOCKWISE(alg)) && \
      (KPSA_BLOCK_CIPHER_LENGTH(key_type) != 0u)) || \
     (((alg) == PSA_ALG_CCM_STAR_NO_TAG) && (KPSA_BLOCK_CIPHER_LENGTH(key_type) == 16u)) || \
     (((alg) == PSA_ALG_STREAM_CIPHER) && ((key_type) == PSA_KEY_TYPE_CHACHA20)))

/*
 * Default IV length of cipher alg with key type key_type, which
 * psa_cipher_generate_iv() and psa_cipher_encrypt() produce: the block length
 * for CBC, CTR, CFB, OFB and XTS, 13 for CCM*, 12 for ChaCha20, 0 for ECB and
 * for unsupported combinations.
 */
#define PSA_CIPHER_IV_LENGTH(key_type, alg) \
    ((!KPSA_CIPHER_IS_SUPPORTED(key_type, alg)) ? 0u : \
     ((alg) == PSA_ALG_ECB_NO_PADDING) ? 0u : \
     ((alg) == PSA_ALG_CCM_STAR_NO_TAG) ? 13u : \
     ((alg) == PSA_ALG_STREAM_CIPHER) ? 12u : \
     KPSA_BLOCK_CIPHER_LENGTH(key_type))
/* Largest default IV of any supported cipher. */
#define PSA_CIPHER_IV_MAX_SIZE 16u

/*
 * Sufficient psa_cipher_encrypt() output (IV then ciphertext) for input_length
 * bytes: IV + input, with CBC-PKCS7 padding up to the next whole block.
 */
#define PSA_CIPHER_ENCRYPT_OUTPUT_SIZE(key_type, alg, input_length) \
    ((!KPSA_CIPHER_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     ((size_t)PSA_CIPHER_IV_LENGTH(key_type, alg) + \
      (((alg) == PSA_ALG_CBC_PKCS7) ? \
       ((size_t)(input_length) / KPSA_BLOCK_CIPHER_DIVISOR(key_type) + 1u) * \
       KPSA_BLOCK_CIPHER_DIVISOR(key_type) : \
       (size_t)(input_length))))
/* Sufficient psa_cipher_encrypt() output for any supported cipher (AES CBC-PKCS7). */
#define PSA_CIPHER_ENCRYPT_OUTPUT_MAX_SIZE(input_length) \
    (((size_t)(input_length) / PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE + 1u) * \
     PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE + PSA_CIPHER_IV_MAX_SIZE)

/* Sufficient psa_cipher_decrypt() output for input_length bytes (IV then ciphertext). */
#define PSA_CIPHER_DECRYPT_OUTPUT_SIZE(key_type, alg, input_length) \
    ((!KPSA_CIPHER_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     ((size_t)(input_length) < (size_t)PSA_CIPHER_IV_LENGTH(key_type, alg)) ? (size_t)0 : \
     ((size_t)(input_length) - (size_t)PSA_CIPHER_IV_LENGTH(key_type, alg)))
/* Sufficient psa_cipher_decrypt() output for any supported cipher. */
#define PSA_CIPHER_DECRYPT_OUTPUT_MAX_SIZE(input_length) ((size_t)(input_length))

/* Sufficient psa_cipher_update() output for input_length bytes of input. */
#define PSA_CIPHER_UPDATE_OUTPUT_SIZE(key_type, alg, input_length) \
    ((!KPSA_CIPHER_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     KPSA_CIPHER_IS_BLOCKWISE(alg) ? \
     PSA_ROUND_UP_TO_MULTIPLE((size_t)KPSA_BLOCK_CIPHER_DIVISOR(key_type), \
                              (size_t)(input_length)) : \
     ((alg) == PSA_ALG_XTS) ? \
     (size_t)(input_length) + KPSA_BLOCK_CIPHER_LENGTH(key_type) : \
     (size_t)(input_length))
/* Sufficient psa_cipher_update() output for any supported cipher. */
#define PSA_CIPHER_UPDATE_OUTPUT_MAX_SIZE(input_length) \
    ((size_t)(input_length) + PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE)

/* Sufficient psa_cipher_finish() output: one block for CBC-PKCS7, two for XTS. */
#define PSA_CIPHER_FINISH_OUTPUT_SIZE(key_type, alg) \
    ((!KPSA_CIPHER_IS_SUPPORTED(key_type, alg)) ? 0u : \
     ((alg) == PSA_ALG_CBC_PKCS7) ? KPSA_BLOCK_CIPHER_LENGTH(key_type) : \
     ((alg) == PSA_ALG_XTS) ? 2u * KPSA_BLOCK_CIPHER_LENGTH(key_type) : \
     0u)
/* Sufficient psa_cipher_finish() output for any supported cipher (AES XTS). */
#define PSA_CIPHER_FINISH_OUTPUT_MAX_SIZE (2u * PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE)

/* ===================================================================== */
/* AEAD                                                                   */
/* ===================================================================== */

/* 1 if kpsa supports AEAD algorithm alg (any tag length) with key type key_type. */
#define KPSA_AEAD_IS_SUPPORTED(key_type, alg) \
    ((((PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) == PSA_ALG_CCM) || \
       (PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) == PSA_ALG_GCM)) && \
      (KPSA_BLOCK_CIPHER_LENGTH(key_type) == 16u)) || \
     ((PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) == PSA_ALG_CHACHA20_POLY1305) && \
      ((key_type) == PSA_KEY_TYPE_CHACHA20)))

/*
 * Tag length of AEAD algorithm alg with a key of type key_type (key_bits is
 * not needed): the length encoded in alg, 16 for the default algorithms.
 */
#define PSA_AEAD_TAG_LENGTH(key_type, key_bits, alg) \
    (KPSA_AEAD_IS_SUPPORTED(key_type, alg) ? KPSA_ALG_LENGTH_FIELD(alg) : 0u)
/* Largest tag of any supported AEAD algorithm. */
#define PSA_AEAD_TAG_MAX_SIZE 16u

/*
 * Default nonce length of AEAD algorithm alg, as produced by
 * psa_aead_generate_nonce(): 13 for CCM, 12 for GCM and ChaCha20-Poly1305.
 * (For CCM, psa_aead_generate_nonce() may produce a shorter nonce.)
 */
#define PSA_AEAD_NONCE_LENGTH(key_type, alg) \
    ((!KPSA_AEAD_IS_SUPPORTED(key_type, alg)) ? 0u : \
     (PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) == PSA_ALG_CCM) ? 13u : 12u)
/* Largest default nonce of any supported AEAD algorithm. */
#define PSA_AEAD_NONCE_MAX_SIZE 13u

/* Sufficient psa_aead_encrypt() output: plaintext length + tag length. */
#define PSA_AEAD_ENCRYPT_OUTPUT_SIZE(key_type, alg, plaintext_length) \
    ((!KPSA_AEAD_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     ((size_t)(plaintext_length) + KPSA_ALG_LENGTH_FIELD(alg)))
/* Sufficient psa_aead_encrypt() output for any supported AEAD algorithm. */
#define PSA_AEAD_ENCRYPT_OUTPUT_MAX_SIZE(plaintext_length) \
    ((size_t)(plaintext_length) + PSA_AEAD_TAG_MAX_SIZE)

/* Sufficient psa_aead_decrypt() output: ciphertext length - tag length (0 if shorter). */
#define PSA_AEAD_DECRYPT_OUTPUT_SIZE(key_type, alg, ciphertext_length) \
    ((!KPSA_AEAD_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     ((size_t)(ciphertext_length) < (size_t)KPSA_ALG_LENGTH_FIELD(alg)) ? (size_t)0 : \
     ((size_t)(ciphertext_length) - KPSA_ALG_LENGTH_FIELD(alg)))
/* Sufficient psa_aead_decrypt() output for any supported AEAD algorithm. */
#define PSA_AEAD_DECRYPT_OUTPUT_MAX_SIZE(ciphertext_length) ((size_t)(ciphertext_length))

/* Sufficient psa_aead_update() output for input_length bytes of input. */
#define PSA_AEAD_UPDATE_OUTPUT_SIZE(key_type, alg, input_length) \
    ((!KPSA_AEAD_IS_SUPPORTED(key_type, alg)) ? (size_t)0 : \
     PSA_ALG_IS_AEAD_ON_BLOCK_CIPHER(alg) ? \
     PSA_ROUND_UP_TO_MULTIPLE((size_t)KPSA_BLOCK_CIPHER_DIVISOR(key_type), \
                              (size_t)(input_length)) : \
     (size_t)(input_length))
/* Sufficient psa_aead_update() output for any supported AEAD algorithm. */
#define PSA_AEAD_UPDATE_OUTPUT_MAX_SIZE(input_length) \
    PSA_ROUND_UP_TO_MULTIPLE((size_t)PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE, (size_t)(input_length))

/* Sufficient psa_aead_finish() ciphertext output (the tag is separate). */
#define PSA_AEAD_FINISH_OUTPUT_SIZE(key_type, alg) \
    ((KPSA_AEAD_IS_SUPPORTED(key_type, alg) && PSA_ALG_IS_AEAD_ON_BLOCK_CIPHER(alg)) ? \
     KPSA_BLOCK_CIPHER_LENGTH(key_type) : 0u)
/* Sufficient psa_aead_finish() ciphertext output for any supported AEAD algorithm. */
#define PSA_AEAD_FINISH_OUTPUT_MAX_SIZE PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE

/* Sufficient psa_aead_verify() plaintext output. */
#define PSA_AEAD_VERIFY_OUTPUT_SIZE(key_type, alg) \
    ((KPSA_AEAD_IS_SUPPORTED(key_type, alg) && PSA_ALG_IS_AEAD_ON_BLOCK_CIPHER(alg)) ? \
     KPSA_BLOCK_CIPHER_LENGTH(key_type) : 0u)
/* Sufficient psa_aead_verify() plaintext output for any supported AEAD algorithm. */
#define PSA_AEAD_VERIFY_OUTPUT_MAX_SIZE PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE

/* ===================================================================== */
/* Asymmetric keys: helpers                                               */
/* ===================================================================== */

/* 1 for a supported Weierstrass curve family (ECDSA, ECDH). */
#define KPSA_ECC_IS_WEIERSTRASS(family) \
    (((family) == PSA_ECC_FAMILY_SECP_R1) || ((family) == PSA_ECC_FAMILY_SECP_K1) || \
     ((family) == PSA_ECC_FAMILY_BRAINPOOL_P_R1))
/* Bytes of an Edwards point or scalar: 32 for Edwards25519, 57 for Edwards448. */
#define KPSA_EDWARDS_BYTES(bits) (((bits) + 8u) / 8u)
/* Exported private key of a supported curve family, 0 otherwise. */
#define KPSA_ECC_PRIVATE_KEY_SIZE(family, bits) \
    ((KPSA_ECC_IS_WEIERSTRASS(family) || ((family) == PSA_ECC_FAMILY_MONTGOMERY)) ? \
     PSA_BITS_TO_BYTES(bits) : \
     ((family) == PSA_ECC_FAMILY_TWISTED_EDWARDS) ? KPSA_EDWARDS_BYTES(bits) : 0u)
/* Exported public key (uncompressed point 04 || x || y for Weierstrass). */
#define KPSA_ECC_PUBLIC_KEY_SIZE(family, bits) \
    (KPSA_ECC_IS_WEIERSTRASS(family) ? 2u * PSA_BITS_TO_BYTES(bits) + 1u : \
     ((family) == PSA_ECC_FAMILY_MONTGOMERY) ? PSA_BITS_TO_BYTES(bits) : \
     ((family) == PSA_ECC_FAMILY_TWISTED_EDWARDS) ? KPSA_EDWARDS_BYTES(bits) : 0u)
/* Exported DH private or public key: the size of p. */
#define KPSA_DH_KEY_SIZE(family, bits) \
    (((family) == PSA_DH_FAMILY_RFC7919) ? PSA_BITS_TO_BYTES(bits) : 0u)
/* Exported SPAKE2+ key pair w0 || w1, and public key w0 || L (SECP R1 only). */
#define KPSA_SPAKE2P_KEY_PAIR_SIZE(family, bits) \
    (((family) == PSA_ECC_FAMILY_SECP_R1) ? 2u * PSA_BITS_TO_BYTES(bits) : 0u)
#define KPSA_SPAKE2P_PUBLIC_KEY_SIZE(family, bits) \
    (((family) == PSA_ECC_FAMILY_SECP_R1) ? 3u * PSA_BITS_TO_BYTES(bits) + 1u : 0u)
/* DER INTEGER of at most nbytes bytes of magnitude: tag, length (<= 3), sign byte. */
#define KPSA_DER_INTEGER_MAX_SIZE(nbytes) ((nbytes) + 5u)
/* DER RSAPublicKey: SEQUENCE header (4) + modulus + exponent. */
#define KPSA_RSA_PUBLIC_KEY_SIZE(bits) \
    (4u + 2u * KPSA_DER_INTEGER_MAX_SIZE(PSA_BITS_TO_BYTES(bits)))
/* DER RSAPrivateKey: SEQUENCE header (4) + version (3) + 8 integers. */
#define KPSA_RSA_KEY_PAIR_SIZE(bits) \
    (7u + 8u * KPSA_DER_INTEGER_MAX_SIZE(PSA_BITS_TO_BYTES(bits)))

/* ===================================================================== */
/* Asymmetric signature                                                   */
/* ===================================================================== */

/*
 * Sufficient signature buffer for alg with a key of type key_type and size
 * key_bits: the modulus size for RSA, 2 x the curve size (r || s) for ECDSA,
 * 64 for Ed25519 and 114 for Ed448.  0 for other combinations.
 */
#define PSA_SIGN_OUTPUT_SIZE(key_type, key_bits, alg) \
    ((PSA_KEY_TYPE_IS_RSA(key_type) && \
      (PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || PSA_ALG_IS_RSA_PSS(alg))) ? \
     (size_t)PSA_BITS_TO_BYTES(key_bits) : \
     (PSA_KEY_TYPE_IS_ECC(key_type) && \
      KPSA_ECC_IS_WEIERSTRASS(PSA_KEY_TYPE_ECC_GET_FAMILY(key_type)) && \
      PSA_ALG_IS_ECDSA(alg)) ? \
     (size_t)(2u * PSA_BITS_TO_BYTES(key_bits)) : \
     (PSA_KEY_TYPE_IS_ECC(key_type) && \
      (PSA_KEY_TYPE_ECC_GET_FAMILY(key_type) == PSA_ECC_FAMILY_TWISTED_EDWARDS) && \
      (((alg) == PSA_ALG_PURE_EDDSA) || PSA_ALG_IS_HASH_EDDSA(alg))) ? \
     (size_t)(2u * KPSA_EDWARDS_BYTES(key_bits)) : \
     (size_t)0)
/* Sufficient signature buffer for any supported key and algorithm (RSA-4096). */
#define PSA_SIGNATURE_MAX_SIZE \
    KPSA_MAX(PSA_BITS_TO_BYTES(PSA_VENDOR_RSA_MAX_KEY_BITS), \
             KPSA_MAX(2u * PSA_BITS_TO_BYTES(PSA_VENDOR_ECC_MAX_CURVE_BITS), \
                      2u * KPSA_EDWARDS_BYTES(448u)))

/* ===================================================================== */
/* Asymmetric encryption                                                  */
/* ===================================================================== */

/* Sufficient psa_asymmetric_encrypt() output: the RSA modulus size. */
#define PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE(key_type, key_bits, alg) \
    ((PSA_KEY_TYPE_IS_RSA(key_type) && \
      (((alg) == PSA_ALG_RSA_PKCS1V15_CRYPT) || PSA_ALG_IS_RSA_OAEP(alg))) ? \
     (size_t)PSA_BITS_TO_BYTES(key_bits) : (size_t)0)
/* Sufficient psa_asymmetric_encrypt() output for any supported key. */
#define PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE PSA_BITS_TO_BYTES(PSA_VENDOR_RSA_MAX_KEY_BITS)

/* Sufficient psa_asymmetric_decrypt() output: the RSA modulus size. */
#define PSA_ASYMMETRIC_DECRYPT_OUTPUT_SIZE(key_type, key_bits, alg) \
    PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE(key_type, key_bits, alg)
/* Sufficient psa_asymmetric_decrypt() output for any supported key. */
#define PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE PSA_BITS_TO_BYTES(PSA_VENDOR_RSA_MAX_KEY_BITS)

/* ===================================================================== */
/* Key export                                                             */
/* ===================================================================== */

/*
 * Sufficient psa_export_public_key() buffer for a key pair or public key of
 * type key_type and size key_bits; 0 for other or unsupported types.
 */
#define PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(key_type, key_bits) \
    (PSA_KEY_TYPE_IS_RSA(key_type) ? (size_t)KPSA_RSA_PUBLIC_KEY_SIZE(key_bits) : \
     PSA_KEY_TYPE_IS_ECC(key_type) ? \
     (size_t)KPSA_ECC_PUBLIC_KEY_SIZE(PSA_KEY_TYPE_ECC_GET_FAMILY(key_type), key_bits) : \
     PSA_KEY_TYPE_IS_DH(key_type) ? \
     (size_t)KPSA_DH_KEY_SIZE(PSA_KEY_TYPE_DH_GET_FAMILY(key_type), key_bits) : \
     PSA_KEY_TYPE_IS_SPAKE2P(key_type) ? \
     (size_t)KPSA_SPAKE2P_PUBLIC_KEY_SIZE(PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(key_type), \
                                          key_bits) : \
     (size_t)0)

/*
 * Sufficient psa_export_key() buffer for a key of type key_type and size
 * key_bits: the key bytes for symmetric and raw keys, the formats of the
 * specification for asymmetric keys; 0 for unsupported asymmetric types.
 */
#define PSA_EXPORT_KEY_OUTPUT_SIZE(key_type, key_bits) \
    (PSA_KEY_TYPE_IS_UNSTRUCTURED(key_type) ? (size_t)PSA_BITS_TO_BYTES(key_bits) : \
     PSA_KEY_TYPE_IS_PUBLIC_KEY(key_type) ? \
     PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(key_type, key_bits) : \
     ((key_type) == PSA_KEY_TYPE_RSA_KEY_PAIR) ? (size_t)KPSA_RSA_KEY_PAIR_SIZE(key_bits) : \
     PSA_KEY_TYPE_IS_ECC_KEY_PAIR(key_type) ? \
     (size_t)KPSA_ECC_PRIVATE_KEY_SIZE(PSA_KEY_TYPE_ECC_GET_FAMILY(key_type), key_bits) : \
     PSA_KEY_TYPE_IS_DH_KEY_PAIR(key_type) ? \
     (size_t)KPSA_DH_KEY_SIZE(PSA_KEY_TYPE_DH_GET_FAMILY(key_type), key_bits) : \
     PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(key_type) ? \
     (size_t)KPSA_SPAKE2P_KEY_PAIR_SIZE(PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(key_type), key_bits) : \
     (size_t)0)

/* Sufficient psa_export_key() buffer for any supported key pair (RSA-4096). */
#define PSA_EXPORT_KEY_PAIR_MAX_SIZE \
    KPSA_MAX(KPSA_RSA_KEY_PAIR_SIZE(PSA_VENDOR_RSA_MAX_KEY_BITS), \
             KPSA_MAX(PSA_BITS_TO_BYTES(PSA_VENDOR_FFDH_MAX_KEY_BITS), \
                      KPSA_MAX(PSA_BITS_TO_BYTES(PSA_VENDOR_ECC_MAX_CURVE_BITS), \
                               2u * PSA_BITS_TO_BYTES(256u))))

/* Sufficient psa_export_public_key() buffer for any supported key (RSA-4096). */
#define PSA_EXPORT_PUBLIC_KEY_MAX_SIZE \
    KPSA_MAX(KPSA_RSA_PUBLIC_KEY_SIZE(PSA_VENDOR_RSA_MAX_KEY_BITS), \
             KPSA_MAX(PSA_BITS_TO_BYTES(PSA_VENDOR_FFDH_MAX_KEY_BITS), \
                      KPSA_MAX(2u * PSA_BITS_TO_BYTES(PSA_VENDOR_ECC_MAX_CURVE_BITS) + 1u, \
                               3u * PSA_BITS_TO_BYTES(256u) + 1u)))

/*
 * Sufficient buffer to export any supported asymmetric key pair or public key.
 * (Defined by version 1.3 of the specification; provided for convenience.)
 */
#define PSA_EXPORT_ASYMMETRIC_KEY_MAX_SIZE \
    KPSA_MAX(PSA_EXPORT_KEY_PAIR_MAX_SIZE, PSA_EXPORT_PUBLIC_KEY_MAX_SIZE)

/* ===================================================================== */
/* Key agreement                                                          */
/* ===================================================================== */

/*
 * Sufficient psa_raw_key_agreement() output for a private key of type
 * key_type and size key_bits: the field size for ECDH (Weierstrass and
 * Montgomery curves), the size of p for FFDH; 0 otherwise.
 */
#define PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(key_type, key_bits) \
    ((PSA_KEY_TYPE_IS_ECC(key_type) && \
      (KPSA_ECC_IS_WEIERSTRASS(PSA_KEY_TYPE_ECC_GET_FAMILY(key_type)) || \
       (PSA_KEY_TYPE_ECC_GET_FAMILY(key_type) == PSA_ECC_FAMILY_MONTGOMERY))) ? \
     (size_t)PSA_BITS_TO_BYTES(key_bits) : \
     PSA_KEY_TYPE_IS_DH(key_type) ? \
     (size_t)KPSA_DH_KEY_SIZE(PSA_KEY_TYPE_DH_GET_FAMILY(key_type), key_bits) : \
     (size_t)0)
/* Sufficient psa_raw_key_agreement() output for any supported key (ffdhe8192). */
#define PSA_RAW_KEY_AGREEMENT_OUTPUT_MAX_SIZE \
    KPSA_MAX(PSA_BITS_TO_BYTES(PSA_VENDOR_FFDH_MAX_KEY_BITS), \
             PSA_BITS_TO_BYTES(PSA_VENDOR_ECC_MAX_CURVE_BITS))

/* ===================================================================== */
/* Key derivation                                                         */
/* ===================================================================== */

/* Capacity argument meaning "the largest capacity the algorithm allows". */
#define PSA_KEY_DERIVATION_UNLIMITED_CAPACITY ((size_t)SIZE_MAX)

/* Largest PSK accepted by PSA_ALG_TLS12_PSK_TO_MS() (RFC 4279 requires 64). */
#define PSA_TLS12_PSK_TO_MS_PSK_MAX_SIZE 128u

/* Output of PSA_ALG_TLS12_ECJPAKE_TO_PMS, in bytes. */
#define PSA_TLS12_ECJPAKE_TO_PMS_OUTPUT_SIZE 32
/* Input (SECRET step) of PSA_ALG_TLS12_ECJPAKE_TO_PMS: an uncompressed P-256 point. */
#define PSA_TLS12_ECJPAKE_TO_PMS_INPUT_SIZE 65u

/* ===================================================================== */
/* PAKE                                                                   */
/* ===================================================================== */

/* The only PAKE primitive kpsa supports: the P-256 elliptic curve. */
#define KPSA_PAKE_PRIMITIVE_P256 \
    PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256u)
/* SPAKE2+ confirmation value: CMAC-AES-128 or HMAC over the suite's hash. */
#define KPSA_SPAKE2P_CONFIRM_SIZE(alg) \
    (PSA_ALG_IS_SPAKE2P_CMAC(alg) ? 16u : PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg)))
/* Size of step for PAKE alg over primitive (inputs and outputs alike). */
#define KPSA_PAKE_STEP_SIZE(alg, primitive, step) \
    (((primitive) != KPSA_PAKE_PRIMITIVE_P256) ? (size_t)0 : \
     PSA_ALG_IS_JPAKE(alg) ? \
     ((((step) == PSA_PAKE_STEP_KEY_SHARE) || ((step) == PSA_PAKE_STEP_ZK_PUBLIC)) ? \
      (size_t)65 : ((step) == PSA_PAKE_STEP_ZK_PROOF) ? (size_t)32 : (size_t)0) : \
     PSA_ALG_IS_SPAKE2P(alg) ? \
     (((step) == PSA_PAKE_STEP_KEY_SHARE) ? (size_t)65 : \
      ((step) == PSA_PAKE_STEP_CONFIRM) ? (size_t)KPSA_SPAKE2P_CONFIRM_SIZE(alg) : \
      (size_t)0) : \
     (size_t)0)

/*
 * Sufficient psa_pake_output() buffer for output_step of PAKE algorithm alg
 * over primitive: on P-256, 65 for a key share or ZK public key (uncompressed
 * point), 32 for a ZK proof, the MAC length for a SPAKE2+ confirmation.
 */
#define PSA_PAKE_OUTPUT_SIZE(alg, primitive, output_step) \
    KPSA_PAKE_STEP_SIZE(alg, primitive, output_step)
/* Sufficient psa_pake_output() buffer for any supported PAKE and step. */
#define PSA_PAKE_OUTPUT_MAX_SIZE ((size_t)65)

/* Sufficient buffer for any valid psa_pake_input() of input_step. */
#define PSA_PAKE_INPUT_SIZE(alg, primitive, input_step) \
    KPSA_PAKE_STEP_SIZE(alg, primitive, input_step)
/* Sufficient buffer for any valid psa_pake_input() of any supported PAKE. */
#define PSA_PAKE_INPUT_MAX_SIZE ((size_t)65)

#endif /* KPSA_PSA_CRYPTO_SIZES_H */
