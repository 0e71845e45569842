/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ARCH_ARM_MM_FAULT_H
#define _ARCH_ARM_MM_FAULT_H

#include <kernel/types.h>
#include <asm/pgtable-hwdef.h>
#include <asm/traps.h>

struct pt_regs;

/*
 * One row per DFSR/IFSR status (FS[4:0]): who handles it, the signal and
 * si_code a user process gets when it cannot be handled, and its name.
 * fn returns 0 when it handled the fault, non-zero when it could not.
 */
struct fsr_info {
	int (*fn)(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
	int sig;
	int code;
	const char *name;
};

extern const struct fsr_info fsr_info[32];
extern const struct fsr_info ifsr_info[32];

/* The 5-bit status: FS[3:0] plus FS[4] (bit 10) shifted down. */
static inline unsigned int fsr_fs(unsigned int fsr)
{
	return (fsr & FSR_FS3_0) | ((fsr & FSR_FS4) >> 6);
}

/*
 * __do_page_fault's refusals, beside handle_mm_fault's VM_FAULT_* bits
 * (Linux's values, private to the arch fault code): no area holds the
 * address, or the area does not allow the access.
 */
#define VM_FAULT_BADMAP		0x010000
#define VM_FAULT_BADACCESS	0x020000

int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_translation_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
/* An alignment fault (arch/arm/mm/alignment.c): SIGBUS BUS_ADRALN, or the fixup/Oops. */
int do_alignment(unsigned long addr, unsigned int fsr, struct pt_regs *regs);

/* Prints the translation-table entries for addr (in the Oops). */
void show_pte(unsigned long addr);

/*
 * Formats the two lines that open the Oops of a kernel fault at addr with
 * status fsr ("Unable to handle kernel NULL pointer dereference at virtual
 * address 00000000", then "[addr] <status name> (0x...) on read"), no
 * final newline; returns the length. __do_kernel_fault prints them.
 */
int kernel_fault_report(char *buf, size_t size, unsigned long addr, unsigned int fsr);
/*
 * Those lines for the last fault __do_kernel_fault reported or offered to
 * a catcher: what a self-test that caught the fault checks.
 */
const char *kernel_fault_last_report(void);


#endif
