// SPDX-License-Identifier: GPL-2.0
/*
 * A recording fake of mm/vmalloc_pgtable.c for the host vmalloc test: the
 * same contract (vmap_pages_range and ioremap_page_range map every page or
 * none and return -ENOMEM; vunmap_range clears a range, mapped or not;
 * vmalloc_to_page reads an entry), over a table with one entry per page
 * of the fake window instead of page tables. Anything the real code
 * would report, or that would be a bug in the caller (a range outside the
 * window, an unaligned address, mapping over a mapped page), counts in
 * fake_errors, which the tests expect to stay 0.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include "vmalloc_shim.h"

unsigned long host_vmalloc_start, host_vmalloc_end;
unsigned long fake_mapped, fake_errors, fake_fail_after;
unsigned long fake_unmap_start, fake_unmap_end, fake_unmap_calls;
static struct fake_pte table[FAKE_PTES];

void fake_vmalloc_window(unsigned long start, unsigned long end)
{
	host_vmalloc_start = start;
	host_vmalloc_end = end;
	memset(table, 0, sizeof(table));
	fake_mapped = fake_errors = fake_fail_after = 0;
	fake_unmap_start = fake_unmap_end = fake_unmap_calls = 0;
	if (start >= end || (start | end) & ~PAGE_MASK || (end - start) / PAGE_SIZE > FAKE_PTES)
		fake_errors++;
}

struct fake_pte *fake_pte(unsigned long addr)
{
	if (addr < VMALLOC_START || addr >= VMALLOC_END)
		return NULL;
	return &table[(addr - VMALLOC_START) >> PAGE_SHIFT];
}

/* The entries for [addr, addr + nr pages), or NULL (counted) if that is not all window. */
static struct fake_pte *range(unsigned long addr, unsigned long nr)
{
	if (addr & ~PAGE_MASK || addr < VMALLOC_START || addr >= VMALLOC_END ||
	    nr > (VMALLOC_END - addr) >> PAGE_SHIFT) {
		fake_errors++;
		return NULL;
	}
	return fake_pte(addr);
}

static void clear(struct fake_pte *e, unsigned long nr)
{
	unsigned long i;

	for (i = 0; i < nr; i++) {
		fake_mapped -= e[i].mapped;
		memset(&e[i], 0, sizeof(e[i]));
	}
}

/* Maps nr entries from e: page pages[i], or phys + i pages when pages is NULL. */
static int map(struct fake_pte *e, unsigned long nr, struct page **pages, phys_addr_t phys,
	       pgprot_t prot)
{
	unsigned long i;

	if (!e)
		return -EINVAL;
	for (i = 0; i < nr; i++) {
		if (e[i].mapped) {
			fake_errors++;
			goto fail;
		}
		if (fake_fail_after && !--fake_fail_after)
			goto fail;
		if (pages && (pages[i] < mem_map || pages[i] >= mem_map + max_mapnr)) {
			fake_errors++;
			goto fail;
		}
		e[i].mapped = true;
		e[i].page = pages ? pages[i] : NULL;
		e[i].phys = pages ? 0 : phys + (phys_addr_t)(i << PAGE_SHIFT);
		e[i].prot = prot;
		fake_mapped++;
	}
	return 0;
fail:
	clear(e, i);
	return -ENOMEM;
}

int vmap_pages_range(unsigned long addr, struct page **pages, unsigned int nr, pgprot_t prot)
{
	return map(range(addr, nr), nr, pages, 0, prot);
}

int ioremap_page_range(unsigned long addr, unsigned long end, phys_addr_t phys, pgprot_t prot)
{
	if (end < addr || (end | phys) & ~PAGE_MASK) {
		fake_errors++;
		return -EINVAL;
	}
	return map(range(addr, (end - addr) >> PAGE_SHIFT), (end - addr) >> PAGE_SHIFT, NULL, phys,
		   prot);
}

void vunmap_range(unsigned long addr, unsigned long end)
{
	struct fake_pte *e;

	fake_unmap_calls++;
	fake_unmap_start = addr;
	fake_unmap_end = end;
	if (end < addr || end & ~PAGE_MASK) {
		fake_errors++;
		return;
	}
	e = range(addr, (end - addr) >> PAGE_SHIFT);
	if (e)
		clear(e, (end - addr) >> PAGE_SHIFT);
}

struct page *vmalloc_to_page(const void *addr)
{
	struct fake_pte *e = fake_pte((unsigned long)addr);

	return e && e->mapped ? e->page : NULL;
}
