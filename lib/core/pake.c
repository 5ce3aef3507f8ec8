/*
 * pake.c - the API layer of password-authenticated key exchange (psa_pake_*,
 * PSA Crypto API 1.2 PAKE Extension).  The driver-side accessors of the
 * inputs collected here are in pake_inputs.c.
 *
 * State machine of psa_pake_operation_t:
 *
 *   inactive   (all-bits-zero)   --setup-->                          collecting
 *   collecting (ACTIVE, kpsa_inputs, kpsa_key)  --set_role/user/peer/context-->
 *                                                                    collecting
 *   collecting --first output / input: every required input given, a driver
 *                accepts the inputs-->                               exchanging
 *   exchanging (ACTIVE, kpsa_driver, kpsa_key)  --output / input-->  exchanging
 *   exchanging --get_shared_key, success-->                          inactive
 *   active     --any failure-->                                      error
 *   any        --abort-->                                            inactive
 *
 * The error state (ERROR only) holds nothing: a failure ends the driver,
 * frees the inputs and releases the key at once, so an application that never
 * calls psa_pake_abort() leaks nothing; every call but abort then answers
 * PSA_ERROR_BAD_STATE, as the specification asks ("must be aborted").
 *
 * The core checks what the specification defines per algorithm (the cipher
 * suite's form, the password key's type, the roles, which inputs a protocol
 * requires or refuses, the types of the shared key), from one table of
 * algorithm rules; the driver decides what it supports and runs the protocol.
 * Supported primitives are what <psa/crypto_sizes.h> sizes: P-256 only.
 *
 * Deviation, by the fixed driver interface: drivers see the inputs only at
 * the first psa_pake_output() / psa_pake_input(), so what only a driver can
 * refuse (a valid hash no driver implements, e.g. J-PAKE with SHA-512) is
 * PSA_ERROR_NOT_SUPPORTED from that first step, not from psa_pake_setup().
 * Unsupported primitives the core refuses at setup.  The J-PAKE password that
 * reduces to 0 modulo the group order is refused at psa_pake_setup() when it
 * is all zero bytes; any other multiple of the order (a password at least 32
 * bytes long that is exactly k*n) is refused by the driver at the first step,
 * with the same status, PSA_ERROR_INVALID_ARGUMENT.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <kpsa/driver.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

/* kpsa_flags */
#define PAKE_ACTIVE 0x0001u
#define PAKE_ERROR  0x0002u

/* Largest shared secret of a supported PAKE: an uncompressed P-521 point
 * (J-PAKE) is the largest any PSA PAKE defines; SPAKE2+ gives a hash. */
#define PAKE_SHARED_SECRET_MAX 133u

#define STEP_BIT(step) (1u << (step))

/* ---- algorithm rules ------------------------------------------------------- */

struct pake_rules {
    bool (*is)(psa_algorithm_t alg);
    psa_status_t (*check_suite)(const psa_pake_cipher_suite_t *suite);
    psa_status_t (*check_key)(const psa_pake_cipher_suite_t *suite, const struct kpsa_slot *key);
    psa_status_t (*check_role)(psa_pake_role_t role, const psa_key_attributes_t *key);
    uint16_t required;        /* KPSA_PAKE_GIVEN_xxx needed before the first step */
    unsigned steps;           /* STEP_BIT() of the steps of the protocol */
    bool takes_context;       /* psa_pake_set_context() allowed */
    bool distinct_ids;        /* user and peer non-empty and different */
    bool pseudorandom_secret; /* block-cipher keys allowed from the secret */
};

static const psa_pake_primitive_t p256 =
    PSA_PAKE_PRIMITIVE(PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256);

/* The hash encoded in a PAKE algorithm: none or a wildcard is invalid, one
 * the library cannot size is unsupported. */
static psa_status_t check_hash(psa_algorithm_t alg)
{
    psa_algorithm_t hash = PSA_ALG_GET_HASH(alg);

    if (hash == PSA_ALG_NONE || hash == PSA_ALG_ANY_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_HASH_LENGTH(hash) != 0 ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
}

static bool is_jpake(psa_algorithm_t alg)
{
    return PSA_ALG_IS_JPAKE(alg);
}

static psa_status_t jpake_check_suite(const psa_pake_cipher_suite_t *suite)
{
    psa_pake_primitive_type_t type = PSA_PAKE_PRIMITIVE_GET_TYPE(suite->kpsa_primitive);
    psa_status_t status = check_hash(suite->kpsa_alg);

    if (status != PSA_SUCCESS) {
        return status;
    }
    /* J-PAKE runs over an elliptic curve or a finite field; it has no key
     * confirmation, so only an unconfirmed key is compatible. */
    if ((type != PSA_PAKE_PRIMITIVE_TYPE_ECC && type != PSA_PAKE_PRIMITIVE_TYPE_DH) ||
        PSA_PAKE_PRIMITIVE_GET_BITS(suite->kpsa_primitive) == 0 ||
        suite->kpsa_key_confirmation != PSA_PAKE_UNCONFIRMED_KEY) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return suite->kpsa_primitive == p256 ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
}

static psa_status_t jpake_check_key(const psa_pake_cipher_suite_t *suite,
                                    const struct kpsa_slot *key)
{
    psa_key_type_t type = key->attributes.kpsa_type;
    uint8_t any = 0;

    (void)suite;
    if (type != PSA_KEY_TYPE_PASSWORD && type != PSA_KEY_TYPE_PASSWORD_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    /* A password of zero bytes only is 0 modulo the group order. */
    for (size_t i = 0; i < key->key_size; i++) {
        any |= key->key[i];
    }
    return any != 0 ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
}

static psa_status_t jpake_check_role(psa_pake_role_t role, const psa_key_attributes_t *key)
{
    (void)key;
    return role == PSA_PAKE_ROLE_NONE ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
}

static bool is_spake2p(psa_algorithm_t alg)
{
    return PSA_ALG_IS_SPAKE2P(alg);
}

static psa_status_t spake2p_check_suite(const psa_pake_cipher_suite_t *suite)
{
    psa_pake_primitive_t primitive = suite->kpsa_primitive;
    psa_status_t status = check_hash(suite->kpsa_alg);

    if (status != PSA_SUCCESS) {
        return status;
    }
    /* "SPAKE2+ includes confirmation of the shared secret key" (1.2 PAKE
     * Extension, "The SPAKE2+ protocol"): as for J-PAKE, the one value the
     * algorithm defines is the only compatible one, refused at setup. */
    if (suite->kpsa_key_confirmation != PSA_PAKE_CONFIRMED_KEY) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    /* SPAKE2+ is defined on elliptic curves; the Matter variant on P-256. */
    if (PSA_PAKE_PRIMITIVE_GET_TYPE(primitive) != PSA_PAKE_PRIMITIVE_TYPE_ECC ||
        PSA_PAKE_PRIMITIVE_GET_BITS(primitive) == 0 ||
        (suite->kpsa_alg == PSA_ALG_SPAKE2P_MATTER && primitive != p256)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return primitive == p256 ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
}

/* A SPAKE2+ key pair or public key on the suite's curve. */
static psa_status_t spake2p_check_key(const psa_pake_cipher_suite_t *suite,
                                      const struct kpsa_slot *key)
{
    psa_key_type_t type = key->attributes.kpsa_type;
    psa_pake_primitive_t primitive = suite->kpsa_primitive;

    if (!PSA_KEY_TYPE_IS_SPAKE2P(type) ||
        PSA_KEY_TYPE_SPAKE2P_GET_FAMILY(type) != PSA_PAKE_PRIMITIVE_GET_FAMILY(primitive) ||
        key->attributes.kpsa_bits != PSA_PAKE_PRIMITIVE_GET_BITS(primitive)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/* Prover (client) with a key pair; Verifier (server) with either key. */
static psa_status_t spake2p_check_role(psa_pake_role_t role, const psa_key_attributes_t *key)
{
    if (role == PSA_PAKE_ROLE_CLIENT) {
        return PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(key->kpsa_type) ? PSA_SUCCESS
                                                                : PSA_ERROR_INVALID_ARGUMENT;
    }
    return role == PSA_PAKE_ROLE_SERVER ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
}

static const struct pake_rules rules_table[] = {
    {
        .is = is_jpake,
        .check_suite = jpake_check_suite,
        .check_key = jpake_check_key,
        .check_role = jpake_check_role,
        .required = KPSA_PAKE_GIVEN_USER | KPSA_PAKE_GIVEN_PEER,
        .steps = STEP_BIT(PSA_PAKE_STEP_KEY_SHARE) | STEP_BIT(PSA_PAKE_STEP_ZK_PUBLIC) |
                 STEP_BIT(PSA_PAKE_STEP_ZK_PROOF),
        .takes_context = false,
        .distinct_ids = true,
        .pseudorandom_secret = false,
    },
    {
        .is = is_spake2p,
        .check_suite = spake2p_check_suite,
        .check_key = spake2p_check_key,
        .check_role = spake2p_check_role,
        .required = KPSA_PAKE_GIVEN_ROLE,
        .steps = STEP_BIT(PSA_PAKE_STEP_KEY_SHARE) | STEP_BIT(PSA_PAKE_STEP_CONFIRM),
        .takes_context = true,
        .distinct_ids = false,
        .pseudorandom_secret = true,
    },
};

/* The rules of a PAKE algorithm kpsa does not know: nothing is supported. */
static psa_status_t unknown_suite(const psa_pake_cipher_suite_t *suite)
{
    (void)suite;
    return PSA_ERROR_NOT_SUPPORTED;
}

static const struct pake_rules unknown_rules = {.check_suite = unknown_suite};

/* Never NULL: an unknown algorithm gets unknown_rules, which fail setup. */
static const struct pake_rules *rules_for(psa_algorithm_t alg)
{
    for (size_t i = 0; i < sizeof(rules_table) / sizeof(rules_table[0]); i++) {
        if (rules_table[i].is(alg)) {
            return &rules_table[i];
        }
    }
    return &unknown_rules;
}

/* ---- operation lifecycle --------------------------------------------------- */

static void inputs_free(struct kpsa_pake_inputs *inputs)
{
    if (inputs == NULL) {
        return;
    }
    /* Identities and context are public protocol inputs: no wipe needed. */
    free(inputs->user);
    free(inputs->peer);
    free(inputs->context);
    free(inputs);
}

/*
 * Release everything an operation holds: the driver (aborted unless a finish
 * or a failing call already unbound it), then the inputs and the key, which
 * the driver's context may refer to.  Returns the driver's abort status.
 */
static psa_status_t release_all(psa_pake_operation_t *op)
{
    psa_status_t status = kpsa_dispatch_pake_abort(op);

    inputs_free(op->kpsa_inputs);
    kpsa_keystore_release(op->kpsa_key);
    *op = psa_pake_operation_init();
    return status;
}

/* A call on an active operation failed with `status`: enter the error state. */
static psa_status_t fail(psa_pake_operation_t *op, psa_status_t status)
{
    if (op->kpsa_flags & PAKE_ACTIVE) {
        (void)release_all(op);
        op->kpsa_flags = PAKE_ERROR;
    }
    return status;
}

/*
 * Common entry checks: library initialised, operation active and not in the
 * error state, the password key not destroyed, and, when `collecting`, no
 * step taken yet.  On failure an active operation enters the error state.
 */
static psa_status_t enter(psa_pake_operation_t *op, bool collecting)
{
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    if (op == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((op->kpsa_flags & PAKE_ACTIVE) == 0) {
        return PSA_ERROR_BAD_STATE;
    }
    if ((collecting && op->kpsa_inputs == NULL) || !kpsa_keystore_alive(op->kpsa_key)) {
        return fail(op, PSA_ERROR_BAD_STATE);
    }
    return PSA_SUCCESS;
}

psa_pake_cipher_suite_t psa_pake_cipher_suite_init(void)
{
    const psa_pake_cipher_suite_t init = PSA_PAKE_CIPHER_SUITE_INIT;
    return init;
}

psa_algorithm_t psa_pake_cs_get_algorithm(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_alg;
}

void psa_pake_cs_set_algorithm(psa_pake_cipher_suite_t *cipher_suite, psa_algorithm_t alg)
{
    cipher_suite->kpsa_alg = alg;
}

psa_pake_primitive_t psa_pake_cs_get_primitive(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_primitive;
}

void psa_pake_cs_set_primitive(psa_pake_cipher_suite_t *cipher_suite,
                               psa_pake_primitive_t primitive)
{
    cipher_suite->kpsa_primitive = primitive;
}

uint32_t psa_pake_cs_get_key_confirmation(const psa_pake_cipher_suite_t *cipher_suite)
{
    return cipher_suite->kpsa_key_confirmation;
}

void psa_pake_cs_set_key_confirmation(psa_pake_cipher_suite_t *cipher_suite,
                                      uint32_t key_confirmation)
{
    cipher_suite->kpsa_key_confirmation = key_confirmation;
}

psa_pake_operation_t psa_pake_operation_init(void)
{
    const psa_pake_operation_t init = PSA_PAKE_OPERATION_INIT;
    return init;
}

psa_status_t psa_pake_setup(psa_pake_operation_t *operation, psa_key_id_t password_key,
                            const psa_pake_cipher_suite_t *cipher_suite)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct pake_rules *rules = NULL;
    struct kpsa_pake_inputs *inputs = NULL;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(operation != NULL && cipher_suite != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(operation->kpsa_flags == 0 && operation->kpsa_driver == 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(PSA_ALG_IS_PAKE(cipher_suite->kpsa_alg), PSA_ERROR_INVALID_ARGUMENT);
    rules = rules_for(cipher_suite->kpsa_alg);
    KPSA_TRY(rules->check_suite(cipher_suite));
    KPSA_TRY(kpsa_acquire_key(password_key, PSA_KEY_USAGE_DERIVE, cipher_suite->kpsa_alg, &slot));
    KPSA_TRY(rules->check_key(cipher_suite, slot));
    inputs = calloc(1, sizeof(*inputs));
    KPSA_CHECK(inputs != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    inputs->attributes = &slot->attributes;
    inputs->password = slot->key;
    inputs->password_length = slot->key_size;
    inputs->suite = *cipher_suite;
    operation->kpsa_flags = PAKE_ACTIVE;
    operation->kpsa_alg = cipher_suite->kpsa_alg;
    operation->kpsa_key = slot;
    operation->kpsa_inputs = inputs;
    slot = NULL;
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return status;
}

psa_status_t psa_pake_set_role(psa_pake_operation_t *operation, psa_pake_role_t role)
{
    psa_status_t status = enter(operation, true);
    struct kpsa_pake_inputs *inputs = NULL;

    if (status != PSA_SUCCESS) {
        return status;
    }
    inputs = operation->kpsa_inputs;
    if (inputs->given & KPSA_PAKE_GIVEN_ROLE) {
        return fail(operation, PSA_ERROR_BAD_STATE);
    }
    status = rules_for(operation->kpsa_alg)->check_role(role, inputs->attributes);
    if (status != PSA_SUCCESS) {
        return fail(operation, status);
    }
    inputs->role = role;
    inputs->given |= KPSA_PAKE_GIVEN_ROLE;
    return PSA_SUCCESS;
}

/* Whether an identity may be set, given the other one (NULL if not set yet). */
static psa_status_t check_id(const struct pake_rules *rules, const uint8_t *id, size_t id_len,
                             const uint8_t *other, size_t other_len, bool other_given)
{
    if (!KPSA_BUF_OK(id, id_len)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (rules->distinct_ids &&
        (id_len == 0 || (other_given && other_len == id_len && memcmp(id, other, id_len) == 0))) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/* Copy of the caller's bytes (a valid pointer for 0 bytes too). */
static psa_status_t copy_bytes(const uint8_t *data, size_t length, uint8_t **copy)
{
    *copy = malloc(length != 0 ? length : 1);
    if (*copy == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (length != 0) {
        memcpy(*copy, data, length);
    }
    return PSA_SUCCESS;
}

/* psa_pake_set_user / _set_peer: `which` is KPSA_PAKE_GIVEN_USER or _PEER. */
static psa_status_t set_id(psa_pake_operation_t *op, uint16_t which, const uint8_t *id,
                           size_t id_len)
{
    psa_status_t status = enter(op, true);
    struct kpsa_pake_inputs *inputs = NULL;
    bool is_user = which == KPSA_PAKE_GIVEN_USER;
    uint8_t **slot_bytes = NULL;

    if (status != PSA_SUCCESS) {
        return status;
    }
    inputs = op->kpsa_inputs;
    if (inputs->given & which) {
        return fail(op, PSA_ERROR_BAD_STATE);
    }
    status = is_user ? check_id(rules_for(op->kpsa_alg), id, id_len, inputs->peer,
                                inputs->peer_length, inputs->given & KPSA_PAKE_GIVEN_PEER)
                     : check_id(rules_for(op->kpsa_alg), id, id_len, inputs->user,
                                inputs->user_length, inputs->given & KPSA_PAKE_GIVEN_USER);
    slot_bytes = is_user ? &inputs->user : &inputs->peer;
    if (status == PSA_SUCCESS) {
        status = copy_bytes(id, id_len, slot_bytes);
    }
    if (status != PSA_SUCCESS) {
        return fail(op, status);
    }
    *(is_user ? &inputs->user_length : &inputs->peer_length) = id_len;
    inputs->given |= which;
    return PSA_SUCCESS;
}

psa_status_t psa_pake_set_user(psa_pake_operation_t *operation, const uint8_t *user_id,
                               size_t user_id_len)
{
    return set_id(operation, KPSA_PAKE_GIVEN_USER, user_id, user_id_len);
}

psa_status_t psa_pake_set_peer(psa_pake_operation_t *operation, const uint8_t *peer_id,
                               size_t peer_id_len)
{
    return set_id(operation, KPSA_PAKE_GIVEN_PEER, peer_id, peer_id_len);
}

psa_status_t psa_pake_set_context(psa_pake_operation_t *operation, const uint8_t *context,
                                  size_t context_len)
{
    psa_status_t status = enter(operation, true);
    struct kpsa_pake_inputs *inputs = NULL;

    if (status != PSA_SUCCESS) {
        return status;
    }
    inputs = operation->kpsa_inputs;
    /* A context set twice, or for an algorithm without one (J-PAKE), is a
     * call out of order: BAD_STATE, as the specification lists it. */
    if ((inputs->given & KPSA_PAKE_GIVEN_CONTEXT) ||
        !rules_for(operation->kpsa_alg)->takes_context) {
        return fail(operation, PSA_ERROR_BAD_STATE);
    }
    status = KPSA_BUF_OK(context, context_len) ? copy_bytes(context, context_len, &inputs->context)
                                               : PSA_ERROR_INVALID_ARGUMENT;
    if (status != PSA_SUCCESS) {
        return fail(operation, status);
    }
    inputs->context_length = context_len;
    inputs->given |= KPSA_PAKE_GIVEN_CONTEXT;
    return PSA_SUCCESS;
}

/*
 * Before a step: the step must belong to the algorithm; at the first step,
 * every required input must have been given, and a driver is bound with the
 * inputs, which are then freed (drivers copy what they need).
 */
static psa_status_t before_step(psa_pake_operation_t *op, psa_pake_step_t step)
{
    const struct pake_rules *rules = rules_for(op->kpsa_alg);
    struct kpsa_pake_inputs *inputs = op->kpsa_inputs;
    struct kpsa_slot *key = op->kpsa_key;
    struct kpsa_key_view view;
    psa_status_t status;

    if (step >= 32 || (rules->steps & STEP_BIT(step)) == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (op->kpsa_driver != 0) {
        return PSA_SUCCESS;
    }
    if (inputs == NULL || (inputs->given & rules->required) != rules->required) {
        return PSA_ERROR_BAD_STATE;
    }
    view = kpsa_slot_view(key);
    status = kpsa_dispatch_pake_setup(op, &view, inputs);
    if (status == PSA_SUCCESS) {
        inputs_free(inputs);
        op->kpsa_inputs = NULL;
    }
    return status;
}

psa_status_t psa_pake_output(psa_pake_operation_t *operation, psa_pake_step_t step, uint8_t *output,
                             size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (output_length != NULL) {
        *output_length = 0;
    }
    status = enter(operation, false);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (output_length == NULL || !KPSA_BUF_OK(output, output_size)) {
        return fail(operation, PSA_ERROR_INVALID_ARGUMENT);
    }
    status = before_step(operation, step);
    if (status == PSA_SUCCESS) {
        status = kpsa_dispatch_pake_output(operation, step, output, output_size, output_length);
    }
    if (status != PSA_SUCCESS) {
        *output_length = 0;
        return fail(operation, status);
    }
    return PSA_SUCCESS;
}

psa_status_t psa_pake_input(psa_pake_operation_t *operation, psa_pake_step_t step,
                            const uint8_t *input, size_t input_length)
{
    psa_status_t status = enter(operation, false);

    if (status != PSA_SUCCESS) {
        return status;
    }
    if (!KPSA_BUF_OK(input, input_length)) {
        return fail(operation, PSA_ERROR_INVALID_ARGUMENT);
    }
    status = before_step(operation, step);
    if (status == PSA_SUCCESS) {
        status = kpsa_dispatch_pake_input(operation, step, input, input_length);
    }
    return status == PSA_SUCCESS ? PSA_SUCCESS : fail(operation, status);
}

/* The key types a PAKE's shared secret may become, with size 0 (derived). */
static psa_status_t check_shared_key_attributes(const struct pake_rules *rules,
                                                const psa_key_attributes_t *attributes)
{
    psa_key_type_t type = attributes->kpsa_type;

    if (attributes->kpsa_bits != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (type == PSA_KEY_TYPE_DERIVE || type == PSA_KEY_TYPE_HMAC) {
        return PSA_SUCCESS;
    }
    if (rules->pseudorandom_secret && PSA_BLOCK_CIPHER_BLOCK_LENGTH(type) > 1) {
        return PSA_SUCCESS;
    }
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t psa_pake_get_shared_key(psa_pake_operation_t *operation,
                                     const psa_key_attributes_t *attributes, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t secret[PAKE_SHARED_SECRET_MAX];
    size_t secret_length = 0;

    if (key != NULL) {
        *key = PSA_KEY_ID_NULL;
    }
    status = enter(operation, false);
    if (status != PSA_SUCCESS) {
        return status;
    }
    KPSA_CHECK(attributes != NULL && key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    /* Ready only once the key exchange has started; the driver knows the rest. */
    KPSA_CHECK(operation->kpsa_driver != 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_shared_key_attributes(rules_for(operation->kpsa_alg), attributes));
    KPSA_TRY(kpsa_dispatch_pake_get_shared_key(operation, secret, sizeof(secret), &secret_length));
    KPSA_TRY(psa_import_key(attributes, secret, secret_length, key));
    (void)release_all(operation);
exit:
    kpsa_wipe(secret, sizeof(secret));
    return status == PSA_SUCCESS ? PSA_SUCCESS : fail(operation, status);
}

psa_status_t psa_pake_abort(psa_pake_operation_t *operation)
{
    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    /* Safe and without effect on an inactive operation, even before
     * psa_crypto_init() (as psa_mac_abort). */
    if (operation->kpsa_flags == 0 && operation->kpsa_driver == 0) {
        return PSA_SUCCESS;
    }
    return release_all(operation);
}
