/*
 * algspec.c - algorithm and key type specifications: C macro syntax <-> values.
 *
 * One table of algorithm macros and one of key type macros drive both the
 * parser and the formatter.  Constructor values are computed by the macros of
 * <psa/crypto_values.h> themselves (rows hold e.g. PSA_ALG_HMAC(0)), so the
 * tables cannot drift from the header's encoding.
 */
#include "config.h"

#include "loader/algspec.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* What an argument of a constructor must be. */
enum arg_kind { ARG_NONE, ARG_HASH, ARG_MAC, ARG_AEAD, ARG_KA, ARG_KDF, ARG_LEN };

/* How a macro computes its value from its arguments. */
enum build {
    B_CONST,        /* value */
    B_HASH,         /* value | hash byte of the argument */
    B_TRUNC_MAC,    /* PSA_ALG_TRUNCATED_MAC(mac, n) */
    B_FULL_MAC,     /* PSA_ALG_FULL_LENGTH_MAC(mac) */
    B_MIN_MAC,      /* PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(mac, n) */
    B_SHORT_TAG,    /* PSA_ALG_AEAD_WITH_SHORTENED_TAG(aead, n) */
    B_DEFAULT_TAG,  /* PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(aead) */
    B_MIN_TAG,      /* PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(aead, n) */
    B_KEY_AGREEMENT /* PSA_ALG_KEY_AGREEMENT(ka, kdf) */
};

struct alg_macro {
    const char *name;
    psa_algorithm_t value; /* the constant, or the constructor applied to 0 */
    unsigned char build;
    unsigned char argc;
    unsigned char args[2];
};

/* clang-format off */
#define CONST(m) {#m, m, B_CONST, 0, {ARG_NONE, ARG_NONE}}
#define HASHED(m) {#m, m(0), B_HASH, 1, {ARG_HASH, ARG_NONE}}
#define SPECIAL(m, build, a0, a1) {#m, 0, build, (a1) == ARG_NONE ? 1 : 2, {a0, a1}}

/* Every PSA_ALG_xxx constant and constructor of <psa/crypto_values.h>. */
static const struct alg_macro alg_macros[] = {
    CONST(PSA_ALG_NONE),
    /* Hashes. */
    CONST(PSA_ALG_MD2), CONST(PSA_ALG_MD4), CONST(PSA_ALG_MD5), CONST(PSA_ALG_RIPEMD160),
    CONST(PSA_ALG_SHA_1), CONST(PSA_ALG_AES_MMO_ZIGBEE), CONST(PSA_ALG_SHA_224),
    CONST(PSA_ALG_SHA_256), CONST(PSA_ALG_SHA_384), CONST(PSA_ALG_SHA_512),
    CONST(PSA_ALG_SHA_512_224), CONST(PSA_ALG_SHA_512_256), CONST(PSA_ALG_SHA3_224),
    CONST(PSA_ALG_SHA3_256), CONST(PSA_ALG_SHA3_384), CONST(PSA_ALG_SHA3_512), CONST(PSA_ALG_SM3),
    CONST(PSA_ALG_SHAKE256_512), CONST(PSA_ALG_ANY_HASH),
    /* MACs. */
    HASHED(PSA_ALG_HMAC), CONST(PSA_ALG_CBC_MAC), CONST(PSA_ALG_CMAC),
    SPECIAL(PSA_ALG_TRUNCATED_MAC, B_TRUNC_MAC, ARG_MAC, ARG_LEN),
    SPECIAL(PSA_ALG_FULL_LENGTH_MAC, B_FULL_MAC, ARG_MAC, ARG_NONE),
    SPECIAL(PSA_ALG_AT_LEAST_THIS_LENGTH_MAC, B_MIN_MAC, ARG_MAC, ARG_LEN),
    /* Unauthenticated ciphers. */
    CONST(PSA_ALG_STREAM_CIPHER), CONST(PSA_ALG_CTR), CONST(PSA_ALG_CFB), CONST(PSA_ALG_OFB),
    CONST(PSA_ALG_CCM_STAR_NO_TAG), CONST(PSA_ALG_XTS), CONST(PSA_ALG_CBC_NO_PADDING),
    CONST(PSA_ALG_CBC_PKCS7), CONST(PSA_ALG_ECB_NO_PADDING), CONST(PSA_ALG_CCM_STAR_ANY_TAG),
    /* AEAD. */
    CONST(PSA_ALG_CCM), CONST(PSA_ALG_GCM), CONST(PSA_ALG_CHACHA20_POLY1305),
    CONST(PSA_ALG_XCHACHA20_POLY1305),
    SPECIAL(PSA_ALG_AEAD_WITH_SHORTENED_TAG, B_SHORT_TAG, ARG_AEAD, ARG_LEN),
    SPECIAL(PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG, B_DEFAULT_TAG, ARG_AEAD, ARG_NONE),
    SPECIAL(PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG, B_MIN_TAG, ARG_AEAD, ARG_LEN),
    /* Key derivation. */
    HASHED(PSA_ALG_HKDF), HASHED(PSA_ALG_HKDF_EXTRACT), HASHED(PSA_ALG_HKDF_EXPAND),
    HASHED(PSA_ALG_TLS12_PRF), HASHED(PSA_ALG_TLS12_PSK_TO_MS),
    CONST(PSA_ALG_TLS12_ECJPAKE_TO_PMS), HASHED(PSA_ALG_SP800_108_COUNTER_HMAC),
    CONST(PSA_ALG_SP800_108_COUNTER_CMAC), HASHED(PSA_ALG_PBKDF2_HMAC),
    CONST(PSA_ALG_PBKDF2_AES_CMAC_PRF_128),
    /* Signatures. */
    HASHED(PSA_ALG_RSA_PKCS1V15_SIGN), CONST(PSA_ALG_RSA_PKCS1V15_SIGN_RAW),
    HASHED(PSA_ALG_RSA_PSS), HASHED(PSA_ALG_RSA_PSS_ANY_SALT), HASHED(PSA_ALG_ECDSA),
    CONST(PSA_ALG_ECDSA_ANY), HASHED(PSA_ALG_DETERMINISTIC_ECDSA), CONST(PSA_ALG_PURE_EDDSA),
    CONST(PSA_ALG_ED25519PH), CONST(PSA_ALG_ED448PH),
    /* Asymmetric encryption. */
    CONST(PSA_ALG_RSA_PKCS1V15_CRYPT), HASHED(PSA_ALG_RSA_OAEP),
    /* Key agreement. */
    CONST(PSA_ALG_FFDH), CONST(PSA_ALG_ECDH),
    SPECIAL(PSA_ALG_KEY_AGREEMENT, B_KEY_AGREEMENT, ARG_KA, ARG_KDF),
    /* PAKE. */
    HASHED(PSA_ALG_JPAKE), HASHED(PSA_ALG_SPAKE2P_HMAC), HASHED(PSA_ALG_SPAKE2P_CMAC),
    CONST(PSA_ALG_SPAKE2P_MATTER),
};

/* Key types: constants, and constructors taking an ECC family or a DH group. */
enum family_kind { FAM_NONE, FAM_ECC, FAM_DH };

struct named_value {
    const char *name;
    unsigned value;
    unsigned char kind; /* enum family_kind */
};

#define KT(m, kind) {#m, m, kind}
#define KTC(m, kind) {#m, m(0), kind}

static const struct named_value key_types[] = {
    KT(PSA_KEY_TYPE_NONE, FAM_NONE),     KT(PSA_KEY_TYPE_RAW_DATA, FAM_NONE),
    KT(PSA_KEY_TYPE_HMAC, FAM_NONE),     KT(PSA_KEY_TYPE_DERIVE, FAM_NONE),
    KT(PSA_KEY_TYPE_PASSWORD, FAM_NONE), KT(PSA_KEY_TYPE_PASSWORD_HASH, FAM_NONE),
    KT(PSA_KEY_TYPE_PEPPER, FAM_NONE),   KT(PSA_KEY_TYPE_AES, FAM_NONE),
    KT(PSA_KEY_TYPE_ARIA, FAM_NONE),     KT(PSA_KEY_TYPE_DES, FAM_NONE),
    KT(PSA_KEY_TYPE_CAMELLIA, FAM_NONE), KT(PSA_KEY_TYPE_SM4, FAM_NONE),
    KT(PSA_KEY_TYPE_ARC4, FAM_NONE),     KT(PSA_KEY_TYPE_CHACHA20, FAM_NONE),
    KT(PSA_KEY_TYPE_XCHACHA20, FAM_NONE),
    KT(PSA_KEY_TYPE_RSA_KEY_PAIR, FAM_NONE), KT(PSA_KEY_TYPE_RSA_PUBLIC_KEY, FAM_NONE),
    KTC(PSA_KEY_TYPE_ECC_KEY_PAIR, FAM_ECC), KTC(PSA_KEY_TYPE_ECC_PUBLIC_KEY, FAM_ECC),
    KTC(PSA_KEY_TYPE_DH_KEY_PAIR, FAM_DH),   KTC(PSA_KEY_TYPE_DH_PUBLIC_KEY, FAM_DH),
    KTC(PSA_KEY_TYPE_SPAKE2P_KEY_PAIR, FAM_ECC), KTC(PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY, FAM_ECC),
};

static const struct named_value families[] = {
    KT(PSA_ECC_FAMILY_SECP_K1, FAM_ECC),        KT(PSA_ECC_FAMILY_SECP_R1, FAM_ECC),
    KT(PSA_ECC_FAMILY_SECP_R2, FAM_ECC),        KT(PSA_ECC_FAMILY_SECT_K1, FAM_ECC),
    KT(PSA_ECC_FAMILY_SECT_R1, FAM_ECC),        KT(PSA_ECC_FAMILY_SECT_R2, FAM_ECC),
    KT(PSA_ECC_FAMILY_BRAINPOOL_P_R1, FAM_ECC), KT(PSA_ECC_FAMILY_FRP, FAM_ECC),
    KT(PSA_ECC_FAMILY_MONTGOMERY, FAM_ECC),     KT(PSA_ECC_FAMILY_TWISTED_EDWARDS, FAM_ECC),
    KT(PSA_DH_FAMILY_RFC7919, FAM_DH),
};
/* clang-format on */

#define COUNT(table)     (sizeof(table) / sizeof((table)[0]))
#define HASH_BYTE        ((psa_algorithm_t)0xff)
#define FAMILY_BYTE      ((psa_key_type_t)0x00ff)
#define MAX_LENGTH_FIELD 63u

/* ---------------------------------------------------------------------- */
/* Lexing                                                                 */
/* ---------------------------------------------------------------------- */

struct cursor {
    const char *s;
    char *error;
    size_t error_size;
};

static psa_status_t fail(struct cursor *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static psa_status_t fail(struct cursor *c, const char *fmt, ...)
{
    va_list ap;

    if (c->error != NULL && c->error_size > 0) {
        va_start(ap, fmt);
        vsnprintf(c->error, c->error_size, fmt, ap);
        va_end(ap);
    }
    return PSA_ERROR_INVALID_ARGUMENT;
}

static void skip_spaces(struct cursor *c)
{
    while (*c->s == ' ' || *c->s == '\t') {
        c->s++;
    }
}

static bool is_ident_start(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_';
}

static bool is_ident_char(char ch)
{
    return is_ident_start(ch) || (ch >= '0' && ch <= '9');
}

/* Length of the identifier at the cursor (0 if none); the cursor moves past it. */
static size_t take_ident(struct cursor *c, const char **start)
{
    size_t n = 0;

    *start = c->s;
    if (!is_ident_start(*c->s)) {
        return 0;
    }
    while (is_ident_char(c->s[n])) {
        n++;
    }
    c->s += n;
    return n;
}

/* Describe the character at the cursor for a diagnostic. */
static void describe(const char *s, char *buf, size_t size)
{
    unsigned char ch = (unsigned char)*s;

    if (ch == '\0') {
        snprintf(buf, size, "end of specification");
    } else if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\') {
        snprintf(buf, size, "\"%c\"", ch);
    } else {
        snprintf(buf, size, "character 0x%02x", ch);
    }
}

static psa_status_t unexpected(struct cursor *c, const char *wanted)
{
    char what[32];

    describe(c->s, what, sizeof(what));
    return fail(c, "expected %s, found %s", wanted, what);
}

/* A decimal or hexadecimal literal without suffix, at most max. */
static psa_status_t take_number(struct cursor *c, unsigned long max, unsigned long *value)
{
    const char *p = c->s;
    unsigned base = 10;
    unsigned long v = 0;
    size_t digits = 0;

    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
    }
    for (;; p++, digits++) {
        unsigned d;
        if (*p >= '0' && *p <= '9') {
            d = (unsigned)(*p - '0');
        } else if (base == 16 && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f')) {
            d = (unsigned)((*p | 0x20) - 'a' + 10);
        } else {
            break;
        }
        if (v > (max - d) / base) {
            return fail(c, "number too large (maximum %lu)", max);
        }
        v = v * base + d;
    }
    if (digits == 0 || is_ident_char(*p)) {
        /* Only the literal-like part: the rest may be anything. */
        size_t shown = 0;
        while (shown < 20 && is_ident_char(c->s[shown])) {
            shown++;
        }
        return fail(c, "invalid number \"%.*s\" (decimal or hexadecimal, no suffix)", (int)shown,
                    c->s);
    }
    if (base == 10 && digits > 1 && c->s[0] == '0') {
        return fail(c, "octal number \"%.*s\" not accepted", (int)digits, c->s);
    }
    c->s = p;
    *value = v;
    return PSA_SUCCESS;
}

/* ---------------------------------------------------------------------- */
/* Algorithms                                                             */
/* ---------------------------------------------------------------------- */

static const struct alg_macro *find_alg(const char *name, size_t len)
{
    for (size_t i = 0; i < COUNT(alg_macros); i++) {
        if (strncmp(alg_macros[i].name, name, len) == 0 && alg_macros[i].name[len] == '\0') {
            return &alg_macros[i];
        }
    }
    return NULL;
}

static psa_status_t parse_alg(struct cursor *c, unsigned depth, psa_algorithm_t *alg);

/* The untruncated length of a MAC or AEAD tag, 0 when it depends on the key. */
static unsigned full_length(const struct alg_macro *m, psa_algorithm_t arg)
{
    psa_algorithm_t base = PSA_ALG_FULL_LENGTH_MAC(arg);

    if (m->build == B_SHORT_TAG || m->build == B_MIN_TAG) {
        return 16; /* every AEAD algorithm of the specification has a 16-byte tag */
    }
    if (PSA_ALG_IS_HMAC(base)) {
        return PSA_HASH_LENGTH(base);
    }
    return (base == PSA_ALG_CMAC || base == PSA_ALG_CBC_MAC) ? 16 : 0;
}

static psa_status_t check_alg_arg(struct cursor *c, const struct alg_macro *m, unsigned i,
                                  psa_algorithm_t v)
{
    static const char *const wanted[] = {
        [ARG_HASH] = "a hash algorithm",          [ARG_MAC] = "a MAC algorithm",
        [ARG_AEAD] = "an AEAD algorithm",         [ARG_KA] = "a standalone key agreement algorithm",
        [ARG_KDF] = "a key derivation algorithm",
    };
    bool ok = false;

    switch (m->args[i]) {
    case ARG_HASH:
        ok = PSA_ALG_IS_HASH(v);
        break;
    case ARG_MAC:
        ok = PSA_ALG_IS_MAC(v);
        break;
    case ARG_AEAD:
        ok = PSA_ALG_IS_AEAD(v);
        break;
    case ARG_KA:
        ok = PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(v);
        break;
    case ARG_KDF:
        ok = PSA_ALG_IS_KEY_DERIVATION(v);
        break;
    default:
        break;
    }
    if (!ok) {
        return fail(c, "argument %u of %s must be %s", i + 1, m->name, wanted[m->args[i]]);
    }
    return PSA_SUCCESS;
}

static psa_status_t parse_length_arg(struct cursor *c, const struct alg_macro *m,
                                     psa_algorithm_t base, psa_algorithm_t *value)
{
    const char *start = c->s;
    unsigned long n = 0;
    psa_status_t status = take_number(c, 0xffffffffUL, &n);
    unsigned full = full_length(m, base);

    if (status != PSA_SUCCESS) {
        return *start >= '0' && *start <= '9'
                   ? status
                   : fail(c, "argument 2 of %s must be a length", m->name);
    }
    if (n < 1 || n > MAX_LENGTH_FIELD) {
        return fail(c, "length %lu out of range for %s (1..%u)", n, m->name, MAX_LENGTH_FIELD);
    }
    if (full != 0 && n > full) {
        return fail(c, "length %lu exceeds the %u-byte full length in %s", n, full, m->name);
    }
    *value = (psa_algorithm_t)n;
    return PSA_SUCCESS;
}

static psa_status_t expect_separator(struct cursor *c, const struct alg_macro *m, unsigned i)
{
    bool last = i + 1 == m->argc;

    skip_spaces(c);
    if (*c->s == (last ? ')' : ',')) {
        c->s++;
        return PSA_SUCCESS;
    }
    if (*c->s == ',' || *c->s == ')') {
        return fail(c, "%s takes %u argument%s", m->name, m->argc, m->argc == 1 ? "" : "s");
    }
    if (*c->s == '\0') {
        return fail(c, "missing \")\" after the arguments of %s", m->name);
    }
    return unexpected(c, last ? "\")\"" : "\",\"");
}

static psa_algorithm_t build(const struct alg_macro *m, const psa_algorithm_t *a)
{
    switch (m->build) {
    case B_HASH:
        return m->value | (a[0] & HASH_BYTE);
    case B_TRUNC_MAC:
        return PSA_ALG_TRUNCATED_MAC(a[0], a[1]);
    case B_FULL_MAC:
        return PSA_ALG_FULL_LENGTH_MAC(a[0]);
    case B_MIN_MAC:
        return PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(a[0], a[1]);
    case B_SHORT_TAG:
        return PSA_ALG_AEAD_WITH_SHORTENED_TAG(a[0], a[1]);
    case B_DEFAULT_TAG:
        return PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(a[0]);
    case B_MIN_TAG:
        return PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(a[0], a[1]);
    case B_KEY_AGREEMENT:
        return PSA_ALG_KEY_AGREEMENT(a[0], a[1]);
    default:
        return m->value;
    }
}

static psa_status_t parse_args(struct cursor *c, unsigned depth, const struct alg_macro *m,
                               psa_algorithm_t *alg)
{
    psa_algorithm_t a[2] = {0, 0};
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    for (unsigned i = 0; i < m->argc; i++) {
        skip_spaces(c);
        if (m->args[i] == ARG_LEN) {
            status = parse_length_arg(c, m, a[0], &a[i]);
        } else if (*c->s >= '0' && *c->s <= '9') {
            status =
                fail(c, "argument %u of %s must be an algorithm, not a number", i + 1, m->name);
        } else {
            status = parse_alg(c, depth + 1, &a[i]);
            if (status == PSA_SUCCESS) {
                status = check_alg_arg(c, m, i, a[i]);
            }
        }
        if (status == PSA_SUCCESS) {
            status = expect_separator(c, m, i);
        }
        if (status != PSA_SUCCESS) {
            return status;
        }
    }
    *alg = build(m, a);
    return PSA_SUCCESS;
}

static psa_status_t parse_alg(struct cursor *c, unsigned depth, psa_algorithm_t *alg)
{
    const char *name;
    size_t len;
    const struct alg_macro *m;

    if (depth > KPSA_ALGSPEC_MAX_DEPTH) {
        return fail(c, "nested too deeply (limit %u)", KPSA_ALGSPEC_MAX_DEPTH);
    }
    skip_spaces(c);
    len = take_ident(c, &name);
    if (len == 0) {
        return unexpected(c, "an algorithm macro");
    }
    m = find_alg(name, len);
    if (m == NULL) {
        return fail(c, "unknown algorithm macro \"%.*s\"", len > 64 ? 64 : (int)len, name);
    }
    skip_spaces(c);
    if (m->argc == 0) {
        if (*c->s == '(') {
            return fail(c, "%s takes no arguments", m->name);
        }
        *alg = m->value;
        return PSA_SUCCESS;
    }
    if (*c->s != '(') {
        return fail(c, "%s needs %u argument%s", m->name, m->argc, m->argc == 1 ? "" : "s");
    }
    c->s++;
    return parse_args(c, depth, m, alg);
}

/* The checks both entry points share: presence and length. */
static psa_status_t check_text(struct cursor *c, const char *text, const char *what)
{
    size_t len = strnlen(text, KPSA_ALGSPEC_MAX_LENGTH + 1);

    if (len > KPSA_ALGSPEC_MAX_LENGTH) {
        return fail(c, "%s too long (limit %u characters)", what, KPSA_ALGSPEC_MAX_LENGTH);
    }
    if (text[strspn(text, " \t")] == '\0') {
        return fail(c, "empty %s", what);
    }
    return PSA_SUCCESS;
}

static psa_status_t expect_end(struct cursor *c)
{
    skip_spaces(c);
    if (*c->s != '\0') {
        char what[32];
        describe(c->s, what, sizeof(what));
        return fail(c, "unexpected %s after the specification", what);
    }
    return PSA_SUCCESS;
}

psa_status_t kpsa_algspec_parse(const char *text, psa_algorithm_t *alg, char *error,
                                size_t error_size)
{
    struct cursor c = {text, error, error_size};
    psa_algorithm_t value = 0;
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (text == NULL || alg == NULL) {
        return fail(&c, "no specification");
    }
    status = check_text(&c, text, "algorithm specification");
    if (status == PSA_SUCCESS) {
        status = parse_alg(&c, 0, &value);
    }
    if (status == PSA_SUCCESS) {
        status = expect_end(&c);
    }
    if (status == PSA_SUCCESS) {
        *alg = value;
    }
    return status;
}

/* ---------------------------------------------------------------------- */
/* Key types                                                              */
/* ---------------------------------------------------------------------- */

static const struct named_value *find_named(const struct named_value *table, size_t count,
                                            const char *name, size_t len)
{
    for (size_t i = 0; i < count; i++) {
        if (strncmp(table[i].name, name, len) == 0 && table[i].name[len] == '\0') {
            return &table[i];
        }
    }
    return NULL;
}

static psa_status_t parse_family(struct cursor *c, const struct named_value *kt,
                                 struct kpsa_key_type_spec *spec)
{
    static const char *const kinds[] = {[FAM_ECC] = "an ECC family (PSA_ECC_FAMILY_xxx)",
                                        [FAM_DH] = "a DH group family (PSA_DH_FAMILY_xxx)"};
    const char *name;
    size_t len;
    const struct named_value *fam;

    skip_spaces(c);
    len = take_ident(c, &name);
    if (len == 1 && name[0] == '_') {
        spec->type = (psa_key_type_t)kt->value;
        spec->mask = (psa_key_type_t)~FAMILY_BYTE;
    } else {
        if (len == 0) {
            return unexpected(c, kinds[kt->kind]);
        }
        fam = find_named(families, COUNT(families), name, len);
        if (fam == NULL) {
            return fail(c, "unknown family \"%.*s\"", len > 64 ? 64 : (int)len, name);
        }
        if (fam->kind != kt->kind) {
            return fail(c, "argument of %s must be %s or _", kt->name, kinds[kt->kind]);
        }
        spec->type = (psa_key_type_t)(kt->value | fam->value);
        spec->mask = (psa_key_type_t)0xffff;
    }
    skip_spaces(c);
    if (*c->s != ')') {
        return *c->s == '\0' ? fail(c, "missing \")\" after the argument of %s", kt->name)
                             : unexpected(c, "\")\"");
    }
    c->s++;
    return PSA_SUCCESS;
}

static psa_status_t parse_key_type(struct cursor *c, struct kpsa_key_type_spec *spec)
{
    const char *name;
    size_t len;
    const struct named_value *kt;

    skip_spaces(c);
    len = take_ident(c, &name);
    if (len == 0) {
        return unexpected(c, "a key type macro");
    }
    kt = find_named(key_types, COUNT(key_types), name, len);
    if (kt == NULL) {
        return fail(c, "unknown key type macro \"%.*s\"", len > 64 ? 64 : (int)len, name);
    }
    skip_spaces(c);
    if (kt->kind == FAM_NONE) {
        if (*c->s == '(') {
            return fail(c, "%s takes no arguments", kt->name);
        }
        spec->type = (psa_key_type_t)kt->value;
        spec->mask = (psa_key_type_t)0xffff;
        return PSA_SUCCESS;
    }
    if (*c->s != '(') {
        return fail(c, "%s needs 1 argument (a family or _)", kt->name);
    }
    c->s++;
    return parse_family(c, kt, spec);
}

psa_status_t kpsa_keytype_spec_parse(const char *text, struct kpsa_key_type_spec *spec, char *error,
                                     size_t error_size)
{
    struct cursor c = {text, error, error_size};
    struct kpsa_key_type_spec value = {0, 0};
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;

    if (text == NULL || spec == NULL) {
        return fail(&c, "no specification");
    }
    status = check_text(&c, text, "key type specification");
    if (status == PSA_SUCCESS) {
        status = parse_key_type(&c, &value);
    }
    if (status == PSA_SUCCESS) {
        status = expect_end(&c);
    }
    if (status == PSA_SUCCESS) {
        *spec = value;
    }
    return status;
}

/* ---------------------------------------------------------------------- */
/* Formatting                                                             */
/* ---------------------------------------------------------------------- */

struct out {
    char *p;
    size_t size;
    size_t len;
    bool overflow;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct out *o, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(o->p + o->len, o->size - o->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->size - o->len) {
        o->overflow = true;
        return;
    }
    o->len += (size_t)n;
}

static bool format_alg(struct out *o, psa_algorithm_t alg, unsigned depth);

/* NAME(arg), NAME(arg, n) (n >= 0) or NAME(arg, arg2) (n < 0, arg2 != 0). */
static bool format_call(struct out *o, const char *name, psa_algorithm_t arg, int n,
                        psa_algorithm_t arg2, unsigned depth)
{
    put(o, "%s(", name);
    if (!format_alg(o, arg, depth + 1)) {
        return false;
    }
    if (n >= 0) {
        put(o, ", %d", n);
    } else if (arg2 != 0) {
        put(o, ", ");
        if (!format_alg(o, arg2, depth + 1)) {
            return false;
        }
    }
    put(o, ")");
    return !o->overflow;
}

static bool format_hashed(struct out *o, psa_algorithm_t alg, unsigned depth)
{
    if ((alg & HASH_BYTE) == 0) {
        return false;
    }
    for (size_t i = 0; i < COUNT(alg_macros); i++) {
        if (alg_macros[i].build == B_HASH && (alg & ~HASH_BYTE) == alg_macros[i].value) {
            return format_call(o, alg_macros[i].name, PSA_ALG_GET_HASH(alg), -1, 0, depth);
        }
    }
    return false;
}

static bool format_alg(struct out *o, psa_algorithm_t alg, unsigned depth)
{
    int len = (int)((alg >> 16) & MAX_LENGTH_FIELD);
    bool wildcard = (alg & 0x00008000u) != 0;

    if (depth > KPSA_ALGSPEC_MAX_DEPTH) {
        return false;
    }
    for (size_t i = 0; i < COUNT(alg_macros); i++) {
        if (alg_macros[i].build == B_CONST && alg_macros[i].value == alg) {
            put(o, "%s", alg_macros[i].name);
            return !o->overflow;
        }
    }
    if (PSA_ALG_IS_KEY_AGREEMENT(alg) && !PSA_ALG_IS_STANDALONE_KEY_AGREEMENT(alg)) {
        return format_call(o, "PSA_ALG_KEY_AGREEMENT", PSA_ALG_KEY_AGREEMENT_GET_BASE(alg), -1,
                           PSA_ALG_KEY_AGREEMENT_GET_KDF(alg), depth);
    }
    if (PSA_ALG_IS_MAC(alg) && PSA_ALG_FULL_LENGTH_MAC(alg) != alg) {
        return format_call(o,
                           wildcard ? "PSA_ALG_AT_LEAST_THIS_LENGTH_MAC" : "PSA_ALG_TRUNCATED_MAC",
                           PSA_ALG_FULL_LENGTH_MAC(alg), len, 0, depth);
    }
    if (PSA_ALG_IS_AEAD(alg) && PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg) != alg) {
        return format_call(o,
                           wildcard ? "PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG"
                                    : "PSA_ALG_AEAD_WITH_SHORTENED_TAG",
                           PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg), len, 0, depth);
    }
    return format_hashed(o, alg, depth);
}

void kpsa_algspec_format(psa_algorithm_t alg, char *buf, size_t size)
{
    char tmp[KPSA_ALGSPEC_MAX_LENGTH + 1];
    struct out o = {tmp, sizeof(tmp), 0, false};
    psa_algorithm_t back = 0;

    if (size == 0) {
        return;
    }
    /* Only a string that parses back to the same value is canonical. */
    if (!format_alg(&o, alg, 0) || o.overflow ||
        kpsa_algspec_parse(tmp, &back, NULL, 0) != PSA_SUCCESS || back != alg) {
        snprintf(tmp, sizeof(tmp), "0x%08x", (unsigned)alg);
    }
    snprintf(buf, size, "%s", tmp);
}

static bool format_key_type(struct out *o, psa_key_type_t type, psa_key_type_t mask)
{
    psa_key_type_t base = (psa_key_type_t)(type & ~FAMILY_BYTE);

    for (size_t i = 0; i < COUNT(key_types); i++) {
        const struct named_value *kt = &key_types[i];
        if (kt->kind == FAM_NONE && kt->value == type && mask == 0xffff) {
            put(o, "%s", kt->name);
            return !o->overflow;
        }
        if (kt->kind == FAM_NONE || kt->value != base) {
            continue;
        }
        if (mask == (psa_key_type_t)~FAMILY_BYTE && (type & FAMILY_BYTE) == 0) {
            put(o, "%s(_)", kt->name);
            return !o->overflow;
        }
        for (size_t j = 0; j < COUNT(families) && mask == 0xffff; j++) {
            if (families[j].kind == kt->kind && families[j].value == (type & FAMILY_BYTE)) {
                put(o, "%s(%s)", kt->name, families[j].name);
                return !o->overflow;
            }
        }
    }
    return false;
}

void kpsa_keytype_format(psa_key_type_t type, char *buf, size_t size)
{
    struct kpsa_key_type_spec spec = {type, (psa_key_type_t)0xffff};

    kpsa_keytype_spec_format(&spec, buf, size);
}

void kpsa_keytype_spec_format(const struct kpsa_key_type_spec *spec, char *buf, size_t size)
{
    char tmp[128];
    struct out o = {tmp, sizeof(tmp), 0, false};

    if (size == 0) {
        return;
    }
    if (!format_key_type(&o, spec->type, spec->mask)) {
        if (spec->mask == 0xffff) {
            snprintf(tmp, sizeof(tmp), "0x%04x", (unsigned)spec->type);
        } else {
            snprintf(tmp, sizeof(tmp), "0x%04x/0x%04x", (unsigned)spec->type, (unsigned)spec->mask);
        }
    }
    snprintf(buf, size, "%s", tmp);
}
