/*
 * test_ecc_sign.h - what the files of the tests/test_ecc_sign program share:
 * test_ecc_sign.c (ECDSA, PureEdDSA, and main()) defines these helpers;
 * test_ecc_hashedsa.c (HashEdDSA) uses them; each other file registers its
 * suites with the kt_ecc_*_add_suites() function declared here.
 */
#ifndef KPSA_TEST_ECC_SIGN_H
#define KPSA_TEST_ECC_SIGN_H

#include "testutil.h"

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* Every signature usage, and export: a constant, one read-only copy per file. */
static const psa_key_usage_t all_sign = PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH |
                                        PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE |
                                        PSA_KEY_USAGE_EXPORT;

/* Import the public half of key pair `pair` (of type `pair_type`), exported
 * through the API, for verification (hash and message) with `alg`; a CU
 * failure if the export or import fails. */
psa_key_id_t kt_ecc_public_of(psa_key_id_t pair, psa_key_type_t pair_type, psa_algorithm_t alg);

/* psa_generate_key of a `type` key of `bits` bits with `usage` and `alg`;
 * a CU failure if it fails. */
psa_key_id_t kt_ecc_generate(psa_key_type_t type, size_t bits, psa_key_usage_t usage,
                             psa_algorithm_t alg);

/* Import the RFC 6979 A.2.5 P-256 key pair (ecc_det_vectors) with `usage`
 * and `alg`. */
psa_key_id_t kt_ecc_p256_import(psa_key_usage_t usage, psa_algorithm_t alg);

/* The NIST CAVP SigVer suite, in test_ecc_cavp.c. */
void kt_ecc_cavp_add_suites(void);

/* The HashEdDSA suite, in test_ecc_hashedsa.c. */
void kt_ecc_hashedsa_add_suites(void);

#endif /* KPSA_TEST_ECC_SIGN_H */
