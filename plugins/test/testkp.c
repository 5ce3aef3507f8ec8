/*
 * testkp.c - the test driver plugin of the "key_derivation" and "pake"
 * families (prefix testkp, marker 0x4B), for tests/test_dispatch_kdfpake.c.
 *
 * Its outputs prove that the driver read the core's inputs through the
 * accessors of <kpsa/driver.h>:
 *   - a key derivation's output stream is the bytes of the SECRET (or
 *     PASSWORD) input followed by those of INFO (or SALT), repeated, each
 *     XORed with the marker;
 *   - a PAKE's psa_pake_output() steps write 32 marker bytes, psa_pake_input()
 *     accepts exactly 32 marker bytes (else PSA_ERROR_INVALID_SIGNATURE), and
 *     the shared secret is the password's bytes followed by the user id,
 *     repeated to 32 bytes, XORed with the marker.
 * Setup entry points also check the accessors' contract (statuses for absent
 * or invalid steps, BUFFER_TOO_SMALL, the role and cipher suite); any breach,
 * like any breach of the lifecycle (context not zeroed before setup, a call
 * on a context that is not live), counts as a "violation".
 *
 * Control: testkp_test_force / _hits / _reset, as in testdrv.h.
 */
#include "config.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#include <kpsa/driver.h>
#include <psa/crypto.h>

#include "dispatch/driver.h"

#define MARKER 0x4B
#define API    __attribute__((visibility("default")))
#define LIVE   0x6b704c49u
#define DONE   0x6b70444fu

/* clang-format off */
#define ENTRY_POINTS(X)                                                                            \
    X(key_derivation_setup) X(key_derivation_output_bytes) X(key_derivation_abort)               \
    X(pake_setup) X(pake_output) X(pake_input) X(pake_get_shared_key) X(pake_abort)
/* clang-format on */
#define AS_ENUM(name) FN_##name,
#define AS_NAME(name) #name,
enum fn { ENTRY_POINTS(AS_ENUM) FN_violation, FN_COUNT };
static const char *const fn_names[] = {ENTRY_POINTS(AS_NAME) "violation"};

static atomic_long hits[FN_COUNT];
static _Atomic psa_status_t forced[FN_COUNT];

/* Both families' context (64 bytes declared in the manifest). */
struct ctx {
    uint32_t magic;
    uint32_t length; /* bytes in data */
    uint32_t position;
    uint8_t data[52];
};
_Static_assert(sizeof(struct ctx) == 64, "the manifest declares 64-byte contexts");

API int testkp_test_force(const char *function, psa_status_t status);
API long testkp_test_hits(const char *function);
API void testkp_test_reset(void);
API psa_status_t testkp_key_derivation_setup(void *op, psa_algorithm_t alg,
                                             const psa_crypto_driver_key_derivation_inputs_t *in);
API psa_status_t testkp_key_derivation_output_bytes(void *op, uint8_t *output, size_t length);
API psa_status_t testkp_key_derivation_abort(void *op);
API psa_status_t testkp_pake_setup(void *op, const psa_crypto_driver_pake_inputs_t *inputs);
API psa_status_t testkp_pake_output(void *op, psa_pake_step_t step, uint8_t *output,
                                    size_t output_size, size_t *output_length);
API psa_status_t testkp_pake_input(void *op, psa_pake_step_t step, const uint8_t *input,
                                   size_t input_length);
API psa_status_t testkp_pake_get_shared_key(void *op, uint8_t *output, size_t output_size,
                                            size_t *output_length);
API psa_status_t testkp_pake_abort(void *op);

#define SAME_TYPE(name)                                                                            \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&testkp_##name),                        \
                                                __typeof__(((struct kpsa_entry_points *)0)->name)), \
                   "prototype of " #name);
ENTRY_POINTS(SAME_TYPE)

static int fn_find(const char *name)
{
    for (int i = 0; i < FN_COUNT; i++) {
        if (name != NULL && strcmp(fn_names[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

int testkp_test_force(const char *function, psa_status_t status)
{
    int i = fn_find(function);
    if (i < 0 || i == FN_violation) {
        return -1;
    }
    atomic_store(&forced[i], status);
    return 0;
}

long testkp_test_hits(const char *function)
{
    long total = 0;
    if (function == NULL) {
        for (int i = 0; i < FN_violation; i++) {
            total += atomic_load(&hits[i]);
        }
        return total;
    }
    int i = fn_find(function);
    return i < 0 ? -1 : atomic_load(&hits[i]);
}

void testkp_test_reset(void)
{
    for (int i = 0; i < FN_COUNT; i++) {
        atomic_store(&hits[i], 0);
        atomic_store(&forced[i], PSA_SUCCESS);
    }
}

static psa_status_t enter(enum fn f)
{
    atomic_fetch_add(&hits[f], 1);
    return atomic_load(&forced[f]);
}

static void violation_unless(bool ok)
{
    if (!ok) {
        atomic_fetch_add(&hits[FN_violation], 1);
    }
}

/* A setup: the context must arrive all-bits-zero. */
static psa_status_t setup_enter(enum fn f, struct ctx *c)
{
    static const struct ctx zero;
    violation_unless(memcmp(c, &zero, sizeof(zero)) == 0);
    return enter(f);
}

/* Any later call: the context must be live. */
static struct ctx *live(enum fn f, void *op, psa_status_t *status)
{
    struct ctx *c = op;
    *status = enter(f);
    if (c->magic != LIVE) {
        violation_unless(false);
        *status = PSA_ERROR_BAD_STATE;
        return NULL;
    }
    return c;
}

static void append(struct ctx *c, const uint8_t *p, size_t n)
{
    size_t room = sizeof(c->data) - c->length;
    n = n < room ? n : room;
    memcpy(c->data + c->length, p, n);
    c->length += (uint32_t)n;
}

/* The next `length` bytes of the context's stream: data repeated, ^ MARKER. */
static void stream(struct ctx *c, uint8_t *out, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        out[i] = c->length == 0 ? MARKER : (uint8_t)(c->data[c->position % c->length] ^ MARKER);
        c->position++;
    }
}

/* ---- key derivation --------------------------------------------------------- */

typedef psa_crypto_driver_key_derivation_inputs_t kdf_inputs;

/* Append a BYTES or KEY step; check the accessors' answers on the way. */
static void take_step(struct ctx *c, const kdf_inputs *in, psa_key_derivation_step_t step)
{
    uint8_t buffer[sizeof(c->data)];
    size_t size = 0;
    size_t got = 0;
    uint8_t *key = NULL;
    psa_crypto_driver_key_derivation_input_type_t type =
        psa_crypto_driver_key_derivation_get_input_type(in, step);

    if (type == PSA_KEY_DERIVATION_INPUT_TYPE_KEY) {
        violation_unless(psa_crypto_driver_key_derivation_get_input_key(in, step, NULL, &key,
                                                                        &size) == PSA_SUCCESS);
        violation_unless(key != NULL);
        append(c, key, size);
        return;
    }
    if (type != PSA_KEY_DERIVATION_INPUT_TYPE_BYTES) {
        return;
    }
    violation_unless(psa_crypto_driver_key_derivation_get_input_size(in, step, &size) ==
                     PSA_SUCCESS);
    if (size > 0) {
        violation_unless(psa_crypto_driver_key_derivation_get_input_bytes(
                             in, step, buffer, size - 1, &got) == PSA_ERROR_BUFFER_TOO_SMALL);
    }
    if (size <= sizeof(buffer) &&
        psa_crypto_driver_key_derivation_get_input_bytes(in, step, buffer, sizeof(buffer),
                                                         &got) == PSA_SUCCESS) {
        violation_unless(got == size);
        append(c, buffer, got);
    }
}

/* The accessors on steps the algorithm does not take or that are not integers. */
static void check_kdf_accessors(const kdf_inputs *in)
{
    uint64_t value = 0;
    size_t size = 0;

    violation_unless(psa_crypto_driver_key_derivation_get_input_type(
                         in, PSA_KEY_DERIVATION_INPUT_SEED) == PSA_KEY_DERIVATION_INPUT_TYPE_INVALID);
    violation_unless(psa_crypto_driver_key_derivation_get_input_size(
                         in, PSA_KEY_DERIVATION_INPUT_SEED, &size) == PSA_ERROR_INVALID_ARGUMENT);
    violation_unless(psa_crypto_driver_key_derivation_get_input_integer(
                         in, PSA_KEY_DERIVATION_INPUT_INFO, &value) == PSA_ERROR_INVALID_ARGUMENT);
}

psa_status_t testkp_key_derivation_setup(void *op, psa_algorithm_t alg, const kdf_inputs *in)
{
    struct ctx *c = op;
    psa_status_t status = setup_enter(FN_key_derivation_setup, c);

    if (status != PSA_SUCCESS) {
        return status;
    }
    check_kdf_accessors(in);
    if (PSA_ALG_IS_PBKDF2_HMAC(alg)) {
        uint64_t cost = 0;
        violation_unless(psa_crypto_driver_key_derivation_get_input_integer(
                             in, PSA_KEY_DERIVATION_INPUT_COST, &cost) == PSA_SUCCESS);
        take_step(c, in, PSA_KEY_DERIVATION_INPUT_PASSWORD);
        take_step(c, in, PSA_KEY_DERIVATION_INPUT_SALT);
    } else {
        take_step(c, in, PSA_KEY_DERIVATION_INPUT_SECRET);
        take_step(c, in, PSA_KEY_DERIVATION_INPUT_INFO);
    }
    c->magic = LIVE;
    return PSA_SUCCESS;
}

psa_status_t testkp_key_derivation_output_bytes(void *op, uint8_t *output, size_t length)
{
    psa_status_t status;
    struct ctx *c = live(FN_key_derivation_output_bytes, op, &status);

    if (c != NULL && status == PSA_SUCCESS) {
        stream(c, output, length);
    }
    return status;
}

psa_status_t testkp_key_derivation_abort(void *op)
{
    psa_status_t status;
    struct ctx *c = live(FN_key_derivation_abort, op, &status);

    if (c != NULL) {
        memset(c, 0, sizeof(*c));
    }
    return status;
}

/* ---- PAKE ------------------------------------------------------------------------ */

typedef psa_crypto_driver_pake_inputs_t pake_inputs;

/* Append the password and the user id; check the other accessors. */
static void take_pake_inputs(struct ctx *c, const pake_inputs *in)
{
    uint8_t buffer[sizeof(c->data)];
    size_t length = 0;
    size_t got = 0;
    psa_key_attributes_t attributes = psa_key_attributes_init();
    psa_pake_role_t role = 0;

    violation_unless(psa_crypto_driver_pake_get_password_len(in, &length) == PSA_SUCCESS);
    if (length > 0 && length <= sizeof(buffer)) {
        violation_unless(psa_crypto_driver_pake_get_password(in, buffer, length - 1, &got) ==
                         PSA_ERROR_BUFFER_TOO_SMALL);
        violation_unless(psa_crypto_driver_pake_get_password(in, buffer, sizeof(buffer), &got) ==
                         PSA_SUCCESS && got == length);
        append(c, buffer, got);
    }
    violation_unless(psa_crypto_driver_pake_get_password_attributes(in, &attributes) ==
                     PSA_SUCCESS);
    violation_unless(psa_get_key_type(&attributes) != PSA_KEY_TYPE_NONE);
    if (psa_crypto_driver_pake_get_user_len(in, &length) == PSA_SUCCESS &&
        length <= sizeof(buffer) &&
        psa_crypto_driver_pake_get_user(in, buffer, sizeof(buffer), &got) == PSA_SUCCESS) {
        violation_unless(got == length);
        append(c, buffer, got);
    }
    violation_unless(psa_crypto_driver_pake_get_role(in, &role) == PSA_SUCCESS ||
                     psa_crypto_driver_pake_get_role(in, &role) == PSA_ERROR_BAD_STATE);
}

psa_status_t testkp_pake_setup(void *op, const pake_inputs *in)
{
    struct ctx *c = op;
    psa_pake_cipher_suite_t suite = psa_pake_cipher_suite_init();
    psa_status_t status = setup_enter(FN_pake_setup, c);

    if (status != PSA_SUCCESS) {
        return status;
    }
    violation_unless(psa_crypto_driver_pake_get_cipher_suite(in, &suite) == PSA_SUCCESS &&
                     PSA_ALG_IS_PAKE(psa_pake_cs_get_algorithm(&suite)));
    take_pake_inputs(c, in);
    c->magic = LIVE;
    return PSA_SUCCESS;
}

psa_status_t testkp_pake_output(void *op, psa_pake_step_t step, uint8_t *output,
                                size_t output_size, size_t *output_length)
{
    psa_status_t status;
    struct ctx *c = live(FN_pake_output, op, &status);

    (void)step;
    *output_length = 0;
    if (c == NULL || status != PSA_SUCCESS) {
        return status;
    }
    if (output_size < 32) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    memset(output, MARKER, 32);
    *output_length = 32;
    return PSA_SUCCESS;
}

psa_status_t testkp_pake_input(void *op, psa_pake_step_t step, const uint8_t *input,
                               size_t input_length)
{
    psa_status_t status;
    struct ctx *c = live(FN_pake_input, op, &status);

    (void)step;
    if (c == NULL || status != PSA_SUCCESS) {
        return status;
    }
    if (input_length != 32) {
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    for (size_t i = 0; i < input_length; i++) {
        if (input[i] != MARKER) {
            return PSA_ERROR_INVALID_SIGNATURE;
        }
    }
    return PSA_SUCCESS;
}

psa_status_t testkp_pake_get_shared_key(void *op, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    psa_status_t status;
    struct ctx *c = live(FN_pake_get_shared_key, op, &status);

    *output_length = 0;
    if (c == NULL) {
        return status;
    }
    if (status == PSA_SUCCESS && output_size < 32) {
        status = PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (status == PSA_SUCCESS) {
        stream(c, output, 32);
        *output_length = 32;
    }
    /* A finish entry point: nothing may follow, whatever the outcome. */
    memset(c, 0, sizeof(*c));
    c->magic = DONE;
    return status;
}

psa_status_t testkp_pake_abort(void *op)
{
    psa_status_t status;
    struct ctx *c = live(FN_pake_abort, op, &status);

    if (c != NULL) {
        memset(c, 0, sizeof(*c));
    }
    return status;
}
