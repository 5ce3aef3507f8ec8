/*
 * test_aead.c - known-answer tests of the PSA AEAD API for every AEAD
 * algorithm of the built-in driver: GCM and CCM with AES, ARIA, Camellia and
 * SM4, and ChaCha20-Poly1305.
 *
 * Each published vector of vectors/aead.h goes through psa_aead_encrypt() and
 * psa_aead_decrypt(), decryption of a tampered tag, ciphertext and additional
 * data (PSA_ERROR_INVALID_SIGNATURE), and multipart encryption and decryption
 * with psa_aead_set_lengths() and the additional data and the message fed in
 * several chunkings (down to one byte), finished with psa_aead_finish() and
 * psa_aead_verify().  GCM rows with a 16-byte tag are also checked with every
 * shortened tag length GCM allows: the expected tag is the published tag's
 * prefix (SP 800-38D).  One CUnit test per key type and mode; a mode without
 * vectors, or that the library does not support, fails (SM4, which the
 * specification does not require, is skipped visibly instead).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "vectors/aead.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Sizes of the update_ad() and update() calls; 0: all at once. */
static const size_t chunkings[] = {0, 1, 3, 17, 64, 65};

/* Shortened GCM tag lengths (PSA_ALG_GCM allows 4, 8 and 12 to 16). */
static const size_t gcm_short_tags[] = {4, 8, 12, 13, 14, 15};

/* Output room beyond the input that the multipart checks allocate: one block
 * more than any update and the finish step can add. */
#define OUTPUT_SLACK (2 * PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE)

static const psa_key_usage_t aead_usage = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;

/* A row decoded; `ctt` is ciphertext || tag as the single-part API has it. */
struct row {
    psa_key_type_t type;
    struct kt_buf key;
    struct kt_buf nonce;
    struct kt_buf ad;
    struct kt_buf pt;
    struct kt_buf ct;
    struct kt_buf tag;
    struct kt_buf ctt;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n + 1);

    if (p == NULL) {
        fprintf(stderr, "test_aead: out of memory\n");
        exit(99);
    }
    return p;
}

static struct kt_buf concat(const struct kt_buf *a, const struct kt_buf *b, size_t b_len)
{
    struct kt_buf all = {xmalloc(a->len + b_len), a->len + b_len};

    memcpy(all.data, a->data, a->len);
    memcpy(all.data + a->len, b->data, b_len);
    return all;
}

static void row_load(const struct aead_vector *v, struct row *r)
{
    struct kt_buf ad = kt_hex(v->ad);
    size_t copies = v->ad_repeat == 0 ? 1 : v->ad_repeat;

    r->type = v->key_type;
    r->key = kt_hex(v->key);
    r->nonce = kt_hex(v->nonce);
    r->ad.len = ad.len * copies;
    r->ad.data = xmalloc(r->ad.len);
    for (size_t i = 0; i < copies; i++) {
        memcpy(r->ad.data + i * ad.len, ad.data, ad.len);
    }
    kt_buf_free(&ad);
    r->pt = kt_hex(v->plaintext);
    r->ct = kt_hex(v->ciphertext);
    r->tag = kt_hex(v->tag);
    r->ctt = concat(&r->ct, &r->tag, r->tag.len);
}

static void row_free(struct row *r)
{
    kt_buf_free(&r->key);
    kt_buf_free(&r->nonce);
    kt_buf_free(&r->ad);
    kt_buf_free(&r->pt);
    kt_buf_free(&r->ct);
    kt_buf_free(&r->tag);
    kt_buf_free(&r->ctt);
}

/* A size macro value must be at least what the published vector needs: the
 * checks below hand exactly these sizes to the library. */
static void assert_size(const char *macro, size_t got, size_t need)
{
    if (got < need) {
        fprintf(stderr, "\n%s is %zu, the vector needs %zu\n", macro, got, need);
    }
    CU_ASSERT(got >= need);
}

/* psa_aead_decrypt() of `in` must fail authentication. */
static void check_rejected(psa_key_id_t id, psa_algorithm_t alg, const struct row *r,
                           const struct kt_buf *ad, const struct kt_buf *in)
{
    uint8_t *out = xmalloc(in->len);
    size_t out_len = 0;

    KT_ASSERT_STATUS(psa_aead_decrypt(id, alg, r->nonce.data, r->nonce.len, ad->data, ad->len,
                                      in->data, in->len, out, in->len, &out_len),
                     PSA_ERROR_INVALID_SIGNATURE);
    free(out);
}

/* Single-part encryption and decryption with the first `tag_len` bytes of
 * the published tag, given exactly the output room that
 * PSA_AEAD_ENCRYPT_OUTPUT_SIZE() and PSA_AEAD_DECRYPT_OUTPUT_SIZE() promise,
 * then tampered tag, ciphertext and additional data. */
static void check_single_part(psa_key_id_t id, psa_algorithm_t alg, const struct row *r,
                              size_t tag_len)
{
    struct kt_buf want = concat(&r->ct, &r->tag, tag_len);
    struct kt_buf bad = concat(&r->ct, &r->tag, tag_len);
    struct kt_buf bad_ad = concat(&r->ad, &r->ad, 0);
    uint8_t *out = xmalloc(want.len + PSA_AEAD_TAG_MAX_SIZE);
    size_t out_len = 0;
    size_t enc_size = PSA_AEAD_ENCRYPT_OUTPUT_SIZE(r->type, alg, r->pt.len);
    size_t dec_size = PSA_AEAD_DECRYPT_OUTPUT_SIZE(r->type, alg, want.len);

    assert_size("PSA_AEAD_ENCRYPT_OUTPUT_SIZE", enc_size, want.len);
    assert_size("PSA_AEAD_DECRYPT_OUTPUT_SIZE", dec_size, r->pt.len);
    KT_ASSERT_SUCCESS(psa_aead_encrypt(id, alg, r->nonce.data, r->nonce.len, r->ad.data,
                                       r->ad.len, r->pt.data, r->pt.len, out, enc_size,
                                       &out_len));
    KT_ASSERT_BYTES(out, out_len, want.data, want.len);
    KT_ASSERT_SUCCESS(psa_aead_decrypt(id, alg, r->nonce.data, r->nonce.len, r->ad.data,
                                       r->ad.len, want.data, want.len, out, dec_size,
                                       &out_len));
    KT_ASSERT_BYTES(out, out_len, r->pt.data, r->pt.len);

    bad.data[bad.len - 1] ^= 0x01; /* last tag byte */
    check_rejected(id, alg, r, &r->ad, &bad);
    bad.data[bad.len - 1] ^= 0x01;
    if (r->ct.len > 0) {
        bad.data[0] ^= 0x80; /* first ciphertext byte */
        check_rejected(id, alg, r, &r->ad, &bad);
    }
    if (bad_ad.len > 0) {
        bad_ad.data[bad_ad.len / 2] ^= 0x04;
        check_rejected(id, alg, r, &bad_ad, &want);
    }
    free(out);
    kt_buf_free(&want);
    kt_buf_free(&bad);
    kt_buf_free(&bad_ad);
}

/* The multipart steps after setup: lengths (when asked), nonce, the
 * additional data and the input in pieces of `chunk` bytes (0: all), each
 * update given exactly the room PSA_AEAD_UPDATE_OUTPUT_SIZE() promises; `out`
 * must hold in->len + OUTPUT_SLACK bytes. */
static psa_status_t feed(psa_aead_operation_t *op, psa_algorithm_t alg, const struct row *r,
                         const struct kt_buf *in, size_t chunk, int set_lengths, uint8_t *out,
                         size_t *out_len)
{
    psa_status_t status = PSA_SUCCESS;
    size_t ad_step = chunk == 0 || chunk > r->ad.len ? r->ad.len : chunk;
    size_t in_step = chunk == 0 || chunk > in->len ? in->len : chunk;
    size_t n = 0;

    *out_len = 0;
    if (set_lengths) {
        status = psa_aead_set_lengths(op, r->ad.len, r->pt.len);
    }
    if (status == PSA_SUCCESS) {
        status = psa_aead_set_nonce(op, r->nonce.data, r->nonce.len);
    }
    for (size_t pos = 0; status == PSA_SUCCESS && pos < r->ad.len; pos += ad_step) {
        size_t len = r->ad.len - pos < ad_step ? r->ad.len - pos : ad_step;
        status = psa_aead_update_ad(op, r->ad.data + pos, len);
    }
    for (size_t pos = 0; status == PSA_SUCCESS && pos < in->len; pos += in_step) {
        size_t len = in->len - pos < in_step ? in->len - pos : in_step;
        status = psa_aead_update(op, in->data + pos, len, out + *out_len,
                                 PSA_AEAD_UPDATE_OUTPUT_SIZE(r->type, alg, len), &n);
        *out_len += n;
    }
    return status;
}

static void check_multipart_encrypt(psa_key_id_t id, psa_algorithm_t alg, const struct row *r,
                                    size_t chunk, int set_lengths)
{
    psa_aead_operation_t op = psa_aead_operation_init();
    uint8_t *out = xmalloc(r->pt.len + OUTPUT_SLACK);
    uint8_t tag[PSA_AEAD_TAG_MAX_SIZE];
    size_t out_len = 0;
    size_t n = 0;
    size_t tag_len = 0;
    size_t finish_size = PSA_AEAD_FINISH_OUTPUT_SIZE(r->type, alg);

    KT_ASSERT_SUCCESS(psa_aead_encrypt_setup(&op, id, alg));
    KT_ASSERT_SUCCESS(feed(&op, alg, r, &r->pt, chunk, set_lengths, out, &out_len));
    KT_ASSERT_SUCCESS(psa_aead_finish(&op, out + out_len, finish_size, &n, tag, r->tag.len,
                                      &tag_len));
    KT_ASSERT_BYTES(out, out_len + n, r->ct.data, r->ct.len);
    KT_ASSERT_BYTES(tag, tag_len, r->tag.data, r->tag.len);
    KT_ASSERT_SUCCESS(psa_aead_abort(&op));
    free(out);
}

/* Multipart decryption; with `tamper` the tag is wrong and verify fails. */
static void check_multipart_decrypt(psa_key_id_t id, psa_algorithm_t alg, const struct row *r,
                                    size_t chunk, int set_lengths, int tamper)
{
    psa_aead_operation_t op = psa_aead_operation_init();
    size_t verify_size = PSA_AEAD_VERIFY_OUTPUT_SIZE(r->type, alg);
    uint8_t *out = xmalloc(r->ct.len + OUTPUT_SLACK);
    uint8_t tag[PSA_AEAD_TAG_MAX_SIZE];
    size_t out_len = 0;
    size_t n = 0;

    memcpy(tag, r->tag.data, r->tag.len);
    tag[0] ^= tamper ? 0x20 : 0x00;
    KT_ASSERT_SUCCESS(psa_aead_decrypt_setup(&op, id, alg));
    KT_ASSERT_SUCCESS(feed(&op, alg, r, &r->ct, chunk, set_lengths, out, &out_len));
    if (tamper) {
        KT_ASSERT_STATUS(psa_aead_verify(&op, out + out_len, verify_size, &n, tag, r->tag.len),
                         PSA_ERROR_INVALID_SIGNATURE);
    } else {
        KT_ASSERT_SUCCESS(psa_aead_verify(&op, out + out_len, verify_size, &n, tag,
                                          r->tag.len));
        KT_ASSERT_BYTES(out, out_len + n, r->pt.data, r->pt.len);
    }
    KT_ASSERT_SUCCESS(psa_aead_abort(&op));
    free(out);
}

static void check_multipart(psa_key_id_t id, psa_algorithm_t alg, const struct row *r)
{
    /* CCM needs the lengths before any data; the other modes may go without. */
    int lengths_optional = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) != PSA_ALG_CCM;

    for (size_t i = 0; i < ARRAY_LENGTH(chunkings); i++) {
        check_multipart_encrypt(id, alg, r, chunkings[i], 1);
        check_multipart_decrypt(id, alg, r, chunkings[i], 1, 0);
    }
    check_multipart_decrypt(id, alg, r, 0, 1, 1);
    if (lengths_optional) {
        check_multipart_encrypt(id, alg, r, 17, 0);
        check_multipart_decrypt(id, alg, r, 17, 0, 0);
    }
}

/* The GCM rows with a full tag, again with every shortened tag length. */
static void check_short_tags(const struct row *r, psa_algorithm_t alg)
{
    if (PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) != PSA_ALG_GCM || r->tag.len != 16) {
        return;
    }
    for (size_t i = 0; i < ARRAY_LENGTH(gcm_short_tags); i++) {
        psa_algorithm_t short_alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM,
                                                                    gcm_short_tags[i]);
        psa_key_id_t id = kt_import(r->type, r->key.data, r->key.len, aead_usage, short_alg);
        struct row shorter = *r;

        shorter.tag.len = gcm_short_tags[i];
        check_single_part(id, short_alg, r, gcm_short_tags[i]);
        check_multipart_encrypt(id, short_alg, &shorter, 0, 1);
        check_multipart_decrypt(id, short_alg, &shorter, 0, 1, 0);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

/* An unsupported algorithm fails once per row, not at every check. */
static int alg_supported(psa_key_id_t id, const struct aead_vector *v)
{
    psa_aead_operation_t op = psa_aead_operation_init();
    int supported = kt_supported(psa_aead_encrypt_setup(&op, id, v->alg), v->source);

    KT_ASSERT_SUCCESS(psa_aead_abort(&op));
    return supported;
}

static void run_row(const struct aead_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    struct row r;
    psa_key_id_t id;

    row_load(v, &r);
    id = kt_import(v->key_type, r.key.data, r.key.len, aead_usage, v->alg);
    if (alg_supported(id, v)) {
        CU_ASSERT_EQUAL(PSA_AEAD_TAG_LENGTH(v->key_type, PSA_BYTES_TO_BITS(r.key.len), v->alg),
                        r.tag.len);
        check_single_part(id, v->alg, &r, r.tag.len);
        check_multipart(id, v->alg, &r);
        check_short_tags(&r, v->alg);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    if (CU_get_number_of_failures() != failures) {
        fprintf(stderr, "    (vector: %s)\n", v->source);
    }
    row_free(&r);
}

/* Run every row of one key type and AEAD mode; none is a failure. */
static void run_mode(psa_key_type_t key_type, psa_algorithm_t alg)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(aead_vectors); i++) {
        const struct aead_vector *v = &aead_vectors[i];
        if (v->key_type == key_type && PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(v->alg) == alg) {
            run_row(v);
            rows++;
        }
    }
    CU_ASSERT(rows > 0);
}

#define AEAD_TEST(fn, key_type, alg) \
    static void fn(void)             \
    {                                \
        run_mode(key_type, alg);     \
    }

/* GCM needs a GHASH that libcrypto 3.0 offers only inside its own GCM
 * ciphers, and it has none for Camellia or SM4; kpsa writes no primitive of
 * its own, so these combinations must be declined with exactly
 * PSA_ERROR_NOT_SUPPORTED (the published rows stay here for the day a driver
 * serves them). */
static void run_declined(psa_key_type_t key_type, psa_algorithm_t alg)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(aead_vectors); i++) {
        const struct aead_vector *v = &aead_vectors[i];
        if (v->key_type != key_type || PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(v->alg) != alg) {
            continue;
        }
        struct row r;
        psa_aead_operation_t op = psa_aead_operation_init();
        uint8_t out[64];
        size_t out_length = 1;

        row_load(v, &r);
        psa_key_id_t id = kt_import(v->key_type, r.key.data, r.key.len, aead_usage, v->alg);
        KT_ASSERT_STATUS(psa_aead_encrypt_setup(&op, id, v->alg), PSA_ERROR_NOT_SUPPORTED);
        KT_ASSERT_STATUS(psa_aead_encrypt(id, v->alg, r.nonce.data, r.nonce.len, NULL, 0, NULL,
                                          0, out, sizeof(out), &out_length),
                         PSA_ERROR_NOT_SUPPORTED);
        CU_ASSERT_EQUAL(out_length, 0);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        row_free(&r);
        rows++;
    }
    CU_ASSERT(rows > 0);
}

#define DECLINED_AEAD_TEST(fn, key_type, alg) \
    static void fn(void)                      \
    {                                         \
        run_declined(key_type, alg);          \
    }
AEAD_TEST(test_aes_gcm, PSA_KEY_TYPE_AES, PSA_ALG_GCM)
AEAD_TEST(test_aes_ccm, PSA_KEY_TYPE_AES, PSA_ALG_CCM)
AEAD_TEST(test_chacha20_poly1305, PSA_KEY_TYPE_CHACHA20, PSA_ALG_CHACHA20_POLY1305)
AEAD_TEST(test_aria_gcm, PSA_KEY_TYPE_ARIA, PSA_ALG_GCM)
AEAD_TEST(test_aria_ccm, PSA_KEY_TYPE_ARIA, PSA_ALG_CCM)
DECLINED_AEAD_TEST(test_camellia_gcm, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_GCM)
AEAD_TEST(test_camellia_ccm, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_CCM)
DECLINED_AEAD_TEST(test_sm4_gcm, PSA_KEY_TYPE_SM4, PSA_ALG_GCM)
AEAD_TEST(test_sm4_ccm, PSA_KEY_TYPE_SM4, PSA_ALG_CCM)

static const kt_test aead_tests[] = {
    {"AES-GCM (McGrew & Viega)", test_aes_gcm},
    {"AES-CCM (RFC 3610, SP 800-38C)", test_aes_ccm},
    {"ChaCha20-Poly1305 (RFC 8439)", test_chacha20_poly1305},
    {"ARIA-GCM (Wycheproof)", test_aria_gcm},
    {"ARIA-CCM (Wycheproof)", test_aria_ccm},
    {"Camellia-GCM declined (draft-kato-ipsec-camellia-gcm rows)", test_camellia_gcm},
    {"Camellia-CCM (RFC 5528, Wycheproof)", test_camellia_ccm},
    {"SM4-GCM declined (RFC 8998 row)", test_sm4_gcm},
    {"SM4-CCM (RFC 8998)", test_sm4_ccm},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("AEAD known answers", aead_tests);
    return kt_run(argc, argv);
}
