/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The BeagleBone board's internal interface: its three drivers (UART0,
 * INTC, DMTimer2), each given its registers so that the host tests
 * (tests/host/boards/) can drive them against register models.
 */
#ifndef _BEAGLEBONE_AM335X_H
#define _BEAGLEBONE_AM335X_H

#include <kernel/irq.h>
#include <kernel/types.h>

#define AM335X_INTC_LINES	128
#define AM335X_INTC_BANKS	(AM335X_INTC_LINES / 32)

/*
 * intc.c: resets the INTC at regs, masks every line and registers it with
 * irq_set_chip(). 0, or -EIO when its soft reset never completes.
 */
int am335x_intc_init(void __iomem *regs);

/*
 * ns16550.c: the console. ns16550_set_base() moves it to another mapping
 * of UART0's registers (the early window until then); ns16550_init_irq()
 * claims its receive interrupt (from board_init_irq).
 */
void ns16550_set_base(void __iomem *regs);
void ns16550_init_irq(void);

/*
 * dmtimer.c: starts the DMTimer at regs, whose functional clock runs at
 * clk_hz, as a periodic interrupt at hz on INTC line irq calling
 * tick_handle_periodic(). 0, or a negative errno (nothing started).
 */
int dmtimer_start_periodic(void __iomem *regs, unsigned int irq, u32 clk_hz, unsigned int hz);

/* Nanoseconds since that timer started (0 before): monotonic, 1/clk_hz steps. */
u64 dmtimer_ns(void);

/* The reload value for a period of ticks on this up-counter (§11.3). */
static inline u32 dmtimer_reload(u32 ticks)
{
	return (u32)(0x100000000ull - ticks);
}

#endif
