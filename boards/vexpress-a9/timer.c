// SPDX-License-Identifier: GPL-2.0
/*
 * The tick from the Cortex-A9's private timer (the "TWD", PERIPHBASE +
 * 0x600, PPI 29): a 32-bit down-counter clocked by PERIPHCLK that reloads
 * itself and raises its event flag each time it passes zero. Period =
 * (prescaler + 1) * (load + 1) PERIPHCLK cycles (Cortex-A9 MPCore TRM,
 * "Private timer and watchdog registers").
 *
 * Why this timer: it is the CPU's own, needs no motherboard clock set-up,
 * and QEMU runs it off the virtual clock at exactly 10 ns per count
 * (hw/timer/arm_mptimer.c: timerblock_scale() = (prescaler + 1) * 10 ns,
 * i.e. PERIPHCLK = 100 MHz, the same clock as the global timer that
 * board_insn_clock() reads). Under -icount shift=0 one instruction is one
 * nanosecond, so a count is 10 instructions and, with prescaler 0 and
 * load 999999, a 10 ms tick is exactly 10,000,000 instructions. (The
 * SP804 would do too, at 1 MHz, 1000 instructions a count, but its
 * clock depends on the V2M's SP810 settings on real hardware.)
 */
#include <board.h>
#include <kernel/irq.h>
#include <kernel/jiffies.h>
#include <kernel/printk.h>
#include <asm/io.h>

#define TWD_LOAD		0x00
#define TWD_COUNTER		0x04
#define TWD_CONTROL		0x08
#define TWD_INTSTAT		0x0C

#define TWD_CTRL_ENABLE		(1 << 0)
#define TWD_CTRL_AUTO_RELOAD	(1 << 1)
#define TWD_CTRL_IT_ENABLE	(1 << 2)
#define TWD_INT_EVENT		(1 << 0)	/* write 1 to clear */

#define TWD_RATE_HZ		100000000u	/* QEMU's PERIPHCLK: 10 ns per count */

static void __iomem *twd;

static irqreturn_t twd_interrupt(unsigned int irq, void *dev)
{
	if (!(readl(twd + TWD_INTSTAT) & TWD_INT_EVENT))
		return IRQ_NONE;
	writel(TWD_INT_EVENT, twd + TWD_INTSTAT);
	tick_handle_periodic();
	return IRQ_HANDLED;
}

void board_timer_init(unsigned int hz)
{
	u32 load = TWD_RATE_HZ / hz - 1;
	int err;

	twd = ioremap(BOARD_PERIPH_PHYS + BOARD_TWD_OFF, 0x20);
	if (!twd)
		twd = early_ioaddr(BOARD_PERIPH_PHYS + BOARD_TWD_OFF);
	writel(0, twd + TWD_CONTROL);
	writel(TWD_INT_EVENT, twd + TWD_INTSTAT);
	writel(load, twd + TWD_LOAD);
	err = request_irq(BOARD_IRQ_TWD, twd_interrupt, "twd", NULL);
	if (err) {
		pr_err("timer: IRQ %u: error %d; no tick\n", BOARD_IRQ_TWD, err);
		return;
	}
	writel(TWD_CTRL_ENABLE | TWD_CTRL_AUTO_RELOAD | TWD_CTRL_IT_ENABLE, twd + TWD_CONTROL);
	pr_info("timer: A9 private timer, IRQ %u, %u Hz, load %u at %u Hz\n", BOARD_IRQ_TWD, hz,
		load, TWD_RATE_HZ);
}
