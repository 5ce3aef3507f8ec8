/*
 * test_dispatch.c - the driver chain through the public API, with real
 * plugins (plugins/test) found by the real loader through KPSA_DRIVER_PATH.
 *
 * The chain is described in dispatch_chain.h.  For every single-part entry
 * point the API can reach today, four cases:
 *   (a) testa succeeds: its marker comes back, testb is never called, and
 *       kpsa_last_driver() says "testa";
 *   (b) testa returns NOT_SUPPORTED (fallback): testb serves; testb too: the
 *       built-in driver serves, with its known answer;
 *   (c) testa fails otherwise: exactly that status, nothing else called;
 *   (d) testc, whose capability has no fallback, returns NOT_SUPPORTED: the
 *       application gets NOT_SUPPORTED, the built-in driver is not tried.
 * Then the rules the core implements for drivers with only some entry points
 * (testd), the per-key driver state, the capability filters, and the chain
 * itself.  The multipart families are in test_dispatch_multipart.c; the
 * asymmetric entry points (signatures, also through hash_compute +
 * sign_hash, asymmetric encryption, key agreement) in test_dispatch_asym.c.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "dispatch_chain.h"
#include "testutil.h"
#include "tmpfiles.h"

#define NS     PSA_ERROR_NOT_SUPPORTED
#define HW     PSA_ERROR_HARDWARE_FAILURE
#define ECC(f) PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_##f)

struct td_driver td_a = {"testa", 0xAA, NULL, NULL, NULL};
struct td_driver td_b = {"testb", 0xBB, NULL, NULL, NULL};
struct td_driver td_c = {"testc", 0xCC, NULL, NULL, NULL};
struct td_driver td_d = {"testd", 0xDD, NULL, NULL, NULL};
static struct td_driver *const drivers[] = {&td_a, &td_b, &td_c, &td_d};
#define DRIVER_COUNT (sizeof(drivers) / sizeof(drivers[0]))

/* init hits right after psa_crypto_init(), before any test resets them. */
static long init_hits[DRIVER_COUNT];

const uint8_t td_aes128[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                               0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
const uint8_t td_aes192[24] = {0x8e, 0x73, 0xb0, 0xf7, 0xda, 0x0e, 0x64, 0x52,
                               0xc8, 0x10, 0xf3, 0x2b, 0x80, 0x90, 0x79, 0xe5,
                               0x62, 0xf8, 0xea, 0xd2, 0x52, 0x2c, 0x6b, 0x7b};
const uint8_t td_block[16] = {0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
                              0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a};
const uint8_t td_ctr_iv[16] = {0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7,
                               0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff};
const uint8_t td_ctr_out[16] = {0x87, 0x4d, 0x61, 0x91, 0xb6, 0x20, 0xe3, 0x26,
                                0x1b, 0xef, 0x68, 0x64, 0x99, 0x0d, 0xb6, 0xce};
const uint8_t td_cmac_out[16] = {0x07, 0x0a, 0x16, 0xb4, 0x6b, 0x4d, 0x41, 0x44,
                                 0xf7, 0x9b, 0xdd, 0x9d, 0xd0, 0x4a, 0x28, 0x7c};
const uint8_t td_zero[32] = {0};
const uint8_t td_gcm_out[32] = {0x03, 0x88, 0xda, 0xce, 0x60, 0xb6, 0xa3, 0x92, 0xf3, 0x28, 0xc2,
                                0xb9, 0x71, 0xb2, 0xfe, 0x78, 0xab, 0x6e, 0x47, 0xd4, 0x2c, 0xec,
                                0x13, 0xbd, 0xf5, 0x3a, 0x67, 0xb2, 0x12, 0x57, 0xbd, 0xdf};
const uint8_t td_sha256_abc[32] = {0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40,
                                   0xde, 0x5d, 0xae, 0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17,
                                   0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
static const uint8_t abc[3] = {'a', 'b', 'c'};

/* ---- helpers (dispatch_chain.h) ------------------------------------------ */

void td_reset(void)
{
    for (size_t i = 0; i < DRIVER_COUNT; i++) {
        drivers[i]->reset();
    }
}

void td_force(const struct td_driver *d, const char *function, psa_status_t status)
{
    CU_ASSERT_EQUAL_FATAL(d->force(function, status), 0);
}

long td_hits(const struct td_driver *d, const char *function)
{
    return d->hits(function);
}

void td_assert_no_violation(void)
{
    for (size_t i = 0; i < DRIVER_COUNT; i++) {
        long v = drivers[i]->hits("violation");
        if (v != 0) {
            fprintf(stderr, "\n%s: %ld lifecycle violation(s)\n", drivers[i]->prefix, v);
        }
        CU_ASSERT_EQUAL(v, 0);
    }
}

bool td_last_is(const char *file, int line, const char *prefix)
{
    const char *last = kpsa_last_driver();
    bool same = last != NULL && prefix != NULL ? strcmp(last, prefix) == 0 : last == prefix;
    if (!same) {
        fprintf(stderr, "\n%s:%d: last driver %s, expected %s\n", file, line,
                last != NULL ? last : "(none)", prefix != NULL ? prefix : "(none)");
    }
    return same;
}

bool td_is_marker(const uint8_t *p, size_t n, uint8_t marker)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] != marker) {
            return false;
        }
    }
    return true;
}

psa_key_id_t td_key(psa_key_type_t type, psa_algorithm_t alg, const uint8_t *data, size_t length)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t id = 0;

    psa_set_key_type(&attr, type);
    psa_set_key_algorithm(&attr, alg);
    psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_ENCRYPT |
                                       PSA_KEY_USAGE_DECRYPT | PSA_KEY_USAGE_SIGN_MESSAGE |
                                       PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_SIGN_HASH |
                                       PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_DERIVE);
    KT_ASSERT_SUCCESS(psa_import_key(&attr, data, length, &id));
    return id;
}

/* ---- single-part entry points: the four cases --------------------------- */

/*
 * Run one API call.  `marker` is the driver expected to serve it (0: the
 * built-in driver), which verification calls need to build a reference the
 * server accepts; `narrow` selects the inputs of testc's capability.
 */
typedef psa_status_t (*sp_run)(uint8_t marker, bool narrow, uint8_t *out, size_t size, size_t *len);

struct sp_case {
    const char *fn; /* the driver entry point the cases force */
    sp_run run;
    size_t off, len;        /* where the driver's output is, its length; 0: status only */
    const uint8_t *builtin; /* the built-in's known answer (len bytes at off) */
    bool builtin_declines;  /* not implemented by the built-in driver yet */
};

static psa_algorithm_t hash_alg(bool narrow)
{
    return narrow ? PSA_ALG_SHA_384 : PSA_ALG_SHA_256;
}

static psa_key_id_t aes_key(psa_algorithm_t alg, bool narrow, const uint8_t *key128)
{
    return narrow ? td_key(PSA_KEY_TYPE_AES, alg, td_aes192, 24)
                  : td_key(PSA_KEY_TYPE_AES, alg, key128, 16);
}

static psa_status_t run_hash_compute(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    (void)m;
    return psa_hash_compute(hash_alg(narrow), abc, 3, out, size, len);
}

static psa_status_t run_hash_compare(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    uint8_t ref[PSA_HASH_MAX_SIZE];
    size_t n = PSA_HASH_LENGTH(hash_alg(narrow));
    (void)out, (void)size;
    memset(ref, m, n);
    if (m == 0) {
        memcpy(ref, td_sha256_abc, sizeof(td_sha256_abc));
    }
    *len = 0;
    return psa_hash_compare(hash_alg(narrow), abc, 3, ref, n);
}

static psa_status_t run_mac_compute(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_CMAC, narrow, td_aes128);
    psa_status_t status = psa_mac_compute(k, PSA_ALG_CMAC, td_block, 16, out, size, len);
    (void)m;
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

static psa_status_t run_mac_verify(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_CMAC, narrow, td_aes128);
    uint8_t ref[16];
    (void)out, (void)size;
    memset(ref, m, sizeof(ref));
    if (m == 0) {
        memcpy(ref, td_cmac_out, sizeof(ref));
    }
    *len = 0;
    psa_status_t status = psa_mac_verify(k, PSA_ALG_CMAC, td_block, 16, ref, sizeof(ref));
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

/* When the built-in driver encrypted, it must also decrypt the result. */
static psa_status_t ctr_roundtrip(psa_key_id_t k, const uint8_t *out, size_t len)
{
    uint8_t back[32];
    size_t back_len = 0;
    td_force(&td_a, "cipher_decrypt", NS);
    td_force(&td_b, "cipher_decrypt", NS);
    psa_status_t status =
        psa_cipher_decrypt(k, PSA_ALG_CTR, out, len, back, sizeof(back), &back_len);
    if (status == PSA_SUCCESS && (back_len != 16 || memcmp(back, td_block, 16) != 0)) {
        status = PSA_ERROR_CORRUPTION_DETECTED;
    }
    return status;
}

static psa_status_t run_cipher_encrypt(uint8_t m, bool narrow, uint8_t *out, size_t size,
                                       size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_CTR, narrow, td_aes128);
    psa_status_t status = psa_cipher_encrypt(k, PSA_ALG_CTR, td_block, 16, out, size, len);
    if (status == PSA_SUCCESS && m == 0) {
        status = ctr_roundtrip(k, out, *len);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

static psa_status_t run_cipher_decrypt(uint8_t m, bool narrow, uint8_t *out, size_t size,
                                       size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_CTR, narrow, td_aes128);
    uint8_t in[32];
    (void)m;
    memcpy(in, td_ctr_iv, 16);
    memcpy(in + 16, td_ctr_out, 16);
    psa_status_t status = psa_cipher_decrypt(k, PSA_ALG_CTR, in, sizeof(in), out, size, len);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

static psa_status_t run_aead_encrypt(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_GCM, narrow, td_zero);
    psa_status_t status =
        psa_aead_encrypt(k, PSA_ALG_GCM, td_zero, 12, NULL, 0, td_zero, 16, out, size, len);
    (void)m;
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

static psa_status_t run_aead_decrypt(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    psa_key_id_t k = aes_key(PSA_ALG_GCM, narrow, td_zero);
    uint8_t in[32];
    memset(in, m, sizeof(in));
    if (m == 0) {
        memcpy(in, td_gcm_out, sizeof(in));
    }
    psa_status_t status =
        psa_aead_decrypt(k, PSA_ALG_GCM, td_zero, 12, NULL, 0, in, sizeof(in), out, size, len);
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

/* Create a key (import or generate), then read its key buffer back. */
static psa_status_t create_and_export(psa_key_type_t type, size_t bits, const uint8_t *data,
                                      size_t length, uint8_t *out, size_t size, size_t *len)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t k = 0;
    *len = 0;
    psa_set_key_type(&attr, type);
    psa_set_key_bits(&attr, bits);
    psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_EXPORT);
    psa_status_t status =
        data != NULL ? psa_import_key(&attr, data, length, &k) : psa_generate_key(&attr, &k);
    if (status == PSA_SUCCESS) {
        /* Export copies the key buffer: no driver, so kpsa_last_driver() stays. */
        status = psa_export_key(k, out, size, len);
        KT_ASSERT_SUCCESS(psa_destroy_key(k));
    }
    return status;
}

static psa_status_t run_import_key(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    (void)m;
    return narrow ? create_and_export(ECC(SECP_K1), 0, td_gcm_out, 32, out, size, len)
                  : create_and_export(PSA_KEY_TYPE_RAW_DATA, 0, td_block, 16, out, size, len);
}

static psa_status_t run_generate_key(uint8_t m, bool narrow, uint8_t *out, size_t size, size_t *len)
{
    (void)m;
    return create_and_export(narrow ? ECC(SECP_K1) : ECC(SECP_R1), 256, NULL, 0, out, size, len);
}

static psa_status_t run_export_public_key(uint8_t m, bool narrow, uint8_t *out, size_t size,
                                          size_t *len)
{
    psa_key_id_t k = td_key(narrow ? ECC(SECP_K1) : ECC(SECP_R1), 0, td_gcm_out, 32);
    psa_status_t status = psa_export_public_key(k, out, size, len);
    (void)m;
    KT_ASSERT_SUCCESS(psa_destroy_key(k));
    return status;
}

static const struct sp_case sp_cases[] = {
#define SP_HASH_COMPUTE 0
    {"hash_compute", run_hash_compute, 0, 32, td_sha256_abc, false},
#define SP_HASH_COMPARE 1
    {"hash_compute", run_hash_compare, 0, 0, NULL, false},
#define SP_MAC_COMPUTE 2
    {"mac_compute", run_mac_compute, 0, 16, td_cmac_out, false},
#define SP_MAC_VERIFY 3
    {"mac_verify", run_mac_verify, 0, 0, NULL, false},
#define SP_CIPHER_ENCRYPT 4
    {"cipher_encrypt", run_cipher_encrypt, 16, 16, NULL, false},
#define SP_CIPHER_DECRYPT 5
    {"cipher_decrypt", run_cipher_decrypt, 0, 16, td_block, false},
#define SP_AEAD_ENCRYPT 6
    {"aead_encrypt", run_aead_encrypt, 0, 32, td_gcm_out, false},
#define SP_AEAD_DECRYPT 7
    {"aead_decrypt", run_aead_decrypt, 0, 16, td_zero, false},
#define SP_IMPORT_KEY 8
    {"import_key", run_import_key, 0, 16, td_block, false},
#define SP_GENERATE_KEY 9
    {"generate_key", run_generate_key, 0, 32, NULL, true},
#define SP_EXPORT_PUBLIC_KEY 10
    {"export_public_key", run_export_public_key, 0, 65, NULL, true},
};

/* The output of a successful call served by the driver with `marker`. */
static void assert_marker_output(const struct sp_case *c, const uint8_t *out, size_t len,
                                 uint8_t marker)
{
    if (c->len != 0) {
        CU_ASSERT_EQUAL(len, c->off + c->len);
        CU_ASSERT_TRUE(len == c->off + c->len && td_is_marker(out + c->off, c->len, marker));
    }
}

static void case_a(const struct sp_case *c)
{
    uint8_t out[128];
    size_t len = 0;

    td_reset();
    KT_ASSERT_SUCCESS(c->run(td_a.marker, false, out, sizeof(out), &len));
    assert_marker_output(c, out, len, td_a.marker);
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testa");
    td_assert_no_violation();
}

static void case_b(const struct sp_case *c)
{
    uint8_t out[128];
    size_t len = 0;

    td_reset();
    td_force(&td_a, c->fn, NS);
    KT_ASSERT_SUCCESS(c->run(td_b.marker, false, out, sizeof(out), &len));
    assert_marker_output(c, out, len, td_b.marker);
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, c->fn), 1);
    TD_ASSERT_LAST("testb");

    td_force(&td_b, c->fn, NS);
    len = 0;
    psa_status_t status = c->run(0, false, out, sizeof(out), &len);
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 2);
    CU_ASSERT_EQUAL(td_hits(&td_b, c->fn), 2);
    TD_ASSERT_LAST("builtin");
    if (c->builtin_declines && status == NS) {
        CU_ASSERT_EQUAL(len, 0);
    } else if (c->builtin_declines) {
        /* Once the built-in driver implements it: a real answer, no marker. */
        KT_ASSERT_SUCCESS(status);
        CU_ASSERT_FALSE(len >= c->off + c->len && td_is_marker(out + c->off, c->len, 0xBB));
    } else {
        KT_ASSERT_SUCCESS(status);
        if (c->builtin != NULL) {
            KT_ASSERT_BYTES(out + c->off, len - c->off, c->builtin, c->len);
        }
    }
    td_assert_no_violation();
}

static void case_c(const struct sp_case *c)
{
    uint8_t out[128];
    size_t len = 99;

    td_reset();
    td_force(&td_a, c->fn, HW);
    KT_ASSERT_STATUS(c->run(td_a.marker, false, out, sizeof(out), &len), HW);
    CU_ASSERT_EQUAL(len, 0);
    CU_ASSERT_EQUAL(td_hits(&td_a, c->fn), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testa");
    td_assert_no_violation();
}

static void case_d(const struct sp_case *c)
{
    uint8_t out[128];
    size_t len = 99;

    /* testc serves what A and B filter out ... */
    td_reset();
    KT_ASSERT_SUCCESS(c->run(td_c.marker, true, out, sizeof(out), &len));
    if (c->len != 0) {
        CU_ASSERT_TRUE(len > c->off && td_is_marker(out + c->off, len - c->off, td_c.marker));
    }
    TD_ASSERT_LAST("testc");
    /* ... and without fallback its NOT_SUPPORTED is final. */
    td_force(&td_c, c->fn, NS);
    len = 99;
    KT_ASSERT_STATUS(c->run(td_c.marker, true, out, sizeof(out), &len), NS);
    CU_ASSERT_EQUAL(len, 0);
    CU_ASSERT_EQUAL(td_hits(&td_c, c->fn), 2);
    CU_ASSERT_EQUAL(td_hits(&td_a, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testc");
    td_assert_no_violation();
}

#define SP_TESTS(name, index)                                                                      \
    static void a_##name(void)                                                                     \
    {                                                                                              \
        case_a(&sp_cases[index]);                                                                  \
    }                                                                                              \
    static void b_##name(void)                                                                     \
    {                                                                                              \
        case_b(&sp_cases[index]);                                                                  \
    }                                                                                              \
    static void c_##name(void)                                                                     \
    {                                                                                              \
        case_c(&sp_cases[index]);                                                                  \
    }                                                                                              \
    static void d_##name(void)                                                                     \
    {                                                                                              \
        case_d(&sp_cases[index]);                                                                  \
    }
SP_TESTS(hash_compute, SP_HASH_COMPUTE)
SP_TESTS(hash_compare, SP_HASH_COMPARE)
SP_TESTS(mac_compute, SP_MAC_COMPUTE)
SP_TESTS(mac_verify, SP_MAC_VERIFY)
SP_TESTS(cipher_encrypt, SP_CIPHER_ENCRYPT)
SP_TESTS(cipher_decrypt, SP_CIPHER_DECRYPT)
SP_TESTS(aead_encrypt, SP_AEAD_ENCRYPT)
SP_TESTS(aead_decrypt, SP_AEAD_DECRYPT)
SP_TESTS(import_key, SP_IMPORT_KEY)
SP_TESTS(generate_key, SP_GENERATE_KEY)
SP_TESTS(export_public_key, SP_EXPORT_PUBLIC_KEY)

#define SP_ROW(p, name)                                                                            \
    {                                                                                              \
        "psa_" #name, p##_##name                                                                   \
    }
#define SP_SUITE(p)                                                                                \
    {                                                                                              \
        SP_ROW(p, hash_compute), SP_ROW(p, hash_compare), SP_ROW(p, mac_compute),                  \
            SP_ROW(p, mac_verify), SP_ROW(p, cipher_encrypt), SP_ROW(p, cipher_decrypt),           \
            SP_ROW(p, aead_encrypt), SP_ROW(p, aead_decrypt), SP_ROW(p, import_key),               \
            SP_ROW(p, generate_key), SP_ROW(p, export_public_key)                                  \
    }
static const kt_test case_a_tests[] = SP_SUITE(a);
static const kt_test case_b_tests[] = SP_SUITE(b);
static const kt_test case_c_tests[] = SP_SUITE(c);
static const kt_test case_d_tests[] = SP_SUITE(d);

/* ---- the chain ---------------------------------------------------------- */

static void chain_order(void)
{
    static const char *const want[] = {"testa", "testb", "testc", "testd", "builtin"};
    struct kpsa_manifest_info m;
    struct kpsa_driver_info info;

    /* testc and testd sort first by file name; their priority puts them after. */
    CU_ASSERT_EQUAL_FATAL(kpsa_driver_count(), 5);
    for (size_t i = 0; i < 5; i++) {
        KT_ASSERT_SUCCESS(kpsa_driver_get(i, &info));
        CU_ASSERT_STRING_EQUAL(info.prefix, want[i]);
        CU_ASSERT_EQUAL(info.opaque, 0);
    }
    CU_ASSERT_EQUAL_FATAL(kpsa_manifest_count(), 4);
    for (size_t i = 0; i < 4; i++) {
        KT_ASSERT_SUCCESS(kpsa_manifest_get(i, &m));
        CU_ASSERT_EQUAL(m.loaded, 1);
        CU_ASSERT_PTR_NULL(m.reason);
    }
}

static void chain_init(void)
{
    /* Called once each by psa_crypto_init(); testc and testd do not declare it. */
    CU_ASSERT_EQUAL(init_hits[0], 1);
    CU_ASSERT_EQUAL(init_hits[1], 1);
    CU_ASSERT_EQUAL(init_hits[2], 0);
    CU_ASSERT_EQUAL(init_hits[3], 0);
    KT_ASSERT_SUCCESS(psa_crypto_init());
    CU_ASSERT_EQUAL(td_hits(&td_a, "init"), init_hits[0]);
}

/* kpsa_which() must name the drivers the calls of the matrix meet. */
static void chain_which(void)
{
    const psa_key_location_t local = PSA_KEY_LOCATION_LOCAL_STORAGE;
    struct kpsa_candidate c[8];
    size_t n = 0;

    KT_ASSERT_SUCCESS(
        kpsa_which("mac_compute", PSA_ALG_CMAC, PSA_KEY_TYPE_AES, 128, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 3);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "testa");
    CU_ASSERT_STRING_EQUAL(c[1].prefix, "testb");
    CU_ASSERT_STRING_EQUAL(c[2].prefix, "builtin");
    CU_ASSERT_TRUE(c[0].fallback && c[1].fallback && !c[2].fallback);
    KT_ASSERT_SUCCESS(
        kpsa_which("mac_compute", PSA_ALG_CMAC, PSA_KEY_TYPE_AES, 192, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 1);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "testc");
    CU_ASSERT_FALSE(c[0].fallback);
    KT_ASSERT_SUCCESS(kpsa_which("hash_compute", PSA_ALG_SHA_224, 0, 0, local, c, 8, &n));
    CU_ASSERT_EQUAL_FATAL(n, 2);
    CU_ASSERT_STRING_EQUAL(c[0].prefix, "testd");
}

static const kt_test chain_tests[] = {
    {"order: priority, then file name, built-in last", chain_order},
    {"init entry points", chain_init},
    {"kpsa_which", chain_which},
};

/* ---- setup ------------------------------------------------------------------ */

static const char *const manifests[] = {"dispatch/00-testc.json", "dispatch/01-testd.json",
                                        "dispatch/10-testa.json", "dispatch/20-testb.json"};

/* The control functions of a driver the library has loaded. */
static int attach(struct td_driver *d)
{
    char name[64];
    void *handle = dlopen(kt_module_path(d->prefix), RTLD_NOW | RTLD_NOLOAD);

    if (handle == NULL) {
        fprintf(stderr, "test_dispatch: %s is not loaded: %s\n", kt_module_path(d->prefix),
                dlerror());
        return -1;
    }
    snprintf(name, sizeof(name), "%s_test_force", d->prefix);
    d->force = (testdrv_force_fn)dlsym(handle, name);
    snprintf(name, sizeof(name), "%s_test_hits", d->prefix);
    d->hits = (testdrv_hits_fn)dlsym(handle, name);
    snprintf(name, sizeof(name), "%s_test_reset", d->prefix);
    d->reset = (testdrv_reset_fn)dlsym(handle, name);
    return d->force != NULL && d->hits != NULL && d->reset != NULL ? 0 : -1;
}

static int setup(void)
{
    char *dir = kt_tmpdir("dispatch");
    psa_status_t status;

    kt_stage_modules(dir);
    for (size_t i = 0; i < sizeof(manifests) / sizeof(manifests[0]); i++) {
        kt_install(manifests[i], dir, NULL, 0644);
    }
    setenv("KPSA_DRIVER_PATH", dir, 1);
    status = psa_crypto_init();
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "test_dispatch: psa_crypto_init: %s\n", kpsa_status_name(status));
    }
    for (size_t i = 0; i < DRIVER_COUNT && status == PSA_SUCCESS; i++) {
        if (attach(drivers[i]) != 0) {
            status = PSA_ERROR_GENERIC_ERROR;
        } else {
            init_hits[i] = drivers[i]->hits("init");
        }
    }
    /* The modules stay mapped; nothing needs the files any more. */
    kt_rmtree(dir);
    free(dir);
    return status == PSA_SUCCESS ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (access(kt_module_path("testa"), R_OK) != 0) {
        fprintf(stderr, "test_dispatch: %s missing (built by make check)\n",
                kt_module_path("testa"));
        return 99;
    }
    if (setup() != 0) {
        return 99;
    }
    KT_ADD_SUITE("driver chain", chain_tests);
    KT_ADD_SUITE("single-part (a): the first driver serves", case_a_tests);
    KT_ADD_SUITE("single-part (b): NOT_SUPPORTED with fallback", case_b_tests);
    KT_ADD_SUITE("single-part (c): another error is final", case_c_tests);
    KT_ADD_SUITE("single-part (d): NOT_SUPPORTED without fallback", case_d_tests);
    td_register_rule_suites();
    td_register_multipart_suites();
    td_register_asym_suites();
    return kt_run(argc, argv);
}
