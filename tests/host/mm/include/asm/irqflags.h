/* SPDX-License-Identifier: GPL-2.0 */
/* The host tests' IRQ mask: there are no interrupts, so saving and restoring is bookkeeping. */
#ifndef _HOST_ASM_IRQFLAGS_H
#define _HOST_ASM_IRQFLAGS_H

#define local_irq_enable()	 do { } while (0)
#define local_irq_disable()	 do { } while (0)
#define local_irq_save(flags)	 ((flags) = 0)
#define local_irq_restore(flags) ((void)(flags))
#define irqs_disabled()		 0

#endif
