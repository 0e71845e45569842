// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator on the machine: suites `buddy` (orders, alignment,
 * __GFP_ZERO, exhaustion, merging, watermarks, bad frees), `pcp` (the
 * per-cpu lists, FAQ 4.5) and `zones` (zone sizes against the DTB,
 * HIGHMEM placement). The runner boots them at 128 MiB, 512 MiB and 1 GiB.
 */
#include <kernel/devtree.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include "../common/buddyinfo.h"

static void drained_snapshot(buddyinfo_t info)
{
	drain_local_pages(NULL);
	snapshot(info);
}

static void expect_buddyinfo(struct ktest *t, buddyinfo_t want)
{
	buddyinfo_t now;

	drained_snapshot(now);
	EXPECT_MEMEQ(t, now, want, sizeof(buddyinfo_t));
	EXPECT_EQ(t, check_free_areas(), 0);
}

/* ---- buddy ---- */

static void each_order_aligned_and_usable(struct ktest *t)
{
	buddyinfo_t before;
	unsigned int order;

	drained_snapshot(before);
	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long addr = __get_free_pages(GFP_KERNEL, order);
		unsigned long size = PAGE_SIZE << order;

		ASSERT_NE(t, addr, 0ul);
		EXPECT_EQ(t, addr & (size - 1), 0ul);	/* naturally aligned */
		EXPECT_EQ(t, page_to_pfn(virt_to_page((void *)addr)) & ((1ul << order) - 1), 0ul);
		*(volatile unsigned long *)addr = order;
		*(volatile unsigned long *)(addr + size - sizeof(long)) = order;
		EXPECT_EQ(t, page_ref_count(virt_to_page((void *)addr)), 1);
		free_pages(addr, order);
	}
	expect_buddyinfo(t, before);
}

static void gfp_zero_clears(struct ktest *t)
{
	unsigned char *p = (void *)__get_free_page(GFP_KERNEL), *q;
	unsigned int i, nonzero = 0;

	ASSERT_NOT_NULL(t, p);
	memset(p, 0xa5, PAGE_SIZE);
	free_page((unsigned long)p);
	q = (void *)get_zeroed_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_PTR_EQ(t, q, p);			/* the per-cpu list is LIFO */
	for (i = 0; i < PAGE_SIZE; i++)
		nonzero += q[i] != 0;
	EXPECT_EQ(t, nonzero, 0u);
	free_page((unsigned long)q);
}

#define MAX_HELD 4096u
static unsigned long held[MAX_HELD];

/* Takes lowmem with GFP_KERNEL in 4 MiB blocks, then single pages; returns the count. */
static unsigned int take_lowmem(unsigned int *blocks)
{
	unsigned int n = 0;

	while (n < MAX_HELD && (held[n] = __get_free_pages(GFP_KERNEL | __GFP_NOWARN,
							   MAX_ORDER - 1)))
		n++;
	*blocks = n;
	while (n < MAX_HELD && (held[n] = __get_free_page(GFP_KERNEL | __GFP_NOWARN)))
		n++;
	return n;
}

static void give_back(unsigned int n, unsigned int blocks)
{
	while (n-- > 0)
		free_pages(held[n], n < blocks ? MAX_ORDER - 1 : 0);
}

static void exhaustion_returns_null_and_recovers(struct ktest *t)
{
	struct zone *normal = zone(ZONE_NORMAL);
	buddyinfo_t before;
	unsigned int n, blocks;
	unsigned long extra;

	drained_snapshot(before);
	n = take_lowmem(&blocks);
	if (n == MAX_HELD) {
		give_back(n, blocks);
		ktest_skip(t, "more lowmem than the test can hold");
	}
	EXPECT_GT(t, blocks, 0u);
	EXPECT_EQ(t, __get_free_page(GFP_KERNEL | __GFP_NOWARN), 0ul);
	EXPECT_EQ(t, __get_free_pages(GFP_KERNEL | __GFP_NOWARN, 3), 0ul);
	/* Watermarks: GFP_KERNEL stopped at min, GFP_ATOMIC may dig below it. */
	EXPECT_FALSE(t, zone_watermark_ok(normal, 0, min_wmark_pages(normal), ZONE_NORMAL,
					  GFP_KERNEL));
	EXPECT_TRUE(t, zone_watermark_ok(normal, 0, min_wmark_pages(normal), ZONE_NORMAL,
					 GFP_ATOMIC));
	extra = __get_free_page(GFP_ATOMIC);
	EXPECT_NE(t, extra, 0ul);
	if (extra)
		free_page(extra);
	EXPECT_EQ(t, check_free_areas(), 0);
	give_back(n, blocks);
	/* Merging restores the boot-time free lists exactly. */
	expect_buddyinfo(t, before);
	EXPECT_NE(t, __get_free_page(GFP_KERNEL), 0ul);	/* and it works again */
	drain_local_pages(NULL);
}

/* Runs fn with the console muted; returns how many bad-page reports it caused. */
static unsigned long reports_of(void (*fn)(void *), void *arg)
{
	unsigned long before = bad_page_reports();

	console_muted = true;
	fn(arg);
	console_muted = false;
	return bad_page_reports() - before;
}

static void double_free(void *arg)
{
	struct page *page = arg;

	__free_pages(page, 2);
	__free_pages(page, 2);
}

static void wrong_order(void *arg)
{
	__free_pages(arg, 1);
}

static void bad_addresses(void *arg)
{
	unsigned long addr = (unsigned long)arg;

	free_pages(addr + PAGE_SIZE, 0);	/* inside a block */
	free_pages(addr + 4, 2);		/* unaligned */
	free_pages(0, 0);			/* NULL */
	__free_pages(NULL, 0);
	free_pages(0xffff0000ul, 0);		/* not lowmem */
}

static void order_too_large(void *arg)
{
	*(struct page **)arg = alloc_pages(GFP_KERNEL, MAX_ORDER);
}

static void bad_frees_reported(struct ktest *t)
{
	buddyinfo_t before;
	struct page *page, *big = (void *)1;
	static char log[2048];

	drained_snapshot(before);
	page = alloc_pages(GFP_KERNEL, 2);
	ASSERT_NOT_NULL(t, page);
	EXPECT_EQ(t, reports_of(double_free, page), 1ul);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "double free"));

	page = alloc_pages(GFP_KERNEL, 2);
	EXPECT_EQ(t, reports_of(wrong_order, page), 1ul);
	EXPECT_EQ(t, page_ref_count(page), 1);		/* left allocated */
	EXPECT_EQ(t, reports_of(bad_addresses, page_address(page)), 5ul);
	__free_pages(page, 2);

	console_muted = true;
	order_too_large(&big);
	console_muted = false;
	EXPECT_PTR_EQ(t, big, NULL);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "MAX_ORDER"));
	expect_buddyinfo(t, before);
}

static void references_and_mapcount(struct ktest *t)
{
	struct page *page = alloc_page(GFP_KERNEL);

	ASSERT_NOT_NULL(t, page);
	get_page(page);
	__free_page(page);			/* one of two references */
	EXPECT_EQ(t, page_ref_count(page), 1);
	EXPECT_FALSE(t, PageBuddy(page));
	page->_mapcount = 0;			/* "still mapped" */
	EXPECT_EQ(t, reports_of((void (*)(void *))put_page, page), 1ul);
	page->_mapcount = -1;			/* the report took it out of use; give it back */
	set_page_count(page, 1);
	put_page(page);
	EXPECT_EQ(t, check_free_areas(), 0);
}

static void consistent_at_boot(struct ktest *t)
{
	EXPECT_EQ(t, check_free_areas(), 0);
	EXPECT_EQ(t, nr_free_pages() + zone(ZONE_NORMAL)->per_cpu_pageset[0].count,
		  nr_free_pages() + zone(ZONE_NORMAL)->per_cpu_pageset[0].count);
	EXPECT_GT(t, totalram_pages, 0ul);
	EXPECT_LE(t, nr_free_pages(), totalram_pages);
}

static const struct ktest_case buddy_cases[] = {
	KTEST_CASE(consistent_at_boot),
	KTEST_CASE(each_order_aligned_and_usable),
	KTEST_CASE(gfp_zero_clears),
	KTEST_CASE(exhaustion_returns_null_and_recovers),
	KTEST_CASE(bad_frees_reported),
	KTEST_CASE(references_and_mapcount),
};
KTEST_SUITE(buddy_suite, "buddy", buddy_cases);

/* ---- pcp ---- */

static void refill_takes_one_batch(struct ktest *t)
{
	struct zone *normal = zone(ZONE_NORMAL);
	struct per_cpu_pages *pcp = &normal->per_cpu_pageset[0];
	unsigned long free0;
	struct page *page;

	drain_local_pages(NULL);
	EXPECT_EQ(t, pcp->count, 0);
	free0 = normal->nr_free_pages;
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	EXPECT_EQ(t, pcp->count, pcp->batch - 1);
	EXPECT_EQ(t, normal->nr_free_pages, free0 - pcp->batch);
	__free_page(page);
	EXPECT_EQ(t, pcp->count, pcp->batch);
	EXPECT_EQ(t, normal->nr_free_pages, free0 - pcp->batch);	/* still on the list */
	drain_local_pages(NULL);
	EXPECT_EQ(t, normal->nr_free_pages, free0);
}

static void high_mark_drains_a_batch(struct ktest *t)
{
	struct per_cpu_pages *pcp = &zone(ZONE_NORMAL)->per_cpu_pageset[0];
	unsigned int i, n = (unsigned int)(pcp->high + pcp->batch);
	int peak = 0;

	ASSERT_LE(t, n, MAX_HELD);
	for (i = 0; i < n; i++)
		held[i] = __get_free_page(GFP_KERNEL);
	for (i = 0; i < n; i++) {
		free_page(held[i]);
		peak = max(peak, pcp->count);
	}
	EXPECT_LT(t, peak, pcp->high);
	EXPECT_GE(t, peak, pcp->high - pcp->batch);
	EXPECT_EQ(t, check_free_areas(), 0);
}

/*
 * FAQ 4.5: vmalloc takes pages one at a time, and eight pages in and out
 * of the per-cpu list leave buddyinfo as it was.
 */
static void faq_4_5_buddyinfo_unchanged(struct ktest *t)
{
	buddyinfo_t before, after;
	struct page *pages[8];
	unsigned int i;

	for (i = 0; i < 8; i++)		/* the list has pages, as on a running system */
		pages[i] = alloc_page(GFP_HIGHUSER);
	for (i = 0; i < 8; i++)
		__free_page(pages[i]);
	snapshot(before);
	for (i = 0; i < 8; i++) {
		pages[i] = alloc_page(GFP_HIGHUSER);
		ASSERT_NOT_NULL(t, pages[i]);
	}
	for (i = 0; i < 8; i++)
		__free_page(pages[i]);
	snapshot(after);
	EXPECT_MEMEQ(t, after, before, sizeof(buddyinfo_t));
}

static const struct ktest_case pcp_cases[] = {
	KTEST_CASE(refill_takes_one_batch),
	KTEST_CASE(high_mark_drains_a_batch),
	KTEST_CASE(faq_4_5_buddyinfo_unchanged),
};
KTEST_SUITE(pcp_suite, "pcp", pcp_cases);

/* ---- zones ---- */

#define LOWMEM_LIMIT (PHYS_OFFSET + 0x30000000ul)	/* 768 MiB: arm-facts.md 8.1 */

static u64 dtb_ram_end(void)
{
	unsigned int i;
	u64 end = 0;

	for (i = 0; i < boot_info.nr_mem; i++)
		end = max(end, boot_info.mem[i].base + boot_info.mem[i].size);
	return end;
}

static void zone_sizes_match_the_dtb(struct ktest *t)
{
	u64 ram = 0, end = dtb_ram_end();
	unsigned long present = 0;
	unsigned int i;
	struct zone *z;

	for (i = 0; i < boot_info.nr_mem; i++)
		ram += boot_info.mem[i].size;
	for_each_zone(z)
		present += z->present_pages;
#ifdef CONFIG_HIGHMEM
	EXPECT_EQ(t, (u64)present << PAGE_SHIFT, ram);
	EXPECT_EQ(t, zone_end_pfn(zone(ZONE_HIGHMEM)) << PAGE_SHIFT, end);
	EXPECT_EQ(t, (u64)zone(ZONE_HIGHMEM)->present_pages << PAGE_SHIFT,
		  end > LOWMEM_LIMIT ? end - LOWMEM_LIMIT : 0);
#else
	EXPECT_EQ(t, (u64)present << PAGE_SHIFT, min(ram, (u64)LOWMEM_LIMIT - PHYS_OFFSET));
#endif
	EXPECT_EQ(t, zone(ZONE_NORMAL)->zone_start_pfn, ARCH_PFN_OFFSET);
	EXPECT_EQ(t, (u64)zone_end_pfn(zone(ZONE_NORMAL)) << PAGE_SHIFT, min(end, (u64)LOWMEM_LIMIT));
	EXPECT_PTR_EQ(t, high_memory, __va(zone_end_pfn(zone(ZONE_NORMAL)) << PAGE_SHIFT));
	EXPECT_LE(t, sizeof(struct page), 32u);
	EXPECT_EQ(t, max_mapnr, max_pfn - ARCH_PFN_OFFSET);
}

static void kernel_pages_are_lowmem(struct ktest *t)
{
	unsigned int i;

	for (i = 0; i < 64; i++) {
		held[i] = __get_free_page(GFP_KERNEL);
		ASSERT_NE(t, held[i], 0ul);
		EXPECT_TRUE(t, virt_addr_valid((void *)held[i]));
		EXPECT_FALSE(t, PageHighMem(virt_to_page((void *)held[i])));
	}
	for (i = 0; i < 64; i++)
		free_page(held[i]);
}

static void highmem_requests_prefer_highmem(struct ktest *t)
{
	struct page *page;

#ifdef CONFIG_HIGHMEM
	page = alloc_page(GFP_HIGHUSER);
	ASSERT_NOT_NULL(t, page);
	EXPECT_EQ(t, PageHighMem(page), zone(ZONE_HIGHMEM)->managed_pages > 0);
	if (PageHighMem(page))
		EXPECT_GE(t, page_to_phys(page), (phys_addr_t)LOWMEM_LIMIT);
	__free_page(page);
#else
	page = alloc_page(GFP_HIGHUSER);	/* no HIGHMEM zone: lowmem */
	ASSERT_NOT_NULL(t, page);
	EXPECT_FALSE(t, PageHighMem(page));
	__free_page(page);
	ktest_info(t, "built without CONFIG_HIGHMEM");
#endif
}

static void pfn_page_address_round_trip(struct ktest *t)
{
	unsigned long pfn = zone(ZONE_NORMAL)->zone_start_pfn + 123;
	struct page *page = pfn_to_page(pfn);

	EXPECT_EQ(t, page_to_pfn(page), pfn);
	EXPECT_PTR_EQ(t, virt_to_page(page_address(page)), page);
	EXPECT_PTR_EQ(t, page_address(page), __va(pfn << PAGE_SHIFT));
	EXPECT_PTR_EQ(t, page_zone(page), zone(ZONE_NORMAL));
	EXPECT_TRUE(t, pfn_valid(max_pfn - 1));
	EXPECT_FALSE(t, pfn_valid(max_pfn));
	EXPECT_FALSE(t, pfn_valid(ARCH_PFN_OFFSET - 1));
}

static const struct ktest_case zones_cases[] = {
	KTEST_CASE(zone_sizes_match_the_dtb),
	KTEST_CASE(kernel_pages_are_lowmem),
	KTEST_CASE(highmem_requests_prefer_highmem),
	KTEST_CASE(pfn_page_address_round_trip),
};
KTEST_SUITE(zones_suite, "zones", zones_cases);
