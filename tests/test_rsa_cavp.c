/*
 * test_rsa_cavp.c - RSA signatures against the NIST CAVP FIPS 186-4 records
 * (tests/vectors/rsa_cavp.h), through the public API: RSASSA-PSS
 * verification (SigVerPSS_186-3.rsp) and exact RSASSA-PKCS1-v1_5 signatures
 * (SigGen15_186-3.txt).  Linked into tests/test_rsa, whose main() registers
 * the suite.
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "vectors/rsa_cavp.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

static psa_key_id_t import_key(psa_key_type_t type, const char *hex, size_t bits,
                               psa_key_usage_t usage, psa_algorithm_t alg)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    struct kt_buf der = kt_hex(hex);
    psa_key_id_t id = kt_import(type, der.data, der.len, usage, alg);

    KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &attr));
    CU_ASSERT_EQUAL(psa_get_key_bits(&attr), bits);
    psa_reset_key_attributes(&attr);
    kt_buf_free(&der);
    return id;
}

static void check_verify(const struct rsa_cavp_pss_vector *v, psa_algorithm_t alg,
                         psa_status_t want)
{
    struct kt_buf msg = kt_hex(v->message);
    struct kt_buf sig = kt_hex(v->signature);
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t hash_length = 0;
    psa_key_id_t id = import_key(PSA_KEY_TYPE_RSA_PUBLIC_KEY, v->public_key, v->bits,
                                 PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_VERIFY_HASH, alg);
    psa_status_t status = psa_verify_message(id, alg, msg.data, msg.len, sig.data, sig.len);

    if (status != want) {
        fprintf(stderr, "\n%s: verify_message, %s\n", v->name,
                PSA_ALG_IS_RSA_PSS_ANY_SALT(alg) ? "any salt" : "standard salt");
    }
    KT_ASSERT_STATUS(status, want);
    KT_ASSERT_SUCCESS(psa_hash_compute(v->hash_alg, msg.data, msg.len, hash, sizeof(hash),
                                       &hash_length));
    status = psa_verify_hash(id, alg, hash, hash_length, sig.data, sig.len);
    if (status != want) {
        fprintf(stderr, "\n%s: verify_hash, %s\n", v->name,
                PSA_ALG_IS_RSA_PSS_ANY_SALT(alg) ? "any salt" : "standard salt");
    }
    KT_ASSERT_STATUS(status, want);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&sig);
    kt_buf_free(&msg);
}

/* PSA_ALG_RSA_PSS_ANY_SALT accepts any salt length: the published verdict. */
static void test_sigver_pss_any_salt(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_cavp_sigver_pss); i++) {
        const struct rsa_cavp_pss_vector *v = &rsa_cavp_sigver_pss[i];

        check_verify(v, PSA_ALG_RSA_PSS_ANY_SALT(v->hash_alg),
                     v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE);
    }
}

/* PSA_ALG_RSA_PSS verifies only a salt as long as the hash (PSA 1.2,
 * PSA_ALG_RSA_PSS; the key sizes here allow that length): the published
 * verdict for those records, PSA_ERROR_INVALID_SIGNATURE for the others (the
 * 3072-bit SHA-256 records have an empty salt). */
static void test_sigver_pss_standard_salt(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_cavp_sigver_pss); i++) {
        const struct rsa_cavp_pss_vector *v = &rsa_cavp_sigver_pss[i];
        int standard = v->salt_length == PSA_HASH_LENGTH(v->hash_alg);

        check_verify(v, PSA_ALG_RSA_PSS(v->hash_alg),
                     v->valid && standard ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE);
    }
}

/* RSASSA-PKCS1-v1_5 is deterministic: the exact published signature, from
 * the message and from its hash, and it verifies. */
static void test_siggen15(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_cavp_siggen15); i++) {
        const struct rsa_cavp_sign_vector *v = &rsa_cavp_siggen15[i];
        psa_algorithm_t alg = PSA_ALG_RSA_PKCS1V15_SIGN(v->hash_alg);
        struct kt_buf msg = kt_hex(v->message);
        struct kt_buf want = kt_hex(v->signature);
        uint8_t hash[PSA_HASH_MAX_SIZE];
        uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
        size_t hash_length = 0;
        size_t sig_length = 0;
        psa_key_id_t id = import_key(PSA_KEY_TYPE_RSA_KEY_PAIR, v->private_key, v->bits,
                                     PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_SIGN_HASH |
                                         PSA_KEY_USAGE_VERIFY_MESSAGE,
                                     alg);

        KT_ASSERT_SUCCESS(psa_sign_message(id, alg, msg.data, msg.len, sig, sizeof(sig),
                                           &sig_length));
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        KT_ASSERT_SUCCESS(psa_hash_compute(v->hash_alg, msg.data, msg.len, hash, sizeof(hash),
                                           &hash_length));
        memset(sig, 0, sizeof(sig));
        KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, hash, hash_length, sig, sizeof(sig),
                                        &sig_length));
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        KT_ASSERT_SUCCESS(psa_verify_message(id, alg, msg.data, msg.len, want.data, want.len));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        kt_buf_free(&want);
        kt_buf_free(&msg);
    }
}

void kt_rsa_cavp_add_suites(void)
{
    static const kt_test cavp_tests[] = {
        {"SigVerPSS_186-3 2048/3072 SHA-256, any salt", test_sigver_pss_any_salt},
        {"SigVerPSS_186-3 2048/3072 SHA-256, standard salt", test_sigver_pss_standard_salt},
        {"SigGen15_186-3 2048/3072 SHA-256 exact signatures", test_siggen15},
    };

    KT_ADD_SUITE("RSA NIST CAVP", cavp_tests);
}
