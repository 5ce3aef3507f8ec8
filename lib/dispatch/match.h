/*
 * match.h - capability matching and the walk along the driver chain.
 *
 * A walk enumerates, in chain order, the drivers that may serve one call:
 *
 *     struct kpsa_walk w;
 *     kpsa_walk_begin(&w, "mac_compute", eps, alg, attributes);
 *     while (kpsa_walk_next(&w)) {
 *         status = ...call w.driver...;
 *         if (!kpsa_walk_again(&w, status)) break;
 *     }
 *
 * `eps` is the set of entry points (KPSA_EP_BIT) any of which can serve the
 * call, e.g. mac_compute or the mac_multipart family; w.matched tells which
 * of them the current driver's matching capabilities declare.
 */
#ifndef KPSA_DISPATCH_MATCH_H
#define KPSA_DISPATCH_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "dispatch/dispatch.h"

struct kpsa_walk {
    const char *what; /* entry point name, for traces */
    uint64_t eps;
    psa_algorithm_t alg;
    psa_key_type_t key_type; /* 0 for key-less calls */
    size_t key_bits;
    psa_key_location_t location;
    unsigned next;
    /* The current candidate, valid after kpsa_walk_next() returned true:
     * the driver and its first capability that matches the call. */
    const struct kpsa_driver *driver;
    const struct kpsa_entry_points *ep;
    unsigned index;
    unsigned capability;
    uint64_t matched;
    bool fallback;
};

/* Start a walk; attributes may be NULL for key-less operations. */
void kpsa_walk_begin(struct kpsa_walk *walk, const char *what, uint64_t eps, psa_algorithm_t alg,
                     const psa_key_attributes_t *attributes);

/* Advance to the next candidate; false when the chain is exhausted. */
bool kpsa_walk_next(struct kpsa_walk *walk);

/*
 * kpsa_walk_again - after the candidate returned `status`, should the walk
 * go on?  True only for PSA_ERROR_NOT_SUPPORTED from a capability with
 * "fallback": true.  Records the serving driver otherwise (kpsa_last_driver).
 */
bool kpsa_walk_again(const struct kpsa_walk *walk, psa_status_t status);

/*
 * kpsa_alg_pattern_matches - does a manifest algorithm `pattern` (possibly
 * with PSA_ALG_ANY_HASH or an at-least-this-length wildcard) cover `alg`?
 */
bool kpsa_alg_pattern_matches(psa_algorithm_t pattern, psa_algorithm_t alg);

/*
 * kpsa_walk_entry_points - the entry-point set the dispatcher walks for a call
 * named like a manifest entry point ("mac_compute" also finds drivers with
 * only "mac_multipart", "sign_message" those with only "sign_hash" unless
 * `alg` is a signature with no hash to sign), a family, or a setup function
 * ("mac_sign_setup"); 0 for an unknown name.  `alg` may be PSA_ALG_NONE (any
 * algorithm).  For kpsa_which().
 */
uint64_t kpsa_walk_entry_points(const char *call, psa_algorithm_t alg);

/* Is tracing of dispatch decisions on (KPSA_DEBUG contains "dispatch")? */
extern bool kpsa_trace_dispatch;
void kpsa_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * A family's setup entry point, called by kpsa_bind() on a fresh context:
 * `attributes` (NULL for key-less families) carries the driver's key state,
 * `arg` is the family's own (e.g. the direction).
 */
typedef psa_status_t (*kpsa_setup_fn)(const struct kpsa_driver *driver,
                                      const struct kpsa_entry_points *ep, void *ctx,
                                      psa_algorithm_t alg, const psa_key_attributes_t *attributes,
                                      const struct kpsa_key_view *key, const void *arg);

/*
 * kpsa_bind - bind a multipart operation to the first candidate whose setup
 * succeeds.
 *   [in,out] walk     a begun walk.
 *   [in]     key      the key, or NULL for key-less families.
 *   [in]     size_at  offsetof(struct kpsa_context_sizes, <family>).
 *   [out]    driver, ctx  the operation object's kpsa_driver and kpsa_ctx.
 * Contexts of candidates whose setup failed are released without any other
 * driver call.  Returns the final status of the walk.
 */
psa_status_t kpsa_bind(struct kpsa_walk *walk, const struct kpsa_key_view *key, size_t size_at,
                       uint16_t *driver, union kpsa_operation_context *ctx, kpsa_setup_fn setup,
                       const void *arg);

/*
 * A multipart operation's binding: which driver and capability serve it,
 * stored in the operation object's kpsa_driver (0: unbound).
 */
uint16_t kpsa_binding_encode(unsigned driver_index, unsigned capability);
const struct kpsa_driver *kpsa_binding_driver(uint16_t binding);
const struct kpsa_entry_points *kpsa_binding_ep(uint16_t binding);

/* The attributes a driver receives: the key's, with its prepared state. */
void kpsa_driver_attributes(const struct kpsa_key_view *key, unsigned index,
                            psa_key_attributes_t *out);

#endif /* KPSA_DISPATCH_MATCH_H */
