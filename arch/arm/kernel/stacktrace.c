// SPDX-License-Identifier: GPL-2.0
/*
 * Backtraces through APCS frames.
 *
 * The kernel is built with -mapcs-frame, so every C function starts with
 *     mov ip, sp; push {fp, ip, lr, pc}; sub fp, ip, #4
 * and fp points at the saved pc; below it are the caller's lr, sp and fp:
 *
 *     fp - 0   saved pc (this function's entry + 8)
 *     fp - 4   lr: the return address into the caller
 *     fp - 8   the caller's sp
 *     fp - 12  the caller's fp
 *
 * A chain is followed only while each fp lies inside the current kernel
 * stack (THREAD_SIZE aligned, so the stack's bounds follow from sp) and
 * moves towards its top; head.S and the exception entry set fp = 0, which
 * ends the chain.
 */
#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <asm/memory.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

#define MAX_BACKTRACE_DEPTH 32

int unwind_frame(struct stackframe *frame)
{
	unsigned long fp = frame->fp;
	unsigned long low = frame->sp;
	unsigned long high = (low & ~(THREAD_SIZE - 1)) + THREAD_SIZE;
	const unsigned long *slot;

	if (!fp || (fp & 3) || fp < low + 12 || fp > high - 4)
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

/* where is the faulting pc for the first frame, a return address after it. */
static void print_frame(unsigned long where, bool first, unsigned long from)
{
	char a[KSYM_NAME_LEN], b[KSYM_NAME_LEN];

	if (first)
		sprint_symbol(a, sizeof(a), where);
	else
		sprint_backtrace(a, sizeof(a), where);
	sprint_backtrace(b, sizeof(b), from);
	printk(KERN_EMERG "[<%08lx>] (%s) from [<%08lx>] (%s)\n", where, a, from, b);
}

void dump_backtrace(const struct pt_regs *regs)
{
	struct stackframe frame = {
		.fp = regs->ARM_fp,
		.sp = regs->ARM_sp,
		.lr = regs->ARM_lr,
		.pc = regs->ARM_pc,
	};
	int depth;

	printk(KERN_EMERG "Backtrace:\n");
	if (user_mode(regs)) {
		printk(KERN_EMERG " (user mode: no kernel backtrace)\n");
		return;
	}
	/*
	 * A PC outside kernel text means a call through a bad pointer (or a
	 * tail call to one): the caller is in lr, not yet in any frame.
	 */
	if (!kallsyms_lookup(frame.pc, NULL, NULL) && kallsyms_lookup(frame.lr, NULL, NULL)) {
		print_frame(frame.pc, true, frame.lr);
		frame.pc = frame.lr;
	}
	for (depth = 0; depth < MAX_BACKTRACE_DEPTH; depth++) {
		unsigned long where = frame.pc;

		if (unwind_frame(&frame) < 0) {
			printk(KERN_EMERG "[<%08lx>] (%s)\n", where,
			       kallsyms_lookup(depth ? where - 1 : where, NULL, NULL) ?: "?");
			return;
		}
		print_frame(where, depth == 0, frame.pc);
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
