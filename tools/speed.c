/*
 * speed.c - "kpsa speed": kpsa through the public PSA API against raw
 * OpenSSL EVP doing the same operation, in the same run.
 *
 * Each algorithm is one descriptor: the PSA call, up to two EVP baselines
 * (how applications use EVP, and a prepared-once context - the practical
 * limit), a setup that does every fetch, allocation and key import outside
 * the timed loops, and a teardown.  One generic loop times every descriptor
 * at every size: calls run in batches between clock reads, so the clock costs
 * nothing measurable, and kpsa and its baselines take turns (see measure()).
 */
#include "config.h"

#include "tool.h"
#include "speed.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <kpsa/kpsa.h>


/* ---- the descriptors ---------------------------------------------------- */

static const size_t one_byte[] = {1, 0};
static const char overhead[] = "Per-call overhead (1-byte input):";
static const size_t random_size[] = {32, 0};

#define HASH_BASELINES {{"EVP_Digest", evp_digest}, {"EVP_MD_CTX reused", evp_digest_reused}}
#define MAC_BASELINES                                                                        \
    {{"EVP_MAC new+init+free", evp_mac_per_call}, {"EVP_MAC_CTX re-init", evp_mac_prepared}}
#define CIPHER_BASELINES                                                                     \
    {{"EVP key+IV per call", evp_cipher_per_call}, {"EVP prepared, IV only", evp_cipher_prepared}}
#define AEAD_BASELINES                                                                       \
    {{"EVP key+nonce per call", evp_aead_per_call},                                          \
     {"EVP prepared, nonce only", evp_aead_prepared}}

#define HASH(name, alg, evp, sizes, section)                                                 \
    {name, section, UNIT_BYTES, alg, 0, 0, evp, NULL, sizes, setup_hash, teardown, call_hash,   \
     HASH_BASELINES}
#define MAC(name, alg, type, bits, evp, sub, sizes, section)                                 \
    {name, section, UNIT_BYTES, alg, type, bits, evp, sub, sizes, setup_mac, teardown, call_mac, \
     MAC_BASELINES}
#define HMAC(sizes, section)                                                                 \
    MAC("HMAC-SHA-256", PSA_ALG_HMAC(PSA_ALG_SHA_256), PSA_KEY_TYPE_HMAC, 256, "HMAC",         \
        "SHA2-256", sizes, section)
#define CIPHER(name, alg, type, bits, evp, sizes, section)                                   \
    {name, section, UNIT_BYTES, alg, type, bits, evp, NULL, sizes, setup_cipher, teardown,      \
     call_cipher, CIPHER_BASELINES}
#define AEAD(name, alg, type, bits, evp, sizes, section)                                     \
    {name, section, UNIT_BYTES, alg, type, bits, evp, NULL, sizes, setup_cipher, teardown,      \
     call_aead, AEAD_BASELINES}

static const struct bench benches[] = {
    HASH("SHA-256", PSA_ALG_SHA_256, "SHA2-256", NULL, NULL),
    HASH("SHA-512", PSA_ALG_SHA_512, "SHA2-512", NULL, NULL),
    HASH("SHA3-256", PSA_ALG_SHA3_256, "SHA3-256", NULL, NULL),
    HMAC(NULL, NULL),
    MAC("CMAC-AES-128", PSA_ALG_CMAC, PSA_KEY_TYPE_AES, 128, "CMAC", "AES-128-CBC", NULL, NULL),
    CIPHER("AES-128-CTR", PSA_ALG_CTR, PSA_KEY_TYPE_AES, 128, "AES-128-CTR", NULL, NULL),
    CIPHER("AES-128-CBC-PKCS7", PSA_ALG_CBC_PKCS7, PSA_KEY_TYPE_AES, 128, "AES-128-CBC", NULL,
           NULL),
    AEAD("AES-256-GCM", PSA_ALG_GCM, PSA_KEY_TYPE_AES, 256, "AES-256-GCM", NULL, NULL),
    AEAD("ChaCha20-Poly1305", PSA_ALG_CHACHA20_POLY1305, PSA_KEY_TYPE_CHACHA20, 256,
         "ChaCha20-Poly1305", NULL, NULL),
    {"random", NULL, UNIT_BYTES, 0, 0, 0, NULL, NULL, random_size, NULL, teardown, call_random,
     {{"RAND_bytes", evp_random}, {NULL, NULL}}},
    HASH("SHA-256", PSA_ALG_SHA_256, "SHA2-256", one_byte, overhead),
    HMAC(one_byte, overhead),
    CIPHER("AES-128-CTR", PSA_ALG_CTR, PSA_KEY_TYPE_AES, 128, "AES-128-CTR", one_byte, overhead),
    AEAD("AES-256-GCM", PSA_ALG_GCM, PSA_KEY_TYPE_AES, 256, "AES-256-GCM", one_byte, overhead),
    AEAD("ChaCha20-Poly1305", PSA_ALG_CHACHA20_POLY1305, PSA_KEY_TYPE_CHACHA20, 256,
         "ChaCha20-Poly1305", one_byte, overhead),
};

#define N_BENCHES (sizeof(benches) / sizeof(benches[0]))

/* Every descriptor: this file's table, then speed_asym.c's. */
static size_t n_all(void)
{
    return N_BENCHES + speed_asym_count;
}

static const struct bench *bench_at(size_t i)
{
    return i < N_BENCHES ? &benches[i] : &speed_asym_benches[i - N_BENCHES];
}

/* ---- the targets -------------------------------------------------------- */

enum target_kind {
    RATIO_AT_LEAST, /* kpsa ops/s >= limit x baseline ops/s ("faster": limit 1) */
    EXTRA_NS,       /* kpsa ns/op - baseline ns/op <= limit */
    NS_AT_MOST      /* kpsa ns/op <= limit */
};

struct target {
    const char *text;
    const char *bench;
    size_t size;
    int baseline; /* index into the descriptor's evp[] */
    enum target_kind kind;
    double limit;
};

static const struct target targets[] = {
    {"AES-256-GCM 16 KiB >= 0.95x raw EVP", "AES-256-GCM", 16384, 0, RATIO_AT_LEAST, 0.95},
    {"AES-128-CTR 16 KiB >= 0.95x raw EVP", "AES-128-CTR", 16384, 0, RATIO_AT_LEAST, 0.95},
    {"SHA-256 16 KiB >= 0.95x raw EVP", "SHA-256", 16384, 0, RATIO_AT_LEAST, 0.95},
    {"SHA-256 64 B within +60 ns of raw EVP", "SHA-256", 64, 0, EXTRA_NS, 60},
    {"AES-256-GCM 64 B faster than EVP set up per call", "AES-256-GCM", 64, 0, RATIO_AT_LEAST, 1},
    {"HMAC-SHA-256 64 B faster than EVP set up per call", "HMAC-SHA-256", 64, 0, RATIO_AT_LEAST, 1},
    {"psa_generate_random 32 B <= 150 ns", "random", 32, 0, NS_AT_MOST, 150},
    /* Asymmetric and KDF rows: against the reused-context baseline (the
     * fastest), except agreement: there the same work as kpsa's, a peer
     * decoded from bytes per call. */
    {"ECDSA-P256 sign >= 0.9x raw EVP", "ECDSA-P256 sign", 32, 1, RATIO_AT_LEAST, 0.9},
    {"ECDSA-P256 verify >= 0.9x raw EVP", "ECDSA-P256 verify", 32, 1, RATIO_AT_LEAST, 0.9},
    {"Ed25519 sign >= 0.9x raw EVP", "Ed25519 sign", 64, 1, RATIO_AT_LEAST, 0.9},
    {"Ed25519 verify >= 0.9x raw EVP", "Ed25519 verify", 64, 1, RATIO_AT_LEAST, 0.9},
    {"RSA-2048 sign >= 0.9x raw EVP", "RSA-2048 sign", 32, 1, RATIO_AT_LEAST, 0.9},
    {"RSA-2048 verify >= 0.9x raw EVP", "RSA-2048 verify", 32, 1, RATIO_AT_LEAST, 0.9},
    {"ECDH-P256 >= 0.9x raw EVP", "ECDH-P256", 32, 0, RATIO_AT_LEAST, 0.9},
    {"X25519 >= 0.9x raw EVP", "X25519", 32, 0, RATIO_AT_LEAST, 0.9},
    {"HKDF-SHA-256 >= 0.9x raw EVP", "HKDF-SHA-256", 32, 1, RATIO_AT_LEAST, 0.9},
    {"PBKDF2-HMAC-SHA-256 >= 0.9x raw EVP", "PBKDF2-HMAC-SHA-256", 10000, 1, RATIO_AT_LEAST,
     0.9},
};

#define N_TARGETS (sizeof(targets) / sizeof(targets[0]))

/* ---- measuring ---------------------------------------------------------- */

/* Index 0 is kpsa; 1 .. MAX_BASELINES are the descriptor's EVP baselines. */
#define N_CONTENDERS (1 + MAX_BASELINES)
#define SLICE_SECONDS 1e-3

struct result {
    const struct bench *b;
    size_t size;
    double rate[N_CONTENDERS]; /* ops/s; 0: not measured or failed */
    int rc[N_CONTENDERS];      /* the first failing call's result, or 0 */
    const char *driver;        /* the driver that served the kpsa calls */
};

struct options {
    double seconds;
    const char *filter;
    bool check;
    bool asym;                   /* --asym: only speed_asym.c's descriptors */
    const char *overhead;        /* --overhead: the pass-through driver's directory */
    const char *driver_path;     /* --driver-path: KPSA_DRIVER_PATH for this run */
    size_t sizes[MAX_SIZES + 1]; /* 0-terminated */
};

struct timer {
    bench_fn *fn;
    uint64_t batch; /* calls per slice */
    double spent;   /* seconds timed so far */
};

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int run_batch(bench_fn *fn, struct bench_state *st, size_t length, uint64_t batch)
{
    for (uint64_t i = 0; i < batch; i++) {
        int rc = fn(st, length);
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

/* Warm up while doubling the batch until one batch lasts a slice. */
static int calibrate(struct timer *t, struct bench_state *st, size_t length)
{
    for (t->batch = 1;; t->batch *= 2) {
        double start = now_s();
        int rc = run_batch(t->fn, st, length, t->batch);
        if (rc != 0) {
            return rc;
        }
        if (now_s() - start >= SLICE_SECONDS || t->batch >= (UINT64_C(1) << 24)) {
            return 0;
        }
    }
}

static int time_slice(struct timer *t, struct bench_state *st, size_t length, double *best)
{
    double start = now_s();
    int rc = run_batch(t->fn, st, length, t->batch);
    double elapsed = now_s() - start;

    t->spent += elapsed;
    if (rc == 0 && elapsed > 0 && (double)t->batch / elapsed > *best) {
        *best = (double)t->batch / elapsed;
    }
    return rc;
}

/*
 * Times kpsa and its baselines at one size, slice by slice in turn, until
 * each has run for `seconds`, and keeps each one's fastest slice.  Other work
 * on the machine can only make a slice slower, so the fastest slice is the
 * best estimate of the speed itself; taking turns exposes both sides to the
 * same machine state (frequency, caches, load).
 */
static void measure(struct bench_state *st, size_t length, double seconds, struct result *r)
{
    struct timer timers[N_CONTENDERS];
    size_t n = 0;
    bool running = true;

    memset(timers, 0, sizeof(timers));
    timers[n++].fn = st->b->psa;
    for (int i = 0; i < MAX_BASELINES && st->b->evp[i].run != NULL; i++) {
        timers[n++].fn = st->b->evp[i].run;
    }
    for (size_t i = 0; i < n; i++) {
        r->rc[i] = calibrate(&timers[i], st, length);
    }
    while (running) {
        running = false;
        for (size_t i = 0; i < n; i++) {
            if (r->rc[i] == 0 && timers[i].spent < seconds) {
                r->rc[i] = time_slice(&timers[i], st, length, &r->rate[i]);
                running = true;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        r->rate[i] = r->rc[i] == 0 ? r->rate[i] : 0;
    }
}

/* ---- printing ----------------------------------------------------------- */

#define ROW_HEAD "%-19s %6s | "
#define RATE_COLS "%10s %8s %6s"
#define RATE_WIDTH 26 /* RATE_COLS */

static void print_header(const struct options *o)
{
    printf("kpsa %s speed: %g s per test; kpsa = public PSA API, EVP = raw %s.\n", kpsa_version(),
           o->seconds, OpenSSL_version(OPENSSL_VERSION));
    printf("ops/s: calls per second, from the fastest %g ms slice (kpsa and EVP take turns);\n"
           "MB/s: 10^6 bytes per second; ns/op for inputs <= %d bytes; kpsa/EVP: kpsa ops/s\n"
           "over EVP ops/s (above 1: kpsa is faster).  Cipher rows: kpsa draws a random IV\n"
           "per call (psa_cipher_encrypt does), EVP uses a counter IV.  Asymmetric and\n"
           "key-derivation rows: us/op per call; PBKDF2: it/s and ns/it per iteration.\n",
           SLICE_SECONDS * 1e3, NS_SIZE_LIMIT);
}

/* The column names for rows of one unit. */
static void print_columns(enum bench_unit unit)
{
    static const char *const names[][5] = {
        [UNIT_BYTES] = {"bytes", "kpsa ops/s", "ops/s", "MB/s", "ns/op"},
        [UNIT_CALLS] = {"bytes", "kpsa ops/s", "ops/s", "us/op", ""},
        [UNIT_ITERATIONS] = {"iter", "kpsa it/s", "it/s", "ns/it", ""},
    };
    const char *const *n = names[unit];

    printf(ROW_HEAD RATE_COLS " | %-24s " RATE_COLS " | %s\n", "algorithm", n[0], n[1], n[3],
           n[4], "raw EVP", n[2], n[3], n[4], "kpsa/EVP");
}

static void print_rate(enum bench_unit unit, int rc, double rate, size_t size)
{
    char ns[16] = "";

    if (rc == PSA_ERROR_NOT_SUPPORTED) {
        printf("%-*s", RATE_WIDTH, "not supported");
        return;
    }
    if (rc != 0) {
        printf(RATE_COLS, "error", "", "");
        return;
    }
    switch (unit) {
    case UNIT_CALLS:
        printf("%10.0f %8.2f %6s", rate, 1e6 / rate, "");
        return;
    case UNIT_ITERATIONS:
        printf("%10.0f %8.1f %6s", rate * (double)size, 1e9 / (rate * (double)size), "");
        return;
    case UNIT_BYTES:
    default:
        if (size <= NS_SIZE_LIMIT) {
            snprintf(ns, sizeof(ns), "%.0f", 1e9 / rate);
        }
        printf("%10.0f %8.1f %6s", rate, rate * (double)size / 1e6, ns);
        return;
    }
}

static const char *openssl_error(void)
{
    const char *reason = ERR_reason_error_string(ERR_get_error());

    ERR_clear_error();
    return reason != NULL ? reason : "unknown error";
}

/* The kpsa row with the first baseline, then one row per further baseline. */
static void print_result(const struct result *r)
{
    const struct bench *b = r->b;
    bool evp_failed = false;

    printf("%-19s %6zu | ", b->name, r->size);
    print_rate(b->unit, r->rc[0], r->rate[0], r->size);
    for (int i = 0; i < MAX_BASELINES && b->evp[i].run != NULL; i++) {
        if (i > 0) {
            printf(ROW_HEAD RATE_COLS, "", "", "", "", "");
        }
        printf(" | %-24s ", b->evp[i].label);
        print_rate(b->unit, r->rc[1 + i], r->rate[1 + i], r->size);
        evp_failed |= r->rc[1 + i] != 0;
        if (r->rate[0] > 0 && r->rate[1 + i] > 0) {
            printf(" | %7.2fx", r->rate[0] / r->rate[1 + i]);
        } else {
            printf(" | %8s", "-");
        }
        /* With plugins in the chain, say which driver served the kpsa row. */
        if (i == 0 && r->rc[0] == 0 && r->driver != NULL && kpsa_driver_count() > 1) {
            printf("  [%s]", r->driver);
        }
        putchar('\n');
    }
    if (r->rc[0] != 0 && r->rc[0] != PSA_ERROR_NOT_SUPPORTED) {
        printf("  kpsa failed: %s\n", kpsa_status_name(r->rc[0]));
    }
    if (evp_failed) {
        printf("  EVP failed: %s\n", openssl_error());
    }
    fflush(stdout);
}

/* Buffers for inputs up to max bytes, then the descriptor's setup; on
 * failure reports it and tears down.  Returns 0 or -1. */
static int bench_open(const struct bench *b, size_t max, struct bench_state *st)
{
    memset(st, 0, sizeof(*st));
    st->b = b;
    st->in = calloc(max, 1);
    st->out_size = max + OUT_SLACK;
    st->out = malloc(st->out_size);
    if (st->in == NULL || st->out == NULL || (b->setup != NULL && b->setup(st) != 0)) {
        fprintf(stderr, "kpsa speed: %s: setup failed (%s)\n", b->name, openssl_error());
        b->teardown(st);
        return -1;
    }
    return 0;
}

/* Returns the number of failures (setup, or a kpsa call; not counted: a kpsa
 * call answering PSA_ERROR_NOT_SUPPORTED, shown as such). */
static int run_bench(const struct bench *b, const struct options *o, struct result *results,
                     size_t *n_results)
{
    struct bench_state st;
    const size_t *sizes = b->sizes != NULL ? b->sizes : o->sizes;
    size_t max = 0;
    int errors = 0;

    for (size_t i = 0; sizes[i] != 0; i++) {
        max = sizes[i] > max ? sizes[i] : max;
    }
    if (bench_open(b, max, &st) != 0) {
        return 1;
    }
    for (size_t i = 0; sizes[i] != 0 && *n_results < n_all() * MAX_SIZES; i++) {
        struct result *r = &results[(*n_results)++];
        r->b = b;
        r->size = sizes[i];
        measure(&st, sizes[i], o->seconds, r);
        r->driver = kpsa_last_driver();
        print_result(r);
        errors += r->rc[0] != 0 && r->rc[0] != PSA_ERROR_NOT_SUPPORTED;
    }
    b->teardown(&st);
    return errors;
}

int tool_speed_rate(const char *name, size_t size, double seconds, double *rate,
                    const char **driver)
{
    const struct bench *b = NULL;
    struct bench_state st;
    struct timer t = {NULL, 0, 0};
    int rc = 0;

    *rate = 0;
    *driver = NULL;
    for (size_t i = 0; i < n_all() && b == NULL; i++) {
        b = strcmp(bench_at(i)->name, name) == 0 ? bench_at(i) : NULL;
    }
    if (b == NULL || bench_open(b, size, &st) != 0) {
        return -1;
    }
    t.fn = b->psa;
    rc = calibrate(&t, &st, size);
    while (rc == 0 && t.spent < seconds) {
        rc = time_slice(&t, &st, size, rate);
    }
    *driver = kpsa_last_driver();
    b->teardown(&st);
    return rc;
}

/* ---- targets ------------------------------------------------------------ */

static const struct result *find_result(const struct result *results, size_t n,
                                        const char *name, size_t size)
{
    for (size_t i = 0; i < n; i++) {
        if (results[i].size == size && strcmp(results[i].b->name, name) == 0) {
            return &results[i];
        }
    }
    return NULL;
}

/* Evaluates one target on measured rates; writes the measured value into `text`. */
static bool target_met(const struct target *t, double kpsa, double evp, char *text, size_t size)
{
    switch (t->kind) {
    case RATIO_AT_LEAST:
        snprintf(text, size, "%.2fx", kpsa / evp);
        return kpsa / evp >= t->limit;
    case EXTRA_NS:
        snprintf(text, size, "%+.0f ns", 1e9 / kpsa - 1e9 / evp);
        return 1e9 / kpsa - 1e9 / evp <= t->limit;
    case NS_AT_MOST:
        snprintf(text, size, "%.0f ns", 1e9 / kpsa);
        return 1e9 / kpsa <= t->limit;
    default:
        snprintf(text, size, "?");
        return false;
    }
}

/* Prints the targets section; returns the number of targets measured and
 * missed, counting those whose kpsa call is not supported. */
static int check_targets(const struct result *results, size_t n)
{
    size_t met = 0, missed = 0, unsupported = 0;

    printf("\nTargets (kpsa vs raw EVP, this run):\n");
    for (size_t i = 0; i < N_TARGETS; i++) {
        const struct target *t = &targets[i];
        const struct result *r = find_result(results, n, t->bench, t->size);
        bool absolute = t->kind == NS_AT_MOST;
        const char *label = r != NULL && !absolute ? r->b->evp[t->baseline].label : NULL;
        double evp = r != NULL ? r->rate[1 + t->baseline] : 0;
        char value[32];
        bool pass = false;

        if (r != NULL && r->rc[0] == PSA_ERROR_NOT_SUPPORTED) {
            printf("  n/a   %-50s not supported by kpsa\n", t->text);
            unsupported++;
            continue;
        }
        if (r == NULL || r->rate[0] <= 0 || (!absolute && evp <= 0)) {
            printf("  n/a   %-50s not measured (see -a and the sizes)\n", t->text);
            continue;
        }
        pass = target_met(t, r->rate[0], evp, value, sizeof(value));
        printf("  %-4s  %-50s %-*s%s%s\n", pass ? "PASS" : "FAIL", t->text, absolute ? 0 : 9,
               value, absolute ? "" : " vs ", absolute ? "" : label);
        met += pass;
        missed += !pass;
    }
    printf("%zu of %zu targets met", met, N_TARGETS);
    if (unsupported > 0) {
        printf(", %zu not supported", unsupported);
    }
    if (met + missed + unsupported < N_TARGETS) {
        printf(", %zu not measured", N_TARGETS - met - missed - unsupported);
    }
    printf(".\n");
    return (int)(missed + unsupported);
}

/* ---- command line ------------------------------------------------------- */

static const size_t default_sizes[] = {16, 64, 256, 1024, 8192, 16384, 0};

static int parse_sizes(int argc, char **argv, struct options *o)
{
    size_t n = 0;

    for (int i = optind; i < argc; i++) {
        char *end = NULL;
        unsigned long long v = strtoull(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0' || argv[i][0] == '-' || v == 0 || v > MAX_SIZE_BYTES) {
            fprintf(stderr, "kpsa speed: bad size '%s' (1 .. %u bytes)\n", argv[i], MAX_SIZE_BYTES);
            return -1;
        }
        if (n == MAX_SIZES) {
            fprintf(stderr, "kpsa speed: at most %d sizes\n", MAX_SIZES);
            return -1;
        }
        o->sizes[n++] = (size_t)v;
    }
    if (n == 0) {
        memcpy(o->sizes, default_sizes, sizeof(default_sizes));
    }
    return 0;
}

static int parse_options(int argc, char **argv, struct options *o)
{
    static const struct option longopts[] = {
        {"check", no_argument, NULL, 'c'},
        {"seconds", required_argument, NULL, 's'},
        {"algorithm", required_argument, NULL, 'a'},
        {"overhead", required_argument, NULL, 'o'},
        {"driver-path", required_argument, NULL, 'd'},
        {"asym", no_argument, NULL, 'A'},
        {NULL, 0, NULL, 0},
    };
    int c = 0;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":s:a:", longopts, NULL)) != -1) {
        char *end = NULL;
        switch (c) {
        case 's':
            o->seconds = strtod(optarg, &end);
            if (end == optarg || *end != '\0' || !(o->seconds >= 0.001 && o->seconds <= 3600)) {
                fprintf(stderr, "kpsa speed: bad -s '%s' (seconds, 0.001 .. 3600)\n", optarg);
                return -1;
            }
            break;
        case 'a':
            o->filter = optarg;
            break;
        case 'c':
            o->check = true;
            break;
        case 'A':
            o->asym = true;
            break;
        case 'o':
            o->overhead = optarg;
            break;
        case 'd':
            o->driver_path = optarg;
            break;
        case ':':
            fprintf(stderr, "kpsa speed: %s needs an argument\n", argv[optind - 1]);
            return -1;
        default:
            fprintf(stderr, "kpsa speed: bad option '%s' (see kpsa speed --help)\n",
                    argv[optind - 1]);
            return -1;
        }
    }
    return parse_sizes(argc, argv, o);
}

/* -a takes comma-separated words; a descriptor runs when its name contains
 * one (and, with --asym, when it is one of speed_asym.c's). */
static bool selected(size_t i, const struct options *o)
{
    const char *name = bench_at(i)->name;
    char words[256];
    char *save = NULL;

    if (o->asym && i < N_BENCHES) {
        return false;
    }
    if (o->filter == NULL) {
        return true;
    }
    snprintf(words, sizeof(words), "%s", o->filter);
    for (char *w = strtok_r(words, ",", &save); w != NULL; w = strtok_r(NULL, ",", &save)) {
        if (strcasestr(name, w) != NULL) {
            return true;
        }
    }
    return false;
}

/* Before a descriptor's rows: its section heading, and the column names
 * when the first row, a change of unit or a new non-byte section needs them. */
static void print_heading(const struct bench *b, const struct bench *previous)
{
    bool new_section = previous == NULL || b->section != previous->section;
    bool columns = previous == NULL || b->unit != previous->unit ||
                   (new_section && b->unit != UNIT_BYTES);

    if (new_section && b->section != NULL) {
        printf("\n%s\n", b->section);
    } else if (columns) {
        putchar('\n');
    }
    if (columns) {
        print_columns(b->unit);
    }
}

int tool_speed(int argc, char **argv)
{
    struct options o = {1.0, NULL, false, false, NULL, NULL, {0}};
    struct result *results = NULL;
    const struct bench *previous = NULL;
    size_t n_results = 0, n_selected = 0;
    int errors = 0, missed = 0;

    if (parse_options(argc, argv, &o) != 0) {
        return TOOL_EXIT_USAGE;
    }
    if (o.overhead != NULL) {
        return tool_speed_overhead(o.overhead, o.seconds, o.check);
    }
    for (size_t i = 0; i < n_all(); i++) {
        n_selected += selected(i, &o);
    }
    if (n_selected == 0) {
        fprintf(stderr, "kpsa speed: no algorithm matches '%s'%s\n",
                o.filter != NULL ? o.filter : "", o.asym ? " with --asym" : "");
        return TOOL_EXIT_USAGE;
    }
    /* The kpsa column then runs through that chain (e.g. the kcapi driver,
     * with KPSA_KCAPI_POLICY and KPSA_KCAPI_THRESHOLD in the environment). */
    if (o.driver_path != NULL && setenv("KPSA_DRIVER_PATH", o.driver_path, 1) != 0) {
        fprintf(stderr, "kpsa speed: --driver-path: cannot set KPSA_DRIVER_PATH\n");
        return TOOL_EXIT_FAILURE;
    }
    results = calloc(n_all() * MAX_SIZES, sizeof(*results));
    if (results == NULL || tool_init("speed") != PSA_SUCCESS) {
        free(results);
        return TOOL_EXIT_FAILURE;
    }
    print_header(&o);
    for (size_t i = 0; i < n_all(); i++) {
        const struct bench *b = bench_at(i);
        if (!selected(i, &o)) {
            continue;
        }
        print_heading(b, previous);
        previous = b;
        errors += run_bench(b, &o, results, &n_results);
    }
    missed = check_targets(results, n_results);
    free(results);
    if (errors > 0) {
        fprintf(stderr, "kpsa speed: %d benchmark%s failed\n", errors, errors == 1 ? "" : "s");
        return TOOL_EXIT_FAILURE;
    }
    return o.check && missed > 0 ? TOOL_EXIT_FAILURE : TOOL_EXIT_OK;
}
