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


/* Numbers, SA_* flags, hows, si_code values: the kernel's own header. */
#include "../../../arch/arm/include/uapi/asm/signal.h"
#include "../../../arch/arm/include/uapi/asm/sigcontext.h"

#define NSIG		65	/* one past the highest */
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

typedef struct sigcontext mcontext_t;

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
