// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "mm_struct": address spaces (kernel/fork.c; seed document 001,
 * section 3.3.2) and their page directories (arch/arm/mm/pgd.c; FAQ 4.6
 * of document 000).
 *
 * Leak checks compare the buddy free lists with every slab cache shrunk
 * and the per-cpu lists drained, as the vmalloc suite does; each such
 * case first makes and frees one mm so the "mm_struct" cache exists.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include "../common/buddyinfo.h"
#include "mm_user.h"

static void warm_up(void)
{
	struct mm_struct *mm = mm_alloc();

	if (mm)
		mmput(mm);
}

/* FAQ 4.6: all 2048 pairs; user part zero, kernel part swapper_pg_dir's. */
static void pgd_alloc_copies_only_kernel_entries(struct ktest *t)
{
	pgd_t *pgd = pgd_alloc();
	unsigned int i, user_bad = 0, kernel_bad = 0;

	ASSERT_NOT_NULL(t, pgd);
	EXPECT_EQ(t, (unsigned long)pgd & 0x3fff, 0ul);
	for (i = 0; i < PTRS_PER_PGD; i++) {
		if (i < USER_PTRS_PER_PGD) {
			if (pgd[i].pgd[0] || pgd[i].pgd[1])
				user_bad++;
		} else if (pgd[i].pgd[0] != swapper_pg_dir[i].pgd[0] ||
			   pgd[i].pgd[1] != swapper_pg_dir[i].pgd[1]) {
			kernel_bad++;
		}
	}
	ktest_info(t, "%u user pairs, %u kernel pairs", (unsigned int)USER_PTRS_PER_PGD,
		   (unsigned int)(PTRS_PER_PGD - USER_PTRS_PER_PGD));
	EXPECT_EQ(t, (int)PTRS_PER_PGD, 2048);
	EXPECT_EQ(t, user_bad, 0u);
	EXPECT_EQ(t, kernel_bad, 0u);
	pgd_free(pgd);
}

static void mm_alloc_initial_state(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();

	ASSERT_NOT_NULL(t, mm);
	EXPECT_EQ(t, mm->mm_users, 1);
	EXPECT_EQ(t, mm->mm_count, 1);
	EXPECT_NOT_NULL(t, mm->pgd);
	EXPECT_PTR_NE(t, mm->pgd, swapper_pg_dir);
	EXPECT_NULL(t, mm->mmap);
	EXPECT_NULL(t, mm->mm_rb.rb_node);
	EXPECT_EQ(t, mm->map_count, 0);
	EXPECT_EQ_HEX(t, mm->task_size, TASK_SIZE);
	EXPECT_EQ_HEX(t, mm->mmap_base, 0x40000000ul);
	EXPECT_NOT_NULL(t, mm->get_unmapped_area);
	EXPECT_EQ(t, mm->context.id, 0ull);	/* no ASID until its first switch */
	EXPECT_EQ(t, mm->total_vm, 0ul);
	mmput(mm);
}

static void mm_alloc_mmput_leak_nothing(struct ktest *t)
{
	buddyinfo_t before, after;
	struct mm_struct *mm[16];
	unsigned int i;

	warm_up();
	settled_snapshot(before);
	for (i = 0; i < ARRAY_SIZE(mm); i++) {
		mm[i] = mm_alloc();
		ASSERT_NOT_NULL(t, mm[i]);
	}
	for (i = 0; i < ARRAY_SIZE(mm); i++)
		mmput(mm[i]);
	settled_snapshot(after);
	EXPECT_MEMEQ(t, after, before, sizeof(buddyinfo_t));
	EXPECT_EQ(t, check_free_areas(), 0);
}

/* pgd_free gives back the pte tables of the user part too. */
static void mmput_frees_user_pte_tables(struct ktest *t)
{
	buddyinfo_t before, after;
	struct mm_struct *mm;
	struct page *page;

	warm_up();
	settled_snapshot(before);
	page = alloc_page(GFP_KERNEL);
	mm = mm_alloc();
	ASSERT_TRUE(t, page && mm);
	ASSERT_EQ(t, map_user_page(mm, USER_VA, page), 0);
	ASSERT_EQ(t, map_user_page(mm, 0x00400000, page), 0);	/* another pair */
	ASSERT_EQ(t, map_user_page(mm, TASK_SIZE - PAGE_SIZE, page), 0);
	mmput(mm);
	__free_page(page);
	settled_snapshot(after);
	EXPECT_MEMEQ(t, after, before, sizeof(buddyinfo_t));
}

/* mmgrab keeps the struct after the last mmput; mmdrop frees it. */
static void mmgrab_outlives_mmput(struct ktest *t)
{
	buddyinfo_t before, after;
	struct mm_struct *mm;

	warm_up();
	settled_snapshot(before);
	mm = mm_alloc();
	ASSERT_NOT_NULL(t, mm);
	mmgrab(mm);
	mmget(mm);
	mmput(mm);
	EXPECT_NOT_NULL(t, mm->pgd);	/* a user left */
	mmput(mm);
	EXPECT_NULL(t, mm->pgd);	/* tables gone, struct still ours */
	EXPECT_EQ(t, mm->mm_count, 1);
	mmdrop(mm);
	settled_snapshot(after);
	EXPECT_MEMEQ(t, after, before, sizeof(buddyinfo_t));
}

struct own_mm_arg {
	volatile bool ran;
	u32 seen;
	unsigned long ttbr0;
	unsigned int contextidr;
};

static int read_in_own_mm(void *data)
{
	struct own_mm_arg *a = data;

	a->seen = read_user_word(USER_VA);
	a->ttbr0 = cpu_get_pgd_phys();
	a->contextidr = read_contextidr();
	a->ran = true;
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

/*
 * A kernel thread given its own mm before it first runs: the scheduler's
 * switch_mm loads the mm, and the thread reads the page mapped at 0x10000.
 */
static void kthread_runs_in_its_own_mm(struct ktest *t)
{
	struct own_mm_arg arg = { 0 };
	unsigned int i;
	struct task_struct *k;
	struct mm_struct *mm;
	struct page *page;

	page = alloc_page(GFP_KERNEL);
	mm = mm_alloc();
	ASSERT_TRUE(t, page && mm);
	*(u32 *)page_address(page) = 0xfeedc0de;
	clean_dcache_area(page_address(page), PAGE_SIZE);
	ASSERT_EQ(t, map_user_page(mm, USER_VA, page), 0);
	k = kthread_create(read_in_own_mm, &arg, "own_mm");
	ASSERT_NOT_NULL(t, k);
	mmget(mm);
	k->mm = mm;
	wake_up_process(k);
	for (i = 0; i < 1000 && !arg.ran; i++)
		yield();
	EXPECT_TRUE(t, arg.ran);
	EXPECT_EQ(t, kthread_stop(k), 0);
	EXPECT_EQ_HEX(t, arg.seen, 0xfeedc0de);
	EXPECT_EQ_HEX(t, arg.ttbr0, __pa(mm->pgd));
	EXPECT_EQ(t, arg.contextidr & 0xff, ASID(mm));
	EXPECT_NE(t, ASID(mm), 0u);
	/* We borrowed its mm on the way back (lazy TLB): back to swapper. */
	preempt_disable();
	switch_mm(current->active_mm, &init_mm, current);
	current->active_mm = &init_mm;
	preempt_enable();
	EXPECT_EQ_HEX(t, cpu_get_pgd_phys(), __pa(swapper_pg_dir));
	mmput(mm);	/* the thread's */
	mmput(mm);
	__free_page(page);
}

static const struct ktest_case mm_struct_cases[] = {
	KTEST_CASE(pgd_alloc_copies_only_kernel_entries),
	KTEST_CASE(mm_alloc_initial_state),
	KTEST_CASE(mm_alloc_mmput_leak_nothing),
	KTEST_CASE(mmput_frees_user_pte_tables),
	KTEST_CASE(mmgrab_outlives_mmput),
	KTEST_CASE(kthread_runs_in_its_own_mm),
};
KTEST_SUITE(mm_struct_suite, "mm_struct", mm_struct_cases);
