// SPDX-License-Identifier: GPL-2.0
/*
 * Copying an address space's pages at fork (Linux's mm/memory.c:
 * copy_page_range).
 *
 * For now every private writable page is copied at fork (an eager copy):
 * the child gets its own page with the parent's bytes, mapped with the
 * area's protection, and the parent's ptes do not change, so no TLB
 * maintenance is needed. Copy-on-write (both sides read-only, the write
 * fault breaking the share) needs the kernel's own stores to user pages
 * to honour the user permissions, which comes with the user-VM and fault
 * issue. Read-only and shared pages are shared: the child's pte points at
 * the same page, with a reference taken (get_page), so put_page at either
 * side's exit leaves the other's mapping intact.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/string.h>
#include <asm/cacheflush.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

/*
 * The pte slot for a user address in mm; with alloc, the 2 MiB pair's pte
 * table is made first if it has none (pgd_free gives it back). NULL when
 * there is no table (and alloc is false) or no memory.
 */
pte_t *mm_pte(struct mm_struct *mm, unsigned long addr, bool alloc)
{
	pmd_t *pmd = pmd_offset(pgd_offset_pgd(mm->pgd, addr), addr);

	if (pmd_none(*pmd)) {
		struct page *table;

		if (!alloc)
			return NULL;
		table = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!table)
			return NULL;
		clean_dcache_area(page_address(table), PAGE_SIZE);
		pmd_populate(mm, pmd, table);
	}
	return pte_offset_kernel(pmd, addr);
}

/*
 * Maps into dst every page src maps in vma's range (vma belongs to dst,
 * src has the same area). 0 or -ENOMEM; on failure what was mapped stays
 * mapped in dst for the caller's exit_mmap to put.
 */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma)
{
	bool cow = (vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE;
	unsigned long addr;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		pte_t *sptep = mm_pte(src, addr, false);
		pte_t *dptep;
		struct page *page;
		pte_t pte;

		if (!sptep) {
			addr = (addr | (SECTION_SIZE - 1)) - (PAGE_SIZE - 1);
			continue;
		}
		if (!pte_present(*sptep))
			continue;
		dptep = mm_pte(dst, addr, true);
		if (!dptep)
			return -ENOMEM;
		page = pte_page(*sptep);
		if (cow) {
			struct page *copy = alloc_page(GFP_KERNEL);

			if (!copy)
				return -ENOMEM;
			memcpy(page_address(copy), page_address(page), PAGE_SIZE);
			page = copy;
		} else {
			get_page(page);
		}
		pte = pte_mkyoung(mk_pte(page, vma->vm_page_prot));
		if (pte_write(pte))
			pte = pte_mkdirty(pte);
		set_pte_at(dst, addr, dptep, pte);
	}
	return 0;
}

/*
 * Copies every area of oldmm, and its pages, into mm (new, empty): list,
 * tree and counts through insert_vm_struct, which also charges private
 * writable copies to the overcommit account (-ENOMEM if refused), and the
 * owner's open for areas with vm_ops (a shared object gains a user).
 * Memory locks are not inherited (POSIX, Linux): neither VM_LOCKED nor
 * mlockall's def_flags pass to the child. 0 or -ENOMEM.
 */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *vma;

	mm->def_flags &= ~VM_LOCKED;
	for (vma = oldmm->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *tmp = vm_area_alloc(mm);
		int err;

		if (!tmp)
			return -ENOMEM;
		*tmp = *vma;
		tmp->vm_mm = mm;
		tmp->vm_flags &= ~VM_LOCKED;
		RB_CLEAR_NODE(&tmp->vm_rb);
		err = insert_vm_struct(mm, tmp);
		if (err) {
			vm_area_free(tmp);
			return err;
		}
		if (tmp->vm_ops && tmp->vm_ops->open)
			tmp->vm_ops->open(tmp);
		err = copy_page_range(mm, oldmm, tmp);
		if (err)
			return err;
	}
	return 0;
}

/*
 * No demand paging yet: every area is populated when it is made, so a
 * fault inside one is an access the area does not allow. The user-VM
 * issue replaces this with Linux's handle_pte_fault.
 */
int handle_mm_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags)
{
	(void)vma;
	(void)address;
	(void)flags;
	return VM_FAULT_SIGSEGV;
}
