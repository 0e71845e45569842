/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the address-space programs (mmaptest, brktest, shmanon, vmrandom,
 * vmbench) share: the mapping system calls as raw calls (-errno results),
 * their constants (Linux's values), a test for "running on the teaching
 * kernel" for the few checks qemu-arm's emulation of Linux cannot make,
 * and touching memory in a forked child to see whether it faults.
 */
#ifndef _USER_VM_H
#define _USER_VM_H

#include "lib/ktap.h"


#define PROT_NONE	0x0
#define MAP_SHARED	0x01
#define MAP_FIXED	0x10
#define MAP_GROWSDOWN	0x0100
#define MAP_LOCKED	0x2000
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MCL_CURRENT	1
#define MCL_FUTURE	2
#define MADV_DONTNEED	4
#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2
#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4
#define ADDR_COMPAT_LAYOUT 0x0200000
#define SIGSEGV		11
#define PAGE		4096UL

/* A mapping's address, not an -errno (addresses above 2 GiB are negative longs). */
#define MAPPED(a)	((unsigned long)(a) < (unsigned long)-4095)

static inline long vm_mmap(unsigned long addr, unsigned long len, long prot, long flags)
{
	return __syscall6(__NR_mmap2, addr, len, prot, flags, -1, 0);
}

static inline long vm_munmap(unsigned long addr, unsigned long len)
{
	return __syscall2(__NR_munmap, addr, len);
}

static inline long vm_mprotect(unsigned long addr, unsigned long len, long prot)
{
	return __syscall3(__NR_mprotect, addr, len, prot);
}

static inline long vm_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
			     long flags, unsigned long new_addr)
{
	return __syscall6(__NR_mremap, addr, old_len, new_len, flags, new_addr, 0);
}

static inline long vm_madvise(unsigned long addr, unsigned long len, long advice)
{
	return __syscall3(__NR_madvise, addr, len, advice);
}

/* The teaching kernel (uname says so), not Linux: for checks qemu-arm cannot emulate. */
static inline int on_teaching_kernel(void)
{
	struct utsname u;

	return uname(&u) == 0 && strcmp(u.sysname, "TeachingKernel") == 0;
}

/* The wait status of child pid (reaped), or -1 if it was no child of ours. */
static inline int wait_status(long pid)
{
	int status = -1;

	if (pid <= 0 || sys_wait4(pid, &status, 0) != pid)
		return -1;
	return status;
}

/*
 * Reads (or writes) the byte at p in a forked child: the signal that
 * ended the child (SIGSEGV when the access faulted), 0 if it survived
 * and the byte read was expect (or expect < 0), -1 on a wrong byte or a
 * failed fork.
 */
static inline int touch_in_child(volatile char *p, int write, int expect)
{
	long pid = sys_fork();
	int status;

	if (pid == 0) {
		char c;

		if (write) {
			*p = 1;
			_exit(0);
		}
		c = *p;
		_exit(expect >= 0 && c != (char)expect);
	}
	status = wait_status(pid);
	if (status < 0)
		return -1;
	if (WIFSIGNALED(status))
		return WTERMSIG(status);
	return WEXITSTATUS(status) ? -1 : 0;
}

#endif
