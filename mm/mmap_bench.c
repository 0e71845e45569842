// SPDX-License-Identifier: GPL-2.0
/*
 * The address-space figures for `make bench` (guest instructions, see
 * include/kernel/bench.h), measured from user mode as the Linux peer
 * measures them: /bin/vmbench (tests/user/vmbench.c) runs once, times
 * each phase with clock_gettime (one nanosecond per instruction under
 * -icount shift=0) and prints the peer's "bench NAME VALUE UNIT" lines,
 * which are read back from the log here:
 *
 *	mmap_munmap_1p		mmap + munmap of 1 untouched page (peer: mmap_munmap_1page)
 *	mmap_munmap_64p		the same of 64 pages (mmap_munmap_64pages)
 *	brk_grow_touch		brk by one page and a write to it (brk_grow_1page +
 *				brk_touch_fault)
 *	munmap_4096_touched	munmap of 4096 touched pages, per page (munmap_touched_4096pages)
 *
 * While new pages are filled at mmap and brk time (until demand paging),
 * the mmap pairs and brk_grow include zeroing the pages, which the peer
 * pays at the first touch instead.
 */
#include <kernel/bench.h>
#include <kernel/ktest.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

static char vmbench_log[1024];
static bool vmbench_ran;

/* Runs /bin/vmbench once, muted, and keeps the log tail with its figures. */
static void vmbench_run(void)
{
	static const char *const argv[] = { "vmbench", NULL };
	bool muted = console_muted;
	struct task_struct *p;
	int err;

	if (vmbench_ran)
		return;
	vmbench_ran = true;
	console_muted = true;
	p = exec_task_start("/bin/vmbench", argv, NULL, &err);
	if (p)
		err = exec_task_wait(p);
	console_muted = muted;
	ktest_log_tail(vmbench_log, sizeof(vmbench_log));
	if (err || !strstr(vmbench_log, "vmbench: done"))
		vmbench_log[0] = '\0';
}

/* The whole part of the program's figure called name; 0 if it did not print one. */
static u64 vmbench_figure(const char *name)
{
	char key[48];
	const char *s;
	u64 v = 0;

	vmbench_run();
	snprintf(key, sizeof(key), "bench %s ", name);
	s = strstr(vmbench_log, key);
	if (!s)
		return 0;
	for (s += strlen(key); *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (u64)(*s - '0');
	return v;
}

static u64 bench_mmap_munmap_1p(void)
{
	return vmbench_figure("mmap_munmap_1page");
}
BENCH("mmap_munmap_1p", "insns", bench_mmap_munmap_1p);

static u64 bench_mmap_munmap_64p(void)
{
	return vmbench_figure("mmap_munmap_64pages");
}
BENCH("mmap_munmap_64p", "insns", bench_mmap_munmap_64p);

static u64 bench_brk_grow_touch(void)
{
	return vmbench_figure("brk_grow_1page") + vmbench_figure("brk_touch_fault");
}
BENCH("brk_grow_touch", "insns", bench_brk_grow_touch);

static u64 bench_munmap_4096_touched(void)
{
	return vmbench_figure("munmap_touched_4096pages");
}
BENCH("munmap_4096_touched", "insns", bench_munmap_4096_touched);
