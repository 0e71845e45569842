/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Snapshots of the free lists (what `buddyinfo` prints), shared by the
 * host buddy test (tests/host/mm/test_buddy.c) and the kernel suites
 * (tests/kernel/page_alloc_test.c).
 */
#ifndef _TESTS_COMMON_BUDDYINFO_H
#define _TESTS_COMMON_BUDDYINFO_H

#include <kernel/mm.h>

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

#endif
