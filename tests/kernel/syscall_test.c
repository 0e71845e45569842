// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "syscall": system calls from user mode (issue 6), driven by the
 * hand-assembled programs in tests/kernel/user_blobs.S, each run in its
 * own address space by user_blob_start (kernel/exec_blob.c) with a result
 * page at RES_VA that the program fills and the case reads back through
 * page_address once the program has exited:
 *
 *  - getpid/getppid; write to the console (the log shows it), -EFAULT for
 *    a kernel, NULL and unmapped user pointer, -EBADF, -ENOSYS for 999,
 *    the other registers preserved across calls;
 *  - clock_gettime (increasing, -EINVAL, -EFAULT), uname, nanosleep
 *    (sleeps, -EINVAL, -EFAULT);
 *  - set_tls survives yields to another task with its own value;
 *  - exit(42) gives the wait status 42 << 8; a load from a kernel address
 *    and an undefined instruction kill the program (SIGSEGV, SIGILL), not
 *    the kernel; a spinning program is preempted and force_sig_kill ends
 *    it (SIGKILL).
 *
 * Plus `bench syscall_getpid`: the user program times N getpid calls with
 * clock_gettime; two values of N, the difference divided.
 */
#include <kernel/bench.h>
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/jiffies.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>

#define RES_VA	0x10000UL

#define DECLARE_BLOB(name) extern const char blob_##name[], blob_##name##_end[]
DECLARE_BLOB(getpid);
DECLARE_BLOB(write);
DECLARE_BLOB(time);
DECLARE_BLOB(tls);
DECLARE_BLOB(exit42);
DECLARE_BLOB(segv);
DECLARE_BLOB(undef);
DECLARE_BLOB(spin);
DECLARE_BLOB(getpid_loop);

struct run {
	struct task_struct *task;
	struct page *res;
	int pid;
};

/*
 * Starts a blob with a fresh zeroed result page, which fill (if any)
 * prepares first; false on failure.
 */
static bool start_fill(struct run *r, const char *code, const char *end, const char *name,
		       void (*fill)(u32 *res, void *arg), void *arg)
{
	struct user_blob ub = {
		.code = code, .len = end - code, .name = name, .data_va = RES_VA,
	};
	int err;

	r->res = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!r->res)
		return false;
	ub.data_page = r->res;
	if (fill)
		fill(page_address(r->res), arg);
	r->task = user_blob_start(&ub, &err);
	if (!r->task) {
		__free_page(r->res);
		return false;
	}
	r->pid = r->task->pid;
	return true;
}

static bool start(struct run *r, const char *code, const char *end, const char *name)
{
	return start_fill(r, code, end, name, NULL, NULL);
}

static u32 *res(struct run *r)
{
	return page_address(r->res);
}

/* Waits for the program; its wait status. */
static int finish(struct run *r)
{
	return user_blob_wait(r->task);
}

#define RUN(t, r, name)                                                              \
	do {                                                                         \
		ASSERT_TRUE(t, start(r, blob_##name, blob_##name##_end, #name));     \
	} while (0)

static void test_getpid(struct ktest *t)
{
	struct run r;

	RUN(t, &r, getpid);
	EXPECT_EQ(t, finish(&r), 0);
	EXPECT_EQ(t, (int)res(&r)[0], r.pid);
	EXPECT_EQ(t, (int)res(&r)[1], current->pid);	/* kernel threads are init's */
	__free_page(r.res);
}

static void test_write(struct ktest *t)
{
	char tail[256];
	struct run r;

	RUN(t, &r, write);
	EXPECT_EQ(t, finish(&r), 0);
	EXPECT_EQ(t, (int)res(&r)[0], 6);
	EXPECT_EQ(t, (int)res(&r)[1], -EFAULT);
	EXPECT_EQ(t, (int)res(&r)[2], -EFAULT);
	EXPECT_EQ(t, (int)res(&r)[3], -EFAULT);
	EXPECT_EQ(t, (int)res(&r)[4], -ENOSYS);
	EXPECT_EQ(t, (int)res(&r)[5], -EBADF);
	EXPECT_EQ(t, (int)res(&r)[6], 1);
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_TRUE(t, strstr(tail, "hello\n") != NULL);
	__free_page(r.res);
}

/* The program's nanosleep arguments at RES + 0x80: 20 ms, then a bad tv_nsec. */
static void fill_sleeps(u32 *res, void *unused)
{
	struct timespec *a = (struct timespec *)((char *)res + 0x80);

	a[0].tv_sec = 0;
	a[0].tv_nsec = 20000000;	/* 20 ms: 2 ticks, slept as 3 */
	a[1].tv_sec = 0;
	a[1].tv_nsec = 1000000000;
}

static void test_time(struct ktest *t)
{
	struct timespec *a, *b;
	struct new_utsname *u;
	unsigned long j0 = jiffies;
	u64 ns_a, ns_b;
	struct run r;

	ASSERT_TRUE(t, start_fill(&r, blob_time, blob_time_end, "time", fill_sleeps, NULL));
	EXPECT_EQ(t, finish(&r), 0);
	EXPECT_EQ(t, (int)res(&r)[0], 0);
	EXPECT_EQ(t, (int)res(&r)[1], 0);
	a = (struct timespec *)((char *)res(&r) + 0x100);
	b = a + 1;
	ns_a = (u64)a->tv_sec * 1000000000 + a->tv_nsec;
	ns_b = (u64)b->tv_sec * 1000000000 + b->tv_nsec;
	EXPECT_GT(t, (long long)ns_a, 0);
	EXPECT_GT(t, (long long)ns_b, (long long)ns_a);
	EXPECT_LT(t, a->tv_nsec, 1000000000L);
	EXPECT_EQ(t, (int)res(&r)[2], -EINVAL);
	EXPECT_EQ(t, (int)res(&r)[3], 0);
	u = (struct new_utsname *)((char *)res(&r) + 0x200);
	EXPECT_TRUE(t, !strcmp(u->sysname, "TeachingKernel"));
	EXPECT_TRUE(t, !strcmp(u->machine, "armv7l"));
	EXPECT_EQ(t, (int)res(&r)[4], 0);
	EXPECT_EQ(t, (int)res(&r)[5], -EINVAL);
	EXPECT_EQ(t, (int)res(&r)[6], -EFAULT);
	EXPECT_EQ(t, (int)res(&r)[7], -EFAULT);
	if (jiffies != j0)		/* with a tick: it slept at least 2 of them */
		EXPECT_GE(t, (long)(jiffies - j0), 2);
	__free_page(r.res);
}

static void test_tls(struct ktest *t)
{
	struct run r[2];
	int i;

	ASSERT_TRUE(t, start(&r[0], blob_tls, blob_tls_end, "tls0"));
	if (!start(&r[1], blob_tls, blob_tls_end, "tls1")) {
		finish(&r[0]);
		__free_page(r[0].res);
		ASSERT_TRUE(t, false);
	}
	for (i = 0; i < 2; i++) {
		EXPECT_EQ(t, finish(&r[i]), 0);
		EXPECT_EQ(t, (long long)res(&r[i])[0], 0x5a000000LL + r[i].pid);
		EXPECT_EQ(t, (int)res(&r[i])[1], 0);
		EXPECT_EQ(t, (long long)res(&r[i])[2], 0x5a000000LL + r[i].pid);
		__free_page(r[i].res);
	}
}

static void test_exit_status(struct ktest *t)
{
	struct run r;

	RUN(t, &r, exit42);
	EXPECT_EQ_HEX(t, finish(&r), 42 << 8);
	__free_page(r.res);
}

static void test_fatal_faults(struct ktest *t)
{
	char tail[512];
	struct run r;

	RUN(t, &r, segv);
	EXPECT_EQ(t, finish(&r), SIGSEGV);
	__free_page(r.res);
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_TRUE(t, strstr(tail, "segv[") && strstr(tail, "]: segfault at "));
	RUN(t, &r, undef);
	EXPECT_EQ(t, finish(&r), SIGILL);
	__free_page(r.res);
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_TRUE(t, strstr(tail, "undef[") && strstr(tail, "]: illegal instruction at "));
}

static void test_spin_preempted(struct ktest *t)
{
	unsigned long j0 = jiffies;
	struct run r;

	RUN(t, &r, spin);
	/* The program never yields: getting back here at all means it was preempted. */
	while (jiffies - j0 < 3)
		schedule_timeout_uninterruptible(1);
	EXPECT_FALSE(t, READ_ONCE(r.task->exited));
	force_sig_kill(r.task);
	EXPECT_EQ(t, finish(&r), SIGKILL);
	__free_page(r.res);
}

static void test_run_user_blob(struct ktest *t)
{
	EXPECT_EQ(t, run_user_blob(NULL, 4, "x"), -EINVAL);
	EXPECT_EQ(t, run_user_blob(blob_exit42, PAGE_SIZE + 1, "x"), -EINVAL);
	EXPECT_GT(t, run_user_blob(blob_exit42, blob_exit42_end - blob_exit42, "exit42"), 1);
	msleep(20);	/* it exits on its own and is reaped */
}

static const struct ktest_case syscall_cases[] = {
	KTEST_CASE(test_getpid),
	KTEST_CASE(test_write),
	KTEST_CASE(test_time),
	KTEST_CASE(test_tls),
	KTEST_CASE(test_exit_status),
	KTEST_CASE(test_fatal_faults),
	KTEST_CASE(test_spin_preempted),
	KTEST_CASE(test_run_user_blob),
};
KTEST_SUITE(syscall_suite, "syscall", syscall_cases);

static void fill_n(u32 *res, void *arg)
{
	res[0] = *(u32 *)arg;
}

/* Guest instructions for N getpid calls, as the program itself measured them. */
static u64 getpid_loop_ns(u32 n)
{
	struct run r;
	struct timespec *ts;
	u64 a, b;

	if (!start_fill(&r, blob_getpid_loop, blob_getpid_loop_end, "getpid_loop", fill_n, &n))
		return 0;
	if (finish(&r)) {
		__free_page(r.res);
		return 0;
	}
	ts = (struct timespec *)((char *)res(&r) + 0x10);
	a = (u64)ts[0].tv_sec * 1000000000 + ts[0].tv_nsec;
	b = (u64)ts[1].tv_sec * 1000000000 + ts[1].tv_nsec;
	__free_page(r.res);
	return b - a;
}

static u64 bench_syscall_getpid(void)
{
	u64 t1 = getpid_loop_ns(100), t2 = getpid_loop_ns(1100);

	if (!t1 || t2 <= t1)
		return 0;
	return (t2 - t1) / 1000;
}
BENCH("syscall_getpid", "insns", bench_syscall_getpid);
