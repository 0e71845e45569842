// SPDX-License-Identifier: GPL-2.0
/*
 * ioremap (seed document 001, section 3.2.5: "it can map a memory block
 * taken from the physical address space and used by the system bus for
 * I/O operations into the kernel's address space"). The registers get a
 * VM_IOREMAP area of the vmalloc space, mapped as shareable device memory
 * and never executable (PAGE_KERNEL_DEVICE), page by page.
 *
 * RAM is refused: the kernel already maps it (the linear map, or kmap
 * for HIGHMEM) as normal cacheable memory, and a second, device-typed
 * mapping of the same bytes would be a mismatched-attribute alias.
 */
#include <kernel/bench.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/vmalloc.h>
#include <asm/io.h>
#include <asm/pgtable.h>

static bool overlaps_ram(phys_addr_t phys, size_t size)
{
	phys_addr_t a;

	for (a = phys & PAGE_MASK; a - (phys & PAGE_MASK) < size + (phys & ~PAGE_MASK);
	     a += PAGE_SIZE)
		if (memblock_is_memory(a))
			return true;
	return false;
}

static void __iomem *__ioremap_caller(phys_addr_t phys, size_t size, const void *caller)
{
	unsigned long offset = phys & ~PAGE_MASK;
	struct vm_struct *area;
	unsigned long addr;

	if (!size || (u64)phys + size - 1 > 0xffffffffull) {
		pr_warn("ioremap(0x%08lx, %zu): bad range\n", (unsigned long)phys, size);
		return NULL;
	}
	if (overlaps_ram(phys, size)) {
		pr_warn("ioremap(0x%08lx, %zu): refused: RAM the kernel owns\n",
			(unsigned long)phys, size);
		return NULL;
	}
	size = PAGE_ALIGN(size + offset);
	area = __get_vm_area_node(size, PAGE_SIZE, VM_IOREMAP, VMALLOC_START, VMALLOC_END, caller);
	if (!area)
		return NULL;
	addr = (unsigned long)area->addr;
	area->phys_addr = phys - offset;
	if (ioremap_page_range(addr, addr + size, phys - offset, PAGE_KERNEL_DEVICE)) {
		free_vm_area(area);
		return NULL;
	}
	return (void __iomem *)(addr + offset);
}

void __iomem *ioremap(phys_addr_t phys, size_t size)
{
	return __ioremap_caller(phys, size, __builtin_return_address(0));
}

void iounmap(volatile void __iomem *io_addr)
{
	void *addr = (void *)((unsigned long)io_addr & PAGE_MASK);
	struct vm_struct *area = find_vm_area(addr);

	if (!io_addr)
		return;
	if (!area || !(area->flags & VM_IOREMAP)) {
		vmalloc_report("iounmap of an address ioremap did not return", (const void *)io_addr,
			       __builtin_return_address(0));
		return;
	}
	vunmap_range((unsigned long)addr, (unsigned long)addr + get_vm_area_size(area));
	free_vm_area(area);
}

static void ioremap_iounmap(void *arg)
{
	iounmap(ioremap(BOARD_UART_PHYS, PAGE_SIZE));
}

static u64 bench_ioremap(void)
{
	return bench_per_call(ioremap_iounmap, NULL, 64);
}
BENCH("ioremap_iounmap", "insns", bench_ioremap);
