/*
 * keys.c - key management: import, generate, export, copy, destroy, purge.
 *
 * Statuses follow the Crypto API 1.2, keys/management.rst, with these
 * choices where the specification lists several candidates:
 *   - PSA_KEY_TYPE_NONE is "not supported": PSA_ERROR_NOT_SUPPORTED (the
 *     specification allows it or INVALID_ARGUMENT; the PSA conformance suite
 *     expects NOT_SUPPORTED);
 *   - a public-key type for generation, a size of 0 for generation, empty
 *     import data, usage bits the API does not define and a
 *     volatile lifetime with an id (or a persistent one without a user-range
 *     id) are "invalid": PSA_ERROR_INVALID_ARGUMENT;
 *   - a size above PSA_MAX_KEY_BITS and a location other than local storage
 *     are "not supported": PSA_ERROR_NOT_SUPPORTED;
 *   - persistence PSA_KEY_PERSISTENCE_READ_ONLY: such keys are never created
 *     through the API (lifetimes.rst lets an implementation keep them to
 *     implementation-specific means), a policy of the implementation:
 *     PSA_ERROR_NOT_PERMITTED;
 *   - NULL for a pointer the API requires: PSA_ERROR_INVALID_ARGUMENT;
 *   - psa_copy_key() with PSA_ALG_NONE on either side yields a key permitting
 *     no algorithm (the empty intersection is representable); two algorithm
 *     policies with nothing in common fail with PSA_ERROR_INVALID_ARGUMENT.
 * On every failure the output key id is PSA_KEY_ID_NULL and output lengths 0.
 *
 * Persistent keys (any persistence but volatile and read-only, in local
 * storage, with an id in the user range) are written to the on-disk store
 * (core/storage.h) before psa_*_key returns their id; a write that fails
 * creates nothing, and an id that exists, in this process or another, gives
 * PSA_ERROR_ALREADY_EXISTS.  They are loaded into the key store at their
 * first use (core/keystore.h).
 *
 * Keys in local storage are kept in their export format, so export and copy
 * need no driver.  Unstructured keys are generated here from the core's DRBG
 * and validated by the chain's import_key (see lib/builtin/keys.c for why).
 */
#include "config.h"

#include <string.h>

#include <psa/crypto.h>

#include "core/guard.h"
#include "core/init.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/random.h"
#include "core/secmem.h"
#include "core/storage.h"
#include "dispatch/dispatch.h"

#define USAGE_DEFINED                                                                     \
    (PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_COPY | PSA_KEY_USAGE_CACHE |                    \
     PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT | PSA_KEY_USAGE_SIGN_MESSAGE |         \
     PSA_KEY_USAGE_VERIFY_MESSAGE | PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH | \
     PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_VERIFY_DERIVATION)

/* Longest key data accepted: the largest unstructured key, or key pair. */
#define KEY_DATA_MAX                                                                      \
    (PSA_EXPORT_KEY_PAIR_MAX_SIZE > PSA_BITS_TO_BYTES(PSA_MAX_KEY_BITS)                   \
         ? (size_t)PSA_EXPORT_KEY_PAIR_MAX_SIZE                                           \
         : (size_t)PSA_BITS_TO_BYTES(PSA_MAX_KEY_BITS))

/* Scratch space for key material: on the stack when small, else secure memory. */
struct scratch {
    uint8_t small[128];
    uint8_t *p;
    size_t size;
};

static psa_status_t scratch_get(struct scratch *s, size_t size)
{
    s->size = size;
    s->p = size <= sizeof(s->small) ? s->small : kpsa_secmem_alloc(size);
    return s->p != NULL ? PSA_SUCCESS : PSA_ERROR_INSUFFICIENT_MEMORY;
}

static void scratch_put(struct scratch *s)
{
    if (s->p == s->small) {
        kpsa_wipe(s->small, s->size);
    } else {
        kpsa_secmem_free(s->p, s->size);
    }
    s->p = NULL;
}

/* Checks shared by every key creation function (not the type). */
static psa_status_t check_new_key_attributes(const psa_key_attributes_t *a)
{
    psa_key_lifetime_t lifetime = a->kpsa_lifetime;

    if ((a->kpsa_usage & ~(psa_key_usage_t)USAGE_DEFINED) != 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (PSA_KEY_LIFETIME_IS_VOLATILE(lifetime) ? a->kpsa_id != PSA_KEY_ID_NULL
                                               : (a->kpsa_id < PSA_KEY_ID_USER_MIN ||
                                                  a->kpsa_id > PSA_KEY_ID_USER_MAX)) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (a->kpsa_bits > PSA_MAX_KEY_BITS) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    /* Opaque locations are later work. */
    if (PSA_KEY_LIFETIME_GET_LOCATION(lifetime) != PSA_KEY_LOCATION_LOCAL_STORAGE) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (PSA_KEY_LIFETIME_GET_PERSISTENCE(lifetime) == PSA_KEY_PERSISTENCE_READ_ONLY) {
        return PSA_ERROR_NOT_PERMITTED;
    }
    return PSA_SUCCESS;
}

/* The attributes a new key is stored with. */
static psa_key_attributes_t new_key_attributes(const psa_key_attributes_t *a)
{
    psa_key_attributes_t n = *a;
    n.kpsa_usage = kpsa_policy_usage_normalize(a->kpsa_usage);
    n.kpsa_driver_state = NULL;
    return n;
}

/* Make a key visible: a slot with attributes `a` and key buffer (key, size);
 * a persistent key is its record on disk, durable before the id is returned.
 * Every key creation ends here. */
static psa_status_t store_key(const psa_key_attributes_t *a, const uint8_t *key, size_t size,
                              psa_key_id_t *id)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    if (!PSA_KEY_LIFETIME_IS_VOLATILE(a->kpsa_lifetime)) {
        /* Not cached now: the record's stamp is known only to a load, and a
         * stat taken here could already see another process's record. */
        KPSA_TRY(kpsa_storage_create(a, key, size));
        *id = a->kpsa_id;
        status = PSA_SUCCESS;
        goto exit;
    }
    KPSA_TRY(kpsa_keystore_reserve(a, &slot));
    KPSA_TRY(kpsa_keystore_set_key(slot, key, size));
    *id = kpsa_keystore_commit(slot);
    slot = NULL;
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_abandon(slot);
    return status;
}

/* Import `data` through the driver chain and store the result. */
static psa_status_t import_and_store(const psa_key_attributes_t *attributes,
                                     const uint8_t *data, size_t data_length,
                                     psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_attributes_t a = new_key_attributes(attributes);
    struct scratch buf = {.p = NULL};
    size_t length = 0;
    size_t bits = 0;

    /* The key buffer of a transparent key is its export format; for every
     * type the data imported is in that format, so it is as large. */
    KPSA_TRY(scratch_get(&buf, data_length));
    KPSA_TRY(kpsa_dispatch_import_key(&a, data, data_length, buf.p, buf.size, &length,
                                      &bits));
    /* A driver that changes a size it was given has produced an invalid key
     * (driver interface, "Key size determination on import"). */
    KPSA_CHECK(bits != 0 && (a.kpsa_bits == 0 || bits == a.kpsa_bits),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(bits <= PSA_MAX_KEY_BITS, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(length <= buf.size, PSA_ERROR_CORRUPTION_DETECTED);
    a.kpsa_bits = (uint16_t)bits;
    KPSA_TRY(store_key(&a, buf.p, length, key));
    status = PSA_SUCCESS;
exit:
    if (buf.p != NULL) {
        scratch_put(&buf);
    }
    return status;
}

psa_status_t psa_import_key(const psa_key_attributes_t *attributes, const uint8_t *data,
                            size_t data_length, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_new_key_attributes(attributes));
    KPSA_CHECK(attributes->kpsa_type != PSA_KEY_TYPE_NONE, PSA_ERROR_NOT_SUPPORTED);
    /* "Implementations must reject an attempt to import a key of size 0." */
    KPSA_CHECK(data_length != 0 && data != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(data_length <= KEY_DATA_MAX, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(import_and_store(attributes, data, data_length, key));
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Set the parity bit (bit 0) of each byte so that every byte has odd parity. */
static void des_set_parity(uint8_t *key, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        unsigned p = key[i] >> 1;
        p ^= p >> 4;
        p ^= p >> 2;
        p ^= p >> 1;
        key[i] = (uint8_t)((key[i] & 0xfeu) | ((p & 1u) ^ 1u));
    }
}

/* Unstructured keys: random bytes from the core's DRBG, validated by import. */
static psa_status_t generate_unstructured(const psa_key_attributes_t *attributes,
                                          psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct scratch buf = {.p = NULL};
    size_t bits = attributes->kpsa_bits;

    KPSA_CHECK(bits % 8 == 0, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(scratch_get(&buf, bits / 8));
    KPSA_TRY(kpsa_random_bytes(buf.p, buf.size));
    if (attributes->kpsa_type == PSA_KEY_TYPE_DES) {
        des_set_parity(buf.p, buf.size);
    }
    KPSA_TRY(import_and_store(attributes, buf.p, buf.size, key));
    status = PSA_SUCCESS;
exit:
    if (buf.p != NULL) {
        scratch_put(&buf);
    }
    return status;
}

/* Non-default production parameters of psa_generate_key_custom(). */
struct custom_params {
    const psa_custom_key_parameters_t *custom;
    const uint8_t *data;
    size_t length;
};

/* Other keys: the driver chain's generate_key, or generate_key_custom when
 * there are custom parameters (custom not NULL). */
static psa_status_t generate_structured(const psa_key_attributes_t *attributes,
                                        const struct custom_params *custom, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    psa_key_attributes_t a = new_key_attributes(attributes);
    struct scratch buf = {.p = NULL};
    size_t length = 0;
    size_t size = PSA_EXPORT_KEY_OUTPUT_SIZE(a.kpsa_type, a.kpsa_bits);

    KPSA_CHECK(size != 0, PSA_ERROR_NOT_SUPPORTED);
    KPSA_TRY(scratch_get(&buf, size));
    if (custom == NULL) {
        KPSA_TRY(kpsa_dispatch_generate_key(&a, buf.p, buf.size, &length));
    } else {
        KPSA_TRY(kpsa_dispatch_generate_key_custom(&a, custom->custom, custom->data,
                                                   custom->length, buf.p, buf.size, &length));
    }
    KPSA_CHECK(length <= buf.size, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(store_key(&a, buf.p, length, key));
    status = PSA_SUCCESS;
exit:
    if (buf.p != NULL) {
        scratch_put(&buf);
    }
    return status;
}

/* The checks psa_generate_key() and psa_generate_key_custom() share. */
static psa_status_t check_generate_attributes(const psa_key_attributes_t *attributes)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_TRY(check_new_key_attributes(attributes));
    psa_key_type_t type = attributes->kpsa_type;
    KPSA_CHECK(type != PSA_KEY_TYPE_NONE, PSA_ERROR_NOT_SUPPORTED);
    KPSA_CHECK(!PSA_KEY_TYPE_IS_PUBLIC_KEY(type), PSA_ERROR_INVALID_ARGUMENT);
    /* "Implementations must reject an attempt to generate a key of size 0." */
    KPSA_CHECK(attributes->kpsa_bits != 0, PSA_ERROR_INVALID_ARGUMENT);
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t psa_generate_key(const psa_key_attributes_t *attributes, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_generate_attributes(attributes));
    if (PSA_KEY_TYPE_IS_UNSTRUCTURED(attributes->kpsa_type)) {
        KPSA_TRY(generate_unstructured(attributes, key));
    } else {
        KPSA_TRY(generate_structured(attributes, NULL, key));
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/*
 * Crypto API 1.3: with PSA_CUSTOM_KEY_PARAMETERS_INIT and no custom data this
 * is psa_generate_key().  Non-zero flags are invalid for every type (they
 * are reserved).  Custom data is defined for RSA key pairs only (the public
 * exponent); the driver judges it, since only a driver can say which
 * exponents it supports.  Custom data for an unstructured type, which the
 * core generates itself, is invalid.
 */
psa_status_t psa_generate_key_custom(const psa_key_attributes_t *attributes,
                                     const psa_custom_key_parameters_t *custom,
                                     const uint8_t *custom_data, size_t custom_data_length,
                                     psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct custom_params params = {custom, custom_data, custom_data_length};

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL && custom != NULL &&
                   KPSA_BUF_OK(custom_data, custom_data_length),
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_CHECK(custom->flags == 0, PSA_ERROR_INVALID_ARGUMENT);
    if (custom_data_length == 0) {
        KPSA_TRY(psa_generate_key(attributes, key));
    } else {
        KPSA_TRY(check_generate_attributes(attributes));
        KPSA_CHECK(!PSA_KEY_TYPE_IS_UNSTRUCTURED(attributes->kpsa_type),
                   PSA_ERROR_INVALID_ARGUMENT);
        KPSA_TRY(generate_structured(attributes, &params, key));
    }
    status = PSA_SUCCESS;
exit:
    return status;
}

/* Copy a local key's buffer (its export format) to the caller. */
static psa_status_t copy_out(const struct kpsa_slot *slot, uint8_t *data, size_t data_size,
                             size_t *data_length)
{
    if (data_size < slot->key_size) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (slot->key_size != 0) {
        memcpy(data, slot->key, slot->key_size);
    }
    *data_length = slot->key_size;
    return PSA_SUCCESS;
}

psa_status_t psa_export_key(psa_key_id_t key, uint8_t *data, size_t data_size,
                            size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(data_length != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *data_length = 0;
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_keystore_acquire(key, &slot));
    /* A public key is always exportable; anything else needs EXPORT. */
    KPSA_CHECK(PSA_KEY_TYPE_IS_PUBLIC_KEY(slot->attributes.kpsa_type) ||
                   (slot->attributes.kpsa_usage & PSA_KEY_USAGE_EXPORT) != 0,
               PSA_ERROR_NOT_PERMITTED);
    KPSA_CHECK(KPSA_BUF_OK(data, data_size), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(copy_out(slot, data, data_size, data_length));
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return status;
}

psa_status_t psa_export_public_key(psa_key_id_t key, uint8_t *data, size_t data_size,
                                   size_t *data_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(data_length != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *data_length = 0;
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_keystore_acquire(key, &slot));
    psa_key_type_t type = slot->attributes.kpsa_type;
    KPSA_CHECK(PSA_KEY_TYPE_IS_ASYMMETRIC(type), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(KPSA_BUF_OK(data, data_size), PSA_ERROR_INVALID_ARGUMENT);
    if (PSA_KEY_TYPE_IS_PUBLIC_KEY(type)) {
        KPSA_TRY(copy_out(slot, data, data_size, data_length));
    } else {
        struct kpsa_key_view view = kpsa_slot_view(slot);
        KPSA_TRY(kpsa_dispatch_export_public_key(&view, data, data_size, data_length));
    }
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS && data_length != NULL) {
        *data_length = 0;
    }
    kpsa_keystore_release(slot);
    return status;
}

/* The attributes of a copy of `source` requested with `requested`. */
static psa_status_t copy_attributes(const psa_key_attributes_t *source,
                                    const psa_key_attributes_t *requested,
                                    psa_key_attributes_t *target)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_TRY(check_new_key_attributes(requested));
    KPSA_CHECK(requested->kpsa_type == PSA_KEY_TYPE_NONE ||
                   requested->kpsa_type == source->kpsa_type,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(requested->kpsa_bits == 0 || requested->kpsa_bits == source->kpsa_bits,
               PSA_ERROR_INVALID_ARGUMENT);
    *target = new_key_attributes(requested);
    target->kpsa_type = source->kpsa_type;
    target->kpsa_bits = source->kpsa_bits;
    target->kpsa_usage &= source->kpsa_usage;
    KPSA_TRY(kpsa_policy_intersect(source->kpsa_type, source->kpsa_alg, requested->kpsa_alg,
                                   &target->kpsa_alg));
    status = PSA_SUCCESS;
exit:
    return status;
}

psa_status_t psa_copy_key(psa_key_id_t source_key, const psa_key_attributes_t *attributes,
                          psa_key_id_t *target_key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *source = NULL;
    psa_key_attributes_t a;

    KPSA_CHECK(target_key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *target_key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    /* Local to local: COPY suffices (EXPORT is for leaving a secure element). */
    KPSA_TRY(kpsa_acquire_key(source_key, PSA_KEY_USAGE_COPY, PSA_ALG_NONE, &source));
    KPSA_TRY(copy_attributes(&source->attributes, attributes, &a));
    KPSA_TRY(store_key(&a, source->key, source->key_size, target_key));
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(source);
    return status;
}

psa_status_t psa_destroy_key(psa_key_id_t key)
{
    /* "If this is PSA_KEY_ID_NULL, do nothing and return PSA_SUCCESS." */
    if (key == PSA_KEY_ID_NULL) {
        return PSA_SUCCESS;
    }
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    return kpsa_keystore_destroy(key);
}

psa_status_t psa_purge_key(psa_key_id_t key)
{
    if (!kpsa_initialized()) {
        return PSA_ERROR_BAD_STATE;
    }
    return kpsa_keystore_purge(key);
}
