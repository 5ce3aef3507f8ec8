/*
 * kdf.c - key derivation: setup, capacity, inputs and abort
 * (psa_key_derivation_*).  Outputs are in kdf_output.c, key agreement in
 * kdf_agree.c, the driver's view of the inputs
 * (psa_crypto_driver_key_derivation_*) in kdf_inputs.c.
 *
 * The rules follow the Crypto API 1.2 ("Key derivation"); where the 1.4+
 * text of the specification differs, 1.2 is followed.  One table row per
 * algorithm says which steps it takes, in which order, which are required,
 * which may be keys of which types, and its initial capacity.  Choices where
 * the specification leaves room, each as TF-PSA-Crypto (the reference
 * implementation) does:
 *   - capacity: HKDF and HKDF-Expand 255 * hLen, HKDF-Extract hLen, TLS 1.2
 *     PRF unlimited (SIZE_MAX), TLS 1.2 PSK-to-MS 48 (the master secret),
 *     EC J-PAKE-to-PMS 32, PBKDF2 (2^32 - 1) * hLen, SP 800-108 2^29 - 1;
 *   - the TLS 1.2 PRFs take SHA-256 and SHA-384 only (NOT_SUPPORTED else);
 *   - HKDF needs INFO (it may come at any time before the output);
 *   - PBKDF2 cost 0 is PSA_ERROR_INVALID_ARGUMENT, above 2^32 - 1
 *     PSA_ERROR_NOT_SUPPORTED;
 *   - EC J-PAKE-to-PMS takes a 65-byte uncompressed point (first byte 0x04).
 * Status precedence of an input call: not active / output started / error
 * state (BAD_STATE); step not taken by the algorithm or of the wrong kind
 * (INVALID_ARGUMENT); the key (INVALID_HANDLE, NOT_PERMITTED, then a type
 * the step refuses: INVALID_ARGUMENT); order or repetition (BAD_STATE);
 * length or value (INVALID_ARGUMENT / NOT_SUPPORTED).  Any failure of an
 * input call puts the operation in the error state.
 */
#include "config.h"

#include "core/kdf.h"

#include <string.h>

#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

/* Flags of a step rule. */
#define REQUIRED 0x01u /* the output needs it */
#define REPEAT   0x02u /* may be given several times in a row: concatenated */
#define ANYTIME  0x04u /* outside the order of the other steps */
#define KEY_ONLY 0x08u /* only psa_key_derivation_input_key() */
#define INTEGER  0x10u /* only psa_key_derivation_input_integer() */
#define NO_NUL   0x20u /* must not contain a zero byte */
#define POINT    0x40u /* an uncompressed point: first byte 0x04 */

/* Key types a key input may have (bit set). */
#define KT_DERIVE   0x01u
#define KT_RAW      0x02u
#define KT_HMAC     0x04u
#define KT_PASSWORD 0x08u
#define KT_PEPPER   0x10u
#define KT_CIPHER   0x20u /* a block cipher with CMAC: AES, ARIA, Camellia, SM4 */

struct step_rule {
    uint8_t index; /* enum kpsa_kdf_step_index */
    uint8_t flags;
    uint8_t key_types; /* KT_* */
    uint8_t exact;     /* 0, or the only length accepted */
    uint16_t max;      /* 0, or the longest length accepted */
};

enum capacity_rule { CAP_255H, CAP_H, CAP_UNLIMITED, CAP_48, CAP_32, CAP_PBKDF2, CAP_SP800 };
enum hash_rule { HASH_NONE, HASH_HMAC, HASH_TLS };

struct kpsa_kdf_rules {
    psa_algorithm_t alg; /* with the hash bits clear when hashed */
    uint8_t hash;        /* enum hash_rule */
    uint8_t capacity;    /* enum capacity_rule */
    uint8_t prf_length;  /* for a rule without hash: the PRF's output length */
    uint8_t step_count;
    uint8_t single_read; /* 0, or the only output length (one read) */
    struct step_rule steps[4];
};

/* clang-format off */
#define S(i, f, k) {KPSA_KDF_##i, (f), (k), 0, 0}
#define SECRET_R S(SECRET, REQUIRED, KT_DERIVE)
#define RAW(i, f) S(i, (f), KT_RAW)

static const struct kpsa_kdf_rules rules_table[] = {
    {PSA_ALG_HKDF(0), HASH_HMAC, CAP_255H, 0, 3, 0,
     {S(SALT, 0, KT_RAW | KT_PEPPER), SECRET_R, RAW(INFO, REQUIRED | ANYTIME)}},
    {PSA_ALG_HKDF_EXTRACT(0), HASH_HMAC, CAP_H, 0, 2, 0,
     {S(SALT, REQUIRED, KT_RAW | KT_PEPPER), SECRET_R}},
    {PSA_ALG_HKDF_EXPAND(0), HASH_HMAC, CAP_255H, 0, 2, 0, {SECRET_R, RAW(INFO, REQUIRED)}},
    {PSA_ALG_TLS12_PRF(0), HASH_TLS, CAP_UNLIMITED, 0, 3, 0,
     {RAW(SEED, REQUIRED), SECRET_R, RAW(LABEL, REQUIRED)}},
    {PSA_ALG_TLS12_PSK_TO_MS(0), HASH_TLS, CAP_48, 0, 4, 0,
     {RAW(SEED, REQUIRED), S(OTHER_SECRET, 0, KT_DERIVE),
      {KPSA_KDF_SECRET, REQUIRED, KT_DERIVE, 0, PSA_TLS12_PSK_TO_MS_PSK_MAX_SIZE},
      RAW(LABEL, REQUIRED)}},
    {PSA_ALG_TLS12_ECJPAKE_TO_PMS, HASH_NONE, CAP_32, 32, 1, PSA_TLS12_ECJPAKE_TO_PMS_OUTPUT_SIZE,
     {{KPSA_KDF_SECRET, REQUIRED | POINT, KT_DERIVE, PSA_TLS12_ECJPAKE_TO_PMS_INPUT_SIZE, 0}}},
    {PSA_ALG_PBKDF2_HMAC(0), HASH_HMAC, CAP_PBKDF2, 0, 3, 0,
     {S(COST, REQUIRED | INTEGER, 0), S(SALT, REQUIRED | REPEAT, KT_RAW | KT_PEPPER),
      S(PASSWORD, REQUIRED, KT_DERIVE | KT_PASSWORD)}},
    {PSA_ALG_PBKDF2_AES_CMAC_PRF_128, HASH_NONE, CAP_PBKDF2, 16, 3, 0,
     {S(COST, REQUIRED | INTEGER, 0), S(SALT, REQUIRED | REPEAT, KT_RAW | KT_PEPPER),
      S(PASSWORD, REQUIRED, KT_DERIVE | KT_PASSWORD)}},
    {PSA_ALG_SP800_108_COUNTER_HMAC(0), HASH_HMAC, CAP_SP800, 0, 3, 0,
     {S(SECRET, REQUIRED, KT_DERIVE | KT_HMAC), RAW(LABEL, NO_NUL), RAW(CONTEXT, 0)}},
    {PSA_ALG_SP800_108_COUNTER_CMAC, HASH_NONE, CAP_SP800, 16, 3, 0,
     {S(SECRET, REQUIRED | KEY_ONLY, KT_CIPHER), RAW(LABEL, NO_NUL), RAW(CONTEXT, 0)}},
};

#undef S
#undef SECRET_R
#undef RAW
/* clang-format on */

unsigned kpsa_kdf_step_index(psa_key_derivation_step_t step)
{
    static const psa_key_derivation_step_t steps[KPSA_KDF_STEP_COUNT] = {
        PSA_KEY_DERIVATION_INPUT_SECRET,       PSA_KEY_DERIVATION_INPUT_PASSWORD,
        PSA_KEY_DERIVATION_INPUT_OTHER_SECRET, PSA_KEY_DERIVATION_INPUT_LABEL,
        PSA_KEY_DERIVATION_INPUT_SALT,         PSA_KEY_DERIVATION_INPUT_INFO,
        PSA_KEY_DERIVATION_INPUT_SEED,         PSA_KEY_DERIVATION_INPUT_COST,
        PSA_KEY_DERIVATION_INPUT_CONTEXT};

    for (unsigned i = 0; i < KPSA_KDF_STEP_COUNT; i++) {
        if (steps[i] == step) {
            return i;
        }
    }
    return KPSA_KDF_STEP_COUNT;
}

/* The rules of a key derivation algorithm (no key agreement), or NULL. */
static const struct kpsa_kdf_rules *rules_of(psa_algorithm_t kdf_alg)
{
    for (size_t i = 0; i < sizeof(rules_table) / sizeof(rules_table[0]); i++) {
        const struct kpsa_kdf_rules *r = &rules_table[i];
        psa_algorithm_t base = r->hash != HASH_NONE ? kdf_alg & ~(psa_algorithm_t)0xffu : kdf_alg;
        if (base == r->alg) {
            return r;
        }
    }
    return NULL;
}

/* The position of step index `index` in the rules, or -1. */
static int position_of(const struct kpsa_kdf_rules *r, unsigned index)
{
    for (int p = 0; p < r->step_count; p++) {
        if (r->steps[p].index == index) {
            return p;
        }
    }
    return -1;
}

size_t kpsa_kdf_single_read(const struct kpsa_kdf_inputs *in)
{
    return in->rules->single_read;
}

bool kpsa_kdf_step_required(const struct kpsa_kdf_inputs *in, unsigned index)
{
    int p = position_of(in->rules, index);
    return p >= 0 && (in->rules->steps[p].flags & REQUIRED) != 0;
}

/* The initial capacity of an algorithm, or 0 when its hash is not supported. */
static size_t initial_capacity(const struct kpsa_kdf_rules *r, psa_algorithm_t kdf_alg)
{
    psa_algorithm_t hash = PSA_ALG_GET_HASH(kdf_alg);
    size_t h = r->prf_length;

    if (r->hash != HASH_NONE) {
        if (!PSA_ALG_IS_HASH(hash) || hash == PSA_ALG_ANY_HASH ||
            (r->hash == HASH_TLS && hash != PSA_ALG_SHA_256 && hash != PSA_ALG_SHA_384)) {
            return 0;
        }
        h = PSA_HASH_LENGTH(hash);
    }
    switch (r->capacity) {
    case CAP_255H:
        return 255 * h;
    case CAP_H:
        return h;
    case CAP_UNLIMITED:
        return h != 0 ? SIZE_MAX : 0;
    case CAP_48:
        return h != 0 ? 48 : 0;
    case CAP_32:
        return 32;
    case CAP_PBKDF2:
        return SIZE_MAX / UINT32_MAX >= h ? (size_t)UINT32_MAX * h : SIZE_MAX;
    case CAP_SP800:
        return h != 0 ? 0x1fffffff : 0;
    default:
        return 0;
    }
}

/* The key derivation algorithm of an operation's algorithm. */
static psa_algorithm_t kdf_alg_of(psa_algorithm_t alg)
{
    return PSA_ALG_IS_KEY_AGREEMENT(alg) ? PSA_ALG_KEY_AGREEMENT_GET_KDF(alg) : alg;
}

/* Check `alg` for psa_key_derivation_setup(); on success *rules and *capacity. */
static psa_status_t check_setup_alg(psa_algorithm_t alg, const struct kpsa_kdf_rules **rules,
                                    size_t *capacity)
{
    psa_algorithm_t kdf_alg = alg;

    if (PSA_ALG_IS_KEY_AGREEMENT(alg)) {
        psa_algorithm_t ka = PSA_ALG_KEY_AGREEMENT_GET_BASE(alg);
        if (PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg)) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        kdf_alg = PSA_ALG_KEY_AGREEMENT_GET_KDF(alg);
        if (!PSA_ALG_IS_KEY_DERIVATION(kdf_alg)) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        if (ka != PSA_ALG_ECDH && ka != PSA_ALG_FFDH) {
            return PSA_ERROR_NOT_SUPPORTED;
        }
        /* EC J-PAKE-to-PMS takes the PAKE's point, never an agreement's secret. */
        if (kdf_alg == PSA_ALG_TLS12_ECJPAKE_TO_PMS) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
    } else if (!PSA_ALG_IS_KEY_DERIVATION(alg)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *rules = rules_of(kdf_alg);
    if (*rules == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    *capacity = initial_capacity(*rules, kdf_alg);
    return *capacity != 0 ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
}

psa_key_derivation_operation_t psa_key_derivation_operation_init(void)
{
    const psa_key_derivation_operation_t init = PSA_KEY_DERIVATION_OPERATION_INIT;
    return init;
}

psa_status_t psa_key_derivation_setup(psa_key_derivation_operation_t *operation,
                                      psa_algorithm_t alg)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct kpsa_kdf_rules *rules = NULL;
    struct kpsa_kdf_inputs *in = NULL;
    size_t capacity = 0;

    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation->kpsa_alg == 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_setup_alg(alg, &rules, &capacity));
    in = kpsa_secmem_alloc(sizeof(*in));
    KPSA_CHECK(in != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    in->kdf_alg = kdf_alg_of(alg);
    in->rules = rules;
    for (int p = 0; p < rules->step_count; p++) {
        in->in[rules->steps[p].index].type = PSA_KEY_DERIVATION_INPUT_TYPE_OMITTED;
    }
    operation->kpsa_inputs = in;
    operation->kpsa_capacity = capacity;
    operation->kpsa_driver = 0;
    operation->kpsa_flags = rules->capacity == CAP_SP800 ? KPSA_KDF_FIXED_CAPACITY : 0;
    operation->kpsa_alg = alg;
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Is the operation set up (error state or not)? */
static psa_status_t check_active(const psa_key_derivation_operation_t *operation)
{
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (!kpsa_initialized() || operation->kpsa_alg == 0) {
        return PSA_ERROR_BAD_STATE;
    }
    return PSA_SUCCESS;
}

psa_status_t psa_key_derivation_get_capacity(const psa_key_derivation_operation_t *operation,
                                             size_t *capacity)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(capacity != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *capacity = 0;
    KPSA_TRY(check_active(operation));
    KPSA_CHECK((operation->kpsa_flags & KPSA_KDF_ERROR) == 0, PSA_ERROR_BAD_STATE);
    *capacity = operation->kpsa_capacity;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t psa_key_derivation_set_capacity(psa_key_derivation_operation_t *operation,
                                             size_t capacity)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint16_t flags = 0;

    KPSA_TRY(check_active(operation));
    flags = operation->kpsa_flags;
    KPSA_CHECK((flags & KPSA_KDF_ERROR) == 0, PSA_ERROR_BAD_STATE);
    /* SP 800-108: L is fixed by the first output ("subsequent calls to
     * psa_key_derivation_set_capacity() are not permitted"). */
    KPSA_CHECK((flags & KPSA_KDF_FIXED_CAPACITY) == 0 || (flags & KPSA_KDF_OUTPUT_STARTED) == 0,
               PSA_ERROR_BAD_STATE);
    /* The operation stays valid: no error state for a capacity too large. */
    KPSA_CHECK(capacity <= operation->kpsa_capacity, PSA_ERROR_INVALID_ARGUMENT);
    operation->kpsa_capacity = capacity;
    status = PSA_SUCCESS;
exit:
    return status;
}

bool kpsa_kdf_accepts_input(const psa_key_derivation_operation_t *operation)
{
    return operation->kpsa_alg != 0 &&
           (operation->kpsa_flags & (KPSA_KDF_OUTPUT_STARTED | KPSA_KDF_ERROR)) == 0;
}

psa_status_t kpsa_kdf_fail(psa_key_derivation_operation_t *operation, psa_status_t status)
{
    if (status != PSA_SUCCESS && status != PSA_ERROR_INSUFFICIENT_DATA && operation != NULL &&
        operation->kpsa_alg != 0) {
        operation->kpsa_flags |= KPSA_KDF_ERROR;
    }
    return status;
}

/* The rule of `step` for the operation, or NULL when the algorithm does not take it. */
static const struct step_rule *rule_of(const struct kpsa_kdf_inputs *in,
                                       psa_key_derivation_step_t step)
{
    unsigned index = kpsa_kdf_step_index(step);
    int p = index < KPSA_KDF_STEP_COUNT ? position_of(in->rules, index) : -1;
    return p >= 0 ? &in->rules->steps[p] : NULL;
}

/* Order and repetition: may `rule`'s step be given now?  BAD_STATE if not. */
static psa_status_t check_order(const struct kpsa_kdf_inputs *in, const struct step_rule *rule)
{
    const struct kpsa_kdf_rules *r = in->rules;
    uint32_t bit = UINT32_C(1) << rule->index;
    int p = position_of(r, rule->index);

    if ((in->given & bit) != 0 && ((rule->flags & REPEAT) == 0 || in->last != rule->index)) {
        return PSA_ERROR_BAD_STATE;
    }
    if ((rule->flags & ANYTIME) != 0) {
        return PSA_SUCCESS;
    }
    for (int q = 0; q < r->step_count; q++) {
        const struct step_rule *o = &r->steps[q];
        bool given = (in->given & (UINT32_C(1) << o->index)) != 0;
        if ((o->flags & ANYTIME) != 0 || q == p) {
            continue;
        }
        if ((q > p && given) || (q < p && !given && (o->flags & REQUIRED) != 0)) {
            return PSA_ERROR_BAD_STATE;
        }
    }
    return PSA_SUCCESS;
}

/* Length and content rules of a byte input. */
static psa_status_t check_bytes(const struct step_rule *rule, const uint8_t *data, size_t length)
{
    if ((rule->exact != 0 && length != rule->exact) || (rule->max != 0 && length > rule->max)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((rule->flags & NO_NUL) != 0 && length != 0 && memchr(data, 0, length) != NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((rule->flags & POINT) != 0 && (length == 0 || data[0] != 0x04)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/* Store a byte or key input (appending for a repeated step). */
static psa_status_t store(struct kpsa_kdf_inputs *in, const struct step_rule *rule, uint8_t type,
                          const uint8_t *data, size_t length)
{
    struct kpsa_kdf_input *slot = &in->in[rule->index];
    size_t old = (in->given & (UINT32_C(1) << rule->index)) != 0 ? slot->length : 0;
    uint8_t *p = NULL;

    if (length > SIZE_MAX - old) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (old + length != 0) {
        p = kpsa_secmem_alloc(old + length);
        if (p == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        if (old != 0) {
            memcpy(p, slot->data, old);
        }
        if (length != 0) {
            memcpy(p + old, data, length);
        }
    }
    kpsa_secmem_free(slot->data, slot->length);
    slot->data = p;
    slot->length = old + length;
    /* Fragments of a repeated step given as keys and as bytes: the driver
     * needs one value, and the bytes are no less secret than the key. */
    slot->type = old != 0 && slot->type != type ? PSA_KEY_DERIVATION_INPUT_TYPE_BYTES : type;
    in->given |= UINT32_C(1) << rule->index;
    in->last = rule->index;
    return PSA_SUCCESS;
}

static bool is_secret_step(unsigned index)
{
    return index == KPSA_KDF_SECRET || index == KPSA_KDF_PASSWORD;
}

/* May `step` take a direct input (or, from_agreement, a shared secret) now? */
static psa_status_t check_bytes_step(const struct kpsa_kdf_inputs *in,
                                     psa_key_derivation_step_t step, bool from_agreement,
                                     const struct step_rule **rule)
{
    *rule = rule_of(in, step);
    if (*rule == NULL || ((*rule)->flags & INTEGER) != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (from_agreement
            ? (*rule)->index != KPSA_KDF_SECRET && (*rule)->index != KPSA_KDF_OTHER_SECRET &&
                  (*rule)->index != KPSA_KDF_PASSWORD
            : ((*rule)->flags & KEY_ONLY) != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return check_order(in, *rule);
}

psa_status_t kpsa_kdf_check_agreement_step(const psa_key_derivation_operation_t *operation,
                                           psa_key_derivation_step_t step)
{
    const struct step_rule *rule = NULL;
    return check_bytes_step(operation->kpsa_inputs, step, true, &rule);
}

/* psa_key_derivation_input_bytes and the key agreement's input. */
static psa_status_t input_bytes(psa_key_derivation_operation_t *operation,
                                psa_key_derivation_step_t step, const uint8_t *data,
                                size_t data_length, bool from_agreement)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_kdf_inputs *in = operation->kpsa_inputs;
    const struct step_rule *rule = NULL;

    KPSA_TRY(check_bytes_step(in, step, from_agreement, &rule));
    KPSA_TRY(check_bytes(rule, data, data_length));
    KPSA_TRY(store(in, rule, PSA_KEY_DERIVATION_INPUT_TYPE_BYTES, data, data_length));
    if (!from_agreement && is_secret_step(rule->index)) {
        operation->kpsa_flags |= KPSA_KDF_SECRET_BYTES;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t psa_key_derivation_input_bytes(psa_key_derivation_operation_t *operation,
                                            psa_key_derivation_step_t step, const uint8_t *data,
                                            size_t data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_TRY(check_active(operation));
    KPSA_CHECK(kpsa_kdf_accepts_input(operation), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(data, data_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(input_bytes(operation, step, data, data_length, false));
    status = PSA_SUCCESS;
exit:
    return kpsa_kdf_fail(operation, status);
}

psa_status_t kpsa_kdf_input_agreement(psa_key_derivation_operation_t *operation,
                                      psa_key_derivation_step_t step, const uint8_t *data,
                                      size_t length)
{
    return input_bytes(operation, step, data, length, true);
}

psa_status_t psa_key_derivation_input_integer(psa_key_derivation_operation_t *operation,
                                              psa_key_derivation_step_t step, uint64_t value)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_kdf_inputs *in = NULL;
    const struct step_rule *rule = NULL;

    KPSA_TRY(check_active(operation));
    KPSA_CHECK(kpsa_kdf_accepts_input(operation), PSA_ERROR_BAD_STATE);
    in = operation->kpsa_inputs;
    rule = rule_of(in, step);
    KPSA_CHECK(rule != NULL && (rule->flags & INTEGER) != 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_order(in, rule));
    /* The only integer step is the PBKDF2 iteration count (RFC 8018: c >= 1). */
    KPSA_CHECK(value != 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(value <= UINT32_MAX, PSA_ERROR_NOT_SUPPORTED);
    in->in[rule->index].type = PSA_KEY_DERIVATION_INPUT_TYPE_INTEGER;
    in->in[rule->index].value = value;
    in->given |= UINT32_C(1) << rule->index;
    in->last = rule->index;
    status = PSA_SUCCESS;
exit:
    return kpsa_kdf_fail(operation, status);
}

/* The KT_* bit of a key type (0 for types no step takes). */
static unsigned key_type_bit(psa_key_type_t type)
{
    switch (type) {
    case PSA_KEY_TYPE_DERIVE:
        return KT_DERIVE;
    case PSA_KEY_TYPE_RAW_DATA:
        return KT_RAW;
    case PSA_KEY_TYPE_HMAC:
        return KT_HMAC;
    case PSA_KEY_TYPE_PASSWORD:
        return KT_PASSWORD;
    case PSA_KEY_TYPE_PEPPER:
        return KT_PEPPER;
    case PSA_KEY_TYPE_AES:
    case PSA_KEY_TYPE_ARIA:
    case PSA_KEY_TYPE_CAMELLIA:
    case PSA_KEY_TYPE_SM4:
        return KT_CIPHER;
    default:
        return 0;
    }
}

/* Usage and policy of a key input: DERIVE or VERIFY_DERIVATION, and the alg. */
static psa_status_t acquire_input_key(psa_key_id_t key, psa_algorithm_t alg,
                                      struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_usage_t usage = 0;

    KPSA_TRY(kpsa_acquire_key(key, 0, alg, slot));
    usage = (*slot)->attributes.kpsa_usage;
    KPSA_CHECK((usage & (PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_VERIFY_DERIVATION)) != 0,
               PSA_ERROR_NOT_PERMITTED);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_keystore_release(*slot);
        *slot = NULL;
    }
    return status;
}

psa_status_t psa_key_derivation_input_key(psa_key_derivation_operation_t *operation,
                                          psa_key_derivation_step_t step, psa_key_id_t key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;
    struct kpsa_kdf_inputs *in = NULL;
    const struct step_rule *rule = NULL;

    KPSA_TRY(check_active(operation));
    KPSA_CHECK(kpsa_kdf_accepts_input(operation), PSA_ERROR_BAD_STATE);
    in = operation->kpsa_inputs;
    rule = rule_of(in, step);
    KPSA_CHECK(rule != NULL && (rule->flags & INTEGER) == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire_input_key(key, operation->kpsa_alg, &slot));
    KPSA_CHECK((key_type_bit(slot->attributes.kpsa_type) & rule->key_types) != 0,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_order(in, rule));
    KPSA_TRY(check_bytes(rule, slot->key, slot->key_size));
    KPSA_TRY(store(in, rule, PSA_KEY_DERIVATION_INPUT_TYPE_KEY, slot->key, slot->key_size));
    if ((slot->attributes.kpsa_usage & PSA_KEY_USAGE_DERIVE) == 0) {
        operation->kpsa_flags |= KPSA_KDF_NO_DERIVE;
    }
    if (rule->index == KPSA_KDF_SECRET) {
        in->secret_attributes = slot->attributes;
        in->secret_attributes.kpsa_driver_state = NULL;
    }
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return kpsa_kdf_fail(operation, status);
}

psa_status_t psa_key_derivation_abort(psa_key_derivation_operation_t *operation)
{
    struct kpsa_kdf_inputs *in = NULL;
    psa_status_t status = PSA_SUCCESS;

    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (operation->kpsa_alg == 0) {
        return PSA_SUCCESS;
    }
    if (operation->kpsa_driver != 0) {
        status = kpsa_dispatch_kdf_abort(operation);
    }
    in = operation->kpsa_inputs;
    if (in != NULL) {
        for (unsigned i = 0; i < KPSA_KDF_STEP_COUNT; i++) {
            kpsa_secmem_free(in->in[i].data, in->in[i].length);
        }
        kpsa_secmem_free(in, sizeof(*in));
    }
    *operation = psa_key_derivation_operation_init();
    return status;
}
