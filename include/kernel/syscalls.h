/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System calls (Linux's ARM EABI convention): user mode executes `svc #0`
 * with the number in r7 and the arguments in r0-r6; the result, or
 * -errno, comes back in r0. Every other register is preserved. The
 * numbers are Linux's, so a program built for ARM Linux runs unchanged;
 * the one table is kernel/sys_table.c, the calls are in kernel/sys.c.
 *
 * Exit statuses use Linux's wait encoding: (code & 0xff) << 8 for exit,
 * the signal number for a task killed by a signal.
 */
#ifndef _KERNEL_SYSCALLS_H
#define _KERNEL_SYSCALLS_H

#include <kernel/compiler.h>
#include <kernel/types.h>
#include <kernel/uaccess.h>
#include <uapi/asm/unistd.h>	/* the numbers, shared with the user runtime */

struct pt_regs;
struct task_struct;

#define NR_syscalls		360	/* the table's size: one past the highest */

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1

/* Linux's 32-bit layouts. */
struct timespec {
	long tv_sec;
	long tv_nsec;
};

#define __NEW_UTS_LEN 64
struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

/* Called by do_svc (IRQs on) for an SVC from user mode: r0 = the result. */
void invoke_syscall(struct pt_regs *regs);

long sys_exit(int code);
long sys_exit_group(int code);
long sys_read(unsigned int fd, char __user *buf, size_t count);
long sys_write(unsigned int fd, const char __user *buf, size_t count);
long sys_getpid(void);
long sys_getppid(void);
long sys_uname(struct new_utsname __user *name);

/* Linux's 32-bit struct sysinfo (include/uapi/linux/sysinfo.h): 64 bytes. */
struct sysinfo {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* 1, 5, 15 minute load averages (0 here) */
	unsigned long totalram;		/* in mem_unit */
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;		/* tasks */
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;		/* bytes per unit above */
	char _f[8];
};
long sys_sysinfo(struct sysinfo __user *info);

/* reboot(2)'s magic numbers and commands (Linux's include/uapi/linux/reboot.h). */
#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_MAGIC2A		85072278
#define LINUX_REBOOT_MAGIC2B		369367448
#define LINUX_REBOOT_MAGIC2C		537993216
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xCDEF0123
#define LINUX_REBOOT_CMD_CAD_ON		0x89ABCDEF
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC
long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg);
long sys_nanosleep(const struct timespec __user *req, struct timespec __user *rem);
long sys_clock_gettime(int which, struct timespec __user *tp);
long sys_set_tls(unsigned long val);
/* fork (kernel/fork.c), wait4 (kernel/exit.c), kill (kernel/signal.c). */
long sys_fork(void);
#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
/* Wakes parents in wait4: a child stopped (kernel/exit.c). */
void notify_parent_stopped(void);
long sys_wait4(int pid, int __user *status, int options, void __user *rusage);
long sys_kill(int pid, int sig);
/* sys_sched_yield is the scheduler's (<kernel/sched.h>). */

/*
 * Ends the current user task with a wait status (see above): releases
 * its address space (exit_mm), then do_exit. The scheduler reaps it.
 */
void __noreturn do_exit_user(int status);
/* Releases current's address space: back on init_mm, user pages put, mmput. */
void exit_mm(void);
struct mm_struct;
/* Puts the reference of every page a user blob mapped without an area (mm->blob_pages). */
void put_user_pages(struct mm_struct *mm);
/*
 * Sends SIGKILL to a user task (kernel/signal.c): it exits (status
 * SIGKILL) on its next way back to user mode, at the latest on the next
 * tick, whatever it blocks, ignores or sleeps in.
 */
void force_sig_kill(struct task_struct *p);
/*
 * A fault in user mode nothing resolved: sends sig (SIGSEGV, SIGBUS,
 * SIGILL) with si_code code (SEGV_MAPERR, ...) and si_addr addr to the
 * current task; why is the reason for the console report. It returns:
 * the signal is acted on at the way back to user mode (do_work_pending).
 * Blocked or ignored, it is unblocked and reset to SIG_DFL first
 * (force_sig_info); when the action is the default (fatal) one, a line
 * `NAME[PID]: segfault at ADDR pc PC lr LR (why)` goes to the console.
 * IRQs may be masked.
 */
void force_sig_fault(int sig, int code, unsigned long addr, struct pt_regs *regs,
		     const char *why);
/* Called by ret_to_user (entry.S) with IRQs masked when _TIF_WORK_MASK is set. */
void do_work_pending(struct pt_regs *regs);

/*
 * Starting a user program without exec (kernel/exec_blob.c): a new mm
 * with len bytes of code at USER_BLOB_CODE (r-x), one stack page below
 * USER_BLOB_STACK_TOP (rw-), and optionally a page of the caller's mapped
 * rw- at data_va; a task that enters user mode at the code's first
 * instruction with sp at the stack top (Linux's start_thread). The code
 * must be position-independent.
 */
#define USER_BLOB_CODE		0x8000UL
#define USER_BLOB_STACK_TOP	TASK_SIZE

struct page;
struct user_blob {
	const void *code;
	size_t len;			/* at most PAGE_SIZE */
	const char *name;
	struct page *data_page;		/* NULL, or a page mapped rw at data_va */
	unsigned long data_va;
};

/*
 * Creates and starts the task; returns it with a reference the caller
 * drops with user_blob_wait, or NULL with *err = -errno.
 */
struct task_struct *user_blob_start(const struct user_blob *ub, int *err);
/* Waits for the task to exit, drops the reference, returns its wait status. */
int user_blob_wait(struct task_struct *p);
/* Starts code as a user program; the pid or -errno. Nobody waits for it. */
int run_user_blob(const void *code, size_t len, const char *name);

#endif
