/*
 * test_persist.c - persistent keys through the API: creation on every path,
 * use, policy, purge and destroy, statuses of bad lifetimes and ids,
 * corrupted records, and the multi-process guarantees (persistence across
 * process restarts, two processes racing to create one id, a key destroyed or
 * re-created by another process).
 *
 * Every key lives in a fresh temporary KPSA_STORAGE_DIR, set before
 * psa_crypto_init() and removed at the end.  Other processes are this program
 * itself, re-executed (/proc/self/exe) with a role as argv[1]: exec gives each
 * one a fresh library state, as a real restart would (test_persist_procs.c).
 */
#include "config.h"

#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_persist.h"
#include "testutil.h"
#include "tmpfiles.h"

char *kt_storage_dir;
const uint8_t kt_hash32[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9};

psa_key_attributes_t kt_pattrs(psa_key_id_t id, psa_key_type_t type, size_t bits,
                               psa_key_usage_t usage, psa_algorithm_t alg)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    if (id != PSA_KEY_ID_NULL) {
        psa_set_key_id(&a, id);
    }
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, usage);
    psa_set_key_algorithm(&a, alg);
    return a;
}

psa_status_t kt_import_aes(psa_key_id_t id, uint8_t fill, psa_key_usage_t usage)
{
    uint8_t key[16];
    psa_key_id_t got = 0;
    memset(key, fill, sizeof(key));
    psa_key_attributes_t a = kt_pattrs(id, PSA_KEY_TYPE_AES, 0, usage, PSA_ALG_CTR);
    psa_status_t status = psa_import_key(&a, key, sizeof(key), &got);
    if (status == PSA_SUCCESS && got != id) {
        return PSA_ERROR_CORRUPTION_DETECTED;
    }
    return status;
}

const char *kt_record_path(psa_key_id_t id)
{
    static char path[4096];
    snprintf(path, sizeof(path), "%s/%08" PRIx32 ".key", kt_storage_dir, id);
    return path;
}

int kt_record_exists(psa_key_id_t id)
{
    struct stat st;
    return stat(kt_record_path(id), &st) == 0;
}

const uint8_t kt_hmac_key[32] = {0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b};
const uint8_t kt_msg[11] = "persistent";

psa_status_t kt_mac(psa_key_id_t id, uint8_t out[32])
{
    size_t len = 0;
    return psa_mac_compute(id, HMAC256, kt_msg, sizeof(kt_msg), out, 32, &len);
}

static void create_keys(void)
{
    psa_key_attributes_t a;
    psa_key_id_t id = 0;
    uint8_t out[32];
    uint8_t ct[32];
    size_t len = 0;

    KT_ASSERT_SUCCESS(kt_import_aes(
        ID_AES, 0x42, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT | PSA_KEY_USAGE_EXPORT));
    a = kt_pattrs(ID_HMAC, PSA_KEY_TYPE_HMAC, 0,
                  PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE, HMAC256);
    KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
    CU_ASSERT_EQUAL(id, ID_HMAC);
    a = kt_pattrs(ID_ECC, SECP256R1, 256,
                  PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_EXPORT,
                  ECDSA256);
    KT_ASSERT_SUCCESS(psa_generate_key(&a, &id));
    CU_ASSERT_EQUAL(id, ID_ECC);
    a = kt_pattrs(ID_RSA, PSA_KEY_TYPE_RSA_KEY_PAIR, 1024,
                  PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_EXPORT,
                  RSA_SIGN);
    KT_ASSERT_SUCCESS(psa_generate_key(&a, &id));
    CU_ASSERT_EQUAL(id, ID_RSA);
    for (psa_key_id_t k = ID_AES; k <= ID_RSA; k++) {
        CU_ASSERT_TRUE(kt_record_exists(k));
        KT_ASSERT_SUCCESS(psa_get_key_attributes(k, &a));
        CU_ASSERT_EQUAL(psa_get_key_id(&a), k);
        CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), PSA_KEY_LIFETIME_PERSISTENT);
    }
    /* Use them. */
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(ID_AES, PSA_ALG_CTR, kt_hash32, 16, ct, 32, &len));
    KT_ASSERT_SUCCESS(kt_mac(ID_HMAC, out));
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    KT_ASSERT_SUCCESS(psa_sign_hash(ID_ECC, ECDSA256, kt_hash32, 32, sig, sizeof(sig), &len));
    KT_ASSERT_SUCCESS(psa_verify_hash(ID_ECC, ECDSA256, kt_hash32, 32, sig, len));
    KT_ASSERT_SUCCESS(psa_sign_hash(ID_RSA, RSA_SIGN, kt_hash32, 32, sig, sizeof(sig), &len));
    CU_ASSERT_EQUAL(len, 128);
    KT_ASSERT_SUCCESS(psa_verify_hash(ID_RSA, RSA_SIGN, kt_hash32, 32, sig, len));
}

static void test_destroy_in_use(void)
{
    uint8_t out[32];
    size_t len = 0;
    psa_mac_operation_t op = psa_mac_operation_init();
    psa_key_attributes_t a =
        kt_pattrs(ID_INUSE, PSA_KEY_TYPE_HMAC, 0, PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256);
    psa_key_id_t id = 0;

    /* Without PSA_KEY_USAGE_CACHE: the operation holds the only copy. */
    KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, ID_INUSE, HMAC256));
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_INUSE));
    CU_ASSERT_FALSE(kt_record_exists(ID_INUSE));
    KT_ASSERT_STATUS(psa_mac_update(&op, kt_msg, sizeof(kt_msg)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_mac_abort(&op));
    KT_ASSERT_STATUS(psa_mac_compute(ID_INUSE, HMAC256, kt_msg, 1, out, 32, &len),
                     PSA_ERROR_INVALID_HANDLE);
}

static void test_purge(void)
{
    uint8_t out[32], again[32];
    size_t len = 0;
    psa_mac_operation_t op = psa_mac_operation_init();
    psa_key_usage_t usages[2] = {PSA_KEY_USAGE_SIGN_MESSAGE,
                                 PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_CACHE};

    for (int i = 0; i < 2; i++) {
        psa_key_attributes_t a = kt_pattrs(ID_PURGE, PSA_KEY_TYPE_HMAC, 0, usages[i], HMAC256);
        psa_key_id_t id = 0;
        KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
        KT_ASSERT_SUCCESS(kt_mac(ID_PURGE, out));
        KT_ASSERT_SUCCESS(psa_purge_key(ID_PURGE));
        KT_ASSERT_SUCCESS(kt_mac(ID_PURGE, again)); /* reloaded */
        KT_ASSERT_BYTES(again, 32, out, 32);
        /* A purge while an operation holds the key leaves the operation alone. */
        KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, ID_PURGE, HMAC256));
        KT_ASSERT_SUCCESS(psa_purge_key(ID_PURGE));
        KT_ASSERT_SUCCESS(psa_mac_update(&op, kt_msg, sizeof(kt_msg)));
        KT_ASSERT_SUCCESS(psa_mac_sign_finish(&op, again, sizeof(again), &len));
        KT_ASSERT_BYTES(again, len, out, 32);
        KT_ASSERT_SUCCESS(psa_get_key_attributes(ID_PURGE, &a));
        CU_ASSERT_EQUAL(psa_get_key_usage_flags(&a), usages[i]);
        KT_ASSERT_SUCCESS(psa_destroy_key(ID_PURGE));
        KT_ASSERT_STATUS(psa_purge_key(ID_PURGE), PSA_ERROR_INVALID_HANDLE);
    }
}

static void test_policy(void)
{
    uint8_t buf[64];
    size_t len = 0;
    psa_key_id_t id = 0;
    psa_key_attributes_t a = kt_pattrs(PSA_KEY_ID_NULL, 0, 0, PSA_KEY_USAGE_EXPORT, 0);

    KT_ASSERT_SUCCESS(kt_import_aes(ID_POLICY, 3, PSA_KEY_USAGE_ENCRYPT));
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(ID_POLICY, PSA_ALG_CTR, kt_hash32, 16, buf, 32, &len));
    KT_ASSERT_STATUS(psa_cipher_decrypt(ID_POLICY, PSA_ALG_CTR, buf, 32, buf + 32, 32, &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(
        psa_cipher_encrypt(ID_POLICY, PSA_ALG_CBC_NO_PADDING, kt_hash32, 16, buf, 32, &len),
        PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_export_key(ID_POLICY, buf, sizeof(buf), &len), PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_copy_key(ID_POLICY, &a, &id), PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_sign_hash(ID_ECC, RSA_SIGN, kt_hash32, 32, buf, sizeof(buf), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(
        psa_mac_compute(ID_HMAC, PSA_ALG_HMAC(PSA_ALG_SHA_1), kt_msg, 1, buf, 64, &len),
        PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_POLICY));
}

static void test_creation_paths(void)
{
    uint8_t a_out[64], b_out[64];
    size_t a_len = 0;
    psa_key_id_t id = 0, vol = 0;
    psa_key_attributes_t a;

    /* Copy: volatile to persistent, persistent to persistent and to volatile. */
    vol = kt_import(PSA_KEY_TYPE_HMAC, kt_hmac_key, sizeof(kt_hmac_key),
                    PSA_KEY_USAGE_COPY | PSA_KEY_USAGE_EXPORT, HMAC256);
    a = kt_pattrs(ID_COPY, 0, 0, PSA_KEY_USAGE_COPY | PSA_KEY_USAGE_EXPORT, HMAC256);
    KT_ASSERT_SUCCESS(psa_copy_key(vol, &a, &id));
    CU_ASSERT_EQUAL(id, ID_COPY);
    KT_ASSERT_STATUS(psa_copy_key(vol, &a, &id), PSA_ERROR_ALREADY_EXISTS);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    psa_set_key_id(&a, ID_COPY2);
    KT_ASSERT_SUCCESS(psa_copy_key(ID_COPY, &a, &id));
    a = kt_pattrs(PSA_KEY_ID_NULL, 0, 0, PSA_KEY_USAGE_EXPORT, HMAC256);
    KT_ASSERT_SUCCESS(psa_copy_key(ID_COPY2, &a, &id));
    CU_ASSERT_TRUE(id >= PSA_KEY_ID_VENDOR_MIN);
    KT_ASSERT_SUCCESS(psa_export_key(id, a_out, sizeof(a_out), &a_len));
    KT_ASSERT_BYTES(a_out, a_len, kt_hmac_key, sizeof(kt_hmac_key));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(psa_destroy_key(vol));

    /* Derivation: a persistent secret, a persistent output key, and the same
     * bytes through output_bytes. */
    a = kt_pattrs(ID_DERIVE, PSA_KEY_TYPE_DERIVE, 256, PSA_KEY_USAGE_DERIVE,
                  PSA_ALG_HKDF(PSA_ALG_SHA_256));
    KT_ASSERT_SUCCESS(psa_generate_key(&a, &id));
    for (int pass = 0; pass < 2; pass++) {
        psa_key_derivation_operation_t op = psa_key_derivation_operation_init();
        KT_ASSERT_SUCCESS(psa_key_derivation_setup(&op, PSA_ALG_HKDF(PSA_ALG_SHA_256)));
        KT_ASSERT_SUCCESS(
            psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, ID_DERIVE));
        KT_ASSERT_SUCCESS(psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, kt_msg,
                                                         sizeof(kt_msg)));
        if (pass == 0) {
            a = kt_pattrs(ID_DERIVED, PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_EXPORT, 0);
            KT_ASSERT_SUCCESS(psa_key_derivation_output_key(&a, &op, &id));
            CU_ASSERT_EQUAL(id, ID_DERIVED);
        } else {
            KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, b_out, 16));
        }
        KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    }
    KT_ASSERT_SUCCESS(psa_export_key(ID_DERIVED, a_out, sizeof(a_out), &a_len));
    KT_ASSERT_BYTES(a_out, a_len, b_out, 16);
    char want[OUT_MAX];
    kt_expected_show(ID_DERIVED, want, sizeof(want));
    CU_ASSERT_STRING_EQUAL(kt_run_child("show", ID_DERIVED, NULL), want);

    /* generate_custom: RSA with the default exponent given explicitly. */
    static const uint8_t e65537[] = {1, 0, 1};
    psa_custom_key_parameters_t custom = PSA_CUSTOM_KEY_PARAMETERS_INIT;
    a = kt_pattrs(ID_CUSTOM, PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, PSA_KEY_USAGE_EXPORT, 0);
    KT_ASSERT_SUCCESS(psa_generate_key_custom(&a, &custom, e65537, 3, &id));
    CU_ASSERT_EQUAL(id, ID_CUSTOM);
    KT_ASSERT_STATUS(psa_generate_key_custom(&a, &custom, e65537, 3, &id),
                     PSA_ERROR_ALREADY_EXISTS);
    kt_expected_show(ID_CUSTOM, want, sizeof(want));
    CU_ASSERT_STRING_EQUAL(kt_run_child("show", ID_CUSTOM, NULL), want);

    /* A creation that fails leaves nothing behind. */
    a = kt_pattrs(ID_FAILED, SECP256R1, 0, PSA_KEY_USAGE_EXPORT, 0);
    memset(a_out, 0xff, 32); /* above the curve order */
    KT_ASSERT_STATUS(psa_import_key(&a, a_out, 32, &id), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    CU_ASSERT_FALSE(kt_record_exists(ID_FAILED));
    KT_ASSERT_STATUS(psa_get_key_attributes(ID_FAILED, &a), PSA_ERROR_INVALID_HANDLE);

    psa_key_id_t made[] = {ID_COPY, ID_COPY2, ID_DERIVE, ID_DERIVED, ID_CUSTOM};
    for (size_t i = 0; i < sizeof(made) / sizeof(made[0]); i++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(made[i]));
        CU_ASSERT_FALSE(kt_record_exists(made[i]));
    }
}

/* J-PAKE with a persistent password key on both sides; each side's shared
 * key is persistent (psa_pake_get_shared_key creates it by psa_import_key). */
static void test_pake_path(void)
{
    static const psa_pake_step_t steps[3] = {PSA_PAKE_STEP_KEY_SHARE, PSA_PAKE_STEP_ZK_PUBLIC,
                                             PSA_PAKE_STEP_ZK_PROOF};
    static const char *const users[2] = {"client", "server"};
    static const uint8_t pw[] = "persistent password";
    psa_pake_cipher_suite_t suite = psa_pake_cipher_suite_init();
    psa_pake_operation_t op[2] = {PSA_PAKE_OPERATION_INIT, PSA_PAKE_OPERATION_INIT};
    uint8_t msg9[9][PSA_PAKE_OUTPUT_MAX_SIZE], shared[2][65];
    size_t len[9], shared_len[2] = {0, 0};
    psa_key_id_t id = 0;

    psa_pake_cs_set_algorithm(&suite, PSA_ALG_JPAKE(PSA_ALG_SHA_256));
    psa_pake_cs_set_primitive(
        &suite, PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256));
    psa_pake_cs_set_key_confirmation(&suite, PSA_PAKE_UNCONFIRMED_KEY);
    psa_key_attributes_t a = kt_pattrs(ID_PAKE_PW, PSA_KEY_TYPE_PASSWORD, 0, PSA_KEY_USAGE_DERIVE,
                                       PSA_ALG_JPAKE(PSA_ALG_SHA_256));
    KT_ASSERT_SUCCESS(psa_import_key(&a, pw, sizeof(pw) - 1, &id));
    for (int i = 0; i < 2; i++) {
        KT_ASSERT_SUCCESS(psa_pake_setup(&op[i], ID_PAKE_PW, &suite));
        KT_ASSERT_SUCCESS(psa_pake_set_user(&op[i], (const uint8_t *)users[i], 6));
        KT_ASSERT_SUCCESS(psa_pake_set_peer(&op[i], (const uint8_t *)users[1 - i], 6));
    }
    /* Round one both ways, then round two both ways. */
    for (unsigned round = 0; round < 2; round++) {
        unsigned from = round == 0 ? 0 : 6, to = round == 0 ? 6 : 9;
        for (int i = 0; i < 2; i++) {
            for (unsigned k = from; k < to; k++) {
                KT_ASSERT_SUCCESS(
                    psa_pake_output(&op[i], steps[k % 3], msg9[k], sizeof(msg9[k]), &len[k]));
            }
            for (unsigned k = from; k < to; k++) {
                KT_ASSERT_SUCCESS(psa_pake_input(&op[1 - i], steps[k % 3], msg9[k], len[k]));
            }
        }
    }
    for (int i = 0; i < 2; i++) {
        a = kt_pattrs(ID_PAKE_KEY + (psa_key_id_t)i, PSA_KEY_TYPE_DERIVE, 0,
                      PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT, PSA_ALG_TLS12_ECJPAKE_TO_PMS);
        KT_ASSERT_SUCCESS(psa_pake_get_shared_key(&op[i], &a, &id));
        CU_ASSERT_EQUAL(id, ID_PAKE_KEY + (psa_key_id_t)i);
        CU_ASSERT_TRUE(kt_record_exists(id));
        KT_ASSERT_SUCCESS(psa_export_key(id, shared[i], 65, &shared_len[i]));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    KT_ASSERT_BYTES(shared[0], shared_len[0], shared[1], shared_len[1]);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_PAKE_PW));
}

static void test_statuses(void)
{
    uint8_t key[16] = {0};
    psa_key_id_t id = 0x1234;
    psa_key_attributes_t a = kt_pattrs(0x600, PSA_KEY_TYPE_AES, 0, 0, 0);

    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
                                 PSA_KEY_PERSISTENCE_READ_ONLY, PSA_KEY_LOCATION_LOCAL_STORAGE));
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_PERMITTED);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
                                 PSA_KEY_PERSISTENCE_DEFAULT, (psa_key_location_t)0x7fff01));
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_SUPPORTED);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_PERSISTENT);
    psa_set_key_id(&a, PSA_KEY_ID_VENDOR_MIN);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    psa_set_key_id(&a, PSA_KEY_ID_VENDOR_MAX + 1);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    psa_set_key_id(&a, PSA_KEY_ID_NULL);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_PERSISTENT);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    /* A user-range id with a volatile lifetime cannot be set (set_key_lifetime
     * clears the id), so there is no such case to test. */
    /* An implementation-defined persistence level is persistent too. */
    psa_key_lifetime_t level =
        PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(0x80, PSA_KEY_LOCATION_LOCAL_STORAGE);
    a = kt_pattrs(0x600, PSA_KEY_TYPE_AES, 0, 0, 0);
    psa_set_key_lifetime(&a, level);
    KT_ASSERT_SUCCESS(psa_import_key(&a, key, 16, &id));
    KT_ASSERT_SUCCESS(psa_get_key_attributes(0x600, &a));
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), level);
    KT_ASSERT_SUCCESS(psa_destroy_key(0x600));
    /* Ids with no record. */
    KT_ASSERT_STATUS(psa_get_key_attributes(0x601, &a), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_destroy_key(0x601), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_purge_key(0x601), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_destroy_key(PSA_KEY_ID_USER_MAX), PSA_ERROR_INVALID_HANDLE);
}

/* Overwrite `len` bytes of a record at `offset` (a truncation when data is NULL). */
static void tamper(psa_key_id_t id, long offset, const void *data, size_t len)
{
    int fd = open(kt_record_path(id), O_WRONLY | O_CLOEXEC);
    CU_ASSERT_TRUE_FATAL(fd >= 0);
    if (data == NULL) {
        CU_ASSERT_EQUAL(ftruncate(fd, offset), 0);
    } else {
        CU_ASSERT_EQUAL(pwrite(fd, data, len, offset), (ssize_t)len);
    }
    close(fd);
}

static void test_corrupt(void)
{
    uint8_t out[64];
    size_t len = 0;
    psa_key_id_t id = 0;
    psa_key_attributes_t a =
        kt_pattrs(ID_CORRUPT, PSA_KEY_TYPE_HMAC, 0,
                  PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE, HMAC256);
    static const uint8_t flip = 0x5a;

    KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
    KT_ASSERT_SUCCESS(kt_mac(ID_CORRUPT, out)); /* cached */
    tamper(ID_CORRUPT, 44, &flip, 1);           /* a byte of the material */
    KT_ASSERT_STATUS(kt_mac(ID_CORRUPT, out), PSA_ERROR_DATA_CORRUPT);
    KT_ASSERT_STATUS(psa_get_key_attributes(ID_CORRUPT, &a), PSA_ERROR_DATA_CORRUPT);
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_NONE);
    KT_ASSERT_STATUS(psa_export_key(ID_CORRUPT, out, sizeof(out), &len), PSA_ERROR_DATA_CORRUPT);
    KT_ASSERT_STATUS(psa_purge_key(ID_CORRUPT), PSA_ERROR_DATA_CORRUPT);
    KT_ASSERT_STATUS(kt_child_status("create", ID_CORRUPT, "1"), PSA_ERROR_ALREADY_EXISTS);
    CU_ASSERT_STRING_EQUAL(kt_run_child("show", ID_CORRUPT, NULL), "status -152\n");
    /* Destroying erases even a record that cannot be read. */
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_CORRUPT));
    CU_ASSERT_FALSE(kt_record_exists(ID_CORRUPT));
    KT_ASSERT_STATUS(psa_destroy_key(ID_CORRUPT), PSA_ERROR_INVALID_HANDLE);

    /* Truncated. */
    KT_ASSERT_SUCCESS(kt_import_aes(ID_TRUNCATED, 9, PSA_KEY_USAGE_EXPORT));
    tamper(ID_TRUNCATED, 30, NULL, 0);
    KT_ASSERT_STATUS(psa_export_key(ID_TRUNCATED, out, sizeof(out), &len), PSA_ERROR_DATA_CORRUPT);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_TRUNCATED));

    /* Intact, but another key's record: DATA_INVALID. */
    KT_ASSERT_SUCCESS(kt_import_aes(ID_OTHER_A, 10, PSA_KEY_USAGE_EXPORT));
    KT_ASSERT_SUCCESS(kt_import_aes(ID_OTHER_B, 11, PSA_KEY_USAGE_EXPORT));
    char from[4096];
    snprintf(from, sizeof(from), "%s", kt_record_path(ID_OTHER_A));
    CU_ASSERT_EQUAL(rename(from, kt_record_path(ID_OTHER_B)), 0);
    KT_ASSERT_STATUS(psa_export_key(ID_OTHER_B, out, sizeof(out), &len), PSA_ERROR_DATA_INVALID);
    KT_ASSERT_STATUS(psa_export_key(ID_OTHER_A, out, sizeof(out), &len), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_OTHER_B));
    CU_ASSERT_FALSE(kt_record_exists(ID_OTHER_B));
}

/* A record written by hand (layout: docs/kpsa-storage.5), with a good check. */
struct record_spec {
    uint16_t version;
    psa_key_lifetime_t lifetime;
    psa_key_type_t type;
    uint16_t bits;
    psa_key_usage_t usage;
    psa_algorithm_t alg;
};

static void put_le(uint8_t *p, uint32_t v, int n)
{
    for (int i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static void write_record(psa_key_id_t id, const struct record_spec *r, const uint8_t *material,
                         size_t length)
{
    uint8_t rec[40 + 64 + 32] = {'K', 'P', 'S', 'A', 'K', 'E', 'Y', 0};
    size_t hash_length = 0;
    char name[32];

    CU_ASSERT_FATAL(length <= 64);
    put_le(rec + 8, r->version, 2);
    put_le(rec + 12, id, 4);
    put_le(rec + 16, r->lifetime, 4);
    put_le(rec + 20, r->type, 2);
    put_le(rec + 22, r->bits, 2);
    put_le(rec + 24, r->usage, 4);
    put_le(rec + 28, r->alg, 4);
    put_le(rec + 32, (uint32_t)length, 4);
    memcpy(rec + 40, material, length);
    KT_ASSERT_SUCCESS(
        psa_hash_compute(PSA_ALG_SHA_256, rec, 40 + length, rec + 40 + length, 32, &hash_length));
    snprintf(name, sizeof(name), "%08" PRIx32 ".key", id);
    kt_write_file(kt_storage_dir, name, (const char *)rec, 40 + length + 32, 0600);
}

/* Records no API call can write: a read-only key, an unknown format version,
 * structured material that does not parse. */
static void test_crafted_records(void)
{
    uint8_t material[32], out[64];
    size_t len = 0;
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_lifetime_t read_only = PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
        PSA_KEY_PERSISTENCE_READ_ONLY, PSA_KEY_LOCATION_LOCAL_STORAGE);
    struct record_spec r = {
        1,          read_only, PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_ENCRYPT,
        PSA_ALG_CTR};

    memset(material, 0x33, sizeof(material));
    write_record(ID_CRAFTED, &r, material, 16);
    KT_ASSERT_SUCCESS(psa_export_key(ID_CRAFTED, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, material, 16);
    KT_ASSERT_SUCCESS(psa_get_key_attributes(ID_CRAFTED, &a));
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), read_only);
    KT_ASSERT_STATUS(psa_destroy_key(ID_CRAFTED), PSA_ERROR_NOT_PERMITTED);
    CU_ASSERT_TRUE(kt_record_exists(ID_CRAFTED));
    KT_ASSERT_SUCCESS(psa_purge_key(ID_CRAFTED));
    KT_ASSERT_SUCCESS(psa_export_key(ID_CRAFTED, out, sizeof(out), &len));
    KT_ASSERT_STATUS(kt_import_aes(ID_CRAFTED, 1, 0), PSA_ERROR_ALREADY_EXISTS);
    CU_ASSERT_EQUAL(unlink(kt_record_path(ID_CRAFTED)), 0);
    KT_ASSERT_STATUS(psa_export_key(ID_CRAFTED, out, sizeof(out), &len), PSA_ERROR_INVALID_HANDLE);

    /* A format version this kpsa does not know: intact but unusable. */
    r.version = 2;
    r.lifetime = PSA_KEY_LIFETIME_PERSISTENT;
    write_record(ID_CRAFTED, &r, material, 16);
    KT_ASSERT_STATUS(psa_export_key(ID_CRAFTED, out, sizeof(out), &len), PSA_ERROR_DATA_INVALID);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_CRAFTED)); /* erased all the same */
    CU_ASSERT_FALSE(kt_record_exists(ID_CRAFTED));

    /* A key pair whose material is not a key of its type. */
    struct record_spec ecc = {1,   PSA_KEY_LIFETIME_PERSISTENT, SECP256R1,
                              256, PSA_KEY_USAGE_SIGN_HASH,     ECDSA256};
    memset(material, 0xff, sizeof(material)); /* above the group order */
    write_record(ID_CRAFTED, &ecc, material, 32);
    KT_ASSERT_STATUS(psa_sign_hash(ID_CRAFTED, ECDSA256, kt_hash32, 32, out, sizeof(out), &len),
                     PSA_ERROR_DATA_INVALID);
    KT_ASSERT_STATUS(psa_get_key_attributes(ID_CRAFTED, &a), PSA_ERROR_DATA_INVALID);
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_CRAFTED));
}

/* Threads using persistent keys (cached and not) while one purges them. */
#define THREAD_KEYS   4
#define THREAD_ROUNDS 300
static _Atomic int thread_failures;

static void *thread_user(void *arg)
{
    uint8_t out[32];
    int purger = arg != NULL;
    for (int r = 0; r < THREAD_ROUNDS; r++) {
        psa_key_id_t id = ID_THREADS + (psa_key_id_t)(r % THREAD_KEYS);
        psa_status_t status = purger ? psa_purge_key(id) : kt_mac(id, out);
        if (status != PSA_SUCCESS) {
            thread_failures++;
        }
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t t[4];
    for (psa_key_id_t k = 0; k < THREAD_KEYS; k++) {
        psa_key_usage_t usage = PSA_KEY_USAGE_SIGN_MESSAGE | (k % 2 ? PSA_KEY_USAGE_CACHE : 0);
        psa_key_attributes_t a = kt_pattrs(ID_THREADS + k, PSA_KEY_TYPE_HMAC, 0, usage, HMAC256);
        psa_key_id_t id = 0;
        KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
    }
    for (int i = 0; i < 4; i++) {
        CU_ASSERT_EQUAL(pthread_create(&t[i], NULL, thread_user, i == 0 ? &t[i] : NULL), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    CU_ASSERT_EQUAL(thread_failures, 0);
    for (psa_key_id_t k = 0; k < THREAD_KEYS; k++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(ID_THREADS + k));
    }
}

/* Enough cached keys to grow the id map several times, with removals
 * scattered through it: every key keeps its own material. */
static void test_many_keys(void)
{
    enum { MANY = 200 };
    uint8_t out[16];
    size_t len = 0;

    for (int i = 0; i < MANY; i++) {
        KT_ASSERT_SUCCESS(kt_import_aes(ID_MANY + (psa_key_id_t)i * 7919u, (uint8_t)i,
                                        PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE));
    }
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < MANY; i++) {
            psa_key_id_t id = ID_MANY + (psa_key_id_t)i * 7919u;
            KT_ASSERT_SUCCESS(psa_export_key(id, out, sizeof(out), &len));
            CU_ASSERT_EQUAL(out[0], (uint8_t)i);
            if ((i + pass) % 3 == 0) {
                KT_ASSERT_SUCCESS(psa_purge_key(id));
            }
        }
    }
    for (int i = 0; i < MANY; i++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(ID_MANY + (psa_key_id_t)i * 7919u));
    }
}

int main(int argc, char **argv)
{
    static const kt_test tests[] = {
        {"create and use", create_keys},
        {"across restarts", test_restart},
        {"already exists", test_already_exists},
        {"two processes race", test_race},
        {"destroyed or re-created elsewhere", test_destroyed_elsewhere},
        {"destroyed while in use", test_destroy_in_use},
        {"purge", test_purge},
        {"policy", test_policy},
        {"every creation path", test_creation_paths},
        {"PAKE shared key", test_pake_path},
        {"lifetime and id statuses", test_statuses},
        {"corrupted records", test_corrupt},
        {"crafted records", test_crafted_records},
        {"threads", test_threads},
        {"many cached keys", test_many_keys},
    };

    if (argc > 1) {
        return kt_child_main(argc, argv);
    }
    kt_storage_dir = kt_tmpdir("persist");
    if (setenv("KPSA_STORAGE_DIR", kt_storage_dir, 1) != 0 || psa_crypto_init() != PSA_SUCCESS) {
        fprintf(stderr, "cannot initialise with storage in %s\n", kt_storage_dir);
        kt_rmtree(kt_storage_dir);
        return 99;
    }
    KT_ADD_SUITE("persistent keys", tests);
    int rc = kt_run(argc, argv);
    kt_rmtree(kt_storage_dir);
    free(kt_storage_dir);
    return rc;
}
