/*
 * ecdsa_det.c - deterministic ECDSA (RFC 6979).  libcrypto 3.0 has no
 * deterministic nonce, so the nonce k comes from the HMAC_DRBG of RFC 6979
 * section 3.2 on libcrypto's HMAC, with the hash of the algorithm, and the
 * signature is computed here with libcrypto's BN and EC_POINT arithmetic:
 * r = x(kG) mod n, s = k^-1 (e + r d) mod n.
 *
 * Secrets (d, k, k^-1, the DRBG's K and V) live in a secure BN_CTX or on the
 * stack and are wiped; k and d carry BN_FLG_CONSTTIME, k^-1 is k^(n-2) by
 * constant-time exponentiation, the products with d and k^-1 are Montgomery
 * multiplications of fixed-size operands, and kG is EC_POINT_mul of the
 * generator alone (libcrypto's constant-time ladder or fixed-window code).
 */
#include "config.h"

#include "builtin/ecdsa.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "core/guard.h"
#include "core/secmem.h"

#define DET_MAX_HASH 64                         /* HMAC output: SHA-512 */
#define DET_MAX_BYTES 66                        /* rlen: P-521 */
#define DET_T_MAX (DET_MAX_BYTES + DET_MAX_HASH) /* whole V blocks past rlen */
/* A new nonce is needed with probability about 2^-qlen per try. */
#define DET_MAX_TRIES 16

/* The HMAC_DRBG of RFC 6979 section 3.2. */
struct drbg {
    EVP_MAC_CTX *mac;           /* HMAC with the digest set, keyed per call */
    size_t hlen;
    uint8_t k[DET_MAX_HASH];
    uint8_t v[DET_MAX_HASH];
};

/* The numbers of one signature, from one secure BN_CTX. */
struct det_work {
    BN_CTX *bn;
    BN_MONT_CTX *mont;          /* modulo the order */
    const BIGNUM *order;
    BIGNUM *d, *e, *k, *kinv, *r, *s, *t, *exp;
    EC_POINT *point;
};

/* out = HMAC_K(V || sep || seed), or HMAC_K(V) when sep < 0.  out may be K or V. */
static psa_status_t drbg_hmac(struct drbg *g, int sep, const uint8_t *seed, size_t seed_length,
                              uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t sep_byte = (uint8_t)sep;
    size_t length = 0;

    KPSA_CHECK(EVP_MAC_init(g->mac, g->k, g->hlen, NULL) == 1 &&
               EVP_MAC_update(g->mac, g->v, g->hlen) == 1,
               builtin_status_from_openssl());
    if (sep >= 0) {
        KPSA_CHECK(EVP_MAC_update(g->mac, &sep_byte, 1) == 1 &&
                   (seed_length == 0 || EVP_MAC_update(g->mac, seed, seed_length) == 1),
                   builtin_status_from_openssl());
    }
    KPSA_CHECK(EVP_MAC_final(g->mac, out, &length, g->hlen) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(length == g->hlen, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    return status;
}

/* K = HMAC_K(V || sep || seed); V = HMAC_K(V). */
static psa_status_t drbg_update(struct drbg *g, int sep, const uint8_t *seed,
                                size_t seed_length)
{
    psa_status_t status = drbg_hmac(g, sep, seed, seed_length, g->k);

    if (status == PSA_SUCCESS) {
        status = drbg_hmac(g, -1, NULL, 0, g->v);
    }
    return status;
}

/* Steps b to f of section 3.2, seed = int2octets(x) || bits2octets(h1). */
static psa_status_t drbg_init(struct drbg *g, psa_algorithm_t hash_alg, const uint8_t *seed,
                              size_t seed_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EVP_MD *md = builtin_md(hash_alg);
    OSSL_PARAM params[2];
    int size;

    KPSA_CHECK(md != NULL && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0 &&
               builtin_mac_hmac() != NULL,
               PSA_ERROR_NOT_SUPPORTED);
    size = EVP_MD_get_size(md);
    KPSA_CHECK(size > 0 && (size_t)size <= DET_MAX_HASH, PSA_ERROR_NOT_SUPPORTED);
    g->hlen = (size_t)size;
    g->mac = EVP_MAC_CTX_new(builtin_mac_hmac());
    KPSA_CHECK(g->mac != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* Set once: a digest given to every EVP_MAC_init would be fetched each time. */
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                                 (char *)EVP_MD_get0_name(md), 0);
    params[1] = OSSL_PARAM_construct_end();
    KPSA_CHECK(EVP_MAC_CTX_set_params(g->mac, params) == 1, builtin_status_from_openssl());
    memset(g->v, 0x01, g->hlen);
    memset(g->k, 0x00, g->hlen);
    KPSA_TRY(drbg_update(g, 0x00, seed, seed_length));
    KPSA_TRY(drbg_update(g, 0x01, seed, seed_length));
    status = PSA_SUCCESS;
exit:
    return status;
}

static void drbg_free(struct drbg *g)
{
    EVP_MAC_CTX_free(g->mac);
    kpsa_wipe(g, sizeof(*g));
}

/* bits2int (section 2.3.2): the leftmost qlen bits of in as an integer. */
static psa_status_t bits2int(const uint8_t *in, size_t length, int qlen, BIGNUM *out)
{
    if (BN_bin2bn(in, (int)length, out) == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (length * 8 > (size_t)qlen && BN_rshift(out, out, (int)(length * 8 - (size_t)qlen)) != 1) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    return PSA_SUCCESS;
}

/* Step h: the next candidate nonce, k = bits2int(T) with T from V; `again`
 * first moves the DRBG past a rejected candidate. */
static psa_status_t drbg_nonce(struct drbg *g, int again, size_t rlen, int qlen, BIGNUM *k)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t t[DET_T_MAX];
    size_t tlen = 0;

    if (again) {
        KPSA_TRY(drbg_update(g, 0x00, NULL, 0));
    }
    /* T's leftmost qlen bits lie in its first rlen bytes. */
    while (tlen < rlen) {
        KPSA_TRY(drbg_hmac(g, -1, NULL, 0, g->v));
        memcpy(t + tlen, g->v, g->hlen);
        tlen += g->hlen;
    }
    KPSA_TRY(bits2int(t, rlen, qlen, k));
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(t, sizeof(t));
    return status;
}

/* r and s for the nonce w->k; *done = 0 when k, r or s is out of range and
 * the next nonce must be tried. */
static psa_status_t det_compute(const EC_GROUP *group, struct det_work *w, int *done)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    *done = 0;
    if (BN_is_zero(w->k) || BN_cmp(w->k, w->order) >= 0) {
        return PSA_SUCCESS;
    }
    KPSA_CHECK(EC_POINT_mul(group, w->point, w->k, NULL, NULL, w->bn) == 1 &&
               EC_POINT_get_affine_coordinates(group, w->point, w->t, NULL, w->bn) == 1 &&
               BN_nnmod(w->r, w->t, w->order, w->bn) == 1,
               builtin_status_from_openssl());
    if (BN_is_zero(w->r)) {
        return PSA_SUCCESS;
    }
    /* k^-1 = k^(n-2) mod n (n prime), in constant time. */
    KPSA_CHECK(BN_mod_exp_mont_consttime(w->kinv, w->k, w->exp, w->order, w->bn, w->mont) == 1,
               builtin_status_from_openssl());
    /* t = r d; t = e + r d; s = k^-1 t: operands in Montgomery form times
     * plain ones give plain products. */
    KPSA_CHECK(BN_to_montgomery(w->t, w->d, w->mont, w->bn) == 1 &&
               BN_mod_mul_montgomery(w->t, w->t, w->r, w->mont, w->bn) == 1 &&
               BN_mod_add_quick(w->t, w->t, w->e, w->order) == 1 &&
               BN_to_montgomery(w->kinv, w->kinv, w->mont, w->bn) == 1 &&
               BN_mod_mul_montgomery(w->s, w->kinv, w->t, w->mont, w->bn) == 1,
               builtin_status_from_openssl());
    *done = !BN_is_zero(w->s);
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Allocate the work numbers of a signature on group. */
static psa_status_t work_start(const EC_GROUP *group, struct det_work *w)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BIGNUM **nums[] = {&w->d, &w->e, &w->k, &w->kinv, &w->r, &w->s, &w->t, &w->exp};

    w->bn = BN_CTX_secure_new();
    KPSA_CHECK(w->bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(w->bn);
    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
        *nums[i] = BN_CTX_get(w->bn);
        KPSA_CHECK(*nums[i] != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    }
    BN_set_flags(w->d, BN_FLG_CONSTTIME);
    BN_set_flags(w->k, BN_FLG_CONSTTIME);
    BN_set_flags(w->kinv, BN_FLG_CONSTTIME);
    w->order = EC_GROUP_get0_order(group);
    w->point = EC_POINT_new(group);
    w->mont = BN_MONT_CTX_new();
    KPSA_CHECK(w->order != NULL && w->point != NULL && w->mont != NULL,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(BN_MONT_CTX_set(w->mont, w->order, w->bn) == 1 &&
               BN_copy(w->exp, w->order) != NULL && BN_sub_word(w->exp, 2) == 1,
               builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    return status;
}

static void work_end(struct det_work *w)
{
    BIGNUM *nums[] = {w->d, w->e, w->k, w->kinv, w->r, w->s, w->t, w->exp};

    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
        BN_clear(nums[i]);      /* NULL-safe */
    }
    EC_POINT_clear_free(w->point);
    BN_MONT_CTX_free(w->mont);
    if (w->bn != NULL) {
        BN_CTX_end(w->bn);
        BN_CTX_free(w->bn);
    }
}

/* d from the key and e = bits2int(h1) mod n; seed = int2octets(d) || int2octets(e). */
static psa_status_t det_inputs(struct det_work *w, const uint8_t *key, size_t rlen, int qlen,
                               const uint8_t *hash, size_t hash_length, uint8_t *seed)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(BN_bin2bn(key, (int)rlen, w->d) != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(!BN_is_zero(w->d) && BN_cmp(w->d, w->order) < 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(bits2int(hash, hash_length, qlen, w->e));
    KPSA_CHECK(BN_nnmod(w->e, w->e, w->order, w->bn) == 1, builtin_status_from_openssl());
    memcpy(seed, key, rlen);
    KPSA_CHECK(BN_bn2binpad(w->e, seed + rlen, (int)rlen) == (int)rlen,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_ecdsa_det_sign(const struct builtin_curve *curve, const uint8_t *key,
                                    psa_algorithm_t hash_alg, const uint8_t *hash,
                                    size_t hash_length, uint8_t *signature)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct det_work w = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    struct drbg g = {NULL, 0, {0}, {0}};
    uint8_t seed[2 * DET_MAX_BYTES];
    size_t rlen = curve->bytes;
    int qlen;
    int done = 0;

    KPSA_TRY(work_start(curve->group, &w));
    qlen = BN_num_bits(w.order);
    KPSA_CHECK((size_t)(qlen + 7) / 8 == rlen && rlen <= DET_MAX_BYTES, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(det_inputs(&w, key, rlen, qlen, hash, hash_length, seed));
    KPSA_TRY(drbg_init(&g, hash_alg, seed, 2 * rlen));
    for (int i = 0; i < DET_MAX_TRIES && !done; i++) {
        KPSA_TRY(drbg_nonce(&g, i > 0, rlen, qlen, w.k));
        KPSA_TRY(det_compute(curve->group, &w, &done));
    }
    KPSA_CHECK(done, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_CHECK(BN_bn2binpad(w.r, signature, (int)rlen) == (int)rlen &&
               BN_bn2binpad(w.s, signature + rlen, (int)rlen) == (int)rlen,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    drbg_free(&g);
    work_end(&w);
    kpsa_wipe(seed, sizeof(seed));
    return status;
}
