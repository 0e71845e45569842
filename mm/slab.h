/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The slab allocator's internals, shared by mm/slab.c, mm/slab_common.c
 * and the host tests. The design is Linux's SLAB (mm/slab.c before 6.5):
 *
 *   struct kmem_cache -- one per object type
 *     cpu_cache[cpu] -> struct array_cache: a LIFO of free objects
 *     node           -> struct kmem_cache_node: slabs_partial, slabs_full,
 *                       slabs_free; free_objects counts objects free in
 *                       slabs (not those in the arrays)
 *   struct slab    -- overlays the struct page of the slab's first page
 *     s_mem          the first object; object i is at s_mem + i * size
 *     freelist       freelist_idx_t[num]: entries active..num-1 are the
 *                    indices of the objects free in the slab, followed
 *                    by u8 obj_state[num]
 *     active         objects not free in the slab
 *
 * With the debug flags an object's slot (size bytes, the stride) holds:
 *   [RED_ZONE word][object_size bytes][pad][RED_ZONE word][alloc, free caller]
 * obj_offset is where the caller's object starts inside the slot.
 */
#ifndef _MM_SLAB_H
#define _MM_SLAB_H

#include <kernel/compiler.h>
#include <kernel/list.h>
#include <kernel/mm.h>
#include <kernel/slab.h>

typedef u16 freelist_idx_t;
#define SLAB_OBJ_MAX_NUM 0xffffu

/* Each object's state, in its slab's obj_state[] (after the freelist). */
enum obj_state {
	OBJ_FREE,	 /* on its slab's freelist */
	OBJ_CACHED,	 /* free, in a per-cpu array */
	OBJ_ACTIVE,	 /* allocated to a caller */
	OBJ_QUARANTINED, /* withdrawn after a corruption report: never reused */
};

/*
 * The per-cpu object cache: entry[0..avail-1] are free objects, the last
 * one the most recently freed (cache-hot). (Linux's also has `touched`,
 * for the periodic reaper this kernel does not have yet.)
 */
struct array_cache {
	unsigned int avail;
	unsigned int limit;
	unsigned int batchcount;
	void *entry[];
};

struct kmem_cache_node {
	struct list_head slabs_partial; /* some objects in use: allocations come from here first */
	struct list_head slabs_full;
	struct list_head slabs_free;	/* empty slabs kept for reuse, up to free_limit objects */
	unsigned long total_slabs;
	unsigned long free_slabs;
	unsigned long free_objects;
	unsigned int free_limit;
};

struct kmem_cache {
	struct array_cache *cpu_cache[NR_CPUS];
	unsigned int batchcount;
	unsigned int limit;
	unsigned int size;	     /* the stride: object plus debug words and padding */
	u32 reciprocal_buffer_size;  /* 2^32 / size, rounded up: obj_to_index() without a divide */
	slab_flags_t flags;
	unsigned int num;	     /* objects per slab */
	unsigned int gfporder;	     /* pages per slab = 1 << gfporder */
	gfp_t allocflags;
	unsigned int colour;	     /* cache colouring: how many offsets to cycle */
	unsigned int colour_off;     /* the offset step (the alignment) */
	unsigned int colour_next;
	unsigned int freelist_size;  /* bytes of freelist + obj_state */
	struct kmem_cache *freelist_cache; /* off-slab management comes from here; NULL: on-slab */
	void (*ctor)(void *obj);
	const char *name;
	struct list_head list;	     /* slab_caches */
	unsigned int object_size;    /* what the creator asked for */
	unsigned int align;
	unsigned int obj_offset;     /* the object's start inside its slot */
	unsigned long quarantined;
	char kept_name[24];	     /* the name, once destroy keeps the cache for its quarantine */
	struct kmem_cache_node node;
};

/*
 * The slab descriptor overlays its first page's struct page (as in Linux
 * 5.17+), so that virt_to_slab() is address arithmetic. The asserts in
 * mm/slab.c tie each field to the struct page field it reuses:
 * slab_list to lru, active to _mapcount (reset to -1 before the pages go
 * back), freelist to private, slab_cache to mapping, s_mem to index.
 */
struct slab {
	unsigned long __page_flags;
	int __page_refcount;
	unsigned int active;
	struct list_head slab_list;
	void *freelist;
	struct kmem_cache *slab_cache;
	void *s_mem;
};

static inline struct slab *page_slab(struct page *page)
{
	return (struct slab *)page;
}

static inline struct page *slab_page(struct slab *slab)
{
	return (struct page *)slab;
}

static inline freelist_idx_t *slab_freelist(const struct slab *slab)
{
	return slab->freelist;
}

static inline u8 *slab_obj_state(const struct kmem_cache *cachep, const struct slab *slab)
{
	return (u8 *)slab->freelist + cachep->num * sizeof(freelist_idx_t);
}

static inline void *index_to_obj(const struct kmem_cache *cachep, const struct slab *slab,
				 unsigned int idx)
{
	return (char *)slab->s_mem + cachep->size * idx;
}

/* The slot index of an address inside the slab's object area (exact for slot starts). */
static inline unsigned int obj_to_index(const struct kmem_cache *cachep, const struct slab *slab,
					const void *obj)
{
	u32 offset = (u32)((unsigned long)obj - (unsigned long)slab->s_mem);

	return (u32)(((u64)offset * cachep->reciprocal_buffer_size) >> 32);
}

static inline struct array_cache *cpu_cache_get(struct kmem_cache *cachep)
{
	return cachep->cpu_cache[smp_processor_id()];
}

/* Every cache, oldest first. */
extern struct list_head slab_caches;

/* kmalloc_caches[kmalloc_index(size)]; [1] is 96 bytes, [2] 192. */
extern struct kmem_cache *kmalloc_caches[KMALLOC_SHIFT_HIGH + 1];
void create_kmalloc_caches(void);

/* kmalloc's cache slot for 1..KMALLOC_MAX_CACHE_SIZE bytes: log2 of the class, or 1 (96), 2 (192). */
static __always_inline unsigned int kmalloc_index(size_t size)
{
	if (size <= KMALLOC_MIN_SIZE)
		return KMALLOC_SHIFT_LOW;
	if (size > 64 && size <= 96)
		return 1;
	if (size > 128 && size <= 192)
		return 2;
	return 32 - __builtin_clz((unsigned int)size - 1);
}

/*
 * The slab holding addr (any address inside it), or NULL if addr is not
 * in a slab. Any pointer is safe to pass: only lowmem addresses are
 * looked up in mem_map.
 */
static inline struct slab *virt_to_slab(const void *addr)
{
	struct page *page;

	if ((unsigned long)addr - PAGE_OFFSET >= (unsigned long)high_memory - PAGE_OFFSET)
		return NULL;
	page = virt_to_head_page(addr);
	return PageSlab(page) ? page_slab(page) : NULL;
}

/* Is objp the start of an allocated object of slab (a pointer a caller may hold)? */
bool slab_obj_active(struct slab *slab, const void *objp);
/* Frees a slab object (kfree, kmem_cache_free); caller is for reports. */
void slab_free(struct kmem_cache *cachep, void *objp, unsigned long caller);
void *slab_alloc(struct kmem_cache *cachep, gfp_t flags, unsigned long caller);
/* kmalloc and kfree on behalf of caller (krealloc), for the reports. */
void *__kmalloc_track_caller(size_t size, gfp_t flags, unsigned long caller);
void __kfree(const void *objp, unsigned long caller);
/* Above KMALLOC_MAX_CACHE_SIZE: whole pages (mm/slab_common.c). */
void *kmalloc_large(size_t size, gfp_t flags);
/* kfree of a pointer that is not in a slab: a large kmalloc block, or reported. */
void kfree_large(const void *objp, unsigned long caller);
/* Reports a bad free/ksize pointer; counted in slab_error_reports(). */
void slab_report_bad_pointer(const char *what, const void *objp, unsigned long caller);

#define _RET_IP_ ((unsigned long)__builtin_return_address(0))

#endif
