/*
 * cipher.c - dispatch of the unauthenticated cipher entry points.
 *
 * The core picks the IV of a single-part encryption; a driver without the
 * single-part entry points serves the call through its multipart family.
 */
#include "config.h"

#include <stddef.h>

#include "dispatch/match.h"
#include "dispatch/opctx.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

/* Single-part encryption or decryption through the multipart family; iv is
 * the IV to set (NULL/0 for modes without one), input the payload only. */
static psa_status_t cipher_via_multipart(const struct kpsa_driver *d,
                                         const struct kpsa_entry_points *ep,
                                         const psa_key_attributes_t *a,
                                         const struct kpsa_key_view *key, psa_algorithm_t alg,
                                         bool is_encrypt, const uint8_t *iv, size_t iv_length,
                                         const uint8_t *input, size_t input_length, uint8_t *output,
                                         size_t output_size, size_t *output_length)
{
    psa_cipher_operation_t op = PSA_CIPHER_OPERATION_INIT;
    size_t size = d->context_sizes.cipher;
    void *ctx = kpsa_opctx_alloc(&op.kpsa_ctx, size);
    size_t done = 0, tail = 0;
    psa_status_t status;

    if (ctx == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    status = is_encrypt ? ep->cipher_encrypt_setup(ctx, a, key->buffer, key->size, alg)
                        : ep->cipher_decrypt_setup(ctx, a, key->buffer, key->size, alg);
    if (status != PSA_SUCCESS) {
        goto exit;
    }
    if (iv_length > 0) {
        status = ep->cipher_set_iv(ctx, iv, iv_length);
    }
    if (status == PSA_SUCCESS) {
        status = ep->cipher_update(ctx, input, input_length, output, output_size, &done);
    }
    if (status != PSA_SUCCESS) {
        ep->cipher_abort(ctx);
        goto exit;
    }
    status = ep->cipher_finish(ctx, output + done, output_size - done, &tail);
    *output_length = done + tail;
exit:
    kpsa_opctx_release(&op.kpsa_ctx, size);
    return status;
}

psa_status_t kpsa_dispatch_cipher_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *iv, size_t iv_length, const uint8_t *input,
                                          size_t input_length, uint8_t *output, size_t output_size,
                                          size_t *output_length)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "cipher_encrypt", EP(CIPHER_ENCRYPT) | EP(CIPHER_ENCRYPT_MULTIPART), alg,
                    key->attributes);
    while (kpsa_walk_next(&w)) {
        const struct kpsa_driver *d = w.driver;
        const struct kpsa_entry_points *ep = w.ep;
        kpsa_driver_attributes(key, w.index, &a);
        if ((w.matched & EP(CIPHER_ENCRYPT)) && ep->cipher_encrypt != NULL) {
            status = ep->cipher_encrypt(&a, key->buffer, key->size, alg, iv, iv_length, input,
                                        input_length, output, output_size, output_length);
        } else {
            status = cipher_via_multipart(d, ep, &a, key, alg, true, iv, iv_length, input,
                                          input_length, output, output_size, output_length);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

psa_status_t kpsa_dispatch_cipher_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *input, size_t input_length,
                                          uint8_t *output, size_t output_size,
                                          size_t *output_length)
{
    size_t iv_length = PSA_CIPHER_IV_LENGTH(key->attributes->kpsa_type, alg);
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, "cipher_decrypt", EP(CIPHER_DECRYPT) | EP(CIPHER_DECRYPT_MULTIPART), alg,
                    key->attributes);
    while (kpsa_walk_next(&w)) {
        const struct kpsa_driver *d = w.driver;
        const struct kpsa_entry_points *ep = w.ep;
        kpsa_driver_attributes(key, w.index, &a);
        if ((w.matched & EP(CIPHER_DECRYPT)) && ep->cipher_decrypt != NULL) {
            status = ep->cipher_decrypt(&a, key->buffer, key->size, alg, input, input_length,
                                        output, output_size, output_length);
        } else {
            status = cipher_via_multipart(d, ep, &a, key, alg, false, input, iv_length,
                                          input + iv_length, input_length - iv_length, output,
                                          output_size, output_length);
        }
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

static const struct kpsa_driver *bound(const psa_cipher_operation_t *op)
{
    return kpsa_binding_driver(op->kpsa_driver);
}

static const struct kpsa_entry_points *bound_ep(const psa_cipher_operation_t *op)
{
    return kpsa_binding_ep(op->kpsa_driver);
}

static void unbind(psa_cipher_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, d->context_sizes.cipher);
    op->kpsa_driver = 0;
    op->kpsa_flags = 0;
    op->kpsa_alg = 0;
}

static psa_status_t cipher_setup_call(const struct kpsa_driver *d,
                                      const struct kpsa_entry_points *ep, void *ctx,
                                      psa_algorithm_t alg, const psa_key_attributes_t *a,
                                      const struct kpsa_key_view *key, const void *arg)
{
    const bool *is_encrypt = arg;
    return *is_encrypt ? ep->cipher_encrypt_setup(ctx, a, key->buffer, key->size, alg)
                       : ep->cipher_decrypt_setup(ctx, a, key->buffer, key->size, alg);
}

psa_status_t kpsa_dispatch_cipher_setup(psa_cipher_operation_t *op, const struct kpsa_key_view *key,
                                        psa_algorithm_t alg, bool is_encrypt)
{
    uint64_t eps = is_encrypt ? EP(CIPHER_ENCRYPT_MULTIPART) : EP(CIPHER_DECRYPT_MULTIPART);
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, is_encrypt ? "cipher_encrypt_setup" : "cipher_decrypt_setup", eps, alg,
                    key->attributes);
    status = kpsa_bind(&w, key, offsetof(struct kpsa_context_sizes, cipher), &op->kpsa_driver,
                       &op->kpsa_ctx, cipher_setup_call, &is_encrypt);
    if (status == PSA_SUCCESS) {
        op->kpsa_alg = alg;
    }
    return status;
}

psa_status_t kpsa_dispatch_cipher_set_iv(psa_cipher_operation_t *op, const uint8_t *iv,
                                         size_t iv_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.cipher);
    psa_status_t status = ep->cipher_set_iv(ctx, iv, iv_length);

    if (status != PSA_SUCCESS) {
        ep->cipher_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_cipher_update(psa_cipher_operation_t *op, const uint8_t *input,
                                         size_t input_length, uint8_t *output, size_t output_size,
                                         size_t *output_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    void *ctx = kpsa_opctx(&op->kpsa_ctx, d->context_sizes.cipher);
    psa_status_t status =
        ep->cipher_update(ctx, input, input_length, output, output_size, output_length);

    if (status != PSA_SUCCESS) {
        ep->cipher_abort(ctx);
        unbind(op, d);
    }
    return status;
}

psa_status_t kpsa_dispatch_cipher_finish(psa_cipher_operation_t *op, uint8_t *output,
                                         size_t output_size, size_t *output_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->cipher_finish(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.cipher),
                                            output, output_size, output_length);
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_cipher_abort(psa_cipher_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->cipher_abort(kpsa_opctx(&op->kpsa_ctx, d->context_sizes.cipher));
    unbind(op, d);
    return status;
}
