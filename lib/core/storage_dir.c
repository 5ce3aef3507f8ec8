/*
 * storage_dir.c - which directory holds the persistent keys (see storage.h
 * and docs/kpsa-storage.5): chosen once per process, created 0700, refused
 * with one diagnostic when other users could write to it.
 */
#include "config.h"

#include "core/storage.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *kpsa_storage_conf_path = KPSA_SYSCONFDIR "/kpsa/kpsa.conf";
const char *kpsa_storage_system_dir = KPSA_LOCALSTATEDIR "/lib/kpsa";

static pthread_mutex_t dir_lock = PTHREAD_MUTEX_INITIALIZER;
static bool dir_resolved;
static psa_status_t dir_status = PSA_ERROR_CORRUPTION_DETECTED;
static char dir_path[PATH_MAX];

psa_status_t kpsa_storage_errno_status(int err)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return PSA_ERROR_INSUFFICIENT_STORAGE;
    case ENOMEM:
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    default:
        return PSA_ERROR_STORAGE_FAILURE;
    }
}

/* One line on stderr, as the loader prints its rejections; KPSA_DEBUG=quiet
 * silences it.  The loader's own reporter is bound to a plugin record. */
static void diagnose(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void diagnose(const char *fmt, ...)
{
    const char *debug = secure_getenv("KPSA_DEBUG");
    va_list ap;

    if (debug != NULL && strstr(debug, "quiet") != NULL) {
        return;
    }
    va_start(ap, fmt);
    fputs("kpsa: storage: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static char *trim(char *s)
{
    size_t len = strlen(s);

    while (*s == ' ' || *s == '\t') {
        s++;
        len--;
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' ||
                       s[len - 1] == '\r')) {
        s[--len] = '\0';
    }
    return s;
}

/* One "key = value" line of kpsa.conf; the last storage_dir wins. */
static void conf_line(char *line, unsigned number, char *out, size_t size, bool *found)
{
    char *text = trim(line);
    char *eq = strchr(text, '=');
    char *key;
    char *value;

    if (*text == '\0' || *text == '#') {
        return;
    }
    if (eq == NULL) {
        diagnose("%s:%u: expected \"key = value\"", kpsa_storage_conf_path, number);
        return;
    }
    *eq = '\0';
    key = trim(text);
    value = trim(eq + 1);
    if (strcmp(key, "storage_dir") != 0) {
        diagnose("%s:%u: unknown key \"%s\" ignored", kpsa_storage_conf_path, number, key);
        return;
    }
    if ((size_t)snprintf(out, size, "%s", value) >= size) {
        diagnose("%s:%u: storage_dir is too long", kpsa_storage_conf_path, number);
        return;
    }
    *found = true;
}

/* storage_dir from the configuration file; false when it has none. */
static bool read_conf(char *out, size_t size)
{
    char line[PATH_MAX + 64];
    unsigned number = 0;
    bool found = false;
    bool continued = false;
    FILE *conf = fopen(kpsa_storage_conf_path, "re");

    if (conf == NULL) {
        if (errno != ENOENT) {
            diagnose("%s: cannot open: %s", kpsa_storage_conf_path, strerror(errno));
        }
        return false;
    }
    while (fgets(line, sizeof(line), conf) != NULL) {
        bool complete = strchr(line, '\n') != NULL || feof(conf);

        if (!continued) {
            number++;
            if (complete) {
                conf_line(line, number, out, size, &found);
            } else {
                diagnose("%s:%u: line too long, ignored", kpsa_storage_conf_path, number);
            }
        }
        continued = !complete;
    }
    fclose(conf);
    return found;
}

static bool join(char *out, size_t size, const char *base, const char *tail)
{
    return (size_t)snprintf(out, size, "%s%s", base, tail) < size;
}

/* The home directory: $HOME, else the password database. */
static bool home_dir(char *out, size_t size)
{
    const char *home = secure_getenv("HOME");
    struct passwd pw;
    struct passwd *found = NULL;
    char buf[4096];

    if (home != NULL && home[0] == '/') {
        return join(out, size, home, "");
    }
    if (getpwuid_r(geteuid(), &pw, buf, sizeof(buf), &found) != 0 || found == NULL ||
        pw.pw_dir == NULL || pw.pw_dir[0] != '/') {
        return false;
    }
    return join(out, size, pw.pw_dir, "");
}

/* The directory's name by the rules of storage.h; *why names the rule. */
static bool choose(char *out, size_t size, const char **why)
{
    const char *env = secure_getenv("KPSA_STORAGE_DIR");
    const char *xdg = secure_getenv("XDG_DATA_HOME");
    char home[PATH_MAX];

    if (env != NULL && env[0] != '\0') {
        *why = "KPSA_STORAGE_DIR";
        return join(out, size, env, "");
    }
    if (read_conf(out, size)) {
        *why = kpsa_storage_conf_path;
        return true;
    }
    if (geteuid() == 0) {
        *why = "the system directory";
        return join(out, size, kpsa_storage_system_dir, "");
    }
    /* The XDG specification ignores relative values. */
    if (xdg != NULL && xdg[0] == '/') {
        *why = "XDG_DATA_HOME";
        return join(out, size, xdg, "/kpsa");
    }
    *why = "HOME";
    return home_dir(home, sizeof(home)) && join(out, size, home, "/.local/share/kpsa");
}

/* mkdir -p with mode 0700 for every directory created here, whatever the
 * umask (which could have removed the owner's bits). */
static int make_dirs(char *path)
{
    size_t len = strlen(path);

    for (size_t i = 1; i <= len; i++) {
        if (path[i] != '/' && path[i] != '\0') {
            continue;
        }
        if (path[i - 1] == '/') {
            continue;
        }
        char saved = path[i];
        path[i] = '\0';
        int rc = mkdir(path, 0700);
        int err = errno;
        if (rc == 0 && chmod(path, 0700) != 0) {
            rc = -1;
            err = errno;
        }
        path[i] = saved;
        if (rc != 0 && err != EEXIST) {
            return err;
        }
    }
    return 0;
}

/* The refusals of storage.h; NULL when the directory may be used. */
static const char *untrusted(const char *path, char *why, size_t size)
{
    struct stat st;

    if (stat(path, &st) != 0) {
        snprintf(why, size, "cannot stat: %s", strerror(errno));
        return why;
    }
    if (!S_ISDIR(st.st_mode)) {
        return "not a directory";
    }
    if (st.st_uid != geteuid() && st.st_uid != 0) {
        snprintf(why, size, "owned by uid %lu, not by this process's uid %lu or root",
                 (unsigned long)st.st_uid, (unsigned long)geteuid());
        return why;
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        snprintf(why, size, "writable by %s (mode %04o)",
                 (st.st_mode & S_IWOTH) != 0 ? "others" : "its group",
                 (unsigned)(st.st_mode & 07777));
        return why;
    }
    return NULL;
}

static psa_status_t resolve_locked(void)
{
    const char *rule = "?";
    const char *problem;
    char why[256];
    int err;

    if (!choose(dir_path, sizeof(dir_path), &rule)) {
        diagnose("no storage directory: %s gives no usable path", rule);
        return PSA_ERROR_STORAGE_FAILURE;
    }
    if (dir_path[0] != '/') {
        diagnose("%s (from %s): not an absolute path", dir_path, rule);
        return PSA_ERROR_STORAGE_FAILURE;
    }
    err = make_dirs(dir_path);
    if (err != 0) {
        diagnose("%s (from %s): cannot create: %s", dir_path, rule, strerror(err));
        return kpsa_storage_errno_status(err);
    }
    problem = untrusted(dir_path, why, sizeof(why));
    if (problem != NULL) {
        diagnose("%s (from %s): refused: %s", dir_path, rule, problem);
        return PSA_ERROR_STORAGE_FAILURE;
    }
    return PSA_SUCCESS;
}

const char *kpsa_storage_directory(psa_status_t *status)
{
    psa_status_t result;

    pthread_mutex_lock(&dir_lock);
    if (!dir_resolved) {
        dir_status = resolve_locked();
        dir_resolved = true;
    }
    result = dir_status;
    pthread_mutex_unlock(&dir_lock);
    *status = result;
    return result == PSA_SUCCESS ? dir_path : NULL;
}

psa_status_t kpsa_storage_open_dir(int *dirfd)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *dir = kpsa_storage_directory(&status);

    *dirfd = -1;
    if (dir == NULL) {
        return status;
    }
    *dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return *dirfd < 0 ? kpsa_storage_errno_status(errno) : PSA_SUCCESS;
}

void kpsa_storage_free(void)
{
    pthread_mutex_lock(&dir_lock);
    dir_resolved = false;
    dir_status = PSA_ERROR_CORRUPTION_DETECTED;
    memset(dir_path, 0, sizeof(dir_path));
    pthread_mutex_unlock(&dir_lock);
}
