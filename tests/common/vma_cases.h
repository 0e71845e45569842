/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks of the area code (mm/mmap.c, mprotect.c, mlock.c, madvise.c,
 * msync.c) that run both on the host (tests/host/test_vma.c, under ASan
 * and UBSan, a 64-bit long) and in the kernel (suite "vma",
 * tests/kernel/vma_test.c, a 32-bit long), on address spaces of their own
 * that never run:
 *
 *  - every case of vma_merge's picture (1-8) and the refusals (flags,
 *    page offset, owner, VM_SPECIAL), split_vma both ways;
 *  - find_vma, find_vma_prev, find_vma_intersection and the vmacache
 *    (filled, hit, emptied by an unmap);
 *  - get_unmapped_area in the legacy and the top-down layout: first fit,
 *    hints, MAP_FIXED, the guard gap, exhaustion, the fallback; the
 *    layout chosen by personality and boot parameter;
 *  - the three overcommit modes and vm_committed_as;
 *  - the error returns of do_mmap, do_munmap, do_mprotect, do_mlock,
 *    do_mlockall, do_madvise, do_msync; do_brk's rules; mremap shrinking,
 *    growing in place, moving (with a shared object), its errors;
 *    validate_mm finding damage.
 *
 * The includer defines vma_test_mm_alloc() (an empty mm with a pgd where
 * page tables exist) and vma_test_mm_put(), and puts
 * VMA_COMMON_CASES(HTEST_CASE) or VMA_COMMON_CASES(KTEST_CASE) in its
 * case array.
 */
#ifndef _TESTS_COMMON_VMA_CASES_H
#define _TESTS_COMMON_VMA_CASES_H

#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <asm/pgtable.h>

#include "test.h"

// clang-format off
#define VMA_COMMON_CASES(CASE)			\
	CASE(merge_hole_cases),			\
	CASE(merge_modify_cases),		\
	CASE(merge_refusals),			\
	CASE(split_both_ways),			\
	CASE(find_and_cache),			\
	CASE(layout_legacy),			\
	CASE(layout_topdown),			\
	CASE(layout_pick),			\
	CASE(overcommit_modes),			\
	CASE(mmap_errors),			\
	CASE(other_errors),			\
	CASE(brk_rules),			\
	CASE(mremap_cases),			\
	CASE(validate_catches)
// clang-format on

#define PG(n)	((unsigned long)(n) << PAGE_SHIFT)
#define MAYS	(VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC)
#define RO	(VM_READ | MAYS)
#define RX	(VM_READ | VM_EXEC | MAYS)

static struct mm_struct *new_mm(bool legacy)
{
	struct mm_struct *mm = vma_test_mm_alloc();

	if (mm) {
		if (legacy)
			mmap_layout_legacy(mm);
		else
			mmap_layout_topdown(mm);
	}
	return mm;
}

static void free_mm(struct ctest *t, struct mm_struct *mm)
{
	EXPECT_EQ(t, validate_mm(mm, true), 0);
	exit_mmap(mm);
	EXPECT_EQ(t, mm->map_count, 0);
	vma_test_mm_put(mm);
}

/* Pages [a, b) as a private anonymous area with flags (mmap_region, merging). */
static long map(struct mm_struct *mm, unsigned long a, unsigned long b, unsigned long flags)
{
	return (long)mmap_region(mm, NULL, PG(a), PG(b - a), flags, a);
}

/* Gives pages [a, b) the flags (mprotect's and mlock's vma_modify_flags); the area after. */
static struct vm_area_struct *modify(struct mm_struct *mm, unsigned long a, unsigned long b,
				     unsigned long flags)
{
	struct vm_area_struct *vma = find_vma(mm, PG(a)), *prev;

	if (!vma)
		return NULL;
	prev = PG(a) > vma->vm_start ? vma : vma->vm_prev;
	if (vma_modify_flags(mm, &prev, &vma, PG(a), PG(b), flags))
		return NULL;
	return vma;
}

/* The area holding page a spans exactly pages [s, e). */
static bool spans(struct mm_struct *mm, unsigned long a, unsigned long s, unsigned long e)
{
	struct vm_area_struct *vma = find_vma(mm, PG(a));

	return vma && vma->vm_start == PG(s) && vma->vm_end == PG(e) &&
	       vma->vm_pgoff == s;
}

/* Cases 1, 2, 3: a new range in a hole merges with prev, next or both. */
static void merge_hole_cases(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);

	ASSERT_NOT_NULL(t, mm);
	/* case 1: P [16,20) and N [24,28), then [20,24): one area */
	EXPECT_EQ(t, map(mm, 16, 20, RO), (long)PG(16));
	EXPECT_EQ(t, map(mm, 24, 28, RO), (long)PG(24));
	EXPECT_EQ(t, map(mm, 20, 24, RO), (long)PG(20));
	EXPECT_EQ(t, mm->map_count, 1);
	EXPECT_TRUE(t, spans(mm, 16, 16, 28));
	/* case 2: P grows; the next area has other flags */
	EXPECT_EQ(t, map(mm, 32, 36, RO), (long)PG(32));
	EXPECT_EQ(t, map(mm, 40, 44, RX), (long)PG(40));
	EXPECT_EQ(t, map(mm, 36, 40, RO), (long)PG(36));
	EXPECT_TRUE(t, spans(mm, 32, 32, 40));
	EXPECT_TRUE(t, spans(mm, 40, 40, 44));
	/* case 3: N grows down; the previous area has other flags */
	EXPECT_EQ(t, map(mm, 52, 56, RO), (long)PG(52));
	EXPECT_EQ(t, map(mm, 60, 64, RX), (long)PG(60));
	EXPECT_EQ(t, map(mm, 56, 60, RX), (long)PG(56));
	EXPECT_TRUE(t, spans(mm, 56, 56, 64));
	EXPECT_TRUE(t, spans(mm, 52, 52, 56));
	EXPECT_EQ(t, mm->map_count, 5);
	EXPECT_EQ(t, (long)mm->total_vm, 12 + 8 + 4 + 4 + 8);
	free_mm(t, mm);
}

/* Cases 4-8: flags change on part or all of existing areas. */
static void merge_modify_cases(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	struct vm_area_struct *v;

	ASSERT_NOT_NULL(t, mm);
	/* case 4: the tail of P joins N */
	map(mm, 16, 24, RO);
	map(mm, 24, 28, RX);
	v = modify(mm, 20, 24, RX);
	EXPECT_TRUE(t, v && v->vm_start == PG(20) && v->vm_end == PG(28) && v->vm_pgoff == 20);
	EXPECT_TRUE(t, spans(mm, 16, 16, 20));
	EXPECT_EQ(t, mm->map_count, 2);
	/* case 5: the head of N joins P (now [16,20) RO; N [20,28) RX) */
	v = modify(mm, 20, 22, RO);
	EXPECT_TRUE(t, v && spans(mm, 16, 16, 22) && spans(mm, 22, 22, 28));
	EXPECT_EQ(t, mm->map_count, 2);
	/* case 6: P [16,22) RO, A [22,24) RX, N [24,26) RO: all one */
	modify(mm, 24, 26, RO);
	EXPECT_EQ(t, mm->map_count, 4);
	v = modify(mm, 22, 24, RO);
	EXPECT_TRUE(t, v && spans(mm, 16, 16, 26));
	EXPECT_TRUE(t, spans(mm, 26, 26, 28));
	EXPECT_EQ(t, mm->map_count, 2);
	/* case 7: A [26,28) joins P, which is RO; nothing after */
	v = modify(mm, 26, 28, RO);
	EXPECT_TRUE(t, v && spans(mm, 16, 16, 28));
	EXPECT_EQ(t, mm->map_count, 1);
	/* case 8: A [40,44) RO, nothing before it, N [44,48) RX: N swallows A */
	map(mm, 40, 44, RO);
	map(mm, 44, 48, RX);
	v = modify(mm, 40, 44, RX);
	EXPECT_TRUE(t, v && spans(mm, 40, 40, 48));
	EXPECT_EQ(t, mm->map_count, 2);
	/* the middle of an area: split in three, then merged back */
	v = modify(mm, 42, 44, RO);
	EXPECT_EQ(t, mm->map_count, 4);
	EXPECT_TRUE(t, v && spans(mm, 42, 42, 44) && spans(mm, 40, 40, 42) &&
		    spans(mm, 44, 44, 48));
	modify(mm, 42, 44, RX);
	EXPECT_TRUE(t, spans(mm, 40, 40, 48));
	EXPECT_EQ(t, mm->map_count, 2);
	EXPECT_EQ(t, (long)mm->total_vm, 12 + 8);
	free_mm(t, mm);
}

static const struct vm_operations_struct other_ops;

/* What must not merge: other flags, a page offset that does not follow, another owner. */
static void merge_refusals(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	struct vm_area_struct *p;
	unsigned long before;

	ASSERT_NOT_NULL(t, mm);
	map(mm, 16, 20, RO);
	p = find_vma(mm, PG(16));
	EXPECT_EQ(t, (long)mmap_region(mm, NULL, PG(20), PG(4), RO, 100), (long)PG(20));
	EXPECT_EQ(t, mm->map_count, 2);		/* offset 100 does not follow 16 + 4 */
	EXPECT_PTR_EQ(t, vma_merge(mm, NULL, PG(12), PG(16), RX, NULL, 12, NULL, NULL), NULL);
	EXPECT_PTR_EQ(t, vma_merge(mm, NULL, PG(12), PG(16), RO, NULL, 12, &other_ops, NULL),
		      NULL);
	EXPECT_PTR_EQ(t, vma_merge(mm, NULL, PG(12), PG(16), RO, NULL, 12, NULL, mm), NULL);
	EXPECT_PTR_EQ(t, vma_merge(mm, NULL, PG(12), PG(16), RO | VM_IO, NULL, 12, NULL, NULL),
		      NULL);
	/* Compatible: prev's page offset 16 + 4 pages, merge takes it. */
	before = mm->map_count;
	EXPECT_PTR_EQ(t, vma_merge(mm, NULL, PG(12), PG(16), RO, NULL, 12, NULL, NULL), p);
	EXPECT_EQ(t, p->vm_start, PG(12));
	EXPECT_EQ(t, p->vm_pgoff, 12ul);
	EXPECT_EQ(t, mm->map_count, (int)before);
	mm->total_vm += 4;	/* vma_merge leaves the counts to its callers */
	/* Shared anonymous areas never merge with each other: two objects. */
	EXPECT_EQ(t, (long)mmap_region(mm, NULL, PG(64), PG(4), RO | VM_SHARED | VM_MAYSHARE, 0),
		  (long)PG(64));
	EXPECT_EQ(t, (long)mmap_region(mm, NULL, PG(68), PG(4), RO | VM_SHARED | VM_MAYSHARE, 0),
		  (long)PG(68));
	EXPECT_EQ(t, mm->map_count, 4);
	free_mm(t, mm);
}

static void split_both_ways(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	struct vm_area_struct *v, *w;

	ASSERT_NOT_NULL(t, mm);
	map(mm, 16, 32, RO);
	v = find_vma(mm, PG(16));
	EXPECT_EQ(t, split_vma(mm, v, PG(20), 1), 0);	/* new below: [16,20) */
	EXPECT_TRUE(t, spans(mm, 16, 16, 20) && spans(mm, 20, 20, 32));
	EXPECT_PTR_EQ(t, find_vma(mm, PG(20)), v);
	EXPECT_EQ(t, split_vma(mm, v, PG(28), 0), 0);	/* new above: [28,32) */
	w = find_vma(mm, PG(28));
	EXPECT_TRUE(t, w != v);
	EXPECT_TRUE(t, spans(mm, 28, 28, 32) && spans(mm, 20, 20, 28));
	EXPECT_PTR_EQ(t, v->vm_next, w);
	EXPECT_PTR_EQ(t, w->vm_prev, v);
	EXPECT_EQ(t, mm->map_count, 3);
	free_mm(t, mm);
}

static void find_and_cache(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	struct vm_area_struct *a, *b, *prev;
	unsigned long hits, calls;
	u32 seq;

	ASSERT_NOT_NULL(t, mm);
	map(mm, 16, 20, RO);
	map(mm, 32, 40, RX);
	a = find_vma(mm, PG(16));
	b = find_vma(mm, PG(20));	/* in the hole: the next area */
	EXPECT_TRUE(t, a && a->vm_start == PG(16));
	EXPECT_TRUE(t, b && b->vm_start == PG(32));
	EXPECT_PTR_EQ(t, find_vma(mm, PG(40)), NULL);
	EXPECT_PTR_EQ(t, find_vma_prev(mm, PG(41), &prev), NULL);
	EXPECT_PTR_EQ(t, prev, b);
	EXPECT_PTR_EQ(t, find_vma_prev(mm, PG(33), &prev), b);
	EXPECT_PTR_EQ(t, prev, a);
	EXPECT_PTR_EQ(t, find_vma_prev(mm, 0, &prev), a);
	EXPECT_PTR_EQ(t, prev, NULL);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, PG(20), PG(32)), NULL);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, PG(20), PG(32) + 1), b);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, PG(19), PG(20)), a);
	/* The cache: b was found for page 33; a lookup anywhere in b hits. */
	hits = vmacache_find_hits;
	calls = vmacache_find_calls;
	EXPECT_PTR_EQ(t, find_vma(mm, PG(35) + 12), b);
	EXPECT_EQ(t, vmacache_find_hits - hits, 1ul);
	EXPECT_EQ(t, vmacache_find_calls - calls, 1ul);
	/* An unmap bumps the sequence number: the next lookup misses, then refills. */
	seq = mm->vmacache_seqnum;
	EXPECT_EQ(t, do_munmap(mm, PG(16), PG(4)), 0);
	EXPECT_NE(t, mm->vmacache_seqnum, seq);
	hits = vmacache_find_hits;
	EXPECT_PTR_EQ(t, find_vma(mm, PG(34)), b);
	EXPECT_EQ(t, vmacache_find_hits, hits);
	EXPECT_PTR_EQ(t, mm->vmacache.vmas[34 & (VMACACHE_SIZE - 1)], b);
	EXPECT_PTR_EQ(t, find_vma(mm, PG(34)), b);
	EXPECT_EQ(t, vmacache_find_hits - hits, 1ul);
	EXPECT_PTR_EQ(t, find_vma(mm, PG(17)), b);
	free_mm(t, mm);
}

/* get_unmapped_area through do_mmap with PROT_NONE (nothing charged, nothing filled). */
static unsigned long place(struct mm_struct *mm, unsigned long addr, unsigned long len,
			   unsigned long flags)
{
	unsigned long populate;

	return do_mmap(mm, NULL, addr, len, PROT_NONE,
		       MAP_PRIVATE | MAP_ANONYMOUS | flags, 0, &populate);
}

static void layout_legacy(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	unsigned long base = TASK_UNMAPPED_BASE;

	ASSERT_NOT_NULL(t, mm);
	EXPECT_EQ(t, mm->mmap_base, base);
	EXPECT_EQ(t, (long)(place(mm, 0, PG(2), 0)), (long)(base));
	EXPECT_EQ(t, (long)(place(mm, 0, PG(1), 0)), (long)(base + PG(2)));	/* merged above */
	EXPECT_EQ(t, mm->map_count, 1);
	EXPECT_EQ(t, (long)(place(mm, base + PG(10), PG(1), 0)), (long)(base + PG(10)));	/* free hint */
	EXPECT_EQ(t, (long)(place(mm, base + PG(1), PG(1), 0)), (long)(base + PG(3)));	/* taken hint */
	EXPECT_EQ(t, (long)(place(mm, 0, PG(6), 0)), (long)(base + PG(4)));		/* fits the gap */
	EXPECT_EQ(t, (long)(place(mm, 0, PG(1), 0)), (long)(base + PG(11)));
	EXPECT_EQ(t, (long)(place(mm, 0x100000, PG(1), MAP_FIXED)), (long)(0x100000ul));
	EXPECT_EQ(t, (long)(place(mm, 0x100800, PG(1), MAP_FIXED)), (long)((unsigned long)-EINVAL));
	/* Below mmap_base only on request: the search never goes there. */
	EXPECT_EQ(t, (long)(place(mm, 0, TASK_SIZE - base, 0)), (long)((unsigned long)-ENOMEM));
	EXPECT_EQ(t, (long)(place(mm, 0, TASK_SIZE - base - PG(12), 0)), (long)(base + PG(12)));
	EXPECT_EQ(t, (long)(place(mm, 0, PG(1), 0)), (long)((unsigned long)-ENOMEM));
	free_mm(t, mm);
}

static void layout_topdown(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);
	unsigned long base, stack = TASK_SIZE - PG(32);

	ASSERT_NOT_NULL(t, mm);
	base = mm->mmap_base;
	EXPECT_EQ(t, (long)(base), (long)(TASK_SIZE - 128 * 1024 * 1024));
	EXPECT_EQ(t, (long)(place(mm, 0, PG(2), 0)), (long)(base - PG(2)));
	EXPECT_EQ(t, (long)(place(mm, 0, PG(1), 0)), (long)(base - PG(3)));	/* merged below */
	EXPECT_EQ(t, mm->map_count, 1);
	EXPECT_EQ(t, (long)(place(mm, 0x200000, PG(1), 0)), (long)(0x200000ul));	/* free hint */
	/* A hint within the guard gap below a stack is not free. */
	EXPECT_EQ(t, (long)(place(mm, stack, PG(32), MAP_FIXED | MAP_GROWSDOWN)), (long)(stack));
	EXPECT_EQ(t, (long)(place(mm, stack - PG(4), PG(1), 0)), (long)(base - PG(4)));
	EXPECT_EQ(t, (long)(place(mm, stack - STACK_GUARD_GAP - PG(1), PG(1), 0)), (long)(stack - STACK_GUARD_GAP - PG(1)));
	/* Everything below mmap_base taken: the search falls back above it. */
	EXPECT_EQ(t, (long)(place(mm, MMAP_MIN_ADDR, base - PG(4) - MMAP_MIN_ADDR, MAP_FIXED)), (long)(MMAP_MIN_ADDR));
	EXPECT_EQ(t, (long)(place(mm, 0, PG(2), 0)), (long)(base));
	EXPECT_EQ(t, validate_mm(mm, true), 0);
	free_mm(t, mm);
}

/* The personality and the boot parameter pick the layout at exec. */
static void layout_pick(struct ctest *t)
{
	struct mm_struct *mm = vma_test_mm_alloc();
	int saved = sysctl_legacy_va_layout;

	ASSERT_NOT_NULL(t, mm);
	sysctl_legacy_va_layout = 0;
	arch_pick_mmap_layout(mm, 0);
	EXPECT_TRUE(t, mm->get_unmapped_area == arch_get_unmapped_area_topdown);
	arch_pick_mmap_layout(mm, ADDR_COMPAT_LAYOUT);
	EXPECT_TRUE(t, mm->get_unmapped_area == arch_get_unmapped_area);
	EXPECT_EQ(t, (long)(mm->mmap_base), (long)(TASK_UNMAPPED_BASE));
	sysctl_legacy_va_layout = 1;
	arch_pick_mmap_layout(mm, 0);
	EXPECT_TRUE(t, mm->get_unmapped_area == arch_get_unmapped_area);
	sysctl_legacy_va_layout = saved;
	vma_test_mm_put(mm);
}

static long anon(struct mm_struct *mm, unsigned long len, unsigned long prot, unsigned long flags)
{
	unsigned long populate;

	return (long)do_mmap(mm, NULL, 0, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | flags, 0,
			     &populate);
}

static void overcommit_modes(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);
	int mode = sysctl_overcommit_memory, ratio = sysctl_overcommit_ratio;
	long committed = vm_committed_as, a;
	unsigned long big = PG(totalram_pages) * 2, half;

	ASSERT_NOT_NULL(t, mm);
	/* Every mode counts private writable memory, and gives it back on unmap. */
	a = anon(mm, PG(10), PROT_READ | PROT_WRITE, 0);
	EXPECT_EQ(t, vm_committed_as - committed, 10);
	EXPECT_EQ(t, do_munmap(mm, (unsigned long)a + PG(2), PG(3)), 0);
	EXPECT_EQ(t, vm_committed_as - committed, 7);
	anon(mm, PG(10), PROT_READ, 0);			/* read-only: not charged */
	anon(mm, PG(10), PROT_READ | PROT_WRITE, MAP_NORESERVE);	/* not charged */
	EXPECT_EQ(t, vm_committed_as - committed, 7);
	/* mprotect to writable charges a private area once. */
	a = anon(mm, PG(4), PROT_READ, 0);
	EXPECT_EQ(t, do_mprotect(mm, (unsigned long)a, PG(4), PROT_READ | PROT_WRITE), 0);
	EXPECT_EQ(t, vm_committed_as - committed, 11);
	EXPECT_EQ(t, do_mprotect(mm, (unsigned long)a, PG(4), PROT_READ), 0);
	EXPECT_EQ(t, vm_committed_as - committed, 11);
	/* 0, heuristic: a single request beyond all free memory fails, big ones else pass. */
	sysctl_overcommit_memory = OVERCOMMIT_GUESS;
	EXPECT_EQ(t, anon(mm, big, PROT_READ | PROT_WRITE, 0), -ENOMEM);
	half = PG(nr_free_pages() / 2);
	a = anon(mm, half, PROT_READ | PROT_WRITE, 0);
	EXPECT_FALSE(t, IS_ERR_VALUE(a));
	EXPECT_EQ(t, do_munmap(mm, (unsigned long)a, half), 0);
	/* 1, always: even twice the RAM. */
	sysctl_overcommit_memory = OVERCOMMIT_ALWAYS;
	a = anon(mm, big, PROT_READ | PROT_WRITE, 0);
	EXPECT_FALSE(t, IS_ERR_VALUE(a));
	EXPECT_EQ(t, vm_committed_as - committed, 11 + (long)(big >> PAGE_SHIFT));
	EXPECT_EQ(t, do_munmap(mm, (unsigned long)a, big), 0);
	EXPECT_EQ(t, vm_committed_as - committed, 11);
	/* 2, strict: within ratio % of RAM in all; MAP_NORESERVE does not escape it. */
	sysctl_overcommit_memory = OVERCOMMIT_NEVER;
	sysctl_overcommit_ratio = 0;
	EXPECT_EQ(t, anon(mm, PG(1), PROT_READ | PROT_WRITE, 0), -ENOMEM);
	EXPECT_EQ(t, anon(mm, PG(1), PROT_READ | PROT_WRITE, MAP_NORESERVE), -ENOMEM);
	EXPECT_FALSE(t, IS_ERR_VALUE(anon(mm, PG(1), PROT_READ, 0)));
	sysctl_overcommit_ratio = 100;
	EXPECT_EQ(t, (long)vm_commit_limit(), (long)totalram_pages);
	a = anon(mm, PG(vm_commit_limit() - vm_committed_as - 1), PROT_READ | PROT_WRITE, 0);
	EXPECT_FALSE(t, IS_ERR_VALUE(a));
	EXPECT_EQ(t, anon(mm, PG(1), PROT_READ | PROT_WRITE, 0), -ENOMEM);
	sysctl_overcommit_memory = mode;
	sysctl_overcommit_ratio = ratio;
	free_mm(t, mm);
	EXPECT_EQ(t, vm_committed_as, committed);
}

static void mmap_errors(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);
	unsigned long populate;
	long a;

	ASSERT_NOT_NULL(t, mm);
#define MMAP(addr, len, prot, flags, pgoff) \
	(long)do_mmap(mm, NULL, addr, len, prot, flags, pgoff, &populate)
	EXPECT_EQ(t, MMAP(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0), -EINVAL);
	EXPECT_EQ(t, MMAP(0x100001, PG(1), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0),
		  -EINVAL);
	EXPECT_EQ(t, MMAP(0, PG(1), PROT_READ, MAP_ANONYMOUS, 0), -EINVAL);
	EXPECT_EQ(t, MMAP(0, PG(1), PROT_READ, MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS, 0),
		  -EINVAL);
	EXPECT_EQ(t, MMAP(0, PG(1), PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN, 0),
		  -EINVAL);
	EXPECT_EQ(t, MMAP(0, TASK_SIZE + PG(1), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0),
		  -ENOMEM);
	EXPECT_EQ(t, MMAP(0, 0xfffff001, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0), -ENOMEM);
	EXPECT_EQ(t, MMAP(TASK_SIZE - PG(1), PG(2), PROT_READ,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0), -ENOMEM);
	EXPECT_EQ(t, MMAP(0, PG(1), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, ~0UL), -EOVERFLOW);
	EXPECT_EQ(t, MMAP(0x1000, PG(1), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0),
		  -EPERM);
	a = MMAP(0x100000, PG(2), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);
	EXPECT_EQ(t, a, 0x100000);
	EXPECT_EQ(t, MMAP(0x101000, PG(1), PROT_READ,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, 0), -EEXIST);
	/* A hint in the NULL guard is moved out of it. */
	a = MMAP(0x1000, PG(1), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	EXPECT_EQ(t, a, (long)MMAP_MIN_ADDR);
	/* MAP_LOCKED and MAP_POPULATE ask the caller to populate; mlockall(MCL_FUTURE) too. */
	MMAP(0, PG(3), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, 0);
	EXPECT_EQ(t, populate, PG(3));
	MMAP(0, PG(2), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED, 0);
	EXPECT_EQ(t, populate, PG(2));
	EXPECT_EQ(t, (long)mm->locked_vm, 2);
	MMAP(0, PG(2), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	EXPECT_EQ(t, populate, 0ul);
	EXPECT_EQ(t, do_mlockall(mm, MCL_FUTURE), 0);
	MMAP(0, PG(2), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	EXPECT_EQ(t, populate, PG(2));
	EXPECT_EQ(t, (long)mm->locked_vm, 4);
	EXPECT_EQ(t, do_mlockall(mm, 0), 0);
	EXPECT_EQ(t, (long)mm->locked_vm, 0);
	EXPECT_EQ(t, mm->def_flags, 0ul);
#undef MMAP
	free_mm(t, mm);
}

static void other_errors(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);
	unsigned long a = 0x100000;

	ASSERT_NOT_NULL(t, mm);
	map(mm, a >> PAGE_SHIFT, (a >> PAGE_SHIFT) + 4, RO);
	/* munmap */
	EXPECT_EQ(t, do_munmap(mm, a + 1, PG(1)), -EINVAL);
	EXPECT_EQ(t, do_munmap(mm, a, 0), -EINVAL);
	EXPECT_EQ(t, do_munmap(mm, TASK_SIZE - PG(1), PG(2)), -EINVAL);
	EXPECT_EQ(t, do_munmap(mm, a + PG(8), PG(1)), 0);	/* nothing there: fine */
	/* mprotect */
	EXPECT_EQ(t, do_mprotect(mm, a + 1, PG(1), PROT_READ), -EINVAL);
	EXPECT_EQ(t, do_mprotect(mm, a, PG(1), 0x10), -EINVAL);
	EXPECT_EQ(t, do_mprotect(mm, a, 0, PROT_READ), 0);
	EXPECT_EQ(t, do_mprotect(mm, a, PG(5), PROT_READ), -ENOMEM);	/* runs into a hole */
	EXPECT_EQ(t, do_mprotect(mm, a - PG(1), PG(2), PROT_READ), -ENOMEM);
	/* mlock */
	EXPECT_EQ(t, do_mlock(mm, a + PG(4), PG(1), VM_LOCKED), -ENOMEM);
	EXPECT_EQ(t, do_mlockall(mm, 0x10), -EINVAL);
	EXPECT_EQ(t, do_mlockall(mm, MCL_ONFAULT), -EINVAL);
	EXPECT_EQ(t, do_mlock(mm, a + 5, PG(1), VM_LOCKED), 0);	/* rounded to the page */
	EXPECT_EQ(t, (long)mm->locked_vm, 2);
	/* madvise */
	EXPECT_EQ(t, do_madvise(mm, a, PG(1), 12345), -EINVAL);
	EXPECT_EQ(t, do_madvise(mm, a + 1, PG(1), MADV_DONTNEED), -EINVAL);
	EXPECT_EQ(t, do_madvise(mm, a, PG(1), MADV_DONTNEED), -EINVAL);	/* locked */
	EXPECT_EQ(t, do_madvise(mm, a + PG(2), PG(4), MADV_DONTNEED), -ENOMEM);
	EXPECT_EQ(t, do_madvise(mm, a, 0, MADV_DONTNEED), 0);
	/* msync */
	EXPECT_EQ(t, do_msync(mm, a, PG(1), 0x100), -EINVAL);
	EXPECT_EQ(t, do_msync(mm, a, PG(1), MS_ASYNC | MS_SYNC), -EINVAL);
	EXPECT_EQ(t, do_msync(mm, a + 1, PG(1), MS_SYNC), -EINVAL);
	EXPECT_EQ(t, do_msync(mm, a, PG(4), MS_SYNC), 0);
	EXPECT_EQ(t, do_msync(mm, a, PG(5), MS_SYNC), -ENOMEM);
	EXPECT_EQ(t, do_msync(mm, a, PG(1), MS_INVALIDATE), -EBUSY);
	EXPECT_EQ(t, do_mlock(mm, a, PG(4), 0), 0);
	EXPECT_EQ(t, (long)mm->locked_vm, 0);
	EXPECT_EQ(t, mm->map_count, 1);			/* unlocked areas merged back */
	free_mm(t, mm);
}

static void brk_rules(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);
	unsigned long s = 0x200000 + 0x123;

	ASSERT_NOT_NULL(t, mm);
	EXPECT_EQ(t, do_brk(mm, 0x300000), 0ul);		/* no heap without exec */
	mm->start_brk = mm->brk = s;
	EXPECT_EQ(t, (long)(do_brk(mm, s + PG(3))), (long)(s + PG(3)));	/* exact value kept */
	EXPECT_EQ(t, (long)(mm->brk), (long)(s + PG(3)));
	EXPECT_EQ(t, (long)mm->total_vm, 3);
	EXPECT_EQ(t, (long)(do_brk(mm, s - 1)), (long)(s + PG(3)));	/* below the start: refused */
	EXPECT_EQ(t, (long)(do_brk(mm, s + PG(1))), (long)(s + PG(1)));	/* shrink */
	EXPECT_EQ(t, (long)mm->total_vm, 1);
	map(mm, 0x204, 0x205, RO);
	EXPECT_EQ(t, (long)(do_brk(mm, s + PG(2))), (long)(s + PG(2)));	/* up to one page below */
	EXPECT_EQ(t, (long)(do_brk(mm, s + PG(3))), (long)(s + PG(2)));	/* would touch the area */
	EXPECT_EQ(t, (long)(do_brk(mm, TASK_SIZE + 1)), (long)(s + PG(2)));
	EXPECT_EQ(t, (long)(do_brk(mm, s)), (long)(s));
	EXPECT_EQ(t, mm->map_count, 1);
	free_mm(t, mm);
}

static void mremap_cases(struct ctest *t)
{
	struct mm_struct *mm = new_mm(true);
	unsigned long a = PG(0x100), r, populate;
	long committed = vm_committed_as;
	struct vm_area_struct *v;

	ASSERT_NOT_NULL(t, mm);
	map(mm, 0x100, 0x104, RO);
	map(mm, 0x108, 0x109, RX);
	/* Errors first: nothing may change. */
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), PG(5), 8, 0), -EINVAL);
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), PG(5), MREMAP_FIXED, PG(0x200)), -EINVAL);
	EXPECT_EQ(t, (long)do_mremap(mm, a + 1, PG(4), PG(5), 0, 0), -EINVAL);
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), 0, 0, 0), -EINVAL);
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(5), PG(6), 0, 0), -EFAULT);	/* past the area */
	EXPECT_EQ(t, (long)do_mremap(mm, PG(0x180), PG(1), PG(2), 0, 0), -EFAULT);
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), PG(9), 0, 0), -ENOMEM);	/* blocked */
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), PG(4), MREMAP_MAYMOVE | MREMAP_FIXED,
				     a + PG(2)), -EINVAL);	/* overlapping ranges */
	EXPECT_EQ(t, mm->map_count, 2);
	/* Grow in place up to the next area, shrink back. */
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(4), PG(8), MREMAP_MAYMOVE, 0), (long)a);
	EXPECT_TRUE(t, spans(mm, 0x100, 0x100, 0x108));
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(8), PG(3), 0, 0), (long)a);
	EXPECT_TRUE(t, spans(mm, 0x100, 0x100, 0x103));
	/* Blocked: moved, to the first fit, the old place left empty. */
	EXPECT_EQ(t, (long)do_mremap(mm, a, PG(3), PG(9), MREMAP_MAYMOVE, 0),
		  (long)mm->mmap_base);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, a, a + PG(3)), NULL);
	v = find_vma(mm, mm->mmap_base);
	EXPECT_TRUE(t, v && v->vm_start == mm->mmap_base && v->vm_end == mm->mmap_base + PG(9));
	/* To a fixed place over another area, which goes. */
	r = do_mremap(mm, mm->mmap_base, PG(9), PG(2), MREMAP_MAYMOVE | MREMAP_FIXED, PG(0x108));
	EXPECT_EQ(t, (long)r, (long)PG(0x108));
	EXPECT_TRUE(t, spans(mm, 0x108, 0x108, 0x10a));
	EXPECT_EQ(t, mm->map_count, 1);
	/* A private writable area: the charge follows the size. */
	r = do_mmap(mm, NULL, PG(0x300), PG(2), PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0, &populate);
	EXPECT_EQ(t, vm_committed_as - committed, 2);
	map(mm, 0x302, 0x303, RX);
	EXPECT_FALSE(t, IS_ERR_VALUE(do_mremap(mm, r, PG(2), PG(5), MREMAP_MAYMOVE, 0)));
	EXPECT_EQ(t, vm_committed_as - committed, 5);
	/* A shared object moves with its owner: the new area is another user of it. */
	r = do_mmap(mm, NULL, PG(0x400), PG(2), PROT_READ | PROT_WRITE,
		    MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, 0, &populate);
	map(mm, 0x402, 0x403, RX);
	r = do_mremap(mm, r, PG(2), PG(2), MREMAP_MAYMOVE | MREMAP_FIXED, PG(0x500));
	EXPECT_EQ(t, (long)r, (long)PG(0x500));
	v = find_vma(mm, r);
	EXPECT_TRUE(t, v && vma_is_shmem(v) && v->vm_pgoff == 0);
	free_mm(t, mm);
	EXPECT_EQ(t, vm_committed_as, committed);
}

static void validate_catches(struct ctest *t)
{
	struct mm_struct *mm = new_mm(false);

	ASSERT_NOT_NULL(t, mm);
	map(mm, 16, 20, RO);
	map(mm, 32, 36, RX);
	EXPECT_EQ(t, validate_mm(mm, false), 0);
	mm->map_count++;
	EXPECT_EQ(t, validate_mm(mm, false), 1);
	mm->map_count--;
	mm->mmap->vm_next->vm_start = PG(18);	/* an overlap (and total_vm off) */
	EXPECT_GE(t, validate_mm(mm, false), 1);
	mm->mmap->vm_next->vm_start = PG(32);
	mm->total_vm++;
	EXPECT_EQ(t, validate_mm(mm, false), 1);
	mm->total_vm--;
	free_mm(t, mm);
}

#endif
