/* SPDX-License-Identifier: GPL-2.0 */
/*
 * page->flags (the series' section 2.2.2), laid out as Linux does for a
 * flat memory model: the PG_* bits from bit 0 up, the zone number in the
 * top bits (so page_zone() needs no search). Between them, this kernel
 * keeps the order an allocated block was handed out with (in its first
 * page), so that a free with the wrong order is caught, and put_page()
 * knows how much to free.
 *
 *   31 30 | 29 .. 24       | 23 .. 0
 *   zone  | alloc order+1  | PG_* bits
 */
#ifndef _KERNEL_PAGE_FLAGS_H
#define _KERNEL_PAGE_FLAGS_H

#include <kernel/mm_types.h>

enum pageflags {
	PG_locked,	/* under I/O (unused until there is I/O) */
	PG_referenced,	/* recently used (reclaim heuristics) */
	PG_uptodate,	/* contents are valid */
	PG_dirty,	/* written since last written back */
	PG_lru,		/* on an LRU list */
	PG_active,	/* on the active LRU list */
	PG_slab,	/* owned by the slab allocator */
	PG_reserved,	/* never handed to the buddy: kernel image, holes, mem_map */
	PG_private,	/* page->private is in use by the owner */
	PG_head,	/* first page of a compound page */
	PG_buddy,	/* free, on a free_area list; private = order */
	PG_poisoned,	/* free and filled with PAGE_POISON (page_poison=1) */
	PG_checked,	/* transient mark of the consistency checker */
	__NR_PAGEFLAGS
};

#define PAGEFLAGS_MASK	   ((1UL << __NR_PAGEFLAGS) - 1)
#define PAGE_ORDER_PGSHIFT 24
#define PAGE_ORDER_MASK	   0x3fUL
#define ZONES_PGSHIFT	   30
#define ZONES_MASK	   0x3UL

#define PAGEFLAG(uname, lname)                                                    \
	static inline bool Page##uname(const struct page *page)                   \
	{                                                                         \
		return page->flags & (1UL << PG_##lname);                         \
	}                                                                         \
	static inline void SetPage##uname(struct page *page)                      \
	{                                                                         \
		page->flags |= 1UL << PG_##lname;                                 \
	}                                                                         \
	static inline void ClearPage##uname(struct page *page)                    \
	{                                                                         \
		page->flags &= ~(1UL << PG_##lname);                              \
	}

PAGEFLAG(Locked, locked)
PAGEFLAG(Referenced, referenced)
PAGEFLAG(Uptodate, uptodate)
PAGEFLAG(Dirty, dirty)
PAGEFLAG(LRU, lru)
PAGEFLAG(Active, active)
PAGEFLAG(Slab, slab)
PAGEFLAG(Reserved, reserved)
PAGEFLAG(Private, private)
PAGEFLAG(Head, head)
PAGEFLAG(Buddy, buddy)
PAGEFLAG(Poisoned, poisoned)
PAGEFLAG(Checked, checked)

/* Flags a page must not carry when it is freed or when it is allocated. */
#define PAGE_FLAGS_CHECK_AT_FREE                                                      \
	((1UL << PG_locked) | (1UL << PG_lru) | (1UL << PG_active) | (1UL << PG_slab) | \
	 (1UL << PG_reserved) | (1UL << PG_private) | (1UL << PG_buddy))
#define PAGE_FLAGS_CHECK_AT_PREP (PAGE_FLAGS_CHECK_AT_FREE | (1UL << PG_dirty))

/* The order of the block this page heads, recorded at allocation; -1 if none. */
static inline int page_alloc_order(const struct page *page)
{
	return (int)((page->flags >> PAGE_ORDER_PGSHIFT) & PAGE_ORDER_MASK) - 1;
}

static inline void set_page_alloc_order(struct page *page, int order)
{
	page->flags &= ~(PAGE_ORDER_MASK << PAGE_ORDER_PGSHIFT);
	page->flags |= (unsigned long)(order + 1) << PAGE_ORDER_PGSHIFT;
}

static inline unsigned int page_zonenum(const struct page *page)
{
	return (page->flags >> ZONES_PGSHIFT) & ZONES_MASK;
}

static inline void set_page_zone(struct page *page, unsigned int zone)
{
	page->flags &= ~(ZONES_MASK << ZONES_PGSHIFT);
	page->flags |= (unsigned long)zone << ZONES_PGSHIFT;
}

/* For reports: "buddy|reserved" etc. into buf; returns buf. */
const char *page_flags_string(unsigned long flags, char *buf, unsigned int size);

#endif
