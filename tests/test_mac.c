/*
 * test_mac.c - known-answer tests of the PSA MAC API for every MAC algorithm
 * of the built-in driver: HMAC with each hash, CMAC with AES, TDEA, ARIA and
 * Camellia.
 *
 * Each published vector of vectors/mac.h goes through psa_mac_compute(),
 * psa_mac_verify() (matching, one bit flipped, one byte short) and multipart
 * sign and verify operations fed in several chunkings.  Full-length rows are
 * also checked truncated with PSA_ALG_TRUNCATED_MAC(): the expected value is
 * the published MAC's prefix, which is how truncation is defined (and how RFC
 * 4231 test case 5 prints it).  One CUnit test per MAC family; a family
 * without vectors, or that the library does not support, fails.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "vectors/mac.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Sizes of the update() calls of a multipart operation; 0: all at once. */
static const size_t chunkings[] = {0, 1, 3, 17, 64, 65};

/* Truncated lengths tried on full-length rows: 4 and 8 bytes, half and all
 * but one byte of the full MAC, each once, when at least MIN_TRUNCATION and
 * shorter than the full MAC.  4 is the smallest length this test assumes an
 * implementation accepts (the specification leaves the minimum to it). */
#define TRUNCATIONS 4
#define MIN_TRUNCATION 4

static size_t truncation(size_t i, size_t full)
{
    const size_t lengths[TRUNCATIONS] = {4, 8, full / 2, full - 1};
    return lengths[i];
}

static int truncation_wanted(size_t i, size_t full)
{
    size_t t = truncation(i, full);

    for (size_t j = 0; j < i; j++) {
        if (truncation(j, full) == t) {
            return 0;
        }
    }
    return t >= MIN_TRUNCATION && t < full;
}

static const psa_key_usage_t mac_usage = PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE;

static void feed(psa_mac_operation_t *op, const struct kt_buf *in, size_t chunk)
{
    size_t step = chunk == 0 ? in->len : chunk;

    if (in->len == 0) {
        KT_ASSERT_SUCCESS(psa_mac_update(op, in->data, 0));
        return;
    }
    for (size_t off = 0; off < in->len; off += step) {
        size_t n = in->len - off < step ? in->len - off : step;
        psa_status_t status = psa_mac_update(op, in->data + off, n);
        if (status != PSA_SUCCESS) {
            KT_ASSERT_SUCCESS(status);
            return;
        }
    }
}

static void check_single_part(psa_key_id_t id, psa_algorithm_t alg, const struct kt_buf *in,
                              const uint8_t *want, size_t want_len)
{
    uint8_t out[PSA_MAC_MAX_SIZE];
    uint8_t bad[PSA_MAC_MAX_SIZE];
    size_t out_len = 0;

    /* Exactly the MAC length (PSA_MAC_LENGTH(), checked by the caller) must do. */
    KT_ASSERT_SUCCESS(psa_mac_compute(id, alg, in->data, in->len, out, want_len, &out_len));
    KT_ASSERT_BYTES(out, out_len, want, want_len);
    KT_ASSERT_STATUS(psa_mac_compute(id, alg, in->data, in->len, out, want_len - 1, &out_len),
                     PSA_ERROR_BUFFER_TOO_SMALL);

    KT_ASSERT_SUCCESS(psa_mac_verify(id, alg, in->data, in->len, want, want_len));
    memcpy(bad, want, want_len);
    bad[want_len - 1] ^= 0x01;
    KT_ASSERT_STATUS(psa_mac_verify(id, alg, in->data, in->len, bad, want_len),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_mac_verify(id, alg, in->data, in->len, want, want_len - 1),
                     PSA_ERROR_INVALID_SIGNATURE);
}

static void check_multipart(psa_key_id_t id, psa_algorithm_t alg, const struct kt_buf *in,
                            const uint8_t *want, size_t want_len, size_t chunk)
{
    psa_mac_operation_t op = psa_mac_operation_init();
    uint8_t out[PSA_MAC_MAX_SIZE];
    size_t out_len = 0;

    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, id, alg));
    feed(&op, in, chunk);
    KT_ASSERT_SUCCESS(psa_mac_sign_finish(&op, out, want_len, &out_len));
    KT_ASSERT_BYTES(out, out_len, want, want_len);
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));

    KT_ASSERT_SUCCESS(psa_mac_verify_setup(&op, id, alg));
    feed(&op, in, chunk);
    KT_ASSERT_SUCCESS(psa_mac_verify_finish(&op, want, want_len));
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
}

static void check_verify_mismatch(psa_key_id_t id, psa_algorithm_t alg,
                                  const struct kt_buf *in, const uint8_t *want,
                                  size_t want_len)
{
    psa_mac_operation_t op = psa_mac_operation_init();
    uint8_t bad[PSA_MAC_MAX_SIZE];

    memcpy(bad, want, want_len);
    bad[0] ^= 0x80;
    KT_ASSERT_SUCCESS(psa_mac_verify_setup(&op, id, alg));
    feed(&op, in, 0);
    KT_ASSERT_STATUS(psa_mac_verify_finish(&op, bad, want_len), PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
}

/* An unsupported algorithm fails once, not at every check. */
static int alg_supported(psa_key_id_t id, psa_algorithm_t alg, const char *source)
{
    psa_mac_operation_t op = psa_mac_operation_init();
    int supported = kt_supported(psa_mac_sign_setup(&op, id, alg), source);

    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
    return supported;
}

/* Every check of one (key, algorithm, expected MAC); `all_chunkings` false
 * restricts the multipart checks to two chunkings.  Returns 0 when the
 * algorithm is not supported. */
static int check_mac(const struct mac_vector *v, const struct kt_buf *key, psa_algorithm_t alg,
                     const struct kt_buf *in, const uint8_t *want, size_t want_len,
                     int all_chunkings)
{
    psa_key_id_t id = kt_import(v->key_type, key->data, key->len, mac_usage, alg);
    size_t nchunk = all_chunkings ? ARRAY_LENGTH(chunkings) : 2;

    if (!alg_supported(id, alg, v->source)) {
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        return 0;
    }
    CU_ASSERT_EQUAL(PSA_MAC_LENGTH(v->key_type, PSA_BYTES_TO_BITS(key->len), alg), want_len);
    check_single_part(id, alg, in, want, want_len);
    for (size_t i = 0; i < nchunk; i++) {
        check_multipart(id, alg, in, want, want_len, chunkings[i]);
    }
    check_verify_mismatch(id, alg, in, want, want_len);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    return 1;
}

static void run_row(const struct mac_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    struct kt_buf key = kt_hex(v->key);
    struct kt_buf in = kt_hex(v->input);
    struct kt_buf want = kt_hex(v->mac);
    psa_algorithm_t full_alg = PSA_ALG_FULL_LENGTH_MAC(v->alg);
    size_t full = PSA_MAC_LENGTH(v->key_type, PSA_BYTES_TO_BITS(key.len), full_alg);
    int supported = check_mac(v, &key, v->alg, &in, want.data, want.len, 1);

    /* Truncations of the published full-length MAC: its prefixes. */
    for (size_t i = 0; supported && want.len == full && i < TRUNCATIONS; i++) {
        if (truncation_wanted(i, full)) {
            size_t t = truncation(i, full);
            (void)check_mac(v, &key, PSA_ALG_TRUNCATED_MAC(full_alg, t), &in, want.data, t, 0);
        }
    }
    if (CU_get_number_of_failures() != failures) {
        fprintf(stderr, "    (vector: %s)\n", v->source);
    }
    kt_buf_free(&key);
    kt_buf_free(&in);
    kt_buf_free(&want);
}

/* Run every row of one MAC family; a family without rows is a failure. */
static void run_family(psa_key_type_t key_type, psa_algorithm_t full_alg)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(mac_vectors); i++) {
        const struct mac_vector *v = &mac_vectors[i];
        if (v->key_type == key_type && PSA_ALG_FULL_LENGTH_MAC(v->alg) == full_alg) {
            run_row(v);
            rows++;
        }
    }
    CU_ASSERT(rows > 0);
}

#define MAC_TEST(fn, key_type, alg) \
    static void fn(void)            \
    {                               \
        run_family(key_type, alg);  \
    }
#define HMAC_TEST(fn, hash) MAC_TEST(fn, PSA_KEY_TYPE_HMAC, PSA_ALG_HMAC(hash))
HMAC_TEST(test_hmac_md5, PSA_ALG_MD5)
HMAC_TEST(test_hmac_ripemd160, PSA_ALG_RIPEMD160)
HMAC_TEST(test_hmac_sha1, PSA_ALG_SHA_1)
HMAC_TEST(test_hmac_sha224, PSA_ALG_SHA_224)
HMAC_TEST(test_hmac_sha256, PSA_ALG_SHA_256)
HMAC_TEST(test_hmac_sha384, PSA_ALG_SHA_384)
HMAC_TEST(test_hmac_sha512, PSA_ALG_SHA_512)
HMAC_TEST(test_hmac_sha512_224, PSA_ALG_SHA_512_224)
HMAC_TEST(test_hmac_sha512_256, PSA_ALG_SHA_512_256)
HMAC_TEST(test_hmac_sha3_224, PSA_ALG_SHA3_224)
HMAC_TEST(test_hmac_sha3_256, PSA_ALG_SHA3_256)
HMAC_TEST(test_hmac_sha3_384, PSA_ALG_SHA3_384)
HMAC_TEST(test_hmac_sha3_512, PSA_ALG_SHA3_512)
MAC_TEST(test_cmac_aes, PSA_KEY_TYPE_AES, PSA_ALG_CMAC)
MAC_TEST(test_cmac_des, PSA_KEY_TYPE_DES, PSA_ALG_CMAC)
MAC_TEST(test_cmac_aria, PSA_KEY_TYPE_ARIA, PSA_ALG_CMAC)
MAC_TEST(test_cmac_camellia, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_CMAC)

static const kt_test mac_tests[] = {
    {"HMAC-MD5 (RFC 2202)", test_hmac_md5},
    {"HMAC-RIPEMD-160 (RFC 2286)", test_hmac_ripemd160},
    {"HMAC-SHA-1 (RFC 2202)", test_hmac_sha1},
    {"HMAC-SHA-224 (RFC 4231)", test_hmac_sha224},
    {"HMAC-SHA-256 (RFC 4231)", test_hmac_sha256},
    {"HMAC-SHA-384 (RFC 4231)", test_hmac_sha384},
    {"HMAC-SHA-512 (RFC 4231)", test_hmac_sha512},
    {"HMAC-SHA-512/224 (Wycheproof)", test_hmac_sha512_224},
    {"HMAC-SHA-512/256 (Wycheproof)", test_hmac_sha512_256},
    {"HMAC-SHA3-224 (NIST)", test_hmac_sha3_224},
    {"HMAC-SHA3-256 (NIST)", test_hmac_sha3_256},
    {"HMAC-SHA3-384 (NIST)", test_hmac_sha3_384},
    {"HMAC-SHA3-512 (NIST)", test_hmac_sha3_512},
    {"CMAC-AES (RFC 4493, SP 800-38B)", test_cmac_aes},
    {"CMAC-TDEA (SP 800-38B)", test_cmac_des},
    {"CMAC-ARIA (Wycheproof)", test_cmac_aria},
    {"CMAC-Camellia (Wycheproof)", test_cmac_camellia},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("MAC known answers", mac_tests);
    return kt_run(argc, argv);
}
