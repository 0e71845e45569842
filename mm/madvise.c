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

/* One area's part of [start, end); *arg is the advice. */
static int madvise_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, void *arg)
{
	(void)mm;	/* the walker's signature; zap_page_range finds it from vma */
	if (*(int *)arg != MADV_DONTNEED)
		return 0;
	/* Locked pages must stay; raw pfn maps have no pages to drop. */
	if (vma->vm_flags & (VM_LOCKED | VM_PFNMAP))
		return -EINVAL;
	zap_page_range(vma, start, end);
	return 0;
}

int do_madvise(struct mm_struct *mm, unsigned long start, size_t len, int behavior)
{
	unsigned long end;
	int err;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	err = vm_range_end(start, len, -EINVAL, &end);
	if (err || end == start)
		return err;
	return walk_vma_range(mm, start, end, madvise_vma, &behavior);
}
