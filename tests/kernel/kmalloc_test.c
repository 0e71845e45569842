// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "kmalloc": the general caches (mm/slab_common.c) through the
 * contract in <kernel/slab.h>. Every size class from 32 to 131072 bytes
 * (and 96, 192), the sizes between them, their alignment; kmalloc(0) and
 * its fault; large requests through the page allocator giving their pages
 * back; __GFP_HIGHMEM and overflow refused; kcalloc, kzalloc, krealloc;
 * kfree of what kmalloc never handed out, reported once and ignored.
 * Provoked reports run with the console muted and are counted. The runner
 * boots it at 128 MiB, 512 MiB and 1 GiB.
 */
#include <kernel/gfp.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <asm/traps.h>
#include "slab_test.h"

static const size_t classes[] = {
	32, 64, 96, 128, 192, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072,
};

/* The size class kmalloc(n) uses, for 0 < n <= KMALLOC_MAX_CACHE_SIZE. */
static size_t class_of(size_t n)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(classes); i++)
		if (n <= classes[i])
			return classes[i];
	return 0;
}

static bool power_of_2(size_t n)
{
	return (n & (n - 1)) == 0;
}

static unsigned long nonzero_bytes(const void *p, size_t n)
{
	const unsigned char *b = p;
	unsigned long count = 0;

	while (n--)
		count += *b++ != 0;
	return count;
}

/* ---- size classes ---- */

static void every_class_size_and_alignment(struct ktest *t)
{
	static void *held[ARRAY_SIZE(classes)], *above[ARRAY_SIZE(classes)];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(classes); i++) {
		size_t c = classes[i], next = i + 1 < ARRAY_SIZE(classes) ? classes[i + 1] : 0;
		unsigned long a;

		held[i] = kmalloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, held[i]);
		a = (unsigned long)held[i];
		EXPECT_EQ(t, ksize(held[i]), c);
		if (power_of_2(c))
			EXPECT_EQ_HEX(t, a & (min(c, (size_t)PAGE_SIZE) - 1), 0ul);
		else
			EXPECT_EQ_HEX(t, a & 31, 0ul);
		EXPECT_TRUE(t, PageSlab(virt_to_head_page(held[i])));
		EXPECT_PTR_EQ(t, kmalloc_slab(c, GFP_KERNEL),
			      kmalloc_slab(c - c / 4 + 1, GFP_KERNEL));
		EXPECT_EQ(t, kmem_cache_size(kmalloc_slab(c, GFP_KERNEL)), c);
		memset(held[i], (int)i, c);

		/* One byte more: the next class, or the page allocator after the last. */
		above[i] = kmalloc(c + 1, GFP_KERNEL);
		ASSERT_NOT_NULL(t, above[i]);
		if (next) {
			EXPECT_EQ(t, ksize(above[i]), next);
			EXPECT_PTR_EQ(t, kmalloc_slab(c + 1, GFP_KERNEL),
				      kmalloc_slab(next, GFP_KERNEL));
		} else {
			EXPECT_EQ(t, ksize(above[i]), PAGE_SIZE << get_order(c + 1));
			EXPECT_NULL(t, kmalloc_slab(c + 1, GFP_KERNEL));
			EXPECT_FALSE(t, PageSlab(virt_to_head_page(above[i])));
		}
		memset(above[i], 0xf0 | (int)i, c + 1);
	}
	/* All held at once, none overwrote another. */
	for (i = 0; i < ARRAY_SIZE(classes); i++) {
		const unsigned char *p = held[i], *q = above[i];
		size_t k;
		unsigned long bad = 0;

		for (k = 0; k < classes[i]; k++)
			bad += p[k] != i;
		for (k = 0; k <= classes[i]; k++)
			bad += q[k] != (0xf0 | i);
		EXPECT_EQ(t, bad, 0ul);
		kfree(held[i]);
		kfree(above[i]);
	}
	EXPECT_SLAB_CONSISTENT(t);
}

/* ksize of the object for every request size up to 1 KiB, and a few above. */
static void ksize_is_the_class(struct ktest *t)
{
	static const size_t big[] = { 1025, 3000, 4095, 4097, 10000, 40000, 100000, 131071 };
	unsigned long wrong = 0;
	size_t n;
	unsigned int i;
	void *p;

	for (n = 1; n <= 1024; n++) {
		p = kmalloc(n, GFP_KERNEL);
		ASSERT_NOT_NULL(t, p);
		if (ksize(p) != class_of(n)) {
			if (!wrong)
				ktest_info(t, "ksize(kmalloc(%zu)) = %zu, want %zu", n, ksize(p),
					   class_of(n));
			wrong++;
		}
		kfree(p);
	}
	EXPECT_EQ(t, wrong, 0ul);
	for (i = 0; i < ARRAY_SIZE(big); i++) {
		p = kmalloc(big[i], GFP_KERNEL);
		ASSERT_NOT_NULL(t, p);
		EXPECT_EQ(t, ksize(p), class_of(big[i]));
		kfree(p);
	}
	EXPECT_PTR_EQ(t, kmalloc_slab(1, GFP_KERNEL), kmalloc_slab(32, GFP_KERNEL));
	EXPECT_NULL(t, kmalloc_slab(KMALLOC_MAX_CACHE_SIZE + 1, GFP_KERNEL));
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- kmalloc(0), kfree(NULL) ---- */

static void zero_size_pointer(struct ktest *t)
{
	unsigned long slab0 = slab_error_reports(), bad0 = bad_page_reports();
	struct ktest_fault f;
	void *p, *q;

	p = kmalloc(0, GFP_KERNEL);
	q = kmalloc(0, GFP_KERNEL);
	EXPECT_PTR_EQ(t, p, ZERO_SIZE_PTR);
	EXPECT_PTR_EQ(t, q, p);
	EXPECT_PTR_EQ(t, kzalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	EXPECT_PTR_EQ(t, kcalloc(0, 8, GFP_KERNEL), ZERO_SIZE_PTR);
	EXPECT_TRUE(t, ZERO_OR_NULL_PTR(p));
	EXPECT_EQ(t, ksize(p), (size_t)0);

	/* Not memory: a read and a write fault at its address. */
	KTEST_EXPECT_FAULT(&f, (void)*(volatile char *)p);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)ZERO_SIZE_PTR);
	KTEST_EXPECT_FAULT(&f, *(volatile int *)q = 1);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)ZERO_SIZE_PTR);

	/* Freeing either is a no-op, with no report. */
	kfree(p);
	kfree(q);
	kfree(NULL);
	EXPECT_EQ(t, slab_error_reports(), slab0);
	EXPECT_EQ(t, bad_page_reports(), bad0);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- large ---- */

static void large_from_page_allocator(struct ktest *t)
{
	static const size_t sizes[] = { KMALLOC_MAX_CACHE_SIZE + 1, 200000, 1u << 20,
					KMALLOC_MAX_SIZE };
	buddyinfo_t before;
	unsigned int i;
	void *p = (void *)1;

	settled_snapshot(before);
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		size_t n = sizes[i];
		unsigned char *b;

		b = kmalloc(n, GFP_KERNEL);
		ASSERT_NOT_NULL(t, b);
		EXPECT_EQ_HEX(t, (unsigned long)b & ~PAGE_MASK, 0ul);
		EXPECT_TRUE(t, virt_addr_valid(b));
		EXPECT_FALSE(t, PageSlab(virt_to_head_page(b)));
		EXPECT_EQ(t, ksize(b), PAGE_SIZE << get_order(n));
		memset(b, 0x77, n);
		EXPECT_EQ(t, b[0] + b[n - 1], 2 * 0x77);
		kfree(b);
		expect_pages_back(t, before);
	}
	/* kzalloc of a dirty large block. */
	p = kmalloc(200000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xa5, 200000);
	kfree(p);
	p = kzalloc(200000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, nonzero_bytes(p, 200000), 0ul);
	kfree(p);
	/* Beyond the largest block: NULL, quietly with __GFP_NOWARN. */
	p = kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL | __GFP_NOWARN);
	EXPECT_NULL(t, p);
	p = kmalloc(~(size_t)0, GFP_KERNEL | __GFP_NOWARN);
	EXPECT_NULL(t, p);
	expect_pages_back(t, before);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- refused requests ---- */

static void highmem_and_overflow_refused(struct ktest *t)
{
	void *p[4];
	unsigned int i;

	console_muted = true;
	p[0] = kmalloc(64, GFP_KERNEL | __GFP_HIGHMEM);
	p[1] = kmalloc(200000, GFP_KERNEL | __GFP_HIGHMEM);
	p[2] = kzalloc(64, GFP_HIGHUSER);
	p[3] = kmalloc(4096, GFP_HIGHUSER_MOVABLE);
	console_muted = false;
	for (i = 0; i < ARRAY_SIZE(p); i++)
		EXPECT_NULL(t, p[i]);

	/* n * size overflows 32 bits: NULL, not a short allocation. */
	EXPECT_NULL(t, kmalloc_array(0x10000, 0x10001, GFP_KERNEL));
	EXPECT_NULL(t, kmalloc_array(~(size_t)0, 2, GFP_KERNEL));
	EXPECT_NULL(t, kmalloc_array(2, ~(size_t)0 / 2 + 1, GFP_KERNEL));
	EXPECT_NULL(t, kcalloc(0x10000, 0x10001, GFP_KERNEL));
	EXPECT_NULL(t, kcalloc(~(size_t)0 / 8 + 1, 8, GFP_KERNEL));
	EXPECT_SLAB_CONSISTENT(t);
}

static void array_and_calloc(struct ktest *t)
{
	unsigned char *p, *q;

	p = kmalloc_array(3, 100, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)512);
	kfree(p);

	/* kcalloc and kzalloc hand back a dirty object zeroed. */
	p = kmalloc(128, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xa5, 128);
	kfree(p);
	q = kcalloc(4, 32, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_PTR_EQ(t, q, p); /* LIFO: the dirty one */
	EXPECT_EQ(t, ksize(q), (size_t)128);
	EXPECT_EQ(t, nonzero_bytes(q, 128), 0ul);
	memset(q, 0x5a, 128);
	kfree(q);
	p = kzalloc(100, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_PTR_EQ(t, p, q);
	EXPECT_EQ(t, nonzero_bytes(p, 128), 0ul);
	kfree(p);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- krealloc ---- */

static void fill_pattern(unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 7 + 3);
}

static unsigned long pattern_errors(const unsigned char *p, size_t n)
{
	unsigned long bad = 0;
	size_t i;

	for (i = 0; i < n; i++)
		bad += p[i] != (unsigned char)(i * 7 + 3);
	return bad;
}

static void krealloc_keeps_contents(struct ktest *t)
{
	unsigned char *p, *q;
	buddyinfo_t before;
	void *z;

	settled_snapshot(before);
	/* krealloc(NULL, n) is kmalloc(n). */
	p = krealloc(NULL, 40, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)64);
	fill_pattern(p, 40);

	/* Within the object: in place. */
	q = krealloc(p, 64, GFP_KERNEL);
	EXPECT_PTR_EQ(t, q, p);
	q = krealloc(p, 20, GFP_KERNEL);
	EXPECT_PTR_EQ(t, q, p);
	EXPECT_EQ(t, pattern_errors(q, 20), 0ul);
	fill_pattern(p, 64);

	/* Grow: to 1000 (kmalloc-1024), then to the page allocator and back. */
	q = krealloc(p, 1000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_EQ(t, ksize(q), (size_t)1024);
	EXPECT_EQ(t, pattern_errors(q, 64), 0ul);
	fill_pattern(q, 1000);
	p = krealloc(q, 200000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), PAGE_SIZE << get_order(200000));
	EXPECT_EQ(t, pattern_errors(p, 1000), 0ul);
	fill_pattern(p, 200000);
	q = krealloc(p, 300000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_EQ(t, ksize(q), PAGE_SIZE << get_order(300000));
	EXPECT_EQ(t, pattern_errors(q, 200000), 0ul);
	p = krealloc(q, 150, GFP_KERNEL); /* shrinking is in place, as in Linux */
	EXPECT_PTR_EQ(t, p, q);
	EXPECT_EQ(t, pattern_errors(p, 150), 0ul);

	/* Failure keeps the old object. */
	q = krealloc(p, KMALLOC_MAX_SIZE + 1, GFP_KERNEL | __GFP_NOWARN);
	EXPECT_NULL(t, q);
	EXPECT_EQ(t, pattern_errors(p, 200000), 0ul);

	/* Size 0 frees it (the large block here, a slab object next) and gives ZERO_SIZE_PTR. */
	z = krealloc(p, 0, GFP_KERNEL);
	EXPECT_PTR_EQ(t, z, ZERO_SIZE_PTR);
	p = kmalloc(150, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	z = krealloc(p, 0, GFP_KERNEL);
	EXPECT_PTR_EQ(t, z, ZERO_SIZE_PTR);
	q = kmalloc(150, GFP_KERNEL);
	EXPECT_PTR_EQ(t, q, p); /* freed: the next one of its class is it (LIFO) */
	kfree(q);

	/* krealloc(ZERO_SIZE_PTR, n) is kmalloc(n) too. */
	p = krealloc(ZERO_SIZE_PTR, 100, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_FALSE(t, ZERO_OR_NULL_PTR(p));
	EXPECT_EQ(t, ksize(p), (size_t)128);
	kfree(p);
	expect_pages_back(t, before);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- bad frees ---- */

static int static_var[8];

static void bad_kfree_reported_and_ignored(struct ktest *t)
{
	unsigned long bad0 = bad_page_reports();
	unsigned char *p, *big;
	unsigned long page;
	buddyinfo_t before;
	static char log[2048];
	const char *report;
	char addr[16];
	size_t n;

	settled_snapshot(before);
	p = kmalloc(64, GFP_KERNEL);
	big = kmalloc(200000, GFP_KERNEL);
	page = __get_free_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	ASSERT_NOT_NULL(t, big);
	ASSERT_NE(t, page, 0ul);
	fill_pattern(p, 64);
	fill_pattern(big, 200000);

	log_mark();
	EXPECT_EQ(t, MUTED_REPORTS(kfree(p + 8)), 1ul); /* inside an object */
	snprintf(addr, sizeof(addr), "%p", p + 8);
	report = log_since_mark(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(report, addr));
	EXPECT_NOT_NULL(t, strstr(report, "bad_kfree_reported_and_ignored+"));
	EXPECT_EQ(t, MUTED_REPORTS(kfree(big + PAGE_SIZE)), 1ul); /* inside a large one */
	EXPECT_EQ(t, MUTED_REPORTS(kfree((void *)page)), 1ul); /* a page, not kmalloc's */
	EXPECT_EQ(t, MUTED_REPORTS(kfree(static_var)), 1ul); /* the kernel image */
	EXPECT_EQ(t, MUTED_REPORTS(kfree(&bad0)), 1ul); /* the stack */
	EXPECT_EQ(t, bad_page_reports(), bad0);

	/* Ignored: everything still allocated and intact. */
	EXPECT_EQ(t, pattern_errors(p, 64), 0ul);
	EXPECT_EQ(t, pattern_errors(big, 200000), 0ul);
	EXPECT_EQ(t, ksize(p), (size_t)64);
	EXPECT_EQ(t, page_ref_count(virt_to_page((void *)page)), 1);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	EXPECT_EQ(t, check_free_areas(), 0);

	/* ksize of such a pointer is reported too, and is 0. */
	EXPECT_EQ(t, MUTED_REPORTS(n = ksize(static_var)), 1ul);
	EXPECT_EQ(t, n, (size_t)0);

	/* The real frees work, and a second kfree is a double free. */
	EXPECT_EQ(t, MUTED_REPORTS(kfree(p); kfree(big)), 0ul);
	EXPECT_EQ(t, MUTED_REPORTS(kfree(p)), 1ul);
	EXPECT_EQ(t, MUTED_REPORTS(kfree(big)), 1ul);
	free_page(page);
	EXPECT_EQ(t, bad_page_reports(), bad0);
	expect_pages_back(t, before);
	EXPECT_SLAB_CONSISTENT(t);
}

static const struct ktest_case kmalloc_cases[] = {
	KTEST_CASE(every_class_size_and_alignment),
	KTEST_CASE(ksize_is_the_class),
	KTEST_CASE(zero_size_pointer),
	KTEST_CASE(large_from_page_allocator),
	KTEST_CASE(highmem_and_overflow_refused),
	KTEST_CASE(array_and_calloc),
	KTEST_CASE(krealloc_keeps_contents),
	KTEST_CASE(bad_kfree_reported_and_ignored),
};
KTEST_SUITE(kmalloc_suite, "kmalloc", kmalloc_cases);
