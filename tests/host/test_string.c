// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/string.c (suite "string").
 *
 * The memory functions are checked exhaustively over small offsets and
 * lengths against a byte-at-a-time reference, with guard bytes around the
 * destination, so that every head/word/tail path of the word-at-a-time
 * copies is taken. Buffers that must not be over-read are heap blocks of
 * exactly the readable size, so ASan reports a single byte too many.
 */
#include <kernel/errno.h>
#include <kernel/string.h>

#include "harness.h"

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

/* Every dst/src alignment and every length up to MAX_LEN. */
static void memcpy_all_alignments(struct htest *t)
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
				ASSERT_MEMEQ(t, dst, want, AREA_SIZE);
			}
		}
	}
}

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

/*
 * Overlapping moves in both directions, every alignment: the reference
 * copies through a separate buffer, which is what memmove promises.
 */
static void memmove_overlap_both_directions(struct htest *t)
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
				ASSERT_MEMEQ(t, buf, want, AREA_SIZE);
			}
		}
	}
}

static void memmove_simple_cases(struct htest *t)
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

static void memset_all_alignments(struct htest *t)
{
	u8 buf[AREA_SIZE], want[AREA_SIZE];
	size_t off, n, i;

	for (off = 0; off < MAX_OFF; off++) {
		for (n = 0; n <= MAX_LEN; n++) {
			for (i = 0; i < AREA_SIZE; i++)
				buf[i] = want[i] = GUARD;
			for (i = 0; i < n; i++)
				want[off + i] = 0xc3;
			ASSERT_TRUE(t, memset(buf + off, 0xc3, n) == buf + off);
			ASSERT_MEMEQ(t, buf, want, AREA_SIZE);
		}
	}
}

/* Only the low byte of c is stored, as in C. */
static void memset_uses_low_byte(struct htest *t)
{
	u8 buf[20], want[20];
	size_t i;

	for (i = 0; i < sizeof(want); i++)
		want[i] = 0x34;
	memset(buf, 0x1234, sizeof(buf));
	EXPECT_MEMEQ(t, buf, want, sizeof(buf));
	memset(buf, -1, sizeof(buf));
	for (i = 0; i < sizeof(buf); i++)
		EXPECT_EQ(t, buf[i], 0xff);
}

static void memcmp_unsigned_order(struct htest *t)
{
	const u8 a[] = {1, 2, 3, 0x80};
	const u8 b[] = {1, 2, 3, 0x01};

	EXPECT_EQ(t, memcmp(a, a, sizeof(a)), 0);
	EXPECT_GT(t, memcmp(a, b, sizeof(a)), 0); /* 0x80 is above 0x01 */
	EXPECT_LT(t, memcmp(b, a, sizeof(a)), 0);
	EXPECT_EQ(t, memcmp(a, b, 3), 0);
	EXPECT_EQ(t, memcmp(a, b, 0), 0);
}

static void memchr_bounds(struct htest *t)
{
	u8 *p = host_malloc(8);

	memcpy(p, "abcdabcd", 8); /* exactly 8 readable bytes, no NUL */
	EXPECT_PTR_EQ(t, memchr(p, 'c', 8), p + 2);
	EXPECT_PTR_EQ(t, memchr(p, 'x', 8), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'd', 3), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'a', 0), NULL);
	EXPECT_PTR_EQ(t, memchr(p, 'a' + 256, 8), p); /* c is converted to u8 */
	p[7] = 0xe9;
	EXPECT_PTR_EQ(t, memchr(p, 0xe9, 8), p + 7);
	EXPECT_PTR_EQ(t, memchr(p, (char)0xe9, 8), p + 7);
	host_free(p);
}

static void strlen_and_strnlen(struct htest *t)
{
	char *p = host_malloc(4);

	EXPECT_EQ(t, strlen(""), 0u);
	EXPECT_EQ(t, strlen("hello"), 5u);
	EXPECT_EQ(t, strnlen("hello", 3), 3u);
	EXPECT_EQ(t, strnlen("hello", 5), 5u);
	EXPECT_EQ(t, strnlen("hello", 99), 5u);
	EXPECT_EQ(t, strnlen("hello", 0), 0u);
	/* An unterminated buffer: strnlen must stop at max. */
	memcpy(p, "abcd", 4);
	EXPECT_EQ(t, strnlen(p, 4), 4u);
	host_free(p);
}

static void strcmp_and_strncmp(struct htest *t)
{
	EXPECT_EQ(t, strcmp("abc", "abc"), 0);
	EXPECT_LT(t, strcmp("abc", "abd"), 0);
	EXPECT_GT(t, strcmp("abd", "abc"), 0);
	EXPECT_LT(t, strcmp("ab", "abc"), 0);
	EXPECT_GT(t, strcmp("abc", "ab"), 0);
	EXPECT_EQ(t, strcmp("", ""), 0);
	EXPECT_GT(t, strcmp("\x80", "\x01"), 0); /* compares as unsigned char */
	EXPECT_EQ(t, strncmp("abcx", "abcy", 3), 0);
	EXPECT_LT(t, strncmp("abcx", "abcy", 4), 0);
	EXPECT_EQ(t, strncmp("abc", "abd", 0), 0);
	EXPECT_EQ(t, strncmp("ab", "ab", 10), 0);
	EXPECT_LT(t, strncmp("ab", "abc", 10), 0);
}

static void strchr_and_strrchr(struct htest *t)
{
	const char *s = "hello world";

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
}

static void strstr_cases(struct htest *t)
{
	const char *s = "aaab aab";

	EXPECT_PTR_EQ(t, strstr(s, "aab"), s + 1); /* needs a back-off after "aa" */
	EXPECT_PTR_EQ(t, strstr(s, ""), s);
	EXPECT_PTR_EQ(t, strstr(s, "b a"), s + 3);
	EXPECT_PTR_EQ(t, strstr(s, "aab aab!"), NULL);
	EXPECT_PTR_EQ(t, strstr(s, "x"), NULL);
	EXPECT_NOT_NULL(t, strstr("", ""));
	EXPECT_PTR_EQ(t, strstr("", "a"), NULL);
	EXPECT_PTR_EQ(t, strstr(s, " aab"), s + 4);
}

static void strlcpy_truncation(struct htest *t)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strlcpy(buf, "hello", 0), 5u);
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
}

static void strscpy_truncation(struct htest *t)
{
	char buf[8];
	char *src = host_malloc(6);

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strscpy(buf, "hello", 0), -E2BIG);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, strscpy(buf, "hello", 1), -E2BIG);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, strscpy(buf, "hello", 5), -E2BIG);
	EXPECT_STREQ(t, buf, "hell");
	EXPECT_EQ(t, strscpy(buf, "hello", 6), 5);
	EXPECT_STREQ(t, buf, "hello");
	EXPECT_EQ(t, strscpy(buf, "", sizeof(buf)), 0);
	EXPECT_STREQ(t, buf, "");
	/* src is not terminated within its 6 bytes: strscpy reads at most size. */
	memcpy(src, "abcdef", 6);
	EXPECT_EQ(t, strscpy(buf, src, 6), -E2BIG);
	EXPECT_STREQ(t, buf, "abcde");
	host_free(src);
}

static void strsep_tokens(struct htest *t)
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

static void strsep_no_delimiter(struct htest *t)
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

static void skip_spaces_cases(struct htest *t)
{
	const char *s = " \t\n\v\f\rx y", *x = "x";

	EXPECT_PTR_EQ(t, skip_spaces(s), s + 6);
	EXPECT_PTR_EQ(t, skip_spaces(x), x);
	EXPECT_STREQ(t, skip_spaces(""), "");
	EXPECT_STREQ(t, skip_spaces("   "), "");
	EXPECT_STREQ(t, skip_spaces("  a  "), "a  ");
}

static void ctype_helpers(struct htest *t)
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

static void kstrtoull_bases(struct htest *t)
{
	CHECK_ULL(t, "0", 0, 0, 0);
	CHECK_ULL(t, "123", 0, 0, 123);
	CHECK_ULL(t, "0x1f", 0, 0, 0x1f);
	CHECK_ULL(t, "0X1F", 0, 0, 0x1f);
	CHECK_ULL(t, "017", 0, 0, 017);
	CHECK_ULL(t, "017", 10, 0, 17);
	CHECK_ULL(t, "17", 8, 0, 15);
	CHECK_ULL(t, "ff", 16, 0, 0xff);
	CHECK_ULL(t, "0xff", 16, 0, 0xff);
	CHECK_ULL(t, "DeadBeef", 16, 0, 0xdeadbeef);
	CHECK_ULL(t, "101", 2, 0, 5);
	CHECK_ULL(t, "+42", 10, 0, 42);
	CHECK_ULL(t, "42\n", 10, 0, 42); /* one trailing newline is allowed */
	CHECK_ULL(t, "0x10\n", 0, 0, 16);
	CHECK_ULL(t, "00", 0, 0, 0);
}

static void kstrtoull_invalid(struct htest *t)
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

static void kstrtoull_range(struct htest *t)
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

static void kstrtoul_values(struct htest *t)
{
	unsigned long v = 7;
	char buf[32];

	EXPECT_EQ(t, kstrtoul("4294967295", 0, &v), 0);
	EXPECT_EQ(t, v, 4294967295ul);
	EXPECT_EQ(t, kstrtoul("0x", 0, &v), -EINVAL);
	EXPECT_EQ(t, v, 4294967295ul); /* untouched on error */
	host_snprintf(buf, sizeof(buf), "%lu", ~0ul);
	EXPECT_EQ(t, kstrtoul(buf, 10, &v), 0);
	EXPECT_EQ(t, v, ~0ul);
	host_snprintf(buf, sizeof(buf), "%lu0", ~0ul);
	EXPECT_EQ(t, kstrtoul(buf, 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul("-5", 10, &v), -EINVAL);
}

static void kstrtol_limits(struct htest *t)
{
	const long lmax = (long)(~0ul >> 1), lmin = -lmax - 1;
	char buf[32];
	long v = 3;

	EXPECT_EQ(t, kstrtol("-42", 10, &v), 0);
	EXPECT_EQ(t, v, -42);
	EXPECT_EQ(t, kstrtol("-0x10", 0, &v), 0);
	EXPECT_EQ(t, v, -16);
	EXPECT_EQ(t, kstrtol("+17\n", 0, &v), 0);
	EXPECT_EQ(t, v, 17);
	EXPECT_EQ(t, kstrtol("-0", 10, &v), 0);
	EXPECT_EQ(t, v, 0);

	host_snprintf(buf, sizeof(buf), "%ld", lmax);
	EXPECT_EQ(t, kstrtol(buf, 10, &v), 0);
	EXPECT_EQ(t, v, lmax);
	host_snprintf(buf, sizeof(buf), "%ld", lmin);
	EXPECT_EQ(t, kstrtol(buf, 10, &v), 0);
	EXPECT_EQ(t, v, lmin);
	/* One past either end. */
	host_snprintf(buf, sizeof(buf), "%lu", (unsigned long)lmax + 1);
	EXPECT_EQ(t, kstrtol(buf, 10, &v), -ERANGE);
	host_snprintf(buf, sizeof(buf), "-%lu", (unsigned long)lmax + 2);
	EXPECT_EQ(t, kstrtol(buf, 10, &v), -ERANGE);
	EXPECT_EQ(t, v, lmin);

	EXPECT_EQ(t, kstrtol("-", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("--1", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("-+1", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtol("1-", 10, &v), -EINVAL);
	EXPECT_EQ(t, v, lmin);
}

static const struct htest_case string_cases[] = {
	HTEST_CASE(memcpy_all_alignments),
	HTEST_CASE(memcpy_large_random),
	HTEST_CASE(memmove_overlap_both_directions),
	HTEST_CASE(memmove_simple_cases),
	HTEST_CASE(memset_all_alignments),
	HTEST_CASE(memset_uses_low_byte),
	HTEST_CASE(memcmp_unsigned_order),
	HTEST_CASE(memchr_bounds),
	HTEST_CASE(strlen_and_strnlen),
	HTEST_CASE(strcmp_and_strncmp),
	HTEST_CASE(strchr_and_strrchr),
	HTEST_CASE(strstr_cases),
	HTEST_CASE(strlcpy_truncation),
	HTEST_CASE(strscpy_truncation),
	HTEST_CASE(strsep_tokens),
	HTEST_CASE(strsep_no_delimiter),
	HTEST_CASE(skip_spaces_cases),
	HTEST_CASE(ctype_helpers),
	HTEST_CASE(kstrtoull_bases),
	HTEST_CASE(kstrtoull_invalid),
	HTEST_CASE(kstrtoull_range),
	HTEST_CASE(kstrtoul_values),
	HTEST_CASE(kstrtol_limits),
};

static const struct htest_suite string_suite = HTEST_SUITE("string", string_cases);

HTEST_MAIN(&string_suite);
