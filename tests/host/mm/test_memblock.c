// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memblock.c on the host: merging, splitting, top-down allocation
 * under a limit, the free-range walk, and the limits of the region table.
 */
#include <kernel/errno.h>
#include <kernel/memblock.h>
#include "harness.h"
#include "shim.h"

#define MiB (1024u * 1024u)
#define BASE 0x60000000u

static void region_is(struct htest *t, const struct memblock_type *type, unsigned long i,
		      phys_addr_t base, phys_addr_t size)
{
	ASSERT_LT(t, i, type->cnt);
	EXPECT_EQ(t, type->regions[i].base, base);
	EXPECT_EQ(t, type->regions[i].size, size);
}

static void add_merges_overlapping_and_adjacent(struct htest *t)
{
	memblock_reset();
	EXPECT_EQ(t, memblock_add(BASE + 4 * MiB, MiB), 0);
	EXPECT_EQ(t, memblock_add(BASE, MiB), 0);
	EXPECT_EQ(t, memblock.memory.cnt, 2ul);
	region_is(t, &memblock.memory, 0, BASE, MiB);		/* sorted */
	EXPECT_EQ(t, memblock_add(BASE + MiB, MiB), 0);		/* touches the first */
	EXPECT_EQ(t, memblock.memory.cnt, 2ul);
	region_is(t, &memblock.memory, 0, BASE, 2 * MiB);
	EXPECT_EQ(t, memblock_add(BASE + MiB / 2, 4 * MiB), 0);	/* bridges both */
	EXPECT_EQ(t, memblock.memory.cnt, 1ul);
	region_is(t, &memblock.memory, 0, BASE, 5 * MiB);
	EXPECT_EQ(t, memblock_phys_mem_size(), 5 * MiB);
	EXPECT_EQ(t, memblock_add(BASE + MiB, MiB), 0);		/* inside: no change */
	EXPECT_EQ(t, memblock.memory.cnt, 1ul);
	EXPECT_EQ(t, memblock_phys_mem_size(), 5 * MiB);
	EXPECT_EQ(t, memblock_add(BASE, 0), 0);
	EXPECT_EQ(t, memblock.memory.cnt, 1ul);
}

static void remove_splits(struct htest *t)
{
	memblock_reset();
	memblock_add(BASE, 8 * MiB);
	EXPECT_EQ(t, memblock_remove(BASE + 2 * MiB, MiB), 0);
	EXPECT_EQ(t, memblock.memory.cnt, 2ul);
	region_is(t, &memblock.memory, 0, BASE, 2 * MiB);
	region_is(t, &memblock.memory, 1, BASE + 3 * MiB, 5 * MiB);
	EXPECT_EQ(t, memblock_remove(BASE + MiB, 6 * MiB), 0);	/* spans the hole */
	region_is(t, &memblock.memory, 0, BASE, MiB);
	region_is(t, &memblock.memory, 1, BASE + 7 * MiB, MiB);
	EXPECT_EQ(t, memblock_phys_mem_size(), 2 * MiB);
	EXPECT_EQ(t, memblock_remove(0, ~(phys_addr_t)0), 0);
	EXPECT_EQ(t, memblock.memory.cnt, 0ul);
	EXPECT_EQ(t, memblock_end_of_DRAM(), 0u);
}

static void lookups(struct htest *t)
{
	memblock_reset();
	memblock_add(BASE, 4 * MiB);
	memblock_add(BASE + 8 * MiB, 4 * MiB);
	memblock_reserve(BASE, 64 * 1024);
	EXPECT_TRUE(t, memblock_is_memory(BASE));
	EXPECT_TRUE(t, memblock_is_memory(BASE + 4 * MiB - 1));
	EXPECT_FALSE(t, memblock_is_memory(BASE + 4 * MiB));
	EXPECT_FALSE(t, memblock_is_memory(BASE - 1));
	EXPECT_TRUE(t, memblock_is_reserved(BASE + 100));
	EXPECT_FALSE(t, memblock_is_reserved(BASE + 64 * 1024));
	EXPECT_TRUE(t, memblock_is_region_memory(BASE + MiB, 3 * MiB));
	EXPECT_FALSE(t, memblock_is_region_memory(BASE + MiB, 3 * MiB + 1));	/* runs into the hole */
	EXPECT_FALSE(t, memblock_is_region_memory(BASE + 5 * MiB, 1));
	EXPECT_EQ(t, memblock_start_of_DRAM(), BASE);
	EXPECT_EQ(t, memblock_end_of_DRAM(), BASE + 12 * MiB);
}

static void alloc_is_top_down_aligned_and_limited(struct htest *t)
{
	phys_addr_t a, b, c;

	shim_ram_init(16 * MiB);
	memblock_reset();
	memblock_add(BASE, 16 * MiB);
	a = memblock_phys_alloc(100, 4096);
	EXPECT_EQ(t, a, BASE + 16 * MiB - 4096);
	b = memblock_phys_alloc(4096, 16384);
	EXPECT_EQ(t, b, BASE + 16 * MiB - 16384);
	EXPECT_TRUE(t, memblock_is_reserved(a) && memblock_is_reserved(b));
	memblock_set_current_limit(BASE + 2 * MiB);
	c = memblock_phys_alloc(MiB, MiB);
	EXPECT_EQ(t, c, BASE + MiB);
	EXPECT_EQ(t, memblock_phys_alloc(2 * MiB, 4096), 0u);	/* only 1 MiB left below */
	EXPECT_EQ(t, memblock_phys_alloc(4096, 3), 0u);		/* not a power of two */
	EXPECT_EQ(t, memblock_phys_alloc(0, 4096), 0u);
	/* memblock_alloc zeroes */
	{
		unsigned char *p;
		unsigned int i, nonzero = 0;

		memblock_set_current_limit(~(phys_addr_t)0);
		p = memblock_alloc(8192, 4096);
		ASSERT_TRUE(t, p != NULL);
		for (i = 0; i < 8192; i++)
			nonzero += p[i] != 0;
		EXPECT_EQ(t, nonzero, 0u);
	}
	EXPECT_EQ(t, memblock_phys_free(a, 4096), 0);
	EXPECT_FALSE(t, memblock_is_reserved(a));
}

static void free_ranges_walk(struct htest *t)
{
	phys_addr_t start, end;
	u64 idx = 0;
	unsigned int n = 0;
	phys_addr_t want[][2] = {
		{ BASE + MiB, BASE + 2 * MiB },
		{ BASE + 3 * MiB, BASE + 4 * MiB },
		{ BASE + 8 * MiB, BASE + 10 * MiB },
		{ BASE + 11 * MiB, BASE + 12 * MiB },
	};

	memblock_reset();
	memblock_add(BASE, 4 * MiB);
	memblock_add(BASE + 8 * MiB, 4 * MiB);
	memblock_reserve(BASE, MiB);
	memblock_reserve(BASE + 2 * MiB, MiB);
	memblock_reserve(BASE + 10 * MiB, MiB);
	memblock_reserve(BASE + 20 * MiB, MiB);	/* outside memory: no effect */
	while (memblock_next_free_range(&idx, &start, &end)) {
		ASSERT_LT(t, n, 4u);
		EXPECT_EQ(t, start, want[n][0]);
		EXPECT_EQ(t, end, want[n][1]);
		n++;
	}
	EXPECT_EQ(t, n, 4u);
}

static void table_full_and_wrap(struct htest *t)
{
	unsigned int i;

	memblock_reset();
	for (i = 0; i < INIT_MEMBLOCK_REGIONS; i++)
		EXPECT_EQ(t, memblock_add(BASE + i * 2 * MiB, MiB), 0);
	EXPECT_EQ(t, memblock_add(BASE + 200 * MiB, MiB), -ENOMEM);
	EXPECT_EQ(t, memblock.memory.cnt, (unsigned long)INIT_MEMBLOCK_REGIONS);
	/* A range running past 4 GiB is clipped, never wrapped to low memory. */
	memblock_reset();
	EXPECT_EQ(t, memblock_add(0xfff00000u, 0x00200000u), 0);
	EXPECT_EQ(t, memblock.memory.cnt, 1ul);
	EXPECT_GE(t, memblock.memory.regions[0].base, 0xfff00000u);
	EXPECT_FALSE(t, memblock_is_memory(0));
}

static const struct htest_case cases[] = {
	HTEST_CASE(add_merges_overlapping_and_adjacent),
	HTEST_CASE(remove_splits),
	HTEST_CASE(lookups),
	HTEST_CASE(alloc_is_top_down_aligned_and_limited),
	HTEST_CASE(free_ranges_walk),
	HTEST_CASE(table_full_and_wrap),
};
static const struct htest_suite suite = HTEST_SUITE("memblock", cases);
HTEST_MAIN(&suite);
