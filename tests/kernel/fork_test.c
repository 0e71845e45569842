// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "fork": fork, exit, wait4 and kill from user programs (issue 6),
 * each program's KTAP read back from the log (the console is muted while
 * it runs, as in the exec suite), and every page back after each one:
 *
 *  - /bin/forktree: trees of processes, exit codes through wait4 (any
 *    child and by pid), WNOHANG, -ECHILD, -EFAULT, kill, orphans;
 *  - /bin/forkmem: the child sees the parent's memory at fork, its
 *    writes stay its own, fork until -ENOMEM and a clean wait after.
 */
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include "../common/buddyinfo.h"
#include "user_prog.h"

static void test_forktree(struct ktest *t)
{
	run_ktap_program(t, "/bin/forktree", "forktree", "# forktree: 8 passed, 0 failed\n");
}

static void test_forkmem(struct ktest *t)
{
	run_ktap_program(t, "/bin/forkmem", "forkmem", "# forkmem: 3 passed, 0 failed\n");
}

static const struct ktest_case fork_cases[] = {
	KTEST_CASE(test_forktree),
	KTEST_CASE(test_forkmem),
};
KTEST_SUITE(fork_suite, "fork", fork_cases);
