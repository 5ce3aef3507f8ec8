/*
 * test_loader.c - hostile plugin directories, through psa_crypto_init() and
 * the real loader.
 *
 * Each scenario runs in a child process (psa_crypto_init() happens once per
 * process): a fresh KPSA_DRIVER_PATH directory holds tests/fixtures/loader/
 * good.json as 50-good.json (driver testa) and whatever the scenario plants
 * next to it -- a manifest from tests/fixtures/loader, a file with a hostile
 * mode, owner or type, a module copy.  The child captures stderr around
 * psa_crypto_init() and checks:
 *   - the status of psa_crypto_init();
 *   - exactly one diagnostic line "kpsa: <file>: ..." naming the hostile
 *     file and saying what is wrong (none for the benign scenarios), and the
 *     same reason in kpsa_manifest_get();
 *   - testa still loaded and serving SHA-256 with its marker.
 * The child reports failures through a pipe; the parent turns them into
 * CUnit failures.  KT_VERBOSE=1 in the environment shows each scenario's
 * diagnostics.
 *
 * A last suite calls the discovery code directly (compiled into this
 * program: it is hidden in libkpsa.so) with its own packaged and admin
 * directories, which psa_crypto_init() takes from the configured prefix:
 * an admin file replaces or disables the packaged file of the same name.
 */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "../plugins/test/testdrv.h"
#include "dispatch/dispatch.h"
#include "loader/loader.h"
#include "testutil.h"
#include "tmpfiles.h"

#define HW PSA_ERROR_HARDWARE_FAILURE

/* What a scenario's preparation leaves for the checks. */
struct ctx {
    char *dir;           /* the KPSA_DRIVER_PATH directory with 50-good.json */
    char *extra;         /* a second directory, removed afterwards (may be NULL) */
    char path[8192];     /* KPSA_DRIVER_PATH */
    char bad[4096];      /* the path the diagnostic must name; "" when none */
    const char *loaded;  /* a second prefix that must be loaded, or NULL */
    char disabled[4096]; /* a manifest recorded as disabled, silently; "" when none */
    bool retry;          /* after the expected failure, psa_crypto_init() again */
    bool skip;           /* the scenario cannot run here (reason printed) */
};

static int report_fd = -1;
static int failures;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vdprintf(report_fd, fmt, ap);
    va_end(ap);
    dprintf(report_fd, "\n");
    failures++;
}

/* Plant fixture `fixture` as `name` in the test directory; it is the bad one. */
static void plant(struct ctx *c, const char *fixture, const char *name, mode_t mode)
{
    char src[256];
    snprintf(src, sizeof(src), "loader/%s", fixture);
    kt_install(src, c->dir, name, mode);
    snprintf(c->bad, sizeof(c->bad), "%s/%s", c->dir, name);
}

/* ---- the scenarios' preparations ------------------------------------------- */

static void prep_missing_module(struct ctx *c)
{
    plant(c, "missing-module.json", "60-bad.json", 0644);
}

static void prep_missing_symbol(struct ctx *c)
{
    plant(c, "missing-symbol.json", "60-bad.json", 0644);
}

static void prep_names_missing_symbol(struct ctx *c)
{
    plant(c, "names-missing-symbol.json", "60-bad.json", 0644);
}

static void prep_wrong_prefix(struct ctx *c)
{
    plant(c, "wrong-prefix.json", "60-bad.json", 0644);
}

static void prep_symbol_elsewhere(struct ctx *c)
{
    plant(c, "symbol-elsewhere.json", "60-bad.json", 0644);
}

static void prep_wrong_abi(struct ctx *c)
{
    plant(c, "wrong-abi.json", "60-bad.json", 0644);
}

static void prep_group_writable_manifest(struct ctx *c)
{
    plant(c, "good-b.json", "60-bad.json", 0664);
}

static void prep_world_writable_manifest(struct ctx *c)
{
    plant(c, "good-b.json", "60-bad.json", 0646);
}

static void prep_world_writable_dir(struct ctx *c)
{
    c->extra = kt_tmpdir("loader-dir");
    kt_install("loader/good-b.json", c->extra, "10-b.json", 0644);
    if (chmod(c->extra, 0777) != 0) {
        fail("chmod %s: %s", c->extra, strerror(errno));
    }
    snprintf(c->path, sizeof(c->path), "%s:%s", c->dir, c->extra);
    snprintf(c->bad, sizeof(c->bad), "%s", c->extra);
}

static void prep_group_writable_module(struct ctx *c)
{
    kt_copy_file(kt_module_path("testb"), c->dir, "module.so", 0775);
    plant(c, "relative-module.json", "60-bad.json", 0644);
}

static void prep_writable_module_dir(struct ctx *c)
{
    char text[8192];
    c->extra = kt_tmpdir("loader-modules");
    kt_copy_file(kt_module_path("testb"), c->extra, "module.so", 0755);
    if (chmod(c->extra, 0775) != 0) {
        fail("chmod %s: %s", c->extra, strerror(errno));
    }
    int n = snprintf(text, sizeof(text),
                     "{\"prefix\": \"testb\", \"type\": \"transparent\", \"kpsa/abi\": 1,\n"
                     " \"kpsa/module\": \"%s/module.so\",\n"
                     " \"capabilities\": [{\"entry_points\": [\"hash_compute\"]}]}\n",
                     c->extra);
    kt_write_file(c->dir, "60-bad.json", text, (size_t)n, 0644);
    snprintf(c->bad, sizeof(c->bad), "%s/60-bad.json", c->dir);
}

static void prep_module_not_elf(struct ctx *c)
{
    static const char text[] = "this is not a shared object\n";
    kt_write_file(c->dir, "module.so", text, sizeof(text) - 1, 0755);
    plant(c, "relative-module.json", "60-bad.json", 0644);
}

static void prep_module_is_dir(struct ctx *c)
{
    plant(c, "module-dir.json", "60-bad.json", 0644);
}

static void prep_relative_module(struct ctx *c)
{
    kt_copy_file(kt_module_path("testb"), c->dir, "module.so", 0755);
    kt_install("loader/relative-module.json", c->dir, "60-b.json", 0644);
    c->loaded = "testb";
}

static void link_in(struct ctx *c, const char *target, const char *name)
{
    snprintf(c->bad, sizeof(c->bad), "%s/%s", c->dir, name);
    if (symlink(target, c->bad) != 0) {
        fail("symlink %s: %s", c->bad, strerror(errno));
    }
}

static void prep_symlink_loop(struct ctx *c)
{
    link_in(c, "60-loop.json", "60-loop.json");
}

static void prep_symlink_dangling(struct ctx *c)
{
    link_in(c, "nowhere.json", "60-dangling.json");
}

static void prep_directory(struct ctx *c)
{
    snprintf(c->bad, sizeof(c->bad), "%s/60-dir.json", c->dir);
    if (mkdir(c->bad, 0755) != 0) {
        fail("mkdir %s: %s", c->bad, strerror(errno));
    }
}

static void prep_fifo(struct ctx *c)
{
    snprintf(c->bad, sizeof(c->bad), "%s/60-fifo.json", c->dir);
    if (mkfifo(c->bad, 0644) != 0) {
        fail("mkfifo %s: %s", c->bad, strerror(errno));
    }
}

static void prep_empty(struct ctx *c)
{
    plant(c, "empty.json", "60-bad.json", 0644);
}

static void prep_truncated(struct ctx *c)
{
    plant(c, "truncated.json", "60-bad.json", 0644);
}

static void prep_huge(struct ctx *c)
{
    size_t size = KPSA_MANIFEST_MAX_SIZE + 4096;
    char *text = malloc(size);
    if (text == NULL) {
        exit(99);
    }
    memset(text, ' ', size);
    text[0] = '{';
    text[size - 2] = '}';
    text[size - 1] = '\n';
    kt_write_file(c->dir, "60-bad.json", text, size, 0644);
    free(text);
    snprintf(c->bad, sizeof(c->bad), "%s/60-bad.json", c->dir);
}

static void prep_duplicate_prefix(struct ctx *c)
{
    plant(c, "duplicate-prefix.json", "60-bad.json", 0644);
}

static void prep_duplicate_location(struct ctx *c)
{
    kt_install("loader/opaque-1.json", c->dir, "60-opaque.json", 0644);
    plant(c, "opaque-2.json", "61-opaque.json", 0644);
    c->loaded = "testb";
}

static void prep_builtin_prefix(struct ctx *c)
{
    plant(c, "builtin-prefix.json", "60-bad.json", 0644);
}

static void prep_foreign_owner(struct ctx *c)
{
    if (geteuid() != 0) {
        fprintf(stderr, "SKIP: a manifest owned by another user needs root to plant\n");
        c->skip = true;
        return;
    }
    plant(c, "good-b.json", "60-bad.json", 0644);
    if (chown(c->bad, 65534, 65534) != 0) {
        fail("chown %s: %s", c->bad, strerror(errno));
    }
}

/* One more plugin than the chain has room for: testa plus 31 aliases of testb. */
static void prep_too_many(struct ctx *c)
{
    for (int i = 0; i < KPSA_MAX_DRIVERS - 1; i++) {
        char name[32], text[1024];
        int n = snprintf(text, sizeof(text),
                         "{\"prefix\": \"many%02d\", \"type\": \"transparent\", \"kpsa/abi\": 1,\n"
                         " \"kpsa/module\": \"%s\", \"capabilities\": [{\"entry_points\":\n"
                         " [\"hash_compute\"], \"algorithms\": [\"PSA_ALG_SHA3_512\"],\n"
                         " \"names\": {\"hash_compute\": \"testb_hash_compute\"}}]}\n",
                         i, kt_module_path("testb"));
        snprintf(name, sizeof(name), "60-many%02d.json", i);
        kt_write_file(c->dir, name, text, (size_t)n, 0644);
        snprintf(c->bad, sizeof(c->bad), "%s/%s", c->dir, name);
    }
}

/* Control functions of a test driver, opened before psa_crypto_init() does. */
static testdrv_force_fn driver_force(const char *prefix)
{
    char name[64];
    void *handle = dlopen(kt_module_path(prefix), RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        fail("dlopen %s: %s", kt_module_path(prefix), dlerror());
        return NULL;
    }
    snprintf(name, sizeof(name), "%s_test_force", prefix);
    return (testdrv_force_fn)dlsym(handle, name);
}

static void prep_init_fails(struct ctx *c)
{
    testdrv_force_fn force = driver_force("testb");
    plant(c, "good-b.json", "60-b.json", 0644);
    if (force == NULL || force("init", HW) != 0) {
        fail("cannot force testb_init");
    }
    c->retry = true;
}

static void prep_init_succeeds(struct ctx *c)
{
    kt_install("loader/good-b.json", c->dir, "60-b.json", 0644);
    c->loaded = "testb";
}

static void prep_ignored_names(struct ctx *c)
{
    static const char junk[] = "{ not json\n";
    kt_write_file(c->dir, "README", junk, sizeof(junk) - 1, 0644);
    kt_write_file(c->dir, "60-bad.json~", junk, sizeof(junk) - 1, 0644);
    kt_write_file(c->dir, "60-bad.json.orig", junk, sizeof(junk) - 1, 0644);
    kt_write_file(c->dir, ".60-hidden.json", junk, sizeof(junk) - 1, 0644);
    kt_write_file(c->dir, "60-upper.JSON", junk, sizeof(junk) - 1, 0644);
    kt_write_file(c->dir, ".json", junk, sizeof(junk) - 1, 0644);
}

static void prep_missing_path_dir(struct ctx *c)
{
    snprintf(c->path, sizeof(c->path), "%s/no-such-dir:%s::", c->dir, c->dir);
}

static void prep_disabled(struct ctx *c)
{
    kt_install("loader/disabled.json", c->dir, "60-disabled.json", 0644);
    snprintf(c->disabled, sizeof(c->disabled), "%s/60-disabled.json", c->dir);
}

/* ---- the scenarios -------------------------------------------------------------- */

/* id, title, text the diagnostic must contain, psa_crypto_init() status */
#define SCENARIOS(X)                                                                               \
    X(missing_module, "module file missing", "No such file", PSA_SUCCESS)                          \
    X(missing_symbol, "module lacks a symbol", "testnosym_mac_verify", PSA_SUCCESS)                \
    X(names_missing_symbol, "\"names\" maps to a missing symbol", "testb_no_such_function",        \
      PSA_SUCCESS)                                                                                 \
    X(wrong_prefix, "prefix of another module", "testz_hash_compute", PSA_SUCCESS)                 \
    X(symbol_elsewhere, "symbol defined outside the module", "psa_hash_compute", PSA_SUCCESS)      \
    X(wrong_abi, "wrong kpsa/abi", "kpsa/abi", PSA_SUCCESS)                                        \
    X(group_writable_manifest, "group-writable manifest", "writable by group", PSA_SUCCESS)        \
    X(world_writable_manifest, "world-writable manifest", "writable by others", PSA_SUCCESS)       \
    X(world_writable_dir, "world-writable directory", "writable by group and others", PSA_SUCCESS) \
    X(group_writable_module, "group-writable module", "writable by group", PSA_SUCCESS)            \
    X(writable_module_dir, "module in a group-writable directory", "writable by group",            \
      PSA_SUCCESS)                                                                                 \
    X(module_not_elf, "module is not a shared object", "module", PSA_SUCCESS)                      \
    X(module_is_dir, "module is a directory", "not a regular file", PSA_SUCCESS)                   \
    X(symlink_loop, "manifest is a symlink loop", "symbolic links", PSA_SUCCESS)                   \
    X(symlink_dangling, "manifest is a dangling symlink", "No such file", PSA_SUCCESS)             \
    X(directory, "manifest is a directory", "not a regular file", PSA_SUCCESS)                     \
    X(fifo, "manifest is a FIFO", "not a regular file", PSA_SUCCESS)                               \
    X(empty, "empty manifest", "empty", PSA_SUCCESS)                                               \
    X(truncated, "truncated JSON", "JSON", PSA_SUCCESS)                                            \
    X(huge, "manifest larger than the limit", "too large", PSA_SUCCESS)                            \
    X(duplicate_prefix, "duplicate prefix (the second loses)", "duplicate prefix", PSA_SUCCESS)    \
    X(duplicate_location, "duplicate opaque location (the second loses)", "duplicate location",    \
      PSA_SUCCESS)                                                                                 \
    X(builtin_prefix, "prefix \"builtin\"", "reserved", PSA_SUCCESS)                               \
    X(foreign_owner, "manifest owned by another user", "owned by uid", PSA_SUCCESS)                \
    X(too_many, "more plugins than the chain holds", "too many drivers", PSA_SUCCESS)              \
    X(init_fails, "init fails: psa_crypto_init fails, then can be retried", "init failed", HW)     \
    X(init_succeeds, "init succeeds", "", PSA_SUCCESS)                                             \
    X(relative_module, "bare module name next to the manifest", "", PSA_SUCCESS)                   \
    X(ignored_names, "files not named *.json are ignored", "", PSA_SUCCESS)                        \
    X(missing_path_dir, "missing and empty KPSA_DRIVER_PATH entries", "", PSA_SUCCESS)             \
    X(disabled, "\"kpsa/disabled\" alone is no driver and no problem", "", PSA_SUCCESS)

struct scenario {
    const char *title;
    void (*prepare)(struct ctx *c);
    const char *words;
    psa_status_t init;
};

#define SC_ROW(id, title, words, init) {title, prep_##id, words, init},
static const struct scenario scenarios[] = {SCENARIOS(SC_ROW)};

/* ---- checks in the child ---------------------------------------------------------- */

/* stderr of psa_crypto_init(), in a malloc'd string. */
static char *init_captured(psa_status_t *status)
{
    char name[] = "/tmp/kpsa-loader-stderr-XXXXXX";
    int fd = mkstemp(name);
    int saved = dup(2);
    char *text = NULL;
    size_t size = 0;

    if (fd < 0 || saved < 0) {
        fail("cannot capture stderr: %s", strerror(errno));
        *status = psa_crypto_init();
        return strdup("");
    }
    unlink(name);
    fflush(stderr);
    dup2(fd, 2);
    *status = psa_crypto_init();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    FILE *f = fdopen(fd, "r");
    FILE *mem = open_memstream(&text, &size);
    rewind(f);
    for (int ch; (ch = fgetc(f)) != EOF;) {
        fputc(ch, mem);
    }
    fclose(mem);
    fclose(f);
    return text;
}

/* Exactly one "kpsa: <bad>: ..." line saying `words`; none when bad is "". */
static void check_diagnostics(const struct ctx *c, const struct scenario *s, const char *log)
{
    int lines = 0;
    for (const char *p = log; *p != '\0';) {
        const char *end = strchr(p, '\n');
        size_t n = end != NULL ? (size_t)(end - p) : strlen(p);
        char line[2048];
        snprintf(line, sizeof(line), "%.*s", (int)n, p);
        if (strncmp(line, "kpsa: ", 6) == 0) {
            lines++;
            size_t bad = strlen(c->bad);
            if (c->bad[0] == '\0' || strncmp(line + 6, c->bad, bad) != 0 ||
                strncmp(line + 6 + bad, ": ", 2) != 0) {
                fail("diagnostic does not name %s: %s", c->bad[0] ? c->bad : "(nothing)", line);
            } else if (strstr(line, s->words) == NULL) {
                fail("diagnostic does not say \"%s\": %s", s->words, line);
            }
        } else if (n != 0) {
            fail("unexpected stderr line: %s", line);
        }
        p += n + (end != NULL);
    }
    if (lines != (c->bad[0] != '\0' ? 1 : 0)) {
        fail("%d diagnostic lines, expected %d", lines, c->bad[0] != '\0' ? 1 : 0);
    }
}

/* The record of the hostile file, as kpsa_manifest_get() reports it. */
static void check_record(const struct ctx *c, const struct scenario *s)
{
    struct kpsa_manifest_info m;
    bool found = false;

    for (size_t i = 0; i < kpsa_manifest_count(); i++) {
        if (kpsa_manifest_get(i, &m) != PSA_SUCCESS) {
            fail("kpsa_manifest_get(%zu) failed", i);
            continue;
        }
        if (strcmp(m.manifest, c->disabled) == 0) {
            found = true;
            if (m.loaded || !m.disabled) {
                fail("record of %s: loaded %d, disabled %d", m.manifest, m.loaded, m.disabled);
            }
        } else if (c->bad[0] != '\0' && strcmp(m.manifest, c->bad) == 0) {
            found = true;
            if (m.loaded || m.reason == NULL || strstr(m.reason, s->words) == NULL) {
                fail("record of %s: loaded %d, reason %s", m.manifest, m.loaded,
                     m.reason != NULL ? m.reason : "(none)");
            }
        } else if (m.reason != NULL && !m.disabled) {
            fail("unexpected rejection of %s: %s", m.manifest, m.reason);
        }
    }
    if ((c->bad[0] != '\0' || c->disabled[0] != '\0') && !found) {
        fail("no record of %s%s", c->bad, c->disabled);
    }
}

static bool in_chain(const char *prefix)
{
    struct kpsa_driver_info info;
    for (size_t i = 0; i < kpsa_driver_count(); i++) {
        if (kpsa_driver_get(i, &info) == PSA_SUCCESS && strcmp(info.prefix, prefix) == 0) {
            return true;
        }
    }
    return false;
}

/* testa loaded and serving: SHA-256 comes back as its marker. */
static void check_good(const struct ctx *c)
{
    static const uint8_t abc[3] = {'a', 'b', 'c'};
    uint8_t hash[32] = {0};
    size_t len = 0;
    psa_status_t status = psa_hash_compute(PSA_ALG_SHA_256, abc, 3, hash, sizeof(hash), &len);
    const char *last = kpsa_last_driver();

    if (status != PSA_SUCCESS || len != 32 || hash[0] != 0xAA || hash[31] != 0xAA || last == NULL ||
        strcmp(last, "testa") != 0) {
        fail("testa does not serve SHA-256: %s, last driver %s", kpsa_status_name(status),
             last != NULL ? last : "(none)");
    }
    if (c->loaded != NULL && !in_chain(c->loaded)) {
        fail("%s is not in the chain", c->loaded);
    }
}

static void child(const struct scenario *s)
{
    struct ctx c = {0};
    psa_status_t status;

    c.dir = kt_tmpdir("loader");
    kt_install("loader/good.json", c.dir, "50-good.json", 0644);
    snprintf(c.path, sizeof(c.path), "%s", c.dir);
    s->prepare(&c);
    if (!c.skip) {
        setenv("KPSA_DRIVER_PATH", c.path, 1);
        unsetenv("KPSA_DEBUG");
        char *log = init_captured(&status);
        if (status != s->init) {
            fail("psa_crypto_init: %s, expected %s", kpsa_status_name(status),
                 kpsa_status_name(s->init));
        }
        check_diagnostics(&c, s, log);
        if (getenv("KT_VERBOSE") != NULL) {
            fprintf(stderr, "\n[%s] psa_crypto_init: %s\n%s", s->title, kpsa_status_name(status),
                    log);
        }
        free(log);
        if (status == PSA_SUCCESS) {
            check_record(&c, s);
            check_good(&c);
        } else if (kpsa_driver_count() != 0) {
            fail("a failed psa_crypto_init() left %zu drivers", kpsa_driver_count());
        }
        if (c.retry) {
            testdrv_force_fn force = driver_force("testb");
            if (force == NULL || force("init", PSA_SUCCESS) != 0 ||
                (status = psa_crypto_init()) != PSA_SUCCESS) {
                fail("psa_crypto_init() again: %s", kpsa_status_name(status));
            } else {
                c.bad[0] = '\0';
                check_good(&c);
            }
        }
    }
    kt_rmtree(c.extra);
    kt_rmtree(c.dir);
}

/* Run a scenario in a child; its complaints become this test's failures. */
static void run_scenario(const struct scenario *s)
{
    char buf[8192];
    size_t len = 0;
    int fds[2];
    int wstatus = 0;

    CU_ASSERT_FATAL(pipe(fds) == 0);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        report_fd = fds[1];
        alarm(60); /* a loader that hangs (on a FIFO, say) fails the test */
        child(s);
        _exit(failures == 0 ? 0 : 1);
    }
    close(fds[1]);
    for (ssize_t n; (n = read(fds[0], buf + len, sizeof(buf) - 1 - len)) > 0;) {
        len += (size_t)n;
    }
    buf[len] = '\0';
    close(fds[0]);
    waitpid(pid, &wstatus, 0);
    bool ok = WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0 && len == 0;
    if (!ok) {
        fprintf(stderr, "\n%s (exit status 0x%x):\n%s", s->title, (unsigned)wstatus, buf);
    }
    CU_ASSERT_TRUE(ok);
}

enum {
#define SC_ENUM(id, title, words, init) SC_##id,
    SCENARIOS(SC_ENUM)
};
#define SC_FN(id, title, words, init)                                                              \
    static void test_##id(void)                                                                    \
    {                                                                                              \
        run_scenario(&scenarios[SC_##id]);                                                         \
    }
SCENARIOS(SC_FN)
#define SC_TEST(id, title, words, init) {title, test_##id},
static const kt_test scenario_tests[] = {SCENARIOS(SC_TEST)};

/* ---- discovery: packaged and administrator directories ------------------------------ */

static void write_manifest(const char *dir, const char *name, const char *prefix,
                           const char *module)
{
    char text[1024];
    int n = snprintf(text, sizeof(text),
                     "{\"prefix\": \"%s\", \"type\": \"transparent\", \"kpsa/abi\": 1,\n"
                     " \"kpsa/module\": \"%s\",\n"
                     " \"capabilities\": [{\"entry_points\": [\"hash_compute\"]}]}\n",
                     prefix, module);
    kt_write_file(dir, name, text, (size_t)n, 0644);
}

/* Record i: file dir/name, kept (reason NULL) with prefix, or set aside saying `why`. */
static void assert_record(const struct kpsa_plugin_set *set, size_t i, const char *dir,
                          const char *name, const char *prefix, const char *why)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    CU_ASSERT_FATAL(i < set->count);
    const struct kpsa_plugin *p = &set->items[i];
    if (strcmp(p->path, path) != 0) {
        fprintf(stderr, "\nrecord %zu is %s, expected %s\n", i, p->path, path);
    }
    CU_ASSERT_STRING_EQUAL(p->path, path);
    if (why == NULL) {
        CU_ASSERT_PTR_NULL(p->reason);
        CU_ASSERT_TRUE(p->manifest != NULL && strcmp(p->manifest->prefix, prefix) == 0);
    } else {
        CU_ASSERT_TRUE(p->reason != NULL && strstr(p->reason, why) != NULL && p->disabled);
    }
}

static void discovery_overrides(void)
{
    char *packaged = kt_tmpdir("packaged");
    char *admin = kt_tmpdir("admin");
    char *user = kt_tmpdir("user");
    struct kpsa_loader_dirs dirs = {packaged, admin, "/usr/lib/kpsa-test-modules", user};
    struct kpsa_plugin_set set = {0};

    write_manifest(packaged, "10-a.json", "testa", "a.so");
    write_manifest(packaged, "20-b.json", "testb", "b.so");
    write_manifest(packaged, "30-c.json", "testc", "/abs/c.so");
    write_manifest(admin, "20-b.json", "testd", "d.so");
    kt_install("loader/disabled.json", admin, "30-c.json", 0644);
    write_manifest(admin, "05-e.json", "teste", "e.so");
    write_manifest(user, "01-f.json", "testf", "f.so");
    KT_ASSERT_SUCCESS(kpsa_loader_discover(&dirs, &set));

    /* Packaged names in order, each replaced or disabled in place by the
     * admin's file; then the admin's own; then KPSA_DRIVER_PATH. */
    CU_ASSERT_EQUAL_FATAL(set.count, 7);
    assert_record(&set, 0, packaged, "10-a.json", "testa", NULL);
    assert_record(&set, 1, packaged, "20-b.json", NULL, "replaced by");
    assert_record(&set, 2, admin, "20-b.json", "testd", NULL);
    assert_record(&set, 3, packaged, "30-c.json", NULL, "disabled by");
    assert_record(&set, 4, admin, "30-c.json", NULL, "disables");
    assert_record(&set, 5, admin, "05-e.json", "teste", NULL);
    assert_record(&set, 6, user, "01-f.json", "testf", NULL);
    /* Bare module names: the driver directory for packaged and admin
     * manifests, the manifest's own directory for KPSA_DRIVER_PATH ones. */
    CU_ASSERT_STRING_EQUAL(set.items[0].module_path, "/usr/lib/kpsa-test-modules/a.so");
    CU_ASSERT_STRING_EQUAL(set.items[2].module_path, "/usr/lib/kpsa-test-modules/d.so");
    CU_ASSERT_STRING_EQUAL(set.items[6].module_path, kt_join(user, "f.so"));
    kpsa_plugin_set_free(&set);

    /* An admin directory that others can write is refused as a whole; the
     * packaged manifests stay. */
    KT_ASSERT_SUCCESS(chmod(admin, 0757) == 0 ? PSA_SUCCESS : PSA_ERROR_GENERIC_ERROR);
    kpsa_loader_quiet = true;
    KT_ASSERT_SUCCESS(kpsa_loader_discover(&dirs, &set));
    kpsa_loader_quiet = false;
    CU_ASSERT_EQUAL_FATAL(set.count, 5);
    CU_ASSERT_TRUE(strcmp(set.items[0].path, admin) == 0 && set.items[0].reason != NULL &&
                   strstr(set.items[0].reason, "writable by others") != NULL);
    assert_record(&set, 1, packaged, "10-a.json", "testa", NULL);
    assert_record(&set, 2, packaged, "20-b.json", "testb", NULL);
    kpsa_plugin_set_free(&set);

    kt_rmtree(user);
    kt_rmtree(admin);
    kt_rmtree(packaged);
    free(user);
    free(admin);
    free(packaged);
}

static const kt_test discovery_tests[] = {
    {"admin files replace and disable packaged ones, in order", discovery_overrides},
};

int main(int argc, char **argv)
{
    if (access(kt_module_path("testa"), R_OK) != 0) {
        fprintf(stderr, "test_loader: %s missing (built by make check)\n", kt_module_path("testa"));
        return 99;
    }
    char *stage = kt_tmpdir("loader-stage");
    kt_stage_modules(stage);
    KT_ADD_SUITE("hostile plugin directories", scenario_tests);
    KT_ADD_SUITE("discovery", discovery_tests);
    int status = kt_run(argc, argv);
    kt_rmtree(stage);
    free(stage);
    return status;
}
