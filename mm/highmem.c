// SPDX-License-Identifier: GPL-2.0
/*
 * kmap()/kunmap(): long-lived kernel mappings of HIGHMEM pages in the
 * PKMAP area (seed document 001, section 3.2.4; Linux mm/highmem.c).
 *
 * PKMAP is one pte table of LAST_PKMAP slots just below PAGE_OFFSET
 * (pkmap_page_table, set up by paging_init's kmap_init). Each slot has a
 * use count, pkmap_count[nr]:
 *   0   free, and no TLB entry for it can exist;
 *   1   unused, but its pte is still set and may be cached in the TLB;
 *   n   mapped, with n - 1 users.
 * kunmap() only drops the count to 1: the pte stays, so a page mapped
 * again soon reuses its slot without any TLB work. New slots are taken
 * round-robin (last_pkmap_nr); when the search wraps to slot 0,
 * flush_all_zero_pkmaps() clears every count-1 slot and flushes the
 * PKMAP TLB range once, the cost shared by LAST_PKMAP mappings.
 *
 * page_address() of a kmapped page is found through a small hash of the
 * mapped pages (Linux's page_address_htable): struct page has no
 * `virtual` field, so this keeps the lookup at a bucket walk.
 *
 * No scheduler exists yet: where Linux would sleep until a kunmap()
 * frees a slot, kmap() warns and returns NULL.
 */
#include <kernel/bench.h>
#include <kernel/highmem.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#include <asm/highmem.h>
#include <asm/tlbflush.h>

static int pkmap_count[LAST_PKMAP];
static unsigned int last_pkmap_nr;

/* Slots by page: PA_HASH_SIZE chains threaded through pkmap_next[]. */
#define PA_HASH_SIZE 128
#define PA_NONE (-1)
static struct page *pkmap_page[LAST_PKMAP]; /* the page a slot maps, or NULL */
static short pkmap_next[LAST_PKMAP]; /* next slot on the same chain */
static short page_address_htable[PA_HASH_SIZE];
static bool htable_ready;

static unsigned int page_slot_hash(const struct page *page)
{
	return page_to_pfn(page) & (PA_HASH_SIZE - 1);
}

static void init_htable(void)
{
	unsigned int i;

	for (i = 0; i < PA_HASH_SIZE; i++)
		page_address_htable[i] = PA_NONE;
	htable_ready = true;
}

/* The PKMAP slot mapping page, or PA_NONE. */
static int find_pkmap_slot(const struct page *page)
{
	int nr;

	if (!htable_ready)
		return PA_NONE;
	for (nr = page_address_htable[page_slot_hash(page)]; nr != PA_NONE; nr = pkmap_next[nr])
		if (pkmap_page[nr] == page)
			return nr;
	return PA_NONE;
}

/* Records (page != NULL) or forgets (page == NULL) what slot nr maps. */
static void set_page_address(unsigned int nr, struct page *page)
{
	short *pp;

	if (!htable_ready)
		init_htable();
	if (page) {
		unsigned int h = page_slot_hash(page);

		pkmap_page[nr] = page;
		pkmap_next[nr] = page_address_htable[h];
		page_address_htable[h] = nr;
		return;
	}
	for (pp = &page_address_htable[page_slot_hash(pkmap_page[nr])]; *pp != PA_NONE;
	     pp = &pkmap_next[*pp]) {
		if (*pp == (short)nr) {
			*pp = pkmap_next[nr];
			break;
		}
	}
	pkmap_page[nr] = NULL;
}

void *page_address_highmem(const struct page *page)
{
	int nr = find_pkmap_slot(page);

	return nr == PA_NONE ? NULL : (void *)PKMAP_ADDR((unsigned long)nr);
}

/* Frees every slot nobody uses any more (count 1), then one TLB flush of the whole area. */
static void flush_all_zero_pkmaps(void)
{
	bool need_flush = false;
	unsigned int i;

	for (i = 0; i < LAST_PKMAP; i++) {
		if (pkmap_count[i] != 1)
			continue;
		pkmap_count[i] = 0;
		pte_clear(&pkmap_page_table[i]);
		set_page_address(i, NULL);
		need_flush = true;
	}
	if (need_flush)
		flush_tlb_kernel_range(PKMAP_ADDR(0UL), PKMAP_ADDR((unsigned long)LAST_PKMAP));
}

/* Finds a free slot for page and maps it there with count 1; 0 if every slot is in use. */
static unsigned long map_new_virtual(struct page *page)
{
	unsigned int count = LAST_PKMAP;
	unsigned long vaddr;

	for (;;) {
		last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
		if (!last_pkmap_nr) {
			flush_all_zero_pkmaps();
			count = LAST_PKMAP;
		}
		if (!pkmap_count[last_pkmap_nr])
			break;
		if (--count == 0) {
			/* Linux sleeps on pkmap_map_wait here until a kunmap() frees a slot. */
			pr_warn("kmap: all %u PKMAP slots are in use; no scheduler to wait on, "
				"returning NULL\n",
				LAST_PKMAP);
			return 0;
		}
	}
	vaddr = PKMAP_ADDR((unsigned long)last_pkmap_nr);
	set_pte_ext(&pkmap_page_table[last_pkmap_nr], mk_pte(page, kmap_prot), 0);
	pkmap_count[last_pkmap_nr] = 1;
	set_page_address(last_pkmap_nr, page);
	return vaddr;
}

/* Linux's kmap_lock: the PKMAP slots, their counts and the page-address table. */
static DEFINE_SPINLOCK(kmap_lock);

void *kmap_high(struct page *page)
{
	unsigned long vaddr, flags;

	spin_lock_irqsave(&kmap_lock, flags);
	vaddr = (unsigned long)page_address_highmem(page);
	if (!vaddr)
		vaddr = map_new_virtual(page);
	if (vaddr)
		pkmap_count[PKMAP_NR(vaddr)]++;
	spin_unlock_irqrestore(&kmap_lock, flags);
	return (void *)vaddr;
}

void kunmap_high(struct page *page)
{
	unsigned long vaddr, flags;
	unsigned int nr;

	spin_lock_irqsave(&kmap_lock, flags);
	vaddr = (unsigned long)page_address_highmem(page);
	nr = vaddr ? PKMAP_NR(vaddr) : 0;
	if (!vaddr)
		pr_warn("kunmap: page (pfn 0x%lx) is not kmapped\n", page_to_pfn(page));
	else if (pkmap_count[nr] <= 1)
		pr_warn("kunmap: PKMAP slot %u of pfn 0x%lx has no user\n", nr, page_to_pfn(page));
	else	/* at 1 the slot is unused but keeps its pte until the next wrap (see the top) */
		pkmap_count[nr]--;
	spin_unlock_irqrestore(&kmap_lock, flags);
}

void *kmap(struct page *page)
{
	if (!PageHighMem(page))
		return page_address(page);
	return kmap_high(page);
}

void kunmap(struct page *page)
{
	if (!PageHighMem(page))
		return;
	kunmap_high(page);
}

/* For the tests: a slot's use count (see the top), -1 for a bad number. */
int pkmap_slot_count(unsigned int nr)
{
	return nr < LAST_PKMAP ? pkmap_count[nr] : -1;
}

static void kmap_kunmap_op(void *arg)
{
	kunmap(arg);
	kmap(arg);
}

/* One kmap + kunmap pair of a HIGHMEM page (lowmem if there is none) whose slot is kept. */
static u64 bench_kmap_kunmap(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER | __GFP_NOWARN);
	u64 insns;

	if (!page)
		return 0;
	kmap(page);
	insns = bench_per_call(kmap_kunmap_op, page, 1000);
	kunmap(page);
	__free_page(page);
	return insns;
}
BENCH("kmap_kunmap", "insns", bench_kmap_kunmap);
