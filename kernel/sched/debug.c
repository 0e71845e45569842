// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler's views: the `ps` monitor command and `bench context_switch`.
 *
 * ps: one line per task, as `ps -eo pid,ppid,stat,comm`.
 * STAT is R (runnable or running), S (interruptible sleep), D
 * (uninterruptible sleep), Z (a zombie waiting for its parent's wait4) or
 * X (dead, waiting for its last reference). PAGES is the size of the
 * process's areas in pages (0 for a kernel thread).
 */
#include <kernel/bench.h>
#include <kernel/mm_types.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/wait.h>

static void ps_line(struct task_struct *p, void *arg)
{
	console_printf("%5d %5d %-4s %6lu %8lu %8lu %s%s\n", p->pid,
		       p->parent ? p->parent->pid : 0, task_state_name(p),
		       p->mm ? p->mm->total_vm : 0, p->nvcsw, p->nivcsw, p->comm,
		       p == current ? " (current)" : "");
}

static int cmd_ps(int argc, char **argv)
{
	struct sched_stats st;

	console_printf("  PID  PPID STAT  PAGES    NVCSW   NIVCSW COMMAND\n");
	for_each_task(ps_line, NULL);
	sched_get_stats(&st);
	console_printf("%lu tasks, %lu runnable, %lu context switches, %lu idle WFIs\n",
		       st.nr_tasks, st.nr_running, st.nr_switches, st.idle_loops);
	return 0;
}
MONITOR_COMMAND("ps", "", "list the tasks: pid, ppid, state, mm pages, switches, name", cmd_ps);

/*
 * bench context_switch: two kernel threads yield to each other
 * CS_ROUNDS times each while init sleeps; the figure is the guest
 * instructions per switch (yield, __schedule, __switch_to and back),
 * from the first thread's start to the second one's end.
 */
#define CS_ROUNDS 2000

static struct {
	unsigned int done;
	u64 start, end;
	unsigned long switches0, switches1;
} cs;
static DECLARE_WAIT_QUEUE_HEAD(cs_wq);

static unsigned long nr_switches(void)
{
	struct sched_stats st;

	sched_get_stats(&st);
	return st.nr_switches;
}

static int cs_thread(void *arg)
{
	unsigned int i;

	if (!cs.start) {
		cs.switches0 = nr_switches();
		cs.start = bench_clock();
	}
	for (i = 0; i < CS_ROUNDS; i++)
		yield();
	if (++cs.done == 2) {
		cs.end = bench_clock();
		cs.switches1 = nr_switches();
		wake_up(&cs_wq);
	}
	return 0;
}

static u64 bench_context_switch(void)
{
	memset(&cs, 0, sizeof(cs));
	if (!kthread_run(cs_thread, NULL, "cs/a"))
		return 0;
	if (!kthread_run(cs_thread, NULL, "cs/b")) {
		cs.done++;	/* the first one finishes alone */
		wait_event(cs_wq, cs.done == 2);
		return 0;
	}
	wait_event(cs_wq, cs.done == 2);
	if (cs.switches1 <= cs.switches0)
		return 0;
	return (cs.end - cs.start) / (cs.switches1 - cs.switches0);
}
BENCH("context_switch", "insns", bench_context_switch);
