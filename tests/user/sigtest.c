// SPDX-License-Identifier: GPL-2.0
/*
 * sigtest: delivering signals to handlers, as KTAP version 1 (the exit
 * status is the number of failed cases). Runs unchanged on Linux.
 *
 *  - kill(getpid(), SIGUSR1) runs the handler before kill returns, with
 *    si_code SI_USER and si_pid; raise (tkill) gives SI_TKILL;
 *  - SIG_IGN drops a signal; the default actions of SIGTERM, SIGUSR1,
 *    SIGUSR2 end a forked child (WIFSIGNALED, WTERMSIG), those of
 *    SIGCHLD, SIGURG, SIGWINCH, SIGCONT do nothing;
 *  - r0-r12 of the interrupted code come back intact after a handler
 *    that destroys them all (the signal arrives while it spins);
 *  - nested handlers, SA_NODEFER, SA_RESETHAND, the mask inside a handler;
 *  - sigaction's and kill's errors, a handler for SIGKILL refused;
 *  - nanosleep interrupted by a signal from a child returns EINTR;
 *  - wait4 restarted after a SA_RESTART handler, EINTR otherwise; pause
 *    EINTR either way;
 *  - SIGCHLD at a child's exit with CLD_EXITED/CLD_KILLED;
 *  - SIGSTOP, wait4 with WUNTRACED, SIGCONT, and SIGKILL of a stopped child;
 *  - a storm of 400 signals while the parent polls: each siginfo right;
 *  - the mask a handler writes into uc_sigmask is the mask after sigreturn.
 */
#include "lib/ktap.h"

static volatile int hits, last_sig, last_code, last_pid, last_status;

static void count_handler(int sig)
{
	hits++;
	last_sig = sig;
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	hits++;
	last_sig = si->si_signo;
	last_code = si->si_code;
	last_pid = si->si_pid;
	last_status = si->si_status;
}

static int set_handler(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa = { .sa_handler = fn, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL);
}

static int set_info_handler(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa = { .sa_sigaction = fn, .sa_flags = SA_SIGINFO };

	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL);
}

static int kill_self_runs_handler(void)
{
	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler, 0), 0);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(hits, 1);	/* before kill returned */
	CHECK_EQ(last_sig, SIGUSR1);
	CHECK_EQ(set_info_handler(SIGUSR1, info_handler), 0);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(hits, 2);
	CHECK_EQ(last_sig, SIGUSR1);
	CHECK_EQ(last_code, SI_USER);
	CHECK_EQ(last_pid, getpid());
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(hits, 3);
	CHECK_EQ(last_code, SI_TKILL);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

static int sig_ign_drops(void)
{
	sigset_t pending;

	CHECK(signal(SIGUSR2, SIG_IGN) == SIG_DFL);
	CHECK_EQ(kill(getpid(), SIGUSR2), 0);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK_EQ(sigpending(&pending), 0);
	CHECK_EQ(sigismember(&pending, SIGUSR2), 0);
	CHECK(signal(SIGUSR2, SIG_DFL) == SIG_IGN);
	return 0;
}

/* A child that sends itself sig; its wait status. */
static int child_status_after(int sig)
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		kill(getpid(), sig);
		_exit(3);
	}
	if (pid < 0 || sys_wait4(pid, &status, 0) != pid)
		return -1;
	return status;
}

static int default_actions(void)
{
	static const int fatal[] = { SIGTERM, SIGUSR1, SIGUSR2, SIGHUP, SIGALRM };
	static const int ignored[] = { SIGCHLD, SIGURG, SIGWINCH, SIGCONT };
	unsigned int i;
	int status = -1;
	long pid;

	for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		int st = child_status_after(fatal[i]);

		CHECK(WIFSIGNALED(st));
		CHECK_EQ(WTERMSIG(st), fatal[i]);
		CHECK_EQ(st, fatal[i]);	/* no core dump bit */
	}
	for (i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		CHECK_EQ(child_status_after(ignored[i]), 3 << 8);
	/* From the parent, into a sleep. */
	pid = fork_pauser();
	CHECK(pid > 0);
	status = kill_and_wait(pid, SIGTERM);
	CHECK(WIFSIGNALED(status));
	CHECK_EQ(WTERMSIG(status), SIGTERM);
	return 0;
}

/*
 * spin_regs: loads r0-r12 with 0x10..0x1c, spins until spin_flag is set,
 * and returns how many of r0-r12 changed. trash_handler (SA_SIGINFO)
 * sets the flag, records the interrupted pc and leaves every register
 * garbage: only the kernel's restore from the frame can put them back.
 */
volatile unsigned long spin_flag, spin_pc;
int spin_regs(void);
void trash_handler(int sig, siginfo_t *si, void *uc);
extern char spin_loop[], spin_loop_end[];
__asm__(".text\n"
	".align 2\n"
	".globl spin_regs\n"
	"spin_regs:\n"
	"	push	{r4-r11, lr}\n"
	"	mov	r0, #0x10\n	mov	r1, #0x11\n	mov	r2, #0x12\n"
	"	mov	r3, #0x13\n	mov	r4, #0x14\n	mov	r5, #0x15\n"
	"	mov	r6, #0x16\n	mov	r7, #0x17\n	mov	r8, #0x18\n"
	"	mov	r9, #0x19\n	mov	r10, #0x1a\n	mov	r11, #0x1b\n"
	"	mov	r12, #0x1c\n"
	".globl spin_loop\n"
	"spin_loop:\n"
	"	ldr	lr, =spin_flag\n"
	"	ldr	lr, [lr]\n"
	"	cmp	lr, #0\n"
	"	beq	spin_loop\n"
	".globl spin_loop_end\n"
	"spin_loop_end:\n"
	"	mov	lr, #0\n"
	"	cmp	r0, #0x10\n	addne	lr, lr, #1\n"
	"	cmp	r1, #0x11\n	addne	lr, lr, #1\n"
	"	cmp	r2, #0x12\n	addne	lr, lr, #1\n"
	"	cmp	r3, #0x13\n	addne	lr, lr, #1\n"
	"	cmp	r4, #0x14\n	addne	lr, lr, #1\n"
	"	cmp	r5, #0x15\n	addne	lr, lr, #1\n"
	"	cmp	r6, #0x16\n	addne	lr, lr, #1\n"
	"	cmp	r7, #0x17\n	addne	lr, lr, #1\n"
	"	cmp	r8, #0x18\n	addne	lr, lr, #1\n"
	"	cmp	r9, #0x19\n	addne	lr, lr, #1\n"
	"	cmp	r10, #0x1a\n	addne	lr, lr, #1\n"
	"	cmp	r11, #0x1b\n	addne	lr, lr, #1\n"
	"	cmp	r12, #0x1c\n	addne	lr, lr, #1\n"
	"	mov	r0, lr\n"
	"	pop	{r4-r11, pc}\n"
	".ltorg\n"
	".globl trash_handler\n"
	"trash_handler:\n"
	"	ldr	r0, [r2, #92]\n"		/* uc->uc_mcontext.arm_pc */
	"	ldr	r1, =spin_pc\n"
	"	str	r0, [r1]\n"
	"	ldr	r1, =spin_flag\n"
	"	mov	r0, #1\n"
	"	str	r0, [r1]\n"
	"	mvn	r0, #0\n	mvn	r1, #0\n	mvn	r2, #0\n	mvn	r3, #0\n"
	"	mvn	r4, #0\n	mvn	r5, #0\n	mvn	r6, #0\n	mvn	r7, #0\n"
	"	mvn	r8, #0\n	mvn	r9, #0\n	mvn	r10, #0\n	mvn	r11, #0\n"
	"	mvn	r12, #0\n"
	"	bx	lr\n"
	".ltorg\n");

static int registers_intact(void)
{
	int status = -1, bad;
	long pid;

	_Static_assert(__builtin_offsetof(ucontext_t, uc_mcontext.arm_pc) == 92, "arm_pc");
	spin_flag = 0;
	spin_pc = 0;
	CHECK_EQ(set_info_handler(SIGUSR1, trash_handler), 0);
	pid = sys_fork();
	if (pid == 0) {
		ktap_sleep_ms(20);	/* the parent is spinning by then (else it passes vacuously) */
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	CHECK(pid > 0);
	bad = spin_regs();
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(bad, 0);
	CHECK(spin_pc >= (unsigned long)spin_loop && spin_pc <= (unsigned long)spin_loop_end);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

static char trace[32];
static volatile int ntrace, h1_runs;
static sigset_t mask_in_h2;

static void note(char c)
{
	if (ntrace < (int)sizeof(trace) - 1)
		trace[ntrace++] = c;
}

static void h2(int sig)
{
	note('x');
	sigprocmask(SIG_BLOCK, NULL, &mask_in_h2);
}

/* Raises SIGUSR2 (runs nested at once) and, the first time, SIGUSR1 (blocked: after return). */
static void h1(int sig)
{
	note('a');
	raise(SIGUSR2);
	note('b');
	if (h1_runs++ == 0)
		raise(SIGUSR1);
	note('c');
}

static volatile int depth, max_depth;

static void nodefer(int sig)
{
	if (++depth > max_depth)
		max_depth = depth;
	if (depth < 3)
		raise(SIGUSR1);
	depth--;
}

static int nested_signals(void)
{
	sigset_t before, after;
	struct sigaction old;

	ntrace = 0;
	h1_runs = 0;
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &before), 0);
	CHECK_EQ(set_handler(SIGUSR1, h1, 0), 0);
	CHECK_EQ(set_handler(SIGUSR2, h2, 0), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	trace[ntrace] = '\0';
	CHECK_EQ(strcmp(trace, "axbcaxbc"), 0);
	CHECK_EQ(sigismember(&mask_in_h2, SIGUSR1), 1);
	CHECK_EQ(sigismember(&mask_in_h2, SIGUSR2), 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &after), 0);
	CHECK_EQ(memcmp(&before, &after, sizeof(before)), 0);	/* sigreturn restored it */
	/* SA_NODEFER: the handler interrupts itself; SA_RESETHAND: once only. */
	depth = max_depth = 0;
	CHECK_EQ(set_handler(SIGUSR1, nodefer, SA_NODEFER), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(max_depth, 3);
	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler, SA_RESETHAND), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(sigaction(SIGUSR1, NULL, &old), 0);
	CHECK(old.sa_handler == SIG_DFL);
	CHECK_EQ(set_handler(SIGUSR2, SIG_DFL, 0), 0);
	return 0;
}

static long rt_sigaction(long sig, const void *act, void *oact, long size)
{
	return __syscall4(__NR_rt_sigaction, sig, act, oact, size);
}

static int sigaction_errors(void)
{
	struct k_sigaction ka = { (void *)count_handler, SA_RESTORER, __restore, { { 0, 0 } } };
	struct sigaction sa = { .sa_handler = count_handler }, old;
	void *kernel_addr = (void *)0xc0000000UL;
	struct {
		void *handler;
		unsigned long mask, flags;
		void (*restorer)(void);
	} o = { (void *)count_handler, 1UL << (SIGUSR2 - 1), SA_RESTORER, __restore }, q;

	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(0, &sa, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(sigaction(65, &sa, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(sigaction(-1, NULL, &old), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(rt_sigaction(SIGUSR1, &ka, NULL, 4), -EINVAL);	/* sigsetsize */
	CHECK_EQ(rt_sigaction(SIGUSR1, (void *)16, NULL, 8), -EFAULT);
	CHECK_EQ(rt_sigaction(SIGUSR1, kernel_addr, NULL, 8), -EFAULT);
	CHECK_EQ(rt_sigaction(SIGUSR1, NULL, kernel_addr, 8), -EFAULT);
	CHECK_EQ(rt_sigaction(SIGUSR1, &ka, NULL, 8), 0);
	CHECK_EQ(rt_sigaction(SIGUSR1, NULL, &ka, 8), 0);
	CHECK(ka.handler == (void *)count_handler && ka.restorer == __restore);
	/* Without SA_RESTORER: Linux has its [sigpage]; this kernel refuses. */
	ka.flags = 0;
	CHECK_EQ(rt_sigaction(SIGUSR1, &ka, NULL, 8), ktap_on_linux() ? 0 : -EINVAL);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	/* sigaction (67): Linux's old_sigaction, a one-word mask. */
	CHECK_EQ(__syscall3(__NR_sigaction, SIGUSR1, &o, NULL), 0);
	CHECK_EQ(__syscall3(__NR_sigaction, SIGUSR1, NULL, &q), 0);
	CHECK(q.handler == o.handler && q.mask == o.mask && q.restorer == __restore);
	CHECK(q.flags & SA_RESTORER);
	hits = 0;
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(__syscall3(__NR_sigaction, SIGKILL, &o, NULL), -EINVAL);
	CHECK_EQ(__syscall3(__NR_sigaction, SIGUSR1, kernel_addr, NULL), -EFAULT);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	CHECK_EQ(__syscall4(__NR_rt_sigprocmask, 3, &sa.sa_mask, NULL, 8), -EINVAL);
	CHECK_EQ(__syscall4(__NR_rt_sigprocmask, SIG_BLOCK, kernel_addr, NULL, 8), -EFAULT);
	CHECK_EQ(__syscall4(__NR_rt_sigprocmask, SIG_BLOCK, NULL, kernel_addr, 8), -EFAULT);
	CHECK_EQ(__syscall4(__NR_rt_sigprocmask, SIG_BLOCK, NULL, &old.sa_mask, 16), -EINVAL);
	CHECK_EQ(__syscall2(__NR_rt_sigpending, kernel_addr, 8), -EFAULT);
	CHECK_EQ(kill(getpid(), 65), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(kill(getpid(), -1), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(kill(getpid(), 0), 0);
	CHECK_EQ(kill(0x7ffffff0, 0), -1);
	CHECK_EQ(errno, ESRCH);
	return 0;
}

static int sigkill_handler_refused(void)
{
	struct sigaction sa = { .sa_handler = count_handler }, old;
	sigset_t all, now;

	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(SIGKILL, &sa, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(sigaction(SIGSTOP, &sa, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	sa.sa_handler = SIG_IGN;
	CHECK_EQ(sigaction(SIGKILL, &sa, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(sigaction(SIGKILL, NULL, &old), 0);	/* asking is fine */
	CHECK(old.sa_handler == SIG_DFL);
	/* Neither can be blocked: a full mask comes back without them. */
	sigfillset(&all);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &all, &now), 0);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &now, &all), 0);
	CHECK_EQ(sigismember(&all, SIGKILL), 0);
	CHECK_EQ(sigismember(&all, SIGSTOP), 0);
	CHECK_EQ(sigismember(&all, SIGUSR1), 1);
	return 0;
}

static int nanosleep_eintr(void)
{
	struct timespec req = { 30, 0 }, rem = { 0, 0 };
	long pid, r;

	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler, 0), 0);
	pid = fork_signaller(SIGUSR1, 0);
	CHECK(pid > 0);
	r = __syscall2(__NR_nanosleep, &req, &rem);
	CHECK_EQ(kill_and_wait(pid, SIGKILL), SIGKILL);
	CHECK_EQ(r, -EINTR);
	CHECK(hits >= 1);
	CHECK(rem.tv_sec > 0 && rem.tv_sec <= 30);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

/* wait4 interrupted: restarted after a SA_RESTART handler, EINTR after another. */
static int wait4_restart(void)
{
	int status = -1;
	long pid;

	hits = 0;
	CHECK_EQ(set_handler(SIGUSR1, count_handler, SA_RESTART), 0);
	pid = fork_signaller(SIGUSR1, 3);
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);	/* through three signals */
	CHECK_EQ(status, 0);
	CHECK_EQ(hits, 3);
	CHECK_EQ(set_handler(SIGUSR1, count_handler, 0), 0);
	pid = fork_signaller(SIGUSR1, 0);
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), -EINTR);
	CHECK_EQ(kill_and_wait(pid, SIGKILL), SIGKILL);
	/* pause is never restarted after a handler, SA_RESTART or not. */
	CHECK_EQ(set_handler(SIGUSR1, count_handler, SA_RESTART), 0);
	pid = fork_signaller(SIGUSR1, 0);
	CHECK(pid > 0);
	CHECK_EQ(pause(), -1);
	CHECK_EQ(errno, EINTR);
	CHECK_EQ(kill_and_wait(pid, SIGKILL), SIGKILL);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

static int sigchld_at_exit(void)
{
	int status = -1;
	long pid;

	hits = 0;
	CHECK_EQ(set_info_handler(SIGCHLD, info_handler), 0);
	pid = sys_fork();
	if (pid == 0)
		_exit(5);
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(hits, 1);
	CHECK_EQ(last_sig, SIGCHLD);
	CHECK_EQ(last_code, CLD_EXITED);
	CHECK_EQ(last_pid, pid);
	CHECK_EQ(last_status, 5);
	pid = fork_pauser();
	CHECK(pid > 0);
	CHECK_EQ(kill_and_wait(pid, SIGKILL), SIGKILL);
	CHECK_EQ(hits, 2);
	CHECK_EQ(last_code, CLD_KILLED);
	CHECK_EQ(last_status, SIGKILL);
	CHECK_EQ(set_handler(SIGCHLD, SIG_DFL, 0), 0);
	return 0;
}

#define WUNTRACED	2
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WSTOPSIG(s)	WEXITSTATUS(s)

static volatile int usr1_seen;

static void usr1_note(int sig)
{
	usr1_seen = 1;
}

static int stop_and_continue(void)
{
	int status = -1;
	long pid;

	CHECK_EQ(set_handler(SIGUSR1, usr1_note, 0), 0);
	usr1_seen = 0;
	pid = sys_fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(usr1_seen ? 7 : 1);	/* SIGUSR1 came while stopped, ran after SIGCONT */
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, WUNTRACED), pid);
	CHECK(WIFSTOPPED(status));
	CHECK_EQ(WSTOPSIG(status), SIGSTOP);
	CHECK_EQ(kill(pid, SIGUSR1), 0);
	CHECK_EQ(sys_wait4(pid, &status, WNOHANG), 0);	/* still stopped */
	CHECK_EQ(kill(pid, SIGCONT), 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 7 << 8);
	/* SIGKILL ends a stopped process. */
	pid = sys_fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(1);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, WUNTRACED), pid);
	CHECK(WIFSTOPPED(status));
	CHECK_EQ(kill(pid, SIGKILL), 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, SIGKILL);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

static volatile int storm_bad;

static void storm_handler(int sig, siginfo_t *si, void *uc)
{
	if (si->si_signo != sig || (sig != SIGUSR1 && sig != SIGUSR2) || si->si_code != SI_USER)
		storm_bad++;
	hits++;
}

/* 400 signals from a child while the parent polls wait4: every one well formed, none lost for good. */
static int signal_storm(void)
{
	sigset_t before, after;
	int status = -1, i;
	long pid, r;

	hits = storm_bad = 0;
	CHECK_EQ(set_info_handler(SIGUSR1, storm_handler), 0);
	CHECK_EQ(set_info_handler(SIGUSR2, storm_handler), 0);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &before), 0);
	pid = sys_fork();
	if (pid == 0) {
		pid_t parent = getppid();

		for (i = 0; i < 400; i++) {
			kill(parent, i & 1 ? SIGUSR2 : SIGUSR1);
			if (!(i % 16))
				sched_yield();
		}
		_exit(0);
	}
	CHECK(pid > 0);
	/*
	 * Polling, but yielding: a bare loop of system calls would hold the CPU
	 * for whole time slices, which under QEMU costs minutes of host time
	 * (each entry and exit rewrites DACR, and QEMU flushes its TLB then).
	 */
	while ((r = sys_wait4(pid, &status, WNOHANG)) == 0)
		sched_yield();
	CHECK_EQ(r, pid);
	CHECK_EQ(status, 0);
	CHECK(hits >= 2 && hits <= 400);	/* merged while pending: not one per send */
	CHECK_EQ(storm_bad, 0);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &after), 0);
	CHECK_EQ(memcmp(&before, &after, sizeof(before)), 0);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	CHECK_EQ(set_handler(SIGUSR2, SIG_DFL, 0), 0);
	return 0;
}

/* The handler edits the mask its frame restores: sigreturn takes uc_sigmask as the new mask. */
static void block_usr2_on_return(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	sigaddset(&uc->uc_sigmask, SIGUSR2);
	sigaddset(&uc->uc_sigmask, SIGKILL);	/* never blockable, frame or not */
	hits++;
}

static int sigreturn_restores_frame_mask(void)
{
	sigset_t now;

	hits = 0;
	CHECK_EQ(set_info_handler(SIGUSR1, block_usr2_on_return), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK_EQ(sigismember(&now, SIGUSR2), 1);
	CHECK_EQ(sigismember(&now, SIGUSR1), 0);
	if (!ktap_on_linux())	/* qemu-arm keeps its own copy of the mask, SIGKILL and all */
		CHECK_EQ(sigismember(&now, SIGKILL), 0);
	sigemptyset(&now);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &now, NULL), 0);
	CHECK_EQ(set_handler(SIGUSR1, SIG_DFL, 0), 0);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "kill_self_runs_handler", kill_self_runs_handler },
	{ "sig_ign_drops", sig_ign_drops },
	{ "default_actions", default_actions },
	{ "registers_intact", registers_intact },
	{ "nested_signals", nested_signals },
	{ "sigaction_errors", sigaction_errors },
	{ "sigkill_handler_refused", sigkill_handler_refused },
	{ "nanosleep_eintr", nanosleep_eintr },
	{ "wait4_restart", wait4_restart },
	{ "sigchld_at_exit", sigchld_at_exit },
	{ "stop_and_continue", stop_and_continue },
	{ "signal_storm", signal_storm },
	{ "sigreturn_restores_frame_mask", sigreturn_restores_frame_mask },
};

int main(void)
{
	return ktap_run("sigtest", cases, sizeof(cases) / sizeof(cases[0]));
}
