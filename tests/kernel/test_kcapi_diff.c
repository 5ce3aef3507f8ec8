/*
 * test_kcapi_diff.c - the kcapi driver against the built-in driver on random
 * inputs, and kcapi under concurrent use of one key.
 *
 * Cases (hash, HMAC, AES-CBC/CBC-PKCS7/CTR, AES-GCM) are drawn from a seeded
 * generator: random keys, inputs of 0 .. 8 KiB with odd sizes, AEAD
 * additional data and tag lengths.  Each side runs in its own forked process
 * with its own psa_crypto_init, so the two sides are truly different drivers:
 *
 *   kcapi side    KPSA_DRIVER_PATH = the staged kcapi plugin, policy "all",
 *                 threshold 0 (kcapi serves what the kernel has);
 *   builtin side  the same chain with policy "off" (kcapi declines all).
 *
 * A child writes one record per call (status, driver that served it, output)
 * to a pipe; the parent requires the two sides' records to be identical.
 * Encryption with a random IV cannot be compared directly: each side's
 * ciphertexts are decrypted by the other side (a second pair of children)
 * and must give back the plaintext.  GCM tags are tampered with and must be
 * rejected by both.  The threads test runs HMAC and GCM with one key per
 * algorithm from THREADS threads at once in a kcapi process and compares
 * every result with the builtin side's.
 *
 * KT_DIFF_SEED=n repeats a run (the seed is printed); KT_DIFF_CASES=n sets
 * the number of cases.  Without AF_ALG (the host) the program skips (77);
 * tests/kernel/guest.sh runs it inside a Linux guest.
 */
#include "config.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <CUnit/Basic.h>
#include <kpsa/kpsa.h>
#include <psa/crypto.h>

#include "../testutil.h"

#ifndef AF_ALG
#define AF_ALG 38
#endif

#define MAX_INPUT 8192u
#define MAX_AD 64u
#define MAX_KEY 200u
#define OUT_MAX (MAX_INPUT + 64u)
#define DRIVER_NAME 16
#define THREADS 6
#define THREAD_CASES 240

enum op { OP_HASH, OP_HMAC, OP_DECRYPT, OP_ENCRYPT, OP_GCM, OP_COUNT };
enum mode { MODE_PRODUCE, MODE_CROSS, MODE_THREADS };

static const char *const op_names[OP_COUNT] = {"hash", "HMAC", "cipher decrypt",
                                               "cipher encrypt", "AES-GCM"};

struct kcase {
    enum op op;
    psa_algorithm_t alg;
    psa_key_type_t type;
    size_t key_len, in_len, ad_len;
    uint8_t key[MAX_KEY];
    uint8_t nonce[12];
    uint8_t ad[MAX_AD];
    uint8_t in[MAX_INPUT + 32]; /* decrypt: IV, data and a padding block */
};

/* One call's result as a child reports it. */
struct rec {
    int32_t status;
    uint32_t len;
    char driver[DRIVER_NAME];
    uint8_t out[OUT_MAX];
};

/* Records are padded to 8 bytes so that each starts aligned. */
#define REC_SIZE(r) (offsetof(struct rec, out) + (((size_t)(r)->len + 7) & ~(size_t)7))

struct buf {
    uint8_t *p;
    size_t len, cap;
};

static uint64_t seed;
static unsigned n_cases = 300;
static struct buf side_out[2][2]; /* [mode produce/cross][kcapi, builtin] */

/* ---- the case generator ------------------------------------------------ */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += UINT64_C(0x9e3779b97f4a7c15));

    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static size_t pick(uint64_t *s, size_t n)
{
    return (size_t)(splitmix(s) % n);
}

static void fill(uint64_t *s, uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        p[i] = (uint8_t)splitmix(s);
    }
}

/* Input lengths: mostly odd sizes up to 8 KiB, with the edges. */
static size_t pick_len(uint64_t *s)
{
    static const size_t edges[] = {0, 1, 15, 16, 17, 63, 64, 65, 4095, 4096, 8191, 8192};

    return pick(s, 4) == 0 ? edges[pick(s, sizeof(edges) / sizeof(edges[0]))]
                           : pick(s, MAX_INPUT + 1);
}

static void gen_cipher(uint64_t *s, struct kcase *c)
{
    static const psa_algorithm_t algs[] = {PSA_ALG_CBC_NO_PADDING, PSA_ALG_CBC_PKCS7,
                                           PSA_ALG_CTR};
    size_t len = pick_len(s);

    c->type = PSA_KEY_TYPE_AES;
    c->key_len = 16 + 8 * pick(s, 3);
    c->alg = algs[pick(s, 3)];
    if (c->alg != PSA_ALG_CTR && (c->op == OP_DECRYPT || c->alg == PSA_ALG_CBC_NO_PADDING)) {
        len -= len % 16; /* whole blocks where the mode needs them */
    }
    /* decrypt: IV || ciphertext, random (CBC-PKCS7 mostly fails its padding
     * check, which both sides must report alike) */
    c->in_len = c->op == OP_DECRYPT ? 16 + len : len;
}

static void gen_case(unsigned index, bool threads, struct kcase *c)
{
    static const psa_algorithm_t hashes[] = {PSA_ALG_SHA_1, PSA_ALG_SHA_256, PSA_ALG_SHA_384,
                                             PSA_ALG_SHA_512};
    static const uint8_t tags[] = {4, 8, 12, 13, 14, 15, 16, 16};
    uint64_t s = seed ^ ((uint64_t)index << 32) ^ (threads ? UINT64_C(0x7468726561647321) : 0);

    memset(c, 0, sizeof(*c));
    c->op = threads ? (index % 2 ? OP_GCM : OP_HMAC) : (enum op)pick(&s, OP_COUNT);
    if (c->op == OP_HASH) {
        c->alg = hashes[pick(&s, 4)];
    } else if (c->op == OP_HMAC) {
        c->alg = PSA_ALG_HMAC(hashes[1 + pick(&s, 3)]);
        c->type = PSA_KEY_TYPE_HMAC;
        c->key_len = 1 + pick(&s, MAX_KEY);
    } else if (c->op == OP_GCM) {
        c->alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM, tags[pick(&s, 8)]);
        c->type = PSA_KEY_TYPE_AES;
        c->key_len = 16 + 8 * pick(&s, 3);
        c->ad_len = pick(&s, 3) == 0 ? 0 : 1 + pick(&s, MAX_AD);
    } else {
        gen_cipher(&s, c);
    }
    if (c->op != OP_DECRYPT) {
        c->in_len = pick_len(&s);
        if (c->op == OP_ENCRYPT && c->alg == PSA_ALG_CBC_NO_PADDING) {
            c->in_len -= c->in_len % 16;
        }
    }
    if (threads) {
        /* one key per algorithm for every thread */
        uint64_t k = seed;
        c->alg = c->op == OP_GCM ? PSA_ALG_GCM : PSA_ALG_HMAC(PSA_ALG_SHA_256);
        c->key_len = 32;
        fill(&k, c->key, c->key_len);
    } else {
        fill(&s, c->key, c->key_len);
    }
    fill(&s, c->nonce, sizeof(c->nonce));
    fill(&s, c->ad, c->ad_len);
    fill(&s, c->in, c->in_len);
}

/* ---- one side: running cases ------------------------------------------- */

static psa_key_usage_t usage_of(const struct kcase *c)
{
    return c->op == OP_HMAC ? PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE
                            : PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
}

static void note_driver(struct rec *r)
{
    const char *d = kpsa_last_driver();

    snprintf(r->driver, sizeof(r->driver), "%s", d != NULL ? d : "?");
}

/* GCM: encrypt (recorded), then decrypt with a flipped tag bit (the status is
 * recorded in place of the output when it is not INVALID_SIGNATURE) and
 * decrypt unmodified (must give the plaintext back). */
static void run_gcm(const struct kcase *c, psa_key_id_t key, struct rec *r)
{
    uint8_t back[MAX_INPUT];
    size_t len = 0, back_len = 0;
    psa_status_t s;

    r->status = psa_aead_encrypt(key, c->alg, c->nonce, 12, c->ad, c->ad_len, c->in, c->in_len,
                                 r->out, OUT_MAX, &len);
    note_driver(r);
    r->len = (uint32_t)len;
    if (r->status != PSA_SUCCESS || len == 0) {
        return;
    }
    r->out[len - 1] ^= 0x01;
    s = psa_aead_decrypt(key, c->alg, c->nonce, 12, c->ad, c->ad_len, r->out, len, back,
                         sizeof(back), &back_len);
    r->out[len - 1] ^= 0x01;
    if (s != PSA_ERROR_INVALID_SIGNATURE) {
        r->status = s == PSA_SUCCESS ? -1000 : s; /* a forged tag accepted */
        return;
    }
    s = psa_aead_decrypt(key, c->alg, c->nonce, 12, c->ad, c->ad_len, r->out, len, back,
                         sizeof(back), &back_len);
    if (s != PSA_SUCCESS || back_len != c->in_len || memcmp(back, c->in, back_len) != 0) {
        r->status = s != PSA_SUCCESS ? s : -1001;
    }
}

/* Run case c; key: the key to use, or 0 to import the case's own. */
static void run_case(const struct kcase *c, psa_key_id_t key, struct rec *r)
{
    psa_key_id_t own = 0;
    size_t len = 0;

    memset(r, 0, offsetof(struct rec, out));
    if (c->op != OP_HASH && key == 0) {
        key = own = kt_import(c->type, c->key, c->key_len, usage_of(c), c->alg);
    }
    switch (c->op) {
    case OP_HASH:
        r->status = psa_hash_compute(c->alg, c->in, c->in_len, r->out, OUT_MAX, &len);
        break;
    case OP_HMAC:
        r->status = psa_mac_compute(key, c->alg, c->in, c->in_len, r->out, OUT_MAX, &len);
        break;
    case OP_DECRYPT:
        r->status = psa_cipher_decrypt(key, c->alg, c->in, c->in_len, r->out, OUT_MAX, &len);
        break;
    case OP_ENCRYPT:
        r->status = psa_cipher_encrypt(key, c->alg, c->in, c->in_len, r->out, OUT_MAX, &len);
        break;
    default:
        run_gcm(c, key, r);
        len = r->len;
        break;
    }
    if (c->op != OP_GCM) {
        note_driver(r);
    }
    r->len = r->status == PSA_SUCCESS ? (uint32_t)len : 0;
    if (own != 0) {
        psa_destroy_key(own);
    }
}

/* The record at *pos of b (advancing *pos), or NULL at the end. */
static const struct rec *next_rec(const struct buf *b, size_t *pos)
{
    const struct rec *r = (const struct rec *)(const void *)(b->p + *pos);

    if (b->p == NULL || *pos + offsetof(struct rec, out) > b->len) {
        return NULL;
    }
    *pos += REC_SIZE(r);
    return r;
}

static void put_rec(int fd, const struct rec *r)
{
    const uint8_t *p = (const uint8_t *)r;
    size_t n = REC_SIZE(r);

    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) {
            _exit(3);
        }
        p += w;
        n -= (size_t)w;
    }
}

/* MODE_CROSS: decrypt the other side's ciphertexts of every encrypt case. */
static void run_cross(int fd, const struct buf *other)
{
    size_t pos = 0;
    struct kcase *c = malloc(sizeof(*c));
    struct rec *r = calloc(1, sizeof(*r));

    for (unsigned i = 0; c != NULL && r != NULL && i < n_cases; i++) {
        const struct rec *theirs = next_rec(other, &pos);

        gen_case(i, false, c);
        if (c->op != OP_ENCRYPT) {
            continue;
        }
        if (theirs == NULL || theirs->status != PSA_SUCCESS || theirs->len > sizeof(c->in)) {
            memset(r, 0, sizeof(*r));
            r->status = -2000; /* nothing to decrypt: the parent reports it */
            put_rec(fd, r);
            continue;
        }
        c->op = OP_DECRYPT;
        c->in_len = theirs->len;
        memcpy(c->in, theirs->out, theirs->len);
        run_case(c, 0, r);
        put_rec(fd, r);
    }
    free(r);
    free(c);
}

struct thread_arg {
    unsigned first;
    psa_key_id_t keys[2]; /* HMAC, GCM */
    struct rec *recs;
};

static void *thread_main(void *p)
{
    struct thread_arg *a = p;
    struct kcase *c = malloc(sizeof(*c));

    for (unsigned i = a->first; c != NULL && i < THREAD_CASES; i += THREADS) {
        gen_case(i, true, c);
        run_case(c, a->keys[c->op == OP_GCM], &a->recs[i]);
    }
    free(c);
    return NULL;
}

/* MODE_THREADS: the thread cases, from THREADS threads at once (kcapi side)
 * or one after the other (builtin side). */
static void run_threads(int fd, bool concurrent)
{
    struct kcase *c = malloc(sizeof(*c));
    struct rec *recs = calloc(THREAD_CASES, sizeof(*recs));
    struct thread_arg args[THREADS];
    pthread_t tid[THREADS];
    unsigned started = 0;

    if (c == NULL || recs == NULL) {
        _exit(4);
    }
    for (unsigned k = 0; k < 2; k++) {
        gen_case(k, true, c); /* case 0: HMAC, case 1: GCM */
        args[0].keys[k] = kt_import(c->type, c->key, c->key_len, usage_of(c), c->alg);
    }
    for (unsigned t = 0; t < THREADS; t++) {
        args[t] = args[0];
        args[t].first = t;
        args[t].recs = recs;
        if (concurrent && pthread_create(&tid[t], NULL, thread_main, &args[t]) == 0) {
            started++;
        } else {
            thread_main(&args[t]);
        }
    }
    for (unsigned t = 0; t < started; t++) {
        pthread_join(tid[t], NULL);
    }
    for (unsigned i = 0; i < THREAD_CASES; i++) {
        put_rec(fd, &recs[i]);
    }
    free(recs);
    free(c);
}

/* In the child: initialise with the side's policy and run the mode. */
static void child(int fd, int side, enum mode mode)
{
    struct kcase *c = malloc(sizeof(*c));
    struct rec *r = calloc(1, sizeof(*r));

    setenv("KPSA_KCAPI_POLICY", side == 0 ? "all" : "off", 1);
    if (c == NULL || r == NULL || psa_crypto_init() != PSA_SUCCESS) {
        _exit(2);
    }
    if (mode == MODE_THREADS) {
        run_threads(fd, side == 0);
    } else if (mode == MODE_CROSS) {
        run_cross(fd, &side_out[0][1 - side]);
    } else {
        for (unsigned i = 0; i < n_cases; i++) {
            gen_case(i, false, c);
            run_case(c, 0, r);
            put_rec(fd, r);
        }
    }
    _exit(0);
}

/* Fork a child for side (0 kcapi, 1 builtin) and collect its records in out. */
static int run_side(int side, enum mode mode, struct buf *out)
{
    int fds[2], st = 0;
    pid_t pid;
    ssize_t n;

    out->len = 0;
    if (pipe(fds) != 0 || (pid = fork()) < 0) {
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        child(fds[1], side, mode);
    }
    close(fds[1]);
    do {
        if (out->len + 65536 > out->cap) {
            uint8_t *p = realloc(out->p, out->cap * 2 + 65536);
            if (p == NULL) {
                break;
            }
            out->p = p;
            out->cap = out->cap * 2 + 65536;
        }
        n = read(fds[0], out->p + out->len, out->cap - out->len);
        out->len += n > 0 ? (size_t)n : 0;
    } while (n > 0);
    close(fds[0]);
    waitpid(pid, &st, 0);
    return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

/* ---- comparing ---------------------------------------------------------- */

static void report(unsigned i, const struct kcase *c, const struct rec *k, const struct rec *b)
{
    fprintf(stderr,
            "case %u (%s, alg 0x%08" PRIx32 ", key %zu, input %zu, ad %zu): kcapi side %d by %s"
            " (%u bytes), builtin side %d by %s (%u bytes)\n",
            i, op_names[c->op], (uint32_t)c->alg, c->key_len, c->in_len, c->ad_len,
            (int)k->status, k->driver, k->len, (int)b->status, b->driver, b->len);
}

static bool same(const struct rec *k, const struct rec *b)
{
    return k->status == b->status && k->len == b->len && memcmp(k->out, b->out, k->len) == 0;
}

/* Compare records case by case; served[op] counts kcapi's calls. */
static unsigned compare(const struct buf *kb, const struct buf *bb, bool threads,
                        unsigned served[OP_COUNT], unsigned total[OP_COUNT])
{
    struct kcase *c = malloc(sizeof(*c));
    size_t kp = 0, bp = 0;
    unsigned bad = 0, count = threads ? THREAD_CASES : n_cases;

    for (unsigned i = 0; c != NULL && i < count; i++) {
        const struct rec *k = next_rec(kb, &kp), *b = next_rec(bb, &bp);
        gen_case(i, threads, c);
        if (k == NULL || b == NULL) {
            bad++;
            break;
        }
        total[c->op]++;
        served[c->op] += strcmp(k->driver, "kcapi") == 0;
        CU_ASSERT_STRING_EQUAL(b->driver, "builtin");
        if (c->op == OP_ENCRYPT) {
            /* random IVs: checked by the cross decryption */
            CU_ASSERT_EQUAL(k->status, b->status);
            continue;
        }
        if (!same(k, b)) {
            report(i, c, k, b);
            bad++;
        }
    }
    free(c);
    return bad;
}

static void test_differential(void)
{
    unsigned served[OP_COUNT] = {0}, total[OP_COUNT] = {0};

    CU_ASSERT_EQUAL_FATAL(run_side(0, MODE_PRODUCE, &side_out[0][0]), 0);
    CU_ASSERT_EQUAL_FATAL(run_side(1, MODE_PRODUCE, &side_out[0][1]), 0);
    CU_ASSERT_EQUAL(compare(&side_out[0][0], &side_out[0][1], false, served, total), 0);
    for (int op = 0; op < OP_COUNT; op++) {
        printf("  %-15s %3u cases, %3u served by kcapi\n", op_names[op], total[op], served[op]);
        /* the comparison means something only when kcapi served */
        CU_ASSERT(total[op] == 0 || served[op] * 2 >= total[op]);
    }
}

/* Each side's ciphertexts, decrypted by the other side, give the plaintext. */
static void test_cross_decrypt(void)
{
    struct kcase *c = malloc(sizeof(*c));
    size_t pos[2] = {0, 0};
    unsigned checked = 0;

    CU_ASSERT_FATAL(c != NULL);
    CU_ASSERT_EQUAL_FATAL(run_side(0, MODE_CROSS, &side_out[1][0]), 0);
    CU_ASSERT_EQUAL_FATAL(run_side(1, MODE_CROSS, &side_out[1][1]), 0);
    for (unsigned i = 0; i < n_cases; i++) {
        gen_case(i, false, c);
        if (c->op != OP_ENCRYPT) {
            continue;
        }
        for (int s = 0; s < 2; s++) {
            const struct rec *r = next_rec(&side_out[1][s], &pos[s]);
            if (r == NULL) {
                CU_FAIL("a cross decryption is missing");
                break;
            }
            KT_ASSERT_STATUS(r->status, PSA_SUCCESS);
            KT_ASSERT_BYTES(r->out, r->len, c->in, c->in_len);
            checked++;
        }
    }
    printf("  %u cross decryptions\n", checked);
    free(c);
}

static void test_threads(void)
{
    struct buf kb = {0}, bb = {0};
    unsigned served[OP_COUNT] = {0}, total[OP_COUNT] = {0};

    CU_ASSERT_EQUAL_FATAL(run_side(0, MODE_THREADS, &kb), 0);
    CU_ASSERT_EQUAL_FATAL(run_side(1, MODE_THREADS, &bb), 0);
    CU_ASSERT_EQUAL(compare(&kb, &bb, true, served, total), 0);
    printf("  %d threads: %u HMAC (%u by kcapi), %u AES-GCM (%u by kcapi)\n", THREADS,
           total[OP_HMAC], served[OP_HMAC], total[OP_GCM], served[OP_GCM]);
    CU_ASSERT(served[OP_HMAC] * 2 >= total[OP_HMAC]);
    CU_ASSERT(served[OP_GCM] * 2 >= total[OP_GCM]);
    free(kb.p);
    free(bb.p);
}

static void settings(void)
{
    const char *s = getenv("KT_DIFF_SEED");
    const char *n = getenv("KT_DIFF_CASES");

    seed = s != NULL ? strtoull(s, NULL, 0) : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 20);
    if (n != NULL && strtoul(n, NULL, 10) > 0) {
        n_cases = (unsigned)strtoul(n, NULL, 10);
    }
    printf("test_kcapi_diff: seed %" PRIu64 " (KT_DIFF_SEED=%" PRIu64 " repeats it), %u cases\n",
           seed, seed, n_cases);
}

int main(int argc, char **argv)
{
    static const kt_test diff[] = {
        {"kcapi and builtin give identical results", test_differential},
        {"ciphertexts decrypt on the other side", test_cross_decrypt},
    };
    static const kt_test threads[] = {
        {"one key from several threads", test_threads},
    };
    int fd = socket(AF_ALG, SOCK_SEQPACKET, 0);

    settings();
    fflush(stdout);
    if (fd < 0) {
        kt_skip("no AF_ALG in this kernel: the kcapi side would be the built-in driver");
        return kt_run(argc, argv);
    }
    close(fd);
    setenv("KPSA_DRIVER_PATH", KT_TOP_BUILDDIR "/plugins/kcapi/drivers.d", 1);
    setenv("KPSA_KCAPI_THRESHOLD", "0", 1);
    KT_ADD_SUITE("kcapi differential", diff);
    KT_ADD_SUITE("kcapi threads", threads);
    for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
            side_out[i][j] = (struct buf){0};
        }
    }
    return kt_run(argc, argv);
}
