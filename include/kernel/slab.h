/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The slab allocator and kmalloc (mm/slab.c, mm/slab_common.c): the
 * "storage pool" of section 003. A cache hands out objects of one size,
 * carved from slabs (runs of buddy pages); a per-cpu array of free
 * objects sits in front of each cache so the common alloc/free path
 * touches no list. kmalloc picks one of the general caches by size
 * (32 to 131072 bytes, powers of two plus 96 and 192) and goes to the
 * page allocator above that.
 *
 * Every object is in exactly one state (free in its slab, free in a
 * per-cpu array, allocated, or quarantined after a corruption report),
 * recorded in its slab, so a double free or a free of a pointer the
 * allocator never handed out is reported and ignored rather than
 * corrupting a list. The debug flags add poisoning, red zones and the
 * last callers; a corrupted object is reported and never reused.
 */
#ifndef _KERNEL_SLAB_H
#define _KERNEL_SLAB_H

#include <kernel/gfp.h>
#include <kernel/types.h>

typedef unsigned int slab_flags_t;

/* kmem_cache_create() flags: Linux 6.1's values (FAQ 4.1). */
#define SLAB_RED_ZONE	   0x00000400u /* guard words around each object, checked on free */
#define SLAB_POISON	   0x00000800u /* fill free objects with POISON_FREE, check on alloc */
#define SLAB_HWCACHE_ALIGN 0x00002000u /* align objects to the CPU's L1 line */
#define SLAB_STORE_USER	   0x00010000u /* record the last alloc and free caller */
#define SLAB_PANIC	   0x00040000u /* panic if the cache cannot be created */
#define SLAB_RECLAIM_ACCOUNT 0x00020000u /* slab pages are reclaimable (pageblock type) */

#define SLAB_DEBUG_FLAGS (SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER)
#define SLAB_CREATE_MASK                                                            \
	(SLAB_DEBUG_FLAGS | SLAB_HWCACHE_ALIGN | SLAB_PANIC | SLAB_RECLAIM_ACCOUNT)

/* Poison and red-zone patterns (Linux's include/linux/poison.h). */
#define POISON_INUSE 0x5a /* a new object of a poisoned cache, before its first use */
#define POISON_FREE  0x6b /* a freed object */
#define POISON_END   0xa5 /* the last byte of a freed object */
#define RED_INACTIVE 0x09F911029D74E35BULL /* the object is free */
#define RED_ACTIVE   0xD84156C5635688C0ULL /* the object is allocated */

/* The general caches' range, and kmalloc's limit through the page allocator. */
#define KMALLOC_SHIFT_LOW      5
#define KMALLOC_SHIFT_HIGH     17
#define KMALLOC_MIN_SIZE       (1u << KMALLOC_SHIFT_LOW)
#define KMALLOC_MAX_CACHE_SIZE (1u << KMALLOC_SHIFT_HIGH)
#define KMALLOC_MAX_SIZE       (PAGE_SIZE << (MAX_ORDER - 1))

/*
 * kmalloc(0) returns ZERO_SIZE_PTR: not NULL (so it is not a failure),
 * distinct from every real object, and in the unmapped first page, so a
 * dereference faults. kfree() and ksize() accept it.
 */
#define ZERO_SIZE_PTR	    ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

struct kmem_cache;

/*
 * Creates a cache of size-byte objects aligned to align (0, or a power of
 * two up to PAGE_SIZE) and to the L1 line with SLAB_HWCACHE_ALIGN. ctor, if given, runs
 * once on each object when its slab is created (on every allocation with
 * SLAB_POISON, which destroys the constructed state). Returns NULL on bad
 * arguments or no memory, or panics with SLAB_PANIC. name is not copied.
 */
struct kmem_cache *kmem_cache_create(const char *name, unsigned int size, unsigned int align,
				     slab_flags_t flags, void (*ctor)(void *));
/*
 * Frees the cache and all its slabs. A cache that still has allocated
 * objects is reported (each object, and its allocator with
 * SLAB_STORE_USER) and kept: the return is -EBUSY, else 0. NULL is a no-op.
 */
int kmem_cache_destroy(struct kmem_cache *cachep);
/* Empties the per-cpu arrays and frees every empty slab; returns the pages freed. */
unsigned long kmem_cache_shrink(struct kmem_cache *cachep);
/* An object, or NULL. __GFP_HIGHMEM is refused (NULL): objects need a kernel address. */
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags);
void *kmem_cache_zalloc(struct kmem_cache *cachep, gfp_t flags);
/* objp must come from cachep; anything else (or a double free) is reported and ignored. */
void kmem_cache_free(struct kmem_cache *cachep, void *objp);
unsigned int kmem_cache_size(struct kmem_cache *cachep);
/* The cache's flags: those it was created with, plus any slab_debug= added. */
slab_flags_t kmem_cache_flags(struct kmem_cache *cachep);
const char *kmem_cache_name(struct kmem_cache *cachep);

void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
/* n * size bytes, or NULL if the product overflows. */
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
/*
 * Resizes p (NULL and ZERO_SIZE_PTR act as kmalloc) keeping the first
 * min(old, new) bytes; new_size 0 frees p and returns ZERO_SIZE_PTR.
 * In place when the object is already big enough. On failure p is kept
 * and NULL returned.
 */
void *krealloc(const void *p, size_t new_size, gfp_t flags);
/* Frees a kmalloc (or any slab) object; NULL and ZERO_SIZE_PTR are no-ops. */
void kfree(const void *objp);
/* The usable size of a kmalloc'd object (its size class), 0 for ZERO_SIZE_PTR. */
size_t ksize(const void *objp);
/* The cache kmalloc(size) uses, or NULL above KMALLOC_MAX_CACHE_SIZE. */
struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags);

/* Boot: the cache of caches, then the kmalloc caches. After mem_init(). */
void kmem_cache_init(void);

/* Linux's struct slabinfo: what /proc/slabinfo prints for a cache. */
struct slabinfo {
	unsigned long active_objs;   /* objects not free in a slab (per-cpu arrays count) */
	unsigned long num_objs;
	unsigned long active_slabs;  /* slabs with an object in use */
	unsigned long num_slabs;
	unsigned long shared_avail;  /* always 0: no shared array */
	unsigned int limit;	     /* per-cpu array capacity */
	unsigned int batchcount;     /* objects moved per refill/flush */
	unsigned int shared;	     /* 0 */
	unsigned int objects_per_slab;
	unsigned int cache_order;    /* pages per slab = 1 << cache_order */
	unsigned long cpu_avail;     /* free objects in the per-cpu arrays */
	unsigned long quarantined;   /* objects withdrawn after a corruption report */
};
void get_slabinfo(struct kmem_cache *cachep, struct slabinfo *sinfo);
/* Calls fn for each cache, oldest first. */
void for_each_kmem_cache(void (*fn)(struct kmem_cache *cachep, void *arg), void *arg);

/*
 * Gives back to the buddy allocator everything the allocators keep for
 * themselves (every cache's free slabs and per-cpu objects, the per-cpu
 * page lists), so that the free page count says what is really in use:
 * leak checks and sysinfo(2) call it.
 */
void settle_allocators(void);
/* Prints the whole table in Linux's /proc/slabinfo 2.1 layout via print. */
void slabinfo_show(int (*print)(const char *fmt, ...));

/*
 * Consistency check of one cache (or of all, for NULL): every object is in
 * exactly one state, each slab is on the list its count says, the counts
 * add up, the per-cpu arrays hold only free objects of the cache, and with
 * SLAB_POISON/SLAB_RED_ZONE the free objects are intact. Returns the
 * number of problems found (each one printed).
 */
int kmem_cache_check(struct kmem_cache *cachep);
/* Corruption, double-free and bad-pointer reports so far (self-tests watch it). */
unsigned long slab_error_reports(void);

/* The CPU's L1 data-cache line, for SLAB_HWCACHE_ALIGN (the architecture's). */
unsigned int cache_line_size(void);

#endif
