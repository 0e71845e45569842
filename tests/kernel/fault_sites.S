/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Instructions that fault on purpose, at global labels, so the exception
 * tests can check the exact PC the exception path reports.
 */
#include <asm/assembler.h>

	.syntax unified
	.arm
	.text

/* void ktest_do_undef(void): an undefined instruction (UDF #0). */
ENTRY(ktest_do_undef)
	.globl	ktest_undef_site
ktest_undef_site:
	.inst	0xe7f000f0
	bx	lr
ENDPROC(ktest_do_undef)

/* void ktest_do_svc(void): SVC #0x5a from kernel mode (it clobbers lr_svc). */
ENTRY(ktest_do_svc)
	push	{lr}
	.globl	ktest_svc_site
ktest_svc_site:
	svc	#0x5a
	pop	{pc}
ENDPROC(ktest_do_svc)

/*
 * void ktest_undef_with_pattern(void): loads r0-r10 and r12 with
 * 0x1000 + n (n = the register number), then executes UDF, so a test can
 * check that struct pt_regs holds every register.
 */
ENTRY(ktest_undef_with_pattern)
	push	{r4 - r11, lr}
	mov	r0, #0x1000
	movw	r1, #0x1001
	movw	r2, #0x1002
	movw	r3, #0x1003
	movw	r4, #0x1004
	movw	r5, #0x1005
	movw	r6, #0x1006
	movw	r7, #0x1007
	movw	r8, #0x1008
	movw	r9, #0x1009
	movw	r10, #0x100a
	movw	r12, #0x100c
	.globl	ktest_pattern_site
ktest_pattern_site:
	.inst	0xe7f000f0
	pop	{r4 - r11, pc}
ENDPROC(ktest_undef_with_pattern)

/* void ktest_ldm_at(const void *p): LDM faults on an address not word aligned. */
ENTRY(ktest_ldm_at)
	.globl	ktest_ldm_site
ktest_ldm_site:
	ldm	r0, {r1, r2}
	bx	lr
ENDPROC(ktest_ldm_at)

/*
 * void ktest_undef_with_sp(unsigned long *sp_seen, unsigned long misalign):
 * lowers sp by 8 + misalign (0 or 4, so both of the entry code's alignment
 * cases are exercised), stores that sp in *sp_seen, sets lr to 0x1e1e1e1e
 * and executes UDF. The catching test's longjmp puts sp back.
 */
ENTRY(ktest_undef_with_sp)
	push	{r4, lr}
	sub	sp, sp, #8
	sub	sp, sp, r1
	str	sp, [r0]
	movw	lr, #0x1e1e
	movt	lr, #0x1e1e
	.inst	0xe7f000f0
	add	sp, sp, r1
	add	sp, sp, #8
	pop	{r4, pc}
ENDPROC(ktest_undef_with_sp)
