/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _KERNEL_KALLSYMS_H
#define _KERNEL_KALLSYMS_H

#include <kernel/types.h>

#define KSYM_NAME_LEN 128

/*
 * Finds the kernel text symbol containing addr. Returns its name and sets
 * *size and *offset, or returns NULL for an address outside kernel text.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset);
/* The address of a text symbol by name, or 0. */
unsigned long kallsyms_lookup_name(const char *name);
/* Formats "name+0xoff/0xsize" (or the bare hex address) into buf. */
int sprint_symbol(char *buf, size_t size, unsigned long addr);
/*
 * The same for a return address: looks up addr - 1, so that a call that
 * is the last instruction of a function (a noreturn callee) is named after
 * its caller, not after the next function.
 */
int sprint_backtrace(char *buf, size_t size, unsigned long addr);

#endif
