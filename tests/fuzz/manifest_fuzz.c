/*
 * manifest_fuzz.c - libFuzzer target of the manifest parser and of the
 * algorithm / key type specification parsers (see tests/fuzz/README).
 *
 * Besides "no crash, no leak, no undefined behaviour", it checks the
 * parsers' contracts: a rejection carries one printable diagnostic whose
 * path starts with "$"; whatever parses formats back to text that parses to
 * the same value.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "loader/algspec.h"
#include "loader/manifest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

static void check_printable(const char *s)
{
    for (; *s != '\0'; s++) {
        require(*s >= 0x20 && *s < 0x7f);
    }
}

static void check_manifest(const struct kpsa_manifest *m)
{
    char text[KPSA_ALGSPEC_MAX_LENGTH + 1];
    char symbol[KPSA_MANIFEST_MAX_PREFIX + KPSA_MANIFEST_MAX_SYMBOL + 2];

    require(m->disabled || (m->capability_count > 0 && m->prefix != NULL && m->module != NULL));
    for (size_t i = 0; i < m->capability_count; i++) {
        const struct kpsa_manifest_capability *c = &m->capabilities[i];
        require(c->entry_points != 0);
        for (size_t j = 0; j < c->algorithm_count; j++) {
            psa_algorithm_t back = 0;
            kpsa_algspec_format(c->algorithms[j], text, sizeof(text));
            require(kpsa_algspec_parse(text, &back, NULL, 0) == PSA_SUCCESS);
            require(back == c->algorithms[j]);
        }
        for (size_t j = 0; j < c->key_type_count; j++) {
            kpsa_keytype_spec_format(&c->key_types[j], text, sizeof(text));
        }
        for (size_t j = 0; j < c->name_count; j++) {
            require(kpsa_manifest_symbol(m, c, c->name_keys[j], symbol, sizeof(symbol)));
            require(strcmp(symbol, c->name_values[j]) == 0);
        }
    }
}

/* The input as one specification string (up to the first NUL). */
static void fuzz_specifications(const uint8_t *data, size_t size)
{
    char text[KPSA_ALGSPEC_MAX_LENGTH + 16];
    char error[160];
    char out[KPSA_ALGSPEC_MAX_LENGTH + 1];
    psa_algorithm_t alg = 0;
    psa_algorithm_t back = 0;
    struct kpsa_key_type_spec spec;

    size = size < sizeof(text) - 1 ? size : sizeof(text) - 1;
    memcpy(text, data, size);
    text[size] = '\0';
    if (kpsa_algspec_parse(text, &alg, error, sizeof(error)) == PSA_SUCCESS) {
        kpsa_algspec_format(alg, out, sizeof(out));
        require(strncmp(out, "0x", 2) != 0);
        require(kpsa_algspec_parse(out, &back, NULL, 0) == PSA_SUCCESS && back == alg);
    } else {
        check_printable(error);
    }
    if (kpsa_keytype_spec_parse(text, &spec, error, sizeof(error)) == PSA_SUCCESS) {
        kpsa_keytype_spec_format(&spec, out, sizeof(out));
        require(strncmp(out, "0x", 2) != 0);
    } else {
        check_printable(error);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct kpsa_manifest *m = NULL;
    struct kpsa_diag diag;
    psa_status_t status = kpsa_manifest_parse("fuzz.json", (const char *)data, size, &m, &diag);

    if (status == PSA_SUCCESS) {
        require(m != NULL);
        check_manifest(m);
    } else {
        require(status == PSA_ERROR_INVALID_ARGUMENT && m == NULL);
        require(diag.path[0] == '$' && diag.message[0] != '\0');
        check_printable(diag.path);
        check_printable(diag.message);
    }
    kpsa_manifest_free(m);
    fuzz_specifications(data, size);
    return 0;
}
