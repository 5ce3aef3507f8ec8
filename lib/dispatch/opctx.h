/*
 * opctx.h - where a driver's operation context lives inside an operation
 * object: inline when it fits KPSA_OPERATION_CONTEXT_SIZE, else on the heap.
 */
#ifndef KPSA_DISPATCH_OPCTX_H
#define KPSA_DISPATCH_OPCTX_H

#include <stdlib.h>
#include <string.h>

#include "core/secmem.h"
#include "dispatch/dispatch.h"

static inline bool kpsa_opctx_inline(size_t size)
{
    return size <= KPSA_OPERATION_CONTEXT_SIZE;
}

/* The context of a bound operation. */
static inline void *kpsa_opctx(union kpsa_operation_context *c, size_t size)
{
    return kpsa_opctx_inline(size) ? (void *)c->kpsa_bytes : c->kpsa_heap;
}

/* Prepare an all-bits-zero context of `size` bytes; NULL when out of memory. */
static inline void *kpsa_opctx_alloc(union kpsa_operation_context *c, size_t size)
{
    if (kpsa_opctx_inline(size)) {
        memset(c->kpsa_bytes, 0, size);
        return c->kpsa_bytes;
    }
    c->kpsa_heap = calloc(1, size);
    return c->kpsa_heap;
}

/* Wipe and release a context (after the driver is done with it). */
static inline void kpsa_opctx_release(union kpsa_operation_context *c, size_t size)
{
    if (kpsa_opctx_inline(size)) {
        kpsa_wipe(c->kpsa_bytes, size);
        return;
    }
    if (c->kpsa_heap != NULL) {
        kpsa_wipe(c->kpsa_heap, size);
        free(c->kpsa_heap);
        c->kpsa_heap = NULL;
    }
}

#endif /* KPSA_DISPATCH_OPCTX_H */
