// SPDX-License-Identifier: GPL-2.0
/*
 * mlock, munlock, mlockall, munlockall (Linux's mm/mlock.c). VM_LOCKED on
 * an area means its pages are present and stay so: with no swap here the
 * second half holds by itself, and mm_populate makes the first true when
 * the flag is set. mlockall(MCL_FUTURE) puts VM_LOCKED into mm->def_flags,
 * so every later mmap and brk gets it (section 3.3.4).
 *
 * locked_vm counts the pages of the VM_LOCKED areas. There is no
 * RLIMIT_MEMLOCK and no CAP_IPC_LOCK: every process may lock.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

/* One area's part of the range; *arg is VM_LOCKED or 0. */
static int mlock_fixup(struct mm_struct *mm, struct vm_area_struct *vma,
		       struct vm_area_struct **pprev, unsigned long start, unsigned long end,
		       void *arg)
{
	unsigned long newflags = (vma->vm_flags & ~VM_LOCKED) | *(unsigned long *)arg;
	long nr = (end - start) >> PAGE_SHIFT;
	int err;

	if (newflags == vma->vm_flags || (vma->vm_flags & VM_SPECIAL)) {
		*pprev = vma;
		return 0;
	}
	err = vma_modify_flags(mm, pprev, &vma, start, end, newflags);
	if (err)
		return err;
	mm->locked_vm += (newflags & VM_LOCKED) ? nr : -nr;
	return 0;
}

int do_mlock(struct mm_struct *mm, unsigned long start, size_t len, unsigned long flags)
{
	unsigned long end;
	int err;

	if (len > TASK_SIZE)
		return -ENOMEM;
	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	err = apply_vma_range(mm, start, end, mlock_fixup, &flags);
	if (err || !(flags & VM_LOCKED))
		return err;
	/* POSIX: could not lock the pages in -> EAGAIN. */
	return mm_populate(mm, start, len) ? -EAGAIN : 0;
}

int do_mlockall(struct mm_struct *mm, int flags)
{
	struct vm_area_struct *vma, *prev = NULL;
	unsigned long to_add = 0;

	if (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) || flags == MCL_ONFAULT)
		return -EINVAL;
	mm->def_flags &= ~VM_LOCKED;
	if (flags & MCL_FUTURE)
		mm->def_flags |= VM_LOCKED;
	if (flags & MCL_CURRENT)
		to_add = VM_LOCKED;
	else if (flags & MCL_FUTURE)
		return 0;	/* only the future: the areas there are stay as they are */
	/* munlockall (flags 0) or MCL_CURRENT: every area gets to_add. */
	for (vma = mm->mmap; vma; vma = prev->vm_next)
		mlock_fixup(mm, vma, &prev, vma->vm_start, vma->vm_end, &to_add);
	if (to_add)
		mm_populate(mm, 0, TASK_SIZE);
	return 0;
}
