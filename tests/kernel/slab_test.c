// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "slab": caches made by kmem_cache_create (mm/slab.c) driven
 * through their contract in <kernel/slab.h>: object alignment, the
 * constructor, no two objects overlapping, zalloc, exhaustion, shrink and
 * destroy giving every page back, and the debug reports (red zone,
 * use after free, double free, wrong cache), each provoked on purpose
 * with the console muted, counted with slab_error_reports() and matched
 * against the log. Every case ends with every cache consistent
 * (kmem_cache_check(NULL) == 0). The runner boots it at 128 MiB, 512 MiB
 * and 1 GiB.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "slab_test.h"

#define MAX_OBJS 512u
static void *objs[MAX_OBJS];
static char log[4096];
static const char *report; /* the log after the last log_mark() */

/* Is needle in hay, ignoring case? */
static bool has_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	for (; *hay; hay++) {
		for (i = 0; i < n && hay[i] && tolower(hay[i]) == tolower(needle[i]); i++)
			;
		if (i == n)
			return true;
	}
	return false;
}

/* Allocates n objects into objs[]; the case ends if one fails. */
static void alloc_n(struct ktest *t, struct kmem_cache *c, unsigned int n)
{
	unsigned int i;

	ASSERT_LE(t, n, MAX_OBJS);
	for (i = 0; i < n; i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, objs[i]);
	}
}

static void free_n(struct kmem_cache *c, unsigned int n)
{
	while (n-- > 0)
		kmem_cache_free(c, objs[n]);
}

static unsigned int per_slab(struct kmem_cache *c)
{
	return slabinfo_of(c).objects_per_slab;
}

/* ---- alignment ---- */

/*
 * The alignment a cache must give (Linux's calculate_alignment): the
 * requested one; with SLAB_HWCACHE_ALIGN at least the L1 line, halved
 * while the object fits in half of it; never below 8 (ARCH_SLAB_MINALIGN
 * on ARM, so that ldrd/strd of a u64 member cannot fault).
 */
static unsigned int want_align(unsigned int size, unsigned int align, slab_flags_t flags)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = cache_line_size();

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	return max(align, 8u);
}

static void objects_aligned(struct ktest *t)
{
	static const struct {
		unsigned int size, align;
		slab_flags_t flags;
	} shapes[] = {
		{ 40, 0, 0 },
		{ 40, 8, 0 },
		{ 40, 64, 0 },
		{ 40, 128, 0 },
		{ 4, 0, 0 },
		{ 100, 128, 0 },
		{ 200, 64, 0 },
		{ 4, 0, SLAB_HWCACHE_ALIGN },
		{ 10, 0, SLAB_HWCACHE_ALIGN },
		{ 16, 0, SLAB_HWCACHE_ALIGN },
		{ 17, 0, SLAB_HWCACHE_ALIGN },
		{ 40, 0, SLAB_HWCACHE_ALIGN },
		{ 100, 0, SLAB_HWCACHE_ALIGN },
		{ 10, 128, SLAB_HWCACHE_ALIGN },
	};
	unsigned int s, i, line = cache_line_size();

	/* 32 on the A9, 64 on the A8; a power of two is what the rule above needs. */
	EXPECT_GE(t, line, 16u);
	EXPECT_LE(t, line, 128u);
	ASSERT_EQ(t, line & (line - 1), 0u);
	for (s = 0; s < ARRAY_SIZE(shapes); s++) {
		unsigned int size = shapes[s].size, a;
		struct kmem_cache *c;
		struct slabinfo si;
		unsigned int n, bad = 0;

		a = want_align(size, shapes[s].align, shapes[s].flags);
		c = kmem_cache_create("slab_test_align", size, shapes[s].align, shapes[s].flags,
				      NULL);
		ASSERT_NOT_NULL(t, c);
		EXPECT_EQ(t, kmem_cache_size(c), size);
		objs[0] = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, objs[0]);
		/* Two slabs and a bit: slab starts and the objects after them. */
		n = min(2 * per_slab(c) + 1, MAX_OBJS);
		for (i = 1; i < n; i++) {
			objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
			ASSERT_NOT_NULL(t, objs[i]);
		}
		for (i = 0; i < n; i++) {
			bad += ((unsigned long)objs[i] & (a - 1)) != 0;
			memset(objs[i], 0x3c, size);
		}
		if (bad)
			ktest_info(t, "size %u align %u flags %#x: %u of %u objects not %u-aligned",
				   size, shapes[s].align, shapes[s].flags, bad, n, a);
		EXPECT_EQ(t, bad, 0u);
		/*
		 * No gross over-alignment: at least half of the slab holds
		 * objects (unless slab_debug= added guard words to each).
		 */
		si = slabinfo_of(c);
		if (!(kmem_cache_flags(c) & SLAB_DEBUG_FLAGS))
			EXPECT_GE(t, 2ul * si.objects_per_slab * ALIGN(size, a),
				  PAGE_SIZE << si.cache_order);
		EXPECT_EQ(t, kmem_cache_check(c), 0);
		free_n(c, n);
		EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	}
	EXPECT_SLAB_CONSISTENT(t);
}

/* Bad arguments give NULL, and no cache. */
static void create_rejects_bad_arguments(struct ktest *t)
{
	struct kmem_cache *c[6];
	unsigned int i;

	console_muted = true;
	c[0] = kmem_cache_create("slab_test_bad", 64, 3, 0, NULL); /* align not a power of 2 */
	c[1] = kmem_cache_create("slab_test_bad", 64, 48, 0, NULL);
	c[2] = kmem_cache_create("slab_test_bad", 0, 0, 0, NULL); /* size 0 */
	c[3] = kmem_cache_create(NULL, 64, 0, 0, NULL);
	c[4] = kmem_cache_create("slab_test_bad", 64, 0, 0x1u, NULL); /* unknown flag */
	c[5] = kmem_cache_create("slab_test_bad", KMALLOC_MAX_SIZE + 1, 0, 0, NULL);
	console_muted = false;
	for (i = 0; i < ARRAY_SIZE(c); i++) {
		if (c[i])
			ktest_info(t, "bad argument set %u accepted", i);
		EXPECT_NULL(t, c[i]);
		kmem_cache_destroy(c[i]);
	}
	EXPECT_EQ(t, kmem_cache_destroy(NULL), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- name, list, slabinfo ---- */

static void find_last(struct kmem_cache *cachep, void *arg)
{
	*(struct kmem_cache **)arg = cachep;
}

static void new_cache_listed_last(struct ktest *t)
{
	struct kmem_cache *c, *last = NULL;
	static const char name[] = "slab_test_list";

	c = kmem_cache_create(name, 72, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	EXPECT_PTR_EQ(t, kmem_cache_name(c), name); /* not copied */
	EXPECT_EQ(t, kmem_cache_size(c), 72u);
	for_each_kmem_cache(find_last, &last);
	EXPECT_PTR_EQ(t, last, c);
	objs[0] = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, objs[0]);
	log_mark();
	MUTED(slabinfo_show(console_printf));
	report = log_since_mark(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(report, "slabinfo - version: 2.1"));
	EXPECT_NOT_NULL(t, strstr(report, name));
	EXPECT_NOT_NULL(t, strstr(report, "kmalloc-32 "));
	EXPECT_NOT_NULL(t, strstr(report, "kmalloc-128k "));
	kmem_cache_free(c, objs[0]);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	last = NULL;
	for_each_kmem_cache(find_last, &last);
	EXPECT_PTR_NE(t, last, c);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- constructor ---- */

#define CTOR_SIZE 48u
#define CTOR_BYTE 0xc7
static unsigned int ctor_calls;

static void ctor_fill(void *obj)
{
	ctor_calls++;
	memset(obj, CTOR_BYTE, CTOR_SIZE);
}

static bool constructed(const void *obj)
{
	const unsigned char *p = obj;
	unsigned int i;

	for (i = 0; i < CTOR_SIZE; i++)
		if (p[i] != CTOR_BYTE)
			return false;
	return true;
}

static void ctor_runs_when_slab_created(struct ktest *t)
{
	struct kmem_cache *c;
	unsigned int n, i, bad = 0;
	void *p, *q;

	ctor_calls = 0;
	c = kmem_cache_create("slab_test_ctor", CTOR_SIZE, 0, 0, ctor_fill);
	ASSERT_NOT_NULL(t, c);
	if (kmem_cache_flags(c) & SLAB_POISON) {
		/* ctor_runs_on_each_alloc_with_poison covers that case. */
		kmem_cache_destroy(c);
		ktest_skip(t, "slab_debug= poisons this cache: the ctor runs on every allocation");
	}
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	n = per_slab(c);
	EXPECT_GT(t, n, 1u);
	/* One slab, every object of it constructed, none twice. */
	EXPECT_EQ(t, slabinfo_of(c).num_slabs, 1ul);
	EXPECT_EQ(t, ctor_calls, n);
	EXPECT_TRUE(t, constructed(p));
	/* Freed in its constructed state, it comes back without another call. */
	kmem_cache_free(c, p);
	q = kmem_cache_alloc(c, GFP_KERNEL);
	EXPECT_PTR_EQ(t, q, p);
	EXPECT_EQ(t, ctor_calls, n);
	EXPECT_TRUE(t, constructed(q));
	/* The rest of the slab, then one more: a second slab, n more calls. */
	objs[0] = q;
	for (i = 1; i <= n; i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, objs[i]);
		bad += !constructed(objs[i]);
	}
	EXPECT_EQ(t, bad, 0u);
	EXPECT_EQ(t, slabinfo_of(c).num_slabs, 2ul);
	EXPECT_EQ(t, ctor_calls, 2 * n);
	EXPECT_EQ(t, slabinfo_of(c).num_objs, (unsigned long)ctor_calls);
	free_n(c, n + 1);
	EXPECT_EQ(t, ctor_calls, 2 * n);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

/* SLAB_POISON destroys the constructed state on free, so ctor runs on each alloc. */
static void ctor_runs_on_each_alloc_with_poison(struct ktest *t)
{
	struct kmem_cache *c;
	unsigned int before;
	void *p;

	c = kmem_cache_create("slab_test_ctor_poison", CTOR_SIZE, 0, SLAB_POISON, ctor_fill);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_TRUE(t, constructed(p));
	kmem_cache_free(c, p);
	EXPECT_FALSE(t, constructed(p)); /* poisoned */
	before = ctor_calls;
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ctor_calls, before + 1);
	EXPECT_TRUE(t, constructed(p));
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- placement ---- */

static void sort_ptrs(void **a, unsigned int n)
{
	unsigned int i, j;

	for (i = 1; i < n; i++) {
		void *v = a[i];

		for (j = i; j > 0 && (unsigned long)a[j - 1] > (unsigned long)v; j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

static void objects_never_overlap(struct ktest *t)
{
	const unsigned int n = 300, size = 72;
	unsigned int i, close = 0, clobbered = 0, outside = 0;
	struct kmem_cache *c;

	c = kmem_cache_create("slab_test_overlap", size, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	alloc_n(t, c, n);
	/* Each object filled with its own index, then all read back. */
	for (i = 0; i < n; i++)
		memset(objs[i], i & 0xff, size);
	for (i = 0; i < n; i++) {
		const unsigned char *p = objs[i];
		unsigned int k;

		for (k = 0; k < size; k++)
			clobbered += p[k] != (i & 0xff);
		outside += !virt_addr_valid(p) || !virt_addr_valid(p + size - 1);
	}
	EXPECT_EQ(t, clobbered, 0u);
	EXPECT_EQ(t, outside, 0u);
	sort_ptrs(objs, n);
	for (i = 1; i < n; i++)
		close += (unsigned long)objs[i] - (unsigned long)objs[i - 1] < kmem_cache_size(c);
	EXPECT_EQ(t, close, 0u);
	EXPECT_EQ(t, in_use(c), (unsigned long)n);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	free_n(c, n);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static void zalloc_zeroes_a_dirty_object(struct ktest *t)
{
	const unsigned int size = 100;
	struct kmem_cache *c;
	unsigned char *p, *q;
	unsigned int i, nonzero = 0;

	c = kmem_cache_create("slab_test_zalloc", size, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xa5, size);
	kmem_cache_free(c, p);
	q = kmem_cache_zalloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_PTR_EQ(t, q, p); /* the per-cpu array is LIFO: the dirty one */
	for (i = 0; i < size; i++)
		nonzero += q[i] != 0;
	EXPECT_EQ(t, nonzero, 0u);
	/* __GFP_ZERO through kmem_cache_alloc is the same thing. */
	memset(q, 0x5a, size);
	kmem_cache_free(c, q);
	p = kmem_cache_alloc(c, GFP_KERNEL | __GFP_ZERO);
	ASSERT_NOT_NULL(t, p);
	for (i = 0; i < size; i++)
		nonzero += p[i] != 0;
	EXPECT_EQ(t, nonzero, 0u);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static void highmem_refused(struct ktest *t)
{
	struct kmem_cache *c = kmem_cache_create("slab_test_highmem", 64, 0, 0, NULL);
	void *p = (void *)1;

	ASSERT_NOT_NULL(t, c);
	MUTED(p = kmem_cache_alloc(c, GFP_HIGHUSER));
	EXPECT_NULL(t, p);
	MUTED(p = kmem_cache_alloc(c, GFP_KERNEL | __GFP_HIGHMEM));
	EXPECT_NULL(t, p);
	EXPECT_EQ(t, slabinfo_of(c).num_slabs, 0ul); /* refused before growing */
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- pages in and out ---- */

#define BIG_OBJ (16u * 1024)

/*
 * A 16 KiB-object cache takes lowmem until an allocation fails; freed and
 * shrunk, every page is back where it was. The objects are chained
 * through their first word, so the test needs no array as big as RAM.
 */
static void exhaustion_returns_null_and_recovers(struct ktest *t)
{
	unsigned long free_before, n = 0, pages, slabs;
	struct kmem_cache *c;
	buddyinfo_t before;
	void *head = NULL, *p;
	struct slabinfo si;

	c = kmem_cache_create("slab_test_16k", BIG_OBJ, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	settled_snapshot(before);
	free_before = zone(ZONE_NORMAL)->nr_free_pages;
	while ((p = kmem_cache_alloc(c, GFP_KERNEL | __GFP_NOWARN))) {
		*(void **)p = head;
		head = p;
		n++;
	}
	ktest_info(t, "%lu objects of %u bytes (%lu free lowmem pages before)", n, BIG_OBJ,
		   free_before);
	/*
	 * Nearly all of lowmem went to slabs: what is left is below the min
	 * watermark. (Counted in slab pages: with slab_debug= an object takes
	 * more than its 16 KiB.)
	 */
	si = slabinfo_of(c);
	EXPECT_GE(t, si.num_slabs << si.cache_order, free_before * 9 / 10);
	EXPECT_LE(t, si.num_slabs << si.cache_order, free_before);
	EXPECT_NULL(t, kmem_cache_alloc(c, GFP_KERNEL | __GFP_NOWARN));
	si = slabinfo_of(c);
	EXPECT_EQ(t, si.active_objs, n);
	EXPECT_EQ(t, si.cpu_avail, 0ul);
	EXPECT_EQ(t, si.num_objs, n); /* a failed grow leaves no slab behind */
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	while (head) {
		p = head;
		head = *(void **)p;
		kmem_cache_free(c, p);
	}
	si = slabinfo_of(c);
	slabs = si.num_slabs;
	pages = kmem_cache_shrink(c);
	EXPECT_EQ(t, slabinfo_of(c).num_slabs, 0ul);
	/* Every slab went back, those freed while the per-cpu array drained included. */
	EXPECT_GT(t, pages, 0ul);
	EXPECT_EQ(t, pages, slabs << si.cache_order);
	expect_pages_back(t, before);
	/* And it works again. */
	p = kmem_cache_alloc(c, GFP_KERNEL);
	EXPECT_NOT_NULL(t, p);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static void shrink_and_destroy_return_pages(struct ktest *t)
{
	struct kmem_cache *c;
	unsigned int n;
	buddyinfo_t before;
	struct slabinfo si;
	void *live, *other;
	char addr[16];
	int ret;

	settled_snapshot(before);
	c = kmem_cache_create("slab_test_shrink", 256, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	objs[0] = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, objs[0]);
	n = 3 * per_slab(c);
	kmem_cache_free(c, objs[0]);
	alloc_n(t, c, n);
	si = slabinfo_of(c);
	EXPECT_EQ(t, si.num_slabs, 3ul);
	EXPECT_EQ(t, si.active_slabs, 3ul);
	EXPECT_EQ(t, in_use(c), (unsigned long)n);
	EXPECT_EQ(t, si.num_objs, (unsigned long)n);
	free_n(c, n);
	/* The per-cpu array keeps some: they count as active. */
	si = slabinfo_of(c);
	EXPECT_EQ(t, si.active_objs, si.cpu_avail);
	EXPECT_LE(t, si.cpu_avail, (unsigned long)si.limit);
	EXPECT_EQ(t, kmem_cache_shrink(c), si.num_slabs << si.cache_order);
	si = slabinfo_of(c);
	EXPECT_EQ(t, si.num_slabs, 0ul);
	EXPECT_EQ(t, si.num_objs, 0ul);
	EXPECT_EQ(t, si.active_objs, 0ul);
	EXPECT_EQ(t, si.cpu_avail, 0ul);
	EXPECT_EQ(t, kmem_cache_shrink(c), 0ul);
	EXPECT_EQ(t, kmem_cache_check(c), 0);

	/* A live object keeps the cache, which still works. */
	live = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, live);
	log_mark();
	EXPECT_EQ(t, MUTED_REPORTS(ret = kmem_cache_destroy(c)), 1ul);
	EXPECT_EQ(t, ret, -EBUSY);
	report = log_since_mark(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(report, "slab_test_shrink"));
	snprintf(addr, sizeof(addr), "%p", live);
	EXPECT_NOT_NULL(t, strstr(report, addr)); /* the live object is named */
	EXPECT_EQ(t, in_use(c), 1ul);
	other = kmem_cache_alloc(c, GFP_KERNEL);
	EXPECT_NOT_NULL(t, other);
	EXPECT_PTR_NE(t, other, live);
	kmem_cache_free(c, other);
	kmem_cache_free(c, live);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	expect_pages_back(t, before);
	EXPECT_SLAB_CONSISTENT(t);
}

/* ---- debug reports ---- */

#define RZ_SIZE 52u /* not a multiple of 8: the red zone starts at 56 */

/*
 * SLAB_RED_ZONE: a byte written just past the object (at ALIGN(size, 8))
 * or just before it is found on free, reported once with the cache, the
 * words "red zone" and the last caller (SLAB_STORE_USER); the object is
 * quarantined, never handed out again.
 */
static void red_zone_overwrite_reported(struct ktest *t)
{
	const int offsets[] = { ALIGN(RZ_SIZE, 8), -1 };
	unsigned int i, k, n, reused = 0;
	struct kmem_cache *c;
	unsigned char *p;
	unsigned long r;
	int ret;

	c = kmem_cache_create("slab_test_redzone", RZ_SIZE, 0, SLAB_RED_ZONE | SLAB_STORE_USER,
			      NULL);
	ASSERT_NOT_NULL(t, c);
	/* Writing the whole object is allowed. */
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xee, RZ_SIZE);
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(c, p)), 0ul);

	for (i = 0; i < ARRAY_SIZE(offsets); i++) {
		p = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, p);
		p[offsets[i]] ^= 0xff;
		log_mark();
		r = MUTED_REPORTS(kmem_cache_free(c, p));
		EXPECT_EQ(t, r, 1ul);
		report = log_since_mark(log, sizeof(log));
		EXPECT_NOT_NULL(t, strstr(report, "slab_test_redzone"));
		EXPECT_TRUE(t, has_nocase(report, "red zone") || has_nocase(report, "redzone"));
		/* The caller, by name (SLAB_STORE_USER and the freeing call). */
		EXPECT_NOT_NULL(t, strstr(report, "red_zone_overwrite_reported+"));
		EXPECT_EQ(t, slabinfo_of(c).quarantined, i + 1ul);
		/* Every other object of the slabs (and more) is handed out, never p. */
		n = min((unsigned int)slabinfo_of(c).num_objs + per_slab(c), MAX_OBJS);
		alloc_n(t, c, n);
		for (k = 0; k < n; k++)
			reused += objs[k] == p;
		free_n(c, n);
		EXPECT_EQ(t, reused, 0u);
		EXPECT_EQ(t, kmem_cache_check(c), 0);
	}
	EXPECT_EQ(t, slabinfo_of(c).quarantined, 2ul);
	/* No allocated object left: destroyed, the quarantined ones with it. */
	MUTED(ret = kmem_cache_destroy(c));
	EXPECT_EQ(t, ret, 0);
	EXPECT_SLAB_CONSISTENT(t);
}

#define UAF_SIZE 64u
#define UAF_OFFSET 20u

static void use_after_free_reported(struct ktest *t)
{
	unsigned char *p, *q;
	struct kmem_cache *c;
	unsigned int i, bad = 0;
	unsigned long r;
	char where[24];
	int ret;

	c = kmem_cache_create("slab_test_uaf", UAF_SIZE, 0, SLAB_POISON, NULL);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	/* New: POISON_INUSE, so reading before writing shows. */
	for (i = 0; i < UAF_SIZE; i++)
		bad += p[i] != POISON_INUSE;
	EXPECT_EQ(t, bad, 0u);
	memset(p, 0x11, UAF_SIZE);
	kmem_cache_free(c, p);
	/* Free: POISON_FREE, and POISON_END in the last byte. */
	bad = 0;
	for (i = 0; i < UAF_SIZE - 1; i++)
		bad += p[i] != POISON_FREE;
	EXPECT_EQ(t, bad, 0u);
	EXPECT_EQ(t, p[UAF_SIZE - 1], POISON_END);
	EXPECT_EQ(t, kmem_cache_check(c), 0);

	p[UAF_OFFSET] = 0x00; /* the use after free */
	log_mark();
	r = MUTED_REPORTS(q = kmem_cache_alloc(c, GFP_KERNEL));
	EXPECT_EQ(t, r, 1ul);
	EXPECT_NOT_NULL(t, q);
	EXPECT_PTR_NE(t, q, p);
	report = log_since_mark(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(report, "slab_test_uaf"));
	EXPECT_TRUE(t, has_nocase(report, "use after free"));
	snprintf(where, sizeof(where), "offset %u ", UAF_OFFSET);
	EXPECT_NOT_NULL(t, strstr(report, where));
	EXPECT_EQ(t, slabinfo_of(c).quarantined, 1ul);

	/* kmem_cache_check finds a damaged free object too; the next alloc withdraws it. */
	kmem_cache_free(c, q);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	q[UAF_SIZE - 1] = 0;
	MUTED(ret = kmem_cache_check(c));
	EXPECT_GE(t, ret, 1);
	r = MUTED_REPORTS(p = kmem_cache_alloc(c, GFP_KERNEL));
	EXPECT_EQ(t, r, 1ul);
	EXPECT_PTR_NE(t, p, q);
	EXPECT_EQ(t, slabinfo_of(c).quarantined, 2ul);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	/* No allocated object left: destroyed, the quarantined one with it. */
	MUTED(ret = kmem_cache_destroy(c));
	EXPECT_EQ(t, ret, 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static void double_free_reported_once(struct ktest *t)
{
	struct kmem_cache *c;
	void *p, *q, *r, *keep;

	c = kmem_cache_create("slab_test_dfree", 64, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	/* Freed into the per-cpu array, then again. */
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	kmem_cache_free(c, p);
	log_mark();
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(c, p)), 1ul);
	report = log_since_mark(log, sizeof(log));
	EXPECT_TRUE(t, has_nocase(report, "double free"));
	EXPECT_NOT_NULL(t, strstr(report, "slab_test_dfree"));
	EXPECT_NOT_NULL(t, strstr(report, "double_free_reported_once+"));
	/* Ignored: p is handed out once, not twice. */
	q = kmem_cache_alloc(c, GFP_KERNEL);
	r = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	ASSERT_NOT_NULL(t, r);
	EXPECT_PTR_EQ(t, q, p);
	EXPECT_PTR_NE(t, r, q);
	kmem_cache_free(c, r);
	kmem_cache_free(c, q);

	/* Freed back into its slab (shrink empties the array), then again. */
	keep = kmem_cache_alloc(c, GFP_KERNEL);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	kmem_cache_free(c, p);
	kmem_cache_shrink(c);
	EXPECT_EQ(t, slabinfo_of(c).cpu_avail, 0ul);
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(c, p)), 1ul);
	EXPECT_EQ(t, in_use(c), 1ul);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	kmem_cache_free(c, keep);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static int not_an_object[16];

static void bad_pointers_reported(struct ktest *t)
{
	struct kmem_cache *a, *b;
	unsigned long page;
	char *p;

	a = kmem_cache_create("slab_test_a", 64, 0, 0, NULL);
	b = kmem_cache_create("slab_test_b", 64, 0, 0, NULL);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	p = kmem_cache_alloc(a, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);

	/* The wrong cache: reported, and p stays allocated in a. */
	log_mark();
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(b, p)), 1ul);
	report = log_since_mark(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(report, "slab_test_b"));
	EXPECT_TRUE(t, has_nocase(report, "wrong cache"));
	EXPECT_EQ(t, in_use(a), 1ul);
	EXPECT_EQ(t, in_use(b), 0ul);
	/* Inside an object, a static variable, a page that is not a slab. */
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(a, p + 4)), 1ul);
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(a, not_an_object)), 1ul);
	page = __get_free_page(GFP_KERNEL);
	ASSERT_NE(t, page, 0ul);
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(a, (void *)page)), 1ul);
	EXPECT_EQ(t, page_ref_count(virt_to_page((void *)page)), 1);
	free_page(page);
	EXPECT_EQ(t, in_use(a), 1ul);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(a, NULL)), 0ul);
	/* The right free still works. */
	EXPECT_EQ(t, MUTED_REPORTS(kmem_cache_free(a, p)), 0ul);
	EXPECT_EQ(t, kmem_cache_destroy(b), 0);
	EXPECT_EQ(t, kmem_cache_destroy(a), 0);
	EXPECT_EQ(t, check_free_areas(), 0);
	EXPECT_SLAB_CONSISTENT(t);
}

static const struct ktest_case slab_cases[] = {
	KTEST_CASE(objects_aligned),
	KTEST_CASE(create_rejects_bad_arguments),
	KTEST_CASE(new_cache_listed_last),
	KTEST_CASE(ctor_runs_when_slab_created),
	KTEST_CASE(ctor_runs_on_each_alloc_with_poison),
	KTEST_CASE(objects_never_overlap),
	KTEST_CASE(zalloc_zeroes_a_dirty_object),
	KTEST_CASE(highmem_refused),
	KTEST_CASE(exhaustion_returns_null_and_recovers),
	KTEST_CASE(shrink_and_destroy_return_pages),
	KTEST_CASE(red_zone_overwrite_reported),
	KTEST_CASE(use_after_free_reported),
	KTEST_CASE(double_free_reported_once),
	KTEST_CASE(bad_pointers_reported),
};
KTEST_SUITE(slab_suite, "slab", slab_cases);
