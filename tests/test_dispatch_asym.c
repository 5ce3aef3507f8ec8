/*
 * test_dispatch_asym.c - part of test_dispatch (see test_dispatch.c): the
 * asymmetric API functions through the driver chain.
 *
 * For each of psa_sign_hash, psa_verify_hash, psa_sign_message,
 * psa_verify_message, psa_asymmetric_encrypt, psa_asymmetric_decrypt and
 * psa_raw_key_agreement, with a key that testa and testb both serve:
 *   (a) testa serves: its marker, its key state, nobody else called;
 *   (b) testa declines (fallback): testb serves; testb declines too: the
 *       built-in driver, last in the chain, answers with the test key (bytes
 *       0x5c): an ECDSA signature, a rejected marker signature, an RSA key
 *       buffer that is no RSAPrivateKey (PSA_ERROR_CORRUPTION_DETECTED: the
 *       stored key cannot be what import made), an off-curve peer key;
 *   (c) testa fails otherwise: exactly that status, nothing else called.
 * Then the core's rule for drivers with sign_hash / verify_hash but no
 * sign_message / verify_message (testd, with BRAINPOOL_P_R1 and
 * TWISTED_EDWARDS keys that testa and testb filter out): the message is
 * hashed through the chain (whichever driver serves hash_compute for the
 * hash, once per call) and signed with the driver's sign_hash; never for
 * PureEdDSA, which has no prehash.  Last, the argument checks of the API
 * layer that need asymmetric keys (the others are in test_asym_states.c):
 * they fail before any driver is called.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "dispatch_chain.h"
#include "testutil.h"

#define NS         PSA_ERROR_NOT_SUPPORTED
#define HW         PSA_ERROR_HARDWARE_FAILURE
#define INVAL      PSA_ERROR_INVALID_ARGUMENT
#define ECC(f)     PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_##f)
#define ECC_PUB(f) PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_##f)
#define ECDSA256   PSA_ALG_ECDSA(PSA_ALG_SHA_256)
#define ALL_USAGES                                                                                 \
    (PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT |                        \
     PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_SIGN_HASH |         \
     PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_DERIVE)

static const uint8_t abc[3] = {'a', 'b', 'c'};

/* A key with explicit bits (0: the importing driver decides) and usage. */
static psa_key_id_t make_key(psa_key_type_t type, size_t bits, psa_key_usage_t usage,
                             psa_algorithm_t alg, size_t length)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    uint8_t data[128];
    psa_key_id_t id = 0;

    memset(data, 0x5c, sizeof(data));
    psa_set_key_type(&attr, type);
    psa_set_key_bits(&attr, bits);
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, alg);
    KT_ASSERT_SUCCESS(psa_import_key(&attr, data, length, &id));
    return id;
}

static void assert_no_driver_called(void)
{
    CU_ASSERT_EQUAL(td_hits(&td_a, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_c, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_d, NULL), 0);
}

/* ---- the three cases for each function ------------------------------------ */

struct asym_case {
    const char *fn; /* the driver entry point the cases force */
    psa_key_type_t type;
    size_t key_length; /* bytes; the test drivers make it key_length * 8 bits */
    psa_algorithm_t alg;
    size_t out_len;         /* the driver's output; 0: a verification */
    psa_status_t builtin;   /* the built-in driver's answer in case (b) */
};

/* 256-bit SECP_R1 and 1024-bit RSA key pairs: testa's and testb's filters. */
static const struct asym_case cases[] = {
#define SIGN_HASH 0
    {"sign_hash", ECC(SECP_R1), 32, ECDSA256, 64, PSA_SUCCESS},
#define VERIFY_HASH 1
    {"verify_hash", ECC(SECP_R1), 32, ECDSA256, 0, PSA_ERROR_INVALID_SIGNATURE},
#define SIGN_MESSAGE 2
    {"sign_message", ECC(SECP_R1), 32, ECDSA256, 64, PSA_SUCCESS},
#define VERIFY_MESSAGE 3
    {"verify_message", ECC(SECP_R1), 32, ECDSA256, 0, PSA_ERROR_INVALID_SIGNATURE},
#define ENCRYPT 4
    {"asymmetric_encrypt", PSA_KEY_TYPE_RSA_KEY_PAIR, 128, PSA_ALG_RSA_PKCS1V15_CRYPT, 128,
     PSA_ERROR_CORRUPTION_DETECTED},
#define DECRYPT 5
    {"asymmetric_decrypt", PSA_KEY_TYPE_RSA_KEY_PAIR, 128, PSA_ALG_RSA_PKCS1V15_CRYPT, 128,
     PSA_ERROR_CORRUPTION_DETECTED},
#define KEY_AGREEMENT 6
    {"key_agreement", ECC(SECP_R1), 32, PSA_ALG_ECDH, 32, INVAL},
};

/*
 * Call the API function of cases[i] with key k.  Verification calls present
 * a signature made of `marker`, which the driver with that marker accepts;
 * decryption a ciphertext of the modulus size; key agreement an uncompressed
 * point of the key's size.
 */
static psa_status_t call(size_t i, psa_key_id_t k, uint8_t marker, uint8_t *out, size_t size,
                         size_t *len)
{
    psa_algorithm_t alg = cases[i].alg;
    uint8_t in[128];

    memset(in, marker, sizeof(in));
    switch (i) {
    case SIGN_HASH:
        return psa_sign_hash(k, alg, in, 32, out, size, len);
    case VERIFY_HASH:
        return psa_verify_hash(k, alg, in, 32, in, 64);
    case SIGN_MESSAGE:
        return psa_sign_message(k, alg, abc, 3, out, size, len);
    case VERIFY_MESSAGE:
        return psa_verify_message(k, alg, abc, 3, in, 64);
    case ENCRYPT:
        return psa_asymmetric_encrypt(k, alg, abc, 3, NULL, 0, out, size, len);
    case DECRYPT:
        return psa_asymmetric_decrypt(k, alg, in, 128, NULL, 0, out, size, len);
    default:
        in[0] = 0x04;
        return psa_raw_key_agreement(alg, k, in, 65, out, size, len);
    }
}

/* A fresh key for cases[i], every driver's counters cleared afterwards. */
static psa_key_id_t case_key(size_t i)
{
    uint8_t data[128];
    memset(data, 0x5c, sizeof(data));
    psa_key_id_t k = td_key(cases[i].type, cases[i].alg, data, cases[i].key_length);
    td_reset();
    return k;
}

/* Signing a message: testa and testb declare sign_message, so never the prehash. */
static void assert_no_prehash(size_t i)
{
    if (i == SIGN_MESSAGE || i == VERIFY_MESSAGE) {
        CU_ASSERT_EQUAL(td_hits(&td_a, "sign_hash") + td_hits(&td_a, "verify_hash"), 0);
        CU_ASSERT_EQUAL(td_hits(&td_b, "sign_hash") + td_hits(&td_b, "verify_hash"), 0);
        CU_ASSERT_EQUAL(td_hits(&td_a, "hash_compute") + td_hits(&td_b, "hash_compute"), 0);
    }
}

static void case_a(size_t i)
{
    const struct asym_case *c = &cases[i];
    uint8_t out[128];
    size_t len = 99;

    psa_key_id_t k = case_key(i);
    KT_ASSERT_SUCCESS(call(i, k, td_a.marker, out, sizeof(out), &len));
    if (c->out_len != 0) {
        CU_ASSERT_TRUE(len == c->out_len && td_is_marker(out, len, td_a.marker));
    }
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, "state_seen"), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_c, NULL) + td_hits(&td_d, NULL), 0);
    assert_no_prehash(i);
    TD_ASSERT_LAST("testa");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void case_b(size_t i)
{
    const struct asym_case *c = &cases[i];
    uint8_t out[128];
    size_t len = 99;

    psa_key_id_t k = case_key(i);
    td_force(&td_a, c->fn, NS);
    KT_ASSERT_SUCCESS(call(i, k, td_b.marker, out, sizeof(out), &len));
    if (c->out_len != 0) {
        CU_ASSERT_TRUE(len == c->out_len && td_is_marker(out, len, td_b.marker));
    }
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, "state_seen"), 1);
    TD_ASSERT_LAST("testb");

    /* Then the built-in driver, last in the chain, answers. */
    td_force(&td_b, c->fn, NS);
    len = 99;
    memset(out, 0xEE, sizeof(out));
    KT_ASSERT_STATUS(call(i, k, 0, out, sizeof(out), &len), c->builtin);
    if (c->builtin == PSA_SUCCESS) {
        /* A real signature: r || s, neither test driver's marker. */
        CU_ASSERT_TRUE(len == c->out_len && !td_is_marker(out, len, td_b.marker));
    } else {
        CU_ASSERT_TRUE(c->out_len == 0 || len == 0);
    }
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 2);
    CU_ASSERT_EQUAL(td_hits(&td_b, c->fn), 2);
    CU_ASSERT_EQUAL(td_hits(&td_c, NULL) + td_hits(&td_d, NULL), 0);
    assert_no_prehash(i);
    TD_ASSERT_LAST("builtin");
    if (i == DECRYPT || i == KEY_AGREEMENT) {
        /* A failed decryption or agreement leaves no bytes behind. */
        CU_ASSERT_TRUE(td_is_marker(out, sizeof(out), 0));
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void case_c(size_t i)
{
    const struct asym_case *c = &cases[i];
    uint8_t out[128];
    size_t len = 99;

    psa_key_id_t k = case_key(i);
    td_force(&td_a, c->fn, HW);
    KT_ASSERT_STATUS(call(i, k, td_a.marker, out, sizeof(out), &len), HW);
    CU_ASSERT_TRUE(c->out_len == 0 || len == 0);
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testa");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

#define ASYM_TESTS(name, index)                                                                    \
    static void a_##name(void)                                                                     \
    {                                                                                              \
        case_a(index);                                                                             \
    }                                                                                              \
    static void b_##name(void)                                                                     \
    {                                                                                              \
        case_b(index);                                                                             \
    }                                                                                              \
    static void c_##name(void)                                                                     \
    {                                                                                              \
        case_c(index);                                                                             \
    }
ASYM_TESTS(sign_hash, SIGN_HASH)
ASYM_TESTS(verify_hash, VERIFY_HASH)
ASYM_TESTS(sign_message, SIGN_MESSAGE)
ASYM_TESTS(verify_message, VERIFY_MESSAGE)
ASYM_TESTS(asymmetric_encrypt, ENCRYPT)
ASYM_TESTS(asymmetric_decrypt, DECRYPT)
ASYM_TESTS(raw_key_agreement, KEY_AGREEMENT)

#define ASYM_ROW(p, name)                                                                          \
    {                                                                                              \
        "psa_" #name, p##_##name                                                                   \
    }
#define ASYM_SUITE(p)                                                                              \
    {                                                                                              \
        ASYM_ROW(p, sign_hash), ASYM_ROW(p, verify_hash), ASYM_ROW(p, sign_message),               \
            ASYM_ROW(p, verify_message), ASYM_ROW(p, asymmetric_encrypt),                          \
            ASYM_ROW(p, asymmetric_decrypt), ASYM_ROW(p, raw_key_agreement)                        \
    }
static const kt_test case_a_tests[] = ASYM_SUITE(a);
static const kt_test case_b_tests[] = ASYM_SUITE(b);
static const kt_test case_c_tests[] = ASYM_SUITE(c);

/* ---- sign_message / verify_message through hash_compute + sign_hash (testd) - */

static const char *const via_fns[] = {"sign_hash", "verify_hash", "sign_message", "verify_message"};

/* testd's calls of via_fns, and who computed the hash. */
static void assert_via(const long *testd, long hash_a, long hash_b, long hash_c)
{
    for (size_t i = 0; i < 4; i++) {
        if (td_hits(&td_d, via_fns[i]) != testd[i]) {
            fprintf(stderr, "\ntestd %s: %ld calls, expected %ld\n", via_fns[i],
                    td_hits(&td_d, via_fns[i]), testd[i]);
        }
        CU_ASSERT_EQUAL(td_hits(&td_d, via_fns[i]), testd[i]);
    }
    CU_ASSERT_EQUAL(td_hits(&td_a, "hash_compute"), hash_a);
    CU_ASSERT_EQUAL(td_hits(&td_b, "hash_compute"), hash_b);
    CU_ASSERT_EQUAL(td_hits(&td_c, "hash_compute"), hash_c);
    CU_ASSERT_EQUAL(td_hits(&td_a, "sign_hash") + td_hits(&td_a, "sign_message"), 0);
}

/* A 256-bit brainpoolP256r1 key pair: only testd signs with it. */
static psa_key_id_t brainpool_key(void)
{
    psa_key_id_t k =
        make_key(ECC(BRAINPOOL_P_R1), 0, ALL_USAGES, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), 32);
    td_reset();
    return k;
}

static void via_hash_sign(void)
{
    uint8_t sig[128];
    size_t len = 0;

    psa_key_id_t k = brainpool_key();
    /* SHA-256: testa's hash_compute, then testd's sign_hash. */
    KT_ASSERT_SUCCESS(psa_sign_message(k, ECDSA256, abc, 3, sig, sizeof(sig), &len));
    CU_ASSERT_TRUE(len == 64 && td_is_marker(sig, 64, td_d.marker));
    assert_via((const long[]){1, 0, 0, 0}, 1, 0, 0);
    TD_ASSERT_LAST("testd");
    /* SHA-384: testc's; SHA-512: nobody's but the built-in driver's. */
    KT_ASSERT_SUCCESS(
        psa_sign_message(k, PSA_ALG_ECDSA(PSA_ALG_SHA_384), abc, 3, sig, sizeof(sig), &len));
    assert_via((const long[]){2, 0, 0, 0}, 1, 0, 1);
    KT_ASSERT_SUCCESS(
        psa_sign_message(k, PSA_ALG_ECDSA(PSA_ALG_SHA_512), abc, 3, sig, sizeof(sig), &len));
    CU_ASSERT_TRUE(len == 64 && td_is_marker(sig, 64, td_d.marker));
    assert_via((const long[]){3, 0, 0, 0}, 1, 0, 1);
    TD_ASSERT_LAST("testd");
    /* psa_sign_hash goes to the same entry point directly. */
    KT_ASSERT_SUCCESS(psa_sign_hash(k, ECDSA256, td_sha256_abc, 32, sig, sizeof(sig), &len));
    assert_via((const long[]){4, 0, 0, 0}, 1, 0, 1);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void via_hash_verify(void)
{
    uint8_t sig[64];

    psa_key_id_t k = brainpool_key();
    memset(sig, td_d.marker, sizeof(sig));
    KT_ASSERT_SUCCESS(psa_verify_message(k, ECDSA256, abc, 3, sig, 64));
    sig[63] ^= 1;
    KT_ASSERT_STATUS(psa_verify_message(k, ECDSA256, abc, 3, sig, 64), PSA_ERROR_INVALID_SIGNATURE);
    assert_via((const long[]){0, 2, 0, 0}, 2, 0, 0);
    TD_ASSERT_LAST("testd");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));

    /* A public key verifies too (testd imports ECC public keys). */
    k = make_key(ECC_PUB(BRAINPOOL_P_R1), 256, PSA_KEY_USAGE_VERIFY_MESSAGE, ECDSA256, 65);
    td_reset();
    sig[63] ^= 1;
    KT_ASSERT_SUCCESS(psa_verify_message(k, ECDSA256, abc, 3, sig, 64));
    assert_via((const long[]){0, 1, 0, 0}, 1, 0, 0);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void via_hash_failures(void)
{
    uint8_t sig[128];
    size_t len = 99;

    psa_key_id_t k = brainpool_key();
    /* The hash fails: that status, and no signature. */
    td_force(&td_a, "hash_compute", HW);
    KT_ASSERT_STATUS(psa_sign_message(k, ECDSA256, abc, 3, sig, sizeof(sig), &len), HW);
    CU_ASSERT_EQUAL(len, 0);
    assert_via((const long[]){0, 0, 0, 0}, 1, 0, 0);
    /* The hash falls back from testa to testb like any hash. */
    td_reset();
    td_force(&td_a, "hash_compute", NS);
    KT_ASSERT_SUCCESS(psa_sign_message(k, ECDSA256, abc, 3, sig, sizeof(sig), &len));
    assert_via((const long[]){1, 0, 0, 0}, 1, 1, 0);
    TD_ASSERT_LAST("testd");
    /* sign_hash declines: the built-in driver, which has sign_message, signs
     * the message itself (the prehash made for testd is not passed on). */
    td_reset();
    td_force(&td_d, "sign_hash", NS);
    KT_ASSERT_SUCCESS(psa_sign_message(k, ECDSA256, abc, 3, sig, sizeof(sig), &len));
    CU_ASSERT_TRUE(len == 64 && !td_is_marker(sig, 64, td_d.marker));
    assert_via((const long[]){1, 0, 0, 0}, 1, 0, 0);
    TD_ASSERT_LAST("builtin");
    /* sign_hash fails otherwise: final. */
    td_reset();
    td_force(&td_d, "verify_hash", HW);
    memset(sig, td_d.marker, 64);
    KT_ASSERT_STATUS(psa_verify_message(k, ECDSA256, abc, 3, sig, 64), HW);
    assert_via((const long[]){0, 1, 0, 0}, 1, 0, 0);
    TD_ASSERT_LAST("testd");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void via_hash_eddsa(void)
{
    uint8_t sig[128];
    size_t len = 99;

    /* Ed25519ph: SHA-512 of the message (the built-in driver's), then sign_hash. */
    psa_key_id_t k = make_key(ECC(TWISTED_EDWARDS), 255, ALL_USAGES, PSA_ALG_ED25519PH, 32);
    td_reset();
    KT_ASSERT_SUCCESS(psa_sign_message(k, PSA_ALG_ED25519PH, abc, 3, sig, sizeof(sig), &len));
    CU_ASSERT_TRUE(len == 64 && td_is_marker(sig, 64, td_d.marker));
    assert_via((const long[]){1, 0, 0, 0}, 0, 0, 0);
    TD_ASSERT_LAST("testd");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    /* PureEdDSA has no prehash: testd is no candidate; the built-in driver
     * signs, and refuses testd's marker as a signature. */
    k = make_key(ECC(TWISTED_EDWARDS), 255, ALL_USAGES, PSA_ALG_PURE_EDDSA, 32);
    td_reset();
    KT_ASSERT_SUCCESS(psa_sign_message(k, PSA_ALG_PURE_EDDSA, abc, 3, sig, sizeof(sig), &len));
    CU_ASSERT_TRUE(len == 64 && !td_is_marker(sig, 64, td_d.marker));
    TD_ASSERT_LAST("builtin");
    memset(sig, td_d.marker, 64);
    KT_ASSERT_STATUS(psa_verify_message(k, PSA_ALG_PURE_EDDSA, abc, 3, sig, 64),
                     PSA_ERROR_INVALID_SIGNATURE);
    assert_no_driver_called();
    TD_ASSERT_LAST("builtin");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    td_assert_no_violation();
}

static void via_hash_which(void)
{
    const psa_key_location_t local = PSA_KEY_LOCATION_LOCAL_STORAGE;
    struct kpsa_candidate c[8];
    size_t n = 0;

    KT_ASSERT_SUCCESS(
        kpsa_which("sign_message", ECDSA256, ECC(BRAINPOOL_P_R1), 256, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 2);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "testd");
    CU_ASSERT_STRING_EQUAL(c[1].prefix, "builtin");
    KT_ASSERT_SUCCESS(kpsa_which("sign_message", ECDSA256, ECC(SECP_R1), 256, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 3);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "testa");
    CU_ASSERT_STRING_EQUAL(c[1].prefix, "testb");
    CU_ASSERT_STRING_EQUAL(c[2].prefix, "builtin");
    /* PureEdDSA: testd's sign_hash is no candidate, as in via_hash_eddsa. */
    KT_ASSERT_SUCCESS(
        kpsa_which("sign_message", PSA_ALG_PURE_EDDSA, ECC(TWISTED_EDWARDS), 255, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 1);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "builtin");
    KT_ASSERT_SUCCESS(
        kpsa_which("sign_message", PSA_ALG_ED25519PH, ECC(TWISTED_EDWARDS), 255, local, c, 8, &n));
    CU_ASSERT_EQUAL(n, 2);
    /* No test driver takes a Montgomery key for ECDH: the built-in driver only. */
    KT_ASSERT_SUCCESS(
        kpsa_which("key_agreement", PSA_ALG_ECDH, ECC(MONTGOMERY), 255, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 1);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "builtin");
}

static const kt_test via_hash_tests[] = {
    {"psa_sign_message through hash_compute + sign_hash", via_hash_sign},
    {"psa_verify_message through hash_compute + verify_hash", via_hash_verify},
    {"failures of the hash and of sign_hash", via_hash_failures},
    {"HashEdDSA through the prehash, PureEdDSA never", via_hash_eddsa},
    {"kpsa_which sign_message", via_hash_which},
};

/* ---- API checks that need asymmetric keys ---------------------------------- */

static void check_key_types(void)
{
    uint8_t out[128], in[128];
    size_t len = 99;

    memset(in, 0x04, sizeof(in));
    td_reset();
    psa_key_id_t rsa = make_key(PSA_KEY_TYPE_RSA_KEY_PAIR, 0, ALL_USAGES, ECDSA256, 128);
    psa_key_id_t pub = make_key(ECC_PUB(SECP_R1), 256, ALL_USAGES, ECDSA256, 65);
    psa_key_id_t mont = make_key(ECC(MONTGOMERY), 255, ALL_USAGES, ECDSA256, 32);
    psa_key_id_t ed448 = make_key(ECC(TWISTED_EDWARDS), 448, ALL_USAGES, PSA_ALG_ED25519PH, 57);
    psa_key_id_t secp = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_PURE_EDDSA, 32);
    psa_key_id_t ecdh = make_key(ECC(TWISTED_EDWARDS), 255, ALL_USAGES, PSA_ALG_ECDH, 32);
    psa_key_id_t ffdh = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_FFDH, 32);
    psa_key_id_t crypt = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_RSA_PKCS1V15_CRYPT, 32);
    td_reset();
    /* ECDSA needs a Weierstrass curve; signing needs a key pair. */
    KT_ASSERT_STATUS(psa_sign_hash(rsa, ECDSA256, in, 32, out, sizeof(out), &len), INVAL);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_verify_hash(rsa, ECDSA256, in, 32, in, 64), INVAL);
    KT_ASSERT_STATUS(psa_sign_hash(mont, ECDSA256, in, 32, out, sizeof(out), &len), INVAL);
    KT_ASSERT_STATUS(psa_sign_message(pub, ECDSA256, abc, 3, out, sizeof(out), &len), INVAL);
    KT_ASSERT_STATUS(psa_sign_hash(pub, ECDSA256, in, 32, out, sizeof(out), &len), INVAL);
    /* EdDSA needs a twisted Edwards curve, Ed25519ph Edwards25519. */
    KT_ASSERT_STATUS(psa_sign_message(secp, PSA_ALG_PURE_EDDSA, abc, 3, out, sizeof(out), &len),
                     INVAL);
    KT_ASSERT_STATUS(psa_verify_message(ed448, PSA_ALG_ED25519PH, abc, 3, in, 64), INVAL);
    /* ECDH: not on twisted Edwards curves; FFDH: DH keys only. */
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, ecdh, in, 32, out, sizeof(out), &len),
                     INVAL);
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_FFDH, ffdh, in, 65, out, sizeof(out), &len),
                     INVAL);
    /* RSA encryption: RSA keys only. */
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(crypt, PSA_ALG_RSA_PKCS1V15_CRYPT, abc, 3, NULL, 0, out,
                                            sizeof(out), &len),
                     INVAL);
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(crypt, PSA_ALG_RSA_PKCS1V15_CRYPT, in, 32, NULL, 0, out,
                                            sizeof(out), &len),
                     INVAL);
    CU_ASSERT_EQUAL(len, 0);
    assert_no_driver_called();
    psa_key_id_t all[] = {rsa, pub, mont, ed448, secp, ecdh, ffdh, crypt};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(all[i]));
    }
}

static void check_signature_sizes(void)
{
    uint8_t out[128], in[128];
    size_t len = 99;

    memset(in, 0, sizeof(in));
    psa_key_id_t k = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), 32);
    td_reset();
    /* The hash of a hash-and-sign algorithm has exactly the hash's length. */
    KT_ASSERT_STATUS(psa_sign_hash(k, ECDSA256, in, 31, out, sizeof(out), &len), INVAL);
    KT_ASSERT_STATUS(psa_sign_hash(k, ECDSA256, in, 33, out, sizeof(out), &len), INVAL);
    KT_ASSERT_STATUS(psa_verify_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_384), in, 32, in, 96), INVAL);
    /* 2 x 32 bytes of signature. */
    KT_ASSERT_STATUS(psa_sign_hash(k, ECDSA256, in, 32, out, 63, &len), PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_sign_message(k, ECDSA256, abc, 3, out, 63, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    assert_no_driver_called();
    KT_ASSERT_SUCCESS(psa_sign_hash(k, ECDSA256, in, 32, out, 64, &len));
    CU_ASSERT_EQUAL(len, 64);
    TD_ASSERT_LAST("testa");
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    /* PSA_ALG_ECDSA_ANY signs a hash of any length. */
    k = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_ECDSA_ANY, 32);
    KT_ASSERT_SUCCESS(psa_sign_hash(k, PSA_ALG_ECDSA_ANY, in, 20, out, 64, &len));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
}

static void check_rsa_encryption(void)
{
    const psa_algorithm_t oaep = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256);
    const psa_algorithm_t v15 = PSA_ALG_RSA_PKCS1V15_CRYPT;
    uint8_t out[128], in[128];
    size_t len = 99;

    memset(in, 0x11, sizeof(in));
    psa_key_id_t k = make_key(PSA_KEY_TYPE_RSA_KEY_PAIR, 0, ALL_USAGES, v15, 128);
    psa_key_id_t ko = make_key(PSA_KEY_TYPE_RSA_KEY_PAIR, 0, ALL_USAGES, oaep, 128);
    td_reset();
    /* 1024 bits: PKCS#1 v1.5 takes at most 117 bytes, OAEP-SHA-256 62. */
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(k, v15, in, 118, NULL, 0, out, 128, &len), INVAL);
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(ko, oaep, in, 63, NULL, 0, out, 128, &len), INVAL);
    /* PKCS#1 v1.5 takes no salt. */
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(k, v15, in, 3, in, 1, out, 128, &len), INVAL);
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(k, v15, in, 128, in, 1, out, 128, &len), INVAL);
    /* The ciphertext has the modulus size; so has the encryption's output. */
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(k, v15, in, 127, NULL, 0, out, 128, &len), INVAL);
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(k, v15, in, 3, NULL, 0, out, 127, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(len, 0);
    assert_no_driver_called();
    /* At the limits, with a label for OAEP: the driver is called. */
    KT_ASSERT_SUCCESS(psa_asymmetric_encrypt(k, v15, in, 117, NULL, 0, out, 128, &len));
    KT_ASSERT_SUCCESS(psa_asymmetric_encrypt(ko, oaep, in, 62, abc, 3, out, 128, &len));
    CU_ASSERT_EQUAL(td_hits(&td_a, "asymmetric_encrypt"), 2);
    /* A short decryption buffer is the driver's to judge. */
    KT_ASSERT_SUCCESS(psa_asymmetric_decrypt(ko, oaep, in, 128, abc, 3, out, 128, &len));
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(ko, oaep, in, 128, abc, 3, out, 10, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(td_hits(&td_a, "asymmetric_decrypt"), 2);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    KT_ASSERT_SUCCESS(psa_destroy_key(ko));
}

static void check_key_agreement(void)
{
    uint8_t out[128], in[128];
    size_t len = 99;

    memset(in, 0x04, sizeof(in));
    psa_key_id_t k = make_key(ECC(SECP_R1), 0, ALL_USAGES, PSA_ALG_ECDH, 32);
    psa_key_id_t m = make_key(ECC(MONTGOMERY), 255, ALL_USAGES, PSA_ALG_ECDH, 32);
    td_reset();
    /* P-256 peer keys are 65-byte uncompressed points. */
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, k, in, 64, out, 32, &len), INVAL);
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, k, in, 33, out, 32, &len), INVAL);
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, k, in, 65, out, 31, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(len, 0);
    /* Curve25519 peer keys are 32 bytes. */
    KT_ASSERT_STATUS(psa_raw_key_agreement(PSA_ALG_ECDH, m, in, 65, out, 32, &len), INVAL);
    assert_no_driver_called();
    /* No test driver takes a Montgomery key for ECDH: the built-in X25519. */
    KT_ASSERT_SUCCESS(psa_raw_key_agreement(PSA_ALG_ECDH, m, in, 32, out, 32, &len));
    CU_ASSERT_EQUAL(len, 32);
    TD_ASSERT_LAST("builtin");
    KT_ASSERT_SUCCESS(psa_raw_key_agreement(PSA_ALG_ECDH, k, in, 65, out, 32, &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out, 32, td_a.marker));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    KT_ASSERT_SUCCESS(psa_destroy_key(m));
}

static void check_policy(void)
{
    uint8_t out[128], in[128];
    size_t len = 99;

    memset(in, td_a.marker, sizeof(in));
    /* VERIFY_HASH implies VERIFY_MESSAGE, not SIGN_*. */
    psa_key_id_t k = make_key(ECC(SECP_R1), 0, PSA_KEY_USAGE_VERIFY_HASH, ECDSA256, 32);
    td_reset();
    KT_ASSERT_STATUS(psa_sign_hash(k, ECDSA256, in, 32, out, sizeof(out), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_sign_message(k, ECDSA256, abc, 3, out, sizeof(out), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_verify_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_384), in, 48, in, 64),
                     PSA_ERROR_NOT_PERMITTED);
    assert_no_driver_called();
    KT_ASSERT_SUCCESS(psa_verify_hash(k, ECDSA256, in, 32, in, 64));
    KT_ASSERT_SUCCESS(psa_verify_message(k, ECDSA256, abc, 3, in, 64));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
}

static const kt_test check_tests[] = {
    {"key types", check_key_types},
    {"hash length and signature size", check_signature_sizes},
    {"RSA encryption lengths and salt", check_rsa_encryption},
    {"peer key and shared secret sizes", check_key_agreement},
    {"usage flags and permitted algorithm", check_policy},
};

void td_register_asym_suites(void)
{
    KT_ADD_SUITE("asymmetric (a): the first driver serves", case_a_tests);
    KT_ADD_SUITE("asymmetric (b): NOT_SUPPORTED with fallback, to the built-in", case_b_tests);
    KT_ADD_SUITE("asymmetric (c): another error is final", case_c_tests);
    KT_ADD_SUITE("sign/verify_message through hash_compute + sign/verify_hash", via_hash_tests);
    KT_ADD_SUITE("asymmetric argument checks with asymmetric keys", check_tests);
}
