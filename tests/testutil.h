/*
 * testutil.h - shared helpers of kpsa's CUnit test programs.
 *
 * Each test program registers its suites with kt_add_suite() and ends main()
 * with `return kt_run(argc, argv);`, which runs them with the CUnit basic
 * runner and returns 0 when every assertion passed, 1 otherwise (77 when
 * kt_skip() was called: the program was skipped, visibly).
 */
#ifndef KPSA_TESTUTIL_H
#define KPSA_TESTUTIL_H

#include <stddef.h>
#include <stdint.h>

#include <CUnit/CUnit.h>
#include <psa/crypto.h>

/* Assert a PSA status, printing both names on mismatch. */
#define KT_ASSERT_STATUS(expr, expected)                                            \
    do {                                                                            \
        psa_status_t kt_got_ = (expr);                                              \
        psa_status_t kt_want_ = (expected);                                         \
        if (kt_got_ != kt_want_) {                                                  \
            kt_report_status(__FILE__, __LINE__, #expr, kt_got_, kt_want_);         \
        }                                                                           \
        CU_ASSERT_EQUAL(kt_got_, kt_want_);                                         \
    } while (0)
#define KT_ASSERT_SUCCESS(expr) KT_ASSERT_STATUS(expr, PSA_SUCCESS)

/* Assert two byte strings equal, printing both in hex on mismatch. */
#define KT_ASSERT_BYTES(got, got_len, want, want_len)                               \
    CU_ASSERT_TRUE(kt_bytes_equal(__FILE__, __LINE__, (got), (got_len), (want),      \
                                  (want_len)))

/* A byte string decoded from a hex literal in a vector table. */
struct kt_buf {
    uint8_t *data;
    size_t len;
};

/* Decode hex (whitespace ignored) into a fresh buffer; aborts the test program
 * on malformed input, since vector tables are part of the test. */
struct kt_buf kt_hex(const char *hex);
void kt_buf_free(struct kt_buf *buf);

/* Record one failure naming `what` when `status` is PSA_ERROR_NOT_SUPPORTED, and
 * return 0 then (1 otherwise), so that a known-answer test can report an
 * unsupported algorithm once instead of failing every check that follows. */
int kt_supported(psa_status_t status, const char *what);

/* Import a raw key of a given type for a usage and algorithm. */
psa_key_id_t kt_import(psa_key_type_t type, const uint8_t *key, size_t key_len,
                       psa_key_usage_t usage, psa_algorithm_t alg);

int kt_bytes_equal(const char *file, int line, const uint8_t *got, size_t got_len,
                   const uint8_t *want, size_t want_len);
void kt_report_status(const char *file, int line, const char *expr, psa_status_t got,
                      psa_status_t want);

/* Suite registration and running. */
typedef struct {
    const char *name;
    void (*fn)(void);
} kt_test;
void kt_add_suite(const char *name, const kt_test *tests, size_t count);
#define KT_ADD_SUITE(name, tests) kt_add_suite((name), (tests), sizeof(tests) / sizeof((tests)[0]))
void kt_skip(const char *why);
int kt_run(int argc, char **argv);

#endif /* KPSA_TESTUTIL_H */
