/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_TRAPS_H
#define _ASM_TRAPS_H

/* The kinds of exception entry.S reports to C (the vector order). */
#define EXC_RESET	0
#define EXC_UNDEF	1
#define EXC_SVC		2
#define EXC_PABT	3
#define EXC_DABT	4
#define EXC_ADDREXC	5
#define EXC_IRQ		6
#define EXC_FIQ		7

#ifndef __ASSEMBLER__
#include <kernel/compiler.h>
struct pt_regs;

const char *exception_name(int kind);

/*
 * An exception the kernel would otherwise die of is first offered to the
 * registered catcher, if any: the self-test framework registers one while
 * a case expects a fault (kernel/ktest.c). The catcher does not return if
 * it takes the exception. For an SVC, far carries the SVC number.
 */
typedef void (*exception_catcher_t)(struct pt_regs *regs, int kind, unsigned long far,
				    unsigned long fsr);
void set_exception_catcher(exception_catcher_t fn);
void offer_exception(struct pt_regs *regs, int kind, unsigned long far, unsigned long fsr);
void show_regs(const struct pt_regs *regs);
void __noreturn die(const char *str, struct pt_regs *regs, unsigned long err);

/* Backtraces (arch/arm/kernel/stacktrace.c). */
struct stackframe {
	unsigned long fp;
	unsigned long sp;
	unsigned long lr;
	unsigned long pc;
};
/* Steps to the caller's frame; returns 0, or -1 when the chain ends or looks bad. */
int unwind_frame(struct stackframe *frame);
void dump_backtrace(const struct pt_regs *regs);
/* Fills pcs[] with up to max return addresses from the caller of this function. */
unsigned int save_stack_trace(unsigned long *pcs, unsigned int max);

/* Decoded name of a DFSR (or, with FSR_LNX_PF set, an IFSR) value (mm/fsr-2level.c). */
const char *fsr_name(unsigned int fsr);

/* Makes the SVC sp bad, then traps (the monitor's `crash stack`). */
void arch_crash_bad_stack(void);

/* The exception vectors, in entry.S; VBAR points at them. */
extern char __vectors_start[];
#endif

#endif
