/*
 * test_manifest.c - the manifest parser (lib/loader/manifest.c, mfjson.c,
 * mfcaps.c), compiled into this program because its functions are hidden in
 * libkpsa.so.  The specification parser's suite is in test_manifest_algspec.c.
 *
 * Fixtures: every file of tests/fixtures/manifests/ (found through $srcdir,
 * which automake sets for tests) is listed in the table `fixtures` below with
 * its expected outcome: "ok-*.json" files must parse; "bad-*.json" files must
 * be rejected with exactly the JSON path given and a message containing the
 * keyword given.  A file missing from the table, or a table row without its
 * file, fails the test, so the two cannot drift apart.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/manifest.h"
#include "testutil.h"

/* Shared with test_manifest_algspec.c. */
const char *test_manifest_srcdir(void);
void test_manifest_algspec_suite(void);

/* The source tree: $srcdir under make check, else the working directory. */
const char *test_manifest_srcdir(void)
{
    const char *srcdir = getenv("srcdir");
    return srcdir != NULL ? srcdir : ".";
}

/* ---------------------------------------------------------------------- */
/* Manifests                                                              */
/* ---------------------------------------------------------------------- */

struct fixture {
    const char *file;
    const char *path;    /* NULL: the file must parse */
    const char *keyword; /* in the diagnostic's message */
};

static const struct fixture fixtures[] = {
    {"ok-minimal.json", NULL, NULL},
    {"ok-full-transparent.json", NULL, NULL},
    {"ok-opaque.json", NULL, NULL},
    {"ok-opaque-primary-se.json", NULL, NULL},
    {"ok-opaque-integer-location.json", NULL, NULL},
    {"ok-disabling.json", NULL, NULL},
    {"ok-disabling-only.json", NULL, NULL},
    {"bad-abi-float.json", "$.kpsa/abi", "expected an integer"},
    {"bad-abi-huge.json", "$.kpsa/abi", "out of range"},
    {"bad-abi-missing.json", "$", "missing property \"kpsa/abi\""},
    {"bad-abi-string.json", "$.kpsa/abi", "expected an integer"},
    {"bad-algorithm-arg-kind.json", "$.capabilities[0].algorithms[0]", "must be a hash algorithm"},
    {"bad-algorithm-control-char.json", "$.capabilities[0].algorithms[0]",
     "after the specification"},
    {"bad-algorithm-extra-paren.json", "$.capabilities[0].algorithms[0]",
     "after the specification"},
    {"bad-algorithm-kdf-kind.json", "$.capabilities[0].algorithms[0]",
     "must be a key derivation algorithm"},
    {"bad-algorithm-length-expression.json", "$.capabilities[0].algorithms[0]", "expected \")\""},
    {"bad-algorithm-length-huge.json", "$.capabilities[0].algorithms[0]", "number too large"},
    {"bad-algorithm-length-long.json", "$.capabilities[0].algorithms[0]",
     "exceeds the 32-byte full length"},
    {"bad-algorithm-length-suffix.json", "$.capabilities[0].algorithms[0]", "invalid number"},
    {"bad-algorithm-length-zero.json", "$.capabilities[0].algorithms[0]", "out of range"},
    {"bad-algorithm-lowercase.json", "$.capabilities[0].algorithms[0]",
     "unknown algorithm macro \"psa_alg_sha_256\""},
    {"bad-algorithm-nested-deep.json", "$.capabilities[0].algorithms[0]", "nested too deeply"},
    {"bad-algorithm-no-args.json", "$.capabilities[0].algorithms[0]", "needs 1 argument"},
    {"bad-algorithm-none.json", "$.capabilities[0].algorithms[0]", "matches no algorithm"},
    {"bad-algorithm-number.json", "$.capabilities[0].algorithms[1]", "expected a string"},
    {"bad-algorithm-too-long.json", "$.capabilities[0].algorithms[0]", "too long"},
    {"bad-algorithm-too-many-args.json", "$.capabilities[0].algorithms[0]", "takes 2 arguments"},
    {"bad-algorithm-twice.json", "$.capabilities[0].algorithms[2]", "same value as element 0"},
    {"bad-algorithm-unbalanced.json", "$.capabilities[0].algorithms[0]", "missing \")\""},
    {"bad-algorithm-unknown.json", "$.capabilities[0].algorithms[1]",
     "unknown algorithm macro \"PSA_ALG_FOO\""},
    {"bad-algorithms-empty.json", "$.capabilities[0].algorithms", "must not be empty"},
    {"bad-algorithms-string.json", "$.capabilities[0].algorithms", "expected an array"},
    {"bad-capabilities-empty.json", "$.capabilities", "must not be empty"},
    {"bad-capabilities-missing.json", "$", "missing property \"capabilities\""},
    {"bad-capabilities-object.json", "$.capabilities", "expected an array"},
    {"bad-capabilities-too-many.json", "$.capabilities", "too many elements"},
    {"bad-capability-comment-type.json", "$.capabilities[0]._comment", "expected a string"},
    {"bad-capability-kpsa-property.json", "$.capabilities[0].kpsa/priority",
     "unknown kpsa property"},
    {"bad-capability-string.json", "$.capabilities[0]", "expected an object"},
    {"bad-capability-unknown-property.json", "$.capabilities[0].algorithm",
     "unknown property \"algorithm\""},
    {"bad-comment-type.json", "$._comment", "expected a string"},
    {"bad-context-size-huge.json", "$.kpsa/context_sizes.hash", "out of range"},
    {"bad-context-size-missing.json", "$.capabilities[0].entry_points[0]",
     "needs \"kpsa/context_sizes\": {\"hash\""},
    {"bad-context-size-other-family.json", "$.capabilities[0].entry_points[0]",
     "needs \"kpsa/context_sizes\": {\"aead\""},
    {"bad-context-size-string.json", "$.kpsa/context_sizes.hash", "expected an integer"},
    {"bad-context-size-unknown.json", "$.kpsa/context_sizes.hashes", "unknown property \"hashes\""},
    {"bad-context-size-zero.json", "$.kpsa/context_sizes.hash", "out of range"},
    {"bad-context-sizes-type.json", "$.kpsa/context_sizes", "expected an object"},
    {"bad-disabled-extra.json", "$.kpsa/module", "disabling manifest"},
    {"bad-disabled-foreign.json", "$.yoyodyne/also", "disabling manifest"},
    {"bad-disabled-type.json", "$.kpsa/disabled", "expected a boolean"},
    {"bad-duplicate-escaped-property.json", "$", "duplicate property \"type\""},
    {"bad-duplicate-nested-property.json", "$.capabilities[1]",
     "duplicate property \"algorithms\""},
    {"bad-duplicate-property.json", "$", "duplicate property \"type\""},
    {"bad-entry-point-function.json", "$.capabilities[0].entry_points[0]",
     "unknown entry point \"hash_setup\""},
    {"bad-entry-point-twice.json", "$.capabilities[0].entry_points[2]", "listed twice"},
    {"bad-entry-point-unknown.json", "$.capabilities[0].entry_points[1]",
     "unknown entry point \"hash_compute_fast\""},
    {"bad-entry-points-empty.json", "$.capabilities[0].entry_points", "must not be empty"},
    {"bad-entry-points-missing.json", "$.capabilities[0]", "missing property \"entry_points\""},
    {"bad-entry-points-string.json", "$.capabilities[0].entry_points", "expected an array"},
    {"bad-fallback-opaque.json", "$.capabilities[0].fallback", "not permitted for opaque"},
    {"bad-fallback-string.json", "$.capabilities[0].fallback", "expected a boolean"},
    {"bad-headers-object.json", "$.headers", "expected an array"},
    {"bad-headers-type.json", "$.headers[1]", "expected a string"},
    {"bad-json-comment.json", "$", "unexpected character"},
    {"bad-json-deep-object.json", "$", "nested too deeply"},
    {"bad-json-deep.json", "$", "nested too deeply"},
    {"bad-json-empty.json", "$", "empty file"},
    {"bad-json-invalid-utf8.json", "$", "invalid utf-8"},
    {"bad-json-nan.json", "$.kpsa/abi", "NaN"},
    {"bad-json-nul-byte.json", "$", "NUL byte"},
    {"bad-json-single-quotes.json", "$", "unexpected character"},
    {"bad-json-syntax.json", "$", "quoted object property name expected"},
    {"bad-json-top-array.json", "$", "top level"},
    {"bad-json-top-string.json", "$", "top level"},
    {"bad-json-trailing-comma.json", "$", "unexpected character"},
    {"bad-json-trailing-garbage.json", "$", "data after the JSON value"},
    {"bad-json-truncated.json", "$", "truncated"},
    {"bad-key-context-expression.json", "$.key_context.base_size",
     "not a decimal or hexadecimal number"},
    {"bad-key-context-missing.json", "$", "missing property \"key_context\""},
    {"bad-key-context-size-function.json", "$.key_context.size_function",
     "not a valid C identifier"},
    {"bad-key-context-transparent.json", "$.key_context", "not permitted for transparent"},
    {"bad-key-context-unknown.json", "$.key_context.base_sise", "unknown property \"base_sise\""},
    {"bad-key-sizes-float.json", "$.capabilities[0].key_sizes[0]", "expected an integer"},
    {"bad-key-sizes-huge.json", "$.capabilities[0].key_sizes[0]", "out of range"},
    {"bad-key-sizes-negative.json", "$.capabilities[0].key_sizes[1]", "out of range"},
    {"bad-key-sizes-string.json", "$.capabilities[0].key_sizes[0]", "expected an integer"},
    {"bad-key-sizes-too-big.json", "$.capabilities[0].key_sizes[0]", "out of range"},
    {"bad-key-sizes-zero.json", "$.capabilities[0].key_sizes[0]", "out of range"},
    {"bad-key-state-type.json", "$.kpsa/key_state", "expected a boolean"},
    {"bad-key-type-algorithm.json", "$.capabilities[0].key_types[0]",
     "unknown key type macro \"PSA_ALG_SHA_256\""},
    {"bad-key-type-family-kind.json", "$.capabilities[0].key_types[0]",
     "must be a DH group family"},
    {"bad-key-type-family-missing.json", "$.capabilities[0].key_types[0]", "needs 1 argument"},
    {"bad-key-type-family-unknown.json", "$.capabilities[0].key_types[0]",
     "unknown family \"PSA_ECC_FAMILY_P256\""},
    {"bad-key-type-unknown.json", "$.capabilities[0].key_types[1]",
     "unknown key type macro \"PSA_KEY_TYPE_AES_256\""},
    {"bad-location-expression.json", "$.location", "not a decimal or hexadecimal number"},
    {"bad-location-missing.json", "$", "missing property \"location\""},
    {"bad-location-negative.json", "$.location", "out of range"},
    {"bad-location-range.json", "$.location", "out of range"},
    {"bad-location-transparent.json", "$.location", "not permitted for transparent"},
    {"bad-location-zero.json", "$.location", "local storage"},
    {"bad-module-empty.json", "$.kpsa/module", "shared object"},
    {"bad-module-missing.json", "$", "missing property \"kpsa/module\""},
    {"bad-module-relative-path.json", "$.kpsa/module", "must not contain \"/\""},
    {"bad-name-nul-escape.json", "$", "property name contains a NUL"},
    {"bad-names-array.json", "$.capabilities[0].names", "expected an object"},
    {"bad-names-kpsa-key.json", "$.capabilities[0].names.kpsa/hash_compute",
     "unknown kpsa property"},
    {"bad-names-long-symbol.json", "$.capabilities[0].names.hash_compute", "too long"},
    {"bad-names-not-identifier.json", "$.capabilities[0].names.hash_compute",
     "not a valid C identifier"},
    {"bad-names-unknown-function.json", "$.capabilities[0].names.hash_setup", "not a function of"},
    {"bad-names-value-type.json", "$.capabilities[0].names.hash_compute", "expected a string"},
    {"bad-persistent-state-huge.json", "$.persistent_state_size", "out of range"},
    {"bad-persistent-state-transparent.json", "$.persistent_state_size",
     "not permitted for transparent"},
    {"bad-prefix-dash.json", "$.prefix", "not a valid C identifier"},
    {"bad-prefix-empty.json", "$.prefix", "not a valid C identifier"},
    {"bad-prefix-invalid.json", "$.prefix", "not a valid C identifier"},
    {"bad-prefix-long.json", "$.prefix", "too long"},
    {"bad-prefix-missing.json", "$", "missing property \"prefix\""},
    {"bad-prefix-type.json", "$.prefix", "expected a string"},
    {"bad-priority-range.json", "$.kpsa/priority", "out of range"},
    {"bad-random-expression.json", "$.kpsa/random.initial_entropy_size", "expected an integer"},
    {"bad-string-nul-escape.json", "$.prefix", "string contains a NUL"},
    {"bad-type-bool.json", "$.type", "expected a string"},
    {"bad-type-missing.json", "$", "missing property \"type\""},
    {"bad-type-unknown.json", "$.type", "unknown driver type"},
    {"bad-unknown-kpsa-property.json", "$.kpsa/modul", "unknown kpsa property"},
    {"bad-unknown-property.json", "$.capabilites", "unknown property \"capabilites\""},
    /* Found by tests/fuzz/manifest_fuzz: raw bytes echoed in diagnostics. */
    {"bad-name-non-ascii.json", "$[\"kpsa/abi\\xe1\\x98\\x95x\"]",
     "unknown kpsa property \"kpsa/abi\\xe1\\x98\\x95x\""},
    {"bad-algorithm-number-control.json", "$.capabilities[0].algorithms[0]",
     "invalid number \"5x\" ("},
};

static char *read_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long size = 0;

    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0) {
        if (f != NULL) {
            fclose(f);
        }
        return NULL;
    }
    text = malloc((size_t)size + 1);
    if (text != NULL) {
        *length = fread(text, 1, (size_t)size, f);
    }
    fclose(f);
    return text;
}

static const struct fixture *find_fixture(const char *file)
{
    for (size_t i = 0; i < sizeof(fixtures) / sizeof(fixtures[0]); i++) {
        if (strcmp(fixtures[i].file, file) == 0) {
            return &fixtures[i];
        }
    }
    return NULL;
}

/* Parse one fixture and check its outcome; returns the manifest if it parsed. */
static struct kpsa_manifest *check_fixture(const struct fixture *fx)
{
    char path[4096];
    struct kpsa_manifest *m = NULL;
    struct kpsa_diag diag;
    size_t length = 0;
    char *text = NULL;
    psa_status_t status;

    snprintf(path, sizeof(path), "%s/tests/fixtures/manifests/%s", test_manifest_srcdir(),
             fx->file);
    text = read_file(path, &length);
    if (text == NULL) {
        fprintf(stderr, "\ncannot read %s\n", path);
        CU_FAIL("fixture missing");
        return NULL;
    }
    status = kpsa_manifest_parse(path, text, length, &m, &diag);
    free(text);
    CU_ASSERT_STRING_EQUAL(diag.file, path);
    if (fx->path == NULL) {
        if (status != PSA_SUCCESS) {
            fprintf(stderr, "\n%s: %s: %s\n", fx->file, diag.path, diag.message);
        }
        KT_ASSERT_SUCCESS(status);
        return m;
    }
    if (status != PSA_ERROR_INVALID_ARGUMENT || strcmp(diag.path, fx->path) != 0 ||
        strstr(diag.message, fx->keyword) == NULL) {
        fprintf(stderr, "\n%s: status %d, %s: %s\n    expected %s: ...%s...\n", fx->file,
                (int)status, diag.path, diag.message, fx->path, fx->keyword);
    }
    KT_ASSERT_STATUS(status, PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_STRING_EQUAL(diag.path, fx->path);
    CU_ASSERT_PTR_NOT_NULL(strstr(diag.message, fx->keyword));
    CU_ASSERT_PTR_NULL(m);
    kpsa_manifest_free(m);
    return NULL;
}

static void test_fixtures(void)
{
    char dir_path[4096];
    DIR *dir = NULL;
    struct dirent *entry;
    unsigned files = 0;
    unsigned hostile = 0;

    snprintf(dir_path, sizeof(dir_path), "%s/tests/fixtures/manifests", test_manifest_srcdir());
    dir = opendir(dir_path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    while ((entry = readdir(dir)) != NULL) {
        size_t n = strlen(entry->d_name);
        if (n < 5 || strcmp(entry->d_name + n - 5, ".json") != 0) {
            continue;
        }
        const struct fixture *fx = find_fixture(entry->d_name);
        if (fx == NULL) {
            fprintf(stderr, "\n%s: not in the fixtures table\n", entry->d_name);
            CU_FAIL("fixture without an expected outcome");
            continue;
        }
        files++;
        hostile += fx->path != NULL;
        kpsa_manifest_free(check_fixture(fx));
    }
    closedir(dir);
    /* Every row has its file. */
    CU_ASSERT_EQUAL(files, sizeof(fixtures) / sizeof(fixtures[0]));
    CU_ASSERT(hostile >= 25);
}

static struct kpsa_manifest *load_fixture(const char *file)
{
    const struct fixture *fx = find_fixture(file);

    CU_ASSERT_PTR_NOT_NULL_FATAL(fx);
    return check_fixture(fx);
}

static void test_full_transparent(void)
{
    struct kpsa_manifest *m = load_fixture("ok-full-transparent.json");
    const struct kpsa_manifest_capability *c;
    char symbol[64];

    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_STRING_EQUAL(m->prefix, "acme_fast");
    CU_ASSERT_EQUAL(m->type, KPSA_DRIVER_TRANSPARENT);
    CU_ASSERT_STRING_EQUAL(m->module, "libacme-fast.so.1");
    CU_ASSERT_EQUAL(m->abi, 1);
    CU_ASSERT_EQUAL(m->priority, -10);
    CU_ASSERT_TRUE(m->key_state);
    CU_ASSERT_FALSE(m->disabled);
    CU_ASSERT_EQUAL(m->context_sizes.hash, 256);
    CU_ASSERT_EQUAL(m->context_sizes.mac, 512);
    CU_ASSERT_EQUAL(m->context_sizes.cipher, 384);
    CU_ASSERT_EQUAL(m->context_sizes.aead, 1024);
    CU_ASSERT_EQUAL(m->context_sizes.random, 64);
    CU_ASSERT_EQUAL(m->random_initial_entropy, 48);
    CU_ASSERT_EQUAL(m->random_reseed_entropy, 32);
    CU_ASSERT_EQUAL_FATAL(m->capability_count, 7);

    c = &m->capabilities[0];
    CU_ASSERT_EQUAL(c->entry_points,
                    KPSA_EP_BIT(KPSA_EP_HASH_COMPUTE) | KPSA_EP_BIT(KPSA_EP_HASH_MULTIPART));
    CU_ASSERT_EQUAL_FATAL(c->algorithm_count, 3);
    CU_ASSERT_EQUAL(c->algorithms[0], PSA_ALG_SHA_256);
    CU_ASSERT_EQUAL(c->algorithms[2], PSA_ALG_SHA3_256);
    CU_ASSERT_TRUE(c->fallback);
    CU_ASSERT_EQUAL(c->name_count, 2);
    CU_ASSERT_TRUE(kpsa_manifest_symbol(m, c, "hash_setup", symbol, sizeof(symbol)));
    CU_ASSERT_STRING_EQUAL(symbol, "acme_sha_setup");
    CU_ASSERT_TRUE(kpsa_manifest_symbol(m, c, "hash_update", symbol, sizeof(symbol)));
    CU_ASSERT_STRING_EQUAL(symbol, "acme_fast_hash_update");
    CU_ASSERT_FALSE(kpsa_manifest_symbol(m, c, "hash_update", symbol, 10));
    CU_ASSERT_FALSE(kpsa_manifest_symbol(m, c, "hash_compute", symbol, 10));
    CU_ASSERT_TRUE(kpsa_manifest_symbol(m, NULL, "hash_compute", symbol, sizeof(symbol)));
    CU_ASSERT_STRING_EQUAL(symbol, "acme_fast_hash_compute");

    c = &m->capabilities[1];
    CU_ASSERT_EQUAL_FATAL(c->algorithm_count, 4);
    CU_ASSERT_EQUAL(c->algorithms[0], PSA_ALG_HMAC(PSA_ALG_ANY_HASH));
    CU_ASSERT_EQUAL(c->algorithms[3], PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_CMAC, 8));
    CU_ASSERT_EQUAL_FATAL(c->key_type_count, 2);
    CU_ASSERT_EQUAL(c->key_types[1].type, PSA_KEY_TYPE_AES);
    CU_ASSERT_EQUAL(c->key_types[1].mask, 0xffff);
    CU_ASSERT_EQUAL_FATAL(c->key_size_count, 2);
    CU_ASSERT_EQUAL(c->key_sizes[1], 256);
    CU_ASSERT_FALSE(c->fallback);
    CU_ASSERT_EQUAL(c->name_count, 0);

    c = &m->capabilities[4];
    CU_ASSERT_EQUAL_FATAL(c->key_type_count, 3);
    CU_ASSERT_EQUAL(c->key_types[0].type, PSA_KEY_TYPE_ECC_KEY_PAIR(0));
    CU_ASSERT_EQUAL(c->key_types[0].mask, 0xff00);
    c = &m->capabilities[5];
    CU_ASSERT_EQUAL(c->algorithms[1],
                    PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)));
    c = &m->capabilities[6];
    CU_ASSERT_EQUAL(c->algorithm_count, 0);
    CU_ASSERT_EQUAL(c->key_type_count, 0);
    CU_ASSERT_EQUAL(c->key_size_count, 0);
    CU_ASSERT_TRUE((c->entry_points & KPSA_EP_BIT(KPSA_EP_INIT)) != 0);
    kpsa_manifest_free(m);
}

static void test_opaque(void)
{
    struct kpsa_manifest *m = load_fixture("ok-opaque.json");

    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->type, KPSA_DRIVER_OPAQUE);
    CU_ASSERT_EQUAL(m->location, 0x800001);
    CU_ASSERT_EQUAL(m->persistent_state_size, 128);
    CU_ASSERT_EQUAL(m->key_context_base_size, 64);
    CU_ASSERT_EQUAL(m->key_context_key_pair_size, 32);
    CU_ASSERT_EQUAL(m->key_context_public_key_size, 65);
    CU_ASSERT_EQUAL(m->key_context_symmetric_factor, 1);
    CU_ASSERT_TRUE(m->key_context_store_public_key);
    CU_ASSERT_STRING_EQUAL(m->key_context_size_function, "acme_se_key_size");
    CU_ASSERT_TRUE(m->key_context_has_builtin_key_size);
    CU_ASSERT_EQUAL(m->key_context_builtin_key_size, 4);
    CU_ASSERT_FALSE(m->capabilities[0].fallback);
    kpsa_manifest_free(m);

    m = load_fixture("ok-opaque-primary-se.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->location, PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT);
    CU_ASSERT_FALSE(m->key_context_has_builtin_key_size);
    kpsa_manifest_free(m);
    m = load_fixture("ok-opaque-integer-location.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->location, 0x800001);
    kpsa_manifest_free(m);
}

static void test_disabling(void)
{
    struct kpsa_manifest *m = load_fixture("ok-disabling.json");
    char symbol[64];

    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_TRUE(m->disabled);
    CU_ASSERT_STRING_EQUAL(m->prefix, "acme");
    CU_ASSERT_PTR_NULL(m->module);
    CU_ASSERT_EQUAL(m->capability_count, 0);
    kpsa_manifest_free(m);
    m = load_fixture("ok-disabling-only.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_TRUE(m->disabled);
    CU_ASSERT_PTR_NULL(m->prefix);
    CU_ASSERT_FALSE(kpsa_manifest_symbol(m, NULL, "init", symbol, sizeof(symbol)));
    kpsa_manifest_free(m);
}

static psa_status_t parse_text(const char *text, size_t length, struct kpsa_diag *diag)
{
    struct kpsa_manifest *m = NULL;
    psa_status_t status = kpsa_manifest_parse("mem.json", text, length, &m, diag);

    CU_ASSERT((status == PSA_SUCCESS) == (m != NULL));
    kpsa_manifest_free(m);
    return status;
}

#define MINIMAL_MEMBERS                                                                            \
    "\"prefix\": \"acme\", \"type\": \"transparent\", \"kpsa/module\": \"libacme.so\", "           \
    "\"kpsa/abi\": 1, \"capabilities\": [{\"entry_points\": [\"hash_compute\"]}]"
#define MINIMAL "{" MINIMAL_MEMBERS "}"

/* Sizes around KPSA_MANIFEST_MAX_SIZE, generated rather than committed. */
static void test_size_limit(void)
{
    size_t size = KPSA_MANIFEST_MAX_SIZE + 1;
    char *text = malloc(size);
    struct kpsa_diag diag;

    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    memset(text, ' ', size);
    memcpy(text, MINIMAL, strlen(MINIMAL));
    /* Exactly the limit: accepted. */
    KT_ASSERT_SUCCESS(parse_text(text, KPSA_MANIFEST_MAX_SIZE, &diag));
    /* One byte more: refused unparsed. */
    KT_ASSERT_STATUS(parse_text(text, size, &diag), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_STRING_EQUAL(diag.path, "$");
    CU_ASSERT_PTR_NOT_NULL(strstr(diag.message, "too large"));
    /* A huge but well-formed file: one long foreign property. */
    memset(text, 'x', size);
    memcpy(text, "{\"x/pad\": \"", 11);
    memcpy(text + size - 2, "\"}", 2);
    KT_ASSERT_STATUS(parse_text(text, size, &diag), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(diag.message, "too large"));
    free(text);
}

/* Every truncation of a valid manifest fails cleanly, with one diagnostic. */
static void test_truncations(void)
{
    char path[4096];
    size_t length = 0;
    char *text = NULL;
    struct kpsa_diag diag;

    snprintf(path, sizeof(path), "%s/tests/fixtures/manifests/ok-full-transparent.json",
             test_manifest_srcdir());
    text = read_file(path, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    for (size_t n = 0; n < length; n++) {
        /* The file ends with "}\n": cutting the newline keeps it valid. */
        psa_status_t want = n >= length - 1 ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
        psa_status_t status = parse_text(text, n, &diag);
        if (status != want) {
            fprintf(stderr, "\ntruncated at %zu: %d (%s: %s)\n", n, (int)status, diag.path,
                    diag.message);
        }
        CU_ASSERT_EQUAL(status, want);
        CU_ASSERT(status == PSA_SUCCESS || diag.message[0] != '\0');
    }
    free(text);
}

static void test_arguments(void)
{
    struct kpsa_manifest *m = (struct kpsa_manifest *)&m;
    struct kpsa_diag diag;

    KT_ASSERT_STATUS(kpsa_manifest_parse("x", NULL, 0, &m, &diag), PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(diag.message, "empty"));
    KT_ASSERT_STATUS(kpsa_manifest_parse(NULL, NULL, 5, &m, &diag), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(kpsa_manifest_parse("x", MINIMAL, strlen(MINIMAL), NULL, &diag),
                     PSA_ERROR_INVALID_ARGUMENT);
    /* No diagnostic wanted. */
    KT_ASSERT_SUCCESS(kpsa_manifest_parse(NULL, MINIMAL, strlen(MINIMAL), &m, NULL));
    CU_ASSERT_STRING_EQUAL(m->file, "");
    kpsa_manifest_free(m);
    kpsa_manifest_free(NULL);
    /* The text need not be NUL-terminated: a prefix of a longer buffer. */
    KT_ASSERT_SUCCESS(parse_text(MINIMAL "garbage", strlen(MINIMAL), &diag));
}

/* Names with odd characters stay printable in diagnostics. */
static void test_diagnostic_escaping(void)
{
    static const char text[] = "{\"evil\\u001b[2J\\n\": 1, " MINIMAL_MEMBERS "}";
    struct kpsa_diag diag;

    KT_ASSERT_STATUS(parse_text(text, strlen(text), &diag), PSA_ERROR_INVALID_ARGUMENT);
    for (const char *s = diag.path; *s != '\0'; s++) {
        CU_ASSERT(*s >= 0x20 && *s < 0x7f);
    }
    for (const char *s = diag.message; *s != '\0'; s++) {
        CU_ASSERT(*s >= 0x20 && *s < 0x7f);
    }
    CU_ASSERT_STRING_EQUAL(diag.path, "$[\"evil\\x1b[2J\\x0a\"]");
    CU_ASSERT_PTR_NOT_NULL(strstr(diag.message, "unknown property"));
}

int main(int argc, char **argv)
{
    static const kt_test manifest[] = {
        {"fixtures", test_fixtures},     {"full transparent", test_full_transparent},
        {"opaque", test_opaque},         {"disabling", test_disabling},
        {"size limit", test_size_limit}, {"truncations", test_truncations},
        {"arguments", test_arguments},   {"diagnostic escaping", test_diagnostic_escaping},
    };
    test_manifest_algspec_suite();
    KT_ADD_SUITE("manifest", manifest);
    return kt_run(argc, argv);
}
