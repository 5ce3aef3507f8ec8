/*
 * testdrv.c - a test driver plugin; see testdrv.h for what it does and how a
 * test controls it.  Built once per prefix (plugins/test/local.mk) with
 *   TESTDRV_PREFIX    the prefix, e.g. testa (entry points testa_hash_setup, ...)
 *   TESTDRV_MARKER    the byte every successful output is made of
 *   TESTDRV_CTX_SIZE  the operation context size the manifests declare
 * and optionally TESTDRV_OMIT_MAC_VERIFY, which leaves out <prefix>_mac_verify
 * (the "module missing a symbol" fixture of the loader tests).
 *
 * The contexts check the lifecycle the core promises in <kpsa/driver.h>:
 * zeroed before setup, nothing after a failed setup, nothing after a finish
 * entry point (except hash_abort after a failed hash_finish), abort only on a
 * live context.  Any breach counts as a "violation" the tests assert is 0.
 */
#include "config.h"

#include "testdrv.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dispatch/driver.h"

/* Every function a test can force or count; pseudo-counters last. */
/* clang-format off */
#define ENTRY_POINTS(X)                                                                            \
    X(init) X(key_state_create) X(key_state_destroy)                                     \
    X(hash_compute) X(hash_setup) X(hash_update) X(hash_finish) X(hash_abort)                      \
    X(mac_compute) X(mac_verify) X(mac_sign_setup) X(mac_verify_setup) X(mac_update)               \
    X(mac_sign_finish) X(mac_verify_finish) X(mac_abort)                                           \
    X(cipher_encrypt) X(cipher_decrypt) X(cipher_encrypt_setup) X(cipher_decrypt_setup)            \
    X(cipher_set_iv) X(cipher_update) X(cipher_finish) X(cipher_abort)                             \
    X(aead_encrypt) X(aead_decrypt) X(aead_encrypt_setup) X(aead_decrypt_setup)                    \
    X(aead_set_nonce) X(aead_set_lengths) X(aead_update_ad) X(aead_update) X(aead_finish)          \
    X(aead_verify) X(aead_abort)                                                                   \
    X(sign_hash) X(verify_hash) X(sign_message) X(verify_message)                                  \
    X(asymmetric_encrypt) X(asymmetric_decrypt) X(key_agreement)                                   \
    X(import_key) X(generate_key) X(export_public_key) X(export_key)
/* clang-format on */
#define PSEUDO_COUNTERS(X) X(violation) X(state_seen)

#define AS_ENUM(name) FN_##name,
#define AS_NAME(name) #name,
enum fn {
    ENTRY_POINTS(AS_ENUM) FN_ENTRY_POINT_COUNT,
    FN_PSEUDO_BEFORE = FN_ENTRY_POINT_COUNT - 1,
    PSEUDO_COUNTERS(AS_ENUM) FN_COUNT
};
static const char *const fn_names[] = {ENTRY_POINTS(AS_NAME) PSEUDO_COUNTERS(AS_NAME)};

/* The prototypes of testdrv.h must be exactly those the core calls. */
#define SAME_TYPE(name)                                                                            \
    _Static_assert(                                                                                \
        __builtin_types_compatible_p(__typeof__(&TESTDRV_EP(name)),                                \
                                     __typeof__(((struct kpsa_entry_points *)0)->name)),           \
        "prototype of " #name);
ENTRY_POINTS(SAME_TYPE)

static atomic_long hits[FN_COUNT];
static _Atomic psa_status_t forced[FN_COUNT];

enum family {
    FAM_HASH = 1,
    FAM_MAC_SIGN,
    FAM_MAC_VERIFY,
    FAM_CIPHER_ENC,
    FAM_CIPHER_DEC,
    FAM_AEAD_ENC,
    FAM_AEAD_DEC
};
#define FAM(f)      (1u << (f))
#define MAC_ANY     (FAM(FAM_MAC_SIGN) | FAM(FAM_MAC_VERIFY))
#define CIPHER_ANY  (FAM(FAM_CIPHER_ENC) | FAM(FAM_CIPHER_DEC))
#define AEAD_ANY    (FAM(FAM_AEAD_ENC) | FAM(FAM_AEAD_DEC))
#define LIVE_MAGIC  0x7e570000u
#define DONE_MAGIC  0xd0e50000u
#define STATE_MAGIC (0x57a7e000u | (TESTDRV_MARKER))

/* The head of every operation context; the context's last byte is a canary. */
struct op {
    uint32_t magic; /* LIVE_MAGIC | family while usable, DONE_MAGIC after finish */
    psa_algorithm_t alg;
    psa_key_type_t key_type;
    size_t key_bits;
    size_t fed;
};
_Static_assert(sizeof(struct op) < (TESTDRV_CTX_SIZE), "context size too small");

struct key_state {
    uint32_t magic;
};

/* ---- control -------------------------------------------------------------- */

static int fn_find(const char *name)
{
    for (int i = 0; i < FN_COUNT; i++) {
        if (name != NULL && strcmp(fn_names[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

int TESTDRV_EP(test_force)(const char *function, psa_status_t status)
{
    int i = fn_find(function);
    if (i < 0 || i > FN_PSEUDO_BEFORE) {
        return -1;
    }
    atomic_store(&forced[i], status);
    return 0;
}

long TESTDRV_EP(test_hits)(const char *function)
{
    long total = 0;
    if (function == NULL) {
        for (int i = 0; i < FN_ENTRY_POINT_COUNT; i++) {
            total += atomic_load(&hits[i]);
        }
        return total;
    }
    int i = fn_find(function);
    return i < 0 ? -1 : atomic_load(&hits[i]);
}

void TESTDRV_EP(test_reset)(void)
{
    for (int i = 0; i < FN_COUNT; i++) {
        atomic_store(&hits[i], 0);
        atomic_store(&forced[i], PSA_SUCCESS);
    }
}

/* ---- helpers ---------------------------------------------------------------- */

/* Count a call; the status the test wants it to return (PSA_SUCCESS: work). */
static psa_status_t enter(enum fn f)
{
    atomic_fetch_add(&hits[f], 1);
    return atomic_load(&forced[f]);
}

static void violation(void)
{
    atomic_fetch_add(&hits[FN_violation], 1);
}

/* Record whether the core handed us our own prepared state for the key. */
static void note_key(testdrv_attr_t *attributes)
{
    const struct key_state *s = kpsa_driver_key_state(attributes);
    if (s == NULL) {
        return;
    }
    if (s->magic != STATE_MAGIC) {
        violation();
        return;
    }
    atomic_fetch_add(&hits[FN_state_seen], 1);
}

/* A successful output: `want` marker bytes, if they fit. */
static psa_status_t emit(uint8_t *out, size_t size, size_t want, size_t *length)
{
    *length = 0;
    if (size < want) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (want != 0) {
        memset(out, TESTDRV_MARKER, want);
    }
    *length = want;
    return PSA_SUCCESS;
}

/* Is (p, length) what emit() would have produced for `want` bytes? */
static bool is_marker(const uint8_t *p, size_t length, size_t want)
{
    if (length != want) {
        return false;
    }
    for (size_t i = 0; i < length; i++) {
        if (p[i] != TESTDRV_MARKER) {
            return false;
        }
    }
    return true;
}

static psa_status_t verdict(const uint8_t *p, size_t length, size_t want)
{
    return is_marker(p, length, want) ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
}

/* A keyed single-part entry point: count, look at the key state, and unless
 * forced to fail output `want` marker bytes / accept only the marker. */
static psa_status_t keyed_output(enum fn f, testdrv_attr_t *attributes, uint8_t *out, size_t size,
                                 size_t want, size_t *length)
{
    psa_status_t status = enter(f);
    note_key(attributes);
    return status != PSA_SUCCESS ? status : emit(out, size, want, length);
}

static psa_status_t keyed_verify(enum fn f, testdrv_attr_t *attributes, const uint8_t *p,
                                 size_t length, size_t want)
{
    psa_status_t status = enter(f);
    note_key(attributes);
    return status != PSA_SUCCESS ? status : verdict(p, length, want);
}

/* Setup entry points: the context must arrive zeroed; a forced failure
 * leaves it untouched, so that any later call on it is a violation. */
static psa_status_t op_setup(enum fn f, void *ctx, enum family family, psa_algorithm_t alg,
                             testdrv_attr_t *attributes)
{
    psa_status_t status = enter(f);
    uint8_t *bytes = ctx;
    uint8_t any = 0;

    for (size_t i = 0; i < (TESTDRV_CTX_SIZE); i++) {
        any |= bytes[i];
    }
    if (any != 0) {
        violation();
    }
    if (attributes != NULL) {
        note_key(attributes);
    }
    if (status != PSA_SUCCESS) {
        return status;
    }
    struct op *op = ctx;
    op->magic = LIVE_MAGIC | (uint32_t)family;
    op->alg = alg;
    op->key_type = attributes != NULL ? psa_get_key_type(attributes) : 0;
    op->key_bits = attributes != NULL ? psa_get_key_bits(attributes) : 0;
    bytes[(TESTDRV_CTX_SIZE)-1] = (uint8_t)(TESTDRV_MARKER);
    return PSA_SUCCESS;
}

/* Any later entry point: the context must be live and of one of `families`.
 * Returns it, or NULL (violation counted; *status is then an error). */
static struct op *op_get(enum fn f, void *ctx, unsigned families, psa_status_t *status)
{
    struct op *op = ctx;
    const uint8_t *bytes = ctx;

    *status = enter(f);
    if (op == NULL || (op->magic & 0xffff0000u) != LIVE_MAGIC ||
        (families & FAM(op->magic & 0xffu)) == 0 ||
        bytes[(TESTDRV_CTX_SIZE)-1] != (uint8_t)(TESTDRV_MARKER)) {
        violation();
        if (*status == PSA_SUCCESS) {
            *status = PSA_ERROR_BAD_STATE;
        }
        return NULL;
    }
    return op;
}

/* After a finish entry point the core must call nothing on the context. */
static void op_done(struct op *op)
{
    if (op != NULL) {
        op->magic = DONE_MAGIC;
    }
}

static psa_status_t op_abort(enum fn f, void *ctx, unsigned families)
{
    psa_status_t status;
    struct op *op = op_get(f, ctx, families, &status);
    if (op != NULL) {
        memset(op, 0, sizeof(*op));
    }
    return status;
}

static size_t mac_size_of(testdrv_attr_t *attributes, psa_algorithm_t alg)
{
    return PSA_MAC_LENGTH(psa_get_key_type(attributes), psa_get_key_bits(attributes), alg);
}

static size_t tag_length(psa_key_type_t type, size_t bits, psa_algorithm_t alg)
{
    return PSA_AEAD_TAG_LENGTH(type, bits, alg);
}

/* Payload output of an unauthenticated cipher (no IV). */
static size_t cipher_output(psa_key_type_t type, psa_algorithm_t alg, size_t n, bool encrypt)
{
    size_t block = PSA_BLOCK_CIPHER_BLOCK_LENGTH(type);
    if (alg != PSA_ALG_CBC_PKCS7 || block == 0) {
        return n;
    }
    return encrypt ? n - n % block + block : (n >= block ? n - block : 0);
}

/* ---- driver-wide -------------------------------------------------------------- */

psa_status_t TESTDRV_EP(init)(void)
{
    return enter(FN_init);
}

psa_status_t TESTDRV_EP(key_state_create)(testdrv_attr_t *attributes, const uint8_t *key,
                                          size_t key_size, void **state)
{
    psa_status_t status = enter(FN_key_state_create);
    if (status != PSA_SUCCESS) {
        return status;
    }
    struct key_state *s = malloc(sizeof(*s));
    if (s == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    s->magic = STATE_MAGIC;
    *state = s;
    return PSA_SUCCESS;
}

void TESTDRV_EP(key_state_destroy)(void *state)
{
    struct key_state *s = state;
    (void)enter(FN_key_state_destroy);
    if (s == NULL || s->magic != STATE_MAGIC) {
        violation();
        return;
    }
    s->magic = 0;
    free(s);
}

/* ---- hash ---------------------------------------------------------------------- */

psa_status_t TESTDRV_EP(hash_compute)(psa_algorithm_t alg, const uint8_t *input,
                                      size_t input_length, uint8_t *hash, size_t hash_size,
                                      size_t *hash_length)
{
    psa_status_t status = enter(FN_hash_compute);
    return status != PSA_SUCCESS ? status
                                 : emit(hash, hash_size, PSA_HASH_LENGTH(alg), hash_length);
}

psa_status_t TESTDRV_EP(hash_setup)(void *op, psa_algorithm_t alg)
{
    return op_setup(FN_hash_setup, op, FAM_HASH, alg, NULL);
}

psa_status_t TESTDRV_EP(hash_update)(void *op, const uint8_t *input, size_t input_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_hash_update, op, FAM(FAM_HASH), &status);
    if (o != NULL) {
        o->fed += input_length;
    }
    return status;
}

psa_status_t TESTDRV_EP(hash_finish)(void *op, uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_hash_finish, op, FAM(FAM_HASH), &status);
    if (status != PSA_SUCCESS) {
        /* Not a "finish" entry point of the specification: after a failure
         * the core calls hash_abort, so the context stays live. */
        return status;
    }
    status = emit(hash, hash_size, PSA_HASH_LENGTH(o->alg), hash_length);
    if (status == PSA_SUCCESS) {
        op_done(o);
    }
    return status;
}

psa_status_t TESTDRV_EP(hash_abort)(void *op)
{
    return op_abort(FN_hash_abort, op, FAM(FAM_HASH));
}

/* ---- MAC ----------------------------------------------------------------------- */

psa_status_t TESTDRV_EP(mac_compute)(testdrv_attr_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                     size_t input_length, uint8_t *mac, size_t mac_size,
                                     size_t *mac_length)
{
    return keyed_output(FN_mac_compute, attributes, mac, mac_size, mac_size_of(attributes, alg),
                        mac_length);
}

#ifndef TESTDRV_OMIT_MAC_VERIFY
psa_status_t TESTDRV_EP(mac_verify)(testdrv_attr_t *attributes, const uint8_t *key, size_t key_size,
                                    psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                    const uint8_t *mac, size_t mac_length)
{
    return keyed_verify(FN_mac_verify, attributes, mac, mac_length, mac_size_of(attributes, alg));
}
#endif

psa_status_t TESTDRV_EP(mac_sign_setup)(void *op, testdrv_attr_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg)
{
    return op_setup(FN_mac_sign_setup, op, FAM_MAC_SIGN, alg, attributes);
}

psa_status_t TESTDRV_EP(mac_verify_setup)(void *op, testdrv_attr_t *attributes, const uint8_t *key,
                                          size_t key_size, psa_algorithm_t alg)
{
    return op_setup(FN_mac_verify_setup, op, FAM_MAC_VERIFY, alg, attributes);
}

psa_status_t TESTDRV_EP(mac_update)(void *op, const uint8_t *input, size_t input_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_mac_update, op, MAC_ANY, &status);
    if (o != NULL) {
        o->fed += input_length;
    }
    return status;
}

psa_status_t TESTDRV_EP(mac_sign_finish)(void *op, uint8_t *mac, size_t mac_size,
                                         size_t *mac_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_mac_sign_finish, op, FAM(FAM_MAC_SIGN), &status);
    op_done(o);
    if (status != PSA_SUCCESS) {
        return status;
    }
    return emit(mac, mac_size, PSA_MAC_LENGTH(o->key_type, o->key_bits, o->alg), mac_length);
}

psa_status_t TESTDRV_EP(mac_verify_finish)(void *op, const uint8_t *mac, size_t mac_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_mac_verify_finish, op, FAM(FAM_MAC_VERIFY), &status);
    op_done(o);
    if (status != PSA_SUCCESS) {
        return status;
    }
    return verdict(mac, mac_length, PSA_MAC_LENGTH(o->key_type, o->key_bits, o->alg));
}

psa_status_t TESTDRV_EP(mac_abort)(void *op)
{
    return op_abort(FN_mac_abort, op, MAC_ANY);
}

/* ---- unauthenticated ciphers ------------------------------------------------------ */

psa_status_t TESTDRV_EP(cipher_encrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg, const uint8_t *iv,
                                        size_t iv_length, const uint8_t *input, size_t input_length,
                                        uint8_t *output, size_t output_size, size_t *output_length)
{
    size_t want = cipher_output(psa_get_key_type(attributes), alg, input_length, true);
    return keyed_output(FN_cipher_encrypt, attributes, output, output_size, want, output_length);
}

psa_status_t TESTDRV_EP(cipher_decrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *output, size_t output_size,
                                        size_t *output_length)
{
    psa_status_t status = enter(FN_cipher_decrypt);
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t iv_length = PSA_CIPHER_IV_LENGTH(type, alg);
    note_key(attributes);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (input_length < iv_length) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    size_t want = cipher_output(type, alg, input_length - iv_length, false);
    return emit(output, output_size, want, output_length);
}

psa_status_t TESTDRV_EP(cipher_encrypt_setup)(void *op, testdrv_attr_t *attributes,
                                              const uint8_t *key, size_t key_size,
                                              psa_algorithm_t alg)
{
    return op_setup(FN_cipher_encrypt_setup, op, FAM_CIPHER_ENC, alg, attributes);
}

psa_status_t TESTDRV_EP(cipher_decrypt_setup)(void *op, testdrv_attr_t *attributes,
                                              const uint8_t *key, size_t key_size,
                                              psa_algorithm_t alg)
{
    return op_setup(FN_cipher_decrypt_setup, op, FAM_CIPHER_DEC, alg, attributes);
}

psa_status_t TESTDRV_EP(cipher_set_iv)(void *op, const uint8_t *iv, size_t iv_length)
{
    psa_status_t status;
    (void)op_get(FN_cipher_set_iv, op, CIPHER_ANY, &status);
    return status;
}

psa_status_t TESTDRV_EP(cipher_update)(void *op, const uint8_t *input, size_t input_length,
                                       uint8_t *output, size_t output_size, size_t *output_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_cipher_update, op, CIPHER_ANY, &status);
    if (status != PSA_SUCCESS) {
        return status;
    }
    o->fed += input_length;
    return emit(output, output_size, input_length, output_length);
}

psa_status_t TESTDRV_EP(cipher_finish)(void *op, uint8_t *output, size_t output_size,
                                       size_t *output_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_cipher_finish, op, CIPHER_ANY, &status);
    bool encrypt = o != NULL && (o->magic & 0xffu) == FAM_CIPHER_ENC;
    op_done(o);
    if (status != PSA_SUCCESS) {
        return status;
    }
    size_t want = encrypt ? cipher_output(o->key_type, o->alg, 0, true) : 0;
    return emit(output, output_size, want, output_length);
}

psa_status_t TESTDRV_EP(cipher_abort)(void *op)
{
    return op_abort(FN_cipher_abort, op, CIPHER_ANY);
}

/* ---- AEAD ---------------------------------------------------------------------------- */

psa_status_t TESTDRV_EP(aead_encrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                      size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                      size_t nonce_length, const uint8_t *additional_data,
                                      size_t additional_data_length, const uint8_t *plaintext,
                                      size_t plaintext_length, uint8_t *ciphertext,
                                      size_t ciphertext_size, size_t *ciphertext_length)
{
    size_t tag = tag_length(psa_get_key_type(attributes), psa_get_key_bits(attributes), alg);
    return keyed_output(FN_aead_encrypt, attributes, ciphertext, ciphertext_size,
                        plaintext_length + tag, ciphertext_length);
}

psa_status_t TESTDRV_EP(aead_decrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                      size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                      size_t nonce_length, const uint8_t *additional_data,
                                      size_t additional_data_length, const uint8_t *ciphertext,
                                      size_t ciphertext_length, uint8_t *plaintext,
                                      size_t plaintext_size, size_t *plaintext_length)
{
    psa_status_t status = enter(FN_aead_decrypt);
    size_t tag = tag_length(psa_get_key_type(attributes), psa_get_key_bits(attributes), alg);
    note_key(attributes);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (ciphertext_length < tag) {
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    size_t body = ciphertext_length - tag;
    if (!is_marker(ciphertext + body, tag, tag)) {
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    return emit(plaintext, plaintext_size, body, plaintext_length);
}

psa_status_t TESTDRV_EP(aead_encrypt_setup)(void *op, testdrv_attr_t *attributes,
                                            const uint8_t *key, size_t key_size,
                                            psa_algorithm_t alg)
{
    return op_setup(FN_aead_encrypt_setup, op, FAM_AEAD_ENC, alg, attributes);
}

psa_status_t TESTDRV_EP(aead_decrypt_setup)(void *op, testdrv_attr_t *attributes,
                                            const uint8_t *key, size_t key_size,
                                            psa_algorithm_t alg)
{
    return op_setup(FN_aead_decrypt_setup, op, FAM_AEAD_DEC, alg, attributes);
}

psa_status_t TESTDRV_EP(aead_set_nonce)(void *op, const uint8_t *nonce, size_t nonce_length)
{
    psa_status_t status;
    (void)op_get(FN_aead_set_nonce, op, AEAD_ANY, &status);
    return status;
}

psa_status_t TESTDRV_EP(aead_set_lengths)(void *op, size_t ad_length, size_t plaintext_length)
{
    psa_status_t status;
    (void)op_get(FN_aead_set_lengths, op, AEAD_ANY, &status);
    return status;
}

psa_status_t TESTDRV_EP(aead_update_ad)(void *op, const uint8_t *input, size_t input_length)
{
    psa_status_t status;
    (void)op_get(FN_aead_update_ad, op, AEAD_ANY, &status);
    return status;
}

psa_status_t TESTDRV_EP(aead_update)(void *op, const uint8_t *input, size_t input_length,
                                     uint8_t *output, size_t output_size, size_t *output_length)
{
    psa_status_t status;
    struct op *o = op_get(FN_aead_update, op, AEAD_ANY, &status);
    if (status != PSA_SUCCESS) {
        return status;
    }
    o->fed += input_length;
    return emit(output, output_size, input_length, output_length);
}

psa_status_t TESTDRV_EP(aead_finish)(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                     size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                     size_t *tag_length_out)
{
    psa_status_t status;
    struct op *o = op_get(FN_aead_finish, op, FAM(FAM_AEAD_ENC), &status);
    op_done(o);
    if (status != PSA_SUCCESS) {
        return status;
    }
    status = emit(ciphertext, ciphertext_size, 0, ciphertext_length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    return emit(tag, tag_size, tag_length(o->key_type, o->key_bits, o->alg), tag_length_out);
}

psa_status_t TESTDRV_EP(aead_verify)(void *op, uint8_t *plaintext, size_t plaintext_size,
                                     size_t *plaintext_length, const uint8_t *tag,
                                     size_t tag_length_in)
{
    psa_status_t status;
    struct op *o = op_get(FN_aead_verify, op, FAM(FAM_AEAD_DEC), &status);
    op_done(o);
    if (status != PSA_SUCCESS) {
        return status;
    }
    status = verdict(tag, tag_length_in, tag_length(o->key_type, o->key_bits, o->alg));
    if (status != PSA_SUCCESS) {
        return status;
    }
    return emit(plaintext, plaintext_size, 0, plaintext_length);
}

psa_status_t TESTDRV_EP(aead_abort)(void *op)
{
    return op_abort(FN_aead_abort, op, AEAD_ANY);
}

/* ---- asymmetric ---------------------------------------------------------------------------- */

static size_t sign_size(testdrv_attr_t *attributes, psa_algorithm_t alg)
{
    return PSA_SIGN_OUTPUT_SIZE(psa_get_key_type(attributes), psa_get_key_bits(attributes), alg);
}

psa_status_t TESTDRV_EP(sign_hash)(testdrv_attr_t *attributes, const uint8_t *key, size_t key_size,
                                   psa_algorithm_t alg, const uint8_t *hash, size_t hash_length,
                                   uint8_t *signature, size_t signature_size,
                                   size_t *signature_length)
{
    return keyed_output(FN_sign_hash, attributes, signature, signature_size,
                        sign_size(attributes, alg), signature_length);
}

psa_status_t TESTDRV_EP(verify_hash)(testdrv_attr_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                     size_t hash_length, const uint8_t *signature,
                                     size_t signature_length)
{
    return keyed_verify(FN_verify_hash, attributes, signature, signature_length,
                        sign_size(attributes, alg));
}

psa_status_t TESTDRV_EP(sign_message)(testdrv_attr_t *attributes, const uint8_t *key,
                                      size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                      size_t input_length, uint8_t *signature,
                                      size_t signature_size, size_t *signature_length)
{
    return keyed_output(FN_sign_message, attributes, signature, signature_size,
                        sign_size(attributes, alg), signature_length);
}

psa_status_t TESTDRV_EP(verify_message)(testdrv_attr_t *attributes, const uint8_t *key,
                                        size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, const uint8_t *signature,
                                        size_t signature_length)
{
    return keyed_verify(FN_verify_message, attributes, signature, signature_length,
                        sign_size(attributes, alg));
}

psa_status_t TESTDRV_EP(asymmetric_encrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                            size_t key_size, psa_algorithm_t alg,
                                            const uint8_t *input, size_t input_length,
                                            const uint8_t *salt, size_t salt_length,
                                            uint8_t *output, size_t output_size,
                                            size_t *output_length)
{
    size_t want = PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE(psa_get_key_type(attributes),
                                                     psa_get_key_bits(attributes), alg);
    return keyed_output(FN_asymmetric_encrypt, attributes, output, output_size, want,
                        output_length);
}

psa_status_t TESTDRV_EP(asymmetric_decrypt)(testdrv_attr_t *attributes, const uint8_t *key,
                                            size_t key_size, psa_algorithm_t alg,
                                            const uint8_t *input, size_t input_length,
                                            const uint8_t *salt, size_t salt_length,
                                            uint8_t *output, size_t output_size,
                                            size_t *output_length)
{
    size_t max = PSA_ASYMMETRIC_DECRYPT_OUTPUT_SIZE(psa_get_key_type(attributes),
                                                    psa_get_key_bits(attributes), alg);
    return keyed_output(FN_asymmetric_decrypt, attributes, output, output_size,
                        input_length < max ? input_length : max, output_length);
}

psa_status_t TESTDRV_EP(key_agreement)(testdrv_attr_t *attributes, const uint8_t *key,
                                       size_t key_size, psa_algorithm_t alg,
                                       const uint8_t *peer_key, size_t peer_key_length,
                                       uint8_t *shared_secret, size_t shared_secret_size,
                                       size_t *shared_secret_length)
{
    size_t want = PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(psa_get_key_type(attributes),
                                                    psa_get_key_bits(attributes));
    return keyed_output(FN_key_agreement, attributes, shared_secret, shared_secret_size, want,
                        shared_secret_length);
}

/* ---- key management ----------------------------------------------------------------------- */

psa_status_t TESTDRV_EP(import_key)(testdrv_attr_t *attributes, const uint8_t *data,
                                    size_t data_length, uint8_t *key_buffer, size_t key_buffer_size,
                                    size_t *key_buffer_length, size_t *bits)
{
    psa_status_t status = enter(FN_import_key);
    *key_buffer_length = 0;
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (*bits == 0) {
        *bits = data_length * 8;
    }
    return emit(key_buffer, key_buffer_size, data_length, key_buffer_length);
}

psa_status_t TESTDRV_EP(generate_key)(testdrv_attr_t *attributes, uint8_t *key_buffer,
                                      size_t key_buffer_size, size_t *key_buffer_length)
{
    psa_status_t status = enter(FN_generate_key);
    *key_buffer_length = 0;
    if (status != PSA_SUCCESS) {
        return status;
    }
    size_t want =
        PSA_EXPORT_KEY_OUTPUT_SIZE(psa_get_key_type(attributes), psa_get_key_bits(attributes));
    return emit(key_buffer, key_buffer_size, want, key_buffer_length);
}

psa_status_t TESTDRV_EP(export_public_key)(testdrv_attr_t *attributes, const uint8_t *key,
                                           size_t key_size, uint8_t *data, size_t data_size,
                                           size_t *data_length)
{
    psa_key_type_t pub = PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(psa_get_key_type(attributes));
    size_t want = PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(pub, psa_get_key_bits(attributes));
    return keyed_output(FN_export_public_key, attributes, data, data_size, want, data_length);
}

psa_status_t TESTDRV_EP(export_key)(testdrv_attr_t *attributes, const uint8_t *key, size_t key_size,
                                    uint8_t *data, size_t data_size, size_t *data_length)
{
    return keyed_output(FN_export_key, attributes, data, data_size, key_size, data_length);
}
