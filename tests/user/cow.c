// SPDX-License-Identifier: GPL-2.0
/*
 * cow: copy-on-write after fork (seed document 001, section 3.4.4,
 * do_wp_page; issue 7), as KTAP version 1:
 *
 *  - a write in the child after fork stays the child's, and one in the
 *    parent stays the parent's, whichever of them runs first;
 *  - several children writing the same pages each see their own bytes;
 *  - pages read before fork (the zero page) are copied at the first write;
 *  - on this kernel, fork copies no page: the child's first write of a
 *    page costs one page, and once the child is gone the parent's write
 *    reuses its page and costs nothing.
 */
#include "vmcheck.h"

#define NPAGES 16

static int data_word = 1000;
static char pages[NPAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static char fresh[4 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

static void fill(char v)
{
	int i;

	for (i = 0; i < NPAGES; i++)
		pages[i * PAGE_SIZE + 10] = v;
}

static int all_are(char v)
{
	int i;

	for (i = 0; i < NPAGES; i++)
		if (pages[i * PAGE_SIZE + 10] != v)
			return 0;
	return 1;
}

static void child_writes(void)
{
	fill('c');
	data_word = 2000;
	if (!all_are('c') || data_word != 2000)
		_exit(1);
}

static int child_write_stays_in_child(void)
{
	fill('p');
	data_word = 1000;
	CHECK_EQ(child_status(child_writes), 0);
	CHECK(all_are('p'));
	CHECK_EQ(data_word, 1000);
	return 0;
}

/* The child checks the values of fork time, whether the parent wrote already or not. */
static void child_sees_fork_time_values(void)
{
	int i;

	for (i = 0; i < 3; i++)
		sched_yield();
	if (!all_are('o') || data_word != 3000)
		_exit(1);
}

static int parent_write_stays_in_parent(void)
{
	int status = -1;
	long pid;

	fill('o');
	data_word = 3000;
	pid = sys_fork();
	if (pid == 0) {
		child_sees_fork_time_values();
		_exit(0);
	}
	CHECK(pid > 0);
	fill('n');		/* at once: the child may not have run yet */
	data_word = 4000;
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	CHECK(all_are('n'));
	CHECK_EQ(data_word, 4000);
	return 0;
}

static int several_children_each_their_own(void)
{
	long pids[4];
	int i, status;

	fill('0');
	for (i = 0; i < 4; i++) {
		pids[i] = sys_fork();
		if (pids[i] == 0) {
			int k;

			fill((char)('a' + i));
			for (k = 0; k < 4; k++)
				sched_yield();	/* the others write meanwhile */
			_exit(all_are((char)('a' + i)) ? 0 : 1);
		}
		CHECK(pids[i] > 0);
	}
	for (i = 0; i < 4; i++) {
		CHECK_EQ(sys_wait4(pids[i], &status, 0), pids[i]);
		CHECK_EQ(status, 0);
	}
	CHECK(all_are('0'));
	return 0;
}

static void child_writes_fresh(void)
{
	fresh[0] = 'z';
	fresh[PAGE_SIZE] = 'z';
	if (fresh[0] != 'z' || fresh[2 * PAGE_SIZE] != 0)
		_exit(1);
}

/* Pages mapped to the zero page at fork: each side's first write gets its own. */
static int zero_page_copied_at_write(void)
{
	CHECK_EQ(*(volatile char *)fresh, 0);
	CHECK_EQ(*(volatile char *)(fresh + PAGE_SIZE), 0);
	CHECK_EQ(child_status(child_writes_fresh), 0);
	CHECK_EQ(fresh[0], 0);
	CHECK_EQ(fresh[PAGE_SIZE], 0);
	fresh[PAGE_SIZE] = 'p';
	CHECK_EQ(fresh[PAGE_SIZE], 'p');
	CHECK_EQ(fresh[2 * PAGE_SIZE], 0);
	return 0;
}

/* In the child: its first write of each of the NPAGES shared pages costs one page. */
static void child_counts_its_copies(void)
{
	long before, after;

	before = free_pages();
	fill('k');
	after = free_pages();
	if (on_this_kernel() && before - after != NPAGES)
		_exit(1);
}

static int copies_cost_a_page_each_reuse_nothing(void)
{
	long before, after;

	fill('m');
	CHECK_EQ(child_status(child_counts_its_copies), 0);
	/* the child has gone: the parent's pages are its own again */
	before = free_pages();
	fill('q');
	after = free_pages();
	if (on_this_kernel())
		CHECK_EQ(after, before);
	CHECK(all_are('q'));
	return 0;
}

static const struct ktap_case cases[] = {
	{ "child_write_stays_in_child", child_write_stays_in_child },
	{ "parent_write_stays_in_parent", parent_write_stays_in_parent },
	{ "several_children_each_their_own", several_children_each_their_own },
	{ "zero_page_copied_at_write", zero_page_copied_at_write },
	{ "copies_cost_a_page_each_reuse_nothing", copies_cost_a_page_each_reuse_nothing },
};

int main(void)
{
	return ktap_run("cow", cases, sizeof(cases) / sizeof(cases[0]));
}
