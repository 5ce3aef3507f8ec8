/*
 * kdf_output.c - the outputs of a key derivation: psa_key_derivation_output_bytes,
 * _output_key (+ _custom), _verify_bytes and _verify_key.
 *
 * The first output binds the driver: the chain's key_derivation_setup gets
 * every input collected so far, and the capacity at that moment (which the
 * SP 800-108 KDFs use as L, see <kpsa/driver.h>).  The core enforces the
 * capacity; asking for more than remains is PSA_ERROR_INSUFFICIENT_DATA,
 * outputs nothing and leaves capacity 0 (the operation stays usable).  Asking
 * for 0 bytes when the capacity is 0 is also PSA_ERROR_INSUFFICIENT_DATA (the
 * specification leaves it to the implementation; TF-PSA-Crypto does the same).
 *
 * Status precedence: not active, error state or inputs incomplete
 * (BAD_STATE); policy of the inputs (NOT_PERMITTED); capacity
 * (INSUFFICIENT_DATA); then the driver.  For output_key the new key's
 * attributes are checked first where the core can (type, size), the rest by
 * psa_import_key(), through which every derived key is validated and stored.
 *
 * Key material (Crypto API 1.2, keys/types.rst "Key derivation"): raw types
 * take the next bits/8 bytes; DES takes 8 bytes per key element, sets the
 * parity bits and draws again for one of the 16 weak and semi-weak keys;
 * ECC, DH, RSA and SPAKE2+ key pairs are made by kpsa_dispatch_derive_key()
 * from the stream (RSA by a method of kpsa's: the specification leaves it
 * implementation-defined; see lib/builtin/derive_key.c).
 */
#include "config.h"

#include <string.h>

#include "core/init.h"
#include "core/kdf.h"
#include "core/keystore.h"
#include "core/policy.h"
#include "core/secmem.h"
#include "dispatch/dispatch.h"

psa_status_t kpsa_kdf_check_output(psa_key_derivation_operation_t *operation, bool derive_needed)
{
    const struct kpsa_kdf_inputs *in = NULL;

    if (operation == NULL) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (!kpsa_initialized() || operation->kpsa_alg == 0 ||
        (operation->kpsa_flags & KPSA_KDF_ERROR) != 0) {
        return PSA_ERROR_BAD_STATE;
    }
    in = operation->kpsa_inputs;
    for (unsigned i = 0; i < KPSA_KDF_STEP_COUNT; i++) {
        if (kpsa_kdf_step_required(in, i) && (in->given & (UINT32_C(1) << i)) == 0) {
            return PSA_ERROR_BAD_STATE;
        }
    }
    if (derive_needed && (operation->kpsa_flags & KPSA_KDF_NO_DERIVE) != 0) {
        return PSA_ERROR_NOT_PERMITTED;
    }
    operation->kpsa_flags |= KPSA_KDF_OUTPUT_STARTED;
    return PSA_SUCCESS;
}

psa_status_t kpsa_kdf_read(psa_key_derivation_operation_t *operation, uint8_t *output,
                           size_t length)
{
    struct kpsa_kdf_inputs *in = operation->kpsa_inputs;
    size_t single = kpsa_kdf_single_read(in);
    psa_status_t status;

    /* "The 32-byte output has to be read in a single call" (EC J-PAKE-to-PMS). */
    if (single != 0 && length != single) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (length > operation->kpsa_capacity || (length == 0 && operation->kpsa_capacity == 0)) {
        operation->kpsa_capacity = 0;
        return PSA_ERROR_INSUFFICIENT_DATA;
    }
    if (operation->kpsa_driver == 0) {
        in->capacity = operation->kpsa_capacity;
        status = kpsa_dispatch_kdf_setup(
            operation, in->kdf_alg,
            in->secret_attributes.kpsa_type != 0 ? &in->secret_attributes : NULL, in);
        if (status != PSA_SUCCESS) {
            return status;
        }
    }
    operation->kpsa_capacity -= length;
    if (length == 0) {
        return PSA_SUCCESS;
    }
    return kpsa_dispatch_kdf_output_bytes(operation, output, length);
}

psa_status_t psa_key_derivation_output_bytes(psa_key_derivation_operation_t *operation,
                                             uint8_t *output, size_t output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(KPSA_BUF_OK(output, output_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_kdf_check_output(operation, true));
    KPSA_TRY(kpsa_kdf_read(operation, output, output_length));
    status = PSA_SUCCESS;
exit:
    /* A driver may have written part of the output before failing; on
     * INSUFFICIENT_DATA "no output is written to the output buffer". */
    if (status != PSA_SUCCESS && status != PSA_ERROR_INSUFFICIENT_DATA && output != NULL) {
        kpsa_wipe(output, output_length);
    }
    return kpsa_kdf_fail(operation, status);
}

/* ---- verification ---------------------------------------------------------- */

/* Read `length` bytes and compare them with `expected` in constant time. */
static psa_status_t verify(psa_key_derivation_operation_t *operation, const uint8_t *expected,
                           size_t length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t small[64];
    uint8_t *actual = length <= sizeof(small) ? small : kpsa_secmem_alloc(length);

    KPSA_CHECK(actual != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(kpsa_kdf_read(operation, actual, length));
    KPSA_CHECK(kpsa_ct_equal(actual, expected, length), PSA_ERROR_INVALID_SIGNATURE);
    status = PSA_SUCCESS;
exit:
    if (actual == small) {
        kpsa_wipe(small, sizeof(small));
    } else {
        kpsa_secmem_free(actual, length);
    }
    return status;
}

psa_status_t psa_key_derivation_verify_bytes(psa_key_derivation_operation_t *operation,
                                             const uint8_t *expected_output, size_t output_length)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(KPSA_BUF_OK(expected_output, output_length), PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_kdf_check_output(operation, false));
    KPSA_TRY(verify(operation, expected_output, output_length));
    status = PSA_SUCCESS;
exit:
    return kpsa_kdf_fail(operation, status);
}

psa_status_t psa_key_derivation_verify_key(psa_key_derivation_operation_t *operation,
                                           psa_key_id_t expected)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    struct kpsa_slot *slot = NULL;

    KPSA_CHECK(operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized() && operation->kpsa_alg != 0, PSA_ERROR_BAD_STATE);
    KPSA_TRY(
        kpsa_acquire_key(expected, PSA_KEY_USAGE_VERIFY_DERIVATION, operation->kpsa_alg, &slot));
    KPSA_CHECK(slot->attributes.kpsa_type == PSA_KEY_TYPE_PASSWORD_HASH,
               PSA_ERROR_INVALID_ARGUMENT);
    KPSA_TRY(kpsa_kdf_check_output(operation, false));
    KPSA_TRY(verify(operation, slot->key, slot->key_size));
    status = PSA_SUCCESS;
exit:
    kpsa_keystore_release(slot);
    return kpsa_kdf_fail(operation, status);
}

/* ---- keys ------------------------------------------------------------------ */

/* DES weak and semi-weak keys, parity bits set (NIST SP 800-67 Rev. 2, 3.3.2). */
static const uint8_t des_weak_keys[16][8] = {
    {0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01},
    {0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe},
    {0x1f, 0x1f, 0x1f, 0x1f, 0x0e, 0x0e, 0x0e, 0x0e},
    {0xe0, 0xe0, 0xe0, 0xe0, 0xf1, 0xf1, 0xf1, 0xf1},
    {0x01, 0x1f, 0x01, 0x1f, 0x01, 0x0e, 0x01, 0x0e},
    {0x1f, 0x01, 0x1f, 0x01, 0x0e, 0x01, 0x0e, 0x01},
    {0x01, 0xe0, 0x01, 0xe0, 0x01, 0xf1, 0x01, 0xf1},
    {0xe0, 0x01, 0xe0, 0x01, 0xf1, 0x01, 0xf1, 0x01},
    {0x01, 0xfe, 0x01, 0xfe, 0x01, 0xfe, 0x01, 0xfe},
    {0xfe, 0x01, 0xfe, 0x01, 0xfe, 0x01, 0xfe, 0x01},
    {0x1f, 0xe0, 0x1f, 0xe0, 0x0e, 0xf1, 0x0e, 0xf1},
    {0xe0, 0x1f, 0xe0, 0x1f, 0xf1, 0x0e, 0xf1, 0x0e},
    {0x1f, 0xfe, 0x1f, 0xfe, 0x0e, 0xfe, 0x0e, 0xfe},
    {0xfe, 0x1f, 0xfe, 0x1f, 0xfe, 0x0e, 0xfe, 0x0e},
    {0xe0, 0xfe, 0xe0, 0xfe, 0xf1, 0xfe, 0xf1, 0xfe},
    {0xfe, 0xe0, 0xfe, 0xe0, 0xfe, 0xf1, 0xfe, 0xf1},
};

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

static bool des_is_weak(const uint8_t *key)
{
    int weak = 0;
    for (size_t i = 0; i < sizeof(des_weak_keys) / sizeof(des_weak_keys[0]); i++) {
        weak |= kpsa_ct_equal(key, des_weak_keys[i], 8);
    }
    return weak != 0;
}

/* DES / 2-key / 3-key 3DES: each 8-byte element drawn until it is not weak. */
static psa_status_t derive_des(psa_key_derivation_operation_t *operation, uint8_t *key,
                               size_t length)
{
    psa_status_t status = PSA_SUCCESS;

    for (size_t off = 0; off < length && status == PSA_SUCCESS; off += 8) {
        do {
            status = kpsa_kdf_read(operation, key + off, 8);
            des_set_parity(key + off, 8);
        } while (status == PSA_SUCCESS && des_is_weak(key + off));
    }
    return status;
}

/* The stream reader handed to kpsa_dispatch_derive_key(). */
static psa_status_t read_stream(void *ctx, uint8_t *out, size_t length)
{
    return kpsa_kdf_read(ctx, out, length);
}

/* The new key's material, in export format, into buf (buf_size bytes). */
static psa_status_t derive_material(psa_key_derivation_operation_t *operation,
                                    const psa_key_attributes_t *attributes, uint8_t *buf,
                                    size_t buf_size, size_t *length)
{
    psa_key_type_t type = attributes->kpsa_type;
    size_t bits = attributes->kpsa_bits;

    if (PSA_KEY_TYPE_IS_UNSTRUCTURED(type)) {
        if (bits % 8 != 0) {
            return PSA_ERROR_INVALID_ARGUMENT;
        }
        *length = bits / 8;
        if (type == PSA_KEY_TYPE_DES) {
            return *length % 8 == 0 && *length <= 24 ? derive_des(operation, buf, *length)
                                                     : PSA_ERROR_INVALID_ARGUMENT;
        }
        return kpsa_kdf_read(operation, buf, *length);
    }
    psa_key_attributes_t a = *attributes;
    a.kpsa_driver_state = NULL;
    return kpsa_dispatch_derive_key(&a, read_stream, operation, buf, buf_size, length);
}

/* Attribute checks of output_key the core makes before reading the stream. */
static psa_status_t check_key_attributes(const psa_key_derivation_operation_t *operation,
                                         const psa_key_attributes_t *a)
{
    psa_key_type_t type = a->kpsa_type;

    if (type == PSA_KEY_TYPE_NONE) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (PSA_KEY_TYPE_IS_PUBLIC_KEY(type) || a->kpsa_bits == 0) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    if (a->kpsa_bits > PSA_MAX_KEY_BITS) {
        return PSA_ERROR_NOT_SUPPORTED;
    }
    if (type == PSA_KEY_TYPE_PASSWORD_HASH && a->kpsa_alg != PSA_ALG_NONE &&
        a->kpsa_alg != operation->kpsa_alg) {
        return PSA_ERROR_INVALID_ARGUMENT;
    }
    return PSA_EXPORT_KEY_OUTPUT_SIZE(type, a->kpsa_bits) != 0 ? PSA_SUCCESS
                                                               : PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t psa_key_derivation_output_key(const psa_key_attributes_t *attributes,
                                           psa_key_derivation_operation_t *operation,
                                           psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t *buf = NULL;
    size_t size = 0;
    size_t length = 0;

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    KPSA_CHECK(attributes != NULL && operation != NULL, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(kpsa_initialized() && operation->kpsa_alg != 0 &&
                   (operation->kpsa_flags & KPSA_KDF_ERROR) == 0,
               PSA_ERROR_BAD_STATE);
    KPSA_TRY(check_key_attributes(operation, attributes));
    KPSA_TRY(kpsa_kdf_check_output(operation, true));
    /* "the input for step SECRET or PASSWORD was a key with usage DERIVE"
     * (a key agreement's shared secret counts as a key). */
    KPSA_CHECK((operation->kpsa_flags & KPSA_KDF_SECRET_BYTES) == 0, PSA_ERROR_NOT_PERMITTED);
    size = PSA_EXPORT_KEY_OUTPUT_SIZE(attributes->kpsa_type, attributes->kpsa_bits);
    buf = kpsa_secmem_alloc(size);
    KPSA_CHECK(buf != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_TRY(derive_material(operation, attributes, buf, size, &length));
    KPSA_CHECK(length <= size, PSA_ERROR_CORRUPTION_DETECTED);
    KPSA_TRY(psa_import_key(attributes, buf, length, key));
    status = PSA_SUCCESS;
exit:
    kpsa_secmem_free(buf, size);
    return kpsa_kdf_fail(operation, status);
}

psa_status_t psa_key_derivation_output_key_custom(const psa_key_attributes_t *attributes,
                                                  psa_key_derivation_operation_t *operation,
                                                  const psa_custom_key_parameters_t *custom,
                                                  const uint8_t *custom_data,
                                                  size_t custom_data_length, psa_key_id_t *key)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    KPSA_CHECK(key != NULL, PSA_ERROR_INVALID_ARGUMENT);
    *key = PSA_KEY_ID_NULL;
    /* No key type defines custom derivation parameters (API 1.3). */
    KPSA_CHECK(custom != NULL && KPSA_BUF_OK(custom_data, custom_data_length) &&
                   custom->flags == 0 && custom_data_length == 0,
               PSA_ERROR_INVALID_ARGUMENT);
    status = psa_key_derivation_output_key(attributes, operation, key);
exit:
    return kpsa_kdf_fail(operation, status);
}
