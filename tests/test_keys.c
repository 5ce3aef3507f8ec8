/*
 * test_keys.c - key attributes, the volatile key store, key policy and the
 * key management API (import, generate, export, copy, destroy, purge).
 *
 * Valid and invalid key sizes come from the key type definitions of the PSA
 * Crypto API 1.2 (keys/types.rst); expected statuses from keys/management.rst
 * and the choices documented at the top of lib/core/keys.c.
 */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"

#define GARBAGE_ID ((psa_key_id_t)0x5a5a5a5a)

/* Deterministic filler for key data (not a secret in a test). */
static void fill(uint8_t *p, size_t n, uint32_t seed)
{
    uint32_t x = seed * 2654435761u + 1u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        p[i] = (uint8_t)x;
    }
}

static void set_odd_parity(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned ones = (unsigned)__builtin_popcount(p[i] & 0xfeu);
        p[i] = (uint8_t)((p[i] & 0xfeu) | ((ones & 1u) ^ 1u));
    }
}

static int has_odd_parity(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((__builtin_popcount(p[i]) & 1) == 0) {
            return 0;
        }
    }
    return 1;
}

static psa_key_attributes_t attrs(psa_key_type_t type, size_t bits, psa_key_usage_t usage,
                                  psa_algorithm_t alg)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_set_key_type(&a, type);
    psa_set_key_bits(&a, bits);
    psa_set_key_usage_flags(&a, usage);
    psa_set_key_algorithm(&a, alg);
    return a;
}

/* Import `bits` bits of filler as `type`, valid DES parity included. */
static psa_status_t import_filler(psa_key_type_t type, size_t bits, size_t attr_bits,
                                  psa_key_usage_t usage, psa_algorithm_t alg, psa_key_id_t *id)
{
    static uint8_t data[8192];
    psa_key_attributes_t a = attrs(type, attr_bits, usage, alg);
    fill(data, bits / 8, (uint32_t)(type + bits));
    if (type == PSA_KEY_TYPE_DES) {
        set_odd_parity(data, bits / 8);
    }
    return psa_import_key(&a, data, bits / 8, id);
}

/* ---- before psa_crypto_init --------------------------------------------- */

static void test_bad_state(void)
{
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_EXPORT, 0);
    uint8_t key[16] = {0};
    uint8_t out[16];
    size_t len = 99;
    psa_key_id_t id = GARBAGE_ID;

    KT_ASSERT_STATUS(psa_import_key(&a, key, sizeof(key), &id), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    id = GARBAGE_ID;
    KT_ASSERT_STATUS(psa_generate_key(&a, &id), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    KT_ASSERT_STATUS(psa_export_key(0x40000001, out, sizeof(out), &len), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_export_public_key(0x40000001, out, sizeof(out), &len),
                     PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_copy_key(0x40000001, &a, &id), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_destroy_key(0x40000001), PSA_ERROR_BAD_STATE);
    KT_ASSERT_SUCCESS(psa_destroy_key(PSA_KEY_ID_NULL));
    KT_ASSERT_STATUS(psa_purge_key(0x40000001), PSA_ERROR_BAD_STATE);
    psa_set_key_type(&a, PSA_KEY_TYPE_HMAC);
    KT_ASSERT_STATUS(psa_get_key_attributes(0x40000001, &a), PSA_ERROR_BAD_STATE);
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_NONE);
}

static void test_init(void)
{
    KT_ASSERT_SUCCESS(psa_crypto_init());
}

/* ---- attributes ----------------------------------------------------------- */

static void test_attribute_defaults(void)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_attributes_t b = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_attributes_t z;
    memset(&z, 0, sizeof(z));
    const psa_key_attributes_t *all[] = {&a, &b, &z};
    for (size_t i = 0; i < 3; i++) {
        CU_ASSERT_EQUAL(psa_get_key_lifetime(all[i]), PSA_KEY_LIFETIME_VOLATILE);
        CU_ASSERT_EQUAL(psa_get_key_id(all[i]), PSA_KEY_ID_NULL);
        CU_ASSERT_EQUAL(psa_get_key_type(all[i]), PSA_KEY_TYPE_NONE);
        CU_ASSERT_EQUAL(psa_get_key_bits(all[i]), 0);
        CU_ASSERT_EQUAL(psa_get_key_usage_flags(all[i]), 0);
        CU_ASSERT_EQUAL(psa_get_key_algorithm(all[i]), PSA_ALG_NONE);
    }
}

static void test_attribute_accessors(void)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    const psa_key_location_t se = 0x800001;
    psa_key_lifetime_t se_volatile =
        PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(PSA_KEY_PERSISTENCE_VOLATILE, se);
    psa_key_lifetime_t se_persistent =
        PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(PSA_KEY_PERSISTENCE_DEFAULT, se);

    psa_set_key_id(&a, 42);
    CU_ASSERT_EQUAL(psa_get_key_id(&a), 42);
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), PSA_KEY_LIFETIME_PERSISTENT);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_VOLATILE);
    CU_ASSERT_EQUAL(psa_get_key_id(&a), PSA_KEY_ID_NULL);
    /* set_key_id keeps the location when it makes a key persistent. */
    psa_set_key_lifetime(&a, se_volatile);
    psa_set_key_id(&a, 7);
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), se_persistent);
    /* ... and leaves a persistent lifetime alone. */
    psa_set_key_lifetime(&a, 0x00000177);
    psa_set_key_id(&a, 8);
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), 0x00000177);
    psa_set_key_type(&a, PSA_KEY_TYPE_HMAC);
    psa_set_key_bits(&a, 256);
    psa_set_key_usage_flags(&a, PSA_KEY_USAGE_SIGN_HASH);
    psa_set_key_algorithm(&a, PSA_ALG_HMAC(PSA_ALG_SHA_256));
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_HMAC);
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), 256);
    /* Accessors store what they are given; normalisation happens at creation. */
    CU_ASSERT_EQUAL(psa_get_key_usage_flags(&a), PSA_KEY_USAGE_SIGN_HASH);
    CU_ASSERT_EQUAL(psa_get_key_algorithm(&a), PSA_ALG_HMAC(PSA_ALG_SHA_256));
    psa_set_key_bits(&a, (size_t)PSA_MAX_KEY_BITS + 1);
    CU_ASSERT(psa_get_key_bits(&a) > PSA_MAX_KEY_BITS);
    psa_reset_key_attributes(&a);
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_NONE);
    CU_ASSERT_EQUAL(psa_get_key_id(&a), PSA_KEY_ID_NULL);
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), 0);
}

/* ---- import / export ------------------------------------------------------ */

struct size_case {
    psa_key_type_t type;
    size_t bits;
};

static const struct size_case valid_sizes[] = {
    {PSA_KEY_TYPE_RAW_DATA, 8},       {PSA_KEY_TYPE_RAW_DATA, 128},
    {PSA_KEY_TYPE_RAW_DATA, 2400},    {PSA_KEY_TYPE_RAW_DATA, PSA_MAX_KEY_BITS},
    {PSA_KEY_TYPE_HMAC, 8},           {PSA_KEY_TYPE_HMAC, 160},
    {PSA_KEY_TYPE_HMAC, 256},         {PSA_KEY_TYPE_HMAC, 1024},
    {PSA_KEY_TYPE_DERIVE, 8},         {PSA_KEY_TYPE_DERIVE, 256},
    {PSA_KEY_TYPE_PASSWORD, 8},       {PSA_KEY_TYPE_PASSWORD, 72},
    {PSA_KEY_TYPE_PASSWORD_HASH, 256}, {PSA_KEY_TYPE_PEPPER, 128},
    {PSA_KEY_TYPE_AES, 128},          {PSA_KEY_TYPE_AES, 192},
    {PSA_KEY_TYPE_AES, 256},          {PSA_KEY_TYPE_AES, 384},
    {PSA_KEY_TYPE_AES, 512},          {PSA_KEY_TYPE_ARIA, 128},
    {PSA_KEY_TYPE_ARIA, 192},         {PSA_KEY_TYPE_ARIA, 256},
    {PSA_KEY_TYPE_CAMELLIA, 128},     {PSA_KEY_TYPE_CAMELLIA, 192},
    {PSA_KEY_TYPE_CAMELLIA, 256},     {PSA_KEY_TYPE_CAMELLIA, 512},
    {PSA_KEY_TYPE_SM4, 128},          {PSA_KEY_TYPE_SM4, 256},
    {PSA_KEY_TYPE_DES, 64},           {PSA_KEY_TYPE_DES, 128},
    {PSA_KEY_TYPE_DES, 192},          {PSA_KEY_TYPE_ARC4, 40},
    {PSA_KEY_TYPE_ARC4, 128},         {PSA_KEY_TYPE_ARC4, 2048},
    {PSA_KEY_TYPE_CHACHA20, 256},     {PSA_KEY_TYPE_XCHACHA20, 256},
};

static const struct size_case invalid_sizes[] = {
    {PSA_KEY_TYPE_AES, 64},       {PSA_KEY_TYPE_AES, 120},      {PSA_KEY_TYPE_AES, 136},
    {PSA_KEY_TYPE_AES, 320},      {PSA_KEY_TYPE_AES, 1024},     {PSA_KEY_TYPE_ARIA, 64},
    {PSA_KEY_TYPE_CAMELLIA, 160}, {PSA_KEY_TYPE_SM4, 64},       {PSA_KEY_TYPE_SM4, 192},
    {PSA_KEY_TYPE_DES, 56},       {PSA_KEY_TYPE_DES, 72},       {PSA_KEY_TYPE_DES, 256},
    {PSA_KEY_TYPE_ARC4, 32},      {PSA_KEY_TYPE_ARC4, 2056},    {PSA_KEY_TYPE_CHACHA20, 128},
    {PSA_KEY_TYPE_CHACHA20, 264}, {PSA_KEY_TYPE_XCHACHA20, 248},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void check_round_trip(psa_key_type_t type, size_t bits, size_t attr_bits)
{
    static uint8_t want[8192], got[8192];
    psa_key_attributes_t a = psa_key_attributes_init();
    psa_key_id_t id = 0;
    size_t len = 0;

    KT_ASSERT_SUCCESS(import_filler(type, bits, attr_bits, PSA_KEY_USAGE_EXPORT, 0, &id));
    KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &a));
    CU_ASSERT_EQUAL(psa_get_key_type(&a), type);
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), bits);
    CU_ASSERT_EQUAL(psa_get_key_id(&a), id);
    CU_ASSERT_EQUAL(psa_get_key_lifetime(&a), PSA_KEY_LIFETIME_VOLATILE);
    fill(want, bits / 8, (uint32_t)(type + bits));
    if (type == PSA_KEY_TYPE_DES) {
        set_odd_parity(want, bits / 8);
    }
    KT_ASSERT_SUCCESS(psa_export_key(id, got, sizeof(got), &len));
    KT_ASSERT_BYTES(got, len, want, bits / 8);
    CU_ASSERT(PSA_EXPORT_KEY_OUTPUT_SIZE(type, bits) >= len);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

static void test_import_export(void)
{
    for (size_t i = 0; i < COUNT(valid_sizes); i++) {
        /* Size from the data, and the same size given explicitly. */
        check_round_trip(valid_sizes[i].type, valid_sizes[i].bits, 0);
        check_round_trip(valid_sizes[i].type, valid_sizes[i].bits, valid_sizes[i].bits);
    }
}

static void test_import_bad_sizes(void)
{
    psa_key_id_t id = GARBAGE_ID;
    for (size_t i = 0; i < COUNT(invalid_sizes); i++) {
        KT_ASSERT_STATUS(import_filler(invalid_sizes[i].type, invalid_sizes[i].bits, 0, 0, 0, &id),
                         PSA_ERROR_INVALID_ARGUMENT);
        CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    }
    /* A size that does not match the data. */
    for (size_t i = 0; i < COUNT(valid_sizes); i++) {
        size_t bits = valid_sizes[i].bits;
        id = GARBAGE_ID;
        KT_ASSERT_STATUS(import_filler(valid_sizes[i].type, bits, bits == 8 ? 16 : bits - 8, 0,
                                       0, &id),
                         PSA_ERROR_INVALID_ARGUMENT);
        CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    }
    /* More data than any key may have. */
    KT_ASSERT_STATUS(import_filler(PSA_KEY_TYPE_RAW_DATA, 65536, 0, 0, 0, &id),
                     PSA_ERROR_NOT_SUPPORTED);
}

static void test_des_parity(void)
{
    uint8_t key[24];
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_DES, 0, PSA_KEY_USAGE_EXPORT, 0);
    psa_key_id_t id = 0;

    for (size_t len = 8; len <= 24; len += 8) {
        for (size_t pos = 0; pos < len; pos++) {
            fill(key, len, (uint32_t)(pos + 1));
            set_odd_parity(key, len);
            key[pos] ^= 0x01;
            id = GARBAGE_ID;
            KT_ASSERT_STATUS(psa_import_key(&a, key, len, &id), PSA_ERROR_INVALID_ARGUMENT);
            CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
            key[pos] ^= 0x01;
            KT_ASSERT_SUCCESS(psa_import_key(&a, key, len, &id));
            KT_ASSERT_SUCCESS(psa_destroy_key(id));
        }
    }
}

static void test_import_errors(void)
{
    uint8_t key[16] = {1, 2, 3};
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_AES, 0, PSA_KEY_USAGE_EXPORT, 0);
    psa_key_id_t id = GARBAGE_ID;

    KT_ASSERT_STATUS(psa_import_key(&a, key, 0, &id), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    KT_ASSERT_STATUS(psa_import_key(NULL, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, NULL), PSA_ERROR_INVALID_ARGUMENT);
    psa_set_key_type(&a, PSA_KEY_TYPE_NONE); /* either status is allowed; kpsa: NOT_SUPPORTED */
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_SUPPORTED);
    a = attrs(PSA_KEY_TYPE_AES, 0, 0x00400000u, 0); /* not a usage flag of the API */
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    a = attrs(PSA_KEY_TYPE_AES, (size_t)PSA_MAX_KEY_BITS + 8, 0, 0);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_SUPPORTED);
    /* A persistent key (in the temporary KPSA_STORAGE_DIR of main()); a
     * second one with its id already exists; a bad persistent id is invalid.
     * tests/test_persist.c covers persistent keys in depth. */
    a = attrs(PSA_KEY_TYPE_AES, 0, 0, 0);
    psa_set_key_id(&a, 1);
    KT_ASSERT_SUCCESS(psa_import_key(&a, key, 16, &id));
    CU_ASSERT_EQUAL(id, 1);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_ALREADY_EXISTS);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    KT_ASSERT_SUCCESS(psa_destroy_key(1));
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
                                 PSA_KEY_PERSISTENCE_READ_ONLY, PSA_KEY_LOCATION_LOCAL_STORAGE));
    psa_set_key_id(&a, 1);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_PERMITTED);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_PERSISTENT);
    psa_set_key_id(&a, PSA_KEY_ID_VENDOR_MIN);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_PERSISTENT); /* keeps id... */
    psa_set_key_id(&a, PSA_KEY_ID_NULL);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_INVALID_ARGUMENT);
    /* A location without a driver. */
    a = attrs(PSA_KEY_TYPE_AES, 0, 0, 0);
    psa_set_key_lifetime(&a, PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
                                 PSA_KEY_PERSISTENCE_VOLATILE, (psa_key_location_t)0x7fff01));
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_SUPPORTED);
    /* No SECP_R1 curve has 128 bits (the size the 16 bytes of data give). */
    a = attrs(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 0, 0, 0);
    KT_ASSERT_STATUS(psa_import_key(&a, key, 16, &id), PSA_ERROR_NOT_SUPPORTED);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
}

static void test_export_errors(void)
{
    uint8_t key[16] = {0x10};
    uint8_t out[32];
    size_t len = 99;
    psa_key_id_t plain = kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_ENCRYPT, 0);
    psa_key_id_t exportable = kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_EXPORT, 0);

    KT_ASSERT_STATUS(psa_export_key(plain, out, sizeof(out), &len), PSA_ERROR_NOT_PERMITTED);
    CU_ASSERT_EQUAL(len, 0);
    len = 99;
    KT_ASSERT_STATUS(psa_export_key(exportable, out, 15, &len), PSA_ERROR_BUFFER_TOO_SMALL);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_SUCCESS(psa_export_key(exportable, out, 16, &len));
    CU_ASSERT_EQUAL(len, 16);
    KT_ASSERT_STATUS(psa_export_key(exportable, out, 16, NULL), PSA_ERROR_INVALID_ARGUMENT);
    len = 99;
    KT_ASSERT_STATUS(psa_export_key(PSA_KEY_ID_NULL, out, 16, &len), PSA_ERROR_INVALID_HANDLE);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_export_key(1, out, 16, &len), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_export_key(PSA_KEY_ID_VENDOR_MAX, out, 16, &len),
                     PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_export_key(0x80000000u, out, 16, &len), PSA_ERROR_INVALID_HANDLE);
    /* Symmetric keys have no public part, whatever their usage. */
    len = 99;
    KT_ASSERT_STATUS(psa_export_public_key(exportable, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(len, 0);
    KT_ASSERT_STATUS(psa_export_public_key(0x40001234, out, sizeof(out), &len),
                     PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_destroy_key(plain));
    KT_ASSERT_SUCCESS(psa_destroy_key(exportable));
}

/* ---- generation ------------------------------------------------------------ */

static void test_generate(void)
{
    static uint8_t k1[8192], k2[8192];
    for (size_t i = 0; i < COUNT(valid_sizes); i++) {
        psa_key_type_t type = valid_sizes[i].type;
        size_t bits = valid_sizes[i].bits;
        psa_key_attributes_t a = attrs(type, bits, PSA_KEY_USAGE_EXPORT, 0);
        psa_key_id_t id1 = 0, id2 = 0;
        size_t len1 = 0, len2 = 0;

        KT_ASSERT_SUCCESS(psa_generate_key(&a, &id1));
        KT_ASSERT_SUCCESS(psa_generate_key(&a, &id2));
        KT_ASSERT_SUCCESS(psa_export_key(id1, k1, sizeof(k1), &len1));
        KT_ASSERT_SUCCESS(psa_export_key(id2, k2, sizeof(k2), &len2));
        CU_ASSERT_EQUAL(len1, bits / 8);
        CU_ASSERT_EQUAL(len2, bits / 8);
        CU_ASSERT(len1 < 4 || memcmp(k1, k2, len1) != 0);
        if (type == PSA_KEY_TYPE_DES) {
            CU_ASSERT(has_odd_parity(k1, len1) && has_odd_parity(k2, len2));
        }
        KT_ASSERT_SUCCESS(psa_get_key_attributes(id1, &a));
        CU_ASSERT_EQUAL(psa_get_key_bits(&a), bits);
        KT_ASSERT_SUCCESS(psa_destroy_key(id1));
        KT_ASSERT_SUCCESS(psa_destroy_key(id2));
    }
}

static void test_generate_errors(void)
{
    static const struct {
        psa_key_type_t type;
        size_t bits;
        psa_status_t want;
    } cases[] = {
        {PSA_KEY_TYPE_AES, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_AES, 100, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_AES, 64, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_DES, 56, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_HMAC, 0, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_NONE, 128, PSA_ERROR_NOT_SUPPORTED},
        {PSA_KEY_TYPE_RSA_PUBLIC_KEY, 2048, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), 256, PSA_ERROR_INVALID_ARGUMENT},
        {PSA_KEY_TYPE_RAW_DATA, 65536, PSA_ERROR_NOT_SUPPORTED},
        /* No SECP_R1 curve has 255 bits. */
        {PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 255, PSA_ERROR_NOT_SUPPORTED},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        psa_key_attributes_t a = attrs(cases[i].type, cases[i].bits, PSA_KEY_USAGE_EXPORT, 0);
        psa_key_id_t id = GARBAGE_ID;
        KT_ASSERT_STATUS(psa_generate_key(&a, &id), cases[i].want);
        CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    }
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_AES, 128, 0, 0);
    KT_ASSERT_STATUS(psa_generate_key(&a, NULL), PSA_ERROR_INVALID_ARGUMENT);
}

/* ---- policy: usage normalisation and copy intersection ---------------------- */

static void test_usage_normalization(void)
{
    static const struct {
        psa_key_usage_t set, want;
    } cases[] = {
        {PSA_KEY_USAGE_SIGN_HASH, PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_SIGN_MESSAGE},
        {PSA_KEY_USAGE_VERIFY_HASH, PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE},
        {PSA_KEY_USAGE_SIGN_MESSAGE, PSA_KEY_USAGE_SIGN_MESSAGE},
        {PSA_KEY_USAGE_VERIFY_MESSAGE, PSA_KEY_USAGE_VERIFY_MESSAGE},
        {PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE},
    };
    uint8_t key[32] = {0};
    for (size_t i = 0; i < COUNT(cases); i++) {
        psa_key_attributes_t a = psa_key_attributes_init();
        psa_key_id_t id = kt_import(PSA_KEY_TYPE_HMAC, key, 32, cases[i].set, 0);
        KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &a));
        CU_ASSERT_EQUAL(psa_get_key_usage_flags(&a), cases[i].want);
        KT_ASSERT_SUCCESS(psa_destroy_key(id));
    }
}

#define HMAC256 PSA_ALG_HMAC(PSA_ALG_SHA_256)
#define AT_LEAST_MAC PSA_ALG_AT_LEAST_THIS_LENGTH_MAC
#define AT_LEAST_TAG PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG
#define SHORT_TAG PSA_ALG_AEAD_WITH_SHORTENED_TAG
#define INVALID 0xffffffffu

/* Source policy, requested policy, resulting policy (INVALID: no overlap). */
static const struct {
    psa_key_type_t type;
    psa_algorithm_t source, requested, result;
} intersections[] = {
    {PSA_KEY_TYPE_HMAC, HMAC256, HMAC256, HMAC256},
    {PSA_KEY_TYPE_HMAC, HMAC256, PSA_ALG_HMAC(PSA_ALG_SHA_512), INVALID},
    {PSA_KEY_TYPE_HMAC, HMAC256, PSA_ALG_TRUNCATED_MAC(HMAC256, 32),
     PSA_ALG_TRUNCATED_MAC(HMAC256, 32)},
    {PSA_KEY_TYPE_HMAC, HMAC256, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), INVALID},
    {PSA_KEY_TYPE_HMAC, AT_LEAST_MAC(HMAC256, 20), PSA_ALG_TRUNCATED_MAC(HMAC256, 24),
     PSA_ALG_TRUNCATED_MAC(HMAC256, 24)},
    {PSA_KEY_TYPE_HMAC, AT_LEAST_MAC(HMAC256, 20), PSA_ALG_TRUNCATED_MAC(HMAC256, 16), INVALID},
    {PSA_KEY_TYPE_HMAC, AT_LEAST_MAC(HMAC256, 20), HMAC256, HMAC256},
    {PSA_KEY_TYPE_HMAC, AT_LEAST_MAC(HMAC256, 20), AT_LEAST_MAC(HMAC256, 24),
     AT_LEAST_MAC(HMAC256, 24)},
    {PSA_KEY_TYPE_HMAC, AT_LEAST_MAC(HMAC256, 24), AT_LEAST_MAC(HMAC256, 20),
     AT_LEAST_MAC(HMAC256, 24)},
    {PSA_KEY_TYPE_HMAC, HMAC256, PSA_ALG_NONE, PSA_ALG_NONE},
    {PSA_KEY_TYPE_HMAC, PSA_ALG_NONE, HMAC256, PSA_ALG_NONE},
    {PSA_KEY_TYPE_AES, AT_LEAST_MAC(PSA_ALG_CMAC, 8), PSA_ALG_CMAC, PSA_ALG_CMAC},
    {PSA_KEY_TYPE_AES, PSA_ALG_CMAC, PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 16),
     PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 16)},
    /* The full length of CMAC depends on the key's block size: 8 for DES. */
    {PSA_KEY_TYPE_DES, AT_LEAST_MAC(PSA_ALG_CMAC, 10), PSA_ALG_CMAC, INVALID},
    {PSA_KEY_TYPE_DES, AT_LEAST_MAC(PSA_ALG_CMAC, 8), PSA_ALG_CMAC, PSA_ALG_CMAC},
    {PSA_KEY_TYPE_AES, AT_LEAST_MAC(PSA_ALG_CMAC, 8), AT_LEAST_MAC(PSA_ALG_CBC_MAC, 8),
     INVALID},
    {PSA_KEY_TYPE_AES, AT_LEAST_TAG(PSA_ALG_GCM, 12), PSA_ALG_GCM, PSA_ALG_GCM},
    {PSA_KEY_TYPE_AES, AT_LEAST_TAG(PSA_ALG_GCM, 12), SHORT_TAG(PSA_ALG_GCM, 12),
     SHORT_TAG(PSA_ALG_GCM, 12)},
    {PSA_KEY_TYPE_AES, AT_LEAST_TAG(PSA_ALG_GCM, 12), SHORT_TAG(PSA_ALG_GCM, 8), INVALID},
    {PSA_KEY_TYPE_AES, AT_LEAST_TAG(PSA_ALG_GCM, 12), AT_LEAST_TAG(PSA_ALG_GCM, 14),
     AT_LEAST_TAG(PSA_ALG_GCM, 14)},
    {PSA_KEY_TYPE_AES, AT_LEAST_TAG(PSA_ALG_GCM, 12), PSA_ALG_CCM, INVALID},
    {PSA_KEY_TYPE_AES, PSA_ALG_GCM, SHORT_TAG(PSA_ALG_GCM, 12), INVALID},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_ANY_TAG, PSA_ALG_CCM, PSA_ALG_CCM},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_ANY_TAG, SHORT_TAG(PSA_ALG_CCM, 8),
     SHORT_TAG(PSA_ALG_CCM, 8)},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_ANY_TAG, SHORT_TAG(PSA_ALG_CCM, 4),
     SHORT_TAG(PSA_ALG_CCM, 4)},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_ANY_TAG, SHORT_TAG(PSA_ALG_CCM, 12), INVALID},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_NO_TAG, PSA_ALG_CCM_STAR_ANY_TAG,
     PSA_ALG_CCM_STAR_NO_TAG},
    {PSA_KEY_TYPE_AES, PSA_ALG_CCM_STAR_ANY_TAG, PSA_ALG_GCM, INVALID},
    {PSA_KEY_TYPE_AES, PSA_ALG_CTR, PSA_ALG_CBC_NO_PADDING, INVALID},
    {PSA_KEY_TYPE_AES, PSA_ALG_CTR, PSA_ALG_NONE, PSA_ALG_NONE},
    /* Policies are not checked against the key type: a raw key will do. */
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), PSA_ALG_ECDSA(PSA_ALG_SHA_256),
     PSA_ALG_ECDSA(PSA_ALG_SHA_256)},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_ECDSA(PSA_ALG_SHA_256), PSA_ALG_ECDSA(PSA_ALG_ANY_HASH),
     PSA_ALG_ECDSA(PSA_ALG_SHA_256)},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH),
     PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_256), INVALID},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_ECDSA(PSA_ALG_ANY_HASH), PSA_ALG_ECDSA_ANY, INVALID},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH),
     PSA_ALG_RSA_PKCS1V15_SIGN_RAW, PSA_ALG_RSA_PKCS1V15_SIGN_RAW},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH), PSA_ALG_RSA_PSS(PSA_ALG_SHA_384),
     PSA_ALG_RSA_PSS(PSA_ALG_SHA_384)},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH),
     PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256), INVALID},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH), PSA_ALG_RSA_PKCS1V15_SIGN_RAW,
     INVALID},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_ECDH,
     PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)),
     PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_FFDH,
     PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)), INVALID},
    {PSA_KEY_TYPE_RAW_DATA, PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)),
     PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_384)), INVALID},
};

static void test_copy_intersection(void)
{
    for (size_t i = 0; i < COUNT(intersections); i++) {
        psa_key_type_t type = intersections[i].type;
        size_t bits = type == PSA_KEY_TYPE_DES ? 192 : 256;
        psa_key_id_t src = 0, dst = GARBAGE_ID;
        psa_key_attributes_t a = attrs(PSA_KEY_TYPE_NONE, 0, PSA_KEY_USAGE_EXPORT,
                                       intersections[i].requested);

        KT_ASSERT_SUCCESS(import_filler(type, bits, 0, PSA_KEY_USAGE_COPY | PSA_KEY_USAGE_EXPORT,
                                        intersections[i].source, &src));
        if (intersections[i].result == INVALID) {
            KT_ASSERT_STATUS(psa_copy_key(src, &a, &dst), PSA_ERROR_INVALID_ARGUMENT);
            CU_ASSERT_EQUAL(dst, PSA_KEY_ID_NULL);
        } else {
            KT_ASSERT_SUCCESS(psa_copy_key(src, &a, &dst));
            KT_ASSERT_SUCCESS(psa_get_key_attributes(dst, &a));
            if (psa_get_key_algorithm(&a) != intersections[i].result) {
                fprintf(stderr, "\nintersection %zu: got 0x%08x\n", i,
                        (unsigned)psa_get_key_algorithm(&a));
            }
            CU_ASSERT_EQUAL(psa_get_key_algorithm(&a), intersections[i].result);
            KT_ASSERT_SUCCESS(psa_destroy_key(dst));
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(src));
    }
}

static void test_copy(void)
{
    static uint8_t a_out[32], b_out[32];
    size_t a_len = 0, b_len = 0;
    psa_key_id_t src = 0, dst = GARBAGE_ID, plain = 0;
    psa_key_usage_t src_usage = PSA_KEY_USAGE_COPY | PSA_KEY_USAGE_EXPORT |
                                PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE;
    psa_key_attributes_t a = attrs(0, 0, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_SIGN_HASH |
                                             PSA_KEY_USAGE_ENCRYPT, HMAC256);

    KT_ASSERT_SUCCESS(import_filler(PSA_KEY_TYPE_HMAC, 256, 0, src_usage, HMAC256, &src));
    KT_ASSERT_SUCCESS(psa_copy_key(src, &a, &dst));
    KT_ASSERT_SUCCESS(psa_export_key(src, a_out, sizeof(a_out), &a_len));
    KT_ASSERT_SUCCESS(psa_export_key(dst, b_out, sizeof(b_out), &b_len));
    KT_ASSERT_BYTES(b_out, b_len, a_out, a_len);
    KT_ASSERT_SUCCESS(psa_get_key_attributes(dst, &a));
    CU_ASSERT_EQUAL(psa_get_key_usage_flags(&a), PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_SIGN_HASH |
                                                     PSA_KEY_USAGE_SIGN_MESSAGE);
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_HMAC);
    CU_ASSERT_EQUAL(psa_get_key_bits(&a), 256);
    CU_ASSERT_NOT_EQUAL(dst, src);
    KT_ASSERT_SUCCESS(psa_destroy_key(dst));

    dst = GARBAGE_ID;
    a = attrs(PSA_KEY_TYPE_AES, 0, PSA_KEY_USAGE_EXPORT, HMAC256);
    KT_ASSERT_STATUS(psa_copy_key(src, &a, &dst), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(dst, PSA_KEY_ID_NULL);
    a = attrs(PSA_KEY_TYPE_HMAC, 128, PSA_KEY_USAGE_EXPORT, HMAC256);
    KT_ASSERT_STATUS(psa_copy_key(src, &a, &dst), PSA_ERROR_INVALID_ARGUMENT);
    a = attrs(PSA_KEY_TYPE_HMAC, 256, PSA_KEY_USAGE_EXPORT, HMAC256);
    KT_ASSERT_SUCCESS(psa_copy_key(src, &a, &dst));
    KT_ASSERT_SUCCESS(psa_destroy_key(dst));
    psa_set_key_id(&a, 3); /* persistent, in main()'s temporary directory */
    KT_ASSERT_SUCCESS(psa_copy_key(src, &a, &dst));
    CU_ASSERT_EQUAL(dst, 3);
    KT_ASSERT_STATUS(psa_copy_key(src, &a, &dst), PSA_ERROR_ALREADY_EXISTS);
    KT_ASSERT_SUCCESS(psa_destroy_key(3));
    KT_ASSERT_STATUS(psa_copy_key(src, NULL, &dst), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_copy_key(src, &a, NULL), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(psa_copy_key(0x40abcdef, &a, &dst), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(import_filler(PSA_KEY_TYPE_HMAC, 256, 0, PSA_KEY_USAGE_EXPORT, HMAC256,
                                    &plain));
    a = psa_key_attributes_init();
    KT_ASSERT_STATUS(psa_copy_key(plain, &a, &dst), PSA_ERROR_NOT_PERMITTED);
    CU_ASSERT_EQUAL(dst, PSA_KEY_ID_NULL);
    KT_ASSERT_SUCCESS(psa_destroy_key(plain));
    KT_ASSERT_SUCCESS(psa_destroy_key(src));
}

/* The policy as operations see it (through the MAC module). */
static void test_policy_operations(void)
{
    static const uint8_t msg[] = "policy";
    uint8_t mac[64];
    size_t len = 0;
    psa_key_id_t id = 0;

    KT_ASSERT_SUCCESS(import_filler(PSA_KEY_TYPE_HMAC, 256, 0, PSA_KEY_USAGE_SIGN_HASH,
                                    AT_LEAST_MAC(HMAC256, 20), &id));
    /* SIGN_HASH implies SIGN_MESSAGE, which psa_mac_compute needs. */
    KT_ASSERT_SUCCESS(psa_mac_compute(id, PSA_ALG_TRUNCATED_MAC(HMAC256, 24), msg, sizeof(msg),
                                      mac, sizeof(mac), &len));
    CU_ASSERT_EQUAL(len, 24);
    KT_ASSERT_SUCCESS(psa_mac_compute(id, HMAC256, msg, sizeof(msg), mac, sizeof(mac), &len));
    CU_ASSERT_EQUAL(len, 32);
    KT_ASSERT_STATUS(psa_mac_compute(id, PSA_ALG_TRUNCATED_MAC(HMAC256, 16), msg, sizeof(msg),
                                     mac, sizeof(mac), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_mac_compute(id, PSA_ALG_HMAC(PSA_ALG_SHA_512), msg, sizeof(msg), mac,
                                     sizeof(mac), &len),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_STATUS(psa_mac_verify(id, HMAC256, msg, sizeof(msg), mac, 32),
                     PSA_ERROR_NOT_PERMITTED);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_STATUS(psa_mac_compute(id, HMAC256, msg, sizeof(msg), mac, sizeof(mac), &len),
                     PSA_ERROR_INVALID_HANDLE);
}

/* ---- destroy, purge, ids ----------------------------------------------------- */

static void test_destroy_purge(void)
{
    uint8_t key[16] = {7};
    uint8_t out[16];
    size_t len = 0;
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_HMAC, 0, 0, 0);
    psa_key_id_t id = kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_EXPORT, 0);

    KT_ASSERT_SUCCESS(psa_purge_key(id));
    KT_ASSERT_SUCCESS(psa_export_key(id, out, sizeof(out), &len)); /* purge keeps the key */
    KT_ASSERT_STATUS(psa_purge_key(0x40fedcba), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_purge_key(PSA_KEY_ID_NULL), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_STATUS(psa_destroy_key(id), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_export_key(id, out, sizeof(out), &len), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_purge_key(id), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_get_key_attributes(id, &a), PSA_ERROR_INVALID_HANDLE);
    CU_ASSERT_EQUAL(psa_get_key_type(&a), PSA_KEY_TYPE_NONE); /* reset on failure */
    KT_ASSERT_SUCCESS(psa_destroy_key(PSA_KEY_ID_NULL));
    KT_ASSERT_STATUS(psa_destroy_key(PSA_KEY_ID_USER_MIN), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_destroy_key(0xffffffffu), PSA_ERROR_INVALID_HANDLE);
}

static void test_stale_ids(void)
{
    enum { N = 5000 };
    static psa_key_id_t ids[N];
    uint8_t key[16] = {0};
    uint8_t out[16];
    size_t len = 0;

    for (int i = 0; i < N; i++) {
        ids[i] = kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_EXPORT, 0);
        CU_ASSERT(ids[i] >= PSA_KEY_ID_VENDOR_MIN && ids[i] <= PSA_KEY_ID_VENDOR_MAX);
        KT_ASSERT_SUCCESS(psa_destroy_key(ids[i]));
    }
    /* A live key never answers to the id of a destroyed one. */
    psa_key_id_t live = kt_import(PSA_KEY_TYPE_AES, key, 16, PSA_KEY_USAGE_EXPORT, 0);
    for (int i = 0; i < N; i++) {
        CU_ASSERT_NOT_EQUAL(ids[i], live);
        KT_ASSERT_STATUS(psa_export_key(ids[i], out, sizeof(out), &len),
                         PSA_ERROR_INVALID_HANDLE);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(live));
}

static int cmp_id(const void *a, const void *b)
{
    psa_key_id_t x = *(const psa_key_id_t *)a, y = *(const psa_key_id_t *)b;
    return (x > y) - (x < y);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void test_million_keys(void)
{
    enum { N = 1000000 };
    psa_key_id_t *ids = calloc(N, sizeof(*ids));
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_ENCRYPT, PSA_ALG_CTR);
    uint8_t key[16] = {0};
    struct timespec t0;
    int ok = 1;

    CU_ASSERT_PTR_NOT_NULL_FATAL(ids);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < N && ok; i++) {
        memcpy(key, &i, sizeof(i));
        ok = psa_import_key(&a, key, sizeof(key), &ids[i]) == PSA_SUCCESS;
    }
    CU_ASSERT(ok);
    for (int i = 0; i < N && ok; i++) {
        ok = psa_destroy_key(ids[i]) == PSA_SUCCESS;
    }
    CU_ASSERT(ok);
    double elapsed = seconds_since(&t0);
    fprintf(stderr, "\n    1,000,000 keys created and destroyed in %.2f s\n", elapsed);
    CU_ASSERT(elapsed < 10.0);
    qsort(ids, N, sizeof(*ids), cmp_id);
    for (int i = 1; i < N; i++) {
        ok &= ids[i] != ids[i - 1];
    }
    CU_ASSERT(ok);
    free(ids);
}

/* ---- threads ------------------------------------------------------------------ */

struct user_arg {
    psa_key_id_t id;
    uint8_t want[32];
    atomic_int started;
    int bad;
    long successes;
};

/* Use the key until it disappears: every answer is the key or INVALID_HANDLE. */
static void *key_user(void *p)
{
    struct user_arg *u = p;
    uint8_t out[32];
    size_t len = 0;
    psa_key_attributes_t a = psa_key_attributes_init();

    atomic_store(&u->started, 1);
    for (;;) {
        psa_status_t s = psa_export_key(u->id, out, sizeof(out), &len);
        if (s == PSA_ERROR_INVALID_HANDLE) {
            break;
        }
        if (s != PSA_SUCCESS || len != 32 || memcmp(out, u->want, 32) != 0) {
            u->bad++;
        }
        s = psa_get_key_attributes(u->id, &a);
        if (s == PSA_SUCCESS && psa_get_key_id(&a) != u->id) {
            u->bad++;
        }
        u->successes++;
    }
    /* Once gone, gone for good. */
    for (int i = 0; i < 1000; i++) {
        u->bad += psa_export_key(u->id, out, sizeof(out), &len) != PSA_ERROR_INVALID_HANDLE;
    }
    return NULL;
}

static void test_destroy_while_in_use(void)
{
    long used = 0;
    for (int round = 0; round < 200; round++) {
        struct user_arg u = {.bad = 0};
        pthread_t t;
        KT_ASSERT_SUCCESS(import_filler(PSA_KEY_TYPE_AES, 256, 0, PSA_KEY_USAGE_EXPORT, 0, &u.id));
        fill(u.want, 32, PSA_KEY_TYPE_AES + 256);
        CU_ASSERT_FATAL(pthread_create(&t, NULL, key_user, &u) == 0);
        while (!atomic_load(&u.started)) {
            /* wait until the user is running */
        }
        for (volatile int spin = 0; spin < (round % 10) * 1000; spin++) {
        }
        KT_ASSERT_SUCCESS(psa_destroy_key(u.id));
        pthread_join(t, NULL);
        CU_ASSERT_EQUAL(u.bad, 0);
        used += u.successes;
    }
    /* The key was really in use when it was destroyed, at least sometimes. */
    fprintf(stderr, "\n    %ld uses raced with destruction\n", used);
    CU_ASSERT(used > 0);
}

/* Purge drops the drivers' prepared states only when nobody else uses the
 * key; concurrent MACs must keep working and agree. */
struct purge_arg {
    psa_key_id_t id;
    const uint8_t *want;
    int bad;
};

static void *mac_and_purge(void *p)
{
    struct purge_arg *a = p;
    static const uint8_t msg[] = "purge";
    uint8_t mac[32];
    size_t len = 0;
    for (int i = 0; i < 3000; i++) {
        psa_status_t s = psa_mac_compute(a->id, HMAC256, msg, sizeof(msg), mac, sizeof(mac), &len);
        a->bad += s != PSA_SUCCESS || len != 32 || memcmp(mac, a->want, 32) != 0;
        if (i % 3 == 0) {
            a->bad += psa_purge_key(a->id) != PSA_SUCCESS;
        }
    }
    return NULL;
}

static void test_purge_while_in_use(void)
{
    static const uint8_t msg[] = "purge";
    uint8_t want[32];
    size_t len = 0;
    pthread_t t[2];
    struct purge_arg args[2];
    psa_key_id_t id = 0;

    KT_ASSERT_SUCCESS(import_filler(PSA_KEY_TYPE_HMAC, 256, 0, PSA_KEY_USAGE_SIGN_MESSAGE, HMAC256,
                                    &id));
    KT_ASSERT_SUCCESS(psa_mac_compute(id, HMAC256, msg, sizeof(msg), want, sizeof(want), &len));
    for (int i = 0; i < 2; i++) {
        args[i] = (struct purge_arg){.id = id, .want = want};
        CU_ASSERT_FATAL(pthread_create(&t[i], NULL, mac_and_purge, &args[i]) == 0);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(t[i], NULL);
        CU_ASSERT_EQUAL(args[i].bad, 0);
    }
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

/* Creators recycle slots while readers chase ids: a reader must never see
 * another key's material under a stale id. */
enum { CHURN_KEYS = 20000, CHURN_WINDOW = 64, CHURN_READERS = 2 };
static _Atomic psa_key_id_t churn_ids[CHURN_KEYS];
static atomic_int churn_published;
static atomic_int churn_done;
static atomic_int churn_bad;

static void churn_data(uint8_t *p, int i)
{
    memset(p, 0, 16);
    memcpy(p, &i, sizeof(i));
}

static void *churn_reader(void *p)
{
    unsigned seed = (unsigned)(uintptr_t)p;
    uint8_t out[16], want[16];
    size_t len = 0;
    while (!atomic_load(&churn_done)) {
        int n = atomic_load_explicit(&churn_published, memory_order_acquire);
        if (n == 0) {
            continue;
        }
        int i = (int)(rand_r(&seed) % (unsigned)n);
        psa_status_t s = psa_export_key(atomic_load(&churn_ids[i]), out, sizeof(out), &len);
        churn_data(want, i);
        if (s == PSA_SUCCESS ? (len != 16 || memcmp(out, want, 16) != 0)
                             : s != PSA_ERROR_INVALID_HANDLE) {
            atomic_fetch_add(&churn_bad, 1);
        }
    }
    return NULL;
}

static void test_churn(void)
{
    pthread_t readers[CHURN_READERS];
    psa_key_attributes_t a = attrs(PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_EXPORT, 0);
    uint8_t data[16];

    for (int r = 0; r < CHURN_READERS; r++) {
        CU_ASSERT_FATAL(pthread_create(&readers[r], NULL, churn_reader,
                                       (void *)(uintptr_t)(r + 1)) == 0);
    }
    for (int i = 0; i < CHURN_KEYS; i++) {
        psa_key_id_t id = 0;
        churn_data(data, i);
        KT_ASSERT_SUCCESS(psa_import_key(&a, data, sizeof(data), &id));
        atomic_store(&churn_ids[i], id);
        atomic_store_explicit(&churn_published, i + 1, memory_order_release);
        if (i >= CHURN_WINDOW) {
            KT_ASSERT_SUCCESS(psa_destroy_key(atomic_load(&churn_ids[i - CHURN_WINDOW])));
        }
    }
    atomic_store(&churn_done, 1);
    for (int r = 0; r < CHURN_READERS; r++) {
        pthread_join(readers[r], NULL);
    }
    for (int i = CHURN_KEYS - CHURN_WINDOW; i < CHURN_KEYS; i++) {
        KT_ASSERT_SUCCESS(psa_destroy_key(atomic_load(&churn_ids[i])));
    }
    CU_ASSERT_EQUAL(atomic_load(&churn_bad), 0);
}

int main(int argc, char **argv)
{
    static const kt_test before_init[] = {
        {"bad state", test_bad_state},
        {"init", test_init},
    };
    static const kt_test attributes[] = {
        {"defaults", test_attribute_defaults},
        {"accessors", test_attribute_accessors},
    };
    static const kt_test import_export[] = {
        {"round trips", test_import_export},
        {"invalid sizes", test_import_bad_sizes},
        {"DES parity", test_des_parity},
        {"import errors", test_import_errors},
        {"export errors", test_export_errors},
        {"generate", test_generate},
        {"generate errors", test_generate_errors},
    };
    static const kt_test policy[] = {
        {"usage normalization", test_usage_normalization},
        {"copy intersection", test_copy_intersection},
        {"copy", test_copy},
        {"operations", test_policy_operations},
    };
    static const kt_test store[] = {
        {"destroy and purge", test_destroy_purge},
        {"stale ids", test_stale_ids},
        {"one million keys", test_million_keys},
        {"destroy while in use", test_destroy_while_in_use},
        {"purge while in use", test_purge_while_in_use},
        {"churn", test_churn},
    };
    KT_ADD_SUITE("before init", before_init);
    KT_ADD_SUITE("attributes", attributes);
    KT_ADD_SUITE("import/export", import_export);
    KT_ADD_SUITE("policy", policy);
    KT_ADD_SUITE("key store", store);

    /* Persistent keys go to a fresh directory, never the user's; the tests
     * destroy every key they create, so it is empty again at the end. */
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof(dir), "%s/kpsa-keys-XXXXXX", tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL || setenv("KPSA_STORAGE_DIR", dir, 1) != 0) {
        perror("test_keys: storage directory");
        return 99;
    }
    int rc = kt_run(argc, argv);
    if (rmdir(dir) != 0) {
        perror("test_keys: the storage directory is not empty");
        rc = rc == 0 ? 1 : rc;
    }
    return rc;
}
