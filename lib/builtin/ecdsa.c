/*
 * ecdsa.c - ECDSA on the Weierstrass curves of curves.c: randomized signing
 * and every verification on libcrypto's EVP_PKEY_sign / EVP_PKEY_verify;
 * deterministic signing (RFC 6979) in ecdsa_det.c.
 *
 * The Crypto API's ECDSA signature is r || s, each the curve's byte length,
 * big-endian (ops/signature.rst); libcrypto speaks DER (ECDSA-Sig-Value), so
 * both directions convert through an ECDSA_SIG.
 *
 * Each key keeps, in one pool of its prepared state, EVP_PKEY_CTXs already
 * initialised for signing and for verification: a call borrows one, signs
 * the hash as given (no digest is set on the context, so any hash length is
 * accepted and libcrypto truncates it to the order's length as SEC1 does) and
 * gives it back.  The EVP_PKEY is looked up only when a context is made.
 */
#include "config.h"

#include "builtin/ecdsa.h"

#include <stdlib.h>

#include <openssl/err.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool of struct ecdsa_prepared ("ECDS"); one pool serves every ECDSA hash. */
#define ECDSA_POOL_KIND 0x45434453u
#define ECDSA_POOL_ALG PSA_ALG_ECDSA_ANY

/* DER ECDSA-Sig-Value of the largest curve (66-byte scalars): SEQUENCE of two
 * INTEGERs of up to 67 bytes, with 2- or 3-byte headers. */
#define ECDSA_DER_MAX 160

struct ecdsa_prepared {
    EVP_PKEY_CTX *sign;         /* after EVP_PKEY_sign_init, or NULL */
    EVP_PKEY_CTX *verify;       /* after EVP_PKEY_verify_init, or NULL */
};

static void prepared_free(void *ctx)
{
    struct ecdsa_prepared *p = ctx;

    if (p != NULL) {
        EVP_PKEY_CTX_free(p->sign);
        EVP_PKEY_CTX_free(p->verify);
        free(p);
    }
}

psa_status_t builtin_ecdsa_curve(const psa_key_attributes_t *attributes, int need_pair,
                                 const struct builtin_curve **curve)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    psa_ecc_family_t family;

    *curve = NULL;
    if (!PSA_KEY_TYPE_IS_ECC(type) || (need_pair && !PSA_KEY_TYPE_IS_KEY_PAIR(type))) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    if (family == PSA_ECC_FAMILY_MONTGOMERY || family == PSA_ECC_FAMILY_TWISTED_EDWARDS) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *curve = builtin_curve_find(family, psa_get_key_bits(attributes));
    return *curve != NULL && (*curve)->group != NULL ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_ecdsa_check_hash(psa_algorithm_t alg, size_t hash_length)
{
    psa_algorithm_t hash_alg = PSA_ALG_GET_HASH(alg);

    if (!PSA_ALG_IS_ECDSA(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash_alg == PSA_ALG_ANY_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    /* PSA_ALG_ECDSA_ANY signs a hash of any length; a deterministic ECDSA
     * needs its hash for the nonce, so it has no "any" form. */
    if (hash_alg == 0) {
        return PSA_ALG_IS_DETERMINISTIC_ECDSA(alg) ? PSA_ERROR_NOT_SUPPORTED : PSA_SUCCESS;
    }
    if (builtin_md(hash_alg) == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return hash_length == PSA_HASH_LENGTH(hash_alg) ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
}

/* libcrypto's DER signature as r || s of `bytes` bytes each. */
static psa_status_t der_to_raw(const uint8_t *der, size_t der_length, size_t bytes,
                               uint8_t *raw)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const unsigned char *p = der;
    ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)der_length);
    const BIGNUM *r = NULL;
    const BIGNUM *s = NULL;

    KPSA_CHECK(sig != NULL, builtin_status_from_openssl());
    ECDSA_SIG_get0(sig, &r, &s);
    KPSA_CHECK(BN_bn2binpad(r, raw, (int)bytes) == (int)bytes &&
               BN_bn2binpad(s, raw + bytes, (int)bytes) == (int)bytes,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    ECDSA_SIG_free(sig);
    return status;
}

/* r || s (2 * bytes) as DER; PSA_ERROR_INVALID_SIGNATURE when it cannot be
 * a signature at all. */
static psa_status_t raw_to_der(const uint8_t *raw, size_t bytes, uint8_t *der,
                               size_t *der_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(raw, (int)bytes, NULL);
    BIGNUM *s = BN_bin2bn(raw + bytes, (int)bytes, NULL);
    unsigned char *p = der;
    int length;

    KPSA_CHECK(sig != NULL && r != NULL && s != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(ECDSA_SIG_set0(sig, r, s) == 1, PSA_ERROR_INSUFFICIENT_MEMORY);
    r = NULL;
    s = NULL;
    KPSA_CHECK(i2d_ECDSA_SIG(sig, NULL) <= ECDSA_DER_MAX, PSA_ERROR_INVALID_SIGNATURE);
    length = i2d_ECDSA_SIG(sig, &p);
    KPSA_CHECK(length > 0, PSA_ERROR_INSUFFICIENT_MEMORY);
    *der_length = (size_t)length;
    status = PSA_SUCCESS;
exit:
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return status;
}

/* A context of the key, initialised by init (EVP_PKEY_sign_init or
 * EVP_PKEY_verify_init). */
static psa_status_t ctx_new(const psa_key_attributes_t *attributes, const uint8_t *key,
                            size_t key_size, int (*init)(EVP_PKEY_CTX *),
                            EVP_PKEY_CTX **ctx)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};

    KPSA_TRY(builtin_pkey_get(attributes, key, key_size, &pk));
    *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pk.pkey, NULL);
    KPSA_CHECK(*ctx != NULL, builtin_status_from_openssl());
    KPSA_CHECK(init(*ctx) == 1, builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        EVP_PKEY_CTX_free(*ctx);
        *ctx = NULL;
    }
    builtin_pkey_put(&pk);
    return status;
}

/* Borrow the key's prepared contexts, a new empty set when the pool has none.
 * The lease must be returned whatever the result. */
static psa_status_t prepared_take(const psa_key_attributes_t *attributes,
                                  struct builtin_lease *lease)
{
    builtin_lease_take(kpsa_driver_key_state(attributes), ECDSA_POOL_ALG, ECDSA_POOL_KIND,
                       prepared_free, 0, lease);
    if (lease->ctx == NULL) {
        lease->ctx = calloc(1, sizeof(struct ecdsa_prepared));
    }
    return lease->ctx != NULL ? PSA_SUCCESS : PSA_ERROR_INSUFFICIENT_MEMORY;
}

/* Randomized ECDSA: libcrypto draws the nonce. */
static psa_status_t sign_random(const psa_key_attributes_t *attributes, const uint8_t *key,
                                size_t key_size, const struct builtin_curve *curve,
                                const uint8_t *hash, size_t hash_length, uint8_t *signature)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct ecdsa_prepared *p;
    uint8_t der[ECDSA_DER_MAX];
    size_t der_length = sizeof(der);

    KPSA_TRY(prepared_take(attributes, &lease));
    p = lease.ctx;
    if (p->sign == NULL) {
        KPSA_TRY(ctx_new(attributes, key, key_size, EVP_PKEY_sign_init, &p->sign));
    }
    /* An empty hash (PSA_ALG_ECDSA_ANY) still needs a valid pointer. */
    KPSA_CHECK(EVP_PKEY_sign(p->sign, der, &der_length,
                             hash != NULL ? hash : (const uint8_t *)"", hash_length) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(der_to_raw(der, der_length, curve->bytes, signature));
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, status == PSA_SUCCESS);
    return status;
}

psa_status_t builtin_ecdsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct builtin_curve *curve = NULL;

    *signature_length = 0;
    KPSA_TRY(builtin_ecdsa_check_hash(alg, hash_length));
    KPSA_TRY(builtin_ecdsa_curve(attributes, 1, &curve));
    KPSA_CHECK(signature_size >= 2u * curve->bytes, PSA_ERROR_BUFFER_TOO_SMALL);
    if (PSA_ALG_IS_DETERMINISTIC_ECDSA(alg)) {
        KPSA_CHECK(key_size == curve->bytes, PSA_ERROR_INVALID_ARGUMENT);
        KPSA_TRY(builtin_ecdsa_det_sign(curve, key, PSA_ALG_GET_HASH(alg), hash, hash_length,
                                        signature));
    } else {
        KPSA_TRY(sign_random(attributes, key, key_size, curve, hash, hash_length, signature));
    }
    *signature_length = 2u * curve->bytes;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS && signature != NULL) {
        kpsa_wipe(signature, signature_size);
    }
    return status;
}

psa_status_t builtin_ecdsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    const struct builtin_curve *curve = NULL;
    struct ecdsa_prepared *p;
    uint8_t der[ECDSA_DER_MAX];
    size_t der_length = 0;
    int ok;

    KPSA_TRY(builtin_ecdsa_check_hash(alg, hash_length));
    KPSA_TRY(builtin_ecdsa_curve(attributes, 0, &curve));
    KPSA_CHECK(signature_length == 2u * curve->bytes, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(raw_to_der(signature, curve->bytes, der, &der_length));
    KPSA_TRY(prepared_take(attributes, &lease));
    p = lease.ctx;
    if (p->verify == NULL) {
        KPSA_TRY(ctx_new(attributes, key, key_size, EVP_PKEY_verify_init, &p->verify));
    }
    ok = EVP_PKEY_verify(p->verify, der, der_length,
                         hash != NULL ? hash : (const uint8_t *)"", hash_length);
    /* 0 or an error on the signature's values (r or s out of range): both
     * mean "not a valid signature"; the context stays usable. */
    ERR_clear_error();
    KPSA_CHECK(ok == 1, PSA_ERROR_INVALID_SIGNATURE);
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, status == PSA_SUCCESS || status == PSA_ERROR_INVALID_SIGNATURE);
    return status;
}
