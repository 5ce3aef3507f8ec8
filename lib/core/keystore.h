/*
 * keystore.h - the volatile key store.
 *
 * A key lives in a slot: its attributes, its key buffer (export format for
 * transparent keys, in secure memory owned by the slot) and the drivers'
 * prepared per-key states.  Slots are found by key id in O(1): a volatile id
 * encodes the slot index and a generation, so a stale id never reaches a
 * reused slot.  The store holds at least 1,000,000 keys.
 *
 * Lifetime of a slot:
 *   kpsa_keystore_reserve()   a fresh, invisible slot for a key being created
 *   kpsa_keystore_commit()    the key becomes visible under its new id
 *   kpsa_keystore_abandon()   creation failed: slot wiped and recycled
 *   kpsa_keystore_acquire()   a user takes a reference (lock-free)
 *   kpsa_keystore_release()   the user drops it
 *   kpsa_keystore_destroy()   id invalid at once for new acquires; the slot
 *                             is wiped and recycled when the last user releases
 *
 * All functions are thread-safe.  A slot's attributes and key buffer are
 * immutable while the slot is visible, so holders of a reference read them
 * without locks.
 */
#ifndef KPSA_CORE_KEYSTORE_H
#define KPSA_CORE_KEYSTORE_H

#include <stdatomic.h>
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

/* Initialise / tear down the store (psa_crypto_init / library destructor). */
KPSA_NODISCARD psa_status_t kpsa_keystore_init(void);
void kpsa_keystore_free(void);

/*
 * kpsa_keystore_reserve - take a free slot for a new key.
 *   [in]  attributes  the new key's attributes (copied; id is assigned at commit).
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

/* kpsa_keystore_commit - make a reserved slot visible; returns its new id. */
psa_key_id_t kpsa_keystore_commit(struct kpsa_slot *slot);

/* kpsa_keystore_abandon - undo a reservation (wipes anything set). */
void kpsa_keystore_abandon(struct kpsa_slot *slot);

/*
 * kpsa_keystore_acquire - look up a key by id and take a reference.
 * Returns PSA_SUCCESS, or PSA_ERROR_INVALID_HANDLE when no key has this id
 * (never a key, destroyed, or PSA_KEY_ID_NULL).
 */
KPSA_NODISCARD psa_status_t kpsa_keystore_acquire(psa_key_id_t id, struct kpsa_slot **slot);

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
 * key; for a volatile key there is nothing else to drop.
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
