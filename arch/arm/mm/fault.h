/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ARCH_ARM_MM_FAULT_H
#define _ARCH_ARM_MM_FAULT_H

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

int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_translation_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);

/* Prints the translation-table entries for addr (in the Oops). */
void show_pte(unsigned long addr);


#endif
