// SPDX-License-Identifier: GPL-2.0
/*
 * Making pages present ahead of any access (Linux's mm/gup.c:
 * __mm_populate), for MAP_POPULATE, MAP_LOCKED and mlock.
 *
 * For now every page of an area is filled with a fresh zeroed page
 * (populate_vma_range); with demand paging this becomes a loop of
 * handle_mm_fault calls, one per page, as Linux's populate_vma_page_range.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

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
		err = populate_vma_range(vma, s, e);
		if (err)
			return err;
	}
	return 0;
}
