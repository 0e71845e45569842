// SPDX-License-Identifier: GPL-2.0
/*
 * syscalls: the basic system calls with Linux's semantics, as KTAP
 * version 1. Each case prints "ok N name" or "not ok N name" with '#'
 * diagnostics; the exit status is the number of failed cases.
 */
#include "lib/ktap.h"

static long long ns(const struct timespec *ts)
{
	return (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

static int getpid_getppid(void)
{
	pid_t pid = getpid(), ppid = getppid();

	CHECK(pid > 0);
	CHECK(ppid >= 0);
	CHECK(pid != ppid);
	CHECK_EQ(getpid(), pid);
	return 0;
}

/* 16 KiB in one write, as KTAP diagnostic lines of 1 KiB */
static int write_large_buffer(void)
{
	static char buf[16 * 1024];
	unsigned int i;

	for (i = 0; i < sizeof(buf); i++)
		buf[i] = i % 1024 == 0 ? '#' : i % 1024 == 1023 ? '\n' : 'x';
	CHECK_EQ(__syscall3(__NR_write, STDOUT_FILENO, buf, sizeof(buf)), sizeof(buf));
	return 0;
}

static int write_bad_pointer_efault(void)
{
	CHECK_EQ(__syscall3(__NR_write, STDOUT_FILENO, 0, 16), -EFAULT);
	CHECK_EQ(__syscall3(__NR_write, STDOUT_FILENO, 0xc0000000, 16), -EFAULT);
	CHECK_EQ(write(STDOUT_FILENO, (void *)16, 1), -1);
	CHECK_EQ(errno, EFAULT);
	return 0;
}

static int write_bad_fd_ebadf(void)
{
	CHECK_EQ(__syscall3(__NR_write, 1000, "x", 1), -EBADF);
	return 0;
}

/* Linux returns -ENOSYS below 0xf0000 and for 0xf0000..0xf07ff unused. */
static int unknown_syscall_enosys(void)
{
	CHECK_EQ(__syscall0(999), -ENOSYS);
	CHECK_EQ(__syscall0(0xefff), -ENOSYS);
	CHECK_EQ(__syscall0(0xf0100), -ENOSYS);
	return 0;
}

/* sysinfo(2): totals that make sense, and -EFAULT for a bad buffer. */
static int sysinfo_totals_and_efault(void)
{
	struct sysinfo si;

	CHECK_EQ(__syscall1(__NR_sysinfo, 0xc0000000), -EFAULT);
	memset(&si, 0, sizeof(si));
	CHECK_EQ(sysinfo(&si), 0);
	CHECK(si.mem_unit >= 1);
	CHECK(si.totalram > 0);
	CHECK(si.freeram > 0 && si.freeram < si.totalram);
	CHECK(si.totalhigh <= si.totalram && si.freehigh <= si.totalhigh);
	CHECK(si.procs >= 1);
	return 0;
}

static int clock_gettime_monotonic(void)
{
	struct timespec a, b;

	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	CHECK(ns(&b) >= ns(&a));
	CHECK_EQ(clock_gettime(CLOCK_REALTIME, &a), 0);
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	CHECK_EQ(__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, 0), -EFAULT);
	CHECK_EQ(__syscall2(__NR_clock_gettime, 1234, &a), -EINVAL);
	return 0;
}

static int nanosleep_10ms(void)
{
	struct timespec req = { 0, 10 * 1000 * 1000 }, a, b;

	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_EQ(nanosleep(&req, NULL), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(&b) - ns(&a) >= 10 * 1000 * 1000);
	req.tv_nsec = 1000000000;
	CHECK_EQ(__syscall2(__NR_nanosleep, &req, 0), -EINVAL);
	/* (a bad req pointer is not checked: qemu-user 7.2 reads it unchecked) */
	return 0;
}

static int malloc_and_printf(void)
{
	char buf[64];
	char *p = malloc(100), *q;

	CHECK(p != NULL);
	memset(p, 0xa5, 100);
	q = malloc(5000);
	CHECK(q != NULL && (q >= p + 100 || q + 5000 <= p));
	free(p);
	CHECK(malloc(50) == p);	/* first fit from the free list */
	free(q);
	snprintf(buf, sizeof(buf), "%d|%5u|%-4x|%04X|%s|%c|%%|%ld", -42, 7u, 0xabu, 0xbeu, "s",
		 'c', -1L);
	CHECK(!strcmp(buf, "-42|    7|ab  |00BE|s|c|%|-1"));
	return 0;
}

static const struct ktap_case cases[] = {
	{ "getpid_getppid", getpid_getppid },
	{ "write_large_buffer", write_large_buffer },
	{ "write_bad_pointer_efault", write_bad_pointer_efault },
	{ "write_bad_fd_ebadf", write_bad_fd_ebadf },
	{ "unknown_syscall_enosys", unknown_syscall_enosys },
	{ "sysinfo_totals_and_efault", sysinfo_totals_and_efault },
	{ "clock_gettime_monotonic", clock_gettime_monotonic },
	{ "nanosleep_10ms", nanosleep_10ms },
	{ "malloc_and_printf", malloc_and_printf },
};

int main(int argc, char **argv, char **envp)
{
	return ktap_run("syscalls", cases, sizeof(cases) / sizeof(cases[0]));
}
