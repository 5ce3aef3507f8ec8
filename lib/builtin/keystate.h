/*
 * keystate.h - the built-in driver's prepared per-key state.
 *
 * For each key the core hands it, the built-in driver keeps pools of
 * libcrypto contexts with the key already scheduled (an EVP_CIPHER_CTX after
 * EVP_EncryptInit_ex with the key, an EVP_MAC_CTX after EVP_MAC_init with the
 * key, ...), one pool per algorithm used with the key.  A call takes a context
 * from the pool, re-arms it with the new IV/nonce (or re-inits the MAC, which
 * reuses the prepared pads), uses it and puts it back; no key schedule and no
 * allocation on the hot path.  Pools are lock-free: a bitmap of busy slots.
 *
 * The state is reference-counted: the core holds one reference (dropped by
 * builtin_key_state_destroy) and every multipart operation that took a context
 * holds one until it puts the context back, so a key destroyed during an
 * operation does not pull the context from under it.  A single-part call
 * needs no reference of its own: the core keeps the key, and with it the
 * state, for the whole call.
 *
 * An asymmetric key also keeps its decoded libcrypto key object here (pkey),
 * so that each key is parsed and validated into an EVP_PKEY once.
 */
#ifndef KPSA_BUILTIN_KEYSTATE_H
#define KPSA_BUILTIN_KEYSTATE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/types.h>
#include <psa/crypto.h>

#define BUILTIN_POOL_SLOTS 8
#define BUILTIN_POOLS_PER_KEY 4

/* What a pool holds: how to free one of its contexts. */
typedef void (*builtin_ctx_free_fn)(void *ctx);

struct builtin_pool {
    _Atomic psa_algorithm_t alg;          /* 0: pool unused */
    _Atomic uint32_t kind;                /* caller-defined context kind tag */
    builtin_ctx_free_fn free_ctx;
    _Atomic uint32_t busy;                /* bit i set: slot i taken */
    void *_Atomic ctx[BUILTIN_POOL_SLOTS];
};

struct builtin_key_state {
    _Atomic uint32_t refs;
    struct builtin_pool pools[BUILTIN_POOLS_PER_KEY];
    /* The key's libcrypto object (asymmetric keys), made on first use by
     * builtin_pkey_get() and installed with a compare-and-swap: NULL until
     * then, never changed afterwards, freed with the state. */
    EVP_PKEY *_Atomic pkey;
};

/* A context borrowed from a pool (or made for one call when pools are full). */
struct builtin_lease {
    struct builtin_key_state *state;      /* NULL: ctx is the caller's own */
    struct builtin_pool *pool;
    int slot;
    int held;                             /* the lease holds a reference on state */
    void *ctx;                            /* NULL: caller must create and prepare one */
    builtin_ctx_free_fn free_ctx;         /* frees ctx of a private lease */
};

/* An empty lease, for initialisers: nothing taken, nothing to give back. */
#define BUILTIN_LEASE_INIT { NULL, NULL, -1, 0, NULL, NULL }

/* Driver entry points (kpsa extension), see <kpsa/driver.h>. */
psa_status_t builtin_key_state_create(const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size, void **state);
void builtin_key_state_destroy(void *state);

/*
 * builtin_lease_take - borrow a prepared context for (alg, kind).
 *   [in]  state     the key's state from kpsa_driver_key_state(); may be NULL.
 *   [in]  alg, kind identify the pool (kind tells apart e.g. encrypt/decrypt).
 *   [in]  free_ctx  how to free contexts of this pool.
 *   [in]  hold      non-zero when the lease may outlive the driver call that
 *                   takes it (a multipart operation): the lease then holds a
 *                   reference on the state.  A single-part call passes 0.
 *   [out] lease     lease->ctx is a prepared context, or NULL: then the caller
 *                   creates and prepares one and stores it in lease->ctx.
 * Never fails: without a state or a free slot the lease is private.
 */
void builtin_lease_take(struct builtin_key_state *state, psa_algorithm_t alg, uint32_t kind,
                        builtin_ctx_free_fn free_ctx, int hold, struct builtin_lease *lease);

/*
 * builtin_lease_return - give the context back.
 *   [in] keep  non-zero when the context is in a reusable state (prepared with
 *              the key, no error); zero frees it.
 * A private lease's context is freed.  Drops the reference the lease held,
 * if any.  Leaves the lease empty (as BUILTIN_LEASE_INIT).
 */
void builtin_lease_return(struct builtin_lease *lease, int keep);

#endif /* KPSA_BUILTIN_KEYSTATE_H */
