/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TLB maintenance, in Linux's v7 uniprocessor sequences (arm-facts.md
 * §5.2). Kernel entries are global, so an MVA operation with any ASID
 * removes them. local_flush_tlb_all() (TLBIALL + BPIALL) is in <asm/cp15.h>.
 */
#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H

#include <asm/cp15.h>
#include <asm/mmu.h>
#include <asm/page.h>

/*
 * [start, end) of pages, one TLBIMVA each with asid in the low bits
 * (Linux's v7wbi_flush_user_tlb_range): DSB; TLBIMVA...; DSB; ISB. An
 * mm that is not loaded may still have entries tagged with its ASID from
 * its last run; if its ASID has been recycled (an old generation) the
 * flush only costs another mm a refill, so the number is used as it is.
 * Global (kernel) entries go whatever the ASID.
 */
static inline void local_flush_tlb_user_range(unsigned long start, unsigned long end,
					      unsigned int asid)
{
	unsigned long addr;

	dsb();
	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE)
		__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 1" /* TLBIMVA */
				     :
				     : "r"(addr | (asid & 0xff))
				     : "memory");
	dsb();
	isb();
}

/* One user page of an address space (Linux's v7 local_flush_tlb_page). */
static inline void local_flush_tlb_user_page(unsigned long addr, unsigned int asid)
{
	local_flush_tlb_user_range(addr, addr + 1, asid);
}

/* One kernel page, and a range of them (Linux's v7wbi_flush_kern_tlb_range). */
static inline void local_flush_tlb_kernel_page(unsigned long addr)
{
	local_flush_tlb_user_range(addr, addr + 1, 0);
}

static inline void local_flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	local_flush_tlb_user_range(start, end, 0);
}

/* Every non-global entry tagged with asid (TLBIASID; Linux's v7 local_flush_tlb_mm). */
static inline void local_flush_tlb_asid(unsigned int asid)
{
	dsb();
	__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 2" /* TLBIASID */
			     :
			     : "r"(asid & 0xff)
			     : "memory");
	dsb();
	isb();
}

/* By mm or area: <asm/mmu.h>'s ASID() of the mm (a macro: needs mm_types.h at the use). */
#define flush_tlb_page(vma, addr)	local_flush_tlb_user_page(addr, ASID((vma)->vm_mm))
#define flush_tlb_range(vma, start, end) \
	local_flush_tlb_user_range(start, end, ASID((vma)->vm_mm))
#define flush_tlb_mm(mm)		local_flush_tlb_asid(ASID(mm))

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

#endif
