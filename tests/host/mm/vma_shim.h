/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The page-table side of the area code for the host tests (vma_shim.c):
 * a recording fake of mm/unmap.c and mm/gup.c over one flat table of
 * "ptes", one per user page. mm_populate fills an entry with the area's
 * page (vm_ops->fault's, with its reference) or a token for anonymous
 * memory; unmap_region and zap_page_range empty them, putting the pages.
 * A test then checks that no entry outlives its area, and that a shared
 * object's pages are freed with its last area.
 */
#ifndef _HOST_MM_VMA_SHIM_H
#define _HOST_MM_VMA_SHIM_H

#include <kernel/mm_types.h>

/* The vm_area_struct cache and the fake table; after kmem_cache_init. */
void vma_shim_init(void);
/* A new empty mm in the chosen layout; vma_shim_mm_free: exit_mmap and free. */
struct mm_struct *vma_shim_mm(bool legacy);
void vma_shim_mm_free(struct mm_struct *mm);
/* Is the page at addr "mapped" in the fake table? */
bool vma_shim_present(unsigned long addr);
/* Entries filled now; calls of unmap_region; entries outside any area found by it. */
extern unsigned long vma_shim_present_pages, vma_shim_unmap_calls, vma_shim_errors;

#endif
