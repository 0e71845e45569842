// SPDX-License-Identifier: GPL-2.0
/*
 * kill(2), minimal: no handlers and no masks yet, so the only signals
 * are those whose default action ends the process, SIGKILL and SIGTERM,
 * and 0 (does the process exist). The target exits with the signal as
 * its wait status on its next way back to user mode (do_work_pending),
 * woken first if it sleeps. Process groups (pid <= 0) are not
 * implemented: -EINVAL. Other valid signal numbers: -EINVAL too, until
 * there are signals.
 */
#include <kernel/errno.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>


struct kill_req {
	int pid;
	int sig;
	int ret;
};

/* Under for_each_task (IRQs masked): the task cannot go meanwhile. */
static void kill_one(struct task_struct *p, void *arg)
{
	struct kill_req *k = arg;

	if (p->pid != k->pid || k->ret != -ESRCH)
		return;
	if (p == &init_task || (p->flags & (PF_IDLE | PF_KTHREAD)) || !p->mm) {
		k->ret = READ_ONCE(p->exited) ? 0 : -EPERM;
		return;
	}
	k->ret = 0;
	if (!k->sig || READ_ONCE(p->exited))
		return;
	if (!p->kill_sig)
		p->kill_sig = k->sig;
	force_sig_kill(p);
}

long sys_kill(int pid, int sig)
{
	struct kill_req k = { .pid = pid, .sig = sig, .ret = -ESRCH };

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (sig && sig != SIGKILL && sig != SIGTERM)
		return -EINVAL;
	if (pid <= 0)
		return pid == 0 ? -EPERM : -EINVAL;
	if (pid == 1)
		return -EPERM;
	for_each_task(kill_one, &k);
	return k.ret;
}

/* `kill PID`: SIGKILL, as kill(2) from user space would send it. */
static int cmd_kill(int argc, char **argv)
{
	long pid;
	int ret;

	if (argc != 2 || kstrtol(argv[1], 0, &pid)) {
		printk("usage: kill PID\n");
		return 1;
	}
	ret = sys_kill(pid, SIGKILL);
	if (ret)
		printk("kill: %ld: error %d\n", pid, ret);
	return ret ? 1 : 0;
}
MONITOR_COMMAND("kill", "PID", "send SIGKILL to the process PID", cmd_kill);
