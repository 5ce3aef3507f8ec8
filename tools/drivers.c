/*
 * drivers.c - "kpsa drivers", "kpsa which" and "kpsa check": what the library
 * found and loaded, who serves a call, and whether a manifest is valid.
 */
#include "config.h"

#include "tool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kpsa/kpsa.h>

/* Lists wrap before this column. */
#define WRAP_COLUMN 100
#define ITEM_SIZE   260

/* ---- kpsa drivers ------------------------------------------------------- */

static const char *const list_labels[] = {"entry points", "algorithms", "key types", "key sizes"};

/* One list of a capability on one (wrapped) line group: "any" when empty. */
static void print_list(size_t position, size_t capability, enum kpsa_capability_list list,
                       size_t count)
{
    char item[ITEM_SIZE];
    int column = printf("      %-13s", list_labels[list]);

    if (count == 0) {
        printf(" any\n");
        return;
    }
    for (size_t i = 0; i < count; i++) {
        if (kpsa_capability_item(position, capability, list, i, item, sizeof(item)) !=
            PSA_SUCCESS) {
            snprintf(item, sizeof(item), "?");
        }
        if (column + 1 + (int)strlen(item) > WRAP_COLUMN && i > 0) {
            printf("\n");
            column = printf("      %-13s", "");
        }
        column += printf(" %s", item);
    }
    printf("\n");
}

static void print_capabilities(size_t position)
{
    struct kpsa_capability_info info;
    size_t count = kpsa_capability_count(position);

    for (size_t c = 0; c < count; c++) {
        if (kpsa_capability_get(position, c, &info) != PSA_SUCCESS) {
            continue;
        }
        printf("   capability %zu%s\n", c, info.fallback ? " (fallback)" : "");
        print_list(position, c, KPSA_CAPABILITY_ENTRY_POINTS, info.entry_point_count);
        print_list(position, c, KPSA_CAPABILITY_ALGORITHMS, info.algorithm_count);
        print_list(position, c, KPSA_CAPABILITY_KEY_TYPES, info.key_type_count);
        print_list(position, c, KPSA_CAPABILITY_KEY_SIZES, info.key_size_count);
    }
}

static void print_manifest(const char *mark, const struct kpsa_manifest_info *m)
{
    if (m->prefix == NULL) {
        /* Never parsed (unreadable, invalid, or set aside by an override). */
        printf("%-3s?\n", mark);
    } else {
        printf("%-3s%s (%s", mark, m->prefix, m->opaque ? "opaque" : "transparent");
        if (m->opaque) {
            printf(", location 0x%06x", (unsigned)m->location);
        }
        printf(", priority %d)\n", m->priority);
    }
    printf("   manifest  %s\n", m->manifest);
    printf("   module    %s\n", m->module != NULL ? m->module : "-");
    if (m->loaded) {
        printf("   status    loaded\n");
    } else {
        printf("   status    %s: %s\n", m->disabled ? "not used" : "rejected",
               m->reason != NULL ? m->reason : "?");
    }
}

/* The manifest of the driver at a chain position; false for the built-in one. */
static int find_manifest(size_t position, struct kpsa_manifest_info *info)
{
    size_t count = kpsa_manifest_count();

    for (size_t i = 0; i < count; i++) {
        if (kpsa_manifest_get(i, info) == PSA_SUCCESS && info->loaded &&
            info->position == (int)position) {
            return 1;
        }
    }
    return 0;
}

static void print_chain(void)
{
    struct kpsa_manifest_info info;
    struct kpsa_driver_info driver;
    char mark[24];

    for (size_t pos = 0; pos < kpsa_driver_count(); pos++) {
        if (kpsa_driver_get(pos, &driver) != PSA_SUCCESS) {
            continue;
        }
        snprintf(mark, sizeof(mark), "%zu", pos);
        if (find_manifest(pos, &info)) {
            print_manifest(mark, &info);
        } else {
            printf("%-3s%s (%s, always last)\n", mark, driver.prefix,
                   driver.opaque ? "opaque" : "transparent");
            printf("   manifest  (built in)\n   module    (libkpsa)\n   status    loaded\n");
        }
        print_capabilities(pos);
    }
}

int tool_drivers(int argc, char **argv)
{
    struct kpsa_manifest_info info;
    size_t count;

    if (argc > 1) {
        fprintf(stderr, "kpsa drivers: no arguments expected\n");
        return TOOL_EXIT_USAGE;
    }
    if (tool_init("drivers") != PSA_SUCCESS) {
        return TOOL_EXIT_FAILURE;
    }
    count = kpsa_manifest_count();
    printf("%zu driver(s) in the chain, %zu manifest(s) considered\n\n", kpsa_driver_count(),
           count);
    print_chain();
    for (size_t i = 0; i < count; i++) {
        if (kpsa_manifest_get(i, &info) == PSA_SUCCESS && !info.loaded) {
            print_manifest("-", &info);
        }
    }
    return TOOL_EXIT_OK;
}

/* ---- kpsa which --------------------------------------------------------- */

/* A decimal, hexadecimal (0x) or octal number up to max, and nothing else. */
static int parse_number(const char *text, unsigned long max, unsigned long *value)
{
    char *end = NULL;

    errno = 0;
    *value = strtoul(text, &end, 0);
    return text[0] >= '0' && text[0] <= '9' && errno == 0 && *end == '\0' && *value <= max;
}

static int parse_alg(const char *text, psa_algorithm_t *alg)
{
    char error[128];
    unsigned long value;

    if (text[0] >= '0' && text[0] <= '9') {
        if (parse_number(text, 0xffffffffUL, &value)) {
            *alg = (psa_algorithm_t)value;
            return 1;
        }
        fprintf(stderr, "kpsa which: '%s': not an algorithm\n", text);
        return 0;
    }
    if (kpsa_algorithm_parse(text, alg, error, sizeof(error)) != PSA_SUCCESS) {
        fprintf(stderr, "kpsa which: '%s': %s\n", text, error);
        return 0;
    }
    return 1;
}

static int parse_key_type(const char *text, psa_key_type_t *type)
{
    char error[128];
    unsigned long value;

    if (text[0] >= '0' && text[0] <= '9') {
        if (parse_number(text, 0xffffUL, &value)) {
            *type = (psa_key_type_t)value;
            return 1;
        }
        fprintf(stderr, "kpsa which: '%s': not a key type\n", text);
        return 0;
    }
    if (kpsa_key_type_parse(text, type, error, sizeof(error)) != PSA_SUCCESS) {
        fprintf(stderr, "kpsa which: '%s': %s\n", text, error);
        return 0;
    }
    return 1;
}

struct which_args {
    const char *entry_point;
    const char *alg_text;
    const char *type_text;
    psa_algorithm_t alg;
    psa_key_type_t key_type;
    unsigned long bits;
    unsigned long location;
};

static int parse_which(int argc, char **argv, struct which_args *a)
{
    int i = 1;

    memset(a, 0, sizeof(*a));
    if (argc > 2 && (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "--location") == 0)) {
        if (!parse_number(argv[2], 0xffffffUL, &a->location)) {
            fprintf(stderr, "kpsa which: '%s': not a key location\n", argv[2]);
            return 0;
        }
        i = 3;
    }
    if (argc - i != 2 && argc - i != 4) {
        fprintf(stderr, "usage: kpsa which [-l location] <entry_point> <algorithm> "
                        "[<key type> <bits>]\n");
        return 0;
    }
    a->entry_point = argv[i];
    a->alg_text = argv[i + 1];
    if (!parse_alg(argv[i + 1], &a->alg)) {
        return 0;
    }
    if (argc - i == 4) {
        a->type_text = argv[i + 2];
        if (!parse_key_type(argv[i + 2], &a->key_type)) {
            return 0;
        }
        if (!parse_number(argv[i + 3], 0xfff8UL, &a->bits)) {
            fprintf(stderr, "kpsa which: '%s': not a key size in bits\n", argv[i + 3]);
            return 0;
        }
    }
    return 1;
}

int tool_which(int argc, char **argv)
{
    struct kpsa_candidate candidates[64];
    struct which_args a;
    size_t count = 0;
    psa_status_t status;

    if (!parse_which(argc, argv, &a)) {
        return TOOL_EXIT_USAGE;
    }
    if (tool_init("which") != PSA_SUCCESS) {
        return TOOL_EXIT_FAILURE;
    }
    status = kpsa_which(a.entry_point, a.alg, a.key_type, a.bits, (psa_key_location_t)a.location,
                        candidates, sizeof(candidates) / sizeof(candidates[0]), &count);
    if (status == PSA_ERROR_INVALID_ARGUMENT) {
        fprintf(stderr, "kpsa which: '%s': not an entry point (see kpsa-driver(5))\n",
                a.entry_point);
        return TOOL_EXIT_USAGE;
    }
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "kpsa which: %s\n", kpsa_status_name(status));
        return TOOL_EXIT_FAILURE;
    }
    printf("%s %s", a.entry_point, a.alg_text);
    if (a.type_text != NULL) {
        printf(" %s %lu bits", a.type_text, a.bits);
    }
    printf(":%s\n", count == 0 ? " no driver" : "");
    for (size_t i = 0; i < count; i++) {
        printf("  %zu. %-16s position %u, capability %u%s\n", i + 1, candidates[i].prefix,
               candidates[i].position, candidates[i].capability,
               candidates[i].fallback ? ", fallback" : "");
    }
    return count != 0 ? TOOL_EXIT_OK : TOOL_EXIT_FAILURE;
}

/* ---- kpsa check --------------------------------------------------------- */

int tool_check(int argc, char **argv)
{
    char diagnostic[KPSA_DIAGNOSTIC_SIZE];
    int result = TOOL_EXIT_OK;

    if (argc < 2) {
        fprintf(stderr, "usage: kpsa check <manifest>...\n");
        return TOOL_EXIT_USAGE;
    }
    for (int i = 1; i < argc; i++) {
        psa_status_t status = kpsa_manifest_check(argv[i], diagnostic, sizeof(diagnostic));
        if (status == PSA_SUCCESS) {
            printf("%s: ok\n", argv[i]);
            continue;
        }
        result = TOOL_EXIT_FAILURE;
        if (status == PSA_ERROR_INVALID_ARGUMENT) {
            printf("%s: %s\n", argv[i], diagnostic);
        } else {
            fprintf(stderr, "kpsa check: %s: %s\n", argv[i], kpsa_status_name(status));
        }
    }
    return result;
}
