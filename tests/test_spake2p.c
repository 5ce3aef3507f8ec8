/*
 * test_spake2p.c - SPAKE2+ (PSA_ALG_SPAKE2P_HMAC / _CMAC / _MATTER) and the
 * SPAKE2+ key types.
 *
 * Suites:
 *  - "SPAKE2+ known answers": the computations of lib/builtin/spake2p.c,
 *    compiled into this program (libkpsa hides them), fed with the fixed
 *    scalars x and y of the published vectors (vectors/spake2p.h): L, both
 *    shares, Z and V from either side, TT, K_main, the confirmation keys and
 *    values, K_shared; and the share validation.
 *  - "SPAKE2+ key functions": lib/builtin/spake2p_key.c directly: import
 *    validation, the public key, derivation from a stream.
 *  - "SPAKE2+ keys" and "SPAKE2+ protocol" (test_spake2p_api.c): the same
 *    through the public API.
 */
#include "config.h"

#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include <openssl/bn.h>

#include "builtin/spake2p.h"
#include "vectors/spake2p.h"

/* Shared with test_spake2p_api.c. */
extern const char p256_order[];
struct kt_buf pair_data(void);
struct kt_buf public_data(void);
void import_negatives(psa_status_t (*import)(psa_key_type_t, size_t, const uint8_t *, size_t));
void test_spake2p_api_suites(void);

#define VECTOR_COUNT (sizeof(spake2p_vectors) / sizeof(spake2p_vectors[0]))
#define PAIR_TYPE    PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)
#define PUBLIC_TYPE  PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1)

/* The order n of P-256 (SEC 2 version 2.0, section 2.4.2). */
const char p256_order[] = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";

/* A vector's values, decoded. */
struct decoded {
    struct kt_buf w0, w1, l, x, share_p, y, share_v, z, v, tt;
    struct kt_buf k_main, k_confirm_p, k_confirm_v, confirm_p, confirm_v, k_shared;
};

static void decode(const struct spake2p_vector *t, struct decoded *d)
{
    d->w0 = kt_hex(t->w0);
    d->w1 = kt_hex(t->w1);
    d->l = kt_hex(t->l);
    d->x = kt_hex(t->x);
    d->share_p = kt_hex(t->share_p);
    d->y = kt_hex(t->y);
    d->share_v = kt_hex(t->share_v);
    d->z = kt_hex(t->z);
    d->v = kt_hex(t->v);
    d->tt = kt_hex(t->tt);
    d->k_main = kt_hex(t->k_main);
    d->k_confirm_p = kt_hex(t->k_confirm_p);
    d->k_confirm_v = kt_hex(t->k_confirm_v);
    d->confirm_p = kt_hex(t->confirm_p);
    d->confirm_v = kt_hex(t->confirm_v);
    d->k_shared = kt_hex(t->k_shared);
}

static void decoded_free(struct decoded *d)
{
    struct kt_buf *all[] = {&d->w0,          &d->w1,        &d->l,         &d->x,
                            &d->share_p,     &d->y,         &d->share_v,   &d->z,
                            &d->v,           &d->tt,        &d->k_main,    &d->k_confirm_p,
                            &d->k_confirm_v, &d->confirm_p, &d->confirm_v, &d->k_shared};

    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
        kt_buf_free(all[i]);
    }
}

/* ---- known answers of the computations ------------------------------------------ */

static void kat_points(const struct builtin_spake2p_suite *suite, const struct decoded *d)
{
    uint8_t out[BUILTIN_SPAKE2P_POINT_SIZE];
    uint8_t z[BUILTIN_SPAKE2P_POINT_SIZE];
    uint8_t v[BUILTIN_SPAKE2P_POINT_SIZE];

    KT_ASSERT_SUCCESS(builtin_spake2p_l(suite->group, d->w1.data, out));
    KT_ASSERT_BYTES(out, sizeof(out), d->l.data, d->l.len);
    KT_ASSERT_SUCCESS(builtin_spake2p_share(suite->group, true, d->w0.data, d->x.data, out));
    KT_ASSERT_BYTES(out, sizeof(out), d->share_p.data, d->share_p.len);
    KT_ASSERT_SUCCESS(builtin_spake2p_share(suite->group, false, d->w0.data, d->y.data, out));
    KT_ASSERT_BYTES(out, sizeof(out), d->share_v.data, d->share_v.len);
    KT_ASSERT_SUCCESS(builtin_spake2p_check_share(suite->group, true, d->w0.data, d->share_p.data,
                                                  d->share_p.len));
    KT_ASSERT_SUCCESS(builtin_spake2p_check_share(suite->group, false, d->w0.data, d->share_v.data,
                                                  d->share_v.len));
    /* The prover's Z and V, then the verifier's. */
    KT_ASSERT_SUCCESS(builtin_spake2p_zv(suite->group, true, d->w0.data, d->x.data, d->w1.data,
                                         d->share_v.data, z, v));
    KT_ASSERT_BYTES(z, sizeof(z), d->z.data, d->z.len);
    KT_ASSERT_BYTES(v, sizeof(v), d->v.data, d->v.len);
    KT_ASSERT_SUCCESS(builtin_spake2p_zv(suite->group, false, d->w0.data, d->y.data, d->l.data,
                                         d->share_p.data, z, v));
    KT_ASSERT_BYTES(z, sizeof(z), d->z.data, d->z.len);
    KT_ASSERT_BYTES(v, sizeof(v), d->v.data, d->v.len);
}

static void kat_schedule(const struct spake2p_vector *t, const struct builtin_spake2p_suite *suite,
                         const struct decoded *d)
{
    struct builtin_spake2p_transcript in = {
        .has_context = true,
        .context = (const uint8_t *)t->context,
        .context_length = strlen(t->context),
        .id_prover = (const uint8_t *)t->id_prover,
        .id_prover_length = strlen(t->id_prover),
        .id_verifier = (const uint8_t *)t->id_verifier,
        .id_verifier_length = strlen(t->id_verifier),
        .share_p = d->share_p.data,
        .share_v = d->share_v.data,
        .z = d->z.data,
        .v = d->v.data,
        .w0 = d->w0.data,
    };
    struct builtin_spake2p_keys keys;
    uint8_t *tt = NULL;
    size_t tt_length = 0;

    KT_ASSERT_SUCCESS(builtin_spake2p_transcript_encode(&in, &tt, &tt_length));
    KT_ASSERT_BYTES(tt, tt_length, d->tt.data, d->tt.len);
    OPENSSL_clear_free(tt, tt_length);
    /* The key schedule from the published TT. */
    KT_ASSERT_SUCCESS(builtin_spake2p_schedule(suite, d->tt.data, d->tt.len, d->share_p.data,
                                               d->share_v.data, &keys));
    KT_ASSERT_BYTES(keys.k_main, suite->hash_length, d->k_main.data, d->k_main.len);
    KT_ASSERT_BYTES(keys.k_confirm_p, suite->confirm_key_length, d->k_confirm_p.data,
                    d->k_confirm_p.len);
    KT_ASSERT_BYTES(keys.k_confirm_v, suite->confirm_key_length, d->k_confirm_v.data,
                    d->k_confirm_v.len);
    KT_ASSERT_BYTES(keys.confirm_p, suite->confirm_length, d->confirm_p.data, d->confirm_p.len);
    KT_ASSERT_BYTES(keys.confirm_v, suite->confirm_length, d->confirm_v.data, d->confirm_v.len);
    KT_ASSERT_BYTES(keys.k_shared, suite->shared_length, d->k_shared.data, d->k_shared.len);
}

static void test_kat_vectors(void)
{
    for (size_t i = 0; i < VECTOR_COUNT; i++) {
        const struct spake2p_vector *t = &spake2p_vectors[i];
        struct builtin_spake2p_suite suite;
        struct decoded d;

        if (!kt_supported(builtin_spake2p_suite_get(t->alg, &suite), t->source)) {
            continue;
        }
        decode(t, &d);
        kat_points(&suite, &d);
        kat_schedule(t, &suite, &d);
        decoded_free(&d);
    }
}

/* The transcript without a context omits it and its length (ops/pake.rst). */
static void test_kat_no_context(void)
{
    struct decoded d;
    struct builtin_spake2p_transcript in = {0};
    uint8_t *tt = NULL;
    size_t tt_length = 0;
    size_t context_part = 8 + strlen(spake2p_vectors[0].context);

    decode(&spake2p_vectors[0], &d);
    in.id_prover = (const uint8_t *)spake2p_vectors[0].id_prover;
    in.id_prover_length = strlen(spake2p_vectors[0].id_prover);
    in.id_verifier = (const uint8_t *)spake2p_vectors[0].id_verifier;
    in.id_verifier_length = strlen(spake2p_vectors[0].id_verifier);
    in.share_p = d.share_p.data;
    in.share_v = d.share_v.data;
    in.z = d.z.data;
    in.v = d.v.data;
    in.w0 = d.w0.data;
    KT_ASSERT_SUCCESS(builtin_spake2p_transcript_encode(&in, &tt, &tt_length));
    KT_ASSERT_BYTES(tt, tt_length, d.tt.data + context_part, d.tt.len - context_part);
    OPENSSL_clear_free(tt, tt_length);
    decoded_free(&d);
}

static void test_kat_unsupported(void)
{
    static const psa_algorithm_t algs[] = {
        PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_512),
        PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_512),
        PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_384),
        PSA_ALG_JPAKE(PSA_ALG_SHA_256),
        PSA_ALG_NONE,
    };
    struct builtin_spake2p_suite suite;

    for (size_t i = 0; i < sizeof(algs) / sizeof(algs[0]); i++) {
        KT_ASSERT_STATUS(builtin_spake2p_suite_get(algs[i], &suite), PSA_ERROR_NOT_SUPPORTED);
    }
}

/* Received shares that are not valid points, or that would make Z and V the
 * identity (X = w0*M, Y = w0*N), are PSA_ERROR_INVALID_ARGUMENT. */
static void test_kat_bad_shares(void)
{
    struct builtin_spake2p_suite suite;
    struct decoded d;
    uint8_t bad[BUILTIN_SPAKE2P_POINT_SIZE + 1];
    uint8_t zero[BUILTIN_SPAKE2P_SCALAR_SIZE] = {0};
    const uint8_t identity = 0x00;

    KT_ASSERT_SUCCESS(builtin_spake2p_suite_get(spake2p_vectors[0].alg, &suite));
    decode(&spake2p_vectors[0], &d);
    for (int peer_is_prover = 0; peer_is_prover < 2; peer_is_prover++) {
        const struct kt_buf *share = peer_is_prover ? &d.share_p : &d.share_v;

        memcpy(bad, share->data, share->len);
        bad[64] ^= 0x01; /* y no longer matches x: off the curve */
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, bad, 65),
            PSA_ERROR_INVALID_ARGUMENT);
        memcpy(bad, share->data, share->len);
        bad[0] = 0x06; /* hybrid encoding */
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, bad, 65),
            PSA_ERROR_INVALID_ARGUMENT);
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, share->data, 64),
            PSA_ERROR_INVALID_ARGUMENT);
        memcpy(bad, share->data, share->len);
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, bad, 66),
            PSA_ERROR_INVALID_ARGUMENT);
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, &identity, 1),
            PSA_ERROR_INVALID_ARGUMENT);
        /* 0*P + w0*M (resp. N): the blinding alone. */
        KT_ASSERT_SUCCESS(builtin_spake2p_share(suite.group, peer_is_prover, d.w0.data, zero, bad));
        KT_ASSERT_STATUS(
            builtin_spake2p_check_share(suite.group, peer_is_prover, d.w0.data, bad, 65),
            PSA_ERROR_INVALID_ARGUMENT);
    }
    decoded_free(&d);
}

static const kt_test kat_tests[] = {
    {"published vectors", test_kat_vectors},
    {"transcript without context", test_kat_no_context},
    {"unsupported algorithms", test_kat_unsupported},
    {"invalid shares", test_kat_bad_shares},
};

/* ---- key functions of spake2p_key.c, directly ------------------------------------- */

/* w0 || w1 and w0 || L of the first vector. */
struct kt_buf pair_data(void)
{
    char hex[2 * 64 + 1];

    snprintf(hex, sizeof(hex), "%s%s", spake2p_vectors[0].w0, spake2p_vectors[0].w1);
    return kt_hex(hex);
}

struct kt_buf public_data(void)
{
    char hex[2 * 97 + 1];

    snprintf(hex, sizeof(hex), "%s%s", spake2p_vectors[0].w0, spake2p_vectors[0].l);
    return kt_hex(hex);
}

static psa_status_t import_direct(psa_key_type_t type, size_t bits, const uint8_t *data,
                                  size_t length)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t buffer[128];
    size_t buffer_length = 0;
    size_t got_bits = bits;
    psa_status_t status;

    psa_set_key_type(&attributes, type);
    psa_set_key_bits(&attributes, bits);
    status = builtin_spake2p_key_import(&attributes, data, length, buffer, sizeof(buffer),
                                        &buffer_length, &got_bits);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_BYTES(buffer, buffer_length, data, length);
        CU_ASSERT_EQUAL(got_bits, 256);
    } else {
        CU_ASSERT_EQUAL(buffer_length, 0);
    }
    return status;
}

/* Every malformed key of one type: (offset, value) patches and lengths. */
void import_negatives(psa_status_t (*import)(psa_key_type_t, size_t, const uint8_t *, size_t))
{
    struct kt_buf pair = pair_data();
    struct kt_buf pub = public_data();
    struct kt_buf order = kt_hex(p256_order);
    uint8_t bad[160];

    KT_ASSERT_SUCCESS(import(PAIR_TYPE, 0, pair.data, pair.len));
    KT_ASSERT_SUCCESS(import(PAIR_TYPE, 256, pair.data, pair.len));
    KT_ASSERT_SUCCESS(import(PUBLIC_TYPE, 0, pub.data, pub.len));
    /* w0 = 0, w0 = n, w0 = 2^256 - 1; w1 likewise; w0 = n - 1 is fine. */
    for (size_t half = 0; half < 2; half++) {
        uint8_t *w = bad + 32 * half;

        memcpy(bad, pair.data, pair.len);
        memset(w, 0, 32);
        KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, pair.len), PSA_ERROR_INVALID_ARGUMENT);
        memcpy(w, order.data, 32);
        KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, pair.len), PSA_ERROR_INVALID_ARGUMENT);
        memset(w, 0xff, 32);
        KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, pair.len), PSA_ERROR_INVALID_ARGUMENT);
        memcpy(w, order.data, 32);
        w[31]--;
        KT_ASSERT_SUCCESS(import(PAIR_TYPE, 0, bad, pair.len));
    }
    memcpy(bad, pub.data, pub.len);
    memset(bad, 0, 32);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    memcpy(bad, order.data, 32);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    /* L off the curve, L compressed-prefixed, L hybrid, L all zeros. */
    memcpy(bad, pub.data, pub.len);
    bad[96] ^= 0x01;
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    memcpy(bad, pub.data, pub.len);
    bad[32] = 0x02;
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    bad[32] = 0x07;
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    memset(bad + 32, 0, 65);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    /* Wrong lengths; the length of another SECP R1 size is unsupported. */
    memcpy(bad, pub.data, pub.len);
    KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, 63), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, 65), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, 97), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, 96), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, 98), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 0, bad, 64), PSA_ERROR_INVALID_ARGUMENT);
    memset(bad, 0x11, sizeof(bad));
    KT_ASSERT_STATUS(import(PAIR_TYPE, 0, bad, 96), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import(PAIR_TYPE, 384, bad, 96), PSA_ERROR_NOT_SUPPORTED);
    /* A size that contradicts the data. */
    KT_ASSERT_STATUS(import(PAIR_TYPE, 384, pair.data, pair.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import(PUBLIC_TYPE, 255, pub.data, pub.len), PSA_ERROR_INVALID_ARGUMENT);
    /* Another curve family. */
    KT_ASSERT_STATUS(import(PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 0,
                            pair.data, pair.len),
                     PSA_ERROR_NOT_SUPPORTED);
    kt_buf_free(&order);
    kt_buf_free(&pub);
    kt_buf_free(&pair);
}

static void test_key_import_direct(void)
{
    import_negatives(import_direct);
}

static void test_key_export_public_direct(void)
{
    struct kt_buf pair = pair_data();
    struct kt_buf pub = public_data();
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t out[97];
    size_t length = 0;

    psa_set_key_type(&attributes, PAIR_TYPE);
    psa_set_key_bits(&attributes, 256);
    KT_ASSERT_SUCCESS(builtin_spake2p_key_export_public(&attributes, pair.data, pair.len, out,
                                                        sizeof(out), &length));
    KT_ASSERT_BYTES(out, length, pub.data, pub.len);
    KT_ASSERT_STATUS(
        builtin_spake2p_key_export_public(&attributes, pair.data, pair.len, out, 96, &length),
        PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(length, 0);
    psa_set_key_type(&attributes, PUBLIC_TYPE);
    KT_ASSERT_SUCCESS(builtin_spake2p_key_export_public(&attributes, pub.data, pub.len, out,
                                                        sizeof(out), &length));
    KT_ASSERT_BYTES(out, length, pub.data, pub.len);
    kt_buf_free(&pub);
    kt_buf_free(&pair);
}

/* A stream over a fixed buffer. */
struct stream {
    const uint8_t *data;
    size_t length;
    size_t used;
};

static psa_status_t stream_read(void *ctx, uint8_t *out, size_t length)
{
    struct stream *s = ctx;

    if (s->length - s->used < length) {
        return PSA_ERROR_INSUFFICIENT_DATA;
    }
    memcpy(out, s->data + s->used, length);
    s->used += length;
    return PSA_SUCCESS;
}

/* "w0s" as 40 bytes: value + k*n, built with BN from the published value. */
static void draw_of(const char *w_hex, int k, uint8_t out[40])
{
    BIGNUM *w = NULL;
    BIGNUM *n = NULL;

    CU_ASSERT_FATAL(BN_hex2bn(&w, w_hex) != 0 && BN_hex2bn(&n, p256_order) != 0);
    for (int i = 0; i < k; i++) {
        CU_ASSERT_FATAL(BN_add(w, w, n) == 1);
    }
    CU_ASSERT_FATAL(BN_bn2binpad(w, out, 40) == 40);
    BN_free(w);
    BN_free(n);
}

/* keys/types.rst: w0s and w1s are 40 bytes each, reduced modulo n. */
static void test_key_derive_direct(void)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    struct kt_buf pair = pair_data();
    uint8_t draws[5 * 40];
    uint8_t key[64];
    size_t length = 0;
    struct stream s = {draws, sizeof(draws), 0};

    psa_set_key_type(&attributes, PAIR_TYPE);
    psa_set_key_bits(&attributes, 256);
    /* w0s = w0 + n, w1s = w1 + 255n; then w0s = n (0 mod n: drawn again) and
     * w0s = w0, w1s = w1 + n. */
    draw_of(spake2p_vectors[0].w0, 1, draws);
    draw_of(spake2p_vectors[0].w1, 255, draws + 40);
    KT_ASSERT_SUCCESS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length));
    KT_ASSERT_BYTES(key, length, pair.data, pair.len);
    CU_ASSERT_EQUAL(s.used, 80);
    draw_of("0", 1, draws);
    draw_of(spake2p_vectors[0].w0, 0, draws + 40);
    draw_of(spake2p_vectors[0].w1, 1, draws + 80);
    s.used = 0;
    KT_ASSERT_SUCCESS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length));
    KT_ASSERT_BYTES(key, length, pair.data, pair.len);
    CU_ASSERT_EQUAL(s.used, 120);
    /* The stream's failure, sizes and types. */
    s.used = sizeof(draws) - 50;
    KT_ASSERT_STATUS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length),
        PSA_ERROR_INSUFFICIENT_DATA);
    CU_ASSERT_EQUAL(length, 0);
    KT_ASSERT_STATUS(builtin_spake2p_key_derive(&attributes, stream_read, &s, key, 63, &length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    psa_set_key_bits(&attributes, 384);
    KT_ASSERT_STATUS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length),
        PSA_ERROR_NOT_SUPPORTED);
    psa_set_key_bits(&attributes, 257);
    KT_ASSERT_STATUS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length),
        PSA_ERROR_INVALID_ARGUMENT);
    psa_set_key_type(&attributes, PUBLIC_TYPE);
    psa_set_key_bits(&attributes, 256);
    KT_ASSERT_STATUS(
        builtin_spake2p_key_derive(&attributes, stream_read, &s, key, sizeof(key), &length),
        PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&pair);
}

static const kt_test key_direct_tests[] = {
    {"import validation", test_key_import_direct},
    {"public key", test_key_export_public_direct},
    {"derivation from a stream", test_key_derive_direct},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();
    int result;

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    /* This program's own copies of the built-in driver's tables. */
    if (builtin_curves_init() != PSA_SUCCESS || builtin_md_table_init() != PSA_SUCCESS) {
        fprintf(stderr, "built-in tables failed\n");
        return 1;
    }
    KT_ADD_SUITE("SPAKE2+ known answers", kat_tests);
    KT_ADD_SUITE("SPAKE2+ key functions", key_direct_tests);
    test_spake2p_api_suites();
    result = kt_run(argc, argv);
    builtin_md_table_free();
    builtin_curves_free();
    return result;
}
