/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Signals in the user runtime (signal.c, sigrestore.S), laid out as
 * Linux's ARM ABI has them so that the same program runs on Linux:
 * numbers, SA_* flags, siginfo_t (si_addr at offset 12), ucontext_t and
 * mcontext_t (struct sigcontext). sigset_t is the kernel's 64-bit set
 * (glibc's is 1024 bits; only the first 64 ever mattered to the kernel).
 *
 * sigaction() always passes SA_RESTORER with __restore_rt (SA_SIGINFO)
 * or __restore, as musl does: the handler returns into one of them and
 * they call rt_sigreturn or sigreturn. Included by ulib.h.
 */
#ifndef _ULIB_SIGNAL_H
#define _ULIB_SIGNAL_H

#define __NR_pause		29
#define __NR_sigaction		67
#define __NR_sigreturn		119
#define __NR_rt_sigreturn	173
#define __NR_rt_sigaction	174
#define __NR_rt_sigprocmask	175
#define __NR_rt_sigpending	176
#define __NR_rt_sigsuspend	179
#define __NR_sigaltstack	186
#define __NR_tkill		238

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGURG		23
#define SIGWINCH	28
#define SIGSYS		31
#define SIGRTMIN	32
#define NSIG		65	/* one past the highest */

#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

#define SI_USER		0
#define SI_KERNEL	0x80
#define SI_TKILL	(-6)
#define ILL_ILLOPC	1
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define BUS_ADRERR	2
#define CLD_EXITED	1
#define CLD_KILLED	2

#define SS_ONSTACK	1
#define SS_DISABLE	2
#define MINSIGSTKSZ	2048
#define SIGSTKSZ	8192

typedef void (*sighandler_t)(int);
#define SIG_DFL		((sighandler_t)0)
#define SIG_IGN		((sighandler_t)1)
#define SIG_ERR		((sighandler_t)-1)

typedef struct {
	unsigned long sig[2];
} sigset_t;

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[29];
		struct {
			int si_pid;
			unsigned int si_uid;
			int si_status;
		} __kill;
		struct {
			void *si_addr;
		} __fault;
	} __si_fields;
} siginfo_t;
#define si_pid		__si_fields.__kill.si_pid
#define si_uid		__si_fields.__kill.si_uid
#define si_status	__si_fields.__kill.si_status
#define si_addr		__si_fields.__fault.si_addr

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

/* Linux's struct sigcontext (arch/arm/include/uapi/asm/sigcontext.h). */
typedef struct {
	unsigned long trap_no;
	unsigned long error_code;
	unsigned long oldmask;
	unsigned long arm_r0, arm_r1, arm_r2, arm_r3, arm_r4, arm_r5, arm_r6, arm_r7;
	unsigned long arm_r8, arm_r9, arm_r10, arm_fp, arm_ip, arm_sp, arm_lr, arm_pc;
	unsigned long arm_cpsr;
	unsigned long fault_address;
} mcontext_t;

typedef struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	sigset_t uc_sigmask;
	int __unused[30];
	unsigned long uc_regspace[128] __attribute__((__aligned__(8)));
} ucontext_t;

struct sigaction {
	union {
		sighandler_t sa_handler;
		void (*sa_sigaction)(int, siginfo_t *, void *);
	};
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};

/* The kernel's rt_sigaction layout (handler, flags, restorer, mask). */
struct k_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	sigset_t mask;
};

/* sigrestore.S: the handlers' way back. */
void __restore(void);
void __restore_rt(void);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact);
sighandler_t signal(int sig, sighandler_t handler);
int sigprocmask(int how, const sigset_t *set, sigset_t *oset);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigaltstack(const stack_t *ss, stack_t *oss);
int pause(void);
int raise(int sig);

#endif
