/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GFP ("get free pages") masks (the series' section 2.4.5) and the page
 * allocator's API (mm/page_alloc.c). Bit values are Linux 6.1's.
 *
 * Zone modifiers choose where pages may come from: none = ZONE_NORMAL,
 * __GFP_HIGHMEM = ZONE_HIGHMEM first, then ZONE_NORMAL. __GFP_MOVABLE
 * makes the pages movable (user pages), which selects their pageblocks.
 * Action modifiers: __GFP_HIGH may dip below the min watermark (by half),
 * __GFP_ATOMIC further (a quarter more); __GFP_ZERO clears the pages;
 * __GFP_NOWARN silences the failure report. The reclaim bits are kept so
 * that the masks read as Linux's, but nothing reclaims yet.
 */
#ifndef _KERNEL_GFP_H
#define _KERNEL_GFP_H

#include <kernel/mmzone.h>
#include <kernel/types.h>

typedef unsigned int gfp_t;

#define __GFP_DMA		0x01u
#define __GFP_HIGHMEM		0x02u
#define __GFP_DMA32		0x04u
#define __GFP_MOVABLE		0x08u
#define __GFP_RECLAIMABLE	0x10u
#define __GFP_HIGH		0x20u
#define __GFP_IO		0x40u
#define __GFP_FS		0x80u
#define __GFP_ZERO		0x100u
#define __GFP_ATOMIC		0x200u
#define __GFP_DIRECT_RECLAIM	0x400u
#define __GFP_KSWAPD_RECLAIM	0x800u
#define __GFP_NOWARN		0x2000u
#define __GFP_RETRY_MAYFAIL	0x4000u
#define __GFP_NOFAIL		0x8000u
#define __GFP_NORETRY		0x10000u
#define __GFP_COMP		0x40000u
#define __GFP_HARDWALL		0x100000u
#define __GFP_BITS_MASK		0x1fffffu

#define __GFP_RECLAIM		(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)
#define GFP_ZONEMASK		(__GFP_DMA | __GFP_HIGHMEM | __GFP_DMA32 | __GFP_MOVABLE)
#define GFP_MOVABLE_MASK	(__GFP_RECLAIMABLE | __GFP_MOVABLE)

#define GFP_ATOMIC		(__GFP_HIGH | __GFP_ATOMIC | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_NOWAIT		(__GFP_KSWAPD_RECLAIM)
#define GFP_USER		(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_HIGHUSER		(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)

struct page;

/* The highest zone the mask may use. */
static inline enum zone_type gfp_zone(gfp_t gfp)
{
#ifdef CONFIG_HIGHMEM
	if (gfp & __GFP_HIGHMEM)
		return ZONE_HIGHMEM;
#endif
	return ZONE_NORMAL;
}

static inline int gfp_migratetype(gfp_t gfp)
{
	if (gfp & __GFP_MOVABLE)
		return MIGRATE_MOVABLE;
	if (gfp & __GFP_RECLAIMABLE)
		return MIGRATE_RECLAIMABLE;
	return MIGRATE_UNMOVABLE;
}

/*
 * 2^order contiguous pages, or NULL. Orders >= MAX_ORDER fail with a
 * warning. The first page's refcount is 1.
 */
struct page *alloc_pages(gfp_t gfp_mask, unsigned int order);
#define alloc_page(gfp_mask) alloc_pages(gfp_mask, 0)

/* As alloc_pages, for lowmem only: the kernel virtual address, or 0. */
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
#define __get_free_page(gfp_mask) __get_free_pages(gfp_mask, 0)
unsigned long get_zeroed_page(gfp_t gfp_mask);

/*
 * Drops a reference to the block; the last one frees it. A NULL page, a
 * page that is already free, a wrong order, or a page still mapped is
 * reported by bad_page() and the pages are left alone.
 */
void __free_pages(struct page *page, unsigned int order);
#define __free_page(page) __free_pages((page), 0)
/* addr from __get_free_pages; an unaligned or non-lowmem address is reported. */
void free_pages(unsigned long addr, unsigned int order);
#define free_page(addr) free_pages((addr), 0)

/* Give the per-cpu lists' pages back to the buddy (zone NULL: every zone). */
void drain_local_pages(struct zone *zone);

/* Watermark test (2.4.x zone_watermark_ok), exposed for the self-tests. */
bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
		       enum zone_type highest_zoneidx, gfp_t gfp_mask);

#endif
