// SPDX-License-Identifier: GPL-2.0
/*
 * Self-tests for the printk formatter (kernel/lib/vsprintf.c) on the
 * target, where int, long and pointers are 32 bits and a 64-bit division
 * is a libgcc call: the host tests cannot see those.
 *
 * The cases are the host suite's, written once in
 * tests/common/vsprintf_cases.h; only the comparisons with libc stay on
 * the host (tests/host/test_vsprintf.c).
 */
#include <kernel/ktest.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "../common/vsprintf_cases.h"

BUILD_BUG_ON(sizeof(long) != 4 || sizeof(void *) != 4);

static const struct ktest_case printk_cases[] = {
	VSPRINTF_COMMON_CASES(KTEST_CASE),
};

KTEST_SUITE(printk_suite, "printk", printk_cases);
