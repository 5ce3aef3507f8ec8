/*
 * kcapi_cipher_mp.c - multipart unauthenticated cipher entry points of the
 * kcapi driver: AES ECB and CBC without padding, CBC-PKCS7, CTR, CFB, OFB,
 * and ChaCha20.
 *
 * Each update is one complete kernel request on whole blocks, made with the
 * IV the driver carries from one update to the next (CBC, CFB: the last
 * ciphertext block; OFB: the last keystream block; CTR, ChaCha20: the
 * counter advanced by the blocks done), so the driver does not depend on the
 * kernel handing the chaining value back between requests.  The operation
 * holds one handle of the key's transform from setup to finish.  Block modes
 * keep a partial block (CBC-PKCS7 decryption also the last whole block,
 * whose padding finish checks).  Stream modes (CTR, CFB, OFB, ChaCha20)
 * output all their input at once and keep the unused keystream of a partial
 * block, made by encrypting a zero block at the IV.
 *
 * XTS is not served multipart: the kernel's xts(aes) steals ciphertext in
 * the last two blocks of a request and does not return a tweak to continue
 * from, so a stream cannot be cut into kernel requests.
 *
 * Entry-point functions are named kcapi_drv_cipher_* and mapped with the
 * manifest's "names", like the single-part ones.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kcapi.h>

#define BLOCK 16
#define CHACHA_BLOCK 64

/* The context of cipher_encrypt/decrypt_multipart ("kpsa/context_sizes"). */
struct kc_cipher_op {
    struct kc_lease lease;
    psa_algorithm_t alg;
    bool decrypt;
    bool failed;        /* a kernel request failed: the handle is not reusable */
    uint8_t iv[BLOCK];  /* the next request's IV (kernel layout for ChaCha20) */
    uint8_t buf[CHACHA_BLOCK]; /* block modes: pending input; stream modes: keystream */
    size_t pending; /* block modes: bytes in buf; stream modes: unused keystream at its end */
    uint64_t room;  /* ChaCha20 with a 32-bit counter: bytes left before it wraps */
};

_Static_assert(sizeof(struct kc_cipher_op) <= 192, "kcapi.json context_sizes too small");

KC_EXPORT psa_status_t kcapi_drv_cipher_encrypt_setup(void *op,
                                                      const psa_key_attributes_t *attributes,
                                                      const uint8_t *key, size_t key_size,
                                                      psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_cipher_decrypt_setup(void *op,
                                                      const psa_key_attributes_t *attributes,
                                                      const uint8_t *key, size_t key_size,
                                                      psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_cipher_set_iv(void *op, const uint8_t *iv, size_t iv_length);
KC_EXPORT psa_status_t kcapi_drv_cipher_update(void *op, const uint8_t *input,
                                               size_t input_length, uint8_t *output,
                                               size_t output_size, size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_cipher_finish(void *op, uint8_t *output, size_t output_size,
                                               size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_cipher_abort(void *op);

/* Stream modes: the length of their keystream unit (ChaCha20's block). */
static size_t granule(psa_algorithm_t alg)
{
    return alg == PSA_ALG_STREAM_CIPHER ? CHACHA_BLOCK : BLOCK;
}

static bool is_stream(psa_algorithm_t alg)
{
    return alg == PSA_ALG_CTR || alg == PSA_ALG_CFB || alg == PSA_ALG_OFB ||
           alg == PSA_ALG_STREAM_CIPHER;
}

static psa_status_t setup(struct kc_cipher_op *o, const psa_key_attributes_t *attributes,
                          const uint8_t *key, size_t key_size, psa_algorithm_t alg, bool decrypt)
{
    int idx;
    int ret;

    if (alg != PSA_ALG_ECB_NO_PADDING && alg != PSA_ALG_CBC_NO_PADDING &&
        alg != PSA_ALG_CBC_PKCS7 && !is_stream(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    idx = kc_lookup(alg, psa_get_key_type(attributes));
    if (!kc_usable(idx, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(&o->lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0,
                       true);
    if (ret != 0) {
        return kc_status(ret, false);
    }
    o->alg = alg;
    o->decrypt = decrypt;
    o->room = UINT64_MAX;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_cipher_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                            const uint8_t *key, size_t key_size,
                                            psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, false);
}

psa_status_t kcapi_drv_cipher_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                            const uint8_t *key, size_t key_size,
                                            psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, true);
}

bool kc_chacha_iv(const uint8_t *iv, size_t iv_length, uint8_t out[16])
{
    /* The kernel's IV is the 32-bit little-endian block counter and the
     * 96-bit nonce (RFC 8439); PSA's 16-byte IV is the same layout.  The
     * original 8-byte nonce follows a 64-bit counter: its high word is 0. */
    memset(out, 0, 16);
    if (iv_length != 8 && iv_length != 12 && iv_length != 16) {
        return false;
    }
    memcpy(out + 16 - iv_length, iv, iv_length);
    return true;
}

/* The core checked the length: a block; for CTR 1..16 bytes (a shorter
 * nonce is padded with zeros); for ChaCha20 8, 12 or 16. */
psa_status_t kcapi_drv_cipher_set_iv(void *op, const uint8_t *iv, size_t iv_length)
{
    struct kc_cipher_op *o = op;

    if (o->alg == PSA_ALG_STREAM_CIPHER) {
        if (!kc_chacha_iv(iv, iv_length, o->iv)) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        if (iv_length != 8) {
            /* RFC 8439's 32-bit counter must not wrap (as in libcrypto). */
            o->room = ((UINT64_C(1) << 32) - ((uint64_t)o->iv[0] | (uint64_t)o->iv[1] << 8 |
                                              (uint64_t)o->iv[2] << 16 |
                                              (uint64_t)o->iv[3] << 24)) * CHACHA_BLOCK;
        }
        return PSA_SUCCESS;
    }
    memset(o->iv, 0, BLOCK);
    memcpy(o->iv, iv, iv_length < BLOCK ? iv_length : BLOCK);
    return PSA_SUCCESS;
}

/* Add blocks to the big-endian 128-bit counter block ctr. */
static void ctr_add(uint8_t ctr[BLOCK], size_t blocks)
{
    uint64_t carry = blocks;

    for (int i = BLOCK - 1; i >= 0 && carry != 0; i--) {
        carry += ctr[i];
        ctr[i] = (uint8_t)carry;
        carry >>= 8;
    }
}

/* Add blocks to ChaCha20's counter: the first 8 bytes of the IV as one
 * little-endian number, so the 32-bit block counter carries into the next
 * word, as the original variant's 64-bit counter (8-byte nonce) needs and
 * libcrypto does (the kernel itself does not carry, see run). */
static void chacha_add(uint8_t iv[BLOCK], uint64_t blocks)
{
    for (int i = 0; i < 8 && blocks != 0; i++) {
        blocks += iv[i];
        iv[i] = (uint8_t)blocks;
        blocks >>= 8;
    }
}

/* The next IV after a request whose last input block was in_last and last
 * output block out_last. */
static void next_iv(struct kc_cipher_op *o, const uint8_t *in_last, const uint8_t *out_last,
                    size_t length)
{
    switch (o->alg) {
    case PSA_ALG_CTR:
        ctr_add(o->iv, length / BLOCK);
        break;
    case PSA_ALG_STREAM_CIPHER:
        chacha_add(o->iv, length / CHACHA_BLOCK);
        break;
    case PSA_ALG_OFB:
        /* The last keystream block. */
        for (size_t i = 0; i < BLOCK; i++) {
            o->iv[i] = in_last[i] ^ out_last[i];
        }
        break;
    default:
        /* CBC, CFB: the last ciphertext block. */
        memcpy(o->iv, o->decrypt ? in_last : out_last, BLOCK);
        break;
    }
}

/* One kernel request on length bytes (whole granules), then the next IV:
 * 0 or a negative errno. */
static ssize_t run_once(struct kc_cipher_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    const uint8_t *iv = o->alg == PSA_ALG_ECB_NO_PADDING ? NULL : o->iv;
    uint8_t in_last[BLOCK];
    ssize_t ret;

    memcpy(in_last, in + length - BLOCK, BLOCK); /* before an in-place request */
    ret = o->decrypt ? kcapi_cipher_decrypt(o->lease.h, in, length, iv, out, length,
                                            KCAPI_ACCESS_HEURISTIC)
                     : kcapi_cipher_encrypt(o->lease.h, in, length, iv, out, length,
                                            KCAPI_ACCESS_HEURISTIC);
    if (ret >= 0 && (size_t)ret != length) {
        ret = -EIO;
    }
    o->failed |= ret < 0;
    if (ret >= 0 && iv != NULL) {
        next_iv(o, in_last, out + length - BLOCK, length);
    }
    kc_wipe(in_last, sizeof(in_last));
    return ret < 0 ? ret : 0;
}

/* run_once, but a ChaCha20 request stops where the kernel's 32-bit block
 * counter would wrap (it does not carry into the next word). */
static ssize_t run(struct kc_cipher_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    ssize_t ret = 0;

    while (ret >= 0 && length > 0) {
        size_t n = length;

        if (o->alg == PSA_ALG_STREAM_CIPHER) {
            uint64_t ctr = (uint64_t)o->iv[0] | (uint64_t)o->iv[1] << 8 |
                           (uint64_t)o->iv[2] << 16 | (uint64_t)o->iv[3] << 24;
            uint64_t room = ((UINT64_C(1) << 32) - ctr) * CHACHA_BLOCK;

            n = room < length ? (size_t)room : length;
        }
        ret = run_once(o, in, n, out);
        in += n;
        out += n;
        length -= n;
    }
    return ret;
}

/* Stream modes: n bytes of input against the kept keystream. */
static void consume(struct kc_cipher_op *o, const uint8_t *in, uint8_t *out, size_t n)
{
    size_t g = granule(o->alg);

    for (size_t i = 0; i < n; i++) {
        uint8_t b = in[i];
        size_t j = g - o->pending--;

        out[i] = b ^ o->buf[j];
        if (o->alg == PSA_ALG_CFB) {
            /* The next IV is this ciphertext block, once complete. */
            o->iv[j] = o->decrypt ? b : out[i];
        }
    }
}

/* Stream modes: XOR the input with the keystream, all of it out at once;
 * the keystream of a partial granule is kept for the next update. */
static ssize_t stream_update(struct kc_cipher_op *o, const uint8_t *in, size_t length,
                             uint8_t *out)
{
    static const uint8_t zero[CHACHA_BLOCK];
    size_t g = granule(o->alg);
    size_t take = length < o->pending ? length : o->pending;
    size_t whole, tail;
    ssize_t ret = 0;

    consume(o, in, out, take);
    whole = (length - take) / g * g;
    tail = length - take - whole;
    if (whole > 0) {
        ret = run(o, in + take, whole, out + take);
    }
    if (ret >= 0 && tail > 0) {
        /* The keystream at the IV: a zero granule encrypted (for CFB the
         * IV this leaves is rebuilt by consume). */
        bool decrypt = o->decrypt;

        o->decrypt = false;
        ret = run(o, zero, g, o->buf);
        o->decrypt = decrypt;
        if (ret >= 0) {
            o->pending = g;
            consume(o, in + take + whole, out + take + whole, tail);
        }
    }
    return ret;
}

/* Block modes: how many bytes of pending + input length go out now. */
static size_t block_emit(const struct kc_cipher_op *o, size_t length)
{
    size_t total = o->pending + length;

    if (o->decrypt && o->alg == PSA_ALG_CBC_PKCS7) {
        /* Keep the last whole block for finish, which checks its padding. */
        return total == 0 ? 0 : (total - 1) / BLOCK * BLOCK;
    }
    return total / BLOCK * BLOCK;
}

/* Block modes: the pending block completed from the input first, then the
 * input's whole blocks straight from the caller's buffer. */
static ssize_t block_update(struct kc_cipher_op *o, const uint8_t *in, size_t length,
                            uint8_t *out, size_t emit)
{
    size_t fill = 0;
    ssize_t ret = 0;

    if (emit > 0 && o->pending > 0) {
        fill = BLOCK - o->pending;
        memcpy(o->buf + o->pending, in, fill);
        ret = run(o, o->buf, BLOCK, out);
        o->pending = 0;
        emit -= BLOCK;
        out += BLOCK;
    }
    if (ret >= 0 && emit > 0) {
        ret = run(o, in + fill, emit, out);
    }
    if (ret >= 0) {
        size_t rest = length - fill - emit;

        memcpy(o->buf + o->pending, in + length - rest, rest);
        o->pending += rest;
    }
    return ret;
}

/* Whether output overlaps input other than exactly in place: the output of
 * the pending block and of the input's blocks are not aligned with them. */
static bool shifted_overlap(const struct kc_cipher_op *o, const uint8_t *in, size_t length,
                            const uint8_t *out, size_t emit)
{
    uintptr_t i = (uintptr_t)in, u = (uintptr_t)out;
    bool aligned = i == u && (is_stream(o->alg) || o->pending == 0);

    return length > 0 && emit > 0 && !aligned && i < u + emit && u < i + length;
}

psa_status_t kcapi_drv_cipher_update(void *op, const uint8_t *input, size_t input_length,
                                     uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_cipher_op *o = op;
    size_t emit = is_stream(o->alg) ? input_length : block_emit(o, input_length);
    uint8_t *copy = NULL;
    ssize_t ret;

    *output_length = 0;
    if ((uint64_t)input_length > o->room) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (output_size < emit) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (shifted_overlap(o, input, input_length, output, emit)) {
        /* As if the input were read first (PSA overlap rule). */
        copy = malloc(input_length);
        if (copy == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        input = memcpy(copy, input, input_length);
    }
    ret = is_stream(o->alg) ? stream_update(o, input, input_length, output)
                            : block_update(o, input, input_length, output, emit);
    if (copy != NULL) {
        kc_wipe(copy, input_length);
        free(copy);
    }
    if (ret < 0) {
        kc_wipe(output, emit);
        return kc_status(ret, true);
    }
    o->room -= o->room == UINT64_MAX ? 0 : input_length;
    *output_length = emit;
    return PSA_SUCCESS;
}

/* CBC-PKCS7 decryption's last block: unpadded into output. */
static psa_status_t pkcs7_last(struct kc_cipher_op *o, uint8_t *output, size_t output_size,
                               size_t *output_length)
{
    uint8_t last[BLOCK];
    unsigned pad, bad;
    ssize_t ret;

    if (o->pending != BLOCK) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    ret = run(o, o->buf, BLOCK, last);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    pad = last[BLOCK - 1];
    bad = (unsigned)(pad == 0) | (unsigned)(pad > BLOCK);
    for (unsigned i = 0; i < BLOCK; i++) {
        bad |= (unsigned)(BLOCK - i <= pad) & (unsigned)(last[i] != pad);
    }
    if (bad == 0 && output_size >= BLOCK - pad) {
        memcpy(output, last, BLOCK - pad);
        *output_length = BLOCK - pad;
    }
    kc_wipe(last, sizeof(last));
    return bad != 0 ? PSA_ERROR_INVALID_PADDING
           : *output_length == BLOCK - pad ? PSA_SUCCESS
                                          : PSA_ERROR_BUFFER_TOO_SMALL;
}

/* The last output of finish; the context is released by the caller. */
static psa_status_t finish_output(struct kc_cipher_op *o, uint8_t *output, size_t output_size,
                                  size_t *output_length)
{
    ssize_t ret;

    if (is_stream(o->alg)) {
        return PSA_SUCCESS;
    }
    if (o->alg != PSA_ALG_CBC_PKCS7) {
        return o->pending == 0 ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
    }
    if (o->decrypt) {
        return pkcs7_last(o, output, output_size, output_length);
    }
    if (output_size < BLOCK) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    memset(o->buf + o->pending, (int)(BLOCK - o->pending), BLOCK - o->pending);
    ret = run(o, o->buf, BLOCK, output);
    if (ret < 0) {
        kc_wipe(output, BLOCK);
        return kc_status(ret, true);
    }
    *output_length = BLOCK;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_cipher_finish(void *op, uint8_t *output, size_t output_size,
                                     size_t *output_length)
{
    struct kc_cipher_op *o = op;
    psa_status_t status;

    *output_length = 0;
    status = finish_output(o, output, output_size, output_length);
    /* Every kernel request completed (unless one failed): the handle can go
     * back to its pool. */
    kc_lease_put(&o->lease, !o->failed);
    kc_wipe(o, sizeof(*o));
    return status;
}

psa_status_t kcapi_drv_cipher_abort(void *op)
{
    struct kc_cipher_op *o = op;

    kc_lease_put(&o->lease, !o->failed);
    kc_wipe(o, sizeof(*o));
    return PSA_SUCCESS;
}
