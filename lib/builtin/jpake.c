/*
 * jpake.c - J-PAKE.
 *
 * PLACEHOLDER while the implementation is being written: the protocol handles no algorithm yet.
 */
#include "config.h"

#include "builtin/builtin.h"

static bool handles(psa_algorithm_t alg)
{
    (void)alg;
    return false;
}

const struct builtin_pake_protocol builtin_jpake_protocol = {
    .handles = handles,
};
