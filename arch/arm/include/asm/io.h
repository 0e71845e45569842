/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Device register access. Until ioremap exists, board code reaches its
 * devices through the early I/O windows head.S maps (see <asm/memory.h>);
 * early_ioaddr() translates a physical device address into one of them.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <kernel/types.h>
#include <asm/memory.h>

#define __iomem

static inline u32 readl(const volatile void __iomem *addr)
{
	u32 v = *(const volatile u32 *)addr;
	__asm__ __volatile__("dmb" ::: "memory");
	return v;
}

static inline void writel(u32 v, volatile void __iomem *addr)
{
	__asm__ __volatile__("dmb" ::: "memory");
	*(volatile u32 *)addr = v;
}

/*
 * Maps size bytes of device registers at phys (arch/arm/mm/ioremap.c):
 * the kernel address of phys, or NULL. RAM is refused.
 */
void __iomem *ioremap(phys_addr_t phys, size_t size);
void iounmap(volatile void __iomem *addr);

/* NULL when phys is in no early window. */
static inline void __iomem *early_ioaddr(phys_addr_t phys)
{
	phys_addr_t sect = phys & ~(SECTION_SIZE - 1);

	if (sect == (BOARD_UART_PHYS & ~(SECTION_SIZE - 1)))
		return (void __iomem *)(EARLY_UART_BASE + (phys & (SECTION_SIZE - 1)));
#ifdef BOARD_PERIPH_PHYS
	if (sect == (BOARD_PERIPH_PHYS & ~(SECTION_SIZE - 1)))
		return (void __iomem *)(EARLY_PERIPH_BASE + (phys & (SECTION_SIZE - 1)));
#endif
	return NULL;
}

#endif
