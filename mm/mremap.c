// SPDX-License-Identifier: GPL-2.0
/*
 * mremap (Linux's mm/mremap.c): an existing mapping made smaller (the
 * tail unmapped), larger in place when the gap above it allows, or moved
 * (MREMAP_MAYMOVE, or MREMAP_FIXED to a given place) with its pages: a
 * new area takes the range, the ptes move to it (move_page_tables,
 * mm/unmap.c) and the old range is unmapped, which then finds no pages.
 *
 * The moved area keeps its owner: a shared anonymous object is shared by
 * the new area (vm_ops->open) exactly as by the old. A private anonymous
 * area gets vm_pgoff = its new start >> PAGE_SHIFT (there is no rmap to
 * keep the old one for), so it can merge at its new place.
 *
 * Overcommit: the new area is charged in full before the old one is
 * given back, so in the strict mode a move needs room for both for a
 * moment (Linux moves the charge instead).
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>

/* The area holding [addr, addr + old_len), which may be resized to new_len, or -errno. */
static struct vm_area_struct *vma_to_resize(struct mm_struct *mm, unsigned long addr,
					    unsigned long old_len, unsigned long new_len,
					    long *err)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	*err = -EFAULT;
	if (!vma || vma->vm_start > addr || old_len > vma->vm_end - addr)
		return NULL;
	if (new_len > old_len && (vma->vm_flags & (VM_DONTEXPAND | VM_PFNMAP)))
		return NULL;
	*err = 0;
	return vma;
}

/*
 * A new area like vma for [addr, addr + len) at object offset pgoff
 * (merged with its neighbours if they match), with the counts and the
 * charge; the area, or NULL.
 */
static struct vm_area_struct *copy_vma(struct mm_struct *mm, struct vm_area_struct *vma,
				       unsigned long addr, unsigned long len, unsigned long pgoff)
{
	unsigned long pages = len >> PAGE_SHIFT;
	struct vm_area_struct *new, *prev;

	if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(mm, pages))
		return NULL;
	find_vma_prev(mm, addr, &prev);
	new = vma_merge(mm, prev, addr, addr + len, vma->vm_flags, vma->vm_file, pgoff,
			vma->vm_ops, vma->vm_private_data);
	if (!new) {
		new = vm_area_alloc(mm);
		if (!new) {
			if (vma->vm_flags & VM_ACCOUNT)
				vm_unacct_memory(pages);
			return NULL;
		}
		*new = *vma;
		RB_CLEAR_NODE(&new->vm_rb);
		new->vm_start = addr;
		new->vm_end = addr + len;
		new->vm_pgoff = pgoff;
		if (new->vm_ops && new->vm_ops->open)
			new->vm_ops->open(new);
		vma_link(mm, new, prev);
	}
	mm->total_vm += pages;
	if (new->vm_flags & VM_LOCKED)
		mm->locked_vm += pages;
	return new;
}

/* Moves [old_addr, old_addr + old_len) of vma to new_addr, new_len long; new_addr or -errno. */
static unsigned long move_vma(struct mm_struct *mm, struct vm_area_struct *vma,
			      unsigned long old_addr, unsigned long old_len, unsigned long new_len,
			      unsigned long new_addr)
{
	unsigned long pgoff = vma->vm_pgoff + ((old_addr - vma->vm_start) >> PAGE_SHIFT);
	int err;

	if (mm->map_count >= MAX_MAP_COUNT - 3)
		return -ENOMEM;
	if (!vma->vm_file && !vma->vm_ops)
		pgoff = new_addr >> PAGE_SHIFT;
	/* vma may be merged away from here on: only the ranges are used. */
	if (!copy_vma(mm, vma, new_addr, new_len, pgoff))
		return -ENOMEM;
	err = move_page_tables(mm, old_addr, new_addr, min(old_len, new_len));
	if (err) {
		do_munmap(mm, new_addr, new_len);
		return err;
	}
	err = do_munmap(mm, old_addr, old_len);
	return err ? (unsigned long)err : new_addr;
}

/* MREMAP_FIXED: to new_addr, whatever was there unmapped first. */
static unsigned long mremap_to(struct mm_struct *mm, unsigned long addr, unsigned long old_len,
			       unsigned long new_addr, unsigned long new_len)
{
	struct vm_area_struct *vma;
	unsigned long ret;
	long err;

	if (new_addr & ~PAGE_MASK)
		return -EINVAL;
	if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)
		return -EINVAL;
	/* The two ranges may not overlap. */
	if (addr + old_len > new_addr && new_addr + new_len > addr)
		return -EINVAL;
	err = do_munmap(mm, new_addr, new_len);
	if (err)
		return err;
	if (old_len > new_len) {
		err = do_munmap(mm, addr + new_len, old_len - new_len);
		if (err)
			return err;
		old_len = new_len;
	}
	vma = vma_to_resize(mm, addr, old_len, new_len, &err);
	if (!vma)
		return err;
	ret = get_unmapped_area(mm, NULL, new_addr, new_len, 0, MAP_FIXED);
	if (IS_ERR_VALUE(ret))
		return ret;
	return move_vma(mm, vma, addr, old_len, new_len, new_addr);
}

/* Can vma grow by delta bytes where it is (nothing, guard gaps included, in the way)? */
static bool vma_expandable(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long delta)
{
	unsigned long end = vma->vm_end + delta;

	if (delta > TASK_SIZE || end > TASK_SIZE || end < vma->vm_end)
		return false;
	return !find_vma_intersection(mm, vma->vm_end, end) &&
	       !(vma->vm_next && (vma->vm_next->vm_flags & VM_GROWSDOWN) &&
		 end + STACK_GUARD_GAP > vma->vm_next->vm_start);
}

unsigned long do_mremap(struct mm_struct *mm, unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags, unsigned long new_addr)
{
	struct vm_area_struct *vma;
	unsigned long delta;
	long err;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	if (old_len > TASK_SIZE || new_len > TASK_SIZE)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len)
		return -EINVAL;
	if (flags & MREMAP_FIXED)
		return mremap_to(mm, addr, old_len, new_addr, new_len);
	/* Shrinking: the tail goes, the place stays. */
	if (old_len >= new_len) {
		err = old_len > new_len ? do_munmap(mm, addr + new_len, old_len - new_len) : 0;
		return err ? (unsigned long)err : addr;
	}
	vma = vma_to_resize(mm, addr, old_len, new_len, &err);
	if (!vma)
		return err;
	delta = new_len - old_len;
	/* The range runs to the area's end and the gap above is free: grow in place. */
	if (old_len == vma->vm_end - addr && vma_expandable(mm, vma, delta)) {
		if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(mm, delta >> PAGE_SHIFT))
			return -ENOMEM;
		vma->vm_end += delta;
		mm->total_vm += delta >> PAGE_SHIFT;
		if (vma->vm_flags & VM_LOCKED)
			mm->locked_vm += delta >> PAGE_SHIFT;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	new_addr = get_unmapped_area(mm, NULL, 0, new_len,
				     vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT),
				     (vma->vm_flags & VM_MAYSHARE) ? MAP_SHARED : 0);
	if (IS_ERR_VALUE(new_addr))
		return new_addr;
	return move_vma(mm, vma, addr, old_len, new_len, new_addr);
}
