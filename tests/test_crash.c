/*
 * test_crash.c - the persistent key store after writers killed at random points.
 *
 * lib/core/storage.h promises that after a crash at any point a key is either
 * complete or absent.  This program forks writer processes one after the
 * other (KPSA_CRASH_CYCLES kills, default 1000), all on one fresh storage
 * directory named by KPSA_STORAGE_DIR, and SIGKILLs each after a random delay
 * drawn from a seeded generator (KPSA_CRASH_SEED replays a run; the seed is
 * printed).  A writer creates persistent keys, by import or generation, with
 * ids from the block the parent gave it, and reports each id on a pipe only
 * after the call returned PSA_SUCCESS; some writers also destroy keys that
 * were reported, announcing each destruction before the call and reporting it
 * after.  Then the parent, which has not initialised the library before,
 * checks the store:
 *  - every key reported created and not announced destroyed loads, with its
 *    attributes and its material;
 *  - every key reported destroyed is gone (PSA_ERROR_INVALID_HANDLE);
 *  - every key whose creation or destruction was under way is either absent
 *    or complete and correct (a key is complete before its report is sent);
 *  - the store lists no other id, every record passes
 *    kpsa_persistent_key_check(), and `kpsa keys` / `kpsa keys --check` (the
 *    build tree's tool) agree, count the leftover temporary files alike and
 *    print no key material; then records with one byte flipped, cut inside
 *    the header or one byte short must be PSA_ERROR_DATA_CORRUPT for the API
 *    and for the tool.
 * Between the kills and the check, pairs of writers race for the same ids
 * and are killed (KPSA_CRASH_CYCLES / 16 pairs; test_crash_race.c): of two
 * creators of an id one at most may win, and the store must hold the
 * winner's key.  Two more tests run the tool on a new, empty directory and on
 * one that others may write to (refused: PSA_ERROR_STORAGE_FAILURE, exit
 * status 1); test_crash_tool.c.
 *
 * SIGKILL shows what other processes see after a crash at any instruction;
 * it cannot show durability across a power loss (the page cache outlives a
 * killed process), which is what the fsync calls of the contract are for.
 * The directory lives on tmpfs (/dev/shm) when there is one, because without
 * the latency of fsync far more kills land inside the writes, which is what
 * gives the test its power: a store patched to write records in place failed
 * with 126 half-written records in 1000 kills (73 on ext4), one that wiped a
 * record in place before unlinking it with 49, one that renamed records into
 * place (replacing) with 3470 raced ids held by the wrong writer.
 * KPSA_CRASH_DIR names another parent directory.  On failure the store is
 * kept and its path printed.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <kpsa/kpsa.h>

#include "test_crash.h"
#include "testutil.h"
#include "tmpfiles.h"

#define BLOCK    256u /* ids per writer: more than one lives to write */
#define LIVE_MAX 400u /* above this many live keys, every writer destroys */

struct crash_state kc;

static uint64_t rng_state;

/* splitmix64: small, seedable, good enough for delays and choices. */
static uint64_t mix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

uint64_t kc_rnd(uint64_t bound)
{
    return mix(&rng_state) % bound;
}

/* ---- keys derived from their id ----------------------------------------- */

static void fill_material(uint32_t id, unsigned tag, uint8_t *out, size_t length)
{
    uint64_t s = ((uint64_t)tag << 32 | id) * 0x2545f4914f6cdd1du;

    for (size_t i = 0; i < length; i += 8) {
        uint64_t v = mix(&s);
        for (size_t j = 0; j < 8 && i + j < length; j++) {
            out[i + j] = (uint8_t)(v >> (8 * j));
        }
    }
}

void kc_spec_of(uint32_t id, unsigned tag, struct key_spec *k)
{
    static const size_t aes_bits[] = {128, 192, 256};
    const psa_key_usage_t hash_sign = PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH |
                                      PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE;

    memset(k, 0, sizeof(*k));
    switch (id % 6) {
    case 0:
        k->type = PSA_KEY_TYPE_AES;
        k->bits = aes_bits[(id / 6) % 3];
        k->usage = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
        k->alg = PSA_ALG_GCM;
        break;
    case 1:
        k->type = PSA_KEY_TYPE_HMAC;
        k->bits = 8 * (8 + (id / 6) % 121); /* 8 .. 128 bytes: records of many sizes */
        k->usage = PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE;
        k->alg = PSA_ALG_HMAC(PSA_ALG_SHA_256);
        break;
    case 2:
        k->type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1);
        k->bits = 256;
        k->usage = hash_sign;
        k->alg = PSA_ALG_ECDSA(PSA_ALG_SHA_256);
        break;
    case 3:
        k->type = PSA_KEY_TYPE_RAW_DATA;
        k->bits = 8 * (1 + (id / 6) % 64);
        k->usage = PSA_KEY_USAGE_DERIVE;
        k->alg = PSA_ALG_NONE;
        break;
    case 4:
        k->type = PSA_KEY_TYPE_AES;
        k->bits = 256;
        k->usage = PSA_KEY_USAGE_ENCRYPT;
        k->alg = PSA_ALG_CTR;
        k->generated = true;
        break;
    default:
        k->type = PSA_KEY_TYPE_HMAC;
        k->bits = 256;
        k->usage = PSA_KEY_USAGE_SIGN_MESSAGE;
        k->alg = PSA_ALG_HMAC(PSA_ALG_SHA_384);
        k->generated = true;
        break;
    }
    k->usage |= PSA_KEY_USAGE_EXPORT | (id & 8 ? PSA_KEY_USAGE_COPY : 0);
    k->length = k->bits / 8;
    if (!k->generated) {
        fill_material(id, tag, k->material, k->length);
        k->material[0] ^= (uint8_t)(tag * 0x5a); /* the writers differ even in one byte */
    }
    if (k->type == PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)) {
        k->material[0] &= 0x7f; /* below the group order, and not zero */
        k->material[31] |= 1;
    }
}

static void set_attributes(uint32_t id, const struct key_spec *k, psa_key_attributes_t *a)
{
    *a = psa_key_attributes_init();
    psa_set_key_id(a, id);
    psa_set_key_lifetime(a, PSA_KEY_LIFETIME_PERSISTENT);
    psa_set_key_type(a, k->type);
    psa_set_key_usage_flags(a, k->usage);
    psa_set_key_algorithm(a, k->alg);
    /* Some imports leave the size to the material. */
    psa_set_key_bits(a, k->generated || (id & 16) ? k->bits : 0);
}

/* ---- the writer (a child process) ---------------------------------------- */

void kc_send(int fd, uint32_t kind, uint32_t id, int32_t value, const uint8_t *material,
             size_t length)
{
    struct report r;

    memset(&r, 0, sizeof(r));
    r.kind = kind;
    r.id = id;
    r.value = value;
    r.length = (uint32_t)length;
    if (material != NULL) {
        memcpy(r.material, material, length);
    }
    if (write(fd, &r, sizeof(r)) != (ssize_t)sizeof(r)) {
        _exit(3);
    }
}

psa_status_t kc_create_key(int fd, uint32_t id, unsigned tag)
{
    struct key_spec k;
    psa_key_attributes_t a;
    psa_key_id_t key = PSA_KEY_ID_NULL;
    uint8_t out[32];
    size_t length = 0;
    psa_status_t status;

    kc_spec_of(id, tag, &k);
    set_attributes(id, &k, &a);
    kc_send(fd, R_START, id, (int32_t)tag, NULL, 0);
    if (!k.generated) {
        status = psa_import_key(&a, k.material, k.length, &key);
        if (status == PSA_SUCCESS) {
            kc_send(fd, R_CREATED, id, (int32_t)tag, NULL, 0);
        }
        return status;
    }
    status = psa_generate_key(&a, &key);
    if (status == PSA_SUCCESS) {
        /* Reported after the key exists; the export only tells the parent its value. */
        status = psa_export_key(key, out, sizeof(out), &length);
        if (status == PSA_SUCCESS) {
            kc_send(fd, R_CREATED, id, (int32_t)tag, out, length);
        }
    }
    return status;
}

/* Destroys one live key (the writer's copy of the table came with fork()). */
static psa_status_t destroy_one(int fd, uint32_t *id)
{
    uint32_t i = (uint32_t)kc_rnd(kc.live_count);
    psa_status_t status;

    *id = kc.live[i];
    kc.live[i] = kc.live[--kc.live_count];
    kc_send(fd, R_DESTROYING, *id, 0, NULL, 0);
    status = psa_destroy_key(*id);
    if (status == PSA_SUCCESS) {
        kc_send(fd, R_DESTROYED, *id, 0, NULL, 0);
    }
    return status;
}

static void writer(int fd, uint32_t base, bool destroyer) __attribute__((noreturn));
static void writer(int fd, uint32_t base, bool destroyer)
{
    psa_status_t status = psa_crypto_init();
    uint32_t victim = 0;

    if (status != PSA_SUCCESS) {
        kc_send(fd, R_ERROR, 0, status, NULL, 0);
        _exit(1);
    }
    kc_send(fd, R_READY, 0, 0, NULL, 0);
    for (uint32_t id = base; id < base + BLOCK; id++) {
        status = kc_create_key(fd, id, 0);
        if (status != PSA_SUCCESS) {
            kc_send(fd, R_ERROR, id, status, NULL, 1);
            _exit(1);
        }
        kc.live[kc.live_count++] = id;
        if ((destroyer && (id & 1)) || kc.live_count > LIVE_MAX) {
            status = destroy_one(fd, &victim);
            if (status != PSA_SUCCESS) {
                kc_send(fd, R_ERROR, victim, status, NULL, 2);
                _exit(1);
            }
        }
    }
    _exit(0);
}

/* ---- the parent: one cycle ------------------------------------------------ */

static uint8_t *state_of(uint32_t id)
{
    if (id < ID_BASE || id - ID_BASE >= kc.issued) {
        return NULL;
    }
    return &kc.state[id - ID_BASE];
}

static void live_add(uint32_t id)
{
    kc.live_pos[id - ID_BASE] = (int32_t)kc.live_count;
    kc.live[kc.live_count++] = id;
}

static void live_remove(uint32_t id)
{
    int32_t pos = kc.live_pos[id - ID_BASE];
    uint32_t last = kc.live[--kc.live_count];

    kc.live[pos] = last;
    kc.live_pos[last - ID_BASE] = pos;
    kc.live_pos[id - ID_BASE] = -1;
}

/* One state change; anything out of order is a test failure. */
static void apply(const struct report *r)
{
    static const uint8_t before[] = {
        [R_START] = S_UNUSED, [R_CREATED] = S_STARTED, [R_DESTROYING] = S_CREATED,
        [R_DESTROYED] = S_DESTROYING};
    static const uint8_t after[] = {
        [R_START] = S_STARTED, [R_CREATED] = S_CREATED, [R_DESTROYING] = S_DESTROYING,
        [R_DESTROYED] = S_DESTROYED};
    uint8_t *s = state_of(r->id);

    if (r->kind == R_ERROR) {
        static const char *const calls[] = {"psa_crypto_init", "create", "psa_destroy_key"};
        fprintf(stderr, "writer: %s, id 0x%08" PRIx32 " (state %d): %s\n",
                calls[r->length < 3 ? r->length : 0], r->id, s != NULL ? *s : -1,
                kpsa_status_name(r->value));
        kc.errors++;
        return;
    }
    if (r->kind < R_START || r->kind > R_DESTROYED || s == NULL || *s != before[r->kind] ||
        r->length > sizeof(r->material)) {
        fprintf(stderr, "writer: bad report %" PRIu32 " for id 0x%08" PRIx32 "\n", r->kind,
                r->id);
        kc.errors++;
        return;
    }
    *s = after[r->kind];
    if (r->kind == R_CREATED) {
        memcpy(kc.generated[r->id - ID_BASE], r->material, r->length);
        live_add(r->id);
    } else if (r->kind == R_DESTROYING) {
        live_remove(r->id);
    }
}

/* Reads one whole report; false at end of file. */
bool kc_read_report(int fd, struct report *r)
{
    size_t got = 0;

    while (got < sizeof(*r)) {
        ssize_t n = read(fd, (uint8_t *)r + got, sizeof(*r) - got);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            if (got != 0) {
                kc.errors++; /* a torn report cannot happen with atomic pipe writes */
            }
            return false;
        }
        got += (size_t)n;
    }
    return true;
}

void kc_pause_us(uint64_t us)
{
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};

    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* A writer that says nothing for 30 s is hung (counted as an error). */
bool kc_wait_report(int fd, struct report *r)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};

    if (poll(&p, 1, 30000) != 1) {
        fprintf(stderr, "writer: no report within 30 s\n");
        kc.errors++;
        return false;
    }
    return kc_read_report(fd, r);
}

/* Waits for the writer's first report: ready, or the error of its init. */
static void wait_ready(int fd)
{
    struct report r;

    if (kc_wait_report(fd, &r) && r.kind != R_READY) {
        apply(&r);
    }
}

static void one_cycle(uint32_t base)
{
    struct report r;
    int fds[2];
    int wstatus = 0;
    bool destroyer = kc_rnd(3) == 0;
    /* Mostly kill the writer while it writes; sometimes while it initialises. */
    bool early = kc_rnd(8) == 0;
    uint64_t delay = early ? kc_rnd(4 * MAX_DELAY_US) : kc_rnd(MAX_DELAY_US);
    uint32_t last = R_READY;
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
        close(fds[0]);
        rng_state ^= base;
        writer(fds[1], base, destroyer);
    }
    close(fds[1]);
    if (!early) {
        wait_ready(fds[0]);
    }
    kc_pause_us(delay);
    kill(pid, SIGKILL);
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
    }
    while (kc_read_report(fds[0], &r)) {
        if (r.kind != R_READY) {
            apply(&r);
            last = r.kind;
        }
    }
    close(fds[0]);
    if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL) {
        kc.kills++;
        /* Where the kill landed: inside a creation or a destruction? */
        kc.in_create += last == R_START;
        kc.in_destroy += last == R_DESTROYING;
    } else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) {
        kc.exits++;
    } else {
        fprintf(stderr, "writer %d: unexpected end, wait status 0x%x\n", (int)pid, wstatus);
        kc.errors++;
    }
}

/* ---- the parent: the kill cycles -------------------------------------------- */

static double seconds_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_kill_cycles(void)
{
    double start = seconds_now();
    unsigned attempts = 0;

    while (kc.kills < kc.cycles && attempts < 2 * kc.cycles && kc.errors == 0) {
        uint32_t base = ID_BASE + kc.issued;
        attempts++;
        kc.issued += BLOCK;
        one_cycle(base);
    }
    printf("\n  %u writers: %u killed (%u inside a creation, %u inside a destruction), %u"
           " finished first;\n  %u ids handed out, %u live keys; %.1f s\n", attempts, kc.kills,
           kc.in_create, kc.in_destroy, kc.exits, kc.issued, kc.live_count, seconds_now() - start);
    CU_ASSERT_EQUAL(kc.errors, 0);
    CU_ASSERT_TRUE(kc.kills >= kc.cycles);
    /* Kills that land between calls test nothing: most must land inside one. */
    CU_ASSERT_TRUE(kc.in_create + kc.in_destroy >= kc.kills / 4);
    kc.cycles_done = kc.errors == 0;
}

/* ---- the parent: the check ---------------------------------------------------- */

/* The statuses of clean-up calls whose failure changes nothing here. */
static void drop_status(psa_status_t status)
{
    (void)status;
}

int kc_load(uint32_t id, uint8_t out[MAX_MATERIAL], size_t *length)
{
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    struct key_spec k;
    psa_status_t status = psa_get_key_attributes(id, &a);
    int result = -1;

    *length = 0;
    if (status == PSA_ERROR_INVALID_HANDLE) {
        return 0;
    }
    kc_spec_of(id, 0, &k);
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "id 0x%08" PRIx32 ": psa_get_key_attributes: %s\n", id,
                kpsa_status_name(status));
        goto exit;
    }
    if (psa_get_key_type(&a) != k.type || psa_get_key_bits(&a) != k.bits ||
        psa_get_key_usage_flags(&a) != k.usage || psa_get_key_algorithm(&a) != k.alg ||
        psa_get_key_lifetime(&a) != PSA_KEY_LIFETIME_PERSISTENT || psa_get_key_id(&a) != id) {
        fprintf(stderr, "id 0x%08" PRIx32 ": wrong attributes\n", id);
        goto exit;
    }
    status = psa_export_key(id, out, MAX_MATERIAL, length);
    if (status != PSA_SUCCESS || *length != k.length) {
        fprintf(stderr, "id 0x%08" PRIx32 ": psa_export_key: %s, %zu bytes\n", id,
                kpsa_status_name(status), *length);
        goto exit;
    }
    result = 1;
exit:
    psa_reset_key_attributes(&a);
    /* Thousands of keys are checked: none stays cached. */
    drop_status(psa_purge_key(id));
    return result;
}

/*
 * What the store holds for an id of the one-at-a-time writers: 1 the key,
 * complete and right; 0 no key; -1 anything else (reported).  A generated
 * key's material is compared when its report arrived.
 */
static int inspect(uint32_t id)
{
    struct key_spec k;
    uint8_t out[MAX_MATERIAL];
    size_t length = 0;
    int found = kc_load(id, out, &length);
    const uint8_t *want = NULL;

    kc_spec_of(id, 0, &k);
    want = !k.generated ? k.material
                        : kc.state[id - ID_BASE] != S_STARTED ? kc.generated[id - ID_BASE] : NULL;
    if (found == 1 && want != NULL && memcmp(out, want, length) != 0) {
        fprintf(stderr, "id 0x%08" PRIx32 ": wrong material\n", id);
        found = -1;
    }
    memset(out, 0, sizeof(out));
    return found;
}

/* Whether what the store holds for an id is allowed by what was reported. */
static bool allowed(uint8_t state, int found)
{
    switch (state) {
    case S_STARTED:    /* created, maybe: absent or complete */
    case S_DESTROYING: /* destroyed, maybe: likewise */
        return found >= 0;
    case S_CREATED:
        return found == 1;
    case S_DESTROYED:
        return found == 0;
    default:
        return found == 0;
    }
}

static void test_keys_after_kills(void)
{
    unsigned wrong = 0;

    if (!kc.cycles_done) {
        CU_FAIL("the kill cycles failed: nothing to check");
        return;
    }
    KT_ASSERT_SUCCESS(psa_crypto_init());
    for (uint32_t i = 0; i < kc.issued; i++) {
        int found = kc.state[i] == S_UNUSED ? 0 : inspect(ID_BASE + i);
        kc.present[i] = found == 1;
        if (!allowed(kc.state[i], found)) {
            fprintf(stderr, "id 0x%08" PRIx32 ": state %u, found %d\n", ID_BASE + i,
                    kc.state[i], found);
            wrong++;
        }
        kc.created += kc.state[i] == S_CREATED;
        kc.destroyed += kc.state[i] == S_DESTROYED;
        kc.unreported += kc.state[i] == S_STARTED && found == 1;
        kc.half_destroyed += kc.state[i] == S_DESTROYING && found == 1;
    }
    printf("\n  %u keys reported created and intact, %u reported destroyed and gone;\n"
           "  complete but unreported: %u created, %u not destroyed\n", kc.created,
           kc.destroyed, kc.unreported, kc.half_destroyed);
    CU_ASSERT_EQUAL(wrong, 0);
    kc.checked = wrong == 0;
}

/* Whether a file has a byte other than zero (a leftover that may hold material). */
static bool has_data(const char *path)
{
    uint8_t buf[512];
    bool data = false;
    ssize_t n;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    while (fd >= 0 && !data && (n = read(fd, buf, sizeof(buf))) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            data = data || buf[i] != 0;
        }
    }
    if (fd >= 0) {
        close(fd);
    }
    return data;
}

/* Files in the directory that are not records: what killed creations and
 * destructions left behind (kpsa-storage(5), "After a crash"); `with_data`
 * counts those not yet overwritten with zeros. */
unsigned kc_count_leftovers(unsigned *with_data)
{
    unsigned n = 0;
    char path[4096];
    DIR *d = opendir(kc.dir);
    struct dirent *e;

    *with_data = 0;
    while (d != NULL && (e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, ".tmp-", 5) == 0 || strncmp(e->d_name, ".del-", 5) == 0) {
            n++;
            snprintf(path, sizeof(path), "%s/%s", kc.dir, e->d_name);
            *with_data += has_data(path);
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    return n;
}

bool kc_found(uint32_t id)
{
    if (id >= RACE_BASE && id - RACE_BASE < kc.race_issued) {
        return kc.race[id - RACE_BASE].present != 0;
    }
    return state_of(id) != NULL && kc.present[id - ID_BASE] != 0;
}

/* The listing holds exactly the keys found, and every record passes its check. */
static void test_listing_after_kills(void)
{
    psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t *ids = NULL;
    size_t count = 0;
    size_t present = 0;
    unsigned wrong = 0;

    unsigned before_data = 0;
    unsigned before = 0;

    if (!kc.checked || !kc.race_checked) {
        CU_FAIL("the keys were not checked");
        return;
    }
    /* The killed writers' leftovers; the first listing wipes and removes them. */
    before = kc_count_leftovers(&before_data);
    KT_ASSERT_SUCCESS(kpsa_persistent_key_list(NULL, 0, &count));
    ids = calloc(count + 1, sizeof(*ids));
    if (ids == NULL) {
        CU_FAIL("out of memory");
        return;
    }
    KT_ASSERT_SUCCESS(kpsa_persistent_key_list(ids, count + 1, &count));
    for (uint32_t i = 0; i < kc.issued; i++) {
        present += kc.present[i];
    }
    for (uint32_t i = 0; i < kc.race_issued; i++) {
        present += kc.race[i].present;
    }
    for (size_t i = 0; i < count; i++) {
        struct key_spec k;
        psa_status_t status = kpsa_persistent_key_check(ids[i], &a);
        kc_spec_of(ids[i], 0, &k);
        if (!kc_found(ids[i]) || status != PSA_SUCCESS ||
            psa_get_key_type(&a) != k.type || psa_get_key_bits(&a) != k.bits) {
            fprintf(stderr, "listed id 0x%08" PRIx32 ": %s\n", ids[i], kpsa_status_name(status));
            wrong++;
        }
        psa_reset_key_attributes(&a);
    }
    {
        unsigned with_data = 0;
        unsigned leftovers = kc_count_leftovers(&with_data);
        printf("\n  %zu records listed and checked; %u leftover files (%u not overwritten) "
               "swept by the listing; %u left\n",
               count, before, before_data, leftovers);
        CU_ASSERT_EQUAL(leftovers, 0);
    }
    CU_ASSERT_EQUAL(count, present);
    CU_ASSERT_EQUAL(wrong, 0);
    free(ids);
}

/* ---- main ------------------------------------------------------------------------ */

static unsigned long env_number(const char *name, unsigned long fallback)
{
    const char *text = getenv(name);
    char *end = NULL;
    unsigned long value;

    if (text == NULL || *text == '\0') {
        return fallback;
    }
    errno = 0;
    value = strtoul(text, &end, 0);
    if (errno != 0 || *end != '\0') {
        fprintf(stderr, "%s=%s: not a number\n", name, text);
        exit(99);
    }
    return value;
}

/* The fresh storage directory: under KPSA_CRASH_DIR, else tmpfs, else $TMPDIR. */
static char *make_dir(void)
{
    const char *parent = getenv("KPSA_CRASH_DIR");
    struct stat st;
    char *path = NULL;

    if (parent == NULL && stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) &&
        access("/dev/shm", W_OK | X_OK) == 0) {
        parent = "/dev/shm";
    }
    if (parent == NULL) {
        parent = getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";
    }
    if (asprintf(&path, "%s/kpsa-crash-XXXXXX", parent) < 0 || mkdtemp(path) == NULL) {
        perror(parent);
        exit(99);
    }
    return path;
}

static void setup(void)
{
    kc.seed = env_number("KPSA_CRASH_SEED", (unsigned long)time(NULL) ^ (unsigned long)getpid());
    kc.cycles = (unsigned)env_number("KPSA_CRASH_CYCLES", 1000);
    rng_state = kc.seed;
    kc.capacity = 2 * kc.cycles * BLOCK + BLOCK;
    kc.state = calloc(kc.capacity, 1);
    kc.present = calloc(kc.capacity, 1);
    kc.generated = calloc(kc.capacity, sizeof(*kc.generated));
    kc.live = calloc(kc.capacity, sizeof(*kc.live));
    kc.live_pos = calloc(kc.capacity, sizeof(*kc.live_pos));
    kc.race_pairs = kc.cycles / 16 > 0 ? kc.cycles / 16 : 1;
    kc.race_capacity = 2 * kc.race_pairs * RACE_BLOCK + RACE_BLOCK;
    kc.race = calloc(kc.race_capacity, sizeof(*kc.race));
    if (kc.state == NULL || kc.present == NULL || kc.generated == NULL || kc.live == NULL ||
        kc.live_pos == NULL || kc.race == NULL || kc.cycles == 0 || kc.cycles > 100000) {
        fprintf(stderr, "KPSA_CRASH_CYCLES must be 1 .. 100000\n");
        exit(99);
    }
    kc.dir = make_dir();
    /* Before anything can initialise the library: never the user's own store. */
    if (setenv("KPSA_STORAGE_DIR", kc.dir, 1) != 0) {
        exit(99);
    }
    printf("test_crash: %u kills of one writer, %u of racing pairs; seed %" PRIu64
           " (KPSA_CRASH_SEED=%" PRIu64 " replays the choices); store %s\n", kc.cycles,
           2 * kc.race_pairs, kc.seed, kc.seed, kc.dir);
}

static void teardown(bool keep)
{
    if (keep) {
        fprintf(stderr, "test_crash: store kept for inspection: %s\n", kc.dir);
    } else {
        const char *tags[] = {"empty", "open"};
        kt_rmtree(kc.dir);
        for (size_t i = 0; i < 2; i++) {
            char *dir = kc_sibling(tags[i]);
            kt_rmtree(dir);
            free(dir);
        }
    }
    free(kc.dir);
    free(kc.state);
    free(kc.present);
    free(kc.generated);
    free(kc.live);
    free(kc.live_pos);
    free(kc.race);
}

int main(int argc, char **argv)
{
    static const kt_test tests[] = {
        {"SIGKILL a writer at random points, many times", test_kill_cycles},
        {"SIGKILL two writers racing for the same ids", kc_test_race_cycles},
        {"every reported key intact, nothing half-written", test_keys_after_kills},
        {"every raced id: one creator at most, its key intact", kc_test_race_keys},
        {"the listing holds exactly those keys, all records pass their check",
         test_listing_after_kills},
        {"kpsa keys and kpsa keys --check agree, without key material", kc_test_tool_agrees},
        {"flipped and truncated records are PSA_ERROR_DATA_CORRUPT", kc_test_damaged_records},
        {"kpsa keys: a new, empty store; usage", kc_test_tool_empty_store},
        {"kpsa keys: a directory others may write to is refused",
         kc_test_tool_refused_directory},
    };
    int result;

    setup();
    KT_ADD_SUITE("crash", tests);
    result = kt_run(argc, argv);
    teardown(result != 0);
    return result;
}
