/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the mm_struct and asid suites: one user page mapped by
 * hand into an mm (no VMAs yet), and entering an mm from a test.
 */
#ifndef _TESTS_KERNEL_MM_USER_H
#define _TESTS_KERNEL_MM_USER_H

#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/mm_context.h>
#include <kernel/sched.h>
#include <kernel/uaccess.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>

#define USER_VA	0x10000UL

/*
 * Maps page at addr in mm, user read-only (PAGE_READONLY: the kernel
 * reads it through addr too), non-global through set_pte_at. The pte
 * table comes from the page allocator and pgd_free gives it back.
 * Returns 0 or -ENOMEM.
 */
static inline int map_user_page(struct mm_struct *mm, unsigned long addr, struct page *page)
{
	pte_t *ptep = mm_pte(mm, addr, true);

	if (!ptep)
		return -ENOMEM;
	set_pte_at(mm, addr, ptep, mk_pte(page, PAGE_READONLY));
	return 0;
}

/*
 * The word at a user address of whichever mm is loaded, through
 * copy_from_user: the kernel's own loads may not reach user memory
 * (software PAN, <asm/domain.h>). 0xdeadbeef if it cannot be read.
 */
static inline u32 read_user_word(unsigned long addr)
{
	u32 v;

	if (copy_from_user(&v, (const void __user *)addr, sizeof(v)))
		return 0xdeadbeef;
	return v;
}

/* Switches this CPU to mm by hand, preemption off until leave_mm. */
static inline void enter_mm(struct mm_struct *mm)
{
	preempt_disable();
	switch_mm(NULL, mm, current);
}

/* Back on swapper_pg_dir (init_mm), preemption on again. */
static inline void leave_mm(void)
{
	switch_mm(NULL, &init_mm, current);
	preempt_enable();
}

#endif
