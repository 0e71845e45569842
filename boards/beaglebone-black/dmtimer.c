// SPDX-License-Identifier: GPL-2.0
/*
 * The tick from an AM335x DMTimer (timer2, arm-facts.md §11.3; Linux
 * include/clocksource/timer-ti-dm.h): a 32-bit up-counter (TCRR) that, in
 * auto-reload mode, reloads TLDR when it overflows and raises the OVF
 * interrupt. A period of P counts therefore needs TLDR = 2^32 - P.
 *
 * The functional registers sit behind an interface that may post writes
 * (TSICR.POSTED): TWPS has one pending bit per posted register, and a
 * write is in effect once its bit reads zero again. Each write here waits
 * for that, so the next one never races it.
 *
 * The board code has already switched the timer's clock on and selected
 * the 24 MHz oscillator (board.c); then 100 Hz is 240000 counts. The same
 * counter, with the overflows counted, is the board's clock
 * (dmtimer_ns(), behind board_insn_clock()).
 */
#include <kernel/errno.h>
#include <kernel/irq.h>
#include <kernel/jiffies.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include "am335x.h"

#define TIMER_IRQSTATUS		0x28	/* write 1 to clear */
#define TIMER_IRQENABLE_SET	0x2C
#define TIMER_IRQENABLE_CLR	0x30
#define TIMER_TCLR		0x38
#define TIMER_TCRR		0x3C
#define TIMER_TLDR		0x40
#define TIMER_TWPS		0x48

#define TIMER_IRQ_OVF		(1 << 1)
#define TIMER_IRQ_ALL		0x7	/* MAT, OVF, TCAR */
#define TCLR_ST			(1 << 0)
#define TCLR_AR			(1 << 1)
#define TWPS_TCLR		(1 << 0)
#define TWPS_TCRR		(1 << 1)
#define TWPS_TLDR		(1 << 2)
#define TWPS_SPINS		100000
#define NSEC_PER_SEC		1000000000u

static void __iomem *timer;
static u32 reload;		/* TLDR: where each period starts counting */
static u32 period_ns;		/* one period, in nanoseconds */
static u32 clk_hz;
static u64 periods;		/* overflows handled since the start */

/* A posted write: waits until TWPS says the write has landed. */
static int dmtimer_write(u32 val, unsigned int reg, u32 pend)
{
	unsigned int i;

	writel(val, timer + reg);
	for (i = 0; readl(timer + TIMER_TWPS) & pend; i++)
		if (i == TWPS_SPINS)
			return -EIO;
	return 0;
}

static irqreturn_t dmtimer_interrupt(unsigned int irq, void *dev)
{
	if (!(readl(timer + TIMER_IRQSTATUS) & TIMER_IRQ_OVF))
		return IRQ_NONE;
	writel(TIMER_IRQ_OVF, timer + TIMER_IRQSTATUS);
	periods++;
	tick_handle_periodic();
	return IRQ_HANDLED;
}

int dmtimer_start_periodic(void __iomem *regs, unsigned int irq, u32 rate, unsigned int hz)
{
	int err;

	if (!hz || rate / hz < 2)
		return -EINVAL;
	reload = dmtimer_reload(rate / hz);
	period_ns = NSEC_PER_SEC / hz;
	clk_hz = rate;
	periods = 0;
	timer = regs;
	err = dmtimer_write(0, TIMER_TCLR, TWPS_TCLR); /* stopped */
	if (err)
		goto fail;
	writel(TIMER_IRQ_ALL, timer + TIMER_IRQENABLE_CLR);
	writel(TIMER_IRQ_ALL, timer + TIMER_IRQSTATUS);
	err = dmtimer_write(reload, TIMER_TLDR, TWPS_TLDR) ?:
		      dmtimer_write(reload, TIMER_TCRR, TWPS_TCRR);
	if (err)
		goto fail;
	err = request_irq(irq, dmtimer_interrupt, "dmtimer2", NULL);
	if (err)
		goto fail;
	writel(TIMER_IRQ_OVF, timer + TIMER_IRQENABLE_SET);
	err = dmtimer_write(TCLR_ST | TCLR_AR, TIMER_TCLR, TWPS_TCLR);
	if (!err)
		return 0;
	free_irq(irq, NULL);
fail:
	timer = NULL;	/* no clock from a timer that did not start */
	return err;
}

/*
 * Whole periods from the overflow count, the part of the current one
 * from the counter. With IRQs masked, an overflow not yet handled shows
 * in IRQSTATUS: it is counted here, and the counter read again, so the
 * result never goes back when the handler catches up.
 */
u64 dmtimer_ns(void)
{
	unsigned long flags;
	u64 p;
	u32 count;

	if (!timer)
		return 0;
	local_irq_save(flags);
	p = periods;
	count = readl(timer + TIMER_TCRR) - reload;
	if (readl(timer + TIMER_IRQSTATUS) & TIMER_IRQ_OVF) {
		p++;
		count = readl(timer + TIMER_TCRR) - reload;
	}
	local_irq_restore(flags);
	return p * period_ns + (u64)count * NSEC_PER_SEC / clk_hz;
}
