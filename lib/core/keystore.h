/*
 * keystore.h - the volatile key store.
 *
 * A key lives in a slot: its attributes, its key buffer (export format for
 * transparent keys, in secure memory owned by the slot) and the drivers'
 * prepared per-key states.  Slots are found by key id in O(1): a volatile id
 * (in [PSA_KEY_ID_VENDOR_MIN, PSA_KEY_ID_VENDOR_MAX]) encodes a 20-bit slot
 * index and a 10-bit generation, and freed indices are reused in FIFO order
 * only once more than 1024 wait, so a stale id reaches a reused slot only
 * after more than a million key creations.  The store holds 1,048,576 keys.
 *
 * Lifetime of a slot:
 *   kpsa_keystore_reserve()   a fresh, invisible slot for a key being created
 *   kpsa_keystore_commit()    the key becomes visible under its new id
 *   kpsa_keystore_abandon()   creation failed: slot wiped and recycled
 *   kpsa_keystore_acquire()   a user takes a reference (lock-free)
 *   kpsa_keystore_alive()     a holder asks whether the key was destroyed
 *   kpsa_keystore_release()   the user drops it
 *   kpsa_keystore_destroy()   id invalid at once for new acquires; the slot
 *                             is wiped and recycled when the last user releases
 *
 * All functions but kpsa_keystore_free() are thread-safe.  A slot's
 * attributes and key buffer are immutable while the slot is visible, so
 * holders of a reference read them without locks; so is the key-states
 * pointer they loaded, until they release.  Reserve, abandon and the last
 * release of a destroyed key take the store's mutex; acquire and release are
 * lock-free (acquire yields while a purge of the same key is freeing states).
 */
#ifndef KPSA_CORE_KEYSTORE_H
#define KPSA_CORE_KEYSTORE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/guard.h"
#include "dispatch/dispatch.h"

struct kpsa_slot {
    psa_key_attributes_t attributes;     /* id, lifetime, type, bits, usage, alg */
    uint8_t *key;                        /* key buffer (secure memory), or NULL */
    size_t key_size;
    struct kpsa_key_states *_Atomic states; /* drivers' prepared states */
    _Atomic uint32_t refs;               /* users; see keystore.c for the bits */
    uint32_t generation;
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
 * Returns PSA_SUCCESS, or PSA_ERROR_INVALID_HANDLE when no key has this id
 * (never a key, destroyed, or PSA_KEY_ID_NULL).
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_acquire(psa_key_id_t id, struct kpsa_slot **slot);

/*
 * kpsa_keystore_alive - whether a key someone holds has not been destroyed.
 *   [in] slot  a slot the caller has acquired (not NULL).
 * Returns false once kpsa_keystore_destroy() has run on the key (its id then
 * names no key; the slot stays readable until the caller releases it).  One
 * relaxed atomic load: cheap enough for every call of a multi-part operation.
 * Thread-safe.
 */
bool kpsa_keystore_alive(const struct kpsa_slot *slot);

/* kpsa_keystore_release - drop a reference; NULL is ignored. */
void kpsa_keystore_release(struct kpsa_slot *slot);

/*
 * kpsa_keystore_destroy - destroy a key.
 * Returns PSA_SUCCESS (PSA_KEY_ID_NULL included, as the API specifies) or
 * PSA_ERROR_INVALID_HANDLE.
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_destroy(psa_key_id_t id);

/*
 * kpsa_keystore_purge - drop cached copies and prepared driver states of a
 * key; for a volatile key there is nothing else to drop.  The states are freed
 * only when no other thread holds the key (another holder may be using them);
 * otherwise they are left in place and PSA_SUCCESS is still returned, as
 * psa_purge_key() allows for a key in use.
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_HANDLE.
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_purge(psa_key_id_t id);

/* kpsa_slot_view - the dispatcher's view of an acquired slot. */
static inline struct kpsa_key_view kpsa_slot_view(struct kpsa_slot *slot)
{
    struct kpsa_key_view view = {&slot->attributes, slot->key, slot->key_size, &slot->states};
    return view;
}

#endif /* KPSA_CORE_KEYSTORE_H */
