/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <asm/memory.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(UL(1) << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#ifndef __ASSEMBLER__
/* Zeroes / copies one page at kernel addresses (arch/arm/lib/page.S), as Linux's asm/page.h. */
void clear_page(void *page);
void copy_page(void *to, const void *from);
#endif

#endif
