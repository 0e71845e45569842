/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Data-cache maintenance for page tables (arm-facts.md §5). Table walks
 * on a Cortex-A8 never look in the L1 D-cache, and ID_MMFR3.CohWalk = 0
 * on A8 and A9, so after the CPU writes a table entry the line must be
 * cleaned to the point of coherency (DCCMVAC) before the MMU may walk it.
 * QEMU models no caches, so a missing clean only shows on hardware.
 */
#ifndef _ASM_CACHEFLUSH_H
#define _ASM_CACHEFLUSH_H

#include <kernel/types.h>
#include <asm/cp15.h>

/* The smallest D-cache line in bytes: 4 << CTR.DminLine (bits 19:16). */
static inline unsigned long dcache_line_size(void)
{
	unsigned long ctr;

	__asm__ __volatile__("mrc p15, 0, %0, c0, c0, 1" : "=r"(ctr));
	return 4UL << ((ctr >> 16) & 0xf);
}

/* Cleans [addr, addr + size) to the point of coherency, then DSB (Linux's cpu_dcache_clean_area). */
static inline void clean_dcache_area(const void *addr, unsigned long size)
{
	unsigned long line = dcache_line_size();
	unsigned long p = (unsigned long)addr & ~(line - 1);
	unsigned long end = (unsigned long)addr + size;

	for (; p < end; p += line)
		clean_dcache_line((const void *)p);
	dsb();
}

#endif
