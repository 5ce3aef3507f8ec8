/*
 * mfjson.c - the manifest parser's JSON toolkit: diagnostics with JSON paths,
 * typed values, table-driven objects, and the duplicate-name scan.
 */
#include "config.h"

#include "loader/mfparse.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IDENT_FIRST "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
#define IDENT_REST  IDENT_FIRST "0123456789"

/* ---------------------------------------------------------------------- */
/* Diagnostics and the JSON path                                          */
/* ---------------------------------------------------------------------- */

psa_status_t kpsa_mf_fail(struct kpsa_mf *p, const char *fmt, ...)
{
    va_list ap;

    snprintf(p->diag->path, sizeof(p->diag->path), "%s", p->path);
    va_start(ap, fmt);
    vsnprintf(p->diag->message, sizeof(p->diag->message), fmt, ap);
    va_end(ap);
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t kpsa_mf_out_of_memory(struct kpsa_mf *p)
{
    kpsa_mf_fail(p, "out of memory");
    return PSA_ERROR_INSUFFICIENT_MEMORY;
}

const char *kpsa_mf_quote(const char *s, char *buf, size_t size)
{
    size_t n = 0;

    buf[n++] = '"';
    /* Room for one escape, "..." and the closing quote. */
    for (; *s != '\0' && n + 9 < size; s++) {
        unsigned char ch = (unsigned char)*s;
        /* Non-ASCII too: C1 controls and bidirectional marks are UTF-8. */
        if (ch < 0x20 || ch >= 0x7f || ch == '"' || ch == '\\') {
            n += (size_t)snprintf(buf + n, size - n, "\\x%02x", ch);
        } else {
            buf[n++] = (char)ch;
        }
    }
    snprintf(buf + n, size - n, "%s\"", *s != '\0' ? "..." : "");
    return buf;
}

static size_t append(struct kpsa_mf *p, int n, size_t mark)
{
    size_t room = sizeof(p->path) - mark;

    /* A path too long for the diagnostic stays truncated. */
    p->path_len = n < 0 || (size_t)n >= room ? sizeof(p->path) - 1 : mark + (size_t)n;
    return mark;
}

size_t kpsa_mf_push_key(struct kpsa_mf *p, const char *key)
{
    char buf[64];
    size_t mark = p->path_len;
    size_t room = sizeof(p->path) - mark;

    if (key[0] != '\0' && key[strspn(key, IDENT_REST "/-")] == '\0') {
        return append(p, snprintf(p->path + mark, room, ".%s", key), mark);
    }
    return append(p, snprintf(p->path + mark, room, "[%s]", kpsa_mf_quote(key, buf, sizeof(buf))),
                  mark);
}

size_t kpsa_mf_push_index(struct kpsa_mf *p, size_t index)
{
    size_t mark = p->path_len;

    return append(p, snprintf(p->path + mark, sizeof(p->path) - mark, "[%zu]", index), mark);
}

void kpsa_mf_pop(struct kpsa_mf *p, size_t mark)
{
    p->path_len = mark;
    p->path[mark] = '\0';
}

/* ---------------------------------------------------------------------- */
/* Typed values                                                           */
/* ---------------------------------------------------------------------- */

psa_status_t kpsa_mf_want(struct kpsa_mf *p, json_object *v, json_type type)
{
    static const char *const names[] = {
        [json_type_null] = "null",        [json_type_boolean] = "a boolean",
        [json_type_double] = "a number",  [json_type_int] = "an integer",
        [json_type_object] = "an object", [json_type_array] = "an array",
        [json_type_string] = "a string",
    };

    if (!json_object_is_type(v, type)) {
        return kpsa_mf_fail(p, "expected %s", names[type]);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_string(struct kpsa_mf *p, json_object *v, const char **s)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_string);

    if (status != PSA_SUCCESS) {
        return status;
    }
    *s = json_object_get_string(v);
    if (strlen(*s) != (size_t)json_object_get_string_len(v)) {
        return kpsa_mf_fail(p, "string contains a NUL character");
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_int(struct kpsa_mf *p, json_object *v, int64_t min, int64_t max, int64_t *out)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_int);

    if (status != PSA_SUCCESS) {
        return status;
    }
    /* json-c saturates integers beyond 64 bits; those are out of range here. */
    *out = json_object_get_int64(v);
    if (*out < min || *out > max) {
        return kpsa_mf_fail(p, "integer out of range (%lld..%lld)", (long long)min, (long long)max);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_identifier(struct kpsa_mf *p, json_object *v, size_t max, const char **s)
{
    char buf[64];
    psa_status_t status = kpsa_mf_string(p, v, s);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (strchr(IDENT_FIRST, (*s)[0]) == NULL || (*s)[0] == '\0' ||
        (*s)[strspn(*s, IDENT_REST)] != '\0') {
        return kpsa_mf_fail(p, "%s is not a valid C identifier",
                            kpsa_mf_quote(*s, buf, sizeof(buf)));
    }
    if (strlen(*s) > max) {
        return kpsa_mf_fail(p, "identifier too long (limit %zu characters)", max);
    }
    return PSA_SUCCESS;
}

/* A decimal or hexadecimal literal without sign, suffix or leading zero. */
static bool parse_literal(const char *s, uint64_t *value)
{
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    const char *digits = hex ? s + 2 : s;
    size_t n = strspn(digits, hex ? "0123456789abcdefABCDEF" : "0123456789");
    char *end = NULL;

    if (n == 0 || digits[n] != '\0' || (!hex && n > 1 && s[0] == '0')) {
        return false;
    }
    errno = 0;
    *value = strtoull(s, &end, hex ? 16 : 10);
    return errno == 0 && end != NULL && *end == '\0';
}

psa_status_t kpsa_mf_size(struct kpsa_mf *p, json_object *v, uint64_t min, uint64_t max,
                          uint64_t *out)
{
    const char *s = NULL;
    char buf[64];
    int64_t i = 0;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (json_object_is_type(v, json_type_int)) {
        status = kpsa_mf_int(p, v, (int64_t)min, (int64_t)max, &i);
        *out = (uint64_t)i;
        return status;
    }
    if (!json_object_is_type(v, json_type_string)) {
        return kpsa_mf_fail(p, "expected an integer or a string");
    }
    status = kpsa_mf_string(p, v, &s);
    if (status != PSA_SUCCESS) {
        return status;
    }
    /* Other C constant expressions (sizeof ...) need a compiler. */
    if (!parse_literal(s, out)) {
        return kpsa_mf_fail(p,
                            "%s is not a decimal or hexadecimal number (C expressions are "
                            "not supported at run time)",
                            kpsa_mf_quote(s, buf, sizeof(buf)));
    }
    if (*out < min || *out > max) {
        return kpsa_mf_fail(p, "value out of range (%llu..%llu)", (unsigned long long)min,
                            (unsigned long long)max);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_array(struct kpsa_mf *p, json_object *v, size_t limit, size_t *count)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_array);

    if (status != PSA_SUCCESS) {
        return status;
    }
    *count = json_object_array_length(v);
    if (*count == 0) {
        return kpsa_mf_fail(p, "must not be empty (omit the property instead)");
    }
    if (*count > limit) {
        return kpsa_mf_fail(p, "too many elements (limit %zu)", limit);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_strdup(struct kpsa_mf *p, const char *s, char **out)
{
    free(*out);
    *out = strdup(s);
    return *out != NULL ? PSA_SUCCESS : kpsa_mf_out_of_memory(p);
}

/* ---------------------------------------------------------------------- */
/* Objects                                                                */
/* ---------------------------------------------------------------------- */

psa_status_t kpsa_mf_other(struct kpsa_mf *p, const char *key, json_object *v)
{
    const char *slash = strchr(key, '/');
    const char *comment = NULL;
    char buf[64];

    if (strcmp(key, "_comment") == 0) {
        return kpsa_mf_string(p, v, &comment);
    }
    if (p->disabling) {
        return kpsa_mf_fail(p, "a disabling manifest may only contain \"kpsa/disabled\", "
                               "\"prefix\" and \"_comment\"");
    }
    if (slash == NULL || slash == key) {
        return kpsa_mf_fail(p, "unknown property %s", kpsa_mf_quote(key, buf, sizeof(buf)));
    }
    if (strncmp(key, "kpsa/", 5) == 0) {
        return kpsa_mf_fail(p, "unknown kpsa property %s", kpsa_mf_quote(key, buf, sizeof(buf)));
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_walk(struct kpsa_mf *p, json_object *obj, const struct kpsa_mf_prop *props,
                          size_t count, void *target)
{
    json_object_object_foreach(obj, key, v)
    {
        size_t mark = kpsa_mf_push_key(p, key);
        const struct kpsa_mf_prop *prop = NULL;
        psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

        for (size_t i = 0; i < count && prop == NULL; i++) {
            prop = strcmp(props[i].name, key) == 0 ? &props[i] : NULL;
        }
        if (prop == NULL) {
            status = kpsa_mf_other(p, key, v);
        } else if (prop->opaque && p->m->type != KPSA_DRIVER_OPAQUE) {
            status = kpsa_mf_fail(p, "not permitted for transparent drivers");
        } else {
            status = prop->fn(p, v, target, prop);
        }
        if (status != PSA_SUCCESS) {
            return status;
        }
        kpsa_mf_pop(p, mark);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_object(struct kpsa_mf *p, json_object *v, const struct kpsa_mf_prop *props,
                            size_t count, void *target)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_object);

    return status != PSA_SUCCESS ? status : kpsa_mf_walk(p, v, props, count, target);
}

psa_status_t kpsa_mf_require(struct kpsa_mf *p, json_object *obj, const char *name)
{
    if (!json_object_object_get_ex(obj, name, NULL)) {
        return kpsa_mf_fail(p, "missing property \"%s\"", name);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_visit(struct kpsa_mf *p, json_object *obj, const struct kpsa_mf_prop *prop,
                           void *target, bool required)
{
    json_object *v = NULL;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t mark = 0;

    if (!json_object_object_get_ex(obj, prop->name, &v)) {
        return required ? kpsa_mf_require(p, obj, prop->name) : PSA_SUCCESS;
    }
    mark = kpsa_mf_push_key(p, prop->name);
    status = prop->fn(p, v, target, prop);
    if (status == PSA_SUCCESS) {
        kpsa_mf_pop(p, mark);
    }
    return status;
}

psa_status_t kpsa_mf_h_size(struct kpsa_mf *p, json_object *v, void *target,
                            const struct kpsa_mf_prop *prop)
{
    uint64_t value = 0;
    psa_status_t status = kpsa_mf_size(p, v, 0, prop->max, &value);

    *KPSA_MF_FIELD(target, prop, size_t) = (size_t)value;
    return status;
}

static psa_status_t integer_at(struct kpsa_mf *p, json_object *v, void *target,
                               const struct kpsa_mf_prop *prop, int64_t min)
{
    int64_t value = 0;
    psa_status_t status = kpsa_mf_int(p, v, min, (int64_t)prop->max, &value);

    *KPSA_MF_FIELD(target, prop, size_t) = (size_t)value;
    return status;
}

psa_status_t kpsa_mf_h_positive(struct kpsa_mf *p, json_object *v, void *target,
                                const struct kpsa_mf_prop *prop)
{
    return integer_at(p, v, target, prop, 1);
}

psa_status_t kpsa_mf_h_count(struct kpsa_mf *p, json_object *v, void *target,
                             const struct kpsa_mf_prop *prop)
{
    return integer_at(p, v, target, prop, 0);
}

psa_status_t kpsa_mf_h_bool(struct kpsa_mf *p, json_object *v, void *target,
                            const struct kpsa_mf_prop *prop)
{
    psa_status_t status = kpsa_mf_want(p, v, json_type_boolean);

    *KPSA_MF_FIELD(target, prop, bool) = status == PSA_SUCCESS && json_object_get_boolean(v);
    return status;
}

/* ---------------------------------------------------------------------- */
/* Duplicate property names                                               */
/* ---------------------------------------------------------------------- */

/*
 * json-c keeps the last of two members with the same name, and cuts names at
 * a \u0000 escape, so {"type": "opaque", "type": "transparent"} would mean
 * something else to another reader of the file.  This scan walks the text
 * json-c has accepted (so it is well-formed and at most
 * KPSA_MANIFEST_MAX_DEPTH deep) and compares the names of each object.
 */
struct scan {
    struct kpsa_mf *p;
    const char *s;
    const char *end;
    json_tokener *tok; /* decodes one name at a time */
};

static void skip_space(struct scan *sc)
{
    while (sc->s < sc->end && strchr(" \t\r\n", *sc->s) != NULL && *sc->s != '\0') {
        sc->s++;
    }
}

/* Past the string token at the cursor; returns its start. */
static const char *skip_string(struct scan *sc)
{
    const char *start = sc->s++;

    while (sc->s < sc->end && *sc->s != '"') {
        sc->s += *sc->s == '\\' ? 2 : 1;
    }
    sc->s = sc->s < sc->end ? sc->s + 1 : sc->end;
    return start;
}

static psa_status_t scan_value(struct scan *sc, unsigned depth);

/* Decode the name token [start, sc->s) and compare it with the n before it. */
static psa_status_t check_name(struct scan *sc, const char *start, json_object **names, size_t n)
{
    char buf[64];
    json_object *name = NULL;
    const char *s = NULL;

    json_tokener_reset(sc->tok);
    name = json_tokener_parse_ex(sc->tok, start, (int)(sc->s - start));
    names[n] = name;
    if (name == NULL || !json_object_is_type(name, json_type_string)) {
        return kpsa_mf_fail(sc->p, "malformed property name");
    }
    s = json_object_get_string(name);
    if (strlen(s) != (size_t)json_object_get_string_len(name)) {
        return kpsa_mf_fail(sc->p, "property name contains a NUL character");
    }
    for (size_t i = 0; i < n; i++) {
        if (strcmp(json_object_get_string(names[i]), s) == 0) {
            return kpsa_mf_fail(sc->p, "duplicate property %s", kpsa_mf_quote(s, buf, sizeof(buf)));
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t scan_members(struct scan *sc, unsigned depth, json_object **names)
{
    psa_status_t status = PSA_SUCCESS;
    size_t n = 0;

    for (skip_space(sc); sc->s < sc->end && *sc->s == '"'; n++) {
        const char *start = skip_string(sc);
        size_t mark = 0;
        if (n == KPSA_MANIFEST_MAX_ITEMS) {
            return kpsa_mf_fail(sc->p, "too many properties (limit %d)", KPSA_MANIFEST_MAX_ITEMS);
        }
        status = check_name(sc, start, names, n);
        if (status != PSA_SUCCESS) {
            return status;
        }
        mark = kpsa_mf_push_key(sc->p, json_object_get_string(names[n]));
        skip_space(sc);
        sc->s += sc->s < sc->end; /* ':' */
        status = scan_value(sc, depth);
        if (status != PSA_SUCCESS) {
            return status;
        }
        kpsa_mf_pop(sc->p, mark);
        skip_space(sc);
        if (sc->s >= sc->end || *sc->s != ',') {
            break;
        }
        sc->s++;
        skip_space(sc);
    }
    sc->s += sc->s < sc->end; /* '}' */
    return PSA_SUCCESS;
}

static psa_status_t scan_object(struct scan *sc, unsigned depth)
{
    json_object **names = calloc(KPSA_MANIFEST_MAX_ITEMS + 1, sizeof(*names));
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (names == NULL) {
        return kpsa_mf_out_of_memory(sc->p);
    }
    sc->s++; /* '{' */
    status = scan_members(sc, depth, names);
    for (size_t i = 0; i <= KPSA_MANIFEST_MAX_ITEMS; i++) {
        json_object_put(names[i]);
    }
    free(names);
    return status;
}

/* A number, true, false or null: json-c also takes NaN and Infinity, which
 * are not JSON. */
static psa_status_t scan_literal(struct scan *sc)
{
    const char *start = sc->s;
    size_t n = 0;
    bool number = false;

    while (sc->s < sc->end && strchr(",]} \t\r\n", *sc->s) == NULL) {
        sc->s++;
    }
    n = (size_t)(sc->s - start);
    number = (start[0] >= '0' && start[0] <= '9') ||
             (n > 1 && start[0] == '-' && start[1] >= '0' && start[1] <= '9');
    if (!number && !(n == 4 && memcmp(start, "true", 4) == 0) &&
        !(n == 5 && memcmp(start, "false", 5) == 0) && !(n == 4 && memcmp(start, "null", 4) == 0)) {
        return kpsa_mf_fail(sc->p, "not a JSON value (NaN and Infinity are not JSON numbers)");
    }
    return PSA_SUCCESS;
}

static psa_status_t scan_value(struct scan *sc, unsigned depth)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    skip_space(sc);
    if (depth > KPSA_MANIFEST_MAX_DEPTH) {
        return kpsa_mf_fail(sc->p, "JSON nested too deeply (limit %d)", KPSA_MANIFEST_MAX_DEPTH);
    }
    if (sc->s >= sc->end) {
        return PSA_SUCCESS;
    }
    if (*sc->s == '{') {
        return scan_object(sc, depth + 1);
    }
    if (*sc->s == '"') {
        skip_string(sc);
        return PSA_SUCCESS;
    }
    if (*sc->s != '[') {
        return scan_literal(sc);
    }
    sc->s++;
    skip_space(sc);
    for (size_t i = 0; sc->s < sc->end && *sc->s != ']'; i++) {
        size_t mark = kpsa_mf_push_index(sc->p, i);
        status = scan_value(sc, depth + 1);
        if (status != PSA_SUCCESS) {
            return status;
        }
        kpsa_mf_pop(sc->p, mark);
        skip_space(sc);
        if (sc->s >= sc->end || *sc->s != ',') {
            break;
        }
        sc->s++;
    }
    sc->s += sc->s < sc->end; /* ']' */
    return PSA_SUCCESS;
}

psa_status_t kpsa_mf_no_duplicates(struct kpsa_mf *p, const char *text, size_t length)
{
    struct scan sc = {p, text, text + length, json_tokener_new()};
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (sc.tok == NULL) {
        return kpsa_mf_out_of_memory(p);
    }
    status = scan_value(&sc, 0);
    json_tokener_free(sc.tok);
    return status;
}
