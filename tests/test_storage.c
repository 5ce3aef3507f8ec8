/*
 * test_storage.c - the persistent key store on disk (lib/core/storage*.c):
 * directory resolution and refusals, the record format and its integrity
 * check, crash-safe writes, destroy, listing; and the public introspection
 * functions of <kpsa/kpsa.h>.
 *
 * The store's functions are hidden in libkpsa.so, so storage.c,
 * storage_dir.c, storage_record.c and secmem.c are compiled into this
 * program; the record check's SHA-256 goes through the public
 * psa_hash_compute (kpsa_dispatch_hash_compute below).  The library's own
 * copy of the store serves the public functions; both use the scratch
 * directory named by KPSA_STORAGE_DIR, never the user's.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "core/secmem.h"
#include "core/storage.h"
#include "dispatch/dispatch.h"
#include "testutil.h"
#include "tmpfiles.h"

/* The unprivileged user for the ownership tests when running as root. */
#define NOBODY 65534

static char *scratch;     /* removed at exit */
static char store[4096];  /* KPSA_STORAGE_DIR of the record tests and the library */
static psa_status_t before_init[3];
static size_t fds_at_start;

psa_status_t kpsa_dispatch_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *hash, size_t hash_size,
                                        size_t *hash_length)
{
    return psa_hash_compute(alg, input, input_length, hash, hash_size, hash_length);
}

static mode_t mode_of(const char *path)
{
    struct stat st;

    CU_ASSERT_EQUAL_FATAL(stat(path, &st), 0);
    return st.st_mode & 07777;
}

/* Resolve the test copy's directory with KPSA_STORAGE_DIR = dir (NULL: unset). */
static const char *resolve(const char *dir, psa_status_t *status)
{
    kpsa_storage_free();
    if (dir != NULL) {
        setenv("KPSA_STORAGE_DIR", dir, 1);
    } else {
        unsetenv("KPSA_STORAGE_DIR");
    }
    return kpsa_storage_directory(status);
}

/* Back to the record tests' store. */
static void restore(void)
{
    kpsa_storage_free();
    setenv("KPSA_STORAGE_DIR", store, 1);
    kpsa_storage_conf_path = KPSA_SYSCONFDIR "/kpsa/kpsa.conf";
    kpsa_storage_system_dir = KPSA_LOCALSTATEDIR "/lib/kpsa";
}

static char *sub(const char *name)
{
    static char path[4096];

    snprintf(path, sizeof(path), "%s/%s", scratch, name);
    return path;
}

/* ---- directory ---- */

static void test_env_creates_0700(void)
{
    char path[4096];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    mode_t old = umask(0777);
    const char *dir;

    snprintf(path, sizeof(path), "%s", sub("env/a/b"));
    dir = resolve(path, &status);
    umask(old);
    KT_ASSERT_SUCCESS(status);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_STRING_EQUAL(dir, path);
    CU_ASSERT_EQUAL(mode_of(path), 0700);
    CU_ASSERT_EQUAL(mode_of(sub("env/a")), 0700);
    CU_ASSERT_EQUAL(mode_of(sub("env")), 0700);
    /* Cached: a changed environment is seen only after kpsa_storage_free. */
    setenv("KPSA_STORAGE_DIR", sub("elsewhere"), 1);
    CU_ASSERT_STRING_EQUAL(kpsa_storage_directory(&status), path);
    restore();
}

static void test_refusals(void)
{
    static const mode_t bad[] = {0770, 0702, 0720, 0777};
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char path[4096];

    snprintf(path, sizeof(path), "%s", sub("modes"));
    CU_ASSERT_EQUAL_FATAL(mkdir(path, 0700), 0);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        CU_ASSERT_EQUAL_FATAL(chmod(path, bad[i]), 0);
        CU_ASSERT_PTR_NULL(resolve(path, &status));
        KT_ASSERT_STATUS(status, PSA_ERROR_STORAGE_FAILURE);
    }
    /* Readable by others is allowed; only writable is refused. */
    CU_ASSERT_EQUAL_FATAL(chmod(path, 0755), 0);
    CU_ASSERT_PTR_NOT_NULL(resolve(path, &status));
    KT_ASSERT_SUCCESS(status);
    kt_write_file(scratch, "plain", "x", 1, 0600);
    CU_ASSERT_PTR_NULL(resolve(sub("plain"), &status));
    KT_ASSERT_STATUS(status, PSA_ERROR_STORAGE_FAILURE);
    CU_ASSERT_PTR_NULL(resolve("relative/dir", &status));
    KT_ASSERT_STATUS(status, PSA_ERROR_STORAGE_FAILURE);
    /* Below a file: cannot be created. */
    CU_ASSERT_PTR_NULL(resolve(sub("plain/below"), &status));
    KT_ASSERT_STATUS(status, PSA_ERROR_STORAGE_FAILURE);
    restore();
}

static void test_owner_refused(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char path[4096];

    if (geteuid() != 0) {
        fprintf(stderr, "\n  (not root: cannot give a directory to another user; skipped)");
        return;
    }
    snprintf(path, sizeof(path), "%s", sub("theirs"));
    CU_ASSERT_EQUAL_FATAL(mkdir(path, 0700), 0);
    CU_ASSERT_EQUAL_FATAL(chown(path, NOBODY, NOBODY), 0);
    CU_ASSERT_PTR_NULL(resolve(path, &status));
    KT_ASSERT_STATUS(status, PSA_ERROR_STORAGE_FAILURE);
    restore();
}

static void test_conf_file(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char conf[8192];
    char want[4096];
    const char *dir;
    int len;

    snprintf(want, sizeof(want), "%s", sub("from-conf"));
    len = snprintf(conf, sizeof(conf),
                   "# kpsa.conf\n\n   # indented comment\nstorage_dir=/nowhere\n"
                   "  storage_dir  =  %s  \nunknown_key = 1\nno equals sign\n", want);
    kt_write_file(scratch, "kpsa.conf", conf, (size_t)len, 0644);
    kpsa_storage_conf_path = strdup(sub("kpsa.conf"));
    dir = resolve(NULL, &status);
    KT_ASSERT_SUCCESS(status);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_STRING_EQUAL(dir, want);
    /* KPSA_STORAGE_DIR wins over the file. */
    dir = resolve(store, &status);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_STRING_EQUAL(dir, store);
    free((char *)kpsa_storage_conf_path);
    restore();
}

static void test_system_dir(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char want[4096];
    const char *dir;

    if (geteuid() != 0) {
        fprintf(stderr, "\n  (not root: the system directory is not used; skipped)");
        return;
    }
    snprintf(want, sizeof(want), "%s", sub("var/lib/kpsa"));
    kpsa_storage_conf_path = "/nonexistent/kpsa.conf";
    kpsa_storage_system_dir = want;
    dir = resolve(NULL, &status);
    KT_ASSERT_SUCCESS(status);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_STRING_EQUAL(dir, want);
    CU_ASSERT_EQUAL(mode_of(want), 0700);
    restore();
}

/* In a child (as nobody when root): XDG_DATA_HOME, then HOME.  Returns a
 * bit per failed check through the exit status. */
static int user_dirs_child(const char *base)
{
    char want[4200];
    char value[4200];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *dir;
    struct stat st;
    int failed = 0;

    kpsa_storage_conf_path = "/nonexistent/kpsa.conf";
    snprintf(value, sizeof(value), "%s/xdg", base);
    setenv("XDG_DATA_HOME", value, 1);
    snprintf(want, sizeof(want), "%s/xdg/kpsa", base);
    dir = resolve(NULL, &status);
    failed |= (dir == NULL || strcmp(dir, want) != 0) ? 1 : 0;
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    snprintf(value, sizeof(value), "%s/home", base);
    setenv("HOME", value, 1);
    snprintf(want, sizeof(want), "%s/home/.local/share/kpsa", base);
    dir = resolve(NULL, &status);
    failed |= (dir == NULL || strcmp(dir, want) != 0) ? 2 : 0;
    snprintf(value, sizeof(value), "%s/home/.local", base);
    failed |= (stat(value, &st) != 0 || (st.st_mode & 07777) != 0700) ? 4 : 0;
    return failed;
}

static void test_user_dirs(void)
{
    char base[4096];
    int wstatus = 0;
    pid_t pid;

    snprintf(base, sizeof(base), "%s", sub("user"));
    CU_ASSERT_EQUAL_FATAL(mkdir(base, 0700), 0);
    if (geteuid() == 0) {
        CU_ASSERT_EQUAL_FATAL(chown(base, NOBODY, NOBODY), 0);
        CU_ASSERT_EQUAL_FATAL(chmod(scratch, 0711), 0);
    }
    fflush(NULL);
    pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(NOBODY) != 0 || setuid(NOBODY) != 0)) {
            _exit(100);
        }
        /* _exit: no leak report from a child that changed its uid. */
        _exit(user_dirs_child(base));
    }
    CU_ASSERT_EQUAL(waitpid(pid, &wstatus, 0), pid);
    CU_ASSERT_TRUE(WIFEXITED(wstatus));
    CU_ASSERT_EQUAL(WEXITSTATUS(wstatus), 0);
    if (WEXITSTATUS(wstatus) != 0) {
        fprintf(stderr, "\n  user_dirs_child failed: %d", WEXITSTATUS(wstatus));
    }
    chmod(scratch, 0700);
}

static const kt_test directory_tests[] = {
    {"KPSA_STORAGE_DIR, created 0700 under any umask, cached", test_env_creates_0700},
    {"writable by group or others, not a directory, relative: refused", test_refusals},
    {"owned by another user: refused", test_owner_refused},
    {"kpsa.conf storage_dir; the environment wins", test_conf_file},
    {"effective uid 0: the system directory", test_system_dir},
    {"XDG_DATA_HOME, then HOME (as an ordinary user)", test_user_dirs},
};

/* ---- records ---- */

static const uint8_t key16[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                  0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};

static psa_key_attributes_t aes_attributes(psa_key_id_t id)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;

    attributes.kpsa_id = id;
    attributes.kpsa_lifetime = PSA_KEY_LIFETIME_PERSISTENT;
    attributes.kpsa_type = PSA_KEY_TYPE_AES;
    attributes.kpsa_bits = 128;
    attributes.kpsa_usage = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
    attributes.kpsa_alg = PSA_ALG_GCM;
    return attributes;
}

static bool same_attributes(const psa_key_attributes_t *a, const psa_key_attributes_t *b)
{
    return a->kpsa_id == b->kpsa_id && a->kpsa_lifetime == b->kpsa_lifetime &&
           a->kpsa_type == b->kpsa_type && a->kpsa_bits == b->kpsa_bits &&
           a->kpsa_usage == b->kpsa_usage && a->kpsa_alg == b->kpsa_alg &&
           a->kpsa_driver_state == NULL;
}

static const char *record_path(psa_key_id_t id)
{
    static char path[4200];

    snprintf(path, sizeof(path), "%s/%08x.key", store, (unsigned)id);
    return path;
}

static psa_status_t load_status(psa_key_id_t id)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    uint8_t *material = NULL;
    size_t size = 0;
    psa_status_t status = kpsa_storage_load(id, &attributes, &material, &size, NULL);

    kpsa_secmem_free(material, size);
    return status;
}

/* The whole file: malloc'ed, *size bytes. */
static uint8_t *slurp(const char *path, size_t *size)
{
    struct stat st;
    uint8_t *data;
    FILE *f = fopen(path, "rb");

    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL_FATAL(fstat(fileno(f), &st), 0);
    *size = (size_t)st.st_size;
    data = malloc(*size + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    CU_ASSERT_EQUAL_FATAL(fread(data, 1, *size, f), *size);
    fclose(f);
    return data;
}

static void spill(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");

    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL_FATAL(fwrite(data, 1, size, f), size);
    CU_ASSERT_EQUAL_FATAL(fclose(f), 0);
}

static void round_trip(bool named)
{
    psa_key_attributes_t attributes = aes_attributes(named ? 0x21 : 0x20);
    psa_key_attributes_t loaded = PSA_KEY_ATTRIBUTES_INIT;
    struct kpsa_storage_stamp stamp;
    uint8_t *material = NULL;
    size_t size = 0;
    mode_t old = umask(0777);

    kpsa_storage_force_named = named;
    KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    kpsa_storage_force_named = false;
    umask(old);
    CU_ASSERT_EQUAL(mode_of(record_path(attributes.kpsa_id)), 0600);
    KT_ASSERT_SUCCESS(
        kpsa_storage_load(attributes.kpsa_id, &loaded, &material, &size, &stamp));
    KT_ASSERT_BYTES(material, size, key16, sizeof(key16));
    CU_ASSERT_TRUE(same_attributes(&loaded, &attributes));
    CU_ASSERT_TRUE(kpsa_storage_current(attributes.kpsa_id, &stamp));
    kpsa_secmem_free(material, size);
    KT_ASSERT_STATUS(kpsa_storage_create(&attributes, key16, sizeof(key16)),
                     PSA_ERROR_ALREADY_EXISTS);
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(attributes.kpsa_id));
    CU_ASSERT_FALSE(kpsa_storage_current(attributes.kpsa_id, &stamp));
    KT_ASSERT_STATUS(load_status(attributes.kpsa_id), PSA_ERROR_DOES_NOT_EXIST);
    KT_ASSERT_STATUS(kpsa_storage_destroy(attributes.kpsa_id), PSA_ERROR_DOES_NOT_EXIST);
    /* Re-created: another stamp. */
    KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    CU_ASSERT_FALSE(kpsa_storage_current(attributes.kpsa_id, &stamp));
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(attributes.kpsa_id));
}

static void test_round_trip(void)
{
    round_trip(false);
}

static void test_round_trip_named(void)
{
    round_trip(true);
}

static void test_no_leftovers(void)
{
    psa_key_attributes_t attributes = aes_attributes(0x22);
    size_t count = 99;

    kpsa_storage_force_named = true;
    KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    kpsa_storage_force_named = false;
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(attributes.kpsa_id));
    KT_ASSERT_SUCCESS(kpsa_storage_list(NULL, 0, &count));
    CU_ASSERT_EQUAL(count, 0);
    /* Temporary and deleted files are gone: the directory is empty. */
    char cmd[4200];
    snprintf(cmd, sizeof(cmd), "test -z \"$(ls -A '%s')\"", store);
    CU_ASSERT_EQUAL(system(cmd), 0);
}

static void test_bad_arguments(void)
{
    psa_key_attributes_t attributes = aes_attributes(0);
    static uint8_t big[KPSA_STORAGE_MAX_MATERIAL + 1];

    KT_ASSERT_STATUS(kpsa_storage_create(&attributes, key16, sizeof(key16)),
                     PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(load_status(0), PSA_ERROR_DOES_NOT_EXIST);
    KT_ASSERT_STATUS(kpsa_storage_destroy(0), PSA_ERROR_DOES_NOT_EXIST);
    attributes = aes_attributes(0x23);
    attributes.kpsa_type = PSA_KEY_TYPE_RAW_DATA;
    KT_ASSERT_STATUS(kpsa_storage_create(&attributes, big, sizeof(big)),
                     PSA_ERROR_NOT_SUPPORTED);
    KT_ASSERT_STATUS(load_status(0x23), PSA_ERROR_DOES_NOT_EXIST);
}

/* Every byte flipped once, every truncation, an appended byte: never success. */
static void test_corruption(void)
{
    psa_key_attributes_t attributes = aes_attributes(0x30);
    const char *path = record_path(0x30);
    size_t size = 0;
    uint8_t *good;
    unsigned corrupt = 0;
    unsigned invalid = 0;

    KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    good = slurp(path, &size);
    CU_ASSERT_EQUAL(size, KPSA_STORAGE_HEADER_SIZE + sizeof(key16) + KPSA_STORAGE_CHECK_SIZE);
    for (size_t i = 0; i < size; i++) {
        good[i] ^= 0x01;
        spill(path, good, size);
        good[i] ^= 0x01;
        psa_status_t status = load_status(0x30);
        CU_ASSERT(status == PSA_ERROR_DATA_CORRUPT || status == PSA_ERROR_DATA_INVALID);
        corrupt += status == PSA_ERROR_DATA_CORRUPT;
        invalid += status == PSA_ERROR_DATA_INVALID;
    }
    CU_ASSERT_EQUAL(corrupt + invalid, size);
    for (size_t len = 0; len < size; len++) {
        spill(path, good, len);
        KT_ASSERT_STATUS(load_status(0x30), PSA_ERROR_DATA_CORRUPT);
    }
    good[size] = 0;
    spill(path, good, size + 1);
    KT_ASSERT_STATUS(load_status(0x30), PSA_ERROR_DATA_CORRUPT);
    spill(path, good, size);
    KT_ASSERT_SUCCESS(load_status(0x30));
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(0x30));
    free(good);
}

/* A record with a good check whose content is unusable. */
static void forge(psa_key_id_t file_id, const psa_key_attributes_t *attributes,
                  const uint8_t *material, size_t size, size_t patch_at, uint8_t patch)
{
    uint8_t *record = NULL;
    size_t record_size = 0;
    size_t hash_length = 0;

    KT_ASSERT_SUCCESS(kpsa_storage_record_build(attributes, material, size, &record,
                                                &record_size));
    if (patch_at < KPSA_STORAGE_HEADER_SIZE) {
        record[patch_at] = patch;
    }
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_256, record,
                                       record_size - KPSA_STORAGE_CHECK_SIZE,
                                       record + record_size - KPSA_STORAGE_CHECK_SIZE,
                                       KPSA_STORAGE_CHECK_SIZE, &hash_length));
    spill(record_path(file_id), record, record_size);
    kpsa_secmem_free(record, record_size);
}

static void test_invalid(void)
{
    static const struct {
        const char *what;
        size_t at;
        uint8_t value;
    } patches[] = {
        {"format version 2", 8, 2}, {"kind 1 (a driver's key context)", 10, 1},
        {"material length 0xff..", 35, 0xff}, {"reserved field", 36, 1},
        {"volatile lifetime", 16, 0}, {"another location", 18, 1},
        {"type none", 21, 0}, {"AES of 129 bits", 22, 0x81},
    };
    psa_key_attributes_t attributes = aes_attributes(0x40);

    for (size_t i = 0; i < sizeof(patches) / sizeof(patches[0]); i++) {
        forge(0x40, &attributes, key16, sizeof(key16), patches[i].at, patches[i].value);
        psa_status_t status = load_status(0x40);
        if (status != PSA_ERROR_DATA_INVALID) {
            fprintf(stderr, "\n  %s: %s", patches[i].what, kpsa_status_name(status));
        }
        KT_ASSERT_STATUS(status, PSA_ERROR_DATA_INVALID);
    }
    /* Unpatched forge: the test's own hash agrees with the store's. */
    forge(0x40, &attributes, key16, sizeof(key16), SIZE_MAX, 0);
    KT_ASSERT_SUCCESS(load_status(0x40));
    /* Copied to another key's name: that key's file holds the wrong id. */
    size_t size = 0;
    uint8_t *copy = slurp(record_path(0x40), &size);
    spill(record_path(0x41), copy, size);
    free(copy);
    KT_ASSERT_STATUS(load_status(0x41), PSA_ERROR_DATA_INVALID);
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(0x41));
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(0x40));
}

/* The material limit on load, where mutation does not reach (the fuzz target
 * tests/fuzz/record_fuzz keeps inputs short): KPSA_STORAGE_MAX_MATERIAL bytes
 * parse; one more, with a length field and check that agree, is DATA_INVALID.
 * A structured type, so that only the limit can reject it. */
static void test_material_limit(void)
{
    static uint8_t material[KPSA_STORAGE_MAX_MATERIAL + 1];
    psa_key_attributes_t attributes = aes_attributes(0x42);
    psa_key_attributes_t got = PSA_KEY_ATTRIBUTES_INIT;
    size_t size = KPSA_STORAGE_HEADER_SIZE + sizeof(material) + KPSA_STORAGE_CHECK_SIZE;
    uint8_t *big = calloc(1, size);
    uint8_t *record = NULL;
    size_t record_size = 0, offset = 0, length = 0, hash_length = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    attributes.kpsa_type = PSA_KEY_TYPE_RSA_KEY_PAIR;
    attributes.kpsa_bits = 4096;
    KT_ASSERT_SUCCESS(kpsa_storage_record_build(&attributes, material, sizeof(material) - 1,
                                                &record, &record_size));
    KT_ASSERT_SUCCESS(kpsa_storage_record_parse(0x42, record, record_size, &got, &offset,
                                                &length));
    CU_ASSERT_EQUAL(length, KPSA_STORAGE_MAX_MATERIAL);
    memcpy(big, record, KPSA_STORAGE_HEADER_SIZE);
    kpsa_secmem_free(record, record_size);
    big[32] = 0x01; /* material length 0x00010001 */
    big[34] = 0x01;
    KT_ASSERT_SUCCESS(psa_hash_compute(PSA_ALG_SHA_256, big, size - KPSA_STORAGE_CHECK_SIZE,
                                       big + size - KPSA_STORAGE_CHECK_SIZE,
                                       KPSA_STORAGE_CHECK_SIZE, &hash_length));
    KT_ASSERT_STATUS(kpsa_storage_record_parse(0x42, big, size, &got, &offset, &length),
                     PSA_ERROR_DATA_INVALID);
    CU_ASSERT_EQUAL(length, 0);
    free(big);
}

static void test_list(void)
{
    static const psa_key_id_t ids[] = {0x30, 0x5, PSA_KEY_ID_USER_MAX, 0x40000001, 0x1};
    static const psa_key_id_t sorted[] = {0x1, 0x5, 0x30, PSA_KEY_ID_USER_MAX, 0x40000001};
    static const char *const stale[] = {
        ".tmp-1-0000abcd", ".del-1-0000abcd", "0000000A.key", "00000007.key.bak",
        "00000000.key",    "0000007.key",     "x0000007.key", "00000007.kez",
    };
    psa_key_id_t got[8];
    size_t count = 0;

    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        psa_key_attributes_t attributes = aes_attributes(ids[i]);
        KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    }
    for (size_t i = 0; i < sizeof(stale) / sizeof(stale[0]); i++) {
        kt_write_file(store, stale[i], "junk", 4, 0600);
    }
    KT_ASSERT_SUCCESS(kpsa_storage_list(got, 2, &count));
    CU_ASSERT_EQUAL(count, 5);
    CU_ASSERT_EQUAL(got[0], 0x1);
    CU_ASSERT_EQUAL(got[1], 0x5);
    KT_ASSERT_SUCCESS(kpsa_storage_list(got, 8, &count));
    CU_ASSERT_EQUAL_FATAL(count, 5);
    CU_ASSERT_EQUAL(memcmp(got, sorted, sizeof(sorted)), 0);
    KT_ASSERT_STATUS(load_status(0xa), PSA_ERROR_DOES_NOT_EXIST);
    KT_ASSERT_STATUS(load_status(0x7), PSA_ERROR_DOES_NOT_EXIST);
    KT_ASSERT_STATUS(kpsa_storage_list(NULL, 1, &count), PSA_ERROR_INVALID_ARGUMENT);
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        KT_ASSERT_SUCCESS(kpsa_storage_destroy(ids[i]));
    }
    for (size_t i = 0; i < sizeof(stale) / sizeof(stale[0]); i++) {
        CU_ASSERT_EQUAL(unlink(kt_join(store, stale[i])), 0);
    }
}

/* Two threads create one id at once, many times: exactly one wins. */
static void *racer(void *arg)
{
    psa_key_attributes_t attributes = aes_attributes(0x50);

    *(psa_status_t *)arg = kpsa_storage_create(&attributes, key16, sizeof(key16));
    return NULL;
}

static void test_create_race(void)
{
    for (int round = 0; round < 50; round++) {
        psa_status_t status[2] = {PSA_ERROR_CORRUPTION_DETECTED, PSA_ERROR_CORRUPTION_DETECTED};
        pthread_t thread[2];

        kpsa_storage_force_named = (round & 1) != 0;
        for (int i = 0; i < 2; i++) {
            CU_ASSERT_EQUAL_FATAL(pthread_create(&thread[i], NULL, racer, &status[i]), 0);
        }
        for (int i = 0; i < 2; i++) {
            pthread_join(thread[i], NULL);
        }
        CU_ASSERT((status[0] == PSA_SUCCESS && status[1] == PSA_ERROR_ALREADY_EXISTS) ||
                  (status[1] == PSA_SUCCESS && status[0] == PSA_ERROR_ALREADY_EXISTS));
        KT_ASSERT_SUCCESS(kpsa_storage_destroy(0x50));
    }
    kpsa_storage_force_named = false;
}

/* Loads while another thread destroys and re-creates the key: a load sees
 * the key or no key, never a damaged record (destroy renames before it wipes). */
static atomic_bool churning;

static void *churner(void *arg)
{
    psa_key_attributes_t attributes = aes_attributes(0x51);
    int *rounds = arg;

    for (; *rounds < 100; (*rounds)++) {
        if (kpsa_storage_create(&attributes, key16, sizeof(key16)) != PSA_SUCCESS ||
            kpsa_storage_destroy(0x51) != PSA_SUCCESS) {
            break;
        }
    }
    atomic_store(&churning, false);
    return NULL;
}

static void test_load_destroy_race(void)
{
    unsigned seen[2] = {0, 0};
    unsigned other = 0;
    int rounds = 0;
    pthread_t thread;

    atomic_store(&churning, true);
    CU_ASSERT_EQUAL_FATAL(pthread_create(&thread, NULL, churner, &rounds), 0);
    while (atomic_load(&churning)) {
        psa_status_t status = load_status(0x51);
        if (status == PSA_SUCCESS || status == PSA_ERROR_DOES_NOT_EXIST) {
            seen[status == PSA_SUCCESS]++;
        } else {
            other++;
            fprintf(stderr, "\n  load during churn: %s", kpsa_status_name(status));
        }
    }
    pthread_join(thread, NULL);
    printf("\n  %u loads found the key, %u did not", seen[1], seen[0]);
    CU_ASSERT_EQUAL(rounds, 100);
    CU_ASSERT_EQUAL(other, 0);
    CU_ASSERT_TRUE(seen[0] + seen[1] > 0);
}

static const kt_test record_tests[] = {
    {"create, load, ALREADY_EXISTS, destroy, DOES_NOT_EXIST (O_TMPFILE)", test_round_trip},
    {"the same through a named temporary file", test_round_trip_named},
    {"nothing left behind by create and destroy", test_no_leftovers},
    {"id 0, material too large", test_bad_arguments},
    {"every byte flipped, every truncation: DATA_CORRUPT or DATA_INVALID", test_corruption},
    {"good check, unusable content, wrong id in the name: DATA_INVALID", test_invalid},
    {"material limit on load: 65536 bytes parse, 65537 DATA_INVALID", test_material_limit},
    {"list: ascending, stale and foreign names ignored", test_list},
    {"two threads create one id: one ALREADY_EXISTS", test_create_race},
    {"loads during destroy and re-create: the key or DOES_NOT_EXIST", test_load_destroy_race},
};

/* ---- public functions (the library's own copy of the store) ---- */

static void test_api(void)
{
    psa_key_attributes_t attributes = aes_attributes(0x60);
    psa_key_attributes_t got = PSA_KEY_ATTRIBUTES_INIT;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_id_t ids[4];
    size_t count = 0;
    const char *dir;

    for (int i = 0; i < 3; i++) {
        KT_ASSERT_STATUS(before_init[i], PSA_ERROR_BAD_STATE);
    }
    dir = kpsa_storage_dir(&status);
    KT_ASSERT_SUCCESS(status);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_STRING_EQUAL(dir, store);
    KT_ASSERT_SUCCESS(kpsa_storage_create(&attributes, key16, sizeof(key16)));
    KT_ASSERT_SUCCESS(kpsa_persistent_key_list(ids, 4, &count));
    CU_ASSERT_EQUAL(count, 1);
    CU_ASSERT_EQUAL(ids[0], 0x60);
    KT_ASSERT_STATUS(kpsa_persistent_key_list(NULL, 1, &count), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(kpsa_persistent_key_list(ids, 4, NULL), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_SUCCESS(kpsa_persistent_key_check(0x60, &got));
    CU_ASSERT_TRUE(same_attributes(&got, &attributes));
    KT_ASSERT_SUCCESS(kpsa_persistent_key_check(0x60, NULL));
    KT_ASSERT_STATUS(kpsa_persistent_key_check(0x61, &got), PSA_ERROR_DOES_NOT_EXIST);
    CU_ASSERT_EQUAL(got.kpsa_type, 0);
    forge(0x61, &attributes, key16, sizeof(key16), SIZE_MAX, 0);
    KT_ASSERT_STATUS(kpsa_persistent_key_check(0x61, &got), PSA_ERROR_DATA_INVALID);
    spill(record_path(0x61), key16, sizeof(key16));
    KT_ASSERT_STATUS(kpsa_persistent_key_check(0x61, &got), PSA_ERROR_DATA_CORRUPT);
    CU_ASSERT_EQUAL(unlink(record_path(0x61)), 0);
    KT_ASSERT_SUCCESS(kpsa_storage_destroy(0x60));
}

static size_t open_fds(void)
{
    size_t n = 0;
    DIR *dir = opendir("/proc/self/fd");

    if (dir == NULL) {
        return 0;
    }
    while (readdir(dir) != NULL) {
        n++;
    }
    closedir(dir);
    return n;
}

static void test_no_fd_leak(void)
{
    CU_ASSERT_NOT_EQUAL(fds_at_start, 0);
    CU_ASSERT_EQUAL(open_fds(), fds_at_start);
}

static const kt_test api_tests[] = {
    {"kpsa_storage_dir, kpsa_persistent_key_list, kpsa_persistent_key_check", test_api},
    {"no file descriptor left open by any test", test_no_fd_leak},
};

static void cleanup(void)
{
    if (scratch != NULL) {
        kt_rmtree(scratch);
        free(scratch);
        scratch = NULL;
    }
    kpsa_storage_free();
}

int main(int argc, char **argv)
{
    psa_key_attributes_t attributes;
    size_t count;

    scratch = kt_tmpdir("storage");
    atexit(cleanup);
    snprintf(store, sizeof(store), "%s/store", scratch);
    setenv("KPSA_STORAGE_DIR", store, 1);
    setenv("KPSA_DEBUG", "quiet", 0);
    (void)kpsa_storage_dir(&before_init[0]);
    before_init[1] = kpsa_persistent_key_list(NULL, 0, &count);
    before_init[2] = kpsa_persistent_key_check(1, &attributes);
    if (psa_crypto_init() != PSA_SUCCESS) {
        fprintf(stderr, "psa_crypto_init failed\n");
        return 99;
    }
    fds_at_start = open_fds();
    KT_ADD_SUITE("storage directory", directory_tests);
    KT_ADD_SUITE("storage records", record_tests);
    KT_ADD_SUITE("storage public functions", api_tests);
    return kt_run(argc, argv);
}
