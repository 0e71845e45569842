/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A tiny unit-test harness for host builds of kernel code, printing KTAP
 * version 1 like the in-kernel ktest (include/kernel/ktest.h), whose
 * EXPECT_* / ASSERT_* names and meanings it copies. The expressions'
 * text is passed to the message as a %s argument, never pasted into the
 * format, so an expression may itself contain a '%' (a format string).
 *
 * Test files are compiled with -include tests/host/rename.h, so memcpy,
 * snprintf & co. in them are the kernel's versions. harness.c is not: it
 * is the one place that uses libc, and everything a test needs from the
 * build machine (libc's snprintf as a reference, memory, files) is
 * reached through the htest_* / host_* functions below. Test files
 * therefore include only kernel headers and this one, never a libc header
 * that declares a renamed function. The harness's own comparisons
 * (EXPECT_STREQ, EXPECT_MEMEQ) use libc too, so a broken kernel strcmp
 * cannot hide its own failures.
 *
 * A test binary defines its suites and main() with HTEST_MAIN():
 *
 *	static void memcpy_basic(struct htest *t) { EXPECT_EQ(t, 1, 1); }
 *	static const struct htest_case cases[] = { HTEST_CASE(memcpy_basic) };
 *	static const struct htest_suite suite = HTEST_SUITE("string", cases);
 *	HTEST_MAIN(&suite);
 *
 * Run it with no arguments for every case, or with case names to run only
 * those (the others are reported as skipped, so the KTAP plan holds).
 * The exit status is 0 iff no case failed.
 */
#ifndef _TESTS_HOST_HARNESS_H
#define _TESTS_HOST_HARNESS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct htest; /* one running case; opaque */

struct htest_case {
	const char *name; /* no '#', and not the suite's name */
	void (*run)(struct htest *t);
};

struct htest_suite {
	const char *name;
	const struct htest_case *cases;
	unsigned int num_cases;
};

/* clang-format would split these initialisers over many lines. */
// clang-format off
#define HTEST_CASE(fn) { #fn, fn }
#define HTEST_SUITE(sname, case_array) \
	{ .name = (sname), .cases = (case_array), .num_cases = ARRAY_LEN(case_array) }
// clang-format on
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Runs the suites, prints KTAP on stdout; returns the exit status. */
int htest_main(int argc, char **argv, const struct htest_suite *const *suites, unsigned int n);

#define HTEST_MAIN(...)                                                                            \
	int main(int argc, char **argv)                                                            \
	{                                                                                          \
		static const struct htest_suite *const __suites[] = {__VA_ARGS__};                 \
		return htest_main(argc, argv, __suites, ARRAY_LEN(__suites));                      \
	}

/* Records a failure; the message is printed as '# ' lines after the result. */
void htest_fail(struct htest *t, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Ends the case at once (after a failure, or as skipped). */
void htest_abort(struct htest *t) __attribute__((noreturn));
void htest_skip(struct htest *t, const char *reason) __attribute__((noreturn));
/* A '# ' diagnostic line attached to the current case. */
void htest_info(struct htest *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* libc-backed helpers for the macros. */
bool htest_streq(const char *a, const char *b);
/* Compares, and on a mismatch records a failure naming the first bad byte. */
bool htest_memeq(struct htest *t, const char *file, int line, const char *what, const void *a,
		 const void *b, size_t n);

/*
 * The build machine's C library, for reference results and resources.
 * host_snprintf deliberately has no format attribute: tests feed it
 * generated formats and ones -Wformat rejects, to compare with the kernel.
 */
int host_snprintf(char *buf, size_t size, const char *fmt, ...);
void *host_malloc(size_t size); /* aborts on failure */
void host_free(void *p);
/* Reads a whole file into host_malloc'd memory of exactly its size, or NULL. */
void *host_read_file(const char *path, size_t *len);

/*
 * A deterministic pseudo-random generator (splitmix64) for table-driven
 * and fuzz-style tests: the same seed gives the same run on every machine.
 */
static inline unsigned long long htest_rand(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* A value in [0, n), n > 0. */
static inline unsigned int htest_rand_below(unsigned long long *state, unsigned int n)
{
	return (unsigned int)(htest_rand(state) % n);
}

#define __HTEST_CMP(t, fatal, a, op, b)                                                            \
	do {                                                                                       \
		__typeof__(a) __a = (a);                                                           \
		__typeof__(b) __b = (b);                                                           \
		if (!(__a op __b)) {                                                               \
			htest_fail(t, __FILE__, __LINE__,                                          \
				   "Expected %s %s %s, but\n    %s == %lld (0x%llx)\n"             \
				   "    %s == %lld (0x%llx)",                                      \
				   #a, #op, #b, #a, (long long)__a, (unsigned long long)__a, #b,   \
				   (long long)__b, (unsigned long long)__b);                       \
			if (fatal)                                                                 \
				htest_abort(t);                                                    \
		}                                                                                  \
	} while (0)

#define EXPECT_EQ(t, a, b) __HTEST_CMP(t, 0, a, ==, b)
#define EXPECT_NE(t, a, b) __HTEST_CMP(t, 0, a, !=, b)
#define EXPECT_LT(t, a, b) __HTEST_CMP(t, 0, a, <, b)
#define EXPECT_LE(t, a, b) __HTEST_CMP(t, 0, a, <=, b)
#define EXPECT_GT(t, a, b) __HTEST_CMP(t, 0, a, >, b)
#define EXPECT_GE(t, a, b) __HTEST_CMP(t, 0, a, >=, b)
#define ASSERT_EQ(t, a, b) __HTEST_CMP(t, 1, a, ==, b)
#define ASSERT_NE(t, a, b) __HTEST_CMP(t, 1, a, !=, b)
#define ASSERT_LT(t, a, b) __HTEST_CMP(t, 1, a, <, b)
#define ASSERT_LE(t, a, b) __HTEST_CMP(t, 1, a, <=, b)
#define ASSERT_GT(t, a, b) __HTEST_CMP(t, 1, a, >, b)
#define ASSERT_GE(t, a, b) __HTEST_CMP(t, 1, a, >=, b)

/* Pointers: equality only, printed as addresses. */
#define __HTEST_PTR(t, fatal, a, b)                                                                \
	do {                                                                                       \
		const void *__a = (a), *__b = (b);                                                 \
		if (__a != __b) {                                                                  \
			htest_fail(t, __FILE__, __LINE__,                                          \
				   "Expected %s == %s, but\n    %s == %p\n    %s == %p", #a, #b,   \
				   #a, __a, #b, __b);                                              \
			if (fatal)                                                                 \
				htest_abort(t);                                                    \
		}                                                                                  \
	} while (0)
#define EXPECT_PTR_EQ(t, a, b) __HTEST_PTR(t, 0, a, b)
#define ASSERT_PTR_EQ(t, a, b) __HTEST_PTR(t, 1, a, b)

#define __HTEST_BOOL(t, fatal, cond, want)                                                         \
	do {                                                                                       \
		if ((!!(cond)) != (want)) {                                                        \
			htest_fail(t, __FILE__, __LINE__, "Expected %s to be %s", #cond,           \
				   (want) ? "true" : "false");                                     \
			if (fatal)                                                                 \
				htest_abort(t);                                                    \
		}                                                                                  \
	} while (0)
#define EXPECT_TRUE(t, c)     __HTEST_BOOL(t, 0, c, 1)
#define EXPECT_FALSE(t, c)    __HTEST_BOOL(t, 0, c, 0)
#define ASSERT_TRUE(t, c)     __HTEST_BOOL(t, 1, c, 1)
#define ASSERT_FALSE(t, c)    __HTEST_BOOL(t, 1, c, 0)
#define EXPECT_NULL(t, p)     __HTEST_BOOL(t, 0, (p) == NULL, 1)
#define EXPECT_NOT_NULL(t, p) __HTEST_BOOL(t, 0, (p) != NULL, 1)
#define ASSERT_NOT_NULL(t, p) __HTEST_BOOL(t, 1, (p) != NULL, 1)

#define __HTEST_STR(t, fatal, a, b, want_eq)                                                       \
	do {                                                                                       \
		const char *__a = (a), *__b = (b);                                                 \
		if (htest_streq(__a, __b) != (want_eq)) {                                          \
			htest_fail(t, __FILE__, __LINE__,                                          \
				   "Expected %s %s %s, but\n    %s == \"%s\"\n    %s == \"%s\"",   \
				   #a, (want_eq) ? "==" : "!=", #b, #a, __a ? __a : "(null)", #b,  \
				   __b ? __b : "(null)");                                          \
			if (fatal)                                                                 \
				htest_abort(t);                                                    \
		}                                                                                  \
	} while (0)
#define EXPECT_STREQ(t, a, b)  __HTEST_STR(t, 0, a, b, 1)
#define EXPECT_STRNEQ(t, a, b) __HTEST_STR(t, 0, a, b, 0)
#define ASSERT_STREQ(t, a, b)  __HTEST_STR(t, 1, a, b, 1)

#define EXPECT_MEMEQ(t, a, b, n) ((void)htest_memeq(t, __FILE__, __LINE__, #a " vs " #b, a, b, n))
#define ASSERT_MEMEQ(t, a, b, n)                                                                   \
	do {                                                                                       \
		if (!htest_memeq(t, __FILE__, __LINE__, #a " vs " #b, a, b, n))                    \
			htest_abort(t);                                                            \
	} while (0)

#endif
