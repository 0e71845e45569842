/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The registers a signal handler's ucontext carries (Linux's
 * arch/arm/include/uapi/asm/sigcontext.h): the fault's trap number,
 * error code and address, the mask's first word, r0-r15 and the cpsr.
 * Shared by the kernel (<asm/ucontext.h>) and the user runtime
 * (tests/user/lib/signal.h, as mcontext_t).
 */
#ifndef _UAPI_ASM_SIGCONTEXT_H
#define _UAPI_ASM_SIGCONTEXT_H

struct sigcontext {
	unsigned long trap_no;
	unsigned long error_code;
	unsigned long oldmask;
	unsigned long arm_r0, arm_r1, arm_r2, arm_r3, arm_r4, arm_r5, arm_r6, arm_r7;
	unsigned long arm_r8, arm_r9, arm_r10, arm_fp, arm_ip, arm_sp, arm_lr, arm_pc;
	unsigned long arm_cpsr;
	unsigned long fault_address;
};

#endif
