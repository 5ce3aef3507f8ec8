/*
 * test_persist.h - what the two halves of test_persist share: the key ids,
 * helpers, and the multi-process tests of test_persist_procs.c.
 */
#ifndef KPSA_TEST_PERSIST_H
#define KPSA_TEST_PERSIST_H

#include <stddef.h>
#include <stdint.h>

#include <psa/crypto.h>

#define HMAC256   PSA_ALG_HMAC(PSA_ALG_SHA_256)
#define ECDSA256  PSA_ALG_ECDSA(PSA_ALG_SHA_256)
#define RSA_SIGN  PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)
#define SECP256R1 PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)
#define OUT_MAX   4096

enum {
    ID_AES = 0x101,
    ID_HMAC,
    ID_ECC,
    ID_RSA,
    ID_GONE = 0x201,
    ID_RECREATED,
    ID_PURGE,
    ID_POLICY,
    ID_INUSE,
    ID_CORRUPT = 0x301,
    ID_TRUNCATED,
    ID_OTHER_A,
    ID_OTHER_B,
    ID_CRAFTED = 0x305,
    ID_COPY = 0x401,
    ID_COPY2,
    ID_DERIVE,
    ID_DERIVED,
    ID_CUSTOM,
    ID_FAILED,
    ID_PAKE_PW = 0x480,
    ID_PAKE_KEY,
    ID_THREADS = 0x501,
    ID_MANY = 0x20000,
    ID_RACE = 0x10000,
};

extern char *kt_storage_dir;        /* the temporary KPSA_STORAGE_DIR */
extern const uint8_t kt_hash32[32]; /* a "hash" to sign */
extern const uint8_t kt_hmac_key[32];
extern const uint8_t kt_msg[11];

/* Attributes of a persistent key (PSA_KEY_ID_NULL: volatile). */
psa_key_attributes_t kt_pattrs(psa_key_id_t id, psa_key_type_t type, size_t bits,
                               psa_key_usage_t usage, psa_algorithm_t alg);
/* Import a 16-byte AES-CTR key of 16 `fill` bytes under a persistent id. */
psa_status_t kt_import_aes(psa_key_id_t id, uint8_t fill, psa_key_usage_t usage);
/* The record file of id (static buffer), and whether it exists. */
const char *kt_record_path(psa_key_id_t id);
int kt_record_exists(psa_key_id_t id);
/* HMAC-SHA-256 of kt_msg with key id. */
psa_status_t kt_mac(psa_key_id_t id, uint8_t out[32]);

/* Other processes: this program re-executed with a role (test_persist_procs.c). */
int kt_child_main(int argc, char **argv);
const char *kt_run_child(const char *role, psa_key_id_t id, const char *extra);
psa_status_t kt_child_status(const char *role, psa_key_id_t id, const char *extra);
void kt_expected_show(psa_key_id_t id, char *line, size_t size);

void test_restart(void);
void test_already_exists(void);
void test_race(void);
void test_destroyed_elsewhere(void);

#endif /* KPSA_TEST_PERSIST_H */
