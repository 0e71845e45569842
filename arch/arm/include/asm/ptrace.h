/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs: the registers of an interrupted context, as the exception
 * entry code in arch/arm/kernel/entry.S saves them on the SVC stack. Same
 * layout as Linux's, so the same GDB habits apply. The S_* offsets are used
 * by the assembly; arch/arm/kernel/traps.c checks them against the struct
 * with static asserts.
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#define USR_MODE	0x10
#define FIQ_MODE	0x11
#define IRQ_MODE	0x12
#define SVC_MODE	0x13
#define MON_MODE	0x16
#define ABT_MODE	0x17
#define UND_MODE	0x1b
#define SYS_MODE	0x1f
#define MODE_MASK	0x1f
#define PSR_T_BIT	0x00000020
#define PSR_F_BIT	0x00000040
#define PSR_I_BIT	0x00000080
#define PSR_A_BIT	0x00000100
#define PSR_E_BIT	0x00000200
#define PSR_J_BIT	0x01000000
#define PSR_Q_BIT	0x08000000
#define PSR_V_BIT	0x10000000
#define PSR_C_BIT	0x20000000
#define PSR_Z_BIT	0x40000000
#define PSR_N_BIT	0x80000000

#define S_R0		0
#define S_R1		4
#define S_FP		44
#define S_IP		48
#define S_SP		52
#define S_LR		56
#define S_PC		60
#define S_PSR		64
#define S_OLD_R0	68
#define S_FRAME_SIZE	72

#ifndef __ASSEMBLER__
struct pt_regs {
	unsigned long uregs[18];
};

#define ARM_cpsr	uregs[16]
#define ARM_pc		uregs[15]
#define ARM_lr		uregs[14]
#define ARM_sp		uregs[13]
#define ARM_ip		uregs[12]
#define ARM_fp		uregs[11]
#define ARM_r0		uregs[0]
#define ARM_ORIG_r0	uregs[17]

static inline int processor_mode(const struct pt_regs *regs)
{
	return regs->ARM_cpsr & MODE_MASK;
}

static inline int user_mode(const struct pt_regs *regs)
{
	return processor_mode(regs) == USR_MODE;
}
#endif

#endif
