// SPDX-License-Identifier: GPL-2.0
/*
 * msync (Linux's mm/msync.c). Without files there is nothing to write
 * back: what is left is Linux's argument checks and its answer for
 * ranges with holes (-ENOMEM, after the mapped parts are done) and for
 * MS_INVALIDATE of locked memory (-EBUSY).
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

int do_msync(struct mm_struct *mm, unsigned long start, size_t len, int flags)
{
	struct vm_area_struct *vma;
	unsigned long end;
	int unmapped_error = 0;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	if (len > TASK_SIZE)
		return -ENOMEM;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	for (vma = find_vma(mm, start);; vma = vma->vm_next) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				return unmapped_error;
		}
		if ((flags & MS_INVALIDATE) && (vma->vm_flags & VM_LOCKED))
			return -EBUSY;
		start = vma->vm_end;
		if (start >= end)
			return unmapped_error;
	}
}
