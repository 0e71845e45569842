// SPDX-License-Identifier: GPL-2.0
/*
 * The system calls that exist so far (numbers and dispatch:
 * kernel/sys_table.c), and the end of a user task: exit (signals, and
 * the way back to user mode that acts on them: kernel/signal.c).
 *
 * Every call runs in the calling task's context with IRQs on and
 * preemption allowed, on the kernel stack above the task's pt_regs. User
 * pointers are only ever touched through copy_from_user/copy_to_user, so
 * a bad one gives -EFAULT. Results follow Linux: a value >= 0 or -errno.
 *
 * Exit: a user task is a kernel thread with an mm (kernel/exec_blob.c).
 * do_exit_user gives the address space back (exit_mm: TTBR0 onto init_mm
 * first, since pgd_free refuses the table the MMU walks, then every user
 * page's reference, then mmput), then the scheduler's do_exit records the
 * status and the next task frees the stack and task_struct.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/file.h>
#include <kernel/jiffies.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <kernel/tty.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>

/* Drops the reference of every page a user blob mapped without an area. */
void put_user_pages(struct mm_struct *mm)
{
	unsigned long addr;

	if (!mm->blob_pages)
		return;
	for (addr = 0; addr < TASK_SIZE; addr += PAGE_SIZE) {
		pmd_t *pmd = pmd_offset(pgd_offset_pgd(mm->pgd, addr), addr);
		pte_t *ptep;

		if (pmd_none(*pmd)) {
			addr |= SECTION_SIZE - 1;	/* the next 1 MiB */
			addr -= PAGE_SIZE - 1;
			continue;
		}
		ptep = pte_offset_kernel(pmd, addr);
		if (pte_present(*ptep))
			put_page(pte_page(*ptep));
	}
}

void exit_mm(void)
{
	struct task_struct *tsk = current;
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	preempt_disable();
	switch_mm(mm, &init_mm, tsk);
	tsk->mm = NULL;
	tsk->active_mm = &init_mm;
	preempt_enable();
	exit_mmap(mm);		/* the areas and their pages */
	put_user_pages(mm);	/* anything mapped without an area (a user blob) */
	mmput(mm);
}

void do_exit_user(int status)
{
	local_irq_enable();
	exit_files(current);
	exit_mm();
	do_exit(status);
}

long sys_exit(int code)
{
	do_exit_user((code & 0xff) << 8);
}

/* One thread per process so far: the group is the task. */
long sys_exit_group(int code)
{
	do_exit_user((code & 0xff) << 8);
}

long sys_getpid(void)
{
	return current->pid;
}

long sys_getppid(void)
{
	return current->parent ? current->parent->pid : 0;
}

long sys_uname(struct new_utsname __user *name)
{
	static const struct new_utsname uts = {
		.sysname = "TeachingKernel",
		.nodename = "(none)",
		.release = "0.6.0",
		.version = "#1 issue 6",
		.machine = "armv7l",
		.domainname = "(none)",
	};

	return copy_to_user(name, &uts, sizeof(uts)) ? -EFAULT : 0;
}

#define NSEC_PER_SEC	1000000000L
#define NSEC_PER_JIFFY	(NSEC_PER_SEC / HZ)

/* Sleeps at least req, in whole ticks rounded up; rem gets what is left if woken early. */
long sys_nanosleep(const struct timespec __user *req, struct timespec __user *rem)
{
	struct timespec ts;
	long timeout, left;

	if (copy_from_user(&ts, req, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if (ts.tv_sec >= MAX_SCHEDULE_TIMEOUT / HZ - 1)
		timeout = MAX_SCHEDULE_TIMEOUT - 1;
	else
		timeout = ts.tv_sec * HZ + (ts.tv_nsec + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY;
	if (!timeout)
		return 0;
	/*
	 * +1: a partial tick. Only a signal that will be acted on wakes the
	 * sleep early (kernel/signal.c); the state is set before the test,
	 * so one sent in between is not missed.
	 */
	left = timeout + 1;
	do {
		set_current_state(TASK_INTERRUPTIBLE);
		if (signal_pending(current)) {
			__set_current_state(TASK_RUNNING);
			break;
		}
		left = schedule_timeout(left);
	} while (left > 1);
	if (left <= 1)
		return 0;
	if (rem) {
		ts.tv_sec = (left - 1) / HZ;
		ts.tv_nsec = ((left - 1) % HZ) * NSEC_PER_JIFFY;
		if (copy_to_user(rem, &ts, sizeof(ts)))
			return -EFAULT;
	}
	return -EINTR;
}

/* Both clocks count the board's clock source (guest instructions: 1 ns each under -icount). */
long sys_clock_gettime(int which, struct timespec __user *tp)
{
	struct timespec ts;
	u64 ns;

	if (which != CLOCK_REALTIME && which != CLOCK_MONOTONIC)
		return -EINVAL;
	ns = board_insn_clock();
	ts.tv_sec = (long)(ns / NSEC_PER_SEC);
	ts.tv_nsec = (long)(ns % NSEC_PER_SEC);
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/* ARM private: the TLS word user mode reads with mrc p15, 0, rX, c13, c0, 3. */
long sys_set_tls(unsigned long val)
{
	current_thread_info()->tp_value = val;
	__asm__ __volatile__("mcr p15, 0, %0, c13, c0, 3" : : "r"(val));
	return 0;
}
