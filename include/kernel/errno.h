/* SPDX-License-Identifier: GPL-2.0 */
/* Error numbers: Linux's values, so user programs see the same codes. */
#ifndef _KERNEL_ERRNO_H
#define _KERNEL_ERRNO_H

#include "../../arch/arm/include/uapi/asm/errno.h"	/* shared with the user runtime; host tests build this header too */

#endif
