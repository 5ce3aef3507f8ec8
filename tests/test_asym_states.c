/*
 * test_asym_states.c - argument checks and statuses of the asymmetric API
 * (lib/core/asym.c): psa_sign_hash, psa_verify_hash, psa_sign_message,
 * psa_verify_message, psa_asymmetric_encrypt, psa_asymmetric_decrypt and
 * psa_raw_key_agreement, with the built-in driver alone.
 *
 * Each test asserts the exact status of the PSA Crypto API 1.2 (and the
 * order of the checks documented at the top of lib/core/asym.c) for a wrong
 * call: before psa_crypto_init(), NULL pointers, algorithms of the wrong
 * kind or policy wildcards, hash lengths, salts, unknown keys, missing usage
 * flags or algorithms the policy does not permit, and keys of a symmetric
 * type; every failing call leaves its output length 0.  The built-in driver
 * cannot create asymmetric keys yet, so the checks that need one (key pair
 * versus public key, curve families, RSA lengths, output sizes) and the
 * chain itself are tested in test_dispatch (test_dispatch_asym.c) with keys
 * the test drivers import.
 *
 * The first suite runs before psa_crypto_init(); kt_run() runs the suites in
 * the order they are registered.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "testutil.h"

#define ST     KT_ASSERT_STATUS
#define OK     KT_ASSERT_SUCCESS
#define BAD    PSA_ERROR_BAD_STATE
#define INVAL  PSA_ERROR_INVALID_ARGUMENT
#define DENIED PSA_ERROR_NOT_PERMITTED
#define UNSUP  PSA_ERROR_NOT_SUPPORTED
#define HANDLE PSA_ERROR_INVALID_HANDLE

#define ECDSA256 PSA_ALG_ECDSA(PSA_ALG_SHA_256)
#define V15      PSA_ALG_RSA_PKCS1V15_CRYPT
#define OAEP256  PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256)
#define ECDH     PSA_ALG_ECDH
/* A hash identifier the specification does not define: no length known. */
#define NO_HASH ((psa_algorithm_t)0x020000ee)
#define ALL_USAGES                                                                                 \
    (PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT | PSA_KEY_USAGE_SIGN_MESSAGE |                  \
     PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH |          \
     PSA_KEY_USAGE_DERIVE)

static const uint8_t key_bytes[32] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                      0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
static const uint8_t msg[3] = {'a', 'b', 'c'};
static uint8_t in[256]; /* hashes, signatures, ciphertexts, peer keys */

/* An AES-128 key: no asymmetric algorithm accepts it. */
static psa_key_id_t aes_key(psa_key_usage_t usage, psa_algorithm_t alg)
{
    return kt_import(PSA_KEY_TYPE_AES, key_bytes, 16, usage, alg);
}

static void drop(psa_key_id_t key)
{
    OK(psa_destroy_key(key));
}

/* ---- the seven calls, each with a length out-parameter preset to 99 ----------- */

static psa_status_t sign_hash(psa_key_id_t k, psa_algorithm_t alg, size_t hash_length, size_t *len)
{
    uint8_t out[128];
    *len = 99;
    return psa_sign_hash(k, alg, in, hash_length, out, sizeof(out), len);
}

static psa_status_t sign_message(psa_key_id_t k, psa_algorithm_t alg, size_t *len)
{
    uint8_t out[128];
    *len = 99;
    return psa_sign_message(k, alg, msg, sizeof(msg), out, sizeof(out), len);
}

static psa_status_t encrypt(psa_key_id_t k, psa_algorithm_t alg, size_t salt_length, size_t *len)
{
    uint8_t out[256];
    *len = 99;
    return psa_asymmetric_encrypt(k, alg, msg, sizeof(msg), in, salt_length, out, sizeof(out), len);
}

static psa_status_t decrypt(psa_key_id_t k, psa_algorithm_t alg, size_t salt_length, size_t *len)
{
    uint8_t out[256];
    *len = 99;
    return psa_asymmetric_decrypt(k, alg, in, 128, in, salt_length, out, sizeof(out), len);
}

static psa_status_t agree(psa_key_id_t k, psa_algorithm_t alg, size_t *len)
{
    uint8_t out[128];
    *len = 99;
    return psa_raw_key_agreement(alg, k, in, 65, out, sizeof(out), len);
}

/* ===================================================================== */
/* Before psa_crypto_init()                                               */
/* ===================================================================== */

static void test_before_init(void)
{
    size_t len = 0;

    ST(sign_hash(1, ECDSA256, 32, &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_hash(1, ECDSA256, in, 32, in, 64), BAD);
    ST(sign_message(1, ECDSA256, &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_message(1, ECDSA256, msg, 3, in, 64), BAD);
    ST(encrypt(1, V15, 0, &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(decrypt(1, V15, 0, &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    ST(agree(1, ECDH, &len), BAD);
    CU_ASSERT_EQUAL(len, 0);
    /* Even with arguments that would be invalid after initialisation. */
    ST(psa_sign_hash(1, PSA_ALG_SHA_256, NULL, 32, NULL, 64, NULL), BAD);
    ST(psa_asymmetric_encrypt(1, PSA_ALG_SHA_256, NULL, 3, NULL, 3, NULL, 1, NULL), BAD);
}

static void test_init(void)
{
    unsetenv("KPSA_DRIVER_PATH");
    OK(psa_crypto_init());
}

/* ===================================================================== */
/* Pointers                                                               */
/* ===================================================================== */

static void test_null_pointers(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, ECDSA256);
    uint8_t out[128];
    size_t len = 99;

    /* No place for the output length. */
    ST(psa_sign_hash(k, ECDSA256, in, 32, out, sizeof(out), NULL), INVAL);
    ST(psa_sign_message(k, ECDSA256, msg, 3, out, sizeof(out), NULL), INVAL);
    ST(psa_asymmetric_encrypt(k, V15, msg, 3, NULL, 0, out, sizeof(out), NULL), INVAL);
    ST(psa_asymmetric_decrypt(k, V15, in, 128, NULL, 0, out, sizeof(out), NULL), INVAL);
    ST(psa_raw_key_agreement(ECDH, k, in, 65, out, sizeof(out), NULL), INVAL);
    /* NULL input with a length. */
    ST(psa_sign_hash(k, ECDSA256, NULL, 32, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_hash(k, ECDSA256, NULL, 32, in, 64), INVAL);
    len = 99;
    ST(psa_sign_message(k, ECDSA256, NULL, 3, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_message(k, ECDSA256, NULL, 3, in, 64), INVAL);
    len = 99;
    ST(psa_asymmetric_encrypt(k, V15, NULL, 3, NULL, 0, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    len = 99;
    ST(psa_asymmetric_decrypt(k, V15, NULL, 128, NULL, 0, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    len = 99;
    ST(psa_raw_key_agreement(ECDH, k, NULL, 65, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    /* NULL output or signature with a size; NULL salt with a length. */
    len = 99;
    ST(psa_sign_hash(k, ECDSA256, in, 32, NULL, 64, &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_sign_message(k, ECDSA256, msg, 3, NULL, 64, &len), INVAL);
    ST(psa_verify_hash(k, ECDSA256, in, 32, NULL, 64), INVAL);
    ST(psa_verify_message(k, ECDSA256, msg, 3, NULL, 64), INVAL);
    ST(psa_asymmetric_encrypt(k, V15, msg, 3, NULL, 0, NULL, 128, &len), INVAL);
    ST(psa_asymmetric_decrypt(k, V15, in, 128, NULL, 0, NULL, 128, &len), INVAL);
    ST(psa_asymmetric_encrypt(k, OAEP256, msg, 3, NULL, 1, out, sizeof(out), &len), INVAL);
    ST(psa_asymmetric_decrypt(k, OAEP256, in, 128, NULL, 1, out, sizeof(out), &len), INVAL);
    ST(psa_raw_key_agreement(ECDH, k, in, 65, NULL, 32, &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    drop(k);
}

/* NULL with length 0 is an empty buffer: the checks go on to the key. */
static void test_empty_buffers(void)
{
    const psa_key_id_t none = PSA_KEY_ID_VENDOR_MIN + 12345;
    size_t len = 99;

    ST(psa_sign_hash(none, PSA_ALG_ECDSA_ANY, NULL, 0, NULL, 0, &len), HANDLE);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_hash(none, PSA_ALG_ECDSA_ANY, NULL, 0, NULL, 0), HANDLE);
    ST(psa_sign_message(none, ECDSA256, NULL, 0, NULL, 0, &len), HANDLE);
    ST(psa_verify_message(none, ECDSA256, NULL, 0, NULL, 0), HANDLE);
    ST(psa_asymmetric_encrypt(none, OAEP256, NULL, 0, NULL, 0, NULL, 0, &len), HANDLE);
    ST(psa_asymmetric_decrypt(none, OAEP256, NULL, 0, NULL, 0, NULL, 0, &len), HANDLE);
    ST(psa_raw_key_agreement(ECDH, none, NULL, 0, NULL, 0, &len), HANDLE);
    CU_ASSERT_EQUAL(len, 0);
}

/* ===================================================================== */
/* Algorithms                                                             */
/* ===================================================================== */

static void test_sign_algorithms(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, ECDSA256);
    size_t len = 0;

    /* psa_sign_hash: not a signature, or a message-only one (PureEdDSA). */
    static const psa_algorithm_t not_hash[] = {PSA_ALG_SHA_256,    PSA_ALG_CMAC, V15, ECDH,
                                               PSA_ALG_PURE_EDDSA, PSA_ALG_NONE};
    for (size_t i = 0; i < sizeof(not_hash) / sizeof(not_hash[0]); i++) {
        ST(sign_hash(k, not_hash[i], 32, &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
        ST(psa_verify_hash(k, not_hash[i], in, 32, in, 64), INVAL);
    }
    /* psa_sign_message: not a signature, or a hash-only one. */
    static const psa_algorithm_t not_message[] = {
        PSA_ALG_SHA_256,   PSA_ALG_HMAC(PSA_ALG_SHA_256), OAEP256,
        PSA_ALG_ECDSA_ANY, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, PSA_ALG_NONE};
    for (size_t i = 0; i < sizeof(not_message) / sizeof(not_message[0]); i++) {
        ST(sign_message(k, not_message[i], &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
        ST(psa_verify_message(k, not_message[i], msg, 3, in, 64), INVAL);
    }
    /* Policy wildcards are not algorithms. */
    ST(sign_hash(k, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), 32, &len), INVAL);
    ST(psa_verify_hash(k, PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH), in, 32, in, 64), INVAL);
    ST(sign_message(k, PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH), &len), INVAL);
    ST(psa_verify_message(k, PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_ANY_HASH), msg, 3, in, 64), INVAL);
    drop(k);
}

static void test_hash_lengths(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH));
    size_t len = 0;

    /* Hash-and-sign: exactly PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg)) bytes. */
    ST(sign_hash(k, ECDSA256, 31, &len), INVAL);
    ST(sign_hash(k, ECDSA256, 33, &len), INVAL);
    ST(sign_hash(k, PSA_ALG_RSA_PSS(PSA_ALG_SHA_512), 32, &len), INVAL);
    ST(psa_verify_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_384), in, 32, in, 96), INVAL);
    ST(psa_verify_hash(k, PSA_ALG_ED25519PH, in, 32, in, 64), INVAL);
    ST(psa_verify_hash(k, PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1), in, 0, in, 64), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    /* A hash the core cannot size. */
    ST(sign_hash(k, PSA_ALG_ECDSA(NO_HASH), 32, &len), UNSUP);
    /* The right length passes: then the key type fails. */
    ST(sign_hash(k, ECDSA256, 32, &len), INVAL);
    ST(sign_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_384), 48, &len), INVAL);
    /* ... unless the policy does not permit the algorithm. */
    ST(sign_hash(k, PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_384), 48, &len), DENIED);
    drop(k);
}

static void test_encryption_algorithms(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, OAEP256);
    size_t len = 0;

    static const psa_algorithm_t not_encryption[] = {PSA_ALG_SHA_256, PSA_ALG_CTR, PSA_ALG_GCM,
                                                     ECDSA256,        ECDH,        PSA_ALG_NONE};
    for (size_t i = 0; i < sizeof(not_encryption) / sizeof(not_encryption[0]); i++) {
        ST(encrypt(k, not_encryption[i], 0, &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
        ST(decrypt(k, not_encryption[i], 0, &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
    }
    ST(encrypt(k, PSA_ALG_RSA_OAEP(PSA_ALG_ANY_HASH), 0, &len), INVAL);
    /* Only OAEP takes a salt (its label). */
    ST(encrypt(k, V15, 1, &len), INVAL);
    ST(decrypt(k, V15, 16, &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    ST(encrypt(k, OAEP256, 16, &len), INVAL); /* the key type, now */
    ST(encrypt(k, PSA_ALG_RSA_OAEP(NO_HASH), 0, &len), UNSUP);
    drop(k);
}

static void test_agreement_algorithms(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, ECDH);
    size_t len = 0;

    /* Raw agreement only: not one combined with a key derivation. */
    static const psa_algorithm_t not_raw[] = {
        PSA_ALG_KEY_AGREEMENT(ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)),
        PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)),
        PSA_ALG_HKDF(PSA_ALG_SHA_256),
        ECDSA256,
        PSA_ALG_SHA_256,
        PSA_ALG_NONE};
    for (size_t i = 0; i < sizeof(not_raw) / sizeof(not_raw[0]); i++) {
        ST(agree(k, not_raw[i], &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
    }
    drop(k);
}

/* ===================================================================== */
/* Keys: handles, policy, types                                           */
/* ===================================================================== */

static void test_handles(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, ECDSA256);
    size_t len = 0;

    drop(k);
    psa_key_id_t ids[] = {PSA_KEY_ID_NULL, k, PSA_KEY_ID_USER_MIN};
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        ST(sign_hash(ids[i], ECDSA256, 32, &len), HANDLE);
        CU_ASSERT_EQUAL(len, 0);
        ST(psa_verify_hash(ids[i], ECDSA256, in, 32, in, 64), HANDLE);
        ST(sign_message(ids[i], ECDSA256, &len), HANDLE);
        ST(psa_verify_message(ids[i], ECDSA256, msg, 3, in, 64), HANDLE);
        ST(encrypt(ids[i], V15, 0, &len), HANDLE);
        ST(decrypt(ids[i], V15, 0, &len), HANDLE);
        ST(agree(ids[i], ECDH, &len), HANDLE);
        CU_ASSERT_EQUAL(len, 0);
    }
}

static void test_usage_flags(void)
{
    size_t len = 0;

    /* Every usage but the one each function needs. */
    psa_key_id_t k = aes_key(
        ALL_USAGES & ~(psa_key_usage_t)(PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH),
        ECDSA256);
    ST(sign_hash(k, ECDSA256, 32, &len), DENIED);
    CU_ASSERT_EQUAL(len, 0);
    ST(psa_verify_hash(k, ECDSA256, in, 32, in, 64), DENIED);
    ST(sign_message(k, ECDSA256, &len), INVAL); /* permitted: the AES type fails */
    drop(k);
    k = aes_key(PSA_KEY_USAGE_VERIFY_HASH, ECDSA256); /* implies VERIFY_MESSAGE only */
    ST(sign_message(k, ECDSA256, &len), DENIED);
    ST(psa_verify_message(k, ECDSA256, msg, 3, in, 64), INVAL);
    drop(k);
    k = aes_key(PSA_KEY_USAGE_DECRYPT | PSA_KEY_USAGE_DERIVE, OAEP256);
    ST(encrypt(k, OAEP256, 0, &len), DENIED);
    ST(decrypt(k, OAEP256, 0, &len), INVAL);
    drop(k);
    k = aes_key(PSA_KEY_USAGE_ENCRYPT, OAEP256);
    ST(decrypt(k, OAEP256, 0, &len), DENIED);
    CU_ASSERT_EQUAL(len, 0);
    drop(k);
    k = aes_key(ALL_USAGES & ~(psa_key_usage_t)PSA_KEY_USAGE_DERIVE, ECDH);
    ST(agree(k, ECDH, &len), DENIED);
    CU_ASSERT_EQUAL(len, 0);
    drop(k);
}

static void test_permitted_algorithm(void)
{
    psa_key_id_t k = aes_key(ALL_USAGES, PSA_ALG_ECDSA(PSA_ALG_SHA_384));
    size_t len = 0;

    ST(sign_hash(k, ECDSA256, 32, &len), DENIED);
    ST(psa_verify_hash(k, ECDSA256, in, 32, in, 64), DENIED);
    ST(sign_message(k, PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_384), &len), DENIED);
    ST(psa_verify_message(k, PSA_ALG_RSA_PSS(PSA_ALG_SHA_384), msg, 3, in, 64), DENIED);
    ST(encrypt(k, V15, 0, &len), DENIED);
    ST(decrypt(k, OAEP256, 0, &len), DENIED);
    ST(agree(k, ECDH, &len), DENIED);
    CU_ASSERT_EQUAL(len, 0);
    drop(k);
    /* A combined agreement policy does not permit the raw agreement. */
    k = aes_key(ALL_USAGES, PSA_ALG_KEY_AGREEMENT(ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)));
    ST(agree(k, ECDH, &len), DENIED);
    drop(k);
    /* A wildcard policy permits; then the AES key type fails. */
    k = aes_key(ALL_USAGES, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH));
    ST(sign_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_512), 64, &len), INVAL);
    drop(k);
}

static void test_symmetric_keys(void)
{
    static const psa_key_type_t types[] = {PSA_KEY_TYPE_AES, PSA_KEY_TYPE_HMAC,
                                           PSA_KEY_TYPE_RAW_DATA, PSA_KEY_TYPE_DERIVE};
    size_t len = 0;

    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        psa_key_id_t sig = kt_import(types[i], key_bytes, 32, ALL_USAGES, ECDSA256);
        psa_key_id_t rsa = kt_import(types[i], key_bytes, 32, ALL_USAGES, V15);
        psa_key_id_t ka = kt_import(types[i], key_bytes, 32, ALL_USAGES, ECDH);
        ST(sign_hash(sig, ECDSA256, 32, &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
        ST(psa_verify_hash(sig, ECDSA256, in, 32, in, 64), INVAL);
        ST(sign_message(sig, ECDSA256, &len), INVAL);
        ST(psa_verify_message(sig, ECDSA256, msg, 3, in, 64), INVAL);
        ST(encrypt(rsa, V15, 0, &len), INVAL);
        ST(decrypt(rsa, V15, 0, &len), INVAL);
        ST(agree(ka, ECDH, &len), INVAL);
        CU_ASSERT_EQUAL(len, 0);
        drop(sig);
        drop(rsa);
        drop(ka);
    }
}

/*
 * The built-in driver alone declares no asymmetric entry points.  It cannot
 * create an asymmetric key either, so the calls cannot get that far from
 * here; test_dispatch makes the chain run out with declining test drivers.
 * Once asymmetric keys can be imported, the calls must not crash and must
 * answer success (from the built-in driver) or PSA_ERROR_NOT_SUPPORTED.
 */
static void test_builtin_alone(void)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t k = 0;
    size_t len = 0;
    uint8_t p256[32];

    if (kpsa_driver_count() != 1) {
        fprintf(stderr, "\nNOTE: %zu drivers installed; not the built-in driver alone\n",
                kpsa_driver_count());
        return;
    }
    memset(p256, 0x5c, sizeof(p256));
    psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1));
    psa_set_key_usage_flags(&attr, ALL_USAGES);
    psa_set_key_algorithm(&attr, ECDSA256);
    psa_status_t status = psa_import_key(&attr, p256, sizeof(p256), &k);
    if (status == UNSUP) {
        fprintf(stderr, "\nNOTE: no asymmetric key import yet: chain checked in test_dispatch\n");
        return;
    }
    OK(status);
    status = sign_hash(k, ECDSA256, 32, &len);
    CU_ASSERT_TRUE(status == PSA_SUCCESS || status == UNSUP);
    CU_ASSERT_TRUE(status == UNSUP || strcmp(kpsa_last_driver(), "builtin") == 0);
    drop(k);
}

/* ===================================================================== */

static const kt_test before_init_tests[] = {
    {"every function: PSA_ERROR_BAD_STATE", test_before_init},
};
static const kt_test init_tests[] = {
    {"psa_crypto_init (built-in driver only)", test_init},
};
static const kt_test argument_tests[] = {
    {"NULL pointers", test_null_pointers},
    {"NULL with length 0", test_empty_buffers},
    {"signature algorithms", test_sign_algorithms},
    {"hash lengths of psa_sign_hash / psa_verify_hash", test_hash_lengths},
    {"asymmetric encryption algorithms and salts", test_encryption_algorithms},
    {"key agreement algorithms", test_agreement_algorithms},
};
static const kt_test key_tests[] = {
    {"unknown and destroyed keys", test_handles},      {"usage flags", test_usage_flags},
    {"permitted algorithm", test_permitted_algorithm}, {"symmetric key types", test_symmetric_keys},
    {"the built-in driver alone", test_builtin_alone},
};

int main(int argc, char **argv)
{
    memset(in, 0x04, sizeof(in));
    KT_ADD_SUITE("before psa_crypto_init", before_init_tests);
    KT_ADD_SUITE("init", init_tests);
    KT_ADD_SUITE("arguments and algorithms", argument_tests);
    KT_ADD_SUITE("keys", key_tests);
    return kt_run(argc, argv);
}
