/*
 * kdf_pbkdf2.c - PBKDF2 (RFC 8018 section 5.2) with HMAC over a hash and with
 * AES-CMAC-PRF-128 (RFC 4615).
 *
 *   T_i = U_1 ^ U_2 ^ ... ^ U_c,  U_1 = PRF(P, S || INT(i)),  U_j = PRF(P, U_{j-1})
 *
 * The PRF is keyed with the password once, at setup (the HMAC pads are hashed
 * once per derivation), so an iteration is one PRF call on copies of the
 * keyed state: for HMAC-SHA-256 two compression-function calls.
 */
#include "config.h"

#include "builtin/kdf_impl.h"

#include <stdint.h>
#include <string.h>

#include "core/guard.h"
#include "core/secmem.h"

struct pbkdf2_state {
    struct builtin_kdf_stream stream; /* T_index */
    struct builtin_kdf_prf prf;       /* keyed with the password */
    struct builtin_kdf_buf salt;
    uint32_t cost;
    uint32_t index;
};

/* RFC 4615 section 3: a password of other than 16 bytes becomes the key
 * AES-CMAC(0^128, password). */
static psa_status_t cmac_key(struct builtin_kdf_prf *prf, const struct builtin_kdf_buf *password)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    static const uint8_t zeros[16] = {0};
    struct builtin_kdf_prf zero_key;
    struct builtin_kdf_part part;
    uint8_t key[16];

    memset(&zero_key, 0, sizeof(zero_key));
    if (password->length == 16) {
        KPSA_TRY(builtin_kdf_prf_cmac(prf, PSA_KEY_TYPE_AES, password->data, 16));
        goto exit;
    }
    KPSA_TRY(builtin_kdf_prf_cmac(&zero_key, PSA_KEY_TYPE_AES, zeros, sizeof(zeros)));
    part.data = password->data;
    part.length = password->length;
    KPSA_TRY(builtin_kdf_prf(&zero_key, &part, 1, key));
    KPSA_TRY(builtin_kdf_prf_cmac(prf, PSA_KEY_TYPE_AES, key, sizeof(key)));
exit:
    builtin_kdf_prf_free(&zero_key);
    kpsa_wipe(key, sizeof(key));
    return status;
}

static psa_status_t pbkdf2_setup(void *state, psa_algorithm_t alg, psa_algorithm_t hash,
                                 const psa_crypto_driver_key_derivation_inputs_t *inputs)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct pbkdf2_state *s = state;
    struct builtin_kdf_buf password = {NULL, 0};
    uint64_t cost = 0;

    status = psa_crypto_driver_key_derivation_get_input_integer(
        inputs, PSA_KEY_DERIVATION_INPUT_COST, &cost);
    KPSA_CHECK(status != PSA_ERROR_DOES_NOT_EXIST, PSA_ERROR_BAD_STATE);
    KPSA_TRY(status);
    KPSA_CHECK(cost != 0, PSA_ERROR_INVALID_ARGUMENT);
    /* The core refuses a cost above 2^32 - 1 already (as TF-PSA-Crypto
     * does); the state counts iterations in 32 bits. */
    KPSA_CHECK(cost <= UINT32_MAX, PSA_ERROR_NOT_SUPPORTED);
    s->cost = (uint32_t)cost;
    KPSA_TRY(builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_SALT, false, SIZE_MAX, &s->salt));
    KPSA_TRY(
        builtin_kdf_input(inputs, PSA_KEY_DERIVATION_INPUT_PASSWORD, false, SIZE_MAX, &password));
    if (alg == PSA_ALG_PBKDF2_AES_CMAC_PRF_128) {
        KPSA_TRY(cmac_key(&s->prf, &password));
    } else {
        KPSA_TRY(builtin_kdf_prf_hmac(&s->prf, hash, password.data, password.length));
    }
exit:
    builtin_kdf_buf_free(&password);
    return status;
}

static psa_status_t pbkdf2_next(void *state)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct pbkdf2_state *s = state;
    size_t length = s->prf.length;
    uint8_t u[PSA_HASH_MAX_SIZE];
    uint8_t index[4];
    struct builtin_kdf_part parts[2];

    KPSA_CHECK(s->index < UINT32_MAX, PSA_ERROR_INSUFFICIENT_DATA);
    s->index++;
    index[0] = (uint8_t)(s->index >> 24);
    index[1] = (uint8_t)(s->index >> 16);
    index[2] = (uint8_t)(s->index >> 8);
    index[3] = (uint8_t)s->index;
    parts[0].data = s->salt.data;
    parts[0].length = s->salt.length;
    parts[1].data = index;
    parts[1].length = sizeof(index);
    KPSA_TRY(builtin_kdf_prf(&s->prf, parts, 2, u));
    memcpy(s->stream.block, u, length);
    parts[0].data = u;
    parts[0].length = length;
    for (uint32_t j = 1; j < s->cost; j++) {
        KPSA_TRY(builtin_kdf_prf(&s->prf, parts, 1, u));
        for (size_t b = 0; b < length; b++) {
            s->stream.block[b] ^= u[b];
        }
    }
    s->stream.length = length;
    s->stream.used = 0;
exit:
    kpsa_wipe(u, sizeof(u));
    return status;
}

static void pbkdf2_cleanup(void *state)
{
    struct pbkdf2_state *s = state;

    builtin_kdf_prf_free(&s->prf);
    builtin_kdf_buf_free(&s->salt);
}

const struct builtin_kdf_algorithm builtin_kdf_pbkdf2 = {
    sizeof(struct pbkdf2_state), pbkdf2_setup, pbkdf2_next, pbkdf2_cleanup, 0,
};
