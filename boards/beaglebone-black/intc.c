// SPDX-License-Identifier: GPL-2.0
/*
 * The AM335x interrupt controller (INTC, the OMAP "INTCPS" IP; register
 * map: arm-facts.md §11.4, Linux drivers/irqchip/irq-omap-intc.c): 128
 * level-sensitive lines in four banks of 32. Per bank: ITR (raw input),
 * MIR (mask, 1 = masked) with MIR_SET/MIR_CLEAR to change it one bit at a
 * time, ISR_SET/ISR_CLEAR (software-raised interrupts), PENDING_IRQ (raw
 * and not masked). The controller sorts the pending lines by priority
 * (ILR) and latches the winner in SIR_IRQ; it holds that answer until
 * software writes NEWIRQAGR to CONTROL, which is the end of interrupt.
 *
 * Every line gets priority 0 and goes to IRQ (never FIQ), so the lowest
 * number wins. The generic layer drives the INTC through intc_chip.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/irq.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include "am335x.h"

#define INTC_SYSCONFIG		0x10
#define INTC_SYSSTATUS		0x14
#define INTC_SIR_IRQ		0x40
#define INTC_CONTROL		0x48
#define INTC_THRESHOLD		0x68
#define INTC_ITR(n)		(0x80 + 0x20 * (n))
#define INTC_MIR(n)		(0x84 + 0x20 * (n))
#define INTC_MIR_CLEAR(n)	(0x88 + 0x20 * (n))
#define INTC_MIR_SET(n)		(0x8C + 0x20 * (n))
#define INTC_ISR_SET(n)		(0x90 + 0x20 * (n))
#define INTC_ISR_CLEAR(n)	(0x94 + 0x20 * (n))
#define INTC_PENDING_IRQ(n)	(0x98 + 0x20 * (n))
#define INTC_ILR(m)		(0x100 + 4 * (m))

#define INTC_SYSCONFIG_SOFTRESET (1 << 1)
#define INTC_SYSSTATUS_RESETDONE (1 << 0)
#define INTC_SIR_ACTIVE(s)	((s) & 0x7F)
#define INTC_SIR_SPURIOUS(s)	(((s) & ~0x7Fu) == ~0x7Fu) /* bits 31:7 all ones */
#define INTC_CONTROL_NEWIRQAGR	(1 << 0)
#define INTC_THRESHOLD_OFF	0xFF	/* no priority threshold */
#define INTC_ILR_IRQ_PRIO0	0	/* priority 0, to IRQ */
#define INTC_RESET_SPINS	100000

static void __iomem *intc;

static inline u32 intc_bit(unsigned int irq)
{
	return 1u << (irq % 32);
}

/*
 * Nothing pending and unmasked: -1. Otherwise the line SIR_IRQ latched;
 * the token is the line, for eoi.
 */
static int intc_ack(u32 *token)
{
	unsigned int n;
	u32 sir;

	for (n = 0; n < AM335X_INTC_BANKS; n++)
		if (readl(intc + INTC_PENDING_IRQ(n)))
			break;
	if (n == AM335X_INTC_BANKS)
		return -1;
	sir = readl(intc + INTC_SIR_IRQ);
	if (INTC_SIR_SPURIOUS(sir))
		return -1;
	*token = INTC_SIR_ACTIVE(sir);
	return INTC_SIR_ACTIVE(sir);
}

/* Lets the controller sort again: the next ack sees the next winner. */
static void intc_eoi(u32 token)
{
	writel(INTC_CONTROL_NEWIRQAGR, intc + INTC_CONTROL);
}

static void intc_mask(unsigned int irq)
{
	writel(intc_bit(irq), intc + INTC_MIR_SET(irq / 32));
}

static void intc_unmask(unsigned int irq)
{
	writel(intc_bit(irq), intc + INTC_MIR_CLEAR(irq / 32));
}

static void intc_set_pending(unsigned int irq)
{
	writel(intc_bit(irq), intc + INTC_ISR_SET(irq / 32));
}

/* Clears a software-raised interrupt; a device's own stays until the device drops it. */
static void intc_clear_pending(unsigned int irq)
{
	writel(intc_bit(irq), intc + INTC_ISR_CLEAR(irq / 32));
}

static bool intc_is_pending(unsigned int irq)
{
	return readl(intc + INTC_ITR(irq / 32)) & intc_bit(irq);
}

static bool intc_is_enabled(unsigned int irq)
{
	return !(readl(intc + INTC_MIR(irq / 32)) & intc_bit(irq));
}

static struct irq_chip intc_chip = {
	.name = "INTC",
	.nr_irqs = AM335X_INTC_LINES,
	.ack = intc_ack,
	.eoi = intc_eoi,
	.mask = intc_mask,
	.unmask = intc_unmask,
	.set_pending = intc_set_pending,
	.clear_pending = intc_clear_pending,
	.is_pending = intc_is_pending,
	.is_enabled = intc_is_enabled,
};

/*
 * Soft reset (as Linux's omap_irq_soft_reset), then: every line masked,
 * no software interrupt raised, priority 0 to IRQ, no threshold, and a
 * fresh agreement. 0, or -EIO when the reset never completes.
 */
int am335x_intc_init(void __iomem *regs)
{
	unsigned int i;

	intc = regs;
	writel(INTC_SYSCONFIG_SOFTRESET, intc + INTC_SYSCONFIG);
	for (i = 0; !(readl(intc + INTC_SYSSTATUS) & INTC_SYSSTATUS_RESETDONE); i++)
		if (i == INTC_RESET_SPINS)
			return -EIO;
	for (i = 0; i < AM335X_INTC_BANKS; i++) {
		writel(~0u, intc + INTC_MIR_SET(i));
		writel(~0u, intc + INTC_ISR_CLEAR(i));
	}
	for (i = 0; i < AM335X_INTC_LINES; i++)
		writel(INTC_ILR_IRQ_PRIO0, intc + INTC_ILR(i));
	writel(INTC_THRESHOLD_OFF, intc + INTC_THRESHOLD);
	writel(INTC_CONTROL_NEWIRQAGR, intc + INTC_CONTROL);
	irq_set_chip(&intc_chip);
	return 0;
}
