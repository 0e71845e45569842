// SPDX-License-Identifier: GPL-2.0
/*
 * Self-tests for the printk formatter (kernel/lib/vsprintf.c) on the
 * target, where int, long and pointers are 32 bits and a 64-bit division
 * is a libgcc call: the host tests cannot see those.
 *
 * ktest.h pastes an EXPECT's expression text into its format string, so
 * nothing below passes a '%' inside an EXPECT_* argument: results and
 * formats go through variables or CHECK(), which prints them via "%s".
 */
#include <kernel/ktest.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

BUILD_BUG_ON(sizeof(long) != 4 || sizeof(void *) != 4);

#define INT_MAX	   __INT_MAX__
#define INT_MIN	   (-INT_MAX - 1)
#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1)
#define ULLONG_MAX (2ull * LLONG_MAX + 1)

/* Compares one formatting result with the expected text and length. */
static void check_result(struct ktest *t, int line, const char *fmt, const char *want,
			 const char *got, int n)
{
	int want_len = (int)strlen(want);

	if (n != want_len || strcmp(got, want))
		ktest_fail(t, __FILE__, line,
			   "format \"%s\": expected \"%s\" (%d), got \"%s\" (%d)", fmt, want,
			   want_len, got, n);
}

/* For the formats -Wformat rejects on purpose ("%q", NULL for %s). */
static int fmt_unchecked(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

#define CHECK_WITH(fn, t, want, fmt, ...)                                                          \
	do {                                                                                       \
		char __buf[80];                                                                    \
		int __n = fn(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);                            \
		check_result(t, __LINE__, fmt, want, __buf, __n);                                  \
	} while (0)
#define CHECK(t, want, fmt, ...)     CHECK_WITH(snprintf, t, want, fmt, ##__VA_ARGS__)
#define CHECK_RAW(t, want, fmt, ...) CHECK_WITH(fmt_unchecked, t, want, fmt, ##__VA_ARGS__)

static void printk_plain_text(struct ktest *t)
{
	CHECK(t, "hello", "hello");
	CHECK(t, "%", "%%");
	CHECK(t, "50% off", "50%% off");
	CHECK_RAW(t, "", "");
}

static void printk_signed_decimal(struct ktest *t)
{
	CHECK(t, "0", "%d", 0);
	CHECK(t, "-1", "%d", -1);
	CHECK(t, "12345", "%i", 12345);
	CHECK(t, "-2147483648", "%d", INT_MIN);
	CHECK(t, "2147483647", "%d", INT_MAX);
	CHECK(t, "-2147483648", "%ld", (long)INT_MIN);
}

static void printk_unsigned_hex_octal(struct ktest *t)
{
	CHECK(t, "4294967295", "%u", 0xffffffffu);
	CHECK(t, "deadbeef", "%x", 0xdeadbeefu);
	CHECK(t, "DEADBEEF", "%X", 0xdeadbeefu);
	CHECK(t, "0xdeadbeef", "%#x", 0xdeadbeefu);
	CHECK(t, "0", "%#x", 0u);
	CHECK(t, "777", "%o", 0777u);
	CHECK(t, "0777", "%#o", 0777u);
	CHECK(t, "37777777777", "%lo", 0xfffffffful);
}

/* 64-bit values: base 10 goes through __aeabi_uldivmod on ARM. */
static void printk_long_long(struct ktest *t)
{
	CHECK(t, "-9223372036854775808", "%lld", LLONG_MIN);
	CHECK(t, "9223372036854775807", "%lld", LLONG_MAX);
	CHECK(t, "18446744073709551615", "%llu", ULLONG_MAX);
	CHECK(t, "ffffffffffffffff", "%llx", ULLONG_MAX);
	CHECK(t, "1777777777777777777777", "%llo", ULLONG_MAX);
	CHECK(t, "4294967296", "%llu", 1ull << 32);
	CHECK(t, "1000000000000", "%lld", 1000000000000ll);
	CHECK(t, "-1 2 -3", "%lld %d %lld", -1ll, 2, -3ll); /* argument alignment */
}

static void printk_length_modifiers(struct ktest *t)
{
	CHECK(t, "-56", "%hhd", 200);
	CHECK(t, "44", "%hhu", 300);
	CHECK(t, "4464", "%hd", 70000);
	CHECK(t, "65535", "%hu", -1);
	CHECK(t, "4294967295", "%zu", (size_t)-1);
	CHECK(t, "-1", "%zd", (ptrdiff_t)-1);
	CHECK(t, "ffffffff", "%lx", 0xfffffffful);
}

static void printk_flags(struct ktest *t)
{
	CHECK(t, "+7", "%+d", 7);
	CHECK(t, " 7", "% d", 7);
	CHECK(t, "-7", "% d", -7);
	CHECK(t, "007", "%03d", 7);
	CHECK(t, "-07", "%03d", -7);
	CHECK(t, "7  |", "%-3d|", 7);
	CHECK(t, "0x000f", "%#06x", 15u);
	CHECK_RAW(t, "7  |", "%-03d|", 7);
}

static void printk_width_precision(struct ktest *t)
{
	CHECK(t, "   42", "%5d", 42);
	CHECK(t, "00042", "%.5d", 42);
	CHECK(t, "  042", "%5.3d", 42);
	CHECK(t, "", "%.0d", 0);
	CHECK(t, "42", "%1d", 42);
	CHECK(t, "     -2147483648", "%16d", INT_MIN);
	CHECK(t, "-00000000002147483648", "%.20d", INT_MIN);
}

static void printk_star_arguments(struct ktest *t)
{
	CHECK(t, "   42", "%*d", 5, 42);
	CHECK(t, "42   |", "%*d|", -5, 42);
	CHECK(t, "00042", "%.*d", 5, 42);
	CHECK(t, "42", "%.*d", -1, 42);
	CHECK(t, "  ab", "%*.*s", 4, 2, "abc");
}

static void printk_strings(struct ktest *t)
{
	CHECK(t, "abc", "%s", "abc");
	CHECK(t, "  abc", "%5s", "abc");
	CHECK(t, "abc  |", "%-5s|", "abc");
	CHECK(t, "ab", "%.2s", "abc");
	CHECK(t, "", "%s", "");
	CHECK_RAW(t, "(null)", "%s", NULL);
	CHECK_RAW(t, "  (null)", "%8s", NULL);
}

static void printk_chars(struct ktest *t)
{
	CHECK(t, "A", "%c", 'A');
	CHECK(t, "  A", "%3c", 'A');
	CHECK(t, "A  |", "%-3c|", 'A');
	CHECK(t, "xyz", "%c%c%c", 'x', 'y', 'z');
}

static void printk_pointers(struct ktest *t)
{
	CHECK(t, "0x00000000", "%p", NULL);
	CHECK(t, "0x00001000", "%p", (void *)0x1000);
	CHECK(t, "0xc0008000", "%p", (void *)0xc0008000);
	CHECK(t, "  0x00001000", "%12p", (void *)0x1000);
}

static void printk_unknown_conversion(struct ktest *t)
{
	CHECK_RAW(t, "%q", "%q");
	CHECK_RAW(t, "%5q|", "%5q|");
	CHECK_RAW(t, "%n", "%n", 0); /* never a store */
	CHECK_RAW(t, "end%", "end%");
	CHECK_RAW(t, "%y3", "%y%d", 3);
}

static void printk_truncation(struct ktest *t)
{
	static const char sentinel[] = "xxxxxxxx";
	char buf[9];
	int n;

	memcpy(buf, sentinel, sizeof(buf));
	n = snprintf(buf, 4, "%d", 123456);
	EXPECT_EQ(t, n, 6); /* the length the whole output would have had */
	EXPECT_STREQ(t, buf, "123");
	n = snprintf(buf, 1, "abc");
	EXPECT_EQ(t, n, 3);
	EXPECT_STREQ(t, buf, "");
	memcpy(buf, sentinel, sizeof(buf));
	n = snprintf(buf, 0, "abc");
	EXPECT_EQ(t, n, 3);
	EXPECT_STREQ(t, buf, sentinel); /* size 0: nothing written */
	n = snprintf(buf, sizeof(buf), "12345678");
	EXPECT_EQ(t, n, 8);
	EXPECT_STREQ(t, buf, "12345678");
}

static void printk_scnprintf(struct ktest *t)
{
	char buf[8];
	int n;

	n = scnprintf(buf, sizeof(buf), "abcdefghij");
	EXPECT_EQ(t, n, 7); /* what was written, not what was wanted */
	EXPECT_STREQ(t, buf, "abcdefg");
	n = scnprintf(buf, 1, "abc");
	EXPECT_EQ(t, n, 0);
	n = scnprintf(buf, 0, "abc");
	EXPECT_EQ(t, n, 0);
	n = scnprintf(buf, sizeof(buf), "ab");
	EXPECT_EQ(t, n, 2);
}

static const struct ktest_case printk_cases[] = {
	KTEST_CASE(printk_plain_text),
	KTEST_CASE(printk_signed_decimal),
	KTEST_CASE(printk_unsigned_hex_octal),
	KTEST_CASE(printk_long_long),
	KTEST_CASE(printk_length_modifiers),
	KTEST_CASE(printk_flags),
	KTEST_CASE(printk_width_precision),
	KTEST_CASE(printk_star_arguments),
	KTEST_CASE(printk_strings),
	KTEST_CASE(printk_chars),
	KTEST_CASE(printk_pointers),
	KTEST_CASE(printk_unknown_conversion),
	KTEST_CASE(printk_truncation),
	KTEST_CASE(printk_scnprintf),
};

KTEST_SUITE(printk_suite, "printk", printk_cases);
