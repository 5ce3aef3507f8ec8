/*
 * discover.c - finding driver manifests: directories in a fixed order, files
 * in strcmp() order, administrator overrides, trust checks, and the record of
 * every manifest considered (see loader.h for the rules).
 *
 * Files are opened relative to a descriptor of their directory, whose
 * ownership and mode were checked first, so that a checked directory cannot
 * be swapped for another between the check and the read.
 */
#include "config.h"

#include "loader/loader.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/guard.h"

bool kpsa_loader_quiet;

/* What strerror() says, without its thread-safety problem. */
static const char *errno_text(int err, char *buf, size_t size)
{
    return strerror_r(err, buf, size);
}

bool kpsa_loader_check_trust(const struct stat *st, char *problem, size_t size)
{
    uid_t euid = geteuid();
    mode_t mode = st->st_mode & 07777;

    if (st->st_uid != 0 && st->st_uid != euid) {
        snprintf(problem, size, "owned by uid %u, neither root nor the effective uid %u",
                 (unsigned)st->st_uid, (unsigned)euid);
        return false;
    }
    if ((mode & (S_IWGRP | S_IWOTH)) != 0) {
        const char *who = (mode & S_IWGRP) == 0   ? "others"
                          : (mode & S_IWOTH) == 0 ? "group"
                                                  : "group and others";
        snprintf(problem, size, "writable by %s (mode %04o)", who, (unsigned)mode);
        return false;
    }
    return true;
}

static psa_status_t file_problem(struct kpsa_diag *diag, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static psa_status_t file_problem(struct kpsa_diag *diag, const char *path, const char *fmt, ...)
{
    va_list ap;

    snprintf(diag->file, sizeof(diag->file), "%s", path);
    snprintf(diag->path, sizeof(diag->path), "$");
    va_start(ap, fmt);
    vsnprintf(diag->message, sizeof(diag->message), fmt, ap);
    va_end(ap);
    return PSA_ERROR_INVALID_ARGUMENT;
}

/* Read exactly the `size` bytes fstat() announced; a file that changes
 * meanwhile is refused rather than parsed half-written. */
static psa_status_t read_all(int fd, size_t size, char **text, struct kpsa_diag *diag,
                             const char *path)
{
    char errbuf[128];
    char *buf = malloc(size + 1);
    size_t n = 0;

    if (buf == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    while (n <= size) {
        ssize_t r = read(fd, buf + n, size + 1 - n);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r < 0) {
            free(buf);
            return file_problem(diag, path, "cannot read: %s",
                                errno_text(errno, errbuf, sizeof(errbuf)));
        }
        if (r == 0) {
            break;
        }
        n += (size_t)r;
    }
    if (n != size) {
        free(buf);
        return file_problem(diag, path, "changed while being read");
    }
    buf[size] = '\0';
    *text = buf;
    return PSA_SUCCESS;
}

psa_status_t kpsa_loader_read_manifest(int dirfd, const char *name, const char *path,
                                       struct kpsa_manifest **manifest, struct kpsa_diag *diag)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char problem[160];
    char *text = NULL;
    struct stat st;
    /* O_NONBLOCK: opening a FIFO planted in place of a manifest must not hang. */
    int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

    *manifest = NULL;
    if (fd < 0) {
        return file_problem(diag, path, "cannot open: %s",
                            errno_text(errno, problem, sizeof(problem)));
    }
    if (fstat(fd, &st) != 0) {
        status = file_problem(diag, path, "cannot stat: %s",
                              errno_text(errno, problem, sizeof(problem)));
        goto exit;
    }
    if (!S_ISREG(st.st_mode)) {
        status = file_problem(diag, path, "not a regular file");
        goto exit;
    }
    if (!kpsa_loader_check_trust(&st, problem, sizeof(problem))) {
        status = file_problem(diag, path, "untrusted file: %s", problem);
        goto exit;
    }
    if (st.st_size > KPSA_MANIFEST_MAX_SIZE) {
        status = file_problem(diag, path, "too large (%lld bytes, at most %d)",
                              (long long)st.st_size, KPSA_MANIFEST_MAX_SIZE);
        goto exit;
    }
    status = read_all(fd, (size_t)st.st_size, &text, diag, path);
    if (status == PSA_SUCCESS) {
        status = kpsa_manifest_parse(path, text, (size_t)st.st_size, manifest, diag);
    }
exit:
    free(text);
    close(fd);
    return status;
}

/* ---- records ----------------------------------------------------------- */

static psa_status_t record_reason(struct kpsa_plugin *plugin, bool print, const char *where,
                                  const char *fmt, va_list ap)
{
    char message[640];

    if (plugin->reason != NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    vsnprintf(message, sizeof(message), fmt, ap);
    if (asprintf(&plugin->reason, "%s%s%s", where != NULL ? where : "", where != NULL ? ": " : "",
                 message) < 0) {
        plugin->reason = NULL;
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (print && !kpsa_loader_quiet) {
        fprintf(stderr, "kpsa: %s: %s\n", plugin->path, plugin->reason);
    }
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t kpsa_loader_reject(struct kpsa_plugin *plugin, const char *where, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    psa_status_t status = record_reason(plugin, true, where, fmt, ap);
    va_end(ap);
    return status;
}

psa_status_t kpsa_loader_note(struct kpsa_plugin *plugin, const char *fmt, ...)
{
    bool first = plugin->reason == NULL;
    va_list ap;

    va_start(ap, fmt);
    psa_status_t status = record_reason(plugin, false, NULL, fmt, ap);
    va_end(ap);
    if (first && plugin->reason != NULL) {
        plugin->disabled = true;
    }
    return status;
}

/* Append a record for `dir`/`name` (or `dir` itself when name is NULL). */
static psa_status_t add_record(struct kpsa_plugin_set *set, const char *dir, const char *name,
                               enum kpsa_plugin_origin origin, const char *module_dir,
                               size_t *index)
{
    struct kpsa_plugin *p;

    if (set->count == set->capacity) {
        size_t capacity = set->capacity != 0 ? set->capacity * 2 : 8;
        p = realloc(set->items, capacity * sizeof(*p));
        if (p == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        set->items = p;
        set->capacity = capacity;
    }
    p = &set->items[set->count];
    memset(p, 0, sizeof(*p));
    p->origin = origin;
    p->position = -1;
    if (name != NULL ? asprintf(&p->path, "%s/%s", dir, name) < 0
                     : (p->path = strdup(dir)) == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    set->count++;
    p->module_dir = strdup(module_dir != NULL ? module_dir : dir);
    if (p->module_dir == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    *index = set->count - 1;
    return PSA_SUCCESS;
}

/* An absolute "kpsa/module" as is; a bare file name under the record's base. */
static psa_status_t resolve_module(struct kpsa_plugin *p)
{
    const char *module = p->manifest->module;

    if (module == NULL) {
        return PSA_SUCCESS;
    }
    if (module[0] == '/') {
        p->module_path = strdup(module);
        return p->module_path != NULL ? PSA_SUCCESS : PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (asprintf(&p->module_path, "%s/%s", p->module_dir, module) < 0) {
        p->module_path = NULL;
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    return PSA_SUCCESS;
}

/* Read one manifest into a new record; its problems become the record's reason. */
static psa_status_t consider(struct kpsa_plugin_set *set, int dirfd, const char *dir,
                             const char *name, enum kpsa_plugin_origin origin,
                             const char *module_dir, size_t *index)
{
    psa_status_t status = add_record(set, dir, name, origin, module_dir, index);
    struct kpsa_plugin *p;
    struct kpsa_diag diag;

    if (status != PSA_SUCCESS) {
        return status;
    }
    p = &set->items[*index];
    status = kpsa_loader_read_manifest(dirfd, name, p->path, &p->manifest, &diag);
    if (status == PSA_ERROR_INVALID_ARGUMENT) {
        status = kpsa_loader_reject(p, diag.path, "%s", diag.message);
        return status == PSA_ERROR_INVALID_ARGUMENT ? PSA_SUCCESS : status;
    }
    if (status != PSA_SUCCESS) {
        return status;
    }
    return resolve_module(p);
}

/* Mark a record as disabled by configuration (not a problem: not printed). */
static psa_status_t disabled(struct kpsa_plugin *p, const char *what, const char *path)
{
    psa_status_t status = kpsa_loader_note(p, "%s %s", what, path);
    return status == PSA_ERROR_INVALID_ARGUMENT ? PSA_SUCCESS : status;
}

/* ---- directories ------------------------------------------------------- */

struct dir_list {
    int fd;
    struct dirent **entries;
    int count;
};

static int is_manifest_name(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return e->d_name[0] != '.' && n > 5 && strcmp(e->d_name + n - 5, ".json") == 0;
}

/* strcmp, not the locale's collation: the order must not depend on LANG. */
static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void dir_list_free(struct dir_list *list)
{
    for (int i = 0; i < list->count; i++) {
        free(list->entries[i]);
    }
    free(list->entries);
    if (list->fd >= 0) {
        close(list->fd);
    }
    memset(list, 0, sizeof(*list));
    list->fd = -1;
}

/* A directory problem is recorded as a rejected record named after the directory. */
static psa_status_t dir_problem(struct kpsa_plugin_set *set, const char *dir,
                                enum kpsa_plugin_origin origin, const char *problem)
{
    size_t index;
    psa_status_t status = add_record(set, dir, NULL, origin, NULL, &index);

    if (status == PSA_SUCCESS) {
        status = kpsa_loader_reject(&set->items[index], "directory", "%s", problem);
    }
    return status == PSA_ERROR_INVALID_ARGUMENT ? PSA_SUCCESS : status;
}

/* List a directory's manifests; an empty list when it is missing or refused. */
static psa_status_t list_dir(struct kpsa_plugin_set *set, const char *dir,
                             enum kpsa_plugin_origin origin, struct dir_list *list)
{
    char problem[160];
    struct stat st;

    list->fd = -1;
    list->entries = NULL;
    list->count = 0;
    if (dir == NULL || dir[0] == '\0') {
        return PSA_SUCCESS;
    }
    list->fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (list->fd < 0) {
        return errno == ENOENT
                   ? PSA_SUCCESS
                   : dir_problem(set, dir, origin, errno_text(errno, problem, sizeof(problem)));
    }
    if (fstat(list->fd, &st) != 0) {
        const char *why = errno_text(errno, problem, sizeof(problem));
        dir_list_free(list);
        return dir_problem(set, dir, origin, why);
    }
    if (!kpsa_loader_check_trust(&st, problem, sizeof(problem))) {
        dir_list_free(list);
        return dir_problem(set, dir, origin, problem);
    }
    list->count = scandirat(list->fd, ".", &list->entries, is_manifest_name, by_name);
    if (list->count < 0) {
        int err = errno;
        list->count = 0;
        dir_list_free(list);
        return err == ENOMEM
                   ? PSA_ERROR_INSUFFICIENT_MEMORY
                   : dir_problem(set, dir, origin, errno_text(err, problem, sizeof(problem)));
    }
    return PSA_SUCCESS;
}

static int find_name(const struct dir_list *list, const char *name)
{
    for (int i = 0; i < list->count; i++) {
        if (strcmp(list->entries[i]->d_name, name) == 0) {
            return i;
        }
    }
    return -1;
}

/* Packaged manifests, each possibly replaced or disabled by the admin's file
 * of the same name, then the admin's own manifests. */
static psa_status_t discover_system(const struct kpsa_loader_dirs *dirs,
                                    struct kpsa_plugin_set *set, const struct dir_list *packaged,
                                    const struct dir_list *admin, bool *taken)
{
    psa_status_t status = PSA_SUCCESS;
    size_t pi;
    size_t ai;

    for (int i = 0; i < packaged->count && status == PSA_SUCCESS; i++) {
        const char *name = packaged->entries[i]->d_name;
        int a = find_name(admin, name);
        if (a < 0) {
            status = consider(set, packaged->fd, dirs->packaged, name, KPSA_ORIGIN_PACKAGE,
                              dirs->modules, &pi);
            continue;
        }
        taken[a] = true;
        status = add_record(set, dirs->packaged, name, KPSA_ORIGIN_PACKAGE, dirs->modules, &pi);
        if (status == PSA_SUCCESS) {
            status =
                consider(set, admin->fd, dirs->admin, name, KPSA_ORIGIN_ADMIN, dirs->modules, &ai);
        }
        if (status != PSA_SUCCESS) {
            break;
        }
        struct kpsa_plugin *over = &set->items[ai];
        if (over->manifest != NULL && over->manifest->disabled) {
            status = disabled(&set->items[pi], "disabled by", over->path);
            if (status == PSA_SUCCESS) {
                status = disabled(over, "disables", set->items[pi].path);
            }
        } else {
            status = disabled(&set->items[pi], "replaced by", over->path);
        }
    }
    for (int i = 0; i < admin->count && status == PSA_SUCCESS; i++) {
        if (!taken[i]) {
            status = consider(set, admin->fd, dirs->admin, admin->entries[i]->d_name,
                              KPSA_ORIGIN_ADMIN, dirs->modules, &ai);
        }
    }
    return status;
}

static psa_status_t discover_dir(struct kpsa_plugin_set *set, const char *dir)
{
    struct dir_list list;
    size_t index;
    psa_status_t status = list_dir(set, dir, KPSA_ORIGIN_PATH, &list);

    for (int i = 0; i < list.count && status == PSA_SUCCESS; i++) {
        status =
            consider(set, list.fd, dir, list.entries[i]->d_name, KPSA_ORIGIN_PATH, dir, &index);
    }
    dir_list_free(&list);
    return status;
}

static psa_status_t discover_path(const char *path, struct kpsa_plugin_set *set)
{
    psa_status_t status = PSA_SUCCESS;
    char *copy;
    char *save = NULL;

    if (path == NULL) {
        return PSA_SUCCESS;
    }
    copy = strdup(path);
    if (copy == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    for (char *dir = strtok_r(copy, ":", &save); dir != NULL && status == PSA_SUCCESS;
         dir = strtok_r(NULL, ":", &save)) {
        status = discover_dir(set, dir);
    }
    free(copy);
    return status;
}

/* Records whose manifest says "kpsa/disabled" and that no rule above noted. */
static psa_status_t note_disabled(struct kpsa_plugin_set *set)
{
    psa_status_t status = PSA_SUCCESS;

    for (size_t i = 0; i < set->count && status == PSA_SUCCESS; i++) {
        struct kpsa_plugin *p = &set->items[i];
        if (p->reason == NULL && p->manifest != NULL && p->manifest->disabled) {
            status = disabled(p, "disabled", "(\"kpsa/disabled\": true)");
        }
    }
    return status;
}

void kpsa_loader_default_dirs(struct kpsa_loader_dirs *dirs)
{
    dirs->packaged = KPSA_MANIFESTDIR;
    dirs->admin = KPSA_SYSCONFDIR "/kpsa/drivers.d";
    dirs->modules = KPSA_DRIVERDIR;
    /* NULL for set-uid and other privileged processes. */
    dirs->path = secure_getenv("KPSA_DRIVER_PATH");
}

psa_status_t kpsa_loader_discover(const struct kpsa_loader_dirs *dirs, struct kpsa_plugin_set *set)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct dir_list packaged = {.fd = -1};
    struct dir_list admin = {.fd = -1};
    bool *taken = NULL;

    KPSA_TRY(list_dir(set, dirs->packaged, KPSA_ORIGIN_PACKAGE, &packaged));
    KPSA_TRY(list_dir(set, dirs->admin, KPSA_ORIGIN_ADMIN, &admin));
    taken = calloc((size_t)admin.count + 1, sizeof(*taken));
    KPSA_CHECK(taken != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(discover_system(dirs, set, &packaged, &admin, taken));
    KPSA_TRY(discover_path(dirs->path, set));
    KPSA_TRY(note_disabled(set));
    status = PSA_SUCCESS;
exit:
    free(taken);
    dir_list_free(&admin);
    dir_list_free(&packaged);
    return status;
}

void kpsa_plugin_set_free(struct kpsa_plugin_set *set)
{
    for (size_t i = 0; i < set->count; i++) {
        struct kpsa_plugin *p = &set->items[i];
        kpsa_loader_unload(p);
        kpsa_manifest_free(p->manifest);
        free(p->module_path);
        free(p->module_dir);
        free(p->reason);
        free(p->path);
    }
    free(set->items);
    memset(set, 0, sizeof(*set));
}
