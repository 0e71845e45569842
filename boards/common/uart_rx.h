/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The console's receive side, shared by the UART drivers (the PL011 on
 * vexpress-a9, the NS16550 on the BeagleBone): a ring the receive
 * interrupt fills and board_console_getc() empties, with flow control
 * instead of loss.
 *
 * Nothing is ever dropped for want of room: when the ring is full the
 * interrupt handler masks the receive interrupt and leaves the rest in
 * the hardware FIFO ("throttled"); getc unmasks it again once it has taken
 * a character. A full FIFO makes the sender (QEMU, or a terminal with
 * hardware flow control) wait. Damaged characters (framing, parity,
 * break, overrun) are dropped and counted, never guessed at.
 *
 * Before the interrupt is set up, or while the ring is empty, getc reads
 * the FIFO directly, with IRQs masked: the ring being empty, whatever the
 * FIFO holds is the oldest input, so the order is kept.
 */
#ifndef _BOARDS_UART_RX_H
#define _BOARDS_UART_RX_H

#include <kernel/types.h>

#define UART_RX_RING_SIZE	256		/* a power of two */
#define UART_RX_DAMAGED		(-1)		/* read_char: a character was dropped */

/*
 * The driver's part: rx_ready says whether the FIFO holds a character;
 * read_char (only called then) takes it and returns it, or
 * UART_RX_DAMAGED; rx_irq turns the receive interrupt(s) on or off.
 */
struct uart_rx_ops {
	const char *name;
	bool (*rx_ready)(void);
	int (*read_char)(void);
	void (*rx_irq)(bool on);
};

/*
 * Filled by the interrupt handler at head, emptied by getc at tail; both
 * free-running, so head - tail is the number buffered. getc masks IRQs
 * around its part, so the two never run at once.
 */
struct uart_rx {
	const struct uart_rx_ops *ops;
	char ring[UART_RX_RING_SIZE];
	unsigned int head, tail;
	bool throttled;			/* receive interrupt masked: ring full */
	bool irq_on;
	unsigned long chars, throttle_count, dropped;
};

/* The console's ring; its driver sets .ops before the first getc. */
extern struct uart_rx console_rx;

/* board_console_getc()'s body: a character, or -1 when none is waiting. */
int uart_rx_getc(struct uart_rx *rx);

/*
 * The receive interrupt's body: moves the FIFO into the ring until it is
 * empty or the ring is full (then throttles), and wakes the console's
 * reader. Returns the number of characters moved.
 */
unsigned int uart_rx_drain(struct uart_rx *rx);


#endif
