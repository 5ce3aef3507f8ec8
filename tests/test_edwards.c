/*
 * test_edwards.c - the Edwards curves of the built-in driver's HashEdDSA
 * (lib/builtin/edwards.c), which runs edwards25519 and edwards448 on
 * short-Weierstrass models of libcrypto.  edwards.c is hidden in libkpsa.so,
 * so it is compiled into this program.
 *
 * Checks, for both curves: the model's generator is on the curve and has
 * the order L of RFC 8032; the encoding of the base point (edwards25519:
 * 0x58 followed by 0x66 bytes, RFC 8032 5.1); the identity and the point of
 * order 2 both ways; refusal of non-canonical encodings (y = p, y = p + 1,
 * x = 0 with the sign bit set) and of a y with no x; encode/decode round
 * trips of random multiples, where negation flips only the sign bit.
 */
#include "config.h"

#include <string.h>

#include <openssl/err.h>

#include "builtin/edwards.h"
#include "testutil.h"

static void check_curve(size_t bits)
{
    const struct builtin_edwards *c = NULL;
    BN_CTX *bn = BN_CTX_new();
    uint8_t enc[BUILTIN_EDWARDS_MAX_BYTES], other[BUILTIN_EDWARDS_MAX_BYTES];

    KT_ASSERT_SUCCESS(builtin_edwards_get(bits, &c));
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const EC_GROUP *g = builtin_edwards_group(c);
    const EC_POINT *base = EC_GROUP_get0_generator(g);
    size_t n = builtin_edwards_bytes(c);
    EC_POINT *pt = EC_POINT_new(g), *q = EC_POINT_new(g);
    BIGNUM *p = BN_new(), *y = BN_new(), *s = BN_new();

    CU_ASSERT_EQUAL(EC_GROUP_check(g, bn), 1);
    CU_ASSERT_TRUE(EC_POINT_mul(g, pt, NULL, base, EC_GROUP_get0_order(g), bn) == 1 &&
                   EC_POINT_is_at_infinity(g, pt));
    /* The base point's encoding, and back. */
    KT_ASSERT_SUCCESS(builtin_edwards_encode(c, base, enc, bn));
    if (n == 32) {
        memset(other, 0x66, 32);
        other[0] = 0x58;
        KT_ASSERT_BYTES(enc, 32, other, 32);
    }
    KT_ASSERT_SUCCESS(builtin_edwards_decode(c, enc, q, bn));
    CU_ASSERT_EQUAL(EC_POINT_cmp(g, q, base, bn), 0);
    /* The identity (0, 1); with the sign bit set it is non-canonical. */
    memset(other, 0, n);
    other[0] = 1;
    EC_POINT_set_to_infinity(g, pt);
    KT_ASSERT_SUCCESS(builtin_edwards_encode(c, pt, enc, bn));
    KT_ASSERT_BYTES(enc, n, other, n);
    KT_ASSERT_SUCCESS(builtin_edwards_decode(c, other, q, bn));
    CU_ASSERT_TRUE(EC_POINT_is_at_infinity(g, q));
    other[n - 1] |= 0x80;
    KT_ASSERT_STATUS(builtin_edwards_decode(c, other, q, bn), PSA_ERROR_INVALID_ARGUMENT);
    /* (0, -1) has order 2. */
    CU_ASSERT_FATAL(EC_GROUP_get_curve(g, p, NULL, NULL, bn) == 1);
    BN_sub(y, p, BN_value_one());
    BN_bn2lebinpad(y, other, (int)n);
    KT_ASSERT_SUCCESS(builtin_edwards_decode(c, other, q, bn));
    CU_ASSERT_FALSE(EC_POINT_is_at_infinity(g, q));
    CU_ASSERT_TRUE(EC_POINT_dbl(g, pt, q, bn) == 1 && EC_POINT_is_at_infinity(g, pt));
    KT_ASSERT_SUCCESS(builtin_edwards_encode(c, q, enc, bn));
    KT_ASSERT_BYTES(enc, n, other, n);
    /* y >= p is refused. */
    BN_bn2lebinpad(p, other, (int)n);
    KT_ASSERT_STATUS(builtin_edwards_decode(c, other, q, bn), PSA_ERROR_INVALID_ARGUMENT);
    BN_add(y, p, BN_value_one());
    BN_bn2lebinpad(y, other, (int)n);
    KT_ASSERT_STATUS(builtin_edwards_decode(c, other, q, bn), PSA_ERROR_INVALID_ARGUMENT);
    /* Some small y has no x: refused. */
    int refused = 0;
    for (int v = 2; v < 40 && !refused; v++) {
        memset(other, 0, n);
        other[0] = (uint8_t)v;
        refused = builtin_edwards_decode(c, other, q, bn) == PSA_ERROR_INVALID_ARGUMENT;
    }
    CU_ASSERT_TRUE(refused);
    CU_ASSERT_EQUAL(ERR_peek_error(), 0);
    /* Random multiples: round trip; -P differs from P in the sign bit only. */
    for (int k = 0; k < 50; k++) {
        CU_ASSERT_FATAL(BN_rand_range(s, EC_GROUP_get0_order(g)) == 1);
        CU_ASSERT_FATAL(EC_POINT_mul(g, pt, s, NULL, NULL, bn) == 1);
        KT_ASSERT_SUCCESS(builtin_edwards_encode(c, pt, enc, bn));
        KT_ASSERT_SUCCESS(builtin_edwards_decode(c, enc, q, bn));
        CU_ASSERT_EQUAL(EC_POINT_cmp(g, q, pt, bn), 0);
        CU_ASSERT_FATAL(EC_POINT_invert(g, q, bn) == 1);
        KT_ASSERT_SUCCESS(builtin_edwards_encode(c, q, other, bn));
        other[n - 1] ^= 0x80;
        KT_ASSERT_BYTES(other, n, enc, n);
    }
    KT_ASSERT_STATUS(builtin_edwards_get(256, &c), PSA_ERROR_NOT_SUPPORTED);
    BN_free(p);
    BN_free(y);
    BN_free(s);
    EC_POINT_free(pt);
    EC_POINT_free(q);
    BN_CTX_free(bn);
}

static void test_edwards25519(void)
{
    check_curve(255);
}

static void test_edwards448(void)
{
    check_curve(448);
}

int main(int argc, char **argv)
{
    static const kt_test tests[] = {
        {"edwards25519 on its Weierstrass model", test_edwards25519},
        {"edwards448 on its Weierstrass model", test_edwards448},
    };
    int rc;

    KT_ADD_SUITE("Edwards curves", tests);
    rc = kt_run(argc, argv);
    builtin_edwards_free();
    return rc;
}
