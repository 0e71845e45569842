// SPDX-License-Identifier: GPL-2.0
/*
 * /init: PID 1, started by the kernel (kernel/main.c: run_init_process).
 *
 *	/init [PROG [ARGS...]]
 *
 * With PROG (the kernel's init=PROG, and the words after " -- " on its
 * command line as ARGS) it runs that one program. Without, it is the
 * runner of the test programs, as xv6's usertests: each in turn, in a
 * forked child, with the free memory (sysinfo(2), which this kernel
 * counts exactly) compared before and after; a program passes if it
 * exits with status 0 and every page it used came back. Then a summary:
 *
 *	init: N passed, M failed
 *
 * After that, as PID 1, it stays to reap the orphans the kernel gives it,
 * for ever; or, with INIT_END=poweroff in its environment (the kernel's
 * init_end=poweroff), it powers the machine off (reboot(2)). Not PID 1
 * (run by hand, or under qemu-arm on Linux), it exits with the number of
 * failures instead.
 */
#include "lib/ulib.h"

#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC

/* The test programs: path, then argv. Each exits 0 when all is well. */
static const char *const tests[][5] = {
	{ "/bin/hello", "hello", 0 },
	{ "/bin/args", "args", "one", "two words", 0 },
	{ "/bin/syscalls", "syscalls", 0 },
	{ "/bin/execfail", "execfail", 0 },
	{ "/bin/forktree", "forktree", 0 },
	{ "/bin/forkmem", "forkmem", 0 },
	{ "/bin/pipes", "pipes", 0 },
	{ "/bin/demand", "demand", 0 },
	{ "/bin/cow", "cow", 0 },
	{ "/bin/faultwalk", "faultwalk", 0 },
	{ "/bin/faults", "faults", 0 },
	{ "/bin/stackgrow", "stackgrow", 0 },
	{ "/bin/uaccesstest", "uaccesstest", 0 },
	{ "/bin/mmaptest", "mmaptest", 0 },
	{ "/bin/brktest", "brktest", 0 },
	{ "/bin/shmanon", "shmanon", 0 },
	{ "/bin/vmrandom", "vmrandom", 0 },
	{ "/bin/sigtest", "sigtest", 0 },
	{ "/bin/sigsegv", "sigsegv", 0 },
	{ "/bin/sigmask", "sigmask", 0 },
};

static long free_bytes(void)
{
	struct sysinfo si;

	if (sysinfo(&si))
		return -1;
	return (long)(si.freeram * si.mem_unit);
}

/* Runs path with argv to its exit: the wait status, or -1 if it never ran. */
static int run(const char *path, char *const argv[], char *const envp[])
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		printf("init: fork: error %d\n", errno);
		return -1;
	}
	if (pid == 0) {
		execve(path, argv, envp);
		printf("init: %s: execve error %d\n", path, errno);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid) {
		printf("init: wait for %s: error %d\n", path, errno);
		return -1;
	}
	return status;
}

static void say_status(const char *path, int status)
{
	if (status & 0x7f)
		printf("init: %s killed by signal %d\n", path, status & 0x7f);
	else
		printf("init: %s exited with status %d\n", path, (status >> 8) & 0xff);
}

/*
 * Reaps what a test left behind: orphans it forked, adopted by init, that
 * may still be running. Polls (WNOHANG) with a short sleep, since a
 * blocking wait4 with no child left tells the kernel init has settled.
 */
static void reap_orphans(void)
{
	struct timespec tick = { 0, 10000000 };
	int status;
	long r;

	while ((r = wait4(-1, &status, WNOHANG, NULL)) >= 0)
		if (r == 0)
			nanosleep(&tick, NULL);
}

/* One test program; 1 if it passed. */
static int run_test(const char *const *t, char *const envp[])
{
	long before = free_bytes(), after;
	int status = run(t[0], (char *const *)t + 1, envp);

	if (getpid() == 1)
		reap_orphans();
	after = free_bytes();
	say_status(t[0], status);
	if (status)
		return 0;
	/* On Linux (not PID 1) free memory moves on its own: only report it. */
	if (after != before) {
		printf("init: %s: free memory %ld bytes before, %ld after\n", t[0], before, after);
		return getpid() != 1;
	}
	return 1;
}

static int run_tests(char *const envp[])
{
	unsigned int i, passed = 0, n = sizeof(tests) / sizeof(tests[0]);

	printf("init: running %u test programs\n", n);
	for (i = 0; i < n; i++)
		passed += run_test(tests[i], envp);
	printf("init: %u passed, %u failed\n", passed, n - passed);
	return n - passed;
}

/* PID 1's last job, for ever: reap whatever the kernel re-parents to it. */
static void __attribute__((noreturn)) reap_forever(char *const envp[])
{
	const char *end = getenv("INIT_END");
	struct timespec ten_seconds = { 10, 0 };
	int status;

	(void)envp;
	for (;;) {
		if (wait4(-1, &status, 0, NULL) > 0)
			continue;
		/* No child left: the kernel starts the monitor's prompt now. */
		if (end && !strcmp(end, "poweroff")) {
			printf("init: powering off\n");
			__syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
				   LINUX_REBOOT_CMD_POWER_OFF, 0);
			printf("init: reboot(2) failed\n");
			end = 0;
		}
		/* Orphans may still come; without signals, look again now and then. */
		nanosleep(&ten_seconds, NULL);
	}
}

int main(int argc, char **argv, char **envp)
{
	int failed;

	printf("init: pid %d, %d argument(s)\n", getpid(), argc);
	if (argc > 1) {
		int status = run(argv[1], argv + 1, envp);

		say_status(argv[1], status);
		failed = status != 0;
	} else {
		failed = run_tests(envp);
	}
	if (getpid() != 1)
		return failed;
	reap_forever(envp);
}
