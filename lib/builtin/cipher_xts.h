/*
 * cipher_xts.h - multipart XTS for the built-in driver's cipher entry points.
 *
 * libcrypto's XTS treats every call as a whole data unit.  A multipart XTS
 * operation (cipher.c) therefore feeds it in pieces and starts each piece at
 * the tweak where the previous one stopped: it gives libcrypto the IV
 * D(K2, T), whose tweak E(K2, IV) is T, and then advances T by one
 * multiplication by alpha per block.  This module holds the tweak and the two
 * contexts keyed with the tweak key K2 that this needs.
 */
#ifndef KPSA_BUILTIN_CIPHER_XTS_H
#define KPSA_BUILTIN_CIPHER_XTS_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>

#include <psa/crypto.h>

#define BUILTIN_XTS_BLOCK 16

/* The tweak side of one multipart XTS operation.  All-bits-zero: nothing held. */
struct builtin_xts {
    EVP_CIPHER_CTX *tweak_encrypt;   /* ECB with K2, until the IV is set */
    EVP_CIPHER_CTX *tweak_decrypt;   /* ECB with K2, decrypting */
    uint8_t tweak[BUILTIN_XTS_BLOCK]; /* tweak of the next block */
};

/*
 * builtin_xts_setup - key the tweak contexts.
 *   [in]  ecb      the ECB cipher of the XTS key's block cipher and half size.
 *   [in]  k2       the second half of the XTS key, k2_size bytes.
 *   [out] xts      all-bits-zero on entry.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure;
 * on failure xts may hold contexts: builtin_xts_free() releases them.
 */
psa_status_t builtin_xts_setup(struct builtin_xts *xts, const EVP_CIPHER *ecb, const uint8_t *k2,
                               size_t k2_size);

/*
 * builtin_xts_set_iv - T = E(K2, iv), the tweak of the data unit's first
 * block; frees the encrypting tweak context, which is no longer needed.
 * Returns PSA_SUCCESS or a libcrypto failure.
 */
psa_status_t builtin_xts_set_iv(struct builtin_xts *xts, const uint8_t iv[BUILTIN_XTS_BLOCK]);

/*
 * builtin_xts_piece - run `length` bytes (at least one block, and at most a
 * data unit) through `data`, the context keyed with the whole XTS key, as
 * libcrypto's XTS would continue them at the current tweak; advance the
 * tweak past them.  Only the last piece of a data unit may end in a partial
 * block (ciphertext stealing).  Returns PSA_SUCCESS or a libcrypto failure,
 * after which neither context may be reused.
 */
psa_status_t builtin_xts_piece(struct builtin_xts *xts, EVP_CIPHER_CTX *data, int encrypt,
                               const uint8_t *in, size_t length, uint8_t *out);

/* builtin_xts_free - free the contexts and wipe the tweak; all-bits-zero after. */
void builtin_xts_free(struct builtin_xts *xts);

#endif /* KPSA_BUILTIN_CIPHER_XTS_H */
