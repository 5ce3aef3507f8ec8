/*
 * kdf_tls12.c - the TLS 1.2 PRF (RFC 5246 section 5), the TLS 1.2
 * PSK-to-master-secret derivation (the premaster secret of RFC 4279 section 2
 * and RFC 5489 section 2 fed to the PRF) and the TLS 1.2 EC J-PAKE-to-PMS
 * derivation (draft-cragie-tls-ecjpake-01 section 8.7: SHA-256 of the x
 * coordinate of the J-PAKE shared point).
 *
 * PRF(secret, label, seed) = P_hash(secret, label || seed), where
 *   A(0) = label || seed,  A(i) = HMAC(secret, A(i-1)),
 *   P_hash = HMAC(secret, A(1) || label || seed) || HMAC(secret, A(2) || ...) ...
 */
#include "config.h"

#include "builtin/kdf_impl.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/guard.h"
#include "core/secmem.h"

struct tls12_state {
    struct builtin_kdf_stream stream;
    struct builtin_kdf_prf mac;   /* HMAC keyed with the secret */
    struct builtin_kdf_buf seed;  /* label || seed */
    uint8_t a[PSA_HASH_MAX_SIZE]; /* A(i) of the next block */
};

/* s->seed = label || seed from the inputs (both required, either may be empty). */
static psa_status_t read_seed(struct tls12_state *s,
                              const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_buf label = {NULL, 0}, seed = {NULL, 0};
    size_t total;

    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SEED, false, SIZE_MAX, &seed));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_LABEL, false, SIZE_MAX, &label));
    KPSA_CHECK(label.length <= SIZE_MAX - seed.length, PSA_ERROR_INVALID_ARGUMENT);
    total = label.length + seed.length;
    if (total > 0) {
        s->seed.data = kpsa_secmem_alloc(total);
        KPSA_CHECK(s->seed.data != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        s->seed.length = total;
        if (label.length > 0) {
            memcpy(s->seed.data, label.data, label.length);
        }
        if (seed.length > 0) {
            memcpy(s->seed.data + label.length, seed.data, seed.length);
        }
    }
    status = PSA_SUCCESS;
exit:
    builtin_kdf_buf_free(&label);
    builtin_kdf_buf_free(&seed);
    return status;
}

/* Key the PRF with secret, read label and seed, compute A(1). */
static psa_status_t prf_start(struct tls12_state *s, psa_algorithm_t hash, const uint8_t *secret,
                              size_t secret_length,
                              const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_part part;

    KPSA_TRY(read_seed(s, inputs));
    KPSA_TRY(builtin_kdf_prf_hmac(&s->mac, hash, secret, secret_length));
    part.data = s->seed.data;
    part.length = s->seed.length;
    KPSA_TRY(builtin_kdf_prf(&s->mac, &part, 1, s->a));
exit:
    return status;
}

static psa_status_t prf_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                              const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_buf secret = {NULL, 0};

    (void)alg;
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false, SIZE_MAX, &secret));
    KPSA_TRY(prf_start(state, hash, secret.data, secret.length, inputs));
exit:
    builtin_kdf_buf_free(&secret);
    return status;
}

static void put_u16(uint8_t *p, size_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

/* The premaster secret: uint16 length || other secret || uint16 length || PSK,
 * the other secret being N zero bytes for a pure PSK of N bytes. */
static psa_status_t psk_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                              const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_buf psk = {NULL, 0}, other = {NULL, 0};
    uint8_t *pms = NULL;
    psa_crypto_driver_key_derivation_input_type_t type;
    size_t other_length, pms_length = 0;
    bool given;

    (void)alg;
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false,
                               PSA_TLS12_PSK_TO_MS_PSK_MAX_SIZE, &psk));
    KPSA_TRY(
        builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_OTHER_SECRET, true, UINT16_MAX, &other));
    type = psa_crypto_driver_key_derivation_get_input_type(inputs,
                                                           PSA_KEY_DERIVATION_INPUT_OTHER_SECRET);
    given =
        type == PSA_KEY_DERIVATION_INPUT_TYPE_BYTES || type == PSA_KEY_DERIVATION_INPUT_TYPE_KEY;
    other_length = given ? other.length : psk.length;
    pms_length = 4 + other_length + psk.length;
    pms = kpsa_secmem_alloc(pms_length);
    KPSA_CHECK(pms != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    put_u16(pms, other_length);
    if (other.length > 0) {
        memcpy(pms + 2, other.data, other.length);
    }
    put_u16(pms + 2 + other_length, psk.length);
    if (psk.length > 0) {
        memcpy(pms + 4 + other_length, psk.data, psk.length);
    }
    KPSA_TRY(prf_start(state, hash, pms, pms_length, inputs));
exit:
    kpsa_secmem_free(pms, pms_length);
    builtin_kdf_buf_free(&other);
    builtin_kdf_buf_free(&psk);
    return status;
}

/* Block i = HMAC(secret, A(i) || label || seed), then A(i+1) = HMAC(secret, A(i)). */
static psa_status_t prf_next(void *state)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct tls12_state *s = state;
    struct builtin_kdf_part parts[2];

    parts[0].data = s->a;
    parts[0].length = s->mac.length;
    parts[1].data = s->seed.data;
    parts[1].length = s->seed.length;
    KPSA_TRY(builtin_kdf_prf(&s->mac, parts, 2, s->stream.block));
    KPSA_TRY(builtin_kdf_prf(&s->mac, parts, 1, s->a));
    s->stream.length = s->mac.length;
    s->stream.used = 0;
exit:
    return status;
}

static void prf_cleanup(void *state)
{
    struct tls12_state *s = state;

    builtin_kdf_prf_free(&s->mac);
    builtin_kdf_buf_free(&s->seed);
}

/* The input is the uncompressed J-PAKE point 0x04 || x || y on secp256r1. */
static psa_status_t ecjpake_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                                  const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_stream *s = state;
    struct builtin_kdf_buf point = {NULL, 0};
    size_t length = 0;

    (void)alg;
    (void)hash;
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false,
                               PSA_TLS12_ECJPAKE_TO_PMS_INPUT_SIZE, &point));
    KPSA_CHECK(point.length == PSA_TLS12_ECJPAKE_TO_PMS_INPUT_SIZE && point.data[0] == 0x04,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(builtin_hash_compute(PSA_ALG_SHA_256, point.data + 1,
                                  PSA_TLS12_ECJPAKE_TO_PMS_OUTPUT_SIZE, s->block, sizeof(s->block),
                                  &length));
    s->length = length;
exit:
    builtin_kdf_buf_free(&point);
    return status;
}

static psa_status_t ecjpake_next(void *state)
{
    (void)state;
    return PSA_ERROR_INSUFFICIENT_DATA;
}

static void ecjpake_cleanup(void *state)
{
    (void)state;
}

const struct builtin_kdf_algorithm builtin_kdf_tls12_prf = {
    sizeof(struct tls12_state), prf_setup, prf_next, prf_cleanup, 0,
};
const struct builtin_kdf_algorithm builtin_kdf_tls12_psk_to_ms = {
    sizeof(struct tls12_state), psk_setup, prf_next, prf_cleanup, 0,
};
const struct builtin_kdf_algorithm builtin_kdf_tls12_ecjpake_to_pms = {
    sizeof(struct builtin_kdf_stream),    ecjpake_setup, ecjpake_next, ecjpake_cleanup,
    PSA_TLS12_ECJPAKE_TO_PMS_OUTPUT_SIZE,
};
