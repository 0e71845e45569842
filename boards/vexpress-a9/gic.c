// SPDX-License-Identifier: GPL-2.0
/*
 * The Cortex-A9 MPCore's GIC (ARM GIC architecture v1, the PL390 model
 * QEMU's arm_gic emulates): a distributor at PERIPHBASE + 0x1000 that
 * holds each line's enable, pending, priority and configuration bits, and
 * a CPU interface at PERIPHBASE + 0x100 that hands this CPU the highest
 * priority pending interrupt (GICC_IAR) and takes its end (GICC_EOIR).
 *
 * IDs 0-15 are SGIs (software-generated, written to GICD_SGIR; on the A9
 * their enable bits read as one and ignore writes), 16-31 PPIs (this
 * CPU's own: the private and global timers), 32 and up SPIs (the
 * motherboard's devices). GICD_TYPER gives the number of lines: 64 for
 * QEMU's vexpress-a9, 32 SPIs.
 *
 * Every line gets the same priority, so interrupts are served in ID order
 * and never preempt each other (they could not anyway: do_IRQ runs with
 * CPSR.I set). The generic layer drives the GIC through gic_chip.
 */
#include <board.h>
#include <kernel/irq.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include "pl011.h"

/* Distributor */
#define GICD_CTLR		0x000
#define GICD_TYPER		0x004
#define GICD_ISENABLER(n)	(0x100 + 4 * (n))
#define GICD_ICENABLER(n)	(0x180 + 4 * (n))
#define GICD_ISPENDR(n)		(0x200 + 4 * (n))
#define GICD_ICPENDR(n)		(0x280 + 4 * (n))
#define GICD_ICACTIVER(n)	(0x380 + 4 * (n))
#define GICD_IPRIORITYR(n)	(0x400 + 4 * (n))
#define GICD_ITARGETSR(n)	(0x800 + 4 * (n))
#define GICD_SGIR		0xF00

#define GICD_CTLR_ENABLE	(1 << 0)
#define GICD_TYPER_LINES(t)	((((t) & 0x1F) + 1) * 32)
#define GICD_SGIR_SELF		(2u << 24)	/* TargetListFilter: this CPU only */

/* CPU interface */
#define GICC_CTLR		0x00
#define GICC_PMR		0x04
#define GICC_BPR		0x08
#define GICC_IAR		0x0C
#define GICC_EOIR		0x10

#define GICC_CTLR_ENABLE	(1 << 0)
#define GICC_IAR_ID(iar)	((iar) & 0x3FF)
#define GIC_SPURIOUS		1023	/* IDs 1020-1023 are never real interrupts */
#define GIC_FIRST_SPECIAL	1020

#define GIC_NR_SGIS		16
#define GIC_NR_PRIVATE		32	/* SGIs and PPIs: bank 0 of each register */
#define GIC_PRIO_DEFAULT	0xA0	/* as Linux's GICD_INT_DEF_PRI */
#define GIC_PRIO_MASK		0xF0	/* lets every line whose priority is below 0xF0 through */
#define GIC_PRIO_X4(p)		((p) * 0x01010101u)
#define GIC_CPU0_X4		0x01010101u

static void __iomem *gicd;
static void __iomem *gicc;
static unsigned int gic_lines;

static void __iomem *map_or_early(phys_addr_t phys, size_t size)
{
	void __iomem *regs = ioremap(phys, size);

	if (!regs) {
		pr_warn("gic: ioremap of 0x%08lx failed; using the early window\n",
			(unsigned long)phys);
		regs = early_ioaddr(phys);
	}
	return regs;
}

static inline u32 gic_bit(unsigned int irq)
{
	return 1u << (irq % 32);
}

static int gic_ack(u32 *token)
{
	u32 iar = readl(gicc + GICC_IAR);

	if (GICC_IAR_ID(iar) >= GIC_FIRST_SPECIAL)
		return -1;
	*token = iar;	/* for an SGI, bits 12:10 name the sender: EOIR wants them back */
	return GICC_IAR_ID(iar);
}

static void gic_eoi(u32 token)
{
	writel(token, gicc + GICC_EOIR);
}

static void gic_mask(unsigned int irq)
{
	writel(gic_bit(irq), gicd + GICD_ICENABLER(irq / 32));
}

static void gic_unmask(unsigned int irq)
{
	writel(gic_bit(irq), gicd + GICD_ISENABLER(irq / 32));
}

static void gic_set_pending(unsigned int irq)
{
	if (irq < GIC_NR_SGIS)
		writel(GICD_SGIR_SELF | irq, gicd + GICD_SGIR);
	else
		writel(gic_bit(irq), gicd + GICD_ISPENDR(irq / 32));
}

static void gic_clear_pending(unsigned int irq)
{
	writel(gic_bit(irq), gicd + GICD_ICPENDR(irq / 32));
}

static bool gic_is_pending(unsigned int irq)
{
	return readl(gicd + GICD_ISPENDR(irq / 32)) & gic_bit(irq);
}

static bool gic_is_enabled(unsigned int irq)
{
	return readl(gicd + GICD_ISENABLER(irq / 32)) & gic_bit(irq);
}

static struct irq_chip gic_chip = {
	.name = "GIC",
	.ack = gic_ack,
	.eoi = gic_eoi,
	.mask = gic_mask,
	.unmask = gic_unmask,
	.set_pending = gic_set_pending,
	.clear_pending = gic_clear_pending,
	.is_pending = gic_is_pending,
	.is_enabled = gic_is_enabled,
};

/*
 * Distributor off while it is set up: every PPI and SPI disabled and not
 * pending, nothing left active, one priority for all, SPIs to CPU 0
 * (ITARGETSR reads as zero and ignores writes on a one-CPU GIC). The SGIs
 * stay enabled: the A9 does not let them be disabled.
 */
static void gic_dist_init(void)
{
	unsigned int i;

	writel(0, gicd + GICD_CTLR);
	gic_lines = GICD_TYPER_LINES(readl(gicd + GICD_TYPER));
	for (i = 0; i < gic_lines / 32; i++) {
		writel(i ? ~0u : 0xFFFF0000u, gicd + GICD_ICENABLER(i));
		writel(~0u, gicd + GICD_ICPENDR(i));
		writel(~0u, gicd + GICD_ICACTIVER(i));
	}
	writel(0x0000FFFFu, gicd + GICD_ISENABLER(0));
	for (i = 0; i < gic_lines / 4; i++)
		writel(GIC_PRIO_X4(GIC_PRIO_DEFAULT), gicd + GICD_IPRIORITYR(i));
	for (i = GIC_NR_PRIVATE / 4; i < gic_lines / 4; i++)
		writel(GIC_CPU0_X4, gicd + GICD_ITARGETSR(i));
	writel(GICD_CTLR_ENABLE, gicd + GICD_CTLR);
}

static void gic_cpu_init(void)
{
	writel(GIC_PRIO_MASK, gicc + GICC_PMR);
	writel(0, gicc + GICC_BPR);
	writel(GICC_CTLR_ENABLE, gicc + GICC_CTLR);
}

void board_init_irq(void)
{
	gicd = map_or_early(BOARD_PERIPH_PHYS + BOARD_GICD_OFF, 0x1000);
	gicc = map_or_early(BOARD_PERIPH_PHYS + BOARD_GICC_OFF, 0x100);
	gic_dist_init();
	gic_cpu_init();
	gic_chip.nr_irqs = gic_lines;
	irq_set_chip(&gic_chip);
	pr_info("GIC: %u interrupt lines, distributor at %p, CPU interface at %p\n",
		gic_lines, gicd, gicc);
	pl011_init_irq();
}
