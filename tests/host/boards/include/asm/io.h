/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host tests' device access: every readl/writel of a driver under test
 * goes to the register models of test_am335x.c, which decode the address.
 */
#ifndef _HOST_ASM_IO_H
#define _HOST_ASM_IO_H

#include <kernel/types.h>

#define __iomem

u32 model_readl(const volatile void __iomem *addr);
void model_writel(u32 v, volatile void __iomem *addr);

#define readl(a)     model_readl(a)
#define writel(v, a) model_writel(v, a)

/* Where a console driver starts before its ioremap (a model address). */
extern char model_uart0[];
#define EARLY_UART_VIRT ((unsigned long)model_uart0)

#endif
