/*
 * random.c - the core's random generator and psa_generate_random().
 *
 * The generator is the first driver of the chain with a get_random entry
 * point; every driver with get_entropy is an entropy source.  Each thread
 * owns a generator context, created on its first draw and released when the
 * thread exits, so drawing takes no lock.
 *
 * Seeding follows the driver specification: a first round of get_entropy
 * calls on every source with NONBLOCK|KEEPALIVE, then rounds with no flags
 * until the estimates add up.  What the sources return is conditioned into
 * full-entropy bytes with Hash_df (SP 800-90A 10.3.1) on SHA-512 through the
 * dispatcher, collecting 64 bits more than the output (SP 800-90B 3.1.5.1.2),
 * and handed to add_entropy.  A thread's context is reseeded after
 * RESEED_BYTES of output and whenever get_random asks for entropy.
 *
 * Output is drawn in blocks into a per-thread buffer and served from there,
 * each byte wiped as it is handed out; requests larger than the buffer go to
 * the driver directly.
 *
 * A child process must never repeat its parent's output.  The buffer page is
 * MADV_WIPEONFORK, so in a child it reads as zeros, including its `armed`
 * word; where the kernel lacks that, a pthread_atfork child handler bumps a
 * fork generation.  Either way the context is rebuilt and reseeded before the
 * child draws.
 *
 * Memory: one anonymous mapping per thread (buffer page, then the state and
 * the driver context), excluded from core dumps.
 */
#include "config.h"

#include "core/random.h"

#include <pthread.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/init.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

#ifndef MADV_WIPEONFORK
#define MADV_WIPEONFORK 18 /* Linux 4.14; older C libraries lack the name */
#endif

/* Per-thread output buffer: small draws are served from it. */
#define BUFFER_SIZE 1024u
/* Output after which a thread's context is reseeded. */
#define RESEED_BYTES ((uint64_t)1 << 20)
/* Security strength, bytes: the least entropy ever passed to add_entropy. */
#define STRENGTH_BYTES 32u
/* Largest entropy size a generator driver may require. */
#define MAX_SEED 256u
/* Entropy collection: pool size, least request per call, rounds. */
#define POOL_SIZE 1024u
#define MIN_REQUEST 64u
#define MAX_ROUNDS 16u
/* Conditioning margin of SP 800-90B for full-entropy output, bits. */
#define MARGIN_BITS 64u
/* Hash_df prefix: counter byte and 32-bit output length in bits. */
#define DF_HEADER 5u
#define DF_DIGEST 64u

#define ROUND_ONE_FLAGS (PSA_DRIVER_GET_ENTROPY_NONBLOCK | PSA_DRIVER_GET_ENTROPY_KEEPALIVE)

/* The page a fork wipes. */
struct wiped {
    uint64_t armed; /* non-zero once seeded in this process */
    uint8_t out[BUFFER_SIZE];
};

struct rstate {
    struct wiped *w;
    struct rstate *prev, *next; /* all contexts, under list_lock */
    size_t map_size;
    size_t pos;                 /* next unread byte of w->out; BUFFER_SIZE: empty */
    uint64_t since_reseed;      /* bytes drawn since the last (re)seeding */
    unsigned fork_gen;
    bool ctx_live;              /* the driver context needs free_random */
    bool owe_entropy;           /* get_random asked for entropy */
};

struct source {
    const struct kpsa_driver *driver;
    _Atomic uint32_t flags; /* round-one flags it accepts (learnt from NOT_SUPPORTED) */
};

/* Written by kpsa_random_init / kpsa_random_free only, published by `ready`. */
static struct {
    const struct kpsa_driver *gen;
    size_t ctx_offset;
    size_t initial; /* entropy bytes for seeding; 0: the driver takes none */
    size_t reseed;
    struct source sources[KPSA_MAX_DRIVERS];
    unsigned source_count;
    pthread_key_t key;
    bool key_made;
} g;

static atomic_bool ready;
static _Atomic uint64_t life;       /* bumped by init and free: stale thread pointers */
static _Atomic unsigned fork_gen;  /* bumped in every forked child */
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct rstate *all_states;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;
static bool atfork_ok;

static _Thread_local struct rstate *my_state;
static _Thread_local uint64_t my_life;

static size_t min_size(size_t a, size_t b)
{
    return a < b ? a : b;
}

static void *driver_ctx(struct rstate *st)
{
    return (unsigned char *)st + g.ctx_offset;
}

/* ---- entropy collection ------------------------------------------------ */

/* One get_entropy call; returns the credited bits (0 when the source failed). */
static size_t draw_source(struct source *src, uint32_t flags, uint8_t *buf, size_t size)
{
    uint32_t f = flags & atomic_load_explicit(&src->flags, memory_order_relaxed);

    for (;;) {
        size_t bits = 0;
        psa_status_t s = src->driver->ep.get_entropy(f, &bits, buf, size);
        if (s == PSA_SUCCESS) {
            return min_size(bits, size * 8);
        }
        if (s != PSA_ERROR_NOT_SUPPORTED || f == 0) {
            return 0;
        }
        /* The specification lets the core retry with fewer flags and cache
         * the flags a source accepts: drop KEEPALIVE first, then NONBLOCK. */
        uint32_t drop = (f & PSA_DRIVER_GET_ENTROPY_KEEPALIVE) ? PSA_DRIVER_GET_ENTROPY_KEEPALIVE
                                                               : PSA_DRIVER_GET_ENTROPY_NONBLOCK;
        f &= ~drop;
        atomic_fetch_and_explicit(&src->flags, ~drop, memory_order_relaxed);
    }
}

/* Hash_df(pool, need * 8) with SHA-512; pool has DF_HEADER free bytes in front. */
static psa_status_t condition(uint8_t *pool, size_t len, uint8_t *out, size_t need)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t digest[DF_DIGEST];
    uint32_t bits = (uint32_t)(need * 8);

    pool[1] = (uint8_t)(bits >> 24);
    pool[2] = (uint8_t)(bits >> 16);
    pool[3] = (uint8_t)(bits >> 8);
    pool[4] = (uint8_t)bits;
    for (size_t done = 0, counter = 1; done < need; counter++) {
        size_t digest_len = 0;
        pool[0] = (uint8_t)counter;
        KPSA_TRY(kpsa_dispatch_hash_compute(PSA_ALG_SHA_512, pool, DF_HEADER + len, digest,
                                            sizeof(digest), &digest_len));
        KPSA_CHECK(digest_len == sizeof(digest), PSA_ERROR_CORRUPTION_DETECTED);
        size_t n = min_size(need - done, digest_len);
        memcpy(out + done, digest, n);
        done += n;
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(digest, sizeof(digest));
    return status;
}

/* Fill out[need] with full-entropy bytes from every source. */
static psa_status_t collect(uint8_t *out, size_t need)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t pool[DF_HEADER + POOL_SIZE];
    size_t len = 0;
    size_t bits = 0;
    size_t target = need * 8 + MARGIN_BITS;

    for (unsigned round = 0; round < MAX_ROUNDS && bits < target; round++) {
        uint32_t flags = round == 0 ? ROUND_ONE_FLAGS : 0;
        for (unsigned i = 0; i < g.source_count && len < POOL_SIZE; i++) {
            size_t want = bits < target ? (target - bits + 7) / 8 : 0;
            size_t size = min_size(want > MIN_REQUEST ? want : MIN_REQUEST, POOL_SIZE - len);
            size_t got = draw_source(&g.sources[i], flags, pool + DF_HEADER + len, size);
            if (got > 0) {
                len += size;
                bits += got;
            }
        }
    }
    KPSA_CHECK(bits >= target, PSA_ERROR_INSUFFICIENT_ENTROPY);
    KPSA_TRY(condition(pool, len, out, need));
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(pool, sizeof(pool));
    return status;
}

/* Give the thread's context `need` bytes of fresh entropy. */
static psa_status_t seed(struct rstate *st, size_t need)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t material[MAX_SEED];

    KPSA_CHECK(need > 0, PSA_ERROR_INSUFFICIENT_ENTROPY);
    KPSA_TRY(collect(material, need));
    KPSA_TRY(g.gen->ep.add_entropy(driver_ctx(st), material, need));
    st->since_reseed = 0;
    st->owe_entropy = false;
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(material, sizeof(material));
    return status;
}

/* ---- generation ---------------------------------------------------------- */

/* Fill out[size] from the driver, reseeding as needed. */
static psa_status_t generate(struct rstate *st, uint8_t *out, size_t size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    unsigned stalls = 0;

    for (size_t done = 0; done < size;) {
        if (st->owe_entropy || (g.reseed > 0 && st->since_reseed >= RESEED_BYTES)) {
            KPSA_TRY(seed(st, g.reseed));
        }
        size_t ask = size - done;
        if (g.reseed > 0) {
            ask = min_size(ask, (size_t)(RESEED_BYTES - st->since_reseed));
        }
        size_t len = 0;
        status = g.gen->ep.get_random(driver_ctx(st), out + done, ask, &len);
        if (status != PSA_SUCCESS && status != PSA_ERROR_INSUFFICIENT_ENTROPY) {
            goto exit;
        }
        KPSA_CHECK(status != PSA_SUCCESS || len <= ask, PSA_ERROR_CORRUPTION_DETECTED);
        if (status != PSA_SUCCESS) {
            len = 0;
        }
        done += len;
        st->since_reseed += len;
        /* Less than asked: the driver wants entropy before the next call.  Two
         * calls in a row without output mean reseeding does not help. */
        st->owe_entropy = len < ask;
        stalls = len == 0 ? stalls + 1 : 0;
        KPSA_CHECK(stalls < 2, PSA_ERROR_INSUFFICIENT_ENTROPY);
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- per-thread contexts -------------------------------------------------- */

static void ctx_free(struct rstate *st)
{
    if (st->ctx_live && g.gen->ep.free_random != NULL) {
        g.gen->ep.free_random(driver_ctx(st));
    }
    st->ctx_live = false;
}

/* Wipe and unmap a context; the caller has unlinked it. */
static void state_release(struct rstate *st)
{
    ctx_free(st);
    void *base = st->w;
    size_t size = st->map_size;
    kpsa_wipe(base, size);
    munmap(base, size);
}

static void state_link(struct rstate *st)
{
    pthread_mutex_lock(&list_lock);
    st->prev = NULL;
    st->next = all_states;
    if (all_states != NULL) {
        all_states->prev = st;
    }
    all_states = st;
    pthread_mutex_unlock(&list_lock);
}

static void state_unlink_locked(struct rstate *st)
{
    if (st->prev != NULL) {
        st->prev->next = st->next;
    } else {
        all_states = st->next;
    }
    if (st->next != NULL) {
        st->next->prev = st->prev;
    }
}

/* pthread key destructor: the thread is exiting. */
static void thread_exit(void *value)
{
    bool found = false;

    pthread_mutex_lock(&list_lock);
    /* kpsa_random_free may have released it already. */
    for (struct rstate *p = all_states; p != NULL; p = p->next) {
        found |= p == value;
    }
    if (found) {
        state_unlink_locked(value);
        state_release(value);
    }
    pthread_mutex_unlock(&list_lock);
    if (my_state == value) {
        my_state = NULL;
    }
}

/* (Re)start the driver context and seed it; the buffer is emptied.  After a
 * fork this frees the parent's copy of the context in the child. */
static psa_status_t state_start(struct rstate *st)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    kpsa_wipe(st->w, sizeof(*st->w));
    st->pos = BUFFER_SIZE;
    st->owe_entropy = false;
    ctx_free(st);
    kpsa_wipe(driver_ctx(st), g.gen->context_sizes.random);
    if (g.gen->ep.init_random != NULL) {
        KPSA_TRY(g.gen->ep.init_random(driver_ctx(st)));
    }
    st->ctx_live = true;
    if (g.initial > 0) {
        KPSA_TRY(seed(st, g.initial));
    }
    st->since_reseed = 0;
    st->fork_gen = atomic_load_explicit(&fork_gen, memory_order_relaxed);
    st->w->armed = 1;
    status = PSA_SUCCESS;
exit:
    return status;
}

static size_t page_round(size_t n, size_t page)
{
    return (n + page - 1) / page * page;
}

static psa_status_t state_new(struct rstate **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t head = page_round(sizeof(struct wiped), page);
    size_t size = head + page_round(g.ctx_offset + g.gen->context_sizes.random, page);
    struct rstate *st = NULL;

    void *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    KPSA_CHECK(base != MAP_FAILED, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* Both are best effort: old kernels lack them, and the atfork handler
     * covers fork detection there. */
    (void)madvise(base, size, MADV_DONTDUMP);
    (void)madvise(base, head, MADV_WIPEONFORK);
    st = (struct rstate *)((unsigned char *)base + head);
    st->w = base;
    st->map_size = size;
    KPSA_TRY(state_start(st));
    KPSA_CHECK(pthread_setspecific(g.key, st) == 0, PSA_ERROR_INSUFFICIENT_MEMORY);
    state_link(st);
    *out = st;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS && base != MAP_FAILED) {
        ctx_free(st);
        kpsa_wipe(base, size);
        munmap(base, size);
    }
    return status;
}

/* The calling thread's context, created or re-seeded after a fork as needed. */
static psa_status_t thread_state(struct rstate **out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint64_t now = atomic_load_explicit(&life, memory_order_relaxed);
    struct rstate *st = my_state;

    if (st == NULL || my_life != now) {
        my_state = NULL;
        KPSA_TRY(state_new(&st));
        my_state = st;
        my_life = now;
    } else if (st->w->armed == 0 ||
               st->fork_gen != atomic_load_explicit(&fork_gen, memory_order_relaxed)) {
        KPSA_TRY(state_start(st));
    }
    *out = st;
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- drawing --------------------------------------------------------------- */

/* Hand out n buffered bytes (n <= what is left) and wipe them. */
static void serve(struct rstate *st, uint8_t *out, size_t n)
{
    memcpy(out, st->w->out + st->pos, n);
    kpsa_wipe(st->w->out + st->pos, n);
    st->pos += n;
}

static psa_status_t refill(struct rstate *st)
{
    psa_status_t status = generate(st, st->w->out, BUFFER_SIZE);
    if (status != PSA_SUCCESS) {
        kpsa_wipe(st->w->out, BUFFER_SIZE);
        return status;
    }
    st->pos = 0;
    return PSA_SUCCESS;
}

static psa_status_t draw_slow(uint8_t *output, size_t size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct rstate *st = NULL;

    KPSA_CHECK(atomic_load_explicit(&ready, memory_order_acquire), PSA_ERROR_BAD_STATE);
    KPSA_TRY(thread_state(&st));
    if (size > BUFFER_SIZE) {
        KPSA_TRY(generate(st, output, size));
    } else {
        for (size_t done = 0; done < size;) {
            if (st->pos == BUFFER_SIZE) {
                KPSA_TRY(refill(st));
            }
            size_t n = min_size(size - done, BUFFER_SIZE - st->pos);
            serve(st, output + done, n);
            done += n;
        }
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, size);
    }
    return status;
}

psa_status_t kpsa_random_bytes(uint8_t *output, size_t size)
{
    struct rstate *st = my_state;

    if (size == 0) {
        return PSA_SUCCESS;
    }
    /* Fast path: a live context of this library instance, not forked, with
     * enough buffered output. */
    if (st != NULL && my_life == atomic_load_explicit(&life, memory_order_relaxed) &&
        st->w->armed != 0 &&
        st->fork_gen == atomic_load_explicit(&fork_gen, memory_order_relaxed) &&
        size <= BUFFER_SIZE - st->pos) {
        serve(st, output, size);
        return PSA_SUCCESS;
    }
    return draw_slow(output, size);
}

psa_status_t psa_generate_random(uint8_t *output, size_t output_size)
{
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    if (!KPSA_BUF_OK(output, output_size)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return kpsa_random_bytes(output, output_size);
}

/* ---- fork ------------------------------------------------------------------ */

/* The list lock is held across fork() so the child never inherits it locked
 * by a thread that does not exist there. */
static void atfork_prepare(void)
{
    pthread_mutex_lock(&list_lock);
}

static void atfork_parent(void)
{
    pthread_mutex_unlock(&list_lock);
}

static void atfork_child(void)
{
    atomic_fetch_add_explicit(&fork_gen, 1, memory_order_relaxed);
    pthread_mutex_unlock(&list_lock);
}

static void register_atfork(void)
{
    atfork_ok = pthread_atfork(atfork_prepare, atfork_parent, atfork_child) == 0;
}

/* ---- life cycle ------------------------------------------------------------ */

/* Pick the generator and the entropy sources, and the entropy sizes. */
static psa_status_t choose_drivers(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    unsigned count = kpsa_registry_count();

    g.gen = NULL;
    g.source_count = 0;
    for (unsigned i = 0; i < count; i++) {
        const struct kpsa_driver *d = kpsa_registry_driver(i);
        if (d->ep.get_entropy != NULL && g.source_count < KPSA_MAX_DRIVERS) {
            g.sources[g.source_count].driver = d;
            atomic_init(&g.sources[g.source_count].flags, ROUND_ONE_FLAGS);
            g.source_count++;
        }
        if (g.gen == NULL && d->ep.get_random != NULL) {
            g.gen = d;
        }
    }
    KPSA_CHECK(g.gen != NULL, PSA_ERROR_NOT_SUPPORTED);
    /* A generator that takes no entropy (or has no source to get it from) is
     * used as it is; otherwise it gets at least the security strength. */
    bool feedable = g.gen->ep.add_entropy != NULL && g.source_count > 0;
    KPSA_CHECK(feedable || g.gen->random_initial_entropy == 0, PSA_ERROR_INSUFFICIENT_ENTROPY);
    g.initial = feedable ? g.gen->random_initial_entropy : 0;
    g.reseed = feedable ? g.gen->random_reseed_entropy : 0;
    g.initial = feedable && g.initial < STRENGTH_BYTES ? STRENGTH_BYTES : g.initial;
    g.reseed = feedable && g.reseed < STRENGTH_BYTES ? STRENGTH_BYTES : g.reseed;
    KPSA_CHECK(g.initial <= MAX_SEED && g.reseed <= MAX_SEED, PSA_ERROR_NOT_SUPPORTED);
    g.ctx_offset = (sizeof(struct rstate) + alignof(max_align_t) - 1) / alignof(max_align_t) *
                   alignof(max_align_t);
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t kpsa_random_init(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct rstate *st = NULL;

    if (atomic_load_explicit(&ready, memory_order_acquire)) {
        return PSA_SUCCESS;
    }
    KPSA_CHECK(pthread_once(&atfork_once, register_atfork) == 0 && atfork_ok,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(choose_drivers());
    KPSA_CHECK(pthread_key_create(&g.key, thread_exit) == 0, PSA_ERROR_INSUFFICIENT_MEMORY);
    g.key_made = true;
    atomic_fetch_add_explicit(&life, 1, memory_order_relaxed);
    /* Seed the calling thread's context now: this proves that the sources
     * deliver, and psa_crypto_init() fails if they do not. */
    KPSA_TRY(thread_state(&st));
    atomic_store_explicit(&ready, true, memory_order_release);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_random_free();
    }
    return status;
}

void kpsa_random_free(void)
{
    atomic_store_explicit(&ready, false, memory_order_relaxed);
    pthread_mutex_lock(&list_lock);
    while (all_states != NULL) {
        struct rstate *st = all_states;
        state_unlink_locked(st);
        state_release(st);
    }
    pthread_mutex_unlock(&list_lock);
    if (g.key_made) {
        pthread_key_delete(g.key);
        g.key_made = false;
    }
    /* Other threads' pointers to released contexts are now stale. */
    atomic_fetch_add_explicit(&life, 1, memory_order_relaxed);
    my_state = NULL;
    g.gen = NULL;
    g.source_count = 0;
}
