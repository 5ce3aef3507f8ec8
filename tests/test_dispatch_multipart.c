/*
 * test_dispatch_multipart.c - part of test_dispatch (see test_dispatch.c and
 * dispatch_chain.h): the multipart families hash, MAC sign, MAC verify,
 * cipher encrypt and decrypt, AEAD encrypt and decrypt, one suite each.
 *
 * Cases (a) to (d) as for the single-part entry points, forced at setup,
 * where the operation is bound; then the lifecycle the core promises drivers
 * (<kpsa/driver.h>): a failed setup gets no other call, a failure of another
 * entry point gets exactly one abort, a failed finish gets none (except
 * hash_finish), an operation stays with the driver whose setup succeeded, and
 * an application's abort reaches that driver.  The test drivers also count a
 * "violation" whenever a context reaches them in a state these rules exclude.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <kpsa/kpsa.h>

#include "dispatch_chain.h"
#include "testutil.h"

#define NS PSA_ERROR_NOT_SUPPORTED
#define HW PSA_ERROR_HARDWARE_FAILURE

static const uint8_t abc[3] = {'a', 'b', 'c'};

union mp_op {
    psa_hash_operation_t hash;
    psa_mac_operation_t mac;
    psa_cipher_operation_t cipher;
    psa_aead_operation_t aead;
};

struct mp_out {
    uint8_t buf[128];
    size_t len;
};

struct mp_family {
    const char *setup, *step, *update, *finish, *abort; /* driver functions; step may be NULL */
    psa_status_t (*begin)(union mp_op *op, psa_key_id_t *key, bool narrow);
    psa_status_t (*feed)(union mp_op *op, struct mp_out *o);
    psa_status_t (*end)(union mp_op *op, uint8_t marker, struct mp_out *o);
    psa_status_t (*cancel)(union mp_op *op);
    const char *(*driver)(const union mp_op *op);
    size_t marker_len;      /* output of a whole operation */
    size_t narrow_len;      /* the same with testc's inputs */
    const uint8_t *builtin; /* the built-in's output (marker_len bytes) */
    bool finish_aborts;     /* hash_finish is not a "finish": abort follows its failure */
};

/* Room left in an output, and recording what was written there. */
#define ROOM(o) ((o)->buf + (o)->len), (sizeof((o)->buf) - (o)->len)

static psa_status_t appended(struct mp_out *o, psa_status_t status, const size_t *n)
{
    if (status == PSA_SUCCESS) {
        o->len += *n;
    }
    return status;
}

/* ---- hash ----------------------------------------------------------------- */

static psa_status_t hash_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = 0;
    return psa_hash_setup(&op->hash, narrow ? PSA_ALG_SHA_384 : PSA_ALG_SHA_256);
}

static psa_status_t hash_feed(union mp_op *op, struct mp_out *o)
{
    (void)o;
    return psa_hash_update(&op->hash, abc, 3);
}

static psa_status_t hash_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    size_t n = 0;
    (void)marker;
    return appended(o, psa_hash_finish(&op->hash, ROOM(o), &n), &n);
}

static psa_status_t hash_cancel(union mp_op *op)
{
    return psa_hash_abort(&op->hash);
}

static const char *hash_driver(const union mp_op *op)
{
    return kpsa_hash_operation_driver(&op->hash);
}

/* ---- MAC ------------------------------------------------------------------ */

static psa_key_id_t aes_key(psa_algorithm_t alg, bool narrow, const uint8_t *key128)
{
    return narrow ? td_key(PSA_KEY_TYPE_AES, alg, td_aes192, 24)
                  : td_key(PSA_KEY_TYPE_AES, alg, key128, 16);
}

static psa_status_t mac_sign_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_CMAC, narrow, td_aes128);
    return psa_mac_sign_setup(&op->mac, *key, PSA_ALG_CMAC);
}

static psa_status_t mac_verify_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_CMAC, narrow, td_aes128);
    return psa_mac_verify_setup(&op->mac, *key, PSA_ALG_CMAC);
}

static psa_status_t mac_feed(union mp_op *op, struct mp_out *o)
{
    (void)o;
    return psa_mac_update(&op->mac, td_block, 16);
}

static psa_status_t mac_sign_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    size_t n = 0;
    (void)marker;
    return appended(o, psa_mac_sign_finish(&op->mac, ROOM(o), &n), &n);
}

static psa_status_t mac_verify_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    uint8_t ref[16];
    (void)o;
    memset(ref, marker, sizeof(ref));
    if (marker == 0) {
        memcpy(ref, td_cmac_out, sizeof(ref));
    }
    return psa_mac_verify_finish(&op->mac, ref, sizeof(ref));
}

static psa_status_t mac_cancel(union mp_op *op)
{
    return psa_mac_abort(&op->mac);
}

static const char *mac_driver(const union mp_op *op)
{
    return kpsa_mac_operation_driver(&op->mac);
}

/* ---- cipher ----------------------------------------------------------------- */

static psa_status_t cipher_enc_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_CTR, narrow, td_aes128);
    return psa_cipher_encrypt_setup(&op->cipher, *key, PSA_ALG_CTR);
}

static psa_status_t cipher_dec_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_CTR, narrow, td_aes128);
    return psa_cipher_decrypt_setup(&op->cipher, *key, PSA_ALG_CTR);
}

static psa_status_t cipher_feed(union mp_op *op, const uint8_t *input, struct mp_out *o)
{
    size_t n = 0;
    psa_status_t status = psa_cipher_set_iv(&op->cipher, td_ctr_iv, 16);
    return status != PSA_SUCCESS
               ? status
               : appended(o, psa_cipher_update(&op->cipher, input, 16, ROOM(o), &n), &n);
}

static psa_status_t cipher_enc_feed(union mp_op *op, struct mp_out *o)
{
    return cipher_feed(op, td_block, o);
}

static psa_status_t cipher_dec_feed(union mp_op *op, struct mp_out *o)
{
    return cipher_feed(op, td_ctr_out, o);
}

static psa_status_t cipher_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    size_t n = 0;
    (void)marker;
    return appended(o, psa_cipher_finish(&op->cipher, ROOM(o), &n), &n);
}

static psa_status_t cipher_cancel(union mp_op *op)
{
    return psa_cipher_abort(&op->cipher);
}

static const char *cipher_driver(const union mp_op *op)
{
    return kpsa_cipher_operation_driver(&op->cipher);
}

/* ---- AEAD ------------------------------------------------------------------ */

static psa_status_t aead_enc_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_GCM, narrow, td_zero);
    return psa_aead_encrypt_setup(&op->aead, *key, PSA_ALG_GCM);
}

static psa_status_t aead_dec_begin(union mp_op *op, psa_key_id_t *key, bool narrow)
{
    *key = aes_key(PSA_ALG_GCM, narrow, td_zero);
    return psa_aead_decrypt_setup(&op->aead, *key, PSA_ALG_GCM);
}

static psa_status_t aead_feed(union mp_op *op, const uint8_t *input, struct mp_out *o)
{
    size_t n = 0;
    psa_status_t status = psa_aead_set_nonce(&op->aead, td_zero, 12);
    return status != PSA_SUCCESS
               ? status
               : appended(o, psa_aead_update(&op->aead, input, 16, ROOM(o), &n), &n);
}

static psa_status_t aead_enc_feed(union mp_op *op, struct mp_out *o)
{
    return aead_feed(op, td_zero, o);
}

static psa_status_t aead_dec_feed(union mp_op *op, struct mp_out *o)
{
    return aead_feed(op, td_gcm_out, o);
}

static psa_status_t aead_enc_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    uint8_t tag[16];
    size_t n = 0, tag_length = 0;
    (void)marker;
    psa_status_t status =
        appended(o, psa_aead_finish(&op->aead, ROOM(o), &n, tag, sizeof(tag), &tag_length), &n);
    if (status == PSA_SUCCESS && tag_length <= sizeof(o->buf) - o->len) {
        memcpy(o->buf + o->len, tag, tag_length);
        o->len += tag_length;
    }
    return status;
}

static psa_status_t aead_dec_end(union mp_op *op, uint8_t marker, struct mp_out *o)
{
    uint8_t tag[16];
    size_t n = 0;
    memset(tag, marker, sizeof(tag));
    if (marker == 0) {
        memcpy(tag, td_gcm_out + 16, sizeof(tag));
    }
    return appended(o, psa_aead_verify(&op->aead, ROOM(o), &n, tag, sizeof(tag)), &n);
}

static psa_status_t aead_cancel(union mp_op *op)
{
    return psa_aead_abort(&op->aead);
}

static const char *aead_driver(const union mp_op *op)
{
    return kpsa_aead_operation_driver(&op->aead);
}

static const struct mp_family families[] = {
#define F_HASH 0
    {"hash_setup", NULL, "hash_update", "hash_finish", "hash_abort", hash_begin, hash_feed,
     hash_end, hash_cancel, hash_driver, 32, 48, td_sha256_abc, true},
#define F_MAC_SIGN 1
    {"mac_sign_setup", NULL, "mac_update", "mac_sign_finish", "mac_abort", mac_sign_begin, mac_feed,
     mac_sign_end, mac_cancel, mac_driver, 16, 16, td_cmac_out, false},
#define F_MAC_VERIFY 2
    {"mac_verify_setup", NULL, "mac_update", "mac_verify_finish", "mac_abort", mac_verify_begin,
     mac_feed, mac_verify_end, mac_cancel, mac_driver, 0, 0, NULL, false},
#define F_CIPHER_ENC 3
    {"cipher_encrypt_setup", "cipher_set_iv", "cipher_update", "cipher_finish", "cipher_abort",
     cipher_enc_begin, cipher_enc_feed, cipher_end, cipher_cancel, cipher_driver, 16, 16,
     td_ctr_out, false},
#define F_CIPHER_DEC 4
    {"cipher_decrypt_setup", "cipher_set_iv", "cipher_update", "cipher_finish", "cipher_abort",
     cipher_dec_begin, cipher_dec_feed, cipher_end, cipher_cancel, cipher_driver, 16, 16, td_block,
     false},
#define F_AEAD_ENC 5
    {"aead_encrypt_setup", "aead_set_nonce", "aead_update", "aead_finish", "aead_abort",
     aead_enc_begin, aead_enc_feed, aead_enc_end, aead_cancel, aead_driver, 32, 32, td_gcm_out,
     false},
#define F_AEAD_DEC 6
    {"aead_decrypt_setup", "aead_set_nonce", "aead_update", "aead_verify", "aead_abort",
     aead_dec_begin, aead_dec_feed, aead_dec_end, aead_cancel, aead_driver, 16, 16, td_zero, false},
};

/* ---- one operation ---------------------------------------------------------- */

struct mp_run {
    union mp_op op;
    psa_key_id_t key;
    struct mp_out out;
    char bound[16]; /* the driver bound after setup ("" if none) */
};

/* Set up, feed and finish; stop at the first failure (the operation is then
 * left as the API left it, for the caller to inspect and abort). */
static psa_status_t run(const struct mp_family *f, struct mp_run *r, uint8_t marker, bool narrow)
{
    memset(r, 0, sizeof(*r));
    psa_status_t status = f->begin(&r->op, &r->key, narrow);
    const char *bound = f->driver(&r->op);
    snprintf(r->bound, sizeof(r->bound), "%s", bound != NULL ? bound : "");
    if (status == PSA_SUCCESS) {
        status = f->feed(&r->op, &r->out);
    }
    if (status == PSA_SUCCESS) {
        status = f->end(&r->op, marker, &r->out);
    }
    return status;
}

/* The application's abort and the key's end. */
static void done(const struct mp_family *f, struct mp_run *r)
{
    KT_ASSERT_SUCCESS(f->cancel(&r->op));
    CU_ASSERT_PTR_NULL(f->driver(&r->op));
    if (r->key != 0) {
        KT_ASSERT_SUCCESS(psa_destroy_key(r->key));
    }
}

/* A driver's calls to one family: setup, step (if any), update, finish, abort. */
static void assert_calls(const struct td_driver *d, const struct mp_family *f, long setup,
                         long update, long finish, long abort_calls)
{
    const char *names[] = {f->setup, f->update, f->finish, f->abort};
    const long want[] = {setup, update, finish, abort_calls};
    for (size_t i = 0; i < 4; i++) {
        long got = td_hits(d, names[i]);
        if (got != want[i]) {
            fprintf(stderr, "\n%s %s: %ld calls, expected %ld\n", d->prefix, names[i], got,
                    want[i]);
        }
        CU_ASSERT_EQUAL(got, want[i]);
    }
}

static void assert_output(const struct mp_family *f, const struct mp_run *r, uint8_t marker)
{
    CU_ASSERT_EQUAL(r->out.len, f->marker_len);
    if (marker != 0) {
        CU_ASSERT_TRUE(td_is_marker(r->out.buf, r->out.len, marker));
    } else if (f->builtin != NULL) {
        KT_ASSERT_BYTES(r->out.buf, r->out.len, f->builtin, f->marker_len);
    }
}

/* ---- cases (a) to (d) ---------------------------------------------------------- */

static void mp_a(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    KT_ASSERT_SUCCESS(run(f, &r, td_a.marker, false));
    CU_ASSERT_STRING_EQUAL(r.bound, "testa");
    assert_output(f, &r, td_a.marker);
    assert_calls(&td_a, f, 1, 1, 1, 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testa");
    done(f, &r);
    td_assert_no_violation();
}

static void mp_b(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    td_force(&td_a, f->setup, NS);
    KT_ASSERT_SUCCESS(run(f, &r, td_b.marker, false));
    CU_ASSERT_STRING_EQUAL(r.bound, "testb");
    assert_output(f, &r, td_b.marker);
    assert_calls(&td_a, f, 1, 0, 0, 0);
    assert_calls(&td_b, f, 1, 1, 1, 0);
    TD_ASSERT_LAST("testb");
    done(f, &r);

    td_force(&td_b, f->setup, NS);
    KT_ASSERT_SUCCESS(run(f, &r, 0, false));
    CU_ASSERT_STRING_EQUAL(r.bound, "builtin");
    assert_output(f, &r, 0);
    assert_calls(&td_a, f, 2, 0, 0, 0);
    assert_calls(&td_b, f, 2, 1, 1, 0);
    TD_ASSERT_LAST("builtin");
    done(f, &r);
    td_assert_no_violation();
}

static void mp_c(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    td_force(&td_a, f->setup, HW);
    KT_ASSERT_STATUS(run(f, &r, td_a.marker, false), HW);
    CU_ASSERT_STRING_EQUAL(r.bound, "");
    assert_calls(&td_a, f, 1, 0, 0, 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testa");
    /* The failed operation accepts no update, and calls nobody for it. */
    CU_ASSERT_NOT_EQUAL(f->feed(&r.op, &r.out), PSA_SUCCESS);
    done(f, &r);
    assert_calls(&td_a, f, 1, 0, 0, 0);
    td_assert_no_violation();
}

static void mp_d(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    KT_ASSERT_SUCCESS(run(f, &r, td_c.marker, true));
    CU_ASSERT_STRING_EQUAL(r.bound, "testc");
    CU_ASSERT_EQUAL(r.out.len, f->narrow_len);
    CU_ASSERT_TRUE(td_is_marker(r.out.buf, r.out.len, td_c.marker));
    done(f, &r);
    td_force(&td_c, f->setup, NS);
    KT_ASSERT_STATUS(run(f, &r, td_c.marker, true), NS);
    CU_ASSERT_STRING_EQUAL(r.bound, "");
    assert_calls(&td_c, f, 2, 1, 1, 0);
    CU_ASSERT_EQUAL(td_hits(&td_a, NULL), 0);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    TD_ASSERT_LAST("testc");
    done(f, &r);
    td_assert_no_violation();
}

/* ---- lifecycle ---------------------------------------------------------------- */

/* A failure after setup (in the step before update, or in update): one abort. */
static void lc_fails_after_setup(const struct mp_family *f, const char *function)
{
    struct mp_run r;

    td_reset();
    td_force(&td_a, function, HW);
    KT_ASSERT_STATUS(run(f, &r, td_a.marker, false), HW);
    CU_ASSERT_STRING_EQUAL(r.bound, "testa");
    CU_ASSERT_EQUAL(td_hits(&td_a, function), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, f->abort), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, f->finish), 0);
    /* The operation is over for the driver: no call for the application's
     * next update or abort. */
    CU_ASSERT_PTR_NULL(f->driver(&r.op));
    CU_ASSERT_NOT_EQUAL(f->feed(&r.op, &r.out), PSA_SUCCESS);
    done(f, &r);
    CU_ASSERT_EQUAL(td_hits(&td_a, function), 1);
    CU_ASSERT_EQUAL(td_hits(&td_a, f->abort), 1);
    CU_ASSERT_EQUAL(td_hits(&td_b, NULL), 0);
    td_assert_no_violation();
}

static void lc_step_fails(const struct mp_family *f)
{
    lc_fails_after_setup(f, f->step);
}

static void lc_update_fails(const struct mp_family *f)
{
    lc_fails_after_setup(f, f->update);
}

static void lc_finish_fails(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    td_force(&td_a, f->finish, HW);
    KT_ASSERT_STATUS(run(f, &r, td_a.marker, false), HW);
    assert_calls(&td_a, f, 1, 1, 1, f->finish_aborts ? 1 : 0);
    CU_ASSERT_PTR_NULL(f->driver(&r.op));
    done(f, &r);
    assert_calls(&td_a, f, 1, 1, 1, f->finish_aborts ? 1 : 0);
    td_assert_no_violation();
}

static void lc_stays_bound(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    memset(&r, 0, sizeof(r));
    td_force(&td_a, f->setup, NS);
    KT_ASSERT_SUCCESS(f->begin(&r.op, &r.key, false));
    CU_ASSERT_STRING_EQUAL(f->driver(&r.op), "testb");
    /* testa would now accept the operation: it must not see it. */
    td_force(&td_a, f->setup, PSA_SUCCESS);
    KT_ASSERT_SUCCESS(f->feed(&r.op, &r.out));
    CU_ASSERT_STRING_EQUAL(f->driver(&r.op), "testb");
    KT_ASSERT_SUCCESS(f->end(&r.op, td_b.marker, &r.out));
    assert_output(f, &r, td_b.marker);
    assert_calls(&td_a, f, 1, 0, 0, 0);
    assert_calls(&td_b, f, 1, 1, 1, 0);
    done(f, &r);
    td_assert_no_violation();
}

static void lc_application_abort(const struct mp_family *f)
{
    struct mp_run r;

    td_reset();
    memset(&r, 0, sizeof(r));
    KT_ASSERT_SUCCESS(f->begin(&r.op, &r.key, false));
    KT_ASSERT_SUCCESS(f->feed(&r.op, &r.out));
    done(f, &r);
    assert_calls(&td_a, f, 1, 1, 0, 1);
    td_assert_no_violation();
}

#define MP_TESTS(name, index)                                                                      \
    static void name##_a(void)                                                                     \
    {                                                                                              \
        mp_a(&families[index]);                                                                    \
    }                                                                                              \
    static void name##_b(void)                                                                     \
    {                                                                                              \
        mp_b(&families[index]);                                                                    \
    }                                                                                              \
    static void name##_c(void)                                                                     \
    {                                                                                              \
        mp_c(&families[index]);                                                                    \
    }                                                                                              \
    static void name##_d(void)                                                                     \
    {                                                                                              \
        mp_d(&families[index]);                                                                    \
    }                                                                                              \
    static void name##_update(void)                                                                \
    {                                                                                              \
        lc_update_fails(&families[index]);                                                         \
    }                                                                                              \
    static void name##_finish(void)                                                                \
    {                                                                                              \
        lc_finish_fails(&families[index]);                                                         \
    }                                                                                              \
    static void name##_bound(void)                                                                 \
    {                                                                                              \
        lc_stays_bound(&families[index]);                                                          \
    }                                                                                              \
    static void name##_abort(void)                                                                 \
    {                                                                                              \
        lc_application_abort(&families[index]);                                                    \
    }                                                                                              \
    static const kt_test name##_tests[] = {                                                        \
        {"(a) the first driver serves", name##_a},                                                 \
        {"(b) NOT_SUPPORTED with fallback", name##_b},                                             \
        {"(c) another error is final", name##_c},                                                  \
        {"(d) NOT_SUPPORTED without fallback", name##_d},                                          \
        {"update fails: one abort", name##_update},                                                \
        {"finish fails: no abort (hash: one)", name##_finish},                                     \
        {"the operation stays with its driver", name##_bound},                                     \
        {"the application's abort", name##_abort},                                                 \
    };
MP_TESTS(hash, F_HASH)
MP_TESTS(mac_sign, F_MAC_SIGN)
MP_TESTS(mac_verify, F_MAC_VERIFY)
MP_TESTS(cipher_enc, F_CIPHER_ENC)
MP_TESTS(cipher_dec, F_CIPHER_DEC)
MP_TESTS(aead_enc, F_AEAD_ENC)
MP_TESTS(aead_dec, F_AEAD_DEC)

/* psa_hash_clone of an operation whose context lives on the heap (testb). */
static void hash_clone_heap(void)
{
    psa_hash_operation_t op = PSA_HASH_OPERATION_INIT, copy = PSA_HASH_OPERATION_INIT;
    uint8_t out[32];
    size_t len = 0;

    td_reset();
    td_force(&td_a, "hash_setup", NS);
    KT_ASSERT_SUCCESS(psa_hash_setup(&op, PSA_ALG_SHA_256));
    KT_ASSERT_SUCCESS(psa_hash_update(&op, abc, 3));
    KT_ASSERT_SUCCESS(psa_hash_clone(&op, &copy));
    CU_ASSERT_STRING_EQUAL(kpsa_hash_operation_driver(&copy), "testb");
    KT_ASSERT_SUCCESS(psa_hash_finish(&op, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out, 32, 0xBB));
    KT_ASSERT_SUCCESS(psa_hash_update(&copy, abc, 3));
    KT_ASSERT_SUCCESS(psa_hash_finish(&copy, out, sizeof(out), &len));
    CU_ASSERT_TRUE(len == 32 && td_is_marker(out, 32, 0xBB));
    CU_ASSERT_EQUAL(td_hits(&td_b, "hash_finish"), 2);
    CU_ASSERT_EQUAL(td_hits(&td_b, "hash_update"), 2);
    td_assert_no_violation();
}

static void cipher_enc_step(void)
{
    lc_step_fails(&families[F_CIPHER_ENC]);
}

static void cipher_dec_step(void)
{
    lc_step_fails(&families[F_CIPHER_DEC]);
}

static void aead_enc_step(void)
{
    lc_step_fails(&families[F_AEAD_ENC]);
}

static void aead_dec_step(void)
{
    lc_step_fails(&families[F_AEAD_DEC]);
}

static const kt_test more_tests[] = {
    {"hash: clone of a heap context", hash_clone_heap},
    {"cipher encrypt: set_iv fails: one abort", cipher_enc_step},
    {"cipher decrypt: set_iv fails: one abort", cipher_dec_step},
    {"AEAD encrypt: set_nonce fails: one abort", aead_enc_step},
    {"AEAD decrypt: set_nonce fails: one abort", aead_dec_step},
};

void td_register_multipart_suites(void)
{
    KT_ADD_SUITE("multipart hash", hash_tests);
    KT_ADD_SUITE("multipart MAC sign", mac_sign_tests);
    KT_ADD_SUITE("multipart MAC verify", mac_verify_tests);
    KT_ADD_SUITE("multipart cipher encrypt", cipher_enc_tests);
    KT_ADD_SUITE("multipart cipher decrypt", cipher_dec_tests);
    KT_ADD_SUITE("multipart AEAD encrypt", aead_enc_tests);
    KT_ADD_SUITE("multipart AEAD decrypt", aead_dec_tests);
    KT_ADD_SUITE("multipart: clone, set_iv and set_nonce", more_tests);
}
