/*
 * testdrv.h - the test driver plugins: one source (testdrv.c) built into
 * several modules (testa.so, testb.so, ...) that differ by their prefix,
 * their marker byte and their context size (plugins/test/local.mk).
 *
 * Every module implements every entry point kpsa's core can call for the
 * scope of the plugin issue, with the prototypes of lib/dispatch/driver.h.
 * By default an entry point "succeeds": it writes a recognisable output --
 * every byte is the module's marker (TESTDRV_MARKER), every length is the
 * size the API expects (PSA_HASH_LENGTH, PSA_MAC_LENGTH, the tag length,
 * ...) -- so a test can tell which driver served a call.  Verification entry
 * points (mac_verify, aead_decrypt, verify_hash, ...) accept exactly the
 * marker and return PSA_ERROR_INVALID_SIGNATURE for anything else.
 *
 * A test controls a module through three exported functions, found with
 * dlopen(module, RTLD_NOW | RTLD_NOLOAD) and dlsym() (the handle of the
 * module the loader opened):
 *
 *   int <prefix>_test_force(const char *function, psa_status_t status);
 *       From now on `function` (an entry-point function name such as
 *       "mac_update" or "init") returns `status` (after counting the hit and
 *       checking the context); PSA_SUCCESS restores normal behaviour.
 *       Returns 0, or -1 for an unknown name.
 *   long <prefix>_test_hits(const char *function);
 *       Calls of `function` so far; NULL: the sum over every entry point.
 *       Two pseudo-functions count events: "violation" (an entry point got a
 *       context that the lifecycle rules say it cannot get: not set up, set
 *       up by another family, already finished or aborted, not zeroed before
 *       setup, or with its last byte overwritten) and "state_seen" (a keyed
 *       entry point received this driver's key state from
 *       kpsa_driver_key_state()).  -1 for an unknown name.
 *   void <prefix>_test_reset(void);
 *       Zero every counter and restore normal behaviour everywhere.
 *
 * Counters and forced statuses are atomics: calls may come from any thread.
 */
#ifndef KPSA_PLUGINS_TESTDRV_H
#define KPSA_PLUGINS_TESTDRV_H

#include <stddef.h>
#include <stdint.h>

#include <kpsa/driver.h>
#include <psa/crypto.h>

/* Operation context sizes (bytes) a module declares in "kpsa/context_sizes":
 * small fits inside the operation object, large needs the heap path. */
#define TESTDRV_SMALL_CTX 64
#define TESTDRV_LARGE_CTX 1024

/* Control functions, as the test program sees them through dlsym(). */
typedef int (*testdrv_force_fn)(const char *function, psa_status_t status);
typedef long (*testdrv_hits_fn)(const char *function);
typedef void (*testdrv_reset_fn)(void);

#ifdef TESTDRV_PREFIX

#define TESTDRV_CAT2(a, b) a##_##b
#define TESTDRV_CAT(a, b)  TESTDRV_CAT2(a, b)
/* The exported name of an entry point: TESTDRV_EP(hash_setup) -> testa_hash_setup. */
#define TESTDRV_EP(name) TESTDRV_CAT(TESTDRV_PREFIX, name)
#define TESTDRV_API      __attribute__((visibility("default")))

typedef const psa_key_attributes_t testdrv_attr_t;

TESTDRV_API int TESTDRV_EP(test_force)(const char *function, psa_status_t status);
TESTDRV_API long TESTDRV_EP(test_hits)(const char *function);
TESTDRV_API void TESTDRV_EP(test_reset)(void);

TESTDRV_API psa_status_t TESTDRV_EP(init)(void);
TESTDRV_API psa_status_t TESTDRV_EP(key_state_create)(testdrv_attr_t *attributes,
                                                      const uint8_t *key, size_t key_size,
                                                      void **state);
TESTDRV_API void TESTDRV_EP(key_state_destroy)(void *state);

TESTDRV_API psa_status_t TESTDRV_EP(hash_compute)(psa_algorithm_t alg, const uint8_t *input,
                                                  size_t input_length, uint8_t *hash,
                                                  size_t hash_size, size_t *hash_length);
TESTDRV_API psa_status_t TESTDRV_EP(hash_setup)(void *op, psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(hash_update)(void *op, const uint8_t *input,
                                                 size_t input_length);
TESTDRV_API psa_status_t TESTDRV_EP(hash_finish)(void *op, uint8_t *hash, size_t hash_size,
                                                 size_t *hash_length);
TESTDRV_API psa_status_t TESTDRV_EP(hash_abort)(void *op);

TESTDRV_API psa_status_t TESTDRV_EP(mac_compute)(testdrv_attr_t *attributes, const uint8_t *key,
                                                 size_t key_size, psa_algorithm_t alg,
                                                 const uint8_t *input, size_t input_length,
                                                 uint8_t *mac, size_t mac_size, size_t *mac_length);
TESTDRV_API psa_status_t TESTDRV_EP(mac_verify)(testdrv_attr_t *attributes, const uint8_t *key,
                                                size_t key_size, psa_algorithm_t alg,
                                                const uint8_t *input, size_t input_length,
                                                const uint8_t *mac, size_t mac_length);
TESTDRV_API psa_status_t TESTDRV_EP(mac_sign_setup)(void *op, testdrv_attr_t *attributes,
                                                    const uint8_t *key, size_t key_size,
                                                    psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(mac_verify_setup)(void *op, testdrv_attr_t *attributes,
                                                      const uint8_t *key, size_t key_size,
                                                      psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(mac_update)(void *op, const uint8_t *input,
                                                size_t input_length);
TESTDRV_API psa_status_t TESTDRV_EP(mac_sign_finish)(void *op, uint8_t *mac, size_t mac_size,
                                                     size_t *mac_length);
TESTDRV_API psa_status_t TESTDRV_EP(mac_verify_finish)(void *op, const uint8_t *mac,
                                                       size_t mac_length);
TESTDRV_API psa_status_t TESTDRV_EP(mac_abort)(void *op);

TESTDRV_API psa_status_t TESTDRV_EP(cipher_encrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                                    size_t key_size, psa_algorithm_t alg,
                                                    const uint8_t *iv, size_t iv_length,
                                                    const uint8_t *input, size_t input_length,
                                                    uint8_t *output, size_t output_size,
                                                    size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_decrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                                    size_t key_size, psa_algorithm_t alg,
                                                    const uint8_t *input, size_t input_length,
                                                    uint8_t *output, size_t output_size,
                                                    size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_encrypt_setup)(void *op, testdrv_attr_t *attributes,
                                                          const uint8_t *key, size_t key_size,
                                                          psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_decrypt_setup)(void *op, testdrv_attr_t *attributes,
                                                          const uint8_t *key, size_t key_size,
                                                          psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_set_iv)(void *op, const uint8_t *iv, size_t iv_length);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_update)(void *op, const uint8_t *input,
                                                   size_t input_length, uint8_t *output,
                                                   size_t output_size, size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_finish)(void *op, uint8_t *output, size_t output_size,
                                                   size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(cipher_abort)(void *op);

TESTDRV_API psa_status_t TESTDRV_EP(aead_encrypt)(
    testdrv_attr_t *attributes, const uint8_t *key, size_t key_size, psa_algorithm_t alg,
    const uint8_t *nonce, size_t nonce_length, const uint8_t *additional_data,
    size_t additional_data_length, const uint8_t *plaintext, size_t plaintext_length,
    uint8_t *ciphertext, size_t ciphertext_size, size_t *ciphertext_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_decrypt)(
    testdrv_attr_t *attributes, const uint8_t *key, size_t key_size, psa_algorithm_t alg,
    const uint8_t *nonce, size_t nonce_length, const uint8_t *additional_data,
    size_t additional_data_length, const uint8_t *ciphertext, size_t ciphertext_length,
    uint8_t *plaintext, size_t plaintext_size, size_t *plaintext_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_encrypt_setup)(void *op, testdrv_attr_t *attributes,
                                                        const uint8_t *key, size_t key_size,
                                                        psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(aead_decrypt_setup)(void *op, testdrv_attr_t *attributes,
                                                        const uint8_t *key, size_t key_size,
                                                        psa_algorithm_t alg);
TESTDRV_API psa_status_t TESTDRV_EP(aead_set_nonce)(void *op, const uint8_t *nonce,
                                                    size_t nonce_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_set_lengths)(void *op, size_t ad_length,
                                                      size_t plaintext_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_update_ad)(void *op, const uint8_t *input,
                                                    size_t input_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_update)(void *op, const uint8_t *input,
                                                 size_t input_length, uint8_t *output,
                                                 size_t output_size, size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_finish)(void *op, uint8_t *ciphertext,
                                                 size_t ciphertext_size, size_t *ciphertext_length,
                                                 uint8_t *tag, size_t tag_size, size_t *tag_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_verify)(void *op, uint8_t *plaintext,
                                                 size_t plaintext_size, size_t *plaintext_length,
                                                 const uint8_t *tag, size_t tag_length);
TESTDRV_API psa_status_t TESTDRV_EP(aead_abort)(void *op);

TESTDRV_API psa_status_t TESTDRV_EP(sign_hash)(testdrv_attr_t *attributes, const uint8_t *key,
                                               size_t key_size, psa_algorithm_t alg,
                                               const uint8_t *hash, size_t hash_length,
                                               uint8_t *signature, size_t signature_size,
                                               size_t *signature_length);
TESTDRV_API psa_status_t TESTDRV_EP(verify_hash)(testdrv_attr_t *attributes, const uint8_t *key,
                                                 size_t key_size, psa_algorithm_t alg,
                                                 const uint8_t *hash, size_t hash_length,
                                                 const uint8_t *signature, size_t signature_length);
TESTDRV_API psa_status_t TESTDRV_EP(sign_message)(testdrv_attr_t *attributes, const uint8_t *key,
                                                  size_t key_size, psa_algorithm_t alg,
                                                  const uint8_t *input, size_t input_length,
                                                  uint8_t *signature, size_t signature_size,
                                                  size_t *signature_length);
TESTDRV_API psa_status_t TESTDRV_EP(verify_message)(testdrv_attr_t *attributes, const uint8_t *key,
                                                    size_t key_size, psa_algorithm_t alg,
                                                    const uint8_t *input, size_t input_length,
                                                    const uint8_t *signature,
                                                    size_t signature_length);
TESTDRV_API psa_status_t TESTDRV_EP(asymmetric_encrypt)(testdrv_attr_t *attributes,
                                                        const uint8_t *key, size_t key_size,
                                                        psa_algorithm_t alg, const uint8_t *input,
                                                        size_t input_length, const uint8_t *salt,
                                                        size_t salt_length, uint8_t *output,
                                                        size_t output_size, size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(asymmetric_decrypt)(testdrv_attr_t *attributes,
                                                        const uint8_t *key, size_t key_size,
                                                        psa_algorithm_t alg, const uint8_t *input,
                                                        size_t input_length, const uint8_t *salt,
                                                        size_t salt_length, uint8_t *output,
                                                        size_t output_size, size_t *output_length);
TESTDRV_API psa_status_t TESTDRV_EP(key_agreement)(testdrv_attr_t *attributes, const uint8_t *key,
                                                   size_t key_size, psa_algorithm_t alg,
                                                   const uint8_t *peer_key, size_t peer_key_length,
                                                   uint8_t *shared_secret,
                                                   size_t shared_secret_size,
                                                   size_t *shared_secret_length);

TESTDRV_API psa_status_t TESTDRV_EP(import_key)(testdrv_attr_t *attributes, const uint8_t *data,
                                                size_t data_length, uint8_t *key_buffer,
                                                size_t key_buffer_size, size_t *key_buffer_length,
                                                size_t *bits);
TESTDRV_API psa_status_t TESTDRV_EP(generate_key)(testdrv_attr_t *attributes, uint8_t *key_buffer,
                                                  size_t key_buffer_size,
                                                  size_t *key_buffer_length);
TESTDRV_API psa_status_t TESTDRV_EP(export_public_key)(testdrv_attr_t *attributes,
                                                       const uint8_t *key, size_t key_size,
                                                       uint8_t *data, size_t data_size,
                                                       size_t *data_length);
TESTDRV_API psa_status_t TESTDRV_EP(export_key)(testdrv_attr_t *attributes, const uint8_t *key,
                                                size_t key_size, uint8_t *data, size_t data_size,
                                                size_t *data_length);

#endif /* TESTDRV_PREFIX */

#endif /* KPSA_PLUGINS_TESTDRV_H */
