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
 * User space (Linux's uaccess; seed document 001, section 3.5; FAQ 4.7
 * of document 000): access_ok(addr, size) says whether [addr, addr +
 * size) lies below TASK_SIZE without wrapping. Each routine checks it,
 * then walks the range in assembly (arch/arm/lib/copy_nofault.S,
 * uaccess.S) with an exception-table entry on every user access: a
 * fault there goes through do_page_fault like a user one, so a valid
 * page that is not mapped yet is faulted in (demand paging) and a shared
 * one copied (copy-on-write) in the middle of the call; an address no
 * area allows ends the walk early instead of an Oops. They are the only
 * way the kernel touches user memory: anywhere else the user domain is
 * closed (software PAN, <asm/domain.h>) and a stray access Oopses.
 *
 *   copy_from_user, copy_to_user, clear_user: the bytes NOT copied or
 *	cleared (0 on success), as Linux;
 *   get_user, put_user: one scalar, 0 or -EFAULT;
 *   strncpy_from_user(dst, src, count): the length of the string copied
 *	(NUL included in the copy, not in the count), count if no NUL came
 *	in count bytes (dst is then not terminated), -EFAULT;
 *   strnlen_user(s, count): the size with the NUL, count + 1 if there is
 *	none in count bytes, 0 on a fault.
 * A string that runs into the end of user space before its NUL (and
 * before count) is -EFAULT / 0: the walk is clipped to TASK_SIZE.
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
/* arch/arm/lib/uaccess.S: no access_ok; see above for the results. */
long __strncpy_from_user(char *dst, const char __user *src, unsigned long max);
long __strnlen_user(const char __user *s, unsigned long max);
unsigned long __clear_user(void __user *addr, unsigned long n);

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

static inline unsigned long clear_user(void __user *to, size_t n)
{
	if (!access_ok(to, n))
		return n;
	return __clear_user(to, n);
}

/* The bytes of user space from addr to TASK_SIZE (0 if addr is not below it). */
static inline unsigned long user_bytes_from(const void __user *addr)
{
	return (unsigned long)addr < TASK_SIZE ? TASK_SIZE - (unsigned long)addr : 0;
}

static inline long strncpy_from_user(char *dst, const char __user *src, long count)
{
	unsigned long max = user_bytes_from(src);
	long res;

	if (count <= 0)
		return 0;
	if (!max)
		return -EFAULT;
	if (max > (unsigned long)count)
		max = count;
	res = __strncpy_from_user(dst, src, max);
	/* No NUL before the end of user space, which came first: a fault. */
	if (res == (long)max && max < (unsigned long)count)
		return -EFAULT;
	return res;
}

static inline long strnlen_user(const char __user *s, long count)
{
	unsigned long max = user_bytes_from(s);
	long res;

	if (count <= 0 || !max)
		return 0;
	if (max > (unsigned long)count)
		max = count;
	res = __strnlen_user(s, max);
	if (res == (long)max + 1 && max < (unsigned long)count)
		return 0;
	return res;
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
