/*
 * vectors/spake2p.h - known-answer vectors for SPAKE2+ (test_spake2p.c).
 *
 * Sources:
 *  - RFC 9383 appendix C ("Test Vectors"), the P-256 / SHA-256 cipher suites
 *    with HMAC-SHA256 and with CMAC-AES-128 (PSA_ALG_SPAKE2P_HMAC and
 *    PSA_ALG_SPAKE2P_CMAC of SHA-256).  Transcribed from the authors' source
 *    of the RFC text (github.com/chris-wood/draft-bar-cfrg-spake2plus,
 *    draft-bar-cfrg-spake2plus.md at 89c162b, appendix "Test Vectors", whose
 *    values are the RFC's: K_shared, confirmP and confirmV of the HMAC suite
 *    are the ones other implementations cite as RFC 9383's).
 *  - draft-bar-cfrg-spake2plus-02 appendix B ("Test Vectors"), the version
 *    the Matter specification and PSA_ALG_SPAKE2P_MATTER follow (same
 *    repository, tag draft-bar-cfrg-spake2plus-02): four runs with the
 *    identities A (prover) and B (verifier) present or empty, and the HMAC
 *    confirmation values.  There Ka || Ke = Hash(TT) is given as Ka and Ke
 *    (k_main below is their concatenation), KcA || KcB are the confirmation
 *    keys, cA = HMAC(KcA, Y) is confirmP, cB = HMAC(KcB, X) is confirmV, and
 *    Ke is the shared secret.
 * No value was computed with kpsa or libcrypto.  The context, identities and
 * every value are as published (the context is a text string; the rest hex).
 */
#ifndef KPSA_TESTS_VECTORS_SPAKE2P_H
#define KPSA_TESTS_VECTORS_SPAKE2P_H

#include <psa/crypto.h>

struct spake2p_vector {
    const char *source;
    psa_algorithm_t alg;
    const char *context;        /* text */
    const char *id_prover;      /* text */
    const char *id_verifier;    /* text */
    const char *w0, *w1, *l;
    const char *x, *share_p;    /* prover's random scalar and share */
    const char *y, *share_v;    /* verifier's random scalar and share */
    const char *z, *v, *tt;
    const char *k_main;         /* Hash(TT); Matter: Ka || Ke */
    const char *k_confirm_p;    /* Matter: KcA */
    const char *k_confirm_v;    /* Matter: KcB */
    const char *confirm_p;      /* MAC(K_confirmP, shareV) */
    const char *confirm_v;      /* MAC(K_confirmV, shareP) */
    const char *k_shared;       /* Matter: Ke */
};

static const struct spake2p_vector spake2p_vectors[] = {
    {
        .source = "RFC 9383 appendix C, P256-SHA256-HKDF-SHA256-HMAC-SHA256",
        .alg = PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256),
        .context = "SPAKE2+-P256-SHA256-HKDF-SHA256-HMAC-SHA256 Test Vectors",
        .id_prover = "client",
        .id_verifier = "server",
        .w0 = "bb8e1bbcf3c48f62c08db243652ae55d3e5586053fca77102994f23ad95491b3",
        .w1 = "7e945f34d78785b8a3ef44d0df5a1a97d6b3b460409a345ca7830387a74b1dba",
        .l = "04eb7c9db3d9a9eb1f8adab81b5794c1f13ae3e225efbe91ea487425854c7fc0"
            "0f00bfedcbd09b2400142d40a14f2064ef31dfaa903b91d1faea7093d835966e"
            "fd",
        .x = "d1232c8e8693d02368976c174e2088851b8365d0d79a9eee709c6a05a2fad539",
        .share_p = "04ef3bd051bf78a2234ec0df197f7828060fe9856503579bb1733009042c15c0"
            "c1de127727f418b5966afadfdd95a6e4591d171056b333dab97a79c7193e3417"
            "27",
        .y = "717a72348a182085109c8d3917d6c43d59b224dc6a7fc4f0483232fa6516d8b3",
        .share_v = "04c0f65da0d11927bdf5d560c69e1d7d939a05b0e88291887d679fcadea75810"
            "fb5cc1ca7494db39e82ff2f50665255d76173e09986ab46742c798a9a68437b0"
            "48",
        .z = "04bbfce7dd7f277819c8da21544afb7964705569bdf12fb92aa388059408d500"
            "91a0c5f1d3127f56813b5337f9e4e67e2ca633117a4fbd559946ab474356c418"
            "39",
        .v = "0458bf27c6bca011c9ce1930e8984a797a3419797b936629a5a937cf2f11c8b9"
            "514b82b993da8a46e664f23db7c01edc87faa530db01c2ee405230b18997f16b"
            "68",
        .tt = "38000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2d5348413235362d484d41432d534841323536205465737420566563746f7273"
            "0600000000000000636c69656e74060000000000000073657276657241000000"
            "0000000004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95afd497"
            "333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785e0ca547d"
            "55a12e2d20410000000000000004d8bbd6c639c62937b04d997f38c3770719c6"
            "29d7014d49a24b4f98baa1292b4907d60aa6bfade45008a636337f5168c64d9b"
            "d36034808cd564490b1e656edbe7410000000000000004ef3bd051bf78a2234e"
            "c0df197f7828060fe9856503579bb1733009042c15c0c1de127727f418b5966a"
            "fadfdd95a6e4591d171056b333dab97a79c7193e341727410000000000000004"
            "c0f65da0d11927bdf5d560c69e1d7d939a05b0e88291887d679fcadea75810fb"
            "5cc1ca7494db39e82ff2f50665255d76173e09986ab46742c798a9a68437b048"
            "410000000000000004bbfce7dd7f277819c8da21544afb7964705569bdf12fb9"
            "2aa388059408d50091a0c5f1d3127f56813b5337f9e4e67e2ca633117a4fbd55"
            "9946ab474356c4183941000000000000000458bf27c6bca011c9ce1930e8984a"
            "797a3419797b936629a5a937cf2f11c8b9514b82b993da8a46e664f23db7c01e"
            "dc87faa530db01c2ee405230b18997f16b682000000000000000bb8e1bbcf3c4"
            "8f62c08db243652ae55d3e5586053fca77102994f23ad95491b3",
        .k_main = "4c59e1ccf2cfb961aa31bd9434478a1089b56cd11542f53d3576fb6c2a438a29",
        .k_confirm_p = "871ae3f7b78445e34438fb284504240239031c39d80ac23eb5ab9be5ad6db58a",
        .k_confirm_v = "ccd53c7c1fa37b64a462b40db8be101cedcf838950162902054e644b400f1680",
        .confirm_p = "926cc713504b9b4d76c9162ded04b5493e89109f6d89462cd33adc46fda27527",
        .confirm_v = "9747bcc4f8fe9f63defee53ac9b07876d907d55047e6ff2def2e7529089d3e68",
        .k_shared = "0c5f8ccd1413423a54f6c1fb26ff01534a87f893779c6e68666d772bfd91f3e7",
    },
    {
        .source = "RFC 9383 appendix C, P256-SHA256-HKDF-SHA256-CMAC-AES-128",
        .alg = PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256),
        .context = "SPAKE2+-P256-SHA256-HKDF-SHA256-CMAC-AES-128 Test Vectors",
        .id_prover = "client",
        .id_verifier = "server",
        .w0 = "9aad90c603cf16cec4ee40d81acd7a865130b28cc6d0664ae2e0f406aa47ed61",
        .w1 = "872be859cec1e78d191882bd9c2f032af018a25016813788fe8954bfffc58c8e",
        .l = "04d79a53698c5dd79e14b426e73b4a7f1b42469815fe24e8f53ce01579e902eb"
            "198d59f05bc451c41826b88e3db5476a69e197fdf474c75b387f6d40361c3fda"
            "35",
        .x = "9d39a3511a007a7d3fe6af5555cf60301bcda503f2bf6634b2caf9e4fd0743a1",
        .share_p = "04788218027ba4b17f7279ef0aef47a8733cf88b5bf65d6127ecadc78b8a0f65"
            "b9001f7e54719fb63c072ddd1e1a4adfb376dde37ba1aa2082362b6c2ca14a8e"
            "53",
        .y = "9c3219841626325c68d89c22fb6c55611e3136442daa8b9b784db7242afff3ed",
        .share_v = "04c05953ea9d1cd6248b8c61becd7d55e46237526d8b1e23495ea7566b7f6bc2"
            "4b3da1cfb2e88a975fcfb5dc4e72b5cbea509b1cfdd1ef8f8195fa8bf2bd5ca1"
            "e5",
        .z = "049444a17ad5909548a084fa182275a89a496ec6669bd08892aa9c64a512d402"
            "12147e6005bf1d510e3bbcfee8efc38243acaf4c5f2decffa009341b1e330b04"
            "42",
        .v = "0457a8919af393e2da1de209a01fdda275eab0a682d8931b0e6ee1b933979463"
            "a25ccbcda1956a6a555706f0b062aa880617bd219d09391ad8576d3a73e9233f"
            "57",
        .tt = "39000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2d5348413235362d434d41432d4145532d313238205465737420566563746f72"
            "730600000000000000636c69656e740600000000000000736572766572410000"
            "000000000004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95afd4"
            "97333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785e0ca54"
            "7d55a12e2d20410000000000000004d8bbd6c639c62937b04d997f38c3770719"
            "c629d7014d49a24b4f98baa1292b4907d60aa6bfade45008a636337f5168c64d"
            "9bd36034808cd564490b1e656edbe7410000000000000004788218027ba4b17f"
            "7279ef0aef47a8733cf88b5bf65d6127ecadc78b8a0f65b9001f7e54719fb63c"
            "072ddd1e1a4adfb376dde37ba1aa2082362b6c2ca14a8e534100000000000000"
            "04c05953ea9d1cd6248b8c61becd7d55e46237526d8b1e23495ea7566b7f6bc2"
            "4b3da1cfb2e88a975fcfb5dc4e72b5cbea509b1cfdd1ef8f8195fa8bf2bd5ca1"
            "e54100000000000000049444a17ad5909548a084fa182275a89a496ec6669bd0"
            "8892aa9c64a512d40212147e6005bf1d510e3bbcfee8efc38243acaf4c5f2dec"
            "ffa009341b1e330b044241000000000000000457a8919af393e2da1de209a01f"
            "dda275eab0a682d8931b0e6ee1b933979463a25ccbcda1956a6a555706f0b062"
            "aa880617bd219d09391ad8576d3a73e9233f5720000000000000009aad90c603"
            "cf16cec4ee40d81acd7a865130b28cc6d0664ae2e0f406aa47ed61",
        .k_main = "6002da6b2740056f2836ac0316ae9e02e2b24c5c109883136e90ed868b2fcf62",
        .k_confirm_p = "857d0db7f5e06385853bf4b8abd43b5a",
        .k_confirm_v = "268c75933332157118063550c6bfe846",
        .confirm_p = "d340bc94a03feafd14491e316514ca5f",
        .confirm_v = "2b42d0fe76bcf9ccc208d06d60082f96",
        .k_shared = "e832094adfc028bf288e49ab902fc208b7eeff084f259da7613c0479869d4fc9",
    },
    {
        .source = "draft-bar-cfrg-spake2plus-02 appendix B, vector 1 "
                  "(A=\"client\", B=\"server\"), HMAC",
        .alg = PSA_ALG_SPAKE2P_MATTER,
        .context = "SPAKE2+-P256-SHA256-HKDF draft-01",
        .id_prover = "client",
        .id_verifier = "server",
        .w0 = "e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .w1 = "24b5ae4abda868ec9336ffc3b78ee31c5755bef1759227ef5372ca139b94e512",
        .l = "0495645cfb74df6e58f9748bb83a86620bab7c82e107f57d6870da8cbcb2ff9f"
            "7063a14b6402c62f99afcb9706a4d1a143273259fe76f1c605a3639745a92154"
            "b9",
        .x = "8b0f3f383905cf3a3bb955ef8fb62e24849dd349a05ca79aafb18041d30cbdb6",
        .share_p = "04af09987a593d3bac8694b123839422c3cc87e37d6b41c1d630f000dd64980e"
            "537ae704bcede04ea3bec9b7475b32fa2ca3b684be14d11645e38ea6609eb39e"
            "7e",
        .y = "2e0895b0e763d6d5a9564433e64ac3cac74ff897f6c3445247ba1bab40082a91",
        .share_v = "04417592620aebf9fd203616bbb9f121b730c258b286f890c5f19fea833a9c90"
            "0cbe9057bc549a3e19975be9927f0e7614f08d1f0a108eede5fd7eb5624584a4"
            "f4",
        .z = "0471a35282d2026f36bf3ceb38fcf87e3112a4452f46e9f7b47fd769cfb57014"
            "5b62589c76b7aa1eb6080a832e5332c36898426912e29c40ef9e9c742eee82bf"
            "30",
        .v = "046718981bf15bc4db538fc1f1c1d058cb0eececf1dbe1b1ea08a4e25275d382"
            "e82b348c8131d8ed669d169c2e03a858db7cf6ca2853a4071251a39fbe8cfc39"
            "bc",
        .tt = "21000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2064726166742d30310600000000000000636c69656e74060000000000000073"
            "6572766572410000000000000004886e2f97ace46e55ba9dd7242579f2993b64"
            "e16ef3dcab95afd497333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7b"
            "e09419c785e0ca547d55a12e2d20410000000000000004d8bbd6c639c62937b0"
            "4d997f38c3770719c629d7014d49a24b4f98baa1292b4907d60aa6bfade45008"
            "a636337f5168c64d9bd36034808cd564490b1e656edbe7410000000000000004"
            "af09987a593d3bac8694b123839422c3cc87e37d6b41c1d630f000dd64980e53"
            "7ae704bcede04ea3bec9b7475b32fa2ca3b684be14d11645e38ea6609eb39e7e"
            "410000000000000004417592620aebf9fd203616bbb9f121b730c258b286f890"
            "c5f19fea833a9c900cbe9057bc549a3e19975be9927f0e7614f08d1f0a108eed"
            "e5fd7eb5624584a4f441000000000000000471a35282d2026f36bf3ceb38fcf8"
            "7e3112a4452f46e9f7b47fd769cfb570145b62589c76b7aa1eb6080a832e5332"
            "c36898426912e29c40ef9e9c742eee82bf304100000000000000046718981bf1"
            "5bc4db538fc1f1c1d058cb0eececf1dbe1b1ea08a4e25275d382e82b348c8131"
            "d8ed669d169c2e03a858db7cf6ca2853a4071251a39fbe8cfc39bc2000000000"
            "000000e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e6"
            "7d798c",
        .k_main = "f9cab9adcc0ed8e5a4db11a8505914b2801db297654816eb4f02868129b9dc89",
        .k_confirm_p = "0d248d7d19234f1486b2efba5179c52d",
        .k_confirm_v = "556291df26d705a2caedd6474dd0079b",
        .confirm_p = "d4376f2da9c72226dd151b77c2919071155fc22a2068d90b5faa6c78c11e77dd",
        .confirm_v = "0660a680663e8c5695956fb22dff298b1d07a526cf3cc591adfecd1f6ef6e02e",
        .k_shared = "801db297654816eb4f02868129b9dc89",
    },
    {
        .source = "draft-bar-cfrg-spake2plus-02 appendix B, vector 2 "
                  "(A=\"client\", B=\"\"), HMAC",
        .alg = PSA_ALG_SPAKE2P_MATTER,
        .context = "SPAKE2+-P256-SHA256-HKDF draft-01",
        .id_prover = "client",
        .id_verifier = "",
        .w0 = "e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .w1 = "24b5ae4abda868ec9336ffc3b78ee31c5755bef1759227ef5372ca139b94e512",
        .l = "0495645cfb74df6e58f9748bb83a86620bab7c82e107f57d6870da8cbcb2ff9f"
            "7063a14b6402c62f99afcb9706a4d1a143273259fe76f1c605a3639745a92154"
            "b9",
        .x = "ec82d9258337f61239c9cd68e8e532a3a6b83d12d2b1ca5d543f44def17dfb8d",
        .share_p = "04230779960824076d3666a7418e4d433e2fa15b06176eabdd572f43a32ecc79"
            "a192b243d2624310a7356273b86e5fd9bd627d3ade762baeff1a320d4ad7a4e4"
            "7f",
        .y = "eac3f7de4b198d5fe25c443c0cd4963807add767815dd02a6f0133b4bc2c9eb0",
        .share_v = "044558642e71b616b248c9583bd6d7aa1b3952c6df6a9f7492a06035ca5d9252"
            "2d84443de7aa20a59380fa4de6b7438d925dbfb7f1cfe60d79acf961ee33988c"
            "7d",
        .z = "04b4e8770f19f58ddf83f9220c3a9305792665e0c60989e6ee9d7fa449c775d6"
            "395f6f25f307e3903ac045a013fbb5a676e872a6abfcf4d7bb5aac69efd6140e"
            "ed",
        .v = "04141db83bc7d96f41b636622e7a5c552ad83211ff55319ac25ed0a09f0818bd"
            "942e8150319bfbfa686183806dc61911183f6a0f5956156023d96e0f93d275bf"
            "50",
        .tt = "21000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2064726166742d30310600000000000000636c69656e74000000000000000041"
            "0000000000000004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95"
            "afd497333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785e0"
            "ca547d55a12e2d20410000000000000004d8bbd6c639c62937b04d997f38c377"
            "0719c629d7014d49a24b4f98baa1292b4907d60aa6bfade45008a636337f5168"
            "c64d9bd36034808cd564490b1e656edbe7410000000000000004230779960824"
            "076d3666a7418e4d433e2fa15b06176eabdd572f43a32ecc79a192b243d26243"
            "10a7356273b86e5fd9bd627d3ade762baeff1a320d4ad7a4e47f410000000000"
            "0000044558642e71b616b248c9583bd6d7aa1b3952c6df6a9f7492a06035ca5d"
            "92522d84443de7aa20a59380fa4de6b7438d925dbfb7f1cfe60d79acf961ee33"
            "988c7d410000000000000004b4e8770f19f58ddf83f9220c3a9305792665e0c6"
            "0989e6ee9d7fa449c775d6395f6f25f307e3903ac045a013fbb5a676e872a6ab"
            "fcf4d7bb5aac69efd6140eed410000000000000004141db83bc7d96f41b63662"
            "2e7a5c552ad83211ff55319ac25ed0a09f0818bd942e8150319bfbfa68618380"
            "6dc61911183f6a0f5956156023d96e0f93d275bf502000000000000000e6887c"
            "f9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .k_main = "e2cbee3ae19a4dbe9f146be6bee9bfa16989d8f9177ef7df67da437987f07255",
        .k_confirm_p = "2f9e0bb669d2c22645bce34da04ac16a",
        .k_confirm_v = "eb7a35168759dd8e9ce44e4dc51277ce",
        .confirm_p = "e1b9258807ba4750dae1d7f3c3c294f13dc4fa60cde346d5de7d200e2f8fd3fc",
        .confirm_v = "b9c39dfa49c47757de778d9bedeaca2448b905be19a43b94ee24b770208135e3",
        .k_shared = "6989d8f9177ef7df67da437987f07255",
    },
    {
        .source = "draft-bar-cfrg-spake2plus-02 appendix B, vector 3 "
                  "(A=\"\", B=\"server\"), HMAC",
        .alg = PSA_ALG_SPAKE2P_MATTER,
        .context = "SPAKE2+-P256-SHA256-HKDF draft-01",
        .id_prover = "",
        .id_verifier = "server",
        .w0 = "e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .w1 = "24b5ae4abda868ec9336ffc3b78ee31c5755bef1759227ef5372ca139b94e512",
        .l = "0495645cfb74df6e58f9748bb83a86620bab7c82e107f57d6870da8cbcb2ff9f"
            "7063a14b6402c62f99afcb9706a4d1a143273259fe76f1c605a3639745a92154"
            "b9",
        .x = "ba0f0f5b78ef23fd07868e46aeca63b51fda519a3420501acbe23d53c2918748",
        .share_p = "04c14d28f4370fea20745106cea58bcfb60f2949fa4e131b9aff5ea13fd5aa79"
            "d507ae1d229e447e000f15eb78a9a32c2b88652e3411642043c1b2b7992cf2d4"
            "de",
        .y = "39397fbe6db47e9fbd1a263d79f5d0aaa44df26ce755f78e092644b434533a42",
        .share_v = "04d1bee3120fd87e86fe189cb952dc688823080e62524dd2c08dffe3d22a0a89"
            "86aa64c9fe0191033cafbc9bcaefc8e2ba8ba860cd127af9efdd7f1c3a41920f"
            "e8",
        .z = "04aac71cf4c8df8181b867c9ecbee9d0963caf51f1534a823429c26fe5248313"
            "ffc5c5e44ea8162161ab6b3d73b87704a45889bf6343d96fa96cd1641efa7160"
            "7c",
        .v = "04c7c9505365f7ce57293c92a37f1bbdc68e0322901e61edef59fee7876b17b0"
            "63e0fa4a126eae0a671b37f1464cf1ccad591c33ae944e3b1f318d76e36fea99"
            "66",
        .tt = "21000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2064726166742d30310000000000000000060000000000000073657276657241"
            "0000000000000004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95"
            "afd497333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785e0"
            "ca547d55a12e2d20410000000000000004d8bbd6c639c62937b04d997f38c377"
            "0719c629d7014d49a24b4f98baa1292b4907d60aa6bfade45008a636337f5168"
            "c64d9bd36034808cd564490b1e656edbe7410000000000000004c14d28f4370f"
            "ea20745106cea58bcfb60f2949fa4e131b9aff5ea13fd5aa79d507ae1d229e44"
            "7e000f15eb78a9a32c2b88652e3411642043c1b2b7992cf2d4de410000000000"
            "000004d1bee3120fd87e86fe189cb952dc688823080e62524dd2c08dffe3d22a"
            "0a8986aa64c9fe0191033cafbc9bcaefc8e2ba8ba860cd127af9efdd7f1c3a41"
            "920fe8410000000000000004aac71cf4c8df8181b867c9ecbee9d0963caf51f1"
            "534a823429c26fe5248313ffc5c5e44ea8162161ab6b3d73b87704a45889bf63"
            "43d96fa96cd1641efa71607c410000000000000004c7c9505365f7ce57293c92"
            "a37f1bbdc68e0322901e61edef59fee7876b17b063e0fa4a126eae0a671b37f1"
            "464cf1ccad591c33ae944e3b1f318d76e36fea99662000000000000000e6887c"
            "f9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .k_main = "ec8d19b807ffb1d1eea81a93ba35cdfe2ea40e4badfa5452b5744dc5983e99ba",
        .k_confirm_p = "66de534d9bf1e44e96a53a4b48d6b353",
        .k_confirm_v = "4945c38bb476cb0f347f3222be9b64a2",
        .confirm_p = "e564c93b3015efb946dc16d642bbe7d1c8da5be164ed9fc3bae4e0ff86e1bd3c",
        .confirm_v = "072a94d9a54edc201d8891534c2317cadf3ea3792827f479e873f93e90f21552",
        .k_shared = "2ea40e4badfa5452b5744dc5983e99ba",
    },
    {
        .source = "draft-bar-cfrg-spake2plus-02 appendix B, vector 4 "
                  "(A=\"\", B=\"\"), HMAC",
        .alg = PSA_ALG_SPAKE2P_MATTER,
        .context = "SPAKE2+-P256-SHA256-HKDF draft-01",
        .id_prover = "",
        .id_verifier = "",
        .w0 = "e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .w1 = "24b5ae4abda868ec9336ffc3b78ee31c5755bef1759227ef5372ca139b94e512",
        .l = "0495645cfb74df6e58f9748bb83a86620bab7c82e107f57d6870da8cbcb2ff9f"
            "7063a14b6402c62f99afcb9706a4d1a143273259fe76f1c605a3639745a92154"
            "b9",
        .x = "5b478619804f4938d361fbba3a20648725222f0a54cc4c876139efe7d9a21786",
        .share_p = "04a6db23d001723fb01fcfc9d08746c3c2a0a3feff8635d29cad2853e7358623"
            "425cf39712e928054561ba71e2dc11f300f1760e71eb177021a8f85e78689071"
            "cd",
        .y = "766770dad8c8eecba936823c0aed044b8c3c4f7655e8beec44a15dcbcaf78e5e",
        .share_v = "04390d29bf185c3abf99f150ae7c13388c82b6be0c07b1b8d90d26853e84374b"
            "bdc82becdb978ca3792f472424106a2578012752c11938fcf60a41df75ff7cf9"
            "47",
        .z = "040a150d9a62f514c9a1fedd782a0240a342721046cefb1111c3adb3be893ce9"
            "fcd2ffa137922fcf8a588d0f76ba9c55c85da2af3f1c789ca17976810387fb1d"
            "7e",
        .v = "04f8e247cc263a1846272f5a3b61b68aa60a5a2665d10cd22c89cd6bad05dc0e"
            "5e650f21ff017186cc92651a4cd7e66ce88f529299f340ea80fb90a9bad094e1"
            "a6",
        .tt = "21000000000000005350414b45322b2d503235362d5348413235362d484b4446"
            "2064726166742d30310000000000000000000000000000000041000000000000"
            "0004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95afd497333d8f"
            "a12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785e0ca547d55a12e"
            "2d20410000000000000004d8bbd6c639c62937b04d997f38c3770719c629d701"
            "4d49a24b4f98baa1292b4907d60aa6bfade45008a636337f5168c64d9bd36034"
            "808cd564490b1e656edbe7410000000000000004a6db23d001723fb01fcfc9d0"
            "8746c3c2a0a3feff8635d29cad2853e7358623425cf39712e928054561ba71e2"
            "dc11f300f1760e71eb177021a8f85e78689071cd410000000000000004390d29"
            "bf185c3abf99f150ae7c13388c82b6be0c07b1b8d90d26853e84374bbdc82bec"
            "db978ca3792f472424106a2578012752c11938fcf60a41df75ff7cf947410000"
            "0000000000040a150d9a62f514c9a1fedd782a0240a342721046cefb1111c3ad"
            "b3be893ce9fcd2ffa137922fcf8a588d0f76ba9c55c85da2af3f1c789ca17976"
            "810387fb1d7e410000000000000004f8e247cc263a1846272f5a3b61b68aa60a"
            "5a2665d10cd22c89cd6bad05dc0e5e650f21ff017186cc92651a4cd7e66ce88f"
            "529299f340ea80fb90a9bad094e1a62000000000000000e6887cf9bdfb7579c6"
            "9bf47928a84514b5e355ac034863f7ffaf4390e67d798c",
        .k_main = "5929a3ce9822c81401bf0f764f69af08ea3276d68334576097e04b19ee5a3a8b",
        .k_confirm_p = "7f84b939d600117256b0c8a6d40cf181",
        .k_confirm_v = "f7d7547ced93f681e8df4c258c4516fd",
        .confirm_p = "71d9412779b6c45a2c615c9df3f1fd93dc0aaf63104da8ece4aa1b5a3a415fea",
        .confirm_v = "095dc0400355cc233fde7437811815b3c1524aae80fd4e6810cf531cf11d20e3",
        .k_shared = "ea3276d68334576097e04b19ee5a3a8b",
    },
};

#endif /* KPSA_TESTS_VECTORS_SPAKE2P_H */
