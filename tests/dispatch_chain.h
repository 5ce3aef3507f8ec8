/*
 * dispatch_chain.h - what the parts of test_dispatch (test_dispatch.c,
 * test_dispatch_rules.c, test_dispatch_multipart.c, test_dispatch_asym.c)
 * share: the four test drivers of the chain and the known answers of the
 * built-in driver.
 *
 * The chain under test (the manifests in tests/fixtures/dispatch), in order:
 *   testa  priority 0, every capability with "fallback": true, key state;
 *          SHA-256; HMAC(any hash), CMAC, CTR, GCM with 128/256-bit AES and
 *          HMAC keys; RAW_DATA, SECP_R1 and RSA key pairs for key management,
 *          signatures, asymmetric encryption and key agreement.
 *   testb  the same filters and fallback, contexts of TESTDRV_LARGE_CTX bytes.
 *   testc  priority 5, NO fallback: SHA-384; any MAC/cipher/AEAD with 192-bit
 *          keys; SECP_K1 key pairs.
 *   testd  priority 5, fallback, only some entry points: hash_multipart for
 *          SHA-224; for HMAC keys mac_compute (160 bits), mac_multipart (224)
 *          or mac_verify_multipart (232); cipher and AEAD multipart for
 *          CBC_NO_PADDING and CCM; ECC_KEY_PAIR(_) and ECC_PUBLIC_KEY(_)
 *          import; sign_hash and verify_hash (no sign/verify_message) for
 *          BRAINPOOL_P_R1 and TWISTED_EDWARDS keys.
 *   builtin
 * So a 128-bit AES key meets testa, testb, builtin; a 192-bit one testc.
 */
#ifndef KPSA_TESTS_DISPATCH_CHAIN_H
#define KPSA_TESTS_DISPATCH_CHAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <psa/crypto.h>

#include "../plugins/test/testdrv.h"

struct td_driver {
    const char *prefix;
    uint8_t marker;
    testdrv_force_fn force;
    testdrv_hits_fn hits;
    testdrv_reset_fn reset;
};
extern struct td_driver td_a, td_b, td_c, td_d;

/* Zero every driver's counters and forced statuses. */
void td_reset(void);
/* Make a driver's function return `status` (asserts the name is known). */
void td_force(const struct td_driver *d, const char *function, psa_status_t status);
/* Calls of a driver's function; NULL: of all its entry points. */
long td_hits(const struct td_driver *d, const char *function);
/* Assert that no driver saw a context or key state it should not have. */
void td_assert_no_violation(void);
/* Assert the driver that served the thread's last call (NULL: none). */
#define TD_ASSERT_LAST(prefix) CU_ASSERT_TRUE(td_last_is(__FILE__, __LINE__, (prefix)))
bool td_last_is(const char *file, int line, const char *prefix);
/* Are the n bytes at p all `marker`? */
bool td_is_marker(const uint8_t *p, size_t n, uint8_t marker);
/* Import a key for every usage the tests need; 0 (and a failed assertion) on error. */
psa_key_id_t td_key(psa_key_type_t type, psa_algorithm_t alg, const uint8_t *data, size_t length);

/* Known answers of the built-in driver. */
extern const uint8_t td_aes128[16];   /* NIST SP 800-38A, F.5.1 / RFC 4493 key */
extern const uint8_t td_aes192[24];   /* NIST SP 800-38A, F.5.3 key */
extern const uint8_t td_block[16];    /* their first plaintext block */
extern const uint8_t td_ctr_iv[16];   /* SP 800-38A F.5.1 initial counter block */
extern const uint8_t td_ctr_out[16];  /* AES-128-CTR(td_block) */
extern const uint8_t td_cmac_out[16]; /* RFC 4493 example 2: AES-CMAC(td_block) */
extern const uint8_t td_zero[32];     /* zero key, nonce, plaintext (GCM test case 2) */
extern const uint8_t td_gcm_out[32];  /* GCM test case 2: ciphertext || tag */
extern const uint8_t td_sha256_abc[32];

/* Register the suites of test_dispatch_rules.c, test_dispatch_multipart.c
 * and test_dispatch_asym.c. */
void td_register_rule_suites(void);
void td_register_multipart_suites(void);
void td_register_asym_suites(void);

#endif /* KPSA_TESTS_DISPATCH_CHAIN_H */
