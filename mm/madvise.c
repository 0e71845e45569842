// SPDX-License-Identifier: GPL-2.0
/*
 * madvise (Linux's mm/madvise.c). MADV_DONTNEED drops the pages of a
 * range (zap_page_range): the next touch of a private area reads zeroes,
 * of a shared one its object's page again. MADV_NORMAL, RANDOM,
 * SEQUENTIAL and WILLNEED are read-ahead hints with nothing to read
 * ahead: accepted, checked, no effect. Any other advice is -EINVAL.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

static bool madvise_behavior_valid(int behavior)
{
	return behavior >= MADV_NORMAL && behavior <= MADV_DONTNEED;
}

/* One area's part of [start, end). */
static int madvise_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, int behavior)
{
	if (behavior != MADV_DONTNEED)
		return 0;
	/* Locked pages must stay; raw pfn maps have no pages to drop. */
	if (vma->vm_flags & (VM_LOCKED | VM_PFNMAP))
		return -EINVAL;
	zap_page_range(vma, start, end);
	/* EAGER-UNTIL-DEMAND-PAGING */
	mm_populate(mm, start, end - start);
	return 0;
}

int do_madvise(struct mm_struct *mm, unsigned long start, size_t len_in, int behavior)
{
	struct vm_area_struct *vma;
	unsigned long end, len, tmp;
	int err, unmapped_error = 0;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (len_in > TASK_SIZE)
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	/* Linux's madvise_walk_vmas: holes are skipped and reported at the end. */
	for (vma = find_vma(mm, start); start < end; vma = find_vma(mm, start)) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				break;
		}
		tmp = min(vma->vm_end, end);
		err = madvise_vma(mm, vma, start, tmp, behavior);
		if (err)
			return err;
		start = tmp;
	}
	return unmapped_error;
}
