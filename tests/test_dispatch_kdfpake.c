/*
 * test_dispatch_kdfpake.c - the "key_derivation" and "pake" driver families
 * through the real loader: the test driver testkp (plugins/test/testkp.c),
 * found through a manifest in KPSA_DRIVER_PATH, ahead of the built-in driver.
 *
 * For each family: testkp serves (its output proves it read the inputs
 * through the accessors of <kpsa/driver.h>); testkp declines with
 * PSA_ERROR_NOT_SUPPORTED and the built-in driver serves (a published known
 * answer, RFC 5869 test case 1, for HKDF); testkp fails otherwise: that
 * status, with the lifecycle the driver interface promises (no abort after a
 * failed setup, abort after any other failure, nothing after
 * pake_get_shared_key).  The core enforces the capacity without asking the
 * driver.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "testutil.h"
#include "tmpfiles.h"

#define MARKER 0x4B
#define NS     PSA_ERROR_NOT_SUPPORTED
#define HW     PSA_ERROR_HARDWARE_FAILURE
#define HKDF   PSA_ALG_HKDF(PSA_ALG_SHA_256)
#define JPAKE  PSA_ALG_JPAKE(PSA_ALG_SHA_256)

static int (*kp_force)(const char *function, psa_status_t status);
static long (*kp_hits)(const char *function);
static void (*kp_reset)(void);

static void force(const char *function, psa_status_t status)
{
    CU_ASSERT_EQUAL_FATAL(kp_force(function, status), 0);
}

static void assert_last(const char *prefix)
{
    const char *last = kpsa_last_driver();
    CU_ASSERT_PTR_NOT_NULL_FATAL(last);
    CU_ASSERT_STRING_EQUAL(last, prefix);
}

/* What testkp outputs for a stream made of a || b, from position 0. */
static void expected_stream(const char *a, const char *b, uint8_t *out, size_t length)
{
    char data[128];
    size_t n = (size_t)snprintf(data, sizeof(data), "%s%s", a, b);
    for (size_t i = 0; i < length; i++) {
        out[i] = (uint8_t)(data[i % n] ^ MARKER);
    }
}

/* ---- key derivation ------------------------------------------------------------ */

static psa_status_t hkdf_start(psa_key_derivation_operation_t *op, const char *secret,
                               const char *info)
{
    psa_status_t status = psa_key_derivation_setup(op, HKDF);
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SECRET,
                                                (const uint8_t *)secret, strlen(secret));
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_INFO,
                                                (const uint8_t *)info, strlen(info));
    }
    return status;
}

static void kdf_served(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t out[40], want[40];

    kp_reset();
    KT_ASSERT_SUCCESS(hkdf_start(&op, "secret-bytes", "info"));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_setup"), 0); /* not before the first output */
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 7));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out + 7, 33));
    assert_last("testkp");
    expected_stream("secret-bytes", "info", want, sizeof(want));
    KT_ASSERT_BYTES(out, sizeof(out), want, sizeof(want));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_setup"), 1);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_abort"), 1);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
}

static void kdf_served_key_input(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t key = 0;
    uint8_t out[24], want[24];

    psa_set_key_type(&a, PSA_KEY_TYPE_DERIVE);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_DERIVE);
    psa_set_key_algorithm(&a, HKDF);
    KT_ASSERT_SUCCESS(psa_import_key(&a, (const uint8_t *)"key-secret", 10, &key));
    kp_reset();
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, (const uint8_t *)"i", 1));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    expected_stream("key-secret", "i", want, sizeof(want));
    KT_ASSERT_BYTES(out, sizeof(out), want, sizeof(want));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(key));
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
}

static void kdf_served_pbkdf2(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t out[16], want[16];

    kp_reset();
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256)));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_integer(&op, PSA_KEY_DERIVATION_INPUT_COST, 1000));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT,
                                                     (const uint8_t *)"NaCl", 4));
    KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_PASSWORD,
                                                     (const uint8_t *)"pw", 2));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    assert_last("testkp");
    expected_stream("pw", "NaCl", want, sizeof(want));
    KT_ASSERT_BYTES(out, sizeof(out), want, sizeof(want));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
}

/* RFC 5869, A.1 (test case 1): HKDF-SHA-256. */
static void kdf_fallback_to_builtin(void)
{
    static const uint8_t okm[42] = {
        0x3c, 0xb2, 0x5f, 0x25, 0xfa, 0xac, 0xd5, 0x7a, 0x90, 0x43, 0x4f, 0x64, 0xd0, 0x36,
        0x2f, 0x2a, 0x2d, 0x2d, 0x0a, 0x90, 0xcf, 0x1a, 0x5a, 0x4c, 0x5d, 0xb0, 0x2d, 0x56,
        0xec, 0xc4, 0xc5, 0xbf, 0x34, 0x00, 0x72, 0x08, 0xd5, 0xb8, 0x87, 0x18, 0x58, 0x65};
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t ikm[22], salt[13], info[10], out[42];

    memset(ikm, 0x0b, sizeof(ikm));
    for (size_t i = 0; i < sizeof(salt); i++) {
        salt[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < sizeof(info); i++) {
        info[i] = (uint8_t)(0xf0 + i);
    }
    kp_reset();
    force("key_derivation_setup", NS);
    KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, HKDF));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt, sizeof(salt)));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SECRET, ikm, sizeof(ikm)));
    KT_ASSERT_SUCCESS(
        psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, info, sizeof(info)));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, sizeof(out)));
    assert_last("builtin");
    KT_ASSERT_BYTES(out, sizeof(out), okm, sizeof(okm));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_setup"), 1);
    CU_ASSERT_EQUAL(kp_hits("key_derivation_output_bytes"), 0);
    CU_ASSERT_EQUAL(kp_hits("key_derivation_abort"), 0);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
    kp_reset();
}

static void kdf_failures(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t out[8];

    /* A failed setup: its status, and the driver's abort is not called. */
    kp_reset();
    force("key_derivation_setup", HW);
    KT_ASSERT_SUCCESS(hkdf_start(&op, "s", "i"));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), HW);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_abort"), 0);
    /* A failed output: its status, then exactly one abort. */
    kp_reset();
    force("key_derivation_output_bytes", HW);
    KT_ASSERT_SUCCESS(hkdf_start(&op, "s", "i"));
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), HW);
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, sizeof(out)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("key_derivation_abort"), 1);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
    kp_reset();
}

static void kdf_capacity_is_the_cores(void)
{
    psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
    uint8_t out[16];

    kp_reset();
    KT_ASSERT_SUCCESS(hkdf_start(&op, "s", "i"));
    KT_ASSERT_SUCCESS(psa_key_derivation_set_capacity(&op, 10));
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, out, 10));
    long calls = kp_hits("key_derivation_output_bytes");
    KT_ASSERT_STATUS(psa_key_derivation_output_bytes(&op, out, 1), PSA_ERROR_INSUFFICIENT_DATA);
    CU_ASSERT_EQUAL(kp_hits("key_derivation_output_bytes"), calls);
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
}

/* ---- PAKE ------------------------------------------------------------------------- */

static psa_key_id_t password_key(void)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t key = 0;

    psa_set_key_type(&a, PSA_KEY_TYPE_PASSWORD);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_DERIVE);
    psa_set_key_algorithm(&a, JPAKE);
    KT_ASSERT_SUCCESS(psa_import_key(&a, (const uint8_t *)"hunter2", 7, &key));
    return key;
}

static psa_status_t jpake_start(psa_pake_operation_t *op, psa_key_id_t password)
{
    psa_pake_cipher_suite_t suite = psa_pake_cipher_suite_init();
    psa_status_t status;

    psa_pake_cs_set_algorithm(&suite, JPAKE);
    psa_pake_cs_set_primitive(&suite, PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC,
                                                         PSA_ECC_FAMILY_SECP_R1, 256));
    /* J-PAKE has no key confirmation of its own. */
    psa_pake_cs_set_key_confirmation(&suite, PSA_PAKE_UNCONFIRMED_KEY);
    status = psa_pake_setup(op, password, &suite);
    if (status == PSA_SUCCESS) {
        status = psa_pake_set_user(op, (const uint8_t *)"client", 6);
    }
    if (status == PSA_SUCCESS) {
        status = psa_pake_set_peer(op, (const uint8_t *)"server", 6);
    }
    return status;
}

static void pake_served(void)
{
    psa_pake_operation_t op = psa_pake_operation_init();
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t password = password_key();
    psa_key_id_t shared = 0;
    uint8_t out[128], want[32];
    size_t length = 0;

    kp_reset();
    KT_ASSERT_SUCCESS(jpake_start(&op, password));
    CU_ASSERT_EQUAL(kp_hits("pake_setup"), 0); /* not before the first step */
    KT_ASSERT_SUCCESS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length));
    assert_last("testkp");
    CU_ASSERT_EQUAL(length, 32);
    memset(want, MARKER, sizeof(want));
    KT_ASSERT_BYTES(out, length, want, sizeof(want));
    KT_ASSERT_SUCCESS(psa_pake_input(&op, PSA_PAKE_STEP_KEY_SHARE, want, sizeof(want)));
    psa_set_key_type(&a, PSA_KEY_TYPE_DERIVE);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT);
    psa_set_key_algorithm(&a, PSA_ALG_TLS12_ECJPAKE_TO_PMS);
    KT_ASSERT_SUCCESS(psa_pake_get_shared_key(&op, &a, &shared));
    KT_ASSERT_SUCCESS(psa_export_key(shared, out, sizeof(out), &length));
    expected_stream("hunter2", "client", want, sizeof(want));
    KT_ASSERT_BYTES(out, length, want, sizeof(want));
    CU_ASSERT_EQUAL(kp_hits("pake_setup"), 1);
    CU_ASSERT_EQUAL(kp_hits("pake_get_shared_key"), 1);
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 0);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 0);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
    KT_ASSERT_SUCCESS(psa_destroy_key(shared));
    KT_ASSERT_SUCCESS(psa_destroy_key(password));
}

static void pake_failures(void)
{
    psa_pake_operation_t op = psa_pake_operation_init();
    psa_key_id_t password = password_key();
    uint8_t out[128];
    size_t length = 0;

    /* A rejected input: the driver's status, one abort, then BAD_STATE. */
    kp_reset();
    KT_ASSERT_SUCCESS(jpake_start(&op, password));
    KT_ASSERT_SUCCESS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length));
    out[5] ^= 1;
    KT_ASSERT_STATUS(psa_pake_input(&op, PSA_PAKE_STEP_KEY_SHARE, out, 32),
                     PSA_ERROR_INVALID_SIGNATURE);
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 1);
    KT_ASSERT_STATUS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 1);
    /* A failed setup: its status, no abort. */
    kp_reset();
    force("pake_setup", HW);
    KT_ASSERT_SUCCESS(jpake_start(&op, password));
    KT_ASSERT_STATUS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length), HW);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 0);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
    kp_reset();
    KT_ASSERT_SUCCESS(psa_destroy_key(password));
}

static void pake_fallback_to_builtin(void)
{
    psa_pake_operation_t op = psa_pake_operation_init();
    psa_key_id_t password = password_key();
    uint8_t out[128];
    size_t length = 0;

    kp_reset();
    force("pake_setup", NS);
    KT_ASSERT_SUCCESS(jpake_start(&op, password));
    KT_ASSERT_SUCCESS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length));
    assert_last("builtin");
    /* The built-in J-PAKE's first key share: an uncompressed P-256 point. */
    CU_ASSERT_TRUE(length == 65 && out[0] == 0x04);
    CU_ASSERT_EQUAL(kp_hits("pake_output"), 0);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    CU_ASSERT_EQUAL(kp_hits("pake_abort"), 0);
    CU_ASSERT_EQUAL(kp_hits("violation"), 0);
    kp_reset();
    KT_ASSERT_SUCCESS(psa_destroy_key(password));
}

/* ---- setup ------------------------------------------------------------------------- */

static int attach(void)
{
    void *handle = dlopen(kt_module_path("testkp"), RTLD_NOW | RTLD_NOLOAD);

    if (handle == NULL) {
        fprintf(stderr, "test_dispatch_kdfpake: testkp is not loaded: %s\n", dlerror());
        return -1;
    }
    kp_force = (int (*)(const char *, psa_status_t))dlsym(handle, "testkp_test_force");
    kp_hits = (long (*)(const char *))dlsym(handle, "testkp_test_hits");
    kp_reset = (void (*)(void))dlsym(handle, "testkp_test_reset");
    return kp_force != NULL && kp_hits != NULL && kp_reset != NULL ? 0 : -1;
}

static int setup(void)
{
    char *dir = kt_tmpdir("kdfpake");
    psa_status_t status;

    kt_stage_modules(dir);
    kt_install("kdfpake/testkp.json", dir, NULL, 0644);
    setenv("KPSA_DRIVER_PATH", dir, 1);
    status = psa_crypto_init();
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "test_dispatch_kdfpake: psa_crypto_init: %s\n",
                kpsa_status_name(status));
    } else if (attach() != 0) {
        fprintf(stderr, "test_dispatch_kdfpake: testkp's control functions not found\n");
        status = PSA_ERROR_GENERIC_ERROR;
    }
    kt_rmtree(dir);
    free(dir);
    return status == PSA_SUCCESS ? 0 : -1;
}

int main(int argc, char **argv)
{
    static const kt_test kdf[] = {
        {"served: output from the inputs read through the accessors", kdf_served},
        {"served: a key as the secret", kdf_served_key_input},
        {"served: PBKDF2 with an integer input", kdf_served_pbkdf2},
        {"NOT_SUPPORTED: fallback to the built-in driver (RFC 5869 A.1)", kdf_fallback_to_builtin},
        {"failures: setup, output", kdf_failures},
        {"the core enforces the capacity", kdf_capacity_is_the_cores},
    };
    static const kt_test pake[] = {
        {"served: steps and shared key through the driver", pake_served},
        {"failures: rejected input, setup", pake_failures},
        {"NOT_SUPPORTED: fallback to the built-in J-PAKE", pake_fallback_to_builtin},
    };

    if (access(kt_module_path("testkp"), R_OK) != 0) {
        fprintf(stderr, "test_dispatch_kdfpake: %s missing (built by make check)\n",
                kt_module_path("testkp"));
        return 99;
    }
    if (setup() != 0) {
        return 99;
    }
    KT_ADD_SUITE("key_derivation family", kdf);
    KT_ADD_SUITE("pake family", pake);
    return kt_run(argc, argv);
}
