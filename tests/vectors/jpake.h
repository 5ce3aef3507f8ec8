/*
 * jpake.h - published EC J-PAKE messages for tests/test_pake.c.
 *
 * Source: Mbed TLS, tests/suites/test_suite_ecjpake.data (mirrored here from
 * Mbed-TLS/TF-PSA-Crypto 1.0.0), cases "read_round_one", each named below.
 * They are TLS ECJPAKEKeyKPPairList messages (RFC 8236 round one over P-256
 * with SHA-256 Schnorr proofs, Thread specification encoding): for each of
 * the two keys, <len=0x41> X <len=0x41> V <len=0x20> r.  The proofs were made
 * with prover ids "client" / "server" (Mbed TLS's ecjpake.c uses the role
 * names as ids).  Reading them checks that kpsa verifies Mbed TLS's proofs:
 * the hash input encoding of the two implementations agree.
 */
#ifndef KPSA_TEST_VECTORS_JPAKE_H
#define KPSA_TEST_VECTORS_JPAKE_H

/* "ECJPAKE round one: client, valid": the server's round one (proofs by
 * "server"), read by the client: valid. */
static const char jpake_server_round_one[] =
    "41047ea6e3a4487037a9e0dbd79262b2cc273e779930fc18409ac5361c5fe669d702e147790aeb4c"
    "e7fd6575ab0f6c7fd1c335939aa863ba37ec91b7e32bb013bb2b410409f85b3d20ebd7885ce464c0"
    "8d056d6428fe4dd9287aa365f131f4360ff386d846898bc4b41583c2a5197f65d78742746c12a5ec"
    "0a4ffe2f270a750a1d8fb51620934d74eb43e54df424fd96306c0117bf131afabf90a9d33d1198d9"
    "05193735144104190a07700ffa4be6ae1d79ee0f06aeb544cd5addaabedf70f8623321332c54f355"
    "f0fbfec783ed359e5d0bf7377a0fc4ea7ace473c9c112b41ccd41ac56a56124104360a1cea33fce6"
    "41156458e0a4eac219e96831e6aebc88b3f3752f93a0281d1bf1fb106051db9694a8d6e862a5ef13"
    "24a3d9e27894f1ee4f7c59199965a8dd4a2091847d2d22df3ee55faa2a3fb33fd2d1e055a07a7c61"
    "ecfb8d80ec00c2c9eb12";

/* "ECJPAKE round one: server, valid": the client's round one (proofs by
 * "client"), read by the server: valid. */
static const char jpake_client_round_one[] =
    "4104accf0106ef858fa2d919331346805a78b58bbad0b844e5c7892879146187dd2666ada781bb7f"
    "111372251a8910621f634df128ac48e381fd6ef9060731f694a441041dd0bd5d4566c9bed9ce7de7"
    "01b5e82e08e84b730466018ab903c79eb982172236c0c1728ae4bf73610d34de44246ef3d9c05a22"
    "36fb66a6583d7449308babce2072fe16662992e9235c25002f11b15087b82738e03c945bf7a2995d"
    "da1e98345841047ea6e3a4487037a9e0dbd79262b2cc273e779930fc18409ac5361c5fe669d702e1"
    "47790aeb4ce7fd6575ab0f6c7fd1c335939aa863ba37ec91b7e32bb013bb2b4104a49558d32ed1eb"
    "fc1816af4ff09b55fcb4ca47b2a02d1e7caf1179ea3fe1395b22b861964016fabaf72c975695d93d"
    "4df0e5197fe9f040634ed59764937787be20bc4deebbf9b8d60a335f046ca3aa941e45864c7cadef"
    "9cf75b3d8b010e443ef0";

/* "ECJPAKE round one: KKP1: corrupted r": the server's first key share
 * with its proof r corrupted (the message ends after it). */
static const char jpake_kkp1_corrupted_r[] =
    "41047ea6e3a4487037a9e0dbd79262b2cc273e779930fc18409ac5361c5fe669d702e147790aeb4c"
    "e7fd6575ab0f6c7fd1c335939aa863ba37ec91b7e32bb013bb2b410409f85b3d20ebd7885ce464c0"
    "8d056d6428fe4dd9287aa365f131f4360ff386d846898bc4b41583c2a5197f65d78742746c12a5ec"
    "0a4ffe2f270a750a1d8fb51620934d74eb43e54df424fd96306c0117bf131afabf90a9d33d1198d9"
    "0519373515";

/* "ECJPAKE round one: KKP1: X not on the curve": the server's first key
 * share X changed to a point off the curve. */
static const char jpake_kkp1_off_curve[] =
    "41047ea6e3a4487037a9e0dbd79262b2cc273e779930fc18409ac5361c5fe669d702e147790aeb4c"
    "e7fd6575ab0f6c7fd1c335939aa863ba37ec91b7e32bb013bb2a410409f85b3d20ebd7885ce464c0"
    "8d056d6428fe4dd9287aa365f131f4360ff386d846898bc4b41583c2a5197f65d78742746c12a5ec"
    "0a4ffe2f270a750a1d8fb51620934d74eb43e54df424fd96306c0117bf131afabf90a9d33d1198d9"
    "0519373514";
#endif /* KPSA_TEST_VECTORS_JPAKE_H */
