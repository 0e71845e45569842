/* SPDX-License-Identifier: GPL-2.0 */
/*
 * jiffies: the count of periodic ticks since time_init() (kernel/time.c),
 * HZ per second, as in Linux's <linux/jiffies.h>. One unsigned long, so
 * it wraps (after 497 days at HZ = 100): compare with time_after(), never
 * with '<'.
 */
#ifndef _KERNEL_JIFFIES_H
#define _KERNEL_JIFFIES_H

#define HZ 100

extern volatile unsigned long jiffies;

/* True if a is later than b, across a wrap (Linux's definition). */
#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)

static inline unsigned int jiffies_to_msecs(unsigned long j)
{
	return (unsigned int)(j * (1000 / HZ));
}

static inline unsigned long msecs_to_jiffies(unsigned int m)
{
	return (m + (1000 / HZ) - 1) / (1000 / HZ);
}

/*
 * The tick: the board's timer interrupt handler calls it once per period.
 * It counts jiffies and calls scheduler_tick().
 */
void tick_handle_periodic(void);

/*
 * Called on every tick, in IRQ context: the scheduler (kernel/sched/)
 * charges the running task's time slice here.
 */
void scheduler_tick(void);

#endif
