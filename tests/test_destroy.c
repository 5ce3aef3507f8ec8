/*
 * test_destroy.c - destroying a key in use by a multi-part operation.
 *
 * PSA 1.2, psa_destroy_key: "If a key is currently in use in a multi-part
 * operation, then destroying the key will cause the multi-part operation to
 * fail."  In kpsa the operation's next call aborts it and returns
 * PSA_ERROR_BAD_STATE; destroying another key leaves it alone; the destroyed
 * key's material goes when the operation lets go of it.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "testutil.h"

#define ST KT_ASSERT_STATUS
#define OK KT_ASSERT_SUCCESS
#define BAD PSA_ERROR_BAD_STATE
#define INVAL PSA_ERROR_INVALID_ARGUMENT
#define BADSIG PSA_ERROR_INVALID_SIGNATURE

#define HMAC256 PSA_ALG_HMAC(PSA_ALG_SHA_256)
#define ENC_DEC (PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT)
#define SIGN_VERIFY (PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE)

static const uint8_t key_bytes[32] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a,
    0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
    0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f};
static const uint8_t msg[48] = "a message of forty-eight bytes, for the tests..";
static const uint8_t nonce12[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
static const uint8_t iv16[16] = {0};

static psa_key_id_t aes_key(psa_key_usage_t usage, psa_algorithm_t alg)
{
    return kt_import(PSA_KEY_TYPE_AES, key_bytes, 16, usage, alg);
}

static psa_key_id_t hmac_key(psa_key_usage_t usage, psa_algorithm_t alg)
{
    return kt_import(PSA_KEY_TYPE_HMAC, key_bytes, 32, usage, alg);
}

static void drop(psa_key_id_t key)
{
    OK(psa_destroy_key(key));
}

/* ===================================================================== */
/* Destroying a key in use by a multi-part operation                      */
/* ===================================================================== */

/*
 * PSA 1.2, psa_destroy_key: "If a key is currently in use in a multi-part
 * operation, then destroying the key will cause the multi-part operation to
 * fail."  In kpsa the operation's next call aborts it and returns
 * PSA_ERROR_BAD_STATE.  One generic loop runs over a table of the three
 * families with a key; each family is driven in steps: setup, then `steps`
 * calls of which the last one finishes.
 */
union any_op {
    psa_mac_operation_t mac;
    psa_cipher_operation_t cipher;
    psa_aead_operation_t aead;
};

/* What a forward (sign / encrypt) run output: MAC; IV || ciphertext; nonce ||
 * ciphertext || tag. */
struct trail {
    uint8_t bytes[128];
    size_t length;
};

struct family {
    const char *name;
    int steps;
    psa_key_id_t (*new_key)(void);
    /* forward: sign / encrypt; else verify / decrypt. */
    psa_status_t (*setup)(union any_op *op, psa_key_id_t key, bool forward);
    /* Call number `step` (0 .. steps - 1), appending any output to *t. */
    psa_status_t (*step)(union any_op *op, bool forward, int step, struct trail *t);
    psa_status_t (*abort)(union any_op *op);
    /* Check a forward trail with the inverse single-part call. */
    psa_status_t (*check)(psa_key_id_t key, const struct trail *t);
};

/* Output room left in a trail, and where it starts. */
#define TRAIL_END(t) ((t)->bytes + (t)->length), (sizeof((t)->bytes) - (t)->length)

static psa_status_t same_as_msg(psa_status_t status, const uint8_t *pt, size_t len)
{
    if (status == PSA_SUCCESS && (len != sizeof(msg) || memcmp(pt, msg, len) != 0)) {
        return PSA_ERROR_CORRUPTION_DETECTED;
    }
    return status;
}

static psa_key_id_t mac_new_key(void)
{
    return hmac_key(SIGN_VERIFY, HMAC256);
}

static psa_status_t mac_setup_for(union any_op *op, psa_key_id_t key, bool forward)
{
    return forward ? psa_mac_sign_setup(&op->mac, key, HMAC256)
                   : psa_mac_verify_setup(&op->mac, key, HMAC256);
}

static psa_status_t mac_step(union any_op *op, bool forward, int step, struct trail *t)
{
    size_t len = 0;
    psa_status_t status;

    if (step == 0) {
        return psa_mac_update(&op->mac, msg, sizeof(msg));
    }
    if (!forward) {
        return psa_mac_verify_finish(&op->mac, t->bytes, 32);
    }
    status = psa_mac_sign_finish(&op->mac, TRAIL_END(t), &len);
    t->length += len;
    return status;
}

static psa_status_t mac_abort_any(union any_op *op)
{
    return psa_mac_abort(&op->mac);
}

static psa_status_t mac_check(psa_key_id_t key, const struct trail *t)
{
    return psa_mac_verify(key, HMAC256, msg, sizeof(msg), t->bytes, t->length);
}

static psa_key_id_t cipher_new_key(void)
{
    return aes_key(ENC_DEC, PSA_ALG_CBC_NO_PADDING);
}

static psa_status_t cipher_setup_for(union any_op *op, psa_key_id_t key, bool forward)
{
    return forward ? psa_cipher_encrypt_setup(&op->cipher, key, PSA_ALG_CBC_NO_PADDING)
                   : psa_cipher_decrypt_setup(&op->cipher, key, PSA_ALG_CBC_NO_PADDING);
}

static psa_status_t cipher_step(union any_op *op, bool forward, int step, struct trail *t)
{
    size_t len = 0;
    psa_status_t status;

    switch (step) {
    case 0:
        if (!forward) {
            return psa_cipher_set_iv(&op->cipher, iv16, sizeof(iv16));
        }
        status = psa_cipher_generate_iv(&op->cipher, TRAIL_END(t), &len);
        break;
    case 1:
        status = psa_cipher_update(&op->cipher, msg, sizeof(msg), TRAIL_END(t), &len);
        break;
    default:
        status = psa_cipher_finish(&op->cipher, TRAIL_END(t), &len);
        break;
    }
    t->length += len;
    return status;
}

static psa_status_t cipher_abort_any(union any_op *op)
{
    return psa_cipher_abort(&op->cipher);
}

static psa_status_t cipher_check(psa_key_id_t key, const struct trail *t)
{
    uint8_t pt[sizeof(msg)];
    size_t len = 0;
    psa_status_t status =
        psa_cipher_decrypt(key, PSA_ALG_CBC_NO_PADDING, t->bytes, t->length, pt, sizeof(pt), &len);
    return same_as_msg(status, pt, len);
}

static psa_key_id_t aead_new_key(void)
{
    return aes_key(ENC_DEC, PSA_ALG_GCM);
}

static psa_status_t aead_setup_for(union any_op *op, psa_key_id_t key, bool forward)
{
    return forward ? psa_aead_encrypt_setup(&op->aead, key, PSA_ALG_GCM)
                   : psa_aead_decrypt_setup(&op->aead, key, PSA_ALG_GCM);
}

/* set_lengths, nonce, update_ad (5 bytes of msg), update (msg), finish / verify. */
static psa_status_t aead_step(union any_op *op, bool forward, int step, struct trail *t)
{
    uint8_t tag[16] = {0}, last[16] = {0};
    size_t len = 0, tag_len = 0;
    psa_status_t status;

    switch (step) {
    case 0:
        return psa_aead_set_lengths(&op->aead, 5, sizeof(msg));
    case 1:
        if (!forward) {
            return psa_aead_set_nonce(&op->aead, nonce12, sizeof(nonce12));
        }
        status = psa_aead_generate_nonce(&op->aead, TRAIL_END(t), &len);
        break;
    case 2:
        return psa_aead_update_ad(&op->aead, msg, 5);
    case 3:
        status = psa_aead_update(&op->aead, msg, sizeof(msg), TRAIL_END(t), &len);
        break;
    default:
        if (!forward) {
            return psa_aead_verify(&op->aead, last, sizeof(last), &len, tag, sizeof(tag));
        }
        status = psa_aead_finish(&op->aead, TRAIL_END(t), &len, tag, sizeof(tag), &tag_len);
        t->length += len;
        len = 0;
        if (status == PSA_SUCCESS && tag_len <= sizeof(t->bytes) - t->length) {
            memcpy(t->bytes + t->length, tag, tag_len);
            len = tag_len;
        }
        break;
    }
    t->length += len;
    return status;
}

static psa_status_t aead_abort_any(union any_op *op)
{
    return psa_aead_abort(&op->aead);
}

static psa_status_t aead_check(psa_key_id_t key, const struct trail *t)
{
    uint8_t pt[sizeof(msg)];
    size_t len = 0;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (t->length >= 12) {
        status = psa_aead_decrypt(key, PSA_ALG_GCM, t->bytes, 12, msg, 5, t->bytes + 12,
                                  t->length - 12, pt, sizeof(pt), &len);
    }
    return same_as_msg(status, pt, len);
}

static const struct family families[] = {
    {"MAC", 2, mac_new_key, mac_setup_for, mac_step, mac_abort_any, mac_check},
    {"cipher", 3, cipher_new_key, cipher_setup_for, cipher_step, cipher_abort_any, cipher_check},
    {"AEAD", 5, aead_new_key, aead_setup_for, aead_step, aead_abort_any, aead_check},
};
#define FAMILY_COUNT (sizeof(families) / sizeof(families[0]))

/* A whole forward run with `key`, checked with the single-part inverse. */
static void forward_run(const struct family *f, union any_op *op, psa_key_id_t key)
{
    struct trail t = {{0}, 0};

    OK(f->setup(op, key, true));
    for (int i = 0; i < f->steps; i++) {
        OK(f->step(op, true, i, &t));
    }
    OK(f->check(key, &t));
}

static void key_is_gone(psa_key_id_t key)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;

    ST(psa_get_key_attributes(key, &attributes), PSA_ERROR_INVALID_HANDLE);
    psa_reset_key_attributes(&attributes);
}

/* Destroy the key just before call `step`: that call and the next fail with
 * BAD_STATE, abort succeeds, and the object serves another key. */
static void destroy_before(const struct family *f, bool forward, int step)
{
    psa_key_id_t key = f->new_key();
    psa_key_id_t other = f->new_key();
    union any_op op;
    struct trail t = {{0}, 0};

    memset(&op, 0, sizeof(op));
    OK(f->setup(&op, key, forward));
    for (int i = 0; i < step; i++) {
        OK(f->step(&op, forward, i, &t));
    }
    OK(psa_destroy_key(key));
    ST(f->step(&op, forward, step, &t), BAD);
    ST(f->step(&op, forward, step, &t), BAD);
    OK(f->abort(&op));
    key_is_gone(key);
    forward_run(f, &op, other);
    drop(other);
}

static void test_destroyed_key_fails_operation(void)
{
    for (size_t i = 0; i < FAMILY_COUNT; i++) {
        for (int step = 0; step < families[i].steps; step++) {
            destroy_before(&families[i], true, step);
            destroy_before(&families[i], false, step);
        }
    }
}

/* Destroying a key only affects the operations that use it. */
static void test_other_key_destroyed(void)
{
    for (size_t i = 0; i < FAMILY_COUNT; i++) {
        const struct family *f = &families[i];
        psa_key_id_t key = f->new_key();
        psa_key_id_t doomed = f->new_key();
        union any_op op, victim;
        struct trail t = {{0}, 0}, tv = {{0}, 0};

        memset(&op, 0, sizeof(op));
        memset(&victim, 0, sizeof(victim));
        OK(f->setup(&op, key, true));
        OK(f->setup(&victim, doomed, true));
        OK(f->step(&op, true, 0, &t));
        OK(f->step(&victim, true, 0, &tv));
        OK(psa_destroy_key(doomed));
        ST(f->step(&victim, true, 1, &tv), BAD);
        for (int s = 1; s < f->steps; s++) {
            OK(f->step(&op, true, s, &t));
        }
        OK(f->check(key, &t));
        OK(f->abort(&victim));
        forward_run(f, &op, key);
        drop(key);
    }
}

/* A destroyed key held by an operation stays invisible, and goes when the
 * operation is aborted; many rounds make the store recycle the slots. */
static void test_destroyed_key_released_by_abort(void)
{
    for (size_t i = 0; i < FAMILY_COUNT; i++) {
        const struct family *f = &families[i];
        psa_key_id_t first = PSA_KEY_ID_NULL;

        for (int round = 0; round < 400; round++) {
            psa_key_id_t key = f->new_key();
            union any_op op, late;

            first = first == PSA_KEY_ID_NULL ? key : first;
            memset(&op, 0, sizeof(op));
            memset(&late, 0, sizeof(late));
            OK(f->setup(&op, key, round % 2 == 0));
            OK(psa_destroy_key(key));
            key_is_gone(key);
            ST(psa_destroy_key(key), PSA_ERROR_INVALID_HANDLE);
            ST(f->setup(&late, key, true), PSA_ERROR_INVALID_HANDLE);
            OK(f->abort(&op));
            key_is_gone(key);
            ST(psa_destroy_key(key), PSA_ERROR_INVALID_HANDLE);
        }
        key_is_gone(first);
    }
}

/* ===================================================================== */

static const kt_test destroy_tests[] = {
    {"destroying its key fails the operation", test_destroyed_key_fails_operation},
    {"destroying another key does not", test_other_key_destroyed},
    {"abort releases a destroyed key", test_destroyed_key_released_by_abort},
};

int main(int argc, char **argv)
{
    if (psa_crypto_init() != PSA_SUCCESS) {
        return 99;
    }
    KT_ADD_SUITE("key destroyed during an operation", destroy_tests);
    return kt_run(argc, argv);
}
