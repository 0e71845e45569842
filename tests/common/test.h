/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The thin layer under the test cases that both the host unit tests
 * (tests/host, harness.h) and the in-kernel self-tests (tests/kernel,
 * <kernel/ktest.h>) run: tests/common/{vsprintf,string}_cases.h.
 *
 * The two harnesses already share their EXPECT_* / ASSERT_* names and
 * meanings; a shared case uses only those both have (EXPECT_EQ and the
 * other comparisons, EXPECT_TRUE/FALSE, EXPECT_NULL/NOT_NULL, EXPECT_STREQ,
 * EXPECT_PTR_EQ, EXPECT_MEMEQ, ASSERT_TRUE, ASSERT_NOT_NULL) and the
 * names below, which map to whichever harness the suite is built with:
 *
 *	struct ctest		the running case (struct htest / struct ktest)
 *	ctest_fail()		records a failure, printf-style, and goes on
 *	ctest_abort()		ends the case at once
 *	ctest_alloc(n)		a buffer of exactly n bytes, for bounds checks
 *	ctest_free(p)		gives it back
 *
 * The kernel is built with -D__KERNEL__; the host tests are not.
 */
#ifndef _TESTS_COMMON_TEST_H
#define _TESTS_COMMON_TEST_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#ifdef __KERNEL__

#include <kernel/ktest.h>

#define ctest	    ktest
#define ctest_fail  ktest_fail
#define ctest_abort ktest_abort

/*
 * The kernel has no allocator: one static buffer of 64 bytes, one user at
 * a time (a larger request gets NULL, and the case dies with an Oops).
 * Nothing traps a read past n bytes here; on the host, ASan does.
 */
static inline void *ctest_alloc(size_t n)
{
	static u8 buf[64] __aligned(8);

	return n <= sizeof(buf) ? buf : NULL;
}

static inline void ctest_free(void *p)
{
}

#else /* the host */

#include "../host/harness.h"

#define ctest	       htest
#define ctest_fail     htest_fail
#define ctest_abort    htest_abort

/* A heap block of exactly n bytes: ASan reports a single byte too many. */
#define ctest_alloc(n) host_malloc(n)
#define ctest_free(p)  host_free(p)

#endif /* __KERNEL__ */

/*
 * The integer limits, from the compiler's predefined macros: glibc's
 * <limits.h> would drag in <sys/cdefs.h>, whose __always_inline clashes
 * with <kernel/compiler.h>, and the kernel has no <limits.h>.
 */
#define INT_MAX	   __INT_MAX__
#define INT_MIN	   (-INT_MAX - 1)
#define UINT_MAX   (2u * INT_MAX + 1)
#define LONG_MAX   __LONG_MAX__
#define LONG_MIN   (-LONG_MAX - 1)
#define ULONG_MAX  (2ul * LONG_MAX + 1)
#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1)
#define ULLONG_MAX (2ull * LLONG_MAX + 1)

/*
 * A string that depends on the width of long: 32 bits on the target, 64
 * on the host. Both suites then check the limits of their own long.
 */
#define LONG_STR(s32, s64) (sizeof(long) == 4 ? (s32) : (s64))

#endif
