// SPDX-License-Identifier: GPL-2.0
/*
 * AM335x UART0 as the console: an NS16550-compatible UART with 4-byte
 * register spacing, a 64-byte FIFO each way and a 48 MHz functional clock
 * (arm-facts.md §11.2). Output is polled: putc waits for the transmit
 * holding register to empty. Input, once ns16550_init_irq() has run,
 * arrives by interrupt (INTC line 72); the receive ring and its flow
 * control are boards/common/uart_rx.c, shared with vexpress-a9's PL011.
 *
 * U-Boot hands over with the UART already running at 115200 8N1; the
 * kernel programs it again anyway (after the last character U-Boot sent
 * has left), so it does not depend on that.
 */
#include <board.h>
#include <kernel/irq.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include "am335x.h"
#include "../common/uart_rx.h"

#define UART_RHR	0x00	/* read */
#define UART_THR	0x00	/* write */
#define UART_DLL	0x00	/* LCR.DLAB = 1 */
#define UART_IER	0x04
#define UART_DLH	0x04	/* LCR.DLAB = 1 */
#define UART_IIR	0x08	/* read */
#define UART_FCR	0x08	/* write */
#define UART_LCR	0x0C
#define UART_MCR	0x10
#define UART_LSR	0x14
#define UART_MDR1	0x20

#define IER_RHR		(1 << 0)	/* receive data, and the receive timeout */
#define IER_LINE_STS	(1 << 2)	/* receive errors */
#define IIR_NO_INT	(1 << 0)
#define FCR_ENABLE	(1 << 0)
#define FCR_CLEAR_RX	(1 << 1)
#define FCR_CLEAR_TX	(1 << 2)
#define LCR_8N1		0x03
#define LCR_DLAB	(1 << 7)
#define MCR_DTR_RTS	0x03
#define LSR_DR		(1 << 0)
#define LSR_ERRORS	0x1E		/* overrun, parity, framing, break */
#define LSR_THRE	(1 << 5)
#define LSR_TEMT	(1 << 6)
#define MDR1_16X	0
#define MDR1_DISABLE	7

/* 48 MHz / (16 * 115200) = 26.04: 115200 baud, 0.16% fast. */
#define BAUD_DIVISOR	(BOARD_UART_CLK_HZ / 16 / 115200)

static void __iomem *uart_regs = (void __iomem *)EARLY_UART_VIRT;

void ns16550_set_base(void __iomem *regs)
{
	uart_regs = regs;
}

static bool ns16550_rx_ready(void)
{
	return readl(uart_regs + UART_LSR) & LSR_DR;
}

/* LSR's error bits describe the character at the head of the FIFO: read them first. */
static int ns16550_read_char(void)
{
	u32 lsr = readl(uart_regs + UART_LSR);
	u32 c = readl(uart_regs + UART_RHR);

	return lsr & LSR_ERRORS ? UART_RX_DAMAGED : (int)(c & 0xFF);
}

static void ns16550_rx_irq(bool on)
{
	writel(on ? IER_RHR | IER_LINE_STS : 0, uart_regs + UART_IER);
}

static const struct uart_rx_ops ns16550_rx_ops = {
	.name = "uart0",
	.rx_ready = ns16550_rx_ready,
	.read_char = ns16550_read_char,
	.rx_irq = ns16550_rx_irq,
};

void board_console_init(void)
{
	void __iomem *base = uart_regs;

	console_rx.ops = &ns16550_rx_ops;
	while (!(readl(base + UART_LSR) & LSR_TEMT))
		;	/* let U-Boot's last characters out */
	writel(0, base + UART_IER);
	writel(MDR1_DISABLE, base + UART_MDR1);
	writel(LCR_DLAB | LCR_8N1, base + UART_LCR);
	writel(BAUD_DIVISOR & 0xFF, base + UART_DLL);
	writel(BAUD_DIVISOR >> 8, base + UART_DLH);
	writel(LCR_8N1, base + UART_LCR);
	writel(FCR_ENABLE | FCR_CLEAR_RX | FCR_CLEAR_TX, base + UART_FCR);
	writel(MCR_DTR_RTS, base + UART_MCR);
	writel(MDR1_16X, base + UART_MDR1);
}

void board_console_putc(char c)
{
	while (!(readl(uart_regs + UART_LSR) & LSR_THRE))
		;
	writel((u8)c, uart_regs + UART_THR);
}

int board_console_getc(void)
{
	return uart_rx_getc(&console_rx);
}

static irqreturn_t ns16550_interrupt(unsigned int irq, void *dev)
{
	bool mine = !(readl(uart_regs + UART_IIR) & IIR_NO_INT);

	uart_rx_drain(&console_rx);
	return mine ? IRQ_HANDLED : IRQ_NONE;
}

void ns16550_init_irq(void)
{
	int err = request_irq(BOARD_IRQ_UART0, ns16550_interrupt, "uart-ns16550", NULL);

	if (err) {
		pr_warn("ns16550: IRQ %u: error %d; console input stays polled\n", BOARD_IRQ_UART0,
			err);
		return;
	}
	ns16550_rx_irq(true);
	console_rx.irq_on = true;
}
