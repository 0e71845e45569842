/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the `slab` and `kmalloc` suites (slab_test.c,
 * kmalloc_test.c): page-level leak checks and muted error reports.
 *
 * A leak check compares the buddy free lists before and after. Both
 * snapshots are "settled": every cache is shrunk (per-cpu arrays emptied,
 * empty slabs freed) and the per-cpu page lists drained, so what the slab
 * allocator keeps for itself (the kmem_cache of a new cache, its per-cpu
 * array, an off-slab freelist) is back in the buddy when the test gave
 * it all back, and pages in use before stay in use.
 */
#ifndef _TESTS_KERNEL_SLAB_TEST_H
#define _TESTS_KERNEL_SLAB_TEST_H

#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "../common/buddyinfo.h"

/* The free lists are as in the snapshot, and the buddy is consistent. */
static inline void expect_pages_back(struct ktest *t, buddyinfo_t want)
{
	buddyinfo_t now;

	settled_snapshot(now);
	EXPECT_MEMEQ(t, now, want, sizeof(buddyinfo_t));
	EXPECT_EQ(t, check_free_areas(), 0);
}

/*
 * Runs the statements with the console muted (the reports still go to the
 * log, for ktest_log_tail) and evaluates to the number of slab error
 * reports they caused.
 */
#define MUTED_REPORTS(...)                                     \
	({                                                     \
		unsigned long __before = slab_error_reports(); \
		console_muted = true;                          \
		__VA_ARGS__;                                   \
		console_muted = false;                         \
		slab_error_reports() - __before;               \
	})

/* The console muted around statements whose messages are expected. */
#define MUTED(...)                     \
	do {                           \
		console_muted = true;  \
		__VA_ARGS__;           \
		console_muted = false; \
	} while (0)

/*
 * Matching a report: log_mark() logs a numbered line (console muted);
 * log_since_mark() copies the log's tail into buf and returns what
 * follows the mark, so a check sees only the newest report ("" if the
 * mark has scrolled out of buf).
 */
static unsigned int log_marks;

static inline void log_mark(void)
{
	log_marks++;
	MUTED(printk(KERN_INFO "-- slab self-test mark %u --\n", log_marks));
}

static inline const char *log_since_mark(char *buf, unsigned int size)
{
	char mark[40];
	const char *p;

	snprintf(mark, sizeof(mark), "-- slab self-test mark %u --", log_marks);
	p = strstr(ktest_log_tail(buf, size), mark);
	return p ? p + strlen(mark) : "";
}

/* Every cache consistent: how every case ends. */
#define EXPECT_SLAB_CONSISTENT(t) EXPECT_EQ(t, kmem_cache_check(NULL), 0)

static inline struct slabinfo slabinfo_of(struct kmem_cache *cachep)
{
	struct slabinfo si;

	get_slabinfo(cachep, &si);
	return si;
}

/* Objects handed out and not freed (active_objs counts the per-cpu arrays too). */
static inline unsigned long in_use(struct kmem_cache *cachep)
{
	struct slabinfo si = slabinfo_of(cachep);

	return si.active_objs - si.cpu_avail;
}

#endif
