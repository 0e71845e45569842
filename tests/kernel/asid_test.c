// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "asid": address-space switches with ASIDs (arch/arm/mm/context.c;
 * seed document 002). Each mm maps its own page at USER_VA (0x10000) by
 * hand, non-global; the cases switch between mms with switch_mm and read
 * the word at USER_VA through whichever is loaded.
 *
 * A caution on what QEMU can show: QEMU drops its own TLB whenever
 * CONTEXTIDR changes under the short-descriptor format, so a missing nG
 * bit or a stale entry would not be caught by reading alone. The cases
 * therefore also check the hardware entries (nG set), the registers
 * (CONTEXTIDR, TTBR0) and the allocator's counts (no TLBIALL on an
 * ordinary switch, exactly one per generation).
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include "mm_user.h"

/* An mm with a page of its own at USER_VA holding val. */
static struct mm_struct *mm_with_page(u32 val, struct page **pagep)
{
	struct page *page = alloc_page(GFP_KERNEL);
	struct mm_struct *mm = mm_alloc();

	if (!page || !mm || map_user_page(mm, USER_VA, page)) {
		if (mm)
			mmput(mm);
		if (page)
			__free_page(page);
		return NULL;
	}
	*(u32 *)page_address(page) = val;
	clean_dcache_area(page_address(page), PAGE_SIZE);
	*pagep = page;
	return mm;
}

static void put_mm_with_page(struct mm_struct *mm, struct page *page)
{
	mmput(mm);
	__free_page(page);
}

static u32 hw_pte(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset_pgd(mm->pgd, addr), addr);

	return *pte_hw(pte_offset_kernel(pmd, addr));
}

/* set_pte_at: nG below TASK_SIZE, global above. */
static void user_ptes_are_not_global(struct ktest *t)
{
	struct page *page;
	struct mm_struct *mm = mm_with_page(1, &page);
	pte_t *ptep;

	ASSERT_NOT_NULL(t, mm);
	EXPECT_TRUE(t, hw_pte(mm, USER_VA) & PTE_EXT_NG);
	EXPECT_EQ_HEX(t, hw_pte(mm, USER_VA) & PAGE_MASK, page_to_phys(page));
	/* A spare slot of the same table, set as if for a kernel address. */
	ptep = pte_offset_kernel(pmd_offset(pgd_offset_pgd(mm->pgd, USER_VA), USER_VA),
				 USER_VA) + 1;
	set_pte_at(mm, TASK_SIZE, ptep, mk_pte(page, PAGE_KERNEL));
	EXPECT_NE(t, *pte_hw(ptep), 0u);
	EXPECT_FALSE(t, *pte_hw(ptep) & PTE_EXT_NG);
	pte_clear(ptep);
	put_mm_with_page(mm, page);
}

static void contextidr_holds_the_asid(struct ktest *t)
{
	struct page *page;
	struct mm_struct *mm = mm_with_page(0x1234, &page);
	struct asid_stats s;

	ASSERT_NOT_NULL(t, mm);
	enter_mm(mm);
	asid_get_stats(&s);
	EXPECT_NE(t, ASID(mm), 0u);
	EXPECT_EQ_HEX(t, ASID_GENERATION(mm->context.id), (unsigned long)s.generation);
	EXPECT_EQ_HEX(t, read_contextidr() & 0xff, ASID(mm));
	EXPECT_EQ_HEX(t, cpu_get_pgd_phys(), __pa(mm->pgd));
	EXPECT_EQ_HEX(t, read_user_word(USER_VA), 0x1234u);
	leave_mm();
	EXPECT_EQ_HEX(t, read_contextidr() & 0xff, 0ul);
	EXPECT_EQ_HEX(t, cpu_get_pgd_phys(), __pa(swapper_pg_dir));
	put_mm_with_page(mm, page);
}

/* Same VA, two pages: each mm sees its own, with no TLB flush between. */
static void two_mms_same_va_own_pages(struct ktest *t)
{
	struct page *pa, *pb;
	struct mm_struct *a = mm_with_page(0xaaaa0001, &pa);
	struct mm_struct *b = mm_with_page(0xbbbb0002, &pb);
	struct asid_stats s0, s1;
	unsigned int i, bad = 0;
	u64 ida, idb;

	ASSERT_TRUE(t, a && b);
	enter_mm(a);
	enter_mm(b);	/* both have ASIDs now (a rollover, if any, is behind us) */
	asid_get_stats(&s0);
	ida = a->context.id;
	idb = b->context.id;
	for (i = 0; i < 1000; i++) {
		switch_mm(b, a, current);
		bad += read_user_word(USER_VA) != 0xaaaa0001;
		bad += (read_contextidr() & 0xff) != ASID(a);
		switch_mm(a, b, current);
		bad += read_user_word(USER_VA) != 0xbbbb0002;
		bad += (read_contextidr() & 0xff) != ASID(b);
	}
	asid_get_stats(&s1);
	leave_mm();
	preempt_enable();	/* the second enter_mm's */
	EXPECT_EQ(t, bad, 0u);
	EXPECT_NE(t, ASID(a), ASID(b));
	EXPECT_EQ(t, a->context.id, ida);	/* no new ASID on a plain switch */
	EXPECT_EQ(t, b->context.id, idb);
	EXPECT_EQ(t, s1.tlb_flushes, s0.tlb_flushes);
	EXPECT_EQ(t, s1.rollovers, s0.rollovers);
	put_mm_with_page(a, pa);
	put_mm_with_page(b, pb);
}

#define NR_MMS 300

static struct mm_struct *mms[NR_MMS];
static struct page *mm_pages[NR_MMS];

static u32 mm_val(unsigned int i)
{
	return 0x5a000000 | i;
}

/* Switches to every mm in order; returns how many read a wrong word or ASID. */
static unsigned int switch_to_each(unsigned int from)
{
	unsigned int i, bad = 0;

	for (i = from; i < NR_MMS; i++) {
		switch_mm(NULL, mms[i], current);
		bad += read_user_word(USER_VA) != mm_val(i);
		bad += (read_contextidr() & 0xff) != ASID(mms[i]);
		bad += ASID(mms[i]) == 0;
	}
	return bad;
}

/*
 * 300 mms for 255 ASIDs: one new generation and one TLBIALL, after which
 * every mm still reads its own page.
 */
static void rollover_once_for_300_mms(struct ktest *t)
{
	struct asid_stats s0, s1, s2, s3;
	unsigned int i, n, bad, old_gen = 0, new_gen = 0;

	for (n = 0; n < NR_MMS; n++) {
		mms[n] = mm_with_page(mm_val(n), &mm_pages[n]);
		if (!mms[n])
			break;
	}
	if (n < NR_MMS) {
		ktest_fail(t, __FILE__, __LINE__, "only %u of %u mms", n, NR_MMS);
		goto out;
	}
	asid_get_stats(&s0);
	ktest_info(t, "generation 0x%llx, %u ASIDs free", s0.generation, s0.free);
	/* Exactly one rollover in the first pass needs free < 300 <= free + 255. */
	if (s0.free >= NR_MMS || NR_MMS - s0.free > NUM_USER_ASIDS - 1) {
		ktest_fail(t, __FILE__, __LINE__, "precondition: %u free", s0.free);
		goto out;
	}

	preempt_disable();
	bad = switch_to_each(0);
	asid_get_stats(&s1);
	for (i = 0; i < NR_MMS; i++) {
		if (ASID_GENERATION(mms[i]->context.id) == s1.generation)
			new_gen++;
		else if (ASID_GENERATION(mms[i]->context.id) == s0.generation)
			old_gen++;
	}
	/* The mms of this generation: switching among them costs nothing. */
	bad += switch_to_each(s0.free);
	bad += switch_to_each(s0.free);
	asid_get_stats(&s2);
	/* Every mm again: the old generation's get fresh ASIDs. */
	bad += switch_to_each(0);
	asid_get_stats(&s3);
	switch_mm(NULL, &init_mm, current);
	preempt_enable();

	EXPECT_EQ(t, bad, 0u);
	EXPECT_EQ(t, s1.rollovers - s0.rollovers, 1ul);
	EXPECT_EQ(t, s1.tlb_flushes - s0.tlb_flushes, 1ul);
	EXPECT_EQ_HEX(t, (unsigned long)(s1.generation - s0.generation),
		      (unsigned long)ASID_FIRST_VERSION);
	EXPECT_EQ(t, old_gen, s0.free);
	EXPECT_EQ(t, new_gen, NR_MMS - s0.free);
	EXPECT_EQ(t, s2.tlb_flushes, s1.tlb_flushes);
	EXPECT_GE(t, s3.rollovers - s2.rollovers, 1ul);
	EXPECT_EQ(t, s3.tlb_flushes - s2.tlb_flushes, s3.rollovers - s2.rollovers);
	ktest_info(t, "second pass: %lu more rollover(s)", s3.rollovers - s2.rollovers);
out:
	for (i = 0; i < n; i++)
		put_mm_with_page(mms[i], mm_pages[i]);
}

static const struct ktest_case asid_cases[] = {
	KTEST_CASE(user_ptes_are_not_global),
	KTEST_CASE(contextidr_holds_the_asid),
	KTEST_CASE(two_mms_same_va_own_pages),
	KTEST_CASE(rollover_once_for_300_mms),
};
KTEST_SUITE(asid_suite, "asid", asid_cases);
