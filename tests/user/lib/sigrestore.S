/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The restorers sigaction() passes with SA_RESTORER (musl's names): a
 * handler returns here (lr), with sp back at its frame, and the frame
 * goes back through sigreturn (a plain handler) or rt_sigreturn
 * (SA_SIGINFO). Neither returns: the kernel resumes the interrupted code.
 */
	.syntax unified
	.arm
	.text
	.globl	__restore
	.type	__restore, %function
__restore:
	mov	r7, #119		@ __NR_sigreturn
	svc	#0
	.size	__restore, . - __restore

	.globl	__restore_rt
	.type	__restore_rt, %function
__restore_rt:
	mov	r7, #173		@ __NR_rt_sigreturn
	svc	#0
	.size	__restore_rt, . - __restore_rt
	.section .note.GNU-stack, "", %progbits
