// SPDX-License-Identifier: GPL-2.0
/*
 * The console's receive ring and its flow control, for every UART driver
 * (uart_rx.h explains the rules). The drivers only read their FIFO and
 * switch their receive interrupt.
 */
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <asm/irqflags.h>
#include "uart_rx.h"

/* One character straight from the FIFO, or -1 (empty, or damaged and dropped). */
static int uart_rx_read(struct uart_rx *rx)
{
	int c;

	if (!rx->ops->rx_ready())
		return -1;
	c = rx->ops->read_char();
	if (c == UART_RX_DAMAGED)
		rx->dropped++;
	return c < 0 ? -1 : c;
}

int uart_rx_getc(struct uart_rx *rx)
{
	unsigned long flags;
	int c;

	local_irq_save(flags);
	if (rx->head != rx->tail) {
		c = (unsigned char)rx->ring[rx->tail++ % UART_RX_RING_SIZE];
		if (rx->throttled) {
			rx->throttled = false;
			rx->ops->rx_irq(true);
		}
	} else {
		c = uart_rx_read(rx);
	}
	local_irq_restore(flags);
	return c;
}

unsigned int uart_rx_drain(struct uart_rx *rx)
{
	unsigned int n = 0;

	while (rx->ops->rx_ready()) {
		int c;

		if (rx->head - rx->tail == UART_RX_RING_SIZE) {
			rx->throttled = true;
			rx->throttle_count++;
			rx->ops->rx_irq(false);
			break;
		}
		c = rx->ops->read_char();
		if (c == UART_RX_DAMAGED) {
			rx->dropped++;
			continue;
		}
		rx->ring[rx->head++ % UART_RX_RING_SIZE] = (char)c;
		rx->chars++;
		n++;
	}
	if (rx->head != rx->tail)
		console_input_ready();
	return n;
}

struct uart_rx console_rx;

static int cmd_uart(int argc, char **argv)
{
	const struct uart_rx *rx = &console_rx;

	printk("%s: rx %s, %lu received by interrupt, %u buffered of %u, throttled %lu times%s, %lu dropped\n",
	       rx->ops->name, rx->irq_on ? "by interrupt" : "polled", rx->chars,
	       rx->head - rx->tail, UART_RX_RING_SIZE, rx->throttle_count,
	       rx->throttled ? " (now)" : "", rx->dropped);
	return 0;
}
MONITOR_COMMAND("uart", "", "the console's receive ring: received, buffered, throttled, dropped",
		cmd_uart);
