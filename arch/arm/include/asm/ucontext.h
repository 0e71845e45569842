/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The signal frame as user space sees it: Linux's ARM layouts
 * (arch/arm/include/uapi/asm/sigcontext.h, arch/arm/include/asm/ucontext.h,
 * include/uapi/asm-generic/siginfo.h, arch/arm/kernel/signal.h), so a
 * static Linux program's handler finds every field where it looks.
 *
 *	sp of the handler ->	struct rt_sigframe (SA_SIGINFO)		struct sigframe
 *				  struct siginfo info	128 bytes
 *				  struct sigframe sig:			  uc
 *				    struct ucontext uc			  retcode[4]
 *				    retcode[4] (unused: no trampoline)
 *
 * r0 = the signal, r1 = &info, r2 = &uc; lr = sa_restorer. The frame is
 * 8-byte aligned (the AAPCS's stack alignment, and uc_regspace's).
 */
#ifndef _ASM_UCONTEXT_H
#define _ASM_UCONTEXT_H

#include <kernel/signal.h>
#include <kernel/types.h>
#include <uapi/asm/sigcontext.h>

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
	int __unused[32 - (sizeof(sigset_t) / sizeof(int))];	/* glibc's 1024-bit sigset_t */
	/* Coprocessor state (VFP, iWMMXt); a zero word ends it: none here. */
	unsigned long uc_regspace[128] __attribute__((__aligned__(8)));
};

/* The user's siginfo_t: 128 bytes; the union starts at offset 12. */
#define SI_MAX_SIZE	128
struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int _pad[SI_MAX_SIZE / sizeof(int) - 3];
		struct {
			int _pid;
			unsigned int _uid;
		} _kill;
		struct {
			int _pid;
			unsigned int _uid;
			int _status;
			long _utime;
			long _stime;
		} _sigchld;
		struct {
			void __user *_addr;
		} _sigfault;
	} _sifields;
};

struct sigframe {
	struct ucontext uc;
	unsigned long retcode[4];
};

struct rt_sigframe {
	struct siginfo info;
	struct sigframe sig;
};

#endif
