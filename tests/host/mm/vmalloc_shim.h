/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The page-table side of mm/vmalloc.c for the host test (vmalloc_shim.c):
 * a recording fake of mm/vmalloc_pgtable.c. The vmalloc window is fake
 * addresses; each of its pages has one entry here that says what
 * vmap_pages_range or ioremap_page_range put there, so a test can check
 * that exactly the usable pages of live areas are mapped (never a guard
 * page), that vfree unmapped exactly its area, and can make a mapping
 * fail part-way.
 */
#ifndef _HOST_MM_VMALLOC_SHIM_H
#define _HOST_MM_VMALLOC_SHIM_H

#include <kernel/types.h>
#include <asm/pgtable.h>

struct page;

/* The largest window the table covers: 256 MiB of 4 KiB pages. */
#define FAKE_PTES (1ul << 16)

struct fake_pte {
	bool mapped;
	struct page *page; /* vmap_pages_range; NULL for ioremap */
	phys_addr_t phys; /* ioremap_page_range */
	pgprot_t prot;
};

/* Sets VMALLOC_START/VMALLOC_END (page aligned, at most FAKE_PTES pages) and clears the table. */
void fake_vmalloc_window(unsigned long start, unsigned long end);
/* The entry of the page holding addr; NULL outside the window. */
struct fake_pte *fake_pte(unsigned long addr);

extern unsigned long fake_mapped; /* entries mapped now */
extern unsigned long fake_errors; /* bad calls: outside the window, unaligned, remapping */
/* Pages mapped from now on before one fails (-ENOMEM, none of that call left); 0: never. */
extern unsigned long fake_fail_after;
/* The last vunmap_range call, and how many there were. */
extern unsigned long fake_unmap_start, fake_unmap_end, fake_unmap_calls;

#endif
