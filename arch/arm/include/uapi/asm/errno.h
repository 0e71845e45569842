/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Error numbers: Linux's values (include/uapi/asm-generic/errno-base.h,
 * errno.h), the ones this kernel returns. One list for the kernel
 * (<kernel/errno.h>) and the user runtime (tests/user/lib/ulib.h).
 */
#ifndef _UAPI_ASM_ERRNO_H
#define _UAPI_ASM_ERRNO_H

#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define E2BIG		7
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define EINVAL		22
#define EMFILE		24
#define ENOSPC		28
#define EPIPE		32
#define ERANGE		34
#define ENAMETOOLONG	36
#define ENOSYS		38
#define EOVERFLOW	75

#endif
