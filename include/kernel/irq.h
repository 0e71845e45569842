/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The generic IRQ layer (arch/arm/kernel/irq.c), in the shape of Linux's
 * <linux/interrupt.h> and <linux/irq.h>, for one CPU.
 *
 * The board's interrupt controller describes itself with a struct irq_chip
 * and registers it from board_init_irq() (boards/board.h). Drivers then
 * claim lines with request_irq() and release them with free_irq(); a line
 * is unmasked when its handler is installed and masked when it goes.
 *
 * do_IRQ() is what the IRQ vector calls (arch/arm/kernel/entry.S), on the
 * interrupted context's SVC stack, with IRQs masked: handlers never nest.
 * It acknowledges and dispatches until nothing is pending, writing the end
 * of interrupt before it calls the next handler, and last of all calls
 * preempt_schedule_irq(), which may switch to another task right there.
 * Nothing of the interrupt's state survives in a global across that call.
 */
#ifndef _KERNEL_IRQ_H
#define _KERNEL_IRQ_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct pt_regs;

/* Lines the generic table can hold; a chip with more is used up to this. */
#define NR_IRQS 128

typedef enum irqreturn {
	IRQ_NONE = 0,		/* the device did not interrupt */
	IRQ_HANDLED = 1,
} irqreturn_t;

/* Runs in IRQ context, IRQs masked; dev is request_irq()'s cookie. */
typedef irqreturn_t (*irq_handler_t)(unsigned int irq, void *dev);

/*
 * What the generic layer needs of an interrupt controller. Every operation
 * is called with IRQs masked and must not sleep.
 *   ack:   makes the highest-priority pending interrupt active and returns
 *          its number, with in *token what eoi needs back; a negative
 *          value when nothing is pending (the GIC's spurious ID 1023).
 *   eoi:   ends the interrupt ack returned the token of.
 *   mask, unmask: one line, at the controller.
 *   set_pending: makes a line pending from software (the GIC: an SGI to
 *          this CPU through GICD_SGIR, or GICD_ISPENDR for the others).
 *   clear_pending, is_pending, is_enabled: the line's state, for tests
 *          and for masking a line nobody handles.
 */
struct irq_chip {
	const char *name;
	unsigned int nr_irqs;
	int (*ack)(u32 *token);
	void (*eoi)(u32 token);
	void (*mask)(unsigned int irq);
	void (*unmask)(unsigned int irq);
	void (*set_pending)(unsigned int irq);
	void (*clear_pending)(unsigned int irq);
	bool (*is_pending)(unsigned int irq);
	bool (*is_enabled)(unsigned int irq);
};

/* Called once by the board's board_init_irq(), with every line masked. */
void irq_set_chip(const struct irq_chip *chip);

/* Number of usable lines: min(chip->nr_irqs, NR_IRQS), 0 before init_IRQ. */
unsigned int nr_irqs(void);

/*
 * Installs handler for irq and unmasks the line. 0, or -EINVAL (no such
 * line, no handler, no controller) or -EBUSY (the line is taken).
 */
int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev);

/*
 * Masks irq and removes its handler; dev must be the cookie request_irq
 * got. 0, or -EINVAL (reported on the console) when irq was not requested
 * with that dev.
 */
int free_irq(unsigned int irq, void *dev);

/* Unmask / mask one line at the controller. 0 or -EINVAL. */
int irq_enable_line(unsigned int irq);
int irq_disable_line(unsigned int irq);

/* Make a line pending from software (tests; SGIs on the GIC). 0 or -EINVAL. */
int irq_set_pending(unsigned int irq);
int irq_clear_pending(unsigned int irq);
bool irq_is_pending(unsigned int irq);
bool irq_is_enabled(unsigned int irq);

/* How often irq was dispatched (handled or not), as Linux's kstat_irqs. */
unsigned long kstat_irqs(unsigned int irq);
/* IRQ exceptions that found nothing pending at the controller. */
unsigned long irq_spurious_count(void);
/* Interrupts with no handler, or whose handler returned IRQ_NONE. */
unsigned long irq_unhandled_count(void);

/* True while do_IRQ is dispatching (the handlers' context). */
bool in_irq(void);

/*
 * Acknowledges and dispatches until nothing is pending; returns how many
 * interrupts it dispatched. do_IRQ's loop; tests call it with IRQs masked.
 */
unsigned int irq_handle_pending(void);

/* The IRQ vector's C entry (entry.S). */
void do_IRQ(struct pt_regs *regs);

/*
 * Called last by do_IRQ, IRQs masked, every EOI written: the scheduler
 * (kernel/sched/) may switch tasks here.
 */
void preempt_schedule_irq(void);

#endif
