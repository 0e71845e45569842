// SPDX-License-Identifier: GPL-2.0
/*
 * uaccesstest: the user copies seen from system calls (seed document
 * 001, section 3.5; issue 7), as KTAP version 1. execve's path goes
 * through strncpy_from_user:
 *
 *  - a path in a page never touched: the kernel's read maps the zero
 *    page, an empty path, -ENOENT (not -EFAULT);
 *  - a path that crosses into a page never touched ends there (zeroes);
 *  - a path with no NUL up to the end of the heap, where nothing is
 *    mapped: -EFAULT, the fault in the middle of the string;
 *  - a path with no NUL in 4096 bytes: -ENAMETOOLONG;
 *
 * and copy_to_user into untouched memory from uname and clock_gettime
 * across a page boundary gives whole results.
 */
#include "vmcheck.h"


static char untouched[4 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

static long try_execve(const char *path)
{
	static char *const argv[] = { "x", 0 };

	return __syscall3(__NR_execve, path, argv, 0);
}

static int path_in_untouched_page(void)
{
	CHECK_EQ(try_execve(untouched + 100), -ENOENT);
	return 0;
}

/* "/bin/noth" in the last bytes of a page, the next page untouched: "/bin/noth". */
static int path_across_into_untouched_page(void)
{
	char *p = untouched + 2 * PAGE_SIZE - 9;

	memcpy(p, "/bin/noth", 9);
	CHECK_EQ(try_execve(p), -ENOENT);
	return 0;
}

/* A string of 'a' up to the heap's end, which is page aligned: nothing after it. */
static int path_runs_off_the_heap(void)
{
	unsigned long end = sys_brk(0);
	unsigned long top = (end + PAGE_SIZE - 1) & ~(unsigned long)(PAGE_SIZE - 1);
	char *s;

	CHECK_EQ(sys_brk(top + PAGE_SIZE), top + PAGE_SIZE);
	s = (char *)top;
	memset(s, 'a', PAGE_SIZE);
	CHECK_EQ(try_execve(s + PAGE_SIZE - 64), -EFAULT);
	CHECK_EQ(sys_brk(end), end);
	return 0;
}

static int path_too_long(void)
{
	char *p = untouched + 3 * PAGE_SIZE;

	memset(p, 'a', PAGE_SIZE);
	CHECK_EQ(try_execve(p), -ENAMETOOLONG);
	return 0;
}

static int results_across_untouched_pages(void)
{
	struct utsname *u = (struct utsname *)(untouched + PAGE_SIZE - 200);
	struct timespec *ts = (struct timespec *)(untouched + 2 * PAGE_SIZE + PAGE_SIZE / 2);

	CHECK_EQ(__syscall1(__NR_uname, u), 0);
	CHECK(u->machine[0] != 0);	/* machine lies in the second page */
	CHECK_EQ(__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, ts), 0);
	CHECK(ts->tv_sec > 0 || ts->tv_nsec > 0);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "path_in_untouched_page", path_in_untouched_page },
	{ "path_across_into_untouched_page", path_across_into_untouched_page },
	{ "path_runs_off_the_heap", path_runs_off_the_heap },
	{ "path_too_long", path_too_long },
	{ "results_across_untouched_pages", results_across_untouched_pages },
};

int main(void)
{
	return ktap_run("uaccesstest", cases, sizeof(cases) / sizeof(cases[0]));
}
