// SPDX-License-Identifier: GPL-2.0
/*
 * kmalloc: the general caches (section 003: "32 to 131072 bytes") and the
 * page allocator above them, plus the /proc/slabinfo view.
 *
 * A request is rounded up to a size class: a power of two from 32 to
 * 131072 bytes, or 96 or 192 (two classes Linux adds because many
 * structures fall just above 64 and 128). kmalloc_index() maps a size to
 * its slot in kmalloc_caches[]; the slot number is the class's log2,
 * except 1 (96) and 2 (192). Above 131072 bytes kmalloc takes whole
 * pages (a compound block, so kfree() can find the order again).
 *
 * Every kmalloc page is in lowmem (section 004): a HIGHMEM page has no
 * kernel address to return, so __GFP_HIGHMEM is refused.
 */
#include <kernel/printk.h>
#include <kernel/string.h>
#include "slab.h"

struct kmem_cache *kmalloc_caches[KMALLOC_SHIFT_HIGH + 1];

static const char *const kmalloc_names[KMALLOC_SHIFT_HIGH + 1] = {
	[1] = "kmalloc-96",	[2] = "kmalloc-192",	 [5] = "kmalloc-32",
	[6] = "kmalloc-64",	[7] = "kmalloc-128",	 [8] = "kmalloc-256",
	[9] = "kmalloc-512",	[10] = "kmalloc-1k",	 [11] = "kmalloc-2k",
	[12] = "kmalloc-4k",	[13] = "kmalloc-8k",	 [14] = "kmalloc-16k",
	[15] = "kmalloc-32k",	[16] = "kmalloc-64k",	 [17] = "kmalloc-128k",
};

static unsigned int kmalloc_class_size(unsigned int index)
{
	return index == 1 ? 96 : index == 2 ? 192 : 1u << index;
}

struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags)
{
	(void)flags;
	if (!size || size > KMALLOC_MAX_CACHE_SIZE)
		return NULL;
	return kmalloc_caches[kmalloc_index(size)];
}

/*
 * Smallest first, so that a cache whose freelist lives off the slab finds
 * its (smaller) freelist cache already made. Power-of-two classes up to a
 * page are aligned to their size, as Linux guarantees; 96 and 192 to the
 * cache line.
 */
void create_kmalloc_caches(void)
{
	static const unsigned int order[] = { 5, 6, 1, 7, 2, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(order); i++) {
		unsigned int idx = order[i], size = kmalloc_class_size(idx);
		unsigned int align = size & (size - 1) ? 0 : min(size, (unsigned int)PAGE_SIZE);

		kmalloc_caches[idx] = kmem_cache_create(kmalloc_names[idx], size, align,
							SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	}
}

/* Above the largest class: a compound block of pages, found again by kfree. */
void *kmalloc_large(size_t size, gfp_t flags)
{
	unsigned int order;
	struct page *page;

	if (size > KMALLOC_MAX_SIZE) {
		if (!(flags & __GFP_NOWARN))
			pr_warn("kmalloc: %zu bytes is above KMALLOC_MAX_SIZE (%lu): refused\n", size,
				(unsigned long)KMALLOC_MAX_SIZE);
		return NULL;
	}
	order = get_order(size);
	page = alloc_pages(flags | __GFP_COMP, order);
	if (!page)
		return NULL;
	return page_address(page);
}

/* The head page of a large kmalloc block that objp starts, or NULL. */
static struct page *kmalloc_large_page(const void *objp)
{
	struct page *head;

	if (!virt_addr_valid(objp))
		return NULL;
	head = virt_to_head_page(objp);
	if (PageHead(head) && page_ref_count(head) > 0 && page_address(head) == objp)
		return head;
	return NULL;
}

void kfree_large(const void *objp, unsigned long caller)
{
	struct page *page = kmalloc_large_page(objp);

	if (page)
		__free_pages(page, page_alloc_order(page));
	else
		slab_report_bad_pointer("kfree of a pointer that did not come from kmalloc", objp,
					caller);
}

static size_t __ksize(const void *objp, unsigned long caller)
{
	struct slab *slab;
	struct page *page;

	if (ZERO_OR_NULL_PTR(objp))
		return 0;
	slab = virt_to_slab(objp);
	if (slab && slab_obj_active(slab, objp))
		return slab->slab_cache->object_size;
	page = slab ? NULL : kmalloc_large_page(objp);
	if (page)
		return PAGE_SIZE << page_alloc_order(page);
	slab_report_bad_pointer("ksize of a pointer that is not an allocated kmalloc object", objp,
				caller);
	return 0;
}

size_t ksize(const void *objp)
{
	return __ksize(objp, _RET_IP_);
}

void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	size_t old_size;
	void *ret;

	if (unlikely(!new_size)) {
		__kfree(p, _RET_IP_);
		return ZERO_SIZE_PTR;
	}
	old_size = __ksize(p, _RET_IP_);
	if (!old_size && !ZERO_OR_NULL_PTR(p))
		return NULL; /* not a kmalloc pointer: reported by __ksize */
	if (old_size >= new_size) {
		if (flags & __GFP_ZERO)
			memset((char *)p + new_size, 0, old_size - new_size);
		return (void *)p;
	}
	ret = __kmalloc_track_caller(new_size, flags, _RET_IP_);
	if (ret && !ZERO_OR_NULL_PTR(p)) {
		memcpy(ret, p, old_size);
		__kfree(p, _RET_IP_);
	}
	return ret;
}

/*
 * /proc/slabinfo, version 2.1, newest cache first as Linux lists them.
 * active_objs counts the objects in the per-cpu arrays as active, as
 * Linux's SLAB does; the tunables are the per-cpu array's limit and
 * batchcount (no shared array: sharedfactor and sharedavail are 0).
 */
void slabinfo_show(int (*print)(const char *fmt, ...))
{
	struct kmem_cache *cachep;

	print("slabinfo - version: 2.1\n");
	print("# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>"
	      " : tunables <limit> <batchcount> <sharedfactor>"
	      " : slabdata <active_slabs> <num_slabs> <sharedavail>\n");
	list_for_each_entry_reverse(cachep, &slab_caches, list) {
		struct slabinfo s;

		get_slabinfo(cachep, &s);
		print("%-17s %6lu %6lu %6u %4u %4d : tunables %4u %4u %4u : slabdata %6lu %6lu %6lu\n",
		      cachep->name, s.active_objs, s.num_objs, cachep->size, s.objects_per_slab,
		      1 << s.cache_order, s.limit, s.batchcount, s.shared, s.active_slabs,
		      s.num_slabs, s.shared_avail);
	}
}

static void shrink_into(struct kmem_cache *cachep, void *freed)
{
	*(unsigned long *)freed += kmem_cache_shrink(cachep);
}

/*
 * Shrinks every cache again until a pass frees nothing: shrinking a cache
 * with off-slab freelists frees objects of a kmalloc cache that may
 * already have been shrunk in this pass. The per-cpu page lists last, as
 * the shrinking fills them.
 */
void settle_allocators(void)
{
	unsigned long freed;

	do {
		freed = 0;
		for_each_kmem_cache(shrink_into, &freed);
	} while (freed);
	drain_local_pages(NULL);
}
