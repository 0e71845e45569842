// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "sched": tasks, the context switch and the scheduler (issue 6).
 *
 *  - the boot context is init (pid 1) on init_thread_union; the idle task
 *    (pid 0) exists and is never on the run queue;
 *  - kernel threads run fn(arg) on their own aligned stack with IRQs and
 *    preemption on, exit by returning or by do_exit, and give back their
 *    task_struct and stack (slab objects and buddy pages counted before
 *    and after); kthread_stop returns the exit code;
 *  - yield() alternates two threads in a fixed order;
 *  - wait queues: wait_event sleeps until a wake_up, wake_up_all wakes every
 *    waiter, wake_up one exclusive waiter, and a wakeup that lands between
 *    the condition test and schedule() (as from an interrupt) is not lost;
 *  - preemption: a task preempted before it sleeps stays runnable;
 *    preempt_disable() holds off an interrupt's reschedule and
 *    preempt_enable() performs it; with the tick, two busy threads that
 *    never yield both run, schedule_timeout and msleep sleep at least
 *    their ticks, and the idle task executes WFI while all sleep.
 *
 * The tick comes from another piece of work (the timer interrupt calls
 * scheduler_tick): the cases that need it are skipped when jiffies does
 * not advance.
 *
 * The threads never use EXPECT/ASSERT themselves (an ASSERT longjmps to
 * the case's stack): they record what they see in shared variables that
 * the case checks once the threads are gone.
 */
#include <kernel/bench.h>
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/jiffies.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/wait.h>

/* 30 ms of guest time at -icount shift=0: three ticks at HZ=100. */
#define TICK_PROBE_INSNS 30000000ULL

static int tick_state;	/* 0 unknown, 1 ticking, -1 no tick */

static bool tick_running(void)
{
	unsigned long j0 = jiffies;
	u64 start = bench_clock(), now;

	if (tick_state)
		return tick_state > 0;
	tick_state = -1;
	if (!start)
		return false;
	do {
		if (jiffies != j0) {
			tick_state = 1;
			break;
		}
		now = bench_clock();
	} while (now - start < TICK_PROBE_INSNS);
	return tick_state > 0;
}

#define NEED_TICK(t)                                                             \
	do {                                                                     \
		if (!tick_running())                                             \
			ktest_skip(t, "no timer tick yet (jiffies does not advance)"); \
	} while (0)

/* Lets every runnable thread run, a few rounds. */
static void yield_rounds(int n)
{
	while (n--)
		yield();
}

static struct kmem_cache *task_cache;

static void find_task_cache(struct kmem_cache *c, void *arg)
{
	if (!strcmp(kmem_cache_name(c), "task_struct"))
		task_cache = c;
}

/* What the task_struct cache, the buddy and the scheduler hold. */
struct footprint {
	unsigned long objs;	/* task_structs in use (not in the per-cpu array) */
	unsigned long pages;	/* free pages, per-cpu lists drained */
	unsigned long tasks;
};

static void footprint(struct footprint *f)
{
	struct slabinfo si;
	struct sched_stats st;

	if (!task_cache)
		for_each_kmem_cache(find_task_cache, NULL);
	get_slabinfo(task_cache, &si);
	f->objs = si.active_objs - si.cpu_avail;
	drain_local_pages(NULL);
	f->pages = nr_free_pages();
	sched_get_stats(&st);
	f->tasks = st.nr_tasks;
}

static void boot_context_is_init(struct ktest *t)
{
	struct task_struct *idle = idle_task();

	EXPECT_PTR_EQ(t, current, &init_task);
	EXPECT_EQ(t, current->pid, 1);
	EXPECT_STREQ(t, current->comm, "init");
	EXPECT_PTR_EQ(t, current_thread_info(), &init_thread_union.thread_info);
	EXPECT_PTR_EQ(t, task_thread_info(current)->task, current);
	EXPECT_EQ(t, preempt_count(), 0);
	EXPECT_EQ_HEX(t, *end_of_stack(current_thread_info()), (unsigned long)STACK_END_MAGIC);
	ASSERT_NOT_NULL(t, idle);
	EXPECT_EQ(t, idle->pid, 0);
	EXPECT_STREQ(t, idle->comm, "swapper");
	EXPECT_FALSE(t, idle->on_rq);
	EXPECT_TRUE(t, current->on_rq);
	EXPECT_PTR_EQ(t, current->mm, NULL);
}

/* What a thread saw of itself. */
struct self_record {
	struct task_struct *task;
	struct thread_info *ti;
	pid_t pid;
	int preempt;
	bool irqs_off;
	bool canary;
	bool ran;
	int ret;
};

static int record_self(void *arg)
{
	struct self_record *r = arg;

	r->task = current;
	r->ti = current_thread_info();
	r->pid = current->pid;
	r->preempt = preempt_count();
	r->irqs_off = irqs_disabled();
	r->canary = *end_of_stack(r->ti) == STACK_END_MAGIC;
	r->ran = true;
	return r->ret;
}

#define NR_THREADS 4

/* Creates, runs and stops NR_THREADS record_self threads; returns how many ran. */
static int run_recorders(struct ktest *t, struct self_record *r, struct task_struct **k)
{
	int i, ran = 0;

	for (i = 0; i < NR_THREADS; i++) {
		memset(&r[i], 0, sizeof(r[i]));
		r[i].ret = 100 + i;
		k[i] = kthread_create(record_self, &r[i], "rec/%d", i);
		if (!k[i])
			continue;
		get_task_struct(k[i]);	/* kept until after kthread_stop */
		EXPECT_EQ(t, k[i]->state, TASK_UNINTERRUPTIBLE);
		EXPECT_FALSE(t, r[i].ran);
		wake_up_process(k[i]);
	}
	yield_rounds(2);	/* they run (a thread stopped before it ran would not) */
	for (i = 0; i < NR_THREADS; i++) {
		if (!k[i])
			continue;
		EXPECT_EQ(t, kthread_stop(k[i]), 100 + i);
		EXPECT_EQ(t, k[i]->state, TASK_DEAD);
		EXPECT_PTR_EQ(t, k[i]->stack, NULL);	/* freed by the task after it */
		put_task_struct(k[i]);
		ran += r[i].ran;
	}
	return ran;
}

static void kthreads_run_exit_and_free(struct ktest *t)
{
	struct self_record r[NR_THREADS];
	struct task_struct *k[NR_THREADS];
	struct footprint before, after;
	int i;

	run_recorders(t, r, k);		/* warm up: the cache gets its slab */
	footprint(&before);
	ASSERT_EQ(t, run_recorders(t, r, k), NR_THREADS);
	footprint(&after);
	for (i = 0; i < NR_THREADS; i++) {
		EXPECT_PTR_EQ(t, r[i].task, k[i]);
		EXPECT_GT(t, r[i].pid, 1);
		EXPECT_NE(t, r[i].pid, r[(i + 1) % NR_THREADS].pid);
		EXPECT_TRUE(t, IS_ALIGNED((unsigned long)r[i].ti, THREAD_SIZE));
		EXPECT_PTR_NE(t, r[i].ti, &init_thread_union.thread_info);
		EXPECT_EQ(t, r[i].preempt, 0);
		EXPECT_FALSE(t, r[i].irqs_off);
		EXPECT_TRUE(t, r[i].canary);
	}
	EXPECT_EQ(t, after.objs, before.objs);
	EXPECT_EQ(t, after.pages, before.pages);
	EXPECT_EQ(t, after.tasks, before.tasks);
}

static volatile int exit_count;

static int exit_by_itself(void *arg)
{
	exit_count++;
	if (arg)
		do_exit(7);
	return 0;
}

/* Threads that nobody waits for: dead and freed once the next task runs. */
static void kthreads_exit_unreferenced(struct ktest *t)
{
	struct footprint before, after;
	struct task_struct *k;
	int i, rounds = 0;

	footprint(&before);
	exit_count = 0;
	for (i = 0; i < 3; i++)
		EXPECT_NOT_NULL(t, kthread_run(exit_by_itself, i == 1 ? (void *)1 : NULL, "exit/%d", i));
	do {
		yield();
		footprint(&after);
	} while (after.tasks != before.tasks && ++rounds < 100);
	EXPECT_EQ(t, exit_count, 3);
	EXPECT_EQ(t, after.tasks, before.tasks);
	EXPECT_EQ(t, after.objs, before.objs);
	EXPECT_EQ(t, after.pages, before.pages);

	/* do_exit's code reaches kthread_stop when the caller holds a reference. */
	k = kthread_create(exit_by_itself, (void *)1, "exit/code");
	ASSERT_NOT_NULL(t, k);
	get_task_struct(k);
	wake_up_process(k);
	yield_rounds(2);
	EXPECT_EQ(t, k->state, TASK_DEAD);
	EXPECT_EQ(t, kthread_stop(k), 7);
	put_task_struct(k);
}

static volatile int stop_wakeups;

static int sleep_until_stopped(void *arg)
{
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
		stop_wakeups++;
	}
	__set_current_state(TASK_RUNNING);
	return 42;
}

static void kthread_stop_wakes_and_reaps(struct ktest *t)
{
	struct task_struct *k;

	stop_wakeups = 0;
	k = kthread_run(sleep_until_stopped, NULL, "sleeper");
	ASSERT_NOT_NULL(t, k);
	yield_rounds(3);
	EXPECT_EQ(t, k->state, TASK_INTERRUPTIBLE);
	EXPECT_FALSE(t, k->on_rq);
	EXPECT_EQ(t, stop_wakeups, 0);
	EXPECT_EQ(t, kthread_stop(k), 42);
	EXPECT_EQ(t, stop_wakeups, 1);

	/* Stopped before it ever ran: its function never runs. */
	stop_wakeups = 0;
	k = kthread_create(sleep_until_stopped, NULL, "never");
	ASSERT_NOT_NULL(t, k);
	EXPECT_EQ(t, kthread_stop(k), -EINTR);
	EXPECT_EQ(t, stop_wakeups, 0);
}

static char yield_log[32];
static volatile unsigned int yield_pos;
static DECLARE_WAIT_QUEUE_HEAD(done_wq);
static volatile int done_count;

static int yield_writer(void *arg)
{
	int i;

	for (i = 0; i < 5; i++) {
		if (yield_pos < sizeof(yield_log) - 1)
			yield_log[yield_pos++] = *(const char *)arg;
		yield();
	}
	done_count++;
	wake_up(&done_wq);
	return 0;
}

/* Fresh threads have whole slices: the tick cannot reorder these few steps. */
static void yield_alternates(struct ktest *t)
{
	struct sched_stats s0, s1;
	struct task_struct *a, *b;

	memset(yield_log, 0, sizeof(yield_log));
	yield_pos = 0;
	done_count = 0;
	sched_get_stats(&s0);
	a = kthread_create(yield_writer, "A", "yield/A");
	b = kthread_create(yield_writer, "B", "yield/B");
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	preempt_disable();	/* a tick in between must not let A start alone */
	wake_up_process(a);
	wake_up_process(b);
	preempt_enable();
	wait_event(done_wq, done_count == 2);
	sched_get_stats(&s1);
	EXPECT_STREQ(t, yield_log, "ABABABABAB");
	EXPECT_GE(t, s1.nr_switches - s0.nr_switches, 10UL);

	/* Alone on the queue, yield() comes straight back. */
	yield_rounds(3);
	sched_get_stats(&s0);
	yield();
	sched_get_stats(&s1);
	EXPECT_EQ(t, s1.nr_switches, s0.nr_switches);
}

static DECLARE_WAIT_QUEUE_HEAD(wq);
static volatile int wq_cond, wq_woken;

static int wait_for_cond(void *arg)
{
	if (arg)
		wait_event_interruptible(wq, wq_cond);
	else
		wait_event(wq, wq_cond);
	wq_woken++;
	return 0;
}

static void wait_event_sleeps_until_woken(struct ktest *t)
{
	struct task_struct *k;

	wq_cond = 0;
	wq_woken = 0;
	k = kthread_run(wait_for_cond, NULL, "waiter");
	ASSERT_NOT_NULL(t, k);
	get_task_struct(k);
	yield_rounds(3);
	EXPECT_EQ(t, k->state, TASK_UNINTERRUPTIBLE);
	EXPECT_TRUE(t, waitqueue_active(&wq));
	EXPECT_EQ(t, wq_woken, 0);
	EXPECT_EQ(t, wake_up(&wq), 1);	/* woken, condition still false: back to sleep */
	yield_rounds(3);
	EXPECT_EQ(t, k->state, TASK_UNINTERRUPTIBLE);
	EXPECT_EQ(t, wq_woken, 0);
	wq_cond = 1;
	EXPECT_EQ(t, wake_up(&wq), 1);
	EXPECT_EQ(t, k->state, TASK_RUNNING);
	yield_rounds(3);
	EXPECT_EQ(t, wq_woken, 1);
	EXPECT_FALSE(t, waitqueue_active(&wq));
	EXPECT_EQ(t, kthread_stop(k), 0);
	put_task_struct(k);
	/* A true condition does not sleep at all. */
	wait_event(wq, wq_cond);
	EXPECT_EQ(t, wait_event_interruptible(wq, wq_cond), 0);
}

static volatile int tokens;

static int wait_for_token(void *arg)
{
	wait_event_interruptible_exclusive(wq, tokens > 0);
	tokens--;
	wq_woken++;
	return 0;
}

static void wake_up_all_and_exclusive(struct ktest *t)
{
	struct task_struct *k[3];
	int i;

	wq_cond = 0;
	wq_woken = 0;
	for (i = 0; i < 3; i++) {
		k[i] = kthread_run(wait_for_cond, (void *)1, "wq/%d", i);
		ASSERT_NOT_NULL(t, k[i]);
		get_task_struct(k[i]);
	}
	yield_rounds(3);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(t, k[i]->state, TASK_INTERRUPTIBLE);
	wq_cond = 1;
	EXPECT_EQ(t, wake_up_all(&wq), 3);
	yield_rounds(3);
	EXPECT_EQ(t, wq_woken, 3);
	for (i = 0; i < 3; i++) {
		kthread_stop(k[i]);
		put_task_struct(k[i]);
	}

	/* Exclusive waiters: wake_up wakes one of them. */
	tokens = 0;
	wq_woken = 0;
	for (i = 0; i < 3; i++) {
		k[i] = kthread_run(wait_for_token, NULL, "excl/%d", i);
		ASSERT_NOT_NULL(t, k[i]);
		get_task_struct(k[i]);
	}
	yield_rounds(3);
	tokens = 1;
	EXPECT_EQ(t, wake_up(&wq), 1);
	yield_rounds(3);
	EXPECT_EQ(t, wq_woken, 1);
	EXPECT_EQ(t, tokens, 0);
	tokens = 2;
	EXPECT_EQ(t, wake_up_all(&wq), 2);
	yield_rounds(3);
	EXPECT_EQ(t, wq_woken, 3);
	for (i = 0; i < 3; i++) {
		kthread_stop(k[i]);
		put_task_struct(k[i]);
	}
}

static volatile bool lost;

/* Runs only if the case's schedule() switched away: a lost wakeup if the case sleeps. */
static int lost_wakeup_watchdog(void *arg)
{
	struct task_struct *victim = arg;

	if (READ_ONCE(victim->state) != TASK_RUNNING) {
		lost = true;
		wake_up_process(victim);
	}
	return 0;
}

/*
 * The wakeup arrives after the condition was found false and before
 * schedule(), with IRQs masked as an interrupt handler's would be:
 * schedule() must come back instead of sleeping forever.
 */
static void no_lost_wakeup(struct ktest *t)
{
	struct task_struct *dog;
	unsigned long flags;
	int i, woken;
	DEFINE_WAIT(wait);

	for (i = 0; i < 3; i++) {
		lost = false;
		wq_cond = 0;
		dog = kthread_run(lost_wakeup_watchdog, current, "watchdog");
		ASSERT_NOT_NULL(t, dog);
		prepare_to_wait(&wq, &wait, TASK_UNINTERRUPTIBLE);
		EXPECT_EQ(t, current->state, TASK_UNINTERRUPTIBLE);
		if (!wq_cond) {
			/* "the interrupt" */
			local_irq_save(flags);
			wq_cond = 1;
			woken = wake_up(&wq);
			local_irq_restore(flags);
			EXPECT_EQ(t, woken, 1);
			EXPECT_EQ(t, current->state, TASK_RUNNING);
			schedule();
		}
		finish_wait(&wq, &wait);
		EXPECT_FALSE(t, lost);
		EXPECT_FALSE(t, waitqueue_active(&wq));
		yield_rounds(2);	/* the watchdog exits */
	}
}

static volatile unsigned long spin_count[2];

static int yielder(void *arg)
{
	while (!kthread_should_stop()) {
		spin_count[0]++;
		yield();
	}
	return 0;
}

/* Runs only once the case has switched away: it must still be on the run queue. */
static int off_queue_watchdog(void *arg)
{
	struct task_struct *victim = arg;

	if (!READ_ONCE(victim->on_rq)) {
		lost = true;
		wake_up_process(victim);
	}
	return 0;
}

/*
 * Preempted after set_current_state and before schedule(): the task has
 * not gone to sleep yet, so it stays on the run queue (else the wakeup
 * it is about to wait for could already have been missed).
 */
static void preempted_before_sleeping_stays_runnable(struct ktest *t)
{
	struct task_struct *dog;
	unsigned long flags;

	lost = false;
	dog = kthread_create(off_queue_watchdog, current, "watchdog");
	ASSERT_NOT_NULL(t, dog);
	get_task_struct(dog);		/* its state is read after it exits */
	wake_up_process(dog);
	set_current_state(TASK_UNINTERRUPTIBLE);
	local_irq_save(flags);			/* "an interrupt" ends the slice */
	set_tsk_need_resched(current);
	preempt_schedule_irq();			/* the watchdog runs, then us again */
	local_irq_restore(flags);
	__set_current_state(TASK_RUNNING);
	EXPECT_FALSE(t, lost);
	EXPECT_TRUE(t, current->on_rq);
	EXPECT_EQ(t, dog->state, TASK_DEAD);
	put_task_struct(dog);
}

/*
 * An interrupt's exit (preempt_schedule_irq, called here as do_IRQ would,
 * IRQs masked) switches only when preempt_count() is 0; preempt_enable()
 * performs the reschedule it held off.
 */
static void preempt_disable_holds_off_switch(struct ktest *t)
{
	struct sched_stats s0, s1;
	struct task_struct *k;
	unsigned long c0, j0;

	spin_count[0] = 0;
	k = kthread_run(yielder, NULL, "yielder");
	ASSERT_NOT_NULL(t, k);
	yield_rounds(2);
	ASSERT_GT(t, spin_count[0], 0UL);

	preempt_disable();
	EXPECT_EQ(t, preempt_count(), 1);
	c0 = spin_count[0];
	sched_get_stats(&s0);
	local_irq_disable();
	set_tsk_need_resched(current);
	preempt_schedule_irq();
	local_irq_enable();
	EXPECT_EQ(t, cond_resched(), 0);
	sched_get_stats(&s1);
	EXPECT_EQ(t, s1.nr_switches, s0.nr_switches);
	EXPECT_EQ(t, spin_count[0], c0);
	EXPECT_TRUE(t, need_resched());
	preempt_enable();		/* switches: the yielder runs and yields back */
	EXPECT_EQ(t, preempt_count(), 0);
	EXPECT_FALSE(t, need_resched());
	EXPECT_GT(t, spin_count[0], c0);

	/* At count 0 the same interrupt exit switches. */
	c0 = spin_count[0];
	local_irq_disable();
	set_tsk_need_resched(current);
	preempt_schedule_irq();
	local_irq_enable();
	EXPECT_GT(t, spin_count[0], c0);
	EXPECT_FALSE(t, need_resched());

	/* With the tick: a slice ends while preemption is off, and nothing switches. */
	if (tick_running()) {
		preempt_disable();
		c0 = spin_count[0];
		sched_get_stats(&s0);
		current->time_slice = 1;
		j0 = jiffies;
		while (jiffies - j0 < 3)
			barrier();
		sched_get_stats(&s1);
		EXPECT_EQ(t, s1.nr_switches, s0.nr_switches);
		EXPECT_EQ(t, spin_count[0], c0);
		EXPECT_TRUE(t, need_resched());
		preempt_enable();
		EXPECT_GT(t, spin_count[0], c0);
	}
	kthread_stop(k);
}

static int busy(void *arg)
{
	volatile unsigned long *count = arg;

	while (!kthread_should_stop())
		(*count)++;
	return 0;
}

/* Two threads that never yield both run: the tick's slices share the CPU. */
static void preemption_shares_cpu(struct ktest *t)
{
	struct task_struct *k[2];
	struct sched_stats s0, s1;
	int i;

	NEED_TICK(t);
	spin_count[0] = spin_count[1] = 0;
	sched_get_stats(&s0);
	for (i = 0; i < 2; i++) {
		k[i] = kthread_run(busy, (void *)&spin_count[i], "busy/%d", i);
		ASSERT_NOT_NULL(t, k[i]);
		get_task_struct(k[i]);
	}
	/* Long enough for A, B, A: three slices. */
	msleep(3 * RR_TIMESLICE * 1000 / HZ);
	sched_get_stats(&s1);
	EXPECT_GT(t, spin_count[0], 0UL);
	EXPECT_GT(t, spin_count[1], 0UL);
	EXPECT_GE(t, s1.slice_expired - s0.slice_expired, 2UL);
	EXPECT_GE(t, k[0]->nivcsw, 1UL);
	EXPECT_GE(t, k[1]->nivcsw, 1UL);
	ktest_info(t, "busy threads: %lu and %lu iterations, %lu slices expired",
		   spin_count[0], spin_count[1], s1.slice_expired - s0.slice_expired);
	for (i = 0; i < 2; i++) {
		kthread_stop(k[i]);
		put_task_struct(k[i]);
	}
}

static int wake_task(void *arg)
{
	wake_up_process(arg);
	return 0;
}

static void schedule_timeout_sleeps_enough(struct ktest *t)
{
	unsigned long j0, slept;
	long left;
	int n;

	/* Woken early: the jiffies left come back, and the timeout is cancelled. */
	ASSERT_NOT_NULL(t, kthread_run(wake_task, current, "waker"));
	left = schedule_timeout_interruptible(100);
	EXPECT_GT(t, left, 0);
	EXPECT_LE(t, left, 100);
	EXPECT_TRUE(t, list_empty(&current->timeout_list));
	EXPECT_EQ(t, current->state, TASK_RUNNING);
	yield_rounds(2);

	NEED_TICK(t);
	for (n = 1; n <= 8; n *= 2) {
		j0 = jiffies;
		left = schedule_timeout_uninterruptible(n);
		slept = jiffies - j0;
		EXPECT_EQ(t, left, 0);
		EXPECT_GE(t, slept, (unsigned long)n);
		EXPECT_LE(t, slept, (unsigned long)n + 1);
	}
	j0 = jiffies;
	msleep(50);
	EXPECT_GE(t, jiffies - j0, 50UL * HZ / 1000);
	EXPECT_TRUE(t, list_empty(&current->timeout_list));
}

static void idle_waits_in_wfi(struct ktest *t)
{
	struct sched_stats s0, s1;

	NEED_TICK(t);
	sched_get_stats(&s0);
	msleep(50);	/* nothing else runnable: five ticks of idle */
	sched_get_stats(&s1);
	EXPECT_GE(t, s1.idle_loops - s0.idle_loops, 3UL);
	EXPECT_GE(t, s1.nr_switches - s0.nr_switches, 2UL);
	ktest_info(t, "%lu WFIs while init slept 50 ms", s1.idle_loops - s0.idle_loops);
}

static const struct ktest_case sched_cases[] = {
	KTEST_CASE(boot_context_is_init),
	KTEST_CASE(kthreads_run_exit_and_free),
	KTEST_CASE(kthreads_exit_unreferenced),
	KTEST_CASE(kthread_stop_wakes_and_reaps),
	KTEST_CASE(yield_alternates),
	KTEST_CASE(wait_event_sleeps_until_woken),
	KTEST_CASE(wake_up_all_and_exclusive),
	KTEST_CASE(no_lost_wakeup),
	KTEST_CASE(preempted_before_sleeping_stays_runnable),
	KTEST_CASE(preempt_disable_holds_off_switch),
	KTEST_CASE(preemption_shares_cpu),
	KTEST_CASE(schedule_timeout_sleeps_enough),
	KTEST_CASE(idle_waits_in_wfi),
};

KTEST_SUITE(sched_suite, "sched", sched_cases);
