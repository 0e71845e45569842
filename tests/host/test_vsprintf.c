// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/vsprintf.c (suite "vsprintf").
 *
 * Two kinds of check: exact expected strings for every conversion, flag
 * and corner the contract in <kernel/sprintf.h> names (several of which
 * libc does differently: %p, NULL %s, unknown conversions), and a
 * comparison with the build machine's snprintf over a fixed table and
 * over 20000 generated formats, restricted to the combinations where C99
 * defines the result, with random buffer sizes so that truncation and the
 * bytes past the NUL are compared too.
 */
#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "harness.h"

/*
 * The limits, from the compiler's predefined macros: glibc's <limits.h>
 * would drag in <sys/cdefs.h>, whose __always_inline clashes with
 * <kernel/compiler.h>.
 */
#define INT_MAX	   __INT_MAX__
#define INT_MIN	   (-INT_MAX - 1)
#define UINT_MAX   (2u * INT_MAX + 1)
#define LONG_MAX   __LONG_MAX__
#define LONG_MIN   (-LONG_MAX - 1)
#define ULONG_MAX  (2ul * LONG_MAX + 1)
#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1)
#define ULLONG_MAX (2ull * LLONG_MAX + 1)

/*
 * For formats that -Wformat rightly rejects ("%q", a lone '%', '0' with
 * %s): the same formatter, called without the printf attribute.
 */
static int fmt_unchecked(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

/* Formats into a roomy buffer; checks the text and the returned length. */
#define CHECK_WITH(fn, t, want, fmt, ...)                                                          \
	do {                                                                                       \
		char __buf[256];                                                                   \
		int __n = fn(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);                            \
		check_output(t, __LINE__, fmt, __buf, __n, want, sizeof(want) - 1);                \
	} while (0)
#define CHECK(t, want, fmt, ...)     CHECK_WITH(snprintf, t, want, fmt, ##__VA_ARGS__)
#define CHECK_RAW(t, want, fmt, ...) CHECK_WITH(fmt_unchecked, t, want, fmt, ##__VA_ARGS__)

/* want_len is given separately so that a want with a NUL in it works. */
static void check_output(struct htest *t, int line, const char *fmt, const char *got, int n,
			 const char *want, size_t want_len)
{
	if (n == (int)want_len && !memcmp(got, want, want_len + 1))
		return;
	htest_fail(t, __FILE__, line, "format \"%s\": expected \"%s\" (%zu), got \"%s\" (%d)", fmt,
		   want, want_len, got, n);
}

static void plain_text_and_percent(struct htest *t)
{
	CHECK_RAW(t, "", "");
	CHECK(t, "hello, world", "hello, world");
	CHECK(t, "%", "%%");
	CHECK(t, "100% sure", "100%% sure");
	CHECK(t, "%%", "%%%%");
}

static void decimal_basic(struct htest *t)
{
	CHECK(t, "0", "%d", 0);
	CHECK(t, "42", "%d", 42);
	CHECK(t, "-42", "%d", -42);
	CHECK(t, "-7", "%i", -7);
	CHECK(t, "1 2 3", "%d %i %u", 1, 2, 3u);
	CHECK(t, "a1b-2c", "a%db%dc", 1, -2);
}

static void int_limits(struct htest *t)
{
	CHECK(t, "-2147483648", "%d", INT_MIN);
	CHECK(t, "2147483647", "%d", INT_MAX);
	CHECK(t, "4294967295", "%u", UINT_MAX);
	CHECK(t, "ffffffff", "%x", UINT_MAX);
	CHECK(t, "37777777777", "%o", UINT_MAX);
	CHECK(t, "80000000", "%x", (unsigned int)INT_MIN);
	CHECK(t, "-2147483648", "%i", INT_MIN);
	CHECK(t, "  -2147483648", "%13d", INT_MIN);
	CHECK(t, "-002147483648", "%013d", INT_MIN);
}

static void long_long_limits(struct htest *t)
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
	CHECK(t, "12345678901234", "%lld", 12345678901234ll);
}

static void length_modifiers(struct htest *t)
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
	CHECK(t, "12345", "%zu", (size_t)12345);
	CHECK(t, "-1", "%zd", (ptrdiff_t)-1);
	CHECK(t, "7f", "%zx", (size_t)127);
}

static void hex_and_octal(struct htest *t)
{
	CHECK(t, "dead beef", "%x %x", 0xdeadu, 0xbeefu);
	CHECK(t, "DEAD", "%X", 0xdeadu);
	CHECK(t, "0xdead", "%#x", 0xdeadu);
	CHECK(t, "0XDEAD", "%#X", 0xdeadu);
	CHECK(t, "0", "%#x", 0u); /* no prefix for zero */
	CHECK(t, "17", "%o", 15u);
	CHECK(t, "017", "%#o", 15u);
	CHECK(t, "0", "%#o", 0u);
	CHECK(t, "0", "%o", 0u);
	CHECK(t, "0x0000ff", "%#08x", 0xffu); /* zeros go after the prefix */
	CHECK(t, "    0xff", "%#8x", 0xffu);
	CHECK(t, "0xff    ", "%-#8x", 0xffu);
}

static void sign_flags(struct htest *t)
{
	CHECK(t, "+5", "%+d", 5);
	CHECK(t, "-5", "%+d", -5);
	CHECK(t, "+0", "%+d", 0);
	CHECK(t, " 5", "% d", 5);
	CHECK(t, "-5", "% d", -5);
	CHECK_RAW(t, "+5", "%+ d", 5); /* '+' wins over ' ' */
	CHECK(t, "   +5", "%+5d", 5);
	CHECK(t, "+0005", "%+05d", 5);
	CHECK(t, " 0005", "% 05d", 5);
	CHECK_RAW(t, "5", "%+u", 5u); /* no sign on unsigned conversions */
}

static void width_and_alignment(struct htest *t)
{
	CHECK(t, "   42", "%5d", 42);
	CHECK(t, "42   |", "%-5d|", 42);
	CHECK(t, "00042", "%05d", 42);
	CHECK(t, "-0042", "%05d", -42);
	CHECK_RAW(t, "42   |", "%-05d|", 42); /* '-' overrides '0' */
	CHECK(t, "42", "%1d", 42);	      /* width is a minimum */
	CHECK(t, "  -42", "%5d", -42);
	CHECK(t, "-42  |", "%-5d|", -42);
	CHECK(t, "     0", "%6u", 0u);
}

static void precision_integers(struct htest *t)
{
	CHECK(t, "042", "%.3d", 42);
	CHECK(t, "-042", "%.3d", -42);
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

static void star_width_and_precision(struct htest *t)
{
	CHECK(t, "   42", "%*d", 5, 42);
	CHECK(t, "42   |", "%*d|", -5, 42); /* negative width: left-justify */
	CHECK(t, "00042", "%.*d", 5, 42);
	CHECK(t, "42", "%.*d", -3, 42); /* negative precision: none */
	CHECK(t, "  0042", "%*.*d", 6, 4, 42);
	CHECK(t, "  abc", "%*.*s", 5, 3, "abcdef");
	CHECK(t, "ab   |", "%-*.*s|", 5, 2, "abcdef");
	CHECK(t, "x00007", "x%0*d", 5, 7);
}

/* Widths are capped (FIELD_MAX in vsprintf.c) so no field runs away. */
static void huge_width_is_capped(struct htest *t)
{
	char buf[8];

	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%99999999d", 1), 65535);
	EXPECT_STREQ(t, buf, "       ");
	EXPECT_EQ(t, fmt_unchecked(buf, sizeof(buf), "%*d", INT_MIN, 1), 65535);
	EXPECT_STREQ(t, buf, "1      ");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.99999999d", 1), 65535);
	EXPECT_STREQ(t, buf, "0000000");
}

static void strings(struct htest *t)
{
	CHECK(t, "hello", "%s", "hello");
	CHECK(t, "", "%s", "");
	CHECK(t, "     hello", "%10s", "hello");
	CHECK(t, "hello     |", "%-10s|", "hello");
	CHECK(t, "hel", "%.3s", "hello");
	CHECK(t, "", "%.0s", "hello");
	CHECK(t, "hello", "%.10s", "hello");
	CHECK(t, "  hel", "%5.3s", "hello");
	CHECK(t, "a b", "%s %s", "a", "b");
}

/* A precision bounds the read: the source need not be terminated. */
static void string_precision_bounds_read(struct htest *t)
{
	char *p = host_malloc(4);
	char buf[16];

	memcpy(p, "abcd", 4);
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.4s|", p), 5);
	EXPECT_STREQ(t, buf, "abcd|");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%.*s|", 2, p), 3);
	EXPECT_STREQ(t, buf, "ab|");
	host_free(p);
}

static void null_string(struct htest *t)
{
	const char *null = NULL;

	/* Unchecked: GCC rightly warns about a NULL %s argument. */
	CHECK_RAW(t, "(null)", "%s", null);
	CHECK_RAW(t, "    (null)", "%10s", null);
	CHECK_RAW(t, "(null)    |", "%-10s|", null);
	CHECK_RAW(t, "(nu", "%.3s", null);
}

static void chars(struct htest *t)
{
	CHECK(t, "x", "%c", 'x');
	CHECK(t, "    x", "%5c", 'x');
	CHECK(t, "x  |", "%-3c|", 'x');
	CHECK(t, "abc", "%c%c%c", 'a', 'b', 'c');
	CHECK(t, "\xe9", "%c", 0xe9);
	CHECK(t, "a\0b", "a%cb", 0); /* a NUL character is output and counted */
}

static void pointers(struct htest *t)
{
	CHECK(t, "0x00000000", "%p", NULL);
	CHECK(t, "0x00001234", "%p", (void *)0x1234);
	CHECK(t, "0xdeadbeef", "%p", (void *)0xdeadbeef);
	CHECK(t, "  0x00001234", "%12p", (void *)0x1234);
	CHECK(t, "0x00001234  |", "%-12p|", (void *)0x1234);
	CHECK(t, "0x00000001", "%p", (void *)1);
}

static void unknown_conversions(struct htest *t)
{
	CHECK_RAW(t, "%q", "%q");
	CHECK_RAW(t, "a%5qb", "a%5qb");
	CHECK_RAW(t, "%-08.3lq", "%-08.3lq");
	CHECK_RAW(t, "100%", "100%"); /* a lone '%' at the end */
	CHECK_RAW(t, "%l", "%l");
	CHECK_RAW(t, "%n", "%n", 1);	/* %n is not supported: no store */
	CHECK_RAW(t, "%y7", "%y%d", 7); /* consumes no argument */
	CHECK_RAW(t, "%hhz", "%hhz");
	CHECK_RAW(t, "%L", "%L");
}

static void truncation_return_value(struct htest *t)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 5, "hello world"), 11);
	EXPECT_MEMEQ(t, buf, "hell\0xxx", 8);
	EXPECT_EQ(t, snprintf(buf, 6, "%d", 12345), 5); /* exactly fits */
	EXPECT_STREQ(t, buf, "12345");
	EXPECT_EQ(t, snprintf(buf, 5, "%d", 12345), 5);
	EXPECT_STREQ(t, buf, "1234");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 1, "abc"), 3);
	EXPECT_MEMEQ(t, buf, "\0xxxxxxx", 8);
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, snprintf(buf, 0, "abc%d", 42), 5);
	EXPECT_MEMEQ(t, buf, "xxxxxxxx", 8); /* size 0 writes nothing */
	EXPECT_EQ(t, snprintf(NULL, 0, "%s-%s", "ab", "cd"), 5);
	EXPECT_EQ(t, snprintf(buf, 4, "%8d", 1), 8);
	EXPECT_STREQ(t, buf, "   ");
}

static void scnprintf_return_value(struct htest *t)
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
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%d-%d", 1, 2), 3);
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%s", ""), 0);
	EXPECT_EQ(t, scnprintf(buf, sizeof(buf), "%s", "0123456789"), 7);
	EXPECT_STREQ(t, buf, "0123456");
}

/* The usual way to fill a buffer piecewise: offsets never run past size. */
static void scnprintf_appends(struct htest *t)
{
	char buf[10];
	int len = 0, i;

	for (i = 0; i < 10; i++)
		len += scnprintf(buf + len, sizeof(buf) - len, "%d,", i);
	EXPECT_EQ(t, len, 9);
	EXPECT_STREQ(t, buf, "0,1,2,3,4");
}

static int call_vscnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

static void va_list_variants(struct htest *t)
{
	char buf[8];

	EXPECT_EQ(t, fmt_unchecked(buf, sizeof(buf), "%d %s", 12, "abcdefgh"), 11);
	EXPECT_STREQ(t, buf, "12 abcd");
	EXPECT_EQ(t, call_vscnprintf(buf, sizeof(buf), "%d %s", 12, "abcdefgh"), 7);
	EXPECT_STREQ(t, buf, "12 abcd");
	EXPECT_EQ(t, call_vscnprintf(buf, 0, "%d", 12), 0);
}

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
	HTEST_CASE(plain_text_and_percent),
	HTEST_CASE(decimal_basic),
	HTEST_CASE(int_limits),
	HTEST_CASE(long_long_limits),
	HTEST_CASE(length_modifiers),
	HTEST_CASE(hex_and_octal),
	HTEST_CASE(sign_flags),
	HTEST_CASE(width_and_alignment),
	HTEST_CASE(precision_integers),
	HTEST_CASE(star_width_and_precision),
	HTEST_CASE(huge_width_is_capped),
	HTEST_CASE(strings),
	HTEST_CASE(string_precision_bounds_read),
	HTEST_CASE(null_string),
	HTEST_CASE(chars),
	HTEST_CASE(pointers),
	HTEST_CASE(unknown_conversions),
	HTEST_CASE(truncation_return_value),
	HTEST_CASE(scnprintf_return_value),
	HTEST_CASE(scnprintf_appends),
	HTEST_CASE(va_list_variants),
	HTEST_CASE(matches_libc_table),
	HTEST_CASE(matches_libc_random),
};

static const struct htest_suite vsprintf_suite = HTEST_SUITE("vsprintf", vsprintf_cases);

HTEST_MAIN(&vsprintf_suite);
