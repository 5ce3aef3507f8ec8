/* testutil.c - helpers shared by kpsa's CUnit test programs (see testutil.h). */
#include "testutil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>
#include <kpsa/kpsa.h>

static int skipped;

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = tolower(c);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

struct kt_buf kt_hex(const char *hex)
{
    struct kt_buf buf = {NULL, 0};
    size_t n = strlen(hex);
    int hi = -1;

    /* +1 so that an empty string still gets a valid, non-NULL buffer. */
    buf.data = malloc(n / 2 + 1);
    if (buf.data == NULL) {
        fprintf(stderr, "kt_hex: out of memory\n");
        exit(99);
    }
    for (const char *p = hex; *p != '\0'; p++) {
        if (isspace((unsigned char)*p)) {
            continue;
        }
        int v = hex_value((unsigned char)*p);
        if (v < 0) {
            fprintf(stderr, "kt_hex: bad hex digit '%c' in \"%s\"\n", *p, hex);
            exit(99);
        }
        if (hi < 0) {
            hi = v;
        } else {
            buf.data[buf.len++] = (uint8_t)(hi << 4 | v);
            hi = -1;
        }
    }
    if (hi >= 0) {
        fprintf(stderr, "kt_hex: odd number of digits in \"%s\"\n", hex);
        exit(99);
    }
    return buf;
}

void kt_buf_free(struct kt_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->len = 0;
}

psa_key_id_t kt_import(psa_key_type_t type, const uint8_t *key, size_t key_len,
                       psa_key_usage_t usage, psa_algorithm_t alg)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_key_id_t id = 0;

    psa_set_key_type(&attr, type);
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, alg);
    KT_ASSERT_SUCCESS(psa_import_key(&attr, key, key_len, &id));
    psa_reset_key_attributes(&attr);
    return id;
}

int kt_supported(psa_status_t status, const char *what)
{
    if (status != PSA_ERROR_NOT_SUPPORTED) {
        return 1;
    }
    fprintf(stderr, "\nNOT SUPPORTED: %s\n", what);
    CU_FAIL("algorithm not supported");
    return 0;
}

static void print_hex(const char *label, const uint8_t *p, size_t n)
{
    fprintf(stderr, "    %s (%zu):", label, n);
    for (size_t i = 0; i < n; i++) {
        fprintf(stderr, "%02x", p[i]);
    }
    fputc('\n', stderr);
}

int kt_bytes_equal(const char *file, int line, const uint8_t *got, size_t got_len,
                   const uint8_t *want, size_t want_len)
{
    if (got_len == want_len && (got_len == 0 || memcmp(got, want, got_len) == 0)) {
        return 1;
    }
    fprintf(stderr, "\n%s:%d: byte strings differ\n", file, line);
    print_hex("got ", got, got_len);
    print_hex("want", want, want_len);
    return 0;
}

void kt_report_status(const char *file, int line, const char *expr, psa_status_t got,
                      psa_status_t want)
{
    fprintf(stderr, "\n%s:%d: %s\n    returned %s (%d), expected %s (%d)\n", file, line, expr,
            kpsa_status_name(got), (int)got, kpsa_status_name(want), (int)want);
}

void kt_add_suite(const char *name, const kt_test *tests, size_t count)
{
    if (CU_get_registry() == NULL && CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: cannot initialise the registry\n");
        exit(99);
    }
    CU_pSuite suite = CU_add_suite(name, NULL, NULL);
    if (suite == NULL) {
        fprintf(stderr, "CUnit: cannot add suite %s\n", name);
        exit(99);
    }
    for (size_t i = 0; i < count; i++) {
        if (CU_add_test(suite, tests[i].name, tests[i].fn) == NULL) {
            fprintf(stderr, "CUnit: cannot add test %s\n", tests[i].name);
            exit(99);
        }
    }
}

void kt_skip(const char *why)
{
    fprintf(stderr, "SKIP: %s\n", why);
    skipped = 1;
}

int kt_run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    if (skipped) {
        return 77;
    }
    if (CU_get_registry() == NULL) {
        fprintf(stderr, "no tests registered\n");
        return 99;
    }
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures();
    unsigned ran = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (ran == 0) {
        fprintf(stderr, "no test ran\n");
        return 99;
    }
    return failures == 0 ? 0 : 1;
}
