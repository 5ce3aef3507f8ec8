/*
 * vectors/aead.h - known-answer vectors for the PSA AEAD algorithms
 * (test_aead.c).
 *
 * Every row names where it was published. The values were transcribed from the
 * files named in the group comments, which reproduce the publications, and
 * checked for transcription errors against libcrypto's EVP interface (Camellia
 * and SM4 in GCM and CCM mode, which libcrypto 3.0 lacks: against GCM and CCM
 * built on its block ciphers); none was computed with kpsa or libcrypto. Long
 * hex strings are split across lines by string-literal concatenation.
 *
 * `alg` carries the published tag length (PSA_ALG_AEAD_WITH_SHORTENED_TAG()
 * when it is not the default). The additional data is `ad_repeat` copies of
 * `ad` (0 means one copy). test_aead.c derives shortened-tag GCM checks from
 * the 16-byte GCM rows: a shortened GCM tag is by definition the first bytes
 * of the full tag (NIST SP 800-38D, MSB_t), while CCM tags depend on their
 * length and are only tested as published.
 */
#ifndef KPSA_TESTS_VECTORS_AEAD_H
#define KPSA_TESTS_VECTORS_AEAD_H

#include <stddef.h>

#include <psa/crypto.h>

struct aead_vector {
    const char *source; /* where the vector was published */
    psa_key_type_t key_type;
    psa_algorithm_t alg;
    const char *key;        /* hex */
    const char *nonce;      /* hex */
    const char *ad;         /* hex */
    size_t ad_repeat;       /* copies of ad; 0 means 1 */
    const char *plaintext;  /* hex */
    const char *ciphertext; /* hex, without the tag */
    const char *tag;        /* hex */
};

static const struct aead_vector aead_vectors[] = {
    /* AES-GCM: test cases 1-18 of McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)"
     * (revised spec, appendix B); cases 5/11/17 use an 8-byte IV and 6/12/18 a 60-byte IV. Via
     * Crypto++ TestVectors/gcm.txt (Gladman gcm.1), which lists them in order. */
    {
        .source = "McGrew & Viega GCM spec (revised), test case 1",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "00000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "58e2fccefa7e3061367f1d57a4e7455a",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 2",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "00000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "00000000000000000000000000000000",
        .ciphertext = "0388dace60b6a392f328c2b971b2fe78",
        .tag = "ab6e47d42cec13bdf53a67b21257bddf",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 3",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        .ciphertext =
            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f"
            "6a5aac84aa051ba30b396a0aac973d58e091473f5985",
        .tag = "4d5c2af327cd64a62cf35abd2ba6fab4",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 4",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f"
            "6a5aac84aa051ba30b396a0aac973d58e091",
        .tag = "5bc94fbc3221a5db94fae95ae7121a47",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 5",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbad",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c742373806900e49f24b22b09"
            "7544d4896b424989b5e1ebac0f07c23f4598",
        .tag = "3612d2e79e3b0785561be14aaca2fccb",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 6",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce =
            "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0"
            "e2429a6b525416aedbf5a0de6a57a637b39b",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca701e4a9a4fba43c90ccdc"
            "b281d48c7c6fd62875d2aca417034c34aee5",
        .tag = "619cc5aefffe0bfa462af43c1699d050",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 7",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "000000000000000000000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "cd33b28ac773f74ba00ed1f312572435",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 8",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "000000000000000000000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "00000000000000000000000000000000",
        .ciphertext = "98e7247c07f0fe411c267e4384b0f600",
        .tag = "2ff58d80033927ab8ef4d4587514f0fb",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 9",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        .ciphertext =
            "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c7d773d00c144c525ac61"
            "9d18c84a3f4718e2448b2fe324d9ccda2710acade256",
        .tag = "9924a7c8587336bfb118024db8674a14",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 10",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c7d773d00c144c525ac61"
            "9d18c84a3f4718e2448b2fe324d9ccda2710",
        .tag = "2519498e80f1478f37ba55bd6d27618c",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 11",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c",
        .nonce = "cafebabefacedbad",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "0f10f599ae14a154ed24b36e25324db8c566632ef2bbb34f8347280fc4507057fddc29df9a471f75c665"
            "41d4d4dad1c9e93a19a58e8b473fa0f062f7",
        .tag = "65dcc57fcf623a24094fcca40d3533f8",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 12",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c",
        .nonce =
            "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0"
            "e2429a6b525416aedbf5a0de6a57a637b39b",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "d27e88681ce3243c4830165a8fdcf9ff1de9a1d8e6b447ef6ef7b79828666e4581e79012af34ddd9e2f0"
            "37589b292db3e67c036745fa22e7e9b7373b",
        .tag = "dcf566ff291c25bbb8568fc3d376a6d9",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 13",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "0000000000000000000000000000000000000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "530f8afbc74536b9a963b4f1c4cb738b",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 14",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "0000000000000000000000000000000000000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "00000000000000000000000000000000",
        .ciphertext = "cea7403d4d606b6e074ec5d3baf39d18",
        .tag = "d0d1c8a799996bf0265b98b5d48ab919",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 15",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        .ciphertext =
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b0"
            "8b1056828838c5f61e6393ba7a0abcc9f662898015ad",
        .tag = "b094dac5d93471bdec1a502270e3cc6c",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 16",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b0"
            "8b1056828838c5f61e6393ba7a0abcc9f662",
        .tag = "76fc6ece0f4e1768cddf8853bb2d551b",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 17",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbad",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0feb582d33934a4f0954c"
            "c2363bc73f7862ac430e64abe499f47c9b1f",
        .tag = "3a337dbf46a792c45e454913fe2ea8f2",
    },
    {
        .source = "McGrew & Viega GCM spec (revised), test case 18",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        .nonce =
            "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0"
            "e2429a6b525416aedbf5a0de6a57a637b39b",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf40fc0c3b780f244452da3"
            "ebf1c5d82cdea2418997200ef82e44ae7e3f",
        .tag = "a44a8266ee1c8eb0c8b5d4cf5ae9f19a",
    },

    /* AES-CCM: RFC 3610 section 8 packet vectors #1-#24 (AES-128, 13-byte nonce, 8- or 10-byte
     * tag; the packet header is the additional data), via TF-PSA-Crypto test_suite_ccm.data,
     * cross-checked with Crypto++ TestVectors/ccm.txt. */
    {
        .source = "RFC 3610 section 8, packet vector #1",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000003020100a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384",
        .tag = "17e8d12cfdf926e0",
    },
    {
        .source = "RFC 3610 section 8, packet vector #2",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000004030201a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3b",
        .tag = "a091d56e10400916",
    },
    {
        .source = "RFC 3610 section 8, packet vector #3",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000005040302a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        .ciphertext = "51b1e5f44a197d1da46b0f8e2d282ae871e838bb64da859657",
        .tag = "4adaa76fbd9fb0c5",
    },
    {
        .source = "RFC 3610 section 8, packet vector #4",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000006050403a0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "a28c6865939a9a79faaa5c4c2a9d4a91cdac8c",
        .tag = "96c861b9c9e61ef1",
    },
    {
        .source = "RFC 3610 section 8, packet vector #5",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000007060504a0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "dcf1fb7b5d9e23fb9d4e131253658ad86ebdca3e",
        .tag = "51e83f077d9c2d93",
    },
    {
        .source = "RFC 3610 section 8, packet vector #6",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000008070605a0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        .ciphertext = "6fc1b011f006568b5171a42d953d469b2570a4bd87",
        .tag = "405a0443ac91cb94",
    },
    {
        .source = "RFC 3610 section 8, packet vector #7",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000009080706a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "0135d1b2c95f41d5d1d4fec185d166b8094e999dfed96c",
        .tag = "048c56602c97acbb7490",
    },
    {
        .source = "RFC 3610 section 8, packet vector #8",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "0000000a090807a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "7b75399ac0831dd2f0bbd75879a2fd8f6cae6b6cd9b7db24",
        .tag = "c17b4433f434963f34b4",
    },
    {
        .source = "RFC 3610 section 8, packet vector #9",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "0000000b0a0908a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        .ciphertext = "82531a60cc24945a4b8279181ab5c84df21ce7f9b73f42e197",
        .tag = "ea9c07e56b5eb17e5f4e",
    },
    {
        .source = "RFC 3610 section 8, packet vector #10",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "0000000c0b0a09a0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "07342594157785152b074098330abb141b947b",
        .tag = "566aa9406b4d999988dd",
    },
    {
        .source = "RFC 3610 section 8, packet vector #11",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "0000000d0c0b0aa0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "676bb20380b0e301e8ab79590a396da78b834934",
        .tag = "f53aa2e9107a8b6c022c",
    },
    {
        .source = "RFC 3610 section 8, packet vector #12",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "0000000e0d0c0ba0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e1f20",
        .ciphertext = "c0ffa0d6f05bdb67f24d43a4338d2aa4bed7b20e43",
        .tag = "cd1aa31662e7ad65d6db",
    },
    {
        .source = "RFC 3610 section 8, packet vector #13",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00412b4ea9cdbe3c9696766cfa",
        .ad = "0be1a88bace018b1",
        .plaintext = "08e8cf97d820ea258460e96ad9cf5289054d895ceac47c",
        .ciphertext = "4cb97f86a2a4689a877947ab8091ef5386a6ffbdd080f8",
        .tag = "e78cf7cb0cddd7b3",
    },
    {
        .source = "RFC 3610 section 8, packet vector #14",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "0033568ef7b2633c9696766cfa",
        .ad = "63018f76dc8a1bcb",
        .plaintext = "9020ea6f91bdd85afa0039ba4baff9bfb79c7028949cd0ec",
        .ciphertext = "4ccb1e7ca981befaa0726c55d378061298c85c92814abc33",
        .tag = "c52ee81d7d77c08a",
    },
    {
        .source = "RFC 3610 section 8, packet vector #15",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00103fe41336713c9696766cfa",
        .ad = "aa6cfa36cae86b40",
        .plaintext = "b916e0eacc1c00d7dcec68ec0b3bbb1a02de8a2d1aa346132e",
        .ciphertext = "b1d23a2220ddc0ac900d9aa03c61fcf4a559a4417767089708",
        .tag = "a776796edb723506",
    },
    {
        .source = "RFC 3610 section 8, packet vector #16",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00764c63b8058e3c9696766cfa",
        .ad = "d0d0735c531e1becf049c244",
        .plaintext = "12daac5630efa5396f770ce1a66b21f7b2101c",
        .ciphertext = "14d253c3967b70609b7cbb7c49916028324526",
        .tag = "9a6f49975bcadeaf",
    },
    {
        .source = "RFC 3610 section 8, packet vector #17",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00f8b678094e3b3c9696766cfa",
        .ad = "77b60f011c03e1525899bcae",
        .plaintext = "e88b6a46c78d63e52eb8c546efb5de6f75e9cc0d",
        .ciphertext = "5545ff1a085ee2efbf52b2e04bee1e2336c73e3f",
        .tag = "762c0c7744fe7e3c",
    },
    {
        .source = "RFC 3610 section 8, packet vector #18",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00d560912d3f703c9696766cfa",
        .ad = "cd9044d2b71fdb8120ea60c0",
        .plaintext = "6435acbafb11a82e2f071d7ca4a5ebd93a803ba87f",
        .ciphertext = "009769ecabdf48625594c59251e6035722675e04c8",
        .tag = "47099e5ae0704551",
    },
    {
        .source = "RFC 3610 section 8, packet vector #19",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "0042fff8f1951c3c9696766cfa",
        .ad = "d85bc7e69f944fb8",
        .plaintext = "8a19b950bcf71a018e5e6701c91787659809d67dbedd18",
        .ciphertext = "bc218daa947427b6db386a99ac1aef23ade0b52939cb6a",
        .tag = "637cf9bec2408897c6ba",
    },
    {
        .source = "RFC 3610 section 8, packet vector #20",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "00920f40e56cdc3c9696766cfa",
        .ad = "74a0ebc9069f5b37",
        .plaintext = "1761433c37c5a35fc1f39f406302eb907c6163be38c98437",
        .ciphertext = "5810e6fd25874022e80361a478e3e9cf484ab04f447efff6",
        .tag = "f0a477cc2fc9bf548944",
    },
    {
        .source = "RFC 3610 section 8, packet vector #21",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "0027ca0c7120bc3c9696766cfa",
        .ad = "44a3aa3aae6475ca",
        .plaintext = "a434a8e58500c6e41530538862d686ea9e81301b5ae4226bfa",
        .ciphertext = "f2beed7bc5098e83feb5b31608f8e29c38819a89c8e776f154",
        .tag = "4d4151a4ed3a8b87b9ce",
    },
    {
        .source = "RFC 3610 section 8, packet vector #22",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "005b8ccbcd9af83c9696766cfa",
        .ad = "ec46bb63b02520c33c49fd70",
        .plaintext = "b96b49e21d621741632875db7f6c9243d2d7c2",
        .ciphertext = "31d750a09da3ed7fddd49a2032aabf17ec8ebf",
        .tag = "7d22c8088c666be5c197",
    },
    {
        .source = "RFC 3610 section 8, packet vector #23",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "003ebe94044b9a3c9696766cfa",
        .ad = "47a65ac78b3d594227e85e71",
        .plaintext = "e2fcfbb880442c731bf95167c8ffd7895e337076",
        .ciphertext = "e882f1dbd38ce3eda7c23f04dd65071eb41342ac",
        .tag = "df7e00dccec7ae52987d",
    },
    {
        .source = "RFC 3610 section 8, packet vector #24",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d7828d13b2b0bdc325a76236df93cc6b",
        .nonce = "008d493b30ae8b3c9696766cfa",
        .ad = "6e37a6ef546d955d34ab6059",
        .plaintext = "abf21c0b02feb88f856df4a37381bce3cc128517d4",
        .ciphertext = "f32905b88a641b04b9c9ffb58cc390900f3da12ab1",
        .tag = "6dce9e82efa16da62059",
    },

    /* AES-CCM: NIST SP 800-38C appendix C examples 1-4 (4- to 14-byte tags, 7- to 13-byte
     * nonces; example 4 has 65536 bytes of associated data, 00..ff repeated 256 times), via
     * Crypto++ TestVectors/ccm.txt (Gladman ccm.1). */
    {
        .source = "NIST SP 800-38C appendix C, example 1",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4),
        .key = "404142434445464748494a4b4c4d4e4f",
        .nonce = "10111213141516",
        .ad = "0001020304050607",
        .plaintext = "20212223",
        .ciphertext = "7162015b",
        .tag = "4dac255d",
    },
    {
        .source = "NIST SP 800-38C appendix C, example 2",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 6),
        .key = "404142434445464748494a4b4c4d4e4f",
        .nonce = "1011121314151617",
        .ad = "000102030405060708090a0b0c0d0e0f",
        .plaintext = "202122232425262728292a2b2c2d2e2f",
        .ciphertext = "d2a1f0e051ea5f62081a7792073d593d",
        .tag = "1fc64fbfaccd",
    },
    {
        .source = "NIST SP 800-38C appendix C, example 3",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "404142434445464748494a4b4c4d4e4f",
        .nonce = "101112131415161718191a1b",
        .ad = "000102030405060708090a0b0c0d0e0f10111213",
        .plaintext = "202122232425262728292a2b2c2d2e2f3031323334353637",
        .ciphertext = "e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5",
        .tag = "484392fbc1b09951",
    },
    {
        .source = "NIST SP 800-38C appendix C, example 4",
        .key_type = PSA_KEY_TYPE_AES,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 14),
        .key = "404142434445464748494a4b4c4d4e4f",
        .nonce = "101112131415161718191a1b1c",
        .ad =
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"
            "2a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f50515253"
            "5455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d"
            "7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7"
            "a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1"
            "d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafb"
            "fcfdfeff",
        .ad_repeat = 256,
        .plaintext = "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f",
        .ciphertext = "69915dad1e84c6376a68c2967e4dab615ae0fd1faec44cc484828529463ccf72",
        .tag = "b4ac6bec93e8598e7f0dadbcea5b",
    },

    /* ChaCha20-Poly1305: RFC 8439 section 2.8.2 and appendix A.5, via Crypto++
     * TestVectors/chacha20poly1305.txt, cross-checked with TF-PSA-Crypto
     * test_suite_chachapoly.data. */
    {
        .source = "RFC 8439 2.8.2 (AEAD example)",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_CHACHA20_POLY1305,
        .key = "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
        .nonce = "070000004041424344454647",
        .ad = "50515253c0c1c2c3c4c5c6c7",
        .plaintext =
            "4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739393a20"
            "4966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f722074686520"
            "6675747572652c2073756e73637265656e20776f756c642062652069742e",
        .ciphertext =
            "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fa"
            "fb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4"
            "fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116",
        .tag = "1ae10b594f09e26a7e902ecbd0600691",
    },
    {
        .source = "RFC 8439 A.5 (decryption test vector)",
        .key_type = PSA_KEY_TYPE_CHACHA20,
        .alg = PSA_ALG_CHACHA20_POLY1305,
        .key = "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0",
        .nonce = "000000000102030405060708",
        .ad = "f33388860000000000004e91",
        .plaintext =
            "496e7465726e65742d4472616674732061726520647261667420646f63756d656e74732076616c696420"
            "666f722061206d6178696d756d206f6620736978206d6f6e74687320616e64206d617920626520757064"
            "617465642c207265706c616365642c206f72206f62736f6c65746564206279206f7468657220646f6375"
            "6d656e747320617420616e792074696d652e20497420697320696e617070726f70726961746520746f20"
            "75736520496e7465726e65742d447261667473206173207265666572656e6365206d6174657269616c20"
            "6f7220746f2063697465207468656d206f74686572207468616e206173202fe2809c776f726b20696e20"
            "70726f67726573732e2fe2809d",
        .ciphertext =
            "64a0861575861af460f062c79be643bd5e805cfd345cf389f108670ac76c8cb24c6cfc18755d43eea09e"
            "e94e382d26b0bdb7b73c321b0100d4f03b7f355894cf332f830e710b97ce98c8a84abd0b948114ad176e"
            "008d33bd60f982b1ff37c8559797a06ef4f0ef61c186324e2b3506383606907b6a7c02b0f9f6157b53c8"
            "67e4b9166c767b804d46a59b5216cde7a4e99040c5a40433225ee282a1b0a06c523eaf4534d7f83fa115"
            "5b0047718cbc546a0d072b04b3564eea1b422273f548271a0bb2316053fa76991955ebd63159434ecebb"
            "4e466dae5a1073a6727627097a1049e617d91d361094fa68f0ff77987130305beaba2eda04df997b714d"
            "6c6f2c29a6ad5cb4022b02709b",
        .tag = "eead9d67890cbb22392336fea1851f38",
    },

    /* ARIA-GCM: Wycheproof testvectors_v1/aria_gcm_test.json (C2SP/wycheproof), valid vectors. */
    {
        .source = "Wycheproof aria_gcm_test.json tcId 1",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_GCM,
        .key = "e91e5e75da65554a48181f3846349562",
        .nonce = "000020e8f5eb00000000315e",
        .ad = "8008315ebf2e6fe020e8f5eb",
        .plaintext =
            "f57af5fd4ae19562976ec57a5a7ad55a5af5c5e5c5fdf5c55ad57a4a7272d57262e9729566ed66e97ac5"
            "4a4a5a7ad5e15ae5fdd5fd5ac5d56ae56ad5c572d54ae54ac55a956afd6aed5a4ac562957a9516991691"
            "d572fd14e97ae962ed7a9f4a955af572e162f57a956666e17ae1f54a95f566d54a66e16e4afd6a9f7ae1"
            "c5c55ae5d56afde916c5e94a6ec56695e14afde1148416e94ad57ac5146ed59d1cc5",
        .ciphertext =
            "4d8a9a0675550c704b17d8c9ddc81a5cd6f7da34f2fe1b3db7cb3dfb9697102ea0f3c1fc2dbc873d44bc"
            "eeae8e4442974ba21ff6789d3272613fb9631a7cf3f14bacbeb421633a90ffbe58c2fa6bdca534f10d0d"
            "e0502ce1d531b6336e58878278531e5c22bc6c85bbd784d78d9e680aa19031aaf89101d669d7a3965c1f"
            "7e16229d7463e0535f4e253f5d18187d40b8ae0f564bd970b5e7e2adfb211e89a953",
        .tag = "5abace3f37f5a736f4be984bbffbedc1",
    },
    {
        .source = "Wycheproof aria_gcm_test.json tcId 2",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_GCM,
        .key = "bedcfb5a011ebc84600fcb296c15af0d",
        .nonce = "438a547a94ea88dce46c6c85",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "889ca4c97f91b6d1fdd1635e1b85f8f0",
    },
    {
        .source = "Wycheproof aria_gcm_test.json tcId 176",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_GCM,
        .key = "5e1d28213e092536525bbae09e214af4c891e202b2b4fa4f",
        .nonce = "b6be6cd0681235d826aa28ea",
        .ad = "",
        .plaintext = "53d59433a7db7f41b31ccb6d4a2d789965",
        .ciphertext = "18a1bce5ebffc53cac7fc812b004c489f3",
        .tag = "184324114b9190073b0f4ff0dcaada82",
    },
    {
        .source = "Wycheproof aria_gcm_test.json tcId 66",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_GCM,
        .key = "0c5ffd37a11edc42c325287fc0604f2e3e8cd5671a00fe3216aa5eb105783b54",
        .nonce = "000020e8f5eb00000000315e",
        .ad = "8008315ebf2e6fe020e8f5eb",
        .plaintext =
            "f57af5fd4ae19562976ec57a5a7ad55a5af5c5e5c5fdf5c55ad57a4a7272d57262e9729566ed66e97ac5"
            "4a4a5a7ad5e15ae5fdd5fd5ac5d56ae56ad5c572d54ae54ac55a956afd6aed5a4ac562957a9516991691"
            "d572fd14e97ae962ed7a9f4a955af572e162f57a956666e17ae1f54a95f566d54a66e16e4afd6a9f7ae1"
            "c5c55ae5d56afde916c5e94a6ec56695e14afde1148416e94ad57ac5146ed59d1cc5",
        .ciphertext =
            "6f9e4bcbc8c85fc0128fb1e4a0a20cb9932ff74581f54fc013dd054b19f99371425b352d97d3f337b90b"
            "63d1b082adeeea9d2d7391897d591b985e55fb50cb5350cf7d38dc27dda127c078a149c8eb98083d6636"
            "3a46e3726af217d3a00275ad5bf772c7610ea4c23006878f0ee69a8397703169a419303f40b72e457371"
            "4d19e2697df61e7c7252e5abc6bade876ac4961bfac4d5e867afca351a48aed52822",
        .tag = "e210d6ced2cf430ff841472915e7ef48",
    },
    {
        .source = "Wycheproof aria_gcm_test.json tcId 72",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_GCM,
        .key = "3b2458d8176e1621c0cc24c0c0e24c1e80d72f7ee9149a4b166176629616d011",
        .nonce = "45aaa3e5d16d2d42dc03445d",
        .ad = "",
        .plaintext = "3ff1514b1c503915918f0c0c31094a6e1f",
        .ciphertext = "eaab9688a3da72be56f6be15e2074497fb",
        .tag = "a0990361d7e7c7211f0e6f40dee4b0df",
    },

    /* ARIA-CCM: Wycheproof testvectors_v1/aria_ccm_test.json (C2SP/wycheproof), valid vectors. */
    {
        .source = "Wycheproof aria_ccm_test.json tcId 1",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "bedcfb5a011ebc84600fcb296c15af0d",
        .nonce = "438a547a94ea88dce46c6c85",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "94f5988288b378fd4b95692863c86dfe",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 5",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "c15ed227dd2e237ecd087eaaaad19ea4",
        .nonce = "965ff6643116ac1443a2dec7",
        .ad = "",
        .plaintext = "fee62fde973fe025ad6b322dcdf3c63fc7",
        .ciphertext = "c984dc5293528cd7d3a6ca87ca8108c519",
        .tag = "8a6123feec15ee4f7a45022ff580dc19",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 84",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "7f672d85e151aa490bc0eec8f66b5e5bee74af11642be3ff",
        .nonce = "b022067048505b20946216ef",
        .ad = "",
        .plaintext = "ef6412c72b03c643fa02565a0ae2378a9311c11a84065f80",
        .ciphertext = "760f1fab9bcbdc2e8ac8a5de423e8816ca24244d94f94c5d",
        .tag = "e93ff61db7713ba36e972d372919e418",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 161",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "3b2458d8176e1621c0cc24c0c0e24c1e80d72f7ee9149a4b166176629616d011",
        .nonce = "45aaa3e5d16d2d42dc03445d",
        .ad = "",
        .plaintext = "3ff1514b1c503915918f0c0c31094a6e1f",
        .ciphertext = "c59a08e901539250c25f22307254db58e5",
        .tag = "ce2fd9cb9eef175ffda501f51c150c1f",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 240",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "eb263b3a87fcf232327a05b2079292ab",
        .nonce = "9554023badf3e2",
        .ad = "be0dd7002e2fe358",
        .plaintext = "0cac1afd5708ab03c8d3fe1d7cc83b26ff",
        .ciphertext = "2b416514c7cf0cf5ea84a9486a52e74633",
        .tag = "0426f7f5e426db2df10573d497c84bd8",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 270",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_CCM,
        .key = "30829416d80d4b6dd91a16c4694c5acd",
        .nonce = "8bc7ecd5bde196b72319de6b77",
        .ad = "970fe65b7789a555",
        .plaintext = "4a3122f801d6638228fa0e30af3f36627a",
        .ciphertext = "be99bfa8f36fea3256dbd1974b36d44d0e",
        .tag = "f1a7b4303a12750e0357745b1e4287d6",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 348",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 4),
        .key = "c01b915d2d2112288ed04d2cdd389bd7",
        .nonce = "98aced4674faebe3fd4881cc",
        .ad = "2090bd5934b20e26c704af9f85c9c410",
        .plaintext = "63dab2e2a22a63a7e5504667634555934d",
        .ciphertext = "8124e7383c53bc40e0ff663207e4ea17cc",
        .tag = "8d31b99c",
    },
    {
        .source = "Wycheproof aria_ccm_test.json tcId 460",
        .key_type = PSA_KEY_TYPE_ARIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "47f664e6790f3e25bc410d847f38662f045f0aa3641429edf8099f4b4df32f06",
        .nonce = "f092a357b5ef0c975ee169c4",
        .ad = "338b4cc60ec151fa283c1cb10e722d9d",
        .plaintext = "b01dfe724166a2bc98cbb96cf540028a0e",
        .ciphertext = "0b8c2406c1c647c5d2e74b145819db4106",
        .tag = "c9c5cb69e0877175",
    },

    /* Camellia-GCM: the test vectors of draft-kato-ipsec-camellia-gcm (the McGrew & Viega inputs
     * with Camellia; RFC 6367 specifies Camellia-GCM but prints no vectors), via TF-PSA-Crypto
     * test_suite_gcm.camellia.data. */
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #1",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "00000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "",
        .ciphertext = "",
        .tag = "f5574acc3148dfcb9015200631024df9",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #2",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "00000000000000000000000000000000",
        .nonce = "000000000000000000000000",
        .ad = "",
        .plaintext = "00000000000000000000000000000000",
        .ciphertext = "defe3e0b5c54c94b4f2a0f5a46f6210d",
        .tag = "f672b94d192266c7c8c8dbb427cc989a",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #3",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        .ciphertext =
            "d0d94a13b632f337a0cc9955b94fa020c815f903aab12f1efaf2fe9d90f729a6cccbfa986ef2ff2c33de"
            "418d9a2529091cf18fe652c1cfde13f8260614bab815",
        .tag = "86e318012dd8329dc9dae6a170f61b24",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #4",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "d0d94a13b632f337a0cc9955b94fa020c815f903aab12f1efaf2fe9d90f729a6cccbfa986ef2ff2c33de"
            "418d9a2529091cf18fe652c1cfde13f82606",
        .tag = "9f458869431576ea6a095456ec6b8101",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #5",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbad",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "28fd7434d5cd424a5353818fc21a982460d20cf632eb1e6c4fbfca17d5abcf6a52111086162fe9570e77"
            "74c7a912aca3dfa10067ddaad40688645bdd",
        .tag = "e86f8f2e730c49d536f00fb5225d28b1",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #6",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308",
        .nonce =
            "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0"
            "e2429a6b525416aedbf5a0de6a57a637b39b",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "2e582b8417c93f2ff4f6f7ee3c361e4496e710ee12433baa964987d02f42953e402e6f4af407fe08cd2f"
            "35123696014c34db19128df4056faebcd647",
        .tag = "ceae5569b2af8641572622731aed3e53",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #10",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "0f009e88410d84ad93c90d55efbe20ffa855492f4dfd0fb485c4f02f536feffbb4d967729e5c67f1de07"
            "50255cc500716ba483eb3b0a2bf607af28f6",
        .tag = "01b15bb5ab6fac0c422014e91eacbf2b",
    },
    {
        .source = "draft-kato-ipsec-camellia-gcm test vector #16",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_GCM,
        .key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        .nonce = "cafebabefacedbaddecaf888",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf"
            "0e2449a6b525b16aedf5aa0de657ba637b39",
        .ciphertext =
            "ad142c11579dd95e41f3c1f324dabc255864d920f1b65759d8f560d4948d447758dfdcf77aa9f62581c7"
            "ff572a037f810cb1a9c4b3ca6ed638179b77",
        .tag = "4e4b178d8fe26fdc95e2e7246dd94bec",
    },

    /* Camellia-CCM: RFC 5528 section 4.2 packet vectors, via TF-PSA-Crypto test_suite_ccm.data. */
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #1",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000003020100a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "ba737185e719310492f38a5f1251da55fafbc949848a0d",
        .tag = "fcaece746b3db9ad",
    },
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #2",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000004030201a0a1a2a3a4a5",
        .ad = "0001020304050607",
        .plaintext = "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        .ciphertext = "5d2564bf8eafe1d99526ec016d1bf0424cfbd2cd62848f33",
        .tag = "60b2295df24283e8",
    },
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #4",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf",
        .nonce = "00000006050403a0a1a2a3a4a5",
        .ad = "000102030405060708090a0b",
        .plaintext = "0c0d0e0f101112131415161718191a1b1c1d1e",
        .ciphertext = "caef1e827211b08f7bd90f08c77288c070a4a0",
        .tag = "8b3a933a63e497a0",
    },
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #13",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d75c2778078ca93d971f96fde720f4cd",
        .nonce = "00a970110e1927b160b6a31c1c",
        .ad = "6b7f464507fae496",
        .plaintext = "c6b5f3e6ca2311aef7472b203e735ea561adb17d56c5a3",
        .ciphertext = "a435d727348ddd22907f7eb8f5fdbb4d939da6524db4f6",
        .tag = "4558c02d25b127ee",
    },
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #16",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8),
        .key = "d75c2778078ca93d971f96fde720f4cd",
        .nonce = "00ec600863319ab160b6a31c1c",
        .ad = "de97df3b8cbd6d8e5030da4c",
        .plaintext = "b005dcfa0b59181426a961685a993d8c43185b",
        .ciphertext = "63b78b4967b19edbb733cd1114f64eb2260893",
        .tag = "68c354828d950cc5",
    },
    {
        .source = "RFC 5528 4.2, Camellia-CCM packet vector #24",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 10),
        .key = "d75c2778078ca93d971f96fde720f4cd",
        .nonce = "003b8fd8d3a937b160b6a31c1c",
        .ad = "a4d499f78419728c19178b0c",
        .plaintext = "9dc9edae2ff5df8636e8c6de0eed55f7867e33337d",
        .ciphertext = "4b198156393b0f7796086aafb454f8c3f034cca966",
        .tag = "945f1fcea7e11bee6a2f",
    },

    /* CAMELLIA-CCM: Wycheproof testvectors_v1/camellia_ccm_test.json (C2SP/wycheproof), valid
     * vectors. */
    {
        .source = "Wycheproof camellia_ccm_test.json tcId 83",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CCM,
        .key = "5e1d28213e092536525bbae09e214af4c891e202b2b4fa4f",
        .nonce = "b6be6cd0681235d826aa28ea",
        .ad = "",
        .plaintext = "53d59433a7db7f41b31ccb6d4a2d789965",
        .ciphertext = "21be5be8be35d74c3ba984ecab285ecf08",
        .tag = "e7c9837a299df5b59f0a687b9c2ae151",
    },
    {
        .source = "Wycheproof camellia_ccm_test.json tcId 162",
        .key_type = PSA_KEY_TYPE_CAMELLIA,
        .alg = PSA_ALG_CCM,
        .key = "0212a8de5007ed87b33f1a7090b6114f9e08cefd9607f2c276bdcfdbc5ce9cd7",
        .nonce = "e6b1adf2fd58a8762c65f31b",
        .ad = "",
        .plaintext = "10f1ecf9c60584665d9ae5efe279e7f7377eea6916d2b111",
        .ciphertext = "736fd630e91e4e0d94a0e6f72d17450884c4ff752f747a2a",
        .tag = "98b1a79db4961b38e44f15fe42cb760a",
    },

    /* SM4-GCM and SM4-CCM: RFC 8998 appendix A, transcribed from OpenSSL
     * test/recipes/30-test_evp_data/evpciph_sm4.txt. */
    {
        .source = "RFC 8998 A.1 (SM4-GCM test vector)",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_GCM,
        .key = "0123456789abcdeffedcba9876543210",
        .nonce = "00001234567800000000abcd",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffff"
            "ffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa",
        .ciphertext =
            "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735d82710ca5c22f0ccfa7c"
            "bf93d496ac15a56834cbcf98c397b4024a2691233b8d",
        .tag = "83de3541e4c2b58177e065a9bf7b62ec",
    },
    {
        .source = "RFC 8998 A.2 (SM4-CCM test vector)",
        .key_type = PSA_KEY_TYPE_SM4,
        .alg = PSA_ALG_CCM,
        .key = "0123456789abcdeffedcba9876543210",
        .nonce = "00001234567800000000abcd",
        .ad = "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        .plaintext =
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffff"
            "ffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa",
        .ciphertext =
            "48af93501fa62adbcd414cce6034d895dda1bf8f132f042098661572e7483094fd12e518ce062c98acee"
            "28d95df4416bed31a2f04476c18bb40c84a74b97dc5b",
        .tag = "16842d4fa186f56ab33256971fa110f4",
    },
};

#endif /* KPSA_TESTS_VECTORS_AEAD_H */
