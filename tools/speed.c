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

#define MAX_SIZES 32
#define MAX_BASELINES 2
#define MAX_SIZE_BYTES (64u << 20)
#define OUT_SLACK 64 /* IV, padding block and tag beyond the input size */
#define NONCE_LEN 12
#define TAG_LEN 16
#define NS_SIZE_LIMIT 64 /* ns/op is shown for sizes up to this */

struct bench;

/* Everything a descriptor's calls need, made by its setup outside the timed loops. */
struct bench_state {
    const struct bench *b;
    psa_key_id_t key;
    uint8_t key_bytes[32];
    size_t key_length;
    uint8_t *in;
    uint8_t *out;
    size_t out_size;
    uint8_t iv[16];
    EVP_MD *md;
    EVP_MD_CTX *md_ctx;         /* reused hash context */
    EVP_MAC *mac;
    EVP_MAC_CTX *mac_ctx;       /* prepared once with the key */
    OSSL_PARAM mac_params[2];   /* digest or cipher of the MAC */
    char mac_sub[32];
    EVP_CIPHER *cipher;
    EVP_CIPHER_CTX *cipher_ctx; /* reused, key set on every call */
    EVP_CIPHER_CTX *prep_ctx;   /* key schedule done once */
};

/* One timed call: returns 0, a PSA error status, or -1 for an OpenSSL failure. */
typedef int bench_fn(struct bench_state *st, size_t length);

struct baseline {
    const char *label; /* how EVP is used, shown in the table */
    bench_fn *run;
};

struct bench {
    const char *name;       /* shown, matched by -a */
    const char *section;    /* group heading (printed once per group), NULL: main table */
    psa_algorithm_t alg;
    psa_key_type_t key_type; /* 0: no key */
    size_t key_bits;
    const char *evp_name;   /* EVP_MD, EVP_MAC or EVP_CIPHER name */
    const char *evp_sub;    /* the MAC's digest or cipher */
    const size_t *sizes;    /* 0-terminated; NULL: the command line's sizes */
    int (*setup)(struct bench_state *st); /* NULL: nothing to prepare */
    void (*teardown)(struct bench_state *st);
    bench_fn *psa;
    struct baseline evp[MAX_BASELINES];
};

/* ---- the timed calls: kpsa, through the public API ---------------------- */

static int call_hash(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_hash_compute(st->b->alg, st->in, length, st->out, st->out_size, &out_length);
}

static int call_mac(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_mac_compute(st->key, st->b->alg, st->in, length, st->out, st->out_size,
                           &out_length);
}

static int call_cipher(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_cipher_encrypt(st->key, st->b->alg, st->in, length, st->out, st->out_size,
                              &out_length);
}

/* A fixed nonce is harmless here: throw-away key, output discarded. */
static int call_aead(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_aead_encrypt(st->key, st->b->alg, st->iv, NONCE_LEN, NULL, 0, st->in, length,
                            st->out, st->out_size, &out_length);
}

static int call_random(struct bench_state *st, size_t length)
{
    return psa_generate_random(st->out, length);
}

/* ---- the timed calls: raw EVP ------------------------------------------ */

static int ok(int openssl_result)
{
    return openssl_result == 1 ? 0 : -1;
}

static int evp_digest(struct bench_state *st, size_t length)
{
    unsigned int out_length = 0;

    return ok(EVP_Digest(st->in, length, st->out, &out_length, st->md, NULL));
}

static int evp_digest_reused(struct bench_state *st, size_t length)
{
    unsigned int out_length = 0;

    if (EVP_DigestInit_ex2(st->md_ctx, st->md, NULL) != 1 ||
        EVP_DigestUpdate(st->md_ctx, st->in, length) != 1) {
        return -1;
    }
    return ok(EVP_DigestFinal_ex(st->md_ctx, st->out, &out_length));
}

static int evp_mac_per_call(struct bench_state *st, size_t length)
{
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(st->mac);
    size_t out_length = 0;
    int rc = -1;

    if (ctx != NULL && EVP_MAC_init(ctx, st->key_bytes, st->key_length, st->mac_params) == 1 &&
        EVP_MAC_update(ctx, st->in, length) == 1 &&
        EVP_MAC_final(ctx, st->out, &out_length, st->out_size) == 1) {
        rc = 0;
    }
    EVP_MAC_CTX_free(ctx);
    return rc;
}

/* Re-init without a key keeps the one set in setup (HMAC pads, CMAC subkeys). */
static int evp_mac_prepared(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    if (EVP_MAC_init(st->mac_ctx, NULL, 0, NULL) != 1 ||
        EVP_MAC_update(st->mac_ctx, st->in, length) != 1) {
        return -1;
    }
    return ok(EVP_MAC_final(st->mac_ctx, st->out, &out_length, st->out_size));
}

/* Big-endian increment: a new IV for every call at no measurable cost. */
static void next_iv(uint8_t *iv, size_t length)
{
    for (size_t i = length; i-- > 0;) {
        if (++iv[i] != 0) {
            break;
        }
    }
}

/*
 * psa_cipher_encrypt draws a random IV on every call.  The EVP rows take a
 * new IV too, but from a counter: RAND_bytes costs more than many of the
 * encryptions measured here, and the point is to see kpsa's own overhead, so
 * the kpsa rows carry the cost of their random IV and the EVP rows do not.
 */
static int evp_encrypt(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const uint8_t *key,
                       struct bench_state *st, size_t length)
{
    int n = 0, m = 0;

    next_iv(st->iv, sizeof(st->iv));
    if (EVP_EncryptInit_ex2(ctx, cipher, key, st->iv, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, st->out, &n, st->in, (int)length) != 1) {
        return -1;
    }
    return ok(EVP_EncryptFinal_ex(ctx, st->out + n, &m));
}

static int evp_cipher_per_call(struct bench_state *st, size_t length)
{
    return evp_encrypt(st->cipher_ctx, st->cipher, st->key_bytes, st, length);
}

static int evp_cipher_prepared(struct bench_state *st, size_t length)
{
    return evp_encrypt(st->prep_ctx, NULL, NULL, st, length);
}

static int evp_seal(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const uint8_t *key,
                    struct bench_state *st, size_t length)
{
    int n = 0, m = 0;

    if (EVP_EncryptInit_ex2(ctx, cipher, key, st->iv, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, st->out, &n, st->in, (int)length) != 1 ||
        EVP_EncryptFinal_ex(ctx, st->out + n, &m) != 1) {
        return -1;
    }
    return ok(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, TAG_LEN, st->out + n + m));
}

static int evp_aead_per_call(struct bench_state *st, size_t length)
{
    return evp_seal(st->cipher_ctx, st->cipher, st->key_bytes, st, length);
}

static int evp_aead_prepared(struct bench_state *st, size_t length)
{
    return evp_seal(st->prep_ctx, NULL, NULL, st, length);
}

static int evp_random(struct bench_state *st, size_t length)
{
    return ok(RAND_bytes(st->out, (int)length));
}

/* ---- setup and teardown ------------------------------------------------- */

static int import_key(struct bench_state *st)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    st->key_length = st->b->key_bits / 8;
    for (size_t i = 0; i < st->key_length; i++) {
        st->key_bytes[i] = (uint8_t)(0xa5 ^ (13 * i));
    }
    psa_set_key_type(&attributes, st->b->key_type);
    psa_set_key_algorithm(&attributes, st->b->alg);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_SIGN_MESSAGE);
    status = psa_import_key(&attributes, st->key_bytes, st->key_length, &st->key);
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "kpsa speed: %s: psa_import_key: %s\n", st->b->name,
                kpsa_status_name(status));
        return -1;
    }
    return 0;
}

static int setup_hash(struct bench_state *st)
{
    st->md = EVP_MD_fetch(NULL, st->b->evp_name, NULL);
    st->md_ctx = EVP_MD_CTX_new();
    return st->md != NULL && st->md_ctx != NULL ? 0 : -1;
}

static int setup_mac(struct bench_state *st)
{
    const char *param = strcmp(st->b->evp_name, "HMAC") == 0 ? OSSL_MAC_PARAM_DIGEST
                                                              : OSSL_MAC_PARAM_CIPHER;

    if (import_key(st) != 0) {
        return -1;
    }
    snprintf(st->mac_sub, sizeof(st->mac_sub), "%s", st->b->evp_sub);
    st->mac_params[0] = OSSL_PARAM_construct_utf8_string(param, st->mac_sub, 0);
    st->mac_params[1] = OSSL_PARAM_construct_end();
    st->mac = EVP_MAC_fetch(NULL, st->b->evp_name, NULL);
    st->mac_ctx = st->mac != NULL ? EVP_MAC_CTX_new(st->mac) : NULL;
    if (st->mac_ctx == NULL) {
        return -1;
    }
    return ok(EVP_MAC_init(st->mac_ctx, st->key_bytes, st->key_length, st->mac_params));
}

/* Ciphers and AEADs: the prepared context gets its key schedule here, once. */
static int setup_cipher(struct bench_state *st)
{
    if (import_key(st) != 0) {
        return -1;
    }
    st->cipher = EVP_CIPHER_fetch(NULL, st->b->evp_name, NULL);
    st->cipher_ctx = EVP_CIPHER_CTX_new();
    st->prep_ctx = EVP_CIPHER_CTX_new();
    if (st->cipher == NULL || st->cipher_ctx == NULL || st->prep_ctx == NULL) {
        return -1;
    }
    return ok(EVP_EncryptInit_ex2(st->prep_ctx, st->cipher, st->key_bytes, st->iv, NULL));
}

static void teardown(struct bench_state *st)
{
    if (st->key != PSA_KEY_ID_NULL) {
        tool_ignore(psa_destroy_key(st->key));
    }
    EVP_CIPHER_CTX_free(st->prep_ctx);
    EVP_CIPHER_CTX_free(st->cipher_ctx);
    EVP_CIPHER_free(st->cipher);
    EVP_MAC_CTX_free(st->mac_ctx);
    EVP_MAC_free(st->mac);
    EVP_MD_CTX_free(st->md_ctx);
    EVP_MD_free(st->md);
    OPENSSL_cleanse(st->key_bytes, sizeof(st->key_bytes));
    free(st->out);
    free(st->in);
    memset(st, 0, sizeof(*st));
}

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
    {name, section, alg, 0, 0, evp, NULL, sizes, setup_hash, teardown, call_hash, HASH_BASELINES}
#define MAC(name, alg, type, bits, evp, sub, sizes, section)                                 \
    {name, section, alg, type, bits, evp, sub, sizes, setup_mac, teardown, call_mac, MAC_BASELINES}
#define HMAC(sizes, section)                                                                 \
    MAC("HMAC-SHA-256", PSA_ALG_HMAC(PSA_ALG_SHA_256), PSA_KEY_TYPE_HMAC, 256, "HMAC",         \
        "SHA2-256", sizes, section)
#define CIPHER(name, alg, type, bits, evp, sizes, section)                                   \
    {name, section, alg, type, bits, evp, NULL, sizes, setup_cipher, teardown, call_cipher,      \
     CIPHER_BASELINES}
#define AEAD(name, alg, type, bits, evp, sizes, section)                                     \
    {name, section, alg, type, bits, evp, NULL, sizes, setup_cipher, teardown, call_aead,        \
     AEAD_BASELINES}

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
    {"random", NULL, 0, 0, 0, NULL, NULL, random_size, NULL, teardown, call_random,
     {{"RAND_bytes", evp_random}, {NULL, NULL}}},
    HASH("SHA-256", PSA_ALG_SHA_256, "SHA2-256", one_byte, overhead),
    HMAC(one_byte, overhead),
    CIPHER("AES-128-CTR", PSA_ALG_CTR, PSA_KEY_TYPE_AES, 128, "AES-128-CTR", one_byte, overhead),
    AEAD("AES-256-GCM", PSA_ALG_GCM, PSA_KEY_TYPE_AES, 256, "AES-256-GCM", one_byte, overhead),
    AEAD("ChaCha20-Poly1305", PSA_ALG_CHACHA20_POLY1305, PSA_KEY_TYPE_CHACHA20, 256,
         "ChaCha20-Poly1305", one_byte, overhead),
};

#define N_BENCHES (sizeof(benches) / sizeof(benches[0]))

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

#define ROW_HEAD "%-18s %6s | "
#define RATE_COLS "%10s %8s %6s"

static void print_header(const struct options *o)
{
    printf("kpsa %s speed: %g s per test; kpsa = public PSA API, EVP = raw %s.\n", kpsa_version(),
           o->seconds, OpenSSL_version(OPENSSL_VERSION));
    printf("ops/s: calls per second, from the fastest %g ms slice (kpsa and EVP take turns);\n"
           "MB/s: 10^6 bytes per second; ns/op for inputs <= %d bytes; kpsa/EVP: kpsa ops/s\n"
           "over EVP ops/s (above 1: kpsa is faster).  Cipher rows: kpsa draws a random IV\n"
           "per call (psa_cipher_encrypt does), EVP uses a counter IV.\n\n",
           SLICE_SECONDS * 1e3, NS_SIZE_LIMIT);
    printf(ROW_HEAD RATE_COLS " | %-24s " RATE_COLS " | %s\n", "algorithm", "bytes", "kpsa ops/s",
           "MB/s", "ns/op", "raw EVP", "ops/s", "MB/s", "ns/op", "kpsa/EVP");
}

static void print_rate(int rc, double rate, size_t size)
{
    char ns[16] = "";

    if (rc != 0) {
        printf(RATE_COLS, "error", "", "");
        return;
    }
    if (size <= NS_SIZE_LIMIT) {
        snprintf(ns, sizeof(ns), "%.0f", 1e9 / rate);
    }
    printf("%10.0f %8.1f %6s", rate, rate * (double)size / 1e6, ns);
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

    printf("%-18s %6zu | ", b->name, r->size);
    print_rate(r->rc[0], r->rate[0], r->size);
    for (int i = 0; i < MAX_BASELINES && b->evp[i].run != NULL; i++) {
        if (i > 0) {
            printf(ROW_HEAD RATE_COLS, "", "", "", "", "");
        }
        printf(" | %-24s ", b->evp[i].label);
        print_rate(r->rc[1 + i], r->rate[1 + i], r->size);
        evp_failed |= r->rc[1 + i] != 0;
        if (r->rate[0] > 0 && r->rate[1 + i] > 0) {
            printf(" | %7.2fx", r->rate[0] / r->rate[1 + i]);
        } else {
            printf(" | %8s", "-");
        }
        /* With plugins in the chain, say which driver served the kpsa row. */
        if (i == 0 && r->driver != NULL && kpsa_driver_count() > 1) {
            printf("  [%s]", r->driver);
        }
        putchar('\n');
    }
    if (r->rc[0] != 0) {
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

/* Returns the number of failures (setup, or a kpsa call). */
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
    for (size_t i = 0; sizes[i] != 0 && *n_results < N_BENCHES * MAX_SIZES; i++) {
        struct result *r = &results[(*n_results)++];
        r->b = b;
        r->size = sizes[i];
        measure(&st, sizes[i], o->seconds, r);
        r->driver = kpsa_last_driver();
        print_result(r);
        errors += r->rc[0] != 0;
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
    for (size_t i = 0; i < N_BENCHES && b == NULL; i++) {
        b = strcmp(benches[i].name, name) == 0 ? &benches[i] : NULL;
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

/* Prints the targets section; returns the number of targets measured and missed. */
static int check_targets(const struct result *results, size_t n)
{
    size_t met = 0, missed = 0;

    printf("\nTargets (kpsa vs raw EVP, this run):\n");
    for (size_t i = 0; i < N_TARGETS; i++) {
        const struct target *t = &targets[i];
        const struct result *r = find_result(results, n, t->bench, t->size);
        bool absolute = t->kind == NS_AT_MOST;
        const char *label = r != NULL && !absolute ? r->b->evp[t->baseline].label : NULL;
        double evp = r != NULL ? r->rate[1 + t->baseline] : 0;
        char value[32];
        bool pass = false;

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
    if (met + missed < N_TARGETS) {
        printf(", %zu not measured", N_TARGETS - met - missed);
    }
    printf(".\n");
    return (int)missed;
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

/* -a takes comma-separated words; a descriptor runs when its name contains one. */
static bool selected(const char *name, const char *filter)
{
    char words[256];
    char *save = NULL;

    if (filter == NULL) {
        return true;
    }
    snprintf(words, sizeof(words), "%s", filter);
    for (char *w = strtok_r(words, ",", &save); w != NULL; w = strtok_r(NULL, ",", &save)) {
        if (strcasestr(name, w) != NULL) {
            return true;
        }
    }
    return false;
}

int tool_speed(int argc, char **argv)
{
    struct options o = {1.0, NULL, false, NULL, NULL, {0}};
    struct result *results = NULL;
    const char *group = NULL;
    size_t n_results = 0, n_selected = 0;
    int errors = 0, missed = 0;

    if (parse_options(argc, argv, &o) != 0) {
        return TOOL_EXIT_USAGE;
    }
    if (o.overhead != NULL) {
        return tool_speed_overhead(o.overhead, o.seconds, o.check);
    }
    for (size_t i = 0; i < N_BENCHES; i++) {
        n_selected += selected(benches[i].name, o.filter);
    }
    if (n_selected == 0) {
        fprintf(stderr, "kpsa speed: no algorithm matches '%s'\n", o.filter);
        return TOOL_EXIT_USAGE;
    }
    /* The kpsa column then runs through that chain (e.g. the kcapi driver,
     * with KPSA_KCAPI_POLICY and KPSA_KCAPI_THRESHOLD in the environment). */
    if (o.driver_path != NULL && setenv("KPSA_DRIVER_PATH", o.driver_path, 1) != 0) {
        fprintf(stderr, "kpsa speed: --driver-path: cannot set KPSA_DRIVER_PATH\n");
        return TOOL_EXIT_FAILURE;
    }
    results = calloc(N_BENCHES * MAX_SIZES, sizeof(*results));
    if (results == NULL || tool_init("speed") != PSA_SUCCESS) {
        free(results);
        return TOOL_EXIT_FAILURE;
    }
    print_header(&o);
    for (size_t i = 0; i < N_BENCHES; i++) {
        const struct bench *b = &benches[i];
        if (!selected(b->name, o.filter)) {
            continue;
        }
        if (b->section != NULL && b->section != group) {
            printf("\n%s\n", b->section);
        }
        group = b->section;
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
