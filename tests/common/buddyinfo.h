/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Snapshots of the free lists (what `buddyinfo` prints), shared by the
 * host mm tests (tests/host/mm/) and the kernel suites (tests/kernel/),
 * and the settling a leak check needs before it takes one.
 */
#ifndef _TESTS_COMMON_BUDDYINFO_H
#define _TESTS_COMMON_BUDDYINFO_H

#include <kernel/mm.h>
#include <kernel/slab.h>
#include <kernel/string.h>

typedef unsigned long buddyinfo_t[MAX_NR_ZONES][MAX_ORDER];

static inline struct zone *zone(enum zone_type z)
{
	return &contig_page_data.node_zones[z];
}

static inline void snapshot(buddyinfo_t info)
{
	int z, o;

	for (z = 0; z < MAX_NR_ZONES; z++)
		for (o = 0; o < MAX_ORDER; o++)
			info[z][o] = zone(z)->free_area[o].nr_free;
}

static inline bool same_buddyinfo(buddyinfo_t a, buddyinfo_t b)
{
	return !memcmp(a, b, sizeof(buddyinfo_t));
}

static inline unsigned long free_pages_in(buddyinfo_t info)
{
	unsigned long pages = 0;
	int z, o;

	for (z = 0; z < MAX_NR_ZONES; z++)
		for (o = 0; o < MAX_ORDER; o++)
			pages += info[z][o] << o;
	return pages;
}

/* Free pages after settle_allocators. */
static inline unsigned long settled_free_pages(void)
{
	settle_allocators();
	return nr_free_pages();
}

/* A snapshot after settle_allocators: what a leak check compares. */
static inline void settled_snapshot(buddyinfo_t info)
{
	settle_allocators();
	snapshot(info);
}

#endif
