/*
 * kcapi_probe.c - what the kcapi driver may serve: AF_ALG probe, policy,
 * per-algorithm probe, the algorithm table and the errno mapping.
 *
 * Policy (kpsa-kcapi(7)): read once in kcapi_init from
 * $(sysconfdir)/kpsa/kcapi.conf ("policy = hardware|all|off",
 * "threshold = N"), then from the environment of unprivileged processes
 * (KPSA_KCAPI_POLICY, KPSA_KCAPI_THRESHOLD), which overrides the file.
 *
 * "hardware" (the default) serves an algorithm only when the implementation
 * the kernel selects for it is an off-CPU engine.  The kernel lists the
 * instantiated implementations of an algorithm in /proc/crypto under its
 * cra_name ("name") with a "driver" name, a "module" and a "priority"; a
 * transform gets the highest-priority one.  The probe instantiates the
 * algorithm first (so templates such as gcm(aes) appear), then reads that
 * entry.  It counts as a CPU implementation when any dash-, underscore-,
 * comma- or parenthesis-separated token of its driver or module name is one
 * of cpu_tokens below (generic C code and the architecture back-ends: aesni,
 * avx2, ssse3, ce, neon, ...), or when the driver name equals the cra_name;
 * so a template is off-CPU only when every implementation inside it is.
 * Everything else (caam, qat, ccp, ccree, safexcel, omap, ...) is an engine.
 */
#include "config.h"

#include "kcapi.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <kcapi.h>

#ifndef AF_ALG
#define AF_ALG 38
#endif

#define HASH(a, name) {(a), 0, (name), KC_MD}
#define HMAC(h, name) {PSA_ALG_HMAC(h), PSA_KEY_TYPE_HMAC, "hmac(" name ")", KC_MD}
#define AES(a, name) {(a), PSA_KEY_TYPE_AES, (name), KC_SKCIPHER}
#define AEAD(a, t, name) {(a), (t), (name), KC_AEAD}

static const struct kc_alg algs[] = {
    HASH(PSA_ALG_MD5, "md5"),
    HASH(PSA_ALG_SHA_1, "sha1"),
    HASH(PSA_ALG_SHA_224, "sha224"),
    HASH(PSA_ALG_SHA_256, "sha256"),
    HASH(PSA_ALG_SHA_384, "sha384"),
    HASH(PSA_ALG_SHA_512, "sha512"),
    HASH(PSA_ALG_SHA3_224, "sha3-224"),
    HASH(PSA_ALG_SHA3_256, "sha3-256"),
    HASH(PSA_ALG_SHA3_384, "sha3-384"),
    HASH(PSA_ALG_SHA3_512, "sha3-512"),
    HMAC(PSA_ALG_MD5, "md5"),
    HMAC(PSA_ALG_SHA_1, "sha1"),
    HMAC(PSA_ALG_SHA_224, "sha224"),
    HMAC(PSA_ALG_SHA_256, "sha256"),
    HMAC(PSA_ALG_SHA_384, "sha384"),
    HMAC(PSA_ALG_SHA_512, "sha512"),
    HMAC(PSA_ALG_SHA3_224, "sha3-224"),
    HMAC(PSA_ALG_SHA3_256, "sha3-256"),
    HMAC(PSA_ALG_SHA3_384, "sha3-384"),
    HMAC(PSA_ALG_SHA3_512, "sha3-512"),
    {PSA_ALG_CMAC, PSA_KEY_TYPE_AES, "cmac(aes)", KC_MD},
    AES(PSA_ALG_ECB_NO_PADDING, "ecb(aes)"),
    AES(PSA_ALG_CBC_NO_PADDING, "cbc(aes)"),
    AES(PSA_ALG_CBC_PKCS7, "cbc(aes)"),
    AES(PSA_ALG_CTR, "ctr(aes)"),
    AES(PSA_ALG_XTS, "xts(aes)"),
    AES(PSA_ALG_CFB, "cfb(aes)"),
    AES(PSA_ALG_OFB, "ofb(aes)"),
    {PSA_ALG_STREAM_CIPHER, PSA_KEY_TYPE_CHACHA20, "chacha20", KC_SKCIPHER},
    AEAD(PSA_ALG_GCM, PSA_KEY_TYPE_AES, "gcm(aes)"),
    AEAD(PSA_ALG_CCM, PSA_KEY_TYPE_AES, "ccm(aes)"),
    AEAD(PSA_ALG_CHACHA20_POLY1305, PSA_KEY_TYPE_CHACHA20, "rfc7539(chacha20,poly1305)"),
    /* The keyed GHASH hash multipart AES-GCM is composed with (kcapi_aead_mp.c),
     * looked up as (PSA_ALG_GCM, 0): no PSA hash query has that pair. */
    {PSA_ALG_GCM, 0, "ghash", KC_MD},
    /* The same for multipart ChaCha20-Poly1305 (kcapi_chachapoly_mp.c) and
     * AES-CCM (kcapi_ccm_mp.c): the MACs they are composed with. */
    {PSA_ALG_CHACHA20_POLY1305, 0, "poly1305", KC_MD},
    {PSA_ALG_CCM, 0, "cbcmac(aes)", KC_MD},
};

#define ALG_COUNT (sizeof(algs) / sizeof(algs[0]))

enum { PROBE_UNKNOWN, PROBE_SERVE, PROBE_DECLINE };

/* Default threshold, bytes: a kernel round trip (about 0.5-2 us on bare
 * metal, measured in a UML guest and scaled by the guest/host cost of a
 * socket round trip) costs what the built-in driver spends on 1-4 KiB of
 * SHA-256 or HMAC, 1.5-3 KiB of AES-CBC, 4.5-8 KiB of AES-GCM: below about
 * 4 KiB even an infinitely fast engine loses; see docs/performance.md. */
#define DEFAULT_THRESHOLD 4096

/* Settings: written by kcapi_init before any entry point runs, read-only after. */
static bool afalg;
static enum kc_policy policy = KC_POLICY_HARDWARE;
static size_t threshold = DEFAULT_THRESHOLD;
static bool reuse = true;
/* Probe results per row: written at most once per value by racing probes,
 * which all compute the same answer. */
static _Atomic int probed[ALG_COUNT];

static const char *const cpu_tokens[] = {
    "generic", "aesni", "avx", "avx2", "avx512", "avx10", "sse2", "ssse3", "sse4", "ni",
    "shani", "clmul", "pclmul", "pclmulqdq", "x86", "asm", "ce", "neon", "arm", "arm64",
    "padlock", "vmx", "p8", "p10", "ppc", "spe", "s390", "riscv64", "zvkned", "zvknha",
    "zvknhb", "zvkb", "zvkg", "mips", "sparc64", "lib", "simd", "cryptd", "drbg",
    "jitterentropy",
};

int kc_lookup(psa_algorithm_t alg, psa_key_type_t key_type)
{
    psa_algorithm_t base = alg;

    if (PSA_ALG_IS_MAC(alg)) {
        base = PSA_ALG_FULL_LENGTH_MAC(alg);
    } else if (PSA_ALG_IS_AEAD(alg)) {
        base = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg);
    }
    for (size_t i = 0; i < ALG_COUNT; i++) {
        if (algs[i].alg == base && algs[i].key_type == key_type) {
            return (int)i;
        }
    }
    return -1;
}

const struct kc_alg *kc_alg_at(int idx)
{
    return &algs[idx];
}

static bool is_cpu_token(const char *tok, size_t len)
{
    for (size_t i = 0; i < sizeof(cpu_tokens) / sizeof(cpu_tokens[0]); i++) {
        if (strlen(cpu_tokens[i]) == len && strncmp(cpu_tokens[i], tok, len) == 0) {
            return true;
        }
    }
    return false;
}

static bool has_cpu_token(const char *s)
{
    while (*s != '\0') {
        size_t len = strcspn(s, "-_(),");

        if (len > 0 && is_cpu_token(s, len)) {
            return true;
        }
        s += len + (s[len] != '\0');
    }
    return false;
}

/* The value of a "key : value" line of /proc/crypto into out (trimmed). */
static void proc_value(const char *line, char *out, size_t size)
{
    const char *v = strchr(line, ':');

    out[0] = '\0';
    if (v == NULL) {
        return;
    }
    v += 1 + strspn(v + 1, " \t");
    snprintf(out, size, "%.*s", (int)strcspn(v, "\n"), v);
}

/* True when the highest-priority implementation of cra_name in /proc/crypto
 * is an off-CPU engine (rule in the file comment). */
static bool offcpu(const char *cra_name)
{
    char line[256], name[128] = "", driver[128] = "", module[64] = "";
    char best_driver[128] = "", best_module[64] = "";
    long prio = 0, best = -1;
    FILE *f = fopen("/proc/crypto", "re");

    if (f == NULL) {
        return false;
    }
    for (bool more = true; more;) {
        more = fgets(line, sizeof(line), f) != NULL;
        if (!more || line[0] == '\n') {
            if (strcmp(name, cra_name) == 0 && prio > best) {
                best = prio;
                memcpy(best_driver, driver, sizeof(best_driver));
                memcpy(best_module, module, sizeof(best_module));
            }
            name[0] = driver[0] = module[0] = '\0';
            prio = 0;
        } else if (strncmp(line, "name ", 5) == 0) {
            proc_value(line, name, sizeof(name));
        } else if (strncmp(line, "driver ", 7) == 0) {
            proc_value(line, driver, sizeof(driver));
        } else if (strncmp(line, "module ", 7) == 0) {
            proc_value(line, module, sizeof(module));
        } else if (strncmp(line, "priority ", 9) == 0) {
            prio = strtol(strchr(line, ':') + 1, NULL, 10);
        }
    }
    fclose(f);
    return best >= 0 && strcmp(best_driver, cra_name) != 0 && !has_cpu_token(best_driver) &&
           !has_cpu_token(best_module);
}

/* Instantiate row idx in the kernel: 0, or the negative errno (ENOENT: absent). */
static int instantiate(int idx)
{
    struct kcapi_handle *h = NULL;
    int ret;

    switch (algs[idx].kind) {
    case KC_MD:
        ret = kcapi_md_init(&h, algs[idx].kernel, 0);
        break;
    case KC_SKCIPHER:
        ret = kcapi_cipher_init(&h, algs[idx].kernel, 0);
        break;
    default:
        ret = kcapi_aead_init(&h, algs[idx].kernel, 0);
        break;
    }
    if (ret == 0) {
        kcapi_cipher_destroy(h); /* every kcapi_*_destroy is the same release */
    }
    return ret;
}

static int probe(int idx)
{
    int state = PROBE_DECLINE;

    if (instantiate(idx) == 0 && (policy == KC_POLICY_ALL || offcpu(algs[idx].kernel))) {
        state = PROBE_SERVE;
    }
    atomic_store(&probed[idx], state);
    return state;
}

bool kc_policy_allows(const char *cra_name)
{
    return afalg && (policy == KC_POLICY_ALL || (policy == KC_POLICY_HARDWARE && offcpu(cra_name)));
}

bool kc_reuse(void)
{
    return reuse;
}

bool kc_usable(int idx, size_t input_length, bool multipart)
{
    int state;

    if (idx < 0 || !afalg || policy == KC_POLICY_OFF) {
        return false;
    }
    if (!multipart && input_length < threshold) {
        return false;
    }
    state = atomic_load(&probed[idx]);
    if (state == PROBE_UNKNOWN) {
        state = probe(idx);
    }
    return state == PROBE_SERVE;
}

psa_status_t kc_status(ssize_t ret, bool started)
{
    switch (-ret) {
    case 0:
        return PSA_SUCCESS;
    case EBADMSG:
        return PSA_ERROR_INVALID_SIGNATURE;
    case ENOMEM:
    case ENOBUFS:
        return started ? PSA_ERROR_INSUFFICIENT_MEMORY : PSA_ERROR_NOT_SUPPORTED;
    default:
        /* EAFNOSUPPORT, EOPNOTSUPP, ENOENT: the kernel lacks it; EINVAL,
         * EKEYREJECTED, ENOKEY: it refuses a key size, nonce or tag length
         * the specification allows (the core has checked the specification's
         * rules); EMFILE: out of descriptors.  Before the operation is bound
         * to this driver all of these decline; after, the kernel failed. */
        return started ? PSA_ERROR_HARDWARE_FAILURE : PSA_ERROR_NOT_SUPPORTED;
    }
}

int kc_memdiff(const uint8_t *a, const uint8_t *b, size_t n)
{
    volatile uint8_t diff = 0;

    for (size_t i = 0; i < n; i++) {
        diff |= a[i] ^ b[i];
    }
    return diff != 0;
}

void kc_wipe(void *p, size_t n)
{
    kcapi_memset_secure(p, 0, n);
}

static void set_policy(const char *value)
{
    if (strcmp(value, "off") == 0) {
        policy = KC_POLICY_OFF;
    } else if (strcmp(value, "all") == 0) {
        policy = KC_POLICY_ALL;
    } else if (strcmp(value, "hardware") == 0) {
        policy = KC_POLICY_HARDWARE;
    }
}

static void set_threshold(const char *value)
{
    char *end = NULL;
    unsigned long long n = strtoull(value, &end, 10);

    if (end != value && *end == '\0') {
        threshold = (size_t)n;
    }
}

/* "key = value" lines; '#' starts a comment; unknown keys are ignored. */
static void read_config(const char *path)
{
    char line[256], key[32], value[64];
    FILE *f = fopen(path, "re");

    if (f == NULL) {
        return;
    }
    while (fgets(line, sizeof(line), f) != NULL) {
        line[strcspn(line, "#\n")] = '\0';
        if (sscanf(line, " %31[a-z_] = %63s", key, value) != 2) {
            continue;
        }
        if (strcmp(key, "policy") == 0) {
            set_policy(value);
        } else if (strcmp(key, "threshold") == 0) {
            set_threshold(value);
        }
    }
    fclose(f);
}

static bool debug_on(void)
{
    const char *d = secure_getenv("KPSA_DEBUG");

    return d != NULL && (strstr(d, "dispatch") != NULL || strstr(d, "kcapi") != NULL);
}

psa_status_t kcapi_init(void)
{
    const char *env;
    int fd;

    policy = KC_POLICY_HARDWARE;
    threshold = DEFAULT_THRESHOLD;
    read_config(KPSA_SYSCONFDIR "/kpsa/kcapi.conf");
    if ((env = secure_getenv("KPSA_KCAPI_POLICY")) != NULL) {
        set_policy(env);
    }
    if ((env = secure_getenv("KPSA_KCAPI_THRESHOLD")) != NULL) {
        set_threshold(env);
    }
    env = secure_getenv("KPSA_KCAPI_NO_REUSE");
    reuse = env == NULL || strcmp(env, "1") != 0;
    for (size_t i = 0; i < ALG_COUNT; i++) {
        atomic_store(&probed[i], PROBE_UNKNOWN);
    }
    /* libkcapi logs every failed probe on stderr by default. */
    kcapi_set_verbosity(debug_on() ? KCAPI_LOG_ERR : KCAPI_LOG_NONE);
    fd = socket(AF_ALG, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    afalg = fd >= 0;
    if (debug_on()) {
        fprintf(stderr, "kpsa: kcapi: %s; policy %s, threshold %zu bytes\n",
                afalg ? "AF_ALG available" : "no AF_ALG in this kernel: declining every call",
                policy == KC_POLICY_ALL ? "all" : policy == KC_POLICY_OFF ? "off" : "hardware",
                threshold);
    }
    if (fd >= 0) {
        close(fd);
    }
    return PSA_SUCCESS;
}

void kcapi_deinit(void)
{
    kc_pools_release();
    kc_hash_release();
    kc_random_release();
    afalg = false;
}
