/* SPDX-License-Identifier: GPL-2.0 */
/*
 * setjmp/longjmp for the self-test framework (<kernel/setjmp.h>).
 * The CPSR is saved and restored too: a longjmp out of an exception
 * handler must put back the mode and interrupt mask of the setjmp caller.
 */
#include <asm/assembler.h>

	.syntax unified
	.arm
	.text

ENTRY(setjmp)
	stmia	r0!, {r4 - r11}
	str	sp, [r0], #4
	str	lr, [r0], #4
	mrs	r2, cpsr
	str	r2, [r0]
	mov	r0, #0
	bx	lr
ENDPROC(setjmp)

ENTRY(longjmp)
	ldr	r2, [r0, #40]		@ saved CPSR: switch mode/mask first,
	msr	cpsr_c, r2		@ so sp below lands in the right bank
	ldmia	r0!, {r4 - r11}
	ldr	sp, [r0], #4
	ldr	lr, [r0], #4
	movs	r0, r1
	moveq	r0, #1
	bx	lr
ENDPROC(longjmp)
