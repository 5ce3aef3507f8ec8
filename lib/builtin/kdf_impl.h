/*
 * kdf_impl.h - what the built-in key derivation algorithms (kdf*.c) share.
 *
 * kdf.c holds the driver entry points, the one table from PSA algorithm to
 * implementation and the pieces every algorithm uses:
 *  - copies of the inputs in secure memory (struct builtin_kdf_buf);
 *  - a pseudorandom function keyed once per derivation (struct builtin_kdf_prf):
 *    HMAC as the two hash states after the padded key block (RFC 2104), so a
 *    PRF call copies them and hashes on, with no key processing; or CMAC on an
 *    EVP_MAC_CTX holding the key, re-armed with EVP_MAC_init(ctx, NULL, ...);
 *  - the output stream (struct builtin_kdf_stream): every algorithm produces
 *    its output a block at a time, and kdf.c hands out the bytes of the
 *    current block and asks for the next one when it is used up, so successive
 *    output calls continue the stream whatever their sizes.
 * Each algorithm file (kdf_hkdf.c, kdf_tls12.c, kdf_pbkdf2.c, kdf_sp800108.c)
 * exports one struct builtin_kdf_algorithm per algorithm.
 */
#ifndef KPSA_BUILTIN_KDF_IMPL_H
#define KPSA_BUILTIN_KDF_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "builtin/builtin.h"

/* ---- inputs ----------------------------------------------------------------- */

/* A copy of one input step, in memory from kpsa_secmem_alloc.  All-zero: empty. */
struct builtin_kdf_buf {
    uint8_t *data; /* NULL when length is 0 */
    size_t length;
};

/*
 * builtin_kdf_input - copy input step `step` (bytes or a key) into buf.
 *   [in]  optional  true: an omitted step gives an empty buf.
 *   [in]  max       largest length accepted; longer -> PSA_ERROR_INVALID_ARGUMENT.
 *   [out] buf       free with builtin_kdf_buf_free (also after failure).
 * Returns PSA_SUCCESS; PSA_ERROR_BAD_STATE for a required step the inputs
 * lack; PSA_ERROR_INVALID_ARGUMENT for a step given as an integer or too long;
 * PSA_ERROR_INSUFFICIENT_MEMORY; the accessors' other failures.
 */
psa_status_t builtin_kdf_input(const psa_crypto_driver_key_derivation_inputs_t *inputs,
                               psa_key_derivation_step_t step, bool optional, size_t max,
                               struct builtin_kdf_buf *buf);
/* Wipe and free the copy; leaves buf empty.  An empty buf is fine. */
void builtin_kdf_buf_free(struct builtin_kdf_buf *buf);

/* ---- pseudorandom functions ---------------------------------------------------- */

/* One part of a PRF's message; a message is a short list of parts. */
struct builtin_kdf_part {
    const void *data;
    size_t length;
};

/* A keyed PRF.  All-zero: none. */
struct builtin_kdf_prf {
    struct builtin_hash_operation inner; /* HMAC: H after K0 ^ ipad (alg 0: CMAC) */
    struct builtin_hash_operation outer; /* HMAC: H after K0 ^ opad */
    EVP_MAC_CTX *cmac;                   /* CMAC: holding the key */
    size_t length;                       /* output length */
};

/* Whether the driver runs HMAC over hash (a hash with a block length that is
 * not an XOF, and that the providers have). */
bool builtin_kdf_hmac_hash_ok(psa_algorithm_t hash);

/*
 * builtin_kdf_prf_hmac - key HMAC over hash with key (any length).
 * builtin_kdf_prf_cmac - key CMAC with a key of a block cipher of
 *   cipher_table.c (type: PSA_KEY_TYPE_AES, ARIA, CAMELLIA, SM4) whose size
 *   the cipher takes.
 * Return PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED (hash or key size);
 * PSA_ERROR_INSUFFICIENT_MEMORY; libcrypto failures.  On failure prf is
 * all-zero; on success free it with builtin_kdf_prf_free.
 */
psa_status_t builtin_kdf_prf_hmac(struct builtin_kdf_prf *prf, psa_algorithm_t hash,
                                  const uint8_t *key, size_t key_length);
psa_status_t builtin_kdf_prf_cmac(struct builtin_kdf_prf *prf, psa_key_type_t type,
                                  const uint8_t *key, size_t key_length);
/* The PRF of the concatenation of parts[0..count-1]: prf->length bytes at out.
 * Returns PSA_SUCCESS or a libcrypto / allocation failure. */
psa_status_t builtin_kdf_prf(const struct builtin_kdf_prf *prf,
                             const struct builtin_kdf_part *parts, size_t count, uint8_t *out);
/* Release and wipe; leaves prf all-zero.  An all-zero prf is fine. */
void builtin_kdf_prf_free(struct builtin_kdf_prf *prf);

/* ---- algorithms ---------------------------------------------------------------- */

/* The block of output being handed out; first member of every algorithm state. */
struct builtin_kdf_stream {
    uint8_t block[PSA_HASH_MAX_SIZE];
    size_t length; /* bytes in block */
    size_t used;   /* bytes of block already output */
};

/*
 * One key derivation algorithm.  kdf.c allocates state_size zeroed bytes of
 * secure memory for its state, which starts with a struct builtin_kdf_stream.
 *  - setup reads the inputs and prepares the state; it may fill the first
 *    block.  On failure kdf.c calls cleanup and frees the state.
 *  - next fills the stream's next block (length > 0, used = 0).
 *  - cleanup releases what the state refers to (kdf.c wipes the state).
 * hash is the algorithm's hash (0 for algorithms without one).
 */
struct builtin_kdf_algorithm {
    size_t state_size;
    psa_status_t (*setup)(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                          const psa_crypto_driver_key_derivation_inputs_t *inputs);
    psa_status_t (*next)(void *state);
    void (*cleanup)(void *state);
    size_t whole_output; /* non-zero: output only in one call of this length */
};

extern const struct builtin_kdf_algorithm builtin_kdf_hkdf; /* kdf_hkdf.c */
extern const struct builtin_kdf_algorithm builtin_kdf_hkdf_extract;
extern const struct builtin_kdf_algorithm builtin_kdf_hkdf_expand;
extern const struct builtin_kdf_algorithm builtin_kdf_tls12_prf; /* kdf_tls12.c */
extern const struct builtin_kdf_algorithm builtin_kdf_tls12_psk_to_ms;
extern const struct builtin_kdf_algorithm builtin_kdf_tls12_ecjpake_to_pms;
extern const struct builtin_kdf_algorithm builtin_kdf_pbkdf2;    /* kdf_pbkdf2.c */
extern const struct builtin_kdf_algorithm builtin_kdf_sp800_108; /* kdf_sp800108.c */

#endif /* KPSA_BUILTIN_KDF_IMPL_H */
