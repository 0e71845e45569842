// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "vmalloc": the vmalloc area on the machine (mm/vmalloc.c,
 * mm/vmalloc_pgtable.c; seed document 001, section 3.2.5). The runner
 * boots it at 128 MiB, 512 MiB and 1 GiB; at 1 GiB there is HIGHMEM and
 * vmalloc's pages come from it.
 *
 * Every case gives back what it took. Where a case checks that, it
 * compares the free lists with every slab cache shrunk and the per-cpu
 * lists drained (settle); the pte tables vmalloc keeps once made are the
 * one thing an area leaves behind, so a case that checks the free lists
 * after a new area first makes and frees the same area once (warm_up):
 * the same size lands at the same address (first fit) and finds its
 * tables there.
 */
#include <kernel/errno.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/uaccess.h>
#include <kernel/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/traps.h>
#include "../common/buddyinfo.h"
#include "vmallocinfo.h"

#define MiB (1024ul * 1024ul)

static void expect_settled(struct ktest *t, buddyinfo_t want)
{
	buddyinfo_t now;

	settled_snapshot(now);
	EXPECT_MEMEQ(t, now, want, sizeof(buddyinfo_t));
	EXPECT_EQ(t, check_free_areas(), 0);
}

/* Makes and frees an area of size once: its pte tables exist from now on. */
static void warm_up(unsigned long size)
{
	vfree(vmalloc(size));
}

static struct vm_struct *area_of(const void *p)
{
	return find_vm_area(p);
}

/* Pages i and i + 1 of the area are not neighbours in RAM: count of such breaks. */
static unsigned int breaks(const struct vm_struct *v)
{
	unsigned int i, n = 0;

	for (i = 0; i + 1 < v->nr_pages; i++)
		n += page_to_pfn(v->pages[i + 1]) != page_to_pfn(v->pages[i]) + 1;
	return n;
}

/* ---- contents through both mappings ---- */

#define WORDS (PAGE_SIZE / sizeof(u32))

static u32 pattern(unsigned int page, unsigned int word, u32 seed)
{
	return seed ^ (page << 12) ^ word;
}

/* The words a case writes in each page: all of them in small areas, three in large. */
static bool word_used(unsigned long pages, unsigned int w)
{
	return pages <= 16 || w == 0 || w == WORDS / 2 || w == WORDS - 1;
}

/*
 * Writes through the vmalloc address and reads back through
 * vmalloc_to_page + kmap_atomic; then the reverse. Returns the words that
 * read back wrong.
 */
static unsigned long round_trip(u32 *p, unsigned long pages)
{
	unsigned long i, bad = 0;
	unsigned int w;

	for (i = 0; i < pages; i++)
		for (w = 0; w < WORDS; w++)
			if (word_used(pages, w))
				p[i * WORDS + w] = pattern(i, w, 0x5a5a0000);
	for (i = 0; i < pages; i++) {
		struct page *page = vmalloc_to_page(p + i * WORDS);
		u32 *k;

		if (!page)
			return bad + 1;
		k = kmap_atomic(page);
		for (w = 0; w < WORDS; w++)
			if (word_used(pages, w)) {
				bad += k[w] != pattern(i, w, 0x5a5a0000);
				k[w] = pattern(i, w, 0xa5a50000);
			}
		kunmap_atomic(k);
	}
	for (i = 0; i < pages; i++)
		for (w = 0; w < WORDS; w++)
			if (word_used(pages, w))
				bad += p[i * WORDS + w] != pattern(i, w, 0xa5a50000);
	return bad;
}

/*
 * The largest size: 64 MiB when the buddy has that and 32 MiB to spare,
 * else the largest power of two it can give with 32 MiB to spare (the
 * headroom keeps the choice the same from boot to boot).
 */
static unsigned long largest_size(void)
{
	unsigned long free = nr_free_pages() << PAGE_SHIFT, size = 64 * MiB;

	while (size > PAGE_SIZE && size + 32 * MiB > free)
		size >>= 1;
	return size;
}

static void one_page_to_64_mib(struct ktest *t)
{
	const unsigned long sizes[] = {
		PAGE_SIZE, 2 * PAGE_SIZE + 1, 8 * PAGE_SIZE, 64 * 1024,
		1 * MiB,   4 * MiB - 1,	      16 * MiB,	     largest_size()
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		unsigned long size = sizes[i], pages = PAGE_ALIGN(size) >> PAGE_SHIFT;
		buddyinfo_t before;
		struct vm_struct *v;
		u32 *p;

		warm_up(size);
		settled_snapshot(before);
		p = vmalloc(size);
		ASSERT_NOT_NULL(t, p);
		v = area_of(p);
		ASSERT_NOT_NULL(t, v);
		EXPECT_TRUE(t, is_vmalloc_addr(p));
		EXPECT_TRUE(t, PAGE_ALIGNED(p));
		EXPECT_EQ(t, v->nr_pages, pages);
		EXPECT_EQ(t, v->size, (pages + 1) << PAGE_SHIFT);
		EXPECT_EQ(t, v->flags, VM_ALLOC);
		EXPECT_LE(t, (unsigned long)p + v->size, VMALLOC_END);
		EXPECT_EQ(t, round_trip(p, pages), 0ul);
		vfree(p);
		EXPECT_PTR_EQ(t, area_of(p), NULL);
		expect_settled(t, before);
	}
	ktest_info(t, "largest: %lu MiB of %lu MiB free", sizes[ARRAY_SIZE(sizes) - 1] / MiB,
		   (nr_free_pages() << PAGE_SHIFT) / MiB);
}

static void vmalloc_to_page_and_pfn(struct ktest *t)
{
	struct vm_struct *v;
	unsigned int i;
	char *p;

	p = vmalloc(4 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	v = area_of(p);
	for (i = 0; i < 4; i++) {
		EXPECT_PTR_EQ(t, vmalloc_to_page(p + i * PAGE_SIZE), v->pages[i]);
		EXPECT_PTR_EQ(t, vmalloc_to_page(p + i * PAGE_SIZE + PAGE_SIZE - 1), v->pages[i]);
		EXPECT_EQ(t, vmalloc_to_pfn(p + i * PAGE_SIZE + 100), page_to_pfn(v->pages[i]));
	}
	EXPECT_PTR_EQ(t, vmalloc_to_page(p + 4 * PAGE_SIZE), NULL); /* the guard page */
	EXPECT_EQ(t, vmalloc_to_pfn(p + 4 * PAGE_SIZE), 0ul);
	EXPECT_PTR_EQ(t, vmalloc_to_page(high_memory), NULL); /* not the vmalloc area */
	EXPECT_PTR_EQ(t, vmalloc_to_page((void *)PAGE_OFFSET), NULL);
	vfree(p);
	EXPECT_PTR_EQ(t, vmalloc_to_page(p), NULL);
	EXPECT_EQ(t, vmalloc_to_pfn(p), 0ul);
}

/* After some churn the per-cpu lists hand out pages in no physical order. */
static void pages_physically_scattered(struct ktest *t)
{
	static struct page *churn[64];
	struct vm_struct *v;
	unsigned int i, n;
	void *p, *q;

	q = vmalloc(32 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, q);
	for (i = 0; i < 64; i++)
		churn[i] = alloc_page(GFP_KERNEL | __GFP_HIGHMEM);
	for (i = 0; i < 64; i += 2)
		if (churn[i])
			__free_page(churn[i]);
	vfree(q);
	p = vmalloc(128 * PAGE_SIZE);
	for (i = 1; i < 64; i += 2)
		if (churn[i])
			__free_page(churn[i]);
	ASSERT_NOT_NULL(t, p);
	v = area_of(p);
	n = breaks(v);
	EXPECT_GT(t, n, 0u);
	ktest_info(t, "128 pages: %u breaks in physical contiguity, first pfn 0x%lx", n,
		   page_to_pfn(v->pages[0]));
	EXPECT_EQ(t, round_trip(p, 128), 0ul);
	vfree(p);
}

/* vmalloc prefers HIGHMEM when the machine has it; vmalloc_32 never takes it. */
static void highmem_first_and_vmalloc_32_never(struct ktest *t)
{
	unsigned int i, high = 0, high32 = 0;
	struct vm_struct *v;
	u32 *p, *q;

	p = vmalloc(1 * MiB);
	q = vmalloc_32(1 * MiB);
	ASSERT_TRUE(t, p && q);
	v = area_of(p);
	for (i = 0; i < v->nr_pages; i++)
		high += PageHighMem(v->pages[i]);
	v = area_of(q);
	for (i = 0; i < v->nr_pages; i++) {
		high32 += PageHighMem(v->pages[i]);
		/* a lowmem page: its linear address shows what q wrote */
		q[i * WORDS] = i;
		if (page_address(v->pages[i]))
			EXPECT_EQ(t, *(u32 *)page_address(v->pages[i]), i);
	}
	EXPECT_EQ(t, high32, 0u);
	if (totalhigh_pages) {
		EXPECT_EQ(t, high, 256u);
		ktest_info(t, "HIGHMEM: %lu pages; vmalloc's 256 pages all from it",
			   totalhigh_pages);
	} else {
		EXPECT_EQ(t, high, 0u);
		ktest_info(t, "no HIGHMEM at this size: lowmem pages");
	}
	EXPECT_EQ(t, round_trip(p, 256), 0ul);
	EXPECT_EQ(t, round_trip(q, 256), 0ul);
	vfree(p);
	vfree(q);
}

/*
 * FAQ 4.5: vmalloc takes its pages one at a time from the per-cpu list,
 * so eight pages in and out leave buddyinfo as it was.
 */
static void faq_4_5_buddyinfo_unchanged(struct ktest *t)
{
	buddyinfo_t before, after;
	void *p;

	warm_up(8 * PAGE_SIZE); /* the list has pages, the caches their objects */
	snapshot(before);
	p = vmalloc(8 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	vfree(p);
	snapshot(after);
	EXPECT_MEMEQ(t, after, before, sizeof(buddyinfo_t));
}

#define MAX_HELD 1024
static struct page *held[MAX_HELD];

/* Takes 4 MiB blocks (HIGHMEM first, then lowmem) until none is left. */
static unsigned int hold_blocks(void)
{
	unsigned int n = 0;

	while (n < MAX_HELD &&
	       (held[n] = alloc_pages(GFP_KERNEL | __GFP_HIGHMEM | __GFP_NOWARN, MAX_ORDER - 1)))
		n++;
	return n;
}

static void release_blocks(unsigned int n)
{
	while (n-- > 0)
		__free_pages(held[n], MAX_ORDER - 1);
}

/*
 * With the memory held but for the odd pages, a vmalloc larger than what
 * remains takes pages until the allocator says no, then gives them all
 * back: NULL, and the free lists as before.
 */
static void failure_half_way_leaks_nothing(struct ktest *t)
{
	static char log[512];
	unsigned long remain, size, taken = 0, of = 0;
	buddyinfo_t before;
	unsigned int n;
	const char *msg;
	void *p;

	settled_snapshot(before);
	n = hold_blocks();
	if (n == MAX_HELD) {
		release_blocks(n);
		ktest_skip(t, "more memory than the case can hold");
	}
	drain_local_pages(NULL);
	remain = nr_free_pages();
	size = (remain << PAGE_SHIFT) + 1 * MiB;
	console_muted = true;
	p = vmalloc(size);
	console_muted = false;
	EXPECT_PTR_EQ(t, p, NULL);
	ktest_log_tail(log, sizeof(log));
	msg = strstr(log, "vmalloc: allocation failure");
	EXPECT_NOT_NULL(t, msg);
	if (msg) {
		msg = strstr(msg, "bytes, ");
		if (msg) {
			msg += 7;
			while (*msg >= '0' && *msg <= '9')
				taken = taken * 10 + (unsigned long)(*msg++ - '0');
			if (!strncmp(msg, " of ", 4))
				for (msg += 4; *msg >= '0' && *msg <= '9'; msg++)
					of = of * 10 + (unsigned long)(*msg - '0');
		}
	}
	EXPECT_GT(t, taken, 0ul); /* half-way: it took pages before it failed */
	EXPECT_LT(t, taken, of);
	EXPECT_EQ(t, of, PAGE_ALIGN(size) >> PAGE_SHIFT);
	ktest_info(t, "%u blocks held, %lu pages left: %lu of %lu taken, then given back", n,
		   remain, taken, of);
	release_blocks(n);
	expect_settled(t, before);
}

/* The guard page after an area, and an area once freed: -EFAULT, and a real load faults. */
static void guard_page_and_freed_area_unmapped(struct ktest *t)
{
	struct ktest_fault f;
	struct vm_struct *v;
	u32 *p, w = 0, buf[2];
	u32 *guard;

	p = vmalloc(2 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	v = area_of(p);
	guard = p + 2 * WORDS;
	p[0] = 0x11111111;
	p[2 * WORDS - 1] = 0x22222222;
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, p + 2 * WORDS - 1, 4), 0);
	EXPECT_EQ_HEX(t, w, 0x22222222ul);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, guard, 4), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, guard + WORDS - 1, 4), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(buf, p + 2 * WORDS - 1, 8), -EFAULT); /* straddles */
	EXPECT_EQ(t, copy_to_kernel_nofault(guard, &w, 4), -EFAULT);
	EXPECT_PTR_EQ(t, find_vm_area_containing(guard), v);
	KTEST_EXPECT_FAULT(&f, w = *(volatile u32 *)guard);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)guard);
	vfree(p);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, p, 4), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, p + WORDS, 4), -EFAULT);
	KTEST_EXPECT_FAULT(&f, w = *(volatile u32 *)p);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)p);
	EXPECT_PTR_EQ(t, find_vm_area_containing(p), NULL);
}

static void vzalloc_is_zeroed(struct ktest *t)
{
	unsigned long i, nonzero = 0;
	u8 *p;

	p = vmalloc(16 * PAGE_SIZE); /* leave data in pages the next one gets */
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xa5, 16 * PAGE_SIZE);
	vfree(p);
	p = vzalloc(16 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	for (i = 0; i < 16 * PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	EXPECT_EQ(t, nonzero, 0ul);
	vfree(p);
}

static void vmap_maps_pages_in_order(struct ktest *t)
{
	struct page *pages[8];
	unsigned int i, bad = 0, kept = 0;
	buddyinfo_t before;
	u32 *m, *k, w;

	warm_up(8 * PAGE_SIZE);
	settled_snapshot(before);
	for (i = 0; i < 8; i++) {
		pages[i] = alloc_page(GFP_KERNEL | __GFP_HIGHMEM);
		ASSERT_NOT_NULL(t, pages[i]);
		k = kmap_atomic(pages[i]);
		k[0] = 0x7000 + i;
		kunmap_atomic(k);
	}
	m = vmap(pages, 8, VM_MAP, PAGE_KERNEL);
	ASSERT_NOT_NULL(t, m);
	EXPECT_TRUE(t, is_vmalloc_addr(m));
	EXPECT_EQ(t, area_of(m)->flags, VM_MAP);
	EXPECT_EQ(t, area_of(m)->nr_pages, 8u);
	for (i = 0; i < 8; i++) {
		bad += m[i * WORDS] != 0x7000 + i;
		bad += vmalloc_to_page(m + i * WORDS) != pages[i];
		m[i * WORDS + 1] = 0x8000 + i;
	}
	EXPECT_EQ(t, bad, 0u);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, m + 8 * WORDS, 4), -EFAULT); /* guard */
	vunmap(m);
	EXPECT_EQ(t, copy_from_kernel_nofault(&w, m, 4), -EFAULT);
	for (i = 0; i < 8; i++) { /* still ours, with what was written through m */
		kept += page_ref_count(pages[i]) == 1 && !PageBuddy(pages[i]);
		k = kmap_atomic(pages[i]);
		bad += k[1] != 0x8000 + i;
		kunmap_atomic(k);
		__free_page(pages[i]);
	}
	EXPECT_EQ(t, kept, 8u);
	EXPECT_EQ(t, bad, 0u);
	expect_settled(t, before);
}

static void is_vmalloc_addr_bounds(struct ktest *t)
{
	void *k = kmalloc(32, GFP_KERNEL), *p = vmalloc(PAGE_SIZE);

	ASSERT_TRUE(t, k && p);
	EXPECT_TRUE(t, is_vmalloc_addr(p));
	EXPECT_TRUE(t, is_vmalloc_addr((void *)VMALLOC_START));
	EXPECT_TRUE(t, is_vmalloc_addr((void *)(VMALLOC_END - 1)));
	EXPECT_FALSE(t, is_vmalloc_addr((void *)VMALLOC_END));
	EXPECT_FALSE(t, is_vmalloc_addr((void *)(VMALLOC_START - 1)));
	EXPECT_FALSE(t, is_vmalloc_addr(high_memory));
	EXPECT_FALSE(t, is_vmalloc_addr(k));
	EXPECT_FALSE(t, is_vmalloc_addr((void *)PAGE_OFFSET));
	EXPECT_FALSE(t, is_vmalloc_addr(NULL));
	kfree(k);
	vfree(p);
}

/* ---- bad input ---- */

struct bad_call {
	void (*fn)(const void *);
	const void *addr;
};

static void call_muted(const struct bad_call *c)
{
	console_muted = true;
	c->fn(c->addr);
	console_muted = false;
}

/* Reports made by one bad call (console muted); the log must say what. */
static unsigned long reports_of(struct ktest *t, void (*fn)(const void *), const void *addr,
				const char *what)
{
	static char log[4096];
	unsigned long before = vmalloc_error_reports();
	struct bad_call c = { fn, addr };

	call_muted(&c);
	ktest_log_tail(log, sizeof(log));
	if (!strstr(log, what))
		ktest_fail(t, __FILE__, __LINE__, "no \"%s\" for %p", what, addr);
	if (!strstr(log, "called from"))
		ktest_fail(t, __FILE__, __LINE__, "the report of %p names no caller", addr);
	return vmalloc_error_reports() - before;
}

static void do_vfree(const void *addr)
{
	vfree(addr);
}

static void do_vunmap(const void *addr)
{
	vunmap(addr);
}

static void bad_input(struct ktest *t)
{
	unsigned long reports = vmalloc_error_reports();
	struct vm_struct *v, saved;
	struct page *page;
	u32 *p, *m, *gone;
	buddyinfo_t b;

	console_muted = true;
	EXPECT_PTR_EQ(t, vmalloc(0), NULL);
	EXPECT_PTR_EQ(t, vmalloc(0x40000000), NULL);
	EXPECT_PTR_EQ(t, vzalloc(~0ul), NULL);
	console_muted = false;
	vfree(NULL);
	vunmap(NULL);
	EXPECT_EQ(t, vmalloc_error_reports(), reports);

	p = vmalloc(4 * PAGE_SIZE);
	page = alloc_page(GFP_KERNEL);
	ASSERT_TRUE(t, p && page);
	m = vmap(&page, 1, VM_MAP, PAGE_KERNEL);
	gone = vmalloc(PAGE_SIZE);
	ASSERT_TRUE(t, m && gone);
	vfree(gone);
	p[0] = 0xfeedf00d;
	m[0] = 0xcafe;
	v = area_of(p);
	saved = *v;
	settled_snapshot(b);

	EXPECT_EQ(t, reports_of(t, do_vfree, p + WORDS, "nonexistent vm area"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vfree, p + 4 * WORDS, "nonexistent vm area"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vfree, (u8 *)p + 4, "bad address"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vfree, gone, "nonexistent vm area"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vfree, m, "vmalloc did not make"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vunmap, p, "vmap did not make"), 1ul);
	EXPECT_EQ(t, reports_of(t, do_vfree, (void *)PAGE_OFFSET, "nonexistent vm area"), 1ul);
	EXPECT_EQ(t,
		  reports_of(t, do_vfree, (void *)(VMALLOC_END - PAGE_SIZE), "nonexistent vm area"),
		  1ul);

	/* nothing changed: the areas, their contents, the free lists */
	EXPECT_PTR_EQ(t, area_of(p), v);
	EXPECT_MEMEQ(t, v, &saved, sizeof(saved));
	EXPECT_EQ_HEX(t, p[0], 0xfeedf00dul);
	EXPECT_EQ_HEX(t, m[0], 0xcafeul);
	EXPECT_PTR_EQ(t, vmalloc_to_page(m), page);
	expect_settled(t, b);
	vunmap(m);
	__free_page(page);
	vfree(p);
	EXPECT_EQ(t, vmalloc_error_reports(), reports + 8);
}

/* ---- vmallocinfo ---- */

static void vmallocinfo_lists_the_area(struct ktest *t)
{
	static char line[160], want[48];
	struct page *page;
	void *p, *m;

	p = vmalloc(3 * PAGE_SIZE);
	page = alloc_page(GFP_KERNEL);
	ASSERT_TRUE(t, p && page);
	m = vmap(&page, 1, VM_MAP, PAGE_KERNEL);
	ASSERT_NOT_NULL(t, m);
	ASSERT_NOT_NULL(t, vmallocinfo_line(p, line, sizeof(line)));
	ktest_info(t, "%s", line);
	snprintf(want, sizeof(want), "0x%08lx-0x%08lx   16384 ", (unsigned long)p,
		 (unsigned long)p + 4 * PAGE_SIZE);
	EXPECT_NOT_NULL(t, strstr(line, want));
	EXPECT_NOT_NULL(t, strstr(line, " vmallocinfo_lists_the_area+0x"));
	EXPECT_NOT_NULL(t, strstr(line, " pages=3 "));
	EXPECT_TRUE(t, ends_with(line, " pages=3 vmalloc")); /* the kind, and no other */
	EXPECT_PTR_EQ(t, strstr(line, "phys="), NULL);
	ASSERT_NOT_NULL(t, vmallocinfo_line(m, line, sizeof(line)));
	ktest_info(t, "%s", line);
	EXPECT_TRUE(t, ends_with(line, " pages=1 vmap"));
	vfree(p);
	vunmap(m);
	__free_page(page);
	EXPECT_PTR_EQ(t, vmallocinfo_line(p, line, sizeof(line)), NULL);
}

static const struct ktest_case vmalloc_cases[] = {
	KTEST_CASE(one_page_to_64_mib),
	KTEST_CASE(vmalloc_to_page_and_pfn),
	KTEST_CASE(pages_physically_scattered),
	KTEST_CASE(highmem_first_and_vmalloc_32_never),
	KTEST_CASE(faq_4_5_buddyinfo_unchanged),
	KTEST_CASE(failure_half_way_leaks_nothing),
	KTEST_CASE(guard_page_and_freed_area_unmapped),
	KTEST_CASE(vzalloc_is_zeroed),
	KTEST_CASE(vmap_maps_pages_in_order),
	KTEST_CASE(is_vmalloc_addr_bounds),
	KTEST_CASE(bad_input),
	KTEST_CASE(vmallocinfo_lists_the_area),
};
KTEST_SUITE(vmalloc_suite, "vmalloc", vmalloc_cases);
