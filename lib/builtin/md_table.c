/*
 * md_table.c - the built-in driver's digests and MAC algorithms, fetched once.
 *
 * One table maps each PSA hash algorithm to the name libcrypto knows it by.
 * builtin_md_table_init() fetches every digest once; entry points look them up
 * by the low byte of the algorithm (PSA hash identifiers are 0x020000hh), so a
 * lookup is an index, never a fetch.
 *
 * The per-thread digest contexts of builtin_md_thread_ctx() live here too: they
 * let single-part hashing run without an allocation once a thread has hashed
 * with an algorithm.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <pthread.h>
#include <stdbool.h>

#include <openssl/err.h>
#include <openssl/evp.h>

/* Room for every PSA hash sub-type kpsa knows (hh of 0x020000hh). */
#define MD_SLOTS 32u

struct md_row {
    psa_algorithm_t alg;
    const char *name;
};

/* PSA hash algorithm -> libcrypto digest name.  A digest the loaded providers
 * lack (RIPEMD-160 outside the legacy provider before OpenSSL 3.0.7, SHA-1 or
 * MD5 under a restrictive FIPS configuration) simply stays unsupported. */
static const struct md_row md_rows[] = {
    { PSA_ALG_MD5, "MD5" },
    { PSA_ALG_RIPEMD160, "RIPEMD160" },
    { PSA_ALG_SHA_1, "SHA1" },
    { PSA_ALG_SHA_224, "SHA2-224" },
    { PSA_ALG_SHA_256, "SHA2-256" },
    { PSA_ALG_SHA_384, "SHA2-384" },
    { PSA_ALG_SHA_512, "SHA2-512" },
    { PSA_ALG_SHA_512_224, "SHA2-512/224" },
    { PSA_ALG_SHA_512_256, "SHA2-512/256" },
    { PSA_ALG_SHA3_224, "SHA3-224" },
    { PSA_ALG_SHA3_256, "SHA3-256" },
    { PSA_ALG_SHA3_384, "SHA3-384" },
    { PSA_ALG_SHA3_512, "SHA3-512" },
    { PSA_ALG_SHAKE256_512, "SHAKE256" },
};

/* Written only by builtin_md_table_init / _free, which run at driver init and
 * at library teardown, when no entry point can be running. */
static EVP_MD *md_fetched[MD_SLOTS];
static EVP_MAC *mac_hmac;
static EVP_MAC *mac_cmac;

/* Index of a hash algorithm in md_fetched, or MD_SLOTS if it cannot be one. */
static unsigned md_index(psa_algorithm_t alg)
{
    if ((alg & ~(psa_algorithm_t)0xff) != 0x02000000u || (alg & 0xffu) >= MD_SLOTS) {
        return MD_SLOTS;
    }
    return (unsigned)(alg & 0xffu);
}

psa_status_t builtin_md_table_init(void)
{
    builtin_md_table_free();
    /* A missing digest or MAC only narrows what the driver offers; the errors
     * failed fetches leave must not leak into later calls (nor may the
     * application's own queued errors be dropped). */
    ERR_set_mark();
    for (size_t i = 0; i < sizeof(md_rows) / sizeof(md_rows[0]); i++) {
        unsigned idx = md_index(md_rows[i].alg);
        if (idx < MD_SLOTS) {
            /* NULL when the providers lack it: unsupported, not an error. */
            md_fetched[idx] = EVP_MD_fetch(NULL, md_rows[i].name, NULL);
        }
    }
    mac_hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    mac_cmac = EVP_MAC_fetch(NULL, "CMAC", NULL);
    ERR_pop_to_mark();
    return PSA_SUCCESS;
}

void builtin_md_table_free(void)
{
    builtin_md_thread_ctx_free();
    for (unsigned i = 0; i < MD_SLOTS; i++) {
        EVP_MD_free(md_fetched[i]);
        md_fetched[i] = NULL;
    }
    EVP_MAC_free(mac_hmac);
    mac_hmac = NULL;
    EVP_MAC_free(mac_cmac);
    mac_cmac = NULL;
}

const EVP_MD *builtin_md(psa_algorithm_t hash_alg)
{
    unsigned idx = md_index(hash_alg);
    return idx < MD_SLOTS ? md_fetched[idx] : NULL;
}

EVP_MAC *builtin_mac_hmac(void)
{
    return mac_hmac;
}

EVP_MAC *builtin_mac_cmac(void)
{
    return mac_cmac;
}

/* ---- per-thread digest contexts ----------------------------------------- */

struct thread_cache {
    EVP_MD_CTX *ctx[MD_SLOTS];
};

/* Each thread's contexts, one per algorithm so that alternating algorithms
 * does not make libcrypto free and re-create the provider context. */
static __thread struct thread_cache thread_cache;
static pthread_key_t thread_cache_key;
static pthread_once_t thread_cache_once = PTHREAD_ONCE_INIT;
static bool thread_cache_key_ok;

static void thread_cache_release(struct thread_cache *cache)
{
    for (unsigned i = 0; i < MD_SLOTS; i++) {
        EVP_MD_CTX_free(cache->ctx[i]);
        cache->ctx[i] = NULL;
    }
}

/* pthread key destructor: runs when a thread that hashed exits. */
static void thread_cache_destructor(void *cache)
{
    thread_cache_release(cache);
}

static void thread_cache_key_create(void)
{
    thread_cache_key_ok = pthread_key_create(&thread_cache_key, thread_cache_destructor) == 0;
}

EVP_MD_CTX *builtin_md_thread_ctx(psa_algorithm_t hash_alg)
{
    unsigned idx = md_index(hash_alg);
    EVP_MD_CTX *ctx;

    if (idx >= MD_SLOTS) {
        return NULL;
    }
    ctx = thread_cache.ctx[idx];
    if (ctx != NULL) {
        return ctx;
    }
    /* Without a key no destructor would free the context at thread exit. */
    if (pthread_once(&thread_cache_once, thread_cache_key_create) != 0 ||
        !thread_cache_key_ok ||
        pthread_setspecific(thread_cache_key, &thread_cache) != 0) {
        return NULL;
    }
    ctx = EVP_MD_CTX_new();
    thread_cache.ctx[idx] = ctx;
    return ctx;
}

void builtin_md_thread_ctx_free(void)
{
    thread_cache_release(&thread_cache);
}
