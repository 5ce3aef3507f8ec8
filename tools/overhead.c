/*
 * overhead.c - "kpsa speed --overhead dir": what one more driver in the chain
 * costs a call.
 *
 * psa_crypto_init() builds the driver chain once per process, so each of
 * three configurations runs in a child process of its own:
 *
 *   base     the chain the environment gives (normally the built-in alone);
 *   decline  the pass-through driver (plugins/passthru, found in dir) in
 *            front, declining every call with PSA_ERROR_NOT_SUPPORTED from a
 *            "fallback" capability: one more driver tried and passed over;
 *   serve    the pass-through driver in front, serving the call on libcrypto
 *            the way the built-in driver does: a plugin instead of the
 *            statically linked driver.
 *
 * The calls are psa_hash_compute(SHA-256) and psa_mac_compute(HMAC-SHA-256)
 * on 64 bytes, timed by speed.c (tool_speed_rate).  The configurations take
 * turns for ROUNDS rounds and each keeps its fastest result, so that all
 * three meet the same machine state as far as separate processes allow.
 */
#include "config.h"

#include "tool.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#define ROUNDS      5
#define INPUT_SIZE  64
#define TARGET_NS   30.0
#define PASSTHRU    "passthru"
#define CHAIN_TEXT  160
#define PREFIX_TEXT 32

enum { BASE, DECLINE, SERVE, N_CONFIGS };

struct config {
    const char *name;
    const char *mode; /* KPSA_PASSTHRU_MODE; NULL: no pass-through driver */
    const char *what;
};

static const struct config configs[N_CONFIGS] = {
    {"base", NULL, "the chain without the pass-through driver"},
    {"decline", "decline", "pass-through first, declining (NOT_SUPPORTED, fallback)"},
    {"serve", "serve", "pass-through first, serving on libcrypto like the built-in"},
};

struct row {
    const char *call;  /* the API function */
    const char *bench; /* speed.c's descriptor */
};

static const struct row rows[] = {
    {"psa_hash_compute", "SHA-256"},
    {"psa_mac_compute", "HMAC-SHA-256"},
};

#define N_ROWS (sizeof(rows) / sizeof(rows[0]))

/* What a child reports through its pipe. */
struct report {
    int failed; /* non-zero: the child printed why */
    double rate[N_ROWS];
    char chain[CHAIN_TEXT];
    char served[N_ROWS][PREFIX_TEXT];
};

/* The chain's prefixes, first to last; the pass-through driver's position,
 * or -1 if it is not in the chain. */
static int describe_chain(char *text, size_t size)
{
    struct kpsa_driver_info info;
    int position = -1;
    size_t used = 0;

    text[0] = '\0';
    for (size_t i = 0; i < kpsa_driver_count(); i++) {
        if (kpsa_driver_get(i, &info) != PSA_SUCCESS) {
            break;
        }
        if (strcmp(info.prefix, PASSTHRU) == 0) {
            position = (int)i;
        }
        int n = snprintf(text + used, size - used, "%s%s", i > 0 ? " -> " : "", info.prefix);
        used = n > 0 && (size_t)n < size - used ? used + (size_t)n : size - 1;
    }
    return position;
}

static int set_environment(const struct config *c, const char *dir)
{
    const char *old = getenv("KPSA_DRIVER_PATH");
    char path[2 * PATH_MAX];

    if (c->mode == NULL) {
        return 0;
    }
    int n =
        snprintf(path, sizeof(path), "%s%s%s", dir, old != NULL ? ":" : "", old != NULL ? old : "");
    if (n < 0 || (size_t)n >= sizeof(path) || setenv("KPSA_DRIVER_PATH", path, 1) != 0 ||
        setenv("KPSA_PASSTHRU_MODE", c->mode, 1) != 0) {
        fprintf(stderr, "kpsa speed: --overhead: cannot set KPSA_DRIVER_PATH\n");
        return -1;
    }
    return 0;
}

/* In the child: build the chain, check it is the one meant, time the rows. */
static int child_measure(const struct config *c, const char *dir, double seconds, struct report *r)
{
    int position = -1;

    if (set_environment(c, dir) != 0 || tool_init("speed") != PSA_SUCCESS) {
        return -1;
    }
    position = describe_chain(r->chain, sizeof(r->chain));
    if ((c->mode == NULL) != (position < 0) || position > 0) {
        fprintf(stderr, "kpsa speed: --overhead %s: chain %s: the %s driver %s\n", c->name,
                r->chain, PASSTHRU,
                c->mode == NULL ? "is in it already" : "must come first (is it in the directory?)");
        return -1;
    }
    for (size_t i = 0; i < N_ROWS; i++) {
        const char *driver = NULL;
        int rc = tool_speed_rate(rows[i].bench, INPUT_SIZE, seconds, &r->rate[i], &driver);
        if (rc != 0) {
            fprintf(stderr, "kpsa speed: --overhead %s: %s %s failed: %s\n", c->name, rows[i].call,
                    rows[i].bench, rc == -1 ? "setup" : kpsa_status_name(rc));
            return -1;
        }
        snprintf(r->served[i], sizeof(r->served[i]), "%s", driver != NULL ? driver : "?");
    }
    return 0;
}

static int read_report(int fd, struct report *r)
{
    size_t got = 0;

    while (got < sizeof(*r)) {
        ssize_t n = read(fd, (char *)r + got, sizeof(*r) - got);
        if (n <= 0) {
            return -1;
        }
        got += (size_t)n;
    }
    return 0;
}

/* Runs one configuration in a child process; 0 and the report, or -1. */
static int run_child(const struct config *c, const char *dir, double seconds, struct report *r)
{
    int fds[2];
    int wstatus = 0;
    pid_t pid;

    if (pipe(fds) != 0) {
        perror("kpsa speed: pipe");
        return -1;
    }
    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        struct report mine;
        memset(&mine, 0, sizeof(mine));
        close(fds[0]);
        mine.failed = child_measure(c, dir, seconds, &mine) != 0;
        _exit(write(fds[1], &mine, sizeof(mine)) == (ssize_t)sizeof(mine) ? 0 : 1);
    }
    close(fds[1]);
    int rc = pid > 0 ? read_report(fds[0], r) : -1;
    close(fds[0]);
    if (pid < 0) {
        perror("kpsa speed: fork");
    } else if (waitpid(pid, &wstatus, 0) != pid || !WIFEXITED(wstatus) ||
               WEXITSTATUS(wstatus) != 0) {
        fprintf(stderr, "kpsa speed: --overhead %s: measuring process failed\n", c->name);
        rc = -1;
    }
    return rc == 0 && !r->failed ? 0 : -1;
}

/* The fastest of ROUNDS runs per configuration, configurations in turn. */
static int measure_all(const char *dir, double seconds, struct report best[N_CONFIGS])
{
    memset(best, 0, N_CONFIGS * sizeof(best[0]));
    for (int round = 0; round < ROUNDS; round++) {
        for (int c = 0; c < N_CONFIGS; c++) {
            struct report r;
            memset(&r, 0, sizeof(r));
            if (run_child(&configs[c], dir, seconds / ROUNDS, &r) != 0) {
                return -1;
            }
            for (size_t i = 0; i < N_ROWS; i++) {
                if (r.rate[i] > best[c].rate[i]) {
                    best[c].rate[i] = r.rate[i];
                    memcpy(best[c].served[i], r.served[i], sizeof(r.served[i]));
                }
            }
            memcpy(best[c].chain, r.chain, sizeof(r.chain));
        }
    }
    return 0;
}

static double ns(double rate)
{
    return 1e9 / rate;
}

static void print_table(const struct report best[N_CONFIGS])
{
    printf("%-8s %-30s %s\n", "config", "chain (first to last)", "what it measures");
    for (int c = 0; c < N_CONFIGS; c++) {
        printf("%-8s %-30s %s\n", configs[c].name, best[c].chain, configs[c].what);
    }
    printf("\n%-30s %-8s %-10s %9s %10s\n", "call (64-byte input)", "config", "served by",
           "ns/call", "vs base");
    for (size_t i = 0; i < N_ROWS; i++) {
        char call[64];
        snprintf(call, sizeof(call), "%s %s", rows[i].call, rows[i].bench);
        for (int c = 0; c < N_CONFIGS; c++) {
            printf("%-30s %-8s %-10s %9.1f", c == BASE ? call : "", configs[c].name,
                   best[c].served[i], ns(best[c].rate[i]));
            if (c == BASE) {
                printf("\n");
            } else {
                printf(" %+7.1f ns\n", ns(best[c].rate[i]) - ns(best[BASE].rate[i]));
            }
        }
    }
}

/* One target line per configuration with the pass-through driver; returns
 * the number missed. */
static int print_targets(const struct report best[N_CONFIGS])
{
    int missed = 0;

    printf("\nTarget: one more driver costs <= %.0f ns per call:\n", TARGET_NS);
    for (int c = DECLINE; c < N_CONFIGS; c++) {
        bool pass = true;
        printf("  ");
        for (size_t i = 0; i < N_ROWS; i++) {
            double extra = ns(best[c].rate[i]) - ns(best[BASE].rate[i]);
            pass = pass && extra <= TARGET_NS;
        }
        printf("%-4s  %-8s", pass ? "PASS" : "FAIL", configs[c].name);
        for (size_t i = 0; i < N_ROWS; i++) {
            printf("  %s %+.1f ns", rows[i].bench, ns(best[c].rate[i]) - ns(best[BASE].rate[i]));
        }
        printf("\n");
        missed += !pass;
    }
    return missed;
}

int tool_speed_overhead(const char *dir, double seconds, bool check)
{
    struct report best[N_CONFIGS];
    char *absolute = realpath(dir, NULL);
    int missed = 0;

    if (absolute == NULL) {
        fprintf(stderr, "kpsa speed: --overhead %s: no such directory\n", dir);
        return TOOL_EXIT_USAGE;
    }
    printf("kpsa %s speed --overhead: the cost of one more driver in the chain.\n"
           "Pass-through driver: %s\n"
           "Each configuration runs in a process of its own (the chain is built once\n"
           "per process): %d rounds, configurations in turn, %g s per call and round;\n"
           "each keeps its fastest 1 ms slice.\n\n",
           kpsa_version(), absolute, ROUNDS, seconds / ROUNDS);
    fflush(stdout);
    if (measure_all(absolute, seconds, best) != 0) {
        free(absolute);
        return TOOL_EXIT_FAILURE;
    }
    free(absolute);
    print_table(best);
    missed = print_targets(best);
    return check && missed > 0 ? TOOL_EXIT_FAILURE : TOOL_EXIT_OK;
}
