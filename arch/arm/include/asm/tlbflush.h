/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TLB maintenance, in Linux's v7 uniprocessor sequences (arm-facts.md
 * §5.2). Kernel entries are global, so an MVA operation with any ASID
 * removes them. local_flush_tlb_all() (TLBIALL + BPIALL) is in <asm/cp15.h>.
 */
#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H

#include <asm/cp15.h>
#include <asm/page.h>

/* One kernel page: DSB; TLBIMVA; DSB; ISB. */
static inline void local_flush_tlb_kernel_page(unsigned long addr)
{
	dsb();
	__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 1" /* TLBIMVA */
			     :
			     : "r"(addr & PAGE_MASK)
			     : "memory");
	dsb();
	isb();
}

/* [start, end) of kernel pages, one TLBIMVA each (Linux's v7wbi_flush_kern_tlb_range). */
static inline void local_flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	unsigned long addr;

	dsb();
	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE)
		__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 1" : : "r"(addr) : "memory");
	dsb();
	isb();
}

#define flush_tlb_kernel_page(addr)	   local_flush_tlb_kernel_page(addr)
#define flush_tlb_kernel_range(start, end) local_flush_tlb_kernel_range(start, end)

/* The branch predictor alone (BPIALL), paired with TLB flushes that change code mappings. */
static inline void local_flush_bp_all(void)
{
	__asm__ __volatile__("mcr p15, 0, %0, c7, c5, 6" : : "r"(0) : "memory");
	isb();
}

/*
 * After writing an L1 entry: clean it so the walker sees it (the v7 UP
 * flags have TLB_DCLEAN), then DSB. clean_pmd_entry is the same without
 * a later TLB operation in mind; on v7 both end in a DSB.
 */
static inline void flush_pmd_entry(const void *pmd)
{
	clean_dcache_line(pmd);
	dsb();
}

static inline void clean_pmd_entry(const void *pmd)
{
	clean_dcache_line(pmd);
	dsb();
}

/*
 * User entries of one address space, tagged with asid (the low 8 bits of
 * mm->context.id): [start, end) one TLBIMVA (MVA | ASID) per page, as
 * Linux's v7wbi_flush_user_tlb_range; or every entry of the ASID at once
 * (TLBIASID), cheaper for long ranges.
 */
static inline void local_flush_tlb_user_range(unsigned long start, unsigned long end,
					      unsigned int asid)
{
	unsigned long addr;

	dsb();
	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE)
		__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 1" /* TLBIMVA */
				     : : "r"(addr | (asid & 0xff)) : "memory");
	dsb();
	isb();
}

static inline void local_flush_tlb_asid(unsigned int asid)
{
	dsb();
	__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 2" /* TLBIASID */
			     : : "r"(asid & 0xff) : "memory");
	dsb();
	isb();
}

#endif
