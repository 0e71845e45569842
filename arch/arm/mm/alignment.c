// SPDX-License-Identifier: GPL-2.0
/*
 * Alignment faults (DFSR status 1; Linux's arch/arm/mm/alignment.c, without
 * its instruction emulator).
 *
 * SCTLR.A is clear, so ordinary loads and stores may be unaligned; what
 * still faults is an access the architecture always requires aligned:
 * LDM/STM, LDRD/STRD, LDREX/STREX and friends, and anything to Device or
 * Strongly-ordered memory. Linux decodes and emulates the instruction;
 * this kernel does not: a user program gets SIGBUS with BUS_ADRALN and
 * the address, and a kernel access gets its exception-table fixup if it
 * has one, else the Oops (do_bad's path: the caller reports it).
 */
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <asm/extable.h>
#include <asm/ptrace.h>
#include "fault.h"

int do_alignment(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (user_mode(regs)) {
		force_sig_fault(SIGBUS, BUS_ADRALN, addr, regs, fsr_name(fsr));
		return 0;
	}
	if (fixup_exception(regs))
		return 0;
	return 1;	/* the Oops, "Unhandled fault: alignment fault" */
}
