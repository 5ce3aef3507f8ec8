/*
 * kdf.c - dispatch of the key_derivation family.
 *
 * PLACEHOLDER while the implementation is being written.
 */
#include "config.h"

#include "dispatch/dispatch.h"

typedef int kpsa_dispatch_kdf_placeholder;
