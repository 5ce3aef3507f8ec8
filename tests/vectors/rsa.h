/*
 * vectors/rsa.h - known-answer vectors for RSA signatures and encryption
 * (test_rsa.c).
 *
 * Every key and row names where it was published.  Values were extracted
 * mechanically from the files named (Wycheproof testvectors_v1 JSON files at
 * C2SP/wycheproof dac1dd47; Mbed TLS / TF-PSA-Crypto tests/suites data files,
 * which reproduce the PKCS #1 v2.1 test vectors of RSA Laboratories
 * (pss-vect.txt, oaep-vect.txt: the examples accompanying RFC 3447 / RFC
 * 8017) and NIST CAVS PKCS#1 v1.5 SigVer vectors), never computed with kpsa
 * or libcrypto.  Keys are in the PSA export format: DER RSAPrivateKey
 * (Wycheproof "privateKeyPem", or the RSAPrivateKey inside a PKCS#8
 * "PRIVATE KEY" PEM) or DER RSAPublicKey (Wycheproof "publicKeyAsn").
 * Where a publication gives only the numbers (n, e for a public key; p, q,
 * e for the oaep-vect.txt keys) the key is their DER encoding; those
 * private keys carry d = e^-1 mod lcm(p-1, q-1) and the CRT values derived
 * from p, q and d: the same RSA private key.
 *
 * Signature rows: `msg` is the message (psa_sign_message/psa_verify_message,
 * and psa_*_hash with the message's hash), or `hash` is the published hash
 * (psa_verify_hash only).  `valid` 0 rows must be rejected with
 * PSA_ERROR_INVALID_SIGNATURE.  `sign_exact` rows are deterministic
 * (RSASSA-PKCS1-v1_5) and the key is a key pair: psa_sign_* must reproduce
 * `sig` byte for byte.  A Wycheproof "acceptable" row (SHA-1, small keys)
 * is a correct signature kept for its weak parameters; kpsa accepts it.
 * For RSASSA-PSS the Crypto API's PSA_ALG_RSA_PSS(h) verifies only the
 * standard salt length (the hash length, or less if the key is too small)
 * while PSA_ALG_RSA_PSS_ANY_SALT(h) accepts any: a published signature with
 * another salt length is a `valid` 0 row for the former and a `valid` 1 row
 * for the latter.  Wycheproof's invalid PSS rows are only used with
 * PSA_ALG_RSA_PSS (some differ from valid ones only by their salt length).
 *
 * Encryption rows: `ct` decrypts to `msg` under `label` (the salt argument;
 * "" = none), or fails with `expect`: PSA_ERROR_INVALID_PADDING for a
 * ciphertext of the key's length, PSA_ERROR_INVALID_ARGUMENT for one of
 * another length (checked before any decryption).
 */
#ifndef KPSA_TESTS_VECTORS_RSA_H
#define KPSA_TESTS_VECTORS_RSA_H

#include <stddef.h>

#include <psa/crypto.h>

struct rsa_key_vector {
    psa_key_type_t type;
    size_t bits;
    const char *der;        /* hex, PSA export format */
};

struct rsa_sig_vector {
    const char *source;
    size_t key;             /* index in rsa_keys */
    psa_algorithm_t alg;
    const char *msg;        /* hex, or NULL: hash given */
    const char *hash;       /* hex, or NULL: msg given */
    const char *sig;        /* hex */
    int valid;
    int sign_exact;
};

struct rsa_crypt_vector {
    const char *source;
    size_t key;
    psa_algorithm_t alg;
    const char *label;      /* hex; "" for none */
    const char *msg;        /* hex: expected plaintext (PSA_SUCCESS rows) */
    const char *ct;         /* hex */
    psa_status_t expect;
};


static const struct rsa_key_vector rsa_keys[] = {
    /* [0] Wycheproof rsa_pkcs1_2048_sig_gen_test.json (SHA-1 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a20201000282010100bd31c7a02691d2d9587ef6a946ff788544ccadd4b2988ad62086792a6b"
               "f96c8616b4ad13317d2270b901d0fcd1d880cb8f52fb87304a5258c11b38dfeae8df670aeee7ea1d0d"
               "9df8e00e80847e41e5989ed402d44e78b30fef17b5671d3adbf8685e4dc204499ecd1863e1d5aff28a"
               "7cf66eadf31fec9236c120add13451522c647c9832a672cd64d328c1c322183f4661d09bda60b8dd5f"
               "0328da5420821424afdabb1a80c5d12763a1b0238cd89d0742bfc50b6a2fcb701d824218f9826f4f78"
               "a23a2b5aa42ace7f175376fb6cbdb2bad293ba583d4d31c6b8f9029e46b13689249855f505756e00e2"
               "25a6a45a18769bd8d2b3a4acb9f1c23d3e51882561e50203010001028201000747d520ca9b2dfc0335"
               "cf94301140b8102fb838c92ea99917e354e25709602dc0cdef231ff26ad2dfabbc391e723072a4ef52"
               "929f3f1cf0216e44c0093030f8ac29096faef28933bc9b924287014e2e935e2145be4752ccb82cb764"
               "6271936979cab73f521eeb27855ac2a410834ae5082eb62ef6f9899ee5cbb624a8d8c04ab7edcf78fe"
               "135d0f808f63b5de6e071779bf1d9eaaf8d3ef965486f2c52625e6e57a651c7bbd0197c99c057b3860"
               "a3260c864a11b3cf22ba44de3a3b3f3117e64ebf9a91f626ebb3f3c26d1b0bb80753468d4bf6a997b2"
               "8335f20ed8c384d7558360a9ae9755661fa3749846b174e6bf330e52d09941f6ccd7de5004779f9bb9"
               "02818100fe3d238d376a3856d9592fd4961c17a7fb0fa39d442e9df22e7eda115c648c5cb738df89ea"
               "92d8378558d0d9c1cf3d8bff740d3743a0140a6a7523e9176c2953b2c11d7f44691cf8bec2b34fb59c"
               "649535983319488118c03118ae7445e70df466ce98671260f05d5068ce777da97e2ba84779490500ce"
               "b4ff7f62ceca9a147f02818100be814af26bf3c27115bc7595d0d12a1af7713feca877ae6e6d858825"
               "eda3d192704774f42e1ae1b67f1739e8c45a0476388070fa545b7cc96b8a44003bc8d07fde73f5bcdd"
               "18268395dcc2842b5023ff14b352382607b7179a5ea330840fc45045d86e0acc4feb135f0ab9b7ce6b"
               "8eb5f5a575f2a2a8de299c0d3f506df4879b02818061bb4cf4572e0cf44ddefc0503a34ef0b31142fb"
               "0c9fc2f5bb2be656302732d1dd590e8d6cd0002fefa1c1bf43c28fcd4668ed3fa64e5e05d700aaca4a"
               "c7b867455af924d83e73f5a7171f68efce6bd7f3df4b1d5802d069e935acb263c0bb5b8d3db3d64379"
               "624cecc12d453fd82cf9495a18649a78c1fd500e3f04715ba3af0281806649dbe920a7a8ceb982108c"
               "d9ab857527498aae52a2b86918ab6b381a4a2cbbf94794f78b4de9c5e8a59af56d807c06d23dbcebdc"
               "a1a6f62ba4f8f03b298f32294a9036d16c2739de1cc3e0ddb4d12f2479487b57882afa246c0e297daf"
               "4d94607c5e51b3f4715f5c57d0f26d867901209db02010d0a541284640a9b9f0636302818039ec606f"
               "5c9f1f33d964606e128e9e90cff932772c5715aa759816d504efe2c46206f3379aa61d31f88e726b50"
               "dd80b8ce8558a0d7408525f58c3399ce32e239d70941f12d21e7761c043e0b02220d25ffd03571c7ae"
               "5bbd59c31f48120676f9d7c370a749d8491bdfcea01662a136c85d349b6c710fc6f6ebf8a7a79b62ad"
               "c3",
    },
    /* [1] Wycheproof rsa_pkcs1_2048_sig_gen_test.json (SHA-224 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a40201000282010100c32cd0e1441fde8a2896ca3a133735be2d1010777cfc739afc77b6daa6"
               "6f367d4876dccb3021fc22c25450a68d6cfb1191d485cbfba5ec45b49286d7cae2bdae553f47e10b94"
               "f867abcc6d0affc733bacc725e5ab4de1aba19a39d748b4c1355d5a6a710a52bd04c0c24e7bc3bdab8"
               "f3ce3ae86ecb31c4b45e10b40ddb5fdd40cb2411bcf5b1d392e1eef959cff2709a6e02b20ff3b43436"
               "41a6b78599586edc9b673d9f3f5e9d339ceebf96a1a31655876c39fcb00b1c3e571908c9b744765047"
               "abb5c23ecc42e551e13755e38cc9a13e1e02bcd5dcec9c301fab75be3e1a8ee9c42981607aba7855f4"
               "bbe76c8c160e80468b54bdf9f438b177c33dee30b0f502030100010282010056d0756ceddf7b1e5b25"
               "8f783b99e036e25675eca054ae9b6ed7552776c69b2728f76e08973556b0a35ddbade9d462ed12bfc4"
               "6fd254a07ef4ee043ab24d1ef00f8d214cd1d906911e92c4a212d9a981da74b8d18208153d583035d6"
               "642b87a23371787867efd02c336eab01486266c853a052490deaea430c6043a6b240b6e9d71e16f292"
               "55f2ceeb35d1a4ae25ae0dc9a436fb5dc30381cce982acc824961976df683173a02a540c403f3c8560"
               "243ceb5b798abcdc20f3c85d9532b0f0b0826f1b6352c5adac757fe3224b822455cc529fcdc8a220b0"
               "469f321f56bd1853d8a70b893f404cc06317e084173770c7d4c836281ac251353fcee4ac393838a1a1"
               "02818100ea6010a0017d4073198610d0e761f286e3a1133eeed71b4fd4dfb0d8b52e1e1d8ffc58d9c1"
               "0396629952eb002369b22bb9c3313c80330c1f3ab7a3fcf8d0fbf5a1c0fb7936ef20d51373b21bea72"
               "fcb7f70275ac41d97b566b71f727a32f0006de15e7f9bccfcc3224106f6b1ae62d59380065a48ef7bd"
               "015ee6dabae0f9d78902818100d52ed808d74a79b3ab515b4f2fe7b41027472c3785eb25587ae31d35"
               "00bf3c6ef20c427e223efa4f2911cd38cfc4479f28ae495fe3e88e94c236c0bc1323d71027aba29066"
               "9ffbd7e0fbb6f615df1c9e4fe5abb5a90d4d0b6d1dea0ae2b249e6a5102092c998b60dd920d09a2e6e"
               "cf2a611793016bc0c92de3b9d92744bc070d02818100cb64f6c884c257ae0b56673d83af62b360d3a6"
               "4a1527a3d211e0d62e1a7d9d30f6857dedeb2cdbd3514fbe14eea689329d1121a76971e3712e99b3bc"
               "9389793edf5304695b1d0697233c62330bb12253dc0ecc63e2f983a9a9b0cb5620ad670e8ea8e019c0"
               "9b6c8f8ef09c608c85789156a231932f671b251760ac2d45944c5102818100b616befc3e3824dfac53"
               "5f74b1ec6d46e6e5ca04dae4510fd4572d595a7bfdf89dd28ef101fb5cfe448c2a087e9e9eb6799ef4"
               "996d27f4b1677a3101f42f46c14bc134a7b6a0ac1266df5a15b3f4d0930097a22516727ffe64838aa7"
               "259f37b44405146d8cb85db8525fcf0e02df2f2079b21324c18ef7c7b49dc7b7dce3e5f902818040fb"
               "da2e571060971cc6aea0c1cc82beab4fa0361de43a55bd2b399f25ed89e33c48983f409d9f27292770"
               "d5c0ac1b31adf766045e60d67b89957c81c0f3b7706c3e1418926bfecba0242ba54ed95ae1bc73b67d"
               "db1e3f4161380cbbf1db7d3dbef852ebb38063bc2544c9c29f47f416f14eb1ea3cf2bab933d21c2c09"
               "1293ce",
    },
    /* [2] Wycheproof rsa_pkcs1_2048_sig_gen_test.json (SHA-256 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a30201000282010100a2b451a07d0aa5f96e455671513550514a8a5b462ebef717094fa1fee8"
               "2224e637f9746d3f7cafd31878d80325b6ef5a1700f65903b469429e89d6eac8845097b5ab393189db"
               "92512ed8a7711a1253facd20f79c15e8247f3d3e42e46e48c98e254a2fe9765313a03eff8f17e1a029"
               "397a1fa26a8dce26f490ed81299615d9814c22da610428e09c7d9658594266f5c021d0fceca08d945a"
               "12be82de4d1ece6b4c03145b5d3495d4ed5411eb878daf05fd7afc3e09ada0f1126422f590975a1969"
               "816f48698bcbba1b4d9cae79d460d8f9f85e7975005d9bc22c4e5ac0f7c1a45d12569a62807d3b9a02"
               "e5a530e773066f453d1f5b4c2e9cf7820283f742b9d50203010001028201007627eef3567b2a27268e"
               "52053ecd31c3a7172ccb9ddcee819b306a5b3c66b7573ca4fa88efc6f3c4a00bfa0ae7139f64543a4d"
               "ac3d05823f6ff477cfcec84fe2ac7a68b17204b390232e110310c4e899c4e7c10967db4acde042dbbf"
               "19dbe00b4b4741de1020aaaaffb5054c797c9f136f7d93ac3fc8caff6654242d7821ebee517bf537f4"
               "4366a0fdd45ae05b9909c2e6cc1ed9281eff4399f76c96b96233ec29ae0bbf0d752b234fc197389f51"
               "050aa1acd01c074c3ac8fbdb9ea8b651a95995e8db4ad5c43b6c8673e5a126e7ee94b8dff4c5afc012"
               "59bc8da76950bae6f8bae715f50985b0d6f66d04c6fef3b700720eecdcdf171bb7b1ecbe7289c467c1"
               "02818100dc431050f782e894fb5248247d98cb7d58b8d1e24f3b55d041c56e4de086b0d5bb028bda42"
               "eeb5d234d5681e5809d415e6a289ad4cfbf78f978f6c35814f50eebff1c5b80a69f788e81e6bab5dda"
               "a78369d659d143ec6f17e79813a575cfad9c569156b90113e2e9110ad9e7b48a1c9348a6e653321191"
               "290ea36cfb3a5b18f102818100bd1a81e7977f9898122273ae3222b598ea5fb19eb4eabc38308a5e32"
               "196603b2e500ffb79f5b886816611debc472fac45544070beb057c941378a6868af3b7a03d3f9880ec"
               "47d5e089b94fbde542aba9ae8d72c57088d7abf5b131f39098f7bc160f90536abc9492fd4e06f3ed72"
               "99d4b97bb03677207d95669f140cfbc20f2502818100a94b528b28f291599121d91952ffd1c7f21d7c"
               "1479d99d478885fb161870ee1218bf08472612dbe5497e8d9c650688e09c786961ae3e2c354dc48ae3"
               "4514759c4c23c4588488961dc06b414e61c0e1e7fbbd2923d31532fe289f96da220711e58c14019808"
               "e00414276933bb07e4efb9b4a9b37656917205209f33f09515d7c10281803af0e72a933aef09ff2503"
               "df78bafed531c02ff1a2bc437c540cdcbd4ad35435cf511763596543480629b114ca7f780ff7efa32e"
               "a0cb6e000d6d9ea1f2ef71fd9cf9948422a165557e37e755edfe70d90b920502eb478bc98a63f788ce"
               "3a0f856d6ede7251a383bfa8fa480a81a925af7b3cc538c4bab8c9f7597ffb68011d8d0281802640fb"
               "fbcfefb163ee7a87b6483a66ee41f956d90fa8a7939bfc042ee0924b1b7993d0445f758d51933e8517"
               "9c0320b0c968b48a91c38b5be923e1097c0c562f88d42294b6a2759bafa5428a74f1270874e45f6fcc"
               "60f21602de5eccd143cf31241f5921b5ad3983fb54ef17be3b285367e50c999c67247b552fe4bfce94"
               "5f7b",
    },
    /* [3] Wycheproof rsa_pkcs1_2048_sig_gen_test.json (SHA-384 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a30201000282010100cda6fa5ca76bfe0492ec57e0a3bfff7272dc8d1e25ad1fb338aa050f02"
               "c104e63133d6b5b7c4985ebbae9ac036a5b9c03074d60aec8e25baf392a0c430ff05b88e948805d3dd"
               "74511d8885250a7b574215ada015c559076686e253ccc96c0815b1291ee787cc3363b4f77d930eb998"
               "d7c582b24cea9ce21de9722791989863a27ebc80a00de5bd2f9228775e5a4ceb054d58c9be36a05433"
               "6971a13642dd9510dd696aa268db3aab2299d5d88f8e562434d1427094d3df8e72d1ef69b4ed34d12b"
               "ac375223b2a25cf227f735f816e85e17239304769a6082154cd15899fc1eaefb69b748a3e5ed24d383"
               "72597de3e4e2a27b951d6ac7db182d6809d8ff511b7f0203010001028201005a3dc962dafca26cb364"
               "0e73bea7439a9f1874bc23e04226ccd89e7ba5c3b938a1a293b70dbab0f9f0f57f66951447dc33e730"
               "fd7e2c2a164d47ac502b07dd24cd3c142c2a79e4ceab5cfabff4478754b25a8c02c1a47d80d9f37abe"
               "442ca9a78b23f631b6ff3e15a4956d7f18590cdeb206d5e2b698bd084f260e82ef28ff9ec6dbc85a89"
               "5ec8a3865750f501b96125db1bbdd99a4ae4688adb304aabdfc4e0cfb9fe6b6bc0db74c88af8217eed"
               "738a0d04fe8d32c1d110370ce1c1b2f630657350694942730878e6fff77ada7e9a317df8bc059ea708"
               "1325306b8eb2fa0d3a3d89fae476d9344892bcd5a42cf83b7bcf3e0e51b4c78e72b3207a60a701adb1"
               "02818100ef885b87e25c29d1ee431d1f4ace787c4f882e92d12c4b2766c84f89263106ef0be0ddc4de"
               "3bf061a2ba46ffe7c132ae67d337f04dc66daeb9de553791f4989f50b224c981812b5388d1c2b5d533"
               "49a61393bf6611995b6988f143c278ccc260cfe82a6ac4a6409807eab32664b7ee3f1c41dfe567e097"
               "fd7afe8520871a1c5302818100dbca582288c81a30d6581f272050a5fea773d711301bdd6ecac7214e"
               "00c0fcb9498f1e585086b14463cc89a02c2e77a89271c058c6f69f3cd13553994d8a76cf62ad9e2752"
               "17720d62eb6e888ec4509cea474b53f37b458fc956dd31df3bb6ec7de659e88e7e709fe3be6a8d3726"
               "4c3d20e7d088276ce7651a403c68d6c47ea5028181009d7e87c851d28d80c5eb84f375494ab959c5cd"
               "f1a4ed3dc0fb78cbaafedc8f958fb6dbba3cf1263ddc3424c8d0461c9fc60e802255d1197f20210ae1"
               "0debc88a4011d1d4587d68d2750c8ebce620e1d4fbdc52a5b6fea1b7435e7752200169f123e2a03931"
               "71aad90ba38b05bc859f76098b5abec8cd48c2572390bef175fe970281800eed602d00432edc30428d"
               "e31763c2d257c71b4d348a3ff0bd5ee6d9285df30c167ddcdebca1593abed86e646d7bbe6eb97b7647"
               "d14380af1dba54722dfd0072b74df956cc5181527d6c65f66a53d4f1c34b9247225b35ef3d0a643d75"
               "ded55e9c725f9ad6caa995825f35575fee7ef10be2129c9ca8ddd2550515d53cf8dd6d028180101d1f"
               "49afb04d065bd8c29001d212e737bba696108574a330a9cbacc51bf6c96594f37fba9c8de156c22637"
               "1d49902191e1f69d84a1352193bff29e318eb36ede6ffbab93b6555ecf6addca9e134c20220a2d24b0"
               "3a6d23ef8c608a5186769f66fe2f6b21bc39f6277ad706038b907872c4716609c223762130ef036164"
               "82f2",
    },
    /* [4] Wycheproof rsa_pkcs1_2048_sig_gen_test.json (SHA-512 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a20201000282010100c2c4a860236d3c9096a076d6ba5107e0f7bd81e1ba916f7375724bd2b0"
               "b0b63956813715a3457ab0458b71fb35a45b27f9ef7ac3e579dea45dfbfd07819ed6b7021aa5336c58"
               "442aadd96ca9ee9d32473e9d9278562b4d10258ade6a98fb1c7cfdc3b3716ef5dec58cf73b359f3895"
               "99b4b5865a9863519eb001c324387da755450db341309360e3807c0565b8e2c44fbd5e6e8d04d006d7"
               "ee768b8e8436082a90fa0e837f32f46087ab4a0d9be28aa7da1794ceb0172a7f50ed20f6df641efbcb"
               "fd2aac89775c761a7310093c671c977fa18b0d6e01fb25f7a432b42c65359784c689205719c1cf6e3a"
               "65dae2da434c326dde81bb6ffffbdbf6de5c16bba7490203010001028201000a5c2790a591c3ecf4f6"
               "281c17e1038845e540a95f21294a7ceecd75b18c54c50c02e789311c1b0091526f87ab3cc8d48188e9"
               "80ce0e0377bec00e9f7d9793583cb66a1f281e31d20b594b5c66a2d9efcc36d979a92bb877a9678f99"
               "1ff60b77e28fac55d64f21c064552a4319eb0a9a1870a76ade3c3a3534ab8353c3e57b2708363859ad"
               "3a6337fc15ffb90980d93743f972d743c3dc6fddb44279079a809abec8113a6f987f71748c036a4daf"
               "353b27a81e6983d56a2d65b71b93128d5569499d10ad1396f094eed77c044e3ce9ef82f0014c25ba69"
               "3928c00b5043b641b016e3569b4bd84d683372538671307321c25e590f14bef241e6d8edf24ff39859"
               "02818100e74a124759a174de33185996b3b437c24ed248203d674a87bcc2e76a667be3f54ac15e8f04"
               "e4c5e540f4e19f402a71d37d39756dcefbfaefb380095b6cfbdf4d78dd20cf085a1f127610e3b7102c"
               "a6bde1825941ab602e9b72c08e4533ac50317138e10bf7edfea30f52ee91ea6628c2cc65e76bafc02e"
               "b9d21ab66ad374ef2702818100d793b4f5514921bfbc47a1e45faa043eea03f052bce600ec4f5c62b0"
               "14a7c45aeb3f4bc02160e7b12dee135e44b227a31854ca833ac706d14670ab5932a269c9b6f9188acb"
               "93e698b4a7dff65bb9c963c2e02b2cea3f2d5cb254e07b616792896e37550cb38171c4c32e0a6543bb"
               "e6acd4e99abeaba1340a961017412b57bc0f0281804dd402049a679730f2169e86f49f8f27c6684236"
               "ff1293e4cb22f6c63a083474251c9e9a17b677d5261f81109a81eddd91c4d4fc076b894c41a5b3005d"
               "d2ff984d3473c6d6f3a4830cd1b01eb8c59db245811c51d9be3ad0ba338b6c43f016e81c465c8c2f78"
               "9977fb3f17e267f2ca828a4f3c29637193079a68bcbb83be547f028180767a352fc5d6bd7794d08186"
               "f3948af4d0c40d664b6ed4ff0ab6a97e403bdbcc6411cb5df27a419bbcb4656c9fb091dc2ed91adb78"
               "883d94f273a598461dc0aa1da754f7a2decc130ce65e4e15274c2949c6cdb3c7a1a51a96dfd2e7bc26"
               "a20069d47b2799d80060b52c2e866ced6ddf7abc50518e1df06e08ff1ae8b41b69bd0281805479dda3"
               "0fc06b63cb5f77e20bb29db7eec7a6b37a5007f9651a46ffb66c90160be5700145c6a08d9737a98c5f"
               "7ba0dcef39352cc5d8612d94fd02383b8e093115376b154fa1cebdf915ddc051a7017d67a238fb4376"
               "749ced94712b117a1d0ca31cd653a1955dd547346d03b21eb0ad3c123fb85e92c8af50a985db10eba7"
               "9b",
    },
    /* [5] Wycheproof rsa_pkcs1_1024_sig_gen_test.json (SHA-256 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 1024,
        .der = "3082025c02010002818100ac9048a7a4f560af91b4fcaf62a14595cb9ca9ec12000fc845e48572113c"
               "ab2890adb011a919575a40760d1f23fe92509c8a5810b6d05990b909dd0f4c6014f2b31b6abd805bac"
               "e99816e2eda41fd7b95405db7c5c8f4cf6babb14f550d5d0dd5179b54951fff6aa9686f30f478db649"
               "b7c7044cc202dccad00343468eaacfbf0203010001028181008505d47c271560aaf6cf65da6d5594a6"
               "9c86f01622ea194071606fde369b65f5a751bce06052409c3a04c6a8b2be935bc0d084829dea8ea099"
               "8398fd2a0b0719ac1a1ae2d133fcc72d9df27b377b9a0109ef1a564e92b66963356b8da48f88fcdbc2"
               "0658f74b542582925ec5cd03fb5e9a527c670465f792a69c1f6c7c5e1841024100d397dcfab4919db2"
               "3bb6b88c4511516f6135e1118277e496130f0cab3a75661010cc98ec8f40cdb0c1ab612c03bbe3b023"
               "d891f46185788fb114437c8a9ae71d024100d0c7805159509ddad70f35b9a76c7c2bd95a844d36b76d"
               "96138cfc7a2a55f88072e8b10ac37463caf9bf8d1014c93a001214d7ce230c8332fb58dadb05d52f8b"
               "0240762d3c4b7dac5292284dbe3701a051864e99e4117e77ede06fd698f1cd5da25a58b79cb58ab0db"
               "f0dbca17249915486ea9269d260b8d9b2f4dec8e60b19d2075024062a4f06eff4944dc6262905ae0cd"
               "343a2f9f42058d85cb646e665de086e249e0beea4cc42e276f03374f9721f30044c445c6cd545b610d"
               "186883ca1c543c2f1302403cfcf044035c1854475e1dba480ac50d2a059f32d18e819c96a3199b1e38"
               "55a653ec0e5577e4d7677d6e0b7a55fc418b13202ee19430228c4bf9d28af8851c9b",
    },
    /* [6] Wycheproof rsa_pkcs1_3072_sig_gen_test.json (SHA-384 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 3072,
        .der = "308206e40201000282018100a07887f373378196b0b748cdf31c14735ccfa0f117acafdaa21fde4b6e"
               "7559390b834e7b92e9e1cc9d49fc0fe6cfb60429652b4bf9a7768f71fc4271ca6fef4e431192ebdc98"
               "630bfb94c5baf18b4cf7881d84483e4c44c22db15a9627705a0b42a26d6f3d6009aee0d2a71bedf4d4"
               "b0ee6b6fec2f16e1277ecaa3bdedba406473a476d1688df0fad1da795526c7e641981b4812b05b692d"
               "60c60b2bfa424c8b620f40dc9dba59e2c710e7ee750b3e134c1f71f43210688aff17aaa41cdb566875"
               "3f0006b1cf951bc5951f4d89a31196985ea55c0966c3662bcfe4e4cd34f12e4afd7e5c4a130739b101"
               "7d6a583882fd72db1a67418702c8b01353ccf75b7b93faec0e0be36211d5f2bd910e1552323711bbeb"
               "73858f899cc1ec063ef67d88e0c699d5a689c52106f06e960f09d2a3cf84f53bbea2a473edf2e6e017"
               "6801d3fa1c2d358e1e5a26f646ac93796ec1fadc6991c0ec19c9dd90b25a2dd3bf73d2cf1eea8867f9"
               "6caa5a2df54973acb2a2da0a1367ec74afbb968f517765238d1769020301000102820181009b88373c"
               "9ecf8daaa05d0513982dff2451306cad4064ff8cc8d65a7e81f0fb296f1f355250729f87d26b830366"
               "92abb81ce711aff1a97e204a3a55ac34a98928319936eda4418ebe6e7923acadb07648f484a751de0f"
               "ce14e6749f7829819bc48e312020513c64263b81f0b6014ceb5911bcd01dfb0611f455cfd224a3e581"
               "c3dad1ecd7ca9ec89252138ec61970669becf1844998e5006c1affd894275b5b153d55cb6808f83566"
               "b7ca8b017430115a62cd97853780efd2c8ac079848dfce3ea766907775047d778b5b47288ef9877fa5"
               "5df06f5c4ca80951c7ce98f16ebad5c90733a5622a4484c94ae7c3438017ed312767bb70e961a192c4"
               "26905b87472c5b7c6c673a5d147881a43758d1a65473a9bec6301f01cbc422168add721a450dd24499"
               "47030039f30d3d0ead874bafe455a32ea65b186abbfc21f163af1c49752696725e0103c4e63cf11172"
               "10dc1cf7eeeabcea960dba93e124da70e3f2c234d3b29438ca8a9c2d6fdea44916ab61a5bdcc209752"
               "d4a847f0e09a8a810f7a810281c100cf3da32cd99c1591aee15c1a2d933b7e5ff4d2dac6e0430bc3b4"
               "1c2a93a16b5abba9496c2efb7695856bf1d38e818c57ae117dac789ff0e725a618a0d5ae4692111174"
               "8298656b0bd76844e323497d46957d5c9e31f186ed64403b911f02b23ca2dfcaba2bbbcb7cbca9220a"
               "2b170d0ab60e5a1f90f957e32d82c7a8362e916f83a98c9f74cd0d08c687afd6bf0d89f23c7cad68a5"
               "d3be8cb86a5fa54870aee4885c60d8051e74fa46a75685d7814e153238727351365b94fdb9ef64253b"
               "f03f0281c100c639e21504b61149d3d240cc9ccb85a584417f2373087b9f2bcfd223974df5c0750821"
               "27bb55d449d6670c5ec550f8033bbdc6a1ec7a67999faee700ca453fa1f37db626fe1ae62784d77428"
               "d8807e270bb5eadb1bf5cb3488827851416535243d3021511b12c2d38e3dcbcd9560b3d9cebe1c4355"
               "82971fa2d60c49ebcbcf4da896a57f280f97a16707d0471c3cf62fa43cc01d5d09452ef08d29ca2286"
               "256ef2feb6067aef00eac0b1d13cc7f49e57182350e5a695e5803dfc987788350e570281c100cb73d4"
               "850c618a5f4a535e0b2920f8f0391dedfeefed6c84d92d31d5aeb772e0518981565ecd69fea24c75cd"
               "5e82da179e00f7e2e14d0bc0b11a5de54fc1d6f0412764bd6d056bd0e5392d1fdc1da28a2fea3189f0"
               "b80fe170610ad98e9b2406195420ff223e2c281a42e4f31c9875aa454ed3b557ab225819eee139c76f"
               "72420afce1dc0d5bdce6f7986fcd2025177f2358b7191c6b430f7d6098e377b9804945818365afa8d5"
               "e87a827f93c81cde5e3abe65c5c63dda2cebe6a51928e0ae1b0281c02ad9a264b6c300d3bbc56c9a8e"
               "9e744286677e2b549795d99fa7ea1e257c05ced7bdad25209afa2c07fbf8b197e7dbe51f09f42156b4"
               "5326e35cf4b4b804e62f852a3cb10b27176f9d88d1a46ec0c00482c48d8355f4f93b5ef30d3d4b6cac"
               "632c12f670c8f0724b372966a00755832b6744b3695ed7bf0168baeaa72420c7ac5af04dd04201b4de"
               "801e3148ddf2d3a912d0cb1acddcce26ca7b497857a435fd58ebf4bf4bddd48dea9fc5c264db1d4b68"
               "7d61e472f15e4e2d98280156e1593b0281c06c29351eb857f399c0c6c55e73d06e5010ea90c7f170dc"
               "f15b0bdb32451be4f4bb846687783da0df865f2846772f1c29f5c0663ee9fffc28e85d6b87db1d2c07"
               "e6c27274028d734bcd0ba4d264ce32d6d03d96ccb49c023518c93df3b34c6a9a2dc4dbaf27db20f040"
               "742c4121e4a5eeade583b5324c33720c299141408dfc9bfb785c846419698b4a71ee126dd723fa6474"
               "e963c8dcfff1c0bc8e34e3275c289f088dc9e54ec58cb48cdae73b251c2cba6d6dcdc4c7aad8ce6835"
               "fde9d6d861",
    },
    /* [7] Wycheproof rsa_pkcs1_4096_sig_gen_test.json (SHA-512 group) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 4096,
        .der = "308209290201000282020100c9a765c2661b4674cff3480e9a5e462ad0ad2fc9bc6fbef62847b3113d"
               "20991f653967971c28252753f5fbacce012c2a8ab592914d269efafa724fa4b920e340930c106f7b36"
               "f79cebf0e62e88e0e476888e9f0e22186acdb6c4523a232b65b4ff2cc22dc44f8a559527d79d7cd7dc"
               "f3773212f7bb9aa133c31165cc663690bf123d73923c838929ccafee59d6c7095b8d4a74baf2d192c9"
               "a4e87c4e12bc58013078b28a7789e82e9f31de1f4d6a2aa6e80632be8e4bdf263e8d49b09416fb19c4"
               "88c07ad8af722ab79182b23028a71e065d02412a9eebc46d7d8f4e03d79238d8c0cb4a97a9a1200ebb"
               "6ec64042ebeccad9567526eeef12c17d94c1049c889970b96e94cc353172a268a49c5e8bee13c15b39"
               "dec44f2c7a1aa37a7a0b6f72290acada32b1d8af1fc3dc8a89487ba81347cbeb1350925d30f9239581"
               "06b49959c871e7c1dba55da0772e362cf8621d78610868b894e16e5dfec96874a93a4cf379b47e7e31"
               "8ce315066d70ee3938140a60148f205085cef8a7700ca3c53d52a5756a63b3b16f153062b61262a684"
               "96210c8be4ef3f9029ca0ea0e3b3a0d5d6d226edbbf44daf8f045dc286ded3c4ec4db6b45347079f33"
               "eaf98e3c95b4b60e79ef4a3093feec543703422ba74a118511c2193b54fe8b633866ed2c705ccbc6e7"
               "d9d3656809ec3d3356e7400a9648ec37505041e3e31af1c02eefe924a67047d3020301000102820200"
               "7bb0b14b4fa435505b69876e65a3a3f8892d61dda53709f4257aed4c8aa91f2351cca74cda1989c898"
               "c88e4a4dc60c583fe2e5f73852933bb13942bef04b4af985f8e56fec2d282ed9ce56f27e452bfdc4ff"
               "6e7295d95251c264a36743c14fce78a2f4ac6bf8ba0a8ac5f88c82524a1610abe7548b7f6a97bc7444"
               "73ded26370bff86f966885ea31787b058197ab58830ea477fb600bcab4e2f133a613f9f125319d272e"
               "a5ea323fbea830ee146725a86133c4167c63ef899edebd2f91769329181325b5748a1146407901a8d8"
               "bf66da94dea20e64dd3c12ad7251df719dddf3fe882b6a22a30ad1061853f748dd83a72839adbd8857"
               "10cff95d554c1bcf043dbb3feef19d498e7d8db5caed36bd0d44470fe7d7d1a1b0eb4c391a0736bbfe"
               "04846ac98d6243a4e3e58b57549ff7f54c92f103b33c9db04fbc6b36fdf5191567a79bb35a0be94a45"
               "480cfc28d377be27da9c2c3cc0bb2a4e910ae44233305af6a87387aab762c63d969714be53c0b8a26b"
               "d20cd63761b373b815330eb92a1fa7e6ab827276335dfec94146548d073ec828f3793a84cafa121261"
               "96a33f5fa2f4f2f6470093e99b2b2d91f2ff9240580965480d56c74be39bf42408a0e41ef60dc08089"
               "8ce3eb530d87b4da4673977055e83d6504a89d60fb2f49703936a2fb391fdc39d59608d500870511b4"
               "58c9e45e53398db152d3871f18d61b9afa4435c90282010100e97acd5f64c460b2cd51cbd70af5b4ca"
               "a2882bf6033a92a23ed80f039e8a32c8a4c483f94ee1bb89c1dc1f6d04360a1c3f654251ad72eb39cc"
               "cbfc38b072054bb0f21b9d516ef272e7cf86f8a8f838eba829e7fe9d803d469a1810fc5b37476333dd"
               "fc0cb6f00e9967970b4e474e04373f8dc92df50fa155e3139bfebf4e1cd274705551f2e9022029bea4"
               "b86664633d13fd90ebdd0b72d95a6508b6b4354e64b187fd81d21a0b1e4a853c27df11d7fe6c8953cf"
               "f6344f50ebaed2513dc03761e8877c71ffa8005331043027b8dfdba97cae037fd5d1fda1f145a200c0"
               "d20f8dccd62e5c489eea8ae827910d3f48bddf0b18dc3089069f96d800de47036859550282010100dd"
               "1abc951ff1474ebfb70807b160b110b1eccef429c8fc8535ab0aa98376a82d3d33af906fb0395750b9"
               "aaccd8723cf73a8c3a6ad5c3a0929178ac55e1bd1ba1bf5da4f7698dbf09e87c84c45ecbbe8f12d3ed"
               "1091bc470eb2c733c31f8d27eba9718ee78db887385bff6b67950b79524482c50daead4db0f5676e4b"
               "92875b5be383ab1cd75e1cadb59cfb5794c17220154aca808f733a636d28c016d9843940bf44bb15ed"
               "191f53449b1651b79554c23e006a56dc0232cca209bf2d3c12cbbc0ed8b3110aabd365b603ea8cdf15"
               "e8b9ac781155f92f39dbf9749f70df003195a6bb169ea0e0d69eb3a18ce8fbcac9be3c710e797acb5c"
               "05a399c2f102947c870282010062f25622fd53741f927ffdc10eb5fe7e79cef7c274afd800c65d4e4f"
               "9c5ab916eb2d15390cc301756a20dd7897f646e69dbf4e11cb4e0e7e1a5ac0734de3a476e570555fa0"
               "69427a8bdf19363c75a5b9c934a94af078ae7f4342bbc016f02062dc5251451a2a3625b10f040d928e"
               "6f9ef262264641baf406b00b596ae6ac35eec2c5f082a04d3b476229972946cb787b2403abed296a76"
               "abc2715af602fd2c51e422dbbeaec9b6b889a0595414673d806782f37008c9366bf6d5c9f000197bdf"
               "146a86c4d131e3a15dfe8661ef297fb01e54a8cafe54d6065177cf263e91476232d2fa26c5e8034207"
               "0ced9e0d99c84dc4282ef8aab991dc9d8210b14bb267590282010100b83b9f0763265894758abd562b"
               "a6b5e3835e1ed3b43d94ac2a9beab674a45a5dd7b14988c087c63fcb33e9ede62cca3ff6b901b4238a"
               "6e31b2a52a742534bde178e33ea22981c2bd2ecb1295cda757913fcef6a9e7c54a302527772a0f103f"
               "434e5d21063040a1eb843cbff1ff6f20183c9dfa33fc68cb63b81806ff518917c6e93cbd47baece058"
               "9e0bc022aa00c66795564c85f301c095384fcc3f3ddfbf15044af0d8c4473aa2d777a29154b74978d0"
               "d0e7ca9867fc8c263898e3c83aa12881f66ebeb4759820181a0b46765c7b1ebb67108ae2a7473ed40d"
               "290d93c3458dbcf00759061452c0ca4cc26d1fe149590a63e9fbaf25e3f78eea8054f22167e1028201"
               "0100c301f6bbe5fb5693f665b26d1a61e1de87e38950a5825270ee68ea5a5667e11a3aed28b2266768"
               "d1a3db3437dbda681ac8294dd50ad0b4bc5cee5694831b8df7354695335740b9b7dae5f7881536da6a"
               "6b2ac4308a0420ad6e99cb779a6338f5012986b1c1c889444d90585fb0dac995ad6e93af7eac717c64"
               "3c4b8e7023cf57cfe284ca911d6dc3132b08e17f4e8759af42b43ac929c0259c3a1d5e5f7c4b247e2f"
               "6461aeff8577aedc710d6d2d56d943c211e47467421539dfc2700663c4068031b695e487ae6910ecb9"
               "c547cbfe12cc6f45b658e2c6f9f8fbe805304194a9d1d9c6d599c5ac5c9ee5fa78c8a4583218f7dc8f"
               "4c8d3adf275eec0e0941fa69",
    },
    /* [8] Wycheproof rsa_signature_2048_sha256_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100a2b451a07d0aa5f96e455671513550514a8a5b462ebef717094fa1fee82224e6"
               "37f9746d3f7cafd31878d80325b6ef5a1700f65903b469429e89d6eac8845097b5ab393189db92512e"
               "d8a7711a1253facd20f79c15e8247f3d3e42e46e48c98e254a2fe9765313a03eff8f17e1a029397a1f"
               "a26a8dce26f490ed81299615d9814c22da610428e09c7d9658594266f5c021d0fceca08d945a12be82"
               "de4d1ece6b4c03145b5d3495d4ed5411eb878daf05fd7afc3e09ada0f1126422f590975a1969816f48"
               "698bcbba1b4d9cae79d460d8f9f85e7975005d9bc22c4e5ac0f7c1a45d12569a62807d3b9a02e5a530"
               "e773066f453d1f5b4c2e9cf7820283f742b9d50203010001",
    },
    /* [9] Wycheproof rsa_signature_2048_sha512_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100c2c4a860236d3c9096a076d6ba5107e0f7bd81e1ba916f7375724bd2b0b0b639"
               "56813715a3457ab0458b71fb35a45b27f9ef7ac3e579dea45dfbfd07819ed6b7021aa5336c58442aad"
               "d96ca9ee9d32473e9d9278562b4d10258ade6a98fb1c7cfdc3b3716ef5dec58cf73b359f389599b4b5"
               "865a9863519eb001c324387da755450db341309360e3807c0565b8e2c44fbd5e6e8d04d006d7ee768b"
               "8e8436082a90fa0e837f32f46087ab4a0d9be28aa7da1794ceb0172a7f50ed20f6df641efbcbfd2aac"
               "89775c761a7310093c671c977fa18b0d6e01fb25f7a432b42c65359784c689205719c1cf6e3a65dae2"
               "da434c326dde81bb6ffffbdbf6de5c16bba7490203010001",
    },
    /* [10] Wycheproof rsa_signature_2048_sha512_224_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100a38fbcf34eef1810cb2ae21fef1e9a1e037f7d25d43e8b4f051ea74c367bddb2"
               "327a7bccc5334fe610f7a9855e2b76c1e9715970c22c274616fd9460d727afe9a149c23b6b9730c13c"
               "4f6213e0c112a49db2e55993b60c520eb73042c7a0b1bfe4e27b11a4c7395057235233fd8ab3898ad5"
               "6a7893077bbc4414b4089a594c9cbec5deca092efb4d84d977b9f37fd982341da963a20af680ff4a77"
               "4ec85a104a684648b0a90b6cc4f7d4808db666ebab808a21020f8c005c6793f196187811935526caf1"
               "b6cee47a0c14e0823f87d7aa82e9f5a635ca116686d2da719cda269c39d863571c606e5ce5334254e4"
               "9648fcfcf502a1321cc071f1000d562723156f0203010001",
    },
    /* [11] Wycheproof rsa_signature_2048_sha512_256_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100c684aef47bc201764a663acdf22e67140410b3d201533b6ccaebf86eda3d81a1"
               "230a1cc5ce2c9e4e102d107f2418d9386f1d3734eb922629b4e7ef464f79fcac53744702a147c1ef8d"
               "afc8eb366284d3419d98e8cf176ccb7f65bada528c222956900e1ec0c2f21e83e3ee30d946a6aa267e"
               "01a28b9c1833b035a881ad1865dfd2a451086a46f38ed137237c5fe368261e3a46712399f3c56ac6fb"
               "de33682ba98c95e435e1dec2d5b9d681ade372622c2dbdbe47b419b4ba23a5defc3f792d4d8373cc27"
               "cf707dd2f3603363a0ffe643dcfda79758ad1ac53d46f1a5ec25df1ddd94780a8f51f88ffb32337f05"
               "395dec93267802db95243f1b62cc3dd8118d2d0203010001",
    },
    /* [12] Wycheproof rsa_signature_2048_sha3_224_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100ad824c3cf3bc2bbb07499e16fe64ea41096ac7d4c62123071d9dd87d86e83f8c"
               "a032531961600cde476b55c489cb218805846174e8bd88eb1ea5fee6458d7119ae8fe49945835b3b49"
               "35796b02c584268edaafe244066eff40a7e5a9368bb85892accee3bfddbc30e8f1519b6e10e5f1e239"
               "b62e16280bb70f456dc074fd9ccd048aff34071336b86f0a23c5485f60414a08cf65b354fe2c6ee760"
               "3e7bbbc43ee435bc4471a963c6fd406ae1b9d268488dc444a8e1538f5e3e72c3382ce3d17290a7f89f"
               "7e1e4b6862a3b4bb117ae98d09943ccd016e1b050b72776e364e21d53d397469f0f028bbbea12f7b07"
               "5564f1114f431e40e78e3e0d5bcfec778a1e610203010001",
    },
    /* [13] Wycheproof rsa_signature_2048_sha3_256_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a02820101009a9978ed8968b4eeff1bba921ec7a8aff62f89c289d2a4576bed7e05ffec8af9"
               "101771f1cde3f5bcabf555021f1023848aa2ad24f3f0c75cdc68e565e806c8fc35393c4503895e622b"
               "8e335ab8a1faddfa0a3eea79361b0662459d58887fa7d0f320230c36f521dfea5cf13d864c4ea1811a"
               "a5953afbac29f1fcb68847640f4711c92742af9c7eca813f2e1e9e794ce3fe5130ed5bb11be3bdf730"
               "d491fc62eb0a26b440f4bf4eb822933fa89b2b9783df06b0b725d09df9365489c30b55bdeffada4d8c"
               "893ce32000e248c172c6e76d5db2185ddd1204b33c3a64d2723500b4912197d13304c80b93357019f3"
               "cbb77834f88d72b3a23e214e288097213876c70203010001",
    },
    /* [14] Wycheproof rsa_signature_2048_sha3_384_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100984ec65b106524355c0c81309694da2aa916984225bf60544e44959ac0e765c4"
               "96b8053bfb1cd1ae3d666c8e3f0f8f7507f1516d68fc9557c5f200fa0d6e994e50ec4215fd313a8018"
               "7158d2d541e22a5a5a42025fe5b781a6111a1041bb08d046026d55544336e5578b02a498cb5b631086"
               "8ebe654b0aaadd76b5e4bc3c10997cfae00cef098c3395899a4163659559978cafd6cf1531cb575ad5"
               "70617c6c206f949b6d4050f2f130154ab17c3ac66b6d551dff03564cf3a8bbe867c75b077a303d5577"
               "1834df840e77b0511cdcf29a3873b738ba5cbd714c6dd144ffc7e7e4438397f1c81f2bb2f763d8232a"
               "7ce343571665fe99d4a61fb6975f8c8c8b98e70203010001",
    },
    /* [15] Wycheproof rsa_signature_2048_sha3_512_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a02820101009fac485187a39c6ec7c20a323c30dc67df9f2156c94a31a4c7befe14d914c15e"
               "1b5c195ba838ff7e2e40702b7dc9a487a0ad748e80a7ecdc79fb72f70d4fa2b76e2221a1db2d469491"
               "7fdc0d4b16d0b6ba9aa8b17904a3688c66221506423ce595c4fc8837a73c6cecfcd5b09f39f849358c"
               "bd5f56165fa683a90553faf8a7db6c95d0e18eff0f4e18b7ae6704470fc00113ca2894df334b426fcb"
               "b2ffa0dcd85e919f18f0c75fbb5614ee8152b07d95fdf57939e8ca81891702f4c3d64653cf15c69698"
               "e0fbdd76fda537cbc9eddcecd57b3d7b95be7f42f4d1c65c4647d02604c8516d2bd3dd9385d8cbda29"
               "6525d690b3fe4cdcb76b4b6833ea929aa9267b0203010001",
    },
    /* [16] Wycheproof rsa_signature_4096_sha512_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 4096,
        .der = "3082020a0282020100c9a765c2661b4674cff3480e9a5e462ad0ad2fc9bc6fbef62847b3113d20991f"
               "653967971c28252753f5fbacce012c2a8ab592914d269efafa724fa4b920e340930c106f7b36f79ceb"
               "f0e62e88e0e476888e9f0e22186acdb6c4523a232b65b4ff2cc22dc44f8a559527d79d7cd7dcf37732"
               "12f7bb9aa133c31165cc663690bf123d73923c838929ccafee59d6c7095b8d4a74baf2d192c9a4e87c"
               "4e12bc58013078b28a7789e82e9f31de1f4d6a2aa6e80632be8e4bdf263e8d49b09416fb19c488c07a"
               "d8af722ab79182b23028a71e065d02412a9eebc46d7d8f4e03d79238d8c0cb4a97a9a1200ebb6ec640"
               "42ebeccad9567526eeef12c17d94c1049c889970b96e94cc353172a268a49c5e8bee13c15b39dec44f"
               "2c7a1aa37a7a0b6f72290acada32b1d8af1fc3dc8a89487ba81347cbeb1350925d30f923958106b499"
               "59c871e7c1dba55da0772e362cf8621d78610868b894e16e5dfec96874a93a4cf379b47e7e318ce315"
               "066d70ee3938140a60148f205085cef8a7700ca3c53d52a5756a63b3b16f153062b61262a68496210c"
               "8be4ef3f9029ca0ea0e3b3a0d5d6d226edbbf44daf8f045dc286ded3c4ec4db6b45347079f33eaf98e"
               "3c95b4b60e79ef4a3093feec543703422ba74a118511c2193b54fe8b633866ed2c705ccbc6e7d9d365"
               "6809ec3d3356e7400a9648ec37505041e3e31af1c02eefe924a67047d30203010001",
    },
    /* [17] NIST CAVS PKCS#1 v1.5 SigVer key, mod 1024, e = 3 (as reproduced in Mbed TLS
     * test_suite_rsa.data "RSA PKCS1 Verify v1.5 CAVS #1") */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 1024,
        .der = "30818702818100e28a13548525e5f36dccb24ecb7cc332cc689dfd64012604c9c7816d72a16c3f5fcd"
               "c0e86e7c03280b1c69b586ce0cd8aec722cc73a5d3b730310bf7dfebdc77ce5d94bbc369dc18a2f7b0"
               "7bd505ab0f82224aef09fdc1e5063234255e0b3c40a52e9e8ae60898eb88a766bdd788fe9493d8fd86"
               "bcdd2884d5c06216c65469e5020103",
    },
    /* [18] Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100bd31c7a02691d2d9587ef6a946ff788544ccadd4b2988ad62086792a6bf96c86"
               "16b4ad13317d2270b901d0fcd1d880cb8f52fb87304a5258c11b38dfeae8df670aeee7ea1d0d9df8e0"
               "0e80847e41e5989ed402d44e78b30fef17b5671d3adbf8685e4dc204499ecd1863e1d5aff28a7cf66e"
               "adf31fec9236c120add13451522c647c9832a672cd64d328c1c322183f4661d09bda60b8dd5f0328da"
               "5420821424afdabb1a80c5d12763a1b0238cd89d0742bfc50b6a2fcb701d824218f9826f4f78a23a2b"
               "5aa42ace7f175376fb6cbdb2bad293ba583d4d31c6b8f9029e46b13689249855f505756e00e225a6a4"
               "5a18769bd8d2b3a4acb9f1c23d3e51882561e50203010001",
    },
    /* [19] Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100cda6fa5ca76bfe0492ec57e0a3bfff7272dc8d1e25ad1fb338aa050f02c104e6"
               "3133d6b5b7c4985ebbae9ac036a5b9c03074d60aec8e25baf392a0c430ff05b88e948805d3dd74511d"
               "8885250a7b574215ada015c559076686e253ccc96c0815b1291ee787cc3363b4f77d930eb998d7c582"
               "b24cea9ce21de9722791989863a27ebc80a00de5bd2f9228775e5a4ceb054d58c9be36a054336971a1"
               "3642dd9510dd696aa268db3aab2299d5d88f8e562434d1427094d3df8e72d1ef69b4ed34d12bac3752"
               "23b2a25cf227f735f816e85e17239304769a6082154cd15899fc1eaefb69b748a3e5ed24d38372597d"
               "e3e4e2a27b951d6ac7db182d6809d8ff511b7f0203010001",
    },
    /* [20] Wycheproof rsa_pss_3072_sha256_mgf1_32_test.json (publicKeyAsn) */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 3072,
        .der = "3082018a0282018100c6fe23792566023c265287c5ac6f71541c0994d11d059ee6403986efa21c24b5"
               "1bd91d8862f9df79a4e328e3e27c83df260b25a9b43420affc44b51e8d7525b6f29c372a4051047320"
               "07527a62ed82fac73f4892a80e09682a41a58cd347017f3be7d801334f92d9321aafd53b51bffabfc7"
               "52cfccae0b1ee03bdaff9e428cc1c117f1ac96b4fe23f8c23e6381186a66fd59289339ae55c4bcdadb"
               "ff84abdaa532240d4e1d28b2d0481dadd3b246557ca8fe18092817730b39e6ee378ffcc85b19ffdc91"
               "6a9b991a6b66d4a9c7bab5f5e7a3722101142e7a4108c15d573b15289e07e46eaea07b42c2abcba330"
               "e99554b4656165bb4c0db2b6393a07eca575c51a93c4e15bdb0f747909447e3efe34c67ca8954b530e"
               "56a20a1b6d84d45ed1bcd3aa58ec06f184ee5857aaa819e1cca9a26f4e28d6b977d33916db9896d252"
               "d1afa762e287cb0d384cc75bfe53f4e922d02dd0a481c042e2d306b4b3c189371e575b25e0005a164c"
               "f69dd0976e4d5be476806ea6be6084e71ab4f5ac5c1b12030203010001",
    },
    /* [21] PKCS #1 v2.1 test vectors (RSA Laboratories) pss-vect.txt Example 1 key, via Mbed
     * TLS test_suite_pkcs1_v21.data */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 1024,
        .der = "30818902818100a56e4a0e701017589a5187dc7ea841d156f2ec0e36ad52a44dfeb1e61f7ad991d8c5"
               "1056ffedb162b4c0f283a12a88a394dff526ab7291cbb307ceabfce0b1dfd5cd9508096d5b2b8b6df5"
               "d671ef6377c0921cb23c270a70e2598e6ff89d19f105acc2d3f0cb35f29280e1386b6f64c4ef22e1e1"
               "f20d0ce8cffb2249bd9a21370203010001",
    },
    /* [22] PKCS #1 v2.1 test vectors (RSA Laboratories) pss-vect.txt Example 2 key, via Mbed
     * TLS test_suite_pkcs1_v21.data */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 1025,
        .der = "30818902818101d40c1bcf97a68ae7cdbd8a7bf3e34fa19dcca4ef75a47454375f94514d88fed006fb"
               "829f8419ff87d6315da68a1ff3a0938e9abb3464011c303ad99199cf0c7c7a8b477dce829e8844f625"
               "b115e5e9c4a59cf8f8113b6834336a2fd2689b472cbb5e5cabe674350c59b6c17e176874fb42f8fc3d"
               "176a017edc61fd326c4b33c90203010001",
    },
    /* [23] PKCS #1 v2.1 test vectors (RSA Laboratories) pss-vect.txt Example 10 key, via Mbed
     * TLS test_suite_pkcs1_v21.data */
    {
        .type = PSA_KEY_TYPE_RSA_PUBLIC_KEY,
        .bits = 2048,
        .der = "3082010a0282010100a5dd867ac4cb02f90b9457d48c14a770ef991c56c39c0ec65fd11afa8937cea5"
               "7b9be7ac73b45c0017615b82d622e318753b6027c0fd157be12f8090fee2a7adcd0eef759f88ba4997"
               "c7a42d58c9aa12cb99ae001fe521c13bb5431445a8d5ae4f5e4c7e948ac227d3604071f20e577e905f"
               "beb15dfaf06d1de5ae6253d63a6a2120b31a5da5dabc9550600e20f27d3739e2627925fea3cc509f21"
               "dff04e6eea4549c540d6809ff9307eede91fff58733d8385a237d6d3705a33e391900992070df7adf1"
               "357cf7e3700ce3667de83f17b8df1778db381dce09cb4ad058a511001a738198ee27cf55a13b754539"
               "906582ec8b174bd58d5d1f3d767c613721ae050203010001",
    },
    /* [24] Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json (privateKeyPem) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a30201000282010100a2b451a07d0aa5f96e455671513550514a8a5b462ebef717094fa1fee8"
               "2224e637f9746d3f7cafd31878d80325b6ef5a1700f65903b469429e89d6eac8845097b5ab393189db"
               "92512ed8a7711a1253facd20f79c15e8247f3d3e42e46e48c98e254a2fe9765313a03eff8f17e1a029"
               "397a1fa26a8dce26f490ed81299615d9814c22da610428e09c7d9658594266f5c021d0fceca08d945a"
               "12be82de4d1ece6b4c03145b5d3495d4ed5411eb878daf05fd7afc3e09ada0f1126422f590975a1969"
               "816f48698bcbba1b4d9cae79d460d8f9f85e7975005d9bc22c4e5ac0f7c1a45d12569a62807d3b9a02"
               "e5a530e773066f453d1f5b4c2e9cf7820283f742b9d502030100010282010024cdc62317f5d72a6f6b"
               "a6cc9632899b01d1ff28867d72f61688995bc855a4e420a8405250089bdb13cf8e09543827b748b9d2"
               "7fbb2b4d9e20af8c5a6a862796d1a4cc18ad16ea678bc1bd4a83bbbe9c5e57453b5ce7388e41a3ba4c"
               "e2b77b4438a229e954f720dae0353dc088ac8a76b26dc276f8e1b7851ddd6398ad16ff2e78195123b9"
               "b036e945c38c9d12434f6df76fe22359eb3e1ac9c011678fc926fad3ae475a4fffff55feb2d147e9c8"
               "94f4c0e29a599e762462482d968bf42780945fc0d2c31c573c4431b8f4fe8b8c67bec815abd44f7a86"
               "edca1c2308737358d2c2ae5e2e0e2dadf730980262377e58b13b7d9992060a0bc870ccfdb4a9319ee1"
               "02818100dc431050f782e894fb5248247d98cb7d58b8d1e24f3b55d041c56e4de086b0d5bb028bda42"
               "eeb5d234d5681e5809d415e6a289ad4cfbf78f978f6c35814f50eebff1c5b80a69f788e81e6bab5dda"
               "a78369d659d143ec6f17e79813a575cfad9c569156b90113e2e9110ad9e7b48a1c9348a6e653321191"
               "290ea36cfb3a5b18f102818100bd1a81e7977f9898122273ae3222b598ea5fb19eb4eabc38308a5e32"
               "196603b2e500ffb79f5b886816611debc472fac45544070beb057c941378a6868af3b7a03d3f9880ec"
               "47d5e089b94fbde542aba9ae8d72c57088d7abf5b131f39098f7bc160f90536abc9492fd4e06f3ed72"
               "99d4b97bb03677207d95669f140cfbc20f2502818100a94b528b28f291599121d91952ffd1c7f21d7c"
               "1479d99d478885fb161870ee1218bf08472612dbe5497e8d9c650688e09c786961ae3e2c354dc48ae3"
               "4514759c4c23c4588488961dc06b414e61c0e1e7fbbd2923d31532fe289f96da220711e58c14019808"
               "e00414276933bb07e4efb9b4a9b37656917205209f33f09515d7c10281803af0e72a933aef09ff2503"
               "df78bafed531c02ff1a2bc437c540cdcbd4ad35435cf511763596543480629b114ca7f780ff7efa32e"
               "a0cb6e000d6d9ea1f2ef71fd9cf9948422a165557e37e755edfe70d90b920502eb478bc98a63f788ce"
               "3a0f856d6ede7251a383bfa8fa480a81a925af7b3cc538c4bab8c9f7597ffb68011d8d0281802640fb"
               "fbcfefb163ee7a87b6483a66ee41f956d90fa8a7939bfc042ee0924b1b7993d0445f758d51933e8517"
               "9c0320b0c968b48a91c38b5be923e1097c0c562f88d42294b6a2759bafa5428a74f1270874e45f6fcc"
               "60f21602de5eccd143cf31241f5921b5ad3983fb54ef17be3b285367e50c999c67247b552fe4bfce94"
               "5f7b",
    },
    /* [25] Wycheproof rsa_oaep_2048_sha512_224_mgf1sha512_224_test.json (privateKeyPem) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a50201000282010100a38fbcf34eef1810cb2ae21fef1e9a1e037f7d25d43e8b4f051ea74c36"
               "7bddb2327a7bccc5334fe610f7a9855e2b76c1e9715970c22c274616fd9460d727afe9a149c23b6b97"
               "30c13c4f6213e0c112a49db2e55993b60c520eb73042c7a0b1bfe4e27b11a4c7395057235233fd8ab3"
               "898ad56a7893077bbc4414b4089a594c9cbec5deca092efb4d84d977b9f37fd982341da963a20af680"
               "ff4a774ec85a104a684648b0a90b6cc4f7d4808db666ebab808a21020f8c005c6793f1961878119355"
               "26caf1b6cee47a0c14e0823f87d7aa82e9f5a635ca116686d2da719cda269c39d863571c606e5ce533"
               "4254e49648fcfcf502a1321cc071f1000d562723156f0203010001028201002b24625411297ac10f3d"
               "e7f84163e285f1294312e3d97d7861e2d481034c07cd9587fe38a47964e54beb6f9108a6514453b57c"
               "c083cf0eaaebac866346cd2696eadea03779291f8890c66599d5aa47a7191b93685dd0628e90681c78"
               "38dcb795e4a3229024551256912d7564d6472c15270424f9d9da5af66d44c2ba143062c6f78c2b8b71"
               "42bd607a440bc0fd975b3c47eeeef249443901d13a7555abd6b269a8977a180f8c33aafbb29945437e"
               "96fa63c743481f8565eb0cafbf6329e7c4aaf994e63c307d1db55a9778178ceaab79a66959626eba5c"
               "3c47f8ef42311f4a9bc4efcbbc7150e46068bdedbd600429584af196cceb58bcfb608cd2eb63bf4949"
               "02818100cf1a10979d8a1f7893cf63c2a9d4f5ca59d4131057141b7f3a7d534740f05c096d12b91f3c"
               "84ea8f76e18e52011c59bcfae7ed0b99c879ee0239f47c0d3595892ae81e42572457c1371ed850fe87"
               "3f8e89b3573e9cafc55ea40fa820e4c6394ca4502507302b7584d30c772c3ed893beb5a8896bd5ea9d"
               "bf6fdc175ccfe908f902818100ca2df29e5e31c9f248b1e74933325fdcae4752bb938d397977e85bf4"
               "60c70ceb3e39dde6a80c1b6686384a7dafd42f7357a242e648a9726ad52ddb253c459bb2c1d58818f5"
               "d5b73998042844d8aec83842c5588b99008b54b0dc0b046110fdc906d26b9c32699f9b4146e67a32b9"
               "797efd9a2e6dd5406dd2a7a43b4730c1d3a702818100b129cbedd73fb42252d783b09fd5e4994074d2"
               "061567c709f48007409a05c3c5f07fa6cb58db1f48b0dacd03cb9d740adcdc90046f7e7707aaf1e6fa"
               "43d685e03c4b2aaf779a4853aa1281dbef90c546eaf6f6f841d37f54b1a60f1e6c7641c8157bd5e12b"
               "4cd21058f67defe4a722e46ec40922ad713196f55ae2c56bba1f0902818100820b2fe5619d10d240a3"
               "fdaa7dbdc71f41122b4aefcb84ce76ac048999be2eb7195d4b37d39b85fc5a14d70525158c37da844a"
               "17a96124714711a9c5b790e667027a8081dd8e4bbe45e356ab81dc5a78a5aa1e1c1c9bd702f08778a6"
               "a670b16c9e70b63acfca54991e51a669af3ad1c53705f71b3a71a8b238965072a80fe43d02818100c8"
               "1a1e220957e1be8def9ed8ae40fcfd0af6b2605325f138568457b3245b955a94c1a832bc68c0eb60f4"
               "2848207ad5fc782e305fc69f2be07ab59d53f37619ae94373abc1f536c817a308c8ed139052ebd4519"
               "84ffca212c599449538fe74075a4a137f0858b17158ed367eb1d6f85161e339fcf04449c1bb9f55e5e"
               "8ab28e54",
    },
    /* [26] Wycheproof rsa_oaep_3072_sha512_256_mgf1sha512_256_test.json (privateKeyPem) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 3072,
        .der = "308206e40201000282018100aabaf2e20ee6ac6771c508c34dfa43e088d1eeef9445998c6fc1f72d82"
               "acd0b4e2691db5b4ba34cba553d759f9e98f2e4c29f2cf748213435339899234d80cd6096c9b4a8c5b"
               "c8573073c8702be47c5d5b94a495d93205e89178055ed0003ce1cf500c33542ca5ffde45e7ea0d0756"
               "a3361abaa7beac1972a5c47205d12e67ef22e23fb00ccb90f7422f8c14090b59be6c9776378f828b7d"
               "a105419b10d3dc21886e3dba4b948a751b316020ad33fffd4d68b4007b7f87aca2a6dba5f16c8c1d00"
               "fd24a841f8d8f0de34f6b6f36951c177a994ce8d48e24ca2ded49ec6998b56b7708b8e4221f3ddfdfd"
               "cd5928bac0fdce99f289f61754f1f44f407f9c081bf00d474c3413adf3aff4169de08c166b9c48c259"
               "f1f9837d6bfb96b491684b1a9c1d87f73589e5686c2c85effa39ddba1f917b247ff4cbe71ee6a715f7"
               "30eeeb25f9e4f24d5ae63f04401a309b002b7d8cb07497d6fa2c53ce8baf05e66611f3fa356e1102d9"
               "005177cfe6a9867b321a855167a3629230d75d325285d5e4c96d1d02030100010282018036149cee35"
               "892530694de00e398b9e67a7ff53dfe90838f0cecfd2b3c4526893fbaa0f62a8fa58d1ef2f452677ae"
               "df8f6b49d8639584c4844d7f0ad058d3dd110990310aa6b6461a343b60d1035e4f74a5174b213a5909"
               "9d17433cf4410fea391f19bc9b9fbcbae2776e8e5d49be3ad7dd420f4126794e604e1911833d352570"
               "0f0d3ade51d743b6c6ecd7c2daf090ff6c5777f7768a841409e6e7d6ae3865e0eb5dfc48a03b4fb673"
               "a42ace7efedb4649f872183b06751c1eb39b1d1001f1c993bccda8ae46cff9f437654a32620f6f95fb"
               "0dba7d70f048b6b2102c8336c75b75d5e1f5041d0e296677636c020089abdf8a8f19df3242233fd3d7"
               "2a9bb3d472fb64c641fa60c5849d83615589cd4b3cf2eb36907a3fb1855ef1def431d1a34218b650ff"
               "ec90643e8a6968ece05989e72923d2d3e31717658a64822c664965d40c89e4a2002eaf32d269529f56"
               "50f0bcf0ace79f9444008a129b63cc7bbff5d88d35f36fcb1474b164c5b4c9f50bab0f4c61d6781615"
               "1ddf357b370397b4c6830281c100d290606bbebb376004913b5cfaf0cf8e747aa6cd8ef81bf8387799"
               "6b3e30ea07224cef609f5b4f0dfb171aeaa99895609e66a01905fc359d1acd7bfacb3b76678b428a72"
               "ac4e6b2f2747a0a6a1ea20cd7f964ec592b580f6b145aca58df820e78a6383cedf990862f23485d99c"
               "251191678f791773f77e0927cbce9ac1775851b7ff81c4b79e9c1c1bdec23cdaa8b7a85bb84908f0a6"
               "9f04acf0334954c903ab5e4213319f71f5076609ae7118ea6c91a923555b1be1790125924b98dcae7d"
               "e30281c100cf92252d149054a00275994f03014820a210324f039694ebc0246520cefc51e449c83109"
               "17083ebcc74940dba080a4335f9c4cd19a3b86a70c0a86bcd3ed1ecb0ed0097612ec2f09bb1b4013d0"
               "737eb70ec52aa7680ddf96bf234ff981bf605545028152107801cf72184d6284fdbb391af4cd34f205"
               "cfbb7fa19d69afb302cd394bac67ccfee63691df1d96434060e26887a5d471e402577abac5dd3768b8"
               "f4fc1faebfe2e13095510b5f3572c8d0d841c852dd368d78bbaa5d0348d7bc58ff0281c1009c468b49"
               "6c4586d3bc900d7ef4bfc54bf52712a57d76a74b929d314066e7e6c964abb4fe0147c3649cf68903a0"
               "db9e02178e13447f2cb09de94698bd8a1897c84193212dfab438d8c64e62ed493e7b1a099784df1e03"
               "97b37fde3644a9197f525963827007838cb5e30d184a69991970d16baa73bd9df1ecd99c69ba71dc21"
               "b084df1d70e2d6d50607a94c7fddc95a85998d2ca775f43411444901c76b25c5936a619fdd34795f62"
               "1e59111edf5f1d34fe533b0663aaf423e5beae5cc56cbc010281c100939560b365cc9d2ecbb0db994f"
               "14a938f2a1bb736ca4b32bd008d0927c38f0ecf4fccec89cc4b2febc5f3c2b2c3a6b054ff4acb5d708"
               "7ddbe5f6d2080e52a9334d4be37e3d440ac9cb6c3baa1aeb136c8aa6eb85edb8f78192534438ade4e9"
               "549765899754b84ee935414c3c413cbad286750a369be23fea1b7c4894ed64c5182fa5bb666e5dca47"
               "807df7e66fd8a54a3572451901055218eadd4373df42a9471ec0541a80f105ff1489965f4546bd1f15"
               "de9df445265f7267560cd0ccfb50f70281c0345f98b1cd5769420ff166410155952ae931740ede5d70"
               "fc67cdc24dbeef8eeebe86184507245cf38cbcc34cc1fd037af5c774fd8b1bdeaa37b71d489d4340bd"
               "08a21e2f59f22962f3abd9ff642e2e74ef63e9d99d659a1b329d67a03607a8b79f9d51e46f69b0dc8e"
               "29c105d3bd131085ff5fadc0137633a3a53758d09b7891202818eeb2a7a2ccee640bfd40a61ac23f2a"
               "3d1633de25c4366f0c61a47c9a5cb0f60f24853d137117a99c361d2582de6029b20cc4795e7e5f096b"
               "5044ea3ddd",
    },
    /* [27] Wycheproof rsa_pkcs1_2048_test.json (privateKeyPem) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a30201000282010100b3510a2bcd4ce644c5b594ae5059e12b2f054b658d5da5959a2fdf1871"
               "b808bc3df3e628d2792e51aad5c124b43bda453dca5cde4bcf28e7bd4effba0cb4b742bbb6d5a013cb"
               "63d1aa3a89e02627ef5398b52c0cfd97d208abeb8d7c9bce0bbeb019a86ddb589beb29a5b74bf86107"
               "5c677c81d430f030c265247af9d3c9140ccb65309d07e0adc1efd15cf17e7b055d7da3868e4648cc3a"
               "180f0ee7f8e1e7b18098a3391b4ce7161e98d57af8a947e201a463e2d6bbca8059e5706e9dfed8f485"
               "6465ffa712ed1aa18e888d12dc6aa09ce95ecfca83cc5b0b15db09c8647f5d524c0f2e7620a3416b96"
               "23cadc0f097af573261c98c8400aa12af38e43cad84d0203010001028201001a502d0eea6c7b69e21d"
               "5839101f705456ed0ef852fb47fe21071f54c5f33c8ceb066c62d727e32d26c58137329f89d3195325"
               "b795264c195d85472f7507dbd0961d2951f935a26b34f0ac24d15490e1128a9b7138915bc7dbfa8fe3"
               "96357131c543ae9c98507368d9ceb08c1c6198a3eda7aea185a0e976cd42c22d00f003d9f19d96ea4c"
               "9afcbfe1441ccc802cfb0689f59d804c6a4e4f404c15174745ed6cb8bc88ef0b33ba0d2a80e35e43bc"
               "90f350052e72016e75b00d357a381c9c0d467069ca660887c987766349fcc43460b4aa516bce079edd"
               "87ba164307b752c277ed9528ad3ba0bf1877349ed3b7966a6c240110409bf4d0fade0c68fdadd847fd"
               "02818100ec125cf37e310a2ff46263b9b2e0629d6390005ec88913d4fb71bd4dd856124498aaeba983"
               "d7ba2bd942e64d223feb7a23af4d605efeea6bd70d39afe99d35a3aa15e74a1768778093be0edd4a8d"
               "09b2def6dc9b67ff85764625c2e19236db4c401ce30a2572d3ecb4f969b7ad19c522c02d774465676e"
               "1a3776c54d6248348b02818100c2742abcd9897bd4b0b671f973fc82a8f84abf5705ff88dd41948623"
               "afe9dca60dc6543390767feaebeb539576ee8bfa61b5fcbca94a7cef75a09150c540fa9694dd8004ad"
               "23718c889049219369c99f4458d4afc148f6f07df87324a96d9cf7b385dd8622414a1832f9f29446f0"
               "50c2d5a6407649dc41ab70e23b3dcc22c9870281810096a9798d250263400bb6277342881627e07cec"
               "df91187b01b89ff47314188a7c20fb24800156d2c85d5666e8df6ceff9f9804ddfad80ff5767de56ec"
               "c029c72bf6c717df9f64daafc29acf9dc7908f9a0ad67e20e8949936ccba18d021a2c4febb04349a2b"
               "2047c4901385b6e5d0c691d118b33f81802b32ac272ef09e42fad50281800554f41b0b87f68a45722b"
               "3be0cf4ab1e165034c1a91002ab8f29e9ef9e2dab6fee7b2455bafb42037e9d2f7e533f348a147412f"
               "d72080be7c2633f5d802c91c39e6bcece3e675e59995033c55737020dad9e8b30d04b828adfb9304ad"
               "54a11a35a4f50709876ac5b118236ba76a4d7c9a291dd9607b169de1d182385691999f0281801c6401"
               "89d9bfe8c623833210a76c420c6f44e5d760e259916cec2ae2b156456960fd95e2747660c389562250"
               "f055049cfab7e5c3039549384a7a2aaeb1c824d3af709482a8cf9b587022a00b1f0722db50f33cb26d"
               "c20dd2245d5265df61ee2983c938c2167dcee121fc4b4479c237e728cf633ab60a8c0ecd04fce7e3ba"
               "a559",
    },
    /* [28] PKCS #1 v2.1 test vectors (RSA Laboratories) oaep-vect.txt Example 1 key: p, q, e
     * from Mbed TLS test_suite_pkcs1_v21.data (d = e^-1 mod lcm(p-1, q-1), CRT values derived) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 1024,
        .der = "3082025c02010002818100a8b3b284af8eb50b387034a860f146c4919f318763cd6c5598c8ae4811a1"
               "e0abc4c7e0b082d693a5e7fced675cf4668512772c0cbc64a742c6c630f533c8cc72f62ae833c40bf2"
               "5842e984bb78bdbf97c0107d55bdb662f5c4e0fab9845cb5148ef7392dd3aaff93ae1e6b667bb3d424"
               "7616d4f5ba10d4cfd226de88d39f16fb020301000102818053339cfdb79fc8466a655c7316aca85c55"
               "fd8f6dd898fdaf119517ef4f52e8fd8e258df93fee180fa0e4ab29693cd83b152a553d4ac4d1812b8b"
               "9fa5af0e7f55fe7304df41570926f3311f15c4d65a732c483116ee3d3d2d0af3549ad9bf7cbfb78ad8"
               "84f84d5beb04724dc7369b31def37d0cf539e9cfcdd3de653729ead5d1024100d32737e7267ffe1341"
               "b2d5c0d150a81b586fb3132bed2f8d5262864a9cb9f30af38be448598d413a172efb802c21acf1c11c"
               "520c2f26a471dcad212eac7ca39d024100cc8853d1d54da630fac004f471f281c7b8982d8224a490ed"
               "beb33d3e3d5cc93c4765703d1dd791642f1f116a0dd852be2419b2af72bfe9a030e860b0288b5d7702"
               "400e12bf1718e9cef5599ba1c3882fe8046a90874eefce8f2ccc20e4f2741fb0a33a3848aec9c9305f"
               "becbd2d76819967d4671acc6431e4037968db37878e695c102410095297b0f95a2fa67d00707d609df"
               "d4fc05c89dafc2ef6d6ea55bec771ea333734d9251e79082ecda866efef13c459e1a631386b7e354c8"
               "99f5f112ca85d7158302404f456c502493bdc0ed2ab756a3a6ed4d67352a697d4216e93212b127a63d"
               "5411ce6fa98d5dbefd73263e3728142743818166ed7dd63687dd2a8ca1d2f4fbd8e1",
    },
    /* [29] PKCS #1 v2.1 test vectors (RSA Laboratories) oaep-vect.txt Example 2 key: p, q, e
     * from Mbed TLS test_suite_pkcs1_v21.data (d = e^-1 mod lcm(p-1, q-1), CRT values derived) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 1025,
        .der = "3082025c02010002818101947c7fce90425f47279e70851f25d5e62316fe8a1df19371e3e628e26054"
               "3e4901ef6081f68c0b8141190d2ae8daba7d1250ec6db636e944ec3722877c7c1d0a67f14b1694c5f0"
               "379451a43e49a32dde83670b73da91a1c99bc23b436a60055c610f0baf99c1a079565b95a3f1526632"
               "d1d4da60f20eda25e653c4f002766f4502030100010281800823f20fadb5da89088a9d00893e21fa4a"
               "1b11fbc93c64a3be0baaea97fb3b93c3ff713704c19c963c1d107aae99054739f79e02e186de86f87a"
               "6ddefea6d8ccd1d3c81a47bfa7255be20601a4a4b2f08a167b5e279d715b1b455bdd7eab245941d976"
               "8b9acefb3ccda5952da3cee72525b4501663a8ee15c9e992d92462fe3902410159dbde04a33ef06fb6"
               "08b80b190f4d3e22bcc13ac8e4a081033abfa416edb0b338aa08b57309ea5a5240e7dc6e54378c6941"
               "4c31d97ddb1f406db3769cc41a430241012b652f30403b38b40995fd6ff41a1acc8ada70373236b720"
               "2d39b2ee30cfb46db09511f6f307cc61cc21606c18a75b8a62f822df031ba0df0dafd5506f568bd702"
               "40436ef508de736519c2da4c580d98c82cb7452a3fb5efadc3b9c7789a1bc6584f795addbbd32439c7"
               "4686552ecb6c2c307a4d3af7f539eec157248c7b31f1a2550241012b15a89f3dfb2b39073e73f02bdd"
               "0c1a7b379dd435f05cdde2eff9e462948b7cec62ee9050d5e0816e0785a856b49108dcb75f3683874d"
               "1ca6329a19013066ff02400270db17d5914b018d76118b24389a7350ec836b0063a21721236fd8edb6"
               "d89b51e7eeb87b611b7132cb7ea7356c23151c1e7751507c786d9ee1794170a8c8e8",
    },
    /* [30] PKCS #1 v2.1 test vectors (RSA Laboratories) oaep-vect.txt Example 10 key: p, q, e
     * from Mbed TLS test_suite_pkcs1_v21.data (d = e^-1 mod lcm(p-1, q-1), CRT values derived) */
    {
        .type = PSA_KEY_TYPE_RSA_KEY_PAIR,
        .bits = 2048,
        .der = "308204a30201000282010100ae45ed5601cec6b8cc05f803935c674ddbe0d75c4c09fd7951fc6b0cae"
               "c313a8df39970c518bffba5ed68f3f0d7f22a4029d413f1ae07e4ebe9e4177ce23e7f5404b569e4ee1"
               "bdcf3c1fb03ef113802d4f855eb9b5134b5a7c8085adcae6fa2fa1417ec3763be171b0c62b760ede23"
               "c12ad92b980884c641f5a8fac26bdad4a03381a22fe1b754885094c82506d4019a535a286afeb271bb"
               "9ba592de18dcf600c2aeeae56e02f7cf79fc14cf3bdc7cd84febbbf950ca90304b2219a7aa063aefa2"
               "c3c1980e560cd64afe779585b6107657b957857efde6010988ab7de417fc88d8f384c4e6e72c3f943e"
               "0c31c0c4a5cc36f879d8a3ac9d7d59860eaada6b83bb020301000102820100056b04216fe5f354ac77"
               "250a4b6b0c8525a85c59b0bd80c56450a22d5f438e596a333aa875e291dd43f48cb88b9d5fc0d499f9"
               "fcd1c397f9afc070cd9e398c8d19e61db7c7410a6b2675dfbf5d345b804d201add502d5ce2dfcb091c"
               "e9997bbebe57306f383e4d588103f036f7e85d1934d152a323e4a8db451d6f4a5b1b0f102cc150e02f"
               "eee2b88dea4ad4c1baccb24d84072d14e1d24a6771f7408ee30564fb86d4393a34bcf0b788501d1933"
               "03f13a2284b001f0f649eaf79328d4ac5c430ab4414920a9460ed1b7bc40ec653e876d09abc509ae45"
               "b525190116a0c26101848298509c1c3bf3a483e7274054e15e97075036e989f60932807b5257751e79"
               "02818100ecf5aecd1e5515fffacbd75a2816c6ebf49018cdfb4638e185d66a7396b6f8090f8018c7fd"
               "95cc34b857dc17f0cc6516bb1346ab4d582cadad7b4103352387b70338d084047c9d9539b6496204b3"
               "dd6ea442499207bec01f964287ff6336c3984658336846f56e46861881c10233d2176bf15a5e96ddc7"
               "80bc868aa77d3ce76902818100bc46c464fc6ac4ca783b0eb08a3c841b772f7e9b2f28babd588ae885"
               "e1a0c61e4858a0fb25ac299990f35be85164c259ba1175cdd7192707135184992b6c29b746dd0d2cab"
               "e142835f7d148cc161524b4a09946d48b828473f1ce76b6cb6886c345c03e05f41d51b5c3a90a3f240"
               "73c7d74a4fe25d9cf21c75960f3fc386318302818100c73564571d00fb15d08a3de9957a50915d7126"
               "e9442dacf42bc82e862e5673ff6a008ed4d2e374617df89f17a160b43b7fda9cb6b6b74218609815f7"
               "d45ca263c159aa32d272d127faf4bc8ca2d77378e8aeb19b0ad7da3cb3de0ae7314980f62b6d4b0a87"
               "5d1df03c1bae39ccd833ef6cd7e2d9528bf084d1f969e794e9f6c10281802658b37f6df9c1030be1db"
               "68117fa9d87e39ea2b693b7e6d3a2f70947413eec6142e18fb8dfcb6ac545d7c86a0ad48f8457170f0"
               "efb26bc48126c53efd1d16920198dc2a1107dc282db6a80cd3062360ba3fa13f70e4312ff1a6cd6b8f"
               "c4cd9c5c3db17c6d6a57212f73ae29f619327bad59b153858585ba4e28b60a62a45e490281806f3852"
               "6b3925085534ef3e415a836ede8b86158a2c7cbfeccb0bd834304fec683ba8d4f479c433d43416e632"
               "69623cea100776d85aff401d3fff610ee65411ce3b1363d63a9709eede42647cea561493d54570a879"
               "c18682cd97710b96205ec31117d73b5f36223fadd6e8ba90dd7c0ee61d44e163251e20c7f66eb30511"
               "7cb8",
    },
};

static const struct rsa_sig_vector rsa_sig_vectors[] = {
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 65 (acceptable)",
        .key = 0,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .msg = "",
        .sig = "0d7e029e2119e60e585409b4b27bda676a1ad736008f4b1febfc36b64c6920024376f8b9d8f13590c2"
               "81dbb1bef7bba3212fd0259cd6aac4ecc955e305be645cfaf7b03e8c871b4076d05fde7cd15cc5aeea"
               "187f3c4c1774983baaf46ca638f2a6e95dfcc20c9b6e1dffa7739f138422a36d92ea83eecd9955c704"
               "6ae86506ca7a892a1f61ed3a7ee472ccc31fbd20fff87d3ef35f5a10b6dab475a3230a78b0a9197387"
               "41807b6c482750154f62b3c59039aa4a0e359b43ba4c3b2185176b80db5ce99efdcca1e3e03d08b660"
               "822b71d85614b79e55fabea1a79f23da031230d6c27e2ffbc59d57e9c6da1f7e4579c3a98facd77223"
               "6f787633dab9738d48bd",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 66 (acceptable)",
        .key = 0,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "32f17d854cd2a5ff46b805ac0966458573acb138de56a9d55673ed260b6a2e965fb0455853b4a94d05"
               "ffdfdc7dd7ab6c1d787fc8bf26f47b9682252b7a201821c62bf2237f7b95523a868b0bd9e7ff4b3f00"
               "8f15f19655122a72764ba2ff58f8bee0f1223c1914ab4d309b74ffc97931842dcc99ed88e1dbade98a"
               "3ab4bae03f323111a5a1360340fa60fead3c0d9df1fb625b4559c690adef10714c10ed7a4dc7e5f2fb"
               "84e83db7229768f5dd51c60c48dbf7d7c865c38d2a5213fe00b2c4d7a0821d8f337513a3abcfab7e68"
               "22f96ebfad79c84526eb0ae4a05048c4f5a62cb5f9d49cc6b94055cc8dd2f9b3e249d45cdaa85bbc41"
               "e6f0613596e71c07efb4",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 67 (acceptable)",
        .key = 0,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .msg = "54657374",
        .sig = "a0e86ac8060a42bdb3e46e1e3243b87f831483cf73ed6cbb6b30f442e80abd04ef351de45b9952c807"
               "497381f3d4c802d7985c73895243e79887211b1c1bf23c1510bea2f038e03cbdf368844ec4513f5541"
               "079cfec0e6e0c2136524bbb90e670cc554919b6ce40f668ddf603e9188ce4c2d83e29df3880b9ba547"
               "3a676a6bc39e39e6d560587db7b9a5bae659df1c65184d20b0237404d86da670bf24cad739686946a5"
               "5e2e6e6651e8ca79f7459b1b00a5847400b9675c403ef1f547b0f27ddbd44f91c16c5e4ccf3d271973"
               "271752e67e17955ab3a3aba53f27dca6676de79e1bf69a177d1a38d1038572407f620c2a66692d9208"
               "c10a7d7e520d5e2597c2",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 73 (valid)",
        .key = 1,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_224),
        .msg = "",
        .sig = "19c576f191c273306ec6ee9e26c673bdcf3f821adaf13a0759df7787511ddb096e964f5dc199ccc5cf"
               "131f855065d6ff0a6c720651477d9026bed82d201f6e84a23b37725fd24f5b75aedc2afa24524e7222"
               "c0dd7c6d2742430bab3ec46d12204a94a533e2a9147723d087d619e07873a4261c420226ec1869abd7"
               "0117c787d4b1827fe98779287451086354292bbb90617ceb391122efe70887710c5cb4549d163d37e7"
               "9b33c1b336826cb53b648689e6da54241d20df822cf7770d7beaef4bb00068252786580a88cd00e93f"
               "5ef42b69efa7c364b98749fe734ee7bd13d0aca585d84e4fe4b29478697170280a5921278997ef9856"
               "f7372b6995d7eb43ce0c",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 74 (valid)",
        .key = 1,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_224),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "ab2e758c8de97282a7ede3401680ead187cc08658be0041f108851149a9b9d2588d5ca544039533eeb"
               "d0305c07f394504d91a578f5764267149d4ef70b88a2a3f8cf0b1061d06882af53a88bef195aac8729"
               "4dc833d80f42d942f3a59bb242b187e23bb89a068bb4c8a215247d04aec57f81f75c14e711b5878b04"
               "863e715d0f359ad13f008b79342b7a4ca095fd021f639e8f48860c1eafe6fa19162c2632a2d3a05330"
               "d149f3ea6c9aed9f89fa3f7bcb2cf2a3d1af0484178710c21c046a812f3b8d68027173ff5aeb1ad19e"
               "a6639e2d886eabf8149a8fb491d2c36ccfc4da2a9785a992046f24a93d2dd7765a171cd8ecb68b94ee"
               "70b0e5bf791967267251",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 75 (valid)",
        .key = 1,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_224),
        .msg = "54657374",
        .sig = "61c702c72b0177ac857e52707c1a40b84a1859bf1d7d1cdbda643f924e8bab7c3d3eb2065aff837e92"
               "f93836fd54ea52e085e19cb0cb59fa58afad48480c2dac579315340883886e78456ce750fc55b6c188"
               "b716bda7957ff547222f0cc1462344de4bf078ec19f1ba5901a0e5f40d93dbae4aac407834b272a2be"
               "82c8da085a3e1e9e0a57d3f43d26462566f0aeade04ee8981fec8d7e34c916fe78c0c5c43781bab2fe"
               "cab654fa55ac99182545d0ddf070d41f67efe0737d8ecab3411720c84862606c8e4b53e60faa1c9a98"
               "386e92b03d676b53e3fdbca3bdf0187ddc50086cf82ca6052be55fbb7f3bdb6c6c0432defa5634797c"
               "23b494c3880846169b67",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 81 (valid)",
        .key = 2,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "840f5dac53106dd1f9c57219224cf51289290c42f20466875ba8e830ac5690e541536fcc8ab03b731f"
               "82bf66d83f194e7e180b3963ec7a2f3f7904a7ce49aed47da4d4b79421eaf937d301b3e696169297b7"
               "97c32c076a12be4de0b58e003c5123051a84a10c62f8dac2f42a8640008eb3c7cccd6760ff5b51b689"
               "763922582845f048fb8150e5a7a6ca2eccc7bdc85349ad5b26c52137a79fa3fe5c29ab5cd761501321"
               "9c1941b6708e9c3c23feff5febaf0c8ebca5750b54e3e6e99a3e876b396f27860b7f3ec4e9191703c6"
               "332d944f6f69751167680c79c4f6b57f1cc8755d24b6ec158ccdbacdb23107a33cb6b332516c13274d"
               "1f9dccc21dced869e486",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 82 (valid)",
        .key = 2,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "8a1b220cb2ab415dc760eb7f5bb10335a3cca269d7dbbf7d0962ba79f9cf7b43a5fc09c99a1584f074"
               "03473d6c189a836897a5b6f8ea9fa22d601e6ba5f7411fe27c638b81b1a22363583a80fce8c7df3e40"
               "fb51bd0e60d0a6653f79f3bcb7ec3e9dc14cfb5b31ab1735bca692d50ac03f979dda92747c6430f804"
               "5efa3513ba6e0ce3e9e35570e1c30c8ebe589b44192e1344ca83dfa576fc6fdc7bf1cd7cee875b001c"
               "8c02ce8d602769e4bd9d241c4857182a0089a8b67644e73eef105c550efa47a40874289395ac0c4e02"
               "fd4ba98e130a4c2d1b95521c6af4a002ac3bdc6e52122ae4c08cc3da1c896e059acbddec574ac0432f"
               "6103dd97273d8803c102",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 83 (valid)",
        .key = 2,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "54657374",
        .sig = "264491e844c119f14e425c03282139a558dcdaeb82a4628173cd407fd319f9076eaebc0dd87a1c22e4"
               "d17839096886d58a9d5b7f7aeb63efec56c45ac7bead4203b6886e1faa90e028ec0ae094d46bf3f97e"
               "fdd19045cfbc25a1abda2432639f9876405c0d68f8edbf047c12a454f7681d5d5a2b54bd3723d193db"
               "ad4338baad753264006e2d08931c4b8bb79aa1c9cad10eb6605f87c5831f6e2b08e002f9c6f21141f5"
               "841d92727dd3e1d99c36bc560da3c9067df99fcaf818941f72588be33032bad22caf6704223bb114d5"
               "75b6d02d9d222b580005d930e8f40cce9f672eebb634a20177d84351627964b83f2053d736a84ab1a0"
               "05f63bd5ba943de6205c",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 89 (valid)",
        .key = 3,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .msg = "",
        .sig = "c5b6f5fd8ea320880e9e27b0026b1d63bcd1152c72855853294b7683a759dee042be8bb0c350b0c31a"
               "ea76e1ba2c6d79920c3e21b6e97b6cf46fabf92a701a7555540dd7c325e7c657fd9a079bc5a58923d2"
               "ccaef51014acd6fc6e5296960362a94688f2cb2675d5062c5101c3875399b95143511e6ea156ebbdd3"
               "2c9ef8b061dc66e2c912bf2ae37e3ddcfd5f32a72412db8ba7a1ce3b44ea4c6e2a858b3f3cb198cf41"
               "914e4970b03edb1bf81f8abea6371b469d2e80883d7760c0707dac808fb55e588b285153b8ee5c32ff"
               "e90197991a567499d5ed62a6b810581901cf8abf086ddf84c10b03ad6845c977ec72d02028308cbd19"
               "daea2668865f00a23ab5",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 90 (valid)",
        .key = 3,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "0e8742af2a1d82e99038a99a09bc182e21317b690004fcf8fac5a4b39c6c4c6f32ee0395a42b8aee31"
               "a7af7cc0b0205087b4cbe18e791c1d5454faa5dc220d3b21e44822d39beefa5e90654fae46205631c4"
               "691d3e78221f48edc14e342ad42dbeccfede07420b9352af9e0a009c49cac2b4564732d94495457dcb"
               "d2f67fb60fd77080631cf38b784a3373b66cc2d1ae971a7422562c2df5f2476983263f6559a8fed69c"
               "2c76806f8553b5f1f2239677f1a4a3f5f55a00f8391174fabd2852503c9dc130ba219d145709a4f045"
               "bf62b2278d1c9c5c2e7a81f47769b2a11b18bb8648a32eb984ff7aeed9c0ee1023886e6a402812ae65"
               "52b03419b4da25cbf3bb",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 91 (valid)",
        .key = 3,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .msg = "54657374",
        .sig = "943aaab06755ab012b4e062210ac3e2c1a455ca30f1c65beee0f7d54384e4e0d4e390208332690fef5"
               "ba0cfceffbfe28e6b05a1ecd8bca3a50f9542f17c39d28195a50203c7885195c7e84da26436bc9fe7f"
               "a98a5070e0a1b6f51d8ac7d2734fdb5e0b32da0df6c6c98311bc4d458b4e970412c67732effe67e083"
               "123bfc69ed164090be3d41a37bde52119da16a4fc7fba5d8d3ab905bca7b1bccf4699a8abea19d0ba0"
               "659fb6c94b4ec6d06fd086958f443a74a783b7440f6060f01cb9dee89f32c2f6fee61e3d61548fb6b3"
               "a0f6b649cd8bd5d5a5bbc016f4c737889c79d45c41b5406129066e259dfa06fa2ec05cf9330dec66ed"
               "4cf89b80b0f5dcd22c4f",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 97 (valid)",
        .key = 4,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "b03dd72dc84b305ea811267a489aba10a1dc54b59f92e58546a2f0b6883f543512d621951352ef12ab"
               "afe4bd6e10c2e5b0eabbbbf1d081b66e535fc9b8ad379040c3c71ec8f2b4f5d319f5d2a0240a767ddb"
               "4de1fbc878b2c5e8e1e260217bbd70971789fedb8c677fc8193f67e4637239607c7b9d3511868ccc0d"
               "f372374abc685c9b4b74b2c5f11758f809b19bb3b5c464db870fea61ddfa5e18be2c4106f3e165fe85"
               "a7f8241db2806d0fc3c45d8a7f1eb4ca411a46ac411b81c04fd8c4ced5eff497da6bcb8e2fbe1f95cf"
               "4c3e761fc3037c82276f7ebfb7e6cc8534cb4fd34192074f580c6e31008df4f1404ae8dbcb111503d4"
               "bdfe6e7107a1ab5cd8c6",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 98 (valid)",
        .key = 4,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "4de4dbf82607b36a5c6778ae6351d83b7ef5b4af64c3788889eb10ef1838822847ceb531914392360b"
               "92dee055796f73e3cdb8b3d50910a537dd2244fd7f922780356ea3f01e99e5bebcb1b6ef398d2399bd"
               "02472a871417daec3bbe6f89f45f1af0bf819a446dcbbb75c56958d34ba27c8120cee6ff97242921cc"
               "f58de9216995fa0c49cb3e6d60e46411b2df3b01b78fa81ca145ce8be594ee009031eda672eb097ba5"
               "ed6687a703b154ef616757f94237f4275f54738cb59d36b20a9c84ae133bd715747952f0222573a91f"
               "af740e4b7eb4e88abaa91004e72a1709b401616b2edb2784e491f671fcf5ebe326b669facaa5d8a0f6"
               "f8469ea995c4db772f06",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_sig_gen_test.json tcId 99 (valid)",
        .key = 4,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "54657374",
        .sig = "a0f46582cde6be215351bb7b29e8ff24398816fad9e7e2ed6ccf1d0b5296bad827316c18b156525329"
               "1fa1c0baea9a735357cff8920e1024ae5707dd2f0cfcc9e6cc81402217d9b4f51e10def2bc2f4924e7"
               "d22c022fc87d6c3e772f4952050d027b003ab4267ff227a15cc7c884cdb46bbc7eb38852d0e6d8a12f"
               "485ccb0312157097687debb6feaf2b6dac998224c6047c1d5727195bb8ce05a59669034e88de0e4815"
               "af00c65def5b9748d017455056cc1ac6d3a77e31fcea4e726eda6be7bd33e509696e54d1d1858a1165"
               "fa9ece5d62e493c1a33ab3c94d294838a19f367fb799d6b69161bd9532a6ef317deb919923d78e3330"
               "9f14a97b68023d600b4d",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_1024_sig_gen_test.json tcId 17 (acceptable)",
        .key = 5,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "a0abd165a5ef8733ba111fa0fa092630222d809d8ae811f24f8bead4968b7533af31019663713ba134"
               "e7dd345c38e7166a037025eb34adcd6891c9ec941d2e3eb1e4bded1d269272b602cb9b53568b992ddb"
               "5103914e6424c75505701a37996c8318b0b6f8640cb6b6e770ac44314b866a7c683a6903f7bba07b6f"
               "197ec554fc",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_1024_sig_gen_test.json tcId 18 (acceptable)",
        .key = 5,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "41339884a9b3940e8488d666bb158063c6a2a2717cae7f564834a876fcbf7098ecf3acbfabf37d38a8"
               "e6127b1e313744f1f896e165efdaea0b2e7673867842b9e94db0868ed9a92bcdcb370a4e20ff275c82"
               "595e4400a8b9e9f12482f014846b48216f321266ae6ae6338dbcdc41b711e483e6e3e728772e7f9f5e"
               "f95c30196b",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_3072_sig_gen_test.json tcId 113 (valid)",
        .key = 6,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .msg = "",
        .sig = "473432cf11b6f96b1dd41e1742ace21cd10e8dad89a3e00ec68f3b45411059d0bbc6c8a3f077bfb4b1"
               "2da60aca86dd856934061aa8e4c3221a019b7ed3d4e70ed8bf53fa140d3c31877a135a6ae140e021be"
               "a9408ee61fe7f32e60cd18932282b1aef1019f9a39789cb48991e535568b55eb26cf96e9bab35d0312"
               "1f6be9f0d65079b064cff923edb5639cf08f48ecaec0670ab37b03e4cc2e604582e1cccef79f262c8b"
               "3d146887303c542ae7c455b0f68e882c5e2259ecd9f76cd3706e9894766089b267ed3bdec29df5b57e"
               "6a6f8deff21e093ce611724ba1012cf63aa2c62e7267af4b1df5ef030e6cba7b217d46fe43fab255f4"
               "1ce086bec5e4f604718c95acdbd5c56bf8b68541ac0dde0a5e0f2336ea608864abdc5324b29b9f7bd3"
               "5c514373efde38bb593b8d4b249535984662bf4b397b2a584ca15624416537320fdef81133d6038edd"
               "99ee19af9567c9fa536474effa925555c9c2fcea525fe2da935b791ec1d7d3bde33a58f80dd1e587e1"
               "c433239c65332e94d66d3c79bfd190",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_pkcs1_4096_sig_gen_test.json tcId 145 (valid)",
        .key = 7,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "9cd28bf41b99fa4df2852d86536257fe111f63f01815146c057dc3bda9b6633e49495d38822392b6b9"
               "01e6ac69c4f09623a524e49246c3710c85a1957943d89c8399b0c2a649938bb07340f14c6981a0da0f"
               "d35163bc7eedac80ad1cbf06a4c32a4a08523554256eb221395c76e1f79a5e3c5b9636673db3ba27ee"
               "bf8315468888671f8441324e092124df31d396ad8367eb7c9d0afa44dae85d56208ba21ec7c1f0ed6a"
               "3678f5d97ba7089422c662d86cd514fe853f38481632197c1ba07e4d92735eef3b75afc25ffa900769"
               "c74ba34f2d157e74bbab64cf413bc858cf6c393e8afe24f9e71168e97db96717d0081d88a27257d8c6"
               "92dd0e001f3fdc2090512550ad38725c10a201fc50f8dc89ecf363b4d21a7d815eb78557d42e657cb4"
               "4bfc785203e8de00f9e18af1c8e12953a33b0717af215d9b04b71fc320bdf4d558faf55d03d3084423"
               "7551e35ed6606bc706ca43a47e6c493e14719049065eb8e00760283ee72c1ae3ce019ce3263a90b834"
               "0d1a47b49b78d5cae9602539b379186e5c1e847b69c75152036c8d9ef3c77ecd151bdae7ff36a459d0"
               "bbc1dfa33ce3dcd94ee2cf6ee08a77485746306ed987eebaae2baa544b543b5afe143e4122ade5adfa"
               "4fd463a246f29482dce7a51573aa18fce87f7edde842e7f21ff9e40c4101b922616ee4c14ea1af3c4d"
               "417fe8876af381027d837fc40dc684e81b9eecd4",
        .valid = 1,
        .sign_exact = 1,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 1 (valid: no comment)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "840f5dac53106dd1f9c57219224cf51289290c42f20466875ba8e830ac5690e541536fcc8ab03b731f"
               "82bf66d83f194e7e180b3963ec7a2f3f7904a7ce49aed47da4d4b79421eaf937d301b3e696169297b7"
               "97c32c076a12be4de0b58e003c5123051a84a10c62f8dac2f42a8640008eb3c7cccd6760ff5b51b689"
               "763922582845f048fb8150e5a7a6ca2eccc7bdc85349ad5b26c52137a79fa3fe5c29ab5cd761501321"
               "9c1941b6708e9c3c23feff5febaf0c8ebca5750b54e3e6e99a3e876b396f27860b7f3ec4e9191703c6"
               "332d944f6f69751167680c79c4f6b57f1cc8755d24b6ec158ccdbacdb23107a33cb6b332516c13274d"
               "1f9dccc21dced869e486",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 2 (valid: no comment)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "8a1b220cb2ab415dc760eb7f5bb10335a3cca269d7dbbf7d0962ba79f9cf7b43a5fc09c99a1584f074"
               "03473d6c189a836897a5b6f8ea9fa22d601e6ba5f7411fe27c638b81b1a22363583a80fce8c7df3e40"
               "fb51bd0e60d0a6653f79f3bcb7ec3e9dc14cfb5b31ab1735bca692d50ac03f979dda92747c6430f804"
               "5efa3513ba6e0ce3e9e35570e1c30c8ebe589b44192e1344ca83dfa576fc6fdc7bf1cd7cee875b001c"
               "8c02ce8d602769e4bd9d241c4857182a0089a8b67644e73eef105c550efa47a40874289395ac0c4e02"
               "fd4ba98e130a4c2d1b95521c6af4a002ac3bdc6e52122ae4c08cc3da1c896e059acbddec574ac0432f"
               "6103dd97273d8803c102",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 3 (valid: no comment)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "54657374",
        .sig = "264491e844c119f14e425c03282139a558dcdaeb82a4628173cd407fd319f9076eaebc0dd87a1c22e4"
               "d17839096886d58a9d5b7f7aeb63efec56c45ac7bead4203b6886e1faa90e028ec0ae094d46bf3f97e"
               "fdd19045cfbc25a1abda2432639f9876405c0d68f8edbf047c12a454f7681d5d5a2b54bd3723d193db"
               "ad4338baad753264006e2d08931c4b8bb79aa1c9cad10eb6605f87c5831f6e2b08e002f9c6f21141f5"
               "841d92727dd3e1d99c36bc560da3c9067df99fcaf818941f72588be33032bad22caf6704223bb114d5"
               "75b6d02d9d222b580005d930e8f40cce9f672eebb634a20177d84351627964b83f2053d736a84ab1a0"
               "05f63bd5ba943de6205c",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 9 (invalid: length of dige"
                  "stInfo uses long form encoding)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "8a0e82d4f334aca72a718b6f8f643f69c6048d619d5eba71263a5d2d3ac7a7af133b780c7595ca2c98"
               "2c006e861948f543cd0210c758691f9626842c25de2843ea314ca8eff285d47e0cffa54180af416004"
               "017034962a80a5959c3d3f1bfc154a4824462a93c014f6dfe920824f414a6e30e0e5944d480b99949e"
               "c7bf64c4a7461575933b17d7d6b0178b5192392ace3ed8469e8ac1dacae51ad5d3ad73dcb213e056d0"
               "4596e64d8c0703def3110c7cecc93ba8ac8059f0f3d66b89d8712c62b41d407e4b4a104f4569558b02"
               "90c213cad6d0653898b9df8f4a453ab07d13bfb7598d505abbd0c4987e4f1ac66e1a523e113e370ab7"
               "cf990f0cc63f50f4f0a4",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 10 (invalid: length of dig"
                  "estInfo contains a leading 0)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "8d9c25235cdcdcc7ca2558c0be14f83afeb303f00c13106ac5affc952af527a0585cf4801104a7d019"
               "fa2e63fd0b923c061a24b8be7c3105443c8eedf4a033d3de802adfd80f872d3c505f41e3feb116f5d5"
               "f31f04df3e448bc7e7cbc2343f7dd4f4c3d2670ed3d3c66f91d626bb12a2001160a123d03b77d2a6ec"
               "53445db517147171e3ba3cd7dde902c486c74e8d8d33d4f7699791179d1df4fac78cda67da9138c18f"
               "2cc8863018e1739fb309408c62051b715096512602c5c4c7e7c394282593ec087832fd48b4f353d804"
               "6600e4152c2092632a79bf05497a13840e171047d79c23a76896235e9d5f0f56a78d3fe472fded2899"
               "e228f714690b40b66ee7",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 11 (invalid: length of dig"
                  "estInfo uses 50 instead of 49)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "9947c137ebf7013ea9e41f1ce93fd29022e340e6ade56c1119cd826430acf9833bbc1ed05c1899757a"
               "79d3104c9b4133ff0aef7e1cbeaafc2ada2422bdf9e29926626527f947124d5549d9f4fddb809f8492"
               "3aa335d331c392a5ae5e29cb0f503e230ce7bff114206d5dfd51b812f9ed5448d9100125a8cc2324e5"
               "60c69f4a492988045c97ab90a2806df900c3b95ab95bd634dd0a50edc5312eeef6463bc4b62e54261c"
               "c67e9cb9caa9a0a7550183c9e03f26bd5c8718dd77f54290b3a27a054d7d3e39e8cb45529d585ac0e5"
               "07b8688219d2b8032268020b68d2284f9f743debab5cd47fb3fbd77fdfe3a9d7984b11a37cce190ac8"
               "9a472578a3332b150f5d",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 12 (invalid: length of dig"
                  "estInfo uses 48 instead of 49)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "259cc7e43882850415f4d7f2321fde08212490f6e9929c37c6a60cf686eec1dee385fc513f5e4105f1"
               "9f2d63565b2d3762080634306b4ca87f857912bc062f31de6cccae9b48213c1b661ec9874d426d74e4"
               "c23c0ca53abc8f7bfdfb9d32dc6b5559f6aec33a5b9445ec4490302af6893890f57969de00287203d8"
               "df9a511b678caee2a7d666d9fca912826216ae3c62a37f12dac1412100c966ec7c8ff347eb79566784"
               "ef86943e999d0d1aa46fc9e5b90e9b91f4d16bfc2d5b9ffd4515f1d23cd0ce9612d19c28079702e1bc"
               "96b98cd86a5708b9000a5d61777a92d7d033557492f9ab1a4aee6719dbb14e6c3b4998480a8d490138"
               "98a5418bc8c63c41c5f1",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 13 (invalid: uint32 overfl"
                  "ow in length of digestInfo)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "129990973396b70468d380897ccbe6930a485460bfc199c7c8efeedf81c7fc6a98f47c0afc29546c92"
               "d3ac2d93d8b1c6909642757fa52de1375867a197dac0ee58c5b62f12182a5b4e703ca981ad344411e2"
               "dc3aa6c456dc69651cde35bfe136ca323753137b4a28571eccf8d1f0cc4cb4977238dc33827f1bf670"
               "d938f5b902e6389c10b564608b396feb0cdca57f5bc3ad6bbb2cd324d531b0c5538de37482a09ce103"
               "ef6399cdfb404021c836151c81adf6f852f9a96919e4e78ce76aec77a48bc5eb224a3fc404373e28f0"
               "7a1488ce2fb3181075b852a87941bd11735b3cd6f5bc0b660031fbf7671d3bb4f8c9f653b8c36e8932"
               "0f7532ac0fab23dfadb0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 14 (invalid: uint64 overfl"
                  "ow in length of digestInfo)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "002faa1b204fd30ee0d3d6d79274f3b498f736bf6e6b34c0ec6eb418b7a4c105c1a75669c092f52fb1"
               "d39b2247a8d5692aaa44d4a4d70b8f9e636dfef370db9315fc1b35434af3ca21afd366c3295424bc12"
               "30a898186105a07788b92bd42c56d5b66a336fca64fbe58a843f391fcb58588466e0ba484502aa26c5"
               "0ae35585eb95fe0ebf248b7a57782373cbac21a00928a091455347127910eb0b9ac35c1bac4a99eee0"
               "b718550ad282b4210eabe0602823209902b2bfac9283baac38940800515877366117a2d383e8f0cd09"
               "de7c946cff1eada4f1f97c44cbb3bf3562ce21af7f499af8ff40e13b907e5f4d1696dd52e372657022"
               "8095b89d4ed958e618a4",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 15 (invalid: length of dig"
                  "estInfo = 2**31 - 1)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "4c698321f4342f64a87fe6b199d5800af12d39725e449c79706e9af98b51a2d0d724663ab87618b06c"
               "49d3c1b98d97db35fbd8746c1d9a61f31ead8893ecc072057ad4004a53009703f66bc2b4fa7fa6826f"
               "54e8b873c79bc19ef71fe61a182a8be6cdb6dd35d87d1f46746022f98360f3870f49aceac4bb1a8399"
               "77af2096539a2d182dfc4bd97af34ea075ba96c39c4a85b3ca83002f97e992c110d40cb6c668eb9fd0"
               "22a4ef89988095e8c513153f99e37d9cce75a7ffa0a55af6b7d8314de4690934d55895b99cb0882adb"
               "346feb8af0480a4fc46251649d6cb2e4358dbadecf27ac713dfda9b8f40cfecb642b39bc1cca681d56"
               "28f4fd30e8788635e937",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 16 (invalid: length of dig"
                  "estInfo = 2**32 - 1)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "64401a452e3b56bebb1d5f3cdcac3dbb0a6f6e81bf2fe938143b9df7e8f6380687249a0c30a2bc5ba0"
               "fdb1e4d0fdecfdfc74064d365fb8dbca0cefeec0ba6fb4f775b4650839f03dc681c1f78d298f6c789e"
               "f4734d0a3ceed09ba8850671911e5e68af41ba2f37f3e56f7864fe4775ccc6af928876290ffcd20b98"
               "8540c0146db97e333da0eadd4772cf15cb494e366f1f3bae740dbc69cd339a5d1f8a5e608cd61eafed"
               "4e85886796520ec5ad7240d11f1ce25463b57d0723509fc368f8f81a6c63ed2c61a216629dcdb9fd22"
               "6215f8b248e2dbab5cd4f62600fbf921f4fb666384333d92251578dbdc5dcecfacc2c4435a211cc984"
               "346bf254b7cd52aa2bf5",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 17 (invalid: length of dig"
                  "estInfo = 2**40 - 1)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "09634aaa108980fb190dbaa425d9908a4237a2531c6471ad47dced90ff65e217baa0d9a8b5167d1c07"
               "fb414c88214e6caeeb6a1809cbf28f9c6083bd54cb2fea79296ad2dc1e27de2e96c056842ad7694391"
               "b40c6b6a6693c64fc1e3dab13185f8c1406ad4d2c39a04c3f6437519489b3d6185d9415d97e9cc405d"
               "cafcd488cc4b93a9df5100c1fa8dd31c60575dc64067f2fcd26d1f5c44919a4e28ae00688487c27913"
               "0d087161137d6fd480111d45b03057bfb7f79ae75362439775f28e84839156b9f1fd1aac698f1b1874"
               "ca19964d30a725e92d4ab784b8da18258291f86e0116c9d3d4be6931568c109068ec52af3a26aed5ec"
               "136abadab1688f06488a",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 18 (invalid: length of dig"
                  "estInfo = 2**64 - 1)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "467e9fdad9a1f83ffaf7622a156384920eae46b89f63c3fa61c5066786c34108ff73213ffc7ee9102f"
               "367726854aebdd9eaed49b32c88517e136778dcdd7e231716bd618261615d029241a77f148c1e5e397"
               "77a9f85fc3d4e9320f2455cdfd3280184ae17e35bd9be0a0a0d1c2a2d321a3bc86588fce12d929de1a"
               "2f473026e0920b1cb8b6dbadbe3810af22a3e95dabc9553733afa026e0c7847493182aa1f3057a3b22"
               "7775a3d7ba139c1724b3196f6300ca4ef457c2bb3f09bb2be6fb4e7caee6d4502c962291da0e499213"
               "209a28cbf2c4adf5d559e44075631c3035990aceca49bf6161203390509a80bcec1d274f1e9a1bf26c"
               "9f59244a695adb2c5fb0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 19 (invalid: incorrect len"
                  "gth of digestInfo)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "5afcf0d327a427f6d51b87aec24789fd7ebaca9c4eebcc307664aa6e92b6acc22b112faa3918ea3ef2"
               "4552665965842639a532a09b914bcb3b953a0726d5f88eeac1bf65bbdec56d55bbdac534da0f83e182"
               "dc8cfd6e9a59095bc82b5f0f5f56a1163f716ce722d80394a712bf0d5d24cc13961079082e4598c8df"
               "5510e20febb3d1a778fc5876c65a3e1d3700ea537c8d67f7534780fa8d1cb0ef9c39e439dcb8a4c8b7"
               "6a723ff8309e3f3cf39e6cdd6e52edca5308aa6be2628608d5206e82251f9f7cd711183f3604d83e1c"
               "23ba71041b92d33a695225b1a3f61fc742f969726d79504b224be259e9115f1988bca3c1e2b6154152"
               "7227c3d629b22a95791a",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha256_test.json tcId 20 (invalid: replaced dige"
                  "stInfo by an indefinite length tag without termination)",
        .key = 8,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "5f912ddc495c20f1975219b0b5cdf0629585a98d5565e8ef2c98fd945cd851d703be32da38e6a376c1"
               "269734de5e72734cc685cded8a31d430f526dc3788dc2b54de838ce6514ef970afecb8bcc0b2cfe0c5"
               "e8de29d2a6c009813050114374e1db8d7f4cb714ab291a6095b7e2713a28b5dffdbe3ef127307e1015"
               "5e0386e3af886cbc8e1b9b66086dc9c48d07e460fa4cf66197414a4e1a72f6bf09ca94964d668666ec"
               "1daeffc52a3384cb61abe1a4ee0c26674df776c7769fd0c89667a421855de0b060b169eeab02ce0005"
               "a1e7d7a126c8583da8a4900f14fbce7ec1b4120994ebebd3e97e0d9465bfb53f2ebef725a10fccd035"
               "9a2724a9ca18b2b7f715",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_test.json tcId 1 (valid: no comment)",
        .key = 9,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "b03dd72dc84b305ea811267a489aba10a1dc54b59f92e58546a2f0b6883f543512d621951352ef12ab"
               "afe4bd6e10c2e5b0eabbbbf1d081b66e535fc9b8ad379040c3c71ec8f2b4f5d319f5d2a0240a767ddb"
               "4de1fbc878b2c5e8e1e260217bbd70971789fedb8c677fc8193f67e4637239607c7b9d3511868ccc0d"
               "f372374abc685c9b4b74b2c5f11758f809b19bb3b5c464db870fea61ddfa5e18be2c4106f3e165fe85"
               "a7f8241db2806d0fc3c45d8a7f1eb4ca411a46ac411b81c04fd8c4ced5eff497da6bcb8e2fbe1f95cf"
               "4c3e761fc3037c82276f7ebfb7e6cc8534cb4fd34192074f580c6e31008df4f1404ae8dbcb111503d4"
               "bdfe6e7107a1ab5cd8c6",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_test.json tcId 9 (invalid: length of dige"
                  "stInfo uses long form encoding)",
        .key = 9,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "313233343030",
        .sig = "93611a697f527bb2d6e4193ea34e079e0b8ec8e4a516962a74cc91c157528bcf4654beb487f5eac5ed"
               "445f858fcf8461e63fc657a57bd8226d980b212fb5e61111e0c654e0a6aa0c959f20001f6345a60ab1"
               "4b8ef5631a81cdc552a04ad3f17eef287b011ce401be17900e79b4b045c12a90412a852131a1b9ae7c"
               "31051e8fe6f066b4f7e1d8e9997aef10a8c516fa3d782c9aed73dcbaa1d9794de7300c607c17607740"
               "f091c2dde354b58c0ed9d4b8fdc43e249847b494821bc9560fbc3c57f363e5d2bfcc488c041f123fc3"
               "79c7bc80a9ea6ae98b7fb76058f9260c0f5fa1000a7f865e5a63d1d279fc7f452775186608cae1f3b6"
               "40594d4b3fd8af4a5a4c",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_test.json tcId 10 (invalid: length of dig"
                  "estInfo contains a leading 0)",
        .key = 9,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "313233343030",
        .sig = "1075928172057bdc681a626808436b13f556883057c93b452326c7f51316939cef89fe3072c6f13651"
               "20eceabaa0c12ce4ce05762843a09debccfa01ccb9a85f8b0f1f7f030ed2a0c1514ef1c25cce22557d"
               "30627cecbac23f9f1fb645776883fbdf502894cc373e18ac6bf47d655894b528369a341ec1e56c2801"
               "a30f4c93e5219a24f727b5d41c0789d01b868742dc9225f5bf3b588e5836aed54bb009e44b9598a96b"
               "b36df4bf3521cdfd792c2bf9647b01f77e80f8063299ee26a9a36aae9594536b7b3d3ab2fa8df3dfd7"
               "e4380eabec23ea09b046d9bd07a11f084107bb6caeaf32559685611791912513f50b0fca6bbc37f93b"
               "4c0048a41758228539e0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_224_test.json tcId 1 (valid: no comment)",
        .key = 10,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512_224),
        .msg = "",
        .sig = "315475d81158d52a3b28ab7938cf08e1bb004224089dad59446e9b258c042e4217a30f1a6fbe0ba08b"
               "911f66f4b104d64a0f1832bde03d10de5608ef1a85d4299978142b56d4c8a7c24f070ed2e8b173c243"
               "c5181756b823dd94e3cd46c0bf4a10b48f1fdfffb1e0956a7f3f48c0290548d4d832bd5b512d3f9d79"
               "c47980270f5150d5b71af90023af05c4c23ac9173a143975304a3a3587d7b44030cd09e53eb49a7452"
               "b73228637610f2fa10a31b931952145e78bd30a9b2e56402c9f1f3c99b8a5286ed886736bbad8ce07a"
               "6efedecd615378c0b485d7fa6946dac1f5d753d6df2832b285a61b476e5e168b27bcae5c803e095fab"
               "ffa64869c63e73172dc9",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_224_test.json tcId 9 (invalid: length of "
                  "digestInfo uses long form encoding)",
        .key = 10,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512_224),
        .msg = "313233343030",
        .sig = "286f0aa4897bcb5e89d50c9711ab40f36ec242da72b3409b5ae02ae70023ac84e17353683b281cfa77"
               "831c59d9027a92b736ff936534a9b7778219bdd1eafb43f83bf3ebd49c0d0df847407a9661c2348435"
               "8b013e18ee562f7d4d2827edfd61884c762cac281e73d03df8cf0b4fdcd3c151e59a9147b7c59d7f03"
               "f22a559ee30f86536b02cab32d8f8a2cc9c68a0791b8c113f16ebc84bf2d6e2d00784cc4332e4bfd1d"
               "445722aacdfd0f2e55297d9225d20f91f80d08a914e181f99bbce391fbae604a9c5bc5066d1db8d2f0"
               "940a9a0e8844b0f20eaf0cd0496d439c9d6d9ff6079d45e42afe33fac630b4e687ca35be2ab1f7ec10"
               "f3046b41abfdbeb51514",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_256_test.json tcId 1 (valid: no comment)",
        .key = 11,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512_256),
        .msg = "",
        .sig = "c12b1ca97844661a7b97d5d0e1990b707c1c00f61b7d4a383957a4e6612873af15ed1771665053b108"
               "49e0119c55190e4c2d4883f6c86ec60b45fbc40f68f1ccee273ee2ecfae7a370dc349660efe7b6025b"
               "df0532170a278a0044e12cc8256b2d3ee8f2ac3824cecb23127e6be737c3838adfb2812afb8222518e"
               "928e99109179a8cdb25624c5ad468752b7c4599fc638784532b2efbee3cd39ec46df41cd9de358147a"
               "459c73130acc4345e37024711d2ed7dc765de2cc3369255fb581de4205be1d187425008f447293733f"
               "f48b3f60e7f4ec473a33437796a7e284b5eb3d34db755a4329f54b05e92220514bdfccb8b22bfc9db1"
               "c64581df27e3c478b87b",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha512_256_test.json tcId 9 (invalid: length of "
                  "digestInfo uses long form encoding)",
        .key = 11,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512_256),
        .msg = "313233343030",
        .sig = "358566f2ffab8cb6b4b1c1def5ad4e40462c13fc193e0659b99c37bbc21d2b3937937abae8660641a1"
               "47ea015a4bbcee82ffe4910053b4cd58178fb63016e28b20b883037faf836d07fddf10e44f36361080"
               "96940f7037c9c62113b4e53455fc293a36f91c7927fccc214e5883d6bbdbd85b903f337810668eb345"
               "0d18ef331db3d5dec2cf823ce534998bb5f3f52b9105a5d93f6e850f9831e5dd0ce0f5eb3de602bc22"
               "dba80ed1a1b503da4fbdd178e5179029d990447a51056e7e22eafd99f98f76da08d7931ed0173f421e"
               "54637bbe5b4982eb9c8dcfe0d8e73a87106c0f38b87473ab2306f208b8886e28b19cb7cd801226013b"
               "f0ca9ed4abb993ada98f",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_224_test.json tcId 1 (valid: no comment)",
        .key = 12,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_224),
        .msg = "",
        .sig = "0d08561ead3f52fc50873bff876fb99109e8b8c3bf395b9418a90a9c119a7f09601b29248249ae91d8"
               "f35078bc433aaa151864d13350bc77df1973df43cd663d45e21c5311e02fffe2fb1bf63d79a006e978"
               "c8025721a7a0b9cd1472c5fe4066f4417fd15990ebf12e6880f8e3d9e8bd4bb3b5d49cf9f9990dfb4e"
               "c2a7ab04470dfd90536a28b6d22474762e22a1a0ca761d214131581b045940ad32f4c3bcafe6932fcf"
               "a32470b2dbc11aaa1cc4e1b50343bf835d02a08095bd0b4cdaaa07f1cb26cf1626b64149bc2b2e6563"
               "1b9a9e47922b8140104ecdae0aab3ca65e68bf11c545f71f29f0d5d0d95b83c254484ced4267b1181f"
               "ebc1928f90f3536cdab2",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_224_test.json tcId 9 (invalid: length of di"
                  "gestInfo uses long form encoding)",
        .key = 12,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_224),
        .msg = "313233343030",
        .sig = "4d2bdeffe82b015ab6c9a094ff9d0eda91260e1196ccfe5f5d163e2973bb58717d017b2ca255b60020"
               "84acb5e31184368f504b55e4ec5c7e61a6963dad03df137f33aac5da31bbe60c998040436ab50a9e65"
               "03d5c2ecfd7954da325aac7ecaf12ba526d0ab038475eed6258d23693ea98dc22e4d4c315af2e528f6"
               "e8e9039b35e55e6f3295bea75f09c710a940149cc4a422108e04ec2dadcb99f65f59ea4ac605bbbcf2"
               "0d187dbac5c7e5981201a0e0259b2e2dcc3a3b525633ba9a8fec73b8399c31c36e6bf1870c5dbe36c3"
               "005dace4b6a54a1b00a0892b9cec72b4a2b02ea5040b1495f6c99f26d95b3f3c2b7c15ab6387d231eb"
               "5eb7b7b3b65c8d1159c7",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_256_test.json tcId 1 (valid: no comment)",
        .key = 13,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_256),
        .msg = "",
        .sig = "275450f4c0e1f41c69e809017eea91c06ea64939093365fcd8b0f0d9f3a474086838144e718b44aea0"
               "c0e415722044264040271a932d1e86f03ab856ccd8e704ab59f3f210f0cfdbfb83e164c6ce9a02fbe9"
               "0c6ded01395a8e75fafd9946af2f4a1a5ef96a2de65502f50ad1499b9069cb4e988d6495e1becb249b"
               "7b9cb514dc7f05aed3a517e026f2192db0d270f7f098853f58eb055af948d6272e31734e6301431ac0"
               "5a77bb306800cf622328b05676fba6d7b0b3b0c81ed9dfeb78e0e155a6087ff6721763312ba222cc05"
               "36c5c7c7750cec9fc06085175cab3e86bc2b2fe1ae9de5dcb03d683e3ddc34e8f5ce47027ea7242c74"
               "f75d7b5c05b36a720159",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_256_test.json tcId 9 (invalid: length of di"
                  "gestInfo uses long form encoding)",
        .key = 13,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_256),
        .msg = "313233343030",
        .sig = "03a4f8fd835e4b23c9c15ad1d98682c79278a91d7b3fe366d09ddafa53882c2def828ab37348978191"
               "b28b55dfb67d44ecb23237091ad8b4e9554186b0ae94275832c580b0952d329a0fc4d166437c3cd47f"
               "eb9c870735ab06235e696dcaf8043bbe28a3cc92f5b3688b644c9b7fe22f115959f6a9f4572a336865"
               "c94d909a44b1a040d7765f26ef7bc0a20b615fe9878f5a796cb4cfd51d8086781c8962cc79de0fc7b4"
               "0aa4f1c08820e77a7ac9457a79f34841134d12318787e1aa4d3615d3e8e5dde64e14b4589afae91ebd"
               "b7d248e7ec418bec23f162abf86ba9e09cd35b3307ac9362450f4a42901d206a11f961e8cc0984070a"
               "8e85e270cf8f03bef46a",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_256_test.json tcId 10 (invalid: length of d"
                  "igestInfo contains a leading 0)",
        .key = 13,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_256),
        .msg = "313233343030",
        .sig = "1ba9937a6263c9bf59086f095070951526b396598d65c7431ab3b58e806a09525e4dcf79359ad99c3b"
               "f2cf3822fc519ba393275a4bf1323f970db13b904b4b38ada6c39f347eb0bf234e063e941427b496c7"
               "990f03571fef9f6ffba7486cc56795936f7d4f950a332166a0c222a0bb80c35b068a72353d8e5608e4"
               "3ad114bf8ded5b618d57a8c8cad5a46659c9d05727225f85e8667177d9b2fd9dbfc0726d5d3f67d3ea"
               "674f94baea652aac83767ef8981de7955b02e67679afa9a7f2249c628013a96a08e444fa8065fdd7b2"
               "ca8b3c66955f568b45f718343cd5580210a6e440407933aca6d7b2341ac13b372a9de5a51929c4ce84"
               "23514ac0ea96364eb86b",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_384_test.json tcId 1 (valid: no comment)",
        .key = 14,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_384),
        .msg = "",
        .sig = "82c5408ea562c691eaadad106f51c4f7239dddfdeb4f6319f40f39280a0025084cf734d378141fcfe0"
               "87882ad7b6d6aad673c567783c4ce36a118c4ff01fa39a3eb5632386487cf9ce8d5bce322fb385c085"
               "dbbf3237635c924a0f1336b11e0bab794b74c2886d221e4806ef46281e5e148f9a99062aa20a3bb3e1"
               "832f86af9926275897e8b649f0a4420cfbda2e754cc2114039ba8440a9340b148f6755f6366e519efa"
               "288f8cf88287ac6584ea0ebe7730cc449eb4e681eb34f6fc9fb703d58490ee90c9f9f04b73aee8f71d"
               "3f4810bdd882388d98a3d16dbeb50816ea359e0170c3220548e7b0dee7f700dd54d8f2dc879f5f972c"
               "54a340cbbdf13a4c36ea",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_384_test.json tcId 9 (invalid: length of di"
                  "gestInfo uses long form encoding)",
        .key = 14,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_384),
        .msg = "313233343030",
        .sig = "46be3c56c858635b6c9b00a61f5532f5151946d1857e0bad3d3dd4df7e2ff42f736af5eda1ae90b6f8"
               "f0c50ca781d546f3d02873345dd8a22141eb33d632c5d67e3cfd3c4f94b8a4d40ef796ba0762d1b059"
               "212b45178bb9652b24517faf563e72b417aa1adb62ac0888365a8483ebb27b1c6b2a67e3f5a25e813d"
               "ef07a5a8e05623f4b2219f539a877b4995a5b56e434935ac2534c3fc0721dd2476bbf23ab055fd6c8b"
               "6c524d0a300f261912c622e3761058401a5483aa21eff8061478304bc7bdeb4d70a25a1cc046918894"
               "1a31df19ab7af2f5f058b123f298cb4b65e14d5e7de433975025e2b727edfef843ff5f4c253823a3de"
               "0ec4731fff291f96560e",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_512_test.json tcId 1 (valid: no comment)",
        .key = 15,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_512),
        .msg = "",
        .sig = "3d34d57e67991fd586df031cc9ccef8333f0f564805e260d54498ad0df1306f93d93acdba87e4180c8"
               "bd404bc72e5780ba6c353e1d0a5cbbb2c73c15c7b59802125f449442e6d706a1ee6adb815e5f0ba9b6"
               "275dd5dece020fa0c4be468c90a5d9fa860202001f21409be75605da8853ee5cc7e04b22f58bb91218"
               "28de936f438b87ae21e729f54640e0b02c8a88261719dc0ba8e9129be063eca09e58a85f0e4d99bf03"
               "5f68fdb500bd19acb51dca67db676eaef4d9c23061e14f25e8b463c0b69d6567fc59029a47fb66cb9a"
               "060b50f8f90166bb559f4f7d6bebf69bc98631eb7e22830885ff3e31b596d0e99aeaf305ed70af6b7c"
               "2f3069f96b2abdb940cd",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_2048_sha3_512_test.json tcId 9 (invalid: length of di"
                  "gestInfo uses long form encoding)",
        .key = 15,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA3_512),
        .msg = "313233343030",
        .sig = "0ecdf3f051d87f60acc031df35ea73280d165c34a49edda600867b1992fa7412c1e3e6ca555db9f4bb"
               "03e07f504cbafa1a2d9da4d8c6a6741189d98b52e8f793029ada9d666262b4121646ee00f823344901"
               "e416d8267f0ae48c17eacfe6227f2832bf5779b68a28d251fe2b8dde7d2eb030f68cfc5f96a29bc4c3"
               "c1e69600378e5e8e82951cfc6c204e9d5981145930727bcc30aff39e234a4c2bea2d625a6ae61e8993"
               "e212a305fbfafed39a5831cf15b7e36a13162abdce9e6ad0ed70dd7aaeae40641671daeb2fdf1b4069"
               "e36c6e186574632120ed895c80bc74efa521ab4759114b6810e1f93e63ea0deba03727ebb9c2a1b643"
               "2b53edf2bcfed06c07ed",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_4096_sha512_test.json tcId 1 (valid: no comment)",
        .key = 16,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "9cd28bf41b99fa4df2852d86536257fe111f63f01815146c057dc3bda9b6633e49495d38822392b6b9"
               "01e6ac69c4f09623a524e49246c3710c85a1957943d89c8399b0c2a649938bb07340f14c6981a0da0f"
               "d35163bc7eedac80ad1cbf06a4c32a4a08523554256eb221395c76e1f79a5e3c5b9636673db3ba27ee"
               "bf8315468888671f8441324e092124df31d396ad8367eb7c9d0afa44dae85d56208ba21ec7c1f0ed6a"
               "3678f5d97ba7089422c662d86cd514fe853f38481632197c1ba07e4d92735eef3b75afc25ffa900769"
               "c74ba34f2d157e74bbab64cf413bc858cf6c393e8afe24f9e71168e97db96717d0081d88a27257d8c6"
               "92dd0e001f3fdc2090512550ad38725c10a201fc50f8dc89ecf363b4d21a7d815eb78557d42e657cb4"
               "4bfc785203e8de00f9e18af1c8e12953a33b0717af215d9b04b71fc320bdf4d558faf55d03d3084423"
               "7551e35ed6606bc706ca43a47e6c493e14719049065eb8e00760283ee72c1ae3ce019ce3263a90b834"
               "0d1a47b49b78d5cae9602539b379186e5c1e847b69c75152036c8d9ef3c77ecd151bdae7ff36a459d0"
               "bbc1dfa33ce3dcd94ee2cf6ee08a77485746306ed987eebaae2baa544b543b5afe143e4122ade5adfa"
               "4fd463a246f29482dce7a51573aa18fce87f7edde842e7f21ff9e40c4101b922616ee4c14ea1af3c4d"
               "417fe8876af381027d837fc40dc684e81b9eecd4",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_signature_4096_sha512_test.json tcId 9 (invalid: length of dige"
                  "stInfo uses long form encoding)",
        .key = 16,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .msg = "313233343030",
        .sig = "17ac14ac21d38aaa857542a9d871f7d81a829c39aa26cbe7db722f68e4397a7c758b11a0154edd42e1"
               "cc6b64047238ce4177558a0caac2a6c66136c8347ba058d6aadfa3630b4c44fa7205e0b8a9582eb5d9"
               "04cdc7d25e5b9fc83bb4fc5723b3171834c07d59876f9ac771ee66ee17dae152dcfd86095fcd908697"
               "008ec1776536724d9e4322b6f7cfa59949a0b9be7990ada56722e6536b8e1442e0f0d8799ebb36e788"
               "1ccd52ddcd8a8033cfaf6d3e2a5f2d5aaa04291ab11e48e745c4de3fcad3120261d01eca03f502b69e"
               "a1d5d6f5556e9a198d663b05b7d631dc975cb7368b8f34fac47c621e60163914144b2e98e2f993606f"
               "1961d2f176a1b1eb17e119d48fd2249889a89be68ac78a415a8752f0425f1baa1cc5de9a4e0b51bed0"
               "81ebdb538a70be96cf7519eeda55bccfa7ec5fc82acf88036af913cd8b30f182646d9f7f02daa27306"
               "f0ea2fdf436a40bace578ec2166a4080c7cef4a862804820020d9bdccfb2289c99ae61ee3fb3b3a9d3"
               "f6df672c4690e8c943f2fe23b5718a199439c5b2dc65b63d37e00440fbba51660242550484c94c8b6f"
               "504b0bb4e2579f1f560042b721db7d2ec2ea175401c14899062f9022fc0d8e4775c8d10c63cef61e9c"
               "649f771351b94620a3305f2d4b681c11089b5fddfbbdd291ccf9e1a997c1b2e6ab3cb1e1bdb428590c"
               "ed534cd4da5a9548f3d8a6edc20139115d459853",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#1\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .hash = "9f294f0c7b32da6221a3ef83654322038e8968fa",
        .sig = "3203b7647fb7e345aa457681e5131777f1adc371f2fba8534928c4e52ef6206a856425d6269352ecbf"
               "64db2f6ad82397768cafdd8cd272e512d617ad67992226da6bc291c31404c17fd4b7e2beb20eff284a"
               "44f4d7af47fd6629e2c95809fa7f2241a04f70ac70d3271bb13258af1ed5c5988c95df7fa266035157"
               "91075feccd",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#2\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .hash = "6a8a1f225703fe39753c1017b43eec9e070a70b1",
        .sig = "5abc01f5de25b70867ff0c24e222c61f53c88daf42586fddcd56f3c4588f074be3c328056c06338868"
               "8b6385a8167957c6e5355a510e005b8a851d69c96b36ec6036644078210e5d7d326f96365ee0648882"
               "921492bc7b753eb9c26cdbab37555f210df2ca6fec1b25b463d38b81c0dcea202022b04af5da58aa03"
               "d77be949b7",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#3\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_1),
        .hash = "6a8a1f225703fe39753c1017b43eec9e070a70b1",
        .sig = "5abc01f5de25b70867ff0c24e222c61f53c88daf42586fddcd56f3c4588f074be3c328056c06338868"
               "8b6385a8167957c6e5355a510e005b8a851d69c96b36ec6036644078210e5d7d326f96365ee0648882"
               "921492bc7b753eb9c26cdbab37555f210df2ca6fec1b25b463d38b81c0dcea202022b04af5da58aa03"
               "d77be949b7",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#4\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_224),
        .hash = "693c1ac1a3fc23157b4a854f886b6b8d18e28b321b8382a93dcf2426",
        .sig = "3bb7b1c5f3391de4549e2e96fd33afa4d647dd90e321d9d576f3808e32213e948b697ef4fd2dd12923"
               "de6ec3ffd625078a57f86af38dc07052bb50547c616ed51fa1352b3ab66788408168d21263ef2d3388"
               "d567d2ce8cf674f45491ab2b0319d47be1266bda39e343b2a38ea2d6aaaee6c4465aee1d7bb33e93a1"
               "c40a8e3ae4",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#5\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256),
        .hash = "944d593f3e31817d712038dbf88a17c1772b135c34c66b236daf9a7413c2a8af",
        .sig = "7b5fba70ec5b521638f182bcab39cec30b76e7bc017bdbd1059658a9a1db0969ab482dce32f3e98659"
               "52f0a0de0978272c951e3c015328ea3758f47029a379ab4200550fba58f11d51264878406fc717d5f7"
               "b72b3582946f16a7e5314a220881fc820f7d29949710273421533d8ac0a449dc6d0fd1a21c22444edd"
               "1c0d5b44d3",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#6\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .hash = "5a3b396a237f5460a9c8d40628e4bc324d046d0bf3ad6417db59ff3904513a79297d51656ab6c70c"
                "c07f08b8eefd2f15",
        .sig = "38fc4f6f0430bb3ea9f470a4c0f5cebdabac4dbeb3b9c99d4168e7b00f5eb294ec0ece1908eded1f3e"
               "14f1e69d10f9feb425bda0c998af945ef864298a60a675f0bb5c540a7be3f534d5faddff974eea8bff"
               "e182a44e2ee1f4f653e71967a11869ee1a850edb03cb44a340378cb7a1bc9616d3649b78002b390a05"
               "a7e54edec6",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#7\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_384),
        .hash = "900ada01bc5536ee88ee7f2b95d15e2e6353bc3de0ef9610f8e6deb736c30623b961eda17f316229"
                "c013bb4696fc7346",
        .sig = "d93a878c1ce86571590b0e43794b3edb23552797c4b8c9e3da4fe1cc4ac0566acd3b10541fe9a7a79f"
               "5ea4892d3069ca6903efb5c40c47eb8a9c781eb4249281d40c3d96aae16da1bb4daaece6a26eca5f41"
               "c062b4124a64fc9d340cba5ab0d1f5affff6515a87f0933774fd4322d2fa497cd6f708a429ca56dcb1"
               "fd3db623d0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "NIST CAVS SigVer15 (Mbed TLS test_suite_rsa.data \"RSA PKCS1 Verify v1.5 CAVS "
                  "#8\")",
        .key = 17,
        .alg = PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_512),
        .hash = "9f02745a7a8903de5d2fe44fe3728db6b1e404a5f7e96bb49df694d2f226c65c387abc5c82cdf3a1"
                "0f36ad741e9bca4ed71305187fe3bd046e6920a6bd979036",
        .sig = "a853e67f928281d11506c9d39e5ea9b2d742782c663c37d0a7c9e9fe15379cde1e75d94adbfb1ca086"
               "91f320af4ff2b0a29a4d2ea10a20cb95d85f3dabac3d56cca9039c851d0181408c00b385fc82cafa4c"
               "fa7380d0c2c024fb83fec59d5ee591d63806dcb18b21ea440c3d3f12c1e7795eb15b7ce4c4b288d646"
               "cf1d34bdf1",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "4f01e0c12b08625ecac89a69231906edf826380f37c959a96690d046316d68ffce9d5c471694fcebfc"
               "6b45534864689256e4fc81c78e583f675d0c94b449647451e81beff01a11a516d5e5ce3f1a910437cb"
               "8a3a5096b19fb15f4524a35b23d89cdba12cf5b71aac1047b28c562df7c5542c34ce23a182cf7e0e23"
               "1934b17294799d44877a1d68ef1b8f073619b7618e6b7c22db20030d98cf591ffc3d4da5f58613ecd5"
               "ecfc3b40a1d02f40891ca43695cd4c088b05a8054c89c595a47e274816f35384226f74459ee63e25a1"
               "bfc03c360490552ec38343f8ace502f065303b00bc0ec320711b211fde92e57feb9013c3609342495e"
               "c0d7cabdec21e54acc38",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "4f01e0c12b08625ecac89a69231906edf826380f37c959a96690d046316d68ffce9d5c471694fcebfc"
               "6b45534864689256e4fc81c78e583f675d0c94b449647451e81beff01a11a516d5e5ce3f1a910437cb"
               "8a3a5096b19fb15f4524a35b23d89cdba12cf5b71aac1047b28c562df7c5542c34ce23a182cf7e0e23"
               "1934b17294799d44877a1d68ef1b8f073619b7618e6b7c22db20030d98cf591ffc3d4da5f58613ecd5"
               "ecfc3b40a1d02f40891ca43695cd4c088b05a8054c89c595a47e274816f35384226f74459ee63e25a1"
               "bfc03c360490552ec38343f8ace502f065303b00bc0ec320711b211fde92e57feb9013c3609342495e"
               "c0d7cabdec21e54acc38",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 2 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "0658c68fe0895646056d9bca422a64fe48813b4e14f0c8c4122e56d345b6813dc6286ffde014617e35"
               "1c7af0a0d2c0f285def79cb734e1e055a25fa6fddc1c07da17b4b235c637413b1849c24311fa72331f"
               "4c0458c364a4916de8619b884d7e37288fad12926fc091f4851686a04fd0a504dbce3db370663a6ea6"
               "128fea86c2ca94c63e0d34d7f2c845b5d71d9a5e544451f524a451acb85c49bba7864e0a34a48613a8"
               "19caf3dfd0d510c940f1df21c3373915be1f3509a557fa4d5a4e9f273e85467961133e2482c0907386"
               "454228fb0246638616fc31bbb6fa7c2361b8035994eec69a923f4c0bb0ba8696dfe8b1400c2398d7b3"
               "43fdf498b1116c8de602",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 2 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "0658c68fe0895646056d9bca422a64fe48813b4e14f0c8c4122e56d345b6813dc6286ffde014617e35"
               "1c7af0a0d2c0f285def79cb734e1e055a25fa6fddc1c07da17b4b235c637413b1849c24311fa72331f"
               "4c0458c364a4916de8619b884d7e37288fad12926fc091f4851686a04fd0a504dbce3db370663a6ea6"
               "128fea86c2ca94c63e0d34d7f2c845b5d71d9a5e544451f524a451acb85c49bba7864e0a34a48613a8"
               "19caf3dfd0d510c940f1df21c3373915be1f3509a557fa4d5a4e9f273e85467961133e2482c0907386"
               "454228fb0246638616fc31bbb6fa7c2361b8035994eec69a923f4c0bb0ba8696dfe8b1400c2398d7b3"
               "43fdf498b1116c8de602",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 3 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "54657374",
        .sig = "401eb03cdb47ca88033e3030f6bdecbac8f5c8fc1dd6a13d23d379ed9a2b309891d13d74fea9d21d15"
               "9b9e6d8f37efa2489962e24555f56dd434ff1d31ce4f9f5abd3f22cbea8b691d6a11e44efb83e2bca1"
               "55e6a164325e0fde2a8865afd5c9f51161a9d615f62af7ec2e31b3e5ab649c164490d31d88cfae35b8"
               "4aea7925690f929a144b6d2f48e8fb894a52deecd1b9a6496990c4ecf1588699a42cacd10c53af3505"
               "14e4291ea9a058e77f101e32c1c0cefa61d945f7bc931f8bd19e7ba3169358a60e5a8b0123bc3199b9"
               "fdcafe8e519c41ba675491a27b85e44ef2d77277c10fe107293c8290186913bc9a99b640d8da041b64"
               "f31eab1d35920985f4a5",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 3 (valid: valid signatur"
                  "e)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "54657374",
        .sig = "401eb03cdb47ca88033e3030f6bdecbac8f5c8fc1dd6a13d23d379ed9a2b309891d13d74fea9d21d15"
               "9b9e6d8f37efa2489962e24555f56dd434ff1d31ce4f9f5abd3f22cbea8b691d6a11e44efb83e2bca1"
               "55e6a164325e0fde2a8865afd5c9f51161a9d615f62af7ec2e31b3e5ab649c164490d31d88cfae35b8"
               "4aea7925690f929a144b6d2f48e8fb894a52deecd1b9a6496990c4ecf1588699a42cacd10c53af3505"
               "14e4291ea9a058e77f101e32c1c0cefa61d945f7bc931f8bd19e7ba3169358a60e5a8b0123bc3199b9"
               "fdcafe8e519c41ba675491a27b85e44ef2d77277c10fe107293c8290186913bc9a99b640d8da041b64"
               "f31eab1d35920985f4a5",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 62 (invalid: first byte "
                  "of m_hash modified)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "67d1d1c0a398148625317c3f5e44b738bdf461c27a59594b39ebb2aebef233c7809379e54411411b82"
               "d2e7ac88f989b58373d532c758baea121878ce9759441738d121881c1fa2d04421f02dd565b12770d8"
               "44611ed1873a0b64d822709a6b78d6d3892b294404bce6711001d6c3a54546c76a1d17819674b0be90"
               "4497a233b466fe4becc832dee740f9ab79e5b9f5db0b0f9aac0084ba05cebf42303b5ca2ad95e3d61b"
               "29ed6475545c02e93e7b0e118af92f5cddb1faeb2cbc23c9e69c120e29df7fe31991e887b3b29e7768"
               "8c60e80be65cccf3d7861a7a14c39e6a6e5645568e2cc5e4a17b75db1dd415aadb45e112a9b582b2ff"
               "6e82a43d7a7347b7b56d",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 63 (invalid: first byte "
                  "of m_hash modified)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "842348f2b2cdd4c72cda7dbec0fb8b114e419cbfc1ee1b7ce5d70ec56a833c4ebc8c114dc3c92164b1"
               "3f4692f236d6b88e5618b23af9fa979fe9b5d8eb228b1efd0da8e47b4c4042965c8b9f08eb9f6fdf7e"
               "472c88f532d4d851623b4bf99e021e82ef313c7d93179af810b70aaf929a395ece713d5fec3339e394"
               "210b56f1edf26dedfb04083bd24eb0d3ca117761f38319c3b97a9453993dafd3d2dd8c01cd63117f8f"
               "da46f52565e4d7de9f718f1f23254c4f9ee77ad1414af4d4dcf959a89bef438329516cc9b79149db05"
               "8d206e6d7c0133e7c870335f0490b8c569d787443c4a84ff665dbc6f4353dec66f9c488a3f91071ce1"
               "9553a7c156025f1f81b2",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 64 (invalid: last byte o"
                  "f m_hash modified)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "77c9dd7786f0b5cbe76f20abf24361f8979d3a6c6c122e798eda906b0b9700cd2dd26e5286ddd39d07"
               "b7c24379cb40f8350354a36b0759bfade61d3d770702b58218c5dc64ddd0d5fce405a16fbc4de3a5fb"
               "e7737032605c06ac82e174619c3004d24bbf22bd1ab3e4d432b4ae36c23573cbad845c16a1842e5de1"
               "a3bfa2f12d3496a3114fda830dd6061cf538a4571fe088cc03dd7e8762fb08b84501843f5f0362a4fb"
               "097d6fe9b96970c0c505d2f6a59754c42684908627fa8c734ecd587c161de7b7bdd69924c0b4d06cb7"
               "db2a70dd9257876d1da1ed8cc00fa68279525c346b7256c916ccf1df9386ff9d1eb27f0a5d83a00a27"
               "38fa2dbfaa500baea789",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 65 (invalid: last byte o"
                  "f m_hash modified)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "455221c385f769fedd123afa37a42b7477d6c3ed968ce44d4982c41ad29a3f59baeb2b566dbacc91b4"
               "23fbaec371f3809c20cad6afcc2b8df782e472c954cdeffca49553f6eca58781894c67fed1d9326a53"
               "422f9642031b69ff45e6a826d18e4241b5214231f7d252d4c640386a17c2a1839ba9c5a34e94b2b8f3"
               "0fb259fa752339f134e54375a9a4f3a5dbd5f3fb93c38b59fc33a77dbdea9b8fab7c209e6f403d1889"
               "58b5fa5481bd225b266bee6761132104890c8c25f04583084eb01c266ccbca401617120c61a388cc68"
               "3fdd5d195c8dcd48f4d1a9be80c07727f78a10cd26359c8dd1d87614f8acac1506c5bba79b30c0af74"
               "5c872433f17e8a52a94e",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 66 (invalid: all bits in"
                  " m_hash flipped)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "5d1f5b3ada8d4507a7447829f26764b9f794ccb4c287870b5c5aac649f9272fbbe22f064cb75e5b381"
               "3bf874c6977dc286ef1deddeee1a84a9302fbbc9c8f86ec45eed5469bb85eed8618efdaf29ea4bc0a9"
               "cd0c0be71e82bdab6f15a9f7a637f297e0b5ad4c7885bd27b89f4a52452f0176df3d266f9c13fc44d3"
               "fcc3e71e3cc5ede3fe2555ff2bf2b72a2198af709e29c2f6f5ce44997c02ea7aebc9a33d0c609ff0f5"
               "86e753e585ee5052a0bf2f71247cf43ac244818c84347662338384d6c1a4c9b9ebc14f912db688e658"
               "d453bb2082c8def4c440a6b25e03ea4459c1c9bd5495e2ce9343439cbbf03affca63856cc50936d49c"
               "f2dcfc73679c9aa32e56",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 67 (invalid: s_len chang"
                  "ed to 0)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "5e91b5dcbf02d6f19621d41a83dc8f15ea83c0edb83765ef029b0acac2e1ec8918b1d2afe1fadf11c4"
               "8d27594cb9c01fed79d90e5d5a8085c438450111aa7d9fa39c2345b14fc3c2cb34128f86db5eb00bdf"
               "8dfe38d61f29a41fe31342e7aaefcb4b122eb5d63c2f5c263c8df8450e9428ffef974d535818d51dc0"
               "3a7d60c8b2d16c999ae46d73ab40515fe601d9b89b1d09c6d60cd51639a97c1d211e097609ba5e8c31"
               "9c6fbd21b34a634ec8fb8971c5aae21c70b847a4539cc10dc314ddd8a9629e8a0e51c66c0cb61fd1f7"
               "228c01c6769190abe9bac9a3897800050014358594e0fb20dbb458b12aa1346826cc9f7e9c5352b073"
               "d62853dafe77c848cb1f",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 68 (invalid: s_len chang"
                  "ed to 1)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "92ffe544edeba2213ed7d54488432dcd7cc1c71fd958acdc56c41fbbc8f1c16b565b1595fd3b88c48e"
               "cce181f9cf6bcfef4636c2398ac06ef8088e14cbc97426a501c05aa71a54a3329aa53a4f259c329975"
               "6a429a7baa7a50f78da8012e4fc232eec623145388d37c41e6cfbdb1afaabe38e31db381022a428b35"
               "3d2c7f374c58f10c551419b1c3bc455b6f66b75c26b5068861f8f96f3700ea37cbc0b4d3ff6603a1c6"
               "308409d040aebeac2a661f94940122acef1771d44c5cab2455535421451bb81d0656605f8df2d0ff29"
               "a07766092dff2fa20cf68ffee574bb4b2b0a3f828670fe93d2de100ff0c9443319ec7283c242a617ea"
               "b3d445b655ba674687e0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_32_test.json tcId 69 (invalid: s_len chang"
                  "ed to 20)",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "57e8cc1dc00c07383d89a79b5c8e4f5bde2a2ba55a3c7201b3291c4d805b1b2eb36f8f326b542342da"
               "180abe508669bb6cc2dd54e327bc70c1e317ba93a0fd21e7fce22a0c597c7420d1d5602ac43d9348ba"
               "3eba561f250e301ab955b0dc33e4abde32946b9b3e86c8bf07a44646ca595960bb988fef04b2824967"
               "e9da8b0264f1da0659373935313a574b5380f0b54ce1bc0dde423bd3a54f6ae5fafa772a55c1c44eb6"
               "edffecf13e6e5e1edaf87a79e338577304141fbc44f0e9eeb286f553f879addd6e12e436fa3af51ad5"
               "3a72f2679f0ed102d504ee08706fe111eaee49d880d1a0b91924b3b79968ed0f9bff446dac199ee89b"
               "158c074927d27b864498",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_0_test.json tcId 1 (valid: valid signature"
                  ")",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "20081f8894a1330c4d503f642880e3c30e398fc6235c24f1be752e2d49cd9493ac0cf999e275c4f89f"
               "f08f0d9ba4e264a332525a616d336bd9e822f41ab3f4fae2f48ec66c2e52642ed93b7cb944396fbaa7"
               "27cbfdfc1f20aace99a6f2a74475c338f8d9f22a38cb5bc51752076503b3aef1e65e5a8f8583d9ae73"
               "78ded038cf516898ad06beb90a42b85764526fcea44f74258fa4efb1da253d337f65619181ceb832df"
               "e285ce78ae6b15f204e23bab274e87445d9f5df97f41dc8e3a97736b62591d075744b2552f90bcf1b1"
               "393e1e7627ef1f985f2bbabd52e43a35d0ddf4c67126e391f922ef7b1bb1911cd6e1b303cb2910dd70"
               "672bbfb62ea4eaad725c",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_0_test.json tcId 1 (valid: valid signature"
                  "); sLen 0 is not the standard salt: PSA_ALG_RSA_PSS rejects it",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "20081f8894a1330c4d503f642880e3c30e398fc6235c24f1be752e2d49cd9493ac0cf999e275c4f89f"
               "f08f0d9ba4e264a332525a616d336bd9e822f41ab3f4fae2f48ec66c2e52642ed93b7cb944396fbaa7"
               "27cbfdfc1f20aace99a6f2a74475c338f8d9f22a38cb5bc51752076503b3aef1e65e5a8f8583d9ae73"
               "78ded038cf516898ad06beb90a42b85764526fcea44f74258fa4efb1da253d337f65619181ceb832df"
               "e285ce78ae6b15f204e23bab274e87445d9f5df97f41dc8e3a97736b62591d075744b2552f90bcf1b1"
               "393e1e7627ef1f985f2bbabd52e43a35d0ddf4c67126e391f922ef7b1bb1911cd6e1b303cb2910dd70"
               "672bbfb62ea4eaad725c",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_0_test.json tcId 2 (valid: valid signature"
                  ")",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "4bf16f098701d340c438368e658ed8904d3a21f7714c02440d7476ead132766b3d578b325ae752f906"
               "873af1b795585a2a0d0e6788fe903321b2080bd0dfb9de42c3be41aeff37e32defdc0a75f12adb5b9d"
               "e4d067a920a720cb16cfaf56d7c09d8ef384a8aa106545229b540c52b49ecc9d6d14ea70480642b9cd"
               "0330efc005502e4c38b96a36456447ce2133df78854307010ec221305dc90570252321e06c1bb01d75"
               "100e85e68326fe92488c0c5e58524b10f8ec7458d887cec254d39b0bef921ba31fd5a117977f1945fc"
               "04837727456949ffdc9886f21071186bf32dfbd9c3cd6a2a00a1cdd5fc3c22f4bbaab92aa85116711f"
               "1c53754bdd2bc384f2a8",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha256_mgf1_0_test.json tcId 2 (valid: valid signature"
                  "); sLen 0 is not the standard salt: PSA_ALG_RSA_PSS rejects it",
        .key = 8,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "4bf16f098701d340c438368e658ed8904d3a21f7714c02440d7476ead132766b3d578b325ae752f906"
               "873af1b795585a2a0d0e6788fe903321b2080bd0dfb9de42c3be41aeff37e32defdc0a75f12adb5b9d"
               "e4d067a920a720cb16cfaf56d7c09d8ef384a8aa106545229b540c52b49ecc9d6d14ea70480642b9cd"
               "0330efc005502e4c38b96a36456447ce2133df78854307010ec221305dc90570252321e06c1bb01d75"
               "100e85e68326fe92488c0c5e58524b10f8ec7458d887cec254d39b0bef921ba31fd5a117977f1945fc"
               "04837727456949ffdc9886f21071186bf32dfbd9c3cd6a2a00a1cdd5fc3c22f4bbaab92aa85116711f"
               "1c53754bdd2bc384f2a8",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 1 (valid: valid signature)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_1),
        .msg = "",
        .sig = "1d5a9bb49cb1f5c2862f36e451dce7fc607f3d302eb9a9fbea5b673a29fa9023308381262c538cb539"
               "10b5773a7a44ff465828bdfccf8a7a4ef902e945dd5f6226ffb7d5b05f2335e5762c5aceff71c84081"
               "50959c1780cc9c22fccebd3405e81f1bc16d276c07e4a545ddb1aadeb751b571d22f3e4bc4e02020ee"
               "c5901a1ebc04415e9ddfe967fbe4ec7166923aa095b9fc7a81fc21ba37b5220a973fc5f32fdb8e0841"
               "ed321450248402a159d2c08e4a72b780310d420a6e499c2b34b0bd6fe0d1d0e1a7810563324ad8e778"
               "720755eb00ac6e28b204ff5fbb01fcfc91e8f1d2f113a5f32843119f5e06beec0fe94e5bfd0ccdd7f3"
               "22bdab7b05c4f83c0504",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 1 (valid: valid signature)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .msg = "",
        .sig = "1d5a9bb49cb1f5c2862f36e451dce7fc607f3d302eb9a9fbea5b673a29fa9023308381262c538cb539"
               "10b5773a7a44ff465828bdfccf8a7a4ef902e945dd5f6226ffb7d5b05f2335e5762c5aceff71c84081"
               "50959c1780cc9c22fccebd3405e81f1bc16d276c07e4a545ddb1aadeb751b571d22f3e4bc4e02020ee"
               "c5901a1ebc04415e9ddfe967fbe4ec7166923aa095b9fc7a81fc21ba37b5220a973fc5f32fdb8e0841"
               "ed321450248402a159d2c08e4a72b780310d420a6e499c2b34b0bd6fe0d1d0e1a7810563324ad8e778"
               "720755eb00ac6e28b204ff5fbb01fcfc91e8f1d2f113a5f32843119f5e06beec0fe94e5bfd0ccdd7f3"
               "22bdab7b05c4f83c0504",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 2 (valid: valid signature)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_1),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "01e9b1d4f36d040a553ee12afb76a36d04c6c5a0f3df84ae22422e8157e57b1c43a7bdaade30ae7307"
               "3632a4679973ec10bcbb3016f6e20c9cad29a14f96052507819e90cf56ba50c97df5e5001c7f94817e"
               "d29f7500f839eb415ef3182aedb2484bace43cd2fcaaa6f5dbc4b6491791592f084b2a14ab303e89de"
               "b28a68c72b0b630ae85becb67f2b722f23a0f321f3a7496b251895111640452932579aa53ffb8f8fb4"
               "ffd331fa48c6f1e8e152ce7e04cfec941cd96dcf7a885a3022e426d87e8111336f1166878dcf8d190f"
               "fb16a574fea9eb6d7e270e025c6d98817e75c968f78c4750be018f74968d7f3e5cb9d6f47d5aafc99c"
               "85c83af7175c73091ae8",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 2 (valid: valid signature)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "01e9b1d4f36d040a553ee12afb76a36d04c6c5a0f3df84ae22422e8157e57b1c43a7bdaade30ae7307"
               "3632a4679973ec10bcbb3016f6e20c9cad29a14f96052507819e90cf56ba50c97df5e5001c7f94817e"
               "d29f7500f839eb415ef3182aedb2484bace43cd2fcaaa6f5dbc4b6491791592f084b2a14ab303e89de"
               "b28a68c72b0b630ae85becb67f2b722f23a0f321f3a7496b251895111640452932579aa53ffb8f8fb4"
               "ffd331fa48c6f1e8e152ce7e04cfec941cd96dcf7a885a3022e426d87e8111336f1166878dcf8d190f"
               "fb16a574fea9eb6d7e270e025c6d98817e75c968f78c4750be018f74968d7f3e5cb9d6f47d5aafc99c"
               "85c83af7175c73091ae8",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 41 (invalid: first byte of"
                  " m_hash modified)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .msg = "313233343030",
        .sig = "b8edfcc9ff6451ff5838c470232c4d0f358a88ff6344e62cf4cf9170576e6595fb22f6b2f3b2190a6f"
               "286745e39a300cfd368f82f86f12f81ad4f8546cafedb00a38bc85f8e240127fc232ef8287c7bbd35f"
               "daf55ca849c9745ef2ed1371a84e77cdb07513a5e8dc4898e7a9c8c52a3e35b3682abba3b583123026"
               "b9840ae286148426c59b4c00566a147c6d89e039b28052a8974f966c2d77cbd26ad94f54ce98774837"
               "4e88b7bcc4afd24582d408db9cf94906ae9d0039e1bd22ad8a23a8c379777ecac954540f1b13186369"
               "fe3480955cbef6090754b286c8e9adaa288b1024d94be0291d20e20a9eeb525d5e9a2e0e0b5cb44198"
               "02b308e27554ca3410a0",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha1_mgf1_20_test.json tcId 42 (invalid: first byte of"
                  " m_hash modified)",
        .key = 18,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .msg = "313233343030",
        .sig = "48c590347b593cab642b07d49bc2229503ad8079dfa82e3ce1f014d1f0046c5862ea5d3d3c3f447053"
               "70b15079e1dda2627e3ae861fdff25eefbbb436400702816ff8c60aec8e2cae0e0fd2ea87a3c9ea037"
               "31fa2c5fc78299aea7629951cb71adf1608e5843b3f9c99f0c3ad37b6c85e0a271a1f5a07322433c59"
               "45f9a471e695c0ee81564a9bc613b73e0700a804d7c8196f160729b8f90167a6704761930bcc5aab75"
               "f2d5e71067e799833a8f4d8ed49ea17ec71a29bb9d20c96501241d97931e90b0f50db39a57829c615c"
               "a262d756744ba3422c3505484c79e964d840927331a1490889ee67ed1af681d350e0a1fc95b446c95e"
               "38a3c14af3236cfdff4d",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_384),
        .msg = "",
        .sig = "0e899239050ab21c102394e6d22090f51a225112a73257413b7fbc9dc5c479aa21537cbe2b126b69b7"
               "857d97c58b5425cbd67b41e8b17c37d6df0bb0d73bd468103ac09a11ee5edaa42dad5080765b539921"
               "c031994cd02b367b586477ddf45a280499cc31d5f2853874836c0ed0c220cd388e698d94f10d20f696"
               "030af751ba9ebe44a19341a9f539ceebee0c0da6ec6333da9c7bfd44b6e48ef29bc07c43e9f0d829a8"
               "88b6b19dd282dbe29e93d80c46a6fd0416c912967319b5c967c85002654f75ea03f5ad1e3c7e5c696c"
               "01d0bbfbfbe22d3a5ead904c8d810b655443da34d76e2f71ff58401bc0d93adcd38175c94a2ae6a2b4"
               "b8066b53a9fc38fa5740",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_384),
        .msg = "",
        .sig = "0e899239050ab21c102394e6d22090f51a225112a73257413b7fbc9dc5c479aa21537cbe2b126b69b7"
               "857d97c58b5425cbd67b41e8b17c37d6df0bb0d73bd468103ac09a11ee5edaa42dad5080765b539921"
               "c031994cd02b367b586477ddf45a280499cc31d5f2853874836c0ed0c220cd388e698d94f10d20f696"
               "030af751ba9ebe44a19341a9f539ceebee0c0da6ec6333da9c7bfd44b6e48ef29bc07c43e9f0d829a8"
               "88b6b19dd282dbe29e93d80c46a6fd0416c912967319b5c967c85002654f75ea03f5ad1e3c7e5c696c"
               "01d0bbfbfbe22d3a5ead904c8d810b655443da34d76e2f71ff58401bc0d93adcd38175c94a2ae6a2b4"
               "b8066b53a9fc38fa5740",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 2 (valid: valid signatur"
                  "e)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_384),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "9b45517f6149764531b362d7c6b6261b77fc37ae0b97bc392ba27ecb9bbb0d2db931cd7118c8672720"
               "2333558fcdbf84464595b31b28a526bf7df2582f40035ab5e1c3896337ac20f137568a52f0b64bc544"
               "531f00791a4593ed2182b82bd71366cbfb6cdc107c79fca7c3aae679e98e75b40b2034d9375ebf750b"
               "3153a97d829bfd5aa39c29246bae601c131238275503faa532f0ee75492b7d7b5b4f55d7be619f269d"
               "80a3feb414aeb1f36487b0e46b870d4756f98cfa50d6834a7cdcb23890821416cf0c8e82f688aa8e46"
               "ef8e3179e5ecd3cf157a8caaa70b0f4074294746e41b906d0ce85e6f2485cacb71bd63bb365eed5e91"
               "c9af4589d74b3f9487c6",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 2 (valid: valid signatur"
                  "e)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_384),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "9b45517f6149764531b362d7c6b6261b77fc37ae0b97bc392ba27ecb9bbb0d2db931cd7118c8672720"
               "2333558fcdbf84464595b31b28a526bf7df2582f40035ab5e1c3896337ac20f137568a52f0b64bc544"
               "531f00791a4593ed2182b82bd71366cbfb6cdc107c79fca7c3aae679e98e75b40b2034d9375ebf750b"
               "3153a97d829bfd5aa39c29246bae601c131238275503faa532f0ee75492b7d7b5b4f55d7be619f269d"
               "80a3feb414aeb1f36487b0e46b870d4756f98cfa50d6834a7cdcb23890821416cf0c8e82f688aa8e46"
               "ef8e3179e5ecd3cf157a8caaa70b0f4074294746e41b906d0ce85e6f2485cacb71bd63bb365eed5e91"
               "c9af4589d74b3f9487c6",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 94 (invalid: first byte "
                  "of m_hash modified)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_384),
        .msg = "313233343030",
        .sig = "243c6bba129527fcd13b07b335a5203cb3d54965f0ff9ff6bcb24d9b410f360abb6ac198d434da1e80"
               "71b18920540af6ee6ba3107557cb8c01ac00dd929c201b62f89401131d3db209e8c238a9458f160d96"
               "6343afe088a2e35d034d91992505326ddf2d882cb1b26791fa13fd8756ff55efbb3ae800da65a7cf78"
               "ad88bce6a83c3f42de3da0738e0cb18ac979ef11d798e73b5e8a49dcf88a112115e319750ac828287b"
               "1e500512c0997fe094aa0309671291b0767cceab19340d2ba225887cafb8f4a772ffa82222228c220b"
               "f8a6e1f4ea44ffaeab73315e880a4696a7d11c763e4b9d6c71aca3aecc27bde372c444071c3df971e2"
               "b22f9e7c937d57ae6ad5",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha384_mgf1_48_test.json tcId 95 (invalid: first byte "
                  "of m_hash modified)",
        .key = 19,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_384),
        .msg = "313233343030",
        .sig = "7c0f2dd6a8193ab8a1c8c1c19f414f7565c26ce261a63d584be5acba8b63083a10dccefbeb312e961d"
               "1acc422bf75c4cea57a75dbb8eec33ba38709668fff61e8f9a8d37e8593c9931fb2271a5dfa168828d"
               "71268bd446f65e5abb7643a58ea6ce97c464bacd035c183c374e61be750420cc1446a4f7ad509f8283"
               "3d1bc2d44db57be7b632db3fd009145d02341de6b4bb89b7dcf42a225db864c3224cb78e0487ef53f1"
               "6f5c69b27d0a49f7d76c197be58306435879915d856b548ecf6c36666007f8032c4670096afe9c08fa"
               "760d49247db1cc0c91404ef2a4a90416ea67a11405ad3b1fc85a380b676d27106371f9dc98a4977c7d"
               "e40c2238a9adee94b5fe",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 1 (valid: valid sign"
                  "ature)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512_224),
        .msg = "",
        .sig = "5ff84226a80c8f9154a50083fe04ac1fe57a837a15e471b9bc61fa852b2e43b6f3418ca2a7130037d7"
               "4955778e463f24b632d53af6dd141a2d91dfab14049b7762ebc0acfba459cd8c9ddd29a7b07e97d06d"
               "b81d49beb9ed0cc9ba6dc0609788f6291e3753907c8ac11459b83a1c0a0acd3ef78f9ac68498d78409"
               "a1f3b54ef650f108d60e7267354787dcd5ff0c3648c3ad3a1796dea232bd9b8e816726109fb2e57498"
               "35ceb37375f8c3d8d6234b5828b0696b01e1479fe38935d27dba3654de38d1fedbbfc20e66a89b4081"
               "11b4fd39eb451dab472a66fc8e3b31bc487bee3efb81c50dd9307e674e9dc8a47513ad119be1dd5417"
               "41c1fce81b638d1f3fc1",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 1 (valid: valid sign"
                  "ature)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_224),
        .msg = "",
        .sig = "5ff84226a80c8f9154a50083fe04ac1fe57a837a15e471b9bc61fa852b2e43b6f3418ca2a7130037d7"
               "4955778e463f24b632d53af6dd141a2d91dfab14049b7762ebc0acfba459cd8c9ddd29a7b07e97d06d"
               "b81d49beb9ed0cc9ba6dc0609788f6291e3753907c8ac11459b83a1c0a0acd3ef78f9ac68498d78409"
               "a1f3b54ef650f108d60e7267354787dcd5ff0c3648c3ad3a1796dea232bd9b8e816726109fb2e57498"
               "35ceb37375f8c3d8d6234b5828b0696b01e1479fe38935d27dba3654de38d1fedbbfc20e66a89b4081"
               "11b4fd39eb451dab472a66fc8e3b31bc487bee3efb81c50dd9307e674e9dc8a47513ad119be1dd5417"
               "41c1fce81b638d1f3fc1",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 2 (valid: valid sign"
                  "ature)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512_224),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "786f20dcc20f1b84f15dddb03cbb861d9bcbb41b303fa8ee98bfe6c9ef8af56a1047a1fe2032332bc0"
               "309ca4a6913f8aca617824a55729301a0db9d70414495cfe494edcd27a7b5338a27a2b21d8b675f1bc"
               "902a739f1129c661927d10537045b69c4504677b73efec551fc7690627b5c72a710ec3ceae49124f95"
               "f28d802da4c1bc894def8ff64a3d95ab56dcb54c1aa061c0d5f05ca5ed8a788cceabe1a542ae7d414b"
               "9aa97ab2129e88438ce48fa5c707dcf82809aa5538bb7bd9720c251dc17b01d871a6527bc3744f70dc"
               "9d130f5aceb7b2acd70cedb501cbd67b7841713b93a7094bb60f322691f25641c2b22b48805c11b076"
               "66f62672c726aea8d325",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 2 (valid: valid sign"
                  "ature)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_224),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "786f20dcc20f1b84f15dddb03cbb861d9bcbb41b303fa8ee98bfe6c9ef8af56a1047a1fe2032332bc0"
               "309ca4a6913f8aca617824a55729301a0db9d70414495cfe494edcd27a7b5338a27a2b21d8b675f1bc"
               "902a739f1129c661927d10537045b69c4504677b73efec551fc7690627b5c72a710ec3ceae49124f95"
               "f28d802da4c1bc894def8ff64a3d95ab56dcb54c1aa061c0d5f05ca5ed8a788cceabe1a542ae7d414b"
               "9aa97ab2129e88438ce48fa5c707dcf82809aa5538bb7bd9720c251dc17b01d871a6527bc3744f70dc"
               "9d130f5aceb7b2acd70cedb501cbd67b7841713b93a7094bb60f322691f25641c2b22b48805c11b076"
               "66f62672c726aea8d325",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 52 (invalid: first b"
                  "yte of m_hash modified)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_224),
        .msg = "313233343030",
        .sig = "01ad0532f0b111e7ebb6aa8e0e2a7d28770080621a0739cbc26bec1e0e6cd6d474b0f74a1dc82d3203"
               "1d503bda62ebd2dca6cd2a28821c3c2579c720a9d9af1da2512b1fbb71fa74b65262dbeb1c6f096013"
               "88a721501532f2b37f4419870c95b0595007f2e8f8dc7182b7c71b27f7e6ebb84e736c107ec05140b2"
               "57d317c262ad044224208960c6f31d715265d194076497d4521956f7a48cfc09428bbdcb4fc53ad8be"
               "1153698873f360ed09c9fe10d3b9d5eb2dfa0feac74a764be044b1cc5d5e7b6744455fa3889c625908"
               "0a9ec672a017c9e5b37ae87cae85d3db71f81785e344e01255acec8d79be308dacae9c31aa9008308b"
               "43126f7236f104f543c2",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_224_mgf1_28_test.json tcId 53 (invalid: first b"
                  "yte of m_hash modified)",
        .key = 10,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_224),
        .msg = "313233343030",
        .sig = "0d6e7e748aa537a309dc3b389cfab0b0b491c6f3e1acb1b19451413680e80fc3d98a1c33aab10185e0"
               "caa35fb78707f7b5df53da534ea88c0643eb2d8ca9d420423cdf1148a17579cc6b24fcf9ff9107aee8"
               "c5c4219d1069b42730e470165d70775b7160df2239bc1f1bae1cf7e88c86a96b44aba49883483a38b5"
               "4814d5ba90540bc167c772f2fe7fc588dc7898d1bf9de863c2918f2468514f08393697c01df6b4c9c3"
               "448153f1a222936aff123dd64c18a6021fbb8ee33227529fc194282925e2a461568e74f14d072bfd11"
               "49b109b2a9af91e7cbf43dffbbba5e158218005f842e118604b38dd23a0ab5e7a3ec4524faec14aff1"
               "9d886338d2d94b19eff2",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 1 (valid: valid sign"
                  "ature)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512_256),
        .msg = "",
        .sig = "25085796e3f7e52f0b35179c40b748f8faa4024fd774505e9f60dd2c4112f1f0c69b0fd5df5aa32fa3"
               "42809549e58d317ceda5e5684450aa7a7028edef61bbe5770ba4fa49beb14468104cf45c882777b984"
               "69d0af43a8b907b064784c5cb2293b4d7f9aa251a5d5ea8ba7beeda8278ad6066267b63fe6c2da178a"
               "670507e1b93c59d23df00bd4cd49857bd6af6157b6c1faa5af5285b9aa86db87c7bce6d2a44a2e9003"
               "2cac5f77eda748de58b673a7ffdfc59f9a9231de0ff8cddb8932b492e8b39d0533bc661279595658b1"
               "661528b71d460c302678e528214f54ff0f53b17c05f83dc6dd1ccf111367ce19d014557a824545d240"
               "22ce880e9d81b7ed6b61",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 1 (valid: valid sign"
                  "ature)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_256),
        .msg = "",
        .sig = "25085796e3f7e52f0b35179c40b748f8faa4024fd774505e9f60dd2c4112f1f0c69b0fd5df5aa32fa3"
               "42809549e58d317ceda5e5684450aa7a7028edef61bbe5770ba4fa49beb14468104cf45c882777b984"
               "69d0af43a8b907b064784c5cb2293b4d7f9aa251a5d5ea8ba7beeda8278ad6066267b63fe6c2da178a"
               "670507e1b93c59d23df00bd4cd49857bd6af6157b6c1faa5af5285b9aa86db87c7bce6d2a44a2e9003"
               "2cac5f77eda748de58b673a7ffdfc59f9a9231de0ff8cddb8932b492e8b39d0533bc661279595658b1"
               "661528b71d460c302678e528214f54ff0f53b17c05f83dc6dd1ccf111367ce19d014557a824545d240"
               "22ce880e9d81b7ed6b61",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 2 (valid: valid sign"
                  "ature)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "4b93f7a4523c81eb601509bd3675fedbd3df37225f84cf68ae268cb52515b1966d17dd49a3f49628a6"
               "08d3aecf3677b4993498873782d419583b3e1fcf23a75f8536ff2fb7472b30f26f389c4e0a1753b9d2"
               "46ac52b225b8b750844a3022d8811cd6d2a57a4c6ac407c7975529926a2de3ad79b7459097d8cb9c10"
               "2f157d98c90849e4f1c1022885854ee66bc00ed1103f6ae0be542b0421ea1db7e923cc220df8c4d989"
               "bc3a9ae4de55a7933afd5b295bf315c6d7c613975534867a1cd3d5dc69ec883451f2aef559f9ea7f46"
               "17d2ca0ab96ba70f2f5a284693716f8c9b777b9e5391edeb26dfd38571e46d9564571b52df72809846"
               "68a1384d61b40fa8974f",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 2 (valid: valid sign"
                  "ature)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_256),
        .msg = "0000000000000000000000000000000000000000",
        .sig = "4b93f7a4523c81eb601509bd3675fedbd3df37225f84cf68ae268cb52515b1966d17dd49a3f49628a6"
               "08d3aecf3677b4993498873782d419583b3e1fcf23a75f8536ff2fb7472b30f26f389c4e0a1753b9d2"
               "46ac52b225b8b750844a3022d8811cd6d2a57a4c6ac407c7975529926a2de3ad79b7459097d8cb9c10"
               "2f157d98c90849e4f1c1022885854ee66bc00ed1103f6ae0be542b0421ea1db7e923cc220df8c4d989"
               "bc3a9ae4de55a7933afd5b295bf315c6d7c613975534867a1cd3d5dc69ec883451f2aef559f9ea7f46"
               "17d2ca0ab96ba70f2f5a284693716f8c9b777b9e5391edeb26dfd38571e46d9564571b52df72809846"
               "68a1384d61b40fa8974f",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 68 (invalid: first b"
                  "yte of m_hash modified)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_256),
        .msg = "313233343030",
        .sig = "06aeeaa068a541e4fc7d5de9bbca623b965f336adc63a4fbab30b49261c9293a048464029660d0a454"
               "11838fe916f6a90fad4a6bed7ff3fff920535404fece40c2edb7025ecb07cb50538fdcf1c1f29cb48f"
               "d32d9898fc665b928d26557488fcf6f1c991bcf8ab7625aa758920972d0f18589f3a7718d2d809415e"
               "07c94cd150d426365dfdc151a3fabcde8e6fd25b4bf1aee90c5e467f63b7a6ab353577561825fd1b58"
               "108c11e45d54e7424ce08fc4a342b393bd95ef7a37ea9b8f5aec34aa17b89bad591db31935c2916378"
               "9d92c3c330bda6dc721eab7b478256de7833697f0cd10dcd11b0a63ed3e805720e84b8ab84a6556e25"
               "75e01b97080f467cb318",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_2048_sha512_256_mgf1_32_test.json tcId 69 (invalid: first b"
                  "yte of m_hash modified)",
        .key = 11,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512_256),
        .msg = "313233343030",
        .sig = "58f0dd4f3fc8ac8e85061e6d14731be42dd864455d2cf70a043ae76185f83dbd3fced9c16fb8678963"
               "cbaabfdfeec9d4b6a2ce6af811b77a11e82eda25ab8f070fdd31daf49c59f295432aad7fedc82b75e2"
               "79e05e653bf3e1742760a5c6b7d14da13eb5590abfbc4c70708c1272cb55803ea5c95b8ee6b986f421"
               "917441ecc990575f403571db77e5ceeab55036b5cf0b5f4d55619cde6ef4cc238f1a22bd15e7f2a61d"
               "7ee38b6ded9f802e182ccec9fbbf9a34580f3fe0ea3cd8549af0832f97f2ce2fccfd12395522a68766"
               "c32309b68ad054d8c8fde9a9877eacfdb2f494d4790090619b350bbf87cb158a15cdf0bce82e2cc30f"
               "f61ba0df7156ec56b07b",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_3072_sha256_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 20,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "b520065682633ba54c9b713b2ef19cdc1fcf275ba1744c2350da7307a20971cc30eefa37d1667d23d2"
               "0001a674f0e00df4f9b9e1d5fe7eb85cc45cab5dd625759de83017995c93d48b126df03aa74ef87dae"
               "a0c1652dd370ad5d663598a383cac217a208b22c7cf0e448cc7ae0555f892ccb8ded6894cfb0c328cb"
               "542be0485d860ca77203081f3b04c6f55c5689b1a66b1c24819a4a7ea55f32e00f61accf4b411bb320"
               "a96c990173b63ccd74e7da7df5ceaf33a39a8acb89a845a594b164ec6e22cce940eb06f2d487a8bc45"
               "74451878c2bbf57d241f76586e0703bf5f86bee832d05b75fabaed6accadfc1ec2cd6e619dbb29b65d"
               "6e6f5e118ad52d82a955d21005ecd63fb382f32bb8e2e1e57220b345cd6422bdd84a91495d0ab5775b"
               "08139edee960dab1b4ffd9ea5b27398b58e6e35211c3581501e99bf5e3f17fd79381528d28a4927e28"
               "082f45bfa9519f98ea663dc84c50317adf0bd5da98b01459011cec61800534dd5afc5a567c19e4a400"
               "f06dee74112083b5322615c144ce3b",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_3072_sha256_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 20,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "",
        .sig = "b520065682633ba54c9b713b2ef19cdc1fcf275ba1744c2350da7307a20971cc30eefa37d1667d23d2"
               "0001a674f0e00df4f9b9e1d5fe7eb85cc45cab5dd625759de83017995c93d48b126df03aa74ef87dae"
               "a0c1652dd370ad5d663598a383cac217a208b22c7cf0e448cc7ae0555f892ccb8ded6894cfb0c328cb"
               "542be0485d860ca77203081f3b04c6f55c5689b1a66b1c24819a4a7ea55f32e00f61accf4b411bb320"
               "a96c990173b63ccd74e7da7df5ceaf33a39a8acb89a845a594b164ec6e22cce940eb06f2d487a8bc45"
               "74451878c2bbf57d241f76586e0703bf5f86bee832d05b75fabaed6accadfc1ec2cd6e619dbb29b65d"
               "6e6f5e118ad52d82a955d21005ecd63fb382f32bb8e2e1e57220b345cd6422bdd84a91495d0ab5775b"
               "08139edee960dab1b4ffd9ea5b27398b58e6e35211c3581501e99bf5e3f17fd79381528d28a4927e28"
               "082f45bfa9519f98ea663dc84c50317adf0bd5da98b01459011cec61800534dd5afc5a567c19e4a400"
               "f06dee74112083b5322615c144ce3b",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_3072_sha256_mgf1_32_test.json tcId 62 (invalid: first byte "
                  "of m_hash modified)",
        .key = 20,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_256),
        .msg = "313233343030",
        .sig = "730a26b2c3fc2df474212c04fcb346b3b78a58c611351871ac1c5262867ce19a6f553880d68ba4c358"
               "27610b72bb044162b083fe9ffa7a82e2366090464821946f2ce1a8ea19b12c10c0e42a52ff805851c2"
               "26748a9d65d7cb2057c9ee0beddd8ca02ae1bc36ced39925d2429d531c2e607bfbf0648708ef4f7d81"
               "6c8839cc8c62036ac37e811f94a943198acf6e19c66cd829bde9dec9969eb4724e2d4ddc4f8c2bb252"
               "7007ddbaf2975937ece7f1779db28c610503e7ebbf0b03459a1f4794136842b57d04f14e22b98ef379"
               "39c64d08fb242cca548b7bb2c2d8b1df6bb8b0b7f6f38e47226e9fc0a4723c2a518ebdc5c4c8f15db7"
               "4fe958bb567e55f092d3dc8af0128b353e2d273d574433c22cca579c479005b52c715eff1ef4eca8d8"
               "2d2f6d7cc972fe0e75f19eeea3b77ea7fe26b1d29cedbfa7ef0737e4aa50a567b5fb417e356fa8034a"
               "72a53c5d1c0cd467808df6faeba89dddeaeb09c3ce7937450b41e7c1d4403b3033d3531adc24e9f5fe"
               "35d877a3e36fd3702289e69b460b97",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_64_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "bbb7dab2ab26bb86660f02822cac2ce6317872ed07b83022e693c9ad38ca746437cb3601e26a39ed4e"
               "e528e023a9f418d16c88bf0096e5e83aae2365ea8aae415f7012f5a303ad2bc37f9749d307ef9a1e4b"
               "6a48e49770f46dec1b3a29c96d14bad91a441413012cc4a032f8b31d110fc1df22d0ad173be06ab6b8"
               "1f557d85115b62cc5c557744048771d10ba187f39b28b6166c7560145192ad1e9f3b61a6bf9bbfc61e"
               "a567ed5c95a807716644ecce8f33de35cccc7813a57605d5754db66a38c744ca7a468bba3a0dac4046"
               "e472bcd98757383c5fe1c227763b3b1597f17e69f11599c16e7175d70cca60b719c008e06292886796"
               "44015352c169cac298259cf5724671e316f4c914b522bb507d7f5afb3e9599901aa77ce431102a925c"
               "f3a66bd1708a8ed1f3428aa9aafe41fc433ea3ea0e5326efa65b42ffe1bc3b7eafd1c52302ecf7d3aa"
               "326067b6ed892af9ccb0ca0ca8dc1fa111bae768fed2213de448f8aef2497de83a2d046b7d9a4c1c48"
               "7bf3892022a243dff3e3c3ba713032c5f6bc63d1f206d1831aaab55129787ffcb18b164edecc6fbfb9"
               "0284b3dfa6a28557b72864b1b8a63d8ad406339badab7b724dec46e4cfaac2b545537aeb3ec2b72d62"
               "66172eabd22dc276a626663940201bb08a6c91d59fcee8205667a54cb7be5770cf6eb5fdbf4a6b76fc"
               "c5a7b34b6a56f1bf89ea8ff25ec364dbdfd5159e",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_64_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "bbb7dab2ab26bb86660f02822cac2ce6317872ed07b83022e693c9ad38ca746437cb3601e26a39ed4e"
               "e528e023a9f418d16c88bf0096e5e83aae2365ea8aae415f7012f5a303ad2bc37f9749d307ef9a1e4b"
               "6a48e49770f46dec1b3a29c96d14bad91a441413012cc4a032f8b31d110fc1df22d0ad173be06ab6b8"
               "1f557d85115b62cc5c557744048771d10ba187f39b28b6166c7560145192ad1e9f3b61a6bf9bbfc61e"
               "a567ed5c95a807716644ecce8f33de35cccc7813a57605d5754db66a38c744ca7a468bba3a0dac4046"
               "e472bcd98757383c5fe1c227763b3b1597f17e69f11599c16e7175d70cca60b719c008e06292886796"
               "44015352c169cac298259cf5724671e316f4c914b522bb507d7f5afb3e9599901aa77ce431102a925c"
               "f3a66bd1708a8ed1f3428aa9aafe41fc433ea3ea0e5326efa65b42ffe1bc3b7eafd1c52302ecf7d3aa"
               "326067b6ed892af9ccb0ca0ca8dc1fa111bae768fed2213de448f8aef2497de83a2d046b7d9a4c1c48"
               "7bf3892022a243dff3e3c3ba713032c5f6bc63d1f206d1831aaab55129787ffcb18b164edecc6fbfb9"
               "0284b3dfa6a28557b72864b1b8a63d8ad406339badab7b724dec46e4cfaac2b545537aeb3ec2b72d62"
               "66172eabd22dc276a626663940201bb08a6c91d59fcee8205667a54cb7be5770cf6eb5fdbf4a6b76fc"
               "c5a7b34b6a56f1bf89ea8ff25ec364dbdfd5159e",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_64_test.json tcId 131 (invalid: first byte"
                  " of m_hash modified)",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512),
        .msg = "313233343030",
        .sig = "587b5619eaf818a1eafbc475ffe48009874aa959d9989f51b5e4241f9eccdc0c081d7a0c0b4cae9657"
               "f0c1307b4b1d78a56859b81d75a3eb45a599f4ba695608909da05ac0bfca62832bf944738ce6696245"
               "5875ab4af87284abd40caf7751fd70fdff9adb834a6e8a502c2eec37785de104c5de5849e37c0fe25b"
               "95fecf86dd0ecf1fe077072d13ee8c3dbfe9843aed1ae693a52f2270a497a5bcc2532117211ba87993"
               "a2f808bf69fe20a959457b5869bb3c4234ca5edc43810774498017552b2472cd66db323726eeedb943"
               "25dd44cd387b2ce98e780d2da8b4898e5d417750ed918b652f16aebb8fcf3a333923cc1c9275257cf8"
               "70423eb88e715fc3acc3bef4c3437250b07acb31f4c5be53e94015bc93fc82b0faa6e721999bb43926"
               "a7dd2405701cf648a54fbbd314840a0f2e9f4be069027c7cbaba97f0e39131ff61bb9d4d12b0920614"
               "35b924fa44cee843f702311299b0681e0fea42ae31a3dc3cb343be9b3e174d457515bd06ab5e1f5d13"
               "45fab7c3a12c82dd6c527e39e3fcc417c191d16dd7baf36925f1e041611557610effc81e0dde0abeef"
               "bfde4ab546d4309baf668375b5187a2e8a8b85f6136511108829bc3eb06cc0eb1448cf246cf4a38eca"
               "8508b73ed7c232165f5b5afe911df589216fd97a543d0d0adb47928875daeaea26c7bc3542e3117f09"
               "1fb45e12f12d51620c877d731552fc5b7248331b",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_64_test.json tcId 132 (invalid: first byte"
                  " of m_hash modified)",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512),
        .msg = "313233343030",
        .sig = "48d5b367e7e7591f138e7fb92ff57ae1b51521f776e5056833c67a54168b1a1b92c8329fe27aa487ca"
               "f88862c3cf4c6e4ea16be15baff2259f1611f4c461f4592e15836deb4bfc49e19bbc41066a7d1f78cb"
               "bc72d61ca863c83e1ffd865246da65c4fa54622316bbefb225b01f3f4abe16b04719b1fcc9d992f0cf"
               "8379f70cdfd16113b4ae515185affc4d52f6bc7e589483d5f8a941d8e666a1e8444afa7fbfa4a24762"
               "00364fbc6b83b909f7545399f7d7c54ea9864d48c21d9ae81a0f25a2def1e5de478ef2f03b066c44d3"
               "d92abd6de0dd107ecdfd2db945ad22e31a316cd16e7f2a65e142548487e7a8fd85260ef91198de8951"
               "a2e9c6d9d66e0b44bf0dbdfca270abedcaf09764d3a8a49d5d700ec871bd1379c449c06a67349aee3c"
               "86ae353880f678112f3bb73a757c29b3d0e2f2d45387a83f4cc6349e731d5754e143eed079e2262b51"
               "8ac3d6b5243cb996fef6857f09a4b057b3f3723c00968c3b6bb05101859ba5197a4cb707408ffc55cd"
               "467bcc2383594bd389b4b491244d16107713e040dc0b37cdc31bbabe319cdb3757ff43ca46db04a9c6"
               "c69466787795764e70bcc3aa212bab926d191991bb030d75da3a2dd296720e0d3d3ca58f7aa1661290"
               "9217f33f108a763ad322f202f6ac45d7f37cd49e835be97b519d998914266a897241683ea97337d49a"
               "89d2db14470f8b7c736d422f99e03e63a03e2be2",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e)",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "8d4444ab233739c9d1441e99cb4f71581ed78fb996ba1257fffcd9e3c74ff60d6be352f002f959ff66"
               "bc6ed0c987a070097e5d57d8bd89b4452a9d2ca121eb6a283e8d0ef6f5f67875b6cbb8f04e6d242900"
               "d73d5bd7b59de4b9466ccbe53874ed422610e411fe3e026f47e47b8686b9c891c7226b4ca560a840e1"
               "734eb4f6fe877e559c9a9299dbbcaeebaf7eecfce6fe43ffbc483514fa3aabd6959e5aaa3977e23a9f"
               "97edf406d396e96c3c830164b10abc680bbaa6d99d19765d7c7e77946ef6ae240b5fef0249e7062792"
               "b15c8f9157da95971afb315c9c015c74a2e79ea2d0cc46992704872c340781f052b4b2cb5ded8f5cad"
               "d9b5e3edce128ef2354bd0411074d6515251f5231453bd530222f730ec736a86f721744267ba526522"
               "89ff6a207a5a7c45c20ec451948d6bd7b10f1af7282afed9f5df43e4a0d0f2e8fc6d3dd3130d4ff6fb"
               "c11f0ea460089856df29d1b7b111095754a7de9bc03029c6c397b6994674775fd29cd22ffb03dcd90c"
               "51096b18a6c174f2b48d50e94856f5a22adae64915d69c5528dac0345017c24e8aba401c6e9a0a2680"
               "57a0fea237dbf0c88906796eea0d1bc3c2347cfcd812217e26015825e9f0fac404c22c26272443ccaf"
               "30b294c7c467497ee561a2a5f6d219973cffde9aed8e4486faa3de3d17405445e2f78a768dcac1efd0"
               "1596486c2495f5bb1f830a4984041e03a7bcd77a",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "Wycheproof rsa_pss_4096_sha512_mgf1_32_test.json tcId 1 (valid: valid signatur"
                  "e); sLen 32 is not the standard salt: PSA_ALG_RSA_PSS rejects it",
        .key = 16,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_512),
        .msg = "",
        .sig = "8d4444ab233739c9d1441e99cb4f71581ed78fb996ba1257fffcd9e3c74ff60d6be352f002f959ff66"
               "bc6ed0c987a070097e5d57d8bd89b4452a9d2ca121eb6a283e8d0ef6f5f67875b6cbb8f04e6d242900"
               "d73d5bd7b59de4b9466ccbe53874ed422610e411fe3e026f47e47b8686b9c891c7226b4ca560a840e1"
               "734eb4f6fe877e559c9a9299dbbcaeebaf7eecfce6fe43ffbc483514fa3aabd6959e5aaa3977e23a9f"
               "97edf406d396e96c3c830164b10abc680bbaa6d99d19765d7c7e77946ef6ae240b5fef0249e7062792"
               "b15c8f9157da95971afb315c9c015c74a2e79ea2d0cc46992704872c340781f052b4b2cb5ded8f5cad"
               "d9b5e3edce128ef2354bd0411074d6515251f5231453bd530222f730ec736a86f721744267ba526522"
               "89ff6a207a5a7c45c20ec451948d6bd7b10f1af7282afed9f5df43e4a0d0f2e8fc6d3dd3130d4ff6fb"
               "c11f0ea460089856df29d1b7b111095754a7de9bc03029c6c397b6994674775fd29cd22ffb03dcd90c"
               "51096b18a6c174f2b48d50e94856f5a22adae64915d69c5528dac0345017c24e8aba401c6e9a0a2680"
               "57a0fea237dbf0c88906796eea0d1bc3c2347cfcd812217e26015825e9f0fac404c22c26272443ccaf"
               "30b294c7c467497ee561a2a5f6d219973cffde9aed8e4486faa3de3d17405445e2f78a768dcac1efd0"
               "1596486c2495f5bb1f830a4984041e03a7bcd77a",
        .valid = 0,
        .sign_exact = 0,
    },
    {
        .source = "PKCS #1 v2.1 pss-vect.txt RSASSA-PSS Example 1_1 (Mbed TLS test_suite_pkcs1_v2"
                  "1.data)",
        .key = 21,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .hash = "cd8b6538cb8e8de566b68bd067569dbf1ee2718e",
        .sig = "9074308fb598e9701b2294388e52f971faac2b60a5145af185df5287b5ed2887e57ce7fd44dc8634e4"
               "07c8e0e4360bc226f3ec227f9d9e54638e8d31f5051215df6ebb9c2f9579aa77598a38f914b5b9c1bd"
               "83c4e2f9f382a0d0aa3542ffee65984a601bc69eb28deb27dca12c82c2d4c3f66cd500f1ff2b994d8a"
               "4e30cbb33c",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "PKCS #1 v2.1 pss-vect.txt RSASSA-PSS Example 1_2 (Mbed TLS test_suite_pkcs1_v2"
                  "1.data)",
        .key = 21,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .hash = "e35befc17a1d160b9ce35fbd8eb16e7ee491d3fd",
        .sig = "3ef7f46e831bf92b32274142a585ffcefbdca7b32ae90d10fb0f0c729984f04ef29a9df0780775ce43"
               "739b97838390db0a5505e63de927028d9d29b219ca2c4517832558a55d694a6d25b9dab66003c4cccd"
               "907802193be5170d26147d37b93590241be51c25055f47ef62752cfbe21418fafe98c22c4d4d47724f"
               "db5669e843",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "PKCS #1 v2.1 pss-vect.txt RSASSA-PSS Example 2_1 (Mbed TLS test_suite_pkcs1_v2"
                  "1.data)",
        .key = 22,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .hash = "5c81a3e2a658246628cd0ee8b00bb4c012bc9739",
        .sig = "014c5ba5338328ccc6e7a90bf1c0ab3fd606ff4796d3c12e4b639ed9136a5fec6c16d8884bdd99cfdc"
               "521456b0742b736868cf90de099adb8d5ffd1deff39ba4007ab746cefdb22d7df0e225f54627dc6546"
               "6131721b90af445363a8358b9f607642f78fab0ab0f43b7168d64bae70d8827848d8ef1e421c5754dd"
               "f42c2589b5b3",
        .valid = 1,
        .sign_exact = 0,
    },
    {
        .source = "PKCS #1 v2.1 pss-vect.txt RSASSA-PSS Example 10_1 (Mbed TLS test_suite_pkcs1_v"
                  "21.data)",
        .key = 23,
        .alg = PSA_ALG_RSA_PSS(PSA_ALG_SHA_1),
        .hash = "9596bb630cf6a8d4ea4600422b9eba8b13675dd4",
        .sig = "82c2b160093b8aa3c0f7522b19f87354066c77847abf2a9fce542d0e84e920c5afb49ffdfdace16560"
               "ee94a1369601148ebad7a0e151cf16331791a5727d05f21e74e7eb811440206935d744765a15e79f01"
               "5cb66c532c87a6a05961c8bfad741a9a6657022894393e7223739796c02a77455d0f555b0ec01ddf25"
               "9b6207fd0fd57614cef1a5573baaff4ec00069951659b85f24300a25160ca8522dc6e6727e57d019d7"
               "e63629b8fe5e89e25cc15beb3a647577559299280b9b28f79b0409000be25bbd96408ba3b43cc48618"
               "4dd1c8e62553fa1af4040f60663de7f5e49c04388e257f1ce89c95dab48a315d9b66b1b7628233876f"
               "f2385230d070d07e1666",
        .valid = 1,
        .sign_exact = 0,
    },
};

static const struct rsa_crypt_vector rsa_crypt_vectors[] = {
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 1 (valid: Normal)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "",
        .ct = "6e62bf24d95aff6868afec2a92a445b6458f16f688c19fe1212f66a63137831653cedd359d8cff4dd4"
              "85d77dfd55812c181373201f54aafd65730d2a304e623455d51125d891e65d97fce52341cae45fb64c"
              "38a384a1c621e2713ee6794633f029a9fd4d774f56551eac2176162e162640f25eab873a3451c47557"
              "0f19228bcede4c67c370a75ed7fabccd538c9819eff182481b10d42f1a9f6a05373b8cf9b71818d467"
              "bd3b8ebacb619e8ad42916e600c043effceb3855bc48a629e60ae886f51b2a7876b0e623fb2ce68af4"
              "b039242f963adb0e4240aed0ed07f65f1ee7c0cc77d210d0c2d1dc10c81b881aa0c9c9e9499665cf29"
              "70d2ccfeeb3191531765",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 2 (valid: Normal)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "207180c340658b5154ae45d2e4e7326a0997c683a26b595e536a29333c4b66149af85e029d5419a39e"
              "3a147b221516ffd86b6b4b66c3e0c4c49fe8c57a2f5c37b8704b9b592b80db9cd788a4ed51ab4f0a1c"
              "bed63bd18d1f06a22f225866b0c2c417cb23473b7ba4250b1353bd2e5b4f0f937cd2efe5fa38db3c29"
              "5f7748b970088657db4aa9a76e1ee6fbff166ec1861d00d085326c7384bdd1bc2f400d4f74dbdfadaf"
              "3fdc46073e668573e02030b9eb5af58eb540c66677a771194479ec0098d858a2ea45d0ba1e6b32440d"
              "fbac745000554d51a17684ca964b02a74d479f1d432ef763ef4059715a4348cfe36a215359712f25b6"
              "977903be4adb92febbf6",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 3 (valid: Normal)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "54657374",
        .ct = "5eab3f0741e63986ed647d53e1cd71df041986900803d0f99c68355d249a15a47dc5b4f70a19147765"
              "4299e5a2731f3b4eec76dea18262fc696ac794e5f66cbfcddac4472c578e246c26707598055584540b"
              "839836b1404c5611ae558a984cee8fd036cea924e0be2474a940f61e0acc14fcae95ebdc59942a9ce9"
              "af9a9c81999f7f6815f057ffdc2533cb15d6391d1e2d95f16f9c04209c889a4c359c7d2926d28a66e2"
              "b030a416b928d2825627998e5191fb4983a6e65024262d94fc09187a2d78162122433251d1bfcc8e50"
              "7d06eba2d229c10031261da32ab8ccd15f1c5f9fbf07ed158483d736a110af4b44d6a4da60d6cb519b"
              "4454213cf9f0dc560f2b",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 4 (valid: Normal)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "0da290b0bf71a1141b2adc62b5b42b07fc52520cb05d1f39ccca7b7c22d379a6c2f2d93143d0570501"
              "40527a1e5638243938b531ec3de7014b0151301e49b9fa433482a02abdfd94193dc9c70157e557776a"
              "69ded01ecbeac405133595c61165a428b6284729a4746b47d2bbaca9d7432c3b5693591cfee488eb3c"
              "68ddb6cde0dd61cfc6952423f994abecee34f5683732b29934a2c498ad48cdd30c149177189f48eefd"
              "9cc7232df18be11ff5f7e3af7319e3115997c599e2d8f7f4f663dcc40032d403436d3058a5ea664736"
              "60f0e195281ec6eba997d2a951ca6ca5f3c112715c89da1d3dfb20a21940594ed10ade90ed7452b753"
              "757d7241cb8a803c373a",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 5 (valid: Normal)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "4d657373616765",
        .ct = "121196e51a3f4476bfb6adddfdeb3a25dad72d1ea315d652f331a43631ad36724b3d14532110dc44e4"
              "07b1184618f115677b33751fb0e8786ba220cfa7fc3fce22822eabdd4fc2761c7f34a04e8f13c1021c"
              "31adc123a32d871f0da6cdacab9c020222da52afd5c307a6e55e4566944403fda426ee2c6c973ccaaa"
              "fe2d081ed8c5b1dc00662424e395faed86c9ae19a3a95950c83d2a9ad5c7e7f670faeb123acef07fe7"
              "795ad298aafe543504d7811336b3e2ecb1622bc90599a185b34700f8f4c52a651d73ea57e8cfa80e61"
              "d9da61f36951c7194ae4dee3c6e67b5757a39685dd3fe01cb87620a54666ff8132e93d7081d38ddc9f"
              "079431075e96cca78f59",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 12 (invalid: first b"
                  "yte of l_hash modified)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "287d7108a1c6e7a18acb0045b20c57cdf2ac03456b44942764a7a9e9fdf3db481d7e202e4c8d733b56"
              "b9c1e93d71e791af8325c9363df789b252a5ed0eddc79e76fa41c2cb0a35618398217a390a5e6d99ee"
              "d905d5554d19c1cf4e30bdf1c2fcc5148b641d71b3f1977b63d232648ddd935ec9499a53ac2fbcac55"
              "f462e91065adaa018a39c453ba759bd68b454074153421e2ce75cf149f748b5b84758df8a423d1c50c"
              "880af863f2a6df3cd465ca36aa2152b5771f3d507f4a4dd9f8006d80eca23537092287976f218a90df"
              "1e16d889fe31e79f7309f3224f613e9b52479fe73b7aad915319a3b62a5936649f7d015d7b09f7fa9f"
              "454f78a7c3dd4bf791e0",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 13 (invalid: last by"
                  "te of l_hash modified)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "8b65065af82770625d24917d13fd97ae13247cad97910a2651f95800165b76cc34bfe06cbf8c31a7d7"
              "ab4f41e05c45a25b90c606378c8e49c95a15ca11ae37e797a00f1b2680a6958c54396be4e1ceedcabc"
              "58d9f136b36867a2fefe648a9758f49634bfbcaa48717a116cba58c27539be10c56911aabe013e0329"
              "645e8308423c3aa42e0c9b1f4b5f546ddd9f90bf4d007dab52ac3879db755e4f2b96db5cf01950f390"
              "76f261f50b1bae137be500b03ceff6ea1bbd80b33424f7faba5cc6b86670fcb7db1a9b3c58bdfd7b75"
              "ba9f3ebd34ae32d320c757020a7324df7d3985bccfe0e81bb7f61bd98cb37219312299b4f274b2c90c"
              "52a8e1790f52e8fdd768",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 14 (invalid: l_hash "
                  "changed to all 0)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "356e91db9bd932c7b5726da288e2620cd79667c2e1d7aca562331ceaa6e4ab47665213ed75579abb14"
              "7728bcff60787c95107f5be787c42e714d51627fcc8b4ea71c232c0c80ce6163cd0fbfa9dd7e8c1990"
              "176abc2705f4ffcf1d5c62393eab1c0ec8a653a90f27a968df8f4af622e96f663fceead8b0bf5dff65"
              "cd657a72b9c33265c5c2a8f7f9c614b9c2f8a95246970e6a778aca4b12552da47c274282ad9205ecd2"
              "264ae3c649597beaa35c141910e84233776d419448f55019a84e199a4867d68bf213f47b0316d50079"
              "dab77299fbbe7fe8929906461c1103a97c2b3f1633c8ef03e820ec675e331cd1fda8ebfedf541d0f2b"
              "571f4eaf292ce0ab14c1",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 15 (invalid: l_hash "
                  "changed to all 1)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "5a6efdd2d211d50366885e177190ce1621ba110ee46530bd083ba76ed48992d85efd8f9ba964eb33e5"
              "96e0c0bcb545f89e2c9592ed18495e8e5df1866fe30b27522a3ad9cf7124c4aa23f7c925900613c50b"
              "7c18872b4537a750419ae128e913e9a2d87c219e2cd01132972298028e54fe394ef9779d04543c72ee"
              "c4c5732cadff0b954964706bc4085722b0c595162d11793ab29754837bf5d324e21814ea24b12fed44"
              "1f20d22148ba5a987b6aa7c7d4ab5a33af8e6c9096c29777cb0d5cfe938a6ed5d30936a5a8f5fc435d"
              "f14d1c439d1b9d274254e7b248bd20d21dc4652c1605d5a2929db018bd45794a523b217fe0a9a6b070"
              "4197ba8126fc8311556f",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 16 (invalid: first b"
                  "yte of ps modified)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "52582e10264630e1584155f5e970b8eda9108a87370861cda12ee773411cf556db328c8a2a165d10f6"
              "f969ac61b170a75975fbdf9319d13c9535f30d621db19e41da3a04fe40874caf779c8f03bd5d1892e5"
              "2925b183c118446ed9a335e9c1dc4519fb1253215e5f8d8ee6d49c0167af9d5ca5b1ace067af573e0b"
              "e9a61beeccdac37b0e54f6b0f70576cb8a400d01136357a8576e81c119d3dd91c7b5cb343692a81036"
              "2e1e6dc06c1746e071a903a2856b4446f10f78c670d617e5e24dc5c0e45caafbf8ffc4af6b3ef998fe"
              "1bfb59aacb16d98d7e389679939861a6722c4e29af731da99d17058d7a12ead0d3d576de796ad2ad59"
              "6feada4c091f10748536",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 17 (invalid: all bit"
                  "s in ps flipped)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "4b4546460b54697beb899b54f474079169b4f7e79d0299586d821bd9091e9c5d2603b96c1aeb2924e8"
              "87b15b211b07a657a85629932f97f18acd5a9f15684c9959fa41a6d1c10eeca68b7b95179492e80927"
              "860b7fadce3eb4e1e8610adc709e25580d8c7ad95af1de3a94b4a09e3078b86e88ae9630388711d20e"
              "28c801131cd1f924dfeddd85a9d404ef5db9e6a887845b5aa4763fbb72f259985ccf7ee6fc8329bf1d"
              "ed74e5112f8c16df81e8038443df4bacb2eae1b06a48f178cdf2257941ca5887db4dc5135f0a2d050f"
              "56ac94ad9ffd4a13925c85501976937e723979cc31fd48c4d68d06e4c9cee53517dcb18da61fe43476"
              "58df495508d6ea9d7282",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 18 (invalid: ps term"
                  "inated by 0xff)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "3f5e00347c36ceb79f400effcae92d331aa9f52539041c50dbbc6fd071912912692a16353378276a2c"
              "1596358c46f6232434a95a99c573d0b83e4a6e970a73e99ca13d734506e2a2a56744b1872bffd501a8"
              "0ba7cf5494df6ff9b421cb10247e11d19ac9e60afe0dda87cb351c21ba554ea50b70f6eee4ffa949ae"
              "38694ef831020d4e599c6ff4493d07c7b6be06453b84143813a68dfe0fada2317a9f4040a3cf630809"
              "0b6bfaca36067312f41bc0c4c01ac00fdb5aee4395b04cdff82cb433b01cd3e70daafc7807b2f77022"
              "6699e7535124a453f7ad2653bfb7cfe71e120dc37ba88a5be347ad134351c11ff1019b7e42d24b7a38"
              "90a8424fae53a10c0e11",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 19 (invalid: ps is a"
                  "ll zero)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "a166bf7b5c2cf1896c0b924a69233a0a585bd47ed7f2330654aa68806deb0ff68c6475050ab45c691b"
              "bbcc58dbc2f5c817729e8e195ebd39d48bd5e14977abae0829636831655917fb5a758fb43a8e505d6c"
              "e595f625970685f7ec81cb5592210f5d68c6e2e1ef26b4ef8c92bf44f077e1d5099f379cb8120ad185"
              "bf07877979ca81f251fb81be0ad3c14f4d7885fcec496f80033fd4279b6830a20cbdead27c0967e28d"
              "1e06ef4bd7ba89210ec0d696274a187dc2f13212f5adf06e9450eca398325cfda73431036ac21b087d"
              "373c9f575c941f8cb078961176e31859a61c49baf8ff4f817a11010448d6a0e40dcede1a5ac3befa4c"
              "6e9d9d67d8e8fd8b6de3",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 20 (invalid: ps repl"
                  "aced by 0xff's)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "75829ac4d97848dfba21c1688e936cfc736f53fde5b91d5330b63a9968dd4f51c2f529fd8d8f84e4a9"
              "08196fcc5deba21b5c7300d7381e07c4e0ea2184965169cc9464933ef5a840d86b1dbcc945c7547d9e"
              "ab245ba64d24946a75961161c2b8f417daf11b163b1e5a5b02d45341384f37755248fa871e6a82f948"
              "ad6292f11445bf30596dcccec73a441cea5e5dc470016309a83b6c8f158536687ad2734d3ea1562d46"
              "e23bfe8cab498d19b0b104d97182aacf852b6db3c4670109b81af1bd99b483d92b3e4bd813edfa4d05"
              "13214dcc5bb4da768e86007c22f11e5fe6f4cb60b909958fb94dea660d3fff0b99db15c2d2e6c8df74"
              "78330dade8c517b90975",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha256_mgf1sha256_test.json tcId 23 (invalid: First b"
                  "yte is 1)",
        .key = 24,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256),
        .label = "",
        .msg = "313233343030",
        .ct = "3f92a694661cae336cac7a3c5a6f67e0655d10218a64459739ab9664f2cec58978939512df621e6b92"
              "fe3429bb22c08b5103da648a7719e7e95a04e6b61601546955825d60f4c517619f851780ad17f1b8a9"
              "55cf8c7f1a5e26ca4a0cc19cca751d0790d56e1140a4705e19274f638b7c16d9d3e423a7f787d02699"
              "235e3e9e4d543a954f9b1bce5411c8ebdcae86a4bb86c66818a0bab51a2b00383b318e53d95508bab1"
              "b19e388cd5a03cdceba0f7176c1782e19ef62cff69352d444b1ce0e1f339e96d8a65c07aa37f5f2cf3"
              "3867f6c496e0da6cd79b3e2183b57064ce21a1b92072702e555a82cad75107fdfd8bd5e7ea5f119cfb"
              "bc1770e962fd0b781aff",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha1_mgf1sha1_test.json tcId 1 (valid: Normal)",
        .key = 0,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "",
        .ct = "ba366806e4ad50f76c0d8f63a84cc8c1045fbb2f9bef31da89214b2c8553e2d0126fb91e8ad9c78d15"
              "15c1593fcd589278369f83d8da3508beed573b2e8a2e61e09d9923476cf2d1cade862344a87c8e50d6"
              "600754089992851f44998be57109fe4f9a787fc13cba351f335df5f4cd656858a9d9b547438db4e0e8"
              "1640618104fac10c0227733f85e041a322459c13ebcf4855fa69519ab94301561146830680e1616fcf"
              "4652d30dc6d0cd0aba397560d2a5b9556b42d42ee2088ef8793469d1142331a0b3018feb153999a243"
              "9349a709eecbf09568643f8e5d3389073eafd93d37544057e567c3a553269ea1b15a49388127532ab9"
              "67860c0406a4b0cb3adc",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha1_mgf1sha1_test.json tcId 2 (valid: Normal)",
        .key = 0,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "8773fdde3f148ec33d4facdfba812e44001d90861c047a9eefe6c6540212795b50dd186bb7712b8448"
              "830fc1799e0543b7093e4770f301e9216922e80280e9b50582c669e3a9a4feb08ec6f5b2428dc7efbc"
              "f6fe49feb61fd2795af1c8b23acb605812c9d7586e4f48e4d758f0695b688d1b4b563067852b1ce9db"
              "5dc82aba29ab416178f616426e5d0caf3f9903de2a5beeb970af7281e7cdacaaa00662ae36fb0365c2"
              "0c653b670b3e7be4b0680932f3254d48ec3505ca1547d1be27d2414a3539f405df91057f4f97aa7796"
              "d7ccb69ed553447131fbe79611756b7e564bba7d76ce9256168446b34498a2e91d9a955a8aa98a71a4"
              "3d65ee60fcea39d811fe",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha1_mgf1sha1_test.json tcId 12 (invalid: first byte "
                  "of l_hash modified)",
        .key = 0,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "313233343030",
        .ct = "7866ab0f81437de93442325f02f86a305c4a4a0871207ff3203746c26a43fff5979e68c74264c34dad"
              "13955a32785ec1523fccb264957ed6f6b822b5c052b9161d6b75adde451c6f8d637a75dffc9b9a9103"
              "934e777cef41b7966bf730a648e5b96aa587936d460124dcec515b55473a009844f19cb2794bd73955"
              "7d25417e2c036762a921481d728b4d32a8015b17539b7cc2a16a2b33e43b85561a2119fb6c9d8ed42d"
              "6bec324281be79e2f79426c653f8445a20cce87a2c263e7933b8ef3fa0b9f9f38fd115fde459e5d32e"
              "ee2412c0af06d2f6454e04ba060ea87c5aa0d4b365f24b4f05bb27c4aa42061a45cdcef1a39118018b"
              "875dfb9f904fda4d80fb",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha1_mgf1sha1_test.json tcId 13 (invalid: last byte o"
                  "f l_hash modified)",
        .key = 0,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "313233343030",
        .ct = "55fe2f0fdbe16bc284545cf2be83d2a92a526f52e33e7b116b265859f14433fdf3ae92e10b3a906ac9"
              "5a4541c42eb80b3aa963e5d9dc4d3414bb5f378cfb3d50af10e9e84fe0e31c98e091643ee99fda65a2"
              "a8802f9fba68492beab9e606501b8e82a3d830175137617ae0352bc790b4ecfb76fc126c34fc600f5f"
              "09b58f3915155d3ae4820d91904cb92b61fe9193d150d4f0b6bbbaba2692eaff15d2a0f01d0bfb8122"
              "8462954f404ae06350a24469381047a62e281d2bfa798a3fe19ab0c808de18ebaea11941e6325c0492"
              "7e0af3499043a42705cfece04a60b6ed8c280869787a4f3d484218f09f0b266efc3a5b442098c82cdf"
              "809820cf3b8e7f6ebb8c",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha384_mgf1sha384_test.json tcId 1 (valid: Normal)",
        .key = 3,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_384),
        .label = "",
        .msg = "",
        .ct = "bf20e0e04ddbf103a5133227fbc2696a0acc72f76f869240b06aee89c25128386d0e0c16927f98c1ff"
              "3b22b4fb61b508f383f7ea764396b2201e800c793c81a4d38e20b03ead703f0b164d7e7bf4708ce970"
              "c5907b139bdab8e2a1922989f97cc2cce656fe37630919626d966222c462af0e72ea36f3d81678bfd1"
              "928caf9111079edf93796d2713deee2b85cb04fa63d9fa41d212345507c90d04f4c6c80a114b36416c"
              "c55d78eb969d904269a69bf2e839075543955616071a45bc1678c64304ff5f4c22b207c27703f70061"
              "d1471b4704357c13dc44e1b3eed0842f578e3e84e28184f84ef6f80ac806c3ccc0afdeb17a74b42693"
              "f6e4b2a6c76161363f3d",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha384_mgf1sha384_test.json tcId 2 (valid: Normal)",
        .key = 3,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_384),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "0051190f85cf3bd0e9bdf5c937593d2219db50ba7d0512d38807b31eaa9310f0120320f7fad7c6b135"
              "f29cb17ffa5b135c0ebb1c4c8112a66912aa92bbb3191d5a284884f19460dfb9bf232f0db6c207ff21"
              "d53712e1c8d90bec036426cef56a017e6175bf8bf238c32050188869301ef78d3984762038bb72a982"
              "d5c9c9501820196d68c798ea29d0d60f7628625ffe975ee0757c6b70bf87b8219ddf9e6ad324ec9751"
              "fd3664887336bcaa7af71c93083dd96702e6089e2b67abb763193f95d4222b9177c17b4726998240ce"
              "74205f18cb4b17bbfc73185176ad761c1d48e633a4ac7adc2f61dc95798e530d20817b721311be824d"
              "fcf7629fbc533543280c",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha384_mgf1sha384_test.json tcId 12 (invalid: first b"
                  "yte of l_hash modified)",
        .key = 3,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_384),
        .label = "",
        .msg = "313233343030",
        .ct = "a642bede4d119d37ba3c6f729ab8ef09055a41c5cc650a954bd0a2aa248172f3e332d3caf27f665220"
              "2287705d58b3ec31a5925083486c50c31ea5b27a693b2b93c6a4be3c5938a478148ed6600042970d71"
              "e2ae81e21a2f60ea683c4a11be85d2a00cd39edb6f05f8e93c2d760e68ba74a42dcecb6a890536c7bb"
              "093146a8161e8847b18ddf18e13eb04fcd841260016084b23efad5f36c3c5374a850b26f97e8076f9e"
              "288c9e904845c46df4fd8af41031dc6a9dc41c35c1ac73fb9586e308ecb8260d85d730ffe78bcc0439"
              "e4845bc9f6197956b2e4dfa4c5e6367b203c1a450a081e3edf6b50aa85303bbb547efbab5009fa8083"
              "9d78a7d3c8514815a993",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha384_mgf1sha384_test.json tcId 13 (invalid: last by"
                  "te of l_hash modified)",
        .key = 3,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_384),
        .label = "",
        .msg = "313233343030",
        .ct = "4d805a7ce650739a4e4f334de9e57fc134604c9e5198aab2bd2044b11afbc45741814b2c6b79641171"
              "0445ad3f73b5a11d2066ab73d4ed636997c6542ec18e8af4f1ca0019865156cf9ee86315adb75db364"
              "0953d1f1268537d308256f712d0a3b3a4b2b88322056ae9c06458fc36eeed60359d091090a9a3d6c36"
              "46fcf54e0f98008a6440f5077ece467e10b9eeffc671309306eea60b912dcb872b48428450041f5534"
              "12b0f7a370fc1f2ecfbe1711658de4991fedc33413f8faf69c3f8cf97e9003b2b039bff23768133987"
              "5a85d2132bda1a029a2e79f0e37f90f50358216399b599d17e7760336fa447e6599cee60ca384f829d"
              "f0fe49e6fddfce91a74f",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_mgf1sha512_test.json tcId 1 (valid: Normal)",
        .key = 4,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512),
        .label = "",
        .msg = "",
        .ct = "101f82bcb8157966c8f50531f294510416393943fa9dd5dc05f85bb82f0492502274e07ca7dbda2a7e"
              "16187981c923d60cb6b427693c6d7b107ebadbb6fc400492fb795cebcc804d498a7d3a077cf39cd030"
              "e941308dc87000af5380b3ca5e8728313e35e31b78ede9e5f07cdec8e3569afe3d13466d06d4b77030"
              "d146b32cdd7da566d96753fa44d64791e687dcb324f52371c0191bc9f1a5bc7b7736a5bf00d3fd518b"
              "70ed6f4ae0fcb20bc92ff3eb048a6f767596263127ccd66e474e8c27521fe2eb21b8abb2c23b91bb16"
              "264e058265a567492bc51c4cd033b1d8a5d7b5798360f4c3716ddb43622ea5dc9fcd36819e05a98925"
              "2dcce826506711a20fdb",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_mgf1sha512_test.json tcId 2 (valid: Normal)",
        .key = 4,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "35aee1c56044da3b866bfed989690dbaf57ac10211ca4c364c4f4127fed0a55b581217c7e854d11fd1"
              "a1f9d5431c2c309e62a6f7c3c59676182b288edccfa961c78c1baa53f2db1b1b9a4dd05015f41872cf"
              "22acfe3a071d6ac1e82ba6c31f5c2d9325247d6f2c9b03ce00c94f02fe33c5678a4149cf2fb70bbbd9"
              "95af1465e3819c83c9ab8b55088fd5d75036613b04df302113948700d7876b7cec9d7337bf5773343d"
              "51a4298e717a4fae09e573fea412d88b836ecd4f74c7cc7500609723b3f3a2a00d85ee7ccbd92bf6c0"
              "65833027c5e50310c6cf8fe8d13e2d8218e785333a2e65b547e5eda2f8f2f9608f366d7e43636fca4f"
              "46450c76f06dd08b00db",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_mgf1sha512_test.json tcId 12 (invalid: first b"
                  "yte of l_hash modified)",
        .key = 4,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512),
        .label = "",
        .msg = "313233343030",
        .ct = "ae26c94476747f8a7454a80c05405bf35799ca1070341b73208de24e7787af7846de55ab36c2d0feac"
              "c1653197d42cfd02aabdd57633a69f7fe09bdc72c8ed28c4b1736ca7b285cc685886a5ec535da9db91"
              "965b291c53bf92b1ae159974ee795ad0fdb8b422c06aeb78923b27ce67a766f142d10f960448679e5f"
              "d1176124593d32b9b7653862147637a76a87332acc5be2a955e4bd2de8b63d873ff449715f6f1f7c76"
              "e4083151dc6d58a3e3144c694a4ec85523fe71b298dca5f0716619ea3e1182a94c5a9f6e602844df92"
              "d1d2850fb64bd1f28da347b44e0af2017bad6b61a7190dcfded0df48840d3a7bcad796744c7ba5b214"
              "002f930b28f958cc5f0e",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_mgf1sha512_test.json tcId 13 (invalid: last by"
                  "te of l_hash modified)",
        .key = 4,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512),
        .label = "",
        .msg = "313233343030",
        .ct = "1773e5b493ec17b56e250885eb5fbc3db160e2f6ae55bcd6a43abf01aa61a4b0b7b2dd0d522428af67"
              "30ff374c40779ca0c2bd8008e266ed234c6133ad4ce13f78468a0f828ad86a8dd7866fbfac741f66d9"
              "09ea1f415a7337fd449f5b2ec62c5bec328d18f9dae193eb1645e1fb26be42bc6eb980ce5679a88144"
              "a2dd1df32d8fc48fd9b3c70e95561f50da328161d2ff658196f7f98da563af6e4c1ed2dbe992ef0df6"
              "6932a45812234211131b43f618b277c553fbc408ca2369f33e080d9b1188210434c2d90c3f8d03d892"
              "eadd70af1c43a8586a4f523c60fbba5cb98e2b0855db413c2e99ea4863a1c2db014b6a31aee56448bc"
              "00a58717f03859dd6552",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_224_mgf1sha512_224_test.json tcId 1 (valid: No"
                  "rmal)",
        .key = 25,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_224),
        .label = "",
        .msg = "",
        .ct = "5f1c3d9e306ecd8274697189fd3ce04088e06d76dc89b0855d2aad265663e228c0cf697c618a3e2dfb"
              "d223aa8d0791fff41fd567451aedf53ede57deab42706ff1774f8094fe8b0f8d856e99a07504585613"
              "e5b33ee1d3a591290ccbef7d41c511bb0362c207616062b9ab62c322bcb307f984acd227b455637c1d"
              "dbcbb3b4bc7b270f9ed5ae2bf9f58d1a03fb53c1d0b3c2e642f56bf0174908495644ac2752e88474e4"
              "3609b9fe4d2a242356f5590da3287b7f64d34e86d51d8e4136bf911571a00f38e6e0e09d1f3eb55d7e"
              "ebb9d47c80562cf1aa4b084b09ee5512c9ca0effed46b78685232f4c3e53debe5e89809ddb91f92022"
              "d6f2e6b14ba167d485f2",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_224_mgf1sha512_224_test.json tcId 2 (valid: No"
                  "rmal)",
        .key = 25,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_224),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "34f7c0ca506edf3b24b1bb5d90c5f4daec96852005d6d7764576a7d4437106adb238dfaca686039325"
              "1877fd3779fd88f25725562b50f731a535c0f0869952aef8fb6003b329771b92a5aab0d80ab5474a47"
              "bbcf0115eb3a505d02c663fb441c0a5d5c8f152cd3bc2f38f9c69de8f8a7dfedf6905cf43e90ced061"
              "c46d3b03ab2ac2689b320523c1d7b308f84d716ccf3f51769c92ee94f9b6f6327d50a0fe8fc8d54d02"
              "d1dde0d46897274512e15c56e93b49f12b7bc1989660a4351192bf0c42e01218bb697ea0986fda93a8"
              "270690c0385155ed84eca65879bacc125cb22849f8aadd444dcd751b633ab8329bb9002bb760b4f8dd"
              "37cae606592847b9c93c",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_224_mgf1sha512_224_test.json tcId 12 (invalid:"
                  " first byte of l_hash modified)",
        .key = 25,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_224),
        .label = "",
        .msg = "313233343030",
        .ct = "9c9956bb2eb10f7a507e8d6f7583aa72448715b498db86913efed348738c3955721b7ed2a387e1ab68"
              "dfcbbb558f612571f7d40ba4d26b2d3105b7b5685859dd7c2ace65e725b098bb37ef6abc125d2ce8f1"
              "fb260e7e68e28976a2b973c1c224cfe307888f47b5d438521af9f0fb445f43bd7ec415038369c45b00"
              "4d7c3656a9dc20508a312e1f523cc91af4a47cc255e0ed422b402cdb0e60f1f865afad62cf5c3332dc"
              "88679d85a946de7e2400429dbc73496ea1eceefcef0640c4e33c133a85dbea6573fda112671348f9f3"
              "fb7415b4afadc582809b291e24eff11ce5f1c0c35b701008143965fd3ecdc9e16a1cee72211da65054"
              "0186c00653b74a44f81a",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_2048_sha512_224_mgf1sha512_224_test.json tcId 13 (invalid:"
                  " last byte of l_hash modified)",
        .key = 25,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_224),
        .label = "",
        .msg = "313233343030",
        .ct = "22f2c6bf8d5bd709a42bdd484af9ceeb39a690a1043db85bdaf09b8dcb2737c4d68e94b977b658bb75"
              "7cef376b238e835f27f1bdfa80ab37bfc40e5ea31b40de74c9850806d985fcad3350e95e9306ebc0bc"
              "b70ac60845f2d6756882e8d645feec63a54fb72383702bf45034c6757ed6c77fd39f58de9c6833d4a2"
              "dcf9989e9c56f85d9db4e041f07e47fad995da88a79273949aefd75312da14e1072d801c33d65001cf"
              "945caf82498bfd685058dc417bd69aa467de5dbc394efb307470c91bf67650e04f41cd1f0284cf70ca"
              "46c03e32cf427b4266afa61721e800fe7e2cf70e34f996a5d0987052e804bed3e54d5ba7a7dd15626a"
              "52cbf6c700d4a5c7bc8b",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_3072_sha512_256_mgf1sha512_256_test.json tcId 1 (valid: No"
                  "rmal)",
        .key = 26,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_256),
        .label = "",
        .msg = "",
        .ct = "9b79ef6814d0c283c2cba99bb793220db1888d285b56b5a2f834c832d5f5d013c7149c64e9b38ffea4"
              "c5010972ac47713e6082910bc342dc7094f7bfb1e10395b9c86b96ee37f749d306278045c94070f4d2"
              "d72fa537c2343a6190becb4275f453b8832574accb2d2273e55826bb15212a402017a50c1ab29198d4"
              "9513925da0ef16a79bbe9d441bc448e52924bc1b4f0bc8aebc1048607049dcba649c55fc43aae09f1f"
              "503081506c94f2c33241c6cba8b3e74e9105d73c4502ec9dee6699d028d380428752f72c0061e6cebc"
              "6239006982b91c518dd1ee028cd6afceea799085a815a65e05645bc21227c9bf330c1ba337fc18d05e"
              "6da9bdd2fba56f938626b6816f50a9eda4d731dcbaa5aaebf351bb94f831f2c0c97d33687d281b1be6"
              "2fecd7ae25d342b403da2f67b48a72ca8d7ea9b306f3d67690b6b884f4f97bbcf1319f41998db1ece8"
              "083ee090ed35ca3a2344fffe37ce2897f236ce32be4bf9bc531fb0d2a359600178bfadfd2e24317a1a"
              "7efc96d4bf5b636e7528191b201918",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_3072_sha512_256_mgf1sha512_256_test.json tcId 2 (valid: No"
                  "rmal)",
        .key = 26,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_256),
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "2cbaff922ddd841b4bc6920ea26c2ca244a69d23c32ce24ec2e715f6059d450b2bfbba59d03de11614"
              "3309f6dfd036fa34ed0f08164df3dcd54c4b9f55e41e2b04c398eacb71bee836f2b799c1f3e0b7bbcf"
              "04c8c9e9ea799f789d238b4aeed83365a38c7024db8069851ee6e2e7d1e22ac7f58ceb50aa194b9a80"
              "c2420255f880b6f953478e2a1f7913b9b921ed9a009e9332e1316a454974e9719e7e1d1deabad6d70b"
              "60267b3999f74e7c2946954965ef4bb002c928e78b74af97de85572b8fa83bf9531c59d854b962687e"
              "5acb57632be2c08509ef13f1ef8e3baa48781af9fdc25cd3d0e4f2ce1f6e27b76d98d3c126f59becc0"
              "c492255f04185dea2e1838c7dffb94319d574ee8d856064d00d2fa2c0f8b1f4e955591caede117b437"
              "4a9d035ec2f7538782f037db0d89cf0136a94de5faf643fdc5792d3177326da254608a5a7ea6c14c0e"
              "1a184bb1a66796b0ff7400dc1b943397e5e224778e21c024ce00b3ed843e71bbef6023c3612e47f157"
              "6005ce4587cf146f6f686c195f7722",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_oaep_3072_sha512_256_mgf1sha512_256_test.json tcId 12 (invalid:"
                  " first byte of l_hash modified)",
        .key = 26,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_256),
        .label = "",
        .msg = "313233343030",
        .ct = "835efe0fc43cfe1e3f2e2d70f5e27d3ac63c69401d86ea9eb95bb593db0a0d35b3ade3c29e975528b7"
              "3516795686d2df2e757edc1f4a4527d3d876002cf387d862027b4626622ee8be72494b5ed0bd2d4c76"
              "860db3fccfca4d6da9967bd9eb0d08cc10e0314618f37e5eb8efcf01d6efe22561adaff1b178f8ba94"
              "c12171725576493f442adfda4a23b47ace22d993cd3d91558c53c23861971e50e8f8eadf3ed11716ca"
              "c20a2e6321acb88081b8331e0d403979e5ba6da9193d5ac7c5c41f36d7a5120a6e1129d739c2e24e8a"
              "6bddf5899252f1a9bf72760ed0412e8eb77d2aab98e4f91e43b793b6db1b088a7b7e409c413786214b"
              "9fec19cf6ffa33375b1972dc7c8f837c63510ce699e0dd69dec28aa98c3c72ea0631492412dc7ee9b1"
              "4f2b03863b62a604ad72ac8466eca9f16259dd48e7bf1f9842f2f91ba372461787f3c8e63716b11fcc"
              "989601123dcd822eaca588fd92dc2cedf48714358d66d9208ee4dc6f706f79bdd585191fd4497f3e9a"
              "21c7847184cd5f26f2cb9d3840f016",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_oaep_3072_sha512_256_mgf1sha512_256_test.json tcId 13 (invalid:"
                  " last byte of l_hash modified)",
        .key = 26,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_512_256),
        .label = "",
        .msg = "313233343030",
        .ct = "833b53179b9082f3309154a0eae382049b016bffe832a11cc32e1bc441704209935a53c567faf290d4"
              "9abbbfd962a8bf7eb910976d86bbbf3e706c19a9eee6d67f60d5e7241973bcc5551718458602ebc6e2"
              "f6d209a4e05c7d5f2f703a37f871a0cea4ff9713981cc1ee2f44f2c669120bc5ffd2be24e49a8ee2a7"
              "2ffa896dbc551a3a42c0574b9d447062ff0753892c3d9ffe68d82c48c904123b9f5683644341c831f7"
              "b08f70b324f490ec01b5fc572c1622fd1ecc0daed03cdef2bac8aaa15c9c7d860bb1480b8acc439fa5"
              "e2d54f596b8e84373129694a49c934a841c5cd19d029c6e28e059c7c00f12f07cffea0afba880ecba7"
              "99af27e94d4dbd5db8e422fb81fa2a123bd7c1905c22d82e8a7e36e7a6b824141cba0a20890495e6f8"
              "304d9724c3c5f5c15804e26c13e726593fff9b9eb148904d16fcd9c8a284273686fb367ac845400d8b"
              "5c29e6124009c8c3e9550df62a78e0a2731098ddc5b7508e37d016c67c80ddd4325e5f5f37b23836cb"
              "42ad2fa3a281c944ef6f29ea74f316",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 1 (valid: Message of length 0.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "",
        .ct = "5999ccb0cfdd584a3fd9daf247b9cd7314323f8bba4864258f98c6bafc068fe672641bab25ef5b1a7a"
              "2b88f67f12af3ca4fe3c493b2062bbb11ad3b1ba0640025c814326ff50ed52b176bd7f606ea9e209bc"
              "dcc67c0a0c4b8ed30b9959c57e90fd1efdf99895e2608095f92caff9070dec900fb96d5ce5efd2b2e6"
              "6b80cff27d482d242b307cb813e7dc818fce31b67ac9a94501b5bc4621b547ba9d81808dd297d600df"
              "c1a7deeb061570cde8894e398453328740adfd77cf76075a109d41ad296651ac817382424a4907d5a3"
              "42d06cf19c09d5b37a147dd69045bf7d378e19dbbbbfb25282e3d9a4dc9793c8c32ab5a45c0b43dba4"
              "daca367b6eb5f4432a62",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 2 (valid: Message of length 20.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "0000000000000000000000000000000000000000",
        .ct = "a9acec7e58761d9191249ff7ea5db499cadccc51d29f8e7fd0aa2cb9962095626f1cadae29666f04ce"
              "2afd4b650be59d071d06446d59107eb508cc60545727b0567dfb4f2f94ca60b939c60be111172f367d"
              "fd235516e4a60061648c67f5536650821ac2a60744be3cf6befa8f66e76a3e7c5fbc6dfa4dda55ecbd"
              "bffdc98d610de5667a4f485f6168b52bbe470e6014253874ce7b78e509937e0bc5f02857e1ad3cf551"
              "39bbe6dc7ac4b1ed5097bf781b7671ca9bb58187aa6c71c58ac0561c5aacf96c35deb24e395b6823de"
              "7fc96b8031b5906a34c4dc57e4f1226157b9abd849e1367dda014fbf9ed4ca515a7a04cf8778794500"
              "7e4f63c0366a5bbc3489",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 8 (valid: Longest valid message size)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "7878787878787878787878787878787878787878787878787878787878787878787878787878787878"
               "7878787878787878787878787878787878787878787878787878787878787878787878787878787878"
               "7878787878787878787878787878787878787878787878787878787878787878787878787878787878"
               "7878787878787878787878787878787878787878787878787878787878787878787878787878787878"
               "7878787878787878787878787878787878787878787878787878787878787878787878787878787878"
               "78787878787878787878787878787878787878787878787878787878787878787878787878787878",
        .ct = "7e151b7b34e3b4abe045cf708640e61501c50fdca629aeca10259d45d15eeec6a2008b6336f57021ac"
              "6fdad9a6b29d65f098abff76f93722a8e23fb5e153db075005575dad6adccb7c020cd741c3419946b8"
              "2d369a07fad5b0d55d51774f8991bd65e9e828d8f5a989c866a024a4a78434e9affd0af2c72f9185d4"
              "50b627008a8a0968fc6373ca340410306a58921cce1207bb6f6c14e3d1f214304f9f6bb9199909e161"
              "0322e834b0ce9f55b1835d7623b82ef548545f984ea51466250159344dde902a0f021ba4baf26b16d8"
              "c6a42003f4d5dcae531187dc7e3f87c9e04470599eb623e04fca266e86f98cabb6866004e7fc80b36c"
              "3977456e51eb64f4b65f",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 9 (invalid: The padding string is all"
                  " 0.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "6e0d507f66e16d4b7373a504c6d48692aaa541fdd59eeb5d4a2cd91f6000ce9b5734a232d6541a7872"
              "9ac82152d3a30b51950a24ae379a108ed20fa4ec7542fe2281c2dd5de685564d15182f3c73e9c0135e"
              "bc993f5acd240a343d3257997582328c31be215c7349375406aa78a3ac35327226839bee2f1a4a0f8e"
              "6e06986cb33806c93e0b0c1d6cfd23f4a68c1f2a38c74b8df70f280984a840c710c52279034d04f61e"
              "313d4bcd8b3b5c58468a44565a1acb2eefc6d49044be7163e64ed84b5e7991ecba274a3a7ee4defb84"
              "2a86ac4cbf2d3bfc9cf870ae025a3e2fbc775916a59579763c06eb84ad8edd1d03787e609ad446de43"
              "ebed16330ab06716fa73",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 10 (valid: The padding string is all "
                  "1 bits.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "633546723d13ef2712561abfa5b477a36ce7c8dc5a9f43589ea289a15f749c89e4e3ba3ca6a615333e"
              "9bb5ff3efb62b32e7f11870c8bbeffe884a5ef2b1006045bd97bb29699084dac4212c217e101132326"
              "83445091fa7224abc02ad37feaf10d5b4af6f288fa01d85bcd944bf411ac56c0b7bf1037452f540f28"
              "6114b14b2208fb4282b6829c594aa27ad5ef1dc67b5696ed2a4b9a4ee2354cc05315fff5e8a4e0e756"
              "75c1eed34d46effa73ea96e748340771dfec01dae937edd8924ece8470542a8251c31e9130e2c5f801"
              "52b4c66111df52f7e5f9b40835b44bf8e8e273b075dc04f758a30c24dc2c2abeaf639f4fca4dacd509"
              "250378ad0e5276374b99",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 11 (valid: rsa_sslv23_padding)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "94a6ecdadcc3a9c5645d0410929ba8f01c89b8426b889d3064cf1811f2caaa1e1a55a29a1869a7d719"
              "226bcea637407bb80383e76b5966e2ea4d56fbb2fb325da12546071b65898b12e36d0ea0e47245930e"
              "b051cecc4b8dede18adb4f1ca318cf0e36820f1cfd4911f076e0f3fbf9c197a0ed32063f7240547788"
              "8f13cbab4649e3c8df4f022a4109ecb91fbeedbc4df4d89ad9cacbbd7e8e27a2f1fe1813d3f1b537ec"
              "f41878f05918171504bf800631781a7c36451abbc32dda5b55f05f4ba7b5414089d9d679248cf04275"
              "6a4f06c37c8b5a18a6ba8f97853cc6763235ee841d96e61f2d75c188ca53d222d3d925a3d701551758"
              "feb79ccf8709cb61b793",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 12 (invalid: Byte 0 of the padding st"
                  "ring is 0. All bytes should be non-zero.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "6a8b8c01247d9d4d1c3bbaac58e077e37926854dc8bdb58fb7b98979ba9102934469836480a0b96a5b"
              "452e54dff55e77b52dc1cb93656f6802b7fbe06ca0923e38e549dabcdbce909fdd10d677d896384af7"
              "5e7146794bfa009ebbb2d6890b1cfcad4698d297c759b0a01151bdfe1d48cf92e80896be923d023719"
              "30cafb155e543d9a21e52faf2395234e65d575fa9f5276c80ae4cd6ec18ac6d954ad043d2a46932763"
              "ca44476180b397215d95651fba63220998e06ab2dcc4935dadaae8660ac8c6356b871e0b1397af20d6"
              "fe937c3211e21559a3d0eb39c2949a96611b13740ae0c26ce67c373a9225a3c1773ec662ca20dee620"
              "c0acef1475b362ee9b9f",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 16 (invalid: The padding string has b"
                  "een removed.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "25f67bc6c1320a13fa91a23d4d1801cc73594161a7f344ffa195d6dd1894c1e39d6cd81866462d05e0"
              "e16c02459a3f1dc5f0ecc52657f70385fd0b33de214216a2298b4814550af1ecd929170bc69b74e082"
              "99bea50de33021468f4fe2a2e4a43233d6872d15379ccea03450145d909c5eb11ca5f524e17b206576"
              "8b9bb06438e81b0b8ca816bfcc7eddcffba59b33e2a0b4ad8df215c2eafa240e553f1526dad66038e5"
              "4f305a6d3fd6460e781239c9dc424ab6df7f75bb4327d873d0e8d7ecab1b09b8779cb841e002ee45f8"
              "dbebd2d483de2d7136ae7e350580dc8a48bcd6359a677bccd689bbdf879f2520d8976fc2b92e64dda8"
              "e7399719a13b8182c739",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 17 (invalid: The block type is 0.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "371e281730bbc289cd77a64ab49b370ed7900c48f5625615ff28beeeeabc860b4673ab16003fd5e13c"
              "89c8b6a0e5c9b732044981ddf2bc45d4613bf409cb2e98123ceb661c1093773d71c67fd198288d6e9b"
              "832596894834c3955799ea20e242b632335baf8e8787c104499fb5d0eaa331f05a8b46383dd13cc05f"
              "0518d05d9b03bdfdc2dbc9299a04210c33f5dbed3779fb1548ead0022622234a6a2ffe5ca42a43db40"
              "f272d6633c7151360b5b90e135283a6aaf69b0491edda637dea0989e3a5dd0c3aac267074662443c37"
              "ce1b3fd4b2e9743fb0d00dc136d8df10b6fd0b60d30c1399ab52d75e2db559d8faefc45008c2d9100e"
              "d08caa88bdc11aea04df",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 18 (invalid: The block type is 1. Thi"
                  "s block type is used for signatures.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "92210e5bbf24d2cd9527f6e24ffafafdfee242b146539f3731715fff42092cc8f5a1a4919417c9df9a"
              "5a32e61201f4354a87ab06e97f827f69e6cc13e7b9c79515145f210713523e6f64def697406a4929b2"
              "e09c31890b695b7b8bb851a22c7b541c5dc53cc75954c0246eae5a12af304133f4dcdb90f8c6f54847"
              "165612f7ef70f51dd493899d6e09ae9fed16fb1f1225d09750177893c5e5482e3cd427931ffd3fef3e"
              "901d51f39aa17e34443a34754533a887474e19213a5e24298071495d18c6ac77dece094c56bb34ed82"
              "74f5d75f99162a58dfc4240f5393baae58f484ef0a0259b56ad647ad81fe88c91b75a36b1acc67a56e"
              "c379bba03a8be91dc0cd",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 22 (invalid: Using signature padding "
                  "instead of encryption padding.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "34bc8b1a4646f2db8b10fdae22d6b5cb300229114015f25293d4b28e8f58783e1c5e6894da18dea527"
              "e4d843b51cf984170d56853e45f6ac77b1179eb0aa74fc556cbd632d576524b820a2c74a4c8159885f"
              "a08937e9c73ca0385c7a19676f2789b62f7a8b359a29132d74bc2b850e2335b5c7da8bf52d8d6fadd8"
              "3ff9db32239bb737e890a32d561b10e9163c2fe4d35624e3e5faf664374c972a8d2e5b873c9a465e10"
              "8bbdff1296c5557f314026558441a055d4b9cbb54179356787bd4bd02015cb3bbe02633711f266e915"
              "a0b4591415983610a2714adce1b0716675b95877bcef618784f2b3cd23fcdd0636e5856edb96852a32"
              "c9632c2e6e4b9a6f881e",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 23 (invalid: The byte after the paddi"
                  "ng string is not 0.)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "4629027bfdd6c33abda030f0cb3ac1b55bddddd11292520f142248bbd1efad14adcb7ec50d278471f4"
              "a98dc9a674c202d823677d2606cd639fda443d7c14f0aa35f472189abe1b639f0856743212aab46ae3"
              "5160ab4e6c08a20e5b82210b07b6eed11a315ef1b1f831b52bfd3abc06382b51c41a665ca6428e4bb6"
              "bd0df7895d056b8c17093e73c8129916e3abab3f61ce9a94c9d2fd30902076104b0e7fbde8da601f6c"
              "1bcc56a0100104848da6e9fbb28d893274b40885b3003ec7781aa710c83fbf4d4bc197630b1455853c"
              "4d6d6050011a7f7377e9034d29e4396f52b24ee6875feef883274cb0842b4b177d3fa3b416095c6ff9"
              "6f6de0d9123dd9ce6d31",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 24 (invalid: Using no padding (rsp. a"
                  "n all-zero padding))",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "910ad40ae0d8af151f512354e1cf12af7c4851cff0b659026e90a9ec4dea6c1e4b2b33cbe826050149"
              "3df2e7fa2cd77f020a7cfac1ca379eed3fe6d003335653a5f022f6bf5010e5f58c41fc91253d75eac2"
              "072479d4bb3509e1351a66f700ff4ac470115490021734bb8099e66c35f904f09d167303e26163393e"
              "d556cdccdfae95f239ebf0bd361a8adad927fb9544ca30132195735cb026dd0dc66c6efa0db41b73fc"
              "1c917be384a430e0788f5f872785cd709f70793204753d7b207fbce2d0bfbab11d3d614b99bf87bcc9"
              "a34db639fd203c9c081ddeecb9c85221e03cb9171685dafcfeaba470c5f1921a6fe016ba4b816a2328"
              "eee9853fa6994ec313d8",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 27 (invalid: c = 0)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
              "00000000000000000000",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 29 (invalid: c = n-1)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "b3510a2bcd4ce644c5b594ae5059e12b2f054b658d5da5959a2fdf1871b808bc3df3e628d2792e51aa"
              "d5c124b43bda453dca5cde4bcf28e7bd4effba0cb4b742bbb6d5a013cb63d1aa3a89e02627ef5398b5"
              "2c0cfd97d208abeb8d7c9bce0bbeb019a86ddb589beb29a5b74bf861075c677c81d430f030c265247a"
              "f9d3c9140ccb65309d07e0adc1efd15cf17e7b055d7da3868e4648cc3a180f0ee7f8e1e7b18098a339"
              "1b4ce7161e98d57af8a947e201a463e2d6bbca8059e5706e9dfed8f4856465ffa712ed1aa18e888d12"
              "dc6aa09ce95ecfca83cc5b0b15db09c8647f5d524c0f2e7620a3416b9623cadc0f097af573261c98c8"
              "400aa12af38e43cad84c",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 30 (invalid: c = n)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "b3510a2bcd4ce644c5b594ae5059e12b2f054b658d5da5959a2fdf1871b808bc3df3e628d2792e51aa"
              "d5c124b43bda453dca5cde4bcf28e7bd4effba0cb4b742bbb6d5a013cb63d1aa3a89e02627ef5398b5"
              "2c0cfd97d208abeb8d7c9bce0bbeb019a86ddb589beb29a5b74bf861075c677c81d430f030c265247a"
              "f9d3c9140ccb65309d07e0adc1efd15cf17e7b055d7da3868e4648cc3a180f0ee7f8e1e7b18098a339"
              "1b4ce7161e98d57af8a947e201a463e2d6bbca8059e5706e9dfed8f4856465ffa712ed1aa18e888d12"
              "dc6aa09ce95ecfca83cc5b0b15db09c8647f5d524c0f2e7620a3416b9623cadc0f097af573261c98c8"
              "400aa12af38e43cad84d",
        .expect = PSA_ERROR_INVALID_PADDING,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 31 (invalid: ciphertext not reduced)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "0ac6c14d67716199a68880364156f49ed0dabec4fd470c709440004ecf94b8aac75aceaf22a363dd8e"
              "6a863d981b4db4a61cadd9196b2a81c7982c49457a0aea817936e4f5dfe6c7ef3693fe537dca4146d5"
              "b9fdd4ec5369f79d4d2a4e701a01c04c2992d2062e7ff784a660951e58cc502a819fdff9d904a9e67d"
              "99c626162b909482c84bd152f0df04fa56ef567667e76f6ede71a1c261687ab1f2c49de36a56e0ff71"
              "22885a775c2025fbc914bd1aa4df2dfdfb57238d05059c58f4fe3eabd24c2780ccd352ffc83c1b03a2"
              "f82bcd2f2b0cd2498fd79c1482467e009ebafc965376ff1df60775e5508f2ed4cca2bc20469c27a484"
              "866af41476b06a95dc9400",
        .expect = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 32 (invalid: ciphertext is empty)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "",
        .expect = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "Wycheproof rsa_pkcs1_2048_test.json tcId 35 (invalid: truncated ciphertext)",
        .key = 27,
        .alg = PSA_ALG_RSA_PKCS1V15_CRYPT,
        .label = "",
        .msg = "54657374",
        .ct = "01b4d669e01b9ef2dc800aa1b06d49196f5a09fe8fbcd037323c60eaf027bfb98432be4e4a26c567ff"
              "ec718bcbea977dd26812fa071c33808b4d5ebb742d9879806094b6fbeea63d25ea3141733b60e31c69"
              "12106e1b758a7fe0014f075193faa8b4622bfd5d3013f0a32190a95de61a3604711bc62945f95a6522"
              "bd4dfed0a994ef185b28c281f7b5e4c8ed41176d12d9fc1b837e6a0111d0132d08a6d6f0580de0c9ee"
              "d8ed105531799482d1e466c68c23b0c222af7fc12ac279bc4ff57e7b4586d209371b38c4c1035edd41"
              "8dc5f960441cb21ea2bedbfea86de0d7861e81021b650a1de51002c315f1e7c12debe4dcebf790caaa"
              "54a2f26b149cf9e77d",
        .expect = PSA_ERROR_INVALID_ARGUMENT,
    },
    {
        .source = "PKCS #1 v2.1 oaep-vect.txt RSAES-OAEP Test Vector 1_1 (Mbed TLS test_suite_pkc"
                  "s1_v21.data)",
        .key = 28,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34",
        .ct = "354fe67b4a126d5d35fe36c777791a3f7ba13def484e2d3908aff722fad468fb21696de95d0be911c2"
              "d3174f8afcc201035f7b6d8e69402de5451618c21a535fa9d7bfc5b8dd9fc243f8cf927db31322d6e8"
              "81eaa91a996170e657a05a266426d98c88003f8477c1227094a0d9fa1e8c4024309ce1ecccb5210035"
              "d47ac72e8a",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "PKCS #1 v2.1 oaep-vect.txt RSAES-OAEP Test Vector 1_2 (Mbed TLS test_suite_pkc"
                  "s1_v21.data)",
        .key = 28,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "750c4047f547e8e41411856523298ac9bae245efaf1397fbe56f9dd5",
        .ct = "640db1acc58e0568fe5407e5f9b701dff8c3c91e716c536fc7fcec6cb5b71c1165988d4a279e1577d7"
              "30fc7a29932e3f00c81515236d8d8e31017a7a09df4352d904cdeb79aa583adcc31ea698a4c05283da"
              "ba9089be5491f67c1a4ee48dc74bbbe6643aef846679b4cb395a352d5ed115912df696ffe070293294"
              "6d71492b44",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "PKCS #1 v2.1 oaep-vect.txt RSAES-OAEP Test Vector 2_1 (Mbed TLS test_suite_pkc"
                  "s1_v21.data)",
        .key = 29,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "8ff00caa605c702830634d9a6c3d42c652b58cf1d92fec570beee7",
        .ct = "0181af8922b9fcb4d79d92ebe19815992fc0c1439d8bcd491398a0f4ad3a329a5bd9385560db532683"
              "c8b7da04e4b12aed6aacdf471c34c9cda891addcc2df3456653aa6382e9ae59b54455257eb099d562b"
              "be10453f2b6d13c59c02e10f1f8abb5da0d0570932dacf2d0901db729d0fefcc054e70968ea540c81b"
              "04bcaefe720e",
        .expect = PSA_SUCCESS,
    },
    {
        .source = "PKCS #1 v2.1 oaep-vect.txt RSAES-OAEP Example 10_1 (Mbed TLS test_suite_pkcs1_"
                  "v21.data)",
        .key = 30,
        .alg = PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1),
        .label = "",
        .msg = "8bba6bf82a6c0f86d5f1756e97956870b08953b06b4eb205bc1694ee",
        .ct = "53ea5dc08cd260fb3b858567287fa91552c30b2febfba213f0ae87702d068d19bab07fe574523dfb42"
              "139d68c3c5afeee0bfe4cb7969cbf382b804d6e61396144e2d0e60741f8993c3014b58b9b1957a8bab"
              "cd23af854f4c356fb1662aa72bfcc7e586559dc4280d160c126785a723ebeebeff71f11594440aaef8"
              "7d10793a8774a239d4a04c87fe1467b9daf85208ec6c7255794a96cc29142f9a8bd418e3c1fd67344b"
              "0cd0829df3b2bec60253196293c6b34d3f75d32f213dd45c6273d505adf4cced1057cb758fc26aeefa"
              "441255ed4e64c199ee075e7f16646182fdb464739b68ab5daff0e63e9552016824f054bf4d3c8c90a9"
              "7bb6b6553284eb429fcc",
        .expect = PSA_SUCCESS,
    },
};

#endif /* KPSA_TESTS_VECTORS_RSA_H */
