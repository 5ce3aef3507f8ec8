/*
 * edwards.h - the twisted Edwards curves of RFC 8032 (edwards25519 and
 * edwards448) on libcrypto's EC_POINT arithmetic, for HashEdDSA (eddsa.c).
 *
 * libcrypto 3.0 has no Edwards point arithmetic in its API, so each curve is
 * carried by a birationally equivalent short Weierstrass curve over the same
 * field: a x^2 + y^2 = 1 + d x^2 y^2 maps to the Montgomery curve
 * B v^2 = u^3 + A u^2 + u (A = 2(a+d)/(a-d), B = 4/(a-d); u = (1+y)/(1-y),
 * v = u/x), which maps to Y^2 = X^3 + a'X + b' (X = u/B + A/(3B), Y = v/B).
 * The map is a group isomorphism: the Edwards identity (0, 1) is the point
 * at infinity and (0, -1) is (A/(3B), 0).  The group's generator is the
 * image of the RFC 8032 base point, with the order L and cofactor 8 or 4.
 *
 * The groups are made on first use (and checked with EC_GROUP_check) and
 * freed by builtin_edwards_free (builtin_free, at library teardown).
 */
#ifndef KPSA_BUILTIN_EDWARDS_H
#define KPSA_BUILTIN_EDWARDS_H

#include <openssl/bn.h>
#include <openssl/ec.h>

#include "builtin/builtin.h"

/* Encoded point size of edwards448 (57); edwards25519 takes 32. */
#define BUILTIN_EDWARDS_MAX_BYTES 57

struct builtin_edwards;

/*
 * builtin_edwards_init - make the curves now (optional: builtin_edwards_get
 * makes them on first use).  Returns PSA_SUCCESS,
 * PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.  Thread-safe.
 */
psa_status_t builtin_edwards_init(void);

/*
 * builtin_edwards_free - free the curves.  No curve may be in use; a later
 * builtin_edwards_get makes them again.
 */
void builtin_edwards_free(void);

/*
 * builtin_edwards_get - the curve of a twisted Edwards key size.
 *   [in]  bits   255 (edwards25519) or 448 (edwards448).
 *   [out] curve  on success, valid until builtin_edwards_free.
 * Returns PSA_SUCCESS; PSA_ERROR_NOT_SUPPORTED for other sizes;
 * PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure if the curves cannot
 * be made.  Thread-safe.
 */
psa_status_t builtin_edwards_get(size_t bits, const struct builtin_edwards **curve);

/* The Weierstrass group (generator: the base point, order L). */
const EC_GROUP *builtin_edwards_group(const struct builtin_edwards *curve);

/* The size of an encoded point and of an encoded scalar: 32 or 57. */
size_t builtin_edwards_bytes(const struct builtin_edwards *curve);

/*
 * builtin_edwards_decode - a point from its RFC 8032 encoding (5.1.3,
 * 5.2.3): y < p, x recovered, the sign bit of x = 0 rejected.
 *   [in]  in   builtin_edwards_bytes(curve) bytes.
 *   [out] out  a point of the group.
 *   [in]  bn   scratch.
 * Returns PSA_SUCCESS; PSA_ERROR_INVALID_ARGUMENT for an encoding that is
 * not a point; PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 * The libcrypto error queue is left empty on PSA_ERROR_INVALID_ARGUMENT.
 */
psa_status_t builtin_edwards_decode(const struct builtin_edwards *curve, const uint8_t *in,
                                    EC_POINT *out, BN_CTX *bn);

/*
 * builtin_edwards_encode - the RFC 8032 encoding of a point (5.1.2, 5.2.2).
 *   [in]  point  a point of the group.
 *   [out] out    builtin_edwards_bytes(curve) bytes.
 *   [in]  bn     scratch.
 * Returns PSA_SUCCESS, PSA_ERROR_INSUFFICIENT_MEMORY or a libcrypto failure.
 * Not constant-time: for public points only.
 */
psa_status_t builtin_edwards_encode(const struct builtin_edwards *curve, const EC_POINT *point,
                                    uint8_t *out, BN_CTX *bn);

#endif /* KPSA_BUILTIN_EDWARDS_H */
