/*
 * kcapi_aead_mp.c - multipart AES-GCM entry points of the kcapi driver.
 *
 * The kernel's AEAD interface wants the additional data and the whole payload
 * in one request, so multipart GCM is composed from two kernel primitives
 * instead (NIST SP 800-38D): the payload is encrypted with "ctr(aes)" from
 * inc32(J0), and authenticated with the "ghash" hash keyed with H = E_K(0^128);
 * the tag is E_K(J0) XOR GHASH_H(A, C).  H and E_K(J0) are keystream blocks
 * of the same ctr(aes) handle (at counters 0 and J0), so the operation holds
 * one handle of the key's ctr(aes) transform and one private ghash handle
 * (made at setup: its key H is per key and the kernel hash cannot be cloned).
 *
 * Every nonce length the core accepts is served: a 12-byte nonce gives
 * J0 = nonce || 1, any other J0 = GHASH_H(nonce, padded, with its length).
 * GCM's counter is inc32 (the low 32 bits wrap on their own) while the
 * kernel's ctr(aes) carries into all 128 bits, so a request stops where the
 * low word wraps (only possible with a J0 made by GHASH).
 *
 * The payload goes out as it comes (a stream mode: no block is held back);
 * the keystream of a partial block is kept for the next update.
 *
 * Entry-point functions are named kcapi_drv_aead_* and mapped with the
 * manifest's "names", like the single-part ones.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kcapi.h>

#define BLOCK 16
/* SP 800-38D: at most 2^39 - 256 bits of payload. */
#define GCM_MAX_PAYLOAD ((UINT64_C(1) << 36) - 32)

/* The context of aead_encrypt/decrypt_multipart ("kpsa/context_sizes"). */
struct kc_aead_op {
    struct kc_lease lease;      /* ctr(aes) */
    struct kcapi_handle *ghash; /* keyed with H */
    bool decrypt;
    bool failed;  /* a kernel request failed: the ctr handle is not reusable */
    bool in_body; /* the additional data is complete (and padded) */
    size_t tag_length;
    uint8_t ctr[BLOCK];  /* the next counter block */
    uint8_t ekj0[BLOCK]; /* E_K(J0) */
    uint8_t ks[BLOCK];   /* keystream of the current partial block */
    size_t ks_left;      /* unused keystream bytes at the end of ks */
    uint64_t ad_length;
    uint64_t body_length;
};

_Static_assert(sizeof(struct kc_aead_op) <= 192, "kcapi.json context_sizes too small");

KC_EXPORT psa_status_t kcapi_drv_aead_encrypt_setup(void *op,
                                                    const psa_key_attributes_t *attributes,
                                                    const uint8_t *key, size_t key_size,
                                                    psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_aead_decrypt_setup(void *op,
                                                    const psa_key_attributes_t *attributes,
                                                    const uint8_t *key, size_t key_size,
                                                    psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_aead_set_nonce(void *op, const uint8_t *nonce,
                                                size_t nonce_length);
KC_EXPORT psa_status_t kcapi_drv_aead_set_lengths(void *op, size_t ad_length,
                                                  size_t plaintext_length);
KC_EXPORT psa_status_t kcapi_drv_aead_update_ad(void *op, const uint8_t *input,
                                                size_t input_length);
KC_EXPORT psa_status_t kcapi_drv_aead_update(void *op, const uint8_t *input, size_t input_length,
                                             uint8_t *output, size_t output_size,
                                             size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_aead_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                             size_t *ciphertext_length, uint8_t *tag,
                                             size_t tag_size, size_t *tag_length);
KC_EXPORT psa_status_t kcapi_drv_aead_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                             size_t *plaintext_length, const uint8_t *tag,
                                             size_t tag_length);
KC_EXPORT psa_status_t kcapi_drv_aead_abort(void *op);

static uint32_t ctr32(const uint8_t c[BLOCK])
{
    return (uint32_t)c[12] << 24 | (uint32_t)c[13] << 16 | (uint32_t)c[14] << 8 | c[15];
}

/* inc32 by blocks: the low 32 bits wrap without carrying. */
static void ctr_add(uint8_t c[BLOCK], uint64_t blocks)
{
    uint32_t v = ctr32(c) + (uint32_t)blocks;

    c[12] = (uint8_t)(v >> 24);
    c[13] = (uint8_t)(v >> 16);
    c[14] = (uint8_t)(v >> 8);
    c[15] = (uint8_t)v;
}

/* ctr(aes) on length bytes (whole blocks) from the counter block, which
 * advances; a request stops where inc32 wraps.  0 or a negative errno. */
static ssize_t ctr_run(struct kc_aead_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    ssize_t ret = 0;

    while (ret >= 0 && length > 0) {
        uint64_t room = ((UINT64_C(1) << 32) - ctr32(o->ctr)) * BLOCK;
        size_t n = room < length ? (size_t)room : length;

        ret = kcapi_cipher_encrypt(o->lease.h, in, n, o->ctr, out, n, KCAPI_ACCESS_HEURISTIC);
        if (ret >= 0 && (size_t)ret != n) {
            ret = -EIO;
        }
        ctr_add(o->ctr, n / BLOCK);
        in += n;
        out += n;
        length -= n;
    }
    o->failed |= ret < 0;
    return ret < 0 ? ret : 0;
}

/* The keystream block at counter block c into out. */
static ssize_t keystream(struct kc_aead_op *o, const uint8_t c[BLOCK], uint8_t out[BLOCK])
{
    static const uint8_t zero[BLOCK];
    uint8_t save[BLOCK];
    ssize_t ret;

    memcpy(save, o->ctr, BLOCK);
    memcpy(o->ctr, c, BLOCK);
    ret = ctr_run(o, zero, BLOCK, out);
    memcpy(o->ctr, save, BLOCK);
    return ret;
}

/* Feed n bytes to GHASH (n > 0). */
static ssize_t ghash_feed(struct kc_aead_op *o, const uint8_t *in, size_t n)
{
    ssize_t ret = kcapi_md_update(o->ghash, in, n);

    return ret < 0 ? ret : 0;
}

/* Zero-pad the GHASH input after length bytes to a block boundary. */
static ssize_t ghash_pad(struct kc_aead_op *o, uint64_t length)
{
    static const uint8_t zero[BLOCK];
    size_t pad = (size_t)((BLOCK - length % BLOCK) % BLOCK);

    return pad == 0 ? 0 : ghash_feed(o, zero, pad);
}

/* The final GHASH block: the two bit lengths, then the digest into out. */
static ssize_t ghash_final(struct kc_aead_op *o, uint64_t a_bits, uint64_t c_bits,
                           uint8_t out[BLOCK])
{
    uint8_t lengths[BLOCK];
    ssize_t ret;

    for (int i = 0; i < 8; i++) {
        lengths[i] = (uint8_t)(a_bits >> (56 - 8 * i));
        lengths[8 + i] = (uint8_t)(c_bits >> (56 - 8 * i));
    }
    ret = ghash_feed(o, lengths, BLOCK);
    if (ret >= 0) {
        ret = kcapi_md_final(o->ghash, out, BLOCK);
        ret = ret < 0 ? ret : ret == BLOCK ? 0 : -EIO;
    }
    return ret;
}

/* Release the handles and wipe the context (finish, verify, abort, a
 * failed setup). */
static void release(struct kc_aead_op *o)
{
    kc_lease_put(&o->lease, !o->failed);
    if (o->ghash != NULL) {
        kcapi_md_destroy(o->ghash);
    }
    kc_wipe(o, sizeof(*o));
}

static psa_status_t setup(struct kc_aead_op *o, const psa_key_attributes_t *attributes,
                          const uint8_t *key, size_t key_size, psa_algorithm_t alg, bool decrypt)
{
    static const uint8_t zero[BLOCK];
    uint8_t h[BLOCK];
    size_t tag = (alg >> 16) & 0x3f; /* PSA_ALG_AEAD_TAG_LENGTH_MASK */
    int idx = kc_lookup(PSA_ALG_CTR, psa_get_key_type(attributes));
    int gh = kc_lookup(PSA_ALG_GCM, 0);
    ssize_t ret;

    memset(o, 0, sizeof(*o));
    if (PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) != PSA_ALG_GCM ||
        psa_get_key_type(attributes) != PSA_KEY_TYPE_AES || tag < 4 || tag > BLOCK ||
        !kc_usable(idx, 0, true) || !kc_usable(gh, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kcapi_md_init(&o->ghash, kc_alg_at(gh)->kernel, 0);
    if (ret == 0) {
        ret =
            kc_lease_get(&o->lease, kpsa_driver_key_state(attributes), idx, key, key_size, 0, true);
    }
    if (ret == 0) {
        ret = keystream(o, zero, h);
        ret = ret < 0 ? ret : kcapi_md_setkey(o->ghash, h, BLOCK);
    }
    kc_wipe(h, sizeof(h));
    if (ret != 0) {
        /* Not bound yet: release what was made and decline. */
        release(o);
        return kc_status(ret, false);
    }
    o->decrypt = decrypt;
    o->tag_length = tag;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_aead_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, false);
}

psa_status_t kcapi_drv_aead_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                          const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, true);
}

/* J0 from the nonce (the core checked its length), then E_K(J0) and the
 * first payload counter inc32(J0). */
psa_status_t kcapi_drv_aead_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length)
{
    struct kc_aead_op *o = op;
    uint8_t j0[BLOCK] = {0};
    ssize_t ret = 0;

    if (nonce_length == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (nonce_length == 12) {
        memcpy(j0, nonce, 12);
        j0[15] = 1;
    } else {
        /* J0 = GHASH_H(nonce || 0^s || [0]_64 || [len(nonce)]_64); the hash
         * starts afresh for the additional data after its final. */
        ret = ghash_feed(o, nonce, nonce_length);
        ret = ret < 0 ? ret : ghash_pad(o, nonce_length);
        ret = ret < 0 ? ret : ghash_final(o, 0, (uint64_t)nonce_length * 8, j0);
    }
    ret = ret < 0 ? ret : keystream(o, j0, o->ekj0);
    memcpy(o->ctr, j0, BLOCK);
    ctr_add(o->ctr, 1);
    kc_wipe(j0, sizeof(j0));
    return kc_status(ret, true);
}

/* The core checks the declared lengths against the updates; GCM needs
 * nothing in advance. */
psa_status_t kcapi_drv_aead_set_lengths(void *op, size_t ad_length, size_t plaintext_length)
{
    (void)op;
    (void)ad_length;
    return (uint64_t)plaintext_length > GCM_MAX_PAYLOAD ? PSA_ERROR_INVALID_ARGUMENT : PSA_SUCCESS;
}

psa_status_t kcapi_drv_aead_update_ad(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_aead_op *o = op;
    ssize_t ret;

    if (o->in_body) {
        return PSA_ERROR_BAD_STATE;
    }
    ret = ghash_feed(o, input, input_length);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    o->ad_length += input_length;
    return PSA_SUCCESS;
}

/* XOR n bytes with the kept keystream. */
static void consume(struct kc_aead_op *o, const uint8_t *in, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = in[i] ^ o->ks[BLOCK - o->ks_left--];
    }
}

/* Encrypt or decrypt length bytes (the ciphertext is hashed first when it is
 * the input: out may be in). */
static ssize_t gcm_crypt(struct kc_aead_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    size_t take = length < o->ks_left ? length : o->ks_left;
    size_t whole = (length - take) / BLOCK * BLOCK;
    size_t tail = length - take - whole;
    ssize_t ret = o->decrypt ? ghash_feed(o, in, length) : 0;

    if (ret >= 0) {
        consume(o, in, out, take);
        ret = whole == 0 ? 0 : ctr_run(o, in + take, whole, out + take);
    }
    if (ret >= 0 && tail > 0) {
        static const uint8_t zero[BLOCK];

        ret = ctr_run(o, zero, BLOCK, o->ks);
        o->ks_left = BLOCK;
        consume(o, in + take + whole, out + take + whole, tail);
    }
    if (ret >= 0 && !o->decrypt) {
        ret = ghash_feed(o, out, length);
    }
    return ret;
}

/* The body step: the AD's padding before the first body byte, then the
 * construction's en/decryption with authentication. */
static ssize_t body_step(void *op, const uint8_t *in, size_t length, uint8_t *out)
{
    struct kc_aead_op *o = op;
    ssize_t ret = 0;

    if (!o->in_body) {
        ret = ghash_pad(o, o->ad_length);
        o->in_body = true;
    }
    return ret < 0 ? ret : gcm_crypt(o, in, length, out);
}

psa_status_t kcapi_drv_aead_update(void *op, const uint8_t *input, size_t input_length,
                                   uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_aead_op *o = op;
    psa_status_t status;

    if (input_length > GCM_MAX_PAYLOAD - o->body_length) {
        *output_length = 0;
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    status = kc_aead_stream(o, body_step, input, input_length, output, output_size,
                            output_length);
    o->body_length += *output_length;
    return status;
}

/* The full tag E_K(J0) XOR GHASH_H(A, C) into tag. */
static ssize_t compute_tag(void *op, uint8_t *tag)
{
    struct kc_aead_op *o = op;
    ssize_t ret = o->in_body ? ghash_pad(o, o->body_length) : ghash_pad(o, o->ad_length);

    ret = ret < 0 ? ret : ghash_final(o, o->ad_length * 8, o->body_length * 8, tag);
    for (size_t i = 0; ret >= 0 && i < BLOCK; i++) {
        tag[i] ^= o->ekj0[i];
    }
    return ret;
}

psa_status_t kcapi_drv_aead_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                   size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                   size_t *tag_length)
{
    struct kc_aead_op *o = op;
    psa_status_t status;

    (void)ciphertext;
    (void)ciphertext_size;
    *ciphertext_length = 0;
    status = kc_aead_tag_out(o, compute_tag, o->tag_length, tag, tag_size, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_aead_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                   size_t *plaintext_length, const uint8_t *tag, size_t tag_length)
{
    struct kc_aead_op *o = op;
    psa_status_t status;

    (void)plaintext;
    (void)plaintext_size;
    *plaintext_length = 0;
    status = kc_aead_tag_check(o, compute_tag, o->tag_length, tag, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_aead_abort(void *op)
{
    release(op);
    return PSA_SUCCESS;
}
