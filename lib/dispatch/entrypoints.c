/*
 * entrypoints.c - the entry points and families a manifest can name, and the
 * functions each one stands for.
 *
 * Families group the functions of a multipart operation; a driver that
 * declares a family must provide all of its non-optional functions.  The
 * "key_state" family, the optional hash functions and the optional deinit
 * of the "init" entry point are kpsa extensions.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "dispatch/driver.h"

#define FN(member)                                                                                 \
    {                                                                                              \
#member, offsetof(struct kpsa_entry_points, member), false                                 \
    }
#define OPT(member)                                                                                \
    {                                                                                              \
#member, offsetof(struct kpsa_entry_points, member), true                                  \
    }
#define FAMILY(name, ep, fns)                                                                      \
    {                                                                                              \
        name, ep, fns, sizeof(fns) / sizeof(fns[0])                                                \
    }

static const struct kpsa_ep_function init_fns[] = {FN(init), OPT(deinit)};
static const struct kpsa_ep_function key_state_fns[] = {FN(key_state_create),
                                                        FN(key_state_destroy)};
static const struct kpsa_ep_function hash_compute_fns[] = {FN(hash_compute)};
static const struct kpsa_ep_function hash_multipart_fns[] = {
    FN(hash_setup),  FN(hash_update),   FN(hash_finish), FN(hash_abort),
    OPT(hash_clone), OPT(hash_suspend), OPT(hash_resume)};
static const struct kpsa_ep_function mac_compute_fns[] = {FN(mac_compute)};
static const struct kpsa_ep_function mac_verify_fns[] = {FN(mac_verify)};
static const struct kpsa_ep_function mac_multipart_fns[] = {FN(mac_sign_setup), FN(mac_update),
                                                            FN(mac_sign_finish), FN(mac_abort)};
static const struct kpsa_ep_function mac_verify_multipart_fns[] = {
    FN(mac_verify_setup), FN(mac_update), FN(mac_verify_finish), FN(mac_abort)};
static const struct kpsa_ep_function cipher_encrypt_fns[] = {FN(cipher_encrypt)};
static const struct kpsa_ep_function cipher_decrypt_fns[] = {FN(cipher_decrypt)};
static const struct kpsa_ep_function cipher_encrypt_multipart_fns[] = {
    FN(cipher_encrypt_setup), FN(cipher_set_iv), FN(cipher_update), FN(cipher_finish),
    FN(cipher_abort)};
static const struct kpsa_ep_function cipher_decrypt_multipart_fns[] = {
    FN(cipher_decrypt_setup), FN(cipher_set_iv), FN(cipher_update), FN(cipher_finish),
    FN(cipher_abort)};
static const struct kpsa_ep_function aead_encrypt_fns[] = {FN(aead_encrypt)};
static const struct kpsa_ep_function aead_decrypt_fns[] = {FN(aead_decrypt)};
static const struct kpsa_ep_function aead_encrypt_multipart_fns[] = {
    FN(aead_encrypt_setup), FN(aead_set_nonce), FN(aead_set_lengths), FN(aead_update_ad),
    FN(aead_update),        FN(aead_finish),    FN(aead_abort)};
static const struct kpsa_ep_function aead_decrypt_multipart_fns[] = {
    FN(aead_decrypt_setup), FN(aead_set_nonce), FN(aead_set_lengths), FN(aead_update_ad),
    FN(aead_update),        FN(aead_verify),    FN(aead_abort)};
static const struct kpsa_ep_function sign_hash_fns[] = {FN(sign_hash)};
static const struct kpsa_ep_function verify_hash_fns[] = {FN(verify_hash)};
static const struct kpsa_ep_function sign_message_fns[] = {FN(sign_message)};
static const struct kpsa_ep_function verify_message_fns[] = {FN(verify_message)};
static const struct kpsa_ep_function asymmetric_encrypt_fns[] = {FN(asymmetric_encrypt)};
static const struct kpsa_ep_function asymmetric_decrypt_fns[] = {FN(asymmetric_decrypt)};
static const struct kpsa_ep_function key_agreement_fns[] = {FN(key_agreement)};
static const struct kpsa_ep_function import_key_fns[] = {FN(import_key)};
static const struct kpsa_ep_function generate_key_fns[] = {FN(generate_key),
                                                          OPT(generate_key_custom)};
static const struct kpsa_ep_function export_key_fns[] = {FN(export_key)};
static const struct kpsa_ep_function export_public_key_fns[] = {FN(export_public_key)};
static const struct kpsa_ep_function key_derivation_fns[] = {
    FN(key_derivation_setup), OPT(key_derivation_input_step), FN(key_derivation_output_bytes),
    FN(key_derivation_abort)};
static const struct kpsa_ep_function pake_fns[] = {FN(pake_setup), FN(pake_output),
                                                   FN(pake_input), FN(pake_get_shared_key),
                                                   FN(pake_abort)};
static const struct kpsa_ep_function get_entropy_fns[] = {FN(get_entropy)};
static const struct kpsa_ep_function random_fns[] = {OPT(init_random), FN(add_entropy),
                                                     FN(get_random), OPT(free_random)};

static const struct kpsa_ep_family families[] = {
    FAMILY("init", KPSA_EP_INIT, init_fns),
    FAMILY("kpsa/key_state", KPSA_EP_KEY_STATE, key_state_fns),
    FAMILY("hash_compute", KPSA_EP_HASH_COMPUTE, hash_compute_fns),
    FAMILY("hash_multipart", KPSA_EP_HASH_MULTIPART, hash_multipart_fns),
    FAMILY("mac_compute", KPSA_EP_MAC_COMPUTE, mac_compute_fns),
    FAMILY("mac_verify", KPSA_EP_MAC_VERIFY, mac_verify_fns),
    FAMILY("mac_multipart", KPSA_EP_MAC_MULTIPART, mac_multipart_fns),
    FAMILY("mac_verify_multipart", KPSA_EP_MAC_VERIFY_MULTIPART, mac_verify_multipart_fns),
    FAMILY("cipher_encrypt", KPSA_EP_CIPHER_ENCRYPT, cipher_encrypt_fns),
    FAMILY("cipher_decrypt", KPSA_EP_CIPHER_DECRYPT, cipher_decrypt_fns),
    FAMILY("cipher_encrypt_multipart", KPSA_EP_CIPHER_ENCRYPT_MULTIPART,
           cipher_encrypt_multipart_fns),
    FAMILY("cipher_decrypt_multipart", KPSA_EP_CIPHER_DECRYPT_MULTIPART,
           cipher_decrypt_multipart_fns),
    FAMILY("aead_encrypt", KPSA_EP_AEAD_ENCRYPT, aead_encrypt_fns),
    FAMILY("aead_decrypt", KPSA_EP_AEAD_DECRYPT, aead_decrypt_fns),
    FAMILY("aead_encrypt_multipart", KPSA_EP_AEAD_ENCRYPT_MULTIPART, aead_encrypt_multipart_fns),
    FAMILY("aead_decrypt_multipart", KPSA_EP_AEAD_DECRYPT_MULTIPART, aead_decrypt_multipart_fns),
    FAMILY("sign_hash", KPSA_EP_SIGN_HASH, sign_hash_fns),
    FAMILY("verify_hash", KPSA_EP_VERIFY_HASH, verify_hash_fns),
    FAMILY("sign_message", KPSA_EP_SIGN_MESSAGE, sign_message_fns),
    FAMILY("verify_message", KPSA_EP_VERIFY_MESSAGE, verify_message_fns),
    FAMILY("asymmetric_encrypt", KPSA_EP_ASYMMETRIC_ENCRYPT, asymmetric_encrypt_fns),
    FAMILY("asymmetric_decrypt", KPSA_EP_ASYMMETRIC_DECRYPT, asymmetric_decrypt_fns),
    FAMILY("key_agreement", KPSA_EP_KEY_AGREEMENT, key_agreement_fns),
    FAMILY("import_key", KPSA_EP_IMPORT_KEY, import_key_fns),
    FAMILY("generate_key", KPSA_EP_GENERATE_KEY, generate_key_fns),
    FAMILY("export_key", KPSA_EP_EXPORT_KEY, export_key_fns),
    FAMILY("export_public_key", KPSA_EP_EXPORT_PUBLIC_KEY, export_public_key_fns),
    FAMILY("key_derivation", KPSA_EP_KEY_DERIVATION, key_derivation_fns),
    FAMILY("pake", KPSA_EP_PAKE, pake_fns),
    FAMILY("get_entropy", KPSA_EP_GET_ENTROPY, get_entropy_fns),
    FAMILY("random", KPSA_EP_RANDOM, random_fns),
};

const struct kpsa_ep_family *kpsa_ep_family_find(const char *name)
{
    for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
        if (strcmp(families[i].name, name) == 0) {
            return &families[i];
        }
    }
    return NULL;
}

const struct kpsa_ep_family *kpsa_ep_families(size_t *count)
{
    *count = sizeof(families) / sizeof(families[0]);
    return families;
}

const char *kpsa_ep_name(enum kpsa_entry_point ep)
{
    for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
        if (families[i].ep == ep) {
            return families[i].name;
        }
    }
    return "?";
}
