/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the fault path (mm/memory.c) offers the rest of the kernel beyond
 * handle_mm_fault (<kernel/mman.h>): the zero page, and mapping a page
 * exec filled itself.
 */
#ifndef _KERNEL_PAGEFAULT_H
#define _KERNEL_PAGEFAULT_H

#include <kernel/mm_types.h>

/*
 * The page of zeroes that read faults on fresh anonymous memory map
 * (Linux's ZERO_PAGE), made on first use; NULL before that or if no
 * page was free. zero_page() makes it if need be.
 */
extern struct page *empty_zero_page;
struct page *zero_page(void);
#define ZERO_PAGE(vaddr)	((void)(vaddr), empty_zero_page)

/*
 * Maps page, which the caller allocated and filled, at addr of vma
 * (young; writable and dirty if the area is writable). The caller's
 * reference becomes the mapping's. 0, -ENOMEM (no pte table), or -EBUSY
 * (something is mapped there already; the reference stays the caller's).
 */
int insert_anon_page(struct vm_area_struct *vma, unsigned long addr, struct page *page);

/*
 * Linux's kthread_use_mm / kthread_unuse_mm: the calling kernel thread
 * runs in mm (current->mm, TTBR0) until unuse, so its uaccess routines
 * reach mm's user memory and their faults are served in mm; unuse
 * leaves it on init_mm. For the self-tests and benchmarks; the caller
 * keeps its own reference on mm.
 */
void kthread_use_mm(struct mm_struct *mm);
void kthread_unuse_mm(struct mm_struct *mm);

#endif
