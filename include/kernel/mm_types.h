/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct page: one per physical page frame, all of them in mem_map[]
 * (the flat memory model). The series' section 2.2.2 describes the flags;
 * include/kernel/page-flags.h defines them.
 *
 * Size matters: mem_map costs sizeof(struct page) per 4 KiB of RAM, so
 * the structure is kept at 32 bytes (0.78% of RAM), which a build-time
 * check enforces on the target. Fields are shared between users the way
 * Linux shares them: while a page is free in the buddy allocator, lru
 * links it into a free list and private holds its order; while it is on
 * a per-cpu list, index holds the migrate type it was freed with.
 */
#ifndef _KERNEL_MM_TYPES_H
#define _KERNEL_MM_TYPES_H

#include <kernel/list.h>
#include <kernel/types.h>

struct page {
	unsigned long flags;	/* PG_* bits, the allocation order, the zone: page-flags.h */
	int _refcount;		/* users; 0 = free (page_ref_count) */
	int _mapcount;		/* page-table mappings - 1; -1 = not mapped */
	struct list_head lru;	/* free list, per-cpu list, or its owner's list */
	unsigned long private;	/* buddy order while PageBuddy; else the owner's */
	void *mapping;		/* the owner's object (anon_vma, slab cache, ...) */
	unsigned long index;	/* offset in mapping; pcp migratetype while on a pcp list */
};

#endif
