// SPDX-License-Identifier: GPL-2.0
/*
 * The model of vma_model.h. Each operation goes through the same entry
 * points as the system calls (do_mmap and the populate the syscall makes,
 * do_munmap, do_mprotect, do_mlock, do_madvise, do_msync, do_brk, do_mremap), its
 * result is compared with what Linux's semantics give on the model, and
 * then the whole mm is compared with the model: validate_mm, every page
 * of the window covered by an area exactly when the model says mapped,
 * with its protection, VM_LOCKED and VM_SHARED bits, and no fake pte
 * outside an area.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "vma_model.h"
#include "vma_shim.h"

static const unsigned char prots[4] = { PROT_NONE, PROT_READ, PROT_READ | PROT_WRITE,
					 PROT_READ | PROT_EXEC };
static long committed0;

static unsigned long addr_of(struct vma_model *m, unsigned int page)
{
	return m->base + (unsigned long)page * PAGE_SIZE;
}

void vma_model_init(struct vma_model *m, bool legacy)
{
	memset(m, 0, sizeof(*m));
	m->mm = vma_shim_mm(legacy);
	m->base = 0x10000000;
	m->mm->mmap_base = legacy ? m->base + 32 * PAGE_SIZE : addr_of(m, VMA_MODEL_PAGES);
	m->mm->start_brk = m->mm->brk = m->brk = m->base;
	committed0 = vm_committed_as;
}


static int fail(struct vma_model *m, const char *what, long got, long want)
{
	snprintf(m->why, sizeof(m->why), "%s: got %ld, expected %ld", what, got, want);
	return -1;
}

static void set_pages(struct vma_model *m, unsigned int s, unsigned int n, int prot, int shared)
{
	unsigned int i;

	for (i = s; i < s + n; i++) {
		m->pg[i].mapped = 1;
		m->pg[i].prot = prot;
		m->pg[i].shared = shared;
		m->pg[i].locked = 0;
	}
}

/* The first unmapped page of [s, s + n), or s + n. */
static unsigned int first_hole(struct vma_model *m, unsigned int s, unsigned int n)
{
	while (n && m->pg[s].mapped)
		s++, n--;
	return s;
}

static int op_mmap(struct vma_model *m, unsigned int s, unsigned int n, unsigned int arg)
{
	int prot = prots[arg & 3], shared = (arg >> 2) & 1, fixed = !((arg >> 3) & 3);
	unsigned long flags = MAP_ANONYMOUS | (shared ? MAP_SHARED : MAP_PRIVATE);
	unsigned long populate, a;

	flags |= fixed ? MAP_FIXED : 0;
	a = do_mmap(m->mm, NULL, addr_of(m, s), n * PAGE_SIZE, prot, flags, 0, &populate);
	if (IS_ERR_VALUE(a))
		return fail(m, "mmap", (long)a, 0);
	mm_populate(m->mm, a, n * PAGE_SIZE);	/* as sys_mmap2 does until demand paging */
	if (a < m->base || a + n * PAGE_SIZE > addr_of(m, VMA_MODEL_PAGES)) {
		/* Placed outside the window (a hint that did not fit): drop it again. */
		if (fixed)
			return fail(m, "MAP_FIXED moved", (long)a, (long)addr_of(m, s));
		return do_munmap(m->mm, a, n * PAGE_SIZE) ? fail(m, "munmap outside", 1, 0) : 0;
	}
	if (fixed && a != addr_of(m, s))
		return fail(m, "MAP_FIXED moved", (long)a, (long)addr_of(m, s));
	set_pages(m, (a - m->base) >> PAGE_SHIFT, n, prot, shared);
	return 0;
}

static int op_munmap(struct vma_model *m, unsigned int s, unsigned int n)
{
	unsigned int i;
	int err = do_munmap(m->mm, addr_of(m, s), n * PAGE_SIZE);

	if (err)
		return fail(m, "munmap", err, 0);
	for (i = s; i < s + n; i++)
		m->pg[i].mapped = 0;
	return 0;
}

/* mprotect and mlock change the pages up to the first hole, then say -ENOMEM. */
static int op_mprotect(struct vma_model *m, unsigned int s, unsigned int n, unsigned int arg)
{
	unsigned int h = first_hole(m, s, n), i;
	int err = do_mprotect(m->mm, addr_of(m, s), n * PAGE_SIZE, prots[arg & 3]);

	if (err != (h < s + n ? -ENOMEM : 0))
		return fail(m, "mprotect", err, h < s + n ? -ENOMEM : 0);
	for (i = s; i < h; i++)
		m->pg[i].prot = prots[arg & 3];
	return 0;
}

static int op_mlock(struct vma_model *m, unsigned int s, unsigned int n, unsigned int arg)
{
	unsigned int h = first_hole(m, s, n), i, lock = arg & 1;
	int err = do_mlock(m->mm, addr_of(m, s), n * PAGE_SIZE, lock ? VM_LOCKED : 0);

	if (err != (h < s + n ? -ENOMEM : 0))
		return fail(m, "mlock", err, h < s + n ? -ENOMEM : 0);
	for (i = s; i < h; i++)
		m->pg[i].locked = lock;
	return 0;
}

/* madvise and msync skip holes and say -ENOMEM at the end; a locked area stops them first. */
static int op_advise_sync(struct vma_model *m, unsigned int s, unsigned int n, unsigned int arg)
{
	int msync = arg & 1, hole = 0, want, err;
	unsigned int i;

	for (i = s; i < s + n; i++) {
		if (!m->pg[i].mapped)
			hole = 1;
		else if (m->pg[i].locked)
			break;
	}
	want = i < s + n ? (msync ? -EBUSY : -EINVAL) : hole ? -ENOMEM : 0;
	if (msync)
		err = do_msync(m->mm, addr_of(m, s), n * PAGE_SIZE, MS_SYNC | MS_INVALIDATE);
	else
		err = do_madvise(m->mm, addr_of(m, s), n * PAGE_SIZE, MADV_DONTNEED);
	return err == want ? 0 : fail(m, msync ? "msync" : "madvise", err, want);
}

/* brk: grows only over pages free up to one past the new end; shrinking always works. */
static int op_brk(struct vma_model *m, unsigned int arg)
{
	unsigned long want = m->base + arg * 137, got;
	unsigned int olde = PAGE_ALIGN(m->brk - m->base) >> PAGE_SHIFT;
	unsigned int newe = PAGE_ALIGN(want - m->base) >> PAGE_SHIFT, i;
	bool ok = true;

	if (newe > olde)
		for (i = olde; i <= newe && i < VMA_MODEL_PAGES; i++)
			ok &= !m->pg[i].mapped;
	got = do_brk(m->mm, want);
	if (got != (ok ? want : m->brk))
		return fail(m, "brk", (long)got, (long)(ok ? want : m->brk));
	if (!ok)
		return 0;
	if (newe > olde) {
		mm_populate(m->mm, addr_of(m, olde), (newe - olde) * PAGE_SIZE);
		set_pages(m, olde, newe - olde, PROT_READ | PROT_WRITE, 0);
	}
	for (i = newe; i < olde; i++)
		m->pg[i].mapped = 0;
	m->brk = want;
	return 0;
}

/*
 * mremap inside the window: shrink, grow in place, or move to a fixed
 * place. Whether the old range lies in one area is asked of the mm (the
 * model has pages, not areas); the outcome is checked page by page.
 */
static int op_mremap(struct vma_model *m, unsigned int s, unsigned int n, unsigned int arg)
{
	unsigned int n2 = arg % 8 + 1, t = (arg >> 3) % VMA_MODEL_PAGES, keep = min(n, n2), i;
	unsigned long a = addr_of(m, s), got, want;
	int fixed = arg & 0x80;
	struct vm_area_struct *vma = find_vma(m->mm, a);
	bool single;
	unsigned char src[4];

	if (fixed ? t + n2 > VMA_MODEL_PAGES || (t < s + n && s < t + n2) : s + n2 > VMA_MODEL_PAGES)
		return 0;	/* outside the window, or overlapping: not modelled */
	/* A shared object keeps its size: pages grown past it are SIGBUS (not modelled). */
	if (m->pg[s].shared && n2 > n)
		return 0;
	if (!fixed && n2 <= n) {
		got = do_mremap(m->mm, a, PAGE_SIZE * n, PAGE_SIZE * n2, 0, 0);
		for (i = s + n2; i < s + n; i++)
			m->pg[i].mapped = 0;
		return got == a ? 0 : fail(m, "mremap shrink", (long)got, (long)a);
	}
	/* A FIXED move's unmaps leave the area around the kept range whole. */
	single = vma && vma->vm_start <= a && vma->vm_end >= a + PAGE_SIZE * (fixed ? keep : n);
	if (fixed)
		want = single ? 0 : (unsigned long)-EFAULT;
	else if (!single)
		want = -EFAULT;
	else if (vma->vm_end != a + PAGE_SIZE * n ||
		 find_vma_intersection(m->mm, vma->vm_end, addr_of(m, s + n2)))
		want = -ENOMEM;
	else
		want = 0;
	memcpy(src, &m->pg[s], sizeof(src));
	got = do_mremap(m->mm, a, PAGE_SIZE * n, PAGE_SIZE * n2,
			fixed ? MREMAP_FIXED | MREMAP_MAYMOVE : 0, addr_of(m, t));
	if (fixed) {
		for (i = t; i < t + n2; i++)
			m->pg[i].mapped = 0;
		for (i = s + keep; i < s + n; i++)
			m->pg[i].mapped = 0;
	}
	if (want)
		return got == want ? 0 : fail(m, "mremap refused", (long)got, (long)want);
	if (got != (fixed ? addr_of(m, t) : a))
		return fail(m, "mremap", (long)got, (long)(fixed ? addr_of(m, t) : a));
	mm_populate(m->mm, got, PAGE_SIZE * n2);
	for (i = s; fixed && i < s + keep; i++)
		m->pg[i].mapped = 0;
	for (i = (got - m->base) >> PAGE_SHIFT; i < ((got - m->base) >> PAGE_SHIFT) + n2; i++)
		memcpy(&m->pg[i], src, sizeof(src));
	return 0;
}

/* The mm against the model, page by page. */
static int check(struct vma_model *m)
{
	unsigned int i;

	if (validate_mm(m->mm, true))
		return fail(m, "validate_mm", 1, 0);
	if (vma_shim_errors)
		return fail(m, "unmap range errors", (long)vma_shim_errors, 0);
	for (i = 0; i < VMA_MODEL_PAGES; i++) {
		unsigned long a = addr_of(m, i);
		struct vm_area_struct *vma = find_vma_intersection(m->mm, a, a + 1);
		unsigned long want;

		if (!!vma != m->pg[i].mapped)
			return fail(m, "page mapped", !!vma, m->pg[i].mapped);
		if (!vma) {
			if (vma_shim_present(a))
				return fail(m, "pte outside an area", (long)a, 0);
			continue;
		}
		want = calc_vm_prot_bits(m->pg[i].prot) | (m->pg[i].locked ? VM_LOCKED : 0) |
		       (m->pg[i].shared ? VM_SHARED : 0);
		if ((vma->vm_flags & (VM_ACCESS_FLAGS | VM_LOCKED | VM_SHARED)) != want)
			return fail(m, "area flags", (long)vma->vm_flags, (long)want);
	}
	return 0;
}

int vma_model_step(struct vma_model *m, const unsigned char op[VMA_MODEL_OP])
{
	unsigned int n = op[2] % 8 + 1, s = op[1] % (VMA_MODEL_PAGES - n + 1), err;

	switch (op[0] % 8) {
	case 0:
	case 1:
		err = op_mmap(m, s, n, op[3]);
		break;
	case 2:
		err = op_munmap(m, s, n);
		break;
	case 3:
		err = op_mprotect(m, s, n, op[3]);
		break;
	case 4:
		err = op_mlock(m, s, n, op[3]);
		break;
	case 5:
		err = op_advise_sync(m, s, n, op[3]);
		break;
	case 6:
		err = op_brk(m, op[3]);
		break;
	default:
		err = op_mremap(m, s, n, op[3]);
		break;
	}
	return err ? -1 : check(m);
}

int vma_model_finish(struct vma_model *m)
{
	vma_shim_mm_free(m->mm);
	if (vma_shim_present_pages)
		return fail(m, "ptes left", (long)vma_shim_present_pages, 0);
	if (vm_committed_as != committed0)
		return fail(m, "committed left", vm_committed_as - committed0, 0);
	return 0;
}
