// SPDX-License-Identifier: GPL-2.0
/*
 * demand: demand paging and the zero page (seed document 001, section
 * 3.4.4; issue 7), as KTAP version 1. The memory is a big bss array,
 * which exec maps as an area with no pages:
 *
 *  - reading fresh pages costs no page (the zero page) and reads zeroes;
 *  - each first write of a page costs exactly one page, also after a read;
 *  - a system call whose buffer is a valid page never touched succeeds
 *    (the fault inside copy_to_user/copy_from_user is served).
 *
 * The page counts are checked on this kernel only (vmcheck.h).
 */
#include "vmcheck.h"

#define NPAGES 96

/* Page aligned, untouched until a case uses its own slice. */
static char area[NPAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

static char *page(int i)
{
	return area + i * PAGE_SIZE;
}

static int reads_cost_nothing(void)
{
	long before, after;
	unsigned int sum = 0;
	int i;

	page(0)[0] = 1;		/* the pte table for the slices below exists from here */
	before = free_pages();
	for (i = 1; i < 33; i++)
		sum += *(volatile char *)(page(i) + i * 100);
	after = free_pages();
	CHECK_EQ(sum, 0);
	if (on_this_kernel())
		CHECK_EQ(after, before);
	return 0;
}

static int each_write_costs_one_page(void)
{
	long before = free_pages(), now;
	int i;

	for (i = 33; i < 49; i++) {
		page(i)[123] = (char)i;
		now = free_pages();
		if (on_this_kernel())
			CHECK_EQ(before - now, i - 32);
	}
	for (i = 33; i < 49; i++) {
		CHECK_EQ(page(i)[123], i);
		CHECK_EQ(page(i)[0], 0);
		CHECK_EQ(page(i)[PAGE_SIZE - 1], 0);
	}
	return 0;
}

/* A page first read (the zero page) costs its page at the first write. */
static int write_after_read_costs_one_page(void)
{
	long before, after;

	CHECK_EQ(*(volatile char *)page(50), 0);
	CHECK_EQ(*(volatile char *)page(51), 0);
	before = free_pages();
	page(50)[7] = 'x';
	after = free_pages();
	CHECK_EQ(page(50)[7], 'x');
	CHECK_EQ(page(51)[7], 0);	/* the zero page is not written */
	if (on_this_kernel())
		CHECK_EQ(before - after, 1);
	return 0;
}

/* copy_to_user into an untouched page, and copy_from_user from one. */
static int syscall_on_unpopulated_buffer(void)
{
	struct utsname *u = (struct utsname *)(page(60) + 100);
	struct timespec *ts = (struct timespec *)page(61);
	struct timespec *zero = (struct timespec *)page(62);
	long before = free_pages(), after;

	CHECK_EQ(__syscall1(__NR_uname, u), 0);
	CHECK(u->sysname[0] != 0);
	CHECK_EQ(__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, ts), 0);
	CHECK(ts->tv_sec > 0 || ts->tv_nsec > 0);
	/* a read of an untouched page in the kernel: { 0, 0 }, sleeps not at all */
	CHECK_EQ(__syscall2(__NR_nanosleep, zero, 0), 0);
	after = free_pages();
	if (on_this_kernel())
		CHECK_EQ(before - after, 2);	/* the two written pages only */
	/* a buffer spanning an untouched page boundary */
	CHECK_EQ(__syscall1(__NR_uname, page(64) - 100), 0);
	CHECK(page(64)[-100] != 0);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "reads_cost_nothing", reads_cost_nothing },
	{ "each_write_costs_one_page", each_write_costs_one_page },
	{ "write_after_read_costs_one_page", write_after_read_costs_one_page },
	{ "syscall_on_unpopulated_buffer", syscall_on_unpopulated_buffer },
};

int main(void)
{
	return ktap_run("demand", cases, sizeof(cases) / sizeof(cases[0]));
}
