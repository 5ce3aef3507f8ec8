/*
 * hash.c - the built-in driver's hash entry points.
 *
 * Two paths.  MD5, RIPEMD-160, SHA-1 and SHA-2, the algorithms with a PSA hash
 * suspend format, run on libcrypto's low-level functions (SHA256_Update, ...)
 * with their context inline in the operation: setup allocates nothing, clone
 * is a copy, and suspend/resume read and write the chaining state, which the
 * EVP interface never exposes.  That path is taken only when the prefetched
 * digest comes from OpenSSL's default provider, whose implementation those
 * functions are; under another provider (FIPS, hardware) the algorithm runs on
 * an EVP_MD_CTX like SHA-3 and SHAKE, and suspend/resume is not supported.
 *
 * Single-part hashing on the EVP path reuses a per-thread EVP_MD_CTX per
 * algorithm (builtin_md_thread_ctx), so it allocates nothing once warm.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <openssl/md5.h>
#include <openssl/provider.h>
#include <openssl/ripemd.h>
#include <openssl/sha.h>

#include "core/guard.h"
#include "core/secmem.h"

/* The low-level digest functions are deprecated in OpenSSL 3.0, yet they are
 * the only public access to a digest's intermediate state. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

/* ---- low-level digests ---------------------------------------------------- */

enum ll_family { LL_NONE, LL_MD5, LL_RIPEMD160, LL_SHA1, LL_SHA256, LL_SHA512 };

union ll_ctx {
    MD5_CTX md5;
    RIPEMD160_CTX ripemd160;
    SHA_CTX sha1;
    SHA256_CTX sha256;
    SHA512_CTX sha512;
};
_Static_assert(sizeof(union ll_ctx) <= BUILTIN_HASH_STATE_SIZE,
               "BUILTIN_HASH_STATE_SIZE too small for the low-level contexts");
_Static_assert(_Alignof(union ll_ctx) <= _Alignof(uint64_t), "state under-aligned");

/* Every context starts with its chaining words, contiguous. */
_Static_assert(offsetof(MD5_CTX, A) == 0 && offsetof(MD5_CTX, D) == 12, "MD5_CTX layout");
_Static_assert(offsetof(RIPEMD160_CTX, A) == 0 && offsetof(RIPEMD160_CTX, E) == 16,
               "RIPEMD160_CTX layout");
_Static_assert(offsetof(SHA_CTX, h0) == 0 && offsetof(SHA_CTX, h4) == 16, "SHA_CTX layout");
_Static_assert(offsetof(SHA256_CTX, h) == 0 && sizeof(SHA_LONG) == 4, "SHA256_CTX layout");
_Static_assert(offsetof(SHA512_CTX, h) == 0 && sizeof(SHA_LONG64) == 8, "SHA512_CTX layout");

/*
 * Where a family keeps what the PSA suspend state holds: `words` chaining words
 * of `word_size` bytes at offset 0, the message length in bits as two
 * `word_size` halves (nl low, nh high), the buffered partial block at `data`
 * and its length, an unsigned int, at `num`.
 */
struct ll_layout {
    uint8_t words;
    uint8_t word_size;
    bool big_endian;
    uint8_t block;
    uint16_t nl, nh, data, num;
};

#define LL_LAYOUT(type, words, size, be, block, data)                                   \
    { (words), (size), (be), (block), offsetof(type, Nl), offsetof(type, Nh),           \
      offsetof(type, data), offsetof(type, num) }

static const struct ll_layout ll_layouts[] = {
    [LL_MD5] = LL_LAYOUT(MD5_CTX, 4, 4, false, MD5_CBLOCK, data),
    [LL_RIPEMD160] = LL_LAYOUT(RIPEMD160_CTX, 5, 4, false, RIPEMD160_CBLOCK, data),
    [LL_SHA1] = LL_LAYOUT(SHA_CTX, 5, 4, true, SHA_CBLOCK, data),
    [LL_SHA256] = LL_LAYOUT(SHA256_CTX, 8, 4, true, SHA256_CBLOCK, data),
    [LL_SHA512] = LL_LAYOUT(SHA512_CTX, 8, 8, true, SHA512_CBLOCK, u),
};

/* Initial hash values of SHA-512/224 and SHA-512/256, FIPS 180-4 5.3.6.1-2:
 * libcrypto has no public low-level init for them. */
static const SHA_LONG64 sha512_224_iv[8] = {
    0x8C3D37C819544DA2, 0x73E1996689DCD4D6, 0x1DFAB7AE32FF9C82, 0x679DD514582F9FCF,
    0x0F6D2B697BD44DA8, 0x77E36F7304C48942, 0x3F9D85A86A1D36C8, 0x1112E6AD91D692A1,
};
static const SHA_LONG64 sha512_256_iv[8] = {
    0x22312194FC2BF72C, 0x9F555FA3C84C64C2, 0x2393B86B6F53B151, 0x963877195940EABD,
    0x96283EE2A88EFFE3, 0xBE5E1E2553863992, 0x2B0199FC2C85B8AA, 0x0EB72DDC81C52CA2,
};

static enum ll_family ll_family_of(psa_algorithm_t alg)
{
    switch (alg) {
    case PSA_ALG_MD5:
        return LL_MD5;
    case PSA_ALG_RIPEMD160:
        return LL_RIPEMD160;
    case PSA_ALG_SHA_1:
        return LL_SHA1;
    case PSA_ALG_SHA_224:
    case PSA_ALG_SHA_256:
        return LL_SHA256;
    case PSA_ALG_SHA_384:
    case PSA_ALG_SHA_512:
    case PSA_ALG_SHA_512_224:
    case PSA_ALG_SHA_512_256:
        return LL_SHA512;
    default:
        return LL_NONE;
    }
}

/* The low-level functions are the default provider's implementation: use
 * them only when EVP would have run that very code. */
static bool ll_usable(psa_algorithm_t alg, const EVP_MD *md)
{
    const OSSL_PROVIDER *prov;
    const char *name;

    if (ll_family_of(alg) == LL_NONE || md == NULL) {
        return false;
    }
    prov = EVP_MD_get0_provider(md);
    name = prov != NULL ? OSSL_PROVIDER_get0_name(prov) : NULL;
    return name != NULL && strcmp(name, "default") == 0;
}

static int sha512t_init(SHA512_CTX *c, const SHA_LONG64 iv[8], unsigned md_len)
{
    if (SHA512_Init(c) != 1) {
        return 0;
    }
    memcpy(c->h, iv, sizeof(c->h));
    c->md_len = md_len;
    return 1;
}

/* Returns 1 on success like the functions it calls. */
static int ll_init(psa_algorithm_t alg, union ll_ctx *c)
{
    switch (alg) {
    case PSA_ALG_MD5:
        return MD5_Init(&c->md5);
    case PSA_ALG_RIPEMD160:
        return RIPEMD160_Init(&c->ripemd160);
    case PSA_ALG_SHA_1:
        return SHA1_Init(&c->sha1);
    case PSA_ALG_SHA_224:
        return SHA224_Init(&c->sha256);
    case PSA_ALG_SHA_256:
        return SHA256_Init(&c->sha256);
    case PSA_ALG_SHA_384:
        return SHA384_Init(&c->sha512);
    case PSA_ALG_SHA_512:
        return SHA512_Init(&c->sha512);
    case PSA_ALG_SHA_512_224:
        return sha512t_init(&c->sha512, sha512_224_iv, SHA224_DIGEST_LENGTH);
    case PSA_ALG_SHA_512_256:
        return sha512t_init(&c->sha512, sha512_256_iv, SHA256_DIGEST_LENGTH);
    default:
        return 0;
    }
}

static int ll_update(enum ll_family family, union ll_ctx *c, const uint8_t *in, size_t len)
{
    switch (family) {
    case LL_MD5:
        return MD5_Update(&c->md5, in, len);
    case LL_RIPEMD160:
        return RIPEMD160_Update(&c->ripemd160, in, len);
    case LL_SHA1:
        return SHA1_Update(&c->sha1, in, len);
    case LL_SHA256:
        return SHA256_Update(&c->sha256, in, len);
    case LL_SHA512:
        return SHA512_Update(&c->sha512, in, len);
    case LL_NONE:
    default:
        return 0;
    }
}

/* SHA256_Final and SHA512_Final write md_len bytes, which init set. */
static int ll_final(enum ll_family family, union ll_ctx *c, uint8_t *out)
{
    switch (family) {
    case LL_MD5:
        return MD5_Final(out, &c->md5);
    case LL_RIPEMD160:
        return RIPEMD160_Final(out, &c->ripemd160);
    case LL_SHA1:
        return SHA1_Final(out, &c->sha1);
    case LL_SHA256:
        return SHA256_Final(out, &c->sha256);
    case LL_SHA512:
        return SHA512_Final(out, &c->sha512);
    case LL_NONE:
    default:
        return 0;
    }
}

static union ll_ctx *ll_ctx(struct builtin_hash_operation *h)
{
    return (union ll_ctx *)(void *)h->state.bytes;
}

static psa_status_t ll_compute(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                               uint8_t *hash)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    enum ll_family family = ll_family_of(alg);
    union ll_ctx c;

    KPSA_CHECK(ll_init(alg, &c) == 1 && ll_update(family, &c, input, input_length) == 1 &&
               ll_final(family, &c, hash) == 1, PSA_ERROR_GENERIC_ERROR);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(&c, sizeof(c));
    return status;
}

/* ---- EVP digests ------------------------------------------------------------- */

static psa_status_t evp_final(EVP_MD_CTX *ctx, uint8_t *out, size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EVP_MD *md = EVP_MD_CTX_get0_md(ctx);

    if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) {
        KPSA_CHECK(EVP_DigestFinalXOF(ctx, out, length) == 1, builtin_status_from_openssl());
    } else {
        /* EVP_DigestFinal_ex writes the digest's own size: never more than length. */
        KPSA_CHECK(EVP_MD_get_size(md) == (int)length, PSA_ERROR_CORRUPTION_DETECTED);
        KPSA_CHECK(EVP_DigestFinal_ex(ctx, out, NULL) == 1, builtin_status_from_openssl());
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

static psa_status_t evp_compute(const EVP_MD *md, psa_algorithm_t alg, const uint8_t *input,
                                size_t input_length, uint8_t *hash, size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    EVP_MD_CTX *ctx = builtin_md_thread_ctx(alg);
    EVP_MD_CTX *own = NULL;

    if (ctx == NULL) {
        /* No per-thread context (out of memory or of pthread keys): one for this call. */
        own = ctx = EVP_MD_CTX_new();
        KPSA_CHECK(ctx != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    }
    KPSA_CHECK(EVP_DigestInit_ex2(ctx, md, NULL) == 1, builtin_status_from_openssl());
    KPSA_CHECK(EVP_DigestUpdate(ctx, input, input_length) == 1, builtin_status_from_openssl());
    KPSA_TRY(evp_final(ctx, hash, length));
exit:
    EVP_MD_CTX_free(own);
    return status;
}

/* ---- entry points ---------------------------------------------------------- */

/* Leave the operation all-bits-zero: inactive, nothing held, no state left. */
static void hash_release(struct builtin_hash_operation *h)
{
    EVP_MD_CTX_free(h->md);
    kpsa_wipe(h, sizeof(*h));
}

psa_status_t builtin_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                  size_t input_length, uint8_t *hash, size_t hash_size,
                                  size_t *hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const EVP_MD *md = builtin_md(alg);
    size_t length = PSA_HASH_LENGTH(alg);

    *hash_length = 0;
    KPSA_CHECK(md != NULL && length != 0, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(hash_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    if (ll_usable(alg, md)) {
        KPSA_TRY(ll_compute(alg, input, input_length, hash));
    } else {
        KPSA_TRY(evp_compute(md, alg, input, input_length, hash, length));
    }
    *hash_length = length;
exit:
    return status;
}

psa_status_t builtin_hash_setup(void *op, psa_algorithm_t alg)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation *h = op;
    const EVP_MD *md = builtin_md(alg);

    KPSA_CHECK(md != NULL && PSA_HASH_LENGTH(alg) != 0, PSA_ERROR_NOT_SUPPORTED);
    if (ll_usable(alg, md)) {
        KPSA_CHECK(ll_init(alg, ll_ctx(h)) == 1, PSA_ERROR_GENERIC_ERROR);
    } else {
        h->md = EVP_MD_CTX_new();
        KPSA_CHECK(h->md != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        KPSA_CHECK(EVP_DigestInit_ex2(h->md, md, NULL) == 1, builtin_status_from_openssl());
    }
    h->alg = alg;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        hash_release(h);
    }
    return status;
}

psa_status_t builtin_hash_update(void *op, const uint8_t *input, size_t input_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation *h = op;

    KPSA_CHECK(h->alg != 0, PSA_ERROR_BAD_STATE);
    if (h->md != NULL) {
        KPSA_CHECK(EVP_DigestUpdate(h->md, input, input_length) == 1,
                   builtin_status_from_openssl());
    } else {
        KPSA_CHECK(ll_update(ll_family_of(h->alg), ll_ctx(h), input, input_length) == 1,
                   PSA_ERROR_GENERIC_ERROR);
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_hash_finish(void *op, uint8_t *hash, size_t hash_size,
                                 size_t *hash_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation *h = op;
    size_t length = PSA_HASH_LENGTH(h->alg);

    *hash_length = 0;
    KPSA_CHECK(h->alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(hash_size >= length, PSA_ERROR_BUFFER_TOO_SMALL);
    if (h->md != NULL) {
        KPSA_TRY(evp_final(h->md, hash, length));
    } else {
        KPSA_CHECK(ll_final(ll_family_of(h->alg), ll_ctx(h), hash) == 1,
                   PSA_ERROR_GENERIC_ERROR);
    }
    *hash_length = length;
    status = PSA_SUCCESS;
exit:
    hash_release(h);
    return status;
}

psa_status_t builtin_hash_abort(void *op)
{
    hash_release(op);
    return PSA_SUCCESS;
}

psa_status_t builtin_hash_clone(const void *source, void *target)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const struct builtin_hash_operation *s = source;
    struct builtin_hash_operation *t = target;

    KPSA_CHECK(s->alg != 0, PSA_ERROR_BAD_STATE);
    if (s->md == NULL) {
        memcpy(t, s, sizeof(*t));
    } else {
        t->md = EVP_MD_CTX_new();
        KPSA_CHECK(t->md != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
        KPSA_CHECK(EVP_MD_CTX_copy_ex(t->md, s->md) == 1, builtin_status_from_openssl());
        t->alg = s->alg;
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        hash_release(t);
    }
    return status;
}

/* ---- suspend / resume (PSA Crypto API 1.2, "Hash suspend state format") ---- */

static void put_uint(uint8_t *p, uint64_t v, size_t n, bool big_endian)
{
    for (size_t i = 0; i < n; i++) {
        p[big_endian ? n - 1 - i : i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_uint(const uint8_t *p, size_t n, bool big_endian)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)p[big_endian ? n - 1 - i : i] << (8 * i);
    }
    return v;
}

/* A native-endian context field of 4 or 8 bytes. */
static uint64_t field_get(const unsigned char *raw, size_t offset, size_t size)
{
    uint32_t v32;
    uint64_t v64;

    if (size == 4) {
        memcpy(&v32, raw + offset, 4);
        return v32;
    }
    memcpy(&v64, raw + offset, 8);
    return v64;
}

static void field_set(unsigned char *raw, size_t offset, size_t size, uint64_t v)
{
    uint32_t v32 = (uint32_t)v;

    if (size == 4) {
        memcpy(raw + offset, &v32, 4);
    } else {
        memcpy(raw + offset, &v, 8);
    }
}

/* Size of the fixed part: algorithm, input length (twice a word), chaining words. */
static size_t suspend_head(const struct ll_layout *l)
{
    return PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH + 2u * l->word_size +
           (size_t)l->words * l->word_size;
}

psa_status_t builtin_hash_suspend(void *op, uint8_t *state, size_t state_size,
                                  size_t *state_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation *h = op;
    enum ll_family family = h->md == NULL ? ll_family_of(h->alg) : LL_NONE;
    const struct ll_layout *l = &ll_layouts[family];
    const unsigned char *raw = h->state.bytes;
    size_t ws = l->word_size, pending, head;
    uint64_t bits_lo, bits_hi;
    uint8_t *p = state;

    *state_length = 0;
    KPSA_CHECK(h->alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(family != LL_NONE, PSA_ERROR_NOT_SUPPORTED);
    head = suspend_head(l);
    pending = (size_t)field_get(raw, l->num, sizeof(unsigned int));
    KPSA_CHECK(pending < l->block, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_CHECK(state_size >= head + pending, PSA_ERROR_BUFFER_TOO_SMALL);
    /* The bit counter as one 128-bit value hi:lo. */
    bits_lo = field_get(raw, l->nl, ws);
    bits_hi = field_get(raw, l->nh, ws);
    if (ws == 4) {
        bits_lo |= bits_hi << 32;
        bits_hi = 0;
    }
    put_uint(p, h->alg, PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH, true);
    p += PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH;
    if (ws == 8) {
        put_uint(p, bits_hi >> 3, 8, true);
        p += 8;
    }
    put_uint(p, (bits_lo >> 3) | (bits_hi << 61), 8, true);
    p += 8;
    for (size_t i = 0; i < l->words; i++, p += ws) {
        put_uint(p, field_get(raw, i * ws, ws), ws, l->big_endian);
    }
    memcpy(p, raw + l->data, pending);
    *state_length = head + pending;
    status = PSA_SUCCESS;
    /* Suspending ends the operation. */
    hash_release(h);
exit:
    return status;
}

/* Load words and counter from a validated state; `full` bytes were hashed in
 * whole blocks (byte count hi:lo), the rest follows as unprocessed input. */
static psa_status_t resume_load(struct builtin_hash_operation *h, psa_algorithm_t alg,
                                const uint8_t *state, size_t head, size_t pending,
                                uint64_t full_hi, uint64_t full_lo)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    enum ll_family family = ll_family_of(alg);
    const struct ll_layout *l = &ll_layouts[family];
    unsigned char *raw = h->state.bytes;
    const uint8_t *w = state + PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH + 2u * l->word_size;
    size_t ws = l->word_size;
    uint64_t bits_lo = full_lo << 3, bits_hi = (full_hi << 3) | (full_lo >> 61);

    /* Init sets what the state does not carry (SHA-224 / SHA-384 md_len, ...). */
    KPSA_CHECK(ll_init(alg, ll_ctx(h)) == 1, PSA_ERROR_GENERIC_ERROR);
    for (size_t i = 0; i < l->words; i++, w += ws) {
        field_set(raw, i * ws, ws, get_uint(w, ws, l->big_endian));
    }
    if (ws == 4) {
        bits_hi = bits_lo >> 32;
    }
    field_set(raw, l->nl, ws, bits_lo);
    field_set(raw, l->nh, ws, bits_hi);
    KPSA_CHECK(ll_update(family, ll_ctx(h), state + head, pending) == 1,
               PSA_ERROR_GENERIC_ERROR);
    h->alg = alg;
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_hash_resume(void *op, const uint8_t *state, size_t state_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct builtin_hash_operation *h = op;
    const uint8_t *p;
    const struct ll_layout *l;
    psa_algorithm_t alg;
    size_t head, pending;
    uint64_t len_hi = 0, len_lo;

    if (h->alg != 0 || h->md != NULL) {
        /* Not ours to release: the operation belongs to a running hash. */
        return PSA_ERROR_BAD_STATE;
    }
    KPSA_CHECK(state != NULL && state_length >= PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH,
               PSA_ERROR_INVALID_ARGUMENT);
    alg = (psa_algorithm_t)get_uint(state, PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH, true);
    KPSA_CHECK(PSA_ALG_IS_HASH(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(ll_usable(alg, builtin_md(alg)), PSA_ERROR_NOT_SUPPORTED);
    l = &ll_layouts[ll_family_of(alg)];
    head = suspend_head(l);
    KPSA_CHECK(state_length >= head && state_length - head < l->block,
               PSA_ERROR_INVALID_ARGUMENT);
    pending = state_length - head;
    p = state + PSA_HASH_SUSPEND_ALGORITHM_FIELD_LENGTH;
    if (l->word_size == 8) {
        len_hi = get_uint(p, 8, true);
        p += 8;
    }
    len_lo = get_uint(p, 8, true);
    /* The partial block must be what the length implies, and the length in
     * bits must fit the algorithm's counter (64 or 128 bits). */
    KPSA_CHECK((len_lo & (l->block - 1u)) == pending, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(((l->word_size == 8 ? len_hi : len_lo) >> 61) == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(resume_load(h, alg, state, head, pending, len_hi, len_lo - pending));
exit:
    if (status != PSA_SUCCESS) {
        hash_release(h);
    }
    return status;
}
