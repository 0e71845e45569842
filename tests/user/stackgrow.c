// SPDX-License-Identifier: GPL-2.0
/*
 * stackgrow: the stack area grows down on demand (VM_GROWSDOWN,
 * expand_stack) and stops at its limit, 8 MiB (issue 7), as KTAP
 * version 1. In forked children:
 *
 *  - recursing 2 MiB deep, far below the stack area exec made (128 KiB),
 *    touching every page on the way, works and unwinds;
 *  - recursing without end ends in SIGSEGV, not in a hang or in someone
 *    else's memory; the parent goes on.
 */
#include "vmcheck.h"

/* Each level takes a bit over a page of stack and writes all of it. */
static int deep(int levels)
{
	volatile char frame[PAGE_SIZE + 256];
	unsigned int i;

	for (i = 0; i < sizeof(frame); i += 512)
		frame[i] = (char)levels;
	if (levels == 0)
		return frame[0];
	return deep(levels - 1) + frame[512] - (char)levels;
}

static void grow_2mib(void)
{
	if (deep(2 * 1024 * 1024 / (PAGE_SIZE + 256)) != 0)
		_exit(1);
}

static void grow_forever(void)
{
	deep(1 << 30);
}

static int stack_grows_on_demand(void)
{
	CHECK_EQ(child_status(grow_2mib), 0);
	/* a second time in a fresh child: nothing of the first stays */
	CHECK_EQ(child_status(grow_2mib), 0);
	return 0;
}

static int stack_stops_at_its_limit(void)
{
	CHECK_EQ(child_status(grow_forever), SIGSEGV);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "stack_grows_on_demand", stack_grows_on_demand },
	{ "stack_stops_at_its_limit", stack_stops_at_its_limit },
};

int main(void)
{
	return ktap_run("stackgrow", cases, sizeof(cases) / sizeof(cases[0]));
}
