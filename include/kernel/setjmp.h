/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Non-local jumps for the self-test framework (arch/arm/kernel/setjmp.S).
 * The buffer holds the callee-saved registers r4-r11, sp, lr and the CPSR,
 * so a longjmp out of an exception handler also restores the interrupt
 * mask of the code that called setjmp.
 */
#ifndef _KERNEL_SETJMP_H
#define _KERNEL_SETJMP_H

struct jmp_buf {
	unsigned long regs[11]; /* r4-r11, sp, lr, cpsr */
};

int setjmp(struct jmp_buf *jb) __attribute__((returns_twice));
void longjmp(struct jmp_buf *jb, int val) __attribute__((noreturn));

#endif
