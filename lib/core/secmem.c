/*
 * secmem.c - memory for secrets (see secmem.h).
 *
 * Buffers of up to SLAB_MAX_CLASS bytes come from size-class slabs: each class
 * carves fixed-size blocks out of mmap'd regions marked MADV_DONTDUMP and keeps
 * freed blocks on an intrusive free list under its own mutex.  Regions are
 * never returned to the system (a key store that once held a million keys is
 * likely to do so again), but every block is wiped as it is freed.  Larger
 * buffers get a mapping of their own, wiped and unmapped on free.
 *
 * Pages are not mlock'ed: RLIMIT_MEMLOCK is 64 KiB to 8 MiB on common
 * systems, far below what a large key store needs, and a partial lock would
 * give a false sense of protection.
 */
#include "config.h"

#include "core/secmem.h"

#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Size classes: 16, 32, ..., 2048 bytes. */
#define SLAB_MIN_SHIFT 4
#define SLAB_CLASSES 8
#define SLAB_MAX_CLASS ((size_t)1 << (SLAB_MIN_SHIFT + SLAB_CLASSES - 1))
/* Bytes mapped at a time for one class. */
#define SLAB_REGION_SIZE ((size_t)256 * 1024)
/* Refuse requests no key could need (and that would overflow rounding). */
#define SECMEM_MAX_SIZE ((size_t)1 << 30)

struct free_block {
    struct free_block *next;
};

struct slab_class {
    pthread_mutex_t lock;
    struct free_block *free_list;
    unsigned char *carve;      /* unused tail of the newest region */
    size_t carve_left;
};

#define SLAB_CLASS_INIT {.lock = PTHREAD_MUTEX_INITIALIZER}
static struct slab_class classes[SLAB_CLASSES] = {
    SLAB_CLASS_INIT, SLAB_CLASS_INIT, SLAB_CLASS_INIT, SLAB_CLASS_INIT,
    SLAB_CLASS_INIT, SLAB_CLASS_INIT, SLAB_CLASS_INIT, SLAB_CLASS_INIT,
};

static unsigned class_of(size_t size)
{
    unsigned c = 0;
    while (((size_t)1 << (SLAB_MIN_SHIFT + c)) < size) {
        c++;
    }
    return c;
}

static size_t page_round(size_t size)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (size + page - 1) & ~(page - 1);
}

/* A fresh private mapping excluded from core dumps where the kernel allows. */
static void *map_secret(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    /* Best effort: old kernels lack MADV_DONTDUMP; the memory is still usable. */
    (void)madvise(p, size, MADV_DONTDUMP);
    return p;
}

/* Take one block of a class; the caller holds the class lock. */
static void *slab_take_inlock(struct slab_class *sc, size_t block)
{
    if (sc->free_list != NULL) {
        struct free_block *b = sc->free_list;
        sc->free_list = b->next;
        b->next = NULL; /* the rest of the block was wiped on free */
        return b;
    }
    if (sc->carve_left < block) {
        unsigned char *region = map_secret(SLAB_REGION_SIZE);
        if (region == NULL) {
            return NULL;
        }
        /* The tail of the previous region (if any) is smaller than one block
         * only when the region size is not a multiple of it: never here. */
        sc->carve = region;
        sc->carve_left = SLAB_REGION_SIZE;
    }
    void *p = sc->carve;
    sc->carve += block;
    sc->carve_left -= block;
    return p; /* fresh anonymous memory is zero */
}

void *kpsa_secmem_alloc(size_t size)
{
    if (size == 0 || size > SECMEM_MAX_SIZE) {
        return NULL;
    }
    if (size > SLAB_MAX_CLASS) {
        return map_secret(page_round(size));
    }
    unsigned c = class_of(size);
    struct slab_class *sc = &classes[c];
    pthread_mutex_lock(&sc->lock);
    void *p = slab_take_inlock(sc, (size_t)1 << (SLAB_MIN_SHIFT + c));
    pthread_mutex_unlock(&sc->lock);
    return p;
}

void kpsa_secmem_free(void *ptr, size_t size)
{
    if (ptr == NULL) {
        return;
    }
    if (size > SLAB_MAX_CLASS) {
        kpsa_wipe(ptr, size);
        munmap(ptr, page_round(size));
        return;
    }
    unsigned c = class_of(size);
    struct slab_class *sc = &classes[c];
    /* Wipe the whole block, not just `size`: a caller never writes past
     * `size`, but the wipe must not depend on that. */
    kpsa_wipe(ptr, (size_t)1 << (SLAB_MIN_SHIFT + c));
    struct free_block *b = ptr;
    pthread_mutex_lock(&sc->lock);
    b->next = sc->free_list;
    sc->free_list = b;
    pthread_mutex_unlock(&sc->lock);
}

void kpsa_wipe(void *ptr, size_t len)
{
    if (ptr != NULL && len != 0) {
        explicit_bzero(ptr, len);
    }
}

int kpsa_ct_equal(const uint8_t *a, const uint8_t *b, size_t len)
{
    /* volatile keeps the compiler from turning the loop into an early exit. */
    volatile uint8_t diff = 0;
    for (size_t i = 0; i < len; i++) {
        diff = (uint8_t)(diff | (a[i] ^ b[i]));
    }
    /* 1 when diff == 0, 0 otherwise, without a branch on diff. */
    return (int)(1u & (((unsigned)diff - 1u) >> 8));
}
