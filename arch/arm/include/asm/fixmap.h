/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixed mappings (seed document 001, section 3.2.4; Linux arch/arm/
 * include/asm/fixmap.h): virtual pages whose address is a compile-time
 * constant and whose target page is set at run time. kmap_atomic() uses
 * KM_MAX_IDX slots per CPU (arch/arm/mm/highmem.c).
 *
 * The documents place FIXADDR_START at 0xffc00000 (newer Linux moved it
 * to 0xffc80000 to leave a guard after the DTB window; arm-facts.md §8.1).
 * Indexes count down from FIXADDR_TOP: __fix_to_virt(0) = FIXADDR_TOP.
 * All slots used so far lie in the 2 MiB pgd entry of FIXADDR_TOP, which
 * paging_init gives a pte table (fixmap_page_table); the rest of the
 * range has no table yet.
 */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <asm/page.h>

#define FIXADDR_START		0xffc00000UL
#define FIXADDR_END		0xfff00000UL
#define FIXADDR_TOP		(FIXADDR_END - PAGE_SIZE)

#define KM_MAX_IDX		16	/* nested kmap_atomic()s per CPU */
#define NR_CPUS			1

enum fixed_addresses {
	FIX_EARLYCON_MEM_BASE,	/* reserved, as in Linux */
	__end_of_permanent_fixed_addresses,

	FIX_KMAP_BEGIN = __end_of_permanent_fixed_addresses,
	FIX_KMAP_END = FIX_KMAP_BEGIN + (KM_MAX_IDX * NR_CPUS) - 1,

	__end_of_fixed_addresses
};

#define __fix_to_virt(x)	(FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))
#define __virt_to_fix(x)	((FIXADDR_TOP - ((x) & PAGE_MASK)) >> PAGE_SHIFT)

#endif
