/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PKMAP area for kmap() (seed document 001, section 3.2.4; Linux
 * arch/arm/include/asm/highmem.h): the 2 MiB just below PAGE_OFFSET, one
 * pte table of LAST_PKMAP slots, which paging_init (kmap_init) allocates.
 */
#ifndef _ASM_HIGHMEM_H
#define _ASM_HIGHMEM_H

#include <asm/pgtable.h>

#define PKMAP_BASE		(PAGE_OFFSET - PMD_SIZE)
#define LAST_PKMAP		PTRS_PER_PTE
#define LAST_PKMAP_MASK		(LAST_PKMAP - 1)
#define PKMAP_NR(virt)		(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)		(PKMAP_BASE + ((nr) << PAGE_SHIFT))

#define kmap_prot		PAGE_KERNEL

/* The PKMAP and fixmap pte tables (arch/arm/mm/mmu.c, kmap_init). */
extern pte_t *pkmap_page_table;
extern pte_t *fixmap_page_table;

#endif
