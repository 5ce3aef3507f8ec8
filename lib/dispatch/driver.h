/*
 * driver.h - the core's view of a crypto driver.
 *
 * Every driver, the built-in one included, is a struct kpsa_driver: a prefix,
 * a type, its capabilities and a table of entry points with the prototypes of
 * the PSA driver interface (operation contexts passed as void *).  The loader
 * fills the table of a plugin with dlsym(); the built-in driver fills it
 * statically.  The dispatcher only ever calls through this table.
 *
 * For the multipart families whose prototypes the specification leaves open
 * ("TODO" in the chapter) kpsa uses the prototypes below, which follow the
 * single-part entry points and the Crypto API functions one to one.
 */
#ifndef KPSA_DISPATCH_DRIVER_H
#define KPSA_DISPATCH_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <kpsa/driver.h>
#include <psa/crypto.h>

/* Entry points and entry-point families, as named in manifests. */
enum kpsa_entry_point {
    KPSA_EP_INIT,
    KPSA_EP_HASH_COMPUTE,
    KPSA_EP_HASH_MULTIPART,
    KPSA_EP_MAC_COMPUTE,
    KPSA_EP_MAC_VERIFY,
    KPSA_EP_MAC_MULTIPART,
    KPSA_EP_MAC_VERIFY_MULTIPART,
    KPSA_EP_CIPHER_ENCRYPT,
    KPSA_EP_CIPHER_DECRYPT,
    KPSA_EP_CIPHER_ENCRYPT_MULTIPART,
    KPSA_EP_CIPHER_DECRYPT_MULTIPART,
    KPSA_EP_AEAD_ENCRYPT,
    KPSA_EP_AEAD_DECRYPT,
    KPSA_EP_AEAD_ENCRYPT_MULTIPART,
    KPSA_EP_AEAD_DECRYPT_MULTIPART,
    KPSA_EP_SIGN_HASH,
    KPSA_EP_VERIFY_HASH,
    KPSA_EP_SIGN_MESSAGE,
    KPSA_EP_VERIFY_MESSAGE,
    KPSA_EP_ASYMMETRIC_ENCRYPT,
    KPSA_EP_ASYMMETRIC_DECRYPT,
    KPSA_EP_KEY_AGREEMENT,
    KPSA_EP_IMPORT_KEY,
    KPSA_EP_GENERATE_KEY,
    KPSA_EP_EXPORT_KEY,
    KPSA_EP_EXPORT_PUBLIC_KEY,
    KPSA_EP_GET_ENTROPY,
    KPSA_EP_RANDOM,
    KPSA_EP_KEY_DERIVATION,
    KPSA_EP_PAKE,
    KPSA_EP_KEY_STATE,
    KPSA_EP_COUNT
};

#define KPSA_EP_BIT(ep) (UINT64_C(1) << (ep))

enum kpsa_driver_type { KPSA_DRIVER_TRANSPARENT, KPSA_DRIVER_OPAQUE };

struct kpsa_entry_points;

/* A key type filter: matches types t with (t & mask) == type.  mask is 0xffff
 * for one type; a "_" family/group in a manifest clears the family bits. */
struct kpsa_key_type_spec {
    psa_key_type_t type;
    psa_key_type_t mask;
};

/*
 * A capability: the entry points it covers and the filters it declares.  An
 * empty filter list means "not filtered".  Algorithms may be wildcards
 * (PSA_ALG_ANY_HASH in the hash position, at-least-this-length MACs/tags).
 */
struct kpsa_capability {
    uint64_t entry_points; /* KPSA_EP_BIT() set */
    const psa_algorithm_t *algorithms;
    size_t algorithm_count;
    const struct kpsa_key_type_spec *key_types;
    size_t key_type_count;
    const size_t *key_sizes;
    size_t key_size_count;
    bool fallback;
    /* The functions serving this capability (a manifest's "names" can map
     * the same entry point to different functions per capability); NULL:
     * the driver's table. */
    const struct kpsa_entry_points *ep;
};

/* Sizes of the driver's context types, in bytes. */
struct kpsa_context_sizes {
    size_t hash;
    size_t mac;
    size_t cipher;
    size_t aead;
    size_t random;
    size_t key_derivation;
    size_t pake;
};

typedef const psa_key_attributes_t kpsa_attr_t;

struct kpsa_entry_points {
    psa_status_t (*init)(void);
    /* kpsa extension: release what init acquired (library teardown). */
    void (*deinit)(void);

    /* Per-key prepared state (kpsa extension, see <kpsa/driver.h>). */
    psa_status_t (*key_state_create)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                     void **state);
    void (*key_state_destroy)(void *state);

    /* Hash. */
    psa_status_t (*hash_compute)(psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                 uint8_t *hash, size_t hash_size, size_t *hash_length);
    psa_status_t (*hash_setup)(void *op, psa_algorithm_t alg);
    psa_status_t (*hash_update)(void *op, const uint8_t *input, size_t input_length);
    psa_status_t (*hash_finish)(void *op, uint8_t *hash, size_t hash_size, size_t *hash_length);
    psa_status_t (*hash_abort)(void *op);
    /* kpsa extension: deep copy of a context that is not byte-copyable. */
    psa_status_t (*hash_clone)(const void *source, void *target);
    /* kpsa extension: hash suspend/resume in the format of psa_hash_suspend(). */
    psa_status_t (*hash_suspend)(void *op, uint8_t *state, size_t state_size, size_t *state_length);
    psa_status_t (*hash_resume)(void *op, const uint8_t *state, size_t state_length);

    /* MAC. */
    psa_status_t (*mac_compute)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                uint8_t *mac, size_t mac_size, size_t *mac_length);
    psa_status_t (*mac_verify)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                               psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                               const uint8_t *mac, size_t mac_length);
    psa_status_t (*mac_sign_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                   size_t key_size, psa_algorithm_t alg);
    psa_status_t (*mac_verify_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                     size_t key_size, psa_algorithm_t alg);
    psa_status_t (*mac_update)(void *op, const uint8_t *input, size_t input_length);
    psa_status_t (*mac_sign_finish)(void *op, uint8_t *mac, size_t mac_size, size_t *mac_length);
    psa_status_t (*mac_verify_finish)(void *op, const uint8_t *mac, size_t mac_length);
    psa_status_t (*mac_abort)(void *op);

    /* Unauthenticated ciphers.  The core chooses the IV of single-part
     * encryption; input and output hold only the payload. */
    psa_status_t (*cipher_encrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                   psa_algorithm_t alg, const uint8_t *iv, size_t iv_length,
                                   const uint8_t *input, size_t input_length, uint8_t *output,
                                   size_t output_size, size_t *output_length);
    psa_status_t (*cipher_decrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                   psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                   uint8_t *output, size_t output_size, size_t *output_length);
    psa_status_t (*cipher_encrypt_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                         size_t key_size, psa_algorithm_t alg);
    psa_status_t (*cipher_decrypt_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                         size_t key_size, psa_algorithm_t alg);
    psa_status_t (*cipher_set_iv)(void *op, const uint8_t *iv, size_t iv_length);
    psa_status_t (*cipher_update)(void *op, const uint8_t *input, size_t input_length,
                                  uint8_t *output, size_t output_size, size_t *output_length);
    psa_status_t (*cipher_finish)(void *op, uint8_t *output, size_t output_size,
                                  size_t *output_length);
    psa_status_t (*cipher_abort)(void *op);

    /* AEAD.  Single-part: ciphertext is the encrypted payload followed by the tag. */
    psa_status_t (*aead_encrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                 psa_algorithm_t alg, const uint8_t *nonce, size_t nonce_length,
                                 const uint8_t *additional_data, size_t additional_data_length,
                                 const uint8_t *plaintext, size_t plaintext_length,
                                 uint8_t *ciphertext, size_t ciphertext_size,
                                 size_t *ciphertext_length);
    psa_status_t (*aead_decrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                 psa_algorithm_t alg, const uint8_t *nonce, size_t nonce_length,
                                 const uint8_t *additional_data, size_t additional_data_length,
                                 const uint8_t *ciphertext, size_t ciphertext_length,
                                 uint8_t *plaintext, size_t plaintext_size,
                                 size_t *plaintext_length);
    psa_status_t (*aead_encrypt_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                       size_t key_size, psa_algorithm_t alg);
    psa_status_t (*aead_decrypt_setup)(void *op, kpsa_attr_t *attributes, const uint8_t *key,
                                       size_t key_size, psa_algorithm_t alg);
    psa_status_t (*aead_set_nonce)(void *op, const uint8_t *nonce, size_t nonce_length);
    psa_status_t (*aead_set_lengths)(void *op, size_t ad_length, size_t plaintext_length);
    psa_status_t (*aead_update_ad)(void *op, const uint8_t *input, size_t input_length);
    psa_status_t (*aead_update)(void *op, const uint8_t *input, size_t input_length,
                                uint8_t *output, size_t output_size, size_t *output_length);
    psa_status_t (*aead_finish)(void *op, uint8_t *ciphertext, size_t ciphertext_size,
                                size_t *ciphertext_length, uint8_t *tag, size_t tag_size,
                                size_t *tag_length);
    psa_status_t (*aead_verify)(void *op, uint8_t *plaintext, size_t plaintext_size,
                                size_t *plaintext_length, const uint8_t *tag, size_t tag_length);
    psa_status_t (*aead_abort)(void *op);

    /* Asymmetric operations and key agreement (single-part only). */
    psa_status_t (*sign_hash)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                              psa_algorithm_t alg, const uint8_t *hash, size_t hash_length,
                              uint8_t *signature, size_t signature_size, size_t *signature_length);
    psa_status_t (*verify_hash)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                psa_algorithm_t alg, const uint8_t *hash, size_t hash_length,
                                const uint8_t *signature, size_t signature_length);
    psa_status_t (*sign_message)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                 psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                 uint8_t *signature, size_t signature_size,
                                 size_t *signature_length);
    psa_status_t (*verify_message)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                   psa_algorithm_t alg, const uint8_t *input, size_t input_length,
                                   const uint8_t *signature, size_t signature_length);
    psa_status_t (*asymmetric_encrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                       psa_algorithm_t alg, const uint8_t *input,
                                       size_t input_length, const uint8_t *salt, size_t salt_length,
                                       uint8_t *output, size_t output_size, size_t *output_length);
    psa_status_t (*asymmetric_decrypt)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                       psa_algorithm_t alg, const uint8_t *input,
                                       size_t input_length, const uint8_t *salt, size_t salt_length,
                                       uint8_t *output, size_t output_size, size_t *output_length);
    psa_status_t (*key_agreement)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                  psa_algorithm_t alg, const uint8_t *peer_key,
                                  size_t peer_key_length, uint8_t *shared_secret,
                                  size_t shared_secret_size, size_t *shared_secret_length);

    /* Key management (transparent drivers: key buffer = export format). */
    psa_status_t (*import_key)(kpsa_attr_t *attributes, const uint8_t *data, size_t data_length,
                               uint8_t *key_buffer, size_t key_buffer_size,
                               size_t *key_buffer_length, size_t *bits);
    psa_status_t (*generate_key)(kpsa_attr_t *attributes, uint8_t *key_buffer,
                                 size_t key_buffer_size, size_t *key_buffer_length);
    /* kpsa extension: generation with custom parameters (see <kpsa/driver.h>). */
    psa_status_t (*generate_key_custom)(kpsa_attr_t *attributes,
                                        const psa_custom_key_parameters_t *custom,
                                        const uint8_t *custom_data, size_t custom_data_length,
                                        uint8_t *key_buffer, size_t key_buffer_size,
                                        size_t *key_buffer_length);
    psa_status_t (*export_public_key)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                                      uint8_t *data, size_t data_size, size_t *data_length);
    /* Opaque drivers: export of the key material from the key context. */
    psa_status_t (*export_key)(kpsa_attr_t *attributes, const uint8_t *key, size_t key_size,
                               uint8_t *data, size_t data_size, size_t *data_length);

    /* Key derivation (driver specification; see <kpsa/driver.h>). */
    psa_status_t (*key_derivation_setup)(void *op, psa_algorithm_t alg,
                                         const psa_crypto_driver_key_derivation_inputs_t *inputs);
    psa_status_t (*key_derivation_input_step)(void *op, psa_key_derivation_step_t step,
                                              const uint8_t *input, size_t input_length);
    psa_status_t (*key_derivation_output_bytes)(void *op, uint8_t *output, size_t length);
    psa_status_t (*key_derivation_abort)(void *op);

    /* PAKE (kpsa definition; see <kpsa/driver.h>). */
    psa_status_t (*pake_setup)(void *op, const psa_crypto_driver_pake_inputs_t *inputs);
    psa_status_t (*pake_output)(void *op, psa_pake_step_t step, uint8_t *output,
                                size_t output_size, size_t *output_length);
    psa_status_t (*pake_input)(void *op, psa_pake_step_t step, const uint8_t *input,
                               size_t input_length);
    psa_status_t (*pake_get_shared_key)(void *op, uint8_t *output, size_t output_size,
                                        size_t *output_length);
    psa_status_t (*pake_abort)(void *op);

    /* Entropy and random generation. */
    psa_status_t (*get_entropy)(psa_driver_get_entropy_flags_t flags, size_t *estimate_bits,
                                uint8_t *output, size_t output_size);
    psa_status_t (*init_random)(void *context);
    psa_status_t (*add_entropy)(void *context, const uint8_t *entropy, size_t entropy_size);
    psa_status_t (*get_random)(void *context, uint8_t *output, size_t output_size,
                               size_t *output_length);
    void (*free_random)(void *context); /* kpsa extension: wipe and release */
};

struct kpsa_driver {
    const char *prefix;
    enum kpsa_driver_type type;
    psa_key_location_t location; /* opaque drivers */
    const struct kpsa_capability *capabilities;
    size_t capability_count;
    struct kpsa_context_sizes context_sizes;
    size_t random_initial_entropy; /* "initial_entropy_size", bytes */
    size_t random_reseed_entropy;  /* "reseed_entropy_size", bytes */
    struct kpsa_entry_points ep;
};

/*
 * The entry-point functions of each entry point or family, as named in
 * manifests (entrypoints.c): how the loader resolves "<prefix>_<function>" or a
 * capability's "names" mapping into a struct kpsa_entry_points.
 */
struct kpsa_ep_function {
    const char *name; /* e.g. "hash_setup" */
    size_t offset;    /* offsetof(struct kpsa_entry_points, member) */
    bool optional;    /* kpsa extensions a driver may omit (hash_clone, ...) */
};

struct kpsa_ep_family {
    const char *name; /* entry point or family name, e.g. "hash_multipart" */
    enum kpsa_entry_point ep;
    const struct kpsa_ep_function *functions;
    size_t function_count;
};

/* The family of a manifest name, or NULL if the name is not an entry point. */
const struct kpsa_ep_family *kpsa_ep_family_find(const char *name);
/* The family table, for documentation and tools; *count receives its length. */
const struct kpsa_ep_family *kpsa_ep_families(size_t *count);
/* The manifest name of an entry point / family. */
const char *kpsa_ep_name(enum kpsa_entry_point ep);

/* The built-in driver on OpenSSL libcrypto (lib/builtin/builtin.c). */
extern const struct kpsa_driver kpsa_builtin_driver;

#endif /* KPSA_DISPATCH_DRIVER_H */
