// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "ktest": the framework's own expectations must be able to fail.
 * Each case drives an inner struct ktest with the console quiet (the inner
 * diagnostics go only to the log) and checks what it recorded.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

static void quiet(void)
{
	console_muted = true;
}

static void loud(void)
{
	console_muted = false;
}

static void expect_failure_is_counted(struct ktest *t)
{
	struct ktest inner = { .name = "inner" };
	char buf[8];

	quiet();
	EXPECT_EQ(&inner, 1 + 1, 3);
	EXPECT_STREQ(&inner, "a", "b");
	EXPECT_TRUE(&inner, 0);
	/* a '%' in the tested expression must not upset the message */
	EXPECT_EQ(&inner, snprintf(buf, sizeof(buf), "%d%%", 5), 9);
	EXPECT_EQ(&inner, 2, 2);	/* and a passing one counts nothing */
	loud();
	EXPECT_EQ(t, inner.failures, 4);
}

static void assert_failure_aborts(struct ktest *t)
{
	struct ktest inner = { .name = "inner" };
	volatile int reached = 0;

	quiet();
	if (setjmp(&inner.abort_jb) == 0) {
		ASSERT_EQ(&inner, 1, 2);
		reached = 1;
	}
	loud();
	EXPECT_EQ(t, reached, 0);
	EXPECT_EQ(t, inner.failures, 1);
}

static void skip_records_reason(struct ktest *t)
{
	struct ktest inner = { .name = "inner" };

	if (setjmp(&inner.abort_jb) == 0)
		ktest_skip(&inner, "no reason at all");
	EXPECT_STREQ(t, inner.skip_reason, "no reason at all");
	EXPECT_EQ(t, inner.failures, 0);
}

static void null_strings_compare_safely(struct ktest *t)
{
	EXPECT_EQ(t, ktest_strcmp_safe(NULL, NULL), 0);
	EXPECT_NE(t, ktest_strcmp_safe(NULL, "x"), 0);
	EXPECT_NE(t, ktest_strcmp_safe("x", NULL), 0);
	EXPECT_EQ(t, ktest_strcmp_safe("x", "x"), 0);
}

static void diagnostics_reach_the_log(struct ktest *t)
{
	struct ktest inner = { .name = "inner_case" };
	char tail[200];

	quiet();
	EXPECT_EQ(&inner, 40 + 2, 41);
	loud();
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_NOT_NULL(t, strstr(tail, "# inner_case: EXPECTATION FAILED at"));
	EXPECT_NOT_NULL(t, strstr(tail, "#     40 + 2 == 42"));
}

/* An unknown suite name is reported, and nothing runs (so no nested KTAP). */
static void unknown_suite_is_reported(struct ktest *t)
{
	char tail[200];

	quiet();
	EXPECT_EQ(t, ktest_run_list("no_such_suite_xyz"), 0);
	loud();
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_NOT_NULL(t, strstr(tail, "no suite named 'no_such_suite_xyz'"));
	EXPECT_NOT_NULL(t, strstr(tail, "nothing to run for 'no_such_suite_xyz'"));
}

static const struct ktest_case ktest_cases[] = {
	KTEST_CASE(expect_failure_is_counted),
	KTEST_CASE(assert_failure_aborts),
	KTEST_CASE(skip_records_reason),
	KTEST_CASE(null_strings_compare_safely),
	KTEST_CASE(diagnostics_reach_the_log),
	KTEST_CASE(unknown_suite_is_reported),
};
KTEST_SUITE(ktest_suite, "ktest", ktest_cases);
