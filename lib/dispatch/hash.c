/*
 * hash.c - dispatch of the hash entry points.
 *
 * Hashing is key-less, so only transparent drivers take part.  A driver
 * without hash_compute serves single-part calls through its hash_multipart
 * family.
 */
#include "config.h"

#include <stddef.h>

#include "dispatch/match.h"
#include "dispatch/opctx.h"

struct kpsa_hash_state {
    const uint8_t *bytes;
    size_t length;
};

#define HASH_EPS (KPSA_EP_BIT(KPSA_EP_HASH_COMPUTE) | KPSA_EP_BIT(KPSA_EP_HASH_MULTIPART))

/* Single-part hash through a driver's multipart entry points. */
static psa_status_t hash_via_multipart(const struct kpsa_driver *d,
                                       const struct kpsa_entry_points *ep, psa_algorithm_t alg,
                                       const uint8_t *input, size_t input_length, uint8_t *hash,
                                       size_t hash_size, size_t *hash_length)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT;
    size_t size = d->context_sizes.hash;
    void *ctx = kpsa_opctx_alloc(&op.kpsa_ctx, size);
    psa_status_t status;

    if (ctx == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    status = ep->hash_setup(ctx, alg);
    if (status == PSA_SUCCESS) {
        status = ep->hash_update(ctx, input, input_length);
        if (status == PSA_SUCCESS) {
            status = ep->hash_finish(ctx, hash, hash_size, hash_length);
        }
        if (status != PSA_SUCCESS) {
            ep->hash_abort(ctx);
        }
    }
    kpsa_opctx_release(&op.kpsa_ctx, size);
    return status;
}

psa_status_t kpsa_dispatch_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *hash, size_t hash_size,
                                        size_t *hash_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "hash_compute", HASH_EPS, alg, NULL);
    while (kpsa_walk_next(&w)) {
        const struct kpsa_driver *d = w.driver;
        const struct kpsa_entry_points *ep = w.ep;
        if ((w.matched & KPSA_EP_BIT(KPSA_EP_HASH_COMPUTE)) && ep->hash_compute != NULL) {
            status = ep->hash_compute(alg, input, input_length, hash, hash_size, hash_length);
        } else {
            status =
                hash_via_multipart(d, ep, alg, input, input_length, hash, hash_size, hash_length);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

static const struct kpsa_driver *bound(const psa_hash_operation_t *op)
{
    return kpsa_binding_driver(op->kpsa_driver);
}

static const struct kpsa_entry_points *bound_ep(const psa_hash_operation_t *op)
{
    return kpsa_binding_ep(op->kpsa_driver);
}

/* End the driver side: release the context and leave the header inactive. */
static void unbind(psa_hash_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, d->context_sizes.hash);
    op->kpsa_driver = 0;
    op->kpsa_flags = 0;
    op->kpsa_alg = 0;
}

static psa_status_t hash_setup_call(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                    void *ctx, psa_algorithm_t alg,
                                    const psa_key_attributes_t *attributes,
                                    const struct kpsa_key_view *key, const void *arg)
{
    (void)attributes, (void)key, (void)arg;
    return ep->hash_setup(ctx, alg);
}

psa_status_t kpsa_dispatch_hash_setup(psa_hash_operation_t *op, psa_algorithm_t alg)
{
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, "hash_setup", KPSA_EP_BIT(KPSA_EP_HASH_MULTIPART), alg, NULL);
    status = kpsa_bind(&w, NULL, offsetof(struct kpsa_context_sizes, hash), &op->kpsa_driver,
                       &op->kpsa_ctx, hash_setup_call, NULL);
    if (status == PSA_SUCCESS) {
        op->kpsa_alg = alg;
    }
    return status;
}

psa_status_t kpsa_dispatch_hash_update(psa_hash_operation_t *op, const uint8_t *input,
                                       size_t input_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.hash);
    psa_status_t status = ep->hash_update(ctx, input, input_length);

    if (status != PSA_SUCCESS) {
        ep->hash_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_hash_finish(psa_hash_operation_t *op, uint8_t *hash, size_t hash_size,
                                       size_t *hash_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.hash);
    psa_status_t status = ep->hash_finish(ctx, hash, hash_size, hash_length);

    /* hash_finish is not one of the specification's "finish" entry points:
     * after a failure the driver's abort still runs. */
    if (status != PSA_SUCCESS) {
        ep->hash_abort(ctx);
    }
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_hash_abort(psa_hash_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->hash_abort(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.hash));
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_hash_clone(const psa_hash_operation_t *source,
                                      psa_hash_operation_t *target)
{
    const struct kpsa_driver *d = bound(source);
    const struct kpsa_entry_points *ep = bound_ep(source);
    size_t size = d->context_sizes.hash;
    const void *from = kpsa_opctx((union kpsa_operation_context *)&source->kpsa_ctx, size);
    void *to = kpsa_opctx_alloc(&target->kpsa_ctx, size);
    psa_status_t status;

    if (to == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (ep->hash_clone != NULL) {
        status = ep->hash_clone(from, to);
    } else {
        /* The specification requires hash contexts to be byte-copyable. */
        memcpy(to, from, size);
        status = PSA_SUCCESS;
    }
    if (status != PSA_SUCCESS) {
        kpsa_opctx_release(&target->kpsa_ctx, size);
        return status;
    }
    target->kpsa_driver = source->kpsa_driver;
    target->kpsa_flags = source->kpsa_flags;
    target->kpsa_alg = source->kpsa_alg;
    return PSA_SUCCESS;
}

psa_status_t kpsa_dispatch_hash_suspend(psa_hash_operation_t *op, uint8_t *state, size_t state_size,
                                        size_t *state_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.hash);
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;

    if (ep->hash_suspend != NULL) {
        status = ep->hash_suspend(ctx, state, state_size, state_length);
    }
    /* Suspending ends the operation whether or not it worked. */
    ep->hash_abort(ctx);
    unbind(op, d);
    return status;
}

static psa_status_t hash_resume_call(const struct kpsa_driver *d,
                                     const struct kpsa_entry_points *ep, void *ctx,
                                     psa_algorithm_t alg, const psa_key_attributes_t *attributes,
                                     const struct kpsa_key_view *key, const void *arg)
{
    const struct kpsa_hash_state *state = arg;
    (void)alg, (void)attributes, (void)key;
    if (ep->hash_resume == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return ep->hash_resume(ctx, state->bytes, state->length);
}

psa_status_t kpsa_dispatch_hash_resume(psa_hash_operation_t *op, psa_algorithm_t alg,
                                       const uint8_t *state, size_t state_length)
{
    const struct kpsa_hash_state arg = {state, state_length};
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, "hash_resume", KPSA_EP_BIT(KPSA_EP_HASH_MULTIPART), alg, NULL);
    status = kpsa_bind(&w, NULL, offsetof(struct kpsa_context_sizes, hash), &op->kpsa_driver,
                       &op->kpsa_ctx, hash_resume_call, &arg);
    if (status == PSA_SUCCESS) {
        op->kpsa_alg = alg;
    }
    return status;
}

const char *kpsa_dispatch_op_driver(uint16_t kpsa_driver)
{
    const struct kpsa_driver *d = kpsa_driver != 0 ? kpsa_binding_driver(kpsa_driver) : NULL;
    return d != NULL ? d->prefix : NULL;
}
