// SPDX-License-Identifier: GPL-2.0
/*
 * The generic IRQ layer: a fixed table of NR_IRQS descriptors, one
 * handler each, over the board's interrupt controller (struct irq_chip,
 * <kernel/irq.h>). As Linux's kernel/irq/ for one CPU, without threads,
 * shared lines or flow handlers.
 *
 * Concurrency: one CPU, so the only thing that can run in the middle of a
 * table update is do_IRQ itself. request_irq/free_irq change a descriptor
 * with IRQs masked; do_IRQ runs with them masked (entry.S), so it always
 * sees a descriptor whole.
 *
 * do_IRQ's order matters to the scheduler: every interrupt it acknowledged
 * has had its EOI written, and in_irq() is false again, before it calls
 * preempt_schedule_irq(), which may switch to another task and come back
 * much later (or, for a task that exits, never). So nothing of the
 * interrupt in progress lives in a global across that call; the counters
 * below are statistics only.
 */
#include <kernel/errno.h>
#include <kernel/init.h>
#include <kernel/irq.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <board.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

struct irq_desc {
	irq_handler_t handler;	/* NULL: the line is free (and masked) */
	void *dev;
	const char *name;
	unsigned long count;	/* dispatches, handled or not */
	unsigned long unhandled;
	bool reported;		/* "nobody cared" already said once */
};

static struct irq_desc irq_desc[NR_IRQS];
static const struct irq_chip *irq_chip;
static unsigned int irq_lines;
static unsigned long irq_spurious;
static unsigned long irq_unhandled;
static unsigned int irq_depth;

void irq_set_chip(const struct irq_chip *chip)
{
	irq_chip = chip;
	irq_lines = min(chip->nr_irqs, (unsigned int)NR_IRQS);
}

unsigned int nr_irqs(void)
{
	return irq_lines;
}

/* The board sets up its controller (every line masked) and registers it. */
void init_IRQ(void)
{
	board_init_irq();
	if (!irq_chip)
		pr_warn("IRQ: the board registered no interrupt controller\n");
}

static bool irq_valid(unsigned int irq)
{
	return irq_chip && irq < irq_lines;
}

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev)
{
	struct irq_desc *desc;
	unsigned long flags;
	int ret = 0;

	if (!irq_valid(irq) || !handler)
		return -EINVAL;
	desc = &irq_desc[irq];
	local_irq_save(flags);
	if (desc->handler) {
		ret = -EBUSY;
	} else {
		desc->handler = handler;
		desc->dev = dev;
		desc->name = name;
		desc->reported = false;
		irq_chip->unmask(irq);
	}
	local_irq_restore(flags);
	return ret;
}

int free_irq(unsigned int irq, void *dev)
{
	struct irq_desc *desc;
	unsigned long flags;
	int ret = 0;

	if (!irq_valid(irq)) {
		pr_warn("free_irq: no IRQ %u\n", irq);
		return -EINVAL;
	}
	desc = &irq_desc[irq];
	local_irq_save(flags);
	if (!desc->handler || desc->dev != dev) {
		ret = -EINVAL;
	} else {
		irq_chip->mask(irq);
		desc->handler = NULL;
		desc->dev = NULL;
		desc->name = NULL;
	}
	local_irq_restore(flags);
	if (ret)
		pr_warn("free_irq: IRQ %u was not requested%s\n", irq,
			desc->handler ? " with this dev" : "");
	return ret;
}

int irq_enable_line(unsigned int irq)
{
	if (!irq_valid(irq))
		return -EINVAL;
	irq_chip->unmask(irq);
	return 0;
}

int irq_disable_line(unsigned int irq)
{
	if (!irq_valid(irq))
		return -EINVAL;
	irq_chip->mask(irq);
	return 0;
}

int irq_set_pending(unsigned int irq)
{
	if (!irq_valid(irq))
		return -EINVAL;
	irq_chip->set_pending(irq);
	return 0;
}

int irq_clear_pending(unsigned int irq)
{
	if (!irq_valid(irq))
		return -EINVAL;
	irq_chip->clear_pending(irq);
	return 0;
}

bool irq_is_pending(unsigned int irq)
{
	return irq_valid(irq) && irq_chip->is_pending(irq);
}

bool irq_is_enabled(unsigned int irq)
{
	return irq_valid(irq) && irq_chip->is_enabled(irq);
}

unsigned long kstat_irqs(unsigned int irq)
{
	return irq < NR_IRQS ? READ_ONCE(irq_desc[irq].count) : 0;
}

unsigned long irq_spurious_count(void)
{
	return READ_ONCE(irq_spurious);
}

unsigned long irq_unhandled_count(void)
{
	return READ_ONCE(irq_unhandled);
}

bool in_irq(void)
{
	return irq_depth != 0;
}

/*
 * A line nobody handles would fire again at once (a level-triggered
 * device keeps asserting it): mask it, and say so once. SGIs cannot be
 * masked on the GIC, but they fire only when software asks.
 */
static void note_unhandled(unsigned int irq, struct irq_desc *desc, bool nobody)
{
	irq_unhandled++;
	if (!desc)
		return;
	desc->unhandled++;
	if (nobody)
		irq_chip->mask(irq);
	if (!desc->reported) {
		desc->reported = true;
		if (nobody)
			pr_warn("irq %u: nobody cared%s\n", irq,
				irq_chip->is_enabled(irq) ? "" : ", line masked");
		else
			pr_warn("irq %u: %s returned IRQ_NONE\n", irq,
				desc->name ? desc->name : "its handler");
	}
}

/* One interrupt, acknowledged: its handler, then its EOI. */
static void handle_irq(unsigned int irq, u32 token)
{
	struct irq_desc *desc = irq < irq_lines ? &irq_desc[irq] : NULL;

	if (!desc) {
		irq_chip->mask(irq);
		note_unhandled(irq, NULL, true);
	} else {
		desc->count++;
		if (!desc->handler)
			note_unhandled(irq, desc, true);
		else if (desc->handler(irq, desc->dev) == IRQ_NONE)
			note_unhandled(irq, desc, false);
	}
	irq_chip->eoi(token);
}

unsigned int irq_handle_pending(void)
{
	unsigned int n = 0;
	u32 token;
	int irq;

	if (!irq_chip)
		return 0;
	irq_depth++;
	while ((irq = irq_chip->ack(&token)) >= 0) {
		handle_irq(irq, token);
		n++;
	}
	irq_depth--;
	return n;
}

/*
 * The IRQ vector, IRQs masked, on the interrupted context's SVC stack. An
 * exception that finds nothing pending (the controller withdrew it, or it
 * answered the spurious ID) is counted and otherwise ignored.
 */
void do_IRQ(struct pt_regs *regs)
{
	if (unlikely(!irq_chip)) {
		offer_exception(regs, EXC_IRQ, 0, 0);
		die("Oops - unexpected IRQ", regs, 0);
	}
	if (!irq_handle_pending())
		irq_spurious++;
	preempt_schedule_irq();
}

/* The monitor's view, in the layout of Linux's /proc/interrupts. */
static int cmd_interrupts(int argc, char **argv)
{
	unsigned int irq;

	printk("           CPU0\n");
	for (irq = 0; irq < irq_lines; irq++) {
		struct irq_desc *desc = &irq_desc[irq];
		const char *name = "(none)";

		if (!desc->handler && !desc->count)
			continue;
		if (desc->handler)
			name = desc->name ? desc->name : "?";
		printk("%3u: %10lu  %8s %3u  %s%s\n", irq, desc->count, irq_chip->name, irq, name,
		       desc->unhandled ? " (unhandled seen)" : "");
	}
	printk("Spu: %10lu\n", irq_spurious);
	printk("Unh: %10lu\n", irq_unhandled);
	return 0;
}
MONITOR_COMMAND("interrupts", "", "per-line interrupt counts (/proc/interrupts)", cmd_interrupts);
