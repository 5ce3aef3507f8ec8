/*
 * spake2p.h - the SPAKE2+ computations of the built-in driver (spake2p.c), as
 * pure functions of their inputs, so that the protocol (builtin_spake2p_protocol)
 * and the known-answer test (tests/test_spake2p.c, fed with the fixed x and y
 * of RFC 9383 appendix C) run the same code.
 *
 * SPAKE2+ (RFC 9383) over P-256, prime order (cofactor h = 1):
 *     shareP = X = x*P + w0*M                 (prover)
 *     shareV = Y = y*P + w0*N                 (verifier)
 *     prover:   Z = x*(Y - w0*N),  V = w1*(Y - w0*N)
 *     verifier: Z = y*(X - w0*M),  V = y*L    (L = w1*P)
 *     TT = len(Context) || Context || len(idProver) || idProver
 *       || len(idVerifier) || idVerifier || len(M) || M || len(N) || N
 *       || len(shareP) || shareP || len(shareV) || shareV || len(Z) || Z
 *       || len(V) || V || len(w0) || w0       (len: 8 bytes little endian;
 *                                              Context and its length only
 *                                              when the application set one)
 * Key schedule, RFC 9383 section 3.4 (PSA_ALG_SPAKE2P_HMAC / _CMAC):
 *     K_main = Hash(TT)
 *     K_confirmP || K_confirmV = HKDF(nil, K_main, "ConfirmationKeys")
 *         (each the hash length for HMAC, 16 bytes for CMAC-AES-128)
 *     K_shared = HKDF(nil, K_main, "SharedKey"), the hash length
 *     confirmP = MAC(K_confirmP, shareV), confirmV = MAC(K_confirmV, shareP)
 * Matter (PSA_ALG_SPAKE2P_MATTER, draft-bar-cfrg-spake2plus-02 section 4 as
 * the Matter specification uses it, HKDF-SHA-256 and HMAC-SHA-256):
 *     Ka || Ke = Hash(TT)  (16 bytes each)
 *     KcA || KcB = HKDF(nil, Ka, "ConfirmationKeys")  (16 bytes each)
 *     cA = confirmP = HMAC(KcA, shareV), cB = confirmV = HMAC(KcB, shareP)
 *     K_shared = Ke
 *
 * Scalars are 32-byte big-endian strings, points 65-byte uncompressed SEC1
 * encodings.  Every function is thread-safe (no shared mutable state).
 */
#ifndef KPSA_BUILTIN_SPAKE2P_H
#define KPSA_BUILTIN_SPAKE2P_H

#include "builtin/builtin.h"

#define BUILTIN_SPAKE2P_SCALAR_SIZE 32u
#define BUILTIN_SPAKE2P_POINT_SIZE  65u
/* Largest hash, MAC, confirmation key and shared secret of any suite. */
#define BUILTIN_SPAKE2P_MAX_SIZE 64u

/* The primitives of one SPAKE2+ algorithm, resolved once per operation. */
struct builtin_spake2p_suite {
    psa_algorithm_t alg;
    const EC_GROUP *group;  /* P-256, shared read-only (curves.c) */
    const EVP_MD *md;       /* Hash, and HKDF's hash */
    EVP_MAC *mac;           /* HMAC or CMAC, fetched at driver init */
    const char *mac_digest; /* HMAC: the digest name; CMAC: NULL */
    size_t hash_length;
    size_t confirm_key_length; /* K_confirmP, K_confirmV */
    size_t confirm_length;     /* confirmP, confirmV */
    size_t shared_length;      /* K_shared */
    bool matter;
};

/*
 * builtin_spake2p_suite_get - the suite of a SPAKE2+ algorithm.
 *   [in]  alg    PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256),
 *                PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256) or PSA_ALG_SPAKE2P_MATTER.
 *   [out] suite  filled on success.
 * Returns PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED for any other algorithm, or
 * when the providers lack a primitive.
 */
psa_status_t builtin_spake2p_suite_get(psa_algorithm_t alg, struct builtin_spake2p_suite *suite);

/*
 * builtin_spake2p_share - the key share of a participant:
 * X = scalar*P + w0*M (prover) or Y = scalar*P + w0*N (verifier).
 *   [in]  w0, scalar  scalars in [1, n-1] (the scalar may be 0 too).
 *   [out] share       65 bytes.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 */
psa_status_t builtin_spake2p_share(const EC_GROUP *group, bool prover, const uint8_t *w0,
                                   const uint8_t *scalar, uint8_t *share);

/*
 * builtin_spake2p_check_share - validate the peer's key share, received by
 * the prover (Y: peer_is_prover false) or the verifier (X: true): 65 bytes, an
 * uncompressed point on the curve, not the identity, and not w0*N (resp.
 * w0*M), which would make Z and V the identity.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_INSUFFICIENT_MEMORY.
 */
psa_status_t builtin_spake2p_check_share(const EC_GROUP *group, bool peer_is_prover,
                                         const uint8_t *w0, const uint8_t *share,
                                         size_t share_length);

/*
 * builtin_spake2p_zv - the shared values Z and V.
 *   prover:   scalar = x, secret = w1 (32 bytes), peer_share = Y.
 *   verifier: scalar = y, secret = L (65 bytes), peer_share = X.
 *   [out] z, v  65 bytes each.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_ARGUMENT (peer share or L invalid),
 * PSA_ERROR_INSUFFICIENT_MEMORY, a libcrypto failure.
 */
psa_status_t builtin_spake2p_zv(const EC_GROUP *group, bool prover, const uint8_t *w0,
                                const uint8_t *scalar, const uint8_t *secret,
                                const uint8_t *peer_share, uint8_t *z, uint8_t *v);

/* The inputs of the transcript TT; all points 65 bytes, w0 32 bytes. */
struct builtin_spake2p_transcript {
    bool has_context; /* false: context omitted with its length */
    const uint8_t *context;
    size_t context_length;
    const uint8_t *id_prover;
    size_t id_prover_length;
    const uint8_t *id_verifier;
    size_t id_verifier_length;
    const uint8_t *share_p, *share_v, *z, *v, *w0;
};

/*
 * builtin_spake2p_transcript_encode - TT in a new buffer.
 *   [out] tt, tt_length  on success the caller wipes and frees *tt with
 *                        OPENSSL_clear_free(*tt, *tt_length).
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY (also for lengths that
 * overflow).
 */
psa_status_t builtin_spake2p_transcript_encode(const struct builtin_spake2p_transcript *in,
                                               uint8_t **tt, size_t *tt_length);

/* The secrets of the key schedule (wipe after use). */
struct builtin_spake2p_keys {
    uint8_t k_main[BUILTIN_SPAKE2P_MAX_SIZE];      /* Hash(TT); Matter: Ka || Ke */
    uint8_t k_confirm_p[BUILTIN_SPAKE2P_MAX_SIZE]; /* Matter: KcA */
    uint8_t k_confirm_v[BUILTIN_SPAKE2P_MAX_SIZE]; /* Matter: KcB */
    uint8_t confirm_p[BUILTIN_SPAKE2P_MAX_SIZE];   /* MAC(K_confirmP, shareV) */
    uint8_t confirm_v[BUILTIN_SPAKE2P_MAX_SIZE];   /* MAC(K_confirmV, shareP) */
    uint8_t k_shared[BUILTIN_SPAKE2P_MAX_SIZE];    /* Matter: Ke */
};

/*
 * builtin_spake2p_schedule - K_main = Hash(TT) and everything derived from it
 * (lengths from the suite: hash_length, confirm_key_length, confirm_length,
 * shared_length).
 *   [in]  tt, tt_length        the transcript.
 *   [in]  share_p, share_v     the key shares (65 bytes each), the MAC inputs.
 *   [out] keys                 filled on success; wiped on failure.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 */
psa_status_t builtin_spake2p_schedule(const struct builtin_spake2p_suite *suite, const uint8_t *tt,
                                      size_t tt_length, const uint8_t *share_p,
                                      const uint8_t *share_v, struct builtin_spake2p_keys *keys);

/*
 * builtin_spake2p_l - the verifier's L = w1*P.
 *   [in]  w1  32 bytes.
 *   [out] l   65 bytes.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_ARGUMENT (w1 is 0 mod n),
 * PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 */
psa_status_t builtin_spake2p_l(const EC_GROUP *group, const uint8_t *w1, uint8_t *l);

#endif /* KPSA_BUILTIN_SPAKE2P_H */
