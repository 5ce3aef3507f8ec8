/* tmpfiles.c - scratch directories and manifest files (see tmpfiles.h). */
#include "config.h"

#include "tmpfiles.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PLACEHOLDER "@MODULE_DIR@"

static void fatal(const char *what, const char *path)
{
    fprintf(stderr, "tmpfiles: %s %s: %s\n", what, path, strerror(errno));
    exit(99);
}

static char *staged;

const char *kt_module_dir(void)
{
    return staged != NULL ? staged : KT_TOP_BUILDDIR "/plugins/test/.libs";
}

void kt_stage_modules(const char *dir)
{
    static const char *const names[] = {"testa", "testb", "testc", "testd", "testnosym",
                                          "testkp"};
    char *copy = NULL;

    if (asprintf(&copy, "%s/modules", dir) < 0 || mkdir(copy, 0700) != 0) {
        fatal("cannot create", dir);
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        char file[64];
        snprintf(file, sizeof(file), "%s.so", names[i]);
        kt_copy_file(kt_module_path(names[i]), copy, file, 0755);
    }
    free(staged);
    staged = copy;
}

const char *kt_module_path(const char *name)
{
    static char path[4096];
    snprintf(path, sizeof(path), "%s/%s.so", kt_module_dir(), name);
    return path;
}

const char *kt_join(const char *dir, const char *name)
{
    static char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    return path;
}

char *kt_tmpdir(const char *tag)
{
    const char *base = getenv("TMPDIR");
    char *path = NULL;

    if (base == NULL || base[0] == '\0') {
        base = "/tmp";
    }
    if (asprintf(&path, "%s/kpsa-%s-XXXXXX", base, tag) < 0 || mkdtemp(path) == NULL) {
        fatal("cannot create a directory in", base);
    }
    if (chmod(path, 0700) != 0) {
        fatal("cannot chmod", path);
    }
    return path;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    if (remove(path) != 0 && errno != ENOENT) {
        fprintf(stderr, "tmpfiles: cannot remove %s: %s\n", path, strerror(errno));
    }
    return 0;
}

void kt_rmtree(const char *path)
{
    if (path != NULL) {
        (void)nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    }
}

void kt_write_file(const char *dir, const char *name, const char *text, size_t len, mode_t mode)
{
    const char *path = kt_join(dir, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    size_t done = 0;

    if (fd < 0) {
        fatal("cannot create", path);
    }
    while (done < len) {
        ssize_t n = write(fd, text + done, len - done);
        if (n <= 0) {
            fatal("cannot write", path);
        }
        done += (size_t)n;
    }
    if (fchmod(fd, mode) != 0 || close(fd) != 0) {
        fatal("cannot finish", path);
    }
}

/* A whole file in a malloc'd buffer. */
static char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    FILE *mem = open_memstream(&data, size);
    int ch;

    if (f == NULL || mem == NULL) {
        fatal("cannot read", path);
    }
    while ((ch = fgetc(f)) != EOF) {
        fputc(ch, mem);
    }
    if (ferror(f) || fclose(mem) != 0) {
        fatal("cannot read", path);
    }
    fclose(f);
    return data;
}

void kt_copy_file(const char *from, const char *dir, const char *name, mode_t mode)
{
    size_t size = 0;
    char *data = slurp(from, &size);
    kt_write_file(dir, name, data, size, mode);
    free(data);
}

/* The template's text with every placeholder replaced; free() it. */
static char *expand(const char *text, size_t *length)
{
    const char *dir = kt_module_dir();
    size_t cap = strlen(text) + 1;
    for (const char *p = strstr(text, PLACEHOLDER); p != NULL; p = strstr(p + 1, PLACEHOLDER)) {
        cap += strlen(dir);
    }
    char *out = malloc(cap);
    char *w = out;
    if (out == NULL) {
        fatal("out of memory expanding", "a template");
    }
    for (const char *r = text; *r != '\0';) {
        if (strncmp(r, PLACEHOLDER, strlen(PLACEHOLDER)) == 0) {
            w = stpcpy(w, dir);
            r += strlen(PLACEHOLDER);
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    *length = (size_t)(w - out);
    return out;
}

void kt_install(const char *fixture, const char *dir, const char *name, mode_t mode)
{
    char src[4096];
    size_t size = 0, length = 0;

    snprintf(src, sizeof(src), "%s/tests/fixtures/%s", KT_TOP_SRCDIR, fixture);
    char *text = slurp(src, &size);
    char *out = expand(text, &length);
    const char *base = strrchr(fixture, '/');
    kt_write_file(dir, name != NULL ? name : (base != NULL ? base + 1 : fixture), out, length,
                  mode);
    free(out);
    free(text);
}
