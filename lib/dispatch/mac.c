/*
 * mac.c - dispatch of the MAC entry points.
 *
 * Single-part calls use a driver's mac_compute / mac_verify when it declares
 * them, and otherwise its multipart families.  mac_verify without a driver
 * mac_verify entry point is mac_compute plus a constant-time comparison, as
 * the specification asks of the core.
 */
#include "config.h"

#include <stddef.h>

#include "dispatch/match.h"
#include "dispatch/opctx.h"

#define EP(x)       KPSA_EP_BIT(KPSA_EP_##x)
#define COMPUTE_EPS (EP(MAC_COMPUTE) | EP(MAC_MULTIPART))
#define VERIFY_EPS  (EP(MAC_VERIFY) | EP(MAC_COMPUTE) | EP(MAC_VERIFY_MULTIPART) | EP(MAC_MULTIPART))

/* Drive a multipart MAC for a single-part call: sign into mac, or verify mac. */
static psa_status_t mac_via_multipart(const struct kpsa_driver *d,
                                      const struct kpsa_entry_points *ep,
                                      const psa_key_attributes_t *a,
                                      const struct kpsa_key_view *key, psa_algorithm_t alg,
                                      bool is_sign, const uint8_t *input, size_t input_length,
                                      uint8_t *mac, size_t mac_size, size_t *mac_length)
{
    psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
    size_t size = d->context_sizes.mac;
    void *ctx = kpsa_opctx_alloc(&op.kpsa_ctx, size);
    psa_status_t status;

    if (ctx == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    status = is_sign ? ep->mac_sign_setup(ctx, a, key->buffer, key->size, alg)
                     : ep->mac_verify_setup(ctx, a, key->buffer, key->size, alg);
    if (status != PSA_SUCCESS) {
        goto exit;
    }
    status = ep->mac_update(ctx, input, input_length);
    if (status != PSA_SUCCESS) {
        ep->mac_abort(ctx);
        goto exit;
    }
    status = is_sign ? ep->mac_sign_finish(ctx, mac, mac_size, mac_length)
                     : ep->mac_verify_finish(ctx, mac, mac_size);
exit:
    kpsa_opctx_release(&op.kpsa_ctx, size);
    return status;
}

static psa_status_t compute_with(const struct kpsa_walk *w, const psa_key_attributes_t *a,
                                 const struct kpsa_key_view *key, psa_algorithm_t alg,
                                 const uint8_t *input, size_t input_length, uint8_t *mac,
                                 size_t mac_size, size_t *mac_length)
{
    const struct kpsa_driver *d = w->driver;
    const struct kpsa_entry_points *ep = w->ep;

    if ((w->matched & EP(MAC_COMPUTE)) && ep->mac_compute != NULL) {
        return ep->mac_compute(a, key->buffer, key->size, alg, input, input_length, mac, mac_size,
                               mac_length);
    }
    if (w->matched & EP(MAC_MULTIPART)) {
        return mac_via_multipart(d, ep, a, key, alg, true, input, input_length, mac, mac_size,
                                 mac_length);
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t kpsa_dispatch_mac_compute(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                       const uint8_t *input, size_t input_length, uint8_t *mac,
                                       size_t mac_size, size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "mac_compute", COMPUTE_EPS, alg, key->attributes);
    while (kpsa_walk_next(&w)) {
        kpsa_driver_attributes(key, w.index, &a);
        status = compute_with(&w, &a, key, alg, input, input_length, mac, mac_size, mac_length);
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

static psa_status_t verify_with(const struct kpsa_walk *w, const psa_key_attributes_t *a,
                                const struct kpsa_key_view *key, psa_algorithm_t alg,
                                const uint8_t *input, size_t input_length, const uint8_t *mac,
                                size_t mac_length)
{
    const struct kpsa_driver *d = w->driver;
    const struct kpsa_entry_points *ep = w->ep;
    uint8_t actual[PSA_MAC_MAX_SIZE];
    size_t actual_length = 0;
    psa_status_t status;

    if ((w->matched & EP(MAC_VERIFY)) && ep->mac_verify != NULL) {
        return ep->mac_verify(a, key->buffer, key->size, alg, input, input_length, mac, mac_length);
    }
    if ((w->matched & (EP(MAC_COMPUTE) | EP(MAC_MULTIPART))) == 0) {
        /* Only the verify family is declared: let the driver compare. */
        return mac_via_multipart(d, ep, a, key, alg, false, input, input_length, (uint8_t *)mac,
                                 mac_length, NULL);
    }
    status =
        compute_with(w, a, key, alg, input, input_length, actual, sizeof(actual), &actual_length);
    if (status == PSA_SUCCESS) {
        status = actual_length == mac_length && kpsa_ct_equal(actual, mac, mac_length)
                     ? PSA_SUCCESS
                     : PSA_ERROR_INVALID_SIGNATURE;
    }
    kpsa_wipe(actual, sizeof(actual));
    return status;
}

psa_status_t kpsa_dispatch_mac_verify(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                      const uint8_t *input, size_t input_length, const uint8_t *mac,
                                      size_t mac_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "mac_verify", VERIFY_EPS, alg, key->attributes);
    while (kpsa_walk_next(&w)) {
        kpsa_driver_attributes(key, w.index, &a);
        status = verify_with(&w, &a, key, alg, input, input_length, mac, mac_length);
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

static const struct kpsa_driver *bound(const psa_mac_operation_t *op)
{
    return kpsa_binding_driver(op->kpsa_driver);
}

static const struct kpsa_entry_points *bound_ep(const psa_mac_operation_t *op)
{
    return kpsa_binding_ep(op->kpsa_driver);
}

static void unbind(psa_mac_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, d->context_sizes.mac);
    op->kpsa_driver = 0;
    op->kpsa_flags = 0;
    op->kpsa_alg = 0;
}

static psa_status_t mac_setup_call(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                   void *ctx, psa_algorithm_t alg, const psa_key_attributes_t *a,
                                   const struct kpsa_key_view *key, const void *arg)
{
    const bool *is_sign = arg;
    return *is_sign ? ep->mac_sign_setup(ctx, a, key->buffer, key->size, alg)
                    : ep->mac_verify_setup(ctx, a, key->buffer, key->size, alg);
}

psa_status_t kpsa_dispatch_mac_setup(psa_mac_operation_t *op, const struct kpsa_key_view *key,
                                     psa_algorithm_t alg, bool is_sign)
{
    uint64_t eps = is_sign ? EP(MAC_MULTIPART) : EP(MAC_VERIFY_MULTIPART);
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, is_sign ? "mac_sign_setup" : "mac_verify_setup", eps, alg, key->attributes);
    status = kpsa_bind(&w, key, offsetof(struct kpsa_context_sizes, mac), &op->kpsa_driver,
                       &op->kpsa_ctx, mac_setup_call, &is_sign);
    if (status == PSA_SUCCESS) {
        op->kpsa_alg = alg;
    }
    return status;
}

psa_status_t kpsa_dispatch_mac_update(psa_mac_operation_t *op, const uint8_t *input,
                                      size_t input_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.mac);
    psa_status_t status = ep->mac_update(ctx, input, input_length);

    if (status != PSA_SUCCESS) {
        ep->mac_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_mac_sign_finish(psa_mac_operation_t *op, uint8_t *mac, size_t mac_size,
                                           size_t *mac_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->mac_sign_finish(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.mac), mac,
                                              mac_size, mac_length);
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_mac_verify_finish(psa_mac_operation_t *op, const uint8_t *mac,
                                             size_t mac_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status =
        ep->mac_verify_finish(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.mac), mac, mac_length);
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_mac_abort(psa_mac_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->mac_abort(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.mac));
    unbind(op, d);
    return status;
}
