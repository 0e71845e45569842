/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The exception table: pairs of (address of an instruction that may fault,
 * address to resume at instead). Code that touches memory it cannot vouch
 * for (copy_from_user, probe_kernel_read_u32) adds an entry for each such
 * load or store; __do_kernel_fault consults the table before any Oops.
 */
#ifndef _ASM_EXTABLE_H
#define _ASM_EXTABLE_H

#include <kernel/types.h>

struct pt_regs;

struct exception_table_entry {
	unsigned long insn;
	unsigned long fixup;
};

/* If regs->pc has an entry, moves regs->pc to its fixup and returns 1. */
int fixup_exception(struct pt_regs *regs);
const struct exception_table_entry *search_exception_tables(unsigned long addr);

/*
 * Reads a 32-bit word from any kernel address without risking an Oops:
 * returns 0 and stores the word, or -EFAULT if the load faulted.
 */
int probe_kernel_read_u32(const void *addr, u32 *val);

#endif
