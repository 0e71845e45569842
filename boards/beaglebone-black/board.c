// SPDX-License-Identifier: GPL-2.0
/*
 * BeagleBone Black board hooks: the device mappings, the clocks the tick
 * needs, reboot through the PRM, and the interrupt controller and timer
 * set-up. head.S has already stopped the WDT1 watchdog (board-asm.h).
 *
 * Power-off would need the TPS65217 PMIC over I2C0, which this kernel
 * does not drive: board_poweroff() says so and halts the CPU with
 * interrupts masked; the power button (or the cable) then turns it off.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include <asm/irqflags.h>
#include "am335x.h"

#define PRM_RSTCTRL_OFF		(BOARD_PRM_RSTCTRL_PHYS - BOARD_PRCM_PHYS)
#define RST_GLOBAL_WARM_SW	(1 << 0)
#define CLKCTRL_MODULEMODE_EN	2		/* MODULEMODE [1:0] */
#define CLKCTRL_IDLEST(v)	(((v) >> 16) & 3)	/* 0: fully functional */
#define CLKSEL_CLK_M_OSC	1		/* the 24 MHz oscillator */
#define CLK_SPINS		100000

/* The early window (head.S) until board_ioremap_devices(). */
static void __iomem *prcm_regs;

const char *board_name(void)
{
	return BOARD_NAME;
}

static void __iomem *prcm(void)
{
	return prcm_regs ? prcm_regs : early_ioaddr(BOARD_PRCM_PHYS);
}

void board_ioremap_devices(void)
{
	void __iomem *uart = ioremap(BOARD_UART_PHYS, 0x1000);
	void __iomem *regs = ioremap(BOARD_PRCM_PHYS, 0x1000);

	if (uart)
		ns16550_set_base(uart);
	if (regs)
		prcm_regs = regs;
	if (!uart || !regs)
		pr_warn("board: ioremap failed; staying on the early I/O window\n");
}

static void __noreturn halt(void)
{
	local_irq_disable();
	for (;;)
		__asm__ __volatile__("wfi" ::: "memory");
}

void board_poweroff(int status)
{
	printk("Power down: this kernel does not drive the BeagleBone's PMIC; CPU halted%s.\n",
	       status ? " (after a failure)" : "");
	halt();
}

void board_reboot(void)
{
	writel(RST_GLOBAL_WARM_SW, prcm() + PRM_RSTCTRL_OFF);
	halt();
}

/*
 * No counter here runs at one tick per instruction (there is no emulator):
 * the clock is DMTimer2's, in nanoseconds, from the first tick on.
 */
u64 board_insn_clock(void)
{
	return dmtimer_ns();
}

void board_idle(void)
{
	__asm__ __volatile__("wfi" ::: "memory");
}

void board_init_irq(void)
{
	void __iomem *regs = ioremap(BOARD_INTC_PHYS, 0x1000);
	int err = regs ? am335x_intc_init(regs) : -ENOMEM;

	if (err) {
		pr_err("intc: error %d; no interrupts\n", err);
		return;
	}
	pr_info("INTC: %u interrupt lines at %p\n", AM335X_INTC_LINES, regs);
	ns16550_init_irq();
}

/*
 * Timer2's clock: the 24 MHz oscillator as its source (selected while the
 * module is off), then the module enabled. U-Boot does the same (§11.3);
 * doing it again costs nothing. false if the module never comes up.
 */
static bool timer2_clock_on(void)
{
	void __iomem *p = prcm();
	unsigned int i;

	writel(CLKSEL_CLK_M_OSC, p + BOARD_CLKSEL_TIMER2_CLK_OFF);
	writel(CLKCTRL_MODULEMODE_EN, p + BOARD_CM_PER_TIMER2_CLKCTRL_OFF);
	for (i = 0; CLKCTRL_IDLEST(readl(p + BOARD_CM_PER_TIMER2_CLKCTRL_OFF)); i++)
		if (i == CLK_SPINS)
			return false;
	return true;
}

void board_timer_init(unsigned int hz)
{
	void __iomem *regs;
	int err;

	if (!timer2_clock_on()) {
		pr_err("timer: DMTimer2's clock did not come up; no tick\n");
		return;
	}
	regs = ioremap(BOARD_DMTIMER2_PHYS, 0x1000);
	err = regs ? dmtimer_start_periodic(regs, BOARD_IRQ_DMTIMER2, BOARD_TIMER_CLK_HZ, hz) :
		     -ENOMEM;
	if (err) {
		pr_err("timer: DMTimer2: error %d; no tick\n", err);
		return;
	}
	pr_info("timer: DMTimer2, IRQ %u, %u Hz, reload 0x%08x at %u Hz\n", BOARD_IRQ_DMTIMER2, hz,
		dmtimer_reload(BOARD_TIMER_CLK_HZ / hz), BOARD_TIMER_CLK_HZ);
}
