// SPDX-License-Identifier: GPL-2.0
/*
 * sigmask: the signal mask and pending signals, as KTAP version 1 (the
 * exit status is the number of failed cases). Runs unchanged on Linux.
 *
 *  - a blocked signal stays pending (sigpending) until unblocked, and
 *    then runs once however often it was sent;
 *  - SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK, the old mask, real-time bits;
 *  - sigsuspend and pause return EINTR after the handler, and
 *    sigsuspend puts the mask back;
 *  - ignoring a pending signal discards it;
 *  - fork keeps handlers and mask but nothing pending; exec resets the
 *    handlers to SIG_DFL, keeping SIG_IGN and the mask (this kernel
 *    only: on Linux an execve of an ARM binary needs binfmt_misc).
 *
 * With an argument it is a helper: "exec-check" (run by exec; exit 0 if
 * the state after exec is right), "pause" (sleep in pause until a
 * signal ends it), "blockall" (block and ignore every signal it can,
 * then pause: the kernel's signal suite shows SIGKILL still ends it).
 */
#include "lib/ktap.h"

static volatile int hits;

static void count_handler(int sig)
{
	hits++;
}

static int set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa = { .sa_handler = fn };

	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL);
}

static int mask_of(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	return sigprocmask(SIG_BLOCK, &set, NULL);
}

static int unmask_of(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static int is_pending(int sig)
{
	sigset_t set;

	return sigpending(&set) == 0 && sigismember(&set, sig) == 1;
}

static int blocked_stays_pending(void)
{
	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler), 0);
	CHECK_EQ(mask_of(SIGUSR1), 0);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);	/* merged: a standard signal queues once */
	CHECK_EQ(hits, 0);
	CHECK(is_pending(SIGUSR1));
	CHECK(!is_pending(SIGUSR2));
	CHECK_EQ(unmask_of(SIGUSR1), 0);	/* delivered before sigprocmask returns */
	CHECK_EQ(hits, 1);
	CHECK(!is_pending(SIGUSR1));
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL), 0);
	return 0;
}

static int procmask_how(void)
{
	sigset_t a, old, now;

	sigemptyset(&a);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &a, &old), 0);
	sigaddset(&a, SIGHUP);
	sigaddset(&a, SIGRTMIN + 2);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &a, NULL), 0);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK_EQ(sigismember(&now, SIGHUP), 1);
	CHECK_EQ(sigismember(&now, SIGRTMIN + 2), 1);
	CHECK_EQ(now.sig[1], 1UL << (SIGRTMIN + 2 - 33));
	sigemptyset(&a);
	sigaddset(&a, SIGINT);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &a, NULL), 0);
	sigaddset(&a, SIGHUP);
	CHECK_EQ(sigprocmask(SIG_UNBLOCK, &a, &now), 0);	/* old mask: all three */
	CHECK_EQ(sigismember(&now, SIGINT), 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK_EQ(sigismember(&now, SIGINT), 0);
	CHECK_EQ(sigismember(&now, SIGHUP), 0);
	CHECK_EQ(sigismember(&now, SIGRTMIN + 2), 1);
	sigemptyset(&a);
	sigaddset(&a, SIGQUIT);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &a, NULL), 0);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK_EQ(memcmp(&now, &a, sizeof(a)), 0);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &old, NULL), 0);
	return 0;
}

static int sigsuspend_restores_mask(void)
{
	sigset_t none, now;
	int status = -1;
	long pid;

	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler), 0);
	CHECK_EQ(mask_of(SIGUSR1), 0);
	pid = fork_signaller(SIGUSR1, 1);	/* arrives blocked, or during the sigsuspend */
	CHECK(pid > 0);
	sigemptyset(&none);
	CHECK_EQ(sigsuspend(&none), -1);
	CHECK_EQ(errno, EINTR);
	CHECK_EQ(hits, 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK_EQ(sigismember(&now, SIGUSR1), 1);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(unmask_of(SIGUSR1), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(__syscall2(__NR_rt_sigsuspend, &none, 4), -EINVAL);
	CHECK_EQ(__syscall2(__NR_rt_sigsuspend, (void *)0xc0000000UL, 8), -EFAULT);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL), 0);
	return 0;
}

static int pause_eintr(void)
{
	long pid;

	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler), 0);
	pid = fork_signaller(SIGUSR1, 0);
	CHECK(pid > 0);
	CHECK_EQ(pause(), -1);
	CHECK_EQ(errno, EINTR);
	CHECK(hits >= 1);
	CHECK_EQ(kill_and_wait(pid, SIGKILL), SIGKILL);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL), 0);
	return 0;
}

static int ignore_discards_pending(void)
{
	CHECK_EQ(mask_of(SIGUSR2), 0);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK(is_pending(SIGUSR2));
	CHECK_EQ(set_handler(SIGUSR2, SIG_IGN), 0);
	CHECK(!is_pending(SIGUSR2));
	CHECK_EQ(set_handler(SIGUSR2, SIG_DFL), 0);
	CHECK_EQ(unmask_of(SIGUSR2), 0);	/* nothing left: we live */
	return 0;
}

static int fork_inherits(void)
{
	int status = -1;
	long pid;

	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler), 0);
	CHECK_EQ(set_handler(SIGUSR2, count_handler), 0);
	CHECK_EQ(mask_of(SIGUSR2), 0);
	CHECK_EQ(raise(SIGUSR2), 0);	/* pending in the parent only */
	pid = sys_fork();
	if (pid == 0) {
		sigset_t now;
		int bad = 0;

		sigprocmask(SIG_BLOCK, NULL, &now);
		bad |= sigismember(&now, SIGUSR2) != 1;
		bad |= is_pending(SIGUSR2) << 1;
		raise(SIGUSR1);
		bad |= (hits != 1) << 2;
		_exit(bad);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	CHECK_EQ(unmask_of(SIGUSR2), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL), 0);
	CHECK_EQ(set_handler(SIGUSR2, SIG_DFL), 0);
	return 0;
}

static int exec_check(void)
{
	struct sigaction sa;
	sigset_t now;
	int bad = 0;

	bad |= sigaction(SIGUSR1, NULL, &sa) || sa.sa_handler != SIG_DFL;
	bad |= (sigaction(SIGUSR2, NULL, &sa) || sa.sa_handler != SIG_IGN) << 1;
	bad |= (sigprocmask(SIG_BLOCK, NULL, &now) || sigismember(&now, SIGHUP) != 1) << 2;
	return bad;
}

static int exec_resets_handlers(void)
{
	static char *const argv[] = { "sigmask", "exec-check", NULL };
	int status = -1;
	long pid;

	if (ktap_on_linux())
		SKIP("execve of an ARM binary needs binfmt_misc on Linux");
	CHECK_EQ(set_handler(SIGUSR1, count_handler), 0);
	CHECK_EQ(set_handler(SIGUSR2, SIG_IGN), 0);
	CHECK_EQ(mask_of(SIGHUP), 0);
	pid = sys_fork();
	if (pid == 0) {
		execve("/bin/sigmask", argv, NULL);
		_exit(100);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	CHECK_EQ(unmask_of(SIGHUP), 0);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL), 0);
	CHECK_EQ(set_handler(SIGUSR2, SIG_DFL), 0);
	return 0;
}

static void __attribute__((noreturn)) block_all_and_pause(void)
{
	sigset_t all;
	int sig;

	for (sig = 1; sig < NSIG; sig++)
		signal(sig, SIG_IGN);	/* SIGKILL and SIGSTOP refuse */
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	printf("sigmask: blockall ready\n");
	for (;;)
		pause();
}

static const struct ktap_case cases[] = {
	{ "blocked_stays_pending", blocked_stays_pending },
	{ "procmask_how", procmask_how },
	{ "sigsuspend_restores_mask", sigsuspend_restores_mask },
	{ "pause_eintr", pause_eintr },
	{ "ignore_discards_pending", ignore_discards_pending },
	{ "fork_inherits", fork_inherits },
	{ "exec_resets_handlers", exec_resets_handlers },
};

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exec-check"))
		return exec_check();
	if (argc > 1 && !strcmp(argv[1], "pause")) {
		for (;;)
			pause();
	}
	if (argc > 1 && !strcmp(argv[1], "blockall"))
		block_all_and_pause();
	return ktap_run("sigmask", cases, sizeof(cases) / sizeof(cases[0]));
}
