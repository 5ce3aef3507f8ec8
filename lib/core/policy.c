/*
 * policy.c - key usage policy (see policy.h).
 *
 * The permitted-algorithm rules follow "Permitted algorithms" of the Crypto
 * API 1.2 (keys/policy.rst): an exact match, or one of the wildcards
 *   - a signature algorithm on PSA_ALG_ANY_HASH: the same scheme with any
 *     hash; PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) also permits
 *     PSA_ALG_RSA_PKCS1V15_SIGN_RAW;
 *   - a standalone key agreement: that agreement combined with any KDF;
 *   - PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(): the same MAC with a length >= N;
 *   - PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(): the same AEAD with a tag
 *     length >= N;
 *   - PSA_ALG_CCM_STAR_ANY_TAG: CCM* without tag, and CCM with tags 4, 8, 16.
 * A MAC algorithm and its truncation to its own full length are the same
 * algorithm, so they match each other (that needs the key type: the full
 * length of CMAC is the cipher's block size).
 */
#include "config.h"

#include "core/policy.h"

/* Length field (bits 21:16) and minimum-length flag of MAC and AEAD algorithms. */
#define LENGTH_OF(alg) ((size_t)(((alg) >> 16) & 0x3fu))
#define AT_LEAST_FLAG ((psa_algorithm_t)0x00008000u)
#define LENGTH_BASE(alg) ((psa_algorithm_t)((alg) & ~(psa_algorithm_t)0x003f8000u))

psa_key_usage_t kpsa_policy_usage_normalize(psa_key_usage_t usage)
{
    if ((usage & PSA_KEY_USAGE_SIGN_HASH) != 0) {
        usage |= PSA_KEY_USAGE_SIGN_MESSAGE;
    }
    if ((usage & PSA_KEY_USAGE_VERIFY_HASH) != 0) {
        usage |= PSA_KEY_USAGE_VERIFY_MESSAGE;
    }
    return usage;
}

/* Effective length of a MAC algorithm for a key type, 0 when unknown. */
static size_t mac_length(psa_key_type_t key_type, psa_algorithm_t alg)
{
    size_t length = LENGTH_OF(alg);
    return length != 0 ? length : PSA_MAC_LENGTH(key_type, 0, PSA_ALG_FULL_LENGTH_MAC(alg));
}

static bool mac_permits(psa_key_type_t key_type, psa_algorithm_t policy, psa_algorithm_t alg)
{
    if (LENGTH_BASE(policy) != LENGTH_BASE(alg)) {
        return false;
    }
    size_t want = mac_length(key_type, alg);
    if ((policy & AT_LEAST_FLAG) != 0) {
        /* A wildcard `alg` (copy-key intersection) asks for its minimum. */
        return want >= LENGTH_OF(policy);
    }
    if ((alg & AT_LEAST_FLAG) != 0) {
        return false;
    }
    return want != 0 && want == mac_length(key_type, policy);
}

static bool aead_permits(psa_algorithm_t policy, psa_algorithm_t alg)
{
    if (LENGTH_BASE(policy) != LENGTH_BASE(alg) || (policy & AT_LEAST_FLAG) == 0) {
        return false;
    }
    return LENGTH_OF(alg) >= LENGTH_OF(policy);
}

static bool ccm_star_any_permits(psa_algorithm_t alg)
{
    return alg == PSA_ALG_CCM_STAR_NO_TAG || alg == PSA_ALG_CCM ||
           alg == PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4) ||
           alg == PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8);
}

static bool sign_permits(psa_algorithm_t policy, psa_algorithm_t alg)
{
    if (PSA_ALG_GET_HASH(policy) != PSA_ALG_ANY_HASH) {
        return false;
    }
    if (policy == PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_ANY_HASH) &&
        alg == PSA_ALG_RSA_PKCS1V15_SIGN_RAW) {
        return true;
    }
    return PSA_ALG_IS_SIGN(alg) && (policy & ~(psa_algorithm_t)0xffu) ==
                                       (alg & ~(psa_algorithm_t)0xffu) &&
           PSA_ALG_GET_HASH(alg) != 0;
}

bool kpsa_policy_alg_permits(psa_key_type_t key_type, psa_algorithm_t policy_alg,
                             psa_algorithm_t alg)
{
    if (policy_alg == PSA_ALG_NONE || alg == PSA_ALG_NONE) {
        return false;
    }
    if (policy_alg == alg) {
        return true;
    }
    if (PSA_ALG_IS_MAC(policy_alg) && PSA_ALG_IS_MAC(alg)) {
        return mac_permits(key_type, policy_alg, alg);
    }
    if (PSA_ALG_IS_AEAD(policy_alg) && PSA_ALG_IS_AEAD(alg)) {
        return aead_permits(policy_alg, alg);
    }
    if (policy_alg == PSA_ALG_CCM_STAR_ANY_TAG) {
        return ccm_star_any_permits(alg);
    }
    if (PSA_ALG_IS_SIGN(policy_alg)) {
        return sign_permits(policy_alg, alg);
    }
    if (PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(policy_alg) && PSA_ALG_IS_KEY_AGREEMENT(alg)) {
        return PSA_ALG_KEY_AGREEMENT_GET_BASE(alg) == policy_alg;
    }
    return false;
}

psa_status_t kpsa_policy_intersect(psa_key_type_t key_type, psa_algorithm_t alg1,
                                   psa_algorithm_t alg2, psa_algorithm_t *result)
{
    *result = PSA_ALG_NONE;
    if (alg1 == PSA_ALG_NONE || alg2 == PSA_ALG_NONE) {
        /* The empty set is representable: the new key permits no algorithm. */
        return PSA_SUCCESS;
    }
    if (kpsa_policy_alg_permits(key_type, alg1, alg2)) {
        *result = alg2;
        return PSA_SUCCESS;
    }
    if (kpsa_policy_alg_permits(key_type, alg2, alg1)) {
        *result = alg1;
        return PSA_SUCCESS;
    }
    return PSA_ERROR_INVALID_ARGUMENT;
}

psa_status_t kpsa_acquire_key(psa_key_id_t id, psa_key_usage_t usage, psa_algorithm_t alg,
                              struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *s = NULL;

    *slot = NULL;
    KPSA_TRY(kpsa_keystore_acquire(id, &s));
    KPSA_CHECK(alg == PSA_ALG_NONE || !PSA_ALG_IS_WILDCARD(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK((s->attributes.kpsa_usage & usage) == usage, PSA_ERROR_NOT_PERMITTED);
    KPSA_CHECK(alg == PSA_ALG_NONE ||
                   kpsa_policy_alg_permits(s->attributes.kpsa_type, s->attributes.kpsa_alg, alg),
               PSA_ERROR_NOT_PERMITTED);
    *slot = s;
    s = NULL;
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(s);
    return status;
}
