/*
 * test_pake.h - what the two halves of the tests/test_pake program share:
 * test_pake.c (the PAKE API rules and J-PAKE, and main()) defines these
 * helpers; test_pake_spake2p.c (SPAKE2+ through the API) uses them and
 * registers its suite with kt_pake_spake2p_add_suites().
 */
#ifndef KPSA_TEST_PAKE_H
#define KPSA_TEST_PAKE_H

#include "testutil.h"

#define JPAKE PSA_ALG_JPAKE(PSA_ALG_SHA_256)
#define P256  PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256)

/* Constants, not code: each program file gets its own read-only copy. */
static const uint8_t pw[] = "threadjpaketest";
static const uint8_t client_id[] = "client";
static const uint8_t server_id[] = "server";

/* A cipher suite of `alg` over `primitive` with key confirmation
 * `confirmation` (PSA_PAKE_CONFIRMED_KEY, PSA_PAKE_UNCONFIRMED_KEY or an
 * invalid value to test). */
psa_pake_cipher_suite_t kt_pake_suite_of(psa_algorithm_t alg, psa_pake_primitive_t primitive,
                                         uint32_t confirmation);

/* Import `password` as a PSA_KEY_TYPE_PASSWORD key for J-PAKE with SHA-256
 * (usage DERIVE); a CU failure and 0 if the import fails. */
psa_key_id_t kt_pake_password_key(const uint8_t *password, size_t length);

/* psa_pake_setup(key, suite) fails with `want`, and leaves the operation
 * inactive: a valid J-PAKE setup on the same object then succeeds. */
void kt_pake_expect_setup(psa_key_id_t key, psa_pake_cipher_suite_t suite, psa_status_t want);

/* `op` is in the error state: every call but abort is PSA_ERROR_BAD_STATE;
 * abort makes it reusable for a J-PAKE setup with `key` (a J-PAKE password
 * key).  `op` is inactive afterwards. */
void kt_pake_expect_error_state(psa_pake_operation_t *op, psa_key_id_t key);

/* `call` fails with `want` and leaves the operation in the error state. */
#define KT_PAKE_EXPECT_FAIL(op, key, call, want)                                                   \
    do {                                                                                           \
        KT_ASSERT_STATUS(call, want);                                                              \
        kt_pake_expect_error_state(op, key);                                                       \
    } while (0)

/* Register the "SPAKE2+ through the API" suite (test_pake_spake2p.c). */
void kt_pake_spake2p_add_suites(void);

#endif /* KPSA_TEST_PAKE_H */
