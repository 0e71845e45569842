// SPDX-License-Identifier: GPL-2.0
/* The host mm tests' boot (boot.h): memblock, then the zones and the free lists. */
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include "boot.h"
#include "shim.h"

void host_mm_boot(void)
{
	unsigned long max_zone_pfn[MAX_NR_ZONES];
	static bool ram;

	if (!ram)
		shim_ram_init(RAM);
	ram = true;
	memset(&contig_page_data, 0, sizeof(contig_page_data));
	totalram_pages = totalhigh_pages = 0;
	page_poisoning_enabled = false;
	memblock_reset();
	memblock_add(PHYS_OFFSET, RAM);
	memblock_reserve(PHYS_OFFSET, RESERVED);
	memblock_set_current_limit(PHYS_OFFSET + LOWMEM);
	min_low_pfn = PHYS_OFFSET >> PAGE_SHIFT;
	max_low_pfn = (PHYS_OFFSET + LOWMEM) >> PAGE_SHIFT;
	max_pfn = (PHYS_OFFSET + RAM) >> PAGE_SHIFT;
	high_memory = __va(PHYS_OFFSET + LOWMEM);
	max_zone_pfn[ZONE_NORMAL] = max_low_pfn;
	max_zone_pfn[ZONE_HIGHMEM] = max_pfn;
	free_area_init(max_zone_pfn);
	memblock_free_all();
	init_per_zone_wmark_min();
}
