/*
 * keystore.c - the key store (see keystore.h).
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
 *   bit 31 DYING  retired: no new acquire; the last release frees the slot
 *   bit 29 EXCL   a purge holds the only reference and is freeing the driver
 *                 states; acquirers wait (briefly) for it to finish
 *   bit 28 GONE   destroyed (with DYING): holders' operations must stop
 *   bits 0-27     number of holders
 * Acquire is a CAS loop that refuses slots that are not LIVE or are DYING; it
 * then re-checks the slot's id, because between reading the id's slot and the
 * CAS the slot may have been freed and reused by another key.  Destroy takes a
 * reference, sets DYING and releases; whoever brings the count of a DYING
 * slot to zero wipes the key, frees the driver states and recycles the index.
 * Creation and destruction take the store lock; lookups never do.
 *
 * Persistent keys.  A loaded persistent key occupies a slot like any other
 * (its attributes carry the persistent id, slot->index its position) and is
 * found through `cache`, an open-addressing map from id to slot guarded by
 * cache_lock.  Invariant: a committed persistent slot is in the map exactly
 * while it is not DYING; references to it are taken only under cache_lock
 * (so a slot found in the map cannot be recycled under us), and it is
 * retired (removed and marked DYING) under cache_lock by a holder of a
 * reference, whose release then frees it once nobody else holds it.  A slot
 * without PSA_KEY_USAGE_CACHE is retired by its last release, under the lock
 * so that no acquire can revive it meanwhile.  A stale volatile id can still
 * reach a persistent slot's index; its CAS may bump the count of a LIVE slot
 * for a moment, and the id check sends it away.
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
#define REF_GONE (UINT32_C(1) << 28)
#define REF_COUNT (REF_GONE - 1)

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

/* The persistent-key map (see the file comment). */
struct cache_entry {
    psa_key_id_t id;
    struct kpsa_slot *slot; /* NULL: empty entry */
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cache_entry *cache; /* cache_size entries (a power of two), or NULL */
static size_t cache_size, cache_used;

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
    uint32_t index = slot->index;

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

    pthread_mutex_lock(&cache_lock);
    free(cache);
    cache = NULL;
    cache_size = cache_used = 0;
    pthread_mutex_unlock(&cache_lock);
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
    s->index = index;
    s->drop_unused = false;
    memset(&s->stamp, 0, sizeof(s->stamp));
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

/* ---- the persistent-key map ---------------------------------------------- */

static size_t cache_home(psa_key_id_t id, size_t size)
{
    return (size_t)((id * UINT32_C(2654435761)) >> 7) & (size - 1);
}

/* The entry of id, or cache_size when absent. */
static size_t cache_find_inlock(psa_key_id_t id)
{
    if (cache == NULL) {
        return cache_size;
    }
    for (size_t i = cache_home(id, cache_size);; i = (i + 1) & (cache_size - 1)) {
        if (cache[i].slot == NULL) {
            return cache_size;
        }
        if (cache[i].id == id) {
            return i;
        }
    }
}

static void cache_put_inlock(struct cache_entry *table, size_t size, psa_key_id_t id,
                             struct kpsa_slot *slot)
{
    size_t i = cache_home(id, size);
    while (table[i].slot != NULL) {
        i = (i + 1) & (size - 1);
    }
    table[i].id = id;
    table[i].slot = slot;
}

/* Add an id known to be absent; the map stays at most half full. */
static psa_status_t cache_insert_inlock(psa_key_id_t id, struct kpsa_slot *slot)
{
    if (2 * (cache_used + 1) > cache_size) {
        size_t size = cache_size == 0 ? 64 : 2 * cache_size;
        struct cache_entry *table = calloc(size, sizeof(*table));
        if (table == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        for (size_t i = 0; i < cache_size; i++) {
            if (cache[i].slot != NULL) {
                cache_put_inlock(table, size, cache[i].id, cache[i].slot);
            }
        }
        free(cache);
        cache = table;
        cache_size = size;
    }
    cache_put_inlock(cache, cache_size, id, slot);
    cache_used++;
    return PSA_SUCCESS;
}

/* Linear probing without tombstones: later entries of the cluster that the
 * hole would cut off from their home move back into it. */
static void cache_remove_inlock(size_t hole)
{
    size_t mask = cache_size - 1;
    for (size_t j = (hole + 1) & mask; cache[j].slot != NULL; j = (j + 1) & mask) {
        size_t home = cache_home(cache[j].id, cache_size);
        bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!stays) {
            cache[hole] = cache[j];
            hole = j;
        }
    }
    cache[hole].slot = NULL;
    cache[hole].id = PSA_KEY_ID_NULL;
    cache_used--;
}

static void hold_inlock(struct kpsa_slot *slot)
{
    atomic_fetch_add_explicit(&slot->refs, 1, memory_order_acquire);
}

/* No new acquire reaches the slot; the caller holds a reference, whose
 * release frees the slot once nobody else holds it. */
static void retire_inlock(struct kpsa_slot *slot, uint32_t bits)
{
    size_t i = cache_find_inlock(slot->attributes.kpsa_id);
    if (i != cache_size && cache[i].slot == slot) {
        cache_remove_inlock(i);
    }
    atomic_fetch_or_explicit(&slot->refs, REF_DYING | bits, memory_order_acq_rel);
}

static void retire(struct kpsa_slot *slot, uint32_t bits)
{
    pthread_mutex_lock(&cache_lock);
    retire_inlock(slot, bits);
    pthread_mutex_unlock(&cache_lock);
}

/* Release of a key without PSA_KEY_USAGE_CACHE: the last holder retires it
 * under the lock, so that no acquire can take it in between. */
static void release_uncached(struct kpsa_slot *slot)
{
    pthread_mutex_lock(&cache_lock);
    uint32_t old = atomic_load_explicit(&slot->refs, memory_order_relaxed);
    uint32_t next = 0;
    do {
        next = old - 1;
        if ((next & REF_COUNT) == 0) {
            next |= REF_DYING;
        }
    } while (!atomic_compare_exchange_weak_explicit(&slot->refs, &old, next, memory_order_acq_rel,
                                                    memory_order_relaxed));
    bool last = (next & REF_COUNT) == 0;
    if (last && (old & REF_DYING) == 0) {
        size_t i = cache_find_inlock(slot->attributes.kpsa_id);
        if (i != cache_size && cache[i].slot == slot) {
            cache_remove_inlock(i);
        }
    }
    pthread_mutex_unlock(&cache_lock);
    if (last) {
        recycle(slot);
    }
}

static bool same_stamp(const struct kpsa_storage_stamp *a, const struct kpsa_storage_stamp *b)
{
    return a->device == b->device && a->inode == b->inode && a->change_sec == b->change_sec &&
           a->change_nsec == b->change_nsec;
}

/* Make a loaded slot the cached copy of its id, unless another thread cached
 * the same record meanwhile (then use that one; *slot tells which). */
static psa_status_t publish(struct kpsa_slot *fresh, struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_id_t id = fresh->attributes.kpsa_id;
    struct kpsa_slot *stale = NULL;

    *slot = NULL;
    pthread_mutex_lock(&cache_lock);
    size_t i = cache_find_inlock(id);
    if (i != cache_size) {
        struct kpsa_slot *cached = cache[i].slot;
        hold_inlock(cached);
        if (same_stamp(&cached->stamp, &fresh->stamp)) {
            *slot = cached;
            status = PSA_SUCCESS;
            goto exit;
        }
        retire_inlock(cached, 0);
        stale = cached;
    }
    KPSA_TRY(cache_insert_inlock(id, fresh));
    atomic_store_explicit(&fresh->refs, REF_LIVE | 1, memory_order_release);
    *slot = fresh;
    status = PSA_SUCCESS;
exit:
    pthread_mutex_unlock(&cache_lock);
    kpsa_keystore_release(stale);
    return status;
}

/* A record that passes its integrity check was still written by some other
 * program, or version, of kpsa: its material is checked by the driver chain
 * as at import, so that material no key of its type has is never used. */
static psa_status_t check_material(const psa_key_attributes_t *attributes, const uint8_t *material,
                                   size_t size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t *scratch = NULL;
    size_t length = 0;
    size_t bits = 0;

    KPSA_CHECK(size != 0, PSA_ERROR_DATA_INVALID);
    scratch = kpsa_secmem_alloc(size);
    KPSA_CHECK(scratch != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    status = kpsa_dispatch_import_key(attributes, material, size, scratch, size, &length, &bits);
    KPSA_CHECK(status != PSA_ERROR_INSUFFICIENT_MEMORY, status);
    KPSA_CHECK(status == PSA_SUCCESS && bits == attributes->kpsa_bits && length == size,
               PSA_ERROR_DATA_INVALID);
exit:
    kpsa_secmem_free(scratch, size);
    return status;
}

/* Read a persistent key's record into a new slot and cache it. */
static psa_status_t load_persistent(psa_key_id_t id, struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    struct kpsa_storage_stamp stamp = {0, 0, 0, 0};
    uint8_t *material = NULL;
    size_t material_size = 0;
    struct kpsa_slot *s = NULL;

    status = kpsa_storage_load(id, &attributes, &material, &material_size, &stamp);
    KPSA_CHECK(status != PSA_ERROR_DOES_NOT_EXIST, PSA_ERROR_INVALID_HANDLE);
    KPSA_TRY(status);
    /* The store checks these too; a slot must never carry another id. */
    psa_key_lifetime_t lifetime = attributes.kpsa_lifetime;
    KPSA_CHECK(attributes.kpsa_id == id && !PSA_KEY_LIFETIME_IS_VOLATILE(lifetime) &&
                   PSA_KEY_LIFETIME_GET_LOCATION(lifetime) == PSA_KEY_LOCATION_LOCAL_STORAGE,
               PSA_ERROR_DATA_INVALID);
    attributes.kpsa_driver_state = NULL;
    KPSA_TRY(check_material(&attributes, material, material_size));
    KPSA_TRY(kpsa_keystore_reserve(&attributes, &s));
    s->attributes.kpsa_id = id;
    s->key = material;
    s->key_size = material_size;
    material = NULL;
    s->stamp = stamp;
    s->drop_unused = (attributes.kpsa_usage & PSA_KEY_USAGE_CACHE) == 0;
    struct kpsa_slot *used = NULL;
    KPSA_TRY(publish(s, &used));
    if (used == s) {
        s = NULL;
    }
    *slot = used;
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(material, material_size);
    kpsa_keystore_abandon(s);
    return status;
}

static psa_status_t acquire_persistent(psa_key_id_t id, struct kpsa_slot **slot)
{
    struct kpsa_slot *s = NULL;

    pthread_mutex_lock(&cache_lock);
    size_t i = cache_find_inlock(id);
    if (i != cache_size) {
        s = cache[i].slot;
        hold_inlock(s);
    }
    pthread_mutex_unlock(&cache_lock);
    if (s != NULL) {
        /* One stat: another process may have destroyed or replaced the key. */
        if (kpsa_storage_current(id, &s->stamp)) {
            *slot = s;
            return PSA_SUCCESS;
        }
        retire(s, 0);
        kpsa_keystore_release(s);
    }
    return load_persistent(id, slot);
}

static bool is_persistent_id(psa_key_id_t id)
{
    return id >= PSA_KEY_ID_USER_MIN && id <= PSA_KEY_ID_USER_MAX;
}

/* ---- lookups ------------------------------------------------------------- */

psa_status_t kpsa_keystore_acquire(psa_key_id_t id, struct kpsa_slot **slot)
{
    *slot = NULL;
    if (id < PSA_KEY_ID_VENDOR_MIN || id > PSA_KEY_ID_VENDOR_MAX) {
        return is_persistent_id(id) ? acquire_persistent(id, slot) : PSA_ERROR_INVALID_HANDLE;
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
    return (atomic_load_explicit(&slot->refs, memory_order_relaxed) & REF_GONE) == 0;
}

void kpsa_keystore_release(struct kpsa_slot *slot)
{
    if (slot == NULL) {
        return;
    }
    if (slot->drop_unused) {
        release_uncached(slot);
        return;
    }
    uint32_t old = atomic_fetch_sub_explicit(&slot->refs, 1, memory_order_acq_rel);
    /* After DYING nobody can add a reference, so exactly one release sees this. */
    if ((old & ~REF_GONE) == (REF_LIVE | REF_DYING | 1)) {
        recycle(slot);
    }
}

/* ---- destroy and purge ------------------------------------------------------ */

static psa_status_t destroy_persistent(psa_key_id_t id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    status = acquire_persistent(id, &slot);
    if (status == PSA_ERROR_DATA_CORRUPT || status == PSA_ERROR_DATA_INVALID) {
        /* The API asks for a best effort to erase even an unreadable key; a
         * record nobody can use is erased, and that is a success. */
        status = kpsa_storage_destroy(id);
        KPSA_CHECK(status != PSA_ERROR_DOES_NOT_EXIST, PSA_ERROR_INVALID_HANDLE);
        goto exit;
    }
    KPSA_TRY(status);
    KPSA_CHECK(PSA_KEY_LIFETIME_GET_PERSISTENCE(slot->attributes.kpsa_lifetime) !=
                   PSA_KEY_PERSISTENCE_READ_ONLY,
               PSA_ERROR_NOT_PERMITTED);
    status = kpsa_storage_destroy(id);
    /* Whatever storage said, the copy must go: after a failure the next use
     * finds out from the record what is left. */
    retire(slot, status == PSA_SUCCESS ? REF_GONE : 0);
    /* Another process destroyed it between our stat and our rename. */
    KPSA_CHECK(status != PSA_ERROR_DOES_NOT_EXIST, PSA_ERROR_INVALID_HANDLE);
exit:
    kpsa_keystore_release(slot);
    return status;
}

psa_status_t kpsa_keystore_destroy(psa_key_id_t id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(id != PSA_KEY_ID_NULL, PSA_SUCCESS);
    if (is_persistent_id(id)) {
        return destroy_persistent(id);
    }
    KPSA_TRY(kpsa_keystore_acquire(id, &slot));
    uint32_t old =
        atomic_fetch_or_explicit(&slot->refs, REF_DYING | REF_GONE, memory_order_acq_rel);
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
    if (is_persistent_id(id)) {
        /* Holders keep their copy; the next acquire loads the record. */
        retire(slot, 0);
        status = PSA_SUCCESS;
        goto exit;
    }
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
