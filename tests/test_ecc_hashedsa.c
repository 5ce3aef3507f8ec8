/*
 * test_ecc_hashedsa.c - HashEdDSA (Ed25519ph, Ed448ph) through the public
 * API: the RFC 8032 7.3 and 7.5 known answers (tests/vectors/ecc_sign.h) in
 * message and prehash form, generated keys, every way a signature can be
 * tampered with, and the exact status of every malformed call.  Linked into
 * tests/test_ecc_sign, whose main() registers the suite.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "test_ecc_sign.h"
#include "vectors/ecc_sign.h"

#define PH_LENGTH 64            /* SHA-512 or SHAKE256-512 */

/* PH(M) through the API: the prehash psa_sign_hash takes. */
static void prehash(psa_algorithm_t alg, const uint8_t *msg, size_t msg_length, uint8_t *ph)
{
    size_t length = 0;

    KT_ASSERT_SUCCESS(
        psa_hash_compute(PSA_ALG_GET_HASH(alg), msg, msg_length, ph, PH_LENGTH, &length));
    CU_ASSERT_EQUAL(length, PH_LENGTH);
}

/* s += L (little-endian, no overflow out of `bytes`): S' = S + L is the
 * non-canonical S that verification must refuse (RFC 8032 5.1.7 step 1). */
static void add_order(uint8_t *s, size_t bytes, bool ed448)
{
    struct kt_buf order = kt_hex(ed448 ? eddsa_order_448 : eddsa_order_25519);
    unsigned int carry = 0;

    CU_ASSERT_EQUAL_FATAL(order.len, bytes);
    for (size_t i = 0; i < bytes; i++) {
        carry += (unsigned int)s[i] + order.data[i];
        s[i] = (uint8_t)carry;
        carry >>= 8;
    }
    CU_ASSERT_EQUAL(carry, 0);
    kt_buf_free(&order);
}

/* Every way a HashEdDSA signature of (pid, msg) can be wrong. */
static void ph_tampered(psa_key_id_t pid, psa_algorithm_t alg, const uint8_t *msg,
                        size_t msg_length, const uint8_t *good, size_t length)
{
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE + 1];
    uint8_t ph[PH_LENGTH];
    size_t half = length / 2;
    const size_t flips[] = {0, half - 1, half, length - 1};

    prehash(alg, msg, msg_length, ph);
    for (size_t i = 0; i < ARRAY_LENGTH(flips); i++) {
        memcpy(sig, good, length);
        sig[flips[i]] ^= 0x01;
        KT_ASSERT_STATUS(psa_verify_hash(pid, alg, ph, sizeof(ph), sig, length),
                         PSA_ERROR_INVALID_SIGNATURE);
        KT_ASSERT_STATUS(psa_verify_message(pid, alg, msg, msg_length, sig, length),
                         PSA_ERROR_INVALID_SIGNATURE);
    }
    memcpy(sig, good, length);
    sig[length] = 0;
    KT_ASSERT_STATUS(psa_verify_hash(pid, alg, ph, sizeof(ph), sig, length - 1),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_hash(pid, alg, ph, sizeof(ph), sig, length + 1),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_message(pid, alg, msg, msg_length, sig, 0),
                     PSA_ERROR_INVALID_SIGNATURE);
    add_order(sig + half, half, alg == PSA_ALG_ED448PH);
    KT_ASSERT_STATUS(psa_verify_hash(pid, alg, ph, sizeof(ph), sig, length),
                     PSA_ERROR_INVALID_SIGNATURE);
    ph[0] ^= 0x80;
    KT_ASSERT_STATUS(psa_verify_hash(pid, alg, ph, sizeof(ph), good, length),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_message(pid, alg, msg, msg_length - 1, good, length),
                     PSA_ERROR_INVALID_SIGNATURE);
}

static void ph_one(const struct eddsa_ph_vector *v)
{
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    struct kt_buf key = kt_hex(v->private_key);
    struct kt_buf pub = kt_hex(v->public_key);
    struct kt_buf msg = kt_hex(v->message);
    struct kt_buf want = kt_hex(v->signature);
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    uint8_t exported[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    uint8_t ph[PH_LENGTH];
    size_t sig_length = 0;
    size_t exported_length = 0;
    psa_key_id_t id = kt_import(type, key.data, key.len, all_sign, v->alg);
    psa_key_id_t pid = kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS),
                                 pub.data, pub.len,
                                 PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE,
                                 v->alg);
    psa_status_t status =
        psa_sign_message(id, v->alg, msg.data, msg.len, sig, sizeof(sig), &sig_length);

    if (kt_supported(status, v->name)) {
        KT_ASSERT_SUCCESS(status);
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        prehash(v->alg, msg.data, msg.len, ph);
        sig_length = 0;
        memset(sig, 0, sizeof(sig));
        KT_ASSERT_SUCCESS(
            psa_sign_hash(id, v->alg, ph, sizeof(ph), sig, sizeof(sig), &sig_length));
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        KT_ASSERT_SUCCESS(psa_export_public_key(id, exported, sizeof(exported),
                                                &exported_length));
        KT_ASSERT_BYTES(exported, exported_length, pub.data, pub.len);
        KT_ASSERT_SUCCESS(
            psa_verify_message(id, v->alg, msg.data, msg.len, want.data, want.len));
        KT_ASSERT_SUCCESS(
            psa_verify_message(pid, v->alg, msg.data, msg.len, want.data, want.len));
        KT_ASSERT_SUCCESS(psa_verify_hash(pid, v->alg, ph, sizeof(ph), want.data, want.len));
        ph_tampered(pid, v->alg, msg.data, msg.len, want.data, want.len);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(pid));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&want);
    kt_buf_free(&msg);
    kt_buf_free(&pub);
    kt_buf_free(&key);
}

static void test_rfc8032_ph(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(eddsa_ph_vectors); i++) {
        ph_one(&eddsa_ph_vectors[i]);
    }
}

/* Keys made by psa_generate_key: message and hash forms agree, signatures
 * are deterministic and verify with the public key alone. */
static void test_ph_generated(void)
{
    static const struct {
        size_t bits;
        psa_algorithm_t alg;
    } cases[] = {{255, PSA_ALG_ED25519PH}, {448, PSA_ALG_ED448PH}};
    static const uint8_t msg[] = "kpsa HashEdDSA";
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);

    for (size_t i = 0; i < ARRAY_LENGTH(cases); i++) {
        psa_algorithm_t alg = cases[i].alg;
        psa_key_id_t id = kt_ecc_generate(type, cases[i].bits, all_sign, alg);
        psa_key_id_t pub = kt_ecc_public_of(id, type, alg);
        uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
        uint8_t sig2[PSA_SIGNATURE_MAX_SIZE];
        uint8_t ph[PH_LENGTH];
        size_t sig_length = 0;
        size_t sig2_length = 0;

        KT_ASSERT_SUCCESS(
            psa_sign_message(id, alg, msg, sizeof(msg), sig, sizeof(sig), &sig_length));
        CU_ASSERT_EQUAL(sig_length, PSA_SIGN_OUTPUT_SIZE(type, cases[i].bits, alg));
        prehash(alg, msg, sizeof(msg), ph);
        KT_ASSERT_SUCCESS(
            psa_sign_hash(id, alg, ph, sizeof(ph), sig2, sizeof(sig2), &sig2_length));
        KT_ASSERT_BYTES(sig2, sig2_length, sig, sig_length);
        KT_ASSERT_SUCCESS(psa_verify_message(pub, alg, msg, sizeof(msg), sig, sig_length));
        KT_ASSERT_SUCCESS(psa_verify_hash(pub, alg, ph, sizeof(ph), sig, sig_length));
        ph_tampered(pub, alg, msg, sizeof(msg), sig, sig_length);
        KT_ASSERT_SUCCESS(psa_destroy_key(pub));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

/* HashEdDSA: prehash length, buffers, key types, curves and policy. */
static void test_neg_hash_eddsa(void)
{
    const struct eddsa_ph_vector *v = &eddsa_ph_vectors[0];
    psa_key_type_t pair_type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    psa_key_type_t pub_type = PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    struct kt_buf key = kt_hex(v->private_key);
    struct kt_buf pub = kt_hex(v->public_key);
    struct kt_buf sig = kt_hex(v->signature);
    psa_key_id_t id = kt_import(pair_type, key.data, key.len, all_sign, PSA_ALG_ED25519PH);
    psa_key_id_t pid = kt_import(pub_type, pub.data, pub.len, all_sign, PSA_ALG_ED25519PH);
    psa_key_id_t other;
    uint8_t ph[PH_LENGTH + 1] = {0};
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    size_t out_length = 1;

    /* The prehash is 64 bytes (SHA-512). */
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ED25519PH, ph, PH_LENGTH - 1, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(out_length, 0);
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ED25519PH, ph, PH_LENGTH + 1, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_verify_hash(pid, PSA_ALG_ED25519PH, ph, 32, sig.data, sig.len),
                     PSA_ERROR_INVALID_ARGUMENT);
    out_length = 1;
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ED25519PH, ph, PH_LENGTH, out, 63, &out_length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(out_length, 0);
    KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_ED25519PH, ph, 3, out, 63, &out_length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    /* A public key does not sign. */
    KT_ASSERT_STATUS(psa_sign_hash(pid, PSA_ALG_ED25519PH, ph, PH_LENGTH, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_sign_message(pid, PSA_ALG_ED25519PH, ph, 3, out, sizeof(out),
                                      &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* The policy names HashEdDSA: PureEdDSA is not permitted. */
    KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_PURE_EDDSA, ph, 3, out, sizeof(out),
                                      &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    /* Ed25519ph needs edwards25519; Ed448ph edwards448; neither a Weierstrass key. */
    kt_buf_free(&key);
    key = kt_hex(eddsa_ph_vectors[1].private_key);
    other = kt_import(pair_type, key.data, key.len, all_sign, PSA_ALG_ED25519PH);
    KT_ASSERT_STATUS(psa_sign_hash(other, PSA_ALG_ED25519PH, ph, PH_LENGTH, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_verify_hash(other, PSA_ALG_ED25519PH, ph, PH_LENGTH, sig.data,
                                     sig.len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(other));
    /* Any 32 bytes are an Ed25519 private key: the 7.3 public key will do. */
    other = kt_import(pair_type, pub.data, pub.len, all_sign, PSA_ALG_ED448PH);
    KT_ASSERT_STATUS(psa_sign_message(other, PSA_ALG_ED448PH, ph, 3, out, sizeof(out),
                                      &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(other));
    other = kt_ecc_p256_import(all_sign, PSA_ALG_ED25519PH);
    KT_ASSERT_STATUS(psa_sign_hash(other, PSA_ALG_ED25519PH, ph, PH_LENGTH, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(other));
    /* The key's policy names Ed25519ph only. */
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ED448PH, ph, PH_LENGTH, out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(pid));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&sig);
    kt_buf_free(&pub);
    kt_buf_free(&key);
}

void kt_ecc_hashedsa_add_suites(void)
{
    static const kt_test hashedsa_tests[] = {
        {"RFC 8032 7.3 and 7.5 HashEdDSA exact signatures", test_rfc8032_ph},
        {"HashEdDSA with generated keys", test_ph_generated},
        {"HashEdDSA errors", test_neg_hash_eddsa},
    };

    KT_ADD_SUITE("HashEdDSA", hashedsa_tests);
}
