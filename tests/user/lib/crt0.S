/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the entry point of every user program.
 *
 * The kernel enters here in user mode with the initial stack as Linux lays
 * it out for a static EABI binary (fs/binfmt_elf.c create_elf_tables):
 *
 *	sp ->	argc
 *		argv[0] ... argv[argc - 1], NULL
 *		envp[0] ... NULL
 *		auxv: (a_type, a_val) pairs ... AT_NULL, 0
 *		(the strings and the AT_RANDOM bytes, higher up)
 *
 * Nothing else is set up: r0 may hold anything (Linux passes 0, a pointer
 * to an atexit function for dynamic binaries). __libc_start_main finds
 * the auxiliary vector, calls main and passes its result to exit_group.
 */
	.syntax unified
	.arm
	.cfi_sections .debug_frame
	.section .text.start, "ax"
	.globl	_start
	.type	_start, %function
_start:
	.cfi_startproc
	.cfi_undefined lr		@ for debuggers too: the outermost frame
	.cfi_undefined pc
	mov	fp, #0			@ the outermost frame: backtraces stop here
	mov	lr, #0
	ldr	r0, [sp]		@ argc
	add	r1, sp, #4		@ argv
	add	r2, r1, r0, lsl #2
	add	r2, r2, #4		@ envp = &argv[argc + 1]
	bic	sp, sp, #7		@ the AAPCS wants 8-byte alignment at calls
	bl	__libc_start_main
	b	.			@ not reached: __libc_start_main exits
	.cfi_endproc
	.size	_start, . - _start
	.section .note.GNU-stack, "", %progbits
