// SPDX-License-Identifier: GPL-2.0
/*
 * PL011 UART0 as a polled console (arm-facts.md §10.2).
 */
#include <board.h>
#include <asm/io.h>
#include "pl011.h"

#define UART_DR		0x00
#define UART_FR		0x18
#define UART_IBRD	0x24
#define UART_FBRD	0x28
#define UART_LCRH	0x2C
#define UART_CR		0x30
#define UART_IMSC	0x38
#define UART_ICR	0x44

#define FR_RXFE		(1 << 4)
#define FR_TXFF		(1 << 5)
#define DR_ERRORS	0xF00 /* framing, parity, break, overrun */
#define LCRH_FEN	(1 << 4)
#define LCRH_WLEN_8	(3 << 5)
#define CR_UARTEN	(1 << 0)
#define CR_TXE		(1 << 8)
#define CR_RXE		(1 << 9)

/* 115200 baud from the 24 MHz reference: 24e6 / (16 * 115200) = 13 + 1/64. */
#define BAUD_IBRD	13
#define BAUD_FBRD	1

/* The early window head.S maps, until board_ioremap_devices() gives an ioremap. */
static void __iomem *uart_regs = (void __iomem *)EARLY_UART_VIRT;

static void __iomem *uart_base(void)
{
	return uart_regs;
}

/* Switches the console to an ioremap mapping of its registers; false if none. */
bool pl011_ioremap(void)
{
	void __iomem *regs = ioremap(BOARD_UART_PHYS, 0x1000);

	if (!regs)
		return false;
	uart_regs = regs;
	return true;
}

void board_console_init(void)
{
	void __iomem *base = uart_base();

	writel(0, base + UART_CR);
	writel(BAUD_IBRD, base + UART_IBRD);
	writel(BAUD_FBRD, base + UART_FBRD);
	writel(LCRH_WLEN_8 | LCRH_FEN, base + UART_LCRH);
	writel(0, base + UART_IMSC);	/* polled: no interrupts */
	writel(0x7FF, base + UART_ICR);
	writel(CR_UARTEN | CR_TXE | CR_RXE, base + UART_CR);
}

void board_console_putc(char c)
{
	void __iomem *base = uart_base();

	while (readl(base + UART_FR) & FR_TXFF)
		;
	writel((u8)c, base + UART_DR);
}

int board_console_getc(void)
{
	void __iomem *base = uart_base();
	u32 dr;

	if (readl(base + UART_FR) & FR_RXFE)
		return -1;
	dr = readl(base + UART_DR);
	if (dr & DR_ERRORS)
		return -1;	/* a damaged character is dropped, never guessed at */
	return dr & 0xFF;
}
