/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Linux view of the ARMv7 short-descriptor tables (seed document 001,
 * section 3.1.1; Linux arch/arm/include/asm/pgtable-2level.h; the numbers
 * are in ../shared/reference/arm-facts.md §7).
 *
 * The hardware has 4096 L1 entries of 1 MiB and L2 tables of 256 entries.
 * Linux wants a pgd, a pte table that fills a page, and per-entry bits the
 * hardware lacks (young, dirty, "present but PROT_NONE"). So:
 *
 *  - a pgd entry (pgd_t) is a pair of L1 words and covers 2 MiB:
 *    PGDIR_SHIFT 21, PTRS_PER_PGD 2048; the pud and pmd are folded into it
 *    (PTRS_PER_PMD 1), and a pmd_t * points at the first word of the pair;
 *  - one 4 KiB page holds two Linux pte tables and the two hardware tables
 *    the pair of L1 words points at (PTRS_PER_PTE 512):
 *
 *       pgd             pte page
 *    |        |     +------------+ +0
 *    +--------+     | Linux pt 0 |      L_PTE_* bits, what the kernel reads
 *    | pgd[0] |     +------------+ +1024
 *    | pgd[1] |     | Linux pt 1 |
 *    +--------+     +------------+ +2048  <- pgd[0] (PTE_HWTABLE_OFF)
 *    |        |     |   h/w pt 0 |      what the MMU walks
 *                   +------------+ +3072  <- pgd[1]
 *                   |   h/w pt 1 |
 *                   +------------+ +4096
 *
 *  - set_pte_ext() writes the Linux entry and derives the hardware one
 *    from it: an entry that is not young faults (the fault path can mark
 *    it young), one that is not dirty is read-only (the first write faults
 *    and marks it dirty), PROT_NONE faults on every access.
 */
#ifndef _ASM_PGTABLE_2LEVEL_H
#define _ASM_PGTABLE_2LEVEL_H

#define PTRS_PER_PTE		512
#define PTRS_PER_PMD		1
#define PTRS_PER_PGD		2048

#define PTE_HWTABLE_PTRS	(PTRS_PER_PTE)
#define PTE_HWTABLE_OFF		(PTE_HWTABLE_PTRS * sizeof(pte_t))
#define PTE_HWTABLE_SIZE	(PTRS_PER_PTE * sizeof(u32))

#define PMD_SHIFT		21
#define PGDIR_SHIFT		21

#define PMD_SIZE		(1UL << PMD_SHIFT)
#define PMD_MASK		(~(PMD_SIZE - 1))
#define PGDIR_SIZE		(1UL << PGDIR_SHIFT)
#define PGDIR_MASK		(~(PGDIR_SIZE - 1))

/*
 * Linux PTE bits ("L_PTE_*"). Bits 12..31 are the page frame; bits 0..11
 * are software flags that set_pte_ext() translates (arm-facts.md §7.2).
 */
#define L_PTE_VALID		(1U << 0)	/* the entry maps a page */
#define L_PTE_PRESENT		(1U << 0)
#define L_PTE_YOUNG		(1U << 1)	/* accessed since last made old */
#define L_PTE_DIRTY		(1U << 6)	/* written since last made clean */
#define L_PTE_RDONLY		(1U << 7)
#define L_PTE_USER		(1U << 8)
#define L_PTE_XN		(1U << 9)
#define L_PTE_SHARED		(1U << 10)	/* shareable (SMP) */
#define L_PTE_NONE		(1U << 11)	/* present, but PROT_NONE */

/*
 * The memory type, bits 2..5. With TEX remap (SCTLR.TRE = 1) the hardware
 * gets bits 2, 3, 4 as B, C, TEX[0], i.e. the PRRR/NMRR index (§1.5).
 */
#define L_PTE_MT_UNCACHED	(0x00U << 2)	/* strongly ordered */
#define L_PTE_MT_BUFFERABLE	(0x01U << 2)	/* normal non-cacheable */
#define L_PTE_MT_WRITETHROUGH	(0x02U << 2)	/* normal inner/outer WT */
#define L_PTE_MT_WRITEBACK	(0x03U << 2)	/* normal inner/outer WB */
#define L_PTE_MT_DEV_SHARED	(0x04U << 2)	/* device */
#define L_PTE_MT_MINICACHE	(0x06U << 2)	/* (not used on v7) */
#define L_PTE_MT_WRITEALLOC	(0x07U << 2)	/* normal inner/outer WBWA */
#define L_PTE_MT_DEV_WC		(0x09U << 2)	/* normal non-cacheable */
#define L_PTE_MT_DEV_CACHED	(0x0bU << 2)	/* normal inner/outer WB */
#define L_PTE_MT_DEV_NONSHARED	(0x0cU << 2)	/* device */
#define L_PTE_MT_VECTORS	(0x0fU << 2)	/* normal inner/outer WBWA */
#define L_PTE_MT_MASK		(0x0fU << 2)

/* The table-pointer L1 words (arm-facts.md §1.6, Linux pgalloc.h). */
#define _PAGE_USER_TABLE	(PMD_TYPE_TABLE | PMD_BIT4 | PMD_DOMAIN(DOMAIN_USER))
#define _PAGE_KERNEL_TABLE	(PMD_TYPE_TABLE | PMD_BIT4 | PMD_DOMAIN(DOMAIN_KERNEL))

#endif
