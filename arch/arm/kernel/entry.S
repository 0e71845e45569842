/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception vectors and entry/exit code.
 *
 * VBAR points at __vectors_start (set by cpu_init, below), so the vector
 * table lives in the kernel's text, 32-byte aligned. (Linux uses the high
 * vector page at 0xffff0000 instead; a later issue that needs a user-visible
 * vector page can move it there without changing anything below.)
 *
 * Every exception ends up in SVC mode with a struct pt_regs on the SVC
 * stack (layout: <asm/ptrace.h>), then calls one C handler:
 *
 *   undefined instruction  do_undefinstr(regs)
 *   SVC                    do_svc(regs) (system calls from user mode)
 *   prefetch abort         do_PrefetchAbort(ifar, ifsr, regs)
 *   data abort             do_DataAbort(dfar, dfsr, regs)
 *   IRQ                    do_IRQ(regs)
 *   reset, unused, FIQ     do_unexpected(regs, kind)
 *
 * The handlers run with IRQ and FIQ masked (a system call unmasks IRQs
 * in do_svc). They may change *regs; the return path (ret_from_exception)
 * restores every register from it, so a handler resumes the interrupted
 * code anywhere it likes. Back to user mode it goes through ret_to_user,
 * which first delivers signals and reschedules if its flags ask for it.
 *
 * From user mode the SVC stack is empty (the task's kernel stack top),
 * and the user sp and lr are banked: frame_fill saves them with STM ^ and
 * ret_to_user reloads them with LDM ^, as Linux's __usr_entry/ret_to_user.
 *
 * UND, ABT, IRQ and FIQ modes each have a 3-word scratch "stack" that holds
 * r0, the return address and the SPSR for the few instructions it takes to
 * switch to SVC mode. Because the scratch is consumed before any C runs, an
 * abort inside a handler (say, in a test that provokes one) is fine.
 *
 * pt_regs->pc is always the address to resume at: the faulting instruction
 * for aborts and undefined instructions, the next one for SVC.
 *
 * Software PAN (<asm/domain.h>): every entry saves DACR in r8 (callee-
 * saved, so it outlives the C handler, a task switch included) and
 * closes the user domain (uaccess_entry); the way back to kernel mode
 * puts r8 back (uaccess_exit in ret_from_exception), so a uaccess routine
 * interrupted with the domain open gets it open again, and nothing that
 * runs in between has it. The way back to user mode opens it
 * (uaccess_user_enable in ret_to_user), whatever r8 holds.
 *
 * Debuggers: every piece of code below that runs with a complete
 * pt_regs at sp carries DWARF call frame information (cfi_pt_regs), so
 * GDB's `bt` inside a handler goes on through the exception frame into
 * the interrupted code: the kernel function that faulted, or the user
 * pc for an exception from user mode. Where no frame is complete yet
 * (the vector stubs, frame_alloc, start_user_thread) the information
 * says "outermost frame" instead of letting GDB guess.
 */
#include <asm/assembler.h>
#include <asm/domain.h>
#include <asm/ptrace.h>
#include <asm/traps.h>
#include <kernel/thread_info.h>

#define EMERGENCY_STACK_SIZE 1024

	.syntax unified
	.arm
	.cfi_sections .debug_frame	@ beside the C code's (-g), not .eh_frame
	.text

/*
 * DWARF unwind rules for "a struct pt_regs is at sp": the caller's sp
 * (the CFA) is pt_regs->ARM_sp, and r0-r12, lr and pc were saved at
 * their slots. GAS has no directive for "saved at sp + N" when the CFA
 * is not sp-based, so these are raw DWARF expressions (DWARF 5, 6.4.2):
 *   DW_CFA_def_cfa_expression (0x0f) len: DW_OP_breg13 (0x7d) S_SP, DW_OP_deref (0x06)
 *   DW_CFA_expression (0x10) reg len: DW_OP_breg13 offset
 * Every offset here is below 64, so it is a one-byte SLEB128 (checked
 * below). .cfi_signal_frame tells GDB the caller's pc is the interrupted
 * instruction itself, not a return address to step back from; it marks
 * a whole FDE, so the code before the frame is complete has its own FDE
 * (cfi_frame_complete starts the second one). The interrupted CPSR is not
 * described: ARM's DWARF register numbers have none for it.
 */
.if S_PC >= 64 || S_LR >= 64 || S_SP >= 64
.error "cfi_pt_regs: a pt_regs offset needs a longer SLEB128"
.endif

.macro cfi_pt_regs
	.cfi_signal_frame
	.cfi_escape 0x0f, 3, 0x7d, S_SP, 0x06
	.irp	reg, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
	.cfi_escape 0x10, \reg, 2, 0x7d, S_R0 + 4 * \reg
	.endr
	.cfi_escape 0x10, 14, 2, 0x7d, S_LR
	.cfi_escape 0x10, 15, 2, 0x7d, S_PC
.endm

/* No frame to unwind into: GDB shows this frame as the outermost. */
.macro cfi_outermost
	.cfi_undefined lr
	.cfi_undefined pc
.endm

/* Between an entry's outermost prologue and its complete frame: a new FDE. */
.macro cfi_frame_complete
	.cfi_endproc
	.cfi_startproc
	cfi_pt_regs
.endm

	.align	5
	.globl	__vectors_start
__vectors_start:
	b	vector_rst
	b	vector_und
	b	vector_swi
	b	vector_pabt
	b	vector_dabt
	b	vector_addrexcptn
	b	vector_irq
	b	vector_fiq

/*
 * Runs in the exception's own mode: saves r0, the corrected return address
 * and SPSR in the mode's scratch area, then enters SVC mode (IRQ/FIQ
 * masked) at __entry_\name with r0 pointing at the scratch area.
 */
.macro vector_stub, name, mode, correction, check_stack=0
vector_\name:
	.cfi_startproc
	cfi_outermost
	.if	\correction
	sub	lr, lr, #\correction
	.endif
	stmia	sp, {r0, lr}
	mrs	lr, spsr
	str	lr, [sp, #8]
	.if	\check_stack
	/*
	 * A data abort on the entry code's own frame stores means the SVC
	 * sp is bad (overflowed or corrupt): entering again would fault
	 * again, forever. Go to __bad_stack instead.
	 */
	ldr	r0, [sp, #4]
	ldr	lr, =__entry_frame_start
	cmp	r0, lr
	ldrhs	lr, =__entry_frame_end
	cmphs	lr, r0
	bhi	__bad_stack
	.endif
	mov	r0, sp
	mrs	lr, cpsr
	bic	lr, lr, #MODE_MASK
	orr	lr, lr, #(SVC_MODE | PSR_I_BIT | PSR_F_BIT)
	msr	spsr_cxsf, lr
	adr	lr, __entry_\name
	movs	pc, lr
	.cfi_endproc
.endm

/*
 * Allocates a struct pt_regs on the SVC stack, 8-byte aligned for the C
 * ABI (an interrupted kernel sp may be only 4-byte aligned), and saves
 * r1-r12. Leaves the flags set for frame_fill: NE means a 4-byte hole.
 */
.macro frame_alloc
	sub	sp, sp, #S_FRAME_SIZE
	tst	sp, #4
	subne	sp, sp, #4
	stmib	sp, {r1 - r12}
.endm

/*
 * Completes the frame: r3 = interrupted r0, r4 = pc to resume at, r5 = its
 * CPSR. From user mode the banked user sp/lr are saved; from SVC mode the
 * sp before the frame and the SVC lr.
 */
.macro frame_fill
	add	r2, sp, #S_FRAME_SIZE
	addne	r2, r2, #4
	str	r3, [sp, #S_R0]
	str	r4, [sp, #S_PC]
	str	r5, [sp, #S_PSR]
	mvn	r6, #0
	str	r6, [sp, #S_OLD_R0]
	add	r7, sp, #S_SP
	and	r6, r5, #MODE_MASK
	cmp	r6, #USR_MODE
	stmiaeq	r7, {sp, lr}^
	stmiane	r7, {r2, lr}
	mov	fp, #0			@ backtraces stop at the exception frame
.endm

/* After frame_fill: r8 = DACR at entry, then the user domain closed. Clobbers r7. */
.macro uaccess_entry
	mrc	p15, 0, r8, c3, c0, 0
	mov	r7, #DACR_UACCESS_DISABLE
	mcr	p15, 0, r7, c3, c0, 0
	isb
.endm

.macro entry_common, name
__entry_\name:
	.cfi_startproc
	cfi_outermost
	frame_alloc
	ldmia	r0, {r3 - r5}
	frame_fill
	cfi_frame_complete
	uaccess_entry
.endm

	vector_stub und, UND_MODE, 4
	vector_stub pabt, ABT_MODE, 4
	vector_stub dabt, ABT_MODE, 8, 1
	vector_stub irq, IRQ_MODE, 4
	vector_stub fiq, FIQ_MODE, 4

	.globl	__entry_frame_start
__entry_frame_start:			@ from here to __entry_frame_end: code that stores to sp
	entry_common und
	mov	r0, sp
	bl	do_undefinstr
	b	ret_from_exception
	.cfi_endproc

	entry_common pabt
	mrc	p15, 0, r0, c6, c0, 2	@ IFAR
	mrc	p15, 0, r1, c5, c0, 1	@ IFSR
	mov	r2, sp
	bl	do_PrefetchAbort
	b	ret_from_exception
	.cfi_endproc

	entry_common dabt
	mrc	p15, 0, r0, c6, c0, 0	@ DFAR
	mrc	p15, 0, r1, c5, c0, 0	@ DFSR
	mov	r2, sp
	bl	do_DataAbort
	b	ret_from_exception
	.cfi_endproc

	entry_common irq
	mov	r0, sp
	bl	do_IRQ
	b	ret_from_exception
	.cfi_endproc

	entry_common fiq
	mov	r0, sp
	mov	r1, #EXC_FIQ
	bl	do_unexpected
	b	ret_from_exception
	.cfi_endproc

/* Reset and the unused vector are never expected while the kernel runs. */
vector_rst:
	.cfi_startproc
	cfi_outermost
	msr	cpsr_c, #(SVC_MODE | PSR_I_BIT | PSR_F_BIT)
	mov	r1, #EXC_RESET
	b	1f
vector_addrexcptn:
	msr	cpsr_c, #(SVC_MODE | PSR_I_BIT | PSR_F_BIT)
	mov	r1, #EXC_ADDREXC
1:	frame_alloc
	mov	r3, r0
	mov	r4, #0
	mrs	r5, cpsr
	frame_fill
	cfi_frame_complete
	uaccess_entry
	mov	r0, sp
	bl	do_unexpected
	b	ret_from_exception
	.cfi_endproc

/* SVC: already in SVC mode; lr_svc is the return address, SPSR the caller's CPSR. */
vector_swi:
	.cfi_startproc
	cfi_outermost
	frame_alloc
	mov	r3, r0
	mov	r4, lr
	mrs	r5, spsr
	frame_fill
	cfi_frame_complete
	uaccess_entry
	str	r3, [sp, #S_OLD_R0]	@ system calls need the original r0
	mov	r0, sp
	bl	do_svc
	b	ret_from_exception
	.cfi_endproc
	.globl	__entry_frame_end
__entry_frame_end:

/*
 * The SVC stack pointer could not hold an exception frame. In ABT mode;
 * switch to SVC on a small emergency stack and report it. No pt_regs can
 * be saved, so handle_bad_stack() gets what is known: the address that
 * faulted (DFAR) and the bad sp.
 */
__bad_stack:
	.cfi_startproc
	cfi_outermost
	mrc	p15, 0, r0, c6, c0, 0	@ DFAR
	msr	cpsr_c, #(SVC_MODE | PSR_I_BIT | PSR_F_BIT)
	mov	r1, sp
	ldr	sp, =(emergency_stack + EMERGENCY_STACK_SIZE)
	mov	fp, #0
	bl	handle_bad_stack	@ never returns
	b	.			@ (so lr points here, not at the next function)
	.cfi_endproc

/*
 * Restores everything from the pt_regs at sp and resumes. To SVC mode, one
 * LDM with ^ reloads r0-r12, sp, lr, pc and copies SPSR to CPSR. To user
 * mode, through ret_to_user.
 */
ENTRY(ret_from_exception)
	.cfi_startproc
	cfi_pt_regs
	ldr	r1, [sp, #S_PSR]
	and	r2, r1, #MODE_MASK
	cmp	r2, #USR_MODE
	beq	ret_to_user
	mcr	p15, 0, r8, c3, c0, 0	@ uaccess_exit: DACR as the entry found it
	clrex				@ no LDREX may pair with a STREX across an exception
	msr	spsr_cxsf, r1
	ldmia	sp, {r0 - pc}^
	.cfi_endproc
ENDPROC(ret_from_exception)

/*
 * The way back to user mode (Linux's ret_to_user), for every exception
 * taken from user mode and for the first entry of a user program
 * (start_user_thread). sp points at the task's pt_regs, which sit at the
 * very top of its kernel stack (an entry from user mode finds the SVC
 * stack empty and 8-byte aligned, so there is never a hole above them).
 *
 * With IRQs masked, the thread_info flags are checked first: a pending
 * signal or reschedule is handled in C (do_work_pending, which may build
 * a signal frame and point the pt_regs at a handler, unmask IRQs, switch
 * tasks, or never return), and the check repeats,
 * so no wakeup that lands in between is lost. Then the user bank (sp,
 * lr) and r0-r12 are reloaded with LDM ^, the SVC sp goes back to the
 * top of the stack, and MOVS pc, lr copies SPSR to CPSR.
 */
ENTRY(ret_to_user)
	.cfi_startproc
	cfi_pt_regs
	cpsid	i
	mov	r1, sp, lsr #13		@ THREAD_SIZE = 8 KiB (traps.c checks): thread_info at its base
	mov	r1, r1, lsl #13
	ldr	r2, [r1, #TI_FLAGS]
	tst	r2, #_TIF_WORK_MASK
	bne	1f
	clrex
	ldr	r1, [sp, #S_PSR]
	msr	spsr_cxsf, r1
	ldr	lr, [sp, #S_PC]
	mov	r1, #DACR_UACCESS_ENABLE @ uaccess_user_enable: user mode sees its memory
	mcr	p15, 0, r1, c3, c0, 0	@ (the exception return below synchronises)
	ldmia	sp, {r0 - lr}^
	nop
	.cfi_remember_state
	add	sp, sp, #S_FRAME_SIZE
	cfi_outermost			@ the frame is gone from below sp
	movs	pc, lr
	.cfi_restore_state
1:	mov	r0, sp
	bl	do_work_pending
	b	ret_to_user
	.cfi_endproc
ENDPROC(ret_to_user)

/*
 * void start_user_thread(unsigned long pc, unsigned long usp)
 *
 * A new user task's first entry (Linux's start_thread + ret_to_user, for
 * kernel/exec_blob.c): abandons the caller's frames, puts a zeroed
 * pt_regs at the top of the kernel stack with pc, the user sp, USR mode
 * in ARM state with IRQs on, and returns to user mode through it.
 */
ENTRY(start_user_thread)
	.cfi_startproc
	cfi_outermost
	mov	r2, sp, lsr #13
	mov	r2, r2, lsl #13
	add	sp, r2, #THREAD_SIZE
	sub	sp, sp, #S_FRAME_SIZE
	mov	r2, #0
	mov	r3, #0
1:	str	r3, [sp, r2]
	add	r2, r2, #4
	cmp	r2, #S_FRAME_SIZE
	blo	1b
	str	r0, [sp, #S_PC]
	str	r1, [sp, #S_SP]
	mov	r2, #USR_MODE
	str	r2, [sp, #S_PSR]
	mvn	r2, #0
	str	r2, [sp, #S_OLD_R0]
	b	ret_to_user
	.cfi_endproc
ENDPROC(start_user_thread)

/*
 * Called once from head.S, in SVC mode with IRQ/FIQ masked: points each
 * exception mode's sp at its scratch area and VBAR at the vectors, then
 * unmasks asynchronous aborts (CPSR.A is set at reset), so an imprecise
 * external abort (a write to an unclocked device on a real board) ends in
 * a report instead of going unnoticed.
 */
ENTRY(cpu_init)
	ldr	r1, =exc_scratch
	msr	cpsr_c, #(IRQ_MODE | PSR_I_BIT | PSR_F_BIT)
	add	sp, r1, #0
	msr	cpsr_c, #(ABT_MODE | PSR_I_BIT | PSR_F_BIT)
	add	sp, r1, #12
	msr	cpsr_c, #(UND_MODE | PSR_I_BIT | PSR_F_BIT)
	add	sp, r1, #24
	msr	cpsr_c, #(FIQ_MODE | PSR_I_BIT | PSR_F_BIT)
	add	sp, r1, #36
	msr	cpsr_c, #(SVC_MODE | PSR_I_BIT | PSR_F_BIT)
	ldr	r0, =__vectors_start
	mcr	p15, 0, r0, c12, c0, 0	@ VBAR
	isb
	cpsie	a			@ report asynchronous (imprecise) aborts from now on
	mov	pc, lr
ENDPROC(cpu_init)

	.bss
	.align	2
exc_scratch:
	.space	4 * 12
	.align	3
emergency_stack:
	.space	EMERGENCY_STACK_SIZE
