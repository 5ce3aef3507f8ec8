/*
 * kdf_hkdf.c - HKDF, HKDF-Extract and HKDF-Expand (RFC 5869).
 *
 * Setup runs the extract step (PRK = HMAC(salt, IKM)) and keys HMAC with the
 * PRK once; each block of the expand step, T(i) = HMAC(PRK, T(i-1) || info ||
 * i), then costs two hash finishes on copies of the keyed states.
 */
#include "config.h"

#include "builtin/kdf_impl.h"

#include <stdint.h>
#include <string.h>

#include "core/guard.h"
#include "core/secmem.h"

struct hkdf_state {
    struct builtin_kdf_stream stream; /* T(counter), or the PRK for HKDF-Extract */
    struct builtin_kdf_prf prk;       /* HMAC keyed with the PRK */
    struct builtin_kdf_buf info;
    uint8_t counter; /* index of the block in stream */
};

/* PRK = HMAC-Hash(salt, IKM) into prk (PSA_HASH_LENGTH(hash) bytes). */
static psa_status_t extract(psa_algorithm_t hash, bool salt_optional,
                            const psa_crypto_driver_key_derivation_inputs_t *inputs, uint8_t *prk)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_kdf_buf salt = {NULL, 0}, ikm = {NULL, 0};
    struct builtin_kdf_prf mac;
    struct builtin_kdf_part part;

    memset(&mac, 0, sizeof(mac));
    /* An omitted salt is an empty HMAC key, which HMAC pads to the string of
     * HashLen zeros that RFC 5869 section 2.2 prescribes. */
    KPSA_TRY(
        builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SALT, salt_optional, SIZE_MAX, &salt));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false, SIZE_MAX, &ikm));
    KPSA_TRY(builtin_kdf_prf_hmac(&mac, hash, salt.data, salt.length));
    part.data = ikm.data;
    part.length = ikm.length;
    KPSA_TRY(builtin_kdf_prf(&mac, &part, 1, prk));
exit:
    builtin_kdf_prf_free(&mac);
    builtin_kdf_buf_free(&ikm);
    builtin_kdf_buf_free(&salt);
    return status;
}

static psa_status_t hkdf_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                               const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct hkdf_state *s = state;
    uint8_t prk[PSA_HASH_MAX_SIZE];

    (void)alg;
    KPSA_TRY(extract(hash, true, inputs, prk));
    KPSA_TRY(builtin_kdf_prf_hmac(&s->prk, hash, prk, PSA_HASH_LENGTH(hash)));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_INFO, false, SIZE_MAX, &s->info));
exit:
    kpsa_wipe(prk, sizeof(prk));
    return status;
}

static psa_status_t extract_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                                  const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct hkdf_state *s = state;

    (void)alg;
    KPSA_TRY(extract(hash, false, inputs, s->stream.block));
    s->stream.length = PSA_HASH_LENGTH(hash);
exit:
    return status;
}

static psa_status_t expand_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                                 const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct hkdf_state *s = state;
    struct builtin_kdf_buf prk = {NULL, 0};

    (void)alg;
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SECRET, false, SIZE_MAX, &prk));
    /* RFC 5869 section 2.3: a PRK of at least HashLen octets. */
    KPSA_CHECK(prk.length >= PSA_HASH_LENGTH(hash), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(builtin_kdf_prf_hmac(&s->prk, hash, prk.data, prk.length));
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_INFO, false, SIZE_MAX, &s->info));
exit:
    builtin_kdf_buf_free(&prk);
    return status;
}

/* T(i) = HMAC-Hash(PRK, T(i-1) || info || i), T(0) empty.  The PRF reads all
 * of its message before it writes its output, so T(i-1) may be replaced in place. */
static psa_status_t expand_next(void *state)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct hkdf_state *s = state;
    uint8_t counter = (uint8_t)(s->counter + 1u);
    struct builtin_kdf_part parts[3];

    KPSA_CHECK(s->counter < 255, PSA_ERROR_INSUFFICIENT_DATA);
    parts[0].data = s->stream.block;
    parts[0].length = s->counter == 0 ? 0 : s->stream.length;
    parts[1].data = s->info.data;
    parts[1].length = s->info.length;
    parts[2].data = &counter;
    parts[2].length = 1;
    KPSA_TRY(builtin_kdf_prf(&s->prk, parts, 3, s->stream.block));
    s->counter = counter;
    s->stream.length = s->prk.length;
    s->stream.used = 0;
exit:
    return status;
}

/* HKDF-Extract outputs the PRK and nothing more. */
static psa_status_t extract_next(void *state)
{
    (void)state;
    return PSA_ERROR_INSUFFICIENT_DATA;
}

static void hkdf_cleanup(void *state)
{
    struct hkdf_state *s = state;

    builtin_kdf_prf_free(&s->prk);
    builtin_kdf_buf_free(&s->info);
}

const struct builtin_kdf_algorithm builtin_kdf_hkdf = {
    sizeof(struct hkdf_state), hkdf_setup, expand_next, hkdf_cleanup, 0,
};
const struct builtin_kdf_algorithm builtin_kdf_hkdf_extract = {
    sizeof(struct hkdf_state), extract_setup, extract_next, hkdf_cleanup, 0,
};
const struct builtin_kdf_algorithm builtin_kdf_hkdf_expand = {
    sizeof(struct hkdf_state), expand_setup, expand_next, hkdf_cleanup, 0,
};
