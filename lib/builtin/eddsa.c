/*
 * eddsa.c - EdDSA signatures (RFC 8032) with the Ed25519 and Ed448 keys of
 * libcrypto: PureEdDSA through EVP_DigestSign / EVP_DigestVerify (one-shot).
 * Ed448 signs with an empty context string, as the Crypto API specifies.
 *
 * HashEdDSA (Ed25519ph, Ed448ph): libcrypto selects it with the "instance"
 * signature parameter only from OpenSSL 3.2, so it is built here from
 * libcrypto's hashes, BN and EC_POINT arithmetic on the Weierstrass models of
 * edwards.c (RFC 8032 5.1.6/5.1.7 and 5.2.6/5.2.7, phflag 1, empty context:
 * the Crypto API has no context).  The nonce [r]B is libcrypto's
 * constant-time ladder (EC_POINT_mul of the generator alone); the secret
 * scalar, prefix and nonce are wiped.  Verification is the cofactorless
 * check of libcrypto's PureEdDSA: the encoding of [S]B - [k]A must equal R
 * (so a non-canonical R fails), with S < L and A decoded strictly.
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

#include "builtin/edwards.h"
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
    if (alg != PSA_ALG_PURE_EDDSA && alg != PSA_ALG_ED25519PH && alg != PSA_ALG_ED448PH) {
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

/* ---- HashEdDSA ------------------------------------------------------------------- */

#define PH_LENGTH 64            /* PH(M): SHA-512 or SHAKE256(M, 64) */
#define PH_MAX_DIGEST 114       /* H output: 64 (SHA-512) or 114 (SHAKE256) */

/* One HashEdDSA instance of RFC 8032 with phflag 1 and an empty context. */
struct ph_instance {
    psa_algorithm_t alg;
    size_t bits;
    psa_algorithm_t hash;       /* H, through builtin_md: SHA-512 or SHAKE256 */
    size_t digest_length;       /* the output taken from H */
    const char *dom;            /* dom2(1, "") or dom4(1, "") */
    size_t dom_length;
    uint8_t clamp_low;          /* h[0] &= clamp_low: multiple of the cofactor */
};

static const struct ph_instance ph_instances[] = {
    {PSA_ALG_ED25519PH, 255, PSA_ALG_SHA_512, 64, "SigEd25519 no Ed25519 collisions\001\000",
     34, 0xf8},
    {PSA_ALG_ED448PH, 448, PSA_ALG_SHAKE256_512, 114, "SigEd448\001\000", 10, 0xfc},
};

/* The numbers and contexts of one HashEdDSA call. */
struct ph_work {
    const struct ph_instance *in;
    const struct builtin_edwards *curve;
    const EC_GROUP *group;
    size_t bytes;               /* b/8: 32 or 57 */
    const BIGNUM *order;        /* L */
    EVP_MD_CTX *md;
    BN_CTX *bn;                 /* secure: holds the scalar and the nonce */
    BN_MONT_CTX *mont;          /* modulo L, the group's (only read) */
    BIGNUM *s, *r, *k, *t;
    EC_POINT *point, *pub;
};

static const struct ph_instance *ph_instance_of(psa_algorithm_t alg)
{
    for (size_t i = 0; i < sizeof(ph_instances) / sizeof(ph_instances[0]); i++) {
        if (ph_instances[i].alg == alg) {
            return &ph_instances[i];
        }
    }
    return NULL;
}

static psa_status_t ph_start(psa_algorithm_t alg, struct ph_work *w)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BIGNUM **nums[] = {&w->s, &w->r, &w->k, &w->t};

    w->in = ph_instance_of(alg);
    KPSA_CHECK(w->in != NULL && builtin_md(w->in->hash) != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(builtin_edwards_get(w->in->bits, &w->curve));
    w->group = builtin_edwards_group(w->curve);
    w->bytes = builtin_edwards_bytes(w->curve);
    w->order = EC_GROUP_get0_order(w->group);
    /* The order's Montgomery form, made by EC_GROUP_set_generator. */
    w->mont = EC_GROUP_get_mont_data(w->group);
    KPSA_CHECK(w->mont != NULL, PSA_ERROR_CORRUPTION_DETECTED);
    w->bn = BN_CTX_secure_new();
    KPSA_CHECK(w->bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(w->bn);
    w->md = EVP_MD_CTX_new();
    w->point = EC_POINT_new(w->group);
    w->pub = EC_POINT_new(w->group);
    KPSA_CHECK(w->md != NULL && w->point != NULL && w->pub != NULL,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
        *nums[i] = BN_CTX_get(w->bn);
        KPSA_CHECK(*nums[i] != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        BN_set_flags(*nums[i], BN_FLG_CONSTTIME);
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

static void ph_end(struct ph_work *w)
{
    BIGNUM *nums[] = {w->s, w->r, w->k, w->t};

    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
        BN_clear(nums[i]);      /* NULL-safe */
    }
    EC_POINT_free(w->pub);
    EC_POINT_clear_free(w->point);
    if (w->bn != NULL) {
        BN_CTX_end(w->bn);
        BN_CTX_free(w->bn);
    }
    EVP_MD_CTX_free(w->md);
}

/* out = H(dom || part[0] || ... ) (no dom when with_dom is 0), digest_length bytes. */
static psa_status_t ph_digest(struct ph_work *w, int with_dom, const uint8_t *const *part,
                              const size_t *length, size_t count, uint8_t *out)
{
    const struct ph_instance *in = w->in;
    unsigned int md_length = 0;
    int ok = EVP_DigestInit_ex2(w->md, builtin_md(in->hash), NULL) == 1 &&
             (!with_dom || EVP_DigestUpdate(w->md, in->dom, in->dom_length) == 1);

    for (size_t i = 0; i < count && ok; i++) {
        ok = EVP_DigestUpdate(w->md, part[i], length[i]) == 1;
    }
    if (ok && in->digest_length != PH_LENGTH) {
        ok = EVP_DigestFinalXOF(w->md, out, in->digest_length) == 1;
    } else if (ok) {
        ok = EVP_DigestFinal_ex(w->md, out, &md_length) == 1 && md_length == in->digest_length;
    }
    return ok ? PSA_SUCCESS : builtin_status_from_openssl();
}

/* out = (little-endian digest) mod L. */
static psa_status_t ph_reduce(struct ph_work *w, const uint8_t *digest, BIGNUM *out)
{
    if (BN_lebin2bn(digest, (int)w->in->digest_length, out) == NULL ||
        BN_nnmod(out, out, w->order, w->bn) != 1) {
        return builtin_status_from_openssl();
    }
    return PSA_SUCCESS;
}

/* The encoded public key A of a key pair (from libcrypto's key) or public key. */
static psa_status_t ph_public(const struct eddsa_call *c, size_t bytes, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_pkey pk = {NULL, NULL};
    size_t length = bytes;

    KPSA_CHECK(c->key_size == bytes, PSA_ERROR_INVALID_ARGUMENT);
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(psa_get_key_type(c->attributes))) {
        memcpy(out, c->key, bytes);
        return PSA_SUCCESS;
    }
    KPSA_TRY(builtin_pkey_get(c->attributes, c->key, c->key_size, &pk));
    KPSA_CHECK(EVP_PKEY_get_raw_public_key(pk.pkey, out, &length) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(length == bytes, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    builtin_pkey_put(&pk);
    return status;
}

/* k = H(dom || R || A || PH(M)) mod L, into w->k. */
static psa_status_t ph_challenge(struct ph_work *w, const uint8_t *r_enc, const uint8_t *a_enc,
                                 const uint8_t *ph)
{
    uint8_t digest[PH_MAX_DIGEST];
    const uint8_t *part[] = {r_enc, a_enc, ph};
    const size_t length[] = {w->bytes, w->bytes, PH_LENGTH};
    psa_status_t status = ph_digest(w, 1, part, length, 3, digest);

    if (status == PSA_SUCCESS) {
        status = ph_reduce(w, digest, w->k);
    }
    return status;
}

/* s from the first half of h = H(seed) (clamped, reduced mod L); r = H(dom ||
 * prefix || PH(M)) mod L with the second half as prefix. */
static psa_status_t ph_secrets(struct ph_work *w, const uint8_t *seed, const uint8_t *ph)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t h[PH_MAX_DIGEST];
    uint8_t digest[PH_MAX_DIGEST];
    size_t b = w->bytes;
    const uint8_t *part[] = {h + b, ph};
    const size_t length[] = {b, PH_LENGTH};

    KPSA_TRY(ph_digest(w, 0, &seed, &b, 1, h));
    h[0] &= w->in->clamp_low;
    if (b == 32) {
        h[31] = (uint8_t)((h[31] & 0x7f) | 0x40);
    } else {
        h[56] = 0;
        h[55] |= 0x80;
    }
    KPSA_CHECK(BN_lebin2bn(h, (int)b, w->s) != NULL &&
               BN_nnmod(w->s, w->s, w->order, w->bn) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(ph_digest(w, 1, part, length, 2, digest));
    KPSA_TRY(ph_reduce(w, digest, w->r));
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(h, sizeof(h));
    kpsa_wipe(digest, sizeof(digest));
    return status;
}

/* RFC 8032 5.1.6 / 5.2.6: signature = R || S of the prehash ph. */
static psa_status_t ph_sign(const struct eddsa_call *c, psa_algorithm_t alg, const uint8_t *ph,
                            uint8_t *signature)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct ph_work w = {0};
    uint8_t a_enc[BUILTIN_EDWARDS_MAX_BYTES];
    size_t b;

    KPSA_TRY(ph_start(alg, &w));
    b = w.bytes;
    KPSA_TRY(ph_public(c, b, a_enc));
    KPSA_TRY(ph_secrets(&w, c->key, ph));
    /* R = [r]B: the generator alone takes libcrypto's constant-time ladder. */
    KPSA_CHECK(EC_POINT_mul(w.group, w.point, w.r, NULL, NULL, w.bn) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(builtin_edwards_encode(w.curve, w.point, signature, w.bn));
    KPSA_TRY(ph_challenge(&w, signature, a_enc, ph));
    /* S = (r + k s) mod L: a Montgomery form times a plain number is plain. */
    KPSA_CHECK(BN_to_montgomery(w.t, w.s, w.mont, w.bn) == 1 &&
               BN_mod_mul_montgomery(w.t, w.t, w.k, w.mont, w.bn) == 1 &&
               BN_mod_add_quick(w.t, w.t, w.r, w.order) == 1 &&
               BN_bn2lebinpad(w.t, signature + b, (int)b) == (int)b,
               builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    ph_end(&w);
    return status;
}

/* RFC 8032 5.1.7 / 5.2.7 (cofactorless, see the file comment). */
static psa_status_t ph_verify(const struct eddsa_call *c, psa_algorithm_t alg,
                              const uint8_t *ph, const uint8_t *signature)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct ph_work w = {0};
    uint8_t a_enc[BUILTIN_EDWARDS_MAX_BYTES];
    uint8_t r_check[BUILTIN_EDWARDS_MAX_BYTES];
    size_t b;

    KPSA_TRY(ph_start(alg, &w));
    b = w.bytes;
    KPSA_TRY(ph_public(c, b, a_enc));
    status = builtin_edwards_decode(w.curve, a_enc, w.pub, w.bn);
    KPSA_CHECK(status != PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(status);
    KPSA_CHECK(BN_lebin2bn(signature + b, (int)b, w.t) != NULL, builtin_status_from_openssl());
    KPSA_CHECK(BN_cmp(w.t, w.order) < 0, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(ph_challenge(&w, signature, a_enc, ph));
    /* [S]B + [k](-A), in variable time: everything here is public. */
    KPSA_CHECK(EC_POINT_invert(w.group, w.pub, w.bn) == 1 &&
               EC_POINT_mul(w.group, w.point, w.t, w.pub, w.k, w.bn) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(builtin_edwards_encode(w.curve, w.point, r_check, w.bn));
    KPSA_CHECK(CRYPTO_memcmp(r_check, signature, b) == 0, PSA_ERROR_INVALID_SIGNATURE);
    status = PSA_SUCCESS;
exit:
    ph_end(&w);
    return status;
}

/* PH(M) for a HashEdDSA algorithm: SHA-512(M) or SHAKE256(M, 64). */
static psa_status_t ph_of_message(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                  uint8_t *ph)
{
    size_t length = 0;
    psa_status_t status = builtin_hash_compute(PSA_ALG_GET_HASH(alg), input, input_length, ph,
                                               PH_LENGTH, &length);

    if (status == PSA_SUCCESS && length != PH_LENGTH) {
        status = PSA_ERROR_CORRUPTION_DETECTED;
    }
    return status;
}

/* ---- entry points ------------------------------------------------------------------ */

psa_status_t builtin_eddsa_sign_message(const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *signature,
                                        size_t signature_size, size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t ph[PH_LENGTH];
    struct eddsa_call c;

    *signature_length = 0;
    KPSA_TRY(eddsa_resolve(attributes, key, key_size, alg, 1, &c));
    KPSA_CHECK(signature_size >= c.signature_length, PSA_ERROR_BUFFER_TOO_SMALL);
    if (alg == PSA_ALG_PURE_EDDSA) {
        KPSA_TRY(eddsa_run(&c, input, input_length, signature));
    } else {
        KPSA_TRY(ph_of_message(alg, input, input_length, ph));
        KPSA_TRY(ph_sign(&c, alg, ph, signature));
    }
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
    uint8_t ph[PH_LENGTH];
    struct eddsa_call c;

    KPSA_TRY(eddsa_resolve(attributes, key, key_size, alg, 0, &c));
    KPSA_CHECK(signature_length == c.signature_length, PSA_ERROR_INVALID_SIGNATURE);
    if (alg != PSA_ALG_PURE_EDDSA) {
        KPSA_TRY(ph_of_message(alg, input, input_length, ph));
        KPSA_TRY(ph_verify(&c, alg, ph, signature));
    } else {
        /* eddsa_run takes a writable buffer for both directions. */
        memcpy(copy, signature, signature_length);
        KPSA_TRY(eddsa_run(&c, input, input_length, copy));
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* The checks of a hash signature: HashEdDSA only (PureEdDSA has no hash
 * form), a key of the algorithm's curve, a 64-byte prehash. */
static psa_status_t hash_resolve(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, size_t hash_length,
                                 int sign, struct eddsa_call *c)
{
    psa_status_t status;

    if (!PSA_ALG_IS_HASH_EDDSA(alg)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = eddsa_resolve(attributes, key, key_size, alg, sign, c);
    if (status == PSA_SUCCESS && hash_length != PH_LENGTH) {
        status = PSA_ERROR_INVALID_ARGUMENT;
    }
    return status;
}

psa_status_t builtin_eddsa_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct eddsa_call c;

    *signature_length = 0;
    KPSA_TRY(hash_resolve(attributes, key, key_size, alg, hash_length, 1, &c));
    KPSA_CHECK(signature_size >= c.signature_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(ph_sign(&c, alg, hash, signature));
    *signature_length = c.signature_length;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_eddsa_verify_hash(const psa_key_attributes_t *attributes,
                                       const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct eddsa_call c;

    KPSA_TRY(hash_resolve(attributes, key, key_size, alg, hash_length, 0, &c));
    KPSA_CHECK(signature_length == c.signature_length, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(ph_verify(&c, alg, hash, signature));
    status = PSA_SUCCESS;
exit:
    return status;
}
