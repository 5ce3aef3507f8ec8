/*
 * speed.h - what the parts of `kpsa speed` share: the benchmark descriptor,
 * the per-descriptor state, and the timed calls (speed_calls.c) that the
 * descriptor table (speed.c) points at.
 */
#ifndef KPSA_TOOLS_SPEED_H
#define KPSA_TOOLS_SPEED_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>
#include <psa/crypto.h>

#define MAX_SIZES      32
#define MAX_BASELINES  2
#define MAX_SIZE_BYTES (64u << 20)
#define OUT_SLACK      64 /* IV, padding block and tag beyond the input size */
#define NONCE_LEN      12
#define TAG_LEN        16
#define NS_SIZE_LIMIT  64 /* ns/op is shown for sizes up to this */

struct bench;

/* Everything a descriptor's calls need, made by its setup outside the timed loops. */
struct bench_state {
    const struct bench *b;
    psa_key_id_t key;
    uint8_t key_bytes[32];
    size_t key_length;
    uint8_t *in;
    uint8_t *out;
    size_t out_size;
    uint8_t iv[16];
    EVP_MD *md;
    EVP_MD_CTX *md_ctx; /* reused hash context */
    EVP_MAC *mac;
    EVP_MAC_CTX *mac_ctx;     /* prepared once with the key */
    OSSL_PARAM mac_params[2]; /* digest or cipher of the MAC */
    char mac_sub[32];
    EVP_CIPHER *cipher;
    EVP_CIPHER_CTX *cipher_ctx; /* reused, key set on every call */
    EVP_CIPHER_CTX *prep_ctx;   /* key schedule done once */
};

/* One timed call: returns 0, a PSA error status, or -1 for an OpenSSL failure. */
typedef int bench_fn(struct bench_state *st, size_t length);

struct baseline {
    const char *label; /* how EVP is used, shown in the table */
    bench_fn *run;
};

struct bench {
    const char *name;    /* shown, matched by -a */
    const char *section; /* group heading (printed once per group), NULL: main table */
    psa_algorithm_t alg;
    psa_key_type_t key_type; /* 0: no key */
    size_t key_bits;
    const char *evp_name;                 /* EVP_MD, EVP_MAC or EVP_CIPHER name */
    const char *evp_sub;                  /* the MAC's digest or cipher */
    const size_t *sizes;                  /* 0-terminated; NULL: the command line's sizes */
    int (*setup)(struct bench_state *st); /* NULL: nothing to prepare */
    void (*teardown)(struct bench_state *st);
    bench_fn *psa;
    struct baseline evp[MAX_BASELINES];
};

/* The timed calls and the descriptors' setup/teardown (speed_calls.c). */
int call_hash(struct bench_state *st, size_t length);
int call_mac(struct bench_state *st, size_t length);
int call_cipher(struct bench_state *st, size_t length);
int call_aead(struct bench_state *st, size_t length);
int call_random(struct bench_state *st, size_t length);
int evp_digest(struct bench_state *st, size_t length);
int evp_digest_reused(struct bench_state *st, size_t length);
int evp_mac_per_call(struct bench_state *st, size_t length);
int evp_mac_prepared(struct bench_state *st, size_t length);
int evp_cipher_per_call(struct bench_state *st, size_t length);
int evp_cipher_prepared(struct bench_state *st, size_t length);
int evp_aead_per_call(struct bench_state *st, size_t length);
int evp_aead_prepared(struct bench_state *st, size_t length);
int evp_random(struct bench_state *st, size_t length);
int setup_hash(struct bench_state *st);
int setup_mac(struct bench_state *st);
int setup_cipher(struct bench_state *st);
void teardown(struct bench_state *st);

#endif /* KPSA_TOOLS_SPEED_H */
