/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Making, sharing and freeing address spaces (Linux kernel/fork.c and
 * include/linux/sched/mm.h). The two reference counts are explained
 * above struct mm_struct in <kernel/mm_types.h>.
 */
#ifndef _KERNEL_MM_CONTEXT_H
#define _KERNEL_MM_CONTEXT_H

#include <kernel/mm_types.h>

/* The kernel's own address space: swapper_pg_dir, ASID 0, never freed. */
extern struct mm_struct init_mm;

/*
 * A new, empty address space: a pgd from pgd_alloc (the kernel part
 * only), no VMAs, no ASID yet, mm_users = mm_count = 1. NULL on no memory.
 */
struct mm_struct *mm_alloc(void);
/*
 * Drops a user: the last one frees the page tables (pgd_free) and drops
 * the mm_users share of mm_count. Its ASID is not given back: the TLB may
 * still hold entries tagged with it, so it is reused only after the next
 * generation's TLBIALL (arch/arm/mm/context.c). The pgd must not be the
 * loaded one: switch away first.
 */
void mmput(struct mm_struct *mm);
/* A user more (a task that will run in it). */
void mmget(struct mm_struct *mm);
/* A reference to the struct only (lazy TLB); mmdrop frees it at zero. */
void mmgrab(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);

#endif
