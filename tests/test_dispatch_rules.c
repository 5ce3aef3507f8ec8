/*
 * test_dispatch_rules.c - part of test_dispatch (see test_dispatch.c): what
 * the core does for drivers with only some entry points (testd), the per-key
 * driver state, the capability filters, and threads sharing a key.
 */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "dispatch_chain.h"
#include "testutil.h"

#define NS PSA_ERROR_NOT_SUPPORTED
#define HW PSA_ERROR_HARDWARE_FAILURE

static const uint8_t abc[3] = {'a', 'b', 'c'};

/* ---- core rules: drivers with only some entry points (testd) ------------- */

/* Check and clear testd's counters of one family call sequence. */
static void assert_d_hits(const char *const *fns, const long *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (td_hits(&td_d, fns[i]) != want[i]) {
            fprintf(stderr, "\ntestd %s: %ld calls, expected %ld\n", fns[i], td_hits(&td_d, fns[i]),
                    want[i]);
        }
        CU_ASSERT_EQUAL(td_hits(&td_d, fns[i]), want[i]);
    }
}

static void rule_hash_via_multipart(void)
{
    static const char *const fns[] = {"hash_compute", "hash_setup", "hash_update", "hash_finish",
                                      "hash_abort"};
    static const uint8_t sha224_abc[28] = {
        0x23, 0x09, 0x7d, 0x22, 0x34, 0x05, 0xd8, 0x22, 0x86, 0x42, 0xa4, 0x77, 0xbd, 0xa2,
        0x55, 0xb3, 0x2a, 0xad, 0xbc, 0xe4, 0xbd, 0xa0, 0xb3, 0xf7, 0xe3, 0x6c, 0x9d, 0xa7};
    uint8_t out[32], ref[28];
    size_t len = 0;

    td_reset();
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_224, abc, 3, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 28 && td_is_marker(out, 28, 0xDD));
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 0}, 5);
    TD_ASSERT_LAST("testd");
    memset(ref, 0xDD, sizeof(ref));
    KT_ASSERT_SUCCESS(psa_hash_compare(PSA_ALG_SHA_224, abc, 3, ref, sizeof(ref)));
    ref[27] = 0;
    KT_ASSERT_STATUS(psa_hash_compare(PSA_ALG_SHA_224, abc, 3, ref, sizeof(ref)),
                     PSA_ERROR_INVALID_SIGNATURE);
    /* update fails: abort; hash_finish fails: abort too (not a spec "finish"). */
    td_reset();
    td_force(&td_d, "hash_update", HW);
    KT_ASSERT_STATUS(psa_hash_compute(PSA_ALG_SHA_224, abc, 3, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 1, 1, 0, 1}, 5);
    td_reset();
    td_force(&td_d, "hash_finish", HW);
    KT_ASSERT_STATUS(psa_hash_compute(PSA_ALG_SHA_224, abc, 3, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 1}, 5);
    /* setup declines: nothing else on that context, the built-in answers. */
    td_reset();
    td_force(&td_d, "hash_setup", NS);
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_224, abc, 3, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, sha224_abc, sizeof(sha224_abc));
    assert_d_hits(fns, (const long[]){0, 1, 0, 0, 0}, 5);
    TD_ASSERT_LAST("builtin");
    td_assert_no_violation();
}

/* RFC 4231 test case 1: a 160-bit HMAC key, which only testd's filter takes. */
static const uint8_t hmac_key160[20] = {0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b,
                                        0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b};
static const uint8_t hi_there[8] = {'H', 'i', ' ', 'T', 'h', 'e', 'r', 'e'};
static const uint8_t hmac_sha256_hi[32] = {
    0xb0, 0x34, 0x4c, 0x61, 0xd8, 0xdb, 0x38, 0x53, 0x5c, 0xa8, 0xaf, 0xce, 0xaf, 0x0b, 0xf1, 0x2b,
    0x88, 0x1d, 0xc2, 0x00, 0xc9, 0x83, 0x3d, 0xa7, 0x26, 0xe9, 0x37, 0x6c, 0x2e, 0x32, 0xcf, 0xf7};

static void rule_mac_verify_via_compute(void)
{
    const psa_algorithm_t alg = PSA_ALG_HMAC(PSA_ALG_SHA_256);
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    uint8_t mac[32];
    size_t len = 0;

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_HMAC, alg, hmac_key160, sizeof(hmac_key160));
    KT_ASSERT_SUCCESS(psa_mac_compute(k, alg, hi_there, 8, mac, sizeof(mac), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(mac, 32, 0xDD));
    KT_ASSERT_SUCCESS(psa_mac_verify(k, alg, hi_there, 8, mac, 32));
    mac[31] ^= 1;
    KT_ASSERT_STATUS(psa_mac_verify(k, alg, hi_there, 8, mac, 32), PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_mac_verify(k, alg, hi_there, 8, mac, 31), PSA_ERROR_INVALID_SIGNATURE);
    /* testd exports testd_mac_verify, but its manifest does not declare it. */
    CU_ASSERT_EQUAL(td_hits(&td_d, "mac_verify"), 0);
    CU_ASSERT_EQUAL(td_hits(&td_d, "mac_compute"), 3);
    TD_ASSERT_LAST("testd");
    td_force(&td_d, "mac_compute", HW);
    KT_ASSERT_STATUS(psa_mac_verify(k, alg, hi_there, 8, hmac_sha256_hi, 32), HW);
    td_force(&td_d, "mac_compute", NS);
    KT_ASSERT_SUCCESS(psa_mac_verify(k, alg, hi_there, 8, hmac_sha256_hi, 32));
    TD_ASSERT_LAST("builtin");
    /* Undeclared families are not tried: multipart goes to the built-in. */
    td_reset();
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, k, alg));
    CU_ASSERT_STRING_EQUAL(kpsa_mac_operation_driver(&op), "builtin");
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
    CU_ASSERT_EQUAL(td_hits(&td_d, NULL), 0);
    /* testd has no "kpsa/key_state": it is never asked to prepare one. */
    CU_ASSERT_EQUAL(td_hits(&td_d, "key_state_create"), 0);
    CU_ASSERT_EQUAL(td_hits(&td_d, "state_seen"), 0);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void rule_mac_via_multipart(void)
{
    static const char *const fns[] = {"mac_compute",       "mac_verify", "mac_sign_setup",
                                      "mac_verify_setup",  "mac_update", "mac_sign_finish",
                                      "mac_verify_finish", "mac_abort"};
    const psa_algorithm_t alg = PSA_ALG_HMAC(PSA_ALG_SHA_256);
    uint8_t mac[32];
    size_t len = 0;

    /* 224-bit keys: testd has only "mac_multipart". */
    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_HMAC, alg, td_zero, 28);
    KT_ASSERT_SUCCESS(psa_mac_compute(k, alg, abc, 3, mac, sizeof(mac), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(mac, 32, 0xDD));
    assert_d_hits(fns, (const long[]){0, 0, 1, 0, 1, 1, 0, 0}, 8);
    KT_ASSERT_SUCCESS(psa_mac_verify(k, alg, abc, 3, mac, 32));
    mac[0] ^= 1;
    KT_ASSERT_STATUS(psa_mac_verify(k, alg, abc, 3, mac, 32), PSA_ERROR_INVALID_SIGNATURE);
    assert_d_hits(fns, (const long[]){0, 0, 3, 0, 3, 3, 0, 0}, 8);
    td_force(&td_d, "mac_update", HW);
    KT_ASSERT_STATUS(psa_mac_compute(k, alg, abc, 3, mac, sizeof(mac), &len), HW);
    assert_d_hits(fns, (const long[]){0, 0, 4, 0, 4, 3, 0, 1}, 8);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));

    /* 232-bit keys: only "mac_verify_multipart", so testd compares. */
    td_reset();
    k = td_key(PSA_KEY_TYPE_HMAC, alg, td_zero, 29);
    memset(mac, 0xDD, sizeof(mac));
    KT_ASSERT_SUCCESS(psa_mac_verify(k, alg, abc, 3, mac, 32));
    mac[31] = 0;
    KT_ASSERT_STATUS(psa_mac_verify(k, alg, abc, 3, mac, 32), PSA_ERROR_INVALID_SIGNATURE);
    assert_d_hits(fns, (const long[]){0, 0, 0, 2, 2, 0, 2, 0}, 8);
    TD_ASSERT_LAST("testd");
    /* ... and is no candidate for computing a MAC. */
    KT_ASSERT_SUCCESS(psa_mac_compute(k, alg, abc, 3, mac, sizeof(mac), &len));
    TD_ASSERT_LAST("builtin");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void rule_cipher_via_multipart(void)
{
    static const char *const fns[] = {
        "cipher_encrypt", "cipher_decrypt", "cipher_encrypt_setup", "cipher_decrypt_setup",
        "cipher_set_iv",  "cipher_update",  "cipher_finish",        "cipher_abort"};
    const psa_algorithm_t alg = PSA_ALG_CBC_NO_PADDING;
    uint8_t out[32], back[16];
    size_t len = 0, back_len = 0;

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, alg, td_aes128, 16);
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(k, alg, td_block, 16, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out + 16, 16, 0xDD));
    assert_d_hits(fns, (const long[]){0, 0, 1, 0, 1, 1, 1, 0}, 8);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt(k, alg, out, 32, back, sizeof(back), &back_len));
    CU_ASSERT_TRUE(back_len == 16 && td_is_marker(back, 16, 0xDD));
    assert_d_hits(fns, (const long[]){0, 0, 1, 1, 2, 2, 2, 0}, 8);
    TD_ASSERT_LAST("testd");
    td_reset();
    td_force(&td_d, "cipher_update", HW);
    KT_ASSERT_STATUS(psa_cipher_encrypt(k, alg, td_block, 16, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 0, 1, 0, 1, 1, 0, 1}, 8);
    td_reset();
    td_force(&td_d, "cipher_finish", HW);
    KT_ASSERT_STATUS(psa_cipher_encrypt(k, alg, td_block, 16, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 0, 1, 0, 1, 1, 1, 0}, 8);
    /* Declined: the built-in driver does it, and undoes it. */
    td_reset();
    td_force(&td_d, "cipher_encrypt_setup", NS);
    td_force(&td_d, "cipher_decrypt_setup", NS);
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(k, alg, td_block, 16, out, sizeof(out), &len));
    TD_ASSERT_LAST("builtin");
    KT_ASSERT_SUCCESS(psa_cipher_decrypt(k, alg, out, len, back, sizeof(back), &back_len));
    KT_ASSERT_BYTES(back, back_len, td_block, 16);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void rule_aead_via_multipart(void)
{
    static const char *const fns[] = {"aead_encrypt",   "aead_encrypt_setup", "aead_set_lengths",
                                      "aead_set_nonce", "aead_update_ad",     "aead_update",
                                      "aead_finish",    "aead_abort"};
    const psa_algorithm_t alg = PSA_ALG_CCM;
    uint8_t out[32], back[16];
    size_t len = 0, back_len = 0;

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, alg, td_aes128, 16);
    KT_ASSERT_SUCCESS(
        psa_aead_encrypt(k, alg, td_zero, 13, abc, 3, td_block, 16, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out, 32, 0xDD));
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 1, 1, 1, 0}, 8);
    KT_ASSERT_SUCCESS(
        psa_aead_decrypt(k, alg, td_zero, 13, abc, 3, out, 32, back, sizeof(back), &back_len));
    CU_ASSERT_TRUE(back_len == 16 && td_is_marker(back, 16, 0xDD));
    CU_ASSERT_EQUAL(td_hits(&td_d, "aead_verify"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_d, "aead_decrypt"), 0);
    out[31] ^= 1;
    KT_ASSERT_STATUS(
        psa_aead_decrypt(k, alg, td_zero, 13, abc, 3, out, 32, back, sizeof(back), &back_len),
        PSA_ERROR_INVALID_SIGNATURE);
    CU_ASSERT_EQUAL(back_len, 0);
    CU_ASSERT_EQUAL(td_hits(&td_d, "aead_abort"), 0);
    td_reset();
    td_force(&td_d, "aead_set_nonce", HW);
    KT_ASSERT_STATUS(
        psa_aead_encrypt(k, alg, td_zero, 13, abc, 3, td_block, 16, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 0, 0, 0, 1}, 8);
    td_reset();
    td_force(&td_d, "aead_update", HW);
    KT_ASSERT_STATUS(
        psa_aead_encrypt(k, alg, td_zero, 13, abc, 3, td_block, 16, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 1, 1, 0, 1}, 8);
    td_reset();
    td_force(&td_d, "aead_finish", HW);
    KT_ASSERT_STATUS(
        psa_aead_encrypt(k, alg, td_zero, 13, abc, 3, td_block, 16, out, sizeof(out), &len), HW);
    assert_d_hits(fns, (const long[]){0, 1, 1, 1, 1, 1, 1, 0}, 8);
    td_reset();
    td_force(&td_d, "aead_encrypt_setup", NS);
    td_force(&td_d, "aead_decrypt_setup", NS);
    KT_ASSERT_SUCCESS(
        psa_aead_encrypt(k, alg, td_zero, 13, abc, 3, td_block, 16, out, sizeof(out), &len));
    TD_ASSERT_LAST("builtin");
    KT_ASSERT_SUCCESS(
        psa_aead_decrypt(k, alg, td_zero, 13, abc, 3, out, len, back, sizeof(back), &back_len));
    KT_ASSERT_BYTES(back, back_len, td_block, 16);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static const kt_test rule_tests[] = {
    {"psa_hash_compute through hash_multipart", rule_hash_via_multipart},
    {"psa_mac_verify through mac_compute", rule_mac_verify_via_compute},
    {"psa_mac_compute/verify through multipart", rule_mac_via_multipart},
    {"psa_cipher_encrypt/decrypt through multipart", rule_cipher_via_multipart},
    {"psa_aead_encrypt/decrypt through multipart", rule_aead_via_multipart},
};

/* ---- per-key driver state ("kpsa/key_state") ------------------------------ */

static psa_status_t cmac(psa_key_id_t k, uint8_t *mac)
{
    size_t len = 0;
    return psa_mac_compute(k, PSA_ALG_CMAC, td_block, 16, mac, 16, &len);
}

static void state_once_per_key(void)
{
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    uint8_t mac[16];

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    psa_key_id_t k2 = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 0);
    KT_ASSERT_SUCCESS(cmac(k, mac));
    KT_ASSERT_SUCCESS(cmac(k, mac));
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, k, PSA_ALG_CMAC));
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), 3);
    KT_ASSERT_SUCCESS(cmac(k2, mac));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 2);
    CU_ASSERT_EQUAL(td_hits(&td_b, "key_state_create"), 0);
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 0);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 1);
    KT_ASSERT_SUCCESS(psa_destroy_key(k2));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 2);
    td_assert_no_violation();
}

static void state_per_driver(void)
{
    uint8_t mac[16];

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    td_force(&td_a, "mac_compute", NS);
    KT_ASSERT_SUCCESS(cmac(k, mac));
    CU_ASSERT_TRUE(td_is_marker(mac, 16, 0xBB));
    KT_ASSERT_SUCCESS(cmac(k, mac));
    /* Each driver met the key, each has its own state, each got its own. */
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, "key_state_create"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), 2);
    CU_ASSERT_EQUAL(td_hits(&td_b, "state_seen"), 2);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, "key_state_destroy"), 1);
    td_assert_no_violation();
}

static void state_create_fails(void)
{
    uint8_t mac[16];

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    td_force(&td_a, "key_state_create", HW);
    /* Without a state the driver still serves the key. */
    KT_ASSERT_SUCCESS(cmac(k, mac));
    CU_ASSERT_TRUE(td_is_marker(mac, 16, 0xAA));
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), 0);
    td_force(&td_a, "key_state_create", PSA_SUCCESS);
    KT_ASSERT_SUCCESS(cmac(k, mac));
    KT_ASSERT_SUCCESS(cmac(k, mac));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 2);
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), 2);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 1);
    td_assert_no_violation();
}

static void state_destroyed_during_operation(void)
{
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, k, PSA_ALG_CMAC));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    psa_status_t status = psa_mac_update(&op, td_block, 16);
    /* Either the operation goes on with the key it holds or it fails. */
    CU_ASSERT_TRUE(status == PSA_SUCCESS || status == PSA_ERROR_INVALID_HANDLE ||
                   status == PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_create"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), 1);
    td_assert_no_violation();
}

static const kt_test state_tests[] = {
    {"created once per key and driver, destroyed with the key", state_once_per_key},
    {"every driver of the walk has its own state", state_per_driver},
    {"a failed create leaves the key usable, and is retried", state_create_fails},
    {"key destroyed while an operation uses it", state_destroyed_during_operation},
};

/* ---- capability filters ----------------------------------------------------- */

/* psa_mac_compute with a fresh key; returns the MAC length (0 on failure). */
static size_t mac_with(psa_key_type_t type, const uint8_t *key, size_t key_length,
                       psa_algorithm_t alg, uint8_t *mac, size_t size)
{
    psa_key_id_t k = td_key(type, alg, key, key_length);
    size_t len = 0;
    KT_ASSERT_SUCCESS(psa_mac_compute(k, alg, abc, 3, mac, size, &len));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return len;
}

static void assert_untouched(void)
{
    CU_ASSERT_EQUAL(td_hits(&td_a, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_c, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_d, NULL), 0);
}

static void filter_algorithm_wildcard(void)
{
    uint8_t mac[64];

    td_reset();
    size_t n = mac_with(PSA_KEY_TYPE_HMAC, td_zero, 32, PSA_ALG_HMAC(PSA_ALG_SHA_512), mac, 64);
    CU_ASSERT_TRUE(n == 64 && td_is_marker(mac, 64, 0xAA));
    n = mac_with(PSA_KEY_TYPE_HMAC, td_zero, 16, PSA_ALG_HMAC(PSA_ALG_SHA_1), mac, 64);
    CU_ASSERT_TRUE(n == 20 && td_is_marker(mac, 20, 0xAA));
    TD_ASSERT_LAST("testa");
    CU_ASSERT_EQUAL(td_hits(&td_a, "mac_compute"), 2);
}

static void filter_truncated_mac(void)
{
    uint8_t mac[64];

    /* A capability for CMAC covers truncated CMAC ... */
    td_reset();
    size_t n = mac_with(PSA_KEY_TYPE_AES, td_aes128, 16, PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 8),
                        mac, sizeof(mac));
    CU_ASSERT_TRUE(n == 8 && td_is_marker(mac, 8, 0xAA));
    TD_ASSERT_LAST("testa");
    /* ... and one for HMAC(any hash) covers truncated HMAC-SHA-256 alike. */
    n = mac_with(PSA_KEY_TYPE_HMAC, td_zero, 32,
                 PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16), mac, sizeof(mac));
    CU_ASSERT_TRUE(n == 16 && td_is_marker(mac, 16, 0xAA));
    TD_ASSERT_LAST("testa");
}

static void encrypt_with(psa_key_type_t type, const uint8_t *key, size_t key_length,
                         psa_algorithm_t alg, uint8_t *out, size_t *len)
{
    psa_key_id_t k = td_key(type, alg, key, key_length);
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(k, alg, td_block, 16, out, 48, len));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
}

static void filter_outside(void)
{
    uint8_t out[64];
    size_t len = 0;

    td_reset();
    /* An algorithm no capability lists. */
    encrypt_with(PSA_KEY_TYPE_AES, td_aes128, 16, PSA_ALG_CBC_PKCS7, out, &len);
    CU_ASSERT_EQUAL(len, 48);
    TD_ASSERT_LAST("builtin");
    /* A key type outside the lists (ARIA with CTR, which A and B list). */
    encrypt_with(PSA_KEY_TYPE_ARIA, td_aes128, 16, PSA_ALG_CTR, out, &len);
    TD_ASSERT_LAST("builtin");
    /* A hash outside the lists. */
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_1, abc, 3, out, sizeof(out), &len));
    TD_ASSERT_LAST("builtin");
    assert_untouched();
    /* A key size outside A's and B's lists: testc's. */
    encrypt_with(PSA_KEY_TYPE_AES, td_aes192, 24, PSA_ALG_CTR, out, &len);
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out + 16, 16, 0xCC));
    TD_ASSERT_LAST("testc");
    CU_ASSERT_EQUAL(td_hits(&td_a, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
}

static void filter_key_type_wildcard(void)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t k = 0;
    uint8_t out[64];
    size_t len = 0;

    td_reset();
    psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_BRAINPOOL_P_R1));
    psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_EXPORT);
    KT_ASSERT_SUCCESS(psa_import_key(&attr, td_gcm_out, 32, &k));
    TD_ASSERT_LAST("testd");
    KT_ASSERT_SUCCESS(psa_export_key(k, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out, 32, 0xDD));
    CU_ASSERT_EQUAL(td_hits(&td_a, "import_key") + td_hits(&td_b, "import_key") +
                        td_hits(&td_c, "import_key"),
                    0);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    /* Not an ECC key pair: nobody's filter, and the built-in cannot either. */
    td_reset();
    psa_set_key_type(&attr, PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919));
    KT_ASSERT_STATUS(psa_import_key(&attr, td_gcm_out, 32, &k), NS);
    TD_ASSERT_LAST("builtin");
    assert_untouched();
}

static const kt_test filter_tests[] = {
    {"algorithm wildcard PSA_ALG_HMAC(PSA_ALG_ANY_HASH)", filter_algorithm_wildcard},
    {"truncated MACs match their base algorithm", filter_truncated_mac},
    {"algorithm, key type, hash, key size outside the filters", filter_outside},
    {"key type wildcard PSA_KEY_TYPE_ECC_KEY_PAIR(_)", filter_key_type_wildcard},
};

/* ---- threads ------------------------------------------------------------------ */

#define THREADS 4
#define ROUNDS  500

struct racer {
    pthread_barrier_t *start;
    psa_key_id_t key;
    int failures;
};

static void *race(void *arg)
{
    struct racer *r = arg;
    uint8_t out[32];
    size_t len = 0;

    pthread_barrier_wait(r->start);
    for (int i = 0; i < ROUNDS; i++) {
        if (psa_mac_compute(r->key, PSA_ALG_CMAC, td_block, 16, out, 16, &len) != PSA_SUCCESS ||
            !td_is_marker(out, 16, 0xAA) ||
            psa_hash_compute(PSA_ALG_SHA_256, abc, 3, out, 32, &len) != PSA_SUCCESS ||
            !td_is_marker(out, 32, 0xAA)) {
            r->failures++;
        }
    }
    return NULL;
}

/* Several threads use one fresh key at once: one key state survives, the
 * extra ones made by the race are destroyed, every call is counted. */
static void threads_share_a_key(void)
{
    pthread_barrier_t start;
    pthread_t threads[THREADS];
    struct racer racers[THREADS];

    td_reset();
    psa_key_id_t k = td_key(PSA_KEY_TYPE_AES, PSA_ALG_CMAC, td_aes128, 16);
    CU_ASSERT_FATAL(pthread_barrier_init(&start, NULL, THREADS) == 0);
    for (int i = 0; i < THREADS; i++) {
        racers[i] = (struct racer){&start, k, 0};
        CU_ASSERT_FATAL(pthread_create(&threads[i], NULL, race, &racers[i]) == 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
        CU_ASSERT_EQUAL(racers[i].failures, 0);
    }
    pthread_barrier_destroy(&start);
    CU_ASSERT_EQUAL(td_hits(&td_a, "mac_compute"), THREADS * ROUNDS);
    CU_ASSERT_EQUAL(td_hits(&td_a, "hash_compute"), THREADS * ROUNDS);
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), THREADS * ROUNDS);
    long made = td_hits(&td_a, "key_state_create");
    CU_ASSERT_TRUE(made >= 1 && made <= THREADS);
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), made - 1);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    CU_ASSERT_EQUAL(td_hits(&td_a, "key_state_destroy"), made);
    td_assert_no_violation();
}

static const kt_test thread_tests[] = {
    {"threads share a key and a driver", threads_share_a_key},
};

void td_register_rule_suites(void)
{
    KT_ADD_SUITE("core rules for partial drivers (testd)", rule_tests);
    KT_ADD_SUITE("per-key driver state", state_tests);
    KT_ADD_SUITE("capability filters", filter_tests);
    KT_ADD_SUITE("threads", thread_tests);
}
