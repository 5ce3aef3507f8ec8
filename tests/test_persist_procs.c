/*
 * test_persist_procs.c - the multi-process half of test_persist: the roles a
 * re-executed test_persist plays (its argv[1]), running them, and the tests
 * that need other processes (restart, a race to create, a key destroyed or
 * re-created elsewhere).  A child prints its results on standard output.
 */
#include "config.h"

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_persist.h"
#include "testutil.h"

#define RACE_IDS 100

/* ---- children ------------------------------------------------------------- */

static void print_hex(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        printf("%02x", p[i]);
    }
}

/* show ID: the key's attributes and export, as the parent expects them. */
static int child_show(psa_key_id_t id)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    uint8_t out[PSA_EXPORT_KEY_PAIR_MAX_SIZE];
    size_t len = 0;
    psa_status_t status = psa_get_key_attributes(id, &a);
    if (status != PSA_SUCCESS) {
        printf("status %d\n", (int)status);
        return 0;
    }
    printf("%04x %u %08" PRIx32 " %08" PRIx32 " %08" PRIx32 " %08" PRIx32 " ",
           (unsigned)psa_get_key_type(&a), (unsigned)psa_get_key_bits(&a),
           (uint32_t)psa_get_key_usage_flags(&a), (uint32_t)psa_get_key_algorithm(&a),
           (uint32_t)psa_get_key_lifetime(&a), (uint32_t)psa_get_key_id(&a));
    status = psa_export_key(id, out, sizeof(out), &len);
    if (status == PSA_SUCCESS) {
        print_hex(out, len);
    } else {
        printf("export %d", (int)status);
    }
    printf("\n");
    return 0;
}

/* sign ID: an ECDSA signature of kt_hash32 with the key. */
static int child_sign(psa_key_id_t id)
{
    uint8_t sig[PSA_SIGNATURE_MAX_SIZE];
    size_t len = 0;
    psa_status_t status = psa_sign_hash(id, ECDSA256, kt_hash32, 32, sig, sizeof(sig), &len);
    if (status != PSA_SUCCESS) {
        printf("status %d\n", (int)status);
        return 0;
    }
    print_hex(sig, len);
    printf("\n");
    return 0;
}

/* race FD BASE FILL: wait until FD closes, then try to create ids BASE ..
 * BASE+RACE_IDS-1; one letter per id: S created, E already exists, X other. */
static int child_race(int fd, psa_key_id_t base, uint8_t fill)
{
    char c;
    char line[RACE_IDS + 2];
    while (read(fd, &c, 1) > 0) {
    }
    close(fd);
    for (psa_key_id_t i = 0; i < RACE_IDS; i++) {
        psa_status_t status = kt_import_aes(base + i, fill, PSA_KEY_USAGE_EXPORT);
        line[i] = status == PSA_SUCCESS ? 'S' : status == PSA_ERROR_ALREADY_EXISTS ? 'E' : 'X';
    }
    line[RACE_IDS] = '\0';
    printf("%s\n", line);
    return 0;
}

int kt_child_main(int argc, char **argv)
{
    if (psa_crypto_init() != PSA_SUCCESS || argc < 3) {
        return 99;
    }
    const char *role = argv[1];
    psa_key_id_t id = (psa_key_id_t)strtoul(argv[2], NULL, 0);
    if (strcmp(role, "show") == 0) {
        return child_show(id);
    }
    if (strcmp(role, "sign") == 0) {
        return child_sign(id);
    }
    if (strcmp(role, "create") == 0 && argc == 4) {
        printf("%d\n",
               (int)kt_import_aes(id, (uint8_t)strtoul(argv[3], NULL, 0), PSA_KEY_USAGE_EXPORT));
        return 0;
    }
    if (strcmp(role, "destroy") == 0) {
        printf("%d\n", (int)psa_destroy_key(id));
        return 0;
    }
    if (strcmp(role, "race") == 0 && argc == 5) {
        return child_race((int)id, (psa_key_id_t)strtoul(argv[3], NULL, 0),
                          (uint8_t)strtoul(argv[4], NULL, 0));
    }
    return 99;
}

/* ---- running children ----------------------------------------------------- */

struct child {
    pid_t pid;
    int out;
};

/* Start this program with `args` (NULL-terminated, role first); keep_fd is
 * left open in the child (-1: none). */
static struct child spawn(const char *const *args, int keep_fd)
{
    struct child c = {-1, -1};
    static char name[] = "test_persist";
    char *argv[8] = {name};
    int fds[2];
    size_t n = 1;

    for (; args[n - 1] != NULL && n < 7; n++) {
        argv[n] = (char *)args[n - 1];
    }
    argv[n] = NULL;
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return c;
    }
    fflush(NULL);
    c.pid = fork();
    if (c.pid == 0) {
        dup2(fds[1], 1);
        if (keep_fd >= 0) {
            fcntl(keep_fd, F_SETFD, 0);
        }
        execv("/proc/self/exe", argv);
        _exit(127);
    }
    close(fds[1]);
    c.out = fds[0];
    return c;
}

/* Wait for a child; its output (NUL-terminated) in out; its exit status. */
static int reap(struct child c, char *out, size_t size)
{
    size_t len = 0;
    ssize_t n = 0;
    int wstatus = 0;

    while (len + 1 < size && (n = read(c.out, out + len, size - 1 - len)) > 0) {
        len += (size_t)n;
    }
    out[len] = '\0';
    close(c.out);
    if (waitpid(c.pid, &wstatus, 0) != c.pid || !WIFEXITED(wstatus)) {
        return -1;
    }
    return WEXITSTATUS(wstatus);
}

/* Run a child to completion; returns its output in a static buffer. */
const char *kt_run_child(const char *role, psa_key_id_t id, const char *extra)
{
    static char out[OUT_MAX];
    char idtext[16];
    snprintf(idtext, sizeof(idtext), "%" PRIu32, id);
    const char *args[] = {role, idtext, extra, NULL};
    struct child c = spawn(args, -1);
    CU_ASSERT_TRUE_FATAL(c.pid > 0);
    CU_ASSERT_EQUAL(reap(c, out, sizeof(out)), 0);
    return out;
}

psa_status_t kt_child_status(const char *role, psa_key_id_t id, const char *extra)
{
    return (psa_status_t)strtol(kt_run_child(role, id, extra), NULL, 10);
}

/* What child_show prints for a key of this process. */
void kt_expected_show(psa_key_id_t id, char *line, size_t size)
{
    psa_key_attributes_t a = psa_key_attributes_init();
    uint8_t out[PSA_EXPORT_KEY_PAIR_MAX_SIZE];
    size_t len = 0;
    KT_ASSERT_SUCCESS(psa_get_key_attributes(id, &a));
    KT_ASSERT_SUCCESS(psa_export_key(id, out, sizeof(out), &len));
    int w = snprintf(line, size, "%04x %u %08" PRIx32 " %08" PRIx32 " %08" PRIx32 " %08" PRIx32 " ",
                     (unsigned)psa_get_key_type(&a), (unsigned)psa_get_key_bits(&a),
                     (uint32_t)psa_get_key_usage_flags(&a), (uint32_t)psa_get_key_algorithm(&a),
                     (uint32_t)psa_get_key_lifetime(&a), (uint32_t)psa_get_key_id(&a));
    for (size_t i = 0; i < len && (size_t)w + 3 < size; i++, w += 2) {
        snprintf(line + w, size - (size_t)w, "%02x", out[i]);
    }
    snprintf(line + w, size - (size_t)w, "\n");
}

void test_restart(void)
{
    char want[OUT_MAX];
    uint8_t sig[64];

    for (psa_key_id_t k = ID_AES; k <= ID_RSA; k++) {
        kt_expected_show(k, want, sizeof(want));
        CU_ASSERT_STRING_EQUAL(kt_run_child("show", k, NULL), want);
    }
    /* A signature made by another process verifies with our copy. */
    const char *hex = kt_run_child("sign", ID_ECC, NULL);
    CU_ASSERT_EQUAL_FATAL(strlen(hex), 129);
    for (size_t i = 0; i < 64; i++) {
        unsigned byte = 0;
        sscanf(hex + 2 * i, "%2x", &byte);
        sig[i] = (uint8_t)byte;
    }
    KT_ASSERT_SUCCESS(psa_verify_hash(ID_ECC, ECDSA256, kt_hash32, 32, sig, 64));
}

void test_already_exists(void)
{
    psa_key_id_t id = 0x777;
    psa_key_attributes_t a = kt_pattrs(ID_ECC, SECP256R1, 256, PSA_KEY_USAGE_SIGN_HASH, ECDSA256);

    KT_ASSERT_STATUS(kt_import_aes(ID_AES, 1, 0), PSA_ERROR_ALREADY_EXISTS);
    KT_ASSERT_STATUS(psa_generate_key(&a, &id), PSA_ERROR_ALREADY_EXISTS);
    CU_ASSERT_EQUAL(id, PSA_KEY_ID_NULL);
    a = kt_pattrs(ID_RSA, 0, 0, PSA_KEY_USAGE_EXPORT, 0);
    KT_ASSERT_STATUS(psa_copy_key(ID_HMAC, &a, &id), PSA_ERROR_NOT_PERMITTED); /* no COPY */
    KT_ASSERT_STATUS(kt_child_status("create", ID_AES, "7"), PSA_ERROR_ALREADY_EXISTS);
    KT_ASSERT_STATUS(kt_child_status("create", ID_RSA, "7"), PSA_ERROR_ALREADY_EXISTS);
    /* The existing keys are untouched. */
    char want[OUT_MAX];
    kt_expected_show(ID_AES, want, sizeof(want));
    CU_ASSERT_STRING_EQUAL(kt_run_child("show", ID_AES, NULL), want);
}

void test_race(void)
{
    int gate[2];
    char idtext[16], base[16], out[2][OUT_MAX];
    const char *fills[2] = {"161", "178"}; /* 0xa1, 0xb2 */
    struct child c[2];

    CU_ASSERT_EQUAL_FATAL(pipe2(gate, O_CLOEXEC), 0);
    snprintf(idtext, sizeof(idtext), "%d", gate[0]);
    snprintf(base, sizeof(base), "%d", ID_RACE);
    for (int i = 0; i < 2; i++) {
        const char *args[] = {"race", idtext, base, fills[i], NULL};
        c[i] = spawn(args, gate[0]);
    }
    close(gate[0]);
    close(gate[1]); /* both start now */
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(reap(c[i], out[i], sizeof(out[i])), 0);
        CU_ASSERT_EQUAL_FATAL(strlen(out[i]), RACE_IDS + 1);
    }
    int wins[2] = {0, 0};
    for (int k = 0; k < RACE_IDS; k++) {
        int winner = out[0][k] == 'S' ? 0 : 1;
        CU_ASSERT_EQUAL(out[winner][k], 'S');
        CU_ASSERT_EQUAL(out[1 - winner][k], 'E');
        wins[winner]++;
        /* The key holds the winner's material. */
        uint8_t key[16];
        size_t len = 0;
        KT_ASSERT_SUCCESS(psa_export_key(ID_RACE + (psa_key_id_t)k, key, sizeof(key), &len));
        CU_ASSERT_EQUAL(key[0], winner == 0 ? 0xa1 : 0xb2);
        KT_ASSERT_SUCCESS(psa_destroy_key(ID_RACE + (psa_key_id_t)k));
    }
    printf("[race: %d/%d wins] ", wins[0], wins[1]);
}

void test_destroyed_elsewhere(void)
{
    uint8_t out[32];
    uint8_t key[16];
    size_t len = 0;
    psa_mac_operation_t op = psa_mac_operation_init();
    psa_key_attributes_t a = kt_pattrs(ID_GONE, PSA_KEY_TYPE_HMAC, 0,
                                       PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_CACHE, HMAC256);
    psa_key_id_t id = 0;

    KT_ASSERT_SUCCESS(psa_import_key(&a, kt_hmac_key, sizeof(kt_hmac_key), &id));
    KT_ASSERT_SUCCESS(kt_mac(ID_GONE, out)); /* now cached here */
    KT_ASSERT_SUCCESS(psa_mac_sign_setup(&op, ID_GONE, HMAC256));
    KT_ASSERT_SUCCESS(kt_child_status("destroy", ID_GONE, NULL));
    CU_ASSERT_FALSE(kt_record_exists(ID_GONE));
    /* New uses fail; an operation already holding the key finishes. */
    KT_ASSERT_STATUS(kt_mac(ID_GONE, out), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_get_key_attributes(ID_GONE, &a), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_SUCCESS(psa_mac_update(&op, kt_msg, sizeof(kt_msg)));
    KT_ASSERT_SUCCESS(psa_mac_sign_finish(&op, out, sizeof(out), &len));
    KT_ASSERT_STATUS(psa_destroy_key(ID_GONE), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(psa_purge_key(ID_GONE), PSA_ERROR_INVALID_HANDLE);
    KT_ASSERT_STATUS(kt_child_status("destroy", ID_GONE, NULL), PSA_ERROR_INVALID_HANDLE);

    /* Destroyed and re-created elsewhere: the new key is seen. */
    KT_ASSERT_SUCCESS(
        kt_import_aes(ID_RECREATED, 0x01, PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_CACHE));
    KT_ASSERT_SUCCESS(psa_export_key(ID_RECREATED, key, sizeof(key), &len));
    CU_ASSERT_EQUAL(key[0], 0x01);
    KT_ASSERT_SUCCESS(kt_child_status("destroy", ID_RECREATED, NULL));
    KT_ASSERT_SUCCESS(kt_child_status("create", ID_RECREATED, "2"));
    KT_ASSERT_SUCCESS(psa_export_key(ID_RECREATED, key, sizeof(key), &len));
    CU_ASSERT_EQUAL(key[0], 0x02);
    KT_ASSERT_SUCCESS(psa_get_key_attributes(ID_RECREATED, &a));
    CU_ASSERT_EQUAL(psa_get_key_usage_flags(&a), PSA_KEY_USAGE_EXPORT); /* the child's */
    KT_ASSERT_SUCCESS(psa_destroy_key(ID_RECREATED));
    KT_ASSERT_STATUS(kt_child_status("destroy", ID_RECREATED, NULL), PSA_ERROR_INVALID_HANDLE);
}
