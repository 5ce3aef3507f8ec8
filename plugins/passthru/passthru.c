/*
 * passthru.c - a pass-through driver that measures what a driver in the chain
 * costs ("kpsa speed --overhead").
 *
 * It serves SHA-256 hash_compute and HMAC-SHA-256 mac_compute in one of two
 * modes, chosen at init from KPSA_PASSTHRU_MODE:
 *
 *   decline  every call returns PSA_ERROR_NOT_SUPPORTED from a "fallback"
 *            capability, so the next driver serves it: the difference with
 *            the chain without this driver is the cost of one more driver
 *            tried and passed over.
 *   serve    (default) the call is done on libcrypto the way the built-in
 *            driver does it for these algorithms: SHA-256 on the low-level
 *            functions with the context on the stack, HMAC from the two
 *            keyed SHA-256 states of RFC 2104 prepared once per key
 *            (kpsa/key_state) and copied per call.  The difference with the
 *            built-in driver serving the call is what a plugin costs over the
 *            statically linked driver.
 *
 * Not installed: built for the benchmark and staged with its manifest in
 * plugins/passthru/drivers.d of the build tree.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <kpsa/driver.h>

/* The low-level digest functions are deprecated in OpenSSL 3.0, yet they are
 * what the built-in driver runs for SHA-2 under the default provider, and
 * this driver must cost what the built-in costs. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#define EXPORT __attribute__((visibility("default")))

#define IPAD 0x36
#define OPAD 0x5c

/* Written once by passthru_init, read-only afterwards. */
static int serving;

/* A key's prepared state: SHA-256 after the first block of HMAC's inner and
 * outer hash.  Read-only once made, so threads share it without locking. */
struct hmac_pads {
    SHA256_CTX inner;
    SHA256_CTX outer;
};

EXPORT psa_status_t passthru_init(void);
EXPORT psa_status_t passthru_key_state_create(const psa_key_attributes_t *attributes,
                                              const uint8_t *key, size_t key_size, void **state);
EXPORT void passthru_key_state_destroy(void *state);
EXPORT psa_status_t passthru_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                          size_t input_length, uint8_t *hash, size_t hash_size,
                                          size_t *hash_length);
EXPORT psa_status_t passthru_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                                         size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                         size_t input_length, uint8_t *mac, size_t mac_size,
                                         size_t *mac_length);

psa_status_t passthru_init(void)
{
    const char *mode = secure_getenv("KPSA_PASSTHRU_MODE");

    if (mode == NULL || strcmp(mode, "serve") == 0) {
        serving = 1;
    } else if (strcmp(mode, "decline") == 0) {
        serving = 0;
    } else {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_SUCCESS;
}

/* RFC 2104: K0 is the key, hashed first when longer than a block, padded
 * with zeros; the pads hash K0 ^ ipad and K0 ^ opad. */
static void pads_init(struct hmac_pads *pads, const uint8_t *key, size_t key_size)
{
    uint8_t block[SHA256_CBLOCK];

    memset(block, 0, sizeof(block));
    if (key_size > sizeof(block)) {
        SHA256(key, key_size, block);
    } else if (key_size != 0) {
        memcpy(block, key, key_size);
    }
    for (size_t i = 0; i < sizeof(block); i++) {
        block[i] ^= IPAD;
    }
    SHA256_Init(&pads->inner);
    SHA256_Update(&pads->inner, block, sizeof(block));
    for (size_t i = 0; i < sizeof(block); i++) {
        block[i] ^= IPAD ^ OPAD;
    }
    SHA256_Init(&pads->outer);
    SHA256_Update(&pads->outer, block, sizeof(block));
    OPENSSL_cleanse(block, sizeof(block));
}

psa_status_t passthru_key_state_create(const psa_key_attributes_t *attributes, const uint8_t *key,
                                       size_t key_size, void **state)
{
    struct hmac_pads *pads = NULL;

    *state = NULL;
    if (psa_get_key_type(attributes) != PSA_KEY_TYPE_HMAC) {
        return PSA_SUCCESS;
    }
    pads = malloc(sizeof(*pads));
    if (pads == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    pads_init(pads, key, key_size);
    *state = pads;
    return PSA_SUCCESS;
}

void passthru_key_state_destroy(void *state)
{
    if (state != NULL) {
        OPENSSL_cleanse(state, sizeof(struct hmac_pads));
        free(state);
    }
}

psa_status_t passthru_hash_compute(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                   uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    SHA256_CTX ctx;

    *hash_length = 0;
    if (!serving || alg != PSA_ALG_SHA_256) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash_size < SHA256_DIGEST_LENGTH) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, input, input_length);
    SHA256_Final(hash, &ctx);
    *hash_length = SHA256_DIGEST_LENGTH;
    return PSA_SUCCESS;
}

psa_status_t passthru_mac_compute(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                  size_t input_length, uint8_t *mac, size_t mac_size,
                                  size_t *mac_length)
{
    const struct hmac_pads *prepared = NULL;
    struct hmac_pads own;
    SHA256_CTX ctx;
    uint8_t inner[SHA256_DIGEST_LENGTH];

    *mac_length = 0;
    if (!serving || alg != PSA_ALG_HMAC(PSA_ALG_SHA_256) ||
        psa_get_key_type(attributes) != PSA_KEY_TYPE_HMAC) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (mac_size < SHA256_DIGEST_LENGTH) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    prepared = kpsa_driver_key_state(attributes);
    if (prepared == NULL) {
        pads_init(&own, key, key_size);
        prepared = &own;
    }
    ctx = prepared->inner;
    SHA256_Update(&ctx, input, input_length);
    SHA256_Final(inner, &ctx);
    ctx = prepared->outer;
    SHA256_Update(&ctx, inner, sizeof(inner));
    SHA256_Final(mac, &ctx);
    if (prepared == &own) {
        OPENSSL_cleanse(&own, sizeof(own));
    }
    OPENSSL_cleanse(&ctx, sizeof(ctx));
    OPENSSL_cleanse(inner, sizeof(inner));
    *mac_length = SHA256_DIGEST_LENGTH;
    return PSA_SUCCESS;
}
