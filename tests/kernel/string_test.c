// SPDX-License-Identifier: GPL-2.0
/*
 * Self-tests for kernel/lib/string.c on the target: the word-at-a-time
 * paths with ARM's 4-byte words, and the kstrto* limits with a 32-bit
 * long.
 *
 * The cases are the host suite's, written once in
 * tests/common/string_cases.h; only the randomised large copies stay on
 * the host (tests/host/test_string.c).
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

#include "../common/string_cases.h"

BUILD_BUG_ON(sizeof(long) != 4);

static const struct ktest_case string_cases[] = {
	STRING_COMMON_CASES(KTEST_CASE),
};

KTEST_SUITE(string_suite, "string", string_cases);
