// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/vsprintf.c (suite "vsprintf"), under ASan and
 * UBSan.
 *
 * The exact expected strings for every conversion, flag and corner are
 * written once in tests/common/vsprintf_cases.h, which the kernel's
 * "printk" suite (tests/kernel/printk_test.c) runs too. This file adds
 * what needs the build machine: a comparison with its snprintf over a
 * fixed table and over 20000 generated formats, restricted to the
 * combinations where C99 defines the result, with random buffer sizes so
 * that truncation and the bytes past the NUL are compared too.
 */
#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "harness.h"
#include "../common/vsprintf_cases.h"

/* Compares the kernel's and libc's results in one buffer size. */
static bool same_as_libc(struct htest *t, int line, const char *fmt, size_t size, const char *k,
			 int kn, const char *h, int hn, size_t bufsize)
{
	if (kn == hn && !memcmp(k, h, bufsize))
		return true;
	htest_fail(t, __FILE__, line,
		   "format \"%s\", size %zu: kernel \"%.*s\" (%d), libc \"%.*s\" (%d)", fmt, size,
		   (int)(size ? size : 1) - 1, k, kn, (int)(size ? size : 1) - 1, h, hn);
	return false;
}

/* LIBC_CASE_RAW for the formats that -Wformat rejects but C99 defines. */
#define LIBC_CASE_WITH(kfn, t, fmt, ...)                                                           \
	do {                                                                                       \
		char __k[128], __h[128];                                                           \
		int __kn = kfn(__k, sizeof(__k), fmt, __VA_ARGS__);                                \
		int __hn = host_snprintf(__h, sizeof(__h), fmt, __VA_ARGS__);                      \
		same_as_libc(t, __LINE__, fmt, sizeof(__k), __k, __kn, __h, __hn, __kn + 1);       \
	} while (0)
#define LIBC_CASE(t, fmt, ...)	   LIBC_CASE_WITH(snprintf, t, fmt, __VA_ARGS__)
#define LIBC_CASE_RAW(t, fmt, ...) LIBC_CASE_WITH(fmt_unchecked, t, fmt, __VA_ARGS__)

static void matches_libc_table(struct htest *t)
{
	LIBC_CASE(t, "%d|%5d|%-5d|%05d|%+d|% d", -17, -17, -17, -17, 17, 17);
	LIBC_CASE(t, "%u|%x|%X|%o|%#x|%#o", 3000000000u, 0xabcu, 0xabcu, 0777u, 0x1u, 01u);
	LIBC_CASE(t, "%.0d|%.0u|%.0x|%.0o|%#.0o|%#.0x", 0, 0u, 0u, 0u, 0u, 0u);
	LIBC_CASE_RAW(t, "%08.3d|%-8.3d|%8.3x|%#8.3o", -5, -5, 5u, 5u);
	LIBC_CASE(t, "%lld|%llu|%llx|%llo", LLONG_MIN, ULLONG_MAX, ULLONG_MAX, ULLONG_MAX);
	LIBC_CASE(t, "%hhd|%hhu|%hd|%hu|%hhx", 200, 300, 70000, -1, -1);
	LIBC_CASE(t, "%ld|%lu|%zu|%zx|%zd", LONG_MIN, ULONG_MAX, (size_t)-1, (size_t)-1,
		  (ptrdiff_t)-5);
	LIBC_CASE(t, "%s|%10s|%-10s|%.2s|%5.1s", "str", "str", "str", "str", "str");
	LIBC_CASE(t, "%c|%3c|%-3c|", 'a', 'b', 'c');
	LIBC_CASE(t, "%*d|%-*d|%.*d|%*.*d", 6, 1, 6, 2, 4, 3, -8, -3, 4);
	LIBC_CASE(t, "%d %i %d", INT_MIN, INT_MAX, 0);
	LIBC_CASE(t, "%%|%d%%", 3);
	LIBC_CASE_RAW(t, "%+u|% x|%-05d|%+ d", 1u, 2u, 3, 4);
}

/* The argument type a generated conversion takes. */
enum arg_kind { A_INT, A_UINT, A_LONG, A_ULONG, A_LLONG, A_ULLONG, A_SIZE, A_PTRDIFF, A_STR };

struct gen {
	char fmt[32];
	bool star_w, star_p;
	int w, p;
	enum arg_kind kind;
	unsigned long long v;
	const char *s;
};

/* Values near the edges are far more likely to find bugs than uniform ones. */
static unsigned long long gen_value(unsigned long long *seed)
{
	// clang-format off
	static const unsigned long long edges[] = {
		0, 1, 7, 8, 9, 10, 15, 16, 127, 128, 255, 256, 0x7fff, 0x8000, 0xffff,
		0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x7fffffffffffffffull,
		0x8000000000000000ull, 0xffffffffffffffffull, 999999999, 1000000000,
		4294967295ull, 10000000000000000000ull,
	};
	// clang-format on

	switch (htest_rand_below(seed, 4)) {
	case 0:
		return edges[htest_rand_below(seed, ARRAY_SIZE(edges))];
	case 1:
		return 0 - edges[htest_rand_below(seed, ARRAY_SIZE(edges))];
	case 2:
		return htest_rand_below(seed, 1000);
	default:
		return htest_rand(seed) >> htest_rand_below(seed, 64);
	}
}

static enum arg_kind int_kind(char len, bool is_signed)
{
	switch (len) {
	case 'l':
		return is_signed ? A_LONG : A_ULONG;
	case 'q': /* "ll" */
		return is_signed ? A_LLONG : A_ULLONG;
	case 'z':
		return is_signed ? A_PTRDIFF : A_SIZE;
	default: /* none, h, hh: promoted to int */
		return is_signed ? A_INT : A_UINT;
	}
}

/*
 * Builds a random conversion whose meaning C99 defines, so libc is a fair
 * reference: no '#' on d/u/c/s, no '0' or precision on c, no '0' on s, no
 * length modifier on c/s.
 */
static void gen_format(struct gen *g, unsigned long long *seed)
{
	static const char convs[] = "diuxXocs";
	static const char *const lens[] = {"", "hh", "h", "l", "ll", "z"};
	static const char *const strs[] = {"", "a", "hello", "tab\there",
					   "a considerably longer string, over 40 bytes"};
	char conv = convs[htest_rand_below(seed, sizeof(convs) - 1)];
	bool num = conv != 'c' && conv != 's';
	const char *len = num ? lens[htest_rand_below(seed, ARRAY_SIZE(lens))] : "";
	char *f = g->fmt;

	*f++ = '%';
	if (htest_rand_below(seed, 4) == 0)
		*f++ = '-';
	if (htest_rand_below(seed, 4) == 0 && num)
		*f++ = '0';
	if (htest_rand_below(seed, 4) == 0)
		*f++ = '+';
	if (htest_rand_below(seed, 4) == 0)
		*f++ = ' ';
	if (htest_rand_below(seed, 4) == 0 && (conv == 'x' || conv == 'X' || conv == 'o'))
		*f++ = '#';

	g->star_w = g->star_p = false;
	switch (htest_rand_below(seed, 3)) {
	case 0:
		break;
	case 1:
		f += host_snprintf(f, 4, "%u", htest_rand_below(seed, 25));
		break;
	default:
		*f++ = '*';
		g->star_w = true;
		g->w = (int)htest_rand_below(seed, 51) - 25;
	}
	if (conv != 'c') {
		switch (htest_rand_below(seed, 4)) {
		case 0:
			break;
		case 1:
			*f++ = '.';
			break;
		case 2:
			f += host_snprintf(f, 5, ".%u", htest_rand_below(seed, 25));
			break;
		default:
			*f++ = '.';
			*f++ = '*';
			g->star_p = true;
			g->p = (int)htest_rand_below(seed, 51) - 25;
		}
	}
	memcpy(f, len, strlen(len));
	f += strlen(len);
	*f++ = conv;
	*f = '\0';

	if (conv == 's') {
		g->kind = A_STR;
		g->s = strs[htest_rand_below(seed, ARRAY_SIZE(strs))];
	} else {
		/* 'q' stands for "ll" in int_kind. */
		g->kind = int_kind(len[0] == 'l' && len[1] == 'l' ? 'q' : len[0],
				   conv == 'd' || conv == 'i' || conv == 'c');
		g->v = gen_value(seed);
	}
}

/* Calls fn with the optional '*' arguments, then v. */
#define CALL_STARS(fn, buf, size, g, v)                                                            \
	((g)->star_w ? ((g)->star_p ? fn(buf, size, (g)->fmt, (g)->w, (g)->p, v)                   \
				    : fn(buf, size, (g)->fmt, (g)->w, v))                          \
		     : ((g)->star_p ? fn(buf, size, (g)->fmt, (g)->p, v)                           \
				    : fn(buf, size, (g)->fmt, v)))

#define CALL_GEN(fn, buf, size, g)                                                                 \
	((g)->kind == A_INT	  ? CALL_STARS(fn, buf, size, g, (int)(g)->v)                      \
	 : (g)->kind == A_UINT	  ? CALL_STARS(fn, buf, size, g, (unsigned int)(g)->v)             \
	 : (g)->kind == A_LONG	  ? CALL_STARS(fn, buf, size, g, (long)(g)->v)                     \
	 : (g)->kind == A_ULONG	  ? CALL_STARS(fn, buf, size, g, (unsigned long)(g)->v)            \
	 : (g)->kind == A_LLONG	  ? CALL_STARS(fn, buf, size, g, (long long)(g)->v)                \
	 : (g)->kind == A_ULLONG  ? CALL_STARS(fn, buf, size, g, (unsigned long long)(g)->v)       \
	 : (g)->kind == A_SIZE	  ? CALL_STARS(fn, buf, size, g, (size_t)(g)->v)                   \
	 : (g)->kind == A_PTRDIFF ? CALL_STARS(fn, buf, size, g, (ptrdiff_t)(g)->v)                \
				  : CALL_STARS(fn, buf, size, g, (g)->s))

static void matches_libc_random(struct htest *t)
{
	enum { BUF = 96, ITERATIONS = 20000 };
	unsigned long long seed = 0x5eed;
	int i, failures = 0;

	for (i = 0; i < ITERATIONS && failures < 10; i++) {
		char k[BUF], h[BUF];
		struct gen g;
		size_t size;
		int kn, hn;

		gen_format(&g, &seed);
		/* Mostly roomy; often tight, to compare truncation. */
		size = htest_rand_below(&seed, 2) ? BUF : htest_rand_below(&seed, 40);
		memset(k, 0xee, sizeof(k));
		memset(h, 0xee, sizeof(h));
		kn = CALL_GEN(fmt_unchecked, k, size, &g);
		hn = CALL_GEN(host_snprintf, h, size, &g);
		if (!same_as_libc(t, __LINE__, g.fmt, size, k, kn, h, hn, BUF)) {
			htest_info(t, "iteration %d: value 0x%llx, '*' width %d, '*' precision %d",
				   i, g.v, g.star_w ? g.w : 0, g.star_p ? g.p : 0);
			failures++;
		}
	}
}

static const struct htest_case vsprintf_cases[] = {
	VSPRINTF_COMMON_CASES(HTEST_CASE),
	HTEST_CASE(matches_libc_table),
	HTEST_CASE(matches_libc_random),
};

static const struct htest_suite vsprintf_suite = HTEST_SUITE("vsprintf", vsprintf_cases);

HTEST_MAIN(&vsprintf_suite);
