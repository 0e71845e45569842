// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab.c and mm/slab_common.c on the host, over the buddy allocator
 * and the fake RAM of boot.h (64 MiB: 48 MiB of ZONE_NORMAL, the
 * first MiB reserved, and 16 MiB of ZONE_HIGHMEM).
 *
 * kmem_cache_init() starts from nothing (it resets the cache list, the
 * cache of caches and the kmalloc caches), so every case boots the buddy
 * and the slab afresh. begin() takes the buddy's free lists with every
 * cache shrunk; expect_unchanged() checks that the case gave every page
 * back: its objects freed, its caches destroyed, and, once everything is
 * shrunk again and the per-cpu page lists drained, the same free lists.
 */
#include <kernel/errno.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "../../common/buddyinfo.h"
#define CAPTURE_SIZE 16384
#include "../../common/capture.h"
#include "boot.h"
#include "harness.h"
#include "shim.h"


/* GFP_KERNEL, silent when it fails on purpose. */
#define GFP_QUIET (GFP_KERNEL | __GFP_NOWARN)

static buddyinfo_t before;
static unsigned long reports0;

/* What setup_arch, mem_init and mm_init do on the board. */
static void boot(void)
{
	host_mm_boot();
	kmem_cache_init();
}

static void find_cache_of_caches(struct kmem_cache *c, void *arg)
{
	if (!strcmp(kmem_cache_name(c), "kmem_cache"))
		*(struct kmem_cache **)arg = c;
}

/* Pages in the slabs of "kmem_cache", which holds every cache descriptor. */
static unsigned long descriptor_pages(void)
{
	struct kmem_cache *c = NULL;
	struct slabinfo si;

	for_each_kmem_cache(find_cache_of_caches, &c);
	if (!c)
		return 0;
	get_slabinfo(c, &si);
	return si.num_slabs << si.cache_order;
}

static unsigned long descriptor_pages0;

static void begin(struct htest *t)
{
	boot();
	settled_snapshot(before);
	descriptor_pages0 = descriptor_pages();
	reports0 = slab_error_reports();
	ASSERT_EQ(t, kmem_cache_check(NULL), 0);
	ASSERT_EQ(t, check_free_areas(), 0);
}

/*
 * Every page is back but kept: the slabs of quarantined objects, which
 * stay in use for good (a stale writer must not hit a reused page), and
 * any page the descriptors of the caches kept for them needed.
 */
static void expect_unchanged_but(struct htest *t, unsigned long kept)
{
	buddyinfo_t now;

	settled_snapshot(now);
	kept += descriptor_pages() - descriptor_pages0;
	if (kept)
		EXPECT_EQ(t, free_pages_in(now) + kept, free_pages_in(before));
	else
		EXPECT_TRUE(t, same_buddyinfo(now, before));
	EXPECT_EQ(t, check_free_areas(), 0);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
}

static void expect_unchanged(struct htest *t)
{
	expect_unchanged_but(t, 0);
}

/* The pages of c's slabs once it is shrunk: those of quarantined objects. */
static unsigned long quarantined_pages(struct kmem_cache *c)
{
	struct slabinfo si;

	kmem_cache_shrink(c);
	get_slabinfo(c, &si);
	return si.num_slabs << si.cache_order;
}

static unsigned long new_reports(void)
{
	return slab_error_reports() - reports0;
}

static void count_one(struct kmem_cache *cachep, void *arg)
{
	(void)cachep;
	++*(unsigned int *)arg;
}

static unsigned int nr_caches(void)
{
	unsigned int n = 0;

	for_each_kmem_cache(count_one, &n);
	return n;
}

static struct slabinfo info(struct kmem_cache *cachep)
{
	struct slabinfo si;

	get_slabinfo(cachep, &si);
	return si;
}

/* In the linear map of ZONE_NORMAL, above the reserved MiB. */
static bool in_lowmem(const void *p, size_t n)
{
	const char *c = p;

	return c >= host_ram + RESERVED && c + n <= host_ram + LOWMEM;
}

/* The kmalloc size class of n (1 <= n <= KMALLOC_MAX_CACHE_SIZE). */
static size_t kclass(size_t n)
{
	size_t c = KMALLOC_MIN_SIZE;

	if (n > 64 && n <= 96)
		return 96;
	if (n > 128 && n <= 192)
		return 192;
	while (c < n)
		c <<= 1;
	return c;
}

/* What ksize(kmalloc(n)) must be, n > 0. */
static size_t kmalloc_usable(size_t n)
{
	size_t c = PAGE_SIZE;

	if (n <= KMALLOC_MAX_CACHE_SIZE)
		return kclass(n);
	while (c < n)
		c <<= 1;
	return c;
}

/*
 * Object contents: word i of object id mixes both, so an object written
 * over by another (an overlap) or by the allocator shows. Byte i is byte
 * i % 8 of word i / 8 (little endian, as the host and the board are), so
 * a prefix of an object checks whatever length it was stamped with.
 */
static inline unsigned long pattern(unsigned int id, size_t word)
{
	return ((id + 1ul) * 0x9e3779b97f4a7c15ul) ^ word;
}

static inline unsigned char pattern_byte(unsigned int id, size_t i)
{
	return (unsigned char)(pattern(id, i / sizeof(long)) >> (8 * (i % sizeof(long))));
}

static void stamp(void *p, size_t n, unsigned int id)
{
	unsigned char *b = p;
	size_t i = 0;

	if (IS_ALIGNED((unsigned long)p, sizeof(long)))
		for (; i < n / sizeof(long); i++)
			((unsigned long *)p)[i] = pattern(id, i);
	for (i *= sizeof(long); i < n; i++)
		b[i] = pattern_byte(id, i);
}

/* The offset of the first byte that is not id's stamp, or n. */
static size_t check_stamp(const void *p, size_t n, unsigned int id)
{
	const unsigned char *b = p;
	size_t i = 0;

	if (IS_ALIGNED((unsigned long)p, sizeof(long)))
		for (; i < n / sizeof(long); i++)
			if (((const unsigned long *)p)[i] != pattern(id, i))
				break;
	for (i *= sizeof(long); i < n; i++)
		if (b[i] != pattern_byte(id, i))
			return i;
	return n;
}

/* The offset of the first byte of p[0..n) that is not c, or n. */
static size_t check_fill(const void *p, int c, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] != (unsigned char)c)
			return i;
	return n;
}

/* The constructor of the ctor caches: a known state, and a count of calls. */
#define CTOR_SIZE 72
#define CTOR_BYTE 0xc7
static unsigned long ctor_calls;

static void ctor(void *obj)
{
	ctor_calls++;
	memset(obj, CTOR_BYTE, CTOR_SIZE);
}

/*
 * Case 1: 10^6 random operations on six caches of different sizes,
 * alignments and flags and on kmalloc (0 to 200000 bytes, so some go to
 * the page allocator). Every object is stamped over its usable size and
 * checked when freed; every 10000 operations the allocator checks
 * itself, the buddy checks its lists, and the live objects, sorted by
 * address, must not overlap.
 */
struct spec {
	const char *name;
	unsigned int size, align;
	slab_flags_t flags;
	void (*ctor)(void *obj);
};

static const struct spec specs[] = {
	{ "test-24", 24, 0, 0, NULL },
	{ "test-100-hwalign", 100, 0, SLAB_HWCACHE_ALIGN, NULL },
	{ "test-512", 512, 0, SLAB_RECLAIM_ACCOUNT, NULL },
	{ "test-3000-align64", 3000, 64, 0, NULL },
	{ "test-200-debug", 200, 0, SLAB_POISON | SLAB_RED_ZONE | SLAB_STORE_USER, NULL },
	{ "test-ctor", CTOR_SIZE, 8, 0, ctor },
};

#define NR_SPECS ARRAY_LEN(specs)
#define MAX_LIVE 4096
#define KMALLOC (-1)

struct obj {
	char *p;
	size_t size; /* usable: stamped and checked */
	unsigned int id;
	int kind; /* an index into specs[], or KMALLOC */
};

static struct obj live[MAX_LIVE];
static struct obj sorted[MAX_LIVE];
static struct kmem_cache *mix[NR_SPECS];

/* Shell sort by address (no libc qsort in tests). */
static void sort_by_address(struct obj *v, unsigned int n)
{
	static const unsigned int gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };
	unsigned int g, i, j;

	for (g = 0; g < ARRAY_LEN(gaps); g++) {
		for (i = gaps[g]; i < n; i++) {
			struct obj o = v[i];

			for (j = i; j >= gaps[g] && v[j - gaps[g]].p > o.p; j -= gaps[g])
				v[j] = v[j - gaps[g]];
			v[j] = o;
		}
	}
}

/* How many neighbours among the n live objects overlap. */
static unsigned int overlaps(unsigned int n)
{
	unsigned int i, m = 0, bad = 0;

	for (i = 0; i < n; i++)
		if (live[i].size)
			sorted[m++] = live[i];
	sort_by_address(sorted, m);
	for (i = 1; i < m; i++)
		bad += sorted[i - 1].p + sorted[i - 1].size > sorted[i].p;
	return bad;
}

/* Mostly small sizes, as real requests are; 0.5% above the kmalloc caches. */
static size_t random_kmalloc_size(unsigned long long *seed)
{
	unsigned int r = htest_rand_below(seed, 1000);

	if (r < 780)
		return htest_rand_below(seed, 513);
	if (r < 975)
		return 1 + htest_rand_below(seed, 8192);
	if (r < 995)
		return 1 + htest_rand_below(seed, KMALLOC_MAX_CACHE_SIZE);
	return KMALLOC_MAX_CACHE_SIZE + 1 + htest_rand_below(seed, 200000 - KMALLOC_MAX_CACHE_SIZE);
}

static bool mix_alloc(struct htest *t, struct obj *o, unsigned int id, unsigned long long *seed)
{
	gfp_t gfp = htest_rand_below(seed, 8) ? GFP_KERNEL : GFP_ATOMIC;
	bool zero = !htest_rand_below(seed, 8);
	int kind = htest_rand_below(seed, 2) ? (int)htest_rand_below(seed, NR_SPECS) : KMALLOC;
	size_t n = 0;
	char *p;

	if (kind == KMALLOC) {
		n = random_kmalloc_size(seed);
		p = kmalloc(n, gfp | (zero ? __GFP_ZERO : 0));
	} else if (zero && !specs[kind].ctor) {
		n = specs[kind].size;
		p = kmem_cache_zalloc(mix[kind], gfp);
	} else {
		zero = false;
		p = kmem_cache_alloc(mix[kind], gfp);
	}
	if (!p)
		return false;
	o->p = p;
	o->id = id;
	o->kind = kind;
	if (kind == KMALLOC && n == 0) {
		ASSERT_PTR_EQ(t, p, ZERO_SIZE_PTR);
		o->size = 0;
		return true;
	}
	if (kind == KMALLOC) {
		o->size = ksize(p);
		ASSERT_EQ(t, o->size, kmalloc_usable(n));
	} else {
		o->size = kmem_cache_size(mix[kind]);
		ASSERT_GE(t, o->size, specs[kind].size);
		if (specs[kind].align)
			ASSERT_EQ(t, (unsigned long)p % specs[kind].align, 0ul);
		if (specs[kind].flags & SLAB_HWCACHE_ALIGN)
			ASSERT_EQ(t, (unsigned long)p % cache_line_size(), 0ul);
		if (specs[kind].ctor)
			ASSERT_EQ(t, check_fill(p, CTOR_BYTE, CTOR_SIZE), (size_t)CTOR_SIZE);
	}
	ASSERT_TRUE(t, in_lowmem(p, o->size));
	if (zero)
		ASSERT_EQ(t, check_fill(p, 0, n), n);
	stamp(p, o->size, id);
	return true;
}

static void mix_free(struct htest *t, struct obj *o, unsigned long long *seed)
{
	ASSERT_EQ(t, check_stamp(o->p, o->size, o->id), o->size);
	if (o->kind == KMALLOC) {
		kfree(o->p);
		return;
	}
	if (specs[o->kind].ctor) /* objects go back constructed */
		memset(o->p, CTOR_BYTE, CTOR_SIZE);
	if (htest_rand_below(seed, 4))
		kmem_cache_free(mix[o->kind], o->p);
	else
		kfree(o->p); /* any slab object */
}

static void random_million(struct htest *t)
{
	unsigned long long seed = 20261122;
	unsigned int nlive = 0, op, i, fails = 0, peak = 0;

	begin(t);
	for (i = 0; i < NR_SPECS; i++) {
		mix[i] = kmem_cache_create(specs[i].name, specs[i].size, specs[i].align,
					   specs[i].flags, specs[i].ctor);
		ASSERT_NOT_NULL(t, mix[i]);
		EXPECT_STREQ(t, kmem_cache_name(mix[i]), specs[i].name);
	}
	for (op = 0; op < 1000000; op++) {
		unsigned int r = htest_rand_below(&seed, 100);

		if (nlive && (r < 49 || nlive == MAX_LIVE)) {
			i = htest_rand_below(&seed, nlive);
			mix_free(t, &live[i], &seed);
			live[i] = live[--nlive];
		} else if (mix_alloc(t, &live[nlive], op, &seed)) {
			nlive++;
			peak = nlive > peak ? nlive : peak;
		} else {
			fails++;
		}
		if (op % 10000 == 9999) {
			ASSERT_EQ(t, kmem_cache_check(NULL), 0);
			ASSERT_EQ(t, check_free_areas(), 0);
			ASSERT_EQ(t, overlaps(nlive), 0u);
			ASSERT_EQ(t, new_reports(), 0ul);
		}
	}
	htest_info(t, "peak %u live objects", peak);
	EXPECT_EQ(t, fails, 0u);
	while (nlive)
		mix_free(t, &live[--nlive], &seed);
	for (i = 0; i < NR_SPECS; i++) {
		struct slabinfo si;

		kmem_cache_shrink(mix[i]);
		si = info(mix[i]);
		EXPECT_EQ(t, si.active_objs, 0ul);
		EXPECT_EQ(t, si.num_slabs, 0ul);
		EXPECT_EQ(t, kmem_cache_destroy(mix[i]), 0);
	}
	EXPECT_EQ(t, new_reports(), 0ul);
	expect_unchanged(t);
}

/* Allocates count objects of cachep into v; returns how many of them are avoid. */
static unsigned int alloc_avoiding(struct kmem_cache *cachep, void **v, unsigned int count,
				   const void *avoid)
{
	unsigned int i, hits = 0;

	for (i = 0; i < count; i++) {
		v[i] = kmem_cache_alloc(cachep, GFP_KERNEL);
		hits += v[i] == avoid;
	}
	return hits;
}

static void free_all(struct kmem_cache *cachep, void **v, unsigned int count)
{
	unsigned int i;

	for (i = 0; i < count; i++)
		kmem_cache_free(cachep, v[i]);
}

static void *objs[16384];

/* Case 2: a write into a freed object of a poisoned cache. */
static void poison_catches_write_after_free(struct htest *t)
{
	const unsigned int size = 96, off = 37;
	struct kmem_cache *c;
	unsigned long line0;
	unsigned char *a, *b, *a2;
	unsigned int per_slab;
	unsigned long kept;

	begin(t);
	c = kmem_cache_create("test-poison", size, 0, SLAB_POISON | SLAB_STORE_USER, NULL);
	ASSERT_NOT_NULL(t, c);
	a = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, a);
	per_slab = info(c).objects_per_slab;
	EXPECT_EQ(t, check_fill(a, POISON_INUSE, size), (size_t)size); /* never used yet */
	memset(a, 0x11, size);
	kmem_cache_free(c, a);
	/* A freed object is POISON_FREE, its last byte POISON_END. */
	EXPECT_EQ(t, check_fill(a, POISON_FREE, size - 1), (size_t)size - 1);
	EXPECT_EQ(t, a[size - 1], POISON_END);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	EXPECT_EQ(t, new_reports(), 0ul);

	a[off] = 0x42; /* the write after the free */
	line0 = shim_printk_lines;
	b = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, b);
	EXPECT_TRUE(t, b != a);
	EXPECT_EQ(t, new_reports(), 1ul);
	EXPECT_EQ(t, info(c).quarantined, 1ul);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "test-poison"));
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "offset 37"));
	EXPECT_EQ(t, kmem_cache_check(c), 0);

	/* The quarantined object never comes back, and nothing else is reported. */
	EXPECT_EQ(t, alloc_avoiding(c, objs, 3 * per_slab, a), 0u);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	free_all(c, objs, 3 * per_slab);
	kmem_cache_free(c, b);
	EXPECT_EQ(t, alloc_avoiding(c, objs, 3 * per_slab, a), 0u);
	free_all(c, objs, 3 * per_slab);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	EXPECT_EQ(t, new_reports(), 1ul);
	EXPECT_EQ(t, info(c).quarantined, 1ul);

	/* Damage the checker finds first: the next allocation quarantines it, once. */
	b = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, b);
	kmem_cache_free(c, b);
	b[size - 1] = 0; /* over POISON_END */
	line0 = shim_printk_lines;
	EXPECT_EQ(t, kmem_cache_check(c), 1);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "offset 95"));
	a2 = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, a2);
	EXPECT_TRUE(t, a2 != b && a2 != a);
	EXPECT_EQ(t, new_reports(), 2ul);
	EXPECT_EQ(t, info(c).quarantined, 2ul);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	kmem_cache_free(c, a2);

	/* Destroy gives back every slab but those of the quarantined objects. */
	kept = quarantined_pages(c);
	EXPECT_GE(t, kept, 1ul << info(c).cache_order);
	EXPECT_LE(t, kept, 2ul << info(c).cache_order);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	/* A late free into them is still caught, once each. */
	kfree(a);
	kfree(b);
	EXPECT_EQ(t, new_reports(), 4ul);
	expect_unchanged_but(t, kept);
}

/* Reads the 8-byte guard word at p (unaligned-safe). */
static u64 guard(const unsigned char *p)
{
	u64 w;

	memcpy(&w, p, sizeof(w));
	return w;
}

/* Overflows or underflows one object of c by one byte, frees it: reported and quarantined. */
static void redzone_one(struct htest *t, struct kmem_cache *c, long where, unsigned long reports)
{
	char offset[32];
	unsigned int per_slab = info(c).objects_per_slab;
	unsigned long q = info(c).quarantined;
	unsigned char *p = kmem_cache_alloc(c, GFP_KERNEL);
	unsigned long line0;

	ASSERT_NOT_NULL(t, p);
	p[where] ^= 0xff;
	line0 = shim_printk_lines;
	kmem_cache_free(c, p);
	EXPECT_EQ(t, new_reports(), reports + 1);
	EXPECT_EQ(t, info(c).quarantined, q + 1);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, kmem_cache_name(c)));
	snprintf(offset, sizeof(offset), "offset %ld", where);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, offset));
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	EXPECT_EQ(t, alloc_avoiding(c, objs, 2 * per_slab, p), 0u);
	free_all(c, objs, 2 * per_slab);
	EXPECT_EQ(t, new_reports(), reports + 1);
}

/* Case 3: one byte past and one byte before an object of a red-zoned cache. */
static void redzone_catches_overflow_and_underflow(struct htest *t)
{
	static const struct {
		const char *name;
		unsigned int size, align;
	} rz[] = {
		{ "test-redzone-64", 64, 0 },
		{ "test-redzone-52", 52, 0 },
		{ "test-redzone-52-align64", 52, 64 },
	};
	unsigned long kept = 0;
	unsigned int i;

	begin(t);
	for (i = 0; i < ARRAY_LEN(rz); i++) {
		const unsigned int size = rz[i].size, tail = ALIGN(size, 8u);
		struct kmem_cache *c =
			kmem_cache_create(rz[i].name, size, rz[i].align, SLAB_RED_ZONE, NULL);
		unsigned long r = new_reports();
		unsigned char *p;

		ASSERT_NOT_NULL(t, c);
		/* Guard words: active while in use, inactive once free; a clean free is silent. */
		p = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, p);
		if (rz[i].align)
			EXPECT_EQ(t, (unsigned long)p % rz[i].align, 0ul);
		memset(p, 0x33, size);
		EXPECT_EQ(t, guard(p - 8), RED_ACTIVE);
		EXPECT_EQ(t, guard(p + tail), RED_ACTIVE);
		kmem_cache_free(c, p);
		EXPECT_EQ(t, guard(p - 8), RED_INACTIVE);
		EXPECT_EQ(t, guard(p + tail), RED_INACTIVE);
		EXPECT_EQ(t, new_reports(), r);

		redzone_one(t, c, tail, r); /* overflow */
		redzone_one(t, c, -1, r + 1); /* underflow */
		redzone_one(t, c, tail + 7, r + 2); /* the guard's last byte */
		EXPECT_EQ(t, info(c).quarantined, 3ul);
		EXPECT_EQ(t, kmem_cache_check(c), 0);
		kept += quarantined_pages(c);
		EXPECT_GT(t, info(c).num_slabs, 0ul);
		EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	}
	expect_unchanged_but(t, kept);
}

static int not_a_slab_object;

/* Case 4: double frees and pointers the allocator never handed out. */
static void bad_frees_are_reported_and_ignored(struct htest *t)
{
	struct kmem_cache *c, *d;
	struct slabinfo si0, si1;
	unsigned long line0, addr;
	char *p, *q, *r, *keep;
	int local = 0;

	begin(t);
	c = kmem_cache_create("test-bad", 64, 0, 0, NULL);
	d = kmem_cache_create("test-other", 64, 0, 0, NULL);
	ASSERT_TRUE(t, c && d);

	/* A double free while the object sits in the per-cpu array. */
	p = kmem_cache_alloc(c, GFP_KERNEL);
	kmem_cache_free(c, p);
	si0 = info(c);
	kmem_cache_free(c, p);
	si1 = info(c);
	EXPECT_EQ(t, new_reports(), 1ul);
	EXPECT_MEMEQ(t, &si0, &si1, sizeof(si0));
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	q = kmem_cache_alloc(c, GFP_KERNEL);
	EXPECT_TRUE(t, p != q); /* handed out once, not twice */

	/* A double free once the object is back in its slab. */
	keep = p;
	kmem_cache_free(c, q);
	kmem_cache_shrink(c); /* empties the array: q is free in its slab */
	si0 = info(c);
	EXPECT_EQ(t, si0.cpu_avail, 0ul);
	kmem_cache_free(c, q);
	EXPECT_EQ(t, new_reports(), 2ul);
	si1 = info(c);
	EXPECT_MEMEQ(t, &si0, &si1, sizeof(si0));
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);

	/* An object of another cache. */
	r = kmem_cache_alloc(d, GFP_KERNEL);
	kmem_cache_free(c, r);
	EXPECT_EQ(t, new_reports(), 3ul);
	q = kmalloc(64, GFP_KERNEL); /* same size, kmalloc-64 */
	kmem_cache_free(c, q);
	EXPECT_EQ(t, new_reports(), 4ul);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	kmem_cache_free(d, r); /* both still allocated: the right frees work */
	kfree(q);
	EXPECT_EQ(t, new_reports(), 4ul);

	/* Interior pointers, of a cache object and of a kmalloc object. */
	kfree(keep + 8);
	kmem_cache_free(c, keep + 1);
	q = kmalloc(100, GFP_KERNEL);
	kfree(q + 64);
	EXPECT_EQ(t, new_reports(), 7ul);
	EXPECT_EQ(t, ksize(q), (size_t)128);
	kfree(q);
	kmem_cache_free(c, keep);
	EXPECT_EQ(t, new_reports(), 7ul);

	/* Pages that are not slabs, and memory outside the linear map. */
	addr = __get_free_pages(GFP_KERNEL, 1);
	ASSERT_NE(t, addr, 0ul);
	kfree((void *)(addr + 100));
	kfree((void *)addr);
	kfree((void *)(addr + PAGE_SIZE));
	EXPECT_EQ(t, new_reports(), 10ul);
	kfree(&local); /* the host stack */
	kfree(&not_a_slab_object); /* the host's .bss */
	kfree(host_ram + 100); /* the reserved first MiB */
	kfree(host_ram + LOWMEM + 100); /* highmem: no kernel address */
	kfree(host_ram + RAM + PAGE_SIZE); /* past the end of RAM */
	EXPECT_EQ(t, new_reports(), 15ul);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	free_pages(addr, 1); /* still the caller's */

	/* NULL and ZERO_SIZE_PTR are silent no-ops. */
	line0 = shim_printk_lines;
	kfree(NULL);
	kfree(ZERO_SIZE_PTR);
	EXPECT_PTR_EQ(t, kmalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	EXPECT_EQ(t, ksize(ZERO_SIZE_PTR), (size_t)0);
	EXPECT_TRUE(t, ZERO_OR_NULL_PTR(kmalloc(0, GFP_KERNEL)));
	EXPECT_EQ(t, shim_printk_lines, line0);
	EXPECT_EQ(t, new_reports(), 15ul);

	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_EQ(t, kmem_cache_destroy(d), 0);
	EXPECT_EQ(t, kmem_cache_destroy(NULL), 0);
	expect_unchanged(t);
}

/*
 * Fills c with n objects, frees them, and checks that shrink gives back
 * every slab, as counted before the per-cpu array drains.
 */
static void fill_free_shrink(struct htest *t, struct kmem_cache *c, unsigned int n)
{
	struct slabinfo si;
	unsigned int i;

	for (i = 0; i < n; i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		ASSERT_NOT_NULL(t, objs[i]);
	}
	si = info(c);
	/* active_objs counts the per-cpu array's objects, as Linux's SLAB does. */
	EXPECT_EQ(t, si.active_objs - si.cpu_avail, (unsigned long)n);
	EXPECT_GT(t, si.num_slabs, 4ul);
	EXPECT_EQ(t, si.active_slabs, si.num_slabs);
	EXPECT_EQ(t, si.num_objs, si.num_slabs * si.objects_per_slab);
	EXPECT_EQ(t, si.shared_avail, 0ul);
	EXPECT_EQ(t, si.shared, 0u);
	EXPECT_GT(t, si.limit, 0u);
	EXPECT_GT(t, si.batchcount, 0u);
	EXPECT_LE(t, si.batchcount, si.limit);
	EXPECT_LE(t, si.cpu_avail, (unsigned long)si.limit);
	for (i = 0; i < n; i++)
		kmem_cache_free(c, objs[i]);
	si = info(c);
	EXPECT_LE(t, si.cpu_avail, (unsigned long)si.limit);
	EXPECT_EQ(t, si.active_objs, si.cpu_avail);
	/* Freeing does not hoard: only a small reserve of empty slabs stays. */
	EXPECT_LE(t, si.num_objs - si.active_objs, 2ul * si.limit + si.objects_per_slab);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	EXPECT_GT(t, si.num_slabs, 0ul);
	EXPECT_EQ(t, kmem_cache_shrink(c), si.num_slabs << si.cache_order);
	si = info(c);
	EXPECT_EQ(t, si.num_slabs, 0ul);
	EXPECT_EQ(t, si.num_objs, 0ul);
	EXPECT_EQ(t, si.active_objs, 0ul);
	EXPECT_EQ(t, si.cpu_avail, 0ul);
	EXPECT_EQ(t, kmem_cache_shrink(c), 0ul);
}

/* Case 5: shrink gives every page back; destroy refuses while objects are live. */
static void shrink_and_destroy(struct htest *t)
{
	struct kmem_cache *c, *off;
	buddyinfo_t now;
	unsigned long line0;
	void *p, *q;

	begin(t);
	c = kmem_cache_create("test-shrink", 256, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	fill_free_shrink(t, c, 2000);
	drain_local_pages(NULL);
	snapshot(now);
	/* All back, but what c's descriptor may have needed in "kmem_cache". */
	EXPECT_EQ(t, free_pages_in(now) + descriptor_pages() - descriptor_pages0,
		  free_pages_in(before));
	/* 1024-byte objects keep their freelist off the slab, in a kmalloc cache. */
	off = kmem_cache_create("test-shrink-1024", 1024, 0, 0, NULL);
	ASSERT_NOT_NULL(t, off);
	fill_free_shrink(t, off, 1000);
	EXPECT_EQ(t, kmem_cache_destroy(off), 0);
	expect_unchanged(t);

	/* Destroy with a live object: -EBUSY, reported, and the cache still works. */
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	line0 = shim_printk_lines;
	EXPECT_EQ(t, kmem_cache_destroy(c), -EBUSY);
	EXPECT_EQ(t, new_reports(), 1ul);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "test-shrink"));
	q = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_TRUE(t, p != q);
	EXPECT_EQ(t, kmem_cache_check(c), 0);
	kmem_cache_free(c, q);
	EXPECT_EQ(t, info(c).active_objs - info(c).cpu_avail, 1ul);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, new_reports(), 1ul);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);

	/* The boot caches are never destroyed. */
	EXPECT_EQ(t, kmem_cache_destroy(kmalloc_slab(64, GFP_KERNEL)), -EBUSY);
	EXPECT_EQ(t, new_reports(), 2ul);
	EXPECT_NOT_NULL(t, kmalloc_slab(64, GFP_KERNEL));
	p = kmalloc(64, GFP_KERNEL);
	EXPECT_NOT_NULL(t, p);
	kfree(p);
	expect_unchanged(t);
}

static const size_t classes[] = { 32,	64,   96,   128,   192,	  256,	 512,	1024,
				  2048, 4096, 8192, 16384, 32768, 65536, 131072 };

/* kmalloc(n): its class, its alignment, and kmalloc_slab agreeing. */
static void check_kmalloc(struct htest *t, size_t n)
{
	size_t want = kmalloc_usable(n);
	size_t align = want > PAGE_SIZE ? PAGE_SIZE : want;
	char *p = kmalloc(n, GFP_KERNEL);

	if (want == 96 || want == 192)
		align = 32;
	ASSERT_NOT_NULL(t, p);
	if (ksize(p) != want || (unsigned long)p % align)
		htest_info(t, "kmalloc(%zu) = %p, ksize %zu", n, (void *)p, ksize(p));
	EXPECT_EQ(t, ksize(p), want);
	EXPECT_EQ(t, (unsigned long)p % align, 0ul);
	EXPECT_TRUE(t, in_lowmem(p, want));
	if (n <= KMALLOC_MAX_CACHE_SIZE) {
		struct kmem_cache *s = kmalloc_slab(n, GFP_KERNEL);

		ASSERT_NOT_NULL(t, s);
		EXPECT_EQ(t, (size_t)kmem_cache_size(s), want);
		EXPECT_EQ(t, strncmp(kmem_cache_name(s), "kmalloc-", 8), 0);
	} else {
		EXPECT_TRUE(t, kmalloc_slab(n, GFP_KERNEL) == NULL);
	}
	stamp(p, want, (unsigned int)n);
	EXPECT_EQ(t, check_stamp(p, want, (unsigned int)n), want);
	kfree(p);
}

/* Case 6: the kmalloc size classes and the page allocator beyond them. */
static void kmalloc_classes_and_limits(struct htest *t)
{
	static const size_t big[] = { KMALLOC_MAX_CACHE_SIZE + 1, 200000,	   262144, 262145,
				      KMALLOC_MAX_SIZE / 2 + 1,	  KMALLOC_MAX_SIZE };
	unsigned long free0;
	unsigned int i, n;
	char *p, *q;

	begin(t);
	for (n = 1; n <= 512; n++)
		check_kmalloc(t, n);
	for (i = 0; i < ARRAY_LEN(classes); i++) {
		check_kmalloc(t, classes[i] - 1);
		check_kmalloc(t, classes[i]);
		check_kmalloc(t, classes[i] + 1);
	}

	/* Above the caches: whole pages, given back by kfree. */
	for (i = 0; i < ARRAY_LEN(big); i++) {
		size_t want = kmalloc_usable(big[i]);

		drain_local_pages(NULL);
		free0 = nr_free_pages();
		p = kmalloc(big[i], GFP_KERNEL);
		ASSERT_NOT_NULL(t, p);
		EXPECT_EQ(t, ksize(p), want);
		EXPECT_EQ(t, (unsigned long)p % PAGE_SIZE, 0ul);
		EXPECT_TRUE(t, in_lowmem(p, want));
		EXPECT_EQ(t, nr_free_pages(), free0 - want / PAGE_SIZE);
		p[0] = 1;
		p[want - 1] = 2;
		kfree(p);
		EXPECT_EQ(t, nr_free_pages(), free0);
	}
	EXPECT_TRUE(t, kmalloc(KMALLOC_MAX_SIZE + 1, GFP_QUIET) == NULL);
	EXPECT_TRUE(t, kmalloc(SIZE_MAX, GFP_QUIET) == NULL);

	/* No kernel address for highmem objects. */
	EXPECT_TRUE(t, kmalloc(64, GFP_KERNEL | __GFP_HIGHMEM | __GFP_NOWARN) == NULL);
	EXPECT_TRUE(t, kmalloc(200000, GFP_KERNEL | __GFP_HIGHMEM | __GFP_NOWARN) == NULL);
	EXPECT_TRUE(t, kmem_cache_alloc(kmalloc_slab(64, GFP_KERNEL),
					GFP_HIGHUSER | __GFP_NOWARN) == NULL);

	/* kmalloc_array and kcalloc: overflow is NULL, kcalloc zeroes. */
	EXPECT_TRUE(t, kmalloc_array(SIZE_MAX / 2 + 1, 2, GFP_QUIET) == NULL);
	EXPECT_TRUE(t, kcalloc(2, SIZE_MAX / 2 + 1, GFP_QUIET) == NULL);
	EXPECT_TRUE(t, kmalloc_array(SIZE_MAX, SIZE_MAX, GFP_QUIET) == NULL);
	p = kmalloc_array(3, 100, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)512);
	memset(p, 0xee, 512);
	kfree(p);
	p = kcalloc(3, 100, GFP_KERNEL); /* very likely the same object: it was dirty */
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, check_fill(p, 0, 300), (size_t)300);
	kfree(p);
	p = kzalloc(3000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, check_fill(p, 0, 3000), (size_t)3000);
	kfree(p);

	/* krealloc keeps the contents, in place when the object is big enough. */
	p = krealloc(NULL, 100, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)128);
	stamp(p, 100, 7);
	EXPECT_PTR_EQ(t, krealloc(p, 128, GFP_KERNEL), p);
	q = krealloc(p, 5000, GFP_KERNEL);
	ASSERT_NOT_NULL(t, q);
	EXPECT_EQ(t, ksize(q), (size_t)8192);
	EXPECT_EQ(t, check_stamp(q, 100, 7), (size_t)100);
	stamp(q, 5000, 8);
	p = krealloc(q, 200000, GFP_KERNEL); /* to the page allocator */
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)262144);
	EXPECT_EQ(t, check_stamp(p, 5000, 8), (size_t)5000);
	stamp(p, 200000, 9);
	q = krealloc(p, 150, GFP_KERNEL); /* shrinking: in place */
	EXPECT_PTR_EQ(t, q, p);
	EXPECT_EQ(t, check_stamp(q, 150, 9), (size_t)150);
	p = krealloc(q, KMALLOC_MAX_SIZE + 1, GFP_QUIET); /* fails: q is kept */
	EXPECT_TRUE(t, p == NULL);
	EXPECT_EQ(t, check_stamp(q, 150, 9), (size_t)150);
	EXPECT_PTR_EQ(t, krealloc(q, 0, GFP_KERNEL), ZERO_SIZE_PTR); /* frees q */
	p = krealloc(ZERO_SIZE_PTR, 40, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ksize(p), (size_t)64);
	kfree(p);
	EXPECT_EQ(t, new_reports(), 0ul);
	expect_unchanged(t);

	/* Exhaustion: kmalloc-4096 until lowmem runs out, then everything comes back. */
	for (n = 0; n < ARRAY_LEN(objs); n++) {
		objs[n] = kmalloc(4096, GFP_QUIET);
		if (!objs[n])
			break;
		*(unsigned int *)objs[n] = n;
	}
	htest_info(t, "%u kmalloc(4096) before the first failure", n);
	EXPECT_LT(t, n, (unsigned int)ARRAY_LEN(objs));
	EXPECT_GT(t, n, (unsigned int)(LOWMEM / PAGE_SIZE / 2));
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	EXPECT_EQ(t, check_free_areas(), 0);
	for (i = 0; i < n; i++) {
		EXPECT_EQ(t, *(unsigned int *)objs[i], i);
		kfree(objs[i]);
	}
	p = kmalloc(4096, GFP_KERNEL);
	EXPECT_NOT_NULL(t, p);
	kfree(p);
	EXPECT_EQ(t, new_reports(), 0ul);
	expect_unchanged(t);
}

/* Case 7: kmem_cache_create's argument checks, and when constructors run. */
static void create_errors_and_ctor(struct htest *t)
{
	unsigned int caches, i, per_slab, n;
	struct kmem_cache *c;
	struct slabinfo si;
	unsigned long calls;
	char *p;

	begin(t);
	caches = nr_caches();
	EXPECT_TRUE(t, kmem_cache_create(NULL, 64, 0, 0, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 0, 0, 0, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 64, 3, 0, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 64, 48, 0, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 64, 0, 0x1, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 64, 0, 0x80000000u, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", 64, 0, ~SLAB_CREATE_MASK, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", KMALLOC_MAX_SIZE + 1, 0, 0, NULL) == NULL);
	EXPECT_TRUE(t, kmem_cache_create("test-e", ~0u, 0, 0, NULL) == NULL);
	EXPECT_EQ(t, nr_caches(), caches);
	expect_unchanged(t);

	/* The limits themselves are accepted. */
	c = kmem_cache_create("test-max", KMALLOC_MAX_SIZE, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	EXPECT_EQ(t, nr_caches(), caches + 1);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_TRUE(t, in_lowmem(p, KMALLOC_MAX_SIZE));
	p[KMALLOC_MAX_SIZE - 1] = 1;
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	c = kmem_cache_create("test-1", 1, PAGE_SIZE, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, (unsigned long)p % PAGE_SIZE, 0ul);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_EQ(t, nr_caches(), caches);
	expect_unchanged(t);

	/* Without SLAB_POISON: once per object, when its slab is created. */
	ctor_calls = 0;
	c = kmem_cache_create("test-ctor-count", CTOR_SIZE, 0, 0, ctor);
	ASSERT_NOT_NULL(t, c);
	EXPECT_EQ(t, ctor_calls, 0ul);
	objs[0] = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, objs[0]);
	per_slab = info(c).objects_per_slab;
	n = 3 * per_slab + 1;
	for (i = 1; i < n; i++)
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	si = info(c);
	EXPECT_EQ(t, ctor_calls, si.num_objs);
	EXPECT_EQ(t, si.num_slabs, 4ul);
	for (i = 0; i < n; i++)
		EXPECT_EQ(t, check_fill(objs[i], CTOR_BYTE, CTOR_SIZE), (size_t)CTOR_SIZE);
	/* Every other object back and out again: no slab empties, no ctor call. */
	for (i = 0; i < n; i += 2)
		kmem_cache_free(c, objs[i]);
	for (i = 0; i < n; i += 2)
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	EXPECT_EQ(t, ctor_calls, si.num_objs);
	EXPECT_EQ(t, info(c).num_slabs, si.num_slabs);
	free_all(c, objs, n);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);

	/* With SLAB_POISON the constructed state is gone after a free: once per allocation. */
	c = kmem_cache_create("test-ctor-poison", CTOR_SIZE, 0, SLAB_POISON, ctor);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, check_fill(p, CTOR_BYTE, CTOR_SIZE), (size_t)CTOR_SIZE);
	kmem_cache_free(c, p);
	calls = ctor_calls;
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, ctor_calls, calls + 1);
	EXPECT_EQ(t, check_fill(p, CTOR_BYTE, CTOR_SIZE), (size_t)CTOR_SIZE);
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	EXPECT_EQ(t, new_reports(), 0ul);
	expect_unchanged(t);
}

/* slabinfo_show prints Linux's 2.1 table: the header, then a line per cache. */
static void slabinfo_table(struct htest *t)
{
	struct kmem_cache *c;
	void *p;

	begin(t);
	c = kmem_cache_create("test-table", 200, 0, 0, NULL);
	ASSERT_NOT_NULL(t, c);
	p = kmem_cache_zalloc(c, GFP_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, check_fill(p, 0, 200), (size_t)200);
	capture_reset();
	slabinfo_show(capture_print);
	EXPECT_NOT_NULL(t, strstr(capture_buf, "slabinfo - version: 2.1"));
	EXPECT_NOT_NULL(t, strstr(capture_buf, "test-table"));
	EXPECT_NOT_NULL(t, strstr(capture_buf, "kmalloc-96"));
	EXPECT_NOT_NULL(t, strstr(capture_buf, "kmalloc-192"));
	kmem_cache_free(c, p);
	EXPECT_EQ(t, kmem_cache_destroy(c), 0);
	expect_unchanged(t);
}

/*
 * ksize and krealloc trust a pointer no more than kfree does: a freed
 * object, a pointer into the middle of one, or into a slab's freelist
 * area is reported, and nothing is written (found by review: krealloc
 * with __GFP_ZERO used to clear past the object).
 */
static void ksize_and_krealloc_check_the_pointer(struct htest *t)
{
	unsigned char *a, *b, *end, *freed, save[64];
	unsigned int i, changed = 0;

	begin(t);
	a = kmalloc(64, GFP_KERNEL);
	b = kmalloc(64, GFP_KERNEL);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	memset(b, 0xaa, 64);
	EXPECT_NULL(t, krealloc(a + 32, 1, GFP_KERNEL | __GFP_ZERO));
	EXPECT_EQ(t, ksize(b - 8), 0ul);
	for (i = 0; i < 64; i++)
		changed += b[i] != 0xaa;
	EXPECT_EQ(t, changed, 0u);
	EXPECT_EQ(t, slab_error_reports() - reports0, 2ul);

	/* The freelist at the end of an on-slab kmalloc-64 slab, and the next page. */
	end = (unsigned char *)((unsigned long)a & PAGE_MASK) + PAGE_SIZE;
	memcpy(save, end, sizeof(save));
	memset(end, 0x77, sizeof(save));
	EXPECT_EQ(t, ksize(end - 8), 0ul);
	EXPECT_NULL(t, krealloc(end - 8, 1, GFP_KERNEL | __GFP_ZERO));
	EXPECT_EQ(t, end[0], 0x77);
	memcpy(end, save, sizeof(save));
	EXPECT_EQ(t, slab_error_reports() - reports0, 4ul);

	/* A freed object is not handed back as live. */
	freed = a;
	kfree(a);
	EXPECT_EQ(t, ksize(freed), 0ul);
	EXPECT_NULL(t, krealloc(freed, 32, GFP_KERNEL));
	EXPECT_EQ(t, slab_error_reports() - reports0, 6ul);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
	kfree(b);
	expect_unchanged(t);
}

static const struct htest_case cases[] = {
	HTEST_CASE(random_million),
	HTEST_CASE(ksize_and_krealloc_check_the_pointer),
	HTEST_CASE(poison_catches_write_after_free),
	HTEST_CASE(redzone_catches_overflow_and_underflow),
	HTEST_CASE(bad_frees_are_reported_and_ignored),
	HTEST_CASE(shrink_and_destroy),
	HTEST_CASE(kmalloc_classes_and_limits),
	HTEST_CASE(create_errors_and_ctor),
	HTEST_CASE(slabinfo_table),
};
static const struct htest_suite suite = HTEST_SUITE("slab", cases);
HTEST_MAIN(&suite);
