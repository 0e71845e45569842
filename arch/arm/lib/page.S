/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void clear_page(void *page)
 * void copy_page(void *to, const void *from)
 *
 * A whole 4 KiB page, 64 bytes per loop with 4-register STM/LDM (Linux's
 * arch/arm/lib/clear_page/copy_page.S in spirit): about six instructions
 * per 64 bytes where a byte or word loop spends one or more per word.
 * The fault path zeroes every fresh user page and copies every
 * copy-on-write page with these, so they are most of a fault's cost.
 * Both pointers page aligned, kernel addresses (kmap_atomic of the page).
 */
#include <asm/assembler.h>

#define PAGE_SZ 4096

	.syntax unified
	.arm
	.cfi_sections .debug_frame	@ unwind rules for debuggers, as the C code has
	.text

ENTRY(clear_page)
	.cfi_startproc
	push	{r4, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r4, 0
	.cfi_rel_offset lr, 4
	mov	r1, #PAGE_SZ / 64
	mov	r2, #0
	mov	r3, #0
	mov	r4, #0
	mov	lr, #0
1:	.rept	4
	stmia	r0!, {r2, r3, r4, lr}
	.endr
	subs	r1, r1, #1
	bne	1b
	pop	{r4, pc}
	.cfi_endproc
ENDPROC(clear_page)

ENTRY(copy_page)
	.cfi_startproc
	push	{r4, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r4, 0
	.cfi_rel_offset lr, 4
	mov	r2, #PAGE_SZ / 64
1:	.rept	4
	ldmia	r1!, {r3, r4, ip, lr}
	stmia	r0!, {r3, r4, ip, lr}
	.endr
	subs	r2, r2, #1
	bne	1b
	pop	{r4, pc}
	.cfi_endproc
ENDPROC(copy_page)
