/*
 * speed.h - what the parts of `kpsa speed` share: the benchmark descriptor,
 * the per-descriptor state, and the timed calls (speed_calls.c) that the
 * descriptor table (speed.c) points at.  The asymmetric and key-derivation
 * descriptors, with their calls, are in speed_asym.c.
 */
#ifndef KPSA_TOOLS_SPEED_H
#define KPSA_TOOLS_SPEED_H

#include <stdbool.h>
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
struct asym_state; /* speed_asym.c */

/* What one call of a descriptor does, which decides how its rates are shown. */
enum bench_unit {
    UNIT_BYTES,     /* size: input bytes; ops/s, MB/s, ns/op */
    UNIT_CALLS,     /* size: bytes hashed, signed or agreed; ops/s, us/op */
    UNIT_ITERATIONS /* size: iterations per call (PBKDF2 cost); iterations/s, ns/iteration */
};

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
    struct asym_state *asym;    /* asymmetric and key-derivation descriptors */
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
    enum bench_unit unit;
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

/* The asymmetric and key-derivation descriptors (speed_asym.c); selected
 * alone by "kpsa speed --asym". */
extern const struct bench speed_asym_benches[];
extern const size_t speed_asym_count;

/* ---- their keys (speed_keys.c) ---- */

/* True for Montgomery and Edwards curve types (raw RFC 7748 / 8032 keys). */
bool key_is_raw_ecc(psa_key_type_t type);

/*
 * key_generate - a new libcrypto key pair for descriptor b: b->evp_name is
 * the key type ("EC", "RSA", "ED25519", "X25519"), b->evp_sub the EC group,
 * b->key_bits the RSA modulus size.  Returns NULL on failure (OpenSSL error
 * queue set); free with EVP_PKEY_free.
 */
EVP_PKEY *key_generate(const struct bench *b);

/*
 * key_export_psa - pkey (a key pair of PSA type `type`) in the PSA export
 * format: with pair, the key pair (RSAPrivateKey DER, big-endian scalar, or
 * RFC 7748 / 8032 private string), else its public key (RSAPublicKey DER,
 * uncompressed point, raw public string).
 *   [out] buf, size, length  the encoding (secret with pair: wipe it).
 * Returns 0, or -1 (libcrypto failure, or buf too small).
 */
int key_export_psa(EVP_PKEY *pkey, psa_key_type_t type, bool pair, uint8_t *buf, size_t size,
                   size_t *length);

/*
 * key_import - psa_import_key of data as a key of `type` for b->alg, with
 * the usages b's operation needs (sign and verify, verify only for a public
 * key, or derive).  Reports a failure other than PSA_ERROR_NOT_SUPPORTED on
 * stderr.  Returns the status of psa_import_key.
 */
psa_status_t key_import(const struct bench *b, psa_key_type_t type, const uint8_t *data,
                        size_t length, psa_key_id_t *key);

#endif /* KPSA_TOOLS_SPEED_H */
