/*
 * kcapi_random.c - the kernel's deterministic random bit generator
 * ("stdrng", the SP 800-90A DRBG of crypto/drbg.c) as an entropy source of
 * the core's random generator (the get_entropy entry point).
 *
 * One kernel RNG handle serves the process: made and seeded on the first
 * call (kcapi_rng_seed with no data makes the DRBG seed itself from the
 * kernel's noise sources), kept until deinit, used under a mutex because a
 * libkcapi handle is not thread-safe.  The core calls get_entropy rarely
 * (seeding and reseeding each thread's generator), so the lock is cold.
 *
 * The output is fully conditioned DRBG output, not raw noise: its entropy
 * cannot be tested from the output and is bounded by the DRBG's seed.  The
 * estimate is therefore conservative: half the bits of the output, and at
 * most 128 bits per call (half the DRBG's 256-bit security strength), so the
 * core never counts on this source alone for more than the kernel could have
 * put in, and mixes it with its other sources (the built-in driver's
 * getrandom) whenever those work.
 *
 * Without AF_ALG, when the policy refuses the kernel's stdrng or when the
 * kernel has none, the source fails with PSA_ERROR_INSUFFICIENT_ENTROPY (a
 * source failure; the core credits nothing and goes on with its other
 * sources).  The kernel DRBG does not block once seeded, so both flags are
 * accepted and NONBLOCK needs no special path.
 */
#include "config.h"

#include "kcapi.h"

#include <pthread.h>

#include <kcapi.h>

#define RNG_NAME "stdrng"
#define MAX_CREDIT_BITS 128u

static pthread_mutex_t rng_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kcapi_handle *rng; /* under rng_lock */
static bool rng_refused;        /* under rng_lock: the policy or the kernel said no */

/* Make and seed the process's handle; rng_lock held.  0 or a negative errno. */
static int rng_open(void)
{
    struct kcapi_handle *h = NULL;
    int ret = kcapi_rng_init(&h, RNG_NAME, 0);

    if (ret == 0 && !kc_policy_allows(RNG_NAME)) {
        ret = -1;
    }
    if (ret == 0) {
        ret = kcapi_rng_seed(h, NULL, 0);
    }
    if (ret != 0) {
        if (h != NULL) {
            kcapi_rng_destroy(h);
        }
        return ret < 0 ? ret : -1;
    }
    rng = h;
    return 0;
}

psa_status_t kcapi_get_entropy(psa_driver_get_entropy_flags_t flags, size_t *estimate_bits,
                               uint8_t *output, size_t output_size)
{
    psa_status_t status = PSA_ERROR_INSUFFICIENT_ENTROPY;
    ssize_t got = 0;

    (void)flags;
    if (output_size == 0 || output_size > UINT32_MAX) {
        return PSA_ERROR_INSUFFICIENT_ENTROPY;
    }
    pthread_mutex_lock(&rng_lock);
    if (rng == NULL && !rng_refused && rng_open() != 0) {
        rng_refused = true;
    }
    if (rng != NULL) {
        got = kcapi_rng_generate(rng, output, output_size);
    }
    pthread_mutex_unlock(&rng_lock);
    if (got == (ssize_t)output_size) {
        size_t bits = output_size * 8 / 2;

        *estimate_bits = bits < MAX_CREDIT_BITS ? bits : MAX_CREDIT_BITS;
        *estimate_bits = *estimate_bits > 0 ? *estimate_bits : 1;
        status = PSA_SUCCESS;
    } else if (got != 0) {
        kc_wipe(output, output_size);
        status = PSA_ERROR_HARDWARE_FAILURE;
    }
    return status;
}

void kc_random_release(void)
{
    pthread_mutex_lock(&rng_lock);
    if (rng != NULL) {
        kcapi_rng_destroy(rng);
        rng = NULL;
    }
    rng_refused = false;
    pthread_mutex_unlock(&rng_lock);
}
