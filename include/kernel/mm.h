/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The page frame view of memory: mem_map, pfn <-> page <-> address, page
 * reference counts, and the mm's boot-time entry points.
 *
 * mem_map[] has one struct page per page frame from ARCH_PFN_OFFSET (the
 * first page of the board's RAM window) to max_pfn; frames in holes
 * between banks are PageReserved and never freed.
 */
#ifndef _KERNEL_MM_H
#define _KERNEL_MM_H

#include <kernel/gfp.h>
#include <kernel/mm_types.h>
#include <kernel/mmzone.h>
#include <kernel/page-flags.h>
#include <asm/irqflags.h>
#include <asm/memory.h>
#include <asm/page.h>

extern struct page *mem_map;
extern unsigned long max_mapnr;		/* entries in mem_map */
extern unsigned long min_low_pfn;	/* first pfn of RAM */
extern unsigned long max_low_pfn;	/* first pfn above lowmem */
extern unsigned long max_pfn;		/* first pfn above RAM */
extern void *high_memory;		/* __va(lowmem limit): end of the linear map */
extern unsigned long totalram_pages;	/* pages given to the buddy */
extern unsigned long totalhigh_pages;	/* of which in ZONE_HIGHMEM */
extern bool page_poisoning_enabled;	/* page_poison=1 */

#define PAGE_POISON 0xaa

#define PFN_ALIGN(x) (((unsigned long)(x) + (PAGE_SIZE - 1)) & PAGE_MASK)
#define PFN_UP(x)    (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)  ((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)  ((phys_addr_t)(x) << PAGE_SHIFT)
#define PHYS_PFN(x)  ((unsigned long)((x) >> PAGE_SHIFT))
#define PAGE_ALIGN(x) ALIGN((x), PAGE_SIZE)
#define PAGE_ALIGNED(addr) IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)

/* The smallest order with PAGE_SIZE << order >= size (size > 0). */
static inline unsigned int get_order(unsigned long size)
{
	unsigned int order = 0;

	size = (size - 1) >> PAGE_SHIFT;
	while (size) {
		order++;
		size >>= 1;
	}
	return order;
}

#define ARCH_PFN_OFFSET ((unsigned long)(PHYS_OFFSET >> PAGE_SHIFT))

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + (pfn - ARCH_PFN_OFFSET);
}

static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map) + ARCH_PFN_OFFSET;
}

static inline bool pfn_valid(unsigned long pfn)
{
	return pfn >= ARCH_PFN_OFFSET && pfn - ARCH_PFN_OFFSET < max_mapnr;
}

static inline phys_addr_t page_to_phys(const struct page *page)
{
	return PFN_PHYS(page_to_pfn(page));
}

/* Is kaddr a lowmem (linear map) address with a struct page? */
static inline bool virt_addr_valid(const void *kaddr)
{
	unsigned long a = (unsigned long)kaddr;

	return a >= PAGE_OFFSET && a < (unsigned long)high_memory && pfn_valid(__pa(a) >> PAGE_SHIFT);
}

/* Only for lowmem addresses (virt_addr_valid). */
static inline struct page *virt_to_page(const void *kaddr)
{
	return pfn_to_page(__pa(kaddr) >> PAGE_SHIFT);
}

/*
 * Compound pages (__GFP_COMP): a block of 2^order pages that is one object
 * (a multi-page slab, a large kmalloc). The first page carries PG_head;
 * each tail page's lru.next holds the head's address with bit 0 set, as
 * Linux's page->compound_head, so any page of the block finds its head.
 * The buddy clears the marks when the block is freed.
 */
static inline struct page *compound_head(const struct page *page)
{
	unsigned long head = (unsigned long)page->lru.next;

	if (head & 1)
		return (struct page *)(head - 1);
	return (struct page *)page;
}

static inline bool PageTail(const struct page *page)
{
	return (unsigned long)page->lru.next & 1;
}

static inline struct page *virt_to_head_page(const void *kaddr)
{
	return compound_head(virt_to_page(kaddr));
}

static inline struct zone *page_zone(const struct page *page)
{
	return &contig_page_data.node_zones[page_zonenum(page)];
}

static inline bool PageHighMem(const struct page *page)
{
	return is_highmem_idx((enum zone_type)page_zonenum(page));
}

static inline void *lowmem_page_address(const struct page *page)
{
	return __va(page_to_phys(page));
}

#ifdef CONFIG_HIGHMEM
/* A HIGHMEM page's kmap() address, or NULL when it is not kmapped (mm/highmem.c). */
void *page_address_highmem(const struct page *page);
#endif

/* The kernel virtual address of the page: lowmem, or where kmap() put it, or NULL. */
static inline void *page_address(const struct page *page)
{
#ifdef CONFIG_HIGHMEM
	if (PageHighMem(page))
		return page_address_highmem(page);
#endif
	return lowmem_page_address(page);
}

/* Reference counts (Linux's page_ref_*). */
static inline int page_ref_count(const struct page *page)
{
	return READ_ONCE(page->_refcount);
}

static inline void set_page_count(struct page *page, int v)
{
	page->_refcount = v;
}

static inline void init_page_count(struct page *page)
{
	set_page_count(page, 1);
}

/* A read-modify-write that a task switch or handler must not split: IRQs off around it. */
static inline void get_page(struct page *page)
{
	unsigned long flags;

	local_irq_save(flags);
	page->_refcount++;
	local_irq_restore(flags);
}

/* Drops a reference and frees the block (of the order it was allocated with) at zero. */
void put_page(struct page *page);

static inline int page_mapcount(const struct page *page)
{
	return page->_mapcount + 1;
}

static inline bool page_mapped(const struct page *page)
{
	return page_mapcount(page) > 0;
}

/* Reports a page in a state it must not be in, and takes it out of use. */
void bad_page(struct page *page, const char *reason);

/*
 * Boot, in this order: free_area_init builds mem_map and the zones (every
 * page reserved); mem_init (arch) calls memblock_free_all, which frees
 * what memblock has not reserved into the buddy, and then
 * init_per_zone_wmark_min, which sets watermarks, lowmem_reserve and the
 * per-cpu batch sizes from the zones' sizes.
 */
void free_area_init(unsigned long max_zone_pfn[MAX_NR_ZONES]);
unsigned long memblock_free_all(void);
void init_per_zone_wmark_min(void);
void mem_init(void);
/* Hand [start_pfn, end_pfn) to the buddy, in the largest aligned blocks. */
void __free_pages_memory(unsigned long start_pfn, unsigned long end_pfn);

int get_pageblock_migratetype(const struct page *page);
void set_pageblock_migratetype(struct page *page, int migratetype);
/* How many bad_page() and similar reports there have been (the self-tests watch it). */
unsigned long bad_page_reports(void);

/*
 * Checks every zone's free lists (free blocks on exactly one list, with
 * the right order, alignment and zone; no two free buddies; counts add
 * up). Prints each problem; returns how many were found.
 */
int check_free_areas(void);

/* Figures for `bench`: boot_mem_init and memmap_overhead_permille (arch mem_init). */
extern u64 boot_mem_init_insns;
u64 memmap_overhead_permille_x10(void);

/* The monitor and the failure report. */
void show_free_areas(void);
unsigned long nr_free_pages(void);
unsigned long nr_free_highpages(void);

#endif
