// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "paging": the page-table helpers of <asm/pgtable.h> and the final
 * kernel map paging_init built (arch/arm/mm/mmu.c; seed document 001,
 * sections 3.1 and 3.2.3).
 *
 * The helpers are checked bit by bit against arm-facts.md §7.2; the map
 * is checked by provoking the faults it must give (text and rodata not
 * writable, data, bss and stack not executable) and by asking the MMU to
 * translate addresses (ATS1CPR through arm_translate_va).
 */
#include <board.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include <asm/cp15.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>
#include <asm/pgtable.h>
#include <asm/traps.h>
#include "../../arch/arm/mm/mm.h"

extern char _text[], stext[], __start_rodata[], _sdata[], _end[], __turn_mmu_on[];

#define BX_LR 0xe12fff1eU /* the ARM instruction "bx lr" */

static unsigned int fs_of(unsigned long fsr)
{
	return (fsr & FSR_FS3_0) | ((fsr & FSR_FS4) >> 6);
}

static bool is_permission_fault(unsigned long fsr)
{
	return fs_of(fsr) == 0x0d || fs_of(fsr) == 0x0f; /* section / page */
}

static bool translates(unsigned long va, unsigned long *pa)
{
	unsigned long par = arm_translate_va(va);

	if (par & 1)
		return false;
	if (pa)
		*pa = (par & PAGE_MASK) | (va & ~PAGE_MASK);
	return true;
}

/* A pte page of our own for set_pte_ext: Linux tables below, hardware tables above. */
static pte_t scratch_ptes[PTRS_PER_PTE * 2] __aligned(PAGE_SIZE);

static u32 hw_of(pte_t pte, u32 ext)
{
	set_pte_ext(&scratch_ptes[7], pte, ext);
	return *pte_hw(&scratch_ptes[7]);
}

static void geometry(struct ktest *t)
{
	EXPECT_EQ(t, sizeof(pgd_t), 8UL);
	EXPECT_EQ(t, sizeof(pte_t), 4UL);
	EXPECT_EQ(t, PTRS_PER_PGD * sizeof(pgd_t), (unsigned long)SWAPPER_PG_DIR_SIZE);
	EXPECT_EQ(t, PTE_HWTABLE_OFF, 2048UL);
	EXPECT_EQ(t, pgd_index(PAGE_OFFSET), 1536UL);
	EXPECT_EQ(t, pgd_index(0xffffffffUL), 2047UL);
	EXPECT_EQ(t, pte_index(0xc0123456UL), 0x123UL);
	EXPECT_EQ(t, pte_index(0xc0323456UL), 0x123UL);
	EXPECT_EQ(t, USER_PTRS_PER_PGD, 1528UL);
	EXPECT_EQ_HEX(t, pgd_addr_end(0xc0100000UL, 0xc0500000UL), 0xc0200000UL);
	EXPECT_EQ_HEX(t, pgd_addr_end(0xc0100000UL, 0xc0180000UL), 0xc0180000UL);
	/* the last pgd entry: the boundary wraps to 0 */
	EXPECT_EQ_HEX(t, pgd_addr_end(0xffe00000UL, 0UL), 0UL);
	EXPECT_PTR_EQ(t, pgd_offset_k(0xc0000000UL), &swapper_pg_dir[1536]);
	EXPECT_EQ_HEX(t, PKMAP_BASE, 0xbfe00000UL);
	EXPECT_EQ_HEX(t, __fix_to_virt(0), 0xffeff000UL);
	EXPECT_EQ_HEX(t, __fix_to_virt(FIX_KMAP_END), 0xffeff000UL - 16 * PAGE_SIZE);
}

static void pte_helpers_round_trip(struct ktest *t)
{
	pte_t base = pfn_pte(0x61234UL, PAGE_KERNEL);
	pte_t p;

	EXPECT_EQ_HEX(t, pte_pfn(base), 0x61234UL);
	EXPECT_TRUE(t, pte_present(base));
	EXPECT_FALSE(t, pte_none(base));
	EXPECT_TRUE(t, pte_none(__pte(0)));

	p = pte_mkold(base);
	EXPECT_FALSE(t, pte_young(p));
	EXPECT_TRUE(t, pte_young(pte_mkyoung(p)));
	EXPECT_EQ_HEX(t, pte_val(pte_mkyoung(p)), pte_val(base));

	p = pte_mkclean(base);
	EXPECT_FALSE(t, pte_dirty(p));
	EXPECT_TRUE(t, pte_dirty(pte_mkdirty(p)));
	EXPECT_EQ_HEX(t, pte_val(pte_mkdirty(p)), pte_val(base));

	p = pte_wrprotect(base);
	EXPECT_FALSE(t, pte_write(p));
	EXPECT_TRUE(t, pte_write(pte_mkwrite(p)));
	EXPECT_EQ_HEX(t, pte_val(pte_mkwrite(p)), pte_val(base));

	EXPECT_FALSE(t, pte_exec(base));
	p = pte_mkexec(base);
	EXPECT_TRUE(t, pte_exec(p));
	EXPECT_EQ_HEX(t, pte_val(pte_mknexec(p)), pte_val(base));

	EXPECT_FALSE(t, pte_user(base));
	EXPECT_TRUE(t, pte_user(pfn_pte(1UL, PAGE_SHARED)));
	EXPECT_FALSE(t, pte_special(base));

	/* each helper touches its own bit only */
	EXPECT_EQ_HEX(t, pte_val(pte_mkold(base)) ^ pte_val(base), (unsigned long)L_PTE_YOUNG);
	EXPECT_EQ_HEX(t, pte_val(pte_mkclean(base)) ^ pte_val(base), (unsigned long)L_PTE_DIRTY);
	EXPECT_EQ_HEX(t, pte_val(pte_wrprotect(base)) ^ pte_val(base), (unsigned long)L_PTE_RDONLY);
	EXPECT_EQ_HEX(t, pte_val(pte_mkexec(base)) ^ pte_val(base), (unsigned long)L_PTE_XN);
}

static void pte_modify_keeps_page_young_dirty(struct ktest *t)
{
	pte_t p = pte_mkdirty(pfn_pte(0x64321UL, PAGE_SHARED));
	pte_t q = pte_modify(p, PAGE_READONLY);

	EXPECT_EQ_HEX(t, pte_pfn(q), 0x64321UL);
	EXPECT_TRUE(t, pte_dirty(q));
	EXPECT_TRUE(t, pte_young(q));
	EXPECT_FALSE(t, pte_write(q));
	EXPECT_TRUE(t, pte_user(q));
	q = pte_modify(p, PAGE_NONE);
	EXPECT_TRUE(t, pte_protnone(q));
	EXPECT_TRUE(t, pte_present(q));
	EXPECT_EQ_HEX(t, pte_val(pte_modify(q, PAGE_SHARED)), pte_val(p));
}

/* The exact hardware words of arm-facts.md §7.2 for a frame at 0x60008000. */
static void set_pte_ext_hw_bits(struct ktest *t)
{
	const unsigned long pfn = 0x60008UL;
	pte_t p;

	/* kernel RW: AP 001, XN, C B (write-back), small page */
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_KERNEL), 0), 0x6000801fUL);
	/* the Linux entry is stored as given */
	EXPECT_EQ_HEX(t, pte_val(scratch_ptes[7]), pte_val(pfn_pte(pfn, PAGE_KERNEL)));
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_KERNEL_EXEC), 0), 0x6000801eUL);
	/* kernel RO: AP 101 */
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_KERNEL_RO), 0), 0x6000821fUL);
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_KERNEL_ROX), 0), 0x6000821eUL);
	/* user RW (dirty): AP 011, not global */
	p = pte_mkdirty(pfn_pte(pfn, PAGE_SHARED));
	EXPECT_EQ_HEX(t, hw_of(p, PTE_EXT_NG), 0x6000883fUL);
	/* user RW but clean: read-only until the first write (AP 111) */
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_SHARED), PTE_EXT_NG), 0x60008a3fUL);
	/* user RO: AP 111; executable forms drop XN */
	EXPECT_EQ_HEX(t, hw_of(pte_mkdirty(pfn_pte(pfn, PAGE_READONLY)), 0), 0x6000823fUL);
	EXPECT_EQ_HEX(t, hw_of(pte_mkdirty(pfn_pte(pfn, PAGE_READONLY_EXEC)), 0), 0x6000823eUL);
	/* old: no hardware entry, so the first access faults */
	EXPECT_EQ_HEX(t, hw_of(pte_mkold(pfn_pte(pfn, PAGE_KERNEL)), 0), 0UL);
	/* clean kernel page: APX */
	EXPECT_EQ_HEX(t, hw_of(pte_mkclean(pfn_pte(pfn, PAGE_KERNEL)), 0), 0x6000821fUL);
	/* PROT_NONE: present for Linux, absent for the MMU */
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(pfn, PAGE_NONE), 0), 0UL);
	EXPECT_EQ_HEX(t, hw_of(__pte(0), 0), 0UL);
	/* device: TEX[0] (remap index 4), S, XN, AP 001, no C/B */
	EXPECT_EQ_HEX(t, hw_of(pfn_pte(0x10009UL, PAGE_KERNEL_DEVICE), 0), 0x10009453UL);
	/* memory types: MT bits 2, 3, 4 go to B, C, TEX[0]; bit 5 is dropped */
	EXPECT_EQ_HEX(t,
		      hw_of(__pte((pfn << PAGE_SHIFT) | _L_PTE_DEFAULT | L_PTE_DIRTY |
				  L_PTE_MT_WRITEALLOC),
			    0),
		      0x6000805eUL);
	EXPECT_EQ_HEX(t,
		      hw_of(__pte((pfn << PAGE_SHIFT) | _L_PTE_DEFAULT | L_PTE_DIRTY |
				  L_PTE_MT_DEV_NONSHARED),
			    0),
		      0x60008052UL);
	pte_clear(&scratch_ptes[7]);
	EXPECT_EQ_HEX(t, pte_val(scratch_ptes[7]), 0UL);
	EXPECT_EQ_HEX(t, *pte_hw(&scratch_ptes[7]), 0UL);
}

/* Linux pte (or section word) for a kernel address in swapper_pg_dir. */
static bool kernel_pte(unsigned long va, pte_t *ptep, u32 *sect)
{
	pmd_t *pmd = pmd_section(pgd_offset_k(va), va);

	*sect = 0;
	if (pmd_sect(*pmd)) {
		*sect = pmd_val(*pmd);
		return false;
	}
	if (!pmd_table(*pmd))
		return false;
	*ptep = *pte_offset_kernel(pmd_off_k(va), va);
	return true;
}

static void kernel_map_permissions(struct ktest *t)
{
	pte_t p;
	u32 s;

	ASSERT_TRUE(t, kernel_pte((unsigned long)stext, &p, &s));
	EXPECT_FALSE(t, pte_write(p));
	EXPECT_TRUE(t, pte_exec(p));
	ASSERT_TRUE(t, kernel_pte((unsigned long)__start_rodata, &p, &s));
	EXPECT_FALSE(t, pte_write(p));
	EXPECT_FALSE(t, pte_exec(p));
	/* swapper_pg_dir and data: RW, XN (pages or a section) */
	if (kernel_pte((unsigned long)swapper_pg_dir, &p, &s)) {
		EXPECT_TRUE(t, pte_write(p));
		EXPECT_FALSE(t, pte_exec(p));
	}
	if (kernel_pte((unsigned long)_sdata, &p, &s)) {
		EXPECT_TRUE(t, pte_write(p));
		EXPECT_FALSE(t, pte_exec(p));
	} else {
		EXPECT_TRUE(t, s & PMD_SECT_XN);
		EXPECT_FALSE(t, s & PMD_SECT_APX);
	}
	/* the page before _text holds swapper's end: never executable */
	ASSERT_TRUE(t, kernel_pte((unsigned long)_text - PAGE_SIZE, &p, &s));
	EXPECT_FALSE(t, pte_exec(p));
}

/* Far from the image, lowmem is mapped with sections: RW, XN, write-back. */
static void lowmem_uses_sections(struct ktest *t)
{
	unsigned long va = (unsigned long)high_memory - SECTION_SIZE;
	pte_t p;
	u32 s;

	if (va < ALIGN((unsigned long)_end, PMD_SIZE) + PMD_SIZE)
		ktest_skip(t, "lowmem ends too close to the image");
	EXPECT_FALSE(t, kernel_pte(va, &p, &s));
	EXPECT_EQ_HEX(t, s,
		      __pa(va) | PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_WB | PMD_SECT_XN |
			      PMD_DOMAIN(DOMAIN_KERNEL));
}

static u32 victim_data = 0x12345678;
static const u32 victim_rodata = 0x87654321;
static u32 victim_bss[4];

static void text_not_writable(struct ktest *t)
{
	volatile u32 *p = (volatile u32 *)stext;
	u32 before = *p;
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, *p = before);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)stext);
	EXPECT_TRUE(t, is_permission_fault(f.fsr));
	EXPECT_TRUE(t, f.fsr & FSR_WRITE);
	EXPECT_EQ_HEX(t, *p, before);
}

static void rodata_not_writable(struct ktest *t)
{
	volatile u32 *p = (volatile u32 *)&victim_rodata;
	struct ktest_fault f;

	EXPECT_TRUE(t, (unsigned long)p >= (unsigned long)__start_rodata &&
			       (unsigned long)p < (unsigned long)_sdata);
	KTEST_EXPECT_FAULT(&f, *p = 0);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)p);
	EXPECT_TRUE(t, is_permission_fault(f.fsr));
	EXPECT_EQ_HEX(t, *p, 0x87654321UL);
}

/* Plants "bx lr" at p and calls it: must be a prefetch abort (XN), never a return. */
static void expect_no_exec(struct ktest *t, u32 *p)
{
	void (*fn)(void) = (void (*)(void))p;
	struct ktest_fault f;

	*(volatile u32 *)p = BX_LR;
	KTEST_EXPECT_FAULT(&f, fn());
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_PABT);
	EXPECT_EQ_HEX(t, f.far, (unsigned long)p);
	EXPECT_TRUE(t, is_permission_fault(f.fsr));
}

static void data_not_executable(struct ktest *t)
{
	u32 saved = victim_data;

	expect_no_exec(t, &victim_data);
	victim_data = saved;
}

static void bss_not_executable(struct ktest *t)
{
	expect_no_exec(t, &victim_bss[1]);
}

static void stack_not_executable(struct ktest *t)
{
	u32 on_stack[4];

	expect_no_exec(t, &on_stack[2]);
}

static void lowmem_linear_map_covers_lowmem(struct ktest *t)
{
	unsigned long pa;

	ASSERT_TRUE(t, translates(PAGE_OFFSET, &pa));
	EXPECT_EQ_HEX(t, pa, (unsigned long)PHYS_OFFSET);
	ASSERT_TRUE(t, translates((unsigned long)high_memory - 4, &pa));
	EXPECT_EQ_HEX(t, pa, (unsigned long)arm_lowmem_limit - 4);
	EXPECT_EQ_HEX(t, (unsigned long)high_memory, (unsigned long)__va(arm_lowmem_limit));
	/* and not one byte more */
	EXPECT_FALSE(t, translates((unsigned long)high_memory, NULL));
	EXPECT_LE(t, (unsigned long)high_memory, 0xf0000000UL);
	ktest_info(t, "lowmem 0xc0000000-0x%08lx", (unsigned long)high_memory - 1);
}

static void identity_and_user_space_unmapped(struct ktest *t)
{
	struct ktest_fault f;
	unsigned long id = __pa(__turn_mmu_on);
	unsigned long i, mapped = 0;

	EXPECT_FALSE(t, translates(id, NULL));
	EXPECT_FALSE(t, translates(0, NULL));
	EXPECT_FALSE(t, translates(0x8000, NULL));
	EXPECT_FALSE(t, translates(TASK_SIZE - 1, NULL));
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		mapped += swapper_pg_dir[i].pgd[0] != 0 || swapper_pg_dir[i].pgd[1] != 0;
	EXPECT_EQ(t, mapped, 0UL);
	KTEST_EXPECT_FAULT(&f, (void)*(volatile u32 *)id);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, fs_of(f.fsr), 5u); /* section translation fault */
}

/*
 * The VMALLOC_OFFSET gap is unmapped, and in the vmalloc area only pages
 * of a vm_struct on vmlist translate (the boot's ioremaps): a guard page
 * never does.
 */
static void vmalloc_area_unmapped(struct ktest *t)
{
	unsigned long a, stray = 0, guards = 0;

	/* Linux's VMALLOC_START rounds high_memory + 8 MiB down: a gap of (0, 8 MiB] */
	EXPECT_GT(t, VMALLOC_START, (unsigned long)high_memory);
	EXPECT_LE(t, VMALLOC_START, (unsigned long)high_memory + VMALLOC_OFFSET);
	EXPECT_EQ(t, VMALLOC_START & (VMALLOC_OFFSET - 1), 0UL);
	EXPECT_GE(t, VMALLOC_END - VMALLOC_START, 240UL << 20);
	for (a = (unsigned long)high_memory; a < VMALLOC_START; a += PAGE_SIZE)
		stray += translates(a, NULL);
	for (a = VMALLOC_START; a < VMALLOC_END; a += PAGE_SIZE) {
		struct vm_struct *v;

		if (!translates(a, NULL))
			continue;
		v = find_vm_area_containing((void *)a);
		if (!v)
			stray++;
		else if (a >= (unsigned long)v->addr + get_vm_area_size(v))
			guards++;
	}
	EXPECT_EQ(t, stray, 0UL);
	EXPECT_EQ(t, guards, 0UL);
}

static void early_io_windows_are_device(struct ktest *t)
{
	u32 e = pmd_val(*pmd_section(pgd_offset_k(EARLY_UART_BASE), EARLY_UART_BASE));
	unsigned long pa;

	EXPECT_EQ_HEX(t, e,
		      (BOARD_UART_PHYS & SECTION_MASK) | PMD_TYPE_SECT | PMD_SECT_AP_WRITE |
			      PMD_SECT_XN | PMD_SECT_DEV_SHARED | PMD_DOMAIN(DOMAIN_IO));
	ASSERT_TRUE(t, translates(EARLY_UART_VIRT, &pa));
	EXPECT_EQ_HEX(t, pa, (unsigned long)BOARD_UART_PHYS);
#ifdef BOARD_PERIPH_PHYS
	ASSERT_TRUE(t, translates(EARLY_PERIPH_VIRT, &pa));
	EXPECT_EQ_HEX(t, pa, (unsigned long)BOARD_PERIPH_PHYS);
#endif
}

static void dtb_window_read_only(struct ktest *t)
{
	u32 e = pmd_val(*pmd_section(pgd_offset_k(FDT_FIXED_BASE), FDT_FIXED_BASE));
	struct ktest_fault f;

	if (!e)
		ktest_skip(t, "head.S made no DTB window (r2 held no address in RAM)");
	EXPECT_EQ(t, e & PMD_TYPE_MASK, (unsigned long)PMD_TYPE_SECT);
	EXPECT_TRUE(t, e & PMD_SECT_APX);
	EXPECT_TRUE(t, e & PMD_SECT_XN);
	EXPECT_TRUE(t, translates(FDT_FIXED_BASE + FDT_FIXED_SIZE - 1, NULL));
	KTEST_EXPECT_FAULT(&f, *(volatile u32 *)FDT_FIXED_BASE = 0);
	ASSERT_TRUE(t, f.caught);
	EXPECT_TRUE(t, is_permission_fault(f.fsr));
}

static void pkmap_and_fixmap_tables(struct ktest *t)
{
	pmd_t *pmd = pmd_off_k(FIXADDR_TOP);

	EXPECT_TRUE(t, pmd_table(pmd[0]) && pmd_table(pmd[1]));
	EXPECT_PTR_EQ(t, pmd_page_vaddr(*pmd), fixmap_page_table);
	EXPECT_EQ_HEX(t, pmd_val(pmd[1]) - pmd_val(pmd[0]), 1024UL);
	EXPECT_EQ_HEX(t, pmd_val(pmd[0]) & 0xfffUL, PTE_HWTABLE_OFF | _PAGE_KERNEL_TABLE);
	EXPECT_FALSE(t, translates(__fix_to_virt(FIX_KMAP_BEGIN), NULL));
#ifdef CONFIG_HIGHMEM
	pmd = pmd_off_k(PKMAP_BASE);
	EXPECT_TRUE(t, pmd_table(pmd[0]) && pmd_table(pmd[1]));
	EXPECT_PTR_EQ(t, pmd_page_vaddr(*pmd), pkmap_page_table);
#endif
}

/* The `pte ADDR` monitor command decodes the walk; bad input is a usage message and a failure. */
static void pte_command(struct ktest *t)
{
	char line[48], log[1024];

	console_muted = true;
	snprintf(line, sizeof(line), "pte %lx", (unsigned long)stext);
	EXPECT_EQ(t, monitor_exec(line), 0);
	ktest_log_tail(log, sizeof(log));
	EXPECT_NOT_NULL(t, strstr(log, "AP 101 (kernel RO)"));
	EXPECT_NOT_NULL(t, strstr(log, "present young dirty rdonly mt=writeback"));
	snprintf(line, sizeof(line), "pte %lx", EARLY_UART_VIRT);
	EXPECT_EQ(t, monitor_exec(line), 0);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "(device), S"));
	snprintf(line, sizeof(line), "pte 0");
	EXPECT_EQ(t, monitor_exec(line), 0);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "fault (unmapped)"));
	snprintf(line, sizeof(line), "pte");
	EXPECT_EQ(t, monitor_exec(line), 1);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "usage: pte ADDR"));
	snprintf(line, sizeof(line), "pte c00z");
	EXPECT_EQ(t, monitor_exec(line), 1);
	snprintf(line, sizeof(line), "pte 1 2");
	EXPECT_EQ(t, monitor_exec(line), 1);
	console_muted = false;
}

static const struct ktest_case paging_cases[] = {
	KTEST_CASE(geometry),
	KTEST_CASE(pte_helpers_round_trip),
	KTEST_CASE(pte_modify_keeps_page_young_dirty),
	KTEST_CASE(set_pte_ext_hw_bits),
	KTEST_CASE(kernel_map_permissions),
	KTEST_CASE(lowmem_uses_sections),
	KTEST_CASE(text_not_writable),
	KTEST_CASE(rodata_not_writable),
	KTEST_CASE(data_not_executable),
	KTEST_CASE(bss_not_executable),
	KTEST_CASE(stack_not_executable),
	KTEST_CASE(lowmem_linear_map_covers_lowmem),
	KTEST_CASE(identity_and_user_space_unmapped),
	KTEST_CASE(vmalloc_area_unmapped),
	KTEST_CASE(early_io_windows_are_device),
	KTEST_CASE(dtb_window_read_only),
	KTEST_CASE(pkmap_and_fixmap_tables),
	KTEST_CASE(pte_command),
};
KTEST_SUITE(paging_suite, "paging", paging_cases);
