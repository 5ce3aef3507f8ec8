/*
 * vectors/kdf.h - known-answer vectors for the key derivation algorithms
 * (test_kdf_vectors.c).
 *
 * Every row names where it was published; the group comments name the files
 * the values were transcribed from.  None was computed with kpsa.  Rows marked
 * "Mbed TLS" are interoperability values from another implementation's test
 * data, not publications: the comments say so.
 *
 * `inputs` lists the steps in the order the algorithm takes them (a step 0
 * ends the list); `cost` is the PBKDF2 iteration count, given first;
 * `capacity`, when non-zero, is set before the first output (for SP 800-108,
 * whose output depends on it through L).
 */
#ifndef KPSA_TESTS_VECTORS_KDF_H
#define KPSA_TESTS_VECTORS_KDF_H

#include <stddef.h>
#include <stdint.h>

#include <psa/crypto.h>

struct kdf_input {
    psa_key_derivation_step_t step;
    const char *hex;
};

struct kdf_vector {
    const char *source;
    psa_algorithm_t alg;
    uint64_t cost;
    size_t capacity;
    struct kdf_input inputs[4];
    const char *output; /* hex: the first bytes of the output stream */
};

static const struct kdf_vector kdf_vectors[] = {
    /* HKDF: RFC 5869 appendix A, test cases 1-7 (OKM), transcribed via TF-PSA-Crypto
     * tests/suites/test_suite_psa_crypto.data "HKDF ... RFC5869 #n".  Test case 7
     * has no salt ("not provided"): the row omits the SALT step. */
    {
        .source = "RFC 5869 A.1 (test case 1) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "000102030405060708090a0b0c"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
            {PSA_KEY_DERIVATION_INPUT_INFO, "f0f1f2f3f4f5f6f7f8f9"},
        },
        .output = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
            "34007208d5b887185865",
    },
    {
        .source = "RFC 5869 A.2 (test case 2) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT,
                "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"},
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                "404142434445464748494a4b4c4d4e4f"},
            {PSA_KEY_DERIVATION_INPUT_INFO,
                "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
                "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
                "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"},
        },
        .output = "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
            "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
            "cc30c58179ec3e87c14c01d5c1f3434f1d87",
    },
    {
        .source = "RFC 5869 A.3 (test case 3) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
            "9d201395faa4b61a96c8",
    },
    {
        .source = "RFC 5869 A.4 (test case 4) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "000102030405060708090a0b0c"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b"},
            {PSA_KEY_DERIVATION_INPUT_INFO, "f0f1f2f3f4f5f6f7f8f9"},
        },
        .output = "085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2"
            "c22e422478d305f3f896",
    },
    {
        .source = "RFC 5869 A.5 (test case 5) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT,
                "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"},
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                "404142434445464748494a4b4c4d4e4f"},
            {PSA_KEY_DERIVATION_INPUT_INFO,
                "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
                "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
                "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"},
        },
        .output = "0bd770a74d1160f7c9f12cd5912a06ebff6adcae899d92191fe4305673ba2ffe"
            "8fa3f1a4e5ad79f3f334b3b202b2173c486ea37ce3d397ed034c7f9dfeb15c5e"
            "927336d0441f4c4300e2cff0d0900b52d3b4",
    },
    {
        .source = "RFC 5869 A.6 (test case 6) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "0ac1af7002b3d761d1e55298da9d0506b9ae52057220a306e07b6b87e8df21d0"
            "ea00033de03984d34918",
    },
    {
        .source = "RFC 5869 A.7 (test case 7) OKM",
        .alg = PSA_ALG_HKDF(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5"
            "673a081d70cce7acfc48",
    },
    /* HKDF-Extract: the PRK of RFC 5869 appendix A, test cases 1-7 (same source,
     * "HKDF-Extract ... RFC5869 #n, out n+0 k"); an omitted salt is an empty one. */
    {
        .source = "RFC 5869 A.1 (test case 1) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "000102030405060708090a0b0c"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
        },
        .output = "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
    },
    {
        .source = "RFC 5869 A.2 (test case 2) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT,
                "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"},
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                "404142434445464748494a4b4c4d4e4f"},
        },
        .output = "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
    },
    {
        .source = "RFC 5869 A.3 (test case 3) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
        },
        .output = "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
    },
    {
        .source = "RFC 5869 A.4 (test case 4) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "000102030405060708090a0b0c"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b"},
        },
        .output = "9b6c18c432a7bf8f0e71c8eb88f4b30baa2ba243",
    },
    {
        .source = "RFC 5869 A.5 (test case 5) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT,
                "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"},
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                "404142434445464748494a4b4c4d4e4f"},
        },
        .output = "8adae09a2a307059478d309b26c4115a224cfaf6",
    },
    {
        .source = "RFC 5869 A.6 (test case 6) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"},
        },
        .output = "da8c8a73c7fa77288ec6f5e7c297786aa0d32d01",
    },
    {
        .source = "RFC 5869 A.7 (test case 7) PRK",
        .alg = PSA_ALG_HKDF_EXTRACT(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c"},
        },
        .output = "2adccada18779e7c2077ad2eb19d3f3e731385dd",
    },
    /* HKDF-Expand: PRK -> OKM of RFC 5869 appendix A, test cases 1-7 (same source,
     * "HKDF-Expand ... RFC5869 #n, out n+0 k"). */
    {
        .source = "RFC 5869 A.1 (test case 1) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"},
            {PSA_KEY_DERIVATION_INPUT_INFO, "f0f1f2f3f4f5f6f7f8f9"},
        },
        .output = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
            "34007208d5b887185865",
    },
    {
        .source = "RFC 5869 A.2 (test case 2) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244"},
            {PSA_KEY_DERIVATION_INPUT_INFO,
                "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
                "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
                "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"},
        },
        .output = "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
            "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
            "cc30c58179ec3e87c14c01d5c1f3434f1d87",
    },
    {
        .source = "RFC 5869 A.3 (test case 3) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
            "9d201395faa4b61a96c8",
    },
    {
        .source = "RFC 5869 A.4 (test case 4) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "9b6c18c432a7bf8f0e71c8eb88f4b30baa2ba243"},
            {PSA_KEY_DERIVATION_INPUT_INFO, "f0f1f2f3f4f5f6f7f8f9"},
        },
        .output = "085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2"
            "c22e422478d305f3f896",
    },
    {
        .source = "RFC 5869 A.5 (test case 5) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "8adae09a2a307059478d309b26c4115a224cfaf6"},
            {PSA_KEY_DERIVATION_INPUT_INFO,
                "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
                "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeef"
                "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"},
        },
        .output = "0bd770a74d1160f7c9f12cd5912a06ebff6adcae899d92191fe4305673ba2ffe"
            "8fa3f1a4e5ad79f3f334b3b202b2173c486ea37ce3d397ed034c7f9dfeb15c5e"
            "927336d0441f4c4300e2cff0d0900b52d3b4",
    },
    {
        .source = "RFC 5869 A.6 (test case 6) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "da8c8a73c7fa77288ec6f5e7c297786aa0d32d01"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "0ac1af7002b3d761d1e55298da9d0506b9ae52057220a306e07b6b87e8df21d0"
            "ea00033de03984d34918",
    },
    {
        .source = "RFC 5869 A.7 (test case 7) PRK to OKM",
        .alg = PSA_ALG_HKDF_EXPAND(PSA_ALG_SHA_1),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "2adccada18779e7c2077ad2eb19d3f3e731385dd"},
            {PSA_KEY_DERIVATION_INPUT_INFO, ""},
        },
        .output = "2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5"
            "673a081d70cce7acfc48",
    },
    /* TLS 1.2 PRF: the test vectors posted to the IETF TLS list,
     * https://www.ietf.org/mail-archive/web/tls/current/msg03416.html, transcribed via
     * TF-PSA-Crypto test_suite_psa_crypto.data "TLS 1.2 PRF SHA-256/SHA-384". */
    {
        .source = "IETF TLS list msg03416, PRF-SHA256",
        .alg = PSA_ALG_TLS12_PRF(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED, "a0ba9f936cda311827a6f796ffd5198c"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "9bbe436ba940f017b17652849a71db35"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "74657374206c6162656c"},
        },
        .output = "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a"
            "6b301791e90d35c9c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab"
            "4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701"
            "87347b66",
    },
    {
        .source = "IETF TLS list msg03416, PRF-SHA384",
        .alg = PSA_ALG_TLS12_PRF(PSA_ALG_SHA_384),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED, "cd665cf6a8447dd6ff8b27555edb7465"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "b80b733d6ceefcdc71566ea48e5567df"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "74657374206c6162656c"},
        },
        .output = "7b0c18e9ced410ed1804f2cfa34a336a1c14dffb4900bb5fd7942107e81c83cd"
            "e9ca0faa60be9fe34f82b1233c9146a0e534cb400fed2700884f9dc236f80edd"
            "8bfa961144c9e8d792eca722a7b32fc3d416d473ebc2c5fd4abfdad05d918425"
            "9b5bf8cd4d90fa0d31e2dec479e4f1a26066f2eea9a69236a3e52655c9e9aee6"
            "91c8f3a26854308d5eaa3be85e0990703d73e56f",
    },
    /* TLS 1.2 PSK-to-MS: Mbed TLS interoperability values, not a publication: TF-PSA-Crypto
     * test_suite_psa_crypto.data "TLS 1.2 PSK-to-MS" / "Mix-PSK-to-MS" (taken, per its
     * comment, from the debug output of a TLS-PSK session).  test_kdf_vectors.c also checks
     * PSK-to-MS against its definition on top of the published TLS 1.2 PRF vectors. */
    {
        .source = "Mbed TLS TLS-PSK session, PSK-to-MS SHA-256",
        .alg = PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED,
                "5bc0b19b4a8b24b07afe7ec65c471e94a7d518fcef06c3574315255c52afe21b"
                "5bc0b19b872b9b26508458f03603744d575f463a11ae7f1b090c012606fd3e9f"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "01020304"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "6d617374657220736563726574"},
        },
        .output = "5a9dd5ffa78b4d1f28f40d91b4e6e6ed37849042d61ba32ca43d866e744cee7c"
            "d1baaa497e1ecd5c2e60f9f13030a710",
    },
    {
        .source = "Mbed TLS TLS-PSK session, PSK-to-MS SHA-384",
        .alg = PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_384),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED,
                "5bed47716a11a49a6268a8350b085929116ad9ccc8181f09a05b07a7741576d6"
                "5bed47718dfd82f2d3f57544afe52decae6819b970dc716ada72ae0dd3072e9a"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "01020304"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "6d617374657220736563726574"},
        },
        .output = "f5a61fbdd2ec415762abb8042a6c16645a53d2edb6dec8c85ca71689301f9f4d"
            "875128c87608b75250b20a9550e4fe18",
    },
    {
        .source = "Mbed TLS, Mix-PSK-to-MS SHA-256, empty other secret",
        .alg = PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED,
                "5bc0b19b4a8b24b07afe7ec65c471e94a7d518fcef06c3574315255c52afe21b"
                "5bc0b19b872b9b26508458f03603744d575f463a11ae7f1b090c012606fd3e9f"},
            {PSA_KEY_DERIVATION_INPUT_OTHER_SECRET, ""},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "01020304"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "6d617374657220736563726574"},
        },
        .output = "034e4741bd6170120a8b8e8362d13575c6b857242f98021d7d7cd1221a1f8ded"
            "ea66737c46daaf5458cafa51b00c92eb",
    },
    {
        .source = "Mbed TLS, Mix-PSK-to-MS SHA-256, 20-byte other secret",
        .alg = PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_256),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED,
                "5bc0b19b4a8b24b07afe7ec65c471e94a7d518fcef06c3574315255c52afe21b"
                "5bc0b19b872b9b26508458f03603744d575f463a11ae7f1b090c012606fd3e9f"},
            {PSA_KEY_DERIVATION_INPUT_OTHER_SECRET, "c4eb02cb10175ab8a33aeeb068ba23df08206b0e"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "01020304"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "6d617374657220736563726574"},
        },
        .output = "2d6cba7ad474ac3dfcc01516ed7161a9b00c2e8a35b3e921b9eb09b546a54c98"
            "491b21d1baafb659c9094b760144ea1f",
    },
    {
        .source = "Mbed TLS, Mix-PSK-to-MS SHA-384, 48-byte other secret",
        .alg = PSA_ALG_TLS12_PSK_TO_MS(PSA_ALG_SHA_384),
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SEED,
                "5bc0b19b4a8b24b07afe7ec65c471e94a7d518fcef06c3574315255c52afe21b"
                "5bc0b19b872b9b26508458f03603744d575f463a11ae7f1b090c012606fd3e9f"},
            {PSA_KEY_DERIVATION_INPUT_OTHER_SECRET,
                "ce2fa604b6a3e08fc42eda74ab647adace1168b199ed178dbaae12521d68271d"
                "7df56eb56c55878034cf01bd887ba4d7"},
            {PSA_KEY_DERIVATION_INPUT_SECRET, "01020304"},
            {PSA_KEY_DERIVATION_INPUT_LABEL, "6d617374657220736563726574"},
        },
        .output = "a9635414fe0b271da9e049b500135698ec8f9e82a6a0f932fb56683ed66ed282"
            "349baf0120918b40eff97402356be336",
    },
    /* PBKDF2-HMAC-SHA-1: RFC 6070 section 2, vectors 1, 2, 3, 5 and 6 (vector 4, with
     * 16777216 iterations, is left out for time), transcribed via TF-PSA-Crypto
     * tests/suites/test_suite_pkcs5.data "PBKDF2 RFC 6070 Test Vector #n (SHA1)". */
    {
        .source = "RFC 6070 section 2, vector 1",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1),
        .cost = 1,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "73616c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "70617373776f7264"},
        },
        .output = "0c60c80f961f0e71f3a9b524af6012062fe037a6",
    },
    {
        .source = "RFC 6070 section 2, vector 2",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1),
        .cost = 2,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "73616c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "70617373776f7264"},
        },
        .output = "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957",
    },
    {
        .source = "RFC 6070 section 2, vector 3",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1),
        .cost = 4096,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "73616c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "70617373776f7264"},
        },
        .output = "4b007901b765489abead49d926f721d065a429c1",
    },
    {
        .source = "RFC 6070 section 2, vector 5",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1),
        .cost = 4096,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT,
                "73616c7453414c5473616c7453414c5473616c7453414c5473616c7453414c54"
                "73616c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "70617373776f726450415353574f524470617373776f7264"},
        },
        .output = "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038",
    },
    {
        .source = "RFC 6070 section 2, vector 6",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_1),
        .cost = 4096,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "7361006c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "7061737300776f7264"},
        },
        .output = "56fa6aa75548099dcc37d7f03425e0c3",
    },
    /* PBKDF2-HMAC-SHA-256: RFC 7914 section 11, both vectors (via test_suite_pkcs5.data
     * "PBKDF2 RFC 7914 Sec 11 Test Vector #n (SHA256)"). */
    {
        .source = "RFC 7914 section 11, PBKDF2-HMAC-SHA256 vector 1",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256),
        .cost = 1,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "73616c74"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "706173737764"},
        },
        .output = "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
    },
    {
        .source = "RFC 7914 section 11, PBKDF2-HMAC-SHA256 vector 2",
        .alg = PSA_ALG_PBKDF2_HMAC(PSA_ALG_SHA_256),
        .cost = 80000,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "4e61436c"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "50617373776f7264"},
        },
        .output = "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
    },
    /* PBKDF2-AES-CMAC-PRF-128 (both use a password of other than 16 bytes, so the
     * RFC 4615 section 3 key step).  1: the Thread PSKc test vector (Thread Specification
     * 1.1, section 8.4.1.2.2: passphrase "12SECRETPASSWORD34", extended PAN ID
     * 0001020304050607, network name "Test Network", 16384 iterations), as used by
     * Oberon PSA Crypto's KDF tests.  2: TF-PSA-Crypto test_suite_psa_crypto.pbkdf2.data
     * "PBKDF2-AES-CMAC-PRF-128, inputs from RFC7914 #2" (values made by Mbed TLS's own
     * script, per that file: interoperability, not a publication). */
    {
        .source = "Thread 1.1 section 8.4.1.2.2 PSKc test vector",
        .alg = PSA_ALG_PBKDF2_AES_CMAC_PRF_128,
        .cost = 16384,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "546872656164000102030405060754657374204e6574776f726b"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "313253454352455450415353574f52443334"},
        },
        .output = "c3f59368445a1b6106be420a706d4cc9",
    },
    {
        .source = "Mbed TLS pbkdf2.data, AES-CMAC-PRF-128 with RFC 7914 #2 inputs",
        .alg = PSA_ALG_PBKDF2_AES_CMAC_PRF_128,
        .cost = 80000,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SALT, "4e61436c"},
            {PSA_KEY_DERIVATION_INPUT_PASSWORD, "50617373776f7264"},
        },
        .output = "3298e89bc3560e61b59aef2c104f93380b5fa26e2e011cb5ac5895fcd5a3bd5a"
            "92e617d7cae020fa2c6ef895182d9ffa0cc8f9c22778beb02856127719d95570",
    },
    /* SP 800-108 counter mode in the Crypto API 1.2 encoding: the four outputs published
     * with the specification, ARM-software/psa-api examples/crypto/SP800-108_counter_KDF/
     * README.md (capacity 0x2a, so L = 336 bits). */
    {
        .source = "psa-api SP800-108 example, HMAC(SHA-256) with context",
        .alg = PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256),
        .capacity = 42,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "0102030405060708090a0b0c0d0e0d0f0102030405060708090a0b0c0d0e0d0f"},
            {PSA_KEY_DERIVATION_INPUT_LABEL,
                "5053415f414c475f53503830305f3130385f434f554e5445522053616d706c65"},
            {PSA_KEY_DERIVATION_INPUT_CONTEXT,
                "53616d706c65206b6579206372656174696f6e20766961205350203830302d31"
                "3038723120436f756e746572206d6f6465"},
        },
        .output = "8158cd6ae750690c2054be1066d2d8f34ab014d07f814cbc7d3e3dca78a93f5d"
            "6629b114b42a0464a489",
    },
    {
        .source = "psa-api SP800-108 example, HMAC(SHA-256) without context",
        .alg = PSA_ALG_SP800_108_COUNTER_HMAC(PSA_ALG_SHA_256),
        .capacity = 42,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET,
                "0102030405060708090a0b0c0d0e0d0f0102030405060708090a0b0c0d0e0d0f"},
            {PSA_KEY_DERIVATION_INPUT_LABEL,
                "5053415f414c475f53503830305f3130385f434f554e5445522053616d706c65"},
        },
        .output = "2fe05bd422004fa19a48cd8c9bd2ca8d3987ea6c5abcd5543aedeb04e2b7000c"
            "b6eb18c33a3d8967a7d6",
    },
    {
        .source = "psa-api SP800-108 example, CMAC with context",
        .alg = PSA_ALG_SP800_108_COUNTER_CMAC,
        .capacity = 42,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0102030405060708090a0b0c0d0e0d0f"},
            {PSA_KEY_DERIVATION_INPUT_LABEL,
                "5053415f414c475f53503830305f3130385f434f554e5445522053616d706c65"},
            {PSA_KEY_DERIVATION_INPUT_CONTEXT,
                "53616d706c65206b6579206372656174696f6e20766961205350203830302d31"
                "3038723120436f756e746572206d6f6465"},
        },
        .output = "3c50b55a13b949ad25b4b40fc37f553836b59fa0d074b73c83176d4c105fc217"
            "838ec4a1b07b8abea8f1",
    },
    {
        .source = "psa-api SP800-108 example, CMAC without context",
        .alg = PSA_ALG_SP800_108_COUNTER_CMAC,
        .capacity = 42,
        .inputs = {
            {PSA_KEY_DERIVATION_INPUT_SECRET, "0102030405060708090a0b0c0d0e0d0f"},
            {PSA_KEY_DERIVATION_INPUT_LABEL,
                "5053415f414c475f53503830305f3130385f434f554e5445522053616d706c65"},
        },
        .output = "e1ecfc001e2e9adbd016b3b4f323ce00c10582ec81e1fc1940474ca684f9e507"
            "b58abd03bce523820511",
    },
};

/* AES-CMAC-PRF-128: RFC 4615 section 4, the three test vectors (key lengths
 * 18, 16 and 10; message 000102...13), transcribed via the Ruby OpenSSL test
 * suite (test_cmac.rb cites rfc4615#section-4).  test_kdf_vectors.c checks its
 * composition of the PRF from psa_mac_compute() against them, then the PRF
 * inside PBKDF2-AES-CMAC-PRF-128 against that composition. */
struct cmac_prf_vector {
    const char *source;
    const char *key;
    const char *message;
    const char *prf;
};

static const struct cmac_prf_vector cmac_prf_vectors[] = {
    {"RFC 4615 section 4, key length 18", "000102030405060708090a0b0c0d0e0fedcb",
     "000102030405060708090a0b0c0d0e0f10111213", "84a348a4a45d235babfffc0d2b4da09a"},
    {"RFC 4615 section 4, key length 16", "000102030405060708090a0b0c0d0e0f",
     "000102030405060708090a0b0c0d0e0f10111213", "980ae87b5f4c9c5214f5b6a8455e4c2d"},
    {"RFC 4615 section 4, key length 10", "00010203040506070809",
     "000102030405060708090a0b0c0d0e0f10111213", "290d9e112edb09ee141fcf64c0b72f3d"},
};

#endif /* KPSA_TESTS_VECTORS_KDF_H */
