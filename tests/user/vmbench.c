// SPDX-License-Identifier: GPL-2.0
/*
 * vmbench: the address-space figures of the Linux peer's membench
 * (../shared/peer/membench.c), measured the same way from user mode
 * with clock_gettime(CLOCK_MONOTONIC) and printed as its
 * "bench NAME VALUE UNIT" lines, with its names:
 *
 *	mmap_munmap_1page	mmap + munmap of 1 untouched anonymous page, per pair (1000 pairs)
 *	mmap_munmap_64pages	the same with 64 pages
 *	brk_grow_1page		brk(cur + 4096), 1024 times: per call
 *	brk_touch_fault		then one write in each of those pages: per page
 *	brk_shrink_1024pages	then one brk(base): per page
 *	munmap_touched_4096pages munmap of 4096 touched pages: per page
 *
 * Under QEMU's -icount shift=0 one nanosecond is one guest instruction,
 * on the teaching kernel and in the peer's Linux alike. The kernel's
 * `bench` runs this program and reports its figures under its own names
 * (mm/mmap_bench.c). Runs unchanged on Linux; there the figures are host
 * time, only a check that the program works.
 */
#include "vm.h"

#define MMAP_LOOPS	1000
#define BRK_PAGES	1024
#define UNMAP_PAGES	4096

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* "bench NAME V.v UNIT" from a total over n operations. */
static void report(const char *name, unsigned long long total, unsigned long n, const char *unit)
{
	unsigned long long v10 = total * 10 / n;

	printf("bench %s %lu.%lu %s\n", name, (unsigned long)(v10 / 10), (unsigned long)(v10 % 10),
	       unit);
}

static int mmap_munmap(const char *name, unsigned long pages)
{
	unsigned long long t0 = now_ns();
	int i;

	for (i = 0; i < MMAP_LOOPS; i++) {
		long p = vm_mmap(0, pages * PAGE, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS);

		if (!MAPPED(p) || vm_munmap(p, pages * PAGE))
			return 1;
	}
	report(name, now_ns() - t0, MMAP_LOOPS, "ns/pair");
	return 0;
}

static int brk_phases(void)
{
	unsigned long base = sys_brk(0), cur;
	unsigned long long t0, t1, t2, t3;
	int i;

	base = sys_brk((base + PAGE - 1) & ~(PAGE - 1));
	cur = base;
	t0 = now_ns();
	for (i = 0; i < BRK_PAGES; i++) {
		cur += PAGE;
		if (sys_brk(cur) != cur)
			return 1;
	}
	t1 = now_ns();
	for (i = 0; i < BRK_PAGES; i++)
		((volatile char *)base)[i * PAGE] = 1;
	t2 = now_ns();
	sys_brk(base);
	t3 = now_ns();
	report("brk_grow_1page", t1 - t0, BRK_PAGES, "ns/call");
	report("brk_touch_fault", t2 - t1, BRK_PAGES, "ns/fault");
	report("brk_shrink_1024pages", t3 - t2, BRK_PAGES, "ns/page");
	return 0;
}

static int munmap_touched(void)
{
	long p = vm_mmap(0, UNMAP_PAGES * PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS);
	unsigned long long t0;
	int i;

	if (!MAPPED(p))
		return 1;
	for (i = 0; i < UNMAP_PAGES; i++)
		((volatile char *)p)[i * PAGE] = 1;
	t0 = now_ns();
	if (vm_munmap(p, UNMAP_PAGES * PAGE))
		return 1;
	report("munmap_touched_4096pages", now_ns() - t0, UNMAP_PAGES, "ns/page");
	return 0;
}

int main(void)
{
	if (mmap_munmap("mmap_munmap_1page", 1) || mmap_munmap("mmap_munmap_64pages", 64) ||
	    brk_phases() || munmap_touched()) {
		printf("vmbench: failed\n");
		return 1;
	}
	printf("vmbench: done\n");
	return 0;
}
