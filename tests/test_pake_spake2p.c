/*
 * test_pake_spake2p.c - SPAKE2+ through the PAKE API: the core's rules for
 * its cipher suite, keys, roles and inputs, and a Prover and a Verifier that
 * agree (the protocol itself is tested by tests/test_spake2p).  Linked into
 * tests/test_pake, whose main() registers the suite.
 */
#include "config.h"

#include <stdbool.h>

#include "test_pake.h"

#define SPAKE2P PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)

/* RFC 9383 appendix C (P256-SHA256-HKDF-SHA256-HMAC-SHA256): w0 || w1. */
static const char spake2p_w0w1[] =
    "bb8e1bbcf3c48f62c08db243652ae55d3e5586053fca77102994f23ad95491b3"
    "7e945f34d78785b8a3ef44d0df5a1a97d6b3b460409a345ca7830387a74b1dba";

/* The SPAKE2+ key pair (pair) or its public key (!pair). */
static psa_key_id_t spake2p_key(bool pair)
{
    struct kt_buf w = kt_hex(spake2p_w0w1);
    psa_key_id_t key = kt_import(PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), w.data,
                                 w.len, PSA_KEY_USAGE_DERIVE, SPAKE2P);
    uint8_t pub[97];
    size_t length = 0;

    kt_buf_free(&w);
    if (pair) {
        return key;
    }
    KT_ASSERT_SUCCESS(psa_export_public_key(key, pub, sizeof(pub), &length));
    KT_ASSERT_SUCCESS(psa_destroy_key(key));
    return kt_import(PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), pub, length,
                     PSA_KEY_USAGE_DERIVE, SPAKE2P);
}

/* setup(suite) with `key`, then set_role(role): the statuses given. */
static void spake2p_role(psa_key_id_t key, psa_pake_role_t role, psa_status_t want)
{
    const psa_pake_cipher_suite_t suite = kt_pake_suite_of(SPAKE2P, P256, PSA_PAKE_CONFIRMED_KEY);
    psa_pake_operation_t op = PSA_PAKE_OPERATION_INIT;

    KT_ASSERT_SUCCESS(psa_pake_setup(&op, key, &suite));
    KT_ASSERT_STATUS(psa_pake_set_role(&op, role), want);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
}

static void test_spake2p_rules(void)
{
    psa_key_id_t pair = spake2p_key(true);
    psa_key_id_t pub = spake2p_key(false);
    psa_key_id_t password =
        kt_import(PSA_KEY_TYPE_PASSWORD, pw, sizeof(pw) - 1, PSA_KEY_USAGE_DERIVE, SPAKE2P);
    const psa_pake_primitive_t ffdh =
        PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_DH, PSA_DH_FAMILY_RFC7919, 2048);
    const psa_pake_primitive_t p384 =
        PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 384);
    psa_key_id_t jp = kt_pake_password_key(pw, sizeof(pw) - 1); /* for kt_pake_expect_error_state */
    psa_pake_operation_t op = PSA_PAKE_OPERATION_INIT;
    const psa_pake_cipher_suite_t suite = kt_pake_suite_of(SPAKE2P, P256, PSA_PAKE_CONFIRMED_KEY);
    uint8_t out[65];
    size_t length = 0;

    /* Suite and key: elliptic curves only; the Matter variant on P-256 only. */
    kt_pake_expect_setup(pair, kt_pake_suite_of(SPAKE2P, ffdh, 0), PSA_ERROR_INVALID_ARGUMENT);
    kt_pake_expect_setup(pair, kt_pake_suite_of(SPAKE2P, p384, 0), PSA_ERROR_NOT_SUPPORTED);
    kt_pake_expect_setup(pair, kt_pake_suite_of(PSA_ALG_SPAKE2P_MATTER, p384, 0),
                         PSA_ERROR_INVALID_ARGUMENT);
    kt_pake_expect_setup(pair, kt_pake_suite_of(SPAKE2P, P256, 2), PSA_ERROR_INVALID_ARGUMENT);
    /* SPAKE2+ always confirms its key: an unconfirmed one fails setup. */
    kt_pake_expect_setup(pair, kt_pake_suite_of(SPAKE2P, P256, PSA_PAKE_UNCONFIRMED_KEY),
                         PSA_ERROR_INVALID_ARGUMENT);
    kt_pake_expect_setup(pub, kt_pake_suite_of(SPAKE2P, P256, PSA_PAKE_UNCONFIRMED_KEY),
                         PSA_ERROR_INVALID_ARGUMENT);
    kt_pake_expect_setup(password, suite, PSA_ERROR_INVALID_ARGUMENT);
    /* Roles: the Prover (client) needs the key pair. */
    spake2p_role(pair, PSA_PAKE_ROLE_CLIENT, PSA_SUCCESS);
    spake2p_role(pair, PSA_PAKE_ROLE_SERVER, PSA_SUCCESS);
    spake2p_role(pub, PSA_PAKE_ROLE_SERVER, PSA_SUCCESS);
    spake2p_role(pub, PSA_PAKE_ROLE_CLIENT, PSA_ERROR_INVALID_ARGUMENT);
    spake2p_role(pair, PSA_PAKE_ROLE_NONE, PSA_ERROR_INVALID_ARGUMENT);
    spake2p_role(pair, PSA_PAKE_ROLE_FIRST, PSA_ERROR_INVALID_ARGUMENT);
    /* No role: not fully set up.  Empty identities and a context are fine. */
    KT_ASSERT_SUCCESS(psa_pake_setup(&op, pair, &suite));
    KT_ASSERT_SUCCESS(psa_pake_set_user(&op, NULL, 0));
    KT_ASSERT_SUCCESS(psa_pake_set_peer(&op, NULL, 0));
    KT_ASSERT_SUCCESS(psa_pake_set_context(&op, pw, 4));
    KT_PAKE_EXPECT_FAIL(&op, jp, psa_pake_set_context(&op, pw, 4), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_pake_setup(&op, pair, &suite));
    KT_PAKE_EXPECT_FAIL(&op, jp, psa_pake_set_context(&op, NULL, 4), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_pake_setup(&op, pair, &suite));
    KT_PAKE_EXPECT_FAIL(&op, jp,
                        psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, out, sizeof(out), &length),
                        PSA_ERROR_BAD_STATE);
    /* SPAKE2+ has no ZK steps. */
    KT_ASSERT_SUCCESS(psa_pake_setup(&op, pair, &suite));
    KT_ASSERT_SUCCESS(psa_pake_set_role(&op, PSA_PAKE_ROLE_CLIENT));
    KT_PAKE_EXPECT_FAIL(&op, jp,
                        psa_pake_output(&op, PSA_PAKE_STEP_ZK_PUBLIC, out, sizeof(out), &length),
                        PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    KT_ASSERT_SUCCESS(psa_destroy_key(password));
    KT_ASSERT_SUCCESS(psa_destroy_key(jp));
}

/* A Prover and a Verifier (public key only) agree; the pseudorandom shared
 * secret may become an AES key. */
static void test_spake2p_exchange(void)
{
    psa_key_id_t pair = spake2p_key(true);
    psa_key_id_t pub = spake2p_key(false);
    const psa_pake_cipher_suite_t suite = kt_pake_suite_of(SPAKE2P, P256, PSA_PAKE_CONFIRMED_KEY);
    psa_pake_operation_t p = PSA_PAKE_OPERATION_INIT;
    psa_pake_operation_t v = PSA_PAKE_OPERATION_INIT;
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t keys[2] = {PSA_KEY_ID_NULL, PSA_KEY_ID_NULL};
    uint8_t share_p[65], share_v[65], confirm_p[32], confirm_v[32], k[2][32];
    size_t len[4] = {0, 0, 0, 0};
    size_t klen[2] = {0, 0};

    KT_ASSERT_SUCCESS(psa_pake_setup(&p, pair, &suite));
    KT_ASSERT_SUCCESS(psa_pake_set_role(&p, PSA_PAKE_ROLE_CLIENT));
    KT_ASSERT_SUCCESS(psa_pake_set_user(&p, client_id, 6));
    KT_ASSERT_SUCCESS(psa_pake_set_peer(&p, server_id, 6));
    KT_ASSERT_SUCCESS(psa_pake_set_context(&p, pw, 4));
    KT_ASSERT_SUCCESS(psa_pake_setup(&v, pub, &suite));
    KT_ASSERT_SUCCESS(psa_pake_set_role(&v, PSA_PAKE_ROLE_SERVER));
    KT_ASSERT_SUCCESS(psa_pake_set_user(&v, server_id, 6));
    KT_ASSERT_SUCCESS(psa_pake_set_peer(&v, client_id, 6));
    KT_ASSERT_SUCCESS(psa_pake_set_context(&v, pw, 4));
    KT_ASSERT_SUCCESS(psa_pake_output(&p, PSA_PAKE_STEP_KEY_SHARE, share_p, 65, &len[0]));
    KT_ASSERT_SUCCESS(psa_pake_input(&v, PSA_PAKE_STEP_KEY_SHARE, share_p, len[0]));
    KT_ASSERT_SUCCESS(psa_pake_output(&v, PSA_PAKE_STEP_KEY_SHARE, share_v, 65, &len[1]));
    KT_ASSERT_SUCCESS(psa_pake_output(&v, PSA_PAKE_STEP_CONFIRM, confirm_v, 32, &len[2]));
    KT_ASSERT_SUCCESS(psa_pake_input(&p, PSA_PAKE_STEP_KEY_SHARE, share_v, len[1]));
    KT_ASSERT_SUCCESS(psa_pake_input(&p, PSA_PAKE_STEP_CONFIRM, confirm_v, len[2]));
    KT_ASSERT_SUCCESS(psa_pake_output(&p, PSA_PAKE_STEP_CONFIRM, confirm_p, 32, &len[3]));
    KT_ASSERT_SUCCESS(psa_pake_input(&v, PSA_PAKE_STEP_CONFIRM, confirm_p, len[3]));
    psa_set_key_type(&a, PSA_KEY_TYPE_AES);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    KT_ASSERT_SUCCESS(psa_pake_get_shared_key(&p, &a, &keys[0]));
    KT_ASSERT_SUCCESS(psa_pake_get_shared_key(&v, &a, &keys[1]));
    for (int i = 0; i < 2; i++) {
        KT_ASSERT_SUCCESS(psa_export_key(keys[i], k[i], sizeof(k[i]), &klen[i]));
        KT_ASSERT_SUCCESS(psa_destroy_key(keys[i]));
    }
    KT_ASSERT_BYTES(k[0], klen[0], k[1], klen[1]);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
}

void kt_pake_spake2p_add_suites(void)
{
    static const kt_test spake2p_tests[] = {
        {"core rules: suite, key, roles, inputs", test_spake2p_rules},
        {"Prover and Verifier agree (AES key)", test_spake2p_exchange},
    };

    KT_ADD_SUITE("SPAKE2+ through the API", spake2p_tests);
}
