// SPDX-License-Identifier: GPL-2.0
/*
 * The page-table side of the area code (Linux's mm/memory.c unmap and
 * free_pgtables, mm/mprotect.c change_protection, arch/arm's tlb.h):
 * what do_munmap, exit_mmap, madvise(MADV_DONTNEED) and mprotect do to
 * the ptes once mm/mmap.c has decided on the areas, and filling an area
 * at once (populate_vma_range, under mm_populate).
 *
 * Order of teardown (Linux's mmu_gather): clear the ptes, queue the pages
 * and the emptied pte tables, flush the TLB by the mm's ASID, and only
 * then free them. A page or table freed before the flush could be reused
 * while a stale TLB entry (or a walk cached from the old table) still
 * points at it. Each mapped page holds one reference for its pte and, once
 * the fault path counts mappings, one _mapcount: both go here.
 *
 * A pte table covers a 2 MiB pair (pgd_t). It is freed when no area that
 * stays can have ptes in it: no area between the end of the area before
 * the unmapped range (floor) and the start of the one after it (ceiling)
 * touches the pair.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <asm/cacheflush.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* Above this many pages one TLBIASID is cheaper than a TLBIMVA per page. */
#define TLB_FLUSH_ASID_PAGES	64
#define GATHER_PAGES		64
#define GATHER_TABLES		8

/* What a teardown has cleared but not yet freed (Linux's struct mmu_gather). */
struct mmu_gather {
	struct mm_struct *mm;
	unsigned long start, end;	/* the range whose TLB entries go */
	unsigned int nr_pages, nr_tables;
	struct page *pages[GATHER_PAGES];	/* one reference each to put */
	struct page *tables[GATHER_TABLES];	/* pte table pages to free */
};

static void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm, unsigned long start,
			   unsigned long end)
{
	tlb->mm = mm;
	tlb->start = start;
	tlb->end = end;
	tlb->nr_pages = 0;
	tlb->nr_tables = 0;
}

/*
 * The mm's entries for [start, end), by its ASID. An mm that has never
 * run has no ASID yet (context.id 0) and so no entries; an ASID of an old
 * generation may now be another mm's, which only costs that mm refills.
 */
static void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned int asid = (unsigned int)mm->context.id & 0xff;

	if (!mm->context.id)
		return;
	if ((end - start) >> PAGE_SHIFT > TLB_FLUSH_ASID_PAGES)
		local_flush_tlb_asid(asid);
	else
		local_flush_tlb_user_range(start, end, asid);
}

/* Flushes the TLB, then frees what was queued. */
static void tlb_flush_mmu(struct mmu_gather *tlb)
{
	unsigned int i;

	if (!tlb->nr_pages && !tlb->nr_tables)
		return;
	flush_tlb_mm_range(tlb->mm, tlb->start, tlb->end);
	for (i = 0; i < tlb->nr_pages; i++)
		put_page(tlb->pages[i]);
	for (i = 0; i < tlb->nr_tables; i++)
		__free_page(tlb->tables[i]);
	tlb->nr_pages = 0;
	tlb->nr_tables = 0;
}

static void tlb_remove_page(struct mmu_gather *tlb, struct page *page)
{
	tlb->pages[tlb->nr_pages++] = page;
	if (tlb->nr_pages == GATHER_PAGES)
		tlb_flush_mmu(tlb);
}

static void tlb_remove_table(struct mmu_gather *tlb, struct page *table)
{
	tlb->tables[tlb->nr_tables++] = table;
	if (tlb->nr_tables == GATHER_TABLES)
		tlb_flush_mmu(tlb);
}

/* The last flush, also when nothing was queued but ptes changed (mprotect). */
static void tlb_finish_mmu(struct mmu_gather *tlb, bool ptes_changed)
{
	if (tlb->nr_pages || tlb->nr_tables)
		tlb_flush_mmu(tlb);
	else if (ptes_changed)
		flush_tlb_mm_range(tlb->mm, tlb->start, tlb->end);
}

/* The pte table of the 2 MiB pair holding addr, or NULL; *next = the pair's end (or end). */
static pte_t *pair_ptes(struct mm_struct *mm, unsigned long addr, unsigned long end,
			unsigned long *next)
{
	unsigned long boundary = (addr + PGDIR_SIZE) & PGDIR_MASK;

	*next = boundary && boundary < end ? boundary : end;
	return mm_pte(mm, addr, false);
}

/* Clears the ptes of [start, end), queueing their pages. Returns whether any was set. */
static bool unmap_page_range(struct mmu_gather *tlb, unsigned long start, unsigned long end)
{
	unsigned long addr = start, next;
	bool changed = false;

	for (; addr < end; addr = next) {
		pte_t *ptep = pair_ptes(tlb->mm, addr, end, &next);

		if (!ptep)
			continue;
		for (; addr < next; addr += PAGE_SIZE, ptep++) {
			pte_t pte = *ptep;
			struct page *page;

			if (pte_none(pte))
				continue;
			pte_clear(ptep);
			changed = true;
			if (!pte_present(pte))
				continue;	/* no swap: nothing else can be there */
			page = pte_page(pte);
			/* The fault path's mapping count, when it keeps one. */
			if (page_mapped(page))
				page->_mapcount--;
			tlb_remove_page(tlb, page);
		}
	}
	return changed;
}

/*
 * Frees the pte tables of the pairs the detached areas from vma on touch
 * that lie wholly in [floor, ceiling): no remaining area can use them
 * (Linux's free_pgtables). Only those pairs can have tables, so the walk
 * is over the areas, not over the whole range (a process's areas span
 * most of the 3 GiB). The pmd pair is cleared before the table is queued.
 */
static void free_pgtables(struct mmu_gather *tlb, struct vm_area_struct *vma,
			  unsigned long floor, unsigned long ceiling)
{
	for (; vma; vma = vma->vm_next) {
		unsigned long addr;

		for (addr = vma->vm_start & PGDIR_MASK; addr < vma->vm_end; addr += PGDIR_SIZE) {
			pmd_t *pmd = pmd_offset(pgd_offset_pgd(tlb->mm->pgd, addr), addr);
			struct page *table;

			if (addr < floor || addr + PGDIR_SIZE > ceiling || pmd_none(*pmd))
				continue;
			table = virt_to_page(pmd_page_vaddr(*pmd));
			pmd_clear(pmd);
			tlb_remove_table(tlb, table);
		}
	}
}

void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev, struct vm_area_struct *next,
		  unsigned long start, unsigned long end)
{
	struct vm_area_struct *v;
	struct mmu_gather tlb;
	bool changed = false;

	tlb_gather_mmu(&tlb, mm, start, end);
	for (v = vma; v; v = v->vm_next)
		changed |= unmap_page_range(&tlb, v->vm_start, v->vm_end);
	free_pgtables(&tlb, vma, prev ? prev->vm_end : 0, next ? next->vm_start : TASK_SIZE);
	tlb_finish_mmu(&tlb, changed);
}

void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	struct mmu_gather tlb;

	tlb_gather_mmu(&tlb, vma->vm_mm, start, end);
	tlb_finish_mmu(&tlb, unmap_page_range(&tlb, start, end));
}

/*
 * mprotect's pte rewrite: every present pte of [start, end) gets newprot,
 * keeping its page and its young and dirty bits (pte_modify). A private
 * writable area's vm_page_prot may be read-only (the fault path grants
 * write per page, copy-on-write): the ptes then follow it, as on Linux.
 */
void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       pgprot_t newprot)
{
	struct mmu_gather tlb;
	unsigned long addr = start, next;
	bool changed = false;

	tlb_gather_mmu(&tlb, vma->vm_mm, start, end);
	for (; addr < end; addr = next) {
		pte_t *ptep = pair_ptes(vma->vm_mm, addr, end, &next);

		if (!ptep)
			continue;
		for (; addr < next; addr += PAGE_SIZE, ptep++) {
			pte_t pte;

			if (pte_none(*ptep))
				continue;
			pte = pte_modify(*ptep, newprot);
			set_pte_at(vma->vm_mm, addr, ptep, pte);
			changed = true;
		}
	}
	tlb_finish_mmu(&tlb, changed);
}

int move_page_tables(struct mm_struct *mm, unsigned long old_addr, unsigned long new_addr,
		     unsigned long len)
{
	unsigned long off, next;

	/* Every table the new range needs first, so that the move cannot fail half-way. */
	for (off = 0; off < len; off = next) {
		if (!pair_ptes(mm, new_addr + off, new_addr + len, &next) &&
		    !mm_pte(mm, new_addr + off, true))
			return -ENOMEM;
		next -= new_addr;
	}
	for (off = 0; off < len; off += PAGE_SIZE) {
		pte_t *src = mm_pte(mm, old_addr + off, false), pte;

		if (!src || pte_none(*src))
			continue;
		pte = *src;
		pte_clear(src);
		set_pte_at(mm, new_addr + off, mm_pte(mm, new_addr + off, false), pte);
	}
	/* The A9's data cache is PIPT: a page seen at a new address needs no cache work. */
	flush_tlb_mm_range(mm, old_addr, old_addr + len);
	return 0;
}

struct page *mm_user_page(struct mm_struct *mm, unsigned long addr)
{
	pte_t *ptep = mm_pte(mm, addr, false);

	if (!ptep || !pte_present(*ptep))
		return NULL;
	return pte_page(*ptep);
}

/* The page for addr in vma: its owner's (vm_ops->fault, a reference for us) or a fresh one. */
static struct page *populate_page(struct vm_area_struct *vma, unsigned long addr)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = addr,
		.pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT),
	};

	if (!vma->vm_ops || !vma->vm_ops->fault)
		/* Lowmem only: exec and the tests fill user pages through page_address. */
		return alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (vma->vm_ops->fault(&vmf))
		return NULL;
	return vmf.page;
}

int populate_vma_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page *page;
		pte_t *ptep = mm_pte(mm, addr, true);
		pte_t pte;

		if (!ptep)
			return -ENOMEM;
		if (pte_present(*ptep))
			continue;
		page = populate_page(vma, addr);
		if (!page)
			return -ENOMEM;
		page->_mapcount++;
		/* Young and, if writable, dirty: no fault path yet to track either. */
		pte = pte_mkyoung(mk_pte(page, vma->vm_page_prot));
		if (pte_write(pte))
			pte = pte_mkdirty(pte);
		set_pte_at(mm, addr, ptep, pte);
	}
	return 0;
}
