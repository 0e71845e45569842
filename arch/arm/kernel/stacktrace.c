// SPDX-License-Identifier: GPL-2.0
/*
 * Backtraces through APCS frames.
 *
 * The kernel is built with -mapcs-frame, so every C function starts with
 *     mov ip, sp; push {fp, ip, lr, pc}; sub fp, ip, #4
 * and fp points at the saved pc; below it are the caller's lr, sp and fp:
 *
 *     fp - 0   saved pc (the push instruction's address + 8)
 *     fp - 4   lr: the return address into the caller
 *     fp - 8   the caller's sp
 *     fp - 12  the caller's fp
 *
 * A chain is followed only while each fp lies inside the current kernel
 * stack (THREAD_SIZE aligned, so the stack's bounds follow from sp) and
 * moves towards its top; head.S and the exception entry set fp = 0, which
 * ends the chain. The Makefile passes -mno-sched-prolog -fno-shrink-wrap so
 * the push is always a function's first work; a fault before it (or in a
 * call through a bad pointer) leaves the caller only in lr, which
 * dump_backtrace() checks for.
 */
#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <asm/memory.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

#define MAX_BACKTRACE_DEPTH 32

/* Is fp a plausible APCS frame pointer on the stack that sp is on? */
static bool fp_on_stack(unsigned long fp, unsigned long sp)
{
	unsigned long high = (sp & ~(THREAD_SIZE - 1)) + THREAD_SIZE;

	return fp && !(fp & 3) && fp >= sp + 12 && fp <= high - 4;
}

int unwind_frame(struct stackframe *frame)
{
	unsigned long fp = frame->fp;
	const unsigned long *slot;

	if (!fp_on_stack(fp, frame->sp))
		return -1;
	slot = (const unsigned long *)fp;
	frame->fp = slot[-3];
	frame->sp = slot[-2];
	frame->lr = slot[-1];
	frame->pc = slot[-1];
	/* The caller's frame is older, so it sits higher on the stack. */
	if (frame->fp && frame->fp <= fp)
		return -1;
	return 0;
}

/* where is exact (the faulting pc) or, after the first frame, a return address. */
static void print_frame(unsigned long where, bool exact, unsigned long from)
{
	char a[KSYM_NAME_LEN], b[KSYM_NAME_LEN];

	if (exact)
		sprint_symbol(a, sizeof(a), where);
	else
		sprint_backtrace(a, sizeof(a), where);
	sprint_backtrace(b, sizeof(b), from);
	printk(KERN_EMERG "[<%08lx>] (%s) from [<%08lx>] (%s)\n", where, a, from, b);
}

/* The start of the function holding addr, or 0 outside kernel text. */
static unsigned long function_start(unsigned long addr)
{
	unsigned long offset;

	return kallsyms_lookup(addr, NULL, &offset) ? addr - offset : 0;
}

/*
 * True when the frame at fp is not the faulting function's: the pc is
 * outside kernel text (a call through a bad pointer), or the saved pc in
 * the frame belongs to another function (the fault came before the push).
 */
static bool caller_only_in_lr(const struct stackframe *frame)
{
	unsigned long here = function_start(frame->pc);

	if (!here)
		return true;
	if (!fp_on_stack(frame->fp, frame->sp))
		return false;
	return function_start(*(const unsigned long *)frame->fp) != here;
}

void dump_backtrace(const struct pt_regs *regs)
{
	struct stackframe frame = {
		.fp = regs->ARM_fp,
		.sp = regs->ARM_sp,
		.lr = regs->ARM_lr,
		.pc = regs->ARM_pc,
	};
	bool exact = true;	/* frame.pc is the faulting pc, not a return address */
	int depth;

	printk(KERN_EMERG "Backtrace:\n");
	if (user_mode(regs)) {
		printk(KERN_EMERG " (user mode: no kernel backtrace)\n");
		return;
	}
	/*
	 * When the faulting function has no frame of its own yet, its caller
	 * is only in lr: print that link first.
	 */
	if (caller_only_in_lr(&frame) && kallsyms_lookup(frame.lr, NULL, NULL)) {
		print_frame(frame.pc, true, frame.lr);
		frame.pc = frame.lr;
		exact = false;
	}
	for (depth = 0; depth < MAX_BACKTRACE_DEPTH; depth++) {
		unsigned long where = frame.pc;

		if (unwind_frame(&frame) < 0) {
			printk(KERN_EMERG "[<%08lx>] (%s)\n", where,
			       kallsyms_lookup(exact ? where : where - 1, NULL, NULL) ?: "?");
			return;
		}
		print_frame(where, exact, frame.pc);
		exact = false;	/* every later pc is a return address */
	}
	printk(KERN_EMERG " (backtrace cut at %d frames)\n", MAX_BACKTRACE_DEPTH);
}

noinline unsigned int save_stack_trace(unsigned long *pcs, unsigned int max)
{
	unsigned long sp;
	struct stackframe frame;
	unsigned int n = 0;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	frame.fp = (unsigned long)__builtin_frame_address(0);
	frame.sp = sp;
	while (n < max && unwind_frame(&frame) == 0)
		pcs[n++] = frame.pc;
	return n;
}

/*
 * The backtrace of the caller, for reports that are not Oopses (bad_page,
 * allocation failures). It starts at dump_stack's own frame.
 */
noinline void dump_stack(void)
{
	struct pt_regs regs = { 0 };
	unsigned long sp;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	regs.ARM_fp = (unsigned long)__builtin_frame_address(0);
	regs.ARM_sp = sp;
	regs.ARM_lr = (unsigned long)__builtin_return_address(0);
	regs.ARM_pc = (unsigned long)dump_stack;
	regs.ARM_cpsr = SVC_MODE;
	dump_backtrace(&regs);
}
