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
 * copy_from_user and friends join them with user space (the processes issue).
 */
#ifndef _KERNEL_UACCESS_H
#define _KERNEL_UACCESS_H

#include <kernel/types.h>

long copy_from_kernel_nofault(void *dst, const void *src, size_t size);
long copy_to_kernel_nofault(void *dst, const void *src, size_t size);

#endif
