/*
 * asym.c - the API layer of asymmetric cryptography: psa_sign_hash,
 * psa_verify_hash, psa_sign_message, psa_verify_message (PSA Crypto API 1.2,
 * "Asymmetric signature"), psa_asymmetric_encrypt, psa_asymmetric_decrypt
 * ("Asymmetric encryption") and psa_raw_key_agreement ("Key agreement").
 *
 * Every function checks, in this order:
 *   1. psa_crypto_init() done, else PSA_ERROR_BAD_STATE;
 *   2. NULL for a length pointer, or for a buffer with a non-zero length:
 *      PSA_ERROR_INVALID_ARGUMENT;
 *   3. the algorithm: not of the function's kind (e.g. PSA_ALG_ECDSA_ANY for
 *      psa_sign_message, PureEdDSA for psa_sign_hash, a key agreement
 *      combined with a KDF for psa_raw_key_agreement) or a policy wildcard:
 *      PSA_ERROR_INVALID_ARGUMENT.  Inputs whose validity needs no key
 *      (psa_sign_hash / psa_verify_hash of a hash-and-sign algorithm: the
 *      hash length; RSAES-PKCS1-v1_5: no salt) also fail here with
 *      PSA_ERROR_INVALID_ARGUMENT; a hash the core cannot size (there, or
 *      in OAEP) is PSA_ERROR_NOT_SUPPORTED;
 *   4. the key (kpsa_acquire_key): PSA_ERROR_INVALID_HANDLE, or
 *      PSA_ERROR_NOT_PERMITTED for a missing usage flag (SIGN_HASH,
 *      VERIFY_HASH, SIGN_MESSAGE, VERIFY_MESSAGE, ENCRYPT, DECRYPT, DERIVE)
 *      or an algorithm the policy does not permit;
 *   5. the key type (key_fits): signing, decryption and key agreement need a
 *      key pair, verification and encryption a key pair or a public key; RSA
 *      algorithms an RSA key, ECDSA a Weierstrass curve, EdDSA a twisted
 *      Edwards curve (Ed25519ph 255 bits, Ed448ph 448), ECDH an elliptic
 *      curve other than twisted Edwards, FFDH a DH key: otherwise
 *      PSA_ERROR_INVALID_ARGUMENT.  An algorithm of the right kind that the
 *      core does not know (a vendor algorithm) only needs the right kind of
 *      key: the drivers judge the rest;
 *   6. inputs whose validity depends on the key: the RSA encryption input
 *      length (PKCS#1 v1.5: at most k - 11 bytes; OAEP: k - 2 hLen - 2) and
 *      decryption input (k bytes), the ECDH / FFDH peer key's length (the
 *      format of psa_export_public_key()): PSA_ERROR_INVALID_ARGUMENT;
 *   7. the output buffer against PSA_SIGN_OUTPUT_SIZE,
 *      PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE or PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE
 *      when the macro knows the key and algorithm:
 *      PSA_ERROR_BUFFER_TOO_SMALL.  Decryption is not checked here: the
 *      plaintext is usually shorter than PSA_ASYMMETRIC_DECRYPT_OUTPUT_SIZE
 *      and only the driver knows its length.
 * Then the driver chain answers (PSA_ERROR_NOT_SUPPORTED when no driver can).
 * On any error output lengths are 0, and the output of a failed decryption or
 * key agreement is wiped (a driver may have written secret bytes).
 * All functions are thread-safe.
 */
#include "config.h"

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

/* What a function needs of its key. */
enum key_need { NEED_PAIR, NEED_PAIR_OR_PUBLIC };

/* Algorithms with an RSA key (signature or encryption). */
static bool alg_is_rsa(psa_algorithm_t alg)
{
    return PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || PSA_ALG_IS_RSA_PSS(alg) ||
           alg == PSA_ALG_RSA_PKCS1V15_CRYPT || PSA_ALG_IS_RSA_OAEP(alg);
}

static bool alg_is_eddsa(psa_algorithm_t alg)
{
    return alg == PSA_ALG_PURE_EDDSA || PSA_ALG_IS_HASH_EDDSA(alg);
}

/* Is an elliptic curve key usable with an ECC algorithm? */
static bool ecc_fits(psa_ecc_family_t family, size_t bits, psa_algorithm_t alg)
{
    bool edwards = family == PSA_ECC_FAMILY_TWISTED_EDWARDS;

    if (PSA_ALG_IS_ECDSA(alg)) {
        return !edwards && family != PSA_ECC_FAMILY_MONTGOMERY;
    }
    if (alg == PSA_ALG_ED25519PH) {
        return edwards && bits == 255;
    }
    if (alg == PSA_ALG_ED448PH) {
        return edwards && bits == 448;
    }
    if (alg_is_eddsa(alg)) {
        return edwards;
    }
    /* ECDH: Weierstrass and Montgomery curves. */
    return !edwards;
}

/* Step 5 of the file comment: PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT. */
static psa_status_t key_fits(const psa_key_attributes_t *attributes, psa_algorithm_t alg,
                             enum key_need need)
{
    psa_key_type_t type = attributes->kpsa_type;
    bool fits =
        need == NEED_PAIR ? PSA_KEY_TYPE_IS_KEY_PAIR(type) : PSA_KEY_TYPE_IS_ASYMMETRIC(type);

    if (!fits) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (alg_is_rsa(alg)) {
        fits = PSA_KEY_TYPE_IS_RSA(type);
    } else if (PSA_ALG_IS_ECDSA(alg) || alg_is_eddsa(alg) || PSA_ALG_IS_ECDH(alg)) {
        fits = PSA_KEY_TYPE_IS_ECC(type) &&
               ecc_fits(PSA_KEY_TYPE_ECC_GET_FAMILY(type), attributes->kpsa_bits, alg);
    } else if (PSA_ALG_IS_FFDH(alg)) {
        fits = PSA_KEY_TYPE_IS_DH(type);
    }
    return fits ? PSA_SUCCESS : PSA_ERROR_INVALID_ARGUMENT;
}

/*
 * Steps 4 and 5: acquire the key for `usage` and `alg` and check its type.
 * On success *slot must be released; on failure it is NULL.
 */
static psa_status_t acquire(psa_key_id_t key, psa_key_usage_t usage, psa_algorithm_t alg,
                            enum key_need need, struct kpsa_slot **slot)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_TRY(kpsa_acquire_key(key, usage, alg, slot));
    status = key_fits(&(*slot)->attributes, alg, need);
    if (status != PSA_SUCCESS) {
        kpsa_keystore_release(*slot);
        *slot = NULL;
    }
exit:
    return status;
}

/* Has a buffer of `size` bytes room for `need` (0: the macro does not know)? */
static bool room_for(size_t size, size_t need)
{
    return need == 0 || size >= need;
}

/* ---- signatures ------------------------------------------------------------ */

/* Step 3 for psa_sign_hash / psa_verify_hash. */
static psa_status_t check_sign_hash_alg(psa_algorithm_t alg, size_t hash_length)
{
    if (!PSA_ALG_IS_SIGN_HASH(alg) || PSA_ALG_IS_WILDCARD(alg)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (PSA_ALG_IS_HASH_AND_SIGN(alg)) {
        size_t want = PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg));
        if (want == 0) {
            return PSA_ERROR_NOT_SUPPORTED;
        }
        if (hash_length != want) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
    }
    return PSA_SUCCESS;
}

static bool sign_message_alg_ok(psa_algorithm_t alg)
{
    return PSA_ALG_IS_SIGN_MESSAGE(alg) && !PSA_ALG_IS_WILDCARD(alg);
}

/* Signing, once the algorithm is checked: key, output size, the chain. */
static psa_status_t sign(psa_key_id_t key, psa_key_usage_t usage, psa_algorithm_t alg,
                         const uint8_t *input, size_t input_length, uint8_t *signature,
                         size_t signature_size, size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_TRY(acquire(key, usage, alg, NEED_PAIR, &slot));
    const psa_key_attributes_t *a = &slot->attributes;
    KPSA_CHECK(room_for(signature_size, PSA_SIGN_OUTPUT_SIZE(a->kpsa_type, a->kpsa_bits, alg)),
               PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    if (usage == PSA_KEY_USAGE_SIGN_HASH) {
        status = kpsa_dispatch_sign_hash(&view, alg, input, input_length, signature, signature_size,
                                         signature_length);
    } else {
        status = kpsa_dispatch_sign_message(&view, alg, input, input_length, signature,
                                            signature_size, signature_length);
    }
exit:
    kpsa_keystore_release(slot);
    return status;
}

/* Verification, once the algorithm is checked: key, the chain. */
static psa_status_t verify(psa_key_id_t key, psa_key_usage_t usage, psa_algorithm_t alg,
                           const uint8_t *input, size_t input_length, const uint8_t *signature,
                           size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_TRY(acquire(key, usage, alg, NEED_PAIR_OR_PUBLIC, &slot));
    struct kpsa_key_view view = kpsa_slot_view(slot);
    if (usage == PSA_KEY_USAGE_VERIFY_HASH) {
        status =
            kpsa_dispatch_verify_hash(&view, alg, input, input_length, signature, signature_length);
    } else {
        status = kpsa_dispatch_verify_message(&view, alg, input, input_length, signature,
                                              signature_length);
    }
exit:
    kpsa_keystore_release(slot);
    return status;
}

psa_status_t psa_sign_hash(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *hash,
                           size_t hash_length, uint8_t *signature, size_t signature_size,
                           size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(signature_length != NULL && KPSA_BUF_OK(hash, hash_length) &&
                   KPSA_BUF_OK(signature, signature_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_sign_hash_alg(alg, hash_length));
    KPSA_TRY(sign(key, PSA_KEY_USAGE_SIGN_HASH, alg, hash, hash_length, signature, signature_size,
                  signature_length));
exit:
    if (status != PSA_SUCCESS && signature_length != NULL) {
        *signature_length = 0;
    }
    return status;
}

psa_status_t psa_verify_hash(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *hash,
                             size_t hash_length, const uint8_t *signature, size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(hash, hash_length) && KPSA_BUF_OK(signature, signature_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_sign_hash_alg(alg, hash_length));
    status =
        verify(key, PSA_KEY_USAGE_VERIFY_HASH, alg, hash, hash_length, signature, signature_length);
exit:
    return status;
}

psa_status_t psa_sign_message(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                              size_t input_length, uint8_t *signature, size_t signature_size,
                              size_t *signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(signature_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(signature, signature_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(sign_message_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(sign(key, PSA_KEY_USAGE_SIGN_MESSAGE, alg, input, input_length, signature,
                  signature_size, signature_length));
exit:
    if (status != PSA_SUCCESS && signature_length != NULL) {
        *signature_length = 0;
    }
    return status;
}

psa_status_t psa_verify_message(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                                size_t input_length, const uint8_t *signature,
                                size_t signature_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(KPSA_BUF_OK(input, input_length) && KPSA_BUF_OK(signature, signature_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(sign_message_alg_ok(alg), PSA_ERROR_INVALID_ARGUMENT);
    status = verify(key, PSA_KEY_USAGE_VERIFY_MESSAGE, alg, input, input_length, signature,
                    signature_length);
exit:
    return status;
}

/* ---- asymmetric encryption ----------------------------------------------------- */

/* Step 3 for psa_asymmetric_encrypt / psa_asymmetric_decrypt. */
static psa_status_t check_encryption_alg(psa_algorithm_t alg, size_t salt_length)
{
    if (!PSA_ALG_IS_ASYMMETRIC_ENCRYPTION(alg) || PSA_ALG_IS_WILDCARD(alg)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    /* Only OAEP takes a salt (its label). */
    if (alg == PSA_ALG_RSA_PKCS1V15_CRYPT && salt_length != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (PSA_ALG_IS_RSA_OAEP(alg) && PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg)) == 0) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return PSA_SUCCESS;
}

/* Step 6: the RSA input lengths of RFC 8017 (7.1.1, 7.2.1, 7.1.2, 7.2.2). */
static bool rsa_input_ok(const psa_key_attributes_t *a, psa_algorithm_t alg, bool is_encrypt,
                         size_t input_length)
{
    size_t k = PSA_BITS_TO_BYTES(a->kpsa_bits);
    size_t overhead = 0;

    if (alg == PSA_ALG_RSA_PKCS1V15_CRYPT) {
        overhead = 11u;
    } else if (PSA_ALG_IS_RSA_OAEP(alg)) {
        overhead = 2u * PSA_HASH_LENGTH(PSA_ALG_GET_HASH(alg)) + 2u;
    } else {
        return true;
    }
    if (!is_encrypt) {
        return input_length == k;
    }
    return k >= overhead && input_length <= k - overhead;
}

psa_status_t psa_asymmetric_encrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                                    size_t input_length, const uint8_t *salt, size_t salt_length,
                                    uint8_t *output, size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(salt, salt_length) && KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_encryption_alg(alg, salt_length));
    KPSA_TRY(acquire(key, PSA_KEY_USAGE_ENCRYPT, alg, NEED_PAIR_OR_PUBLIC, &slot));
    const psa_key_attributes_t *a = &slot->attributes;
    KPSA_CHECK(rsa_input_ok(a, alg, true, input_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(
        room_for(output_size, PSA_ASYMMETRIC_ENCRYPT_OUTPUT_SIZE(a->kpsa_type, a->kpsa_bits, alg)),
        PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    KPSA_TRY(kpsa_dispatch_asymmetric_encrypt(&view, alg, input, input_length, salt, salt_length,
                                              output, output_size, output_length));
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}

psa_status_t psa_asymmetric_decrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input,
                                    size_t input_length, const uint8_t *salt, size_t salt_length,
                                    uint8_t *output, size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(input, input_length) &&
                   KPSA_BUF_OK(salt, salt_length) && KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(check_encryption_alg(alg, salt_length));
    KPSA_TRY(acquire(key, PSA_KEY_USAGE_DECRYPT, alg, NEED_PAIR, &slot));
    KPSA_CHECK(rsa_input_ok(&slot->attributes, alg, false, input_length),
               PSA_ERROR_INVALID_ARGUMENT);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    status = kpsa_dispatch_asymmetric_decrypt(&view, alg, input, input_length, salt, salt_length,
                                              output, output_size, output_length);
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, output_size);
    }
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}

/* ---- key agreement ------------------------------------------------------------- */

/*
 * Step 6: the peer key is in the format of psa_export_public_key(), whose
 * length the key fixes for ECDH (an uncompressed point, or a Montgomery
 * u-coordinate) and FFDH (the size of p).  0 from the size macro: a curve or
 * group the core cannot size; the drivers judge.
 */
static bool peer_key_length_ok(psa_algorithm_t alg, psa_key_type_t type, size_t bits,
                               size_t peer_key_length)
{
    size_t want = 0;

    if (PSA_ALG_IS_ECDH(alg) || PSA_ALG_IS_FFDH(alg)) {
        want = PSA_EXPORT_PUBLIC_KEY_OUTPUT_SIZE(PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type), bits);
    }
    return want == 0 || peer_key_length == want;
}

psa_status_t psa_raw_key_agreement(psa_algorithm_t alg, psa_key_id_t private_key,
                                   const uint8_t *peer_key, size_t peer_key_length, uint8_t *output,
                                   size_t output_size, size_t *output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(output_length != NULL && KPSA_BUF_OK(peer_key, peer_key_length) &&
                   KPSA_BUF_OK(output, output_size),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(PSA_ALG_IS_RAW_KEY_AGREEMENT(alg), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(acquire(private_key, PSA_KEY_USAGE_DERIVE, alg, NEED_PAIR, &slot));
    psa_key_type_t type = slot->attributes.kpsa_type;
    size_t bits = slot->attributes.kpsa_bits;
    KPSA_CHECK(peer_key_length_ok(alg, type, bits, peer_key_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(room_for(output_size, PSA_RAW_KEY_AGREEMENT_OUTPUT_SIZE(type, bits)),
               PSA_ERROR_BUFFER_TOO_SMALL);
    struct kpsa_key_view view = kpsa_slot_view(slot);
    status = kpsa_dispatch_key_agreement(&view, alg, peer_key, peer_key_length, output, output_size,
                                         output_length);
    if (status != PSA_SUCCESS) {
        kpsa_wipe(output, output_size);
    }
exit:
    kpsa_keystore_release(slot);
    if (status != PSA_SUCCESS && output_length != NULL) {
        *output_length = 0;
    }
    return status;
}
