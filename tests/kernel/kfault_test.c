// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "kfault": the kernel side of the fault path that the vmalloc area
 * needs (issue 5).
 *
 *  - copy_from_kernel_nofault / copy_to_kernel_nofault: -EFAULT instead of
 *    an Oops for unmapped, NULL, guard, freed and read-only addresses; exact
 *    copies for every small size and alignment; never a dst byte written
 *    beyond the bytes read;
 *  - the exception table: sorted at boot, every entry found by the binary
 *    search, fixups whose entries are linked out of order still work;
 *  - pgd_alloc / pgd_free: the kernel part copied, the user part empty,
 *    user pte tables freed with the pgd;
 *  - the lazy L1 sync: with TTBR0 on a second pgd, an L1 entry added to
 *    swapper_pg_dir after pgd_alloc reaches it in do_translation_fault on
 *    first use;
 *  - the Oops text of a provoked NULL dereference, checked without dying.
 *
 * A case that switches TTBR0 uses no ASSERT between the switch and the
 * switch back (an ASSERT leaves the case at once): it records what it
 * sees, restores swapper_pg_dir, then checks.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/uaccess.h>
#include <kernel/vmalloc.h>
#include <asm/extable.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include "../../arch/arm/mm/fault.h"

/*
 * An address nothing maps at any memory size: 1 MiB into the
 * VMALLOC_OFFSET gap after lowmem (as the exceptions suite picks it).
 */
#define UNMAPPED ((unsigned long)high_memory + SECTION_SIZE)

/*
 * int kfault_two_loads(const u32 *a, const u32 *b): loads *a, then *b.
 * Returns 0, or 1 if the load from a faulted, 2 if the load from b did.
 * Its two __ex_table entries are emitted in reverse address order, so the
 * table as linked is out of order here: the fixups are found only because
 * sort_main_extable sorted it at boot.
 */
int kfault_two_loads(const u32 *a, const u32 *b);
__asm__(".pushsection .text, \"ax\"\n"
	"	.arm\n"
	"	.align	2\n"
	"	.globl	kfault_two_loads\n"
	"	.type	kfault_two_loads, %function\n"
	"kfault_two_loads:\n"
	"1:	ldr	r2, [r0]\n"
	"2:	ldr	r3, [r1]\n"
	"	mov	r0, #0\n"
	"	bx	lr\n"
	"8:	mov	r0, #1\n"
	"	bx	lr\n"
	"9:	mov	r0, #2\n"
	"	bx	lr\n"
	"	.size	kfault_two_loads, . - kfault_two_loads\n"
	"	.pushsection __ex_table, \"a\"\n"
	"	.align	2\n"
	"	.long	2b, 9b\n"
	"	.long	1b, 8b\n"
	"	.popsection\n"
	".popsection\n");

/* Free pages, with the per-cpu lists drained: before == after means no leak. */
static unsigned long free_pages_now(void)
{
	drain_local_pages(NULL);
	return nr_free_pages();
}

/* ---- copy_from_kernel_nofault / copy_to_kernel_nofault ---- */

/*
 * Runs copy_{from,to}_kernel_nofault with the fault catcher armed: *caught
 * says whether a fault got past the exception table to the catcher (the
 * point where an Oops would have been printed). The setjmp lives here, so
 * the cases' locals are never live across it.
 */
static long nofault_armed(bool to, void *dst, const void *src, size_t n, bool *caught)
{
	struct ktest_fault f;
	volatile long ret = 1;

	if (to)
		KTEST_EXPECT_FAULT(&f, ret = copy_to_kernel_nofault(dst, src, n));
	else
		KTEST_EXPECT_FAULT(&f, ret = copy_from_kernel_nofault(dst, src, n));
	*caught = f.caught;
	return ret;
}

#define POISON 0xa5

static void fill_pattern(u8 *p, unsigned int n, u8 seed)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		p[i] = (u8)(seed + i * 7);
}

/* One copy into a poisoned dst: right result, right bytes, the neighbours intact? */
static bool copy_ok(bool to, u8 *dst, const u8 *src, unsigned int n)
{
	long ret;

	memset(dst - 8, POISON, n + 16);
	ret = to ? copy_to_kernel_nofault(dst, src, n) : copy_from_kernel_nofault(dst, src, n);
	return ret == 0 && !memcmp(dst, src, n) && dst[-1] == POISON && dst[n] == POISON;
}

/* Every size 0..40 from every src alignment to every dst alignment; how many went wrong. */
static unsigned int bad_copies(struct ktest *t, bool to)
{
	static u8 src[64] __aligned(8), dst[64] __aligned(8);
	unsigned int so, d_o, n, bad = 0;

	fill_pattern(src, sizeof(src), 1);
	for (so = 0; so < 4; so++)
		for (d_o = 0; d_o < 4; d_o++)
			for (n = 0; n <= 40; n++)
				if (!copy_ok(to, dst + 8 + d_o, src + so, n) && !bad++)
					ktest_info(t, "first bad copy_%s: src+%u dst+%u size %u",
						   to ? "to" : "from", so, d_o, n);
	return bad;
}

static void nofault_copies_every_size_and_alignment(struct ktest *t)
{
	EXPECT_EQ(t, bad_copies(t, false), 0u);
	EXPECT_EQ(t, bad_copies(t, true), 0u);
}

/* A whole page, word aligned, and a larger odd copy: the word loop. */
static void nofault_copies_a_page(struct ktest *t)
{
	unsigned long s = __get_free_page(GFP_KERNEL), d = __get_free_page(GFP_KERNEL);

	if (!s || !d) {
		free_page(s);
		free_page(d);
		ktest_skip(t, "no free page");
	}
	fill_pattern((u8 *)s, PAGE_SIZE, 3);
	memset((void *)d, 0, PAGE_SIZE);
	EXPECT_EQ(t, copy_from_kernel_nofault((void *)d, (void *)s, PAGE_SIZE), 0);
	EXPECT_MEMEQ(t, (void *)d, (void *)s, PAGE_SIZE);
	memset((void *)d, 0, PAGE_SIZE);
	EXPECT_EQ(t, copy_from_kernel_nofault((void *)(d + 1), (void *)(s + 1), PAGE_SIZE - 3), 0);
	EXPECT_MEMEQ(t, (void *)(d + 1), (void *)(s + 1), PAGE_SIZE - 3);
	EXPECT_EQ(t, ((u8 *)d)[0], 0);
	EXPECT_EQ(t, ((u8 *)d)[PAGE_SIZE - 2], 0);
	free_page(s);
	free_page(d);
}

/*
 * An unmapped source: -EFAULT, dst untouched, and no Oops -- not even a
 * fault offered to the catcher, which the fixup comes before.
 */
static void nofault_from_unmapped_returns_efault(struct ktest *t)
{
	u8 dst[16];
	unsigned int i, size;
	bool caught;

	for (size = 1; size <= sizeof(dst); size += 5) {
		memset(dst, POISON, sizeof(dst));
		EXPECT_EQ(t, nofault_armed(false, dst, (void *)UNMAPPED, size, &caught), -EFAULT);
		EXPECT_FALSE(t, caught);
		for (i = 0; i < sizeof(dst); i++)
			EXPECT_EQ(t, dst[i], POISON);
	}
	EXPECT_EQ(t, copy_from_kernel_nofault(dst, (void *)(UNMAPPED + 3), 9), -EFAULT);
}

static void nofault_from_null_returns_efault(struct ktest *t)
{
	u32 v = 0x600df00d;
	u8 b = 0x5a;

	EXPECT_EQ(t, copy_from_kernel_nofault(&v, NULL, sizeof(v)), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(&b, NULL, 1), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(&v, (void *)3, 3), -EFAULT);
	EXPECT_EQ_HEX(t, v, 0x600df00dUL);
	EXPECT_EQ(t, b, 0x5a);
	EXPECT_EQ(t, copy_from_kernel_nofault(&v, NULL, 0), 0);	/* nothing to read */
}

/*
 * A source that runs off the end of lowmem into the unmapped gap: -EFAULT,
 * and no dst byte past the last readable one is written; the bytes that
 * were written hold the source's values.
 */
static void nofault_stops_at_the_first_bad_byte(struct ktest *t)
{
	const u8 *end = high_memory;
	u8 dst[24];
	unsigned int k, d_o, i, bad = 0;

	for (k = 1; k <= 9; k++) {		/* readable bytes before the gap */
		for (d_o = 0; d_o < 4; d_o++) {
			unsigned int wrong = 0;

			memset(dst, POISON, sizeof(dst));
			if (copy_from_kernel_nofault(dst + d_o, end - k, 16) != -EFAULT)
				wrong++;
			for (i = 0; i < 16; i++) {
				u8 got = dst[d_o + i];

				if (i >= k)	/* never read: never written */
					wrong += got != POISON;
				else		/* read: copied, or not yet */
					wrong += got != POISON && got != end[i - k];
			}
			if (wrong && !bad++)
				ktest_info(t, "first bad case: %u readable bytes, dst+%u", k, d_o);
		}
	}
	EXPECT_EQ(t, bad, 0u);
}

/* Stores: an unmapped or read-only destination is -EFAULT and stays as it was. */
static void nofault_to_bad_destination_returns_efault(struct ktest *t)
{
	static const u32 ro_word = 0x0dd0c0de;
	const volatile u32 *ro = &ro_word;
	u32 v = 0x11223344;
	bool caught;

	EXPECT_EQ(t, nofault_armed(true, (void *)UNMAPPED, &v, sizeof(v), &caught), -EFAULT);
	EXPECT_FALSE(t, caught);
	EXPECT_EQ(t, copy_to_kernel_nofault(NULL, &v, 1), -EFAULT);
	EXPECT_EQ(t, copy_to_kernel_nofault((void *)&ro_word, &v, sizeof(v)), -EFAULT);
	EXPECT_EQ(t, copy_to_kernel_nofault((u8 *)&ro_word + 1, &v, 2), -EFAULT);
	EXPECT_EQ_HEX(t, *ro, 0x0dd0c0deUL);
}

/* ---- a hand-made kernel mapping in the vmalloc area ---- */

/*
 * One page mapped in a pgd pair of the vmalloc area that swapper_pg_dir
 * left empty, with a pte table of its own: what vmalloc will do, by hand.
 * The page sits in the upper 1 MiB of the pair (hardware word 1), three
 * pages in, so the ptes before and after it are empty: guard pages.
 */
struct handmap {
	unsigned long addr;	/* the mapped page */
	pmd_t *pmd;		/* its pair in swapper_pg_dir */
	pte_t *ptes;		/* the pte page hooked into the pair */
	struct page *page;	/* the page mapped at addr (lowmem) */
};

/* The highest pgd pair in the vmalloc area with both words empty, or 0. */
static unsigned long free_vmalloc_pgdir(void)
{
	unsigned long a;

	for (a = VMALLOC_END - PGDIR_SIZE; a >= VMALLOC_START; a -= PGDIR_SIZE) {
		pmd_t *pmd = pmd_off_k(a);

		if (pmd_none(pmd[0]) && pmd_none(pmd[1]))
			return a;
	}
	return 0;
}

/* 0, or a reason it could not be built (nothing is left allocated). */
static const char *handmap_create(struct handmap *m, u32 seed)
{
	unsigned long base = free_vmalloc_pgdir();
	u32 *words;
	unsigned int i;

	if (!base)
		return "no free pgd pair in the vmalloc area";
	m->ptes = (pte_t *)get_zeroed_page(GFP_KERNEL);
	m->page = alloc_page(GFP_KERNEL);
	if (!m->ptes || !m->page) {
		free_page((unsigned long)m->ptes);
		if (m->page)
			__free_page(m->page);
		return "no free page";
	}
	words = page_address(m->page);
	for (i = 0; i < PAGE_SIZE / 4; i++)
		words[i] = seed + i;
	m->addr = base + SECTION_SIZE + 3 * PAGE_SIZE;
	m->pmd = pmd_off_k(m->addr);
	pmd_populate_kernel(m->pmd, m->ptes);
	set_pte_ext(pte_offset_kernel(m->pmd, m->addr), mk_pte(m->page, PAGE_KERNEL), 0);
	return NULL;
}

/* Unmaps the page (as vfree would) but keeps the table: the address is now a freed area. */
static void handmap_unmap_page(struct handmap *m)
{
	pte_clear(pte_offset_kernel(m->pmd, m->addr));
	flush_tlb_kernel_page(m->addr);
}

static void handmap_destroy(struct handmap *m)
{
	handmap_unmap_page(m);
	pmd_clear(m->pmd);
	local_flush_tlb_all();	/* the pair's entries and any walk cached through them */
	free_page((unsigned long)m->ptes);
	__free_page(m->page);
}

/* The guard pages around a mapping and the mapping once freed: -EFAULT. */
static void nofault_probes_guard_and_freed_pages(struct ktest *t)
{
	unsigned long before = free_pages_now();
	struct handmap m;
	const char *why = handmap_create(&m, 0x7e570000);
	u32 v[2] = { 0, 0 };

	if (why)
		ktest_skip(t, why);
	EXPECT_EQ(t, copy_from_kernel_nofault(v, (void *)m.addr, 8), 0);
	EXPECT_EQ_HEX(t, v[0], 0x7e570000UL);
	EXPECT_EQ_HEX(t, v[1], 0x7e570001UL);
	EXPECT_EQ(t, copy_from_kernel_nofault(v, (void *)(m.addr + PAGE_SIZE), 4), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(v, (void *)(m.addr - 4), 4), -EFAULT);
	/* straddling into the guard page: the first 4 bytes are copied, then -EFAULT */
	v[0] = v[1] = 0;
	EXPECT_EQ(t, copy_from_kernel_nofault(v, (void *)(m.addr + PAGE_SIZE - 4), 8), -EFAULT);
	EXPECT_EQ_HEX(t, v[0], 0x7e570000UL + PAGE_SIZE / 4 - 1);
	EXPECT_EQ_HEX(t, v[1], 0UL);
	handmap_unmap_page(&m);
	EXPECT_EQ(t, copy_from_kernel_nofault(v, (void *)m.addr, 4), -EFAULT);
	EXPECT_EQ(t, copy_to_kernel_nofault((void *)m.addr, v, 4), -EFAULT);
	handmap_destroy(&m);
	EXPECT_EQ(t, free_pages_now(), before);
}

/* ---- the exception table ---- */

static void extable_sorted_and_every_entry_found(struct ktest *t)
{
	const struct exception_table_entry *e, *found;
	unsigned long n = __stop___ex_table - __start___ex_table;
	unsigned int unsorted = 0, missing = 0;

	ktest_info(t, "%lu entries", n);
	EXPECT_GE(t, n, 9ul);	/* probe.S 1, copy_nofault.S 6, this file 2 */
	for (e = __start___ex_table; e < __stop___ex_table; e++) {
		if (e > __start___ex_table && e[-1].insn > e->insn)
			unsorted++;
		found = search_exception_tables(e->insn);
		if (!found || found->insn != e->insn || found->fixup != e->fixup)
			missing++;
		/* no instruction starts 2 bytes in: never found */
		if (search_exception_tables(e->insn + 2))
			missing++;
	}
	EXPECT_EQ(t, unsorted, 0u);
	EXPECT_EQ(t, missing, 0u);
	EXPECT_NULL(t, search_exception_tables(0));
	EXPECT_NULL(t, search_exception_tables(~0UL & ~3UL));
	EXPECT_NULL(t, search_exception_tables((unsigned long)kfault_two_loads + 8));
	EXPECT_NOT_NULL(t, search_exception_tables((unsigned long)kfault_two_loads));
	EXPECT_NOT_NULL(t, search_exception_tables((unsigned long)kfault_two_loads + 4));
}

/* Fills tab[0..n) in one of four orders; fixup records the original position. */
static void fill_extable(struct exception_table_entry *tab, unsigned int n, unsigned int shape,
			 u32 *rnd)
{
	unsigned int i, k;

	for (i = 0; i < n; i++) {
		switch (shape) {
		case 0:	/* already sorted */
			k = i;
			break;
		case 1:	/* reversed */
			k = n - i;
			break;
		case 2:	/* a permutation */
			k = (i * 17 + 5) % 37;
			break;
		default: /* few values, many duplicates */
			*rnd = *rnd * 1103515245 + 12345;
			k = (*rnd >> 16) % 5;
			break;
		}
		tab[i].insn = 0xc0000000 + 4 * k;
		tab[i].fixup = i;
	}
}

/* How many ways the sorted tab[0..n) or the searches in it are wrong. */
static unsigned int check_extable(const struct exception_table_entry *tab, unsigned int n)
{
	const struct exception_table_entry *e;
	unsigned int i, bad = 0;

	for (i = 1; i < n; i++) {
		bad += tab[i - 1].insn > tab[i].insn;		/* out of order */
		bad += tab[i - 1].insn == tab[i].insn &&
		       tab[i - 1].fixup > tab[i].fixup;		/* not stable */
	}
	for (i = 0; i < n; i++) {
		e = search_extable(tab, n, tab[i].insn);
		bad += !e || e->insn != tab[i].insn;		/* missing */
		bad += e && e > tab && e[-1].insn == e->insn;	/* not the first of equals */
		bad += search_extable(tab, n, tab[i].insn + 2) != NULL;
	}
	bad += search_extable(tab, n, 0xbffffffc) != NULL;	/* below and above all */
	bad += search_extable(tab, n, 0xd0000000) != NULL;
	return bad;
}

/* sort_extable and search_extable on tables of every shape and size 0..37. */
static void sort_extable_sorts_any_order(struct ktest *t)
{
	struct exception_table_entry tab[37];
	unsigned int n, shape, bad = 0;
	u32 rnd = 12345;

	for (shape = 0; shape < 4; shape++)
		for (n = 0; n <= ARRAY_SIZE(tab); n++) {
			fill_extable(tab, n, shape, &rnd);
			sort_extable(tab, tab + n);
			if (check_extable(tab, n) && !bad++)
				ktest_info(t, "first bad table: shape %u, %u entries", shape, n);
		}
	EXPECT_EQ(t, bad, 0u);
}

/* The entries kfault_two_loads linked in reverse order: each fixup still the right one. */
static void extable_fixups_linked_out_of_order(struct ktest *t)
{
	static const u32 word = 42;

	EXPECT_EQ(t, kfault_two_loads(&word, &word), 0);
	EXPECT_EQ(t, kfault_two_loads((u32 *)UNMAPPED, &word), 1);
	EXPECT_EQ(t, kfault_two_loads(&word, (u32 *)UNMAPPED), 2);
	EXPECT_EQ(t, kfault_two_loads(NULL, NULL), 1);
}

/* ---- pgd_alloc / pgd_free ---- */

static void pgd_alloc_copies_the_kernel_part(struct ktest *t)
{
	unsigned long before = free_pages_now();
	pgd_t *pgd = pgd_alloc();
	unsigned int i, user_set = 0;

	ASSERT_NOT_NULL(t, pgd);
	EXPECT_EQ_HEX(t, (unsigned long)pgd & 0x3fff, 0UL);	/* for TTBR0: 16 KiB aligned */
	EXPECT_TRUE(t, virt_addr_valid(pgd));			/* lowmem */
	EXPECT_EQ(t, USER_PTRS_PER_PGD, TASK_SIZE >> PGDIR_SHIFT);
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		user_set += pgd[i].pgd[0] || pgd[i].pgd[1];
	EXPECT_EQ(t, user_set, 0u);
	EXPECT_MEMEQ(t, pgd + USER_PTRS_PER_PGD, swapper_pg_dir + USER_PTRS_PER_PGD,
		     (PTRS_PER_PGD - USER_PTRS_PER_PGD) * sizeof(pgd_t));
	/* lowmem, the DTB window, the I/O windows and FIXADDR are all there */
	EXPECT_NE(t, pgd[pgd_index(PAGE_OFFSET)].pgd[0], 0u);
	EXPECT_NE(t, pgd[pgd_index(FDT_FIXED_BASE)].pgd[0], 0u);
	EXPECT_NE(t, pgd[pgd_index(EARLY_UART_BASE)].pgd[0], 0u);
	pgd_free(pgd);
	EXPECT_EQ(t, free_pages_now(), before);
}

/* pte tables hooked into the user part go back with the pgd. */
static void pgd_free_releases_user_pte_tables(struct ktest *t)
{
	static const unsigned long uaddr[] = {
		0x8000, 0x00200000, 0x40100000, TASK_SIZE - PAGE_SIZE,
	};
	unsigned long before = free_pages_now(), during;
	pgd_t *pgd = pgd_alloc();
	unsigned int i;

	ASSERT_NOT_NULL(t, pgd);
	during = free_pages_now();
	for (i = 0; i < ARRAY_SIZE(uaddr); i++) {
		pte_t *pte = (pte_t *)get_zeroed_page(GFP_KERNEL);

		if (!pte)
			break;
		__pmd_populate(pmd_offset(pgd + pgd_index(uaddr[i]), uaddr[i]), __pa(pte),
			       _PAGE_USER_TABLE);
	}
	EXPECT_EQ(t, i, ARRAY_SIZE(uaddr));
	EXPECT_EQ(t, free_pages_now(), during - i);
	pgd_free(pgd);
	EXPECT_EQ(t, free_pages_now(), before);
}

/* ---- the lazy L1 sync ---- */

/* What the accesses made on the second pgd saw. */
struct on_pgd {
	pgd_t *running;		/* cpu_get_pgd() while switched */
	long ret;		/* copy_from_kernel_nofault's, or 0 for a plain load */
	u32 seen, seen_next;	/* the first two words at the address */
	bool caught, caught_next, caught_gap;
	unsigned long gap_far;
};

/*
 * Switches TTBR0 to pgd, reads addr (a plain load, or through
 * copy_from_kernel_nofault), then the next word, then UNMAPPED, each with
 * the catcher armed, and switches back to swapper_pg_dir whatever
 * happened. No ASSERT in here: every path ends on swapper_pg_dir.
 */
static void read_on_pgd(pgd_t *pgd, unsigned long addr, bool nofault, struct on_pgd *r)
{
	struct ktest_fault f, g, h;
	volatile u32 seen = 0, seen_next = 0;
	volatile long ret = 1;
	u32 *dst = (u32 *)&seen;

	cpu_switch_pgd(pgd);
	r->running = cpu_get_pgd();
	if (nofault)
		KTEST_EXPECT_FAULT(&f, ret = copy_from_kernel_nofault(dst, (void *)addr, 4));
	else
		KTEST_EXPECT_FAULT(&f, seen = *(volatile u32 *)addr; ret = 0);
	KTEST_EXPECT_FAULT(&g, seen_next = ((volatile u32 *)addr)[1]);
	/* a kernel address swapper_pg_dir does not map either: still a fault */
	KTEST_EXPECT_FAULT(&h, (void)*(volatile u32 *)UNMAPPED);
	cpu_switch_pgd(swapper_pg_dir);

	r->ret = ret;
	r->seen = seen;
	r->seen_next = seen_next;
	r->caught = f.caught;
	r->caught_next = g.caught;
	r->caught_gap = h.caught;
	r->gap_far = h.far;
}

/*
 * Makes a second pgd, then a mapping in swapper_pg_dir only, reads the
 * mapping with TTBR0 on the second pgd -- with a plain load (nofault
 * false) or through copy_from_kernel_nofault -- and checks that the first
 * access synced the pair instead of faulting.
 */
static void lazy_sync_case(struct ktest *t, bool nofault)
{
	const u32 seed = nofault ? 0x10ad0000 : 0x5eed0000;
	unsigned long before = free_pages_now();
	struct on_pgd r;
	struct handmap m;
	const char *why;
	pmd_t *pmd, *gap;
	pgd_t *pgd;
	bool none_before;

	pgd = pgd_alloc();
	ASSERT_NOT_NULL(t, pgd);
	why = handmap_create(&m, seed);
	if (why) {
		pgd_free(pgd);
		ktest_skip(t, why);
	}
	pmd = pmd_offset(pgd + pgd_index(m.addr), m.addr);
	gap = pmd_offset(pgd + pgd_index(UNMAPPED), UNMAPPED);
	none_before = pmd_none(pmd[0]) && pmd_none(pmd[1]);

	read_on_pgd(pgd, m.addr, nofault, &r);

	EXPECT_PTR_EQ(t, r.running, pgd);
	EXPECT_PTR_EQ(t, cpu_get_pgd(), swapper_pg_dir);
	EXPECT_TRUE(t, none_before);		/* pgd_alloc ran before the mapping existed */
	EXPECT_FALSE(t, r.caught);
	EXPECT_EQ(t, r.ret, 0);
	EXPECT_EQ_HEX(t, r.seen, seed);
	EXPECT_FALSE(t, r.caught_next);
	EXPECT_EQ_HEX(t, r.seen_next, seed + 1);
	/* the pair was copied from swapper_pg_dir, both words */
	EXPECT_EQ_HEX(t, pmd_val(pmd[0]), pmd_val(m.pmd[0]));
	EXPECT_EQ_HEX(t, pmd_val(pmd[1]), pmd_val(m.pmd[1]));
	EXPECT_TRUE(t, pmd_table(pmd[1]));
	/* the unmapped address: caught, nothing copied */
	EXPECT_TRUE(t, r.caught_gap);
	EXPECT_EQ_HEX(t, r.gap_far, UNMAPPED);
	EXPECT_TRUE(t, pmd_none(gap[0]) && pmd_none(gap[1]));

	pgd_free(pgd);		/* first: it points at the pte table too */
	handmap_destroy(&m);
	EXPECT_EQ(t, free_pages_now(), before);
}

static void lazy_l1_sync_on_first_access(struct ktest *t)
{
	lazy_sync_case(t, false);
}

/* The sync comes before the exception table: a probe of a new mapping succeeds. */
static void lazy_l1_sync_under_copy_from_kernel_nofault(struct ktest *t)
{
	lazy_sync_case(t, true);
}

/*
 * The same through vmalloc itself: a pgd made before a 4 MiB vmalloc
 * reads every page of the area and probes the guard page after it as
 * -EFAULT. Pairs that got a new pte table for the area are synced on
 * first use; pairs whose table vmalloc kept from an earlier area were
 * copied by pgd_alloc. On a fresh boot the area needs new tables; run
 * again, it may need none (vmalloc keeps its tables), and the handmade
 * cases above are the ones that always exercise the sync.
 */
#define VSYNC_PAGES (2 * PTRS_PER_PTE)

struct vread {
	unsigned int wrong;	/* pages that read back wrong or faulted */
	long guard;		/* copy_from_kernel_nofault of the guard page */
	bool caught;		/* the plain load of the last page faulted */
	u32 last;
};

static void read_vmalloc_on_pgd(pgd_t *pgd, const u32 *p, struct vread *r)
{
	const unsigned int words = PAGE_SIZE / 4;
	volatile u32 last = 0;
	struct ktest_fault f;
	unsigned int i;
	u32 v;

	r->wrong = 0;
	cpu_switch_pgd(pgd);
	for (i = 0; i < VSYNC_PAGES; i++)
		if (copy_from_kernel_nofault(&v, p + i * words, 4) || v != i)
			r->wrong++;
	r->guard = copy_from_kernel_nofault(&v, p + VSYNC_PAGES * words, 4);
	KTEST_EXPECT_FAULT(&f, last = p[(VSYNC_PAGES - 1) * words]);
	cpu_switch_pgd(swapper_pg_dir);
	r->caught = f.caught;
	r->last = last;
}

static void lazy_l1_sync_of_a_vmalloc_area(struct ktest *t)
{
	const unsigned long size = VSYNC_PAGES * PAGE_SIZE;
	unsigned int i, lacked = 0, differ = 0;
	unsigned long a;
	struct vread r;
	pgd_t *pgd;
	u32 *p;

	pgd = pgd_alloc();
	ASSERT_NOT_NULL(t, pgd);
	p = vmalloc(size);
	if (!p) {
		pgd_free(pgd);
		ktest_skip(t, "vmalloc failed");
	}
	for (i = 0; i < VSYNC_PAGES; i++)
		p[i * (PAGE_SIZE / 4)] = i;
	for (a = (unsigned long)p & PGDIR_MASK; a < (unsigned long)p + size; a += PGDIR_SIZE)
		lacked += pmd_none(*pmd_offset(pgd + pgd_index(a), a));

	read_vmalloc_on_pgd(pgd, p, &r);

	EXPECT_EQ(t, r.wrong, 0u);
	EXPECT_EQ(t, r.guard, -EFAULT);
	EXPECT_FALSE(t, r.caught);
	EXPECT_EQ(t, r.last, VSYNC_PAGES - 1u);
	for (a = (unsigned long)p & PGDIR_MASK; a < (unsigned long)p + size; a += PGDIR_SIZE)
		differ += memcmp(pgd + pgd_index(a), pgd_offset_k(a), sizeof(pgd_t)) != 0;
	EXPECT_EQ(t, differ, 0u);	/* every pair of the area, copied or synced */
	ktest_info(t, "area at %p: %u of its pgd pairs synced on first use", p, lacked);
	pgd_free(pgd);
	vfree(p);
}

/* ---- the Oops text, checked without dying ---- */

/*
 * __do_kernel_fault formats the Oops's opening lines before it offers the
 * fault to the catcher; the case checks those lines as it would have
 * printed them. A paging request first, so a NULL report left over from
 * an earlier suite cannot pass for this one.
 */
static void null_dereference_oops_text(struct ktest *t)
{
	char want[160];
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, *(volatile u32 *)(UNMAPPED + 0x124) = 1);
	ASSERT_TRUE(t, f.caught);
	snprintf(want, sizeof(want),
		 "Unable to handle kernel paging request at virtual address %08lx\n"
		 "[%08lx] section translation fault (0x805) on write",
		 UNMAPPED + 0x124, UNMAPPED + 0x124);
	EXPECT_STREQ(t, kernel_fault_last_report(), want);

	KTEST_EXPECT_FAULT(&f, (void)*(volatile u32 *)NULL);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, 0UL);
	EXPECT_STREQ(t, kernel_fault_last_report(),
		     "Unable to handle kernel NULL pointer dereference at virtual address 00000000"
		     "\n[00000000] section translation fault (0x005) on read");
	/* the same formatter, for a jump: the prefetch-abort wording */
	kernel_fault_report(want, sizeof(want), 0x10, FSR_LNX_PF | 0x5);
	EXPECT_STREQ(t, want,
		     "Unable to handle kernel NULL pointer dereference at virtual address 00000010"
		     "\n[00000010] section translation fault (0x005) on instruction fetch");
}

static const struct ktest_case kfault_cases[] = {
	KTEST_CASE(nofault_copies_every_size_and_alignment),
	KTEST_CASE(nofault_copies_a_page),
	KTEST_CASE(nofault_from_unmapped_returns_efault),
	KTEST_CASE(nofault_from_null_returns_efault),
	KTEST_CASE(nofault_stops_at_the_first_bad_byte),
	KTEST_CASE(nofault_to_bad_destination_returns_efault),
	KTEST_CASE(nofault_probes_guard_and_freed_pages),
	KTEST_CASE(extable_sorted_and_every_entry_found),
	KTEST_CASE(sort_extable_sorts_any_order),
	KTEST_CASE(extable_fixups_linked_out_of_order),
	KTEST_CASE(pgd_alloc_copies_the_kernel_part),
	KTEST_CASE(pgd_free_releases_user_pte_tables),
	KTEST_CASE(lazy_l1_sync_on_first_access),
	KTEST_CASE(lazy_l1_sync_under_copy_from_kernel_nofault),
	KTEST_CASE(lazy_l1_sync_of_a_vmalloc_area),
	KTEST_CASE(null_dereference_oops_text),
};
KTEST_SUITE(kfault_suite, "kfault", kfault_cases);
