/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Running a program of the initramfs from a kernel suite (exec_test.c,
 * fork_test.c, signal_test.c): to its exit, with what it printed kept for the checks.
 */
#ifndef _TESTS_KERNEL_USER_PROG_H
#define _TESTS_KERNEL_USER_PROG_H

#include <kernel/mman.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include "../common/buddyinfo.h"

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

/*
 * Runs a KTAP program (tests/user/) twice, the second time counted: its
 * exit status must be 0, its output hold summary and no "not ok", and
 * every page come back. The first failing case is reported on one line.
 */
/* Where the last program's own KTAP starts in tail (the tail may hold earlier lines). */
static inline const char *program_output(void)
{
	const char *s = tail, *next;

	while ((next = strstr(s + 1, "\nKTAP version 1")))
		s = next;
	return s;
}

/* The program's first failing case with the diagnostics before it, on one line. */
static inline void report_failure(struct ktest *t)
{
	char line[200];
	const char *bad = strstr(program_output(), "not ok");
	const char *from;
	size_t i;

	if (!bad)
		return;
	from = bad - tail > 120 ? bad - 120 : tail;
	for (i = 0; i < sizeof(line) - 1 && from[i]; i++)
		line[i] = from[i] == '\n' ? '|' : from[i];
	line[i] = '\0';
	ktest_info(t, "%s", line);
}

static inline void run_ktap_program(struct ktest *t, const char *path, const char *name,
			     const char *summary)
{
	const char *const argv[] = { name, NULL };
	unsigned long before, after;

	run(path, argv, NULL);	/* warm: the caches exist */
	before = settled_free_pages();
	EXPECT_EQ_HEX(t, run(path, argv, NULL), 0);
	after = settled_free_pages();
	EXPECT_TRUE(t, strstr(program_output(), summary) != NULL);
	EXPECT_TRUE(t, strstr(program_output(), "not ok") == NULL);
	report_failure(t);
	EXPECT_EQ(t, (long)after, (long)before);
}

#endif
