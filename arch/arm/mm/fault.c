// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM fault path (seed document 001, section 3.4; Linux arch/arm/mm/fault.c):
 *
 *   entry.S -> do_DataAbort / do_PrefetchAbort
 *           -> fsr_info / ifsr_info[FS]   (the status table: decode only)
 *           -> do_translation_fault / do_page_fault / do_sect_fault /
 *              do_alignment / do_bad
 *   do_page_fault -> __do_page_fault: find_vma (expand_stack), the access
 *                    check, handle_mm_fault (mm/memory.c: the policy)
 *                 -> on failure __do_user_fault (a signal) or
 *                    __do_kernel_fault: fixup_exception, else an Oops
 *
 * do_page_fault takes a fault for the current task's mm only when it can:
 * not without an mm (a kernel thread) or in atomic context (preemption
 * off: kmap_atomic, a spinlock), and from kernel mode only at an
 * instruction the exception table lists, i.e. inside a uaccess routine
 * (arch/arm/lib/): a kernel access anywhere else to a user address is a
 * bug and gets the Oops, whether the page is there or not. From a uaccess
 * routine a fault is served like a user one (demand paging, copy-on-write
 * from a system call); only when it fails does the fixup return -EFAULT.
 *
 * A section translation fault on a kernel address (>= TASK_SIZE) while
 * TTBR0 points at a page directory other than swapper_pg_dir may only
 * mean that this pgd has not seen an L1 entry the kernel added since
 * pgd_alloc copied the kernel part (a new vmalloc pte table).
 * do_translation_fault copies the entry from swapper_pg_dir and the
 * access is retried, as ARM Linux does (seed 002).
 *
 * The Oops: "Unable to handle kernel paging request", the page-table
 * entries for the address (show_pte), the registers and a backtrace. A
 * registered catcher (a self-test expecting the fault) sees it first.
 *
 * A fault taken in user mode that nothing resolves gets the task a signal
 * (force_sig_fault: SIGSEGV with SEGV_MAPERR or SEGV_ACCERR, SIGBUS) and
 * never reaches the exception table, a catcher or the Oops.
 */
#include <kernel/mm.h>
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
 * A fault in user mode nothing resolves (Linux's __do_user_fault): the
 * task gets sig with code and the fault address; the kernel goes on.
 */
static void __do_user_fault(unsigned long addr, unsigned int fsr, int sig, int code,
			    struct pt_regs *regs)
{
	force_sig_fault(sig, code, addr, regs, fsr_name(fsr));
}

/* An address nothing maps for this access, outside do_page_fault (Linux's do_bad_area). */
static void do_bad_area(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	if (user_mode(regs)) {
		const struct fsr_info *inf = ((fsr & FSR_LNX_PF) ? ifsr_info : fsr_info) +
					     fsr_fs(fsr);

		__do_user_fault(addr, fsr, inf->sig, inf->code, regs);
	} else {
		__do_kernel_fault(addr, fsr, regs);
	}
}

int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return 1;
}

/* Linux's is_write_fault: WnR set, and not a cache maintenance operation (CM). */
static bool is_write_fault(unsigned int fsr)
{
	return (fsr & FSR_WRITE) && !(fsr & FSR_CM) && !(fsr & FSR_LNX_PF);
}

/*
 * The user part of the fault (Linux's __do_page_fault): the area that
 * holds addr (a VM_GROWSDOWN area just above it is grown down to it),
 * the access checked against its VM_READ/WRITE/EXEC (vm_flags is the one
 * the access needs; a read is allowed by any of them, as ARM cannot map
 * write- or exec-only), then handle_mm_fault. 0 or VM_FAULT_* bits,
 * VM_FAULT_BADMAP / VM_FAULT_BADACCESS for the two refusals here.
 */
static int __do_page_fault(struct mm_struct *mm, unsigned long addr, unsigned int flags,
			   unsigned long vm_flags)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma)
		return VM_FAULT_BADMAP;
	if (vma->vm_start > addr &&
	    (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, addr)))
		return VM_FAULT_BADMAP;
	if (!(vma->vm_flags & vm_flags))
		return VM_FAULT_BADACCESS;
	return handle_mm_fault(vma, addr, flags);
}

int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags = VM_ACCESS_FLAGS;
	unsigned int flags = 0;
	int fault, sig, code;

	if (preempt_count() || !mm)
		goto no_context;
	if (!user_mode(regs) && !search_exception_tables(regs->ARM_pc))
		goto no_context;
	if (user_mode(regs))
		flags |= FAULT_FLAG_USER;
	if (is_write_fault(fsr)) {
		flags |= FAULT_FLAG_WRITE;
		vm_flags = VM_WRITE;
	}
	if (fsr & FSR_LNX_PF) {
		flags |= FAULT_FLAG_INSTRUCTION;
		vm_flags = VM_EXEC;
	}
	fault = __do_page_fault(mm, addr, flags, vm_flags);
	if (!(fault & (VM_FAULT_ERROR | VM_FAULT_BADMAP | VM_FAULT_BADACCESS)))
		return 0;
	if (!user_mode(regs))
		goto no_context;
	if (fault & VM_FAULT_OOM) {
		/* No OOM killer: the task that could not get a page goes (Linux kills one). */
		sig = SIGKILL;
		code = 0;
	} else if (fault & VM_FAULT_SIGBUS) {
		sig = SIGBUS;
		code = BUS_ADRERR;
	} else {
		sig = SIGSEGV;
		code = fault == VM_FAULT_BADACCESS ? SEGV_ACCERR : SEGV_MAPERR;
	}
	__do_user_fault(addr, fsr, sig, code, regs);
	return 0;

no_context:
	__do_kernel_fault(addr, fsr, regs);
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

/* DFSR/IFSR 9 and 11: what a stray kernel access to a mapped user page gets. */
static bool is_domain_fault(unsigned int fsr)
{
	return fsr_fs(fsr) == 9 || fsr_fs(fsr) == 11;
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
	if (is_domain_fault(fsr) && addr < TASK_SIZE)
		printk(KERN_ALERT "kernel access to user memory outside the uaccess routines "
		       "(software PAN: the user domain is closed)\n");
	show_pte(addr);
	die("Oops", regs, fsr & ~FSR_LNX_PF);
}

/*
 * The last abort, for a debugger (tools/gdb/klib/fault.py: `kfault`).
 * By the time someone stops the kernel to look, a later abort may have
 * overwritten DFAR/DFSR (or IFAR/IFSR), so the entry points note them
 * here first: a few stores per abort, no lock (one CPU; a nested abort
 * simply becomes the last one). The frame itself is not copied (that
 * would cost more than a minor fault's whole path); kfault shows its
 * registers only while it is still on the stack, that is while the
 * handler runs. frame stays NULL until the first abort.
 */
struct abort_record {
	unsigned long addr;		/* DFAR or IFAR */
	unsigned int fsr;		/* DFSR, or IFSR | FSR_LNX_PF for a prefetch abort */
	struct pt_regs *frame;		/* the exception frame, on the kernel stack of the task
					   that ran (its thread_info, so its task, is at the base) */
};
struct abort_record last_abort;

static inline void record_abort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	last_abort.addr = addr;
	last_abort.fsr = fsr;
	last_abort.frame = regs;
}

void do_DataAbort(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	const struct fsr_info *inf = fsr_info + fsr_fs(fsr);

	record_abort(addr, fsr, regs);
	if (!inf->fn(addr, fsr, regs))
		return;
	unhandled_abort(addr, fsr, regs);
}

void do_PrefetchAbort(unsigned long addr, unsigned int ifsr, struct pt_regs *regs)
{
	const struct fsr_info *inf = ifsr_info + fsr_fs(ifsr);

	record_abort(addr, ifsr | FSR_LNX_PF, regs);
	if (!inf->fn(addr, ifsr | FSR_LNX_PF, regs))
		return;
	unhandled_abort(addr, ifsr | FSR_LNX_PF, regs);
}
