/*
 * speed_calls.c - the calls `kpsa speed` times: each operation through the
 * public PSA API, the same operation on raw OpenSSL EVP (as applications
 * write it, and prepared once), and the descriptors' setup and teardown.
 */
#include "config.h"

#include "speed.h"
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <kpsa/kpsa.h>

/* ---- the timed calls: kpsa, through the public API ---------------------- */

int call_hash(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_hash_compute(st->b->alg, st->in, length, st->out, st->out_size, &out_length);
}

int call_mac(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_mac_compute(st->key, st->b->alg, st->in, length, st->out, st->out_size, &out_length);
}

int call_cipher(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_cipher_encrypt(st->key, st->b->alg, st->in, length, st->out, st->out_size,
                              &out_length);
}

/* A fixed nonce is harmless here: throw-away key, output discarded. */
int call_aead(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    return psa_aead_encrypt(st->key, st->b->alg, st->iv, NONCE_LEN, NULL, 0, st->in, length,
                            st->out, st->out_size, &out_length);
}

int call_random(struct bench_state *st, size_t length)
{
    return psa_generate_random(st->out, length);
}

/* ---- the timed calls: raw EVP ------------------------------------------ */

static int ok(int openssl_result)
{
    return openssl_result == 1 ? 0 : -1;
}

int evp_digest(struct bench_state *st, size_t length)
{
    unsigned int out_length = 0;

    return ok(EVP_Digest(st->in, length, st->out, &out_length, st->md, NULL));
}

int evp_digest_reused(struct bench_state *st, size_t length)
{
    unsigned int out_length = 0;

    if (EVP_DigestInit_ex2(st->md_ctx, st->md, NULL) != 1 ||
        EVP_DigestUpdate(st->md_ctx, st->in, length) != 1) {
        return -1;
    }
    return ok(EVP_DigestFinal_ex(st->md_ctx, st->out, &out_length));
}

int evp_mac_per_call(struct bench_state *st, size_t length)
{
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(st->mac);
    size_t out_length = 0;
    int rc = -1;

    if (ctx != NULL && EVP_MAC_init(ctx, st->key_bytes, st->key_length, st->mac_params) == 1 &&
        EVP_MAC_update(ctx, st->in, length) == 1 &&
        EVP_MAC_final(ctx, st->out, &out_length, st->out_size) == 1) {
        rc = 0;
    }
    EVP_MAC_CTX_free(ctx);
    return rc;
}

/* Re-init without a key keeps the one set in setup (HMAC pads, CMAC subkeys). */
int evp_mac_prepared(struct bench_state *st, size_t length)
{
    size_t out_length = 0;

    if (EVP_MAC_init(st->mac_ctx, NULL, 0, NULL) != 1 ||
        EVP_MAC_update(st->mac_ctx, st->in, length) != 1) {
        return -1;
    }
    return ok(EVP_MAC_final(st->mac_ctx, st->out, &out_length, st->out_size));
}

/* Big-endian increment: a new IV for every call at no measurable cost. */
static void next_iv(uint8_t *iv, size_t length)
{
    for (size_t i = length; i-- > 0;) {
        if (++iv[i] != 0) {
            break;
        }
    }
}

/*
 * psa_cipher_encrypt draws a random IV on every call.  The EVP rows take a
 * new IV too, but from a counter: RAND_bytes costs more than many of the
 * encryptions measured here, and the point is to see kpsa's own overhead, so
 * the kpsa rows carry the cost of their random IV and the EVP rows do not.
 */
static int evp_encrypt(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const uint8_t *key,
                       struct bench_state *st, size_t length)
{
    int n = 0, m = 0;

    next_iv(st->iv, sizeof(st->iv));
    if (EVP_EncryptInit_ex2(ctx, cipher, key, st->iv, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, st->out, &n, st->in, (int)length) != 1) {
        return -1;
    }
    return ok(EVP_EncryptFinal_ex(ctx, st->out + n, &m));
}

int evp_cipher_per_call(struct bench_state *st, size_t length)
{
    return evp_encrypt(st->cipher_ctx, st->cipher, st->key_bytes, st, length);
}

int evp_cipher_prepared(struct bench_state *st, size_t length)
{
    return evp_encrypt(st->prep_ctx, NULL, NULL, st, length);
}

static int evp_seal(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const uint8_t *key,
                    struct bench_state *st, size_t length)
{
    int n = 0, m = 0;

    if (EVP_EncryptInit_ex2(ctx, cipher, key, st->iv, NULL) != 1 ||
        EVP_EncryptUpdate(ctx, st->out, &n, st->in, (int)length) != 1 ||
        EVP_EncryptFinal_ex(ctx, st->out + n, &m) != 1) {
        return -1;
    }
    return ok(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, TAG_LEN, st->out + n + m));
}

int evp_aead_per_call(struct bench_state *st, size_t length)
{
    return evp_seal(st->cipher_ctx, st->cipher, st->key_bytes, st, length);
}

int evp_aead_prepared(struct bench_state *st, size_t length)
{
    return evp_seal(st->prep_ctx, NULL, NULL, st, length);
}

int evp_random(struct bench_state *st, size_t length)
{
    return ok(RAND_bytes(st->out, (int)length));
}

/* ---- setup and teardown ------------------------------------------------- */

static int import_key(struct bench_state *st)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    st->key_length = st->b->key_bits / 8;
    for (size_t i = 0; i < st->key_length; i++) {
        st->key_bytes[i] = (uint8_t)(0xa5 ^ (13 * i));
    }
    psa_set_key_type(&attributes, st->b->key_type);
    psa_set_key_algorithm(&attributes, st->b->alg);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_SIGN_MESSAGE);
    status = psa_import_key(&attributes, st->key_bytes, st->key_length, &st->key);
    if (status != PSA_SUCCESS) {
        fprintf(stderr, "kpsa speed: %s: psa_import_key: %s\n", st->b->name,
                kpsa_status_name(status));
        return -1;
    }
    return 0;
}

int setup_hash(struct bench_state *st)
{
    st->md = EVP_MD_fetch(NULL, st->b->evp_name, NULL);
    st->md_ctx = EVP_MD_CTX_new();
    return st->md != NULL && st->md_ctx != NULL ? 0 : -1;
}

int setup_mac(struct bench_state *st)
{
    const char *param =
        strcmp(st->b->evp_name, "HMAC") == 0 ? OSSL_MAC_PARAM_DIGEST : OSSL_MAC_PARAM_CIPHER;

    if (import_key(st) != 0) {
        return -1;
    }
    snprintf(st->mac_sub, sizeof(st->mac_sub), "%s", st->b->evp_sub);
    st->mac_params[0] = OSSL_PARAM_construct_utf8_string(param, st->mac_sub, 0);
    st->mac_params[1] = OSSL_PARAM_construct_end();
    st->mac = EVP_MAC_fetch(NULL, st->b->evp_name, NULL);
    st->mac_ctx = st->mac != NULL ? EVP_MAC_CTX_new(st->mac) : NULL;
    if (st->mac_ctx == NULL) {
        return -1;
    }
    return ok(EVP_MAC_init(st->mac_ctx, st->key_bytes, st->key_length, st->mac_params));
}

/* Ciphers and AEADs: the prepared context gets its key schedule here, once. */
int setup_cipher(struct bench_state *st)
{
    if (import_key(st) != 0) {
        return -1;
    }
    st->cipher = EVP_CIPHER_fetch(NULL, st->b->evp_name, NULL);
    st->cipher_ctx = EVP_CIPHER_CTX_new();
    st->prep_ctx = EVP_CIPHER_CTX_new();
    if (st->cipher == NULL || st->cipher_ctx == NULL || st->prep_ctx == NULL) {
        return -1;
    }
    return ok(EVP_EncryptInit_ex2(st->prep_ctx, st->cipher, st->key_bytes, st->iv, NULL));
}

void teardown(struct bench_state *st)
{
    if (st->key != PSA_KEY_ID_NULL) {
        tool_ignore(psa_destroy_key(st->key));
    }
    EVP_CIPHER_CTX_free(st->prep_ctx);
    EVP_CIPHER_CTX_free(st->cipher_ctx);
    EVP_CIPHER_free(st->cipher);
    EVP_MAC_CTX_free(st->mac_ctx);
    EVP_MAC_free(st->mac);
    EVP_MD_CTX_free(st->md_ctx);
    EVP_MD_free(st->md);
    OPENSSL_cleanse(st->key_bytes, sizeof(st->key_bytes));
    free(st->out);
    free(st->in);
    memset(st, 0, sizeof(*st));
}
