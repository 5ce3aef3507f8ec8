/*
 * kcapi_chachapoly_mp.c - multipart ChaCha20-Poly1305 entry points of the
 * kcapi driver.
 *
 * As for multipart GCM (kcapi_aead_mp.c), the kernel's AEAD interface wants
 * the whole message in one request, so the construction of RFC 8439 section
 * 2.8 is composed from two kernel primitives: the "chacha20" skcipher (IV =
 * 32-bit little-endian block counter || 96-bit nonce) and the "poly1305"
 * hash.  Block 0 of the key stream gives the one-time Poly1305 key r || s,
 * the payload is encrypted from block 1, and the tag is Poly1305 over
 * AD || pad16 || C || pad16 || le64(len AD) || le64(len C).  The kernel's
 * poly1305 hash has no setkey: its key is the first 32 bytes of the hashed
 * data, so the one-time key is fed first (set_nonce).
 *
 * The payload goes out as it comes (a stream cipher: nothing is held back);
 * the key stream of a partial 64-byte block is kept for the next update.
 * The 32-bit block counter limits the payload to (2^32 - 1) * 64 bytes.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kcapi.h>

#define CC_BLOCK 64
#define NONCE    12
#define TAG      16
#define POLY_KEY 32
/* RFC 8439: block 0 keys Poly1305, the payload uses blocks 1..2^32-1. */
#define CC_MAX_PAYLOAD (((UINT64_C(1) << 32) - 1) * CC_BLOCK)

/* The context of aead_encrypt/decrypt_multipart ("kpsa/context_sizes"). */
struct kc_cp_op {
    struct kc_lease lease;     /* chacha20 */
    struct kcapi_handle *poly; /* poly1305, private to the operation */
    bool decrypt;
    bool failed;          /* a kernel request failed: the chacha20 handle is not reusable */
    bool in_body;         /* the additional data is complete (and padded) */
    uint8_t iv[16];       /* the next block: le32 counter || nonce */
    uint8_t ks[CC_BLOCK]; /* key stream of the current partial block */
    size_t ks_left;       /* unused key stream bytes at the end of ks */
    uint64_t ad_length;
    uint64_t body_length;
};

_Static_assert(sizeof(struct kc_cp_op) <= 192, "kcapi.json context_sizes too small");

KC_EXPORT psa_status_t kcapi_drv_chachapoly_encrypt_setup(void *op,
                                                          const psa_key_attributes_t *attributes,
                                                          const uint8_t *key, size_t key_size,
                                                          psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_decrypt_setup(void *op,
                                                          const psa_key_attributes_t *attributes,
                                                          const uint8_t *key, size_t key_size,
                                                          psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_set_nonce(void *op, const uint8_t *nonce,
                                                      size_t nonce_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_set_lengths(void *op, size_t ad_length,
                                                        size_t plaintext_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_update_ad(void *op, const uint8_t *input,
                                                      size_t input_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_update(void *op, const uint8_t *input,
                                                   size_t input_length, uint8_t *output,
                                                   size_t output_size, size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_finish(void *op, uint8_t *ciphertext,
                                                   size_t ciphertext_size,
                                                   size_t *ciphertext_length, uint8_t *tag,
                                                   size_t tag_size, size_t *tag_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_verify(void *op, uint8_t *plaintext,
                                                   size_t plaintext_size, size_t *plaintext_length,
                                                   const uint8_t *tag, size_t tag_length);
KC_EXPORT psa_status_t kcapi_drv_chachapoly_abort(void *op);

static uint32_t counter(const uint8_t iv[16])
{
    return (uint32_t)iv[0] | (uint32_t)iv[1] << 8 | (uint32_t)iv[2] << 16 | (uint32_t)iv[3] << 24;
}

static void set_counter(uint8_t iv[16], uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        iv[i] = (uint8_t)(v >> (8 * i));
    }
}

/* chacha20 on length bytes (whole blocks) from the IV, which advances (the
 * payload limit keeps the counter from wrapping).  0 or a negative errno. */
static ssize_t cc_run(struct kc_cp_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    ssize_t ret =
        kcapi_cipher_encrypt(o->lease.h, in, length, o->iv, out, length, KCAPI_ACCESS_HEURISTIC);

    if (ret >= 0 && (size_t)ret != length) {
        ret = -EIO;
    }
    set_counter(o->iv, counter(o->iv) + (uint32_t)(length / CC_BLOCK));
    o->failed |= ret < 0;
    return ret < 0 ? ret : 0;
}

static ssize_t poly_feed(struct kc_cp_op *o, const uint8_t *in, size_t n)
{
    ssize_t ret = kcapi_md_update(o->poly, in, n);

    return ret < 0 ? ret : 0;
}

/* Zero-pad the MAC input after length bytes to a 16-byte boundary. */
static ssize_t poly_pad(struct kc_cp_op *o, uint64_t length)
{
    static const uint8_t zero[16];
    size_t pad = (size_t)((16 - length % 16) % 16);

    return pad == 0 ? 0 : poly_feed(o, zero, pad);
}

/* Release the handles and wipe the context (finish, verify, abort, a
 * failed setup). */
static void release(struct kc_cp_op *o)
{
    kc_lease_put(&o->lease, !o->failed);
    if (o->poly != NULL) {
        kcapi_md_destroy(o->poly);
    }
    kc_wipe(o, sizeof(*o));
}

static psa_status_t setup(struct kc_cp_op *o, const psa_key_attributes_t *attributes,
                          const uint8_t *key, size_t key_size, psa_algorithm_t alg, bool decrypt)
{
    int idx = kc_lookup(PSA_ALG_STREAM_CIPHER, psa_get_key_type(attributes));
    int mac = kc_lookup(PSA_ALG_CHACHA20_POLY1305, 0);
    ssize_t ret;

    memset(o, 0, sizeof(*o));
    if (alg != PSA_ALG_CHACHA20_POLY1305 || psa_get_key_type(attributes) != PSA_KEY_TYPE_CHACHA20 ||
        !kc_usable(idx, 0, true) || !kc_usable(mac, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kcapi_md_init(&o->poly, kc_alg_at(mac)->kernel, 0);
    if (ret == 0) {
        ret =
            kc_lease_get(&o->lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, true);
    }
    if (ret != 0) {
        /* Not bound yet: release what was made and decline. */
        release(o);
        return kc_status(ret, false);
    }
    o->decrypt = decrypt;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_chachapoly_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                const uint8_t *key, size_t key_size,
                                                psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, false);
}

psa_status_t kcapi_drv_chachapoly_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                const uint8_t *key, size_t key_size,
                                                psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, true);
}

/* Block 0 keys Poly1305 (its first 32 bytes, fed as the hash's first data);
 * the payload starts at block 1. */
psa_status_t kcapi_drv_chachapoly_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length)
{
    static const uint8_t zero[CC_BLOCK];
    struct kc_cp_op *o = op;
    uint8_t block0[CC_BLOCK];
    ssize_t ret;

    if (nonce_length != NONCE) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    memset(o->iv, 0, 4);
    memcpy(o->iv + 4, nonce, NONCE);
    ret = cc_run(o, zero, CC_BLOCK, block0);
    ret = ret < 0 ? ret : poly_feed(o, block0, POLY_KEY);
    kc_wipe(block0, sizeof(block0));
    return kc_status(ret, true);
}

/* The core checks the declared lengths against the updates. */
psa_status_t kcapi_drv_chachapoly_set_lengths(void *op, size_t ad_length, size_t plaintext_length)
{
    (void)op;
    (void)ad_length;
    return (uint64_t)plaintext_length > CC_MAX_PAYLOAD ? PSA_ERROR_INVALID_ARGUMENT : PSA_SUCCESS;
}

psa_status_t kcapi_drv_chachapoly_update_ad(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_cp_op *o = op;
    ssize_t ret;

    if (o->in_body) {
        return PSA_ERROR_BAD_STATE;
    }
    ret = input_length == 0 ? 0 : poly_feed(o, input, input_length);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    o->ad_length += input_length;
    return PSA_SUCCESS;
}

/* XOR n bytes with the kept key stream. */
static void consume(struct kc_cp_op *o, const uint8_t *in, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = in[i] ^ o->ks[CC_BLOCK - o->ks_left--];
    }
}

/* Encrypt or decrypt length bytes (the ciphertext is hashed first when it is
 * the input: out may be in). */
static ssize_t cc_crypt(struct kc_cp_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    size_t take = length < o->ks_left ? length : o->ks_left;
    size_t whole = (length - take) / CC_BLOCK * CC_BLOCK;
    size_t tail = length - take - whole;
    ssize_t ret = o->decrypt ? poly_feed(o, in, length) : 0;

    if (ret >= 0) {
        consume(o, in, out, take);
        ret = whole == 0 ? 0 : cc_run(o, in + take, whole, out + take);
    }
    if (ret >= 0 && tail > 0) {
        static const uint8_t zero[CC_BLOCK];

        ret = cc_run(o, zero, CC_BLOCK, o->ks);
        o->ks_left = CC_BLOCK;
        consume(o, in + take + whole, out + take + whole, tail);
    }
    if (ret >= 0 && !o->decrypt) {
        ret = poly_feed(o, out, length);
    }
    return ret;
}

/* The body step: the AD's padding before the first body byte, then the
 * construction's en/decryption with authentication. */
static ssize_t body_step(void *op, const uint8_t *in, size_t length, uint8_t *out)
{
    struct kc_cp_op *o = op;
    ssize_t ret = 0;

    if (!o->in_body) {
        ret = poly_pad(o, o->ad_length);
        o->in_body = true;
    }
    return ret < 0 ? ret : cc_crypt(o, in, length, out);
}

psa_status_t kcapi_drv_chachapoly_update(void *op, const uint8_t *input, size_t input_length,
                                         uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_cp_op *o = op;
    psa_status_t status;

    if (input_length > CC_MAX_PAYLOAD - o->body_length) {
        *output_length = 0;
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (input_length == 0) {
        *output_length = 0;
        return PSA_SUCCESS;
    }
    status = kc_aead_stream(o, body_step, input, input_length, output, output_size,
                            output_length);
    o->body_length += *output_length;
    return status;
}

/* The tag: the last padding, the two little-endian lengths, the digest. */
static ssize_t compute_tag(void *op, uint8_t *tag)
{
    struct kc_cp_op *o = op;
    uint8_t lengths[16];
    ssize_t ret = o->in_body ? poly_pad(o, o->body_length) : poly_pad(o, o->ad_length);

    for (int i = 0; i < 8; i++) {
        lengths[i] = (uint8_t)(o->ad_length >> (8 * i));
        lengths[8 + i] = (uint8_t)(o->body_length >> (8 * i));
    }
    ret = ret < 0 ? ret : poly_feed(o, lengths, sizeof(lengths));
    if (ret >= 0) {
        ret = kcapi_md_final(o->poly, tag, TAG);
        ret = ret < 0 ? ret : ret == TAG ? 0 : -EIO;
    }
    return ret;
}

psa_status_t kcapi_drv_chachapoly_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                         size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                         size_t *tag_length)
{
    struct kc_cp_op *o = op;
    psa_status_t status;

    (void)ciphertext;
    (void)ciphertext_size;
    *ciphertext_length = 0;
    status = kc_aead_tag_out(o, compute_tag, TAG, tag, tag_size, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_chachapoly_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                         size_t *plaintext_length, const uint8_t *tag,
                                         size_t tag_length)
{
    struct kc_cp_op *o = op;
    psa_status_t status;

    (void)plaintext;
    (void)plaintext_size;
    *plaintext_length = 0;
    status = kc_aead_tag_check(o, compute_tag, TAG, tag, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_chachapoly_abort(void *op)
{
    release(op);
    return PSA_SUCCESS;
}
