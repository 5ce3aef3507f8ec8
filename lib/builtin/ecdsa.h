/*
 * ecdsa.h - helpers shared by ecdsa.c (randomized ECDSA, verification) and
 * ecdsa_det.c (deterministic ECDSA, RFC 6979).
 */
#ifndef KPSA_BUILTIN_ECDSA_H
#define KPSA_BUILTIN_ECDSA_H

#include "builtin/builtin.h"

/*
 * builtin_ecdsa_curve - the Weierstrass curve of an ECDSA key.
 *   [in]  attributes  the key's; need_pair non-zero when signing.
 *   [out] curve       on success, a curve with a prepared group; else NULL.
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT for a key that is not an
 * ECC key (pair, when need_pair) or is on a Montgomery or twisted Edwards
 * curve; PSA_ERROR_NOT_SUPPORTED for a curve curves.c does not have.
 */
psa_status_t builtin_ecdsa_curve(const psa_key_attributes_t *attributes, int need_pair,
                                 const struct builtin_curve **curve);

/*
 * builtin_ecdsa_check_hash - does hash_length fit the ECDSA algorithm alg?
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT for a wildcard or a length
 * other than the algorithm's hash length (PSA_ALG_ECDSA_ANY takes any
 * length); PSA_ERROR_NOT_SUPPORTED for a hash the driver lacks, for a
 * deterministic ECDSA without a hash, or for an algorithm that is no ECDSA.
 */
psa_status_t builtin_ecdsa_check_hash(psa_algorithm_t alg, size_t hash_length);

/*
 * builtin_ecdsa_det_sign - deterministic ECDSA (RFC 6979 section 3.2) of a
 * hash with a private key.
 *   [in]  curve      a Weierstrass curve of curves.c (group not NULL).
 *   [in]  key        the private scalar, curve->bytes bytes, big-endian.
 *   [in]  hash_alg   the algorithm's hash: the HMAC of the nonce derivation.
 *   [in]  hash       the message hash (any length; bits2int truncates it).
 *   [out] signature  2 * curve->bytes bytes: r || s, big-endian.
 * Returns PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED (hash without an HMAC);
 * PSA_ERROR_INVALID_ARGUMENT (scalar 0 or >= the order);
 * PSA_ERROR_INSUFFICIENT_MEMORY; a libcrypto failure.  Every intermediate
 * secret (nonce, HMAC state, scalar) is wiped.  Thread-safe.
 */
psa_status_t builtin_ecdsa_det_sign(const struct builtin_curve *curve, const uint8_t *key,
                                    psa_algorithm_t hash_alg, const uint8_t *hash,
                                    size_t hash_length, uint8_t *signature);

#endif /* KPSA_BUILTIN_ECDSA_H */
