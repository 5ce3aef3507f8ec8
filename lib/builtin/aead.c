/*
 * aead.c - the built-in driver's AEAD entry points: GCM, CCM, ChaCha20-Poly1305.
 *
 * GCM and ChaCha20-Poly1305 run on libcrypto's streaming EVP interface; CCM
 * is composed in ccm.c because libcrypto's CCM cannot take its inputs in
 * chunks.  Single-part calls run the multipart steps below in one go, so both
 * forms share every check and every byte of the computation.
 *
 * Per-key prepared state: a GCM or ChaCha20-Poly1305 context keyed once (AES
 * key schedule and GHASH tables, or the ChaCha key) and a CCM key pair live in
 * the key's pools; a call borrows one, sets only the nonce and gives it back.
 * GCM and ChaCha20-Poly1305 contexts serve both directions (the init call sets
 * it); the CCM pair only ever encrypts.
 *
 * Choices where the specification leaves room:
 *  - GCM nonces of 1..128 bytes (libcrypto's limit); longer ones are valid but
 *    PSA_ERROR_NOT_SUPPORTED, an empty one PSA_ERROR_INVALID_ARGUMENT.
 *  - ChaCha20-Poly1305 takes the 12-byte RFC 8439 nonce only: the optional
 *    8-byte variant and truncated tags (valid, "recommended to reject") are
 *    PSA_ERROR_NOT_SUPPORTED.
 *  - A tag length the algorithm does not define (GCM 5, CCM 7, 0, > 16) is
 *    PSA_ERROR_INVALID_ARGUMENT, as is a ciphertext shorter than its tag.
 *  - Lengths past an algorithm's limit (GCM 2^36 - 32 payload bytes,
 *    ChaCha20-Poly1305 2^38 - 64, CCM 2^(8L) - 1) are PSA_ERROR_INVALID_ARGUMENT.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include <kpsa/driver.h>

#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* The tag length and wildcard flag of an AEAD algorithm (encoding appendix). */
#define AEAD_TAG_LENGTH(alg) (((alg) >> 16) & 0x3fu)
#define AEAD_WILDCARD_FLAG ((psa_algorithm_t)0x00008000)

/* Pool kinds of the per-key state. */
#define KIND_AEAD_CTX 0x20u        /* EVP_CIPHER_CTX, either direction */
#define KIND_CCM_KEYS 0x21u        /* struct builtin_ccm_keys */

#define TAG_MAX 16
#define GCM_NONCE_MAX 128
/* Largest input handed to one EVP call (a multiple of every block size). */
#define EVP_CHUNK (INT_MAX & ~0xfff)

/* Bit t set: a t-byte tag is meant. */
#define T(t) (UINT32_C(1) << (t))
#define GCM_TAGS (T(4) | T(8) | T(12) | T(13) | T(14) | T(15) | T(16))
#define CCM_TAGS (T(4) | T(6) | T(8) | T(10) | T(12) | T(14) | T(16))
#define ANY_TAG (T(17) - T(1))

struct aead_info {
    psa_algorithm_t alg;        /* with its default tag length */
    uint32_t kind;
    uint32_t tags_valid;        /* tag lengths the algorithm defines */
    uint32_t tags_supported;    /* of those, the ones served here */
    uint64_t max_ad;
    uint64_t max_body;
    uint8_t is_ccm;
};

/* One AEAD operation, also used on the stack for single-part calls.  ccm
 * comes last: op_setup() sets every other field, builtin_ccm_start() that one
 * (a multipart context starts all-bits-zero anyway). */
struct aead_op {
    struct builtin_lease lease;  /* EVP_CIPHER_CTX, or builtin_ccm_keys for CCM */
    const struct aead_info *info;
    uint64_t ad_length;          /* declared by set_lengths */
    uint64_t body_length;
    uint64_t ad_done;
    uint64_t body_done;
    uint8_t tag_length;
    uint8_t encrypt;
    uint8_t flags;
    struct builtin_ccm ccm;      /* CCM only, from the nonce on */
};
_Static_assert(sizeof(struct aead_op) <= BUILTIN_AEAD_OPERATION_SIZE,
               "struct aead_op exceeds the declared AEAD context size");

#define F_NONCE 0x01u
#define F_LENGTHS 0x02u
#define F_BODY 0x04u
#define F_TAINTED 0x08u          /* a libcrypto call failed: do not pool the context */
#define F_IV_LENGTH 0x10u        /* the context's IV length is not DEFAULT_NONCE */

/* IV length of a GCM or ChaCha20-Poly1305 context as libcrypto creates it. */
#define DEFAULT_NONCE 12

static const struct aead_info aead_infos[] = {
    { PSA_ALG_GCM, KIND_AEAD_CTX, GCM_TAGS, GCM_TAGS, (UINT64_C(1) << 61) - 1,
      (UINT64_C(1) << 36) - 32, 0 },
    { PSA_ALG_CCM, KIND_CCM_KEYS, CCM_TAGS, CCM_TAGS, UINT64_MAX, UINT64_MAX, 1 },
    { PSA_ALG_CHACHA20_POLY1305, KIND_AEAD_CTX, ANY_TAG, T(16), UINT64_MAX,
      (UINT64_C(1) << 38) - 64, 0 },
};

static const struct aead_info *find_info(psa_algorithm_t alg)
{
    for (size_t i = 0; i < sizeof(aead_infos) / sizeof(aead_infos[0]); i++) {
        if (aead_infos[i].alg == alg) {
            return &aead_infos[i];
        }
    }
    return NULL;
}

static void ctx_free(void *ctx)
{
    EVP_CIPHER_CTX_free(ctx);
}

/* A libcrypto call failed: its status; the context must not go back to a pool. */
static psa_status_t ossl_failure(struct aead_op *op)
{
    op->flags |= F_TAINTED;
    return builtin_status_from_openssl();
}

/* ccm.c reports its own checks with these statuses, libcrypto failures with others. */
static psa_status_t ccm_result(struct aead_op *op, psa_status_t status)
{
    if (status != PSA_SUCCESS && status != PSA_ERROR_INVALID_ARGUMENT &&
        status != PSA_ERROR_BAD_STATE) {
        op->flags |= F_TAINTED;
    }
    return status;
}

/* In-place (in == out) is fine for libcrypto; any other overlap is not. */
static int partially_overlapping(const uint8_t *in, size_t length, const uint8_t *out)
{
    uintptr_t i = (uintptr_t)in;
    uintptr_t o = (uintptr_t)out;

    return length > 0 && i != o && i < o + length && o < i + length;
}

static int set_iv_length(EVP_CIPHER_CTX *ctx, size_t iv_length)
{
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &iv_length),
        OSSL_PARAM_construct_end(),
    };

    return EVP_CIPHER_CTX_set_params(ctx, params) == 1;
}

/* Give the keyed context back; the operation's own bytes stay as they are. */
static void op_return(struct aead_op *op)
{
    /* A pooled context goes back with the default IV length, so that the hot
     * path never has to ask libcrypto for it. */
    if ((op->flags & (F_IV_LENGTH | F_TAINTED)) == F_IV_LENGTH && op->lease.ctx != NULL &&
        !set_iv_length(op->lease.ctx, DEFAULT_NONCE)) {
        ERR_clear_error();
        op->flags |= F_TAINTED;
    }
    if (op->lease.ctx != NULL || op->lease.state != NULL) {
        builtin_lease_return(&op->lease, op->lease.ctx != NULL && !(op->flags & F_TAINTED));
    }
}

/* End a single-part call: only a CCM message state holds secrets (the
 * CBC-MAC and the tag mask); a GCM or ChaCha20-Poly1305 one holds none. */
static void call_release(struct aead_op *op)
{
    op_return(op);
    if ((op->flags & F_NONCE) != 0 && op->info->is_ccm) {
        kpsa_wipe(&op->ccm, sizeof(op->ccm));
    }
}

/* End a multipart operation: release everything, leave it all-bits-zero. */
static void op_release(struct aead_op *op)
{
    op_return(op);
    kpsa_wipe(op, sizeof(*op));
}

/* The algorithm's facts, once alg and the key type are known to fit together. */
static psa_status_t check_alg(psa_key_type_t type, psa_algorithm_t alg,
                              const struct aead_info **info)
{
    size_t tag_length = AEAD_TAG_LENGTH(alg);
    uint32_t tag_bit = tag_length <= TAG_MAX ? T(tag_length) : 0;
    const struct aead_info *found;

    if (!PSA_ALG_IS_AEAD(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if ((alg & AEAD_WILDCARD_FLAG) != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    found = find_info(PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg));
    if (found == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (found->alg == PSA_ALG_CHACHA20_POLY1305 ? type != PSA_KEY_TYPE_CHACHA20
                                                : PSA_BLOCK_CIPHER_BLOCK_LENGTH(type) != 16) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((found->tags_valid & tag_bit) == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((found->tags_supported & tag_bit) == 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    *info = found;
    return PSA_SUCCESS;
}

static psa_status_t check_nonce(const struct aead_info *info, size_t nonce_length)
{
    switch (info->alg) {
    case PSA_ALG_GCM:
        if (nonce_length == 0) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        return nonce_length <= GCM_NONCE_MAX ? PSA_SUCCESS : PSA_ERROR_NOT_SUPPORTED;
    case PSA_ALG_CCM:
        return nonce_length >= 7 && nonce_length <= 13 ? PSA_SUCCESS
                                                       : PSA_ERROR_INVALID_ARGUMENT;
    case PSA_ALG_CHACHA20_POLY1305:
        if (nonce_length == 12) {
            return PSA_SUCCESS;
        }
        return nonce_length == 8 ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT;
    default:
        return PSA_ERROR_NOT_SUPPORTED;
    }
}

/* Key a new context (or CCM pair) for the operation's lease. */
static psa_status_t prepare(struct aead_op *op, psa_key_type_t type, size_t bits,
                            const uint8_t *key, size_t key_size)
{
    EVP_CIPHER_CTX *ctx;

    if (op->info->is_ccm) {
        struct builtin_ccm_keys *keys = NULL;
        psa_status_t status = builtin_ccm_keys_new(
            builtin_cipher(type, bits, PSA_ALG_CBC_NO_PADDING),
            builtin_cipher(type, bits, PSA_ALG_CTR), key, key_size, &keys);

        op->lease.ctx = keys;
        return ccm_result(op, status);
    }
    ctx = EVP_CIPHER_CTX_new();
    if (ctx == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    op->lease.ctx = ctx;
    if (EVP_CipherInit_ex2(ctx, builtin_cipher(type, bits, op->info->alg), key, NULL,
                           op->encrypt, NULL) != 1) {
        return ossl_failure(op);
    }
    return PSA_SUCCESS;
}

/* Common to both setups and both single-part calls; releases on failure. */
static psa_status_t op_setup(struct aead_op *op, const psa_key_attributes_t *attributes,
                             const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                             int encrypt, int multipart)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);
    const struct aead_info *info = NULL;

    /* Every field but ccm (see struct aead_op). */
    op->lease = (struct builtin_lease)BUILTIN_LEASE_INIT;
    op->info = NULL;
    op->ad_length = 0;
    op->body_length = 0;
    op->ad_done = 0;
    op->body_done = 0;
    op->tag_length = 0;
    op->encrypt = (uint8_t)encrypt;
    op->flags = 0;
    KPSA_TRY(check_alg(type, alg, &info));
    KPSA_CHECK(key != NULL && key_size <= SIZE_MAX / 8 && bits == 8 * key_size,
               PSA_ERROR_INVALID_ARGUMENT);
    if (info->is_ccm) {
        KPSA_CHECK(builtin_cipher(type, bits, PSA_ALG_CBC_NO_PADDING) != NULL &&
                   builtin_cipher(type, bits, PSA_ALG_CTR) != NULL,
                   PSA_ERROR_NOT_SUPPORTED);
    } else {
        KPSA_CHECK(builtin_cipher(type, bits, info->alg) != NULL, PSA_ERROR_NOT_SUPPORTED);
    }
    op->info = info;
    op->tag_length = (uint8_t)AEAD_TAG_LENGTH(alg);
    builtin_lease_take(kpsa_driver_key_state(attributes), info->alg, info->kind,
                       info->is_ccm ? builtin_ccm_keys_free : ctx_free, multipart,
                       &op->lease);
    if (op->lease.ctx == NULL) {
        KPSA_TRY(prepare(op, type, bits, key, key_size));
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        op_release(op);
    }
    return status;
}

/* ---- the steps of a message ---------------------------------------------- */

static psa_status_t step_lengths(struct aead_op *op, size_t ad_length, size_t body_length)
{
    if ((op->flags & (F_NONCE | F_LENGTHS)) != 0) {
        return PSA_ERROR_BAD_STATE;
    }
    if ((uint64_t)ad_length > op->info->max_ad || (uint64_t)body_length > op->info->max_body) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    op->ad_length = ad_length;
    op->body_length = body_length;
    op->flags |= F_LENGTHS;
    return PSA_SUCCESS;
}

static psa_status_t step_nonce(struct aead_op *op, const uint8_t *nonce, size_t nonce_length)
{
    EVP_CIPHER_CTX *ctx = op->lease.ctx;
    psa_status_t status;

    /* CCM writes both lengths into its first block: they come first. */
    if ((op->flags & F_NONCE) != 0 || (op->info->is_ccm && (op->flags & F_LENGTHS) == 0)) {
        return PSA_ERROR_BAD_STATE;
    }
    status = check_nonce(op->info, nonce_length);
    if (status != PSA_SUCCESS) {
        return status;
    }
    op->flags |= F_NONCE;
    if (op->info->is_ccm) {
        return ccm_result(op, builtin_ccm_start(&op->ccm, op->lease.ctx, nonce, nonce_length,
                                                op->ad_length, op->body_length,
                                                op->tag_length));
    }
    /* libcrypto reads as many IV bytes as the context's IV length says, which
     * is DEFAULT_NONCE on every context a pool holds (see op_release). */
    if (nonce_length != DEFAULT_NONCE) {
        op->flags |= F_IV_LENGTH;
        if (!set_iv_length(ctx, nonce_length)) {
            return ossl_failure(op);
        }
    }
    if (EVP_CipherInit_ex2(ctx, NULL, NULL, nonce, op->encrypt, NULL) != 1) {
        return ossl_failure(op);
    }
    return PSA_SUCCESS;
}

/* Additional data when out is NULL, payload otherwise. */
static psa_status_t evp_run(struct aead_op *op, const uint8_t *in, size_t length, uint8_t *out)
{
    while (length > 0) {
        int chunk = length > EVP_CHUNK ? EVP_CHUNK : (int)length;
        int out_length = 0;

        if (EVP_CipherUpdate(op->lease.ctx, out, &out_length, in, chunk) != 1) {
            return ossl_failure(op);
        }
        in += chunk;
        length -= (size_t)chunk;
        if (out != NULL) {
            if (out_length != chunk) {
                op->flags |= F_TAINTED;
                return PSA_ERROR_CORRUPTION_DETECTED;
            }
            out += chunk;
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t step_ad(struct aead_op *op, const uint8_t *ad, size_t length)
{
    uint64_t limit = (op->flags & F_LENGTHS) ? op->ad_length : op->info->max_ad;

    if ((op->flags & F_NONCE) == 0 || (op->flags & F_BODY) != 0) {
        return PSA_ERROR_BAD_STATE;
    }
    if ((uint64_t)length > limit - op->ad_done) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    op->ad_done += length;
    if (length == 0) {
        return PSA_SUCCESS;
    }
    if (op->info->is_ccm) {
        return ccm_result(op, builtin_ccm_update_ad(&op->ccm, ad, length));
    }
    return evp_run(op, ad, length, NULL);
}

static psa_status_t step_body(struct aead_op *op, const uint8_t *in, size_t length,
                              uint8_t *out)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint64_t limit = (op->flags & F_LENGTHS) ? op->body_length : op->info->max_body;
    uint8_t *copy = NULL;

    KPSA_CHECK((op->flags & F_NONCE) != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(!(op->flags & F_LENGTHS) || op->ad_done == op->ad_length,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK((uint64_t)length <= limit - op->body_done, PSA_ERROR_INVALID_ARGUMENT);
    op->flags |= F_BODY;
    op->body_done += length;
    if (length == 0) {
        status = PSA_SUCCESS;
        goto exit;
    }
    if (partially_overlapping(in, length, out)) {
        copy = malloc(length);
        KPSA_CHECK(copy != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        memcpy(copy, in, length);
        in = copy;
    }
    if (op->info->is_ccm) {
        status = ccm_result(op, builtin_ccm_update(&op->ccm, op->encrypt, in, length, out));
    } else {
        status = evp_run(op, in, length, out);
    }
exit:
    if (copy != NULL) {
        kpsa_wipe(copy, length);
        free(copy);
    }
    return status;
}

/* Every declared byte must have come before the tag. */
static psa_status_t check_complete(const struct aead_op *op)
{
    if ((op->flags & F_NONCE) == 0) {
        return PSA_ERROR_BAD_STATE;
    }
    if ((op->flags & F_LENGTHS) != 0 &&
        (op->ad_done != op->ad_length || op->body_done != op->body_length)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/* The tag, op->tag_length bytes, straight into its place in the output. */
static psa_status_t tag_compute(struct aead_op *op, uint8_t *tag)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t full[TAG_MAX];
    uint8_t none[TAG_MAX];
    int none_length = 0;
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, op->tag_length),
        OSSL_PARAM_construct_end(),
    };

    if (op->info->is_ccm) {
        status = ccm_result(op, builtin_ccm_finish(&op->ccm, full));
        if (status == PSA_SUCCESS) {
            memcpy(tag, full, op->tag_length);
        }
        kpsa_wipe(full, sizeof(full));
        goto exit;
    }
    /* GCM and ChaCha20-Poly1305 output nothing at the end. */
    if (EVP_CipherFinal_ex(op->lease.ctx, none, &none_length) != 1 ||
        EVP_CIPHER_CTX_get_params(op->lease.ctx, params) != 1) {
        status = ossl_failure(op);
        goto exit;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Constant-time: libcrypto compares GCM and ChaCha20-Poly1305 tags with
 * CRYPTO_memcmp, CCM tags go through kpsa_ct_equal. */
static psa_status_t tag_check(struct aead_op *op, const uint8_t *tag, size_t tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t computed[TAG_MAX];
    uint8_t none[TAG_MAX];
    int none_length = 0;
    /* Setting the parameter only reads the tag; the API just lacks the const. */
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, (uint8_t *)tag,
                                          op->tag_length),
        OSSL_PARAM_construct_end(),
    };

    KPSA_CHECK(tag_length == op->tag_length, PSA_ERROR_INVALID_SIGNATURE);
    if (op->info->is_ccm) {
        status = ccm_result(op, builtin_ccm_finish(&op->ccm, computed));
        if (status == PSA_SUCCESS && !kpsa_ct_equal(computed, tag, tag_length)) {
            status = PSA_ERROR_INVALID_SIGNATURE;
        }
        kpsa_wipe(computed, sizeof(computed));
        goto exit;
    }
    if (EVP_CIPHER_CTX_set_params(op->lease.ctx, params) != 1) {
        status = ossl_failure(op);
        goto exit;
    }
    /* The final call fails exactly when the tags differ; it leaves no error. */
    if (EVP_CipherFinal_ex(op->lease.ctx, none, &none_length) != 1) {
        ERR_clear_error();
        status = PSA_ERROR_INVALID_SIGNATURE;
        goto exit;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- single-part entry points -------------------------------------------- */

psa_status_t builtin_aead_encrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                  size_t nonce_length, const uint8_t *ad, size_t ad_length,
                                  const uint8_t *plaintext, size_t plaintext_length,
                                  uint8_t *ciphertext, size_t ciphertext_size,
                                  size_t *ciphertext_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct aead_op op;

    *ciphertext_length = 0;
    KPSA_TRY(op_setup(&op, attributes, key, key_size, alg, 1, 0));
    KPSA_CHECK(plaintext_length <= SIZE_MAX - op.tag_length &&
               ciphertext_size >= plaintext_length + op.tag_length,
               PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(step_lengths(&op, ad_length, plaintext_length));
    KPSA_TRY(step_nonce(&op, nonce, nonce_length));
    KPSA_TRY(step_ad(&op, ad, ad_length));
    KPSA_TRY(step_body(&op, plaintext, plaintext_length, ciphertext));
    KPSA_TRY(tag_compute(&op, ciphertext + plaintext_length));
    *ciphertext_length = plaintext_length + op.tag_length;
    status = PSA_SUCCESS;
exit:
    call_release(&op);
    return status;
}

psa_status_t builtin_aead_decrypt(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *nonce,
                                  size_t nonce_length, const uint8_t *ad, size_t ad_length,
                                  const uint8_t *ciphertext, size_t ciphertext_length,
                                  uint8_t *plaintext, size_t plaintext_size,
                                  size_t *plaintext_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct aead_op op;
    uint8_t tag[TAG_MAX];
    size_t body_length = 0;
    size_t written = 0;

    *plaintext_length = 0;
    KPSA_TRY(op_setup(&op, attributes, key, key_size, alg, 0, 0));
    KPSA_CHECK(ciphertext_length >= op.tag_length, PSA_ERROR_INVALID_ARGUMENT);
    body_length = ciphertext_length - op.tag_length;
    KPSA_CHECK(plaintext_size >= body_length, PSA_ERROR_BUFFER_TOO_SMALL);
    /* Copied before the plaintext may overwrite it; a tag is no secret. */
    memcpy(tag, ciphertext + body_length, op.tag_length);
    KPSA_TRY(step_lengths(&op, ad_length, body_length));
    KPSA_TRY(step_nonce(&op, nonce, nonce_length));
    KPSA_TRY(step_ad(&op, ad, ad_length));
    written = body_length;
    KPSA_TRY(step_body(&op, ciphertext, body_length, plaintext));
    KPSA_TRY(tag_check(&op, tag, op.tag_length));
    *plaintext_length = body_length;
    status = PSA_SUCCESS;
exit:
    /* Unauthentic plaintext never leaves. */
    if (status != PSA_SUCCESS) {
        kpsa_wipe(plaintext, written);
    }
    call_release(&op);
    return status;
}

/* ---- multipart entry points ---------------------------------------------- */

psa_status_t builtin_aead_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg)
{
    return op_setup(op, attributes, key, key_size, alg, 1, 1);
}

psa_status_t builtin_aead_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                        const uint8_t *key, size_t key_size,
                                        psa_algorithm_t alg)
{
    return op_setup(op, attributes, key, key_size, alg, 0, 1);
}

psa_status_t builtin_aead_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length)
{
    struct aead_op *aop = op;

    return aop->info == NULL ? PSA_ERROR_BAD_STATE : step_nonce(aop, nonce, nonce_length);
}

psa_status_t builtin_aead_set_lengths(void *op, size_t ad_length, size_t plaintext_length)
{
    struct aead_op *aop = op;

    return aop->info == NULL ? PSA_ERROR_BAD_STATE
                             : step_lengths(aop, ad_length, plaintext_length);
}

psa_status_t builtin_aead_update_ad(void *op, const uint8_t *input, size_t input_length)
{
    struct aead_op *aop = op;

    return aop->info == NULL ? PSA_ERROR_BAD_STATE : step_ad(aop, input, input_length);
}

psa_status_t builtin_aead_update(void *op, const uint8_t *input, size_t input_length,
                                 uint8_t *output, size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct aead_op *aop = op;

    *output_length = 0;
    KPSA_CHECK(aop->info != NULL, PSA_ERROR_BAD_STATE);
    /* Every mode here outputs exactly its input. */
    KPSA_CHECK(output_size >= input_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(step_body(aop, input, input_length, output));
    *output_length = input_length;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_aead_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                 size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                 size_t *tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct aead_op *aop = op;

    (void)ciphertext;
    (void)ciphertext_size;
    *ciphertext_length = 0;
    *tag_length = 0;
    KPSA_CHECK(aop->info != NULL && aop->encrypt, PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_complete(aop));
    KPSA_CHECK(tag_size >= aop->tag_length, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(tag_compute(aop, tag));
    *tag_length = aop->tag_length;
    status = PSA_SUCCESS;
exit:
    op_release(aop);
    return status;
}

psa_status_t builtin_aead_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                 size_t *plaintext_length, const uint8_t *tag,
                                 size_t tag_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct aead_op *aop = op;

    (void)plaintext;
    (void)plaintext_size;
    *plaintext_length = 0;
    KPSA_CHECK(aop->info != NULL && !aop->encrypt, PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_complete(aop));
    KPSA_TRY(tag_check(aop, tag, tag_length));
    status = PSA_SUCCESS;
exit:
    op_release(aop);
    return status;
}

psa_status_t builtin_aead_abort(void *op)
{
    op_release(op);
    return PSA_SUCCESS;
}
