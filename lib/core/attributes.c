/*
 * attributes.c - psa_key_attributes_t accessors and psa_get_key_attributes().
 *
 * The accessors do not validate (the API says they need not); the key
 * creation functions do.  A size too large for the 16-bit field is stored as
 * a value above PSA_MAX_KEY_BITS so that creation reports PSA_ERROR_NOT_SUPPORTED
 * instead of silently using a truncated size.
 */
#include "config.h"

#include <kpsa/driver.h>
#include <psa/crypto.h>

#include "core/init.h"
#include "core/keystore.h"

/* Any value above PSA_MAX_KEY_BITS: creation refuses it with NOT_SUPPORTED. */
#define KEY_BITS_TOO_LARGE ((uint16_t)0xffffu)

psa_key_attributes_t psa_key_attributes_init(void)
{
    const psa_key_attributes_t init = PSA_KEY_ATTRIBUTES_INIT;
    return init;
}

void psa_reset_key_attributes(psa_key_attributes_t *attributes)
{
    /* Nothing is allocated behind the object: resetting is re-initialising. */
    *attributes = psa_key_attributes_init();
}

void psa_set_key_id(psa_key_attributes_t *attributes, psa_key_id_t id)
{
    attributes->kpsa_id = id;
    if (PSA_KEY_LIFETIME_IS_VOLATILE(attributes->kpsa_lifetime)) {
        attributes->kpsa_lifetime = PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
            PSA_KEY_PERSISTENCE_DEFAULT,
            PSA_KEY_LIFETIME_GET_LOCATION(attributes->kpsa_lifetime));
    }
}

psa_key_id_t psa_get_key_id(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_id;
}

void psa_set_key_lifetime(psa_key_attributes_t *attributes, psa_key_lifetime_t lifetime)
{
    attributes->kpsa_lifetime = lifetime;
    if (PSA_KEY_LIFETIME_IS_VOLATILE(lifetime)) {
        attributes->kpsa_id = PSA_KEY_ID_NULL;
    }
}

psa_key_lifetime_t psa_get_key_lifetime(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_lifetime;
}

void psa_set_key_type(psa_key_attributes_t *attributes, psa_key_type_t type)
{
    attributes->kpsa_type = type;
}

psa_key_type_t psa_get_key_type(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_type;
}

void psa_set_key_bits(psa_key_attributes_t *attributes, size_t bits)
{
    attributes->kpsa_bits = bits > PSA_MAX_KEY_BITS ? KEY_BITS_TOO_LARGE : (uint16_t)bits;
}

size_t psa_get_key_bits(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_bits;
}

void psa_set_key_usage_flags(psa_key_attributes_t *attributes, psa_key_usage_t usage_flags)
{
    attributes->kpsa_usage = usage_flags;
}

psa_key_usage_t psa_get_key_usage_flags(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_usage;
}

void psa_set_key_algorithm(psa_key_attributes_t *attributes, psa_algorithm_t alg)
{
    attributes->kpsa_alg = alg;
}

psa_algorithm_t psa_get_key_algorithm(const psa_key_attributes_t *attributes)
{
    return attributes->kpsa_alg;
}

psa_status_t psa_get_key_attributes(psa_key_id_t key, psa_key_attributes_t *attributes)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(attributes != NULL, PSA_ERROR_INVALID_ARGUMENT);
    psa_reset_key_attributes(attributes);
    KPSA_CHECK(kpsa_initialized(), PSA_ERROR_BAD_STATE);
    KPSA_TRY(kpsa_keystore_acquire(key, &slot));
    *attributes = slot->attributes;
    attributes->kpsa_driver_state = NULL;
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return status;
}

/* Exported for plugin drivers (KPSA_API), whatever the header says. */
KPSA_API void *kpsa_driver_key_state(const psa_key_attributes_t *attributes)
{
    return attributes == NULL ? NULL : attributes->kpsa_driver_state;
}
