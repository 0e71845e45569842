// SPDX-License-Identifier: GPL-2.0
/*
 * Self-tests for kernel/lib/string.c on the target: the word-at-a-time
 * paths with ARM's 4-byte words, and the kstrto* limits with a 32-bit
 * long. Pointers are compared as offsets (EXPECT_EQ casts its operands
 * to long long, which a 32-bit pointer cannot be cast to cleanly).
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

BUILD_BUG_ON(sizeof(long) != 4);

#define GUARD	0xa5
#define MAX_OFF 8
#define MAX_LEN 40
#define AREA	(MAX_OFF + MAX_LEN + MAX_OFF)

static void fill(u8 *p, size_t n, u8 seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (u8)(seed + i * 7);
}

/* Byte-by-byte comparison, so a broken memcmp cannot hide a broken copy. */
static bool same_bytes(const u8 *a, const u8 *b, size_t n)
{
	while (n--) {
		if (*a++ != *b++)
			return false;
	}
	return true;
}

static void string_memcpy_alignments(struct ktest *t)
{
	u8 src[AREA], dst[AREA], want[AREA];
	size_t so, dof, n, i;

	fill(src, sizeof(src), 1);
	for (so = 0; so < MAX_OFF; so++) {
		for (dof = 0; dof < MAX_OFF; dof++) {
			for (n = 0; n <= MAX_LEN; n++) {
				for (i = 0; i < AREA; i++)
					dst[i] = want[i] = GUARD;
				for (i = 0; i < n; i++)
					want[dof + i] = src[so + i];
				EXPECT_EQ(t, (u8 *)memcpy(dst + dof, src + so, n) - dst, (int)dof);
				if (!same_bytes(dst, want, AREA)) {
					ktest_fail(t, __FILE__, __LINE__,
						   "memcpy src+%u dst+%u len %u", (unsigned int)so,
						   (unsigned int)dof, (unsigned int)n);
					ktest_abort(t);
				}
			}
		}
	}
}

static void string_memmove_overlap(struct ktest *t)
{
	u8 buf[AREA], want[AREA], tmp[AREA];
	size_t so, dof, n, i;

	for (so = 0; so < MAX_OFF; so++) {
		for (dof = 0; dof < MAX_OFF; dof++) {
			for (n = 0; n <= MAX_LEN; n++) {
				fill(buf, sizeof(buf), 3);
				fill(want, sizeof(want), 3);
				for (i = 0; i < n; i++)
					tmp[i] = want[so + i];
				for (i = 0; i < n; i++)
					want[dof + i] = tmp[i];
				memmove(buf + dof, buf + so, n);
				if (!same_bytes(buf, want, AREA)) {
					ktest_fail(t, __FILE__, __LINE__,
						   "memmove src+%u dst+%u len %u", (unsigned int)so,
						   (unsigned int)dof, (unsigned int)n);
					ktest_abort(t);
				}
			}
		}
	}
}

static void string_memset(struct ktest *t)
{
	u8 buf[AREA], want[AREA];
	size_t off, n, i;

	for (off = 0; off < MAX_OFF; off++) {
		for (n = 0; n <= MAX_LEN; n++) {
			for (i = 0; i < AREA; i++)
				buf[i] = want[i] = GUARD;
			for (i = 0; i < n; i++)
				want[off + i] = 0x3c;
			memset(buf + off, 0x3c, n);
			if (!same_bytes(buf, want, AREA)) {
				ktest_fail(t, __FILE__, __LINE__, "memset +%u len %u",
					   (unsigned int)off, (unsigned int)n);
				ktest_abort(t);
			}
		}
	}
	memset(buf, 0x1ff, 4); /* only the low byte counts */
	EXPECT_EQ(t, buf[3], 0xff);
}

static void string_memcmp_memchr(struct ktest *t)
{
	static const u8 a[] = {1, 2, 0x80}, b[] = {1, 2, 0x01};

	EXPECT_GT(t, memcmp(a, b, 3), 0); /* bytes compare unsigned */
	EXPECT_LT(t, memcmp(b, a, 3), 0);
	EXPECT_EQ(t, memcmp(a, b, 2), 0);
	EXPECT_EQ(t, memcmp(a, b, 0), 0);
	EXPECT_EQ(t, (const u8 *)memchr(a, 0x80, 3) - a, 2);
	EXPECT_FALSE(t, memchr(a, 0x80, 2));
	EXPECT_FALSE(t, memchr(a, 7, 3));
}

static void string_strlen_strnlen(struct ktest *t)
{
	static const char abcd[4] = {'a', 'b', 'c', 'd'}; /* no terminator */

	EXPECT_EQ(t, strlen(""), 0u);
	EXPECT_EQ(t, strlen("kernel"), 6u);
	EXPECT_EQ(t, strnlen("kernel", 3), 3u);
	EXPECT_EQ(t, strnlen("kernel", 100), 6u);
	EXPECT_EQ(t, strnlen(abcd, sizeof(abcd)), 4u);
}

static void string_strcmp_strncmp(struct ktest *t)
{
	EXPECT_EQ(t, strcmp("abc", "abc"), 0);
	EXPECT_LT(t, strcmp("abc", "abd"), 0);
	EXPECT_GT(t, strcmp("abc", "ab"), 0);
	EXPECT_GT(t, strcmp("\xff", "a"), 0); /* unsigned char */
	EXPECT_EQ(t, strncmp("abcx", "abcy", 3), 0);
	EXPECT_LT(t, strncmp("abcx", "abcy", 4), 0);
	EXPECT_EQ(t, strncmp("a", "b", 0), 0);
}

static void string_strchr_strstr(struct ktest *t)
{
	const char *s = "console=ttyAMA0", *a = "aaab";

	EXPECT_EQ(t, strchr(s, '=') - s, 7);
	EXPECT_EQ(t, strrchr(s, 'A') - s, 13);
	EXPECT_EQ(t, strchr(s, '\0') - s, 15);
	EXPECT_FALSE(t, strchr(s, '#'));
	EXPECT_FALSE(t, strrchr(s, '#'));
	EXPECT_EQ(t, strstr(s, "tty") - s, 8);
	EXPECT_EQ(t, strstr(s, "") - s, 0);
	EXPECT_EQ(t, strstr(a, "aab") - a, 1); /* a retry after a partial match */
	EXPECT_FALSE(t, strstr(s, "ttyS"));
}

static void string_strlcpy(struct ktest *t)
{
	char buf[6] = "xxxxx";

	EXPECT_EQ(t, strlcpy(buf, "abc", 0), 3u);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, strlcpy(buf, "abcdefgh", sizeof(buf)), 8u);
	EXPECT_STREQ(t, buf, "abcde");
	EXPECT_EQ(t, strlcpy(buf, "ab", sizeof(buf)), 2u);
	EXPECT_STREQ(t, buf, "ab");
	EXPECT_EQ(t, strlcpy(buf, "abc", 1), 3u);
	EXPECT_STREQ(t, buf, "");
}

static void string_strscpy(struct ktest *t)
{
	static const char unterminated[4] = {'w', 'x', 'y', 'z'};
	char buf[6] = "xxxxx";

	EXPECT_EQ(t, strscpy(buf, "abc", 0), -E2BIG);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, strscpy(buf, "abcdefgh", sizeof(buf)), -E2BIG);
	EXPECT_STREQ(t, buf, "abcde");
	EXPECT_EQ(t, strscpy(buf, "abcde", sizeof(buf)), 5);
	EXPECT_STREQ(t, buf, "abcde");
	EXPECT_EQ(t, strscpy(buf, unterminated, sizeof(unterminated)), -E2BIG);
	EXPECT_STREQ(t, buf, "wxy");
}

static void string_strsep_skip_spaces(struct ktest *t)
{
	char args[] = "  console=ttyAMA0 selftest=all,,x";
	char *p = skip_spaces(args), *tok;

	EXPECT_EQ(t, p - args, 2);
	tok = strsep(&p, " ");
	EXPECT_STREQ(t, tok, "console=ttyAMA0");
	tok = strsep(&p, ",");
	EXPECT_STREQ(t, tok, "selftest=all");
	tok = strsep(&p, ",");
	EXPECT_STREQ(t, tok, "");
	tok = strsep(&p, ",");
	EXPECT_STREQ(t, tok, "x");
	EXPECT_FALSE(t, p);
	EXPECT_FALSE(t, strsep(&p, ","));
	EXPECT_STREQ(t, skip_spaces("\t\n"), "");
}

static void string_kstrtoul_32bit(struct ktest *t)
{
	unsigned long v = 0;

	EXPECT_EQ(t, kstrtoul("4294967295", 10, &v), 0);
	EXPECT_EQ(t, v, 4294967295ul);
	EXPECT_EQ(t, kstrtoul("4294967296", 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul("0xffffffff", 0, &v), 0);
	EXPECT_EQ(t, kstrtoul("0x100000000", 0, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoul("0x60000000\n", 16, &v), 0);
	EXPECT_EQ(t, v, 0x60000000ul);
	EXPECT_EQ(t, kstrtoul("0755", 0, &v), 0);
	EXPECT_EQ(t, v, 0755ul);
	EXPECT_EQ(t, kstrtoul("12 ", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtoul("", 10, &v), -EINVAL);
	EXPECT_EQ(t, kstrtoul("-1", 10, &v), -EINVAL);
	EXPECT_EQ(t, v, 0755ul); /* untouched by the failures */
}

static void string_kstrtol_32bit(struct ktest *t)
{
	long v = 0;

	EXPECT_EQ(t, kstrtol("-2147483648", 10, &v), 0);
	EXPECT_EQ(t, v, -2147483647l - 1);
	EXPECT_EQ(t, kstrtol("2147483647", 10, &v), 0);
	EXPECT_EQ(t, v, 2147483647l);
	EXPECT_EQ(t, kstrtol("2147483648", 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtol("-2147483649", 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtol("-0x10", 0, &v), 0);
	EXPECT_EQ(t, v, -16l);
	EXPECT_EQ(t, kstrtol("--1", 10, &v), -EINVAL);
}

static void string_kstrtoull_64bit(struct ktest *t)
{
	unsigned long long v = 0;

	EXPECT_EQ(t, kstrtoull("18446744073709551615", 10, &v), 0);
	EXPECT_EQ_HEX(t, (unsigned long)(v >> 32), 0xfffffffful);
	EXPECT_EQ_HEX(t, (unsigned long)v, 0xfffffffful);
	EXPECT_EQ(t, kstrtoull("18446744073709551616", 10, &v), -ERANGE);
	EXPECT_EQ(t, kstrtoull("0x123456789", 0, &v), 0);
	EXPECT_EQ(t, v, 0x123456789ull);
	EXPECT_EQ(t, kstrtoull("+7", 8, &v), 0);
	EXPECT_EQ(t, v, 7ull);
}

static const struct ktest_case string_cases[] = {
	KTEST_CASE(string_memcpy_alignments),
	KTEST_CASE(string_memmove_overlap),
	KTEST_CASE(string_memset),
	KTEST_CASE(string_memcmp_memchr),
	KTEST_CASE(string_strlen_strnlen),
	KTEST_CASE(string_strcmp_strncmp),
	KTEST_CASE(string_strchr_strstr),
	KTEST_CASE(string_strlcpy),
	KTEST_CASE(string_strscpy),
	KTEST_CASE(string_strsep_skip_spaces),
	KTEST_CASE(string_kstrtoul_32bit),
	KTEST_CASE(string_kstrtol_32bit),
	KTEST_CASE(string_kstrtoull_64bit),
};

KTEST_SUITE(string_suite, "string", string_cases);
