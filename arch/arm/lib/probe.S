/* SPDX-License-Identifier: GPL-2.0 */
/*
 * int probe_kernel_read_u32(const void *addr, u32 *val)
 *
 * The load at 1: has an exception-table entry: if it faults, the fault
 * handler resumes at 9:, which returns -EFAULT instead of an Oops.
 */
#include <asm/assembler.h>

#define EFAULT 14

	.syntax unified
	.arm
	.cfi_sections .debug_frame	@ unwind rules for debuggers, as the C code has
	.text
ENTRY(probe_kernel_read_u32)
	.cfi_startproc
1:	ldr	r2, [r0]
	str	r2, [r1]
	mov	r0, #0
	bx	lr
9:	mvn	r0, #(EFAULT - 1)		@ r0 = -EFAULT
	bx	lr
	.cfi_endproc
ENDPROC(probe_kernel_read_u32)

	.section __ex_table, "a"
	.align	2
	.long	1b, 9b
