// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "early_mmu": the MMU state arch/arm/boot/head.S set up and that
 * paging_init keeps: TTBR, SCTLR, DACR, TEX remap, VBAR, the identity
 * map gone, no user mappings. head.S's 1 MiB sections themselves are
 * replaced by paging_init before any test runs; the final map is the
 * "paging" suite's subject (tests/kernel/paging_test.c). The MMU itself
 * is asked to translate addresses (ATS1CPR), so a wrong bit cannot hide.
 */
#include <board.h>
#include <kernel/devtree.h>
#include <kernel/ktest.h>
#include <asm/cp15.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/traps.h>

extern char stext[], _end[], __turn_mmu_on[];

/* The hardware L1 word that translates va. */
static u32 l1_entry(unsigned long va)
{
	return ((const u32 *)swapper_pg_dir)[va >> SECTION_SHIFT];
}

static void ttbr0_points_at_swapper(struct ktest *t)
{
	unsigned long ttbr0 = read_ttbr0();

	EXPECT_EQ_HEX(t, ttbr0 & ~0x3fffUL, __pa(swapper_pg_dir));
	EXPECT_EQ_HEX(t, ttbr0 & 0x7fUL, (unsigned long)TTB_FLAGS_UP);
	EXPECT_EQ_HEX(t, (unsigned long)swapper_pg_dir, PAGE_OFFSET + 0x4000);
	EXPECT_EQ_HEX(t, read_ttbcr(), 0UL);
}

static void sctlr_mmu_and_caches_on(struct ktest *t)
{
	unsigned long sctlr = read_sctlr();

	EXPECT_TRUE(t, sctlr & CR_M);
	EXPECT_TRUE(t, sctlr & CR_C);
	EXPECT_TRUE(t, sctlr & CR_I);
	EXPECT_TRUE(t, sctlr & CR_Z);
	EXPECT_TRUE(t, sctlr & CR_TRE);
	EXPECT_FALSE(t, sctlr & CR_A);
	EXPECT_FALSE(t, sctlr & CR_AFE);
	EXPECT_FALSE(t, sctlr & CR_V);
}

static void domains_and_tex_remap(struct ktest *t)
{
	EXPECT_EQ_HEX(t, read_dacr(), (unsigned long)DACR_INIT);
	EXPECT_EQ_HEX(t, read_prrr(), (unsigned long)PRRR_INIT);
	EXPECT_EQ_HEX(t, read_nmrr(), (unsigned long)NMRR_INIT);
}

static void vbar_points_at_vectors(struct ktest *t)
{
	EXPECT_EQ_HEX(t, read_vbar(), (unsigned long)__vectors_start);
	EXPECT_EQ(t, read_vbar() & 0x1f, 0UL);
}

static void linear_map_translates(struct ktest *t)
{
	unsigned long va = (unsigned long)stext + 0x123;
	unsigned long par = arm_translate_va(va);

	EXPECT_EQ(t, par & 1, 0UL);
	EXPECT_EQ_HEX(t, par & ~0xfffUL, __pa(va) & ~0xfffUL);
	/* the last byte of what head.S mapped still translates */
	va = PAGE_OFFSET + ALIGN((unsigned long)_end - PAGE_OFFSET + EARLY_MAP_EXTRA, SECTION_SIZE) - 1;
	par = arm_translate_va(va);
	EXPECT_EQ(t, par & 1, 0UL);
	EXPECT_EQ_HEX(t, par & ~0xfffUL, __pa(va) & ~0xfffUL);
}

static void identity_map_removed(struct ktest *t)
{
	unsigned long id = __pa(__turn_mmu_on);
	struct ktest_fault f;

	EXPECT_EQ_HEX(t, l1_entry(id), 0UL);
	EXPECT_EQ(t, arm_translate_va(id) & 1, 1UL);	/* the walk faults */
	KTEST_EXPECT_FAULT(&f, (void)*(volatile u32 *)id);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ_HEX(t, f.far, id);
}

static void user_space_unmapped(struct ktest *t)
{
	unsigned long i, mapped = 0;

	for (i = 0; i < (TASK_SIZE >> SECTION_SHIFT); i++)
		mapped += l1_entry(i << SECTION_SHIFT) != 0;
	EXPECT_EQ(t, mapped, 0UL);
}

/* The kernel's entries are global and in the kernel domain, section or table alike. */
static void kernel_entries_global(struct ktest *t)
{
	u32 e = l1_entry((unsigned long)stext);

	EXPECT_EQ(t, (e & PMD_DOMAIN_MASK) >> 5, (unsigned long)DOMAIN_KERNEL);
	if ((e & PMD_TYPE_MASK) == PMD_TYPE_SECT)
		EXPECT_FALSE(t, e & PMD_SECT_nG);
	else
		EXPECT_FALSE(t, pte_hw(pte_offset_kernel(pmd_off_k((unsigned long)stext),
							 (unsigned long)stext))[0] & PTE_EXT_NG);
}

static const struct ktest_case early_mmu_cases[] = {
	KTEST_CASE(ttbr0_points_at_swapper),
	KTEST_CASE(sctlr_mmu_and_caches_on),
	KTEST_CASE(domains_and_tex_remap),
	KTEST_CASE(vbar_points_at_vectors),
	KTEST_CASE(linear_map_translates),
	KTEST_CASE(identity_map_removed),
	KTEST_CASE(user_space_unmapped),
	KTEST_CASE(kernel_entries_global),
};
KTEST_SUITE(early_mmu_suite, "early_mmu", early_mmu_cases);
