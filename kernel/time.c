// SPDX-License-Identifier: GPL-2.0
/*
 * The periodic tick: jiffies, HZ times a second, from the board's timer
 * (board_timer_init). Under QEMU's -icount shift=0 one guest instruction
 * is one nanosecond of virtual time, so a tick is exactly
 * 1,000,000,000 / HZ = 10,000,000 guest instructions after the previous
 * one, interrupt handling included: jiffies measures guest instructions.
 */
#include <board.h>
#include <kernel/init.h>
#include <kernel/jiffies.h>
#include <kernel/printk.h>

volatile unsigned long jiffies;

/* The board's timer interrupt, once per 1/HZ s, IRQs masked. */
void tick_handle_periodic(void)
{
	jiffies++;
	scheduler_tick();
}

void time_init(void)
{
	board_timer_init(HZ);
	pr_info("time: periodic tick at %u Hz\n", HZ);
}
