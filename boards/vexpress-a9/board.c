// SPDX-License-Identifier: GPL-2.0
/*
 * vexpress-a9 board hooks: power through the V2M system registers
 * (SYS_CFGCTRL, arm-facts.md §10.5), failure status through semihosting,
 * and the A9 global timer as the instruction counter for benchmarks.
 */
#include <board.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include <asm/semihosting.h>
#include "pl011.h"

#define SYS_CFGCTRL		0xA4
#define SYS_CFG_START		(1u << 31)
#define SYS_CFG_WRITE		(1u << 30)
#define SYS_CFG_FUNC(f)		((u32)(f) << 20)
#define SYS_CFG_SHUTDOWN	8
#define SYS_CFG_REBOOT		9

#define GTIMER_COUNTER_LO	0x00
#define GTIMER_COUNTER_HI	0x04
#define GTIMER_INSNS_PER_TICK	10 /* 100 MHz ticks, 1 ns per instruction */

/* Early windows (head.S) until board_ioremap_devices(), then ioremap mappings. */
static void __iomem *sysreg_regs;
static void __iomem *gtimer_regs;

const char *board_name(void)
{
	return BOARD_NAME;
}

static void __iomem *sysreg(void)
{
	return sysreg_regs ? sysreg_regs : early_ioaddr(BOARD_SYSREG_PHYS);
}

static void __iomem *gtimer(void)
{
	return gtimer_regs ? gtimer_regs : early_ioaddr(BOARD_PERIPH_PHYS + BOARD_GTIMER_OFF);
}

void board_ioremap_devices(void)
{
	void __iomem *regs;
	bool console = pl011_ioremap();

	regs = ioremap(BOARD_SYSREG_PHYS, 0x1000);
	if (regs)
		sysreg_regs = regs;
	regs = ioremap(BOARD_PERIPH_PHYS + BOARD_GTIMER_OFF, 0x100);
	if (regs)
		gtimer_regs = regs;
	if (!console || !sysreg_regs || !gtimer_regs)
		pr_warn("board: ioremap failed; staying on the early I/O windows\n");
}

static void __noreturn sys_cfg_and_wait(unsigned int func)
{
	writel(SYS_CFG_START | SYS_CFG_WRITE | SYS_CFG_FUNC(func), sysreg() + SYS_CFGCTRL);
	/*
	 * QEMU acts on the request between instructions. Spin rather than WFI:
	 * with -icount sleep=off and no timer armed, WFI would only make QEMU
	 * warn that nothing can wake the CPU.
	 */
	for (;;)
		barrier();
}

void board_poweroff(int status)
{
	/* Returns only when semihosting is off: then shut down with status 0. */
	if (status)
		semihost_call(SYS_EXIT, ADP_STOPPED_RUNTIME_ERR);
	sys_cfg_and_wait(SYS_CFG_SHUTDOWN);
}

void board_reboot(void)
{
	sys_cfg_and_wait(SYS_CFG_REBOOT);
}

u64 board_insn_clock(void)
{
	void __iomem *gt = gtimer();
	u32 hi, lo;

	/* The 64-bit counter is read as two halves: retry if the high word moved. */
	do {
		hi = readl(gt + GTIMER_COUNTER_HI);
		lo = readl(gt + GTIMER_COUNTER_LO);
	} while (hi != readl(gt + GTIMER_COUNTER_HI));
	return (((u64)hi << 32) | lo) * GTIMER_INSNS_PER_TICK;
}

void board_idle(void)
{
	__asm__ __volatile__("wfi" ::: "memory");
}
