/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The CPU's IRQ mask (CPSR.I), as Linux's arch/arm/include/asm/irqflags.h:
 * local_irq_save/restore nest, local_irq_enable/disable do not.
 */
#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H

#include <kernel/types.h>

#define PSR_I_BIT_MASK 0x80

static inline unsigned long arch_local_save_flags(void)
{
	unsigned long flags;

	__asm__ __volatile__("mrs %0, cpsr" : "=r"(flags) : : "memory", "cc");
	return flags;
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = arch_local_save_flags();

	__asm__ __volatile__("cpsid i" : : : "memory", "cc");
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("msr cpsr_c, %0" : : "r"(flags) : "memory", "cc");
}

#define local_irq_enable()	 __asm__ __volatile__("cpsie i" : : : "memory", "cc")
#define local_irq_disable()	 __asm__ __volatile__("cpsid i" : : : "memory", "cc")
#define local_irq_save(flags)	 ((flags) = arch_local_irq_save())
#define local_irq_restore(flags) arch_local_irq_restore(flags)
#define irqs_disabled()		 ((arch_local_save_flags() & PSR_I_BIT_MASK) != 0)

#endif
