/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Zones and the buddy allocator's data (the series' section 2.3-2.4, as
 * Linux's <linux/mmzone.h>). One node, contig_page_data, holds the zones:
 *
 *   ZONE_NORMAL   lowmem: RAM the kernel maps linearly at PAGE_OFFSET
 *   ZONE_HIGHMEM  RAM above the lowmem limit (CONFIG_HIGHMEM); the kernel
 *                 reaches it only through kmap / kmap_atomic
 *
 * Each zone has free_area[MAX_ORDER]: free_area[n] lists the free blocks
 * of 2^n pages, one list per migrate type; pageblock_flags records the
 * migrate type of each pageblock (2^pageblock_order pages); the
 * per-cpu lists (per_cpu_pages) cache order-0 pages in front of it.
 */
#ifndef _KERNEL_MMZONE_H
#define _KERNEL_MMZONE_H

#include <kernel/list.h>
#include <kernel/types.h>

#ifndef NR_CPUS
#define NR_CPUS 1
#endif
#define smp_processor_id() 0

/* Orders 0 .. MAX_ORDER - 1: the largest block is 2^10 pages = 4 MiB. */
#define MAX_ORDER	   11
#define MAX_ORDER_NR_PAGES (1UL << (MAX_ORDER - 1))

/* A pageblock is the largest buddy block, as in Linux without huge pages. */
#define pageblock_order	   (MAX_ORDER - 1)
#define pageblock_nr_pages (1UL << pageblock_order)

/* Above this order an allocation is "costly" (Linux's PAGE_ALLOC_COSTLY_ORDER). */
#define PAGE_ALLOC_COSTLY_ORDER 3

/*
 * Migrate types (2.4.3): kernel allocations are unmovable, user pages are
 * movable; keeping them in different pageblocks keeps large free blocks
 * possible. The first MIGRATE_PCPTYPES have per-cpu lists.
 */
enum migratetype {
	MIGRATE_UNMOVABLE,
	MIGRATE_MOVABLE,
	MIGRATE_RECLAIMABLE,
	MIGRATE_PCPTYPES,
	MIGRATE_TYPES = MIGRATE_PCPTYPES,
};

extern const char *const migratetype_names[MIGRATE_TYPES];

/* pageblock_flags: NR_PAGEBLOCK_BITS per pageblock, the migrate type in the low bits. */
#define NR_PAGEBLOCK_BITS 4
#define PB_migratetype_bits 3

struct free_area {
	struct list_head free_list[MIGRATE_TYPES];
	unsigned long nr_free;	/* blocks of this order, all migrate types */
};

/*
 * The per-cpu page lists of a zone (2.4.6 buffered_rmqueue): order-0
 * allocations take from lists[migratetype]; when it is empty, `batch`
 * pages are moved from the buddy at once; frees go onto the list, and
 * when count reaches `high`, `batch` pages go back to the buddy.
 */
struct per_cpu_pages {
	int count;		/* pages on all lists */
	int high;		/* drain above this */
	int batch;		/* refill / drain chunk */
	struct list_head lists[MIGRATE_PCPTYPES];
};

enum zone_type {
	ZONE_NORMAL,
#ifdef CONFIG_HIGHMEM
	ZONE_HIGHMEM,
#endif
	MAX_NR_ZONES
};

enum zone_watermarks {
	WMARK_MIN,	/* only GFP_ATOMIC (and __GFP_HIGH) may go below */
	WMARK_LOW,	/* the fast path's mark */
	WMARK_HIGH,	/* where reclaim would stop */
	NR_WMARK
};

struct pglist_data;

struct zone {
	unsigned long _watermark[NR_WMARK];
	/*
	 * Pages this zone keeps back from allocations that could have used
	 * a higher zone: lowmem_reserve[ZONE_HIGHMEM] protects lowmem from
	 * __GFP_HIGHMEM requests (Linux's lowmem_reserve_ratio).
	 */
	unsigned long lowmem_reserve[MAX_NR_ZONES];
	struct pglist_data *zone_pgdat;
	struct per_cpu_pages per_cpu_pageset[NR_CPUS];
	unsigned long *pageblock_flags;
	unsigned long zone_start_pfn;
	unsigned long spanned_pages;	/* end pfn - start pfn, holes included */
	unsigned long present_pages;	/* RAM pages in the span */
	unsigned long managed_pages;	/* pages the buddy allocator was given */
	const char *name;
	struct free_area free_area[MAX_ORDER];
	unsigned long nr_free_pages;	/* in free_area (not on pcp lists), Linux's NR_FREE_PAGES */
	unsigned long alloc_fail;	/* failed requests, for meminfo */
};

typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];
	int nr_zones;
	int node_id;
	unsigned long node_start_pfn;
	unsigned long node_present_pages;
	unsigned long node_spanned_pages;
	struct page *node_mem_map;
} pg_data_t;

extern struct pglist_data contig_page_data;
#define NODE_DATA(nid) (&contig_page_data)

#define min_wmark_pages(z)  ((z)->_watermark[WMARK_MIN])
#define low_wmark_pages(z)  ((z)->_watermark[WMARK_LOW])
#define high_wmark_pages(z) ((z)->_watermark[WMARK_HIGH])

#define for_each_zone(zone)                                                   \
	for (zone = contig_page_data.node_zones;                              \
	     zone < contig_page_data.node_zones + MAX_NR_ZONES; zone++)

static inline enum zone_type zone_idx(const struct zone *zone)
{
	return (enum zone_type)(zone - zone->zone_pgdat->node_zones);
}

static inline bool populated_zone(const struct zone *zone)
{
	return zone->present_pages != 0;
}

static inline bool is_highmem_idx(enum zone_type idx)
{
#ifdef CONFIG_HIGHMEM
	return idx == ZONE_HIGHMEM;
#else
	return false;
#endif
}

static inline bool is_highmem(const struct zone *zone)
{
	return is_highmem_idx(zone_idx(zone));
}

static inline unsigned long zone_end_pfn(const struct zone *zone)
{
	return zone->zone_start_pfn + zone->spanned_pages;
}

static inline bool zone_spans_pfn(const struct zone *zone, unsigned long pfn)
{
	return zone->zone_start_pfn <= pfn && pfn < zone_end_pfn(zone);
}

#endif
