/*
 * derive_key.c - asymmetric key pairs from a key derivation's output stream,
 * as the Crypto API defines psa_key_derivation_output_key() for each type
 * (keys/types.rst, "Key derivation"):
 *   - Weierstrass curves: draw ceil(m/8) bytes (m = bit size of the order N),
 *     clear the excess top bits, k = the big-endian integer; redraw while
 *     k > N - 2; d = k + 1 (SP 800-56A 5.6.1.2.2, FIPS 186-4 B.4.2);
 *   - Montgomery curves: 32 (X25519) or 56 (X448) bytes, clamped as
 *     RFC 7748 section 5 decodes scalars;
 *   - twisted Edwards curves: 32 (Ed25519) or 57 (Ed448) bytes, as they are;
 *   - RFC 7919 DH groups: as the Weierstrass case with the prime p in place of
 *     N (SP 800-56A 5.6.1.1.4): x = k + 1 with k <= p - 2;
 *   - SPAKE2+ key pairs: builtin_spake2p_key_derive();
 *   - RSA key pairs (the specification leaves the method to the
 *     implementation; this is kpsa's): e = 65537; for p (ceil(bits/2) bits)
 *     then q (the rest): draw the candidate's bytes, clear the excess top
 *     bits, set the two top bits (so that n has exactly `bits` bits) and the
 *     low bit, then step by 2 to the first probable prime c with
 *     gcd(c - 1, e) = 1 (a candidate stepping past its size is drawn again);
 *     q is drawn again while |p - q| <= 2^(bits/2 - 100) (FIPS 186-4
 *     B.3.1).  d = e^-1 mod lcm(p - 1, q - 1), and the CRT values.  One
 *     draw per prime in the usual case: bits/8 bytes of the stream.
 * The result is in export format; the core imports it through the chain.
 */
#include "config.h"

#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include "builtin/builtin.h"
#include "builtin/pkey_int.h"

#define RSA_DERIVE_MIN_BITS 1024u
#define RSA_DERIVE_MAX_BITS 4096u

/*
 * Candidates by testing: draw until k = (stream & mask) <= limit - 2, output
 * k + 1 as `out_length` big-endian bytes.
 */
static psa_status_t draw_below(const BIGNUM *limit, builtin_stream_read_fn read, void *ctx,
                               uint8_t *out, size_t out_length)
{
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;
    int m = BN_num_bits(limit);
    size_t length = ((size_t)m + 7) / 8;
    uint8_t top_mask = (uint8_t)(0xffu >> (8 * length - (size_t)m));
    BIGNUM *max = BN_dup(limit);
    BIGNUM *k = BN_secure_new();
    uint8_t buf[1024];

    if (max == NULL || k == NULL || !BN_sub_word(max, 2)) {
        goto exit;
    }
    if (length > sizeof(buf) || length > out_length) {
        status = PSA_ERROR_NOT_SUPPORTED;
        goto exit;
    }
    for (;;) {
        status = read(ctx, buf, length);
        if (status != PSA_SUCCESS) {
            goto exit;
        }
        buf[0] &= top_mask;
        if (BN_bin2bn(buf, (int)length, k) == NULL) {
            status = PSA_ERROR_INSUFFICIENT_MEMORY;
            goto exit;
        }
        if (BN_cmp(k, max) <= 0) {
            break;
        }
    }
    status = BN_add_word(k, 1) && BN_bn2binpad(k, out, (int)out_length) == (int)out_length
                 ? PSA_SUCCESS
                 : PSA_ERROR_CORRUPTION_DETECTED;
exit:
    OPENSSL_cleanse(buf, sizeof(buf));
    BN_clear_free(k);
    BN_free(max);
    return status;
}

/*
 * Why a curve is missing: a size the family does not have (Crypto API,
 * keys/types.rst, "Elliptic curve keys") is INVALID_ARGUMENT, as the PSA
 * conformance suite expects of output_key; a size the family has but this
 * driver lacks, or an unknown family, NOT_SUPPORTED.
 */
static psa_status_t missing_curve(psa_ecc_family_t family, size_t bits)
{
    static const struct {
        psa_ecc_family_t family;
        uint16_t bits[7];
    } sizes[] = {
        {PSA_ECC_FAMILY_SECP_K1, {192, 225, 256}},
        {PSA_ECC_FAMILY_SECP_R1, {192, 224, 256, 384, 521}},
        {PSA_ECC_FAMILY_SECP_R2, {160}},
        {PSA_ECC_FAMILY_SECT_K1, {163, 233, 239, 283, 409, 571}},
        {PSA_ECC_FAMILY_SECT_R1, {163, 233, 283, 409, 571}},
        {PSA_ECC_FAMILY_SECT_R2, {163}},
        {PSA_ECC_FAMILY_BRAINPOOL_P_R1, {160, 192, 224, 256, 320, 384, 512}},
        {PSA_ECC_FAMILY_FRP, {256}},
        {PSA_ECC_FAMILY_MONTGOMERY, {255, 448}},
        {PSA_ECC_FAMILY_TWISTED_EDWARDS, {255, 448}},
    };

    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        if (sizes[i].family != family) {
            continue;
        }
        for (size_t j = 0; j < sizeof(sizes[i].bits) / sizeof(sizes[i].bits[0]); j++) {
            if (sizes[i].bits[j] == bits) {
                return PSA_ERROR_NOT_SUPPORTED;
            }
        }
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return bits == 0 ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED;
}

static psa_status_t derive_ecc(psa_ecc_family_t family, size_t bits, builtin_stream_read_fn read,
                               void *ctx, uint8_t *key, size_t key_size, size_t *key_length)
{
    const struct builtin_curve *curve = builtin_curve_find(family, bits);
    psa_status_t status;

    if (curve == NULL) {
        return missing_curve(family, bits);
    }
    if (key_size < curve->bytes) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (curve->group != NULL) {
        status = draw_below(EC_GROUP_get0_order(curve->group), read, ctx, key, curve->bytes);
    } else {
        status = read(ctx, key, curve->bytes);
    }
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (family == PSA_ECC_FAMILY_MONTGOMERY) {
        /* RFC 7748 5: X25519 clears bits 0-2 and 255, sets 254; X448
         * clears bits 0-1 and sets 447. */
        key[0] &= bits == 255 ? 0xf8u : 0xfcu;
        if (bits == 255) {
            key[31] = (uint8_t)((key[31] & 0x7fu) | 0x40u);
        } else {
            key[55] |= 0x80u;
        }
    }
    *key_length = curve->bytes;
    return PSA_SUCCESS;
}

/* The prime of an RFC 7919 group, from libcrypto's named group. */
static psa_status_t ffdh_prime(const char *group, BIGNUM **p)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    EVP_PKEY *params = NULL;
    OSSL_PARAM set[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)group, 0),
        OSSL_PARAM_construct_end()};
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    if (pctx != NULL && EVP_PKEY_paramgen_init(pctx) > 0 &&
        EVP_PKEY_CTX_set_params(pctx, set) > 0 && EVP_PKEY_paramgen(pctx, &params) > 0 &&
        EVP_PKEY_get_bn_param(params, OSSL_PKEY_PARAM_FFC_P, p) > 0) {
        status = PSA_SUCCESS;
    }
    EVP_PKEY_free(params);
    EVP_PKEY_CTX_free(pctx);
    return status;
}

static psa_status_t derive_dh(psa_dh_family_t family, size_t bits, builtin_stream_read_fn read,
                              void *ctx, uint8_t *key, size_t key_size, size_t *key_length)
{
    const char *group = builtin_ffdh_group_name(family, bits);
    size_t length = PSA_BITS_TO_BYTES(bits);
    BIGNUM *p = NULL;
    psa_status_t status;

    if (group == NULL) {
        /* Every size of the RFC 7919 family is supported: others are invalid. */
        return family == PSA_DH_FAMILY_RFC7919 || bits == 0 ? PSA_ERROR_INVALID_ARGUMENT
                                                            : PSA_ERROR_NOT_SUPPORTED;
    }
    if (key_size < length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    status = ffdh_prime(group, &p);
    if (status == PSA_SUCCESS) {
        status = draw_below(p, read, ctx, key, length);
    }
    BN_free(p);
    if (status == PSA_SUCCESS) {
        *key_length = length;
    }
    return status;
}

/* One RSA prime of `bits` bits from the stream (see the file comment). */
static psa_status_t rsa_prime(size_t bits, const BIGNUM *e, builtin_stream_read_fn read, void *ctx,
                              BN_CTX *bn, BIGNUM *c)
{
    size_t length = (bits + 7) / 8;
    uint8_t buf[RSA_DERIVE_MAX_BITS / 16];
    BIGNUM *t = BN_CTX_get(bn);
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;
    int prime = 0;

    if (t == NULL) {
        return status;
    }
    for (;;) {
        status = read(ctx, buf, length);
        if (status != PSA_SUCCESS) {
            break;
        }
        status = PSA_ERROR_INSUFFICIENT_MEMORY;
        /* Keep `bits` bits, the top two set; odd. */
        buf[0] &= (uint8_t)(0xffu >> (8 * length - bits));
        if (BN_bin2bn(buf, (int)length, c) == NULL || !BN_set_bit(c, (int)bits - 1) ||
            !BN_set_bit(c, (int)bits - 2) || !BN_set_bit(c, 0)) {
            break;
        }
        while ((size_t)BN_num_bits(c) == bits) {
            prime = BN_sub(t, c, BN_value_one()) && BN_gcd(t, t, e, bn) && BN_is_one(t) &&
                    BN_check_prime(c, bn, NULL) == 1;
            if (prime || !BN_add_word(c, 2)) {
                break;
            }
        }
        if (prime) {
            status = PSA_SUCCESS;
            break;
        }
    }
    OPENSSL_cleanse(buf, sizeof(buf));
    return status;
}

/* d and the CRT values of (p, q, e) into a new RSA key object. */
static psa_status_t rsa_object(BIGNUM *p, BIGNUM *q, const BIGNUM *e, BN_CTX *bn, EVP_PKEY **pkey)
{
    BIGNUM *n = BN_CTX_get(bn), *d = BN_CTX_get(bn), *p1 = BN_CTX_get(bn);
    BIGNUM *q1 = BN_CTX_get(bn), *l = BN_CTX_get(bn), *g = BN_CTX_get(bn);
    BIGNUM *dp = BN_CTX_get(bn), *dq = BN_CTX_get(bn), *qinv = BN_CTX_get(bn);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    if (qinv == NULL || bld == NULL) {
        goto exit;
    }
    BN_set_flags(p1, BN_FLG_CONSTTIME);
    BN_set_flags(q1, BN_FLG_CONSTTIME);
    BN_set_flags(l, BN_FLG_CONSTTIME);
    if (!BN_mul(n, p, q, bn) || !BN_sub(p1, p, BN_value_one()) || !BN_sub(q1, q, BN_value_one()) ||
        !BN_gcd(g, p1, q1, bn) || !BN_mul(l, p1, q1, bn) || !BN_div(l, NULL, l, g, bn) ||
        BN_mod_inverse(d, e, l, bn) == NULL || !BN_mod(dp, d, p1, bn) || !BN_mod(dq, d, q1, bn) ||
        BN_mod_inverse(qinv, q, p, bn) == NULL) {
        goto exit;
    }
    if (!OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_D, d) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR1, p) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR2, q) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT1, dp) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT2, dq) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qinv)) {
        goto exit;
    }
    status = builtin_pkey_fromdata("RSA", EVP_PKEY_KEYPAIR, bld, pkey);
exit:
    OSSL_PARAM_BLD_free(bld);
    return status;
}

/* The RSAPrivateKey DER encoding of a key object into key (key_size bytes). */
static psa_status_t rsa_encode(EVP_PKEY *pkey, uint8_t *key, size_t key_size, size_t *key_length)
{
    OSSL_ENCODER_CTX *enc =
        OSSL_ENCODER_CTX_new_for_pkey(pkey, EVP_PKEY_KEYPAIR, "DER", "type-specific", NULL);
    uint8_t *der = NULL;
    size_t der_length = 0;
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    if (enc != NULL && OSSL_ENCODER_to_data(enc, &der, &der_length) == 1) {
        status = PSA_ERROR_BUFFER_TOO_SMALL;
        if (der_length <= key_size) {
            memcpy(key, der, der_length);
            *key_length = der_length;
            status = PSA_SUCCESS;
        }
    }
    OPENSSL_clear_free(der, der_length);
    OSSL_ENCODER_CTX_free(enc);
    return status;
}

static psa_status_t derive_rsa(size_t bits, builtin_stream_read_fn read, void *ctx, uint8_t *key,
                               size_t key_size, size_t *key_length)
{
    BN_CTX *bn = NULL;
    BIGNUM *e = NULL, *p = NULL, *q = NULL, *diff = NULL;
    EVP_PKEY *pkey = NULL;
    psa_status_t status = PSA_ERROR_INSUFFICIENT_MEMORY;

    if (bits < RSA_DERIVE_MIN_BITS || bits > RSA_DERIVE_MAX_BITS || bits % 2 != 0) {
        return bits == 0 ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED;
    }
    bn = BN_CTX_secure_new();
    if (bn == NULL) {
        return status;
    }
    BN_CTX_start(bn);
    e = BN_CTX_get(bn), p = BN_CTX_get(bn), q = BN_CTX_get(bn), diff = BN_CTX_get(bn);
    if (diff == NULL || !BN_set_word(e, 65537)) {
        goto exit;
    }
    BN_set_flags(p, BN_FLG_CONSTTIME);
    BN_set_flags(q, BN_FLG_CONSTTIME);
    status = rsa_prime(bits / 2, e, read, ctx, bn, p);
    do {
        if (status == PSA_SUCCESS) {
            status = rsa_prime(bits / 2, e, read, ctx, bn, q);
        }
        if (status == PSA_SUCCESS && !BN_sub(diff, p, q)) {
            status = PSA_ERROR_INSUFFICIENT_MEMORY;
        }
    } while (status == PSA_SUCCESS && BN_num_bits(diff) <= (int)(bits / 2 - 100));
    if (status == PSA_SUCCESS) {
        status = rsa_object(p, q, e, bn, &pkey);
    }
    if (status == PSA_SUCCESS) {
        status = rsa_encode(pkey, key, key_size, key_length);
    }
exit:
    EVP_PKEY_free(pkey);
    BN_CTX_end(bn);
    BN_CTX_free(bn);
    return status;
}

psa_status_t builtin_derive_key(const psa_key_attributes_t *attributes, builtin_stream_read_fn read,
                                void *ctx, uint8_t *key_buffer, size_t key_buffer_size,
                                size_t *key_buffer_length)
{
    psa_key_type_t type = psa_get_key_type(attributes);
    size_t bits = psa_get_key_bits(attributes);
    psa_status_t status = PSA_ERROR_NOT_SUPPORTED;

    *key_buffer_length = 0;
    if (PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type)) {
        status = derive_ecc(PSA_KEY_TYPE_ECC_GET_FAMILY(type), bits, read, ctx, key_buffer,
                            key_buffer_size, key_buffer_length);
    } else if (PSA_KEY_TYPE_IS_DH_KEY_PAIR(type)) {
        status = derive_dh(PSA_KEY_TYPE_DH_GET_FAMILY(type), bits, read, ctx, key_buffer,
                           key_buffer_size, key_buffer_length);
    } else if (type == PSA_KEY_TYPE_RSA_KEY_PAIR) {
        status = derive_rsa(bits, read, ctx, key_buffer, key_buffer_size, key_buffer_length);
    } else if (PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR(type)) {
        status = builtin_spake2p_key_derive(attributes, read, ctx, key_buffer, key_buffer_size,
                                            key_buffer_length);
    }
    if (status != PSA_SUCCESS) {
        OPENSSL_cleanse(key_buffer, key_buffer_size);
        *key_buffer_length = 0;
    }
    return status;
}
