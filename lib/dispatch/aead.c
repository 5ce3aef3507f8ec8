/*
 * aead.c - dispatch of the AEAD entry points.
 *
 * A driver without the single-part entry points serves single-part calls
 * through its multipart family (lengths set first, so CCM works too).
 */
#include "config.h"

#include <stddef.h>

#include "dispatch/match.h"
#include "dispatch/opctx.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

struct aead_call {
    const uint8_t *nonce;
    size_t nonce_length;
    const uint8_t *ad;
    size_t ad_length;
    const uint8_t *input;
    size_t input_length;
    uint8_t *output;
    size_t output_size;
    size_t *output_length;
};

/* Start a multipart AEAD operation and feed nonce, lengths and AD. */
static psa_status_t start_multipart(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                    void *ctx, const psa_key_attributes_t *a,
                                    const struct kpsa_key_view *key, psa_algorithm_t alg,
                                    bool is_encrypt, const struct aead_call *c,
                                    size_t plaintext_length)
{
    psa_status_t status = is_encrypt ? ep->aead_encrypt_setup(ctx, a, key->buffer, key->size, alg)
                                     : ep->aead_decrypt_setup(ctx, a, key->buffer, key->size, alg);
    if (status != PSA_SUCCESS) {
        return status;
    }
    status = ep->aead_set_lengths(ctx, c->ad_length, plaintext_length);
    if (status == PSA_SUCCESS) {
        status = ep->aead_set_nonce(ctx, c->nonce, c->nonce_length);
    }
    if (status == PSA_SUCCESS) {
        status = ep->aead_update_ad(ctx, c->ad, c->ad_length);
    }
    if (status != PSA_SUCCESS) {
        ep->aead_abort(ctx);
    }
    return status;
}

static psa_status_t encrypt_via_multipart(const struct kpsa_driver *d,
                                          const struct kpsa_entry_points *ep, void *ctx,
                                          const psa_key_attributes_t *a,
                                          const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const struct aead_call *c)
{
    uint8_t tag[PSA_AEAD_TAG_MAX_SIZE];
    size_t done = 0, tail = 0, tag_length = 0;
    psa_status_t status = start_multipart(d, ep, ctx, a, key, alg, true, c, c->input_length);

    if (status != PSA_SUCCESS) {
        return status;
    }
    status = ep->aead_update(ctx, c->input, c->input_length, c->output, c->output_size, &done);
    if (status != PSA_SUCCESS) {
        ep->aead_abort(ctx);
        return status;
    }
    status = ep->aead_finish(ctx, c->output + done, c->output_size - done, &tail, tag, sizeof(tag),
                             &tag_length);
    if (status == PSA_SUCCESS) {
        done += tail;
        if (c->output_size - done < tag_length) {
            status = PSA_ERROR_BUFFER_TOO_SMALL;
        } else {
            memcpy(c->output + done, tag, tag_length);
            *c->output_length = done + tag_length;
        }
    }
    return status;
}

static psa_status_t decrypt_via_multipart(const struct kpsa_driver *d,
                                          const struct kpsa_entry_points *ep, void *ctx,
                                          const psa_key_attributes_t *a,
                                          const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const struct aead_call *c)
{
    size_t tag_length = PSA_AEAD_TAG_LENGTH(a->kpsa_type, a->kpsa_bits, alg);
    size_t body = c->input_length - tag_length; /* the API layer checked the length */
    size_t done = 0, tail = 0;
    psa_status_t status = start_multipart(d, ep, ctx, a, key, alg, false, c, body);

    if (status != PSA_SUCCESS) {
        return status;
    }
    status = ep->aead_update(ctx, c->input, body, c->output, c->output_size, &done);
    if (status != PSA_SUCCESS) {
        ep->aead_abort(ctx);
        return status;
    }
    status = ep->aead_verify(ctx, c->output + done, c->output_size - done, &tail, c->input + body,
                             tag_length);
    if (status == PSA_SUCCESS) {
        *c->output_length = done + tail;
    } else {
        kpsa_wipe(c->output, c->output_size);
    }
    return status;
}

static psa_status_t aead_with(const struct kpsa_walk *w, const psa_key_attributes_t *a,
                              const struct kpsa_key_view *key, psa_algorithm_t alg, bool is_encrypt,
                              const struct aead_call *c)
{
    const struct kpsa_driver *d = w->driver;
    const struct kpsa_entry_points *ep = w->ep;
    psa_aead_operation_t op = PSA_AEAD_OPERATION_INIT;
    void *ctx;
    psa_status_t status;

    if (is_encrypt && (w->matched & EP(AEAD_ENCRYPT)) && ep->aead_encrypt != NULL) {
        return ep->aead_encrypt(a, key->buffer, key->size, alg, c->nonce, c->nonce_length, c->ad,
                                c->ad_length, c->input, c->input_length, c->output, c->output_size,
                                c->output_length);
    }
    if (!is_encrypt && (w->matched & EP(AEAD_DECRYPT)) && ep->aead_decrypt != NULL) {
        return ep->aead_decrypt(a, key->buffer, key->size, alg, c->nonce, c->nonce_length, c->ad,
                                c->ad_length, c->input, c->input_length, c->output, c->output_size,
                                c->output_length);
    }
    ctx = kpsa_opctx_alloc(&op.kpsa_ctx, d->context_sizes.aead);
    if (ctx == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    status = is_encrypt ? encrypt_via_multipart(d, ep, ctx, a, key, alg, c)
                        : decrypt_via_multipart(d, ep, ctx, a, key, alg, c);
    kpsa_opctx_release(&op.kpsa_ctx, d->context_sizes.aead);
    return status;
}

static psa_status_t aead_single(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                bool is_encrypt, const struct aead_call *c)
{
    uint64_t eps = is_encrypt ? EP(AEAD_ENCRYPT) | EP(AEAD_ENCRYPT_MULTIPART)
                              : EP(AEAD_DECRYPT) | EP(AEAD_DECRYPT_MULTIPART);
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t a;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, is_encrypt ? "aead_encrypt" : "aead_decrypt", eps, alg, key->attributes);
    while (kpsa_walk_next(&w)) {
        kpsa_driver_attributes(key, w.index, &a);
        status = aead_with(&w, &a, key, alg, is_encrypt, c);
        if (!kpsa_walk_again(&w, status)) {
            break;
        }
    }
    return status;
}

psa_status_t kpsa_dispatch_aead_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *nonce, size_t nonce_length,
                                        const uint8_t *ad, size_t ad_length,
                                        const uint8_t *plaintext, size_t plaintext_length,
                                        uint8_t *ciphertext, size_t ciphertext_size,
                                        size_t *ciphertext_length)
{
    const struct aead_call c = {nonce,      nonce_length,    ad,
                                ad_length,  plaintext,       plaintext_length,
                                ciphertext, ciphertext_size, ciphertext_length};
    return aead_single(key, alg, true, &c);
}

psa_status_t kpsa_dispatch_aead_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *nonce, size_t nonce_length,
                                        const uint8_t *ad, size_t ad_length,
                                        const uint8_t *ciphertext, size_t ciphertext_length,
                                        uint8_t *plaintext, size_t plaintext_size,
                                        size_t *plaintext_length)
{
    const struct aead_call c = {nonce,     nonce_length,   ad,
                                ad_length, ciphertext,     ciphertext_length,
                                plaintext, plaintext_size, plaintext_length};
    return aead_single(key, alg, false, &c);
}

static const struct kpsa_driver *bound(const psa_aead_operation_t *op)
{
    return kpsa_binding_driver(op->kpsa_driver);
}

static const struct kpsa_entry_points *bound_ep(const psa_aead_operation_t *op)
{
    return kpsa_binding_ep(op->kpsa_driver);
}

static void *bound_ctx(psa_aead_operation_t *op, const struct kpsa_driver *d)
{
    return kpsa_opctx(&op->kpsa_ctx, d->context_sizes.aead);
}

static void unbind(psa_aead_operation_t *op, const struct kpsa_driver *d)
{
    kpsa_opctx_release(&op->kpsa_ctx, d->context_sizes.aead);
    op->kpsa_driver = 0;
    op->kpsa_flags = 0;
    op->kpsa_alg = 0;
}

/* After a non-finish entry point: on failure, abort and unbind. */
static psa_status_t step_done(psa_aead_operation_t *op, const struct kpsa_driver *d,
                              psa_status_t status)
{
    if (status != PSA_SUCCESS) {
        bound_ep(op)->aead_abort(bound_ctx(op, d));
        unbind(op, d);
    }
    return status;
}

static psa_status_t aead_setup_call(const struct kpsa_driver *d, const struct kpsa_entry_points *ep,
                                    void *ctx, psa_algorithm_t alg, const psa_key_attributes_t *a,
                                    const struct kpsa_key_view *key, const void *arg)
{
    const bool *is_encrypt = arg;
    return *is_encrypt ? ep->aead_encrypt_setup(ctx, a, key->buffer, key->size, alg)
                       : ep->aead_decrypt_setup(ctx, a, key->buffer, key->size, alg);
}

psa_status_t kpsa_dispatch_aead_setup(psa_aead_operation_t *op, const struct kpsa_key_view *key,
                                      psa_algorithm_t alg, bool is_encrypt)
{
    uint64_t eps = is_encrypt ? EP(AEAD_ENCRYPT_MULTIPART) : EP(AEAD_DECRYPT_MULTIPART);
    struct kpsa_walk w;
    psa_status_t status;

    kpsa_walk_begin(&w, is_encrypt ? "aead_encrypt_setup" : "aead_decrypt_setup", eps, alg,
                    key->attributes);
    status = kpsa_bind(&w, key, offsetof(struct kpsa_context_sizes, aead), &op->kpsa_driver,
                       &op->kpsa_ctx, aead_setup_call, &is_encrypt);
    if (status == PSA_SUCCESS) {
        op->kpsa_alg = alg;
    }
    return status;
}

psa_status_t kpsa_dispatch_aead_set_nonce(psa_aead_operation_t *op, const uint8_t *nonce,
                                          size_t nonce_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    return step_done(op, d, ep->aead_set_nonce(bound_ctx(op, d), nonce, nonce_length));
}

psa_status_t kpsa_dispatch_aead_set_lengths(psa_aead_operation_t *op, size_t ad_length,
                                            size_t plaintext_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    return step_done(op, d, ep->aead_set_lengths(bound_ctx(op, d), ad_length, plaintext_length));
}

psa_status_t kpsa_dispatch_aead_update_ad(psa_aead_operation_t *op, const uint8_t *input,
                                          size_t input_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    return step_done(op, d, ep->aead_update_ad(bound_ctx(op, d), input, input_length));
}

psa_status_t kpsa_dispatch_aead_update(psa_aead_operation_t *op, const uint8_t *input,
                                       size_t input_length, uint8_t *output, size_t output_size,
                                       size_t *output_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    return step_done(
        op, d,
        ep->aead_update(bound_ctx(op, d), input, input_length, output, output_size, output_length));
}

psa_status_t kpsa_dispatch_aead_finish(psa_aead_operation_t *op, uint8_t *ciphertext,
                                       size_t ciphertext_size, size_t *ciphertext_length,
                                       uint8_t *tag, size_t tag_size, size_t *tag_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->aead_finish(bound_ctx(op, d), ciphertext, ciphertext_size,
                                          ciphertext_length, tag, tag_size, tag_length);
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_aead_verify(psa_aead_operation_t *op, uint8_t *plaintext,
                                       size_t plaintext_size, size_t *plaintext_length,
                                       const uint8_t *tag, size_t tag_length)
{
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->aead_verify(bound_ctx(op, d), plaintext, plaintext_size,
                                          plaintext_length, tag, tag_length);
    unbind(op, d);
    return status;
}

psa_status_t kpsa_dispatch_aead_abort(psa_aead_operation_t *op)
{
    if (op->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    const struct kpsa_driver *d = bound(op);
    const struct kpsa_entry_points *ep = bound_ep(op);
    psa_status_t status = ep->aead_abort(bound_ctx(op, d));
    unbind(op, d);
    return status;
}
