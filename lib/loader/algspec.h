/*
 * algspec.h - algorithm and key type specifications in their C macro syntax,
 * as driver manifests write them: "PSA_ALG_HMAC(PSA_ALG_SHA_256)",
 * "PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_ANY_HASH))",
 * "PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8)",
 * "PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)", "PSA_KEY_TYPE_ECC_KEY_PAIR(_)".
 * The full PSA 1.2 algorithm grammar is accepted: every PSA_ALG_xxx constant
 * and constructor macro of <psa/crypto_values.h>, with arguments that are
 * algorithm specifications or decimal/hexadecimal literals without suffix;
 * spaces are allowed after commas and around arguments.
 */
#ifndef KPSA_LOADER_ALGSPEC_H
#define KPSA_LOADER_ALGSPEC_H

#include <stddef.h>

#include <psa/crypto.h>

#include "dispatch/driver.h"

/*
 * kpsa_algspec_parse - parse an algorithm specification.
 *   [in]  text  NUL-terminated string.
 *   [out] alg   the value (wildcards such as PSA_ALG_ANY_HASH kept as such).
 *   [out] error on failure, a short reason ("unknown macro PSA_ALG_FOO", ...).
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT.  Bounded recursion; never
 * crashes on any input.
 */
psa_status_t kpsa_algspec_parse(const char *text, psa_algorithm_t *alg, char *error,
                                size_t error_size);

/*
 * kpsa_keytype_spec_parse - parse a key type specification; "_" as the
 * family/group argument gives a mask that ignores the family.
 */
psa_status_t kpsa_keytype_spec_parse(const char *text, struct kpsa_key_type_spec *spec,
                                     char *error, size_t error_size);

/*
 * kpsa_algspec_format - the canonical specification string of a value (for
 * `kpsa drivers` / `kpsa which`); writes "0x%08x" for unknown values.
 */
void kpsa_algspec_format(psa_algorithm_t alg, char *buf, size_t size);
void kpsa_keytype_format(psa_key_type_t type, char *buf, size_t size);

#endif /* KPSA_LOADER_ALGSPEC_H */
