/*
 * manifest.c - driver manifests: JSON text -> struct kpsa_manifest.
 *
 * Three stages, each stopping at the first problem: json-c turns the text
 * into a tree (strict JSON, bounded size and depth, nothing after the
 * value); a scan of the text rejects duplicate property names (mfjson.c);
 * then one table of properties per kind of object validates the tree: the
 * top level and kpsa's own properties here, capabilities in mfcaps.c.
 */
#include "config.h"

#include "loader/manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/guard.h"
#include "loader/mfparse.h"

typedef struct kpsa_manifest manifest_t;

/* "kpsa/context_sizes": the size of each kind of operation context. */
#define CTX(name, field)                                                                           \
    {                                                                                              \
        name, kpsa_mf_h_positive, offsetof(struct kpsa_context_sizes, field),                      \
            KPSA_MANIFEST_MAX_CONTEXT_SIZE, false                                                  \
    }
static const struct kpsa_mf_prop context_props[] = {
    CTX("hash", hash), CTX("mac", mac),       CTX("cipher", cipher),
    CTX("aead", aead), CTX("random", random), CTX("key_derivation", key_derivation),
    CTX("pake", pake),
};

/* The entry points whose functions take each context, row for row. */
static const uint64_t context_users[] = {
    KPSA_EP_BIT(KPSA_EP_HASH_MULTIPART),
    KPSA_EP_BIT(KPSA_EP_MAC_MULTIPART) | KPSA_EP_BIT(KPSA_EP_MAC_VERIFY_MULTIPART),
    KPSA_EP_BIT(KPSA_EP_CIPHER_ENCRYPT_MULTIPART) | KPSA_EP_BIT(KPSA_EP_CIPHER_DECRYPT_MULTIPART),
    KPSA_EP_BIT(KPSA_EP_AEAD_ENCRYPT_MULTIPART) | KPSA_EP_BIT(KPSA_EP_AEAD_DECRYPT_MULTIPART),
    KPSA_EP_BIT(KPSA_EP_RANDOM),
    KPSA_EP_BIT(KPSA_EP_KEY_DERIVATION),
    KPSA_EP_BIT(KPSA_EP_PAKE),
};
_Static_assert(KPSA_MF_COUNT(context_users) == KPSA_MF_COUNT(context_props),
               "one row of context_users per row of context_props");

#define ENTROPY_MAX 4096u
static const struct kpsa_mf_prop random_props[] = {
    {"initial_entropy_size", kpsa_mf_h_count,
     offsetof(struct kpsa_manifest, random_initial_entropy), ENTROPY_MAX, false},
    {"reseed_entropy_size", kpsa_mf_h_count, offsetof(struct kpsa_manifest, random_reseed_entropy),
     ENTROPY_MAX, false},
};

#define KEY_CONTEXT(name, fn, field, max)                                                          \
    {                                                                                              \
        name, fn, offsetof(manifest_t, key_context_##field), max, false                            \
    }
static psa_status_t h_size_function(struct kpsa_mf *p, json_object *v, void *target,
                                    const struct kpsa_mf_prop *prop);
static psa_status_t h_builtin_key_size(struct kpsa_mf *p, json_object *v, void *target,
                                       const struct kpsa_mf_prop *prop);
static const struct kpsa_mf_prop key_context_props[] = {
    KEY_CONTEXT("base_size", kpsa_mf_h_size, base_size, KPSA_MANIFEST_MAX_CONTEXT_SIZE),
    KEY_CONTEXT("key_pair_size", kpsa_mf_h_size, key_pair_size, KPSA_MANIFEST_MAX_CONTEXT_SIZE),
    KEY_CONTEXT("public_key_size", kpsa_mf_h_size, public_key_size, KPSA_MANIFEST_MAX_CONTEXT_SIZE),
    /* Bytes of key context per byte of key: wrapped keys need 1 or 2. */
    KEY_CONTEXT("symmetric_factor", kpsa_mf_h_size, symmetric_factor, 16),
    KEY_CONTEXT("store_public_key", kpsa_mf_h_bool, store_public_key, 0),
    KEY_CONTEXT("size_function", h_size_function, size_function, 0),
    KEY_CONTEXT("builtin_key_size", h_builtin_key_size, builtin_key_size,
                KPSA_MANIFEST_MAX_CONTEXT_SIZE),
};

static psa_status_t h_size_function(struct kpsa_mf *p, json_object *v, void *target,
                                    const struct kpsa_mf_prop *prop)
{
    const char *s = NULL;
    psa_status_t status = kpsa_mf_identifier(p, v, KPSA_MANIFEST_MAX_SYMBOL, &s);

    return status != PSA_SUCCESS ? status
                                 : kpsa_mf_strdup(p, s, KPSA_MF_FIELD(target, prop, char *));
}

static psa_status_t h_builtin_key_size(struct kpsa_mf *p, json_object *v, void *target,
                                       const struct kpsa_mf_prop *prop)
{
    ((manifest_t *)target)->key_context_has_builtin_key_size = true;
    return kpsa_mf_h_size(p, v, target, prop);
}

static psa_status_t h_prefix(struct kpsa_mf *p, json_object *v, void *target,
                             const struct kpsa_mf_prop *prop)
{
    const char *s = NULL;
    psa_status_t status = kpsa_mf_identifier(p, v, KPSA_MANIFEST_MAX_PREFIX, &s);

    return status != PSA_SUCCESS ? status : kpsa_mf_strdup(p, s, &p->m->prefix);
}

static psa_status_t h_type(struct kpsa_mf *p, json_object *v, void *target,
                           const struct kpsa_mf_prop *prop)
{
    const char *s = NULL;
    char buf[64];
    psa_status_t status = kpsa_mf_string(p, v, &s);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (strcmp(s, "transparent") == 0) {
        p->m->type = KPSA_DRIVER_TRANSPARENT;
    } else if (strcmp(s, "opaque") == 0) {
        p->m->type = KPSA_DRIVER_OPAQUE;
    } else {
        return kpsa_mf_fail(p, "unknown driver type %s (expected \"transparent\" or \"opaque\")",
                            kpsa_mf_quote(s, buf, sizeof(buf)));
    }
    return PSA_SUCCESS;
}

static psa_status_t h_location(struct kpsa_mf *p, json_object *v, void *target,
                               const struct kpsa_mf_prop *prop)
{
    uint64_t location = 0;
    const char *s = NULL;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (json_object_is_type(v, json_type_string) && kpsa_mf_string(p, v, &s) == PSA_SUCCESS &&
        strcmp(s, "PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT") == 0) {
        location = PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT;
    } else {
        /* A location is 24 bits: the lifetime minus its persistence byte. */
        status = kpsa_mf_size(p, v, 0, 0xffffff, &location);
        if (status != PSA_SUCCESS) {
            return status;
        }
    }
    if (location == PSA_KEY_LOCATION_LOCAL_STORAGE) {
        return kpsa_mf_fail(p, "location 0 is local storage, served by transparent drivers");
    }
    p->m->location = (psa_key_location_t)location;
    return PSA_SUCCESS;
}

static psa_status_t h_key_context(struct kpsa_mf *p, json_object *v, void *target,
                                  const struct kpsa_mf_prop *prop)
{
    return kpsa_mf_object(p, v, key_context_props, KPSA_MF_COUNT(key_context_props), target);
}

static psa_status_t h_module(struct kpsa_mf *p, json_object *v, void *target,
                             const struct kpsa_mf_prop *prop)
{
    const char *s = NULL;
    psa_status_t status = kpsa_mf_string(p, v, &s);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (s[0] == '\0' || strcmp(s, ".") == 0 || strcmp(s, "..") == 0) {
        return kpsa_mf_fail(p, "expected a shared object's file name");
    }
    if (s[0] != '/' && strchr(s, '/') != NULL) {
        return kpsa_mf_fail(p,
                            "a relative module name must not contain \"/\" (use an absolute path)");
    }
    if (strlen(s) >= 4096) {
        return kpsa_mf_fail(p, "module path too long");
    }
    return kpsa_mf_strdup(p, s, &p->m->module);
}

static psa_status_t h_abi(struct kpsa_mf *p, json_object *v, void *target,
                          const struct kpsa_mf_prop *prop)
{
    int64_t abi = 0;
    psa_status_t status = kpsa_mf_int(p, v, 1, 0xffff, &abi);

    p->m->abi = (unsigned)abi;
    return status;
}

static psa_status_t h_priority(struct kpsa_mf *p, json_object *v, void *target,
                               const struct kpsa_mf_prop *prop)
{
    int64_t priority = 0;
    psa_status_t status = kpsa_mf_int(p, v, -1000000, 1000000, &priority);

    p->m->priority = (int)priority;
    return status;
}

static psa_status_t h_headers(struct kpsa_mf *p, json_object *v, void *target,
                              const struct kpsa_mf_prop *prop)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_array);
    size_t count = status == PSA_SUCCESS ? json_object_array_length(v) : 0;

    if (count > KPSA_MANIFEST_MAX_ITEMS) {
        return kpsa_mf_fail(p, "too many elements (limit %d)", KPSA_MANIFEST_MAX_ITEMS);
    }
    for (size_t i = 0; status == PSA_SUCCESS && i < count; i++) {
        const char *s = NULL;
        size_t mark = kpsa_mf_push_index(p, i);
        status = kpsa_mf_string(p, json_object_array_get_idx(v, i), &s);
        if (status == PSA_SUCCESS) {
            kpsa_mf_pop(p, mark);
        }
    }
    return status;
}

static psa_status_t h_context_sizes(struct kpsa_mf *p, json_object *v, void *target,
                                    const struct kpsa_mf_prop *prop)
{
    return kpsa_mf_object(p, v, context_props, KPSA_MF_COUNT(context_props), &p->m->context_sizes);
}

static psa_status_t h_random(struct kpsa_mf *p, json_object *v, void *target,
                             const struct kpsa_mf_prop *prop)
{
    return kpsa_mf_object(p, v, random_props, KPSA_MF_COUNT(random_props), target);
}

#define TOP(name, fn, opaque)                                                                      \
    {                                                                                              \
        name, fn, 0, 0, opaque                                                                     \
    }
static const struct kpsa_mf_prop top_props[] = {
    TOP("type", h_type, false),
    TOP("prefix", h_prefix, false),
    {"kpsa/disabled", kpsa_mf_h_bool, offsetof(manifest_t, disabled), 0, false},
    TOP("capabilities", kpsa_mf_capabilities, false),
    TOP("kpsa/module", h_module, false),
    TOP("kpsa/abi", h_abi, false),
    TOP("location", h_location, true),
    TOP("key_context", h_key_context, true),
    TOP("headers", h_headers, false),
    {"persistent_state_size", kpsa_mf_h_size, offsetof(manifest_t, persistent_state_size),
     KPSA_MANIFEST_MAX_CONTEXT_SIZE, true},
    TOP("kpsa/priority", h_priority, false),
    TOP("kpsa/context_sizes", h_context_sizes, false),
    {"kpsa/key_state", kpsa_mf_h_bool, offsetof(manifest_t, key_state), 0, false},
    TOP("kpsa/random", h_random, false),
};
/* Indexes in top_props of the properties read before the others. */
enum { P_TYPE, P_PREFIX, P_DISABLED, P_CAPABILITIES, P_MODULE, P_ABI, P_LOCATION, P_KEY_CONTEXT };

/* The context an entry point needs and "kpsa/context_sizes" lacks, or NULL. */
static const char *missing_context(const struct kpsa_manifest *m, const char *entry_point)
{
    const struct kpsa_ep_family *family = kpsa_ep_family_find(entry_point);
    uint64_t bit = family != NULL ? KPSA_EP_BIT(family->ep) : 0;

    for (size_t k = 0; k < KPSA_MF_COUNT(context_props); k++) {
        size_t size = 0;
        memcpy(&size, (const char *)&m->context_sizes + context_props[k].offset, sizeof(size));
        if ((context_users[k] & bit) != 0 && size == 0) {
            return context_props[k].name;
        }
    }
    return NULL;
}

/* A multipart family needs the size of its context (known only once the
 * whole top level has been read). */
static psa_status_t check_context_sizes(struct kpsa_mf *p, json_object *root)
{
    json_object *caps = NULL;

    json_object_object_get_ex(root, "capabilities", &caps);
    for (size_t i = 0; i < p->m->capability_count; i++) {
        json_object *eps = NULL;
        json_object_object_get_ex(json_object_array_get_idx(caps, i), "entry_points", &eps);
        for (size_t j = 0; j < json_object_array_length(eps); j++) {
            const char *name = json_object_get_string(json_object_array_get_idx(eps, j));
            const char *context = missing_context(p->m, name);
            if (context != NULL) {
                kpsa_mf_push_key(p, "capabilities");
                kpsa_mf_push_index(p, i);
                kpsa_mf_push_key(p, "entry_points");
                kpsa_mf_push_index(p, j);
                return kpsa_mf_fail(p, "\"%s\" needs \"kpsa/context_sizes\": {\"%s\": <bytes>}",
                                    name, context);
            }
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t validate_disabling(struct kpsa_mf *p, json_object *root)
{
    p->disabling = true;
    /* The first three rows of top_props: type is refused like the rest. */
    return kpsa_mf_walk(p, root, top_props + P_PREFIX, P_CAPABILITIES - P_PREFIX, p->m);
}

static psa_status_t validate(struct kpsa_mf *p, json_object *root)
{
    static const unsigned required[] = {P_PREFIX, P_CAPABILITIES, P_MODULE, P_ABI};
    static const unsigned opaque_required[] = {P_LOCATION, P_KEY_CONTEXT};
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    /* Whether the manifest only disables another, and the driver type,
     * decide which other properties are permitted. */
    status = kpsa_mf_visit(p, root, &top_props[P_DISABLED], p->m, false);
    if (status != PSA_SUCCESS || p->m->disabled) {
        return status != PSA_SUCCESS ? status : validate_disabling(p, root);
    }
    status = kpsa_mf_visit(p, root, &top_props[P_TYPE], p->m, true);
    if (status == PSA_SUCCESS) {
        status = kpsa_mf_walk(p, root, top_props, KPSA_MF_COUNT(top_props), p->m);
    }
    for (size_t i = 0; status == PSA_SUCCESS && i < KPSA_MF_COUNT(required); i++) {
        status = kpsa_mf_require(p, root, top_props[required[i]].name);
    }
    for (size_t i = 0; status == PSA_SUCCESS && p->m->type == KPSA_DRIVER_OPAQUE &&
                       i < KPSA_MF_COUNT(opaque_required);
         i++) {
        status = kpsa_mf_require(p, root, top_props[opaque_required[i]].name);
    }
    return status == PSA_SUCCESS ? check_context_sizes(p, root) : status;
}

/* ---------------------------------------------------------------------- */
/* JSON text                                                              */
/* ---------------------------------------------------------------------- */

#define SPACE " \t\r\n"

static psa_status_t syntax_error(struct kpsa_mf *p, const char *text, size_t offset,
                                 const char *what)
{
    size_t line = 1;
    size_t column = 1;

    for (size_t i = 0; i < offset; i++) {
        line += text[i] == '\n';
        column = text[i] == '\n' ? 1 : column + 1;
    }
    return kpsa_mf_fail(p, "malformed JSON at line %zu, column %zu: %s", line, column, what);
}

static psa_status_t tokenize(struct kpsa_mf *p, const char *text, size_t length, json_object **root)
{
    json_tokener *tok = json_tokener_new_ex(KPSA_MANIFEST_MAX_DEPTH);
    enum json_tokener_error error = json_tokener_success;
    size_t end = 0;

    if (tok == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8 |
                                    JSON_TOKENER_ALLOW_TRAILING_CHARS);
    *root = json_tokener_parse_ex(tok, text, (int)length);
    error = json_tokener_get_error(tok);
    end = json_tokener_get_parse_end(tok);
    json_tokener_free(tok);
    if (*root == NULL && error == json_tokener_continue) {
        return kpsa_mf_fail(p, "unexpected end of file (truncated JSON)");
    }
    if (*root == NULL && error == json_tokener_error_depth) {
        return kpsa_mf_fail(p, "JSON nested too deeply (limit %d)", KPSA_MANIFEST_MAX_DEPTH);
    }
    if (*root == NULL) {
        return syntax_error(p, text, end < length ? end : length, json_tokener_error_desc(error));
    }
    while (end < length && strchr(SPACE, text[end]) != NULL) {
        end++;
    }
    if (end < length) {
        return syntax_error(p, text, end, "data after the JSON value");
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_manifest_parse(const char *file, const char *text, size_t length,
                                 struct kpsa_manifest **manifest, struct kpsa_diag *diag)
{
    struct kpsa_diag scratch;
    struct kpsa_mf p = {diag != NULL ? diag : &scratch, NULL, "$", 1, false};
    json_object *root = NULL;
    size_t blank = 0;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    memset(p.diag, 0, sizeof(*p.diag));
    snprintf(p.diag->file, sizeof(p.diag->file), "%s", file != NULL ? file : "");
    KPSA_CHECK(manifest != NULL && (text != NULL || length == 0),
               kpsa_mf_fail(&p, "no manifest text"));
    *manifest = NULL;
    p.m = calloc(1, sizeof(*p.m));
    KPSA_CHECK(p.m != NULL, kpsa_mf_out_of_memory(&p));
    KPSA_TRY(kpsa_mf_strdup(&p, file != NULL ? file : "", &p.m->file));
    KPSA_CHECK(
        length <= KPSA_MANIFEST_MAX_SIZE,
        kpsa_mf_fail(&p, "file too large (%zu bytes, limit %d)", length, KPSA_MANIFEST_MAX_SIZE));
    KPSA_CHECK(length == 0 || memchr(text, '\0', length) == NULL,
               kpsa_mf_fail(&p, "NUL byte at offset %zu",
                            (size_t)((const char *)memchr(text, '\0', length) - text)));
    while (blank < length && strchr(SPACE, text[blank]) != NULL) {
        blank++;
    }
    KPSA_CHECK(blank < length, kpsa_mf_fail(&p, "empty file (expected a JSON object)"));
    KPSA_TRY(tokenize(&p, text, length, &root));
    KPSA_CHECK(json_object_is_type(root, json_type_object),
               kpsa_mf_fail(&p, "expected a JSON object at the top level"));
    KPSA_TRY(kpsa_mf_no_duplicates(&p, text, length));
    KPSA_TRY(validate(&p, root));
    *manifest = p.m;
    p.m = NULL;
    status = PSA_SUCCESS;
exit:
    json_object_put(root);
    kpsa_manifest_free(p.m);
    return status;
}

void kpsa_manifest_free(struct kpsa_manifest *manifest)
{
    if (manifest == NULL) {
        return;
    }
    for (size_t i = 0; i < manifest->capability_count; i++) {
        struct kpsa_manifest_capability *cap = &manifest->capabilities[i];
        for (size_t j = 0; j < cap->name_count; j++) {
            free(cap->name_keys[j]);
            free(cap->name_values[j]);
        }
        free(cap->name_keys);
        free(cap->name_values);
        free(cap->key_sizes);
        free(cap->key_types);
        free(cap->algorithms);
    }
    free(manifest->capabilities);
    free(manifest->key_context_size_function);
    free(manifest->module);
    free(manifest->prefix);
    free(manifest->file);
    free(manifest);
}

bool kpsa_manifest_symbol(const struct kpsa_manifest *manifest,
                          const struct kpsa_manifest_capability *capability, const char *function,
                          char *buf, size_t size)
{
    int n = -1;

    for (size_t i = 0; capability != NULL && i < capability->name_count; i++) {
        if (strcmp(capability->name_keys[i], function) == 0) {
            n = snprintf(buf, size, "%s", capability->name_values[i]);
            return n >= 0 && (size_t)n < size;
        }
    }
    if (manifest->prefix == NULL) {
        return false;
    }
    n = snprintf(buf, size, "%s_%s", manifest->prefix, function);
    return n >= 0 && (size_t)n < size;
}
