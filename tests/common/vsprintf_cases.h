/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks of kernel/lib/vsprintf.c that run both on the host (suite
 * "vsprintf", tests/host/test_vsprintf.c, under ASan and UBSan) and on the
 * target (suite "printk", tests/kernel/printk_test.c, where int, long and
 * pointers are 32 bits and a 64-bit division is a libgcc call).
 *
 * Exact expected strings for every conversion, flag and corner the
 * contract in <kernel/sprintf.h> names (several of which libc does
 * differently: %p, NULL %s, unknown conversions), and the return values
 * of snprintf and scnprintf. A case is written once, here, against the
 * shared names of tests/common/test.h.
 *
 * Each suite includes this file once and puts
 * VSPRINTF_COMMON_CASES(HTEST_CASE) or
 * VSPRINTF_COMMON_CASES(KTEST_CASE) in its case array; a case defined here
 * but left out of that list is a -Wunused-function error in both builds.
 */
#ifndef _TESTS_COMMON_VSPRINTF_CASES_H
#define _TESTS_COMMON_VSPRINTF_CASES_H

#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "test.h"

/* The cases, in the order both suites run them. */
/* clang-format would pack this list into a few long lines. */
// clang-format off
#define VSPRINTF_COMMON_CASES(CASE)                                                                \
	CASE(plain_text_and_percent),                                                              \
	CASE(decimal_basic),                                                                       \
	CASE(int_limits),                                                                          \
	CASE(long_long_limits),                                                                    \
	CASE(length_modifiers),                                                                    \
	CASE(hex_and_octal),                                                                       \
	CASE(sign_flags),                                                                          \
	CASE(width_and_alignment),                                                                 \
	CASE(precision_integers),                                                                  \
	CASE(star_width_and_precision),                                                            \
	CASE(huge_width_is_capped),                                                                \
	CASE(strings),                                                                             \
	CASE(string_precision_bounds_read),                                                        \
	CASE(null_string),                                                                         \
	CASE(chars),                                                                               \
	CASE(pointers),                                                                            \
	CASE(unknown_conversions),                                                                 \
	CASE(truncation_return_value),                                                             \
	CASE(scnprintf_return_value),                                                              \
	CASE(scnprintf_appends),                                                                   \
	CASE(va_list_variants)
// clang-format on

/*
 * Calls vfn (vsnprintf or vscnprintf) with the "..." as its va_list. It
 * has no printf attribute, so it also takes the formats that -Wformat
 * rightly rejects ("%q", a lone '%', '0' with %s, NULL for %s).
 */
static int call_va(int (*vfn)(char *buf, size_t size, const char *fmt, va_list args), char *buf,
		   size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vfn(buf, size, fmt, args);
	va_end(args);
	return n;
}

#define fmt_unchecked(buf, size, ...)	call_va(vsnprintf, buf, size, __VA_ARGS__)
#define call_vscnprintf(buf, size, ...) call_va(vscnprintf, buf, size, __VA_ARGS__)

/* want_len is given separately so that a want with a NUL in it works. */
static void check_output(struct ctest *t, int line, const char *fmt, const char *got, int n,
			 const char *want, size_t want_len)
{
	if (n == (int)want_len && !memcmp(got, want, want_len + 1))
		return;
	ctest_fail(t, __FILE__, line, "format \"%s\": expected \"%s\" (%zu), got \"%s\" (%d)", fmt,
		   want, want_len, got, n);
}

/*
 * Formats into a roomy buffer; checks the text and the returned length.
 * want must be a string literal. CHECK_RAW is for the formats that
 * -Wformat rejects.
 */
#define CHECK_WITH(fn, t, want, fmt, ...)                                                          \
	do {                                                                                       \
		char __buf[80];                                                                    \
		int __n = fn(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);                            \
		check_output(t, __LINE__, fmt, __buf, __n, want, sizeof(want) - 1);                \
	} while (0)
#define CHECK(t, want, fmt, ...)     CHECK_WITH(snprintf, t, want, fmt, ##__VA_ARGS__)
#define CHECK_RAW(t, want, fmt, ...) CHECK_WITH(fmt_unchecked, t, want, fmt, ##__VA_ARGS__)

static void plain_text_and_percent(struct ctest *t)
{
	CHECK_RAW(t, "", "");
	CHECK(t, "hello", "hello");
	CHECK(t, "hello, world", "hello, world");
	CHECK(t, "%", "%%");
	CHECK(t, "100% sure", "100%% sure");
	CHECK(t, "50% off", "50%% off");
	CHECK(t, "%%", "%%%%");
}

static void decimal_basic(struct ctest *t)
{
	CHECK(t, "0", "%d", 0);
	CHECK(t, "42", "%d", 42);
	CHECK(t, "-42", "%d", -42);
	CHECK(t, "-1", "%d", -1);
	CHECK(t, "-7", "%i", -7);
	CHECK(t, "12345", "%i", 12345);
	CHECK(t, "1 2 3", "%d %i %u", 1, 2, 3u);
	CHECK(t, "a1b-2c", "a%db%dc", 1, -2);
}

static void int_limits(struct ctest *t)
{
	CHECK(t, "-2147483648", "%d", INT_MIN);
	CHECK(t, "2147483647", "%d", INT_MAX);
	CHECK(t, "4294967295", "%u", UINT_MAX);
	CHECK(t, "ffffffff", "%x", UINT_MAX);
	CHECK(t, "37777777777", "%o", UINT_MAX);
	CHECK(t, "80000000", "%x", (unsigned int)INT_MIN);
	CHECK(t, "-2147483648", "%i", INT_MIN);
	CHECK(t, "-2147483648", "%ld", (long)INT_MIN);
	CHECK(t, "  -2147483648", "%13d", INT_MIN);
	CHECK(t, "-002147483648", "%013d", INT_MIN);
}

/* 64-bit values: on ARM, base 10 goes through __aeabi_uldivmod. */
static void long_long_limits(struct ctest *t)
{
	CHECK(t, "-9223372036854775808", "%lld", LLONG_MIN);
	CHECK(t, "9223372036854775807", "%lld", LLONG_MAX);
	CHECK(t, "18446744073709551615", "%llu", ULLONG_MAX);
	CHECK(t, "ffffffffffffffff", "%llx", ULLONG_MAX);
	CHECK(t, "FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
	CHECK(t, "1777777777777777777777", "%llo", ULLONG_MAX);
	CHECK(t, "01777777777777777777777", "%#llo", ULLONG_MAX);
	CHECK(t, "0xffffffffffffffff", "%#llx", ULLONG_MAX);
	CHECK(t, "4294967296", "%llu", 1ull << 32);
	CHECK(t, "-4294967296", "%lld", -(1ll << 32));
	CHECK(t, "1000000000000", "%lld", 1000000000000ll);
	CHECK(t, "12345678901234", "%lld", 12345678901234ll);
	CHECK(t, "-1 2 -3", "%lld %d %lld", -1ll, 2, -3ll); /* argument alignment */
}

static void length_modifiers(struct ctest *t)
{
	CHECK(t, "-56", "%hhd", 200); /* narrowed to signed char */
	CHECK(t, "44", "%hhu", 300);  /* narrowed to unsigned char */
	CHECK(t, "ff", "%hhx", -1);
	CHECK(t, "4464", "%hd", 70000); /* narrowed to short */
	CHECK(t, "-1", "%hd", 65535);
	CHECK(t, "65535", "%hu", -1);
	CHECK(t, "-123456789", "%ld", -123456789l);
	CHECK(t, "123456789", "%lu", 123456789ul);
	CHECK(t, "abcdef", "%lx", 0xabcdeful);
	CHECK(t, "ffffffff", "%lx", 0xfffffffful);
	CHECK(t, "12345", "%zu", (size_t)12345);
	CHECK(t, "4294967295", "%zu", (size_t)UINT_MAX); /* (size_t)-1 on the target */
	CHECK(t, "-1", "%zd", (ptrdiff_t)-1);
	CHECK(t, "7f", "%zx", (size_t)127);
}

static void hex_and_octal(struct ctest *t)
{
	CHECK(t, "dead beef", "%x %x", 0xdeadu, 0xbeefu);
	CHECK(t, "deadbeef", "%x", 0xdeadbeefu);
	CHECK(t, "DEAD", "%X", 0xdeadu);
	CHECK(t, "DEADBEEF", "%X", 0xdeadbeefu);
	CHECK(t, "0xdead", "%#x", 0xdeadu);
	CHECK(t, "0xdeadbeef", "%#x", 0xdeadbeefu);
	CHECK(t, "0XDEAD", "%#X", 0xdeadu);
	CHECK(t, "0", "%#x", 0u); /* no prefix for zero */
	CHECK(t, "17", "%o", 15u);
	CHECK(t, "777", "%o", 0777u);
	CHECK(t, "017", "%#o", 15u);
	CHECK(t, "0777", "%#o", 0777u);
	CHECK(t, "0", "%#o", 0u);
	CHECK(t, "0", "%o", 0u);
	CHECK(t, "37777777777", "%lo", 0xfffffffful);
	CHECK(t, "0x0000ff", "%#08x", 0xffu); /* zeros go after the prefix */
	CHECK(t, "0x000f", "%#06x", 15u);
	CHECK(t, "    0xff", "%#8x", 0xffu);
	CHECK(t, "0xff    ", "%-#8x", 0xffu);
}

static void sign_flags(struct ctest *t)
{
	CHECK(t, "+5", "%+d", 5);
	CHECK(t, "+7", "%+d", 7);
	CHECK(t, "-5", "%+d", -5);
	CHECK(t, "+0", "%+d", 0);
	CHECK(t, " 5", "% d", 5);
	CHECK(t, " 7", "% d", 7);
	CHECK(t, "-5", "% d", -5);
	CHECK(t, "-7", "% d", -7);
	CHECK_RAW(t, "+5", "%+ d", 5); /* '+' wins over ' ' */
	CHECK(t, "   +5", "%+5d", 5);
	CHECK(t, "+0005", "%+05d", 5);
	CHECK(t, " 0005", "% 05d", 5);
	CHECK_RAW(t, "5", "%+u", 5u); /* no sign on unsigned conversions */
}

static void width_and_alignment(struct ctest *t)
{
	CHECK(t, "   42", "%5d", 42);
	CHECK(t, "42   |", "%-5d|", 42);
	CHECK(t, "7  |", "%-3d|", 7);
	CHECK(t, "00042", "%05d", 42);
	CHECK(t, "-0042", "%05d", -42);
	CHECK(t, "007", "%03d", 7);
	CHECK(t, "-07", "%03d", -7);
	CHECK_RAW(t, "42   |", "%-05d|", 42); /* '-' overrides '0' */
	CHECK_RAW(t, "7  |", "%-03d|", 7);
	CHECK(t, "42", "%1d", 42); /* width is a minimum */
	CHECK(t, "  -42", "%5d", -42);
	CHECK(t, "-42  |", "%-5d|", -42);
	CHECK(t, "     0", "%6u", 0u);
	CHECK(t, "     -2147483648", "%16d", INT_MIN);
}

static void precision_integers(struct ctest *t)
{
	CHECK(t, "042", "%.3d", 42);
	CHECK(t, "-042", "%.3d", -42);
	CHECK(t, "00042", "%.5d", 42);
	CHECK(t, "-00000000002147483648", "%.20d", INT_MIN);
	CHECK(t, "", "%.0d", 0); /* zero precision, zero value: no digits */
	CHECK(t, "", "%.0x", 0u);
	CHECK(t, "    ", "%4.0d", 0);
	CHECK(t, "0", "%#.0o", 0u); /* but '#' keeps octal's 0 */
	CHECK(t, "  042", "%5.3d", 42);
	CHECK_RAW(t, "  042", "%05.3d", 42); /* precision turns '0' off */
	CHECK(t, "042  |", "%-5.3d|", 42);
	CHECK(t, "012", "%#.3o", 10u);
	CHECK(t, "0x00ff", "%#.4x", 0xffu);
	CHECK(t, "12345", "%.2d", 12345);
	CHECK(t, "7", "%.d", 7); /* "." alone is precision 0 */
}

static void star_width_and_precision(struct ctest *t)
{
	CHECK(t, "   42", "%*d", 5, 42);
	CHECK(t, "42   |", "%*d|", -5, 42); /* negative width: left-justify */
	CHECK(t, "00042", "%.*d", 5, 42);
	CHECK(t, "42", "%.*d", -1, 42); /* negative precision: none */
	CHECK(t, "42", "%.*d", -3, 42);
	CHECK(t, "  0042", "%*.*d", 6, 4, 42);
	CHECK(t, "  ab", "%*.*s", 4, 2, "abc");
	CHECK(t, "  abc", "%*.*s", 5, 3, "abcdef");
	CHECK(t, "ab   |", "%-*.*s|", 5, 2, "abcdef");
	CHECK(t, "x00007", "x%0*d", 5, 7);
}

/* Widths are capped (FIELD_MAX in vsprintf.c) so no field runs away. */
static void huge_width_is_capped(struct ctest *t)
{
	char buf[8];

	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%99999999d", 1), 65535);
	EXPECT_STREQ(t, buf, "       ");
	EXPECT_EQ(t, fmt_unchecked(buf, sizeof(buf), "%*d", INT_MIN, 1), 65535);
	EXPECT_STREQ(t, buf, "1      ");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.99999999d", 1), 65535);
	EXPECT_STREQ(t, buf, "0000000");
}

static void strings(struct ctest *t)
{
	CHECK(t, "hello", "%s", "hello");
	CHECK(t, "abc", "%s", "abc");
	CHECK(t, "", "%s", "");
	CHECK(t, "     hello", "%10s", "hello");
	CHECK(t, "  abc", "%5s", "abc");
	CHECK(t, "hello     |", "%-10s|", "hello");
	CHECK(t, "abc  |", "%-5s|", "abc");
	CHECK(t, "hel", "%.3s", "hello");
	CHECK(t, "ab", "%.2s", "abc");
	CHECK(t, "", "%.0s", "hello");
	CHECK(t, "hello", "%.10s", "hello");
	CHECK(t, "  hel", "%5.3s", "hello");
	CHECK(t, "a b", "%s %s", "a", "b");
}

/* A precision bounds the read: the source need not be terminated. */
static void string_precision_bounds_read(struct ctest *t)
{
	char *p = ctest_alloc(4);
	char buf[16];

	memcpy(p, "abcd", 4);
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.4s|", p), 5);
	EXPECT_STREQ(t, buf, "abcd|");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.*s|", 2, p), 3);
	EXPECT_STREQ(t, buf, "ab|");
	ctest_free(p);
}

static void null_string(struct ctest *t)
{
	const char *null = NULL;

	/* Unchecked: GCC rightly warns about a NULL %s argument. */
	CHECK_RAW(t, "(null)", "%s", null);
	CHECK_RAW(t, "    (null)", "%10s", null);
	CHECK_RAW(t, "  (null)", "%8s", null);
	CHECK_RAW(t, "(null)    |", "%-10s|", null);
	CHECK_RAW(t, "(nu", "%.3s", null);
}

static void chars(struct ctest *t)
{
	CHECK(t, "x", "%c", 'x');
	CHECK(t, "A", "%c", 'A');
	CHECK(t, "    x", "%5c", 'x');
	CHECK(t, "  A", "%3c", 'A');
	CHECK(t, "x  |", "%-3c|", 'x');
	CHECK(t, "A  |", "%-3c|", 'A');
	CHECK(t, "abc", "%c%c%c", 'a', 'b', 'c');
	CHECK(t, "xyz", "%c%c%c", 'x', 'y', 'z');
	CHECK(t, "\xe9", "%c", 0xe9);
	CHECK(t, "a\0b", "a%cb", 0); /* a NUL character is output and counted */
}

static void pointers(struct ctest *t)
{
	CHECK(t, "0x00000000", "%p", NULL);
	CHECK(t, "0x00000001", "%p", (void *)1);
	CHECK(t, "0x00001000", "%p", (void *)0x1000);
	CHECK(t, "0x00001234", "%p", (void *)0x1234);
	CHECK(t, "0xc0008000", "%p", (void *)0xc0008000);
	CHECK(t, "0xdeadbeef", "%p", (void *)0xdeadbeef);
	CHECK(t, "  0x00001000", "%12p", (void *)0x1000);
	CHECK(t, "  0x00001234", "%12p", (void *)0x1234);
	CHECK(t, "0x00001234  |", "%-12p|", (void *)0x1234);
}

static void unknown_conversions(struct ctest *t)
{
	CHECK_RAW(t, "%q", "%q");
	CHECK_RAW(t, "a%5qb", "a%5qb");
	CHECK_RAW(t, "%5q|", "%5q|");
	CHECK_RAW(t, "%-08.3lq", "%-08.3lq");
	CHECK_RAW(t, "100%", "100%"); /* a lone '%' at the end */
	CHECK_RAW(t, "end%", "end%");
	CHECK_RAW(t, "%l", "%l");
	CHECK_RAW(t, "%n", "%n", 0); /* %n is not supported: no store */
	CHECK_RAW(t, "%n", "%n", 1);
	CHECK_RAW(t, "%y7", "%y%d", 7); /* consumes no argument */
	CHECK_RAW(t, "%y3", "%y%d", 3);
	CHECK_RAW(t, "%hhz", "%hhz");
	CHECK_RAW(t, "%L", "%L");
}

static void truncation_return_value(struct ctest *t)
{
	static const char sentinel[] = "xxxxxxxx";
	char buf[sizeof(sentinel)];

	memcpy(buf, sentinel, sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 5, "hello world"), 11);
	EXPECT_MEMEQ(t, buf, "hell\0xxx", 8);
	EXPECT_EQ(t, snprintf(buf, 6, "%d", 12345), 5); /* exactly fits */
	EXPECT_STREQ(t, buf, "12345");
	EXPECT_EQ(t, snprintf(buf, 5, "%d", 12345), 5);
	EXPECT_STREQ(t, buf, "1234");
	EXPECT_EQ(t, snprintf(buf, 4, "%d", 123456), 6);
	EXPECT_STREQ(t, buf, "123");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "12345678"), 8);
	EXPECT_STREQ(t, buf, "12345678");
	memcpy(buf, sentinel, sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 1, "abc"), 3);
	EXPECT_MEMEQ(t, buf, "\0xxxxxxx", 8);
	EXPECT_STREQ(t, buf, "");
	memcpy(buf, sentinel, sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 0, "abc%d", 42), 5);
	EXPECT_MEMEQ(t, buf, "xxxxxxxx", 8); /* size 0 writes nothing */
	EXPECT_EQ(t, snprintf(buf, 0, "abc"), 3);
	EXPECT_STREQ(t, buf, sentinel);
	EXPECT_EQ(t, snprintf(NULL, 0, "%s-%s", "ab", "cd"), 5);
	EXPECT_EQ(t, snprintf(buf, 4, "%8d", 1), 8);
	EXPECT_STREQ(t, buf, "   ");
}

/* scnprintf returns what was written, not what was wanted. */
static void scnprintf_return_value(struct ctest *t)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, scnprintf(buf, 0, "abc"), 0);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, scnprintf(buf, 1, "abc"), 0);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, scnprintf(buf, 3, "abc"), 2);
	EXPECT_STREQ(t, buf, "ab");
	EXPECT_EQ(t, scnprintf(buf, 4, "abc"), 3);
	EXPECT_STREQ(t, buf, "abc");
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "ab"), 2);
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%d-%d", 1, 2), 3);
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%s", ""), 0);
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%s", "0123456789"), 7);
	EXPECT_STREQ(t, buf, "0123456");
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "abcdefghij"), 7);
	EXPECT_STREQ(t, buf, "abcdefg");
}

/* The usual way to fill a buffer piecewise: offsets never run past size. */
static void scnprintf_appends(struct ctest *t)
{
	char buf[10];
	int len = 0, i;

	for (i = 0; i < 10; i++)
		len += scnprintf(buf + len, sizeof(buf) - len, "%d,", i);
	EXPECT_EQ(t, len, 9);
	EXPECT_STREQ(t, buf, "0,1,2,3,4");
}

static void va_list_variants(struct ctest *t)
{
	char buf[8];

	EXPECT_EQ(t, fmt_unchecked(buf, sizeof(buf), "%d %s", 12, "abcdefgh"), 11);
	EXPECT_STREQ(t, buf, "12 abcd");
	EXPECT_EQ(t, call_vscnprintf(buf, sizeof(buf), "%d %s", 12, "abcdefgh"), 7);
	EXPECT_STREQ(t, buf, "12 abcd");
	EXPECT_EQ(t, call_vscnprintf(buf, 0, "%d", 12), 0);
}

#endif
