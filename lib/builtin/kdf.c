/*
 * kdf.c - the built-in driver's key derivation entry points, the table of its
 * algorithms and the pieces they share (see kdf_impl.h).
 *
 * The core calls setup once, at the first output, with every input; an
 * algorithm copies what it needs into a state allocated from secure memory
 * (the HMAC pads, the info string, ...), since the inputs are gone after
 * setup.  The operation context itself only points at the state.
 */
#include "config.h"

#include "builtin/kdf_impl.h"

#include <string.h>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include "core/guard.h"
#include "core/secmem.h"

struct kdf_op {
    const struct builtin_kdf_algorithm *impl; /* NULL: inactive */
    void *state;                              /* impl->state_size bytes of secmem */
    bool started;                             /* output requested already */
};
_Static_assert(sizeof(struct kdf_op) <= BUILTIN_KDF_OPERATION_SIZE,
               "BUILTIN_KDF_OPERATION_SIZE too small");

/* The algorithms: hash-parameterised ones by their identifier with hash 0. */
static const struct {
    psa_algorithm_t alg;
    bool hashed;
    const struct builtin_kdf_algorithm *impl;
} algorithms[] = {
    {PSA_ALG_HKDF(0), true, &builtin_kdf_hkdf},
    {PSA_ALG_HKDF_EXTRACT(0), true, &builtin_kdf_hkdf_extract},
    {PSA_ALG_HKDF_EXPAND(0), true, &builtin_kdf_hkdf_expand},
    {PSA_ALG_TLS12_PRF(0), true, &builtin_kdf_tls12_prf},
    {PSA_ALG_TLS12_PSK_TO_MS(0), true, &builtin_kdf_tls12_psk_to_ms},
    {PSA_ALG_TLS12_ECJPAKE_TO_PMS, false, &builtin_kdf_tls12_ecjpake_to_pms},
    {PSA_ALG_PBKDF2_HMAC(0), true, &builtin_kdf_pbkdf2},
    {PSA_ALG_PBKDF2_AES_CMAC_PRF_128, false, &builtin_kdf_pbkdf2},
    {PSA_ALG_SP800_108_COUNTER_HMAC(0), true, &builtin_kdf_sp800_108},
    {PSA_ALG_SP800_108_COUNTER_CMAC, false, &builtin_kdf_sp800_108},
};

#define ALGORITHM_COUNT (sizeof(algorithms) / sizeof(algorithms[0]))

static const struct builtin_kdf_algorithm *find(psa_algorithm_t alg, psa_algorithm_t *hash)
{
    psa_algorithm_t low = alg & 0xffu;

    for (size_t i = 0; i < ALGORITHM_COUNT; i++) {
        if (!algorithms[i].hashed && alg == algorithms[i].alg) {
            *hash = 0;
            return algorithms[i].impl;
        }
        if (algorithms[i].hashed && low != 0 && (alg & ~0xffu) == algorithms[i].alg) {
            *hash = PSA_ALG_GET_HASH(alg);
            return algorithms[i].impl;
        }
    }
    return NULL;
}

/* ---- entry points ------------------------------------------------------------ */

static void release(struct kdf_op *k)
{
    if (k->impl != NULL && k->state != NULL) {
        k->impl->cleanup(k->state);
        kpsa_secmem_free(k->state, k->impl->state_size);
    }
    k->impl = NULL;
    k->state = NULL;
    k->started = false;
}

psa_status_t builtin_key_derivation_setup(void *op, psa_algorithm_t alg,
                                          const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kdf_op *k = op;
    psa_algorithm_t hash = 0;
    const struct builtin_kdf_algorithm *impl = find(alg, &hash);

    k->impl = NULL;
    k->state = NULL;
    k->started = false;
    KPSA_CHECK(impl != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(hash == 0 || builtin_kdf_hmac_hash_ok(hash), PSA_ERROR_NOT_SUPPORTED);
    k->impl = impl;
    k->state = kpsa_secmem_alloc(impl->state_size);
    KPSA_CHECK(k->state != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(impl->setup(k->state, alg, hash, inputs));
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        release(k);
    }
    return status;
}

psa_status_t builtin_key_derivation_output_bytes(void *op, uint8_t *output, size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kdf_op *k = op;
    struct builtin_kdf_stream *s = NULL;
    size_t done = 0;

    KPSA_CHECK(k->impl != NULL && k->state != NULL, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output != NULL || length == 0, PSA_ERROR_INVALID_ARGUMENT);
    if (length == 0) {
        status = PSA_SUCCESS;
        goto exit;
    }
    if (k->impl->whole_output != 0) {
        KPSA_CHECK(!k->started && length == k->impl->whole_output, PSA_ERROR_INVALID_ARGUMENT);
    }
    k->started = true;
    s = k->state;
    while (done < length) {
        size_t n;
        if (s->used >= s->length) {
            KPSA_TRY(k->impl->next(k->state));
            KPSA_CHECK(s->length > 0 && s->length <= sizeof(s->block),
                       PSA_ERROR_CORRUPTION_DETECTED);
        }
        n = s->length - s->used;
        n = n < length - done ? n : length - done;
        memcpy(output + done, s->block + s->used, n);
        s->used += n;
        done += n;
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS && output != NULL) {
        kpsa_wipe(output, done);
    }
    return status;
}

psa_status_t builtin_key_derivation_abort(void *op)
{
    release(op);
    return PSA_SUCCESS;
}

/* ---- inputs ------------------------------------------------------------------ */

psa_status_t builtin_kdf_input(const psa_crypto_driver_key_derivation_inputs_t *inputs,
                               psa_key_derivation_step_t step, bool optional, size_t max,
                               struct builtin_kdf_buf *buf)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_crypto_driver_key_derivation_input_type_t type;
    size_t size = 0, length = 0;

    buf->data = NULL;
    buf->length = 0;
    type = psa_crypto_driver_key_derivation_get_input_type(inputs, step);
    if (type != PSA_KEY_DERIVATION_INPUT_TYPE_BYTES && type != PSA_KEY_DERIVATION_INPUT_TYPE_KEY) {
        /* An integer where bytes belong is the caller's mistake; an absent
         * required step means the inputs are incomplete. */
        KPSA_CHECK(type != PSA_KEY_DERIVATION_INPUT_TYPE_INTEGER, PSA_ERROR_INVALID_ARGUMENT);
        KPSA_CHECK(optional, PSA_ERROR_BAD_STATE);
        status = PSA_SUCCESS;
        goto exit;
    }
    status = psa_crypto_driver_key_derivation_get_input_size(inputs, step, &size);
    if (status == PSA_ERROR_DOES_NOT_EXIST) {
        status = optional ? PSA_SUCCESS : PSA_ERROR_BAD_STATE;
        goto exit;
    }
    KPSA_TRY(status);
    KPSA_CHECK(size <= max, PSA_ERROR_INVALID_ARGUMENT);
    if (size == 0) {
        status = PSA_SUCCESS;
        goto exit;
    }
    buf->data = kpsa_secmem_alloc(size);
    KPSA_CHECK(buf->data != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    buf->length = size;
    KPSA_TRY(
        psa_crypto_driver_key_derivation_get_input_bytes(inputs, step, buf->data, size, &length));
    KPSA_CHECK(length == size, PSA_ERROR_CORRUPTION_DETECTED);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        builtin_kdf_buf_free(buf);
    }
    return status;
}

void builtin_kdf_buf_free(struct builtin_kdf_buf *buf)
{
    if (buf->data != NULL) {
        kpsa_secmem_free(buf->data, buf->length);
    }
    buf->data = NULL;
    buf->length = 0;
}

/* ---- pseudorandom functions ------------------------------------------------------ */

bool builtin_kdf_hmac_hash_ok(psa_algorithm_t hash)
{
    size_t block = PSA_HASH_BLOCK_LENGTH(hash);

    return PSA_ALG_IS_HASH(hash) && hash != PSA_ALG_SHAKE256_512 && block != 0 &&
           block <= BUILTIN_HMAC_BLOCK_MAX && PSA_HASH_LENGTH(hash) != 0 &&
           PSA_HASH_LENGTH(hash) <= PSA_HASH_MAX_SIZE && builtin_md(hash) != NULL;
}

psa_status_t builtin_kdf_prf_hmac(struct builtin_kdf_prf *prf, psa_algorithm_t hash,
                                  const uint8_t *key, size_t key_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    memset(prf, 0, sizeof(*prf));
    KPSA_CHECK(builtin_kdf_hmac_hash_ok(hash), PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(builtin_hmac_pads(hash, key, key_length, &prf->inner, &prf->outer));
    prf->length = PSA_HASH_LENGTH(hash);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        builtin_kdf_prf_free(prf);
    }
    return status;
}

psa_status_t builtin_kdf_prf_cmac(struct builtin_kdf_prf *prf, psa_key_type_t type,
                                  const uint8_t *key, size_t key_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EVP_CIPHER *cipher = builtin_cipher(type, 8 * key_length, PSA_ALG_CBC_NO_PADDING);
    OSSL_PARAM params[2];

    memset(prf, 0, sizeof(*prf));
    /* CMAC is defined for 128-bit blocks here (K_0 and the PRF length). */
    KPSA_CHECK(PSA_BLOCK_CIPHER_BLOCK_LENGTH(type) == 16, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(cipher != NULL && builtin_mac_cmac() != NULL, PSA_ERROR_NOT_SUPPORTED);
    prf->cmac = EVP_MAC_CTX_new(builtin_mac_cmac());
    KPSA_CHECK(prf->cmac != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER,
                                                 (char *)EVP_CIPHER_get0_name(cipher), 0);
    params[1] = OSSL_PARAM_construct_end();
    KPSA_CHECK(EVP_MAC_init(prf->cmac, key, key_length, params) == 1,
               builtin_status_from_openssl());
    prf->length = 16;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        builtin_kdf_prf_free(prf);
    }
    return status;
}

static psa_status_t cmac_compute(EVP_MAC_CTX *ctx, const struct builtin_kdf_part *parts,
                                 size_t count, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t length = 0;

    KPSA_CHECK(EVP_MAC_init(ctx, NULL, 0, NULL) == 1, builtin_status_from_openssl());
    for (size_t i = 0; i < count; i++) {
        KPSA_CHECK(EVP_MAC_update(ctx, parts[i].data, parts[i].length) == 1,
                   builtin_status_from_openssl());
    }
    KPSA_CHECK(EVP_MAC_final(ctx, out, &length, 16) == 1 && length == 16,
               builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_kdf_prf(const struct builtin_kdf_prf *prf,
                             const struct builtin_kdf_part *parts, size_t count, uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation work;
    uint8_t inner[PSA_HASH_MAX_SIZE];
    size_t length = 0;

    /* The clone writes all of work; these two make an early abort safe. */
    work.md = NULL;
    work.alg = 0;
    if (prf->cmac != NULL) {
        KPSA_TRY(cmac_compute(prf->cmac, parts, count, out));
        goto exit;
    }
    KPSA_TRY(builtin_hash_clone(&prf->inner, &work));
    for (size_t i = 0; i < count; i++) {
        KPSA_TRY(builtin_hash_update(&work, parts[i].data, parts[i].length));
    }
    KPSA_TRY(builtin_hash_finish(&work, inner, sizeof(inner), &length));
    KPSA_TRY(builtin_hash_clone(&prf->outer, &work));
    KPSA_TRY(builtin_hash_update(&work, inner, length));
    KPSA_TRY(builtin_hash_finish(&work, out, prf->length, &length));
exit:
    if (status != PSA_SUCCESS) {
        (void)builtin_hash_abort(&work);
    }
    kpsa_wipe(inner, sizeof(inner));
    return status;
}

void builtin_kdf_prf_free(struct builtin_kdf_prf *prf)
{
    (void)builtin_hash_abort(&prf->inner);
    (void)builtin_hash_abort(&prf->outer);
    EVP_MAC_CTX_free(prf->cmac);
    kpsa_wipe(prf, sizeof(*prf));
}
