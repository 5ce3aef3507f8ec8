/*
 * edwards.c - edwards25519 and edwards448 (RFC 8032 sections 5.1 and 5.2) as
 * short Weierstrass groups of libcrypto, with the RFC 8032 point encoding.
 * See edwards.h for the maps.  Only field arithmetic mod p is done here
 * (BN_mod_*); every group operation is libcrypto's EC_POINT code.
 */
#include "config.h"

#include "builtin/edwards.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include <openssl/err.h>

#include "core/guard.h"
#include "core/secmem.h"

/* The published parameters of a curve (RFC 8032 5.1 and 5.2, decimal). */
struct curve_def {
    size_t bits;
    size_t bytes;
    const char *p;
    long a;
    long d_num;                 /* d = d_num / d_den mod p */
    unsigned long d_den;
    const char *order;          /* L */
    unsigned long cofactor;
    const char *base_x;
    const char *base_y;
};

static const struct curve_def defs[] = {
    {255, 32, "57896044618658097711785492504343953926634992332820282019728792003956564819949",
     -1, -121665, 121666,
     "7237005577332262213973186563042994240857116359379907606001950938285454250989", 8,
     "15112221349535400772501151409588531511454012693041857206046113283949847762202",
     "46316835694926478169428394003475163141307993866256225615783033603165251855960"},
    {448, 57,
     "726838724295606890549323807888004534353641360687318060281490199180612328166730772686396"
     "383698676545930088884461843637361053498018365439",
     1, -39081, 1,
     "181709681073901722637330951972001133588410340171829515070372549795146003961539585716195"
     "755291692375963310293709091662304773755859649779",
     4,
     "224580040295924300187604334099896036246789641632564134246125461686950415467406032909029"
     "192869357953282578032075146446173674602635247710",
     "298819210078481492676017930443930673437544040154080242095928241372331506189835876003536"
     "878655418784733982303233503462500531545062832660"},
};

#define CURVE_COUNT (sizeof(defs) / sizeof(defs[0]))

struct builtin_edwards {
    size_t bits;
    size_t bytes;
    EC_GROUP *group;
    BIGNUM *p, *a, *d;          /* the Edwards curve */
    BIGNUM *mb, *mb_inv;        /* the Montgomery B and 1/B */
    BIGNUM *shift;              /* A/(3B): X = u/B + shift */
};

static struct builtin_edwards curves[CURVE_COUNT];
static pthread_mutex_t curves_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int curves_ready;

/* r = num / den mod p. */
static int mod_frac(BIGNUM *r, long num, unsigned long den, const BIGNUM *p, BN_CTX *bn)
{
    BIGNUM *t = BN_CTX_get(bn);
    unsigned long magnitude = num < 0 ? 0ul - (unsigned long)num : (unsigned long)num;

    if (t == NULL || BN_set_word(t, den) != 1 || BN_mod_inverse(t, t, p, bn) == NULL ||
        BN_set_word(r, magnitude) != 1) {
        return 0;
    }
    BN_set_negative(r, num < 0);
    return BN_nnmod(r, r, p, bn) == 1 && BN_mod_mul(r, r, t, p, bn) == 1;
}

/* Edwards (x, y) to the group's point (see edwards.h). */
static int to_point(const struct builtin_edwards *c, const BIGNUM *x, const BIGNUM *y,
                    EC_POINT *out, BN_CTX *bn)
{
    BIGNUM *t, *u, *v;
    int ok;

    if (BN_is_zero(x)) {
        if (BN_is_one(y)) {
            return EC_POINT_set_to_infinity(c->group, out);
        }
        return EC_POINT_set_affine_coordinates(c->group, out, c->shift, x, bn);
    }
    BN_CTX_start(bn);
    t = BN_CTX_get(bn);
    u = BN_CTX_get(bn);
    v = BN_CTX_get(bn);
    /* One inversion: t = 1/((1-y) x); v = (1+y) t = u/x; u = v x. */
    ok = v != NULL && BN_mod_sub(t, BN_value_one(), y, c->p, bn) == 1 &&
         BN_mod_mul(t, t, x, c->p, bn) == 1 && BN_mod_inverse(t, t, c->p, bn) != NULL &&
         BN_mod_add(v, BN_value_one(), y, c->p, bn) == 1 && BN_mod_mul(v, v, t, c->p, bn) == 1 &&
         BN_mod_mul(u, v, x, c->p, bn) == 1 &&
         BN_mod_mul(u, u, c->mb_inv, c->p, bn) == 1 &&
         BN_mod_add(u, u, c->shift, c->p, bn) == 1 &&
         BN_mod_mul(v, v, c->mb_inv, c->p, bn) == 1 &&
         EC_POINT_set_affine_coordinates(c->group, out, u, v, bn) == 1;
    BN_CTX_end(bn);
    return ok;
}

/* The Weierstrass coefficients a' = (3 - A^2)/(3B^2), b' = (2A^3 - 9A)/(27B^3)
 * and the map constants, from p, a and d. */
static int model(struct builtin_edwards *c, BIGNUM *wa, BIGNUM *wb, BN_CTX *bn)
{
    BIGNUM *ma = BN_CTX_get(bn);
    BIGNUM *t = BN_CTX_get(bn);
    BIGNUM *s = BN_CTX_get(bn);
    const BIGNUM *p = c->p;

    /* t = 1/(a-d); A = 2(a+d) t; B = 4t; shift = A/(3B). */
    return s != NULL && BN_mod_sub(t, c->a, c->d, p, bn) == 1 &&
           BN_mod_inverse(t, t, p, bn) != NULL && BN_mod_add(ma, c->a, c->d, p, bn) == 1 &&
           BN_mod_lshift1(ma, ma, p, bn) == 1 && BN_mod_mul(ma, ma, t, p, bn) == 1 &&
           BN_mod_lshift(c->mb, t, 2, p, bn) == 1 &&
           BN_mod_inverse(c->mb_inv, c->mb, p, bn) != NULL &&
           mod_frac(s, 1, 3, p, bn) && BN_mod_mul(c->shift, ma, c->mb_inv, p, bn) == 1 &&
           BN_mod_mul(c->shift, c->shift, s, p, bn) == 1 &&
           /* a' = (1 - A^2/3) / B^2 */
           BN_mod_sqr(wa, ma, p, bn) == 1 && BN_mod_mul(wa, wa, s, p, bn) == 1 &&
           BN_mod_sub(wa, BN_value_one(), wa, p, bn) == 1 &&
           BN_mod_sqr(t, c->mb_inv, p, bn) == 1 && BN_mod_mul(wa, wa, t, p, bn) == 1 &&
           /* b' = A (2A^2 - 9) / (27 B^3) */
           BN_mod_sqr(wb, ma, p, bn) == 1 && BN_mod_lshift1(wb, wb, p, bn) == 1 &&
           BN_set_word(s, 9) == 1 && BN_mod_sub(wb, wb, s, p, bn) == 1 &&
           BN_mod_mul(wb, wb, ma, p, bn) == 1 && BN_mod_mul(t, t, c->mb_inv, p, bn) == 1 &&
           BN_mod_mul(wb, wb, t, p, bn) == 1 && mod_frac(s, 1, 27, p, bn) &&
           BN_mod_mul(wb, wb, s, p, bn) == 1;
}

/* The group of one curve, its generator mapped from the base point, checked. */
static int curve_make(const struct curve_def *def, struct builtin_edwards *c, BN_CTX *bn)
{
    BIGNUM *wa, *wb, *x, *y, *order, *cofactor;
    EC_POINT *g = NULL;
    int ok;

    c->bits = def->bits;
    c->bytes = def->bytes;
    c->p = BN_new();
    c->a = BN_new();
    c->d = BN_new();
    c->mb = BN_new();
    c->mb_inv = BN_new();
    c->shift = BN_new();
    BN_CTX_start(bn);
    wa = BN_CTX_get(bn);
    wb = BN_CTX_get(bn);
    x = BN_CTX_get(bn);
    y = BN_CTX_get(bn);
    order = BN_CTX_get(bn);
    cofactor = BN_CTX_get(bn);
    ok = cofactor != NULL && c->shift != NULL && c->mb_inv != NULL && c->mb != NULL &&
         c->d != NULL && c->a != NULL && BN_dec2bn(&c->p, def->p) != 0 &&
         mod_frac(c->a, def->a, 1, c->p, bn) && mod_frac(c->d, def->d_num, def->d_den, c->p, bn) &&
         model(c, wa, wb, bn) &&
         (c->group = EC_GROUP_new_curve_GFp(c->p, wa, wb, bn)) != NULL &&
         (g = EC_POINT_new(c->group)) != NULL && BN_dec2bn(&x, def->base_x) != 0 &&
         BN_dec2bn(&y, def->base_y) != 0 && to_point(c, x, y, g, bn) &&
         BN_dec2bn(&order, def->order) != 0 && BN_set_word(cofactor, def->cofactor) == 1 &&
         EC_GROUP_set_generator(c->group, g, order, cofactor) == 1 &&
         /* The mapped base point is on the curve and has order L. */
         EC_GROUP_check(c->group, bn) == 1;
    EC_POINT_free(g);
    BN_CTX_end(bn);
    return ok;
}

static void curves_free_locked(void)
{
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        struct builtin_edwards *c = &curves[i];
        EC_GROUP_free(c->group);
        BN_free(c->p);
        BN_free(c->a);
        BN_free(c->d);
        BN_free(c->mb);
        BN_free(c->mb_inv);
        BN_free(c->shift);
        memset(c, 0, sizeof(*c));
    }
    atomic_store_explicit(&curves_ready, 0, memory_order_release);
}

/* Make every curve; on failure none is left. */
static psa_status_t curves_make_locked(void)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    BN_CTX *bn = BN_CTX_new();

    KPSA_CHECK(bn != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        KPSA_CHECK(curve_make(&defs[i], &curves[i], bn), builtin_status_from_openssl());
    }
    atomic_store_explicit(&curves_ready, 1, memory_order_release);
    status = PSA_SUCCESS;
exit:
    if (status != PSA_SUCCESS) {
        curves_free_locked();
    }
    BN_CTX_free(bn);
    return status;
}

psa_status_t builtin_edwards_init(void)
{
    psa_status_t status = PSA_SUCCESS;

    if (atomic_load_explicit(&curves_ready, memory_order_acquire)) {
        return PSA_SUCCESS;
    }
    pthread_mutex_lock(&curves_lock);
    if (!atomic_load_explicit(&curves_ready, memory_order_acquire)) {
        status = curves_make_locked();
    }
    pthread_mutex_unlock(&curves_lock);
    return status;
}

void builtin_edwards_free(void)
{
    pthread_mutex_lock(&curves_lock);
    curves_free_locked();
    pthread_mutex_unlock(&curves_lock);
}

psa_status_t builtin_edwards_get(size_t bits, const struct builtin_edwards **curve)
{
    psa_status_t status = builtin_edwards_init();

    *curve = NULL;
    if (status != PSA_SUCCESS) {
        return status;
    }
    for (size_t i = 0; i < CURVE_COUNT; i++) {
        if (curves[i].bits == bits) {
            *curve = &curves[i];
            return PSA_SUCCESS;
        }
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

const EC_GROUP *builtin_edwards_group(const struct builtin_edwards *curve)
{
    return curve->group;
}

size_t builtin_edwards_bytes(const struct builtin_edwards *curve)
{
    return curve->bytes;
}

/* x from y and the sign bit (RFC 8032 5.1.3 steps 2-4, 5.2.3 steps 2-4);
 * 0 when there is none, -1 on a libcrypto failure. */
static int recover_x(const struct builtin_edwards *c, const BIGNUM *y, int sign, BIGNUM *x,
                     BN_CTX *bn)
{
    BIGNUM *t = BN_CTX_get(bn);
    BIGNUM *u = BN_CTX_get(bn);

    /* x^2 = (y^2 - 1) / (d y^2 - a): d y^2 = a never holds, d / a being no square. */
    if (u == NULL || BN_mod_sqr(t, y, c->p, bn) != 1 ||
        BN_mod_sub(u, t, BN_value_one(), c->p, bn) != 1 ||
        BN_mod_mul(t, t, c->d, c->p, bn) != 1 || BN_mod_sub(t, t, c->a, c->p, bn) != 1 ||
        BN_mod_inverse(t, t, c->p, bn) == NULL || BN_mod_mul(t, u, t, c->p, bn) != 1) {
        return -1;
    }
    if (BN_is_zero(t)) {
        BN_zero(x);
        return !sign;
    }
    if (BN_mod_sqrt(x, t, c->p, bn) == NULL) {
        ERR_clear_error();      /* no square root: not a point */
        return 0;
    }
    if (BN_mod_sqr(u, x, c->p, bn) != 1) {
        return -1;
    }
    if (BN_cmp(u, t) != 0) {
        return 0;
    }
    if (BN_is_odd(x) != sign && BN_sub(x, c->p, x) != 1) {
        return -1;
    }
    return 1;
}

psa_status_t builtin_edwards_decode(const struct builtin_edwards *curve, const uint8_t *in,
                                    EC_POINT *out, BN_CTX *bn)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    uint8_t buf[BUILTIN_EDWARDS_MAX_BYTES];
    size_t n = curve->bytes;
    int sign = in[n - 1] >> 7;
    BIGNUM *x, *y;
    int found;

    BN_CTX_start(bn);
    x = BN_CTX_get(bn);
    y = BN_CTX_get(bn);
    KPSA_CHECK(y != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    memcpy(buf, in, n);
    buf[n - 1] &= 0x7f;
    KPSA_CHECK(BN_lebin2bn(buf, (int)n, y) != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    KPSA_CHECK(BN_cmp(y, curve->p) < 0, PSA_ERROR_INVALID_ARGUMENT);
    found = recover_x(curve, y, sign, x, bn);
    KPSA_CHECK(found >= 0, builtin_status_from_openssl());
    KPSA_CHECK(found == 1, PSA_ERROR_INVALID_ARGUMENT);
    KPSA_CHECK(to_point(curve, x, y, out, bn), builtin_status_from_openssl());
    status = PSA_SUCCESS;
exit:
    BN_CTX_end(bn);
    return status;
}

psa_status_t builtin_edwards_encode(const struct builtin_edwards *curve, const EC_POINT *point,
                                    uint8_t *out, BN_CTX *bn)
{
    psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;
    const BIGNUM *p = curve->p;
    BIGNUM *u, *v, *t, *x, *y;
    size_t n = curve->bytes;

    BN_CTX_start(bn);
    u = BN_CTX_get(bn);
    v = BN_CTX_get(bn);
    t = BN_CTX_get(bn);
    x = BN_CTX_get(bn);
    y = BN_CTX_get(bn);
    KPSA_CHECK(y != NULL, PSA_ERROR_INSUFFICIENT_MEMORY);
    /* u = B (X - shift), v = B Y; the identity is (0, 1), the point of
     * order 2 (v = 0) is (0, -1). */
    if (EC_POINT_is_at_infinity(curve->group, point)) {
        BN_zero(v);
        BN_zero(u);
    } else {
        KPSA_CHECK(EC_POINT_get_affine_coordinates(curve->group, point, u, v, bn) == 1 &&
                   BN_mod_sub(u, u, curve->shift, p, bn) == 1 &&
                   BN_mod_mul(u, u, curve->mb, p, bn) == 1 &&
                   BN_mod_mul(v, v, curve->mb, p, bn) == 1,
                   builtin_status_from_openssl());
    }
    if (BN_is_zero(v)) {
        BN_zero(x);
        KPSA_CHECK(EC_POINT_is_at_infinity(curve->group, point) ? BN_one(y) == 1
                                                                : BN_sub(y, p, BN_value_one()) == 1,
                   builtin_status_from_openssl());
    } else {
        /* One inversion: t = 1/(v (u+1)); x = u/v = u (u+1) t; y = (u-1)/(u+1) = (u-1) v t. */
        KPSA_CHECK(BN_mod_add(t, u, BN_value_one(), p, bn) == 1 &&
                   BN_mod_mul(x, u, t, p, bn) == 1 && BN_mod_mul(t, t, v, p, bn) == 1 &&
                   BN_mod_inverse(t, t, p, bn) != NULL && BN_mod_mul(x, x, t, p, bn) == 1 &&
                   BN_mod_sub(y, u, BN_value_one(), p, bn) == 1 &&
                   BN_mod_mul(y, y, v, p, bn) == 1 && BN_mod_mul(y, y, t, p, bn) == 1,
                   builtin_status_from_openssl());
    }
    KPSA_CHECK(BN_bn2lebinpad(y, out, (int)n) == (int)n, PSA_ERROR_CORRUPTION_DETECTED);
    out[n - 1] |= (uint8_t)(BN_is_odd(x) << 7);
    status = PSA_SUCCESS;
exit:
    BN_CTX_end(bn);
    return status;
}
