/*
 * test_ecc_cavp.c - ECDSA verification against the NIST CAVP FIPS 186-4
 * SigVer records (tests/vectors/ecc_cavp.h), through the public API.  Linked
 * into tests/test_ecc_sign, whose main() registers the suite.  SigGen records
 * cannot be checked (their signatures use a random k) and are not used.
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "vectors/ecc_cavp.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Import the record's Q for a verification policy; 0 when the import fails
 * (it must, with PSA_ERROR_INVALID_ARGUMENT, exactly when Q is off the
 * curve). */
static psa_key_id_t import_q(const struct ecc_cavp_vector *v, psa_algorithm_t alg)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    struct kt_buf q = kt_hex(v->public_key);
    psa_key_id_t id = 0;
    psa_status_t status;

    psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_PUBLIC_KEY(v->family));
    psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_VERIFY_HASH);
    psa_set_key_algorithm(&attr, alg);
    status = psa_import_key(&attr, q.data, q.len, &id);
    if (status != (v->q_on_curve ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT)) {
        fprintf(stderr, "\n%s: import\n", v->name);
    }
    KT_ASSERT_STATUS(status, v->q_on_curve ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &attr));
        CU_ASSERT_EQUAL(psa_get_key_bits(&attr), v->bits);
    }
    psa_reset_key_attributes(&attr);
    kt_buf_free(&q);
    return status == PSA_SUCCESS ? id : 0;
}

/* Verify one record, as a message and as its hash, under `alg`. */
static void verify_one(const struct ecc_cavp_vector *v, psa_algorithm_t alg)
{
    struct kt_buf msg = kt_hex(v->message);
    struct kt_buf sig = kt_hex(v->signature);
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t hash_length = 0;
    psa_status_t want = v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
    psa_key_id_t id = import_q(v, alg);
    psa_status_t status;

    if (id != 0) {
        status = psa_verify_message(id, alg, msg.data, msg.len, sig.data, sig.len);
        if (status != want) {
            fprintf(stderr, "\n%s: verify_message\n", v->name);
        }
        KT_ASSERT_STATUS(status, want);
        KT_ASSERT_SUCCESS(psa_hash_compute(v->hash_alg, msg.data, msg.len, hash, sizeof(hash),
                                           &hash_length));
        status = psa_verify_hash(id, alg, hash, hash_length, sig.data, sig.len);
        if (status != want) {
            fprintf(stderr, "\n%s: verify_hash\n", v->name);
        }
        KT_ASSERT_STATUS(status, want);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    kt_buf_free(&sig);
    kt_buf_free(&msg);
}

static void test_sigver(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_cavp_sigver); i++) {
        verify_one(&ecc_cavp_sigver[i], PSA_ALG_ECDSA(ecc_cavp_sigver[i].hash_alg));
    }
}

/* Verification under a deterministic-ECDSA policy accepts every valid ECDSA
 * signature (PSA 1.2, PSA_ALG_DETERMINISTIC_ECDSA): same verdicts. */
static void test_sigver_deterministic_policy(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_cavp_sigver); i++) {
        verify_one(&ecc_cavp_sigver[i],
                   PSA_ALG_DETERMINISTIC_ECDSA(ecc_cavp_sigver[i].hash_alg));
    }
}

void kt_ecc_cavp_add_suites(void)
{
    static const kt_test cavp_tests[] = {
        {"SigVer.rsp P-224/SHA-224, P-256/SHA-256, P-384/SHA-384, P-521/SHA-512",
         test_sigver},
        {"SigVer.rsp verdicts under a deterministic-ECDSA policy",
         test_sigver_deterministic_policy},
    };

    KT_ADD_SUITE("ECDSA NIST CAVP", cavp_tests);
}
