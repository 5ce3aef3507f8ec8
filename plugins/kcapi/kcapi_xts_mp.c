/*
 * kcapi_xts_mp.c - multipart AES-XTS entry points of the kcapi driver.
 *
 * The kernel's xts(aes) treats every request as a whole data unit: it starts
 * at the tweak E(K2, IV) and steals ciphertext in the last two blocks of the
 * request.  A multipart operation therefore sends the data unit in pieces and
 * starts each piece at the tweak T where the previous one stopped, by giving
 * the kernel the IV D(K2, T) (as the built-in driver does with libcrypto),
 * then advances T by one multiplication by alpha per block (IEEE 1619).
 * Updates hold back the last whole block and what follows it, so that finish
 * sends the last 16 to 31 bytes as one piece and the kernel steals there.
 *
 * The operation holds one handle of the key's xts(aes) transform and a
 * private ecb(aes) handle keyed with K2 (the second half of the key), for
 * the tweak: E(K2, IV) at set_iv, D(K2, T) before each piece.
 *
 * Entry-point functions are named kcapi_drv_xts_* and mapped with the
 * manifest's "names" in a capability of their own.
 */
#include "config.h"

#include "kcapi.h"

#include <endian.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kcapi.h>

#define BLOCK 16
/* Bytes in one XTS data unit: 2^20 blocks (IEEE 1619). */
#define XTS_MAX_BYTES (UINT64_C(16) << 20)

/* The context of cipher_encrypt/decrypt_multipart ("kpsa/context_sizes"). */
struct kc_xts_op {
    struct kc_lease lease; /* xts(aes), the whole key */
    struct kc_lease k2;    /* ecb(aes), K2: private */
    bool decrypt;
    bool failed;            /* a kernel request failed: the handles are not reusable */
    uint8_t tweak[BLOCK];   /* the tweak of the next block */
    uint8_t buf[2 * BLOCK]; /* held back: the last whole block and what follows it */
    size_t pending;         /* bytes in buf */
    uint64_t room;          /* bytes left in the data unit */
};

_Static_assert(sizeof(struct kc_xts_op) <= 192, "kcapi.json context_sizes too small");

KC_EXPORT psa_status_t kcapi_drv_xts_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                   const uint8_t *key, size_t key_size,
                                                   psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_xts_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                   const uint8_t *key, size_t key_size,
                                                   psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_xts_set_iv(void *op, const uint8_t *iv, size_t iv_length);
KC_EXPORT psa_status_t kcapi_drv_xts_update(void *op, const uint8_t *input, size_t input_length,
                                            uint8_t *output, size_t output_size,
                                            size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_xts_finish(void *op, uint8_t *output, size_t output_size,
                                            size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_xts_abort(void *op);

/* Release the handles and wipe the context. */
static void release(struct kc_xts_op *o)
{
    kc_lease_put(&o->lease, !o->failed);
    kc_lease_put(&o->k2, !o->failed);
    kc_wipe(o, sizeof(*o));
}

static psa_status_t setup(struct kc_xts_op *o, const psa_key_attributes_t *attributes,
                          const uint8_t *key, size_t key_size, psa_algorithm_t alg, bool decrypt)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    int idx = kc_lookup(PSA_ALG_XTS, type);
    int ecb = kc_lookup(PSA_ALG_ECB_NO_PADDING, type);
    int ret;

    memset(o, 0, sizeof(*o));
    if (alg != PSA_ALG_XTS || type != PSA_KEY_TYPE_AES || key_size % 2 != 0 ||
        !kc_usable(idx, 0, true) || !kc_usable(ecb, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kc_lease_get(&o->lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, true);
    if (ret == 0) {
        /* K2 has no per-key state of its own: a private transform. */
        ret = kc_lease_get(&o->k2, NULL, ecb, key + key_size / 2, key_size / 2, 0, false);
    }
    if (ret != 0) {
        release(o);
        return kc_status(ret, false);
    }
    o->decrypt = decrypt;
    o->room = XTS_MAX_BYTES;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_xts_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                         const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, false);
}

psa_status_t kcapi_drv_xts_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                         const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, true);
}

/* One block through the K2 handle: encrypt or decrypt.  0 or a negative errno. */
static ssize_t k2_block(struct kc_xts_op *o, bool decrypt, const uint8_t in[BLOCK],
                        uint8_t out[BLOCK])
{
    ssize_t ret =
        decrypt
            ? kcapi_cipher_decrypt(o->k2.h, in, BLOCK, NULL, out, BLOCK, KCAPI_ACCESS_HEURISTIC)
            : kcapi_cipher_encrypt(o->k2.h, in, BLOCK, NULL, out, BLOCK, KCAPI_ACCESS_HEURISTIC);

    ret = ret < 0 ? ret : ret == BLOCK ? 0 : -EIO;
    o->failed |= ret < 0;
    return ret;
}

/* T = E(K2, iv): the tweak of the data unit's first block. */
psa_status_t kcapi_drv_xts_set_iv(void *op, const uint8_t *iv, size_t iv_length)
{
    struct kc_xts_op *o = op;

    if (iv_length != BLOCK) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return kc_status(k2_block(o, false, iv, o->tweak), true);
}

/* T <- T * alpha^blocks (the tweak read as a little-endian number, reduced
 * by x^128 + x^7 + x^2 + x + 1). */
static void advance(uint8_t tweak[BLOCK], size_t blocks)
{
    uint64_t w[2];
    uint64_t lo, hi;

    memcpy(w, tweak, sizeof(w));
    lo = le64toh(w[0]);
    hi = le64toh(w[1]);
    for (size_t i = 0; i < blocks; i++) {
        uint64_t carry = hi >> 63;

        hi = (hi << 1) | (lo >> 63);
        lo = (lo << 1) ^ (UINT64_C(0x87) & (0 - carry));
    }
    w[0] = htole64(lo);
    w[1] = htole64(hi);
    memcpy(tweak, w, sizeof(w));
}

/* One piece (at least a block; only the last may end in a partial block)
 * from the current tweak, which advances past it.  0 or a negative errno. */
static ssize_t piece(struct kc_xts_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    uint8_t iv[BLOCK];
    ssize_t ret = k2_block(o, true, o->tweak, iv);

    if (ret >= 0) {
        ret = o->decrypt ? kcapi_cipher_decrypt(o->lease.h, in, length, iv, out, length,
                                                KCAPI_ACCESS_HEURISTIC)
                         : kcapi_cipher_encrypt(o->lease.h, in, length, iv, out, length,
                                                KCAPI_ACCESS_HEURISTIC);
        ret = ret < 0 ? ret : (size_t)ret == length ? 0 : -EIO;
        o->failed |= ret < 0;
    }
    advance(o->tweak, length / BLOCK);
    kc_wipe(iv, sizeof(iv));
    return ret;
}

/* Bytes of pending + input length that go out now: all but the last whole
 * block and what follows it. */
static size_t emit_length(const struct kc_xts_op *o, size_t length)
{
    size_t total = o->pending + length;

    return total < BLOCK ? 0 : total / BLOCK * BLOCK - BLOCK;
}

/* The held-back bytes first, completed to a block from the input, then the
 * input's whole blocks straight from the caller's buffer. */
static ssize_t xts_update(struct kc_xts_op *o, const uint8_t *in, size_t length, uint8_t *out,
                          size_t emit)
{
    ssize_t ret = 0;

    if (emit > 0 && o->pending >= BLOCK) {
        ret = piece(o, o->buf, BLOCK, out);
        memmove(o->buf, o->buf + BLOCK, o->pending - BLOCK);
        o->pending -= BLOCK;
        emit -= BLOCK;
        out += BLOCK;
    }
    if (ret >= 0 && emit > 0 && o->pending > 0) {
        size_t fill = BLOCK - o->pending;

        memcpy(o->buf + o->pending, in, fill);
        ret = piece(o, o->buf, BLOCK, out);
        o->pending = 0;
        in += fill;
        length -= fill;
        emit -= BLOCK;
        out += BLOCK;
    }
    if (ret >= 0 && emit > 0) {
        ret = piece(o, in, emit, out);
        in += emit;
        length -= emit;
    }
    if (ret >= 0) {
        memcpy(o->buf + o->pending, in, length);
        o->pending += length;
    }
    return ret;
}

psa_status_t kcapi_drv_xts_update(void *op, const uint8_t *input, size_t input_length,
                                  uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_xts_op *o = op;
    size_t emit = emit_length(o, input_length);
    uintptr_t i = (uintptr_t)input, u = (uintptr_t)output;
    uint8_t *copy = NULL;
    ssize_t ret;

    *output_length = 0;
    if ((uint64_t)input_length > o->room) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (output_size < emit) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (emit > 0 && !(i == u && o->pending == 0) && i < u + emit && u < i + input_length) {
        /* Output shifted against the input: as if the input were read
         * first (PSA overlap rule). */
        copy = malloc(input_length);
        if (copy == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        input = memcpy(copy, input, input_length);
    }
    ret = xts_update(o, input, input_length, output, emit);
    if (copy != NULL) {
        kc_wipe(copy, input_length);
        free(copy);
    }
    if (ret < 0) {
        kc_wipe(output, emit);
        return kc_status(ret, true);
    }
    o->room -= input_length;
    *output_length = emit;
    return PSA_SUCCESS;
}

/* The last 16 to 31 bytes as one piece: the kernel steals ciphertext there. */
psa_status_t kcapi_drv_xts_finish(void *op, uint8_t *output, size_t output_size,
                                  size_t *output_length)
{
    struct kc_xts_op *o = op;
    psa_status_t status = PSA_SUCCESS;
    ssize_t ret;

    *output_length = 0;
    if (o->pending < BLOCK) {
        status = PSA_ERROR_INVALID_ARGUMENT;
    } else if (output_size < o->pending) {
        status = PSA_ERROR_BUFFER_TOO_SMALL;
    } else {
        ret = piece(o, o->buf, o->pending, output);
        status = kc_status(ret, true);
        if (ret < 0) {
            kc_wipe(output, o->pending);
        } else {
            *output_length = o->pending;
        }
    }
    release(o);
    return status;
}

psa_status_t kcapi_drv_xts_abort(void *op)
{
    release(op);
    return PSA_SUCCESS;
}
