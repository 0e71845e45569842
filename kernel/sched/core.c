// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler: one CPU, one run queue, round robin with time slices.
 *
 * Invariants (all with IRQs masked, the only lock on one CPU: the timer
 * interrupt and wakeups from handlers touch the same lists):
 *
 *  - rq.queue holds exactly the tasks with on_rq set: the runnable ones,
 *    the running task included (it is at the head while it runs). The
 *    idle task is never on it; it runs only when the queue is empty.
 *  - A task leaves the queue only in __schedule, when it switches away
 *    with a state other than TASK_RUNNING and was not preempted (a task
 *    preempted between set_current_state and schedule() stays queued:
 *    it has not slept yet, as in Linux's SM_PREEMPT).
 *  - A task joins the queue only in try_to_wake_up, at the tail.
 *  - Every task that is not running has preempt_count >= 1 (it is inside
 *    schedule() or preempt_schedule_irq, or new with FORK_PREEMPT_COUNT)
 *    and its cpu_context says where it resumes.
 *  - rq.sleepers holds the tasks in schedule_timeout, sorted by expiry.
 *
 * Who frees what: a task_struct has a reference count (usage); the task
 * holds one on itself while it lives. A dying task cannot free the stack
 * it runs on, so do_exit switches away for the last time in TASK_DEAD and
 * the next task, in finish_task_switch, frees the stack and drops that
 * reference (Linux's put_task_stack/put_task_struct from
 * finish_task_switch).
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/wait.h>
#include <asm/page.h>
#include "sched.h"

/* The stack's thread_info offsets used by arch/arm/kernel/switch.S. */
BUILD_BUG_ON(__builtin_offsetof(struct thread_info, flags) != TI_FLAGS);
BUILD_BUG_ON(__builtin_offsetof(struct thread_info, preempt_count) != TI_PREEMPT);
BUILD_BUG_ON(__builtin_offsetof(struct thread_info, task) != TI_TASK);
BUILD_BUG_ON(__builtin_offsetof(struct thread_info, cpu_context) != TI_CPU_CONTEXT);
BUILD_BUG_ON(sizeof(struct cpu_context_save) != TI_CPU_CONTEXT_SIZE);
BUILD_BUG_ON(__builtin_offsetof(struct cpu_context_save, pc) != TI_CPU_CONTEXT_SIZE - 4);
BUILD_BUG_ON(__builtin_offsetof(struct thread_info, tp_value) != TI_TP_VALUE);
BUILD_BUG_ON(THREAD_SIZE != PAGE_SIZE << THREAD_SIZE_ORDER);

struct rq rq = {
	.queue = LIST_HEAD_INIT(rq.queue),
	.sleepers = LIST_HEAD_INIT(rq.sleepers),
};

struct task_struct init_task = {
	.state = TASK_RUNNING,
	.pid = 1,
	.comm = "init",
	.stack = &init_thread_union,
	.usage = 1,
	.run_list = LIST_HEAD_INIT(init_task.run_list),
	.time_slice = RR_TIMESLICE,
	.timeout_list = LIST_HEAD_INIT(init_task.timeout_list),
	.children = LIST_HEAD_INIT(init_task.children),
	.sibling = LIST_HEAD_INIT(init_task.sibling),
	.tasks = LIST_HEAD_INIT(init_task.tasks),
};

static struct kmem_cache *task_struct_cachep;
static pid_t last_pid = 1;

/* The stacks and the previous task's state, for the stack-overflow check. */
static void check_stack_end(struct task_struct *p)
{
	if (unlikely(*end_of_stack(task_thread_info(p)) != STACK_END_MAGIC))
		panic("sched: kernel stack overflow in pid %d (%s): the canary above its thread_info is gone",
		      p->pid, p->comm);
}

static void enqueue_task(struct task_struct *p)
{
	list_add_tail(&p->run_list, &rq.queue);
	p->on_rq = true;
	rq.nr_running++;
}

static void dequeue_task(struct task_struct *p)
{
	list_del_init(&p->run_list);
	p->on_rq = false;
	rq.nr_running--;
}

/* The next task to run: the head of the queue, or the idle task. */
static struct task_struct *pick_next_task(void)
{
	if (list_empty(&rq.queue))
		return rq.idle;
	return list_first_entry(&rq.queue, struct task_struct, run_list);
}

/*
 * After the switch, in the next task's context with IRQs masked: a dead
 * prev's stack and self-reference go now, as nothing runs on them any
 * more.
 */
static void finish_task_switch(struct task_struct *prev)
{
	if (unlikely(prev->state == TASK_DEAD)) {
		free_pages((unsigned long)prev->stack, THREAD_SIZE_ORDER);
		prev->stack = NULL;
		put_task_struct(prev);
	}
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	struct thread_info *last;

	/*
	 * switch_mm goes HERE: a kernel thread (mm == NULL) borrows the
	 * previous address space (lazy TLB, as Linux); a task with its own
	 * mm switches to it when it is not already loaded. The address-space
	 * issue adds the mm reference counting (mmgrab/mmdrop) around this.
	 */
	if (!next->mm) {
		next->active_mm = prev->active_mm;
	} else {
		if (next->mm != prev->active_mm)
			switch_mm(prev->active_mm, next->mm, next);
		next->active_mm = next->mm;
	}
	if (!prev->mm)
		prev->active_mm = NULL;

	rq.nr_switches++;
	last = __switch_to(task_thread_info(prev), task_thread_info(next));
	/* Here we are `next`, and last is the task we came from. */
	finish_task_switch(last->task);
}

/*
 * The scheduler core. IRQs masked, preemption disabled by the caller.
 * preempt is true when called from an interrupt's exit or preempt_enable:
 * then prev stays runnable whatever its state says.
 */
static void __schedule(bool preempt)
{
	struct task_struct *prev = current, *next;

	check_stack_end(prev);
	clear_tsk_need_resched(prev);
	if (prev != rq.idle) {
		if (!preempt && prev->state != TASK_RUNNING) {
			if (prev->on_rq)
				dequeue_task(prev);
			prev->nvcsw++;
		} else if (prev->on_rq) {
			/* Round robin: still runnable, so behind everyone else. */
			list_move_tail(&prev->run_list, &rq.queue);
		}
	}
	next = pick_next_task();
	if (next == prev)
		return;
	if (prev->state == TASK_RUNNING || preempt)
		prev->nivcsw++;
	context_switch(prev, next);
}

/* do_exit's last switch: prev is TASK_DEAD, IRQs masked, preemption off. */
void __schedule_dead(void)
{
	__schedule(false);
}

/*
 * Called by ret_from_fork (arch/arm/kernel/switch.S) as a new task's first
 * C: finish the switch, then IRQs and preemption on for the thread's
 * function (a new task starts with preempt_count 1, FORK_PREEMPT_COUNT).
 */
void schedule_tail(struct thread_info *prev);
void schedule_tail(struct thread_info *prev)
{
	finish_task_switch(prev->task);
	preempt_enable_no_resched();
	local_irq_enable();
}

void schedule(void)
{
	unsigned long flags;

	if (WARN_ON(preempt_count() != 0))
		pr_err("sched: schedule() from pid %d with preempt_count %d\n", current->pid,
		       preempt_count());
	preempt_disable();
	local_irq_save(flags);
	__schedule(false);
	local_irq_restore(flags);
	preempt_enable_no_resched();
}

void preempt_schedule(void)
{
	unsigned long flags;

	if (preempt_count() || irqs_disabled())
		return;
	do {
		preempt_disable();
		local_irq_save(flags);
		__schedule(true);
		local_irq_restore(flags);
		preempt_enable_no_resched();
	} while (need_resched());
}

/*
 * The interrupt's way out (do_IRQ calls this last, IRQs masked, on the
 * interrupted task's stack above its pt_regs). The switch happens with
 * IRQs still masked; the interrupted task resumes later right here and
 * returns through the IRQ exit, which restores its own CPSR.
 */
void preempt_schedule_irq(void)
{
	if (preempt_count() || !rq.idle)
		return;
	while (need_resched()) {
		preempt_disable();
		__schedule(true);
		preempt_enable_no_resched();
	}
}

int cond_resched(void)
{
	if (need_resched() && preempt_count() == 0 && !irqs_disabled()) {
		preempt_schedule();
		return 1;
	}
	return 0;
}

void yield(void)
{
	set_current_state(TASK_RUNNING);
	schedule();
}

int sys_sched_yield(void)
{
	yield();
	return 0;
}

int try_to_wake_up(struct task_struct *p, unsigned int state)
{
	unsigned long flags;
	int woken = 0;

	local_irq_save(flags);
	if (p->state & state) {
		WRITE_ONCE(p->state, TASK_RUNNING);
		if (!p->on_rq)
			enqueue_task(p);
		/* The idle task gives way at once; others at their slice's end. */
		if (rq.idle && current == rq.idle)
			set_tsk_need_resched(current);
		woken = 1;
	}
	local_irq_restore(flags);
	return woken;
}

int wake_up_process(struct task_struct *p)
{
	return try_to_wake_up(p, TASK_NORMAL);
}

void scheduler_tick(void)
{
	struct task_struct *p = current, *s;

	if (!rq.idle)	/* before sched_init */
		return;
	/* Sleepers whose timeout expired, earliest first. */
	while (!list_empty(&rq.sleepers)) {
		s = list_first_entry(&rq.sleepers, struct task_struct, timeout_list);
		if (time_before(jiffies, s->timeout_expires))
			break;
		list_del_init(&s->timeout_list);
		wake_up_process(s);
	}
	if (p == rq.idle)
		return;
	if (p->time_slice > 1) {
		p->time_slice--;
		return;
	}
	p->time_slice = RR_TIMESLICE;
	rq.slice_expired++;
	if (rq.nr_running > 1)
		set_tsk_need_resched(p);
}

/* Adds p to the sleepers, in expiry order (after those expiring at the same tick). */
static void add_sleeper(struct task_struct *p, unsigned long expires)
{
	struct task_struct *s;

	p->timeout_expires = expires;
	list_for_each_entry(s, &rq.sleepers, timeout_list) {
		if (time_before(expires, s->timeout_expires)) {
			list_add_tail(&p->timeout_list, &s->timeout_list);
			return;
		}
	}
	list_add_tail(&p->timeout_list, &rq.sleepers);
}

long schedule_timeout(long timeout)
{
	unsigned long expire, flags;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		pr_err("sched: schedule_timeout(%ld): negative timeout\n", timeout);
		__set_current_state(TASK_RUNNING);
		return 0;
	}
	expire = jiffies + timeout;
	local_irq_save(flags);
	add_sleeper(current, expire);
	local_irq_restore(flags);

	schedule();

	local_irq_save(flags);
	if (!list_empty(&current->timeout_list))
		list_del_init(&current->timeout_list);
	local_irq_restore(flags);
	timeout = (long)(expire - jiffies);
	return timeout < 0 ? 0 : timeout;
}

long schedule_timeout_interruptible(long timeout)
{
	__set_current_state(TASK_INTERRUPTIBLE);
	return schedule_timeout(timeout);
}

long schedule_timeout_uninterruptible(long timeout)
{
	__set_current_state(TASK_UNINTERRUPTIBLE);
	return schedule_timeout(timeout);
}

void msleep(unsigned int msecs)
{
	long timeout = (long)msecs_to_jiffies(msecs) + 1;

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}

void put_task_struct(struct task_struct *p)
{
	unsigned long flags;

	if (WARN_ON(p->usage <= 0))
		return;
	if (--p->usage)
		return;
	if (WARN_ON(p == &init_task || p->state != TASK_DEAD))
		return;
	local_irq_save(flags);
	list_del(&p->tasks);
	list_del(&p->sibling);
	rq.nr_tasks--;
	local_irq_restore(flags);
	kmem_cache_free(task_struct_cachep, p);
}

/*
 * A task that starts in ret_from_fork, runs kthread() and so fn(arg), asleep in
 * TASK_UNINTERRUPTIBLE until wake_up_process (not yet on any list but the
 * task list). The stack is THREAD_SIZE bytes from the buddy allocator,
 * naturally aligned to its order and so to THREAD_SIZE.
 */
struct task_struct *create_task(int (*fn)(void *), void *arg, const char *namefmt, va_list args)
{
	struct task_struct *p;
	struct thread_info *ti;
	unsigned long stack, flags;

	if (WARN_ON(!task_struct_cachep))
		return NULL;
	p = kmem_cache_zalloc(task_struct_cachep, GFP_KERNEL);
	if (!p)
		return NULL;
	stack = __get_free_pages(GFP_KERNEL, THREAD_SIZE_ORDER);
	if (!stack) {
		kmem_cache_free(task_struct_cachep, p);
		return NULL;
	}
	WARN_ON(!IS_ALIGNED(stack, THREAD_SIZE));

	ti = (struct thread_info *)stack;
	memset(ti, 0, sizeof(*ti));
	ti->task = p;
	ti->preempt_count = 1;		/* FORK_PREEMPT_COUNT: schedule_tail drops it */
	ti->cpu_context.r4 = (unsigned long)kthread;	/* ret_from_fork calls r4(r5) */
	ti->cpu_context.r5 = 0;
	ti->cpu_context.fp = 0;
	ti->cpu_context.sp = stack + THREAD_SIZE;
	ti->cpu_context.pc = (unsigned long)ret_from_fork;
	*end_of_stack(ti) = STACK_END_MAGIC;

	p->state = TASK_UNINTERRUPTIBLE;
	p->flags = PF_KTHREAD;
	p->stack = ti;
	p->usage = 1;
	p->time_slice = RR_TIMESLICE;
	p->threadfn = fn;
	p->data = arg;
	vsnprintf(p->comm, sizeof(p->comm), namefmt, args);
	INIT_LIST_HEAD(&p->run_list);
	INIT_LIST_HEAD(&p->timeout_list);
	INIT_LIST_HEAD(&p->children);
	/* Kernel threads are init's children (Linux: kthreadd's). */
	p->parent = &init_task;

	local_irq_save(flags);
	p->pid = ++last_pid;
	list_add_tail(&p->sibling, &init_task.children);
	list_add_tail(&p->tasks, &init_task.tasks);
	rq.nr_tasks++;
	local_irq_restore(flags);
	return p;
}

/*
 * The idle task: runs only when no task is runnable. WFI with IRQs masked
 * wakes on a pending interrupt all the same; unmasking then takes it, and
 * the handler's wakeup sets TIF_NEED_RESCHED on us, so no wakeup can slip
 * in between the test and the WFI.
 */
static int idle_fn(void *unused)
{
	for (;;) {
		local_irq_disable();
		if (!need_resched()) {
			rq.idle_loops++;
			board_idle();
		}
		local_irq_enable();
		if (need_resched())
			schedule();
	}
	return 0;
}

static struct task_struct *create_idle(const char *fmt, ...)
{
	struct task_struct *idle;
	va_list args;

	va_start(args, fmt);
	idle = create_task(idle_fn, NULL, fmt, args);
	va_end(args);
	return idle;
}

/*
 * The boot context becomes init_task (pid 1, "init": it goes on to run the
 * self-tests and the monitor), and the idle task (pid 0, "swapper", as
 * Linux names it) is created beside it.
 */
void sched_init(void)
{
	struct thread_info *ti = &init_thread_union.thread_info;
	struct task_struct *idle;
	unsigned long flags;

	BUG_ON(current_thread_info() != ti);
	task_struct_cachep = kmem_cache_create("task_struct", sizeof(struct task_struct), 0,
					       SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	ti->task = &init_task;
	*end_of_stack(ti) = STACK_END_MAGIC;

	local_irq_save(flags);
	enqueue_task(&init_task);
	init_task.state = TASK_RUNNING;
	rq.nr_tasks = 1;
	local_irq_restore(flags);

	idle = create_idle("swapper");
	BUG_ON(!idle);
	local_irq_save(flags);
	list_del(&idle->tasks);
	list_del_init(&idle->sibling);
	rq.nr_tasks--;		/* counted apart: sched_get_stats adds it */
	idle->pid = 0;
	idle->parent = idle;
	init_task.parent = idle;	/* ppid 0, as Linux's init */
	idle->flags |= PF_IDLE;
	idle->state = TASK_RUNNING;	/* runnable, but never on the queue */
	rq.idle = idle;
	last_pid = 1;
	local_irq_restore(flags);
	pr_info("sched: round robin, %d-tick slices (%d ms), init pid %d, idle pid %d\n",
		RR_TIMESLICE, RR_TIMESLICE * 1000 / HZ, init_task.pid, idle->pid);
}

struct task_struct *idle_task(void)
{
	return rq.idle;
}

void sched_get_stats(struct sched_stats *st)
{
	unsigned long flags;

	local_irq_save(flags);
	st->nr_switches = rq.nr_switches;
	st->nr_running = rq.nr_running;
	st->idle_loops = rq.idle_loops;
	st->nr_tasks = rq.nr_tasks + (rq.idle ? 1 : 0);
	st->slice_expired = rq.slice_expired;
	local_irq_restore(flags);
}

/*
 * Preemption off keeps every task alive meanwhile: tasks are freed only
 * by a task switch (and put_task_struct from task context).
 */
void for_each_task(void (*fn)(struct task_struct *p, void *arg), void *arg)
{
	struct task_struct *p;

	preempt_disable();
	if (rq.idle)
		fn(rq.idle, arg);
	fn(&init_task, arg);
	list_for_each_entry(p, &init_task.tasks, tasks)
		fn(p, arg);
	preempt_enable();
}

const char *task_state_name(const struct task_struct *p)
{
	switch (p->state) {
	case TASK_RUNNING:
		return "R";
	case TASK_INTERRUPTIBLE:
		return "S";
	case TASK_UNINTERRUPTIBLE:
		return "D";
	case TASK_STOPPED:
		return "T";
	case TASK_DEAD:
		return p->wait_ref ? "Z" : "X";	/* a zombie waits for wait4 */
	default:
		return "?";
	}
}
