/*
 * keystates.c - drivers' prepared per-key states (a kpsa extension).
 *
 * A key slot holds one pointer to a struct kpsa_key_states, allocated the
 * first time any driver with a key_state_create entry point sees the key, with
 * one entry per driver of the chain.  Entries are installed with a CAS, so two
 * threads preparing the same key at once keep one state and destroy the other.
 * The slot frees the whole thing (kpsa_key_states_free) once nobody uses the key.
 */
#include "config.h"

#include <stdatomic.h>
#include <stdlib.h>

#include "dispatch/match.h"

struct kpsa_key_states {
    unsigned count;
    void *_Atomic state[];
};

static struct kpsa_key_states *states_get(struct kpsa_key_states *_Atomic *slot)
{
    struct kpsa_key_states *states = atomic_load_explicit(slot, memory_order_acquire);
    if (states != NULL) {
        return states;
    }

    unsigned count = kpsa_registry_count();
    struct kpsa_key_states *fresh = calloc(1, sizeof(*fresh) + count * sizeof(fresh->state[0]));
    if (fresh == NULL) {
        return NULL;
    }
    fresh->count = count;
    if (atomic_compare_exchange_strong_explicit(slot, &states, fresh, memory_order_acq_rel,
                                                memory_order_acquire)) {
        return fresh;
    }
    free(fresh);
    return states;
}

/* The driver's state for the key, made on first use; NULL when it has none. */
static void *state_for(const struct kpsa_key_view *key, unsigned index,
                       const psa_key_attributes_t *attributes)
{
    const struct kpsa_driver *d = kpsa_registry_driver(index);
    if (d->ep.key_state_create == NULL || key->states == NULL) {
        return NULL;
    }
    struct kpsa_key_states *states = states_get(key->states);
    if (states == NULL || index >= states->count) {
        return NULL;
    }
    void *state = atomic_load_explicit(&states->state[index], memory_order_acquire);
    if (state != NULL) {
        return state;
    }
    /* A driver that cannot prepare state still serves the key, unprepared. */
    if (d->ep.key_state_create(attributes, key->buffer, key->size, &state) != PSA_SUCCESS ||
        state == NULL) {
        return NULL;
    }
    void *expected = NULL;
    if (!atomic_compare_exchange_strong_explicit(&states->state[index], &expected, state,
                                                 memory_order_acq_rel, memory_order_acquire)) {
        d->ep.key_state_destroy(state);
        state = expected;
    }
    return state;
}

void kpsa_driver_attributes(const struct kpsa_key_view *key, unsigned index,
                            psa_key_attributes_t *out)
{
    *out = *key->attributes;
    out->kpsa_driver_state = NULL;
    out->kpsa_driver_state = state_for(key, index, out);
}

void kpsa_key_states_free(struct kpsa_key_states *states)
{
    if (states == NULL) {
        return;
    }
    for (unsigned i = 0; i < states->count; i++) {
        void *state = atomic_load_explicit(&states->state[i], memory_order_acquire);
        const struct kpsa_driver *d = kpsa_registry_driver(i);
        if (state != NULL && d != NULL && d->ep.key_state_destroy != NULL) {
            d->ep.key_state_destroy(state);
        }
    }
    free(states);
}
