/* SPDX-License-Identifier: GPL-2.0 */
/*
 * KTAP version 1 from a user program (ktap.c): each case is a function
 * returning 0 (ok) or 1 (not ok) after printing '#' diagnostics with
 * CHECK/CHECK_EQ; ktap_run prints the plan, a line per case and a
 * summary, and returns the number of failed cases (the exit status).
 */
#ifndef _USER_KTAP_H
#define _USER_KTAP_H

#include "ulib.h"

#define CHECK(cond)                                                                         \
	do {                                                                                \
		if (!(cond)) {                                                              \
			printf("# %s:%d: expected %s\n", __FILE__, __LINE__, #cond);        \
			return 1;                                                           \
		}                                                                           \
	} while (0)

#define CHECK_EQ(a, b)                                                                      \
	do {                                                                                \
		long __a = (long)(a), __b = (long)(b);                                      \
		if (__a != __b) {                                                           \
			printf("# %s:%d: expected %s == %s, got %ld and %ld\n", __FILE__, \
			       __LINE__, #a, #b, __a, __b);                                 \
			return 1;                                                           \
		}                                                                           \
	} while (0)

/*
 * A case that cannot run here (a system call this kernel lacks) ends
 * with SKIP("why"): KTAP's "ok N name # SKIP why".
 */
#define KTAP_SKIP 2
extern const char *ktap_skip_reason;
#define SKIP(why)                          \
	do {                               \
		ktap_skip_reason = (why);  \
		return KTAP_SKIP;          \
	} while (0)

/* Running on Linux (uname's sysname), for checks only this kernel passes. */
int ktap_on_linux(void);

struct ktap_case {
	const char *name;
	int (*run)(void);
};

/* Runs n cases as KTAP; prints "# name: P passed, F failed[, S skipped]"; returns F. */
int ktap_run(const char *name, const struct ktap_case *cases, unsigned int n);

/* Children for the signal tests (ktap.c). */

/* Sleeps ms milliseconds (nanosleep; may end early on a signal). */
void ktap_sleep_ms(long ms);
/* A child that sleeps in pause() until a signal ends it: its pid, or -errno. */
long fork_pauser(void);
/* A child that sends sig to the caller count times (0: until killed), 10 ms apart, then exits 0. */
long fork_signaller(int sig, int count);
/* kill(pid, sig), then wait4 for pid: its wait status, or -1. */
int kill_and_wait(long pid, int sig);

/* The raw system calls, for -errno results instead of -1 and errno. */
static inline long sys_fork(void)
{
	return __syscall0(__NR_fork);
}

static inline long sys_wait4(long pid, int *status, int options)
{
	return __syscall4(__NR_wait4, pid, (long)status, options, 0);
}

#endif
