/*
 * jpake.c - J-PAKE (RFC 8236) over P-256 with SHA-256 Schnorr NIZKPs
 * (RFC 8235), as the PSA Crypto API 1.2 PAKE Extension runs it
 * (PSA_ALG_JPAKE(PSA_ALG_SHA_256)), built on libcrypto's EC_POINT / BIGNUM
 * arithmetic.
 *
 * Flow (the extension's "J-PAKE operation"), for the application "me" and the
 * peer; n is the group order, G the base point, s the password mod n:
 *   round 1 out  X1 = x1*G, V, r  then  X2 = x2*G, V, r      (ZKPs over G)
 *   round 1 in   X3, V, r  then  X4, V, r                    (ZKPs over G)
 *   round 2 out  A = (x2*s)*GA, V, r   with GA = X1 + X3 + X4
 *   round 2 in   B, V, r               with GB = X1 + X2 + X3
 *   secret       K = x2 * (B - (x2*s)*X4), an uncompressed point: the input
 *                PSA_ALG_TLS12_ECJPAKE_TO_PMS takes (SHA-256 of K.x).
 * Each round is done in one direction, then the other (either first), as the
 * extension allows and as TF-PSA-Crypto enforces; round 2 needs round 1 done.
 *
 * The Schnorr proof of knowledge of x for X = x*Gen is (V = v*Gen, r = v - x*h
 * mod n) with h = H(Gen || V || X || id) mod n, each point uncompressed and
 * prefixed, like the id, by its length as a 32-bit big-endian integer: the
 * encoding of the Thread specification's EC J-PAKE that Mbed TLS's ecjpake.c
 * uses, so that a peer on Mbed TLS (with ids "client" / "server")
 * interoperates.  The prover's id is the user id for our proofs and the peer
 * id for the peer's.  A proof that fails -> PSA_ERROR_INVALID_SIGNATURE; a
 * point not on the curve, the point at infinity, a proof scalar of the wrong
 * size or >= n -> PSA_ERROR_INVALID_ARGUMENT.  r is written as 32 bytes;
 * shorter inputs (leading zeros dropped) are accepted.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include "core/guard.h"
#include "core/secmem.h"

#define POINT_LEN    65u /* uncompressed P-256 point */
#define SCALAR_LEN   32u
#define ROUND1_STEPS 6u
#define ALL_STEPS    9u

struct jpake {
    const EC_GROUP *group;
    const BIGNUM *order;
    const EVP_MD *md;
    EVP_MD_CTX *md_ctx;
    BN_CTX *bn;
    BIGNUM *s, *x1, *x2; /* secrets */
    EC_POINT *X1, *X2, *X3, *X4, *B;
    EC_POINT *in_X, *in_V; /* the input triple being received */
    /* Encodings hashed by the proofs: the base point's, and the received
     * X and V as they came (valid inputs are in canonical form), so that no
     * point is converted to affine form twice. */
    uint8_t base_enc[POINT_LEN];
    uint8_t in_X_enc[POINT_LEN];
    uint8_t in_V_enc[POINT_LEN];
    uint8_t out_V[POINT_LEN]; /* the output triple being sent */
    uint8_t out_r[SCALAR_LEN];
    unsigned outs, ins; /* steps taken in each direction, 0..ALL_STEPS */
    uint8_t *user, *peer;
    size_t user_len, peer_len;
};

static bool handles(psa_algorithm_t alg)
{
    return PSA_ALG_IS_JPAKE(alg);
}

static void jpake_free(void *state)
{
    struct jpake *j = state;

    if (j == NULL) {
        return;
    }
    BN_clear_free(j->s);
    BN_clear_free(j->x1);
    BN_clear_free(j->x2);
    EC_POINT_free(j->X1);
    EC_POINT_free(j->X2);
    EC_POINT_free(j->X3);
    EC_POINT_free(j->X4);
    EC_POINT_free(j->B);
    EC_POINT_free(j->in_X);
    EC_POINT_free(j->in_V);
    BN_CTX_free(j->bn);
    EVP_MD_CTX_free(j->md_ctx);
    free(j->user);
    free(j->peer);
    kpsa_wipe(j, sizeof(*j));
    free(j);
}

/* An identity from the inputs, copied (J-PAKE requires both; the core checks). */
static psa_status_t take_id(const psa_crypto_driver_pake_inputs_t *inputs, bool user, uint8_t **id,
                            size_t *id_len)
{
    psa_status_t status = user ? psa_crypto_driver_pake_get_user_len(inputs, id_len)
                               : psa_crypto_driver_pake_get_peer_len(inputs, id_len);
    size_t got = 0;

    if (status != PSA_SUCCESS) {
        return status;
    }
    *id = malloc(*id_len != 0 ? *id_len : 1);
    if (*id == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    return user ? psa_crypto_driver_pake_get_user(inputs, *id, *id_len, &got)
                : psa_crypto_driver_pake_get_peer(inputs, *id, *id_len, &got);
}

/* s = password mod n, which must not be 0 (PAKE Extension, "J-PAKE password
 * processing": the key bytes as a SEC1 integer, reduced modulo the order). */
static psa_status_t take_password(struct jpake *j, const psa_crypto_driver_pake_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t *password = NULL;
    size_t length = 0;
    size_t got = 0;

    KPSA_TRY(psa_crypto_driver_pake_get_password_len(inputs, &length));
    KPSA_CHECK(length != 0 && length <= INT32_MAX, PSA_ERROR_INVALID_ARGUMENT);
    password = kpsa_secmem_alloc(length);
    KPSA_CHECK(password != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(psa_crypto_driver_pake_get_password(inputs, password, length, &got));
    j->s = BN_secure_new();
    KPSA_CHECK(j->s != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_set_flags(j->s, BN_FLG_CONSTTIME);
    KPSA_CHECK(BN_bin2bn(password, (int)got, j->s) != NULL &&
                   BN_nnmod(j->s, j->s, j->order, j->bn) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(!BN_is_zero(j->s), PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(password, length);
    return status;
}

/* The suite kpsa runs: J-PAKE with SHA-256 on P-256, no key confirmation. */
static psa_status_t check_suite(const psa_pake_cipher_suite_t *suite)
{
    const psa_pake_primitive_t p256 =
        PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256);

    if (psa_pake_cs_get_algorithm(suite) != PSA_ALG_JPAKE(PSA_ALG_SHA_256) ||
        psa_pake_cs_get_primitive(suite) != p256 ||
        psa_pake_cs_get_key_confirmation(suite) != PSA_PAKE_UNCONFIRMED_KEY) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return PSA_SUCCESS;
}

static psa_status_t encode_point(struct jpake *j, const EC_POINT *p, uint8_t out[POINT_LEN])
{
    if (EC_POINT_point2oct(j->group, p, POINT_CONVERSION_UNCOMPRESSED, out, POINT_LEN, j->bn) !=
        POINT_LEN) {
        return builtin_status_from_openssl();
    }
    return PSA_SUCCESS;
}

static psa_status_t new_points(struct jpake *j)
{
    EC_POINT **points[] = {&j->X1, &j->X2, &j->X3, &j->X4, &j->B, &j->in_X, &j->in_V};

    for (size_t i = 0; i < sizeof(points) / sizeof(points[0]); i++) {
        *points[i] = EC_POINT_new(j->group);
        if (*points[i] == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t setup(void **state, const psa_crypto_driver_pake_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_pake_cipher_suite_t suite = psa_pake_cipher_suite_init();
    const struct builtin_curve *curve = builtin_curve_find(PSA_ECC_FAMILY_SECP_R1, 256);
    struct jpake *j = NULL;

    KPSA_TRY(psa_crypto_driver_pake_get_cipher_suite(inputs, &suite));
    KPSA_TRY(check_suite(&suite));
    KPSA_CHECK(curve != NULL && curve->group != NULL, PSA_ERROR_NOT_SUPPORTED);
    j = calloc(1, sizeof(*j));
    KPSA_CHECK(j != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    j->group = curve->group;
    j->order = EC_GROUP_get0_order(curve->group);
    j->md = builtin_md(PSA_ALG_SHA_256);
    KPSA_CHECK(j->md != NULL, PSA_ERROR_NOT_SUPPORTED);
    j->md_ctx = EVP_MD_CTX_new();
    j->bn = BN_CTX_secure_new();
    KPSA_CHECK(j->md_ctx != NULL && j->bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(new_points(j));
    KPSA_TRY(encode_point(j, EC_GROUP_get0_generator(j->group), j->base_enc));
    KPSA_TRY(take_id(inputs, true, &j->user, &j->user_len));
    KPSA_TRY(take_id(inputs, false, &j->peer, &j->peer_len));
    KPSA_TRY(take_password(j, inputs));
    *state = j;
    j = NULL;
exit:
    jpake_free(j);
    return status;
}

/* ---- Schnorr NIZKP ------------------------------------------------------------ */

/* A point of the group other than infinity, uncompressed, into p and (as
 * received) enc; else INVALID_ARGUMENT. */
static psa_status_t decode_point(struct jpake *j, const uint8_t *in, size_t len, EC_POINT *p,
                                 uint8_t enc[POINT_LEN])
{
    if (len != POINT_LEN || in[0] != POINT_CONVERSION_UNCOMPRESSED ||
        EC_POINT_oct2point(j->group, p, in, len, j->bn) != 1 ||
        EC_POINT_is_at_infinity(j->group, p) || EC_POINT_is_on_curve(j->group, p, j->bn) != 1) {
        ERR_clear_error();
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    memcpy(enc, in, POINT_LEN);
    return PSA_SUCCESS;
}

static bool hash_point(struct jpake *j, const uint8_t enc[POINT_LEN])
{
    static const uint8_t len32[4] = {0, 0, 0, POINT_LEN};

    return EVP_DigestUpdate(j->md_ctx, len32, sizeof(len32)) == 1 &&
           EVP_DigestUpdate(j->md_ctx, enc, POINT_LEN) == 1;
}

/* h = H(len || gen || len || V || len || X || len || id) mod n, over encodings. */
static psa_status_t zkp_hash(struct jpake *j, const uint8_t *gen, const uint8_t *V,
                             const uint8_t *X, const uint8_t *id, size_t id_len, BIGNUM *h)
{
    uint8_t digest[EVP_MAX_MD_SIZE];
    unsigned int digest_len = 0;
    uint8_t len32[4] = {(uint8_t)(id_len >> 24), (uint8_t)(id_len >> 16), (uint8_t)(id_len >> 8),
                        (uint8_t)id_len};

    if (id_len > UINT32_MAX) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (EVP_DigestInit_ex2(j->md_ctx, j->md, NULL) != 1 || !hash_point(j, gen) ||
        !hash_point(j, V) || !hash_point(j, X) ||
        EVP_DigestUpdate(j->md_ctx, len32, sizeof(len32)) != 1 ||
        EVP_DigestUpdate(j->md_ctx, id, id_len) != 1 ||
        EVP_DigestFinal_ex(j->md_ctx, digest, &digest_len) != 1 ||
        BN_bin2bn(digest, (int)digest_len, h) == NULL || BN_nnmod(h, h, j->order, j->bn) != 1) {
        return builtin_status_from_openssl();
    }
    return PSA_SUCCESS;
}

/* out = k * gen (gen NULL: the curve's base point, with its precomputation). */
static bool mul(struct jpake *j, EC_POINT *out, const EC_POINT *gen, const BIGNUM *k)
{
    return gen == NULL ? EC_POINT_mul(j->group, out, k, NULL, NULL, j->bn) == 1
                       : EC_POINT_mul(j->group, out, NULL, gen, k, j->bn) == 1;
}

/* A uniformly random scalar in [1, n-1], constant-time flagged. */
static psa_status_t random_scalar(struct jpake *j, BIGNUM *k)
{
    BN_set_flags(k, BN_FLG_CONSTTIME);
    do {
        if (BN_priv_rand_range_ex(k, j->order, 0, j->bn) != 1) {
            return builtin_status_from_openssl();
        }
    } while (BN_is_zero(k));
    return PSA_SUCCESS;
}

/* The proof of x for X = x*gen (gen NULL: the base point; gen_enc and X_enc
 * their encodings), into out_V, out_r. */
static psa_status_t prove(struct jpake *j, const EC_POINT *gen, const uint8_t *gen_enc,
                          const BIGNUM *x, const uint8_t *X_enc)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *V = EC_POINT_new(j->group);
    BIGNUM *v = BN_secure_new();
    BIGNUM *h = BN_secure_new();

    KPSA_CHECK(V != NULL && v != NULL && h != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(random_scalar(j, v));
    KPSA_CHECK(mul(j, V, gen, v), builtin_status_from_openssl());
    KPSA_TRY(encode_point(j, V, j->out_V));
    KPSA_TRY(zkp_hash(j, gen_enc, j->out_V, X_enc, j->user, j->user_len, h));
    /* r = v - x*h mod n */
    KPSA_CHECK(BN_mod_mul(h, x, h, j->order, j->bn) == 1 &&
                   BN_mod_sub(h, v, h, j->order, j->bn) == 1 &&
                   BN_bn2binpad(h, j->out_r, SCALAR_LEN) == SCALAR_LEN,
               builtin_status_from_openssl());
exit:
    BN_clear_free(h);
    BN_clear_free(v);
    EC_POINT_free(V);
    return status;
}

/* Check the peer's proof (in_V, r) of in_X = x*gen: r*gen + h*in_X == in_V
 * (gen NULL: the base point; gen_enc its encoding). */
static psa_status_t verify(struct jpake *j, const EC_POINT *gen, const uint8_t *gen_enc,
                           const uint8_t *r_bytes, size_t r_len)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EC_POINT *X = j->in_X;
    EC_POINT *T = EC_POINT_new(j->group);
    EC_POINT *U = EC_POINT_new(j->group);
    BIGNUM *r = BN_new();
    BIGNUM *h = BN_new();

    KPSA_CHECK(T != NULL && U != NULL && r != NULL && h != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(r_len != 0 && r_len <= SCALAR_LEN, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(BN_bin2bn(r_bytes, (int)r_len, r) != NULL, builtin_status_from_openssl());
    KPSA_CHECK(BN_cmp(r, j->order) < 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(zkp_hash(j, gen_enc, j->in_V_enc, j->in_X_enc, j->peer, j->peer_len, h));
    if (gen == NULL) {
        KPSA_CHECK(EC_POINT_mul(j->group, T, r, X, h, j->bn) == 1, builtin_status_from_openssl());
    } else {
        KPSA_CHECK(mul(j, T, gen, r) && mul(j, U, X, h) &&
                       EC_POINT_add(j->group, T, T, U, j->bn) == 1,
                   builtin_status_from_openssl());
    }
    status =
        EC_POINT_cmp(j->group, T, j->in_V, j->bn) == 0 ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
exit:
    BN_free(h);
    BN_free(r);
    EC_POINT_free(U);
    EC_POINT_free(T);
    return status;
}

/* ---- the protocol's steps --------------------------------------------------- */

/*
 * May the direction that has taken `mine` steps take `step` now, the other
 * having taken `other`?  Steps come as KEY_SHARE, ZK_PUBLIC, ZK_PROOF; a
 * round is done in one direction before the other starts it; round 2 needs
 * round 1 done in both.
 */
static psa_status_t check_order(psa_pake_step_t step, unsigned mine, unsigned other)
{
    static const psa_pake_step_t order[3] = {PSA_PAKE_STEP_KEY_SHARE, PSA_PAKE_STEP_ZK_PUBLIC,
                                             PSA_PAKE_STEP_ZK_PROOF};

    if (step != PSA_PAKE_STEP_KEY_SHARE && step != PSA_PAKE_STEP_ZK_PUBLIC &&
        step != PSA_PAKE_STEP_ZK_PROOF) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (mine >= ALL_STEPS || step != order[mine % 3]) {
        return PSA_ERROR_BAD_STATE;
    }
    if (mine < ROUND1_STEPS) {
        return other == 0 || other == ROUND1_STEPS ? PSA_SUCCESS : PSA_ERROR_BAD_STATE;
    }
    return other == ROUND1_STEPS || other == ALL_STEPS ? PSA_SUCCESS : PSA_ERROR_BAD_STATE;
}

/* sum = a + b + c, which must not be the point at infinity. */
static psa_status_t add3(struct jpake *j, EC_POINT *sum, const EC_POINT *a, const EC_POINT *b,
                         const EC_POINT *c)
{
    if (EC_POINT_add(j->group, sum, a, b, j->bn) != 1 ||
        EC_POINT_add(j->group, sum, sum, c, j->bn) != 1) {
        return builtin_status_from_openssl();
    }
    return EC_POINT_is_at_infinity(j->group, sum) ? PSA_ERROR_INVALID_ARGUMENT : PSA_SUCCESS;
}

/* xs = x2 * s mod n. */
static psa_status_t x2s(struct jpake *j, BIGNUM *xs)
{
    BN_set_flags(xs, BN_FLG_CONSTTIME);
    return BN_mod_mul(xs, j->x2, j->s, j->order, j->bn) == 1 ? PSA_SUCCESS
                                                             : builtin_status_from_openssl();
}

/* Round 1 KEY_SHARE: a fresh x1 (or x2), its public X1 (X2) and proof. */
static psa_status_t out_round1(struct jpake *j, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BIGNUM **x = j->outs == 0 ? &j->x1 : &j->x2;
    EC_POINT *X = j->outs == 0 ? j->X1 : j->X2;

    *x = BN_secure_new();
    KPSA_CHECK(*x != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(random_scalar(j, *x));
    KPSA_CHECK(mul(j, X, NULL, *x), builtin_status_from_openssl());
    KPSA_TRY(encode_point(j, X, out));
    KPSA_TRY(prove(j, NULL, j->base_enc, *x, out));
exit:
    return status;
}

/* Round 2 KEY_SHARE: A = (x2*s) * GA, GA = X1 + X3 + X4, and its proof over GA. */
static psa_status_t out_round2(struct jpake *j, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *GA = EC_POINT_new(j->group);
    EC_POINT *A = EC_POINT_new(j->group);
    BIGNUM *xs = BN_secure_new();
    uint8_t GA_enc[POINT_LEN];

    KPSA_CHECK(GA != NULL && A != NULL && xs != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(add3(j, GA, j->X1, j->X3, j->X4));
    KPSA_TRY(x2s(j, xs));
    KPSA_CHECK(mul(j, A, GA, xs), builtin_status_from_openssl());
    KPSA_TRY(encode_point(j, GA, GA_enc));
    KPSA_TRY(encode_point(j, A, out));
    KPSA_TRY(prove(j, GA, GA_enc, xs, out));
exit:
    BN_clear_free(xs);
    EC_POINT_free(A);
    EC_POINT_free(GA);
    return status;
}

static psa_status_t output(void *state, psa_pake_step_t step, uint8_t *out, size_t out_size,
                           size_t *out_length)
{
    struct jpake *j = state;
    size_t need = step == PSA_PAKE_STEP_ZK_PROOF ? SCALAR_LEN : POINT_LEN;
    psa_status_t status = check_order(step, j->outs, j->ins);

    *out_length = 0;
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (out_size < need) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (step == PSA_PAKE_STEP_KEY_SHARE) {
        status = j->outs < ROUND1_STEPS ? out_round1(j, out) : out_round2(j, out);
    } else if (step == PSA_PAKE_STEP_ZK_PUBLIC) {
        memcpy(out, j->out_V, POINT_LEN);
    } else {
        memcpy(out, j->out_r, SCALAR_LEN);
        kpsa_wipe(j->out_r, SCALAR_LEN);
    }
    if (status == PSA_SUCCESS) {
        j->outs++;
        *out_length = need;
    }
    return status;
}

/* ZK_PROOF input: verify the triple, then keep X as X3, X4 or B. */
static psa_status_t in_proof(struct jpake *j, const uint8_t *in, size_t in_len)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *GB = NULL;
    uint8_t GB_enc[POINT_LEN];
    const uint8_t *gen_enc = j->base_enc;
    EC_POINT *keep = j->ins < 3 ? j->X3 : j->ins < ROUND1_STEPS ? j->X4 : j->B;

    if (j->ins >= ROUND1_STEPS) {
        /* Round 2: the peer's generator GB = X1 + X2 + X3. */
        GB = EC_POINT_new(j->group);
        KPSA_CHECK(GB != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        KPSA_TRY(add3(j, GB, j->X1, j->X2, j->X3));
        KPSA_TRY(encode_point(j, GB, GB_enc));
        gen_enc = GB_enc;
    }
    KPSA_TRY(verify(j, GB, gen_enc, in, in_len));
    KPSA_CHECK(EC_POINT_copy(keep, j->in_X) == 1, builtin_status_from_openssl());
exit:
    EC_POINT_free(GB);
    return status;
}

static psa_status_t input(void *state, psa_pake_step_t step, const uint8_t *in, size_t in_len)
{
    struct jpake *j = state;
    psa_status_t status = check_order(step, j->ins, j->outs);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (step == PSA_PAKE_STEP_KEY_SHARE) {
        status = decode_point(j, in, in_len, j->in_X, j->in_X_enc);
    } else if (step == PSA_PAKE_STEP_ZK_PUBLIC) {
        status = decode_point(j, in, in_len, j->in_V, j->in_V_enc);
    } else {
        status = in_proof(j, in, in_len);
    }
    if (status == PSA_SUCCESS) {
        j->ins++;
    }
    return status;
}

/* K = x2 * (B - (x2*s) * X4), uncompressed. */
static psa_status_t shared_point(struct jpake *j, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EC_POINT *K = EC_POINT_new(j->group);
    BIGNUM *xs = BN_secure_new();

    KPSA_CHECK(K != NULL && xs != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(x2s(j, xs));
    KPSA_CHECK(mul(j, K, j->X4, xs) && EC_POINT_invert(j->group, K, j->bn) == 1 &&
                   EC_POINT_add(j->group, K, j->B, K, j->bn) == 1 && mul(j, K, K, j->x2),
               builtin_status_from_openssl());
    KPSA_CHECK(!EC_POINT_is_at_infinity(j->group, K), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(encode_point(j, K, out));
exit:
    BN_clear_free(xs);
    EC_POINT_clear_free(K);
    return status;
}

static psa_status_t get_shared_key(void *state, uint8_t *out, size_t out_size, size_t *out_length)
{
    struct jpake *j = state;
    psa_status_t status = PSA_ERROR_BAD_STATE;

    *out_length = 0;
    if (j->outs == ALL_STEPS && j->ins == ALL_STEPS) {
        status = out_size < POINT_LEN ? PSA_ERROR_BUFFER_TOO_SMALL : shared_point(j, out);
    }
    if (status == PSA_SUCCESS) {
        *out_length = POINT_LEN;
    }
    jpake_free(j);
    return status;
}

const struct builtin_pake_protocol builtin_jpake_protocol = {
    .handles = handles,
    .setup = setup,
    .output = output,
    .input = input,
    .get_shared_key = get_shared_key,
    .abort = jpake_free,
};
