/*
 * tour.c - "kpsa tour": the driver chain, then a sample of checked operations.
 *
 * Every sample is one row of a table: the operation, its parameters and, when
 * there is one, a published known answer.  One generic loop runs the rows and
 * prints, for each, which driver served it and whether the result was right.
 */
#include "config.h"

#include "tool.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <kpsa/kpsa.h>

#define MAX_BUF 256
#define NONCE_LEN 12

/* What a sample produced. */
struct outcome {
    psa_status_t status;   /* of the call the row is about */
    const char *driver;    /* who served it, or NULL if unknown */
    const char *problem;   /* non-NULL: the call succeeded but its result was wrong */
};

/* State shared by the key-management rows (import, then export, then destroy). */
struct tour_state {
    psa_key_id_t key;
};

struct sample;
typedef void sample_fn(struct tour_state *t, const struct sample *s, struct outcome *o);

struct sample {
    const char *operation;   /* API function family shown, e.g. "hash_compute" */
    const char *algorithm;   /* shown */
    sample_fn *run;
    psa_algorithm_t alg;
    psa_key_type_t key_type;
    size_t key_bits;         /* pattern key of this size when key_hex is NULL */
    const char *key_hex;     /* known-answer key, or NULL */
    const char *message;     /* ASCII input */
    const char *expect_hex;  /* known answer, or NULL to check a round trip instead */
    bool second;             /* report the reverse call (decrypt, verify) */
};

/* Driver name shown for work the core does without a driver call. */
static const char core_name[] = "core";

static const char msg_abc[] = "abc";
static const char msg_text[] = "The quick brown fox jumps over the lazy dog";
static const char aad[] = "kpsa tour";

static size_t unhex(const char *hex, uint8_t *out, size_t size)
{
    size_t n = 0;

    for (; hex[0] != '\0' && hex[1] != '\0' && n < size; hex += 2) {
        unsigned byte = 0;
        if (sscanf(hex, "%2x", &byte) != 1) {
            break;
        }
        out[n++] = (uint8_t)byte;
    }
    return n;
}

static bool matches_hex(const uint8_t *data, size_t length, const char *hex)
{
    uint8_t expect[MAX_BUF];
    size_t n = unhex(hex, expect, sizeof(expect));

    return n == length && memcmp(expect, data, n) == 0;
}

static psa_status_t import(const struct sample *s, psa_key_usage_t usage, psa_key_id_t *key)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t bytes[64];
    size_t length = s->key_bits / 8;

    if (s->key_hex != NULL) {
        length = unhex(s->key_hex, bytes, sizeof(bytes));
    } else {
        for (size_t i = 0; i < length && i < sizeof(bytes); i++) {
            bytes[i] = (uint8_t)(0x40 + 7 * i);
        }
    }
    psa_set_key_type(&attributes, s->key_type);
    psa_set_key_usage_flags(&attributes, usage);
    psa_set_key_algorithm(&attributes, s->alg);
    return psa_import_key(&attributes, bytes, length, key);
}

static void run_hash(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    uint8_t hash[64];
    size_t length = 0;

    (void)t;
    o->status = psa_hash_compute(s->alg, (const uint8_t *)s->message, strlen(s->message), hash,
                                 sizeof(hash), &length);
    o->driver = kpsa_last_driver();
    if (o->status == PSA_SUCCESS && !matches_hex(hash, length, s->expect_hex)) {
        o->problem = "digest differs from the published vector";
    }
}

/* The message in two pieces, so the operation really is multipart. */
static void run_hash_multipart(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT;
    size_t half = strlen(s->message) / 2;
    uint8_t hash[64];
    size_t length = 0;

    (void)t;
    o->status = psa_hash_setup(&op, s->alg);
    o->driver = kpsa_hash_operation_driver(&op);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_hash_update(&op, (const uint8_t *)s->message, half);
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_hash_update(&op, (const uint8_t *)s->message + half,
                                    strlen(s->message) - half);
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_hash_finish(&op, hash, sizeof(hash), &length);
    }
    tool_ignore(psa_hash_abort(&op));
    if (o->status == PSA_SUCCESS && !matches_hex(hash, length, s->expect_hex)) {
        o->problem = "digest differs from the published vector";
    }
}

static void run_mac(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_key_id_t key = PSA_KEY_ID_NULL;
    const uint8_t *in = (const uint8_t *)s->message;
    uint8_t mac[64];
    size_t length = 0;

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_mac_compute(key, s->alg, in, strlen(s->message), mac, sizeof(mac),
                                    &length);
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS && !matches_hex(mac, length, s->expect_hex)) {
        o->problem = "MAC differs from the published vector";
    }
    if (o->status == PSA_SUCCESS && s->second) {
        o->status = psa_mac_verify(key, s->alg, in, strlen(s->message), mac, length);
        o->driver = kpsa_last_driver();
        mac[0] ^= 1;
        if (o->status == PSA_SUCCESS && psa_mac_verify(key, s->alg, in, strlen(s->message), mac,
                                                       length) != PSA_ERROR_INVALID_SIGNATURE) {
            o->problem = "a wrong MAC was not rejected";
        }
    }
    tool_ignore(psa_destroy_key(key));
}

static void run_cipher(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_key_id_t key = PSA_KEY_ID_NULL;
    size_t in_len = strlen(s->message);
    uint8_t ct[MAX_BUF], pt[MAX_BUF];
    size_t ct_len = 0, pt_len = 0;

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_cipher_encrypt(key, s->alg, (const uint8_t *)s->message, in_len, ct,
                                       sizeof(ct), &ct_len);
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS) {
        psa_status_t status = psa_cipher_decrypt(key, s->alg, ct, ct_len, pt, sizeof(pt), &pt_len);
        if (s->second) {
            o->status = status;
            o->driver = kpsa_last_driver();
        }
        if (o->status == PSA_SUCCESS &&
            (status != PSA_SUCCESS || pt_len != in_len || memcmp(pt, s->message, in_len) != 0)) {
            o->problem = "decryption does not give the plaintext back";
        }
    }
    tool_ignore(psa_destroy_key(key));
}

/* Decrypt the forged ciphertext too: an AEAD must refuse it. */
static void run_aead(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    static const uint8_t nonce[NONCE_LEN] = {0x6b, 0x70, 0x73, 0x61, 1, 2, 3, 4, 5, 6, 7, 8};
    psa_key_id_t key = PSA_KEY_ID_NULL;
    size_t in_len = strlen(s->message);
    uint8_t ct[MAX_BUF], pt[MAX_BUF];
    size_t ct_len = 0, pt_len = 0;

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_aead_encrypt(key, s->alg, nonce, sizeof(nonce), (const uint8_t *)aad,
                                     strlen(aad), (const uint8_t *)s->message, in_len, ct,
                                     sizeof(ct), &ct_len);
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS) {
        psa_status_t status = psa_aead_decrypt(key, s->alg, nonce, sizeof(nonce),
                                               (const uint8_t *)aad, strlen(aad), ct, ct_len, pt,
                                               sizeof(pt), &pt_len);
        if (s->second) {
            o->status = status;
            o->driver = kpsa_last_driver();
        }
        if (o->status == PSA_SUCCESS &&
            (status != PSA_SUCCESS || pt_len != in_len || memcmp(pt, s->message, in_len) != 0)) {
            o->problem = "decryption does not give the plaintext back";
        }
        ct[0] ^= 1;
        if (o->status == PSA_SUCCESS &&
            psa_aead_decrypt(key, s->alg, nonce, sizeof(nonce), (const uint8_t *)aad, strlen(aad),
                             ct, ct_len, pt, sizeof(pt), &pt_len) != PSA_ERROR_INVALID_SIGNATURE) {
            o->problem = "a forged ciphertext was not rejected";
        }
    }
    tool_ignore(psa_destroy_key(key));
}

/* Two draws that are equal, or all zero, mean a broken generator (odds 2^-256). */
static void run_random(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    static const uint8_t zero[32];
    uint8_t a[32], b[32];

    (void)t;
    (void)s;
    o->driver = core_name;
    o->status = psa_generate_random(a, sizeof(a));
    if (o->status == PSA_SUCCESS) {
        o->status = psa_generate_random(b, sizeof(b));
    }
    if (o->status == PSA_SUCCESS && (memcmp(a, b, sizeof(a)) == 0 ||
                                     memcmp(a, zero, sizeof(a)) == 0)) {
        o->problem = "the output does not look random";
    }
}

/* Sign the message (deterministic algorithms: the published signature), then
 * verify it and refuse it once altered. */
static void run_sign(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_key_id_t key = PSA_KEY_ID_NULL;
    const uint8_t *in = (const uint8_t *)s->message;
    size_t in_len = strlen(s->message);
    uint8_t sig[MAX_BUF];
    size_t length = 0;

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_sign_message(key, s->alg, in, in_len, sig, sizeof(sig), &length);
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS && !matches_hex(sig, length, s->expect_hex)) {
        o->problem = "signature differs from the published vector";
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_verify_message(key, s->alg, in, in_len, sig, length);
        sig[length / 2] ^= 1;
        if (o->status == PSA_SUCCESS && psa_verify_message(key, s->alg, in, in_len, sig, length) !=
                                            PSA_ERROR_INVALID_SIGNATURE) {
            o->problem = "an altered signature was not rejected";
        }
    }
    tool_ignore(psa_destroy_key(key));
}

/* Raw key agreement with the peer's public key, given in hex as the message. */
static void run_agree(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_key_id_t key = PSA_KEY_ID_NULL;
    uint8_t peer[MAX_BUF], secret[MAX_BUF];
    size_t peer_len = unhex(s->message, peer, sizeof(peer));
    size_t length = 0;

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_DERIVE, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_raw_key_agreement(s->alg, key, peer, peer_len, secret, sizeof(secret),
                                          &length);
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS && !matches_hex(secret, length, s->expect_hex)) {
        o->problem = "shared secret differs from the published vector";
    }
    tool_ignore(psa_destroy_key(key));
}

/* HKDF with the salt and info of RFC 5869 test case 1; the key is the IKM. */
static void run_kdf(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    static const uint8_t salt[13] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    static const uint8_t info[10] = {0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9};
    psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
    psa_key_id_t key = PSA_KEY_ID_NULL;
    uint8_t okm[42];

    (void)t;
    o->status = import(s, PSA_KEY_USAGE_DERIVE, &key);
    if (o->status == PSA_SUCCESS) {
        o->status = psa_key_derivation_setup(&op, s->alg);
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt,
                                                   sizeof(salt));
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, key);
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, info,
                                                   sizeof(info));
    }
    if (o->status == PSA_SUCCESS) {
        o->status = psa_key_derivation_output_bytes(&op, okm, sizeof(okm));
        o->driver = kpsa_last_driver();
    }
    if (o->status == PSA_SUCCESS && !matches_hex(okm, sizeof(okm), s->expect_hex)) {
        o->problem = "output differs from the published vector";
    }
    tool_ignore(psa_key_derivation_abort(&op));
    tool_ignore(psa_destroy_key(key));
}

static void run_import(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    o->status = import(s, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_ENCRYPT, &t->key);
    o->driver = kpsa_last_driver();
}

static void run_export(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    uint8_t data[64];
    size_t length = 0;

    o->driver = core_name;
    o->status = psa_export_key(t->key, data, sizeof(data), &length);
    if (o->status == PSA_SUCCESS && !matches_hex(data, length, s->key_hex)) {
        o->problem = "exported bytes differ from the imported ones";
    }
}

static void run_destroy(struct tour_state *t, const struct sample *s, struct outcome *o)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;

    (void)s;
    o->driver = core_name;
    o->status = psa_destroy_key(t->key);
    if (o->status == PSA_SUCCESS &&
        psa_get_key_attributes(t->key, &attributes) != PSA_ERROR_INVALID_HANDLE) {
        o->problem = "the key is still usable after destruction";
    }
    psa_reset_key_attributes(&attributes);
    t->key = PSA_KEY_ID_NULL;
}

/*
 * Known answers: SHA-256 and SHA3-256 of "abc" from FIPS 180-2 / FIPS 202
 * examples; HMAC-SHA-256 from RFC 4231 test case 2; CMAC-AES-128 from
 * RFC 4493 example 2 (key and message from NIST SP 800-38B).
 */
static const char sha256_abc[] =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
static const char sha3_256_abc[] =
    "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532";
static const char aes128_key[] = "2b7e151628aed2a6abf7158809cf4f3c";
/*
 * RFC 6979 A.2.5: P-256 key, deterministic ECDSA with SHA-256 of "sample";
 * RFC 8032 7.1 test 1: Ed25519 of the empty message; RFC 7748 6.1: X25519
 * of Alice's key with Bob's public key; RFC 5869 A.1: HKDF-SHA-256.
 */
static const char p256_key[] = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
static const char p256_sig_sample[] =
    "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
    "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
static const char ed25519_key[] =
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
static const char ed25519_sig_empty[] =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
    "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
static const char x25519_alice[] =
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
static const char x25519_bob_public[] =
    "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
static const char x25519_shared[] =
    "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
static const char hkdf_ikm[] = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
static const char hkdf_okm[] =
    "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865";

static const struct sample samples[] = {
    {"hash_compute", "SHA-256", run_hash, PSA_ALG_SHA_256, 0, 0, NULL, msg_abc, sha256_abc,
     false},
    {"hash multipart", "SHA-256", run_hash_multipart, PSA_ALG_SHA_256, 0, 0, NULL, msg_abc,
     sha256_abc, false},
    {"hash_compute", "SHA3-256", run_hash, PSA_ALG_SHA3_256, 0, 0, NULL, msg_abc, sha3_256_abc,
     false},
    {"mac_compute", "HMAC-SHA-256", run_mac, PSA_ALG_HMAC(PSA_ALG_SHA_256), PSA_KEY_TYPE_HMAC, 0,
     "4a656665", "what do ya want for nothing?",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", false},
    {"mac_verify", "HMAC-SHA-256", run_mac, PSA_ALG_HMAC(PSA_ALG_SHA_256), PSA_KEY_TYPE_HMAC, 0,
     "4a656665", "what do ya want for nothing?",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", true},
    {"mac_compute", "CMAC-AES-128", run_mac, PSA_ALG_CMAC, PSA_KEY_TYPE_AES, 0, aes128_key,
     "\x6b\xc1\xbe\xe2\x2e\x40\x9f\x96\xe9\x3d\x7e\x11\x73\x93\x17\x2a",
     "070a16b46b4d4144f79bdd9dd04a287c", false},
    {"cipher_encrypt", "AES-128-CBC-PKCS7", run_cipher, PSA_ALG_CBC_PKCS7, PSA_KEY_TYPE_AES, 128,
     NULL, msg_text, NULL, false},
    {"cipher_decrypt", "AES-128-CBC-PKCS7", run_cipher, PSA_ALG_CBC_PKCS7, PSA_KEY_TYPE_AES, 128,
     NULL, msg_text, NULL, true},
    {"cipher_encrypt", "AES-256-CTR", run_cipher, PSA_ALG_CTR, PSA_KEY_TYPE_AES, 256, NULL,
     msg_text, NULL, false},
    {"cipher_encrypt", "ChaCha20", run_cipher, PSA_ALG_STREAM_CIPHER, PSA_KEY_TYPE_CHACHA20, 256,
     NULL, msg_text, NULL, false},
    {"aead_encrypt", "AES-256-GCM", run_aead, PSA_ALG_GCM, PSA_KEY_TYPE_AES, 256, NULL, msg_text,
     NULL, false},
    {"aead_decrypt", "AES-256-GCM", run_aead, PSA_ALG_GCM, PSA_KEY_TYPE_AES, 256, NULL, msg_text,
     NULL, true},
    {"aead_encrypt", "AES-128-CCM", run_aead, PSA_ALG_CCM, PSA_KEY_TYPE_AES, 128, NULL, msg_text,
     NULL, false},
    {"aead_encrypt", "ChaCha20-Poly1305", run_aead, PSA_ALG_CHACHA20_POLY1305,
     PSA_KEY_TYPE_CHACHA20, 256, NULL, msg_text, NULL, false},
    {"sign_message", "deterministic ECDSA P-256", run_sign,
     PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256), PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
     0, p256_key, "sample", p256_sig_sample, false},
    {"sign_message", "Ed25519", run_sign, PSA_ALG_PURE_EDDSA,
     PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 0, ed25519_key, "",
     ed25519_sig_empty, false},
    {"raw_key_agreement", "X25519", run_agree, PSA_ALG_ECDH,
     PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), 0, x25519_alice, x25519_bob_public,
     x25519_shared, false},
    {"key_derivation", "HKDF-SHA-256", run_kdf, PSA_ALG_HKDF(PSA_ALG_SHA_256),
     PSA_KEY_TYPE_DERIVE, 0, hkdf_ikm, NULL, hkdf_okm, false},
    {"generate_random", "32 bytes", run_random, 0, 0, 0, NULL, NULL, NULL, false},
    {"import_key", "AES-128", run_import, PSA_ALG_CTR, PSA_KEY_TYPE_AES, 0, aes128_key, NULL,
     NULL, false},
    {"export_key", "AES-128", run_export, PSA_ALG_CTR, PSA_KEY_TYPE_AES, 0, aes128_key, NULL,
     NULL, false},
    {"destroy_key", "AES-128", run_destroy, PSA_ALG_CTR, PSA_KEY_TYPE_AES, 0, aes128_key, NULL,
     NULL, false},
};

#define N_SAMPLES (sizeof(samples) / sizeof(samples[0]))

static int max_int(int a, size_t b)
{
    return (size_t)a > b ? a : (int)b;
}

/* Prints the chain; returns the width the driver column needs. */
static int print_chain(void)
{
    int width = max_int((int)strlen("driver"), strlen(core_name));
    size_t count = kpsa_driver_count();

    printf("Driver chain (%zu driver%s, tried in this order):\n", count, count == 1 ? "" : "s");
    printf("  %3s  %-20s %s\n", "pos", "prefix", "kind");
    for (size_t i = 0; i < count; i++) {
        struct kpsa_driver_info info;
        psa_status_t status = kpsa_driver_get(i, &info);
        if (status != PSA_SUCCESS) {
            printf("  %3zu  (%s)\n", i, kpsa_status_name(status));
            continue;
        }
        printf("  %3u  %-20s %s\n", info.position, info.prefix,
               info.opaque ? "opaque" : "transparent");
        width = max_int(width, strlen(info.prefix));
    }
    return width;
}

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int tool_tour(int argc, char **argv)
{
    struct tour_state state = {PSA_KEY_ID_NULL};
    int op_width = (int)strlen("operation"), alg_width = (int)strlen("algorithm");
    int drv_width = 0;
    size_t passed = 0;
    double start = 0;

    if (argc > 1) {
        fprintf(stderr, "kpsa tour: unexpected argument '%s'\n", argv[1]);
        return TOOL_EXIT_USAGE;
    }
    if (tool_init("tour") != PSA_SUCCESS) {
        return TOOL_EXIT_FAILURE;
    }
    printf("kpsa %s tour\n\n", kpsa_version());
    drv_width = print_chain();
    for (size_t i = 0; i < N_SAMPLES; i++) {
        op_width = max_int(op_width, strlen(samples[i].operation));
        alg_width = max_int(alg_width, strlen(samples[i].algorithm));
    }
    printf("\nSamples:\n  %-*s  %-*s  %-*s  %s\n", op_width, "operation", alg_width, "algorithm",
           drv_width, "driver", "result");
    start = now_ms();
    for (size_t i = 0; i < N_SAMPLES; i++) {
        const struct sample *s = &samples[i];
        struct outcome o = {PSA_ERROR_CORRUPTION_DETECTED, NULL, NULL};
        s->run(&state, s, &o);
        printf("  %-*s  %-*s  %-*s  ", op_width, s->operation, alg_width, s->algorithm,
               drv_width, o.driver != NULL ? o.driver : "-");
        if (o.status != PSA_SUCCESS) {
            printf("FAIL %s\n", kpsa_status_name(o.status));
        } else if (o.problem != NULL) {
            printf("FAIL %s\n", o.problem);
        } else {
            printf("ok\n");
            passed++;
        }
    }
    printf("\n%zu of %zu samples ok, in %.1f ms.\n", passed, N_SAMPLES, now_ms() - start);
    printf("Driver \"%s\": done by the library itself (key store, random generator), "
           "no driver call.\n", core_name);
    if (state.key != PSA_KEY_ID_NULL) {
        tool_ignore(psa_destroy_key(state.key));
    }
    return passed == N_SAMPLES ? TOOL_EXIT_OK : TOOL_EXIT_FAILURE;
}
