/*
 * kcapi_hash.c - hash and MAC entry points of the kcapi driver.
 *
 * Hashes run on a process-wide pool of operation handles per algorithm,
 * MACs (HMAC, CMAC-AES) on the key's transform (kernel setkey once per key,
 * see kcapi_pool.c).  The kernel always computes the full-length MAC; a
 * truncated MAC is its first bytes.
 */
#include "config.h"

#include "kcapi.h"

#include <string.h>

#include <kcapi.h>

#define MAX_DIGEST 64

/* The context of hash_multipart and mac_multipart ("kpsa/context_sizes"). */
struct kc_md_op {
    struct kc_lease lease;
    size_t length; /* output length (truncated MAC length for MACs) */
};

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

psa_status_t kcapi_hash_setup(void *op, psa_algorithm_t alg)
{
    struct kc_md_op *o = op;
    int idx = kc_lookup(alg, 0);
    int ret;

    if (!kc_usable(idx, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(&o->lease, NULL, idx, NULL, 0, 0, true);
    if (ret != 0) {
        return kc_status(ret, false);
    }
    o->length = PSA_HASH_LENGTH(alg);
    return PSA_SUCCESS;
}

psa_status_t kcapi_hash_update(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_md_op *o = op;
    ssize_t ret = input_length == 0 ? 0 : kcapi_md_update(o->lease.h, input, input_length);

    return ret < 0 ? kc_status(ret, true) : PSA_SUCCESS;
}

/* Finish o into out (full digest in a local buffer first): releases the lease. */
static ssize_t md_final(struct kc_md_op *o, uint8_t digest[MAX_DIGEST])
{
    ssize_t ret = kcapi_md_final(o->lease.h, digest, MAX_DIGEST);

    kc_lease_put(&o->lease, ret >= 0);
    return ret;
}

psa_status_t kcapi_hash_finish(void *op, uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    struct kc_md_op *o = op;
    uint8_t digest[MAX_DIGEST];
    ssize_t ret;

    *hash_length = 0;
    if (hash_size < o->length) {
        kc_lease_put(&o->lease, false);
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    ret = md_final(o, digest);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    memcpy(hash, digest, o->length);
    *hash_length = o->length;
    return PSA_SUCCESS;
}

psa_status_t kcapi_hash_abort(void *op)
{
    struct kc_md_op *o = op;

    kc_lease_put(&o->lease, false);
    return PSA_SUCCESS;
}

/* The kernel keeps the running state: libkcapi has no call to duplicate it
 * (AF_ALG would, by accept() on the operation socket). */
psa_status_t kcapi_hash_clone(const void *source, void *target)
{
    (void)source;
    (void)target;
    return PSA_ERROR_NOT_SUPPORTED;
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
    return kcapi_hash_update(op, input, input_length);
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
    return kcapi_hash_abort(op);
}

/* "kpsa/context_sizes" in kcapi.json declares 64 bytes for hash and mac. */
_Static_assert(sizeof(struct kc_md_op) <= 64, "kcapi.json context_sizes too small");
