/*
 * eddsa.c - EdDSA signatures (RFC 8032) with the Ed25519 and Ed448 keys of
 * libcrypto: PureEdDSA through EVP_DigestSign / EVP_DigestVerify (one-shot).
 * Ed448 signs with an empty context string, as the Crypto API specifies.
 *
 * HashEdDSA (Ed25519ph, Ed448ph) is not supported (PSA_ERROR_NOT_SUPPORTED
 * once key and algorithm are checked): libcrypto selects it with the
 * "instance" signature parameter only from OpenSSL 3.2, and 3.0 has no
 * public primitive to build it from (no Edwards point arithmetic, no access
 * to the dom2/dom4-prefixed hashing of RFC 8032).
 *
 * Each key keeps, in one pool of its prepared state, EVP_MD_CTXs initialised
 * for signing and for verifying; libcrypto 3.0 lets a one-shot context sign
 * again without a new init.  Later versions refuse that (EVP_R_FINAL_ERROR):
 * the context is then rebuilt and the call repeated.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool of struct eddsa_prepared ("EDDS"). */
#define EDDSA_POOL_KIND 0x45444453u

struct eddsa_prepared {
    EVP_MD_CTX *ctx[2];         /* [1]: signing, [0]: verifying; NULL until needed */
};

/* What a call needs to know of its algorithm and key. */
struct eddsa_call {
    const psa_key_attributes_t *attributes;
    const uint8_t *key;
    size_t key_size;
    size_t signature_length;    /* 64 for Ed25519, 114 for Ed448 */
    int sign;
};

static void prepared_free(void *ctx)
{
    struct eddsa_prepared *p = ctx;

    if (p != NULL) {
        EVP_MD_CTX_free(p->ctx[0]);
        EVP_MD_CTX_free(p->ctx[1]);
        free(p);
    }
}

/* Check the key and algorithm and fill c; need_pair for signing. */
static psa_status_t eddsa_resolve(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, int sign,
                                  struct eddsa_call *c)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);

    if (!PSA_KEY_TYPE_IS_ECC(type) ||
        PSA_KEY_TYPE_ECC_GET_FAMILY(type) != PSA_ECC_FAMILY_TWISTED_EDWARDS ||
        (sign && !PSA_KEY_TYPE_IS_KEY_PAIR(type))) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (bits != 255 && bits != 448) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if ((alg == PSA_ALG_ED25519PH && bits != 255) || (alg == PSA_ALG_ED448PH && bits != 448)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (alg != PSA_ALG_PURE_EDDSA) {
        /* HashEdDSA: see the file comment. */
        return PSA_ALG_IS_HASH_EDDSA(alg) ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT;
    }
    c->attributes = attributes;
    c->key = key;
    c->key_size = key_size;
    c->signature_length = bits == 255 ? 64 : 114;
    c->sign = sign;
    return PSA_SUCCESS;
}

/* A context of the key, initialised for one-shot signing or verifying. */
static psa_status_t md_ctx_new(const struct eddsa_call *c, EVP_MD_CTX **ctx)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    int ok;

    KPSA_TRY(builtin_pkey_get(c->attributes, c->key, c->key_size, &pk));
    *ctx = EVP_MD_CTX_new();
    KPSA_CHECK(*ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    ok = c->sign ? EVP_DigestSignInit_ex(*ctx, NULL, NULL, NULL, NULL, pk.pkey, NULL)
                 : EVP_DigestVerifyInit_ex(*ctx, NULL, NULL, NULL, NULL, pk.pkey, NULL);
    KPSA_CHECK(ok == 1, builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        EVP_MD_CTX_free(*ctx);
        *ctx = NULL;
    }
    builtin_pkey_put(&pk);
    return status;
}

/* One EVP_DigestSign or EVP_DigestVerify; 1 on success, 0 on failure, -1
 * when the context refuses to be used again (it must be rebuilt). */
static int md_run(const struct eddsa_call *c, EVP_MD_CTX *ctx, const uint8_t *input,
                  size_t input_length, uint8_t *signature, size_t *signature_length)
{
    /* An empty message still needs a valid pointer. */
    const uint8_t *in = input != NULL ? input : (const uint8_t *)"";
    int ok;

    ERR_clear_error();
    if (c->sign) {
        ok = EVP_DigestSign(ctx, signature, signature_length, in, input_length);
    } else {
        ok = EVP_DigestVerify(ctx, signature, *signature_length, in, input_length);
    }
    if (ok == 1) {
        return 1;
    }
    return ERR_GET_REASON(ERR_peek_last_error()) == EVP_R_FINAL_ERROR ? -1 : 0;
}

/* Sign into signature (c->signature_length bytes) or verify it. */
static psa_status_t eddsa_run(const struct eddsa_call *c, const uint8_t *input,
                              size_t input_length, uint8_t *signature)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct eddsa_prepared *p;
    EVP_MD_CTX **ctx;
    size_t length = c->signature_length;
    int ok = -1;

    builtin_lease_take(kpsa_driver_key_state(c->attributes), PSA_ALG_PURE_EDDSA,
                       EDDSA_POOL_KIND, prepared_free, 0, &lease);
    if (lease.ctx == NULL) {
        lease.ctx = calloc(1, sizeof(struct eddsa_prepared));
    }
    KPSA_CHECK(lease.ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    p = lease.ctx;
    ctx = &p->ctx[c->sign];
    for (int tries = 0; tries < 2 && ok < 0; tries++) {
        if (*ctx == NULL) {
            KPSA_TRY(md_ctx_new(c, ctx));
        }
        ok = md_run(c, *ctx, input, input_length, signature, &length);
        if (ok < 0) {
            EVP_MD_CTX_free(*ctx);
            *ctx = NULL;
        }
    }
    if (!c->sign) {
        /* A bad signature leaves reasons on the queue: they mean only "invalid". */
        ERR_clear_error();
        KPSA_CHECK(ok == 1, PSA_ERROR_INVALID_SIGNATURE);
    }
    KPSA_CHECK(ok == 1, builtin_status_from_openssl());
    KPSA_CHECK(length == c->signature_length, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, status == PSA_SUCCESS || status == PSA_ERROR_INVALID_SIGNATURE);
    return status;
}

psa_status_t builtin_eddsa_sign_message(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *signature,
                                        size_t signature_size, size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct eddsa_call c;

    *signature_length = 0;
    KPSA_TRY(eddsa_resolve(attributes, key, key_size, alg, 1, &c));
    KPSA_CHECK(signature_size >= c.signature_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(eddsa_run(&c, input, input_length, signature));
    *signature_length = c.signature_length;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_eddsa_verify_message(const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg, const uint8_t *input,
                                          size_t input_length, const uint8_t *signature,
                                          size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t copy[114];
    struct eddsa_call c;

    KPSA_TRY(eddsa_resolve(attributes, key, key_size, alg, 0, &c));
    KPSA_CHECK(signature_length == c.signature_length, PSA_ERROR_INVALID_SIGNATURE);
    /* eddsa_run takes a writable buffer for both directions. */
    memcpy(copy, signature, signature_length);
    KPSA_TRY(eddsa_run(&c, input, input_length, copy));
    status = PSA_SUCCESS;
exit:
    return status;
}

/* HashEdDSA as a hash signature: the checks, then PSA_ERROR_NOT_SUPPORTED
 * (see the file comment); PureEdDSA has no hash form. */
static psa_status_t hash_eddsa(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                               int sign)
{
    struct eddsa_call c;
    psa_status_t status;

    if (!PSA_ALG_IS_HASH_EDDSA(alg)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = eddsa_resolve(attributes, NULL, 0, alg, sign, &c);
    return status == PSA_SUCCESS ? PSA_ERROR_NOT_SUPPORTED : status;
}

psa_status_t builtin_eddsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length)
{
    (void)key;
    (void)key_size;
    (void)hash;
    (void)hash_length;
    (void)signature;
    (void)signature_size;
    *signature_length = 0;
    return hash_eddsa(attributes, alg, 1);
}

psa_status_t builtin_eddsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length)
{
    (void)key;
    (void)key_size;
    (void)hash;
    (void)hash_length;
    (void)signature;
    (void)signature_length;
    return hash_eddsa(attributes, alg, 0);
}
