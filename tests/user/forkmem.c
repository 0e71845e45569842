// SPDX-License-Identifier: GPL-2.0
/*
 * forkmem: a forked child's memory, as KTAP version 1 (the exit status is
 * the number of failed cases). The child sees the parent's data, bss,
 * heap and stack as they were at fork; its writes do not reach the
 * parent's copy; forking until memory runs out gives -ENOMEM, after
 * which every child exits and wait4 collects them all.
 */
#include "lib/ktap.h"

static int data_word = 1234;
static char bss_buf[3 * 4096];

static int child_sees_parent_values(void)
{
	volatile int stack_word = 77;
	char *heap = malloc(8192);
	int status = -1;
	long pid;

	CHECK(heap != NULL);
	data_word = 4321;
	memset(bss_buf, 0x5a, sizeof(bss_buf));
	memset(heap, 0x3c, 8192);
	pid = sys_fork();
	if (pid == 0) {
		int ok = data_word == 4321 && stack_word == 77 && bss_buf[0] == 0x5a &&
			 bss_buf[sizeof(bss_buf) - 1] == 0x5a && heap[0] == 0x3c &&
			 heap[8191] == 0x3c;

		_exit(ok ? 0 : 1);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	free(heap);
	return 0;
}

static int child_writes_stay_private(void)
{
	volatile int stack_word = 5;
	char *heap = malloc(4096);
	int status = -1;
	long pid;

	CHECK(heap != NULL);
	heap[100] = 'p';
	data_word = 1;
	bss_buf[4096] = 'p';
	pid = sys_fork();
	if (pid == 0) {
		data_word = 2;
		bss_buf[4096] = 'c';
		heap[100] = 'c';
		stack_word = 6;
		_exit(data_word == 2 && bss_buf[4096] == 'c' && heap[100] == 'c' &&
		      stack_word == 6 ? 0 : 1);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	CHECK_EQ(data_word, 1);
	CHECK_EQ(bss_buf[4096], 'p');
	CHECK_EQ(heap[100], 'p');
	CHECK_EQ(stack_word, 5);
	free(heap);
	return 0;
}

/* Each child makes its copy of a 256 KiB heap and waits to be killed. */
static int fork_until_enomem(void)
{
	static long pids[4096];
	char *big = malloc(256 * 1024);
	int n = 0, i, status;
	long pid;

	CHECK(big != NULL);
	memset(big, 0x11, 256 * 1024);
	for (;;) {
		pid = sys_fork();
		if (pid == 0) {
			/* Copy-on-write: the copy exists once the child writes it. */
			memset(big, 0x22, 256 * 1024);
			for (;;) {
				struct timespec ts = { 1, 0 };

				nanosleep(&ts, NULL);
			}
		}
		if (pid < 0 || n == (int)(sizeof(pids) / sizeof(pids[0])))
			break;
		pids[n++] = pid;
		sched_yield();	/* the child makes its copy before the next fork */
	}
	printf("# %d children before fork failed with %ld\n", n, pid);
	CHECK_EQ(pid, -ENOMEM);
	CHECK(n > 0);
	for (i = 0; i < n; i++)
		CHECK_EQ(__syscall2(__NR_kill, pids[i], SIGKILL), 0);
	for (i = 0; i < n; i++) {
		CHECK(sys_wait4(-1, &status, 0) > 0);
		CHECK_EQ(status, SIGKILL);
	}
	CHECK_EQ(sys_wait4(-1, &status, 0), -ECHILD);
	free(big);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "child_sees_parent_values", child_sees_parent_values },
	{ "child_writes_stay_private", child_writes_stay_private },
	{ "fork_until_enomem", fork_until_enomem },
};

int main(int argc, char **argv, char **envp)
{
	return ktap_run("forkmem", cases, sizeof(cases) / sizeof(cases[0]));
}
