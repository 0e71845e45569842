/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The vmalloc area (seed document 001, section 3.2.5; mm/vmalloc.c):
 * virtually contiguous kernel memory between VMALLOC_START and
 * VMALLOC_END, built from pages that need not be physically contiguous.
 *
 * Each sub-area is a struct vm_struct on vmlist, sorted by address. Its
 * size includes one unmapped guard page after it, so a run off the end
 * of one area faults instead of reaching the next. Creating an area is
 * three steps, as the document says: find virtual space (first fit on
 * vmlist), take page frames (one at a time, HIGHMEM preferred), and build
 * page-table entries for them in swapper_pg_dir.
 */
#ifndef _KERNEL_VMALLOC_H
#define _KERNEL_VMALLOC_H

#include <kernel/gfp.h>
#include <kernel/rbtree.h>
#include <kernel/types.h>
#include <asm/page.h>
#include <asm/pgtable-2level-types.h>

struct page;

/* vm_struct flags: what the area is (only used to say so). */
#define VM_IOREMAP 0x00000001u /* ioremap: phys_addr, device memory, no pages */
#define VM_ALLOC   0x00000002u /* vmalloc: pages[] were allocated for it */
#define VM_MAP	   0x00000004u /* vmap: the caller's pages[] mapped */

struct vm_struct {
	struct vm_struct *next;	 /* vmlist, in address order */
	void *addr;		 /* start of the area */
	unsigned long size;	 /* including the guard page */
	unsigned int flags;
	struct page **pages;	 /* VM_ALLOC, VM_MAP: one per page */
	unsigned int nr_pages;
	phys_addr_t phys_addr;	 /* VM_IOREMAP */
	const void *caller;	 /* who asked: printed by vmallocinfo */
	struct rb_node rb_node;	 /* in the address tree (mm/vmalloc.c), beside vmlist */
};

/* The usable size of an area: without its guard page. */
static inline unsigned long get_vm_area_size(const struct vm_struct *area)
{
	return area->size - PAGE_SIZE;
}

/*
 * Virtual space only: an area of size bytes (rounded up to pages) aligned
 * to align, with start <= addr and addr + size + guard <= end. NULL when
 * there is no room.
 */
struct vm_struct *__get_vm_area_node(unsigned long size, unsigned long align, unsigned int flags,
				     unsigned long start, unsigned long end, const void *caller);
struct vm_struct *get_vm_area(unsigned long size, unsigned int flags);
/* The area starting at addr (NULL if none); remove_vm_area also unlinks it (no unmapping). */
struct vm_struct *find_vm_area(const void *addr);
struct vm_struct *remove_vm_area(const void *addr);
/* Unlinks (unless remove_vm_area did) and frees an area's vm_struct, not its mappings or pages. */
void free_vm_area(struct vm_struct *area);
/* The area containing addr, guard page included; NULL if none. */
struct vm_struct *find_vm_area_containing(const void *addr);

void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
/* Never HIGHMEM pages (ZONE_NORMAL): every page also has a lowmem address. */
void *vmalloc_32(unsigned long size);
void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot);
/* Unmaps and frees an area made by vmalloc: pages and all. NULL is a no-op. */
void vfree(const void *addr);
/* Maps count caller-owned pages contiguously; vunmap undoes it (the pages stay the caller's). */
void *vmap(struct page **pages, unsigned int count, unsigned int flags, pgprot_t prot);
void vunmap(const void *addr);

/* The page behind a vmalloc/vmap address (NULL if unmapped), and its pfn (0). */
struct page *vmalloc_to_page(const void *addr);
unsigned long vmalloc_to_pfn(const void *addr);
bool is_vmalloc_addr(const void *addr);

/*
 * The kernel page-table side (mm/vmalloc_pgtable.c): map nr pages at addr
 * with prot, allocating pte tables as needed (0, or -ENOMEM with nothing
 * left mapped), map a physical range (ioremap), and clear a range.
 */
int vmap_pages_range(unsigned long addr, struct page **pages, unsigned int nr, pgprot_t prot);
int ioremap_page_range(unsigned long addr, unsigned long end, phys_addr_t phys, pgprot_t prot);
void vunmap_range(unsigned long addr, unsigned long end);

/*
 * true: every search walks vmlist from its head, as the document's code
 * does, instead of resuming after the last area placed (same result;
 * for the benchmark that compares the two).
 */
extern bool vmlist_walk_only;

/* Prints /proc/vmallocinfo's layout via print. */
void vmallocinfo_show(int (*print)(const char *fmt, ...));
/* Reports a bad vfree/vunmap/iounmap (WARNING, the caller, a backtrace) and counts it. */
void vmalloc_report(const char *what, const void *addr, const void *caller);
/* Reports (bad vfree/vunmap/iounmap) so far: the self-tests watch it. */
unsigned long vmalloc_error_reports(void);
/* Boot: the cache of vm_structs. After kmem_cache_init(). */
void vmalloc_init(void);

#endif
