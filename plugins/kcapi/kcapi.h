/*
 * kcapi.h - internal interface of the kcapi driver plugin (plugins/kcapi).
 *
 * The driver serves PSA calls from the Linux kernel crypto API through
 * libkcapi (AF_ALG sockets).  Its parts:
 *
 *   kcapi_probe.c   init/deinit, the policy (config file and environment),
 *                   the algorithm table, the per-algorithm probe and the
 *                   kernel-errno -> PSA status mapping.
 *   kcapi_pool.c    kernel handles: per-key state (a kernel transform with
 *                   the key set once, per algorithm) and pools of operation
 *                   handles re-initialised from it (kcapi_handle_reinit).
 *   kcapi_hash.c    hash and MAC entry points (multipart hashes on raw
 *                   AF_ALG sockets, so that they can be cloned).
 *   kcapi_cipher.c  single-part unauthenticated cipher entry points.
 *   kcapi_cipher_mp.c  multipart unauthenticated cipher entry points.
 *   kcapi_aead.c    single-part AEAD entry points.
 *   kcapi_aead_mp.c multipart AES-GCM, composed from ctr(aes) and ghash.
 *   kcapi_chachapoly_mp.c  multipart ChaCha20-Poly1305, from chacha20 and
 *                   poly1305.
 *   kcapi_ccm_mp.c  multipart AES-CCM, from ctr(aes) and cbcmac(aes).
 *   kcapi_xts_mp.c  multipart AES-XTS, in pieces continued at their tweak.
 *   kcapi_random.c  the kernel DRBG ("stdrng") as an entropy source.
 *
 * Every entry point declines (PSA_ERROR_NOT_SUPPORTED from a "fallback"
 * capability) what the kernel or the policy does not let it serve, so the
 * next driver of the chain (in the end the built-in one) serves the call.
 */
#ifndef KPSA_PLUGIN_KCAPI_H
#define KPSA_PLUGIN_KCAPI_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <kpsa/driver.h>

struct kcapi_handle;

#define KC_EXPORT __attribute__((visibility("default")))

/* Kinds of kernel transform (AF_ALG socket types). */
enum kc_kind { KC_MD, KC_SKCIPHER, KC_AEAD };

/* One row of the algorithm table: a PSA algorithm on a key type and the
 * kernel algorithm (cra_name) that computes it. */
struct kc_alg {
    psa_algorithm_t alg;   /* hash, full-length MAC, cipher or default-tag AEAD */
    psa_key_type_t key_type; /* 0 for hashes */
    const char *kernel;    /* cra_name, e.g. "cbc(aes)" */
    enum kc_kind kind;
};

/* Policy values (kcapi.conf "policy", KPSA_KCAPI_POLICY). */
enum kc_policy { KC_POLICY_OFF, KC_POLICY_HARDWARE, KC_POLICY_ALL };

/*
 * kc_lookup - the table row computing alg on key_type.
 *   [in] alg       hash, MAC (truncations are mapped to the full length),
 *                  cipher, or AEAD (any tag length).
 *   [in] key_type  the key's type; 0 for hashes.  (PSA_ALG_GCM, 0),
 *                  (PSA_ALG_CHACHA20_POLY1305, 0) and (PSA_ALG_CCM, 0) are the
 *                  rows of the "ghash", "poly1305" and "cbcmac(aes)" hashes
 *                  that the multipart AEADs are composed with.
 * Returns the row's index, or -1 when the driver has no kernel algorithm for
 * the pair.  Thread-safe.
 */
int kc_lookup(psa_algorithm_t alg, psa_key_type_t key_type);

/* The row at index idx (0 <= idx < kc_alg_count()). */
const struct kc_alg *kc_alg_at(int idx);

/*
 * kc_usable - whether the driver may serve the algorithm of row idx for an
 * input of input_length bytes: AF_ALG present, the policy allows the
 * algorithm (probed once per algorithm, on first use, cached), and
 * input_length is at least the threshold.  multipart: the input length is
 * unknown, the threshold does not apply.  Thread-safe.
 */
bool kc_usable(int idx, size_t input_length, bool multipart);

/*
 * kc_status - the PSA status of a libkcapi result ret (a negative errno).
 *   [in] ret      the negative errno a libkcapi call returned.
 *   [in] started  false: the driver may still decline (single-part calls,
 *                 setup): anything the kernel refuses or cannot do becomes
 *                 PSA_ERROR_NOT_SUPPORTED so the next driver serves the call;
 *                 true: an operation bound to this driver failed half-way.
 * EBADMSG (authentication failure) is PSA_ERROR_INVALID_SIGNATURE always.
 */
psa_status_t kc_status(ssize_t ret, bool started);

/*
 * kc_policy_allows - whether AF_ALG is present and the policy lets the
 * driver use the kernel algorithm cra_name (for "hardware": the kernel's
 * selected implementation of it is an off-CPU engine).  The caller has
 * instantiated the algorithm, so /proc/crypto lists it.  Thread-safe.
 */
bool kc_policy_allows(const char *cra_name);

/*
 * kc_reuse - false when KPSA_KCAPI_NO_REUSE=1 (unprivileged processes): every
 * call then makes and destroys its own transform (set key included) instead
 * of borrowing a pooled handle; for measuring what the reuse saves.
 */
bool kc_reuse(void);

/* A constant-time comparison of n bytes: 0 when equal. */
int kc_memdiff(const uint8_t *a, const uint8_t *b, size_t n);

/* Wipe n bytes at p (not optimised away). */
void kc_wipe(void *p, size_t n);

/* ---- multipart AEAD helpers (kcapi_aead_common.c) ---------------------- */

#define KC_AEAD_TAG_MAX 16

/* One body step of a construction: en/decrypt length bytes from in to out
 * (authenticating them); returns 0 or a negative errno. */
typedef ssize_t kc_aead_step_fn(void *op, const uint8_t *in, size_t length, uint8_t *out);
/* The full tag (KC_AEAD_TAG_MAX bytes) of a construction; 0 or a negative errno. */
typedef ssize_t kc_aead_tag_fn(void *op, uint8_t *tag);

/*
 * kc_aead_stream - an update: checks the output room, reads a shifted
 * overlapping input from a copy, runs step, wipes the output on failure.
 * *output_length is the input length on success, 0 otherwise.
 */
psa_status_t kc_aead_stream(void *op, kc_aead_step_fn *step, const uint8_t *input,
                            size_t input_length, uint8_t *output, size_t output_size,
                            size_t *output_length);
/* kc_aead_tag_out - finish: BUFFER_TOO_SMALL before computing, else the tag. */
psa_status_t kc_aead_tag_out(void *op, kc_aead_tag_fn *compute, size_t tag_length_wanted,
                             uint8_t *tag, size_t tag_size, size_t *tag_length);
/* kc_aead_tag_check - verify in constant time: INVALID_SIGNATURE on mismatch. */
psa_status_t kc_aead_tag_check(void *op, kc_aead_tag_fn *compute, size_t tag_length_wanted,
                               const uint8_t *tag, size_t tag_length);

/* ---- kernel handles (kcapi_pool.c) ---- */

#define KC_POOL_SLOTS 4
#define KC_TFMS_PER_KEY 4

/* A kernel transform and a pool of operation handles made from it.  The
 * handles keep the transform's key; a busy bit per slot hands each handle to
 * one user at a time (libkcapi handles are not thread-safe). */
struct kc_pool {
    struct kcapi_handle *tfm;
    _Atomic uint32_t busy;
    struct kcapi_handle *_Atomic op[KC_POOL_SLOTS];
};

/* A transform prepared for one algorithm row and tag length. */
struct kc_tfm {
    _Atomic int ready; /* 1 once alg/taglen/pool are set; never reset but on destroy */
    int alg;
    uint32_t taglen;
    struct kc_pool pool;
};

struct kc_key_state;

/* An operation handle borrowed for one call or one multipart operation. */
struct kc_lease {
    struct kcapi_handle *h;
    struct kc_pool *pool;     /* NULL: h is private, destroyed on put */
    struct kc_key_state *ks;  /* non-NULL: the lease holds a reference */
    int slot;                 /* -1: not from a slot */
    enum kc_kind kind;
};

/*
 * kc_lease_get - borrow an operation handle for row idx.
 *   [out] lease    filled on success; untouched on failure.
 *   [in]  ks       the key's state (kpsa_driver_key_state) or NULL for a key
 *                  without one (then a private transform is made for this
 *                  lease) and for hashes (a process-wide pool per algorithm).
 *   [in]  key      key material (NULL for hashes), key_size bytes.
 *   [in]  taglen   AEAD tag length (0 otherwise).
 *   [in]  hold     take a reference on ks (multipart operations).
 * Returns 0 or a negative errno (map it with kc_status).  Thread-safe.
 */
int kc_lease_get(struct kc_lease *lease, struct kc_key_state *ks, int idx, const uint8_t *key,
                 size_t key_size, uint32_t taglen, bool hold);

/*
 * kc_lease_put - give the handle back.  clean: the kernel operation completed
 * (the handle can serve another call); otherwise the handle is destroyed.
 * Accepts an all-zero lease (nothing borrowed).  Thread-safe.
 */
void kc_lease_put(struct kc_lease *lease, bool clean);

/* Release every process-wide pool (deinit). */
void kc_pools_release(void);

/* Close the transform sockets of multipart hashes (deinit). */
void kc_hash_release(void);

/*
 * kc_chacha_iv - the kernel's chacha20 IV (32-bit little-endian block
 * counter, 96-bit nonce) for a PSA ChaCha20 IV of iv_length bytes: 12 (a
 * nonce, counter 0), 16 (counter then nonce: the same layout) or 8 (the
 * original nonce after a 64-bit counter).  false for any other length.
 */
bool kc_chacha_iv(const uint8_t *iv, size_t iv_length, uint8_t out[16]);

/* Release the entropy source's kernel handle (deinit). */
void kc_random_release(void);

/* Driver entry points (see <kpsa/driver.h>). */
KC_EXPORT psa_status_t kcapi_init(void);
KC_EXPORT void kcapi_deinit(void);
KC_EXPORT psa_status_t kcapi_key_state_create(const psa_key_attributes_t *attributes,
                                              const uint8_t *key, size_t key_size, void **state);
KC_EXPORT void kcapi_key_state_destroy(void *state);
KC_EXPORT psa_status_t kcapi_get_entropy(psa_driver_get_entropy_flags_t flags,
                                         size_t *estimate_bits, uint8_t *output,
                                         size_t output_size);

#endif /* KPSA_PLUGIN_KCAPI_H */
