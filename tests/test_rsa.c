/*
 * test_rsa.c - RSA signatures (PKCS#1 v1.5 with a hash and raw, PSS, PSS with
 * any salt) and RSA encryption (PKCS#1 v1.5, OAEP) through the PSA API.
 *
 * Known answers (vectors/rsa.h, every row with its source): published
 * signatures are verified with psa_verify_message() and psa_verify_hash(), and
 * rejected once tampered or cut; deterministic PKCS#1 v1.5 signatures are
 * reproduced byte for byte by psa_sign_message() and psa_sign_hash();
 * published ciphertexts are decrypted (or rejected with the status the
 * specification requires) and their plaintexts re-encrypted and decrypted.
 * Randomized schemes (PSS, OAEP) are also round-tripped with every hash.
 * The negative tests check the exact statuses of the Crypto API 1.2 for wrong
 * lengths, wrong key types, policy violations and small buffers.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "vectors/rsa.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

static const psa_key_usage_t usage_sig_public =
    PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE;
static const psa_key_usage_t usage_sig_pair = PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH |
                                              PSA_KEY_USAGE_SIGN_MESSAGE |
                                              PSA_KEY_USAGE_VERIFY_MESSAGE;
static const psa_key_usage_t usage_crypt = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;

/* Every hash of the built-in driver usable with RSA (not the XOF). */
static const psa_algorithm_t rsa_hashes[] = {
    PSA_ALG_MD5,      PSA_ALG_RIPEMD160, PSA_ALG_SHA_1,       PSA_ALG_SHA_224,     PSA_ALG_SHA_256,
    PSA_ALG_SHA_384,  PSA_ALG_SHA_512,   PSA_ALG_SHA_512_224, PSA_ALG_SHA_512_256, PSA_ALG_SHA3_224,
    PSA_ALG_SHA3_256, PSA_ALG_SHA3_384,  PSA_ALG_SHA3_512,
};

/* RFC 8017 9.2 note 1: DER of DigestInfo for SHA-256, without the hash. */
static const uint8_t digest_info_sha256[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60,
                                             0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                                             0x01, 0x05, 0x00, 0x04, 0x20};

/* RFC 6979 A.2.5: the P-256 private key (an ECC key for the wrong-type tests). */
static const char p256_private[] =
    "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";

/* ---- helpers ------------------------------------------------------------- */

static psa_key_id_t import_der(psa_key_type_t type, const char *hex, psa_key_usage_t usage,
                               psa_algorithm_t alg)
{
    struct kt_buf der = kt_hex(hex);
    psa_key_id_t id = kt_import(type, der.data, der.len, usage, alg);

    kt_buf_free(&der);
    return id;
}

static psa_key_id_t import_vector_key(size_t index, psa_key_usage_t usage, psa_algorithm_t alg)
{
    const struct rsa_key_vector *k = &rsa_keys[index];
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t id = import_der(k->type, k->der, usage, alg);

    KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &attr));
    CU_ASSERT_EQUAL(psa_get_key_bits(&attr), k->bits);
    psa_reset_key_attributes(&attr);
    return id;
}

/* The public key of a key pair, imported as an RSA public key. */
static psa_key_id_t import_public_of(psa_key_id_t pair, psa_key_usage_t usage, psa_algorithm_t alg)
{
    uint8_t der[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t der_length = 0;

    KT_ASSERT_SUCCESS(psa_export_public_key(pair, der, sizeof(der), &der_length));
    return kt_import(PSA_KEY_TYPE_RSA_PUBLIC_KEY, der, der_length, usage, alg);
}

/* The first key pair of the table with `bits` bits. */
static size_t pair_index(size_t bits)
{
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_keys); i++) {
        if (rsa_keys[i].type == PSA_KEY_TYPE_RSA_KEY_PAIR && rsa_keys[i].bits == bits) {
            return i;
        }
    }
    CU_FAIL_FATAL("no key pair of that size in vectors/rsa.h");
    return 0;
}

static size_t hash_of(psa_algorithm_t hash_alg, const struct kt_buf *msg, uint8_t *hash)
{
    size_t length = 0;

    KT_ASSERT_SUCCESS(
        psa_hash_compute(hash_alg, msg->data, msg->len, hash, PSA_HASH_MAX_SIZE, &length));
    return length;
}

static void report(unsigned failures_before, const char *source)
{
    if (CU_get_number_of_failures() != failures_before) {
        fprintf(stderr, "    (vector: %s)\n", source);
    }
}

/* ---- signature known answers --------------------------------------------- */

/* verify_message / verify_hash of (input, sig) with the expected outcome. */
static void check_verify(psa_key_id_t id, const struct rsa_sig_vector *v, const struct kt_buf *sig,
                         psa_status_t want)
{
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t hash_length;

    if (v->msg != NULL) {
        struct kt_buf msg = kt_hex(v->msg);
        KT_ASSERT_STATUS(psa_verify_message(id, v->alg, msg.data, msg.len, sig->data, sig->len),
                         want);
        hash_length = hash_of(PSA_ALG_GET_HASH(v->alg), &msg, hash);
        kt_buf_free(&msg);
    } else {
        struct kt_buf h = kt_hex(v->hash);
        memcpy(hash, h.data, h.len);
        hash_length = h.len;
        kt_buf_free(&h);
    }
    KT_ASSERT_STATUS(psa_verify_hash(id, v->alg, hash, hash_length, sig->data, sig->len), want);
}

/* A valid signature, tampered with (last bit, first byte) or cut, fails. */
static void check_tampered(psa_key_id_t id, const struct rsa_sig_vector *v,
                           const struct kt_buf *sig)
{
    struct kt_buf bad = kt_hex(v->sig);

    bad.data[bad.len - 1] ^= 0x01;
    check_verify(id, v, &bad, PSA_ERROR_INVALID_SIGNATURE);
    bad.data[bad.len - 1] ^= 0x01;
    bad.data[0] ^= 0x80;
    check_verify(id, v, &bad, PSA_ERROR_INVALID_SIGNATURE);
    bad.data[0] ^= 0x80;
    bad.len = sig->len - 1;
    check_verify(id, v, &bad, PSA_ERROR_INVALID_SIGNATURE);
    kt_buf_free(&bad);
}

/* PKCS#1 v1.5 is deterministic: the published signature, byte for byte. */
static void check_sign_exact(psa_key_id_t id, const struct rsa_sig_vector *v,
                             const struct kt_buf *sig)
{
    struct kt_buf msg = kt_hex(v->msg);
    uint8_t out[PSA_SIGNATURE_MAX_SIZE];
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t out_length = 0;
    size_t hash_length = hash_of(PSA_ALG_GET_HASH(v->alg), &msg, hash);

    KT_ASSERT_SUCCESS(
        psa_sign_message(id, v->alg, msg.data, msg.len, out, sizeof(out), &out_length));
    KT_ASSERT_BYTES(out, out_length, sig->data, sig->len);
    out_length = 0;
    KT_ASSERT_SUCCESS(psa_sign_hash(id, v->alg, hash, hash_length, out, sig->len, &out_length));
    KT_ASSERT_BYTES(out, out_length, sig->data, sig->len);
    kt_buf_free(&msg);
}

static void run_sig_vector(const struct rsa_sig_vector *v)
{
    unsigned failures = CU_get_number_of_failures();
    const struct rsa_key_vector *k = &rsa_keys[v->key];
    int pair = k->type == PSA_KEY_TYPE_RSA_KEY_PAIR;
    psa_key_id_t id = import_vector_key(v->key, pair ? usage_sig_pair : usage_sig_public, v->alg);
    struct kt_buf sig = kt_hex(v->sig);

    check_verify(id, v, &sig, v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE);
    if (v->valid) {
        check_tampered(id, v, &sig);
    }
    if (v->sign_exact) {
        check_sign_exact(id, v, &sig);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    kt_buf_free(&sig);
    report(failures, v->source);
}

static void run_sig_family(int (*wanted)(psa_algorithm_t alg))
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(rsa_sig_vectors); i++) {
        if (wanted(rsa_sig_vectors[i].alg)) {
            run_sig_vector(&rsa_sig_vectors[i]);
            rows++;
        }
    }
    CU_ASSERT(rows > 0);
}

static int is_pkcs1v15(psa_algorithm_t alg)
{
    return PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg);
}

static int is_pss_standard(psa_algorithm_t alg)
{
    return PSA_ALG_IS_RSA_PSS_STANDARD_SALT(alg);
}

static int is_pss_any(psa_algorithm_t alg)
{
    return PSA_ALG_IS_RSA_PSS_ANY_SALT(alg);
}

static void test_kat_pkcs1v15_sign(void)
{
    run_sig_family(is_pkcs1v15);
}

static void test_kat_pss(void)
{
    run_sig_family(is_pss_standard);
}

static void test_kat_pss_any_salt(void)
{
    run_sig_family(is_pss_any);
}

/*
 * PSA_ALG_RSA_PKCS1V15_SIGN_RAW signs T as given: with T = DigestInfo(SHA-256)
 * || SHA-256(msg) it must reproduce the published PKCS#1 v1.5 SHA-256
 * signature of msg, and verify it.
 */
static void test_kat_pkcs1v15_raw(void)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(rsa_sig_vectors); i++) {
        const struct rsa_sig_vector *v = &rsa_sig_vectors[i];
        if (!v->sign_exact || v->alg != PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)) {
            continue;
        }
        unsigned failures = CU_get_number_of_failures();
        psa_key_id_t id = import_vector_key(v->key, usage_sig_pair, PSA_ALG_RSA_PKCS1V15_SIGN_RAW);
        struct kt_buf msg = kt_hex(v->msg);
        struct kt_buf sig = kt_hex(v->sig);
        uint8_t t[sizeof(digest_info_sha256) + PSA_HASH_MAX_SIZE];
        uint8_t out[PSA_SIGNATURE_MAX_SIZE];
        size_t out_length = 0;

        memcpy(t, digest_info_sha256, sizeof(digest_info_sha256));
        size_t t_length = sizeof(digest_info_sha256) +
                          hash_of(PSA_ALG_SHA_256, &msg, t + sizeof(digest_info_sha256));
        KT_ASSERT_SUCCESS(psa_sign_hash(id, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, t, t_length, out,
                                        sizeof(out), &out_length));
        KT_ASSERT_BYTES(out, out_length, sig.data, sig.len);
        KT_ASSERT_SUCCESS(
            psa_verify_hash(id, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, t, t_length, sig.data, sig.len));
        t[t_length - 1] ^= 1;
        KT_ASSERT_STATUS(
            psa_verify_hash(id, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, t, t_length, sig.data, sig.len),
            PSA_ERROR_INVALID_SIGNATURE);
        /* Raw is not a message algorithm. */
        KT_ASSERT_STATUS(psa_sign_message(id, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, msg.data, msg.len, out,
                                          sizeof(out), &out_length),
                         PSA_ERROR_INVALID_ARGUMENT);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        kt_buf_free(&msg);
        kt_buf_free(&sig);
        report(failures, v->source);
        rows++;
    }
    CU_ASSERT(rows > 0);
}

/* ---- signature round trips ------------------------------------------------ */

/* Sign msg with alg, verify with the pair and with its public key. */
static void round_trip_sig(psa_key_id_t pair, psa_key_id_t pub, psa_algorithm_t alg)
{
    static const uint8_t msg[] = "kpsa RSA round trip";
    uint8_t sig1[PSA_SIGNATURE_MAX_SIZE];
    uint8_t sig2[PSA_SIGNATURE_MAX_SIZE];
    size_t len1 = 0;
    size_t len2 = 0;

    KT_ASSERT_SUCCESS(psa_sign_message(pair, alg, msg, sizeof(msg), sig1, sizeof(sig1), &len1));
    KT_ASSERT_SUCCESS(psa_verify_message(pair, alg, msg, sizeof(msg), sig1, len1));
    KT_ASSERT_SUCCESS(psa_verify_message(pub, alg, msg, sizeof(msg), sig1, len1));
    KT_ASSERT_SUCCESS(psa_sign_message(pair, alg, msg, sizeof(msg), sig2, sizeof(sig2), &len2));
    KT_ASSERT_SUCCESS(psa_verify_message(pub, alg, msg, sizeof(msg), sig2, len2));
    if (PSA_ALG_IS_RSA_PSS(alg)) {
        /* Randomized: two signatures of one message differ. */
        CU_ASSERT(len1 != len2 || memcmp(sig1, sig2, len1) != 0);
    } else {
        KT_ASSERT_BYTES(sig2, len2, sig1, len1);
    }
    sig1[len1 / 2] ^= 0x10;
    KT_ASSERT_STATUS(psa_verify_message(pub, alg, msg, sizeof(msg), sig1, len1),
                     PSA_ERROR_INVALID_SIGNATURE);
}

static void round_trip_all(size_t bits, psa_algorithm_t (*make)(psa_algorithm_t hash),
                           psa_algorithm_t (*make_other)(psa_algorithm_t hash))
{
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_hashes); i++) {
        psa_algorithm_t alg = make(rsa_hashes[i]);
        psa_algorithm_t policy = make(PSA_ALG_ANY_HASH);
        psa_key_id_t pair = import_vector_key(pair_index(bits), usage_sig_pair, policy);
        psa_key_id_t pub = import_public_of(pair, usage_sig_public, policy);
        uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
        size_t len = 0;

        if (kt_supported(
                psa_sign_message(pair, alg, (const uint8_t *)"", 0, sig, sizeof(sig), &len),
                "RSA signature hash")) {
            /* The other PSS variant (same salt rule when signing) verifies it
             * too, under its own policy (policies match exactly). */
            psa_key_id_t pub2 = import_public_of(pair, usage_sig_public, make_other(alg));
            round_trip_sig(pair, pub, alg);
            KT_ASSERT_SUCCESS(
                psa_verify_message(pub2, make_other(alg), (const uint8_t *)"", 0, sig, len));
            KT_ASSERT_SUCCESS(psa_destroy_key(pub2));
        } else {
            fprintf(stderr, "    (hash 0x%08x)\n", (unsigned)rsa_hashes[i]);
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(pair));
        KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    }
}

static psa_algorithm_t make_pss(psa_algorithm_t h)
{
    return PSA_ALG_RSA_PSS(h);
}

static psa_algorithm_t make_pss_any(psa_algorithm_t h)
{
    return PSA_ALG_RSA_PSS_ANY_SALT(h);
}

static psa_algorithm_t other_pss(psa_algorithm_t alg)
{
    return PSA_ALG_IS_RSA_PSS_ANY_SALT(alg) ? PSA_ALG_RSA_PSS(PSA_ALG_GET_HASH(alg))
                                            : PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_GET_HASH(alg));
}

static psa_algorithm_t make_pkcs1v15(psa_algorithm_t h)
{
    return PSA_ALG_RSA_PKCS1V15_SIGN(h);
}

static psa_algorithm_t same(psa_algorithm_t alg)
{
    return alg;
}

static void test_round_trip_pss(void)
{
    round_trip_all(2048, make_pss, other_pss);
    round_trip_all(2048, make_pss_any, other_pss);
    /* 1024 bits with SHA-512: the salt is the key's maximum, 62 < 64 bytes. */
    round_trip_all(1024, make_pss, other_pss);
}

static void test_round_trip_pkcs1v15(void)
{
    round_trip_all(2048, make_pkcs1v15, same);
}

/* ---- encryption known answers -------------------------------------------- */

static void check_decrypt(psa_key_id_t id, const struct rsa_crypt_vector *v)
{
    struct kt_buf ct = kt_hex(v->ct);
    struct kt_buf label = kt_hex(v->label);
    struct kt_buf msg = kt_hex(v->msg);
    uint8_t out[PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE];
    size_t out_length = 1;

    KT_ASSERT_STATUS(psa_asymmetric_decrypt(id, v->alg, ct.data, ct.len, label.data, label.len, out,
                                            sizeof(out), &out_length),
                     v->expect);
    if (v->expect != PSA_SUCCESS) {
        CU_ASSERT_EQUAL(out_length, 0);
    } else {
        KT_ASSERT_BYTES(out, out_length, msg.data, msg.len);
        /* The exact plaintext length is enough, one byte less is not. */
        KT_ASSERT_SUCCESS(psa_asymmetric_decrypt(id, v->alg, ct.data, ct.len, label.data, label.len,
                                                 out, msg.len, &out_length));
        if (msg.len > 0) {
            KT_ASSERT_STATUS(psa_asymmetric_decrypt(id, v->alg, ct.data, ct.len, label.data,
                                                    label.len, out, msg.len - 1, &out_length),
                             PSA_ERROR_BUFFER_TOO_SMALL);
        }
    }
    kt_buf_free(&ct);
    kt_buf_free(&label);
    kt_buf_free(&msg);
}

/* The published plaintext, encrypted by kpsa with the pair and with its
 * public key, decrypts back (under the same label only, for OAEP). */
static void check_encrypt(psa_key_id_t pair, const struct rsa_crypt_vector *v)
{
    psa_key_id_t pub = import_public_of(pair, PSA_KEY_USAGE_ENCRYPT, v->alg);
    struct kt_buf label = kt_hex(v->label);
    struct kt_buf msg = kt_hex(v->msg);
    uint8_t ct[PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE];
    uint8_t out[PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE];
    uint8_t other_label[] = {0x4c};
    size_t ct_length = 0;
    size_t out_length = 0;
    psa_key_id_t ids[2] = {pair, pub};

    for (size_t i = 0; i < 2; i++) {
        KT_ASSERT_SUCCESS(psa_asymmetric_encrypt(ids[i], v->alg, msg.data, msg.len, label.data,
                                                 label.len, ct, sizeof(ct), &ct_length));
        KT_ASSERT_SUCCESS(psa_asymmetric_decrypt(pair, v->alg, ct, ct_length, label.data, label.len,
                                                 out, sizeof(out), &out_length));
        KT_ASSERT_BYTES(out, out_length, msg.data, msg.len);
    }
    if (PSA_ALG_IS_RSA_OAEP(v->alg)) {
        KT_ASSERT_STATUS(psa_asymmetric_decrypt(pair, v->alg, ct, ct_length, other_label,
                                                label.len == 1 ? 0 : 1, out, sizeof(out),
                                                &out_length),
                         PSA_ERROR_INVALID_PADDING);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
    kt_buf_free(&label);
    kt_buf_free(&msg);
}

static void run_crypt_family(int oaep)
{
    size_t rows = 0;

    for (size_t i = 0; i < ARRAY_LENGTH(rsa_crypt_vectors); i++) {
        const struct rsa_crypt_vector *v = &rsa_crypt_vectors[i];
        if ((PSA_ALG_IS_RSA_OAEP(v->alg) != 0) != (oaep != 0)) {
            continue;
        }
        unsigned failures = CU_get_number_of_failures();
        psa_key_id_t id = import_vector_key(v->key, usage_crypt, v->alg);
        check_decrypt(id, v);
        if (v->expect == PSA_SUCCESS) {
            check_encrypt(id, v);
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
        report(failures, v->source);
        rows++;
    }
    CU_ASSERT(rows > 0);
}

static void test_kat_oaep(void)
{
    run_crypt_family(1);
}

static void test_kat_pkcs1v15_crypt(void)
{
    run_crypt_family(0);
}

/* OAEP with every hash: a message of the longest length fits, one more byte
 * does not; what is encrypted decrypts back. */
static void test_round_trip_oaep(void)
{
    uint8_t msg[PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE];
    uint8_t ct[PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE];
    uint8_t out[PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE];
    size_t ct_length = 0;
    size_t out_length = 0;

    memset(msg, 0xa5, sizeof(msg));
    for (size_t i = 0; i < ARRAY_LENGTH(rsa_hashes); i++) {
        psa_algorithm_t alg = PSA_ALG_RSA_OAEP(rsa_hashes[i]);
        psa_key_id_t id = import_vector_key(pair_index(2048), usage_crypt, alg);
        size_t max = 256 - 2 * PSA_HASH_LENGTH(rsa_hashes[i]) - 2;
        psa_status_t status =
            psa_asymmetric_encrypt(id, alg, msg, max, NULL, 0, ct, sizeof(ct), &ct_length);

        if (kt_supported(status, "RSA-OAEP hash")) {
            KT_ASSERT_SUCCESS(status);
            KT_ASSERT_SUCCESS(psa_asymmetric_decrypt(id, alg, ct, ct_length, NULL, 0, out,
                                                     sizeof(out), &out_length));
            KT_ASSERT_BYTES(out, out_length, msg, max);
            KT_ASSERT_STATUS(
                psa_asymmetric_encrypt(id, alg, msg, max + 1, NULL, 0, ct, sizeof(ct), &ct_length),
                PSA_ERROR_INVALID_ARGUMENT);
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

/* ---- negative tests -------------------------------------------------------- */

static void test_sign_arguments(void)
{
    psa_algorithm_t alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256);
    psa_key_id_t pair = import_vector_key(pair_index(2048), usage_sig_pair, alg);
    psa_key_id_t pub = import_public_of(pair, usage_sig_public | PSA_KEY_USAGE_SIGN_HASH, alg);
    uint8_t hash[32] = {0};
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t len = 0;

    /* The hash length must be the hash's. */
    KT_ASSERT_STATUS(psa_sign_hash(pair, alg, hash, 31, sig, sizeof(sig), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_sign_hash(pair, alg, hash, 33, sig, sizeof(sig), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_verify_hash(pair, alg, hash, 31, sig, 256), PSA_ERROR_INVALID_ARGUMENT);
    /* Buffer one byte short of the modulus. */
    KT_ASSERT_STATUS(psa_sign_hash(pair, alg, hash, sizeof(hash), sig, 255, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_SUCCESS(psa_sign_hash(pair, alg, hash, sizeof(hash), sig, 256, &len));
    CU_ASSERT_EQUAL(len, 256);
    /* Signatures of the wrong length. */
    KT_ASSERT_STATUS(psa_verify_hash(pub, alg, hash, sizeof(hash), sig, 255),
                     PSA_ERROR_INVALID_SIGNATURE);
    sig[256] = 0;
    KT_ASSERT_STATUS(psa_verify_hash(pub, alg, hash, sizeof(hash), sig, 257),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_STATUS(psa_verify_hash(pub, alg, hash, sizeof(hash), sig, 0),
                     PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_verify_hash(pub, alg, hash, sizeof(hash), sig, 256));
    /* A public key cannot sign. */
    KT_ASSERT_STATUS(psa_sign_hash(pub, alg, hash, sizeof(hash), sig, sizeof(sig), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* A wildcard is a policy, not an algorithm. */
    KT_ASSERT_STATUS(psa_sign_hash(pair, PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH), hash,
                                   sizeof(hash), sig, sizeof(sig), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
}

static void test_sign_raw_arguments(void)
{
    psa_algorithm_t alg = PSA_ALG_RSA_PKCS1V15_SIGN_RAW;
    psa_key_id_t pair = import_vector_key(pair_index(2048), usage_sig_pair, alg);
    uint8_t t[256] = {0};
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t len = 0;

    /* Any T up to k - 11 bytes, including none. */
    KT_ASSERT_SUCCESS(psa_sign_hash(pair, alg, t, 245, sig, sizeof(sig), &len));
    KT_ASSERT_SUCCESS(psa_verify_hash(pair, alg, t, 245, sig, len));
    KT_ASSERT_STATUS(psa_sign_hash(pair, alg, t, 246, sig, sizeof(sig), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_sign_hash(pair, alg, NULL, 0, sig, sizeof(sig), &len));
    KT_ASSERT_SUCCESS(psa_verify_hash(pair, alg, NULL, 0, sig, len));
    KT_ASSERT_STATUS(psa_verify_hash(pair, alg, t, 1, sig, len), PSA_ERROR_INVALID_SIGNATURE);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
}

/* The key policy PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) also permits
 * PSA_ALG_RSA_PKCS1V15_SIGN_RAW (Crypto API, PSA_ALG_RSA_PKCS1V15_SIGN_RAW). */
static void test_raw_under_any_hash_policy(void)
{
    psa_key_id_t pair = import_vector_key(pair_index(2048), usage_sig_pair,
                                          PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH));
    uint8_t t[20] = {0};
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t len = 0;

    KT_ASSERT_SUCCESS(
        psa_sign_hash(pair, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, t, sizeof(t), sig, sizeof(sig), &len));
    KT_ASSERT_SUCCESS(psa_verify_hash(pair, PSA_ALG_RSA_PKCS1V15_SIGN_RAW, t, sizeof(t), sig, len));
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
}

static void test_sign_policy(void)
{
    psa_algorithm_t pss = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256);
    psa_key_id_t verify_only = import_vector_key(pair_index(2048), usage_sig_public, pss);
    psa_key_id_t hash_only = import_vector_key(pair_index(2048), PSA_KEY_USAGE_SIGN_HASH, pss);
    uint8_t hash[32] = {0};
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t len = 0;

    KT_ASSERT_STATUS(psa_sign_hash(verify_only, pss, hash, sizeof(hash), sig, sizeof(sig), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_sign_message(verify_only, pss, hash, 3, sig, sizeof(sig), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_sign_hash(hash_only, pss, hash, sizeof(hash), sig, sizeof(sig), &len));
    KT_ASSERT_STATUS(psa_verify_hash(hash_only, pss, hash, sizeof(hash), sig, len),
                     PSA_ERROR_NOT_PERMITTED);
    /* Another algorithm than the policy's: another hash, another scheme. */
    KT_ASSERT_STATUS(psa_sign_hash(hash_only, PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256), hash,
                                   sizeof(hash), sig, sizeof(sig), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_sign_hash(hash_only, PSA_ALG_RSA_PSS(PSA_ALG_SHA_384), hash, 48, sig,
                                   sizeof(sig), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(verify_only));
    KT_ASSERT_SUCCESS(psa_destroy_key(hash_only));
}

/* An ECC key with RSA algorithms, RSA with an XOF. */
static void test_wrong_key_type(void)
{
    psa_algorithm_t pss = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256);
    psa_algorithm_t oaep = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256);
    psa_key_id_t ecc_sig = import_der(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
                                      p256_private, usage_sig_pair, pss);
    psa_key_id_t ecc_crypt = import_der(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
                                        p256_private, usage_crypt, oaep);
    psa_algorithm_t xof = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHAKE256_512);
    psa_key_id_t rsa_xof = import_vector_key(pair_index(2048), usage_sig_pair, xof);
    uint8_t buf[PSA_SIGNATURE_MAX_SIZE] = {0};
    size_t len = 0;

    KT_ASSERT_STATUS(psa_sign_hash(ecc_sig, pss, buf, 32, buf, sizeof(buf), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_verify_hash(ecc_sig, pss, buf, 32, buf, 64), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(
        psa_asymmetric_encrypt(ecc_crypt, oaep, buf, 8, NULL, 0, buf, sizeof(buf), &len),
        PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(
        psa_asymmetric_decrypt(ecc_crypt, oaep, buf, 32, NULL, 0, buf, sizeof(buf), &len),
        PSA_ERROR_INVALID_ARGUMENT);
    /* PKCS#1 v1.5 has no DigestInfo for SHAKE256 (Crypto API: not supported). */
    KT_ASSERT_STATUS(psa_sign_hash(rsa_xof, xof, buf, 64, buf, sizeof(buf), &len),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(ecc_sig));
    KT_ASSERT_SUCCESS(psa_destroy_key(ecc_crypt));
    KT_ASSERT_SUCCESS(psa_destroy_key(rsa_xof));
}

static void test_encrypt_arguments(void)
{
    psa_algorithm_t v15 = PSA_ALG_RSA_PKCS1V15_CRYPT;
    psa_algorithm_t oaep = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256);
    psa_key_id_t pair = import_vector_key(pair_index(2048), usage_crypt, v15);
    psa_key_id_t pair_oaep = import_vector_key(pair_index(2048), usage_crypt, oaep);
    uint8_t msg[256] = {0};
    uint8_t ct[PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE];
    uint8_t out[PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE];
    uint8_t salt[1] = {1};
    size_t len = 0;

    /* Longest message: k - 11 (PKCS#1 v1.5), k - 2 hLen - 2 (OAEP). */
    KT_ASSERT_SUCCESS(psa_asymmetric_encrypt(pair, v15, msg, 245, NULL, 0, ct, sizeof(ct), &len));
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(pair, v15, msg, 246, NULL, 0, ct, sizeof(ct), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(
        psa_asymmetric_encrypt(pair_oaep, oaep, msg, 191, NULL, 0, ct, sizeof(ct), &len),
        PSA_ERROR_INVALID_ARGUMENT);
    /* Output one byte short of the modulus. */
    KT_ASSERT_STATUS(psa_asymmetric_encrypt(pair, v15, msg, 16, NULL, 0, ct, 255, &len),
                     PSA_ERROR_BUFFER_TOO_SMALL);
    /* PKCS#1 v1.5 takes no salt (label). */
    KT_ASSERT_STATUS(
        psa_asymmetric_encrypt(pair, v15, msg, 16, salt, sizeof(salt), ct, sizeof(ct), &len),
        PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_asymmetric_encrypt(pair, v15, msg, 16, NULL, 0, ct, sizeof(ct), &len));
    KT_ASSERT_STATUS(
        psa_asymmetric_decrypt(pair, v15, ct, len, salt, sizeof(salt), out, sizeof(out), &len),
        PSA_ERROR_INVALID_ARGUMENT);
    /* Ciphertext not of the modulus length. */
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(pair, v15, ct, 255, NULL, 0, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(pair));
    KT_ASSERT_SUCCESS(psa_destroy_key(pair_oaep));
}

static void test_encrypt_policy(void)
{
    psa_algorithm_t oaep = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256);
    psa_key_id_t enc_only = import_vector_key(pair_index(2048), PSA_KEY_USAGE_ENCRYPT, oaep);
    psa_key_id_t dec_only = import_vector_key(pair_index(2048), PSA_KEY_USAGE_DECRYPT, oaep);
    psa_key_id_t pub = import_public_of(enc_only, usage_crypt, oaep);
    uint8_t msg[16] = {0};
    uint8_t ct[PSA_ASYMMETRIC_ENCRYPT_OUTPUT_MAX_SIZE];
    uint8_t out[PSA_ASYMMETRIC_DECRYPT_OUTPUT_MAX_SIZE];
    size_t len = 0;
    size_t out_len = 0;

    KT_ASSERT_SUCCESS(
        psa_asymmetric_encrypt(enc_only, oaep, msg, sizeof(msg), NULL, 0, ct, sizeof(ct), &len));
    KT_ASSERT_STATUS(
        psa_asymmetric_decrypt(enc_only, oaep, ct, len, NULL, 0, out, sizeof(out), &out_len),
        PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(
        psa_asymmetric_encrypt(dec_only, oaep, msg, sizeof(msg), NULL, 0, ct, sizeof(ct), &out_len),
        PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(dec_only, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1), ct, len,
                                            NULL, 0, out, sizeof(out), &out_len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(dec_only, PSA_ALG_RSA_PKCS1V15_CRYPT, ct, len, NULL, 0,
                                            out, sizeof(out), &out_len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(
        psa_asymmetric_decrypt(dec_only, oaep, ct, len, NULL, 0, out, sizeof(out), &out_len));
    /* A public key cannot decrypt. */
    KT_ASSERT_STATUS(psa_asymmetric_decrypt(pub, oaep, ct, len, NULL, 0, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_destroy_key(enc_only));
    KT_ASSERT_SUCCESS(psa_destroy_key(dec_only));
    KT_ASSERT_SUCCESS(psa_destroy_key(pub));
}

/* ---- registration ---------------------------------------------------------- */

/* The NIST CAVP suite, in test_rsa_cavp.c. */
void kt_rsa_cavp_add_suites(void);

static const kt_test kat_tests[] = {
    {"PKCS#1 v1.5 signatures (Wycheproof, NIST CAVS)", test_kat_pkcs1v15_sign},
    {"PKCS#1 v1.5 raw signatures (Wycheproof sig_gen)", test_kat_pkcs1v15_raw},
    {"PSS, standard salt (Wycheproof, RFC 8017)", test_kat_pss},
    {"PSS, any salt (Wycheproof)", test_kat_pss_any_salt},
    {"OAEP decryption (Wycheproof, RFC 8017)", test_kat_oaep},
    {"PKCS#1 v1.5 decryption (Wycheproof)", test_kat_pkcs1v15_crypt},
};

static const kt_test round_trip_tests[] = {
    {"PSS with every hash", test_round_trip_pss},
    {"PKCS#1 v1.5 with every hash", test_round_trip_pkcs1v15},
    {"OAEP with every hash", test_round_trip_oaep},
};

static const kt_test negative_tests[] = {
    {"sign/verify arguments", test_sign_arguments},
    {"raw sign/verify arguments", test_sign_raw_arguments},
    {"raw under the PKCS#1 v1.5 any-hash policy", test_raw_under_any_hash_policy},
    {"sign/verify policy", test_sign_policy},
    {"wrong key type or hash", test_wrong_key_type},
    {"encrypt/decrypt arguments", test_encrypt_arguments},
    {"encrypt/decrypt policy", test_encrypt_policy},
};

int main(int argc, char **argv)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    KT_ADD_SUITE("RSA known answers", kat_tests);
    KT_ADD_SUITE("RSA round trips", round_trip_tests);
    KT_ADD_SUITE("RSA negative", negative_tests);
    kt_rsa_cavp_add_suites();
    return kt_run(argc, argv);
}
