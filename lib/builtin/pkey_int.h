/*
 * pkey_int.h - the key families behind builtin_pkey_* (pkey.c): one codec per
 * family of asymmetric key types, between the PSA export formats and
 * libcrypto key objects.
 *
 *   pkey_rsa.c  RSA key pairs and public keys (DER RSAPrivateKey / RSAPublicKey)
 *   pkey_ecc.c  ECC keys on every curve of curves.c
 *   pkey_dh.c   FFDH keys over the RFC 7919 groups
 *
 * pkey.c picks the codec by key type and does what is common: the per-key
 * cache of the decoded object, argument plumbing, SPAKE2+ routing.  A codec
 * receives only types of its family.  Internal to the built-in driver.
 */
#ifndef KPSA_BUILTIN_PKEY_INT_H
#define KPSA_BUILTIN_PKEY_INT_H

#include <openssl/bn.h>
#include <openssl/param_build.h>

#include "builtin/builtin.h"

struct builtin_pkey_codec {
    /*
     * import - validate data (the PSA import format of type) and write the
     * key buffer, which is the canonical export format.
     *   [in,out] bits  0 (determine it) or the caller's size (check it).
     * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT (malformed data, value
     * out of range, size mismatch); PSA_ERROR_NOT_SUPPORTED (curve, group or
     * size not supported); PSA_ERROR_BUFFER_TOO_SMALL; libcrypto failures.
     * Nothing is written to *bits or the key buffer's length on failure.
     */
    psa_status_t (*import)(psa_key_type_t type, const uint8_t *data, size_t data_length,
                           uint8_t *key_buffer, size_t key_buffer_size,
                           size_t *key_buffer_length, size_t *bits);
    /*
     * decode - the libcrypto object of a key buffer made by import or
     * generate (so trusted to be valid; still parsed defensively).
     *   [out] pkey  a new object, the caller's to free.
     * Returns PSA_SUCCESS, PSA_ERROR_NOT_SUPPORTED, PSA_ERROR_CORRUPTION_DETECTED
     * for a buffer that does not decode, PSA_ERROR_INSUFFICIENT_MEMORY.
     */
    psa_status_t (*decode)(psa_key_type_t type, size_t bits, const uint8_t *key,
                           size_t key_size, EVP_PKEY **pkey);
    /* export_public - the public key of a key pair, in export format.  May
     * call builtin_pkey_get() on attributes (to use the cached object). */
    psa_status_t (*export_public)(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, uint8_t *data, size_t data_size,
                                  size_t *data_length);
    /*
     * generate - a new key pair of (type, bits) in export format.
     *   [in] e, e_length  RSA only: the public exponent, big-endian (NULL:
     *                     65537); other families get NULL.
     * Returns PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED (size or curve);
     * PSA_ERROR_INVALID_ARGUMENT (bad exponent); PSA_ERROR_BUFFER_TOO_SMALL;
     * PSA_ERROR_INSUFFICIENT_ENTROPY / libcrypto failures.
     */
    psa_status_t (*generate)(psa_key_type_t type, size_t bits, const uint8_t *e,
                             size_t e_length, uint8_t *key_buffer, size_t key_buffer_size,
                             size_t *key_buffer_length);
};

extern const struct builtin_pkey_codec builtin_pkey_rsa_codec;
extern const struct builtin_pkey_codec builtin_pkey_ecc_codec;
extern const struct builtin_pkey_codec builtin_pkey_dh_codec;

/*
 * builtin_pkey_bn_out - write a non-negative BIGNUM as a big-endian string of
 * exactly length bytes into out[0..size).  PSA_ERROR_BUFFER_TOO_SMALL when
 * size < length, PSA_ERROR_CORRUPTION_DETECTED when the value does not fit.
 */
psa_status_t builtin_pkey_bn_out(const BIGNUM *bn, size_t length, uint8_t *out, size_t size,
                                 size_t *out_length);

/*
 * builtin_pkey_fromdata - EVP_PKEY_fromdata for the libcrypto key type `name`
 * ("RSA", "EC", "DH") from the parameters of bld.
 *   [in] selection EVP_PKEY_KEYPAIR or EVP_PKEY_PUBLIC_KEY.
 *   [out] pkey     a new object, the caller's.
 */
psa_status_t builtin_pkey_fromdata(const char *name, int selection, OSSL_PARAM_BLD *bld,
                                   EVP_PKEY **pkey);

#endif /* KPSA_BUILTIN_PKEY_INT_H */
