// SPDX-License-Identifier: GPL-2.0
/*
 * mprotect (Linux's mm/mprotect.c): new permissions for every area of a
 * range, splitting off the parts outside it and merging with neighbours
 * that now match (vma_modify_flags), then rewriting the ptes
 * (change_protection, mm/unmap.c).
 *
 * A private area that becomes writable for the first time is charged to
 * the overcommit account then (VM_ACCOUNT), as Linux does: from now on it
 * may need a page of its own for each of its pages.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

/* One area's part of the range; *arg is the requested prot. */
static int mprotect_fixup(struct mm_struct *mm, struct vm_area_struct *vma,
			  struct vm_area_struct **pprev, unsigned long start, unsigned long end,
			  void *arg)
{
	unsigned long prot = *(unsigned long *)arg;
	unsigned long newflags = calc_vm_prot_bits(prot) | (vma->vm_flags & ~VM_ACCESS_FLAGS);
	long charged = 0;
	int err;

	/* VM_MAY* sit 4 bits above VM_*: no permission the area may never have. */
	if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS)
		return -EACCES;
	if (newflags == vma->vm_flags) {
		*pprev = vma;
		return 0;
	}
	if ((newflags & VM_WRITE) &&
	    !(vma->vm_flags & (VM_ACCOUNT | VM_WRITE | VM_SHARED | VM_NORESERVE))) {
		charged = (end - start) >> PAGE_SHIFT;
		if (__vm_enough_memory(mm, charged))
			return -ENOMEM;
		newflags |= VM_ACCOUNT;
	}
	err = vma_modify_flags(mm, pprev, &vma, start, end, newflags);
	if (err) {
		vm_unacct_memory(charged);
		return err;
	}
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	change_protection(vma, start, end, vma->vm_page_prot);
	return 0;
}

int do_mprotect(struct mm_struct *mm, unsigned long start, size_t len, unsigned long prot)
{
	unsigned long end;

	prot &= ~(unsigned long)(PROT_GROWSDOWN | PROT_GROWSUP);
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	if (len > TASK_SIZE)
		return -ENOMEM;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;
	return apply_vma_range(mm, start, end, mprotect_fixup, &prot);
}
