/*
 * kdf.c - dispatch of the key_derivation family, and of the derivation of
 * cooked keys from an output stream.
 *
 * A derivation is bound like any multipart operation (kpsa_bind): the first
 * candidate whose key_derivation_setup succeeds serves it until abort.  The
 * walk is key-less unless the SECRET step is a key, whose type and location
 * then filter the candidates (driver specification, "Key derivation driver
 * dispatch logic").  key_derivation_input_step is never called: no algorithm
 * kpsa knows has long inputs, so every input reaches setup.
 */
#include "config.h"

#include <stddef.h>

#include "builtin/builtin.h"
#include "core/init.h"
#include "dispatch/match.h"
#include "dispatch/opctx.h"

#define KDF_EPS KPSA_EP_BIT(KPSA_EP_KEY_DERIVATION)

static size_t context_size(const struct kpsa_driver *d)
{
    return d->context_sizes.key_derivation;
}

static void unbind(psa_key_derivation_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, context_size(d));
    op->kpsa_driver = 0;
}

static psa_status_t kdf_setup_call(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                   void *ctx, psa_algorithm_t alg, const psa_key_attributes_t *a,
                                   const struct kpsa_key_view *key, const void *arg)
{
    (void)d, (void)a, (void)key;
    if (ep->key_derivation_setup == NULL || ep->key_derivation_output_bytes == NULL ||
        ep->key_derivation_abort == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return ep->key_derivation_setup(ctx, alg, arg);
}

psa_status_t kpsa_dispatch_kdf_setup(psa_key_derivation_operation_t *op, psa_algorithm_t kdf_alg,
                                     const psa_key_attributes_t *secret,
                                     const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "key_derivation_setup", KDF_EPS, kdf_alg, secret);
    return kpsa_bind(&w, NULL, offsetof(struct kpsa_context_sizes, key_derivation),
                     &op->kpsa_driver, &op->kpsa_ctx, kdf_setup_call, inputs);
}

psa_status_t kpsa_dispatch_kdf_output_bytes(psa_key_derivation_operation_t *op, uint8_t *output,
                                            size_t length)
{
    const struct kpsa_driver *d = kpsa_binding_driver(op->kpsa_driver);
    const struct kpsa_entry_points *ep = kpsa_binding_ep(op->kpsa_driver);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, context_size(d));
    psa_status_t status = ep->key_derivation_output_bytes(ctx, output, length);

    if (status != PSA_SUCCESS) {
        ep->key_derivation_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_kdf_abort(psa_key_derivation_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = kpsa_binding_driver(op->kpsa_driver);
    const struct kpsa_entry_points *ep = kpsa_binding_ep(op->kpsa_driver);
    psa_status_t status = ep->key_derivation_abort(kpsa_opctx(&op->kpsa_ctx, context_size(d)));
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_derive_key(const psa_key_attributes_t *attributes,
                                      kpsa_stream_read_fn read, void *ctx, uint8_t *key_buffer,
                                      size_t key_buffer_size, size_t *key_buffer_length)
{
    kpsa_note_driver(kpsa_builtin_driver.prefix);
    return builtin_derive_key(attributes, read, ctx, key_buffer, key_buffer_size,
                              key_buffer_length);
}
