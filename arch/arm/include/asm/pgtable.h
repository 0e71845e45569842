/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Page tables: the layout, the protections and the pgd/pmd/pte helpers
 * (seed document 001, sections 3.1.1-3.1.2; Linux arch/arm/include/asm/
 * pgtable.h and pgtable-2level.h). <asm/pgtable-2level.h> draws the
 * layout; <asm/pgtable-hwdef.h> names the hardware bits.
 *
 * Walking the kernel's table for addr:
 *	pgd_t *pgd = pgd_offset_k(addr);		the 2 MiB pair
 *	pmd_t *pmd = pmd_offset(pgd, addr);		folded: the pair's first word
 *	if (!pmd_none(*pmd) && !pmd_bad(*pmd))		a table (not a section)
 *		pte_t *pte = pte_offset_kernel(pmd, addr);
 * A section mapping lives in one L1 word: pmd_section(pgd, addr) picks
 * the word for addr's half of the pair.
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#include <kernel/types.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgtable-hwdef.h>
#include <asm/pgtable-2level-types.h>
#include <asm/pgtable-2level.h>
#include <asm/cacheflush.h>

/*
 * The vmalloc area starts at high_memory + VMALLOC_OFFSET (8 MiB) rounded
 * down to 8 MiB, as in Linux (a gap of up to 8 MiB after the linear map,
 * never none), and ends at VMALLOC_END, below the DTB window
 * (arm-facts.md §8.1). high_memory is <kernel/mm.h>'s.
 */
#define VMALLOC_OFFSET		(8UL * 1024 * 1024)
#define VMALLOC_START		(((unsigned long)high_memory + VMALLOC_OFFSET) & ~(VMALLOC_OFFSET - 1))
#define VMALLOC_END		0xff800000UL

#define USER_PTRS_PER_PGD	(TASK_SIZE / PGDIR_SIZE)
#define FIRST_USER_ADDRESS	(PAGE_SIZE * 2)

/* The kernel's L1 table, at PAGE_OFFSET + 0x4000 (linker/kernel.lds.S). */
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

/*
 * Protections. Kernel memory is normal write-back (remap index 3, the
 * same type head.S's sections use with the uniprocessor TTBR flags).
 */
#define _L_PTE_DEFAULT		(L_PTE_PRESENT | L_PTE_YOUNG)
#define __PAGE_KERNEL_BASE	(_L_PTE_DEFAULT | L_PTE_MT_WRITEBACK | L_PTE_DIRTY)
#define __PAGE_USER_BASE	(_L_PTE_DEFAULT | L_PTE_MT_WRITEBACK)

#define PAGE_KERNEL		__pgprot(__PAGE_KERNEL_BASE | L_PTE_XN)
#define PAGE_KERNEL_EXEC	__pgprot(__PAGE_KERNEL_BASE)
#define PAGE_KERNEL_RO		__pgprot(__PAGE_KERNEL_BASE | L_PTE_XN | L_PTE_RDONLY)
#define PAGE_KERNEL_ROX		__pgprot(__PAGE_KERNEL_BASE | L_PTE_RDONLY)

#define PAGE_NONE		__pgprot(__PAGE_USER_BASE | L_PTE_XN | L_PTE_RDONLY | L_PTE_NONE)
#define PAGE_SHARED		__pgprot(__PAGE_USER_BASE | L_PTE_USER | L_PTE_XN)
#define PAGE_SHARED_EXEC	__pgprot(__PAGE_USER_BASE | L_PTE_USER)
#define PAGE_COPY		__pgprot(__PAGE_USER_BASE | L_PTE_USER | L_PTE_RDONLY | L_PTE_XN)
#define PAGE_COPY_EXEC		__pgprot(__PAGE_USER_BASE | L_PTE_USER | L_PTE_RDONLY)
#define PAGE_READONLY		__pgprot(__PAGE_USER_BASE | L_PTE_USER | L_PTE_RDONLY | L_PTE_XN)
#define PAGE_READONLY_EXEC	__pgprot(__PAGE_USER_BASE | L_PTE_USER | L_PTE_RDONLY)

/* Device registers: device memory, shareable, never executed (Linux's MT_DEVICE). */
#define PAGE_KERNEL_DEVICE	__pgprot(_L_PTE_DEFAULT | L_PTE_DIRTY | L_PTE_XN | \
					 L_PTE_MT_DEV_SHARED | L_PTE_SHARED)

/* pgd level */
#define pgd_index(addr)		((unsigned long)(addr) >> PGDIR_SHIFT)
#define pgd_offset_pgd(pgd, addr) ((pgd) + pgd_index(addr))
#define pgd_offset_k(addr)	pgd_offset_pgd(swapper_pg_dir, addr)
/* The end of addr's pgd entry, or end if that comes first. */
#define pgd_addr_end(addr, end)                                                        \
	({                                                                             \
		unsigned long __boundary = ((addr) + PGDIR_SIZE) & PGDIR_MASK;         \
		(__boundary - 1 < (end) - 1) ? __boundary : (end);                     \
	})

/* pmd level: folded into the pgd */
static inline pmd_t *pmd_offset(pgd_t *pgd, unsigned long addr)
{
	(void)addr;
	return (pmd_t *)pgd;
}

static inline pmd_t *pmd_off_k(unsigned long addr)
{
	return pmd_offset(pgd_offset_k(addr), addr);
}

/* The hardware L1 word that translates addr (its half of the pair). */
static inline pmd_t *pmd_section(pgd_t *pgd, unsigned long addr)
{
	return (pmd_t *)pgd + ((addr >> SECTION_SHIFT) & 1);
}

#define pmd_none(pmd)		(!pmd_val(pmd))
#define pmd_present(pmd)	(pmd_val(pmd))
/* "bad" for a pte walk: anything but a table pointer (a section, say) */
#define pmd_bad(pmd)		(pmd_val(pmd) & 2)
#define pmd_table(pmd)		((pmd_val(pmd) & PMD_TYPE_MASK) == PMD_TYPE_TABLE)
#define pmd_sect(pmd)		((pmd_val(pmd) & PMD_TYPE_MASK) == PMD_TYPE_SECT)

/* Clears both words of the pair (pmdp is the first). */
static inline void pmd_clear(pmd_t *pmdp)
{
	pmdp[0] = __pmd(0);
	pmdp[1] = __pmd(0);
	clean_dcache_area(pmdp, 2 * sizeof(pmd_t));
}

/* The lowmem address of the pte page a table-pointer pmd refers to. */
static inline pte_t *pmd_page_vaddr(pmd_t pmd)
{
	return (pte_t *)__va(pmd_val(pmd) & PAGE_MASK);
}

/* pte level */
#define pte_index(addr)		(((unsigned long)(addr) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pte_offset_kernel(pmd, addr) (pmd_page_vaddr(*(pmd)) + pte_index(addr))
/* The hardware entry that shadows a Linux one. */
#define pte_hw(ptep)		((u32 *)((char *)(ptep) + PTE_HWTABLE_OFF))

#define pte_none(pte)		(!pte_val(pte))
#define pte_present(pte)	((pte_val(pte) & L_PTE_PRESENT) != 0)
#define pte_valid(pte)		((pte_val(pte) & L_PTE_VALID) != 0)
#define pte_young(pte)		((pte_val(pte) & L_PTE_YOUNG) != 0)
#define pte_dirty(pte)		((pte_val(pte) & L_PTE_DIRTY) != 0)
#define pte_write(pte)		((pte_val(pte) & L_PTE_RDONLY) == 0)
#define pte_exec(pte)		((pte_val(pte) & L_PTE_XN) == 0)
#define pte_user(pte)		((pte_val(pte) & L_PTE_USER) != 0)
#define pte_protnone(pte)	((pte_val(pte) & L_PTE_NONE) != 0)
/* The 2-level format has no bit to spare for "special" (Linux: LPAE only). */
#define pte_special(pte)	(false)

static inline pte_t set_pte_bit(pte_t pte, pgprot_t prot)
{
	return __pte(pte_val(pte) | pgprot_val(prot));
}

static inline pte_t clear_pte_bit(pte_t pte, pgprot_t prot)
{
	return __pte(pte_val(pte) & ~pgprot_val(prot));
}

static inline pte_t pte_mkyoung(pte_t pte) { return set_pte_bit(pte, __pgprot(L_PTE_YOUNG)); }
static inline pte_t pte_mkold(pte_t pte) { return clear_pte_bit(pte, __pgprot(L_PTE_YOUNG)); }
static inline pte_t pte_mkdirty(pte_t pte) { return set_pte_bit(pte, __pgprot(L_PTE_DIRTY)); }
static inline pte_t pte_mkclean(pte_t pte) { return clear_pte_bit(pte, __pgprot(L_PTE_DIRTY)); }
static inline pte_t pte_mkwrite(pte_t pte) { return clear_pte_bit(pte, __pgprot(L_PTE_RDONLY)); }
static inline pte_t pte_wrprotect(pte_t pte) { return set_pte_bit(pte, __pgprot(L_PTE_RDONLY)); }
static inline pte_t pte_mkexec(pte_t pte) { return clear_pte_bit(pte, __pgprot(L_PTE_XN)); }
static inline pte_t pte_mknexec(pte_t pte) { return set_pte_bit(pte, __pgprot(L_PTE_XN)); }

/* New protections, same page, young and dirty (Linux's pte_modify). */
static inline pte_t pte_modify(pte_t pte, pgprot_t newprot)
{
	const pteval_t mask = L_PTE_XN | L_PTE_RDONLY | L_PTE_USER | L_PTE_NONE | L_PTE_VALID;

	return __pte((pte_val(pte) & ~mask) | (pgprot_val(newprot) & mask));
}

#define pte_pfn(pte)		((unsigned long)(pte_val(pte) >> PAGE_SHIFT))
#define pfn_pte(pfn, prot)	__pte(((pteval_t)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
/* Need <kernel/mm.h> (mem_map) at the point of use. */
#define pte_page(pte)		pfn_to_page(pte_pfn(pte))
#define mk_pte(page, prot)	pfn_pte(page_to_pfn(page), prot)

/*
 * The hardware small-page entry cpu_v7_set_pte_ext would build from the
 * Linux entry pte plus ext (arm-facts.md §7.2): the frame and bits 2, 3,
 * 10, 11 pass through; MT bit 4 -> TEX[0]; not dirty or RDONLY -> APX;
 * USER -> AP1; XN -> XN; always small page + AP0; zero unless the entry
 * is valid, young and not PROT_NONE.
 */
static inline u32 pte_to_hw(pteval_t val, u32 ext)
{
	u32 hw = val & ~(0x3f0U | PTE_TYPE_MASK);

	hw |= ext | PTE_EXT_AP0 | PTE_TYPE_SMALL;
	if (val & (1U << 4))
		hw |= PTE_EXT_TEX(1);
	if ((val & L_PTE_RDONLY) || !(val & L_PTE_DIRTY))
		hw |= PTE_EXT_APX;
	if (val & L_PTE_USER)
		hw |= PTE_EXT_AP1;
	if (val & L_PTE_XN)
		hw |= PTE_EXT_XN;
	if (!(val & L_PTE_YOUNG) || !(val & L_PTE_VALID) || (val & L_PTE_NONE))
		hw = 0;
	return hw;
}

/*
 * Writes the Linux entry at ptep and the hardware entry 2048 bytes above
 * it, then cleans the hardware entry's D-cache line so the table walker
 * sees it (the uniprocessor form of cpu_v7_set_pte_ext). The caller
 * flushes the TLB if the old entry could be cached there.
 */
static inline void set_pte_ext(pte_t *ptep, pte_t pte, u32 ext)
{
	u32 *hwp = pte_hw(ptep);

	*ptep = pte;
	*hwp = pte_to_hw(pte_val(pte), ext);
	clean_dcache_line(hwp);
	dsb();
}

static inline void pte_clear(pte_t *ptep)
{
	set_pte_ext(ptep, __pte(0), 0);
}

/*
 * Where mmap starts looking in the classic bottom-up layout (section
 * 3.3.1; Linux's asm/memory.h: TASK_SIZE / 3 rounded up to 16 MiB).
 */
#define TASK_UNMAPPED_BASE	((TASK_SIZE / 3 + 0xffffffUL) & ~0xffffffUL)

struct mm_struct;

/*
 * Sets a pte of mm at addr. User addresses (below TASK_SIZE) get the nG
 * bit: the TLB tags their entries with the ASID in CONTEXTIDR, so each
 * address space keeps its own and no switch needs a TLB flush (Linux's
 * set_pte_at, arch/arm/mm/mmu.c). Kernel addresses stay global.
 */
static inline void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)
{
	(void)mm;
	set_pte_ext(ptep, pte, addr < TASK_SIZE ? PTE_EXT_NG : 0);
}

#endif
