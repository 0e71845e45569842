// SPDX-License-Identifier: GPL-2.0
/* The host tests' fake of the area code's page-table side (vma_shim.h). */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include "vma_shim.h"

/* What an anonymous page's entry holds: there is no real page behind it. */
#define ANON_TOKEN ((struct page *)1)

static struct page **fake_pte;
unsigned long vma_shim_present_pages, vma_shim_unmap_calls, vma_shim_errors;

void vma_shim_init(void)
{
	static struct page *table[TASK_SIZE >> PAGE_SHIFT];

	fake_pte = table;
	if (!vm_area_cachep)
		vm_area_cachep = kmem_cache_create("vm_area_struct",
						   sizeof(struct vm_area_struct), 0, 0, NULL);
}

struct mm_struct *vma_shim_mm(bool legacy)
{
	struct mm_struct *mm = kmalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->mm_rb = RB_ROOT;
	mm->task_size = TASK_SIZE;
	if (legacy)
		mmap_layout_legacy(mm);
	else
		mmap_layout_topdown(mm);
	return mm;
}

void vma_shim_mm_free(struct mm_struct *mm)
{
	exit_mmap(mm);
	kfree(mm);
}

bool vma_shim_present(unsigned long addr)
{
	return fake_pte[addr >> PAGE_SHIFT] != NULL;
}

static void clear_range(unsigned long start, unsigned long end)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page **e = &fake_pte[addr >> PAGE_SHIFT];

		if (!*e)
			continue;
		if (*e != ANON_TOKEN)
			put_page(*e);
		*e = NULL;
		vma_shim_present_pages--;
	}
}

void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev, struct vm_area_struct *next,
		  unsigned long start, unsigned long end)
{
	(void)mm;
	vma_shim_unmap_calls++;
	if ((prev && prev->vm_end > start) || (next && next->vm_start < end))
		vma_shim_errors++;
	for (; vma; vma = vma->vm_next) {
		if (vma->vm_start < start || vma->vm_end > end)
			vma_shim_errors++;
		clear_range(vma->vm_start, vma->vm_end);
	}
}

void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	if (start < vma->vm_start || end > vma->vm_end)
		vma_shim_errors++;
	clear_range(start, end);
}

void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       pgprot_t newprot)
{
	(void)newprot;
	if (start < vma->vm_start || end > vma->vm_end)
		vma_shim_errors++;
}

int move_page_tables(struct mm_struct *mm, unsigned long old_addr, unsigned long new_addr,
		     unsigned long len)
{
	unsigned long off;

	(void)mm;
	for (off = 0; off < len; off += PAGE_SIZE) {
		struct page **from = &fake_pte[(old_addr + off) >> PAGE_SHIFT];
		struct page **to = &fake_pte[(new_addr + off) >> PAGE_SHIFT];

		if (*to)
			vma_shim_errors++;	/* the new range must be empty */
		*to = *from;
		*from = NULL;
	}
	return 0;
}

/* mm/gup.c's walk, filling the fake table instead of ptes. */
int mm_populate(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len), addr;
	struct vm_area_struct *vma;

	start &= PAGE_MASK;
	for (vma = find_vma(mm, start); vma && vma->vm_start < end; vma = vma->vm_next) {
		if (vma->vm_flags & (VM_IO | VM_PFNMAP) || !(vma->vm_flags & VM_ACCESS_FLAGS))
			continue;
		for (addr = max(start, vma->vm_start); addr < min(end, vma->vm_end);
		     addr += PAGE_SIZE) {
			struct page **e = &fake_pte[addr >> PAGE_SHIFT];
			struct vm_fault vmf = {
				.vma = vma,
				.address = addr,
				.pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT),
			};

			if (*e)
				continue;
			if (vma->vm_ops && vma->vm_ops->fault) {
				if (vma->vm_ops->fault(&vmf))
					return -ENOMEM;
				*e = vmf.page;
			} else {
				*e = ANON_TOKEN;
			}
			vma_shim_present_pages++;
		}
	}
	return 0;
}
