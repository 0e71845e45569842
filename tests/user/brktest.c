// SPDX-License-Identifier: GPL-2.0
/*
 * brktest: brk(2) as section 3.3.5 has it, as KTAP version 1. The break
 * keeps the exact value asked for while the heap moves in whole pages;
 * growth reads zero, also after a shrink and a regrow over bytes written
 * before; below the start is refused; a page given back faults (checked
 * in a forked child); a mapping just above the break stops its growth.
 */
#include "vm.h"

static int grow_exact_and_zero(void)
{
	unsigned long base = sys_brk(0), want = base + 5 * PAGE + 123;
	char *p = (char *)base;
	unsigned long i;

	CHECK(base != 0);
	CHECK_EQ(sys_brk(want), want);
	CHECK_EQ(sys_brk(0), want);
	for (i = 0; i < 5 * PAGE + 123; i += 511)
		CHECK_EQ(p[i], 0);
	memset(p, 0x77, 5 * PAGE + 123);
	CHECK_EQ(sys_brk(base), base);
	return 0;
}

static int shrink_regrow_reads_zero(void)
{
	unsigned long base = sys_brk(0);
	char *p = (char *)base;

	/* Start on a page boundary so that the page arithmetic below is exact. */
	base = (base + PAGE - 1) & ~(PAGE - 1);
	p = (char *)base;
	CHECK_EQ(sys_brk(base + 8 * PAGE), base + 8 * PAGE);
	memset(p, 0x33, 8 * PAGE);
	CHECK_EQ(sys_brk(base + 2 * PAGE + 10), base + 2 * PAGE + 10);
	CHECK_EQ(p[2 * PAGE + 9], 0x33);		/* the kept page keeps its bytes */
	/* qemu-arm's brk keeps what it was given: the faults show on the teaching kernel only. */
	if (on_teaching_kernel()) {
		CHECK_EQ(touch_in_child(p + 3 * PAGE, 0, -1), SIGSEGV);
		CHECK_EQ(touch_in_child(p + 7 * PAGE, 1, -1), SIGSEGV);
	}
	CHECK_EQ(sys_brk(base + 8 * PAGE), base + 8 * PAGE);
	CHECK_EQ(p[3 * PAGE], 0);			/* given back, then fresh */
	CHECK_EQ(p[8 * PAGE - 1], 0);
	CHECK_EQ(p[2 * PAGE + 9], 0x33);
	CHECK_EQ(sys_brk(base), base);
	return 0;
}

static int refusals(void)
{
	unsigned long cur = sys_brk(0), top = (cur + 3 * PAGE) & ~(PAGE - 1);
	long m;

	CHECK_EQ(sys_brk(1), cur);			/* below the start */
	CHECK_EQ(sys_brk(cur), cur);
	/* qemu-arm's brk does not look at mappings above it (and trips over them). */
	if (!on_teaching_kernel())
		return 0;
	/* A mapping a page above the break stops growth into it. */
	m = vm_mmap(top + PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);
	CHECK_EQ(m, (long)(top + PAGE));
	CHECK_EQ(sys_brk(top + 2 * PAGE), cur);
	CHECK_EQ(sys_brk(top + PAGE), cur);		/* the document's one-page gap */
	CHECK_EQ(sys_brk(top), top);
	CHECK_EQ(sys_brk(cur), cur);
	CHECK_EQ(vm_munmap(m, PAGE), 0);
	CHECK_EQ(sys_brk(top + 2 * PAGE), top + 2 * PAGE);
	CHECK_EQ(sys_brk(cur), cur);
	return 0;
}

/* malloc on top of brk still works after all that. */
static int malloc_after(void)
{
	char *a = malloc(3 * PAGE), *b = malloc(100);

	CHECK(a != NULL && b != NULL);
	memset(a, 1, 3 * PAGE);
	memset(b, 2, 100);
	CHECK_EQ(a[3 * PAGE - 1] + b[99], 3);
	free(a);
	free(b);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "grow_exact_and_zero", grow_exact_and_zero },
	{ "shrink_regrow_reads_zero", shrink_regrow_reads_zero },
	{ "refusals", refusals },
	{ "malloc_after", malloc_after },
};

int main(void)
{
	return ktap_run("brktest", cases, sizeof(cases) / sizeof(cases[0]));
}
