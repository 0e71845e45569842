// SPDX-License-Identifier: GPL-2.0
/*
 * Physical memory at boot (Linux's arch/arm/mm/init.c): the RAM banks into
 * memblock with what is already taken reserved, the zone sizes, and the
 * hand-over to the buddy allocator. arch/arm/mm/mm.h gives the order.
 */
#include <kernel/devtree.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <board.h>
#include <asm/cacheflush.h>
#include <asm/memory.h>
#include "mm.h"

extern char _text[], _stext[], _etext[], __start_rodata[], __end_rodata[];
extern char _sdata[], _edata[], __bss_start[], __bss_stop[], _end[];

/* Guest instructions spent building mem_map and the free lists (bench boot_mem_init). */
u64 boot_mem_init_insns;

/* Does [base, base + size) overlap a bank memblock already has? */
static bool overlaps_memory(phys_addr_t base, phys_addr_t size)
{
	unsigned long i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		const struct memblock_region *r = &memblock.memory.regions[i];

		if (base < r->base + r->size && r->base < base + size)
			return true;
	}
	return false;
}

static void add_banks(void)
{
	unsigned int i;

	for (i = 0; i < boot_info.nr_mem; i++) {
		phys_addr_t base = boot_info.mem[i].base, size = boot_info.mem[i].size;

		if (overlaps_memory(base, size))
			pr_warn("Memory: bank 0x%08x+0x%08x from the %s overlaps another: merged\n",
				base, size, boot_info.mem_source);
		if (memblock_add(base, size))
			pr_warn("Memory: too many banks; 0x%08x+0x%08x ignored\n", base, size);
	}
}

/*
 * The banks must hold the kernel, or nothing that follows can work: a DTB
 * that says otherwise is wrong, and the board's default RAM is used.
 */
static void check_kernel_in_memory(void)
{
	phys_addr_t start = __pa(_text) - TEXT_OFFSET, size = __pa(_end) - start;

	if (memblock_is_region_memory(start, size))
		return;
	pr_err("Memory: the %s's banks do not hold the kernel (0x%08x-0x%08x); using the "
	       "board default of %u MiB at 0x%08x\n",
	       boot_info.mem_source, start, start + size - 1, BOARD_RAM_DEFAULT >> 20,
	       PHYS_OFFSET);
	memblock_remove(0, ~(phys_addr_t)0);
	memblock_add(PHYS_OFFSET, BOARD_RAM_DEFAULT);
}

static void reserve(phys_addr_t base, phys_addr_t size, const char *what)
{
	if (memblock_reserve(base, size))
		panic("memblock: cannot reserve %s", what);
}

void arm_memblock_init(void)
{
	add_banks();
	check_kernel_in_memory();
	/* swapper_pg_dir sits just below the image, at PAGE_OFFSET + 0x4000. */
	reserve(__pa(_text) - SWAPPER_PG_DIR_SIZE, SWAPPER_PG_DIR_SIZE, "swapper_pg_dir");
	reserve(__pa(_text), _end - _text, "the kernel image");
	if (boot_info.fdt)
		reserve(boot_info.fdt_phys, boot_info.fdt_size, "the DTB");
	if (boot_info.initrd_end > boot_info.initrd_start)
		reserve(boot_info.initrd_start, boot_info.initrd_end - boot_info.initrd_start,
			"the initrd");
	pr_info("Memory: %u KiB in %lu bank(s), %u KiB reserved at boot\n",
		memblock_phys_mem_size() >> 10, memblock.memory.cnt,
		memblock.reserved.total_size >> 10);
}

static void print_zone_ranges(unsigned long max_zone_pfn[MAX_NR_ZONES])
{
	unsigned long start = min_low_pfn;
	int z;

	pr_info("Zone ranges:\n");
	for (z = 0; z < MAX_NR_ZONES; z++) {
		static const char *const names[] = { "Normal", "HighMem" };
		unsigned long end = min(max_zone_pfn[z], max_pfn);

		if (end > start)
			pr_info("  %-8s [mem 0x%08x-0x%08x]\n", names[z], PFN_PHYS(start),
				PFN_PHYS(end) - 1);
		else
			pr_info("  %-8s empty\n", names[z]);
		start = max(start, end);
	}
}

void bootmem_init(void)
{
	unsigned long max_zone_pfn[MAX_NR_ZONES];
	u64 t0 = board_insn_clock();

	min_low_pfn = PFN_UP(memblock_start_of_DRAM());
	max_pfn = PFN_DOWN(memblock_end_of_DRAM());
	max_low_pfn = min(PFN_DOWN(arm_lowmem_limit), max_pfn);
	max_zone_pfn[ZONE_NORMAL] = max_low_pfn;
#ifdef CONFIG_HIGHMEM
	max_zone_pfn[ZONE_HIGHMEM] = max_pfn;
#endif
	print_zone_ranges(max_zone_pfn);
	free_area_init(max_zone_pfn);
	boot_mem_init_insns += board_insn_clock() - t0;
}

#define KB(x) ((unsigned long)(x) >> 10)

/* mem_map's size relative to RAM, in tenths of a per mille. */
u64 memmap_overhead_permille_x10(void)
{
	u64 ram = (u64)memblock_phys_mem_size();

	BUILD_BUG_ON(sizeof(struct page) > 32);
	return ram ? (u64)max_mapnr * sizeof(struct page) * 10000 / ram : 0;
}

void mem_init(void)
{
	u64 t0 = board_insn_clock();
	unsigned long ram = memblock_phys_mem_size() >> PAGE_SHIFT;
	unsigned long memmap = max_mapnr * sizeof(struct page);

	memblock_free_all();
	init_per_zone_wmark_min();
	boot_mem_init_insns += board_insn_clock() - t0;

	pr_info("Memory: %luK/%luK available (%luK kernel code, %luK rwdata, %luK rodata, "
		"%luK bss, %luK reserved, %luK highmem)\n",
		totalram_pages << (PAGE_SHIFT - 10), ram << (PAGE_SHIFT - 10), KB(_etext - _stext),
		KB(_edata - _sdata), KB(__end_rodata - __start_rodata), KB(__bss_stop - __bss_start),
		(ram - totalram_pages) << (PAGE_SHIFT - 10), totalhigh_pages << (PAGE_SHIFT - 10));
	pr_info("mem_map: %lu pages x %u bytes (struct page) = %lu KiB, %llu.%llu per mille of RAM\n",
		max_mapnr, (unsigned int)sizeof(struct page), KB(memmap),
		memmap_overhead_permille_x10() / 10, memmap_overhead_permille_x10() % 10);
}

/* SLAB_HWCACHE_ALIGN's line: the smallest L1 D-cache line (CTR.DminLine). */
unsigned int cache_line_size(void)
{
	return dcache_line_size();
}
