/*
 * algspec.h - algorithm and key type specifications in their C macro syntax,
 * as driver manifests write them: "PSA_ALG_HMAC(PSA_ALG_SHA_256)",
 * "PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_ANY_HASH))",
 * "PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8)",
 * "PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)", "PSA_KEY_TYPE_ECC_KEY_PAIR(_)".
 * The full PSA 1.2 algorithm grammar is accepted: every PSA_ALG_xxx constant
 * and constructor macro of <psa/crypto_values.h>, with arguments that are
 * algorithm specifications or decimal/hexadecimal literals without suffix;
 * spaces and tabs are allowed between any two tokens.  Constructor arguments
 * are type-checked (a hash where a hash is expected, a standalone key
 * agreement and a key derivation for PSA_ALG_KEY_AGREEMENT, ...); length
 * arguments must fit the 6-bit length field (1..63) and must not exceed the
 * full length where it is known (HMAC: the hash length; CMAC, CBC-MAC and
 * every AEAD tag: 16).  PSA_ALG_ANY_HASH is accepted wherever a hash is.
 *
 * Key type specifications name a PSA_KEY_TYPE_xxx constant, or an ECC, DH or
 * SPAKE2+ constructor with a PSA_ECC_FAMILY_xxx / PSA_DH_FAMILY_xxx constant
 * or "_" for every family.
 */
#ifndef KPSA_LOADER_ALGSPEC_H
#define KPSA_LOADER_ALGSPEC_H

#include <stddef.h>

#include <psa/crypto.h>

#include "dispatch/driver.h"

/* Longest specification accepted, in characters. */
#define KPSA_ALGSPEC_MAX_LENGTH 256u
/* Deepest nesting of constructor calls accepted. */
#define KPSA_ALGSPEC_MAX_DEPTH 8u

/*
 * kpsa_algspec_parse - parse an algorithm specification.
 *   [in]  text  NUL-terminated string.
 *   [out] alg   the value (wildcards such as PSA_ALG_ANY_HASH kept as such).
 *   [out] error on failure, a short reason ("unknown macro PSA_ALG_FOO", ...).
 *         error may be NULL (error_size 0); it is left alone on success.
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT (*alg unchanged).
 * Bounded recursion; never crashes on any input.  Thread-safe.
 */
psa_status_t kpsa_algspec_parse(const char *text, psa_algorithm_t *alg, char *error,
                                size_t error_size);

/*
 * kpsa_keytype_spec_parse - parse a key type specification.
 *   [out] spec  {type, 0xffff} for one key type; "_" as the family/group
 *               argument gives {constructor(0), 0xff00}: every family.
 *   [out] error as for kpsa_algspec_parse.
 * Returns PSA_SUCCESS or PSA_ERROR_INVALID_ARGUMENT.  Thread-safe.
 */
psa_status_t kpsa_keytype_spec_parse(const char *text, struct kpsa_key_type_spec *spec,
                                     char *error, size_t error_size);

/*
 * kpsa_algspec_format - the canonical specification string of a value (for
 * `kpsa drivers` / `kpsa which`): a string that kpsa_algspec_parse() turns
 * back into alg, or "0x%08x" when there is none.  Like snprintf(), the
 * output is truncated to size - 1 characters and always terminated; a
 * buffer of KPSA_ALGSPEC_MAX_LENGTH + 1 bytes always suffices.  Thread-safe.
 */
void kpsa_algspec_format(psa_algorithm_t alg, char *buf, size_t size);
/* kpsa_keytype_format - the same for a key type ("0x%04x" if unnamed). */
void kpsa_keytype_format(psa_key_type_t type, char *buf, size_t size);
/* kpsa_keytype_spec_format - the same for a key type filter: "..._KEY_PAIR(_)"
 * for a family wildcard, "0x%04x/0x%04x" (type/mask) if unnamed. */
void kpsa_keytype_spec_format(const struct kpsa_key_type_spec *spec, char *buf, size_t size);

#endif /* KPSA_LOADER_ALGSPEC_H */
