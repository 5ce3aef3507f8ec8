/*
 * builtin.c - the built-in driver's description: one capability covering every
 * entry point it has, no filters (it declines what it cannot do with
 * PSA_ERROR_NOT_SUPPORTED), and no fallback: it ends every chain.
 */
#include "builtin/builtin.h"

#include "builtin/edwards.h"
#include "builtin/keystate.h"

#define EP(x) KPSA_EP_BIT(KPSA_EP_##x)

/* What the built-in driver implements today; it grows with the driver. */
static const struct kpsa_capability builtin_capabilities[] = {
    {
        .entry_points = EP(HASH_COMPUTE) | EP(HASH_MULTIPART) | EP(MAC_COMPUTE) |
                        EP(MAC_MULTIPART) | EP(MAC_VERIFY_MULTIPART) | EP(CIPHER_ENCRYPT) |
                        EP(CIPHER_DECRYPT) | EP(CIPHER_ENCRYPT_MULTIPART) |
                        EP(CIPHER_DECRYPT_MULTIPART) | EP(AEAD_ENCRYPT) | EP(AEAD_DECRYPT) |
                        EP(AEAD_ENCRYPT_MULTIPART) | EP(AEAD_DECRYPT_MULTIPART) |
                        EP(SIGN_HASH) | EP(VERIFY_HASH) | EP(SIGN_MESSAGE) |
                        EP(VERIFY_MESSAGE) | EP(ASYMMETRIC_ENCRYPT) | EP(ASYMMETRIC_DECRYPT) |
                        EP(KEY_AGREEMENT) | EP(KEY_DERIVATION) | EP(PAKE) | EP(IMPORT_KEY) |
                        EP(GENERATE_KEY) | EP(EXPORT_PUBLIC_KEY) | EP(GET_ENTROPY) |
                        EP(RANDOM) | EP(KEY_STATE),
        .fallback = false,
    },
};

static psa_status_t builtin_driver_init(void)
{
    return builtin_init();
}

const struct kpsa_driver kpsa_builtin_driver = {
    .prefix = "builtin",
    .type = KPSA_DRIVER_TRANSPARENT,
    .location = PSA_KEY_LOCATION_LOCAL_STORAGE,
    .capabilities = builtin_capabilities,
    .capability_count = sizeof(builtin_capabilities) / sizeof(builtin_capabilities[0]),
    .context_sizes = {
        .hash = sizeof(struct builtin_hash_operation),
        .mac = BUILTIN_MAC_OPERATION_SIZE,
        .cipher = BUILTIN_CIPHER_OPERATION_SIZE,
        .aead = BUILTIN_AEAD_OPERATION_SIZE,
        .random = BUILTIN_RANDOM_CONTEXT_SIZE,
        .key_derivation = BUILTIN_KDF_OPERATION_SIZE,
        .pake = 2 * sizeof(void *),
    },
    .random_initial_entropy = BUILTIN_RANDOM_INITIAL_ENTROPY,
    .random_reseed_entropy = BUILTIN_RANDOM_RESEED_ENTROPY,
    .ep = {
        .init = builtin_driver_init,
        .deinit = builtin_free,
        .key_state_create = builtin_key_state_create,
        .key_state_destroy = builtin_key_state_destroy,
        /* hash (hash.c) */
        .hash_compute = builtin_hash_compute,
        .hash_setup = builtin_hash_setup,
        .hash_update = builtin_hash_update,
        .hash_finish = builtin_hash_finish,
        .hash_abort = builtin_hash_abort,
        .hash_clone = builtin_hash_clone,
        .hash_suspend = builtin_hash_suspend,
        .hash_resume = builtin_hash_resume,
        /* MAC (mac.c) */
        .mac_compute = builtin_mac_compute,
        .mac_sign_setup = builtin_mac_sign_setup,
        .mac_verify_setup = builtin_mac_verify_setup,
        .mac_update = builtin_mac_update,
        .mac_sign_finish = builtin_mac_sign_finish,
        .mac_verify_finish = builtin_mac_verify_finish,
        .mac_abort = builtin_mac_abort,
        /* ciphers (cipher.c) */
        .cipher_encrypt = builtin_cipher_encrypt,
        .cipher_decrypt = builtin_cipher_decrypt,
        .cipher_encrypt_setup = builtin_cipher_encrypt_setup,
        .cipher_decrypt_setup = builtin_cipher_decrypt_setup,
        .cipher_set_iv = builtin_cipher_set_iv,
        .cipher_update = builtin_cipher_update,
        .cipher_finish = builtin_cipher_finish,
        .cipher_abort = builtin_cipher_abort,
        /* AEAD (aead.c) */
        .aead_encrypt = builtin_aead_encrypt,
        .aead_decrypt = builtin_aead_decrypt,
        .aead_encrypt_setup = builtin_aead_encrypt_setup,
        .aead_decrypt_setup = builtin_aead_decrypt_setup,
        .aead_set_nonce = builtin_aead_set_nonce,
        .aead_set_lengths = builtin_aead_set_lengths,
        .aead_update_ad = builtin_aead_update_ad,
        .aead_update = builtin_aead_update,
        .aead_finish = builtin_aead_finish,
        .aead_verify = builtin_aead_verify,
        .aead_abort = builtin_aead_abort,
        /* signatures (sign.c) and asymmetric encryption (rsa_crypt.c) */
        .sign_hash = builtin_sign_hash,
        .verify_hash = builtin_verify_hash,
        .sign_message = builtin_sign_message,
        .verify_message = builtin_verify_message,
        .asymmetric_encrypt = builtin_asymmetric_encrypt,
        .asymmetric_decrypt = builtin_asymmetric_decrypt,
        /* key agreement (agree.c) */
        .key_agreement = builtin_key_agreement,
        /* key derivation (kdf.c) */
        .key_derivation_setup = builtin_key_derivation_setup,
        .key_derivation_output_bytes = builtin_key_derivation_output_bytes,
        .key_derivation_abort = builtin_key_derivation_abort,
        /* PAKE (pake.c) */
        .pake_setup = builtin_pake_setup,
        .pake_output = builtin_pake_output,
        .pake_input = builtin_pake_input,
        .pake_get_shared_key = builtin_pake_get_shared_key,
        .pake_abort = builtin_pake_abort,
        /* key management (keys.c, pkey.c) */
        .import_key = builtin_import_key,
        .generate_key = builtin_generate_key,
        .generate_key_custom = builtin_generate_key_custom,
        .export_public_key = builtin_export_public_key,
        /* entropy and random generation (random.c) */
        .get_entropy = builtin_get_entropy,
        .init_random = builtin_init_random,
        .add_entropy = builtin_add_entropy,
        .get_random = builtin_get_random,
        .free_random = builtin_free_random,
    },
};

psa_status_t builtin_init(void)
{
    psa_status_t status = builtin_md_table_init();
    if (status == PSA_SUCCESS) {
        status = builtin_cipher_table_init();
    }
    if (status == PSA_SUCCESS) {
        status = builtin_curves_init();
    }
    if (status != PSA_SUCCESS) {
        builtin_free();
    }
    return status;
}

void builtin_free(void)
{
    builtin_edwards_free();
    builtin_curves_free();
    builtin_cipher_table_free();
    builtin_md_table_free();
}
