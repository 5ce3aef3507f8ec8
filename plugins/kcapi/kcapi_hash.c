/*
 * kcapi_hash.c - hash and MAC entry points of the kcapi driver.
 *
 * Single-part hashes run on a process-wide pool of operation handles per
 * algorithm, MACs (HMAC, CMAC-AES) on the key's transform (kernel setkey once
 * per key, see kcapi_pool.c).  The kernel always computes the full-length
 * MAC; a truncated MAC is its first bytes.
 *
 * Multipart hashes use AF_ALG sockets directly, because psa_hash_clone needs
 * what libkcapi does not offer: accept() on an algif_hash operation socket
 * returns a new operation socket holding a copy of the running hash state
 * (the kernel exports the state of the old request and imports it into the
 * new one).  One transform socket per algorithm (socket + bind, made on first
 * use, kept until deinit) gives each operation its own socket by accept();
 * update sends with MSG_MORE, so the kernel keeps the hash open, and finish
 * reads the digest (the kernel finalises on that read; with no data sent it
 * hashes the empty message).
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <kcapi.h>
#include <linux/if_alg.h>

#ifndef AF_ALG
#define AF_ALG 38
#endif

#define MAX_DIGEST 64
#define HASH_ROWS 32

/* The context of mac_multipart ("kpsa/context_sizes"). */
struct kc_md_op {
    struct kc_lease lease;
    size_t length; /* truncated MAC length */
};

/* The context of hash_multipart: an operation socket of the algorithm. */
struct kc_hash_op {
    int fd;
    bool open; /* a zeroed context holds no socket */
    size_t length;
};

/* Transform sockets of the hashes (fd + 1; 0: none yet), made under tfm_lock. */
static pthread_mutex_t tfm_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int tfm_fd[HASH_ROWS];

KC_EXPORT psa_status_t kcapi_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                          size_t input_length, uint8_t *hash, size_t hash_size,
                                          size_t *hash_length);
KC_EXPORT psa_status_t kcapi_hash_setup(void *op, psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_hash_update(void *op, const uint8_t *input, size_t input_length);
KC_EXPORT psa_status_t kcapi_hash_finish(void *op, uint8_t *hash, size_t hash_size,
                                         size_t *hash_length);
KC_EXPORT psa_status_t kcapi_hash_abort(void *op);
KC_EXPORT psa_status_t kcapi_hash_clone(const void *source, void *target);
KC_EXPORT psa_status_t kcapi_mac_compute(const psa_key_attributes_t *attributes,
                                         const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                         const uint8_t *input, size_t input_length, uint8_t *mac,
                                         size_t mac_size, size_t *mac_length);
KC_EXPORT psa_status_t kcapi_mac_sign_setup(void *op, const psa_key_attributes_t *attributes,
                                            const uint8_t *key, size_t key_size,
                                            psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_mac_verify_setup(void *op, const psa_key_attributes_t *attributes,
                                              const uint8_t *key, size_t key_size,
                                              psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_mac_update(void *op, const uint8_t *input, size_t input_length);
KC_EXPORT psa_status_t kcapi_mac_sign_finish(void *op, uint8_t *mac, size_t mac_size,
                                             size_t *mac_length);
KC_EXPORT psa_status_t kcapi_mac_verify_finish(void *op, const uint8_t *mac, size_t mac_length);
KC_EXPORT psa_status_t kcapi_mac_abort(void *op);

/* The MAC length of alg: the truncation if any, else the full length. */
static size_t mac_length_of(psa_algorithm_t alg, size_t full)
{
    size_t truncated = (alg >> 16) & 0x3f;

    return truncated != 0 && truncated < full ? truncated : full;
}

psa_status_t kcapi_hash_compute(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    struct kc_lease lease;
    int idx = kc_lookup(alg, 0);
    ssize_t ret;

    *hash_length = 0;
    if (!kc_usable(idx, input_length, false)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash_size < PSA_HASH_LENGTH(alg)) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    ret = kc_lease_get(&lease, NULL, idx, NULL, 0, 0, false);
    if (ret == 0) {
        ret = kcapi_md_digest(lease.h, input, input_length, hash, hash_size);
        kc_lease_put(&lease, ret >= 0);
    }
    if (ret < 0) {
        return kc_status(ret, false);
    }
    *hash_length = (size_t)ret;
    return PSA_SUCCESS;
}

/* The bound transform socket of hash row idx (made on first use), or -errno. */
static int hash_tfm(int idx)
{
    struct sockaddr_alg sa = {.salg_family = AF_ALG, .salg_type = "hash"};
    int fd = atomic_load(&tfm_fd[idx]) - 1;

    if (fd >= 0) {
        return fd;
    }
    pthread_mutex_lock(&tfm_lock);
    fd = atomic_load(&tfm_fd[idx]) - 1;
    if (fd < 0) {
        snprintf((char *)sa.salg_name, sizeof(sa.salg_name), "%s", kc_alg_at(idx)->kernel);
        fd = socket(AF_ALG, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            fd = -errno;
        } else if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
            int err = errno;

            close(fd);
            fd = -err;
        } else {
            atomic_store(&tfm_fd[idx], fd + 1);
        }
    }
    pthread_mutex_unlock(&tfm_lock);
    return fd;
}

void kc_hash_release(void)
{
    pthread_mutex_lock(&tfm_lock);
    for (int i = 0; i < HASH_ROWS; i++) {
        int fd = atomic_exchange(&tfm_fd[i], 0) - 1;

        if (fd >= 0) {
            close(fd);
        }
    }
    pthread_mutex_unlock(&tfm_lock);
}

/* Out of descriptors is a shortage of resources, not a kernel fault. */
static psa_status_t fd_status(int err, bool started)
{
    if (started && (err == EMFILE || err == ENFILE)) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    return kc_status(-err, started);
}

psa_status_t kcapi_hash_setup(void *op, psa_algorithm_t alg)
{
    struct kc_hash_op *o = op;
    int idx = kc_lookup(alg, 0);
    int tfm;

    if (idx < 0 || idx >= HASH_ROWS || !kc_usable(idx, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    tfm = hash_tfm(idx);
    if (tfm < 0) {
        return fd_status(-tfm, false);
    }
    o->fd = accept4(tfm, NULL, NULL, SOCK_CLOEXEC);
    if (o->fd < 0) {
        return fd_status(errno, false);
    }
    o->open = true;
    o->length = PSA_HASH_LENGTH(alg);
    return PSA_SUCCESS;
}

psa_status_t kcapi_hash_update(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_hash_op *o = op;

    while (input_length > 0) {
        ssize_t n = send(o->fd, input, input_length, MSG_MORE | MSG_NOSIGNAL);

        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return fd_status(n < 0 ? errno : EIO, true);
        }
        input += n;
        input_length -= (size_t)n;
    }
    return PSA_SUCCESS;
}

static void hash_close(struct kc_hash_op *o)
{
    if (o->open) {
        close(o->fd);
        o->open = false;
    }
}

psa_status_t kcapi_hash_finish(void *op, uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    struct kc_hash_op *o = op;
    ssize_t n;

    *hash_length = 0;
    if (hash_size < o->length) {
        hash_close(o);
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    do {
        n = read(o->fd, hash, o->length);
    } while (n < 0 && errno == EINTR);
    hash_close(o);
    if (n < 0 || (size_t)n != o->length) {
        return fd_status(n < 0 ? errno : EIO, true);
    }
    *hash_length = o->length;
    return PSA_SUCCESS;
}

psa_status_t kcapi_hash_abort(void *op)
{
    hash_close(op);
    return PSA_SUCCESS;
}

/* accept() on the operation socket: a new socket with a copy of the state. */
psa_status_t kcapi_hash_clone(const void *source, void *target)
{
    const struct kc_hash_op *s = source;
    struct kc_hash_op *t = target;
    int fd;

    do {
        fd = accept4(s->fd, NULL, NULL, SOCK_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return fd_status(errno, true);
    }
    t->fd = fd;
    t->open = true;
    t->length = s->length;
    return PSA_SUCCESS;
}

psa_status_t kcapi_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                               size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                               size_t input_length, uint8_t *mac, size_t mac_size,
                               size_t *mac_length)
{
    struct kc_lease lease;
    uint8_t full[MAX_DIGEST];
    int idx = kc_lookup(alg, psa_get_key_type(attributes));
    size_t length;
    ssize_t ret;

    *mac_length = 0;
    if (!kc_usable(idx, input_length, false)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(&lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, false);
    if (ret == 0) {
        ret = kcapi_md_digest(lease.h, input, input_length, full, sizeof(full));
        kc_lease_put(&lease, ret >= 0);
    }
    if (ret < 0) {
        return kc_status(ret, false);
    }
    length = mac_length_of(alg, (size_t)ret);
    if (mac_size < length) {
        kc_wipe(full, sizeof(full));
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    memcpy(mac, full, length);
    kc_wipe(full, sizeof(full));
    *mac_length = length;
    return PSA_SUCCESS;
}

static psa_status_t mac_setup(struct kc_md_op *o, const psa_key_attributes_t *attributes,
                              const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    int idx = kc_lookup(alg, psa_get_key_type(attributes));
    int ret;

    if (!kc_usable(idx, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(&o->lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, true);
    if (ret != 0) {
        return kc_status(ret, false);
    }
    o->length = mac_length_of(alg, kcapi_md_digestsize(o->lease.h));
    return PSA_SUCCESS;
}

psa_status_t kcapi_mac_sign_setup(void *op, const psa_key_attributes_t *attributes,
                                  const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return mac_setup(op, attributes, key, key_size, alg);
}

psa_status_t kcapi_mac_verify_setup(void *op, const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return mac_setup(op, attributes, key, key_size, alg);
}

psa_status_t kcapi_mac_update(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_md_op *o = op;
    ssize_t ret = input_length == 0 ? 0 : kcapi_md_update(o->lease.h, input, input_length);

    return ret < 0 ? kc_status(ret, true) : PSA_SUCCESS;
}

/* Finish o into out (full MAC in a local buffer first): releases the lease. */
static ssize_t md_final(struct kc_md_op *o, uint8_t digest[MAX_DIGEST])
{
    ssize_t ret = kcapi_md_final(o->lease.h, digest, MAX_DIGEST);

    kc_lease_put(&o->lease, ret >= 0);
    return ret;
}

psa_status_t kcapi_mac_sign_finish(void *op, uint8_t *mac, size_t mac_size, size_t *mac_length)
{
    struct kc_md_op *o = op;
    uint8_t full[MAX_DIGEST];
    ssize_t ret;

    *mac_length = 0;
    if (mac_size < o->length) {
        kc_lease_put(&o->lease, false);
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    ret = md_final(o, full);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    memcpy(mac, full, o->length);
    kc_wipe(full, sizeof(full));
    *mac_length = o->length;
    return PSA_SUCCESS;
}

psa_status_t kcapi_mac_verify_finish(void *op, const uint8_t *mac, size_t mac_length)
{
    struct kc_md_op *o = op;
    uint8_t full[MAX_DIGEST];
    psa_status_t status;
    ssize_t ret = md_final(o, full);

    if (ret < 0) {
        return kc_status(ret, true);
    }
    status = mac_length != o->length || kc_memdiff(full, mac, o->length) != 0
                 ? PSA_ERROR_INVALID_SIGNATURE
                 : PSA_SUCCESS;
    kc_wipe(full, sizeof(full));
    return status;
}

psa_status_t kcapi_mac_abort(void *op)
{
    struct kc_md_op *o = op;

    kc_lease_put(&o->lease, false);
    return PSA_SUCCESS;
}

/* "kpsa/context_sizes" in kcapi.json declares 64 bytes for hash and mac. */
_Static_assert(sizeof(struct kc_md_op) <= 64, "kcapi.json context_sizes too small");
_Static_assert(sizeof(struct kc_hash_op) <= 64, "kcapi.json context_sizes too small");
