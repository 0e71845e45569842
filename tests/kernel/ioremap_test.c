// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "ioremap": device registers mapped into the vmalloc area
 * (arch/arm/mm/ioremap.c; seed document 001, section 3.2.5), on the
 * vexpress V2M system registers (arm-facts.md §10.5): SYS_ID at offset
 * 0x00 reads 0x1190F500 on QEMU, SYS_PROCID0 at 0x84 reads 0x0C000191
 * (the A9 daughterboard). The mapping must be device memory, never
 * executable; RAM is refused; iounmap leaves nothing mapped and refuses
 * what ioremap did not return.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/uaccess.h>
#include <kernel/vmalloc.h>
#include <asm/io.h>
#include <asm/pgtable.h>
#include <asm/pgtable-hwdef.h>
#include "vmallocinfo.h"

#ifdef BOARD_SYSREG_PHYS

#define SYSREG_PHYS ((phys_addr_t)BOARD_SYSREG_PHYS)
#define SYS_ID 0x00
#define SYS_PROCID0 0x84
#define SYS_ID_QEMU 0x1190f500u /* arm-facts.md §10.5 */
#define PROCID0_A9 0x0c000191u

/* The vm_struct behind an ioremap cookie (the area starts at its page). */
static struct vm_struct *io_area(volatile void __iomem *io)
{
	return find_vm_area((void *)((unsigned long)io & PAGE_MASK));
}

/* The kernel's Linux pte for va (pte tables only: the vmalloc area has no sections). */
static pte_t *kernel_ptep(unsigned long va)
{
	pmd_t *pmd = pmd_off_k(va);

	if (pmd_none(*pmd) || !pmd_table(*pmd))
		return NULL;
	return pte_offset_kernel(pmd, va);
}

static void sys_id_reads_the_expected_value(struct ktest *t)
{
	void __iomem *io = ioremap(SYSREG_PHYS, PAGE_SIZE);

	ASSERT_NOT_NULL(t, io);
	EXPECT_TRUE(t, is_vmalloc_addr((void *)io));
	EXPECT_TRUE(t, PAGE_ALIGNED(io));
	EXPECT_EQ_HEX(t, readl(io + SYS_ID), SYS_ID_QEMU);
	EXPECT_EQ_HEX(t, readl(io + SYS_PROCID0), PROCID0_A9);
	ktest_info(t, "SYS_ID 0x%08x at %p", readl(io + SYS_ID), io);
	iounmap(io);
}

/*
 * The pte: PAGE_KERNEL_DEVICE for the register page, and in hardware a
 * small page of type device (TEX[0] with C = B = 0: remap index 4),
 * shareable, kernel RW (AP 001), XN; then the guard page, empty.
 */
static void mapping_is_device_memory_and_xn(struct ktest *t)
{
	void __iomem *io = ioremap(SYSREG_PHYS, PAGE_SIZE);
	unsigned long va = (unsigned long)io;
	struct vm_struct *v;
	pte_t *ptep;

	ASSERT_NOT_NULL(t, io);
	v = io_area(io);
	ASSERT_NOT_NULL(t, v);
	EXPECT_EQ(t, v->flags, VM_IOREMAP);
	EXPECT_EQ_HEX(t, v->phys_addr, SYSREG_PHYS);
	EXPECT_EQ(t, get_vm_area_size(v), PAGE_SIZE);
	EXPECT_EQ(t, v->nr_pages, 0u);
	ptep = kernel_ptep(va);
	ASSERT_NOT_NULL(t, ptep);
	EXPECT_EQ_HEX(t, pte_val(*ptep),
		      pte_val(pfn_pte(SYSREG_PHYS >> PAGE_SHIFT, PAGE_KERNEL_DEVICE)));
	EXPECT_EQ_HEX(t, pte_val(*ptep) & L_PTE_MT_MASK, L_PTE_MT_DEV_SHARED);
	EXPECT_TRUE(t, pte_val(*ptep) & L_PTE_XN);
	EXPECT_FALSE(t, pte_exec(*ptep));
	EXPECT_EQ_HEX(t, *pte_hw(ptep),
		      (u32)(SYSREG_PHYS | PTE_EXT_TEX(1) | PTE_EXT_SHARED | PTE_EXT_AP0 |
			    PTE_TYPE_SMALL | PTE_EXT_XN));
	EXPECT_FALSE(t, *pte_hw(ptep) & (PTE_CACHEABLE | PTE_BUFFERABLE));
	/* no struct page behind a register */
	EXPECT_PTR_EQ(t, vmalloc_to_page((void *)va), NULL);
	ptep = kernel_ptep(va + PAGE_SIZE);
	EXPECT_TRUE(t, !ptep || pte_none(*ptep)); /* the guard page */
	iounmap(io);
}

/* RAM the kernel owns is refused, lowmem or HIGHMEM, whole or in part. */
static void ram_refused(struct ktest *t)
{
	static char log[256];
	unsigned long reports = vmalloc_error_reports();
	void *buf = kmalloc(64, GFP_KERNEL);
	void __iomem *io[5];
	struct page *high;
	unsigned int i;

	ASSERT_NOT_NULL(t, buf);
	high = alloc_page(GFP_HIGHUSER);
	ASSERT_NOT_NULL(t, high);
	console_muted = true;
	io[0] = ioremap(__pa(buf), 64);
	io[1] = ioremap(PHYS_OFFSET, PAGE_SIZE);
	io[2] = ioremap(PHYS_OFFSET - PAGE_SIZE, 2 * PAGE_SIZE); /* runs into RAM */
	io[3] = ioremap(page_to_phys(high), PAGE_SIZE); /* HIGHMEM at 1 GiB */
	io[4] = ioremap(SYSREG_PHYS, 0); /* nothing */
	console_muted = false;
	for (i = 0; i < 5; i++)
		EXPECT_PTR_EQ(t, io[i], NULL);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "ioremap("));
	EXPECT_EQ(t, vmalloc_error_reports(), reports);
	__free_page(high);
	kfree(buf);
}

/* A register address inside a page: the cookie keeps the offset; a range over two pages. */
static void unaligned_phys_keeps_the_offset(struct ktest *t)
{
	void __iomem *io = ioremap(SYSREG_PHYS + SYS_PROCID0, 4);
	void __iomem *io2;

	ASSERT_NOT_NULL(t, io);
	EXPECT_EQ(t, (unsigned long)io & ~PAGE_MASK, (unsigned long)SYS_PROCID0);
	EXPECT_EQ_HEX(t, readl(io), PROCID0_A9);
	EXPECT_EQ_HEX(t, readl(io - SYS_PROCID0 + SYS_ID), SYS_ID_QEMU);
	EXPECT_EQ(t, get_vm_area_size(io_area(io)), PAGE_SIZE);
	EXPECT_EQ_HEX(t, io_area(io)->phys_addr, SYSREG_PHYS);
	/* 8 bytes over a page boundary: two pages, the offset kept */
	io2 = ioremap(SYSREG_PHYS + PAGE_SIZE - 4, 8);
	ASSERT_NOT_NULL(t, io2);
	EXPECT_EQ(t, (unsigned long)io2 & ~PAGE_MASK, PAGE_SIZE - 4);
	EXPECT_EQ(t, get_vm_area_size(io_area(io2)), 2 * PAGE_SIZE);
	iounmap(io); /* the cookie, not the page: iounmap finds the area */
	iounmap(io2);
	EXPECT_PTR_EQ(t, io_area(io), NULL);
	EXPECT_PTR_EQ(t, io_area(io2), NULL);
}

static void iounmap_unmaps(struct ktest *t)
{
	void __iomem *io = ioremap(SYSREG_PHYS, PAGE_SIZE);
	u32 v;

	ASSERT_NOT_NULL(t, io);
	EXPECT_EQ_HEX(t, readl(io + SYS_ID), SYS_ID_QEMU);
	EXPECT_EQ(t, copy_from_kernel_nofault(&v, (void *)(io + PAGE_SIZE), 4), -EFAULT);
	iounmap(io);
	EXPECT_EQ(t, copy_from_kernel_nofault(&v, (void *)io, 4), -EFAULT);
	EXPECT_EQ(t, copy_from_kernel_nofault(&v, (void *)(io + SYS_PROCID0), 4), -EFAULT);
	EXPECT_PTR_EQ(t, find_vm_area_containing((void *)io), NULL);
}

/* iounmap of what ioremap did not return: a warning, nothing unmapped, no crash. */
static void iounmap_bogus_is_reported(struct ktest *t)
{
	static char log[4096];
	void __iomem *io = ioremap(SYSREG_PHYS, PAGE_SIZE);
	u32 *p = vmalloc(PAGE_SIZE);

	ASSERT_TRUE(t, io && p);
	p[0] = 0x600df00d;
	iounmap(NULL); /* a no-op */
	console_muted = true;
	iounmap((void __iomem *)(io + PAGE_SIZE)); /* its guard page */
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "iounmap of"));
	console_muted = true;
	iounmap((void __iomem *)p); /* a vmalloc area */
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "iounmap of"));
	console_muted = true;
	iounmap((void __iomem *)(VMALLOC_END - PAGE_SIZE)); /* nothing there */
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "iounmap of"));
	/* both areas as they were */
	EXPECT_EQ_HEX(t, p[0], 0x600df00dul);
	EXPECT_EQ_HEX(t, readl(io + SYS_ID), SYS_ID_QEMU);
	vfree(p);
	iounmap(io);
}

static void vmallocinfo_shows_ioremap(struct ktest *t)
{
	void __iomem *io = ioremap(SYSREG_PHYS + SYS_PROCID0, 4);
	char line[160], phys[24];

	ASSERT_NOT_NULL(t, io);
	ASSERT_NOT_NULL(t, vmallocinfo_line((void *)((unsigned long)io & PAGE_MASK), line,
					    sizeof(line)));
	ktest_info(t, "%s", line);
	EXPECT_TRUE(t, ends_with(line, " ioremap")); /* the kind, and no other */
	snprintf(phys, sizeof(phys), " phys=0x%08lx", (unsigned long)SYSREG_PHYS);
	EXPECT_NOT_NULL(t, strstr(line, phys));
	EXPECT_NOT_NULL(t, strstr(line, " vmallocinfo_shows_ioremap+0x"));
	EXPECT_NOT_NULL(t, strstr(line, "    8192 ")); /* a page and its guard */
	EXPECT_PTR_EQ(t, strstr(line, "pages="), NULL);
	iounmap(io);
}

static const struct ktest_case ioremap_cases[] = {
	KTEST_CASE(sys_id_reads_the_expected_value),
	KTEST_CASE(mapping_is_device_memory_and_xn),
	KTEST_CASE(ram_refused),
	KTEST_CASE(unaligned_phys_keeps_the_offset),
	KTEST_CASE(iounmap_unmaps),
	KTEST_CASE(iounmap_bogus_is_reported),
	KTEST_CASE(vmallocinfo_shows_ioremap),
};
KTEST_SUITE(ioremap_suite, "ioremap", ioremap_cases);

#endif /* SYSREG_PHYS */
