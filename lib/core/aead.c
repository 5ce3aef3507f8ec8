#include "config.h"

/*
 * aead.c - the API layer of authenticated encryption with associated data:
 * psa_aead_encrypt, psa_aead_decrypt and the multi-part AEAD operation, PSA
 * Crypto API 1.2, "Authenticated encryption with associated data (AEAD)".
 *
 * State machine of psa_aead_operation_t (kpsa_driver != 0 means active; the
 * AEAD_* bits of kpsa_flags refine the active state):
 *
 *   inactive --encrypt_setup / decrypt_setup--> active
 *   active, no nonce, no lengths --set_lengths--> lengths set
 *   active, no nonce --set_nonce / generate_nonce (encrypt)--> nonce set
 *       (CCM: only once the lengths are set)
 *   nonce set, no body --update_ad--> nonce set
 *   nonce set --update--> body started
 *   nonce set / body started --finish (encrypt) / verify (decrypt),
 *       success--> inactive
 *   active --abort, or any error--> inactive (kpsa aborts it)
 *
 * When the lengths are set, kpsa_ad_remaining and kpsa_body_remaining count
 * down what update_ad and update may still pass; excess input and incomplete
 * input at update / finish / verify are PSA_ERROR_INVALID_ARGUMENT.
 *
 * An active operation holds its key (kpsa_key) until it ends, and every call
 * after setup first checks that the key has not been destroyed meanwhile: if
 * it has, the call aborts the operation and returns PSA_ERROR_BAD_STATE (PSA
 * 1.2, psa_destroy_key: the multi-part operation fails).  end_operation() is
 * the one way out of the active state, so the key is always released.
 *
 * Output buffers of multi-part calls are not held to the sufficient-size
 * macros (PSA_AEAD_UPDATE_OUTPUT_SIZE, PSA_AEAD_FINISH_OUTPUT_SIZE,
 * PSA_AEAD_VERIFY_OUTPUT_SIZE): the specification returns
 * PSA_ERROR_BUFFER_TOO_SMALL only when a buffer is too small for the output
 * the call actually produces, which the driver knows and checks before
 * writing.  The tag buffer must hold the tag (PSA_AEAD_TAG_LENGTH).
 */

#include <stdint.h>
#include <string.h>

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/random.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

#define AEAD_ENCRYPT 0x0001u
#define AEAD_LENGTHS_SET 0x0002u
#define AEAD_NONCE_SET 0x0004u
#define AEAD_BODY_STARTED 0x0008u
#define AEAD_NEEDS_LENGTHS 0x0010u

/* Largest nonce psa_aead_generate_nonce() makes (XChaCha20-Poly1305). */
#define AEAD_NONCE_BUFFER 24u

/* Bit n set: n bytes is a valid length. */
#define LEN(n) (UINT32_C(1) << (n))

enum aead_key_class {
    AEAD_KEY_BLOCK16,   /* a block cipher with 128-bit blocks */
    AEAD_KEY_CHACHA20,
    AEAD_KEY_XCHACHA20
};

/* What the specification says of each AEAD algorithm ("AEAD algorithms"). */
struct aead_rule {
    psa_algorithm_t base;         /* the algorithm with its default tag */
    enum aead_key_class key;      /* compatible key types */
    uint8_t nonce_default;        /* PSA_AEAD_NONCE_LENGTH */
    uint32_t nonce_lengths;       /* valid nonce lengths below 32 */
    bool nonce_unbounded;         /* longer nonces allowed too (GCM) */
    uint32_t tag_lengths;         /* valid tag lengths */
    psa_status_t bad_tag;         /* status for another tag length */
    bool needs_lengths;           /* psa_aead_set_lengths() is required */
};

static const struct aead_rule aead_rules[] = {
    {PSA_ALG_CCM, AEAD_KEY_BLOCK16, 13,
     LEN(7) | LEN(8) | LEN(9) | LEN(10) | LEN(11) | LEN(12) | LEN(13), false,
     LEN(4) | LEN(6) | LEN(8) | LEN(10) | LEN(12) | LEN(14) | LEN(16),
     PSA_ERROR_INVALID_ARGUMENT, true},
    /* GCM: any nonce of at least one byte; the maximum is up to the driver. */
    {PSA_ALG_GCM, AEAD_KEY_BLOCK16, 12, ~UINT32_C(1), true,
     LEN(4) | LEN(8) | LEN(12) | LEN(13) | LEN(14) | LEN(15) | LEN(16),
     PSA_ERROR_INVALID_ARGUMENT, false},
    /* ChaCha20-Poly1305: 12-byte nonce (8: the optional original variant);
     * "it is recommended that truncated tag sizes are rejected". */
    {PSA_ALG_CHACHA20_POLY1305, AEAD_KEY_CHACHA20, 12, LEN(8) | LEN(12), false, LEN(16),
     PSA_ERROR_NOT_SUPPORTED, false},
    {PSA_ALG_XCHACHA20_POLY1305, AEAD_KEY_XCHACHA20, 24, LEN(24), false, LEN(16),
     PSA_ERROR_NOT_SUPPORTED, false},
};

static const struct aead_rule *aead_rule_of(psa_algorithm_t alg)
{
    psa_algorithm_t base = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg);

    for (size_t i = 0; i < sizeof(aead_rules) / sizeof(aead_rules[0]); i++) {
        if (aead_rules[i].base == base) {
            return &aead_rules[i];
        }
    }
    return NULL;
}

static bool aead_key_ok(const struct aead_rule *rule, psa_key_type_t type)
{
    switch (rule->key) {
    case AEAD_KEY_BLOCK16:
        return PSA_BLOCK_CIPHER_BLOCK_LENGTH(type) == 16;
    case AEAD_KEY_CHACHA20:
        return type == PSA_KEY_TYPE_CHACHA20;
    case AEAD_KEY_XCHACHA20:
        return type == PSA_KEY_TYPE_XCHACHA20;
    default:
        return false;
    }
}

static bool nonce_length_ok(const struct aead_rule *rule, size_t length)
{
    if (length >= 32) {
        return rule->nonce_unbounded;
    }
    return (rule->nonce_lengths & LEN(length)) != 0;
}

/* CCM encodes the plaintext length in L = 15 - nonce_length bytes. */
static bool ccm_length_fits(size_t nonce_length, uint64_t plaintext_length)
{
    size_t l = 15 - nonce_length;

    return l >= 8 || (plaintext_length >> (8 * l)) == 0;
}

/* The tag length of an AEAD algorithm: the LEN field (bits 21:16). */
static inline size_t aead_tag_length(psa_algorithm_t alg)
{
    return (alg >> 16) & 0x3fu;
}

/*
 * Acquire a key for an AEAD algorithm with `usage`, after the checks that need
 * no key; check the key type and the tag length.  On success *slot must be
 * released.  INVALID_ARGUMENT: not an AEAD algorithm, a wildcard, an
 * incompatible key or an invalid tag length.  NOT_SUPPORTED: an AEAD
 * algorithm the core does not know, or a tag length kpsa rejects.
 */
static psa_status_t acquire_aead_key(psa_key_id_t key, psa_key_usage_t usage,
                                     psa_algorithm_t alg, struct kpsa_slot **slot,
                                     const struct aead_rule **rule)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t tag = aead_tag_length(alg);

    KPSA_CHECK(PSA_ALG_IS_AEAD(alg) && !PSA_ALG_IS_WILDCARD(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_acquire_key(key, usage, alg, slot));
    *rule = aead_rule_of(alg);
    if (*rule == NULL) {
        status = PSA_ERROR_NOT_SUPPORTED;
    } else if (!aead_key_ok(*rule, (*slot)->attributes.kpsa_type)) {
        status = PSA_ERROR_INVALID_ARGUMENT;
    } else if (tag >= 32 || ((*rule)->tag_lengths & LEN(tag)) == 0) {
        status = (*rule)->bad_tag;
    }
    if (status != PSA_SUCCESS) {
        kpsa_keystore_release(*slot);
        *slot = NULL;
    }
exit:
    return status;
}

/* Nonce checks shared by the single-part functions and set_nonce. */
static psa_status_t check_nonce(const struct aead_rule *rule, size_t nonce_length,
                                bool lengths_known, uint64_t plaintext_length)
{
    if (!nonce_length_ok(rule, nonce_length)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (rule->base == PSA_ALG_CCM && lengths_known &&
        !ccm_length_fits(nonce_length, plaintext_length)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/*
 * End an operation, whatever its state: abort the driver if one is still
 * bound (a finish or a failing driver call has already unbound it), then
 * release the key, after the driver, whose context may use the key's prepared
 * state.  Returns the driver's abort status; INVALID_ARGUMENT for NULL.
 */
static psa_status_t end_operation(psa_aead_operation_t *operation)
{
    psa_status_t status = PSA_SUCCESS;

    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_driver != 0) {
        status = kpsa_dispatch_aead_abort(operation);
    }
    kpsa_keystore_release(operation->kpsa_key);
    operation->kpsa_key = NULL;
    return status;
}

psa_aead_operation_t psa_aead_operation_init(void)
{
    const psa_aead_operation_t init = PSA_AEAD_OPERATION_INIT;
    return init;
}

psa_status_t psa_aead_encrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *nonce,
                              size_t nonce_length, const uint8_t *additional_data,
                              size_t additional_data_length, const uint8_t *plaintext,
                              size_t plaintext_length, uint8_t *ciphertext,
                              size_t ciphertext_size, size_t *ciphertext_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    const struct aead_rule *rule = NULL;
    size_t tag = aead_tag_length(alg);

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(ciphertext_length != NULL && KPSA_BUF_OK(nonce, nonce_length) &&
                   KPSA_BUF_OK(additional_data, additional_data_length) &&
                   KPSA_BUF_OK(plaintext, plaintext_length) &&
                   KPSA_BUF_OK(ciphertext, ciphertext_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_aead_key(key, PSA_KEY_USAGE_ENCRYPT, alg, &slot, &rule));
    KPSA_TRY(check_nonce(rule, nonce_length, true, plaintext_length));
    KPSA_CHECK(plaintext_length <= SIZE_MAX - tag, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(ciphertext_size >= plaintext_length + tag, PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_aead_encrypt(&view, alg, nonce, nonce_length, additional_data,
                                        additional_data_length, plaintext, plaintext_length,
                                        ciphertext, ciphertext_size, ciphertext_length));
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && ciphertext_length != NULL) {
        *ciphertext_length = 0;
    }
    return status;
}

psa_status_t psa_aead_decrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *nonce,
                              size_t nonce_length, const uint8_t *additional_data,
                              size_t additional_data_length, const uint8_t *ciphertext,
                              size_t ciphertext_length, uint8_t *plaintext,
                              size_t plaintext_size, size_t *plaintext_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    const struct aead_rule *rule = NULL;
    size_t tag = aead_tag_length(alg);

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(plaintext_length != NULL && KPSA_BUF_OK(nonce, nonce_length) &&
                   KPSA_BUF_OK(additional_data, additional_data_length) &&
                   KPSA_BUF_OK(ciphertext, ciphertext_length) &&
                   KPSA_BUF_OK(plaintext, plaintext_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_aead_key(key, PSA_KEY_USAGE_DECRYPT, alg, &slot, &rule));
    /* Shorter than its tag: it cannot be authentic. */
    KPSA_CHECK(ciphertext_length >= tag, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(check_nonce(rule, nonce_length, true, ciphertext_length - tag));
    KPSA_CHECK(plaintext_size >= ciphertext_length - tag, PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_aead_decrypt(&view, alg, nonce, nonce_length, additional_data,
                                        additional_data_length, ciphertext, ciphertext_length,
                                        plaintext, plaintext_size, plaintext_length));
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && plaintext_length != NULL) {
        *plaintext_length = 0;
    }
    return status;
}

static psa_status_t aead_setup(psa_aead_operation_t *operation, psa_key_id_t key,
                               psa_algorithm_t alg, bool is_encrypt)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    const struct aead_rule *rule = NULL;
    psa_key_usage_t usage = is_encrypt ? PSA_KEY_USAGE_ENCRYPT : PSA_KEY_USAGE_DECRYPT;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(acquire_aead_key(key, usage, alg, &slot, &rule));
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_aead_setup(operation, &view, alg, is_encrypt));
    operation->kpsa_alg = alg;
    operation->kpsa_key_type = slot->attributes.kpsa_type;
    operation->kpsa_tag_length = (uint8_t)aead_tag_length(alg);
    operation->kpsa_ad_remaining = 0;
    operation->kpsa_body_remaining = 0;
    operation->kpsa_flags = (uint16_t)((is_encrypt ? AEAD_ENCRYPT : 0u) |
                                       (rule->needs_lengths ? AEAD_NEEDS_LENGTHS : 0u));
    operation->kpsa_key = slot;
    slot = NULL;
exit:
    kpsa_keystore_release(slot);
    /* Only setup on an active operation gets here with the operation active. */
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_aead_encrypt_setup(psa_aead_operation_t *operation, psa_key_id_t key,
                                    psa_algorithm_t alg)
{
    return aead_setup(operation, key, alg, true);
}

psa_status_t psa_aead_decrypt_setup(psa_aead_operation_t *operation, psa_key_id_t key,
                                    psa_algorithm_t alg)
{
    return aead_setup(operation, key, alg, false);
}

static bool has_flags(const psa_aead_operation_t *operation, uint16_t flags)
{
    return (operation->kpsa_flags & flags) == flags;
}

psa_status_t psa_aead_set_lengths(psa_aead_operation_t *operation, size_t ad_length,
                                  size_t plaintext_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    /* Once, and before the nonce. */
    KPSA_CHECK(operation->kpsa_driver != 0 &&
                   (operation->kpsa_flags & (AEAD_NONCE_SET | AEAD_LENGTHS_SET)) == 0,
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_dispatch_aead_set_lengths(operation, ad_length, plaintext_length));
    operation->kpsa_ad_remaining = ad_length;
    operation->kpsa_body_remaining = plaintext_length;
    operation->kpsa_flags |= AEAD_LENGTHS_SET;
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

/* The state set_nonce and generate_nonce need: active, no nonce yet, and the
 * lengths set when the algorithm requires them. */
static bool expects_nonce(const psa_aead_operation_t *operation)
{
    return operation->kpsa_driver != 0 && !has_flags(operation, AEAD_NONCE_SET) &&
           (!has_flags(operation, AEAD_NEEDS_LENGTHS) ||
            has_flags(operation, AEAD_LENGTHS_SET));
}

/*
 * Length of the nonce psa_aead_generate_nonce() makes: the default, except
 * that CCM uses the smallest L >= 2 that encodes the declared plaintext length
 * and a nonce of 15 - L bytes (PSA_ALG_CCM).
 */
static size_t generated_nonce_length(const psa_aead_operation_t *operation,
                                     const struct aead_rule *rule)
{
    size_t l = 2;

    if (rule->base != PSA_ALG_CCM) {
        return rule->nonce_default;
    }
    while (l < 8 && (operation->kpsa_body_remaining >> (8 * l)) != 0) {
        l++;
    }
    return 15 - l;
}

psa_status_t psa_aead_generate_nonce(psa_aead_operation_t *operation, uint8_t *nonce,
                                     size_t nonce_size, size_t *nonce_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t fresh[AEAD_NONCE_BUFFER];
    const struct aead_rule *rule = NULL;
    size_t length = 0;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(expects_nonce(operation) && has_flags(operation, AEAD_ENCRYPT),
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(nonce_length != NULL && KPSA_BUF_OK(nonce, nonce_size),
               PSA_ERROR_INVALID_ARGUMENT);
    rule = aead_rule_of(operation->kpsa_alg);
    KPSA_CHECK(rule != NULL, PSA_ERROR_CORRUPTION_DETECTED);
    length = generated_nonce_length(operation, rule);
    KPSA_CHECK(nonce_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    /* Generated into a private buffer: the driver never reads the caller's
     * output buffer, which another thread might change meanwhile. */
    KPSA_TRY(kpsa_random_bytes(fresh, length));
    KPSA_TRY(kpsa_dispatch_aead_set_nonce(operation, fresh, length));
    operation->kpsa_flags |= AEAD_NONCE_SET;
    memcpy(nonce, fresh, length);
    *nonce_length = length;
exit:
    kpsa_wipe(fresh, sizeof(fresh));
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
        if (nonce_length != NULL) {
            *nonce_length = 0;
        }
    }
    return status;
}

psa_status_t psa_aead_set_nonce(psa_aead_operation_t *operation, const uint8_t *nonce,
                                size_t nonce_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct aead_rule *rule = NULL;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(expects_nonce(operation), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(nonce, nonce_length), PSA_ERROR_INVALID_ARGUMENT);
    rule = aead_rule_of(operation->kpsa_alg);
    KPSA_CHECK(rule != NULL, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(check_nonce(rule, nonce_length, has_flags(operation, AEAD_LENGTHS_SET),
                         operation->kpsa_body_remaining));
    KPSA_TRY(kpsa_dispatch_aead_set_nonce(operation, nonce, nonce_length));
    operation->kpsa_flags |= AEAD_NONCE_SET;
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_aead_update_ad(psa_aead_operation_t *operation, const uint8_t *input,
                                size_t input_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 && has_flags(operation, AEAD_NONCE_SET) &&
                   !has_flags(operation, AEAD_BODY_STARTED),
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(!has_flags(operation, AEAD_LENGTHS_SET) ||
                   input_length <= operation->kpsa_ad_remaining,
               PSA_ERROR_INVALID_ARGUMENT);
    if (input_length == 0) {
        return PSA_SUCCESS;
    }
    KPSA_TRY(kpsa_dispatch_aead_update_ad(operation, input, input_length));
    operation->kpsa_ad_remaining -= has_flags(operation, AEAD_LENGTHS_SET) ? input_length : 0;
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
    }
    return status;
}

psa_status_t psa_aead_update(psa_aead_operation_t *operation, const uint8_t *input,
                             size_t input_length, uint8_t *output, size_t output_size,
                             size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    bool lengths = false;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 && has_flags(operation, AEAD_NONCE_SET),
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    lengths = has_flags(operation, AEAD_LENGTHS_SET);
    /* All the declared additional data first, then no more body than declared. */
    KPSA_CHECK(!lengths || (operation->kpsa_ad_remaining == 0 &&
                            input_length <= operation->kpsa_body_remaining),
               PSA_ERROR_INVALID_ARGUMENT);
    operation->kpsa_flags |= AEAD_BODY_STARTED;
    if (input_length == 0) {
        *output_length = 0;
        return PSA_SUCCESS;
    }
    KPSA_TRY(kpsa_dispatch_aead_update(operation, input, input_length, output, output_size,
                                       output_length));
    operation->kpsa_body_remaining -= lengths ? input_length : 0;
exit:
    if (status != PSA_SUCCESS) {
        (void)end_operation(operation);
        if (output_length != NULL) {
            *output_length = 0;
        }
    }
    return status;
}

/* Everything declared with psa_aead_set_lengths() has been passed. */
static bool inputs_complete(const psa_aead_operation_t *operation)
{
    return !has_flags(operation, AEAD_LENGTHS_SET) ||
           (operation->kpsa_ad_remaining == 0 && operation->kpsa_body_remaining == 0);
}

psa_status_t psa_aead_finish(psa_aead_operation_t *operation, uint8_t *ciphertext,
                             size_t ciphertext_size, size_t *ciphertext_length, uint8_t *tag,
                             size_t tag_size, size_t *tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 &&
                   has_flags(operation, AEAD_ENCRYPT | AEAD_NONCE_SET),
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(ciphertext_length != NULL && tag_length != NULL &&
                   KPSA_BUF_OK(ciphertext, ciphertext_size) && KPSA_BUF_OK(tag, tag_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(inputs_complete(operation), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(tag_size >= operation->kpsa_tag_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(kpsa_dispatch_aead_finish(operation, ciphertext, ciphertext_size,
                                       ciphertext_length, tag, tag_size, tag_length));
exit:
    /* Finished or failed: either way the operation is over. */
    (void)end_operation(operation);
    if (status != PSA_SUCCESS) {
        if (ciphertext_length != NULL) {
            *ciphertext_length = 0;
        }
        if (tag_length != NULL) {
            *tag_length = 0;
        }
    }
    return status;
}

psa_status_t psa_aead_verify(psa_aead_operation_t *operation, uint8_t *plaintext,
                             size_t plaintext_size, size_t *plaintext_length,
                             const uint8_t *tag, size_t tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_driver != 0 && has_flags(operation, AEAD_NONCE_SET) &&
                   !has_flags(operation, AEAD_ENCRYPT),
               PSA_ERROR_BAD_STATE);
    KPSA_CHECK(kpsa_keystore_alive(operation->kpsa_key), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(plaintext_length != NULL && KPSA_BUF_OK(plaintext, plaintext_size) &&
                   KPSA_BUF_OK(tag, tag_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(inputs_complete(operation), PSA_ERROR_INVALID_ARGUMENT);
    /* The length is public; the driver compares the content in constant time. */
    KPSA_CHECK(tag_length == operation->kpsa_tag_length, PSA_ERROR_INVALID_SIGNATURE);
    KPSA_TRY(kpsa_dispatch_aead_verify(operation, plaintext, plaintext_size, plaintext_length,
                                       tag, tag_length));
exit:
    /* Finished or failed: either way the operation is over. */
    (void)end_operation(operation);
    if (status != PSA_SUCCESS && plaintext_length != NULL) {
        *plaintext_length = 0;
    }
    return status;
}

psa_status_t psa_aead_abort(psa_aead_operation_t *operation)
{
    /* Safe and without effect on an inactive operation, even before
     * psa_crypto_init() (see psa_hash_abort in hash.c). */
    return end_operation(operation);
}
