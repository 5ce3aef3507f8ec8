/*
 * keys.c - "kpsa keys": the persistent keys of the storage directory, one
 * line each: id, type, size, lifetime, usage and algorithm, never material;
 * "kpsa keys --check": every record verified, the exit status says whether
 * all are intact.
 *
 * Type and algorithm names come from the library's own formatter
 * (lib/loader/algspec.c, compiled into the command: the library does not
 * export it), so they read as "kpsa drivers" prints them and "kpsa which"
 * accepts them.
 */
#include "config.h"

#include "tool.h"

#include <dirent.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "loader/algspec.h"

/* The columns of a key's line, in order; STATUS only with --check. */
enum column { C_ID, C_STATUS, C_TYPE, C_BITS, C_LIFETIME, C_USAGE, C_ALG, N_COLUMNS };

static const char *const headings[N_COLUMNS] = {"ID",       "STATUS", "TYPE",     "BITS",
                                                "LIFETIME", "USAGE",  "ALGORITHM"};

#define CELL_SIZE (KPSA_ALGSPEC_MAX_LENGTH + 1)

struct row {
    psa_status_t status; /* of the record's check */
    char cell[N_COLUMNS][CELL_SIZE];
};

/* The usage flags of PSA Crypto API 1.2, in the order of the specification. */
static const struct {
    psa_key_usage_t flag;
    const char *name;
} usage_names[] = {
    {PSA_KEY_USAGE_EXPORT, "EXPORT"},
    {PSA_KEY_USAGE_COPY, "COPY"},
    {PSA_KEY_USAGE_CACHE, "CACHE"},
    {PSA_KEY_USAGE_ENCRYPT, "ENCRYPT"},
    {PSA_KEY_USAGE_DECRYPT, "DECRYPT"},
    {PSA_KEY_USAGE_SIGN_MESSAGE, "SIGN_MESSAGE"},
    {PSA_KEY_USAGE_VERIFY_MESSAGE, "VERIFY_MESSAGE"},
    {PSA_KEY_USAGE_SIGN_HASH, "SIGN_HASH"},
    {PSA_KEY_USAGE_VERIFY_HASH, "VERIFY_HASH"},
    {PSA_KEY_USAGE_DERIVE, "DERIVE"},
    {PSA_KEY_USAGE_VERIFY_DERIVATION, "VERIFY_DERIVATION"},
};

#define N_USAGE_NAMES (sizeof(usage_names) / sizeof(usage_names[0]))

/* Appends text to a cell (truncating: cells are wide enough for every name). */
static void append(char *cell, const char *text)
{
    size_t used = strlen(cell);

    snprintf(cell + used, CELL_SIZE - used, "%s", text);
}

static void format_usage(psa_key_usage_t usage, char *cell)
{
    char rest[16];

    cell[0] = '\0';
    for (size_t i = 0; i < N_USAGE_NAMES; i++) {
        if (usage & usage_names[i].flag) {
            append(cell, cell[0] != '\0' ? "," : "");
            append(cell, usage_names[i].name);
            usage &= ~usage_names[i].flag;
        }
    }
    if (usage != 0) {
        snprintf(rest, sizeof(rest), "%s0x%08" PRIx32, cell[0] != '\0' ? "," : "", usage);
        append(cell, rest);
    }
    if (cell[0] == '\0') {
        append(cell, "none");
    }
}

/* "default, local": the lifetime's persistence and location. */
static void format_lifetime(psa_key_lifetime_t lifetime, char *cell)
{
    psa_key_persistence_t persistence = PSA_KEY_LIFETIME_GET_PERSISTENCE(lifetime);
    psa_key_location_t location = PSA_KEY_LIFETIME_GET_LOCATION(lifetime);

    if (persistence == PSA_KEY_PERSISTENCE_DEFAULT) {
        snprintf(cell, CELL_SIZE, "default, ");
    } else if (persistence == PSA_KEY_PERSISTENCE_READ_ONLY) {
        snprintf(cell, CELL_SIZE, "read-only, ");
    } else {
        snprintf(cell, CELL_SIZE, "persistence 0x%02x, ", (unsigned)persistence);
    }
    if (location == PSA_KEY_LOCATION_LOCAL_STORAGE) {
        append(cell, "local");
    } else {
        char text[24];
        snprintf(text, sizeof(text), "location 0x%06" PRIx32, location);
        append(cell, text);
    }
}

/* Fills a row from a record's check (row->status). */
static void fill_row(psa_key_id_t id, struct row *row)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_status_t status = kpsa_persistent_key_check(id, &attributes);

    memset(row, 0, sizeof(*row));
    row->status = status;
    snprintf(row->cell[C_ID], CELL_SIZE, "0x%08" PRIx32 " (%" PRIu32 ")", id, id);
    if (status != PSA_SUCCESS) {
        snprintf(row->cell[C_STATUS], CELL_SIZE, "%s", kpsa_status_name(status));
        return;
    }
    snprintf(row->cell[C_STATUS], CELL_SIZE, "OK");
    kpsa_keytype_format(psa_get_key_type(&attributes), row->cell[C_TYPE], CELL_SIZE);
    snprintf(row->cell[C_BITS], CELL_SIZE, "%zu", psa_get_key_bits(&attributes));
    format_lifetime(psa_get_key_lifetime(&attributes), row->cell[C_LIFETIME]);
    format_usage(psa_get_key_usage_flags(&attributes), row->cell[C_USAGE]);
    kpsa_algspec_format(psa_get_key_algorithm(&attributes), row->cell[C_ALG], CELL_SIZE);
    psa_reset_key_attributes(&attributes);
}

/* Prints the rows in aligned columns; without --check an unusable record
 * shows its status where its type would be. */
static void print_rows(const struct row *rows, size_t n, int check)
{
    size_t width[N_COLUMNS];

    for (int c = 0; c < N_COLUMNS; c++) {
        width[c] = strlen(headings[c]);
        for (size_t i = 0; i < n; i++) {
            size_t len = strlen(rows[i].cell[c]);
            width[c] = len > width[c] ? len : width[c];
        }
    }
    for (size_t i = 0; i <= n; i++) {
        const struct row *row = i > 0 ? &rows[i - 1] : NULL;
        int usable = row == NULL || row->status == PSA_SUCCESS;
        int last = usable ? C_ALG : C_STATUS;
        for (int c = 0; c <= last; c++) {
            const char *text = row != NULL ? row->cell[c] : headings[c];
            if (c == C_STATUS && !check && usable) {
                continue;
            }
            if (c == C_STATUS && !check) {
                printf("unusable: %s", text); /* nothing else is known */
                break;
            }
            printf(c == C_BITS ? "%*s" : "%-*s", c == last ? 0 : (int)width[c], text);
            printf(c == last ? "" : "  ");
        }
        printf("\n");
    }
}

/* The ids of the store; another process may add keys meanwhile, hence the loop. */
static psa_status_t list_ids(psa_key_id_t **ids, size_t *count)
{
    psa_status_t status = kpsa_persistent_key_list(NULL, 0, count);
    size_t capacity = 0;

    *ids = NULL;
    while (status == PSA_SUCCESS && *count > capacity) {
        capacity = *count + 16;
        free(*ids);
        *ids = calloc(capacity, sizeof(**ids));
        if (*ids == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        status = kpsa_persistent_key_list(*ids, capacity, count);
    }
    return status;
}

/* Files that interrupted creations and destructions left behind (kpsa-storage(5)). */
static size_t count_leftovers(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;

    if (d == NULL) {
        return 0;
    }
    while ((e = readdir(d)) != NULL) {
        n += strncmp(e->d_name, ".tmp-", 5) == 0 || strncmp(e->d_name, ".del-", 5) == 0;
    }
    closedir(d);
    return n;
}

/* Prints the directory; NULL (reported) when the library cannot use it. */
static const char *report_directory(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *dir = kpsa_storage_dir(&status);

    if (dir == NULL) {
        fprintf(stderr, "kpsa keys: the storage directory cannot be used: %s\n",
                kpsa_status_name(status));
        if (status == PSA_ERROR_STORAGE_FAILURE) {
            fprintf(stderr, "kpsa keys: a directory is refused when it is not owned by you (or "
                            "root) or when group or others can write to it; see kpsa-storage(5)\n");
        }
        return NULL;
    }
    printf("storage directory: %s\n", dir);
    return dir;
}

/* The last line: how many keys, how many failed, how many vanished meanwhile. */
static void print_summary(size_t n, size_t failed, size_t gone, int check)
{
    printf("%zu persistent key%s", n, n == 1 ? "" : "s");
    if (check) {
        printf(": %zu OK, %zu failed", n - failed, failed);
    } else if (failed > 0) {
        printf(", %zu unusable", failed);
    }
    if (gone > 0) {
        printf(" (%zu destroyed meanwhile)", gone);
    }
    printf("\n");
}

/* Lists (and with check, verifies) every key; returns a TOOL_EXIT_* value. */
static int keys(int check)
{
    psa_key_id_t *ids = NULL;
    struct row *rows = NULL;
    size_t count = 0;
    size_t n = 0;
    size_t failed = 0;
    size_t gone = 0;
    size_t leftovers = 0;
    psa_status_t status;
    const char *dir = report_directory();

    if (dir == NULL) {
        return TOOL_EXIT_FAILURE;
    }
    status = list_ids(&ids, &count);
    if (status == PSA_SUCCESS && count > 0 && (rows = calloc(count, sizeof(*rows))) == NULL) {
        status = PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "kpsa keys: cannot list the keys: %s\n", kpsa_status_name(status));
        free(ids);
        return TOOL_EXIT_FAILURE;
    }
    for (size_t i = 0; i < count; i++) {
        fill_row(ids[i], &rows[n]);
        /* Destroyed by another process since it was listed: not a fault. */
        if (rows[n].status == PSA_ERROR_DOES_NOT_EXIST) {
            gone++;
            continue;
        }
        failed += rows[n].status != PSA_SUCCESS;
        n++;
    }
    if (n > 0) {
        print_rows(rows, n, check);
    }
    print_summary(n, failed, gone, check);
    if (check && (leftovers = count_leftovers(dir)) > 0) {
        printf("%zu leftover file%s of interrupted creations or destructions (.tmp-*, .del-*): "
               "not keys, but they may hold key material; see kpsa-storage(5)\n", leftovers,
               leftovers == 1 ? "" : "s");
    }
    free(rows);
    free(ids);
    return check && failed > 0 ? TOOL_EXIT_FAILURE : TOOL_EXIT_OK;
}

int tool_keys(int argc, char **argv)
{
    int check = 0;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--check") == 0 || strcmp(argv[i], "-c") == 0) {
            check = 1;
        } else {
            fprintf(stderr, "usage: kpsa keys [--check]\n");
            return TOOL_EXIT_USAGE;
        }
    }
    if (tool_init("keys") != PSA_SUCCESS) {
        return TOOL_EXIT_FAILURE;
    }
    return keys(check);
}
