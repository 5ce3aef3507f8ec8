/*
 * keystore.h - the key store: volatile keys, and the cache of persistent keys.
 *
 * A key lives in a slot: its attributes, its key buffer (export format for
 * transparent keys, in secure memory owned by the slot) and the drivers'
 * prepared per-key states.  Slots are found by key id in O(1): a volatile id
 * (in [PSA_KEY_ID_VENDOR_MIN, PSA_KEY_ID_VENDOR_MAX]) encodes a 20-bit slot
 * index and a 10-bit generation, and freed indices are reused in FIFO order
 * only once more than 1024 wait, so a stale id reaches a reused slot only
 * after more than a million key creations.  The store holds 1,048,576 keys.
 *
 * Persistent keys (ids in [PSA_KEY_ID_USER_MIN, PSA_KEY_ID_USER_MAX]) live
 * in the on-disk store (core/storage.h); a slot holds a loaded copy, found
 * through a mutex-protected map from id to slot.  Each acquire of a
 * persistent id checks that the record on disk is still the one loaded (one
 * stat(2)), so a key destroyed or re-created by another process is noticed
 * at its next use; a stale copy is retired (its holders finish, new acquires
 * load the record again).  A key whose usage lacks PSA_KEY_USAGE_CACHE is
 * dropped from memory when its last holder releases it; a key with it stays
 * cached until purged, destroyed or found stale.  Persistent keys are written
 * to disk by the creator (keys.c, kpsa_storage_create) and enter the cache at
 * their first use.
 *
 * Lifetime of a slot:
 *   kpsa_keystore_reserve()   a fresh, invisible slot for a key being created
 *   kpsa_keystore_commit()    the key becomes visible under its new id
 *   kpsa_keystore_abandon()   creation failed: slot wiped and recycled
 *   kpsa_keystore_acquire()   a user takes a reference (volatile: lock-free;
 *                             persistent: map lock, one stat, maybe a load)
 *   kpsa_keystore_alive()     a holder asks whether the key was destroyed
 *   kpsa_keystore_release()   the user drops it
 *   kpsa_keystore_destroy()   id invalid at once for new acquires (persistent:
 *                             record wiped and unlinked); the slot is wiped
 *                             and recycled when the last user releases
 *
 * All functions but kpsa_keystore_free() are thread-safe.  A slot's
 * attributes and key buffer are immutable while the slot is visible, so
 * holders of a reference read them without locks; so is the key-states
 * pointer they loaded, until they release.  Reserve, abandon and the last
 * release of a destroyed key take the store's mutex; volatile acquire and
 * release are lock-free (acquire yields while a purge of the same key is
 * freeing states).  Persistent acquires, and releases of persistent keys
 * without PSA_KEY_USAGE_CACHE, take the map's mutex; no function holds both.
 */
#ifndef KPSA_CORE_KEYSTORE_H
#define KPSA_CORE_KEYSTORE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/guard.h"
#include "core/storage.h"
#include "dispatch/dispatch.h"

struct kpsa_slot {
    psa_key_attributes_t attributes;     /* id, lifetime, type, bits, usage, alg */
    uint8_t *key;                        /* key buffer (secure memory), or NULL */
    size_t key_size;
    struct kpsa_key_states *_Atomic states; /* drivers' prepared states */
    _Atomic uint32_t refs;               /* users; see keystore.c for the bits */
    uint32_t generation;
    uint32_t index;                      /* position in the store */
    bool drop_unused;                    /* persistent, without PSA_KEY_USAGE_CACHE */
    struct kpsa_storage_stamp stamp;     /* persistent: the record loaded */
};

/* Initialise / tear down the store (psa_crypto_init / library destructor).
 * kpsa_keystore_free() wipes every key and frees every driver state; no other
 * thread may use the store meanwhile.  Pages are allocated on demand, so init
 * cannot fail today. */
KPSA_NODISCARD psa_status_t kpsa_keystore_init(void);
void kpsa_keystore_free(void);

/*
 * kpsa_keystore_reserve - take a free slot for a new key.
 *   [in]  attributes  the new key's attributes (copied; the id is assigned here
 *                     and takes effect at commit).
 *   [out] slot        the reserved slot, invisible to acquire until committed.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY (store full or no memory).
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_reserve(const psa_key_attributes_t *attributes,
                                                  struct kpsa_slot **slot);

/*
 * kpsa_keystore_set_key - give a reserved slot its key buffer.
 *   [in] slot  a reserved slot.  [in] key, key_size  copied into secure memory.
 * Returns PSA_SUCCESS or PSA_ERROR_INSUFFICIENT_MEMORY.
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_set_key(struct kpsa_slot *slot, const uint8_t *key,
                                                  size_t key_size);

/* kpsa_keystore_commit - make a reserved slot visible; returns its new id
 * (also in slot->attributes.kpsa_id, assigned at reserve). */
psa_key_id_t kpsa_keystore_commit(struct kpsa_slot *slot);

/* kpsa_keystore_abandon - undo a reservation (wipes anything set); NULL is ignored. */
void kpsa_keystore_abandon(struct kpsa_slot *slot);

/*
 * kpsa_keystore_acquire - look up a key by id and take a reference.
 * For a persistent id, loads the key from storage when no current copy is
 * cached.
 * Returns PSA_SUCCESS, or PSA_ERROR_INVALID_HANDLE when no key has this id
 * (never a key, destroyed, no record, or PSA_KEY_ID_NULL); for a persistent
 * id also PSA_ERROR_DATA_CORRUPT, PSA_ERROR_DATA_INVALID,
 * PSA_ERROR_STORAGE_FAILURE (the record cannot be used; see core/storage.h)
 * and PSA_ERROR_INSUFFICIENT_MEMORY.  *slot is NULL on failure.
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_acquire(psa_key_id_t id, struct kpsa_slot **slot);

/*
 * kpsa_keystore_alive - whether a key someone holds has not been destroyed.
 *   [in] slot  a slot the caller has acquired (not NULL).
 * Returns false once kpsa_keystore_destroy() has run on the key in this
 * process (its id then names no key; the slot stays readable until the
 * caller releases it).  A purge, or a destruction by another process, does
 * not end the holders' use of the copy they hold.  One
 * relaxed atomic load: cheap enough for every call of a multi-part operation.
 * Thread-safe.
 */
bool kpsa_keystore_alive(const struct kpsa_slot *slot);

/* kpsa_keystore_release - drop a reference; NULL is ignored. */
void kpsa_keystore_release(struct kpsa_slot *slot);

/*
 * kpsa_keystore_destroy - destroy a key.  A persistent key's record is wiped
 * and unlinked (kpsa_storage_destroy) before its cached copy is retired; a
 * record that fails its check (DATA_CORRUPT, DATA_INVALID) is erased all the
 * same and PSA_SUCCESS returned.
 * Returns PSA_SUCCESS (PSA_KEY_ID_NULL included, as the API specifies),
 * PSA_ERROR_INVALID_HANDLE (no such key; also a persistent key destroyed by
 * another process meanwhile), and for a persistent key
 * PSA_ERROR_NOT_PERMITTED (persistence PSA_KEY_PERSISTENCE_READ_ONLY),
 * PSA_ERROR_STORAGE_FAILURE, PSA_ERROR_INSUFFICIENT_MEMORY.  After a storage
 * failure the cached copy is dropped all the same; the record may remain.
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_destroy(psa_key_id_t id);

/*
 * kpsa_keystore_purge - drop cached copies and prepared driver states of a
 * key.  Volatile key: the states are freed only when no other thread holds
 * the key (another holder may be using them); otherwise they are left in
 * place and PSA_SUCCESS is still returned, as psa_purge_key() allows for a
 * key in use.  Persistent key: the cached copy is retired (wiped, with its
 * states, when its last holder releases it; holders finish with it) and the
 * next use loads the record again; a key not cached is loaded to check it.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_HANDLE, or for a persistent key the
 * statuses of kpsa_keystore_acquire().
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_purge(psa_key_id_t id);

/* kpsa_slot_view - the dispatcher's view of an acquired slot. */
static inline struct kpsa_key_view kpsa_slot_view(struct kpsa_slot *slot)
{
    struct kpsa_key_view view = {&slot->attributes, slot->key, slot->key_size, &slot->states};
    return view;
}

#endif /* KPSA_CORE_KEYSTORE_H */
