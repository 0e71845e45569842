/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ktest: the in-kernel self-test framework (kernel/ktest.c).
 *
 * A suite is a named array of cases placed in the .ktest_suites section by
 * KTEST_SUITE(); the runner walks that section, so adding a file to
 * tests/kernel/ is all it takes to add a suite. Results are printed as
 * KTAP version 1, the format Linux's KUnit prints (../shared/reference/ktap.md).
 *
 * Each case receives a struct ktest. EXPECT_* record a failure (with file,
 * line and both values) and go on; ASSERT_* record it and end the case at
 * once (the runner longjmps back). ktest_skip() ends the case as skipped.
 *
 * A case that must provoke an exception wraps the statement in
 * KTEST_EXPECT_FAULT(): arming registers ktest_catch_exception() with the
 * exception path (set_exception_catcher, <asm/traps.h>), which records the
 * exception in a struct ktest_fault and resumes after the block instead of
 * printing an Oops. Nothing else is ever caught: an
 * unexpected exception in a case is an Oops, and the runner fails on it.
 */
#ifndef _KERNEL_KTEST_H
#define _KERNEL_KTEST_H

#include <kernel/compiler.h>
#include <kernel/types.h>
#include <kernel/setjmp.h>

struct pt_regs;

/* What the exception handler records for a caught fault. */
struct ktest_fault {
	bool caught;
	int kind;	   /* EXC_* from <asm/traps.h> */
	unsigned long pc;  /* address of the faulting instruction */
	unsigned long far; /* DFAR/IFAR for aborts, else 0 */
	unsigned long fsr; /* DFSR/IFSR for aborts, else 0 */
	unsigned long svc; /* the SVC immediate for EXC_SVC */
	unsigned long uregs[18]; /* the saved struct pt_regs */
	struct jmp_buf jb;
};

struct ktest {
	const char *name;
	int failures;
	const char *skip_reason;
	struct jmp_buf abort_jb; /* ASSERT_* and ktest_skip() land here */
};

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	const struct ktest_case *cases;
	unsigned int num_cases;
	/* Optional: a non-NULL string from init() skips the whole suite. */
	const char *(*init)(void);
};

#define KTEST_CASE(fn) { #fn, fn }

#define KTEST_SUITE_INIT(var, sname, case_array, initfn)                                  \
	static const struct ktest_suite var __section(".ktest_suites") __used __aligned(4) = { \
		.name = sname,                                                              \
		.cases = case_array,                                                        \
		.num_cases = ARRAY_SIZE(case_array),                                        \
		.init = initfn,                                                             \
	}
#define KTEST_SUITE(var, sname, case_array) KTEST_SUITE_INIT(var, sname, case_array, NULL)

/* Core, called through the macros. */
void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...) __printf(4, 5);
void __noreturn ktest_abort(struct ktest *t);
void __noreturn ktest_skip(struct ktest *t, const char *reason);
/* Prints a '# ' diagnostic line inside the current case. */
void ktest_info(struct ktest *t, const char *fmt, ...) __printf(2, 3);

/*
 * Copies the last size - 1 bytes of the kernel log into buf, NUL-terminated,
 * so a case can check what the code under test printed. Returns buf.
 */
char *ktest_log_tail(char *buf, unsigned int size);

/* Runs the suites named in a comma list ("all" for all). Returns failures. */
int ktest_run_list(const char *list);
/* Lists the registered suites on the console. */
void ktest_list_suites(void);

/* Exception catching (see the top of this file). */
void ktest_arm_fault(struct ktest_fault *f);
void ktest_disarm_fault(void);
/*
 * The catcher the exception path calls while a fault is armed; returns
 * only if nothing was armed. For an SVC, far carries the SVC number.
 */
void ktest_catch_exception(struct pt_regs *regs, int kind, unsigned long far, unsigned long fsr);

#define KTEST_EXPECT_FAULT(f, ...)                   \
	do {                                         \
		(f)->caught = false;                 \
		if (setjmp(&(f)->jb) == 0) {         \
			ktest_arm_fault(f);          \
			__VA_ARGS__;                 \
			ktest_disarm_fault();        \
		}                                    \
	} while (0)

/*
 * The expressions' text goes in as "%s" arguments, never into the format:
 * a '%' inside a tested expression (snprintf(b, n, "%d", x)) is harmless.
 */
#define __KTEST_CMP(t, fatal, a, op, b, fmt, cast)                                              \
	do {                                                                                    \
		__typeof__(a) __a = (a);                                                        \
		__typeof__(b) __b = (b);                                                        \
		if (!(__a op __b)) {                                                            \
			ktest_fail(t, __FILE__, __LINE__,                                       \
				   "Expected %s %s %s, but\n    %s == " fmt "\n    %s == " fmt, \
				   #a, #op, #b, #a, (cast)__a, #b, (cast)__b);                   \
			if (fatal)                                                              \
				ktest_abort(t);                                                 \
		}                                                                               \
	} while (0)

/* Integers and pointers are printed as signed decimal and as hex. */
#define __KTEST_INT(t, fatal, a, op, b) __KTEST_CMP(t, fatal, a, op, b, "%lld", long long)

#define EXPECT_EQ(t, a, b) __KTEST_INT(t, 0, a, ==, b)
#define EXPECT_NE(t, a, b) __KTEST_INT(t, 0, a, !=, b)
#define EXPECT_LT(t, a, b) __KTEST_INT(t, 0, a, <, b)
#define EXPECT_LE(t, a, b) __KTEST_INT(t, 0, a, <=, b)
#define EXPECT_GT(t, a, b) __KTEST_INT(t, 0, a, >, b)
#define EXPECT_GE(t, a, b) __KTEST_INT(t, 0, a, >=, b)
#define ASSERT_EQ(t, a, b) __KTEST_INT(t, 1, a, ==, b)
#define ASSERT_NE(t, a, b) __KTEST_INT(t, 1, a, !=, b)
#define ASSERT_LT(t, a, b) __KTEST_INT(t, 1, a, <, b)
#define ASSERT_LE(t, a, b) __KTEST_INT(t, 1, a, <=, b)
#define ASSERT_GT(t, a, b) __KTEST_INT(t, 1, a, >, b)
#define ASSERT_GE(t, a, b) __KTEST_INT(t, 1, a, >=, b)
/* Hex forms, for addresses and register values. */
#define EXPECT_EQ_HEX(t, a, b) __KTEST_CMP(t, 0, a, ==, b, "0x%08lx", unsigned long)
#define ASSERT_EQ_HEX(t, a, b) __KTEST_CMP(t, 1, a, ==, b, "0x%08lx", unsigned long)
/* Pointers. */
#define __KTEST_PTR(t, a, op, b) \
	__KTEST_CMP(t, 0, (const void *)(a), op, (const void *)(b), "%p", const void *)
#define EXPECT_PTR_EQ(t, a, b) __KTEST_PTR(t, a, ==, b)
#define EXPECT_PTR_NE(t, a, b) __KTEST_PTR(t, a, !=, b)

#define __KTEST_BOOL(t, fatal, cond, want)                                                   \
	do {                                                                                 \
		if ((bool)(cond) != (bool)(want)) {                                          \
			ktest_fail(t, __FILE__, __LINE__, "Expected %s to be %s", #cond,     \
				   (want) ? "true" : "false");                               \
			if (fatal)                                                           \
				ktest_abort(t);                                              \
		}                                                                            \
	} while (0)
#define EXPECT_TRUE(t, c)  __KTEST_BOOL(t, 0, c, 1)
#define EXPECT_FALSE(t, c) __KTEST_BOOL(t, 0, c, 0)
#define ASSERT_TRUE(t, c)  __KTEST_BOOL(t, 1, c, 1)
#define ASSERT_FALSE(t, c) __KTEST_BOOL(t, 1, c, 0)
#define EXPECT_NULL(t, p)     __KTEST_BOOL(t, 0, (p) == NULL, 1)
#define EXPECT_NOT_NULL(t, p) __KTEST_BOOL(t, 0, (p) != NULL, 1)
#define ASSERT_NOT_NULL(t, p) __KTEST_BOOL(t, 1, (p) != NULL, 1)

int ktest_strcmp_safe(const char *a, const char *b);
#define __KTEST_STR(t, fatal, a, b, want_eq)                                                  \
	do {                                                                                  \
		const char *__a = (a), *__b = (b);                                            \
		if ((ktest_strcmp_safe(__a, __b) == 0) != (want_eq)) {                        \
			ktest_fail(t, __FILE__, __LINE__,                                     \
				   "Expected %s %s %s, but\n    %s == \"%s\"\n    %s == \"%s\"", \
				   #a, (want_eq) ? "==" : "!=", #b, #a, __a ? __a : "(null)",   \
				   #b, __b ? __b : "(null)");                                   \
			if (fatal)                                                            \
				ktest_abort(t);                                               \
		}                                                                             \
	} while (0)
#define EXPECT_STREQ(t, a, b)  __KTEST_STR(t, 0, a, b, 1)
#define EXPECT_STRNEQ(t, a, b) __KTEST_STR(t, 0, a, b, 0)
#define ASSERT_STREQ(t, a, b)  __KTEST_STR(t, 1, a, b, 1)

#define EXPECT_MEMEQ(t, a, b, n)                                                             \
	do {                                                                                 \
		if (memcmp((a), (b), (n)) != 0)                                              \
			ktest_fail(t, __FILE__, __LINE__, "Expected %u bytes at %s to equal %s", \
				   (unsigned int)(n), #a, #b);                               \
	} while (0)

#endif
