/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tasks and the scheduler (kernel/sched/core.c, kernel/sched/kthread.c).
 *
 * One CPU, one run queue: a list of runnable tasks, served round robin
 * with a time slice of RR_TIMESLICE ticks. The running task stays on the
 * queue while it runs; when its slice ends (scheduler_tick), when it
 * yields, or when it is preempted it goes to the tail, and when it sleeps
 * it leaves the queue until wake_up_process puts it back at the tail.
 * The idle task runs only when the queue is empty and is never on it.
 *
 * Preemption: an interrupt that finds TIF_NEED_RESCHED set and
 * preempt_count() == 0 switches tasks on its way out
 * (preempt_schedule_irq), as does preempt_enable() when the count drops
 * back to 0. Code that must not be switched away from (a per-CPU list,
 * the allocators' free lists) runs between preempt_disable() and
 * preempt_enable(), or with IRQs masked when interrupt handlers touch the
 * same data.
 *
 * Sleeping follows Linux's protocol: set the task's state first
 * (set_current_state), then test the condition, then schedule(). A
 * wakeup between the test and schedule() just makes the state
 * TASK_RUNNING again, and schedule() keeps the task on the queue: no
 * wakeup is lost (<kernel/wait.h> builds wait_event on this).
 */
#ifndef _KERNEL_SCHED_H
#define _KERNEL_SCHED_H

#include <kernel/compiler.h>
#include <kernel/list.h>
#include <kernel/signal.h>
#include <kernel/thread_info.h>
#include <kernel/types.h>
#include <asm/irqflags.h>

typedef int pid_t;

/* Task states (Linux's values). */
#define TASK_RUNNING		0x0000
#define TASK_INTERRUPTIBLE	0x0001
#define TASK_UNINTERRUPTIBLE	0x0002
#define TASK_STOPPED		0x0004	/* Linux's __TASK_STOPPED: SIGCONT or SIGKILL wakes it */
#define TASK_DEAD		0x0080
#define TASK_NORMAL		(TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)

/* task_struct.flags (Linux's values). */
#define PF_IDLE			0x00000002	/* the idle task */
#define PF_EXITING		0x00000004	/* in do_exit */
#define PF_KTHREAD		0x00200000	/* a kernel thread */

#define TASK_COMM_LEN		16
/* Ticks a task runs before the next runnable one gets the CPU (100 ms at HZ=100). */
#define RR_TIMESLICE		10
#define MAX_SCHEDULE_TIMEOUT	0x7fffffffL

struct mm_struct;	/* the address-space issue defines it */

struct task_struct {
	volatile long state;		/* TASK_*; changed by wakeups from IRQs too */
	unsigned int flags;		/* PF_* */
	pid_t pid;
	char comm[TASK_COMM_LEN];
	void *stack;			/* THREAD_SIZE bytes, struct thread_info at the base */
	int usage;			/* references: get_task_struct/put_task_struct */

	/* The run queue: all below change only with IRQs masked. */
	struct list_head run_list;	/* on rq.queue while on_rq */
	bool on_rq;
	unsigned int time_slice;	/* ticks left in this slice */
	unsigned long nvcsw;		/* switches away while sleeping (voluntary) */
	unsigned long nivcsw;		/* switches away while runnable (involuntary, yield) */

	/* schedule_timeout: on the sleepers list, sorted by expiry. */
	struct list_head timeout_list;
	unsigned long timeout_expires;	/* in jiffies */

	/*
	 * Address space: mm is the task's own (NULL for a kernel thread),
	 * active_mm the one it runs on (a kernel thread borrows the last
	 * task's, as in Linux). switch_mm is called when it changes.
	 */
	struct mm_struct *mm;
	struct mm_struct *active_mm;
	struct files_struct *files;	/* open files; NULL: the console on 0, 1, 2 (kernel/file.c) */

	/* Family, for ps now and for fork/wait4 later. */
	struct task_struct *parent;
	struct list_head children;	/* this task's children, linked by sibling */
	struct list_head sibling;
	struct list_head tasks;		/* every task, for ps (init_task heads it) */
	int exit_code;
	bool wait_ref;			/* a forked child: its parent holds a reference until wait4 */
	unsigned int personality;	/* personality(2): ADDR_COMPAT_LAYOUT picks the legacy layout */

	/* Kernel threads. */
	int (*threadfn)(void *data);
	void *data;
	bool should_stop;		/* set by kthread_stop */
	bool exited;			/* do_exit has run: exit_code is final */

	/*
	 * Signals (<kernel/signal.h>, kernel/signal.c): all change with
	 * IRQs masked. saved_sigmask is the mask rt_sigsuspend replaced,
	 * put back after the handler's frame is built (restore_sigmask).
	 */
	sigset_t blocked;
	sigset_t saved_sigmask;
	bool restore_sigmask;
	bool syscall_interrupted;	/* r0 holds a -ERESTART* code for do_signal */
	bool stopped;			/* by SIGSTOP and co. until SIGCONT or a fatal signal */
	bool stop_reported;		/* to a wait4 with WUNTRACED, since the stop */
	int stop_sig;			/* the signal that stopped it */
	struct sigpending pending;
	struct sighand_struct *sighand;	/* NULL: every action SIG_DFL, no siginfo kept */
};

/* The boot context: pid 1, "init" (it runs the self-tests and the monitor). */
extern struct task_struct init_task;

static __always_inline struct task_struct *get_current(void)
{
	return current_thread_info()->task;
}
#define current get_current()

#define set_current_state(s)  WRITE_ONCE(current->state, (s))
#define __set_current_state(s) WRITE_ONCE(current->state, (s))

static inline struct thread_info *task_thread_info(struct task_struct *p)
{
	return (struct thread_info *)p->stack;
}

static inline bool need_resched(void)
{
	return test_ti_thread_flag(current_thread_info(), TIF_NEED_RESCHED);
}

static inline void set_tsk_need_resched(struct task_struct *p)
{
	set_ti_thread_flag(task_thread_info(p), TIF_NEED_RESCHED);
}

static inline void clear_tsk_need_resched(struct task_struct *p)
{
	clear_ti_thread_flag(task_thread_info(p), TIF_NEED_RESCHED);
}

/*
 * Preemption. The count lives in the running stack's thread_info; an
 * interrupt handler that changes it puts it back before it returns, so
 * the plain increment is safe on one CPU (as ARM Linux's is).
 */
static __always_inline int preempt_count(void)
{
	return READ_ONCE(current_thread_info()->preempt_count);
}

#define preempt_disable()                                \
	do {                                             \
		current_thread_info()->preempt_count++;  \
		barrier();                               \
	} while (0)

#define preempt_enable_no_resched()                      \
	do {                                             \
		barrier();                               \
		current_thread_info()->preempt_count--;  \
	} while (0)

/* Drops the count; at 0, with IRQs on and a reschedule pending, switches now. */
#define preempt_enable()                                                        \
	do {                                                                    \
		preempt_enable_no_resched();                                    \
		barrier();                                                      \
		if (unlikely(need_resched()) && preempt_count() == 0 && !irqs_disabled()) \
			preempt_schedule();                                     \
	} while (0)

/* The scheduler proper (kernel/sched/core.c). */

/* Runs the next task; the caller's state says whether it stays runnable. IRQs on. */
void schedule(void);
/* preempt_enable's slow path. */
void preempt_schedule(void);
/* Called last by do_IRQ, IRQs masked: switches if a reschedule is pending and allowed. */
void preempt_schedule_irq(void);
/* Calls schedule() if a reschedule is pending: for long loops in kernel code. */
int cond_resched(void);
/* Gives the CPU to the next runnable task; back at once if there is none (sched_yield). */
void yield(void);
int sys_sched_yield(void);
/* Makes p runnable (tail of the queue). 1 if it was asleep, 0 if already running. */
int wake_up_process(struct task_struct *p);
/* As wake_up_process, only if p's state is in the mask `state` (wait queues use it). */
int try_to_wake_up(struct task_struct *p, unsigned int state);
/* The timer interrupt, once a tick: the current slice, and the sleepers that are due. */
void scheduler_tick(void);

/*
 * Sleeps until woken or `timeout` jiffies have passed (the caller sets
 * its state first, as in Linux); returns the jiffies left, 0 on expiry.
 * MAX_SCHEDULE_TIMEOUT sleeps without a timeout.
 */
long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_uninterruptible(long timeout);
/* Sleeps at least msecs milliseconds (rounded up to whole ticks, plus one). */
void msleep(unsigned int msecs);

/* Task references: the task_struct is freed when the last one goes. */
static inline void get_task_struct(struct task_struct *p)
{
	p->usage++;
}
void put_task_struct(struct task_struct *p);

/* Kernel threads (kernel/sched/kthread.c). */

/*
 * A new kernel thread that will run fn(data), asleep until
 * wake_up_process(); name is a printf format. NULL on no memory.
 */
struct task_struct *kthread_create(int (*fn)(void *data), void *data, const char *namefmt, ...)
	__printf(3, 4);
/* kthread_create, then wake_up_process. */
#define kthread_run(fn, data, ...)                                                 \
	({                                                                         \
		struct task_struct *__k = kthread_create(fn, data, __VA_ARGS__);   \
		if (__k)                                                           \
			wake_up_process(__k);                                      \
		__k;                                                               \
	})
/*
 * Asks k to stop (kthread_should_stop() becomes true), wakes it and waits
 * for it to exit; returns its exit code (fn's result). k must not have
 * exited on its own before (the caller holds no reference otherwise).
 */
int kthread_stop(struct task_struct *k);
bool kthread_should_stop(void);
/* Ends the current kernel thread: TASK_DEAD; the next task frees its stack. */
void __noreturn do_exit(int code);
/*
 * Called by wait4 when init (pid 1) finds no child left, the sign that it
 * has done its boot-time work: the monitor's prompt may start (kernel/main.c).
 */
void init_settled(void);
/* do_exit's part for the family (kernel/exit.c), preemption off: orphans, wakeups. */
void exit_notify(struct task_struct *p);

/* Introspection, for ps, the self-tests and the benchmark. */
struct sched_stats {
	unsigned long nr_switches;	/* context switches so far */
	unsigned long nr_running;	/* tasks on the run queue */
	unsigned long idle_loops;	/* the idle task's WFIs */
	unsigned long nr_tasks;		/* tasks alive, idle and init included */
	unsigned long slice_expired;	/* time slices that ran out */
};
void sched_get_stats(struct sched_stats *st);
struct task_struct *idle_task(void);
/* Calls fn for every task (idle first, then the task list), IRQs masked. */
void for_each_task(void (*fn)(struct task_struct *p, void *arg), void *arg);
const char *task_state_name(const struct task_struct *p);

#endif
