// SPDX-License-Identifier: GPL-2.0
/*
 * The fault path's figures for `make bench` (guest instructions per
 * fault; include/kernel/bench.h), measured on a real abort: the bench
 * thread adopts a fresh address space (kthread_use_mm) and touches one
 * word per page with get_user/put_user, so every touch of a page without
 * the right pte takes the data abort, do_DataAbort, do_page_fault (the
 * exception-table lookup), __do_page_fault and handle_mm_fault, as a
 * system call's copy does. The figure is the loop over FB_PAGES faulting
 * pages minus the same loop over present pages, divided by FB_PAGES: the
 * fault's own cost, the user/kernel transitions of a fault from user
 * mode not included (tests/user/faultbench.c measures those too, as the
 * peer benchmark does on Linux).
 *
 *   fault_anon_write	a write to fresh anonymous memory: a zeroed page
 *   fault_anon_read	a read of fresh anonymous memory: the zero page
 *   fault_cow		a write to a page fork shared: a copy (do_wp_page)
 *   fault_young	a read of an old pte: the reference-bit emulation
 */
#include <kernel/bench.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/pagefault.h>
#include <kernel/sched.h>
#include <kernel/uaccess.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

#define FB_BASE		0x01000000UL
#define FB_PAGES	256

struct fault_bench {
	struct mm_struct *mm;
	struct vm_area_struct *vma;
};

/* A new mm with one rw-p area of FB_PAGES at FB_BASE (pte table made), entered. */
static struct vm_area_struct *fb_area(struct mm_struct *mm)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	if (!vma)
		return NULL;
	vma->vm_start = FB_BASE;
	vma->vm_end = FB_BASE + FB_PAGES * PAGE_SIZE;
	vma->vm_flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE;
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	if (insert_vm_struct(mm, vma)) {
		vm_area_free(vma);
		return NULL;
	}
	return vma;
}

static bool fb_enter(struct fault_bench *b)
{
	b->mm = mm_alloc();
	if (!b->mm || !zero_page())
		goto fail;
	b->vma = fb_area(b->mm);
	if (!b->vma || !mm_pte(b->mm, FB_BASE, true))
		goto fail;
	kthread_use_mm(b->mm);
	return true;
fail:
	if (b->mm)
		mmput(b->mm);
	return false;
}

static void fb_leave(struct fault_bench *b)
{
	kthread_unuse_mm(b->mm);
	exit_mmap(b->mm);
	mmput(b->mm);
}

static u32 fb_sink;

/* Guest instructions of one word touched in each page (a write, or a read). */
static u64 fb_touch(bool write)
{
	u32 __user *p = (u32 __user *)FB_BASE;
	u64 t0 = bench_clock();
	unsigned int i;
	u32 v, sum = 0;

	for (i = 0; i < FB_PAGES; i++, p += PAGE_SIZE / sizeof(*p)) {
		if (write) {
			put_user(i, p);
		} else {
			get_user(v, p);
			sum += v;
		}
	}
	WRITE_ONCE(fb_sink, sum);
	return bench_clock() - t0;
}

/* Per fault: a loop that faults, minus the same loop once the pages are there. */
static u64 fb_per_fault(u64 faulting, bool write)
{
	u64 present = fb_touch(write);

	return faulting > present ? (faulting - present) / FB_PAGES : 0;
}

/* Fresh anonymous memory: a write gets a zeroed page, a read the zero page. */
static u64 fb_fresh(bool write)
{
	struct fault_bench b;
	u64 t;

	if (!fb_enter(&b))
		return 0;
	t = fb_per_fault(fb_touch(write), write);
	fb_leave(&b);
	return t;
}

static u64 bench_fault_anon_write(void)
{
	return fb_fresh(true);
}
BENCH("fault_anon_write", "insns", bench_fault_anon_write);

static u64 bench_fault_anon_read(void)
{
	return fb_fresh(false);
}
BENCH("fault_anon_read", "insns", bench_fault_anon_read);

/* The pages written, then shared with a second mm as fork shares them. */
static u64 bench_fault_cow(void)
{
	struct vm_area_struct *cvma;
	struct mm_struct *child;
	struct fault_bench b;
	u64 t = 0;

	if (!fb_enter(&b))
		return 0;
	fb_touch(true);
	child = mm_alloc();
	cvma = child ? fb_area(child) : NULL;
	if (cvma && !copy_page_range(child, b.mm, cvma))
		t = fb_per_fault(fb_touch(true), true);
	if (child) {
		exit_mmap(child);
		mmput(child);
	}
	fb_leave(&b);
	return t;
}
BENCH("fault_cow", "insns", bench_fault_cow);

/* The pages written, then made old (as a reclaim scan would): each read sets young. */
static u64 bench_fault_young(void)
{
	struct fault_bench b;
	unsigned long addr;
	u64 t;

	if (!fb_enter(&b))
		return 0;
	fb_touch(true);
	for (addr = FB_BASE; addr < b.vma->vm_end; addr += PAGE_SIZE) {
		pte_t *ptep = mm_pte(b.mm, addr, false);

		set_pte_at(b.mm, addr, ptep, pte_mkold(*ptep));
	}
	flush_tlb_mm(b.mm);
	t = fb_per_fault(fb_touch(false), false);
	fb_leave(&b);
	return t;
}
BENCH("fault_young", "insns", bench_fault_young);
