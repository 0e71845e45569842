/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reaching any page from the kernel, HIGHMEM included (section 3.2.4).
 *
 * A lowmem page always has its linear-map address. A HIGHMEM page has no
 * kernel address until it is mapped:
 *   kmap(page)/kunmap(page)        a slot in the PKMAP area (PAGE_OFFSET -
 *                                  2 MiB, LAST_PKMAP slots, use-counted);
 *                                  may be held for long (mm/highmem.c)
 *   kmap_atomic(page)/kunmap_atomic(addr)
 *                                  a FIXADDR slot of this CPU, stacked:
 *                                  unmap in the reverse order, hold briefly
 *                                  (arch/arm/mm/highmem.c)
 * Without CONFIG_HIGHMEM both are page_address().
 */
#ifndef _KERNEL_HIGHMEM_H
#define _KERNEL_HIGHMEM_H

#include <kernel/mm.h>
#include <kernel/string.h>

#ifdef CONFIG_HIGHMEM
/* Returns NULL (with a warning) when every PKMAP slot is in use: no scheduler to wait on. */
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_atomic(struct page *page);
void kunmap_atomic(void *addr);
/* The PKMAP layer under kmap() for HIGHMEM pages (mm/highmem.c). */
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
/* Tests: the use count of PKMAP slot nr; the depth of this CPU's kmap_atomic stack. */
int pkmap_slot_count(unsigned int nr);
int kmap_atomic_idx(void);
#else
static inline void *kmap(struct page *page)
{
	return page_address(page);
}

static inline void kunmap(struct page *page)
{
}

static inline void *kmap_atomic(struct page *page)
{
	return page_address(page);
}

static inline void kunmap_atomic(void *addr)
{
}
#endif

static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_atomic(page);

	clear_page(kaddr);	/* stm, 16 words at a time: 8 times fewer instructions than memset */
	kunmap_atomic(kaddr);
}

#endif
