/*
 * vectors/cipher.h - known-answer vectors for the PSA unauthenticated ciphers
 * (test_cipher.c).
 *
 * Every row names where it was published. The values were transcribed from the
 * files named in the group comments, which reproduce the publications, and
 * checked for transcription errors against libcrypto's EVP interface; none was
 * computed with kpsa or libcrypto. Long hex strings are split across lines by
 * string-literal concatenation.
 *
 * `iv` is the value given to psa_cipher_set_iv() ("" for ECB). For ChaCha20,
 * `counter` is the initial block counter of the published vector: a PSA
 * ChaCha20 operation with a 12-byte IV starts at block 0, so test_cipher.c
 * processes 64 * counter bytes of zeros first and compares what follows.
 */
#ifndef KPSA_TESTS_VECTORS_CIPHER_H
#define KPSA_TESTS_VECTORS_CIPHER_H

#include <stddef.h>

#include <psa/crypto.h>

struct cipher_vector {
    const char *source; /* where the vector was published */
    psa_key_type_t key_type;
    psa_algorithm_t alg;
    const char *key;        /* hex */
    const char *iv;         /* hex, "" or NULL when the mode takes none */
    const char *plaintext;  /* hex */
    const char *ciphertext; /* hex */
    unsigned counter;       /* ChaCha20: initial block counter */
};

/* CBC-PKCS7 ciphertexts whose padding is wrong: decryption must fail with
 * PSA_ERROR_INVALID_PADDING.  All use AES (key size from the key). */
struct cipher_bad_padding_vector {
    const char *source;
    const char *key;        /* hex */
    const char *iv;         /* hex */
    const char *ciphertext; /* hex */
};

static const struct cipher_vector cipher_vectors[] = {
    /* AES ECB/CBC/CFB128/OFB/CTR: NIST SP 800-38A appendix F (the .Encrypt example; the
     * next-numbered .Decrypt example is its inverse), via Crypto++ TestVectors/aes.txt. */
    {
        .source = "NIST SP 800-38A F.1.1/F.1.2 ECB-AES128",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "2b7e151628aed2a6abf7158809cf4f3c",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b"
            "00e3ed0306887b0c785e27e8ad3f8223207104725dd4",
    },
    {
        .source = "NIST SP 800-38A F.1.3/F.1.4 ECB-AES192",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eefef7afd2270e2e60adce0"
            "ba2face6444e9a4b41ba738d6c72fb16691603c18e0e",
    },
    {
        .source = "NIST SP 800-38A F.1.5/F.1.6 ECB-AES256",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153"
            "e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7",
    },
    {
        .source = "NIST SP 800-38A F.2.1/F.2.2 CBC-AES128",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "2b7e151628aed2a6abf7158809cf4f3c",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116"
            "e69e222295163ff1caa1681fac09120eca307586e1a7",
    },
    {
        .source = "NIST SP 800-38A F.2.3/F.2.4 CBC-AES192",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a571b242012fb7ae07fa9"
            "baac3df102e008b0e27988598881d920a9e64f5615cd",
    },
    {
        .source = "NIST SP 800-38A F.2.5/F.2.6 CBC-AES256",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530"
            "e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b",
    },
    {
        .source = "NIST SP 800-38A F.3.13/F.3.14 CFB128-AES128",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CFB,
        .key = "2b7e151628aed2a6abf7158809cf4f3c",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b26751f67a3cbb140b180"
            "8cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6",
    },
    {
        .source = "NIST SP 800-38A F.3.15/F.3.16 CFB128-AES192",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CFB,
        .key = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "cdc80d6fddf18cab34c25909c99a417467ce7f7f81173621961a2b70171d3d7a2e1e8a1dd59b88b1c8e6"
            "0fed1efac4c9c05f9f9ca9834fa042ae8fba584b09ff",
    },
    {
        .source = "NIST SP 800-38A F.3.17/F.3.18 CFB128-AES256",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CFB,
        .key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "dc7e84bfda79164b7ecd8486985d386039ffed143b28b1c832113c6331e5407bdf10132415e54b92a13e"
            "d0a8267ae2f975a385741ab9cef82031623d55b1e471",
    },
    {
        .source = "NIST SP 800-38A F.4.1/F.4.2 OFB-AES128",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_OFB,
        .key = "2b7e151628aed2a6abf7158809cf4f3c",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed8259740051e9c5fecf64344"
            "f7a82260edcc304c6528f659c77866a510d9c1d6ae5e",
    },
    {
        .source = "NIST SP 800-38A F.4.3/F.4.4 OFB-AES192",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_OFB,
        .key = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "cdc80d6fddf18cab34c25909c99a4174fcc28b8d4c63837c09e81700c11004018d9a9aeac0f6596f559c"
            "6d4daf59a5f26d9f200857ca6c3e9cac524bd9acc92a",
    },
    {
        .source = "NIST SP 800-38A F.4.5/F.4.6 OFB-AES256",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_OFB,
        .key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        .iv = "000102030405060708090a0b0c0d0e0f",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "dc7e84bfda79164b7ecd8486985d38604febdc6740d20b3ac88f6ad82a4fb08d71ab47a086e86eedf39d"
            "1c5bba97c4080126141d67f37be8538f5a8be740e484",
    },
    {
        .source = "NIST SP 800-38A F.5.1/F.5.2 CTR-AES128",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "2b7e151628aed2a6abf7158809cf4f3c",
        .iv = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f"
            "09020db03eab1e031dda2fbe03d1792170a0f3009cee",
    },
    {
        .source = "NIST SP 800-38A F.5.3/F.5.4 CTR-AES192",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        .iv = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd"
            "1d665620abf74f78a7f6d29809585a97daec58c6b050",
    },
    {
        .source = "NIST SP 800-38A F.5.5/F.5.6 CTR-AES256",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        .iv = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
        .plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fb"
            "c1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        .ciphertext =
            "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce870"
            "17ba2d84988ddfc9c58db67aada613c2dd08457941a6",
    },

    /* AES-CTR ending on a partial block: RFC 3686 section 6 (the PSA IV is the whole counter
     * block nonce || IV || 00000001), via Crypto++ aes.txt. */
    {
        .source = "RFC 3686 section 6, test vector #3",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "7691be035e5020a8ac6e618529f9a0dc",
        .iv = "00e0017b27777f3f4a1786f000000001",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223",
        .ciphertext = "c1cf48a89f2ffdd9cf4652e9efdb72d74540a42bde6d7836d59a5ceaaef3105325b2072f",
    },
    {
        .source = "RFC 3686 section 6, test vector #6",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "02bf391ee8ecb159b959617b0965279bf59b60a786d3e0fe",
        .iv = "0007bdfd5cbd60278dcc091200000001",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223",
        .ciphertext = "96893fc55e5c722f540b7dd1ddf7e758d288bc95c69165884536c811662f2188abee0935",
    },
    {
        .source = "RFC 3686 section 6, test vector #9",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CTR,
        .key = "ff7a617ce69148e4f1726e2f43581de2aa62d9f805532edff1eed687fb54153d",
        .iv = "001cc5b751a51d70a1c1114800000001",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223",
        .ciphertext = "eb6c52821d0bbbf7ce7594462aca4faab407df866569fd07f48cc0b583d6071f1ec0e6b8",
    },

    /* AES-CBC-PKCS7: Wycheproof testvectors_v1/aes_cbc_pkcs5_test.json (C2SP/wycheproof); the
     * ciphertexts include the PKCS#7 padding block. */
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 1",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e34f15c7bd819930fe9d66e0c166e61c",
        .iv = "da9520f7d3520277035173299388bee2",
        .plaintext = "",
        .ciphertext = "b10ab60153276941361000414aed0a9d",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 5",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e1e726677f4893890f8c027f9d8ef80d",
        .iv = "155fd397579b0b5d991d42607f2cc9ad",
        .plaintext = "3f",
        .ciphertext = "599d77aca16910b42d8b4ac9560efe1b",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 19",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "501d81ebf912ddb87fbe3b7aac1437bc",
        .iv = "90f5cf4fbfd2e2a1ab8eef402617bd5c",
        .plaintext = "2368e3c3636b5e8e94d2081adbf798",
        .ciphertext = "fed05321d11d978e2ec32527ecfce06c",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 2",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e09eaa5a3f5e56d279d5e7a03373f6ea",
        .iv = "c9ee3cd746bf208c65ca9e72a266d54f",
        .plaintext = "ef4eab37181f98423e53e947e7050fd0",
        .ciphertext = "d1fa697f3e2e04d64f1a0da203813ca5bc226a0b1d42287b2a5b994a66eaf14a",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 20",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "831e664c9e3f0c3094c0b27b9d908eb2",
        .iv = "54f2459e40e002763144f4752cde2fb5",
        .plaintext = "26603bb76dd0a0180791c4ed4d3b058807",
        .ciphertext = "8d55dc10584e243f55d2bdbb5758b7fabcd58c8d3785f01c7e3640b2a1dadcd9",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 22",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "fda6a01194beb462953d7e6c49b32dac",
        .iv = "d9c9468796a2f5741b84d2d41430c5d3",
        .plaintext = "f60ae3b036abcab78c98fc1d4b67970c0955cb6fe24483f8907fd73319679b",
        .ciphertext = "19beb4db2be0f3aff0083583038b2281a77c85b5f345ba4d2bc7f742a14f9247",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 73",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "3d6bf9edae6d881eade0ff8c7076a4835b71320c1f36b631",
        .iv = "db20f9a6f4d6b4e478f1a4b9d4051d34",
        .plaintext = "",
        .ciphertext = "ff0c315873b4b1872abef2353b792ef0",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 77",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "915429743435c28997a33b33b6574a953d81dae0e7032e6a",
        .iv = "1379d48493f743e6a149deb3b9bab31e",
        .plaintext = "58",
        .ciphertext = "519925956d32e4fa350b1144f088e4e8",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 91",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "850fc859e9f7b89a367611dee6698f33962d8245ca8dc331",
        .iv = "ed6596c86b98123ad2f3c573e974d051",
        .plaintext = "586f4f171af116519061a8e0e77940",
        .ciphertext = "9cafecff2a28d02f732573f65a2cadca",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 74",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "f4bfa5aa4f0f4d62cf736cd2969c43d580fdb92f2753bedb",
        .iv = "69a76dc4da64d89c580eb75ae975ec39",
        .plaintext = "0e239f239705b282ce2200fe20de1165",
        .ciphertext = "7dbd573e4db58a318edfe29f199d8cda538a49f36486337c2711163e55fd5d0b",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 92",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "cfd3f68873d81a27d2bfce876c79f6e609074dec39e34614",
        .iv = "c45b52a240eba3bdde5dfd57f3d474fb",
        .plaintext = "b1973cb25aa87ef9d1a8888b0a0f5c04c6",
        .ciphertext = "401ad889bdb9d38816c782e00b168ccccde9bf75f4be868ceb91237e8b37b750",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 94",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "9bbe6e004fb260dadb02b68b78954f1da5e6a2d02e0aeefe",
        .iv = "d799157bc1f77c182027be918b30783a",
        .plaintext = "665423092ce95b927e98b8082030f58e33f3ec1b0c29532c2f421855f00f97",
        .ciphertext = "cbf541330a5a9bda24984976b0cf96ba08ef521fa2cdb3df839128570e222ac4",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 145",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "7bf9e536b66a215c22233fe2daaa743a898b9acb9f7802de70b40e3d6e43ef97",
        .iv = "eb38ef61717e1324ae064e86f1c3e797",
        .plaintext = "",
        .ciphertext = "e7c166554d1bb32792c981fa674cc4d8",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 149",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e754076ceab3fdaf4f9bcab7d4f0df0cbbafbc87731b8f9b7cd2166472e8eebc",
        .iv = "014d2e13dfbcb969ba3bb91442d52eca",
        .plaintext = "40",
        .ciphertext = "42c0b89a706ed2606cd94f9cb361fa51",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 163",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "c19bdf314c6cf64381425467f42aefa17c1cc9358be16ce31b1d214859ce86aa",
        .iv = "35bc82e3503b95044c6406a8b2c2ecff",
        .plaintext = "5d066a92c300e9b6ddd63a7c13ae33",
        .ciphertext = "fdcfa77f5bd09326b4c11f9281b72474",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 146",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "612e837843ceae7f61d49625faa7e7494f9253e20cb3adcea686512b043936cd",
        .iv = "9ec7b863ac845cad5e4673da21f5b6a9",
        .plaintext = "cc37fae15f745a2f40e2c8b192f2b38d",
        .ciphertext = "299295be47e9f5441fe83a7a811c4aeb2650333e681e69fa6b767d28a6ccf282",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 164",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "73216fafd0022d0d6ee27198b2272578fa8f04dd9f44467fbb6437aa45641bf7",
        .iv = "4b74bd981ea9d074757c3e2ef515e5fb",
        .plaintext = "d5247b8f6c3edcbfb1d591d13ece23d2f5",
        .ciphertext = "fbea776fb1653635f88e2937ed2450ba4e9063e96d7cdba04928f01cb85492fe",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 166",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "4f097858a1aec62cf18f0966b2b120783aa4ae9149d3213109740506ae47adfe",
        .iv = "400aab92803bcbb44a96ef789655b34e",
        .plaintext = "ee53d8e5039e82d9fcca114e375a014febfea117a7e709d9008d43858e3660",
        .ciphertext = "642b11efb79b49e5d038bc7aa29b8c6c3ce0bf11c3a69670eb565799908be66d",
    },

    /* AES-XTS: IEEE Std 1619-2007 appendix B vectors (256- and 512-bit keys, whole and partial
     * last blocks); the IV is the data-unit sequence number as a 16-byte little-endian value.
     * Via Crypto++ TestVectors/xts.txt, cross-checked with TF-PSA-Crypto
     * test_suite_aes.xts.data. */
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 2",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "1111111111111111111111111111111122222222222222222222222222222222",
        .iv = "33333333330000000000000000000000",
        .plaintext = "4444444444444444444444444444444444444444444444444444444444444444",
        .ciphertext = "c454185e6a16936e39334038acef838bfb186fff7480adc4289382ecd6d394f0",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 3",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f022222222222222222222222222222222",
        .iv = "33333333330000000000000000000000",
        .plaintext = "4444444444444444444444444444444444444444444444444444444444444444",
        .ciphertext = "af85336b597afc1a900b2eb21ec949d292df4c047e0b21532186a5971a227a89",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 4",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "2718281828459045235360287471352631415926535897932384626433832795",
        .iv = "00000000000000000000000000000000",
        .plaintext =
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"
            "2a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f50515253"
            "5455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d"
            "7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7"
            "a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1"
            "d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafb"
            "fcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425"
            "262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f"
            "505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f70717273747576777879"
            "7a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3"
            "a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccd"
            "cecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7"
            "f8f9fafbfcfdfeff",
        .ciphertext =
            "27a7479befa1d476489f308cd4cfa6e2a96e4bbe3208ff25287dd3819616e89cc78cf7f5e543445f8333"
            "d8fa7f56000005279fa5d8b5e4ad40e736ddb4d35412328063fd2aab53e5ea1e0a9f332500a5df9487d0"
            "7a5c92cc512c8866c7e860ce93fdf166a24912b422976146ae20ce846bb7dc9ba94a767aaef20c0d61ad"
            "02655ea92dc4c4e41a8952c651d33174be51a10c421110e6d81588ede82103a252d8a750e8768defffed"
            "9122810aaeb99f9172af82b604dc4b8e51bcb08235a6f4341332e4ca60482a4ba1a03b3e65008fc5da76"
            "b70bf1690db4eae29c5f1badd03c5ccf2a55d705ddcd86d449511ceb7ec30bf12b1fa35b913f9f747a8a"
            "fd1b130e94bff94effd01a91735ca1726acd0b197c4e5b03393697e126826fb6bbde8ecc1e08298516e2"
            "c9ed03ff3c1b7860f6de76d4cecd94c8119855ef5297ca67e9f3e7ff72b1e99785ca0a7e7720c5b36dc6"
            "d72cac9574c8cbbc2f801e23e56fd344b07f22154beba0f08ce8891e643ed995c94d9a69c9f1b5f49902"
            "7a78572aeebd74d20cc39881c213ee770b1010e4bea718846977ae119f7a023ab58cca0ad752afe656bb"
            "3c17256a9f6e9bf19fdd5a38fc82bbe872c5539edb609ef4f79c203ebb140f2e583cb2ad15b4aa5b6550"
            "16a8449277dbd477ef2c8d6c017db738b18deb4a427d1923ce3ff262735779a418f20a282df920147bea"
            "be421ee5319d0568",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 10",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key =
            "271828182845904523536028747135266249775724709369995957496696762731415926535897932384"
            "62643383279502884197169399375105820974944592",
        .iv = "ff000000000000000000000000000000",
        .plaintext =
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"
            "2a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f50515253"
            "5455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d"
            "7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7"
            "a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1"
            "d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafb"
            "fcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425"
            "262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f"
            "505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f70717273747576777879"
            "7a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3"
            "a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccd"
            "cecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7"
            "f8f9fafbfcfdfeff",
        .ciphertext =
            "1c3b3a102f770386e4836c99e370cf9bea00803f5e482357a4ae12d414a3e63b5d31e276f8fe4a8d66b3"
            "17f9ac683f44680a86ac35adfc3345befecb4bb188fd5776926c49a3095eb108fd1098baec70aaa66999"
            "a72a82f27d848b21d4a741b0c5cd4d5fff9dac89aeba122961d03a757123e9870f8acf10000208878914"
            "29ca2a3e7a7d7df7b10355165c8b9a6d0a7de8b062c4500dc4cd120c0f7418dae3d0b5781c34803fa754"
            "21c790dfe1de1834f280d7667b327f6c8cd7557e12ac3a0f93ec05c52e0493ef31a12d3d9260f79a289d"
            "6a379bc70c50841473d1a8cc81ec583e9645e07b8d9670655ba5bbcfecc6dc3966380ad8fecb17b6ba02"
            "469a020a84e18e8f84252070c13e9f1f289be54fbc481457778f616015e1327a02b140f1505eb309326d"
            "68378f8374595c849d84f4c333ec4423885143cb47bd71c5edae9be69a2ffeceb1bec9de244fbe15992b"
            "11b77c040f12bd8f6a975a44a0f90c29a9abc3d4d893927284c58754cce294529f8614dcd2aba991925f"
            "edc4ae74ffac6e333b93eb4aff0479da9a410e4450e0dd7ae4c6e2910900575da401fc07059f645e8b7e"
            "9bfdef33943054ff84011493c27b3429eaedb4ed5376441a77ed43851ad77f16f541dfd269d50d6a5f14"
            "fb0aab1cbb4c1550be97f7ab4066193c4caa773dad38014bd2092fa755c824bb5e54c4f36ffda9fcea70"
            "b9c6e693e148c151",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 15",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0",
        .iv = "9a785634120000000000000000000000",
        .plaintext = "000102030405060708090a0b0c0d0e0f10",
        .ciphertext = "6c1625db4671522d3d7599601de7ca09ed",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 16",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0",
        .iv = "9a785634120000000000000000000000",
        .plaintext = "000102030405060708090a0b0c0d0e0f1011",
        .ciphertext = "d069444b7a7e0cab09e24447d24deb1fedbf",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 17",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0",
        .iv = "9a785634120000000000000000000000",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112",
        .ciphertext = "e5df1351c0544ba1350b3363cd8ef4beedbf9d",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 18",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0",
        .iv = "9a785634120000000000000000000000",
        .plaintext = "000102030405060708090a0b0c0d0e0f10111213",
        .ciphertext = "9d84c813f719aa2c7be3f66171c7c5c2edbf9dac",
    },
    {
        .source = "IEEE P1619-2007 (IEEE 1619-2007) appendix B, XTS-AES vector 19",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_XTS,
        .key = "e0e1e2e3e4e5e6e7e8e9eaebecedeeefc0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .iv = "21436587a90000000000000000000000",
        .plaintext =
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"
            "2a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f50515253"
            "5455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d"
            "7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7"
            "a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1"
            "d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafb"
            "fcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425"
            "262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f"
            "505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f70717273747576777879"
            "7a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3"
            "a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccd"
            "cecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7"
            "f8f9fafbfcfdfeff",
        .ciphertext =
            "38b45812ef43a05bd957e545907e223b954ab4aaf088303ad910eadf14b42be68b2461149d8c8ba85f99"
            "2be970bc621f1b06573f63e867bf5875acafa04e42ccbd7bd3c2a0fb1fff791ec5ec36c66ae4ac1e806d"
            "81fbf709dbe29e471fad38549c8e66f5345d7c1eb94f405d1ec785cc6f6a68f6254dd8339f9d84057e01"
            "a17741990482999516b5611a38f41bb6478e6f173f320805dd71b1932fc333cb9ee39936beea9ad96fa1"
            "0fb4112b901734ddad40bc1878995f8e11aee7d141a2f5d48b7a4e1e7f0b2c04830e69a4fd1378411c2f"
            "287edf48c6c4e5c247a19680f7fe41cefbd49b582106e3616cbbe4dfb2344b2ae9519391f3e0fb492225"
            "4b1d6d2d19c6d4d537b3a26f3bcc51588b32f3eca0829b6a5ac72578fb814fb43cf80d64a233e3f997a3"
            "f02683342f2b33d25b492536b93becb2f5e1a8b82f5b883342729e8ae09d16938841a21a97fb543eea3b"
            "bff59f13c1a18449e398701c1ad51648346cbc04c27bb2da3b93a1372ccae548fb53bee476f9e9c91773"
            "b1bb19828394d55d3e1a20ed69113a860b6829ffa847224604435070221b257e8dff783615d2cae4803a"
            "93aa4334ab482a0afac9c0aeda70b45a481df5dec5df8cc0f423c77a5fd46cd312021d4b438862419a79"
            "1be03bb4d97c0e59578542531ba466a83baf92cefc151b5cc1611a167893819b63fb8a6b18e86de60290"
            "fa72b797b0ce59f3",
    },

    /* ARIA: RFC 5794 appendix A (ECB) and the NSRI "ARIA test vectors" document, version 1.0
     * (CBC, CTR, CFB128 over 160-byte messages), via TF-PSA-Crypto test_suite_aria.data,
     * cross-checked with Crypto++ TestVectors/aria.txt. */
    {
        .source = "RFC 5794 A.1",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "000102030405060708090a0b0c0d0e0f",
        .plaintext = "00112233445566778899aabbccddeeff",
        .ciphertext = "d718fbd6ab644c739da95f3be6451778",
    },
    {
        .source = "RFC 5794 A.2",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "000102030405060708090a0b0c0d0e0f1011121314151617",
        .plaintext = "00112233445566778899aabbccddeeff",
        .ciphertext = "26449c1805dbe7aa25a468ce263a9e79",
    },
    {
        .source = "RFC 5794 A.3",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .plaintext = "00112233445566778899aabbccddeeff",
        .ciphertext = "f92bd7c79fb72e2f2b8f80c1972d24fc",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-128-CBC",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "00112233445566778899aabbccddeeff",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "49d61860b14909109cef0d22a9268134fadf9fb23151e9645fba75018bdb1538b53334634bbf7d4cd4b5"
            "377033060c155fe3948ca75de1031e1d85619e0ad61eb419a866b3c2dbfd10a4ed18b22149f75897f0b8"
            "668b0c1c542c687778835fb7cd46e45f85eaa7072437dd9fa6793d6f8d4ccefc4eb1ac641ac1bd30b18c"
            "6d64c49bca137eb21c2e04da62712ca2b4f540c57112c38791852cfac7a5d19ed83a",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-192-CBC",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "00112233445566778899aabbccddeeff0011223344556677",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "afe6cf23974b533c672a826264ea785f4e4f7f780dc7f3f1e0962b80902386d514e9c3e77259de92dd11"
            "02ffab086c1ea52a71260db5920a83295c25320e421147ca45d532f327b856ea947cd2196ae2e0408265"
            "48b4c891b0ed0ca6e714dbc4631998d548110d666b3d54c2a091955c6f05beb4f62309368696c9791fc4"
            "c551564a2637f194346ec45fbca6c72a5b4612e208d531d6c34cc5c64eac6bd0cf8c",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-256-CBC",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "523a8a806ae621f155fdd28dbc34e1ab7b9b42432ad8b2efb96e23b13f0a6e52f36185d50ad002c5f601"
            "bee5493f118b243ee2e313642bffc3902e7b2efd9a12fa682edd2d23c8b9c5f043c18b17c1ec4b586791"
            "8270fbec1027c19ed6af833da5d620994668ca22f599791d292dd6273b2959082aafb7a996167cce1eec"
            "5f0cfd15f610d87e2dda9ba68ce1260ca54b222491418374294e7909b1e8551cd8de",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-128-CTR",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CTR,
        .key = "00112233445566778899aabbccddeeff",
        .iv = "00000000000000000000000000000000",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "ac5d7de805a0bf1c57c854501af60fa11497e2a34519dea1569e91e5b5ccae2ff3bfa1bf975f4571f48b"
            "e191613546c3911163c085f871f0e7ae5f2a085b81851c2a3ddf20ecb8fa51901aec8ee4ba32a35dab67"
            "bb72cd9140ad188a967ac0fbbdfa94ea6cce47dcf8525ab5a814cfeb2bb60ee2b126e2d9d847c1a9e96f"
            "9019e3e6a7fe40d3829afb73db1cc245646addb62d9b907baaafbe46a73dbc131d3d",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-192-CTR",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CTR,
        .key = "00112233445566778899aabbccddeeff0011223344556677",
        .iv = "00000000000000000000000000000000",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "08625ca8fe569c19ba7af3760a6ed1cef4d199263e999dde14082dbba7560b79a4c6b456b8707dce751f"
            "9854f18893dfdb3f4e5afa539733e6f1e70b98ba37891f8f81e95df8efc26c7ce043504cb18958b865e4"
            "e316cd2aa1c97f31bf23dc046ef326b95a692a191ba0f2a41c5fe9ae070f236ff7078e703b42666caafb"
            "dd20bad74ac4c20c0f46c7ca24c151716575c947da16c90cfe1bf217a41cfebe7531",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-256-CTR",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CTR,
        .key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        .iv = "00000000000000000000000000000000",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "30026c329666141721178b99c0a1f1b2f06940253f7b3089e2a30ea86aa3c88f5940f05ad7ee41d71347"
            "bb7261e348f18360473fdf7d4e7723bffb4411cc13f6cdd89f3bc7b9c768145022c7a74f14d7c305cd01"
            "2a10f16050c23f1ae5c23f45998d13fbaa041e51619577e0772764896a5d4516d8ffceb3bf7e05f613ed"
            "d9a60cdcedaff9cfcaf4e00d445a54334f73ab2cad944e51d266548e61c6eb0aa1cd",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-128-CFB128",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CFB,
        .key = "00112233445566778899aabbccddeeff",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "3720e53ba7d615383406b09f0a05a200c07c21e6370f413a5d132500a68285017c61b434c7b7ca9685a5"
            "1071861e4d4bb873b599b479e2d573dddeafba89f812ac6a9e44d554078eb3be94839db4b33da3f59c06"
            "3123a7ef6f20e10579fa4fd239100ca73b52d4fcafeadee73f139f78f9b7614c2b3b9dbe010f87db06a8"
            "9a9435f79ce8121431371f4e87b984e0230c22a6dacb32fc42dcc6accef33285bf11",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-192-CFB128",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CFB,
        .key = "00112233445566778899aabbccddeeff0011223344556677",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "4171f7192bf4495494d2736129640f5c4d87a9a213664c9448477c6ecc2013598d9766952dd8c3868f17"
            "e36ef66fd84bfa45d1593d2d6ee3ea2115047d710d4fb66187caa3a315b3c8ea2d313962edcfe5a3e202"
            "8d5ba9a09fd5c65c19d3440e477f0cab0628ec6902c73ee02f1afee9f80115be7b9df82d1e28228e2858"
            "1a20560e195cbb9e2b327bf56fd2d0ae5502e42c13e9b4015d4da42dc859252e7da4",
    },
    {
        .source = "ARIA official test vectors 1.0 (NSRI, 2004), ARIA-256-CFB128",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CFB,
        .key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        .iv = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        .plaintext =
            "11111111aaaaaaaa11111111bbbbbbbb11111111cccccccc11111111dddddddd22222222aaaaaaaa2222"
            "2222bbbbbbbb22222222cccccccc22222222dddddddd33333333aaaaaaaa33333333bbbbbbbb33333333"
            "cccccccc33333333dddddddd44444444aaaaaaaa44444444bbbbbbbb44444444cccccccc44444444dddd"
            "dddd55555555aaaaaaaa55555555bbbbbbbb55555555cccccccc55555555dddddddd",
        .ciphertext =
            "26834705b0f2c0e2588d4a7f09009635f28bb93d8c31f870ec1e0bdb082b66fa402dd9c202be300c4517"
            "d196b14d4ce11dce97f7aaba54341b0d872cc9b63753a3e8556a14be6f7b3e27e3cfc39caf80f2a355aa"
            "50dc83c09c7b11828694f8e4aa726c528976b53f2c877f4991a3a8d28adb63bd751846ffb2350265e179"
            "d4990753ae8485ff9b4133ddad5875b84a90cbcfa62a045d726df71b6bda0eeca0be",
    },

    /* ARIA-CBC-PKCS7: Wycheproof testvectors_v1/aria_cbc_pkcs5_test.json (C2SP/wycheproof); the
     * ciphertexts include the PKCS#7 padding block. */
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 1",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e34f15c7bd819930fe9d66e0c166e61c",
        .iv = "da9520f7d3520277035173299388bee2",
        .plaintext = "",
        .ciphertext = "71c0ed177f78d309053784eb7c031d4d",
    },
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 20",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "831e664c9e3f0c3094c0b27b9d908eb2",
        .iv = "54f2459e40e002763144f4752cde2fb5",
        .plaintext = "26603bb76dd0a0180791c4ed4d3b058807",
        .ciphertext = "81d3f758ec97241f5c920ae18e19182761add9711639bab1740997db8e7bd0c2",
    },
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 73",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "3d6bf9edae6d881eade0ff8c7076a4835b71320c1f36b631",
        .iv = "db20f9a6f4d6b4e478f1a4b9d4051d34",
        .plaintext = "",
        .ciphertext = "17bbb121b0b47596acc797a6ee7156f0",
    },
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 92",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "cfd3f68873d81a27d2bfce876c79f6e609074dec39e34614",
        .iv = "c45b52a240eba3bdde5dfd57f3d474fb",
        .plaintext = "b1973cb25aa87ef9d1a8888b0a0f5c04c6",
        .ciphertext = "0a276b0aab06835eff293a3ad5d465660bc43858f6dcafd13b2a50ee8b99945c",
    },
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 145",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "7bf9e536b66a215c22233fe2daaa743a898b9acb9f7802de70b40e3d6e43ef97",
        .iv = "eb38ef61717e1324ae064e86f1c3e797",
        .plaintext = "",
        .ciphertext = "a23f2cac1557dbd20b648cf7bfc67260",
    },
    {
        .source = "Wycheproof aria_cbc_pkcs5_test.json tcId 164",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "73216fafd0022d0d6ee27198b2272578fa8f04dd9f44467fbb6437aa45641bf7",
        .iv = "4b74bd981ea9d074757c3e2ef515e5fb",
        .plaintext = "d5247b8f6c3edcbfb1d591d13ece23d2f5",
        .ciphertext = "fc952bcc1d6f8b8afe4220b5cffd3bc126f7c7525e9c315f27ed7082ffdc652e",
    },

    /* Camellia: RFC 3713 appendix A (ECB), via TF-PSA-Crypto test_suite_camellia.data. */
    {
        .source = "RFC 3713 appendix A, 128-bit key",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdeffedcba9876543210",
        .plaintext = "0123456789abcdeffedcba9876543210",
        .ciphertext = "67673138549669730857065648eabe43",
    },
    {
        .source = "RFC 3713 appendix A, 192-bit key",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdeffedcba98765432100011223344556677",
        .plaintext = "0123456789abcdeffedcba9876543210",
        .ciphertext = "b4993401b3e996f84ee5cee7d79b09b9",
    },
    {
        .source = "RFC 3713 appendix A, 256-bit key",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdeffedcba987654321000112233445566778899aabbccddeeff",
        .plaintext = "0123456789abcdeffedcba9876543210",
        .ciphertext = "9acc237dff16d76c20ef7c919e3a7509",
    },

    /* Camellia-CTR: RFC 5528 section 4.1 (counter block nonce || IV || 00000001), transcribed
     * via the TF-PSA-Crypto Camellia self-test tables. */
    {
        .source = "RFC 5528 4.1, Camellia-CTR test vector #1",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CTR,
        .key = "ae6852f8121067cc4bf7a5765577f39e",
        .iv = "00000030000000000000000000000001",
        .plaintext = "53696e676c6520626c6f636b206d7367",
        .ciphertext = "d09dc29a8214619a20877c76db1f0b3f",
    },
    {
        .source = "RFC 5528 4.1, Camellia-CTR test vector #2",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CTR,
        .key = "7e24067817fae0d743d6ce1f32539163",
        .iv = "006cb6dbc0543b59da48d90b00000001",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "dbf3c78dc08396d4da7c907765bbcb442b8e8e0f31f0dca72c7417e35360e048",
    },
    {
        .source = "RFC 5528 4.1, Camellia-CTR test vector #3",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CTR,
        .key = "7691be035e5020a8ac6e618529f9a0dc",
        .iv = "00e0017b27777f3f4a1786f000000001",
        .plaintext = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223",
        .ciphertext = "b19d1fcdcb75eb882f849ce24d85cf739ce64b2b5c9d73f14f2d5d9dce9889cddf508696",
    },

    /* CAMELLIA-CBC-PKCS7: Wycheproof testvectors_v1/camellia_cbc_pkcs5_test.json
     * (C2SP/wycheproof); the ciphertexts include the PKCS#7 padding block. */
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 1",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "e34f15c7bd819930fe9d66e0c166e61c",
        .iv = "da9520f7d3520277035173299388bee2",
        .plaintext = "",
        .ciphertext = "c453193b179fed83c8baa5f9bb426384",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 20",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "831e664c9e3f0c3094c0b27b9d908eb2",
        .iv = "54f2459e40e002763144f4752cde2fb5",
        .plaintext = "26603bb76dd0a0180791c4ed4d3b058807",
        .ciphertext = "57f17d9441316c0a4b69dceaa67e52c81636272466b075fbcf6cae82b0366dfd",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 73",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "3d6bf9edae6d881eade0ff8c7076a4835b71320c1f36b631",
        .iv = "db20f9a6f4d6b4e478f1a4b9d4051d34",
        .plaintext = "",
        .ciphertext = "a06de63c6568a649bf564e1ae8fb1ec3",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 92",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "cfd3f68873d81a27d2bfce876c79f6e609074dec39e34614",
        .iv = "c45b52a240eba3bdde5dfd57f3d474fb",
        .plaintext = "b1973cb25aa87ef9d1a8888b0a0f5c04c6",
        .ciphertext = "5a023c98f757f274e235dc956b48aaeff92996f55092f15776bba1b91d47b7b0",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 145",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "7bf9e536b66a215c22233fe2daaa743a898b9acb9f7802de70b40e3d6e43ef97",
        .iv = "eb38ef61717e1324ae064e86f1c3e797",
        .plaintext = "",
        .ciphertext = "9a3d7994bd657564054e8175fafe8ba5",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 164",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_PKCS7,
        .key = "73216fafd0022d0d6ee27198b2272578fa8f04dd9f44467fbb6437aa45641bf7",
        .iv = "4b74bd981ea9d074757c3e2ef515e5fb",
        .plaintext = "d5247b8f6c3edcbfb1d591d13ece23d2f5",
        .ciphertext = "4d14b5896778523fe37069f238eb47c51f1a66512dd3731bcd1234acb94dc6e4",
    },

    /* Camellia-CBC without padding: whole-block messages of Wycheproof
     * camellia_cbc_pkcs5_test.json. CBC ciphertext block i depends only on plaintext blocks
     * 0..i, so for a whole-block message the published CBC-PKCS7 ciphertext is the CBC
     * ciphertext followed by the encrypted padding block, which is dropped here. */
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 3, without the padding block",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "9bd3902ed0996c869b572272e76f3889",
        .iv = "8b2e86a9a185cfa6f51c7cc595b822bc",
        .plaintext = "a7ba19d49ee1ea02f098aa8e30c740d893a4456ccc294040484ed8a00a55f93e",
        .ciphertext = "cca2ee28e5fd2110b54c68e78298d3907148577dfc2a6b49ab99b591980c4449",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 74, without the padding block",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "f4bfa5aa4f0f4d62cf736cd2969c43d580fdb92f2753bedb",
        .iv = "69a76dc4da64d89c580eb75ae975ec39",
        .plaintext = "0e239f239705b282ce2200fe20de1165",
        .ciphertext = "248a53cd08d9ad8b40087c239c551dd8",
    },
    {
        .source = "Wycheproof camellia_cbc_pkcs5_test.json tcId 148, without the padding block",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "649e373e681ef52e3c10ac265484750932a9918f28fb824f7cb50adab39781fe",
        .iv = "bd003c0a9d804c29f053a77cb380cb47",
        .plaintext =
            "39b447bd3a01983c1cb761b456d69000948ceb870562a536126a0d18a8e7e49b16de8fe672f13d0808d8"
            "b7d957899917",
        .ciphertext =
            "aff5d819caf757a3bd5d5901ec7384f7dc76054f01c411c356887cec834cfdb2060683616acb6258322a"
            "242cc3dfd0e1",
    },

    /* SM4: the examples of draft-ribose-cfrg-sm4 (ECB is GB/T 32907-2016 example 1), transcribed
     * from OpenSSL test/recipes/30-test_evp_data/evpciph_sm4.txt. */
    {
        .source = "draft-ribose-cfrg-sm4 / GB/T 32907-2016 example 1 (ECB)",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdeffedcba9876543210",
        .plaintext = "0123456789abcdeffedcba9876543210",
        .ciphertext = "681edf34d206965e86b3e94f536e4246",
    },
    {
        .source = "draft-ribose-cfrg-sm4, SM4-CBC example (2 blocks)",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "0123456789abcdeffedcba9876543210",
        .iv = "0123456789abcdeffedcba9876543210",
        .plaintext = "0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210",
        .ciphertext = "2677f46b09c122cc975533105bd4a22af6125f7275ce552c3a2bbcf533de8a3b",
    },
    {
        .source = "draft-ribose-cfrg-sm4, SM4-OFB example",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_OFB,
        .key = "0123456789abcdeffedcba9876543210",
        .iv = "0123456789abcdeffedcba9876543210",
        .plaintext = "0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210",
        .ciphertext = "693d9a535bad5bb1786f53d7253a7056f2075d28b5235f58d50027e4177d2bce",
    },
    {
        .source = "draft-ribose-cfrg-sm4, SM4-CFB example",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_CFB,
        .key = "0123456789abcdeffedcba9876543210",
        .iv = "0123456789abcdeffedcba9876543210",
        .plaintext = "0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210",
        .ciphertext = "693d9a535bad5bb1786f53d7253a70569ed258a85a0467cc92aab393dd978995",
    },
    {
        .source = "draft-ribose-cfrg-sm4, SM4-CTR example",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_CTR,
        .key = "0123456789abcdeffedcba9876543210",
        .iv = "0123456789abcdeffedcba9876543210",
        .plaintext =
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffff"
            "ffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa",
        .ciphertext =
            "c2b4759e78ac3cf43d0852f4e8d5f9fd7256e8a5fcb65a350ee00630912e44492a0b17e1b85b060d0fba"
            "612d8a95831638b361fd5ffacd942f081485a83ca35d",
    },

    /* DES (64-bit key) and TDEA (128/192-bit keys): NIST SP 800-17 KATs (via Crypto++
     * TestData/descert.dat), FIPS 81 appendices B and C, NIST SP 800-67 Rev. 1 appendix B, the
     * CIPH_K(0) values printed in the NIST SP 800-38B TDEA examples, and NIST CAVP TDES
     * multi-block message tests (TCBCMMT3, TCFB64MMT2 and TOFBMMT2 .rsp, as shipped by pyca
     * cryptography vectors; the MMT2 files are two-key TDEA with KEY3 = KEY1, given here as
     * 16-byte keys). */
    {
        .source = "NIST SP 800-17 appendix A, variable plaintext KAT (round 1)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0101010101010101",
        .plaintext = "8000000000000000",
        .ciphertext = "95f8a5e5dd31d900",
    },
    {
        .source = "NIST SP 800-17 appendix A, variable key KAT (round 1)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "8001010101010101",
        .plaintext = "0000000000000000",
        .ciphertext = "95a8d72813daa94d",
    },
    {
        .source = "NIST SP 800-17 appendix A, permutation operation KAT (round 1)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "1046913489980131",
        .plaintext = "0000000000000000",
        .ciphertext = "88d55e54f54c97b4",
    },
    {
        .source = "NIST SP 800-17 appendix A, substitution table KAT (round 1)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "7ca110454a1a6e57",
        .plaintext = "01a1d6d039776742",
        .ciphertext = "690f5b0d9a26939b",
    },
    {
        .source = "FIPS 81 appendix B, table B1 (ECB)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdef",
        .plaintext = "4e6f77206973207468652074696d6520666f7220616c6c20",
        .ciphertext = "3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53",
    },
    {
        .source = "FIPS 81 appendix C, table C1 (CBC)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "0123456789abcdef",
        .iv = "1234567890abcdef",
        .plaintext = "4e6f77206973207468652074696d6520666f7220616c6c20",
        .ciphertext = "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6",
    },
    {
        .source = "NIST SP 800-67 Rev. 1 appendix B (three-key TDEA, ECB)",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "0123456789abcdef23456789abcdef01456789abcdef0123",
        .plaintext = "54686520717566636b2062726f776e20666f78206a756d70",
        .ciphertext = "a826fd8ce53b855fcce21c8112256fe668d5c05dd9b6b900",
    },
    {
        .source = "NIST SP 800-38B D.4 subkey generation: CIPH_K(0^64), three-key TDEA",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5",
        .plaintext = "0000000000000000",
        .ciphertext = "c8cc74e98a7329a2",
    },
    {
        .source = "NIST SP 800-38B D.5 subkey generation: CIPH_K(0^64), two-key TDEA",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_ECB_NO_PADDING,
        .key = "4cf15134a2850dd58a3d10ba80570d38",
        .plaintext = "0000000000000000",
        .ciphertext = "c7679b9f6b8d7d7a",
    },
    {
        .source = "NIST CAVP TDES TCBCMMT3.rsp [ENCRYPT] COUNT = 2",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "1a5d4c0825072a15a8ad9dfdaeda8c048adffb85bc4fced0",
        .iv = "7fcfa736f7548b6f",
        .plaintext = "983c3edacd939406010e1bc6ff9e12320ac5008117fa8f84",
        .ciphertext = "d84fa24f38cf451ca2c9adc960120bd8ff9871584fe31cee",
    },
    {
        .source = "NIST CAVP TDES TCBCMMT3.rsp [ENCRYPT] COUNT = 4",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "ef6d3e54266d978ffb0b8ce6689d803e2cd34cc802fd0252",
        .iv = "38bae5bce06d0ad9",
        .plaintext =
            "c4f228b537223cd01c0debb5d9d4e12ba71656618d119b2f8f0af29d23efa3a9e43c4c458a1b79a0",
        .ciphertext =
            "9e3289fb18379f55aa4e45a7e0e6df160b33b75f8627ad0954f8fdcb78cee55a4664caeda1000fe5",
    },
    {
        .source = "NIST CAVP TDES TCFB64MMT2.rsp [ENCRYPT] COUNT = 2",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CFB,
        .key = "ae73e5cb152c2ad6df92b6f2fda19b64",
        .iv = "6d0d66db69ab176c",
        .plaintext = "1f42c7204c4d2aa5ec1fe3306d7a78bb2f4eeccee88b40f5",
        .ciphertext = "eb9ca4e10c8188b016c75c6a5a5bf618cf8953d5acfd7f2c",
    },
    {
        .source = "NIST CAVP TDES TCFB64MMT2.rsp [ENCRYPT] COUNT = 4",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CFB,
        .key = "797583c8519751ef4a5e3d7f8aa29837",
        .iv = "e641b6b7c7d1af10",
        .plaintext =
            "b1b64acfee39514ff5d5aee9556a10a0d53317a5b9f8ba254085e666715c671217a70cd30b70061f",
        .ciphertext =
            "bb775b78d68ce24baae01365da6cef78c8a56c095ac1624640f975e0e4cdd61050c6314dfd447ef3",
    },
    {
        .source = "NIST CAVP TDES TOFBMMT2.rsp [ENCRYPT] COUNT = 2",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_OFB,
        .key = "61866e1c86d57a541301734c5dc86dae",
        .iv = "d0ddad02a219226d",
        .plaintext = "d5db2469ae56ecac5164195ed161eccc1720368f2726c060",
        .ciphertext = "4821c0ca2de3bb2b982c7bd9cbe6a44a714d5c0a85b44e0f",
    },
    {
        .source = "NIST CAVP TDES TOFBMMT2.rsp [ENCRYPT] COUNT = 4",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_OFB,
        .key = "e3347a6b0bc1152c642a25cbd3bc31ab",
        .iv = "faa063a81f197c14",
        .plaintext =
            "b740cc21e925e3c8706007215521b28c0869f9a15427197191a2520f1c16f85004a2c7ce06617733",
        .ciphertext =
            "23a53e110770974f57ecdb0f4efb143b40c696c55b777b4479a864f7613e7f079c660229e7f47417",
    },
    {
        .source = "NIST CAVP TDES TCBCMMT3.rsp [DECRYPT] COUNT = 3",
        .key_type = PSA_KEY_TYPE_DES,
        .alg = PSA_ALG_CBC_NO_PADDING,
        .key = "86838c6815c25b975bdc10f4b95145e649fdefdcf4754ab9",
        .iv = "4b1992ad38b4d6dd",
        .plaintext = "f5f94e406cec1b85e9a7c076b95456b6a439921591abbfc381d0bbf363ff5c04",
        .ciphertext = "cb78b6deaca11379094341f5c2cfb977bba8259482341f0a32323cae974e49a6",
    },

    /* ChaCha20: RFC 8439 section 2.4.2 and appendix A.2 (12-byte nonce as the IV; the published
     * initial block counter is in .counter), via TF-PSA-Crypto test_suite_chacha20.data (RFC
     * 7539 is the same text). */
    {
        .source = "RFC 8439 2.4.2 (sunscreen example)",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_STREAM_CIPHER,
        .key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .iv = "000000000000004a00000000",
        .plaintext =
            "4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739393a20"
            "4966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f722074686520"
            "6675747572652c2073756e73637265656e20776f756c642062652069742e",
        .ciphertext =
            "6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0bf91b65c5524733ab8f59"
            "3dabcd62b3571639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52bc514d"
            "16ccf806818ce91ab77937365af90bbf74a35be6b40b8eedf2785e42874d",
        .counter = 1,
    },
    {
        .source = "RFC 8439 A.2 test vector #1",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_STREAM_CIPHER,
        .key = "0000000000000000000000000000000000000000000000000000000000000000",
        .iv = "000000000000000000000000",
        .plaintext =
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000",
        .ciphertext =
            "76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7da41597c5157488d7724"
            "e03fb8d84a376a43b8f41518a11cc387b669b2ee6586",
    },
    {
        .source = "RFC 8439 A.2 test vector #2",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_STREAM_CIPHER,
        .key = "0000000000000000000000000000000000000000000000000000000000000001",
        .iv = "000000000000000000000002",
        .plaintext =
            "416e79207375626d697373696f6e20746f20746865204945544620696e74656e64656420627920746865"
            "20436f6e7472696275746f7220666f72207075626c69636174696f6e20617320616c6c206f7220706172"
            "74206f6620616e204945544620496e7465726e65742d4472616674206f722052464320616e6420616e79"
            "2073746174656d656e74206d6164652077697468696e2074686520636f6e74657874206f6620616e2049"
            "45544620616374697669747920697320636f6e7369646572656420616e20224945544620436f6e747269"
            "627574696f6e222e20537563682073746174656d656e747320696e636c756465206f72616c2073746174"
            "656d656e747320696e20494554462073657373696f6e732c2061732077656c6c20617320777269747465"
            "6e20616e6420656c656374726f6e696320636f6d6d756e69636174696f6e73206d61646520617420616e"
            "792074696d65206f7220706c6163652c207768696368206172652061646472657373656420746f",
        .ciphertext =
            "a3fbf07df3fa2fde4f376ca23e82737041605d9f4f4f57bd8cff2c1d4b7955ec2a97948bd3722915c8f3"
            "d337f7d370050e9e96d647b7c39f56e031ca5eb6250d4042e02785ececfa4b4bb5e8ead0440e20b6e8db"
            "09d881a7c6132f420e52795042bdfa7773d8a9051447b3291ce1411c680465552aa6c405b7764d5e87be"
            "a85ad00f8449ed8f72d0d662ab052691ca66424bc86d2df80ea41f43abf937d3259dc4b2d0dfb48a6c91"
            "39ddd7f76966e928e635553ba76c5c879d7b35d49eb2e62b0871cdac638939e25e8a1e0ef9d5280fa8ca"
            "328b351c3c765989cbcf3daa8b6ccc3aaf9f3979c92b3720fc88dc95ed84a1be059c6499b9fda236e7e8"
            "18b04b0bc39c1e876b193bfe5569753f88128cc08aaa9b63d1a16f80ef2554d7189c411f5869ca52c5b8"
            "3fa36ff216b9c1d30062bebcfd2dc5bce0911934fda79a86f6e698ced759c3ff9b6477338f3da4f9cd85"
            "14ea9982ccafb341b2384dd902f3d1ab7ac61dd29c6f21ba5b862f3730e37cfdc4fd806c22f221",
        .counter = 1,
    },
    {
        .source = "RFC 8439 A.2 test vector #3",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_STREAM_CIPHER,
        .key = "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0",
        .iv = "000000000000000000000002",
        .plaintext =
            "2754776173206272696c6c69672c20616e642074686520736c6974687920746f7665730a446964206779"
            "726520616e642067696d626c6520696e2074686520776162653a0a416c6c206d696d7379207765726520"
            "74686520626f726f676f7665732c0a416e6420746865206d6f6d65207261746873206f75746772616265"
            "2e",
        .ciphertext =
            "62e6347f95ed87a45ffae7426f27a1df5fb69110044c0d73118effa95b01e5cf166d3df2d721caf9b21e"
            "5fb14c616871fd84c54f9d65b283196c7fe4f60553ebf39c6402c42234e32a356b3e764312a61a553205"
            "5716ead6962568f87d3f3f7704c6a8d1bcd1bf4d50d6154b6da731b187b58dfd728afa36757a797ac188"
            "d1",
        .counter = 42,
    },

    /* CCM* with no tag (IEEE 802.15.4 CCM*, M = 0): the encrypted-payload part of RFC 3610
     * packet vectors. CCM encrypts the payload with the counter blocks A_i (i >= 1) whose flags
     * byte is L-1 whatever the tag length, so for a 13-byte nonce the published CCM ciphertext
     * without its tag is the CCM*-no-tag ciphertext (the header of the packet is not encrypted
     * and plays no part). */
    {
        .source = "RFC 3610 section 8, packet vector #1 (payload part of the CCM output)",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CCM_STAR_NO_TAG,
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .iv = "00000003020100a0a1a2a3a4a5",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384",
    },
    {
        .source = "RFC 3610 section 8, packet vector #2 (payload part of the CCM output)",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CCM_STAR_NO_TAG,
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .iv = "00000004030201a0a1a2a3a4a5",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3b",
    },
    {
        .source = "RFC 3610 section 8, packet vector #3 (payload part of the CCM output)",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_CCM_STAR_NO_TAG,
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .iv = "00000005040302a0a1a2a3a4a5",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        .ciphertext = "51b1e5f44a197d1da46b0f8e2d282ae871e838bb64da859657",
    },
};

static const struct cipher_bad_padding_vector cipher_bad_padding_vectors[] = {
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 26: Using zero padding",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "aa62606a287476777b92d8e4c4e53028",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 32: Using a padding with 0xff",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "726570a34cea08139d9f836579102a0e",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 38: Using ISO/IEC 7816-4 padding",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "50aeed98a820c5a037a5aa4d4ef3090b",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 44: padding longer than a block",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "d17ccbb26f0aa95f397b20063547349bac24c5429cbea591e96595cccc11451b",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 50: Using ANSI X.923 padding",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "ca5dd2d09bd56eec9e8acaeca20af68e",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 55: Using ISO 10126 padding",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "ba0726bd6dea11382b19c842e2ddead2",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 60: Padding is longer than the message",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "d17ccbb26f0aa95f397b20063547349b",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 66: Invalid PKCS #5 padding",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "4ff3e623fdd432608c183f40864177af",
    },
    {
        .source = "Wycheproof aes_cbc_pkcs5_test.json tcId 71: Using no padding at all",
        .key = "db4f3e5e3795cc09a073fa6a81e5a6bc",
        .iv = "23468aa734f5f0f19827316ff168e94f",
        .ciphertext = "fbcbdfdaaf17980be939c0b243266ecb",
    },
};

#endif /* KPSA_TESTS_VECTORS_CIPHER_H */
