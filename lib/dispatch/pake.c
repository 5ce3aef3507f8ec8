/*
 * pake.c - dispatch of the pake family.
 *
 * The core binds a PAKE operation at its first psa_pake_output() or
 * psa_pake_input(), once every input is known: the walk uses the suite's
 * algorithm and the password key (its type, size and location pick the
 * candidates), and a candidate's NOT_SUPPORTED passes the call on when its
 * capability allows fallback, as for the other multipart families.
 */
#include "config.h"

#include <stddef.h>

#include "dispatch/match.h"
#include "dispatch/opctx.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

static const struct kpsa_driver *bound(const psa_pake_operation_t *op)
{
    return kpsa_binding_driver(op->kpsa_driver);
}

static const struct kpsa_entry_points *bound_ep(const psa_pake_operation_t *op)
{
    return kpsa_binding_ep(op->kpsa_driver);
}

static void *bound_ctx(psa_pake_operation_t *op, const struct kpsa_driver *d)
{
    return kpsa_opctx(&op->kpsa_ctx, d->context_sizes.pake);
}

static void unbind(psa_pake_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, d->context_sizes.pake);
    op->kpsa_driver = 0;
}

static psa_status_t pake_setup_call(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                    void *ctx, psa_algorithm_t alg,
                                    const psa_key_attributes_t *attributes,
                                    const struct kpsa_key_view *key, const void *arg)
{
    /* kpsa_bind passes the family's argument as const; it is the core's
     * inputs object, which the dispatcher owns for the duration of the walk. */
    struct kpsa_pake_inputs *inputs = (struct kpsa_pake_inputs *)(uintptr_t)arg;

    (void)d, (void)alg, (void)key;
    if (ep->pake_setup == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    inputs->attributes = attributes;
    return ep->pake_setup(ctx, inputs);
}

psa_status_t kpsa_dispatch_pake_setup(psa_pake_operation_t *op, const struct kpsa_key_view *key,
                                      struct kpsa_pake_inputs *inputs)
{
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, "pake_setup", EP(PAKE), inputs->suite.kpsa_alg, key->attributes);
    status = kpsa_bind(&w, key, offsetof(struct kpsa_context_sizes, pake), &op->kpsa_driver,
                       &op->kpsa_ctx, pake_setup_call, inputs);
    /* The candidate's view of the key lives on kpsa_bind's stack. */
    inputs->attributes = key->attributes;
    return status;
}

psa_status_t kpsa_dispatch_pake_output(psa_pake_operation_t *op, psa_pake_step_t step,
                                       uint8_t *output, size_t output_size, size_t *output_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = bound_ctx(op, d);
    psa_status_t status = ep->pake_output(ctx, step, output, output_size, output_length);

    if (status != PSA_SUCCESS) {
        ep->pake_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_pake_input(psa_pake_operation_t *op, psa_pake_step_t step,
                                      const uint8_t *input, size_t input_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = bound_ctx(op, d);
    psa_status_t status = ep->pake_input(ctx, step, input, input_length);

    if (status != PSA_SUCCESS) {
        ep->pake_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_pake_get_shared_key(psa_pake_operation_t *op, uint8_t *output,
                                               size_t output_size, size_t *output_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status =
        ep->pake_get_shared_key(bound_ctx(op, d), output, output_size, output_length);

    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_pake_abort(psa_pake_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = bound(op);
    psa_status_t status = bound_ep(op)->pake_abort(bound_ctx(op, d));
    unbind(op, d);
    return status;
}
