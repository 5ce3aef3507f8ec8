/*
 * speed_asym.c - the asymmetric and key-derivation rows of `kpsa speed`:
 * signatures (ECDSA P-256, Ed25519, RSA-2048 PKCS#1 v1.5), raw key agreement
 * (ECDH P-256, X25519) and key derivation (HKDF-SHA-256, PBKDF2-HMAC-SHA-256),
 * each through the public PSA API and through raw libcrypto in the same run.
 *
 * Keys are generated once per descriptor with libcrypto and imported into
 * kpsa from their PSA export format, so both sides hold the same key.  The
 * raw side is what a careful libcrypto user writes: the EVP_PKEY made once,
 * never decoded per call, and two baselines per operation:
 *   [0] the context made per call (EVP_PKEY_CTX, or EVP_MD_CTX init for
 *       EdDSA, EVP_KDF_CTX) - how applications usually write it;
 *   [1] the context initialised once and reused for every call, as far as
 *       libcrypto 3.0 allows - the practical limit and what the targets use.
 * Key agreement differs: psa_raw_key_agreement receives the peer's key as
 * bytes, so its fair baseline [0] decodes the peer per call on a reused
 * context; [1] keeps a decoded peer and only derives (a floor no API taking
 * the peer as bytes can reach).
 */
#include "config.h"

#include "speed.h"
#include "tool.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <kpsa/kpsa.h>

#define SECRET_LEN 32 /* HKDF secret, PBKDF2 password */
#define SALT_LEN   16
#define INFO_LEN   32
#define KDF_OUT    32 /* PBKDF2 output bytes */
#define PUB_MAX    PSA_EXPORT_PUBLIC_KEY_MAX_SIZE

struct asym_state {
    EVP_PKEY *pkey;             /* the key pair, generated once */
    EVP_PKEY_CTX *sign_ctx;     /* sign_init done once, reused */
    EVP_PKEY_CTX *verify_ctx;   /* verify_init done once, reused */
    EVP_PKEY_CTX *derive_ctx;   /* derive_init done once; a new peer per call */
    EVP_PKEY_CTX *agreed_ctx;   /* derive_init and the peer set once */
    EVP_MD_CTX *md_ctx;         /* EdDSA: initialised again on every call */
    EVP_MD_CTX *sign_md_ctx;    /* EdDSA: DigestSignInit done once */
    EVP_MD_CTX *verify_md_ctx;  /* EdDSA: DigestVerifyInit done once */
    OSSL_PARAM sign_params[3];  /* RSA: padding and digest; ECDSA: none */
    EVP_KDF *kdf;
    EVP_KDF_CTX *kdf_ctx;       /* digest set once, inputs per call */
    OSSL_PARAM kdf_params[5];   /* digest, then the inputs (kdf_params + 1) */
    psa_key_id_t pub_key;       /* verify: the public key alone */
    psa_status_t psa_status;    /* the kpsa side's setup; every kpsa call returns it */
    size_t pub_length;
    size_t out_length;          /* of the last kpsa signature or shared secret */
    size_t sig_length;
    size_t evp_sig_length;
    uint8_t peer_pub[PUB_MAX];  /* agreement: the peer's public key, PSA format */
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];          /* PSA format, for verify */
    uint8_t evp_sig[PSA_SIGNATURE_MAX_SIZE + 16]; /* libcrypto format (DER for ECDSA) */
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    uint8_t secret[SECRET_LEN];
    uint8_t salt[SALT_LEN];
    uint8_t info[INFO_LEN];
    char digest[16];
    char pad_mode[8];
};

static int ok(int openssl_result)
{
    return openssl_result == 1 ? 0 : -1;
}

/* ---- the timed calls: kpsa, through the public API ---------------------- */

static int call_sign_hash(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    if (a->psa_status != PSA_SUCCESS) {
        return a->psa_status;
    }
    return psa_sign_hash(st->key, st->b->alg, st->in, length, a->out, sizeof(a->out),
                         &a->out_length);
}

static int call_verify_hash(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    if (a->psa_status != PSA_SUCCESS) {
        return a->psa_status;
    }
    return psa_verify_hash(a->pub_key, st->b->alg, st->in, length, a->sig, a->sig_length);
}

static int call_sign_message(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    if (a->psa_status != PSA_SUCCESS) {
        return a->psa_status;
    }
    return psa_sign_message(st->key, st->b->alg, st->in, length, a->out, sizeof(a->out),
                            &a->out_length);
}

static int call_verify_message(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    if (a->psa_status != PSA_SUCCESS) {
        return a->psa_status;
    }
    return psa_verify_message(a->pub_key, st->b->alg, st->in, length, a->sig, a->sig_length);
}

static int call_agreement(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    (void)length;
    if (a->psa_status != PSA_SUCCESS) {
        return a->psa_status;
    }
    return psa_raw_key_agreement(st->b->alg, st->key, a->peer_pub, a->pub_length, a->out,
                                 sizeof(a->out), &a->out_length);
}

/* The whole derivation, setup to abort, as an application runs it. */
static int call_hkdf(struct bench_state *st, size_t length)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct asym_state *a = st->asym;
    psa_status_t status = a->psa_status;

    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_setup(&op, st->b->alg);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, a->salt,
                                                SALT_LEN);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, st->key);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, a->info,
                                                INFO_LEN);
    }
    if (status == PSA_SUCCESS) {
        a->out_length = length;
        status = psa_key_derivation_output_bytes(&op, a->out, length);
    }
    tool_ignore(psa_key_derivation_abort(&op));
    return status;
}

/* length: the iteration count (cost). */
static int call_pbkdf2(struct bench_state *st, size_t length)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct asym_state *a = st->asym;
    psa_status_t status = a->psa_status;

    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_setup(&op, st->b->alg);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, length);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, a->salt,
                                                SALT_LEN);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_PASSWORD, st->key);
    }
    if (status == PSA_SUCCESS) {
        a->out_length = KDF_OUT;
        status = psa_key_derivation_output_bytes(&op, a->out, KDF_OUT);
    }
    tool_ignore(psa_key_derivation_abort(&op));
    return status;
}

/* ---- the timed calls: raw libcrypto ------------------------------------- */

/* ECDSA and RSA: an EVP_PKEY_CTX made, initialised and freed per call.  The
 * ECDSA rows set no digest: EVP_PKEY_sign signs the 32 bytes as they are. */
static int evp_sign_per_call(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    size_t sig_length = sizeof(a->out);
    int rc = -1;

    if (ctx != NULL && EVP_PKEY_sign_init_ex(ctx, a->sign_params) == 1) {
        rc = ok(EVP_PKEY_sign(ctx, a->out, &sig_length, st->in, length));
    }
    EVP_PKEY_CTX_free(ctx);
    return rc;
}

/* libcrypto 3.0 allows any number of EVP_PKEY_sign calls after one init. */
static int evp_sign_reused(struct bench_state *st, size_t length)
{
    size_t sig_length = sizeof(st->asym->out);

    return ok(EVP_PKEY_sign(st->asym->sign_ctx, st->asym->out, &sig_length, st->in, length));
}

static int evp_verify_per_call(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    int rc = -1;

    if (ctx != NULL && EVP_PKEY_verify_init_ex(ctx, a->sign_params) == 1) {
        rc = ok(EVP_PKEY_verify(ctx, a->evp_sig, a->evp_sig_length, st->in, length));
    }
    EVP_PKEY_CTX_free(ctx);
    return rc;
}

static int evp_verify_reused(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    return ok(EVP_PKEY_verify(a->verify_ctx, a->evp_sig, a->evp_sig_length, st->in, length));
}

/* EdDSA signs through EVP_DigestSign only: the EVP_MD_CTX is reused, the
 * DigestSignInit (which makes an EVP_PKEY_CTX inside) done per call ... */
static int evp_eddsa_sign_per_call(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;
    size_t sig_length = sizeof(a->out);

    if (EVP_DigestSignInit_ex(a->md_ctx, NULL, NULL, NULL, NULL, a->pkey, NULL) != 1) {
        return -1;
    }
    return ok(EVP_DigestSign(a->md_ctx, a->out, &sig_length, st->in, length));
}

/* ... or once: libcrypto 3.0 accepts repeated one-shot EVP_DigestSign calls
 * for EdDSA after a single init. */
static int evp_eddsa_sign_reused(struct bench_state *st, size_t length)
{
    size_t sig_length = sizeof(st->asym->out);

    return ok(EVP_DigestSign(st->asym->sign_md_ctx, st->asym->out, &sig_length, st->in, length));
}

static int evp_eddsa_verify_per_call(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    if (EVP_DigestVerifyInit_ex(a->md_ctx, NULL, NULL, NULL, NULL, a->pkey, NULL) != 1) {
        return -1;
    }
    return ok(EVP_DigestVerify(a->md_ctx, a->evp_sig, a->evp_sig_length, st->in, length));
}

static int evp_eddsa_verify_reused(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    return ok(EVP_DigestVerify(a->verify_md_ctx, a->evp_sig, a->evp_sig_length, st->in, length));
}

/* The peer's public key from its PSA-format bytes, the fastest way
 * libcrypto 3.0 offers for both curve types: parameters copied from our key
 * (no EC group made by name: EVP_PKEY_fromdata with a group name costs three
 * times as much for P-256) and the encoded key set, which decodes the point
 * and checks that it is on the curve. */
static EVP_PKEY *decode_peer(const struct asym_state *a)
{
    EVP_PKEY *peer = EVP_PKEY_new();

    if (peer == NULL || EVP_PKEY_copy_parameters(peer, a->pkey) != 1 ||
        EVP_PKEY_set1_encoded_public_key(peer, a->peer_pub, a->pub_length) != 1) {
        EVP_PKEY_free(peer);
        return NULL;
    }
    return peer;
}

/*
 * The same work as psa_raw_key_agreement: decode the peer, derive.  No
 * validation in EVP_PKEY_derive_set_peer_ex: decoding already checked the
 * point is on the curve, which is all P-256 (cofactor 1) and X25519 need;
 * libcrypto 3.0's own check would add a full scalar multiplication.
 */
static int evp_derive_per_call(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;
    EVP_PKEY *peer = decode_peer(a);
    size_t out_length = sizeof(a->out);
    int rc = -1;

    (void)length;
    if (peer != NULL && EVP_PKEY_derive_set_peer_ex(a->derive_ctx, peer, 0) == 1) {
        rc = ok(EVP_PKEY_derive(a->derive_ctx, a->out, &out_length));
    }
    EVP_PKEY_free(peer);
    return rc;
}

static int evp_derive_prepared(struct bench_state *st, size_t length)
{
    size_t out_length = sizeof(st->asym->out);

    (void)length;
    return ok(EVP_PKEY_derive(st->asym->agreed_ctx, st->asym->out, &out_length));
}

/* HKDF: a context per call given the digest and the inputs ... */
static int evp_kdf_per_call(struct bench_state *st, size_t length)
{
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(st->asym->kdf);
    int rc = -1;

    if (ctx != NULL) {
        rc = ok(EVP_KDF_derive(ctx, st->asym->out, length, st->asym->kdf_params));
    }
    EVP_KDF_CTX_free(ctx);
    return rc;
}

/* ... or one context with the digest set once (a digest parameter is
 * fetched on every set), given the inputs on every call as kpsa is. */
static int evp_kdf_reused(struct bench_state *st, size_t length)
{
    return ok(EVP_KDF_derive(st->asym->kdf_ctx, st->asym->out, length, st->asym->kdf_params + 1));
}

/* PBKDF2 as most code calls it (the KDF fetched inside, per call) ... */
static int evp_pbkdf2_classic(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;

    return ok(PKCS5_PBKDF2_HMAC((const char *)a->secret, SECRET_LEN, a->salt, SALT_LEN,
                                (int)length, EVP_sha256(), KDF_OUT, a->out));
}

/* ... and through a reused EVP_KDF_CTX with the digest set once. */
static int evp_pbkdf2_reused(struct bench_state *st, size_t length)
{
    struct asym_state *a = st->asym;
    uint64_t iterations = length;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, a->secret, SECRET_LEN),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, a->salt, SALT_LEN),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iterations),
        OSSL_PARAM_construct_end(),
    };

    return ok(EVP_KDF_derive(a->kdf_ctx, a->out, KDF_OUT, params));
}

/* ---- keys --------------------------------------------------------------- */

/* Imports data into kpsa unless an earlier import failed; a failure is kept
 * in psa_status (the kpsa row then reports it) while the libcrypto rows
 * still run. */
static void import_psa(struct bench_state *st, psa_key_type_t type, const uint8_t *data,
                       size_t length, psa_key_id_t *key)
{
    if (st->asym->psa_status == PSA_SUCCESS) {
        st->asym->psa_status = key_import(st->b, type, data, length, key);
    }
}

/* Generates the key pair and imports it (and, with pub, its public key). */
static int make_keys(struct bench_state *st, bool pub)
{
    struct asym_state *a = st->asym;
    psa_key_type_t type = st->b->key_type;
    uint8_t data[PSA_EXPORT_KEY_PAIR_MAX_SIZE];
    size_t length = 0;
    int rc = -1;

    a->pkey = key_generate(st->b);
    if (a->pkey != NULL && key_export_psa(a->pkey, type, true, data, sizeof(data), &length) == 0) {
        import_psa(st, type, data, length, &st->key);
        rc = 0;
    }
    if (rc == 0 && pub) {
        rc = key_export_psa(a->pkey, type, false, data, sizeof(data), &length);
        if (rc == 0) {
            import_psa(st, PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type), data, length, &a->pub_key);
        }
    }
    OPENSSL_cleanse(data, sizeof(data));
    return rc;
}

/* ---- kpsa checked against libcrypto -------------------------------------- */

/* A kpsa ECDSA signature (r || s) verified by libcrypto (which takes DER). */
static bool ecdsa_verified(struct bench_state *st)
{
    struct asym_state *a = st->asym;
    size_t n = a->out_length / 2;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(a->out, (int)n, NULL);
    BIGNUM *s = BN_bin2bn(a->out + n, (int)n, NULL);
    unsigned char der[PSA_SIGNATURE_MAX_SIZE + 16];
    unsigned char *p = der;
    int length = 0;

    if (sig != NULL && r != NULL && s != NULL && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = NULL; /* now owned by sig */
        length = i2d_ECDSA_SIG(sig, NULL) <= (int)sizeof(der) ? i2d_ECDSA_SIG(sig, &p) : 0;
    }
    BN_free(s);
    BN_free(r);
    ECDSA_SIG_free(sig);
    return length > 0 &&
           EVP_PKEY_verify(a->verify_ctx, der, (size_t)length, st->in, st->b->sizes[0]) == 1;
}

/* Deterministic results (EdDSA and PKCS#1 v1.5 signatures, shared secrets,
 * derived bytes): kpsa's bytes equal libcrypto's. */
static bool same_result(struct bench_state *st)
{
    struct asym_state *a = st->asym;
    uint8_t kpsa[sizeof(a->out)];
    size_t length = a->out_length;

    if (st->b->psa == call_sign_hash || st->b->psa == call_sign_message) {
        return length == a->evp_sig_length && memcmp(a->out, a->evp_sig, length) == 0;
    }
    memcpy(kpsa, a->out, length);
    return st->b->evp[0].run(st, st->b->sizes[0]) == 0 && memcmp(a->out, kpsa, length) == 0;
}

/*
 * One kpsa call checked against libcrypto before anything is timed, so that
 * a fast but wrong implementation shows as an error, never as a number:
 * signatures verify with libcrypto or equal its own, verification rejects a
 * corrupted signature, shared secrets and derived bytes equal libcrypto's.
 * A failing kpsa call is left to the timed run to report.
 */
static void cross_check(struct bench_state *st)
{
    struct asym_state *a = st->asym;
    bool verify = st->b->psa == call_verify_hash || st->b->psa == call_verify_message;
    bool good = true;

    if (a->psa_status != PSA_SUCCESS || st->b->psa(st, st->b->sizes[0]) != PSA_SUCCESS) {
        return;
    }
    if (verify) {
        a->sig[a->sig_length - 1] ^= 1;
        good = st->b->psa(st, st->b->sizes[0]) == PSA_ERROR_INVALID_SIGNATURE;
        a->sig[a->sig_length - 1] ^= 1;
    } else if (st->b->psa == call_sign_hash && PSA_KEY_TYPE_IS_ECC(st->b->key_type)) {
        good = ecdsa_verified(st);
    } else {
        good = same_result(st);
    }
    if (!good) {
        fprintf(stderr, "kpsa speed: %s: kpsa's result disagrees with libcrypto's\n",
                st->b->name);
        a->psa_status = PSA_ERROR_CORRUPTION_DETECTED;
    }
}

/* ---- setup and teardown ------------------------------------------------- */

static void teardown_asym(struct bench_state *st)
{
    struct asym_state *a = st->asym;

    if (a != NULL) {
        if (a->pub_key != PSA_KEY_ID_NULL) {
            tool_ignore(psa_destroy_key(a->pub_key));
        }
        EVP_KDF_CTX_free(a->kdf_ctx);
        EVP_KDF_free(a->kdf);
        EVP_MD_CTX_free(a->verify_md_ctx);
        EVP_MD_CTX_free(a->sign_md_ctx);
        EVP_MD_CTX_free(a->md_ctx);
        EVP_PKEY_CTX_free(a->agreed_ctx);
        EVP_PKEY_CTX_free(a->derive_ctx);
        EVP_PKEY_CTX_free(a->verify_ctx);
        EVP_PKEY_CTX_free(a->sign_ctx);
        EVP_PKEY_free(a->pkey);
        OPENSSL_cleanse(a, sizeof(*a));
        free(a);
    }
    st->asym = NULL;
    teardown(st);
}

/* The asymmetric state, and a fixed input (the hash or message signed). */
static int asym_open(struct bench_state *st)
{
    st->asym = calloc(1, sizeof(*st->asym));
    if (st->asym == NULL) {
        return -1;
    }
    for (size_t i = 0; st->b->sizes[0] <= 64 && i < st->b->sizes[0]; i++) {
        st->in[i] = (uint8_t)(0x3c ^ (7 * i));
    }
    st->asym->psa_status = PSA_SUCCESS;
    return 0;
}

/* The signature kpsa verifies: ECDSA's DER (r, s) as PSA's r || s. */
static int psa_signature(struct asym_state *a, psa_key_type_t type, size_t bits)
{
    const unsigned char *p = a->evp_sig;
    ECDSA_SIG *sig = NULL;
    size_t n = PSA_BITS_TO_BYTES(bits);
    int rc = -1;

    if (!PSA_KEY_TYPE_IS_ECC(type) || key_is_raw_ecc(type)) {
        memcpy(a->sig, a->evp_sig, a->evp_sig_length);
        a->sig_length = a->evp_sig_length;
        return 0;
    }
    sig = d2i_ECDSA_SIG(NULL, &p, (long)a->evp_sig_length);
    if (sig != NULL && BN_bn2binpad(ECDSA_SIG_get0_r(sig), a->sig, (int)n) > 0 &&
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), a->sig + n, (int)n) > 0) {
        a->sig_length = 2 * n;
        rc = 0;
    }
    ECDSA_SIG_free(sig);
    return rc;
}

/* EdDSA: the three digest contexts, and the signature to verify. */
static int setup_eddsa(struct bench_state *st, struct asym_state *a)
{
    a->md_ctx = EVP_MD_CTX_new();
    a->sign_md_ctx = EVP_MD_CTX_new();
    a->verify_md_ctx = EVP_MD_CTX_new();
    if (a->md_ctx == NULL || a->sign_md_ctx == NULL || a->verify_md_ctx == NULL ||
        EVP_DigestSignInit_ex(a->sign_md_ctx, NULL, NULL, NULL, NULL, a->pkey, NULL) != 1 ||
        EVP_DigestVerifyInit_ex(a->verify_md_ctx, NULL, NULL, NULL, NULL, a->pkey, NULL) != 1) {
        return -1;
    }
    a->evp_sig_length = sizeof(a->evp_sig);
    return ok(EVP_DigestSign(a->sign_md_ctx, a->evp_sig, &a->evp_sig_length, st->in,
                             st->b->sizes[0]));
}

/* Signatures: both prepared contexts, and a signature made by libcrypto for
 * the verify rows (so they do not depend on psa_sign_*). */
static int setup_sign(struct bench_state *st)
{
    struct asym_state *a = NULL;
    OSSL_PARAM *p = NULL;

    if (asym_open(st) != 0 || make_keys(st, true) != 0) {
        return -1;
    }
    a = st->asym;
    if (key_is_raw_ecc(st->b->key_type)) {
        if (setup_eddsa(st, a) != 0 || psa_signature(a, st->b->key_type, st->b->key_bits) != 0) {
            return -1;
        }
        cross_check(st);
        return 0;
    }
    p = a->sign_params;
    if (PSA_KEY_TYPE_IS_RSA(st->b->key_type)) {
        snprintf(a->pad_mode, sizeof(a->pad_mode), "%s", OSSL_PKEY_RSA_PAD_MODE_PKCSV15);
        snprintf(a->digest, sizeof(a->digest), "%s", st->b->evp_sub);
        *p++ = OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PAD_MODE, a->pad_mode, 0);
        *p++ = OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_DIGEST, a->digest, 0);
    }
    *p = OSSL_PARAM_construct_end();
    a->sign_ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    a->verify_ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    a->evp_sig_length = sizeof(a->evp_sig);
    if (a->sign_ctx == NULL || a->verify_ctx == NULL ||
        EVP_PKEY_sign_init_ex(a->sign_ctx, a->sign_params) != 1 ||
        EVP_PKEY_verify_init_ex(a->verify_ctx, a->sign_params) != 1 ||
        EVP_PKEY_sign(a->sign_ctx, a->evp_sig, &a->evp_sig_length, st->in, st->b->sizes[0]) != 1 ||
        psa_signature(a, st->b->key_type, st->b->key_bits) != 0) {
        return -1;
    }
    cross_check(st);
    return 0;
}

/* Agreement: a second key pair is the peer, its public key given as bytes. */
static int setup_agreement(struct bench_state *st)
{
    struct asym_state *a = NULL;
    EVP_PKEY *peer = NULL;
    int rc = -1;

    if (asym_open(st) != 0 || make_keys(st, false) != 0) {
        return -1;
    }
    a = st->asym;
    peer = key_generate(st->b);
    a->derive_ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    a->agreed_ctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    if (peer != NULL && a->derive_ctx != NULL && a->agreed_ctx != NULL &&
        key_export_psa(peer, st->b->key_type, false, a->peer_pub, sizeof(a->peer_pub),
                   &a->pub_length) == 0 &&
        EVP_PKEY_derive_init(a->derive_ctx) == 1 && EVP_PKEY_derive_init(a->agreed_ctx) == 1 &&
        EVP_PKEY_derive_set_peer(a->agreed_ctx, peer) == 1) {
        rc = 0;
        cross_check(st);
    }
    EVP_PKEY_free(peer);
    return rc;
}

/* HKDF and PBKDF2: the secret (password) imported, the KDF fetched, the
 * reused context given its digest. */
static int setup_kdf(struct bench_state *st)
{
    struct asym_state *a = NULL;
    OSSL_PARAM *p = NULL;

    if (asym_open(st) != 0) {
        return -1;
    }
    a = st->asym;
    for (size_t i = 0; i < SECRET_LEN; i++) {
        a->secret[i] = (uint8_t)(0xa5 ^ (13 * i));
        a->info[i % INFO_LEN] = (uint8_t)i;
        a->salt[i % SALT_LEN] = (uint8_t)(0x5a + i);
    }
    import_psa(st, st->b->key_type, a->secret, SECRET_LEN, &st->key);
    snprintf(a->digest, sizeof(a->digest), "%s", st->b->evp_sub);
    p = a->kdf_params;
    *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, a->digest, 0);
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, a->secret, SECRET_LEN);
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, a->salt, SALT_LEN);
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, a->info, INFO_LEN);
    *p = OSSL_PARAM_construct_end();
    a->kdf = EVP_KDF_fetch(NULL, st->b->evp_name, NULL);
    a->kdf_ctx = a->kdf != NULL ? EVP_KDF_CTX_new(a->kdf) : NULL;
    if (a->kdf_ctx == NULL) {
        return -1;
    }
    /* Only the digest: the rest of kdf_params are HKDF's inputs. */
    a->kdf_params[1] = OSSL_PARAM_construct_end();
    if (EVP_KDF_CTX_set_params(a->kdf_ctx, a->kdf_params) != 1) {
        return -1;
    }
    a->kdf_params[1] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, a->secret,
                                                         SECRET_LEN);
    cross_check(st);
    return 0;
}

/* ---- the descriptors ---------------------------------------------------- */

static const size_t hash_size[] = {32, 0};
static const size_t message_size[] = {64, 0};
static const size_t secret_size[] = {32, 0};
static const size_t pbkdf2_cost[] = {10000, 0};
static const char asym_section[] =
    "Asymmetric operations (bytes: the hash or message signed, or the shared secret):";
static const char kdf_section[] =
    "Key derivation (HKDF: setup to abort, bytes: output; PBKDF2: per iteration, 32-byte output):";

#define SIGN_BASELINES                                                                       \
    {{"EVP_PKEY_CTX per call", evp_sign_per_call}, {"EVP_PKEY_CTX reused", evp_sign_reused}}
#define VERIFY_BASELINES                                                                     \
    {{"EVP_PKEY_CTX per call", evp_verify_per_call},                                         \
     {"EVP_PKEY_CTX reused", evp_verify_reused}}
#define EDDSA_SIGN_BASELINES                                                                 \
    {{"DigestSignInit per call", evp_eddsa_sign_per_call},                                   \
     {"EVP_MD_CTX reused", evp_eddsa_sign_reused}}
#define EDDSA_VERIFY_BASELINES                                                               \
    {{"DigestVerifyInit per call", evp_eddsa_verify_per_call},                               \
     {"EVP_MD_CTX reused", evp_eddsa_verify_reused}}
#define AGREE_BASELINES                                                                      \
    {{"peer decoded per call", evp_derive_per_call},                                         \
     {"peer prepared once", evp_derive_prepared}}

#define SIGN(name, alg, type, bits, evp, sub, sizes, call, baselines)                        \
    {name, asym_section, UNIT_CALLS, alg, type, bits, evp, sub, sizes, setup_sign,           \
     teardown_asym, call, baselines}
#define P256 PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)
#define ED25519 PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS)
#define RSA_PKCS1_SHA256 PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)

const struct bench speed_asym_benches[] = {
    SIGN("ECDSA-P256 sign", PSA_ALG_ECDSA(PSA_ALG_SHA_256), P256, 256, "EC", "P-256", hash_size,
         call_sign_hash, SIGN_BASELINES),
    SIGN("ECDSA-P256 verify", PSA_ALG_ECDSA(PSA_ALG_SHA_256), P256, 256, "EC", "P-256",
         hash_size, call_verify_hash, VERIFY_BASELINES),
    SIGN("Ed25519 sign", PSA_ALG_PURE_EDDSA, ED25519, 255, "ED25519", NULL, message_size,
         call_sign_message, EDDSA_SIGN_BASELINES),
    SIGN("Ed25519 verify", PSA_ALG_PURE_EDDSA, ED25519, 255, "ED25519", NULL, message_size,
         call_verify_message, EDDSA_VERIFY_BASELINES),
    SIGN("RSA-2048 sign", RSA_PKCS1_SHA256, PSA_KEY_TYPE_RSA_KEY_PAIR, 2048, "RSA", "SHA2-256",
         hash_size, call_sign_hash, SIGN_BASELINES),
    SIGN("RSA-2048 verify", RSA_PKCS1_SHA256, PSA_KEY_TYPE_RSA_KEY_PAIR, 2048, "RSA",
         "SHA2-256", hash_size, call_verify_hash, VERIFY_BASELINES),
    {"ECDH-P256", asym_section, UNIT_CALLS, PSA_ALG_ECDH, P256, 256, "EC", "P-256", secret_size,
     setup_agreement, teardown_asym, call_agreement, AGREE_BASELINES},
    {"X25519", asym_section, UNIT_CALLS, PSA_ALG_ECDH,
     PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), 255, "X25519", NULL, secret_size,
     setup_agreement, teardown_asym, call_agreement, AGREE_BASELINES},
    {"HKDF-SHA-256", kdf_section, UNIT_CALLS, PSA_ALG_HKDF(PSA_ALG_SHA_256), PSA_KEY_TYPE_DERIVE,
     256, "HKDF", "SHA2-256", secret_size, setup_kdf, teardown_asym, call_hkdf,
     {{"EVP_KDF_CTX per call", evp_kdf_per_call}, {"EVP_KDF_CTX reused", evp_kdf_reused}}},
    {"PBKDF2-HMAC-SHA-256", kdf_section, UNIT_ITERATIONS, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256),
     PSA_KEY_TYPE_PASSWORD, 256, "PBKDF2", "SHA2-256", pbkdf2_cost, setup_kdf, teardown_asym,
     call_pbkdf2,
     {{"PKCS5_PBKDF2_HMAC", evp_pbkdf2_classic}, {"EVP_KDF_CTX reused", evp_pbkdf2_reused}}},
};

const size_t speed_asym_count = sizeof(speed_asym_benches) / sizeof(speed_asym_benches[0]);
