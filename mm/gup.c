// SPDX-License-Identifier: GPL-2.0
/*
 * Making pages present ahead of any access (Linux's mm/gup.c:
 * __mm_populate and populate_vma_page_range), for MAP_POPULATE,
 * MAP_LOCKED and mlock (FAQ 4.2 of document 000).
 *
 * Nothing here maps a page itself: each page of each area goes through
 * handle_mm_fault, exactly as if the program had touched it. A private
 * writable area gets write faults, so its pages end up its own (no zero
 * page, no page shared with a parent); anything else gets read faults
 * (a shared area's pages are not dirtied by populating them). Areas that
 * allow no access and I/O or PFN maps are skipped, as in Linux.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

/* Faults in [start, end) of vma (page aligned, inside it). 0 or -ENOMEM/-EFAULT. */
static int populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
				   unsigned long end)
{
	unsigned int flags = 0;
	unsigned long addr;

	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		flags |= FAULT_FLAG_WRITE;
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		int ret = handle_mm_fault(vma, addr, flags);

		if (ret & VM_FAULT_OOM)
			return -ENOMEM;
		if (ret & VM_FAULT_ERROR)
			return -EFAULT;
	}
	return 0;
}

int mm_populate(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len);
	struct vm_area_struct *vma;

	start &= PAGE_MASK;
	if (end < start)
		return -ENOMEM;
	for (vma = find_vma(mm, start); vma && vma->vm_start < end; vma = vma->vm_next) {
		unsigned long s = max(start, vma->vm_start), e = min(end, vma->vm_end);
		int err;

		if (vma->vm_flags & (VM_IO | VM_PFNMAP) || !(vma->vm_flags & VM_ACCESS_FLAGS))
			continue;
		err = populate_vma_page_range(vma, s, e);
		if (err)
			return err;
	}
	return 0;
}
