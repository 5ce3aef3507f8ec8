/*
 * keystate.c - the built-in driver's prepared per-key state: lock-free pools
 * of libcrypto contexts with the key already scheduled.
 *
 * A pool is claimed for one (algorithm, kind) the first time a call asks for
 * it and keeps that identity for the key's life.  Its slots are owned through
 * the busy bitmap: whoever sets bit i owns ctx[i] until it clears the bit, so
 * only the owner ever writes a slot, and the acquire/release pair on the bitmap
 * hands the context (and the libcrypto state behind it) from one thread to the
 * next.  Nothing blocks: with no free slot, or no free pool, a call simply gets
 * a private lease and prepares a context of its own.
 */
#include "config.h"

#include "builtin/keystate.h"

#include <stdlib.h>

#include <openssl/evp.h>

#include "core/guard.h"

/* alg of a pool whose kind and free_ctx are being written.  All category bits
 * and the vendor bit set: no algorithm identifier has this value. */
#define POOL_CLAIMING ((psa_algorithm_t)0xffffffffu)

#define ALL_SLOTS ((uint32_t)((UINT64_C(1) << BUILTIN_POOL_SLOTS) - 1u))

_Static_assert(BUILTIN_POOL_SLOTS <= 32, "busy is a 32-bit map");

psa_status_t builtin_key_state_create(const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size, void **state)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_key_state *s = NULL;

    /* Contexts are prepared lazily, on the first call that needs one. */
    (void)attributes;
    (void)key;
    (void)key_size;
    *state = NULL;
    s = calloc(1, sizeof(*s));
    KPSA_CHECK(s != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    atomic_init(&s->refs, 1);
    atomic_init(&s->pkey, NULL);
    *state = s;
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Last reference gone: no lease exists, nobody else can see the state. */
static void state_free(struct builtin_key_state *s)
{
    for (size_t i = 0; i < BUILTIN_POOLS_PER_KEY; i++) {
        struct builtin_pool *p = &s->pools[i];
        psa_algorithm_t alg = atomic_load_explicit(&p->alg, memory_order_acquire);
        if (alg == 0 || alg == POOL_CLAIMING) {
            continue;
        }
        for (size_t j = 0; j < BUILTIN_POOL_SLOTS; j++) {
            void *ctx = atomic_load_explicit(&p->ctx[j], memory_order_relaxed);
            if (ctx != NULL) {
                p->free_ctx(ctx);
            }
        }
    }
    EVP_PKEY_free(atomic_load_explicit(&s->pkey, memory_order_acquire));
    free(s);
}

static void state_unref(struct builtin_key_state *s)
{
    if (atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1) {
        state_free(s);
    }
}

void builtin_key_state_destroy(void *state)
{
    if (state != NULL) {
        state_unref(state);
    }
}

/* The pool for (alg, kind), claiming a free one if none exists yet; NULL when
 * every pool serves something else.  Two threads racing to claim may both
 * succeed with different pools for the same pair: harmless, the first one
 * found serves later calls and both are freed with the state. */
static struct builtin_pool *pool_get(struct builtin_key_state *s, psa_algorithm_t alg,
                                     uint32_t kind, builtin_ctx_free_fn free_ctx)
{
    for (size_t i = 0; i < BUILTIN_POOLS_PER_KEY; i++) {
        struct builtin_pool *p = &s->pools[i];
        if (atomic_load_explicit(&p->alg, memory_order_acquire) == alg &&
            atomic_load_explicit(&p->kind, memory_order_relaxed) == kind) {
            return p;
        }
    }
    for (size_t i = 0; i < BUILTIN_POOLS_PER_KEY; i++) {
        struct builtin_pool *p = &s->pools[i];
        psa_algorithm_t expected = 0;
        if (atomic_compare_exchange_strong_explicit(&p->alg, &expected, POOL_CLAIMING,
                                                    memory_order_acq_rel,
                                                    memory_order_acquire)) {
            atomic_store_explicit(&p->kind, kind, memory_order_relaxed);
            p->free_ctx = free_ctx;
            /* Publishes kind and free_ctx to whoever sees alg. */
            atomic_store_explicit(&p->alg, alg, memory_order_release);
            return p;
        }
        if (expected == alg && atomic_load_explicit(&p->kind, memory_order_relaxed) == kind) {
            return p;
        }
    }
    return NULL;
}

/* Take a free slot, preferring one that holds a prepared context; -1 if all
 * slots are busy. */
static int slot_take(struct builtin_pool *p)
{
    uint32_t busy = atomic_load_explicit(&p->busy, memory_order_relaxed);

    for (;;) {
        uint32_t free_slots = ~busy & ALL_SLOTS;
        int slot = -1;
        if (free_slots == 0) {
            return -1;
        }
        for (int i = 0; i < BUILTIN_POOL_SLOTS && slot < 0; i++) {
            if ((free_slots >> i & 1u) != 0 &&
                atomic_load_explicit(&p->ctx[i], memory_order_relaxed) != NULL) {
                slot = i;
            }
        }
        if (slot < 0) {
            slot = __builtin_ctz(free_slots);
        }
        /* Acquire: the previous owner's writes to the slot and its context. */
        if (atomic_compare_exchange_weak_explicit(&p->busy, &busy, busy | (1u << slot),
                                                  memory_order_acquire,
                                                  memory_order_relaxed)) {
            return slot;
        }
    }
}

void builtin_lease_take(struct builtin_key_state *state, psa_algorithm_t alg, uint32_t kind,
                        builtin_ctx_free_fn free_ctx, int hold, struct builtin_lease *lease)
{
    struct builtin_pool *p;
    int slot;

    lease->state = NULL;
    lease->pool = NULL;
    lease->slot = -1;
    lease->held = 0;
    lease->ctx = NULL;
    lease->free_ctx = free_ctx;
    if (state == NULL || alg == 0 || alg == POOL_CLAIMING) {
        return;
    }
    p = pool_get(state, alg, kind, free_ctx);
    slot = p != NULL ? slot_take(p) : -1;
    if (slot < 0) {
        return;
    }
    /* The caller's own reference keeps the state alive during this call. */
    if (hold) {
        atomic_fetch_add_explicit(&state->refs, 1, memory_order_relaxed);
        lease->held = 1;
    }
    lease->state = state;
    lease->pool = p;
    lease->slot = slot;
    lease->ctx = atomic_load_explicit(&p->ctx[slot], memory_order_relaxed);
}

void builtin_lease_return(struct builtin_lease *lease, int keep)
{
    struct builtin_pool *p = lease->pool;

    if (p == NULL) {
        if (lease->ctx != NULL && lease->free_ctx != NULL) {
            lease->free_ctx(lease->ctx);
        }
    } else {
        if (!keep && lease->ctx != NULL) {
            p->free_ctx(lease->ctx);
            lease->ctx = NULL;
        }
        atomic_store_explicit(&p->ctx[lease->slot], lease->ctx, memory_order_relaxed);
        /* Release: hands the slot and the context to the next owner. */
        atomic_fetch_and_explicit(&p->busy, ~(1u << lease->slot), memory_order_release);
        if (lease->held) {
            state_unref(lease->state);
        }
    }
    lease->state = NULL;
    lease->pool = NULL;
    lease->slot = -1;
    lease->held = 0;
    lease->ctx = NULL;
    lease->free_ctx = NULL;
}
