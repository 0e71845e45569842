// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "signal": signals (kernel/signal.c, arch/arm/kernel/signal.c).
 *
 * On the test's own task (init, which never returns to user mode, so
 * nothing acts on what is left pending; each case clears it again):
 *  - masks and pending bits: a blocked signal is pending without
 *    TIF_SIGPENDING, unblocking sets it; SIGKILL and SIGSTOP never stay
 *    in the mask; a second send of a pending signal is merged;
 *  - the delivery order: synchronous fault signals first, then by number;
 *  - force_sig_fault on a blocked, ignored SIGSEGV unblocks it, resets it
 *    to SIG_DFL, queues si_code and si_addr, and prints the one-line
 *    report; with a handler it prints nothing;
 *  - sigaction refuses SIGKILL, SIGSTOP, bad numbers, no SA_RESTORER;
 *  - valid_user_regs: a forged cpsr never keeps a privileged mode;
 *  - a frame for a user sp that cannot take it: -EFAULT, registers kept;
 *  - exec's reset of the handlers and fork's copy.
 * With user programs:
 *  - /bin/sigtest, /bin/sigsegv, /bin/sigmask (their own KTAP);
 *  - a process that blocks and ignores everything: SIGTERM stays
 *    pending, SIGSTOP stops it anyway (ps T, the monitor's `signals`
 *    line), SIGKILL ends it while stopped;
 *  - kill(-1, SIGTERM) ends every user process but init (from the
 *    monitor's `test signal`, any other program running goes too).
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/monitor.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <asm/ptrace.h>
#include "user_prog.h"

/*
 * Nothing pending, nothing blocked, every action SIG_DFL, and a
 * sighand_struct (a sigaction makes it), so siginfo is kept.
 */
static void reset_current_signals(void)
{
	static const struct k_sigaction dfl;
	sigset_t none;
	unsigned long flags;

	do_sigaction(SIGHUP, &dfl, NULL);
	sigemptyset(&none);
	local_irq_save(flags);
	sigemptyset(&current->pending.signal);
	if (current->sighand)
		memset(current->sighand->action, 0, sizeof(current->sighand->action));
	local_irq_restore(flags);
	set_current_blocked(&none);
}

static void block_one(int sig)
{
	sigset_t set = current->blocked;

	sigaddset(&set, sig);
	set_current_blocked(&set);
}

static void test_mask_and_pending(struct ktest *t)
{
	struct kernel_siginfo info = { .si_signo = SIGUSR1, .si_code = SI_USER };
	sigset_t all;

	reset_current_signals();
	block_one(SIGUSR1);
	info.si_pid = 1234;
	EXPECT_EQ(t, send_sig_info(SIGUSR1, &info, current), 0);
	info.si_pid = 5678;
	EXPECT_EQ(t, send_sig_info(SIGUSR1, &info, current), 0);	/* merged */
	EXPECT_TRUE(t, sigismember(&current->pending.signal, SIGUSR1));
	EXPECT_FALSE(t, signal_pending(current));	/* blocked: nothing to act on */
	sigemptyset(&all);
	set_current_blocked(&all);
	EXPECT_TRUE(t, signal_pending(current));
	EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), SIGUSR1);
	EXPECT_EQ(t, info.si_pid, 1234);	/* the first send's siginfo */
	EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), 0);
	EXPECT_FALSE(t, signal_pending(current));
	EXPECT_EQ(t, send_sig_info(0, NULL, current), -EINVAL);
	EXPECT_EQ(t, send_sig_info(_NSIG + 1, NULL, current), -EINVAL);

	/* Everything blocked: SIGKILL and SIGSTOP are not, and still act. */
	all.sig[0] = all.sig[1] = ~0UL;
	set_current_blocked(&all);
	EXPECT_FALSE(t, sigismember(&current->blocked, SIGKILL));
	EXPECT_FALSE(t, sigismember(&current->blocked, SIGSTOP));
	EXPECT_TRUE(t, sigismember(&current->blocked, SIGTERM));
	send_sig_info(SIGTERM, NULL, current);
	EXPECT_FALSE(t, signal_pending(current));
	send_sig_info(SIGKILL, NULL, current);
	EXPECT_TRUE(t, signal_pending(current));
	EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), SIGKILL);
	EXPECT_EQ(t, info.si_code, SI_KERNEL);
	EXPECT_FALSE(t, signal_pending(current));
	reset_current_signals();
}

static void test_delivery_order(struct ktest *t)
{
	static const int sent[] = { SIGUSR2, SIGRTMIN + 1, SIGHUP, SIGSEGV, SIGTERM, SIGILL };
	static const int order[] = { SIGILL, SIGSEGV, SIGHUP, SIGUSR2, SIGTERM, SIGRTMIN + 1 };
	struct kernel_siginfo info;
	unsigned int i;

	reset_current_signals();
	for (i = 0; i < ARRAY_SIZE(sent); i++)
		send_sig_info(sent[i], NULL, current);
	for (i = 0; i < ARRAY_SIZE(order); i++) {
		EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), order[i]);
		EXPECT_EQ(t, info.si_signo, order[i]);
	}
	EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), 0);
	/* Default-ignored signals and SIG_IGN ones are dropped at once, unless blocked. */
	send_sig_info(SIGCHLD, NULL, current);
	send_sig_info(SIGWINCH, NULL, current);
	EXPECT_TRUE(t, sigisemptyset(&current->pending.signal));
	block_one(SIGCHLD);
	send_sig_info(SIGCHLD, NULL, current);
	EXPECT_TRUE(t, sigismember(&current->pending.signal, SIGCHLD));
	/* A stop drops a pending SIGCONT, SIGCONT drops pending stops. */
	block_one(SIGCONT);
	block_one(SIGTSTP);
	send_sig_info(SIGCONT, NULL, current);
	send_sig_info(SIGTSTP, NULL, current);
	EXPECT_FALSE(t, sigismember(&current->pending.signal, SIGCONT));
	send_sig_info(SIGCONT, NULL, current);
	EXPECT_FALSE(t, sigismember(&current->pending.signal, SIGTSTP));
	reset_current_signals();
}

static void test_force_sig_fault(struct ktest *t)
{
	struct k_sigaction ign = { .sa = { .sa_handler = SIG_IGN } }, ka;
	struct pt_regs regs = { .uregs = { [13] = 0x7ff0, [14] = 0x8456, [15] = 0x8123 } };
	struct kernel_siginfo info;
	char log[256], me[TASK_COMM_LEN + 16], want[160];

	/* The suite runs in init at boot, in the monitor's thread from `test`. */
	snprintf(me, sizeof(me), "%s[%d]: ", current->comm, current->pid);
	reset_current_signals();
	EXPECT_EQ(t, do_sigaction(SIGSEGV, &ign, NULL), 0);
	block_one(SIGSEGV);
	force_sig_fault(SIGSEGV, SEGV_ACCERR, 0x1234, &regs, "test fault");
	EXPECT_FALSE(t, sigismember(&current->blocked, SIGSEGV));
	EXPECT_EQ(t, do_sigaction(SIGSEGV, NULL, &ka), 0);
	EXPECT_TRUE(t, ka.sa.sa_handler == SIG_DFL);
	EXPECT_TRUE(t, signal_pending(current));
	EXPECT_EQ(t, dequeue_signal(&current->blocked, &info), SIGSEGV);
	EXPECT_EQ(t, info.si_code, SEGV_ACCERR);
	EXPECT_EQ_HEX(t, (unsigned long)info.si_addr, 0x1234UL);
	EXPECT_EQ_HEX(t, current->sighand->fault_address, 0x1234UL);	/* made by do_sigaction */
	ktest_log_tail(log, sizeof(log));
	snprintf(want, sizeof(want), "%ssegfault at 00001234 pc 00008123 lr 00008456 (test fault)\n",
		 me);
	EXPECT_TRUE(t, strstr(log, want) != NULL);

	/* SIGBUS and SIGILL: the same line with their words. */
	force_sig_fault(SIGBUS, BUS_ADRERR, 0x40, &regs, "bus");
	ktest_log_tail(log, sizeof(log));
	snprintf(want, sizeof(want), "%sbus error at 00000040 pc 00008123", me);
	EXPECT_TRUE(t, strstr(log, want) != NULL);
	force_sig_fault(SIGILL, ILL_ILLOPC, 0x8123, &regs, "undef");
	ktest_log_tail(log, sizeof(log));
	snprintf(want, sizeof(want), "%sillegal instruction at 00008123 pc 00008123", me);
	EXPECT_TRUE(t, strstr(log, want) != NULL);
	reset_current_signals();

	/* Handled: no report, the handler stays. */
	ka.sa.sa_handler = (__sighandler_t)0x8000;
	ka.sa.sa_flags = SA_RESTORER | SA_SIGINFO;
	ka.sa.sa_restorer = (__sigrestore_t)0x8004;
	sigemptyset(&ka.sa.sa_mask);
	EXPECT_EQ(t, do_sigaction(SIGSEGV, &ka, NULL), 0);
	force_sig_fault(SIGSEGV, SEGV_MAPERR, 0x5678, &regs, "handled");
	ktest_log_tail(log, sizeof(log));
	EXPECT_TRUE(t, strstr(log, "(handled)") == NULL);
	EXPECT_EQ(t, do_sigaction(SIGSEGV, NULL, &ka), 0);
	EXPECT_EQ_HEX(t, (unsigned long)ka.sa.sa_handler, 0x8000UL);
	reset_current_signals();
}

static void test_sigaction_refusals(struct ktest *t)
{
	struct k_sigaction ka = { .sa = { .sa_handler = (__sighandler_t)0x8000,
					  .sa_flags = SA_RESTORER,
					  .sa_restorer = (__sigrestore_t)0x8004 } };
	struct k_sigaction ign = { .sa = { .sa_handler = SIG_IGN } }, old;

	reset_current_signals();
	EXPECT_EQ(t, do_sigaction(SIGKILL, &ka, NULL), -EINVAL);
	EXPECT_EQ(t, do_sigaction(SIGSTOP, &ka, NULL), -EINVAL);
	EXPECT_EQ(t, do_sigaction(SIGKILL, &ign, NULL), -EINVAL);
	EXPECT_EQ(t, do_sigaction(SIGKILL, NULL, &old), 0);
	EXPECT_EQ(t, do_sigaction(0, NULL, &old), -EINVAL);
	EXPECT_EQ(t, do_sigaction(_NSIG + 1, &ka, NULL), -EINVAL);
	EXPECT_EQ(t, do_sigaction(_NSIG, &ka, NULL), 0);
	ka.sa.sa_flags = 0;	/* no way back from the handler */
	EXPECT_EQ(t, do_sigaction(SIGUSR1, &ka, NULL), -EINVAL);
	/* sa_mask never holds SIGKILL or SIGSTOP. */
	ka.sa.sa_flags = SA_RESTORER;
	ka.sa.sa_mask.sig[0] = ka.sa.sa_mask.sig[1] = ~0UL;
	EXPECT_EQ(t, do_sigaction(SIGUSR1, &ka, &old), 0);
	EXPECT_EQ(t, do_sigaction(SIGUSR1, NULL, &old), 0);
	EXPECT_FALSE(t, sigismember(&old.sa.sa_mask, SIGKILL));
	EXPECT_FALSE(t, sigismember(&old.sa.sa_mask, SIGSTOP));
	EXPECT_TRUE(t, sigismember(&old.sa.sa_mask, SIGUSR2));
	reset_current_signals();
}

static void test_valid_user_regs(struct ktest *t)
{
	static const struct {
		unsigned long cpsr, after;
		bool valid;
	} cases[] = {
		{ USR_MODE, USR_MODE, true },
		{ USR_MODE | PSR_N_BIT | PSR_Z_BIT, USR_MODE | PSR_N_BIT | PSR_Z_BIT, true },
		{ USR_MODE | PSR_A_BIT | PSR_F_BIT, USR_MODE, true },
		{ USR_MODE | PSR_T_BIT, USR_MODE | PSR_T_BIT, true },
		{ SVC_MODE, USR_MODE, false },
		{ SVC_MODE | PSR_I_BIT | PSR_F_BIT | PSR_C_BIT, USR_MODE | PSR_C_BIT, false },
		{ SYS_MODE, USR_MODE, false },
		{ ABT_MODE, USR_MODE, false },
		{ USR_MODE | PSR_I_BIT, USR_MODE, false },
		{ 0, USR_MODE, false },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct pt_regs regs = { .uregs = { [16] = cases[i].cpsr } };

		EXPECT_EQ(t, valid_user_regs(&regs), cases[i].valid);
		EXPECT_EQ_HEX(t, regs.ARM_cpsr, cases[i].after);
		EXPECT_TRUE(t, user_mode(&regs));
	}
}

/* A frame is never half-built: a user sp that cannot take it leaves the registers alone. */
static void test_bad_frame_address(struct ktest *t)
{
	static const unsigned long bad_sp[] = { 0x1000, 0xc0001000, 0x100 };
	struct ksignal ksig = { .sig = SIGUSR1 };
	struct pt_regs regs, before;
	sigset_t set;
	unsigned int i;

	ksig.ka.sa.sa_handler = (__sighandler_t)0x8000;
	ksig.ka.sa.sa_flags = SA_SIGINFO | SA_RESTORER;
	sigemptyset(&set);
	for (i = 0; i < ARRAY_SIZE(bad_sp); i++) {
		memset(&regs, 0x11, sizeof(regs));
		regs.ARM_sp = bad_sp[i];
		regs.ARM_cpsr = USR_MODE;
		before = regs;
		EXPECT_EQ(t, setup_signal_frame(&ksig, &set, &regs), -EFAULT);
		EXPECT_MEMEQ(t, &regs, &before, sizeof(regs));
	}
}

static struct task_struct sig_a, sig_b;
static struct sighand_struct sh_a;

/* fork's copy (dup_sighand, copy_signal_state) and exec's reset (flush_signal_handlers). */
static void test_exec_and_fork_state(struct ktest *t)
{
	struct sighand_struct *copy;

	memset(&sig_a, 0, sizeof(sig_a));
	memset(&sh_a, 0, sizeof(sh_a));
	sig_a.sighand = &sh_a;
	sh_a.action[SIGUSR1 - 1].sa.sa_handler = (__sighandler_t)0x8000;
	sh_a.action[SIGUSR1 - 1].sa.sa_flags = SA_RESTORER | SA_SIGINFO;
	sh_a.action[SIGUSR2 - 1].sa.sa_handler = SIG_IGN;
	sigaddset(&sig_a.blocked, SIGHUP);
	sigaddset(&sig_a.pending.signal, SIGINT);
	sh_a.sas_ss_sp = 0x9000;
	sh_a.sas_ss_size = 0x4000;

	memset(&sig_b, 0, sizeof(sig_b));
	EXPECT_EQ(t, dup_sighand(&sig_a, &copy), 0);
	ASSERT_NOT_NULL(t, copy);
	copy_signal_state(&sig_b, &sig_a, copy);
	EXPECT_MEMEQ(t, sig_b.sighand, &sh_a, sizeof(sh_a));
	EXPECT_TRUE(t, sigismember(&sig_b.blocked, SIGHUP));
	EXPECT_TRUE(t, sigisemptyset(&sig_b.pending.signal));	/* nothing pending in a child */
	exit_signals(&sig_b);
	EXPECT_NULL(t, sig_b.sighand);

	flush_signal_handlers(&sig_a);
	EXPECT_TRUE(t, sh_a.action[SIGUSR1 - 1].sa.sa_handler == SIG_DFL);
	EXPECT_EQ(t, sh_a.action[SIGUSR1 - 1].sa.sa_flags, 0UL);
	EXPECT_TRUE(t, sh_a.action[SIGUSR2 - 1].sa.sa_handler == SIG_IGN);
	EXPECT_TRUE(t, sigismember(&sig_a.blocked, SIGHUP));
	EXPECT_TRUE(t, sigismember(&sig_a.pending.signal, SIGINT));
	EXPECT_EQ(t, sh_a.sas_ss_size, 0U);

	/* A parent without handlers: the child has none either; SIG_DFL everywhere. */
	sig_a.sighand = NULL;
	EXPECT_EQ(t, dup_sighand(&sig_a, &copy), 0);
	EXPECT_NULL(t, copy);
	flush_signal_handlers(&sig_a);
}

static void test_sigtest(struct ktest *t)
{
	run_ktap_program(t, "/bin/sigtest", "sigtest", "# sigtest: 13 passed, 0 failed\n");
}

static void test_sigsegv(struct ktest *t)
{
	/* mprotect_write_accerr skips until mprotect exists (then: 6 passed). */
	run_ktap_program(t, "/bin/sigsegv", "sigsegv", "# sigsegv: ");
	EXPECT_TRUE(t, strstr(tail, "# sigsegv: 6 passed, 0 failed\n") ||
		       strstr(tail, "# sigsegv: 5 passed, 0 failed, 1 skipped\n"));
}

static void test_sigmask(struct ktest *t)
{
	run_ktap_program(t, "/bin/sigmask", "sigmask", "# sigmask: 7 passed, 0 failed\n");
}

/* Starts /bin/sigmask MODE (the caller mutes the console); the task, with a reference. */
static struct task_struct *start_helper(const char *mode)
{
	const char *const argv[] = { "sigmask", mode, NULL };
	int err;

	return exec_task_start("/bin/sigmask", argv, NULL, &err);
}

/* Lets other tasks run until cond(p) holds, at most about two seconds of ticks. */
static bool wait_until(struct task_struct *p, bool (*cond)(struct task_struct *p))
{
	int i;

	for (i = 0; i < 200 && !cond(p); i++)
		schedule_timeout_uninterruptible(1);
	return cond(p);
}

static bool paused_all_blocked(struct task_struct *p)
{
	return READ_ONCE(p->state) == TASK_INTERRUPTIBLE && sigismember(&p->blocked, SIGTERM);
}

static bool paused(struct task_struct *p)
{
	return READ_ONCE(p->state) == TASK_INTERRUPTIBLE;
}

static bool is_stopped(struct task_struct *p)
{
	return READ_ONCE(p->state) == TASK_STOPPED && READ_ONCE(p->stopped);
}

/*
 * The monitor's `signals` line of the blockall helper, stopped: SIGTERM
 * (bit 14) pending; blocked and ignored all but SIGKILL (bit 8) and
 * SIGSTOP (bit 18); nothing caught.
 */
static void expect_signals_line(struct ktest *t, int pid)
{
	char cmd[] = "signals", want[128];

	snprintf(want, sizeof(want), "%5d 0000000000004000 fffffffffffbfeff fffffffffffbfeff "
		 "0000000000000000 sigmask (stopped)\n", pid);
	EXPECT_EQ(t, monitor_exec(cmd), 0);
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_TRUE(t, strstr(tail, want) != NULL);
}

static void test_sigkill_unstoppable(struct ktest *t)
{
	struct task_struct *p;

	console_muted = true;
	p = start_helper("blockall");
	EXPECT_NOT_NULL(t, p);
	if (!p) {
		console_muted = false;
		return;
	}
	EXPECT_TRUE(t, wait_until(p, paused_all_blocked));
	EXPECT_FALSE(t, sigismember(&p->blocked, SIGKILL));
	EXPECT_FALSE(t, sigismember(&p->blocked, SIGSTOP));
	EXPECT_EQ(t, sys_kill(p->pid, SIGTERM), 0);
	EXPECT_TRUE(t, sigismember(&p->pending.signal, SIGTERM));
	EXPECT_TRUE(t, paused(p));			/* blocked: it sleeps on */
	EXPECT_EQ(t, sys_kill(p->pid, SIGSTOP), 0);	/* cannot be blocked or ignored */
	EXPECT_TRUE(t, wait_until(p, is_stopped));
	EXPECT_STREQ(t, task_state_name(p), "T");
	expect_signals_line(t, p->pid);
	EXPECT_EQ(t, sys_kill(p->pid, SIGKILL), 0);	/* ends it, stopped as it is */
	EXPECT_EQ(t, exec_task_wait(p), SIGKILL);
	console_muted = false;
}

static void test_kill_minus_one(struct ktest *t)
{
	struct task_struct *a, *b;

	console_muted = true;
	a = start_helper("pause");
	b = start_helper("pause");
	EXPECT_NOT_NULL(t, a);
	EXPECT_NOT_NULL(t, b);
	if (!a || !b) {
		if (a || b) {
			sys_kill(-1, SIGKILL);
			exec_task_wait(a ? a : b);
		}
		console_muted = false;
		return;
	}
	EXPECT_TRUE(t, wait_until(a, paused));
	EXPECT_TRUE(t, wait_until(b, paused));
	EXPECT_EQ(t, sys_kill(-1, SIGTERM), 0);
	EXPECT_EQ(t, exec_task_wait(a), SIGTERM);
	EXPECT_EQ(t, exec_task_wait(b), SIGTERM);
	EXPECT_EQ(t, sys_kill(-1, SIGTERM), -ESRCH);	/* nobody left */

	/* The monitor's `kill -SIG PID`. */
	a = start_helper("pause");
	EXPECT_NOT_NULL(t, a);
	if (a) {
		char cmd[32], bad[] = "kill -x 2";

		EXPECT_TRUE(t, wait_until(a, paused));
		snprintf(cmd, sizeof(cmd), "kill -%d %d", SIGUSR1, a->pid);
		EXPECT_EQ(t, monitor_exec(cmd), 0);
		EXPECT_EQ(t, exec_task_wait(a), SIGUSR1);
		EXPECT_EQ(t, monitor_exec(bad), 1);
	}
	console_muted = false;
	EXPECT_EQ(t, sys_kill(0, SIGTERM), -EPERM);	/* no process groups */
	EXPECT_EQ(t, sys_kill(-2, SIGTERM), -EINVAL);
	EXPECT_EQ(t, sys_kill(1, SIGTERM), -EPERM);
	EXPECT_EQ(t, sys_kill(2, _NSIG + 1), -EINVAL);
}

static const struct ktest_case signal_cases[] = {
	KTEST_CASE(test_mask_and_pending),
	KTEST_CASE(test_delivery_order),
	KTEST_CASE(test_force_sig_fault),
	KTEST_CASE(test_sigaction_refusals),
	KTEST_CASE(test_valid_user_regs),
	KTEST_CASE(test_bad_frame_address),
	KTEST_CASE(test_exec_and_fork_state),
	KTEST_CASE(test_sigtest),
	KTEST_CASE(test_sigsegv),
	KTEST_CASE(test_sigmask),
	KTEST_CASE(test_sigkill_unstoppable),
	KTEST_CASE(test_kill_minus_one),
};
KTEST_SUITE(signal_suite, "signal", signal_cases);
