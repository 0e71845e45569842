/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The signal ABI as a program sees it, Linux's ARM EABI values
 * (include/uapi/asm-generic/signal.h, arch/arm/include/uapi/asm/signal.h,
 * include/uapi/asm-generic/siginfo.h): numbers, sa_flags, the sigprocmask
 * hows, si_code values, sigaltstack flags. Only #defines: the kernel
 * (<kernel/signal.h>) and the user runtime (tests/user/lib/signal.h) both
 * include it, so the two can never disagree.
 */
#ifndef _UAPI_ASM_SIGNAL_H
#define _UAPI_ASM_SIGNAL_H

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31
#define SIGRTMIN	32

/* sa_flags (ARM values). */
#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

/* rt_sigprocmask's how. */
#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

/* si_code values. */
#define SI_USER		0	/* kill */
#define SI_KERNEL	0x80	/* sent by the kernel (a bad signal frame) */
#define SI_TKILL	(-6)	/* tkill */
#define ILL_ILLOPC	1 /* illegal opcode */
#define SEGV_MAPERR	1 /* address not mapped */
#define SEGV_ACCERR	2 /* invalid permissions for a mapped object */
#define BUS_ADRALN	1 /* invalid address alignment */
#define BUS_ADRERR	2 /* non-existent physical address */
#define BUS_OBJERR	3 /* object-specific hardware error */
#define CLD_EXITED	1 /* child has exited */
#define CLD_KILLED	2 /* child was killed */

/* sigaltstack's ss_flags. */
#define SS_ONSTACK	1
#define SS_DISABLE	2
#define MINSIGSTKSZ	2048

#endif
