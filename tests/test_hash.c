/*
 * test_hash.c - known-answer tests of the PSA hash API for every hash
 * algorithm of the built-in driver.
 *
 * Each published vector of vectors/hash.h goes through psa_hash_compute(),
 * psa_hash_compare() (matching, one byte flipped, one byte short), multipart
 * operations fed in several chunkings and finished with psa_hash_finish() and
 * psa_hash_verify(), and psa_hash_clone() half way through.  One CUnit test
 * per algorithm; an algorithm without vectors, or that the library does not
 * support, fails.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "vectors/hash.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Sizes of the update() calls of a multipart operation; 0 means the whole
 * input at once.  Byte-at-a-time feeding of the one-million-byte inputs
 * would only measure call overhead, so chunks below SMALL_CHUNK_LIMIT are used
 * for inputs up to LARGE_INPUT bytes only. */
static const size_t chunkings[] = {0, 1, 3, 17, 64, 65};
#define SMALL_CHUNK_LIMIT 16
#define LARGE_INPUT 65536

/* Decode a row's input, repeated as the row says. */
static struct kt_buf row_input(const struct hash_vector *v)
{
    struct kt_buf one = kt_hex(v->input);
    size_t copies = v->repeat == 0 ? 1 : v->repeat;
    struct kt_buf all = {malloc(one.len * copies + 1), one.len * copies};

    if (all.data == NULL) {
        fprintf(stderr, "test_hash: out of memory\n");
        exit(99);
    }
    for (size_t i = 0; i < copies; i++) {
        memcpy(all.data + i * one.len, one.data, one.len);
    }
    kt_buf_free(&one);
    return all;
}

/* Feed input to an active operation in pieces of `chunk` bytes (0: all). */
static void feed(psa_hash_operation_t *op, const uint8_t *in, size_t len, size_t chunk)
{
    size_t step = chunk == 0 ? len : chunk;

    if (len == 0) {
        KT_ASSERT_SUCCESS(psa_hash_update(op, in, 0));
        return;
    }
    for (size_t off = 0; off < len; off += step) {
        size_t n = len - off < step ? len - off : step;
        psa_status_t status = psa_hash_update(op, in + off, n);
        if (status != PSA_SUCCESS) {
            KT_ASSERT_SUCCESS(status);
            return;
        }
    }
}

static void check_single_part(psa_algorithm_t alg, const struct kt_buf *in,
                              const struct kt_buf *want)
{
    uint8_t out[PSA_HASH_MAX_SIZE + 1];
    uint8_t bad[PSA_HASH_MAX_SIZE];
    size_t out_len = 0;

    CU_ASSERT_EQUAL(PSA_HASH_LENGTH(alg), want->len);
    /* Exactly PSA_HASH_LENGTH() bytes of room must do. */
    KT_ASSERT_SUCCESS(psa_hash_compute(alg, in->data, in->len, out, PSA_HASH_LENGTH(alg),
                                       &out_len));
    KT_ASSERT_BYTES(out, out_len, want->data, want->len);
    KT_ASSERT_STATUS(psa_hash_compute(alg, in->data, in->len, out, want->len - 1, &out_len),
                     PSA_ERROR_BUFFER_TOO_SMALL);

    KT_ASSERT_SUCCESS(psa_hash_compare(alg, in->data, in->len, want->data, want->len));
    memcpy(bad, want->data, want->len);
    bad[want->len / 2] ^= 0x01;
    KT_ASSERT_STATUS(psa_hash_compare(alg, in->data, in->len, bad, want->len),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_hash_compare(alg, in->data, in->len, want->data, want->len - 1),
                     PSA_ERROR_INVALID_SIGNATURE);
}

static void check_multipart(psa_algorithm_t alg, const struct kt_buf *in,
                            const struct kt_buf *want, size_t chunk)
{
    psa_hash_operation_t op = psa_hash_operation_init();
    uint8_t out[PSA_HASH_MAX_SIZE];
    size_t out_len = 0;

    KT_ASSERT_SUCCESS(psa_hash_setup(&op, alg));
    feed(&op, in->data, in->len, chunk);
    KT_ASSERT_SUCCESS(psa_hash_finish(&op, out, PSA_HASH_LENGTH(alg), &out_len));
    KT_ASSERT_BYTES(out, out_len, want->data, want->len);
    KT_ASSERT_SUCCESS(psa_hash_abort(&op));

    KT_ASSERT_SUCCESS(psa_hash_setup(&op, alg));
    feed(&op, in->data, in->len, chunk);
    KT_ASSERT_SUCCESS(psa_hash_verify(&op, want->data, want->len));
    KT_ASSERT_SUCCESS(psa_hash_abort(&op));
}

static void check_verify_mismatch(psa_algorithm_t alg, const struct kt_buf *in,
                                  const struct kt_buf *want)
{
    psa_hash_operation_t op = psa_hash_operation_init();
    uint8_t bad[PSA_HASH_MAX_SIZE];

    memcpy(bad, want->data, want->len);
    bad[0] ^= 0x80;
    KT_ASSERT_SUCCESS(psa_hash_setup(&op, alg));
    feed(&op, in->data, in->len, 0);
    KT_ASSERT_STATUS(psa_hash_verify(&op, bad, want->len), PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_hash_abort(&op));
}

/* Clone half way: both copies must finish on the published digest. */
static void check_clone(psa_algorithm_t alg, const struct kt_buf *in, const struct kt_buf *want)
{
    psa_hash_operation_t op = psa_hash_operation_init();
    psa_hash_operation_t copy = psa_hash_operation_init();
    uint8_t out[PSA_HASH_MAX_SIZE];
    size_t out_len = 0;
    size_t half = in->len / 2;

    KT_ASSERT_SUCCESS(psa_hash_setup(&op, alg));
    feed(&op, in->data, half, 0);
    KT_ASSERT_SUCCESS(psa_hash_clone(&op, &copy));
    feed(&op, in->data + half, in->len - half, 0);
    feed(&copy, in->data + half, in->len - half, 0);
    KT_ASSERT_SUCCESS(psa_hash_finish(&op, out, PSA_HASH_LENGTH(alg), &out_len));
    KT_ASSERT_BYTES(out, out_len, want->data, want->len);
    KT_ASSERT_SUCCESS(psa_hash_verify(&copy, want->data, want->len));
    KT_ASSERT_SUCCESS(psa_hash_abort(&op));
    KT_ASSERT_SUCCESS(psa_hash_abort(&copy));
}

/*
 * Suspend at several points and resume in a fresh operation: the digest must
 * be the published one.  Algorithms without a suspend format in the
 * specification (PSA_HASH_SUSPEND_OUTPUT_SIZE is 0: SHA-3, SHAKE) must be
 * declined with PSA_ERROR_NOT_SUPPORTED.
 */
static void check_suspend_resume(psa_algorithm_t alg, const struct kt_buf *in,
                                 const struct kt_buf *want)
{
    const size_t points[] = {0, 1, in->len / 2, in->len};
    uint8_t state[PSA_HASH_SUSPEND_OUTPUT_MAX_SIZE];
    size_t state_len = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(points); i++) {
        psa_hash_operation_t op = psa_hash_operation_init();
        psa_hash_operation_t resumed = psa_hash_operation_init();
        size_t at = points[i] < in->len ? points[i] : in->len;

        KT_ASSERT_SUCCESS(psa_hash_setup(&op, alg));
        feed(&op, in->data, at, 0);
        if (PSA_HASH_SUSPEND_OUTPUT_SIZE(alg) == 0) {
            KT_ASSERT_STATUS(psa_hash_suspend(&op, state, sizeof(state), &state_len),
                             PSA_ERROR_NOT_SUPPORTED);
            KT_ASSERT_SUCCESS(psa_hash_abort(&op));
            return;
        }
        KT_ASSERT_SUCCESS(psa_hash_suspend(&op, state, sizeof(state), &state_len));
        CU_ASSERT(state_len <= PSA_HASH_SUSPEND_OUTPUT_SIZE(alg));
        KT_ASSERT_SUCCESS(psa_hash_resume(&resumed, state, state_len));
        feed(&resumed, in->data + at, in->len - at, 0);
        KT_ASSERT_SUCCESS(psa_hash_verify(&resumed, want->data, want->len));
        KT_ASSERT_SUCCESS(psa_hash_abort(&op));
        KT_ASSERT_SUCCESS(psa_hash_abort(&resumed));
    }
}

/* An unsupported algorithm fails once per row, not at every check. */
static int alg_supported(const struct hash_vector *v)
{
    psa_hash_operation_t op = psa_hash_operation_init();
    int supported = kt_supported(psa_hash_setup(&op, v->alg), v->source);

    KT_ASSERT_SUCCESS(psa_hash_abort(&op));
    return supported;
}

static void run_row(const struct hash_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    struct kt_buf in;
    struct kt_buf want;

    if (!alg_supported(v)) {
        return;
    }
    in = row_input(v);
    want = kt_hex(v->digest);

    check_single_part(v->alg, &in, &want);
    for (size_t i = 0; i < ARRAY_LENGTH(chunkings); i++) {
        if (chunkings[i] != 0 && chunkings[i] < SMALL_CHUNK_LIMIT && in.len > LARGE_INPUT) {
            continue;
        }
        check_multipart(v->alg, &in, &want, chunkings[i]);
    }
    check_verify_mismatch(v->alg, &in, &want);
    check_clone(v->alg, &in, &want);
    check_suspend_resume(v->alg, &in, &want);
    if (CU_get_number_of_failures() != failures) {
        fprintf(stderr, "    (vector: %s)\n", v->source);
    }
    kt_buf_free(&in);
    kt_buf_free(&want);
}

/* Run every row of one algorithm; an algorithm without rows is a failure. */
static void run_alg(psa_algorithm_t alg)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(hash_vectors); i++) {
        if (hash_vectors[i].alg == alg) {
            run_row(&hash_vectors[i]);
            rows++;
        }
    }
    CU_ASSERT(rows > 0);
}

#define HASH_TEST(fn, alg)      \
    static void fn(void)        \
    {                           \
        run_alg(alg);           \
    }
HASH_TEST(test_md5, PSA_ALG_MD5)
HASH_TEST(test_ripemd160, PSA_ALG_RIPEMD160)
HASH_TEST(test_sha1, PSA_ALG_SHA_1)
HASH_TEST(test_sha224, PSA_ALG_SHA_224)
HASH_TEST(test_sha256, PSA_ALG_SHA_256)
HASH_TEST(test_sha384, PSA_ALG_SHA_384)
HASH_TEST(test_sha512, PSA_ALG_SHA_512)
HASH_TEST(test_sha512_224, PSA_ALG_SHA_512_224)
HASH_TEST(test_sha512_256, PSA_ALG_SHA_512_256)
HASH_TEST(test_sha3_224, PSA_ALG_SHA3_224)
HASH_TEST(test_sha3_256, PSA_ALG_SHA3_256)
HASH_TEST(test_sha3_384, PSA_ALG_SHA3_384)
HASH_TEST(test_sha3_512, PSA_ALG_SHA3_512)
HASH_TEST(test_shake256_512, PSA_ALG_SHAKE256_512)

static const kt_test hash_tests[] = {
    {"MD5 (RFC 1321)", test_md5},
    {"RIPEMD-160", test_ripemd160},
    {"SHA-1", test_sha1},
    {"SHA-224", test_sha224},
    {"SHA-256", test_sha256},
    {"SHA-384", test_sha384},
    {"SHA-512", test_sha512},
    {"SHA-512/224", test_sha512_224},
    {"SHA-512/256", test_sha512_256},
    {"SHA3-224", test_sha3_224},
    {"SHA3-256", test_sha3_256},
    {"SHA3-384", test_sha3_384},
    {"SHA3-512", test_sha3_512},
    {"SHAKE256 (512-bit output)", test_shake256_512},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("hash known answers", hash_tests);
    return kt_run(argc, argv);
}
