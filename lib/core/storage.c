/*
 * storage.c - the persistent key store on disk: the file operations of
 * storage.h (create, load, destroy, list); the directory is chosen in
 * storage_dir.c, records are encoded in storage_record.c.
 */
#include "config.h"

#include "core/storage.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/secmem.h"

/* "%08x.key" and a NUL. */
#define NAME_SIZE 13
/* ".tmp-<pid>-<random>" and ".del-<pid>-<random>". */
#define TEMP_NAME_SIZE 40
/* A record that changes under a load (destroyed and created again) is read again. */
#define LOAD_ATTEMPTS 3

bool kpsa_storage_force_named;

static void record_name(psa_key_id_t id, char name[NAME_SIZE])
{
    snprintf(name, NAME_SIZE, "%08" PRIx32 ".key", (uint32_t)id);
}

/* A name for a file only this call uses: the process id and a random part
 * (O_EXCL or RENAME_NOREPLACE catch the unlikely collision). */
static void temp_name(const char *prefix, char name[TEMP_NAME_SIZE])
{
    static atomic_uint counter;
    uint32_t r = 0;

    if (getrandom(&r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r)) {
        r = (uint32_t)time(NULL) ^ ((uint32_t)clock() << 16);
    }
    r ^= atomic_fetch_add(&counter, 1u) * 0x9e3779b9u;
    snprintf(name, TEMP_NAME_SIZE, ".%s-%ld-%08" PRIx32, prefix, (long)getpid(), r);
}

static psa_status_t errno_status(void)
{
    return kpsa_storage_errno_status(errno);
}

static psa_status_t write_all(int fd, const uint8_t *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno_status() : PSA_ERROR_STORAGE_FAILURE;
        }
        data += n;
        size -= (size_t)n;
    }
    return PSA_SUCCESS;
}

/* Reads exactly size bytes; a file that ends early is a truncated record. */
static psa_status_t read_all(int fd, uint8_t *data, size_t size)
{
    while (size > 0) {
        ssize_t n = read(fd, data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return errno_status();
        }
        if (n == 0) {
            return PSA_ERROR_DATA_CORRUPT;
        }
        data += n;
        size -= (size_t)n;
    }
    return PSA_SUCCESS;
}

static psa_status_t sync_fd(int fd)
{
    while (fsync(fd) != 0) {
        if (errno != EINTR) {
            return errno_status();
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t link_status(void)
{
    return errno == EEXIST ? PSA_ERROR_ALREADY_EXISTS : errno_status();
}

/* Writes the record to fd, makes it 0600 whatever the umask, and syncs it. */
static psa_status_t fill(int fd, const uint8_t *record, size_t size)
{
    if (fchmod(fd, 0600) != 0) {
        return errno_status();
    }
    psa_status_t status = write_all(fd, record, size);
    return status == PSA_SUCCESS ? sync_fd(fd) : status;
}

/* The fallback where O_TMPFILE is missing: a named temporary file, linked to
 * the record's name, then unlinked (a crash leaves it behind; list and load
 * never look at names that are not "%08x.key"). */
static psa_status_t write_named(int dirfd, const char *name, const uint8_t *record, size_t size)
{
    char tmp[TEMP_NAME_SIZE];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    int fd = -1;

    for (int tries = 0; fd < 0 && tries < 8; tries++) {
        temp_name("tmp", tmp);
        fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            return errno_status();
        }
    }
    if (fd < 0) {
        return PSA_ERROR_STORAGE_FAILURE;
    }
    status = fill(fd, record, size);
    if (status == PSA_SUCCESS && linkat(dirfd, tmp, dirfd, name, 0) != 0) {
        status = link_status();
    }
    close(fd);
    unlinkat(dirfd, tmp, 0);
    return status;
}

/* O_TMPFILE: the file has no name until it is complete; linkat through
 * /proc gives it its name only if the name is free. */
static psa_status_t write_record(int dirfd, const char *name, const uint8_t *record, size_t size)
{
    char proc[64];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    int fd = -1;

    if (kpsa_storage_force_named) {
        return write_named(dirfd, name, record, size);
    }
    fd = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
            return write_named(dirfd, name, record, size);
        }
        return errno_status();
    }
    status = fill(fd, record, size);
    if (status == PSA_SUCCESS) {
        snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
        if (linkat(AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW) != 0) {
            /* Without /proc the unnamed file cannot be named: write it again, named. */
            status = errno == ENOENT ? write_named(dirfd, name, record, size) : link_status();
        }
    }
    close(fd);
    return status;
}

psa_status_t kpsa_storage_create(const psa_key_attributes_t *attributes, const uint8_t *material,
                                 size_t material_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char name[NAME_SIZE];
    uint8_t *record = NULL;
    size_t record_size = 0;
    int dirfd = -1;

    KPSA_CHECK(attributes != NULL && attributes->kpsa_id != PSA_KEY_ID_NULL,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(KPSA_BUF_OK(material, material_size), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_storage_open_dir(&dirfd));
    record_name(attributes->kpsa_id, name);
    /* Fast answer for the common case; the link below decides races. */
    KPSA_CHECK(faccessat(dirfd, name, F_OK, AT_SYMLINK_NOFOLLOW) != 0,
               PSA_ERROR_ALREADY_EXISTS);
    KPSA_TRY(kpsa_storage_record_build(attributes, material, material_size, &record,
                                       &record_size));
    KPSA_TRY(write_record(dirfd, name, record, record_size));
    KPSA_TRY(sync_fd(dirfd));
    status = PSA_SUCCESS;
exit:
    if (dirfd >= 0) {
        close(dirfd);
    }
    kpsa_secmem_free(record, record_size);
    return status;
}

static void fill_stamp(const struct stat *st, struct kpsa_storage_stamp *stamp)
{
    if (stamp != NULL) {
        stamp->device = (uint64_t)st->st_dev;
        stamp->inode = (uint64_t)st->st_ino;
        stamp->change_sec = (int64_t)st->st_ctim.tv_sec;
        stamp->change_nsec = (int64_t)st->st_ctim.tv_nsec;
    }
}

/* Reads the file into secure memory: *record, *size (st_size bytes). */
static psa_status_t read_file(int fd, const struct stat *st, uint8_t **record, size_t *size)
{
    const off_t largest = KPSA_STORAGE_HEADER_SIZE + KPSA_STORAGE_MAX_MATERIAL +
                          KPSA_STORAGE_CHECK_SIZE;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    *record = NULL;
    *size = 0;
    if (!S_ISREG(st->st_mode)) {
        return PSA_ERROR_STORAGE_FAILURE;
    }
    if (st->st_size < (off_t)(KPSA_STORAGE_HEADER_SIZE + KPSA_STORAGE_CHECK_SIZE) ||
        st->st_size > largest) {
        return PSA_ERROR_DATA_CORRUPT;
    }
    *size = (size_t)st->st_size;
    *record = kpsa_secmem_alloc(*size);
    if (*record == NULL) {
        *size = 0;
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    status = read_all(fd, *record, *size);
    if (status != PSA_SUCCESS) {
        kpsa_secmem_free(*record, *size);
        *record = NULL;
        *size = 0;
    }
    return status;
}

/* After a failed check: DOES_NOT_EXIST when the record was destroyed while it
 * was read (destroy renames before it wipes), PSA_ERROR_ALREADY_EXISTS as an
 * internal "read again" when another record took its name, else corrupt. */
static psa_status_t recheck(int dirfd, const char *name, const struct stat *read_st)
{
    struct stat st;

    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        return errno == ENOENT ? PSA_ERROR_DOES_NOT_EXIST : errno_status();
    }
    if (st.st_dev != read_st->st_dev || st.st_ino != read_st->st_ino) {
        return PSA_ERROR_ALREADY_EXISTS;
    }
    return PSA_ERROR_DATA_CORRUPT;
}

/* One attempt at loading: open, read, verify, copy the material out. */
static psa_status_t load_once(int dirfd, psa_key_id_t id, psa_key_attributes_t *attributes,
                              uint8_t **material, size_t *material_size,
                              struct kpsa_storage_stamp *stamp)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    char name[NAME_SIZE];
    struct stat st;
    uint8_t *record = NULL;
    size_t record_size = 0;
    size_t offset = 0;
    size_t length = 0;
    int fd = -1;

    record_name(id, name);
    /* O_NONBLOCK: a FIFO planted under a record's name must not block the load. */
    fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    KPSA_CHECK(fd >= 0, errno == ENOENT ? PSA_ERROR_DOES_NOT_EXIST : errno_status());
    KPSA_CHECK(fstat(fd, &st) == 0, errno_status());
    status = read_file(fd, &st, &record, &record_size);
    if (status == PSA_SUCCESS) {
        status = kpsa_storage_record_parse(id, record, record_size, attributes, &offset, &length);
    }
    if (status == PSA_ERROR_DATA_CORRUPT) {
        status = recheck(dirfd, name, &st);
    }
    KPSA_TRY(status);
    if (length > 0) {
        *material = kpsa_secmem_alloc(length);
        KPSA_CHECK(*material != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        memcpy(*material, record + offset, length);
        *material_size = length;
    }
    fill_stamp(&st, stamp);
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(record, record_size);
    if (fd >= 0) {
        close(fd);
    }
    return status;
}

psa_status_t kpsa_storage_load(psa_key_id_t id, psa_key_attributes_t *attributes,
                               uint8_t **material, size_t *material_size,
                               struct kpsa_storage_stamp *stamp)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    int dirfd = -1;

    *material = NULL;
    *material_size = 0;
    KPSA_CHECK(id != PSA_KEY_ID_NULL, PSA_ERROR_DOES_NOT_EXIST);
    KPSA_TRY(kpsa_storage_open_dir(&dirfd));
    for (int attempt = 0; attempt < LOAD_ATTEMPTS; attempt++) {
        status = load_once(dirfd, id, attributes, material, material_size, stamp);
        if (status != PSA_ERROR_ALREADY_EXISTS) {
            break;
        }
    }
    /* Replaced on every attempt: the store is too busy to give one answer. */
    if (status == PSA_ERROR_ALREADY_EXISTS) {
        status = PSA_ERROR_STORAGE_FAILURE;
    }
exit:
    if (dirfd >= 0) {
        close(dirfd);
    }
    return status;
}

bool kpsa_storage_current(psa_key_id_t id, const struct kpsa_storage_stamp *stamp)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const char *dir = kpsa_storage_directory(&status);
    char path[PATH_MAX];
    char name[NAME_SIZE];
    struct stat st;
    struct kpsa_storage_stamp now;

    if (dir == NULL || stamp == NULL) {
        return false;
    }
    record_name(id, name);
    if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path) ||
        stat(path, &st) != 0) {
        return false;
    }
    fill_stamp(&st, &now);
    return now.device == stamp->device && now.inode == stamp->inode &&
           now.change_sec == stamp->change_sec && now.change_nsec == stamp->change_nsec;
}

/* Overwrites the (renamed) record with zeros and syncs it. */
static psa_status_t wipe_file(int dirfd, const char *name)
{
    static const uint8_t zeros[512];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct stat st;
    int fd = openat(dirfd, name, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

    if (fd < 0) {
        return errno_status();
    }
    KPSA_CHECK(fstat(fd, &st) == 0, errno_status());
    for (off_t left = S_ISREG(st.st_mode) ? st.st_size : 0; left > 0;) {
        size_t n = left < (off_t)sizeof(zeros) ? (size_t)left : sizeof(zeros);
        KPSA_TRY(write_all(fd, zeros, n));
        left -= (off_t)n;
    }
    KPSA_TRY(sync_fd(fd));
    status = PSA_SUCCESS;
exit:
    close(fd);
    return status;
}

/* Renames the record away under a name of its own: from then on no process
 * can open it by id.  RENAME_NOREPLACE never clobbers another temporary file. */
static psa_status_t take_away(int dirfd, const char *name, char del[TEMP_NAME_SIZE])
{
    for (int tries = 0; tries < 8; tries++) {
        temp_name("del", del);
        if (renameat2(dirfd, name, dirfd, del, RENAME_NOREPLACE) == 0) {
            return PSA_SUCCESS;
        }
        if (errno == EINVAL || errno == ENOSYS) {
            /* A file system without RENAME_NOREPLACE: the random name suffices. */
            if (renameat(dirfd, name, dirfd, del) == 0) {
                return PSA_SUCCESS;
            }
        }
        if (errno == ENOENT) {
            return PSA_ERROR_DOES_NOT_EXIST;
        }
        if (errno != EEXIST) {
            return errno_status();
        }
    }
    return PSA_ERROR_STORAGE_FAILURE;
}

psa_status_t kpsa_storage_destroy(psa_key_id_t id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_status_t wiped = PSA_ERROR_CORRUPTION_DETECTED;
    char name[NAME_SIZE];
    char del[TEMP_NAME_SIZE];
    int dirfd = -1;

    KPSA_CHECK(id != PSA_KEY_ID_NULL, PSA_ERROR_DOES_NOT_EXIST);
    KPSA_TRY(kpsa_storage_open_dir(&dirfd));
    record_name(id, name);
    KPSA_TRY(take_away(dirfd, name, del));
    /* The key is gone once renamed; a failed wipe is still reported, but the
     * file is unlinked either way.  A listing in another process may have
     * swept it meanwhile (it cannot tell a live pid of another namespace from
     * a dead one): gone is as good as wiped. */
    wiped = wipe_file(dirfd, del);
    if (wiped == PSA_ERROR_DOES_NOT_EXIST) {
        wiped = PSA_SUCCESS;
    }
    KPSA_CHECK(unlinkat(dirfd, del, 0) == 0 || errno == ENOENT, errno_status());
    KPSA_TRY(sync_fd(dirfd));
    status = wiped;
exit:
    if (dirfd >= 0) {
        close(dirfd);
    }
    return status;
}

/*
 * A crash during a destruction leaves ".del-<pid>-..." (the record, maybe
 * not yet wiped), one with the named-file fallback of creation ".tmp-<pid>-...".
 * When the process of the name no longer exists, the leftover goes: a ".del"
 * file is wiped and removed (the key was destroyed; its bytes must not stay
 * on disk), a ".tmp" file only removed, since a process of another PID
 * namespace, which looks dead from here, may just have linked it as a record
 * (wiping it would wipe that record).  Failures are ignored (the next listing
 * tries again).
 */
static void sweep_leftover(int dirfd, const char *name)
{
    long pid = 0;
    char *end = NULL;

    if (strncmp(name, ".del-", 5) != 0 && strncmp(name, ".tmp-", 5) != 0) {
        return;
    }
    pid = strtol(name + 5, &end, 10);
    if (end == name + 5 || *end != '-' || pid <= 0 || pid == (long)getpid() ||
        kill((pid_t)pid, 0) == 0 || errno != ESRCH) {
        return;
    }
    if (name[1] == 'd') {
        (void)wipe_file(dirfd, name);
    }
    (void)unlinkat(dirfd, name, 0);
}

/* The id of a record's file name: exactly 8 lower-case hex digits and ".key". */
static bool parse_name(const char *name, psa_key_id_t *id)
{
    uint32_t value = 0;

    for (int i = 0; i < 8; i++) {
        char c = name[i];
        if (c >= '0' && c <= '9') {
            value = (value << 4) | (uint32_t)(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            value = (value << 4) | (uint32_t)(c - 'a' + 10);
        } else {
            return false;
        }
    }
    *id = value;
    return strcmp(name + 8, ".key") == 0 && value != PSA_KEY_ID_NULL;
}

static int compare_ids(const void *a, const void *b)
{
    psa_key_id_t x = *(const psa_key_id_t *)a;
    psa_key_id_t y = *(const psa_key_id_t *)b;

    return (x > y) - (x < y);
}

/* Appends an id to a growing array. */
static psa_status_t append(psa_key_id_t **all, size_t *n, size_t *room, psa_key_id_t id)
{
    if (*n == *room) {
        size_t bigger = *room == 0 ? 64 : *room * 2;
        psa_key_id_t *grown = reallocarray(*all, bigger, sizeof(**all));
        if (grown == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        *all = grown;
        *room = bigger;
    }
    (*all)[(*n)++] = id;
    return PSA_SUCCESS;
}

psa_status_t kpsa_storage_list(psa_key_id_t *ids, size_t capacity, size_t *count)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_id_t *all = NULL;
    size_t n = 0;
    size_t room = 0;
    int dirfd = -1;
    DIR *dir = NULL;
    struct dirent *entry;
    psa_key_id_t id;

    *count = 0;
    KPSA_CHECK(KPSA_BUF_OK(ids, capacity), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_storage_open_dir(&dirfd));
    dir = fdopendir(dirfd);
    KPSA_CHECK(dir != NULL, errno_status());
    const int owned_by_dir = dirfd; /* the stream's descriptor, for the sweep */
    dirfd = -1;
    for (errno = 0; (entry = readdir(dir)) != NULL; errno = 0) {
        if (parse_name(entry->d_name, &id)) {
            KPSA_TRY(append(&all, &n, &room, id));
        } else {
            sweep_leftover(owned_by_dir, entry->d_name);
        }
    }
    KPSA_CHECK(errno == 0, errno_status());
    if (n > 0) {
        qsort(all, n, sizeof(*all), compare_ids);
    }
    if (n > 0 && capacity > 0) {
        memcpy(ids, all, (n < capacity ? n : capacity) * sizeof(*all));
    }
    *count = n;
    status = PSA_SUCCESS;
exit:
    free(all);
    if (dir != NULL) {
        closedir(dir);
    }
    if (dirfd >= 0) {
        close(dirfd);
    }
    return status;
}
