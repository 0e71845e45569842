// SPDX-License-Identifier: GPL-2.0
/*
 * The slab allocator (section 003's "storage pool"), shaped like Linux's
 * SLAB: caches of equal-sized objects carved from slabs of buddy pages,
 * with a per-cpu array of free objects in front of each cache. mm/slab.h
 * has the data structures and the picture; this file has:
 *
 *   creation   kmem_cache_create -> calculate_alignment, the debug layout,
 *              calculate_slab_order (the slab's order, on- or off-slab
 *              freelist), enable_cpucache (the per-cpu array's size)
 *   allocation slab_alloc: pop the per-cpu array, or cache_alloc_refill
 *              (a batch from partial, then free slabs, cache_grow if none)
 *   free       slab_free: push the per-cpu array, or cache_flusharray
 *              (a batch back to the slabs: free_block), and empty slabs
 *              beyond free_limit go back to the buddy (slab_destroy)
 *   debugging  poison, red zones, last callers, reports and quarantine
 *   checking   kmem_cache_check, get_slabinfo
 *
 * Locking: Linux's SLAB masks IRQs for the per-cpu array and takes the
 * node's list_lock for the slab lists. With one CPU, IRQs off is both, so
 * slab_lock is held across each allocation, free, and cache operation.
 */
#include <kernel/errno.h>
#include <kernel/kallsyms.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "slab.h"

BUILD_BUG_ON(offsetof(struct slab, active) != offsetof(struct page, _mapcount));
BUILD_BUG_ON(offsetof(struct slab, slab_list) != offsetof(struct page, lru));
BUILD_BUG_ON(offsetof(struct slab, freelist) != offsetof(struct page, private));
BUILD_BUG_ON(offsetof(struct slab, slab_cache) != offsetof(struct page, mapping));
BUILD_BUG_ON(offsetof(struct slab, s_mem) != offsetof(struct page, index));
BUILD_BUG_ON(sizeof(struct slab) > sizeof(struct page));

/* The largest per-cpu array (enable_cpucache), which sizes each kmem_cache object. */
#define MAX_CPUCACHE_ENTRIES 120
#define AC_BYTES	     (sizeof(struct array_cache) + MAX_CPUCACHE_ENTRIES * sizeof(void *))
/* Objects at least this big may keep their freelist off the slab. */
#define OFF_SLAB_MIN_SIZE    (PAGE_SIZE >> 3)
/* Slabs stop growing at this order once one object fits (waste is then judged acceptable). */
#define SLAB_MAX_ORDER	     3
/* Objects are at least this aligned: ARM's ldrd/strd want 8. */
#define ARCH_SLAB_MINALIGN   8
#define REDZONE_SIZE	     sizeof(u64)

/* The cache of caches; its own descriptor (with its per-cpu array) is static. */
static struct {
	struct kmem_cache cache;
	unsigned char ac[NR_CPUS][AC_BYTES] __aligned(sizeof(void *));
} kmem_cache_boot;
static struct kmem_cache *kmem_cache;

LIST_HEAD(slab_caches);
static unsigned long slab_error_count;
/* The per-cpu arrays, the slab lists and slab_caches (see "Locking" above). */
static DEFINE_SPINLOCK(slab_lock);

/*
 * slab_debug=FLAGS[,CACHE]: debug flags added to every cache created from
 * then on (the kmalloc caches included), or only to the cache named
 * CACHE. Letters as Linux's slub_debug: P poison, Z red zones, U last
 * users; "-" or nothing after '=' clears them.
 */
static slab_flags_t slab_debug_flags;
static char slab_debug_cache[32];

static int slab_debug_param(const char *val)
{
	slab_flags_t flags = 0;
	const char *p = val ? val : "PZU";
	char cache[sizeof(slab_debug_cache)] = "";

	for (; *p && *p != ','; p++) {
		switch (*p) {
		case 'P': case 'p': flags |= SLAB_POISON; break;
		case 'Z': case 'z': flags |= SLAB_RED_ZONE; break;
		case 'U': case 'u': flags |= SLAB_STORE_USER; break;
		case '-': flags = 0; break;
		default:
			return -EINVAL;
		}
	}
	if (*p == ',' && strscpy(cache, p + 1, sizeof(cache)) <= 0)
		return -EINVAL;
	/* Only a valid value replaces the previous one. */
	strscpy(slab_debug_cache, cache, sizeof(slab_debug_cache));
	slab_debug_flags = flags;
	return 0;
}
__setup("slab_debug", slab_debug_param);

static slab_flags_t slab_debug_for(const char *name)
{
	if (slab_debug_cache[0] && strcmp(name, slab_debug_cache))
		return 0;
	return slab_debug_flags;
}

unsigned long slab_error_reports(void)
{
	return slab_error_count;
}

unsigned int kmem_cache_size(struct kmem_cache *cachep)
{
	return cachep->object_size;
}

slab_flags_t kmem_cache_flags(struct kmem_cache *cachep)
{
	return cachep->flags;
}

const char *kmem_cache_name(struct kmem_cache *cachep)
{
	return cachep->name;
}

static inline bool off_slab(const struct kmem_cache *cachep)
{
	return cachep->freelist_cache != NULL;
}

/* ---- the debug words of a slot (mm/slab.h has the layout) ---- */

static inline unsigned int obj_size_aligned(const struct kmem_cache *cachep)
{
	return ALIGN(cachep->object_size, REDZONE_SIZE);
}

static inline u64 *dbg_redzone1(const struct kmem_cache *cachep, void *slot)
{
	return (u64 *)((char *)slot + cachep->obj_offset - REDZONE_SIZE);
}

static inline u64 *dbg_redzone2(const struct kmem_cache *cachep, void *slot)
{
	return (u64 *)((char *)slot + cachep->obj_offset + obj_size_aligned(cachep));
}

/* [0] the last allocator, [1] the last freer (SLAB_STORE_USER). */
static inline unsigned long *dbg_userword(const struct kmem_cache *cachep, void *slot)
{
	char *p = (char *)slot + cachep->obj_offset + obj_size_aligned(cachep);

	if (cachep->flags & SLAB_RED_ZONE)
		p += REDZONE_SIZE;
	return (unsigned long *)p;
}

static void print_caller(const char *what, unsigned long addr)
{
	unsigned long size, offset;
	const char *name = addr ? kallsyms_lookup(addr, &size, &offset) : NULL;

	if (name)
		pr_err("  %s %s+%#lx/%#lx (%08lx)\n", what, name, offset, size, addr);
	else
		pr_err("  %s %08lx\n", what, addr);
}

static void print_users(struct kmem_cache *cachep, void *slot)
{
	unsigned long *user;

	if (!(cachep->flags & SLAB_STORE_USER))
		return;
	user = dbg_userword(cachep, slot);
	print_caller("last allocated by", user[0]);
	print_caller("last freed by", user[1]);
}

/* 16 bytes of the slot around offset (relative to the object), as a hex line. */
static void dump_bytes(struct kmem_cache *cachep, void *slot, int offset)
{
	const unsigned char *obj = (const unsigned char *)slot + cachep->obj_offset;
	int start = ALIGN_DOWN(offset + (int)cachep->obj_offset, 16) - (int)cachep->obj_offset;
	char line[80];
	int i, n = 0;

	for (i = 0; i < 16 && start + i + (int)cachep->obj_offset < (int)cachep->size; i++)
		n += snprintf(line + n, sizeof(line) - n, " %02x", obj[start + i]);
	pr_err("  bytes at %+d:%s\n", start, line);
}

/*
 * A corruption report: the cache, the object, what and where (offset from
 * the object's start; red zone 1 is at -8..-1), the recorded callers and
 * the bytes. The object is quarantined by the caller.
 */
static void slab_corruption(struct kmem_cache *cachep, void *slot, const char *what, int offset,
			    unsigned int len, unsigned long caller)
{
	void *obj = (char *)slot + cachep->obj_offset;

	slab_error_count++;
	pr_err("slab error in cache %s: object %p (%u bytes): %s at offset %d (%u byte%s)\n",
	       cachep->name, obj, cachep->object_size, what, offset, len, len == 1 ? "" : "s");
	print_users(cachep, slot);
	print_caller("noticed in a call from", caller);
	dump_bytes(cachep, slot, offset);
	pr_err("  object %p quarantined: it will not be handed out again\n", obj);
	dump_stack();
}

void slab_report_bad_pointer(const char *what, const void *objp, unsigned long caller)
{
	slab_error_count++;
	pr_err("slab error: %s: %p\n", what, objp);
	print_caller("called from", caller);
	dump_stack();
}

/* The first byte of the red-zone word that differs from pattern, or -1. */
static int first_bad_in_word(const u64 *word, u64 pattern)
{
	const unsigned char *p = (const unsigned char *)word, *q = (const unsigned char *)&pattern;
	int i;

	for (i = 0; i < (int)REDZONE_SIZE; i++)
		if (p[i] != q[i])
			return i;
	return -1;
}

/* Offset of the first byte of the object that is not free poison, or -1; *len spans the damage. */
static int check_poison_obj(struct kmem_cache *cachep, void *slot, unsigned int *len)
{
	const unsigned char *obj = (const unsigned char *)slot + cachep->obj_offset;
	unsigned int size = cachep->object_size, i, first = size, last = 0;

	for (i = 0; i < size; i++) {
		unsigned char want = i == size - 1 ? POISON_END : POISON_FREE;

		if (obj[i] != want) {
			if (first == size)
				first = i;
			last = i;
		}
	}
	if (first == size)
		return -1;
	*len = last - first + 1;
	return (int)first;
}

static void poison_obj(struct kmem_cache *cachep, void *slot, unsigned char val)
{
	unsigned char *obj = (unsigned char *)slot + cachep->obj_offset;

	memset(obj, val, cachep->object_size);
	if (val == POISON_FREE)
		obj[cachep->object_size - 1] = POISON_END;
}

/* What find_damage found: a description, and where (offset from the object). */
struct damage {
	const char *what;
	int offset;
	unsigned int len;
};

/*
 * Looks for damage to a slot: red zones that do not read want (both
 * RED_ACTIVE while allocated, RED_INACTIVE while free) and, for a free
 * object, poison that was written over. Returns true if there is some.
 */
static bool find_damage(struct kmem_cache *cachep, void *slot, u64 want, struct damage *d)
{
	int bad;

	if (cachep->flags & SLAB_RED_ZONE) {
		bad = first_bad_in_word(dbg_redzone1(cachep, slot), want);
		if (bad >= 0) {
			*d = (struct damage){ "red zone 1 (before the object) overwritten",
					      bad - (int)REDZONE_SIZE, 1 };
			return true;
		}
		bad = first_bad_in_word(dbg_redzone2(cachep, slot), want);
		if (bad >= 0) {
			*d = (struct damage){ "red zone 2 (after the object) overwritten",
					      (int)obj_size_aligned(cachep) + bad, 1 };
			return true;
		}
	}
	if (want == RED_INACTIVE && (cachep->flags & SLAB_POISON)) {
		bad = check_poison_obj(cachep, slot, &d->len);
		if (bad >= 0) {
			d->what = "use after free: written while free";
			d->offset = bad;
			return true;
		}
	}
	return false;
}

/* Reports damage found on the way in or out; the caller quarantines the object. */
static bool check_obj(struct kmem_cache *cachep, void *slot, u64 want, unsigned long caller)
{
	struct damage d;

	if (!find_damage(cachep, slot, want, &d))
		return true;
	slab_corruption(cachep, slot, d.what, d.offset, d.len, caller);
	return false;
}

/* An object leaving the allocator for a caller: check it was left alone while free. */
static bool cache_alloc_debugcheck_after(struct kmem_cache *cachep, void *slot,
					 unsigned long caller)
{
	if (!check_obj(cachep, slot, RED_INACTIVE, caller))
		return false;
	if (cachep->flags & SLAB_RED_ZONE)
		*dbg_redzone1(cachep, slot) = *dbg_redzone2(cachep, slot) = RED_ACTIVE;
	if (cachep->flags & SLAB_STORE_USER)
		dbg_userword(cachep, slot)[0] = caller;
	if (cachep->flags & SLAB_POISON) {
		poison_obj(cachep, slot, POISON_INUSE);
		if (cachep->ctor)
			cachep->ctor((char *)slot + cachep->obj_offset);
	}
	return true;
}

/* An object coming back: check the caller stayed inside it, then poison it. */
static bool cache_free_debugcheck(struct kmem_cache *cachep, void *slot, unsigned long caller)
{
	if (cachep->flags & SLAB_STORE_USER)
		dbg_userword(cachep, slot)[1] = caller;
	if (!check_obj(cachep, slot, RED_ACTIVE, caller))
		return false;
	if (cachep->flags & SLAB_RED_ZONE)
		*dbg_redzone1(cachep, slot) = *dbg_redzone2(cachep, slot) = RED_INACTIVE;
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, slot, POISON_FREE);
	return true;
}

static void quarantine(struct kmem_cache *cachep, u8 *state)
{
	*state = OBJ_QUARANTINED;
	cachep->quarantined++;
}

/* ---- slabs ---- */

static struct page *kmem_getpages(struct kmem_cache *cachep, gfp_t flags)
{
	struct page *page;
	unsigned long i;

	page = alloc_pages(flags | cachep->allocflags | __GFP_COMP, cachep->gfporder);
	if (!page)
		return NULL;
	for (i = 0; i < (1UL << cachep->gfporder); i++)
		SetPageSlab(page + i);
	return page;
}

static void kmem_freepages(struct kmem_cache *cachep, struct page *page)
{
	unsigned long i;

	for (i = 0; i < (1UL << cachep->gfporder); i++)
		ClearPageSlab(page + i);
	page->mapping = NULL;
	page->_mapcount = -1; /* page_mapcount_reset: slab->active lived there */
	page->private = 0;
	page->index = 0;
	__free_pages(page, cachep->gfporder);
}

static void cache_init_objs(struct kmem_cache *cachep, struct slab *slab)
{
	u8 *state = slab_obj_state(cachep, slab);
	unsigned int i;

	for (i = 0; i < cachep->num; i++) {
		void *slot = index_to_obj(cachep, slab, i);

		slab_freelist(slab)[i] = (freelist_idx_t)i;
		state[i] = OBJ_FREE;
		if (cachep->flags & SLAB_STORE_USER)
			dbg_userword(cachep, slot)[0] = dbg_userword(cachep, slot)[1] = 0;
		if (cachep->flags & SLAB_RED_ZONE)
			*dbg_redzone1(cachep, slot) = *dbg_redzone2(cachep, slot) = RED_INACTIVE;
		if (cachep->flags & SLAB_POISON)
			poison_obj(cachep, slot, POISON_FREE);
		else if (cachep->ctor)
			cachep->ctor((char *)slot + cachep->obj_offset);
	}
}

/*
 * Sets up the slab descriptor in the first page: the colour offset for
 * this slab, and the freelist at the slab's end (or from freelist_cache).
 */
static bool alloc_slabmgmt(struct kmem_cache *cachep, struct slab *slab, void *addr,
			   unsigned int colour_off, gfp_t flags)
{
	if (off_slab(cachep)) {
		slab->freelist = slab_alloc(cachep->freelist_cache, flags, _RET_IP_);
		if (!slab->freelist)
			return false;
	} else {
		slab->freelist = (char *)addr + (PAGE_SIZE << cachep->gfporder) -
				 cachep->freelist_size;
	}
	slab->s_mem = (char *)addr + colour_off;
	slab->active = 0;
	slab->slab_cache = cachep;
	return true;
}

/* The colour offset for the next slab: slab_lock held. */
static unsigned int next_colour(struct kmem_cache *cachep)
{
	unsigned int colour_off = cachep->colour_next * cachep->colour_off;

	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	return colour_off;
}

/*
 * A new slab, laid out and constructed, not yet on any list; NULL if no
 * memory. Called without slab_lock: it allocates (pages, and an off-slab
 * freelist from another cache) and runs the constructor.
 */
static struct slab *cache_grow_begin(struct kmem_cache *cachep, gfp_t flags)
{
	unsigned int colour_off;
	unsigned long irqflags;
	struct page *page;
	struct slab *slab;

	flags &= ~__GFP_ZERO; /* the object is zeroed, not its slab */
	page = kmem_getpages(cachep, flags);
	if (!page)
		return NULL;
	slab = page_slab(page);
	spin_lock_irqsave(&slab_lock, irqflags);
	colour_off = next_colour(cachep);
	spin_unlock_irqrestore(&slab_lock, irqflags);
	if (!alloc_slabmgmt(cachep, slab, page_address(page), colour_off, flags)) {
		kmem_freepages(cachep, page);
		return NULL;
	}
	cache_init_objs(cachep, slab);
	return slab;
}

/* Puts a slab from cache_grow_begin on slabs_free: slab_lock held. */
static void cache_grow_end(struct kmem_cache *cachep, struct slab *slab)
{
	struct kmem_cache_node *n = &cachep->node;

	list_add_tail(&slab->slab_list, &n->slabs_free);
	n->total_slabs++;
	n->free_slabs++;
	n->free_objects += cachep->num;
}

/* Returns an unlinked slab's pages (and off-slab freelist). */
static void slab_destroy(struct kmem_cache *cachep, struct slab *slab)
{
	void *freelist = slab->freelist;

	kmem_freepages(cachep, slab_page(slab));
	if (off_slab(cachep))
		slab_free(cachep->freelist_cache, freelist, _RET_IP_);
}

static void slabs_destroy(struct kmem_cache *cachep, struct list_head *list)
{
	struct slab *slab, *next;

	list_for_each_entry_safe(slab, next, list, slab_list) {
		list_del(&slab->slab_list);
		slab_destroy(cachep, slab);
	}
}

static void *slab_get_obj(struct kmem_cache *cachep, struct slab *slab)
{
	unsigned int idx = slab_freelist(slab)[slab->active++];

	return index_to_obj(cachep, slab, idx);
}

static void slab_put_obj(struct kmem_cache *cachep, struct slab *slab, void *slot)
{
	slab_freelist(slab)[--slab->active] = (freelist_idx_t)obj_to_index(cachep, slab, slot);
}

/* Puts a slab whose count changed on the list that matches it. */
static void fixup_slab_list(struct kmem_cache *cachep, struct kmem_cache_node *n,
			    struct slab *slab)
{
	list_del(&slab->slab_list);
	if (slab->active == cachep->num)
		list_add(&slab->slab_list, &n->slabs_full);
	else
		list_add(&slab->slab_list, &n->slabs_partial);
}

static struct slab *get_first_slab(struct kmem_cache_node *n)
{
	struct slab *slab;

	if (!list_empty(&n->slabs_partial))
		return list_first_entry(&n->slabs_partial, struct slab, slab_list);
	if (list_empty(&n->slabs_free))
		return NULL;
	slab = list_first_entry(&n->slabs_free, struct slab, slab_list);
	n->free_slabs--;
	return slab;
}

/*
 * The per-cpu array is empty: move up to batchcount objects into it from
 * the slabs (partial ones first), growing the cache if there are none.
 * Returns one of them (already taken from the array), or NULL.
 */
static void *cache_alloc_refill(struct kmem_cache *cachep, gfp_t flags, unsigned long *irqflags)
{
	struct array_cache *ac = cpu_cache_get(cachep);
	struct kmem_cache_node *n = &cachep->node;
	unsigned int batchcount = ac->batchcount;
	bool grown = false;

	while (batchcount && ac->avail < ac->limit) {
		struct slab *slab = get_first_slab(n);
		u8 *state;

		if (!slab) {
			if (ac->avail || grown)
				break;
			/* Growing allocates: done without slab_lock, as Linux drops list_lock. */
			spin_unlock_irqrestore(&slab_lock, *irqflags);
			slab = cache_grow_begin(cachep, flags);
			spin_lock_irqsave(&slab_lock, *irqflags);
			if (!slab)
				break;
			cache_grow_end(cachep, slab);
			grown = true;
			continue;
		}
		state = slab_obj_state(cachep, slab);
		while (slab->active < cachep->num && batchcount && ac->avail < ac->limit) {
			void *slot = slab_get_obj(cachep, slab);

			state[obj_to_index(cachep, slab, slot)] = OBJ_CACHED;
			ac->entry[ac->avail++] = slot;
			n->free_objects--;
			batchcount--;
		}
		fixup_slab_list(cachep, n, slab);
	}
	if (!ac->avail)
		return NULL;
	return ac->entry[--ac->avail];
}

/*
 * Returns nr objects to their slabs. A slab that becomes empty goes to
 * slabs_free, or onto list (for slabs_destroy) when the node already has
 * free_limit free objects: the "small reserve" of empty slabs.
 */
static void free_block(struct kmem_cache *cachep, void **objpp, unsigned int nr,
		       struct list_head *list)
{
	struct kmem_cache_node *n = &cachep->node;
	unsigned int i;

	for (i = 0; i < nr; i++) {
		void *slot = objpp[i];
		struct slab *slab = page_slab(virt_to_head_page(slot));

		slab_obj_state(cachep, slab)[obj_to_index(cachep, slab, slot)] = OBJ_FREE;
		list_del(&slab->slab_list);
		slab_put_obj(cachep, slab, slot);
		n->free_objects++;
		if (slab->active == 0) {
			n->free_slabs++;
			list_add(&slab->slab_list, &n->slabs_free);
		} else {
			list_add_tail(&slab->slab_list, &n->slabs_partial);
		}
	}
	while (n->free_objects > n->free_limit && !list_empty(&n->slabs_free)) {
		struct slab *slab = list_last_entry(&n->slabs_free, struct slab, slab_list);

		list_move(&slab->slab_list, list);
		n->free_objects -= cachep->num;
		n->free_slabs--;
		n->total_slabs--;
	}
}

/* The per-cpu array is full: the oldest batchcount objects go back to the slabs. */
static void cache_flusharray(struct kmem_cache *cachep, struct array_cache *ac,
			     struct list_head *list)
{
	unsigned int batchcount = min(ac->batchcount, ac->avail);

	free_block(cachep, ac->entry, batchcount, list);
	ac->avail -= batchcount;
	memmove(ac->entry, &ac->entry[batchcount], sizeof(void *) * ac->avail);
}

/* ---- allocation and free ---- */

static __always_inline void *__slab_alloc(struct kmem_cache *cachep, gfp_t flags,
					  unsigned long caller)
{
	unsigned long irqflags;
	void *slot;

	if (unlikely(flags & __GFP_HIGHMEM)) {
		pr_warn("slab: %s: __GFP_HIGHMEM refused: objects need a kernel address\n",
			cachep->name);
		return NULL;
	}
	spin_lock_irqsave(&slab_lock, irqflags);
	for (;;) {
		struct array_cache *ac = cpu_cache_get(cachep);
		struct slab *slab;
		u8 *state;

		if (likely(ac->avail)) {
			slot = ac->entry[--ac->avail];
		} else {
			slot = cache_alloc_refill(cachep, flags, &irqflags);
			if (!slot) {
				spin_unlock_irqrestore(&slab_lock, irqflags);
				return NULL;
			}
		}
		slab = page_slab(virt_to_head_page(slot));
		state = &slab_obj_state(cachep, slab)[obj_to_index(cachep, slab, slot)];
		if (likely(!(cachep->flags & SLAB_DEBUG_FLAGS)) ||
		    cache_alloc_debugcheck_after(cachep, slot, caller)) {
			*state = OBJ_ACTIVE;
			break;
		}
		quarantine(cachep, state);
	}
	spin_unlock_irqrestore(&slab_lock, irqflags);
	slot = (char *)slot + cachep->obj_offset;
	if (unlikely(flags & __GFP_ZERO))
		memset(slot, 0, cachep->object_size);
	return slot;
}

void *slab_alloc(struct kmem_cache *cachep, gfp_t flags, unsigned long caller)
{
	return __slab_alloc(cachep, flags, caller);
}

void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	return __slab_alloc(cachep, flags, _RET_IP_);
}

void *kmem_cache_zalloc(struct kmem_cache *cachep, gfp_t flags)
{
	return __slab_alloc(cachep, flags | __GFP_ZERO, _RET_IP_);
}

/* Why slot cannot be freed to cachep: the cold half of __slab_free's check. */
static noinline void slab_bad_free(struct kmem_cache *cachep, struct slab *slab, void *objp,
				   unsigned long caller)
{
	void *slot = (char *)objp - cachep->obj_offset;
	const char *why = "double free";
	unsigned int idx = 0;
	char what[96];

	if (slab)
		idx = obj_to_index(cachep, slab, slot);
	if (!slab)
		why = "free of a pointer that is not a slab object";
	else if (slab->slab_cache != cachep)
		why = "free of an object to the wrong cache";
	else if (idx >= cachep->num || index_to_obj(cachep, slab, idx) != slot)
		why = "free of a pointer into the middle of an object";
	else if (slab_obj_state(cachep, slab)[idx] == OBJ_QUARANTINED)
		why = "free of a quarantined object";
	snprintf(what, sizeof(what), "%s (cache %s)", why, cachep->name);
	slab_report_bad_pointer(what, objp, caller);
	if (!strcmp(why, "double free"))
		print_users(cachep, slot);
}

/*
 * Frees objp, which the caller found in slab. Every free is checked
 * against the object's state, so a double free or a pointer into the
 * middle of an object is reported instead of corrupting the freelists.
 */
static __always_inline void __slab_free(struct kmem_cache *cachep, struct slab *slab, void *objp,
					unsigned long caller)
{
	void *slot = (char *)objp - cachep->obj_offset;
	LIST_HEAD(to_destroy);
	struct array_cache *ac;
	unsigned long flags;
	unsigned int idx;
	u8 *state;

	spin_lock_irqsave(&slab_lock, flags);
	if (unlikely(!slab || slab->slab_cache != cachep))
		goto bad;
	idx = obj_to_index(cachep, slab, slot);
	state = &slab_obj_state(cachep, slab)[idx];
	if (unlikely(idx >= cachep->num || index_to_obj(cachep, slab, idx) != slot ||
		     *state != OBJ_ACTIVE))
		goto bad;
	if (unlikely(cachep->flags & SLAB_DEBUG_FLAGS) &&
	    !cache_free_debugcheck(cachep, slot, caller)) {
		quarantine(cachep, state);
		goto out;
	}
	*state = OBJ_CACHED;
	ac = cpu_cache_get(cachep);
	if (unlikely(ac->avail >= ac->limit))
		cache_flusharray(cachep, ac, &to_destroy);
	ac->entry[ac->avail++] = slot;
	goto out;
bad:
	slab_bad_free(cachep, slab, objp, caller);
out:
	spin_unlock_irqrestore(&slab_lock, flags);
	/* Slabs beyond free_limit go back to the buddy outside the lock (it frees). */
	if (unlikely(!list_empty(&to_destroy)))
		slabs_destroy(cachep, &to_destroy);
}

bool slab_obj_active(struct slab *slab, const void *objp)
{
	struct kmem_cache *cachep = slab->slab_cache;
	const void *slot = (const char *)objp - cachep->obj_offset;
	unsigned int idx = obj_to_index(cachep, slab, slot);
	unsigned long flags;
	bool active;

	spin_lock_irqsave(&slab_lock, flags);
	active = idx < cachep->num && index_to_obj(cachep, slab, idx) == slot &&
		 slab_obj_state(cachep, slab)[idx] == OBJ_ACTIVE;
	spin_unlock_irqrestore(&slab_lock, flags);
	return active;
}

void slab_free(struct kmem_cache *cachep, void *objp, unsigned long caller)
{
	__slab_free(cachep, virt_to_slab(objp), objp, caller);
}

void kmem_cache_free(struct kmem_cache *cachep, void *objp)
{
	if (unlikely(!cachep || !objp)) {
		if (!cachep)
			slab_report_bad_pointer("kmem_cache_free to a NULL cache", objp, _RET_IP_);
		return;
	}
	__slab_free(cachep, virt_to_slab(objp), objp, _RET_IP_);
}

/* ---- kmalloc's fast paths (mm/slab_common.c has the rest) ---- */

static bool kmalloc_flags_ok(gfp_t flags)
{
	if (unlikely(flags & __GFP_HIGHMEM)) {
		pr_warn("kmalloc: __GFP_HIGHMEM refused: kmalloc memory must be lowmem\n");
		dump_stack();
		return false;
	}
	return true;
}

static __always_inline void *__kmalloc(size_t size, gfp_t flags, unsigned long caller)
{
	if (unlikely(!kmalloc_flags_ok(flags)))
		return NULL;
	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	if (unlikely(size > KMALLOC_MAX_CACHE_SIZE))
		return kmalloc_large(size, flags);
	return __slab_alloc(kmalloc_caches[kmalloc_index(size)], flags, caller);
}

void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags, _RET_IP_);
}

void *kzalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags | __GFP_ZERO, _RET_IP_);
}

void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return __kmalloc(n * size, flags, _RET_IP_);
}

void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return __kmalloc(n * size, flags | __GFP_ZERO, _RET_IP_);
}

void *__kmalloc_track_caller(size_t size, gfp_t flags, unsigned long caller)
{
	return __kmalloc(size, flags, caller);
}

void __kfree(const void *objp, unsigned long caller)
{
	struct slab *slab;

	if (unlikely(ZERO_OR_NULL_PTR(objp)))
		return;
	slab = virt_to_slab(objp);
	if (unlikely(!slab)) {
		kfree_large(objp, caller);
		return;
	}
	__slab_free(slab->slab_cache, slab, (void *)objp, caller);
}

void kfree(const void *objp)
{
	__kfree(objp, _RET_IP_);
}

/* ---- creating and destroying caches ---- */

/*
 * Linux's rule: SLAB_HWCACHE_ALIGN aligns to the L1 line, but an object
 * of at most half a line only to the power of two that still keeps it
 * within one line, so small objects are not spread out.
 */
static unsigned int calculate_alignment(slab_flags_t flags, unsigned int align, unsigned int size)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = cache_line_size();

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	return ALIGN(max(align, (unsigned int)ARCH_SLAB_MINALIGN), sizeof(void *));
}

/*
 * The freelist (a u16 index per object, then a state byte per object),
 * rounded up so that, placed at the end of the slab, its indices are
 * aligned.
 */
static unsigned long freelist_bytes(unsigned long num)
{
	return ALIGN(num * (sizeof(freelist_idx_t) + 1), sizeof(freelist_idx_t));
}

/*
 * How many slot-sized objects fit a slab of this order with the freelist
 * (an index and a state byte per object) on the slab, or off it; the
 * bytes left over go to colouring.
 */
static unsigned int cache_estimate(unsigned int order, unsigned int size, bool offslab,
				   unsigned int *left_over)
{
	unsigned long slab_size = PAGE_SIZE << order;
	unsigned long num;

	if (offslab) {
		num = slab_size / size;
		*left_over = slab_size - num * size;
	} else {
		num = slab_size / (size + sizeof(freelist_idx_t) + 1);
		while (num && num * size + freelist_bytes(num) > slab_size)
			num--;
		*left_over = slab_size - num * size - freelist_bytes(num);
	}
	return num;
}

/* The kmalloc cache an off-slab freelist of this size would come from, or NULL. */
static struct kmem_cache *freelist_cache_for(unsigned int freelist_size)
{
	struct kmem_cache *fc = kmalloc_slab(freelist_size, 0);

	/* Only a cache that keeps its own freelist on the slab: no recursion. */
	return fc && !off_slab(fc) ? fc : NULL;
}

/*
 * Chooses the slab order: the smallest whose waste is at most 1/8, but no
 * higher than SLAB_MAX_ORDER once an object fits. Large objects keep the
 * freelist off the slab when that fits more objects (a 1024-byte object:
 * 4 per page instead of 3).
 */
static bool calculate_slab_order(struct kmem_cache *cachep, unsigned int size)
{
	unsigned int order, left_over = 0;

	cachep->num = 0;
	for (order = 0; order < MAX_ORDER; order++) {
		unsigned int left, num = cache_estimate(order, size, false, &left);
		struct kmem_cache *fc = NULL;

		if (size >= OFF_SLAB_MIN_SIZE) {
			unsigned int off_left, off_num = cache_estimate(order, size, true, &off_left);

			if (off_num > num && off_num <= SLAB_OBJ_MAX_NUM)
				fc = freelist_cache_for(freelist_bytes(off_num));
			if (fc) {
				num = off_num;
				left = off_left;
			}
		}
		if (!num)
			continue;
		if (num > SLAB_OBJ_MAX_NUM)
			break;
		cachep->num = num;
		cachep->gfporder = order;
		cachep->freelist_cache = fc;
		left_over = left;
		if (order >= SLAB_MAX_ORDER || left_over * 8 <= (PAGE_SIZE << order))
			break;
	}
	if (!cachep->num)
		return false;
	cachep->freelist_size = freelist_bytes(cachep->num);
	cachep->colour = left_over / cachep->colour_off;
	return true;
}

/* The per-cpu array's size by object size (Linux's enable_cpucache). */
static void enable_cpucache(struct kmem_cache *cachep)
{
	unsigned int limit, cpu;

	if (cachep->size > 131072)
		limit = 1;
	else if (cachep->size > PAGE_SIZE)
		limit = 8;
	else if (cachep->size > 1024)
		limit = 24;
	else if (cachep->size > 256)
		limit = 54;
	else
		limit = MAX_CPUCACHE_ENTRIES;
	cachep->limit = limit;
	cachep->batchcount = (limit + 1) / 2;
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct array_cache *ac = (struct array_cache *)((char *)(cachep + 1) + cpu * AC_BYTES);

		ac->avail = 0;
		ac->limit = limit;
		ac->batchcount = cachep->batchcount;
		cachep->cpu_cache[cpu] = ac;
	}
	cachep->node.free_limit = (1 + NR_CPUS) * cachep->batchcount + cachep->num;
}

/* Lays out the slot (mm/slab.h) and the slab; false if no slab order fits. */
static bool __kmem_cache_create(struct kmem_cache *cachep, const char *name, unsigned int size,
				unsigned int align, slab_flags_t flags, void (*ctor)(void *))
{
	struct kmem_cache_node *n = &cachep->node;
	unsigned int slot;

	flags |= slab_debug_for(name);
	cachep->name = name;
	cachep->object_size = size;
	cachep->flags = flags;
	cachep->ctor = ctor;
	cachep->align = align = calculate_alignment(flags, align, size);
	cachep->obj_offset = 0;
	slot = ALIGN(size, (unsigned int)sizeof(void *));
	if (flags & SLAB_RED_ZONE) {
		cachep->obj_offset = ALIGN((unsigned int)REDZONE_SIZE, align);
		slot = ALIGN(size, (unsigned int)REDZONE_SIZE) + REDZONE_SIZE;
	}
	if (flags & SLAB_STORE_USER)
		slot = ALIGN(slot, (unsigned int)sizeof(long)) + 2 * sizeof(long);
	cachep->size = ALIGN(cachep->obj_offset + slot, align);
	cachep->reciprocal_buffer_size = (u32)((0x100000000ULL + cachep->size - 1) / cachep->size);
	cachep->colour_off = max(cache_line_size(), align);
	cachep->colour_next = 0;
	cachep->allocflags = flags & SLAB_RECLAIM_ACCOUNT ? __GFP_RECLAIMABLE : 0;
	cachep->quarantined = 0;
	if (!calculate_slab_order(cachep, cachep->size))
		return false;
	INIT_LIST_HEAD(&n->slabs_partial);
	INIT_LIST_HEAD(&n->slabs_full);
	INIT_LIST_HEAD(&n->slabs_free);
	n->total_slabs = n->free_slabs = n->free_objects = 0;
	enable_cpucache(cachep);
	return true;
}

static const char *create_bad_args(const char *name, unsigned int size, unsigned int align,
				   slab_flags_t flags)
{
	if (!name)
		return "no name";
	if (!size)
		return "size 0";
	if (size > KMALLOC_MAX_SIZE)
		return "size above KMALLOC_MAX_SIZE";
	if (align & (align - 1))
		return "alignment not a power of two";
	if (align > PAGE_SIZE)
		return "alignment above PAGE_SIZE";
	if (flags & ~SLAB_CREATE_MASK)
		return "unknown flags";
	return NULL;
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size, unsigned int align,
				     slab_flags_t flags, void (*ctor)(void *))
{
	const char *why = create_bad_args(name, size, align, flags);
	struct kmem_cache *cachep = NULL;
	unsigned long irqflags;

	if (!why) {
		cachep = kmem_cache_zalloc(kmem_cache, GFP_KERNEL);
		if (!cachep)
			why = "no memory";
		else if (!__kmem_cache_create(cachep, name, size, align, flags, ctor))
			why = "no slab order fits the object";
	}
	if (why) {
		if (cachep)
			kmem_cache_free(kmem_cache, cachep);
		if (flags & SLAB_PANIC)
			panic("kmem_cache_create: failed to create slab '%s': %s\n",
			      name ? name : "(null)", why);
		pr_warn("kmem_cache_create(%s, %u, %u, %#x): %s\n", name ? name : "(null)", size,
			align, flags, why);
		return NULL;
	}
	spin_lock_irqsave(&slab_lock, irqflags);
	list_add_tail(&cachep->list, &slab_caches);
	spin_unlock_irqrestore(&slab_lock, irqflags);
	return cachep;
}

/* Empties the per-cpu arrays into the slabs. */
/* Empties the per-cpu arrays into the slabs; slabs to free go on list. slab_lock held. */
static void drain_cpu_caches(struct kmem_cache *cachep, struct list_head *list)
{
	unsigned int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct array_cache *ac = cachep->cpu_cache[cpu];

		free_block(cachep, ac->entry, ac->avail, list);
		ac->avail = 0;
	}
}

unsigned long kmem_cache_shrink(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n = &cachep->node;
	unsigned long slabs_before, flags, freed;
	LIST_HEAD(list);

	spin_lock_irqsave(&slab_lock, flags);
	/* Draining may already free slabs beyond free_limit: count from before it. */
	slabs_before = n->total_slabs;
	drain_cpu_caches(cachep, &list);
	list_splice_init(&n->slabs_free, &list);
	n->free_objects -= n->free_slabs * cachep->num;
	n->total_slabs -= n->free_slabs;
	n->free_slabs = 0;
	freed = (slabs_before - n->total_slabs) << cachep->gfporder;
	spin_unlock_irqrestore(&slab_lock, flags);
	slabs_destroy(cachep, &list);
	return freed;
}

static bool is_boot_cache(struct kmem_cache *cachep)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kmalloc_caches); i++)
		if (kmalloc_caches[i] == cachep)
			return true;
	return cachep == kmem_cache;
}

/* Lists (up to 8 of) the objects still allocated. */
static void report_live_objects(struct kmem_cache *cachep, unsigned long live)
{
	struct list_head *lists[] = { &cachep->node.slabs_partial, &cachep->node.slabs_full };
	unsigned int shown = 0, l, i;

	pr_err("kmem_cache_destroy %s: %lu object%s still allocated: cache kept\n", cachep->name,
	       live, live == 1 ? "" : "s");
	for (l = 0; l < ARRAY_SIZE(lists); l++) {
		struct slab *slab;

		list_for_each_entry(slab, lists[l], slab_list) {
			u8 *state = slab_obj_state(cachep, slab);

			for (i = 0; i < cachep->num && shown < 8; i++) {
				void *slot = index_to_obj(cachep, slab, i);

				if (state[i] != OBJ_ACTIVE)
					continue;
				pr_err("  object %p\n", (char *)slot + cachep->obj_offset);
				if (cachep->flags & SLAB_STORE_USER)
					print_caller("  allocated by", dbg_userword(cachep, slot)[0]);
				shown++;
			}
		}
	}
	slab_error_count++;
	dump_stack();
}

int kmem_cache_destroy(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	unsigned long live, flags;

	if (!cachep)
		return 0;
	if (is_boot_cache(cachep)) {
		slab_report_bad_pointer("kmem_cache_destroy of a boot cache", cachep, _RET_IP_);
		return -EBUSY;
	}
	n = &cachep->node;
	kmem_cache_shrink(cachep);
	spin_lock_irqsave(&slab_lock, flags);
	live = n->total_slabs * cachep->num - n->free_objects - cachep->quarantined;
	if (live) {
		report_live_objects(cachep, live);
		spin_unlock_irqrestore(&slab_lock, flags);
		return -EBUSY;
	}
	if (n->total_slabs) {
		/*
		 * Slabs that hold quarantined objects stay out of use for good,
		 * and so does the descriptor their pages point to: a late free
		 * into them must still find a cache and be reported.
		 */
		pr_warn("kmem_cache_destroy %s: kept, with %lu slab%s for %lu quarantined object%s\n",
			cachep->name, n->total_slabs, n->total_slabs == 1 ? "" : "s",
			cachep->quarantined, cachep->quarantined == 1 ? "" : "s");
		/* The creator's name string may go away with it: keep a copy. */
		strscpy(cachep->kept_name, cachep->name, sizeof(cachep->kept_name));
		cachep->name = cachep->kept_name;
		spin_unlock_irqrestore(&slab_lock, flags);
		return 0;
	}
	list_del(&cachep->list);
	spin_unlock_irqrestore(&slab_lock, flags);
	kmem_cache_free(kmem_cache, cachep);
	return 0;
}

/* ---- views and checks ---- */

void get_slabinfo(struct kmem_cache *cachep, struct slabinfo *sinfo)
{
	struct kmem_cache_node *n = &cachep->node;
	unsigned long flags;
	unsigned int cpu;

	spin_lock_irqsave(&slab_lock, flags);
	memset(sinfo, 0, sizeof(*sinfo));
	sinfo->num_slabs = n->total_slabs;
	sinfo->active_slabs = n->total_slabs - n->free_slabs;
	sinfo->num_objs = n->total_slabs * cachep->num;
	sinfo->active_objs = sinfo->num_objs - n->free_objects;
	sinfo->limit = cachep->limit;
	sinfo->batchcount = cachep->batchcount;
	sinfo->objects_per_slab = cachep->num;
	sinfo->cache_order = cachep->gfporder;
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		sinfo->cpu_avail += cachep->cpu_cache[cpu]->avail;
	sinfo->quarantined = cachep->quarantined;
	spin_unlock_irqrestore(&slab_lock, flags);
}

void for_each_kmem_cache(void (*fn)(struct kmem_cache *cachep, void *arg), void *arg)
{
	struct kmem_cache *cachep, *next;

	list_for_each_entry_safe(cachep, next, &slab_caches, list)
		fn(cachep, arg);
}

struct check {
	struct kmem_cache *cachep;
	int problems;
	unsigned long slabs, free_slabs, free_objs, cached, quarantined;
};

static void problem(struct check *c, const char *fmt, unsigned long a, unsigned long b)
{
	char msg[96];

	snprintf(msg, sizeof(msg), fmt, a, b);
	pr_err("kmem_cache_check %s: %s\n", c->cachep->name, msg);
	c->problems++;
}

/* One slab: its owner, its list, its freelist and each object's state. */
static void check_slab(struct check *c, struct slab *slab, int list)
{
	struct kmem_cache *cachep = c->cachep;
	u8 *state = slab_obj_state(cachep, slab);
	unsigned int i, nfree = 0, expect_list;
	struct damage d;

	if (!PageSlab(slab_page(slab)) || slab->slab_cache != cachep) {
		problem(c, "slab %#lx is not this cache's (flags %#lx)", (unsigned long)slab,
			slab_page(slab)->flags);
		return;
	}
	if (slab->active > cachep->num) {
		problem(c, "slab %#lx: active %lu > num", (unsigned long)slab, slab->active);
		return;
	}
	expect_list = slab->active == 0 ? 2 : slab->active == cachep->num ? 1 : 0;
	if (list != (int)expect_list)
		problem(c, "slab %#lx with %lu active objects is on the wrong list",
			(unsigned long)slab, slab->active);
	for (i = slab->active; i < cachep->num; i++) {
		unsigned int idx = slab_freelist(slab)[i];

		if (idx >= cachep->num || state[idx] != OBJ_FREE)
			problem(c, "freelist entry %lu (index %lu) is not a free object", i, idx);
	}
	for (i = 0; i < cachep->num; i++) {
		void *slot = index_to_obj(cachep, slab, i);

		switch (state[i]) {
		case OBJ_FREE:
			nfree++;
			break;
		case OBJ_CACHED:
			c->cached++;
			break;
		case OBJ_QUARANTINED:
			c->quarantined++;
			continue;
		case OBJ_ACTIVE:
			continue;
		default:
			problem(c, "object %lu has bad state %lu", i, state[i]);
			continue;
		}
		/* Reported here, and quarantined when it is next allocated. */
		if ((cachep->flags & (SLAB_RED_ZONE | SLAB_POISON)) &&
		    find_damage(cachep, slot, RED_INACTIVE, &d)) {
			pr_err("kmem_cache_check %s: free object %p: %s at offset %d\n",
			       cachep->name, (char *)slot + cachep->obj_offset, d.what, d.offset);
			c->problems++;
		}
	}
	if (nfree != cachep->num - slab->active)
		problem(c, "%lu free objects, but active says %lu", nfree, slab->active);
	c->slabs++;
	c->free_objs += nfree;
	c->free_slabs += slab->active == 0;
}

/* The per-cpu arrays hold distinct slot starts of this cache, each marked cached. */
static void check_arrays(struct check *c)
{
	struct kmem_cache *cachep = c->cachep;
	unsigned int cpu, i, j;
	unsigned long total = 0;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct array_cache *ac = cachep->cpu_cache[cpu];

		if (ac->avail > ac->limit) {
			problem(c, "cpu %lu array holds %lu objects, over its limit", cpu, ac->avail);
			continue;
		}
		for (i = 0; i < ac->avail; i++) {
			struct slab *slab = virt_to_slab(ac->entry[i]);
			unsigned int idx;

			if (!slab || slab->slab_cache != cachep) {
				problem(c, "array entry %lu (%#lx) is not this cache's", i,
					(unsigned long)ac->entry[i]);
				continue;
			}
			idx = obj_to_index(cachep, slab, ac->entry[i]);
			if (idx >= cachep->num || index_to_obj(cachep, slab, idx) != ac->entry[i] ||
			    slab_obj_state(cachep, slab)[idx] != OBJ_CACHED)
				problem(c, "array entry %lu (%#lx) is not a cached object", i,
					(unsigned long)ac->entry[i]);
			for (j = 0; j < i; j++)
				if (ac->entry[j] == ac->entry[i])
					problem(c, "array entries %lu and %lu are the same object", j, i);
		}
		total += ac->avail;
	}
	if (total != c->cached)
		problem(c, "%lu objects marked cached, the arrays hold %lu", c->cached, total);
}

static void check_cache(struct kmem_cache *cachep, void *arg)
{
	struct list_head *lists[] = { &cachep->node.slabs_partial, &cachep->node.slabs_full,
				      &cachep->node.slabs_free };
	struct kmem_cache_node *n = &cachep->node;
	struct check c = { .cachep = cachep };
	struct slab *slab;
	int l;

	for (l = 0; l < 3; l++)
		list_for_each_entry(slab, lists[l], slab_list)
			check_slab(&c, slab, l);
	check_arrays(&c);
	if (c.slabs != n->total_slabs)
		problem(&c, "counted %lu slabs, the node says %lu", c.slabs, n->total_slabs);
	if (c.free_slabs != n->free_slabs)
		problem(&c, "counted %lu empty slabs, the node says %lu", c.free_slabs,
			n->free_slabs);
	if (c.free_objs != n->free_objects)
		problem(&c, "counted %lu free objects, the node says %lu", c.free_objs,
			n->free_objects);
	if (c.quarantined != cachep->quarantined)
		problem(&c, "counted %lu quarantined objects, the cache says %lu", c.quarantined,
			cachep->quarantined);
	*(int *)arg += c.problems;
}

int kmem_cache_check(struct kmem_cache *cachep)
{
	unsigned long flags;
	int problems = 0;

	spin_lock_irqsave(&slab_lock, flags);
	if (cachep)
		check_cache(cachep, &problems);
	else
		for_each_kmem_cache(check_cache, &problems);
	spin_unlock_irqrestore(&slab_lock, flags);
	return problems;
}

/* ---- boot ---- */

void kmem_cache_init(void)
{
	memset(&kmem_cache_boot, 0, sizeof(kmem_cache_boot));
	INIT_LIST_HEAD(&slab_caches);
	memset(kmalloc_caches, 0, sizeof(kmalloc_caches));
	kmem_cache = &kmem_cache_boot.cache;
	if (!__kmem_cache_create(kmem_cache, "kmem_cache", sizeof(struct kmem_cache) + NR_CPUS * AC_BYTES,
				 0, SLAB_HWCACHE_ALIGN, NULL))
		panic("kmem_cache_init: no layout for the cache of caches\n");
	list_add(&kmem_cache->list, &slab_caches);
	create_kmalloc_caches();
	pr_info("slab: HWalign=%u, kmalloc %u..%u bytes, above that the page allocator\n",
		cache_line_size(), KMALLOC_MIN_SIZE, KMALLOC_MAX_CACHE_SIZE);
}
