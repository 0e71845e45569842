/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memblock: the boot-time memory manager (mm/memblock.c), as Linux's.
 *
 * Two sorted lists of physical ranges: `memory` (the RAM banks the DTB
 * declared) and `reserved` (what is taken: the kernel image,
 * swapper_pg_dir, the DTB, the initrd, early allocations). It serves
 * allocations until the buddy allocator exists; memblock_free_all() then
 * hands every page that is memory and not reserved to the buddy.
 *
 * Ranges are [base, base + size); adjacent and overlapping ranges of one
 * list are merged, so the lists stay sorted and disjoint.
 */
#ifndef _KERNEL_MEMBLOCK_H
#define _KERNEL_MEMBLOCK_H

#include <kernel/types.h>

#define INIT_MEMBLOCK_REGIONS 32

struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
};

struct memblock_type {
	unsigned long cnt;	/* regions in use */
	unsigned long max;	/* capacity of regions[] */
	phys_addr_t total_size;
	struct memblock_region *regions;
	const char *name;
};

struct memblock {
	phys_addr_t current_limit; /* allocations end below this (the mapped lowmem) */
	struct memblock_type memory;
	struct memblock_type reserved;
};

extern struct memblock memblock;

/* 0 or -ENOMEM (the region array is full) / -EINVAL (a range that wraps). */
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_remove(phys_addr_t base, phys_addr_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);
int memblock_phys_free(phys_addr_t base, phys_addr_t size); /* un-reserve */

/*
 * Top-down allocation of size bytes aligned to align (a power of two)
 * from memory that is not reserved and ends below current_limit.
 * memblock_phys_alloc returns 0 on failure; memblock_alloc returns the
 * zeroed lowmem virtual address, or NULL.
 */
phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align);
void *memblock_alloc(phys_addr_t size, phys_addr_t align);
void memblock_set_current_limit(phys_addr_t limit);

phys_addr_t memblock_start_of_DRAM(void);
phys_addr_t memblock_end_of_DRAM(void);
phys_addr_t memblock_phys_mem_size(void);
bool memblock_is_memory(phys_addr_t addr);
bool memblock_is_reserved(phys_addr_t addr);
/* Does [base, base + size) lie wholly inside one memory region? */
bool memblock_is_region_memory(phys_addr_t base, phys_addr_t size);

/*
 * Iterates over the free ranges (memory minus reserved), lowest first:
 *	u64 idx = 0; phys_addr_t start, end;
 *	while (memblock_next_free_range(&idx, &start, &end)) ...
 */
bool memblock_next_free_range(u64 *idx, phys_addr_t *start, phys_addr_t *end);

void memblock_dump_all(void);

/* Resets both lists (the host tests start each case from nothing). */
void memblock_reset(void);

#endif
