/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hooking a pte page into a pgd entry (seed document 001, section 3.1.2;
 * Linux arch/arm/include/asm/pgalloc.h). The pte page holds both Linux
 * tables and both hardware tables (<asm/pgtable-2level.h>): the pair of
 * L1 words points at its upper half, 1 KiB apart.
 */
#ifndef _ASM_PGALLOC_H
#define _ASM_PGALLOC_H

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

#endif
