// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "vma": the areas of section 3.3 (mm/mmap.c and its neighbours)
 * driven directly on address spaces of the suite's own (mm_alloc, never
 * run), every case checked with validate_mm, and then the user programs
 * that use them through the system calls:
 *
 *  - the cases shared with the host test (tests/common/vma_cases.h):
 *    every vma_merge case, split, lookups and the vmacache, both layouts,
 *    the overcommit modes, every error return, brk, validate_mm;
 *  - shared anonymous objects with real pages: freed with the last area;
 *  - /bin/mmaptest, /bin/brktest, /bin/shmanon, /bin/vmrandom: their own
 *    KTAP, and every page back after each.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/monitor.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <asm/pgtable.h>
#include "../common/buddyinfo.h"
#include "user_prog.h"

static struct mm_struct *vma_test_mm_alloc(void)
{
	return mm_alloc();
}

static void vma_test_mm_put(struct mm_struct *mm)
{
	mmput(mm);
}

#include "../common/vma_cases.h"

/* A shared object's pages: shared by split pieces, freed once with the last area. */
static void shmem_cycle(struct ktest *t)
{
	struct mm_struct *mm = new_mm(false);
	unsigned long populate, a;
	struct vm_area_struct *v;

	ASSERT_NOT_NULL(t, mm);
	a = do_mmap(mm, NULL, 0, PG(4), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, 0,
		    &populate);
	ASSERT_FALSE(t, IS_ERR_VALUE(a));
	v = find_vma(mm, a);
	EXPECT_TRUE(t, vma_is_shmem(v));
	EXPECT_EQ(t, v->vm_pgoff, 0ul);
	EXPECT_EQ(t, populate_vma_range(v, a, a + PG(4)), 0);
	EXPECT_EQ(t, do_mprotect(mm, a + PG(1), PG(1), PROT_READ), 0);	/* three pieces */
	EXPECT_EQ(t, mm->map_count, 3);
	v = find_vma(mm, a + PG(2));
	EXPECT_EQ(t, v->vm_pgoff, 2ul);
	EXPECT_TRUE(t, vma_is_shmem(v));
	EXPECT_EQ(t, do_munmap(mm, a, PG(1)), 0);
	EXPECT_EQ(t, do_mprotect(mm, a + PG(1), PG(1), PROT_READ | PROT_WRITE), 0);
	EXPECT_EQ(t, mm->map_count, 1);		/* same object, offsets follow: merged */
	EXPECT_EQ(t, do_munmap(mm, a, PG(4)), 0);
	EXPECT_EQ(t, mm->map_count, 0);
	free_mm(t, mm);
}

static void shmem_lifetime(struct ktest *t)
{
	unsigned long before;

	shmem_cycle(t);		/* warm: the slab pages exist */
	before = settled_free_pages();
	shmem_cycle(t);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)before);
}

/* Runs the monitor command fmt (printf-style) muted; its result, and the log tail in log. */
static __printf(3, 4) int monitor_cmd(char *log, size_t size, const char *fmt, ...)
{
	char line[MONITOR_MAX_LINE];
	va_list ap;
	int failed;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	console_muted = true;
	failed = monitor_exec(line);
	console_muted = false;
	ktest_log_tail(log, size);
	return failed;
}

/*
 * The views: `overcommit` shows and sets the policy (bad values refused),
 * `maps` and `vma` show a live process (/bin/readline, blocked reading the
 * console, then killed) and refuse a missing one.
 */
static void monitor_views(struct ktest *t)
{
	static const char *const argv[] = { "readline", NULL };
	int mode = sysctl_overcommit_memory, ratio = sysctl_overcommit_ratio, err;
	struct task_struct *p;
	static char log[1024];

	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "overcommit 2 70"), 0);
	EXPECT_EQ(t, sysctl_overcommit_memory, 2);
	EXPECT_EQ(t, sysctl_overcommit_ratio, 70);
	EXPECT_NOT_NULL(t, strstr(log, "overcommit_memory 2, overcommit_ratio 70"));
	EXPECT_NOT_NULL(t, strstr(log, "CommitLimit:"));
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "overcommit 3"), 1);
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "overcommit 1 x"), 1);
	EXPECT_NOT_NULL(t, strstr(log, "usage: overcommit"));
	sysctl_overcommit_memory = mode;
	sysctl_overcommit_ratio = ratio;
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "vma 99999"), 1);
	EXPECT_NOT_NULL(t, strstr(log, "vma: 99999: no such process"));
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "maps"), 1);
	p = exec_task_start("/bin/readline", argv, NULL, &err);
	ASSERT_NOT_NULL(t, p);
	while (!p->mm || !p->mm->mmap || p->state == TASK_RUNNING)
		yield();	/* until it sleeps in read(2) */
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "vma %d", p->pid), 0);
	EXPECT_NOT_NULL(t, strstr(log, "layout top-down, mmap_base b7000000"));
	EXPECT_NOT_NULL(t, strstr(log, "validate_mm: ok (0 problems)"));
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "maps %d", p->pid), 0);
	EXPECT_NOT_NULL(t, strstr(log, "00008000-"));
	EXPECT_NOT_NULL(t, strstr(log, "-bf000000 rw-p 00000000 00:00 0          [stack]"));
	EXPECT_EQ(t, monitor_cmd(log, sizeof(log), "kill %d", p->pid), 0);
	EXPECT_EQ(t, exec_task_wait(p), SIGKILL);
}

/* Each program gives back every page (run_ktap_program) and every overcommit charge. */
static void run_vm_program(struct ktest *t, const char *name)
{
	char path[32], summary[64];
	long committed = vm_committed_as;

	snprintf(path, sizeof(path), "/bin/%s", name);
	snprintf(summary, sizeof(summary), "# %s: ", name);
	run_ktap_program(t, path, name, summary);
	EXPECT_EQ(t, vm_committed_as, committed);
}

static void prog_mmaptest(struct ktest *t)
{
	run_vm_program(t, "mmaptest");
}

static void prog_brktest(struct ktest *t)
{
	run_vm_program(t, "brktest");
}

static void prog_shmanon(struct ktest *t)
{
	run_vm_program(t, "shmanon");
}

static void prog_vmrandom(struct ktest *t)
{
	run_vm_program(t, "vmrandom");
}

static const struct ktest_case vma_cases[] = {
	VMA_COMMON_CASES(KTEST_CASE),
	KTEST_CASE(shmem_lifetime),
	KTEST_CASE(monitor_views),
	KTEST_CASE(prog_mmaptest),
	KTEST_CASE(prog_brktest),
	KTEST_CASE(prog_shmanon),
	KTEST_CASE(prog_vmrandom),
};
KTEST_SUITE(vma_suite, "vma", vma_cases);
