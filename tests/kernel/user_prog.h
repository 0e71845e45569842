/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Running a program of the initramfs from a kernel suite (exec_test.c,
 * fork_test.c): to its exit, with what it printed kept for the checks.
 */
#ifndef _TESTS_KERNEL_USER_PROG_H
#define _TESTS_KERNEL_USER_PROG_H

#include <kernel/mman.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>

/* The log's tail after the last run: the program's output is there. */
static char tail[3072];

/*
 * Runs path with argv/envp (envp may be NULL) to its exit; the wait
 * status, or -errno; the log tail in tail. The console is muted
 * meanwhile: the programs' own KTAP would otherwise mix with the suite's
 * on the console the runner parses; the log keeps it for the checks.
 */
static inline int run(const char *path, const char *const argv[], const char *const envp[])
{
	bool muted = console_muted;
	struct task_struct *p;
	int err, status;

	console_muted = true;
	p = exec_task_start(path, argv, envp, &err);
	if (!p) {
		console_muted = muted;
		return err;
	}
	status = exec_task_wait(p);
	console_muted = muted;
	ktest_log_tail(tail, sizeof(tail));
	return status;
}

#endif
