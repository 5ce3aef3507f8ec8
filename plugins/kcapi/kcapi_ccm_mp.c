/*
 * kcapi_ccm_mp.c - multipart AES-CCM entry points of the kcapi driver.
 *
 * As for multipart GCM (kcapi_aead_mp.c), the kernel's AEAD interface wants
 * the whole message in one request, so CCM (NIST SP 800-38C, RFC 3610) is
 * composed from two kernel primitives: the "cbcmac(aes)" hash keyed with K
 * computes the CBC-MAC over B0 || encoded AD || pad || P || pad, and
 * "ctr(aes)" encrypts the payload from A1; the tag is the first M bytes of
 * E_K(A0) XOR the MAC.  B0 holds the payload length, so the core makes the
 * application declare the lengths before the nonce: B0 and the encoded AD
 * length are hashed at set_nonce.  The counter field of L bytes never
 * overflows for a payload that fits B0, so the kernel's 128-bit ctr(aes)
 * increment equals CCM's.
 *
 * The payload goes out as it comes (CTR streams: no block is held back);
 * the key stream of a partial block is kept for the next update.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kcapi.h>

#define BLOCK 16

/* The context of aead_encrypt/decrypt_multipart ("kpsa/context_sizes"). */
struct kc_ccm_op {
    struct kc_lease lease;    /* ctr(aes) */
    struct kcapi_handle *mac; /* cbcmac(aes) keyed with K, private to the operation */
    bool decrypt;
    bool failed;  /* a kernel request failed: the ctr handle is not reusable */
    bool in_body; /* the additional data is complete (and padded) */
    bool lengths; /* set_lengths was called */
    size_t tag_length;
    uint8_t ctr[BLOCK];   /* the next counter block */
    uint8_t s0[BLOCK];    /* E_K(A0) */
    uint8_t ks[BLOCK];    /* key stream of the current partial block */
    size_t ks_left;       /* unused key stream bytes at the end of ks */
    uint64_t ad_length;   /* declared */
    uint64_t body_length; /* declared */
    uint64_t ad_hashed;   /* bytes hashed since B0: AD length encoding and AD */
};

_Static_assert(sizeof(struct kc_ccm_op) <= 192, "kcapi.json context_sizes too small");

KC_EXPORT psa_status_t kcapi_drv_ccm_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                   const uint8_t *key, size_t key_size,
                                                   psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_ccm_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                                   const uint8_t *key, size_t key_size,
                                                   psa_algorithm_t alg);
KC_EXPORT psa_status_t kcapi_drv_ccm_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_set_lengths(void *op, size_t ad_length,
                                                 size_t plaintext_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_update_ad(void *op, const uint8_t *input, size_t input_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_update(void *op, const uint8_t *input, size_t input_length,
                                            uint8_t *output, size_t output_size,
                                            size_t *output_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                            size_t *ciphertext_length, uint8_t *tag,
                                            size_t tag_size, size_t *tag_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                            size_t *plaintext_length, const uint8_t *tag,
                                            size_t tag_length);
KC_EXPORT psa_status_t kcapi_drv_ccm_abort(void *op);

/* Big-endian addition to the whole counter block (as the kernel's ctr). */
static void ctr_add(uint8_t c[BLOCK], uint64_t blocks)
{
    for (int i = BLOCK - 1; i >= 0 && blocks != 0; i--) {
        blocks += c[i];
        c[i] = (uint8_t)blocks;
        blocks >>= 8;
    }
}

/* ctr(aes) on length bytes (whole blocks) from the counter block, which
 * advances.  0 or a negative errno. */
static ssize_t ctr_run(struct kc_ccm_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    ssize_t ret =
        kcapi_cipher_encrypt(o->lease.h, in, length, o->ctr, out, length, KCAPI_ACCESS_HEURISTIC);

    if (ret >= 0 && (size_t)ret != length) {
        ret = -EIO;
    }
    ctr_add(o->ctr, length / BLOCK);
    o->failed |= ret < 0;
    return ret < 0 ? ret : 0;
}

static ssize_t mac_feed(struct kc_ccm_op *o, const uint8_t *in, size_t n)
{
    ssize_t ret = kcapi_md_update(o->mac, in, n);

    return ret < 0 ? ret : 0;
}

/* Zero-pad the CBC-MAC input after length bytes to a block boundary. */
static ssize_t mac_pad(struct kc_ccm_op *o, uint64_t length)
{
    static const uint8_t zero[BLOCK];
    size_t pad = (size_t)((BLOCK - length % BLOCK) % BLOCK);

    return pad == 0 ? 0 : mac_feed(o, zero, pad);
}

/* Release the handles and wipe the context (finish, verify, abort, a
 * failed setup). */
static void release(struct kc_ccm_op *o)
{
    kc_lease_put(&o->lease, !o->failed);
    if (o->mac != NULL) {
        kcapi_md_destroy(o->mac);
    }
    kc_wipe(o, sizeof(*o));
}

static psa_status_t setup(struct kc_ccm_op *o, const psa_key_attributes_t *attributes,
                          const uint8_t *key, size_t key_size, psa_algorithm_t alg, bool decrypt)
{
    size_t tag = (alg >> 16) & 0x3f; /* PSA_ALG_AEAD_TAG_LENGTH_MASK */
    int idx = kc_lookup(PSA_ALG_CTR, psa_get_key_type(attributes));
    int mac = kc_lookup(PSA_ALG_CCM, 0);
    ssize_t ret;

    memset(o, 0, sizeof(*o));
    if (PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) != PSA_ALG_CCM ||
        psa_get_key_type(attributes) != PSA_KEY_TYPE_AES || tag < 4 || tag > BLOCK ||
        tag % 2 != 0 || !kc_usable(idx, 0, true) || !kc_usable(mac, 0, true)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    ret = kcapi_md_init(&o->mac, kc_alg_at(mac)->kernel, 0);
    ret = ret < 0 ? ret : kcapi_md_setkey(o->mac, key, (uint32_t)key_size);
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
    o->tag_length = tag;
    return PSA_SUCCESS;
}

psa_status_t kcapi_drv_ccm_encrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                         const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, false);
}

psa_status_t kcapi_drv_ccm_decrypt_setup(void *op, const psa_key_attributes_t *attributes,
                                         const uint8_t *key, size_t key_size, psa_algorithm_t alg)
{
    return setup(op, attributes, key, key_size, alg, true);
}

psa_status_t kcapi_drv_ccm_set_lengths(void *op, size_t ad_length, size_t plaintext_length)
{
    struct kc_ccm_op *o = op;

    o->ad_length = ad_length;
    o->body_length = plaintext_length;
    o->lengths = true;
    return PSA_SUCCESS;
}

/* The encoding of the additional data's length (SP 800-38C A.2.2) into out;
 * its size. */
static size_t ad_header(uint64_t a, uint8_t out[10])
{
    size_t n = 2, skip = 0;

    if (a >= (UINT64_C(1) << 32)) {
        out[0] = 0xff;
        out[1] = 0xff;
        skip = 2;
        n = 10;
    } else if (a >= 0xff00) {
        out[0] = 0xff;
        out[1] = 0xfe;
        skip = 2;
        n = 6;
    }
    for (size_t i = skip; i < n; i++) {
        out[i] = (uint8_t)(a >> (8 * (n - 1 - i)));
    }
    return n;
}

/* B0 and the AD length encoding into the MAC, A0 -> E_K(A0), counter A1. */
psa_status_t kcapi_drv_ccm_set_nonce(void *op, const uint8_t *nonce, size_t nonce_length)
{
    static const uint8_t zero[BLOCK];
    struct kc_ccm_op *o = op;
    size_t l = 15 - nonce_length;
    uint8_t b0[BLOCK] = {0}, hdr[10];
    ssize_t ret;

    if (!o->lengths) {
        return PSA_ERROR_BAD_STATE;
    }
    if (nonce_length < 7 || nonce_length > 13 || (l < 8 && o->body_length >> (8 * l) != 0)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    b0[0] = (uint8_t)((o->ad_length > 0 ? 64 : 0) | ((o->tag_length - 2) / 2) << 3 | (l - 1));
    memcpy(b0 + 1, nonce, nonce_length);
    for (size_t i = 0; i < l && i < 8; i++) {
        b0[15 - i] = (uint8_t)(o->body_length >> (8 * i));
    }
    ret = mac_feed(o, b0, BLOCK);
    if (ret >= 0 && o->ad_length > 0) {
        o->ad_hashed = ad_header(o->ad_length, hdr);
        ret = mac_feed(o, hdr, (size_t)o->ad_hashed);
    }
    memset(o->ctr, 0, BLOCK);
    o->ctr[0] = (uint8_t)(l - 1);
    memcpy(o->ctr + 1, nonce, nonce_length);
    ret = ret < 0 ? ret : ctr_run(o, zero, BLOCK, o->s0);
    kc_wipe(b0, sizeof(b0));
    return kc_status(ret, true);
}

psa_status_t kcapi_drv_ccm_update_ad(void *op, const uint8_t *input, size_t input_length)
{
    struct kc_ccm_op *o = op;
    ssize_t ret;

    if (o->in_body) {
        return PSA_ERROR_BAD_STATE;
    }
    ret = input_length == 0 ? 0 : mac_feed(o, input, input_length);
    if (ret < 0) {
        return kc_status(ret, true);
    }
    o->ad_hashed += input_length;
    return PSA_SUCCESS;
}

/* XOR n bytes with the kept key stream. */
static void consume(struct kc_ccm_op *o, const uint8_t *in, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = in[i] ^ o->ks[BLOCK - o->ks_left--];
    }
}

/* Encrypt or decrypt length bytes; the plaintext is MACed (the input when
 * encrypting, before out may overwrite it in place). */
static ssize_t ccm_crypt(struct kc_ccm_op *o, const uint8_t *in, size_t length, uint8_t *out)
{
    size_t take = length < o->ks_left ? length : o->ks_left;
    size_t whole = (length - take) / BLOCK * BLOCK;
    size_t tail = length - take - whole;
    ssize_t ret = o->decrypt ? 0 : mac_feed(o, in, length);

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
    if (ret >= 0 && o->decrypt) {
        ret = mac_feed(o, out, length);
    }
    return ret;
}

/* The body step: the AD's padding before the first body byte, then the
 * construction's en/decryption with authentication. */
static ssize_t body_step(void *op, const uint8_t *in, size_t length, uint8_t *out)
{
    struct kc_ccm_op *o = op;
    ssize_t ret = 0;

    if (!o->in_body) {
        ret = mac_pad(o, o->ad_hashed);
        o->in_body = true;
    }
    return ret < 0 ? ret : ccm_crypt(o, in, length, out);
}

psa_status_t kcapi_drv_ccm_update(void *op, const uint8_t *input, size_t input_length,
                                  uint8_t *output, size_t output_size, size_t *output_length)
{
    struct kc_ccm_op *o = op;
    psa_status_t status;

    if (input_length == 0) {
        *output_length = 0;
        return PSA_SUCCESS;
    }
    status = kc_aead_stream(o, body_step, input, input_length, output, output_size,
                            output_length);
    return status;
}

/* The full tag E_K(A0) XOR CBC-MAC into tag (the core checked that the
 * updates matched the declared lengths). */
static ssize_t compute_tag(void *op, uint8_t *tag)
{
    struct kc_ccm_op *o = op;
    ssize_t ret = o->in_body ? mac_pad(o, o->body_length) : mac_pad(o, o->ad_hashed);

    if (ret >= 0) {
        ret = kcapi_md_final(o->mac, tag, BLOCK);
        ret = ret < 0 ? ret : ret == BLOCK ? 0 : -EIO;
    }
    for (size_t i = 0; ret >= 0 && i < BLOCK; i++) {
        tag[i] ^= o->s0[i];
    }
    return ret;
}

psa_status_t kcapi_drv_ccm_finish(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                  size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                  size_t *tag_length)
{
    struct kc_ccm_op *o = op;
    psa_status_t status;

    (void)ciphertext;
    (void)ciphertext_size;
    *ciphertext_length = 0;
    status = kc_aead_tag_out(o, compute_tag, o->tag_length, tag, tag_size, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_ccm_verify(void *op, uint8_t *plaintext, size_t plaintext_size,
                                  size_t *plaintext_length, const uint8_t *tag, size_t tag_length)
{
    struct kc_ccm_op *o = op;
    psa_status_t status;

    (void)plaintext;
    (void)plaintext_size;
    *plaintext_length = 0;
    status = kc_aead_tag_check(o, compute_tag, o->tag_length, tag, tag_length);
    release(o);
    return status;
}

psa_status_t kcapi_drv_ccm_abort(void *op)
{
    release(op);
    return PSA_SUCCESS;
}
