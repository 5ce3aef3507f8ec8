/*
 * builtin.h - the built-in driver (prefix "builtin") on OpenSSL 3 libcrypto.
 *
 * The built-in driver is an ordinary transparent driver: its entry points have
 * the PSA driver-interface prototypes and the core reaches them only through
 * kpsa_builtin_driver's table (builtin.c).  It is always last in the chain and
 * returns PSA_ERROR_NOT_SUPPORTED for what it does not implement.
 *
 * libcrypto algorithm objects are fetched once, in builtin_init(), into const
 * tables; entry points never call EVP_*_fetch.
 */
#ifndef KPSA_BUILTIN_H
#define KPSA_BUILTIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/ec.h>
#include <openssl/evp.h>

#include "dispatch/driver.h"

/* ---- shared infrastructure ---------------------------------------------- */

psa_status_t builtin_init(void);
void builtin_free(void);

/* Map the libcrypto error queue to a PSA status and clear it.  Used after a
 * libcrypto call failed; never returns PSA_SUCCESS. */
psa_status_t builtin_status_from_openssl(void);

/* md_table.c: digest for a PSA hash algorithm, or NULL if unsupported. */
psa_status_t builtin_md_table_init(void);
void builtin_md_table_free(void);
const EVP_MD *builtin_md(psa_algorithm_t hash_alg);
/* md_table.c: the HMAC and CMAC EVP_MACs fetched at init, or NULL if the
 * providers lack them. */
EVP_MAC *builtin_mac_hmac(void);
EVP_MAC *builtin_mac_cmac(void);
/*
 * md_table.c: the calling thread's own digest context for hash_alg, created on
 * the thread's first use of the algorithm and freed when the thread exits.
 * For one complete init/update/final sequence at a time, never held across a
 * call that might use it.  NULL when out of memory or hash_alg is no hash.
 */
EVP_MD_CTX *builtin_md_thread_ctx(psa_algorithm_t hash_alg);
/* md_table.c: free the calling thread's contexts (builtin_md_table_free does). */
void builtin_md_thread_ctx_free(void);

/* cipher_table.c: cipher for (key type, key bits, PSA cipher/AEAD algorithm
 * with any tag length), or NULL if unsupported. */
psa_status_t builtin_cipher_table_init(void);
void builtin_cipher_table_free(void);
const EVP_CIPHER *builtin_cipher(psa_key_type_t type, size_t bits, psa_algorithm_t alg);

/* ---- hash (hash.c) -------------------------------------------------------- */

/*
 * Hash entry points, with the semantics of the driver specification and of
 * psa_hash_*(): MD5, RIPEMD-160, SHA-1, SHA-2, SHA-3 and SHAKE256-512, as far
 * as the loaded providers have them; any other algorithm ->
 * PSA_ERROR_NOT_SUPPORTED.  Output buffers shorter than PSA_HASH_LENGTH(alg)
 * -> PSA_ERROR_BUFFER_TOO_SMALL, checked before anything is computed.
 * Finish, suspend (on success) and abort leave the context all-bits-zero and
 * release everything; abort of an all-zero context does nothing.  Suspend and
 * resume use the PSA hash suspend-state format and are supported for the
 * algorithms that have one (not SHA-3 / SHAKE: PSA_ERROR_NOT_SUPPORTED) when
 * they run on the low-level path below.  Thread-safe; a context is used by one
 * thread at a time.
 *
 * A multipart hash runs on libcrypto's low-level functions (MD5_Update,
 * SHA256_Update, ...) when the digest comes from the default provider and the
 * algorithm has a PSA suspend format (MD5, RIPEMD-160, SHA-1, SHA-2): their
 * state is inline and can be exported; otherwise on an EVP_MD_CTX.
 */
#define BUILTIN_HASH_STATE_SIZE 216
struct builtin_hash_operation {
    EVP_MD_CTX *md;               /* EVP path, else NULL */
    psa_algorithm_t alg;          /* 0: inactive */
    union {
        uint64_t align;
        unsigned char bytes[BUILTIN_HASH_STATE_SIZE];
    } state;                      /* low-level path: hash.c's context */
};

psa_status_t builtin_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                  size_t input_length, uint8_t *hash, size_t hash_size,
                                  size_t *hash_length);
psa_status_t builtin_hash_setup(void *op, psa_algorithm_t alg);
psa_status_t builtin_hash_update(void *op, const uint8_t *input, size_t input_length);
psa_status_t builtin_hash_finish(void *op, uint8_t *hash, size_t hash_size,
                                 size_t *hash_length);
psa_status_t builtin_hash_abort(void *op);
psa_status_t builtin_hash_clone(const void *source, void *target);
psa_status_t builtin_hash_suspend(void *op, uint8_t *state, size_t state_size,
                                  size_t *state_length);
psa_status_t builtin_hash_resume(void *op, const uint8_t *state, size_t state_length);

/* ---- MAC (mac.c) ------------------------------------------------------------ */

/*
 * MAC entry points, with the semantics of the driver specification and of
 * psa_mac_*(): HMAC with every non-XOF hash above (key type HMAC, else
 * PSA_ERROR_INVALID_ARGUMENT) and CMAC over every block cipher with a CBC mode
 * in cipher_table.c whose block length the API knows; truncated forms output
 * PSA_MAC_LENGTH() bytes (a truncation longer than the MAC or a wildcard
 * algorithm -> PSA_ERROR_INVALID_ARGUMENT); anything else ->
 * PSA_ERROR_NOT_SUPPORTED.  mac_size below the MAC length ->
 * PSA_ERROR_BUFFER_TOO_SMALL.  verify_finish compares in constant time and
 * returns PSA_ERROR_INVALID_SIGNATURE on a mismatch or a wrong length.
 * Finish (on success and failure) and abort leave the context all-bits-zero;
 * abort of an all-zero context does nothing.  With the key's prepared state
 * (kpsa_driver_key_state) a call borrows a context that holds the key already;
 * thread-safe, a context is used by one thread at a time.
 */

psa_status_t builtin_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                 size_t input_length, uint8_t *mac, size_t mac_size,
                                 size_t *mac_length);
psa_status_t builtin_mac_sign_setup(void *op, const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg);
psa_status_t builtin_mac_verify_setup(void *op, const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size,
                                      psa_algorithm_t alg);
psa_status_t builtin_mac_update(void *op, const uint8_t *input, size_t input_length);
psa_status_t builtin_mac_sign_finish(void *op, uint8_t *mac, size_t mac_size,
                                     size_t *mac_length);
psa_status_t builtin_mac_verify_finish(void *op, const uint8_t *mac, size_t mac_length);
psa_status_t builtin_mac_abort(void *op);
/* Context size the driver declares; mac.c asserts its struct fits. */
#define BUILTIN_MAC_OPERATION_SIZE 128

/*
 * builtin_hmac_pads - the HMAC key schedule (RFC 2104) on the driver's hash:
 * inner = H after (K0 ^ ipad), outer = H after (K0 ^ opad), for any number
 * of HMACs computed from clones of them (mac.c, kdf*.c).
 *   [in]  hash        a hash with a block of at most BUILTIN_HMAC_BLOCK_MAX
 *                     bytes (PSA_HASH_BLOCK_LENGTH not 0).
 *   [in]  key         key_size bytes (hashed first when longer than a block).
 *   [out] inner, outer set up; on failure both are aborted.
 * Returns PSA_SUCCESS, PSA_ERROR_NOT_SUPPORTED (block size), or the hash's
 * failure.  Key-derived bytes on the stack are wiped.
 */
/* Largest hash block: SHA3-224's 144 bytes. */
#define BUILTIN_HMAC_BLOCK_MAX 144
psa_status_t builtin_hmac_pads(psa_algorithm_t hash, const uint8_t *key, size_t key_size,
                               struct builtin_hash_operation *inner,
                               struct builtin_hash_operation *outer);

/* ---- unauthenticated ciphers (cipher.c) ------------------------------------ */

/*
 * The cipher entry points of the PSA driver interface (see dispatch/driver.h):
 * ECB/CBC without padding, CBC-PKCS7, CTR, CFB, OFB, XTS, CCM* without tag
 * over AES, ARIA, Camellia, SM4, DES (single, 2-key, 3-key); ChaCha20.
 *  - cipher_encrypt: the core passes the IV (any length set_iv accepts);
 *    output is the payload only.  cipher_decrypt: input = default-length IV
 *    (PSA_CIPHER_IV_LENGTH) || payload.
 *  - Statuses: PSA_ERROR_NOT_SUPPORTED (algorithm, or key type/size the
 *    providers lack), PSA_ERROR_INVALID_ARGUMENT (key type incompatible with
 *    the mode, bad IV length, input not a whole number of blocks, input too
 *    long for the mode or IV, XTS key halves equal), PSA_ERROR_INVALID_PADDING,
 *    PSA_ERROR_BUFFER_TOO_SMALL (checked before output is written, except that
 *    a padded decryption wipes what it wrote when the last block does not
 *    fit), PSA_ERROR_BAD_STATE (multipart call out of order), libcrypto
 *    failures via builtin_status_from_openssl().  On failure *output_length
 *    is 0 and decrypted output is wiped.
 *  - Multipart: an update outputs at most PSA_CIPHER_UPDATE_OUTPUT_SIZE(),
 *    finish at most PSA_CIPHER_FINISH_OUTPUT_SIZE().  setup releases what it
 *    took when it fails; finish releases on success and failure; abort
 *    releases, and is a no-op on an all-zero context.
 *  - Thread-safety: any number of calls at once, one call per context.
 */
psa_status_t builtin_cipher_encrypt(const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                    const uint8_t *iv, size_t iv_length, const uint8_t *input,
                                    size_t input_length, uint8_t *output, size_t output_size,
                                    size_t *output_length);
psa_status_t builtin_cipher_decrypt(const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                    const uint8_t *input, size_t input_length, uint8_t *output,
                                    size_t output_size, size_t *output_length);
psa_status_t builtin_cipher_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg);
psa_status_t builtin_cipher_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg);
psa_status_t builtin_cipher_set_iv(void *op, const uint8_t *iv, size_t iv_length);
psa_status_t builtin_cipher_update(void *op, const uint8_t *input, size_t input_length,
                                   uint8_t *output, size_t output_size, size_t *output_length);
psa_status_t builtin_cipher_finish(void *op, uint8_t *output, size_t output_size,
                                   size_t *output_length);
psa_status_t builtin_cipher_abort(void *op);
/* Context size the driver declares; cipher.c asserts its struct fits. */
#define BUILTIN_CIPHER_OPERATION_SIZE 192

/* ---- AEAD (aead.c) ------------------------------------------------------------ */

/*
 * The AEAD entry points of the PSA driver interface: GCM (AES, ARIA; SM4 when
 * the providers have it), CCM (AES, ARIA, Camellia, SM4; ccm.c) and
 * ChaCha20-Poly1305, each with every tag length the specification defines
 * for it (ChaCha20-Poly1305: 16 only).
 *  - aead_encrypt outputs ciphertext || tag; aead_decrypt takes the same.
 *  - Statuses: PSA_ERROR_NOT_SUPPORTED (unknown or unsupported algorithm, key
 *    or nonce length: GCM nonce > 128, ChaCha20-Poly1305 8-byte nonce or
 *    truncated tag), PSA_ERROR_INVALID_ARGUMENT (key type incompatible, wildcard
 *    algorithm, tag or nonce length the algorithm does not define, lengths past
 *    the algorithm's limit or past/short of set_lengths, ciphertext shorter
 *    than the tag), PSA_ERROR_INVALID_SIGNATURE (tag mismatch, compared in
 *    constant time; single-part plaintext output is wiped),
 *    PSA_ERROR_BUFFER_TOO_SMALL (checked before output is written),
 *    PSA_ERROR_BAD_STATE (multipart call out of order; CCM needs set_lengths
 *    before set_nonce), libcrypto failures.
 *  - Multipart: update outputs exactly its input, finish and verify output
 *    no payload.  Lifecycle as for the cipher family: setup releases on
 *    failure, finish/verify release always, abort on all-zero is a no-op.
 *  - Thread-safety: any number of calls at once, one call per context.
 */
psa_status_t builtin_aead_encrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                  size_t nonce_length, const uint8_t *ad, size_t ad_length,
                                  const uint8_t *plaintext, size_t plaintext_length,
                                  uint8_t *ciphertext, size_t ciphertext_size,
                                  size_t *ciphertext_length);
psa_status_t builtin_aead_decrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                  size_t nonce_length, const uint8_t *ad, size_t ad_length,
                                  const uint8_t *ciphertext, size_t ciphertext_length,
                                  uint8_t *plaintext, size_t plaintext_size,
                                  size_t *plaintext_length);
psa_status_t builtin_aead_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg);
psa_status_t builtin_aead_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg);
psa_status_t builtin_aead_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length);
psa_status_t builtin_aead_set_lengths(void *op, size_t ad_length, size_t plaintext_length);
psa_status_t builtin_aead_update_ad(void *op, const uint8_t *input, size_t input_length);
psa_status_t builtin_aead_update(void *op, const uint8_t *input, size_t input_length,
                                 uint8_t *output, size_t output_size, size_t *output_length);
psa_status_t builtin_aead_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                 size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                 size_t *tag_length);
psa_status_t builtin_aead_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                 size_t *plaintext_length, const uint8_t *tag,
                                 size_t tag_length);
psa_status_t builtin_aead_abort(void *op);
/* Context size the driver declares; aead.c asserts its struct fits. */
#define BUILTIN_AEAD_OPERATION_SIZE 256

/* ---- CCM composed from CBC-MAC and CTR (ccm.c), for aead.c ------------------ */

/*
 * CCM (RFC 3610, NIST SP 800-38C) for any 128-bit block cipher, built from
 * libcrypto's CBC encryption (the CBC-MAC) and CTR mode.  Unlike libcrypto's
 * own CCM it takes the additional data and the payload in chunks of any size,
 * as psa_aead_update_ad() and psa_aead_update() may give them.
 */

/* The two keyed contexts one CCM key needs; kept in a per-key pool. */
struct builtin_ccm_keys {
    EVP_CIPHER_CTX *mac;        /* CBC encryption without padding */
    EVP_CIPHER_CTX *ctr;        /* CTR */
};

/* One CCM message in progress.  All-bits-zero: not started. */
struct builtin_ccm {
    struct builtin_ccm_keys *keys;
    uint64_t ad_left;           /* additional data still expected */
    uint64_t body_left;         /* payload still expected */
    uint8_t mac[16];            /* last CBC-MAC output block */
    uint8_t tag_mask[16];       /* S0 = E(K, A0) */
    uint8_t pending;            /* bytes fed to the CBC-MAC past a block boundary */
    uint8_t tag_length;
    uint8_t body_started;       /* the additional data is complete and padded */
};

/*
 * builtin_ccm_keys_new - key the contexts for CCM.
 *   [in]  cbc, ctr  the CBC and CTR ciphers of one 128-bit block cipher.
 *   [in]  key       key_size bytes, the ciphers' key length.
 *   [out] keys      on success, free with builtin_ccm_keys_free().
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 */
psa_status_t builtin_ccm_keys_new(const EVP_CIPHER *cbc, const EVP_CIPHER *ctr,
                                  const uint8_t *key, size_t key_size,
                                  struct builtin_ccm_keys **keys);
/* builtin_ccm_keys_free - free (and wipe) keys from builtin_ccm_keys_new; NULL ok.
 * Has the builtin_ctx_free_fn signature so that a key pool can hold keys. */
void builtin_ccm_keys_free(void *keys);

/*
 * builtin_ccm_start - begin a message: format B0 and the length of the
 * additional data into the CBC-MAC, compute the tag mask, arm the counter.
 *   [in] nonce_length 7..13 (L = 15 - nonce_length);
 *   [in] body_length  must be < 2^(8L); tag_length 4, 6, ..., 16.
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT for a bad nonce length, tag
 * length or a payload too long for L; a libcrypto failure status.
 * The keys stay the caller's; ccm only refers to them.
 */
psa_status_t builtin_ccm_start(struct builtin_ccm *ccm, struct builtin_ccm_keys *keys,
                               const uint8_t *nonce, size_t nonce_length, uint64_t ad_length,
                               uint64_t body_length, size_t tag_length);
/* builtin_ccm_update_ad - more additional data.  PSA_ERROR_INVALID_ARGUMENT
 * past the declared length, PSA_ERROR_BAD_STATE once the payload started. */
psa_status_t builtin_ccm_update_ad(struct builtin_ccm *ccm, const uint8_t *ad, size_t length);
/* builtin_ccm_update - encrypt or decrypt `length` payload bytes from in to out
 * (same length; in == out is fine, partial overlap is not).
 * PSA_ERROR_INVALID_ARGUMENT when the additional data is incomplete or the
 * payload exceeds the declared length. */
psa_status_t builtin_ccm_update(struct builtin_ccm *ccm, int encrypt, const uint8_t *in,
                                size_t length, uint8_t *out);
/* builtin_ccm_finish - the full 16-byte masked CBC-MAC; the tag is its first
 * tag_length bytes.  PSA_ERROR_INVALID_ARGUMENT when the additional data or the
 * payload is shorter than declared.  Wipes the message state. */
psa_status_t builtin_ccm_finish(struct builtin_ccm *ccm, uint8_t tag[16]);

/* ---- key management (keys.c) ------------------------------------------------ */

psa_status_t builtin_import_key(const psa_key_attributes_t *attributes, const uint8_t *data,
                                size_t data_length, uint8_t *key_buffer,
                                size_t key_buffer_size, size_t *key_buffer_length,
                                size_t *bits);
psa_status_t builtin_generate_key(const psa_key_attributes_t *attributes, uint8_t *key_buffer,
                                  size_t key_buffer_size, size_t *key_buffer_length);
psa_status_t builtin_export_public_key(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, uint8_t *data,
                                       size_t data_size, size_t *data_length);

/* ---- elliptic curves and finite-field groups (curves.c) ------------------ */

/*
 * One curve the built-in driver knows.  For a Weierstrass curve `group` is a
 * libcrypto group made once at init (shared, read-only: never modify it,
 * EC_POINT_new/EC_POINT_mul on it are fine); for Montgomery and twisted
 * Edwards curves it is NULL and `name` is the libcrypto key type ("X25519",
 * "ED448", ...).  `bytes` is the length of a private key in PSA export format
 * (PSA_BITS_TO_BYTES(bits); 32 for Curve25519 and Edwards25519, 56 for
 * Curve448, 57 for Edwards448).
 */
struct builtin_curve {
    psa_ecc_family_t family;
    uint16_t bits;
    uint16_t bytes;
    int nid;
    const char *name;           /* libcrypto group or key type name */
    EC_GROUP *group;            /* Weierstrass: prepared at init; else NULL */
};
psa_status_t builtin_curves_init(void);
void builtin_curves_free(void);
/* The curve (family, bits), or NULL when the built-in driver has none. */
const struct builtin_curve *builtin_curve_find(psa_ecc_family_t family, size_t bits);

/* RFC 7919 group (PSA_DH_FAMILY_RFC7919, bits 2048..8192): the libcrypto
 * group name ("ffdhe2048", ...), or NULL. */
const char *builtin_ffdh_group_name(psa_dh_family_t family, size_t bits);

/* ---- asymmetric keys (pkey.c and its helpers) ------------------------------ */

/*
 * A libcrypto key object for a key the core handed the driver.  For a key
 * with a prepared state (kpsa_driver_key_state() not NULL) the object is made
 * once per key and kept in the state (then `owned` is NULL); for a transient
 * key it is decoded for this call and owned by the reference.
 */
struct builtin_pkey {
    EVP_PKEY *pkey;             /* use this; read-only, shareable by threads */
    EVP_PKEY *owned;            /* non-NULL: freed by builtin_pkey_put */
};

/*
 * builtin_pkey_get - the libcrypto key of (attributes, key buffer).
 *   [in]  attributes, key, key_size  as the entry point received them: an
 *         RSA, ECC (every curve of curves.c) or RFC 7919 DH key pair or
 *         public key in PSA export format.
 *   [out] pk  on success release with builtin_pkey_put() before the entry
 *         point returns.
 * Returns PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED (type or curve unknown);
 * PSA_ERROR_INVALID_ARGUMENT / PSA_ERROR_CORRUPTION_DETECTED for a buffer
 * that does not decode; PSA_ERROR_INSUFFICIENT_MEMORY.
 */
psa_status_t builtin_pkey_get(const psa_key_attributes_t *attributes, const uint8_t *key,
                              size_t key_size, struct builtin_pkey *pk);
void builtin_pkey_put(struct builtin_pkey *pk);

/* Import of asymmetric key types (called by builtin_import_key): validation
 * as "Key validation" and "Key size determination on import" require; the
 * key buffer is the canonical export format. */
psa_status_t builtin_pkey_import(const psa_key_attributes_t *attributes, const uint8_t *data,
                                 size_t data_length, uint8_t *key_buffer,
                                 size_t key_buffer_size, size_t *key_buffer_length,
                                 size_t *bits);
/* Generation of RSA/ECC/DH key pairs (builtin_generate_key and
 * builtin_generate_key_custom): rsa_exponent NULL for 65537. */
psa_status_t builtin_pkey_generate(const psa_key_attributes_t *attributes,
                                   const uint8_t *rsa_exponent, size_t rsa_exponent_length,
                                   uint8_t *key_buffer, size_t key_buffer_size,
                                   size_t *key_buffer_length);
/* Public part of an asymmetric key pair in export format. */
psa_status_t builtin_pkey_export_public(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size, uint8_t *data,
                                        size_t data_size, size_t *data_length);
/* Driver entry point (kpsa extension): generation with custom parameters. */
psa_status_t builtin_generate_key_custom(const psa_key_attributes_t *attributes,
                                         const psa_custom_key_parameters_t *custom,
                                         const uint8_t *custom_data, size_t custom_data_length,
                                         uint8_t *key_buffer, size_t key_buffer_size,
                                         size_t *key_buffer_length);

/*
 * builtin_derive_key - a key of an asymmetric type (ECC, DH, RSA, SPAKE2+
 * key pairs) made from a key derivation's output stream, as the Crypto API
 * (psa_key_derivation_output_key) defines it for the type.
 *   [in]  read, ctx  read(ctx, out, n) yields the next n bytes of the stream
 *                    (and fails with the derivation's status).
 *   [out] key_buffer the key in export format.
 * Returns PSA_SUCCESS, PSA_ERROR_NOT_SUPPORTED for a type it cannot derive,
 * PSA_ERROR_INVALID_ARGUMENT for a size invalid for the type, the status of
 * read, PSA_ERROR_BUFFER_TOO_SMALL.  (derive_key.c)
 */
typedef psa_status_t (*builtin_stream_read_fn)(void *ctx, uint8_t *out, size_t length);
psa_status_t builtin_derive_key(const psa_key_attributes_t *attributes,
                                builtin_stream_read_fn read, void *ctx, uint8_t *key_buffer,
                                size_t key_buffer_size, size_t *key_buffer_length);

/* ---- signatures and asymmetric encryption ----------------------------------- */

/*
 * Driver entry points (sign.c), which route by algorithm to the functions
 * below; sign_message/verify_message of a hash-and-sign algorithm hash the
 * message with builtin_hash_compute and call the hash variant.  Statuses are
 * those of psa_sign_hash() & co for the checks a driver makes:
 * PSA_ERROR_NOT_SUPPORTED (algorithm, curve or size not supported),
 * PSA_ERROR_INVALID_ARGUMENT (key type / algorithm mismatch, hash length
 * wrong for the algorithm), PSA_ERROR_BUFFER_TOO_SMALL,
 * PSA_ERROR_INVALID_SIGNATURE (verification failed, including a signature of
 * the wrong length).
 */
psa_status_t builtin_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                               size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                               size_t hash_length, uint8_t *signature, size_t signature_size,
                               size_t *signature_length);
psa_status_t builtin_verify_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                 size_t hash_length, const uint8_t *signature,
                                 size_t signature_length);
psa_status_t builtin_sign_message(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                  size_t input_length, uint8_t *signature,
                                  size_t signature_size, size_t *signature_length);
psa_status_t builtin_verify_message(const psa_key_attributes_t *attributes, const uint8_t *key,
                                    size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                    size_t input_length, const uint8_t *signature,
                                    size_t signature_length);

/* RSA PKCS#1 v1.5 (with a hash, and raw: PSA_ALG_RSA_PKCS1V15_SIGN_RAW),
 * RSA-PSS and RSA-PSS-ANY-SALT (rsa_sign.c). */
psa_status_t builtin_rsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                   size_t hash_length, uint8_t *signature,
                                   size_t signature_size, size_t *signature_length);
psa_status_t builtin_rsa_verify_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, const uint8_t *signature,
                                     size_t signature_length);
/* ECDSA and deterministic ECDSA (RFC 6979) on the Weierstrass curves (ecdsa.c). */
psa_status_t builtin_ecdsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length);
psa_status_t builtin_ecdsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length);
/* PureEdDSA and HashEdDSA (Ed25519ph, Ed448ph) (eddsa.c).  The message
 * functions take every EdDSA algorithm, the hash functions HashEdDSA only. */
psa_status_t builtin_eddsa_sign_message(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *signature,
                                        size_t signature_size, size_t *signature_length);
psa_status_t builtin_eddsa_verify_message(const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg, const uint8_t *input,
                                          size_t input_length, const uint8_t *signature,
                                          size_t signature_length);
psa_status_t builtin_eddsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length);
psa_status_t builtin_eddsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length);

/* Driver entry points: RSA PKCS#1 v1.5 and OAEP encryption (rsa_crypt.c). */
psa_status_t builtin_asymmetric_encrypt(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length);
psa_status_t builtin_asymmetric_decrypt(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length);

/* ---- key agreement (agree.c) ------------------------------------------------- */

/* Driver entry point: ECDH on the Weierstrass and Montgomery curves, FFDH on
 * the RFC 7919 groups.  The peer key is in psa_export_public_key() format;
 * one that is invalid (off the curve, out of range, wrong length, a low-order
 * Montgomery point giving an all-zero secret) -> PSA_ERROR_INVALID_ARGUMENT. */
psa_status_t builtin_key_agreement(const psa_key_attributes_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg,
                                   const uint8_t *peer_key, size_t peer_key_length,
                                   uint8_t *shared_secret, size_t shared_secret_size,
                                   size_t *shared_secret_length);

/* ---- key derivation (kdf*.c) ----------------------------------------------------- */

/* Driver entry points of the "key_derivation" family (see <kpsa/driver.h>):
 * HKDF, HKDF-Extract, HKDF-Expand, TLS 1.2 PRF, TLS 1.2 PSK-to-MS, TLS 1.2
 * EC J-PAKE-to-PMS, PBKDF2-HMAC, PBKDF2-AES-CMAC-PRF-128, SP 800-108 counter
 * mode with HMAC and with CMAC. */
psa_status_t builtin_key_derivation_setup(void *op, psa_algorithm_t alg,
                                          const psa_crypto_driver_key_derivation_inputs_t *inputs);
psa_status_t builtin_key_derivation_output_bytes(void *op, uint8_t *output, size_t length);
psa_status_t builtin_key_derivation_abort(void *op);
/* Context size the driver declares; kdf.c asserts its struct fits. */
#define BUILTIN_KDF_OPERATION_SIZE 256

/* ---- PAKE (pake.c and the protocols) ----------------------------------------- */

/* Driver entry points of the "pake" family (see <kpsa/driver.h>): J-PAKE
 * (jpake.c) and SPAKE2+ (spake2p.c), routed by pake.c. */
psa_status_t builtin_pake_setup(void *op, const psa_crypto_driver_pake_inputs_t *inputs);
psa_status_t builtin_pake_output(void *op, psa_pake_step_t step, uint8_t *output,
                                 size_t output_size, size_t *output_length);
psa_status_t builtin_pake_input(void *op, psa_pake_step_t step, const uint8_t *input,
                                size_t input_length);
psa_status_t builtin_pake_get_shared_key(void *op, uint8_t *output, size_t output_size,
                                         size_t *output_length);
psa_status_t builtin_pake_abort(void *op);

/*
 * One PAKE protocol of the built-in driver.  setup allocates the protocol's
 * state (*state) from the inputs, or fails leaving nothing allocated;
 * get_shared_key is a finish (it frees the state, success or not); abort
 * frees the state.  Other functions leave the state to abort on failure.
 */
struct builtin_pake_protocol {
    bool (*handles)(psa_algorithm_t alg);
    psa_status_t (*setup)(void **state, const psa_crypto_driver_pake_inputs_t *inputs);
    psa_status_t (*output)(void *state, psa_pake_step_t step, uint8_t *output,
                           size_t output_size, size_t *output_length);
    psa_status_t (*input)(void *state, psa_pake_step_t step, const uint8_t *input,
                          size_t input_length);
    psa_status_t (*get_shared_key)(void *state, uint8_t *output, size_t output_size,
                                   size_t *output_length);
    void (*abort)(void *state);
};
extern const struct builtin_pake_protocol builtin_jpake_protocol;   /* jpake.c */
extern const struct builtin_pake_protocol builtin_spake2p_protocol; /* spake2p.c */

/* SPAKE2+ keys (spake2p_key.c): import validation (w0 || w1 for a key pair,
 * w0 || L for a public key), the public part, and derivation from a key
 * derivation's output stream (called by builtin_derive_key). */
psa_status_t builtin_spake2p_key_import(const psa_key_attributes_t *attributes,
                                        const uint8_t *data, size_t data_length,
                                        uint8_t *key_buffer, size_t key_buffer_size,
                                        size_t *key_buffer_length, size_t *bits);
psa_status_t builtin_spake2p_key_export_public(const psa_key_attributes_t *attributes,
                                               const uint8_t *key, size_t key_size,
                                               uint8_t *data, size_t data_size,
                                               size_t *data_length);
psa_status_t builtin_spake2p_key_derive(const psa_key_attributes_t *attributes,
                                        builtin_stream_read_fn read, void *ctx,
                                        uint8_t *key_buffer, size_t key_buffer_size,
                                        size_t *key_buffer_length);

/* ---- entropy and random generation (random.c) ------------------------------ */

psa_status_t builtin_get_entropy(uint32_t flags, size_t *estimate_bits, uint8_t *output,
                                 size_t output_size);
psa_status_t builtin_init_random(void *context);
psa_status_t builtin_add_entropy(void *context, const uint8_t *entropy, size_t entropy_size);
psa_status_t builtin_get_random(void *context, uint8_t *output, size_t output_size,
                                size_t *output_length);
void builtin_free_random(void *context);
#define BUILTIN_RANDOM_CONTEXT_SIZE 256
#define BUILTIN_RANDOM_INITIAL_ENTROPY 48
#define BUILTIN_RANDOM_RESEED_ENTROPY 32

#endif /* KPSA_BUILTIN_H */
