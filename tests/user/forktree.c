// SPDX-License-Identifier: GPL-2.0
/*
 * forktree: fork, exit, wait4 and kill with Linux's semantics, as KTAP
 * version 1 (the exit status is the number of failed cases). Trees of
 * processes of some depth and width report their sizes through exit
 * codes; wait4 for any child and for a given one, WNOHANG, -ECHILD,
 * -EFAULT for a bad status pointer (the child is reaped all the same),
 * kill with SIGTERM and SIGKILL and its errors.
 */
#include "lib/ktap.h"

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

static int fork_child_returns_zero(void)
{
	pid_t me = getpid();
	int status = -1;
	long pid = sys_fork();

	if (pid == 0)
		_exit(getppid() == me && getpid() != me ? 7 : 1);
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 7 << 8);
	return 0;
}

/* A node forks width children of depth - 1 and exits with the size of its subtree. */
static int tree(int depth, int width)
{
	int i, n = 1, status;

	for (i = 0; depth > 0 && i < width; i++) {
		long pid = sys_fork();

		if (pid == 0)
			_exit(tree(depth - 1, width));
		if (pid < 0)
			return 255;
	}
	for (i = 0; depth > 0 && i < width; i++) {
		if (sys_wait4(-1, &status, 0) <= 0 || (status & 0x7f))
			return 255;
		n += (status >> 8) & 0xff;
	}
	return n;
}

static int fork_tree_depth_width(void)
{
	CHECK_EQ(tree(3, 3), 1 + 3 + 9 + 27);
	CHECK_EQ(tree(6, 1), 7);
	CHECK_EQ(tree(1, 12), 13);
	CHECK_EQ(sys_wait4(-1, NULL, 0), -ECHILD);
	return 0;
}

static int wait4_by_pid_exit_codes(void)
{
	long pids[6];
	int i, status;

	for (i = 0; i < 6; i++) {
		pids[i] = sys_fork();
		if (pids[i] == 0)
			_exit(i * 40 + 3);
		CHECK(pids[i] > 0);
	}
	for (i = 5; i >= 0; i--) {
		CHECK_EQ(sys_wait4(pids[i], &status, 0), pids[i]);
		CHECK_EQ(status, ((i * 40 + 3) & 0xff) << 8);
	}
	CHECK_EQ(sys_wait4(-1, &status, 0), -ECHILD);
	return 0;
}

static int wait4_wnohang(void)
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		sleep_ms(30);
		_exit(5);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(-1, &status, WNOHANG), 0);
	CHECK_EQ(sys_wait4(pid, &status, WNOHANG), 0);
	CHECK_EQ(sys_wait4(-1, &status, 0), pid);
	CHECK_EQ(status, 5 << 8);
	CHECK_EQ(sys_wait4(-1, &status, WNOHANG), -ECHILD);
	return 0;
}

static int wait4_echild(void)
{
	CHECK_EQ(sys_wait4(-1, NULL, 0), -ECHILD);
	CHECK_EQ(sys_wait4(1, NULL, 0), -ECHILD);
	CHECK_EQ(sys_wait4(getpid(), NULL, WNOHANG), -ECHILD);
	return 0;
}

static int wait4_bad_status_efault(void)
{
	long pid = sys_fork();

	if (pid == 0)
		_exit(3);
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, (int *)0xc0000000, 0), -EFAULT);
	CHECK_EQ(sys_wait4(-1, NULL, 0), -ECHILD);	/* reaped all the same */
	return 0;
}

static int kill_sigterm_sigkill(void)
{
	int status = -1;
	long a, b;

	a = sys_fork();
	if (a == 0)
		for (;;)
			sched_yield();
	b = sys_fork();
	if (b == 0)
		for (;;)
			sleep_ms(1000);
	CHECK(a > 0 && b > 0);
	CHECK_EQ(__syscall2(__NR_kill, a, SIGTERM), 0);
	CHECK_EQ(__syscall2(__NR_kill, b, SIGKILL), 0);
	CHECK_EQ(sys_wait4(a, &status, 0), a);
	CHECK_EQ(status, SIGTERM);
	CHECK_EQ(sys_wait4(b, &status, 0), b);
	CHECK_EQ(status, SIGKILL);
	CHECK_EQ(__syscall2(__NR_kill, a, 0), -ESRCH);
	CHECK_EQ(__syscall2(__NR_kill, 99999, SIGKILL), -ESRCH);
	CHECK_EQ(__syscall2(__NR_kill, getpid(), 99), -EINVAL);
	CHECK_EQ(__syscall2(__NR_kill, getpid(), 0), 0);
	return 0;
}

/* The middle process exits first; its child, an orphan, finishes alone. */
static int orphan_finishes(void)
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		if (sys_fork() == 0) {
			sleep_ms(20);
			_exit(0);
		}
		_exit(9);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 9 << 8);
	CHECK_EQ(sys_wait4(-1, NULL, WNOHANG), -ECHILD);
	sleep_ms(60);	/* the orphan is gone before we are */
	return 0;
}

static const struct ktap_case cases[] = {
	{ "fork_child_returns_zero", fork_child_returns_zero },
	{ "fork_tree_depth_width", fork_tree_depth_width },
	{ "wait4_by_pid_exit_codes", wait4_by_pid_exit_codes },
	{ "wait4_wnohang", wait4_wnohang },
	{ "wait4_echild", wait4_echild },
	{ "wait4_bad_status_efault", wait4_bad_status_efault },
	{ "kill_sigterm_sigkill", kill_sigterm_sigkill },
	{ "orphan_finishes", orphan_finishes },
};

int main(int argc, char **argv, char **envp)
{
	return ktap_run("forktree", cases, sizeof(cases) / sizeof(cases[0]));
}
