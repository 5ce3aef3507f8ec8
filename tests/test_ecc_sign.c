/*
 * test_ecc_sign.c - ECDSA, deterministic ECDSA and EdDSA through the public
 * API: known answers from RFC 6979, RFC 8032 and Wycheproof
 * (tests/vectors/ecc_sign.h), randomized signatures signed and verified, and
 * the exact status of every malformed call.  HashEdDSA: test_ecc_hashedsa.c.
 */
#include "test_ecc_sign.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "vectors/ecc_sign.h"

psa_key_id_t kt_ecc_public_of(psa_key_id_t pair, psa_key_type_t pair_type, psa_algorithm_t alg)
{
    uint8_t pub[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t pub_length = 0;

    KT_ASSERT_SUCCESS(psa_export_public_key(pair, pub, sizeof(pub), &pub_length));
    return kt_import(PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(pair_type), pub, pub_length,
                     PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE, alg);
}

/* ---- deterministic ECDSA: RFC 6979 -------------------------------------------- */

static void det_one(const struct ecc_det_vector *v)
{
    psa_algorithm_t alg = PSA_ALG_DETERMINISTIC_ECDSA(v->hash_alg);
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(v->family);
    struct kt_buf key = kt_hex(v->key);
    struct kt_buf hash = kt_hex(v->hash);
    struct kt_buf want = kt_hex(v->signature);
    const uint8_t *msg = (const uint8_t *)v->message;
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t sig_length = 0;
    psa_key_id_t id = kt_import(type, key.data, key.len, all_sign, alg);
    psa_key_id_t pub = kt_ecc_public_of(id, type, alg);
    psa_status_t status = psa_sign_hash(id, alg, hash.data, hash.len, sig, sizeof(sig),
                                        &sig_length);

    if (kt_supported(status, v->name)) {
        KT_ASSERT_SUCCESS(status);
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        memset(sig, 0, sizeof(sig));
        KT_ASSERT_SUCCESS(psa_sign_message(id, alg, msg, strlen(v->message), sig, sizeof(sig),
                                           &sig_length));
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, hash.data, hash.len, want.data, want.len));
        KT_ASSERT_SUCCESS(psa_verify_hash(pub, alg, hash.data, hash.len, want.data, want.len));
        KT_ASSERT_SUCCESS(psa_verify_message(pub, alg, msg, strlen(v->message), want.data,
                                             want.len));
        /* The other message's hash does not verify. */
        hash.data[0] ^= 1;
        KT_ASSERT_STATUS(psa_verify_hash(pub, alg, hash.data, hash.len, want.data, want.len),
                         PSA_ERROR_INVALID_SIGNATURE);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&want);
    kt_buf_free(&hash);
    kt_buf_free(&key);
}

static void test_rfc6979(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_det_vectors); i++) {
        det_one(&ecc_det_vectors[i]);
    }
}

/* A deterministic signature is an ECDSA signature: a key whose policy is
 * randomized ECDSA verifies it. */
static void test_rfc6979_randomized_verify(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_det_vectors); i++) {
        const struct ecc_det_vector *v = &ecc_det_vectors[i];
        psa_algorithm_t alg = PSA_ALG_ECDSA(v->hash_alg);
        struct kt_buf key = kt_hex(v->key);
        struct kt_buf hash = kt_hex(v->hash);
        struct kt_buf sig = kt_hex(v->signature);
        psa_key_id_t id = kt_import(PSA_KEY_TYPE_ECC_KEY_PAIR(v->family), key.data, key.len,
                                    PSA_KEY_USAGE_VERIFY_HASH, alg);

        KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, hash.data, hash.len, sig.data, sig.len));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        kt_buf_free(&sig);
        kt_buf_free(&hash);
        kt_buf_free(&key);
    }
}

/* ---- ECDSA verification: Wycheproof ------------------------------------------ */

static void test_wycheproof_ecdsa(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_verify_vectors); i++) {
        const struct ecc_verify_vector *v = &ecc_verify_vectors[i];
        psa_algorithm_t alg = PSA_ALG_ECDSA(v->hash_alg);
        struct kt_buf pub = kt_hex(v->public_key);
        struct kt_buf msg = kt_hex(v->message);
        struct kt_buf sig = kt_hex(v->signature);
        psa_key_id_t id = kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(v->family), pub.data, pub.len,
                                    PSA_KEY_USAGE_VERIFY_MESSAGE, alg);
        psa_status_t status = psa_verify_message(id, alg, msg.data, msg.len, sig.data, sig.len);
        psa_status_t want = v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;

        if (status != want) {
            fprintf(stderr, "\n%s tcId %d\n", v->source, v->tc_id);
        }
        KT_ASSERT_STATUS(status, want);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        kt_buf_free(&sig);
        kt_buf_free(&msg);
        kt_buf_free(&pub);
    }
}

/* ---- randomized ECDSA ------------------------------------------------------------ */

static const struct {
    psa_ecc_family_t family;
    size_t bits;
    psa_algorithm_t hash_alg;
} random_curves[] = {
    {PSA_ECC_FAMILY_SECP_R1, 192, PSA_ALG_SHA_256}, {PSA_ECC_FAMILY_SECP_R1, 224, PSA_ALG_SHA_224},
    {PSA_ECC_FAMILY_SECP_R1, 256, PSA_ALG_SHA_256}, {PSA_ECC_FAMILY_SECP_R1, 384, PSA_ALG_SHA_384},
    {PSA_ECC_FAMILY_SECP_R1, 521, PSA_ALG_SHA_512}, {PSA_ECC_FAMILY_SECP_K1, 256, PSA_ALG_SHA_256},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 256, PSA_ALG_SHA_256},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 384, PSA_ALG_SHA_384},
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 512, PSA_ALG_SHA_512},
};

psa_key_id_t kt_ecc_generate(psa_key_type_t type, size_t bits, psa_key_usage_t usage,
                             psa_algorithm_t alg)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t id = 0;

    psa_set_key_type(&attr, type);
    psa_set_key_bits(&attr, bits);
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, alg);
    KT_ASSERT_SUCCESS(psa_generate_key(&attr, &id));
    psa_reset_key_attributes(&attr);
    return id;
}

/* Sign twice (two different signatures), verify both with the pair and
 * with the public key, and reject a tampered one. */
static void random_one(psa_ecc_family_t family, size_t bits, psa_algorithm_t alg,
                       const uint8_t *hash, size_t hash_length)
{
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(family);
    psa_key_id_t id = kt_ecc_generate(type, bits, all_sign, alg);
    psa_key_id_t pub = kt_ecc_public_of(id, type, alg);
    uint8_t sig1[PSA_SIGNATURE_MAX_SIZE];
    uint8_t sig2[PSA_SIGNATURE_MAX_SIZE];
    size_t len1 = 0;
    size_t len2 = 0;

    KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, hash, hash_length, sig1, sizeof(sig1), &len1));
    KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, hash, hash_length, sig2, sizeof(sig2), &len2));
    CU_ASSERT_EQUAL(len1, 2 * PSA_BITS_TO_BYTES(bits));
    CU_ASSERT_EQUAL(len1, PSA_SIGN_OUTPUT_SIZE(type, bits, alg));
    CU_ASSERT_TRUE(len1 == len2 && memcmp(sig1, sig2, len1) != 0);
    KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, hash, hash_length, sig1, len1));
    KT_ASSERT_SUCCESS(psa_verify_hash(pub, alg, hash, hash_length, sig2, len2));
    sig1[len1 - 1] ^= 0x01;
    KT_ASSERT_STATUS(psa_verify_hash(pub, alg, hash, hash_length, sig1, len1),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

static void test_random_ecdsa(void)
{
    static const uint8_t hash[64] = {0x5a, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77};

    for (size_t i = 0; i < ARRAY_LENGTH(random_curves); i++) {
        psa_algorithm_t h = random_curves[i].hash_alg;

        random_one(random_curves[i].family, random_curves[i].bits, PSA_ALG_ECDSA(h), hash,
                   PSA_HASH_LENGTH(h));
        /* ECDSA_ANY: a hash of any length, longer or shorter than the curve. */
        random_one(random_curves[i].family, random_curves[i].bits, PSA_ALG_ECDSA_ANY, hash, 20);
        random_one(random_curves[i].family, random_curves[i].bits, PSA_ALG_ECDSA_ANY, hash, 64);
    }
}

/* Deterministic ECDSA on the curves RFC 6979 has no vector for: signing
 * twice gives the same signature, which verifies. */
static void test_det_other_curves(void)
{
    static const uint8_t hash[64] = {0x01, 0x02, 0x03};

    for (size_t i = 0; i < ARRAY_LENGTH(random_curves); i++) {
        psa_algorithm_t alg = PSA_ALG_DETERMINISTIC_ECDSA(random_curves[i].hash_alg);
        size_t hash_length = PSA_HASH_LENGTH(random_curves[i].hash_alg);
        psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(random_curves[i].family);
        psa_key_id_t id = kt_ecc_generate(type, random_curves[i].bits, all_sign, alg);
        uint8_t sig1[PSA_SIGNATURE_MAX_SIZE];
        uint8_t sig2[PSA_SIGNATURE_MAX_SIZE];
        size_t len1 = 0;
        size_t len2 = 0;

        KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, hash, hash_length, sig1, sizeof(sig1), &len1));
        KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, hash, hash_length, sig2, sizeof(sig2), &len2));
        KT_ASSERT_BYTES(sig1, len1, sig2, len2);
        KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, hash, hash_length, sig1, len1));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

/* ---- EdDSA ---------------------------------------------------------------------- */

static void eddsa_one(const struct eddsa_vector *v)
{
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    struct kt_buf key = kt_hex(v->private_key);
    struct kt_buf pub = kt_hex(v->public_key);
    struct kt_buf msg = kt_hex(v->message);
    struct kt_buf want = kt_hex(v->signature);
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    uint8_t exported[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t sig_length = 0;
    size_t exported_length = 0;
    psa_key_id_t id = kt_import(type, key.data, key.len, all_sign, PSA_ALG_PURE_EDDSA);
    psa_key_id_t pid = kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS),
                                 pub.data, pub.len, PSA_KEY_USAGE_VERIFY_MESSAGE,
                                 PSA_ALG_PURE_EDDSA);
    psa_status_t status = psa_sign_message(id, PSA_ALG_PURE_EDDSA, msg.data, msg.len, sig,
                                           sizeof(sig), &sig_length);

    if (kt_supported(status, v->name)) {
        KT_ASSERT_SUCCESS(status);
        KT_ASSERT_BYTES(sig, sig_length, want.data, want.len);
        KT_ASSERT_SUCCESS(psa_export_public_key(id, exported, sizeof(exported),
                                                &exported_length));
        KT_ASSERT_BYTES(exported, exported_length, pub.data, pub.len);
        KT_ASSERT_SUCCESS(psa_verify_message(id, PSA_ALG_PURE_EDDSA, msg.data, msg.len,
                                             want.data, want.len));
        KT_ASSERT_SUCCESS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg.data, msg.len,
                                             want.data, want.len));
        want.data[0] ^= 0x80;
        KT_ASSERT_STATUS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg.data, msg.len,
                                            want.data, want.len),
                         PSA_ERROR_INVALID_SIGNATURE);
        KT_ASSERT_STATUS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg.data, msg.len,
                                            want.data, want.len - 1),
                         PSA_ERROR_INVALID_SIGNATURE);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(pid));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&want);
    kt_buf_free(&msg);
    kt_buf_free(&pub);
    kt_buf_free(&key);
}

static void test_rfc8032(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(eddsa_vectors); i++) {
        eddsa_one(&eddsa_vectors[i]);
    }
}

static void test_wycheproof_eddsa(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(eddsa_verify_vectors); i++) {
        const struct eddsa_verify_vector *v = &eddsa_verify_vectors[i];
        struct kt_buf pub = kt_hex(v->public_key);
        struct kt_buf msg = kt_hex(v->message);
        struct kt_buf sig = kt_hex(v->signature);
        psa_key_id_t id =
            kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS), pub.data,
                      pub.len, PSA_KEY_USAGE_VERIFY_MESSAGE, PSA_ALG_PURE_EDDSA);
        psa_status_t status =
            psa_verify_message(id, PSA_ALG_PURE_EDDSA, msg.data, msg.len, sig.data, sig.len);
        psa_status_t want = v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;

        if (status != want) {
            fprintf(stderr, "\n%s tcId %d\n", v->source, v->tc_id);
        }
        KT_ASSERT_STATUS(status, want);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        kt_buf_free(&sig);
        kt_buf_free(&msg);
        kt_buf_free(&pub);
    }
}

/* Ed25519 and Ed448 keys made by psa_generate_key sign and verify. */
static void test_eddsa_generated(void)
{
    static const size_t bits[] = {255, 448};
    static const uint8_t msg[] = "kpsa EdDSA";
    psa_key_type_t type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);

    for (size_t i = 0; i < ARRAY_LENGTH(bits); i++) {
        psa_key_id_t id = kt_ecc_generate(type, bits[i], all_sign, PSA_ALG_PURE_EDDSA);
        psa_key_id_t pub = kt_ecc_public_of(id, type, PSA_ALG_PURE_EDDSA);
        uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
        size_t sig_length = 0;

        KT_ASSERT_SUCCESS(psa_sign_message(id, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), sig,
                                           sizeof(sig), &sig_length));
        CU_ASSERT_EQUAL(sig_length, PSA_SIGN_OUTPUT_SIZE(type, bits[i], PSA_ALG_PURE_EDDSA));
        KT_ASSERT_SUCCESS(psa_verify_message(pub, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), sig,
                                             sig_length));
        KT_ASSERT_STATUS(psa_verify_message(pub, PSA_ALG_PURE_EDDSA, msg, sizeof(msg) - 1, sig,
                                            sig_length),
                         PSA_ERROR_INVALID_SIGNATURE);
        KT_ASSERT_SUCCESS(psa_destroy_key(pub));
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

/* ---- malformed calls -------------------------------------------------------------- */

/* The RFC 6979 A.2.5 P-256 key (ecc_det_vectors) and its SHA-256 "sample" hash. */
static const struct ecc_det_vector *p256_vector(void)
{
    for (size_t i = 0; i < ARRAY_LENGTH(ecc_det_vectors); i++) {
        if (ecc_det_vectors[i].bits == 256 && ecc_det_vectors[i].hash_alg == PSA_ALG_SHA_256) {
            return &ecc_det_vectors[i];
        }
    }
    CU_FAIL("no RFC 6979 P-256 SHA-256 vector");
    return &ecc_det_vectors[0];
}

psa_key_id_t kt_ecc_p256_import(psa_key_usage_t usage, psa_algorithm_t alg)
{
    struct kt_buf key = kt_hex(p256_vector()->key);
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), key.data,
                                key.len, usage, alg);

    kt_buf_free(&key);
    return id;
}

static void test_neg_ecdsa_lengths(void)
{
    psa_algorithm_t alg = PSA_ALG_ECDSA(PSA_ALG_SHA_256);
    psa_key_id_t id = kt_ecc_p256_import(all_sign, alg);
    struct kt_buf sig = kt_hex(p256_vector()->signature);
    uint8_t hash[PSA_HASH_MAX_SIZE] = {0};
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    uint8_t zero[64] = {0};
    size_t out_length = 1;

    /* The hash length is the algorithm's. */
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 31, out, sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(out_length, 0);
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, hash, 33, sig.data, sig.len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, 63, &out_length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    /* Signatures of the wrong length, r = s = 0, a tampered one. */
    struct kt_buf h = kt_hex(p256_vector()->hash);
    KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, h.data, h.len, sig.data, sig.len));
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, h.data, h.len, sig.data, sig.len - 1),
                     PSA_ERROR_INVALID_SIGNATURE);
    memcpy(out, sig.data, sig.len);
    out[sig.len] = 0;
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, h.data, h.len, out, sig.len + 1),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, h.data, h.len, out, 0),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, h.data, h.len, zero, sizeof(zero)),
                     PSA_ERROR_INVALID_SIGNATURE);
    out[10] ^= 0x40;
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, h.data, h.len, out, sig.len),
                     PSA_ERROR_INVALID_SIGNATURE);
    /* The key's prepared contexts still work after the failures. */
    KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, h.data, h.len, sig.data, sig.len));
    KT_ASSERT_SUCCESS(psa_sign_hash(id, alg, h.data, h.len, out, sizeof(out), &out_length));
    KT_ASSERT_SUCCESS(psa_verify_hash(id, alg, h.data, h.len, out, out_length));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&h);
    kt_buf_free(&sig);
}

static void test_neg_algorithms(void)
{
    psa_algorithm_t alg = PSA_ALG_ECDSA(PSA_ALG_SHA_256);
    psa_key_id_t id = kt_ecc_p256_import(all_sign, alg);
    uint8_t hash[PSA_HASH_MAX_SIZE] = {0};
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    size_t out_length = 0;

    /* ECDSA_ANY has no message form; a wildcard is no algorithm to run. */
    KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_ECDSA_ANY, hash, 4, out, sizeof(out),
                                      &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), hash, 32, out,
                                   sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* Policy: another hash, the deterministic variant for signing. */
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_ECDSA(PSA_ALG_SHA_384), hash, 48, out,
                                   sizeof(out), &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256), hash, 32,
                                   out, sizeof(out), &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));

    /* Usage: verification only; message signing only. */
    id = kt_ecc_p256_import(PSA_KEY_USAGE_VERIFY_HASH, alg);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, sizeof(out), &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    id = kt_ecc_p256_import(PSA_KEY_USAGE_SIGN_MESSAGE, alg);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, sizeof(out), &out_length),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_sign_message(id, alg, hash, 5, out, sizeof(out), &out_length));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));

    /* A Weierstrass key with EdDSA. */
    id = kt_ecc_p256_import(all_sign, PSA_ALG_PURE_EDDSA);
    KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_PURE_EDDSA, hash, 4, out, sizeof(out),
                                      &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

/* RFC 7748 section 6.1, Alice's private key. */
static const char x25519_key[] =
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";

static void test_neg_key_types(void)
{
    psa_algorithm_t alg = PSA_ALG_ECDSA(PSA_ALG_SHA_256);
    struct kt_buf mont = kt_hex(x25519_key);
    struct kt_buf ed = kt_hex(eddsa_vectors[0].private_key);
    uint8_t hash[32] = {0};
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    size_t out_length = 0;
    psa_key_id_t pair = kt_ecc_p256_import(all_sign, alg);
    psa_key_id_t id;

    /* ECDSA with a Montgomery or a twisted Edwards key. */
    id = kt_import(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), mont.data, mont.len,
                   all_sign, alg);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_verify_hash(id, alg, hash, 32, out, 64), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    id = kt_import(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), ed.data, ed.len,
                   all_sign, alg);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));

    /* A public key cannot sign, even with the usage. */
    uint8_t pub[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t pub_length = 0;
    KT_ASSERT_SUCCESS(psa_export_public_key(pair, pub, sizeof(pub), &pub_length));
    id = kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), pub, pub_length,
                   all_sign, alg);
    KT_ASSERT_STATUS(psa_sign_hash(id, alg, hash, 32, out, sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    kt_buf_free(&ed);
    kt_buf_free(&mont);
}

static void test_neg_eddsa(void)
{
    struct kt_buf key = kt_hex(eddsa_vectors[0].private_key);
    struct kt_buf pub = kt_hex(eddsa_vectors[0].public_key);
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS),
                                key.data, key.len, all_sign, PSA_ALG_PURE_EDDSA);
    psa_key_id_t pid = kt_import(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS),
                                 pub.data, pub.len, all_sign, PSA_ALG_PURE_EDDSA);
    uint8_t msg[3] = {1, 2, 3};
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    size_t out_length = 1;

    KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 63,
                                      &out_length),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(out_length, 0);
    /* PureEdDSA signs messages, never hashes. */
    KT_ASSERT_STATUS(psa_sign_hash(id, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, sizeof(out),
                                   &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_sign_message(pid, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out,
                                      sizeof(out), &out_length),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_sign_message(id, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out,
                                       sizeof(out), &out_length));
    KT_ASSERT_STATUS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 0),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 65),
                     PSA_ERROR_INVALID_SIGNATURE);
    /* A failed verification leaves the key's prepared context usable. */
    out[0] ^= 1;
    KT_ASSERT_STATUS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 64),
                     PSA_ERROR_INVALID_SIGNATURE);
    out[0] ^= 1;
    KT_ASSERT_SUCCESS(psa_verify_message(pid, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 64));
    KT_ASSERT_SUCCESS(psa_verify_message(id, PSA_ALG_PURE_EDDSA, msg, sizeof(msg), out, 64));
    KT_ASSERT_SUCCESS(psa_destroy_key(pid));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&pub);
    kt_buf_free(&key);
}

/* ---- one key from several threads ------------------------------------------------- */

#define THREADS 4
#define THREAD_ROUNDS 50

/* Keys shared by the workers and the signatures every worker must reproduce. */
struct shared_keys {
    psa_key_id_t ecdsa;         /* P-256, randomized ECDSA */
    psa_key_id_t det;           /* P-256, deterministic ECDSA */
    psa_key_id_t ed25519;
    psa_key_id_t ed448ph;
    uint8_t hash[32];
    uint8_t prehash[64];
    uint8_t ph_sig[114];
    uint8_t det_sig[64];
    uint8_t ed_sig[64];
};

struct worker {
    pthread_t thread;
    const struct shared_keys *keys;
    int failures;
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    const struct shared_keys *k = w->keys;
    psa_algorithm_t rnd = PSA_ALG_ECDSA(PSA_ALG_SHA_256);
    psa_algorithm_t det = PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256);
    uint8_t sig[114];
    size_t length = 0;

    /* CUnit is not thread-safe: count failures, assert in the main thread. */
    for (int i = 0; i < THREAD_ROUNDS; i++) {
        w->failures += psa_sign_hash(k->ecdsa, rnd, k->hash, 32, sig, 64, &length) != 0;
        w->failures += psa_verify_hash(k->ecdsa, rnd, k->hash, 32, sig, length) != 0;
        w->failures += psa_sign_hash(k->det, det, k->hash, 32, sig, 64, &length) != 0 ||
                       memcmp(sig, k->det_sig, 64) != 0;
        w->failures += psa_sign_message(k->ed25519, PSA_ALG_PURE_EDDSA, k->hash, 32, sig, 64,
                                        &length) != 0 ||
                       memcmp(sig, k->ed_sig, 64) != 0;
        w->failures += psa_verify_message(k->ed25519, PSA_ALG_PURE_EDDSA, k->hash, 32,
                                          k->ed_sig, 64) != 0;
        w->failures += psa_sign_hash(k->ed448ph, PSA_ALG_ED448PH, k->prehash, 64, sig, 114,
                                     &length) != 0 ||
                       memcmp(sig, k->ph_sig, 114) != 0;
        w->failures +=
            psa_verify_hash(k->ed448ph, PSA_ALG_ED448PH, k->prehash, 64, k->ph_sig, 114) != 0;
    }
    return NULL;
}

/* The keys' pooled contexts serve several threads at once. */
static void test_threads(void)
{
    struct shared_keys keys = {.hash = {0x42, 0x43}};
    struct worker workers[THREADS];
    size_t length = 0;

    keys.ecdsa = kt_ecc_generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256, all_sign,
                                 PSA_ALG_ECDSA(PSA_ALG_ANY_HASH));
    keys.det = kt_ecc_generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256, all_sign,
                               PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_ANY_HASH));
    keys.ed25519 = kt_ecc_generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 255,
                                   all_sign, PSA_ALG_PURE_EDDSA);
    KT_ASSERT_SUCCESS(psa_sign_hash(keys.det, PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256),
                                    keys.hash, 32, keys.det_sig, 64, &length));
    KT_ASSERT_SUCCESS(psa_sign_message(keys.ed25519, PSA_ALG_PURE_EDDSA, keys.hash, 32,
                                       keys.ed_sig, 64, &length));
    keys.ed448ph = kt_ecc_generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 448,
                                   all_sign, PSA_ALG_ED448PH);
    KT_ASSERT_SUCCESS(psa_sign_hash(keys.ed448ph, PSA_ALG_ED448PH, keys.prehash, 64, keys.ph_sig,
                                    114, &length));
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (struct worker){.keys = &keys};
        CU_ASSERT_EQUAL_FATAL(pthread_create(&workers[t].thread, NULL, worker_main, &workers[t]),
                              0);
    }
    for (int t = 0; t < THREADS; t++) {
        CU_ASSERT_EQUAL(pthread_join(workers[t].thread, NULL), 0);
        CU_ASSERT_EQUAL(workers[t].failures, 0);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(keys.ed448ph));
    KT_ASSERT_SUCCESS(psa_destroy_key(keys.ed25519));
    KT_ASSERT_SUCCESS(psa_destroy_key(keys.det));
    KT_ASSERT_SUCCESS(psa_destroy_key(keys.ecdsa));
}

int main(int argc, char **argv)
{
    static const kt_test det_tests[] = {
        {"RFC 6979 A.2.3-A.2.7 exact signatures", test_rfc6979},
        {"RFC 6979 signatures verify as ECDSA", test_rfc6979_randomized_verify},
        {"deterministic on every Weierstrass curve", test_det_other_curves},
    };
    static const kt_test ecdsa_tests[] = {
        {"Wycheproof P1363 verification", test_wycheproof_ecdsa},
        {"randomized sign/verify on every curve", test_random_ecdsa},
    };
    static const kt_test eddsa_tests[] = {
        {"RFC 8032 7.1 and 7.4 exact signatures", test_rfc8032},
        {"Wycheproof Ed25519/Ed448 verification", test_wycheproof_eddsa},
        {"generated keys", test_eddsa_generated},
    };
    static const kt_test neg_tests[] = {
        {"ECDSA hash and signature lengths", test_neg_ecdsa_lengths},
        {"algorithms, usage and policy", test_neg_algorithms},
        {"key types", test_neg_key_types},
        {"EdDSA", test_neg_eddsa},
    };
    static const kt_test thread_tests[] = {
        {"ECDSA, Ed25519 and Ed448ph keys shared by threads", test_threads},
    };
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 99;
    }
    KT_ADD_SUITE("deterministic ECDSA", det_tests);
    KT_ADD_SUITE("ECDSA", ecdsa_tests);
    KT_ADD_SUITE("EdDSA", eddsa_tests);
    kt_ecc_hashedsa_add_suites();
    KT_ADD_SUITE("signature errors", neg_tests);
    KT_ADD_SUITE("threads", thread_tests);
    kt_ecc_cavp_add_suites();
    return kt_run(argc, argv);
}
