/*
 * mfcaps.c - the "capabilities" of a manifest.
 *
 * Lists are strict: an empty list is refused (omitting the property means
 * "no filter", an empty list would mean "never", surely a mistake), and so is
 * an element listed twice in one list (entry points, algorithms, key types,
 * key sizes), which can only be a copy-and-paste slip.  Overlaps between
 * capabilities are allowed: the dispatcher uses the first matching one.
 */
#include "config.h"

#include "loader/mfparse.h"

#include <stdlib.h>
#include <string.h>

#include "loader/algspec.h"

typedef struct kpsa_manifest_capability capability_t;

/* The declared family that has a function of this name, or NULL. */
static const struct kpsa_ep_family *family_of_function(uint64_t eps, const char *function)
{
    size_t count = 0;
    const struct kpsa_ep_family *families = kpsa_ep_families(&count);

    for (size_t i = 0; i < count; i++) {
        if ((eps & KPSA_EP_BIT(families[i].ep)) == 0) {
            continue;
        }
        for (size_t j = 0; j < families[i].function_count; j++) {
            if (strcmp(families[i].functions[j].name, function) == 0) {
                return &families[i];
            }
        }
    }
    return NULL;
}

static psa_status_t h_entry_points(struct kpsa_mf *p, json_object *v, void *target,
                                   const struct kpsa_mf_prop *prop)
{
    capability_t *cap = target;
    size_t count = 0;
    psa_status_t status = kpsa_mf_array(p, v, KPSA_MANIFEST_MAX_ITEMS, &count);

    cap->entry_points = 0;
    for (size_t i = 0; status == PSA_SUCCESS && i < count; i++) {
        const char *name = NULL;
        char buf[64];
        size_t mark = kpsa_mf_push_index(p, i);
        const struct kpsa_ep_family *family = NULL;

        status = kpsa_mf_string(p, json_object_array_get_idx(v, i), &name);
        if (status != PSA_SUCCESS) {
            return status;
        }
        family = kpsa_ep_family_find(name);
        if (family == NULL) {
            return kpsa_mf_fail(p, "unknown entry point %s", kpsa_mf_quote(name, buf, sizeof(buf)));
        }
        if ((cap->entry_points & KPSA_EP_BIT(family->ep)) != 0) {
            return kpsa_mf_fail(p, "entry point \"%s\" listed twice", family->name);
        }
        cap->entry_points |= KPSA_EP_BIT(family->ep);
        kpsa_mf_pop(p, mark);
    }
    return status;
}

/* One element of "algorithms", "key_types" or "key_sizes", parsed into slot. */
typedef psa_status_t (*item_fn)(struct kpsa_mf *p, json_object *v, void *slot);

static psa_status_t item_alg(struct kpsa_mf *p, json_object *v, void *slot)
{
    const char *s = NULL;
    char error[160];
    psa_status_t status = kpsa_mf_string(p, v, &s);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (kpsa_algspec_parse(s, slot, error, sizeof(error)) != PSA_SUCCESS) {
        return kpsa_mf_fail(p, "%s", error);
    }
    if (*(psa_algorithm_t *)slot == PSA_ALG_NONE) {
        return kpsa_mf_fail(p, "PSA_ALG_NONE matches no algorithm");
    }
    return PSA_SUCCESS;
}

static psa_status_t item_key_type(struct kpsa_mf *p, json_object *v, void *slot)
{
    const char *s = NULL;
    char error[160];
    psa_status_t status = kpsa_mf_string(p, v, &s);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (kpsa_keytype_spec_parse(s, slot, error, sizeof(error)) != PSA_SUCCESS) {
        return kpsa_mf_fail(p, "%s", error);
    }
    if (((struct kpsa_key_type_spec *)slot)->type == PSA_KEY_TYPE_NONE) {
        return kpsa_mf_fail(p, "PSA_KEY_TYPE_NONE matches no key");
    }
    return PSA_SUCCESS;
}

static psa_status_t item_key_size(struct kpsa_mf *p, json_object *v, void *slot)
{
    int64_t bits = 0;
    psa_status_t status = kpsa_mf_int(p, v, 1, PSA_MAX_KEY_BITS, &bits);

    *(size_t *)slot = (size_t)bits;
    return status;
}

/* A list filter: every element parsed, none listed twice. */
static psa_status_t get_list(struct kpsa_mf *p, json_object *v, size_t item_size, item_fn fn,
                             void **items, size_t *count)
{
    size_t n = 0;
    psa_status_t status = kpsa_mf_array(p, v, KPSA_MANIFEST_MAX_ITEMS, &n);
    unsigned char *a = NULL;

    if (status != PSA_SUCCESS) {
        return status;
    }
    a = calloc(n, item_size);
    if (a == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    /* Owned by the manifest from here on, even if an element is invalid. */
    *items = a;
    *count = n;
    for (size_t i = 0; i < n; i++) {
        size_t mark = kpsa_mf_push_index(p, i);
        status = fn(p, json_object_array_get_idx(v, i), a + i * item_size);
        if (status != PSA_SUCCESS) {
            return status;
        }
        for (size_t j = 0; j < i; j++) {
            if (memcmp(a + j * item_size, a + i * item_size, item_size) == 0) {
                return kpsa_mf_fail(p, "same value as element %zu", j);
            }
        }
        kpsa_mf_pop(p, mark);
    }
    return PSA_SUCCESS;
}

static psa_status_t h_algorithms(struct kpsa_mf *p, json_object *v, void *target,
                                 const struct kpsa_mf_prop *prop)
{
    capability_t *cap = target;

    return get_list(p, v, sizeof(psa_algorithm_t), item_alg, (void **)&cap->algorithms,
                    &cap->algorithm_count);
}

static psa_status_t h_key_types(struct kpsa_mf *p, json_object *v, void *target,
                                const struct kpsa_mf_prop *prop)
{
    capability_t *cap = target;

    return get_list(p, v, sizeof(struct kpsa_key_type_spec), item_key_type,
                    (void **)&cap->key_types, &cap->key_type_count);
}

static psa_status_t h_key_sizes(struct kpsa_mf *p, json_object *v, void *target,
                                const struct kpsa_mf_prop *prop)
{
    capability_t *cap = target;

    return get_list(p, v, sizeof(size_t), item_key_size, (void **)&cap->key_sizes,
                    &cap->key_size_count);
}

static psa_status_t name_entry(struct kpsa_mf *p, capability_t *cap, const char *key,
                               json_object *v)
{
    const char *symbol = NULL;
    char buf[64];
    size_t n = cap->name_count;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (family_of_function(cap->entry_points, key) == NULL) {
        return kpsa_mf_fail(p, "%s is not a function of this capability's entry points",
                            kpsa_mf_quote(key, buf, sizeof(buf)));
    }
    status = kpsa_mf_identifier(p, v, KPSA_MANIFEST_MAX_SYMBOL, &symbol);
    if (status != PSA_SUCCESS) {
        return status;
    }
    cap->name_count++;
    cap->name_keys[n] = strdup(key);
    cap->name_values[n] = strdup(symbol);
    if (cap->name_keys[n] == NULL || cap->name_values[n] == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    return PSA_SUCCESS;
}

static psa_status_t h_names(struct kpsa_mf *p, json_object *v, void *target,
                            const struct kpsa_mf_prop *prop)
{
    capability_t *cap = target;
    psa_status_t status = kpsa_mf_want(p, v, json_type_object);
    size_t count = status == PSA_SUCCESS ? (size_t)json_object_object_length(v) : 0;

    if (status != PSA_SUCCESS || count == 0) {
        return status;
    }
    cap->name_keys = calloc(count, sizeof(char *));
    cap->name_values = calloc(count, sizeof(char *));
    if (cap->name_keys == NULL || cap->name_values == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    json_object_object_foreach(v, key, value)
    {
        size_t mark = kpsa_mf_push_key(p, key);
        /* "_comment" and "<name>/..." keep their meaning here. */
        bool property = strcmp(key, "_comment") == 0 || strchr(key, '/') != NULL;
        status = property ? kpsa_mf_other(p, key, value) : name_entry(p, cap, key, value);
        if (status != PSA_SUCCESS) {
            return status;
        }
        kpsa_mf_pop(p, mark);
    }
    return PSA_SUCCESS;
}

static psa_status_t h_fallback(struct kpsa_mf *p, json_object *v, void *target,
                               const struct kpsa_mf_prop *prop)
{
    if (p->m->type == KPSA_DRIVER_OPAQUE) {
        return kpsa_mf_fail(p, "not permitted for opaque drivers");
    }
    return kpsa_mf_h_bool(p, v, target, prop);
}

static const struct kpsa_mf_prop capability_props[] = {
    {"entry_points", h_entry_points, 0, 0, false},
    {"algorithms", h_algorithms, 0, 0, false},
    {"key_types", h_key_types, 0, 0, false},
    {"key_sizes", h_key_sizes, 0, 0, false},
    {"names", h_names, 0, 0, false},
    {"fallback", h_fallback, offsetof(capability_t, fallback), 0, false},
};

psa_status_t kpsa_mf_capabilities(struct kpsa_mf *p, json_object *v, void *target,
                                  const struct kpsa_mf_prop *prop)
{
    struct kpsa_manifest *m = target;
    size_t count = 0;
    psa_status_t status = kpsa_mf_array(p, v, KPSA_MANIFEST_MAX_CAPABILITIES, &count);

    if (status != PSA_SUCCESS) {
        return status;
    }
    m->capabilities = calloc(count, sizeof(*m->capabilities));
    if (m->capabilities == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    m->capability_count = count;
    for (size_t i = 0; i < count; i++) {
        json_object *c = json_object_array_get_idx(v, i);
        capability_t *cap = &m->capabilities[i];
        size_t mark = kpsa_mf_push_index(p, i);

        /* "names" is checked against the entry points: read them first. */
        status = kpsa_mf_want(p, c, json_type_object);
        if (status == PSA_SUCCESS) {
            status = kpsa_mf_visit(p, c, &capability_props[0], cap, true);
        }
        if (status == PSA_SUCCESS) {
            status = kpsa_mf_walk(p, c, capability_props, KPSA_MF_COUNT(capability_props), cap);
        }
        if (status != PSA_SUCCESS) {
            return status;
        }
        kpsa_mf_pop(p, mark);
    }
    return PSA_SUCCESS;
}
