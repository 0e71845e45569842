// SPDX-License-Identifier: GPL-2.0
/*
 * Signals (Linux's kernel/signal.c, cut to one thread per process and no
 * process groups): sending, the mask, the handlers, and acting on a
 * pending signal on the way back to user mode.
 *
 * The life of a signal:
 *
 *   send_sig_info / force_sig_info (kill, a fault, a child's exit)
 *     prepare_signal: SIGCONT resumes a stopped task and drops pending
 *       stops; a stop drops a pending SIGCONT; an ignored signal that is
 *       not blocked goes no further (a blocked one is kept: the handler
 *       may change before it is unblocked, as POSIX wants)
 *     the bit in pending.signal, the siginfo in sighand->info[sig - 1]
 *       (a signal already pending is merged: one siginfo per number;
 *       without a sighand_struct no handler can see it: not kept)
 *     complete_signal: not blocked -> TIF_SIGPENDING, and the task woken
 *       from an interruptible sleep (SIGKILL: from any sleep or stop)
 *   ret_to_user sees TIF_SIGPENDING -> do_work_pending -> do_signal
 *     get_signal: dequeue_signal (synchronous fault signals first, then
 *       the lowest number), then the action: ignore, stop until SIGCONT,
 *       terminate (do_exit_user with the signal as the wait status; no
 *       core dumps), or a handler
 *     handle_signal: setup_signal_frame (arch/arm/kernel/signal.c) builds
 *       the frame on the user stack and points the registers at the
 *       handler; the mask gains sa_mask and the signal (unless
 *       SA_NODEFER); a frame that cannot be written forces SIGSEGV
 *   the handler returns into sa_restorer, which calls rt_sigreturn or
 *   sigreturn: the registers and the mask come back from the frame.
 *
 * Locking: every field of the signal state (<kernel/signal.h>) changes
 * with IRQs masked, since faults force signals from abort handlers and
 * other tasks send them. One CPU: that is the whole story.
 *
 * System call restart (Linux's): wait4 returns -ERESTARTSYS, pause and
 * rt_sigsuspend -ERESTARTNOHAND when a signal interrupts them
 * (syscall_interrupted marks the task, so only such a return is read as
 * a restart code). do_signal then either makes it -EINTR, or restarts
 * the call: r0 back from ORIG_r0 and pc back onto the SVC, before any
 * frame is built, so a handler returns into the SVC again.
 *
 * Different from Linux: no real-time queueing (a second SIGRTMIN+n while
 * one is pending is merged), no process groups (kill with pid 0 or
 * < -1 keeps its old errors), nanosleep returns -EINTR even after a stop
 * and continue (Linux restarts it for the time left), no
 * SIGCHLD for stops (wait4 with WUNTRACED reports them), no core dumps, and
 * handlers must come with SA_RESTORER (there is no [sigpage] trampoline:
 * rt_sigaction refuses a handler without one with -EINVAL).
 */
#include <kernel/errno.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <kernel/uaccess.h>
#include <asm/ptrace.h>

/* The standard signals' default actions (Linux's SIG_KERNEL_*_MASK). */
#define SIG_KERNEL_ONLY_MASK	(sigmask(SIGKILL) | sigmask(SIGSTOP))
#define SIG_KERNEL_STOP_MASK	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | \
				 sigmask(SIGTTOU))
#define SIG_KERNEL_IGNORE_MASK	(sigmask(SIGCONT) | sigmask(SIGCHLD) | sigmask(SIGWINCH) | \
				 sigmask(SIGURG))
/* Raised by the instruction that just ran: delivered before anything else. */
#define SYNCHRONOUS_MASK	(sigmask(SIGSEGV) | sigmask(SIGBUS) | sigmask(SIGILL) | \
				 sigmask(SIGTRAP) | sigmask(SIGFPE) | sigmask(SIGSYS))

#define sig_in_mask(sig, mask)	((sig) < SIGRTMIN && (sigmask(sig) & (mask)))
#define sig_kernel_only(sig)	sig_in_mask(sig, SIG_KERNEL_ONLY_MASK)
#define sig_kernel_stop(sig)	sig_in_mask(sig, SIG_KERNEL_STOP_MASK)
#define sig_kernel_ignore(sig)	sig_in_mask(sig, SIG_KERNEL_IGNORE_MASK)

static struct kmem_cache *sighand_cachep;
static const struct k_sigaction default_action;	/* SIG_DFL, for tasks without a sighand */

void signals_init(void)
{
	sighand_cachep = kmem_cache_create("sighand_cache", sizeof(struct sighand_struct), 0,
					   SLAB_PANIC, NULL);
}

static const struct k_sigaction *sig_action(const struct task_struct *p, int sig)
{
	return p->sighand ? &p->sighand->action[sig - 1] : &default_action;
}

/* Back to SIG_DFL (without a sighand it is already). */
static void reset_handler(struct task_struct *p, int sig)
{
	if (p->sighand)
		p->sighand->action[sig - 1].sa.sa_handler = SIG_DFL;
}

/* current's sighand_struct, made (all SIG_DFL) if it has none: NULL on no memory. */
static struct sighand_struct *get_sighand(void)
{
	struct task_struct *t = current;
	struct sighand_struct *sh = t->sighand;
	unsigned long flags;

	if (sh)
		return sh;
	sh = kmem_cache_alloc(sighand_cachep, GFP_KERNEL);
	if (!sh)
		return NULL;
	memset(sh, 0, sizeof(*sh));
	local_irq_save(flags);
	t->sighand = sh;
	local_irq_restore(flags);
	return sh;
}

int dup_sighand(const struct task_struct *parent, struct sighand_struct **out)
{
	*out = NULL;
	if (!parent->sighand)
		return 0;
	*out = kmem_cache_alloc(sighand_cachep, GFP_KERNEL);
	if (!*out)
		return -ENOMEM;
	memcpy(*out, parent->sighand, sizeof(**out));
	return 0;
}

void put_sighand(struct sighand_struct *sh)
{
	if (sh)
		kmem_cache_free(sighand_cachep, sh);
}

void exit_signals(struct task_struct *p)
{
	struct sighand_struct *sh;
	unsigned long flags;

	local_irq_save(flags);
	sh = p->sighand;
	p->sighand = NULL;
	local_irq_restore(flags);
	put_sighand(sh);
}

/* The handler makes sig vanish: SIG_IGN, or SIG_DFL whose default is to ignore. */
static bool sig_handler_ignored(__sighandler_t handler, int sig)
{
	return handler == SIG_IGN || (handler == SIG_DFL && sig_kernel_ignore(sig));
}

static bool sig_ignored(struct task_struct *p, int sig)
{
	if (sigismember(&p->blocked, sig) || sig_kernel_only(sig))
		return false;
	return sig_handler_ignored(sig_action(p, sig)->sa.sa_handler, sig);
}

/* Its action is to terminate: SIG_DFL and not one of the ignored or stop signals. */
static bool sig_fatal(struct task_struct *p, int sig)
{
	return sig_action(p, sig)->sa.sa_handler == SIG_DFL && !sig_kernel_ignore(sig) &&
	       !sig_kernel_stop(sig);
}

static bool fatal_signal_pending(struct task_struct *p)
{
	int sig;

	for (sig = 1; sig <= _NSIG; sig++)
		if (sigismember(&p->pending.signal, sig) && !sigismember(&p->blocked, sig) &&
		    sig_fatal(p, sig))
			return true;
	return false;
}

static bool has_unblocked_pending(struct task_struct *p)
{
	sigset_t ready;

	sigandnsets(&ready, &p->pending.signal, &p->blocked);
	return !sigisemptyset(&ready);
}

void recalc_sigpending_tsk(struct task_struct *p)
{
	if (has_unblocked_pending(p))
		set_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING);
	else
		clear_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING);
}

bool signal_pending(struct task_struct *p)
{
	return test_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING);
}

/*
 * An interruptible sleep ends for any signal to act on; a stop ends for
 * a fatal one too (as Linux turns it into a group exit); SIGKILL ends
 * even an uninterruptible sleep (the sleepers here all loop on their
 * condition, so an early wakeup is harmless).
 */
static void signal_wake_up(struct task_struct *p, int sig)
{
	unsigned int state = TASK_INTERRUPTIBLE;

	if (sig_fatal(p, sig))
		state |= TASK_STOPPED;
	if (sig == SIGKILL)
		state |= TASK_UNINTERRUPTIBLE;
	set_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING);
	try_to_wake_up(p, state);
}

static void flush_sigset(struct task_struct *p, unsigned long mask)
{
	p->pending.signal.sig[0] &= ~mask;
}

/* The job-control side effects of sending sig; false if sig is to be dropped. IRQs masked. */
static bool prepare_signal(int sig, struct task_struct *p)
{
	if (sig_kernel_stop(sig)) {
		flush_sigset(p, sigmask(SIGCONT));
	} else if (sig == SIGCONT) {
		flush_sigset(p, SIG_KERNEL_STOP_MASK);
		if (p->stopped) {
			p->stopped = false;
			try_to_wake_up(p, TASK_STOPPED);
		}
	}
	return !sig_ignored(p, sig);
}

/* IRQs masked. */
static void send_signal_locked(int sig, const struct kernel_siginfo *info, struct task_struct *p)
{
	if (!prepare_signal(sig, p))
		return;
	if (!sigismember(&p->pending.signal, sig)) {
		if (p->sighand)
			p->sighand->info[sig - 1] = *info;
		sigaddset(&p->pending.signal, sig);
	}
	if (!sigismember(&p->blocked, sig))
		signal_wake_up(p, sig);
}

static void init_siginfo(struct kernel_siginfo *info, int sig, int code)
{
	memset(info, 0, sizeof(*info));
	info->si_signo = sig;
	info->si_code = code;
}

int send_sig_info(int sig, struct kernel_siginfo *info, struct task_struct *p)
{
	struct kernel_siginfo kinfo;
	unsigned long flags;

	if (!valid_signal(sig))
		return -EINVAL;
	if (!info) {
		init_siginfo(&kinfo, sig, SI_KERNEL);
		info = &kinfo;
	}
	local_irq_save(flags);
	if (!READ_ONCE(p->exited))
		send_signal_locked(sig, info, p);
	local_irq_restore(flags);
	return 0;
}

void force_sig_info(struct kernel_siginfo *info)
{
	struct task_struct *t = current;
	int sig = info->si_signo;
	unsigned long flags;

	local_irq_save(flags);
	/*
	 * The instruction would only fault again: a signal that cannot be
	 * delivered is made deliverable, and then it terminates (Linux
	 * 6.1: a blocked one loses its handler too).
	 */
	if (sig_action(t, sig)->sa.sa_handler == SIG_IGN || sigismember(&t->blocked, sig)) {
		reset_handler(t, sig);
		sigdelset(&t->blocked, sig);
	}
	send_signal_locked(sig, info, t);
	local_irq_restore(flags);
}

void force_sig(int sig)
{
	struct kernel_siginfo info;

	init_siginfo(&info, sig, SI_KERNEL);
	force_sig_info(&info);
}

/* A frame could not be built for sig: SIGSEGV, and no handler for a second SIGSEGV. */
static void force_sigsegv(int sig)
{
	if (sig == SIGSEGV)
		reset_handler(current, SIGSEGV);
	force_sig(SIGSEGV);
}

static const char *fault_kind(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return "segfault";
	case SIGBUS:
		return "bus error";
	case SIGILL:
		return "illegal instruction";
	default:
		return "fault";
	}
}

void force_sig_fault(int sig, int code, unsigned long addr, struct pt_regs *regs,
		     const char *why)
{
	struct task_struct *t = current;
	struct kernel_siginfo info;

	init_siginfo(&info, sig, code);
	info.si_addr = (void __user *)addr;
	if (t->sighand) {	/* for a handler's sigcontext */
		t->sighand->fault_address = addr;
		t->sighand->fault_code = code;
		t->sighand->trap_no = sig == SIGILL ? 6 : 14;	/* Linux's: undef, data abort */
	}
	force_sig_info(&info);
	/* Linux's show_unhandled_signals: only what will kill the task is reported. */
	if (sig_action(t, sig)->sa.sa_handler == SIG_DFL)
		pr_info("%s[%d]: %s at %08lx pc %08lx lr %08lx (%s)\n", t->comm, t->pid,
			fault_kind(sig), addr, regs->ARM_pc, regs->ARM_lr, why);
}

void force_sig_kill(struct task_struct *p)
{
	send_sig_info(SIGKILL, NULL, p);
}

static int first_sig(unsigned long word, int base)
{
	return word ? base + __builtin_ctzl(word) + 1 : 0;
}

int dequeue_signal(const sigset_t *mask, struct kernel_siginfo *info)
{
	struct task_struct *t = current;
	sigset_t ready;
	unsigned long flags;
	int sig;

	local_irq_save(flags);
	sigandnsets(&ready, &t->pending.signal, mask);
	sig = first_sig(ready.sig[0] & SYNCHRONOUS_MASK, 0);
	if (!sig)
		sig = first_sig(ready.sig[0], 0);
	if (!sig)
		sig = first_sig(ready.sig[1], _NSIG_BPW);
	if (sig) {
		if (t->sighand)
			*info = t->sighand->info[sig - 1];	/* zeroes if sent before it existed */
		else
			memset(info, 0, sizeof(*info));
		info->si_signo = sig;
		sigdelset(&t->pending.signal, sig);
	}
	recalc_sigpending_tsk(t);
	local_irq_restore(flags);
	return sig;
}

void set_current_blocked(const sigset_t *set)
{
	unsigned long flags;

	local_irq_save(flags);
	current->blocked = *set;
	sigdelset(&current->blocked, SIGKILL);
	sigdelset(&current->blocked, SIGSTOP);
	recalc_sigpending_tsk(current);
	local_irq_restore(flags);
}

/*
 * Stopped until SIGCONT (prepare_signal clears stopped) or a fatal
 * signal; a parent in wait4 with WUNTRACED hears of it. IRQs on.
 */
static void do_signal_stop(int sig)
{
	struct task_struct *t = current;

	local_irq_disable();
	t->stopped = true;
	t->stop_sig = sig;
	t->stop_reported = false;
	local_irq_enable();
	notify_parent_stopped();
	local_irq_disable();
	while (t->stopped && !fatal_signal_pending(t)) {
		set_current_state(TASK_STOPPED);
		local_irq_enable();
		schedule();
		local_irq_disable();
	}
	t->stopped = false;
	local_irq_enable();
}

/* The next signal with a handler into *ksig (true), or false when none is left. IRQs on. */
static bool get_signal(struct ksignal *ksig)
{
	struct task_struct *t = current;

	for (;;) {
		const struct k_sigaction *ka;
		int sig = dequeue_signal(&t->blocked, &ksig->info);

		if (!sig)
			return false;
		ka = sig_action(t, sig);
		if (ka->sa.sa_handler == SIG_IGN)
			continue;
		if (ka->sa.sa_handler != SIG_DFL) {
			local_irq_disable();
			ksig->ka = *ka;
			if (ka->sa.sa_flags & SA_RESETHAND)
				reset_handler(t, sig);
			local_irq_enable();
			ksig->sig = sig;
			return true;
		}
		if (sig_kernel_ignore(sig))
			continue;
		if (sig_kernel_stop(sig)) {
			do_signal_stop(sig);
			continue;
		}
		do_exit_user(sig);	/* terminate: the wait status is the signal */
	}
}

long syscall_interrupted(long code)
{
	current->syscall_interrupted = true;
	return code;
}

/*
 * An interrupted system call: restart it (execute the SVC again with the
 * original r0) or fail it with -EINTR. ka is the handler about to run,
 * NULL if none.
 */
static void syscall_restart(struct pt_regs *regs, const struct k_sigaction *ka)
{
	long ret = regs->ARM_r0;
	bool restart;

	switch (ret) {
	case -ERESTARTNOHAND:
		restart = !ka;
		break;
	case -ERESTARTSYS:
		restart = !ka || (ka->sa.sa_flags & SA_RESTART);
		break;
	case -ERESTARTNOINTR:
		restart = true;
		break;
	default:
		return;
	}
	if (!restart) {
		regs->ARM_r0 = -EINTR;
		return;
	}
	regs->ARM_r0 = regs->ARM_ORIG_r0;
	regs->ARM_pc -= (regs->ARM_cpsr & PSR_T_BIT) ? 2 : 4;
}

/* The frame, then the mask the handler runs with (Linux's signal_delivered). */
static void handle_signal(struct ksignal *ksig, struct pt_regs *regs)
{
	struct task_struct *t = current;
	sigset_t oldset = t->restore_sigmask ? t->saved_sigmask : t->blocked;
	sigset_t blocked;

	if (setup_signal_frame(ksig, &oldset, regs)) {
		force_sigsegv(ksig->sig);
		return;
	}
	t->restore_sigmask = false;
	sigorsets(&blocked, &t->blocked, &ksig->ka.sa.sa_mask);
	if (!(ksig->ka.sa.sa_flags & SA_NODEFER))
		sigaddset(&blocked, ksig->sig);
	set_current_blocked(&blocked);
}

void do_signal(struct pt_regs *regs)
{
	struct task_struct *t = current;
	bool interrupted = t->syscall_interrupted;
	struct ksignal ksig;

	t->syscall_interrupted = false;
	if (get_signal(&ksig)) {
		if (interrupted)
			syscall_restart(regs, &ksig.ka);
		handle_signal(&ksig, regs);
		return;
	}
	if (interrupted)
		syscall_restart(regs, NULL);
	/* rt_sigsuspend's mask goes back even when no handler ran. */
	if (t->restore_sigmask) {
		t->restore_sigmask = false;
		set_current_blocked(&t->saved_sigmask);
	}
}

/*
 * ret_to_user's slow path, IRQs masked: signals first (they may end the
 * task), then a pending reschedule. Returns with IRQs masked;
 * ret_to_user checks the flags again.
 */
void do_work_pending(struct pt_regs *regs)
{
	struct thread_info *ti = current_thread_info();

	if (test_ti_thread_flag(ti, TIF_SIGPENDING) || current->syscall_interrupted) {
		local_irq_enable();
		do_signal(regs);
		local_irq_disable();
	}
	if (test_ti_thread_flag(ti, TIF_NEED_RESCHED)) {
		local_irq_enable();
		schedule();
		local_irq_disable();
	}
}

void flush_signal_handlers(struct task_struct *t)
{
	int i;

	if (!t->sighand)
		return;
	for (i = 0; i < _NSIG; i++) {
		struct k_sigaction *ka = &t->sighand->action[i];

		if (ka->sa.sa_handler != SIG_IGN)
			ka->sa.sa_handler = SIG_DFL;
		ka->sa.sa_flags = 0;
		ka->sa.sa_restorer = NULL;
		sigemptyset(&ka->sa.sa_mask);
	}
	t->sighand->sas_ss_sp = 0;
	t->sighand->sas_ss_size = 0;
}

void copy_signal_state(struct task_struct *child, const struct task_struct *parent,
		       struct sighand_struct *sh)
{
	child->blocked = parent->blocked;
	child->sighand = sh;
}

void do_notify_parent(struct task_struct *p, int status)
{
	struct task_struct *parent = p->parent;
	struct kernel_siginfo info;
	bool killed = status & 0x7f;

	if (!parent || !parent->mm)
		return;
	init_siginfo(&info, SIGCHLD, killed ? CLD_KILLED : CLD_EXITED);
	info.si_pid = p->pid;
	info.si_status = killed ? status & 0x7f : (status >> 8) & 0xff;
	send_sig_info(SIGCHLD, &info, parent);
}

int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact)
{
	struct task_struct *t = current;
	struct k_sigaction *k;
	unsigned long flags;

	if (!valid_signal(sig) || (act && sig_kernel_only(sig)))
		return -EINVAL;
	/* No [sigpage] trampoline here: a handler must bring its way back. */
	if (act && act->sa.sa_handler != SIG_DFL && act->sa.sa_handler != SIG_IGN &&
	    !(act->sa.sa_flags & SA_RESTORER))
		return -EINVAL;
	if (!act) {
		if (oact)
			*oact = *sig_action(t, sig);
		return 0;
	}
	if (!get_sighand())
		return -ENOMEM;
	k = &t->sighand->action[sig - 1];
	local_irq_save(flags);
	if (oact)
		*oact = *k;
	*k = *act;
	sigdelset(&k->sa.sa_mask, SIGKILL);
	sigdelset(&k->sa.sa_mask, SIGSTOP);
	/* POSIX: making a pending signal ignored discards it. */
	if (sig_handler_ignored(k->sa.sa_handler, sig)) {
		sigdelset(&t->pending.signal, sig);
		recalc_sigpending_tsk(t);
	}
	local_irq_restore(flags);
	return 0;
}

long sys_rt_sigaction(int sig, const struct sigaction __user *act, struct sigaction __user *oact,
		      size_t sigsetsize)
{
	struct k_sigaction new, old;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act && copy_from_user(&new.sa, act, sizeof(new.sa)))
		return -EFAULT;
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (!ret && oact && copy_to_user(oact, &old.sa, sizeof(old.sa)))
		return -EFAULT;
	return ret;
}

long sys_sigaction(int sig, const struct old_sigaction __user *act,
		   struct old_sigaction __user *oact)
{
	struct k_sigaction new, old;
	struct old_sigaction o;
	int ret;

	if (act) {
		if (copy_from_user(&o, act, sizeof(o)))
			return -EFAULT;
		new.sa.sa_handler = o.sa_handler;
		new.sa.sa_flags = o.sa_flags;
		new.sa.sa_restorer = o.sa_restorer;
		sigemptyset(&new.sa.sa_mask);
		new.sa.sa_mask.sig[0] = o.sa_mask;
	}
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (ret || !oact)
		return ret;
	o.sa_handler = old.sa.sa_handler;
	o.sa_flags = old.sa.sa_flags;
	o.sa_restorer = old.sa.sa_restorer;
	o.sa_mask = old.sa.sa_mask.sig[0];
	return copy_to_user(oact, &o, sizeof(o)) ? -EFAULT : 0;
}

long sys_rt_sigprocmask(int how, const sigset_t __user *nset, sigset_t __user *oset,
			size_t sigsetsize)
{
	sigset_t old = current->blocked, set, new;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (nset) {
		if (copy_from_user(&set, nset, sizeof(set)))
			return -EFAULT;
		switch (how) {
		case SIG_BLOCK:
			sigorsets(&new, &old, &set);
			break;
		case SIG_UNBLOCK:
			sigandnsets(&new, &old, &set);
			break;
		case SIG_SETMASK:
			new = set;
			break;
		default:
			return -EINVAL;
		}
		set_current_blocked(&new);
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* The pending signals that are blocked (the others are being delivered). */
long sys_rt_sigpending(sigset_t __user *uset, size_t sigsetsize)
{
	sigset_t set;
	unsigned long flags;

	if (sigsetsize > sizeof(set))
		return -EINVAL;
	local_irq_save(flags);
	set.sig[0] = current->pending.signal.sig[0] & current->blocked.sig[0];
	set.sig[1] = current->pending.signal.sig[1] & current->blocked.sig[1];
	local_irq_restore(flags);
	return copy_to_user(uset, &set, sigsetsize) ? -EFAULT : 0;
}

/* Sleeps until a signal that is not blocked is pending; -EINTR once a handler ran. */
static long sleep_until_signal(void)
{
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (signal_pending(current))
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return syscall_interrupted(-ERESTARTNOHAND);
}

long sys_rt_sigsuspend(const sigset_t __user *umask, size_t sigsetsize)
{
	sigset_t set;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&set, umask, sizeof(set)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = true;
	set_current_blocked(&set);
	return sleep_until_signal();
}

long sys_pause(void)
{
	return sleep_until_signal();
}

struct kill_req {
	int pid;		/* > 0: that process; -1: every one but init and the caller */
	int sig;
	int code;		/* SI_USER or SI_TKILL */
	int ret;
};

static bool killable(struct task_struct *p)
{
	return p != &init_task && !(p->flags & (PF_IDLE | PF_KTHREAD)) && p->mm;
}

static void kill_send(struct task_struct *p, struct kill_req *k)
{
	struct kernel_siginfo info;

	if (!k->sig || READ_ONCE(p->exited))
		return;
	init_siginfo(&info, k->sig, k->code);
	info.si_pid = current->pid;
	send_sig_info(k->sig, &info, p);
}

/* Under for_each_task (IRQs masked): the task cannot go meanwhile. */
static void kill_one(struct task_struct *p, void *arg)
{
	struct kill_req *k = arg;

	if (k->pid == -1) {
		if (p == current || !killable(p) || READ_ONCE(p->exited))
			return;
		k->ret = 0;
		kill_send(p, k);
		return;
	}
	if (p->pid != k->pid || k->ret != -ESRCH)
		return;
	if (!killable(p)) {
		k->ret = READ_ONCE(p->exited) ? 0 : -EPERM;
		return;
	}
	k->ret = 0;
	kill_send(p, k);
}

static long kill_pid(int pid, int sig, int code)
{
	struct kill_req k = { .pid = pid, .sig = sig, .code = code, .ret = -ESRCH };

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	for_each_task(kill_one, &k);
	return k.ret;
}

/*
 * kill(2): pid > 0 one process (init, pid 1, and kernel threads refuse:
 * -EPERM), -1 every process but init and the caller. No process
 * groups: pid 0 -EPERM, pid < -1 -EINVAL, as before signals.
 */
long sys_kill(int pid, int sig)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid == 0)
		return -EPERM;
	if (pid < -1)
		return -EINVAL;
	if (pid == 1)
		return -EPERM;
	return kill_pid(pid, sig, SI_USER);
}

/* One thread per process: the thread is the process. */
long sys_tkill(int pid, int sig)
{
	if (pid <= 0)
		return -EINVAL;
	if (pid == 1)
		return -EPERM;
	return kill_pid(pid, sig, SI_TKILL);
}

/* sp is on current's alternate signal stack. */
static bool on_sig_stack(unsigned long sp)
{
	const struct sighand_struct *sh = current->sighand;

	return sh && sh->sas_ss_size && sp - sh->sas_ss_sp < sh->sas_ss_size;
}

/* uc_stack of a frame built while the user sp was sp (Linux's __save_altstack). */
void save_altstack(stack_t *st, unsigned long sp)
{
	const struct sighand_struct *sh = current->sighand;

	st->ss_sp = sh ? (void __user *)sh->sas_ss_sp : NULL;
	st->ss_size = sh ? sh->sas_ss_size : 0;
	st->ss_flags = !st->ss_size ? SS_DISABLE : on_sig_stack(sp) ? SS_ONSTACK : 0;
}

long sys_sigaltstack(const stack_t __user *uss, stack_t __user *uoss)
{
	unsigned long sp = current_pt_regs()->ARM_sp;
	struct sighand_struct *sh;
	stack_t old, ss;

	save_altstack(&old, sp);
	if (uss) {
		if (copy_from_user(&ss, uss, sizeof(ss)))
			return -EFAULT;
		if (on_sig_stack(sp))
			return -EPERM;
		if (ss.ss_flags != 0 && ss.ss_flags != SS_DISABLE && ss.ss_flags != SS_ONSTACK)
			return -EINVAL;
		if (ss.ss_flags == SS_DISABLE) {
			ss.ss_sp = NULL;
			ss.ss_size = 0;
		} else if (ss.ss_size < MINSIGSTKSZ) {
			return -ENOMEM;
		}
		sh = get_sighand();
		if (!sh)
			return -ENOMEM;
		sh->sas_ss_sp = (unsigned long)ss.ss_sp;
		sh->sas_ss_size = ss.ss_size;
	}
	if (uoss && copy_to_user(uoss, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* The frame's stack: the alternate one for SA_ONSTACK when not already on it. */
unsigned long sigsp(unsigned long sp, const struct ksignal *ksig)
{
	const struct sighand_struct *sh = current->sighand;

	if ((ksig->ka.sa.sa_flags & SA_ONSTACK) && sh && sh->sas_ss_size && !on_sig_stack(sp))
		return sh->sas_ss_sp + sh->sas_ss_size;
	return sp;
}

/*
 * `signals`: each process's signal words as /proc/PID/status prints
 * them (SigPnd, SigBlk, SigIgn, SigCgt: bit sig - 1, 16 hex digits).
 */
static void signals_line(struct task_struct *p, void *arg)
{
	sigset_t ign, cgt;
	int sig;

	if (!p->mm)
		return;
	sigemptyset(&ign);
	sigemptyset(&cgt);
	for (sig = 1; sig <= _NSIG; sig++) {
		__sighandler_t h = sig_action(p, sig)->sa.sa_handler;

		if (h == SIG_IGN)
			sigaddset(&ign, sig);
		else if (h != SIG_DFL)
			sigaddset(&cgt, sig);
	}
	console_printf("%5d %08lx%08lx %08lx%08lx %08lx%08lx %08lx%08lx %s%s\n", p->pid,
		       p->pending.signal.sig[1], p->pending.signal.sig[0], p->blocked.sig[1],
		       p->blocked.sig[0], ign.sig[1], ign.sig[0], cgt.sig[1], cgt.sig[0], p->comm,
		       p->stopped ? " (stopped)" : "");
}

static int cmd_signals(int argc, char **argv)
{
	console_printf("  PID SIGPND           SIGBLK           SIGIGN           SIGCGT"
		       "           COMMAND\n");
	for_each_task(signals_line, NULL);
	return 0;
}
MONITOR_COMMAND("signals", "", "each process's pending, blocked, ignored and caught signals",
		cmd_signals);

/* `kill [-SIG] PID`: SIGKILL by default, as kill(2) from user space would send it. */
static int cmd_kill(int argc, char **argv)
{
	long pid, sig = SIGKILL;
	int ret;

	if (argc == 3 && argv[1][0] == '-' && !kstrtol(argv[1] + 1, 0, &sig)) {
		argv++;
		argc--;
	}
	if (argc != 2 || kstrtol(argv[1], 0, &pid)) {
		printk("usage: kill [-SIG] PID\n");
		return 1;
	}
	ret = sys_kill(pid, sig);
	if (ret)
		printk("kill: %ld: error %d\n", pid, ret);
	return ret ? 1 : 0;
}
MONITOR_COMMAND("kill", "[-SIG] PID", "send signal SIG (default SIGKILL) to the process PID",
		cmd_kill);
