// SPDX-License-Identifier: GPL-2.0
/*
 * faultbench: the page-fault figures of the peer benchmark
 * (../shared/peer/membench.c, run on Linux 6.1 on the same emulated
 * board), measured the same way: CLOCK_MONOTONIC around a loop that
 * touches one byte per page, divided by the pages; under QEMU's -icount
 * shift=0 one ns is one guest instruction, so the figures are path
 * lengths, the touch loop and the user/kernel transitions included.
 * Printed as the peer prints them, "bench NAME VALUE UNIT", one decimal:
 *
 *   touch_present_page			the loop alone, pages present
 *   anon_write_fault			first write of fresh anonymous memory
 *   anon_read_fault_zeropage		first read (maps the zero page)
 *   anon_write_after_read_fault	then a write (copies the zero page)
 *   cow_fault_copy			a child's write to a page fork shared
 *   cow_fault_reuse_after_child_exit	the parent's write once the child is gone
 *
 * Differences from the peer: the memory is bss (which exec maps as an
 * empty area, so it faults exactly like fresh anonymous memory) until
 * mmap(2) exists here; NPAGES is 1024 rather than 4096, once each
 * rather than the median of 5 (under -icount each run is the same); the
 * child prints its own figure (no pipe).
 */
#include "vmcheck.h"

#define NPAGES	1024

static char write_area[NPAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static char read_area[NPAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static char cow_area[NPAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static void __attribute__((noinline)) touch_w(volatile char *p)
{
	int i;

	for (i = 0; i < NPAGES; i++)
		p[i * PAGE_SIZE] = 1;
}

static unsigned int __attribute__((noinline)) touch_r(volatile char *p)
{
	unsigned int s = 0;
	int i;

	for (i = 0; i < NPAGES; i++)
		s += (unsigned char)p[i * PAGE_SIZE];
	return s;
}

/* Prints ns per page of t1 - t0 with one decimal, as the peer's bench_x10. */
static void report(const char *name, unsigned long long t0, unsigned long long t1)
{
	unsigned long long x10 = (t1 - t0) * 10 / NPAGES;

	printf("bench %s %lu.%lu ns/fault\n", name, (unsigned long)(x10 / 10),
	       (unsigned long)(x10 % 10));
}

/*
 * Times first on a fresh area, then second on the same pages, and
 * reports both: the faulting pass and what follows it.
 */
static void two_passes(char *area, void (*first)(volatile char *), const char *first_name,
		       void (*second)(volatile char *), const char *second_name)
{
	unsigned long long t0, t1, t2;

	t0 = now_ns();
	first(area);
	t1 = now_ns();
	second(area);
	t2 = now_ns();
	report(first_name, t0, t1);
	report(second_name, t1, t2);
}

static void touch_r_void(volatile char *p)
{
	touch_r(p);
}

int main(void)
{
	unsigned long long t0, t1;
	int status;
	long pid;

	two_passes(write_area, touch_w, "anon_write_fault", touch_w, "touch_present_page");
	two_passes(read_area, touch_r_void, "anon_read_fault_zeropage", touch_w,
		   "anon_write_after_read_fault");

	touch_w(cow_area);
	pid = sys_fork();
	if (pid == 0) {
		t0 = now_ns();
		touch_w(cow_area);
		t1 = now_ns();
		report("cow_fault_copy", t0, t1);
		_exit(0);
	}
	if (pid < 0 || sys_wait4(pid, &status, 0) != pid || status)
		return 1;
	t0 = now_ns();
	touch_w(cow_area);
	t1 = now_ns();
	report("cow_fault_reuse_after_child_exit", t0, t1);
	return 0;
}
