/*
 * keystore.c - the volatile key store (see keystore.h).
 *
 * Identifiers.  A volatile id is PSA_KEY_ID_VENDOR_MIN + (generation << 20 |
 * index): 20 bits of slot index (1,048,576 slots) and 10 bits of generation,
 * bumped each time the slot is reserved.  Freed indices wait in a FIFO queue
 * and are reused only when more than REUSE_MIN of them wait (or the store has
 * no fresh index left), so a stale id aliases a new key only after at least
 * REUSE_MIN * 1024 key creations — and using an id after destroying it is an
 * application error the API does not have to detect at all.
 *
 * Table.  Slots live in pages of 1024, allocated on demand under the store
 * lock and published with a release store; a page is never freed before
 * kpsa_keystore_free(), so the lock-free lookup can always dereference it.
 *
 * Reference word (slot->refs):
 *   bit 30 LIVE   the key is committed and may be acquired
 *   bit 31 DYING  destroyed: no new acquire; the last release frees the slot
 *   bit 29 EXCL   a purge holds the only reference and is freeing the driver
 *                 states; acquirers wait (briefly) for it to finish
 *   bits 0-28     number of holders
 * Acquire is a CAS loop that refuses slots that are not LIVE or are DYING; it
 * then re-checks the slot's id, because between reading the id's slot and the
 * CAS the slot may have been freed and reused by another key.  Destroy takes a
 * reference, sets DYING and releases; whoever brings the count of a DYING
 * slot to zero wipes the key, frees the driver states and recycles the index.
 * Creation and destruction take the store lock; lookups never do.
 */
#include "config.h"

#include "core/keystore.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "core/secmem.h"

#define INDEX_BITS 20
#define INDEX_MASK ((UINT32_C(1) << INDEX_BITS) - 1)
#define GENERATION_MASK UINT32_C(0x3ff)
#define PAGE_SHIFT 10
#define PAGE_SLOTS (UINT32_C(1) << PAGE_SHIFT)
#define PAGE_COUNT (UINT32_C(1) << (INDEX_BITS - PAGE_SHIFT))
#define CAPACITY (UINT32_C(1) << INDEX_BITS)
#define REUSE_MIN UINT32_C(1024)

#define REF_DYING (UINT32_C(1) << 31)
#define REF_LIVE (UINT32_C(1) << 30)
#define REF_EXCL (UINT32_C(1) << 29)

_Static_assert(PSA_KEY_ID_VENDOR_MAX - PSA_KEY_ID_VENDOR_MIN ==
                   ((GENERATION_MASK << INDEX_BITS) | INDEX_MASK),
               "volatile ids must fill the vendor range exactly");

struct page {
    struct kpsa_slot slots[PAGE_SLOTS];
    uint32_t next_free[PAGE_SLOTS];  /* FIFO links of free indices */
};

static struct page *_Atomic pages[PAGE_COUNT];

/* Guards everything below, and the slow-path fields of free slots. */
static pthread_mutex_t store_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t fresh_next;          /* first index never handed out */
static uint32_t free_head, free_tail, free_count;

static struct kpsa_slot *slot_at(uint32_t index)
{
    struct page *pg = atomic_load_explicit(&pages[index >> PAGE_SHIFT], memory_order_acquire);
    return pg == NULL ? NULL : &pg->slots[index & (PAGE_SLOTS - 1)];
}

static uint32_t *next_free_of_inlock(uint32_t index)
{
    struct page *pg = atomic_load_explicit(&pages[index >> PAGE_SHIFT], memory_order_relaxed);
    return &pg->next_free[index & (PAGE_SLOTS - 1)];
}

static uint32_t index_of(psa_key_id_t id)
{
    return (id - PSA_KEY_ID_VENDOR_MIN) & INDEX_MASK;
}

static void free_push_inlock(uint32_t index)
{
    if (free_count == 0) {
        free_head = index;
    } else {
        *next_free_of_inlock(free_tail) = index;
    }
    free_tail = index;
    free_count++;
}

/* Pick an index for a new key; allocates its page if needed. */
static psa_status_t take_index_inlock(uint32_t *index)
{
    if (free_count > REUSE_MIN || (fresh_next == CAPACITY && free_count > 0)) {
        *index = free_head;
        free_head = *next_free_of_inlock(free_head);
        free_count--;
        return PSA_SUCCESS;
    }
    if (fresh_next == CAPACITY) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    uint32_t p = fresh_next >> PAGE_SHIFT;
    if (atomic_load_explicit(&pages[p], memory_order_relaxed) == NULL) {
        struct page *pg = calloc(1, sizeof(*pg));
        if (pg == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        atomic_store_explicit(&pages[p], pg, memory_order_release);
    }
    *index = fresh_next++;
    return PSA_SUCCESS;
}

/* Wipe a slot nobody can reach any more and give its index back. */
static void recycle(struct kpsa_slot *slot)
{
    uint32_t index = index_of(slot->attributes.kpsa_id);

    kpsa_secmem_free(slot->key, slot->key_size);
    slot->key = NULL;
    slot->key_size = 0;
    kpsa_key_states_free(atomic_exchange_explicit(&slot->states, NULL, memory_order_acq_rel));
    memset(&slot->attributes, 0, sizeof(slot->attributes));
    atomic_store_explicit(&slot->refs, 0, memory_order_release);

    pthread_mutex_lock(&store_lock);
    free_push_inlock(index);
    pthread_mutex_unlock(&store_lock);
}

psa_status_t kpsa_keystore_init(void)
{
    /* Pages come on demand; nothing can fail here. */
    return PSA_SUCCESS;
}

void kpsa_keystore_free(void)
{
    pthread_mutex_lock(&store_lock);
    for (uint32_t p = 0; p < PAGE_COUNT; p++) {
        struct page *pg = atomic_exchange_explicit(&pages[p], NULL, memory_order_acq_rel);
        if (pg == NULL) {
            continue;
        }
        for (uint32_t i = 0; i < PAGE_SLOTS; i++) {
            struct kpsa_slot *slot = &pg->slots[i];
            kpsa_secmem_free(slot->key, slot->key_size);
            kpsa_key_states_free(atomic_load_explicit(&slot->states, memory_order_acquire));
        }
        kpsa_wipe(pg, sizeof(*pg));
        free(pg);
    }
    fresh_next = 0;
    free_head = free_tail = free_count = 0;
    pthread_mutex_unlock(&store_lock);
}

psa_status_t kpsa_keystore_reserve(const psa_key_attributes_t *attributes,
                                   struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint32_t index = 0;

    *slot = NULL;
    pthread_mutex_lock(&store_lock);
    status = take_index_inlock(&index);
    pthread_mutex_unlock(&store_lock);
    KPSA_TRY(status);

    /* The slot is not LIVE: no acquirer reads these fields until commit. */
    struct kpsa_slot *s = slot_at(index);
    KPSA_CHECK(s != NULL, PSA_ERROR_CORRUPTION_DETECTED);
    s->generation = (s->generation + 1) & GENERATION_MASK;
    s->attributes = *attributes;
    s->attributes.kpsa_driver_state = NULL;
    s->attributes.kpsa_id = PSA_KEY_ID_VENDOR_MIN + ((s->generation << INDEX_BITS) | index);
    s->key = NULL;
    s->key_size = 0;
    atomic_store_explicit(&s->states, NULL, memory_order_relaxed);
    *slot = s;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t kpsa_keystore_set_key(struct kpsa_slot *slot, const uint8_t *key, size_t key_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t *copy = NULL;

    if (key_size != 0) {
        copy = kpsa_secmem_alloc(key_size);
        KPSA_CHECK(copy != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        memcpy(copy, key, key_size);
    }
    kpsa_secmem_free(slot->key, slot->key_size);
    slot->key = copy;
    slot->key_size = key_size;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_key_id_t kpsa_keystore_commit(struct kpsa_slot *slot)
{
    psa_key_id_t id = slot->attributes.kpsa_id;
    /* Release: the attributes and key written above are visible to any
     * thread whose acquire CAS reads LIVE. */
    atomic_store_explicit(&slot->refs, REF_LIVE, memory_order_release);
    return id;
}

void kpsa_keystore_abandon(struct kpsa_slot *slot)
{
    if (slot != NULL) {
        recycle(slot);
    }
}

psa_status_t kpsa_keystore_acquire(psa_key_id_t id, struct kpsa_slot **slot)
{
    *slot = NULL;
    if (id < PSA_KEY_ID_VENDOR_MIN || id > PSA_KEY_ID_VENDOR_MAX) {
        return PSA_ERROR_INVALID_HANDLE;
    }
    struct kpsa_slot *s = slot_at(index_of(id));
    if (s == NULL) {
        return PSA_ERROR_INVALID_HANDLE;
    }
    uint32_t r = atomic_load_explicit(&s->refs, memory_order_relaxed);
    for (;;) {
        if ((r & (REF_LIVE | REF_DYING)) != REF_LIVE) {
            return PSA_ERROR_INVALID_HANDLE;
        }
        if ((r & REF_EXCL) != 0) {
            sched_yield();
            r = atomic_load_explicit(&s->refs, memory_order_relaxed);
            continue;
        }
        if (atomic_compare_exchange_weak_explicit(&s->refs, &r, r + 1, memory_order_acquire,
                                                  memory_order_relaxed)) {
            break;
        }
    }
    /* The slot may have been recycled for another key since we located it. */
    if (s->attributes.kpsa_id != id) {
        kpsa_keystore_release(s);
        return PSA_ERROR_INVALID_HANDLE;
    }
    *slot = s;
    return PSA_SUCCESS;
}

bool kpsa_keystore_alive(const struct kpsa_slot *slot)
{
    /* Relaxed: the caller's reference keeps the slot; it reads nothing the
     * destroyer wrote, and a destroy racing with this call may land on
     * either side of it, as with any other call using the key. */
    return (atomic_load_explicit(&slot->refs, memory_order_relaxed) & REF_DYING) == 0;
}

void kpsa_keystore_release(struct kpsa_slot *slot)
{
    if (slot == NULL) {
        return;
    }
    uint32_t old = atomic_fetch_sub_explicit(&slot->refs, 1, memory_order_acq_rel);
    /* After DYING nobody can add a reference, so exactly one release sees this. */
    if (old == (REF_LIVE | REF_DYING | 1)) {
        recycle(slot);
    }
}

psa_status_t kpsa_keystore_destroy(psa_key_id_t id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(id != PSA_KEY_ID_NULL, PSA_SUCCESS);
    KPSA_TRY(kpsa_keystore_acquire(id, &slot));
    uint32_t old = atomic_fetch_or_explicit(&slot->refs, REF_DYING, memory_order_acq_rel);
    /* A concurrent destroy of the same id got there first. */
    KPSA_CHECK((old & REF_DYING) == 0, PSA_ERROR_INVALID_HANDLE);
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return status;
}

psa_status_t kpsa_keystore_purge(psa_key_id_t id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_TRY(kpsa_keystore_acquire(id, &slot));
    /* Driver states may be in use by any other holder of the key, so they are
     * freed only when ours is the only reference; otherwise the key is in use
     * and the API lets us keep them (psa_purge_key). */
    uint32_t only_us = REF_LIVE | 1;
    if (atomic_compare_exchange_strong_explicit(&slot->refs, &only_us, only_us | REF_EXCL,
                                                memory_order_acq_rel, memory_order_relaxed)) {
        kpsa_key_states_free(
            atomic_exchange_explicit(&slot->states, NULL, memory_order_acq_rel));
        atomic_fetch_and_explicit(&slot->refs, ~REF_EXCL, memory_order_release);
    }
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return status;
}
