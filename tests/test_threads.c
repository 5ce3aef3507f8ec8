/*
 * test_threads.c - the key store and the operations under concurrency.
 *
 *  - Many threads import AES and HMAC keys, use them (HMAC-SHA-256, AES-GCM,
 *    AES-CBC) and destroy them, all at once; every result must match what a
 *    single thread computes.
 *  - Several threads use ONE key while another thread destroys it: each call
 *    either succeeds with the right result or returns PSA_ERROR_INVALID_HANDLE,
 *    and a call that starts after the destruction returned never succeeds.
 *
 * CUnit is not thread-safe, so worker threads only count problems; the main
 * thread asserts.  Meant to run clean under ASan/UBSan and TSan.
 */
#include "config.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#include <psa/crypto.h>

#include "testutil.h"

enum {
    WORKERS = 8,
    CYCLES = 150,      /* import/use/destroy cycles per worker */
    USERS = 6,         /* threads sharing one key */
    ROUNDS = 24,       /* shared-key rounds (8 per key kind) */
    MSG_LEN = 64,
    TAG_LEN = 16,
    IV_LEN = 16,
    NONCE_LEN = 12,
    HMAC_LEN = 32,
};

static const psa_algorithm_t HMAC_ALG = PSA_ALG_HMAC(PSA_ALG_SHA_256);
static const uint8_t nonce[NONCE_LEN] = { 0xca, 0xfe, 0xba, 0xbe, 0xfa, 0xce,
                                          0xdb, 0xad, 0xde, 0xca, 0xf8, 0x88 };
static const uint8_t ad[16] = "kpsa thread test";
static uint8_t message[MSG_LEN];

/* Status of an import, without CUnit (callable from any thread). */
static psa_status_t import(psa_key_type_t type, psa_key_usage_t usage, psa_algorithm_t alg,
                           const uint8_t *key, size_t key_len, psa_key_id_t *id)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_set_key_type(&attr, type);
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, alg);
    psa_status_t status = psa_import_key(&attr, key, key_len, id);
    psa_reset_key_attributes(&attr);
    return status;
}

/* The three key kinds of the test: material and expected results. */
struct material {
    uint8_t hmac_key[32];
    uint8_t gcm_key[32];
    uint8_t cbc_key[16];
    uint8_t mac[HMAC_LEN];
    uint8_t sealed[MSG_LEN + TAG_LEN];
};

static void fill(uint8_t *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        p[i] = (uint8_t)(seed * 131u + i * 29u + 7u);
    }
}

static psa_status_t do_mac(psa_key_id_t key, uint8_t *mac)
{
    size_t len = 0;
    psa_status_t s = psa_mac_compute(key, HMAC_ALG, message, MSG_LEN, mac, HMAC_LEN, &len);
    return s == PSA_SUCCESS && len != HMAC_LEN ? PSA_ERROR_CORRUPTION_DETECTED : s;
}

static psa_status_t do_seal(psa_key_id_t key, uint8_t *out)
{
    size_t len = 0;
    psa_status_t s = psa_aead_encrypt(key, PSA_ALG_GCM, nonce, NONCE_LEN, ad, sizeof(ad), message,
                                      MSG_LEN, out, MSG_LEN + TAG_LEN, &len);
    return s == PSA_SUCCESS && len != MSG_LEN + TAG_LEN ? PSA_ERROR_CORRUPTION_DETECTED : s;
}

/* CBC with a random IV: encrypt, decrypt, compare.  *bad is set on a wrong
 * round trip; the status is the first failure. */
static psa_status_t do_cbc(psa_key_id_t key, bool *bad)
{
    uint8_t ct[IV_LEN + MSG_LEN], pt[MSG_LEN];
    size_t len = 0;
    psa_status_t s = psa_cipher_encrypt(key, PSA_ALG_CBC_NO_PADDING, message, MSG_LEN, ct,
                                        sizeof(ct), &len);
    if (s != PSA_SUCCESS) {
        return s;
    }
    *bad |= len != sizeof(ct);
    s = psa_cipher_decrypt(key, PSA_ALG_CBC_NO_PADDING, ct, sizeof(ct), pt, sizeof(pt), &len);
    if (s == PSA_SUCCESS) {
        *bad |= len != MSG_LEN || memcmp(pt, message, MSG_LEN) != 0;
    }
    return s;
}

/* Reference results, one thread. */
static void make_material(struct material *m, unsigned seed)
{
    psa_key_id_t id = 0;

    fill(m->hmac_key, sizeof(m->hmac_key), seed);
    fill(m->gcm_key, sizeof(m->gcm_key), seed + 1000);
    fill(m->cbc_key, sizeof(m->cbc_key), seed + 2000);
    KT_ASSERT_SUCCESS(import(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_SIGN_MESSAGE, HMAC_ALG,
                             m->hmac_key, sizeof(m->hmac_key), &id));
    KT_ASSERT_SUCCESS(do_mac(id, m->mac));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
    KT_ASSERT_SUCCESS(import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_ENCRYPT, PSA_ALG_GCM, m->gcm_key,
                             sizeof(m->gcm_key), &id));
    KT_ASSERT_SUCCESS(do_seal(id, m->sealed));
    KT_ASSERT_SUCCESS(psa_destroy_key(id));
}

static void test_init(void)
{
    KT_ASSERT_SUCCESS(psa_crypto_init());
    fill(message, sizeof(message), 42);
}

/* ---- independent keys ------------------------------------------------------ */

struct worker {
    pthread_t thread;
    struct material m;
    unsigned failures;
};

/* One import/use/destroy cycle of the three key kinds. */
static unsigned worker_cycle(const struct material *m)
{
    const psa_key_usage_t crypt = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
    psa_key_id_t hmac = 0, gcm = 0, cbc = 0;
    uint8_t mac[HMAC_LEN], sealed[MSG_LEN + TAG_LEN];
    unsigned failures = 0;
    bool bad = false;

    failures += import(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_SIGN_MESSAGE, HMAC_ALG, m->hmac_key,
                       sizeof(m->hmac_key), &hmac) != PSA_SUCCESS;
    failures += import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_ENCRYPT, PSA_ALG_GCM, m->gcm_key,
                       sizeof(m->gcm_key), &gcm) != PSA_SUCCESS;
    failures += import(PSA_KEY_TYPE_AES, crypt, PSA_ALG_CBC_NO_PADDING, m->cbc_key,
                       sizeof(m->cbc_key), &cbc) != PSA_SUCCESS;
    failures += do_mac(hmac, mac) != PSA_SUCCESS || memcmp(mac, m->mac, HMAC_LEN) != 0;
    failures += do_seal(gcm, sealed) != PSA_SUCCESS ||
                memcmp(sealed, m->sealed, sizeof(sealed)) != 0;
    failures += do_cbc(cbc, &bad) != PSA_SUCCESS || bad;
    failures += psa_destroy_key(hmac) != PSA_SUCCESS;
    failures += psa_destroy_key(gcm) != PSA_SUCCESS;
    failures += psa_destroy_key(cbc) != PSA_SUCCESS;
    failures += do_mac(hmac, mac) != PSA_ERROR_INVALID_HANDLE;
    return failures;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;

    for (int i = 0; i < CYCLES; i++) {
        w->failures += worker_cycle(&w->m);
    }
    return NULL;
}

static void test_independent_keys(void)
{
    static struct worker workers[WORKERS];

    for (unsigned t = 0; t < WORKERS; t++) {
        make_material(&workers[t].m, t);
        workers[t].failures = 0;
    }
    for (unsigned t = 0; t < WORKERS; t++) {
        CU_ASSERT_EQUAL_FATAL(pthread_create(&workers[t].thread, NULL, worker_main, &workers[t]),
                              0);
    }
    for (unsigned t = 0; t < WORKERS; t++) {
        CU_ASSERT_EQUAL(pthread_join(workers[t].thread, NULL), 0);
        CU_ASSERT_EQUAL(workers[t].failures, 0);
    }
}

/* ---- one key, destroyed while in use ----------------------------------------- */

enum key_kind { KIND_HMAC, KIND_GCM, KIND_CBC };

struct shared {
    enum key_kind kind;
    psa_key_id_t key;
    const struct material *m;
    pthread_barrier_t start;
    atomic_uint uses;        /* successful uses so far */
    atomic_bool destroyed;   /* psa_destroy_key has returned */
    psa_status_t destroy_status;
    atomic_uint unexpected;  /* a status other than SUCCESS / INVALID_HANDLE, or a wrong result */
    atomic_uint late;        /* success of a call started after the destruction */
    atomic_uint invalid;     /* users that saw PSA_ERROR_INVALID_HANDLE */
    atomic_uint finished;    /* users that stopped */
};

static psa_status_t shared_use(struct shared *sh)
{
    uint8_t out[MSG_LEN + TAG_LEN];
    bool bad = false;
    psa_status_t s;

    switch (sh->kind) {
    case KIND_HMAC:
        s = do_mac(sh->key, out);
        bad = s == PSA_SUCCESS && memcmp(out, sh->m->mac, HMAC_LEN) != 0;
        break;
    case KIND_GCM:
        s = do_seal(sh->key, out);
        bad = s == PSA_SUCCESS && memcmp(out, sh->m->sealed, MSG_LEN + TAG_LEN) != 0;
        break;
    default:
        s = do_cbc(sh->key, &bad);
        break;
    }
    return bad ? PSA_ERROR_CORRUPTION_DETECTED : s;
}

static void *user_main(void *arg)
{
    struct shared *sh = arg;

    pthread_barrier_wait(&sh->start);
    for (;;) {
        bool after = atomic_load(&sh->destroyed);
        psa_status_t s = shared_use(sh);
        if (s == PSA_ERROR_INVALID_HANDLE) {
            atomic_fetch_add(&sh->invalid, 1);
            break;
        }
        if (s != PSA_SUCCESS) {
            atomic_fetch_add(&sh->unexpected, 1);
            break;
        }
        if (after) {
            atomic_fetch_add(&sh->late, 1);
            break;
        }
        atomic_fetch_add(&sh->uses, 1);
    }
    atomic_fetch_add(&sh->finished, 1);
    return NULL;
}

static void *destroyer_main(void *arg)
{
    struct shared *sh = arg;

    pthread_barrier_wait(&sh->start);
    /* Let the users get going, so the destruction lands among calls. */
    while (atomic_load(&sh->uses) < 2 * USERS && atomic_load(&sh->finished) < USERS) {
        sched_yield();
    }
    sh->destroy_status = psa_destroy_key(sh->key);
    atomic_store(&sh->destroyed, true);
    return NULL;
}

static psa_status_t import_kind(enum key_kind kind, const struct material *m, psa_key_id_t *id)
{
    switch (kind) {
    case KIND_HMAC:
        return import(PSA_KEY_TYPE_HMAC, PSA_KEY_USAGE_SIGN_MESSAGE, HMAC_ALG, m->hmac_key,
                      sizeof(m->hmac_key), id);
    case KIND_GCM:
        return import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_ENCRYPT, PSA_ALG_GCM, m->gcm_key,
                      sizeof(m->gcm_key), id);
    default:
        return import(PSA_KEY_TYPE_AES, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT,
                      PSA_ALG_CBC_NO_PADDING, m->cbc_key, sizeof(m->cbc_key), id);
    }
}

static void shared_round(enum key_kind kind, const struct material *m)
{
    static struct shared sh;
    pthread_t users[USERS], destroyer;

    memset(&sh, 0, sizeof(sh));
    sh.kind = kind;
    sh.m = m;
    KT_ASSERT_SUCCESS(import_kind(kind, m, &sh.key));
    CU_ASSERT_EQUAL_FATAL(pthread_barrier_init(&sh.start, NULL, USERS + 1), 0);
    for (int t = 0; t < USERS; t++) {
        CU_ASSERT_EQUAL_FATAL(pthread_create(&users[t], NULL, user_main, &sh), 0);
    }
    CU_ASSERT_EQUAL_FATAL(pthread_create(&destroyer, NULL, destroyer_main, &sh), 0);
    for (int t = 0; t < USERS; t++) {
        CU_ASSERT_EQUAL(pthread_join(users[t], NULL), 0);
    }
    CU_ASSERT_EQUAL(pthread_join(destroyer, NULL), 0);
    pthread_barrier_destroy(&sh.start);
    KT_ASSERT_SUCCESS(sh.destroy_status);
    CU_ASSERT_EQUAL(atomic_load(&sh.unexpected), 0);
    CU_ASSERT_EQUAL(atomic_load(&sh.late), 0);
    CU_ASSERT_EQUAL(atomic_load(&sh.invalid), USERS);
    /* The id stays dead. */
    KT_ASSERT_STATUS(shared_use(&sh), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_destroy_key(sh.key), PSA_ERROR_INVALID_HANDLE);
}

static void test_destroy_while_in_use(void)
{
    static struct material m;

    make_material(&m, 77);
    for (int r = 0; r < ROUNDS; r++) {
        shared_round((enum key_kind)(r % 3), &m);
    }
}

int main(int argc, char **argv)
{
    static const kt_test tests[] = {
        { "psa_crypto_init", test_init },
        { "import/use/destroy in parallel", test_independent_keys },
        { "destroy a key in use", test_destroy_while_in_use },
    };
    KT_ADD_SUITE("threads", tests);
    return kt_run(argc, argv);
}
