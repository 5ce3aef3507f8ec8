/*
 * mac.c - the built-in driver's MAC entry points: HMAC and CMAC.
 *
 * Setting a key is most of the cost of a short MAC (HMAC hashes the padded key
 * twice, CMAC schedules the cipher and derives its subkeys).  So every call
 * borrows from the key's prepared state what already holds the key (struct
 * mac_prepared) and gives it back afterwards:
 *  - an EVP_MAC_CTX, re-armed with EVP_MAC_init(ctx, NULL, 0, NULL), which
 *    restarts from the stored HMAC pads or CMAC subkeys: CMAC, multipart HMAC;
 *  - for single-part HMAC over a hash that runs on the driver's low-level path
 *    (hash.c: MD5, RIPEMD-160, SHA-1, SHA-2 from the default provider), the
 *    two keyed hash states of RFC 2104, HMAC(K, m) = H((K0 ^ opad) ||
 *    H((K0 ^ ipad) || m)).  A call copies them and hashes on: libcrypto 3.0's
 *    HMAC re-init duplicates two provider digest contexts instead (two
 *    allocations and frees) and its final parses parameters for the size.
 * A key without state (a transient key, or every slot busy) gets its own for
 * the call, prepared the plain way.
 *
 * Pools are keyed by the untruncated algorithm, so truncated forms of one MAC
 * share the prepared state of the full-length one.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool kind of struct mac_prepared (see builtin_lease_take). */
#define MAC_POOL_KIND 1u

/* The hash states of HMAC after the keyed first block, RFC 2104. */
struct hmac_pads {
    struct builtin_hash_operation inner;  /* H after K0 ^ ipad; alg 0: no pads */
    struct builtin_hash_operation outer;  /* H after K0 ^ opad */
};

/* What one pool slot holds for a key and MAC algorithm, each part made by
 * the first call that needs it. */
struct mac_prepared {
    EVP_MAC_CTX *mac;             /* holding the key */
    uint8_t pads_tried;           /* pads made, or found not worth it */
    struct hmac_pads pads;        /* single-part HMAC on the low-level hash path */
};

struct mac_op {
    struct builtin_lease lease;   /* lease.ctx: the struct mac_prepared */
    EVP_MAC_CTX *ctx;             /* the prepared EVP_MAC_CTX, armed */
    psa_algorithm_t alg;          /* 0: inactive */
    uint8_t length;               /* bytes of MAC to output or compare */
    uint8_t full_length;          /* bytes of the untruncated MAC */
    uint8_t failed;               /* libcrypto failed: the context is not reusable */
};
_Static_assert(sizeof(struct mac_op) <= BUILTIN_MAC_OPERATION_SIZE,
               "BUILTIN_MAC_OPERATION_SIZE too small");

/* What a MAC algorithm and key type resolve to. */
struct mac_spec {
    EVP_MAC *mac;
    const char *param;            /* OSSL_MAC_PARAM_DIGEST or _CIPHER */
    const char *name;             /* the digest's or cipher's name */
    psa_algorithm_t base;         /* untruncated algorithm */
    psa_key_type_t type;
    size_t full_length;
    size_t length;
};

/* DES keys run on DES-EDE3 (see cipher_table.c), whose key is three DES keys:
 * K becomes K||K||K and K1||K2 becomes K1||K2||K1, which compute single DES
 * and two-key 3DES exactly.  Returns the key to give libcrypto. */
static const uint8_t *des_widen(psa_key_type_t type, const uint8_t *key, size_t *key_size,
                                uint8_t wide[24])
{
    if (type != PSA_KEY_TYPE_DES || (*key_size != 8 && *key_size != 16)) {
        return key;
    }
    memcpy(wide, key, 8);
    memcpy(wide + 8, *key_size == 16 ? key + 8 : key, 8);
    memcpy(wide + 16, key, 8);
    *key_size = 24;
    return wide;
}

static psa_status_t resolve_hmac(psa_key_type_t type, struct mac_spec *spec)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EVP_MD *md = builtin_md(PSA_ALG_GET_HASH(spec->base));

    KPSA_CHECK(md != NULL && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0,
               PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(type == PSA_KEY_TYPE_HMAC, PSA_ERROR_INVALID_ARGUMENT);
    spec->mac = builtin_mac_hmac();
    KPSA_CHECK(spec->mac != NULL, PSA_ERROR_NOT_SUPPORTED);
    spec->param = OSSL_MAC_PARAM_DIGEST;
    spec->name = EVP_MD_get0_name(md);
    spec->full_length = (size_t)EVP_MD_get_size(md);
    status = PSA_SUCCESS;
exit:
    return status;
}

static psa_status_t resolve_cmac(psa_key_type_t type, size_t bits, struct mac_spec *spec)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    /* CMAC runs the block cipher in CBC mode: ask for that cipher. */
    const EVP_CIPHER *cipher = builtin_cipher(type, bits, PSA_ALG_CBC_NO_PADDING);
    int block = cipher != NULL ? EVP_CIPHER_get_block_size(cipher) : 0;

    /* CMAC is defined for 64- and 128-bit blocks (NIST SP 800-38B). */
    KPSA_CHECK(block == 8 || block == 16, PSA_ERROR_NOT_SUPPORTED);
    spec->mac = builtin_mac_cmac();
    KPSA_CHECK(spec->mac != NULL, PSA_ERROR_NOT_SUPPORTED);
    spec->param = OSSL_MAC_PARAM_CIPHER;
    spec->name = EVP_CIPHER_get0_name(cipher);
    spec->full_length = (size_t)block;
    status = PSA_SUCCESS;
exit:
    return status;
}

static psa_status_t mac_resolve(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                                struct mac_spec *spec)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);

    memset(spec, 0, sizeof(*spec));
    spec->base = PSA_ALG_FULL_LENGTH_MAC(alg);
    spec->type = type;
    KPSA_CHECK(PSA_ALG_IS_MAC(alg) && !PSA_ALG_IS_WILDCARD(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(PSA_ALG_IS_HMAC(spec->base) || spec->base == PSA_ALG_CMAC,
               PSA_ERROR_NOT_SUPPORTED);
    if (PSA_ALG_IS_HMAC(spec->base)) {
        KPSA_TRY(resolve_hmac(type, spec));
    } else {
        KPSA_TRY(resolve_cmac(type, bits, spec));
    }
    /* The API's own idea of the MAC length must agree with libcrypto's (an
     * algorithm the header does not know cannot be sized by the caller). */
    KPSA_CHECK(PSA_MAC_LENGTH(type, bits, spec->base) == spec->full_length,
               PSA_ERROR_NOT_SUPPORTED);
    /* 0 when the truncation is longer than the MAC. */
    spec->length = PSA_MAC_LENGTH(type, bits, alg);
    KPSA_CHECK(spec->length != 0 && spec->length <= spec->full_length,
               PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- HMAC composed from the driver's hash ---------------------------------- */

psa_status_t builtin_hmac_pads(psa_algorithm_t hash, const uint8_t *key, size_t key_size,
                               struct builtin_hash_operation *inner,
                               struct builtin_hash_operation *outer)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t block = PSA_HASH_BLOCK_LENGTH(hash);
    uint8_t k0[BUILTIN_HMAC_BLOCK_MAX] = { 0 };
    uint8_t pad[BUILTIN_HMAC_BLOCK_MAX];
    size_t length = 0;

    KPSA_CHECK(block != 0 && block <= BUILTIN_HMAC_BLOCK_MAX, PSA_ERROR_NOT_SUPPORTED);
    if (key_size > block) {
        KPSA_TRY(builtin_hash_compute(hash, key, key_size, k0, sizeof(k0), &length));
    } else if (key_size > 0) {
        memcpy(k0, key, key_size);
    }
    for (size_t i = 0; i < block; i++) {
        pad[i] = k0[i] ^ 0x36;
    }
    KPSA_TRY(builtin_hash_setup(inner, hash));
    KPSA_TRY(builtin_hash_update(inner, pad, block));
    for (size_t i = 0; i < block; i++) {
        pad[i] = k0[i] ^ 0x5c;
    }
    KPSA_TRY(builtin_hash_setup(outer, hash));
    KPSA_TRY(builtin_hash_update(outer, pad, block));
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        (void)builtin_hash_abort(inner);
        (void)builtin_hash_abort(outer);
    }
    kpsa_wipe(k0, sizeof(k0));
    kpsa_wipe(pad, sizeof(pad));
    return status;
}

/* Hash the keyed first blocks once.  Leaves no pads (inner.alg 0) when the
 * hash runs on an EVP_MD_CTX (copying one allocates, and EVP_MAC does
 * better) or has a block this file cannot size (EVP_MAC serves it). */
static psa_status_t pads_init(struct hmac_pads *pads, psa_algorithm_t hash, const uint8_t *key,
                              size_t key_size)
{
    size_t block = PSA_HASH_BLOCK_LENGTH(hash);
    psa_status_t status = PSA_SUCCESS;

    if (block != 0 && block <= BUILTIN_HMAC_BLOCK_MAX) {
        status = builtin_hmac_pads(hash, key, key_size, &pads->inner, &pads->outer);
    }
    if (status == PSA_SUCCESS && (pads->inner.md != NULL || pads->outer.md != NULL)) {
        (void)builtin_hash_abort(&pads->inner);
        (void)builtin_hash_abort(&pads->outer);
    }
    return status;
}

/* The HMAC of input from the pads, truncated to length bytes. */
static psa_status_t hmac_compute(const struct hmac_pads *pads, const uint8_t *input,
                                 size_t input_length, size_t length, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation work;
    uint8_t inner[PSA_HASH_MAX_SIZE];
    uint8_t full[PSA_HASH_MAX_SIZE];
    size_t inner_length = 0, full_length = 0;

    /* The clone writes all of work; these two make an early abort safe. */
    work.md = NULL;
    work.alg = 0;
    KPSA_TRY(builtin_hash_clone(&pads->inner, &work));
    KPSA_TRY(builtin_hash_update(&work, input, input_length));
    KPSA_TRY(builtin_hash_finish(&work, inner, sizeof(inner), &inner_length));
    KPSA_TRY(builtin_hash_clone(&pads->outer, &work));
    KPSA_TRY(builtin_hash_update(&work, inner, inner_length));
    KPSA_TRY(builtin_hash_finish(&work, full, sizeof(full), &full_length));
    KPSA_CHECK(length <= full_length, PSA_ERROR_CORRUPTION_DETECTED);
    memcpy(out, full, length);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        (void)builtin_hash_abort(&work);
    }
    kpsa_wipe(inner, sizeof(inner));
    kpsa_wipe(full, sizeof(full));
    return status;
}

/* ---- prepared state -------------------------------------------------------- */

static void prepared_free(void *ctx)
{
    struct mac_prepared *p = ctx;

    if (p == NULL) {
        return;
    }
    EVP_MAC_CTX_free(p->mac);
    /* Wipes the pads, which are as good as the key. */
    (void)builtin_hash_abort(&p->pads.inner);
    (void)builtin_hash_abort(&p->pads.outer);
    free(p);
}

/* Borrow the key's prepared state for spec, a new empty one when the pool has
 * none.  On failure the lease still has to be returned, with keep = 0. */
static psa_status_t mac_take(const psa_key_attributes_t *attributes, const struct mac_spec *spec,
                             int multipart, struct builtin_lease *lease)
{
    builtin_lease_take(kpsa_driver_key_state(attributes), spec->base, MAC_POOL_KIND,
                       prepared_free, multipart, lease);
    if (lease->ctx == NULL) {
        lease->ctx = calloc(1, sizeof(struct mac_prepared));
    }
    return lease->ctx != NULL ? PSA_SUCCESS : PSA_ERROR_INSUFFICIENT_MEMORY;
}

/* Does the prepared state compute this single-part MAC from HMAC pads? */
static psa_status_t use_pads(struct mac_prepared *p, const struct mac_spec *spec,
                             const uint8_t *key, size_t key_size, int *yes)
{
    psa_status_t status = PSA_SUCCESS;

    if (!p->pads_tried && PSA_ALG_IS_HMAC(spec->base)) {
        status = pads_init(&p->pads, PSA_ALG_GET_HASH(spec->base), key, key_size);
        p->pads_tried = status == PSA_SUCCESS;
    }
    *yes = p->pads.inner.alg != 0;
    return status;
}

/* The prepared EVP_MAC_CTX, ready for a new message: keyed now if it is new,
 * else re-armed. */
static psa_status_t evp_arm(struct mac_prepared *p, const struct mac_spec *spec,
                            const uint8_t *key, size_t key_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    OSSL_PARAM params[2];
    uint8_t wide[24];
    int widened = 0;

    if (p->mac != NULL) {
        /* No key: restart from the prepared pads / subkeys. */
        KPSA_CHECK(EVP_MAC_init(p->mac, NULL, 0, NULL) == 1, builtin_status_from_openssl());
    } else {
        p->mac = EVP_MAC_CTX_new(spec->mac);
        KPSA_CHECK(p->mac != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        /* The parameter only reads the name; the API just lacks the const. */
        params[0] = OSSL_PARAM_construct_utf8_string(spec->param, (char *)spec->name, 0);
        params[1] = OSSL_PARAM_construct_end();
        key = des_widen(spec->type, key, &key_size, wide);
        widened = key == wide;
        /* An empty key must still be a key: NULL would mean "re-arm". */
        KPSA_CHECK(EVP_MAC_init(p->mac, key != NULL ? key : (const uint8_t *)"", key_size,
                                params) == 1,
                   builtin_status_from_openssl());
    }
    status = PSA_SUCCESS;
exit:
    if (widened) {
        kpsa_wipe(wide, sizeof(wide));
    }
    return status;
}

/* Finish a MAC of full_length bytes into out[0..length): through a full-size
 * buffer when the MAC is truncated, since EVP_MAC_final writes the whole MAC. */
static psa_status_t mac_final(EVP_MAC_CTX *ctx, size_t full_length, size_t length,
                              uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t full[EVP_MAX_MD_SIZE];
    size_t written = 0;

    KPSA_CHECK(full_length >= length && full_length <= sizeof(full),
               PSA_ERROR_CORRUPTION_DETECTED);
    if (full_length == length) {
        KPSA_CHECK(EVP_MAC_final(ctx, out, &written, length) == 1,
                   builtin_status_from_openssl());
    } else {
        int ok = EVP_MAC_final(ctx, full, &written, sizeof(full)) == 1;

        if (ok) {
            memcpy(out, full, length);
        }
        kpsa_wipe(full, sizeof(full));
        KPSA_CHECK(ok, builtin_status_from_openssl());
    }
    KPSA_CHECK(written == full_length, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- entry points ------------------------------------------------------------ */

psa_status_t builtin_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                 size_t input_length, uint8_t *mac, size_t mac_size,
                                 size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = BUILTIN_LEASE_INIT;
    struct mac_prepared *p;
    struct mac_spec spec;
    int pads = 0;

    *mac_length = 0;
    KPSA_TRY(mac_resolve(attributes, alg, &spec));
    KPSA_CHECK(mac_size >= spec.length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(mac_take(attributes, &spec, 0, &lease));
    p = lease.ctx;
    KPSA_TRY(use_pads(p, &spec, key, key_size, &pads));
    if (pads) {
        KPSA_TRY(hmac_compute(&p->pads, input, input_length, spec.length, mac));
    } else {
        KPSA_TRY(evp_arm(p, &spec, key, key_size));
        KPSA_CHECK(EVP_MAC_update(p->mac, input, input_length) == 1,
                   builtin_status_from_openssl());
        KPSA_TRY(mac_final(p->mac, spec.full_length, spec.length, mac));
    }
    *mac_length = spec.length;
    status = PSA_SUCCESS;
exit:
    builtin_lease_return(&lease, status == PSA_SUCCESS);
    return status;
}

static psa_status_t mac_setup(void *op, const psa_key_attributes_t *attributes,
                              const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct mac_op *m = op;
    struct mac_spec spec;

    KPSA_TRY(mac_resolve(attributes, alg, &spec));
    KPSA_TRY(mac_take(attributes, &spec, 1, &m->lease));
    KPSA_TRY(evp_arm(m->lease.ctx, &spec, key, key_size));
    m->ctx = ((struct mac_prepared *)m->lease.ctx)->mac;
    m->alg = alg;
    m->length = (uint8_t)spec.length;
    m->full_length = (uint8_t)spec.full_length;
exit:
    if (status != PSA_SUCCESS) {
        builtin_lease_return(&m->lease, 0);
        kpsa_wipe(m, sizeof(*m));
    }
    return status;
}

psa_status_t builtin_mac_sign_setup(void *op, const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return mac_setup(op, attributes, key, key_size, alg);
}

psa_status_t builtin_mac_verify_setup(void *op, const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size,
                                      psa_algorithm_t alg)
{
    return mac_setup(op, attributes, key, key_size, alg);
}

psa_status_t builtin_mac_update(void *op, const uint8_t *input, size_t input_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct mac_op *m = op;

    KPSA_CHECK(m->alg != 0, PSA_ERROR_BAD_STATE);
    m->failed = EVP_MAC_update(m->ctx, input, input_length) != 1;
    KPSA_CHECK(!m->failed, builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    return status;
}

/* End the operation: the context goes back to the pool unless libcrypto
 * failed on it, and the operation is left all-bits-zero. */
static void mac_release(struct mac_op *m, int keep)
{
    builtin_lease_return(&m->lease, keep && !m->failed);
    kpsa_wipe(m, sizeof(*m));
}

psa_status_t builtin_mac_sign_finish(void *op, uint8_t *mac, size_t mac_size,
                                     size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct mac_op *m = op;

    *mac_length = 0;
    KPSA_CHECK(m->alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(mac_size >= m->length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(mac_final(m->ctx, m->full_length, m->length, mac));
    *mac_length = m->length;
exit:
    /* A too-small buffer leaves the context sound: it is re-armed on reuse. */
    mac_release(m, status == PSA_SUCCESS || status == PSA_ERROR_BUFFER_TOO_SMALL);
    return status;
}

psa_status_t builtin_mac_verify_finish(void *op, const uint8_t *mac, size_t mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct mac_op *m = op;
    uint8_t actual[EVP_MAX_MD_SIZE];
    int computed = 0;

    KPSA_CHECK(m->alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(mac_final(m->ctx, m->full_length, m->length, actual));
    computed = 1;
    KPSA_CHECK(mac_length == m->length && kpsa_ct_equal(actual, mac, m->length),
               PSA_ERROR_INVALID_SIGNATURE);
    status = PSA_SUCCESS;
exit:
    if (computed) {
        kpsa_wipe(actual, m->length);
    }
    mac_release(m, computed);
    return status;
}

psa_status_t builtin_mac_abort(void *op)
{
    /* Also right for an all-zero context: nothing leased, nothing freed. */
    mac_release(op, 1);
    return PSA_SUCCESS;
}
