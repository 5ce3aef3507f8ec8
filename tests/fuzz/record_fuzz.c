/*
 * record_fuzz.c - libFuzzer target of the persistent key store's record
 * parser, kpsa_storage_record_parse() (lib/core/storage_record.c; see
 * tests/fuzz/README).
 *
 * Each input is parsed twice as the record of a key id: as it is, and with
 * its last 32 bytes replaced by the SHA-256 of the rest, so that mutations
 * of the header and material get past the integrity check to the content
 * checks.  The id is the record's own (bytes 12..15) when the input has them,
 * else 1.  Besides "no crash, no leak, no undefined behaviour", it checks the
 * contract: a failure is one of the documented statuses and leaves the
 * material range empty; a success describes a range inside the record and
 * attributes of the requested id.
 *
 * Corpus generation: with KPSA_FUZZ_WRITE_SEEDS=<directory> in the
 * environment, the target writes seed records built by
 * kpsa_storage_record_build into that directory and exits.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/sha.h>

#include "core/secmem.h"
#include "core/storage.h"
#include "dispatch/dispatch.h"

#define DEFAULT_ID 1u

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The store's only call into dispatch, on libcrypto (as in tests/test_storage.c). */
psa_status_t kpsa_dispatch_hash_compute(psa_algorithm_t alg, const uint8_t *input,
                                        size_t input_length, uint8_t *hash, size_t hash_size,
                                        size_t *hash_length)
{
    *hash_length = 0;
    if (alg != PSA_ALG_SHA_256) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (hash_size < SHA256_DIGEST_LENGTH) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    SHA256(input, input_length, hash);
    *hash_length = SHA256_DIGEST_LENGTH;
    return PSA_SUCCESS;
}

static void require(int condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

/* ---- corpus generation ----------------------------------------------------- */

struct seed {
    const char *name;
    psa_key_type_t type;
    uint16_t bits;
    psa_key_usage_t usage;
    psa_algorithm_t alg;
    size_t material_size;
};

static const struct seed seeds[] = {
    {"aes-128", PSA_KEY_TYPE_AES, 128, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT,
     PSA_ALG_GCM, 16},
    {"hmac-256", PSA_KEY_TYPE_HMAC, 256, PSA_KEY_USAGE_SIGN_MESSAGE, PSA_ALG_HMAC(PSA_ALG_SHA_256),
     32},
    {"raw-8", PSA_KEY_TYPE_RAW_DATA, 8, PSA_KEY_USAGE_EXPORT, 0, 1},
    {"ecc-p256", PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 256,
     PSA_KEY_USAGE_SIGN_HASH, PSA_ALG_ECDSA(PSA_ALG_SHA_256), 32},
    {"rsa-1024", PSA_KEY_TYPE_RSA_KEY_PAIR, 1024, PSA_KEY_USAGE_DECRYPT,
     PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), 609},
};

static void write_seed(const char *dir, const struct seed *s)
{
    psa_key_attributes_t attributes;
    uint8_t material[1024];
    uint8_t *record = NULL;
    size_t record_size = 0;
    char path[4096];
    FILE *f;

    memset(&attributes, 0, sizeof(attributes));
    attributes.kpsa_id = DEFAULT_ID;
    attributes.kpsa_lifetime = PSA_KEY_LIFETIME_PERSISTENT;
    attributes.kpsa_type = s->type;
    attributes.kpsa_bits = s->bits;
    attributes.kpsa_usage = s->usage;
    attributes.kpsa_alg = s->alg;
    for (size_t i = 0; i < s->material_size; i++) {
        material[i] = (uint8_t)(i * 37 + 1);
    }
    require(s->material_size <= sizeof(material));
    require(kpsa_storage_record_build(&attributes, material, s->material_size, &record,
                                      &record_size) == PSA_SUCCESS);
    snprintf(path, sizeof(path), "%s/%s.rec", dir, s->name);
    f = fopen(path, "wb");
    require(f != NULL);
    require(fwrite(record, 1, record_size, f) == record_size);
    require(fclose(f) == 0);
    kpsa_secmem_free(record, record_size);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("KPSA_FUZZ_WRITE_SEEDS");

    (void)argc;
    (void)argv;
    if (dir != NULL) {
        for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
            write_seed(dir, &seeds[i]);
        }
        exit(0);
    }
    return 0;
}

/* ---- fuzzing -------------------------------------------------------------------- */

static void parse(const uint8_t *record, size_t size)
{
    psa_key_id_t id = DEFAULT_ID;
    psa_key_attributes_t attributes;
    size_t offset = 1;
    size_t length = 1;
    psa_status_t status;

    if (size >= 16) {
        id = (psa_key_id_t)record[12] | (psa_key_id_t)record[13] << 8 |
             (psa_key_id_t)record[14] << 16 | (psa_key_id_t)record[15] << 24;
    }
    memset(&attributes, 0, sizeof(attributes));
    status = kpsa_storage_record_parse(id, record, size, &attributes, &offset, &length);
    if (status == PSA_SUCCESS) {
        require(offset == KPSA_STORAGE_HEADER_SIZE && length <= KPSA_STORAGE_MAX_MATERIAL);
        require(offset + length + KPSA_STORAGE_CHECK_SIZE == size);
        require(attributes.kpsa_id == id && id != 0 && attributes.kpsa_bits != 0);
    } else {
        require(status == PSA_ERROR_DATA_CORRUPT || status == PSA_ERROR_DATA_INVALID);
        require(offset == 0 && length == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A copy of exactly the input's size: reading past it is a finding. */
    uint8_t *copy = calloc(size > 0 ? size : 1, 1);

    require(copy != NULL);
    if (size > 0) {
        memcpy(copy, data, size);
    }
    parse(copy, size);
    if (size >= KPSA_STORAGE_CHECK_SIZE) {
        SHA256(copy, size - KPSA_STORAGE_CHECK_SIZE, copy + size - KPSA_STORAGE_CHECK_SIZE);
        parse(copy, size);
    }
    free(copy);
    return 0;
}
