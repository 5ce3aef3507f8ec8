/*
 * spake2p.c - SPAKE2+ (RFC 9383, and the Matter variant of draft-02) over
 * P-256 with SHA-256, as a PAKE protocol of the built-in driver (pake.c routes
 * PSA_ALG_SPAKE2P_HMAC(SHA-256), PSA_ALG_SPAKE2P_CMAC(SHA-256) and
 * PSA_ALG_SPAKE2P_MATTER here).  The formulas are in spake2p.h.
 *
 * The curve arithmetic is libcrypto's EC_POINT/BN on the P-256 group of
 * curves.c: every multiplication by a secret (x, y, w0, w1) is a
 * single-scalar EC_POINT_mul, which libcrypto runs in constant time (its
 * Montgomery ladder, or the P-256 assembly); secret scalars carry
 * BN_FLG_CONSTTIME and live in a secure BN_CTX.  Hash, HKDF, HMAC and CMAC are
 * libcrypto's EVP objects.
 *
 * Steps (ops/pake.rst, "SPAKE2+ operation"):
 *   prover (PSA_PAKE_ROLE_CLIENT, key pair w0 || w1):
 *     output KEY_SHARE shareP; input KEY_SHARE shareV (Z, V and the key
 *     schedule are computed here); input CONFIRM confirmV; output CONFIRM
 *     confirmP.
 *   verifier (PSA_PAKE_ROLE_SERVER, public key w0 || L or key pair):
 *     input KEY_SHARE shareP; output KEY_SHARE shareV (key schedule here);
 *     output CONFIRM confirmV; input CONFIRM confirmP.
 * get_shared_key then yields K_shared (Matter: Ke).  A share that is not a
 * valid point is PSA_ERROR_INVALID_ARGUMENT, a confirmation that does not
 * verify (also one of the wrong length) PSA_ERROR_INVALID_SIGNATURE.
 */
#include "config.h"

#include "builtin/spake2p.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include "core/guard.h"
#include "core/secmem.h"

/* RFC 9383 section 4, P-256: M and N (given there compressed as
 * 02886e2f...a12f and 03d8bbd6...2b49), here uncompressed. */
static const uint8_t point_m[BUILTIN_SPAKE2P_POINT_SIZE] = {
    0x04, 0x88, 0x6e, 0x2f, 0x97, 0xac, 0xe4, 0x6e, 0x55, 0xba, 0x9d, 0xd7, 0x24,
    0x25, 0x79, 0xf2, 0x99, 0x3b, 0x64, 0xe1, 0x6e, 0xf3, 0xdc, 0xab, 0x95, 0xaf,
    0xd4, 0x97, 0x33, 0x3d, 0x8f, 0xa1, 0x2f, 0x5f, 0xf3, 0x55, 0x16, 0x3e, 0x43,
    0xce, 0x22, 0x4e, 0x0b, 0x0e, 0x65, 0xff, 0x02, 0xac, 0x8e, 0x5c, 0x7b, 0xe0,
    0x94, 0x19, 0xc7, 0x85, 0xe0, 0xca, 0x54, 0x7d, 0x55, 0xa1, 0x2e, 0x2d, 0x20,
};
static const uint8_t point_n[BUILTIN_SPAKE2P_POINT_SIZE] = {
    0x04, 0xd8, 0xbb, 0xd6, 0xc6, 0x39, 0xc6, 0x29, 0x37, 0xb0, 0x4d, 0x99, 0x7f,
    0x38, 0xc3, 0x77, 0x07, 0x19, 0xc6, 0x29, 0xd7, 0x01, 0x4d, 0x49, 0xa2, 0x4b,
    0x4f, 0x98, 0xba, 0xa1, 0x29, 0x2b, 0x49, 0x07, 0xd6, 0x0a, 0xa6, 0xbf, 0xad,
    0xe4, 0x50, 0x08, 0xa6, 0x36, 0x33, 0x7f, 0x51, 0x68, 0xc6, 0x4d, 0x9b, 0xd3,
    0x60, 0x34, 0x80, 0x8c, 0xd5, 0x64, 0x49, 0x0b, 0x1e, 0x65, 0x6e, 0xdb, 0xe7,
};

/* One row per supported algorithm: the lengths of spake2p.h. */
static const struct {
    psa_algorithm_t alg;
    bool cmac;
    bool matter;
    uint8_t confirm_key_length;
    uint8_t confirm_length;
    uint8_t shared_length;
} suites[] = {
    {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), false, false, 32, 32, 32},
    {PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256), true, false, 16, 16, 32},
    {PSA_ALG_SPAKE2P_MATTER, false, true, 16, 32, 16},
};

psa_status_t builtin_spake2p_suite_get(psa_algorithm_t alg, struct builtin_spake2p_suite *suite)
{
    const struct builtin_curve *curve = builtin_curve_find(PSA_ECC_FAMILY_SECP_R1, 256);

    memset(suite, 0, sizeof(*suite));
    for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++) {
        if (suites[i].alg != alg) {
            continue;
        }
        suite->alg = alg;
        suite->group = curve != NULL ? curve->group : NULL;
        suite->md = builtin_md(PSA_ALG_SHA_256);
        suite->mac = suites[i].cmac ? builtin_mac_cmac() : builtin_mac_hmac();
        if (suite->group == NULL || suite->md == NULL || suite->mac == NULL) {
            return PSA_ERROR_NOT_SUPPORTED;
        }
        suite->mac_digest = suites[i].cmac ? NULL : EVP_MD_get0_name(suite->md);
        suite->hash_length = (size_t)EVP_MD_get_size(suite->md);
        suite->confirm_key_length = suites[i].confirm_key_length;
        suite->confirm_length = suites[i].confirm_length;
        suite->shared_length = suites[i].shared_length;
        suite->matter = suites[i].matter;
        return PSA_SUCCESS;
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

/* ---- curve arithmetic ------------------------------------------------------- */

/* The numbers of one computation, from one secure BN_CTX (cleared on free). */
struct work {
    BN_CTX *bn;
    BIGNUM *a; /* secret scalars */
    BIGNUM *b;
    EC_POINT *p;
    EC_POINT *q;
    EC_POINT *r;
};

static psa_status_t work_start(const EC_GROUP *group, struct work *w)
{
    memset(w, 0, sizeof(*w));
    w->bn = BN_CTX_secure_new();
    if (w->bn == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    BN_CTX_start(w->bn);
    w->a = BN_CTX_get(w->bn);
    w->b = BN_CTX_get(w->bn);
    w->p = EC_POINT_new(group);
    w->q = EC_POINT_new(group);
    w->r = EC_POINT_new(group);
    if (w->b == NULL || w->p == NULL || w->q == NULL || w->r == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    BN_set_flags(w->a, BN_FLG_CONSTTIME);
    BN_set_flags(w->b, BN_FLG_CONSTTIME);
    return PSA_SUCCESS;
}

static void work_end(struct work *w)
{
    EC_POINT_clear_free(w->r);
    EC_POINT_clear_free(w->q);
    EC_POINT_clear_free(w->p);
    if (w->bn != NULL) {
        BN_CTX_end(w->bn);
        BN_CTX_free(w->bn);
    }
    memset(w, 0, sizeof(*w));
}

/* A 65-byte uncompressed point on the curve that is not the identity. */
static psa_status_t point_decode(const EC_GROUP *group, const uint8_t *in, size_t length,
                                 EC_POINT *point, BN_CTX *bn)
{
    if (length != BUILTIN_SPAKE2P_POINT_SIZE || in[0] != 0x04 ||
        EC_POINT_oct2point(group, point, in, length, bn) != 1 ||
        EC_POINT_is_on_curve(group, point, bn) != 1 || EC_POINT_is_at_infinity(group, point)) {
        ERR_clear_error();
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

static psa_status_t point_encode(const EC_GROUP *group, const EC_POINT *point, uint8_t *out,
                                 BN_CTX *bn)
{
    /* The identity encodes as one byte: no valid run produces it. */
    if (EC_POINT_point2oct(group, point, POINT_CONVERSION_UNCOMPRESSED, out,
                           BUILTIN_SPAKE2P_POINT_SIZE, bn) != BUILTIN_SPAKE2P_POINT_SIZE) {
        ERR_clear_error();
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

static psa_status_t scalar_load(const uint8_t *in, BIGNUM *out)
{
    return BN_bin2bn(in, BUILTIN_SPAKE2P_SCALAR_SIZE, out) != NULL ? PSA_SUCCESS
                                                                   : builtin_status_from_openssl();
}

/* r = k*point, or k*P when point is NULL: one scalar, constant time. */
static psa_status_t mul(const EC_GROUP *group, EC_POINT *r, const EC_POINT *point, const BIGNUM *k,
                        BN_CTX *bn)
{
    int ok = point == NULL ? EC_POINT_mul(group, r, k, NULL, NULL, bn)
                           : EC_POINT_mul(group, r, NULL, point, k, bn);

    return ok == 1 ? PSA_SUCCESS : builtin_status_from_openssl();
}

psa_status_t builtin_spake2p_share(const EC_GROUP *group, bool prover, const uint8_t *w0,
                                   const uint8_t *scalar, uint8_t *share)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct work w;

    KPSA_TRY(work_start(group, &w));
    KPSA_TRY(scalar_load(w0, w.a));
    KPSA_TRY(scalar_load(scalar, w.b));
    KPSA_TRY(
        point_decode(group, prover ? point_m : point_n, BUILTIN_SPAKE2P_POINT_SIZE, w.p, w.bn));
    KPSA_TRY(mul(group, w.q, w.p, w.a, w.bn));
    KPSA_TRY(mul(group, w.r, NULL, w.b, w.bn));
    KPSA_CHECK(EC_POINT_add(group, w.r, w.r, w.q, w.bn) == 1, builtin_status_from_openssl());
    KPSA_TRY(point_encode(group, w.r, share, w.bn));
exit:
    work_end(&w);
    return status;
}

/* w->p = peer share - w0*(M or N); the identity -> PSA_ERROR_INVALID_ARGUMENT.
 * Leaves w0 in w->a. */
static psa_status_t unblind(const EC_GROUP *group, bool peer_is_prover, const uint8_t *w0,
                            const uint8_t *share, size_t share_length, struct work *w)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_TRY(point_decode(group, share, share_length, w->p, w->bn));
    KPSA_TRY(point_decode(group, peer_is_prover ? point_m : point_n, BUILTIN_SPAKE2P_POINT_SIZE,
                          w->q, w->bn));
    KPSA_TRY(scalar_load(w0, w->a));
    KPSA_TRY(mul(group, w->r, w->q, w->a, w->bn));
    KPSA_CHECK(EC_POINT_invert(group, w->r, w->bn) == 1 &&
                   EC_POINT_add(group, w->p, w->p, w->r, w->bn) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(!EC_POINT_is_at_infinity(group, w->p), PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_spake2p_check_share(const EC_GROUP *group, bool peer_is_prover,
                                         const uint8_t *w0, const uint8_t *share,
                                         size_t share_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct work w;

    KPSA_TRY(work_start(group, &w));
    KPSA_TRY(unblind(group, peer_is_prover, w0, share, share_length, &w));
exit:
    work_end(&w);
    return status;
}

psa_status_t builtin_spake2p_zv(const EC_GROUP *group, bool prover, const uint8_t *w0,
                                const uint8_t *scalar, const uint8_t *secret,
                                const uint8_t *peer_share, uint8_t *z, uint8_t *v)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct work w;

    KPSA_TRY(work_start(group, &w));
    KPSA_TRY(unblind(group, !prover, w0, peer_share, BUILTIN_SPAKE2P_POINT_SIZE, &w));
    KPSA_TRY(scalar_load(scalar, w.b));
    KPSA_TRY(mul(group, w.r, w.p, w.b, w.bn));
    KPSA_TRY(point_encode(group, w.r, z, w.bn));
    if (prover) {
        /* V = w1*(Y - w0*N) */
        KPSA_TRY(scalar_load(secret, w.a));
        KPSA_TRY(mul(group, w.r, w.p, w.a, w.bn));
    } else {
        /* V = y*L */
        KPSA_TRY(point_decode(group, secret, BUILTIN_SPAKE2P_POINT_SIZE, w.q, w.bn));
        KPSA_TRY(mul(group, w.r, w.q, w.b, w.bn));
    }
    KPSA_TRY(point_encode(group, w.r, v, w.bn));
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(z, BUILTIN_SPAKE2P_POINT_SIZE);
        kpsa_wipe(v, BUILTIN_SPAKE2P_POINT_SIZE);
    }
    work_end(&w);
    return status;
}

/* ---- transcript and key schedule ------------------------------------------------ */

/* len(s) || s, len as 8 bytes little endian. */
static uint8_t *put(uint8_t *p, const uint8_t *data, size_t length)
{
    uint64_t n = length;

    for (int i = 0; i < 8; i++) {
        *p++ = (uint8_t)(n >> (8 * i));
    }
    if (length != 0) {
        memcpy(p, data, length);
    }
    return p + length;
}

psa_status_t builtin_spake2p_transcript_encode(const struct builtin_spake2p_transcript *in,
                                               uint8_t **tt, size_t *tt_length)
{
    /* Fixed part: M, N, shareP, shareV, Z, V and w0, each with its length. */
    size_t fixed = 6 * (8 + BUILTIN_SPAKE2P_POINT_SIZE) + 8 + BUILTIN_SPAKE2P_SCALAR_SIZE;
    size_t variable = 16;
    uint8_t *p;

    *tt = NULL;
    *tt_length = 0;
    if (in->id_prover_length > SIZE_MAX / 4 || in->id_verifier_length > SIZE_MAX / 4 ||
        in->context_length > SIZE_MAX / 4) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    variable += in->id_prover_length + in->id_verifier_length;
    if (in->has_context) {
        variable += 8 + in->context_length;
    }
    p = OPENSSL_malloc(fixed + variable);
    if (p == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    *tt = p;
    *tt_length = fixed + variable;
    if (in->has_context) {
        p = put(p, in->context, in->context_length);
    }
    p = put(p, in->id_prover, in->id_prover_length);
    p = put(p, in->id_verifier, in->id_verifier_length);
    p = put(p, point_m, BUILTIN_SPAKE2P_POINT_SIZE);
    p = put(p, point_n, BUILTIN_SPAKE2P_POINT_SIZE);
    p = put(p, in->share_p, BUILTIN_SPAKE2P_POINT_SIZE);
    p = put(p, in->share_v, BUILTIN_SPAKE2P_POINT_SIZE);
    p = put(p, in->z, BUILTIN_SPAKE2P_POINT_SIZE);
    p = put(p, in->v, BUILTIN_SPAKE2P_POINT_SIZE);
    (void)put(p, in->w0, BUILTIN_SPAKE2P_SCALAR_SIZE);
    return PSA_SUCCESS;
}

/* HKDF (RFC 5869) with no salt, over libcrypto's HKDF. */
static psa_status_t hkdf(EVP_KDF *kdf, const EVP_MD *md, const uint8_t *ikm, size_t ikm_length,
                         const char *info, uint8_t *out, size_t out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)ikm, ikm_length),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)info, strlen(info)),
        OSSL_PARAM_construct_end(),
    };

    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(EVP_KDF_derive(ctx, out, out_length, params) == 1, builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    EVP_KDF_CTX_free(ctx);
    return status;
}

/* out = MAC(key, share): HMAC over the suite's hash, or CMAC-AES-128. */
static psa_status_t confirm_mac(const struct builtin_spake2p_suite *suite, const uint8_t *key,
                                const uint8_t *share, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(suite->mac);
    OSSL_PARAM params[2];
    size_t length = 0;

    params[0] =
        suite->mac_digest != NULL
            ? OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)suite->mac_digest, 0)
            : OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, (char *)"AES-128-CBC", 0);
    params[1] = OSSL_PARAM_construct_end();
    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(EVP_MAC_init(ctx, key, suite->confirm_key_length, params) == 1 &&
                   EVP_MAC_update(ctx, share, BUILTIN_SPAKE2P_POINT_SIZE) == 1 &&
                   EVP_MAC_final(ctx, out, &length, BUILTIN_SPAKE2P_MAX_SIZE) == 1,
               builtin_status_from_openssl());
    KPSA_CHECK(length == suite->confirm_length, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    EVP_MAC_CTX_free(ctx);
    return status;
}

psa_status_t builtin_spake2p_schedule(const struct builtin_spake2p_suite *suite, const uint8_t *tt,
                                      size_t tt_length, const uint8_t *share_p,
                                      const uint8_t *share_v, struct builtin_spake2p_keys *keys)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t confirm_keys[2 * BUILTIN_SPAKE2P_MAX_SIZE];
    size_t half = suite->hash_length / 2;
    size_t ckl = suite->confirm_key_length;
    unsigned int length = 0;
    /* Fetched per key schedule, which runs once per PAKE, next to four or
     * five scalar multiplications. */
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, OSSL_KDF_NAME_HKDF, NULL);

    KPSA_CHECK(kdf != NULL, builtin_status_from_openssl());
    KPSA_CHECK(EVP_Digest(tt, tt_length, keys->k_main, &length, suite->md, NULL) == 1,
               builtin_status_from_openssl());
    if (suite->matter) {
        /* Ka || Ke = K_main; KcA || KcB from Ka; the secret is Ke. */
        KPSA_TRY(
            hkdf(kdf, suite->md, keys->k_main, half, "ConfirmationKeys", confirm_keys, 2 * ckl));
        memcpy(keys->k_shared, keys->k_main + half, suite->shared_length);
    } else {
        KPSA_TRY(hkdf(kdf, suite->md, keys->k_main, suite->hash_length, "ConfirmationKeys",
                      confirm_keys, 2 * ckl));
        KPSA_TRY(hkdf(kdf, suite->md, keys->k_main, suite->hash_length, "SharedKey", keys->k_shared,
                      suite->shared_length));
    }
    memcpy(keys->k_confirm_p, confirm_keys, ckl);
    memcpy(keys->k_confirm_v, confirm_keys + ckl, ckl);
    KPSA_TRY(confirm_mac(suite, keys->k_confirm_p, share_v, keys->confirm_p));
    KPSA_TRY(confirm_mac(suite, keys->k_confirm_v, share_p, keys->confirm_v));
exit:
    EVP_KDF_free(kdf);
    kpsa_wipe(confirm_keys, sizeof(confirm_keys));
    if (status != PSA_SUCCESS) {
        kpsa_wipe(keys, sizeof(*keys));
    }
    return status;
}

psa_status_t builtin_spake2p_l(const EC_GROUP *group, const uint8_t *w1, uint8_t *l)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct work w;

    KPSA_TRY(work_start(group, &w));
    KPSA_TRY(scalar_load(w1, w.a));
    KPSA_TRY(mul(group, w.r, NULL, w.a, w.bn));
    KPSA_TRY(point_encode(group, w.r, l, w.bn));
exit:
    work_end(&w);
    return status;
}

/* ---- the protocol ------------------------------------------------------------------ */

/* An identity or the context, copied at setup. */
struct blob {
    uint8_t *data;
    size_t length;
    bool present;
};

struct spake2p_state {
    struct builtin_spake2p_suite suite;
    bool prover;
    unsigned stage; /* index into script[prover]; 4: done */
    uint8_t w0[BUILTIN_SPAKE2P_SCALAR_SIZE];
    uint8_t w1[BUILTIN_SPAKE2P_SCALAR_SIZE];     /* prover */
    uint8_t l[BUILTIN_SPAKE2P_POINT_SIZE];       /* verifier */
    uint8_t scalar[BUILTIN_SPAKE2P_SCALAR_SIZE]; /* x or y, until Z and V are known */
    uint8_t share_p[BUILTIN_SPAKE2P_POINT_SIZE];
    uint8_t share_v[BUILTIN_SPAKE2P_POINT_SIZE];
    struct blob user, peer, context;
    struct builtin_spake2p_keys keys;
};

/* The order of the steps, per role (ops/pake.rst, "Key exchange and
 * confirmation"). */
static const struct {
    bool output;
    psa_pake_step_t step;
} script[2][4] = {
    /* verifier */
    {{false, PSA_PAKE_STEP_KEY_SHARE},
     {true, PSA_PAKE_STEP_KEY_SHARE},
     {true, PSA_PAKE_STEP_CONFIRM},
     {false, PSA_PAKE_STEP_CONFIRM}},
    /* prover */
    {{true, PSA_PAKE_STEP_KEY_SHARE},
     {false, PSA_PAKE_STEP_KEY_SHARE},
     {false, PSA_PAKE_STEP_CONFIRM},
     {true, PSA_PAKE_STEP_CONFIRM}},
};
#define STAGE_DONE 4u

static void blob_free(struct blob *b)
{
    free(b->data);
    memset(b, 0, sizeof(*b));
}

static void state_free(struct spake2p_state *s)
{
    if (s != NULL) {
        blob_free(&s->user);
        blob_free(&s->peer);
        blob_free(&s->context);
        kpsa_secmem_free(s, sizeof(*s));
    }
}

typedef psa_status_t (*input_length_fn)(const psa_crypto_driver_pake_inputs_t *inputs,
                                        size_t *length);
typedef psa_status_t (*input_get_fn)(const psa_crypto_driver_pake_inputs_t *inputs, uint8_t *buffer,
                                     size_t size, size_t *length);

/* Copy an optional input; one the application did not give (BAD_STATE from
 * the accessor) stays absent. */
static psa_status_t blob_copy(const psa_crypto_driver_pake_inputs_t *inputs,
                              input_length_fn get_length, input_get_fn get, struct blob *b)
{
    psa_status_t status = get_length(inputs, &b->length);

    if (status == PSA_ERROR_BAD_STATE) {
        b->length = 0;
        return PSA_SUCCESS;
    }
    if (status != PSA_SUCCESS) {
        return status;
    }
    b->present = true;
    if (b->length == 0) {
        return PSA_SUCCESS;
    }
    b->data = malloc(b->length);
    if (b->data == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    return get(inputs, b->data, b->length, &b->length);
}

/* w0 and w1 (prover) or L (verifier) from the password key: a SPAKE2+ key
 * pair w0 || w1, or for the verifier also a public key w0 || L. */
static psa_status_t load_password(struct spake2p_state *s,
                                  const psa_crypto_driver_pake_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t buffer[BUILTIN_SPAKE2P_SCALAR_SIZE + BUILTIN_SPAKE2P_POINT_SIZE];
    size_t length = 0;
    psa_key_type_t type;

    KPSA_TRY(psa_crypto_driver_pake_get_password_attributes(inputs, &attributes));
    type = psa_get_key_type(&attributes);
    KPSA_CHECK(PSA_KEY_TYPE_IS_SPAKE2P(type) &&
                   PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) == PSA_ECC_FAMILY_SECP_R1 &&
                   psa_get_key_bits(&attributes) == 256 &&
                   (PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type) || !s->prover),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(psa_crypto_driver_pake_get_password(inputs, buffer, sizeof(buffer), &length));
    KPSA_CHECK(length == (PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type) ? 2 * BUILTIN_SPAKE2P_SCALAR_SIZE
                                                                 : sizeof(buffer)),
               PSA_ERROR_CORRUPTION_DETECTED);
    memcpy(s->w0, buffer, BUILTIN_SPAKE2P_SCALAR_SIZE);
    if (s->prover) {
        memcpy(s->w1, buffer + BUILTIN_SPAKE2P_SCALAR_SIZE, BUILTIN_SPAKE2P_SCALAR_SIZE);
    } else if (PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type)) {
        KPSA_TRY(builtin_spake2p_l(s->suite.group, buffer + BUILTIN_SPAKE2P_SCALAR_SIZE, s->l));
    } else {
        memcpy(s->l, buffer + BUILTIN_SPAKE2P_SCALAR_SIZE, BUILTIN_SPAKE2P_POINT_SIZE);
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(buffer, sizeof(buffer));
    psa_reset_key_attributes(&attributes);
    return status;
}

static bool handles(psa_algorithm_t alg)
{
    struct builtin_spake2p_suite suite;

    return builtin_spake2p_suite_get(alg, &suite) == PSA_SUCCESS;
}

static psa_status_t setup(void **state, const psa_crypto_driver_pake_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_pake_cipher_suite_t cs = PSA_PAKE_CIPHER_SUITE_INIT;
    psa_pake_role_t role = PSA_PAKE_ROLE_NONE;
    struct spake2p_state *s = NULL;

    *state = NULL;
    KPSA_TRY(psa_crypto_driver_pake_get_cipher_suite(inputs, &cs));
    KPSA_CHECK(psa_pake_cs_get_primitive(&cs) == KPSA_PAKE_PRIMITIVE_P256, PSA_ERROR_NOT_SUPPORTED);
    /* SPAKE2+ always confirms the key (ops/pake.rst). */
    KPSA_CHECK(psa_pake_cs_get_key_confirmation(&cs) == PSA_PAKE_CONFIRMED_KEY,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(psa_crypto_driver_pake_get_role(inputs, &role));
    KPSA_CHECK(role == PSA_PAKE_ROLE_CLIENT || role == PSA_PAKE_ROLE_SERVER,
               PSA_ERROR_INVALID_ARGUMENT);
    s = kpsa_secmem_alloc(sizeof(*s));
    KPSA_CHECK(s != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(builtin_spake2p_suite_get(psa_pake_cs_get_algorithm(&cs), &s->suite));
    s->prover = role == PSA_PAKE_ROLE_CLIENT;
    KPSA_TRY(load_password(s, inputs));
    KPSA_TRY(blob_copy(inputs, psa_crypto_driver_pake_get_user_len, psa_crypto_driver_pake_get_user,
                       &s->user));
    KPSA_TRY(blob_copy(inputs, psa_crypto_driver_pake_get_peer_len, psa_crypto_driver_pake_get_peer,
                       &s->peer));
    KPSA_TRY(blob_copy(inputs, psa_crypto_driver_pake_get_context_len,
                       psa_crypto_driver_pake_get_context, &s->context));
    *state = s;
    s = NULL;
exit:
    state_free(s);
    return status;
}

/* PSA_ERROR_INVALID_ARGUMENT for a step SPAKE2+ does not have,
 * PSA_ERROR_BAD_STATE for one out of order. */
static psa_status_t expect(const struct spake2p_state *s, bool output, psa_pake_step_t step)
{
    if (step != PSA_PAKE_STEP_KEY_SHARE && step != PSA_PAKE_STEP_CONFIRM) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (s->stage >= STAGE_DONE || script[s->prover][s->stage].output != output ||
        script[s->prover][s->stage].step != step) {
        return PSA_ERROR_BAD_STATE;
    }
    return PSA_SUCCESS;
}

static psa_status_t random_scalar(const EC_GROUP *group, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BN_CTX *bn = BN_CTX_secure_new();
    BIGNUM *k = NULL;

    KPSA_CHECK(bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(bn);
    k = BN_CTX_get(bn);
    KPSA_CHECK(k != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* RFC 9383 draws from [0, p-1]; 0 is skipped, it would reveal w0*M. */
    do {
        KPSA_CHECK(BN_priv_rand_range_ex(k, EC_GROUP_get0_order(group), 0, bn) == 1,
                   builtin_status_from_openssl());
    } while (BN_is_zero(k));
    KPSA_CHECK(BN_bn2binpad(k, out, BUILTIN_SPAKE2P_SCALAR_SIZE) ==
                   (int)BUILTIN_SPAKE2P_SCALAR_SIZE,
               PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    if (bn != NULL) {
        BN_CTX_end(bn);
        BN_CTX_free(bn);
    }
    return status;
}

/* Z, V, TT and the key schedule, once both shares are known. */
static psa_status_t derive(struct spake2p_state *s)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t z[BUILTIN_SPAKE2P_POINT_SIZE];
    uint8_t v[BUILTIN_SPAKE2P_POINT_SIZE];
    const struct blob *prover_id = s->prover ? &s->user : &s->peer;
    const struct blob *verifier_id = s->prover ? &s->peer : &s->user;
    struct builtin_spake2p_transcript t = {
        .has_context = s->context.present,
        .context = s->context.data,
        .context_length = s->context.length,
        .id_prover = prover_id->data,
        .id_prover_length = prover_id->length,
        .id_verifier = verifier_id->data,
        .id_verifier_length = verifier_id->length,
        .share_p = s->share_p,
        .share_v = s->share_v,
        .z = z,
        .v = v,
        .w0 = s->w0,
    };
    uint8_t *tt = NULL;
    size_t tt_length = 0;

    KPSA_TRY(builtin_spake2p_zv(s->suite.group, s->prover, s->w0, s->scalar,
                                s->prover ? s->w1 : s->l, s->prover ? s->share_v : s->share_p, z,
                                v));
    KPSA_TRY(builtin_spake2p_transcript_encode(&t, &tt, &tt_length));
    KPSA_TRY(builtin_spake2p_schedule(&s->suite, tt, tt_length, s->share_p, s->share_v, &s->keys));
exit:
    OPENSSL_clear_free(tt, tt_length);
    kpsa_wipe(z, sizeof(z));
    kpsa_wipe(v, sizeof(v));
    kpsa_wipe(s->scalar, sizeof(s->scalar));
    return status;
}

static psa_status_t output(void *state, psa_pake_step_t step, uint8_t *out, size_t out_size,
                           size_t *out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct spake2p_state *s = state;
    bool share = step == PSA_PAKE_STEP_KEY_SHARE;
    size_t length = share ? BUILTIN_SPAKE2P_POINT_SIZE : s->suite.confirm_length;
    uint8_t *mine = s->prover ? s->share_p : s->share_v;

    *out_length = 0;
    KPSA_TRY(expect(s, true, step));
    KPSA_CHECK(out_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    if (share) {
        KPSA_TRY(random_scalar(s->suite.group, s->scalar));
        KPSA_TRY(builtin_spake2p_share(s->suite.group, s->prover, s->w0, s->scalar, mine));
        if (!s->prover) {
            KPSA_TRY(derive(s));
        }
        memcpy(out, mine, length);
    } else {
        memcpy(out, s->prover ? s->keys.confirm_p : s->keys.confirm_v, length);
    }
    *out_length = length;
    s->stage++;
exit:
    return status;
}

static psa_status_t input(void *state, psa_pake_step_t step, const uint8_t *in, size_t in_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct spake2p_state *s = state;

    KPSA_TRY(expect(s, false, step));
    if (step == PSA_PAKE_STEP_KEY_SHARE) {
        KPSA_TRY(builtin_spake2p_check_share(s->suite.group, !s->prover, s->w0, in, in_length));
        memcpy(s->prover ? s->share_v : s->share_p, in, BUILTIN_SPAKE2P_POINT_SIZE);
        if (s->prover) {
            KPSA_TRY(derive(s));
        }
    } else {
        KPSA_CHECK(
            in_length == s->suite.confirm_length &&
                kpsa_ct_equal(in, s->prover ? s->keys.confirm_v : s->keys.confirm_p, in_length),
            PSA_ERROR_INVALID_SIGNATURE);
    }
    s->stage++;
exit:
    return status;
}

static psa_status_t get_shared_key(void *state, uint8_t *out, size_t out_size, size_t *out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct spake2p_state *s = state;

    *out_length = 0;
    KPSA_CHECK(s->stage == STAGE_DONE, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(out_size >= s->suite.shared_length, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(out, s->keys.k_shared, s->suite.shared_length);
    *out_length = s->suite.shared_length;
    status = PSA_SUCCESS;
exit:
    state_free(s);
    return status;
}

static void abort_state(void *state)
{
    state_free(state);
}

const struct builtin_pake_protocol builtin_spake2p_protocol = {
    .handles = handles,
    .setup = setup,
    .output = output,
    .input = input,
    .get_shared_key = get_shared_key,
    .abort = abort_state,
};
