/*
 * rsa_sign.c - RSA signatures of the built-in driver: RSASSA-PKCS1-v1_5 with a
 * hash (PSA_ALG_RSA_PKCS1V15_SIGN) and raw (PSA_ALG_RSA_PKCS1V15_SIGN_RAW: the
 * input is T of RFC 8017 9.2 step 3, no DigestInfo added), RSASSA-PSS with
 * MGF1 over the same hash (PSA_ALG_RSA_PSS, PSA_ALG_RSA_PSS_ANY_SALT).
 *
 * Each (key, algorithm, direction) keeps an EVP_PKEY_CTX prepared once --
 * sign_init / verify_init, padding, digest, salt length, MGF1 digest -- in the
 * key's pools (keystate.h), so a call is one EVP_PKEY_sign / EVP_PKEY_verify
 * on a borrowed context: nothing fetched, parsed or allocated per call once
 * the key is warm.  A prepared context is never changed by a call, so it goes
 * back to its pool after a failed verification too.
 *
 * PSA_ALG_RSA_PKCS1V15_SIGN_RAW verifies by recovering T (verify_recover,
 * whose type-1 padding check is strict) and comparing it with the input:
 * libcrypto's plain verify without a digest rejects an empty T, which the
 * Crypto API allows ("any byte string within the available length").
 *
 * PSS salt length, as the Crypto API defines it for both PSS algorithms when
 * signing and for PSA_ALG_RSA_PSS when verifying: the hash length, or the
 * largest salt the key allows (emLen - hLen - 2, RFC 8017 9.1.1) when that is
 * smaller.  PSA_ALG_RSA_PSS_ANY_SALT verifies with any salt length
 * (RSA_PSS_SALTLEN_AUTO).
 */
#include "config.h"

#include "builtin/builtin.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* What a prepared context does; also its pool kind (see builtin_lease_take). */
enum rsa_op { OP_SIGN = 0x30, OP_VERIFY = 0x31, OP_RECOVER = 0x34 };

/* Room for T recovered from a signature by the largest key. */
#define RECOVER_MAX PSA_BITS_TO_BYTES(PSA_VENDOR_RSA_MAX_KEY_BITS)

/* RFC 8017 9.2 note 1: PKCS#1 v1.5 padding takes at least 11 bytes. */
#define PKCS1_OVERHEAD 11u

/* What libcrypto needs to know of one RSA signature algorithm with one key. */
struct rsa_sig {
    int padding;      /* RSA_PKCS1_PADDING or RSA_PKCS1_PSS_PADDING */
    const EVP_MD *md; /* NULL: PKCS#1 v1.5 raw */
    size_t input_max; /* longest acceptable hash / raw input */
    size_t input_min; /* shortest (the hash length, or 0 for raw) */
    int salt_length;  /* PSS: bytes, or RSA_PSS_SALTLEN_AUTO */
};

/* The digest of a hash-and-sign algorithm; XOFs have no DigestInfo OID nor
 * an MGF1 definition, so they are not offered. */
static psa_status_t sig_md(psa_algorithm_t alg, const EVP_MD **md)
{
    psa_algorithm_t hash = PSA_ALG_GET_HASH(alg);

    if (hash == PSA_ALG_ANY_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *md = builtin_md(hash);
    if (*md == NULL || (EVP_MD_get_flags(*md) & EVP_MD_FLAG_XOF) != 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return PSA_SUCCESS;
}

/* PSS with the standard salt: min(hLen, emLen - hLen - 2), emLen = ceil((modBits - 1) / 8)
 * (RFC 8017 9.1.1 step 3). */
static psa_status_t pss_salt(const EVP_PKEY *pkey, size_t hash_length, int *salt_length)
{
    size_t em_length = ((size_t)EVP_PKEY_get_bits(pkey) + 6u) / 8u;

    if (em_length < hash_length + 2u) {
        return PSA_ERROR_INVALID_ARGUMENT; /* key too small for this hash */
    }
    *salt_length = (int)(em_length - hash_length - 2u < hash_length ? em_length - hash_length - 2u
                                                                    : hash_length);
    return PSA_SUCCESS;
}

/* The libcrypto settings of alg with pkey; verify selects the verification
 * salt rule of PSA_ALG_RSA_PSS_ANY_SALT. */
static psa_status_t sig_params(psa_algorithm_t alg, int verify, const EVP_PKEY *pkey,
                               struct rsa_sig *s)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t k = (size_t)EVP_PKEY_get_size(pkey);

    s->md = NULL;
    s->salt_length = 0;
    s->input_min = 0;
    s->input_max = k > PKCS1_OVERHEAD ? k - PKCS1_OVERHEAD : 0;
    if (alg == PSA_ALG_RSA_PKCS1V15_SIGN_RAW) {
        s->padding = RSA_PKCS1_PADDING;
        return PSA_SUCCESS;
    }
    KPSA_CHECK(PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || PSA_ALG_IS_RSA_PSS(alg),
               PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(sig_md(alg, &s->md));
    s->input_min = s->input_max = (size_t)EVP_MD_get_size(s->md);
    s->padding = PSA_ALG_IS_RSA_PSS(alg) ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING;
    if (s->padding == RSA_PKCS1_PSS_PADDING) {
        KPSA_TRY(pss_salt(pkey, s->input_min, &s->salt_length));
        if (verify && PSA_ALG_IS_RSA_PSS_ANY_SALT(alg)) {
            s->salt_length = RSA_PSS_SALTLEN_AUTO;
        }
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

static void ctx_free(void *ctx)
{
    EVP_PKEY_CTX_free(ctx);
}

static int op_init(EVP_PKEY_CTX *ctx, enum rsa_op op)
{
    switch (op) {
    case OP_SIGN:
        return EVP_PKEY_sign_init(ctx);
    case OP_VERIFY:
        return EVP_PKEY_verify_init(ctx);
    case OP_RECOVER:
        return EVP_PKEY_verify_recover_init(ctx);
    default:
        return 0;
    }
}

/* A fresh context of pkey, initialised for op with s. */
static psa_status_t ctx_new(EVP_PKEY *pkey, enum rsa_op op, const struct rsa_sig *s,
                            EVP_PKEY_CTX **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);

    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(op_init(ctx, op) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, s->padding) > 0,
               builtin_status_from_openssl());
    if (s->md != NULL) {
        KPSA_CHECK(EVP_PKEY_CTX_set_signature_md(ctx, s->md) > 0, builtin_status_from_openssl());
    }
    if (s->padding == RSA_PKCS1_PSS_PADDING) {
        KPSA_CHECK(EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, s->salt_length) > 0 &&
                       EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, s->md) > 0,
                   builtin_status_from_openssl());
    }
    *out = ctx;
    ctx = NULL;
    status = PSA_SUCCESS;
exit:
    EVP_PKEY_CTX_free(ctx);
    return status;
}

/* Borrow the prepared context for (key, alg, op), preparing it on the key's
 * first use.  The lease is returned by the caller in every case. */
static psa_status_t ctx_take(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                             enum rsa_op op, EVP_PKEY *pkey, const struct rsa_sig *s,
                             struct builtin_lease *lease)
{
    EVP_PKEY_CTX *ctx = NULL;
    psa_status_t status;

    builtin_lease_take(kpsa_driver_key_state(attributes), alg, (uint32_t)op, ctx_free, 0, lease);
    if (lease->ctx != NULL) {
        return PSA_SUCCESS;
    }
    status = ctx_new(pkey, op, s, &ctx);
    lease->ctx = ctx;
    return status;
}

/* The key of a signature entry point: RSA (a key pair to sign), as an EVP_PKEY,
 * and the algorithm's settings for it. */
static psa_status_t sig_key(const psa_key_attributes_t *attributes, const uint8_t *key,
                            size_t key_size, psa_algorithm_t alg, int verify,
                            struct builtin_pkey *pk, struct rsa_sig *s)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);

    KPSA_CHECK(verify ? PSA_KEY_TYPE_IS_RSA(type) : type == PSA_KEY_TYPE_RSA_KEY_PAIR,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, pk));
    KPSA_TRY(sig_params(alg, verify, pk->pkey, s));
exit:
    return status;
}

psa_status_t builtin_rsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                   size_t hash_length, uint8_t *signature, size_t signature_size,
                                   size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct rsa_sig s;
    size_t length = signature_size;

    *signature_length = 0;
    KPSA_TRY(sig_key(attributes, key, key_size, alg, 0, &pk, &s));
    KPSA_CHECK(hash_length >= s.input_min && hash_length <= s.input_max,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(signature_size >= (size_t)EVP_PKEY_get_size(pk.pkey), PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(ctx_take(attributes, alg, OP_SIGN, pk.pkey, &s, &lease));
    KPSA_CHECK(EVP_PKEY_sign(lease.ctx, signature, &length, hash, hash_length) == 1,
               builtin_status_from_openssl());
    *signature_length = length;
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, status == PSA_SUCCESS);
    builtin_pkey_put(&pk);
    return status;
}

static psa_status_t verify_with(EVP_PKEY_CTX *ctx, const uint8_t *hash, size_t hash_length,
                                const uint8_t *signature, size_t signature_length)
{
    return EVP_PKEY_verify(ctx, signature, signature_length, hash, hash_length) == 1
               ? PSA_SUCCESS
               : PSA_ERROR_INVALID_SIGNATURE;
}

/* PKCS#1 v1.5 raw: the recovered T must be the input. */
static psa_status_t verify_raw(EVP_PKEY_CTX *ctx, const uint8_t *t, size_t t_length,
                               const uint8_t *signature, size_t signature_length)
{
    uint8_t recovered[RECOVER_MAX];
    size_t length = sizeof(recovered);

    if (EVP_PKEY_verify_recover(ctx, recovered, &length, signature, signature_length) != 1 ||
        length != t_length || kpsa_ct_equal(recovered, t, t_length) != 1) {
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    return PSA_SUCCESS;
}

psa_status_t builtin_rsa_verify_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, const uint8_t *signature,
                                     size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct rsa_sig s;
    int prepared = 0;

    KPSA_TRY(sig_key(attributes, key, key_size, alg, 1, &pk, &s));
    KPSA_CHECK(hash_length >= s.input_min && hash_length <= s.input_max,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(signature_length == (size_t)EVP_PKEY_get_size(pk.pkey), PSA_ERROR_INVALID_SIGNATURE);
    KPSA_CHECK(signature_length <= RECOVER_MAX, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(ctx_take(attributes, alg, s.md != NULL ? OP_VERIFY : OP_RECOVER, pk.pkey, &s, &lease));
    prepared = 1;
    /* A mismatch is no error of ours: drop what libcrypto queued for it, and
     * only that (the application's own queued errors stay). */
    ERR_set_mark();
    status = s.md != NULL ? verify_with(lease.ctx, hash, hash_length, signature, signature_length)
                          : verify_raw(lease.ctx, hash, hash_length, signature, signature_length);
    ERR_pop_to_mark();
exit:
    builtin_lease_return(&lease, prepared);
    builtin_pkey_put(&pk);
    return status;
}
