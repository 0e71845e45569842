// SPDX-License-Identifier: GPL-2.0
/*
 * The system call table: the one place that maps Linux's ARM EABI numbers
 * to the functions (kernel/sys.c, the scheduler's sys_sched_yield). A
 * number with no entry, past the table, or not one of the ARM-private
 * calls (0x0f0000 + n) gives -ENOSYS, always.
 *
 * Every entry is called with r0-r5 as six long arguments (none takes
 * more yet; r6 would be the seventh); a function with fewer parameters
 * ignores the rest, as with Linux's assembly table (arch/arm/kernel/calls.S).
 */
#include <kernel/errno.h>
#include <kernel/file.h>
#include <kernel/mman.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <asm/ptrace.h>

typedef long (*syscall_fn_t)(long, long, long, long, long, long);

/* The cast through void (*)(void) tells GCC the mismatch is intended. */
#define SC(fn)	((syscall_fn_t)(void (*)(void))(fn))

static const syscall_fn_t sys_call_table[NR_syscalls] = {
	[__NR_exit]		= SC(sys_exit),
	[__NR_fork]		= SC(sys_fork),
	[__NR_read]		= SC(sys_read),
	[__NR_write]		= SC(sys_write),
	[__NR_close]		= SC(sys_close),
	[__NR_execve]		= SC(sys_execve),
	[__NR_getpid]		= SC(sys_getpid),
	[__NR_kill]		= SC(sys_kill),
	[__NR_dup]		= SC(sys_dup),
	[__NR_pipe]		= SC(sys_pipe),
	[__NR_brk]		= SC(sys_brk),
	[__NR_dup2]		= SC(sys_dup2),
	[__NR_getppid]		= SC(sys_getppid),
	[__NR_reboot]		= SC(sys_reboot),
	[__NR_wait4]		= SC(sys_wait4),
	[__NR_sysinfo]		= SC(sys_sysinfo),
	[__NR_uname]		= SC(sys_uname),
	[__NR_sched_yield]	= SC(sys_sched_yield),
	[__NR_nanosleep]	= SC(sys_nanosleep),
	[__NR_exit_group]	= SC(sys_exit_group),
	[__NR_clock_gettime]	= SC(sys_clock_gettime),
	[__NR_pipe2]		= SC(sys_pipe2),
	[__NR_pause]		= SC(sys_pause),
	[__NR_sigaction]	= SC(sys_sigaction),
	[__NR_sigreturn]	= SC(sys_sigreturn),
	[__NR_rt_sigreturn]	= SC(sys_rt_sigreturn),
	[__NR_rt_sigaction]	= SC(sys_rt_sigaction),
	[__NR_rt_sigprocmask]	= SC(sys_rt_sigprocmask),
	[__NR_rt_sigpending]	= SC(sys_rt_sigpending),
	[__NR_rt_sigsuspend]	= SC(sys_rt_sigsuspend),
	[__NR_sigaltstack]	= SC(sys_sigaltstack),
	[__NR_tkill]		= SC(sys_tkill),
	[__NR_munmap]		= SC(sys_munmap),
	[__NR_mprotect]		= SC(sys_mprotect),
	[__NR_personality]	= SC(sys_personality),
	[__NR_msync]		= SC(sys_msync),
	[__NR_mlock]		= SC(sys_mlock),
	[__NR_munlock]		= SC(sys_munlock),
	[__NR_mlockall]		= SC(sys_mlockall),
	[__NR_munlockall]	= SC(sys_munlockall),
	[__NR_mremap]		= SC(sys_mremap),
	[__NR_mmap2]		= SC(sys_mmap2),
	[__NR_madvise]		= SC(sys_madvise),
};

void invoke_syscall(struct pt_regs *regs)
{
	unsigned long nr = regs->uregs[7];
	const unsigned long *r = regs->uregs;
	syscall_fn_t fn = NULL;
	long ret;

	if (nr < NR_syscalls)
		fn = sys_call_table[nr];
	else if (nr == __ARM_NR_set_tls)
		fn = SC(sys_set_tls);
	if (fn)
		ret = fn(r[0], r[1], r[2], r[3], r[4], r[5]);
	else
		ret = -ENOSYS;
	regs->ARM_r0 = ret;
}
