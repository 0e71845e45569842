/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host tests' stand-in for arch/arm/include/asm/memory.h: "physical"
 * memory starts at PHYS_OFFSET and is backed by host_ram (shim.c), which
 * doubles as the linear map, so __va/__pa are an offset as on the board.
 */
#ifndef _HOST_ASM_MEMORY_H
#define _HOST_ASM_MEMORY_H

#define UL(x) x##UL
#define PHYS_OFFSET UL(0x60000000)
/* The user half of the board's 3G/1G split, for the area code's host tests. */
#define TASK_SIZE UL(0xbf000000)

extern char *host_ram;
#define PAGE_OFFSET ((unsigned long)host_ram)
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET + PHYS_OFFSET)
#define __va(x) ((void *)((unsigned long)(x) - PHYS_OFFSET + PAGE_OFFSET))

#endif
