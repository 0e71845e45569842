/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Boot-time memory set-up inside arch/arm/mm, in the order setup_arch()
 * calls it (as Linux's arch/arm/mm/mm.h):
 *
 *   arm_memblock_init()     init.c: RAM banks into memblock; reserve the
 *                           kernel image, swapper_pg_dir, the DTB, the initrd
 *   adjust_lowmem_bounds()  mmu.c: arm_lowmem_limit, high_memory; without
 *                           CONFIG_HIGHMEM, drop RAM above the limit (FAQ 4.3)
 *   paging_init()           mmu.c: the final swapper_pg_dir (map_lowmem,
 *                           device maps, PKMAP and fixmap tables), then
 *                           bootmem_init()
 *   bootmem_init()          init.c: zone sizes -> free_area_init (mem_map)
 */
#ifndef _ARCH_ARM_MM_MM_H
#define _ARCH_ARM_MM_MM_H

#include <kernel/types.h>

extern phys_addr_t arm_lowmem_limit;	/* first physical address above lowmem */

void arm_memblock_init(void);
void adjust_lowmem_bounds(void);
void paging_init(void);
void bootmem_init(void);

#endif
