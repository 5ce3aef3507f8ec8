/*
 * test_random.c - psa_generate_random(): statuses, output that never repeats
 * (across calls, threads and fork()), large requests, and a coarse
 * statistical sanity check.
 *
 * The first test runs before psa_crypto_init(); CUnit runs tests in the
 * order they are registered.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <psa/crypto.h>

#include "testutil.h"

#define MIB ((size_t)1 << 20)

static void test_before_init(void)
{
    uint8_t buf[16];

    KT_ASSERT_STATUS(psa_generate_random(buf, sizeof(buf)), PSA_ERROR_BAD_STATE);
    KT_ASSERT_STATUS(psa_generate_random(NULL, 0), PSA_ERROR_BAD_STATE);
}

static void test_init(void)
{
    KT_ASSERT_SUCCESS(psa_crypto_init());
    /* A second call is harmless. */
    KT_ASSERT_SUCCESS(psa_crypto_init());
}

static void test_arguments(void)
{
    uint8_t buf[4] = { 0xa5, 0xa5, 0xa5, 0xa5 };

    KT_ASSERT_STATUS(psa_generate_random(NULL, 1), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(psa_generate_random(NULL, 0));
    KT_ASSERT_SUCCESS(psa_generate_random(buf, 0));
    CU_ASSERT_EQUAL(buf[0], 0xa5);
}

static int all_zero(const uint8_t *p, size_t n)
{
    uint8_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        acc |= p[i];
    }
    return acc == 0;
}

/* Draws of many sizes (crossing the core's buffer boundaries) never repeat. */
static void test_outputs_differ(void)
{
    enum { COUNT = 200, LEN = 32 };
    static uint8_t out[COUNT][LEN];
    uint8_t scratch[1500];

    for (size_t i = 0; i < COUNT; i++) {
        KT_ASSERT_SUCCESS(psa_generate_random(out[i], LEN));
        /* Odd-sized draws in between move the buffer position around. */
        KT_ASSERT_SUCCESS(psa_generate_random(scratch, (i * 37) % sizeof(scratch)));
    }
    unsigned zeros = 0, repeats = 0;
    for (size_t i = 0; i < COUNT; i++) {
        zeros += (unsigned)all_zero(out[i], LEN);
        for (size_t j = i + 1; j < COUNT; j++) {
            repeats += memcmp(out[i], out[j], LEN) == 0;
        }
    }
    CU_ASSERT_EQUAL(zeros, 0);
    CU_ASSERT_EQUAL(repeats, 0);
}

/* Requests larger than the per-thread buffer, and past the core's reseed
 * interval, go through and differ. */
static void test_large(void)
{
    size_t size = 3 * MIB + 1;
    uint8_t *a = malloc(size);
    uint8_t *b = malloc(size);

    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    KT_ASSERT_SUCCESS(psa_generate_random(a, MIB));
    KT_ASSERT_SUCCESS(psa_generate_random(b, MIB));
    CU_ASSERT_NOT_EQUAL(memcmp(a, b, MIB), 0);
    CU_ASSERT_NOT_EQUAL(memcmp(a, a + MIB / 2, MIB / 2), 0);
    memset(a, 0, size);
    KT_ASSERT_SUCCESS(psa_generate_random(a, size));
    CU_ASSERT_FALSE(all_zero(a + size - 64, 64));
    CU_ASSERT_NOT_EQUAL(memcmp(a, a + 2 * MIB, MIB), 0);
    free(a);
    free(b);
}

/*
 * Byte frequencies and bit balance over 1 MiB drawn in small pieces.  The
 * bounds are about ten standard deviations wide: a working generator fails
 * them with probability far below 1e-15, a broken one (stuck bytes, zeros,
 * a repeating short cycle) fails them at once.
 */
static void test_statistics(void)
{
    static uint8_t data[MIB];
    unsigned long counts[256] = { 0 };
    unsigned long long ones = 0;

    for (size_t off = 0; off < MIB; off += 64) {
        KT_ASSERT_SUCCESS(psa_generate_random(data + off, 64));
    }
    for (size_t i = 0; i < MIB; i++) {
        counts[data[i]]++;
        ones += (unsigned)__builtin_popcount(data[i]);
    }
    /* Expected 4096 per value, standard deviation ~64. */
    double chi2 = 0;
    for (unsigned v = 0; v < 256; v++) {
        CU_ASSERT(counts[v] > 3400 && counts[v] < 4800);
        double d = (double)counts[v] - 4096.0;
        chi2 += d * d / 4096.0;
    }
    /* Chi-square with 255 degrees of freedom: mean 255, deviation ~22.6. */
    CU_ASSERT(chi2 > 100.0 && chi2 < 500.0);
    /* 2^23 bits, half of them ones, deviation ~1448. */
    CU_ASSERT(ones > 4194304ull - 15000 && ones < 4194304ull + 15000);
}

/* Child: draw `len` bytes and write them (or zeros on failure) to fd. */
static void child_draw(int fd, size_t len)
{
    uint8_t buf[256] = { 0 };
    if (psa_generate_random(buf, len) != PSA_SUCCESS) {
        memset(buf, 0, len);
    }
    ssize_t n = write(fd, buf, len);
    _exit(n == (ssize_t)len ? 0 : 1);
}

static int read_all(int fd, uint8_t *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n <= 0) {
            return -1;
        }
        got += (size_t)n;
    }
    return 0;
}

/* Fork a child that draws 64 bytes right away; return them in out. */
static int fork_and_draw(uint8_t *out)
{
    int fds[2];
    int wstatus = 0;

    if (pipe(fds) != 0) {
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        child_draw(fds[1], 64);
    }
    close(fds[1]);
    int rc = read_all(fds[0], out, 64);
    close(fds[0]);
    if (waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
        rc = -1;
    }
    return rc;
}

/*
 * After fork() the parent's buffered output and generator state exist in
 * both processes; the child must reseed instead of replaying them.  The
 * parent draws first so that its buffer holds output at fork time.
 */
static void test_fork(void)
{
    uint8_t warm[16], parent[64], child1[64], child2[64];

    KT_ASSERT_SUCCESS(psa_generate_random(warm, sizeof(warm)));
    CU_ASSERT_EQUAL_FATAL(fork_and_draw(child1), 0);
    CU_ASSERT_EQUAL_FATAL(fork_and_draw(child2), 0);
    KT_ASSERT_SUCCESS(psa_generate_random(parent, sizeof(parent)));
    CU_ASSERT_FALSE(all_zero(child1, sizeof(child1)));
    CU_ASSERT_FALSE(all_zero(child2, sizeof(child2)));
    CU_ASSERT_NOT_EQUAL(memcmp(parent, child1, sizeof(parent)), 0);
    CU_ASSERT_NOT_EQUAL(memcmp(parent, child2, sizeof(parent)), 0);
    CU_ASSERT_NOT_EQUAL(memcmp(child1, child2, sizeof(child1)), 0);
}

enum { THREADS = 8, DRAWS = 64, DRAW_LEN = 32 };

struct drawer {
    pthread_t thread;
    uint8_t out[DRAWS][DRAW_LEN];
    int failures;
};

static void *drawer_main(void *arg)
{
    struct drawer *d = arg;
    uint8_t big[5000];

    for (int i = 0; i < DRAWS; i++) {
        d->failures += psa_generate_random(d->out[i], DRAW_LEN) != PSA_SUCCESS;
        d->failures += psa_generate_random(big, (size_t)(i * 79) % sizeof(big)) != PSA_SUCCESS;
    }
    return NULL;
}

/* Threads draw at once; no two draws anywhere are equal. */
static void test_threads(void)
{
    static struct drawer drawers[THREADS];

    for (int t = 0; t < THREADS; t++) {
        drawers[t].failures = 0;
        CU_ASSERT_EQUAL_FATAL(pthread_create(&drawers[t].thread, NULL, drawer_main, &drawers[t]),
                              0);
    }
    for (int t = 0; t < THREADS; t++) {
        CU_ASSERT_EQUAL(pthread_join(drawers[t].thread, NULL), 0);
        CU_ASSERT_EQUAL(drawers[t].failures, 0);
    }
    static const uint8_t *flat[THREADS * DRAWS];
    size_t n = 0;
    unsigned repeats = 0;
    for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < DRAWS; i++) {
            flat[n++] = drawers[t].out[i];
        }
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            repeats += memcmp(flat[i], flat[j], DRAW_LEN) == 0;
        }
    }
    CU_ASSERT_EQUAL(repeats, 0);
}

int main(int argc, char **argv)
{
    static const kt_test tests[] = {
        { "before psa_crypto_init", test_before_init },
        { "psa_crypto_init", test_init },
        { "arguments", test_arguments },
        { "outputs differ", test_outputs_differ },
        { "large requests", test_large },
        { "byte statistics", test_statistics },
        { "fork", test_fork },
        { "threads", test_threads },
    };
    KT_ADD_SUITE("random", tests);
    return kt_run(argc, argv);
}
