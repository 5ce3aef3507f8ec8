/*
 * test_kdf.c - the key derivation API (psa_key_derivation_*), key agreement
 * into a derivation and into a key: the state machine, every error status,
 * capacity rules, key policies, output_key per key type, verification.
 * The algorithms' own known answers are in test_kdf_vectors.c.
 *
 * Values used here, with their sources (none computed with kpsa):
 *  - RFC 5869 A.1 (HKDF-SHA-256 test case 1): IKM, salt, info, OKM.
 *  - TF-PSA-Crypto tests/suites/test_suite_psa_crypto.data (Mbed TLS's PSA
 *    test data; another implementation's values, derived from RFC 5869 A.1):
 *    "PSA key derivation: HKDF-SHA-256 -> ECC secp256r1", "... (1 redraw)",
 *    "... -> ECC curve25519 #1", "... -> ECC secp521r1 #0" (the derivation of
 *    the specification, keys/types.rst), and "PSA key agreement: ECDH
 *    SECP256R1 (RFC 5903) + HKDF-SHA-256: read 64+0" and "PSA key agreement:
 *    FFDH RFC7919 2048 key + HKDF-SHA256: read 256+0".
 *  - RFC 5903 section 8.1 (ECDH P-256): i, g^r, and the shared x-coordinate.
 *  - RFC 7914 section 11, first PBKDF2-HMAC-SHA256 vector (P "passwd",
 *    S "salt", c 1): first 32 bytes of DK.
 * Raw keys (AES, HMAC, DERIVE, RAW_DATA) and Ed25519 keys are the OKM bytes
 * as they are; the DES key is the OKM's first 8 bytes with the parity bits
 * set by hand; the FFDH key is checked against the stream plus one, per the
 * rules of keys/types.rst.  RSA derivation is kpsa's own method (the
 * specification leaves it to the implementation): checked for determinism,
 * size and a working signature.
 */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

#define HKDF256   PSA_ALG_HKDF(PSA_ALG_SHA_256)
#define PBKDF256  PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)
#define ECDH_HKDF PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, HKDF256)
#define SECP256R1 PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)

/* RFC 5869 A.1. */
static const uint8_t ikm[22] = {0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b,
                                0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b};
static const uint8_t salt[13] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06,
                                 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c};
static const uint8_t info[10] = {0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9};
static const char okm_hex[] = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                              "34007208d5b887185865";

/* RFC 5903 8.1: our private key i, the peer's public key g^r, and g^ir's x. */
static const char ecdh_priv_hex[] =
    "c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433";
static const char ecdh_peer_hex[] =
    "04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63"
    "56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab";
static const char ecdh_z_hex[] = "d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de";
/* TF-PSA-Crypto "PSA key agreement: ECDH SECP256R1 (RFC 5903) + HKDF-SHA-256:
 * read 64+0" (no salt, empty info). */
static const char ecdh_hkdf_hex[] =
    "3bf511eebadf44c1f7b0282a1262fe4ddd9da23bb1555cfda591ac46b088c441"
    "7883c010f6e37cd6942c63bd8a65d8648c736bf8330b539760e18db13888d992";

/* TF-PSA-Crypto "PSA key agreement: FFDH RFC7919 2048 key + HKDF-SHA256: read
 * 256+0": our ffdhe2048 private key, the peer's public key, and the first 256
 * bytes of HKDF-SHA-256 (no salt, empty info) over the shared secret. */
static const char ffdh_priv_hex[] =
    "4bd2bd426bda18aa94501942095ffe5a9affed1535b942f3449bce8e90f9e57f"
    "512c8fdda496c3ac051d951be206365fb5dd03a7d7db5236b98ddfa68237a45e"
    "f4513b381a82863cdb6521b44e10aa45de28d040326c5d95e9399ae25f6cad68"
    "1f1cbf8c71934b91d5c8765f56d3978544784f297aa60afadd824e4b9525867f"
    "ea33d873c379e3e7bd48528ec89aa01691b57df1c87c871b955331697e6a64db"
    "0837e1d24c80e2770179a98cae9da54d21cc5af4cc7b713b04554e2cdf417d78"
    "f12e8c749a2669e036a5b89eda7b087eb911c629f16128ab04f0ee7a3a9bec57"
    "72cfc68bbd0b492a781b36d26c2ec1f83953e192247e52714c3f32f0635f698c";
static const char ffdh_peer_hex[] =
    "6d34e084b8d0e253a894237be9977e1a821b556ed4bc01cda691a927885979b5"
    "9e55a30daa2a707769474b760e9f1c10544b2ce74b26efa4f069e05ce70471bf"
    "6b7e6c08a16fa880930790204e8b482478de0682ce3f58450a4e15abc14d05e1"
    "3ef773a10a3e8bf2219f8ab556c88dc2a301b362c2d4e94bf2f0006bb36d15a5"
    "096ed1342f3f111ccf123ceae9bdc7bc0cde5edc9f0203f35f8a98aff6d75975"
    "357733a429364ed3aca32acaf9f857ef751e0e246140eebdfc2b403b644e42c4"
    "8922f7f6cdaa6a2ef9ddfa54fb83657492f9f9a2c8aa4831601f9b11663e94d9"
    "68d8be6e121aee2c79156e44aaa650bb26083983a76cc5883538d4794855ded1";
static const char ffdh_hkdf_hex[] =
    "8f6f6b349b2c11a941882de0d6bd0dfde68d596c1f0b85d15cf94d651f99e152"
    "7e829d95fec5ffac32da6c5367785e735f126e1f2a326e8edcd6192452ce0ef7"
    "a11c541feb6b7b81bcb8c15a5db04ab407e8776426227ec335c2840c2a909d79"
    "14b158754dde8980dbdf607d63f0b9778f81df82836529b2e27f4a81a390bdbf"
    "848ee16817fa80d745bf93626ad0e19930fcde46a034a25f168c14e006a7d4e3"
    "cb2fce48797b5b2edb0a6c4995cf1ec0dc32d218a4b52d929ff1fa50b63af9b2"
    "c0e7045bbb7f7a0f976d1da8a2617294a67cd0f763e5bc50e1037ba5b49a02f3"
    "b1b5b6509bb0e2cfd67ff49da0e6fec01c06a219cb943151fa095bf5dda27ada";

/* RFC 7914 section 11, PBKDF2-HMAC-SHA256("passwd", "salt", 1), first 32 bytes. */
static const char pbkdf2_hex[] = "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc";

static psa_key_id_t import(psa_key_type_t type, psa_key_usage_t usage, psa_algorithm_t alg,
                           const uint8_t *data, size_t length)
{
    return kt_import(type, data, length, usage, alg);
}

static psa_key_id_t derive_key_of(psa_key_type_t type, psa_key_usage_t usage, psa_algorithm_t alg)
{
    return import(type, usage, alg, ikm, sizeof(ikm));
}

/* HKDF-SHA-256 of RFC 5869 A.1 set up with the secret as `secret` (a key) or,
 * when 0, as bytes. */
static void hkdf_tc1(psa_key_derivation_operation_t *op, psa_key_id_t secret)
{
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(op, HKDF256));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SALT, salt, sizeof(salt)));
    if (secret != 0) {
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_key(op, PSA_KEY_DERIVATION_INPUT_SECRET, secret));
    } else {
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SECRET, ikm, sizeof(ikm)));
    }
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_INFO, info, sizeof(info)));
}

/* ---- setup ------------------------------------------------------------------ */

static void test_setup_algorithms(void)
{
    static const struct {
        psa_algorithm_t alg;
        psa_status_t want;
    } cases[] = {
        {HKDF256, PSA_SUCCESS},
        {PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_384), PSA_SUCCESS},
        {PSA_ALG_TLS12_ECJPAKE_TO_PMS, PSA_SUCCESS},
        {PSA_ALG_PBKDF2_AES_CMAC_PRF_128, PSA_SUCCESS},
        {PSA_ALG_SP800_108_COUNTER_CMAC, PSA_SUCCESS},
        {ECDH_HKDF, PSA_SUCCESS},
        {PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_TLS12_PRF(PSA_ALG_SHA_384)), PSA_SUCCESS},
        /* not a KDF: a hash, a MAC, a raw agreement */
        {PSA_ALG_SHA_256, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_ALG_HMAC(PSA_ALG_SHA_256), PSA_ERROR_INVALID_ARGUMENT},
        {PSA_ALG_ECDH, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_ALG_FFDH, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_ALG_NONE, PSA_ERROR_INVALID_ARGUMENT},
        /* EC J-PAKE-to-PMS takes no agreement's secret */
        {PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_TLS12_ECJPAKE_TO_PMS),
         PSA_ERROR_INVALID_ARGUMENT},
        /* unknown or unsupported hash, KDF, agreement */
        {PSA_ALG_HKDF(0), PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_HKDF(PSA_ALG_ANY_HASH), PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_HKDF(0x02000077), PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_TLS12_PRF(PSA_ALG_SHA_1), PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_512), PSA_ERROR_NOT_SUPPORTED},
        {(psa_algorithm_t)0x08000f00, PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(0)), PSA_ERROR_NOT_SUPPORTED},
        {PSA_ALG_KEY_AGREEMENT((psa_algorithm_t)0x09030000, HKDF256), PSA_ERROR_NOT_SUPPORTED},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
        size_t capacity = 1;
        KT_ASSERT_STATUS(psa_key_derivation_setup(&op, cases[i].alg), cases[i].want);
        /* A failed setup leaves the operation inactive. */
        KT_ASSERT_STATUS(psa_key_derivation_get_capacity(&op, &capacity),
                         cases[i].want == PSA_SUCCESS ? PSA_SUCCESS : PSA_ERROR_BAD_STATE);
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    }
}

static void test_setup_state(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    size_t capacity = 0;

    KT_ASSERT_STATUS(psa_key_derivation_setup(NULL, HKDF256), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    /* setup twice: BAD_STATE, the first setup stands */
    KT_ASSERT_STATUS(psa_key_derivation_setup(&op, PBKDF256), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 255 * 32);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* abort twice, abort of an inactive object, reuse after abort */
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_STATUS(psa_key_derivation_abort(NULL), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PBKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

/* Every function on an inactive operation: BAD_STATE. */
static void test_inactive(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t key = 1;
    uint8_t out[4];
    size_t capacity = 7;

    psa_set_key_type(&a, PSA_KEY_TYPE_RAW_DATA);
    psa_set_key_bits(&a, 32);
    KT_ASSERT_STATUS(psa_key_derivation_get_capacity(&op, &capacity), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(capacity, 0);
    KT_ASSERT_STATUS(psa_key_derivation_get_capacity(&op, NULL), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_derivation_set_capacity(&op, 1), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, out, 1),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, 1),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, 1),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(
        psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_SECRET, 1, out, sizeof(out)),
        PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, &key), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(key, PSA_KEY_ID_NULL);
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, 1), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

/* ---- capacity ---------------------------------------------------------------- */

static void test_default_capacity(void)
{
    static const struct {
        psa_algorithm_t alg;
        size_t capacity;
    } cases[] = {
        {HKDF256, 255 * 32},
        {PSA_ALG_HKDF(PSA_ALG_SHA_512), 255 * 64},
        {PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256), 32},
        {PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_384), 255 * 48},
        {PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), SIZE_MAX},
        {PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_384), 48},
        {PSA_ALG_TLS12_ECJPAKE_TO_PMS, 32},
        {PBKDF256, (size_t)UINT32_MAX * 32},
        {PSA_ALG_PBKDF2_AES_CMAC_PRF_128, (size_t)UINT32_MAX * 16},
        {PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256), 0x1fffffff},
        {PSA_ALG_SP800_108_COUNTER_CMAC, 0x1fffffff},
        {ECDH_HKDF, 255 * 32},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
        size_t capacity = 0;
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, cases[i].alg));
        KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
        CU_ASSERT_EQUAL(capacity, cases[i].capacity);
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    }
}

static void test_set_capacity(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    size_t capacity = 0;

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    /* above the current capacity: INVALID_ARGUMENT, operation unchanged and valid */
    KT_ASSERT_STATUS(psa_key_derivation_set_capacity(&op, 255 * 32 + 1),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 255 * 32);
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 100));
    KT_ASSERT_STATUS(psa_key_derivation_set_capacity(&op, 101), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 100));
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 0));
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 0);
    /* still accepting inputs */
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt, sizeof(salt)));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

/* ---- inputs ------------------------------------------------------------------ */

/* Input calls on a fresh operation of `alg`, in order, with the status each
 * must return; a step with `integer` set uses input_integer. */
struct input_call {
    psa_key_derivation_step_t step;
    const char *hex; /* NULL: input_integer with `value` */
    uint64_t value;
    psa_status_t want;
};

static void run_inputs(psa_algorithm_t alg, const struct input_call *calls, size_t count)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, alg));
    for (size_t i = 0; i < count; i++) {
        psa_status_t status;
        if (calls[i].hex == NULL) {
            status = psa_key_derivation_input_integer(&op, calls[i].step, calls[i].value);
        } else {
            struct kt_buf b = kt_hex(calls[i].hex);
            status = psa_key_derivation_input_bytes(&op, calls[i].step, b.data, b.len);
            kt_buf_free(&b);
        }
        if (status != calls[i].want) {
            fprintf(stderr, "\nalg 0x%08x call %zu\n", (unsigned)alg, i);
        }
        KT_ASSERT_STATUS(status, calls[i].want);
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

#define RUN(alg, ...)                                                                              \
    do {                                                                                           \
        const struct input_call c_[] = {__VA_ARGS__};                                              \
        run_inputs((alg), c_, sizeof(c_) / sizeof(c_[0]));                                         \
    } while (0)
#define IN(step, hex, want)                                                                        \
    {                                                                                              \
        PSA_KEY_DERIVATION_INPUT_##step, (hex), 0, (want)                                          \
    }
#define INT(step, v, want)                                                                         \
    {                                                                                              \
        PSA_KEY_DERIVATION_INPUT_##step, NULL, (v), (want)                                         \
    }
#define OK  PSA_SUCCESS
#define BAD PSA_ERROR_BAD_STATE
#define INV PSA_ERROR_INVALID_ARGUMENT

static void test_inputs_hkdf(void)
{
    /* order: salt before secret; info any time; each once */
    RUN(HKDF256, IN(INFO, "", OK), IN(SALT, "01", OK), IN(SECRET, "02", OK));
    RUN(HKDF256, IN(SECRET, "02", OK), IN(SALT, "01", BAD), IN(INFO, "", BAD));
    RUN(HKDF256, IN(SALT, "01", OK), IN(SALT, "01", BAD));
    RUN(HKDF256, IN(SECRET, "01", OK), IN(SECRET, "01", BAD));
    RUN(HKDF256, IN(INFO, "", OK), IN(INFO, "", BAD), IN(SECRET, "01", BAD));
    /* steps HKDF does not take, and the wrong kind of input */
    RUN(HKDF256, IN(LABEL, "01", INV), IN(SECRET, "01", BAD));
    RUN(HKDF256, IN(SEED, "01", INV));
    RUN(HKDF256, IN(COST, "01", INV));
    RUN(HKDF256, INT(SALT, 1, INV));
    RUN(HKDF256, IN(SECRET, "01", OK), INT(COST, 1000, INV), IN(INFO, "", BAD));
    RUN(HKDF256, {0x7777, "01", 0, INV});
    /* Extract: salt required before the secret; Expand: secret then info */
    RUN(PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256), IN(SECRET, "01", BAD));
    RUN(PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256), IN(SALT, "", OK), IN(SECRET, "01", OK),
        IN(INFO, "", INV));
    RUN(PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256), IN(INFO, "", BAD));
    RUN(PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256), IN(SALT, "", INV));
}

static void test_inputs_others(void)
{
    /* TLS 1.2 PRF: seed, secret, label, in this order */
    RUN(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), IN(SECRET, "01", BAD));
    RUN(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), IN(SEED, "", OK), IN(LABEL, "", BAD));
    RUN(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), IN(SEED, "", OK), IN(SEED, "", BAD));
    RUN(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), IN(SEED, "", OK), IN(SECRET, "01", OK),
        IN(LABEL, "", OK), IN(LABEL, "", BAD));
    /* PSK-to-MS: optional other secret between seed and PSK; PSK <= 128 bytes */
    RUN(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256), IN(SEED, "00", OK), IN(OTHER_SECRET, "01", OK),
        IN(SECRET, "02", OK), IN(OTHER_SECRET, "01", BAD));
    {
        char psk[2 * 129 + 1];
        memset(psk, 'a', sizeof(psk) - 1);
        psk[2 * 128] = '\0';
        RUN(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256), IN(SEED, "00", OK), IN(SECRET, psk, OK));
        psk[2 * 128] = 'a';
        psk[2 * 129] = '\0';
        RUN(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256), IN(SEED, "00", OK), IN(SECRET, psk, INV));
    }
    /* EC J-PAKE-to-PMS: a 65-byte uncompressed point */
    {
        char point[2 * 66 + 1];
        memset(point, 'a', sizeof(point) - 1);
        point[0] = '0', point[1] = '4', point[2 * 65] = '\0';
        RUN(PSA_ALG_TLS12_ECJPAKE_TO_PMS, IN(SECRET, point, OK));
        point[1] = '2';
        RUN(PSA_ALG_TLS12_ECJPAKE_TO_PMS, IN(SECRET, point, INV));
        point[1] = '4', point[2 * 64] = '\0';
        RUN(PSA_ALG_TLS12_ECJPAKE_TO_PMS, IN(SECRET, point, INV));
        point[2 * 64] = 'a', point[2 * 65] = 'a';
        point[2 * 66] = '\0';
        RUN(PSA_ALG_TLS12_ECJPAKE_TO_PMS, IN(SECRET, point, INV));
    }
    /* PBKDF2: cost (integer, >= 1, <= 2^32 - 1) first, salt repeatable, password */
    RUN(PBKDF256, IN(SALT, "01", BAD));
    RUN(PBKDF256, IN(COST, "01", INV));
    RUN(PBKDF256, INT(COST, 0, INV));
    RUN(PBKDF256, INT(COST, UINT64_C(0x100000000), PSA_ERROR_NOT_SUPPORTED));
    RUN(PBKDF256, INT(COST, 1, OK), INT(COST, 1, BAD));
    RUN(PBKDF256, INT(COST, 1, OK), IN(PASSWORD, "01", BAD));
    RUN(PBKDF256, INT(COST, 1, OK), IN(SALT, "7361", OK), IN(SALT, "6c74", OK),
        IN(PASSWORD, "01", OK), IN(SALT, "01", BAD));
    RUN(PBKDF256, INT(COST, 1, OK), IN(SECRET, "01", INV));
    RUN(PSA_ALG_PBKDF2_AES_CMAC_PRF_128, INT(COST, 1, OK), IN(LABEL, "01", INV));
    /* SP 800-108: secret, label (no zero byte), context */
    RUN(PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256), IN(SECRET, "01", OK),
        IN(LABEL, "610062", INV));
    RUN(PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256), IN(SECRET, "01", OK),
        IN(CONTEXT, "00", OK), IN(LABEL, "61", BAD));
    /* the CMAC variant's secret must be a key */
    RUN(PSA_ALG_SP800_108_COUNTER_CMAC, IN(SECRET, "000102030405060708090a0b0c0d0e0f", INV));
}

/* After a failed input the operation is in the error state. */
static void test_error_state(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    size_t capacity = 0;
    uint8_t out[8];

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_STATUS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_LABEL, out, 1),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, out, 1),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_get_capacity(&op, &capacity), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_set_capacity(&op, 1), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_key_derivation_setup(&op, HKDF256), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    /* NULL data with a length */
    KT_ASSERT_STATUS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, NULL, 1),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* NULL data of length 0 is an empty input */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, NULL, 0));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

static void test_input_key_policy(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_id_t good = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256);
    psa_key_id_t no_usage = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_EXPORT, HKDF256);
    psa_key_id_t other_alg =
        derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, PSA_ALG_HKDF(PSA_ALG_SHA_512));
    psa_key_id_t raw = derive_key_of(PSA_KEY_TYPE_RAW_DATA, PSA_KEY_USAGE_DERIVE, HKDF256);
    psa_key_id_t hmac = derive_key_of(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_DERIVE, HKDF256);
    psa_key_id_t pepper = derive_key_of(PSA_KEY_TYPE_PEPPER, PSA_KEY_USAGE_DERIVE, HKDF256);
    static const struct {
        psa_key_derivation_step_t step;
        int key;
        psa_status_t want;
    } cases[] = {
        {PSA_KEY_DERIVATION_INPUT_SECRET, 0, PSA_SUCCESS},
        {PSA_KEY_DERIVATION_INPUT_SECRET, 1, PSA_ERROR_NOT_PERMITTED},
        {PSA_KEY_DERIVATION_INPUT_SECRET, 2, PSA_ERROR_NOT_PERMITTED},
        {PSA_KEY_DERIVATION_INPUT_SECRET, 3, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_DERIVATION_INPUT_SECRET, 4, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_DERIVATION_INPUT_SECRET, 6, PSA_ERROR_INVALID_HANDLE},
        {PSA_KEY_DERIVATION_INPUT_SALT, 3, PSA_SUCCESS},
        {PSA_KEY_DERIVATION_INPUT_SALT, 5, PSA_SUCCESS},
        {PSA_KEY_DERIVATION_INPUT_SALT, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_DERIVATION_INPUT_INFO, 3, PSA_SUCCESS},
        {PSA_KEY_DERIVATION_INPUT_INFO, 5, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_DERIVATION_INPUT_LABEL, 3, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_DERIVATION_INPUT_COST, 3, PSA_ERROR_INVALID_ARGUMENT},
    };
    psa_key_id_t keys[7] = {good, no_usage, other_alg, raw, hmac, pepper, 0x3fff0001};

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
        KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, cases[i].step, keys[cases[i].key]),
                         cases[i].want);
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    }
    for (size_t i = 0; i < 6; i++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(keys[i]));
    }
    /* the handle is checked before the order: a destroyed key given again
     * is INVALID_HANDLE, not BAD_STATE (PSA conformance suite c018) */
    good = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256);
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, good));
    KT_ASSERT_SUCCESS(psa_destroy_key(good));
    KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, good),
                     PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

static void test_input_key_types(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_algorithm_t sp_hmac = PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256);
    psa_key_id_t hmac = derive_key_of(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_DERIVE, sp_hmac);
    psa_key_id_t aes =
        import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_DERIVE, PSA_ALG_SP800_108_COUNTER_CMAC, ikm, 16);
    psa_key_id_t aes_hkdf = import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_DERIVE, HKDF256, ikm, 16);
    psa_key_id_t pw = derive_key_of(PSA_KEY_TYPE_PASSWORD, PSA_KEY_USAGE_DERIVE, PBKDF256);
    psa_key_id_t pw_hkdf = derive_key_of(PSA_KEY_TYPE_PASSWORD, PSA_KEY_USAGE_DERIVE, HKDF256);

    /* SP 800-108 HMAC takes an HMAC key; CMAC an AES key (only as a key) */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, sp_hmac));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, hmac));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_SP800_108_COUNTER_CMAC));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, aes));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* an AES key is no HKDF secret */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, aes_hkdf),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* PASSWORD keys: PBKDF2's password, never a secret */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PBKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, 1));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt, 4));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_PASSWORD, pw));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, pw_hkdf),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(hmac);
    psa_destroy_key(aes);
    psa_destroy_key(aes_hkdf);
    psa_destroy_key(pw);
    psa_destroy_key(pw_hkdf);
}

/* ---- outputs ----------------------------------------------------------------- */

static void test_output_bytes(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct kt_buf okm = kt_hex(okm_hex);
    uint8_t out[42];
    size_t capacity = 0;

    /* the stream read in pieces is the stream */
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 1));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out + 1, 0));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out + 1, 30));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out + 31, 11));
    KT_ASSERT_BYTES(out, sizeof(out), okm.data, okm.len);
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 255 * 32 - 42);
    /* no input after output, no setup */
    KT_ASSERT_STATUS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, info, 1),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));

    /* capacity: INSUFFICIENT_DATA outputs nothing, sets 0, keeps the operation */
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 42));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 40));
    KT_ASSERT_BYTES(out, 40, okm.data, 40);
    memset(out, 0x55, sizeof(out));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, 3), PSA_ERROR_INSUFFICIENT_DATA);
    CU_ASSERT_TRUE(out[0] == 0x55 && out[1] == 0x55 && out[2] == 0x55);
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 0);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, 1), PSA_ERROR_INSUFFICIENT_DATA);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, 0), PSA_ERROR_INSUFFICIENT_DATA);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, NULL, 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));

    /* the exact capacity can be read */
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 42));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 42));
    KT_ASSERT_BYTES(out, 42, okm.data, 42);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    kt_buf_free(&okm);
}

static void test_missing_inputs(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    uint8_t out[4];

    /* HKDF without info */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, ikm, sizeof(ikm)));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* no inputs at all */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256)));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* PBKDF2 without password */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PBKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, 1));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt, 1));
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* HKDF without salt (optional) is complete */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, NULL, 0));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, ikm, sizeof(ikm)));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

static void test_verify_bytes(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct kt_buf okm = kt_hex(okm_hex);
    psa_key_id_t vonly =
        derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_VERIFY_DERIVATION, HKDF256);
    uint8_t out[8];
    size_t capacity = 0;

    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_bytes(&op, okm.data, 16));
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_bytes(&op, okm.data + 16, 26));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* a mismatch: INVALID_SIGNATURE, then the error state */
    hkdf_tc1(&op, 0);
    okm.data[20] ^= 1;
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, okm.data, okm.len),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, okm.data, 1), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    okm.data[20] ^= 1;
    /* capacity short: INSUFFICIENT_DATA, capacity 0 */
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 10));
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, okm.data, 11),
                     PSA_ERROR_INSUFFICIENT_DATA);
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&op, &capacity));
    CU_ASSERT_EQUAL(capacity, 0);
    KT_ASSERT_STATUS(psa_key_derivation_verify_bytes(&op, NULL, 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* a VERIFY_DERIVATION-only secret: verify yes, output no */
    hkdf_tc1(&op, vonly);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    hkdf_tc1(&op, vonly);
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_bytes(&op, okm.data, okm.len));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(vonly);
    kt_buf_free(&okm);
}

/* PBKDF2-HMAC-SHA256 of RFC 7914 11 with the password as a key. */
static void pbkdf2_setup(psa_key_derivation_operation_t *op, psa_key_id_t password)
{
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(op, PBKDF256));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_integer(op, PSA_KEY_DERIVATION_INPUT_COST, 1));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SALT,
                                                     (const uint8_t *)"salt", 4));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_key(op, PSA_KEY_DERIVATION_INPUT_PASSWORD, password));
}

static psa_key_id_t password_hash(const uint8_t *data, size_t length, psa_key_usage_t usage,
                                  psa_algorithm_t alg)
{
    return import(PSA_KEY_TYPE_PASSWORD_HASH, usage, alg, data, length);
}

static void test_verify_key(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct kt_buf dk = kt_hex(pbkdf2_hex);
    psa_key_id_t pw = import(PSA_KEY_TYPE_PASSWORD, PSA_KEY_USAGE_VERIFY_DERIVATION, PBKDF256,
                             (const uint8_t *)"passwd", 6);
    psa_key_id_t good = password_hash(dk.data, dk.len, PSA_KEY_USAGE_VERIFY_DERIVATION, PBKDF256);
    psa_key_id_t no_usage = password_hash(dk.data, dk.len, PSA_KEY_USAGE_EXPORT, PBKDF256);
    psa_key_id_t other_alg = password_hash(dk.data, dk.len, PSA_KEY_USAGE_VERIFY_DERIVATION,
                                           PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_512));
    psa_key_id_t raw =
        import(PSA_KEY_TYPE_RAW_DATA, PSA_KEY_USAGE_VERIFY_DERIVATION, PBKDF256, dk.data, dk.len);
    psa_key_id_t wrong;

    dk.data[0] ^= 0x80;
    wrong = password_hash(dk.data, dk.len, PSA_KEY_USAGE_VERIFY_DERIVATION, PBKDF256);
    pbkdf2_setup(&op, pw);
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_key(&op, good));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, wrong), PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, no_usage), PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, other_alg), PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, raw), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_STATUS(psa_key_derivation_verify_key(&op, 0x3fff0002), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* a VERIFY_DERIVATION-only password may not make the hash */
    pbkdf2_setup(&op, pw);
    {
        psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
        psa_key_id_t k = 1;
        psa_set_key_type(&a, PSA_KEY_TYPE_PASSWORD_HASH);
        psa_set_key_bits(&a, 256);
        psa_set_key_algorithm(&a, PBKDF256);
        KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, &k), PSA_ERROR_NOT_PERMITTED);
        CU_ASSERT_EQUAL(k, PSA_KEY_ID_NULL);
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(pw);
    psa_destroy_key(good);
    psa_destroy_key(no_usage);
    psa_destroy_key(other_alg);
    psa_destroy_key(raw);
    psa_destroy_key(wrong);
    kt_buf_free(&dk);
}

/* Derive a key of (type, bits) from RFC 5869 A.1 HKDF (inputs given as
 * `secret_hex`/`salt_hex`/`info_hex`, NULL: A.1's) and compare its export. */
static void derive_and_compare(psa_key_type_t type, size_t bits, const char *secret_hex,
                               const char *salt_hex, const char *info_hex, const char *want_hex)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    struct kt_buf s = kt_hex(secret_hex), sa = kt_hex(salt_hex), in = kt_hex(info_hex);
    struct kt_buf want = kt_hex(want_hex);
    psa_key_id_t secret = import(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256, s.data, s.len);
    psa_key_id_t key = 0;
    uint8_t out[200];
    size_t length = 0;

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, sa.data, sa.len));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, secret));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, in.data, in.len));
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    if (kt_supported(psa_key_derivation_output_key(&a, &op, &key), "output_key")) {
        KT_ASSERT_SUCCESS(psa_export_key(key, out, sizeof(out), &length));
        KT_ASSERT_BYTES(out, length, want.data, want.len);
        psa_reset_key_attributes(&a);
        KT_ASSERT_SUCCESS(psa_get_key_attributes(key, &a));
        CU_ASSERT_EQUAL(psa_get_key_bits(&a), bits);
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(key);
    psa_destroy_key(secret);
    kt_buf_free(&s), kt_buf_free(&sa), kt_buf_free(&in), kt_buf_free(&want);
}

#define A1_IKM  "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"
#define A1_SALT "000102030405060708090a0b0c"
#define A1_INFO "f0f1f2f3f4f5f6f7f8f9"

static void test_output_key_raw(void)
{
    /* raw types take the next bits/8 bytes of the stream (RFC 5869 A.1 OKM) */
    derive_and_compare(PSA_KEY_TYPE_AES, 128, A1_IKM, A1_SALT, A1_INFO,
                       "3cb25f25faacd57a90434f64d0362f2a");
    derive_and_compare(PSA_KEY_TYPE_AES, 256, A1_IKM, A1_SALT, A1_INFO,
                       "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    derive_and_compare(PSA_KEY_TYPE_HMAC, 336, A1_IKM, A1_SALT, A1_INFO, okm_hex);
    derive_and_compare(PSA_KEY_TYPE_DERIVE, 80, A1_IKM, A1_SALT, A1_INFO, "3cb25f25faacd57a9043");
    derive_and_compare(PSA_KEY_TYPE_RAW_DATA, 8, A1_IKM, A1_SALT, A1_INFO, "3c");
    /* DES: parity bits set on the drawn bytes (3c b2 5f 25 fa ac d5 7a) */
    derive_and_compare(PSA_KEY_TYPE_DES, 64, A1_IKM, A1_SALT, A1_INFO, "3db35e25fbadd57a");
}

static void test_output_key_ecc(void)
{
    /* TF-PSA-Crypto "PSA key derivation: HKDF-SHA-256 -> ECC secp256r1" */
    derive_and_compare(SECP256R1, 256, A1_IKM, A1_SALT, A1_INFO,
                       "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5c0");
    /* "... -> ECC secp256r1 (1 redraw)": the first draw is above N - 2 */
    derive_and_compare(
        SECP256R1, 256, "4869212049276d20612074657374206b65792120486f772061726520796f753f", "",
        "e1ab5d0000000000", "46a5850b60ba10b0fd8e0feb8790e2819d46ea26fede564ff6dea94ef1945660");
    /* "... -> ECC secp521r1 #0": 66 bytes, 7 top bits cleared */
    derive_and_compare(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 521, A1_IKM, A1_SALT,
                       A1_INFO,
                       "00b25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208"
                       "d5b887185865b4b0a85a993b89b9b65683d60f0106d28fff039d0b6f3409");
    /* "... -> ECC curve25519 #1": RFC 7748 clamping */
    derive_and_compare(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), 255, A1_IKM, A1_SALT,
                       A1_INFO, "38b25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c57f");
    /* Ed25519: the 32 bytes as they are */
    derive_and_compare(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 255, A1_IKM,
                       A1_SALT, A1_INFO,
                       "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
}

/* HKDF of RFC 5869 A.1 with a DERIVE key, into a key of (type, bits); 0 when unsupported. */
static psa_key_id_t derive_tc1_key(psa_key_type_t type, size_t bits, psa_key_usage_t usage,
                                   psa_algorithm_t alg)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t secret = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256);
    psa_key_id_t key = 0;
    psa_status_t status;

    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, usage);
    psa_set_key_algorithm(&a, alg);
    hkdf_tc1(&op, secret);
    status = psa_key_derivation_output_key(&a, &op, &key);
    if (kt_supported(status, "output_key")) {
        KT_ASSERT_SUCCESS(status);
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(secret);
    return key;
}

/* FFDH (SP 800-56A 5.6.1.1.4): x = k + 1, k the first 256 bytes of the stream
 * (below p - 2 here: p starts with 64 one bits, the stream with 0x3c). */
static void test_output_key_dh(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_id_t key = derive_tc1_key(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), 2048,
                                      PSA_KEY_USAGE_EXPORT, 0);
    uint8_t x[256], k[256];
    size_t length = 0;

    if (key == 0) {
        return;
    }
    KT_ASSERT_SUCCESS(psa_export_key(key, x, sizeof(x), &length));
    CU_ASSERT_EQUAL(length, sizeof(x));
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, k, sizeof(k)));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    for (size_t i = sizeof(k); i-- > 0;) {
        if (++k[i] != 0) {
            break;
        }
    }
    KT_ASSERT_BYTES(x, length, k, sizeof(k));
    psa_destroy_key(key);
}

/* A password hash made by output_key verifies with verify_key (RFC 7914 11). */
static void test_password_hash(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    struct kt_buf dk = kt_hex(pbkdf2_hex);
    psa_key_id_t pw =
        import(PSA_KEY_TYPE_PASSWORD, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_VERIFY_DERIVATION,
               PBKDF256, (const uint8_t *)"passwd", 6);
    psa_key_id_t hash = 0;

    psa_set_key_type(&a, PSA_KEY_TYPE_PASSWORD_HASH);
    psa_set_key_bits(&a, 256);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_VERIFY_DERIVATION);
    psa_set_key_algorithm(&a, PBKDF256);
    pbkdf2_setup(&op, pw);
    KT_ASSERT_SUCCESS(psa_key_derivation_output_key(&a, &op, &hash));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_key(&op, hash));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    pbkdf2_setup(&op, pw);
    KT_ASSERT_SUCCESS(psa_key_derivation_verify_bytes(&op, dk.data, dk.len));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(hash);
    psa_destroy_key(pw);
    kt_buf_free(&dk);
}

/* RSA (kpsa's method, lib/builtin/derive_key.c): the same stream gives the
 * same key, of the size asked for, that signs and verifies. */
static void test_output_key_rsa(void)
{
    psa_algorithm_t alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256);
    psa_key_usage_t usage =
        PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH;
    psa_key_id_t k1 = derive_tc1_key(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, usage, alg);
    psa_key_id_t k2 = derive_tc1_key(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, usage, alg);
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t e1[1024], e2[1024], sig[128];
    size_t l1 = 0, l2 = 0, sig_length = 0;

    if (k1 == 0 || k2 == 0) {
        return;
    }
    KT_ASSERT_SUCCESS(psa_export_key(k1, e1, sizeof(e1), &l1));
    KT_ASSERT_SUCCESS(psa_export_key(k2, e2, sizeof(e2), &l2));
    KT_ASSERT_BYTES(e1, l1, e2, l2);
    KT_ASSERT_SUCCESS(psa_get_key_attributes(k1, &a));
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), 1024);
    {
        uint8_t hash[32];
        memset(hash, 0x5a, sizeof(hash));
        KT_ASSERT_SUCCESS(
            psa_sign_hash(k1, alg, hash, sizeof(hash), sig, sizeof(sig), &sig_length));
        KT_ASSERT_SUCCESS(psa_verify_hash(k2, alg, hash, sizeof(hash), sig, sig_length));
    }
    psa_destroy_key(k1);
    psa_destroy_key(k2);
}

/* SPAKE2+ key pairs come from the stream too (their own tests check the values). */
static void test_output_key_spake2p(void)
{
    psa_key_id_t key = derive_tc1_key(PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256,
                                      PSA_KEY_USAGE_EXPORT, 0);
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;

    if (key != 0) {
        KT_ASSERT_SUCCESS(psa_get_key_attributes(key, &a));
        CU_ASSERT_EQUAL(psa_get_key_bits(&a), 256);
        psa_destroy_key(key);
    }
}

static void test_output_key_errors(void)
{
    static const struct {
        psa_key_type_t type;
        size_t bits;
        psa_algorithm_t alg;
        psa_status_t want;
    } cases[] = {
        {PSA_KEY_TYPE_NONE, 128, 0, PSA_ERROR_NOT_SUPPORTED},
        {(psa_key_type_t)0x7000, 128, 0, PSA_ERROR_NOT_SUPPORTED}, /* category mask */
        {PSA_KEY_TYPE_RSA_PUBLIC_KEY, 1024, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), 256, 0, PSA_ERROR_INVALID_ARGUMENT},
        /* sizes the family does not have (PSA conformance suite c021) */
        {PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 220, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 2046, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), 256, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), 2047, 0, PSA_ERROR_INVALID_ARGUMENT},
        /* sizes that exist but kpsa lacks */
        {PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_K1), 163, 0, PSA_ERROR_NOT_SUPPORTED},
        {PSA_KEY_TYPE_RSA_KEY_PAIR, 1023, 0, PSA_ERROR_NOT_SUPPORTED},
        {PSA_KEY_TYPE_RSA_KEY_PAIR, 8192, 0, PSA_ERROR_NOT_SUPPORTED},
        {PSA_KEY_TYPE_RAW_DATA, 0, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_RAW_DATA, 7, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_AES, 100, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_PASSWORD_HASH, 256, PBKDF256, PSA_ERROR_INVALID_ARGUMENT},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
        psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
        psa_key_id_t secret = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256);
        psa_key_id_t key = 1;
        psa_set_key_type(&a, cases[i].type);
        psa_set_key_bits(&a, cases[i].bits);
        psa_set_key_algorithm(&a, cases[i].alg);
        hkdf_tc1(&op, secret);
        KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, &key), cases[i].want);
        CU_ASSERT_EQUAL(key, PSA_KEY_ID_NULL);
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
        psa_destroy_key(secret);
    }
}

static void test_output_key_policy(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_custom_key_parameters_t custom = PSA_CUSTOM_KEY_PARAMETERS_INIT;
    psa_key_id_t secret = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, HKDF256);
    psa_key_id_t key = 1;
    uint8_t out[16];
    const uint8_t data = 0x2a;
    size_t length = 0;

    psa_set_key_type(&a, PSA_KEY_TYPE_AES);
    psa_set_key_bits(&a, 128);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    /* a secret given as bytes: output_key NOT_PERMITTED, output_bytes fine */
    hkdf_tc1(&op, 0);
    KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, &key), PSA_ERROR_NOT_PERMITTED);
    CU_ASSERT_EQUAL(key, PSA_KEY_ID_NULL);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    hkdf_tc1(&op, 0);
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* NULL arguments */
    hkdf_tc1(&op, secret);
    KT_ASSERT_STATUS(psa_key_derivation_output_key(NULL, &op, &key), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, NULL), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* custom production parameters: none defined */
    hkdf_tc1(&op, secret);
    custom.flags = 1;
    KT_ASSERT_STATUS(psa_key_derivation_output_key_custom(&a, &op, &custom, NULL, 0, &key),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    hkdf_tc1(&op, secret);
    custom.flags = 0;
    KT_ASSERT_STATUS(psa_key_derivation_output_key_custom(&a, &op, &custom, &data, 1, &key),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    hkdf_tc1(&op, secret);
    KT_ASSERT_SUCCESS(psa_key_derivation_output_key_custom(&a, &op, &custom, NULL, 0, &key));
    KT_ASSERT_SUCCESS(psa_export_key(key, out, sizeof(out), &length));
    KT_ASSERT_BYTES(out, length,
                    (const uint8_t *)"\x3c\xb2\x5f\x25\xfa\xac\xd5\x7a\x90\x43\x4f"
                                     "\x64\xd0\x36\x2f\x2a",
                    16);
    /* capacity short for a key: INSUFFICIENT_DATA, no key, capacity 0 */
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 15));
    psa_destroy_key(key);
    key = 1;
    KT_ASSERT_STATUS(psa_key_derivation_output_key(&a, &op, &key), PSA_ERROR_INSUFFICIENT_DATA);
    CU_ASSERT_EQUAL(key, PSA_KEY_ID_NULL);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(secret);
}

/* SP 800-108: the capacity is part of the output; it is fixed at the first output. */
static void test_fixed_capacity(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_algorithm_t alg = PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256);
    psa_key_id_t k = derive_key_of(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_DERIVE, alg);
    uint8_t out[8];

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, alg));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, k));
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 32));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    KT_ASSERT_STATUS(psa_key_derivation_set_capacity(&op, 16), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(k);
}

/* EC J-PAKE-to-PMS: the 32-byte output is read at once. */
static void test_single_read(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    uint8_t point[65];
    uint8_t out[32];

    memset(point, 0xaa, sizeof(point));
    point[0] = 0x04;
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_TLS12_ECJPAKE_TO_PMS));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, point, sizeof(point)));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, 16), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

/* ---- key agreement ----------------------------------------------------------- */

static void test_key_agreement(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct kt_buf priv = kt_hex(ecdh_priv_hex), peer = kt_hex(ecdh_peer_hex);
    struct kt_buf z = kt_hex(ecdh_z_hex), want = kt_hex(ecdh_hkdf_hex);
    psa_key_id_t key = import(SECP256R1, PSA_KEY_USAGE_DERIVE, ECDH_HKDF, priv.data, priv.len);
    psa_key_id_t secret = 0;
    uint8_t out[64], ref[64];
    psa_status_t status;

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
    status = psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key, peer.data,
                                              peer.len);
    if (kt_supported(status, "ECDH")) {
        KT_ASSERT_SUCCESS(status);
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, NULL, 0));
        KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
        KT_ASSERT_BYTES(out, sizeof(out), want.data, want.len);
        /* the same as HKDF over the published shared secret */
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, z.data, z.len));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, NULL, 0));
        KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, ref, sizeof(ref)));
        KT_ASSERT_BYTES(out, sizeof(out), ref, sizeof(ref));
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));

    /* the agreement's secret counts as a key: output_key is allowed */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
    status = psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key, peer.data,
                                              peer.len);
    if (kt_supported(status, "ECDH")) {
        KT_ASSERT_SUCCESS(status);
        psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
        size_t length = 0;
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, NULL, 0));
        psa_set_key_type(&a, PSA_KEY_TYPE_RAW_DATA);
        psa_set_key_bits(&a, 256);
        psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
        KT_ASSERT_SUCCESS(psa_key_derivation_output_key(&a, &op, &secret));
        KT_ASSERT_SUCCESS(psa_export_key(secret, out, sizeof(out), &length));
        KT_ASSERT_BYTES(out, length, want.data, 32);
        psa_destroy_key(secret);
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(key);
    kt_buf_free(&priv), kt_buf_free(&peer), kt_buf_free(&z), kt_buf_free(&want);
}

static void test_key_agreement_ffdh(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_algorithm_t alg = PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, HKDF256);
    struct kt_buf priv = kt_hex(ffdh_priv_hex), peer = kt_hex(ffdh_peer_hex);
    struct kt_buf want = kt_hex(ffdh_hkdf_hex);
    psa_key_id_t key = import(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), PSA_KEY_USAGE_DERIVE,
                              alg, priv.data, priv.len);
    uint8_t out[256];

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, alg));
    KT_ASSERT_SUCCESS(psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key,
                                                       peer.data, peer.len));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, NULL, 0));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 255));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out + 255, 1));
    KT_ASSERT_BYTES(out, sizeof(out), want.data, want.len);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* a peer key of the wrong length */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, alg));
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key,
                                                      peer.data, peer.len - 1),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(key);
    kt_buf_free(&priv), kt_buf_free(&peer), kt_buf_free(&want);
}

static void test_key_agreement_errors(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    struct kt_buf priv = kt_hex(ecdh_priv_hex), peer = kt_hex(ecdh_peer_hex);
    psa_key_id_t key = import(SECP256R1, PSA_KEY_USAGE_DERIVE, ECDH_HKDF, priv.data, priv.len);
    psa_key_id_t no_derive =
        import(SECP256R1, PSA_KEY_USAGE_EXPORT, ECDH_HKDF, priv.data, priv.len);
    psa_key_id_t other_kdf = import(
        SECP256R1, PSA_KEY_USAGE_DERIVE,
        PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_512)), priv.data, priv.len);
    psa_key_id_t broad = import(SECP256R1, PSA_KEY_USAGE_DERIVE, PSA_ALG_ECDH, priv.data, priv.len);
    psa_key_id_t derive = derive_key_of(PSA_KEY_TYPE_DERIVE, PSA_KEY_USAGE_DERIVE, ECDH_HKDF);
    psa_key_id_t pub = import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1),
                              PSA_KEY_USAGE_DERIVE, ECDH_HKDF, peer.data, peer.len);
    const psa_key_derivation_step_t secret = PSA_KEY_DERIVATION_INPUT_SECRET;

    /* not a key agreement operation */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF256));
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, key, peer.data, peer.len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
#define KA(k, data, len, want)                                                                     \
    do {                                                                                           \
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));                               \
        KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, (k), (data), (len)),        \
                         (want));                                                                  \
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));                                          \
    } while (0)
    KA(no_derive, peer.data, peer.len, PSA_ERROR_NOT_PERMITTED);
    KA(other_kdf, peer.data, peer.len, PSA_ERROR_NOT_PERMITTED);
    KA(derive, peer.data, peer.len, PSA_ERROR_INVALID_ARGUMENT);
    KA(pub, peer.data, peer.len, PSA_ERROR_INVALID_ARGUMENT);
    KA(0x3fff0003, peer.data, peer.len, PSA_ERROR_INVALID_HANDLE);
    /* the key is checked before the error state (PSA conformance suite c019) */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, 8, peer.data, peer.len),
                     PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, 0, peer.data, peer.len),
                     PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, key, peer.data, peer.len),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KA(key, peer.data, peer.len - 1, PSA_ERROR_INVALID_ARGUMENT);
    KA(key, NULL, 65, PSA_ERROR_INVALID_ARGUMENT);
    {
        /* off the curve */
        peer.data[64] ^= 1;
        psa_status_t status = PSA_ERROR_INVALID_ARGUMENT;
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
        status = psa_key_derivation_key_agreement(&op, secret, key, peer.data, peer.len);
        if (kt_supported(status, "ECDH")) {
            KT_ASSERT_STATUS(status, PSA_ERROR_INVALID_ARGUMENT);
        }
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
        peer.data[64] ^= 1;
    }
    /* a key with the standalone agreement permits every KDF */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
    KT_ASSERT_SUCCESS(psa_key_derivation_key_agreement(&op, secret, broad, peer.data, peer.len));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* the secret step out of order (TLS 1.2 PRF: seed first) */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(
        &op, PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256))));
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, secret, broad, peer.data, peer.len),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    /* a step that takes no agreement */
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, ECDH_HKDF));
    KT_ASSERT_STATUS(psa_key_derivation_key_agreement(&op, PSA_KEY_DERIVATION_INPUT_INFO, broad,
                                                      peer.data, peer.len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    psa_destroy_key(key);
    psa_destroy_key(no_derive);
    psa_destroy_key(other_kdf);
    psa_destroy_key(broad);
    psa_destroy_key(derive);
    psa_destroy_key(pub);
    kt_buf_free(&priv), kt_buf_free(&peer);
}

static void test_psa_key_agreement(void)
{
    struct kt_buf priv = kt_hex(ecdh_priv_hex), peer = kt_hex(ecdh_peer_hex);
    struct kt_buf z = kt_hex(ecdh_z_hex);
    psa_key_id_t key = import(SECP256R1, PSA_KEY_USAGE_DERIVE, PSA_ALG_ECDH, priv.data, priv.len);
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t shared = 1;
    uint8_t out[32];
    size_t length = 0;
    psa_status_t status;

    psa_set_key_type(&a, PSA_KEY_TYPE_DERIVE);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_DERIVE);
    psa_set_key_algorithm(&a, HKDF256);
    status = psa_key_agreement(key, peer.data, peer.len, PSA_ALG_ECDH, &a, &shared);
    if (kt_supported(status, "ECDH")) {
        KT_ASSERT_SUCCESS(status);
        KT_ASSERT_SUCCESS(psa_export_key(shared, out, sizeof(out), &length));
        KT_ASSERT_BYTES(out, length, z.data, z.len);
        psa_reset_key_attributes(&a);
        KT_ASSERT_SUCCESS(psa_get_key_attributes(shared, &a));
        CU_ASSERT_EQUAL(psa_get_key_bits(&a), 256);
        psa_destroy_key(shared);
        psa_set_key_type(&a, PSA_KEY_TYPE_DERIVE);
        psa_set_key_bits(&a, 128);
        KT_ASSERT_STATUS(psa_key_agreement(key, peer.data, peer.len, PSA_ALG_ECDH, &a, &shared),
                         PSA_ERROR_INVALID_ARGUMENT);
    }
    psa_set_key_bits(&a, 0);
    psa_set_key_type(&a, PSA_KEY_TYPE_AES);
    KT_ASSERT_STATUS(psa_key_agreement(key, peer.data, peer.len, PSA_ALG_ECDH, &a, &shared),
                     PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(shared, PSA_KEY_ID_NULL);
    psa_set_key_type(&a, PSA_KEY_TYPE_DERIVE);
    KT_ASSERT_STATUS(psa_key_agreement(key, peer.data, peer.len, ECDH_HKDF, &a, &shared),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_agreement(key, peer.data, peer.len, PSA_ALG_ECDH, NULL, &shared),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_agreement(key, peer.data, peer.len, PSA_ALG_ECDH, &a, NULL),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_key_agreement(0x3fff0004, peer.data, peer.len, PSA_ALG_ECDH, &a, &shared),
                     PSA_ERROR_INVALID_HANDLE);
    psa_destroy_key(key);
    kt_buf_free(&priv), kt_buf_free(&peer), kt_buf_free(&z);
}

static const kt_test setup_tests[] = {
    {"algorithms", test_setup_algorithms}, {"setup twice, abort", test_setup_state},
    {"inactive operation", test_inactive}, {"default capacity", test_default_capacity},
    {"set_capacity", test_set_capacity},
};

static const kt_test input_tests[] = {
    {"HKDF steps", test_inputs_hkdf},
    {"TLS PRF, PBKDF2, SP 800-108 steps", test_inputs_others},
    {"error state", test_error_state},
    {"key input policy", test_input_key_policy},
    {"key input types", test_input_key_types},
};

static const kt_test output_tests[] = {
    {"output_bytes and capacity", test_output_bytes},
    {"missing inputs", test_missing_inputs},
    {"verify_bytes", test_verify_bytes},
    {"verify_key", test_verify_key},
    {"output_key raw types", test_output_key_raw},
    {"output_key ECC", test_output_key_ecc},
    {"output_key FFDH", test_output_key_dh},
    {"output_key RSA", test_output_key_rsa},
    {"output_key SPAKE2+", test_output_key_spake2p},
    {"output_key password hash, verify_key", test_password_hash},
    {"output_key bad attributes", test_output_key_errors},
    {"output_key policy, custom", test_output_key_policy},
    {"SP 800-108 fixed capacity", test_fixed_capacity},
    {"EC J-PAKE-to-PMS single read", test_single_read},
};

static const kt_test agreement_tests[] = {
    {"ECDH P-256 + HKDF (RFC 5903)", test_key_agreement},
    {"FFDH 2048 + HKDF", test_key_agreement_ffdh},
    {"key agreement errors", test_key_agreement_errors},
    {"psa_key_agreement", test_psa_key_agreement},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("key derivation setup and capacity", setup_tests);
    KT_ADD_SUITE("key derivation inputs", input_tests);
    KT_ADD_SUITE("key derivation outputs", output_tests);
    KT_ADD_SUITE("key agreement", agreement_tests);
    return kt_run(argc, argv);
}
