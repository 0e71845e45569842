/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long copy_from_kernel_nofault(void *dst, const void *src, size_t size)
 * long copy_to_kernel_nofault(void *dst, const void *src, size_t size)
 *
 * Copies that survive a bad address (Linux's mm/maccess.c, here in
 * assembly): every access to the untrusted side -- the loads from src in
 * copy_from, the stores to dst in copy_to -- has an __ex_table entry, so
 * a fault resumes at 9: and the function returns -EFAULT instead of an
 * Oops. 0 when all size bytes were copied.
 *
 * The order of each loop is "load, then store", so copy_from never writes
 * a dst byte whose src byte it could not read. Words are used only when
 * dst and src agree modulo 4, after a byte head has aligned the untrusted
 * side: an aligned word never straddles a page, so each word access
 * faults whole or not at all. Otherwise, and for the tail, bytes. Any
 * size and alignment; size 0 copies nothing and returns 0.
 *
 * unsigned long __copy_from_user(void *to, const void __user *from, size_t n)
 * unsigned long __copy_to_user(void __user *to, const void *from, size_t n)
 *
 * are the same loops with Linux's uaccess result instead: the number of
 * bytes not copied (0 on success). access_ok is the caller's
 * (<kernel/uaccess.h>). A fault on a user page goes to do_page_fault,
 * which finds these instructions in the exception table and serves it
 * as a user fault would be (demand paging, copy-on-write); only if that
 * fails does the fixup end the copy early, never an Oops. They open the
 * user domain for their accesses and restore the caller's DACR on both
 * ways out (software PAN, <asm/domain.h>); ip keeps the old value (an
 * abort restores every register, so it survives a fault).
 *
 * r0 = dst, r1 = src, r2 = bytes left, r3 = the datum. A faulting access
 * writes back no base register (ARMv7 aborts restore it), and nothing
 * after 9: uses r0-r2 anyway.
 */
#include <asm/assembler.h>
#include <asm/domain.h>

#define EFAULT 14

	.syntax unified
	.arm
	.cfi_sections .debug_frame	@ unwind rules for debuggers, as the C code has
	.text

/*
 * nofault_copy ALIGN: the copy loop. ALIGN is the untrusted pointer, the
 * one the byte head aligns. Loads are at 10, 12, 14 and stores at 11, 13,
 * 15: each user lists its untrusted accesses in __ex_table, fixup 9.
 */
	.macro	nofault_copy, align, user=0
	.if	\user
	uaccess_save_and_enable ip, r3
	.endif
	eor	r3, r0, r1
	tst	r3, #3
	bne	3f			@ dst and src disagree mod 4: bytes only
1:	tst	\align, #3		@ head: bytes until the untrusted side is aligned
	beq	2f
	cmp	r2, #0
	beq	8f
10:	ldrb	r3, [r1], #1
11:	strb	r3, [r0], #1
	sub	r2, r2, #1
	b	1b
2:	cmp	r2, #4			@ body: whole aligned words
	blo	3f
12:	ldr	r3, [r1], #4
13:	str	r3, [r0], #4
	sub	r2, r2, #4
	b	2b
3:	cmp	r2, #0			@ tail (or the whole copy): bytes
	beq	8f
14:	ldrb	r3, [r1], #1
15:	strb	r3, [r0], #1
	sub	r2, r2, #1
	b	3b
	.if	\user
8:	mov	r2, #0
9:	uaccess_restore ip
	mov	r0, r2			@ the bytes not copied
	.else
8:	mov	r0, #0
	bx	lr
9:	mvn	r0, #(EFAULT - 1)	@ r0 = -EFAULT
	.endif
	bx	lr
	.endm

ENTRY(copy_from_kernel_nofault)
	.cfi_startproc
	nofault_copy r1
	.pushsection __ex_table, "a"
	.align	2
	.long	10b, 9b
	.long	12b, 9b
	.long	14b, 9b
	.popsection
	.cfi_endproc
ENDPROC(copy_from_kernel_nofault)

ENTRY(copy_to_kernel_nofault)
	.cfi_startproc
	nofault_copy r0
	.pushsection __ex_table, "a"
	.align	2
	.long	11b, 9b
	.long	13b, 9b
	.long	15b, 9b
	.popsection
	.cfi_endproc
ENDPROC(copy_to_kernel_nofault)

ENTRY(__copy_from_user)
	.cfi_startproc
	nofault_copy r1, 1
	.pushsection __ex_table, "a"
	.align	2
	.long	10b, 9b
	.long	12b, 9b
	.long	14b, 9b
	.popsection
	.cfi_endproc
ENDPROC(__copy_from_user)

ENTRY(__copy_to_user)
	.cfi_startproc
	nofault_copy r0, 1
	.pushsection __ex_table, "a"
	.align	2
	.long	11b, 9b
	.long	13b, 9b
	.long	15b, 9b
	.popsection
	.cfi_endproc
ENDPROC(__copy_to_user)
