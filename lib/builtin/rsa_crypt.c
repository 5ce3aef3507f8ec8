/*
 * rsa_crypt.c - RSA encryption of the built-in driver: RSAES-PKCS1-v1_5
 * (PSA_ALG_RSA_PKCS1V15_CRYPT) and RSAES-OAEP with MGF1 over the same hash
 * (PSA_ALG_RSA_OAEP(hash), every non-XOF hash of md_table.c); the OAEP label
 * is the entry points' salt.
 *
 * Each (key, algorithm, direction) keeps an EVP_PKEY_CTX prepared once --
 * encrypt_init / decrypt_init, padding, OAEP digest and MGF1 digest -- in the
 * key's pools (keystate.h).  The label differs between calls, so every OAEP
 * call sets it (libcrypto copies it) before it uses the context.
 *
 * Decryption: the Crypto API wants PSA_ERROR_INVALID_PADDING for a bad
 * PKCS#1 v1.5 padding, so libcrypto's implicit rejection (OpenSSL 3.2 and
 * later: a synthetic plaintext instead of an error) is switched off on the
 * prepared context; OpenSSL 3.0 has no such parameter and ignores it.  The
 * padding checks themselves are libcrypto's constant-time ones, but whether a
 * decryption failed is visible to the caller by the API's design (the Marvin
 * / Bleichenbacher caveat of RSAES-PKCS1-v1_5 applies to any user of it).
 * The plaintext goes to a scratch buffer of the key's size in secret memory,
 * so the output buffer is compared with the real plaintext length; the
 * scratch is wiped on every path.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool kinds of the per-key state (see builtin_lease_take). */
#define KIND_RSA_ENCRYPT 0x32u
#define KIND_RSA_DECRYPT 0x33u

/* RFC 8017 7.2.1: PKCS#1 v1.5 padding takes at least 11 bytes. */
#define PKCS1_OVERHEAD 11u

/* OpenSSL 3.2's OSSL_ASYM_CIPHER_PARAM_IMPLICIT_REJECTION, by name: the 3.0
 * headers lack the macro and 3.0 providers ignore parameters they don't know. */
#define PARAM_IMPLICIT_REJECTION "implicit-rejection"

/* What libcrypto needs to know of one RSA encryption algorithm. */
struct rsa_enc {
    int padding;      /* RSA_PKCS1_PADDING or RSA_PKCS1_OAEP_PADDING */
    const EVP_MD *md; /* OAEP: the hash (and MGF1's); else NULL */
};

static psa_status_t enc_params(psa_algorithm_t alg, size_t salt_length, struct rsa_enc *e)
{
    psa_algorithm_t hash = PSA_ALG_GET_HASH(alg);

    e->md = NULL;
    if (alg == PSA_ALG_RSA_PKCS1V15_CRYPT) {
        e->padding = RSA_PKCS1_PADDING;
        /* RSAES-PKCS1-v1_5 has no label. */
        return salt_length == 0 ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
    }
    if (!PSA_ALG_IS_RSA_OAEP(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash == PSA_ALG_ANY_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    e->padding = RSA_PKCS1_OAEP_PADDING;
    e->md = builtin_md(hash);
    /* MGF1 is not defined over an XOF. */
    if (e->md == NULL || (EVP_MD_get_flags(e->md) & EVP_MD_FLAG_XOF) != 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return PSA_SUCCESS;
}

/* Does a message of `length` bytes fit a k-byte modulus (RFC 8017 7.1.1 step
 * 1b, 7.2.1 step 1)?  Never when the modulus is smaller than the overhead. */
static bool enc_fits(const struct rsa_enc *e, size_t k, size_t length)
{
    size_t overhead = PKCS1_OVERHEAD;

    if (e->md != NULL) {
        overhead = 2u * (size_t)EVP_MD_get_size(e->md) + 2u;
    }
    return k >= overhead && length <= k - overhead;
}

static void ctx_free(void *ctx)
{
    EVP_PKEY_CTX_free(ctx);
}

/* A fresh context of pkey, initialised for encryption or decryption with e. */
static psa_status_t ctx_new(EVP_PKEY *pkey, int decrypt, const struct rsa_enc *e,
                            EVP_PKEY_CTX **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
    unsigned int implicit = 0;
    OSSL_PARAM params[2];

    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK((decrypt ? EVP_PKEY_decrypt_init(ctx) : EVP_PKEY_encrypt_init(ctx)) == 1 &&
                   EVP_PKEY_CTX_set_rsa_padding(ctx, e->padding) > 0,
               builtin_status_from_openssl());
    if (e->md != NULL) {
        KPSA_CHECK(EVP_PKEY_CTX_set_rsa_oaep_md(ctx, e->md) > 0 &&
                       EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, e->md) > 0,
                   builtin_status_from_openssl());
    } else if (decrypt) {
        params[0] = OSSL_PARAM_construct_uint(PARAM_IMPLICIT_REJECTION, &implicit);
        params[1] = OSSL_PARAM_construct_end();
        KPSA_CHECK(EVP_PKEY_CTX_set_params(ctx, params) == 1, builtin_status_from_openssl());
    }
    *out = ctx;
    ctx = NULL;
    status = PSA_SUCCESS;
exit:
    EVP_PKEY_CTX_free(ctx);
    return status;
}

/* Borrow the prepared context for (key, alg, direction), prepared on the key's
 * first use, and give it this call's label.  *prepared tells whether the lease
 * holds a reusable context; the caller returns the lease in every case. */
static psa_status_t ctx_take(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                             int decrypt, EVP_PKEY *pkey, const struct rsa_enc *e,
                             const uint8_t *label, size_t label_length, struct builtin_lease *lease,
                             int *prepared)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_PKEY_CTX *ctx = NULL;
    /* libcrypto refuses a NULL label pointer even with length 0. */
    static const uint8_t no_label[1];
    OSSL_PARAM params[2];

    builtin_lease_take(kpsa_driver_key_state(attributes), alg,
                       decrypt ? KIND_RSA_DECRYPT : KIND_RSA_ENCRYPT, ctx_free, 0, lease);
    if (lease->ctx == NULL) {
        KPSA_TRY(ctx_new(pkey, decrypt, e, &ctx));
        lease->ctx = ctx;
    }
    *prepared = 1;
    if (e->md != NULL) {
        /* The parameter is only read (copied); the API just lacks the const. */
        params[0] = OSSL_PARAM_construct_octet_string(
            OSSL_ASYM_CIPHER_PARAM_OAEP_LABEL, (void *)(label_length != 0 ? label : no_label),
            label_length);
        params[1] = OSSL_PARAM_construct_end();
        KPSA_CHECK(EVP_PKEY_CTX_set_params(lease->ctx, params) == 1, builtin_status_from_openssl());
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* The key of an encryption entry point (RSA; a key pair to decrypt) as an
 * EVP_PKEY, the algorithm's settings and the modulus length k. */
static psa_status_t enc_key(const psa_key_attributes_t *attributes, const uint8_t *key,
                            size_t key_size, psa_algorithm_t alg, size_t salt_length, int decrypt,
                            struct builtin_pkey *pk, struct rsa_enc *e, size_t *k)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);

    KPSA_TRY(enc_params(alg, salt_length, e));
    KPSA_CHECK(decrypt ? type == PSA_KEY_TYPE_RSA_KEY_PAIR : PSA_KEY_TYPE_IS_RSA(type),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, pk));
    *k = (size_t)EVP_PKEY_get_size(pk->pkey);
exit:
    return status;
}

psa_status_t builtin_asymmetric_encrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct rsa_enc e;
    size_t k = 0;
    size_t length = output_size;
    int prepared = 0;

    *output_length = 0;
    KPSA_TRY(enc_key(attributes, key, key_size, alg, salt_length, 0, &pk, &e, &k));
    KPSA_CHECK(enc_fits(&e, k, input_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(output_size >= k, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(ctx_take(attributes, alg, 0, pk.pkey, &e, salt, salt_length, &lease, &prepared));
    KPSA_CHECK(EVP_PKEY_encrypt(lease.ctx, output, &length, input, input_length) == 1,
               builtin_status_from_openssl());
    *output_length = length;
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, prepared);
    builtin_pkey_put(&pk);
    return status;
}

/* Decrypt input (k bytes) into scratch (k bytes); INVALID_PADDING on any
 * failure of the private operation or of the padding check. */
static psa_status_t decrypt_to(EVP_PKEY_CTX *ctx, const uint8_t *input, size_t k, uint8_t *scratch,
                               size_t *length)
{
    int ok;

    *length = k;
    /* A bad ciphertext is no error of ours: drop what libcrypto queued for it,
     * and only that. */
    ERR_set_mark();
    ok = EVP_PKEY_decrypt(ctx, scratch, length, input, k) == 1;
    ERR_pop_to_mark();
    return ok ? PSA_SUCCESS : PSA_ERROR_INVALID_PADDING;
}

psa_status_t builtin_asymmetric_decrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *salt,
                                        size_t salt_length, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct rsa_enc e;
    uint8_t *scratch = NULL;
    size_t k = 0;
    size_t length = 0;
    int prepared = 0;

    *output_length = 0;
    KPSA_TRY(enc_key(attributes, key, key_size, alg, salt_length, 1, &pk, &e, &k));
    KPSA_CHECK(input_length == k, PSA_ERROR_INVALID_ARGUMENT);
    scratch = kpsa_secmem_alloc(k);
    KPSA_CHECK(scratch != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(ctx_take(attributes, alg, 1, pk.pkey, &e, salt, salt_length, &lease, &prepared));
    KPSA_TRY(decrypt_to(lease.ctx, input, k, scratch, &length));
    KPSA_CHECK(length <= output_size, PSA_ERROR_BUFFER_TOO_SMALL);
    if (length != 0) {
        memcpy(output, scratch, length);
    }
    *output_length = length;
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(scratch, k);
    builtin_lease_return(&lease, prepared);
    builtin_pkey_put(&pk);
    return status;
}
