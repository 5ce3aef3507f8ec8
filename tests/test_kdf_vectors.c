/*
 * test_kdf_vectors.c - known answers of the key derivation algorithms through
 * the public API (vectors/kdf.h), output streaming in odd chunk sizes, and
 * the algorithm-specific input checks of the built-in driver.
 *
 * Each vector runs twice: every input as bytes with the output read in one
 * call, then the secret (or password) as a key with the output read in
 * chunks of 1, 7, 13, 3, ... bytes, which cross every block boundary.
 *
 * Some inputs are refused either when they are given (a check the core
 * makes) or at the first output (the driver's setup, which sees the inputs
 * then): expect_refused() accepts the specified status at either point.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "vectors/kdf.h"

#define VECTOR_COUNT (sizeof(kdf_vectors) / sizeof(kdf_vectors[0]))

/* The key type a step is given as in the key run, or 0 to give it as bytes. */
static psa_key_type_t key_type_for(psa_algorithm_t alg, psa_key_derivation_step_t step)
{
    if (alg == PSA_ALG_SP800_108_COUNTER_CMAC && step == PSA_KEY_DERIVATION_INPUT_SECRET) {
        return PSA_KEY_TYPE_AES;
    }
    if (step == PSA_KEY_DERIVATION_INPUT_PASSWORD) {
        return PSA_KEY_TYPE_PASSWORD;
    }
    if (step == PSA_KEY_DERIVATION_INPUT_SECRET) {
        return PSA_KEY_TYPE_DERIVE;
    }
    return 0;
}

/* Give one input, as a key when as_key and the step may be one; the key is
 * destroyed at once (the operation holds what it needs). */
static psa_status_t give(psa_key_derivation_operation_t *op, psa_algorithm_t alg,
                         const struct kdf_input *in, bool as_key)
{
    struct kt_buf data = kt_hex(in->hex);
    psa_key_type_t type = key_type_for(alg, in->step);
    psa_status_t status;

    if (type != 0 && (as_key || type == PSA_KEY_TYPE_AES) && data.len > 0) {
        psa_key_id_t id = kt_import(type, data.data, data.len, PSA_KEY_USAGE_DERIVE, alg);
        status = psa_key_derivation_input_key(op, in->step, id);
        (void)psa_destroy_key(id);
    } else {
        status = psa_key_derivation_input_bytes(op, in->step, data.data, data.len);
    }
    kt_buf_free(&data);
    return status;
}

/* Set up and feed every input of v; returns the first failure. */
static psa_status_t start(psa_key_derivation_operation_t *op, const struct kdf_vector *v,
                          bool as_key)
{
    psa_status_t status = psa_key_derivation_setup(op, v->alg);

    if (status == PSA_SUCCESS && v->cost != 0) {
        status = psa_key_derivation_input_integer(op, PSA_KEY_DERIVATION_INPUT_COST, v->cost);
    }
    for (size_t i = 0; status == PSA_SUCCESS && i < 4 && v->inputs[i].step != 0; i++) {
        status = give(op, v->alg, &v->inputs[i], as_key);
    }
    if (status == PSA_SUCCESS && v->capacity != 0) {
        status = psa_key_derivation_set_capacity(op, v->capacity);
    }
    return status;
}

/* Read length bytes in chunks cycling through `chunks` (0: one call). */
static psa_status_t read_stream(psa_key_derivation_operation_t *op, uint8_t *out, size_t length,
                                bool chunked)
{
    static const size_t chunks[] = {1, 7, 13, 3, 32, 5};
    psa_status_t status = PSA_SUCCESS;
    size_t done = 0;

    for (size_t i = 0; status == PSA_SUCCESS && done < length; i++) {
        size_t n = chunked ? chunks[i % (sizeof(chunks) / sizeof(chunks[0]))] : length;
        n = n < length - done ? n : length - done;
        status = psa_key_derivation_output_bytes(op, out + done, n);
        done += n;
    }
    return status;
}

static void run_vector(const struct kdf_vector *v, bool as_key)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    struct kt_buf want = kt_hex(v->output);
    uint8_t got[256];
    psa_status_t status;

    CU_ASSERT_FATAL(want.len <= sizeof(got));
    status = start(&op, v, as_key);
    if (status == PSA_SUCCESS) {
        status = read_stream(&op, got, want.len, as_key);
    }
    if (kt_supported(status, v->source)) {
        if (status != PSA_SUCCESS) {
            fprintf(stderr, "%s (%s): ", v->source, as_key ? "key, chunked" : "bytes");
        }
        KT_ASSERT_SUCCESS(status);
        if (status == PSA_SUCCESS) {
            KT_ASSERT_BYTES(got, want.len, want.data, want.len);
        }
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    kt_buf_free(&want);
}

static void test_vectors_bytes(void)
{
    for (size_t i = 0; i < VECTOR_COUNT; i++) {
        run_vector(&kdf_vectors[i], false);
    }
}

static void test_vectors_keys_chunked(void)
{
    for (size_t i = 0; i < VECTOR_COUNT; i++) {
        run_vector(&kdf_vectors[i], true);
    }
}

/* ---- streaming over the whole capacity ------------------------------------ */

/* HKDF-SHA-256 (RFC 5869 A.1 inputs): the 255 * 32 bytes of its capacity read
 * in odd chunks equal the same stream read in one call; then the stream is
 * exhausted. */
static void test_hkdf_whole_capacity(void)
{
    static const struct kdf_vector *v = &kdf_vectors[0];
    psa_key_derivation_operation_t a = psa_key_derivation_operation_init();
    psa_key_derivation_operation_t b = psa_key_derivation_operation_init();
    static uint8_t one[255 * 32], chunked[255 * 32];
    uint8_t extra;
    size_t capacity = 0;

    CU_ASSERT_EQUAL_FATAL(v->alg, PSA_ALG_HKDF(PSA_ALG_SHA_256));
    KT_ASSERT_SUCCESS(start(&a, v, false));
    KT_ASSERT_SUCCESS(start(&b, v, true));
    KT_ASSERT_SUCCESS(psa_key_derivation_get_capacity(&a, &capacity));
    CU_ASSERT_EQUAL(capacity, sizeof(one));
    KT_ASSERT_SUCCESS(read_stream(&a, one, sizeof(one), false));
    KT_ASSERT_SUCCESS(read_stream(&b, chunked, sizeof(chunked), true));
    CU_ASSERT(memcmp(one, chunked, sizeof(one)) == 0);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&a, &extra, 1), PSA_ERROR_INSUFFICIENT_DATA);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&a));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&b));
}

/* ---- definitions checked on top of published vectors -------------------------- */

/* A derivation with the given steps (bytes), output into out. */
static psa_status_t derive(psa_algorithm_t alg, const struct kdf_input *inputs, size_t count,
                           uint8_t *out, size_t length)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    psa_status_t status = psa_key_derivation_setup(&op, alg);

    for (size_t i = 0; status == PSA_SUCCESS && i < count; i++) {
        status = give(&op, alg, &inputs[i], false);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_output_bytes(&op, out, length);
    }
    (void)psa_key_derivation_abort(&op);
    return status;
}

/* ---- every hash --------------------------------------------------------------------- */

/* HMAC(hash) of the concatenation a || b || c with psa_mac_compute(). */
static psa_status_t hmac3(psa_algorithm_t hash, const uint8_t *key, size_t key_length,
                          const uint8_t *a, size_t la, const uint8_t *b, size_t lb, uint8_t c,
                          bool with_c, uint8_t *out)
{
    uint8_t msg[PSA_HASH_MAX_SIZE + 64 + 1];
    size_t length = 0, n = 0;
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_HMAC, key, key_length, PSA_KEY_USAGE_SIGN_MESSAGE,
                                PSA_ALG_HMAC(hash));
    psa_status_t status;

    memcpy(msg, a, la);
    n = la;
    if (lb > 0) {
        memcpy(msg + n, b, lb);
        n += lb;
    }
    if (with_c) {
        msg[n++] = c;
    }
    status = psa_mac_compute(id, PSA_ALG_HMAC(hash), msg, n, out, PSA_HASH_MAX_SIZE, &length);
    (void)psa_destroy_key(id);
    return status;
}

/* HKDF with every hash the API defines for HMAC: RFC 5869's definition
 * (PRK = HMAC(salt, IKM), T(1) = HMAC(PRK, info || 01), T(2) = HMAC(PRK,
 * T(1) || info || 02)) composed from psa_mac_compute(), whose HMAC has its
 * own published vectors.  A hash without HMAC support is skipped. */
static void test_hkdf_every_hash(void)
{
    static const psa_algorithm_t hashes[] = {
        PSA_ALG_MD5,         PSA_ALG_RIPEMD160, PSA_ALG_SHA_1,    PSA_ALG_SHA_224,
        PSA_ALG_SHA_256,     PSA_ALG_SHA_384,   PSA_ALG_SHA_512,  PSA_ALG_SHA_512_224,
        PSA_ALG_SHA_512_256, PSA_ALG_SHA3_224,  PSA_ALG_SHA3_256, PSA_ALG_SHA3_384,
        PSA_ALG_SHA3_512,
    };
    static const uint8_t salt[13] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    static const uint8_t ikm[22] = {0x0b, 0x0b, 0x0b};
    static const uint8_t info[10] = {0xf0, 0xf1, 0xf2};

    for (size_t i = 0; i < sizeof(hashes) / sizeof(hashes[0]); i++) {
        psa_algorithm_t h = hashes[i];
        size_t hl = PSA_HASH_LENGTH(h);
        uint8_t prk[PSA_HASH_MAX_SIZE], want[2 * PSA_HASH_MAX_SIZE], got[2 * PSA_HASH_MAX_SIZE];
        char salt_hex[2 * sizeof(salt) + 1], ikm_hex[2 * sizeof(ikm) + 1];
        char info_hex[2 * sizeof(info) + 1];
        struct kdf_input in[3] = {{PSA_KEY_DERIVATION_INPUT_SALT, salt_hex},
                                  {PSA_KEY_DERIVATION_INPUT_SECRET, ikm_hex},
                                  {PSA_KEY_DERIVATION_INPUT_INFO, info_hex}};

        if (hmac3(h, salt, sizeof(salt), ikm, sizeof(ikm), NULL, 0, 0, false, prk) ==
            PSA_ERROR_NOT_SUPPORTED) {
            continue;
        }
        KT_ASSERT_SUCCESS(hmac3(h, prk, hl, info, sizeof(info), NULL, 0, 1, true, want));
        KT_ASSERT_SUCCESS(hmac3(h, prk, hl, want, hl, info, sizeof(info), 2, true, want + hl));
        for (size_t b = 0; b < sizeof(salt); b++) {
            snprintf(salt_hex + 2 * b, 3, "%02x", salt[b]);
        }
        for (size_t b = 0; b < sizeof(ikm); b++) {
            snprintf(ikm_hex + 2 * b, 3, "%02x", ikm[b]);
        }
        for (size_t b = 0; b < sizeof(info); b++) {
            snprintf(info_hex + 2 * b, 3, "%02x", info[b]);
        }
        KT_ASSERT_SUCCESS(derive(PSA_ALG_HKDF(h), in, 3, got, 2 * hl));
        KT_ASSERT_BYTES(got, 2 * hl, want, 2 * hl);
    }
}

/* RFC 4279 section 2 and RFC 5489 section 2: PSK-to-MS is the TLS 1.2 PRF
 * (checked above against published vectors) over the premaster secret
 * uint16(len(other)) || other || uint16(len(psk)) || psk, other being
 * len(psk) zero bytes for a plain PSK.  Checked with the largest PSK. */
static void test_psk_to_ms_definition(void)
{
    static const char seed[] = "000102030405060708090a0b0c0d0e0f";
    static const char label[] = "6d617374657220736563726574";
    char psk[2 * 128 + 1], pms_plain[2 * (4 + 256) + 1], pms_mixed[2 * (4 + 3 + 128) + 1];
    uint8_t ms[48], ref[48];

    for (size_t i = 0; i < 128; i++) {
        snprintf(psk + 2 * i, 3, "%02x", (unsigned)(i + 1));
    }
    snprintf(pms_plain, sizeof(pms_plain), "0080%0256d0080%s", 0, psk);
    snprintf(pms_mixed, sizeof(pms_mixed), "0003abcdef0080%s", psk);
    {
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SEED, seed},
                                       {PSA_KEY_DERIVATION_INPUT_SECRET, psk},
                                       {PSA_KEY_DERIVATION_INPUT_LABEL, label}};
        const struct kdf_input prf[] = {{PSA_KEY_DERIVATION_INPUT_SEED, seed},
                                        {PSA_KEY_DERIVATION_INPUT_SECRET, pms_plain},
                                        {PSA_KEY_DERIVATION_INPUT_LABEL, label}};
        KT_ASSERT_SUCCESS(derive(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256), in, 3, ms, 48));
        KT_ASSERT_SUCCESS(derive(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256), prf, 3, ref, 48));
        KT_ASSERT_BYTES(ms, 48, ref, 48);
    }
    {
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SEED, seed},
                                       {PSA_KEY_DERIVATION_INPUT_OTHER_SECRET, "abcdef"},
                                       {PSA_KEY_DERIVATION_INPUT_SECRET, psk},
                                       {PSA_KEY_DERIVATION_INPUT_LABEL, label}};
        const struct kdf_input prf[] = {{PSA_KEY_DERIVATION_INPUT_SEED, seed},
                                        {PSA_KEY_DERIVATION_INPUT_SECRET, pms_mixed},
                                        {PSA_KEY_DERIVATION_INPUT_LABEL, label}};
        KT_ASSERT_SUCCESS(derive(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_384), in, 4, ms, 48));
        KT_ASSERT_SUCCESS(derive(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_384), prf, 3, ref, 48));
        KT_ASSERT_BYTES(ms, 48, ref, 48);
    }
}

/* draft-cragie-tls-ecjpake-01 section 8.7: the PMS is SHA-256 of the x
 * coordinate of the 65-byte uncompressed point (no published vector; checked
 * against the definition with psa_hash_compute). */
static void test_ecjpake_to_pms_definition(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t point[65], pms[32], ref[32];
    size_t length = 0;

    point[0] = 0x04;
    for (size_t i = 1; i < sizeof(point); i++) {
        point[i] = (uint8_t)(0x30 + i);
    }
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_256, point + 1, 32, ref, sizeof(ref), &length));
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_TLS12_ECJPAKE_TO_PMS));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, point, sizeof(point)));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, pms, sizeof(pms)));
    KT_ASSERT_BYTES(pms, sizeof(pms), ref, sizeof(ref));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

/* ---- AES-CMAC-PRF-128 (RFC 4615) inside PBKDF2 ---------------------------------- */

/* AES-CMAC of m under a 16-byte key, with psa_mac_compute(). */
static psa_status_t cmac(const uint8_t key[16], const uint8_t *m, size_t length, uint8_t out[16])
{
    psa_key_id_t id =
        kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_SIGN_MESSAGE, PSA_ALG_CMAC);
    size_t out_length = 0;
    psa_status_t status = psa_mac_compute(id, PSA_ALG_CMAC, m, length, out, 16, &out_length);

    (void)psa_destroy_key(id);
    return status;
}

/* RFC 4615 section 3: AES-CMAC-PRF-128(VK, M), VK of any length. */
static psa_status_t cmac_prf(const struct kt_buf *vk, const uint8_t *m, size_t length,
                             uint8_t out[16])
{
    static const uint8_t zero[16] = {0};
    uint8_t k[16];
    psa_status_t status = PSA_SUCCESS;

    if (vk->len == 16) {
        memcpy(k, vk->data, 16);
    } else {
        status = cmac(zero, vk->data, vk->len, k);
    }
    if (status == PSA_SUCCESS) {
        status = cmac(k, m, length, out);
    }
    return status;
}

/* The composition above gives RFC 4615's answers; PBKDF2-AES-CMAC-PRF-128
 * with the vector's key as password and two iterations gives
 * PRF(P, S || 00000001) ^ PRF(P, PRF(P, S || 00000001)) by that composition. */
static void test_cmac_prf(void)
{
    for (size_t i = 0; i < sizeof(cmac_prf_vectors) / sizeof(cmac_prf_vectors[0]); i++) {
        const struct cmac_prf_vector *v = &cmac_prf_vectors[i];
        struct kt_buf key = kt_hex(v->key), m = kt_hex(v->message), want = kt_hex(v->prf);
        psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
        uint8_t prf[16], salt1[20], u1[16], u2[16], got[16];

        KT_ASSERT_SUCCESS(cmac_prf(&key, m.data, m.len, prf));
        KT_ASSERT_BYTES(prf, 16, want.data, want.len);
        memcpy(salt1, m.data, 16);
        memcpy(salt1 + 16, "\0\0\0\1", 4);
        KT_ASSERT_SUCCESS(cmac_prf(&key, salt1, 20, u1));
        KT_ASSERT_SUCCESS(cmac_prf(&key, u1, 16, u2));
        for (size_t b = 0; b < 16; b++) {
            u1[b] ^= u2[b];
        }
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_PBKDF2_AES_CMAC_PRF_128));
        KT_ASSERT_SUCCESS(psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, 2));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, m.data, 16));
        KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_PASSWORD,
                                                         key.data, key.len));
        KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, got, sizeof(got)));
        KT_ASSERT_BYTES(got, 16, u1, 16);
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
        kt_buf_free(&want);
        kt_buf_free(&m);
        kt_buf_free(&key);
    }
}

/* ---- refused inputs ------------------------------------------------------------- */

/*
 * Set up alg, give the steps as bytes, read `length` bytes; expect `want`
 * from the input of step `bad` or else from the output.
 */
static void expect_refused(psa_algorithm_t alg, uint64_t cost, const struct kdf_input *inputs,
                           size_t count, size_t length, psa_status_t want, const char *what)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    psa_status_t status = psa_key_derivation_setup(&op, alg);
    uint8_t out[64];

    KT_ASSERT_SUCCESS(status);
    if (status == PSA_SUCCESS && cost != 0) {
        status = psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, cost);
    }
    for (size_t i = 0; status == PSA_SUCCESS && i < count; i++) {
        status = give(&op, alg, &inputs[i], false);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_output_bytes(&op, out, length);
    }
    if (status != want) {
        fprintf(stderr, "%s: ", what);
    }
    KT_ASSERT_STATUS(status, want);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
}

static void test_refused_inputs(void)
{
    static const char x33[] = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
    static const char point02[] =
        "02aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    static const char point04[] =
        "04aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    char psk129[2 * 129 + 1];

    memset(psk129, 'a', sizeof(psk129) - 1);
    psk129[sizeof(psk129) - 1] = '\0';
    {
        /* PSA_TLS12_PSK_TO_MS_PSK_MAX_SIZE is 128. */
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SEED, "00"},
                                       {PSA_KEY_DERIVATION_INPUT_SECRET, psk129},
                                       {PSA_KEY_DERIVATION_INPUT_LABEL, "00"}};
        expect_refused(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256), 0, in, 3, 48,
                       PSA_ERROR_INVALID_ARGUMENT, "PSK of 129 bytes");
    }
    {
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SECRET, point02}};
        expect_refused(PSA_ALG_TLS12_ECJPAKE_TO_PMS, 0, in, 1, 32, PSA_ERROR_INVALID_ARGUMENT,
                       "EC J-PAKE point not uncompressed");
    }
    {
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SECRET, x33}};
        expect_refused(PSA_ALG_TLS12_ECJPAKE_TO_PMS, 0, in, 1, 32, PSA_ERROR_INVALID_ARGUMENT,
                       "EC J-PAKE point of 33 bytes");
    }
    {
        /* The 32-byte PMS is read in one call. */
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SECRET, point04}};
        expect_refused(PSA_ALG_TLS12_ECJPAKE_TO_PMS, 0, in, 1, 16, PSA_ERROR_INVALID_ARGUMENT,
                       "EC J-PAKE PMS read in part");
    }
    {
        /* The Label of SP 800-108 holds no null byte. */
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SECRET, x33},
                                       {PSA_KEY_DERIVATION_INPUT_LABEL, "61006263"}};
        expect_refused(PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256), 0, in, 2, 32,
                       PSA_ERROR_INVALID_ARGUMENT, "SP 800-108 label with a null byte");
    }
    {
        /* RFC 5869 section 2.3: a PRK of at least HashLen bytes. */
        const struct kdf_input in[] = {{PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b"},
                                       {PSA_KEY_DERIVATION_INPUT_INFO, ""}};
        expect_refused(PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256), 0, in, 2, 32,
                       PSA_ERROR_INVALID_ARGUMENT, "HKDF-Expand PRK shorter than the hash");
    }
}

/* Policy: a secret key without PSA_KEY_USAGE_DERIVE is refused. */
static void test_policy(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    static const uint8_t secret[32] = {1, 2, 3};
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_DERIVE, secret, sizeof(secret), PSA_KEY_USAGE_EXPORT,
                                PSA_ALG_HKDF(PSA_ALG_SHA_256));

    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_HKDF(PSA_ALG_SHA_256)));
    KT_ASSERT_STATUS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, id),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

/*
 * SP 800-108 counter mode with CMAC over ARIA-128 and Camellia-128 (no
 * published vector exists): the definition of the Crypto API,
 *   K_0 = CMAC(K, Label || 0x00 || Context || [L]_4)
 *   K_1 = CMAC(K, [1]_4 || Label || 0x00 || Context || [L]_4 || K_0),
 * with psa_mac_compute (checked against RFC 4493 / ARIA, Camellia CMAC
 * vectors in test_mac) as the oracle.  The cipher is the key's type.
 */
static void test_sp800108_cmac_cipher_of_key(void)
{
    static const psa_key_type_t types[] = {PSA_KEY_TYPE_ARIA, PSA_KEY_TYPE_CAMELLIA,
                                           PSA_KEY_TYPE_AES};
    static const uint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                    0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
    static const uint8_t label[3] = {'k', 'd', 'f'}, context[2] = {0xc0, 0xde};
    const psa_algorithm_t alg = PSA_ALG_SP800_108_COUNTER_CMAC;

    for (size_t t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
        psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
        uint8_t fixed[3 + 1 + 2 + 4 + 16], block[4 + sizeof(fixed)], want[16], out[16];
        size_t length = 0;
        psa_key_id_t kdf_key = kt_import(types[t], key, sizeof(key), PSA_KEY_USAGE_DERIVE, alg);
        psa_key_id_t mac_key =
            kt_import(types[t], key, sizeof(key), PSA_KEY_USAGE_SIGN_MESSAGE, PSA_ALG_CMAC);

        /* Label || 0x00 || Context || [L]_4 with L = 128 bits, then K_0. */
        memcpy(fixed, label, 3);
        fixed[3] = 0;
        memcpy(fixed + 4, context, 2);
        memcpy(fixed + 6, (const uint8_t[]){0, 0, 0, 128}, 4);
        KT_ASSERT_SUCCESS(psa_mac_compute(mac_key, PSA_ALG_CMAC, fixed, 10, fixed + 10, 16,
                                          &length));
        memcpy(block, (const uint8_t[]){0, 0, 0, 1}, 4);
        memcpy(block + 4, fixed, sizeof(fixed));
        KT_ASSERT_SUCCESS(psa_mac_compute(mac_key, PSA_ALG_CMAC, block, sizeof(block), want,
                                          sizeof(want), &length));
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, alg));
        KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 16));
        KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET,
                                                       kdf_key));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_LABEL, label, 3));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_CONTEXT, context, 2));
        KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
        KT_ASSERT_BYTES(out, sizeof(out), want, sizeof(want));
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
        KT_ASSERT_SUCCESS(psa_destroy_key(kdf_key));
        KT_ASSERT_SUCCESS(psa_destroy_key(mac_key));
    }
}

static const kt_test kdf_tests[] = {
    {"vectors, bytes, one output call", test_vectors_bytes},
    {"vectors, secret as key, odd chunks", test_vectors_keys_chunked},
    {"HKDF-SHA-256 whole capacity streamed", test_hkdf_whole_capacity},
    {"HKDF over every hash = HMAC composition", test_hkdf_every_hash},
    {"TLS 1.2 PSK-to-MS = PRF over RFC 4279 premaster", test_psk_to_ms_definition},
    {"TLS 1.2 EC J-PAKE-to-PMS = SHA-256(x)", test_ecjpake_to_pms_definition},
    {"PBKDF2 AES-CMAC-PRF-128 = RFC 4615 PRF", test_cmac_prf},
    {"refused inputs", test_refused_inputs},
    {"policy: DERIVE usage", test_policy},
    {"SP 800-108 CMAC: the cipher is the key's", test_sp800108_cmac_cipher_of_key},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("key derivation known answers", kdf_tests);
    return kt_run(argc, argv);
}
