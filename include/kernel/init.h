/* SPDX-License-Identifier: GPL-2.0 */
/* The boot steps start_kernel runs after the memory allocators (kernel/main.c). */
#ifndef _KERNEL_INIT_H
#define _KERNEL_INIT_H

/* The slab caches of process structures: mm_struct (kernel/fork.c). */
void proc_caches_init(void);
/* The scheduler: init_task becomes the idle task's predecessor (kernel/sched/). */
void sched_init(void);
/* The interrupt controller, with every line masked (arch/arm/kernel/irq.c, the board). */
void init_IRQ(void);
/* The periodic tick, HZ per second, and jiffies (kernel/time.c, the board's timer). */
void time_init(void);

#endif
