/*
 * rsa_der_fuzz.c - libFuzzer target of the built-in driver's strict RSA DER
 * parser: the import function of builtin_pkey_rsa_codec (lib/builtin/pkey_rsa.c),
 * which builtin_pkey_import calls for PSA_KEY_TYPE_RSA_KEY_PAIR and
 * PSA_KEY_TYPE_RSA_PUBLIC_KEY (see tests/fuzz/README).
 *
 * Each input is imported as both types, with bits 0 (determine it).  Besides
 * "no crash, no leak, no undefined behaviour", it checks the import contract:
 * a failure is one of the documented statuses and writes neither *bits nor
 * the key buffer's length; a success copies the input as is (strict DER has
 * one encoding) with a modulus size in the supported range.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtin/pkey_int.h"

#define SENTINEL ((size_t)0x5a5a5a5a)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reached only by decode and export_public, which this target does not call;
 * defined here so pkey_rsa.c links without pkey.c and the key store. */
psa_status_t builtin_pkey_fromdata(const char *name, int selection, OSSL_PARAM_BLD *bld,
                                   EVP_PKEY **pkey)
{
    (void)name;
    (void)selection;
    (void)bld;
    *pkey = NULL;
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_key_type_t psa_get_key_type(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_type;
}

static void require(int condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

static void import_as(psa_key_type_t type, const uint8_t *data, size_t size)
{
    /* Exactly the input's size (at least one byte for malloc): an overrun of
     * the key buffer is an AddressSanitizer finding. */
    uint8_t *key = malloc(size > 0 ? size : 1);
    size_t length = SENTINEL;
    size_t bits = 0;
    psa_status_t status;

    require(key != NULL);
    status = builtin_pkey_rsa_codec.import(type, data, size, key, size, &length, &bits);
    if (status == PSA_SUCCESS) {
        require(length == size && memcmp(key, data, size) == 0);
        require(bits >= 1024 && bits <= PSA_VENDOR_RSA_MAX_KEY_BITS);
    } else {
        require(status == PSA_ERROR_INVALID_ARGUMENT || status == PSA_ERROR_NOT_SUPPORTED ||
                status == PSA_ERROR_INSUFFICIENT_MEMORY);
        require(length == SENTINEL && bits == 0);
    }
    free(key);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    import_as(PSA_KEY_TYPE_RSA_KEY_PAIR, data, size);
    import_as(PSA_KEY_TYPE_RSA_PUBLIC_KEY, data, size);
    return 0;
}
