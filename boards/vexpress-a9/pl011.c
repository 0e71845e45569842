// SPDX-License-Identifier: GPL-2.0
/*
 * PL011 UART0 as the console (arm-facts.md §10.2). Output is polled: putc
 * waits for room in the transmit FIFO. Input, once pl011_init_irq() has
 * run, arrives by interrupt (UART0 is GIC ID 37, SPI 5): the receive
 * handler moves characters from the hardware FIFO into the console's ring,
 * and board_console_getc() takes them from there, never waiting.
 *
 * The ring and its flow control are boards/common/uart_rx.c, shared
 * with the BeagleBone's NS16550.
 */
#include <board.h>
#include <kernel/irq.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include "pl011.h"
#include "../common/uart_rx.h"

#define UART_DR		0x00
#define UART_FR		0x18
#define UART_IBRD	0x24
#define UART_FBRD	0x28
#define UART_LCRH	0x2C
#define UART_CR		0x30
#define UART_IFLS	0x34
#define UART_IMSC	0x38
#define UART_MIS	0x40
#define UART_ICR	0x44

#define FR_RXFE		(1 << 4)
#define FR_TXFF		(1 << 5)
#define DR_ERRORS	0xF00 /* framing, parity, break, overrun */
#define LCRH_FEN	(1 << 4)
#define LCRH_WLEN_8	(3 << 5)
#define CR_UARTEN	(1 << 0)
#define CR_TXE		(1 << 8)
#define CR_RXE		(1 << 9)
#define INT_RX		(1 << 4)	/* receive FIFO at its trigger level */
#define INT_RT		(1 << 6)	/* receive timeout: characters left below the level */
#define IFLS_RX_1_8	(0 << 3)	/* interrupt from the first character on (QEMU: always) */

/* 115200 baud from the 24 MHz reference: 24e6 / (16 * 115200) = 13 + 1/64. */
#define BAUD_IBRD	13
#define BAUD_FBRD	1

/* The early window head.S maps, until board_ioremap_devices() gives an ioremap. */
static void __iomem *uart_regs = (void __iomem *)EARLY_UART_VIRT;

static void __iomem *uart_base(void)
{
	return uart_regs;
}

static bool pl011_rx_ready(void)
{
	return !(readl(uart_base() + UART_FR) & FR_RXFE);
}

static int pl011_read_char(void)
{
	u32 dr = readl(uart_base() + UART_DR);

	return dr & DR_ERRORS ? UART_RX_DAMAGED : (int)(dr & 0xFF);
}

static void pl011_rx_irq(bool on)
{
	writel(on ? INT_RX | INT_RT : 0, uart_base() + UART_IMSC);
}

static const struct uart_rx_ops pl011_rx_ops = {
	.name = "uart0",
	.rx_ready = pl011_rx_ready,
	.read_char = pl011_read_char,
	.rx_irq = pl011_rx_irq,
};

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

	console_rx.ops = &pl011_rx_ops;
	writel(0, base + UART_CR);
	writel(BAUD_IBRD, base + UART_IBRD);
	writel(BAUD_FBRD, base + UART_FBRD);
	writel(LCRH_WLEN_8 | LCRH_FEN, base + UART_LCRH);
	writel(0, base + UART_IMSC);	/* no interrupts until pl011_init_irq() */
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
	return uart_rx_getc(&console_rx);
}

/* Drains the FIFO into the console's ring (boards/common/uart_rx.c). */
static irqreturn_t pl011_rx_interrupt(unsigned int irq, void *dev)
{
	void __iomem *base = uart_base();
	u32 mis = readl(base + UART_MIS);

	uart_rx_drain(&console_rx);
	writel(INT_RX | INT_RT, base + UART_ICR);
	return mis & (INT_RX | INT_RT) ? IRQ_HANDLED : IRQ_NONE;
}

void pl011_init_irq(void)
{
	void __iomem *base = uart_base();
	int err = request_irq(BOARD_IRQ_UART0, pl011_rx_interrupt, "uart-pl011", NULL);

	if (err) {
		pr_warn("pl011: IRQ %u: error %d; console input stays polled\n", BOARD_IRQ_UART0,
			err);
		return;
	}
	writel(IFLS_RX_1_8, base + UART_IFLS);
	writel(INT_RX | INT_RT, base + UART_ICR);
	writel(INT_RX | INT_RT, base + UART_IMSC);
	console_rx.irq_on = true;
}
