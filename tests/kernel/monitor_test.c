// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "monitor": command dispatch and bad input, and the log buffer the
 * monitor's dmesg prints. Commands run with the console quiet, so their
 * output lands only in the log, where the cases look for it.
 */
#include <kernel/ktest.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define TAIL 1024

/* Do the last TAIL bytes of the log contain s? */
static bool log_tail_contains(const char *s)
{
	static char tail[TAIL + 1];

	return strstr(ktest_log_tail(tail, sizeof(tail)), s) != NULL;
}

static int quiet_exec(const char *cmd)
{
	char line[MONITOR_MAX_LINE];
	int failed;

	strlcpy(line, cmd, sizeof(line));
	console_muted = true;
	failed = monitor_exec(line);
	console_muted = false;
	return failed;
}

static void unknown_command_reported(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec("frobnicate now"), 1);
	EXPECT_TRUE(t, log_tail_contains("unknown command 'frobnicate'"));
}

static void known_command_runs(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec("echo monitor-test-marker"), 0);
	EXPECT_TRUE(t, log_tail_contains("monitor-test-marker"));
}

static void failures_are_counted_per_command(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec("echo mon-a; nosuch; echo mon-after-failure; nosuch2"), 2);
	/* a failing command does not stop the ones after it */
	EXPECT_TRUE(t, log_tail_contains("mon-after-failure\n"));
	EXPECT_TRUE(t, log_tail_contains("unknown command 'nosuch2'"));
}

static void empty_commands_are_harmless(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec(""), 0);
	EXPECT_EQ(t, quiet_exec(";;  ; "), 0);
}

static void too_many_words_refused(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec("echo 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17"), 1);
	EXPECT_TRUE(t, log_tail_contains("too many words"));
}

static void bad_crash_kind_refused(struct ktest *t)
{
	EXPECT_EQ(t, quiet_exec("crash gently"), 1);
	EXPECT_TRUE(t, log_tail_contains("usage: crash KIND"));
}

static void log_keeps_quiet_messages(struct ktest *t)
{
	printk(KERN_DEBUG "debug-level-marker-%d\n", 42);
	EXPECT_TRUE(t, log_tail_contains("debug-level-marker-42\n"));
	EXPECT_FALSE(t, log_tail_contains("\001"));	/* the level prefix is stripped */
}

static const struct ktest_case monitor_cases[] = {
	KTEST_CASE(unknown_command_reported),
	KTEST_CASE(known_command_runs),
	KTEST_CASE(failures_are_counted_per_command),
	KTEST_CASE(empty_commands_are_harmless),
	KTEST_CASE(too_many_words_refused),
	KTEST_CASE(bad_crash_kind_refused),
	KTEST_CASE(log_keeps_quiet_messages),
};
KTEST_SUITE(monitor_suite, "monitor", monitor_cases);
