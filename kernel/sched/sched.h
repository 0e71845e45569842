/* SPDX-License-Identifier: GPL-2.0 */
/* The scheduler's private parts, shared by the files in kernel/sched/. */
#ifndef _KERNEL_SCHED_SCHED_H
#define _KERNEL_SCHED_SCHED_H

#include <kernel/jiffies.h>
#include <kernel/sched.h>
#include <kernel/sprintf.h>
#include <stdarg.h>

/* log2(THREAD_SIZE / PAGE_SIZE): kernel stacks are order-1 blocks. */
#define THREAD_SIZE_ORDER	1

/* The run queue: IRQs masked for every access (see core.c). */
struct rq {
	struct list_head queue;		/* runnable tasks, the running one at the head */
	unsigned long nr_running;	/* tasks on queue */
	struct task_struct *idle;	/* runs when queue is empty; never on it */
	struct list_head sleepers;	/* schedule_timeout, by expiry */
	unsigned long nr_tasks;		/* on init_task.tasks, plus init_task */
	unsigned long nr_switches;
	unsigned long idle_loops;
	unsigned long slice_expired;
};
extern struct rq rq;

/* arch/arm/kernel/switch.S */
struct thread_info *__switch_to(struct thread_info *prev, struct thread_info *next);
void ret_from_fork(void);

void __schedule_dead(void);
/* The address-space switch (a weak no-op in core.c until per-process page tables exist). */
struct mm_struct;
void switch_mm(struct mm_struct *prev, struct mm_struct *next, struct task_struct *tsk);
/* Every kernel thread's first function: current->threadfn(current->data), then do_exit. */
int kthread(void *unused);
struct task_struct *create_task(int (*fn)(void *), void *arg, const char *namefmt, va_list args);

#endif
