// SPDX-License-Identifier: GPL-2.0
/*
 * What start_kernel calls for subsystems a board or configuration may not
 * have yet: weak no-ops, replaced by the real definitions when they are
 * linked in (arch/arm/kernel/irq.c, kernel/time.c, kernel/sched/core.c).
 */
#include <kernel/compiler.h>
#include <kernel/init.h>

__weak void sched_init(void)
{
}

__weak void init_IRQ(void)
{
}

__weak void time_init(void)
{
}
