// SPDX-License-Identifier: GPL-2.0
/*
 * The buddy allocator with per-cpu page lists (the series' section 2.4,
 * as the documents refer to it; Linux's mm/page_alloc.c).
 *
 * Free memory is kept in blocks of 2^order pages, aligned to their size,
 * on zone->free_area[order].free_list[migratetype]. The buddy of the
 * block at pfn is the block at pfn ^ (1 << order): allocation splits a
 * larger block into halves until the order fits (expand), freeing merges
 * a block with its buddy for as long as the buddy is free too
 * (__free_one_page). A free block's first page is PageBuddy and holds
 * the order in page->private.
 *
 * Order-0 requests go through the zone's per-cpu lists (buffered_rmqueue,
 * 2.4.6): they are refilled from the buddy and drained back in batches,
 * so most single-page allocations and frees touch no free_area at all,
 * which is why vmalloc leaves buddyinfo unchanged (FAQ 4.5).
 *
 * Locking: Linux takes zone->lock for the free areas and masks IRQs for
 * the per-cpu lists. With one CPU, IRQs off is the whole of both, so one
 * lock, page_alloc_lock, is held around every change to either: in
 * alloc_pages, the frees, drain_local_pages and the checker.
 */
#include <kernel/gfp.h>
#include <kernel/highmem.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

/* The zone lists and the per-cpu lists (see "Locking" above). */
static DEFINE_SPINLOCK(page_alloc_lock);

struct pglist_data contig_page_data;
struct page *mem_map;
unsigned long max_mapnr, min_low_pfn, max_low_pfn, max_pfn;
unsigned long totalram_pages, totalhigh_pages;
bool page_poisoning_enabled;

const char *const migratetype_names[MIGRATE_TYPES] = {
	"Unmovable",
	"Movable",
	"Reclaimable",
};

static const char *const zone_names[MAX_NR_ZONES] = {
	"Normal",
#ifdef CONFIG_HIGHMEM
	"HighMem",
#endif
};

/* Where to steal from when a migrate type's own lists are empty. */
static const int fallbacks[MIGRATE_TYPES][MIGRATE_TYPES - 1] = {
	[MIGRATE_UNMOVABLE] = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE },
	[MIGRATE_MOVABLE] = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE },
	[MIGRATE_RECLAIMABLE] = { MIGRATE_UNMOVABLE, MIGRATE_MOVABLE },
};

/* alloc_flags: which watermark, and how far below it a request may go. */
#define ALLOC_WMARK_MIN	 WMARK_MIN
#define ALLOC_WMARK_LOW	 WMARK_LOW
#define ALLOC_WMARK_MASK 0x3
#define ALLOC_HIGH	 0x10 /* __GFP_HIGH: half the min watermark */
#define ALLOC_HARDER	 0x20 /* __GFP_ATOMIC: a further quarter */

static int page_poison_param(const char *val)
{
	page_poisoning_enabled = !val || !strcmp(val, "1") || !strcmp(val, "on");
	return 0;
}
__setup("page_poison", page_poison_param);

/* ---- pageblock_flags (2.4.3) ---- */

static unsigned long pageblock_bitidx(const struct zone *zone, unsigned long pfn)
{
	return ((pfn - ALIGN_DOWN(zone->zone_start_pfn, pageblock_nr_pages)) >> pageblock_order) *
	       NR_PAGEBLOCK_BITS;
}

#define BITS_PER_LONG (8 * sizeof(unsigned long))

int get_pageblock_migratetype(const struct page *page)
{
	const struct zone *zone = page_zone(page);
	unsigned long idx = pageblock_bitidx(zone, page_to_pfn(page));
	unsigned long word = zone->pageblock_flags[idx / BITS_PER_LONG];

	/* NR_PAGEBLOCK_BITS divides BITS_PER_LONG: a block's bits share a word. */
	return (word >> (idx % BITS_PER_LONG)) & ((1UL << PB_migratetype_bits) - 1);
}

void set_pageblock_migratetype(struct page *page, int migratetype)
{
	struct zone *zone = page_zone(page);
	unsigned long idx = pageblock_bitidx(zone, page_to_pfn(page));
	unsigned long *word = &zone->pageblock_flags[idx / BITS_PER_LONG];
	unsigned long mask = ((1UL << PB_migratetype_bits) - 1) << (idx % BITS_PER_LONG);

	*word = (*word & ~mask) | ((unsigned long)migratetype << (idx % BITS_PER_LONG));
}

/* ---- the free lists ---- */

static inline void set_buddy_order(struct page *page, unsigned int order)
{
	page->private = order;
	SetPageBuddy(page);
}

static inline unsigned int buddy_order(const struct page *page)
{
	return page->private;
}

/* Is buddy (of page, at order) a free block of the same order and zone? */
static inline bool page_is_buddy(const struct page *page, const struct page *buddy,
				 unsigned int order)
{
	return PageBuddy(buddy) && buddy_order(buddy) == order &&
	       page_zonenum(buddy) == page_zonenum(page);
}

static inline void add_to_free_list(struct page *page, struct zone *zone, unsigned int order,
				    int migratetype)
{
	struct free_area *area = &zone->free_area[order];

	list_add(&page->lru, &area->free_list[migratetype]);
	area->nr_free++;
}

static inline void move_to_free_list(struct page *page, struct zone *zone, unsigned int order,
				     int migratetype)
{
	list_move(&page->lru, &zone->free_area[order].free_list[migratetype]);
}

static inline void del_page_from_free_list(struct page *page, struct zone *zone,
					   unsigned int order)
{
	list_del(&page->lru);
	ClearPageBuddy(page);
	page->private = 0;
	zone->free_area[order].nr_free--;
}

/*
 * Puts the block at pfn back, merging it with its buddy while the buddy
 * is free: each merge takes the buddy off its list and doubles the block,
 * whose first pfn is pfn & buddy_pfn.
 */
static void __free_one_page(struct page *page, unsigned long pfn, struct zone *zone,
			    unsigned int order, int migratetype)
{
	zone->nr_free_pages += 1UL << order;
	while (order < MAX_ORDER - 1) {
		unsigned long buddy_pfn = pfn ^ (1UL << order);
		struct page *buddy = page + (buddy_pfn - pfn);

		if (!zone_spans_pfn(zone, buddy_pfn) || !page_is_buddy(page, buddy, order))
			break;
		del_page_from_free_list(buddy, zone, order);
		page += (pfn & buddy_pfn) - pfn;
		pfn &= buddy_pfn;
		order++;
	}
	set_buddy_order(page, order);
	add_to_free_list(page, zone, order, migratetype);
}

/* Splits a block of order high down to order low, freeing the upper halves. */
static void expand(struct zone *zone, struct page *page, unsigned int low, unsigned int high,
		   int migratetype)
{
	unsigned long size = 1UL << high;

	while (high > low) {
		high--;
		size >>= 1;
		add_to_free_list(&page[size], zone, high, migratetype);
		set_buddy_order(&page[size], high);
	}
}

static struct page *__rmqueue_smallest(struct zone *zone, unsigned int order, int migratetype)
{
	unsigned int current_order;

	for (current_order = order; current_order < MAX_ORDER; current_order++) {
		struct list_head *list = &zone->free_area[current_order].free_list[migratetype];
		struct page *page;

		if (list_empty(list))
			continue;
		page = list_first_entry(list, struct page, lru);
		del_page_from_free_list(page, zone, current_order);
		expand(zone, page, order, current_order, migratetype);
		zone->nr_free_pages -= 1UL << order;
		return page;
	}
	return NULL;
}

/* Moves every free block inside page's pageblock to migratetype's lists. */
static unsigned long move_freepages_block(struct zone *zone, struct page *page, int migratetype)
{
	unsigned long pfn = ALIGN_DOWN(page_to_pfn(page), pageblock_nr_pages);
	unsigned long end = pfn + pageblock_nr_pages, moved = 0;

	pfn = max(pfn, zone->zone_start_pfn);
	end = min(end, zone_end_pfn(zone));
	while (pfn < end) {
		struct page *p = pfn_to_page(pfn);

		if (!PageBuddy(p)) {
			pfn++;
			continue;
		}
		move_to_free_list(p, zone, buddy_order(p), migratetype);
		moved += 1UL << buddy_order(p);
		pfn += 1UL << buddy_order(p);
	}
	return moved;
}

/*
 * Linux's can_steal_fallback: take over the whole pageblock when the
 * block found is large, or when the request is a kernel one (unmovable
 * allocations then cluster in few pageblocks instead of spreading).
 */
static bool can_steal_fallback(unsigned int order, int start_mt)
{
	return order >= pageblock_order / 2 || start_mt == MIGRATE_RECLAIMABLE ||
	       start_mt == MIGRATE_UNMOVABLE;
}

static void steal_suitable_fallback(struct zone *zone, struct page *page, unsigned int order,
				    int start_mt, bool whole_block)
{
	if (order >= pageblock_order) {
		set_pageblock_migratetype(page, start_mt);
		move_to_free_list(page, zone, order, start_mt);
		return;
	}
	if (!whole_block) {
		move_to_free_list(page, zone, order, start_mt);
		return;
	}
	/* The block changes type once at least half of it is free. */
	if (move_freepages_block(zone, page, start_mt) >= pageblock_nr_pages / 2)
		set_pageblock_migratetype(page, start_mt);
}

/*
 * No block of start_mt is free: move one from another type's list. A
 * block worth stealing is looked for from the largest order down, so
 * that a whole pageblock changes hands; otherwise the smallest will do.
 */
static bool __rmqueue_fallback(struct zone *zone, unsigned int order, int start_mt)
{
	int current_order, i;

	for (current_order = MAX_ORDER - 1; current_order >= (int)order; current_order--) {
		for (i = 0; i < MIGRATE_TYPES - 1; i++) {
			struct list_head *list =
				&zone->free_area[current_order].free_list[fallbacks[start_mt][i]];

			if (list_empty(list) || !can_steal_fallback(current_order, start_mt))
				continue;
			steal_suitable_fallback(zone, list_first_entry(list, struct page, lru),
						current_order, start_mt, true);
			return true;
		}
	}
	for (current_order = order; current_order < MAX_ORDER; current_order++) {
		for (i = 0; i < MIGRATE_TYPES - 1; i++) {
			struct list_head *list =
				&zone->free_area[current_order].free_list[fallbacks[start_mt][i]];

			if (list_empty(list))
				continue;
			steal_suitable_fallback(zone, list_first_entry(list, struct page, lru),
						current_order, start_mt, false);
			return true;
		}
	}
	return false;
}

static struct page *__rmqueue(struct zone *zone, unsigned int order, int migratetype)
{
	struct page *page = __rmqueue_smallest(zone, order, migratetype);

	if (!page && __rmqueue_fallback(zone, order, migratetype))
		page = __rmqueue_smallest(zone, order, migratetype);
	return page;
}

/* ---- per-cpu lists ---- */

static inline struct per_cpu_pages *this_cpu_pcp(struct zone *zone)
{
	return &zone->per_cpu_pageset[smp_processor_id()];
}

/* Moves up to count order-0 pages of migratetype from the buddy onto list. */
static int rmqueue_bulk(struct zone *zone, int count, struct list_head *list, int migratetype)
{
	int i;

	for (i = 0; i < count; i++) {
		struct page *page = __rmqueue(zone, 0, migratetype);

		if (!page)
			break;
		page->index = migratetype;
		list_add_tail(&page->lru, list);
	}
	return i;
}

/* Gives count pages back to the buddy, taking the lists in turn, coldest first. */
static void free_pcppages_bulk(struct zone *zone, int count, struct per_cpu_pages *pcp)
{
	int mt = 0, empty = 0;

	while (count > 0 && pcp->count > 0 && empty < MIGRATE_PCPTYPES) {
		struct list_head *list = &pcp->lists[mt];
		struct page *page;

		mt = (mt + 1) % MIGRATE_PCPTYPES;
		if (list_empty(list)) {
			empty++;
			continue;
		}
		empty = 0;
		page = list_last_entry(list, struct page, lru);
		list_del(&page->lru);
		pcp->count--;
		count--;
		__free_one_page(page, page_to_pfn(page), zone, 0, (int)page->index);
	}
}

void drain_local_pages(struct zone *zone)
{
	unsigned long flags;
	struct zone *z;

	spin_lock_irqsave(&page_alloc_lock, flags);
	for_each_zone(z) {
		if (!zone || zone == z)
			free_pcppages_bulk(z, this_cpu_pcp(z)->count, this_cpu_pcp(z));
	}
	spin_unlock_irqrestore(&page_alloc_lock, flags);
}

static struct page *rmqueue_pcplist(struct zone *zone, int migratetype)
{
	struct per_cpu_pages *pcp = this_cpu_pcp(zone);
	struct list_head *list = &pcp->lists[migratetype];
	struct page *page;

	if (list_empty(list)) {
		pcp->count += rmqueue_bulk(zone, pcp->batch, list, migratetype);
		if (list_empty(list))
			return NULL;
	}
	page = list_first_entry(list, struct page, lru);
	list_del(&page->lru);
	pcp->count--;
	return page;
}

/*
 * 2.4.6: order-0 pages from the per-cpu list, larger blocks straight from
 * the buddy.
 */
static struct page *buffered_rmqueue(struct zone *zone, unsigned int order, int migratetype)
{
	if (order == 0)
		return rmqueue_pcplist(zone, migratetype);
	return __rmqueue(zone, order, migratetype);
}

static void free_unref_page(struct page *page)
{
	struct zone *zone = page_zone(page);
	struct per_cpu_pages *pcp = this_cpu_pcp(zone);
	int mt = get_pageblock_migratetype(page);

	page->index = mt;
	list_add(&page->lru, &pcp->lists[mt]);
	if (++pcp->count >= pcp->high)
		free_pcppages_bulk(zone, pcp->batch, pcp);
}

/* ---- checks, poisoning, reports ---- */

static unsigned long bad_page_count;

const char *page_flags_string(unsigned long flags, char *buf, unsigned int size)
{
	static const char *const names[__NR_PAGEFLAGS] = {
		"locked", "referenced", "uptodate", "dirty",   "lru",	  "active",  "slab",
		"reserved", "private",	"head",	    "buddy",   "poisoned", "checked",
	};
	unsigned int i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < __NR_PAGEFLAGS && len < size; i++) {
		if (flags & (1UL << i))
			len += snprintf(buf + len, size - len, "%s%s", len ? "|" : "", names[i]);
	}
	return buf;
}

void bad_page(struct page *page, const char *reason)
{
	char flags[96];

	bad_page_count++;
	pr_alert("BUG: Bad page state: pfn:%05lx\n", page_to_pfn(page));
	pr_alert("page:%p refcount:%d mapcount:%d mapping:%p index:%#lx order:%d\n", page,
		 page->_refcount, page_mapcount(page), page->mapping, page->index,
		 page_alloc_order(page));
	pr_alert("flags: %#lx(%s) zone:%s\n", page->flags,
		 page_flags_string(page->flags & PAGEFLAGS_MASK, flags, sizeof(flags)),
		 zone_names[page_zonenum(page)]);
	pr_alert("page dumped because: %s\n", reason);
	dump_stack();
}

/* The number of bad_page() reports so far: the self-tests watch it. */
unsigned long bad_page_reports(void)
{
	return bad_page_count;
}

static const char *free_page_bad_reason(const struct page *page)
{
	if (page->_mapcount != -1)
		return "nonzero mapcount";
	if (page->mapping)
		return "non-NULL mapping";
	if (page->_refcount)
		return "nonzero _refcount";
	if (page->flags & PAGE_FLAGS_CHECK_AT_FREE)
		return "PAGE_FLAGS_CHECK_AT_FREE flag(s) set";
	return NULL;
}

static void poison_page(struct page *page)
{
	void *kaddr = kmap_atomic(page);

	memset(kaddr, PAGE_POISON, PAGE_SIZE);
	kunmap_atomic(kaddr);
	SetPagePoisoned(page);
}

/* A poisoned page that is no longer all PAGE_POISON was written after its free. */
static void check_poison_page(struct page *page)
{
	const unsigned char *kaddr = kmap_atomic(page);
	unsigned int first, last;

	for (first = 0; first < PAGE_SIZE && kaddr[first] == PAGE_POISON; first++)
		;
	if (first < PAGE_SIZE) {
		for (last = PAGE_SIZE - 1; kaddr[last] == PAGE_POISON; last--)
			;
		pr_err("pagealloc: memory corruption at pfn %05lx, bytes 0x%03x-0x%03x "
		       "written after free: %02x %02x %02x %02x\n",
		       page_to_pfn(page), first, last, kaddr[first],
		       first + 1 < PAGE_SIZE ? kaddr[first + 1] : 0,
		       first + 2 < PAGE_SIZE ? kaddr[first + 2] : 0,
		       first + 3 < PAGE_SIZE ? kaddr[first + 3] : 0);
		bad_page_count++;
		dump_stack();
	}
	kunmap_atomic((void *)kaddr);
	ClearPagePoisoned(page);
}

/*
 * Checks each page of a block that is about to be freed and resets its
 * state. Returns false (after reporting) if the block must not be freed.
 */
static bool free_pages_prepare(struct page *page, unsigned int order)
{
	unsigned long i, n = 1UL << order;

	for (i = 0; i < n; i++) {
		const char *reason = free_page_bad_reason(page + i);

		if (reason) {
			bad_page(page + i, reason);
			return false;
		}
	}
	for (i = 0; i < n; i++) {
		page[i].flags &= ~((PAGE_ORDER_MASK << PAGE_ORDER_PGSHIFT) | PAGEFLAGS_MASK);
		page[i].private = 0;
		if (i)	/* the compound_head mark of a __GFP_COMP tail */
			page[i].lru.next = NULL;
		if (page_poisoning_enabled)
			poison_page(page + i);
	}
	return true;
}

static void free_one_page(struct zone *zone, struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);

	__free_one_page(page, pfn, zone, order, get_pageblock_migratetype(page));
}

static void free_the_page(struct page *page, unsigned int order)
{
	if (!free_pages_prepare(page, order))
		return;
	if (order == 0)
		free_unref_page(page);
	else
		free_one_page(page_zone(page), page, order);
}

/* Is this page the head of a live block allocated with this order? */
static bool free_request_is_bad(struct page *page, unsigned int order)
{
	int alloc_order;

	if (page_ref_count(page) <= 0) {
		bad_page(page, "freeing a page that is not allocated (double free?)");
		return true;
	}
	alloc_order = page_alloc_order(page);
	if (alloc_order < 0) {
		bad_page(page, "freeing a page that does not start an allocated block");
		return true;
	}
	if ((unsigned int)alloc_order != order) {
		pr_alert("free of order %u, but the block was allocated with order %d\n", order,
			 alloc_order);
		bad_page(page, "freed with the wrong order");
		return true;
	}
	return false;
}

void __free_pages(struct page *page, unsigned int order)
{
	unsigned long flags;

	if (!page || !pfn_valid(page_to_pfn(page)) || page != pfn_to_page(page_to_pfn(page))) {
		pr_alert("BUG: __free_pages(%p, %u): not a page of mem_map\n", page, order);
		bad_page_count++;
		dump_stack();
		return;
	}
	spin_lock_irqsave(&page_alloc_lock, flags);
	if (!free_request_is_bad(page, order) && --page->_refcount == 0)
		free_the_page(page, order);
	spin_unlock_irqrestore(&page_alloc_lock, flags);
}

void free_pages(unsigned long addr, unsigned int order)
{
	if (!addr || (addr & ~PAGE_MASK) || !virt_addr_valid((void *)addr)) {
		pr_alert("BUG: free_pages(%#lx, %u): not a page-aligned lowmem address\n", addr,
			 order);
		bad_page_count++;
		dump_stack();
		return;
	}
	__free_pages(virt_to_page((void *)addr), order);
}

void put_page(struct page *page)
{
	int order = page_alloc_order(page);
	unsigned long flags;

	spin_lock_irqsave(&page_alloc_lock, flags);
	if (page_ref_count(page) <= 0 || order < 0)
		bad_page(page, "put_page on a page that holds no reference");
	else if (--page->_refcount == 0)
		free_the_page(page, order);
	spin_unlock_irqrestore(&page_alloc_lock, flags);
}

/* ---- allocation ---- */

static const char *gfp_string(gfp_t gfp, char *buf, unsigned int size)
{
	static const struct {
		gfp_t mask;
		const char *name;
	} names[] = {
		{ GFP_HIGHUSER_MOVABLE, "GFP_HIGHUSER_MOVABLE" },
		{ GFP_HIGHUSER, "GFP_HIGHUSER" },
		{ GFP_USER, "GFP_USER" },
		{ GFP_KERNEL, "GFP_KERNEL" },
		{ GFP_ATOMIC, "GFP_ATOMIC" },
		{ GFP_NOWAIT, "GFP_NOWAIT" },
		{ __GFP_HIGHMEM, "__GFP_HIGHMEM" },
		{ __GFP_MOVABLE, "__GFP_MOVABLE" },
		{ __GFP_ZERO, "__GFP_ZERO" },
		{ __GFP_NOWARN, "__GFP_NOWARN" },
		{ __GFP_HIGH, "__GFP_HIGH" },
		{ __GFP_COMP, "__GFP_COMP" },
	};
	unsigned int i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < ARRAY_SIZE(names) && len < size; i++) {
		if ((gfp & names[i].mask) == names[i].mask) {
			len += snprintf(buf + len, size - len, "%s%s", len ? "|" : "", names[i].name);
			gfp &= ~names[i].mask;
		}
	}
	if (gfp && len < size)
		snprintf(buf + len, size - len, "%s%#x", len ? "|" : "", gfp);
	return buf;
}

static bool __zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
				enum zone_type highest_zoneidx, unsigned int alloc_flags)
{
	long min = (long)mark;
	long free_pages = (long)z->nr_free_pages - ((1L << order) - 1);
	unsigned int o;
	int mt;

	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (alloc_flags & ALLOC_HARDER)
		min -= min / 4;
	if (free_pages <= min + (long)z->lowmem_reserve[highest_zoneidx])
		return false;
	if (!order)
		return true;
	/* Enough pages: is one of them in a block large enough? */
	for (o = order; o < MAX_ORDER; o++) {
		for (mt = 0; mt < MIGRATE_TYPES; mt++) {
			if (!list_empty(&z->free_area[o].free_list[mt]))
				return true;
		}
	}
	return false;
}

static unsigned int gfp_to_alloc_flags(gfp_t gfp)
{
	unsigned int flags = 0;

	if (gfp & __GFP_HIGH)
		flags |= ALLOC_HIGH;
	if (gfp & __GFP_ATOMIC)
		flags |= ALLOC_HARDER;
	return flags;
}

bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
		       enum zone_type highest_zoneidx, gfp_t gfp_mask)
{
	return __zone_watermark_ok(z, order, mark, highest_zoneidx, gfp_to_alloc_flags(gfp_mask));
}

/* The zonelist walk: from the highest zone gfp allows down to ZONE_NORMAL. */
static struct page *get_page_from_freelist(gfp_t gfp, unsigned int order,
					   unsigned int alloc_flags)
{
	enum zone_type highest = gfp_zone(gfp);
	int mt = gfp_migratetype(gfp);
	int idx;

	for (idx = highest; idx >= 0; idx--) {
		struct zone *zone = &contig_page_data.node_zones[idx];
		unsigned long mark = zone->_watermark[alloc_flags & ALLOC_WMARK_MASK];
		struct page *page;

		if (!zone->managed_pages ||
		    !__zone_watermark_ok(zone, order, mark, highest, alloc_flags))
			continue;
		page = buffered_rmqueue(zone, order, mt);
		if (page)
			return page;
	}
	return NULL;
}

static void prep_compound_page(struct page *page, unsigned int order)
{
	unsigned long i, n = 1UL << order;

	SetPageHead(page);
	for (i = 1; i < n; i++)
		page[i].lru.next = (struct list_head *)((unsigned long)page + 1);
}

/* Checks and sets up a block that is about to be handed out; false if a page is bad. */
static bool prep_new_page(struct page *page, unsigned int order, gfp_t gfp)
{
	unsigned long i, n = 1UL << order;

	for (i = 0; i < n; i++) {
		struct page *p = page + i;

		if (p->_mapcount != -1 || p->mapping || p->_refcount ||
		    (p->flags & PAGE_FLAGS_CHECK_AT_PREP)) {
			bad_page(p, "bad state on allocation");
			return false;
		}
		if (PagePoisoned(p))
			check_poison_page(p);
	}
	set_page_count(page, 1);
	set_page_alloc_order(page, order);
	if ((gfp & __GFP_COMP) && order)
		prep_compound_page(page, order);
	if (gfp & __GFP_ZERO) {
		for (i = 0; i < n; i++)
			clear_highpage(page + i);
	}
	return true;
}

static void warn_alloc(gfp_t gfp, unsigned int order)
{
	char buf[128];

	pr_warn("page allocation failure: order:%u, mode:%#x(%s)\n", order, gfp,
		gfp_string(gfp, buf, sizeof(buf)));
	dump_stack();
	show_free_areas();
}

struct page *alloc_pages(gfp_t gfp, unsigned int order)
{
	unsigned long flags;
	struct page *page;
	int tries;

	if (order >= MAX_ORDER) {
		if (!(gfp & __GFP_NOWARN))
			pr_warn("alloc_pages: order %u >= MAX_ORDER (%d): refused\n", order,
				MAX_ORDER);
		return NULL;
	}
	/* A bad page found on the way is left out of use; try again, a few times. */
	spin_lock_irqsave(&page_alloc_lock, flags);
	for (tries = 0; tries < 4; tries++) {
		/* The fast path keeps to the low watermark; then what the request may use. */
		page = get_page_from_freelist(gfp, order, ALLOC_WMARK_LOW);
		if (!page)
			page = get_page_from_freelist(gfp, order,
						      ALLOC_WMARK_MIN | gfp_to_alloc_flags(gfp));
		if (!page)
			break;
		if (prep_new_page(page, order, gfp)) {
			spin_unlock_irqrestore(&page_alloc_lock, flags);
			return page;
		}
	}
	contig_page_data.node_zones[gfp_zone(gfp)].alloc_fail++;
	spin_unlock_irqrestore(&page_alloc_lock, flags);
	if (!(gfp & __GFP_NOWARN))
		warn_alloc(gfp, order);
	return NULL;
}

unsigned long __get_free_pages(gfp_t gfp, unsigned int order)
{
	struct page *page;

	if (gfp & __GFP_HIGHMEM) {
		pr_warn("__get_free_pages: __GFP_HIGHMEM refused (HIGHMEM has no address)\n");
		gfp &= ~__GFP_HIGHMEM;
	}
	page = alloc_pages(gfp, order);
	return page ? (unsigned long)page_address(page) : 0;
}

unsigned long get_zeroed_page(gfp_t gfp)
{
	return __get_free_pages(gfp | __GFP_ZERO, 0);
}

/* ---- boot: mem_map, zones, watermarks ---- */

static unsigned long __init_count_present(unsigned long start_pfn, unsigned long end_pfn)
{
	phys_addr_t start, end;
	unsigned long n = 0, i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		start = memblock.memory.regions[i].base;
		end = start + memblock.memory.regions[i].size;
		if (PFN_DOWN(end) > start_pfn && PFN_UP(start) < end_pfn)
			n += min(PFN_DOWN(end), end_pfn) - max(PFN_UP(start), start_pfn);
	}
	return n;
}

static void zone_init_free_lists(struct zone *zone)
{
	unsigned int order, t;

	for (order = 0; order < MAX_ORDER; order++) {
		for (t = 0; t < MIGRATE_TYPES; t++)
			INIT_LIST_HEAD(&zone->free_area[order].free_list[t]);
		zone->free_area[order].nr_free = 0;
	}
	for (t = 0; t < MIGRATE_PCPTYPES; t++)
		INIT_LIST_HEAD(&zone->per_cpu_pageset[0].lists[t]);
}

static void init_zone(struct zone *zone, unsigned long start_pfn, unsigned long end_pfn)
{
	unsigned long blocks, pfn;

	zone->zone_pgdat = &contig_page_data;
	zone->name = zone_names[zone - contig_page_data.node_zones];
	zone->zone_start_pfn = start_pfn;
	zone->spanned_pages = end_pfn > start_pfn ? end_pfn - start_pfn : 0;
	/* First: page_zone() must find this zone for what follows. */
	for (pfn = start_pfn; pfn < end_pfn; pfn++)
		set_page_zone(pfn_to_page(pfn), zone - contig_page_data.node_zones);
	zone->present_pages = zone->spanned_pages ? __init_count_present(start_pfn, end_pfn) : 0;
	zone_init_free_lists(zone);
	if (!zone->spanned_pages)
		return;
	blocks = (ALIGN(end_pfn, pageblock_nr_pages) - ALIGN_DOWN(start_pfn, pageblock_nr_pages)) >>
		 pageblock_order;
	zone->pageblock_flags =
		memblock_alloc(ALIGN(blocks * NR_PAGEBLOCK_BITS, BITS_PER_LONG) / 8, sizeof(long));
	if (!zone->pageblock_flags)
		panic("free_area_init: no memory for %s's pageblock_flags", zone->name);
	/* As Linux: every pageblock starts movable; kernel requests steal what they need. */
	for (pfn = start_pfn; pfn < end_pfn; pfn = ALIGN_DOWN(pfn, pageblock_nr_pages) +
					      pageblock_nr_pages)
		set_pageblock_migratetype(pfn_to_page(pfn), MIGRATE_MOVABLE);
}

/*
 * Builds mem_map for [ARCH_PFN_OFFSET, max_pfn) and the zones: ZONE_NORMAL
 * up to max_zone_pfn[ZONE_NORMAL], ZONE_HIGHMEM above. Every page starts
 * PageReserved with one reference; memblock_free_all() (mem_init) then
 * frees those that are RAM and not reserved.
 */
void free_area_init(unsigned long max_zone_pfn[MAX_NR_ZONES])
{
	unsigned long start = ARCH_PFN_OFFSET, pfn;
	int z;

	max_mapnr = max_pfn - ARCH_PFN_OFFSET;
	mem_map = memblock_alloc(max_mapnr * sizeof(struct page), 64);
	if (!mem_map)
		panic("free_area_init: no memory for mem_map (%lu pages)", max_mapnr);
	contig_page_data.node_mem_map = mem_map;
	contig_page_data.node_start_pfn = min_low_pfn;
	contig_page_data.node_spanned_pages = max_pfn - min_low_pfn;
	contig_page_data.nr_zones = MAX_NR_ZONES;
	for (pfn = ARCH_PFN_OFFSET; pfn < max_pfn; pfn++) {
		struct page *page = pfn_to_page(pfn);

		page->_mapcount = -1;
		page->_refcount = 1;
		page->flags = 1UL << PG_reserved;
	}
	for (z = 0; z < MAX_NR_ZONES; z++) {
		unsigned long end = min(max_zone_pfn[z], max_pfn);
		struct zone *zone = &contig_page_data.node_zones[z];

		start = max(start, min_low_pfn);
		init_zone(zone, start, max(start, end));
		contig_page_data.node_present_pages += zone->present_pages;
		start = max(start, end);
	}
}

/* Frees one aligned block of boot memory into the buddy, bypassing the pcp lists. */
static void __free_pages_core(struct page *page, unsigned int order)
{
	unsigned long i, n = 1UL << order;
	struct zone *zone = page_zone(page);

	for (i = 0; i < n; i++) {
		ClearPageReserved(page + i);
		set_page_count(page + i, 0);
		if (page_poisoning_enabled)
			poison_page(page + i);
	}
	zone->managed_pages += n;
	totalram_pages += n;
	if (is_highmem(zone))
		totalhigh_pages += n;
	free_one_page(zone, page, order);
}

void __free_pages_memory(unsigned long start, unsigned long end)
{
	while (start < end) {
		unsigned int order = MAX_ORDER - 1;

		/* The largest block that is aligned at start, fits, and stays in one zone. */
		while (order && ((start & ((1UL << order) - 1)) || start + (1UL << order) > end ||
				 page_zonenum(pfn_to_page(start)) !=
					 page_zonenum(pfn_to_page(start + (1UL << order) - 1))))
			order--;
		__free_pages_core(pfn_to_page(start), order);
		start += 1UL << order;
	}
}

static unsigned long int_sqrt(unsigned long x)
{
	unsigned long r = 0, bit = 1UL << (BITS_PER_LONG - 2);

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return r;
}

/*
 * Linux 6.1's __setup_per_zone_wmarks: min_free_kbytes = sqrt(16 x lowmem
 * kB), shared among the lowmem zones by size; a HIGHMEM zone's min is
 * small (managed/1024, 32..128 pages) since nothing needs it urgently.
 * low and high sit min + 0.1% of the zone (at least min/4) apart.
 */
static void setup_per_zone_wmarks(void)
{
	unsigned long lowmem_pages = 0, min_free_kbytes, pages_min;
	struct zone *zone;

	for_each_zone(zone) {
		if (!is_highmem(zone))
			lowmem_pages += zone->managed_pages;
	}
	min_free_kbytes = int_sqrt(lowmem_pages * (PAGE_SIZE / 1024) * 16);
	min_free_kbytes = min(max(min_free_kbytes, 128UL), 262144UL);
	pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	for_each_zone(zone) {
		unsigned long min_pages, gap;

		if (is_highmem(zone)) {
			min_pages = min(max(zone->managed_pages / 1024, 32UL), 128UL);
		} else {
			min_pages = lowmem_pages ? (unsigned long)((u64)pages_min * zone->managed_pages /
								 lowmem_pages)
						 : 0;
		}
		if (!zone->managed_pages)
			min_pages = 0;
		gap = max(min_pages / 4, zone->managed_pages * 10 / 10000);
		zone->_watermark[WMARK_MIN] = min_pages;
		zone->_watermark[WMARK_LOW] = min_pages + gap;
		zone->_watermark[WMARK_HIGH] = min_pages + 2 * gap;
	}
}

/* Linux's lowmem_reserve_ratio for ZONE_NORMAL: keep 1/32 of HIGHMEM's size back. */
static void setup_per_zone_lowmem_reserve(void)
{
	int i, j;

	for (i = 0; i < MAX_NR_ZONES; i++) {
		struct zone *zone = &contig_page_data.node_zones[i];
		unsigned long managed = 0;

		zone->lowmem_reserve[i] = 0;
		for (j = i + 1; j < MAX_NR_ZONES; j++) {
			managed += contig_page_data.node_zones[j].managed_pages;
			zone->lowmem_reserve[j] = is_highmem_idx(i) ? 0 : managed / 32;
		}
	}
}

static unsigned long rounddown_pow_of_two(unsigned long n)
{
	unsigned long r = 1;

	while (r <= n / 2)
		r <<= 1;
	return r;
}

/* Linux 6.1's zone_batchsize and zone_highsize for one CPU. */
static void setup_zone_pageset(struct zone *zone)
{
	struct per_cpu_pages *pcp = this_cpu_pcp(zone);
	unsigned long batch = zone->managed_pages / 1024;

	batch = min(batch, (1024UL * 1024) / PAGE_SIZE) / 4;
	batch = max(batch, 1UL);
	batch = rounddown_pow_of_two(batch + batch / 2) - 1;
	pcp->batch = (int)max(batch, 1UL);
	pcp->high = (int)max(low_wmark_pages(zone), 4UL * pcp->batch);
	pcp->count = 0;
}

void init_per_zone_wmark_min(void)
{
	struct zone *zone;

	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
	for_each_zone(zone)
		setup_zone_pageset(zone);
}

/* Every free memblock range to the buddy; returns the pages freed. */
unsigned long memblock_free_all(void)
{
	phys_addr_t start, end;
	unsigned long before = totalram_pages;
	u64 idx = 0;

	while (memblock_next_free_range(&idx, &start, &end)) {
		unsigned long spfn = PFN_UP(start), epfn = min(PFN_DOWN(end), max_pfn);

		if (spfn < epfn)
			__free_pages_memory(spfn, epfn);
	}
	return totalram_pages - before;
}

/* ---- views ---- */

unsigned long nr_free_pages(void)
{
	struct zone *zone;
	unsigned long n = 0;

	for_each_zone(zone)
		n += zone->nr_free_pages;
	return n;
}

unsigned long nr_free_highpages(void)
{
	struct zone *zone;
	unsigned long n = 0;

	for_each_zone(zone) {
		if (is_highmem(zone))
			n += zone->nr_free_pages;
	}
	return n;
}

#define K(pages) ((pages) << (PAGE_SHIFT - 10))

void show_free_areas(void)
{
	struct zone *zone;
	unsigned int order;

	for_each_zone(zone) {
		unsigned long total = 0;

		if (!populated_zone(zone))
			continue;
		pr_warn("%s free:%lukB min:%lukB low:%lukB high:%lukB present:%lukB managed:%lukB "
			"pcp:%ukB\n",
			zone->name, K(zone->nr_free_pages), K(min_wmark_pages(zone)),
			K(low_wmark_pages(zone)), K(high_wmark_pages(zone)), K(zone->present_pages),
			K(zone->managed_pages), K((unsigned int)this_cpu_pcp(zone)->count));
		pr_warn("%s:", zone->name);
		for (order = 0; order < MAX_ORDER; order++) {
			unsigned long n = zone->free_area[order].nr_free;

			total += n << order;
			pr_cont(" %lu*%lukB", n, K(1UL << order));
		}
		pr_cont(" = %lukB\n", K(total));
	}
}

/* ---- the consistency checker ---- */

/* Reports the first few problems (they tell the story) and counts them all. */
#define check_fail(problems, fmt, a, b)          \
	do {                                     \
		if (*(problems) < 8)             \
			pr_err(fmt, a, b);       \
		++*(problems);                   \
	} while (0)

/* Walks one zone's free lists; marks every free block's head PG_checked. */
static void check_zone_lists(struct zone *zone, int *problems)
{
	unsigned long counted = 0;
	unsigned int order;
	int mt;

	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long blocks = 0;

		for (mt = 0; mt < MIGRATE_TYPES; mt++) {
			struct page *page;

			list_for_each_entry(page, &zone->free_area[order].free_list[mt], lru) {
				unsigned long pfn = page_to_pfn(page);

				if (!pfn_valid(pfn) || !zone_spans_pfn(zone, pfn) ||
				    page_zonenum(page) != (unsigned int)zone_idx(zone))
					check_fail(problems, "check: pfn %05lx is on a list of another zone (order %lu)\n",
						   pfn, (unsigned long)order);
				else if (PageChecked(page))
					check_fail(problems, "check: pfn %05lx is on two free lists "
							     "(second at order %lu)\n",
						   pfn, (unsigned long)order);
				else if (!PageBuddy(page) || buddy_order(page) != order ||
					 (pfn & ((1UL << order) - 1)))
					check_fail(problems, "check: pfn %05lx on the order-%lu list is "
							     "not a free block of that order\n",
						   pfn, (unsigned long)order);
				SetPageChecked(page);
				blocks++;
				counted += 1UL << order;
			}
		}
		if (blocks != zone->free_area[order].nr_free)
			check_fail(problems, "check: nr_free %lu but %lu blocks listed\n",
				   zone->free_area[order].nr_free, blocks);
	}
	if (counted != zone->nr_free_pages)
		check_fail(problems, "check: %lu free pages listed, %lu counted\n", counted,
			   zone->nr_free_pages);
}

/* Buddies never both free; PageBuddy only on listed blocks; pcp pages sane. */
static void check_zone_pages(struct zone *zone, int *problems)
{
	struct per_cpu_pages *pcp = this_cpu_pcp(zone);
	unsigned long pfn;
	int mt, n = 0;

	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone); pfn++) {
		struct page *page = pfn_to_page(pfn);
		unsigned int order;
		unsigned long bpfn;

		/* private is the order only while PageBuddy (a slab keeps its freelist there). */
		if (!PageBuddy(page))
			continue;
		order = buddy_order(page);
		bpfn = pfn ^ (1UL << order);
		if (!PageChecked(page))
			check_fail(problems, "check: pfn %05lx is PageBuddy but on no list (order %lu)\n",
				   pfn, (unsigned long)order);
		else if (order < MAX_ORDER - 1 && zone_spans_pfn(zone, bpfn) &&
			 page_is_buddy(page, pfn_to_page(bpfn), order))
			check_fail(problems, "check: pfn %05lx and its buddy %05lx are both free\n",
				   pfn, bpfn);
	}
	for (mt = 0; mt < MIGRATE_PCPTYPES; mt++) {
		struct page *page;

		list_for_each_entry(page, &pcp->lists[mt], lru) {
			if (PageBuddy(page) || page->_refcount || page_zone(page) != zone)
				check_fail(problems, "check: pcp page pfn %05lx is in a bad state (%lu)\n",
					   page_to_pfn(page), (unsigned long)mt);
			n++;
		}
	}
	if (n != pcp->count)
		check_fail(problems, "check: pcp count %lu but %lu pages listed\n",
			   (unsigned long)pcp->count, (unsigned long)n);
}

int check_free_areas(void)
{
	unsigned long pfn, flags;
	struct zone *zone;
	int problems = 0;

	spin_lock_irqsave(&page_alloc_lock, flags);
	for_each_zone(zone)
		check_zone_lists(zone, &problems);
	for_each_zone(zone)
		check_zone_pages(zone, &problems);
	for (pfn = ARCH_PFN_OFFSET; pfn < ARCH_PFN_OFFSET + max_mapnr; pfn++)
		ClearPageChecked(pfn_to_page(pfn));
	spin_unlock_irqrestore(&page_alloc_lock, flags);
	return problems;
}
