/*
 * test_agreement.c - key agreement through the public API: known answers
 * (vectors/agreement.h: NIST CAVP ECC CDH, RFC 5903, RFC 7027, RFC 7748,
 * Wycheproof valid and invalid peer keys), round trips on every curve and
 * RFC 7919 group (both sides agree), refused peer values, output buffer and
 * policy checks.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "vectors/agreement.h"

#define VECTOR_COUNT (sizeof(agree_vectors) / sizeof(agree_vectors[0]))

/* Largest shared secret / public key: ffdhe8192. */
#define MAX_SECRET 1024

static psa_key_id_t import_pair(psa_key_type_t type, size_t bits, const struct kt_buf *priv,
                                psa_key_usage_t usage, psa_algorithm_t alg, psa_status_t *status)
{
    psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t id = PSA_KEY_ID_NULL;

    psa_set_key_type(&attr, type);
    psa_set_key_bits(&attr, bits);
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, alg);
    *status = psa_import_key(&attr, priv->data, priv->len, &id);
    return id;
}

static void run_vector(const struct agree_vector *v)
{
    struct kt_buf priv = kt_hex(v->priv), peer = kt_hex(v->peer);
    struct kt_buf want = kt_hex(v->shared != NULL ? v->shared : "");
    uint8_t out[MAX_SECRET];
    size_t length = 0;
    psa_status_t status;
    psa_key_id_t id = import_pair(v->type, v->bits, &priv, PSA_KEY_USAGE_DERIVE, v->alg, &status);

    if (kt_supported(status, v->source)) {
        KT_ASSERT_SUCCESS(status);
        status = psa_raw_key_agreement(v->alg, id, peer.data, peer.len, out, sizeof(out), &length);
        if (status != (v->shared != NULL ? PSA_SUCCESS : v->status)) {
            fprintf(stderr, "%s: ", v->source);
        }
        if (v->shared != NULL) {
            KT_ASSERT_SUCCESS(status);
            KT_ASSERT_BYTES(out, length, want.data, want.len);
        } else {
            KT_ASSERT_STATUS(status, v->status);
            CU_ASSERT_EQUAL(length, 0);
        }
    }
    (void)psa_destroy_key(id);
    kt_buf_free(&want);
    kt_buf_free(&peer);
    kt_buf_free(&priv);
}

static void test_vectors(void)
{
    for (size_t i = 0; i < VECTOR_COUNT; i++) {
        run_vector(&agree_vectors[i]);
    }
}

/* ---- round trips ------------------------------------------------------------------ */

static psa_key_id_t generate(psa_key_type_t type, size_t bits, psa_algorithm_t alg)
{
    psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t id = PSA_KEY_ID_NULL;

    psa_set_key_type(&attr, type);
    psa_set_key_bits(&attr, bits);
    psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_DERIVE);
    psa_set_key_algorithm(&attr, alg);
    KT_ASSERT_SUCCESS(psa_generate_key(&attr, &id));
    return id;
}

/* Two generated key pairs agree on one secret of the specified length. */
static void round_trip(psa_key_type_t type, size_t bits, psa_algorithm_t alg)
{
    static uint8_t pub_a[MAX_SECRET + 1], pub_b[MAX_SECRET + 1];
    static uint8_t ab[MAX_SECRET], ba[MAX_SECRET];
    size_t la = 0, lb = 0, lab = 0, lba = 0;
    psa_key_id_t a = generate(type, bits, alg), b = generate(type, bits, alg);

    KT_ASSERT_SUCCESS(psa_export_public_key(a, pub_a, sizeof(pub_a), &la));
    KT_ASSERT_SUCCESS(psa_export_public_key(b, pub_b, sizeof(pub_b), &lb));
    KT_ASSERT_SUCCESS(psa_raw_key_agreement(alg, a, pub_b, lb, ab, sizeof(ab), &lab));
    KT_ASSERT_SUCCESS(psa_raw_key_agreement(alg, b, pub_a, la, ba, sizeof(ba), &lba));
    CU_ASSERT_EQUAL(lab, PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(type, bits));
    KT_ASSERT_BYTES(ab, lab, ba, lba);
    (void)psa_destroy_key(a);
    (void)psa_destroy_key(b);
}

static void test_round_trip_ecdh(void)
{
    static const struct {
        psa_ecc_family_t family;
        size_t bits;
    } curves[] = {
        {PSA_ECC_FAMILY_SECP_R1, 192},        {PSA_ECC_FAMILY_SECP_R1, 224},
        {PSA_ECC_FAMILY_SECP_R1, 256},        {PSA_ECC_FAMILY_SECP_R1, 384},
        {PSA_ECC_FAMILY_SECP_R1, 521},        {PSA_ECC_FAMILY_SECP_K1, 256},
        {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 256}, {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 384},
        {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 512}, {PSA_ECC_FAMILY_MONTGOMERY, 255},
        {PSA_ECC_FAMILY_MONTGOMERY, 448},
    };

    for (size_t i = 0; i < sizeof(curves) / sizeof(curves[0]); i++) {
        round_trip(PSA_KEY_TYPE_ECC_KEY_PAIR(curves[i].family), curves[i].bits, PSA_ALG_ECDH);
    }
}

static void test_round_trip_ffdh(void)
{
    static const size_t sizes[] = {2048, 3072, 4096, 6144, 8192};

    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        round_trip(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), sizes[i], PSA_ALG_FFDH);
    }
}

/* ---- refused peers, buffers, policy ---------------------------------------------- */

static psa_status_t agree_hex(psa_key_id_t id, psa_algorithm_t alg, const char *peer_hex,
                              size_t out_size)
{
    struct kt_buf peer = kt_hex(peer_hex);
    uint8_t out[MAX_SECRET];
    size_t length = 99;
    psa_status_t status =
        psa_raw_key_agreement(alg, id, peer.data, peer.len, out, out_size, &length);

    if (status != PSA_SUCCESS) {
        CU_ASSERT_EQUAL(length, 0);
    }
    kt_buf_free(&peer);
    return status;
}

/* FFDH peer values outside 1 < y < p - 1 (and y >= p) are refused. */
static void test_ffdh_peer_range(void)
{
    psa_key_id_t id = generate(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), 2048, PSA_ALG_FFDH);
    char small[2 * 256 + 1], ones[2 * 256 + 1], longer[2 * 257 + 1];

    memset(small, '0', sizeof(small) - 1);
    small[sizeof(small) - 1] = '\0';
    memset(ones, 'f', sizeof(ones) - 1);
    ones[sizeof(ones) - 1] = '\0';
    memset(longer, '0', sizeof(longer) - 1);
    longer[sizeof(longer) - 2] = '2';
    longer[sizeof(longer) - 1] = '\0';
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, small, MAX_SECRET), PSA_ERROR_INVALID_ARGUMENT);
    small[sizeof(small) - 2] = '1';
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, small, MAX_SECRET), PSA_ERROR_INVALID_ARGUMENT);
    small[sizeof(small) - 2] = '2';
    KT_ASSERT_SUCCESS(agree_hex(id, PSA_ALG_FFDH, small, MAX_SECRET));
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, ffdhe2048_p_minus_1, MAX_SECRET),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, ffdhe2048_p, MAX_SECRET),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, ones, MAX_SECRET), PSA_ERROR_INVALID_ARGUMENT);
    /* Peer values of other than p's length (the export format's). */
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, "02", MAX_SECRET), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, longer, MAX_SECRET), PSA_ERROR_INVALID_ARGUMENT);
    (void)psa_destroy_key(id);
}

/* The CAVP P-256 key with malformed peers: wrong lengths, encoding byte,
 * and a too-small output buffer. */
static void test_ecdh_malformed(void)
{
    const struct agree_vector *v = &agree_vectors[0];
    struct kt_buf priv = kt_hex(v->priv);
    psa_status_t status;
    psa_key_id_t id =
        import_pair(v->type, v->bits, &priv, PSA_KEY_USAGE_DERIVE, PSA_ALG_ECDH, &status);
    char peer[2 * 65 + 1];

    CU_ASSERT_EQUAL_FATAL(v->bits, 256);
    KT_ASSERT_SUCCESS(status);
    strcpy(peer, v->peer);
    KT_ASSERT_SUCCESS(agree_hex(id, PSA_ALG_ECDH, peer, 32));
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_ECDH, peer, 31), PSA_ERROR_BUFFER_TOO_SMALL);
    peer[1] = '5'; /* 0x05: no such encoding */
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_ECDH, peer, 32), PSA_ERROR_INVALID_ARGUMENT);
    peer[1] = '4';
    peer[2 * 64] = '\0'; /* 64 bytes */
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_ECDH, peer, 32), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_ECDH, "", 32), PSA_ERROR_INVALID_ARGUMENT);
    /* FFDH is not the key's permitted algorithm: the policy refuses it first. */
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_FFDH, v->peer, 32), PSA_ERROR_NOT_PERMITTED);
    (void)psa_destroy_key(id);
    kt_buf_free(&priv);
}

/* A key pair without PSA_KEY_USAGE_DERIVE may not agree. */
static void test_policy(void)
{
    const struct agree_vector *v = &agree_vectors[0];
    struct kt_buf priv = kt_hex(v->priv);
    psa_status_t status;
    psa_key_id_t id =
        import_pair(v->type, v->bits, &priv, PSA_KEY_USAGE_EXPORT, PSA_ALG_ECDH, &status);

    KT_ASSERT_SUCCESS(status);
    KT_ASSERT_STATUS(agree_hex(id, PSA_ALG_ECDH, v->peer, 32), PSA_ERROR_NOT_PERMITTED);
    (void)psa_destroy_key(id);
    kt_buf_free(&priv);
}

/* The same persistent-state key used many times (the prepared contexts are
 * reused) keeps giving the published answer, valid and invalid peers mixed. */
static void test_reuse(void)
{
    const struct agree_vector *v = &agree_vectors[0];
    struct kt_buf priv = kt_hex(v->priv), want = kt_hex(v->shared);
    uint8_t out[32];
    size_t length = 0;
    psa_status_t status;
    psa_key_id_t id =
        import_pair(v->type, v->bits, &priv, PSA_KEY_USAGE_DERIVE, PSA_ALG_ECDH, &status);

    KT_ASSERT_SUCCESS(status);
    for (int i = 0; i < 20; i++) {
        struct kt_buf peer = kt_hex(v->peer);
        if (i % 3 == 1) {
            peer.data[10] ^= 1; /* off the curve */
            KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, id, peer.data, peer.len, out,
                                                   sizeof(out), &length),
                             PSA_ERROR_INVALID_ARGUMENT);
        } else {
            KT_ASSERT_SUCCESS(psa_raw_key_agreement(PSA_ALG_ECDH, id, peer.data, peer.len, out,
                                                    sizeof(out), &length));
            KT_ASSERT_BYTES(out, length, want.data, want.len);
        }
        kt_buf_free(&peer);
    }
    (void)psa_destroy_key(id);
    kt_buf_free(&want);
    kt_buf_free(&priv);
}

static const kt_test agreement_tests[] = {
    {"known answers and Wycheproof peers", test_vectors},
    {"ECDH round trip on every curve", test_round_trip_ecdh},
    {"FFDH round trip on every RFC 7919 group", test_round_trip_ffdh},
    {"FFDH peer range", test_ffdh_peer_range},
    {"ECDH malformed peers and buffer size", test_ecdh_malformed},
    {"policy: DERIVE usage", test_policy},
    {"prepared contexts reused", test_reuse},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("key agreement", agreement_tests);
    return kt_run(argc, argv);
}
