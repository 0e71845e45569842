// SPDX-License-Identifier: GPL-2.0
/* TEMPORARY STUB: replaced by the page-table work (paging_init & co). */
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include "mm.h"

extern char _end[];

phys_addr_t arm_lowmem_limit;
void *high_memory;

void adjust_lowmem_bounds(void)
{
	phys_addr_t end = memblock_end_of_DRAM();
	phys_addr_t limit = PHYS_OFFSET + (0xf0000000UL - PAGE_OFFSET);

	arm_lowmem_limit = min(end - 1, limit - 1) + 1;
	high_memory = __va(arm_lowmem_limit - 1) + 1;
	/* head.S mapped the image and EARLY_MAP_EXTRA after it. */
	memblock_set_current_limit(ALIGN(__pa(_end) + EARLY_MAP_EXTRA, SECTION_SIZE));
}

void paging_init(void)
{
	bootmem_init();
}
