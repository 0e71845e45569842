// SPDX-License-Identifier: GPL-2.0
/*
 * shmanon: MAP_SHARED|MAP_ANONYMOUS memory shared between a parent and
 * its children, as KTAP version 1: a child's writes reach the parent and
 * the parent's reach a later child, across every page and after a split
 * by mprotect; a MAP_PRIVATE neighbour stays private. The kernel suite
 * "vma" checks that the pages are freed once the last process unmaps.
 */
#include "vm.h"

#define NPAGES 4

static long map_shared(void)
{
	return vm_mmap(0, NPAGES * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS);
}

static int child_writes_seen_by_parent(void)
{
	long a = map_shared();
	char *p = (char *)a;
	int i;
	long pid;

	CHECK(MAPPED(a));
	CHECK_EQ(p[0], 0);
	pid = sys_fork();
	if (pid == 0) {
		for (i = 0; i < NPAGES; i++)
			p[i * PAGE + i] = (char)('c' + i);
		_exit(0);
	}
	CHECK_EQ(wait_status(pid), 0);
	for (i = 0; i < NPAGES; i++)
		CHECK_EQ(p[i * PAGE + i], 'c' + i);
	CHECK_EQ(vm_munmap(a, NPAGES * PAGE), 0);
	return 0;
}

static int parent_writes_seen_by_child(void)
{
	long a = map_shared();
	char *p = (char *)a;
	long pid;

	CHECK(MAPPED(a));
	p[0] = 1;
	pid = sys_fork();
	if (pid == 0) {
		/* Wait for the parent's second write, then answer in the last page. */
		while (*(volatile char *)p != 2)
			sched_yield();
		p[(NPAGES - 1) * PAGE] = 3;
		_exit(0);
	}
	CHECK(pid > 0);
	*(volatile char *)p = 2;
	CHECK_EQ(wait_status(pid), 0);
	CHECK_EQ(p[(NPAGES - 1) * PAGE], 3);
	CHECK_EQ(vm_munmap(a, NPAGES * PAGE), 0);
	return 0;
}

static int split_still_shared(void)
{
	long a = map_shared();
	char *p = (char *)a;
	long pid;

	CHECK(MAPPED(a));
	CHECK_EQ(vm_mprotect(a + PAGE, PAGE, PROT_READ), 0);
	pid = sys_fork();
	if (pid == 0) {
		p[0] = 5;
		p[2 * PAGE] = 6;
		_exit(p[PAGE] != 0);
	}
	CHECK_EQ(wait_status(pid), 0);
	CHECK_EQ(p[0] + p[2 * PAGE], 11);
	CHECK_EQ(vm_munmap(a, PAGE), 0);		/* the other pieces keep the object */
	CHECK_EQ(p[2 * PAGE], 6);
	CHECK_EQ(vm_munmap(a + PAGE, (NPAGES - 1) * PAGE), 0);
	return 0;
}

static int private_stays_private(void)
{
	long a = vm_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
	char *p = (char *)a;
	long pid;

	CHECK(MAPPED(a));
	p[0] = 1;
	pid = sys_fork();
	if (pid == 0) {
		p[0] = 9;
		_exit(0);
	}
	CHECK_EQ(wait_status(pid), 0);
	CHECK_EQ(p[0], 1);
	CHECK_EQ(vm_munmap(a, PAGE), 0);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "child_writes_seen_by_parent", child_writes_seen_by_parent },
	{ "parent_writes_seen_by_child", parent_writes_seen_by_child },
	{ "split_still_shared", split_still_shared },
	{ "private_stays_private", private_stays_private },
};

int main(void)
{
	return ktap_run("shmanon", cases, sizeof(cases) / sizeof(cases[0]));
}
