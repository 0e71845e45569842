/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks of kernel/lib/string.c that run both on the host (suite
 * "string", tests/host/test_string.c, under ASan and UBSan) and on the
 * target (suite "string", tests/kernel/string_test.c, with ARM's 4-byte
 * words and a 32-bit long).
 *
 * The memory functions are checked exhaustively over small offsets and
 * lengths against a byte-at-a-time reference, with guard bytes around the
 * destination, so that every head/word/tail path of the word-at-a-time
 * copies is taken. Buffers that must not be over-read come from
 * ctest_alloc() with exactly the readable size, so that on the host ASan
 * reports a single byte too many. A case is written once, here, against
 * the shared names of tests/common/test.h.
 *
 * Each suite includes this file once and puts
 * STRING_COMMON_CASES(HTEST_CASE) or
 * STRING_COMMON_CASES(KTEST_CASE) in its case array; a case defined here
 * but left out of that list is a -Wunused-function error in both builds.
 */
#ifndef _TESTS_COMMON_STRING_CASES_H
#define _TESTS_COMMON_STRING_CASES_H

#include <kernel/errno.h>
#include <kernel/string.h>

#include "test.h"

/* The cases, in the order both suites run them. */
/* clang-format would pack this list into a few long lines. */
// clang-format off
#define STRING_COMMON_CASES(CASE)                                                                  \
	CASE(memcpy_all_alignments),                                                               \
	CASE(memmove_overlap_both_directions),                                                     \
	CASE(memmove_simple_cases),                                                                \
	CASE(memset_all_alignments),                                                               \
	CASE(memset_uses_low_byte),                                                                \
	CASE(memcmp_unsigned_order),                                                               \
	CASE(memchr_bounds),                                                                       \
	CASE(strlen_and_strnlen),                                                                  \
	CASE(strcmp_and_strncmp),                                                                  \
	CASE(strchr_and_strrchr),                                                                  \
	CASE(strstr_cases),                                                                        \
	CASE(strlcpy_truncation),                                                                  \
	CASE(strscpy_truncation),                                                                  \
	CASE(strsep_tokens),                                                                       \
	CASE(strsep_no_delimiter),                                                                 \
	CASE(strsep_command_line),                                                                 \
	CASE(skip_spaces_cases),                                                                   \
	CASE(ctype_helpers),                                                                       \
	CASE(kstrtoull_bases),                                                                     \
	CASE(kstrtoull_invalid),                                                                   \
	CASE(kstrtoull_range),                                                                     \
	CASE(kstrtoul_values),                                                                     \
	CASE(kstrtol_limits)
// clang-format on

#define GUARD	  0xa5
#define MAX_OFF	  8
#define MAX_LEN	  72
#define AREA_SIZE (MAX_OFF + MAX_LEN + MAX_OFF + 16)

static void fill_pattern(u8 *p, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (u8)(i * 7 + seed * 13 + 1);
}

/* The first byte where a and b differ, or -1. Byte by byte: no memcmp. */
static int first_difference(const u8 *a, const u8 *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (a[i] != b[i])
			return (int)i;
	}
	return -1;
}

/*
 * Ends the case unless the AREA_SIZE bytes at got equal those at want;
 * the message names the call (a format and its arguments) and the byte.
 */
#define ASSERT_AREA_EQ(t, got, want, call_fmt, ...)                                                \
	do {                                                                                       \
		int __i = first_difference(got, want, AREA_SIZE);                                  \
		if (__i >= 0) {                                                                    \
			ctest_fail(t, __FILE__, __LINE__,                                          \
				   call_fmt ": byte %d is 0x%02x, expected 0x%02x", __VA_ARGS__,   \
				   __i, (got)[__i], (want)[__i]);                                  \
			ctest_abort(t);                                                            \
		}                                                                                  \
	} while (0)

/* Every dst/src alignment and every length up to MAX_LEN. */
static void memcpy_all_alignments(struct ctest *t)
{
	u8 src[AREA_SIZE], dst[AREA_SIZE], want[AREA_SIZE];
	size_t so, dof, n, i;

	fill_pattern(src, sizeof(src), 1);
	for (so = 0; so < MAX_OFF; so++) {
		for (dof = 0; dof < MAX_OFF; dof++) {
			for (n = 0; n <= MAX_LEN; n++) {
				for (i = 0; i < AREA_SIZE; i++)
					dst[i] = want[i] = GUARD;
				for (i = 0; i < n; i++)
					want[dof + i] = src[so + i];
				ASSERT_TRUE(t, memcpy(dst + dof, src + so, n) == dst + dof);
				ASSERT_AREA_EQ(t, dst, want, "memcpy src+%zu dst+%zu len %zu", so,
					       dof, n);
			}
		}
	}
}

/*
 * Overlapping moves in both directions, every alignment: the reference
 * copies through a separate buffer, which is what memmove promises.
 */
static void memmove_overlap_both_directions(struct ctest *t)
{
	u8 buf[AREA_SIZE], want[AREA_SIZE], tmp[AREA_SIZE];
	size_t so, dof, n, i;

	for (so = 0; so < 2 * MAX_OFF; so++) {
		for (dof = 0; dof < 2 * MAX_OFF; dof++) {
			for (n = 0; n <= MAX_LEN; n++) {
				fill_pattern(buf, sizeof(buf), 2);
				fill_pattern(want, sizeof(want), 2);
				for (i = 0; i < n; i++)
					tmp[i] = want[so + i];
				for (i = 0; i < n; i++)
					want[dof + i] = tmp[i];
				ASSERT_TRUE(t, memmove(buf + dof, buf + so, n) == buf + dof);
				ASSERT_AREA_EQ(t, buf, want, "memmove src+%zu dst+%zu len %zu", so,
					       dof, n);
			}
		}
	}
}

static void memmove_simple_cases(struct ctest *t)
{
	char a[16] = "abcdefgh";
	char b[16] = "abcdefgh";
	char c[16] = "abcdefgh";

	memmove(a + 2, a, 6); /* dst above src: must copy backwards */
	EXPECT_STREQ(t, a, "ababcdef");
	memmove(b, b + 2, 6); /* dst below src */
	EXPECT_STREQ(t, b, "cdefghgh");
	memmove(c, c, 8);
	EXPECT_STREQ(t, c, "abcdefgh");
	memmove(c + 1, c, 0);
	EXPECT_STREQ(t, c, "abcdefgh");
}

/* Two fill bytes: one with the top bit set, one without. */
static void memset_all_alignments(struct ctest *t)
{
	static const u8 fills[] = {0xc3, 0x3c};
	u8 buf[AREA_SIZE], want[AREA_SIZE];
	size_t f, off, n, i;

	for (f = 0; f < ARRAY_SIZE(fills); f++) {
		for (off = 0; off < MAX_OFF; off++) {
			for (n = 0; n <= MAX_LEN; n++) {
				for (i = 0; i < AREA_SIZE; i++)
					buf[i] = want[i] = GUARD;
				for (i = 0; i < n; i++)
					want[off + i] = fills[f];
				ASSERT_TRUE(t, memset(buf + off, fills[f], n) == buf + off);
				ASSERT_AREA_EQ(t, buf, want, "memset 0x%02x +%zu len %zu", fills[f],
					       off, n);
			}
		}
	}
}

/* Only the low byte of c is stored, as in C. */
static void memset_uses_low_byte(struct ctest *t)
{
	u8 buf[20], want[20];
	size_t i;

	for (i = 0; i < sizeof(want); i++)
		want[i] = 0x34;
	memset(buf, 0x1234, sizeof(buf));
	EXPECT_MEMEQ(t, buf, want, sizeof(buf));
	memset(buf, 0x1ff, 4);
	EXPECT_EQ(t, buf[3], 0xff);
	EXPECT_EQ(t, buf[4], 0x34);
	memset(buf, -1, sizeof(buf));
	for (i = 0; i < sizeof(buf); i++)
		EXPECT_EQ(t, buf[i], 0xff);
}

static void memcmp_unsigned_order(struct ctest *t)
{
	const u8 a[] = {1, 2, 3, 0x80};
	const u8 b[] = {1, 2, 3, 0x01};
	const u8 a3[] = {1, 2, 0x80}, b3[] = {1, 2, 0x01};

	EXPECT_EQ(t, memcmp(a, a, sizeof(a)), 0);
	EXPECT_GT(t, memcmp(a, b, sizeof(a)), 0); /* 0x80 is above 0x01 */
	EXPECT_LT(t, memcmp(b, a, sizeof(a)), 0);
	EXPECT_EQ(t, memcmp(a, b, 3), 0);
	EXPECT_EQ(t, memcmp(a, b, 0), 0);
	EXPECT_GT(t, memcmp(a3, b3, 3), 0);
	EXPECT_LT(t, memcmp(b3, a3, 3), 0);
	EXPECT_EQ(t, memcmp(a3, b3, 2), 0);
	EXPECT_EQ(t, memcmp(a3, b3, 0), 0);
}

static void memchr_bounds(struct ctest *t)
{
	static const u8 a3[] = {1, 2, 0x80};
	u8 *p = ctest_alloc(8);

	memcpy(p, "abcdabcd", 8); /* exactly 8 readable bytes, no NUL */
	EXPECT_PTR_EQ(t, memchr(p, 'c', 8), p + 2);
	EXPECT_PTR_EQ(t, memchr(p, 'x', 8), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'd', 3), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'a', 0), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'a' + 256, 8), p); /* c is converted to u8 */
	p[7] = 0xe9;
	EXPECT_PTR_EQ(t, memchr(p, 0xe9, 8), p + 7);
	EXPECT_PTR_EQ(t, memchr(p, (char)0xe9, 8), p + 7);
	ctest_free(p);
	EXPECT_PTR_EQ(t, memchr(a3, 0x80, 3), a3 + 2);
	EXPECT_NULL(t, memchr(a3, 0x80, 2));
	EXPECT_NULL(t, memchr(a3, 7, 3));
}

static void strlen_and_strnlen(struct ctest *t)
{
	char *p = ctest_alloc(4);

	EXPECT_EQ(t, strlen(""), 0u);
	EXPECT_EQ(t, strlen("hello"), 5u);
	EXPECT_EQ(t, strlen("kernel"), 6u);
	EXPECT_EQ(t, strnlen("hello", 3), 3u);
	EXPECT_EQ(t, strnlen("hello", 5), 5u);
	EXPECT_EQ(t, strnlen("hello", 99), 5u);
	EXPECT_EQ(t, strnlen("hello", 0), 0u);
	EXPECT_EQ(t, strnlen("kernel", 3), 3u);
	EXPECT_EQ(t, strnlen("kernel", 100), 6u);
	/* An unterminated buffer: strnlen must stop at max. */
	memcpy(p, "abcd", 4);
	EXPECT_EQ(t, strnlen(p, 4), 4u);
	ctest_free(p);
}

static void strcmp_and_strncmp(struct ctest *t)
{
	EXPECT_EQ(t, strcmp("abc", "abc"), 0);
	EXPECT_LT(t, strcmp("abc", "abd"), 0);
	EXPECT_GT(t, strcmp("abd", "abc"), 0);
	EXPECT_LT(t, strcmp("ab", "abc"), 0);
	EXPECT_GT(t, strcmp("abc", "ab"), 0);
	EXPECT_EQ(t, strcmp("", ""), 0);
	EXPECT_GT(t, strcmp("\x80", "\x01"), 0); /* compares as unsigned char */
	EXPECT_GT(t, strcmp("\xff", "a"), 0);
	EXPECT_EQ(t, strncmp("abcx", "abcy", 3), 0);
	EXPECT_LT(t, strncmp("abcx", "abcy", 4), 0);
	EXPECT_EQ(t, strncmp("abc", "abd", 0), 0);
	EXPECT_EQ(t, strncmp("a", "b", 0), 0);
	EXPECT_EQ(t, strncmp("ab", "ab", 10), 0);
	EXPECT_LT(t, strncmp("ab", "abc", 10), 0);
}

static void strchr_and_strrchr(struct ctest *t)
{
	const char *s = "hello world", *c = "console=ttyAMA0";

	EXPECT_PTR_EQ(t, strchr(s, 'o'), s + 4);
	EXPECT_PTR_EQ(t, strrchr(s, 'o'), s + 7);
	EXPECT_PTR_EQ(t, strchr(s, 'z'), NULL);
	EXPECT_PTR_EQ(t, strrchr(s, 'z'), NULL);
	/* The terminator is part of the string. */
	EXPECT_PTR_EQ(t, strchr(s, '\0'), s + 11);
	EXPECT_PTR_EQ(t, strrchr(s, '\0'), s + 11);
	EXPECT_PTR_EQ(t, strchr(s, 'h'), s);
	EXPECT_PTR_EQ(t, strrchr(s, 'h'), s);
	EXPECT_PTR_EQ(t, strchr("", 'a'), NULL);
	EXPECT_PTR_EQ(t, strchr(c, '='), c + 7);
	EXPECT_PTR_EQ(t, strrchr(c, 'A'), c + 13);
	EXPECT_PTR_EQ(t, strchr(c, '\0'), c + 15);
	EXPECT_NULL(t, strchr(c, '#'));
	EXPECT_NULL(t, strrchr(c, '#'));
}

static void strstr_cases(struct ctest *t)
{
	const char *s = "aaab aab", *a = "aaab", *c = "console=ttyAMA0";

	EXPECT_PTR_EQ(t, strstr(s, "aab"), s + 1); /* needs a back-off after "aa" */
	EXPECT_PTR_EQ(t, strstr(a, "aab"), a + 1);
	EXPECT_PTR_EQ(t, strstr(s, ""), s);
	EXPECT_PTR_EQ(t, strstr(c, ""), c);
	EXPECT_PTR_EQ(t, strstr(s, "b a"), s + 3);
	EXPECT_PTR_EQ(t, strstr(c, "tty"), c + 8);
	EXPECT_PTR_EQ(t, strstr(s, "aab aab!"), NULL);
	EXPECT_PTR_EQ(t, strstr(s, "x"), NULL);
	EXPECT_NULL(t, strstr(c, "ttyS")); /* a partial match, then none */
	EXPECT_NOT_NULL(t, strstr("", ""));
	EXPECT_PTR_EQ(t, strstr("", "a"), NULL);
	EXPECT_PTR_EQ(t, strstr(s, " aab"), s + 4);
}

static void strlcpy_truncation(struct ctest *t)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strlcpy(buf, "hello", 0), 5u);
	EXPECT_EQ(t, strlcpy(buf, "abc", 0), 3u);
	EXPECT_EQ(t, buf[0], 'x'); /* size 0 writes nothing */
	EXPECT_EQ(t, strlcpy(buf, "hello", 1), 5u);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, strlcpy(buf, "hello", 3), 5u);
	EXPECT_STREQ(t, buf, "he");
	EXPECT_EQ(t, strlcpy(buf, "hello", 6), 5u);
	EXPECT_STREQ(t, buf, "hello");
	EXPECT_EQ(t, strlcpy(buf, "hello", sizeof(buf)), 5u);
	EXPECT_STREQ(t, buf, "hello");
	EXPECT_EQ(t, strlcpy(buf, "", sizeof(buf)), 0u);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, strlcpy(buf, "a much longer string", sizeof(buf)), 20u);
	EXPECT_STREQ(t, buf, "a much ");
	EXPECT_EQ(t, strlcpy(buf, "abcdefgh", 6), 8u);
	EXPECT_STREQ(t, buf, "abcde");
	EXPECT_EQ(t, strlcpy(buf, "ab", 6), 2u);
	EXPECT_STREQ(t, buf, "ab");
	EXPECT_EQ(t, strlcpy(buf, "abc", 1), 3u);
	EXPECT_STREQ(t, buf, "");
}

static void strscpy_truncation(struct ctest *t)
{
	char buf[8];
	char *src = ctest_alloc(6);

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strscpy(buf, "hello", 0), -E2BIG);
	EXPECT_EQ(t, strscpy(buf, "abc", 0), -E2BIG);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, strscpy(buf, "hello", 1), -E2BIG);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, strscpy(buf, "hello", 5), -E2BIG);
	EXPECT_STREQ(t, buf, "hell");
	EXPECT_EQ(t, strscpy(buf, "hello", 6), 5);
	EXPECT_STREQ(t, buf, "hello");
	EXPECT_EQ(t, strscpy(buf, "", sizeof(buf)), 0);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, strscpy(buf, "abcdefgh", 6), -E2BIG);
	EXPECT_STREQ(t, buf, "abcde");
	EXPECT_EQ(t, strscpy(buf, "abcde", 6), 5);
	EXPECT_STREQ(t, buf, "abcde");
	/* src is not terminated within its bytes: strscpy reads at most size. */
	memcpy(src, "abcdef", 6);
	EXPECT_EQ(t, strscpy(buf, src, 6), -E2BIG);
	EXPECT_STREQ(t, buf, "abcde");
	memcpy(src, "wxyz", 4);
	EXPECT_EQ(t, strscpy(buf, src, 4), -E2BIG);
	EXPECT_STREQ(t, buf, "wxy");
	ctest_free(src);
}

static void strsep_tokens(struct ctest *t)
{
	char s[] = "a,b;;c";
	char *p = s, *none = NULL;

	EXPECT_STREQ(t, strsep(&p, ",;"), "a");
	EXPECT_STREQ(t, strsep(&p, ",;"), "b");
	EXPECT_STREQ(t, strsep(&p, ",;"), ""); /* empty field between ;; */
	EXPECT_PTR_EQ(t, p, s + 5);
	EXPECT_STREQ(t, strsep(&p, ",;"), "c");
	EXPECT_PTR_EQ(t, p, NULL);
	EXPECT_PTR_EQ(t, strsep(&p, ",;"), NULL);
	EXPECT_PTR_EQ(t, strsep(&none, ","), NULL);
}

static void strsep_no_delimiter(struct ctest *t)
{
	char s[] = "whole";
	char e[] = "";
	char *p = s, *q = e;

	EXPECT_PTR_EQ(t, strsep(&p, ","), s);
	EXPECT_PTR_EQ(t, p, NULL);
	EXPECT_STREQ(t, s, "whole");
	EXPECT_PTR_EQ(t, strsep(&q, ","), e);
	EXPECT_PTR_EQ(t, q, NULL);
}

/* How the kernel splits its command line: skip_spaces, then strsep. */
static void strsep_command_line(struct ctest *t)
{
	char args[] = "  console=ttyAMA0 selftest=all,,x";
	char *p = skip_spaces(args);

	EXPECT_PTR_EQ(t, p, args + 2);
	EXPECT_STREQ(t, strsep(&p, " "), "console=ttyAMA0");
	EXPECT_STREQ(t, strsep(&p, ","), "selftest=all");
	EXPECT_STREQ(t, strsep(&p, ","), "");
	EXPECT_STREQ(t, strsep(&p, ","), "x");
	EXPECT_NULL(t, p);
	EXPECT_NULL(t, strsep(&p, ","));
}

static void skip_spaces_cases(struct ctest *t)
{
	const char *s = " \t\n\v\f\rx y", *x = "x";

	EXPECT_PTR_EQ(t, skip_spaces(s), s + 6);
	EXPECT_PTR_EQ(t, skip_spaces(x), x);
	EXPECT_STREQ(t, skip_spaces(""), "");
	EXPECT_STREQ(t, skip_spaces("   "), "");
	EXPECT_STREQ(t, skip_spaces("\t\n"), "");
	EXPECT_STREQ(t, skip_spaces("  a  "), "a  ");
}

static void ctype_helpers(struct ctest *t)
{
	int c;

	for (c = 0; c < 256; c++) {
		bool digit = c >= '0' && c <= '9';
		bool upper = c >= 'A' && c <= 'Z';
		bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		bool space =
			c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';

		EXPECT_EQ(t, !!isdigit(c), digit);
		EXPECT_EQ(t, !!isxdigit(c), hex);
		EXPECT_EQ(t, !!isspace(c), space);
		EXPECT_EQ(t, !!isprint(c), c >= 32 && c < 127);
		EXPECT_EQ(t, tolower(c), upper ? c + 32 : c);
	}
}

/* Calls kstrtoull and checks both the status and, on success, the value. */
#define CHECK_ULL(t, s, base, want_err, want_val)                                                  \
	do {                                                                                       \
		unsigned long long __v = 0x5a5a;                                                   \
		EXPECT_EQ(t, kstrtoull(s, base, &__v), want_err);                                  \
		EXPECT_EQ(t, __v, (want_err) ? 0x5a5aull : (unsigned long long)(want_val));        \
	} while (0)

static void kstrtoull_bases(struct ctest *t)
{
	CHECK_ULL(t, "0", 0, 0, 0);
	CHECK_ULL(t, "123", 0, 0, 123);
	CHECK_ULL(t, "0x1f", 0, 0, 0x1f);
	CHECK_ULL(t, "0X1F", 0, 0, 0x1f);
	CHECK_ULL(t, "0x123456789", 0, 0, 0x123456789ull); /* above 32 bits */
	CHECK_ULL(t, "017", 0, 0, 017);
	CHECK_ULL(t, "017", 10, 0, 17);
	CHECK_ULL(t, "17", 8, 0, 15);
	CHECK_ULL(t, "+7", 8, 0, 7);
	CHECK_ULL(t, "ff", 16, 0, 0xff);
	CHECK_ULL(t, "0xff", 16, 0, 0xff);
	CHECK_ULL(t, "DeadBeef", 16, 0, 0xdeadbeef);
	CHECK_ULL(t, "101", 2, 0, 5);
	CHECK_ULL(t, "+42", 10, 0, 42);
	CHECK_ULL(t, "42\n", 10, 0, 42); /* one trailing newline is allowed */
	CHECK_ULL(t, "0x10\n", 0, 0, 16);
	CHECK_ULL(t, "00", 0, 0, 0);
}

static void kstrtoull_invalid(struct ctest *t)
{
	CHECK_ULL(t, "", 10, -EINVAL, 0);
	CHECK_ULL(t, "\n", 10, -EINVAL, 0);
	CHECK_ULL(t, " 1", 10, -EINVAL, 0); /* no leading space */
	CHECK_ULL(t, "1 ", 10, -EINVAL, 0);
	CHECK_ULL(t, "1\n\n", 10, -EINVAL, 0);
	CHECK_ULL(t, "12a", 10, -EINVAL, 0);
	CHECK_ULL(t, "8", 8, -EINVAL, 0);
	CHECK_ULL(t, "09", 0, -EINVAL, 0); /* octal by prefix */
	CHECK_ULL(t, "-1", 10, -EINVAL, 0);
	CHECK_ULL(t, "+", 10, -EINVAL, 0);
	CHECK_ULL(t, "++1", 10, -EINVAL, 0);
	CHECK_ULL(t, "0x", 16, -EINVAL, 0);
	CHECK_ULL(t, "0x", 0, -EINVAL, 0); /* "0" then junk 'x' */
	CHECK_ULL(t, "0xg", 0, -EINVAL, 0);
	CHECK_ULL(t, "1", 1, -EINVAL, 0);
	CHECK_ULL(t, "1", 17, -EINVAL, 0);
	CHECK_ULL(t, "1\0002", 10, 0, 1); /* stops at the terminator */
}

static void kstrtoull_range(struct ctest *t)
{
	CHECK_ULL(t, "18446744073709551615", 10, 0, 0xffffffffffffffffull);
	CHECK_ULL(t, "18446744073709551616", 10, -ERANGE, 0);
	CHECK_ULL(t, "99999999999999999999999", 10, -ERANGE, 0);
	CHECK_ULL(t, "0xffffffffffffffff", 0, 0, 0xffffffffffffffffull);
	CHECK_ULL(t, "0x10000000000000000", 0, -ERANGE, 0);
	CHECK_ULL(t, "01777777777777777777777", 0, 0, 0xffffffffffffffffull);
	CHECK_ULL(t, "02000000000000000000000", 0, -ERANGE, 0);
	/* Overflow is reported before trailing junk, as Linux does. */
	CHECK_ULL(t, "99999999999999999999999x", 10, -ERANGE, 0);
}

/* The limits of unsigned long, whichever its width (see LONG_STR). */
static void kstrtoul_values(struct ctest *t)
{
	unsigned long v = 7;

	EXPECT_EQ(t, kstrtoul("4294967295", 0, &v), 0);
	EXPECT_EQ(t, v, 4294967295ul);
	EXPECT_EQ(t, kstrtoul("0x", 0, &v), -EINVAL);
	EXPECT_EQ(t, v, 4294967295ul); /* untouched on error */
	EXPECT_EQ(t, kstrtoul(LONG_STR("4294967295", "18446744073709551615"), 10, &v), 0);
	EXPECT_EQ(t, v, ULONG_MAX);
	EXPECT_EQ(t, kstrtoul(LONG_STR("0xffffffff", "0xffffffffffffffff"), 0, &v), 0);
	EXPECT_EQ(t, v, ULONG_MAX);
	EXPECT_EQ(t, kstrtoul(LONG_STR("4294967296", "18446744073709551616"), 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul(LONG_STR("42949672950", "184467440737095516150"), 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul(LONG_STR("0x100000000", "0x10000000000000000"), 0, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul("0x60000000\n", 16, &v), 0);
	EXPECT_EQ(t, v, 0x60000000ul);
	EXPECT_EQ(t, kstrtoul("0755", 0, &v), 0);
	EXPECT_EQ(t, v, 0755ul);
	EXPECT_EQ(t, kstrtoul("12 ", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtoul("", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtoul("-1", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtoul("-5", 10, &v), -EINVAL);
	EXPECT_EQ(t, v, 0755ul); /* untouched by the failures */
}

/* The limits of long, whichever its width (see LONG_STR). */
static void kstrtol_limits(struct ctest *t)
{
	long v = 3;

	EXPECT_EQ(t, kstrtol("-42", 10, &v), 0);
	EXPECT_EQ(t, v, -42);
	EXPECT_EQ(t, kstrtol("-0x10", 0, &v), 0);
	EXPECT_EQ(t, v, -16);
	EXPECT_EQ(t, kstrtol("+17\n", 0, &v), 0);
	EXPECT_EQ(t, v, 17);
	EXPECT_EQ(t, kstrtol("-0", 10, &v), 0);
	EXPECT_EQ(t, v, 0);

	EXPECT_EQ(t, kstrtol(LONG_STR("2147483647", "9223372036854775807"), 10, &v), 0);
	EXPECT_EQ(t, v, LONG_MAX);
	EXPECT_EQ(t, kstrtol(LONG_STR("-2147483648", "-9223372036854775808"), 10, &v), 0);
	EXPECT_EQ(t, v, LONG_MIN);
	/* One past either end. */
	EXPECT_EQ(t, kstrtol(LONG_STR("2147483648", "9223372036854775808"), 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtol(LONG_STR("-2147483649", "-9223372036854775809"), 10, &v), -ERANGE);
	EXPECT_EQ(t, v, LONG_MIN);

	EXPECT_EQ(t, kstrtol("-", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("--1", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("-+1", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("1-", 10, &v), -EINVAL);
	EXPECT_EQ(t, v, LONG_MIN);
}

#endif
