// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel threads: creation, stopping and exit.
 *
 * A kernel thread runs fn(data) on its own THREAD_SIZE stack and ends when
 * fn returns (its result is the exit code) or calls do_exit. kthread_stop
 * is the polite way to end one from outside: it sets should_stop, wakes
 * the thread and sleeps until do_exit has run, holding a reference so the
 * task_struct (and so its exit code) outlives the stack.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/wait.h>
#include "sched.h"

/* Woken by every exiting kernel thread; kthread_stop waits here. */
static DECLARE_WAIT_QUEUE_HEAD(kthread_exit_wq);

struct task_struct *kthread_create(int (*fn)(void *data), void *data, const char *namefmt, ...)
{
	struct task_struct *p;
	va_list args;

	va_start(args, namefmt);
	p = create_task(fn, data, namefmt, args);
	va_end(args);
	return p;
}

/*
 * A thread stopped before it ever ran does not run its function at all
 * (kthread_stop then returns -EINTR), as in Linux.
 */
int kthread(void *unused)
{
	struct task_struct *self = current;

	if (kthread_should_stop())
		return -EINTR;
	return self->threadfn(self->data);
}

bool kthread_should_stop(void)
{
	return READ_ONCE(current->should_stop);
}

int kthread_stop(struct task_struct *k)
{
	int ret;

	get_task_struct(k);
	WRITE_ONCE(k->should_stop, true);
	wake_up_process(k);
	wait_event(kthread_exit_wq, READ_ONCE(k->exited));
	/* do_exit's last switch has happened, and its stack is free. */
	ret = k->exit_code;
	put_task_struct(k);
	return ret;
}

/*
 * Preemption stays off from here: once waiters are told the task exited,
 * it must not run again but for the final switch, after which the next
 * task frees the stack (finish_task_switch).
 */
void do_exit(int code)
{
	struct task_struct *p = current;

	if (p == &init_task)	/* Linux's words, and its rule: nothing may outlive init */
		panic("Attempted to kill init! exitcode=0x%08x", code);
	if (p->flags & PF_IDLE)
		panic("do_exit: %s (pid %d) exited with %d", p->comm, p->pid, code);
	preempt_disable();
	p->flags |= PF_EXITING;
	p->exit_code = code;
	WRITE_ONCE(p->exited, true);
	exit_notify(p);
	wake_up_all(&kthread_exit_wq);
	local_irq_disable();
	set_current_state(TASK_DEAD);
	/* schedule(), without its check for preempt_count 0: this task never returns. */
	__schedule_dead();
	panic("do_exit: dead task %d scheduled again", p->pid);
}
