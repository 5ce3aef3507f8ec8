/*
 * vectors/hash.h - known-answer vectors for the PSA hash algorithms
 * (test_hash.c).
 *
 * Every row names where it was published. The values were transcribed from the
 * files named in the group comments, which reproduce the publications, and
 * checked for transcription errors against libcrypto's EVP interface; none was
 * computed with kpsa or libcrypto. Long hex strings are split across lines by
 * string-literal concatenation.
 *
 * A row whose `repeat` is set hashes `repeat` copies of `input` back to back
 * (the "one million a" vectors); 0 means one copy.
 */
#ifndef KPSA_TESTS_VECTORS_HASH_H
#define KPSA_TESTS_VECTORS_HASH_H

#include <stddef.h>

#include <psa/crypto.h>

struct hash_vector {
    const char *source; /* where the vector was published */
    psa_algorithm_t alg;
    const char *input;  /* hex */
    size_t repeat;      /* copies of input hashed; 0 means 1 */
    const char *digest; /* hex */
};

static const struct hash_vector hash_vectors[] = {
    /* MD5: the RFC 1321 appendix A.5 test suite (cross-checked with TF-PSA-Crypto
     * test_suite_psa_crypto_hash.data). */
    {
        .source = "RFC 1321 A.5: MD5 (\"\")",
        .alg = PSA_ALG_MD5,
        .input = "",
        .digest = "d41d8cd98f00b204e9800998ecf8427e",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"a\")",
        .alg = PSA_ALG_MD5,
        .input = "61",
        .digest = "0cc175b9c0f1b6a831c399e269772661",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"abc\")",
        .alg = PSA_ALG_MD5,
        .input = "616263",
        .digest = "900150983cd24fb0d6963f7d28e17f72",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"message digest\")",
        .alg = PSA_ALG_MD5,
        .input = "6d65737361676520646967657374",
        .digest = "f96b697d7cb7938d525a2f31aaf161d0",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"abcdefghijklmnopqrstuvwxyz\")",
        .alg = PSA_ALG_MD5,
        .input = "6162636465666768696a6b6c6d6e6f707172737475767778797a",
        .digest = "c3fcd3d76192e4007dfb496cca67e13b",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"ABCDEFGHIJKLMNOPQRST...\")",
        .alg = PSA_ALG_MD5,
        .input =
            "4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f70"
            "7172737475767778797a30313233343536373839",
        .digest = "d174ab98d277d9f5a5611c2c9f419d9f",
    },
    {
        .source = "RFC 1321 A.5: MD5 (\"12345678901234567890...\")",
        .alg = PSA_ALG_MD5,
        .input =
            "313233343536373839303132333435363738393031323334353637383930313233343536373839303132"
            "3334353637383930313233343536373839303132333435363738393031323334353637383930",
        .digest = "57edf4a22be3c955ac49da2e2107b67a",
    },

    /* RIPEMD-160: the test vectors on the RIPEMD-160 page
     * (homes.esat.kuleuven.be/~bosselae/ripemd160.html), cross-checked with OpenSSL
     * evpmd_ripemd.txt and pyca ripevectors.txt. */
    {
        .source = "RIPEMD-160 page (Bosselaers), test 1",
        .alg = PSA_ALG_RIPEMD160,
        .input = "",
        .digest = "9c1185a5c5e9fc54612808977ee8f548b2258d31",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 2",
        .alg = PSA_ALG_RIPEMD160,
        .input = "61",
        .digest = "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 3",
        .alg = PSA_ALG_RIPEMD160,
        .input = "616263",
        .digest = "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 4",
        .alg = PSA_ALG_RIPEMD160,
        .input = "6d65737361676520646967657374",
        .digest = "5d0689ef49d2fae572b881b123a85ffa21595f36",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 5",
        .alg = PSA_ALG_RIPEMD160,
        .input = "6162636465666768696a6b6c6d6e6f707172737475767778797a",
        .digest = "f71c27109c692c1b56bbdceb5b9d2865b3708dbc",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 6",
        .alg = PSA_ALG_RIPEMD160,
        .input =
            "6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c"
            "6d6e6c6d6e6f6d6e6f706e6f7071",
        .digest = "12a053384a9c0c88e405a06c27dcf49ada62eb2b",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 7",
        .alg = PSA_ALG_RIPEMD160,
        .input =
            "4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f70"
            "7172737475767778797a30313233343536373839",
        .digest = "b0e20b6e3116640286ed3a87a5713079b21f5189",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), test 8",
        .alg = PSA_ALG_RIPEMD160,
        .input =
            "313233343536373839303132333435363738393031323334353637383930313233343536373839303132"
            "3334353637383930313233343536373839303132333435363738393031323334353637383930",
        .digest = "9b752e45573d4b39f4dbd3323cab82bf63326bfb",
    },
    {
        .source = "RIPEMD-160 page (Bosselaers), 1 million times \"a\"",
        .alg = PSA_ALG_RIPEMD160,
        .input = "61",
        .repeat = 1000000,
        .digest = "52783243c1697bdbe16d37f97f68f08325dc1528",
    },

    /* SHA-1: NIST CAVP SHAVS byte-oriented vectors (as reproduced in Crypto++
     * TestVectors/sha1_160_fips_180.txt) and the FIPS 180-2 examples (cross-checked with
     * Crypto++ sha.txt and OpenSSL evpmd_sha.txt). */
    {
        .source = "NIST CAVP SHAVS SHA1ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_1,
        .input = "",
        .digest = "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    },
    {
        .source = "NIST CAVP SHAVS SHA1ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_1,
        .input = "36",
        .digest = "c1dfd96eea8cc2b62785275bca38ac261256e278",
    },
    {
        .source = "FIPS 180-2 A.1: \"abc\"",
        .alg = PSA_ALG_SHA_1,
        .input = "616263",
        .digest = "a9993e364706816aba3e25717850c26c9cd0d89d",
    },
    {
        .source = "FIPS 180-2 A.2: 448-bit message",
        .alg = PSA_ALG_SHA_1,
        .input =
            "6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c"
            "6d6e6c6d6e6f6d6e6f706e6f7071",
        .digest = "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    },
    {
        .source = "FIPS 180-2 A.3: one million \"a\"",
        .alg = PSA_ALG_SHA_1,
        .input = "61",
        .repeat = 1000000,
        .digest = "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
    },
    {
        .source = "NIST CAVP SHAVS SHA1LongMsg.rsp, Len = 1304",
        .alg = PSA_ALG_SHA_1,
        .input =
            "7c9c67323a1df1adbfe5ceb415eaef0155ece2820f4d50c1ec22cba4928ac656c83fe585db6a78ce40bc"
            "42757aba7e5a3f582428d6ca68d0c3978336a6efb729613e8d9979016204bfd921322fdd522218355444"
            "7de5e6e9bbe6edf76d7b71e18dc2e8d6dc89b7398364f652fafc734329aafa3dcd45d4f31e388e4fafd7"
            "fc6495f37ca5cbab7f54d586463da4bfeaa3bae09f7b8e9239d832b4f0a733aa609cc1f8d4",
        .digest = "d8fd6a91ef3b6ced05b98358a99107c1fac8c807",
    },

    /* SHA-224: NIST CAVP SHAVS byte-oriented vectors (as reproduced in Crypto++
     * TestVectors/sha2_224_fips_180.txt) and the FIPS 180-2 examples (cross-checked with
     * Crypto++ sha.txt and OpenSSL evpmd_sha.txt). */
    {
        .source = "NIST CAVP SHAVS SHA224ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_224,
        .input = "",
        .digest = "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
    },
    {
        .source = "NIST CAVP SHAVS SHA224ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_224,
        .input = "84",
        .digest = "3cd36921df5d6963e73739cf4d20211e2d8877c19cff087ade9d0e3a",
    },
    {
        .source = "RFC 3874 3.1 / FIPS 180-2 change notice: \"abc\"",
        .alg = PSA_ALG_SHA_224,
        .input = "616263",
        .digest = "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
    },
    {
        .source = "RFC 3874 3.2 / FIPS 180-2 change notice: 448-bit message",
        .alg = PSA_ALG_SHA_224,
        .input =
            "6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c"
            "6d6e6c6d6e6f6d6e6f706e6f7071",
        .digest = "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525",
    },
    {
        .source = "RFC 3874 3.3 / FIPS 180-2 change notice: one million \"a\"",
        .alg = PSA_ALG_SHA_224,
        .input = "61",
        .repeat = 1000000,
        .digest = "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67",
    },
    {
        .source = "NIST CAVP SHAVS SHA224LongMsg.rsp, Len = 1304",
        .alg = PSA_ALG_SHA_224,
        .input =
            "f149e41d848f59276cfddd743bafa9a90e1ee4a263a118142b33e3702176ef0a59f8237a1cb51b42f3de"
            "d6b202d9af0997898fdd03cf60bda951c514547a0850cec25444ae2f24cb711bfbafcc3956c941d3de69"
            "f155e3f8b10f06db5f37359b772ddd43e1035a0a0d3db33242d5843033833b0dd43b870c6bf60e8deab5"
            "5f317cc3273f5e3ba747f0cb65050cb7228796210d9254873643008d45f29cfd6c5b060c9a",
        .digest = "9db6dc3a23abd7b6c3d72c38f4843c7de48a71d0ba91a86b18393e5f",
    },

    /* SHA-256: NIST CAVP SHAVS byte-oriented vectors (as reproduced in Crypto++
     * TestVectors/sha2_256_fips_180.txt) and the FIPS 180-2 examples (cross-checked with
     * Crypto++ sha.txt and OpenSSL evpmd_sha.txt). */
    {
        .source = "NIST CAVP SHAVS SHA256ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_256,
        .input = "",
        .digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
    {
        .source = "NIST CAVP SHAVS SHA256ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_256,
        .input = "d3",
        .digest = "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1",
    },
    {
        .source = "FIPS 180-2 B.1: \"abc\"",
        .alg = PSA_ALG_SHA_256,
        .input = "616263",
        .digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    },
    {
        .source = "FIPS 180-2 B.2: 448-bit message",
        .alg = PSA_ALG_SHA_256,
        .input =
            "6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c"
            "6d6e6c6d6e6f6d6e6f706e6f7071",
        .digest = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    },
    {
        .source = "FIPS 180-2 B.3: one million \"a\"",
        .alg = PSA_ALG_SHA_256,
        .input = "61",
        .repeat = 1000000,
        .digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    },
    {
        .source = "NIST CAVP SHAVS SHA256LongMsg.rsp, Len = 1304",
        .alg = PSA_ALG_SHA_256,
        .input =
            "451101250ec6f26652249d59dc974b7361d571a8101cdfd36aba3b5854d3ae086b5fdd4597721b66e3c0"
            "dc5d8c606d9657d0e323283a5217d1f53f2f284f57b85c8a61ac8924711f895c5ed90ef17745ed2d728a"
            "bd22a5f7a13479a462d71b56c19a74a40b655c58edfe0a188ad2cf46cbf30524f65d423c837dd1ff2bf4"
            "62ac4198007345bb44dbb7b1c861298cdf61982a833afc728fae1eda2f87aa2c9480858bec",
        .digest = "3c593aa539fdcdae516cdf2f15000f6634185c88f505b39775fb9ab137a10aa2",
    },

    /* SHA-384: NIST CAVP SHAVS byte-oriented vectors (as reproduced in Crypto++
     * TestVectors/sha2_384_fips_180.txt) and the FIPS 180-2 examples (cross-checked with
     * Crypto++ sha.txt and OpenSSL evpmd_sha.txt). */
    {
        .source = "NIST CAVP SHAVS SHA384ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_384,
        .input = "",
        .digest =
            "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51a"
            "d2f14898b95b",
    },
    {
        .source = "NIST CAVP SHAVS SHA384ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_384,
        .input = "c5",
        .digest =
            "b52b72da75d0666379e20f9b4a79c33a329a01f06a2fb7865c9062a28c1de860ba432edfd86b4cb1cb8a"
            "75b46076e3b1",
    },
    {
        .source = "FIPS 180-2 D.1: \"abc\"",
        .alg = PSA_ALG_SHA_384,
        .input = "616263",
        .digest =
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358ba"
            "eca134c825a7",
    },
    {
        .source = "FIPS 180-2 D.2: 896-bit message",
        .alg = PSA_ALG_SHA_384,
        .input =
            "61626364656667686263646566676869636465666768696a6465666768696a6b65666768696a6b6c6667"
            "68696a6b6c6d6768696a6b6c6d6e68696a6b6c6d6e6f696a6b6c6d6e6f706a6b6c6d6e6f70716b6c6d6e"
            "6f7071726c6d6e6f707172736d6e6f70717273746e6f707172737475",
        .digest =
            "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3"
            "e9fa91746039",
    },
    {
        .source = "FIPS 180-2 D.3: one million \"a\"",
        .alg = PSA_ALG_SHA_384,
        .input = "61",
        .repeat = 1000000,
        .digest =
            "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97"
            "ddd87f3d8985",
    },
    {
        .source = "NIST CAVP SHAVS SHA384LongMsg.rsp, Len = 1816",
        .alg = PSA_ALG_SHA_384,
        .input =
            "62c6a169b9be02b3d7b471a964fc0bcc72b480d26aecb2ed460b7f50016ddaf04c51218783f3aadfdff5"
            "a04ded030d7b3fb7376b61ba30b90e2da921a4470740d63fb99fa16cc8ed81abaf8ce4016e50df81da83"
            "2070372c24a80890aa3a26fa675710b8fb718266249d496f313c55d0bada101f8f56eeccee4345a8f98f"
            "60a36662cfda794900d12f9414fcbdfdeb85388a814996b47e24d5c8086e7a8edcc53d299d0d033e6bb6"
            "0c58b83d6e8b57f6c258d6081dd10eb942fdf8ec157ec3e75371235a8196eb9d22b1de3a2d30c2abbe0d"
            "b7650cf6c7159bacbe29b3a93c92100508",
        .digest =
            "0730e184e7795575569f87030260bb8e54498e0e5d096b18285e988d245b6f3486d1f2447d5f85bcbe59"
            "d5689fc49425",
    },

    /* SHA-512: NIST CAVP SHAVS byte-oriented vectors (as reproduced in Crypto++
     * TestVectors/sha2_512_fips_180.txt) and the FIPS 180-2 examples (cross-checked with
     * Crypto++ sha.txt and OpenSSL evpmd_sha.txt). */
    {
        .source = "NIST CAVP SHAVS SHA512ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_512,
        .input = "",
        .digest =
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff83"
            "18d2877eec2f63b931bd47417a81a538327af927da3e",
    },
    {
        .source = "NIST CAVP SHAVS SHA512ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_512,
        .input = "21",
        .digest =
            "3831a6a6155e509dee59a7f451eb35324d8f8f2df6e3708894740f98fdee23889f4de5adb0c5010dfb55"
            "5cda77c8ab5dc902094c52de3278f35a75ebc25f093a",
    },
    {
        .source = "FIPS 180-2 C.1: \"abc\"",
        .alg = PSA_ALG_SHA_512,
        .input = "616263",
        .digest =
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba"
            "3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    },
    {
        .source = "FIPS 180-2 C.2: 896-bit message",
        .alg = PSA_ALG_SHA_512,
        .input =
            "61626364656667686263646566676869636465666768696a6465666768696a6b65666768696a6b6c6667"
            "68696a6b6c6d6768696a6b6c6d6e68696a6b6c6d6e6f696a6b6c6d6e6f706a6b6c6d6e6f70716b6c6d6e"
            "6f7071726c6d6e6f707172736d6e6f70717273746e6f707172737475",
        .digest =
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b"
            "99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
    },
    {
        .source = "FIPS 180-2 C.3: one million \"a\"",
        .alg = PSA_ALG_SHA_512,
        .input = "61",
        .repeat = 1000000,
        .digest =
            "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0"
            "432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
    },
    {
        .source = "NIST CAVP SHAVS SHA512LongMsg.rsp, Len = 1816",
        .alg = PSA_ALG_SHA_512,
        .input =
            "4f05600950664d5190a2ebc29c9edb89c20079a4d3e6bc3b27d75e34e2fa3d02768502bd69790078598d"
            "5fcf3d6779bfed1284bbe5ad72fb456015181d9587d6e864c940564eaafb4f2fead4346ea09b6877d934"
            "0f6b82eb1515880872213da3ad88feba9f4f13817a71d6f90a1a17c43a15c038d988b5b29edffe2d6a06"
            "2813cedbe852cde302b3e33b696846d2a8e36bd680efcc6cd3f9e9a4c1ae8cac10cc5244d13167714039"
            "9176ed46700019a004a163806f7fa467fc4e17b4617bbd7641aaff7ff56396ba8c08a8be100b33a20b5d"
            "af134a2aefa5e1c3496770dcf6baa4f7bb",
        .digest =
            "a9db490c708cc72548d78635aa7da79bb253f945d710e5cb677a474efc7c65a2aab45bc7ca1113c8ce0f"
            "3c32e1399de9c459535e8816521ab714b2a6cd200525",
    },

    /* SHA-512/224: NIST CAVP SHAVS vectors and the NIST example file SHA512_224.pdf
     * (csrc.nist.gov examples), as reproduced in OpenSSL evpmd_sha.txt. */
    {
        .source = "NIST CAVP SHAVS SHA512_224ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_512_224,
        .input = "",
        .digest = "6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_224ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_512_224,
        .input = "cf",
        .digest = "4199239e87d47b6feda016802bf367fb6e8b5655eff6225cb2668f4a",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_224ShortMsg.rsp, Len = 16",
        .alg = PSA_ALG_SHA_512_224,
        .input = "ca2d",
        .digest = "392b99b593b85e147f031986c2a9edfdb4ffd9f24c77c452d339c9fc",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_224ShortMsg.rsp, Len = 64",
        .alg = PSA_ALG_SHA_512_224,
        .input = "6963446913771410",
        .digest = "21f6c373637e6a5e89d6e88811110c5c3fa12e497144912914c546e1",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_224ShortMsg.rsp, Len = 768",
        .alg = PSA_ALG_SHA_512_224,
        .input =
            "44c6c75e377f21fc9cd7c164ca5c4cb82c5538a58dfb323992e6bcf588c61b246053706bf88725a09d0a"
            "8adfcdeec0db419cd7732b0e3386bc3f3407e9e016546f4d15c314bfd57e30c302926deb3342cbc315a1"
            "e706c5607c127de42a9a739b",
        .digest = "b9b62986eebdb35c88b12e0257537a05394ef5a16fad01c2fec57d6f",
    },
    {
        .source = "NIST example SHA512_224.pdf: \"abc\"",
        .alg = PSA_ALG_SHA_512_224,
        .input = "616263",
        .digest = "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa",
    },
    {
        .source = "NIST example SHA512_224.pdf: 896-bit message",
        .alg = PSA_ALG_SHA_512_224,
        .input =
            "61626364656667686263646566676869636465666768696a6465666768696a6b65666768696a6b6c6667"
            "68696a6b6c6d6768696a6b6c6d6e68696a6b6c6d6e6f696a6b6c6d6e6f706a6b6c6d6e6f70716b6c6d6e"
            "6f7071726c6d6e6f707172736d6e6f70717273746e6f707172737475",
        .digest = "23fec5bb94d60b23308192640b0c453335d664734fe40e7268674af9",
    },

    /* SHA-512/256: NIST CAVP SHAVS vectors and the NIST example file SHA512_256.pdf
     * (csrc.nist.gov examples), as reproduced in OpenSSL evpmd_sha.txt. */
    {
        .source = "NIST CAVP SHAVS SHA512_256ShortMsg.rsp, Len = 0",
        .alg = PSA_ALG_SHA_512_256,
        .input = "",
        .digest = "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_256ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA_512_256,
        .input = "fa",
        .digest = "c4ef36923c64e51e875720e550298a5ab8a3f2f875b1e1a4c9b95babf7344fef",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_256ShortMsg.rsp, Len = 16",
        .alg = PSA_ALG_SHA_512_256,
        .input = "74e4",
        .digest = "0c994228b8d3bd5ea5b5259157a9bba7a193118ad22817e6fbed2df1a32a4148",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_256ShortMsg.rsp, Len = 64",
        .alg = PSA_ALG_SHA_512_256,
        .input = "b4e2e8501f54be91",
        .digest = "d25265bf9cbc0dd2f108a2f5e8f69db7d15e5b8fe9100fe887dae20b6e054fe8",
    },
    {
        .source = "NIST CAVP SHAVS SHA512_256ShortMsg.rsp, Len = 768",
        .alg = PSA_ALG_SHA_512_256,
        .input =
            "63188781f4e9cbd1e89a54a65da053b93722e1106f00f024ad1582421ab919326f8a6e17536d6596e3cf"
            "413a9231141733e37aae540f8711cefafe489a87c4f2e6fd942f6809f3bef3076763487de48c2ee88733"
            "c5bc870617a668c6f01471ed",
        .digest = "91a8e285029085e224987078066486b6c605cbac27e49e84f4639710ddd05d33",
    },
    {
        .source = "NIST example SHA512_256.pdf: \"abc\"",
        .alg = PSA_ALG_SHA_512_256,
        .input = "616263",
        .digest = "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
    },
    {
        .source = "NIST example SHA512_256.pdf: 896-bit message",
        .alg = PSA_ALG_SHA_512_256,
        .input =
            "61626364656667686263646566676869636465666768696a6465666768696a6b65666768696a6b6c6667"
            "68696a6b6c6d6768696a6b6c6d6e68696a6b6c6d6e6f696a6b6c6d6e6f706a6b6c6d6e6f70716b6c6d6e"
            "6f7071726c6d6e6f707172736d6e6f70717273746e6f707172737475",
        .digest = "3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a",
    },

    /* SHA3-224: NIST FIPS 202 examples (SHA3-224_Msg0.pdf, SHA3-224_1600.pdf, as reproduced in
     * OpenSSL evpmd_sha.txt) and NIST CAVP SHA3VS byte-oriented vectors (Crypto++
     * TestVectors/sha3_224_fips_202.txt). */
    {
        .source = "NIST example SHA3-224_Msg0.pdf (empty message)",
        .alg = PSA_ALG_SHA3_224,
        .input = "",
        .digest = "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_224ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA3_224,
        .input = "01",
        .digest = "488286d9d32716e5881ea1ee51f36d3660d70f0db03b3f612ce9eda4",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_224ShortMsg.rsp, Len = 1152",
        .alg = PSA_ALG_SHA3_224,
        .input =
            "e65de91fdcb7606f14dbcfc94c9c94a57240a6b2c31ed410346c4dc011526559e44296fc988cc589de2d"
            "c713d0e82492d4991bd8c4c5e6c74c753fc09345225e1db8d565f0ce26f5f5d9f404a28cf00bd655a5fe"
            "04edb682942d675b86235f235965ad422ba5081a21865b8209ae81763e1c4c0cccbccdaad539cf773413"
            "a50f5ff1267b9238f5602adc06764f775d3c",
        .digest = "26ec9df54d9afe11710772bfbeccc83d9d0439d3530777c81b8ae6a3",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_224LongMsg.rsp, Len = 2312",
        .alg = PSA_ALG_SHA3_224,
        .input =
            "31c82d71785b7ca6b651cb6c8c9ad5e2aceb0b0633c088d33aa247ada7a594ff4936c023251319820a9b"
            "19fc6c48de8a6f7ada214176ccdaadaeef51ed43714ac0c8269bbd497e46e78bb5e58196494b2471b168"
            "0e2d4c6dbd249831bd83a4d3be06c8a2e903933974aa05ee748bfe6ef359f7a143edf0d4918da916bd6f"
            "15e26a790cff514b40a5da7f72e1ed2fe63a05b8149587bea05653718cc8980eadbfeca85b7c9c286dd0"
            "40936585938be7f98219700c83a9443c2856a80ff46852b26d1b1edf72a30203cf6c44a10fa6eaf19201"
            "73cedfb5c4cf3ac665b37a86ed02155bbbf17dc2e786af9478fe0889d86c5bfa85a242eb0854b1482b7b"
            "d16f67f80bef9c7a628f05a107936a64273a97b0088b0e515451f916b5656230a12ba6dc78",
        .digest = "aab23c9e7fb9d7dacefdfd0b1ae85ab1374abff7c4e3f7556ecae412",
    },
    {
        .source = "NIST example SHA3-224_1600.pdf (200 bytes 0xa3)",
        .alg = PSA_ALG_SHA3_224,
        .input = "a3",
        .repeat = 200,
        .digest = "9376816aba503f72f96ce7eb65ac095deee3be4bf9bbc2a1cb7e11e0",
    },

    /* SHA3-256: NIST FIPS 202 examples (SHA3-256_Msg0.pdf, SHA3-256_1600.pdf, as reproduced in
     * OpenSSL evpmd_sha.txt) and NIST CAVP SHA3VS byte-oriented vectors (Crypto++
     * TestVectors/sha3_256_fips_202.txt). */
    {
        .source = "NIST example SHA3-256_Msg0.pdf (empty message)",
        .alg = PSA_ALG_SHA3_256,
        .input = "",
        .digest = "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_256ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA3_256,
        .input = "e9",
        .digest = "f0d04dd1e6cfc29a4460d521796852f25d9ef8d28b44ee91ff5b759d72c1e6d6",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_256ShortMsg.rsp, Len = 1088",
        .alg = PSA_ALG_SHA3_256,
        .input =
            "56ea14d7fcb0db748ff649aaa5d0afdc2357528a9aad6076d73b2805b53d89e73681abfad26bee6c0f3d"
            "20215295f354f538ae80990d2281be6de0f6919aa9eb048c26b524f4d91ca87b54c0c54aa9b54ad02171"
            "e8bf31e8d158a9f586e92ffce994ecce9a5185cc80364d50a6f7b94849a914242fcb73f33a86ecc83c34"
            "03630d20650ddb8cd9c4",
        .digest = "4beae3515ba35ec8cbd1d94567e22b0d7809c466abfbafe9610349597ba15b45",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_256LongMsg.rsp, Len = 2184",
        .alg = PSA_ALG_SHA3_256,
        .input =
            "b1caa396771a09a1db9bc20543e988e359d47c2a616417bbca1b62cb02796a888fc6eeff5c0b5c3d5062"
            "fcb4256f6ae1782f492c1cf03610b4a1fb7b814c057878e1190b9835425c7a4a0e182ad1f91535ed2a35"
            "033a5d8c670e21c575ff43c194a58a82d4a1a44881dd61f9f8161fc6b998860cbe4975780be93b6f8798"
            "0bad0a99aa2cb7556b478ca35d1f3746c33e2bb7c47af426641cc7bbb3425e2144820345e1d0ea5b7da2"
            "c3236a52906acdc3b4d34e474dd714c0c40bf006a3a1d889a632983814bbc4a14fe5f159aa89249e7c73"
            "8b3b73666bac2a615a83fd21ae0a1ce7352ade7b278b587158fd2fabb217aa1fe31d0bda532720455980"
            "15a8ae4d8cec226fefa58daa05500906c4d85e7567",
        .digest = "cb5648a1d61c6c5bdacd96f81c9591debc3950dcf658145b8d996570ba881a05",
    },
    {
        .source = "NIST example SHA3-256_1600.pdf (200 bytes 0xa3)",
        .alg = PSA_ALG_SHA3_256,
        .input = "a3",
        .repeat = 200,
        .digest = "79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787",
    },

    /* SHA3-384: NIST FIPS 202 examples (SHA3-384_Msg0.pdf, SHA3-384_1600.pdf, as reproduced in
     * OpenSSL evpmd_sha.txt) and NIST CAVP SHA3VS byte-oriented vectors (Crypto++
     * TestVectors/sha3_384_fips_202.txt). */
    {
        .source = "NIST example SHA3-384_Msg0.pdf (empty message)",
        .alg = PSA_ALG_SHA3_384,
        .input = "",
        .digest =
            "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6b"
            "d1e058d5f004",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_384ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA3_384,
        .input = "80",
        .digest =
            "7541384852e10ff10d5fb6a7213a4a6c15ccc86d8bc1068ac04f69277142944f4ee50d91fdc56553db06"
            "b2f5039c8ab7",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_384ShortMsg.rsp, Len = 832",
        .alg = PSA_ALG_SHA3_384,
        .input =
            "92c41d34bd249c182ad4e18e3b856770766f1757209675020d4c1cf7b6f7686c8c1472678c7c412514e6"
            "3eb9f5aee9f5c9d5cb8d8748ab7a5465059d9cbbb8a56211ff32d4aaa23a23c86ead916fe254cc6b2bff"
            "7a9553df1551b531f95bb41cbbc4acddbd372921",
        .digest =
            "71307eec1355f73e5b726ed9efa1129086af81364e30a291f684dfade693cc4bc3d6ffcb7f3b4012a219"
            "76ff9edcab61",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_384LongMsg.rsp, Len = 1672",
        .alg = PSA_ALG_SHA3_384,
        .input =
            "5fe35923b4e0af7dd24971812a58425519850a506dfa9b0d254795be785786c319a2567cbaa5e35bcf8f"
            "e83d943e23fa5169b73adc1fcf8b607084b15e6a013df147e46256e4e803ab75c110f77848136be7d806"
            "e8b2f868c16c3a90c14463407038cb7d9285079ef162c6a45cedf9c9f066375c969b5fcbcda37f02aacf"
            "f4f31cded3767570885426bebd9eca877e44674e9ae2f0c24cdd0e7e1aaf1ff2fe7f80a1c4f5078eb34c"
            "d4f06fa94a2d1eab5806ca43fd0f06c60b63d5402b95c70c21ea65a151c5cfaf8262a46be3c722264b",
        .digest =
            "3054d249f916a6039b2a9c3ebec1418791a0608a170e6d36486035e5f92635eaba98072a85373cb54e2a"
            "e3f982ce132b",
    },
    {
        .source = "NIST example SHA3-384_1600.pdf (200 bytes 0xa3)",
        .alg = PSA_ALG_SHA3_384,
        .input = "a3",
        .repeat = 200,
        .digest =
            "1881de2ca7e41ef95dc4732b8f5f002b189cc1e42b74168ed1732649ce1dbcdd76197a31fd55ee989f2d"
            "7050dd473e8f",
    },

    /* SHA3-512: NIST FIPS 202 examples (SHA3-512_Msg0.pdf, SHA3-512_1600.pdf, as reproduced in
     * OpenSSL evpmd_sha.txt) and NIST CAVP SHA3VS byte-oriented vectors (Crypto++
     * TestVectors/sha3_512_fips_202.txt). */
    {
        .source = "NIST example SHA3-512_Msg0.pdf (empty message)",
        .alg = PSA_ALG_SHA3_512,
        .input = "",
        .digest =
            "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3"
            "e9402c3ac558f500199d95b6d3e301758586281dcd26",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_512ShortMsg.rsp, Len = 8",
        .alg = PSA_ALG_SHA3_512,
        .input = "e5",
        .digest =
            "150240baf95fb36f8ccb87a19a41767e7aed95125075a2b2dbba6e565e1ce8575f2b042b62e29a04e944"
            "0314a821c6224182964d8b557b16a492b3806f4c39c1",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_512ShortMsg.rsp, Len = 576",
        .alg = PSA_ALG_SHA3_512,
        .input =
            "0ce9f8c3a990c268f34efd9befdb0f7c4ef8466cfdb01171f8de70dc5fefa92acbe93d29e2ac1a5c2979"
            "129f1ab08c0e77de7924ddf68a209cdfa0adc62f85c18637d9c6b33f4ff8",
        .digest =
            "b018a20fcf831dde290e4fb18c56342efe138472cbe142da6b77eea4fce52588c04c808eb32912faa345"
            "245a850346faec46c3a16d39bd2e1ddb1816bc57d2da",
    },
    {
        .source = "NIST CAVP SHA3VS SHA3_512LongMsg.rsp, Len = 1160",
        .alg = PSA_ALG_SHA3_512,
        .input =
            "664ef2e3a7059daf1c58caf52008c5227e85cdcb83b4c59457f02c508d4f4f69f826bd82c0cffc5cb6a9"
            "7af6e561c6f96970005285e58f21ef6511d26e709889a7e513c434c90a3cf7448f0caeec7114c747b2a0"
            "758a3b4503a7cf0c69873ed31d94dbef2b7b2f168830ef7da3322c3d3e10cafb7c2c33c83bbf4c46a31d"
            "a90cff3bfd4ccc6ed4b310758491eeba603a76",
        .digest =
            "e5825ff1a3c070d5a52fbbe711854a440554295ffb7a7969a17908d10163bfbe8f1d52a676e8a0137b56"
            "a11cdf0ffbb456bc899fc727d14bd8882232549d914e",
    },
    {
        .source = "NIST example SHA3-512_1600.pdf (200 bytes 0xa3)",
        .alg = PSA_ALG_SHA3_512,
        .input = "a3",
        .repeat = 200,
        .digest =
            "e76dfad22084a8b1467fcf2ffa58361bec7628edf5f3fdc0e4805dc48caeeca81b7c13c30adf52a36595"
            "84739a2df46be589c51ca1a4a8416df6545a1ce8ba00",
    },

    /* SHAKE256 with a 512-bit output: the first 64 bytes of published SHAKE256 outputs (an XOF
     * output is a prefix of any longer output of the same input): NIST FIPS 202 examples and
     * CAVP SHAKE256VariableOut, as reproduced in OpenSSL evpmd_sha.txt. */
    {
        .source = "NIST example SHAKE256_Msg0.pdf (empty message), first 512 output bits",
        .alg = PSA_ALG_SHAKE256_512,
        .input = "",
        .digest =
            "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200cb05"
            "019d67b592f6fc821c49479ab48640292eacb3b7c4be",
    },
    {
        .source = "NIST example SHAKE256_Msg1600.pdf (200 bytes 0xa3), first 512 output bits",
        .alg = PSA_ALG_SHAKE256_512,
        .input = "a3",
        .repeat = 200,
        .digest =
            "cd8a920ed141aa0407a22d59288652e9d9f1a7ee0c1e7c1ca699424da84a904d2d700caae7396ece9660"
            "4440577da4f3aa22aeb8857f961c4cd8e06f0ae6610b",
    },
    {
        .source = "NIST CAVP SHAKE256VariableOut.rsp, last vector, first 512 of 2000 bits",
        .alg = PSA_ALG_SHAKE256_512,
        .input = "6ae23f058f0f2264a18cd609acc26dd4dbc00f5c3ee9e13ecaea2bb5a2f0bb6b",
        .digest =
            "b9b92544fb25cfe4ec6fe437d8da2bbe00f7bdaface3de97b8775a44d753c3adca3f7c6f183cc8647e22"
            "9070439aa9539ae1f8f13470c9d3527fffdeef6c94f9",
    },
};

#endif /* KPSA_TESTS_VECTORS_HASH_H */
