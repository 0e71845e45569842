/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The exception table: pairs of (address of an instruction that may fault,
 * address to resume at instead). Code that touches memory it cannot vouch
 * for (copy_from_kernel_nofault, probe_kernel_read_u32) adds an entry for
 * each such load or store; __do_kernel_fault consults the table before any
 * Oops. arch/arm/mm/extable.c keeps it sorted by insn and binary-searches it.
 */
#ifndef _ASM_EXTABLE_H
#define _ASM_EXTABLE_H

#include <kernel/types.h>

struct pt_regs;

struct exception_table_entry {
	unsigned long insn;
	unsigned long fixup;
};

/* The table, as the linker script lays it out (.rodata). */
extern const struct exception_table_entry __start___ex_table[], __stop___ex_table[];

/* Sorts [start, end) by insn, in place (Linux's sort_extable). */
void sort_extable(struct exception_table_entry *start, struct exception_table_entry *end);
/* The first entry of the sorted first[0..num) with insn == value, or NULL (binary search). */
const struct exception_table_entry *search_extable(const struct exception_table_entry *first,
						   unsigned long num, unsigned long value);

/* Sorts the main table by insn; once, early in setup_arch(), before .rodata is read-only. */
void sort_main_extable(void);
/* The entry for the instruction at addr, or NULL (a binary search: needs the sort). */
const struct exception_table_entry *search_exception_tables(unsigned long addr);
/* If regs->pc has an entry, moves regs->pc to its fixup and returns 1; else 0. */
int fixup_exception(struct pt_regs *regs);

/*
 * Reads a 32-bit word from any kernel address without risking an Oops:
 * returns 0 and stores the word, or -EFAULT if the load faulted.
 */
int probe_kernel_read_u32(const void *addr, u32 *val);

#endif
