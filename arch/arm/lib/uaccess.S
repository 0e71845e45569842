/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The string and clearing user accesses (seed document 001, section
 * 3.5.1; Linux's lib/strncpy_from_user.c, lib/strnlen_user.c and
 * arch/arm/lib/clear_user.S), byte at a time. The C wrappers in
 * <kernel/uaccess.h> do the access_ok part and clip the range to user
 * space; these only walk it.
 *
 * As in copy_nofault.S: every load or store of user memory has an
 * __ex_table entry, so a fault on it goes to do_page_fault and is served
 * (demand paging, copy-on-write) or, failing that, resumes at the fixup;
 * the user domain is open only between the entry and the exit, the
 * caller's DACR kept in ip.
 *
 * long __strncpy_from_user(char *dst, const char __user *src, unsigned long max)
 *	copies bytes up to and including the first NUL, at most max; returns
 *	the string's length (the NUL not counted) if a NUL came, max if not,
 *	-EFAULT if a load faulted (dst holds what was copied so far).
 *
 * long __strnlen_user(const char __user *s, unsigned long max)
 *	the string's size with its NUL if the NUL is among the first max
 *	bytes, max + 1 if not, 0 if a load faulted.
 *
 * unsigned long __clear_user(void __user *addr, unsigned long n)
 *	zeroes n bytes; returns the bytes not zeroed (0 on success).
 */
#include <asm/assembler.h>
#include <asm/domain.h>

#define EFAULT 14

	.syntax unified
	.arm
	.cfi_sections .debug_frame	@ unwind rules for debuggers, as the C code has
	.text

ENTRY(__strncpy_from_user)
	.cfi_startproc
	push	{r4}
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset r4, 0
	uaccess_save_and_enable ip, r3
	mov	r4, r2			@ r4 = max, r2 = bytes left
1:	cmp	r2, #0
	beq	2f
20:	ldrb	r3, [r1], #1
	strb	r3, [r0], #1
	sub	r2, r2, #1
	cmp	r3, #0
	bne	1b
	add	r2, r2, #1		@ the NUL is not counted
2:	sub	r0, r4, r2		@ max - left
	b	3f
9:	mvn	r0, #(EFAULT - 1)	@ r0 = -EFAULT
3:	uaccess_restore ip
	pop	{r4}
	.cfi_adjust_cfa_offset -4
	.cfi_restore r4
	bx	lr
	.pushsection __ex_table, "a"
	.align	2
	.long	20b, 9b
	.popsection
	.cfi_endproc
ENDPROC(__strncpy_from_user)

ENTRY(__strnlen_user)
	.cfi_startproc
	uaccess_save_and_enable ip, r3
	mov	r2, r1			@ r2 = max, r1 = bytes left
1:	cmp	r1, #0
	beq	2f
21:	ldrb	r3, [r0], #1
	sub	r1, r1, #1
	cmp	r3, #0
	bne	1b
	sub	r0, r2, r1		@ the bytes read, the NUL included
	b	3f
2:	add	r0, r2, #1		@ no NUL among max bytes: max + 1
	b	3f
9:	mov	r0, #0
3:	uaccess_restore ip
	bx	lr
	.pushsection __ex_table, "a"
	.align	2
	.long	21b, 9b
	.popsection
	.cfi_endproc
ENDPROC(__strnlen_user)

/* Words while the address is aligned and 4 bytes are left, else bytes. */
ENTRY(__clear_user)
	.cfi_startproc
	uaccess_save_and_enable ip, r3
	mov	r3, #0
1:	cmp	r1, #0
	beq	9f
	tst	r0, #3
	bne	2f
	cmp	r1, #4
	blo	2f
22:	str	r3, [r0], #4
	sub	r1, r1, #4
	b	1b
23:
2:	strb	r3, [r0], #1
	sub	r1, r1, #1
	b	1b
9:	mov	r0, r1			@ the bytes not zeroed
	uaccess_restore ip
	bx	lr
	.pushsection __ex_table, "a"
	.align	2
	.long	22b, 9b
	.long	23b, 9b
	.popsection
	.cfi_endproc
ENDPROC(__clear_user)
