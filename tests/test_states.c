/*
 * test_states.c - argument checks, statuses and state machines of the hash,
 * MAC, cipher and AEAD API (lib/core/hash.c, mac.c, cipher.c, aead.c).
 *
 * Each test asserts the exact status of the PSA Crypto API 1.2 for a wrong
 * call: NULL buffers with non-zero lengths, buffers one byte short, wrong key
 * types, policy violations, policy wildcards used as operation algorithms and
 * every out-of-order multi-part call, plus the kpsa rule that a failed
 * multi-part call aborts the operation (later calls: PSA_ERROR_BAD_STATE,
 * abort: PSA_SUCCESS, then reusable); test_destroy.c covers keys destroyed
 * during an operation.  Known-answer vectors live in
 * test_hash.c, test_mac.c, test_cipher.c and test_aead.c; here only simple
 * round trips check that the state machines let a correct sequence through.
 *
 * The first suite runs before psa_crypto_init(); kt_run() runs the suites in
 * the order they are registered.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "testutil.h"

#define ST KT_ASSERT_STATUS
#define OK KT_ASSERT_SUCCESS
#define BAD PSA_ERROR_BAD_STATE
#define INVAL PSA_ERROR_INVALID_ARGUMENT
#define SHORT PSA_ERROR_BUFFER_TOO_SMALL
#define DENIED PSA_ERROR_NOT_PERMITTED
#define BADSIG PSA_ERROR_INVALID_SIGNATURE
#define UNSUP PSA_ERROR_NOT_SUPPORTED

#define SHA256 PSA_ALG_SHA_256
#define HMAC256 PSA_ALG_HMAC(PSA_ALG_SHA_256)
#define ENC_DEC (PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT)
#define SIGN_VERIFY (PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE)

static const uint8_t key_bytes[32] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a,
    0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
    0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f};
static const uint8_t msg[48] = "a message of forty-eight bytes, for the tests..";
static const uint8_t nonce12[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
static const uint8_t iv16[16] = {0};
/* SHA-256("abc"), FIPS 180-2 appendix B.1. */
static const uint8_t sha256_abc[32] = {
    0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
    0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};

static psa_key_id_t aes_key(psa_key_usage_t usage, psa_algorithm_t alg)
{
    return kt_import(PSA_KEY_TYPE_AES, key_bytes, 16, usage, alg);
}

static psa_key_id_t hmac_key(psa_key_usage_t usage, psa_algorithm_t alg)
{
    return kt_import(PSA_KEY_TYPE_HMAC, key_bytes, 32, usage, alg);
}

static void drop(psa_key_id_t key)
{
    OK(psa_destroy_key(key));
}

/* ===================================================================== */
/* Before psa_crypto_init()                                               */
/* ===================================================================== */

static void test_before_init_single_part(void)
{
    uint8_t out[64] = {0};
    size_t len = 99;

    ST(psa_hash_compute(SHA256, msg, 3, out, sizeof(out), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_hash_compare(SHA256, msg, 3, sha256_abc, 32), BAD);
    len = 99;
    ST(psa_mac_compute(1, HMAC256, msg, 3, out, sizeof(out), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_mac_verify(1, HMAC256, msg, 3, out, 32), BAD);
    len = 99;
    ST(psa_cipher_encrypt(1, PSA_ALG_CTR, msg, 16, out, sizeof(out), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_cipher_decrypt(1, PSA_ALG_CTR, msg, 32, out, sizeof(out), &len), BAD);
    ST(psa_aead_encrypt(1, PSA_ALG_GCM, nonce12, 12, NULL, 0, msg, 16, out, sizeof(out), &len),
       BAD);
    ST(psa_aead_decrypt(1, PSA_ALG_GCM, nonce12, 12, NULL, 0, msg, 32, out, sizeof(out), &len),
       BAD);
    CU_ASSERT_EQUAL(len, 0);
}

static void test_before_init_multipart(void)
{
    psa_hash_operation_t h = psa_hash_operation_init(), h2 = PSA_HASH_OPERATION_INIT;
    psa_mac_operation_t m = psa_mac_operation_init();
    psa_cipher_operation_t c = psa_cipher_operation_init();
    psa_aead_operation_t a = psa_aead_operation_init();
    uint8_t out[64] = {0}, tag[16] = {0};
    size_t len = 0, tlen = 0;

    ST(psa_hash_setup(&h, SHA256), BAD);
    ST(psa_hash_update(&h, msg, 3), BAD);
    ST(psa_hash_finish(&h, out, sizeof(out), &len), BAD);
    ST(psa_hash_verify(&h, sha256_abc, 32), BAD);
    ST(psa_hash_clone(&h, &h2), BAD);
    ST(psa_hash_suspend(&h, out, sizeof(out), &len), BAD);
    ST(psa_hash_resume(&h, out, sizeof(out)), BAD);
    ST(psa_mac_sign_setup(&m, 1, HMAC256), BAD);
    ST(psa_mac_verify_setup(&m, 1, HMAC256), BAD);
    ST(psa_mac_update(&m, msg, 3), BAD);
    ST(psa_mac_sign_finish(&m, out, sizeof(out), &len), BAD);
    ST(psa_mac_verify_finish(&m, out, 32), BAD);
    ST(psa_cipher_encrypt_setup(&c, 1, PSA_ALG_CTR), BAD);
    ST(psa_cipher_decrypt_setup(&c, 1, PSA_ALG_CTR), BAD);
    ST(psa_cipher_generate_iv(&c, out, sizeof(out), &len), BAD);
    ST(psa_cipher_set_iv(&c, iv16, 16), BAD);
    ST(psa_cipher_update(&c, msg, 16, out, sizeof(out), &len), BAD);
    ST(psa_cipher_finish(&c, out, sizeof(out), &len), BAD);
    ST(psa_aead_encrypt_setup(&a, 1, PSA_ALG_GCM), BAD);
    ST(psa_aead_decrypt_setup(&a, 1, PSA_ALG_GCM), BAD);
    ST(psa_aead_set_lengths(&a, 0, 16), BAD);
    ST(psa_aead_generate_nonce(&a, out, sizeof(out), &len), BAD);
    ST(psa_aead_set_nonce(&a, nonce12, 12), BAD);
    ST(psa_aead_update_ad(&a, msg, 3), BAD);
    ST(psa_aead_update(&a, msg, 16, out, sizeof(out), &len), BAD);
    ST(psa_aead_finish(&a, out, sizeof(out), &len, tag, sizeof(tag), &tlen), BAD);
    ST(psa_aead_verify(&a, out, sizeof(out), &len, tag, sizeof(tag)), BAD);
    /* Aborting an inactive operation is always safe. */
    OK(psa_hash_abort(&h));
    OK(psa_mac_abort(&m));
    OK(psa_cipher_abort(&c));
    OK(psa_aead_abort(&a));
}

static void test_init(void)
{
    OK(psa_crypto_init());
}

/* ===================================================================== */
/* Hash                                                                   */
/* ===================================================================== */

static void test_hash_compute_args(void)
{
    uint8_t out[PSA_HASH_MAX_SIZE] = {0};
    size_t len = 99;

    OK(psa_hash_compute(SHA256, (const uint8_t *)"abc", 3, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, sha256_abc, sizeof(sha256_abc));
    OK(psa_hash_compute(SHA256, NULL, 0, out, 32, &len));
    CU_ASSERT_EQUAL(len, 32);
    ST(psa_hash_compute(SHA256, NULL, 1, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_hash_compute(SHA256, msg, 3, NULL, 32, &len), INVAL);
    ST(psa_hash_compute(SHA256, msg, 3, out, sizeof(out), NULL), INVAL);
    len = 99;
    ST(psa_hash_compute(SHA256, msg, 3, out, 31, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_hash_compute(SHA256, msg, 3, NULL, 0, &len), SHORT);
    ST(psa_hash_compute(HMAC256, msg, 3, out, sizeof(out), &len), INVAL);
    ST(psa_hash_compute(PSA_ALG_ANY_HASH, msg, 3, out, sizeof(out), &len), INVAL);
    ST(psa_hash_compute(PSA_ALG_NONE, msg, 3, out, sizeof(out), &len), INVAL);
    ST(psa_hash_compute(PSA_ALG_MD2, msg, 3, out, sizeof(out), &len), UNSUP);
}

static void test_hash_compare_args(void)
{
    uint8_t wrong[32] = {0};

    memcpy(wrong, sha256_abc, sizeof(wrong));
    wrong[31] ^= 1;
    OK(psa_hash_compare(SHA256, (const uint8_t *)"abc", 3, sha256_abc, 32));
    ST(psa_hash_compare(SHA256, (const uint8_t *)"abc", 3, wrong, 32), BADSIG);
    ST(psa_hash_compare(SHA256, (const uint8_t *)"abc", 3, sha256_abc, 31), BADSIG);
    ST(psa_hash_compare(SHA256, (const uint8_t *)"abc", 3, NULL, 0), BADSIG);
    ST(psa_hash_compare(SHA256, NULL, 3, sha256_abc, 32), INVAL);
    ST(psa_hash_compare(SHA256, msg, 3, NULL, 32), INVAL);
    ST(psa_hash_compare(HMAC256, msg, 3, sha256_abc, 32), INVAL);
    ST(psa_hash_compare(PSA_ALG_ANY_HASH, msg, 3, sha256_abc, 32), INVAL);
}

/* After a failure the operation is inactive: abort succeeds, setup works. */
static void hash_is_reset(psa_hash_operation_t *op)
{
    ST(psa_hash_update(op, msg, 1), BAD);
    OK(psa_hash_abort(op));
    OK(psa_hash_setup(op, SHA256));
    OK(psa_hash_abort(op));
}

static void test_hash_multipart_states(void)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT;
    uint8_t out[PSA_HASH_MAX_SIZE] = {0};
    size_t len = 99;

    ST(psa_hash_update(&op, msg, 1), BAD);
    ST(psa_hash_finish(&op, out, sizeof(out), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_hash_verify(&op, sha256_abc, 32), BAD);
    OK(psa_hash_abort(&op));
    OK(psa_hash_abort(&op));
    ST(psa_hash_setup(&op, HMAC256), INVAL);
    ST(psa_hash_setup(&op, PSA_ALG_ANY_HASH), INVAL);
    ST(psa_hash_setup(&op, PSA_ALG_MD2), UNSUP);
    ST(psa_hash_setup(NULL, SHA256), INVAL);
    /* Setup on an active operation: BAD_STATE, and the operation is aborted. */
    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_setup(&op, SHA256), BAD);
    hash_is_reset(&op);
    /* A correct sequence, then every call on the finished operation. */
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"a", 1));
    OK(psa_hash_update(&op, NULL, 0));
    OK(psa_hash_update(&op, (const uint8_t *)"bc", 2));
    OK(psa_hash_finish(&op, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, sha256_abc, sizeof(sha256_abc));
    ST(psa_hash_finish(&op, out, sizeof(out), &len), BAD);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"abc", 3));
    OK(psa_hash_verify(&op, sha256_abc, 32));
    ST(psa_hash_verify(&op, sha256_abc, 32), BAD);
    OK(psa_hash_abort(&op));
}

static void test_hash_multipart_errors(void)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT;
    uint8_t out[PSA_HASH_MAX_SIZE] = {0};
    size_t len = 99;

    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_update(&op, NULL, 1), INVAL);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_finish(&op, out, 31, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_finish(&op, NULL, 32, &len), INVAL);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_finish(&op, out, sizeof(out), NULL), INVAL);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"abd", 3));
    ST(psa_hash_verify(&op, sha256_abc, 32), BADSIG);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"abc", 3));
    ST(psa_hash_verify(&op, sha256_abc, 31), BADSIG);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    ST(psa_hash_verify(&op, NULL, 32), INVAL);
    hash_is_reset(&op);
}

static void test_hash_clone(void)
{
    psa_hash_operation_t src = PSA_HASH_OPERATION_INIT, dst = PSA_HASH_OPERATION_INIT;
    uint8_t out[PSA_HASH_MAX_SIZE] = {0};
    size_t len = 0;

    ST(psa_hash_clone(&src, &dst), BAD);
    ST(psa_hash_clone(NULL, &dst), INVAL);
    OK(psa_hash_setup(&src, SHA256));
    OK(psa_hash_update(&src, (const uint8_t *)"ab", 2));
    ST(psa_hash_clone(&src, NULL), INVAL);
    /* An active target is in the wrong state and is aborted; the source is
     * untouched. */
    OK(psa_hash_setup(&dst, SHA256));
    ST(psa_hash_clone(&src, &dst), BAD);
    hash_is_reset(&dst);
    OK(psa_hash_clone(&src, &dst));
    OK(psa_hash_update(&src, (const uint8_t *)"c", 1));
    OK(psa_hash_update(&dst, (const uint8_t *)"c", 1));
    OK(psa_hash_finish(&src, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, sha256_abc, sizeof(sha256_abc));
    OK(psa_hash_verify(&dst, sha256_abc, 32));
    /* A clone of a finished (inactive) operation. */
    ST(psa_hash_clone(&src, &dst), BAD);
    OK(psa_hash_abort(&dst));
}

static void test_hash_suspend_resume(void)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT, op2 = PSA_HASH_OPERATION_INIT;
    uint8_t state[PSA_HASH_SUSPEND_OUTPUT_MAX_SIZE] = {0};
    uint8_t bad[8] = {0x03, 0x80, 0x00, 0x09, 0, 0, 0, 0}; /* the HMAC-SHA-256 id */
    size_t len = 99, need = 4 + 8 + 32 + 2;

    ST(psa_hash_suspend(&op, state, sizeof(state), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"ab", 2));
    ST(psa_hash_suspend(&op, NULL, 16, &len), INVAL);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"ab", 2));
    ST(psa_hash_suspend(&op, state, need - 1, &len), SHORT);
    hash_is_reset(&op);
    OK(psa_hash_setup(&op, SHA256));
    OK(psa_hash_update(&op, (const uint8_t *)"ab", 2));
    OK(psa_hash_suspend(&op, state, sizeof(state), &len));
    CU_ASSERT_EQUAL(len, need);
    ST(psa_hash_update(&op, msg, 1), BAD);
    /* Resume needs an inactive operation and a valid state. */
    OK(psa_hash_setup(&op2, SHA256));
    ST(psa_hash_resume(&op2, state, len), BAD);
    hash_is_reset(&op2);
    ST(psa_hash_resume(&op2, state, 3), INVAL);
    ST(psa_hash_resume(&op2, bad, sizeof(bad)), INVAL);
    ST(psa_hash_resume(&op2, NULL, 8), INVAL);
    OK(psa_hash_resume(&op2, state, len));
    OK(psa_hash_update(&op2, (const uint8_t *)"c", 1));
    OK(psa_hash_verify(&op2, sha256_abc, 32));
    /* SHA-3 has no suspend format. */
    OK(psa_hash_setup(&op, PSA_ALG_SHA3_256));
    ST(psa_hash_suspend(&op, state, sizeof(state), &len), UNSUP);
    hash_is_reset(&op);
}

/* ===================================================================== */
/* MAC                                                                    */
/* ===================================================================== */

static void test_mac_compute_args(void)
{
    psa_key_id_t key = hmac_key(PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256);
    psa_key_id_t aes = aes_key(PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256);
    psa_key_id_t cmac = hmac_key(PSA_KEY_USAGE_SIGN_MESSAGE, PSA_ALG_CMAC);
    uint8_t mac[PSA_MAC_MAX_SIZE] = {0};
    size_t len = 99;

    OK(psa_mac_compute(key, HMAC256, msg, sizeof(msg), mac, sizeof(mac), &len));
    CU_ASSERT_EQUAL(len, 32);
    OK(psa_mac_compute(key, HMAC256, NULL, 0, mac, 32, &len));
    ST(psa_mac_compute(key, HMAC256, NULL, 1, mac, sizeof(mac), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_mac_compute(key, HMAC256, msg, 1, NULL, 32, &len), INVAL);
    ST(psa_mac_compute(key, HMAC256, msg, 1, mac, sizeof(mac), NULL), INVAL);
    len = 99;
    ST(psa_mac_compute(key, HMAC256, msg, 1, mac, 31, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_mac_compute(key, SHA256, msg, 1, mac, sizeof(mac), &len), INVAL);
    ST(psa_mac_compute(key, PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(HMAC256, 16), msg, 1, mac,
                       sizeof(mac), &len),
       INVAL);
    ST(psa_mac_compute(key, PSA_ALG_HMAC(PSA_ALG_ANY_HASH), msg, 1, mac, sizeof(mac), &len),
       INVAL);
    ST(psa_mac_compute(key, PSA_ALG_HMAC(PSA_ALG_SHA_384), msg, 1, mac, sizeof(mac), &len),
       DENIED);
    ST(psa_mac_compute(PSA_KEY_ID_NULL, HMAC256, msg, 1, mac, sizeof(mac), &len),
       PSA_ERROR_INVALID_HANDLE);
    /* Key types incompatible with the algorithm. */
    ST(psa_mac_compute(aes, HMAC256, msg, 1, mac, sizeof(mac), &len), INVAL);
    ST(psa_mac_compute(cmac, PSA_ALG_CMAC, msg, 1, mac, sizeof(mac), &len), INVAL);
    drop(key);
    drop(aes);
    drop(cmac);
}

static void test_mac_truncation_and_policy(void)
{
    psa_key_id_t key = hmac_key(SIGN_VERIFY, PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(HMAC256, 1));
    psa_key_id_t verify_only = hmac_key(PSA_KEY_USAGE_VERIFY_MESSAGE, HMAC256);
    psa_key_id_t sign_only = hmac_key(PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256);
    uint8_t mac[PSA_MAC_MAX_SIZE] = {0};
    size_t len = 0;

    OK(psa_mac_compute(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), msg, 3, mac, 16, &len));
    CU_ASSERT_EQUAL(len, 16);
    OK(psa_mac_verify(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), msg, 3, mac, 16));
    ST(psa_mac_verify(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), msg, 3, mac, 15), BADSIG);
    ST(psa_mac_compute(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), msg, 3, mac, 15, &len), SHORT);
    ST(psa_mac_compute(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 3), msg, 3, mac, 32, &len), UNSUP);
    ST(psa_mac_compute(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 33), msg, 3, mac, 64, &len), INVAL);
    OK(psa_mac_compute(key, PSA_ALG_TRUNCATED_MAC(HMAC256, 4), msg, 3, mac, 4, &len));
    ST(psa_mac_compute(verify_only, HMAC256, msg, 3, mac, sizeof(mac), &len), DENIED);
    ST(psa_mac_verify(sign_only, HMAC256, msg, 3, mac, 32), DENIED);
    drop(key);
    drop(verify_only);
    drop(sign_only);
}

static void test_mac_verify_args(void)
{
    psa_key_id_t key = hmac_key(SIGN_VERIFY, HMAC256);
    uint8_t mac[PSA_MAC_MAX_SIZE] = {0};
    size_t len = 0;

    OK(psa_mac_compute(key, HMAC256, msg, sizeof(msg), mac, sizeof(mac), &len));
    OK(psa_mac_verify(key, HMAC256, msg, sizeof(msg), mac, len));
    ST(psa_mac_verify(key, HMAC256, msg, sizeof(msg), mac, len - 1), BADSIG);
    ST(psa_mac_verify(key, HMAC256, msg, sizeof(msg), mac, len + 1), BADSIG);
    ST(psa_mac_verify(key, HMAC256, msg, sizeof(msg), NULL, 0), BADSIG);
    mac[0] ^= 1;
    ST(psa_mac_verify(key, HMAC256, msg, sizeof(msg), mac, len), BADSIG);
    ST(psa_mac_verify(key, HMAC256, NULL, 1, mac, len), INVAL);
    ST(psa_mac_verify(key, HMAC256, msg, 1, NULL, len), INVAL);
    ST(psa_mac_verify(key, SHA256, msg, 1, mac, len), INVAL);
    drop(key);
}

static void mac_is_reset(psa_mac_operation_t *op, psa_key_id_t key)
{
    ST(psa_mac_update(op, msg, 1), BAD);
    OK(psa_mac_abort(op));
    OK(psa_mac_sign_setup(op, key, HMAC256));
    OK(psa_mac_abort(op));
}

static void test_mac_multipart_states(void)
{
    psa_key_id_t key = hmac_key(SIGN_VERIFY, HMAC256);
    psa_key_id_t sign_only = hmac_key(PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256);
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    uint8_t mac[PSA_MAC_MAX_SIZE] = {0}, mac2[PSA_MAC_MAX_SIZE] = {0};
    size_t len = 99, len2 = 0;

    ST(psa_mac_update(&op, msg, 1), BAD);
    ST(psa_mac_sign_finish(&op, mac, sizeof(mac), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_mac_verify_finish(&op, mac, 32), BAD);
    OK(psa_mac_abort(&op));
    ST(psa_mac_sign_setup(&op, key, SHA256), INVAL);
    ST(psa_mac_sign_setup(&op, key, PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(HMAC256, 8)), INVAL);
    ST(psa_mac_verify_setup(&op, sign_only, HMAC256), DENIED);
    ST(psa_mac_sign_setup(NULL, key, HMAC256), INVAL);
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_verify_setup(&op, key, HMAC256), BAD);
    mac_is_reset(&op, key);
    /* Finishing with the other kind of finish. */
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_verify_finish(&op, mac, 32), BAD);
    mac_is_reset(&op, key);
    OK(psa_mac_verify_setup(&op, key, HMAC256));
    ST(psa_mac_sign_finish(&op, mac, sizeof(mac), &len), BAD);
    mac_is_reset(&op, key);
    /* Round trip: multi-part equals single-part; verify succeeds once. */
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    OK(psa_mac_update(&op, msg, 10));
    OK(psa_mac_update(&op, NULL, 0));
    OK(psa_mac_update(&op, msg + 10, sizeof(msg) - 10));
    OK(psa_mac_sign_finish(&op, mac, sizeof(mac), &len));
    ST(psa_mac_sign_finish(&op, mac2, sizeof(mac2), &len2), BAD);
    CU_ASSERT_EQUAL(len2, 0);
    OK(psa_mac_compute(key, HMAC256, msg, sizeof(msg), mac2, sizeof(mac2), &len2));
    KT_ASSERT_BYTES(mac, len, mac2, len2);
    OK(psa_mac_verify_setup(&op, key, HMAC256));
    OK(psa_mac_update(&op, msg, sizeof(msg)));
    OK(psa_mac_verify_finish(&op, mac, len));
    ST(psa_mac_verify_finish(&op, mac, len), BAD);
    OK(psa_mac_abort(&op));
    drop(key);
    drop(sign_only);
}

static void test_mac_multipart_errors(void)
{
    psa_key_id_t key = hmac_key(SIGN_VERIFY, HMAC256);
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    uint8_t mac[PSA_MAC_MAX_SIZE] = {0};
    size_t len = 99;

    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_update(&op, NULL, 1), INVAL);
    mac_is_reset(&op, key);
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_sign_finish(&op, mac, 31, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    mac_is_reset(&op, key);
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_sign_finish(&op, NULL, 32, &len), INVAL);
    mac_is_reset(&op, key);
    OK(psa_mac_sign_setup(&op, key, HMAC256));
    ST(psa_mac_sign_finish(&op, mac, sizeof(mac), NULL), INVAL);
    mac_is_reset(&op, key);
    OK(psa_mac_compute(key, HMAC256, msg, 5, mac, sizeof(mac), &len));
    OK(psa_mac_verify_setup(&op, key, HMAC256));
    OK(psa_mac_update(&op, msg, 5));
    ST(psa_mac_verify_finish(&op, mac, len - 1), BADSIG);
    mac_is_reset(&op, key);
    OK(psa_mac_verify_setup(&op, key, HMAC256));
    OK(psa_mac_update(&op, msg, 4));
    ST(psa_mac_verify_finish(&op, mac, len), BADSIG);
    mac_is_reset(&op, key);
    OK(psa_mac_verify_setup(&op, key, HMAC256));
    ST(psa_mac_verify_finish(&op, NULL, 32), INVAL);
    mac_is_reset(&op, key);
    drop(key);
}

/* ===================================================================== */
/* Unauthenticated ciphers                                                */
/* ===================================================================== */

static void test_cipher_single_part(void)
{
    psa_key_id_t cbc = aes_key(ENC_DEC, PSA_ALG_CBC_PKCS7);
    psa_key_id_t ecb = aes_key(ENC_DEC, PSA_ALG_ECB_NO_PADDING);
    psa_key_id_t enc_only = aes_key(PSA_KEY_USAGE_ENCRYPT, PSA_ALG_CBC_PKCS7);
    psa_key_id_t dec_only = aes_key(PSA_KEY_USAGE_DECRYPT, PSA_ALG_CBC_PKCS7);
    psa_key_id_t hmac = hmac_key(ENC_DEC, PSA_ALG_CBC_PKCS7);
    size_t need = PSA_CIPHER_ENCRYPT_OUTPUT_SIZE(PSA_KEY_TYPE_AES, PSA_ALG_CBC_PKCS7, 20);
    uint8_t ct[64] = {0}, pt[64] = {0};
    size_t len = 99, plen = 99;

    CU_ASSERT_EQUAL(need, 16 + 32);
    OK(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, msg, 20, ct, need, &len));
    CU_ASSERT_EQUAL(len, need);
    OK(psa_cipher_decrypt(cbc, PSA_ALG_CBC_PKCS7, ct, len, pt, sizeof(pt), &plen));
    KT_ASSERT_BYTES(pt, plen, msg, 20);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, msg, 20, ct, need - 1, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, msg, 20, ct, 15, &len), SHORT);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, NULL, 20, ct, need, &len), INVAL);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, msg, 20, NULL, need, &len), INVAL);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CBC_PKCS7, msg, 20, ct, need, NULL), INVAL);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_GCM, msg, 20, ct, sizeof(ct), &len), INVAL);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CCM_STAR_ANY_TAG, msg, 20, ct, sizeof(ct), &len), INVAL);
    ST(psa_cipher_encrypt(cbc, PSA_ALG_CTR, msg, 20, ct, sizeof(ct), &len), DENIED);
    ST(psa_cipher_encrypt(dec_only, PSA_ALG_CBC_PKCS7, msg, 20, ct, need, &len), DENIED);
    ST(psa_cipher_decrypt(enc_only, PSA_ALG_CBC_PKCS7, ct, 48, pt, sizeof(pt), &plen), DENIED);
    ST(psa_cipher_encrypt(hmac, PSA_ALG_CBC_PKCS7, msg, 20, ct, need, &len), INVAL);
    /* Decryption input shorter than the IV; NULL buffers. */
    plen = 99;
    ST(psa_cipher_decrypt(cbc, PSA_ALG_CBC_PKCS7, ct, 15, pt, sizeof(pt), &plen), INVAL);
    CU_ASSERT_EQUAL(plen, 0);
    ST(psa_cipher_decrypt(cbc, PSA_ALG_CBC_PKCS7, NULL, 32, pt, sizeof(pt), &plen), INVAL);
    ST(psa_cipher_decrypt(cbc, PSA_ALG_CBC_PKCS7, ct, 32, NULL, 16, &plen), INVAL);
    /* ECB: no IV; empty input is legal; partial blocks are not. */
    OK(psa_cipher_encrypt(ecb, PSA_ALG_ECB_NO_PADDING, NULL, 0, NULL, 0, &len));
    CU_ASSERT_EQUAL(len, 0);
    OK(psa_cipher_encrypt(ecb, PSA_ALG_ECB_NO_PADDING, msg, 32, ct, 32, &len));
    ST(psa_cipher_encrypt(ecb, PSA_ALG_ECB_NO_PADDING, msg, 32, ct, 31, &len), SHORT);
    ST(psa_cipher_encrypt(ecb, PSA_ALG_ECB_NO_PADDING, msg, 15, ct, 32, &len), INVAL);
    OK(psa_cipher_decrypt(ecb, PSA_ALG_ECB_NO_PADDING, ct, 32, pt, 32, &plen));
    KT_ASSERT_BYTES(pt, plen, msg, 32);
    ST(psa_cipher_decrypt(ecb, PSA_ALG_ECB_NO_PADDING, ct, 32, pt, 31, &plen), SHORT);
    drop(cbc);
    drop(ecb);
    drop(enc_only);
    drop(dec_only);
    drop(hmac);
}

static void cipher_is_reset(psa_cipher_operation_t *op, psa_key_id_t key, psa_algorithm_t alg)
{
    uint8_t out[32] = {0};
    size_t len = 0;

    ST(psa_cipher_update(op, msg, 16, out, sizeof(out), &len), BAD);
    OK(psa_cipher_abort(op));
    OK(psa_cipher_decrypt_setup(op, key, alg));
    OK(psa_cipher_abort(op));
}

static void test_cipher_multipart_states(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_CBC_NO_PADDING);
    psa_key_id_t ecb = aes_key(ENC_DEC, PSA_ALG_ECB_NO_PADDING);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    const psa_algorithm_t alg = PSA_ALG_CBC_NO_PADDING;
    uint8_t iv[16] = {0}, out[64] = {0};
    size_t len = 99;

    ST(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_cipher_set_iv(&op, iv16, 16), BAD);
    ST(psa_cipher_finish(&op, out, sizeof(out), &len), BAD);
    OK(psa_cipher_abort(&op));
    ST(psa_cipher_encrypt_setup(&op, key, PSA_ALG_GCM), INVAL);
    ST(psa_cipher_encrypt_setup(&op, key, PSA_ALG_CCM_STAR_ANY_TAG), INVAL);
    ST(psa_cipher_encrypt_setup(&op, key, PSA_ALG_CTR), DENIED);
    ST(psa_cipher_encrypt_setup(NULL, key, alg), INVAL);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    ST(psa_cipher_decrypt_setup(&op, key, alg), BAD);
    cipher_is_reset(&op, key, alg);
    /* update and finish need the IV first. */
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    ST(psa_cipher_update(&op, msg, 16, out, sizeof(out), &len), BAD);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_decrypt_setup(&op, key, alg));
    ST(psa_cipher_finish(&op, out, sizeof(out), &len), BAD);
    cipher_is_reset(&op, key, alg);
    /* A decryption cannot generate its IV; the IV is set once. */
    OK(psa_cipher_decrypt_setup(&op, key, alg));
    ST(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len), BAD);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    OK(psa_cipher_set_iv(&op, iv16, 16));
    ST(psa_cipher_set_iv(&op, iv16, 16), BAD);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    OK(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len));
    CU_ASSERT_EQUAL(len, 16);
    ST(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len), BAD);
    cipher_is_reset(&op, key, alg);
    /* ECB takes no IV at all. */
    OK(psa_cipher_encrypt_setup(&op, ecb, PSA_ALG_ECB_NO_PADDING));
    ST(psa_cipher_set_iv(&op, iv16, 16), BAD);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, ecb, PSA_ALG_ECB_NO_PADDING));
    ST(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len), BAD);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, ecb, PSA_ALG_ECB_NO_PADDING));
    OK(psa_cipher_update(&op, msg, 16, out, 16, &len));
    OK(psa_cipher_finish(&op, NULL, 0, &len));
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_cipher_finish(&op, out, sizeof(out), &len), BAD);
    OK(psa_cipher_abort(&op));
    drop(key);
    drop(ecb);
}

static void test_cipher_multipart_errors(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_CBC_PKCS7);
    psa_key_id_t ctr = aes_key(ENC_DEC, PSA_ALG_CTR);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    const psa_algorithm_t alg = PSA_ALG_CBC_PKCS7;
    uint8_t iv[16] = {0}, out[64] = {0};
    size_t len = 99;

    OK(psa_cipher_encrypt_setup(&op, key, alg));
    ST(psa_cipher_set_iv(&op, iv16, 15), INVAL);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    ST(psa_cipher_set_iv(&op, NULL, 16), INVAL);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    ST(psa_cipher_generate_iv(&op, iv, 15, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    cipher_is_reset(&op, key, alg);
    /* CTR accepts a nonce of 1 to 16 bytes. */
    OK(psa_cipher_encrypt_setup(&op, ctr, PSA_ALG_CTR));
    OK(psa_cipher_set_iv(&op, iv16, 12));
    OK(psa_cipher_update(&op, msg, 5, out, 5, &len));
    CU_ASSERT_EQUAL(len, 5);
    ST(psa_cipher_update(&op, msg, 5, out, 4, &len), SHORT);
    cipher_is_reset(&op, ctr, PSA_ALG_CTR);
    OK(psa_cipher_encrypt_setup(&op, ctr, PSA_ALG_CTR));
    ST(psa_cipher_set_iv(&op, iv16, 0), INVAL);
    cipher_is_reset(&op, ctr, PSA_ALG_CTR);
    /* Output one byte short of PSA_CIPHER_UPDATE/FINISH_OUTPUT_SIZE. */
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    OK(psa_cipher_set_iv(&op, iv16, 16));
    len = 99;
    ST(psa_cipher_update(&op, msg, 16, out, 15, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    OK(psa_cipher_set_iv(&op, iv16, 16));
    ST(psa_cipher_update(&op, NULL, 16, out, sizeof(out), &len), INVAL);
    cipher_is_reset(&op, key, alg);
    OK(psa_cipher_encrypt_setup(&op, key, alg));
    OK(psa_cipher_set_iv(&op, iv16, 16));
    OK(psa_cipher_update(&op, msg, 20, out, sizeof(out), &len));
    ST(psa_cipher_finish(&op, out, 15, &len), SHORT);
    cipher_is_reset(&op, key, alg);
    drop(key);
    drop(ctr);
}

static void test_cipher_multipart_round_trip(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_CBC_PKCS7);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    uint8_t iv[16] = {0}, ct[64] = {0}, pt[64] = {0};
    size_t ivlen = 0, len = 0, total = 0, ptotal = 0;

    OK(psa_cipher_encrypt_setup(&op, key, PSA_ALG_CBC_PKCS7));
    OK(psa_cipher_generate_iv(&op, iv, sizeof(iv), &ivlen));
    OK(psa_cipher_update(&op, msg, 7, ct, sizeof(ct), &len));
    total += len;
    OK(psa_cipher_update(&op, NULL, 0, ct + total, sizeof(ct) - total, &len));
    total += len;
    OK(psa_cipher_update(&op, msg + 7, 30, ct + total, sizeof(ct) - total, &len));
    total += len;
    OK(psa_cipher_finish(&op, ct + total, sizeof(ct) - total, &len));
    total += len;
    CU_ASSERT_EQUAL(total, 48);
    OK(psa_cipher_decrypt_setup(&op, key, PSA_ALG_CBC_PKCS7));
    OK(psa_cipher_set_iv(&op, iv, ivlen));
    OK(psa_cipher_update(&op, ct, total, pt, sizeof(pt), &len));
    ptotal += len;
    OK(psa_cipher_finish(&op, pt + ptotal, sizeof(pt) - ptotal, &len));
    ptotal += len;
    KT_ASSERT_BYTES(pt, ptotal, msg, 37);
    OK(psa_cipher_abort(&op));
    drop(key);
}

/* ===================================================================== */
/* AEAD                                                                   */
/* ===================================================================== */

static void test_aead_single_part(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_key_id_t enc_only = aes_key(PSA_KEY_USAGE_ENCRYPT, PSA_ALG_GCM);
    psa_key_id_t dec_only = aes_key(PSA_KEY_USAGE_DECRYPT, PSA_ALG_GCM);
    psa_key_id_t shortened = aes_key(ENC_DEC, PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(
                                                  PSA_ALG_GCM, 4));
    psa_key_id_t hmac = hmac_key(ENC_DEC, PSA_ALG_GCM);
    const psa_algorithm_t gcm = PSA_ALG_GCM;
    uint8_t ct[80] = {0}, pt[64] = {0};
    size_t len = 99, plen = 99;

    OK(psa_aead_encrypt(key, gcm, nonce12, 12, msg, 5, msg, 20, ct, 36, &len));
    CU_ASSERT_EQUAL(len, 36);
    OK(psa_aead_decrypt(key, gcm, nonce12, 12, msg, 5, ct, len, pt, 20, &plen));
    KT_ASSERT_BYTES(pt, plen, msg, 20);
    ST(psa_aead_decrypt(key, gcm, nonce12, 12, msg, 5, ct, len, pt, 19, &plen), SHORT);
    CU_ASSERT_EQUAL(plen, 0);
    ct[3] ^= 1;
    ST(psa_aead_decrypt(key, gcm, nonce12, 12, msg, 5, ct, len, pt, 20, &plen), BADSIG);
    ST(psa_aead_decrypt(key, gcm, nonce12, 12, msg, 5, ct, 15, pt, 20, &plen), BADSIG);
    OK(psa_aead_encrypt(key, gcm, nonce12, 12, NULL, 0, NULL, 0, ct, 16, &len));
    CU_ASSERT_EQUAL(len, 16);
    OK(psa_aead_decrypt(key, gcm, nonce12, 12, NULL, 0, ct, 16, NULL, 0, &plen));
    CU_ASSERT_EQUAL(plen, 0);
    len = 99;
    ST(psa_aead_encrypt(key, gcm, nonce12, 12, msg, 5, msg, 20, ct, 35, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_aead_encrypt(key, gcm, nonce12, 0, msg, 5, msg, 20, ct, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, gcm, NULL, 12, msg, 5, msg, 20, ct, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, gcm, nonce12, 12, NULL, 5, msg, 20, ct, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, gcm, nonce12, 12, msg, 5, NULL, 20, ct, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, gcm, nonce12, 12, msg, 5, msg, 20, NULL, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, gcm, nonce12, 12, msg, 5, msg, 20, ct, 36, NULL), INVAL);
    ST(psa_aead_encrypt(key, PSA_ALG_CBC_PKCS7, nonce12, 12, msg, 5, msg, 20, ct, 80, &len),
       INVAL);
    ST(psa_aead_encrypt(key, PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(gcm, 12), nonce12, 12,
                        msg, 5, msg, 20, ct, 80, &len),
       INVAL);
    ST(psa_aead_encrypt(key, PSA_ALG_CCM, nonce12, 12, msg, 5, msg, 20, ct, 80, &len), DENIED);
    ST(psa_aead_encrypt(dec_only, gcm, nonce12, 12, msg, 5, msg, 20, ct, 36, &len), DENIED);
    ST(psa_aead_decrypt(enc_only, gcm, nonce12, 12, msg, 5, ct, 36, pt, 20, &plen), DENIED);
    ST(psa_aead_encrypt(hmac, gcm, nonce12, 12, msg, 5, msg, 20, ct, 36, &len), INVAL);
    /* Shortened tags: 12 is a GCM tag length, 5 is not. */
    OK(psa_aead_encrypt(shortened, PSA_ALG_AEAD_WITH_SHORTENED_TAG(gcm, 12), nonce12, 12, msg,
                        5, msg, 20, ct, 32, &len));
    CU_ASSERT_EQUAL(len, 32);
    ST(psa_aead_encrypt(shortened, PSA_ALG_AEAD_WITH_SHORTENED_TAG(gcm, 5), nonce12, 12, msg,
                        5, msg, 20, ct, 80, &len),
       INVAL);
    drop(key);
    drop(enc_only);
    drop(dec_only);
    drop(shortened);
    drop(hmac);
}

static void test_aead_ccm_single_part(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_CCM);
    uint8_t ct[80] = {0};
    size_t len = 0;

    OK(psa_aead_encrypt(key, PSA_ALG_CCM, nonce12, 12, msg, 5, msg, 20, ct, 36, &len));
    OK(psa_aead_encrypt(key, PSA_ALG_CCM, nonce12, 7, msg, 5, msg, 20, ct, 36, &len));
    ST(psa_aead_encrypt(key, PSA_ALG_CCM, nonce12, 6, msg, 5, msg, 20, ct, 36, &len), INVAL);
    ST(psa_aead_encrypt(key, PSA_ALG_CCM, iv16, 14, msg, 5, msg, 20, ct, 36, &len), INVAL);
    drop(key);
}

static void aead_is_reset(psa_aead_operation_t *op, psa_key_id_t key, psa_algorithm_t alg)
{
    ST(psa_aead_update_ad(op, msg, 1), BAD);
    OK(psa_aead_abort(op));
    OK(psa_aead_decrypt_setup(op, key, alg));
    OK(psa_aead_abort(op));
}

/* Set up a GCM operation with its nonce. */
static void gcm_start(psa_aead_operation_t *op, psa_key_id_t key, int encrypt)
{
    if (encrypt) {
        OK(psa_aead_encrypt_setup(op, key, PSA_ALG_GCM));
    } else {
        OK(psa_aead_decrypt_setup(op, key, PSA_ALG_GCM));
    }
    OK(psa_aead_set_nonce(op, nonce12, 12));
}

static void test_aead_multipart_order(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    const psa_algorithm_t gcm = PSA_ALG_GCM;
    uint8_t out[64] = {0}, tag[16] = {0}, nonce[16] = {0};
    size_t len = 99, tlen = 99;

    ST(psa_aead_encrypt_setup(&op, key, PSA_ALG_CBC_PKCS7), INVAL);
    ST(psa_aead_encrypt_setup(&op, key, PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(gcm, 8)),
       INVAL);
    ST(psa_aead_encrypt_setup(NULL, key, gcm), INVAL);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_encrypt_setup(&op, key, gcm), BAD);
    aead_is_reset(&op, key, gcm);
    /* Nothing before the nonce. */
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_update_ad(&op, msg, 1), BAD);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_update(&op, msg, 16, out, sizeof(out), &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_finish(&op, out, sizeof(out), &len, tag, sizeof(tag), &tlen), BAD);
    CU_ASSERT_EQUAL(tlen, 0);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_decrypt_setup(&op, key, gcm));
    ST(psa_aead_verify(&op, out, sizeof(out), &len, tag, 16), BAD);
    aead_is_reset(&op, key, gcm);
    /* The nonce once; generate_nonce only when encrypting. */
    gcm_start(&op, key, 1);
    ST(psa_aead_set_nonce(&op, nonce12, 12), BAD);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_generate_nonce(&op, nonce, sizeof(nonce), &len), BAD);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_decrypt_setup(&op, key, gcm));
    ST(psa_aead_generate_nonce(&op, nonce, sizeof(nonce), &len), BAD);
    aead_is_reset(&op, key, gcm);
    drop(key);
}

static void test_aead_multipart_order2(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    const psa_algorithm_t gcm = PSA_ALG_GCM;
    uint8_t out[64] = {0}, tag[16] = {0};
    size_t len = 0, tlen = 0;

    /* Lengths once, before the nonce. */
    gcm_start(&op, key, 1);
    ST(psa_aead_set_lengths(&op, 0, 16), BAD);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 0, 16));
    ST(psa_aead_set_lengths(&op, 0, 16), BAD);
    aead_is_reset(&op, key, gcm);
    /* No additional data after the message. */
    gcm_start(&op, key, 1);
    OK(psa_aead_update(&op, msg, 16, out, sizeof(out), &len));
    ST(psa_aead_update_ad(&op, msg, 1), BAD);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    OK(psa_aead_update(&op, NULL, 0, NULL, 0, &len));
    ST(psa_aead_update_ad(&op, msg, 1), BAD);
    aead_is_reset(&op, key, gcm);
    /* finish encrypts, verify decrypts. */
    gcm_start(&op, key, 0);
    ST(psa_aead_finish(&op, out, sizeof(out), &len, tag, sizeof(tag), &tlen), BAD);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_verify(&op, out, sizeof(out), &len, tag, 16), BAD);
    aead_is_reset(&op, key, gcm);
    drop(key);
}

static void test_aead_multipart_lengths(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_key_id_t ccm = aes_key(ENC_DEC, PSA_ALG_CCM);
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    const psa_algorithm_t gcm = PSA_ALG_GCM;
    uint8_t out[64] = {0}, tag[16] = {0}, nonce[16] = {0};
    size_t len = 0, tlen = 0;

    /* CCM needs the lengths before the nonce. */
    OK(psa_aead_encrypt_setup(&op, ccm, PSA_ALG_CCM));
    ST(psa_aead_set_nonce(&op, nonce12, 12), BAD);
    aead_is_reset(&op, ccm, PSA_ALG_CCM);
    OK(psa_aead_encrypt_setup(&op, ccm, PSA_ALG_CCM));
    ST(psa_aead_generate_nonce(&op, nonce, sizeof(nonce), &len), BAD);
    aead_is_reset(&op, ccm, PSA_ALG_CCM);
    OK(psa_aead_encrypt_setup(&op, ccm, PSA_ALG_CCM));
    OK(psa_aead_set_lengths(&op, 3, 16));
    OK(psa_aead_generate_nonce(&op, nonce, sizeof(nonce), &len));
    CU_ASSERT_EQUAL(len, 13);
    OK(psa_aead_update_ad(&op, msg, 3));
    OK(psa_aead_update(&op, msg, 16, out, sizeof(out), &len));
    OK(psa_aead_finish(&op, out, sizeof(out), &len, tag, sizeof(tag), &tlen));
    CU_ASSERT_EQUAL(tlen, 16);
    /* Declared lengths are enforced. */
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 3, 16));
    OK(psa_aead_set_nonce(&op, nonce12, 12));
    ST(psa_aead_update_ad(&op, msg, 4), INVAL);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 3, 16));
    OK(psa_aead_set_nonce(&op, nonce12, 12));
    OK(psa_aead_update_ad(&op, msg, 2));
    ST(psa_aead_update(&op, msg, 16, out, sizeof(out), &len), INVAL);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 0, 16));
    OK(psa_aead_set_nonce(&op, nonce12, 12));
    OK(psa_aead_update(&op, msg, 10, out, sizeof(out), &len));
    ST(psa_aead_update(&op, msg, 7, out, sizeof(out), &len), INVAL);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 0, 16));
    OK(psa_aead_set_nonce(&op, nonce12, 12));
    OK(psa_aead_update(&op, msg, 15, out, sizeof(out), &len));
    ST(psa_aead_finish(&op, out, sizeof(out), &len, tag, sizeof(tag), &tlen), INVAL);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_decrypt_setup(&op, key, gcm));
    OK(psa_aead_set_lengths(&op, 1, 0));
    OK(psa_aead_set_nonce(&op, nonce12, 12));
    ST(psa_aead_verify(&op, out, sizeof(out), &len, tag, 16), INVAL);
    aead_is_reset(&op, key, gcm);
    drop(key);
    drop(ccm);
}

static void test_aead_multipart_buffers(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    const psa_algorithm_t gcm = PSA_ALG_GCM;
    uint8_t out[64] = {0}, tag[16] = {0}, nonce[16] = {0};
    size_t len = 99, tlen = 99;

    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_generate_nonce(&op, nonce, 11, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_set_nonce(&op, nonce12, 0), INVAL);
    aead_is_reset(&op, key, gcm);
    OK(psa_aead_encrypt_setup(&op, key, gcm));
    ST(psa_aead_set_nonce(&op, NULL, 12), INVAL);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_update_ad(&op, NULL, 1), INVAL);
    aead_is_reset(&op, key, gcm);
    /* PSA_AEAD_UPDATE_OUTPUT_SIZE(AES, GCM, 16) is 16. */
    gcm_start(&op, key, 1);
    len = 99;
    ST(psa_aead_update(&op, msg, 16, out, 15, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_update(&op, NULL, 16, out, sizeof(out), &len), INVAL);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_finish(&op, out, sizeof(out), &len, tag, 15, &tlen), SHORT);
    CU_ASSERT_EQUAL(tlen, 0);
    aead_is_reset(&op, key, gcm);
    /* BUFFER_TOO_SMALL is for the output a call actually produces, not the
     * sufficient-size macros: with nothing pending, finish needs no room. */
    gcm_start(&op, key, 1);
    OK(psa_aead_finish(&op, NULL, 0, &len, tag, sizeof(tag), &tlen));
    CU_ASSERT_EQUAL(len, 0);
    CU_ASSERT_EQUAL(tlen, 16);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 1);
    ST(psa_aead_finish(&op, out, sizeof(out), NULL, tag, sizeof(tag), &tlen), INVAL);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 0);
    OK(psa_aead_verify(&op, NULL, 0, &len, tag, 16)); /* the tag just made */
    CU_ASSERT_EQUAL(len, 0);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 0);
    ST(psa_aead_verify(&op, out, sizeof(out), &len, tag, 15), BADSIG);
    aead_is_reset(&op, key, gcm);
    gcm_start(&op, key, 0);
    ST(psa_aead_verify(&op, out, sizeof(out), &len, NULL, 16), INVAL);
    aead_is_reset(&op, key, gcm);
    drop(key);
}

static void test_aead_multipart_round_trip(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_GCM);
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    uint8_t nonce[PSA_AEAD_NONCE_MAX_SIZE] = {0}, ct[64] = {0}, pt[64] = {0};
    uint8_t tag[16] = {0}, single[80] = {0};
    size_t nlen = 0, len = 0, total = 0, tlen = 0, plen = 0;

    OK(psa_aead_encrypt_setup(&op, key, PSA_ALG_GCM));
    OK(psa_aead_generate_nonce(&op, nonce, sizeof(nonce), &nlen));
    CU_ASSERT_EQUAL(nlen, 12);
    OK(psa_aead_update_ad(&op, msg, 2));
    OK(psa_aead_update_ad(&op, NULL, 0));
    OK(psa_aead_update_ad(&op, msg + 2, 3));
    OK(psa_aead_update(&op, msg, 16, ct, sizeof(ct), &len));
    total += len;
    OK(psa_aead_update(&op, msg + 16, 16, ct + total, sizeof(ct) - total, &len));
    total += len;
    OK(psa_aead_finish(&op, ct + total, sizeof(ct) - total, &len, tag, sizeof(tag), &tlen));
    total += len;
    CU_ASSERT_EQUAL(total, 32);
    CU_ASSERT_EQUAL(tlen, 16);
    ST(psa_aead_finish(&op, pt, sizeof(pt), &len, single, sizeof(tag), &plen), BAD);
    CU_ASSERT_EQUAL(plen, 0);
    /* The single-part function agrees. */
    OK(psa_aead_encrypt(key, PSA_ALG_GCM, nonce, nlen, msg, 5, msg, 32, single, sizeof(single),
                        &len));
    KT_ASSERT_BYTES(single, len - 16, ct, total);
    KT_ASSERT_BYTES(single + 32, (size_t)16, tag, tlen);
    OK(psa_aead_decrypt_setup(&op, key, PSA_ALG_GCM));
    OK(psa_aead_set_lengths(&op, 5, 32));
    OK(psa_aead_set_nonce(&op, nonce, nlen));
    OK(psa_aead_update_ad(&op, msg, 5));
    OK(psa_aead_update(&op, ct, total, pt, sizeof(pt), &len));
    plen += len;
    OK(psa_aead_verify(&op, pt + plen, sizeof(pt) - plen, &len, tag, tlen));
    plen += len;
    KT_ASSERT_BYTES(pt, plen, msg, 32);
    /* A wrong tag fails, and the operation is then reset. */
    tag[0] ^= 1;
    gcm_start(&op, key, 0);
    OK(psa_aead_update_ad(&op, msg, 5));
    OK(psa_aead_update(&op, ct, total, pt, sizeof(pt), &len));
    ST(psa_aead_verify(&op, pt, sizeof(pt), &len, tag, tlen), BADSIG);
    aead_is_reset(&op, key, PSA_ALG_GCM);
    drop(key);
}

/* IV rules of the ChaCha20 stream cipher. */
static void test_chacha20_shape(void)
{
    psa_key_id_t chacha = kt_import(PSA_KEY_TYPE_CHACHA20, key_bytes, 32, ENC_DEC,
                                    PSA_ALG_STREAM_CIPHER);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    uint8_t out[80] = {0}, iv[32] = {0};
    size_t len = 0;

    /* ChaCha20: 12-byte IV by default; 8, 12 or 16 may be set; not 11. */
    OK(psa_cipher_encrypt(chacha, PSA_ALG_STREAM_CIPHER, msg, 20, out, 32, &len));
    CU_ASSERT_EQUAL(len, 32);
    OK(psa_cipher_encrypt_setup(&op, chacha, PSA_ALG_STREAM_CIPHER));
    OK(psa_cipher_generate_iv(&op, iv, sizeof(iv), &len));
    CU_ASSERT_EQUAL(len, 12);
    OK(psa_cipher_abort(&op));
    OK(psa_cipher_decrypt_setup(&op, chacha, PSA_ALG_STREAM_CIPHER));
    ST(psa_cipher_set_iv(&op, iv, 11), INVAL);
    ST(psa_cipher_update(&op, msg, 1, out, sizeof(out), &len), BAD);
    OK(psa_cipher_abort(&op));
    drop(chacha);
}

static void test_aead_mac_shapes(void)
{
    psa_key_id_t poly = kt_import(PSA_KEY_TYPE_CHACHA20, key_bytes, 32, ENC_DEC,
                                  PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(
                                      PSA_ALG_CHACHA20_POLY1305, 1));
    psa_key_id_t ccm = aes_key(ENC_DEC, PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM,
                                                                                  1));
    psa_key_id_t cmac = aes_key(PSA_KEY_USAGE_SIGN_MESSAGE,
                                PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_CMAC, 4));
    psa_aead_operation_t aop = PSA_AEAD_OPERATION_INIT;
    uint8_t out[80] = {0}, iv[32] = {0};
    size_t len = 0;

    /* ChaCha20-Poly1305: 16-byte tags only, nonce of 12 (or 8) bytes. */
    OK(psa_aead_encrypt(poly, PSA_ALG_CHACHA20_POLY1305, nonce12, 12, NULL, 0, msg, 4, out, 20,
                        &len));
    ST(psa_aead_encrypt(poly, PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CHACHA20_POLY1305, 12),
                        nonce12, 12, NULL, 0, msg, 4, out, sizeof(out), &len),
       UNSUP);
    ST(psa_aead_encrypt(poly, PSA_ALG_CHACHA20_POLY1305, nonce12, 11, NULL, 0, msg, 4, out,
                        sizeof(out), &len),
       INVAL);
    /* CCM: even tags from 4 to 16; generate_nonce sizes L from the plaintext length. */
    ST(psa_aead_encrypt(ccm, PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 5), nonce12, 12,
                        NULL, 0, msg, 4, out, sizeof(out), &len),
       INVAL);
    OK(psa_aead_encrypt(ccm, PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8), nonce12, 12, NULL,
                        0, msg, 4, out, 12, &len));
    OK(psa_aead_encrypt_setup(&aop, ccm, PSA_ALG_CCM));
    OK(psa_aead_set_lengths(&aop, 0, 70000));
    OK(psa_aead_generate_nonce(&aop, iv, sizeof(iv), &len));
    CU_ASSERT_EQUAL(len, 12);
    OK(psa_aead_abort(&aop));
    /* A 13-byte nonce leaves L = 2: at most 65535 bytes of plaintext. */
    OK(psa_aead_encrypt_setup(&aop, ccm, PSA_ALG_CCM));
    OK(psa_aead_set_lengths(&aop, 0, 70000));
    ST(psa_aead_set_nonce(&aop, iv16, 13), INVAL);
    OK(psa_aead_abort(&aop));
    /* CMAC over AES: 16 bytes, truncations from 4 to 16. */
    OK(psa_mac_compute(cmac, PSA_ALG_CMAC, msg, 5, out, 16, &len));
    CU_ASSERT_EQUAL(len, 16);
    OK(psa_mac_compute(cmac, PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 8), msg, 5, out, 8, &len));
    ST(psa_mac_compute(cmac, PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 17), msg, 5, out, 32, &len),
       INVAL);
    drop(poly);
    drop(ccm);
    drop(cmac);
}

static const kt_test before_init_tests[] = {
    {"single-part functions", test_before_init_single_part},
    {"multi-part functions", test_before_init_multipart},
};
static const kt_test init_tests[] = {
    {"psa_crypto_init", test_init},
};
static const kt_test hash_tests[] = {
    {"psa_hash_compute arguments", test_hash_compute_args},
    {"psa_hash_compare arguments", test_hash_compare_args},
    {"multi-part states", test_hash_multipart_states},
    {"multi-part errors abort", test_hash_multipart_errors},
    {"psa_hash_clone", test_hash_clone},
    {"psa_hash_suspend / resume", test_hash_suspend_resume},
};
static const kt_test mac_tests[] = {
    {"psa_mac_compute arguments", test_mac_compute_args},
    {"truncation and policy", test_mac_truncation_and_policy},
    {"psa_mac_verify arguments", test_mac_verify_args},
    {"multi-part states", test_mac_multipart_states},
    {"multi-part errors abort", test_mac_multipart_errors},
};
/*
 * PSA_ERROR_BUFFER_TOO_SMALL means too small for the output the call actually
 * produces (conventions.rst), not smaller than the sufficient-size macro: an
 * update that only buffers part of a block needs no output buffer at all
 * (PSA conformance suite, cipher decrypt "short in").
 */
static void test_cipher_output_is_actual_size(void)
{
    psa_key_id_t key = aes_key(ENC_DEC, PSA_ALG_CBC_NO_PADDING);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    uint8_t out[32];
    size_t len = 99;

    OK(psa_cipher_decrypt_setup(&op, key, PSA_ALG_CBC_NO_PADDING));
    OK(psa_cipher_set_iv(&op, iv16, sizeof(iv16)));
    OK(psa_cipher_update(&op, msg, 5, NULL, 0, &len));
    CU_ASSERT_EQUAL(len, 0);
    /* 5 + 11 bytes complete one block: 16 bytes of output need 16 bytes. */
    len = 99;
    ST(psa_cipher_update(&op, msg + 5, 11, out, 15, &len), SHORT);
    CU_ASSERT_EQUAL(len, 0);
    OK(psa_cipher_abort(&op));
    drop(key);
}

static const kt_test cipher_tests[] = {
    {"single-part arguments", test_cipher_single_part},
    {"multi-part states", test_cipher_multipart_states},
    {"multi-part errors abort", test_cipher_multipart_errors},
    {"multi-part round trip", test_cipher_multipart_round_trip},
    {"output room is the actual output", test_cipher_output_is_actual_size},
};
static const kt_test aead_tests[] = {
    {"single-part arguments", test_aead_single_part},
    {"CCM nonce lengths", test_aead_ccm_single_part},
    {"multi-part call order: nonce", test_aead_multipart_order},
    {"multi-part call order: lengths, data, finish", test_aead_multipart_order2},
    {"multi-part declared lengths", test_aead_multipart_lengths},
    {"multi-part buffers", test_aead_multipart_buffers},
    {"multi-part round trip", test_aead_multipart_round_trip},
};
static const kt_test shape_tests[] = {
    {"ChaCha20 IV lengths", test_chacha20_shape},
    {"ChaCha20-Poly1305, CCM and CMAC lengths", test_aead_mac_shapes},
};

int main(int argc, char **argv)
{
    /* Registration order is run order: the library is not initialised
     * until the second suite. */
    KT_ADD_SUITE("before psa_crypto_init", before_init_tests);
    KT_ADD_SUITE("init", init_tests);
    KT_ADD_SUITE("hash", hash_tests);
    KT_ADD_SUITE("mac", mac_tests);
    KT_ADD_SUITE("cipher", cipher_tests);
    KT_ADD_SUITE("aead", aead_tests);
    KT_ADD_SUITE("other algorithms", shape_tests);
    return kt_run(argc, argv);
}
