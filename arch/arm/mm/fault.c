// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM fault path (seed document 001, section 3.4; Linux arch/arm/mm/fault.c):
 *
 *   entry.S -> do_DataAbort / do_PrefetchAbort
 *           -> fsr_info / ifsr_info[FS]   (the status table: decode only)
 *           -> do_translation_fault / do_page_fault / do_sect_fault / do_bad
 *           -> __do_kernel_fault: fixup_exception, else an Oops
 *
 * There is no user space yet, so every translation or permission fault is
 * a kernel fault, with one exception: a section translation fault on a
 * kernel address (>= TASK_SIZE) while TTBR0 points at a page directory
 * other than swapper_pg_dir may only mean that this pgd has not seen an
 * L1 entry the kernel added since pgd_alloc copied the kernel part (a new
 * vmalloc pte table). do_translation_fault copies the entry from
 * swapper_pg_dir and the access is retried, as ARM Linux does (seed 002).
 *
 * Anything else is a kernel fault: the exception table gets a chance (the
 * probing loads in arch/arm/lib/probe.S and copy_nofault.S), then a
 * registered catcher (a self-test expecting the fault), then the Oops:
 * "Unable to handle kernel paging request", the page-table entries for the
 * address (show_pte), the registers and a backtrace. The issues that add
 * process memory grow do_page_fault towards handle_mm_fault without
 * changing this layering.
 *
 * A fault taken in user mode that nothing resolves kills the task
 * (force_sig_fault: SIGSEGV, SIGBUS for an unhandled status) and never
 * reaches the exception table, a catcher or the Oops.
 */
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/sprintf.h>
#include <kernel/syscalls.h>
#include <asm/cp15.h>
#include <asm/extable.h>
#include <asm/memory.h>
#include <asm/page.h>
#include <asm/pgalloc.h>
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
	pgd_t *pgd = cpu_get_pgd() + pgd_index(addr);
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

/* The opening lines of the last kernel fault's report (see kernel_fault_report). */
static char last_report[160];

int kernel_fault_report(char *buf, size_t size, unsigned long addr, unsigned int fsr)
{
	return scnprintf(buf, size,
			 "Unable to handle kernel %s at virtual address %08lx\n"
			 "[%08lx] %s (0x%03x) %s",
			 addr < PAGE_SIZE ? "NULL pointer dereference" : "paging request", addr,
			 addr, fsr_name(fsr), fsr & ~FSR_LNX_PF,
			 (fsr & FSR_LNX_PF) ? "on instruction fetch" :
			 (fsr & FSR_WRITE)  ? "on write" : "on read");
}

const char *kernel_fault_last_report(void)
{
	return last_report;
}

/*
 * A fault in kernel mode that nothing could resolve. The report's text is
 * formatted before the catcher is offered the fault, so a self-test that
 * provokes one can check what the Oops would have said.
 */
static void __do_kernel_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (fixup_exception(regs))
		return;
	kernel_fault_report(last_report, sizeof(last_report), addr, fsr);
	offer_exception(regs, abort_kind(fsr), addr, fsr & ~FSR_LNX_PF);
	printk(KERN_ALERT "8<--- cut here ---\n");
	printk(KERN_ALERT "%s\n", last_report);
	show_pte(addr);
	die("Oops", regs, fsr & ~FSR_LNX_PF);
}

/*
 * A fault in user mode nothing resolves (Linux's __do_user_fault): no
 * signal handlers yet, so the task is killed with SIGSEGV on its way
 * back to user mode; the kernel goes on.
 */
static void __do_user_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	/* Inside an area the access was not allowed (mprotect); outside, nothing is mapped. */
	struct vm_area_struct *vma = current->mm ? find_vma(current->mm, addr) : NULL;
	int code = vma && vma->vm_start <= addr ? SEGV_ACCERR : SEGV_MAPERR;

	force_sig_fault(SIGSEGV, code, addr, regs, fsr_name(fsr));
}

/* An address nothing maps for this access (Linux's do_bad_area). */
static void do_bad_area(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (user_mode(regs))
		__do_user_fault(addr, fsr, regs);
	else
		__do_kernel_fault(addr, fsr, regs);
}

int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return 1;
}

int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	do_bad_area(addr, fsr, regs);
	return 0;
}

/*
 * A section translation fault: the L1 word for addr is empty in the
 * table TTBR0 points at. Below TASK_SIZE that is an ordinary page fault.
 * Above it, the kernel's master copy, swapper_pg_dir, may have the entry
 * while this pgd, copied from it earlier (pgd_alloc), does not: then copy
 * the pair of L1 words, clean them to the point of coherency for the
 * table walker, and return; the access is retried and now translates. No
 * TLB maintenance: a translation that faults is never cached in the TLB.
 *
 * Only the word for addr's half of the pair decides (create_mapping may
 * fill just one word with a section). If swapper_pg_dir lacks it too, or
 * this pgd already holds the same word (it is swapper_pg_dir itself, say),
 * the address is really unmapped: a kernel fault.
 */
int do_translation_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	unsigned int index;
	pmd_t *pmd, *pmd_k;

	if (addr < TASK_SIZE)
		return do_page_fault(addr, fsr, regs);
	if (user_mode(regs))
		goto bad_area;

	pmd = pmd_offset(cpu_get_pgd() + pgd_index(addr), addr);
	pmd_k = pmd_offset(pgd_offset_k(addr), addr);
	index = (addr >> SECTION_SHIFT) & 1;
	if (pmd_none(pmd_k[index]) || pmd_val(pmd[index]) == pmd_val(pmd_k[index]))
		goto bad_area;

	copy_pmd(pmd, pmd_k);
	return 0;

bad_area:
	do_bad_area(addr, fsr, regs);
	return 0;
}

int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	do_bad_area(addr, fsr, regs);
	return 0;
}

/* A status with no handler (do_bad): report it with its decoded name. */
static void unhandled_abort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (user_mode(regs)) {
		force_sig_fault(SIGBUS, BUS_OBJERR, addr, regs, fsr_name(fsr));
		return;
	}
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
