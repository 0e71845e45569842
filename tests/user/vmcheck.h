/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers of the user-VM test programs (demand, cow, faults, stackgrow,
 * uaccesstest): which kernel runs them, its free memory, and running a
 * function in a forked child to see how the child ended.
 */
#ifndef _USER_VMCHECK_H
#define _USER_VMCHECK_H

#include "lib/ktap.h"

#define PAGE_SIZE	4096
#define SIGBUS		7
#define SIGSEGV		11

/*
 * The checks that count pages hold on this kernel only: it counts free
 * memory exactly (sysinfo after settling its allocators), where Linux's
 * free memory moves on its own (and qemu-arm gives no page faults at all).
 */
static inline int on_this_kernel(void)
{
	static int known = -1;
	struct utsname u;

	if (known < 0)
		known = uname(&u) == 0 && !strcmp(u.sysname, "TeachingKernel");
	return known;
}

/*
 * Free pages now (sysinfo(2)), or -1. Asked twice: the first answer may
 * predate the page that its own copy to si faulted in (a stack page not
 * touched yet, or shared with a parent since fork).
 */
static inline long free_pages(void)
{
	struct sysinfo si;

	if (sysinfo(&si) || sysinfo(&si))
		return -1;
	return (long)(si.freeram / PAGE_SIZE * si.mem_unit);
}

/* Runs fn in a forked child that exits 0 if fn returns: the wait status, or -1. */
static inline int child_status(void (*fn)(void))
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	if (pid < 0 || sys_wait4(pid, &status, 0) != pid)
		return -1;
	return status;
}

#endif
