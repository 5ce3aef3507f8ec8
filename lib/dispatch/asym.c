/*
 * asym.c - dispatch of the asymmetric entry points: signatures, asymmetric
 * encryption and raw key agreement (all single-part).
 *
 * Each call walks the candidates of its entry point.  Signing or verifying a
 * message is the one call with two ways to serve it (driver-entry-points,
 * "sign_hash"/"verify_hash"): a candidate whose matching capability declares
 * sign_message (verify_message) is called with the message; one that
 * declares only sign_hash (verify_hash) gets the message's hash, computed
 * through the chain (kpsa_dispatch_hash_compute, so any driver's
 * hash_compute may serve it), once per call however many candidates need it.
 * Only hash-and-sign algorithms have that second way: PureEdDSA signs the
 * message itself, so its walk contains only sign_message / verify_message.
 *
 * The built-in driver declares none of these entry points yet, so a call no
 * plugin serves ends with "no driver left": PSA_ERROR_NOT_SUPPORTED from the
 * dispatcher itself, and kpsa_last_driver() then names no driver.  A
 * candidate whose table lacks the function its capability declares (the
 * loader resolves every declared function, so this is a guard) answers
 * PSA_ERROR_NOT_SUPPORTED from here, without a call and without a key state
 * being prepared for it.
 */
#include "config.h"

#include <stddef.h>

#include "core/init.h"
#include "dispatch/match.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

/* The hash of a message, computed on first need. */
struct prehash {
    bool done;
    psa_status_t status;
    uint8_t bytes[PSA_HASH_MAX_SIZE];
    size_t length;
};

/* One call's arguments, as the serve functions below pass them on. */
struct asym_call {
    psa_algorithm_t alg;
    const uint8_t *input; /* hash, message, plaintext, ciphertext or peer key */
    size_t input_length;
    const uint8_t *aux; /* the signature to verify, or the salt */
    size_t aux_length;
    uint8_t *output; /* signature, ciphertext, plaintext or shared secret */
    size_t output_size;
    size_t *output_length;
    struct prehash *prehash; /* sign_message / verify_message only */
};

/* Serve the call with the current candidate of the walk. */
typedef psa_status_t (*serve_fn)(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                 struct asym_call *c);

static psa_status_t lacking(const struct kpsa_walk *w)
{
    if (kpsa_trace_dispatch) {
        kpsa_trace("%s: %s has no such entry point", w->what, w->driver->prefix);
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

static psa_status_t walk(const char *what, uint64_t eps, const struct kpsa_key_view *key,
                         struct asym_call *c, serve_fn serve)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    struct kpsa_walk w;

    kpsa_walk_begin(&w, what, eps, c->alg, key->attributes);
    while (kpsa_walk_next(&w)) {
        status = serve(&w, key, c);
        if (!kpsa_walk_again(&w, status)) {
            return status;
        }
    }
    /* No driver gave a final answer (not even the one that hashed the
     * message): the PSA_ERROR_NOT_SUPPORTED is the dispatcher's own. */
    kpsa_note_driver(NULL);
    return status;
}

static psa_status_t prehash(struct asym_call *c)
{
    struct prehash *h = c->prehash;

    if (!h->done) {
        h->done = true;
        h->status = kpsa_dispatch_hash_compute(PSA_ALG_GET_HASH(c->alg), c->input, c->input_length,
                                               h->bytes, sizeof(h->bytes), &h->length);
    }
    return h->status;
}

/* ---- signatures ----------------------------------------------------------- */

static psa_status_t serve_sign_hash(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                    struct asym_call *c)
{
    psa_key_attributes_t a;

    if (w->ep->sign_hash == NULL) {
        return lacking(w);
    }
    kpsa_driver_attributes(key, w->index, &a);
    return w->ep->sign_hash(&a, key->buffer, key->size, c->alg, c->input, c->input_length,
                            c->output, c->output_size, c->output_length);
}

static psa_status_t serve_verify_hash(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                      struct asym_call *c)
{
    psa_key_attributes_t a;

    if (w->ep->verify_hash == NULL) {
        return lacking(w);
    }
    kpsa_driver_attributes(key, w->index, &a);
    return w->ep->verify_hash(&a, key->buffer, key->size, c->alg, c->input, c->input_length, c->aux,
                              c->aux_length);
}

static psa_status_t serve_sign_message(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                       struct asym_call *c)
{
    const struct kpsa_entry_points *ep = w->ep;
    psa_key_attributes_t a;
    psa_status_t status;

    if ((w->matched & EP(SIGN_MESSAGE)) && ep->sign_message != NULL) {
        kpsa_driver_attributes(key, w->index, &a);
        return ep->sign_message(&a, key->buffer, key->size, c->alg, c->input, c->input_length,
                                c->output, c->output_size, c->output_length);
    }
    if ((w->matched & EP(SIGN_HASH)) == 0 || ep->sign_hash == NULL) {
        return lacking(w);
    }
    status = prehash(c);
    if (status != PSA_SUCCESS) {
        return status;
    }
    kpsa_driver_attributes(key, w->index, &a);
    return ep->sign_hash(&a, key->buffer, key->size, c->alg, c->prehash->bytes, c->prehash->length,
                         c->output, c->output_size, c->output_length);
}

static psa_status_t serve_verify_message(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                         struct asym_call *c)
{
    const struct kpsa_entry_points *ep = w->ep;
    psa_key_attributes_t a;
    psa_status_t status;

    if ((w->matched & EP(VERIFY_MESSAGE)) && ep->verify_message != NULL) {
        kpsa_driver_attributes(key, w->index, &a);
        return ep->verify_message(&a, key->buffer, key->size, c->alg, c->input, c->input_length,
                                  c->aux, c->aux_length);
    }
    if ((w->matched & EP(VERIFY_HASH)) == 0 || ep->verify_hash == NULL) {
        return lacking(w);
    }
    status = prehash(c);
    if (status != PSA_SUCCESS) {
        return status;
    }
    kpsa_driver_attributes(key, w->index, &a);
    return ep->verify_hash(&a, key->buffer, key->size, c->alg, c->prehash->bytes,
                           c->prehash->length, c->aux, c->aux_length);
}

psa_status_t kpsa_dispatch_sign_hash(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                     const uint8_t *hash, size_t hash_length, uint8_t *signature,
                                     size_t signature_size, size_t *signature_length)
{
    struct asym_call c = {.alg = alg,
                          .input = hash,
                          .input_length = hash_length,
                          .output = signature,
                          .output_size = signature_size,
                          .output_length = signature_length};
    return walk("sign_hash", EP(SIGN_HASH), key, &c, serve_sign_hash);
}

psa_status_t kpsa_dispatch_verify_hash(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                       const uint8_t *hash, size_t hash_length,
                                       const uint8_t *signature, size_t signature_length)
{
    struct asym_call c = {.alg = alg,
                          .input = hash,
                          .input_length = hash_length,
                          .aux = signature,
                          .aux_length = signature_length};
    return walk("verify_hash", EP(VERIFY_HASH), key, &c, serve_verify_hash);
}

psa_status_t kpsa_dispatch_sign_message(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                        const uint8_t *input, size_t input_length,
                                        uint8_t *signature, size_t signature_size,
                                        size_t *signature_length)
{
    struct prehash h = {.done = false};
    struct asym_call c = {.alg = alg,
                          .input = input,
                          .input_length = input_length,
                          .output = signature,
                          .output_size = signature_size,
                          .output_length = signature_length,
                          .prehash = &h};
    uint64_t eps = EP(SIGN_MESSAGE) | (PSA_ALG_IS_HASH_AND_SIGN(alg) ? EP(SIGN_HASH) : 0);
    return walk("sign_message", eps, key, &c, serve_sign_message);
}

psa_status_t kpsa_dispatch_verify_message(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                          const uint8_t *input, size_t input_length,
                                          const uint8_t *signature, size_t signature_length)
{
    struct prehash h = {.done = false};
    struct asym_call c = {.alg = alg,
                          .input = input,
                          .input_length = input_length,
                          .aux = signature,
                          .aux_length = signature_length,
                          .prehash = &h};
    uint64_t eps = EP(VERIFY_MESSAGE) | (PSA_ALG_IS_HASH_AND_SIGN(alg) ? EP(VERIFY_HASH) : 0);
    return walk("verify_message", eps, key, &c, serve_verify_message);
}

/* ---- asymmetric encryption and key agreement ------------------------------ */

/* asymmetric_encrypt and asymmetric_decrypt share one prototype. */
typedef psa_status_t asym_crypt_fn(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                   psa_algorithm_t alg, const uint8_t *input,
                                   size_t input_length, const uint8_t *salt, size_t salt_length,
                                   uint8_t *output, size_t output_size, size_t *output_length);

/* The walk is for exactly one of the two entry points: serve that one. */
static psa_status_t serve_crypt(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                struct asym_call *c)
{
    asym_crypt_fn *fn = (w->eps & EP(ASYMMETRIC_ENCRYPT)) != 0 ? w->ep->asymmetric_encrypt
                                                               : w->ep->asymmetric_decrypt;
    psa_key_attributes_t a;

    if (fn == NULL) {
        return lacking(w);
    }
    kpsa_driver_attributes(key, w->index, &a);
    return fn(&a, key->buffer, key->size, c->alg, c->input, c->input_length, c->aux,
              c->aux_length, c->output, c->output_size, c->output_length);
}

static psa_status_t serve_key_agreement(const struct kpsa_walk *w, const struct kpsa_key_view *key,
                                        struct asym_call *c)
{
    psa_key_attributes_t a;

    if (w->ep->key_agreement == NULL) {
        return lacking(w);
    }
    kpsa_driver_attributes(key, w->index, &a);
    return w->ep->key_agreement(&a, key->buffer, key->size, c->alg, c->input, c->input_length,
                                c->output, c->output_size, c->output_length);
}

static psa_status_t asym_crypt(bool encrypt, const struct kpsa_key_view *key,
                               psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                               const uint8_t *salt, size_t salt_length, uint8_t *output,
                               size_t output_size, size_t *output_length)
{
    struct asym_call c = {.alg = alg,
                          .input = input,
                          .input_length = input_length,
                          .aux = salt,
                          .aux_length = salt_length,
                          .output = output,
                          .output_size = output_size,
                          .output_length = output_length};
    return encrypt ? walk("asymmetric_encrypt", EP(ASYMMETRIC_ENCRYPT), key, &c, serve_crypt)
                   : walk("asymmetric_decrypt", EP(ASYMMETRIC_DECRYPT), key, &c, serve_crypt);
}

psa_status_t kpsa_dispatch_asymmetric_encrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                              const uint8_t *input, size_t input_length,
                                              const uint8_t *salt, size_t salt_length,
                                              uint8_t *output, size_t output_size,
                                              size_t *output_length)
{
    return asym_crypt(true, key, alg, input, input_length, salt, salt_length, output,
                      output_size, output_length);
}

psa_status_t kpsa_dispatch_asymmetric_decrypt(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                              const uint8_t *input, size_t input_length,
                                              const uint8_t *salt, size_t salt_length,
                                              uint8_t *output, size_t output_size,
                                              size_t *output_length)
{
    return asym_crypt(false, key, alg, input, input_length, salt, salt_length, output,
                      output_size, output_length);
}

psa_status_t kpsa_dispatch_key_agreement(const struct kpsa_key_view *key, psa_algorithm_t alg,
                                         const uint8_t *peer_key, size_t peer_key_length,
                                         uint8_t *output, size_t output_size, size_t *output_length)
{
    struct asym_call c = {.alg = alg,
                          .input = peer_key,
                          .input_length = peer_key_length,
                          .output = output,
                          .output_size = output_size,
                          .output_length = output_length};
    return walk("key_agreement", EP(KEY_AGREEMENT), key, &c, serve_key_agreement);
}
