/*
 * random.h - the core's random generator.
 *
 * Each thread draws from its own DRBG context (the random-generation family
 * of the first driver providing it, normally the built-in CTR_DRBG), seeded
 * and reseeded with the output of every driver's get_entropy entry point
 * (two rounds, as the driver specification suggests).  Output is produced in
 * blocks and served from a per-thread buffer that is wiped as it is consumed.
 * A fork() is detected and forces a reseed in the child.
 */
#ifndef KPSA_CORE_RANDOM_H
#define KPSA_CORE_RANDOM_H

#include <stddef.h>
#include <stdint.h>

#include "core/guard.h"

/* Prepare the generator (psa_crypto_init, after kpsa_registry_init, init lock
 * held); seeds the calling thread's context, so it fails (and leaves nothing
 * behind) when entropy is unavailable.  Calling it again is a no-op. */
KPSA_NODISCARD psa_status_t kpsa_random_init(void);
/* Release every thread's context and the global state (library destructor,
 * before kpsa_registry_free); no other thread may be drawing. */
void kpsa_random_free(void);

/*
 * kpsa_random_bytes - fill `output` with `size` random bytes.
 * Returns PSA_SUCCESS, PSA_ERROR_BAD_STATE (before kpsa_random_init),
 * PSA_ERROR_INSUFFICIENT_ENTROPY, PSA_ERROR_INSUFFICIENT_MEMORY, or the failure
 * status of the generator driver.  size 0 succeeds (output may then be NULL);
 * on error the output is wiped.
 * Thread-safe (each thread has its own generator context, made on its first
 * call); not safe against a concurrent kpsa_random_free().
 * Used by psa_generate_random, key generation and IV/nonce generation.
 */
KPSA_NODISCARD psa_status_t kpsa_random_bytes(uint8_t *output, size_t size);

#endif /* KPSA_CORE_RANDOM_H */
