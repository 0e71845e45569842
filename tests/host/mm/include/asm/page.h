/* SPDX-License-Identifier: GPL-2.0 */
/* The host tests' stand-in for asm/page.h: 4 KiB pages, as on ARM. */
#ifndef _HOST_ASM_PAGE_H
#define _HOST_ASM_PAGE_H

#include <asm/memory.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE  (UL(1) << PAGE_SHIFT)
#define PAGE_MASK  (~(PAGE_SIZE - 1))

/* arch/arm/lib/page.S's, in C (string.h is the host's here, through the shim). */
static inline void clear_page(void *page)
{
	__builtin_memset(page, 0, PAGE_SIZE);
}

#endif
