/*
 * random.c - the built-in driver's entropy source and random generator.
 *
 * Entropy: getrandom(2), the kernel's conditioned pool, counted as full
 * entropy (8 bits per byte).
 *
 * Generator: CTR_DRBG of NIST SP 800-90A Rev. 1 (section 10.2.1) with
 * AES-256, a 128-bit counter and no derivation function, which the
 * specification allows when the entropy input is full entropy, as the core
 * delivers it (it conditions what the entropy sources return).  seedlen is
 * 48 bytes: the initial entropy the driver declares.  The AES key lives only
 * in the key schedule of an ECB context, fetched once (builtin_cipher) and
 * re-keyed only by the Update step; generating fills the output with counter
 * blocks and encrypts them in place.
 *
 * add_entropy() before instantiation collects seedlen bytes and instantiates;
 * afterwards every call is a reseed (Update with the entropy, a short last
 * chunk padded with zeros), so all supplied entropy is mixed in.  A context
 * needs reseeding after RESEED_INTERVAL generate requests; get_random() then
 * returns what it produced so far, or PSA_ERROR_INSUFFICIENT_ENTROPY.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/random.h>

#include <openssl/evp.h>

#include "core/guard.h"
#include "core/secmem.h"

#define KEY_LEN 32u
#define BLOCK_LEN 16u
#define SEED_LEN (KEY_LEN + BLOCK_LEN)
/* Largest generate request of SP 800-90A table 3 for AES: 2^19 bits. */
#define MAX_REQUEST ((size_t)1 << 16)
/* Generate requests between reseeds (SP 800-90A allows up to 2^48). */
#define RESEED_INTERVAL ((uint64_t)1 << 16)

struct drbg {
    EVP_CIPHER_CTX *ecb;       /* keyed with Key */
    uint64_t v_hi, v_lo;       /* V, as a 128-bit big-endian counter */
    uint64_t reseed_counter;   /* generate requests since (re)seeding, from 1 */
    size_t fresh;              /* entropy bytes added since reseed_counter was reset */
    size_t pool_len;           /* bytes collected in pool before instantiation */
    uint8_t pool[SEED_LEN];
    bool instantiated;
};

_Static_assert(sizeof(struct drbg) <= BUILTIN_RANDOM_CONTEXT_SIZE,
               "BUILTIN_RANDOM_CONTEXT_SIZE too small for the CTR_DRBG context");
_Static_assert(BUILTIN_RANDOM_INITIAL_ENTROPY == SEED_LEN,
               "initial entropy must be seedlen for CTR_DRBG without df");

#define KNOWN_FLAGS (PSA_DRIVER_GET_ENTROPY_NONBLOCK | PSA_DRIVER_GET_ENTROPY_KEEPALIVE)

static psa_status_t status_from_errno(int err)
{
    switch (err) {
    case EAGAIN:
        return PSA_ERROR_INSUFFICIENT_ENTROPY;
    case ENOMEM:
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    default:
        /* ENOSYS, EPERM under a seccomp filter, ...: the source is unusable. */
        return PSA_ERROR_INSUFFICIENT_ENTROPY;
    }
}

psa_status_t builtin_get_entropy(uint32_t flags, size_t *estimate_bits, uint8_t *output,
                                 size_t output_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    unsigned int grnd = 0;
    size_t done = 0;

    if ((flags & ~(uint32_t)KNOWN_FLAGS) != 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (output_size == 0 || output_size > SIZE_MAX / 8) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if ((flags & PSA_DRIVER_GET_ENTROPY_NONBLOCK) != 0) {
        grnd = GRND_NONBLOCK;
    }
    /* getrandom() may return fewer bytes than asked for large requests or
     * when a signal arrives; EAGAIN only happens with GRND_NONBLOCK before the
     * kernel pool is initialised. */
    while (done < output_size) {
        ssize_t n = getrandom(output + done, output_size - done, grnd);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            status = status_from_errno(errno);
            goto exit;
        }
        done += (size_t)n;
    }
    *estimate_bits = output_size * 8;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, output_size);
    }
    return status;
}

static void store_be64(uint8_t *p, uint64_t x)
{
    x = __builtin_bswap64(x);
    memcpy(p, &x, sizeof(x));
}

/* V = V + 1 mod 2^128, then write V; branch-free, since V is secret. */
static void next_counter(struct drbg *d, uint8_t *block)
{
    d->v_lo++;
    d->v_hi += (uint64_t)(d->v_lo == 0);
    store_be64(block, d->v_hi);
    store_be64(block + 8, d->v_lo);
}

/* Replace the blocks at buf (len a multiple of BLOCK_LEN, at most MAX_REQUEST)
 * with the encryptions of the next counter values. */
static psa_status_t keystream_blocks(struct drbg *d, uint8_t *buf, size_t len)
{
    int out_len = 0;

    for (size_t off = 0; off < len; off += BLOCK_LEN) {
        next_counter(d, buf + off);
    }
    if (EVP_EncryptUpdate(d->ecb, buf, &out_len, buf, (int)len) != 1 ||
        (size_t)out_len != len) {
        return builtin_status_from_openssl();
    }
    return PSA_SUCCESS;
}

/* CTR_DRBG_Update (SP 800-90A 10.2.1.2): provided_data is SEED_LEN bytes. */
static psa_status_t drbg_update(struct drbg *d, const uint8_t *provided_data)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t temp[SEED_LEN];

    KPSA_TRY(keystream_blocks(d, temp, sizeof(temp)));
    for (size_t i = 0; i < SEED_LEN; i++) {
        temp[i] ^= provided_data[i];
    }
    if (EVP_EncryptInit_ex(d->ecb, NULL, NULL, temp, NULL) != 1) {
        status = builtin_status_from_openssl();
        goto exit;
    }
    uint64_t hi, lo;
    memcpy(&hi, temp + KEY_LEN, 8);
    memcpy(&lo, temp + KEY_LEN + 8, 8);
    d->v_hi = __builtin_bswap64(hi);
    d->v_lo = __builtin_bswap64(lo);
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(temp, sizeof(temp));
    return status;
}

/* One CTR_DRBG_Generate (10.2.1.5.1) without additional input; 0 < len <= MAX_REQUEST. */
static psa_status_t drbg_generate(struct drbg *d, uint8_t *out, size_t len)
{
    static const uint8_t zeros[SEED_LEN];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t full = len - len % BLOCK_LEN;
    uint8_t last[BLOCK_LEN];

    KPSA_TRY(keystream_blocks(d, out, full));
    if (full < len) {
        KPSA_TRY(keystream_blocks(d, last, BLOCK_LEN));
        memcpy(out + full, last, len - full);
    }
    KPSA_TRY(drbg_update(d, zeros));
    d->reseed_counter++;
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(last, sizeof(last));
    return status;
}

psa_status_t builtin_init_random(void *context)
{
    static const uint8_t zero_key[KEY_LEN];
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct drbg *d = context;
    const EVP_CIPHER *aes = builtin_cipher(PSA_KEY_TYPE_AES, 256, PSA_ALG_ECB_NO_PADDING);

    memset(d, 0, sizeof(*d));
    KPSA_CHECK(aes != NULL, PSA_ERROR_NOT_SUPPORTED);
    d->ecb = EVP_CIPHER_CTX_new();
    KPSA_CHECK(d->ecb != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* Instantiation starts from Key = 0, V = 0. */
    if (EVP_EncryptInit_ex(d->ecb, aes, NULL, zero_key, NULL) != 1 ||
        EVP_CIPHER_CTX_set_padding(d->ecb, 0) != 1) {
        status = builtin_status_from_openssl();
        goto exit;
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        builtin_free_random(d);
    }
    return status;
}

/* Mix up to SEED_LEN bytes into an instantiated context (a reseed). */
static psa_status_t reseed_chunk(struct drbg *d, const uint8_t *entropy, size_t size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t material[SEED_LEN] = { 0 };

    memcpy(material, entropy, size);
    KPSA_TRY(drbg_update(d, material));
    d->fresh += size;
    if (d->fresh >= BUILTIN_RANDOM_RESEED_ENTROPY) {
        d->reseed_counter = 1;
        d->fresh = 0;
    }
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(material, sizeof(material));
    return status;
}

psa_status_t builtin_add_entropy(void *context, const uint8_t *entropy, size_t entropy_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct drbg *d = context;

    KPSA_CHECK(d->ecb != NULL, PSA_ERROR_BAD_STATE);
    while (!d->instantiated && entropy_size > 0) {
        size_t n = SEED_LEN - d->pool_len;
        n = n < entropy_size ? n : entropy_size;
        memcpy(d->pool + d->pool_len, entropy, n);
        d->pool_len += n;
        entropy += n;
        entropy_size -= n;
        if (d->pool_len == SEED_LEN) {
            /* CTR_DRBG_Instantiate without df or personalization string. */
            KPSA_TRY(drbg_update(d, d->pool));
            kpsa_wipe(d->pool, sizeof(d->pool));
            d->pool_len = 0;
            d->reseed_counter = 1;
            d->instantiated = true;
        }
    }
    while (entropy_size > 0) {
        size_t n = entropy_size < SEED_LEN ? entropy_size : SEED_LEN;
        KPSA_TRY(reseed_chunk(d, entropy, n));
        entropy += n;
        entropy_size -= n;
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t builtin_get_random(void *context, uint8_t *output, size_t output_size,
                                size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct drbg *d = context;
    size_t done = 0;

    *output_length = 0;
    KPSA_CHECK(d->ecb != NULL, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(d->instantiated, PSA_ERROR_INSUFFICIENT_ENTROPY);
    /* Split into requests of at most MAX_REQUEST bytes; stop early when the
     * reseed interval is reached so the core supplies fresh entropy. */
    while (done < output_size && d->reseed_counter <= RESEED_INTERVAL) {
        size_t n = output_size - done;
        n = n < MAX_REQUEST ? n : MAX_REQUEST;
        KPSA_TRY(drbg_generate(d, output + done, n));
        done += n;
    }
    KPSA_CHECK(done > 0 || output_size == 0, PSA_ERROR_INSUFFICIENT_ENTROPY);
    *output_length = done;
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, done);
    }
    return status;
}

void builtin_free_random(void *context)
{
    struct drbg *d = context;

    if (d == NULL) {
        return;
    }
    /* EVP_CIPHER_CTX_free wipes the key schedule. */
    EVP_CIPHER_CTX_free(d->ecb);
    kpsa_wipe(d, sizeof(*d));
}
