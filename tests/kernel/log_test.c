// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "log": printk's log buffer (kernel/printk.c), as opposed to its
 * formatting (suite "printk"). Noisy cases run with the console muted;
 * they read back what was logged.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define LOG_BUF_LEN (16 * 1024)

static char tail[1024];

static const char *log_tail(void)
{
	return ktest_log_tail(tail, sizeof(tail));
}

static void level_prefix_is_stripped(struct ktest *t)
{
	console_muted = true;
	printk(KERN_DEBUG "log-test-debug-%d\n", 1);
	printk(KERN_ERR "log-test-err-%d\n", 2);
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(log_tail(), "\nlog-test-debug-1\nlog-test-err-2\n"));
	EXPECT_NULL(t, strchr(log_tail(), KERN_SOH[0]));
}

static void continuation_joins_the_line(struct ktest *t)
{
	console_muted = true;
	printk(KERN_INFO "log-test-cont:");
	printk(KERN_CONT " a");
	printk(KERN_CONT " b\n");
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(log_tail(), "log-test-cont: a b\n"));
}

static void long_line_keeps_its_newline(struct ktest *t)
{
	static char big[700];

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	console_muted = true;
	printk("%s\n", big);
	printk("log-test-after-long\n");
	console_muted = false;
	/* cut at the line buffer, but the next message starts on its own line */
	EXPECT_NOT_NULL(t, strstr(log_tail(), "xxx\nlog-test-after-long\n"));
	EXPECT_NULL(t, strstr(log_tail(), big));
}

static void console_printf_is_logged(struct ktest *t)
{
	console_muted = true;
	console_printf("log-test-console-%s\n", "printf");
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(log_tail(), "log-test-console-printf\n"));
}

static void ring_wraps_and_keeps_the_newest(struct ktest *t)
{
	char buf[8];
	int i;

	console_muted = true;
	for (i = 0; i < 400; i++)	/* 400 * 60 bytes: more than the ring */
		printk("log-test-wrap %04d ..................................\n", i);
	printk("log-test-wrap-last\n");
	console_muted = false;
	EXPECT_EQ(t, log_buf_len(), (unsigned int)LOG_BUF_LEN);
	EXPECT_NOT_NULL(t, strstr(log_tail(), "log-test-wrap 0399"));
	EXPECT_NOT_NULL(t, strstr(log_tail(), "log-test-wrap-last\n"));
	EXPECT_EQ(t, log_buf_copy(buf, LOG_BUF_LEN, sizeof(buf)), 0u);
	EXPECT_EQ(t, log_buf_copy(buf, LOG_BUF_LEN - 3, sizeof(buf)), 3u);
}

static const struct ktest_case log_cases[] = {
	KTEST_CASE(level_prefix_is_stripped),
	KTEST_CASE(continuation_joins_the_line),
	KTEST_CASE(long_line_keeps_its_newline),
	KTEST_CASE(console_printf_is_logged),
	KTEST_CASE(ring_wraps_and_keeps_the_newest),
};
KTEST_SUITE(log_suite, "log", log_cases);
