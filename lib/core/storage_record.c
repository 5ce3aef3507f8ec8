/*
 * storage_record.c - the on-disk record of a persistent key: encoding and
 * verification (the layout is specified in docs/kpsa-storage.5).
 *
 *   offset  size  field
 *        0     8  magic "KPSAKEY\0"
 *        8     2  format version (1)
 *       10     2  kind (0: key material)
 *       12     4  key id
 *       16     4  lifetime
 *       20     2  key type
 *       22     2  bits
 *       24     4  usage flags
 *       28     4  algorithm
 *       32     4  material length L
 *       36     4  reserved, 0
 *       40     L  material
 *     40+L    32  SHA-256 of bytes 0 .. 40+L-1
 * Integers are little-endian.
 */
#include "config.h"

#include "core/storage.h"

#include <string.h>

#include "core/secmem.h"
#include "dispatch/dispatch.h"

#define RECORD_VERSION 1u
#define KIND_MATERIAL 0u

static const uint8_t record_magic[8] = {'K', 'P', 'S', 'A', 'K', 'E', 'Y', '\0'};

/* Header fields: one table drives both encoding and decoding. */
enum field { F_VERSION, F_KIND, F_ID, F_LIFETIME, F_TYPE, F_BITS, F_USAGE, F_ALG, F_LENGTH,
             F_RESERVED, F_COUNT };
static const struct {
    uint8_t offset;
    uint8_t size;
} fields[F_COUNT] = {
    [F_VERSION] = {8, 2}, [F_KIND] = {10, 2},  [F_ID] = {12, 4},     [F_LIFETIME] = {16, 4},
    [F_TYPE] = {20, 2},   [F_BITS] = {22, 2},  [F_USAGE] = {24, 4},  [F_ALG] = {28, 4},
    [F_LENGTH] = {32, 4}, [F_RESERVED] = {36, 4},
};

static void put(uint8_t *header, enum field f, uint32_t value)
{
    for (unsigned i = 0; i < fields[f].size; i++) {
        header[fields[f].offset + i] = (uint8_t)(value >> (8 * i));
    }
}

static uint32_t get(const uint8_t *header, enum field f)
{
    uint32_t value = 0;

    for (unsigned i = 0; i < fields[f].size; i++) {
        value |= (uint32_t)header[fields[f].offset + i] << (8 * i);
    }
    return value;
}

static psa_status_t sha256(const uint8_t *input, size_t length, uint8_t *digest)
{
    size_t digest_length = 0;
    psa_status_t status = kpsa_dispatch_hash_compute(PSA_ALG_SHA_256, input, length, digest,
                                                     KPSA_STORAGE_CHECK_SIZE, &digest_length);

    if (status == PSA_SUCCESS && digest_length != KPSA_STORAGE_CHECK_SIZE) {
        status = PSA_ERROR_CORRUPTION_DETECTED;
    }
    return status;
}

psa_status_t kpsa_storage_record_build(const psa_key_attributes_t *attributes,
                                       const uint8_t *material, size_t material_size,
                                       uint8_t **record, size_t *record_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    size_t size = KPSA_STORAGE_HEADER_SIZE + material_size + KPSA_STORAGE_CHECK_SIZE;
    uint8_t *buf = NULL;

    *record = NULL;
    *record_size = 0;
    KPSA_CHECK(material_size <= KPSA_STORAGE_MAX_MATERIAL, PSA_ERROR_NOT_SUPPORTED);
    buf = kpsa_secmem_alloc(size);
    KPSA_CHECK(buf != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    memcpy(buf, record_magic, sizeof(record_magic));
    put(buf, F_VERSION, RECORD_VERSION);
    put(buf, F_KIND, KIND_MATERIAL);
    put(buf, F_ID, attributes->kpsa_id);
    put(buf, F_LIFETIME, attributes->kpsa_lifetime);
    put(buf, F_TYPE, attributes->kpsa_type);
    put(buf, F_BITS, attributes->kpsa_bits);
    put(buf, F_USAGE, attributes->kpsa_usage);
    put(buf, F_ALG, attributes->kpsa_alg);
    put(buf, F_LENGTH, (uint32_t)material_size);
    put(buf, F_RESERVED, 0);
    if (material_size > 0) {
        memcpy(buf + KPSA_STORAGE_HEADER_SIZE, material, material_size);
    }
    KPSA_TRY(sha256(buf, size - KPSA_STORAGE_CHECK_SIZE, buf + size - KPSA_STORAGE_CHECK_SIZE));
    *record = buf;
    *record_size = size;
    buf = NULL;
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(buf, size);
    return status;
}

/* The content checks that follow a good integrity check: what this version
 * of kpsa can use.  Unstructured keys (raw data, symmetric) have exactly
 * bits / 8 bytes; structured keys are parsed when the key is used. */
static psa_status_t check_content(psa_key_id_t id, const uint8_t *header, size_t material_size)
{
    psa_key_lifetime_t lifetime = get(header, F_LIFETIME);
    psa_key_type_t type = (psa_key_type_t)get(header, F_TYPE);
    uint32_t bits = get(header, F_BITS);

    if (get(header, F_VERSION) != RECORD_VERSION || get(header, F_KIND) != KIND_MATERIAL ||
        get(header, F_RESERVED) != 0) {
        return PSA_ERROR_DATA_INVALID;
    }
    if (get(header, F_ID) != id || id == PSA_KEY_ID_NULL) {
        return PSA_ERROR_DATA_INVALID;
    }
    if (PSA_KEY_LIFETIME_IS_VOLATILE(lifetime) ||
        PSA_KEY_LIFETIME_GET_LOCATION(lifetime) != PSA_KEY_LOCATION_LOCAL_STORAGE) {
        return PSA_ERROR_DATA_INVALID;
    }
    if (get(header, F_LENGTH) != material_size || material_size > KPSA_STORAGE_MAX_MATERIAL) {
        return PSA_ERROR_DATA_INVALID;
    }
    if (type == PSA_KEY_TYPE_NONE || bits == 0 || bits > PSA_MAX_KEY_BITS) {
        return PSA_ERROR_DATA_INVALID;
    }
    if (PSA_KEY_TYPE_IS_UNSTRUCTURED(type) && bits != 8 * material_size) {
        return PSA_ERROR_DATA_INVALID;
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_storage_record_parse(psa_key_id_t id, const uint8_t *record, size_t record_size,
                                       psa_key_attributes_t *attributes,
                                       size_t *material_offset, size_t *material_size)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t digest[KPSA_STORAGE_CHECK_SIZE];
    size_t body = 0;

    *material_offset = 0;
    *material_size = 0;
    KPSA_CHECK(record_size >= KPSA_STORAGE_HEADER_SIZE + KPSA_STORAGE_CHECK_SIZE,
               PSA_ERROR_DATA_CORRUPT);
    body = record_size - KPSA_STORAGE_CHECK_SIZE;
    KPSA_CHECK(memcmp(record, record_magic, sizeof(record_magic)) == 0, PSA_ERROR_DATA_CORRUPT);
    KPSA_TRY(sha256(record, body, digest));
    KPSA_CHECK(kpsa_ct_equal(digest, record + body, sizeof(digest)), PSA_ERROR_DATA_CORRUPT);
    KPSA_TRY(check_content(id, record, body - KPSA_STORAGE_HEADER_SIZE));
    attributes->kpsa_id = get(record, F_ID);
    attributes->kpsa_lifetime = get(record, F_LIFETIME);
    attributes->kpsa_type = (psa_key_type_t)get(record, F_TYPE);
    attributes->kpsa_bits = (uint16_t)get(record, F_BITS);
    attributes->kpsa_usage = get(record, F_USAGE);
    attributes->kpsa_alg = get(record, F_ALG);
    attributes->kpsa_driver_state = NULL;
    *material_offset = KPSA_STORAGE_HEADER_SIZE;
    *material_size = body - KPSA_STORAGE_HEADER_SIZE;
    status = PSA_SUCCESS;
exit:
    return status;
}
