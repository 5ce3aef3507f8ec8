/*
 * sign.c - the built-in driver's signature entry points: route each call by
 * algorithm to RSA (rsa_sign.c), ECDSA (ecdsa.c) or EdDSA (eddsa.c).  A
 * message signature with a hash-and-sign algorithm is the signature of the
 * message's hash, computed here with the built-in hash.
 */
#include "config.h"

#include "builtin/builtin.h"
#include "core/secmem.h"

typedef psa_status_t (*sign_hash_fn)(const psa_key_attributes_t *, const uint8_t *, size_t,
                                     psa_algorithm_t, const uint8_t *, size_t, uint8_t *,
                                     size_t, size_t *);
typedef psa_status_t (*verify_hash_fn)(const psa_key_attributes_t *, const uint8_t *, size_t,
                                       psa_algorithm_t, const uint8_t *, size_t,
                                       const uint8_t *, size_t);

struct signer {
    sign_hash_fn sign;
    verify_hash_fn verify;
};

/* The implementation of a sign_hash algorithm, or NULL. */
static const struct signer *signer_of(psa_algorithm_t alg)
{
    static const struct signer rsa = {builtin_rsa_sign_hash, builtin_rsa_verify_hash};
    static const struct signer ecdsa = {builtin_ecdsa_sign_hash, builtin_ecdsa_verify_hash};
    static const struct signer eddsa = {builtin_eddsa_sign_hash, builtin_eddsa_verify_hash};

    if (PSA_ALG_IS_RSA_PKCS1V15_SIGN(alg) || PSA_ALG_IS_RSA_PSS(alg)) {
        return &rsa;
    }
    if (PSA_ALG_IS_ECDSA(alg)) {
        return &ecdsa;
    }
    if (PSA_ALG_IS_HASH_EDDSA(alg)) {
        return &eddsa;
    }
    return NULL;
}

static bool is_eddsa(psa_algorithm_t alg)
{
    return alg == PSA_ALG_PURE_EDDSA || PSA_ALG_IS_HASH_EDDSA(alg);
}

psa_status_t builtin_sign_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                               size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                               size_t hash_length, uint8_t *signature, size_t signature_size,
                               size_t *signature_length)
{
    const struct signer *s = signer_of(alg);

    if (s == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return s->sign(attributes, key, key_size, alg, hash, hash_length, signature,
                   signature_size, signature_length);
}

psa_status_t builtin_verify_hash(const psa_key_attributes_t *attributes, const uint8_t *key,
                                 size_t key_size, psa_algorithm_t alg, const uint8_t *hash,
                                 size_t hash_length, const uint8_t *signature,
                                 size_t signature_length)
{
    const struct signer *s = signer_of(alg);

    if (s == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    return s->verify(attributes, key, key_size, alg, hash, hash_length, signature,
                     signature_length);
}

/* The hash of a message for a hash-and-sign algorithm with a specific hash. */
static psa_status_t message_hash(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                 uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    psa_algorithm_t hash_alg = PSA_ALG_GET_HASH(alg);

    if (!PSA_ALG_IS_SIGN_HASH(alg) || hash_alg == 0 || hash_alg == PSA_ALG_ANY_HASH) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return builtin_hash_compute(hash_alg, input, input_length, hash, hash_size, hash_length);
}

psa_status_t builtin_sign_message(const psa_key_attributes_t *attributes, const uint8_t *key,
                                  size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                  size_t input_length, uint8_t *signature,
                                  size_t signature_size, size_t *signature_length)
{
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t hash_length = 0;
    psa_status_t status;

    if (is_eddsa(alg)) {
        return builtin_eddsa_sign_message(attributes, key, key_size, alg, input, input_length,
                                          signature, signature_size, signature_length);
    }
    if (signer_of(alg) == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    status = message_hash(alg, input, input_length, hash, sizeof(hash), &hash_length);
    if (status == PSA_SUCCESS) {
        status = builtin_sign_hash(attributes, key, key_size, alg, hash, hash_length, signature,
                                   signature_size, signature_length);
    }
    kpsa_wipe(hash, sizeof(hash));
    return status;
}

psa_status_t builtin_verify_message(const psa_key_attributes_t *attributes, const uint8_t *key,
                                    size_t key_size, psa_algorithm_t alg, const uint8_t *input,
                                    size_t input_length, const uint8_t *signature,
                                    size_t signature_length)
{
    uint8_t hash[PSA_HASH_MAX_SIZE];
    size_t hash_length = 0;
    psa_status_t status;

    if (is_eddsa(alg)) {
        return builtin_eddsa_verify_message(attributes, key, key_size, alg, input, input_length,
                                            signature, signature_length);
    }
    if (signer_of(alg) == NULL) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    status = message_hash(alg, input, input_length, hash, sizeof(hash), &hash_length);
    if (status == PSA_SUCCESS) {
        status = builtin_verify_hash(attributes, key, key_size, alg, hash, hash_length,
                                     signature, signature_length);
    }
    return status;
}
