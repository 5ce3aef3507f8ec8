/*
 * pkey_rsa.c - RSA keys: DER RSAPrivateKey (RFC 8017, version 0) and
 * RSAPublicKey (RFC 3279 2.3.1), the PSA export formats.
 *
 * The DER is read by a small strict parser rather than libcrypto's decoders:
 * those accept other structures too (d2i_PrivateKey takes PKCS#8 as well as
 * RSAPrivateKey) and BER leniencies, and the Crypto API asks implementations
 * to be conservative.  Only definite minimal lengths, minimal non-negative
 * INTEGERs and no trailing bytes are accepted, so the input, when valid, is
 * already the canonical DER that export must return and is stored as is.
 *
 * Sizes: moduli of 1024 to 4096 bits (PSA_VENDOR_RSA_MAX_KEY_BITS); other
 * sizes are PSA_ERROR_NOT_SUPPORTED.  Import checks the key's arithmetic
 * (n = pq, d and the CRT values consistent with e, p and q) with BIGNUM
 * operations; it does not test p and q for primality, which the driver
 * specification ("Key validation") does not require: a key with composite
 * factors can only hurt itself.
 */
#include "config.h"

#include "builtin/pkey_int.h"

#include <limits.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/rsa.h>

#include "core/guard.h"

#define RSA_MIN_BITS 1024u
#define RSA_MAX_BITS PSA_VENDOR_RSA_MAX_KEY_BITS
/* libcrypto refuses public exponents above 64 bits for moduli above 3072
 * bits (RSA_SMALL_MODULUS_BITS, RSA_MAX_PUBEXP_BITS in rsa_ossl.c). */
#define RSA_SMALL_MODULUS_BITS 3072
#define RSA_MAX_PUBEXP_BITS 64
#define DEFAULT_EXPONENT 65537ul

/* The components in RSAPrivateKey order; a public key has the first two. */
enum { N, E, D, P, Q, DP, DQ, QINV, PARTS };
static const char *const param_names[PARTS] = {
    OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,         OSSL_PKEY_PARAM_RSA_D,
    OSSL_PKEY_PARAM_RSA_FACTOR1,   OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
    OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1,
};

struct rsa_parts {
    BIGNUM *v[PARTS];
    size_t count;  /* 2 (public key) or 8 (key pair) */
};

static void parts_free(struct rsa_parts *r)
{
    for (size_t i = 0; i < PARTS; i++) {
        BN_clear_free(r->v[i]);
        r->v[i] = NULL;
    }
}

/* ---- strict DER reading ------------------------------------------------- */

struct der {
    const uint8_t *p;
    size_t left;
};

/* A tag and a definite length in minimal form; the content follows. */
static bool der_head(struct der *d, uint8_t tag, size_t *length)
{
    size_t n;

    if (d->left < 2 || d->p[0] != tag) {
        return false;
    }
    n = d->p[1];
    d->p += 2;
    d->left -= 2;
    if (n & 0x80u) {
        size_t k = n & 0x7fu;
        /* Indefinite form (k = 0), over-long or leading-zero lengths. */
        if (k == 0 || k > 3 || k > d->left || d->p[0] == 0) {
            return false;
        }
        n = 0;
        for (size_t i = 0; i < k; i++) {
            n = n << 8 | d->p[i];
        }
        if (n < 0x80u) {
            return false;
        }
        d->p += k;
        d->left -= k;
    }
    if (n > d->left) {
        return false;
    }
    *length = n;
    return true;
}

/* A non-negative INTEGER in minimal encoding, as a BIGNUM (in secure
 * memory, flagged for constant-time use, when it is secret). */
static psa_status_t der_uint(struct der *d, bool secret, BIGNUM **bn)
{
    size_t n = 0;
    const uint8_t *v;

    if (!der_head(d, 0x02, &n) || n == 0 || n > INT_MAX) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    v = d->p;
    if ((v[0] & 0x80u) != 0 || (n > 1 && v[0] == 0 && (v[1] & 0x80u) == 0)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    d->p += n;
    d->left -= n;
    *bn = secret ? BN_secure_new() : BN_new();
    if (*bn == NULL || BN_bin2bn(v, (int)n, *bn) == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (secret) {
        BN_set_flags(*bn, BN_FLG_CONSTTIME);
    }
    return PSA_SUCCESS;
}

/* Parse the DER of an RSA key of type into r (freed by the caller). */
static psa_status_t parse(psa_key_type_t type, const uint8_t *data, size_t length,
                          struct rsa_parts *r)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct der d = {data, length};
    BIGNUM *version = NULL;
    size_t seq = 0;

    r->count = type == PSA_KEY_TYPE_RSA_KEY_PAIR ? PARTS : 2;
    /* The sequence must span the data exactly: no trailing bytes. */
    KPSA_CHECK(der_head(&d, 0x30, &seq) && seq == d.left, PSA_ERROR_INVALID_ARGUMENT);
    if (r->count == PARTS) {
        KPSA_TRY(der_uint(&d, false, &version));
        /* Version 1 (multi-prime) is not the format the API defines. */
        KPSA_CHECK(BN_is_zero(version), PSA_ERROR_INVALID_ARGUMENT);
    }
    for (size_t i = 0; i < r->count; i++) {
        KPSA_TRY(der_uint(&d, i >= D, &r->v[i]));
    }
    KPSA_CHECK(d.left == 0, PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    BN_free(version);
    return status;
}

/* ---- DER writing ---------------------------------------------------------- */

static size_t der_length_size(size_t n)
{
    return n < 0x80u ? 1 : n < 0x100u ? 2 : n < 0x10000u ? 3 : 4;
}

/* Content length of a non-negative INTEGER (a sign byte when the top bit is set). */
static size_t int_content_size(const BIGNUM *bn)
{
    int bits = BN_num_bits(bn);
    return bits == 0 ? 1 : (size_t)bits / 8 + 1;
}

static uint8_t *put_head(uint8_t *p, uint8_t tag, size_t n)
{
    size_t k = der_length_size(n);

    *p++ = tag;
    if (k == 1) {
        *p++ = (uint8_t)n;
        return p;
    }
    *p++ = (uint8_t)(0x80u | (k - 1));
    for (size_t i = k - 1; i > 0; i--) {
        *p++ = (uint8_t)(n >> (8 * (i - 1)));
    }
    return p;
}

/*
 * Encode the parts (an RSAPrivateKey with version 0 when there are 8, else
 * an RSAPublicKey).  PSA_ERROR_BUFFER_TOO_SMALL before anything is written.
 */
static psa_status_t encode(const struct rsa_parts *r, uint8_t *out, size_t size,
                           size_t *length)
{
    size_t content = r->count == PARTS ? 3 : 0;
    uint8_t *p = out;

    for (size_t i = 0; i < r->count; i++) {
        size_t c = int_content_size(r->v[i]);
        content += 1 + der_length_size(c) + c;
    }
    size_t total = 1 + der_length_size(content) + content;
    if (total > size) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    p = put_head(p, 0x30, content);
    if (r->count == PARTS) {
        *p++ = 0x02;
        *p++ = 0x01;
        *p++ = 0x00;
    }
    for (size_t i = 0; i < r->count; i++) {
        size_t c = int_content_size(r->v[i]);
        p = put_head(p, 0x02, c);
        if (BN_bn2binpad(r->v[i], p, (int)c) != (int)c) {
            return PSA_ERROR_CORRUPTION_DETECTED;
        }
        p += c;
    }
    *length = total;
    return PSA_SUCCESS;
}

/* ---- validation ------------------------------------------------------------- */

/* Sizes and the public values: n odd, 3 <= e < n, e odd. */
static psa_status_t check_public(const struct rsa_parts *r, size_t *bits)
{
    size_t n_bits = (size_t)BN_num_bits(r->v[N]);

    if (*bits != 0 && *bits != n_bits) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (n_bits < RSA_MIN_BITS || n_bits > RSA_MAX_BITS) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (!BN_is_odd(r->v[N]) || !BN_is_odd(r->v[E]) || BN_cmp(r->v[E], BN_value_one()) <= 0 ||
        BN_cmp(r->v[E], r->v[N]) >= 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (n_bits > RSA_SMALL_MODULUS_BITS && BN_num_bits(r->v[E]) > RSA_MAX_PUBEXP_BITS) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    *bits = n_bits;
    return PSA_SUCCESS;
}

/* x mod m == want (a value in [0, m)) */
static bool mod_is(BIGNUM *t, const BIGNUM *x, const BIGNUM *m, const BIGNUM *want,
                   BN_CTX *ctx)
{
    return BN_mod(t, x, m, ctx) == 1 && BN_cmp(t, want) == 0;
}

/* The private values agree with n and e: n = pq, 0 < d < n, dp = d mod
 * (p-1), dq = d mod (q-1), qinv = q^-1 mod p, e d = 1 mod (p-1) and (q-1). */
static psa_status_t check_private(const struct rsa_parts *r)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BN_CTX *ctx = BN_CTX_secure_new();
    BIGNUM *t, *pm1, *qm1, *ed;

    KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    BN_CTX_start(ctx);
    t = BN_CTX_get(ctx);
    pm1 = BN_CTX_get(ctx);
    qm1 = BN_CTX_get(ctx);
    ed = BN_CTX_get(ctx);
    KPSA_CHECK(ed != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(BN_cmp(r->v[P], BN_value_one()) > 0 && BN_cmp(r->v[Q], BN_value_one()) > 0,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(BN_mul(t, r->v[P], r->v[Q], ctx) == 1, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(BN_cmp(t, r->v[N]) == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(!BN_is_zero(r->v[D]) && BN_cmp(r->v[D], r->v[N]) < 0,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(BN_sub(pm1, r->v[P], BN_value_one()) == 1 &&
                   BN_sub(qm1, r->v[Q], BN_value_one()) == 1 &&
                   BN_mul(ed, r->v[E], r->v[D], ctx) == 1,
               PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(mod_is(t, r->v[D], pm1, r->v[DP], ctx) && mod_is(t, r->v[D], qm1, r->v[DQ], ctx),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(BN_cmp(r->v[QINV], r->v[P]) < 0 &&
                   BN_mod_mul(t, r->v[Q], r->v[QINV], r->v[P], ctx) == 1 && BN_is_one(t),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(mod_is(t, ed, pm1, BN_value_one(), ctx) &&
                   mod_is(t, ed, qm1, BN_value_one(), ctx),
               PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    if (ctx != NULL) {
        BN_CTX_end(ctx);
    }
    BN_CTX_free(ctx);
    return status;
}

/* ---- codec -------------------------------------------------------------------- */

static psa_status_t rsa_import(psa_key_type_t type, const uint8_t *data, size_t data_length,
                               uint8_t *key_buffer, size_t key_buffer_size,
                               size_t *key_buffer_length, size_t *bits)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct rsa_parts r = {{NULL}, 0};
    size_t n_bits = *bits;

    KPSA_TRY(parse(type, data, data_length, &r));
    KPSA_TRY(check_public(&r, &n_bits));
    if (r.count == PARTS) {
        KPSA_TRY(check_private(&r));
    }
    /* Strict DER has one encoding: the data is the canonical export. */
    KPSA_CHECK(key_buffer_size >= data_length, PSA_ERROR_BUFFER_TOO_SMALL);
    memcpy(key_buffer, data, data_length);
    *key_buffer_length = data_length;
    *bits = n_bits;
    status = PSA_SUCCESS;
exit:
    parts_free(&r);
    return status;
}

static psa_status_t rsa_decode(psa_key_type_t type, size_t bits, const uint8_t *key,
                               size_t key_size, EVP_PKEY **pkey)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct rsa_parts r = {{NULL}, 0};
    OSSL_PARAM_BLD *bld = NULL;

    (void)bits;
    *pkey = NULL;
    status = parse(type, key, key_size, &r);
    KPSA_CHECK(status != PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(status);
    bld = OSSL_PARAM_BLD_new();
    KPSA_CHECK(bld != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    for (size_t i = 0; i < r.count; i++) {
        KPSA_CHECK(OSSL_PARAM_BLD_push_BN(bld, param_names[i], r.v[i]) == 1,
                   PSA_ERROR_INSUFFICIENT_MEMORY);
    }
    KPSA_TRY(builtin_pkey_fromdata("RSA", r.count == PARTS ? EVP_PKEY_KEYPAIR
                                                           : EVP_PKEY_PUBLIC_KEY,
                                   bld, pkey));
    status = PSA_SUCCESS;
exit:
    OSSL_PARAM_BLD_free(bld);
    parts_free(&r);
    return status;
}

static psa_status_t rsa_export_public(const psa_key_attributes_t *attributes,
                                      const uint8_t *key, size_t key_size, uint8_t *data,
                                      size_t data_size, size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct rsa_parts r = {{NULL}, 0};

    /* n and e are the first components: no libcrypto object needed. */
    status = parse(psa_get_key_type(attributes), key, key_size, &r);
    KPSA_CHECK(status != PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(status);
    r.count = 2;
    KPSA_TRY(encode(&r, data, data_size, data_length));
    status = PSA_SUCCESS;
exit:
    parts_free(&r);
    return status;
}

/*
 * The public exponent of psa_generate_key_custom: little-endian, as the
 * Crypto API 1.3 defines it (keys/types.rst, PSA_KEY_TYPE_RSA_KEY_PAIR),
 * high-order zero bytes allowed.  Odd and greater than 1, else
 * PSA_ERROR_INVALID_ARGUMENT; more than 32 bits: PSA_ERROR_NOT_SUPPORTED.
 */
static psa_status_t read_exponent(const uint8_t *e, size_t e_length, unsigned long *value)
{
    unsigned long v = 0;

    while (e_length > 0 && e[e_length - 1] == 0) {
        e_length--;
    }
    if (e_length > 4) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    for (size_t i = e_length; i > 0; i--) {
        v = v << 8 | e[i - 1];
    }
    if (v < 3 || (v & 1u) == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    *value = v;
    return PSA_SUCCESS;
}

/* Read the eight components of a generated key. */
static psa_status_t get_parts(const EVP_PKEY *pkey, struct rsa_parts *r)
{
    r->count = PARTS;
    for (size_t i = 0; i < PARTS; i++) {
        if (EVP_PKEY_get_bn_param(pkey, param_names[i], &r->v[i]) != 1) {
            return builtin_status_from_openssl();
        }
    }
    return PSA_SUCCESS;
}

static psa_status_t rsa_generate(psa_key_type_t type, size_t bits, const uint8_t *e,
                                 size_t e_length, uint8_t *key_buffer, size_t key_buffer_size,
                                 size_t *key_buffer_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    unsigned long exponent = DEFAULT_EXPONENT;
    struct rsa_parts r = {{NULL}, 0};
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *pkey = NULL;
    BIGNUM *ebn = NULL;

    (void)type;
    KPSA_CHECK(bits >= RSA_MIN_BITS && bits <= RSA_MAX_BITS, PSA_ERROR_NOT_SUPPORTED);
    if (e != NULL) {
        KPSA_TRY(read_exponent(e, e_length, &exponent));
    }
    KPSA_CHECK(key_buffer_size >= KPSA_RSA_KEY_PAIR_SIZE(bits), PSA_ERROR_BUFFER_TOO_SMALL);
    ebn = BN_new();
    KPSA_CHECK(ebn != NULL && BN_set_word(ebn, exponent) == 1, PSA_ERROR_INSUFFICIENT_MEMORY);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    KPSA_CHECK(ctx != NULL, builtin_status_from_openssl());
    KPSA_CHECK(EVP_PKEY_keygen_init(ctx) == 1 &&
                   EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (int)bits) == 1 &&
                   EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, ebn) == 1 &&
                   EVP_PKEY_generate(ctx, &pkey) == 1,
               builtin_status_from_openssl());
    KPSA_TRY(get_parts(pkey, &r));
    KPSA_CHECK((size_t)BN_num_bits(r.v[N]) == bits, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(encode(&r, key_buffer, key_buffer_size, key_buffer_length));
    status = PSA_SUCCESS;
exit:
    parts_free(&r);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(ctx);
    BN_free(ebn);
    return status;
}

const struct builtin_pkey_codec builtin_pkey_rsa_codec = {
    .import = rsa_import,
    .decode = rsa_decode,
    .export_public = rsa_export_public,
    .generate = rsa_generate,
};
