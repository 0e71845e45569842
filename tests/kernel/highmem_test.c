// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "highmem": kmap/kunmap through the PKMAP area and kmap_atomic/
 * kunmap_atomic through the fixmap slots (seed document 001, section
 * 3.2.4; mm/highmem.c, arch/arm/mm/highmem.c).
 *
 * The HIGHMEM cases need RAM above the lowmem limit (boot with MEM=1024)
 * and a HIGHMEM build; otherwise they skip and say why. The lowmem cases
 * run everywhere: kmap of a lowmem page is its linear address.
 */
#include <kernel/gfp.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include <asm/cp15.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>

/* A HIGHMEM page, or the case is skipped with the reason. */
static struct page *get_highmem_page(struct ktest *t)
{
	struct page *page;

#ifndef CONFIG_HIGHMEM
	ktest_skip(t, "built with HIGHMEM=n");
#endif
	if (!totalhigh_pages)
		ktest_skip(t, "no HIGHMEM RAM (boot with MEM=1024)");
	page = alloc_page(GFP_HIGHUSER | __GFP_NOWARN);
	if (!page)
		ktest_skip(t, "alloc_page(GFP_HIGHUSER) failed");
	if (!PageHighMem(page)) {
		__free_page(page);
		ktest_skip(t, "no free HIGHMEM page");
	}
	return page;
}

static void lowmem_page_needs_no_slot(struct ktest *t)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *a;

	ASSERT_NOT_NULL(t, page);
	EXPECT_FALSE(t, PageHighMem(page));
	EXPECT_PTR_EQ(t, kmap(page), lowmem_page_address(page));
	kunmap(page);
	a = kmap_atomic(page);
	EXPECT_PTR_EQ(t, a, lowmem_page_address(page));
#ifdef CONFIG_HIGHMEM
	EXPECT_EQ(t, kmap_atomic_idx(), 0);
#endif
	kunmap_atomic(a);
	__free_page(page);
}

static void alloc_highuser_gives_highmem(struct ktest *t)
{
	struct page *page = get_highmem_page(t);

	EXPECT_GE(t, page_to_phys(page), (unsigned long)__pa(high_memory));
	EXPECT_NULL(t, page_address(page)); /* not kmapped: no address */
	__free_page(page);
}

#ifdef CONFIG_HIGHMEM
static bool translates(unsigned long va)
{
	return !(arm_translate_va(va) & 1);
}

static void fill(void *p, u32 seed)
{
	u32 *w = p;
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / 4; i++)
		w[i] = seed ^ (i * 0x9e3779b9U);
}

static bool check(const void *p, u32 seed)
{
	const u32 *w = p;
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / 4; i++)
		if (w[i] != (seed ^ (i * 0x9e3779b9U)))
			return false;
	return true;
}

static void kmap_write_then_kmap_atomic_read(struct ktest *t)
{
	struct page *page = get_highmem_page(t);
	unsigned long v;
	void *a;

	v = (unsigned long)kmap(page);
	ASSERT_TRUE(t, v >= PKMAP_BASE && v < PKMAP_ADDR((unsigned long)LAST_PKMAP));
	EXPECT_EQ(t, v & ~PAGE_MASK, 0UL);
	EXPECT_EQ_HEX(t, (unsigned long)page_address(page), v);
	EXPECT_EQ_HEX(t, arm_translate_va(v) & PAGE_MASK, (unsigned long)page_to_phys(page));
	EXPECT_EQ(t, pkmap_slot_count(PKMAP_NR(v)), 2);
	fill((void *)v, 0xc0ffee00);
	/* a second kmap shares the slot */
	EXPECT_EQ_HEX(t, (unsigned long)kmap(page), v);
	EXPECT_EQ(t, pkmap_slot_count(PKMAP_NR(v)), 3);
	kunmap(page);
	kunmap(page);
	/* unused but still mapped until the slots wrap (count 1) */
	EXPECT_EQ(t, pkmap_slot_count(PKMAP_NR(v)), 1);

	a = kmap_atomic(page);
	ASSERT_NOT_NULL(t, a);
	EXPECT_EQ_HEX(t, (unsigned long)a, __fix_to_virt(FIX_KMAP_BEGIN));
	EXPECT_EQ(t, kmap_atomic_idx(), 1);
	EXPECT_TRUE(t, check(a, 0xc0ffee00));
	kunmap_atomic(a);
	EXPECT_EQ(t, kmap_atomic_idx(), 0);
	EXPECT_FALSE(t, translates((unsigned long)a)); /* pte cleared, TLB entry flushed */
	__free_page(page);
}

static void nested_kmap_atomic_is_lifo(struct ktest *t)
{
	struct page *p1 = get_highmem_page(t);
	struct page *p2 = alloc_page(GFP_HIGHUSER);
	char log[256];
	void *a, *b;

	ASSERT_NOT_NULL(t, p2);
	a = kmap_atomic(p1);
	b = kmap_atomic(p2);
	EXPECT_EQ_HEX(t, (unsigned long)b, (unsigned long)a - PAGE_SIZE);
	EXPECT_EQ(t, kmap_atomic_idx(), 2);
	fill(a, 1);
	fill(b, 2);
	/* out of order: refused with a warning, nothing changes */
	kunmap_atomic(a);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "reverse order"));
	EXPECT_EQ(t, kmap_atomic_idx(), 2);
	EXPECT_TRUE(t, check(a, 1));
	kunmap_atomic(b);
	kunmap_atomic(a);
	EXPECT_EQ(t, kmap_atomic_idx(), 0);
	/* the data went to the pages, whatever slot shows them next */
	a = kmap_atomic(p2);
	EXPECT_TRUE(t, check(a, 2));
	kunmap_atomic(a);
	__free_page(p2);
	__free_page(p1);
}

static void kunmap_atomic_bad_address(struct ktest *t)
{
	char log[256];

	kunmap_atomic((void *)0xffd00000UL);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "not a kmap_atomic address"));
	kunmap_atomic((void *)__fix_to_virt(FIX_KMAP_BEGIN));
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "no kmap_atomic slot"));
	EXPECT_EQ(t, kmap_atomic_idx(), 0);
}

#define NR_WRAP_PAGES (LAST_PKMAP + 8)
static struct page *wrap_pages[NR_WRAP_PAGES];

static void free_wrap_pages(unsigned int n)
{
	while (n--)
		__free_page(wrap_pages[n]);
}

/* Fills wrap_pages[0..n) with HIGHMEM pages, or skips the case. */
static void get_wrap_pages(struct ktest *t, unsigned int n)
{
	unsigned int i;

	wrap_pages[0] = get_highmem_page(t);
	for (i = 1; i < n; i++) {
		wrap_pages[i] = alloc_page(GFP_HIGHUSER | __GFP_NOWARN);
		if (!wrap_pages[i] || !PageHighMem(wrap_pages[i])) {
			if (wrap_pages[i])
				__free_page(wrap_pages[i]);
			free_wrap_pages(i);
			ktest_skip(t, "not enough HIGHMEM pages");
		}
	}
}

/*
 * More distinct pages than slots, each kmapped, written and kunmapped:
 * the slot search wraps, flush_all_zero_pkmaps frees the unused slots
 * and flushes their TLB entries, and every page keeps its data.
 */
static void pkmap_wraps_around(struct ktest *t)
{
	unsigned long first_v = 0;
	unsigned int i;

	get_wrap_pages(t, NR_WRAP_PAGES);
	for (i = 0; i < NR_WRAP_PAGES; i++) {
		void *v = kmap(wrap_pages[i]);

		if (!v) {
			ktest_fail(t, __FILE__, __LINE__, "kmap of page %u failed", i);
			break;
		}
		if (!i)
			first_v = (unsigned long)v;
		fill(v, 0x5a000000 + i);
		kunmap(wrap_pages[i]);
	}
	/* page 0's slot was reclaimed by the wrap; every free slot is flushed */
	EXPECT_NULL(t, page_address(wrap_pages[0]));
	for (i = 0; i < LAST_PKMAP; i++)
		if (pkmap_slot_count(i) == 0 && translates(PKMAP_ADDR((unsigned long)i)))
			ktest_fail(t, __FILE__, __LINE__, "free PKMAP slot %u still translates", i);
	ktest_info(t, "page 0 was at 0x%08lx", first_v);
	for (i = 0; i < NR_WRAP_PAGES; i++) {
		void *v = kmap(wrap_pages[i]);

		ASSERT_NOT_NULL(t, v);
		if (!check(v, 0x5a000000 + i))
			ktest_fail(t, __FILE__, __LINE__, "page %u lost its data", i);
		kunmap(wrap_pages[i]);
	}
	free_wrap_pages(NR_WRAP_PAGES);
}

/* With every slot held, kmap warns and returns NULL (Linux would sleep). */
static void kmap_when_all_slots_held(struct ktest *t)
{
	char log[256];
	unsigned int i, mapped = 0;

	get_wrap_pages(t, LAST_PKMAP + 1);
	for (i = 0; i < LAST_PKMAP; i++)
		mapped += kmap(wrap_pages[i]) != NULL;
	EXPECT_EQ(t, mapped, (unsigned int)LAST_PKMAP);
	EXPECT_NULL(t, kmap(wrap_pages[LAST_PKMAP]));
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "PKMAP slots are in use"));
	for (i = 0; i < LAST_PKMAP; i++)
		kunmap(wrap_pages[i]);
	/* and once they are released, it works again */
	EXPECT_NOT_NULL(t, kmap(wrap_pages[LAST_PKMAP]));
	kunmap(wrap_pages[LAST_PKMAP]);
	free_wrap_pages(LAST_PKMAP + 1);
}

static void kunmap_of_unmapped_page_warns(struct ktest *t)
{
	struct page *page = get_highmem_page(t);
	char log[256];

	kunmap(page);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "is not kmapped"));
	__free_page(page);
}
#endif

static const struct ktest_case highmem_cases[] = {
	KTEST_CASE(lowmem_page_needs_no_slot),	      KTEST_CASE(alloc_highuser_gives_highmem),
#ifdef CONFIG_HIGHMEM
	KTEST_CASE(kmap_write_then_kmap_atomic_read), KTEST_CASE(nested_kmap_atomic_is_lifo),
	KTEST_CASE(kunmap_atomic_bad_address),	      KTEST_CASE(pkmap_wraps_around),
	KTEST_CASE(kmap_when_all_slots_held),	      KTEST_CASE(kunmap_of_unmapped_page_warns),
#endif
};
KTEST_SUITE(highmem_suite, "highmem", highmem_cases);
