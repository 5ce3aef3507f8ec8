/*
 * cipher.c - the built-in driver's unauthenticated cipher entry points.
 *
 * Modes: ECB and CBC without padding, CBC with PKCS#7 padding, CTR, CFB, OFB,
 * XTS, CCM* without tag and the ChaCha20 stream cipher, over AES, ARIA,
 * Camellia, SM4 and DES (see cipher_table.c for what runs where).
 *
 * libcrypto only ever sees whole blocks for ECB and CBC (padding off): this
 * file keeps partial blocks itself and does PKCS#7, so that a multipart
 * update outputs at most PSA_CIPHER_UPDATE_OUTPUT_SIZE() bytes, holds the last
 * block of a padded decryption until finish, and checks padding in constant
 * time.  The stream modes hand everything straight through.
 *
 * Per-key prepared state: a context keyed for (mode, direction) comes from the
 * key's pool; a call re-arms it with the IV alone.  ECB, CBC and XTS need one
 * context per direction (the key schedules differ); the stream modes share one.
 *
 * Modes composed here from libcrypto's ciphers:
 *  - CCM* without tag (IEEE 802.15.4 annex B) is CTR from counter block
 *    A_1 = (L-1) || nonce || 0...01; IVs of 7..13 bytes, at most 2^(8L) - 1
 *    bytes of message.
 *  - ChaCha20 takes the three IV forms of the PSA specification: a 12-byte
 *    nonce (counter 0), a 16-byte little-endian counter || nonce (exactly
 *    libcrypto's IV), and the original 8-byte nonce with a 64-bit counter.
 *    The RFC 8439 forms stop where the 32-bit counter would wrap.
 *  - Multipart XTS: libcrypto treats every call as a whole data unit, so the
 *    last one or two blocks are held back for ciphertext stealing and the rest
 *    goes through in pieces continued at the right tweak (cipher_xts.c).  A
 *    data unit is at most 2^20 blocks (IEEE 1619-2018); both halves of the key
 *    must differ.
 *
 * Statuses chosen where the specification leaves room: a key type that cannot
 * run the mode (DES with CCM*, AES with PSA_ALG_STREAM_CIPHER) or an XTS key
 * whose halves are equal is PSA_ERROR_INVALID_ARGUMENT; a combination the
 * providers lack (DES-CTR, ARIA-XTS) is PSA_ERROR_NOT_SUPPORTED.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <kpsa/driver.h>

#include "builtin/cipher_xts.h"
#include "builtin/keystate.h"
#include "core/guard.h"
#include "core/secmem.h"

/* Pool kinds of the per-key state: a direction, or either. */
#define KIND_DECRYPT 0x10u
#define KIND_ENCRYPT 0x11u
#define KIND_EITHER 0x12u

#define BLOCK_MAX 16
/* Largest input handed to one EVP call (a multiple of every block size). */
#define EVP_CHUNK (INT_MAX & ~0xfff)
/* Bytes in one XTS data unit: 2^20 blocks. */
#define XTS_MAX_BYTES (UINT64_C(16) << 20)

enum flavor {
    FL_BLOCK,         /* ECB, CBC: whole blocks only */
    FL_PKCS7,         /* CBC with padding */
    FL_STREAM,        /* CTR, CFB, OFB: any length */
    FL_CCM_STAR,      /* CTR in CCM* counter format */
    FL_CHACHA20,
    FL_XTS,
};

struct mode_info {
    psa_algorithm_t alg;
    psa_algorithm_t base;     /* the libcrypto mode it runs on, names its pool */
    uint8_t flavor;
};

static const struct mode_info mode_infos[] = {
    { PSA_ALG_ECB_NO_PADDING, PSA_ALG_ECB_NO_PADDING, FL_BLOCK },
    { PSA_ALG_CBC_NO_PADDING, PSA_ALG_CBC_NO_PADDING, FL_BLOCK },
    { PSA_ALG_CBC_PKCS7, PSA_ALG_CBC_NO_PADDING, FL_PKCS7 },
    { PSA_ALG_CTR, PSA_ALG_CTR, FL_STREAM },
    { PSA_ALG_CFB, PSA_ALG_CFB, FL_STREAM },
    { PSA_ALG_OFB, PSA_ALG_OFB, FL_STREAM },
    { PSA_ALG_CCM_STAR_NO_TAG, PSA_ALG_CTR, FL_CCM_STAR },
    { PSA_ALG_STREAM_CIPHER, PSA_ALG_STREAM_CIPHER, FL_CHACHA20 },
    { PSA_ALG_XTS, PSA_ALG_XTS, FL_XTS },
};

/* One cipher operation, also used on the stack for single-part calls.  buf
 * and the tweak come last: op_setup() sets every other field, and only
 * multipart operations use them (their context starts all-bits-zero). */
struct cipher_op {
    struct builtin_lease lease;      /* the keyed EVP_CIPHER_CTX */
    const struct mode_info *mode;
    uint64_t done;                   /* input bytes taken so far */
    uint64_t limit;                  /* most input bytes the mode and IV allow */
    uint8_t block;                   /* block length; 1 for ChaCha20 */
    uint8_t encrypt;
    uint8_t flags;
    uint8_t buffered;                /* bytes held in buf */
    uint8_t buf[2 * BLOCK_MAX];      /* input not yet processed */
    struct builtin_xts xts;          /* multipart XTS: tweak contexts and tweak */
};
_Static_assert(sizeof(struct cipher_op) <= BUILTIN_CIPHER_OPERATION_SIZE,
               "struct cipher_op exceeds the declared cipher context size");

#define F_IV 0x01u
#define F_TAINTED 0x02u              /* a libcrypto call failed: do not pool the context */

static void ctx_free(void *ctx)
{
    EVP_CIPHER_CTX_free(ctx);
}

static const struct mode_info *find_mode(psa_algorithm_t alg)
{
    for (size_t i = 0; i < sizeof(mode_infos) / sizeof(mode_infos[0]); i++) {
        if (mode_infos[i].alg == alg) {
            return &mode_infos[i];
        }
    }
    return NULL;
}

static int uses_iv(const struct cipher_op *op)
{
    return op->mode->alg != PSA_ALG_ECB_NO_PADDING;
}

static int is_stream(const struct cipher_op *op)
{
    return op->mode->flavor == FL_STREAM || op->mode->flavor == FL_CCM_STAR ||
           op->mode->flavor == FL_CHACHA20;
}

/* A libcrypto call failed: its status; the context must not go back to a pool. */
static psa_status_t ossl_failure(struct cipher_op *op)
{
    op->flags |= F_TAINTED;
    return builtin_status_from_openssl();
}

/* In-place (in == out) is fine for libcrypto; any other overlap is not. */
static int partially_overlapping(const uint8_t *in, size_t length, const uint8_t *out)
{
    uintptr_t i = (uintptr_t)in;
    uintptr_t o = (uintptr_t)out;

    return length > 0 && i != o && i < o + length && o < i + length;
}

/* Give the keyed context back; the operation's own bytes stay as they are. */
static void op_return(struct cipher_op *op)
{
    if (op->lease.ctx != NULL || op->lease.state != NULL) {
        builtin_lease_return(&op->lease, op->lease.ctx != NULL && !(op->flags & F_TAINTED));
    }
}

/* End a multipart operation: release everything, leave it all-bits-zero. */
static void op_release(struct cipher_op *op)
{
    op_return(op);
    if (op->xts.tweak_encrypt != NULL || op->xts.tweak_decrypt != NULL) {
        builtin_xts_free(&op->xts);
    }
    /* buf and the tweak hold data and key-dependent values. */
    kpsa_wipe(op, sizeof(*op));
}

/* Run bytes through the keyed context: whole blocks, or anything for streams. */
static psa_status_t run(struct cipher_op *op, EVP_CIPHER_CTX *ctx, const uint8_t *in,
                        size_t length, uint8_t *out)
{
    while (length > 0) {
        int chunk = length > EVP_CHUNK ? EVP_CHUNK : (int)length;
        int out_length = 0;

        if (EVP_CipherUpdate(ctx, out, &out_length, in, chunk) != 1) {
            return ossl_failure(op);
        }
        if (out_length != chunk) {
            op->flags |= F_TAINTED;
            return PSA_ERROR_CORRUPTION_DETECTED;
        }
        in += chunk;
        out += chunk;
        length -= (size_t)chunk;
    }
    return PSA_SUCCESS;
}

/* Whole blocks (or the final piece of XTS) of the buffered modes. */
static psa_status_t process(struct cipher_op *op, const uint8_t *in, size_t length,
                            uint8_t *out)
{
    psa_status_t status;

    if (op->mode->flavor != FL_XTS) {
        return run(op, op->lease.ctx, in, length, out);
    }
    status = builtin_xts_piece(&op->xts, op->lease.ctx, op->encrypt, in, length, out);
    if (status != PSA_SUCCESS) {
        op->flags |= F_TAINTED;
    }
    return status;
}

/* ---- setup --------------------------------------------------------------- */

/* Is the key type one the mode can run on at all? */
static int compatible(const struct mode_info *mode, psa_key_type_t type)
{
    size_t block = PSA_BLOCK_CIPHER_BLOCK_LENGTH(type);

    switch (mode->flavor) {
    case FL_CHACHA20:
        return block == 1;
    case FL_CCM_STAR:
        return block == 16;
    default:
        return block == 8 || block == 16;
    }
}

/*
 * Padding off: PKCS#7 is done here, and libcrypto must not hold a block back.
 * Set on the provider's context only: EVP_CIPHER_CTX_set_padding() would also
 * flag the EVP context, and libcrypto 3.0 then sends the parameter again on
 * every re-init, a full parameter parse on each call.  The provider keeps the
 * setting across re-inits; were it ever lost, run() would see a block held
 * back and fail loudly.
 */
static int padding_off(EVP_CIPHER_CTX *ctx)
{
    unsigned int pad = 0;
    OSSL_PARAM params[2] = {
        OSSL_PARAM_construct_uint(OSSL_CIPHER_PARAM_PADDING, &pad),
        OSSL_PARAM_construct_end(),
    };

    return EVP_CIPHER_CTX_set_params(ctx, params) == 1;
}

/* Key the lease's context.  DES runs on DES-EDE3 (see cipher_table.c). */
static psa_status_t prepare(struct cipher_op *op, const EVP_CIPHER *cipher,
                            psa_key_type_t type, const uint8_t *key, size_t key_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t wide[24];

    if (type == PSA_KEY_TYPE_DES && (key_size == 8 || key_size == 16)) {
        memcpy(wide, key, key_size);
        memcpy(wide + key_size, key, 8);
        if (key_size == 8) {
            memcpy(wide + 16, key, 8);
        }
        key = wide;
        key_size = 24;
    }
    if (op->mode->flavor == FL_XTS) {
        KPSA_CHECK(!kpsa_ct_equal(key, key + key_size / 2, key_size / 2),
                   PSA_ERROR_INVALID_ARGUMENT);
    }
    KPSA_CHECK((size_t)EVP_CIPHER_get_key_length(cipher) == key_size,
               PSA_ERROR_INVALID_ARGUMENT);
    op->lease.ctx = EVP_CIPHER_CTX_new();
    KPSA_CHECK(op->lease.ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* Only the block modes (ECB, CBC) pad. */
    if (EVP_CipherInit_ex2(op->lease.ctx, cipher, key, NULL, is_stream(op) || op->encrypt,
                           NULL) != 1 ||
        (EVP_CIPHER_get_block_size(cipher) > 1 && !padding_off(op->lease.ctx))) {
        status = ossl_failure(op);
        goto exit;
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(wide, sizeof(wide));
    return status;
}

/* Common to both setups and both single-part calls; releases on failure. */
static psa_status_t op_setup(struct cipher_op *op, const psa_key_attributes_t *attributes,
                             const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                             int encrypt, int multipart)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);
    const struct mode_info *mode = find_mode(alg);
    const EVP_CIPHER *cipher;
    uint32_t kind;

    /* Every field but buf and the tweak (multipart only, see struct cipher_op). */
    op->lease = (struct builtin_lease)BUILTIN_LEASE_INIT;
    op->xts.tweak_encrypt = NULL;
    op->xts.tweak_decrypt = NULL;
    op->mode = mode;
    op->done = 0;
    op->limit = mode != NULL && mode->flavor == FL_XTS ? XTS_MAX_BYTES : UINT64_MAX;
    op->block = (uint8_t)PSA_BLOCK_CIPHER_BLOCK_LENGTH(type);
    op->encrypt = (uint8_t)encrypt;
    op->flags = 0;
    op->buffered = 0;
    KPSA_CHECK(mode != NULL, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(compatible(mode, type), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(key != NULL && key_size <= SIZE_MAX / 8 && bits == 8 * key_size,
               PSA_ERROR_INVALID_ARGUMENT);
    cipher = builtin_cipher(type, bits, mode->base);
    KPSA_CHECK(cipher != NULL, PSA_ERROR_NOT_SUPPORTED);
    kind = is_stream(op) ? KIND_EITHER : encrypt ? KIND_ENCRYPT : KIND_DECRYPT;
    builtin_lease_take(kpsa_driver_key_state(attributes), mode->base, kind, ctx_free,
                       multipart, &op->lease);
    if (op->lease.ctx == NULL) {
        KPSA_TRY(prepare(op, cipher, type, key, key_size));
    }
    if (multipart && mode->flavor == FL_XTS) {
        /* Multipart XTS also needs the tweak key K2 alone. */
        cipher = builtin_cipher(type, bits / 2, PSA_ALG_ECB_NO_PADDING);
        KPSA_CHECK(cipher != NULL, PSA_ERROR_NOT_SUPPORTED);
        KPSA_TRY(builtin_xts_setup(&op->xts, cipher, key + key_size / 2, key_size / 2));
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        op_release(op);
    }
    return status;
}

/* ---- IV ------------------------------------------------------------------ */

/* CCM* counter block A_1 for a 7..13-byte nonce; the message limit of L. */
static psa_status_t iv_ccm_star(struct cipher_op *op, const uint8_t *iv, size_t iv_length,
                                uint8_t counter[BLOCK_MAX])
{
    size_t l = 15 - iv_length;

    if (iv_length < 7 || iv_length > 13) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    counter[0] = (uint8_t)(l - 1);
    memcpy(counter + 1, iv, iv_length);
    counter[BLOCK_MAX - 1] = 1;
    op->limit = l >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * l)) - 1;
    return PSA_SUCCESS;
}

/* libcrypto's ChaCha20 IV is the state's words 12..15: counter || nonce. */
static psa_status_t iv_chacha20(struct cipher_op *op, const uint8_t *iv, size_t iv_length,
                                uint8_t counter[BLOCK_MAX])
{
    switch (iv_length) {
    case 12:
        memcpy(counter + 4, iv, 12);
        op->limit = UINT64_C(64) << 32;
        return PSA_SUCCESS;
    case 16:
        memcpy(counter, iv, 16);
        op->limit = ((UINT64_C(1) << 32) - ((uint32_t)iv[0] | (uint32_t)iv[1] << 8 |
                                            (uint32_t)iv[2] << 16 | (uint32_t)iv[3] << 24)) * 64;
        return PSA_SUCCESS;
    case 8:
        /* Original ChaCha20: 64-bit counter (libcrypto carries into word 13). */
        memcpy(counter + 8, iv, 8);
        return PSA_SUCCESS;
    default:
        return PSA_ERROR_INVALID_ARGUMENT;
    }
}

/* The IV as libcrypto wants it, from the forms each mode accepts. */
static psa_status_t iv_form(struct cipher_op *op, const uint8_t *iv, size_t iv_length,
                            uint8_t counter[BLOCK_MAX])
{
    switch (op->mode->flavor) {
    case FL_CCM_STAR:
        return iv_ccm_star(op, iv, iv_length, counter);
    case FL_CHACHA20:
        return iv_chacha20(op, iv, iv_length, counter);
    default:
        break;
    }
    /* CTR: a shorter IV is the start of the counter block, zero-padded. */
    if (op->mode->alg == PSA_ALG_CTR ? iv_length == 0 || iv_length > op->block
                                     : iv_length != op->block) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    memcpy(counter, iv, iv_length);
    return PSA_SUCCESS;
}

static psa_status_t step_iv(struct cipher_op *op, const uint8_t *iv, size_t iv_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t counter[BLOCK_MAX] = { 0 };   /* the IV as libcrypto takes it: public */

    KPSA_CHECK(uses_iv(op) && !(op->flags & F_IV), PSA_ERROR_BAD_STATE);
    KPSA_TRY(iv_form(op, iv, iv_length, counter));
    op->flags |= F_IV;
    if (op->xts.tweak_encrypt != NULL) {
        /* Multipart XTS: each piece gets its own IV (builtin_xts_piece). */
        status = builtin_xts_set_iv(&op->xts, counter);
        if (status != PSA_SUCCESS) {
            op->flags |= F_TAINTED;
            goto exit;
        }
    } else if (EVP_CipherInit_ex2(op->lease.ctx, NULL, NULL, counter, op->encrypt, NULL) != 1) {
        status = ossl_failure(op);
        goto exit;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* The IV length psa_cipher_encrypt() produces and psa_cipher_decrypt() reads. */
static size_t default_iv_length(const struct cipher_op *op)
{
    switch (op->mode->flavor) {
    case FL_CCM_STAR:
        return 13;
    case FL_CHACHA20:
        return 12;
    default:
        return uses_iv(op) ? op->block : 0;
    }
}

/* ---- PKCS#7 ---------------------------------------------------------------- */

/* 1 when x != 0, in constant time (x < 2^31). */
static uint32_t ct_nonzero(uint32_t x)
{
    return (x | (0u - x)) >> 31;
}

/* 1 when a < b, in constant time (a, b < 2^31). */
static uint32_t ct_less(uint32_t a, uint32_t b)
{
    return (a - b) >> 31;
}

/* Padding length of a decrypted last block, or 0 when the padding is bad;
 * the time taken does not depend on the block's content. */
static size_t pkcs7_pad_length(const uint8_t *block, size_t block_length)
{
    uint32_t b = (uint32_t)block_length;
    uint32_t pad = block[b - 1];
    uint32_t bad = (1u - ct_nonzero(pad)) | ct_less(b, pad);

    for (uint32_t i = 0; i < b; i++) {
        uint32_t in_pad = ct_less(b - 1 - i, pad);

        bad |= in_pad & ct_nonzero((uint32_t)block[i] ^ pad);
    }
    return (size_t)(pad & (bad - 1u));
}

/* Decrypt the last block and strip its padding into out. */
static psa_status_t pkcs7_unpad(struct cipher_op *op, const uint8_t *last, uint8_t *out,
                                size_t out_size, size_t *out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t plain[BLOCK_MAX];
    size_t pad;

    KPSA_TRY(run(op, op->lease.ctx, last, op->block, plain));
    pad = pkcs7_pad_length(plain, op->block);
    KPSA_CHECK(pad != 0, PSA_ERROR_INVALID_PADDING);
    KPSA_CHECK(out_size >= op->block - pad, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(out, plain, op->block - pad);
    *out_length = op->block - pad;
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(plain, sizeof(plain));
    return status;
}

/* Pad the last (partial) plaintext block and encrypt it into out. */
static psa_status_t pkcs7_pad(struct cipher_op *op, const uint8_t *tail, size_t tail_length,
                              uint8_t *out)
{
    psa_status_t status;
    uint8_t last[BLOCK_MAX];
    size_t pad = op->block - tail_length;

    memcpy(last, tail, tail_length);
    memset(last + tail_length, (int)pad, pad);
    status = run(op, op->lease.ctx, last, op->block, out);
    kpsa_wipe(last, sizeof(last));
    return status;
}

/* ---- multipart steps ------------------------------------------------------- */

/* A private copy of input when it partially overlaps the output. */
static psa_status_t unalias(const uint8_t **input, size_t input_length, const uint8_t *output,
                            size_t span, uint8_t **copy)
{
    if (!partially_overlapping(*input, span, output)) {
        return PSA_SUCCESS;
    }
    *copy = malloc(input_length);
    if (*copy == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    memcpy(*copy, *input, input_length);
    *input = *copy;
    return PSA_SUCCESS;
}

/* How much of `total` buffered + new bytes a buffered mode may process now. */
static size_t emit_length(const struct cipher_op *op, size_t total)
{
    size_t b = op->block;

    switch (op->mode->flavor) {
    case FL_PKCS7:
        if (!op->encrypt) {
            /* Keep the last block: it holds the padding. */
            return total == 0 ? 0 : (total - 1) / b * b;
        }
        return total / b * b;
    case FL_XTS:
        /* Keep the last full block and what follows it, for ciphertext stealing. */
        return total < b ? 0 : total / b * b - b;
    default:
        return total / b * b;
    }
}

/* Buffered modes: whole blocks out, the rest kept (see emit_length). */
static psa_status_t update_buffered(struct cipher_op *op, const uint8_t *in, size_t length,
                                    uint8_t *out, size_t emit)
{
    psa_status_t status = PSA_SUCCESS;
    size_t b = op->block;
    size_t produced = 0;

    while (emit - produced >= b && op->buffered >= b) {
        KPSA_TRY(process(op, op->buf, b, out + produced));
        memmove(op->buf, op->buf + b, op->buffered - b);
        op->buffered = (uint8_t)(op->buffered - b);
        produced += b;
    }
    if (emit > produced && op->buffered > 0) {
        size_t fill = b - op->buffered;

        memcpy(op->buf + op->buffered, in, fill);
        in += fill;
        length -= fill;
        KPSA_TRY(process(op, op->buf, b, out + produced));
        op->buffered = 0;
        produced += b;
    }
    if (emit > produced) {
        KPSA_TRY(process(op, in, emit - produced, out + produced));
        in += emit - produced;
        length -= emit - produced;
    }
    memcpy(op->buf + op->buffered, in, length);
    op->buffered = (uint8_t)(op->buffered + length);
exit:
    return status;
}

static psa_status_t step_update(struct cipher_op *op, const uint8_t *in, size_t length,
                                uint8_t *out, size_t out_size, size_t *out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t *copy = NULL;
    size_t emit = length;

    KPSA_CHECK(!uses_iv(op) || (op->flags & F_IV), PSA_ERROR_BAD_STATE);
    KPSA_CHECK((uint64_t)length <= op->limit - op->done, PSA_ERROR_INVALID_ARGUMENT);
    if (!is_stream(op)) {
        KPSA_CHECK(length <= SIZE_MAX - sizeof(op->buf), PSA_ERROR_INVALID_ARGUMENT);
        emit = emit_length(op, op->buffered + length);
    }
    KPSA_CHECK(out_size >= emit, PSA_ERROR_BUFFER_TOO_SMALL);
    KPSA_TRY(unalias(&in, length, out, length, &copy));
    if (is_stream(op)) {
        KPSA_TRY(run(op, op->lease.ctx, in, length, out));
    } else {
        KPSA_TRY(update_buffered(op, in, length, out, emit));
    }
    op->done += length;
    *out_length = emit;
    status = PSA_SUCCESS;
exit:
    if (copy != NULL) {
        kpsa_wipe(copy, length);
        free(copy);
    }
    return status;
}

static psa_status_t step_finish(struct cipher_op *op, uint8_t *out, size_t out_size,
                                size_t *out_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(op->mode != NULL && (!uses_iv(op) || (op->flags & F_IV)), PSA_ERROR_BAD_STATE);
    switch (op->mode->flavor) {
    case FL_BLOCK:
        KPSA_CHECK(op->buffered == 0, PSA_ERROR_INVALID_ARGUMENT);
        break;
    case FL_PKCS7:
        if (!op->encrypt) {
            KPSA_CHECK(op->buffered == op->block, PSA_ERROR_INVALID_ARGUMENT);
            KPSA_TRY(pkcs7_unpad(op, op->buf, out, out_size, out_length));
            break;
        }
        KPSA_CHECK(out_size >= op->block, PSA_ERROR_BUFFER_TOO_SMALL);
        KPSA_TRY(pkcs7_pad(op, op->buf, op->buffered, out));
        *out_length = op->block;
        break;
    case FL_XTS:
        KPSA_CHECK(op->buffered >= op->block, PSA_ERROR_INVALID_ARGUMENT);
        KPSA_CHECK(out_size >= op->buffered, PSA_ERROR_BUFFER_TOO_SMALL);
        KPSA_TRY(process(op, op->buf, op->buffered, out));
        *out_length = op->buffered;
        break;
    default:
        break;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* ---- single-part entry points ---------------------------------------------- */

/* Is a whole message of `length` bytes valid for the mode? */
static psa_status_t check_length(const struct cipher_op *op, size_t length)
{
    switch (op->mode->flavor) {
    case FL_BLOCK:
        return length % op->block == 0 ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
    case FL_PKCS7:
        return op->encrypt || (length > 0 && length % op->block == 0)
                   ? PSA_SUCCESS
                   : PSA_ERROR_INVALID_ARGUMENT;
    case FL_XTS:
        return length >= op->block ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
    default:
        return PSA_SUCCESS;
    }
}

psa_status_t builtin_cipher_encrypt(const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                    const uint8_t *iv, size_t iv_length, const uint8_t *input,
                                    size_t input_length, uint8_t *output, size_t output_size,
                                    size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct cipher_op op;
    uint8_t *copy = NULL;
    size_t tail = 0;
    size_t needed = input_length;

    *output_length = 0;
    KPSA_TRY(op_setup(&op, attributes, key, key_size, alg, 1, 0));
    KPSA_TRY(check_length(&op, input_length));
    if (op.mode->flavor == FL_PKCS7) {
        KPSA_CHECK(input_length <= SIZE_MAX - op.block, PSA_ERROR_INVALID_ARGUMENT);
        tail = input_length % op.block;
        needed = input_length - tail + op.block;
    }
    KPSA_CHECK(output_size >= needed, PSA_ERROR_BUFFER_TOO_SMALL);
    if (uses_iv(&op)) {
        KPSA_TRY(step_iv(&op, iv, iv_length));
    } else {
        KPSA_CHECK(iv_length == 0, PSA_ERROR_INVALID_ARGUMENT);
    }
    KPSA_CHECK((uint64_t)input_length <= op.limit, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(unalias(&input, input_length, output, needed, &copy));
    KPSA_TRY(run(&op, op.lease.ctx, input, input_length - tail, output));
    if (op.mode->flavor == FL_PKCS7) {
        KPSA_TRY(pkcs7_pad(&op, input + input_length - tail, tail, output + input_length - tail));
    }
    *output_length = needed;
    status = PSA_SUCCESS;
exit:
    if (copy != NULL) {
        kpsa_wipe(copy, input_length);
        free(copy);
    }
    /* Single-part: buf and the tweak were never used, nothing secret to wipe. */
    op_return(&op);
    return status;
}

psa_status_t builtin_cipher_decrypt(const psa_key_attributes_t *attributes,
                                    const uint8_t *key, size_t key_size, psa_algorithm_t alg,
                                    const uint8_t *input, size_t input_length, uint8_t *output,
                                    size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct cipher_op op;
    uint8_t *copy = NULL;
    size_t iv_length, length = 0, body;
    size_t last = 0;
    size_t written = 0;

    *output_length = 0;
    KPSA_TRY(op_setup(&op, attributes, key, key_size, alg, 0, 0));
    iv_length = default_iv_length(&op);
    KPSA_CHECK(input_length >= iv_length, PSA_ERROR_INVALID_ARGUMENT);
    length = input_length - iv_length;
    KPSA_TRY(check_length(&op, length));
    /* Padded: the last block's plaintext length is known once it is decrypted. */
    body = op.mode->flavor == FL_PKCS7 ? length - op.block : length;
    KPSA_CHECK(output_size >= body, PSA_ERROR_BUFFER_TOO_SMALL);
    if (iv_length > 0) {
        KPSA_TRY(step_iv(&op, input, iv_length));
    }
    KPSA_CHECK((uint64_t)length <= op.limit, PSA_ERROR_INVALID_ARGUMENT);
    input += iv_length;
    KPSA_TRY(unalias(&input, length, output, length, &copy));
    written = body;
    KPSA_TRY(run(&op, op.lease.ctx, input, body, output));
    if (op.mode->flavor == FL_PKCS7) {
        KPSA_TRY(pkcs7_unpad(&op, input + body, output + body, output_size - body, &last));
    }
    *output_length = body + last;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, written);
    }
    if (copy != NULL) {
        kpsa_wipe(copy, length);
        free(copy);
    }
    /* Single-part: buf and the tweak were never used, nothing secret to wipe. */
    op_return(&op);
    return status;
}

/* ---- multipart entry points ------------------------------------------------ */

psa_status_t builtin_cipher_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg)
{
    return op_setup(op, attributes, key, key_size, alg, 1, 1);
}

psa_status_t builtin_cipher_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size,
                                          psa_algorithm_t alg)
{
    return op_setup(op, attributes, key, key_size, alg, 0, 1);
}

psa_status_t builtin_cipher_set_iv(void *op, const uint8_t *iv, size_t iv_length)
{
    struct cipher_op *cop = op;

    return cop->mode == NULL ? PSA_ERROR_BAD_STATE : step_iv(cop, iv, iv_length);
}

psa_status_t builtin_cipher_update(void *op, const uint8_t *input, size_t input_length,
                                   uint8_t *output, size_t output_size, size_t *output_length)
{
    struct cipher_op *cop = op;

    *output_length = 0;
    if (cop->mode == NULL) {
        return PSA_ERROR_BAD_STATE;
    }
    return step_update(cop, input, input_length, output, output_size, output_length);
}

psa_status_t builtin_cipher_finish(void *op, uint8_t *output, size_t output_size,
                                   size_t *output_length)
{
    psa_status_t status;

    *output_length = 0;
    status = step_finish(op, output, output_size, output_length);
    op_release(op);
    return status;
}

psa_status_t builtin_cipher_abort(void *op)
{
    op_release(op);
    return PSA_SUCCESS;
}
