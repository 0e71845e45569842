// SPDX-License-Identifier: GPL-2.0
/*
 * Wait queues: the queue operations behind <kernel/wait.h>. Each list
 * change runs with IRQs masked, because interrupt handlers wake (and
 * so, with autoremove_wake_function, unlink) entries too.
 */
#include <kernel/sched.h>
#include <kernel/wait.h>

int default_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode, int flags,
			  void *key)
{
	return try_to_wake_up(wq_entry->private, mode);
}

int autoremove_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode, int flags,
			     void *key)
{
	int ret = default_wake_function(wq_entry, mode, flags, key);

	if (ret)
		list_del_init(&wq_entry->entry);
	return ret;
}

void add_wait_queue(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	local_irq_save(flags);
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	list_add(&wq_entry->entry, &wq_head->head);
	local_irq_restore(flags);
}

void remove_wait_queue(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	local_irq_save(flags);
	list_del_init(&wq_entry->entry);
	local_irq_restore(flags);
}

/* Non-exclusive waiters at the head, exclusive ones at the tail, as Linux keeps them. */
void prepare_to_wait(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;

	local_irq_save(flags);
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	if (list_empty(&wq_entry->entry))
		list_add(&wq_entry->entry, &wq_head->head);
	set_current_state(state);
	local_irq_restore(flags);
}

void prepare_to_wait_exclusive(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry,
			       int state)
{
	unsigned long flags;

	local_irq_save(flags);
	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	if (list_empty(&wq_entry->entry))
		list_add_tail(&wq_entry->entry, &wq_head->head);
	set_current_state(state);
	local_irq_restore(flags);
}

void finish_wait(wait_queue_head_t *wq_head, struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	__set_current_state(TASK_RUNNING);
	local_irq_save(flags);
	if (!list_empty(&wq_entry->entry))
		list_del_init(&wq_entry->entry);
	local_irq_restore(flags);
}

int __wake_up(wait_queue_head_t *wq_head, unsigned int mode, int nr_exclusive, void *key)
{
	struct wait_queue_entry *curr, *next;
	unsigned long flags;
	int woken = 0;

	local_irq_save(flags);
	list_for_each_entry_safe(curr, next, &wq_head->head, entry) {
		unsigned int wflags = curr->flags;
		int ret = curr->func(curr, mode, 0, key);

		if (ret > 0)
			woken++;
		if (ret && (wflags & WQ_FLAG_EXCLUSIVE) && !--nr_exclusive)
			break;
	}
	local_irq_restore(flags);
	return woken;
}
