/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system call numbers this kernel implements: Linux's ARM EABI
 * numbers (arch/arm/tools/syscall.tbl), with the private ARM calls at
 * __ARM_NR_BASE. One list for both sides: the kernel's table
 * (kernel/sys_table.c, through <kernel/syscalls.h>) and the user runtime
 * (tests/user/lib/ulib.h), so the two cannot disagree.
 */
#ifndef _UAPI_ASM_UNISTD_H
#define _UAPI_ASM_UNISTD_H

#define __NR_exit		1
#define __NR_fork		2
#define __NR_read		3
#define __NR_write		4
#define __NR_close		6
#define __NR_execve		11
#define __NR_getpid		20
#define __NR_pause		29
#define __NR_kill		37
#define __NR_dup		41
#define __NR_pipe		42
#define __NR_brk		45
#define __NR_dup2		63
#define __NR_getppid		64
#define __NR_sigaction		67
#define __NR_reboot		88
#define __NR_munmap		91
#define __NR_wait4		114
#define __NR_sysinfo		116
#define __NR_sigreturn		119
#define __NR_uname		122
#define __NR_mprotect		125
#define __NR_personality	136
#define __NR_msync		144
#define __NR_mlock		150
#define __NR_munlock		151
#define __NR_mlockall		152
#define __NR_munlockall		153
#define __NR_sched_yield	158
#define __NR_nanosleep		162
#define __NR_mremap		163
#define __NR_rt_sigreturn	173
#define __NR_rt_sigaction	174
#define __NR_rt_sigprocmask	175
#define __NR_rt_sigpending	176
#define __NR_rt_sigsuspend	179
#define __NR_sigaltstack	186
#define __NR_mmap2		192
#define __NR_madvise		220
#define __NR_tkill		238
#define __NR_exit_group		248
#define __NR_clock_gettime	263
#define __NR_pipe2		359

#define __ARM_NR_BASE		0x0f0000
#define __ARM_NR_set_tls	(__ARM_NR_BASE + 5)

#endif
