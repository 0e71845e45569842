/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Switching address spaces (Linux arch/arm/include/asm/mmu_context.h).
 * The ASID allocator and the register sequence are in
 * arch/arm/mm/context.c; <asm/mmu.h> describes mm->context.id.
 */
#ifndef _ASM_MMU_CONTEXT_H
#define _ASM_MMU_CONTEXT_H

#include <kernel/mm_types.h>
#include <asm/mmu.h>

struct task_struct;

/*
 * Makes mm the address space this CPU translates user addresses with:
 * gives it an ASID of the current generation if it has none (starting a
 * new generation, with the one TLBIALL, when all 255 are taken), then
 * loads CONTEXTIDR and TTBR0. No TLB maintenance otherwise. init_mm
 * loads swapper_pg_dir with the reserved ASID 0. Masks IRQs itself.
 */
void check_and_switch_context(struct mm_struct *mm, struct task_struct *tsk);

/* The scheduler's hook (kernel/sched/core.c): prev may be NULL. */
void switch_mm(struct mm_struct *prev, struct mm_struct *next, struct task_struct *tsk);

/* For tests and the monitor: the allocator's state. */
struct asid_stats {
	u64 generation;			/* the current one, in context.id's upper bits */
	unsigned long rollovers;	/* new generations since boot */
	unsigned long tlb_flushes;	/* TLBIALLs the allocator issued */
	unsigned int free;		/* ASIDs left in this generation */
};
void asid_get_stats(struct asid_stats *st);

#endif
