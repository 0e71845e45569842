// SPDX-License-Identifier: GPL-2.0
/*
 * PL011 UART0 as the console (arm-facts.md §10.2). Output is polled: putc
 * waits for room in the transmit FIFO. Input, once pl011_init_irq() has
 * run, arrives by interrupt (UART0 is GIC ID 37, SPI 5): the receive
 * handler moves characters from the hardware FIFO into rx_ring, and
 * board_console_getc() takes them from there, never waiting.
 *
 * Nothing is ever dropped for want of room: when rx_ring is full the
 * handler masks the receive interrupt and leaves the rest in the FIFO;
 * getc unmasks it again once it has taken a character ("throttled").
 * A full FIFO makes QEMU stop reading its input, so a fast sender (the
 * serial fuzz test) is held back instead of losing characters. Damaged
 * characters (framing, parity, break, overrun) are dropped and counted.
 *
 * Before the interrupt is set up, or while the ring is empty, getc reads
 * the FIFO directly, with IRQs masked: the ring being empty, whatever the
 * FIFO holds is the oldest input, so the order is kept.
 */
#include <board.h>
#include <kernel/irq.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include "pl011.h"

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

#define RX_RING_SIZE	256		/* a power of two */

/* 115200 baud from the 24 MHz reference: 24e6 / (16 * 115200) = 13 + 1/64. */
#define BAUD_IBRD	13
#define BAUD_FBRD	1

/* The early window head.S maps, until board_ioremap_devices() gives an ioremap. */
static void __iomem *uart_regs = (void __iomem *)EARLY_UART_VIRT;

static void __iomem *uart_base(void)
{
	return uart_regs;
}

/*
 * Filled by the interrupt handler at rx_head, emptied by getc at rx_tail;
 * both free-running, so rx_head - rx_tail is the number buffered. getc
 * masks IRQs around its part, so the two never run at once.
 */
static char rx_ring[RX_RING_SIZE];
static unsigned int rx_head, rx_tail;
static bool rx_throttled;		/* receive interrupt masked: ring full */
static bool rx_irq_on;
static unsigned long rx_chars, rx_throttle_count, rx_dropped;

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

/* One character straight from the FIFO, or -1 (empty or damaged). */
static int pl011_read_fifo(void __iomem *base)
{
	u32 dr;

	if (readl(base + UART_FR) & FR_RXFE)
		return -1;
	dr = readl(base + UART_DR);
	if (dr & DR_ERRORS) {
		rx_dropped++;
		return -1;	/* a damaged character is dropped, never guessed at */
	}
	return dr & 0xFF;
}

int board_console_getc(void)
{
	void __iomem *base = uart_base();
	unsigned long flags;
	int c;

	local_irq_save(flags);
	if (rx_head != rx_tail) {
		c = (unsigned char)rx_ring[rx_tail++ % RX_RING_SIZE];
		if (rx_throttled) {
			rx_throttled = false;
			writel(INT_RX | INT_RT, base + UART_IMSC);
		}
	} else {
		c = pl011_read_fifo(base);
	}
	local_irq_restore(flags);
	return c;
}

/* Drains the FIFO into rx_ring; when the ring is full, masks itself (see top). */
static irqreturn_t pl011_rx_interrupt(unsigned int irq, void *dev)
{
	void __iomem *base = uart_base();
	u32 mis = readl(base + UART_MIS);

	while (!(readl(base + UART_FR) & FR_RXFE)) {
		u32 dr;

		if (rx_head - rx_tail == RX_RING_SIZE) {
			rx_throttled = true;
			rx_throttle_count++;
			writel(0, base + UART_IMSC);
			break;
		}
		dr = readl(base + UART_DR);
		if (dr & DR_ERRORS) {
			rx_dropped++;
			continue;
		}
		rx_ring[rx_head++ % RX_RING_SIZE] = dr & 0xFF;
		rx_chars++;
	}
	writel(INT_RX | INT_RT, base + UART_ICR);
	if (rx_head != rx_tail)
		console_input_ready();
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
	rx_irq_on = true;
}

static int cmd_uart(int argc, char **argv)
{
	printk("uart0: rx %s, %lu received by interrupt, %u buffered of %u, throttled %lu times%s, %lu dropped\n",
	       rx_irq_on ? "by interrupt" : "polled", rx_chars, rx_head - rx_tail, RX_RING_SIZE,
	       rx_throttle_count, rx_throttled ? " (now)" : "", rx_dropped);
	return 0;
}
MONITOR_COMMAND("uart", "", "the console's receive ring: received, buffered, throttled, dropped",
		cmd_uart);
