/*
 * pake.c - dispatch of the pake family.
 *
 * PLACEHOLDER while the implementation is being written.
 */
#include "config.h"

#include "dispatch/dispatch.h"

typedef int kpsa_dispatch_pake_placeholder;
