/* SPDX-License-Identifier: GPL-2.0 */
/* The PL011 console driver's board-internal interface (pl011.c). */
#ifndef _VEXPRESS_PL011_H
#define _VEXPRESS_PL011_H

#include <kernel/types.h>

/* Moves the console from the early window to an ioremap mapping; false if that failed. */
bool pl011_ioremap(void);

/*
 * Claims UART0's receive interrupt (from board_init_irq): from then on the
 * handler moves received characters into a ring that board_console_getc()
 * reads first.
 */
void pl011_init_irq(void);

#endif
