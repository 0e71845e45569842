// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmalloc.c on the host, over the buddy allocator and the slab of
 * test_slab.c (64 MiB of fake RAM: 48 MiB of ZONE_NORMAL, the first MiB
 * reserved, and 16 MiB of ZONE_HIGHMEM), with the page-table side replaced
 * by the recording fake of vmalloc_shim.c and a window of fake addresses
 * (never dereferenced) as the vmalloc area.
 *
 * The test keeps its own model of the live areas, sorted by address, and
 * predicts every address the allocator must return: the lowest address
 * aligned as asked, at or above start, whose pages and guard page touch
 * no live area and end by end (the document's first fit). check() walks
 * vmlist (from its head, as vmallocinfo_show prints it) against the
 * model: sorted, non-overlapping, every size = pages + one guard page,
 * inside [VMALLOC_START, VMALLOC_END); and, in full, that exactly the
 * usable pages of the live areas are mapped, to the right pages, that no
 * guard page is, and that every vmalloc page is allocated, ours alone and
 * still holds what was written to it.
 */
#include <kernel/highmem.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include "../../common/buddyinfo.h"
#define CAPTURE_SIZE (1 << 19) /* every area of a crowded window */
#include "../../common/capture.h"
#include "boot.h"
#include "harness.h"
#include "shim.h"
#include "vmalloc_shim.h"

#define NR_PAGES (RAM / PAGE_SIZE)

/* The default window: 64 MiB where the board's area would start at 128 MiB of RAM. */
#define WINDOW_START 0xc8800000ul
#define WINDOW (64 * MiB)

/* GFP_KERNEL, silent when it fails on purpose. */
#define GFP_QUIET (GFP_KERNEL | __GFP_NOWARN)

static buddyinfo_t before;
static unsigned long reports0;

/* What setup_arch, mem_init and mm_init do on the board, vmalloc_init included. */
static void boot(void)
{
	host_mm_boot();
	kmem_cache_init();
	vmalloc_init();
}

/* ---- the model ---- */

#define MAX_LIVE 4096

struct live {
	unsigned long addr;
	unsigned long size; /* with the guard page */
	unsigned int flags; /* VM_ALLOC, VM_MAP, VM_IOREMAP, or 0: get_vm_area alone */
	unsigned int nr_pages; /* mapped pages */
	struct page **pages; /* VM_MAP: ours (host memory) */
	phys_addr_t phys; /* VM_IOREMAP */
	pgprot_t prot;
	unsigned int stamp; /* VM_ALLOC: written into every page */
};

static struct live live[MAX_LIVE];
static unsigned int nr_live, next_stamp;

static void begin_window(struct htest *t, unsigned long start, unsigned long size)
{
	unsigned int i;

	for (i = 0; i < nr_live; i++) /* what an aborted case left */
		host_free(live[i].pages);
	boot();
	fake_vmalloc_window(start, start + size);
	vmlist_walk_only = false;
	nr_live = 0;
	settled_snapshot(before);
	reports0 = vmalloc_error_reports();
	ASSERT_EQ(t, fake_errors, 0ul);
	ASSERT_EQ(t, check_free_areas(), 0);
}

static void begin(struct htest *t)
{
	begin_window(t, WINDOW_START, WINDOW);
}

static unsigned long new_reports(void)
{
	return vmalloc_error_reports() - reports0;
}

/*
 * Where __get_vm_area_node(size, align, start, end) must put an area: the
 * lowest align-aligned address >= start whose size bytes and guard page
 * overlap no live area and end by end; 0 if there is none.
 */
static unsigned long model_fit(unsigned long size, unsigned long align, unsigned long start,
			       unsigned long end)
{
	unsigned long addr;
	unsigned int i;

	size = PAGE_ALIGN(size);
	if (!size || end <= start || size > end - start || end - start - size < PAGE_SIZE)
		return 0;
	if (align < PAGE_SIZE || (align & (align - 1)))
		align = PAGE_SIZE;
	size += PAGE_SIZE;
	addr = ALIGN(start, align);
	if (addr < start)
		return 0;
	for (i = 0; i < nr_live; i++) {
		unsigned long a_end = live[i].addr + live[i].size;

		if (a_end <= addr)
			continue;
		if (addr + size <= live[i].addr)
			break;
		addr = ALIGN(a_end, align);
		if (addr < a_end)
			return 0; /* wrapped past the top of the address space */
	}
	if (addr + size < addr || addr + size > end)
		return 0;
	return addr;
}

static struct live *model_add(unsigned long addr, unsigned long size, unsigned int flags)
{
	unsigned int i = 0;

	while (i < nr_live && live[i].addr < addr)
		i++;
	memmove(&live[i + 1], &live[i], (nr_live - i) * sizeof(live[0]));
	nr_live++;
	memset(&live[i], 0, sizeof(live[i]));
	live[i].addr = addr;
	live[i].size = size;
	live[i].flags = flags;
	return &live[i];
}

static void model_del(struct live *l)
{
	unsigned int i = l - live;

	memmove(&live[i], &live[i + 1], (nr_live - i - 1) * sizeof(live[0]));
	nr_live--;
}

static struct live *model_find(unsigned long addr)
{
	unsigned int i;

	for (i = 0; i < nr_live; i++)
		if (live[i].addr == addr)
			return &live[i];
	return NULL;
}

/* ---- vmallocinfo capture ---- */

static const char *capture_vmallocinfo(void)
{
	capture_reset();
	vmallocinfo_show(capture_print);
	return capture_buf;
}

/* Reads "0x<hex>" at *s, moving *s past it; false if there is none. */
static bool parse_hex(const char **s, unsigned long *val)
{
	const char *p = *s;
	unsigned long v = 0;
	int digits = 0;

	if (p[0] != '0' || p[1] != 'x')
		return false;
	for (p += 2;; p++, digits++) {
		if (*p >= '0' && *p <= '9')
			v = v << 4 | (unsigned long)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			v = v << 4 | (unsigned long)(*p - 'a' + 10);
		else
			break;
	}
	*s = p;
	*val = v;
	return digits > 0;
}

/* The line of the vmallocinfo capture that starts with addr, or NULL (as a copy). */
static const char *info_line(const char *text, unsigned long addr)
{
	static char line[256];
	const char *s = text;

	while (*s) {
		const char *nl = strchr(s, '\n'), *p = s;
		unsigned long a;

		if (!nl)
			nl = s + strlen(s);
		if (parse_hex(&p, &a) && a == addr) {
			size_t n = nl - s < (long)sizeof(line) - 1 ? (size_t)(nl - s) :
								     sizeof(line) - 1;

			memcpy(line, s, n);
			line[n] = '\0';
			return line;
		}
		s = *nl ? nl + 1 : nl;
	}
	return NULL;
}

/* ---- the checker ---- */

#define CHECK(t, cond, ...)                                             \
	do {                                                            \
		if (!(cond)) {                                          \
			htest_fail(t, __FILE__, __LINE__, __VA_ARGS__); \
			return false;                                   \
		}                                                       \
	} while (0)

static unsigned long stamp_of(unsigned int stamp, unsigned int i)
{
	return (unsigned long)stamp << 20 | i;
}

static unsigned long *page_word(struct page *page)
{
	return page_address_highmem(page);
}

static bool page_ours[NR_PAGES];

/* The fake ptes of l: its usable pages mapped to what they must be, its guard page not. */
static bool check_ptes(struct htest *t, const struct live *l, struct vm_struct *v,
		       unsigned long *mapped)
{
	unsigned long n = (l->size >> PAGE_SHIFT) - 1, i;
	struct fake_pte *g = fake_pte(l->addr + l->size - PAGE_SIZE);

	CHECK(t, g && !g->mapped, "guard page 0x%lx of 0x%lx is mapped", l->addr + n * PAGE_SIZE,
	      l->addr);
	for (i = 0; i < n; i++) {
		struct fake_pte *e = fake_pte(l->addr + i * PAGE_SIZE);
		struct page *want = NULL;

		CHECK(t, e, "0x%lx: outside the window", l->addr + i * PAGE_SIZE);
		if (!l->flags) {
			CHECK(t, !e->mapped, "reserved area 0x%lx: page %lu mapped", l->addr, i);
			continue;
		}
		CHECK(t, e->mapped, "area 0x%lx: page %lu unmapped", l->addr, i);
		CHECK(t, pgprot_val(e->prot) == pgprot_val(l->prot), "area 0x%lx: prot %x", l->addr,
		      pgprot_val(e->prot));
		if (l->flags & VM_IOREMAP) {
			CHECK(t, !e->page && e->phys == l->phys + i * PAGE_SIZE,
			      "ioremap 0x%lx: page %lu maps 0x%x", l->addr, i, e->phys);
			continue;
		}
		want = l->flags & VM_ALLOC ? v->pages[i] : l->pages[i];
		CHECK(t, e->page == want, "area 0x%lx: page %lu maps the wrong page", l->addr, i);
		if (l->flags & VM_ALLOC) {
			unsigned long idx = want - mem_map;

			CHECK(t, !page_ours[idx], "page %lu is in two areas", idx);
			page_ours[idx] = true;
			CHECK(t, page_ref_count(want) == 1 && !PageBuddy(want),
			      "area 0x%lx: page %lu is free", l->addr, i);
			CHECK(t, *page_word(want) == stamp_of(l->stamp, i),
			      "area 0x%lx: page %lu lost its contents", l->addr, i);
		}
	}
	*mapped += l->flags ? n : 0;
	return true;
}

/*
 * vmlist against the model, walked from its head; in full, also the
 * vmallocinfo lines, the fake ptes and the pages.
 */
static bool check(struct htest *t, bool full)
{
	struct vm_struct *v = nr_live ? find_vm_area((void *)live[0].addr) : NULL;
	unsigned long mapped = 0, prev_end = VMALLOC_START;
	const char *text = NULL, *s;
	unsigned int i, lines = 0;

	CHECK(t, fake_errors == 0, "the fake page tables saw %lu bad calls", fake_errors);
	if (full) {
		text = capture_vmallocinfo();
		for (s = text; *s; s++)
			lines += *s == '\n';
		CHECK(t, lines == nr_live, "vmallocinfo lists %u areas, %u are live", lines,
		      nr_live);
		memset(page_ours, 0, sizeof(page_ours));
	}
	for (i = 0; i < nr_live; i++, v = v->next) {
		const struct live *l = &live[i];

		CHECK(t, v, "vmlist ends after %u of %u areas", i, nr_live);
		CHECK(t, (unsigned long)v->addr == l->addr, "area %u at %p, want 0x%lx", i, v->addr,
		      l->addr);
		CHECK(t, PAGE_ALIGNED(v->addr) && v->size == l->size && v->flags == l->flags,
		      "area 0x%lx: size %lu flags %x, want %lu %x", l->addr, v->size, v->flags,
		      l->size, l->flags);
		CHECK(t, l->addr >= prev_end, "area 0x%lx overlaps the one before (to 0x%lx)",
		      l->addr, prev_end);
		CHECK(t, l->addr >= VMALLOC_START && l->size <= VMALLOC_END - l->addr,
		      "area 0x%lx+%lu is outside the window", l->addr, l->size);
		CHECK(t, v->nr_pages == l->nr_pages, "area 0x%lx: %u pages, want %u", l->addr,
		      v->nr_pages, l->nr_pages);
		if (l->flags & (VM_ALLOC | VM_MAP))
			CHECK(t, v->size == ((unsigned long)v->nr_pages + 1) << PAGE_SHIFT,
			      "area 0x%lx: size %lu is not %u pages and a guard", l->addr, v->size,
			      v->nr_pages);
		prev_end = l->addr + l->size;
		if (full) {
			const char *line = info_line(text, l->addr);
			unsigned long a = 0, e = 0;

			s = line;
			CHECK(t,
			      line && parse_hex(&s, &a) && *s++ == '-' && parse_hex(&s, &e) &&
				      e == l->addr + l->size,
			      "vmallocinfo: no line for 0x%lx", l->addr);
			if (!check_ptes(t, l, v, &mapped))
				return false;
		}
	}
	CHECK(t, !v, "vmlist has an area at %p the model has not", v ? v->addr : NULL);
	if (full)
		CHECK(t, fake_mapped == mapped, "%lu pages mapped, the live areas have %lu",
		      fake_mapped, mapped);
	return true;
}

/* Every area freed: vmlist empty, nothing mapped, and the buddy as it was. */
static void expect_clean(struct htest *t)
{
	buddyinfo_t now;

	EXPECT_EQ(t, nr_live, 0u);
	EXPECT_TRUE(t, check(t, true));
	EXPECT_EQ(t, fake_mapped, 0ul);
	EXPECT_EQ(t, capture_vmallocinfo()[0], '\0');
	settled_snapshot(now);
	EXPECT_EQ(t, free_pages_in(now), free_pages_in(before));
	EXPECT_TRUE(t, same_buddyinfo(now, before));
	EXPECT_EQ(t, check_free_areas(), 0);
	EXPECT_EQ(t, kmem_cache_check(NULL), 0);
}

/*
 * ---- operations, each checked against the model ----
 *
 * Their checks end the case at the first difference: after one, the model
 * is wrong and every later check would fail too.
 */

static void stamp_pages(struct live *l, struct vm_struct *v)
{
	unsigned int i;

	l->stamp = ++next_stamp;
	for (i = 0; i < v->nr_pages; i++)
		*page_word(v->pages[i]) = stamp_of(l->stamp, i);
}

/* which: 0 vmalloc, 1 vzalloc, 2 vmalloc_32, 3 __vmalloc(PAGE_KERNEL_EXEC). */
static void *do_vmalloc(struct htest *t, unsigned long size, int which)
{
	unsigned long want = model_fit(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END);
	unsigned long nr = PAGE_ALIGN(size) >> PAGE_SHIFT, i;
	pgprot_t prot = which == 3 ? PAGE_KERNEL_EXEC : PAGE_KERNEL;
	struct vm_struct *v;
	struct live *l;
	void *p;

	switch (which) {
	case 1:
		p = vzalloc(size);
		break;
	case 2:
		p = vmalloc_32(size);
		break;
	case 3:
		p = __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, prot);
		break;
	default:
		p = vmalloc(size);
	}
	ASSERT_EQ(t, (unsigned long)p, want);
	if (!p)
		return NULL;
	v = find_vm_area(p);
	ASSERT_NOT_NULL(t, v);
	ASSERT_EQ(t, v->nr_pages, nr);
	for (i = 0; i < nr && which == 1; i++) {
		const unsigned long *w = kmap_atomic(v->pages[i]);
		unsigned int j, dirty = 0;

		for (j = 0; j < PAGE_SIZE / sizeof(long); j++)
			dirty += w[j] != 0;
		kunmap_atomic((void *)w);
		if (dirty) {
			ASSERT_EQ(t, dirty, 0u); /* vzalloc: every byte zero */
			break;
		}
	}
	for (i = 0; i < nr && which == 2; i++)
		ASSERT_FALSE(t, PageHighMem(v->pages[i]));
	l = model_add(want, (nr + 1) << PAGE_SHIFT, VM_ALLOC);
	l->nr_pages = nr;
	l->prot = prot;
	stamp_pages(l, v);
	return p;
}

static void do_vfree(struct htest *t, struct live *l)
{
	unsigned long calls = fake_unmap_calls, reports = vmalloc_error_reports();
	unsigned long addr = l->addr, usable = l->size - PAGE_SIZE;

	vfree((void *)addr);
	ASSERT_EQ(t, vmalloc_error_reports(), reports);
	ASSERT_EQ(t, fake_unmap_calls, calls + 1);
	/* exactly the area's pages: not its guard, not a neighbour's */
	ASSERT_EQ(t, fake_unmap_start, addr);
	ASSERT_EQ(t, fake_unmap_end, addr + usable);
	ASSERT_PTR_EQ(t, find_vm_area((void *)addr), NULL);
	model_del(l);
}

/* count pages of our own, each alloc_page(gfp), mapped by vmap. */
static void *do_vmap(struct htest *t, unsigned int count, gfp_t gfp)
{
	unsigned long want = model_fit((unsigned long)count << PAGE_SHIFT, PAGE_SIZE, VMALLOC_START,
				       VMALLOC_END);
	struct page **pages = host_malloc(count * sizeof(*pages));
	struct live *l;
	unsigned int i;
	void *p;

	for (i = 0; i < count; i++) {
		pages[i] = alloc_page(gfp);
		ASSERT_NOT_NULL(t, pages[i]);
	}
	p = vmap(pages, count, 0, PAGE_KERNEL);
	ASSERT_EQ(t, (unsigned long)p, want);
	if (!p) {
		for (i = 0; i < count; i++)
			__free_page(pages[i]);
		host_free(pages);
		return NULL;
	}
	l = model_add(want, ((unsigned long)count + 1) << PAGE_SHIFT, VM_MAP);
	l->nr_pages = count;
	l->pages = pages;
	l->prot = PAGE_KERNEL;
	return p;
}

/* vunmap, and the pages are still ours: allocated, not freed by it. */
static void do_vunmap(struct htest *t, struct live *l)
{
	unsigned long calls = fake_unmap_calls, reports = vmalloc_error_reports();
	struct page **pages = l->pages;
	unsigned int i, n = l->nr_pages;

	vunmap((void *)l->addr);
	ASSERT_EQ(t, vmalloc_error_reports(), reports);
	ASSERT_EQ(t, fake_unmap_calls, calls + 1);
	ASSERT_EQ(t, fake_unmap_start, l->addr);
	ASSERT_EQ(t, fake_unmap_end, l->addr + l->size - PAGE_SIZE);
	model_del(l);
	for (i = 0; i < n; i++) {
		ASSERT_EQ(t, page_ref_count(pages[i]), 1);
		ASSERT_FALSE(t, PageBuddy(pages[i]));
		__free_page(pages[i]);
	}
	host_free(pages);
}

/* __get_vm_area_node alone: virtual space, nothing mapped. */
static struct vm_struct *do_get_area(struct htest *t, unsigned long size, unsigned long align,
				     unsigned long start, unsigned long end)
{
	unsigned long want = model_fit(size, align, start, end);
	struct vm_struct *v = __get_vm_area_node(size, align, 0, start, end, do_get_area);

	ASSERT_EQ(t, (unsigned long)(v ? v->addr : NULL), want);
	if (!v)
		return NULL;
	ASSERT_PTR_EQ(t, v->caller, do_get_area);
	ASSERT_EQ(t, v->size, PAGE_ALIGN(size) + PAGE_SIZE);
	model_add(want, v->size, 0);
	return v;
}

static void do_free_area(struct htest *t, struct live *l)
{
	struct vm_struct *v = find_vm_area((void *)l->addr);

	ASSERT_NOT_NULL(t, v);
	free_vm_area(v);
	ASSERT_PTR_EQ(t, find_vm_area((void *)l->addr), NULL);
	model_del(l);
}

/* What arch/arm/mm/ioremap.c does with an area (a device address, outside the fake RAM). */
static void *do_ioremap(struct htest *t, phys_addr_t phys, unsigned int count)
{
	unsigned long size = (unsigned long)count << PAGE_SHIFT;
	unsigned long want = model_fit(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END);
	struct vm_struct *v = __get_vm_area_node(size, PAGE_SIZE, VM_IOREMAP, VMALLOC_START,
						 VMALLOC_END, do_ioremap);
	struct live *l;

	ASSERT_EQ(t, (unsigned long)(v ? v->addr : NULL), want);
	if (!v)
		return NULL;
	v->phys_addr = phys;
	ASSERT_EQ(t, ioremap_page_range(want, want + size, phys, PAGE_KERNEL_DEVICE), 0);
	l = model_add(want, size + PAGE_SIZE, VM_IOREMAP);
	l->phys = phys;
	l->prot = PAGE_KERNEL_DEVICE;
	return v->addr;
}

static void do_iounmap(struct htest *t, struct live *l)
{
	struct vm_struct *v = find_vm_area((void *)l->addr);

	ASSERT_NOT_NULL(t, v);
	vunmap_range(l->addr, l->addr + get_vm_area_size(v));
	free_vm_area(v);
	model_del(l);
}

/* Frees l the way its kind must be freed. */
static void do_free(struct htest *t, struct live *l)
{
	if (l->flags & VM_ALLOC)
		do_vfree(t, l);
	else if (l->flags & VM_MAP)
		do_vunmap(t, l);
	else if (l->flags & VM_IOREMAP)
		do_iounmap(t, l);
	else
		do_free_area(t, l);
}

static void free_all(struct htest *t)
{
	while (nr_live)
		do_free(t, &live[nr_live - 1]);
}

/*
 * A bad vfree/vunmap: reported once, with what and who, and nothing
 * changes (no unmapping, vmlist and the pages as they were).
 */
static void expect_bad(struct htest *t, void (*fn)(const void *), const void *addr,
		       const char *what)
{
	unsigned long reports = vmalloc_error_reports(), calls = fake_unmap_calls;
	unsigned long mapped = fake_mapped, line0 = shim_printk_lines;

	fn(addr);
	ASSERT_EQ(t, vmalloc_error_reports(), reports + 1);
	ASSERT_EQ(t, fake_unmap_calls, calls);
	ASSERT_EQ(t, fake_mapped, mapped);
	if (what)
		ASSERT_NOT_NULL(t, shim_printk_find(line0, what));
	ASSERT_NOT_NULL(t, shim_printk_find(line0, "called from"));
	ASSERT_TRUE(t, check(t, false));
}

/* ---- cases ---- */

static void first_fit_reuses_the_lowest_hole(struct htest *t)
{
	unsigned long s = WINDOW_START;
	void *a, *b, *c, *d, *e, *f, *g;

	begin(t);
	a = do_vmalloc(t, PAGE_SIZE, 0); /* [s, s+2): a page and its guard */
	b = do_vmalloc(t, 2 * PAGE_SIZE, 0); /* [s+2, s+5) */
	c = do_vmalloc(t, PAGE_SIZE, 0); /* [s+5, s+7) */
	EXPECT_EQ(t, (unsigned long)a, s);
	EXPECT_EQ(t, (unsigned long)b, s + 2 * PAGE_SIZE);
	EXPECT_EQ(t, (unsigned long)c, s + 5 * PAGE_SIZE);
	do_vfree(t, model_find(s));
	d = do_vmalloc(t, 100, 0); /* the first hole, exactly */
	EXPECT_EQ(t, (unsigned long)d, s);
	do_vfree(t, model_find(s + 2 * PAGE_SIZE)); /* a 3-page hole at s+2 */
	e = do_vmalloc(t, 3 * PAGE_SIZE, 0); /* needs 4: after c */
	EXPECT_EQ(t, (unsigned long)e, s + 7 * PAGE_SIZE);
	f = do_vmalloc(t, PAGE_SIZE + 1, 0); /* 2 pages + guard: the hole, exactly */
	EXPECT_EQ(t, (unsigned long)f, s + 2 * PAGE_SIZE);
	g = do_vmalloc(t, PAGE_SIZE, 0); /* no hole left below: after e */
	EXPECT_EQ(t, (unsigned long)g, s + 11 * PAGE_SIZE);
	/* two holes, a small low one and a large high one */
	do_vfree(t, model_find(s)); /* [s, s+2) */
	do_vfree(t, model_find(s + 7 * PAGE_SIZE)); /* [s+7, s+11) */
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, 2 * PAGE_SIZE, 0), s + 7 * PAGE_SIZE);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 13 * PAGE_SIZE);
	EXPECT_TRUE(t, check(t, true));
	free_all(t);
	expect_clean(t);
}

/*
 * The search may resume after the area it placed last; freeing that very
 * area, or one below it, must not hide the hole from the next search.
 */
static void freeing_the_last_placed_area_reopens_its_hole(struct htest *t)
{
	unsigned long s = WINDOW_START;
	void *x;

	begin(t);
	do_vmalloc(t, PAGE_SIZE, 0); /* [s, s+2) */
	do_vmalloc(t, 3 * PAGE_SIZE, 0); /* [s+2, s+6) */
	do_vmalloc(t, PAGE_SIZE, 0); /* [s+6, s+8), placed last */
	do_vfree(t, model_find(s + 2 * PAGE_SIZE)); /* below the last placed */
	x = do_vmalloc(t, 3 * PAGE_SIZE, 0); /* the hole: placed last, with a next */
	EXPECT_EQ(t, (unsigned long)x, s + 2 * PAGE_SIZE);
	do_vfree(t, model_find((unsigned long)x)); /* the area placed last */
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 2 * PAGE_SIZE);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 4 * PAGE_SIZE);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 8 * PAGE_SIZE);
	/* the same with a vmalloc whose mapping fails: its area goes as it came */
	do_vfree(t, model_find(s + 4 * PAGE_SIZE));
	fake_fail_after = 1;
	EXPECT_PTR_EQ(t, vmalloc(PAGE_SIZE), NULL);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 4 * PAGE_SIZE);
	/* a request a skipped hole could hold goes there, not after the last placed */
	do_vfree(t, model_find(s + 2 * PAGE_SIZE)); /* a 2-page hole at s+2 */
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, 2 * PAGE_SIZE, 0), s + 10 * PAGE_SIZE);
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 2 * PAGE_SIZE);
	/* a range or an alignment of its own, then the usual request again */
	do_vfree(t, model_find(s + 6 * PAGE_SIZE));
	EXPECT_NOT_NULL(t, do_get_area(t, PAGE_SIZE, 0, s + 20 * PAGE_SIZE, s + 30 * PAGE_SIZE));
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 6 * PAGE_SIZE);
	EXPECT_NOT_NULL(t, do_get_area(t, PAGE_SIZE, 16 * PAGE_SIZE, VMALLOC_START, VMALLOC_END));
	do_vfree(t, model_find(s + 6 * PAGE_SIZE));
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), s + 6 * PAGE_SIZE);
	EXPECT_TRUE(t, check(t, true));
	free_all(t);
	expect_clean(t);
}

static void alignment_honoured(struct htest *t)
{
	static const unsigned long aligns[] = {
		0,	   1,	    PAGE_SIZE, 2 * PAGE_SIZE, 3 * PAGE_SIZE,
		64 * 1024, 1 * MiB, 2 * MiB,   8 * MiB,	      16 * MiB
	};
	struct vm_struct *v;
	unsigned int i, round;

	begin(t);
	for (round = 0; round < 3; round++) {
		for (i = 0; i < ARRAY_LEN(aligns); i++) {
			unsigned long align = aligns[i];

			v = do_get_area(t, (i + 1) * PAGE_SIZE, align, VMALLOC_START, VMALLOC_END);
			ASSERT_NOT_NULL(t, v);
			if (align >= PAGE_SIZE && !(align & (align - 1)))
				EXPECT_EQ(t, (unsigned long)v->addr & (align - 1), 0ul);
			/* a page between, so the next one has to move up to its alignment */
			ASSERT_NOT_NULL(t,
					do_get_area(t, PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END));
		}
		ASSERT_TRUE(t, check(t, true));
	}
	/* an alignment bigger than the window, and one that fits only at its start */
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 1ul << 40, VMALLOC_START, VMALLOC_END), NULL);
	free_all(t);
	/* 0xc8000000 is below the start: the first 64 MiB boundary inside is 0xcc000000 */
	v = do_get_area(t, PAGE_SIZE, 64 * MiB, VMALLOC_START, VMALLOC_END);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, 0xcc000000ul);
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 128 * MiB, VMALLOC_START, VMALLOC_END), NULL);
	v = do_get_area(t, PAGE_SIZE, 8 * MiB, VMALLOC_START, VMALLOC_END);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, WINDOW_START);
	free_all(t);
	expect_clean(t);
}

/* The guard page: never mapped, and a neighbour begins at the earliest right after it. */
static void one_guard_page_after_every_area(struct htest *t)
{
	unsigned long long seed = 7;
	unsigned int i;

	begin(t);
	for (i = 0; i < 200; i++) {
		unsigned long size = (htest_rand_below(&seed, 16) + 1) * PAGE_SIZE -
				     htest_rand_below(&seed, PAGE_SIZE);
		unsigned int kind = htest_rand_below(&seed, 4);

		if (kind == 0)
			ASSERT_NOT_NULL(t, do_vmap(t, htest_rand_below(&seed, 8) + 1, GFP_KERNEL));
		else if (kind == 1)
			ASSERT_NOT_NULL(t, do_ioremap(t, 0x10000000 + i * PAGE_SIZE, 1 + i % 3));
		else
			ASSERT_NOT_NULL(t, do_vmalloc(t, size, htest_rand_below(&seed, 4)));
	}
	ASSERT_TRUE(t, check(t, true));
	for (i = 0; i + 1 < nr_live; i++) {
		EXPECT_EQ(t, live[i].addr + live[i].size, live[i + 1].addr); /* packed */
		EXPECT_FALSE(t, fake_pte(live[i + 1].addr - PAGE_SIZE)->mapped);
	}
	/* free every other one; the rest keep their guards */
	for (i = 0; i < nr_live; i++)
		do_free(t, &live[i]);
	ASSERT_TRUE(t, check(t, true));
	free_all(t);
	expect_clean(t);
}

/* Fill the window with 1-page areas; free every other: half the space free, no 2 pages. */
static void fragmentation_and_reuse(struct htest *t)
{
	unsigned long slots = 1 * MiB / (2 * PAGE_SIZE), i;
	struct vm_struct *v;

	begin_window(t, WINDOW_START, 1 * MiB);
	for (i = 0; i < slots; i++)
		ASSERT_NOT_NULL(t, do_get_area(t, PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END));
	EXPECT_EQ(t, live[nr_live - 1].addr + live[nr_live - 1].size, VMALLOC_END);
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END), NULL);
	EXPECT_PTR_EQ(t, vmalloc(PAGE_SIZE), NULL);
	for (i = 0; i < nr_live; i++)
		do_free_area(t, &live[i]);
	EXPECT_EQ(t, nr_live, slots / 2);
	ASSERT_TRUE(t, check(t, true));
	/* every hole is one page and its guard: a 2-page area fits none */
	EXPECT_PTR_EQ(t, do_get_area(t, 2 * PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END), NULL);
	/* 1-page areas refill the holes from the bottom up */
	for (i = 0; i < slots / 2; i++) {
		v = do_get_area(t, PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END);
		ASSERT_NOT_NULL(t, v);
		EXPECT_EQ(t, (unsigned long)v->addr, VMALLOC_START + (4 * i) * PAGE_SIZE);
	}
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END), NULL);
	/* free a run of 3 neighbours: their 6 pages take a 5-page area */
	do_free_area(t, model_find(VMALLOC_START + 20 * PAGE_SIZE));
	do_free_area(t, model_find(VMALLOC_START + 22 * PAGE_SIZE));
	do_free_area(t, model_find(VMALLOC_START + 24 * PAGE_SIZE));
	v = do_get_area(t, 5 * PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, VMALLOC_START + 20 * PAGE_SIZE);
	ASSERT_TRUE(t, check(t, true));
	free_all(t);
	/* and once empty, the whole window is one area (its guard is the last page) */
	v = do_get_area(t, 1 * MiB - PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, WINDOW_START);
	free_all(t);
	expect_clean(t);
}

static void free_in_random_order(struct htest *t)
{
	unsigned long long seed = 12345;
	unsigned int round, i;

	begin(t);
	for (round = 0; round < 20; round++) {
		unsigned int n = 10 + htest_rand_below(&seed, 150);

		for (i = 0; i < n; i++) {
			unsigned int pages = 1 + htest_rand_below(&seed, 24);

			if (htest_rand_below(&seed, 5) == 0)
				ASSERT_NOT_NULL(t, do_vmap(t, pages, GFP_KERNEL | __GFP_HIGHMEM));
			else
				ASSERT_NOT_NULL(t, do_vmalloc(t, pages * PAGE_SIZE, 0));
		}
		ASSERT_TRUE(t, check(t, true));
		while (nr_live) {
			do_free(t, &live[htest_rand_below(&seed, nr_live)]);
			ASSERT_TRUE(t, check(t, nr_live % 16 == 0));
		}
	}
	expect_clean(t);
}

static void exhaustion_and_bad_sizes(struct htest *t)
{
	unsigned long line0;
	struct vm_struct *v;
	struct page *page;

	begin_window(t, WINDOW_START, 1 * MiB);
	line0 = shim_printk_lines;
	EXPECT_PTR_EQ(t, vmalloc(0), NULL);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "zero"));
	line0 = shim_printk_lines;
	EXPECT_PTR_EQ(t, vmalloc(1 * MiB + 1), NULL);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "larger than the vmalloc area"));
	EXPECT_PTR_EQ(t, vmalloc(~0ul), NULL);
	EXPECT_PTR_EQ(t, vzalloc(~0ul - PAGE_SIZE + 2), NULL); /* PAGE_ALIGN wraps to 0 */
	EXPECT_PTR_EQ(t, vmalloc_32(1ul << 40), NULL);
	/* the whole window: no room for the guard page */
	line0 = shim_printk_lines;
	EXPECT_PTR_EQ(t, vmalloc(1 * MiB), NULL);
	EXPECT_NOT_NULL(t, shim_printk_find(line0, "no room"));
	EXPECT_PTR_EQ(t, do_get_area(t, 1 * MiB, 0, VMALLOC_START, VMALLOC_END), NULL);
	EXPECT_PTR_EQ(t, do_get_area(t, 0, 0, VMALLOC_START, VMALLOC_END), NULL);
	EXPECT_PTR_EQ(t, get_vm_area(2 * MiB, VM_ALLOC), NULL);
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	EXPECT_PTR_EQ(t, vmap(NULL, 1, 0, PAGE_KERNEL), NULL);
	EXPECT_PTR_EQ(t, vmap(&page, 0, 0, PAGE_KERNEL), NULL);
	EXPECT_PTR_EQ(t, vmap(&page, 1u << 30, 0, PAGE_KERNEL), NULL);
	__free_page(page);
	ASSERT_TRUE(t, check(t, true));
	/* one page less: the guard is the window's last page */
	ASSERT_NOT_NULL(t, do_vmalloc(t, 1 * MiB - PAGE_SIZE, 0));
	EXPECT_EQ(t, live[0].addr + live[0].size, VMALLOC_END);
	EXPECT_PTR_EQ(t, do_vmalloc(t, 1, 0), NULL);
	EXPECT_PTR_EQ(t, do_vmap(t, 1, GFP_KERNEL), NULL);
	EXPECT_PTR_EQ(t, get_vm_area(PAGE_SIZE, 0), NULL);
	free_all(t);
	/* a sub-range of the window: the area is inside it, and never past its end */
	v = do_get_area(t, PAGE_SIZE, 0, VMALLOC_START + 8 * PAGE_SIZE,
			VMALLOC_START + 10 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, VMALLOC_START + 8 * PAGE_SIZE);
	EXPECT_PTR_EQ(t,
		      do_get_area(t, PAGE_SIZE, 0, VMALLOC_START + 8 * PAGE_SIZE,
				  VMALLOC_START + 11 * PAGE_SIZE),
		      NULL);
	EXPECT_NOT_NULL(t, do_get_area(t, PAGE_SIZE, 0, VMALLOC_START + 8 * PAGE_SIZE,
				       VMALLOC_START + 12 * PAGE_SIZE));
	EXPECT_EQ(t, new_reports(), 0ul);
	free_all(t);
	expect_clean(t);
}

/* At the top of the address space an aligned address wraps to 0: never returned. */
static void window_at_the_top_of_the_address_space(struct htest *t)
{
	unsigned long end = 0ul - PAGE_SIZE, start = end - 16 * MiB, i;
	struct vm_struct *v;

	begin_window(t, start, 16 * MiB);
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 1ul << 63, start, end), NULL);
	v = do_get_area(t, PAGE_SIZE, 16 * MiB, start, end);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, ALIGN(start, 16 * MiB));
	/* past it, a 16 MiB-aligned address is 0 */
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 16 * MiB, start, end), NULL);
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 1ul << 62, start, end), NULL);
	EXPECT_PTR_EQ(t, do_get_area(t, 16 * MiB - 2 * PAGE_SIZE, 0, start, end), NULL);
	free_all(t);
	for (i = 0; i < 16 * MiB / (2 * PAGE_SIZE); i++)
		ASSERT_NOT_NULL(t, i % 2 ? do_vmalloc(t, PAGE_SIZE, 0) :
					   do_get_area(t, PAGE_SIZE, 0, start, end));
	EXPECT_EQ(t, live[nr_live - 1].addr + live[nr_live - 1].size, end);
	EXPECT_PTR_EQ(t, do_vmalloc(t, PAGE_SIZE, 0), NULL);
	EXPECT_PTR_EQ(t, do_get_area(t, PAGE_SIZE, 0, start, end), NULL);
	ASSERT_TRUE(t, check(t, true));
	free_all(t);
	v = do_get_area(t, 16 * MiB - PAGE_SIZE, 0, start, end);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, (unsigned long)v->addr, start);
	free_all(t);
	expect_clean(t);
}

/* Where vmalloc's pages come from, what vzalloc and vmalloc_32 give, and they all come back. */
static void pages_come_and_go(struct htest *t)
{
	struct page *dirty[64];
	unsigned long free0, i, n;
	struct vm_struct *v;
	unsigned char *p;

	begin(t);
	free0 = nr_free_pages();
	/* HIGHMEM first, as long as it has pages */
	p = do_vmalloc(t, 1 * MiB, 0);
	ASSERT_NOT_NULL(t, p);
	v = find_vm_area(p);
	for (i = n = 0; i < v->nr_pages; i++)
		n += PageHighMem(v->pages[i]);
	EXPECT_EQ(t, n, (unsigned long)v->nr_pages);
	/* the pages need not be contiguous, but each is a distinct page */
	EXPECT_LE(t, nr_free_pages(), free0 - v->nr_pages);
	for (i = 0; i < v->nr_pages; i++) {
		EXPECT_PTR_EQ(t, vmalloc_to_page(p + i * PAGE_SIZE + 123), v->pages[i]);
		EXPECT_EQ(t, vmalloc_to_pfn(p + i * PAGE_SIZE), page_to_pfn(v->pages[i]));
	}
	EXPECT_PTR_EQ(t, vmalloc_to_page(p + v->nr_pages * PAGE_SIZE), NULL); /* guard */
	EXPECT_EQ(t, vmalloc_to_pfn(p + v->nr_pages * PAGE_SIZE), 0ul);
	/* vmalloc_32: never HIGHMEM (do_vmalloc checks each page) */
	p = do_vmalloc(t, 64 * PAGE_SIZE, 2);
	ASSERT_NOT_NULL(t, p);
	/*
	 * vzalloc on pages full of data: zeroed, every byte (do_vmalloc
	 * checks). The per-cpu list is LIFO, so vzalloc gets back most of
	 * the pages vmalloc had (the rest went to the buddy past pcp->high).
	 */
	p = do_vmalloc(t, 64 * PAGE_SIZE, 0);
	ASSERT_NOT_NULL(t, p);
	v = find_vm_area(p);
	for (i = 0; i < v->nr_pages; i++) {
		void *k = kmap_atomic(v->pages[i]);

		memset(k, 0xa5, PAGE_SIZE);
		kunmap_atomic(k);
		dirty[i] = v->pages[i];
	}
	do_vfree(t, model_find((unsigned long)p));
	p = do_vmalloc(t, 64 * PAGE_SIZE, 1);
	ASSERT_NOT_NULL(t, p);
	v = find_vm_area(p);
	for (i = n = 0; i < v->nr_pages; i++) {
		unsigned int j;

		for (j = 0; j < 64; j++)
			n += v->pages[i] == dirty[j];
	}
	EXPECT_GE(t, n, 32ul);
	htest_info(t, "vzalloc reused %lu of the 64 dirty pages", n);
	/* __vmalloc maps with the protection asked for */
	p = do_vmalloc(t, 3 * PAGE_SIZE, 3);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, pgprot_val(fake_pte((unsigned long)p)->prot), pgprot_val(PAGE_KERNEL_EXEC));
	EXPECT_EQ(t, pgprot_val(fake_pte(live[0].addr)->prot), pgprot_val(PAGE_KERNEL));
	/* once HIGHMEM is used up, lowmem */
	p = do_vmalloc(t, 16 * MiB, 0);
	ASSERT_NOT_NULL(t, p);
	v = find_vm_area(p);
	EXPECT_FALSE(t, PageHighMem(v->pages[v->nr_pages - 1]));
	ASSERT_TRUE(t, check(t, true));
	EXPECT_EQ(t, new_reports(), 0ul);
	free_all(t);
	expect_clean(t);
}

/* FAQ 4.5: 8 pages in and out of the per-cpu list leave buddyinfo as it was. */
static void faq_4_5_buddyinfo_unchanged(struct htest *t)
{
	buddyinfo_t b, a;
	void *p;

	begin(t);
	vfree(vmalloc(8 * PAGE_SIZE)); /* the lists and the caches have what it needs */
	snapshot(b);
	p = vmalloc(8 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	vfree(p);
	snapshot(a);
	EXPECT_TRUE(t, same_buddyinfo(a, b));
	expect_clean(t);
}

static struct page *held[NR_PAGES];

/* The page allocator runs dry part-way: NULL, and every page taken goes back. */
static void page_allocation_failure_frees_what_it_took(struct htest *t)
{
	unsigned long line0, n = 0, reports;
	const char *msg;
	void *p;

	/* more than the RAM: the buddy runs out half-way (the pages array is 200 KiB) */
	begin_window(t, WINDOW_START, 128 * MiB);
	line0 = shim_printk_lines;
	reports = vmalloc_error_reports();
	p = vmalloc(100 * MiB);
	EXPECT_PTR_EQ(t, p, NULL);
	msg = shim_printk_find(line0, "allocation failure");
	ASSERT_NOT_NULL(t, msg);
	EXPECT_NOT_NULL(t, strstr(msg, "of 25600 pages taken"));
	EXPECT_PTR_EQ(t, strstr(msg, " 0 of"), NULL); /* it did take some */
	EXPECT_EQ(t, vmalloc_error_reports(), reports);
	EXPECT_EQ(t, fake_mapped, 0ul);
	expect_clean(t);

	/* hold all but 3 MiB; then 6 MiB fails, and 1 MiB still works */
	begin(t);
	while (nr_free_pages() > 3 * MiB / PAGE_SIZE &&
	       (held[n] = alloc_page(GFP_QUIET | __GFP_HIGHMEM)) != NULL)
		n++;
	EXPECT_PTR_EQ(t, vmalloc(6 * MiB), NULL);
	EXPECT_EQ(t, fake_mapped, 0ul);
	ASSERT_TRUE(t, check(t, true));
	ASSERT_NOT_NULL(t, do_vmalloc(t, 1 * MiB, 0));
	free_all(t);
	/* and with nothing left at all, small requests fail cleanly too */
	while ((held[n] = alloc_page(GFP_QUIET | __GFP_HIGHMEM)) != NULL)
		n++;
	EXPECT_PTR_EQ(t, vmalloc(PAGE_SIZE), NULL);
	EXPECT_PTR_EQ(t, vmalloc(64 * PAGE_SIZE), NULL);
	ASSERT_TRUE(t, check(t, true));
	while (n)
		__free_page(held[--n]);
	EXPECT_EQ(t, new_reports(), 0ul);
	expect_clean(t);
}

/* The page tables fail part-way (no pte page): vmalloc and vmap undo everything. */
static void mapping_failure_undoes_everything(struct htest *t)
{
	struct page *pages[8];
	unsigned long free0;
	buddyinfo_t now;
	unsigned int i;

	begin(t);
	ASSERT_NOT_NULL(t, do_vmalloc(t, 2 * PAGE_SIZE, 0)); /* a neighbour stays */
	for (i = 1; i <= 8; i++) {
		fake_fail_after = i;
		EXPECT_PTR_EQ(t, vmalloc(8 * PAGE_SIZE), NULL);
		EXPECT_EQ(t, fake_fail_after, 0ul);
		ASSERT_TRUE(t, check(t, true));
	}
	settled_snapshot(now);
	free0 = free_pages_in(now);
	for (i = 0; i < 8; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		ASSERT_NOT_NULL(t, pages[i]);
	}
	fake_fail_after = 5;
	EXPECT_PTR_EQ(t, vmap(pages, 8, 0, PAGE_KERNEL), NULL);
	ASSERT_TRUE(t, check(t, true));
	for (i = 0; i < 8; i++) { /* the caller's pages are untouched */
		EXPECT_EQ(t, page_ref_count(pages[i]), 1);
		__free_page(pages[i]);
	}
	settled_snapshot(now);
	EXPECT_EQ(t, free_pages_in(now), free0);
	EXPECT_EQ(t, new_reports(), 0ul);
	free_all(t);
	expect_clean(t);
}

static void ignore_vfree(const void *addr)
{
	vfree(addr);
}

static void ignore_vunmap(const void *addr)
{
	vunmap(addr);
}

static void bad_frees_are_reported_and_change_nothing(struct htest *t)
{
	unsigned long a, m, io, r, gone;
	buddyinfo_t b0, b1;

	begin(t);
	a = (unsigned long)do_vmalloc(t, 4 * PAGE_SIZE, 0);
	m = (unsigned long)do_vmap(t, 3, GFP_KERNEL);
	io = (unsigned long)do_ioremap(t, 0x10000000, 2);
	r = (unsigned long)do_get_area(t, 2 * PAGE_SIZE, 0, VMALLOC_START, VMALLOC_END)->addr;
	gone = (unsigned long)do_vmalloc(t, PAGE_SIZE, 0);
	do_vfree(t, model_find(gone));
	ASSERT_TRUE(t, a && m && io && r);
	settled_snapshot(b0);
	vfree(NULL); /* no-op, no report */
	vunmap(NULL);
	EXPECT_EQ(t, new_reports(), 0ul);

	expect_bad(t, ignore_vfree, (void *)(a + PAGE_SIZE), "nonexistent vm area");
	expect_bad(t, ignore_vfree, (void *)(a + 3 * PAGE_SIZE), "nonexistent vm area");
	expect_bad(t, ignore_vfree, (void *)(a + 4 * PAGE_SIZE), "nonexistent vm area"); /* guard */
	expect_bad(t, ignore_vfree, (void *)(a + 8), "bad address");
	expect_bad(t, ignore_vfree, (void *)gone, "nonexistent vm area"); /* a second vfree */
	expect_bad(t, ignore_vfree, (void *)m, "vmalloc did not make"); /* a vmap area */
	expect_bad(t, ignore_vfree, (void *)io, "vmalloc did not make"); /* an ioremap area */
	expect_bad(t, ignore_vfree, (void *)r, "vmalloc did not make"); /* get_vm_area alone */
	expect_bad(t, ignore_vfree, (void *)(VMALLOC_START - PAGE_SIZE), "nonexistent vm area");
	expect_bad(t, ignore_vfree, (void *)VMALLOC_END, "nonexistent vm area");
	expect_bad(t, ignore_vunmap, (void *)a, "vmap did not make"); /* a vmalloc area */
	expect_bad(t, ignore_vunmap, (void *)io, "vmap did not make");
	expect_bad(t, ignore_vunmap, (void *)(m + PAGE_SIZE), "nonexistent vm area");
	expect_bad(t, ignore_vunmap, (void *)(m + 1), "bad address");
	EXPECT_EQ(t, new_reports(), 14ul);
	ASSERT_TRUE(t, check(t, true));
	settled_snapshot(b1);
	EXPECT_TRUE(t, same_buddyinfo(b0, b1));
	/* and the right calls still work */
	free_all(t);
	expect_bad(t, ignore_vfree, (void *)a, "nonexistent vm area");
	expect_clean(t);
}

static void vmap_maps_the_callers_pages_in_order(struct htest *t)
{
	struct page **pages;
	unsigned int i;
	char *p;

	begin(t);
	p = do_vmap(t, 16, GFP_KERNEL | __GFP_HIGHMEM);
	ASSERT_NOT_NULL(t, p);
	pages = live[0].pages;
	for (i = 0; i < 16; i++) {
		EXPECT_PTR_EQ(t, fake_pte((unsigned long)p + i * PAGE_SIZE)->page, pages[i]);
		EXPECT_PTR_EQ(t, vmalloc_to_page(p + i * PAGE_SIZE + PAGE_SIZE - 1), pages[i]);
	}
	EXPECT_PTR_EQ(t, find_vm_area(p)->pages, NULL); /* not kept: the caller's */
	EXPECT_EQ(t, find_vm_area(p)->flags, VM_MAP);
	ASSERT_TRUE(t, check(t, true));
	do_vunmap(t, &live[0]); /* checks the pages stayed allocated, then frees them */
	/* the same pages twice, and in reverse: what the caller passes, in its order */
	pages = host_malloc(4 * sizeof(*pages));
	pages[0] = pages[3] = alloc_page(GFP_KERNEL);
	pages[1] = pages[2] = alloc_page(GFP_KERNEL);
	p = vmap(pages, 4, 0, PAGE_KERNEL);
	ASSERT_NOT_NULL(t, p);
	for (i = 0; i < 4; i++)
		EXPECT_PTR_EQ(t, vmalloc_to_page(p + i * PAGE_SIZE), pages[i]);
	vunmap(p);
	EXPECT_EQ(t, fake_mapped, 0ul);
	/* VM_ALLOC in vmap's flags is dropped: vfree must still refuse (review found a NULL deref) */
	p = vmap(pages, 2, VM_ALLOC, PAGE_KERNEL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, find_vm_area(p)->flags, VM_MAP);
	i = vmalloc_error_reports();
	vfree(p);
	EXPECT_EQ(t, vmalloc_error_reports(), i + 1);
	EXPECT_EQ(t, page_ref_count(pages[0]), 1);
	vunmap(p);
	EXPECT_EQ(t, fake_mapped, 0ul);
	__free_page(pages[0]);
	__free_page(pages[1]);
	host_free(pages);
	expect_clean(t);
}

static void lookups(struct htest *t)
{
	struct vm_struct *v, *w;
	char *p, *q;

	begin(t);
	EXPECT_TRUE(t, is_vmalloc_addr((void *)VMALLOC_START));
	EXPECT_TRUE(t, is_vmalloc_addr((void *)(VMALLOC_END - 1)));
	EXPECT_FALSE(t, is_vmalloc_addr((void *)VMALLOC_END));
	EXPECT_FALSE(t, is_vmalloc_addr((void *)(VMALLOC_START - 1)));
	EXPECT_FALSE(t, is_vmalloc_addr(host_ram));
	EXPECT_PTR_EQ(t, vmalloc_to_page(host_ram), NULL);
	EXPECT_PTR_EQ(t, vmalloc_to_page((void *)VMALLOC_START), NULL);
	p = do_vmalloc(t, 3 * PAGE_SIZE, 0);
	q = do_vmalloc(t, PAGE_SIZE, 0);
	v = find_vm_area(p);
	w = find_vm_area(q);
	ASSERT_TRUE(t, v && w);
	EXPECT_EQ(t, get_vm_area_size(v), 3 * PAGE_SIZE);
	EXPECT_PTR_EQ(t, v->next, w);
	EXPECT_PTR_EQ(t, find_vm_area(p + PAGE_SIZE), NULL);
	EXPECT_PTR_EQ(t, find_vm_area_containing(p), v);
	EXPECT_PTR_EQ(t, find_vm_area_containing(p + 3 * PAGE_SIZE + 5), v); /* its guard */
	EXPECT_PTR_EQ(t, find_vm_area_containing(q), w);
	EXPECT_PTR_EQ(t, find_vm_area_containing(q + 2 * PAGE_SIZE), NULL);
	EXPECT_PTR_EQ(t, find_vm_area_containing((void *)(VMALLOC_START - 1)), NULL);
	/*
	 * remove_vm_area unlinks (the next lookup misses) and touches nothing
	 * else; the caller unmaps, frees the pages, and free_vm_area frees
	 * the vm_struct it took.
	 */
	EXPECT_PTR_EQ(t, remove_vm_area(q), w);
	EXPECT_PTR_EQ(t, find_vm_area(q), NULL);
	EXPECT_PTR_EQ(t, find_vm_area_containing(q), NULL);
	EXPECT_PTR_EQ(t, remove_vm_area(q), NULL);
	EXPECT_PTR_EQ(t, v->next, NULL);
	EXPECT_TRUE(t, fake_pte((unsigned long)q)->mapped);
	model_del(model_find((unsigned long)q));
	EXPECT_TRUE(t, check(t, false));
	vunmap_range((unsigned long)q, (unsigned long)q + get_vm_area_size(w));
	__free_page(w->pages[0]);
	kfree(w->pages);
	free_vm_area(w);
	EXPECT_EQ(t, new_reports(), 0ul);
	/* the hole it left is found again */
	EXPECT_EQ(t, (unsigned long)do_vmalloc(t, PAGE_SIZE, 0), (unsigned long)q);
	free_all(t);
	expect_clean(t);
}

static bool has(const char *line, const char *word)
{
	return line && strstr(line, word);
}

static void vmallocinfo_lists_every_area(struct htest *t)
{
	char *p, *m, *io, caller[32];
	struct vm_struct *v;
	const char *text, *l;

	begin(t);
	p = do_vmalloc(t, 3 * PAGE_SIZE, 0);
	m = do_vmap(t, 2, GFP_KERNEL);
	io = do_ioremap(t, 0x1000a000, 1);
	ASSERT_TRUE(t, p && m && io);
	text = capture_vmallocinfo();
	l = info_line(text, (unsigned long)p);
	htest_info(t, "%s", l ? l : "(none)");
	v = find_vm_area(p);
	EXPECT_TRUE(t, (const char *)v->caller > (const char *)do_vmalloc &&
			       (const char *)v->caller < (const char *)do_vmalloc + 65536);
	snprintf(caller, sizeof(caller), " 0x%08lx ", (unsigned long)v->caller);
	EXPECT_TRUE(t, has(l, caller));
	EXPECT_TRUE(t, has(l, "pages=3 "));
	EXPECT_TRUE(t, has(l, " vmalloc"));
	EXPECT_FALSE(t, has(l, "phys="));
	EXPECT_TRUE(t, has(l, "   16384 ")); /* the size, guard included */
	l = info_line(text, (unsigned long)m);
	EXPECT_TRUE(t, has(l, "pages=2 ") && has(l, " vmap") && !has(l, " vmalloc"));
	l = info_line(text, (unsigned long)io);
	htest_info(t, "%s", l ? l : "(none)");
	EXPECT_TRUE(t, has(l, "phys=0x1000a000") && has(l, " ioremap") && !has(l, "pages="));
	free_all(t);
	expect_clean(t);
}

/* ---- random sequences ---- */

#define RANDOM_OPS 100000

static unsigned long random_size(unsigned long long *seed)
{
	unsigned int r = htest_rand_below(seed, 100);
	unsigned long pages;

	if (r < 70)
		pages = 1 + htest_rand_below(seed, 8);
	else if (r < 95)
		pages = 1 + htest_rand_below(seed, 64);
	else
		pages = 1 + htest_rand_below(seed, 512);
	return pages * PAGE_SIZE - (r & 1 ? htest_rand_below(seed, PAGE_SIZE) : 0);
}

/* A random page-aligned sub-range of the window. */
static void random_range(unsigned long long *seed, unsigned long *start, unsigned long *end)
{
	unsigned int pages = (VMALLOC_END - VMALLOC_START) >> PAGE_SHIFT;
	unsigned int a = htest_rand_below(seed, pages), b = htest_rand_below(seed, pages + 1);

	*start = VMALLOC_START + ((unsigned long)(a < b ? a : b) << PAGE_SHIFT);
	*end = VMALLOC_START + ((unsigned long)(a < b ? b : a) << PAGE_SHIFT);
}

/* One bad free of a random kind on a random live area (or a freed address). */
static void random_bad_free(struct htest *t, unsigned long long *seed, unsigned long freed)
{
	struct live *l = &live[htest_rand_below(seed, nr_live)];
	unsigned int kind = htest_rand_below(seed, 5);

	if (kind == 0 && freed && !model_find(freed))
		expect_bad(t, ignore_vfree, (void *)freed, "nonexistent");
	else if (kind == 1)
		expect_bad(t, ignore_vfree, (void *)(l->addr + l->size - PAGE_SIZE), "nonexistent");
	else if (kind == 2)
		expect_bad(t, l->flags & VM_ALLOC ? ignore_vfree : ignore_vunmap,
			   (void *)(l->addr + 1 + htest_rand_below(seed, PAGE_SIZE - 1)),
			   "bad address");
	else if (kind == 3 && !(l->flags & VM_ALLOC))
		expect_bad(t, ignore_vfree, (void *)l->addr, "vmalloc did not make");
	else if (kind == 4 && !(l->flags & VM_MAP))
		expect_bad(t, ignore_vunmap, (void *)l->addr, "vmap did not make");
}

/*
 * RANDOM_OPS operations, each checked against the model: vmalloc (its
 * four kinds), vmap, __get_vm_area_node over random sub-ranges and
 * alignments, ioremap-style areas, vmallocs whose mapping fails part-way,
 * bad frees, and frees of random areas. In a small window most requests
 * land in holes between live areas, next to the area placed last.
 */
static void random_operations(struct htest *t, bool walk_only, unsigned long window)
{
	unsigned long long seed = 0x5ee373aed4a43699ull;
	unsigned long op, freed = 0, allocs = 0, nulls = 0, bad = 0, injected = 0;
	unsigned int max_live = 0;

	begin_window(t, WINDOW_START, window);
	vmlist_walk_only = walk_only;
	for (op = 0; op < RANDOM_OPS; op++) {
		unsigned int r = htest_rand_below(&seed, 100);
		unsigned int alloc_pct = nr_live < 64 ? 60 : nr_live < 256 ? 50 : 40;
		unsigned long reports = vmalloc_error_reports();
		void *p = NULL;

		if (r < alloc_pct || !nr_live) {
			unsigned int what = htest_rand_below(&seed, 20);
			unsigned long start, end;

			if (what < 12) {
				p = do_vmalloc(t, random_size(&seed), what & 3);
			} else if (what < 15) {
				p = do_vmap(t, 1 + htest_rand_below(&seed, 16),
					    what & 1 ? GFP_KERNEL : GFP_KERNEL | __GFP_HIGHMEM);
			} else if (what < 17) {
				random_range(&seed, &start, &end);
				p = do_get_area(t, random_size(&seed),
						PAGE_SIZE << htest_rand_below(&seed, 12), start,
						end);
			} else if (what < 19) {
				p = do_ioremap(
					t, 0x10000000 + htest_rand_below(&seed, 1024) * PAGE_SIZE,
					1 + htest_rand_below(&seed, 4));
			} else {
				/* a mapping that fails part-way: nothing changes */
				unsigned long pages = 1 + htest_rand_below(&seed, 16);

				fake_fail_after = 1 + htest_rand_below(&seed, pages);
				p = vmalloc(pages * PAGE_SIZE);
				EXPECT_PTR_EQ(t, p, NULL);
				fake_fail_after = 0;
				injected++;
				p = (void *)1;
			}
			allocs++;
			nulls += !p;
		} else if (r < alloc_pct + 5) {
			random_bad_free(t, &seed, freed);
			bad += vmalloc_error_reports() - reports;
			reports = vmalloc_error_reports();
		} else {
			struct live *l = &live[htest_rand_below(&seed, nr_live)];

			freed = l->addr;
			do_free(t, l);
		}
		ASSERT_EQ(t, vmalloc_error_reports(), reports);
		ASSERT_TRUE(t, check(t, op % 1000 == 999));
		if (nr_live > max_live)
			max_live = nr_live;
	}
	htest_info(t,
		   "%lu operations: %lu allocations (%lu NULL: no room), %lu bad frees, "
		   "%lu mapping failures; at most %u live areas",
		   op, allocs, nulls, bad, injected, max_live);
	EXPECT_GT(t, nulls, 0ul); /* the window did fill up */
	EXPECT_EQ(t, new_reports(), bad);
	free_all(t);
	expect_clean(t);
	vmlist_walk_only = false;
}

/* The search resuming after the last area placed (free_vm_cache) against the model. */
static void random_operations_cached_search(struct htest *t)
{
	random_operations(t, false, 16 * MiB);
}

/* The same in a window that is full most of the time. */
static void random_operations_cached_search_crowded(struct htest *t)
{
	random_operations(t, false, 1 * MiB);
}

/* The document's walk from the head of vmlist, every time. */
static void random_operations_full_walk(struct htest *t)
{
	random_operations(t, true, 16 * MiB);
}

static const struct htest_case cases[] = {
	HTEST_CASE(first_fit_reuses_the_lowest_hole),
	HTEST_CASE(freeing_the_last_placed_area_reopens_its_hole),
	HTEST_CASE(alignment_honoured),
	HTEST_CASE(one_guard_page_after_every_area),
	HTEST_CASE(fragmentation_and_reuse),
	HTEST_CASE(free_in_random_order),
	HTEST_CASE(exhaustion_and_bad_sizes),
	HTEST_CASE(window_at_the_top_of_the_address_space),
	HTEST_CASE(pages_come_and_go),
	HTEST_CASE(faq_4_5_buddyinfo_unchanged),
	HTEST_CASE(page_allocation_failure_frees_what_it_took),
	HTEST_CASE(mapping_failure_undoes_everything),
	HTEST_CASE(bad_frees_are_reported_and_change_nothing),
	HTEST_CASE(vmap_maps_the_callers_pages_in_order),
	HTEST_CASE(lookups),
	HTEST_CASE(vmallocinfo_lists_every_area),
	HTEST_CASE(random_operations_cached_search),
	HTEST_CASE(random_operations_cached_search_crowded),
	HTEST_CASE(random_operations_full_walk),
};
static const struct htest_suite suite = HTEST_SUITE("vmalloc", cases);
HTEST_MAIN(&suite);
