/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Wait queues (kernel/sched/wait.c), with Linux's names and protocol.
 *
 * A sleeper puts an entry on the queue and sets its task state, both with
 * IRQs masked (prepare_to_wait), and only then tests its condition; if
 * the condition is false it calls schedule(). A waker makes the condition
 * true first, then calls wake_up(), which sets the state of each queued
 * task back to TASK_RUNNING. So a wakeup that lands anywhere after
 * prepare_to_wait, even from an interrupt just before schedule(), is not
 * lost: schedule() sees TASK_RUNNING and keeps the task on the run queue.
 *
 *	DEFINE_WAIT(wait);
 *	for (;;) {
 *		prepare_to_wait(&wq, &wait, TASK_UNINTERRUPTIBLE);
 *		if (condition)
 *			break;
 *		schedule();
 *	}
 *	finish_wait(&wq, &wait);
 *
 * is what wait_event(wq, condition) expands to. The entry lives on the
 * sleeper's stack. Wakers may run in interrupt handlers; sleepers may not.
 *
 * Exclusive waiters (prepare_to_wait_exclusive) sit at the tail: wake_up()
 * wakes every non-exclusive waiter and one exclusive one, wake_up_all()
 * wakes everyone. There are no signals yet: the _interruptible forms sleep
 * in TASK_INTERRUPTIBLE (so ps shows S) and return 0.
 */
#ifndef _KERNEL_WAIT_H
#define _KERNEL_WAIT_H

#include <kernel/list.h>
#include <kernel/sched.h>
#include <kernel/types.h>

struct wait_queue_entry;

typedef int (*wait_queue_func_t)(struct wait_queue_entry *wq_entry, unsigned int mode, int flags,
				 void *key);

#define WQ_FLAG_EXCLUSIVE	0x01

struct wait_queue_entry {
	unsigned int flags;		/* WQ_FLAG_* */
	struct task_struct *private;	/* the sleeping task */
	wait_queue_func_t func;		/* how to wake it */
	struct list_head entry;
};
typedef struct wait_queue_entry wait_queue_entry_t;

struct wait_queue_head {
	struct list_head head;		/* changed with IRQs masked */
};
typedef struct wait_queue_head wait_queue_head_t;

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { .head = LIST_HEAD_INIT((name).head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

static inline void init_waitqueue_head(wait_queue_head_t *wq_head)
{
	INIT_LIST_HEAD(&wq_head->head);
}

/* Wakes the task and takes the entry off the queue (the default for DEFINE_WAIT). */
int autoremove_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode, int flags,
			     void *key);
/* Wakes the task, leaving the entry queued. */
int default_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode, int flags,
			  void *key);

#define DEFINE_WAIT_FUNC(name, function)                                         \
	struct wait_queue_entry name = {                                         \
		.private = current,                                              \
		.func = function,                                                \
		.entry = LIST_HEAD_INIT((name).entry),                           \
	}
#define DEFINE_WAIT(name) DEFINE_WAIT_FUNC(name, autoremove_wake_function)

static inline void init_wait_entry(struct wait_queue_entry *wq_entry, struct task_struct *p)
{
	wq_entry->flags = 0;
	wq_entry->private = p;
	wq_entry->func = autoremove_wake_function;
	INIT_LIST_HEAD(&wq_entry->entry);
}

static inline bool waitqueue_active(wait_queue_head_t *wq_head)
{
	return !list_empty(&wq_head->head);
}

/* Queue the entry (if it is not queued) and set the current task's state, IRQs masked. */
void prepare_to_wait(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry, int state);
void prepare_to_wait_exclusive(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry,
			       int state);
/* TASK_RUNNING again, and the entry off the queue if a wakeup has not taken it off. */
void finish_wait(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry);
void add_wait_queue(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry);
void remove_wait_queue(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry);

/*
 * Wakes the tasks sleeping in `mode` states: every non-exclusive waiter
 * and up to nr_exclusive exclusive ones (0: all). Returns how many it woke.
 * Callable from interrupt handlers.
 */
int __wake_up(wait_queue_head_t *wq_head, unsigned int mode, int nr_exclusive, void *key);

#define wake_up(x)			__wake_up(x, TASK_NORMAL, 1, NULL)
#define wake_up_nr(x, nr)		__wake_up(x, TASK_NORMAL, nr, NULL)
#define wake_up_all(x)			__wake_up(x, TASK_NORMAL, 0, NULL)
#define wake_up_interruptible(x)	__wake_up(x, TASK_INTERRUPTIBLE, 1, NULL)
#define wake_up_interruptible_all(x)	__wake_up(x, TASK_INTERRUPTIBLE, 0, NULL)

/*
 * The sleep loop. cmd is what sleeps (schedule() or a schedule_timeout);
 * condition is re-tested after every wakeup.
 */
#define ___wait_event(wq_head, condition, state, exclusive, cmd)                      \
	({                                                                             \
		struct wait_queue_entry __wq_entry;                                    \
		init_wait_entry(&__wq_entry, current);                                 \
		for (;;) {                                                             \
			if (exclusive)                                                 \
				prepare_to_wait_exclusive(&(wq_head), &__wq_entry, state); \
			else                                                           \
				prepare_to_wait(&(wq_head), &__wq_entry, state);       \
			if (condition)                                                 \
				break;                                                 \
			cmd;                                                           \
		}                                                                      \
		finish_wait(&(wq_head), &__wq_entry);                                  \
	})

/* Sleeps (TASK_UNINTERRUPTIBLE) until condition is true. */
#define wait_event(wq_head, condition)                                                 \
	do {                                                                           \
		if (condition)                                                         \
			break;                                                         \
		___wait_event(wq_head, condition, TASK_UNINTERRUPTIBLE, 0, schedule()); \
	} while (0)

/* As wait_event, in TASK_INTERRUPTIBLE. Returns 0 (-ERESTARTSYS once signals exist). */
#define wait_event_interruptible(wq_head, condition)                                   \
	({                                                                             \
		if (!(condition))                                                      \
			___wait_event(wq_head, condition, TASK_INTERRUPTIBLE, 0, schedule()); \
		0;                                                                     \
	})

/* As wait_event_interruptible, as an exclusive waiter (wake_up wakes one). */
#define wait_event_interruptible_exclusive(wq_head, condition)                         \
	({                                                                             \
		if (!(condition))                                                      \
			___wait_event(wq_head, condition, TASK_INTERRUPTIBLE, 1, schedule()); \
		0;                                                                     \
	})

/*
 * Sleeps until condition is true or timeout jiffies have passed. Returns
 * 0 if the timeout elapsed with condition false, else the jiffies left
 * (at least 1), as Linux's.
 */
#define wait_event_timeout(wq_head, condition, timeout)                                \
	({                                                                             \
		long __tmo = (timeout);                                                \
		if (!(condition))                                                      \
			___wait_event(wq_head, ((condition) ? (__tmo = __tmo ? __tmo : 1), 1 : !__tmo), \
				      TASK_UNINTERRUPTIBLE, 0, __tmo = schedule_timeout(__tmo)); \
		else if (!__tmo)                                                       \
			__tmo = 1;                                                     \
		__tmo;                                                                 \
	})

#endif
