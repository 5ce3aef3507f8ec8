/*
 * speed_keys.c - the keys of the asymmetric and key-derivation rows of
 * `kpsa speed`: generated once with libcrypto, then given to kpsa in the PSA
 * export format, so that kpsa and the raw libcrypto rows use the same key.
 */
#include "config.h"

#include "speed.h"

#include <stdio.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <kpsa/kpsa.h>

bool key_is_raw_ecc(psa_key_type_t type)
{
    psa_ecc_family_t family = PSA_KEY_TYPE_ECC_GET_FAMILY(type);

    return PSA_KEY_TYPE_IS_ECC(type) &&
           (family == PSA_ECC_FAMILY_MONTGOMERY || family == PSA_ECC_FAMILY_TWISTED_EDWARDS);
}

EVP_PKEY *key_generate(const struct bench *b)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, b->evp_name, NULL);
    EVP_PKEY *pkey = NULL;
    int rc = ctx != NULL ? EVP_PKEY_keygen_init(ctx) : 0;

    if (rc == 1 && PSA_KEY_TYPE_IS_RSA(b->key_type)) {
        rc = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (int)b->key_bits);
    } else if (rc == 1 && !key_is_raw_ecc(b->key_type)) {
        rc = EVP_PKEY_CTX_set_group_name(ctx, b->evp_sub);
    }
    if (rc == 1 && EVP_PKEY_generate(ctx, &pkey) != 1) {
        EVP_PKEY_free(pkey);
        pkey = NULL;
    }
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

/* RSAPrivateKey / RSAPublicKey: libcrypto's "type-specific" DER is PKCS#1. */
static int export_rsa(EVP_PKEY *pkey, bool pair, uint8_t *buf, size_t size, size_t *length)
{
    unsigned char *p = buf;
    int n = pair ? i2d_PrivateKey(pkey, NULL) : i2d_PublicKey(pkey, NULL);

    if (n <= 0 || (size_t)n > size) {
        return -1;
    }
    n = pair ? i2d_PrivateKey(pkey, &p) : i2d_PublicKey(pkey, &p);
    *length = n > 0 ? (size_t)n : 0;
    return n > 0 ? 0 : -1;
}

int key_export_psa(EVP_PKEY *pkey, psa_key_type_t type, bool pair, uint8_t *buf, size_t size,
                   size_t *length)
{
    BIGNUM *d = NULL;
    int n = 0;

    *length = size;
    if (PSA_KEY_TYPE_IS_RSA(type)) {
        return export_rsa(pkey, pair, buf, size, length);
    }
    if (key_is_raw_ecc(type)) {
        n = pair ? EVP_PKEY_get_raw_private_key(pkey, buf, length)
                 : EVP_PKEY_get_raw_public_key(pkey, buf, length);
        return n == 1 ? 0 : -1;
    }
    if (!pair) {
        n = EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, buf, size, length);
        return n == 1 ? 0 : -1;
    }
    *length = (size_t)(EVP_PKEY_get_bits(pkey) + 7) / 8;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &d) == 1 && *length <= size) {
        n = BN_bn2binpad(d, buf, (int)*length);
    }
    BN_clear_free(d);
    return n > 0 ? 0 : -1;
}

psa_status_t key_import(const struct bench *b, psa_key_type_t type, const uint8_t *data,
                        size_t length, psa_key_id_t *key)
{
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_usage_t usage = PSA_KEY_USAGE_DERIVE;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (PSA_ALG_IS_SIGN(b->alg)) {
        usage = PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE;
        if (PSA_KEY_TYPE_IS_KEY_PAIR(type)) {
            usage |= PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_SIGN_MESSAGE;
        }
    }
    psa_set_key_type(&attributes, type);
    psa_set_key_algorithm(&attributes, b->alg);
    psa_set_key_usage_flags(&attributes, usage);
    status = psa_import_key(&attributes, data, length, key);
    if (status != PSA_SUCCESS && status != PSA_ERROR_NOT_SUPPORTED) {
        fprintf(stderr, "kpsa speed: %s: psa_import_key: %s\n", b->name, kpsa_status_name(status));
    }
    return status;
}
