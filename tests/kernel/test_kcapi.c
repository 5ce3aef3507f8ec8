/*
 * test_kcapi.c - the kcapi driver (plugins/kcapi) through the public API.
 *
 * The program loads the staged kcapi plugin (KPSA_DRIVER_PATH =
 * plugins/kcapi/drivers.d of the build tree) with policy "all" and threshold
 * 0, and runs the published known-answer vectors of tests/vectors through
 * psa_*().  It finds out where it runs by opening an AF_ALG socket itself:
 *
 *   host (no AF_ALG)   every call must fall back: results equal the vectors
 *                      and kpsa_last_driver() is "builtin";
 *   guest (AF_ALG)     what the kernel offers and the driver serves must be
 *                      served by "kcapi" (its results equal the vectors and
 *                      the built-in driver's), the rest by "builtin".
 *
 * tests/kernel/guest.sh runs the same binary inside a Linux guest.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CUnit/Basic.h>
#include <kcapi.h>
#include <kpsa/kpsa.h>
#include <psa/crypto.h>

#include "../testutil.h"
#include "../vectors/aead.h"
#include "../vectors/cipher.h"
#include "../vectors/hash.h"
#include "../vectors/mac.h"

#ifndef AF_ALG
#define AF_ALG 38
#endif

static int in_guest;
static char trace_line[512]; /* the child's dispatch trace of one SHA-256 call */

/* What the driver maps to which kernel algorithm (kcapi_probe.c), to predict
 * which driver must serve a vector in the guest. */
static const struct {
    psa_algorithm_t alg;
    const char *kernel;
    int kind; /* 0 md, 1 skcipher, 2 aead */
} kernel_algs[] = {
    {PSA_ALG_MD5, "md5", 0},
    {PSA_ALG_SHA_1, "sha1", 0},
    {PSA_ALG_SHA_224, "sha224", 0},
    {PSA_ALG_SHA_256, "sha256", 0},
    {PSA_ALG_SHA_384, "sha384", 0},
    {PSA_ALG_SHA_512, "sha512", 0},
    {PSA_ALG_SHA3_224, "sha3-224", 0},
    {PSA_ALG_SHA3_256, "sha3-256", 0},
    {PSA_ALG_SHA3_384, "sha3-384", 0},
    {PSA_ALG_SHA3_512, "sha3-512", 0},
    {PSA_ALG_HMAC(PSA_ALG_MD5), "hmac(md5)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA_1), "hmac(sha1)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA_224), "hmac(sha224)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA_256), "hmac(sha256)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA_384), "hmac(sha384)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA_512), "hmac(sha512)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA3_224), "hmac(sha3-224)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA3_256), "hmac(sha3-256)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA3_384), "hmac(sha3-384)", 0},
    {PSA_ALG_HMAC(PSA_ALG_SHA3_512), "hmac(sha3-512)", 0},
    {PSA_ALG_CMAC, "cmac(aes)", 0},
    {PSA_ALG_ECB_NO_PADDING, "ecb(aes)", 1},
    {PSA_ALG_CBC_NO_PADDING, "cbc(aes)", 1},
    {PSA_ALG_CBC_PKCS7, "cbc(aes)", 1},
    {PSA_ALG_CTR, "ctr(aes)", 1},
    {PSA_ALG_XTS, "xts(aes)", 1},
    {PSA_ALG_CFB, "cfb(aes)", 1},
    {PSA_ALG_OFB, "ofb(aes)", 1},
    {PSA_ALG_STREAM_CIPHER, "chacha20", 1},
    {PSA_ALG_GCM, "gcm(aes)", 2},
    {PSA_ALG_CCM, "ccm(aes)", 2},
    {PSA_ALG_CHACHA20_POLY1305, "rfc7539(chacha20,poly1305)", 2},
};

/* Whether the running kernel has the kernel algorithm of alg (full-length
 * MAC / default-tag AEAD); false when the driver has none. */
static int kernel_has(psa_algorithm_t alg)
{
    for (size_t i = 0; in_guest && i < sizeof(kernel_algs) / sizeof(kernel_algs[0]); i++) {
        struct kcapi_handle *h = NULL;
        int ret;

        if (kernel_algs[i].alg != alg) {
            continue;
        }
        ret = kernel_algs[i].kind == 0   ? kcapi_md_init(&h, kernel_algs[i].kernel, 0)
              : kernel_algs[i].kind == 1 ? kcapi_cipher_init(&h, kernel_algs[i].kernel, 0)
                                         : kcapi_aead_init(&h, kernel_algs[i].kernel, 0);
        if (ret == 0) {
            kcapi_cipher_destroy(h);
        }
        return ret == 0;
    }
    return 0;
}

static const char *expected(int kcapi_serves)
{
    return in_guest && kcapi_serves ? "kcapi" : "builtin";
}

#define ASSERT_DRIVER(want, what)                                                        \
    do {                                                                                 \
        const char *got_ = kpsa_last_driver();                                           \
        if (got_ == NULL || strcmp(got_, (want)) != 0) {                                 \
            fprintf(stderr, "%s: served by %s, expected %s\n", (what),                   \
                    got_ != NULL ? got_ : "(none)", (want));                             \
        }                                                                                \
        CU_ASSERT_STRING_EQUAL(got_ != NULL ? got_ : "", (want));                        \
    } while (0)

/* ---- chain ------------------------------------------------------------- */

static void test_chain_has_kcapi(void)
{
    struct kpsa_driver_info info;
    int found = 0;

    for (size_t i = 0; i < kpsa_driver_count(); i++) {
        if (kpsa_driver_get(i, &info) == PSA_SUCCESS && strcmp(info.prefix, "kcapi") == 0) {
            found = 1;
        }
    }
    CU_ASSERT_TRUE(found);
}

static void test_trace_shows_decision(void)
{
    const char *want = in_guest ? "kcapi -> PSA_SUCCESS"
                                : "kcapi -> PSA_ERROR_NOT_SUPPORTED (falling back)";

    if (strstr(trace_line, want) == NULL) {
        fprintf(stderr, "KPSA_DEBUG=dispatch trace lacks \"%s\":\n%s\n", want, trace_line);
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(trace_line, want));
}

/* ---- hash -------------------------------------------------------------- */

static struct kt_buf repeated(const struct kt_buf *one, size_t repeat)
{
    size_t n = repeat == 0 ? 1 : repeat;
    struct kt_buf all = {malloc(one->len * n + 1), one->len * n};

    for (size_t i = 0; i < n; i++) {
        memcpy(all.data + i * one->len, one->data, one->len);
    }
    return all;
}

static void hash_one(const struct hash_vector *v, const char *want)
{
    struct kt_buf one = kt_hex(v->input), in = repeated(&one, v->repeat), md = kt_hex(v->digest);
    static const size_t chunks[] = {1, 7, 64, 1000};
    uint8_t out[PSA_HASH_MAX_SIZE];
    size_t len = 0;

    KT_ASSERT_SUCCESS(psa_hash_compute(v->alg, in.data, in.len, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, md.data, md.len);
    ASSERT_DRIVER(want, v->source);
    for (size_t c = 0; c < sizeof(chunks) / sizeof(chunks[0]) && in.len < 100000; c++) {
        psa_hash_operation_t op = PSA_HASH_OPERATION_INIT, copy = PSA_HASH_OPERATION_INIT;
        size_t half = in.len / 2;

        KT_ASSERT_SUCCESS(psa_hash_setup(&op, v->alg));
        CU_ASSERT_STRING_EQUAL(kpsa_hash_operation_driver(&op), want);
        for (size_t off = 0; off < half; off += chunks[c]) {
            size_t n = half - off < chunks[c] ? half - off : chunks[c];

            KT_ASSERT_SUCCESS(psa_hash_update(&op, in.data + off, n));
        }
        /* Clone mid-way: both finish the same message. */
        KT_ASSERT_SUCCESS(psa_hash_clone(&op, &copy));
        CU_ASSERT_STRING_EQUAL(kpsa_hash_operation_driver(&copy), want);
        for (size_t off = half; off < in.len; off += chunks[c]) {
            size_t n = in.len - off < chunks[c] ? in.len - off : chunks[c];

            KT_ASSERT_SUCCESS(psa_hash_update(&op, in.data + off, n));
            KT_ASSERT_SUCCESS(psa_hash_update(&copy, in.data + off, n));
        }
        KT_ASSERT_SUCCESS(psa_hash_finish(&op, out, sizeof(out), &len));
        KT_ASSERT_BYTES(out, len, md.data, md.len);
        KT_ASSERT_SUCCESS(psa_hash_finish(&copy, out, sizeof(out), &len));
        KT_ASSERT_BYTES(out, len, md.data, md.len);
    }
    kt_buf_free(&one);
    kt_buf_free(&in);
    kt_buf_free(&md);
}

static void test_hash_vectors(void)
{
    for (size_t i = 0; i < sizeof(hash_vectors) / sizeof(hash_vectors[0]); i++) {
        hash_one(&hash_vectors[i], expected(kernel_has(hash_vectors[i].alg)));
    }
}

/* ---- MAC --------------------------------------------------------------- */

static void mac_one(const struct mac_vector *v, const char *want)
{
    struct kt_buf key = kt_hex(v->key), in = kt_hex(v->input), mac = kt_hex(v->mac);
    psa_key_id_t id = kt_import(v->key_type, key.data, key.len,
                                PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE, v->alg);
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    uint8_t out[PSA_MAC_MAX_SIZE];
    size_t len = 0;

    KT_ASSERT_SUCCESS(psa_mac_compute(id, v->alg, in.data, in.len, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, mac.data, mac.len);
    ASSERT_DRIVER(want, v->source);
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, id, v->alg));
    CU_ASSERT_STRING_EQUAL(kpsa_mac_operation_driver(&op), want);
    for (size_t off = 0; off < in.len; off += 5) {
        KT_ASSERT_SUCCESS(psa_mac_update(&op, in.data + off, in.len - off < 5 ? in.len - off : 5));
    }
    KT_ASSERT_SUCCESS(psa_mac_sign_finish(&op, out, sizeof(out), &len));
    KT_ASSERT_BYTES(out, len, mac.data, mac.len);
    KT_ASSERT_SUCCESS(psa_mac_verify_setup(&op, id, v->alg));
    KT_ASSERT_SUCCESS(psa_mac_update(&op, in.data, in.len));
    KT_ASSERT_SUCCESS(psa_mac_verify_finish(&op, mac.data, mac.len));
    mac.data[0] ^= 1;
    KT_ASSERT_SUCCESS(psa_mac_verify_setup(&op, id, v->alg));
    KT_ASSERT_SUCCESS(psa_mac_update(&op, in.data, in.len));
    KT_ASSERT_STATUS(psa_mac_verify_finish(&op, mac.data, mac.len), PSA_ERROR_INVALID_SIGNATURE);
    psa_destroy_key(id);
    kt_buf_free(&key);
    kt_buf_free(&in);
    kt_buf_free(&mac);
}

static void test_mac_vectors(void)
{
    for (size_t i = 0; i < sizeof(mac_vectors) / sizeof(mac_vectors[0]); i++) {
        const struct mac_vector *v = &mac_vectors[i];
        psa_algorithm_t full = PSA_ALG_FULL_LENGTH_MAC(v->alg);
        int served = (PSA_ALG_IS_HMAC(full) && v->key_type == PSA_KEY_TYPE_HMAC) ||
                     (full == PSA_ALG_CMAC && v->key_type == PSA_KEY_TYPE_AES);

        mac_one(v, expected(served && kernel_has(full)));
    }
}

/* ---- ciphers ----------------------------------------------------------- */

/* Multipart kcapi serves what single-part does (XTS: also with ecb(aes)
 * for the tweak key). */
static int multipart_served(psa_algorithm_t alg)
{
    return alg != PSA_ALG_XTS || kernel_has(PSA_ALG_ECB_NO_PADDING);
}

/* One multipart pass over in (chunk bytes per update) into out: the
 * operation must be served by want; *total is the output length. */
static void cipher_multipart(psa_key_id_t id, psa_key_type_t type, psa_algorithm_t alg,
                             int decrypt,
                             const struct kt_buf *iv, const struct kt_buf *in, size_t chunk,
                             uint8_t *out, size_t out_size, size_t *total, const char *want)
{
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    size_t len = 0;

    *total = 0;
    KT_ASSERT_SUCCESS(decrypt ? psa_cipher_decrypt_setup(&op, id, alg)
                              : psa_cipher_encrypt_setup(&op, id, alg));
    CU_ASSERT_STRING_EQUAL(kpsa_cipher_operation_driver(&op), want);
    if (iv->len > 0) {
        KT_ASSERT_SUCCESS(psa_cipher_set_iv(&op, iv->data, iv->len));
    }
    for (size_t off = 0; off < in->len; off += chunk) {
        size_t n = in->len - off < chunk ? in->len - off : chunk;

        /* The size contract: an update outputs at most its input rounded
         * up to a block (CTR: exactly its input). */
        KT_ASSERT_SUCCESS(psa_cipher_update(&op, in->data + off, n, out + *total,
                                            out_size - *total, &len));
        CU_ASSERT(len <= PSA_CIPHER_UPDATE_OUTPUT_SIZE(type, alg, n));
        CU_ASSERT(alg != PSA_ALG_CTR || len == n);
        *total += len;
    }
    KT_ASSERT_SUCCESS(psa_cipher_finish(&op, out + *total, out_size - *total, &len));
    CU_ASSERT(len <= PSA_CIPHER_FINISH_OUTPUT_SIZE(type, alg));
    *total += len;
}

/* Both directions of v through the multipart API with several chunkings,
 * then in place (the output over the input) with 7-byte updates. */
static void cipher_multipart_all(psa_key_id_t id, const struct cipher_vector *v,
                                 const struct kt_buf *iv, const struct kt_buf *pt,
                                 const struct kt_buf *ct, const char *want)
{
    static const size_t chunks[] = {1, 7, 16, 17, 33, 4096};
    size_t size = pt->len + ct->len + 64, total = 0;
    uint8_t *out = malloc(size);

    psa_key_type_t type = v->key_type;
    struct kt_buf alias = {out, pt->len};

    for (size_t c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
        cipher_multipart(id, type, v->alg, 0, iv, pt, chunks[c], out, size, &total, want);
        KT_ASSERT_BYTES(out, total, ct->data, ct->len);
        cipher_multipart(id, type, v->alg, 1, iv, ct, chunks[c], out, size, &total, want);
        KT_ASSERT_BYTES(out, total, pt->data, pt->len);
    }
    memcpy(out, pt->data, pt->len);
    cipher_multipart(id, type, v->alg, 0, iv, &alias, 7, out, size, &total, want);
    KT_ASSERT_BYTES(out, total, ct->data, ct->len);
    alias.len = ct->len;
    cipher_multipart(id, type, v->alg, 1, iv, &alias, 7, out, size, &total, want);
    KT_ASSERT_BYTES(out, total, pt->data, pt->len);
    free(out);
}

static void cipher_one(const struct cipher_vector *v, const char *want)
{
    struct kt_buf key = kt_hex(v->key), iv = kt_hex(v->iv == NULL ? "" : v->iv);
    struct kt_buf pt = kt_hex(v->plaintext), ct = kt_hex(v->ciphertext);
    psa_key_id_t id = kt_import(v->key_type, key.data, key.len,
                                PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, v->alg);
    size_t in_len = iv.len + ct.len, out_size = pt.len + 32, len = 0, len2 = 0;
    uint8_t *in = malloc(in_len + 1), *out = malloc(out_size), *back = malloc(out_size);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;

    /* Decryption with the published IV: a known answer. */
    memcpy(in, iv.data, iv.len);
    memcpy(in + iv.len, ct.data, ct.len);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt(id, v->alg, in, in_len, out, out_size, &len));
    KT_ASSERT_BYTES(out, len, pt.data, pt.len);
    ASSERT_DRIVER(want, v->source);
    /* Encryption chooses its IV: decrypt the result with the multipart API
     * to check it (a round trip). */
    free(in);
    in = malloc(pt.len + 64);
    KT_ASSERT_SUCCESS(psa_cipher_encrypt(id, v->alg, pt.data, pt.len, in, pt.len + 64, &len));
    ASSERT_DRIVER(want, v->source);
    KT_ASSERT_SUCCESS(psa_cipher_decrypt_setup(&op, id, v->alg));
    CU_ASSERT_STRING_EQUAL(kpsa_cipher_operation_driver(&op),
                           multipart_served(v->alg) ? want : "builtin");
    if (iv.len > 0) {
        KT_ASSERT_SUCCESS(psa_cipher_set_iv(&op, in, iv.len));
    }
    KT_ASSERT_SUCCESS(psa_cipher_update(&op, in + iv.len, len - iv.len, back, out_size, &len2));
    KT_ASSERT_SUCCESS(psa_cipher_finish(&op, back + len2, out_size - len2, &len));
    KT_ASSERT_BYTES(back, len2 + len, pt.data, pt.len);
    cipher_multipart_all(id, v, &iv, &pt, &ct, multipart_served(v->alg) ? want : "builtin");
    psa_destroy_key(id);
    free(in);
    free(out);
    free(back);
    kt_buf_free(&key);
    kt_buf_free(&iv);
    kt_buf_free(&pt);
    kt_buf_free(&ct);
}

/* ChaCha20 from a block counter other than 0: only the multipart API takes
 * the 16-byte IV (counter, little-endian, then nonce). */
static void cipher_counter_one(const struct cipher_vector *v, const char *want)
{
    struct kt_buf key = kt_hex(v->key), nonce = kt_hex(v->iv);
    struct kt_buf pt = kt_hex(v->plaintext), ct = kt_hex(v->ciphertext);
    struct kt_buf iv = {malloc(16), 16};
    psa_key_id_t id = kt_import(v->key_type, key.data, key.len,
                                PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, v->alg);

    CU_ASSERT_FATAL(nonce.len == 12);
    for (int i = 0; i < 4; i++) {
        iv.data[i] = (uint8_t)(v->counter >> (8 * i));
    }
    memcpy(iv.data + 4, nonce.data, 12);
    cipher_multipart_all(id, v, &iv, &pt, &ct, want);
    psa_destroy_key(id);
    kt_buf_free(&key);
    kt_buf_free(&nonce);
    kt_buf_free(&iv);
    kt_buf_free(&pt);
    kt_buf_free(&ct);
}

static void test_cipher_vectors(void)
{
    for (size_t i = 0; i < sizeof(cipher_vectors) / sizeof(cipher_vectors[0]); i++) {
        const struct cipher_vector *v = &cipher_vectors[i];
        int served = v->key_type == PSA_KEY_TYPE_AES ||
                     (v->key_type == PSA_KEY_TYPE_CHACHA20 && v->alg == PSA_ALG_STREAM_CIPHER);
        const char *want = expected(served && kernel_has(v->alg));

        if (v->counter != 0) {
            cipher_counter_one(v, want);
        } else {
            cipher_one(v, want);
        }
    }
}

/* ChaCha20 with a 16-byte IV: the 32-bit block counter must not wrap
 * (RFC 8439); from counter 0xffffffff one block goes, the next byte fails. */
static void test_chacha_counter_limit(void)
{
    static const uint8_t key[32] = {1, 2, 3};
    static const uint8_t iv[16] = {0xff, 0xff, 0xff, 0xff, 7};
    uint8_t in[65] = {0}, out[65];
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_CHACHA20, key, sizeof(key), PSA_KEY_USAGE_ENCRYPT,
                                PSA_ALG_STREAM_CIPHER);
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    size_t len = 0;

    KT_ASSERT_SUCCESS(psa_cipher_encrypt_setup(&op, id, PSA_ALG_STREAM_CIPHER));
    CU_ASSERT_STRING_EQUAL(kpsa_cipher_operation_driver(&op),
                           expected(kernel_has(PSA_ALG_STREAM_CIPHER)));
    KT_ASSERT_SUCCESS(psa_cipher_set_iv(&op, iv, sizeof(iv)));
    KT_ASSERT_SUCCESS(psa_cipher_update(&op, in, 30, out, sizeof(out), &len));
    KT_ASSERT_SUCCESS(psa_cipher_update(&op, in, 34, out, sizeof(out), &len));
    KT_ASSERT_STATUS(psa_cipher_update(&op, in, 1, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    psa_cipher_abort(&op);
    psa_destroy_key(id);
}

/* A multipart CBC-PKCS7 decryption with bad padding fails at finish. */
static void bad_padding_multipart(psa_key_id_t id, const struct kt_buf *iv,
                                  const struct kt_buf *ct, const char *want)
{
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    uint8_t out[256];
    size_t len = 0;

    KT_ASSERT_SUCCESS(psa_cipher_decrypt_setup(&op, id, PSA_ALG_CBC_PKCS7));
    CU_ASSERT_STRING_EQUAL(kpsa_cipher_operation_driver(&op), want);
    KT_ASSERT_SUCCESS(psa_cipher_set_iv(&op, iv->data, iv->len));
    KT_ASSERT_SUCCESS(psa_cipher_update(&op, ct->data, ct->len, out, sizeof(out), &len));
    KT_ASSERT_STATUS(psa_cipher_finish(&op, out, sizeof(out), &len), PSA_ERROR_INVALID_PADDING);
    psa_cipher_abort(&op);
}

static void test_cipher_bad_padding(void)
{
    for (size_t i = 0;
         i < sizeof(cipher_bad_padding_vectors) / sizeof(cipher_bad_padding_vectors[0]); i++) {
        const struct cipher_bad_padding_vector *v = &cipher_bad_padding_vectors[i];
        struct kt_buf key = kt_hex(v->key), iv = kt_hex(v->iv), ct = kt_hex(v->ciphertext);
        psa_key_id_t id = kt_import(PSA_KEY_TYPE_AES, key.data, key.len, PSA_KEY_USAGE_DECRYPT,
                                    PSA_ALG_CBC_PKCS7);
        uint8_t in[256], out[256];
        size_t len = 0;

        CU_ASSERT_FATAL(iv.len + ct.len <= sizeof(in));
        memcpy(in, iv.data, iv.len);
        memcpy(in + iv.len, ct.data, ct.len);
        KT_ASSERT_STATUS(psa_cipher_decrypt(id, PSA_ALG_CBC_PKCS7, in, iv.len + ct.len, out,
                                            sizeof(out), &len),
                         PSA_ERROR_INVALID_PADDING);
        ASSERT_DRIVER(expected(kernel_has(PSA_ALG_CBC_PKCS7)), v->source);
        CU_ASSERT_FATAL(ct.len <= sizeof(out));
        bad_padding_multipart(id, &iv, &ct, expected(kernel_has(PSA_ALG_CBC_PKCS7)));
        psa_destroy_key(id);
        kt_buf_free(&key);
        kt_buf_free(&iv);
        kt_buf_free(&ct);
    }
}

/* ---- AEAD -------------------------------------------------------------- */

/* The driver's rules: the kernel takes 12-byte GCM/ChaCha20 nonces, CCM
 * nonces of 7..13 bytes, GCM tags of 4, 8, 12..16 bytes, ChaCha 16. */
static int aead_served(const struct aead_vector *v, size_t nonce_len, size_t tag_len)
{
    psa_algorithm_t base = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(v->alg);

    if (base == PSA_ALG_CCM) {
        if (nonce_len < 7 || nonce_len > 13 || v->key_type != PSA_KEY_TYPE_AES) {
            return 0;
        }
    } else if (nonce_len != 12) {
        return 0;
    } else if (base == PSA_ALG_GCM) {
        if (v->key_type != PSA_KEY_TYPE_AES || (tag_len != 4 && tag_len != 8 && tag_len < 12)) {
            return 0;
        }
    } else if (base != PSA_ALG_CHACHA20_POLY1305) {
        return 0;
    }
    return kernel_has(base);
}

static void aead_one(const struct aead_vector *v)
{
    struct kt_buf key = kt_hex(v->key), nonce = kt_hex(v->nonce), ad1 = kt_hex(v->ad);
    struct kt_buf ad = repeated(&ad1, v->ad_repeat), pt = kt_hex(v->plaintext);
    struct kt_buf ct = kt_hex(v->ciphertext), tag = kt_hex(v->tag);
    psa_key_id_t id = kt_import(v->key_type, key.data, key.len,
                                PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, v->alg);
    const char *want = expected(aead_served(v, nonce.len, tag.len));
    size_t size = ct.len + tag.len + 16, len = 0;
    uint8_t *out = malloc(size), *ctag = malloc(size);

    memcpy(ctag, ct.data, ct.len);
    memcpy(ctag + ct.len, tag.data, tag.len);
    KT_ASSERT_SUCCESS(psa_aead_encrypt(id, v->alg, nonce.data, nonce.len, ad.data, ad.len,
                                       pt.data, pt.len, out, size, &len));
    KT_ASSERT_BYTES(out, len, ctag, ct.len + tag.len);
    ASSERT_DRIVER(want, v->source);
    KT_ASSERT_SUCCESS(psa_aead_decrypt(id, v->alg, nonce.data, nonce.len, ad.data, ad.len, ctag,
                                       ct.len + tag.len, out, size, &len));
    KT_ASSERT_BYTES(out, len, pt.data, pt.len);
    ASSERT_DRIVER(want, v->source);
    ctag[ct.len + tag.len - 1] ^= 0x80;
    KT_ASSERT_STATUS(psa_aead_decrypt(id, v->alg, nonce.data, nonce.len, ad.data, ad.len, ctag,
                                      ct.len + tag.len, out, size, &len),
                     PSA_ERROR_INVALID_SIGNATURE);
    ASSERT_DRIVER(want, v->source);
    psa_destroy_key(id);
    free(out);
    free(ctag);
    kt_buf_free(&key);
    kt_buf_free(&nonce);
    kt_buf_free(&ad1);
    kt_buf_free(&ad);
    kt_buf_free(&pt);
    kt_buf_free(&ct);
    kt_buf_free(&tag);
}

/* Whether the guest's kernel has the hash cra_name. */
static int hash_present(const char *cra_name)
{
    struct kcapi_handle *h = NULL;
    int has = in_guest && kcapi_md_init(&h, cra_name, 0) == 0;

    if (has) {
        kcapi_md_destroy(h);
    }
    return has;
}

/* Multipart GCM is composed from ctr(aes) and the ghash hash
 * (kcapi_aead_mp.c): served when the kernel has both, for every nonce and
 * tag length. */
static int gcm_multipart_served(void)
{
    return hash_present("ghash") && kernel_has(PSA_ALG_CTR);
}

/* Likewise multipart ChaCha20-Poly1305 from chacha20 and poly1305
 * (kcapi_chachapoly_mp.c) and AES-CCM from ctr(aes) and cbcmac(aes)
 * (kcapi_ccm_mp.c). */
static int aead_multipart_served(psa_algorithm_t base)
{
    if (base == PSA_ALG_CHACHA20_POLY1305) {
        return hash_present("poly1305") && kernel_has(PSA_ALG_STREAM_CIPHER);
    }
    if (base == PSA_ALG_CCM) {
        return hash_present("cbcmac(aes)") && kernel_has(PSA_ALG_CTR);
    }
    return gcm_multipart_served();
}

/* Feed len bytes of in to an AEAD step chunk bytes at a time (update_ad:
 * out == NULL); the output is appended at out + *total. */
static void aead_feed(psa_aead_operation_t *op, psa_key_type_t type, psa_algorithm_t alg,
                      const struct kt_buf *in, size_t chunk, uint8_t *out, size_t size,
                      size_t *total)
{
    size_t len = 0;

    for (size_t off = 0; off < in->len; off += chunk) {
        size_t n = in->len - off < chunk ? in->len - off : chunk;

        if (out == NULL) {
            KT_ASSERT_SUCCESS(psa_aead_update_ad(op, in->data + off, n));
            continue;
        }
        KT_ASSERT_SUCCESS(psa_aead_update(op, in->data + off, n, out + *total, size - *total,
                                          &len));
        /* The size contract: at most one block held back, none made up. */
        CU_ASSERT(len <= PSA_AEAD_UPDATE_OUTPUT_SIZE(type, alg, n));
        *total += len;
    }
}

/* One multipart AEAD pass of alg with chunk-byte steps: encrypt (compared
 * with ct || tag), decrypt, decrypt with a tampered tag; served by want.
 * CCM always declares the lengths (it needs them before the nonce). */
static void aead_multipart(psa_key_id_t id, psa_key_type_t type, psa_algorithm_t alg,
                           const struct kt_buf *nonce, const struct kt_buf *ad,
                           const struct kt_buf *pt, const struct kt_buf *ct,
                           const struct kt_buf *tag, size_t chunk, const char *want)
{
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    size_t size = pt->len + 32, total = 0, len = 0, tag_len = 0;
    uint8_t *out = malloc(size), t[16], bad[16];
    int lengths_first = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) == PSA_ALG_CCM;

    KT_ASSERT_SUCCESS(psa_aead_encrypt_setup(&op, id, alg));
    CU_ASSERT_STRING_EQUAL(kpsa_aead_operation_driver(&op), want);
    if (chunk % 2 == 1 || lengths_first) {
        KT_ASSERT_SUCCESS(psa_aead_set_lengths(&op, ad->len, pt->len));
    }
    KT_ASSERT_SUCCESS(psa_aead_set_nonce(&op, nonce->data, nonce->len));
    aead_feed(&op, type, alg, ad, chunk, NULL, 0, &total);
    aead_feed(&op, type, alg, pt, chunk, out, size, &total);
    KT_ASSERT_SUCCESS(psa_aead_finish(&op, out + total, size - total, &len, t, sizeof(t),
                                      &tag_len));
    KT_ASSERT_BYTES(out, total + len, ct->data, ct->len);
    KT_ASSERT_BYTES(t, tag_len, tag->data, tag->len);
    for (int tamper = 0; tamper < 2; tamper++) {
        total = 0;
        memcpy(bad, tag->data, tag->len);
        bad[tag->len - 1] ^= (uint8_t)(tamper << 7);
        KT_ASSERT_SUCCESS(psa_aead_decrypt_setup(&op, id, alg));
        CU_ASSERT_STRING_EQUAL(kpsa_aead_operation_driver(&op), want);
        if (lengths_first) {
            KT_ASSERT_SUCCESS(psa_aead_set_lengths(&op, ad->len, ct->len));
        }
        KT_ASSERT_SUCCESS(psa_aead_set_nonce(&op, nonce->data, nonce->len));
        aead_feed(&op, type, alg, ad, chunk, NULL, 0, &total);
        aead_feed(&op, type, alg, ct, chunk, out, size, &total);
        KT_ASSERT_STATUS(psa_aead_verify(&op, out + total, size - total, &len, bad, tag->len),
                         tamper ? PSA_ERROR_INVALID_SIGNATURE : PSA_SUCCESS);
        KT_ASSERT_BYTES(out, total + (tamper ? 0 : len), pt->data, pt->len);
        psa_aead_abort(&op);
    }
    free(out);
}

/* An AEAD vector through the multipart API with several chunkings, with its
 * tag and (16-byte GCM rows) shortened tags of 4, 8 and 12 bytes. */
static void aead_multipart_all(const struct aead_vector *v, const char *want)
{
    psa_algorithm_t base = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(v->alg);
    static const size_t chunks[] = {1, 7, 16, 17, 4096};
    struct kt_buf key = kt_hex(v->key), nonce = kt_hex(v->nonce), ad1 = kt_hex(v->ad);
    struct kt_buf ad = repeated(&ad1, v->ad_repeat), pt = kt_hex(v->plaintext);
    struct kt_buf ct = kt_hex(v->ciphertext), tag = kt_hex(v->tag);
    psa_key_id_t id = kt_import(v->key_type, key.data, key.len,
                                PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT,
                                PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(base, 4));
    size_t tags[] = {tag.len, 12, 8, 4};
    size_t count = base == PSA_ALG_GCM && tag.len == 16 ? 4 : 1;

    for (size_t k = 0; k < count; k++) {
        struct kt_buf t = {tag.data, tags[k]};
        psa_algorithm_t alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(base, tags[k]);

        for (size_t c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
            aead_multipart(id, v->key_type, alg, &nonce, &ad, &pt, &ct, &t, chunks[c], want);
        }
    }
    psa_destroy_key(id);
    kt_buf_free(&key);
    kt_buf_free(&nonce);
    kt_buf_free(&ad1);
    kt_buf_free(&ad);
    kt_buf_free(&pt);
    kt_buf_free(&ct);
    kt_buf_free(&tag);
}

/* One in-place multipart GCM pass over buf (len bytes, chunk-byte updates);
 * the tag goes to tag. */
static void gcm_in_place(psa_key_id_t id, int decrypt, const uint8_t *nonce, size_t nonce_len,
                         const uint8_t *ad, size_t ad_len, uint8_t *buf, size_t len,
                         size_t chunk, uint8_t tag[16], const char *want)
{
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    size_t total = 0, out_len = 0, tag_len = 0;

    KT_ASSERT_SUCCESS(decrypt ? psa_aead_decrypt_setup(&op, id, PSA_ALG_GCM)
                              : psa_aead_encrypt_setup(&op, id, PSA_ALG_GCM));
    CU_ASSERT_STRING_EQUAL(kpsa_aead_operation_driver(&op), want);
    KT_ASSERT_SUCCESS(psa_aead_set_nonce(&op, nonce, nonce_len));
    KT_ASSERT_SUCCESS(psa_aead_update_ad(&op, ad, ad_len));
    for (size_t off = 0; off < len; off += chunk) {
        size_t n = len - off < chunk ? len - off : chunk;

        /* The output of a stream mode lands exactly over its input. */
        KT_ASSERT_SUCCESS(psa_aead_update(&op, buf + off, n, buf + total, len + 16 - total,
                                          &out_len));
        total += out_len;
    }
    CU_ASSERT_EQUAL(total, len);
    if (decrypt) {
        KT_ASSERT_SUCCESS(psa_aead_verify(&op, buf + total, 16, &out_len, tag, 16));
    } else {
        KT_ASSERT_SUCCESS(psa_aead_finish(&op, buf + total, 16, &out_len, tag, 16, &tag_len));
        CU_ASSERT_EQUAL(tag_len, 16);
    }
    CU_ASSERT_EQUAL(out_len, 0);
    psa_aead_abort(&op);
}

/* Multipart GCM in place against single-part GCM on generated data, for
 * nonces of several lengths (J0 by GHASH for all but 12 bytes) and lengths
 * around block boundaries. */
static void test_aead_multipart_cross(void)
{
    static const size_t nonce_lens[] = {1, 8, 12, 13, 16, 60};
    static const size_t lens[] = {0, 1, 15, 16, 17, 255, 1000, 5000};
    const char *want = gcm_multipart_served() ? "kcapi" : "builtin";
    uint8_t key[32], nonce[60], ad[37], tag[16];
    psa_key_id_t id;
    size_t len = 0;
    uint8_t *pt = malloc(5000), *ref = malloc(5000 + 16), *buf = malloc(5000 + 16);

    KT_ASSERT_SUCCESS(psa_generate_random(key, sizeof(key)));
    KT_ASSERT_SUCCESS(psa_generate_random(nonce, sizeof(nonce)));
    KT_ASSERT_SUCCESS(psa_generate_random(ad, sizeof(ad)));
    KT_ASSERT_SUCCESS(psa_generate_random(pt, 5000));
    id = kt_import(PSA_KEY_TYPE_AES, key, sizeof(key),
                   PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT, PSA_ALG_GCM);
    for (size_t n = 0; n < sizeof(nonce_lens) / sizeof(nonce_lens[0]); n++) {
        for (size_t l = 0; l < sizeof(lens) / sizeof(lens[0]); l++) {
            size_t ad_len = (n + l) % 3 == 0 ? 0 : (n + l) * 5 % sizeof(ad);

            KT_ASSERT_SUCCESS(psa_aead_encrypt(id, PSA_ALG_GCM, nonce, nonce_lens[n], ad,
                                               ad_len, pt, lens[l], ref, lens[l] + 16, &len));
            memcpy(buf, pt, lens[l]);
            gcm_in_place(id, 0, nonce, nonce_lens[n], ad, ad_len, buf, lens[l], 13 + l, tag,
                         want);
            KT_ASSERT_BYTES(buf, lens[l], ref, lens[l]);
            KT_ASSERT_BYTES(tag, 16, ref + lens[l], 16);
            gcm_in_place(id, 1, nonce, nonce_lens[n], ad, ad_len, buf, lens[l], 29 + l, tag,
                         want);
            KT_ASSERT_BYTES(buf, lens[l], pt, lens[l]);
        }
    }
    psa_destroy_key(id);
    free(pt);
    free(ref);
    free(buf);
}

/* A multipart XTS data unit shorter than a block fails at finish. */
static void test_xts_multipart_short(void)
{
    static const uint8_t key[32] = {1, 2, 3}, iv[16] = {4}, in[15] = {5};
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_AES, key, sizeof(key), PSA_KEY_USAGE_ENCRYPT,
                                PSA_ALG_XTS);
    uint8_t out[64];
    size_t len = 1;

    KT_ASSERT_SUCCESS(psa_cipher_encrypt_setup(&op, id, PSA_ALG_XTS));
    CU_ASSERT_STRING_EQUAL(kpsa_cipher_operation_driver(&op),
                           expected(kernel_has(PSA_ALG_XTS) &&
                                    multipart_served(PSA_ALG_XTS)));
    KT_ASSERT_SUCCESS(psa_cipher_set_iv(&op, iv, sizeof(iv)));
    KT_ASSERT_SUCCESS(psa_cipher_update(&op, in, sizeof(in), out, sizeof(out), &len));
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_cipher_finish(&op, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    psa_cipher_abort(&op);
    psa_destroy_key(id);
}

static void test_aead_multipart(void)
{
    const char *want = gcm_multipart_served() ? "kcapi" : "builtin";

    printf("\n  multipart AES-GCM served by %s ", want);
    for (size_t i = 0; i < sizeof(aead_vectors) / sizeof(aead_vectors[0]); i++) {
        if (aead_vectors[i].key_type == PSA_KEY_TYPE_AES &&
            PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(aead_vectors[i].alg) == PSA_ALG_GCM) {
            aead_multipart_all(&aead_vectors[i], want);
        }
    }
}

/* Multipart ChaCha20-Poly1305 (RFC 8439 rows) and AES-CCM (RFC 3610 and
 * SP 800-38C rows): every nonce and tag length of the vectors. */
static void test_aead_multipart_other(void)
{
    static const psa_algorithm_t bases[] = {PSA_ALG_CHACHA20_POLY1305, PSA_ALG_CCM};

    for (size_t b = 0; b < sizeof(bases) / sizeof(bases[0]); b++) {
        const char *want = aead_multipart_served(bases[b]) ? "kcapi" : "builtin";

        printf("\n  multipart %s served by %s ",
               bases[b] == PSA_ALG_CCM ? "AES-CCM" : "ChaCha20-Poly1305", want);
        for (size_t i = 0; i < sizeof(aead_vectors) / sizeof(aead_vectors[0]); i++) {
            const struct aead_vector *v = &aead_vectors[i];

            if ((v->key_type == PSA_KEY_TYPE_AES || v->key_type == PSA_KEY_TYPE_CHACHA20) &&
                PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(v->alg) == bases[b]) {
                aead_multipart_all(v, want);
            }
        }
    }
}

static void test_aead_vectors(void)
{
    for (size_t i = 0; i < sizeof(aead_vectors) / sizeof(aead_vectors[0]); i++) {
        psa_key_type_t type = aead_vectors[i].key_type;

        /* Camellia and SM4 have no kcapi path (and no libcrypto 3.0 one). */
        if ((type == PSA_KEY_TYPE_AES || type == PSA_KEY_TYPE_CHACHA20) &&
            PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(aead_vectors[i].alg) != PSA_ALG_CCM_STAR_NO_TAG) {
            aead_one(&aead_vectors[i]);
        }
    }
}

/* ---- setup ------------------------------------------------------------- */

/* In a child: one traced SHA-256 call; its trace line about kcapi comes back
 * through a pipe (KPSA_DEBUG is read once, by psa_crypto_init). */
static void capture_trace(void)
{
    int fds[2];
    pid_t pid;
    ssize_t n;
    size_t got = 0;

    if (pipe(fds) != 0 || (pid = fork()) < 0) {
        return;
    }
    if (pid == 0) {
        static const uint8_t msg[64];
        uint8_t md[32];
        size_t len;

        dup2(fds[1], 2);
        setenv("KPSA_DEBUG", "dispatch", 1);
        if (psa_crypto_init() == PSA_SUCCESS &&
            psa_hash_compute(PSA_ALG_SHA_256, msg, sizeof(msg), md, sizeof(md), &len) ==
                PSA_SUCCESS) {
            _exit(0);
        }
        _exit(1);
    }
    close(fds[1]);
    while (got + 1 < sizeof(trace_line) &&
           (n = read(fds[0], trace_line + got, sizeof(trace_line) - 1 - got)) > 0) {
        got += (size_t)n;
    }
    trace_line[got] = '\0';
    close(fds[0]);
    waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
    static const kt_test chain[] = {
        {"kcapi is in the driver chain", test_chain_has_kcapi},
        {"KPSA_DEBUG=dispatch shows kcapi's decision", test_trace_shows_decision},
    };
    static const kt_test vectors[] = {
        {"hash vectors (single-part, multipart, clone mid-way)", test_hash_vectors},
        {"MAC vectors (compute, sign, verify)", test_mac_vectors},
        {"cipher vectors (single-part, multipart in chunks and in place)", test_cipher_vectors},
        {"ChaCha20 block counter limit (multipart)", test_chacha_counter_limit},
        {"CBC-PKCS7 bad padding (single-part, multipart)", test_cipher_bad_padding},
        {"AEAD vectors (encrypt, decrypt, tampered tag)", test_aead_vectors},
        {"AES-GCM multipart (chunked, shortened tags, tampered tag)", test_aead_multipart},
        {"AES-GCM multipart in place against single-part", test_aead_multipart_cross},
        {"ChaCha20-Poly1305 and AES-CCM multipart (chunked, tampered tag)",
         test_aead_multipart_other},
        {"XTS multipart shorter than a block", test_xts_multipart_short},
    };
    int fd = socket(AF_ALG, SOCK_SEQPACKET, 0);
    psa_status_t status;

    in_guest = fd >= 0;
    kcapi_set_verbosity(KCAPI_LOG_NONE);
    if (fd >= 0) {
        close(fd);
    }
    setenv("KPSA_DRIVER_PATH", KT_TOP_BUILDDIR "/plugins/kcapi/drivers.d", 1);
    setenv("KPSA_KCAPI_POLICY", "all", 1);
    setenv("KPSA_KCAPI_THRESHOLD", "0", 1);
    capture_trace();
    status = psa_crypto_init();
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed: %d\n", (int)status);
        return 1;
    }
    printf("test_kcapi: %s\n", in_guest ? "AF_ALG present: kcapi must serve what the kernel has"
                                        : "no AF_ALG: every call must fall back to builtin");
    KT_ADD_SUITE("kcapi chain", chain);
    KT_ADD_SUITE("kcapi vectors", vectors);
    return kt_run(argc, argv);
}
