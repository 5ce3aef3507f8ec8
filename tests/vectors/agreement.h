/*
 * vectors/agreement.h - known-answer vectors for key agreement
 * (test_agreement.c): ECDH on the Weierstrass and Montgomery curves, FFDH.
 *
 * Every row names where it was published; the group comments name the files
 * the values were transcribed from.  None was computed with kpsa.  A row with
 * shared == NULL expects `status` from psa_raw_key_agreement().  Private keys
 * and peer keys are in the PSA import / export formats.
 */
#ifndef KPSA_TESTS_VECTORS_AGREEMENT_H
#define KPSA_TESTS_VECTORS_AGREEMENT_H

#include <stddef.h>

#include <psa/crypto.h>

struct agree_vector {
    const char *source;
    psa_key_type_t type;
    size_t bits;
    psa_algorithm_t alg;
    const char *priv;
    const char *peer;
    const char *shared; /* NULL: the agreement fails with status */
    psa_status_t status;
};

static const struct agree_vector agree_vectors[] = {
    /* NIST CAVP SP 800-56A ECC CDH primitive test vectors (CAVS 14.1,
     * KAS_ECC_CDH_PrimitiveTest.txt, COUNT = 0 of P-256, P-384, P-521: dIUT, QCAVS, ZIUT),
     * transcribed via Go's src/crypto/ecdh/ecdh_test.go (commit bb0d8297), which drops the
     * two extra leading zero bytes of the P-521 field elements. */
    {
        .source = "CAVP ECC CDH P-256 COUNT 0",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7d7dc5f71eb29ddaf80d6214632eeae03d9058af1fb6d22ed80badb62bc1a534",
        .peer =
            "04700c48f77f56584c5cc632ca65640db91b6bacce3a4df6b42ce7cc838833d2"
            "87db71e509e3fd9b060ddb20ba5c51dcc5948d46fbf640dfe0441782cab85fa4"
            "ac",
        .shared =
            "46fc62106420ff012e54a434fbdd2d25ccc5852060561e68040dd7778997bd7b",
        .status = PSA_SUCCESS,
    },
    {
        .source = "CAVP ECC CDH P-384 COUNT 0",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "3cc3122a68f0d95027ad38c067916ba0eb8c38894d22e1b15618b6818a661774"
            "ad463b205da88cf699ab4d43c9cf98a1",
        .peer =
            "04a7c76b970c3b5fe8b05d2838ae04ab47697b9eaf52e764592efda27fe75132"
            "72734466b400091adbf2d68c58e0c50066ac68f19f2e1cb879aed43a9969b91a"
            "0839c4c38a49749b661efedf243451915ed0905a32b060992b468c64766fc843"
            "7a",
        .shared =
            "5f9d29dc5e31a163060356213669c8ce132e22f57c9a04f40ba7fcead493b457"
            "e5621e766c40a2e3d4d6a04b25e533f1",
        .status = PSA_SUCCESS,
    },
    {
        .source = "CAVP ECC CDH P-521 COUNT 0",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 521,
        .alg = PSA_ALG_ECDH,
        .priv =
            "017eecc07ab4b329068fba65e56a1f8890aa935e57134ae0ffcce802735151f4"
            "eac6564f6ee9974c5e6887a1fefee5743ae2241bfeb95d5ce31ddcb6f9edb4d6"
            "fc47",
        .peer =
            "0400685a48e86c79f0f0875f7bc18d25eb5fc8c0b07e5da4f4370f3a94903408"
            "54334b1e1b87fa395464c60626124a4e70d0f785601d37c09870ebf176666877"
            "a2046d01ba52c56fc8776d9e8f5db4f0cc27636d0b741bbe05400697942e80b7"
            "39884a83bde99e0f6716939e632bc8986fa18dccd443a348b6c3e522497955a4"
            "f3c302f676",
        .shared =
            "005fc70477c3e63bc3954bd0df3ea0d1f41ee21746ed95fc5e1fdf90930d5e13"
            "6672d72cc770742d1711c3c3a4c334a0ad9759436a4d3c5bf6e74b9578fac148"
            "c831",
        .status = PSA_SUCCESS,
    },
    /* RFC 5903 section 8 (ECDH with the NIST curves), RFC 7027 appendix A (brainpool)
     * and RFC 7748 section 6.1 / 6.2 (X25519 / X448, Alice and Bob), transcribed via
     * TF-PSA-Crypto tests/suites/test_suite_psa_crypto.data "PSA raw key agreement: ...". */
    {
        .source = "RFC 5903 8.1 (P-256)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433",
        .peer =
            "04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf"
            "6356fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872"
            "ab",
        .shared =
            "d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 5903 8.2 (P-384)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "099f3c7034d4a2c699884d73a375a67f7624ef7c6b3c0f160647b67414dce655"
            "e35b538041e649ee3faef896783ab194",
        .peer =
            "04e558dbef53eecde3d3fccfc1aea08a89a987475d12fd950d83cfa41732bc50"
            "9d0d1ac43a0336def96fda41d0774a3571dcfbec7aacf3196472169e83843036"
            "7f66eebe3c6e70c416dd5f0c68759dd1fff83fa40142209dff5eaad96db9e638"
            "6c",
        .shared =
            "11187331c279962d93d604243fd592cb9d0a926f422e47187521287e7156c5c4"
            "d603135569b9e9d09cf5d4a270f59746",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 5903 8.3 (P-521)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 521,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0037ade9319a89f4dabdb3ef411aaccca5123c61acab57b5393dce47608172a0"
            "95aa85a30fe1c2952c6771d937ba9777f5957b2639bab072462f68c27a57382d"
            "4a52",
        .peer =
            "0400d0b3975ac4b799f5bea16d5e13e9af971d5e9b984c9f39728b5e5739735a"
            "219b97c356436adc6e95bb0352f6be64a6c2912d4ef2d0433ced2b6171640012"
            "d9460f015c68226383956e3bd066e797b623c27ce0eac2f551a10c2c724d9852"
            "077b87220b6536c5c408a1d2aebb8e86d678ae49cb57091f4732296579ab44fc"
            "d17f0fc56a",
        .shared =
            "01144c7d79ae6956bc8edb8e7c787c4521cb086fa64407f97894e5e6b2d79b04"
            "d1427e73ca4baa240a34786859810c06b3c715a3a8cc3151f2bee417996d19f3"
            "ddea",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7027 A.1 (brainpoolP256r1)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_BRAINPOOL_P_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "81db1ee100150ff2ea338d708271be38300cb54241d79950f77b063039804f1d",
        .peer =
            "048d2d688c6cf93e1160ad04cc4429117dc2c41825e1e9fca0addd34e6f1b39f"
            "7b990c57520812be512641e47034832106bc7d3e8dd0e4c7f1136d7006547cec"
            "6a",
        .shared =
            "89afc39d41d3b327814b80940b042590f96556ec91e6ae7939bce31f3a18bf2b",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7027 A.2 (brainpoolP384r1)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_BRAINPOOL_P_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "1e20f5e048a5886f1f157c74e91bde2b98c8b52d58e5003d57053fc4b0bd65d6"
            "f15eb5d1ee1610df870795143627d042",
        .peer =
            "044d44326f269a597a5b58bba565da5556ed7fd9a8a9eb76c25f46db69d19dc8"
            "ce6ad18e404b15738b2086df37e71d1eb462d692136de56cbe93bf5fa3188ef5"
            "8bc8a3a0ec6c1e151a21038a42e9185329b5b275903d192f8d4e1f32fe9cc78c"
            "48",
        .shared =
            "0bd9d3a7ea0b3d519d09d8e48d0785fb744a6b355e6304bc51c229fbbce239bb"
            "adf6403715c35d4fb2a5444f575d4f42",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7027 A.3 (brainpoolP512r1)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_BRAINPOOL_P_R1),
        .bits = 512,
        .alg = PSA_ALG_ECDH,
        .priv =
            "16302ff0dbbb5a8d733dab7141c1b45acbc8715939677f6a56850a38bd87bd59"
            "b09e80279609ff333eb9d4c061231fb26f92eeb04982a5f1d1764cad57665422",
        .peer =
            "049d45f66de5d67e2e6db6e93a59ce0bb48106097ff78a081de781cdb31fce8c"
            "cbaaea8dd4320c4119f1e9cd437a2eab3731fa9668ab268d871deda55a547319"
            "9f2fdc313095bcdd5fb3a91636f07a959c8e86b5636a1e930e8396049cb48196"
            "1d365cc11453a06c719835475b12cb52fc3c383bce35e27ef194512b71876285"
            "fa",
        .shared =
            "a7927098655f1f9976fa50a9d566865dc530331846381c87256baf3226244b76"
            "d36403c024d7bbf0aa0803eaff405d3d24f11a9b5c0bef679fe1454b21c4cd1f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7748 6.1 (X25519, Alice)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        .peer =
            "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
        .shared =
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7748 6.1 (X25519, Bob)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        .peer =
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
        .shared =
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7748 6.2 (X448, Alice)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf5"
            "74a9419744897391006382a6f127ab1d9ac2d8c0a598726b",
        .peer =
            "3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972"
            "fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609",
        .shared =
            "07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56"
            "fd2464c335543936521c24403085d59a449a5037514a879d",
        .status = PSA_SUCCESS,
    },
    {
        .source = "RFC 7748 6.2 (X448, Bob)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120"
            "bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d",
        .peer =
            "9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bb"
            "c836647241d953d40c5b12da88120d53177f80e532c41fa0",
        .shared =
            "07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56"
            "fd2464c335543936521c24403085d59a449a5037514a879d",
        .status = PSA_SUCCESS,
    },
    /* Wycheproof (C2SP/wycheproof testvectors_v1), public keys as uncompressed points
     * (the psa_export_public_key format): every "invalid" case and every compressed point
     * (not the PSA format) must give PSA_ERROR_INVALID_ARGUMENT; the first six "valid" cases
     * of each flag must agree. */
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 1",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0612465c89a023ab17855b0a6bcebfd3febb53aef84138647b5352e02c10c346",
        .peer =
            "0462d5bd3372af75fe85a040715d0f502428e07046868b0bfdfa61d731afe44f"
            "26ac333a93a9e70a81cd5a95b5bf8d13990eb741c8c38872b4a07d275a014e30"
            "cf",
        .shared =
            "53020d908b0219328b658b525f26780e3ae12bcd952bb25a93bc0895e1714285",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 2 (CompressedPublic,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0612465c89a023ab17855b0a6bcebfd3febb53aef84138647b5352e02c10c346",
        .peer =
            "0362d5bd3372af75fe85a040715d0f502428e07046868b0bfdfa61d731afe44f"
            "26",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 3",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "0458fd4168a87795603e2b04390285bdca6e57de6027fe211dd9d25e2212d29e"
            "62080d36bd224d7405509295eed02a17150e03b314f96da37445b0d1d29377d1"
            "2c",
        .shared =
            "0000000000000000000000000000000000000000000000000000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 4",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "04a1ecc24bf0d0053d23f5fd80ddf1735a1925039dc1176c581a7e795163c8b9"
            "ba2cb5a4e4d5109f4527575e3137b83d79a9bcb3faeff90d2aca2bed71bb523e"
            "7e",
        .shared =
            "ffffffff00000001000000000000000000000000fffffffffffffffffffffffc",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 5",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "041b0e7437c33d379929430d3ec10df59bed7fe2a1d950c5791e1e9ddeef1f4d"
            "70fbdb0e3bbce63a27f27838c685207f2ccaf689d25eb622744db1168ac92619"
            "e8",
        .shared =
            "0000000000000000000000000000000000000000000000000000000000010000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 6",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "0408d6148d0244d243b3d0d1777de6375fa7ebeab477f19915d05994db04df21"
            "9727737d4f8ce0a7f390becce92b2bcd5c054f18ecb58e5dd59baf88b4ed6abe"
            "a8",
        .shared =
            "0000000000000000000000000000000000000000000000000000000100000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 7",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "042424f9d7ba0a89ce3c7c1e8f15dfd83004d86680967a82cbf9bb6b11dae5fd"
            "72e05c3687187b1cf28438a17a7469fa3b094b7d6f36cccc3492c0b0a61fab2a"
            "38",
        .shared =
            "0000000000000000000000000000000000000000000000010000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 8",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0a0d622a47e48f6bc1038ace438c6f528aa00ad2bd1da5f13ee46bf5f633d71a",
        .peer =
            "044c9695b7668434fc85769acb10f0edcf87a96b7d5dc347b46bb304b0b1d326"
            "7fcf5d993bff2a8c774808231a34f41b33667d8ebeafd00689fa3a9bfa05a40c"
            "1c",
        .shared =
            "0000000000000000000000000000000000000001000000000000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 48",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "047fffffffffffffffffffffffeecf2230ffffffffffffffffffffffffffffff"
            "ff00000001c7c30643abed0af0a49fe352cb483ff9b97dccdf427c658e879324"
            "0d",
        .shared =
            "6fd26661851a8de3c6d06f834ef3acb8f2a5f9c136a985ffe10d5eeb51edcfa3",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 49",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "04000000000000000000000000111124f4000000000000000000000000000000"
            "000000000d12d381b0760b1c50be8acf859385052c7f53cde67ce13759de3123"
            "a0",
        .shared =
            "f1f0e43b374feb7e7f96d4ffe7519fa8bb6c3cfd25f6f87dab2623d2a2d33851",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 50",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "04000000000000000000000001ea77d449ffffffffffffffffffffffffffffff"
            "ff000000007afbc0b325e820646dec622fb558a51c342aa257f4b6a8ec5ddf14"
            "4f",
        .shared =
            "1b085213a9c89d353e1111af078c38c502b7b4771efba51f589b5be243417bdc",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 54",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "047fffffffffffffffffffffffeecf2230ffffffffffffffffffffffffffffff"
            "fffffffffd383cf9bd5412f50f5b601cad34b7c00746823320bd839a71786cdb"
            "f2",
        .shared =
            "6fd26661851a8de3c6d06f834ef3acb8f2a5f9c136a985ffe10d5eeb51edcfa3",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 55",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "04000000000000000000000000111124f4000000000000000000000000000000"
            "00fffffff1ed2c7e5089f4e3af4175307a6c7afad480ac3219831ec8a621cedc"
            "5f",
        .shared =
            "f1f0e43b374feb7e7f96d4ffe7519fa8bb6c3cfd25f6f87dab2623d2a2d33851",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 56",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "55d55f11bb8da1ea318bca7266f0376662441ea87270aa2077f1b770c4854a48",
        .peer =
            "04000000000000000000000001ea77d449ffffffffffffffffffffffffffffff"
            "fffffffffe85043f4dda17df9b92139dd04aa75ae4cbd55da80b495713a220eb"
            "b0",
        .shared =
            "1b085213a9c89d353e1111af078c38c502b7b4771efba51f589b5be243417bdc",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 111",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e461c5b5e63d75b4c8c123bf8b9cd45e712af08f7e2e494a8f255ac9d80e058b",
        .peer =
            "04851eb1b8699d1cc01c6b6048139797dab3981c924f9ef81bd1f464c3182c87"
            "0901285b2ae7cbcabfd5bccb9441eb3376b491595f60a1ec21dbe9f972bc32ab"
            "be",
        .shared =
            "6d03fef6b354840f4642fba1c8fce9f7d1cda8ae27b6ca01510fb44573fdaffb",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 112",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e461c5b5e63d75b4c8c123bf8b9cd45e712af08f7e2e494a8f255ac9d80e058b",
        .peer =
            "04f576e22747f6c77a8f685a7a7b527363e0fe7d351a9e3f5923fff2bf97e91a"
            "f41e575d400331cfc9f97180d8a48c418c5a982609fab88937d2590bfdaf37d6"
            "a4",
        .shared =
            "98009cee0e8ea4fb42dfb70a5ada46ece32e2885a4f9c3a6afba13e82f87e113",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 113",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e461c5b5e63d75b4c8c123bf8b9cd45e712af08f7e2e494a8f255ac9d80e058b",
        .peer =
            "04310785fa42c37bd200781d70e3859b39b2fa1d286a3b6c4f605a41e045634b"
            "81b8d32564a7a232c5d47407a7795c01eda819f23a5a190149eb8c9abf94ed7c"
            "49",
        .shared =
            "e8f0e427cc30ae50197d2bbf3a451667a470797d5abe55ff1b1d6de88e41372c",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 114",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "809c461d8b39163537ff8f5ef5b977e4cdb980e70e38a7ee0b37cc876729e9ff",
        .peer =
            "0481bfb55b010b1bdf08b8d9d8590087aa278e28febff3b05632eeff09011c55"
            "79732d0e65267ea28b7af8cfcb148936c2af8664cbb4f04e188148a1457400c2"
            "a7",
        .shared =
            "b485f3364354b738dc5402729b880c90c502d9ab52ccf81e3d21602c7b9bd909",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 115",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "809c461d8b39163537ff8f5ef5b977e4cdb980e70e38a7ee0b37cc876729e9ff",
        .peer =
            "0402495ac9f43e45aae30d3366e351cc08828cf3e11cc3b7209fbd1730c4a14f"
            "4e4aaa98dbe0d94caa44538fcf7949eb44debb7bcd228a54d9cd9b3c2eddf946"
            "11",
        .shared =
            "e5781ddaf18dcfc33f4879a2660b7a32a599fc32ea5a1beb28a48caa3e6ec7b7",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 116",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "809c461d8b39163537ff8f5ef5b977e4cdb980e70e38a7ee0b37cc876729e9ff",
        .peer =
            "04efe7754ed4c0b3c1dd301bc1ed69800aa2ff5d51fb85937715e60d2e7bcada"
            "8e4ea7e547a04c3869106b56245c27da9737b9e8160c05fb0d86040276708fb9"
            "fb",
        .shared =
            "b5a0ec92aecc3010d27d2263d3da66e3d2f3395d23947024a3f4744454622027",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 315",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0000000000000000000000000000000000000000000000000000000000000003",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "85a0b58519b28e70a694ec5198f72c4bfdabaa30a70f7143b5b1cd7536f716ca",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 316",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "a329a7d80424ea2d6c904393808e510dfbb28155092f1bac284dceda1f13afe5",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 317",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0100000000000000000000000000000000000000000000000000000000000000",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "bd26d0293e8851c51ebe0d426345683ae94026aca545282a4759faa85fde6687",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 318",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "ea9350b2490a2010c7abf43fb1a38be729a2de375ea7a6ac34ff58cc87e51b6c",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 319",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "8000000000000000000000000000000000000000000000000000000000000000",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "34eed3f6673d340b6f716913f6dfa36b5ac85fa667791e2d6a217b0c0b7ba807",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 320",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "ffffffff00000000ffffffffffffffffbce6faada7179e83f3b9cac2fc632551",
        .peer =
            "0431028f3377fc8f2b1967edaab90213acad0da9f50897f08f57537f78f11674"
            "4743a1930189363bbde2ac4cbd1649cdc6f451add71dd2f16a8a867f2b17caa1"
            "6b",
        .shared =
            "1354ce6692c9df7b6fc3119d47c56338afbedccb62faa546c0fe6ed4959e41c3",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 330",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "2a265f8bcbdcaf94d58519141e578124cb40d64a501fba9c11847b28965bc737",
        .peer =
            "04023819813ac969847059028ea88a1f30dfbcde03fc791d3a252c6b41211882"
            "eaf93e4ae433cc12cf2a43fc0ef26400c0e125508224cdb649380f25479148a4"
            "ad",
        .shared =
            "4d4de80f1534850d261075997e3049321a0864082d24a917863366c0724f5ae3",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 331",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "313f72ff9fe811bf573176231b286a3bdb6f1b14e05c40146590727a71c3bccd",
        .peer =
            "04cc11887b2d66cbae8f4d306627192522932146b42f01d3c6f92bd5c8ba739b"
            "06a2f08a029cd06b46183085bae9248b0ed15b70280c7ef13a457f5af3824260"
            "31",
        .shared =
            "831c3f6b5f762d2f461901577af41354ac5f228c2591f84f8a6e51e2e3f17991",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 332 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 333 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 334 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "00ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 335 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "00ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 336 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0100000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 337 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0100000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 338 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "01ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 339 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "01ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 340 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe00000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 341 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe00000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 342 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "feffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 343 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "feffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 344 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff00000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 345 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff00000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 346 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ffffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 347 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "04ffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ffffffffff00000001000000000000000000000000ffffffffffffffffffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 348 (InvalidEncoding)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        .peer =
            "",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 349"
                  "(InvalidCompressedPublic, CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "6f953faff3599e6c762d7f4cabfeed092de2add1df1bc5748c6cbb725cf35458",
        .peer =
            "02fd4bf61763b46581fd9174d623516cf3c81edd40e29ffa2777fb6cb0ae3ce5"
            "35",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 350 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "d27edf0ff5b6b6b465753e7158370332c153b468a1be087ad0f490bdb99e5f02",
        .peer =
            "03efdde3b32872a9effcf3b94cbf73aa7b39f9683ece9121b9852167f4e3da60"
            "9b",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 351 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "d27edf0ff5b6b6b465753e7158370332c153b468a1be087ad0f490bdb99e5f03",
        .peer =
            "02efdde3b32872a9effcf3b94cbf73aa7b39f9683ece9121b9852167f4e3da60"
            "9b",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 352 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "95ead84540c2d027aa3130ff1b47888cc1ed67e8dda46156e71ce0991791e835",
        .peer =
            "02c49524b2adfd8f5f972ef554652836e2efb2d306c6d3b0689234cec93ae73d"
            "b5",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 353 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "a8681ef67fb1f189647d95e8db00c52ceef6d41a85ba0a5bd74c44e8e62c8aa4",
        .peer =
            "0318f9bae7747cd844e98525b7ccd0daf6e1d20a818b2175a9a91e4eae5343bc"
            "98",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 354 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "a8681ef67fb1f189647d95e8db00c52ceef6d41a85ba0a5bd74c44e8e62c8aa5",
        .peer =
            "0218f9bae7747cd844e98525b7ccd0daf6e1d20a818b2175a9a91e4eae5343bc"
            "98",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp256r1_ecpoint tcId 355 (WrongCurve,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 256,
        .alg = PSA_ALG_ECDH,
        .priv =
            "95ead84540c2d027aa3130ff1b47888cc1ed67e8dda46156e71ce0991791e834",
        .peer =
            "03c49524b2adfd8f5f972ef554652836e2efb2d306c6d3b0689234cec93ae73d"
            "b5",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 2 (CompressedPublic,CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "766e61425b2da9f846c09fc3564b93a6f8603b7392c785165bf20da948c49fd1"
            "fb1dee4edd64356b9f21c588b75dfd81",
        .peer =
            "02790a6e059ef9a5940163183d4a7809135d29791643fc43a2f17ee8bf677ab8"
            "4f791b64a6be15969ffa012dd9185d8796",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 773 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 774 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 775 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000ffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 776 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000000ffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 777 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000001000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 778 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000001000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 779 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000001ffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 780 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "0000000000000000000000000000000001ffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 781 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000fffffffe000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 782 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000fffffffe000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 783 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000fffffffeffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 784 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000fffffffeffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 785 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000ffffffff000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 786 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000ffffffff000000000000000000000000000000"
            "0000000000000000000000000000000000000000000000000000000000000000"
            "01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 787 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "fe",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 788 (InvalidCurveAttack)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "04ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "feffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff"
            "fffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffff"
            "ff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 789 (InvalidEncoding)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c6cafb74e2a50c82c7a63d13294bfea13d0bc504ba2b08a392c9081bf3815d9e"
            "44d969ed7f05ffd1d8594355053c6147",
        .peer =
            "",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof ecdh_secp384r1_ecpoint tcId 790"
                  "(InvalidCompressedPublic, CompressedPoint)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1),
        .bits = 384,
        .alg = PSA_ALG_ECDH,
        .priv =
            "2b9e57572da6cf4fb58cb94eab8df19383a136f219f2a515776a8bf48e1538dd"
            "1d811946c16d9f0184c9ce5cdf1dac51",
        .peer =
            "024424530ea70bace90601f8d5869e4179a6cd689b6a18fdfec50cecf17cb836"
            "d24820211ada67815b42c2c2606303f69e",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    /* Wycheproof x25519_test.json / x448_test.json: a public key of low order (all-zero
     * shared secret, RFC 7748 section 6) or of the wrong length must give
     * PSA_ERROR_INVALID_ARGUMENT; the first four "valid" cases of each flag must agree. */
    {
        .source = "Wycheproof x25519 tcId 1",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c8a9d5a91091ad851c668b0736c1c9a02936c0d3ad62670858088047ba057475",
        .peer =
            "504a36999f489cd2fdbc08baff3d88fa00569ba986cba22548ffde80f9806829",
        .shared =
            "436a2c040cf45fea9b29a0cb81b1f41458f863d0d61b453d0a982720d6d61320",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 32"
                  "(SmallPublicKey, LowOrderPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "88227494038f2bb811d47805bcdf04a2ac585ada7f2f23389bfd4658f9ddd45e",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 33"
                  "(SmallPublicKey, LowOrderPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "48232e8972b61c7e61930eb9450b5070eae1c670475685541f0476217e48184f",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 34",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "a8386f7f16c50731d64f82e6a170b142a4e34f31fd7768fcb8902925e7d1e25a",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000",
        .shared =
            "34b7e4fa53264420d9f943d15513902342b386b172a0b0b7c8b8f2dd3d669f59",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 35",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "d05abd08bf5e62538cb9a5ed105dbedd6de38d07940085072b4311c2678ed77d",
        .peer =
            "0001000000000000000000000000000000000000000000000000000000000000",
        .shared =
            "3aa227a30781ed746bd4b3365e5f61461b844d09410c70570abd0d75574dfc77",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 36",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "f0b8b0998c8394364d7dcb25a3885e571374f91615275440db0645ee7c0a6f6b",
        .peer =
            "0000001000000000000000000000000000000000000000000000000000000000",
        .shared =
            "97755e7e775789184e176847ffbc2f8ef98799d46a709c6a1c0ffd29081d7039",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 37",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "d00c35dc17460f360bfae7b94647bc4e9a7ad9ce82abeadb50a2f1a0736e2175",
        .peer =
            "0000000001000000000000000000000000000000000000000000000000000000",
        .shared =
            "c212bfceb91f8588d46cd94684c2c9ee0734087796dc0a9f3404ff534012123d",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 63 (LowOrderPublic,SpecialPublicKey,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e0f978dfcd3a8f1a5093418de54136a584c20b7b349afdf6c0520886f95b1272",
        .peer =
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 64 (LowOrderPublic,SpecialPublicKey,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "387355d995616090503aafad49da01fb3dc3eda962704eaee6b86f9e20c92579",
        .peer =
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 65"
                  "(LowOrderPublic, Twist, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c8fe0df92ae68a03023fc0c9adb9557d31be7feed0d3ab36c558143daf4dbb40",
        .peer =
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 66"
                  "(LowOrderPublic, NonCanonicalPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c8d74acde5934e64b9895d5ff7afbffd7f704f7dfccff7ac28fa62a1e6410347",
        .peer =
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b880",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 67"
                  "(LowOrderPublic, NonCanonicalPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "b85649d5120e01e8ccaf7b2fb8d81b62e8ad6f3d5c0553fdde1906cb9d79c050",
        .peer =
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f11d7",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 68"
                  "(LowOrderPublic,NonCanonicalPublic,SpecialPublicKey,ZeroSharedSecret,Twist)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "2064b2f4c9dc97ec7cf58932fdfa3265ba6ea4d11f0259b8efc8afb35db88c48",
        .peer =
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 69 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 70 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 71 (LowOrderPublic,ZeroSharedSecret,Twist)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 72 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 73 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 74 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 75 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 76 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000080",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 77 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000080",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 78 (LowOrderPublic,ZeroSharedSecret,Twist)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 79 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f11d7",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 80 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b880",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 81 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 82 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "786a33a4f7af297a20e7642925932bf509e7070fa1bc36986af1eb13f4f50b55",
        .peer =
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 83"
                  "(SmallPublicKey, LowOrderPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "40ff586e73d61f0960dc2d763ac19e98225f1194f6fe43d5dd97ad55b3d35961",
        .peer =
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 84"
                  "(SmallPublicKey,LowOrderPublic,NonCanonicalPublic,SpecialPublicKey,"
                  "ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "7887889bac4c629a101d3724f2ed8b98d936fde79e1a1f77d86779626bf8f263",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000080",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 85"
                  "(SmallPublicKey,LowOrderPublic,NonCanonicalPublic,SpecialPublicKey,"
                  "ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "584fceaebae944bfe93b2e0d0a575f706ce5ada1da2b1311c3b421f9186c7a6f",
        .peer =
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 86"
                  "(SmallPublicKey,LowOrderPublic,NonCanonicalPublic,SpecialPublicKey,"
                  "ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e07971ee820e48b0b266d8be3cdbbb5e900a43f59ee8535c6572418615de4962",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000080",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 100",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "a046e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449a44",
        .peer =
            "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
        .shared =
            "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 102",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        .peer =
            "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
        .shared =
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 104",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "60a3a4f130b98a5be4b1cedb7cb85584a3520e142d474dc9ccb909a073a9767f",
        .peer =
            "3b18df1e50b899ebd588c3161cbd3bf98ebcc2c1f7df53b811bd0e91b4d5153d",
        .shared =
            "0900000000000000000000000000000000000000000000000000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 105",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "60a3a4f130b98a5be4b1cedb7cb85584a3520e142d474dc9ccb909a073a9767f",
        .peer =
            "cab6f9e7d8ce00dfcea9bbd8f069ef7fb2ac504abf83b87db601b5ae0a7f7615",
        .shared =
            "1000000000000000000000000000000000000000000000000000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 107",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "60a3a4f130b98a5be4b1cedb7cb85584a3520e142d474dc9ccb909a073a9767f",
        .peer =
            "98730bc03e29e8b057fb1d20ef8c0bffc822485d3db7f45f4e3cc2c3c6d1d14c",
        .shared =
            "fcffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff3f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 109",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "60a3a4f130b98a5be4b1cedb7cb85584a3520e142d474dc9ccb909a073a9767f",
        .peer =
            "317781b0163bae74accc06c0d44ef9a911a22b0d37faf7726621591f9343ea2f",
        .shared =
            "f3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff3f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 117"
                  "(EdgeCaseMultiplication, SmallPublicKey, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c8d07c46bbfb827753b92c70e49583ce8bfa44641a7382258ea903d6a832c96b",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 118"
                  "(EdgeCaseMultiplication, SmallPublicKey, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "90b7ef237a055f348dcb4c4364a59d7d31edc7ab78f2ca254e2c810975c3f543",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 120",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "0840a8af5bc4c48da8850e973d7e14220f45c192cea4020d377eecd25c7c3643",
        .peer =
            "1200000000000000000000000000000000000000000000000000000000000000",
        .shared =
            "77557137a2a2a651c49627a9b239ac1f2bf78b8a3e72168ccecc10a51fc5ae66",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 122",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "b8da2bd2d7cf25a3e54e5f87ee15911effb9ff86baec4076d56c8e953670bf5b",
        .peer =
            "0000000000000000000000000080000000000000000000000000000000000000",
        .shared =
            "4bf6789c7ea036f973cde0af02d6fdb9b64a0b957022111439570fad7d7a453f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 123",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "684cd420af41abb3d10c61e773238cf729c2155f941ac27e15f4c37f49b29576",
        .peer =
            "ffffffffffffffffffffffffffff000000000000000000000000000000000000",
        .shared =
            "bcac235ae15cc7148372e11f9315e3bc76ceb904b3d2a8246bd9d9be2082bb62",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 125",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "30832e8cb627ac195f77b1105258e4bb18b99a5ed944404bfacb3a039fbdb14b",
        .peer =
            "0000000000000000000000000000000000000000000000000000004000000000",
        .shared =
            "2816fd031d51d6750f9225ede950625cca47441ca97e43092650396991afcb6d",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 154"
                  "(EdgeCaseMultiplication, LowOrderPublic, Twist, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "18630f93598637c35da623a74559cf944374a559114c7937811041fc8605564a",
        .peer =
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 165"
                  "(EdgeCaseMultiplication, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "5891c9272cf9a197735b701e5715268d36d7436b7e351a3e997a0862e4807d4d",
        .peer =
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 166"
                  "(EdgeCaseMultiplication, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c0f9c60aea73731d92ab5ed9f4cea122f9a6eb2577bda72f94948fea4d4cc65d",
        .peer =
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x25519 tcId 511",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "a023cdd083ef5bb82f10d62e59e15a6800000000000000000000000000000050",
        .peer =
            "6c05871352a451dbe182ed5e6ba554f2034456ffe041a054ff9cc56b8e946376",
        .shared =
            "6c05871352a451dbe182ed5e6ba554f2034456ffe041a054ff9cc56b8e946376",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 513",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "4855555555555555555555555555555555555555555555555555555555555555",
        .peer =
            "3e3e7708ef72a6dd78d858025089765b1c30a19715ac19e8d917067d208e0666",
        .shared =
            "63ef7d1c586476ec78bb7f747e321e01102166bf967a9ea9ba9741f49d439510",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 514",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "4855555555555555555555555555555555555555555555555555555555555555",
        .peer =
            "9f40bb30f68ab67b1c4b8b664982fdab04ff385cd850deac732f7fb705e6013a",
        .shared =
            "8b98ef4d6bf30df7f88e58d51505d37ed6845a969fe598747c033dcd08014065",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x25519 tcId 515",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 255,
        .alg = PSA_ALG_ECDH,
        .priv =
            "4855555555555555555555555555555555555555555555555555555555555555",
        .peer =
            "be3b3edeffaf83c54ae526379b23dd79f1cb41446e3687fef347eb9b5f0dc308",
        .shared =
            "cfa83e098829fe82fd4c14355f70829015219942c01e2b85bdd9ac4889ec2921",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 1",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e41c63d5159c89de12163fde9d04cf1f430f346b8b2c1f2a4b1f5aee63d17aec"
            "29d4b1debf8b6457e7809d2b15ff9779c97becb04b824efa",
        .peer =
            "f8073fc01c8358362c08740c914b419847ef1e409f4e40d9440febc26f00551a"
            "db1c37c6c2a87d8283b8cb453e928a0d42793f72894e0f81",
        .shared =
            "acd496ceb5f68bf9c267196b405f59701a40ec88744b7e5e60bf8f81e8b13df4"
            "48efe402001750edb0b695a0512f08c572a2e356493d170b",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 32"
                  "(SmallPublicKey, LowOrderPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "04f04638d565bea83ac37703510d647568dbac58218813748a227494038f2bb8"
            "11d47805bcdf04a2ac585ada7f2f23389bfd4658f9ddd4de",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 33"
                  "(SmallPublicKey, LowOrderPublic, Twist, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "281f41a8a853441f1d5014bc6c616e564fce4372ac2216814f232e8972b61c7e"
            "61930eb9450b5070eae1c670475685541f0476217e4818cf",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 34",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "28110debb1242a869407f21a1a07616326e2bba0ae3ddca3d43edde9f3e7b799"
            "045f9ac3793d4a9277dadeadc41bec0290f81f744f7377df",
        .peer =
            "0200000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "021ea3e58bb9ff27a1109079a8c5a05bb09760864bca1650ed3d825640c5134d"
            "0631f529d79510f062883b1217beda88f52801fd5bfae91e",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 35",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "ccd0eabb0891136d7f963f5280ab98f0efc6b82902bc4f4fe59d57a914e3c290"
            "36fd9a442ba526b5cdcdf28216153e636c10677acab6bdea",
        .peer =
            "0300000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "0dfae3c22385ee384f52060f0e9005cefb950f7a80740216deb92ac4c4f4b49c"
            "3284be16e9dd89378decba9a737de84a5426935f1b6ae463",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 36",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "70149ff091591272da90b2ca9206e06b8e0f970df19154dba9386f7f16c50731"
            "d64f82e6a170b142a4e34f31fd7768fcb8902925e7d1e29a",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "29de999f61fc033d345674a06d98aec5c1a2561daabe66b7949ac69736fe770e"
            "cc46a78e1c447e54a8c2ee8529c66ecdd5075cbf10b3e2bf",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 37",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "84ee1a35e53edbd425e5b7d10baabdecb272030481fe1512ada1a2ec9fa9915a"
            "e7aace6a37c68591d39e15995c4ef5ebd3561c02f72ddac1",
        .peer =
            "ffff000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "3073e373f1bf653bb9de54a20ba1c04e95068a5f3d563c71552dd6b3f051aefe"
            "bf25653cf3072d7f8301b68180b8473398deb93509a8aa34",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 63 (LowOrderPublic,SpecialPublicKey,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "ac23f2c29dd7910ebdb47efc5ccb345dc9392bb5def5018dc8cb410635f56e63"
            "ab92bcdac4177c6bd3450b098493b68bb54ea47b769334c4",
        .peer =
            "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 64 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c05bd19c61d1c2c0e79414345cfb9c138eed88054fac8f74b2c4b5e1e817aaad"
            "629d159903bef40c10c85a8b90b8433c7f35248d72bea2d1",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 65 (LowOrderPublic,ZeroSharedSecret,Twist)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c05bd19c61d1c2c0e79414345cfb9c138eed88054fac8f74b2c4b5e1e817aaad"
            "629d159903bef40c10c85a8b90b8433c7f35248d72bea2d1",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 66 (LowOrderPublic,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c05bd19c61d1c2c0e79414345cfb9c138eed88054fac8f74b2c4b5e1e817aaad"
            "629d159903bef40c10c85a8b90b8433c7f35248d72bea2d1",
        .peer =
            "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 70"
                  "(SmallPublicKey, LowOrderPublic, SpecialPublicKey, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "b8a9b9f6f1af4f1525a53b895c3bf64f23161f670fcff2fba79b8fdac07395ee"
            "99bf46278f3e948a556707cd2a889bae69449496295cc5a2",
        .peer =
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 71"
                  "(SmallPublicKey,LowOrderPublic,NonCanonicalPublic,Twist,"
                  "SpecialPublicKey,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "e0b32cd5d602cb78e54c87fe29eb6075884463334b251de203f4c46cb68ac247"
            "8391f0a3f19ccde5f8ec640cc7b58877b43e5b8b578b40d7",
        .peer =
            "00000000000000000000000000000000000000000000000000000000ffffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 76 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "14215fc790be3239cfc8c3f45fed602bcab4e1853a5d0397bd45bfd0a546de75"
            "55a60b4d684d9c54f822bc168f1cb8c4c03dae2f7e34b8e0",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000001",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 77 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "700a1642844c368a8cdae4119be4c1746ef214beed0d4b4055e235d56b3cf81f"
            "936250a04843c37a892ba6b509b75db65161604cf9a451f3",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000001",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 78 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "f49a2ae810115886821eda33e6e727547125d205dd62084d762198a6a61a10e8"
            "5c7fd89316575e62a48e0ff4191e276da89c8f8c2bbe4aef",
        .peer =
            "0200000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000001",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 79 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "14f9d714d07bf69769cd597da414b47ad6736743628c596560094fbb4270bf87"
            "eb426f8e70ac2df080f5a444f3bd4dbebd13b192269780ce",
        .peer =
            "0300000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000001",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 80 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "5cc35676a3413d097dd7bb230033a1eba347b472dcc4a837b5ee6bf15a58afd9"
            "ad09cb27a7dff97be23ba616a320305e9289866c973ba4c3",
        .peer =
            "0400000000000000000000000000000000000000000000000000000000000000"
            "00000000000000000000000000000000000000000000000001",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 81 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "9049d5988c5444868ab7e1367defb8565e81aa3cf3af6fdcbee3044912dcd481"
            "09e8b5c6e839235dcab86f38e14c8eb5dfb341d600ac64bc",
        .peer =
            "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffdffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 82 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "58fc9970e9c628a8fe3a24b6a92a18a33eee818a9e3e1cc28ee6910fa93f6019"
            "82cf740f314deb85f6122e93f2386556830a232087313d8d",
        .peer =
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffdffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 83 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "44e6d98624b7dfda557408211bf9ddb17ce0b87394284a3dfb6c738b674cd7c5"
            "b2a75f9562387e670b063c7f374b7bea669738e407dac3f1",
        .peer =
            "00000000000000000000000000000000000000000000000000000000feffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 84 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "142263da1ad16fea83a2c5a4ec0b57f5920b4a181b705961aa959b6f3a477961"
            "bdcd3664f88d3a813055d24d22698db0a90f148d44d3e3db",
        .peer =
            "fcfffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 85 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "d0abb3224ec50b0c8a9b23ba7b08b2465f0d189464edeb4462f4133060e2abe3"
            "2b756e6aa4492d4437684018e9885a3ae147f6394da07a9f",
        .peer =
            "fdfffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 86 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "285e193145a17f00dea21949b0e600c040e4b92dcd85e1424831726d45e76574"
            "aaf2f3b82cd0e3b87fedd83eafb242e0e7a897442dd4dadb",
        .peer =
            "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 87 (PublicKeyTooLong,SpecialPublicKey)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "3034f9589bf95d1d00a181b2a42436fa0499ae54ecd988c331993709aadd25bf"
            "1af3aca23f110b3a211a87e2cd9a34ffadbe16a933dd28af",
        .peer =
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff01",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 88",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf5"
            "74a9419744897391006382a6f127ab1d9ac2d8c0a598726b",
        .peer =
            "3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972"
            "fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609",
        .shared =
            "07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56"
            "fd2464c335543936521c24403085d59a449a5037514a879d",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 89",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "70ef97865bee47cf00de84606408e2701ad8bf6ed311039764a3a4f130b98a5b"
            "e4b1cedb7cb85584a3520e142d474dc9ccb909a073a976bf",
        .peer =
            "b91a0c5ad497d95f15df62e4231edaaaab21d82953fcde09eab164209745aab6"
            "fe9d353a0da328fa8147939e63ad56d1c0d2c0bddd95da50",
        .shared =
            "0500000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 90",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "70ef97865bee47cf00de84606408e2701ad8bf6ed311039764a3a4f130b98a5b"
            "e4b1cedb7cb85584a3520e142d474dc9ccb909a073a976bf",
        .peer =
            "7bae316c8fb6d759a3be625bb7c5e75ec64e3cb7dedd3dfa05771146af2dc45e"
            "6424489b3d96f63137ab3caa9d261c49a214662804af4846",
        .shared =
            "efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffff7f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 92",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "70ef97865bee47cf00de84606408e2701ad8bf6ed311039764a3a4f130b98a5b"
            "e4b1cedb7cb85584a3520e142d474dc9ccb909a073a976bf",
        .peer =
            "d3c530279c9b5ace0519dee32ee932c320425d717f559b34ca8e24540fb76fd9"
            "ace7785e529116b220b06f5ec0ba4a05237fcfd00ba3c7de",
        .shared =
            "fcffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffff7f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 93",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "70ef97865bee47cf00de84606408e2701ad8bf6ed311039764a3a4f130b98a5b"
            "e4b1cedb7cb85584a3520e142d474dc9ccb909a073a976bf",
        .peer =
            "43b61e502c662f9c9a0639d2af3e88de77b3b70bc3bb2abeaba39dd5e7132ddd"
            "cf14a18d9d7ca4013a33b54787afded9d87d5d67d43c30d6",
        .shared =
            "fdffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffff7f",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 97"
                  "(EdgeCaseMultiplication, SmallPublicKey, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c817e3c08e0017a5a4422c70095edf062d71f452139715edccd07c46bbfb8277"
            "53b92c70e49583ce8bfa44641a7382258ea903d6a832c9eb",
        .peer =
            "0000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 98"
                  "(EdgeCaseMultiplication,SmallPublicKey,LowOrderPublic,Twist,ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "dc05e8c9decef9d3e350ee83aee2502cedd76f07d2364de993b7ef237a055f34"
            "8dcb4c4364a59d7d31edc7ab78f2ca254e2c810975c3f583",
        .peer =
            "0100000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 99",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "803f68ff9812676ab809582f0b93e80461598c987bc7b2e4e0a8be63315c4f0f"
            "0a3fee607f44d30a55be63f09561d9af93e0a1c9cf0ed791",
        .peer =
            "0200000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "2754aa144ac700ad183b9c20cd2627db3c51e7644055f71f46e2b999d3e13e34"
            "6454560fa72a16488561e60d6b6423ed50d1e75a4899a8bd",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 101",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "64d5e0000aebdf9b757402d08af646c6f31d6628be806f646f4cd420af41abb3"
            "d10c61e773238cf729c2155f941ac27e15f4c37f49b295f6",
        .peer =
            "ffffffffffffffffffffffffffff000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "0665a1c3d7a747e59e8dbe841dac1f401d073ca45ea29bad457577d7922fb982"
            "57705f84b198a68c2e2c3ed7b9e4233e43c44887d7a8e05c",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 105",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "c4091f83dddff44f26e60fe3daf2ea2a0de886727a4310591021cd8682bdc3f5"
            "da9100adff5b2230b3acd836b3a455db8352a2c27e69d1be",
        .peer =
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "100cdba52cd05a3c18219db98154d90c05ca6b4dcefaa0cef90538e7b80879f2"
            "d67d5ab2c31c28f77b38969d817a78d05f6a5599b84b1941",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 106",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "dcc61fe18eab64de8b9687b28bf02d9e53320c98e1cf1e1845311e17eaaf7e27"
            "4767d9e6797805d580fc48c249ec376db92260bc390ec489",
        .peer =
            "0000000000000000000000000000000000000000000000000000000001000000"
            "000000000000000000000000000000000000000000000000",
        .shared =
            "e85050ba91b8cdd6ed86cec47be3162d70599ca3433e7c6d3ec8fffe758b6079"
            "69f986e5c010bccff0ffe18e861ff87b462040b611d4048e",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 131"
                  "(EdgeCaseMultiplication, LowOrderPublic, ZeroSharedSecret)",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "582bf63ee54d47ae5517cf74fdfed1d4bcd544c95e61c8c95605ea323a4d1820"
            "fdc40fafb1a5cbe4f4ce1f89a99f99a3361961e5b30bd896",
        .peer =
            "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffffff",
        .shared =
            NULL,
        .status = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof x448 tcId 503",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "be58b958ddcc5bb1a9ccdbc43ccc1fa7d0102f6a70488ad590b3f26ffdffffff"
            "ffffffffffffffffffffffffffffffffffffffffffffff3f",
        .peer =
            "a71742c472d8eee636a974dd98f554ad2f89911f80abdb3d8fa03bbb981917b1"
            "9d925581bcce7193c8839f6b2e0ff6c1da7c202970b3da46",
        .shared =
            "caba0271ea05eabf9d92314311cedf54df44739623a60004dd62d5ccac1f4302"
            "644b2f0b75e35b11a1831a87548238b9c36e71e5f7c57d10",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 505",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "fcffffffffffffffffffffffffffffffffffffffffffffffffffffffa9aaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        .peer =
            "f8de0d52427ddc57d9fe1d9bf9f3704d7d43a2633307374a8b05bb6e422a7085"
            "a8dbee3ccc28ad328ea3c8cea637ad3c2913ae4ffc1f7638",
        .shared =
            "5232fe8457ba910cb886bda0da97754bf7132f61481939808673db29e318cbdc"
            "e8561c78062ad94864ba5c820454766d0255bec1db695147",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 506",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "fcffffffffffffffffffffffffffffffffffffffffffffffffffffffa9aaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        .peer =
            "dc81ef1956cd123f034ad6bb835849e1d45e6fa917c1510f66e3d8ce55f3a7d6"
            "754314c589a35dd8ef28c8276203d12c6525b8ae7fec3493",
        .shared =
            "341c3aeb0551108fc80d22d98c2683a6eb68967420c1e033fc22c41f4f3ab8d8"
            "2d643425d2675f44f42d03b998484e62f35b915c1d4bf434",
        .status = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof x448 tcId 507",
        .type = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY),
        .bits = 448,
        .alg = PSA_ALG_ECDH,
        .priv =
            "fcffffffffffffffffffffffffffffffffffffffffffffffffffffffa9aaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        .peer =
            "a667c6ac3de44c8d89c8f82025dab50470fa2da4efa153fb03adb167cef143cd"
            "ffb825e927e0badfd720f28c1033f3e9d86de7158f00718c",
        .shared =
            "b2ba5057f1f1183b1970b7844537784670da55c5e3207de1d0f76427b2663811"
            "426107941022d9bf85a373a7840eb017cf8fa23e53067a7d",
        .status = PSA_SUCCESS,
    },
    /* FFDH over ffdhe2048: Mbed TLS interoperability values, not a publication
     * (TF-PSA-Crypto test_suite_psa_crypto.data "PSA raw key agreement: FFDH 2048 bits"). */
    {
        .source = "Mbed TLS, FFDH ffdhe2048",
        .type = PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919),
        .bits = 2048,
        .alg = PSA_ALG_FFDH,
        .priv =
            "4bd2bd426bda18aa94501942095ffe5a9affed1535b942f3449bce8e90f9e57f"
            "512c8fdda496c3ac051d951be206365fb5dd03a7d7db5236b98ddfa68237a45e"
            "f4513b381a82863cdb6521b44e10aa45de28d040326c5d95e9399ae25f6cad68"
            "1f1cbf8c71934b91d5c8765f56d3978544784f297aa60afadd824e4b9525867f"
            "ea33d873c379e3e7bd48528ec89aa01691b57df1c87c871b955331697e6a64db"
            "0837e1d24c80e2770179a98cae9da54d21cc5af4cc7b713b04554e2cdf417d78"
            "f12e8c749a2669e036a5b89eda7b087eb911c629f16128ab04f0ee7a3a9bec57"
            "72cfc68bbd0b492a781b36d26c2ec1f83953e192247e52714c3f32f0635f698c",
        .peer =
            "6d34e084b8d0e253a894237be9977e1a821b556ed4bc01cda691a927885979b5"
            "9e55a30daa2a707769474b760e9f1c10544b2ce74b26efa4f069e05ce70471bf"
            "6b7e6c08a16fa880930790204e8b482478de0682ce3f58450a4e15abc14d05e1"
            "3ef773a10a3e8bf2219f8ab556c88dc2a301b362c2d4e94bf2f0006bb36d15a5"
            "096ed1342f3f111ccf123ceae9bdc7bc0cde5edc9f0203f35f8a98aff6d75975"
            "357733a429364ed3aca32acaf9f857ef751e0e246140eebdfc2b403b644e42c4"
            "8922f7f6cdaa6a2ef9ddfa54fb83657492f9f9a2c8aa4831601f9b11663e94d9"
            "68d8be6e121aee2c79156e44aaa650bb26083983a76cc5883538d4794855ded1",
        .shared =
            "718ab2b5da3bc6e7767a98fb2c172bd74003fae2acffbc9a53d9b358401c1c74"
            "8da36cab277e9397bc5eeec3010321d0f882d959eb097adddc99745526b213e3"
            "0dc0df9fb1e4cd3fc27bfb1d6e89c715373439a66b9a13aa1334c84799827c17"
            "be1c36c1bc02fe60ea698da790fe4d2af710a435a1aae7fb11cd2a90a17ad87d"
            "de4f154b325dc47d8ea107a29d10a3bfa17149a1f9e8a1f7b680bfdca90fb091"
            "3c0b681670d904de49d7d000d24060330d4d2e4a2381d78c49e272d313174218"
            "561ceeb37e2ef824905d0fa42d13d49a73018411aeb749f7f4fc765bdc6db58b"
            "cebd995d4c949b0061f20759e1263d8f9ba3fd56afda07c178997256bb7d5230",
        .status = PSA_SUCCESS,
    },
};

/* RFC 7919 appendix A.1: the ffdhe2048 prime p and p - 1 (transcribed via
 * TF-PSA-Crypto drivers/builtin/src/psa_crypto_ffdh.c), peer values that
 * SP 800-56A 5.6.2.3.1 rules out (1 < y < p - 1). */
static const char ffdhe2048_p[] =
    "ffffffffffffffffadf85458a2bb4a9aafdc5620273d3cf1d8b9c583ce2d3695"
    "a9e13641146433fbcc939dce249b3ef97d2fe363630c75d8f681b202aec4617a"
    "d3df1ed5d5fd65612433f51f5f066ed0856365553ded1af3b557135e7f57c935"
    "984f0c70e0e68b77e2a689daf3efe8721df158a136ade73530acca4f483a797a"
    "bc0ab182b324fb61d108a94bb2c8e3fbb96adab760d7f4681d4f42a3de394df4"
    "ae56ede76372bb190b07a7c8ee0a6d709e02fce1cdf7e2ecc03404cd28342f61"
    "9172fe9ce98583ff8e4f1232eef28183c3fe3b1b4c6fad733bb5fcbc2ec22005"
    "c58ef1837d1683b2c6f34a26c1b2effa886b423861285c97ffffffffffffffff";
static const char ffdhe2048_p_minus_1[] =
    "ffffffffffffffffadf85458a2bb4a9aafdc5620273d3cf1d8b9c583ce2d3695"
    "a9e13641146433fbcc939dce249b3ef97d2fe363630c75d8f681b202aec4617a"
    "d3df1ed5d5fd65612433f51f5f066ed0856365553ded1af3b557135e7f57c935"
    "984f0c70e0e68b77e2a689daf3efe8721df158a136ade73530acca4f483a797a"
    "bc0ab182b324fb61d108a94bb2c8e3fbb96adab760d7f4681d4f42a3de394df4"
    "ae56ede76372bb190b07a7c8ee0a6d709e02fce1cdf7e2ecc03404cd28342f61"
    "9172fe9ce98583ff8e4f1232eef28183c3fe3b1b4c6fad733bb5fcbc2ec22005"
    "c58ef1837d1683b2c6f34a26c1b2effa886b423861285c97fffffffffffffffe";

#endif /* KPSA_TESTS_VECTORS_AGREEMENT_H */
