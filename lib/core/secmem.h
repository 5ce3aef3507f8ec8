/*
 * secmem.h - memory for secrets, wiping and constant-time comparison.
 *
 * Key material lives in memory this module owns: pages excluded from core
 * dumps (MADV_DONTDUMP) where the kernel allows, wiped before they are reused
 * or returned.  Small buffers come from size-class slabs so a million keys do
 * not cost a million mappings.
 */
#ifndef KPSA_CORE_SECMEM_H
#define KPSA_CORE_SECMEM_H

#include <stddef.h>
#include <stdint.h>

#include "core/guard.h"

/*
 * kpsa_secmem_alloc - zeroed memory for `size` bytes of secret data.
 * Returns NULL when out of memory (or size is 0 or absurd).  Thread-safe.
 */
KPSA_NODISCARD void *kpsa_secmem_alloc(size_t size);

/*
 * kpsa_secmem_free - wipe and release memory from kpsa_secmem_alloc.
 *   [in] ptr   the buffer, or NULL (nothing happens).
 *   [in] size  the size given to kpsa_secmem_alloc.
 * Thread-safe.
 */
void kpsa_secmem_free(void *ptr, size_t size);

/* kpsa_wipe - overwrite `len` bytes with zeros in a way the compiler keeps.
 * The one wipe function of kpsa; NULL with len 0 is fine. */
void kpsa_wipe(void *ptr, size_t len);

/* kpsa_ct_equal - 1 if the buffers are equal, 0 otherwise, in time that
 * depends only on len. */
int kpsa_ct_equal(const uint8_t *a, const uint8_t *b, size_t len);

#endif /* KPSA_CORE_SECMEM_H */
