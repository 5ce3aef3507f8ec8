/*
 * acme.c - an example kpsa crypto driver: the file a vendor copies.
 *
 * "acme" stands for a vendor's hash accelerator.  Here the accelerator is
 * OpenSSL's libcrypto, reached through EVP the way a driver wrapping an
 * OpenSSL engine or provider would; a driver for a device has the same shape:
 * open the device in init, use it in the entry points, decline what it cannot
 * do.  The driver serves SHA-256 through two entry points of the PSA driver
 * interface:
 *
 *   hash_compute     single-part: psa_hash_compute(), psa_hash_compare()
 *   hash_multipart   the family hash_setup, hash_update, hash_finish,
 *                    hash_abort, plus kpsa's optional hash_clone:
 *                    psa_hash_setup() ... psa_hash_finish(), _verify(), _clone()
 *
 * and the init entry point, which psa_crypto_init() calls once, with its
 * optional partner deinit, called when the library is torn down.  The
 * manifest, acme.json, tells kpsa all of this; kpsa-driver(5) documents every
 * property.
 *
 * What every kpsa driver does, and this one shows:
 *
 *  - Entry points are named <prefix>_<function> (or as a capability's
 *    "names" maps them), have the prototypes of the PSA driver interface
 *    (kpsa-driver(5) lists them all), and are the module's only exported
 *    symbols: `pkg-config --cflags kpsa-driver` adds -fvisibility=hidden and
 *    ACME_EXPORT marks the exceptions.  A missing symbol makes kpsa reject
 *    the driver with a diagnostic naming it, so link with -Wl,-z,defs and
 *    check with `kpsa check acme.json` before shipping.
 *
 *  - Its capabilities say "fallback": true, so an entry point that cannot
 *    serve a call returns PSA_ERROR_NOT_SUPPORTED and kpsa hands the call to
 *    the next driver of the chain (in the end the built-in driver).  Every
 *    other status, success or error, goes straight to the application.
 *
 *  - Entry points run on any thread, several at once; an operation context
 *    is used by one thread at a time.  Shared state is written only in init.
 *
 *  - A driver never calls the PSA operation functions (psa_hash_compute(),
 *    ...): kpsa calls the driver, and calling back would recurse.  Key
 *    attributes are read only through the psa_get_key_*() accessors.
 */
#define _GNU_SOURCE /* secure_getenv */

#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include <kpsa/driver.h>

/* The entry points are what the module exports; everything else is hidden. */
#define ACME_EXPORT __attribute__((visibility("default")))

/*
 * The hash operation context.  kpsa does not know this type: the manifest
 * declares its size ("kpsa/context_sizes": {"hash": 16}) and kpsa reserves
 * that many bytes, all-bits-zero before hash_setup, suitably aligned, never
 * moved.  A larger declared size is harmless; a smaller one corrupts memory,
 * hence the assertion, which must name the same number as acme.json.
 *
 * The context holds a pointer, so copying it byte by byte (what kpsa does
 * for psa_hash_clone() when a driver has no hash_clone) would share the
 * EVP_MD_CTX between two operations: this driver exports acme_hash_clone.
 */
typedef struct {
    EVP_MD_CTX *md; /* NULL: no operation set up */
} acme_hash_operation_t;

#define ACME_HASH_CONTEXT_SIZE 16
_Static_assert(sizeof(acme_hash_operation_t) <= ACME_HASH_CONTEXT_SIZE,
               "update \"kpsa/context_sizes\" in acme.json");

/* The "accelerator": written by acme_init and acme_deinit only, read-only in
 * between.  NULL when it is unavailable; every entry point then declines. */
static EVP_MD *acme_sha256;

ACME_EXPORT psa_status_t acme_init(void);
ACME_EXPORT void acme_deinit(void);
ACME_EXPORT psa_status_t acme_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                           size_t input_length, uint8_t *hash, size_t hash_size,
                                           size_t *hash_length);
ACME_EXPORT psa_status_t acme_hash_setup(acme_hash_operation_t *operation, psa_algorithm_t alg);
ACME_EXPORT psa_status_t acme_hash_update(acme_hash_operation_t *operation, const uint8_t *input,
                                          size_t input_length);
ACME_EXPORT psa_status_t acme_hash_finish(acme_hash_operation_t *operation, uint8_t *hash,
                                          size_t hash_size, size_t *hash_length);
ACME_EXPORT psa_status_t acme_hash_abort(acme_hash_operation_t *operation);
ACME_EXPORT psa_status_t acme_hash_clone(const acme_hash_operation_t *source,
                                         acme_hash_operation_t *target);

/*
 * init: called once by psa_crypto_init(), before any other entry point.
 * A failing init makes psa_crypto_init() fail for the whole process, so a
 * driver whose hardware is merely absent succeeds here and declines calls
 * later: the chain then serves them elsewhere.  ACME_OFFLINE=1 in the
 * environment plays "accelerator absent", to try that path.
 */
psa_status_t acme_init(void)
{
    if (acme_sha256 != NULL || secure_getenv("ACME_OFFLINE") != NULL) {
        return PSA_SUCCESS;
    }
    /* Fetched once here, never per call: fetching is slow. */
    acme_sha256 = EVP_MD_fetch(NULL, "SHA2-256", NULL);
    return PSA_SUCCESS;
}

/*
 * deinit (kpsa extension, optional with init): called once when the library
 * is torn down, only if init succeeded, after every other entry point and
 * before the module is unloaded.  It releases what init acquired.
 */
void acme_deinit(void)
{
    EVP_MD_free(acme_sha256);
    acme_sha256 = NULL;
}

/* Can this driver serve alg right now?  The manifest already limits the
 * calls to SHA-256; checking again costs nothing and keeps the code right
 * if the manifest is edited. */
static int acme_serves(psa_algorithm_t alg)
{
    return acme_sha256 != NULL && alg == PSA_ALG_SHA_256;
}

/*
 * hash_compute: the whole hash in one call.  Like every entry point with an
 * output buffer, it checks the size before writing and reports the length.
 */
psa_status_t acme_hash_compute(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                               uint8_t *hash, size_t hash_size, size_t *hash_length)
{
    unsigned int length = 0;

    *hash_length = 0;
    if (!acme_serves(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash_size < PSA_HASH_LENGTH(alg)) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (EVP_Digest(input, input_length, hash, &length, acme_sha256, NULL) != 1) {
        /* A device driver would say PSA_ERROR_HARDWARE_FAILURE or
         * PSA_ERROR_COMMUNICATION_FAILURE here. */
        return PSA_ERROR_GENERIC_ERROR;
    }
    *hash_length = length;
    return PSA_SUCCESS;
}

/*
 * hash_setup: the first call on an all-bits-zero context.  If it fails, kpsa
 * calls nothing else on the context, so it releases what it took.  Returning
 * PSA_ERROR_NOT_SUPPORTED here is the only way a multipart operation falls
 * back: once setup succeeds, the operation stays with this driver.
 */
psa_status_t acme_hash_setup(acme_hash_operation_t *operation, psa_algorithm_t alg)
{
    if (!acme_serves(alg)) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    operation->md = EVP_MD_CTX_new();
    if (operation->md == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (EVP_DigestInit_ex2(operation->md, acme_sha256, NULL) != 1) {
        EVP_MD_CTX_free(operation->md);
        operation->md = NULL;
        return PSA_ERROR_GENERIC_ERROR;
    }
    return PSA_SUCCESS;
}

/* hash_update: when it fails, kpsa calls acme_hash_abort next. */
psa_status_t acme_hash_update(acme_hash_operation_t *operation, const uint8_t *input,
                              size_t input_length)
{
    if (EVP_DigestUpdate(operation->md, input, input_length) != 1) {
        return PSA_ERROR_GENERIC_ERROR;
    }
    return PSA_SUCCESS;
}

/*
 * hash_finish: after it returns successfully kpsa calls nothing more on the
 * context, so it releases everything; after a failure kpsa calls
 * acme_hash_abort, which releases what is left.
 */
psa_status_t acme_hash_finish(acme_hash_operation_t *operation, uint8_t *hash, size_t hash_size,
                              size_t *hash_length)
{
    unsigned int length = 0;

    *hash_length = 0;
    if (hash_size < (size_t)EVP_MD_CTX_get_size(operation->md)) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (EVP_DigestFinal_ex(operation->md, hash, &length) != 1) {
        return PSA_ERROR_GENERIC_ERROR;
    }
    *hash_length = length;
    EVP_MD_CTX_free(operation->md);
    operation->md = NULL;
    return PSA_SUCCESS;
}

/* hash_abort: may come at any point after a successful setup, and must
 * leave nothing behind.  It also accepts a context already released. */
psa_status_t acme_hash_abort(acme_hash_operation_t *operation)
{
    EVP_MD_CTX_free(operation->md);
    operation->md = NULL;
    return PSA_SUCCESS;
}

/*
 * hash_clone (kpsa extension, optional in the hash_multipart family): a deep
 * copy of an active operation into an all-bits-zero target context.  If it
 * fails, kpsa leaves the target unbound and calls nothing on it.
 */
psa_status_t acme_hash_clone(const acme_hash_operation_t *source, acme_hash_operation_t *target)
{
    target->md = EVP_MD_CTX_new();
    if (target->md == NULL) {
        return PSA_ERROR_INSUFFICIENT_MEMORY;
    }
    if (EVP_MD_CTX_copy_ex(target->md, source->md) != 1) {
        EVP_MD_CTX_free(target->md);
        target->md = NULL;
        return PSA_ERROR_GENERIC_ERROR;
    }
    return PSA_SUCCESS;
}
