/*
 * kdf_agree.c - key agreement into a derivation (psa_key_derivation_key_agreement)
 * and into a key (psa_key_agreement, Crypto API 1.2 "Key agreement").
 *
 * Both run the raw agreement through the driver chain's key_agreement entry
 * point (kpsa_dispatch_key_agreement), as the driver specification asks of
 * the core ("the core always decouples key agreement from symmetric key
 * derivation"), then feed the shared secret on: as the derivation's input
 * step, or as the material of a new key imported through the chain.
 *
 * psa_key_derivation_key_agreement checks, in this order: operation set up
 * (BAD_STATE); peer_key pointer (INVALID_ARGUMENT); the operation's
 * algorithm has an agreement (INVALID_ARGUMENT); the key (INVALID_HANDLE;
 * NOT_PERMITTED without PSA_KEY_USAGE_DERIVE or when its policy does not
 * permit the operation's algorithm); the operation accepts inputs (no
 * output yet, not in the error state: else BAD_STATE; the key comes first
 * because the PSA conformance suite, test c019, expects INVALID_HANDLE from
 * a second call after a first failed on its key); the step (a secret step of
 * the algorithm: else INVALID_ARGUMENT; in order: else BAD_STATE); the key's
 * type (a key pair of the agreement's kind: INVALID_ARGUMENT); the peer
 * key's length when the core knows it (INVALID_ARGUMENT); the chain; the
 * secret's length for the step.
 * The shared secret is wiped on every path.
 */
#include "config.h"

#include <psa/crypto.h>

#include "core/init.h"
#include "core/kdf.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

/* Is a key of this type usable with the standalone agreement ka? */
static bool agreement_key_fits(psa_key_type_t type, psa_algorithm_t ka)
{
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) {
        return false;
    }
    if (ka == PSA_ALG_ECDH) {
        return PSA_KEY_TYPE_IS_ECC(type) &&
               PSA_KEY_TYPE_ECC_GET_FAMILY(type) != PSA_ECC_FAMILY_TWISTED_EDWARDS;
    }
    if (ka == PSA_ALG_FFDH) {
        return PSA_KEY_TYPE_IS_DH(type);
    }
    return true; /* an agreement the core does not know: the drivers judge */
}

/* The peer key is in psa_export_public_key() format, whose length the key fixes. */
static bool peer_length_ok(const psa_key_attributes_t *a, size_t length)
{
    size_t want = PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(
        PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(a->kpsa_type), a->kpsa_bits);
    return want == 0 || length == want;
}

psa_status_t psa_key_derivation_key_agreement(psa_key_derivation_operation_t *operation,
                                              psa_key_derivation_step_t step,
                                              psa_key_id_t private_key, const uint8_t *peer_key,
                                              size_t peer_key_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t secret[PSA_RAW_KEY_AGREEMENT_OUTPUT_MAX_SIZE];
    size_t secret_length = 0;
    struct kpsa_slot *slot = NULL;
    psa_algorithm_t ka = 0;

    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized() && operation->kpsa_alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(peer_key, peer_key_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(PSA_ALG_IS_KEY_AGREEMENT(operation->kpsa_alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_acquire_key(private_key, PSA_KEY_USAGE_DERIVE, operation->kpsa_alg, &slot));
    KPSA_CHECK(kpsa_kdf_accepts_input(operation), PSA_ERROR_BAD_STATE);
    ka = PSA_ALG_KEY_AGREEMENT_GET_BASE(operation->kpsa_alg);
    KPSA_TRY(kpsa_kdf_check_agreement_step(operation, step));
    KPSA_CHECK(agreement_key_fits(slot->attributes.kpsa_type, ka), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(peer_length_ok(&slot->attributes, peer_key_length), PSA_ERROR_INVALID_ARGUMENT);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_key_agreement(&view, ka, peer_key, peer_key_length, secret,
                                         sizeof(secret), &secret_length));
    KPSA_CHECK(secret_length <= sizeof(secret), PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(kpsa_kdf_input_agreement(operation, step, secret, secret_length));
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(secret, sizeof(secret));
    kpsa_keystore_release(slot);
    return kpsa_kdf_fail(operation, status);
}

/* Types a key agreement may output into (psa_key_agreement). */
static bool agreement_output_type_ok(psa_key_type_t type)
{
    return type == PSA_KEY_TYPE_DERIVE || type == PSA_KEY_TYPE_RAW_DATA ||
           type == PSA_KEY_TYPE_HMAC || type == PSA_KEY_TYPE_PASSWORD;
}

psa_status_t psa_key_agreement(psa_key_id_t private_key, const uint8_t *peer_key,
                               size_t peer_key_length, psa_algorithm_t alg,
                               const psa_key_attributes_t *attributes, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t secret[PSA_RAW_KEY_AGREEMENT_OUTPUT_MAX_SIZE];
    size_t secret_length = 0;

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(agreement_output_type_ok(attributes->kpsa_type), PSA_ERROR_INVALID_ARGUMENT);
    /* Algorithm, key, usage, policy, key type and peer key: as the raw agreement. */
    KPSA_TRY(psa_raw_key_agreement(alg, private_key, peer_key, peer_key_length, secret,
                                   sizeof(secret), &secret_length));
    KPSA_CHECK(attributes->kpsa_bits == 0 || attributes->kpsa_bits == 8 * secret_length,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(psa_import_key(attributes, secret, secret_length, key));
    status = PSA_SUCCESS;
exit:
    kpsa_wipe(secret, sizeof(secret));
    return status;
}
