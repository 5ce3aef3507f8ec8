/*
 * test_pkey.c - asymmetric key management: import, export, public-key
 * export and generation of RSA, ECC and FFDH keys, psa_generate_key_custom,
 * and the exact statuses of malformed or unsupported keys.
 *
 * Known answers are the published keys of vectors/pkey.h.  Generated keys
 * are checked for consistency: export, re-import, the same public key.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "vectors/pkey.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define BUF_MAX PSA_EXPORT_ASYMMETRIC_KEY_MAX_SIZE

/* Import data as (type, bits) with EXPORT usage; returns the status. */
static psa_status_t import(psa_key_type_t type, size_t bits, const uint8_t *data, size_t len,
                           psa_key_id_t *id)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    psa_status_t status = psa_import_key(&a, data, len, id);
    psa_reset_key_attributes(&a);
    return status;
}

static psa_status_t import_hex(psa_key_type_t type, size_t bits, const char *hex)
{
    struct kt_buf b = kt_hex(hex);
    psa_key_id_t id = PSA_KEY_ID_NULL;
    psa_status_t status = import(type, bits, b.data, b.len, &id);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    } else {
        CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    }
    kt_buf_free(&b);
    return status;
}

static void check_bits(psa_key_id_t id, psa_key_type_t type, size_t bits)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &a));
    CU_ASSERT_EQUAL(psa_get_key_type(&a), type);
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), bits);
    psa_reset_key_attributes(&a);
}

/*
 * The key pair (type, bits) given by priv: imports with bits 0 and with the
 * right bits, exports as `exported` (the canonical form), exports `pub` as
 * its public key (twice: the second call uses the key's cached object); the
 * public key imports and exports as itself.
 */
static void check_pair(psa_key_type_t type, size_t bits, const struct kt_buf *priv,
                       const struct kt_buf *exported, const struct kt_buf *pub)
{
    psa_key_type_t pub_type = PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type);
    uint8_t *out = malloc(BUF_MAX);
    size_t len = 0;
    psa_key_id_t id = PSA_KEY_ID_NULL;

    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    for (int explicit_bits = 0; explicit_bits < 2; explicit_bits++) {
        KT_ASSERT_SUCCESS(import(type, explicit_bits ? bits : 0, priv->data, priv->len, &id));
        check_bits(id, type, bits);
        KT_ASSERT_SUCCESS(psa_export_key(id, out, BUF_MAX, &len));
        KT_ASSERT_BYTES(out, len, exported->data, exported->len);
        for (int i = 0; i < 2; i++) {
            KT_ASSERT_SUCCESS(psa_export_public_key(id, out, BUF_MAX, &len));
            KT_ASSERT_BYTES(out, len, pub->data, pub->len);
        }
        /* One byte short of the public key: nothing is written. */
        KT_ASSERT_STATUS(psa_export_public_key(id, out, pub->len - 1, &len),
                         PSA_ERROR_BUFFER_TOO_SMALL);
        CU_ASSERT_EQUAL(len, 0);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    KT_ASSERT_SUCCESS(import(pub_type, 0, pub->data, pub->len, &id));
    check_bits(id, pub_type, bits);
    KT_ASSERT_SUCCESS(psa_export_key(id, out, BUF_MAX, &len));
    KT_ASSERT_BYTES(out, len, pub->data, pub->len);
    KT_ASSERT_SUCCESS(psa_export_public_key(id, out, BUF_MAX, &len));
    KT_ASSERT_BYTES(out, len, pub->data, pub->len);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    free(out);
}

/* ---- known keys ---------------------------------------------------------- */

static void test_ecc_vectors(void)
{
    for (size_t i = 0; i < N_ELEMS(pkey_ecc_vectors); i++) {
        const struct pkey_ecc_vector *v = &pkey_ecc_vectors[i];
        struct kt_buf priv = kt_hex(v->private_key);
        struct kt_buf pub = kt_hex(v->public_key);
        struct kt_buf exported = kt_hex(v->exported != NULL ? v->exported : v->private_key);
        check_pair(PSA_KEY_TYPE_ECC_KEY_PAIR(v->family), v->bits, &priv, &exported, &pub);
        kt_buf_free(&priv);
        kt_buf_free(&pub);
        kt_buf_free(&exported);
    }
}

static void test_rsa_vectors(void)
{
    for (size_t i = 0; i < N_ELEMS(pkey_rsa_vectors); i++) {
        const struct pkey_rsa_vector *v = &pkey_rsa_vectors[i];
        struct kt_buf priv = kt_hex(v->key_pair);
        struct kt_buf pub = kt_hex(v->public_key);
        check_pair(PSA_KEY_TYPE_RSA_KEY_PAIR, v->bits, &priv, &priv, &pub);
        kt_buf_free(&priv);
        kt_buf_free(&pub);
    }
}

static const size_t ffdh_sizes[] = {2048, 3072, 4096, 6144, 8192};

/* A big-endian integer of `len` bytes with value v (< 256). */
static struct kt_buf small_int(size_t len, uint8_t v)
{
    struct kt_buf b = {calloc(1, len), len};
    CU_ASSERT_PTR_NOT_NULL_FATAL(b.data);
    b.data[len - 1] = v;
    return b;
}

/* The published FFDH key pairs, and: RFC 7919 groups have g = 2 (RFC 7919
 * Appendix A), so x = 1 gives y = 2 and x = 2 gives y = 4, in every group. */
static void test_ffdh_keys(void)
{
    for (size_t i = 0; i < N_ELEMS(pkey_ffdh_vectors); i++) {
        const struct pkey_ffdh_vector *v = &pkey_ffdh_vectors[i];
        struct kt_buf priv = kt_hex(v->key_pair);
        struct kt_buf pub = kt_hex(v->public_key);
        check_pair(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), v->bits, &priv, &priv, &pub);
        kt_buf_free(&priv);
        kt_buf_free(&pub);
    }
    for (size_t i = 0; i < N_ELEMS(ffdh_sizes); i++) {
        size_t len = ffdh_sizes[i] / 8;
        for (uint8_t x = 1; x <= 2; x++) {
            struct kt_buf priv = small_int(len, x);
            struct kt_buf pub = small_int(len, (uint8_t)(2 * x));
            check_pair(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), ffdh_sizes[i], &priv,
                       &priv, &pub);
            kt_buf_free(&priv);
            kt_buf_free(&pub);
        }
    }
}

/* ---- the key's cached libcrypto object ------------------------------------- */

#define RACE_THREADS 8
#define RACE_ROUNDS 20

struct racer {
    pthread_t thread;
    psa_key_id_t id;
    const struct kt_buf *pub;
    int failures;
};

static void *racer_main(void *arg)
{
    struct racer *r = arg;
    uint8_t out[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t len = 0;
    for (int i = 0; i < RACE_ROUNDS; i++) {
        if (psa_export_public_key(r->id, out, sizeof(out), &len) != PSA_SUCCESS ||
            len != r->pub->len || memcmp(out, r->pub->data, len) != 0) {
            r->failures++;
        }
    }
    return NULL;
}

/* Threads racing to decode a fresh key's object (the first use installs it
 * with a compare-and-swap; losers free theirs): all see the same key. */
static void test_cache_race(void)
{
    const struct pkey_ecc_vector *v = &pkey_ecc_vectors[2];
    struct kt_buf priv = kt_hex(v->private_key);
    struct kt_buf pub = kt_hex(v->public_key);
    struct racer racers[RACE_THREADS];

    for (int round = 0; round < 4; round++) {
        psa_key_id_t id = PSA_KEY_ID_NULL;
        KT_ASSERT_SUCCESS(import(PSA_KEY_TYPE_ECC_KEY_PAIR(v->family), 0, priv.data, priv.len,
                                 &id));
        for (int t = 0; t < RACE_THREADS; t++) {
            racers[t] = (struct racer){.id = id, .pub = &pub, .failures = 0};
            CU_ASSERT_EQUAL_FATAL(pthread_create(&racers[t].thread, NULL, racer_main,
                                                 &racers[t]),
                                  0);
        }
        for (int t = 0; t < RACE_THREADS; t++) {
            CU_ASSERT_EQUAL(pthread_join(racers[t].thread, NULL), 0);
            CU_ASSERT_EQUAL(racers[t].failures, 0);
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    kt_buf_free(&priv);
    kt_buf_free(&pub);
}

/* ---- generation ------------------------------------------------------------ */

/* Generate (type, bits), then export, re-import and compare public keys. */
static void generate_and_check(psa_key_type_t type, size_t bits)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    uint8_t *priv = malloc(BUF_MAX), *pub = malloc(BUF_MAX), *out = malloc(BUF_MAX);
    size_t priv_len = 0, pub_len = 0, len = 0;
    psa_key_id_t id = PSA_KEY_ID_NULL, again = PSA_KEY_ID_NULL;

    CU_ASSERT_FATAL(priv != NULL && pub != NULL && out != NULL);
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    KT_ASSERT_SUCCESS(psa_generate_key(&a, &id));
    check_bits(id, type, bits);
    KT_ASSERT_SUCCESS(psa_export_key(id, priv, BUF_MAX, &priv_len));
    CU_ASSERT(priv_len <= PSA_EXPORT_KEY_OUTPUT_SIZE(type, bits));
    KT_ASSERT_SUCCESS(psa_export_public_key(id, pub, BUF_MAX, &pub_len));
    CU_ASSERT(pub_len <= PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(type, bits));
    KT_ASSERT_SUCCESS(import(type, 0, priv, priv_len, &again));
    check_bits(again, type, bits);
    KT_ASSERT_SUCCESS(psa_export_key(again, out, BUF_MAX, &len));
    KT_ASSERT_BYTES(out, len, priv, priv_len);
    KT_ASSERT_SUCCESS(psa_export_public_key(again, out, BUF_MAX, &len));
    KT_ASSERT_BYTES(out, len, pub, pub_len);
    KT_ASSERT_SUCCESS(psa_destroy_key(again));
    KT_ASSERT_SUCCESS(import(PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type), 0, pub, pub_len, &again));
    KT_ASSERT_SUCCESS(psa_export_key(again, out, BUF_MAX, &len));
    KT_ASSERT_BYTES(out, len, pub, pub_len);
    KT_ASSERT_SUCCESS(psa_destroy_key(again));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    psa_reset_key_attributes(&a);
    free(priv);
    free(pub);
    free(out);
}

static void test_generate_ecc(void)
{
    for (size_t i = 0; i < N_ELEMS(pkey_ecc_vectors); i++) {
        const struct pkey_ecc_vector *v = &pkey_ecc_vectors[i];
        generate_and_check(PSA_KEY_TYPE_ECC_KEY_PAIR(v->family), v->bits);
    }
}

static void test_generate_rsa(void)
{
    static const size_t sizes[] = {1024, 1025, 1032, 2048, 3072, 4096};
    for (size_t i = 0; i < N_ELEMS(sizes); i++) {
        generate_and_check(PSA_KEY_TYPE_RSA_KEY_PAIR, sizes[i]);
    }
}

static void test_generate_ffdh(void)
{
    for (size_t i = 0; i < N_ELEMS(ffdh_sizes); i++) {
        generate_and_check(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), ffdh_sizes[i]);
    }
}

static psa_status_t generate(psa_key_type_t type, size_t bits)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t id = PSA_KEY_ID_NULL;
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_status_t status = psa_generate_key(&a, &id);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    CU_ASSERT(status == PSA_SUCCESS || id == PSA_KEY_ID_NULL);
    return status;
}

static void test_generate_errors(void)
{
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_RSA_PUBLIC_KEY, 2048), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), 256),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_DH_PUBLIC_KEY(PSA_DH_FAMILY_RFC7919), 2048),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_RSA_KEY_PAIR, 512), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_RSA_KEY_PAIR, 1016), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_RSA_KEY_PAIR, 4104), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 255),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_K1), 233),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY), 256),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919), 1024),
                     PSA_ERROR_NOT_SUPPORTED);
}

/* ---- psa_generate_key_custom ---------------------------------------------------- */

static psa_status_t generate_custom(psa_key_type_t type, size_t bits, uint32_t flags,
                                    const uint8_t *data, size_t len, psa_key_id_t *id)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_custom_key_parameters_t custom = PSA_CUSTOM_KEY_PARAMETERS_INIT;
    custom.flags = flags;
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_EXPORT);
    *id = PSA_KEY_ID_NULL;
    psa_status_t status = psa_generate_key_custom(&a, &custom, data, len, id);
    CU_ASSERT(status == PSA_SUCCESS || *id == PSA_KEY_ID_NULL);
    return status;
}

/* The RSAPublicKey of an RSA key ends with the exponent's INTEGER. */
static void check_exponent(psa_key_id_t id, const uint8_t *e_der, size_t e_der_len)
{
    uint8_t pub[PSA_EXPORT_PUBLIC_KEY_MAX_SIZE];
    size_t len = 0;
    KT_ASSERT_SUCCESS(psa_export_public_key(id, pub, sizeof(pub), &len));
    CU_ASSERT_FATAL(len > e_der_len);
    KT_ASSERT_BYTES(pub + len - e_der_len, e_der_len, e_der, e_der_len);
}

static void test_custom_exponent(void)
{
    /* custom_data is little-endian (Crypto API 1.3, PSA_KEY_TYPE_RSA_KEY_PAIR). */
    static const uint8_t e3[] = {0x03}, e3_padded[] = {0x03, 0x00, 0x00};
    static const uint8_t e65537[] = {0x01, 0x00, 0x01};
    static const uint8_t e65539[] = {0x03, 0x00, 0x01};
    static const uint8_t der3[] = {0x02, 0x01, 0x03};
    static const uint8_t der65537[] = {0x02, 0x03, 0x01, 0x00, 0x01};
    static const uint8_t der65539[] = {0x02, 0x03, 0x01, 0x00, 0x03};
    psa_key_id_t id;

    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, 0, e3, 1, &id));
    check_exponent(id, der3, sizeof(der3));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_RSA_KEY_PAIR, 2048, 0, e3_padded, 3, &id));
    check_exponent(id, der3, sizeof(der3));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_RSA_KEY_PAIR, 2048, 0, e65537, 3, &id));
    check_exponent(id, der65537, sizeof(der65537));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, 0, e65539, 3, &id));
    check_exponent(id, der65539, sizeof(der65539));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    /* Default parameters: psa_generate_key(), e = 65537. */
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, 0, NULL, 0, &id));
    check_exponent(id, der65537, sizeof(der65537));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256, 0,
                                      NULL, 0, &id));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(generate_custom(PSA_KEY_TYPE_AES, 128, 0, NULL, 0, &id));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

static void test_custom_errors(void)
{
    static const uint8_t even[] = {0x00, 0x00, 0x01}, one[] = {0x01}, zero[] = {0x00};
    static const uint8_t wide[] = {0x01, 0x00, 0x00, 0x00, 0x01};
    static const uint8_t e3[] = {0x03};
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_custom_key_parameters_t custom = PSA_CUSTOM_KEY_PARAMETERS_INIT;
    psa_key_type_t rsa = PSA_KEY_TYPE_RSA_KEY_PAIR;
    psa_key_id_t id;

    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 0, even, sizeof(even), &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 0, one, 1, &id), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 0, zero, 1, &id), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 0, wide, sizeof(wide), &id),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 1, NULL, 0, &id), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(rsa, 1024, 1, e3, 1, &id), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(rsa, 512, 0, e3, 1, &id), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(generate_custom(PSA_KEY_TYPE_RSA_PUBLIC_KEY, 1024, 0, e3, 1, &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256, 0,
                                     e3, 1, &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(generate_custom(PSA_KEY_TYPE_AES, 128, 0, e3, 1, &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* NULL arguments. */
    psa_set_key_type(&a, rsa);
    psa_set_key_bits(&a, 1024);
    KT_ASSERT_STATUS(psa_generate_key_custom(&a, NULL, NULL, 0, &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_generate_key_custom(&a, &custom, NULL, 1, &id),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_generate_key_custom(&a, &custom, e3, 1, NULL),
                     PSA_ERROR_INVALID_ARGUMENT);
}

/* ---- malformed and unsupported keys ---------------------------------------------- */

/* A copy of hex's bytes with `extra` bytes of room. */
static struct kt_buf mutable_hex(const char *hex, size_t extra)
{
    struct kt_buf b = kt_hex(hex);
    uint8_t *p = realloc(b.data, b.len + extra + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    b.data = p;
    return b;
}

static psa_status_t import_buf(psa_key_type_t type, size_t bits, const uint8_t *p, size_t len)
{
    psa_key_id_t id = PSA_KEY_ID_NULL;
    psa_status_t status = import(type, bits, p, len, &id);
    if (status == PSA_SUCCESS) {
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
    return status;
}

/* Offset and length of the content of the k-th element (0-based) of the
 * outer SEQUENCE of a DER structure (definite lengths of up to 2 bytes). */
static size_t der_item(const uint8_t *p, size_t k, size_t *len)
{
    size_t off = 0;
    for (size_t depth = 0; depth <= k + 1; depth++) {
        size_t n = p[off + 1], h = 2;
        if (n & 0x80u) {
            size_t nb = n & 0x7fu;
            n = 0;
            for (size_t i = 0; i < nb; i++) {
                n = n << 8 | p[off + 2 + i];
            }
            h += nb;
        }
        if (depth == k + 1) {
            *len = n;
            return off + h;
        }
        /* The first step enters the SEQUENCE, the others skip an element. */
        off += depth == 0 ? h : h + n;
    }
    return 0;
}

static const struct pkey_rsa_vector *rsa2048(void)
{
    CU_ASSERT_EQUAL_FATAL(pkey_rsa_vectors[1].bits, 2048);
    return &pkey_rsa_vectors[1];
}

static void test_rsa_malformed(void)
{
    const psa_key_type_t pair = PSA_KEY_TYPE_RSA_KEY_PAIR, pub = PSA_KEY_TYPE_RSA_PUBLIC_KEY;
    struct kt_buf k = mutable_hex(rsa2048()->key_pair, 1);
    struct kt_buf pk = mutable_hex(rsa2048()->public_key, 1);

    KT_ASSERT_SUCCESS(import_buf(pair, 0, k.data, k.len));
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, k.len - 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, k.len / 2), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, 4), PSA_ERROR_INVALID_ARGUMENT);
    k.data[k.len] = 0x00;
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, k.len + 1), PSA_ERROR_INVALID_ARGUMENT);
    pk.data[pk.len] = 0x00;
    KT_ASSERT_STATUS(import_buf(pub, 0, pk.data, pk.len + 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pub, 0, pk.data, pk.len - 1), PSA_ERROR_INVALID_ARGUMENT);
    /* Each structure under the other type. */
    KT_ASSERT_STATUS(import_buf(pub, 0, k.data, k.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pair, 0, pk.data, pk.len), PSA_ERROR_INVALID_ARGUMENT);
    /* Version 1 (multi-prime). */
    size_t vlen = 0, voff = der_item(k.data, 0, &vlen);
    CU_ASSERT_EQUAL_FATAL(vlen, 1);
    k.data[voff] = 1;
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, k.len), PSA_ERROR_INVALID_ARGUMENT);
    k.data[voff] = 0;
    /* Not a SEQUENCE. */
    k.data[0] = 0x31;
    KT_ASSERT_STATUS(import_buf(pair, 0, k.data, k.len), PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&k);
    kt_buf_free(&pk);
    /* The same key as PKCS#8, a format the Crypto API does not define. */
    KT_ASSERT_STATUS(import_hex(pair, 0, pkey_rsa2048_pkcs8), PSA_ERROR_INVALID_ARGUMENT);
    /* Integer encodings: negative, non-minimal, empty; long-form length < 128. */
    KT_ASSERT_STATUS(import_hex(pub, 0, "3008020181020301 0001"), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(pub, 0, "300902020005020301 0001"),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(pub, 0, "30070200020301 0001"), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(pub, 0, "3081080201050203010001"), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(pub, 0, "30800201050203010001 0000"),
                     PSA_ERROR_INVALID_ARGUMENT);
}

/* Flip bit `mask` of the last byte of the k-th component of a DER key. */
static psa_status_t import_flipped(psa_key_type_t type, const char *hex, size_t k,
                                   uint8_t mask)
{
    struct kt_buf b = mutable_hex(hex, 0);
    size_t len = 0, off = der_item(b.data, k, &len);
    b.data[off + len - 1] ^= mask;
    psa_status_t status = import_buf(type, 0, b.data, b.len);
    kt_buf_free(&b);
    return status;
}

static void test_rsa_inconsistent(void)
{
    const psa_key_type_t pair = PSA_KEY_TYPE_RSA_KEY_PAIR, pub = PSA_KEY_TYPE_RSA_PUBLIC_KEY;
    const char *k = rsa2048()->key_pair, *pk = rsa2048()->public_key;

    /* Components: version, n, e, d, p, q, dp, dq, qinv. */
    for (size_t c = 1; c <= 8; c++) {
        KT_ASSERT_STATUS(import_flipped(pair, k, c, 0x02), PSA_ERROR_INVALID_ARGUMENT);
    }
    /* Even modulus, even exponent. */
    KT_ASSERT_STATUS(import_flipped(pair, k, 1, 0x01), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_flipped(pub, pk, 0, 0x01), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_flipped(pub, pk, 1, 0x01), PSA_ERROR_INVALID_ARGUMENT);
    /* e = 1 and e = n are out of range. */
    struct kt_buf b = mutable_hex(pk, 0);
    size_t len = 0, off = der_item(b.data, 1, &len);
    CU_ASSERT_EQUAL_FATAL(len, 3);
    memcpy(b.data + off, "\x00\x00\x01", 3);
    b.data[off] = 0;
    KT_ASSERT_STATUS(import_buf(pub, 0, b.data, b.len), PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&b);
}

/* A DER length in minimal form at p[*i]. */
static void put_length(uint8_t *p, size_t *i, size_t n)
{
    if (n >= 0x100) {
        p[(*i)++] = 0x82;
        p[(*i)++] = (uint8_t)(n >> 8);
    } else if (n >= 0x80) {
        p[(*i)++] = 0x81;
    }
    p[(*i)++] = (uint8_t)n;
}

/* An RSAPublicKey with an odd modulus of nbytes bytes (top byte 0xc0) and an
 * odd exponent of e_bytes bytes (01 00 .. 00 01; 3 bytes: 65537). */
static psa_status_t import_rsa_pub(size_t nbytes, size_t e_bytes, size_t bits)
{
    size_t n_len = nbytes + 1;
    size_t content = 1 + (n_len >= 0x100 ? 3 : n_len >= 0x80 ? 2 : 1) + n_len + 2 + e_bytes;
    uint8_t *p = calloc(1, content + 4);
    size_t i = 0;
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    p[i++] = 0x30;
    put_length(p, &i, content);
    p[i++] = 0x02;
    put_length(p, &i, n_len);
    p[i++] = 0x00;
    p[i] = 0xc0;
    i += nbytes;
    p[i - 1] = 0x01;
    p[i++] = 0x02;
    p[i++] = (uint8_t)e_bytes;
    p[i] = 0x01;
    i += e_bytes;
    p[i - 1] = 0x01;
    psa_status_t status = import_buf(PSA_KEY_TYPE_RSA_PUBLIC_KEY, bits, p, i);
    free(p);
    return status;
}

static psa_status_t import_rsa_pub_of_size(size_t nbytes, size_t bits)
{
    return import_rsa_pub(nbytes, 3, bits);
}

static void test_rsa_sizes(void)
{
    const char *k = rsa2048()->key_pair;

    KT_ASSERT_STATUS(import_hex(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, k), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(PSA_KEY_TYPE_RSA_KEY_PAIR, 2047, k), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(PSA_KEY_TYPE_RSA_KEY_PAIR, 2049, k), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(import_hex(PSA_KEY_TYPE_RSA_KEY_PAIR, 2048, k));
    KT_ASSERT_SUCCESS(import_rsa_pub_of_size(128, 0));
    KT_ASSERT_SUCCESS(import_rsa_pub_of_size(512, 4096));
    KT_ASSERT_STATUS(import_rsa_pub_of_size(64, 0), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_rsa_pub_of_size(127, 0), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_rsa_pub_of_size(513, 0), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_rsa_pub_of_size(128, 2048), PSA_ERROR_INVALID_ARGUMENT);
    /* libcrypto refuses exponents above 64 bits with moduli above 3072 bits. */
    KT_ASSERT_SUCCESS(import_rsa_pub(384, 9, 0));
    KT_ASSERT_SUCCESS(import_rsa_pub(512, 8, 0));
    KT_ASSERT_STATUS(import_rsa_pub(512, 9, 0), PSA_ERROR_NOT_SUPPORTED);
}

#define P256_PAIR PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)
#define P256_PUB PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1)
/* FIPS 186-4 D.1.2.3 (P-256): the order n and the base point G. */
#define P256_N "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"
#define P256_N_MINUS_1 "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550"
#define P256_N_PLUS_1 "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632552"
#define P256_P "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"
#define P256_GX "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
#define P256_GY "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"
#define P256_GY_PLUS_1 "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f6"
/* SEC 2 v2 2.4.1: the order of secp256k1. */
#define K256_N "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"

static void test_ecc_bad_private(void)
{
    const psa_key_type_t k1 = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_K1);
    const psa_key_type_t p521 = P256_PAIR;
    char ones[2 * 66 + 1];

    KT_ASSERT_STATUS(import_hex(P256_PAIR, 0, "00000000000000000000000000000000"
                                              "00000000000000000000000000000000"),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 256, P256_N), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 0, P256_N_PLUS_1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(import_hex(P256_PAIR, 0, P256_N_MINUS_1));
    KT_ASSERT_STATUS(import_hex(k1, 0, K256_N), PSA_ERROR_INVALID_ARGUMENT);
    memset(ones, 'f', sizeof(ones) - 1);
    ones[sizeof(ones) - 1] = '\0';
    KT_ASSERT_STATUS(import_hex(p521, 521, ones), PSA_ERROR_INVALID_ARGUMENT);
    ones[64] = '\0';
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 256, ones), PSA_ERROR_INVALID_ARGUMENT);
}

static void test_ecc_bad_public(void)
{
    KT_ASSERT_SUCCESS(import_hex(P256_PUB, 0, "04" P256_GX P256_GY));
    /* Off the curve: y + 1, y = 0. */
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "04" P256_GX P256_GY_PLUS_1),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 256, "04" P256_GX "00000000000000000000000000000000"
                                                            "00000000000000000000000000000000"),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* A coordinate equal to p. */
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "04" P256_P P256_GY), PSA_ERROR_INVALID_ARGUMENT);
    /* Compressed points, the point at infinity. */
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "03" P256_GX), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 256, "03" P256_GX), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 256, "02" P256_GX), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "00"), PSA_ERROR_INVALID_ARGUMENT);
    /* Hybrid form (06/07) and a wrong first byte with the right length. */
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "07" P256_GX P256_GY), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "05" P256_GX P256_GY), PSA_ERROR_INVALID_ARGUMENT);
    /* Lengths. */
    KT_ASSERT_STATUS(import_hex(P256_PUB, 256, "04" P256_GX P256_GY "00"),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 0, "04" P256_GX P256_GY "00"),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_hex(P256_PUB, 384, "04" P256_GX P256_GY),
                     PSA_ERROR_INVALID_ARGUMENT);
}

/* Wycheproof's public points: the valid ones import, every invalid one
 * (with the curve's size given) is PSA_ERROR_INVALID_ARGUMENT. */
static void test_wycheproof_points(void)
{
    for (size_t i = 0; i < N_ELEMS(pkey_ec_point_vectors); i++) {
        const struct pkey_ec_point_vector *v = &pkey_ec_point_vectors[i];
        psa_status_t status =
            import_hex(PSA_KEY_TYPE_ECC_PUBLIC_KEY(v->family), v->bits, v->point);
        if (status != (v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT)) {
            fprintf(stderr, "\npoint vector %zu: %s\n", i, v->point);
        }
        KT_ASSERT_STATUS(status, v->valid ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT);
    }
}

static void test_ecc_sizes(void)
{
    const psa_key_type_t x = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY);
    const psa_key_type_t x_pub = PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_MONTGOMERY);
    const psa_key_type_t ed = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    const psa_key_type_t ed_pub = PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS);
    const char *d31 = "01020304050607080910111213141516171819202122232425262728293031";
    const char *d32 = "0102030405060708091011121314151617181920212223242526272829303132";
    const char *d33 = "010203040506070809101112131415161718192021222324252627282930313233";
    const char *d56 = "0102030405060708091011121314151617181920212223242526272829303132"
                      "333435363738394041424344454647484950515253545556";

    KT_ASSERT_STATUS(import_hex(P256_PAIR, 256, d31), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 0, d31), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 256, d33), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 384, d32), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(P256_PAIR, 200, d32), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_hex(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_K1), 0, d32),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_hex(x, 255, d31), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(x, 0, d33), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_hex(x, 448, d32), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(x_pub, 255, d33), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(ed, 448, d56), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(ed_pub, 255, d31), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(import_hex(x, 0, d32));
    KT_ASSERT_SUCCESS(import_hex(ed, 0, d32));
}

/* An Edwards public key of len bytes: first byte `first`, last byte `last`,
 * zeros between. */
static psa_status_t import_edwards(size_t len, uint8_t first, uint8_t last)
{
    uint8_t k[57] = {0};
    k[0] = first;
    k[len - 1] = last;
    return import_buf(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS), 0, k, len);
}

/* Edwards public keys must decode to a point (RFC 8032 5.1.3, 5.2.3).  y = 2
 * gives no x on either curve (x^2 = (y^2 - 1) / (d y^2 - a) is not a square);
 * y = p is not canonical; x = 0 (y = 1) cannot have its sign bit set. */
static void test_edwards_public(void)
{
    const psa_key_type_t ed = PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS);

    KT_ASSERT_STATUS(import_edwards(32, 0x02, 0x00), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_edwards(32, 0x01, 0x80), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(import_edwards(32, 0x01, 0x00));
    KT_ASSERT_STATUS(import_hex(ed, 0, "edffffffffffffffffffffffffffffff"
                                       "ffffffffffffffffffffffffffffff7f"),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_edwards(57, 0x02, 0x00), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_edwards(57, 0x01, 0x80), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(import_edwards(57, 0x01, 0x00));
    /* Bits of the last byte other than the sign are above p. */
    KT_ASSERT_STATUS(import_edwards(57, 0x01, 0x01), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_hex(ed, 0, "ffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                                       "feffffffffffffffffffffffffffffffffffffffffffffffffffff"
                                       "ffff00"),
                     PSA_ERROR_INVALID_ARGUMENT);
}

/* A copy of the ffdhe2048 prime minus `sub` (sub < the last byte). */
static struct kt_buf ffdhe2048_minus(uint8_t sub)
{
    struct kt_buf b = kt_hex(pkey_ffdhe2048_p);
    CU_ASSERT_FATAL(b.len == 256 && b.data[255] > sub);
    b.data[255] = (uint8_t)(b.data[255] - sub);
    return b;
}

static void test_ffdh_bad(void)
{
    const psa_key_type_t pair = PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919);
    const psa_key_type_t pub = PSA_KEY_TYPE_DH_PUBLIC_KEY(PSA_DH_FAMILY_RFC7919);
    struct kt_buf v;

    v = small_int(256, 0);
    KT_ASSERT_STATUS(import_buf(pair, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pub, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    v.data[255] = 1;
    KT_ASSERT_STATUS(import_buf(pub, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pair, 0, v.data, v.len - 1), PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(import_buf(pair, 2048, v.data, v.len - 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pair, 3072, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(PSA_KEY_TYPE_DH_KEY_PAIR(0x05), 0, v.data, v.len),
                     PSA_ERROR_NOT_SUPPORTED);
    kt_buf_free(&v);
    /* x = p is out of range; x = p - 1 is the top of the Crypto API's range. */
    v = ffdhe2048_minus(0);
    KT_ASSERT_STATUS(import_buf(pair, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(import_buf(pub, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&v);
    v = ffdhe2048_minus(1);
    KT_ASSERT_SUCCESS(import_buf(pair, 0, v.data, v.len));
    /* y = p - 1 has order 2. */
    KT_ASSERT_STATUS(import_buf(pub, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&v);
    /* y = p - 2 = -2 is not a quadratic residue (p = 7 mod 8): order 2q. */
    v = ffdhe2048_minus(2);
    KT_ASSERT_STATUS(import_buf(pub, 0, v.data, v.len), PSA_ERROR_INVALID_ARGUMENT);
    kt_buf_free(&v);
}

static void test_init(void)
{
    KT_ASSERT_SUCCESS(psa_crypto_init());
}

int main(int argc, char **argv)
{
    static const kt_test setup[] = {
        {"init", test_init},
    };
    static const kt_test known[] = {
        {"ECC published keys", test_ecc_vectors},
        {"RSA published keys", test_rsa_vectors},
        {"FFDH keys", test_ffdh_keys},
        {"threads racing on a new key", test_cache_race},
    };
    static const kt_test gen[] = {
        {"ECC", test_generate_ecc},
        {"RSA", test_generate_rsa},
        {"FFDH", test_generate_ffdh},
        {"errors", test_generate_errors},
        {"custom exponent", test_custom_exponent},
        {"custom errors", test_custom_errors},
    };
    static const kt_test negative[] = {
        {"RSA DER", test_rsa_malformed},
        {"RSA consistency", test_rsa_inconsistent},
        {"RSA sizes", test_rsa_sizes},
        {"ECC private", test_ecc_bad_private},
        {"ECC public", test_ecc_bad_public},
        {"ECC public (Wycheproof)", test_wycheproof_points},
        {"ECC sizes", test_ecc_sizes},
        {"Edwards public", test_edwards_public},
        {"FFDH", test_ffdh_bad},
    };
    KT_ADD_SUITE("setup", setup);
    KT_ADD_SUITE("known keys", known);
    KT_ADD_SUITE("generation", gen);
    KT_ADD_SUITE("invalid keys", negative);
    return kt_run(argc, argv);
}
