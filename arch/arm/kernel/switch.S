/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The context switch and the first instructions of a new kernel thread
 * (as Linux's __switch_to and ret_from_fork in arch/arm/kernel/entry-*.S,
 * reduced to what kernel threads need).
 *
 * A switched-out task is entirely described by its stack and the
 * cpu_context in its thread_info (<kernel/thread_info.h>): the AAPCS
 * callee-saved registers r4-r11, sp, and the pc to resume at. Everything
 * else is either caller-saved (the C caller of __switch_to already
 * assumes it lost them) or saved on the stack by the code that got us
 * here: an interrupted task's full register set is in the pt_regs that
 * the IRQ entry pushed, and it resumes by returning through the IRQ exit.
 *
 * The user TLS register (TPIDRURO, read-only to user mode) is per task:
 * its value lives in thread_info.tp_value (set_tls writes both), so the
 * switch only loads next's, never saves. TTBR0/CONTEXTIDR change in
 * switch_mm (kernel/sched/core.c calls it just before __switch_to).
 */
#include <asm/assembler.h>
#include <kernel/thread_info.h>

	.syntax unified
	.arm
	.cfi_sections .debug_frame
	.text

/*
 * struct thread_info *__switch_to(struct thread_info *prev,
 *                                 struct thread_info *next)
 *
 * Saves the callee-saved registers, sp and lr (the return address into
 * __schedule) in prev's cpu_context, loads next's and jumps to its saved
 * pc. IRQs are masked by the caller. r0 is not touched, so next resumes
 * with r0 = prev: the task it was switched from, which it needs to finish
 * the switch (finish_task_switch frees a dead task's stack).
 */
ENTRY(__switch_to)
	add	ip, r0, #TI_CPU_CONTEXT
	stmia	ip, {r4 - r11, sp, lr}		@ prev: r4-r11, sp, pc = our return address
	ldr	ip, [r1, #TI_TP_VALUE]
	mcr	p15, 0, ip, c13, c0, 3		@ TPIDRURO = next's TLS word
	add	ip, r1, #TI_CPU_CONTEXT
	ldmia	ip, {r4 - r11, sp, pc}		@ next: resumes where it called __switch_to
ENDPROC(__switch_to)

/*
 * Where a new task starts (its cpu_context.pc): r0 = the previous task's
 * thread_info (from __switch_to), r4 = the function to run (kthread() for
 * a kernel thread), r5 = its argument. schedule_tail finishes the switch
 * and unmasks IRQs and preemption; the function's result goes to do_exit,
 * which does not return. fp is 0, so a backtrace ends here. (A forked
 * user process will return to user mode from here instead.)
 */
ENTRY(ret_from_fork)
	.cfi_startproc
	.cfi_undefined lr			@ a new task's first frame: for
	.cfi_undefined pc			@ debuggers, `bt` ends here
	bl	schedule_tail
	mov	r0, r5
	blx	r4
	bl	do_exit
	.cfi_endproc
ENDPROC(ret_from_fork)
