// SPDX-License-Identifier: GPL-2.0
/*
 * The end of a process as its family sees it: zombies, wait4, orphans
 * (Linux's kernel/exit.c, cut to one thread per process and no process
 * groups).
 *
 * A task exits through do_exit (kernel/sched/kthread.c), which records
 * the wait status in exit_code, sets exited and calls exit_notify with
 * preemption off, then switches away for good; the next task frees the
 * kernel stack. What is left, the task_struct, is the zombie: it lives as
 * long as a reference does. A forked child carries one for its parent
 * (wait_ref), which wait4 drops when it reaps.
 *
 * The parent of a user process gets SIGCHLD at the child's exit
 * (do_notify_parent), before the wakeup; by default it is ignored. A
 * parent sleeping in wait4 with a signal to act on returns -ERESTARTSYS:
 * -EINTR after a handler without SA_RESTART, restarted otherwise.
 *
 * Orphans go to init (pid 1). Once pid 1 has become the user program
 * /init (kernel/main.c), it reaps them with wait4 like any parent. Before
 * that, pid 1 is the boot task, which never calls wait4, so it reaps at
 * once: a zombie child of an exiting task is freed by exit_notify, and a
 * living one loses its wait_ref, so it is freed at its own exit like any
 * kernel thread.
 *
 * The children lists change with IRQs masked (as the scheduler's task
 * list). One CPU: a child seen with exited set has made its last switch,
 * since do_exit keeps preemption off from there to that switch.
 */
#include <kernel/errno.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <kernel/uaccess.h>
#include <kernel/wait.h>

/* Parents sleeping in wait4; every exit wakes them all. */
static DECLARE_WAIT_QUEUE_HEAD(wait_chldexit);

void exit_notify(struct task_struct *p)
{
	struct task_struct *c, *n;
	unsigned long flags;

	do_notify_parent(p, p->exit_code);	/* SIGCHLD: ignored unless the parent catches it */
	exit_signals(p);	/* the handlers go: a zombie keeps only its task_struct */
	local_irq_save(flags);
	list_for_each_entry_safe(c, n, &p->children, sibling) {
		list_del(&c->sibling);
		c->parent = &init_task;
		list_add_tail(&c->sibling, &init_task.children);
		/* A user /init reaps its adopted children with wait4; the kernel's does not. */
		if (c->wait_ref && !init_task.mm) {
			c->wait_ref = false;
			put_task_struct(c);	/* a zombie goes now, a living child at its exit */
		}
	}
	local_irq_restore(flags);
	wake_up_all(&wait_chldexit);
}

/* A stopped child wakes wait4 too, for WUNTRACED (do_signal_stop). */
void notify_parent_stopped(void)
{
	wake_up_all(&wait_chldexit);
}

/*
 * Looks for a child matching pid (-1 or less, or 0: any). Returns 1 and
 * detaches a zombie into *zombie, 2 with a stopped child not reported yet
 * in *zombie (WUNTRACED: it stays a child), 0 if matching children all
 * still run, -ECHILD if there is none.
 */
static int find_zombie(int pid, int options, struct task_struct **zombie)
{
	struct task_struct *c;
	unsigned long flags;
	int found = -ECHILD;

	local_irq_save(flags);
	list_for_each_entry(c, &current->children, sibling) {
		if (!c->wait_ref || (pid > 0 && c->pid != pid))
			continue;
		found = 0;
		if (READ_ONCE(c->exited)) {
			c->wait_ref = false;
			*zombie = c;
			found = 1;
			break;
		}
		if ((options & WUNTRACED) && READ_ONCE(c->stopped) && !c->stop_reported) {
			c->stop_reported = true;
			*zombie = c;
			found = 2;
			break;
		}
	}
	local_irq_restore(flags);
	return found;
}

long sys_wait4(int pid, int __user *status, int options, void __user *rusage)
{
	struct wait_queue_entry wait;
	struct task_struct *zombie = NULL;
	int ret, code;

	if (options & ~(WNOHANG | WUNTRACED))
		return -EINVAL;
	init_wait_entry(&wait, current);
	for (;;) {
		prepare_to_wait(&wait_chldexit, &wait, TASK_INTERRUPTIBLE);
		ret = find_zombie(pid, options, &zombie);
		if (ret)
			break;
		if (options & WNOHANG)
			break;
		if (signal_pending(current)) {	/* restarted after SA_RESTART or a stop */
			ret = syscall_interrupted(-ERESTARTSYS);
			break;
		}
		schedule();
	}
	finish_wait(&wait_chldexit, &wait);
	/* init waiting (not polling) with no child left: its boot-time work is done */
	if (ret == -ECHILD && current == &init_task && !(options & WNOHANG))
		init_settled();
	if (ret <= 0)
		return ret;
	if (ret == 2) {		/* stopped: Linux's status 0x7f | signal << 8 */
		ret = zombie->pid;
		code = zombie->stop_sig << 8 | 0x7f;
		if (status && put_user(code, status))
			return -EFAULT;
		return ret;
	}
	/* Reaped whatever the copy does, as Linux's kernel_wait4. */
	ret = zombie->pid;
	code = zombie->exit_code;
	put_task_struct(zombie);
	if (status && put_user(code, status))
		return -EFAULT;
	return ret;
}
