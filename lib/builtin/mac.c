/*
 * mac.c - the built-in driver's MAC entry points: HMAC and CMAC on EVP_MAC.
 *
 * Setting a key is most of the cost of a short MAC (HMAC hashes the padded key
 * twice, CMAC schedules the cipher and derives its subkeys).  So every call
 * borrows, from the key's prepared state, an EVP_MAC_CTX that already holds the
 * key, re-arms it with EVP_MAC_init(ctx, NULL, 0, NULL) -- which restarts from
 * the stored HMAC pads or CMAC subkeys -- and gives it back afterwards.  A key
 * without state (a transient key, or every slot busy) gets a context of its
 * own for the call, prepared the plain way.
 *
 * Pools are keyed by the untruncated algorithm, so truncated forms of one MAC
 * share the prepared contexts of the full-length one.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool kind of prepared EVP_MAC_CTXs (see builtin_lease_take). */
#define MAC_POOL_KIND 1u

struct mac_op {
    struct builtin_lease lease;   /* lease.ctx: the EVP_MAC_CTX */
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

static void mac_ctx_free(void *ctx)
{
    EVP_MAC_CTX_free(ctx);
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

/* Borrow a context for the key and make it ready for a new message.  On
 * failure the lease still has to be returned, with keep = 0. */
static psa_status_t mac_arm(const psa_key_attributes_t *attributes, const uint8_t *key,
                            size_t key_size, const struct mac_spec *spec,
                            struct builtin_lease *lease)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    OSSL_PARAM params[2];
    uint8_t wide[24];

    builtin_lease_take(kpsa_driver_key_state(attributes), spec->base, MAC_POOL_KIND,
                       mac_ctx_free, lease);
    if (lease->ctx != NULL) {
        /* No key: restart from the prepared pads / subkeys. */
        KPSA_CHECK(EVP_MAC_init(lease->ctx, NULL, 0, NULL) == 1, builtin_status_from_openssl());
    } else {
        lease->ctx = EVP_MAC_CTX_new(spec->mac);
        KPSA_CHECK(lease->ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        /* The parameter only reads the name; the API just lacks the const. */
        params[0] = OSSL_PARAM_construct_utf8_string(spec->param, (char *)spec->name, 0);
        params[1] = OSSL_PARAM_construct_end();
        key = des_widen(spec->type, key, &key_size, wide);
        /* An empty key must still be a key: NULL would mean "re-arm". */
        KPSA_CHECK(EVP_MAC_init(lease->ctx, key != NULL ? key : (const uint8_t *)"", key_size,
                                params) == 1,
                   builtin_status_from_openssl());
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(wide, sizeof(wide));
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
        KPSA_CHECK(EVP_MAC_final(ctx, full, &written, sizeof(full)) == 1,
                   builtin_status_from_openssl());
        memcpy(out, full, length);
    }
    KPSA_CHECK(written == full_length, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(full, sizeof(full));
    return status;
}

psa_status_t builtin_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                 size_t input_length, uint8_t *mac, size_t mac_size,
                                 size_t *mac_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_lease lease = { NULL, NULL, -1, NULL, NULL };
    struct mac_spec spec;

    *mac_length = 0;
    KPSA_TRY(mac_resolve(attributes, alg, &spec));
    KPSA_CHECK(mac_size >= spec.length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(mac_arm(attributes, key, key_size, &spec, &lease));
    KPSA_CHECK(EVP_MAC_update(lease.ctx, input, input_length) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(mac_final(lease.ctx, spec.full_length, spec.length, mac));
    *mac_length = spec.length;
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
    KPSA_TRY(mac_arm(attributes, key, key_size, &spec, &m->lease));
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
    m->failed = EVP_MAC_update(m->lease.ctx, input, input_length) != 1;
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
    KPSA_TRY(mac_final(m->lease.ctx, m->full_length, m->length, mac));
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
    KPSA_TRY(mac_final(m->lease.ctx, m->full_length, m->length, actual));
    computed = 1;
    KPSA_CHECK(mac_length == m->length && kpsa_ct_equal(actual, mac, m->length),
               PSA_ERROR_INVALID_SIGNATURE);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(actual, sizeof(actual));
    mac_release(m, computed);
    return status;
}

psa_status_t builtin_mac_abort(void *op)
{
    /* Also right for an all-zero context: nothing leased, nothing freed. */
    mac_release(op, 1);
    return PSA_SUCCESS;
}
