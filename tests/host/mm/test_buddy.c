// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_alloc.c on the host, over 64 MiB of fake RAM: 48 MiB of
 * ZONE_NORMAL (the first MiB reserved, as the kernel image would be) and
 * 16 MiB of ZONE_HIGHMEM. Every case boots the allocator afresh.
 */
#include <kernel/highmem.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include "../../common/buddyinfo.h"
#include "boot.h"
#include "harness.h"
#include "shim.h"

#define NR_PAGES (RAM / PAGE_SIZE)

static buddyinfo_t initial;

/* A fresh buddy allocator over the fake RAM, and its free lists as they start. */
static void boot(void)
{
	host_mm_boot();
	snapshot(initial);
}

static void expect_initial(struct htest *t)
{
	buddyinfo_t now;

	drain_local_pages(NULL);
	snapshot(now);
	EXPECT_TRUE(t, same_buddyinfo(now, initial));
	EXPECT_EQ(t, check_free_areas(), 0);
}

static void boot_state(struct htest *t)
{
	boot();
	EXPECT_EQ(t, check_free_areas(), 0);
	EXPECT_EQ(t, zone(ZONE_NORMAL)->spanned_pages, LOWMEM / PAGE_SIZE);
	EXPECT_EQ(t, zone(ZONE_HIGHMEM)->spanned_pages, (RAM - LOWMEM) / PAGE_SIZE);
	EXPECT_EQ(t, zone(ZONE_HIGHMEM)->managed_pages, (RAM - LOWMEM) / PAGE_SIZE);
	EXPECT_EQ(t, totalhigh_pages, (RAM - LOWMEM) / PAGE_SIZE);
	/* The reserved MiB and mem_map (with pageblock_flags) are not free. */
	EXPECT_LT(t, totalram_pages, (RAM - RESERVED) / PAGE_SIZE);
	EXPECT_GT(t, totalram_pages, (RAM - RESERVED - 2 * MiB) / PAGE_SIZE);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages);
	EXPECT_EQ(t, initial[ZONE_HIGHMEM][MAX_ORDER - 1], 4ul);	/* 16 MiB of 4 MiB blocks */
	EXPECT_TRUE(t, PageReserved(pfn_to_page(min_low_pfn)));
	/* Every struct page is intact: its zone, and a reserved page's fresh state. */
	{
		unsigned long pfn, bad = 0;

		for (pfn = min_low_pfn; pfn < max_pfn; pfn++) {
			struct page *p = pfn_to_page(pfn);

			bad += page_zonenum(p) != (pfn < max_low_pfn ? ZONE_NORMAL : ZONE_HIGHMEM);
			bad += PageReserved(p) && (p->_refcount != 1 || p->_mapcount != -1 ||
						   p->mapping || (p->flags & PAGEFLAGS_MASK) !=
									 (1UL << PG_reserved));
		}
		EXPECT_EQ(t, bad, 0ul);
	}
	EXPECT_GT(t, min_wmark_pages(zone(ZONE_NORMAL)), 0ul);
	EXPECT_LT(t, min_wmark_pages(zone(ZONE_NORMAL)), low_wmark_pages(zone(ZONE_NORMAL)));
	EXPECT_LT(t, low_wmark_pages(zone(ZONE_NORMAL)), high_wmark_pages(zone(ZONE_NORMAL)));
	EXPECT_EQ(t, zone(ZONE_NORMAL)->lowmem_reserve[ZONE_HIGHMEM], 4096ul / 32);
}

static void every_order_aligned(struct htest *t)
{
	unsigned int order;

	boot();
	for (order = 0; order < MAX_ORDER; order++) {
		struct page *page = alloc_pages(GFP_KERNEL, order);
		unsigned long pfn;

		ASSERT_TRUE(t, page != NULL);
		pfn = page_to_pfn(page);
		EXPECT_EQ(t, pfn & ((1ul << order) - 1), 0ul);
		EXPECT_EQ(t, page_zonenum(page), (unsigned int)ZONE_NORMAL);
		EXPECT_EQ(t, page_ref_count(page), 1);
		EXPECT_EQ(t, page_alloc_order(page), (int)order);
		EXPECT_EQ(t, check_free_areas(), 0);
		__free_pages(page, order);
	}
	EXPECT_TRUE(t, alloc_pages(GFP_KERNEL | __GFP_NOWARN, MAX_ORDER) == NULL);
	expect_initial(t);
}

static void split_then_merge(struct htest *t)
{
	buddyinfo_t now;
	struct page *page;
	int o;

	boot();
	page = alloc_pages(GFP_HIGHUSER, 1);	/* order > 0: no per-cpu list */
	ASSERT_TRUE(t, page != NULL);
	EXPECT_TRUE(t, PageHighMem(page));
	snapshot(now);
	EXPECT_EQ(t, now[ZONE_HIGHMEM][MAX_ORDER - 1], initial[ZONE_HIGHMEM][MAX_ORDER - 1] - 1);
	for (o = 1; o < MAX_ORDER - 1; o++)
		EXPECT_EQ(t, now[ZONE_HIGHMEM][o], initial[ZONE_HIGHMEM][o] + 1);
	EXPECT_EQ(t, now[ZONE_HIGHMEM][0], initial[ZONE_HIGHMEM][0]);
	__free_pages(page, 1);
	expect_initial(t);
}

static void zero_and_highmem_fallback(struct htest *t)
{
	struct page *blocks[5], *page;
	unsigned char *p;
	unsigned int i, nonzero = 0;

	boot();
	page = alloc_page(GFP_KERNEL);
	p = page_address(page);
	memset(p, 0x5a, PAGE_SIZE);
	__free_page(page);
	page = alloc_page(GFP_KERNEL | __GFP_ZERO);	/* the same page, from the pcp list */
	ASSERT_TRUE(t, page_address(page) == p);
	for (i = 0; i < PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	EXPECT_EQ(t, nonzero, 0u);
	__free_page(page);

	/*
	 * __GFP_HIGHMEM prefers ZONE_HIGHMEM, then falls back to ZONE_NORMAL:
	 * HIGHMEM's four 4 MiB blocks give three, the last would take it
	 * below its min watermark.
	 */
	for (i = 0; i < 5; i++) {
		blocks[i] = alloc_pages(GFP_HIGHUSER, MAX_ORDER - 1);
		ASSERT_TRUE(t, blocks[i] != NULL);
	}
	for (i = 0; i < 3; i++)
		EXPECT_TRUE(t, PageHighMem(blocks[i]));
	EXPECT_FALSE(t, PageHighMem(blocks[3]));
	EXPECT_FALSE(t, PageHighMem(blocks[4]));
	for (i = 0; i < 5; i++)
		__free_pages(blocks[i], MAX_ORDER - 1);
	expect_initial(t);
}

/* Allocates with gfp until it fails; returns how many (pages kept in v). */
static unsigned int exhaust(struct page **v, unsigned int max, gfp_t gfp)
{
	unsigned int n = 0;

	while (n < max && (v[n] = alloc_page(gfp | __GFP_NOWARN)) != NULL)
		n++;
	return n;
}

static struct page *pages[NR_PAGES];

static void exhaustion_and_watermarks(struct htest *t)
{
	struct zone *normal = zone(ZONE_NORMAL);
	unsigned int n, m, i;

	boot();
	n = exhaust(pages, NR_PAGES, GFP_KERNEL);
	EXPECT_GT(t, n, 10000u);
	/* GFP_KERNEL stopped at the min watermark; GFP_ATOMIC may go below it. */
	EXPECT_FALSE(t, zone_watermark_ok(normal, 0, min_wmark_pages(normal), ZONE_NORMAL,
					  GFP_KERNEL));
	EXPECT_TRUE(t, zone_watermark_ok(normal, 0, min_wmark_pages(normal), ZONE_NORMAL,
					 GFP_ATOMIC));
	EXPECT_GE(t, normal->nr_free_pages + normal->per_cpu_pageset[0].count,
		  min_wmark_pages(normal) / 2);
	for (i = 0; i < n; i++)
		EXPECT_FALSE(t, PageHighMem(pages[i]));
	m = exhaust(pages + n, NR_PAGES - n, GFP_ATOMIC);
	EXPECT_GT(t, m, 0u);
	EXPECT_LT(t, normal->nr_free_pages, min_wmark_pages(normal));
	EXPECT_EQ(t, check_free_areas(), 0);
	for (i = 0; i < n + m; i++)
		__free_page(pages[i]);
	expect_initial(t);
	/* HIGHMEM-capable requests leave lowmem_reserve alone in ZONE_NORMAL. */
	n = exhaust(pages, NR_PAGES, GFP_HIGHUSER);
	EXPECT_GE(t, normal->nr_free_pages + normal->per_cpu_pageset[0].count,
		  normal->lowmem_reserve[ZONE_HIGHMEM]);
	for (i = 0; i < n; i++)
		__free_page(pages[i]);
	expect_initial(t);
}

static void migratetypes_use_separate_pageblocks(struct htest *t)
{
	struct page *kernel, *user;

	boot();
	EXPECT_EQ(t, get_pageblock_migratetype(pfn_to_page(max_low_pfn - 1)), MIGRATE_MOVABLE);
	kernel = alloc_page(GFP_KERNEL);
	user = alloc_page(GFP_USER | __GFP_MOVABLE);
	ASSERT_TRUE(t, kernel && user);
	EXPECT_EQ(t, get_pageblock_migratetype(kernel), MIGRATE_UNMOVABLE);
	EXPECT_EQ(t, get_pageblock_migratetype(user), MIGRATE_MOVABLE);
	EXPECT_NE(t, page_to_pfn(kernel) >> pageblock_order, page_to_pfn(user) >> pageblock_order);
	__free_page(kernel);
	__free_page(user);
	EXPECT_EQ(t, check_free_areas(), 0);
}

static void bad_frees_are_reported(struct htest *t)
{
	unsigned long reports;
	struct page *page;
	unsigned long addr;

	boot();
	reports = bad_page_reports();
	page = alloc_pages(GFP_KERNEL, 2);
	__free_pages(page, 2);
	__free_pages(page, 2);				/* double free */
	EXPECT_EQ(t, bad_page_reports(), reports + 1);
	page = alloc_pages(GFP_KERNEL, 2);
	__free_pages(page, 1);				/* wrong order */
	EXPECT_EQ(t, bad_page_reports(), reports + 2);
	EXPECT_EQ(t, page_ref_count(page), 1);		/* left allocated */
	addr = (unsigned long)page_address(page);
	free_pages(addr + PAGE_SIZE, 0);		/* a page inside the block */
	free_pages(addr + 12, 2);			/* unaligned */
	free_pages(0, 0);				/* NULL */
	__free_pages(NULL, 0);
	EXPECT_EQ(t, bad_page_reports(), reports + 6);
	__free_pages(page, 2);				/* the right free still works */
	EXPECT_EQ(t, bad_page_reports(), reports + 6);

	page = alloc_page(GFP_KERNEL);
	get_page(page);
	__free_page(page);				/* drops one of two references */
	EXPECT_EQ(t, page_ref_count(page), 1);
	page->_mapcount = 0;				/* still mapped somewhere */
	put_page(page);
	EXPECT_EQ(t, bad_page_reports(), reports + 7);
	page->_mapcount = -1;				/* taken out of use: give it back */
	set_page_count(page, 1);
	put_page(page);
	expect_initial(t);
}

static void pcp_batching(struct htest *t)
{
	struct per_cpu_pages *pcp = &zone(ZONE_NORMAL)->per_cpu_pageset[0];
	unsigned long free0;
	unsigned int n, i;

	boot();
	EXPECT_GT(t, pcp->batch, 0);
	EXPECT_GE(t, pcp->high, 4 * pcp->batch);
	free0 = zone(ZONE_NORMAL)->nr_free_pages;
	pages[0] = alloc_page(GFP_KERNEL);
	EXPECT_EQ(t, pcp->count, pcp->batch - 1);	/* refilled by one batch */
	EXPECT_EQ(t, zone(ZONE_NORMAL)->nr_free_pages, free0 - pcp->batch);
	__free_page(pages[0]);
	EXPECT_EQ(t, pcp->count, pcp->batch);
	/* Freeing up to `high` keeps the pages; reaching it drains a batch. */
	n = (unsigned int)(pcp->high + pcp->batch);
	for (i = 0; i < n; i++)
		pages[i] = alloc_page(GFP_KERNEL);
	for (i = 0; i < n; i++) {
		__free_page(pages[i]);
		EXPECT_LT(t, pcp->count, pcp->high);
	}
	EXPECT_EQ(t, check_free_areas(), 0);
	expect_initial(t);
}

/* FAQ 4.5: a handful of single pages in and out leaves buddyinfo alone. */
static void faq_4_5_buddyinfo_unchanged(struct htest *t)
{
	buddyinfo_t before, after;
	unsigned int i;

	boot();
	for (i = 0; i < 8; i++)		/* warm the per-cpu list */
		pages[i] = alloc_page(GFP_HIGHUSER);
	for (i = 0; i < 8; i++)
		__free_page(pages[i]);
	snapshot(before);
	for (i = 0; i < 8; i++)
		pages[i] = alloc_page(GFP_HIGHUSER);
	for (i = 0; i < 8; i++)
		__free_page(pages[i]);
	snapshot(after);
	EXPECT_TRUE(t, same_buddyinfo(before, after));
	expect_initial(t);
}

static void poisoning_catches_use_after_free(struct htest *t)
{
	unsigned long reports;
	struct page *page;
	unsigned char *p;

	boot();
	page_poisoning_enabled = true;
	reports = bad_page_reports();
	page = alloc_page(GFP_KERNEL);
	p = page_address(page);
	__free_page(page);
	EXPECT_TRUE(t, PagePoisoned(page));
	EXPECT_EQ(t, p[100], PAGE_POISON);
	p[100] = 1;					/* a write after the free */
	page = alloc_page(GFP_KERNEL);			/* the same page comes back */
	EXPECT_TRUE(t, page_address(page) == p);
	EXPECT_EQ(t, bad_page_reports(), reports + 1);
	EXPECT_FALSE(t, PagePoisoned(page));
	__free_page(page);
	page = alloc_page(GFP_KERNEL);			/* intact poison: no report */
	EXPECT_EQ(t, bad_page_reports(), reports + 1);
	__free_page(page);
	page_poisoning_enabled = false;
}

/*
 * 10^6 random allocations and frees of random orders and masks. Each
 * block carries its pfn in its first word, so a block handed out twice
 * shows; the checker runs every 10000 operations; at the end everything
 * merges back to the boot-time free lists.
 */
struct live {
	struct page *page;
	unsigned int order;
};

static struct live live[4096];

static void stamp(struct live *l, bool check, struct htest *t)
{
	unsigned long *word = kmap_atomic(l->page);

	if (check)
		EXPECT_EQ(t, *word, page_to_pfn(l->page));
	else
		*word = page_to_pfn(l->page);
	kunmap_atomic(word);
}

static void random_million(struct htest *t)
{
	static const gfp_t masks[] = { GFP_KERNEL, GFP_ATOMIC, GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE,
				       GFP_USER | __GFP_MOVABLE, GFP_KERNEL | __GFP_ZERO };
	unsigned long long seed = 20261122;
	unsigned int nlive = 0, op, fails = 0;

	boot();
	for (op = 0; op < 1000000; op++) {
		unsigned int r = htest_rand_below(&seed, 100);

		if (nlive && (r < 48 || nlive == ARRAY_LEN(live))) {
			unsigned int i = htest_rand_below(&seed, nlive);

			stamp(&live[i], true, t);
			__free_pages(live[i].page, live[i].order);
			live[i] = live[--nlive];
		} else {
			/* Mostly small orders, as real requests are. */
			unsigned int order = htest_rand_below(&seed, 8) ? htest_rand_below(&seed, 3)
								      : htest_rand_below(&seed, MAX_ORDER);
			gfp_t gfp = masks[htest_rand_below(&seed, ARRAY_LEN(masks))];
			struct page *page = alloc_pages(gfp | __GFP_NOWARN, order);

			if (!page) {
				fails++;
				continue;
			}
			if (!(gfp & __GFP_HIGHMEM))
				EXPECT_FALSE(t, PageHighMem(page));
			live[nlive].page = page;
			live[nlive].order = order;
			stamp(&live[nlive++], false, t);
		}
		if (op % 10000 == 9999)
			ASSERT_EQ(t, check_free_areas(), 0);
	}
	while (nlive) {
		stamp(&live[--nlive], true, t);
		__free_pages(live[nlive].page, live[nlive].order);
	}
	htest_info(t, "%u failed allocations (memory full)", fails);
	expect_initial(t);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages);
}

static const struct htest_case cases[] = {
	HTEST_CASE(boot_state),
	HTEST_CASE(every_order_aligned),
	HTEST_CASE(split_then_merge),
	HTEST_CASE(zero_and_highmem_fallback),
	HTEST_CASE(exhaustion_and_watermarks),
	HTEST_CASE(migratetypes_use_separate_pageblocks),
	HTEST_CASE(bad_frees_are_reported),
	HTEST_CASE(pcp_batching),
	HTEST_CASE(faq_4_5_buddyinfo_unchanged),
	HTEST_CASE(poisoning_catches_use_after_free),
	HTEST_CASE(random_million),
};
static const struct htest_suite suite = HTEST_SUITE("buddy", cases);
HTEST_MAIN(&suite);
