/*
 * test_spake2p_api.c - SPAKE2+ through the public API (part of test_spake2p):
 *  - "SPAKE2+ keys": psa_import_key validation, psa_export_public_key,
 *    psa_key_derivation_output_key from PBKDF2;
 *  - "SPAKE2+ protocol": prover and verifier in one process (random scalars)
 *    for every algorithm, with and without context and identities, the
 *    verifier holding the public key or the key pair; tampered shares and
 *    confirmations, disagreeing inputs, steps out of order.
 */
#include "config.h"

#include "testutil.h"

#include <stdbool.h>
#include <string.h>

#include <openssl/bn.h>

#define PAIR_TYPE   PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)
#define PUBLIC_TYPE PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1)

/* Shared with test_spake2p.c. */
extern const char p256_order[];
struct kt_buf pair_data(void);
struct kt_buf public_data(void);
void import_negatives(psa_status_t (*import)(psa_key_type_t, size_t, const uint8_t *, size_t));
void test_spake2p_api_suites(void);

/* ---- SPAKE2+ keys through the public API --------------------------------------- */

static psa_status_t import_api(psa_key_type_t type, size_t bits, const uint8_t *data, size_t length)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t id = 0;
    uint8_t out[128];
    size_t out_length = 0;
    psa_status_t status;

    psa_set_key_type(&attributes, type);
    psa_set_key_bits(&attributes, bits);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT);
    psa_set_key_algorithm(&attributes, PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256));
    status = psa_import_key(&attributes, data, length, &id);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &attributes));
        CU_ASSERT_EQUAL(psa_get_key_bits(&attributes), 256);
        KT_ASSERT_SUCCESS(psa_export_key(id, out, sizeof(out), &out_length));
        KT_ASSERT_BYTES(out, out_length, data, length);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    } else {
        CU_ASSERT_EQUAL(id, 0);
    }
    psa_reset_key_attributes(&attributes);
    return status;
}

static void test_api_import(void)
{
    import_negatives(import_api);
}

static psa_key_id_t import_vector_key(psa_key_type_t type, psa_algorithm_t alg)
{
    struct kt_buf data = type == PAIR_TYPE ? pair_data() : public_data();
    psa_key_id_t id =
        kt_import(type, data.data, data.len, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT, alg);

    kt_buf_free(&data);
    return id;
}

static void test_api_export_public(void)
{
    struct kt_buf pub = public_data();
    psa_key_id_t pair = import_vector_key(PAIR_TYPE, PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256));
    psa_key_id_t public = import_vector_key(PUBLIC_TYPE, PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256));
    uint8_t out[PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(PUBLIC_TYPE, 256)];
    size_t length = 0;

    CU_ASSERT_EQUAL(sizeof(out), 97);
    KT_ASSERT_SUCCESS(psa_export_public_key(pair, out, sizeof(out), &length));
    KT_ASSERT_BYTES(out, length, pub.data, pub.len);
    KT_ASSERT_SUCCESS(psa_export_public_key(public, out, sizeof(out), &length));
    KT_ASSERT_BYTES(out, length, pub.data, pub.len);
    KT_ASSERT_STATUS(psa_export_public_key(pair, out, sizeof(out) - 1, &length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(public));
    kt_buf_free(&pub);
}

/* keys/types.rst "Key derivation": the key pair from PBKDF2-HMAC-SHA-256 is
 * (first 40 bytes mod n) || (next 40 bytes mod n) of the same output stream.
 * output_key needs the password as a key (key-derivation.rst). */
static psa_status_t pbkdf2_start(psa_key_derivation_operation_t *op, psa_key_id_t password)
{
    static const uint8_t salt[] = "yellowsubmarines";
    psa_status_t status = psa_key_derivation_setup(op, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256));

    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_integer(op, PSA_KEY_DERIVATION_INPUT_COST, 1000);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SALT, salt,
                                                sizeof(salt) - 1);
    }
    if (status == PSA_SUCCESS) {
        status = psa_key_derivation_input_key(op, PSA_KEY_DERIVATION_INPUT_PASSWORD, password);
    }
    return status;
}

static void reduce(const uint8_t *in, uint8_t *out)
{
    BIGNUM *w = BN_bin2bn(in, 40, NULL);
    BIGNUM *n = NULL;
    BN_CTX *bn = BN_CTX_new();

    CU_ASSERT_FATAL(w != NULL && bn != NULL && BN_hex2bn(&n, p256_order) != 0);
    CU_ASSERT_FATAL(BN_nnmod(w, w, n, bn) == 1 && BN_bn2binpad(w, out, 32) == 32);
    BN_free(w);
    BN_free(n);
    BN_CTX_free(bn);
}

static void test_api_derive(void)
{
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t id = 0;
    uint8_t stream[80];
    uint8_t expected[64];
    uint8_t key[64];
    size_t length = 0;
    psa_key_id_t password = kt_import(PSA_KEY_TYPE_PASSWORD, (const uint8_t *)"pleaseletmein", 13,
                                      PSA_KEY_USAGE_DERIVE, PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256));

    if (!kt_supported(pbkdf2_start(&op, password), "PBKDF2-HMAC-SHA-256")) {
        psa_key_derivation_abort(&op);
        psa_destroy_key(password);
        return;
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_output_bytes(&op, stream, sizeof(stream)));
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    reduce(stream, expected);
    reduce(stream + 40, expected + 32);
    KT_ASSERT_SUCCESS(pbkdf2_start(&op, password));
    psa_set_key_type(&attributes, PAIR_TYPE);
    psa_set_key_bits(&attributes, 256);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT);
    psa_set_key_algorithm(&attributes, PSA_ALG_SPAKE2P_MATTER);
    if (kt_supported(psa_key_derivation_output_key(&attributes, &op, &id),
                     "SPAKE2+ key pair from a key derivation")) {
        KT_ASSERT_SUCCESS(psa_export_key(id, key, sizeof(key), &length));
        KT_ASSERT_BYTES(key, length, expected, sizeof(expected));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    KT_ASSERT_SUCCESS(psa_key_derivation_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(password));
}

static const kt_test key_api_tests[] = {
    {"import", test_api_import},
    {"export public key", test_api_export_public},
    {"derivation from PBKDF2", test_api_derive},
};

/* ---- the protocol through the public API ----------------------------------------- */

static const psa_algorithm_t spake2p_algs[] = {
    PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256),
    PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256),
    PSA_ALG_SPAKE2P_MATTER,
};
#define ALG_COUNT (sizeof(spake2p_algs) / sizeof(spake2p_algs[0]))

struct party {
    psa_pake_role_t role;
    psa_key_id_t key;
    const char *user; /* NULL: not set */
    const char *peer;
    const char *context;
    uint32_t confirmation;
};

/* Setup, role, identities, context: the first status that is not success. */
static psa_status_t party_start(psa_pake_operation_t *op, psa_algorithm_t alg,
                                const struct party *p)
{
    psa_pake_cipher_suite_t suite = psa_pake_cipher_suite_init();
    psa_status_t status;

    psa_pake_cs_set_algorithm(&suite, alg);
    psa_pake_cs_set_primitive(
        &suite, PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256));
    psa_pake_cs_set_key_confirmation(&suite, p->confirmation);
    status = psa_pake_setup(op, p->key, &suite);
    if (status == PSA_SUCCESS) {
        status = psa_pake_set_role(op, p->role);
    }
    if (status == PSA_SUCCESS && p->user != NULL) {
        status = psa_pake_set_user(op, (const uint8_t *)p->user, strlen(p->user));
    }
    if (status == PSA_SUCCESS && p->peer != NULL) {
        status = psa_pake_set_peer(op, (const uint8_t *)p->peer, strlen(p->peer));
    }
    if (status == PSA_SUCCESS && p->context != NULL) {
        status = psa_pake_set_context(op, (const uint8_t *)p->context, strlen(p->context));
    }
    return status;
}

/* The four messages of SPAKE2+ in order; `tamper` 1..4 flips a bit of that
 * message, 5..8 drops the last byte of message tamper - 4.  Returns the first failing status;
 * *failed the message (1..4). */
static psa_status_t exchange(psa_pake_operation_t *prover, psa_pake_operation_t *verifier,
                             int tamper, int *failed)
{
    static const struct {
        bool from_prover;
        psa_pake_step_t step;
    } messages[] = {
        {true, PSA_PAKE_STEP_KEY_SHARE},
        {false, PSA_PAKE_STEP_KEY_SHARE},
        {false, PSA_PAKE_STEP_CONFIRM},
        {true, PSA_PAKE_STEP_CONFIRM},
    };
    uint8_t buffer[PSA_PAKE_OUTPUT_MAX_SIZE];
    size_t length = 0;
    psa_status_t status = PSA_SUCCESS;

    for (int i = 0; i < 4 && status == PSA_SUCCESS; i++) {
        psa_pake_operation_t *from = messages[i].from_prover ? prover : verifier;
        psa_pake_operation_t *to = messages[i].from_prover ? verifier : prover;

        *failed = i + 1;
        status = psa_pake_output(from, messages[i].step, buffer, sizeof(buffer), &length);
        if (status != PSA_SUCCESS) {
            break;
        }
        if (tamper == i + 1) {
            buffer[length - 1] ^= 0x01;
        }
        if (tamper == i + 5) {
            length--;
        }
        status = psa_pake_input(to, messages[i].step, buffer, length);
    }
    if (status == PSA_SUCCESS) {
        *failed = 0;
    }
    return status;
}

/* The shared key of a finished party, exported. */
static void shared_key(psa_pake_operation_t *op, uint8_t *out, size_t *length)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t id = 0;

    psa_set_key_type(&attributes, PSA_KEY_TYPE_DERIVE);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT);
    psa_set_key_algorithm(&attributes, PSA_ALG_HKDF(PSA_ALG_SHA_256));
    *length = 0;
    KT_ASSERT_SUCCESS(psa_pake_get_shared_key(op, &attributes, &id));
    KT_ASSERT_SUCCESS(psa_export_key(id, out, 64, length));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

/* One run between p and v; expect `want` at message `at` (0: success). */
static void run(psa_algorithm_t alg, const struct party *p, const struct party *v, int tamper,
                psa_status_t want, int at)
{
    psa_pake_operation_t prover = psa_pake_operation_init();
    psa_pake_operation_t verifier = psa_pake_operation_init();
    uint8_t kp[64];
    uint8_t kv[64];
    size_t kp_length = 0;
    size_t kv_length = 0;
    int failed = 0;

    KT_ASSERT_SUCCESS(party_start(&prover, alg, p));
    KT_ASSERT_SUCCESS(party_start(&verifier, alg, v));
    KT_ASSERT_STATUS(exchange(&prover, &verifier, tamper, &failed), want);
    CU_ASSERT_EQUAL(failed, at);
    if (want == PSA_SUCCESS) {
        shared_key(&prover, kp, &kp_length);
        shared_key(&verifier, kv, &kv_length);
        CU_ASSERT_EQUAL(kp_length, alg == PSA_ALG_SPAKE2P_MATTER ? 16 : 32);
        KT_ASSERT_BYTES(kp, kp_length, kv, kv_length);
    }
    KT_ASSERT_SUCCESS(psa_pake_abort(&prover));
    KT_ASSERT_SUCCESS(psa_pake_abort(&verifier));
}

static void test_api_exchange(void)
{
    for (size_t i = 0; i < ALG_COUNT; i++) {
        psa_key_id_t pair = import_vector_key(PAIR_TYPE, spake2p_algs[i]);
        psa_key_id_t pub = import_vector_key(PUBLIC_TYPE, spake2p_algs[i]);
        struct party p = {PSA_PAKE_ROLE_CLIENT, pair, "client", "server", "ctx", 0};
        struct party v = {PSA_PAKE_ROLE_SERVER, pub, "server", "client", "ctx", 0};

        run(spake2p_algs[i], &p, &v, 0, PSA_SUCCESS, 0);
        v.key = pair; /* the verifier may hold the key pair */
        run(spake2p_algs[i], &p, &v, 0, PSA_SUCCESS, 0);
        p.context = v.context = NULL;
        p.user = v.peer = NULL;
        run(spake2p_algs[i], &p, &v, 0, PSA_SUCCESS, 0);
        p.context = v.context = ""; /* an empty context is still a context */
        run(spake2p_algs[i], &p, &v, 0, PSA_SUCCESS, 0);
        KT_ASSERT_SUCCESS(psa_destroy_key(pair));
        KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    }
}

/* Tampered shares are rejected by their receiver's KEY_SHARE input, tampered
 * confirmations and any disagreement by the CONFIRM input (ops/pake.rst). */
static void test_api_tamper(void)
{
    for (size_t i = 0; i < ALG_COUNT; i++) {
        psa_key_id_t pair = import_vector_key(PAIR_TYPE, spake2p_algs[i]);
        psa_key_id_t pub = import_vector_key(PUBLIC_TYPE, spake2p_algs[i]);
        struct party p = {PSA_PAKE_ROLE_CLIENT, pair, "client", "server", "ctx", 0};
        struct party v = {PSA_PAKE_ROLE_SERVER, pub, "server", "client", "ctx", 0};

        run(spake2p_algs[i], &p, &v, 1, PSA_ERROR_INVALID_ARGUMENT, 1);
        run(spake2p_algs[i], &p, &v, 2, PSA_ERROR_INVALID_ARGUMENT, 2);
        run(spake2p_algs[i], &p, &v, 3, PSA_ERROR_INVALID_SIGNATURE, 3);
        run(spake2p_algs[i], &p, &v, 4, PSA_ERROR_INVALID_SIGNATURE, 4);
        run(spake2p_algs[i], &p, &v, 5, PSA_ERROR_INVALID_ARGUMENT, 1);
        run(spake2p_algs[i], &p, &v, 6, PSA_ERROR_INVALID_ARGUMENT, 2);
        run(spake2p_algs[i], &p, &v, 7, PSA_ERROR_INVALID_SIGNATURE, 3);
        run(spake2p_algs[i], &p, &v, 8, PSA_ERROR_INVALID_SIGNATURE, 4);
        v.peer = "mallory";
        run(spake2p_algs[i], &p, &v, 0, PSA_ERROR_INVALID_SIGNATURE, 3);
        v.peer = "client";
        v.context = NULL;
        run(spake2p_algs[i], &p, &v, 0, PSA_ERROR_INVALID_SIGNATURE, 3);
        KT_ASSERT_SUCCESS(psa_destroy_key(pair));
        KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    }
}

/* Steps out of order: PSA_ERROR_BAD_STATE; steps SPAKE2+ lacks:
 * PSA_ERROR_INVALID_ARGUMENT; a prover with a public key or an unconfirmed
 * suite: PSA_ERROR_INVALID_ARGUMENT at the first call that can tell. */
static void test_api_misuse(void)
{
    psa_algorithm_t alg = PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256);
    psa_key_id_t pair = import_vector_key(PAIR_TYPE, alg);
    psa_key_id_t pub = import_vector_key(PUBLIC_TYPE, alg);
    struct party p = {PSA_PAKE_ROLE_CLIENT, pair, "client", "server", NULL, 0};
    struct party v = {PSA_PAKE_ROLE_SERVER, pub, "server", "client", NULL, 0};
    psa_pake_operation_t op = psa_pake_operation_init();
    uint8_t buffer[PSA_PAKE_OUTPUT_MAX_SIZE] = {0};
    size_t length = 0;
    psa_status_t status;

    KT_ASSERT_SUCCESS(party_start(&op, alg, &p));
    KT_ASSERT_STATUS(psa_pake_input(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, 65), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    KT_ASSERT_SUCCESS(party_start(&op, alg, &p));
    KT_ASSERT_STATUS(psa_pake_output(&op, PSA_PAKE_STEP_ZK_PROOF, buffer, sizeof(buffer), &length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    KT_ASSERT_SUCCESS(party_start(&op, alg, &p));
    KT_ASSERT_STATUS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, 64, &length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    KT_ASSERT_SUCCESS(party_start(&op, alg, &v));
    KT_ASSERT_STATUS(psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, sizeof(buffer), &length),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    /* A prover needs the key pair. */
    p.key = pub;
    status = party_start(&op, alg, &p);
    if (status == PSA_SUCCESS) {
        status = psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, sizeof(buffer), &length);
    }
    KT_ASSERT_STATUS(status, PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    /* SPAKE2+ only confirms its keys. */
    p.key = pair;
    p.confirmation = PSA_PAKE_UNCONFIRMED_KEY;
    status = party_start(&op, alg, &p);
    if (status == PSA_SUCCESS) {
        status = psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, sizeof(buffer), &length);
    }
    KT_ASSERT_STATUS(status, PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
}

/* The shared key only once the confirmations are done. */
static void test_api_early_key(void)
{
    psa_algorithm_t alg = PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256);
    psa_key_id_t pair = import_vector_key(PAIR_TYPE, alg);
    struct party p = {PSA_PAKE_ROLE_CLIENT, pair, "client", "server", NULL, 0};
    psa_pake_operation_t op = psa_pake_operation_init();
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t buffer[PSA_PAKE_OUTPUT_MAX_SIZE];
    size_t length = 0;
    psa_key_id_t id = 0;

    psa_set_key_type(&attributes, PSA_KEY_TYPE_DERIVE);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_DERIVE);
    psa_set_key_algorithm(&attributes, PSA_ALG_HKDF(PSA_ALG_SHA_256));
    KT_ASSERT_SUCCESS(party_start(&op, alg, &p));
    KT_ASSERT_SUCCESS(
        psa_pake_output(&op, PSA_PAKE_STEP_KEY_SHARE, buffer, sizeof(buffer), &length));
    CU_ASSERT_EQUAL(length, 65);
    KT_ASSERT_STATUS(psa_pake_get_shared_key(&op, &attributes, &id), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(id, 0);
    KT_ASSERT_SUCCESS(psa_pake_abort(&op));
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
}

static const kt_test protocol_tests[] = {
    {"prover and verifier agree", test_api_exchange},
    {"tampered messages", test_api_tamper},
    {"misuse", test_api_misuse},
    {"shared key before confirmation", test_api_early_key},
};

void test_spake2p_api_suites(void)
{
    KT_ADD_SUITE("SPAKE2+ keys", key_api_tests);
    KT_ADD_SUITE("SPAKE2+ protocol", protocol_tests);
}
