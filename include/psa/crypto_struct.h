/*
 * psa/crypto_struct.h - kpsa's layout of the implementation-defined PSA types.
 *
 * The PSA Crypto API leaves the content of key attributes and of operation
 * objects to the implementation; applications allocate them (often on the
 * stack), initialise them with the matching *_INIT macro or *_init() function
 * and otherwise treat them as opaque.  Every member here is private to kpsa:
 * the names carry a kpsa_ prefix so that no application mistakes them for API.
 *
 * An operation object records which driver serves it (bound at setup for the
 * operation's life) and holds that driver's operation context.  The context
 * lives inline when the driver declares a context of at most
 * KPSA_OPERATION_CONTEXT_SIZE bytes, and on the heap otherwise, so drivers
 * loaded at run time can have contexts of any size.  An operation with a key
 * (MAC, cipher, AEAD) also holds a reference to the key's slot from a
 * successful setup until the operation ends, so that destroying the key in
 * between makes the operation fail rather than go on with a key that no
 * longer exists (PSA 1.2, psa_destroy_key).
 *
 * All-bits-zero is the initial ("inactive") state of every object here.
 *
 * Do not include this header directly: include <psa/crypto.h>.
 */
#ifndef KPSA_PSA_CRYPTO_STRUCT_H
#define KPSA_PSA_CRYPTO_STRUCT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Room for a driver's operation context inside an operation object. */
#define KPSA_OPERATION_CONTEXT_SIZE 256

union kpsa_operation_context {
    unsigned char kpsa_bytes[KPSA_OPERATION_CONTEXT_SIZE];
    void *kpsa_heap;
    uint64_t kpsa_align_u64;
    long double kpsa_align_ld;
};

struct psa_key_attributes_s {
    psa_key_type_t kpsa_type;
    uint16_t kpsa_bits;
    psa_key_lifetime_t kpsa_lifetime;
    psa_key_id_t kpsa_id;
    psa_key_usage_t kpsa_usage;
    psa_algorithm_t kpsa_alg;
    /* Set by the core only on the copy it hands a driver: that driver's
     * prepared per-key state (see <kpsa/driver.h>), or NULL. */
    void *kpsa_driver_state;
};
#define PSA_KEY_ATTRIBUTES_INIT {0, 0, 0, 0, 0, 0, 0}

/* Members common to every operation object. */
#define KPSA_OPERATION_HEADER                                                  \
    uint16_t kpsa_driver;   /* chain position + 1 of the driver; 0: inactive */ \
    uint16_t kpsa_flags;    /* per-family state bits */                          \
    psa_algorithm_t kpsa_alg

struct psa_hash_operation_s {
    KPSA_OPERATION_HEADER;
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_HASH_OPERATION_INIT {0, 0, 0, {{0}}}

struct psa_mac_operation_s {
    KPSA_OPERATION_HEADER;
    uint8_t kpsa_mac_length;     /* length of the MAC this operation outputs */
    void *kpsa_key;              /* the key's slot, held while active */
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_MAC_OPERATION_INIT {0, 0, 0, 0, 0, {{0}}}

struct psa_cipher_operation_s {
    KPSA_OPERATION_HEADER;
    uint8_t kpsa_iv_length;      /* IV length the algorithm needs, 0: none */
    uint8_t kpsa_block_length;   /* cipher block length, 1 for streams */
    void *kpsa_key;              /* the key's slot, held while active */
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_CIPHER_OPERATION_INIT {0, 0, 0, 0, 0, 0, {{0}}}

struct psa_aead_operation_s {
    KPSA_OPERATION_HEADER;
    psa_key_type_t kpsa_key_type;
    uint8_t kpsa_tag_length;
    uint64_t kpsa_ad_remaining;    /* after psa_aead_set_lengths */
    uint64_t kpsa_body_remaining;
    void *kpsa_key;                /* the key's slot, held while active */
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_AEAD_OPERATION_INIT {0, 0, 0, 0, 0, 0, 0, 0, {{0}}}

/* A key derivation: kpsa_alg is the algorithm given to setup (0: inactive);
 * kpsa_driver is 0 until the first output binds a driver; kpsa_flags holds
 * the core's state bits.  The inputs collected before the first output live
 * in secure memory the core owns (kpsa_inputs). */
struct psa_key_derivation_operation_s {
    KPSA_OPERATION_HEADER;
    size_t kpsa_capacity;          /* bytes the operation may still output */
    void *kpsa_inputs;             /* the core's input collection, or NULL */
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_KEY_DERIVATION_OPERATION_INIT {0, 0, 0, 0, 0, {{0}}}

struct psa_pake_cipher_suite_s {
    psa_algorithm_t kpsa_alg;
    psa_pake_primitive_t kpsa_primitive;
    psa_algorithm_t kpsa_hash;
    uint32_t kpsa_key_confirmation;
};
#define PSA_PAKE_CIPHER_SUITE_INIT {0, 0, 0, 0}

/* kpsa_flags: state bits (lib/core/pake.c); kpsa_driver != 0 once the first
 * psa_pake_output() / psa_pake_input() has bound a driver. */
struct psa_pake_operation_s {
    KPSA_OPERATION_HEADER;
    void *kpsa_key;                /* the password key's slot, held while active */
    struct kpsa_pake_inputs *kpsa_inputs; /* collected until a driver is bound */
    union kpsa_operation_context kpsa_ctx;
};
#define PSA_PAKE_OPERATION_INIT {0, 0, 0, 0, 0, {{0}}}

#ifdef __cplusplus
}
#endif

#endif /* KPSA_PSA_CRYPTO_STRUCT_H */
