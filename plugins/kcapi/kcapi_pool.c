/*
 * kcapi_pool.c - kernel handles of the kcapi driver, set up once and reused.
 *
 * A kernel transform (the AF_ALG "tfm" socket) holds the algorithm, the key
 * and the AEAD tag length; operation handles accepted from it (libkcapi's
 * kcapi_handle_reinit) carry one operation each and share the transform's
 * key.  Per key (kpsa/key_state) the driver keeps up to KC_TFMS_PER_KEY
 * transforms, one per algorithm row and tag length used with the key, each
 * with a pool of KC_POOL_SLOTS operation handles; hashes use one process-wide
 * pool per algorithm.  A call claims a free slot with an atomic bitmap (no
 * lock on the hot path, no setkey, no socket), and when every slot is busy
 * it makes a temporary handle from the same transform.  Key-less calls of a
 * transient key (no state) get a private transform for the call.
 *
 * Slots hold handles whose kernel operation completed; a handle whose
 * operation was abandoned half-way (an aborted multipart hash keeps its
 * partial state in the kernel) is destroyed instead of going back.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include <kcapi.h>

struct kc_key_state {
    _Atomic uint32_t refs;
    pthread_mutex_t lock; /* serialises the creation of transforms */
    struct kc_tfm tfm[KC_TFMS_PER_KEY];
};

/* Process-wide transforms of the hashes, created on first use. */
static pthread_mutex_t hash_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kc_tfm hash_tfm[32];

static void destroy_handle(struct kcapi_handle *h, enum kc_kind kind)
{
    switch (kind) {
    case KC_MD:
        kcapi_md_destroy(h);
        break;
    case KC_SKCIPHER:
        kcapi_cipher_destroy(h);
        break;
    default:
        kcapi_aead_destroy(h);
        break;
    }
}

/* A new transform for row idx with the key and tag length set. */
static int make_tfm(struct kcapi_handle **out, int idx, const uint8_t *key, size_t key_size,
                    uint32_t taglen)
{
    const struct kc_alg *a = kc_alg_at(idx);
    struct kcapi_handle *h = NULL;
    int ret;

    if (a->kind == KC_MD) {
        ret = kcapi_md_init(&h, a->kernel, 0);
        if (ret == 0 && a->key_type != 0) {
            ret = kcapi_md_setkey(h, key, (uint32_t)key_size);
        }
    } else if (a->kind == KC_SKCIPHER) {
        ret = kcapi_cipher_init(&h, a->kernel, 0);
        if (ret == 0) {
            ret = kcapi_cipher_setkey(h, key, (uint32_t)key_size);
        }
    } else {
        ret = kcapi_aead_init(&h, a->kernel, 0);
        if (ret == 0) {
            ret = kcapi_aead_setkey(h, key, (uint32_t)key_size);
        }
        if (ret == 0) {
            ret = kcapi_aead_settaglen(h, taglen);
        }
    }
    if (ret != 0) {
        if (h != NULL) {
            destroy_handle(h, a->kind);
        }
        return ret < 0 ? ret : -EINVAL;
    }
    *out = h;
    return 0;
}

static void pool_release(struct kc_pool *pool, enum kc_kind kind)
{
    for (int i = 0; i < KC_POOL_SLOTS; i++) {
        struct kcapi_handle *h = atomic_exchange(&pool->op[i], NULL);

        if (h != NULL) {
            destroy_handle(h, kind);
        }
    }
    if (pool->tfm != NULL) {
        destroy_handle(pool->tfm, kind);
        pool->tfm = NULL;
    }
}

/* The ready transform of tfms[] for (idx, taglen), or NULL. */
static struct kc_tfm *find_tfm(struct kc_tfm *tfms, size_t count, int idx, uint32_t taglen)
{
    for (size_t i = 0; i < count; i++) {
        if (atomic_load_explicit(&tfms[i].ready, memory_order_acquire) && tfms[i].alg == idx &&
            tfms[i].taglen == taglen) {
            return &tfms[i];
        }
    }
    return NULL;
}

/* Find or create (under lock) the transform for (idx, taglen) in tfms[]:
 * 0 and *out (NULL when every entry is taken by other algorithms), or -errno. */
static int get_tfm(struct kc_tfm **out, struct kc_tfm *tfms, size_t count, pthread_mutex_t *lock,
                   int idx, const uint8_t *key, size_t key_size, uint32_t taglen)
{
    struct kc_tfm *t = find_tfm(tfms, count, idx, taglen);
    int ret = 0;

    if (t != NULL) {
        *out = t;
        return 0;
    }
    pthread_mutex_lock(lock);
    t = find_tfm(tfms, count, idx, taglen);
    for (size_t i = 0; t == NULL && i < count; i++) {
        if (!atomic_load_explicit(&tfms[i].ready, memory_order_relaxed)) {
            ret = make_tfm(&tfms[i].pool.tfm, idx, key, key_size, taglen);
            if (ret == 0) {
                tfms[i].alg = idx;
                tfms[i].taglen = taglen;
                atomic_store_explicit(&tfms[i].ready, 1, memory_order_release);
                t = &tfms[i];
            }
            break;
        }
    }
    pthread_mutex_unlock(lock);
    *out = t;
    return ret;
}

/* Claim a slot of pool (making its handle on first use) or a temporary handle. */
static int pool_claim(struct kc_lease *lease, struct kc_pool *pool)
{
    uint32_t busy = atomic_load(&pool->busy);
    struct kcapi_handle *h = NULL;
    int ret;

    lease->pool = pool;
    lease->slot = -1;
    while (busy != (UINT32_C(1) << KC_POOL_SLOTS) - 1) {
        int i = __builtin_ctz(~busy);

        if (atomic_compare_exchange_weak(&pool->busy, &busy, busy | (UINT32_C(1) << i))) {
            lease->slot = i;
            h = atomic_load(&pool->op[i]);
            break;
        }
    }
    if (h == NULL) {
        ret = kcapi_handle_reinit(&h, pool->tfm, 0);
        if (ret != 0) {
            if (lease->slot >= 0) {
                atomic_fetch_and(&pool->busy, ~(UINT32_C(1) << lease->slot));
            }
            return ret;
        }
        if (lease->slot >= 0) {
            atomic_store(&pool->op[lease->slot], h);
        }
    }
    lease->h = h;
    return 0;
}

static void state_unref(struct kc_key_state *ks)
{
    if (atomic_fetch_sub(&ks->refs, 1) != 1) {
        return;
    }
    for (int i = 0; i < KC_TFMS_PER_KEY; i++) {
        if (atomic_load(&ks->tfm[i].ready)) {
            pool_release(&ks->tfm[i].pool, kc_alg_at(ks->tfm[i].alg)->kind);
        }
    }
    pthread_mutex_destroy(&ks->lock);
    free(ks);
}

int kc_lease_get(struct kc_lease *lease, struct kc_key_state *ks, int idx, const uint8_t *key,
                 size_t key_size, uint32_t taglen, bool hold)
{
    struct kc_lease l = {NULL, NULL, NULL, -1, kc_alg_at(idx)->kind};
    struct kc_tfm *t = NULL;
    int ret;

    if (!kc_reuse()) {
        ret = 0; /* measuring: a private transform per call */
    } else if (kc_alg_at(idx)->key_type == 0) {
        ret = get_tfm(&t, hash_tfm, sizeof(hash_tfm) / sizeof(hash_tfm[0]), &hash_lock, idx,
                      NULL, 0, 0);
    } else if (ks != NULL) {
        ret = get_tfm(&t, ks->tfm, KC_TFMS_PER_KEY, &ks->lock, idx, key, key_size, taglen);
    } else {
        ret = 0;
    }
    if (ret != 0) {
        return ret;
    }
    if (t == NULL) {
        /* No state, or all of the key's transforms serve other algorithms. */
        ret = make_tfm(&l.h, idx, key, key_size, taglen);
    } else {
        ret = pool_claim(&l, &t->pool);
    }
    if (ret != 0) {
        return ret;
    }
    if (hold && ks != NULL && t != NULL) {
        atomic_fetch_add(&ks->refs, 1);
        l.ks = ks;
    }
    *lease = l;
    return 0;
}

void kc_lease_put(struct kc_lease *lease, bool clean)
{
    if (lease->h == NULL) {
        return;
    }
    if (lease->pool == NULL || lease->slot < 0 || !clean) {
        if (lease->pool != NULL && lease->slot >= 0) {
            atomic_store(&lease->pool->op[lease->slot], NULL);
        }
        destroy_handle(lease->h, lease->kind);
    }
    if (lease->pool != NULL && lease->slot >= 0) {
        atomic_fetch_and(&lease->pool->busy, ~(UINT32_C(1) << lease->slot));
    }
    if (lease->ks != NULL) {
        state_unref(lease->ks);
    }
    lease->h = NULL;
    lease->ks = NULL;
}

psa_status_t kcapi_key_state_create(const psa_key_attributes_t *attributes, const uint8_t *key,
                                    size_t key_size, void **state)
{
    struct kc_key_state *ks = NULL;

    (void)attributes;
    (void)key;
    (void)key_size;
    /* Transforms are made on first use, when the algorithm is known. */
    ks = calloc(1, sizeof(*ks));
    if (ks == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    atomic_init(&ks->refs, 1);
    pthread_mutex_init(&ks->lock, NULL);
    *state = ks;
    return PSA_SUCCESS;
}

void kcapi_key_state_destroy(void *state)
{
    if (state != NULL) {
        state_unref(state);
    }
}

void kc_pools_release(void)
{
    pthread_mutex_lock(&hash_lock);
    for (size_t i = 0; i < sizeof(hash_tfm) / sizeof(hash_tfm[0]); i++) {
        if (atomic_load(&hash_tfm[i].ready)) {
            pool_release(&hash_tfm[i].pool, KC_MD);
            atomic_store(&hash_tfm[i].ready, 0);
        }
    }
    pthread_mutex_unlock(&hash_lock);
}
