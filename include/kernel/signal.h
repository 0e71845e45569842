/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Signals (kernel/signal.c; the user frame is arch/arm/kernel/signal.c).
 *
 * Numbers, flags, si_code values and the sigaction layout are Linux's
 * ARM EABI ones (include/uapi/asm-generic/signal.h, arch/arm/include/uapi/
 * asm/signal.h, include/uapi/asm-generic/siginfo.h), so a static Linux
 * program's signal code runs unchanged.
 *
 * Per task (one thread per process, so the process's state is the task's):
 *	blocked			the mask; SIGKILL and SIGSTOP are never in it
 *	pending			a bit per signal (a second send of a pending
 *				signal is merged, as Linux does for the
 *				standard signals 1..31)
 *	sighand			what only matters to a process with handlers:
 *				action[] (struct k_sigaction), the siginfo of
 *				each pending signal, the sigaltstack, the last
 *				fault; allocated by the first sigaction or
 *				sigaltstack (none: every action SIG_DFL), copied
 *				by fork, freed at exit, so a zombie is as small
 *				as it was before signals
 * All of it changes with IRQs masked: force_sig_fault runs in abort
 * handlers, kill from other tasks. TIF_SIGPENDING says "a pending signal
 * is not blocked" (recalc_sigpending) and makes ret_to_user call
 * do_work_pending -> do_signal.
 */
#ifndef _KERNEL_SIGNAL_H
#define _KERNEL_SIGNAL_H

#include <uapi/asm/signal.h>

#define _NSIG		64
#define _NSIG_BPW	32
#define _NSIG_WORDS	(_NSIG / _NSIG_BPW)

/*
 * What an interrupted system call returns for do_signal to settle (never
 * seen by user space; Linux's values): ERESTARTSYS restarts it after a
 * handler with SA_RESTART, ERESTARTNOHAND only when no handler runs,
 * ERESTARTNOINTR always; otherwise the caller gets -EINTR.
 */
#define ERESTARTSYS	512
#define ERESTARTNOINTR	513
#define ERESTARTNOHAND	514

#ifndef __ASSEMBLER__
#include <kernel/types.h>

#ifndef __user
#define __user
#endif

/* The kernel's 64-bit mask (rt_sigprocmask's sigsetsize is 8): bit sig - 1. */
typedef struct {
	unsigned long sig[_NSIG_WORDS];
} sigset_t;

typedef void __signalfn_t(int);
typedef __signalfn_t __user *__sighandler_t;
typedef void __restorefn_t(void);
typedef __restorefn_t __user *__sigrestore_t;

#define SIG_DFL	((__sighandler_t)0)
#define SIG_IGN	((__sighandler_t)1)

/* rt_sigaction's struct (Linux's struct sigaction with SA_RESTORER): 20 bytes. */
struct sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	__sigrestore_t sa_restorer;
	sigset_t sa_mask;
};

struct k_sigaction {
	struct sigaction sa;
};

/* sigaction(67)'s struct (Linux's struct old_sigaction): a one-word mask. */
struct old_sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_mask;
	unsigned long sa_flags;
	__sigrestore_t sa_restorer;
};

typedef struct {
	void __user *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

/*
 * A queued signal's information, the fields of Linux's siginfo this
 * kernel fills (Linux's kernel_siginfo is the same idea); the user frame's
 * 128-byte siginfo is made from it (copy_siginfo_to_user).
 */
struct kernel_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		struct {	/* kill, tkill, SIGCHLD */
			int pid;
			unsigned int uid;
			int status;	/* SIGCHLD: exit code or signal */
		} kill;
		struct {	/* SIGSEGV, SIGBUS, SIGILL */
			void __user *addr;
		} fault;
	} fields;
};
#define si_pid		fields.kill.pid
#define si_uid		fields.kill.uid
#define si_status	fields.kill.status
#define si_addr		fields.fault.addr

struct sigpending {
	sigset_t signal;
};

/* Linux's sighand_struct, with what else only a handler needs (see above). */
struct sighand_struct {
	struct k_sigaction action[_NSIG];
	struct kernel_siginfo info[_NSIG];	/* info[sig - 1] while sig is pending */
	unsigned long sas_ss_sp;		/* sigaltstack; sas_ss_size 0: none */
	size_t sas_ss_size;
	unsigned long fault_address, fault_code, trap_no;	/* for the sigcontext */
};

/* What get_signal hands to handle_signal. */
struct ksignal {
	struct k_sigaction ka;
	struct kernel_siginfo info;
	int sig;
};

static inline int sigismember(const sigset_t *set, int sig)
{
	sig--;
	return (set->sig[sig / _NSIG_BPW] >> (sig % _NSIG_BPW)) & 1;
}

static inline void sigaddset(sigset_t *set, int sig)
{
	sig--;
	set->sig[sig / _NSIG_BPW] |= 1UL << (sig % _NSIG_BPW);
}

static inline void sigdelset(sigset_t *set, int sig)
{
	sig--;
	set->sig[sig / _NSIG_BPW] &= ~(1UL << (sig % _NSIG_BPW));
}

static inline void sigemptyset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = 0;
}

static inline void sigorsets(sigset_t *r, const sigset_t *a, const sigset_t *b)
{
	r->sig[0] = a->sig[0] | b->sig[0];
	r->sig[1] = a->sig[1] | b->sig[1];
}

static inline void sigandnsets(sigset_t *r, const sigset_t *a, const sigset_t *b)
{
	r->sig[0] = a->sig[0] & ~b->sig[0];
	r->sig[1] = a->sig[1] & ~b->sig[1];
}

static inline bool sigisemptyset(const sigset_t *set)
{
	return !(set->sig[0] | set->sig[1]);
}

#define sigmask(sig)	(1UL << ((sig) - 1))	/* for signals 1..32 */

static inline bool valid_signal(int sig)
{
	return sig >= 1 && sig <= _NSIG;
}

struct task_struct;
struct pt_regs;

/*
 * Sends sig with info (NULL: SI_USER from the kernel) to p: ignored
 * signals are dropped, a pending one merged; an unblocked one sets
 * TIF_SIGPENDING and wakes p if it sleeps interruptibly (SIGKILL wakes
 * any sleep and a stop). SIGCONT resumes a stopped p. IRQs any.
 */
int send_sig_info(int sig, struct kernel_siginfo *info, struct task_struct *p);
/*
 * Linux's force_sig_info: sig is delivered to the current task even if
 * it blocks or ignores it (then unblocked and reset to SIG_DFL).
 */
void force_sig_info(struct kernel_siginfo *info);
/* force_sig_info with SI_KERNEL: a signal the kernel raises (a bad frame). */
void force_sig(int sig);
/*
 * Takes the next deliverable signal of the current task off its pending
 * set (the synchronous fault signals first, then the lowest number) into
 * *info and returns its number, or 0. mask: the signals to leave.
 */
int dequeue_signal(const sigset_t *mask, struct kernel_siginfo *info);
/* Sets TIF_SIGPENDING on p iff a pending signal is not blocked. IRQs masked. */
void recalc_sigpending_tsk(struct task_struct *p);
/* current's mask := *set without SIGKILL and SIGSTOP; recalculates TIF_SIGPENDING. */
void set_current_blocked(const sigset_t *set);
/* rt_sigaction without the user copies; -EINVAL for a bad sig or SIGKILL/SIGSTOP. */
int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact);
/* exec: handled signals back to SIG_DFL, SIG_IGN kept; the mask and pending stay. */
void flush_signal_handlers(struct task_struct *t);
/* Boot: the sighand_struct cache (from proc_caches_init). */
void signals_init(void);
/*
 * fork, before the child exists: a copy of parent's sighand_struct in
 * *out (NULL if it has none); 0 or -ENOMEM.
 */
int dup_sighand(const struct task_struct *parent, struct sighand_struct **out);
void put_sighand(struct sighand_struct *sh);
/* fork: the child gets sh (dup_sighand's) and the mask; nothing pending. */
void copy_signal_state(struct task_struct *child, const struct task_struct *parent,
		       struct sighand_struct *sh);
/* exit (exit_notify): the sighand_struct goes; nothing more is delivered. */
void exit_signals(struct task_struct *p);
/* exit: SIGCHLD to p's parent (a user process), with the wait status in si_status. */
void do_notify_parent(struct task_struct *p, int status);
/* current has an unblocked pending signal: a sleeping system call must return. */
bool signal_pending(struct task_struct *p);
/*
 * A system call's way out when a signal interrupts it: returns code
 * (-ERESTARTSYS, -ERESTARTNOHAND, -ERESTARTNOINTR) and marks the task,
 * so that do_signal, and nothing else, reads r0 as a restart code.
 */
long syscall_interrupted(long code);
/*
 * Returns to user mode with a signal pending: delivers signals until none
 * is left (a handler's frame, an ignore, a stop, or death). IRQs on.
 */
void do_signal(struct pt_regs *regs);

/* The user-visible frame (arch/arm/kernel/signal.c). */

/*
 * Builds the handler's frame on the user stack (rt_sigframe with
 * SA_SIGINFO, sigframe otherwise) and points regs at the handler;
 * 0, or -EFAULT if the stack cannot take it (the caller then forces
 * SIGSEGV).
 */
int setup_signal_frame(struct ksignal *ksig, const sigset_t *oldset, struct pt_regs *regs);
/* The frame's stack pointer: the alternate stack for SA_ONSTACK when not on it already. */
unsigned long sigsp(unsigned long sp, const struct ksignal *ksig);
/* A frame's uc_stack (Linux's __save_altstack), sp the interrupted user sp. */
void save_altstack(stack_t *st, unsigned long sp);
/* The current task's user registers: a user task's pt_regs top its kernel stack. */
#define current_pt_regs() \
	((struct pt_regs *)((unsigned long)current_thread_info() + THREAD_SIZE) - 1)
/* A user cpsr made safe: user mode, no I/F/A bits. false if it was not that already. */
bool valid_user_regs(struct pt_regs *regs);

/* System calls (numbers in <kernel/syscalls.h>). */
long sys_rt_sigaction(int sig, const struct sigaction __user *act, struct sigaction __user *oact,
		      size_t sigsetsize);
long sys_sigaction(int sig, const struct old_sigaction __user *act,
		   struct old_sigaction __user *oact);
long sys_rt_sigprocmask(int how, const sigset_t __user *nset, sigset_t __user *oset,
			size_t sigsetsize);
long sys_rt_sigpending(sigset_t __user *set, size_t sigsetsize);
long sys_rt_sigsuspend(const sigset_t __user *mask, size_t sigsetsize);
long sys_pause(void);
long sys_tkill(int pid, int sig);
long sys_sigaltstack(const stack_t __user *ss, stack_t __user *oss);
long sys_rt_sigreturn(void);
long sys_sigreturn(void);
#endif

#endif
