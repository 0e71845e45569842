// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/string.c (suite "string"), under ASan and
 * UBSan.
 *
 * The cases are written once in tests/common/string_cases.h, which the
 * kernel's own "string" suite (tests/kernel/string_test.c) runs too; this
 * file adds what needs the build machine: large copies at pseudo-random
 * offsets from heap blocks.
 */
#include <kernel/errno.h>
#include <kernel/string.h>

#include "harness.h"
#include "../common/string_cases.h"

/* Bigger blocks at random offsets, to run the word loop for a while. */
static void memcpy_large_random(struct htest *t)
{
	enum { SIZE = 4096 + 64 };
	unsigned long long seed = 42;
	u8 *src = host_malloc(SIZE), *dst = host_malloc(SIZE), *want = host_malloc(SIZE);
	int iter;

	fill_pattern(src, SIZE, 3);
	for (iter = 0; iter < 500; iter++) {
		size_t so = htest_rand_below(&seed, 32), dof = htest_rand_below(&seed, 32);
		size_t n = htest_rand_below(&seed, SIZE - 32), i;

		for (i = 0; i < SIZE; i++)
			dst[i] = want[i] = (u8)i;
		for (i = 0; i < n; i++)
			want[dof + i] = src[so + i];
		memcpy(dst + dof, src + so, n);
		EXPECT_MEMEQ(t, dst, want, SIZE);
	}
	host_free(src);
	host_free(dst);
	host_free(want);
}

static const struct htest_case string_cases[] = {
	STRING_COMMON_CASES(HTEST_CASE),
	HTEST_CASE(memcpy_large_random),
};

static const struct htest_suite string_suite = HTEST_SUITE("string", string_cases);

HTEST_MAIN(&string_suite);
