/*
 * test_manifest_algspec.c - the algorithm and key type specification parser
 * and formatter (lib/loader/algspec.c); part of the tests/test_manifest
 * program (test_manifest.c has main()).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/algspec.h"
#include "testutil.h"

/* From test_manifest.c. */
const char *test_manifest_srcdir(void);
void test_manifest_algspec_suite(void);

/* ---------------------------------------------------------------------- */
/* Algorithm specifications                                               */
/* ---------------------------------------------------------------------- */

struct alg_case {
    const char *text;
    psa_algorithm_t value;
};

/* The text is the C expression itself, so the value is the macro evaluated
 * by the compiler; the text is also the canonical form the formatter gives. */
/* clang-format off */
#define A(expr) {#expr, expr}

static const struct alg_case canonical_algs[] = {
    A(PSA_ALG_NONE),
    A(PSA_ALG_MD2), A(PSA_ALG_MD4), A(PSA_ALG_MD5), A(PSA_ALG_RIPEMD160), A(PSA_ALG_SHA_1),
    A(PSA_ALG_AES_MMO_ZIGBEE), A(PSA_ALG_SHA_224), A(PSA_ALG_SHA_256), A(PSA_ALG_SHA_384),
    A(PSA_ALG_SHA_512), A(PSA_ALG_SHA_512_224), A(PSA_ALG_SHA_512_256), A(PSA_ALG_SHA3_224),
    A(PSA_ALG_SHA3_256), A(PSA_ALG_SHA3_384), A(PSA_ALG_SHA3_512), A(PSA_ALG_SM3),
    A(PSA_ALG_SHAKE256_512), A(PSA_ALG_ANY_HASH),
    A(PSA_ALG_HMAC(PSA_ALG_SHA_256)), A(PSA_ALG_HMAC(PSA_ALG_ANY_HASH)), A(PSA_ALG_CBC_MAC),
    A(PSA_ALG_CMAC), A(PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 16)),
    A(PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 4)),
    A(PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_512), 63)),
    A(PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_384), 20)),
    A(PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_CMAC, 8)),
    A(PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_ANY_HASH), 63)),
    A(PSA_ALG_STREAM_CIPHER), A(PSA_ALG_CTR), A(PSA_ALG_CFB), A(PSA_ALG_OFB),
    A(PSA_ALG_CCM_STAR_NO_TAG), A(PSA_ALG_XTS), A(PSA_ALG_CBC_NO_PADDING), A(PSA_ALG_CBC_PKCS7),
    A(PSA_ALG_ECB_NO_PADDING), A(PSA_ALG_CCM_STAR_ANY_TAG),
    A(PSA_ALG_CCM), A(PSA_ALG_GCM), A(PSA_ALG_CHACHA20_POLY1305), A(PSA_ALG_XCHACHA20_POLY1305),
    A(PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8)),
    A(PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM, 4)),
    A(PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_GCM, 12)),
    A(PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CHACHA20_POLY1305, 16)),
    A(PSA_ALG_HKDF(PSA_ALG_SHA_256)), A(PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_384)),
    A(PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_512)), A(PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256)),
    A(PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_384)), A(PSA_ALG_TLS12_ECJPAKE_TO_PMS),
    A(PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256)), A(PSA_ALG_SP800_108_COUNTER_CMAC),
    A(PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1)), A(PSA_ALG_PBKDF2_AES_CMAC_PRF_128),
    A(PSA_ALG_HKDF(PSA_ALG_ANY_HASH)),
    A(PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256)), A(PSA_ALG_RSA_PKCS1V15_SIGN_RAW),
    A(PSA_ALG_RSA_PSS(PSA_ALG_ANY_HASH)), A(PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA3_512)),
    A(PSA_ALG_ECDSA(PSA_ALG_SHA_384)), A(PSA_ALG_ECDSA_ANY),
    A(PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_ANY_HASH)), A(PSA_ALG_PURE_EDDSA),
    A(PSA_ALG_ED25519PH), A(PSA_ALG_ED448PH),
    A(PSA_ALG_RSA_PKCS1V15_CRYPT), A(PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256)),
    A(PSA_ALG_FFDH), A(PSA_ALG_ECDH),
    A(PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))),
    A(PSA_ALG_KEY_AGREEMENT(PSA_ALG_FFDH, PSA_ALG_TLS12_PRF(PSA_ALG_ANY_HASH))),
    A(PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_SP800_108_COUNTER_CMAC)),
    A(PSA_ALG_JPAKE(PSA_ALG_SHA_256)), A(PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)),
    A(PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256)), A(PSA_ALG_SPAKE2P_MATTER),
};
/* clang-format on */

/* Other spellings of the same values: spaces, literals, macros that
 * normalise (the formatter gives another text for these). */
static const struct alg_case other_algs[] = {
    {"  PSA_ALG_SHA_256\t", PSA_ALG_SHA_256},
    {"PSA_ALG_HMAC( PSA_ALG_SHA_256 )", PSA_ALG_HMAC(PSA_ALG_SHA_256)},
    {"PSA_ALG_HMAC (PSA_ALG_SHA_256)", PSA_ALG_HMAC(PSA_ALG_SHA_256)},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC,8)", PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 8)},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC ,\t0x0A )", PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 10)},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 0XF)", PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 15)},
    {"PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH,PSA_ALG_HKDF(PSA_ALG_ANY_HASH))",
     PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_ANY_HASH))},
    {"PSA_ALG_FULL_LENGTH_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_1), 10))",
     PSA_ALG_FULL_LENGTH_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_1), 10))},
    {"PSA_ALG_FULL_LENGTH_MAC(PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_CMAC, 4))", PSA_ALG_CMAC},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 12), 8)",
     PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 12), 8)},
    {"PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM, 16)",
     PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM, 16)},
    {"PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4))",
     PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4))},
    {"PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(PSA_ALG_GCM)",
     PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(PSA_ALG_GCM)},
    {"PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM, 8),"
     " 12)",
     PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM, 8),
                                     12)},
    /* KPSA_ALGSPEC_MAX_DEPTH (8) levels below the outermost macro. */
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC("
     "PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC("
     "PSA_ALG_SHA_256), 8), 8), 8), 8), 8), 8), 8)",
     PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8)},
};

struct error_case {
    const char *text;
    const char *keyword;
};

static const struct error_case alg_errors[] = {
    {"", "empty"},
    {" \t ", "empty"},
    {"PSA_ALG_FOO", "unknown algorithm macro \"PSA_ALG_FOO\""},
    {"PSA_ALG_SHA_256 PSA_ALG_SHA_384", "after the specification"},
    {"PSA_ALG_SHA_256()", "takes no arguments"},
    {"PSA_ALG_HMAC", "needs 1 argument"},
    {"PSA_ALG_HMAC()", "expected an algorithm macro"},
    {"PSA_ALG_HMAC(PSA_ALG_SHA_256", "missing \")\""},
    {"PSA_ALG_HMAC(PSA_ALG_SHA_256))", "unexpected \")\""},
    {"PSA_ALG_HMAC((PSA_ALG_SHA_256))", "expected an algorithm macro"},
    {"PSA_ALG_HMAC(PSA_ALG_SHA_256,)", "takes 1 argument"},
    {"PSA_ALG_HMAC(PSA_ALG_CMAC)", "must be a hash algorithm"},
    {"PSA_ALG_HMAC(9)", "not a number"},
    {"PSA_ALG_RSA_PSS(PSA_ALG_HMAC(PSA_ALG_SHA_256))", "must be a hash algorithm"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_SHA_256, 8)", "must be a MAC algorithm"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC)", "takes 2 arguments"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 4, 4)", "takes 2 arguments"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, PSA_ALG_SHA_256)", "must be a length"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 0)", "out of range"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 17)", "exceeds the 16-byte full length"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_1), 21)", "exceeds the 20-byte"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_ANY_HASH), 64)", "out of range"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 8u)", "invalid number"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 8UL)", "invalid number"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 010)", "octal"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 0x)", "invalid number"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, -8)", "must be a length"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 99999999999999999999999)", "too large"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_CMAC, 2+2)", "expected \")\""},
    {"PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CMAC, 8)", "must be an AEAD algorithm"},
    {"PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_GCM, 17)", "exceeds the 16-byte"},
    {"PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(PSA_ALG_CCM, 0)", "out of range"},
    {"PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(PSA_ALG_CTR)", "must be an AEAD algorithm"},
    {"PSA_ALG_KEY_AGREEMENT(PSA_ALG_HKDF(PSA_ALG_SHA_256), PSA_ALG_ECDH)",
     "must be a standalone key agreement"},
    {"PSA_ALG_KEY_AGREEMENT(PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256)), "
     "PSA_ALG_HKDF(PSA_ALG_SHA_256))",
     "must be a standalone key agreement"},
    {"PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_SHA_256)", "must be a key derivation"},
    {"PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH)", "takes 2 arguments"},
    {"psa_alg_sha_256", "unknown algorithm macro"},
    {"PSA_ALG_SHA_256\n", "after the specification"},
    {"PSA_ALG_SHA_256;", "after the specification"},
    {"(PSA_ALG_SHA_256)", "expected an algorithm macro"},
    {"0x02000009", "expected an algorithm macro"},
    {"PSA_KEY_TYPE_AES", "unknown algorithm macro"},
    {"PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC("
     "PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC(PSA_ALG_TRUNCATED_MAC("
     "PSA_ALG_HMAC(PSA_ALG_SHA_256), 8), 8), 8), 8), 8), 8), 8), 8)",
     "nested too deeply"},
    {"PSA_ALG_HMAC(PSA_ALG_HMAC(PSA_ALG_SHA_256))", "must be a hash algorithm"},
};

static void test_alg_canonical(void)
{
    for (size_t i = 0; i < sizeof(canonical_algs) / sizeof(canonical_algs[0]); i++) {
        const struct alg_case *c = &canonical_algs[i];
        psa_algorithm_t alg = 0xdeadbeef;
        char error[160] = "";
        char text[KPSA_ALGSPEC_MAX_LENGTH + 1];

        KT_ASSERT_SUCCESS(kpsa_algspec_parse(c->text, &alg, error, sizeof(error)));
        if (alg != c->value) {
            fprintf(stderr, "\n%s: 0x%08x, expected 0x%08x (%s)\n", c->text, (unsigned)alg,
                    (unsigned)c->value, error);
        }
        CU_ASSERT_EQUAL(alg, c->value);
        kpsa_algspec_format(c->value, text, sizeof(text));
        if (strcmp(text, c->text) != 0) {
            fprintf(stderr, "\nformat(0x%08x) = %s, expected %s\n", (unsigned)c->value, text,
                    c->text);
        }
        CU_ASSERT_STRING_EQUAL(text, c->text);
    }
}

static void test_alg_other_spellings(void)
{
    for (size_t i = 0; i < sizeof(other_algs) / sizeof(other_algs[0]); i++) {
        psa_algorithm_t alg = 0;
        char error[160] = "";
        psa_status_t status = kpsa_algspec_parse(other_algs[i].text, &alg, error, sizeof(error));

        if (status != PSA_SUCCESS || alg != other_algs[i].value) {
            fprintf(stderr, "\n%s: 0x%08x (%s)\n", other_algs[i].text, (unsigned)alg, error);
        }
        KT_ASSERT_SUCCESS(status);
        CU_ASSERT_EQUAL(alg, other_algs[i].value);
    }
}

static void assert_error(const char *text, psa_status_t status, const char *error,
                         const char *keyword)
{
    if (status != PSA_ERROR_INVALID_ARGUMENT || strstr(error, keyword) == NULL) {
        fprintf(stderr, "\n\"%s\": status %d, error \"%s\", expected \"%s\"\n", text, (int)status,
                error, keyword);
    }
    KT_ASSERT_STATUS(status, PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(error, keyword));
}

static void test_alg_errors(void)
{
    char long_text[KPSA_ALGSPEC_MAX_LENGTH + 2];

    for (size_t i = 0; i < sizeof(alg_errors) / sizeof(alg_errors[0]); i++) {
        psa_algorithm_t alg = 0x12345678;
        char error[160] = "";
        psa_status_t status = kpsa_algspec_parse(alg_errors[i].text, &alg, error, sizeof(error));

        assert_error(alg_errors[i].text, status, error, alg_errors[i].keyword);
        CU_ASSERT_EQUAL(alg, 0x12345678); /* untouched on failure */
    }
    /* The length limit, exactly. */
    memset(long_text, ' ', sizeof(long_text));
    memcpy(long_text, "PSA_ALG_SHA_256", strlen("PSA_ALG_SHA_256"));
    long_text[KPSA_ALGSPEC_MAX_LENGTH] = '\0';
    psa_algorithm_t alg = 0;
    KT_ASSERT_SUCCESS(kpsa_algspec_parse(long_text, &alg, NULL, 0));
    CU_ASSERT_EQUAL(alg, PSA_ALG_SHA_256);
    long_text[KPSA_ALGSPEC_MAX_LENGTH] = ' ';
    long_text[KPSA_ALGSPEC_MAX_LENGTH + 1] = '\0';
    char error[160] = "";
    assert_error("(too long)", kpsa_algspec_parse(long_text, &alg, error, sizeof(error)), error,
                 "too long");
    /* Tiny and absent error buffers are fine. */
    char tiny[4] = "xyz";
    KT_ASSERT_STATUS(kpsa_algspec_parse("PSA_ALG_FOO", &alg, tiny, sizeof(tiny)),
                     PSA_ERROR_INVALID_ARGUMENT);
    CU_ASSERT_STRING_EQUAL(tiny, "unk");
    KT_ASSERT_STATUS(kpsa_algspec_parse("PSA_ALG_FOO", &alg, NULL, 0), PSA_ERROR_INVALID_ARGUMENT);
    KT_ASSERT_STATUS(kpsa_algspec_parse(NULL, &alg, NULL, 0), PSA_ERROR_INVALID_ARGUMENT);
}

/* Every value formats to a string that parses back to it, or to hex. */
static void check_format_round_trip(psa_algorithm_t alg)
{
    char text[KPSA_ALGSPEC_MAX_LENGTH + 1];
    char hex[16];
    psa_algorithm_t back = 0;

    kpsa_algspec_format(alg, text, sizeof(text));
    snprintf(hex, sizeof(hex), "0x%08x", (unsigned)alg);
    if (strcmp(text, hex) == 0) {
        return;
    }
    if (kpsa_algspec_parse(text, &back, NULL, 0) != PSA_SUCCESS || back != alg) {
        fprintf(stderr, "\nformat(0x%08x) = %s -> 0x%08x\n", (unsigned)alg, text, (unsigned)back);
        CU_FAIL("format does not round-trip");
    }
}

static void test_alg_format_sweep(void)
{
    uint32_t x = 0x2545f491;
    unsigned named = 0;
    char text[KPSA_ALGSPEC_MAX_LENGTH + 1];

    /* Every category with every low 16 bits pattern of interest... */
    for (uint32_t category = 0; category <= 0x0b; category++) {
        for (uint32_t middle = 0; middle < 0x100; middle++) {
            for (uint32_t low = 0; low < 0x10000; low += 0x0101) {
                check_format_round_trip((category << 24) | (middle << 16) | low);
            }
        }
    }
    /* ...and random values, including the vendor bit. */
    for (unsigned i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        check_format_round_trip(x);
        check_format_round_trip(x & 0x0fffffffu);
    }
    kpsa_algspec_format(PSA_ALG_HMAC(PSA_ALG_SHA_256) | 0x80000000u, text, sizeof(text));
    CU_ASSERT_STRING_EQUAL(text, "0x83800009");
    kpsa_algspec_format(PSA_ALG_ECDSA(0x020000ee), text, sizeof(text));
    CU_ASSERT_STRING_EQUAL(text, "0x060006ee");
    /* Truncation like snprintf. */
    kpsa_algspec_format(PSA_ALG_SHA_256, text, 8);
    CU_ASSERT_STRING_EQUAL(text, "PSA_ALG");
    for (size_t i = 0; i < sizeof(canonical_algs) / sizeof(canonical_algs[0]); i++) {
        kpsa_algspec_format(canonical_algs[i].value, text, sizeof(text));
        named += strncmp(text, "0x", 2) != 0;
    }
    CU_ASSERT_EQUAL(named, sizeof(canonical_algs) / sizeof(canonical_algs[0]));
}

/* ---------------------------------------------------------------------- */
/* Key type specifications                                                */
/* ---------------------------------------------------------------------- */

struct key_type_case {
    const char *text;
    psa_key_type_t type;
    psa_key_type_t mask;
};

/* clang-format off */
#define K(expr) {#expr, expr, 0xffff}

static const struct key_type_case key_type_cases[] = {
    K(PSA_KEY_TYPE_RAW_DATA), K(PSA_KEY_TYPE_HMAC), K(PSA_KEY_TYPE_DERIVE),
    K(PSA_KEY_TYPE_PASSWORD), K(PSA_KEY_TYPE_PASSWORD_HASH), K(PSA_KEY_TYPE_PEPPER),
    K(PSA_KEY_TYPE_AES), K(PSA_KEY_TYPE_ARIA), K(PSA_KEY_TYPE_DES), K(PSA_KEY_TYPE_CAMELLIA),
    K(PSA_KEY_TYPE_SM4), K(PSA_KEY_TYPE_ARC4), K(PSA_KEY_TYPE_CHACHA20),
    K(PSA_KEY_TYPE_XCHACHA20), K(PSA_KEY_TYPE_RSA_KEY_PAIR), K(PSA_KEY_TYPE_RSA_PUBLIC_KEY),
    K(PSA_KEY_TYPE_NONE),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_K1)),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R2)),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_K1)),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_R1)),
    K(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECT_R2)),
    K(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_BRAINPOOL_P_R1)),
    K(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_FRP)),
    K(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_MONTGOMERY)),
    K(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_TWISTED_EDWARDS)),
    K(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919)),
    K(PSA_KEY_TYPE_DH_PUBLIC_KEY(PSA_DH_FAMILY_RFC7919)),
    K(PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)),
    K(PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_MONTGOMERY)),
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(_)", PSA_KEY_TYPE_ECC_KEY_PAIR(0), 0xff00},
    {"PSA_KEY_TYPE_ECC_PUBLIC_KEY(_)", PSA_KEY_TYPE_ECC_PUBLIC_KEY(0), 0xff00},
    {"PSA_KEY_TYPE_DH_KEY_PAIR(_)", PSA_KEY_TYPE_DH_KEY_PAIR(0), 0xff00},
    {"PSA_KEY_TYPE_DH_PUBLIC_KEY(_)", PSA_KEY_TYPE_DH_PUBLIC_KEY(0), 0xff00},
    {"PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(_)", PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(0), 0xff00},
    {"PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(_)", PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(0), 0xff00},
};
/* clang-format on */

static const struct error_case key_type_errors[] = {
    {"", "empty"},
    {"PSA_KEY_TYPE_AES_256", "unknown key type macro"},
    {"PSA_KEY_TYPE_AES()", "takes no arguments"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR", "needs 1 argument"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR()", "expected an ECC family"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1", "missing \")\""},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1))", "after the specification"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1, 256)", "expected \")\""},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_DH_FAMILY_RFC7919)", "must be an ECC family"},
    {"PSA_KEY_TYPE_DH_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)", "must be a DH group family"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_FOO)", "unknown family"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(0x12)", "expected an ECC family"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(__)", "unknown family"},
    {"PSA_KEY_TYPE_ECC_KEY_PAIR(*)", "expected an ECC family"},
    {"PSA_ALG_SHA_256", "unknown key type macro"},
    {"PSA_KEY_TYPE_KEY_PAIR_OF_PUBLIC_KEY(PSA_KEY_TYPE_RSA_PUBLIC_KEY)", "unknown key type"},
};

static void test_key_types(void)
{
    for (size_t i = 0; i < sizeof(key_type_cases) / sizeof(key_type_cases[0]); i++) {
        const struct key_type_case *c = &key_type_cases[i];
        struct kpsa_key_type_spec spec = {0, 0};
        char error[160] = "";
        char text[128];

        KT_ASSERT_SUCCESS(kpsa_keytype_spec_parse(c->text, &spec, error, sizeof(error)));
        CU_ASSERT_EQUAL(spec.type, c->type);
        CU_ASSERT_EQUAL(spec.mask, c->mask);
        kpsa_keytype_spec_format(&spec, text, sizeof(text));
        CU_ASSERT_STRING_EQUAL(text, c->text);
        if (c->mask == 0xffff) {
            kpsa_keytype_format(c->type, text, sizeof(text));
            CU_ASSERT_STRING_EQUAL(text, c->text);
        }
    }
    for (size_t i = 0; i < sizeof(key_type_errors) / sizeof(key_type_errors[0]); i++) {
        struct kpsa_key_type_spec spec = {0x1234, 0x5678};
        char error[160] = "";
        psa_status_t status =
            kpsa_keytype_spec_parse(key_type_errors[i].text, &spec, error, sizeof(error));
        assert_error(key_type_errors[i].text, status, error, key_type_errors[i].keyword);
        CU_ASSERT_EQUAL(spec.type, 0x1234);
    }
}

static void test_key_type_wildcard(void)
{
    struct kpsa_key_type_spec spec;
    struct kpsa_key_type_spec odd = {0x7155, 0xff00};
    char text[128];

    /* "_" matches every family of its constructor, and nothing else. */
    KT_ASSERT_SUCCESS(kpsa_keytype_spec_parse(" PSA_KEY_TYPE_ECC_KEY_PAIR( _ ) ", &spec, NULL, 0));
    CU_ASSERT_EQUAL(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) & spec.mask, spec.type);
    CU_ASSERT_EQUAL(PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY) & spec.mask, spec.type);
    CU_ASSERT_NOT_EQUAL(PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1) & spec.mask, spec.type);
    CU_ASSERT_NOT_EQUAL(PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919) & spec.mask, spec.type);
    kpsa_keytype_format(0x7155, text, sizeof(text));
    CU_ASSERT_STRING_EQUAL(text, "0x7155");
    kpsa_keytype_spec_format(&odd, text, sizeof(text));
    CU_ASSERT_STRING_EQUAL(text, "0x7155/0xff00");
}

/* ---------------------------------------------------------------------- */
/* Completeness against <psa/crypto_values.h>                             */
/* ---------------------------------------------------------------------- */

/* Names that are classifiers or converters, not algorithms / key types. */
static int is_not_a_value(const char *name)
{
    static const char *const infixes[] = {"_IS_", "_GET_", "KEY_PAIR_OF_PUBLIC_KEY",
                                          "PUBLIC_KEY_OF_KEY_PAIR"};
    for (size_t i = 0; i < sizeof(infixes) / sizeof(infixes[0]); i++) {
        if (strstr(name, infixes[i]) != NULL) {
            return 1;
        }
    }
    return 0;
}

/* Every PSA_ALG_xxx, PSA_KEY_TYPE_xxx and family macro of the header is known. */
static void test_header_complete(void)
{
    char path[4096];
    char line[512];
    unsigned seen = 0;
    FILE *f = NULL;

    snprintf(path, sizeof(path), "%s/include/psa/crypto_values.h", test_manifest_srcdir());
    f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    while (fgets(line, sizeof(line), f) != NULL) {
        char name[128];
        char text[256];
        char error[160] = "";
        psa_algorithm_t alg;
        struct kpsa_key_type_spec spec;
        psa_status_t status;

        if (sscanf(line, "#define %127[A-Z0-9_]", name) != 1 || is_not_a_value(name)) {
            continue;
        }
        if (strncmp(name, "PSA_ALG_", 8) == 0) {
            status = kpsa_algspec_parse(name, &alg, error, sizeof(error));
        } else if (strncmp(name, "PSA_KEY_TYPE_", 13) == 0) {
            status = kpsa_keytype_spec_parse(name, &spec, error, sizeof(error));
        } else if (strncmp(name, "PSA_ECC_FAMILY_", 15) == 0) {
            snprintf(text, sizeof(text), "PSA_KEY_TYPE_ECC_KEY_PAIR(%s)", name);
            status = kpsa_keytype_spec_parse(text, &spec, error, sizeof(error));
        } else if (strncmp(name, "PSA_DH_FAMILY_", 14) == 0) {
            snprintf(text, sizeof(text), "PSA_KEY_TYPE_DH_KEY_PAIR(%s)", name);
            status = kpsa_keytype_spec_parse(text, &spec, error, sizeof(error));
        } else {
            continue;
        }
        seen++;
        /* Constructors without arguments fail, but not as unknown names. */
        if (status != PSA_SUCCESS && (strstr(error, "unknown") != NULL)) {
            fprintf(stderr, "\n%s: %s\n", name, error);
            CU_FAIL("macro of crypto_values.h missing from algspec.c");
        }
    }
    fclose(f);
    CU_ASSERT(seen > 100);
}

void test_manifest_algspec_suite(void)
{
    static const kt_test algspec[] = {
        {"canonical round trips", test_alg_canonical},
        {"other spellings", test_alg_other_spellings},
        {"errors", test_alg_errors},
        {"format sweep", test_alg_format_sweep},
        {"key types", test_key_types},
        {"key type wildcard", test_key_type_wildcard},
        {"complete against crypto_values.h", test_header_complete},
    };
    KT_ADD_SUITE("algspec", algspec);
}
