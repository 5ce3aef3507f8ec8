/*
 * match.c - which drivers may serve a call, in which order.
 */
#include "config.h"

#include "dispatch/match.h"

#include <stdarg.h>
#include <string.h>
#include <stdio.h>

#include <kpsa/kpsa.h>

#include "core/init.h"
#include "dispatch/opctx.h"

/* Where hash-parametrised algorithms carry their hash (the encoding appendix). */
#define HASH_BITS ((psa_algorithm_t)0x000000ff)

bool kpsa_trace_dispatch;

void kpsa_trace(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    fputs("kpsa: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* Wildcard-aware comparison of a capability's algorithm with the call's. */
bool kpsa_alg_pattern_matches(psa_algorithm_t pattern, psa_algorithm_t alg)
{
    /* A truncated MAC or a shortened AEAD tag is a form of its base
     * algorithm: compare the base algorithms. */
    if (PSA_ALG_IS_MAC(pattern) && PSA_ALG_IS_MAC(alg)) {
        pattern = PSA_ALG_FULL_LENGTH_MAC(pattern);
        alg = PSA_ALG_FULL_LENGTH_MAC(alg);
    } else if (PSA_ALG_IS_AEAD(pattern) && PSA_ALG_IS_AEAD(alg)) {
        pattern = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(pattern);
        alg = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg);
    }
    if (pattern == alg) {
        return true;
    }
    /* PSA_ALG_ANY_HASH in the hash position: compare all but the hash. */
    if ((pattern & HASH_BITS) == (PSA_ALG_ANY_HASH & HASH_BITS) && (alg & HASH_BITS) != 0 &&
        (alg & HASH_BITS) != HASH_BITS) {
        return (pattern & ~HASH_BITS) == (alg & ~HASH_BITS);
    }
    return false;
}

static bool list_has_alg(const struct kpsa_capability *cap, psa_algorithm_t alg)
{
    if (cap->algorithm_count == 0) {
        return true;
    }
    for (size_t i = 0; i < cap->algorithm_count; i++) {
        if (kpsa_alg_pattern_matches(cap->algorithms[i], alg)) {
            return true;
        }
    }
    return false;
}

static bool capability_matches(const struct kpsa_capability *cap, const struct kpsa_walk *w)
{
    /* Key management calls have no algorithm (0) and imports may not know
     * the size yet (0): those filters then do not apply. */
    if ((cap->entry_points & w->eps) == 0 || (w->alg != 0 && !list_has_alg(cap, w->alg))) {
        return false;
    }
    if (cap->key_type_count != 0 && w->key_type != 0) {
        bool found = false;
        for (size_t i = 0; i < cap->key_type_count && !found; i++) {
            found = (w->key_type & cap->key_types[i].mask) == cap->key_types[i].type;
        }
        if (!found) {
            return false;
        }
    }
    if (cap->key_size_count != 0 && w->key_bits != 0) {
        bool found = false;
        for (size_t i = 0; i < cap->key_size_count && !found; i++) {
            found = cap->key_sizes[i] == w->key_bits;
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

void kpsa_walk_begin(struct kpsa_walk *walk, const char *what, uint64_t eps, psa_algorithm_t alg,
                     const psa_key_attributes_t *attributes)
{
    walk->what = what;
    walk->eps = eps;
    walk->alg = alg;
    walk->key_type = attributes != NULL ? attributes->kpsa_type : 0;
    walk->key_bits = attributes != NULL ? attributes->kpsa_bits : 0;
    walk->location = attributes != NULL ? PSA_KEY_LIFETIME_GET_LOCATION(attributes->kpsa_lifetime)
                                        : PSA_KEY_LOCATION_LOCAL_STORAGE;
    walk->next = 0;
    walk->driver = NULL;
    walk->matched = 0;
    walk->fallback = false;
}

/* Transparent drivers serve local keys; an opaque driver only its location. */
static bool driver_serves_location(const struct kpsa_driver *d, psa_key_location_t location)
{
    if (d->type == KPSA_DRIVER_OPAQUE) {
        return d->location == location;
    }
    return location == PSA_KEY_LOCATION_LOCAL_STORAGE;
}

bool kpsa_walk_next(struct kpsa_walk *walk)
{
    unsigned count = kpsa_registry_length;

    while (walk->next < count) {
        unsigned index = walk->next++;
        const struct kpsa_driver *d = kpsa_registry_chain[index].driver;

        if ((kpsa_registry_chain[index].entry_points & walk->eps) == 0 ||
            !driver_serves_location(d, walk->location)) {
            continue;
        }
        /* A driver is tried once per call, through its first capability
         * (in manifest order) that declares one of the entry points and
         * whose filters match. */
        for (size_t i = 0; i < d->capability_count; i++) {
            const struct kpsa_capability *cap = &d->capabilities[i];
            if (capability_matches(cap, walk)) {
                walk->driver = d;
                walk->ep = cap->ep != NULL ? cap->ep : &d->ep;
                walk->index = index;
                walk->capability = (unsigned)i;
                walk->matched = cap->entry_points & walk->eps;
                walk->fallback = cap->fallback;
                return true;
            }
        }
    }
    if (kpsa_trace_dispatch) {
        kpsa_trace("%s alg=0x%08x: no driver left", walk->what, (unsigned)walk->alg);
    }
    return false;
}

/* Binding = 1 + driver index * 1024 + capability index. */
#define BINDING_CAPS 1024u

uint16_t kpsa_binding_encode(unsigned driver_index, unsigned capability)
{
    return (uint16_t)(1u + driver_index * BINDING_CAPS + capability);
}

const struct kpsa_driver *kpsa_binding_driver(uint16_t binding)
{
    return kpsa_registry_driver((binding - 1u) / BINDING_CAPS);
}

const struct kpsa_entry_points *kpsa_binding_ep(uint16_t binding)
{
    const struct kpsa_driver *d = kpsa_binding_driver(binding);
    const struct kpsa_capability *cap = &d->capabilities[(binding - 1u) % BINDING_CAPS];
    return cap->ep != NULL ? cap->ep : &d->ep;
}

bool kpsa_walk_again(const struct kpsa_walk *walk, psa_status_t status)
{
    bool again = status == PSA_ERROR_NOT_SUPPORTED && walk->fallback;

    if (kpsa_trace_dispatch) {
        kpsa_trace("%s alg=0x%08x key_type=0x%04x bits=%zu: %s -> %s%s", walk->what,
                   (unsigned)walk->alg, (unsigned)walk->key_type, walk->key_bits,
                   walk->driver->prefix, kpsa_status_name(status), again ? " (falling back)" : "");
    }
    if (!again) {
        kpsa_note_driver(walk->driver->prefix);
    }
    return again;
}

psa_status_t kpsa_bind(struct kpsa_walk *walk, const struct kpsa_key_view *key, size_t size_at,
                       uint16_t *driver, union kpsa_operation_context *ctx, kpsa_setup_fn setup,
                       const void *arg)
{
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;
    psa_key_attributes_t attributes;

    while (kpsa_walk_next(walk)) {
        const struct kpsa_driver *d = walk->driver;
        size_t size;
        memcpy(&size, (const unsigned char *)&d->context_sizes + size_at, sizeof(size));
        void *c = kpsa_opctx_alloc(ctx, size);
        if (c == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        if (key != NULL) {
            kpsa_driver_attributes(key, walk->index, &attributes);
        }
        status = setup(d, walk->ep, c, walk->alg, key != NULL ? &attributes : NULL, key, arg);
        if (status == PSA_SUCCESS) {
            *driver = kpsa_binding_encode(walk->index, walk->capability);
            kpsa_walk_again(walk, status);
            return status;
        }
        kpsa_opctx_release(ctx, size);
        if (!kpsa_walk_again(walk, status)) {
            break;
        }
    }
    return status;
}

uint64_t kpsa_walk_entry_points(const char *call, psa_algorithm_t alg)
{
#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)
    /* The sets the dispatch functions of hash.c, mac.c, cipher.c, aead.c and
     * asym.c walk; other names stand for their own entry point. */
    static const struct {
        const char *name;
        uint64_t eps;
    } calls[] = {
        {"hash_compute", EP(HASH_COMPUTE) | EP(HASH_MULTIPART)},
        {"hash_setup", EP(HASH_MULTIPART)},
        {"mac_compute", EP(MAC_COMPUTE) | EP(MAC_MULTIPART)},
        {"mac_verify",
         EP(MAC_VERIFY) | EP(MAC_COMPUTE) | EP(MAC_VERIFY_MULTIPART) | EP(MAC_MULTIPART)},
        {"mac_sign_setup", EP(MAC_MULTIPART)},
        {"mac_verify_setup", EP(MAC_VERIFY_MULTIPART)},
        {"cipher_encrypt", EP(CIPHER_ENCRYPT) | EP(CIPHER_ENCRYPT_MULTIPART)},
        {"cipher_decrypt", EP(CIPHER_DECRYPT) | EP(CIPHER_DECRYPT_MULTIPART)},
        {"cipher_encrypt_setup", EP(CIPHER_ENCRYPT_MULTIPART)},
        {"cipher_decrypt_setup", EP(CIPHER_DECRYPT_MULTIPART)},
        {"aead_encrypt", EP(AEAD_ENCRYPT) | EP(AEAD_ENCRYPT_MULTIPART)},
        {"aead_decrypt", EP(AEAD_DECRYPT) | EP(AEAD_DECRYPT_MULTIPART)},
        {"aead_encrypt_setup", EP(AEAD_ENCRYPT_MULTIPART)},
        {"aead_decrypt_setup", EP(AEAD_DECRYPT_MULTIPART)},
        {"sign_message", EP(SIGN_MESSAGE) | EP(SIGN_HASH)},
        {"verify_message", EP(VERIFY_MESSAGE) | EP(VERIFY_HASH)},
        {"key_derivation_setup", EP(KEY_DERIVATION)},
        {"pake_setup", EP(PAKE)},
    };
#undef EP
    const struct kpsa_ep_family *family;

    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
        if (strcmp(calls[i].name, call) == 0) {
            uint64_t eps = calls[i].eps;
            /* A signature with no hash to sign (PureEdDSA): *_message only. */
            if (alg != PSA_ALG_NONE && !PSA_ALG_IS_HASH_AND_SIGN(alg)) {
                eps &= ~(KPSA_EP_BIT(KPSA_EP_SIGN_HASH) | KPSA_EP_BIT(KPSA_EP_VERIFY_HASH));
            }
            return eps;
        }
    }
    family = kpsa_ep_family_find(call);
    return family != NULL ? KPSA_EP_BIT(family->ep) : 0;
}
