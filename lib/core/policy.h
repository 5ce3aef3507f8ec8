/*
 * policy.h - key usage policy as the PSA Crypto API defines it.
 */
#ifndef KPSA_CORE_POLICY_H
#define KPSA_CORE_POLICY_H

#include <stdbool.h>

#include "core/guard.h"
#include "core/keystore.h"

/*
 * kpsa_policy_usage_normalize - add the usage flags a flag implies
 * (SIGN_HASH -> SIGN_MESSAGE, VERIFY_HASH -> VERIFY_MESSAGE).
 */
psa_key_usage_t kpsa_policy_usage_normalize(psa_key_usage_t usage);

/*
 * kpsa_policy_alg_permits - does a key's permitted algorithm allow `alg`?
 *   [in] key_type    the key's type: the full length of a block-cipher MAC
 *                    depends on it (CMAC == its truncation to that length).
 *   [in] policy_alg  the key's permitted algorithm (may be a wildcard).
 *   [in] alg         the algorithm asked for.  For an operation it is never a
 *                    wildcard; a wildcard is accepted (copy-key intersection)
 *                    and then permitted when its whole set is.
 * Handles PSA_ALG_ANY_HASH signature wildcards (and RSA_PKCS1V15_SIGN_RAW),
 * at-least-this-length MACs and AEAD tags, PSA_ALG_CCM_STAR_ANY_TAG and the
 * key-agreement-with-KDF forms (Crypto API 1.2, "Permitted algorithms").
 * PSA_ALG_NONE permits nothing and is permitted by nothing.  Pure function.
 */
bool kpsa_policy_alg_permits(psa_key_type_t key_type, psa_algorithm_t policy_alg,
                             psa_algorithm_t alg);

/*
 * kpsa_policy_intersect - the permitted algorithm of a key copied with
 * psa_copy_key(): the intersection of two policies.
 *   [in]  key_type      the key's type (see kpsa_policy_alg_permits).
 *   [in]  alg1, alg2    the source key's and the requested policy.
 *   [out] result        equal policies: that policy; a wildcard and an
 *                       algorithm (or a narrower wildcard) it includes: the
 *                       latter; PSA_ALG_NONE on either side: PSA_ALG_NONE.
 * Returns PSA_SUCCESS, or PSA_ERROR_INVALID_ARGUMENT when the policies have no
 * algorithm in common (*result is then PSA_ALG_NONE).  Pure function.
 */
KPSA_NODISCARD psa_status_t kpsa_policy_intersect(psa_key_type_t key_type, psa_algorithm_t alg1,
                                                  psa_algorithm_t alg2, psa_algorithm_t *result);

/*
 * kpsa_acquire_key - look up a key and check it may be used.
 *   [in]  id     the key.
 *   [in]  usage  the usage flag(s) the operation needs (all must be set).
 *   [in]  alg    the algorithm of the operation (checked against the policy;
 *                0 to skip the algorithm check).
 *   [out] slot   on success, an acquired slot; release with kpsa_keystore_release().
 *                NULL on failure.
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_HANDLE, PSA_ERROR_INVALID_ARGUMENT
 * (alg is a wildcard: a policy, never an operation's algorithm),
 * PSA_ERROR_NOT_PERMITTED (a usage flag missing or alg not permitted).
 * Thread-safe, lock-free.
 */
KPSA_NODISCARD psa_status_t kpsa_acquire_key(psa_key_id_t id, psa_key_usage_t usage,
                                             psa_algorithm_t alg, struct kpsa_slot **slot);

#endif /* KPSA_CORE_POLICY_H */
