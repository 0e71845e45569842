/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Allocating page tables and hooking them in (seed document 001, section
 * 3.1.2; Linux arch/arm/include/asm/pgalloc.h and proc-fns.h).
 *
 * A pte page holds both Linux tables and both hardware tables
 * (<asm/pgtable-2level.h>): the pair of L1 words points at its upper
 * half, 1 KiB apart. A pgd (arch/arm/mm/pgd.c) is a whole L1 table.
 */
#ifndef _ASM_PGALLOC_H
#define _ASM_PGALLOC_H

#include <asm/cp15.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

static inline void __pmd_populate(pmd_t *pmdp, phys_addr_t pte, pmdval_t prot)
{
	pmdval_t pmdval = (pte + PTE_HWTABLE_OFF) | prot;

	pmdp[0] = __pmd(pmdval);
	pmdp[1] = __pmd(pmdval + 256 * sizeof(pte_t));
	flush_pmd_entry(pmdp);
	flush_pmd_entry(pmdp + 1);
}

/* ptep: the lowmem address of a zeroed pte page. */
static inline void pmd_populate_kernel(pmd_t *pmdp, pte_t *ptep)
{
	__pmd_populate(pmdp, __pa(ptep), _PAGE_KERNEL_TABLE);
}

/*
 * Hooks the zeroed pte page ptepage (lowmem: the kernel edits it through
 * the linear map) into a user pmd pair: domain DOMAIN_USER. mm is unused,
 * as on ARM Linux. A macro: needs <kernel/mm.h> at the point of use.
 */
#define pmd_populate(mm, pmdp, ptepage) \
	((void)(mm), __pmd_populate(pmdp, page_to_phys(ptepage), _PAGE_USER_TABLE))

/*
 * Copies the pair of L1 words at src to dst and cleans them to the point
 * of coherency, so the next walk sees them (Linux's copy_pmd).
 */
static inline void copy_pmd(pmd_t *dst, const pmd_t *src)
{
	dst[0] = src[0];
	dst[1] = src[1];
	clean_dcache_area(dst, 2 * sizeof(pmd_t));
}

/*
 * A new page directory: the user part (below TASK_SIZE) empty, the
 * kernel part copied from swapper_pg_dir, cleaned to memory so the MMU
 * can walk it at once. NULL when no 16 KiB block is free.
 */
pgd_t *pgd_alloc(void);
/*
 * Frees a pgd from pgd_alloc and every pte page its user part points at
 * (the kernel part's tables are swapper_pg_dir's). Not the live one.
 */
void pgd_free(pgd_t *pgd);

/* TTB_FLAGS_UP and friends: the low bits of TTBR0 are walk attributes, not address. */
#define TTBR_ADDR_MASK	(~0x3fffUL)

/* The physical address of the L1 table TTBR0 points at (Linux's cpu_get_pgd, as pa). */
static inline phys_addr_t cpu_get_pgd_phys(void)
{
	return read_ttbr0() & TTBR_ADDR_MASK;
}

/* The L1 table the MMU walks now, through the linear map (Linux's cpu_get_pgd). */
static inline pgd_t *cpu_get_pgd(void)
{
	return (pgd_t *)__va(cpu_get_pgd_phys());
}

/*
 * Points TTBR0 at pgd (a lowmem table from pgd_alloc, or swapper_pg_dir)
 * with the walk attributes head.S uses, and drops every TLB and branch
 * predictor entry: Linux's cpu_switch_mm without ASIDs. Kernel entries
 * are global and identical in every pgd, so the code running across the
 * switch stays mapped. TTBR1 is unused (TTBCR.N = 0) and left alone.
 */
static inline void cpu_switch_pgd(pgd_t *pgd)
{
	__asm__ __volatile__("dsb\n\t"
			     "mcr p15, 0, %0, c2, c0, 0\n\t" /* TTBR0 */
			     "isb\n\t"
			     "mcr p15, 0, %1, c8, c7, 0\n\t" /* TLBIALL */
			     "mcr p15, 0, %1, c7, c5, 6\n\t" /* BPIALL */
			     "dsb\n\t"
			     "isb"
			     :
			     : "r"(__pa(pgd) | TTB_FLAGS_UP), "r"(0)
			     : "memory");
}

#endif
