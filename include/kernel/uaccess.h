/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Accessing memory that may not be there (Linux include/linux/uaccess.h).
 *
 * copy_from_kernel_nofault and copy_to_kernel_nofault copy size bytes,
 * any size and alignment, and return 0, or -EFAULT if an access to the
 * untrusted side (src, or dst) faulted: the exception table turns the
 * fault into the return value, no Oops (arch/arm/lib/copy_nofault.S).
 * They are how the kernel probes an address it cannot vouch for: a
 * vmalloc guard page, a freed area, NULL.
 *
 * On -EFAULT a prefix of the bytes may have been copied: copy_from never
 * writes a dst byte whose src byte it could not read, copy_to stops at
 * the first dst byte (or aligned word) it cannot write. A fault the lazy
 * L1 sync resolves (a vmalloc address this page table has not seen yet)
 * is no fault.
 *
 * User space (Linux's uaccess): access_ok(addr, size) says whether
 * [addr, addr + size) lies below TASK_SIZE without wrapping; copy_from_user
 * and copy_to_user check it, then copy through the same exception-table
 * loops, and return the number of bytes NOT copied (0 on success, as
 * Linux). get_user/put_user move one scalar and return 0 or -EFAULT. A
 * user page that is valid but not mapped yet also gives a short copy for
 * now: demand paging from inside a system call comes with the user-VM
 * issue.
 */
#ifndef _KERNEL_UACCESS_H
#define _KERNEL_UACCESS_H

#include <kernel/errno.h>
#include <kernel/types.h>
#include <asm/memory.h>

#ifndef __user
#define __user		/* a user-space pointer: never dereference it directly */
#endif

long copy_from_kernel_nofault(void *dst, const void *src, size_t size);
long copy_to_kernel_nofault(void *dst, const void *src, size_t size);

/* arch/arm/lib/copy_nofault.S: no access_ok; the bytes not copied. */
unsigned long __copy_from_user(void *to, const void __user *from, size_t n);
unsigned long __copy_to_user(void __user *to, const void *from, size_t n);

static inline bool __access_ok(unsigned long addr, unsigned long size)
{
	return size <= TASK_SIZE && addr <= TASK_SIZE - size;
}
#define access_ok(addr, size)	__access_ok((unsigned long)(addr), (unsigned long)(size))

static inline unsigned long copy_from_user(void *to, const void __user *from, size_t n)
{
	if (!access_ok(from, n))
		return n;
	return __copy_from_user(to, from, n);
}

static inline unsigned long copy_to_user(void __user *to, const void *from, size_t n)
{
	if (!access_ok(to, n))
		return n;
	return __copy_to_user(to, from, n);
}

/* x = *ptr from user space: 0, or -EFAULT with x zeroed. */
#define get_user(x, ptr)                                                          \
	({                                                                        \
		__typeof__(*(ptr)) __gu_val;                                      \
		int __gu_err = copy_from_user(&__gu_val, (ptr), sizeof(__gu_val)) \
				       ? -EFAULT : 0;                             \
		(x) = __gu_err ? (__typeof__(*(ptr)))0 : __gu_val;                \
		__gu_err;                                                         \
	})

/* *ptr = x in user space: 0 or -EFAULT. */
#define put_user(x, ptr)                                                          \
	({                                                                        \
		__typeof__(*(ptr)) __pu_val = (x);                                \
		copy_to_user((ptr), &__pu_val, sizeof(__pu_val)) ? -EFAULT : 0;   \
	})

#endif
