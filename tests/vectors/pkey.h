/*
 * vectors/pkey.h - published asymmetric keys for the key management tests
 * (test_pkey.c): import, export and public-key export of RSA, ECC and FFDH
 * keys.
 *
 * Every row names where it was published.  ECC rows marked "via Mbed TLS"
 * were taken from TF-PSA-Crypto tests/suites/test_suite_ecp.data, whose test
 * titles name the RFC that published them (first key pair of each: dA, xA,
 * yA); the public key is the uncompressed point 04 || x || y.  The FFDH rows
 * are Mbed TLS's own published test data (no upstream standard publishes
 * RFC 7919 key pairs).  "d = 1, Q = G" rows use the
 * base point of the named standard.  None of the values was computed with
 * kpsa.  Long hex strings are split across lines by string concatenation.
 */
#ifndef KPSA_TESTS_VECTORS_PKEY_H
#define KPSA_TESTS_VECTORS_PKEY_H

#include <stddef.h>

#include <psa/crypto.h>

struct pkey_ecc_vector {
    psa_ecc_family_t family;
    size_t bits;
    const char *private_key;  /* hex, as published */
    const char *public_key;   /* hex, the export format of the public key */
    const char *exported;     /* hex, psa_export_key() of the key pair if it
                               * differs from private_key (Montgomery keys
                               * with the forced bits not set); else NULL */
};

/* ECC key pairs, one or more per curve of the built-in driver. */
static const struct pkey_ecc_vector pkey_ecc_vectors[] = {
    /* RFC 5114 A.6 via Mbed TLS test_suite_ecp.data "ECP test vectors secp192r1 rfc 5114" */
    {PSA_ECC_FAMILY_SECP_R1, 192,
        "323fa3169d8e9c6593f59476bc142000ab5be0e249c43426",
        "04cd46489ecfd6c105e7b3d32566e2b122e249abaadd87061268887b4877df51dd4dc3d6fd11f0a2"
        "6f8fd3844317916e9a",
        NULL},
    /* FIPS 186-4 D.1.2.2 (P-224): d = 1, Q = G */
    {PSA_ECC_FAMILY_SECP_R1, 224,
        "00000000000000000000000000000000000000000000000000000001",
        "04b70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21bd376388b5f723fb4c22df"
        "e6cd4375a05a07476444d5819985007e34",
        NULL},
    /* RFC 5114 A.8 via Mbed TLS test_suite_ecp.data "ECP test vectors secp256r1 rfc 5114" */
    {PSA_ECC_FAMILY_SECP_R1, 256,
        "814264145f2f56f2e96a8e337a1284993faf432a5abce59e867b7291d507a3af",
        "042af502f3be8952f2c9b5a8d4160d09e97165be50bc42ae4a5e8d3b4ba83aeb15eb0faf4ca986c4"
        "d38681a0f9872d79d56795bd4bff6e6de3c0f5015ece5efd85",
        NULL},
    /* FIPS 186-4 D.1.2.3 (P-256): d = 1, Q = G */
    {PSA_ECC_FAMILY_SECP_R1, 256,
        "0000000000000000000000000000000000000000000000000000000000000001",
        "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f"
        "9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
        NULL},
    /* RFC 5114 A.9 via Mbed TLS test_suite_ecp.data "ECP test vectors secp384r1 rfc 5114" */
    {PSA_ECC_FAMILY_SECP_R1, 384,
        "d27335ea71664af244dd14e9fd1260715dfd8a7965571c48d709ee7a7962a156d706a90cbcb5df29"
        "86f05feadb9376f1",
        "04793148f1787634d5da4c6d9074417d05e057ab62f82054d10ee6b0403d6279547e6a8ea9d1fd77"
        "427d016fe27a8b8c66c6c41294331d23e6f480f4fb4cd40504c947392e94f4c3f06b8f398bb29e42"
        "368f7a685923de3b67baced214a1a1d128",
        NULL},
    /* RFC 5114 A.10 via Mbed TLS test_suite_ecp.data "ECP test vectors secp521r1 rfc 5114" */
    {PSA_ECC_FAMILY_SECP_R1, 521,
        "0113f82da825735e3d97276683b2b74277bad27335ea71664af2430cc4f33459b9669ee78b3ffb9b"
        "8683015d344dcbfef6fb9af4c6c470be254516cd3c1a1fb47362",
        "0401ebb34dd75721abf8adc9dbed17889cbb9765d90a7c60f2cef007bb0f2b26e14881fd4442e689"
        "d61cb2dd046ee30e3ffd20f9a45bbdf6413d583a2dbf59924fd35c00f6b632d194c0388e22d8437e"
        "558c552ae195adfd153f92d74908351b2f8c4eda94edb0916d1b53c020b5eecaed1a5fc38a233e48"
        "30587bb2ee3489b3b42a5a86a4",
        NULL},
    /* SEC 2 v2 2.4.1 (secp256k1): d = 1, Q = G */
    {PSA_ECC_FAMILY_SECP_K1, 256,
        "0000000000000000000000000000000000000000000000000000000000000001",
        "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4"
        "655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
        NULL},
    /* RFC 7027 A.1 via Mbed TLS test_suite_ecp.data "ECP test vectors brainpoolP256r1 rfc 7027" */
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 256,
        "81db1ee100150ff2ea338d708271be38300cb54241d79950f77b063039804f1d",
        "0444106e913f92bc02a1705d9953a8414db95e1aaa49e81d9e85f929a8e3100be58ab4846f11cacc"
        "b73ce49cbdd120f5a900a69fd32c272223f789ef10eb089bdc",
        NULL},
    /* RFC 7027 A.2 via Mbed TLS test_suite_ecp.data "ECP test vectors brainpoolP384r1 rfc 7027" */
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 384,
        "1e20f5e048a5886f1f157c74e91bde2b98c8b52d58e5003d57053fc4b0bd65d6f15eb5d1ee1610df"
        "870795143627d042",
        "0468b665dd91c195800650cdd363c625f4e742e8134667b767b1b476793588f885ab698c852d4a6e"
        "77a252d6380fcaf06855bc91a39c9ec01dee36017b7d673a931236d2f1f5c83942d049e3fa206074"
        "93e0d038ff2fd30c2ab67d15c85f7faa59",
        NULL},
    /* RFC 7027 A.3 via Mbed TLS test_suite_ecp.data "ECP test vectors brainpoolP512r1 rfc 7027" */
    {PSA_ECC_FAMILY_BRAINPOOL_P_R1, 512,
        "16302ff0dbbb5a8d733dab7141c1b45acbc8715939677f6a56850a38bd87bd59b09e80279609ff33"
        "3eb9d4c061231fb26f92eeb04982a5f1d1764cad57665422",
        "040a420517e406aac0acdce90fcd71487718d3b953efd7fbec5f7f27e28c6149999397e91e029e06"
        "457db2d3e640668b392c2a7e737a7f0bf04436d11640fd09fd72e6882e8db28aad36237cd25d580d"
        "b23783961c8dc52dfa2ec138ad472a0fcef3887cf62b623b2a87de5c588301ea3e5fc269b373b607"
        "24f5e82a6ad147fde7",
        NULL},
    /* RFC 7748 6.1 (X25519), Alice; exported with the forced bits set (RFC 7748
     * section 5, decodeScalar25519; the exported value is also Mbed TLS's
     * "PSA import/export EC curve25519 key pair: good (already properly masked)") */
    {PSA_ECC_FAMILY_MONTGOMERY, 255,
        "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
        "70076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c6a"},
    /* RFC 7748 6.1 (X25519), Bob; exported with the forced bits set */
    {PSA_ECC_FAMILY_MONTGOMERY, 255,
        "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
        "58ab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e06b"},
    /* RFC 7748 6.2 (X448), Alice; exported with the forced bits set (decodeScalar448) */
    {PSA_ECC_FAMILY_MONTGOMERY, 448,
        "9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391"
        "006382a6f127ab1d9ac2d8c0a598726b",
        "9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d4"
        "0c5b12da88120d53177f80e532c41fa0",
        "988f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391"
        "006382a6f127ab1d9ac2d8c0a59872eb"},
    /* RFC 8032 7.1 TEST 1 (Ed25519) */
    {PSA_ECC_FAMILY_TWISTED_EDWARDS, 255,
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        NULL},
    /* RFC 8032 7.4 Blank (Ed448) */
    {PSA_ECC_FAMILY_TWISTED_EDWARDS, 448,
        "6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e"
        "39a3fc5b94492f8f032e7549a20098f95b",
        "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c706"
        "1bd6783df1e50f6cd1fa1abeafe8256180",
        NULL},
};

struct pkey_ec_point_vector {
    psa_ecc_family_t family;
    size_t bits;
    int valid;               /* 1: a valid public key; 0: must be rejected */
    const char *point;       /* hex */
};

/* Public points from C2SP Wycheproof testvectors_v1/ecdh_<curve>_ecpoint_test.json
 * (the "public" field; tcId in each row): every test the file marks invalid
 * (off the curve, compressed, infinity, wrong encoding) and two valid ones. */
static const struct pkey_ec_point_vector pkey_ec_point_vectors[] = {
    /* ecdh_secp256r1_ecpoint tcId 1 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 1,
        "0462d5bd3372af75fe85a040715d0f502428e07046868b0bfdfa61d731afe44f26ac333a93a9e70a"
        "81cd5a95b5bf8d13990eb741c8c38872b4a07d275a014e30cf"},
    /* ecdh_secp256r1_ecpoint tcId 3 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 1,
        "0458fd4168a87795603e2b04390285bdca6e57de6027fe211dd9d25e2212d29e62080d36bd224d74"
        "05509295eed02a17150e03b314f96da37445b0d1d29377d12c"},
    /* ecdh_secp256r1_ecpoint tcId 332 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000"},
    /* ecdh_secp256r1_ecpoint tcId 333 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000001"},
    /* ecdh_secp256r1_ecpoint tcId 334 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "040000000000000000000000000000000000000000000000000000000000000000ffffffff000000"
        "01000000000000000000000000fffffffffffffffffffffffe"},
    /* ecdh_secp256r1_ecpoint tcId 335 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "040000000000000000000000000000000000000000000000000000000000000000ffffffff000000"
        "01000000000000000000000000ffffffffffffffffffffffff"},
    /* ecdh_secp256r1_ecpoint tcId 336 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04000000000000000000000000000000000000000000000000000000000000000100000000000000"
        "00000000000000000000000000000000000000000000000000"},
    /* ecdh_secp256r1_ecpoint tcId 337 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04000000000000000000000000000000000000000000000000000000000000000100000000000000"
        "00000000000000000000000000000000000000000000000001"},
    /* ecdh_secp256r1_ecpoint tcId 338 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "040000000000000000000000000000000000000000000000000000000000000001ffffffff000000"
        "01000000000000000000000000fffffffffffffffffffffffe"},
    /* ecdh_secp256r1_ecpoint tcId 339 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "040000000000000000000000000000000000000000000000000000000000000001ffffffff000000"
        "01000000000000000000000000ffffffffffffffffffffffff"},
    /* ecdh_secp256r1_ecpoint tcId 340 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000fffffffffffffffffffffffe00000000000000"
        "00000000000000000000000000000000000000000000000000"},
    /* ecdh_secp256r1_ecpoint tcId 341 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000fffffffffffffffffffffffe00000000000000"
        "00000000000000000000000000000000000000000000000001"},
    /* ecdh_secp256r1_ecpoint tcId 342 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000fffffffffffffffffffffffeffffffff000000"
        "01000000000000000000000000fffffffffffffffffffffffe"},
    /* ecdh_secp256r1_ecpoint tcId 343 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000fffffffffffffffffffffffeffffffff000000"
        "01000000000000000000000000ffffffffffffffffffffffff"},
    /* ecdh_secp256r1_ecpoint tcId 344 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000ffffffffffffffffffffffff00000000000000"
        "00000000000000000000000000000000000000000000000000"},
    /* ecdh_secp256r1_ecpoint tcId 345 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000ffffffffffffffffffffffff00000000000000"
        "00000000000000000000000000000000000000000000000001"},
    /* ecdh_secp256r1_ecpoint tcId 346 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000ffffffffffffffffffffffffffffffff000000"
        "01000000000000000000000000fffffffffffffffffffffffe"},
    /* ecdh_secp256r1_ecpoint tcId 347 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "04ffffffff00000001000000000000000000000000ffffffffffffffffffffffffffffffff000000"
        "01000000000000000000000000ffffffffffffffffffffffff"},
    /* ecdh_secp256r1_ecpoint tcId 349 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "02fd4bf61763b46581fd9174d623516cf3c81edd40e29ffa2777fb6cb0ae3ce535"},
    /* ecdh_secp256r1_ecpoint tcId 350 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "03efdde3b32872a9effcf3b94cbf73aa7b39f9683ece9121b9852167f4e3da609b"},
    /* ecdh_secp256r1_ecpoint tcId 351 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "02efdde3b32872a9effcf3b94cbf73aa7b39f9683ece9121b9852167f4e3da609b"},
    /* ecdh_secp256r1_ecpoint tcId 352 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "02c49524b2adfd8f5f972ef554652836e2efb2d306c6d3b0689234cec93ae73db5"},
    /* ecdh_secp256r1_ecpoint tcId 353 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "0318f9bae7747cd844e98525b7ccd0daf6e1d20a818b2175a9a91e4eae5343bc98"},
    /* ecdh_secp256r1_ecpoint tcId 354 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "0218f9bae7747cd844e98525b7ccd0daf6e1d20a818b2175a9a91e4eae5343bc98"},
    /* ecdh_secp256r1_ecpoint tcId 355 */
    {PSA_ECC_FAMILY_SECP_R1, 256, 0,
        "03c49524b2adfd8f5f972ef554652836e2efb2d306c6d3b0689234cec93ae73db5"},
    /* ecdh_secp384r1_ecpoint tcId 1 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 1,
        "04790a6e059ef9a5940163183d4a7809135d29791643fc43a2f17ee8bf677ab84f791b64a6be1596"
        "9ffa012dd9185d8796d9b954baa8a75e82df711b3b56eadff6b0f668c3b26b4b1aeb308a1fcc1c68"
        "0d329a6705025f1c98a0b5e5bfcb163caa"},
    /* ecdh_secp384r1_ecpoint tcId 3 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 1,
        "04490e96d17f4c6ceccd45def408cea33e9704a5f1b01a3de2eaaa3409fd160d78d395d6b3b003d7"
        "1fd1f590fad95bf1c9d8665efc2070d059aa847125c2f707435955535c7c5df6d6c079ec806dce6b"
        "6849d337140db7ca50616f9456de1323c4"},
    /* ecdh_secp384r1_ecpoint tcId 773 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000"},
    /* ecdh_secp384r1_ecpoint tcId 774 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000001"},
    /* ecdh_secp384r1_ecpoint tcId 775 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000fffffffe"},
    /* ecdh_secp384r1_ecpoint tcId 776 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000ffffffff"},
    /* ecdh_secp384r1_ecpoint tcId 777 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000100000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000"},
    /* ecdh_secp384r1_ecpoint tcId 778 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000100000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000001"},
    /* ecdh_secp384r1_ecpoint tcId 779 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000001ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000fffffffe"},
    /* ecdh_secp384r1_ecpoint tcId 780 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000001ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000ffffffff"},
    /* ecdh_secp384r1_ecpoint tcId 781 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000fffffffe00000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000"},
    /* ecdh_secp384r1_ecpoint tcId 782 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000fffffffe00000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000001"},
    /* ecdh_secp384r1_ecpoint tcId 783 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000fffffffeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000fffffffe"},
    /* ecdh_secp384r1_ecpoint tcId 784 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000fffffffeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000ffffffff"},
    /* ecdh_secp384r1_ecpoint tcId 785 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000ffffffff00000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000"},
    /* ecdh_secp384r1_ecpoint tcId 786 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000ffffffff00000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000001"},
    /* ecdh_secp384r1_ecpoint tcId 787 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000fffffffe"},
    /* ecdh_secp384r1_ecpoint tcId 788 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "04fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff000000"
        "0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "feffffffff0000000000000000ffffffff"},
    /* ecdh_secp384r1_ecpoint tcId 790 */
    {PSA_ECC_FAMILY_SECP_R1, 384, 0,
        "024424530ea70bace90601f8d5869e4179a6cd689b6a18fdfec50cecf17cb836d24820211ada6781"
        "5b42c2c2606303f69e"},
    /* ecdh_secp521r1_ecpoint tcId 1 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 1,
        "040064da3e94733db536a74a0d8a5cb2265a31c54a1da6529a198377fbd38575d9d79769ca2bdf2d"
        "4c972642926d444891a652e7f492337251adf1613cf3077999b5ce00e04ad19cf9fd4722b0c824c0"
        "69f70c3c0e7ebc5288940dfa92422152ae4a4f79183ced375afb54db1409ddf338b85bb6dbfc5950"
        "163346bb63a90a70c5aba098f7"},
    /* ecdh_secp521r1_ecpoint tcId 3 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 1,
        "04014c643329691ba27459a40dfe7c4ce17b3ea14d0cd7aa47b01f1315404db51436fbbfe6de0842"
        "e0f7e1265f6ff3aca28750677d3370b2fb2a6ef497356f4b95811201051b14178639a09a41465c72"
        "d3743436ee1c191ff7388a40140b34d5317de5911ea03cdbb0329fdeb446695a3b92d437271a9f3c"
        "318b02dec4d473908158140e97"},
    /* ecdh_secp521r1_ecpoint tcId 634 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000"},
    /* ecdh_secp521r1_ecpoint tcId 635 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000001"},
    /* ecdh_secp521r1_ecpoint tcId 636 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000001ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffe"},
    /* ecdh_secp521r1_ecpoint tcId 637 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000001ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffff"},
    /* ecdh_secp521r1_ecpoint tcId 638 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000100000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000"},
    /* ecdh_secp521r1_ecpoint tcId 639 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000100000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000001"},
    /* ecdh_secp521r1_ecpoint tcId 640 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000101ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffe"},
    /* ecdh_secp521r1_ecpoint tcId 641 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000101ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffff"},
    /* ecdh_secp521r1_ecpoint tcId 642 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffe00000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000"},
    /* ecdh_secp521r1_ecpoint tcId 643 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffe00000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000001"},
    /* ecdh_secp521r1_ecpoint tcId 644 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffe01ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffe"},
    /* ecdh_secp521r1_ecpoint tcId 645 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffe01ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffff"},
    /* ecdh_secp521r1_ecpoint tcId 646 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000"},
    /* ecdh_secp521r1_ecpoint tcId 647 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000001"},
    /* ecdh_secp521r1_ecpoint tcId 648 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffff01ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "fffffffffffffffffffffffffe"},
    /* ecdh_secp521r1_ecpoint tcId 649 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0401ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffff01ffffffffffffffffffffffff"
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffffffffff"},
    /* ecdh_secp521r1_ecpoint tcId 651 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0200429cb431c18f5f4e4e502f74214e6ac5ec2c3f86b830bac24de95feae142ca7d9aa8aa5b34f5"
        "5af4b2848f2e6ba6df4c3ecd401a1d7b2a8287a332b202196fadbb"},
    /* ecdh_secp521r1_ecpoint tcId 652 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "020108cbf3c9bf8e42135d87127556831076d84d5e549e645afda8a099249231b59b6c508dee4e91"
        "c9a543e90ebc82613f86cb1290e29102a0f2fdeb57bf4193fb4639"},
    /* ecdh_secp521r1_ecpoint tcId 653 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "03011f2dca6b686e2141c11822e2d5439261583ce98cd6c4041c6d1be9e17dee33ea4a65c3e8cca6"
        "de50a30a39c788a585f1188bef0680a9c0264b3c8dcf494d0eb948"},
    /* ecdh_secp521r1_ecpoint tcId 654 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "02011f2dca6b686e2141c11822e2d5439261583ce98cd6c4041c6d1be9e17dee33ea4a65c3e8cca6"
        "de50a30a39c788a585f1188bef0680a9c0264b3c8dcf494d0eb948"},
    /* ecdh_secp521r1_ecpoint tcId 655 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "030108cbf3c9bf8e42135d87127556831076d84d5e549e645afda8a099249231b59b6c508dee4e91"
        "c9a543e90ebc82613f86cb1290e29102a0f2fdeb57bf4193fb4639"},
    /* ecdh_secp521r1_ecpoint tcId 656 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "020009cc73141cf1843d2b2c95dc5cbc4d615c6da4814c1c7208615d8e78c7a8666aba1852faaa45"
        "a45d32bd0fde6ea78f262a96bf1e02949cea48c33c695103683048"},
    /* ecdh_secp521r1_ecpoint tcId 657 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "030047b9cf28e04b38796858545d60d6133fbdc20ede086e5d95111c982b8c276628235e536c0756"
        "37a97c0a6c30d02b83b19e578203473eea16dfdeaeccb1dc0d9b19"},
    /* ecdh_secp521r1_ecpoint tcId 658 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0300c18410f5727ee0101a52ef95c0ac455cbc65bf9967f0a2c419aa0a291cabad569f2337e102d0"
        "a9128f4212dbf9fa9e5a8f14ca7f28e82977281facdd9ca7a92c78"},
    /* ecdh_secp521r1_ecpoint tcId 659 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "0200c18410f5727ee0101a52ef95c0ac455cbc65bf9967f0a2c419aa0a291cabad569f2337e102d0"
        "a9128f4212dbf9fa9e5a8f14ca7f28e82977281facdd9ca7a92c78"},
    /* ecdh_secp521r1_ecpoint tcId 660 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "020047b9cf28e04b38796858545d60d6133fbdc20ede086e5d95111c982b8c276628235e536c0756"
        "37a97c0a6c30d02b83b19e578203473eea16dfdeaeccb1dc0d9b19"},
    /* ecdh_secp521r1_ecpoint tcId 661 */
    {PSA_ECC_FAMILY_SECP_R1, 521, 0,
        "030009cc73141cf1843d2b2c95dc5cbc4d615c6da4814c1c7208615d8e78c7a8666aba1852faaa45"
        "a45d32bd0fde6ea78f262a96bf1e02949cea48c33c695103683048"},
};

struct pkey_rsa_vector {
    size_t bits;
    const char *key_pair;     /* hex, DER RSAPrivateKey */
    const char *public_key;   /* hex, DER RSAPublicKey */
};

/* RSA key pairs: C2SP Wycheproof testvectors_v1/rsa_pkcs1_<bits>_sig_gen_test.json,
 * first test group of each file: "privateKeyPkcs8" with the PKCS#8 wrapper
 * removed (the RSAPrivateKey it carries, byte for byte) and "keyAsn" (the
 * RSAPublicKey). */
static const struct pkey_rsa_vector pkey_rsa_vectors[] = {
    {1024,
        "3082025d02010002818100d0941e63a980fa92fb25ed4c7b3307f827023034ae7f1a7491f0699ca7"
        "607285e62ad8e994bac21b8b6e305e334f4874067d28e304230dca7f0e85f7ce595770b6e054c9f8"
        "44ba86c0696eeba0769d8d4a347e8fe85c724ac1c44994af18a39e719f721f1bc50c46a39e6c075f"
        "cd1649f01f22608ce7dc6955502258336987d902030100010281805ff4a47e690ea338573e3d8b3f"
        "ea5c32378ff4296855a51017cba86a9f3de9b1dc0fbe36c76b9bbd1c4a170a5f448c2a8489b3f3ac"
        "858be4aacb3daaa14dccc183622eedd3ae6f0427a2a298b51b97818a5430f13705f42d8b25476f93"
        "9c935e389e30d9ade5d0180920135f5aef0c5fecd15f00b83b51dab8ba930d88826801024100e882"
        "d12d5f0be26a80359f13c08210bdcbf759dfee695313efa8886919659b064e3c656a267af6275ed1"
        "af89a5dfe9e25b31a02bafbd59445b7507a22989a681024100e5a65cfa668bd857d59135a78c18c8"
        "adb7c222368e9d74abad8e83299f7ac3c2ad7aa44ddb05deea6d9b20dbaf09a8615284a17c72d372"
        "3240334685ea7e2559024100a327c8e8f19d4150428f5e055a3ceaca846a19e30d45534ad60d894b"
        "56caf9b1bf0c9a8d965b0a882dfd2e1485154ee5cbe052e8d4f525c2d5fa9554b1992a0102410091"
        "f17ceb411a247e056287f79787f498b9cc2d1400e43dce10b91dcfe8e30adf80820d42d12b54f424"
        "7dce8eee193421cd602e843930f944c81a0dfa730081d9024075915a454770b49082423761244cce"
        "c65a6e48ae9966344b675610facad9162fa5bd1cc5108c322c2fb3c144f807773a2c7d097f63e5c8"
        "d3bd8ce8efac2ade04",
        "30818902818100d0941e63a980fa92fb25ed4c7b3307f827023034ae7f1a7491f0699ca7607285e6"
        "2ad8e994bac21b8b6e305e334f4874067d28e304230dca7f0e85f7ce595770b6e054c9f844ba86c0"
        "696eeba0769d8d4a347e8fe85c724ac1c44994af18a39e719f721f1bc50c46a39e6c075fcd1649f0"
        "1f22608ce7dc6955502258336987d90203010001"},
    {2048,
        "308204a20201000282010100bd31c7a02691d2d9587ef6a946ff788544ccadd4b2988ad62086792a"
        "6bf96c8616b4ad13317d2270b901d0fcd1d880cb8f52fb87304a5258c11b38dfeae8df670aeee7ea"
        "1d0d9df8e00e80847e41e5989ed402d44e78b30fef17b5671d3adbf8685e4dc204499ecd1863e1d5"
        "aff28a7cf66eadf31fec9236c120add13451522c647c9832a672cd64d328c1c322183f4661d09bda"
        "60b8dd5f0328da5420821424afdabb1a80c5d12763a1b0238cd89d0742bfc50b6a2fcb701d824218"
        "f9826f4f78a23a2b5aa42ace7f175376fb6cbdb2bad293ba583d4d31c6b8f9029e46b13689249855"
        "f505756e00e225a6a45a18769bd8d2b3a4acb9f1c23d3e51882561e50203010001028201000747d5"
        "20ca9b2dfc0335cf94301140b8102fb838c92ea99917e354e25709602dc0cdef231ff26ad2dfabbc"
        "391e723072a4ef52929f3f1cf0216e44c0093030f8ac29096faef28933bc9b924287014e2e935e21"
        "45be4752ccb82cb7646271936979cab73f521eeb27855ac2a410834ae5082eb62ef6f9899ee5cbb6"
        "24a8d8c04ab7edcf78fe135d0f808f63b5de6e071779bf1d9eaaf8d3ef965486f2c52625e6e57a65"
        "1c7bbd0197c99c057b3860a3260c864a11b3cf22ba44de3a3b3f3117e64ebf9a91f626ebb3f3c26d"
        "1b0bb80753468d4bf6a997b28335f20ed8c384d7558360a9ae9755661fa3749846b174e6bf330e52"
        "d09941f6ccd7de5004779f9bb902818100fe3d238d376a3856d9592fd4961c17a7fb0fa39d442e9d"
        "f22e7eda115c648c5cb738df89ea92d8378558d0d9c1cf3d8bff740d3743a0140a6a7523e9176c29"
        "53b2c11d7f44691cf8bec2b34fb59c649535983319488118c03118ae7445e70df466ce98671260f0"
        "5d5068ce777da97e2ba84779490500ceb4ff7f62ceca9a147f02818100be814af26bf3c27115bc75"
        "95d0d12a1af7713feca877ae6e6d858825eda3d192704774f42e1ae1b67f1739e8c45a0476388070"
        "fa545b7cc96b8a44003bc8d07fde73f5bcdd18268395dcc2842b5023ff14b352382607b7179a5ea3"
        "30840fc45045d86e0acc4feb135f0ab9b7ce6b8eb5f5a575f2a2a8de299c0d3f506df4879b028180"
        "61bb4cf4572e0cf44ddefc0503a34ef0b31142fb0c9fc2f5bb2be656302732d1dd590e8d6cd0002f"
        "efa1c1bf43c28fcd4668ed3fa64e5e05d700aaca4ac7b867455af924d83e73f5a7171f68efce6bd7"
        "f3df4b1d5802d069e935acb263c0bb5b8d3db3d64379624cecc12d453fd82cf9495a18649a78c1fd"
        "500e3f04715ba3af0281806649dbe920a7a8ceb982108cd9ab857527498aae52a2b86918ab6b381a"
        "4a2cbbf94794f78b4de9c5e8a59af56d807c06d23dbcebdca1a6f62ba4f8f03b298f32294a9036d1"
        "6c2739de1cc3e0ddb4d12f2479487b57882afa246c0e297daf4d94607c5e51b3f4715f5c57d0f26d"
        "867901209db02010d0a541284640a9b9f0636302818039ec606f5c9f1f33d964606e128e9e90cff9"
        "32772c5715aa759816d504efe2c46206f3379aa61d31f88e726b50dd80b8ce8558a0d7408525f58c"
        "3399ce32e239d70941f12d21e7761c043e0b02220d25ffd03571c7ae5bbd59c31f48120676f9d7c3"
        "70a749d8491bdfcea01662a136c85d349b6c710fc6f6ebf8a7a79b62adc3",
        "3082010a0282010100bd31c7a02691d2d9587ef6a946ff788544ccadd4b2988ad62086792a6bf96c"
        "8616b4ad13317d2270b901d0fcd1d880cb8f52fb87304a5258c11b38dfeae8df670aeee7ea1d0d9d"
        "f8e00e80847e41e5989ed402d44e78b30fef17b5671d3adbf8685e4dc204499ecd1863e1d5aff28a"
        "7cf66eadf31fec9236c120add13451522c647c9832a672cd64d328c1c322183f4661d09bda60b8dd"
        "5f0328da5420821424afdabb1a80c5d12763a1b0238cd89d0742bfc50b6a2fcb701d824218f9826f"
        "4f78a23a2b5aa42ace7f175376fb6cbdb2bad293ba583d4d31c6b8f9029e46b13689249855f50575"
        "6e00e225a6a45a18769bd8d2b3a4acb9f1c23d3e51882561e50203010001"},
    {3072,
        "308206e10201000282018100c6fe23792566023c265287c5ac6f71541c0994d11d059ee6403986ef"
        "a21c24b51bd91d8862f9df79a4e328e3e27c83df260b25a9b43420affc44b51e8d7525b6f29c372a"
        "405104732007527a62ed82fac73f4892a80e09682a41a58cd347017f3be7d801334f92d9321aafd5"
        "3b51bffabfc752cfccae0b1ee03bdaff9e428cc1c117f1ac96b4fe23f8c23e6381186a66fd592893"
        "39ae55c4bcdadbff84abdaa532240d4e1d28b2d0481dadd3b246557ca8fe18092817730b39e6ee37"
        "8ffcc85b19ffdc916a9b991a6b66d4a9c7bab5f5e7a3722101142e7a4108c15d573b15289e07e46e"
        "aea07b42c2abcba330e99554b4656165bb4c0db2b6393a07eca575c51a93c4e15bdb0f747909447e"
        "3efe34c67ca8954b530e56a20a1b6d84d45ed1bcd3aa58ec06f184ee5857aaa819e1cca9a26f4e28"
        "d6b977d33916db9896d252d1afa762e287cb0d384cc75bfe53f4e922d02dd0a481c042e2d306b4b3"
        "c189371e575b25e0005a164cf69dd0976e4d5be476806ea6be6084e71ab4f5ac5c1b120302030100"
        "010282018072ac6bb6d9a5726e454b5430c71125c6e9ad5fd42e1c5a18a8343e9d83d72214386b23"
        "08c0b8ec5ec6759dcfcd6a21f88b8ceaf46403923eb86ac3d14a8592e95de0462e14085c3f17db00"
        "5dc4fac87b4a2d1ede5cf851d5745c8651a4438c0a4d746ad72e419207964728c301bf379a01c094"
        "e9693376f721137d3dc76ee47c9790fbd590b7d6a8d626e21b277ef17a4e4f7e0171c1146e1ec324"
        "fa97f30d3a1bae08f8d5f6e92cfc121665239c429167359e9650434b29d2015190356adfee12f25b"
        "341b08f12b7fec6379598af7d5cc24fe7f00de1d47133ce3ad8b6be1c9a854e33fb952e164ac6dd2"
        "a9052186ee144ee7dd986a8f03891d0da21ed78516dcdc2ac89cdddc8b544731d66f9d89bf17a50c"
        "6d987a598b02c938dc36521b881ea994e4c8fb2ba8fd001f73335d4dd1bdbe177d3093cf3883657c"
        "9ff944e8f5c9cde548b7c1b0741929b0d74977ecda694d940aefd9d2fc75323e0b3a114b99feaf3e"
        "2518f5158d1fd9d953aa20af158e67d27e2ce2f18d97fd02f3699819790281c100f5eca16e0e8369"
        "6b0ed9ac8a812545daba55f20a964c4e6343604a7f2be2860fce9fa16a1cc92120939deb88dff685"
        "50383ead851fac07ad1b2e8a9b2bb69525d96ceabb7ee83ce50f08d649107f449a14521a6893f3f3"
        "c5c5a703b2fc28bfcfe261a4f7f450558080deaeaab651c7a9ae586c1e7f5c52cda93e40aac908e4"
        "e3357984fc116af9cbe9539bc7a8d3b351a73ea5c2413d1da2e0b448b454670aca89ffe73b1401e9"
        "b8554fc3f23d6c904623251a1d29962ca9b26d973345bc4c5f0281c100cf25446f59cf512919ddbf"
        "cfa2d9670495ad92b6f295d61032057f9da6dbefc4510a623c2b47a5220082a3bc42af1a144f98c9"
        "ee4fdae41be0ec501ccc94b2b0640191099b355611160deb327e8ace018b898025ef470e4373ec1d"
        "97f669e298e1d845c6553c0a546ccb168d5b510dbe6018fd4ed9a3545f9bdb81968f4a6d7c790e5c"
        "34729a8efb496086fa1300249ab8b28f38951d7bee1c127ac3c4d0bd596edee1e9d17781dbb8227d"
        "7b5d76ce8b8bce03c5d339b9757981610848c55cdd0281c06357a59679d26801514c6940c20eb67b"
        "370e84e9f5f0f9316c0437d3cb7c843f5a6e6d9c19e8bdb3152e93f904cfe6e692f1eed27a0ada46"
        "f95601b3d122be793dad9bdd05d4f6d469105ecfc11448381dc154ddadf6bc20c649435b483585d6"
        "8a527b7b967be52e35e0be9a437021c1cfa5f4771567cc233c1ce3ae99eb37daf8bd10156b4bd580"
        "a3ce9c7d391bdbb23e67363a947405c6c812cbd3dccc8b356a2dafd0d3b23a21b684b458e4ab3854"
        "bcd9be04cdc9d65ceeb10a8531c470ed0281bf04dadabfc15b1a8bdc0f566f876191088a7986f6c2"
        "b8c04ba0e0801d31cbf5d2a4139a39cec9df14ecee22e846a7d3f4a5e8eed2a70c7a4c2cf95ce74f"
        "e42c4bf60c135a264919bb4cc906ba283d1896f0ae48529b490f0c85ab03068cbfee8fa6bb6ae73b"
        "182d25cd66f5205b038b4eeaf1aafe2e1ba5de97c88d40fa1ac47626602fc90ae694734f44f3e4e8"
        "8d184e8805a755ac2904be8fe9def6b7a62cc9ebcf4d7c2d6c9f9e86b2483e9bf22ce51861bbb4e7"
        "3e731a4dbeba87772d290281c0214a1f73130e48b336fe01b950885ecdb3443d93e7e8ca62fb0da9"
        "6bd423759d8be552c8be44f139fbee6ec24b75fbf0744fac4daabf5488fe6c3600d9b8e9a922481f"
        "c74a7a3d622662db8c85318de48ee8b716f19429fb594990da705ebdf7ef6613dd6bf885c16ad65e"
        "9fe6c280386bee976c25dbaff8fbf69baed9510be5eded3f90e0ba4a97e5c81a2189f114670745ab"
        "95edda215bd05fdc78929fa0cfe8b01c83f2aec93e3ad1a334fd85aa8794eacf955ae5dacd45b268"
        "741fca195c",
        "3082018a0282018100c6fe23792566023c265287c5ac6f71541c0994d11d059ee6403986efa21c24"
        "b51bd91d8862f9df79a4e328e3e27c83df260b25a9b43420affc44b51e8d7525b6f29c372a405104"
        "732007527a62ed82fac73f4892a80e09682a41a58cd347017f3be7d801334f92d9321aafd53b51bf"
        "fabfc752cfccae0b1ee03bdaff9e428cc1c117f1ac96b4fe23f8c23e6381186a66fd59289339ae55"
        "c4bcdadbff84abdaa532240d4e1d28b2d0481dadd3b246557ca8fe18092817730b39e6ee378ffcc8"
        "5b19ffdc916a9b991a6b66d4a9c7bab5f5e7a3722101142e7a4108c15d573b15289e07e46eaea07b"
        "42c2abcba330e99554b4656165bb4c0db2b6393a07eca575c51a93c4e15bdb0f747909447e3efe34"
        "c67ca8954b530e56a20a1b6d84d45ed1bcd3aa58ec06f184ee5857aaa819e1cca9a26f4e28d6b977"
        "d33916db9896d252d1afa762e287cb0d384cc75bfe53f4e922d02dd0a481c042e2d306b4b3c18937"
        "1e575b25e0005a164cf69dd0976e4d5be476806ea6be6084e71ab4f5ac5c1b12030203010001"},
    {4096,
        "308209280201000282020100956353ecb7561945dc5544e4602466078c93f28507701ffd39e2a981"
        "3c8ac8740e6ad61c955d484e513b3dcea527e001a018ee2c207c1806a96763280236cd3c820dff79"
        "837c9b709cb4b522d3ddbc9192242259c43be75ea244d37ccfa8a4c75024a2cf7cc76e842ea69cc7"
        "ca1227405b070047387a5068e4976e4b8ed5f9aadd7b4db024fbb8d7bd8a040d8f6610c1c6eb1d4b"
        "606dfd182235d0360880304d5a750603af0c424b8c8e6dbc12c3697d2d609c97547e774e2e362ea9"
        "6d1690dc9432112c535258b3db2c4c32ad510d6c07ad0788357883869efb8b629298724847925cf4"
        "2b34386be700f02903db5852276bee2370941f397bdc3905e30964a0b5e73602703340960c3ed607"
        "8263b611f197955fecce4b9a32e43cd1d2e5e87c4ceb65edc8853a7ee31d28e16e5adffb8ac7b760"
        "fbfc63d5f174f4d0936461dbb12c964a6b6d6cee752e5fca1ab4a9fd238dd3e8860a1d763d2019f9"
        "e7b99ed7666d4e038710f90e0093bc566987d6c0092f571376e705b342d066c54e6e2578927b92c1"
        "f0928de44e9a6e1f49b907c6aa4f605ec9c398d55df81c67373b03cc8110162fb417f96fd3210486"
        "47dfcbb392455115cd912ea83351853e6a185284648842adcbd25e67174a3b93b8a64ce2ce9de0e8"
        "577b8b662ce32e2565782665dd38e5bb5fcc4fe12e4320dab7773b545a09c6d39d9dbad459f21f3e"
        "624ee6ed020301000102820200097a59d2c4f70377793937bbbd95d19b5d01edfb1eb3b073e27e4c"
        "fed416820d4af4e04cc3f53d272ae43551ad0cd09b89cacb21a595f9f8423b3b0148d2ad46cf818f"
        "d9e7cbba18f4f84a1dc18f69ed5a764c6fa191a3664fa94a39bafb1a29431e6fedf61eb9164dd768"
        "4f0cb506248121fa948a32c8733f3d9453dae61c8708b2500582f32d91128775265f18bcab6eb170"
        "145e33dc40f1bab451194cf8c38f9fa91806bd225fa4b54ca50813b9d7a54f61e0000e5e0769cb2a"
        "3eb99b1ae9c3c5416dac83a6f91248c734d7e63291ce12de4d780703614128f878f29015801c7a5e"
        "c7670e531e1573ebc8ce63d640b01b9aea48b43d1eea8ad85b55423d4e142bcf73315f3e9e978b65"
        "f0556246066596013fad97b83ba552140c6957ef443ccec4051b2a8c9cd9f25c4cf6bdc2e904f460"
        "63e319643283462a4047d49c38bdbb0ee3d87980ec08410d5d2dee8e5349958e4178aba065a55d79"
        "d89080570fd4af5678b1573e42f2e0f863b31bb4e19ba232c02ae5b8f948d1ce8145c4968d24b56a"
        "c930b4f67047257f3c0b86bce7a77b8d0d87124c4a4141409ac11377fb9fc805d60012386becc2ba"
        "8478e663becc3d73239ce3036c2d2fc9e6e2e370c2c78053ee1bcef7a87872ef92b784638b84713a"
        "5d78ba8c3a868e3466f2275b252e19766d2104ec60537bc1589b1558b76643751f6a60fd8a5102b6"
        "c788e0f0490282010100c3c677495c2bd56619e44e26140d2ede0037409b81f3a5b3886a0904eb48"
        "6140f43b8626af13d14a33918eb72b786b3c9114f39017871528953c09104e1fd2d36b725388f54f"
        "fea30373077895a6934ab174e55ca6a12c21923a7b775b5ffaffbd813f9fb752805b016a5735b883"
        "c639fedd55ba2e233a6dc1673063d8487390d1676123544d3def177a91caeef98b13f38860474e44"
        "993d4c6060926d878a2059855d0de1c794ac8dbdad655fbbad20f152f15c73b95ac544cbb87b8bec"
        "8fd3c007ad09d76ae22a5e993302aa72f11deb265a7f28b88976af5d0c912d97b7284b1783c5bc91"
        "a6dcb7a9b97fe53713965857742b7e4032dc5141acd4afd4771f0282010100c357cf685f9b8d4e59"
        "e96686f7b8752f0a982efbe6658e6bcdb615d921f5e7056882825347455782d7bc78d637e17e0e68"
        "10c2136ad81b16cc1c81750785924616f2bdf5964b26c7fc50fa98fb67b746b50812705b379f5dea"
        "dbd11dcd2fec7b724d042aef25cea2eb37f85b7554d7ad49fe5f47737ff436bded418507f2f175c6"
        "95e324fbb11beb0544a7a7cb3f07924e291b5c8ddaa6a7dbb07e23bce1960cb52b9000d3a7aab1f5"
        "8e3c750b6d978adf3d085ae7693b7e6a46cf6dbb6d2ad981f4bca5d15e0962c39066a9fc27985b9b"
        "a1f51132355792796a5dd847400804f98671ee4899050bdc2e7872ce6fb2b78b1050436d882425ee"
        "0745546a6a1c730282010100a6bbb5460638d2b2f5242aa6657760cdf3731b1415d5f2ee77248f6f"
        "e00e31bdc70396da054ba47844791809c9fcf19f90943e671e928e23950d9f4e82aab9bc138b37b7"
        "b1ed2219a54b67367c8574762db237d0f39cda5ff110dbac286712f69167ad4f122b3263cf4dc8de"
        "58b9e9ade4f08e1d5543ed74223e06c9521f4a45310291892c37e8a262e5a19b2a71decfec1dde99"
        "7c00125e5158d7867dbfec9466899d59c04b60c4a0a6c5314c1a2375a5f194dbbf37422635d426d7"
        "19b12c41140fb5806735814ec268493861002977e8982e8493a2ae78251be32315a85b75f6961d44"
        "dfb7505c34135987a2288907074fdc015ab1c45f3cd8e91fee6bcdd302820100178cd58f72bf5118"
        "da141e6d351e42da69ff90e2839348c94c62a05dae0f744b9d9ee6515ded4930980bbbd1afa8fac6"
        "87db455a8bee03ce0acb80fbf7ed2d864fabf224d27abaf12f45200123860c7d74c3c55d5051f35f"
        "a239e00b24ba9b5b029bb05df0b8f12189141558095c32284d1c62a63d917682c700fc7e2a482abe"
        "1533eacf819c878e1cf37af6eab4ed97c0de89d2edb327966310f31421e85c6ba9c7d7b391d0cbee"
        "6a793c66abfb09630fa8cf020e960c3b205aeb15029c95a6e558f90950a572a23a8b852507264ae2"
        "f86f5d1936a161ae61fee5d3763b8cfbf48d35dd1159895735b350881ec52e999c255a57d6b3ac0f"
        "fa935bd36284ea6b02820100484ad86e79415ea3c78af5f6c807cc99decfb14ca1e80c8e6a1ef00e"
        "e582d3d180774236a54ec9dc8dbcca51f4da4379cf634f3a07cea4b7748d7b5d94cacd4d474111f9"
        "2d19f3ab5eb4def8dba57b990844efd28d85344666e283f5d5fb0e6e8d96f07411c882bf280446e4"
        "9b3b9b15218fc24da34ce8f01e02735920ef48a343b4de11f99b26547a251afa7aaa69083c421e24"
        "47b1a989d50712bf8fc35882b63517c7c39843cf67b92645b68c6d8f90331600142e6cb97032a5af"
        "6ef7c20f87630c6b25dddeb57f2cc0cd8c8a0661b5f40ed6632989f5d40f33bbfd9be09374483606"
        "c2cd7ed8b5fcb8bf3df1f9368a13922b1240c0d25792505b857d3e8d",
        "3082020a0282020100956353ecb7561945dc5544e4602466078c93f28507701ffd39e2a9813c8ac8"
        "740e6ad61c955d484e513b3dcea527e001a018ee2c207c1806a96763280236cd3c820dff79837c9b"
        "709cb4b522d3ddbc9192242259c43be75ea244d37ccfa8a4c75024a2cf7cc76e842ea69cc7ca1227"
        "405b070047387a5068e4976e4b8ed5f9aadd7b4db024fbb8d7bd8a040d8f6610c1c6eb1d4b606dfd"
        "182235d0360880304d5a750603af0c424b8c8e6dbc12c3697d2d609c97547e774e2e362ea96d1690"
        "dc9432112c535258b3db2c4c32ad510d6c07ad0788357883869efb8b629298724847925cf42b3438"
        "6be700f02903db5852276bee2370941f397bdc3905e30964a0b5e73602703340960c3ed6078263b6"
        "11f197955fecce4b9a32e43cd1d2e5e87c4ceb65edc8853a7ee31d28e16e5adffb8ac7b760fbfc63"
        "d5f174f4d0936461dbb12c964a6b6d6cee752e5fca1ab4a9fd238dd3e8860a1d763d2019f9e7b99e"
        "d7666d4e038710f90e0093bc566987d6c0092f571376e705b342d066c54e6e2578927b92c1f0928d"
        "e44e9a6e1f49b907c6aa4f605ec9c398d55df81c67373b03cc8110162fb417f96fd321048647dfcb"
        "b392455115cd912ea83351853e6a185284648842adcbd25e67174a3b93b8a64ce2ce9de0e8577b8b"
        "662ce32e2565782665dd38e5bb5fcc4fe12e4320dab7773b545a09c6d39d9dbad459f21f3e624ee6"
        "ed0203010001"},
};

/* The same 2048-bit Wycheproof key as PKCS#8 (the file's "privateKeyPkcs8"):
 * a valid key in a format the Crypto API does not define for import. */
static const char pkey_rsa2048_pkcs8[] =
    "308204bc020100300d06092a864886f70d0101010500048204a6308204a20201000282010100bd31"
    "c7a02691d2d9587ef6a946ff788544ccadd4b2988ad62086792a6bf96c8616b4ad13317d2270b901"
    "d0fcd1d880cb8f52fb87304a5258c11b38dfeae8df670aeee7ea1d0d9df8e00e80847e41e5989ed4"
    "02d44e78b30fef17b5671d3adbf8685e4dc204499ecd1863e1d5aff28a7cf66eadf31fec9236c120"
    "add13451522c647c9832a672cd64d328c1c322183f4661d09bda60b8dd5f0328da5420821424afda"
    "bb1a80c5d12763a1b0238cd89d0742bfc50b6a2fcb701d824218f9826f4f78a23a2b5aa42ace7f17"
    "5376fb6cbdb2bad293ba583d4d31c6b8f9029e46b13689249855f505756e00e225a6a45a18769bd8"
    "d2b3a4acb9f1c23d3e51882561e50203010001028201000747d520ca9b2dfc0335cf94301140b810"
    "2fb838c92ea99917e354e25709602dc0cdef231ff26ad2dfabbc391e723072a4ef52929f3f1cf021"
    "6e44c0093030f8ac29096faef28933bc9b924287014e2e935e2145be4752ccb82cb7646271936979"
    "cab73f521eeb27855ac2a410834ae5082eb62ef6f9899ee5cbb624a8d8c04ab7edcf78fe135d0f80"
    "8f63b5de6e071779bf1d9eaaf8d3ef965486f2c52625e6e57a651c7bbd0197c99c057b3860a3260c"
    "864a11b3cf22ba44de3a3b3f3117e64ebf9a91f626ebb3f3c26d1b0bb80753468d4bf6a997b28335"
    "f20ed8c384d7558360a9ae9755661fa3749846b174e6bf330e52d09941f6ccd7de5004779f9bb902"
    "818100fe3d238d376a3856d9592fd4961c17a7fb0fa39d442e9df22e7eda115c648c5cb738df89ea"
    "92d8378558d0d9c1cf3d8bff740d3743a0140a6a7523e9176c2953b2c11d7f44691cf8bec2b34fb5"
    "9c649535983319488118c03118ae7445e70df466ce98671260f05d5068ce777da97e2ba847794905"
    "00ceb4ff7f62ceca9a147f02818100be814af26bf3c27115bc7595d0d12a1af7713feca877ae6e6d"
    "858825eda3d192704774f42e1ae1b67f1739e8c45a0476388070fa545b7cc96b8a44003bc8d07fde"
    "73f5bcdd18268395dcc2842b5023ff14b352382607b7179a5ea330840fc45045d86e0acc4feb135f"
    "0ab9b7ce6b8eb5f5a575f2a2a8de299c0d3f506df4879b02818061bb4cf4572e0cf44ddefc0503a3"
    "4ef0b31142fb0c9fc2f5bb2be656302732d1dd590e8d6cd0002fefa1c1bf43c28fcd4668ed3fa64e"
    "5e05d700aaca4ac7b867455af924d83e73f5a7171f68efce6bd7f3df4b1d5802d069e935acb263c0"
    "bb5b8d3db3d64379624cecc12d453fd82cf9495a18649a78c1fd500e3f04715ba3af0281806649db"
    "e920a7a8ceb982108cd9ab857527498aae52a2b86918ab6b381a4a2cbbf94794f78b4de9c5e8a59a"
    "f56d807c06d23dbcebdca1a6f62ba4f8f03b298f32294a9036d16c2739de1cc3e0ddb4d12f247948"
    "7b57882afa246c0e297daf4d94607c5e51b3f4715f5c57d0f26d867901209db02010d0a541284640"
    "a9b9f0636302818039ec606f5c9f1f33d964606e128e9e90cff932772c5715aa759816d504efe2c4"
    "6206f3379aa61d31f88e726b50dd80b8ce8558a0d7408525f58c3399ce32e239d70941f12d21e776"
    "1c043e0b02220d25ffd03571c7ae5bbd59c31f48120676f9d7c370a749d8491bdfcea01662a136c8"
    "5d349b6c710fc6f6ebf8a7a79b62adc3";

struct pkey_ffdh_vector {
    size_t bits;
    const char *key_pair;    /* hex, x */
    const char *public_key;  /* hex, y = g^x mod p */
};

/* FFDH key pairs and their public keys over the RFC 7919 groups, from Mbed TLS
 * (TF-PSA-Crypto tests/suites/test_suite_psa_crypto.data, the test named in
 * each row: import_export_public_key data and expected public key). */
static const struct pkey_ffdh_vector pkey_ffdh_vectors[] = {
    /* "PSA import/export-public FFDH RFC7919 key pair 2048 good" */
    {2048,
        "2a45292441157b3c25572f76a5cdf960a7bdbf06731d783c5bf8920fb94ccc3d5dccf86a3cb66b4e"
        "3aedd23106222458acf3f72c753cb67c2e19ad399566866febc16c3b4dc72773b4709047ae1aec2d"
        "9107c2041b06b86a8f604465b26e0e753d6b10772798b3797232d950a36f2d4b33b04b36de73ac6b"
        "8a7365015df5745a1f892728b0ca947702c36e3bc646e72e23e80c345dbb014b7f93b36c80b4051f"
        "9a716d19b980861e86d62977466565462fbd3c1bb4efd630dccbeb351a7fa95602b7fe23903c7c7d"
        "c999950493bec028ac42346858fad969452dcf1de9ad445f7f928d63b75fa86e8c1d722ab242d919"
        "95d3545a1791d72b0f384e74b45c7c01",
        "aa396c4e08f47e499243ff17b3e0d019415a52fb6e31fca71b2b9f46fe84e3a611757dd414a21e1b"
        "e8a8ffd60479348245918f7d771ec4a78733f627f72ce0fe1717ee3950b4db7982577a332cc66c3f"
        "3eeb79cd604568644fd3edae35a08f3c75c7a99e1a24cb8b56cf7d102984568c0d93bab9c760f22b"
        "b2ac3bee62e532010e6eeb5a3fb2abe1eee1562c1c8d9ac8f781b7283c846b435f4bd4f437ee4d60"
        "b97b6ef6ece675f199e6a40eeffdc8c65f2973b662782fd2069aefc026560fa57de67474ad1a5c88"
        "37ff0644f6d0e79161de5ac38b4837818a5ec38d335d6ecccc1f9fc676d3548ba30635c5db24c02b"
        "f86977e401e47c3262b81c84c340d729"},
    /* "PSA import/export-public FFDH RFC7919 key pair 3072 good" */
    {3072,
        "c60a421e82deb778eb468760296ee4faa0b58ef058966fc457e8015185bb6c500677bf5a5a88bd8d"
        "edb5307ccc3c980a2bbe9a439c6b0c7af6c961e5b9c06f47212fc0e726da2f5bdd3542fba74e1dc2"
        "294caa1f363d942a92a391acd84aecd045a4a318db00785129ba171b31651b0e930eb8110a642dd6"
        "3ef5ae1bb8c6e3b3971507c4057530d51ca14182e884974e20723dbfdd5778fa0ec78fbab26811c0"
        "97f0dd291ccd7a6967caf5163fa04ba921448e1d3ec8de4ff3bc87dfdc35e53ba1bd4310fc9c98f6"
        "8332ea0483ec051900e438fa3e5bcbf901771c740114922a7d9a74257befca7f9b62b2991ef6c58d"
        "bb1e516bb1ee18c8709f134ab7bb2077ec03356279a46f2978e6a89df22b0120223f6996c290607e"
        "98ecf14c36e2db62e80575329f4787ddc7b72856cbb0c4fa2dec9b391698832f559cbef49979c72e"
        "63cb3dad5d948f1c00219b47359fa75ec3fd352aa0223773e246c2fce492200b3a6e213e5e30d69c"
        "f3f56af43b0c09c0d647784b2f209c4fd1abb74b035d1ad4",
        "c6dbc8151d22313ab19feea7be0f22f798ff9bec21e9da9b5020b6028395d4a3258f3db0cee7adda"
        "3f56864863d4c565498d59b205bcbcc3fc098d78efd4e6b4e09b97971c6fd00cd2fa63bb0b3c7380"
        "cc1c19fbb34d077fda61c4a71c254242aa5870786b5d0fd3cb179f64f737eb7ab83b57ca70f93955"
        "f49b43869ca2ea441650f48a516137229be2926b02129de4089c9d129df7d76848ecda1bcecda1cf"
        "95df195e8e388ee70fac0f1c4d9b38e745b067ee88b32e6d59cb159a95852f18b121f85fedfbb6a2"
        "c6962ed70cc1ae471813e1bdc053abacccd1eec79359a6f15ec55d92bbf3890b912fbbb2c029407e"
        "1493315394a290f4ce81c0d9dccfbab386b745145cb173b9e08f018d309200691b72acafb313cebf"
        "483ff8810080bce9516aa5382a18c3c10965a33176d93d8c51f83d6fca7f606200bb7c779a891fd6"
        "5dd7ed6972f6835f4e94d928f89f1d0ee204b1ef073a761c65241a76f254695ac31842600aa0753c"
        "94e6c805c24ed101bbb26c96928db1166a91c7fea8bc3b90"},
    /* "PSA import/export-public FFDH RFC7919 key pair 4096 good" */
    {4096,
        "f085888f40e34d91c989fadcb9c3e8be8f4a270d75b90d78c9b3d7569e09662b7767d90112a4a339"
        "bc42e661bd0e464b26ba4eb07dee300dfdc38373ec17a5a4e86f3f4b5ae6c9700f8381ac93b564bc"
        "0b1ce64e03bb825aa21a8e87e572ccb13a5a7b2942e4b91a321c5b5cf87b8bad4042c5b8ba971870"
        "061f7bb0869e57205bd64ed41026d5093227eb9fc4abca6160376b9b9ebbf431b6cc7a362726f553"
        "ffcca07ab3fed69a60c1a3d6d7caf989c57dad04eae71dc7e5da1bd6a65d3f4509959f61741ad91b"
        "6bdc98c0cae835cea940048d325f1db5e6217b8a0c977741511c967330819115d325a6da3ac003b6"
        "6364e52351b34de0e954d5df7301ac0c2772c461872b72c9c3bc810789d16d22f57fd57338487ff6"
        "6fd01434fa08a57eb7b089686cda86c9dc9220e11409c5ecd7b2988c151ee24e19a5c5685b4824c6"
        "0a29ee363e75f783d97a57cda08a9e2152769957163272b3d5e82cdcda71300566356c411dc01a2c"
        "24507693c819755568ea461b755e89e9ab150e243ae97d5878f58ba87be9a6bab3726e962f92e230"
        "5999cafd65aa32f486ccf2edea46ab4b4cd7e3130f2e69102e6a4d7104db2f9a66d0ddb4faa3ae34"
        "b3bac6007bdfc66541bc3f45db3eb730ba80e102850604fd64e3cf047825246264ad8e1e716aa44a"
        "99275aab9ebf0b26f703af7460a8e502088a311d7c571bf0905031ea6561a928",
        "e0c2e35be32adb92560e6557d07ba9bab295792063a2724f9e381e9f2644423e73efeb074ddee703"
        "88444bc1a67edfe496a6c38eafff45ec500278f9b896a6fb1de4a59461e6fcf1de17867018e0c362"
        "876ae107fd4287383989a4ab41cd44844b103cf58085aa52b49527df433446fa5c4665037475e8f7"
        "8c8d64d5d60a462603d292d02c539329e9d48c25e05083fa98fd6a513c84f0e2ced9121c2f592255"
        "9abb5e2fe3081e6bf2256d6043af211a70fe48e371bf683b953f199821fe0fbe924151dc772e72db"
        "53492ba5613bcf5661b7ed419fa02f332443be5f8b97908800077306abf6fd796afdbbdbc2badb21"
        "501ccee5ed67635b3cf37819f5d1db5370d77960ac0535a029b0af1bf634679367d35db0e7f38bbe"
        "0a022392efefc6b8ccf1e9f53bd7ac28012f6bf5e3701476606eb4649c64377b1e0c418840486bb4"
        "a286ebaf685449061ee375487e9e9164d0a7c9327c7b667b1933dc3adb11358e76457d594c19b88e"
        "8a689107c641d3503a7639159f3cdae7f58398204d29895e84fb82e192b796866c27d8373a36c5c0"
        "62a445f6fd515e561d7c2328e7424057229689fe7851432f706f21e114f74d21ca3b01f1aa57d274"
        "3f28f8dbfa5ef5c584de2012d82ee978bb7cd713001237e76b5ee12e3cc51393cbcfe1717cefdf88"
        "5022f18e66661097fe1ce91d0508e1931cf3774bd83d8f068711e09943b82355"},
    /* "PSA import/export-public FFDH RFC7919 key pair 6144 good" */
    {6144,
        "e4012a5fd17fb739867a475501a75212e2c1da5376693759a1b5fc1523927d0dbf907037232c4341"
        "6b4aa925d65a154fc1e13f72c7643e431c480a7799f09f66f8ca816e66e82e75b79a6d2c4db6cb6d"
        "7532b020fbc69d7bbe80881a7778c66befd4f01450bd8e1da05ffb59d8331c6e3281e67edf3ef557"
        "a5800d4c1683105eb0beac112bfb5421172a637092808765a1648c7ab8df5f06b612057360f5fc31"
        "db0ba347215dae18375012019cede239e8c1ec5b53981c7835de8220e18c6e4ab9804b6dec78f04c"
        "2e433a382fb3fb0de73f8e48ecc3c252a62bc279d6147f5d3d815170468bbd53af489b4b6f02386f"
        "25cab22b54c9a8178585484dd5885f3d7fc4fd389dafab3d6809e72220298a33558f0b441e1cec15"
        "811e8765319bae0b3f799a2eb86e9966cd889145273b870a0b07b65e0367146608c8f554c587014c"
        "efdf0433370b300df43afd59d71f937b23cff25f9a66bf53ad34125960504450e0f17c275c7dad24"
        "cf527c3f05bc2f53b046563c55d8c40cda448f102f0b5475f287704a424e76335034de2847177c0e"
        "606a6249d152650e78b22a1a9fe3fc7789c1fe74463bbc5fc71e840294c8b45349a2d045cfe67957"
        "5950b61f3882d57806f2a9644d8bb3790fa268742ac19c44e7f1724dbdd67a4d8a11e114c7e3ef74"
        "195428725a645d54cc9f1f48ca9a7e2eaf3c2261a7e4ae58f9a5d223a1c4922be932250c49dab04c"
        "e8db0e3a4a9d87551a2d165b618e3954e980844da3ee1450a7c9f533b09f085038b7c923f06bc679"
        "808682279107804328ee9b7286782c0cdf92333d38900467b039c950c684a60af5667f343b4baa65"
        "8e68967f0ebba72695af073a5a08b647d855265544ec291b01ed6420d2fbf878e5b0bc46eb1f8a2c"
        "1bd6a945cd8ccb0035bd11023603c0202e1b05551e3e964fd9f1d470d5e4fa08cfdd9e1f11a99e14"
        "c550c1024f642147a3b01e58ee3e5d75d5dc4d538243521526cf615c8616172448c8f81f1b36e110"
        "c161c109d6308f1f29f188375611c943313945670247af0c9afdf25e3226aa07d442a8057faeaf25"
        "1d463434ef18524a",
        "201757bbac6ff53e1966c29822b5154f56e332dce1370d3a117b380d9c63fbd98f027f434efbe530"
        "581bb1a0acedf30d749854f6bfc3e2e9f24a75b9109db1fc787bb2d1def56414e6585757c5f84394"
        "ae9d7db98aaadb5bce0e4e55397b54e5dfaedfb8ca87e6caf0fc40e77421129f8d020287e7bd0330"
        "f60a7b01257fe36e1270b27d39f96aa464af60c9df47979517d7e9f0f68f93138bdc06e8f6f0ab39"
        "c90da731925d26e48c24383425b22244d092bb9d6e3192467a91b27f0073c507d0615c3042f74329"
        "03e83494c2214089bacef60a2d670e9d0ea0dc2f882e6ab90ec26a0cc4f9ed3daf3912304079aa24"
        "47573ac51aad69f4dfa07a03780922b4c7bacb286767ef758454526319c92f1486fa75e63e8eb2cb"
        "ca2a11938fe0bc5a9b50584505e16a3c8e2a599f8e2192bec986da602ad980190955b4ac8ef86eaf"
        "6eafcff7438acd4df64e407e675c0a114e04a9360a4431b6c0ab249b023be89a41da36fdfab0fa32"
        "47dd9280ec538f724c6af8cecd22da87e91959ac12b690175937b7db09b12fee5d018802a4e561ae"
        "4f671c5569c73e928bbd66a494bbef7f0de8f00fed7546068e7f82f6317106885f0138afd399df9a"
        "8fb83c345840129b485ead2c570bdac992515663fcf86769808dfefb9426d6938e5799104f197d3a"
        "3bdfff8c4bf5e736e8b78fdb01d6c61deac56bc9bc8073fd4babccfc6d15253ca7f9fbd06f41d3f4"
        "90965671f778812f5237791223ff9a1e6dbe2dd318570786051a74e58fcd0aa1bac8cef0656a1ad2"
        "30e0578f6ec60c275c7fbaf01053dfe093df049531282bfe7e459236d9b7315dfdb72105bd2a1509"
        "238f1cc488f3ce8907c4f931ef89fac9d6c7d624d6be70169a283c97e95e28da1b90a2311733565b"
        "b082ba845be97edab6698ee25e35988149b61ed64f1f41d54cd2eecb8224a22c118666551067f607"
        "b5b5c569dc8af082d3cf0782ffc638f149765f9be50cc52c157a58936b3e0caa89891c71f5b960a4"
        "6020ac8b7f449c8753561812b9ce313a932d3f7fd7aef526e6ba47fe569a180cb96c5c3081a73407"
        "b52d53c6fee6886d"},
    /* "PSA import/export-public FFDH RFC7919 key pair 8192 good" */
    {8192,
        "ae5fa06ae9400a03f48c0201f4bf53263185ba76d07ab16b74869f141aeb365eb162806840f7b97c"
        "12561f5c6b9ee27521009341e52672786e10ce1615447f30e4d17f1ca049643a8cfdac3bf66fb93b"
        "6c5c4805287d4e63d5dc895535d993203f309908ac8abc3a96f5ef4e72e7af59b1dc9d014eecb560"
        "9e03045b5f3c3e6c372dc0639390065c53fc911269b27a5a630bb847c8823127839db138146e3830"
        "087aeb2395f3d0147f0c1b26297a7e657a1a430dee1ce93c3ebefd155eecc2298e664d77cabbaa51"
        "555c7c65fac2957cf238f9342a39063b2f9c291d3169923dd7c3c275c591196ca350421788a06077"
        "137ecf4c41544672e8dc9e634aab8f30d4e44c4e3bd93076b35d0a0b37f00416035c621d37fbbb43"
        "4b5e3d460bd64d41ccee8c58cb6a586c3450cc264709d065b9874129720eca3ca5f5920f47ee8e20"
        "3cca740efa510f7541b1241d2e036e43258b1530704d4e3a5f6c0001fc4ed82535df672602bd4218"
        "84ef381d485d37734411890a6cccd7009208c72318f6d558a8a508774666d12e50e6da6eab016b14"
        "7d618d729b441835b7d7b85549501a4b66af7021eb27857c9059ea301f37b24a5e364f39364f7d40"
        "6625416b9a00c44730a18c35a7d66508c903320b552ca2651724b4422870320c517b7a0b4c031c69"
        "2b2d7524d66ab3289460535c6f3efe2e42378b2927691a008734d407eadc93206dcfeb2ed71aaf76"
        "96defe34ea307921735fc72b4db6b70a3381936cd90e384d38de3c07c4da7d1df945ea1796148c40"
        "fa29fb5d5f6b2b03311550082acb87130742910bfa18821380f729791e66454e2289b41fd172a404"
        "6b6961374db62944a7dd572dffc9b413bcf42773ea14e3562633cf134429fc7ad4f176779302bb42"
        "1b44ab716ad0752c7d3334648ea3721db7862d37b1b4c75068b2aa6af0646a3e758f456e61f89402"
        "8679f67e6fb9404cc063c005b78e46079984c85fc7a55111b1a7c81a197cf258e60b975fd4307d3a"
        "ebee965d5175f81621e7a67e92ccee0a503fad2adedbce717ce1d16177727c3e2205cb6c51d34859"
        "0a7537013d49765ebba3be0588a86b65ccece87b732aec3c395d3336349f9366638f567baeec7824"
        "95972869e9084d7a1da6b97055fbe86ea1979301b62a82501da13a00523f5c1cd0a6742903add15f"
        "2670d956bb950b075422ca76485780554d62fa11a461772126334f47ca43cc731bd4f35f48381a34"
        "1b17154d26492b6185819012d6bad352aef19646516e790e49e5bf0fe74eca7c850d0d75ac74160b"
        "953b43211aa5355e967d6305b2e1fc1170a01e4d3715f706680c7f628d41594d8954532338b3f30b"
        "90ee2a2db0c42c7af348ff12e410f523f81bad4f41abf92488726c451e4ffc160befc518a4466025"
        "6687164b2606db65ca8f8b06eb08a75dfcc0ae387881224c",
        "3d1eb2c023e54a123420b9587f6985affcf6fe75a2f1768866cbaa10abd5b7448409efce8786c0bd"
        "1d325fbac47119a846c63103daa8bc5faf427c69d07afe2fa0064a8be9c33e30e6926a57850248ea"
        "ad8f0fa887452ff1467064dbe4041950cbff55763ab58e1f2300c9b133e5d0fbd18604b93ec16bea"
        "9ce340ac92b18dc188629a5d7fec64601334cdbfebd8126be4743440c9a48f03f37298548c2ef226"
        "d44c296f440eb1e5f1128f203120ace6c45d3ca992998ccf68c301cc4a32cf852fa4c2968c62d401"
        "6af526fcd61a56f2bf479743d1eb62ad21120563bc1ce0d0791920bb89d82473f4de75bcf6a72849"
        "0f071899f683fca10dcf6d9605749810a901f1faaf96dc6aa0af1cafcf61e8a51e9e7a1bf5d9e5fd"
        "d6d63ed824cfd4016ef0782946f44e44b1b72b4cf9d4ce5e57a93eb738aec084f02bba52c385bcc0"
        "13c720b0b98b78580affa84b0d204866b3fa39d73eecf1e0e6921d5484d929c1adc7975741a308bc"
        "b060a43df556f278f56cbdbdce07f7cc8292fb27b3cddb286e4b5a92552308dd8001f4babc67c56b"
        "8dc6e5c4ed8fc4724a89441433edd58c68e513e1940f5e6db512574d7a37974e5739e28c03feca31"
        "34ad8817e1a52bebdcf2ee1f7dc66b09742005902a977db0d617b8f6cfd75508f00225be362d53bc"
        "a0af4be0d2dad0a64054ca1204e31217f82d4f95315e54aebf3bf98e2667a35a0017799c5479f369"
        "d8692317cabbb78c07d8314153d22110ea7617091ed755041a6e201f1fd76bc258df84260369bbb2"
        "a1a13b5d266844a25e9a8f1d1279c349e0113caaab0a3d4510367e754980328b937cf7beaabdba39"
        "f4ea3cde5c9bb6ecda5bc44cc9eb6bee6f2ff3698fa393dd4f85507415622cd7c0802240f7ce22f7"
        "5f2dba7cb7217352b34c57921b975bf2e73b6da6a34c11192338c80b986aa3707da64324056fe7ee"
        "2c0754045c7bc596b68ffcb501c186f89d618a76144c9cb35b59370d1d3e668f10a9ef6c851f6ad3"
        "fa9fa776e9391f3f143d7928f816ee4f56f756bf450e1b4f87a7b19efb02850c45f6f7bcc87aa8ff"
        "27c474269eb53f3f1e28dd4d6bf1c6b16ad97f10418596d1a3ec5f664773fca1e93743005c7230d5"
        "f8549daee3472418a648b91834ba7a19834b48d7e6db57f7bd92887c366d78532a2497d9b9f35d59"
        "8e79026f586d4dc1577fda2b9dd5877a521eb9f3c87dfd77f5ec690519e04e702ce3a5203920a7b8"
        "91f764cb0b2ddee7eb01cc55eb45f1becd4514540f10f03abba3e4d627dcef89f1fadf26034c2d7c"
        "36e6776c7163d99bf5cadefdb142a6cd631d3b58269f0116b1016633b7cd4752e2f636614abdd275"
        "92734b8bff08e155c350808c6072c42e46f2aedd83ea6ffbf3ea5aa809b0f9dabf6cd8e2e0e1bc99"
        "8aaaa0698f44b1819b0d7a19c2067f071a932d10f0281187"},
};

/* RFC 7919 Appendix A.1: the ffdhe2048 prime p (g = 2). */
static const char pkey_ffdhe2048_p[] =
    "ffffffffffffffffadf85458a2bb4a9aafdc5620273d3cf1d8b9c583ce2d3695a9e13641146433fb"
    "cc939dce249b3ef97d2fe363630c75d8f681b202aec4617ad3df1ed5d5fd65612433f51f5f066ed0"
    "856365553ded1af3b557135e7f57c935984f0c70e0e68b77e2a689daf3efe8721df158a136ade735"
    "30acca4f483a797abc0ab182b324fb61d108a94bb2c8e3fbb96adab760d7f4681d4f42a3de394df4"
    "ae56ede76372bb190b07a7c8ee0a6d709e02fce1cdf7e2ecc03404cd28342f619172fe9ce98583ff"
    "8e4f1232eef28183c3fe3b1b4c6fad733bb5fcbc2ec22005c58ef1837d1683b2c6f34a26c1b2effa"
    "886b423861285c97ffffffffffffffff";

#endif /* KPSA_TESTS_VECTORS_PKEY_H */
