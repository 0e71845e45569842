// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "early_mmu": the MMU state and the early swapper_pg_dir that
 * arch/arm/boot/head.S left behind. Every L1 entry is checked against what
 * head.S promises (see its header comment), and the MMU itself is asked to
 * translate addresses (ATS1CPR), so a wrong bit cannot hide.
 */
#include <board.h>
#include <kernel/devtree.h>
#include <kernel/ktest.h>
#include <asm/cp15.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/traps.h>

extern char stext[], _end[], __turn_mmu_on[];

static unsigned long l1_index(unsigned long va)
{
	return va >> SECTION_SHIFT;
}

/* Number of 1 MiB sections head.S maps for the image plus the early extra. */
static unsigned long kernel_sections(void)
{
	unsigned long bytes = (unsigned long)_end - PAGE_OFFSET + EARLY_MAP_EXTRA;

	return (bytes + SECTION_SIZE - 1) >> SECTION_SHIFT;
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

static void kernel_linear_map(struct ktest *t)
{
	unsigned long i, n = kernel_sections();

	for (i = 0; i < n; i++) {
		u32 want = (PHYS_OFFSET + (i << SECTION_SHIFT)) | PMD_SECT_KERNEL_RAM;

		EXPECT_EQ_HEX(t, swapper_pg_dir[l1_index(PAGE_OFFSET) + i], want);
	}
	/* ... and nothing after it: the rest of lowmem is paging_init's job */
	EXPECT_EQ_HEX(t, swapper_pg_dir[l1_index(PAGE_OFFSET) + n], 0UL);
}

static void linear_map_translates(struct ktest *t)
{
	unsigned long va = (unsigned long)stext + 0x123;
	unsigned long par = arm_translate_va(va);

	EXPECT_EQ(t, par & 1, 0UL);
	EXPECT_EQ_HEX(t, par & ~0xfffUL, __pa(va) & ~0xfffUL);
	/* the last byte of the early map translates too */
	va = PAGE_OFFSET + (kernel_sections() << SECTION_SHIFT) - 1;
	par = arm_translate_va(va);
	EXPECT_EQ(t, par & 1, 0UL);
	EXPECT_EQ_HEX(t, par & ~0xfffUL, __pa(va) & ~0xfffUL);
}

static void identity_map_removed(struct ktest *t)
{
	unsigned long id = __pa(__turn_mmu_on);
	struct ktest_fault f;

	EXPECT_EQ_HEX(t, swapper_pg_dir[l1_index(id)], 0UL);
	EXPECT_EQ(t, arm_translate_va(id) & 1, 1UL);	/* the walk faults */
	KTEST_EXPECT_FAULT(&f, (void)*(volatile u32 *)id);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ_HEX(t, f.far, id);
}

static void user_space_unmapped(struct ktest *t)
{
	unsigned long i, mapped = 0;

	for (i = 0; i < l1_index(PAGE_OFFSET); i++)
		mapped += swapper_pg_dir[i] != 0;
	EXPECT_EQ(t, mapped, 0UL);
}

static void uart_window_is_device_memory(struct ktest *t)
{
	u32 e = swapper_pg_dir[l1_index(EARLY_UART_BASE)];

	EXPECT_EQ_HEX(t, e, (BOARD_UART_PHYS & ~(SECTION_SIZE - 1)) | PMD_SECT_KERNEL_IO);
	EXPECT_TRUE(t, e & PMD_SECT_XN);
	EXPECT_EQ(t, e & PMD_SECT_MT_MASK, 0UL);	/* remap index 0: strongly ordered */
	EXPECT_EQ(t, (e & PMD_DOMAIN_MASK) >> 5, (unsigned long)DOMAIN_IO);
}

#ifdef BOARD_PERIPH_PHYS
static void periph_window_is_device_memory(struct ktest *t)
{
	u32 e = swapper_pg_dir[l1_index(EARLY_PERIPH_BASE)];

	EXPECT_EQ_HEX(t, e, (BOARD_PERIPH_PHYS & ~(SECTION_SIZE - 1)) | PMD_SECT_KERNEL_IO);
	/* and the MMU agrees: the global timer's page translates to its address */
	EXPECT_EQ_HEX(t, arm_translate_va(EARLY_PERIPH_VIRT) & ~0xfffUL,
		      (unsigned long)BOARD_PERIPH_PHYS & ~0xfffUL);
}
#endif

/* head.S maps the DTB window only for an r2 in RAM and word aligned. */
static bool dtb_window_expected(void)
{
	unsigned long r2 = boot_info.fdt_phys;

	return !(r2 & 3) && r2 - PHYS_OFFSET < BOARD_RAM_MAX;
}

static void dtb_window(struct ktest *t)
{
	unsigned long phys = boot_info.fdt_phys & ~(SECTION_SIZE - 1);
	u32 e0 = swapper_pg_dir[l1_index(FDT_FIXED_BASE)];
	u32 e1 = swapper_pg_dir[l1_index(FDT_FIXED_BASE) + 1];

	if (!dtb_window_expected())
		ktest_skip(t, "r2 held no address in RAM");
	EXPECT_EQ_HEX(t, e0, phys | PMD_SECT_KERNEL_RAM | PMD_SECT_XN);
	EXPECT_EQ_HEX(t, e1, (phys + SECTION_SIZE) | PMD_SECT_KERNEL_RAM | PMD_SECT_XN);
}

static void no_stray_entries(struct ktest *t)
{
	unsigned long i, mapped = 0, expected = kernel_sections() + 1; /* + UART */

#ifdef BOARD_PERIPH_PHYS
	expected++;
#endif
	if (dtb_window_expected())
		expected += 2;
	for (i = 0; i < PTRS_PER_HW_L1; i++)
		mapped += swapper_pg_dir[i] != 0;
	EXPECT_EQ(t, mapped, expected);
}

static void kernel_only_permissions(struct ktest *t)
{
	u32 e = swapper_pg_dir[l1_index((unsigned long)stext)];

	/* AP = 001: kernel read/write, no user access, APX clear */
	EXPECT_EQ_HEX(t, e & PMD_SECT_AP_MASK, (unsigned long)PMD_SECT_AP_WRITE);
	EXPECT_EQ(t, e & PMD_SECT_MT_MASK, (unsigned long)PMD_SECT_WB);
	EXPECT_EQ(t, (e & PMD_DOMAIN_MASK) >> 5, (unsigned long)DOMAIN_KERNEL);
	EXPECT_FALSE(t, e & PMD_SECT_nG);	/* kernel entries are global */
}

static const struct ktest_case early_mmu_cases[] = {
	KTEST_CASE(ttbr0_points_at_swapper),
	KTEST_CASE(sctlr_mmu_and_caches_on),
	KTEST_CASE(domains_and_tex_remap),
	KTEST_CASE(vbar_points_at_vectors),
	KTEST_CASE(kernel_linear_map),
	KTEST_CASE(linear_map_translates),
	KTEST_CASE(identity_map_removed),
	KTEST_CASE(user_space_unmapped),
	KTEST_CASE(uart_window_is_device_memory),
#ifdef BOARD_PERIPH_PHYS
	KTEST_CASE(periph_window_is_device_memory),
#endif
	KTEST_CASE(dtb_window),
	KTEST_CASE(no_stray_entries),
	KTEST_CASE(kernel_only_permissions),
};
KTEST_SUITE(early_mmu_suite, "early_mmu", early_mmu_cases);
