// SPDX-License-Identifier: GPL-2.0
/*
 * Process page directories (seed document 000, FAQ 4.6; Linux
 * arch/arm/mm/pgd.c).
 *
 * A pgd is the hardware L1 table: 4096 words, 16 KiB, 16 KiB aligned
 * (TTBR0 ignores bits 13:0), so an order-2 block from the buddy
 * allocator, which aligns every block to its size. Lowmem, because the
 * kernel edits it through the linear map.
 *
 *   [0, TASK_SIZE)           user part: zeroed; the process's own
 *                            mappings (pte tables hooked in later)
 *   [TASK_SIZE, 4 GiB)       kernel part: copied from swapper_pg_dir --
 *                            the PKMAP table, lowmem, the vmalloc area
 *                            as it is now, the DTB and I/O windows,
 *                            FIXADDR
 *
 * Every process therefore sees the kernel at the same addresses. The pte
 * tables of the kernel part are shared, not copied, so later changes to
 * their entries are seen at once; only an L1 entry that swapper_pg_dir
 * gains after the copy (a new vmalloc pte table) is missing here, and
 * do_translation_fault (fault.c) copies it in on first use.
 */
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <asm/cacheflush.h>
#include <asm/pgalloc.h>

#define PGD_ORDER 2	/* 4 pages: 2048 pgd_t pairs of L1 words */

BUILD_BUG_ON((PAGE_SIZE << PGD_ORDER) != PTRS_PER_PGD * sizeof(pgd_t));
BUILD_BUG_ON(TASK_SIZE % PGDIR_SIZE != 0);

pgd_t *pgd_alloc(void)
{
	const size_t kernel_ptrs = PTRS_PER_PGD - USER_PTRS_PER_PGD;
	pgd_t *pgd = (pgd_t *)__get_free_pages(GFP_KERNEL, PGD_ORDER);

	if (!pgd)
		return NULL;
	if (WARN_ON((unsigned long)pgd & (PTRS_PER_PGD * sizeof(pgd_t) - 1))) {
		free_pages((unsigned long)pgd, PGD_ORDER);	/* TTBR0 could not point at it */
		return NULL;
	}
	memset(pgd, 0, USER_PTRS_PER_PGD * sizeof(pgd_t));
	memcpy(pgd + USER_PTRS_PER_PGD, swapper_pg_dir + USER_PTRS_PER_PGD,
	       kernel_ptrs * sizeof(pgd_t));
	/* The table walker does not look in the D-cache: push the table to memory. */
	clean_dcache_area(pgd, PTRS_PER_PGD * sizeof(pgd_t));
	return pgd;
}

void pgd_free(pgd_t *pgd)
{
	unsigned int i;

	if (!pgd)
		return;
	/* Neither the kernel's table nor the one the MMU is walking. */
	if (WARN_ON(pgd == swapper_pg_dir) || WARN_ON(__pa(pgd) == cpu_get_pgd_phys()))
		return;
	/* One pte page backs both words of a pair: free it once. */
	for (i = 0; i < USER_PTRS_PER_PGD; i++) {
		pmd_t *pmd = pmd_offset(pgd + i, (unsigned long)i << PGDIR_SHIFT);
		pmdval_t table = pmd_table(pmd[0]) ? pmd_val(pmd[0]) :
				 pmd_table(pmd[1]) ? pmd_val(pmd[1]) : 0;
		unsigned long pfn;

		if (!table)
			continue;
		pfn = __phys_to_pfn(table & PAGE_MASK);
		pmd_clear(pmd);
		if (!WARN_ON(!pfn_valid(pfn)))
			__free_page(pfn_to_page(pfn));
	}
	free_pages((unsigned long)pgd, PGD_ORDER);
}
