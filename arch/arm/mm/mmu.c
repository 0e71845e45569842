// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's final page table (seed document 001, sections 3.2.1-3.2.4;
 * Linux arch/arm/mm/mmu.c).
 *
 *   adjust_lowmem_bounds()   where lowmem ends: arm_lowmem_limit, high_memory
 *   paging_init()
 *     prepare_page_table()   start swapper_pg_dir from nothing
 *     map_lowmem()           the linear map, region by region:
 *       create_mapping()       one struct map_desc, pgd entry by pgd entry
 *         alloc_init_pmd()       1 MiB sections when aligned, else
 *           alloc_init_pte()     a pte page (early_pte_alloc) and 4 KiB pages
 *     devicemaps_init()      DTB window (read-only), console and timer I/O
 *     kmap_init()            the PKMAP and fixmap pte tables
 *     bootmem_init()         (init.c) mem_map and the zones
 *
 * The map it builds (arm-facts.md §7.2 gives the bits):
 *   PAGE_OFFSET .. _text           RW, XN   swapper_pg_dir lives here
 *   _text .. __start_rodata        RO, exec head.S and the kernel text
 *   __start_rodata .. _sdata       RO, XN   constants, linker tables
 *   _sdata .. high_memory          RW, XN   data, bss, the rest of lowmem
 *   FDT_FIXED_BASE (2 MiB)         RO, XN   the DTB, as head.S mapped it
 *   EARLY_UART_BASE, _PERIPH_BASE  device   until ioremap exists
 *   PKMAP_BASE (2 MiB)             a pte table of LAST_PKMAP empty slots
 *   pgd of FIXADDR_TOP             a pte table of empty fixmap slots
 * Everything else, user space and the old identity map included, faults.
 */
#include <kernel/errno.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <asm/cacheflush.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>
#include <asm/pgalloc.h>
#include <asm/traps.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include "mm.h"

extern char _text[], __start_rodata[], _sdata[], _end[];

phys_addr_t arm_lowmem_limit;
void *high_memory;
pte_t *pkmap_page_table;
pte_t *fixmap_page_table;

/* What the memblock allocator may use once lowmem is mapped (PMD aligned). */
static phys_addr_t memblock_limit;

#define SZ_16M (16UL << 20)
#define SZ_32M (32UL << 20)

/* The vmalloc area's size: 240 MiB, or vmalloc= (arm-facts.md §8.1). */
static unsigned long vmalloc_size = 240UL << 20;

/* Linux's memparse: a number with an optional K, M or G suffix. */
static unsigned long memparse(const char *s, const char **end)
{
	unsigned long v = 0, base = 10;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	for (;; s++) {
		unsigned int d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (base == 16 && *s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		v = v * base + d;
	}
	switch (*s) {
	case 'G':
	case 'g':
		v <<= 10;
		/* fall through */
	case 'M':
	case 'm':
		v <<= 10;
		/* fall through */
	case 'K':
	case 'k':
		v <<= 10;
		s++;
		break;
	}
	*end = s;
	return v;
}

/*
 * vmalloc=SIZE, as Linux's early_vmalloc. It must be known before the
 * lowmem limit, i.e. before parse_boot_params() runs, so
 * adjust_lowmem_bounds() looks for it in boot_command_line itself; the
 * __setup entry only keeps the word from being reported as unknown.
 */
/* One vmalloc=ARG word; ARG runs to the next space. */
static void set_vmalloc_size(const char *arg)
{
	const char *end, *space = strchr(arg, ' ');
	int len = space ? (int)(space - arg) : (int)strlen(arg);
	unsigned long size, max;

	size = memparse(arg, &end);
	if (end == arg || end != arg + len) {
		pr_warn("vmalloc=: cannot read \"%.*s\" as a size; keeping %lu MiB\n", len, arg,
			vmalloc_size >> 20);
		return;
	}
	if (size < SZ_16M) {
		size = SZ_16M;
		pr_warn("vmalloc area is too small, limiting to %lu MiB\n", size >> 20);
	}
	max = VMALLOC_END - (PAGE_OFFSET + SZ_32M + VMALLOC_OFFSET);
	if (size > max) {
		size = max;
		pr_warn("vmalloc area is too big, limiting to %lu MiB\n", size >> 20);
	}
	vmalloc_size = size;
}

/* Every vmalloc= word of the command line, in order: the last one wins, as in Linux. */
static void early_vmalloc(void)
{
	const char *p;

	for (p = boot_command_line; (p = strstr(p, "vmalloc=")); p++)
		if (p == boot_command_line || p[-1] == ' ')
			set_vmalloc_size(p + 8);
}

static int vmalloc_param(const char *val)
{
	return val ? 0 : -EINVAL;
}
__setup("vmalloc", vmalloc_param);

/*
 * Where lowmem ends (arm-facts.md §8.1; the series' 2.3.3): the vmalloc
 * area needs vmalloc_size below VMALLOC_END plus the VMALLOC_OFFSET gap,
 * so RAM can be mapped linearly only up to the physical address
 *   VMALLOC_END - vmalloc_size - VMALLOC_OFFSET - PAGE_OFFSET + PHYS_OFFSET
 * (0x90000000 on vexpress: 768 MiB). RAM above it is HIGHMEM; without
 * CONFIG_HIGHMEM it is dropped from memblock, with the FAQ 4.3 message.
 */
void adjust_lowmem_bounds(void)
{
	u64 vmalloc_limit, lowmem_limit = 0;
	unsigned long i;

	early_vmalloc();
	vmalloc_limit =
		(u64)VMALLOC_END - vmalloc_size - VMALLOC_OFFSET - PAGE_OFFSET + PHYS_OFFSET;
	memblock_limit = 0;

	for (i = 0; i < memblock.memory.cnt; i++) {
		u64 start = memblock.memory.regions[i].base;
		u64 end = start + memblock.memory.regions[i].size;

		if (start >= vmalloc_limit)
			continue;
		if (end > lowmem_limit)
			lowmem_limit = min(vmalloc_limit, end);
		/*
		 * Early allocations must stay inside what map_lowmem can map
		 * with whole pgd entries: stop at the first bank edge that is
		 * not 2 MiB aligned (as Linux).
		 */
		if (!memblock_limit) {
			if (!IS_ALIGNED(start, PMD_SIZE))
				memblock_limit = start;
			else if (!IS_ALIGNED(end, PMD_SIZE))
				memblock_limit = lowmem_limit;
		}
	}
	arm_lowmem_limit = lowmem_limit;
	high_memory = __va(arm_lowmem_limit - 1) + 1;
	if (!memblock_limit)
		memblock_limit = arm_lowmem_limit;
	memblock_limit = ALIGN_DOWN(memblock_limit, PMD_SIZE);

#ifndef CONFIG_HIGHMEM
	if (memblock_end_of_DRAM() > arm_lowmem_limit) {
		phys_addr_t end = memblock_end_of_DRAM();

		pr_notice(
			"Ignoring RAM at 0x%08x-0x%08x (%u MiB): it lies above the lowmem limit\n",
			memblock_limit, end - 1, (end - memblock_limit) >> 20);
		pr_notice("Consider using a HIGHMEM enabled kernel (build with HIGHMEM=y).\n");
		memblock_remove(memblock_limit, end - memblock_limit);
	}
#endif
	memblock_set_current_limit(memblock_limit);
}

/* How the kernel maps each kind of memory (Linux's mem_types[]; arm-facts.md §7.2). */
struct mem_type {
	pteval_t prot_pte; /* Linux pte bits for 4 KiB pages */
	pmdval_t prot_l1; /* the L1 word that points at a pte table */
	pmdval_t prot_sect; /* the L1 word for a 1 MiB section */
	const char *name;
};

enum {
	MT_DEVICE, /* device registers: shareable device, XN, domain IO */
	MT_ROM, /* read-only data outside lowmem (the DTB window): RO, XN */
	MT_MEMORY_RWX, /* normal memory, kernel read/write/execute */
	MT_MEMORY_RW, /* ... read/write, never executed */
	MT_MEMORY_RO, /* ... read-only, never executed (rodata) */
	MT_MEMORY_RX, /* ... read-only, executable (kernel text) */
	NR_MEM_TYPES
};

#define PROT_PTE_MEM (L_PTE_PRESENT | L_PTE_YOUNG | L_PTE_DIRTY | L_PTE_MT_WRITEBACK)
#define PROT_SECT_MEM (PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_WB | PMD_DOMAIN(DOMAIN_KERNEL))
#define PROT_SECT_RO (PMD_SECT_APX | PMD_SECT_AP_WRITE) /* AP = 101: kernel read-only */

static const struct mem_type mem_types[NR_MEM_TYPES] = {
	[MT_DEVICE] = {
		.prot_pte = L_PTE_PRESENT | L_PTE_YOUNG | L_PTE_DIRTY | L_PTE_XN |
			    L_PTE_MT_DEV_SHARED | L_PTE_SHARED,
		.prot_l1 = PMD_TYPE_TABLE | PMD_BIT4 | PMD_DOMAIN(DOMAIN_IO),
		.prot_sect = PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_XN | PMD_SECT_DEV_SHARED |
			     PMD_DOMAIN(DOMAIN_IO),
		.name = "device",
	},
	/* Linux's MT_ROM is executable and maps the DTB as MT_MEMORY_RO; nothing runs from it here. */
	[MT_ROM] = {
		.prot_pte = PROT_PTE_MEM | L_PTE_RDONLY | L_PTE_XN,
		.prot_l1 = _PAGE_KERNEL_TABLE,
		.prot_sect = (PROT_SECT_MEM & ~PMD_SECT_AP_WRITE) | PROT_SECT_RO | PMD_SECT_XN,
		.name = "rom",
	},
	[MT_MEMORY_RWX] = {
		.prot_pte = PROT_PTE_MEM,
		.prot_l1 = _PAGE_KERNEL_TABLE,
		.prot_sect = PROT_SECT_MEM,
		.name = "memory rwx",
	},
	[MT_MEMORY_RW] = {
		.prot_pte = PROT_PTE_MEM | L_PTE_XN,
		.prot_l1 = _PAGE_KERNEL_TABLE,
		.prot_sect = PROT_SECT_MEM | PMD_SECT_XN,
		.name = "memory rw",
	},
	[MT_MEMORY_RO] = {
		.prot_pte = PROT_PTE_MEM | L_PTE_RDONLY | L_PTE_XN,
		.prot_l1 = _PAGE_KERNEL_TABLE,
		.prot_sect = (PROT_SECT_MEM & ~PMD_SECT_AP_WRITE) | PROT_SECT_RO | PMD_SECT_XN,
		.name = "memory ro",
	},
	[MT_MEMORY_RX] = {
		.prot_pte = PROT_PTE_MEM | L_PTE_RDONLY,
		.prot_l1 = _PAGE_KERNEL_TABLE,
		.prot_sect = (PROT_SECT_MEM & ~PMD_SECT_AP_WRITE) | PROT_SECT_RO,
		.name = "memory rx",
	},
};

/* A mapping request (Linux's struct map_desc). */
struct map_desc {
	unsigned long virtual;
	unsigned long pfn;
	unsigned long length;
	unsigned int type;
};

/* What paging_init built, for the summary line. */
static unsigned long nr_sections, nr_pages, nr_pte_tables;

/* A zeroed block from memblock, inside the map we run on; there is no way on without it. */
static void *early_alloc(unsigned long size, unsigned long align)
{
	void *p = memblock_alloc(size, align);

	if (!p)
		panic("paging_init: no memory for a %lu-byte page-table block below 0x%08x\n", size,
		      memblock.current_limit);
	return p;
}

static bool pair_has_table(const pmd_t *pmd)
{
	return pmd_table(pmd[0]) || pmd_table(pmd[1]);
}

/*
 * Returns the pte page behind the pgd entry pmd (the pair's first word),
 * allocating and hooking in a zeroed one if the entry is empty. One pgd
 * entry is either a table for both halves or sections: never both, or a
 * Linux walker (which only reads the first word) would misread it.
 */
static pte_t *early_pte_alloc(pmd_t *pmd, unsigned long addr, pmdval_t prot)
{
	pte_t *pte;

	if (pair_has_table(pmd))
		return pmd_page_vaddr(pmd[0]);
	if (!pmd_none(pmd[0]) || !pmd_none(pmd[1]))
		panic("paging_init: pgd entry of 0x%08lx holds a section; cannot add pages\n",
		      addr);
	pte = early_alloc(PTE_HWTABLE_OFF + PTE_HWTABLE_SIZE, PAGE_SIZE);
	/* zeroed through the cache: the walker must not see what memory held before */
	clean_dcache_area(pte + PTE_HWTABLE_PTRS, PTE_HWTABLE_SIZE);

	__pmd_populate(pmd, __pa(pte), prot);
	nr_pte_tables++;
	return pte;
}

static void alloc_init_pte(pmd_t *pmd, unsigned long addr, unsigned long end, unsigned long pfn,
			   const struct mem_type *type)
{
	pte_t *pte = early_pte_alloc(pmd, addr, type->prot_l1) + pte_index(addr);

	do {
		set_pte_ext(pte, pfn_pte(pfn, __pgprot(type->prot_pte)), 0);
		pfn++;
		nr_pages++;
	} while (pte++, addr += PAGE_SIZE, addr != end);
}

static void __map_init_section(pgd_t *pgd, unsigned long addr, unsigned long end, phys_addr_t phys,
			       const struct mem_type *type)
{
	pmd_t *pmd = pmd_section(pgd, addr);

	do {
		*pmd = __pmd(phys | type->prot_sect);
		flush_pmd_entry(pmd);
		phys += SECTION_SIZE;
		nr_sections++;
	} while (pmd++, addr += SECTION_SIZE, addr != end);
}

/* [addr, end) lies inside one pgd entry. */
static void alloc_init_pmd(pgd_t *pgd, unsigned long addr, unsigned long end, phys_addr_t phys,
			   const struct mem_type *type)
{
	pmd_t *pmd = pmd_offset(pgd, addr);

	if (!pair_has_table(pmd) && ((addr | end | phys) & ~SECTION_MASK) == 0)
		__map_init_section(pgd, addr, end, phys, type);
	else
		alloc_init_pte(pmd, addr, end, __phys_to_pfn(phys), type);
}

static bool md_is_valid(const struct map_desc *md)
{
	if ((md->virtual | md->length) & ~PAGE_MASK || !md->length ||
	    md->virtual + md->length - 1 < md->virtual) {
		pr_warn("BUG: bad mapping 0x%08llx at 0x%08lx, length 0x%lx\n",
			(unsigned long long)__pfn_to_phys(md->pfn), md->virtual, md->length);
		return false;
	}
	if (md->virtual < TASK_SIZE) {
		pr_warn("BUG: not creating mapping for 0x%08llx at 0x%08lx in user region\n",
			(unsigned long long)__pfn_to_phys(md->pfn), md->virtual);
		return false;
	}
	return true;
}

/*
 * First pass over a request: give a pte table to every pgd entry that
 * will need pages, before any section is written. Then a later section
 * can never sit in a pgd entry that another region must split into pages
 * (say the last MiB of text as a section, and rodata ending mid-way
 * through the next one).
 */
static void prealloc_pte_tables(const struct map_desc *md)
{
	unsigned long addr = md->virtual, end = addr + md->length;
	phys_addr_t phys = __pfn_to_phys(md->pfn);

	do {
		unsigned long next = pgd_addr_end(addr, end);

		if ((addr | next | phys) & ~SECTION_MASK)
			early_pte_alloc(pmd_off_k(addr), addr, mem_types[md->type].prot_l1);
		phys += next - addr;
		addr = next;
	} while (addr != end);
}

/*
 * Maps md into swapper_pg_dir (section 3.2.3): pgd entry by pgd entry,
 * with sections where the virtual and physical addresses and the end
 * are 1 MiB aligned and the entry has no pte table, 4 KiB pages otherwise.
 */
static void create_mapping(const struct map_desc *md)
{
	const struct mem_type *type = &mem_types[md->type];
	unsigned long addr = md->virtual, end = addr + md->length;
	phys_addr_t phys = __pfn_to_phys(md->pfn);
	pgd_t *pgd = pgd_offset_k(addr);

	do {
		unsigned long next = pgd_addr_end(addr, end);

		alloc_init_pmd(pgd, addr, next, phys, type);
		phys += next - addr;
		addr = next;
	} while (pgd++, addr != end);
}

/* Clears the whole table: it is rebuilt from nothing (Linux clears it in parts). */
static void prepare_page_table(void)
{
	memset(swapper_pg_dir, 0, sizeof(pgd_t) * PTRS_PER_PGD);
}

#define MAX_LOWMEM_DESCS 24

/*
 * The linear map (section 3.2.3): every memblock bank up to
 * arm_lowmem_limit, cut at the image's boundaries into RW, RX, RO and RW
 * pieces. All pte tables are allocated first (prealloc_pte_tables).
 */
static void map_lowmem(void)
{
	const struct {
		phys_addr_t start, end;
		unsigned int type;
	} parts[] = {
		{ 0, __pa(_text), MT_MEMORY_RW },
		{ __pa(_text), __pa(__start_rodata), MT_MEMORY_RX },
		{ __pa(__start_rodata), __pa(_sdata), MT_MEMORY_RO },
		{ __pa(_sdata), ~(phys_addr_t)0, MT_MEMORY_RW },
	};
	struct map_desc descs[MAX_LOWMEM_DESCS];
	unsigned int n = 0, i, j;

	for (i = 0; i < memblock.memory.cnt; i++) {
		phys_addr_t start = memblock.memory.regions[i].base;
		phys_addr_t end = start + memblock.memory.regions[i].size;

		if (end > arm_lowmem_limit)
			end = arm_lowmem_limit;
		if (start >= end)
			break;
		for (j = 0; j < ARRAY_SIZE(parts); j++) {
			phys_addr_t s = max(start, parts[j].start);
			phys_addr_t e = min(end, parts[j].end);

			if (s >= e)
				continue;
			if (n == MAX_LOWMEM_DESCS)
				panic("map_lowmem: more than %d regions\n", MAX_LOWMEM_DESCS);
			descs[n++] = (struct map_desc){
				.virtual = (unsigned long)__va(s),
				.pfn = __phys_to_pfn(s),
				.length = e - s,
				.type = parts[j].type,
			};
		}
	}
	for (i = 0; i < n; i++)
		if (md_is_valid(&descs[i]))
			prealloc_pte_tables(&descs[i]);
	for (i = 0; i < n; i++)
		if (md_is_valid(&descs[i]))
			create_mapping(&descs[i]);
}

/*
 * The DTB window (if head.S made one: boot_info.fdt stays in use) and
 * the early I/O windows, at the addresses head.S used, as read-only
 * memory and device sections. early is the copy of head.S's table.
 */
static void devicemaps_init(const pgd_t *early)
{
	const pmd_t *fdt =
		pmd_section((pgd_t *)pgd_offset_pgd(early, FDT_FIXED_BASE), FDT_FIXED_BASE);
	struct map_desc map;

	if (pmd_sect(*fdt)) {
		map = (struct map_desc){ FDT_FIXED_BASE,
					 __phys_to_pfn(pmd_val(*fdt) & SECTION_MASK),
					 FDT_FIXED_SIZE, MT_ROM };
		create_mapping(&map);
	}
	map = (struct map_desc){ EARLY_UART_BASE, __phys_to_pfn(BOARD_UART_PHYS & SECTION_MASK),
				 SECTION_SIZE, MT_DEVICE };
	create_mapping(&map);
#ifdef BOARD_PERIPH_PHYS
	map = (struct map_desc){ EARLY_PERIPH_BASE, __phys_to_pfn(BOARD_PERIPH_PHYS & SECTION_MASK),
				 SECTION_SIZE, MT_DEVICE };
	create_mapping(&map);
#endif
}

/* The pte tables for kmap() (PKMAP, HIGHMEM only) and kmap_atomic() (fixmap). */
static void kmap_init(void)
{
#ifdef CONFIG_HIGHMEM
	pkmap_page_table = early_pte_alloc(pmd_off_k(PKMAP_BASE), PKMAP_BASE, _PAGE_KERNEL_TABLE);
#endif
	BUILD_BUG_ON((__fix_to_virt(__end_of_fixed_addresses - 1) >> PMD_SHIFT) !=
		     (FIXADDR_TOP >> PMD_SHIFT));
	fixmap_page_table =
		early_pte_alloc(pmd_off_k(FIXADDR_TOP), FIXADDR_TOP, _PAGE_KERNEL_TABLE);
}

/*
 * Points TTBR0 and TTBR1 at the L1 table at phys and drops every TLB
 * and branch-predictor entry, with no memory access between the switch
 * and the invalidation.
 */
static void cpu_switch_kernel_ttb(phys_addr_t phys)
{
	__asm__ __volatile__("dsb\n\t"
			     "mcr p15, 0, %0, c2, c0, 0\n\t" /* TTBR0 */
			     "mcr p15, 0, %0, c2, c0, 1\n\t" /* TTBR1 */
			     "isb\n\t"
			     "mcr p15, 0, %1, c8, c7, 0\n\t" /* TLBIALL */
			     "mcr p15, 0, %1, c7, c5, 6\n\t" /* BPIALL */
			     "dsb\n\t"
			     "isb"
			     :
			     : "r"(phys | TTB_FLAGS_UP), "r"(0)
			     : "memory");
}

/* The end of the linear map head.S built: the image plus EARLY_MAP_EXTRA, in whole sections. */
static phys_addr_t early_map_end(void)
{
	return ALIGN(__pa(_end) + EARLY_MAP_EXTRA, SECTION_SIZE);
}

static void print_layout(void)
{
#define MLK(b, t) (b), (t), (((t) - (b)) >> 10)
#define MLM(b, t) (b), (t), (((t) - (b)) >> 20)
	pr_info("Memory: lowmem limit 0x%08x, high_memory 0x%08lx; %lu sections, %lu pages, %lu "
		"pte tables\n",
		arm_lowmem_limit, (unsigned long)high_memory, nr_sections, nr_pages, nr_pte_tables);
	pr_info("Virtual kernel memory layout:\n");
	/* At VBAR in the kernel text, not Linux's 0xffff0000 page (docs/boot.md). */
	pr_info("    vector  : 0x%08lx - 0x%08lx   (%4u B)\n", (unsigned long)__vectors_start,
		(unsigned long)__vectors_start + 32, 32u);
	pr_info("    fixmap  : 0x%08lx - 0x%08lx   (%4lu kB)\n", MLK(FIXADDR_START, FIXADDR_END));
	pr_info("    vmalloc : 0x%08lx - 0x%08lx   (%4lu MB)\n", MLM(VMALLOC_START, VMALLOC_END));
	pr_info("    lowmem  : 0x%08lx - 0x%08lx   (%4lu MB)\n",
		MLM(PAGE_OFFSET, (unsigned long)high_memory));
#ifdef CONFIG_HIGHMEM
	pr_info("    pkmap   : 0x%08lx - 0x%08lx   (%4lu MB)\n",
		MLM(PKMAP_BASE, PKMAP_BASE + LAST_PKMAP * PAGE_SIZE));
#endif
	/* Linux's modules area: reserved here (no modules), between user space and PKMAP. */
	pr_info("    modules : 0x%08lx - 0x%08lx   (%4lu MB)\n", MLM(TASK_SIZE, PKMAP_BASE));
	pr_info("    user    : 0x%08lx - 0x%08lx   (%4lu MB)\n", MLM(0UL, TASK_SIZE));
	pr_info("      .text : 0x%08lx - 0x%08lx   (%4lu kB)\n",
		MLK((unsigned long)_text, (unsigned long)__start_rodata));
	pr_info("      .data : 0x%08lx - 0x%08lx   (%4lu kB)\n",
		MLK((unsigned long)_sdata, (unsigned long)_end));
#undef MLK
#undef MLM
}

/*
 * Builds the final kernel map (section 3.2.3), then mem_map.
 *
 * The map changes under the running code: the section that holds this
 * code, its stack and swapper_pg_dir itself becomes 4 KiB pages with
 * other permissions. Rewriting a live L1 entry that translates what the
 * CPU is executing or touching is not architecturally safe (the entry
 * changes size, and the TLB may hold the old one while a walk finds the
 * new one). So:
 *   1. copy head.S's table to a temporary 16 KiB-aligned table from
 *      memblock (inside the early map), clean it to memory, and switch
 *      TTBR0/TTBR1 to it with TLBIALL + BPIALL: the CPU now runs on a
 *      copy that nothing will modify;
 *   2. rebuild swapper_pg_dir from nothing (it is not being walked), with
 *      pte tables from memblock, all inside the early map, which the copy
 *      maps; clean the whole table to memory;
 *   3. switch back to swapper_pg_dir, again with TLBIALL + BPIALL and no
 *      memory access in between, so no stale entry of the old layout
 *      survives; free the temporary table.
 * memblock's limit is the end of the early map while this runs, then
 * the lowmem limit.
 */
void paging_init(void)
{
	const unsigned long pgd_bytes = sizeof(pgd_t) * PTRS_PER_PGD;
	pgd_t *tmp;

	memblock_set_current_limit(min(early_map_end(), memblock_limit));

	tmp = early_alloc(pgd_bytes, pgd_bytes);
	memcpy(tmp, swapper_pg_dir, pgd_bytes);
	clean_dcache_area(tmp, pgd_bytes);
	cpu_switch_kernel_ttb(__pa(tmp));

	prepare_page_table();
	map_lowmem();
	devicemaps_init(tmp);
	kmap_init();
	clean_dcache_area(swapper_pg_dir, pgd_bytes);

	cpu_switch_kernel_ttb(__pa(swapper_pg_dir));
	memblock_phys_free(__pa(tmp), pgd_bytes);
	memblock_set_current_limit(memblock_limit);

	print_layout();
	bootmem_init();
}
