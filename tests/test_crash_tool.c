/*
 * test_crash_tool.c - `kpsa keys` (the build tree's tool) on the store the
 * crash test left, on damaged records, on a new directory and on a refused
 * one (see test_crash.c).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "test_crash.h"
#include "testutil.h"

#define TOOL_OUTPUT_SIZE (4u << 20)

/* Runs the build tree's "kpsa keys [option]" on the store in dir; its standard
 * output and error go to out (NUL-terminated).  Returns its exit status, -1 if
 * it did not exit. */
static int run_keys(const char *dir, const char *option, char *out, size_t size)
{
    size_t used = 0;
    int fds[2];
    int wstatus = 0;
    pid_t pid;

    if (pipe2(fds, O_CLOEXEC) != 0) {
        perror("pipe2");
        exit(99);
    }
    fflush(NULL);
    pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(99);
    }
    if (pid == 0) {
        if (dup2(fds[1], STDOUT_FILENO) < 0 || dup2(fds[1], STDERR_FILENO) < 0 ||
            setenv("KPSA_STORAGE_DIR", dir, 1) != 0) {
            _exit(126);
        }
        execl(KT_TOP_BUILDDIR "/kpsa", "kpsa", "keys", option, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    for (;;) {
        char sink[4096];
        bool room = used + 1 < size;
        ssize_t n = read(fds[0], room ? out + used : sink, room ? size - 1 - used : sizeof(sink));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        used += room ? (size_t)n : 0;
    }
    out[used] = '\0';
    close(fds[0]);
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
}

/* Counts the key lines ("0x..." first) of the output whose third word is `word`
 * (NULL: every key line). */
static size_t count_rows(const char *out, const char *word)
{
    size_t rows = 0;

    for (const char *line = out; *line != '\0';) {
        const char *end = strchr(line, '\n');
        char first[64], second[64], third[64];
        if (strncmp(line, "0x", 2) == 0 &&
            (word == NULL || (sscanf(line, "%63s %63s %63s", first, second, third) == 3 &&
                              strcmp(third, word) == 0))) {
            rows++;
        }
        line = end != NULL ? end + 1 : line + strlen(line);
    }
    return rows;
}

/* Lower-case hex of the first 12 bytes of an imported key, to look for a leak. */
static void material_hex(uint32_t id, char hex[25])
{
    struct key_spec k;

    kc_spec_of(id, 0, &k);
    for (size_t i = 0; i < 12 && i < k.length; i++) {
        snprintf(hex + 2 * i, 3, "%02x", k.material[i]);
    }
}

/* The count of "N leftover files ..." in the output of --check; 0 without it. */
static unsigned reported_leftovers(const char *out)
{
    const char *note = strstr(out, " leftover file");
    unsigned reported = 0;

    while (note != NULL && note > out && note[-1] >= '0' && note[-1] <= '9') {
        note--;
    }
    if (note == NULL || sscanf(note, "%u leftover", &reported) != 1) {
        return 0;
    }
    return reported;
}

void kc_test_tool_agrees(void)
{
    char *out = malloc(TOOL_OUTPUT_SIZE);
    size_t count = 0;
    unsigned leaks = 0;
    unsigned with_data = 0;
    char hex[25] = "";

    if (!kc.checked || out == NULL) {
        CU_FAIL("the keys were not checked");
        free(out);
        return;
    }
    KT_ASSERT_SUCCESS(kpsa_persistent_key_list(NULL, 0, &count));
    CU_ASSERT_EQUAL(run_keys(kc.dir, "--check", out, TOOL_OUTPUT_SIZE), 0);
    CU_ASSERT_EQUAL(count_rows(out, NULL), count);
    CU_ASSERT_EQUAL(count_rows(out, "OK"), count);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, kc.dir));
    CU_ASSERT_EQUAL(reported_leftovers(out), kc_count_leftovers(&with_data));
    CU_ASSERT_EQUAL(run_keys(kc.dir, NULL, out, TOOL_OUTPUT_SIZE), 0);
    CU_ASSERT_EQUAL(count_rows(out, NULL), count);
    /* Never key material: no imported key's bytes appear, in any case. */
    for (uint32_t i = 0; i < kc.issued; i++) {
        struct key_spec k;
        kc_spec_of(ID_BASE + i, 0, &k);
        if (kc.present[i] && !k.generated && k.length >= 12) {
            material_hex(ID_BASE + i, hex);
            leaks += strcasestr(out, hex) != NULL;
        }
    }
    CU_ASSERT_EQUAL(leaks, 0);
    free(out);
}

/* ---- damaged records are caught ----------------------------------------------- */

static const char *record_path(psa_key_id_t id)
{
    static char path[4096];

    snprintf(path, sizeof(path), "%s/%08" PRIx32 ".key", kc.dir, id);
    return path;
}

/* Flips one byte of a record in the middle, or cuts it to `keep` bytes. */
static bool damage(psa_key_id_t id, bool truncate, off_t keep)
{
    struct stat st;
    uint8_t byte = 0;
    bool done = false;
    int fd = open(record_path(id), O_RDWR | O_CLOEXEC);

    if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > 2) {
        off_t middle = st.st_size / 2;
        if (truncate) {
            done = ftruncate(fd, keep < 0 ? st.st_size + keep : keep) == 0;
        } else if (pread(fd, &byte, 1, middle) == 1) {
            byte ^= 0x20;
            done = pwrite(fd, &byte, 1, middle) == 1;
        }
    }
    if (fd >= 0) {
        close(fd);
    }
    return done;
}

void kc_test_damaged_records(void)
{
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t victims[3];
    psa_key_id_t ids[3];
    size_t count = 0;
    char *out = malloc(TOOL_OUTPUT_SIZE);

    if (!kc.checked || out == NULL) {
        CU_FAIL("the keys were not checked");
        free(out);
        return;
    }
    KT_ASSERT_SUCCESS(kpsa_persistent_key_list(ids, 3, &count));
    if (count < 3) {
        CU_FAIL("fewer than three records");
        free(out);
        return;
    }
    memcpy(victims, ids, sizeof(victims));
    CU_ASSERT_TRUE(damage(victims[0], false, 0));
    CU_ASSERT_TRUE(damage(victims[1], true, 20)); /* inside the header */
    CU_ASSERT_TRUE(damage(victims[2], true, -1)); /* one byte of the check missing */
    for (size_t i = 0; i < 3; i++) {
        KT_ASSERT_STATUS(kpsa_persistent_key_check(victims[i], &a), PSA_ERROR_DATA_CORRUPT);
        CU_ASSERT_EQUAL(psa_get_key_type(&a), 0);
        KT_ASSERT_STATUS(psa_get_key_attributes(victims[i], &a), PSA_ERROR_DATA_CORRUPT);
        psa_reset_key_attributes(&a);
    }
    CU_ASSERT_EQUAL(run_keys(kc.dir, "--check", out, TOOL_OUTPUT_SIZE), 1);
    CU_ASSERT_EQUAL(count_rows(out, "PSA_ERROR_DATA_CORRUPT"), 3);
    CU_ASSERT_EQUAL(count_rows(out, "OK") + 3, count_rows(out, NULL));
    free(out);
}

/* ---- kpsa keys on other directories ---------------------------------------- */

/* A sibling of the store, "<store>-<tag>" (freed by the caller, removed by teardown). */
char *kc_sibling(const char *tag)
{
    char *path = NULL;

    if (asprintf(&path, "%s-%s", kc.dir, tag) < 0) {
        exit(99);
    }
    return path;
}

void kc_test_tool_empty_store(void)
{
    char *dir = kc_sibling("empty");
    char *out = malloc(TOOL_OUTPUT_SIZE);
    struct stat st;

    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    /* Missing: created, 0700. */
    CU_ASSERT_EQUAL(run_keys(dir, NULL, out, TOOL_OUTPUT_SIZE), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, dir));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\n0 persistent keys\n"));
    CU_ASSERT_TRUE(stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0700);
    CU_ASSERT_EQUAL(run_keys(dir, "--check", out, TOOL_OUTPUT_SIZE), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\n0 persistent keys: 0 OK, 0 failed\n"));
    CU_ASSERT_EQUAL(run_keys(dir, "--verbose", out, TOOL_OUTPUT_SIZE), 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "usage: kpsa keys [--check]"));
    rmdir(dir);
    free(out);
    free(dir);
}

/* A directory others may write to is refused, with the status and the reason. */
void kc_test_tool_refused_directory(void)
{
    char *dir = kc_sibling("open");
    char *out = malloc(TOOL_OUTPUT_SIZE);
    const char *options[] = {NULL, "--check"};

    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_TRUE(mkdir(dir, 0700) == 0 && chmod(dir, 0777) == 0);
    for (size_t i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(run_keys(dir, options[i], out, TOOL_OUTPUT_SIZE), 1);
        CU_ASSERT_PTR_NOT_NULL(strstr(out, "PSA_ERROR_STORAGE_FAILURE"));
        CU_ASSERT_PTR_NOT_NULL(strstr(out, "refused"));
        CU_ASSERT_PTR_NULL(strstr(out, "storage directory:"));
    }
    rmdir(dir);
    free(out);
    free(dir);
}
