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
 * Handles PSA_ALG_ANY_HASH wildcards, at-least-this-length MACs and AEAD tags,
 * and the key-agreement-with-KDF forms.  `alg` must not be a wildcard.
 */
bool kpsa_policy_alg_permits(psa_algorithm_t policy_alg, psa_algorithm_t alg);

/*
 * kpsa_acquire_key - look up a key and check it may be used.
 *   [in]  id     the key.
 *   [in]  usage  the usage flag(s) the operation needs (all must be set).
 *   [in]  alg    the algorithm of the operation (checked against the policy;
 *                0 to skip the algorithm check).
 *   [out] slot   on success, an acquired slot; release with kpsa_keystore_release().
 * Returns PSA_SUCCESS, PSA_ERROR_INVALID_HANDLE, PSA_ERROR_NOT_PERMITTED.
 */
KPSA_NODISCARD psa_status_t kpsa_acquire_key(psa_key_id_t id, psa_key_usage_t usage,
                                             psa_algorithm_t alg, struct kpsa_slot **slot);

#endif /* KPSA_CORE_POLICY_H */
