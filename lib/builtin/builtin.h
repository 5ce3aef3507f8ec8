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

#include <stddef.h>
#include <stdint.h>

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

/* ---- unauthenticated ciphers (cipher.c) ------------------------------------ */

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
