/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's virtual memory layout (3G/1G split, as 32-bit ARM Linux).
 * See ../shared/design.md "Virtual memory layout" and docs/memory-layout.md.
 *
 *   0x00000000 .. 0x00007fff  never mapped: NULL guard
 *   0x00008000 .. TASK_SIZE   user space
 *   PAGE_OFFSET - 2 MiB       PKMAP (kmap of HIGHMEM pages)
 *   PAGE_OFFSET ..            lowmem, the linear map: __pa/__va are an offset
 *   .. VMALLOC_END            vmalloc and ioremap
 *   0xff800000 .. 0xffbfffff  early windows set up by head.S (DTB, I/O)
 *   0xffc00000 .. 0xfff00000  FIXADDR
 *   0xffff0000                high vectors page (reserved)
 */
#ifndef _ASM_MEMORY_H
#define _ASM_MEMORY_H

#include <board_config.h>

#ifdef __ASSEMBLER__
#define UL(x) x
#else
#define UL(x) x##UL
#endif

#define PAGE_OFFSET	 UL(0xC0000000)
#define TASK_SIZE	 (PAGE_OFFSET - UL(0x01000000))
#define TEXT_OFFSET	 UL(0x00008000)
#define KERNEL_RAM_VADDR (PAGE_OFFSET + TEXT_OFFSET)
#define SWAPPER_PG_DIR_SIZE 0x4000 /* 16 KiB: 4096 L1 entries */

#define SECTION_SHIFT	 20
#define SECTION_SIZE	 (UL(1) << SECTION_SHIFT)
#define SECTION_MASK	 (~(SECTION_SIZE - 1))

/*
 * Early windows, mapped with 1 MiB sections by head.S before any C runs.
 * FDT_FIXED_BASE: two sections covering the DTB passed in r2 (as Linux).
 * EARLY_IO_BASE: the console UART's section and, for boards that have one,
 * the CPU's private peripheral section (timers, GIC).
 */
#define FDT_FIXED_BASE	 UL(0xFF800000)
#define FDT_FIXED_SIZE	 (2 * SECTION_SIZE)
#define EARLY_UART_BASE	 UL(0xFFA00000)
#define EARLY_PERIPH_BASE UL(0xFFB00000)

#define EARLY_UART_VIRT	 (EARLY_UART_BASE + (BOARD_UART_PHYS & (SECTION_SIZE - 1)))
#ifdef BOARD_PERIPH_PHYS
#define EARLY_PERIPH_VIRT (EARLY_PERIPH_BASE + (BOARD_PERIPH_PHYS & (SECTION_SIZE - 1)))
#endif

/* Kernel stacks: THREAD_SIZE bytes, THREAD_SIZE aligned (the unwinder relies on it). */
#define THREAD_SIZE	 8192

/* Extra RAM after the image that head.S maps, for early allocations. */
#define EARLY_MAP_EXTRA	 (4 * SECTION_SIZE)

#ifndef __ASSEMBLER__
#define __phys_to_pfn(p) ((unsigned long)((p) >> 12))
#define __pfn_to_phys(f) ((phys_addr_t)(f) << 12)
#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET + PHYS_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) - PHYS_OFFSET + PAGE_OFFSET))
#endif

#endif
