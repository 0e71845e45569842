// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM fault path (seed document 001, section 3.6; Linux arch/arm/mm/fault.c):
 *
 *   entry.S -> do_DataAbort / do_PrefetchAbort
 *           -> fsr_info / ifsr_info[FS]   (the status table: decode only)
 *           -> do_translation_fault / do_page_fault / do_sect_fault / do_bad
 *           -> __do_kernel_fault: fixup_exception, else an Oops
 *
 * There is no user space and no page allocator yet, so every translation
 * or permission fault is a kernel fault: the exception table gets a chance
 * (the probing loads in arch/arm/lib/probe.S), then a registered catcher
 * (a self-test expecting the fault), then the Oops: "Unable to handle
 * kernel paging request", the page-table entries for the address
 * (show_pte), the registers and a backtrace. The issues that add process
 * memory grow do_page_fault towards handle_mm_fault without changing this
 * layering.
 */
#include <kernel/printk.h>
#include <asm/cp15.h>
#include <asm/extable.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>
#include <asm/traps.h>
#include "fault.h"

void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
void do_PrefetchAbort(unsigned long addr, unsigned int ifsr, struct pt_regs *regs);

/*
 * Prints the page-table entries for addr in the table TTBR0 points at, as
 * Linux does: the pgd pair, and when the word for addr's half is a table
 * pointer, the Linux pte (*pte) and the hardware pte (*ppte).
 */
void show_pte(unsigned long addr)
{
	pgd_t *pgd = (pgd_t *)__va(read_ttbr0() & ~0x3fffUL) + pgd_index(addr);
	pmd_t *pmd = pmd_section(pgd, addr);

	printk(KERN_ALERT "pgd = %p\n", (void *)(pgd - pgd_index(addr)));
	printk(KERN_ALERT "[%08lx] *pgd=%08x%08x", addr, pgd->pgd[1], pgd->pgd[0]);
	if (pmd_table(*pmd)) {
		phys_addr_t table = pmd_val(*pmd) & PAGE_MASK;

		if (table >= PHYS_OFFSET && table - PHYS_OFFSET < BOARD_RAM_MAX) {
			pte_t *pte = (pte_t *)__va(table) + pte_index(addr);

			printk(KERN_CONT ", *pte=%08x, *ppte=%08x", pte_val(*pte), *pte_hw(pte));
		}
	}
	printk(KERN_CONT "\n");
}

static int abort_kind(unsigned int fsr)
{
	return (fsr & FSR_LNX_PF) ? EXC_PABT : EXC_DABT;
}

/* A fault in kernel mode that nothing could resolve. */
static void __do_kernel_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (fixup_exception(regs))
		return;
	offer_exception(regs, abort_kind(fsr), addr, fsr & ~FSR_LNX_PF);
	printk(KERN_ALERT "8<--- cut here ---\n");
	printk(KERN_ALERT "Unable to handle kernel %s at virtual address %08lx\n",
	       addr < PAGE_SIZE ? "NULL pointer dereference" : "paging request", addr);
	printk(KERN_ALERT "[%08lx] %s (0x%03x) %s\n", addr, fsr_name(fsr), fsr & ~FSR_LNX_PF,
	       (fsr & FSR_LNX_PF) ? "on instruction fetch" :
	       (fsr & FSR_WRITE) ? "on write" : "on read");
	show_pte(addr);
	die("Oops", regs, fsr & ~FSR_LNX_PF);
}

int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return 1;
}

int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	__do_kernel_fault(addr, fsr, regs);
	return 0;
}

int do_translation_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return do_page_fault(addr, fsr, regs);
}

int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	__do_kernel_fault(addr, fsr, regs);
	return 0;
}

/* A status with no handler (do_bad): report it with its decoded name. */
static void unhandled_abort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (fixup_exception(regs))
		return;
	offer_exception(regs, abort_kind(fsr), addr, fsr & ~FSR_LNX_PF);
	printk(KERN_ALERT "8<--- cut here ---\n");
	printk(KERN_ALERT "Unhandled fault: %s (0x%03x) at 0x%08lx\n", fsr_name(fsr),
	       fsr & ~FSR_LNX_PF, addr);
	show_pte(addr);
	die("Oops", regs, fsr & ~FSR_LNX_PF);
}

void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	const struct fsr_info *inf = fsr_info + fsr_fs(fsr);

	if (!inf->fn(addr, fsr, regs))
		return;
	unhandled_abort(addr, fsr, regs);
}

void do_PrefetchAbort(unsigned long addr, unsigned int ifsr, struct pt_regs *regs)
{
	const struct fsr_info *inf = ifsr_info + fsr_fs(ifsr);

	if (!inf->fn(addr, ifsr | FSR_LNX_PF, regs))
		return;
	unhandled_abort(addr, ifsr | FSR_LNX_PF, regs);
}
