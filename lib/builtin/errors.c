/*
 * errors.c - libcrypto's error queue as a PSA status: the one place where the
 * built-in driver translates OpenSSL failures.
 *
 * libcrypto pushes the root cause first and every caller on the way out adds
 * its own, usually vaguer, entry ("EVP lib", "init fail").  Only specific
 * reasons are in the table, and the newest entry that matches one decides, so
 * the cause wins over the wrappers without letting a stale entry left by an
 * earlier, unrelated failure outrank the current one.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>

#include <openssl/ecerr.h>
#include <openssl/err.h>
#include <openssl/evperr.h>
#include <openssl/proverr.h>
#include <openssl/randerr.h>
#include <openssl/rsaerr.h>

/* Matches every library: the ERR_R_* reasons are common to all of them. */
#define ANY_LIB 0

struct err_row {
    int lib;
    int reason;
    psa_status_t status;
};

static const struct err_row err_rows[] = {
    /* Reasons common to every library. */
    { ANY_LIB, ERR_R_MALLOC_FAILURE, PSA_ERROR_INSUFFICIENT_MEMORY },
    { ANY_LIB, ERR_R_PASSED_NULL_PARAMETER, PSA_ERROR_INVALID_ARGUMENT },
    { ANY_LIB, ERR_R_PASSED_INVALID_ARGUMENT, PSA_ERROR_INVALID_ARGUMENT },
    { ANY_LIB, ERR_R_UNSUPPORTED, PSA_ERROR_NOT_SUPPORTED },
    { ANY_LIB, ERR_R_DISABLED, PSA_ERROR_NOT_SUPPORTED },
    { ANY_LIB, ERR_R_FETCH_FAILED, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_SYS, ENOMEM, PSA_ERROR_INSUFFICIENT_MEMORY },
    /* EVP layer. */
    { ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_UNSUPPORTED_CIPHER, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_UNSUPPORTED_KEY_SIZE, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_UNSUPPORTED_KEYLENGTH, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EVP, EVP_R_INVALID_KEY_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_INVALID_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_INVALID_IV_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_INVALID_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_WRONG_FINAL_BLOCK_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_OUTPUT_WOULD_OVERFLOW, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_XTS_DUPLICATED_KEYS, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EVP, EVP_R_BAD_DECRYPT, PSA_ERROR_INVALID_PADDING },
    { ERR_LIB_EVP, EVP_R_BUFFER_TOO_SMALL, PSA_ERROR_BUFFER_TOO_SMALL },
    /* Providers (the algorithm implementations themselves). */
    { ERR_LIB_PROV, PROV_R_NOT_SUPPORTED, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_PROV, PROV_R_UNSUPPORTED_MAC_TYPE, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_PROV, PROV_R_INVALID_CURVE, PSA_ERROR_NOT_SUPPORTED },
    /* A FIPS provider refusing a digest or a short key: a policy of the
     * implementation, not a malformed request. */
    { ERR_LIB_PROV, PROV_R_DIGEST_NOT_ALLOWED, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_PROV, PROV_R_KEY_SIZE_TOO_SMALL, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_PROV, PROV_R_INVALID_KEY_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_IV_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_TAG_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_INPUT_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_DATA, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_SALT_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_INVALID_CUSTOM_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_NOT_XOF_OR_INVALID_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_WRONG_FINAL_BLOCK_LENGTH, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_XTS_DUPLICATED_KEYS, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_NOT_A_PUBLIC_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_NOT_A_PRIVATE_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_PROV, PROV_R_BAD_DECRYPT, PSA_ERROR_INVALID_PADDING },
    { ERR_LIB_PROV, PROV_R_INVALID_TAG, PSA_ERROR_INVALID_SIGNATURE },
    { ERR_LIB_PROV, PROV_R_OUTPUT_BUFFER_TOO_SMALL, PSA_ERROR_BUFFER_TOO_SMALL },
    { ERR_LIB_PROV, PROV_R_ERROR_RETRIEVING_ENTROPY, PSA_ERROR_INSUFFICIENT_ENTROPY },
    { ERR_LIB_PROV, PROV_R_INSUFFICIENT_DRBG_STRENGTH, PSA_ERROR_INSUFFICIENT_ENTROPY },
    { ERR_LIB_PROV, PROV_R_ENTROPY_SOURCE_STRENGTH_TOO_WEAK, PSA_ERROR_INSUFFICIENT_ENTROPY },
    /* The module failed its own integrity or known-answer self-tests. */
    { ERR_LIB_PROV, PROV_R_MODULE_INTEGRITY_FAILURE, PSA_ERROR_CORRUPTION_DETECTED },
    { ERR_LIB_PROV, PROV_R_SELF_TEST_POST_FAILURE, PSA_ERROR_CORRUPTION_DETECTED },
    /* Random generation. */
    { ERR_LIB_RAND, RAND_R_ERROR_RETRIEVING_ENTROPY, PSA_ERROR_INSUFFICIENT_ENTROPY },
    { ERR_LIB_RAND, RAND_R_INSUFFICIENT_DRBG_STRENGTH, PSA_ERROR_INSUFFICIENT_ENTROPY },
    /* Public-key algorithms. */
    { ERR_LIB_RSA, RSA_R_BAD_SIGNATURE, PSA_ERROR_INVALID_SIGNATURE },
    { ERR_LIB_RSA, RSA_R_PADDING_CHECK_FAILED, PSA_ERROR_INVALID_PADDING },
    { ERR_LIB_RSA, RSA_R_OAEP_DECODING_ERROR, PSA_ERROR_INVALID_PADDING },
    { ERR_LIB_RSA, RSA_R_DATA_TOO_LARGE_FOR_KEY_SIZE, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_RSA, RSA_R_DATA_TOO_LARGE_FOR_MODULUS, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_RSA, RSA_R_DIGEST_TOO_BIG_FOR_RSA_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_RSA, RSA_R_KEY_SIZE_TOO_SMALL, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EC, EC_R_BAD_SIGNATURE, PSA_ERROR_INVALID_SIGNATURE },
    { ERR_LIB_EC, EC_R_POINT_IS_NOT_ON_CURVE, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EC, EC_R_INVALID_ENCODING, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EC, EC_R_INVALID_PRIVATE_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EC, EC_R_INVALID_KEY, PSA_ERROR_INVALID_ARGUMENT },
    { ERR_LIB_EC, EC_R_UNKNOWN_GROUP, PSA_ERROR_NOT_SUPPORTED },
    { ERR_LIB_EC, EC_R_INVALID_CURVE, PSA_ERROR_NOT_SUPPORTED },
};

/* The status one queue entry stands for; PSA_ERROR_GENERIC_ERROR if none. */
static psa_status_t map_entry(unsigned long e)
{
    int lib = ERR_GET_LIB(e);
    int reason = ERR_GET_REASON(e);

    for (size_t i = 0; i < sizeof(err_rows) / sizeof(err_rows[0]); i++) {
        const struct err_row *row = &err_rows[i];
        if (row->reason == reason && (row->lib == ANY_LIB || row->lib == lib)) {
            return row->status;
        }
    }
    return PSA_ERROR_GENERIC_ERROR;
}

psa_status_t builtin_status_from_openssl(void)
{
    psa_status_t status = PSA_ERROR_GENERIC_ERROR;
    unsigned long e;

    /* ERR_get_error returns the oldest entry first and removes it: the walk
     * empties this thread's queue, so no failure leaks into a later call. */
    while ((e = ERR_get_error()) != 0) {
        psa_status_t mapped = map_entry(e);
        if (mapped != PSA_ERROR_GENERIC_ERROR) {
            status = mapped;
        }
    }
    return status;
}
