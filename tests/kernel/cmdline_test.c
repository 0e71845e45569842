// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "cmdline": the tokenizer behind the kernel command line and the
 * monitor (kernel/lib/cmdline.c), including malformed input.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

static void words_and_values(struct ktest *t)
{
	char line[] = "  a=1 flag c=x=y ";
	char *rest = line, *p, *v;
	int err = 0;

	rest = next_arg(rest, &p, &v, &err);
	EXPECT_STREQ(t, p, "a");
	EXPECT_STREQ(t, v, "1");
	rest = next_arg(rest, &p, &v, &err);
	EXPECT_STREQ(t, p, "flag");
	EXPECT_NULL(t, v);
	rest = next_arg(rest, &p, &v, &err);
	EXPECT_STREQ(t, p, "c");
	EXPECT_STREQ(t, v, "x=y");	/* only the first '=' splits */
	EXPECT_NULL(t, next_arg(rest, &p, &v, &err));
	EXPECT_EQ(t, err, 0);
}

static void quoted_value_keeps_spaces(struct ktest *t)
{
	char line[] = "cmd=\"test; poweroff\" selftest=all";
	char *rest = line, *p, *v;
	int err = 0;

	rest = next_arg(rest, &p, &v, &err);
	EXPECT_STREQ(t, p, "cmd");
	EXPECT_STREQ(t, v, "test; poweroff");
	rest = next_arg(rest, &p, &v, &err);
	EXPECT_STREQ(t, p, "selftest");
	EXPECT_STREQ(t, v, "all");
	EXPECT_EQ(t, err, 0);
}

static void unterminated_quote_is_reported(struct ktest *t)
{
	char line[] = "a=\"abc def";
	char *p, *v;
	int err = 0;

	EXPECT_NOT_NULL(t, next_arg(line, &p, &v, &err));
	EXPECT_STREQ(t, p, "a");
	EXPECT_STREQ(t, v, "abc def");
	EXPECT_EQ(t, err, CMDLINE_ERR_QUOTE);
}

static void empty_lines(struct ktest *t)
{
	char blank[] = " \t ", none[] = "";
	char *p, *v;
	int err = 0;

	EXPECT_NULL(t, next_arg(blank, &p, &v, &err));
	EXPECT_NULL(t, next_arg(none, &p, &v, &err));
}

static void commands_split_at_semicolons(struct ktest *t)
{
	char line[] = "echo a; echo \"b;c\" ;x";
	char *rest;

	rest = next_command(line);
	EXPECT_STREQ(t, line, "echo a");
	ASSERT_NOT_NULL(t, rest);
	{
		char *second = rest;

		rest = next_command(second);
		EXPECT_STREQ(t, second, " echo \"b;c\" ");
		ASSERT_NOT_NULL(t, rest);
		EXPECT_STREQ(t, rest, "x");
		EXPECT_NULL(t, next_command(rest));
	}
}

static void split_words_limits(struct ktest *t)
{
	char ok[] = "test  \"two words\" three";
	char many[] = "a b c d e";
	char *argv[4];
	int err = 0;

	EXPECT_EQ(t, split_words(ok, argv, 4, &err), 3);
	EXPECT_STREQ(t, argv[0], "test");
	EXPECT_STREQ(t, argv[1], "two words");
	EXPECT_STREQ(t, argv[2], "three");
	EXPECT_EQ(t, split_words(many, argv, 4, &err), -1);
	EXPECT_EQ(t, err, 0);
}

static const struct ktest_case cmdline_cases[] = {
	KTEST_CASE(words_and_values),
	KTEST_CASE(quoted_value_keeps_spaces),
	KTEST_CASE(unterminated_quote_is_reported),
	KTEST_CASE(empty_lines),
	KTEST_CASE(commands_split_at_semicolons),
	KTEST_CASE(split_words_limits),
};
KTEST_SUITE(cmdline_suite, "cmdline", cmdline_cases);
