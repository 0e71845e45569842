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

/* Nothing to write back; only locked memory refuses MS_INVALIDATE. *arg is the flags. */
static int msync_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long start,
		     unsigned long end, void *arg)
{
	(void)mm;
	(void)start;
	(void)end;
	if ((*(int *)arg & MS_INVALIDATE) && (vma->vm_flags & VM_LOCKED))
		return -EBUSY;
	return 0;
}

int do_msync(struct mm_struct *mm, unsigned long start, size_t len, int flags)
{
	unsigned long end;
	int err;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	err = vm_range_end(start, len, -ENOMEM, &end);
	if (err || end == start)
		return err;
	return walk_vma_range(mm, start, end, msync_vma, &flags);
}
