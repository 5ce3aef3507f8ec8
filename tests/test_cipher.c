/*
 * test_cipher.c - known-answer tests of the PSA unauthenticated cipher API for
 * every cipher algorithm of the built-in driver: AES (ECB, CBC, CBC-PKCS7,
 * CFB, OFB, CTR, XTS, CCM* without tag), ARIA, Camellia, DES/TDEA, SM4 and
 * the ChaCha20 stream cipher.
 *
 * Each published vector of vectors/cipher.h is encrypted and decrypted with
 * multipart operations (psa_cipher_set_iv() with the published IV, updates in
 * several chunkings, finish), decrypted with single-part psa_cipher_decrypt()
 * on IV || ciphertext, and round-tripped through single-part
 * psa_cipher_encrypt() (random IV; for ECB, which has none, its output is the
 * published ciphertext).  Wrongly padded CBC-PKCS7 ciphertexts must fail with
 * PSA_ERROR_INVALID_PADDING.  One CUnit test per key type and mode; a mode
 * without vectors, or that the library does not support, fails.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "vectors/cipher.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Sizes of the update() calls of a multipart operation; 0: all at once. */
static const size_t chunkings[] = {0, 1, 3, 17, 64, 65};

/* Room beyond the input that any output needs: an IV and two blocks. */
#define OUTPUT_SLACK (PSA_CIPHER_IV_MAX_SIZE + 2 * PSA_BLOCK_CIPHER_BLOCK_MAX_SIZE)

static const psa_key_usage_t cipher_usage = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;

/* A row decoded.  ChaCha20 rows published with an initial block counter c
 * are run from block 0 behind `prefix` = 64 * c zero bytes, in both
 * directions: in a stream cipher the prefix only advances the key stream, and
 * only the bytes after it are compared. */
struct row {
    struct kt_buf key;
    struct kt_buf iv;
    struct kt_buf pt; /* prefix zeros || published plaintext */
    struct kt_buf ct; /* prefix zeros || published ciphertext */
    size_t prefix;
};

static struct kt_buf with_prefix(const char *hex, size_t prefix)
{
    struct kt_buf raw = kt_hex(hex);
    struct kt_buf all = {calloc(1, prefix + raw.len + 1), prefix + raw.len};

    if (all.data == NULL) {
        fprintf(stderr, "test_cipher: out of memory\n");
        exit(99);
    }
    memcpy(all.data + prefix, raw.data, raw.len);
    kt_buf_free(&raw);
    return all;
}

static void row_load(const struct cipher_vector *v, struct row *r)
{
    r->prefix = (size_t)v->counter * 64;
    r->key = kt_hex(v->key);
    r->iv = kt_hex(v->iv == NULL ? "" : v->iv);
    r->pt = with_prefix(v->plaintext, r->prefix);
    r->ct = with_prefix(v->ciphertext, r->prefix);
}

static void row_free(struct row *r)
{
    kt_buf_free(&r->key);
    kt_buf_free(&r->iv);
    kt_buf_free(&r->pt);
    kt_buf_free(&r->ct);
}

static uint8_t *alloc_output(size_t input_length)
{
    uint8_t *out = malloc(input_length + OUTPUT_SLACK);

    if (out == NULL) {
        fprintf(stderr, "test_cipher: out of memory\n");
        exit(99);
    }
    return out;
}

/* Compare an output with the expected bytes after the row's prefix. */
static void assert_tail(const struct row *r, const uint8_t *out, size_t out_len,
                        const struct kt_buf *want)
{
    CU_ASSERT_EQUAL(out_len, want->len);
    if (out_len == want->len) {
        KT_ASSERT_BYTES(out + r->prefix, out_len - r->prefix, want->data + r->prefix,
                        want->len - r->prefix);
    }
}

/* set_iv (when the row has one), updates of `chunk` bytes, finish.  Each call
 * gets exactly the output room that PSA_CIPHER_UPDATE_OUTPUT_SIZE() and
 * PSA_CIPHER_FINISH_OUTPUT_SIZE() promise is enough; `out` must hold
 * in->len + 2 * OUTPUT_SLACK bytes. */
static psa_status_t run_steps(psa_cipher_operation_t *op, psa_key_type_t type,
                              psa_algorithm_t alg, const struct kt_buf *iv,
                              const struct kt_buf *in, size_t chunk, uint8_t *out,
                              size_t *out_len)
{
    psa_status_t status = PSA_SUCCESS;
    size_t step = chunk == 0 || chunk > in->len ? in->len : chunk;
    size_t n = 0;

    *out_len = 0;
    if (iv->len > 0) {
        status = psa_cipher_set_iv(op, iv->data, iv->len);
    }
    for (size_t pos = 0; status == PSA_SUCCESS && pos < in->len; pos += step) {
        size_t len = in->len - pos < step ? in->len - pos : step;
        status = psa_cipher_update(op, in->data + pos, len, out + *out_len,
                                   PSA_CIPHER_UPDATE_OUTPUT_SIZE(type, alg, len), &n);
        *out_len += n;
    }
    if (status == PSA_SUCCESS) {
        status = psa_cipher_finish(op, out + *out_len, PSA_CIPHER_FINISH_OUTPUT_SIZE(type, alg),
                                   &n);
        *out_len += n;
    }
    return status;
}

static void check_multipart(psa_key_id_t id, const struct cipher_vector *v, const struct row *r,
                            int encrypt, size_t chunk)
{
    psa_cipher_operation_t op = psa_cipher_operation_init();
    const struct kt_buf *in = encrypt ? &r->pt : &r->ct;
    const struct kt_buf *want = encrypt ? &r->ct : &r->pt;
    uint8_t *out = alloc_output(in->len + OUTPUT_SLACK);
    size_t out_len = 0;

    if (encrypt) {
        KT_ASSERT_SUCCESS(psa_cipher_encrypt_setup(&op, id, v->alg));
    } else {
        KT_ASSERT_SUCCESS(psa_cipher_decrypt_setup(&op, id, v->alg));
    }
    KT_ASSERT_SUCCESS(run_steps(&op, v->key_type, v->alg, &r->iv, in, chunk, out, &out_len));
    assert_tail(r, out, out_len, want);
    KT_ASSERT_SUCCESS(psa_cipher_abort(&op));
    free(out);
}

/* psa_cipher_decrypt() on IV || ciphertext, with exactly the output room
 * PSA_CIPHER_DECRYPT_OUTPUT_SIZE() promises. */
static void check_single_decrypt(psa_key_id_t id, const struct cipher_vector *v,
                                 const struct row *r)
{
    size_t in_len = r->iv.len + r->ct.len;
    uint8_t *in = alloc_output(in_len);
    uint8_t *out = alloc_output(in_len);
    size_t out_len = 0;

    size_t out_size = PSA_CIPHER_DECRYPT_OUTPUT_SIZE(v->key_type, v->alg, in_len);

    memcpy(in, r->iv.data, r->iv.len);
    memcpy(in + r->iv.len, r->ct.data, r->ct.len);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt(id, v->alg, in, in_len, out, out_size, &out_len));
    assert_tail(r, out, out_len, &r->pt);
    free(in);
    free(out);
}

/* psa_cipher_encrypt() picks the IV; check its length, the ciphertext length
 * and the round trip (for ECB, without IV, the published ciphertext), with
 * exactly the output room PSA_CIPHER_ENCRYPT_OUTPUT_SIZE() promises. */
static void check_single_encrypt(psa_key_id_t id, const struct cipher_vector *v,
                                 const struct row *r)
{
    psa_key_type_t type = v->key_type;
    psa_algorithm_t alg = v->alg;
    size_t iv_len = PSA_CIPHER_IV_LENGTH(type, alg);
    uint8_t *ct = alloc_output(r->pt.len);
    uint8_t *back = alloc_output(r->pt.len + iv_len);
    size_t ct_len = 0;
    size_t back_len = 0;
    size_t ct_size = PSA_CIPHER_ENCRYPT_OUTPUT_SIZE(type, alg, r->pt.len);
    size_t back_size = 0;

    KT_ASSERT_SUCCESS(psa_cipher_encrypt(id, alg, r->pt.data, r->pt.len, ct, ct_size, &ct_len));
    CU_ASSERT_EQUAL(ct_len, iv_len + r->ct.len);
    if (iv_len == 0) {
        assert_tail(r, ct, ct_len, &r->ct);
    }
    back_size = PSA_CIPHER_DECRYPT_OUTPUT_SIZE(type, alg, ct_len);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt(id, alg, ct, ct_len, back, back_size, &back_len));
    KT_ASSERT_BYTES(back, back_len, r->pt.data, r->pt.len);
    free(ct);
    free(back);
}

/* A size macro value must be at least what the published vector needs: the
 * checks above hand exactly these sizes to the library. */
static void assert_size(const char *macro, size_t got, size_t need)
{
    if (got < need) {
        fprintf(stderr, "\n%s is %zu, the vector needs %zu\n", macro, got, need);
    }
    CU_ASSERT(got >= need);
}

static void check_size_macros(const struct cipher_vector *v, const struct row *r)
{
    psa_key_type_t type = v->key_type;
    psa_algorithm_t alg = v->alg;
    size_t ct_len = r->iv.len + r->ct.len;

    CU_ASSERT_EQUAL(PSA_CIPHER_IV_LENGTH(type, alg), r->iv.len);
    assert_size("PSA_CIPHER_ENCRYPT_OUTPUT_SIZE",
                PSA_CIPHER_ENCRYPT_OUTPUT_SIZE(type, alg, r->pt.len), ct_len);
    assert_size("PSA_CIPHER_ENCRYPT_OUTPUT_MAX_SIZE",
                PSA_CIPHER_ENCRYPT_OUTPUT_MAX_SIZE(r->pt.len), ct_len);
    assert_size("PSA_CIPHER_DECRYPT_OUTPUT_SIZE",
                PSA_CIPHER_DECRYPT_OUTPUT_SIZE(type, alg, ct_len), r->pt.len);
}

/* An unsupported algorithm fails once per row, not at every check. */
static int alg_supported(psa_key_id_t id, const struct cipher_vector *v)
{
    psa_cipher_operation_t op = psa_cipher_operation_init();
    int supported = kt_supported(psa_cipher_encrypt_setup(&op, id, v->alg), v->source);

    KT_ASSERT_SUCCESS(psa_cipher_abort(&op));
    return supported;
}

static void run_row(const struct cipher_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    struct row r;
    psa_key_id_t id;

    row_load(v, &r);
    id = kt_import(v->key_type, r.key.data, r.key.len, cipher_usage, v->alg);
    if (alg_supported(id, v)) {
        check_size_macros(v, &r);
        for (size_t i = 0; i < ARRAY_LENGTH(chunkings); i++) {
            check_multipart(id, v, &r, 1, chunkings[i]);
            check_multipart(id, v, &r, 0, chunkings[i]);
        }
        check_single_decrypt(id, v, &r);
        check_single_encrypt(id, v, &r);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    if (CU_get_number_of_failures() != failures) {
        fprintf(stderr, "    (vector: %s)\n", v->source);
    }
    row_free(&r);
}

/* Run every row of one key type and mode; none is a failure. */
static void run_mode(psa_key_type_t key_type, psa_algorithm_t alg)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(cipher_vectors); i++) {
        if (cipher_vectors[i].key_type == key_type && cipher_vectors[i].alg == alg) {
            run_row(&cipher_vectors[i]);
            rows++;
        }
    }
    CU_ASSERT(rows > 0);
}

static void check_bad_padding(const struct cipher_bad_padding_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    struct row r = {kt_hex(v->key), kt_hex(v->iv), kt_hex(""), kt_hex(v->ciphertext), 0};
    psa_cipher_operation_t op = psa_cipher_operation_init();
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_AES, r.key.data, r.key.len, cipher_usage,
                                PSA_ALG_CBC_PKCS7);
    size_t in_len = r.iv.len + r.ct.len;
    uint8_t *in = alloc_output(in_len);
    uint8_t *out = alloc_output(in_len + OUTPUT_SLACK);
    size_t out_len = 0;

    memcpy(in, r.iv.data, r.iv.len);
    memcpy(in + r.iv.len, r.ct.data, r.ct.len);
    KT_ASSERT_STATUS(psa_cipher_decrypt(id, PSA_ALG_CBC_PKCS7, in, in_len, out,
                                        in_len + OUTPUT_SLACK, &out_len),
                     PSA_ERROR_INVALID_PADDING);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt_setup(&op, id, PSA_ALG_CBC_PKCS7));
    KT_ASSERT_STATUS(run_steps(&op, PSA_KEY_TYPE_AES, PSA_ALG_CBC_PKCS7, &r.iv, &r.ct, 0, out,
                               &out_len),
                     PSA_ERROR_INVALID_PADDING);
    KT_ASSERT_SUCCESS(psa_cipher_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    if (CU_get_number_of_failures() != failures) {
        fprintf(stderr, "    (vector: %s)\n", v->source);
    }
    free(in);
    free(out);
    row_free(&r);
}

static void test_bad_padding(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(cipher_bad_padding_vectors); i++) {
        check_bad_padding(&cipher_bad_padding_vectors[i]);
    }
}

#define CIPHER_TEST(fn, key_type, alg) \
    static void fn(void)               \
    {                                  \
        run_mode(key_type, alg);       \
    }
CIPHER_TEST(test_aes_ecb, PSA_KEY_TYPE_AES, PSA_ALG_ECB_NO_PADDING)
CIPHER_TEST(test_aes_cbc, PSA_KEY_TYPE_AES, PSA_ALG_CBC_NO_PADDING)
CIPHER_TEST(test_aes_cbc_pkcs7, PSA_KEY_TYPE_AES, PSA_ALG_CBC_PKCS7)
CIPHER_TEST(test_aes_cfb, PSA_KEY_TYPE_AES, PSA_ALG_CFB)
CIPHER_TEST(test_aes_ofb, PSA_KEY_TYPE_AES, PSA_ALG_OFB)
CIPHER_TEST(test_aes_ctr, PSA_KEY_TYPE_AES, PSA_ALG_CTR)
CIPHER_TEST(test_aes_xts, PSA_KEY_TYPE_AES, PSA_ALG_XTS)
CIPHER_TEST(test_aes_ccm_star, PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_NO_TAG)
CIPHER_TEST(test_aria_ecb, PSA_KEY_TYPE_ARIA, PSA_ALG_ECB_NO_PADDING)
CIPHER_TEST(test_aria_cbc, PSA_KEY_TYPE_ARIA, PSA_ALG_CBC_NO_PADDING)
CIPHER_TEST(test_aria_cbc_pkcs7, PSA_KEY_TYPE_ARIA, PSA_ALG_CBC_PKCS7)
CIPHER_TEST(test_aria_cfb, PSA_KEY_TYPE_ARIA, PSA_ALG_CFB)
CIPHER_TEST(test_aria_ctr, PSA_KEY_TYPE_ARIA, PSA_ALG_CTR)
CIPHER_TEST(test_camellia_ecb, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_ECB_NO_PADDING)
CIPHER_TEST(test_camellia_cbc, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_CBC_NO_PADDING)
CIPHER_TEST(test_camellia_cbc_pkcs7, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_CBC_PKCS7)
CIPHER_TEST(test_camellia_ctr, PSA_KEY_TYPE_CAMELLIA, PSA_ALG_CTR)
CIPHER_TEST(test_des_ecb, PSA_KEY_TYPE_DES, PSA_ALG_ECB_NO_PADDING)
CIPHER_TEST(test_des_cbc, PSA_KEY_TYPE_DES, PSA_ALG_CBC_NO_PADDING)
CIPHER_TEST(test_des_cfb, PSA_KEY_TYPE_DES, PSA_ALG_CFB)
CIPHER_TEST(test_des_ofb, PSA_KEY_TYPE_DES, PSA_ALG_OFB)
CIPHER_TEST(test_sm4_ecb, PSA_KEY_TYPE_SM4, PSA_ALG_ECB_NO_PADDING)
CIPHER_TEST(test_sm4_cbc, PSA_KEY_TYPE_SM4, PSA_ALG_CBC_NO_PADDING)
CIPHER_TEST(test_sm4_cfb, PSA_KEY_TYPE_SM4, PSA_ALG_CFB)
CIPHER_TEST(test_sm4_ofb, PSA_KEY_TYPE_SM4, PSA_ALG_OFB)
CIPHER_TEST(test_sm4_ctr, PSA_KEY_TYPE_SM4, PSA_ALG_CTR)
CIPHER_TEST(test_chacha20, PSA_KEY_TYPE_CHACHA20, PSA_ALG_STREAM_CIPHER)

static const kt_test cipher_tests[] = {
    {"AES-ECB (SP 800-38A)", test_aes_ecb},
    {"AES-CBC (SP 800-38A)", test_aes_cbc},
    {"AES-CBC-PKCS7 (Wycheproof)", test_aes_cbc_pkcs7},
    {"AES-CBC-PKCS7 bad padding (Wycheproof)", test_bad_padding},
    {"AES-CFB128 (SP 800-38A)", test_aes_cfb},
    {"AES-OFB (SP 800-38A)", test_aes_ofb},
    {"AES-CTR (SP 800-38A, RFC 3686)", test_aes_ctr},
    {"AES-XTS (IEEE 1619)", test_aes_xts},
    {"AES-CCM* without tag (RFC 3610)", test_aes_ccm_star},
    {"ARIA-ECB (RFC 5794)", test_aria_ecb},
    {"ARIA-CBC (NSRI)", test_aria_cbc},
    {"ARIA-CBC-PKCS7 (Wycheproof)", test_aria_cbc_pkcs7},
    {"ARIA-CFB128 (NSRI)", test_aria_cfb},
    {"ARIA-CTR (NSRI)", test_aria_ctr},
    {"Camellia-ECB (RFC 3713)", test_camellia_ecb},
    {"Camellia-CBC (Wycheproof, whole blocks)", test_camellia_cbc},
    {"Camellia-CBC-PKCS7 (Wycheproof)", test_camellia_cbc_pkcs7},
    {"Camellia-CTR (RFC 5528)", test_camellia_ctr},
    {"DES/TDEA-ECB (SP 800-17, SP 800-67)", test_des_ecb},
    {"DES/TDEA-CBC (FIPS 81, CAVP)", test_des_cbc},
    {"TDEA-CFB64 (CAVP)", test_des_cfb},
    {"TDEA-OFB (CAVP)", test_des_ofb},
    {"SM4-ECB (draft-ribose-cfrg-sm4)", test_sm4_ecb},
    {"SM4-CBC (draft-ribose-cfrg-sm4)", test_sm4_cbc},
    {"SM4-CFB128 (draft-ribose-cfrg-sm4)", test_sm4_cfb},
    {"SM4-OFB (draft-ribose-cfrg-sm4)", test_sm4_ofb},
    {"SM4-CTR (draft-ribose-cfrg-sm4)", test_sm4_ctr},
    {"ChaCha20 (RFC 8439)", test_chacha20},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("cipher known answers", cipher_tests);
    return kt_run(argc, argv);
}
