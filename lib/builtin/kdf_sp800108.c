/*
 * kdf_sp800108.c - the NIST SP 800-108 counter-mode KDFs of the Crypto API 1.2
 * (PSA_ALG_SP800_108_COUNTER_HMAC(hash), PSA_ALG_SP800_108_COUNTER_CMAC), with
 * the fixed input the API defines:
 *
 *   HMAC:  K_i = HMAC(K_in, [i]_4 || Label || 0x00 || Context || [L]_4)
 *   CMAC:  K_0 = CMAC(K_in, Label || 0x00 || Context || [L]_4)
 *          K_i = CMAC(K_in, [i]_4 || Label || 0x00 || Context || [L]_4 || K_0)
 *
 * with i = 1, 2, ... and L = 8 * the capacity at the first output, which the
 * core passes as the pseudo input KPSA_KEY_DERIVATION_INPUT_CAPACITY.  The
 * CMAC cipher is the secret key's (kpsa_driver_key_derivation_get_secret_
 * attributes): AES, ARIA, Camellia or SM4.
 */
#include "config.h"

#include "builtin/kdf_impl.h"

#include <stdint.h>
#include <string.h>

#include "core/guard.h"
#include "core/secmem.h"

/* The API's initial and largest capacity: L = 8 * capacity fits 32 bits. */
#define SP800_108_MAX_CAPACITY 0x1fffffffu

struct sp800108_state {
    struct builtin_kdf_stream stream; /* K_counter */
    struct builtin_kdf_prf prf;       /* keyed with K_in */
    struct builtin_kdf_buf fixed;     /* everything after [i]_4 */
    uint32_t counter;
};

static void put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* fixed = Label || 0x00 || Context || [L]_4, with 16 bytes spare for K_0. */
static psa_status_t build_fixed(struct sp800108_state *s, uint64_t capacity,
                                const struct builtin_kdf_buf *label,
                                const struct builtin_kdf_buf *context)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t length;

    KPSA_CHECK(label->length < SIZE_MAX / 2 && context->length < SIZE_MAX / 2,
               PSA_ERROR_INVALID_ARGUMENT);
    length = label->length + 1 + context->length + 4 + 16;
    s->fixed.data = kpsa_secmem_alloc(length);
    KPSA_CHECK(s->fixed.data != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    s->fixed.length = length;
    if (label->length > 0) {
        memcpy(s->fixed.data, label->data, label->length);
    }
    s->fixed.data[label->length] = 0x00;
    if (context->length > 0) {
        memcpy(s->fixed.data + label->length + 1, context->data, context->length);
    }
    put_u32(s->fixed.data + label->length + 1 + context->length, (uint32_t)(8 * capacity));
    status = PSA_SUCCESS;
exit:
    return status;
}

/* The bytes of fixed in use (without or with K_0). */
static size_t fixed_used(const struct sp800108_state *s)
{
    return s->prf.cmac != NULL ? s->fixed.length : s->fixed.length - 16;
}

static psa_status_t read_inputs(struct sp800108_state *s, psa_algorithm_t alg, psa_algorithm_t hash,
                                const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_buf secret = {NULL, 0}, label = {NULL, 0}, context = {NULL, 0};
    uint64_t capacity = 0;

    status = psa_crypto_driver_key_derivation_get_input_integer(
        inputs, KPSA_KEY_DERIVATION_INPUT_CAPACITY, &capacity);
    KPSA_CHECK(status == PSA_SUCCESS, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(capacity <= SP800_108_MAX_CAPACITY, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false, SIZE_MAX, &secret));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_LABEL, true, SIZE_MAX, &label));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_CONTEXT, true, SIZE_MAX, &context));
    /* The separator must stay unambiguous: a label holds no null byte. */
    KPSA_CHECK(label.length == 0 || memchr(label.data, 0, label.length) == NULL,
               PSA_ERROR_INVALID_ARGUMENT);
    if (alg == PSA_ALG_SP800_108_COUNTER_CMAC) {
        /* The secret is a key (the API requires input_key) of any block
         * cipher with CMAC: its type picks the cipher. */
        psa_key_attributes_t key = psa_key_attributes_init();
        KPSA_CHECK(kpsa_driver_key_derivation_get_secret_attributes(inputs, &key) == PSA_SUCCESS,
                   PSA_ERROR_INVALID_ARGUMENT);
        KPSA_TRY(builtin_kdf_prf_cmac(&s->prf, psa_get_key_type(&key), secret.data,
                                      secret.length));
    } else {
        KPSA_TRY(builtin_kdf_prf_hmac(&s->prf, hash, secret.data, secret.length));
    }
    KPSA_TRY(build_fixed(s, capacity, &label, &context));
exit:
    builtin_kdf_buf_free(&context);
    builtin_kdf_buf_free(&label);
    builtin_kdf_buf_free(&secret);
    return status;
}

static psa_status_t sp800108_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                                   const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct sp800108_state *s = state;
    struct builtin_kdf_part part;

    KPSA_TRY(read_inputs(s, alg, hash, inputs));
    if (s->prf.cmac != NULL) {
        /* K_0, the robustness mitigation of SP 800-108r1 section 4.1. */
        part.data = s->fixed.data;
        part.length = s->fixed.length - 16;
        KPSA_TRY(builtin_kdf_prf(&s->prf, &part, 1, s->fixed.data + s->fixed.length - 16));
    }
exit:
    return status;
}

static psa_status_t sp800108_next(void *state)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct sp800108_state *s = state;
    uint8_t counter[4];
    struct builtin_kdf_part parts[2];

    KPSA_CHECK(s->counter < UINT32_MAX, PSA_ERROR_INSUFFICIENT_DATA);
    s->counter++;
    put_u32(counter, s->counter);
    parts[0].data = counter;
    parts[0].length = sizeof(counter);
    parts[1].data = s->fixed.data;
    parts[1].length = fixed_used(s);
    KPSA_TRY(builtin_kdf_prf(&s->prf, parts, 2, s->stream.block));
    s->stream.length = s->prf.length;
    s->stream.used = 0;
exit:
    return status;
}

static void sp800108_cleanup(void *state)
{
    struct sp800108_state *s = state;

    builtin_kdf_prf_free(&s->prf);
    builtin_kdf_buf_free(&s->fixed);
}

const struct builtin_kdf_algorithm builtin_kdf_sp800_108 = {
    sizeof(struct sp800108_state), sp800108_setup, sp800108_next, sp800108_cleanup, 0,
};
