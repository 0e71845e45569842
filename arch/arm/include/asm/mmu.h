/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ASID in mm->context.id (seed document 002; Linux
 * arch/arm/include/asm/mmu.h and arch/arm/mm/context.c).
 *
 *   63                       8 7        0
 *  +--------------------------+----------+
 *  |        generation        |   ASID   |
 *  +--------------------------+----------+
 *
 * The low 8 bits are what CONTEXTIDR[7:0] gets and what the TLB tags
 * every non-global (nG) entry with. The generation says which round of
 * ASID allocation the number belongs to: an mm whose generation is not
 * the current one has no ASID and gets a fresh one at its next switch.
 * ASID 0 is reserved: init_mm runs with it, and every switch passes
 * through it (arch/arm/mm/context.c).
 */
#ifndef _ASM_MMU_H
#define _ASM_MMU_H

#define ASID_BITS		8
#define NUM_USER_ASIDS		(1U << ASID_BITS)	/* 256 numbers, 255 for mms */
#define ASID_MASK		((1ULL << ASID_BITS) - 1)
#define ASID_FIRST_VERSION	(1ULL << ASID_BITS)	/* generation 1 */
#define ASID_GENERATION(id)	((id) & ~ASID_MASK)

#define ASID(mm)		((unsigned int)((mm)->context.id & ASID_MASK))

#endif
