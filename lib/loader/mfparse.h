/*
 * mfparse.h - internals of the manifest parser (manifest.c, mfjson.c,
 * mfcaps.c); nothing outside lib/loader/ uses them.
 *
 * A parse walks the json-c tree with one table of properties per kind of
 * object (struct kpsa_mf_prop).  Every helper that finds a problem records
 * the one diagnostic (the current JSON path and a message) and returns
 * PSA_ERROR_INVALID_ARGUMENT, or PSA_ERROR_INSUFFICIENT_MEMORY; callers
 * return that status at once, so the first problem found is the one reported.
 * A parse is used by one thread.
 */
#ifndef KPSA_LOADER_MFPARSE_H
#define KPSA_LOADER_MFPARSE_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "loader/manifest.h"

/* One parse: the manifest being built and where in the JSON we are. */
struct kpsa_mf {
    struct kpsa_diag *diag;
    struct kpsa_manifest *m;
    char path[sizeof(((struct kpsa_diag *)0)->path)];
    size_t path_len;
    bool disabling; /* "kpsa/disabled": true: only a few properties allowed */
};

struct kpsa_mf_prop;
typedef psa_status_t (*kpsa_mf_fn)(struct kpsa_mf *p, json_object *v, void *target,
                                   const struct kpsa_mf_prop *prop);

/* A property of one kind of object: its handler, and where it stores. */
struct kpsa_mf_prop {
    const char *name;
    kpsa_mf_fn fn;
    size_t offset; /* into the handler's target, for the generic handlers */
    size_t max;    /* for the generic integer handlers */
    bool opaque;   /* only permitted for opaque drivers */
};

#define KPSA_MF_COUNT(table)              (sizeof(table) / sizeof((table)[0]))
#define KPSA_MF_FIELD(target, prop, type) ((type *)(void *)((char *)(target) + (prop)->offset))

/* Record the diagnostic at the current path; returns PSA_ERROR_INVALID_ARGUMENT. */
psa_status_t kpsa_mf_fail(struct kpsa_mf *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Record "out of memory"; returns PSA_ERROR_INSUFFICIENT_MEMORY. */
psa_status_t kpsa_mf_out_of_memory(struct kpsa_mf *p);
/* s quoted and escaped for a diagnostic (control characters, non-ASCII
 * bytes, quotes and backslashes as \xNN; shortened with "..." to fit);
 * returns buf. */
const char *kpsa_mf_quote(const char *s, char *buf, size_t size);

/* Extend the path with .key / ["key"] or [index]; kpsa_mf_pop(p, mark)
 * with the returned mark restores it.  Overlong paths stay truncated. */
size_t kpsa_mf_push_key(struct kpsa_mf *p, const char *key);
size_t kpsa_mf_push_index(struct kpsa_mf *p, size_t index);
void kpsa_mf_pop(struct kpsa_mf *p, size_t mark);

/* Typed values; each fails with "expected ..." on the wrong JSON type. */
psa_status_t kpsa_mf_want(struct kpsa_mf *p, json_object *v, json_type type);
/* A string without NUL characters; *s lives as long as v. */
psa_status_t kpsa_mf_string(struct kpsa_mf *p, json_object *v, const char **s);
psa_status_t kpsa_mf_int(struct kpsa_mf *p, json_object *v, int64_t min, int64_t max, int64_t *out);
/* A C identifier of at most max characters. */
psa_status_t kpsa_mf_identifier(struct kpsa_mf *p, json_object *v, size_t max, const char **s);
/* The specification's "integer or string": an integer, or a string holding
 * a decimal or hexadecimal literal, in min..max. */
psa_status_t kpsa_mf_size(struct kpsa_mf *p, json_object *v, uint64_t min, uint64_t max,
                          uint64_t *out);
/* An array of 1..limit elements. */
psa_status_t kpsa_mf_array(struct kpsa_mf *p, json_object *v, size_t limit, size_t *count);
/* Replace *out with a copy of s. */
psa_status_t kpsa_mf_strdup(struct kpsa_mf *p, const char *s, char **out);

/* Objects: every member of obj through the table row of its name; "_comment"
 * must be a string, other implementations' "<name>/..." members are ignored,
 * anything else is an error (kpsa_mf_other). */
psa_status_t kpsa_mf_walk(struct kpsa_mf *p, json_object *obj, const struct kpsa_mf_prop *props,
                          size_t count, void *target);
/* kpsa_mf_want(object) then kpsa_mf_walk. */
psa_status_t kpsa_mf_object(struct kpsa_mf *p, json_object *v, const struct kpsa_mf_prop *props,
                            size_t count, void *target);
psa_status_t kpsa_mf_other(struct kpsa_mf *p, const char *key, json_object *v);
/* Run one row's handler ahead of the walk (members others depend on);
 * a missing member is an error if required. */
psa_status_t kpsa_mf_visit(struct kpsa_mf *p, json_object *obj, const struct kpsa_mf_prop *prop,
                           void *target, bool required);
psa_status_t kpsa_mf_require(struct kpsa_mf *p, json_object *obj, const char *name);

/* Generic handlers, storing at target + prop->offset: a size_t from
 * kpsa_mf_size (0..max), a size_t from an integer in 1..max or 0..max, a bool. */
psa_status_t kpsa_mf_h_size(struct kpsa_mf *p, json_object *v, void *target,
                            const struct kpsa_mf_prop *prop);
psa_status_t kpsa_mf_h_positive(struct kpsa_mf *p, json_object *v, void *target,
                                const struct kpsa_mf_prop *prop);
psa_status_t kpsa_mf_h_count(struct kpsa_mf *p, json_object *v, void *target,
                             const struct kpsa_mf_prop *prop);
psa_status_t kpsa_mf_h_bool(struct kpsa_mf *p, json_object *v, void *target,
                            const struct kpsa_mf_prop *prop);

/* Reject duplicate property names (and names with NUL characters) in text,
 * which json-c has already accepted as JSON. */
psa_status_t kpsa_mf_no_duplicates(struct kpsa_mf *p, const char *text, size_t length);

/* The "capabilities" handler (mfcaps.c); target is the manifest. */
psa_status_t kpsa_mf_capabilities(struct kpsa_mf *p, json_object *v, void *target,
                                  const struct kpsa_mf_prop *prop);

#endif /* KPSA_LOADER_MFPARSE_H */
