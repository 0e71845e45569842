// SPDX-License-Identifier: GPL-2.0
/*
 * ASIDs: switching address spaces without flushing the TLB (seed
 * document 002; the design of Linux arch/arm/mm/context.c, cut to one
 * CPU).
 *
 * User pages are mapped non-global (nG, set_pte_at), so every TLB entry
 * for them carries the 8-bit ASID that was in CONTEXTIDR when the walk
 * loaded it, and entries of different address spaces live side by side.
 * A switch only writes CONTEXTIDR and TTBR0.
 *
 * Allocation. mm->context.id = generation | ASID (<asm/mmu.h>). asid_map
 * has a bit per ASID taken in the current generation; bit 0 is always set
 * (ASID 0 is reserved). An mm whose generation is the current one owns
 * its ASID; any other mm (new, or from an older generation) gets one at
 * its next switch: its old number if that is still free in this
 * generation, else the next free one. When none is free, a new generation
 * starts: the bitmap is cleared and the whole TLB flushed once (TLBIALL),
 * which removes every entry tagged with an old-generation ASID, so all
 * numbers are safe to hand out again. No mm is visited: each notices its
 * stale generation at its next switch. A freed mm's ASID is thereby
 * released lazily, at the next rollover (its entries may still be in the
 * TLB until then).
 *
 * The switch sequence (ARM ARM B3.10.4, "Synchronization of changes of
 * ASID and TTBR"): CONTEXTIDR and TTBR0 cannot change together, and
 * between the two writes a speculative walk could tag the old table's
 * entries with the new ASID (or the reverse). So the CPU passes through
 * the reserved ASID 0, which no user address space ever owns:
 *
 *	CONTEXTIDR <- 0; ISB; TTBR0 <- pgd; ISB; CONTEXTIDR <- ASID; ISB
 *
 * (Linux's 2-level cpu_v7_switch_mm writes CONTEXTIDR then TTBR0 and
 * parks TTBR0 on the global-only TTBR1 table on rollover instead; this
 * kernel leaves TTBR1 unused.) Entries a walk loads while the ASID is 0
 * are only ever used with ASID 0: by init_mm (swapper_pg_dir, whose
 * entries are global) or in the next switch's window, where nothing
 * touches a user address. On rollover TTBR0 is parked on swapper_pg_dir
 * with ASID 0 before the TLBIALL, so no walk can refill the TLB with the
 * outgoing mm's entries under an old ASID after the flush.
 *
 * Locking: IRQs masked (the scheduler calls in with them masked; tests
 * call directly). One CPU.
 */
#include <kernel/compiler.h>
#include <kernel/mm_context.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <asm/cp15.h>
#include <asm/irqflags.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

#define ASID_MAP_WORDS	(NUM_USER_ASIDS / 32)

static u64 asid_generation = ASID_FIRST_VERSION;
static u32 asid_map[ASID_MAP_WORDS] = { 1 };	/* ASID 0 reserved */
static unsigned int asid_used = 1;		/* bits set in asid_map */
static unsigned int cur_idx = 1;		/* where the next search starts */
static unsigned long asid_rollovers;
static unsigned long asid_tlb_flushes;

static bool asid_test_and_set(unsigned int asid)
{
	u32 bit = 1U << (asid % 32);

	if (asid_map[asid / 32] & bit)
		return true;
	asid_map[asid / 32] |= bit;
	asid_used++;
	return false;
}

/*
 * The register sequence above. pgd is a lowmem table (pgd_alloc or
 * swapper_pg_dir); the DSB makes the table writes before it visible to
 * the walker.
 */
static void cpu_switch_mm(pgd_t *pgd, unsigned int asid)
{
	__asm__ __volatile__("dsb\n\t"
			     "mcr p15, 0, %2, c13, c0, 1\n\t" /* CONTEXTIDR <- 0 */
			     "isb\n\t"
			     "mcr p15, 0, %0, c2, c0, 0\n\t" /* TTBR0 */
			     "isb\n\t"
			     "mcr p15, 0, %1, c13, c0, 1\n\t" /* CONTEXTIDR <- ASID */
			     "isb"
			     :
			     : "r"(__pa(pgd) | TTB_FLAGS_UP), "r"(asid), "r"(0)
			     : "memory");
}

/* A new generation: every ASID free again, and the one TLB flush. */
static void asid_rollover(void)
{
	cpu_switch_mm(swapper_pg_dir, 0);
	asid_generation += ASID_FIRST_VERSION;
	memset(asid_map, 0, sizeof(asid_map));
	asid_map[0] = 1;
	asid_used = 1;
	cur_idx = 1;
	local_flush_tlb_all();	/* TLBIALL + BPIALL */
	asid_rollovers++;
	asid_tlb_flushes++;
}

/* Gives mm an ASID of the current generation (Linux's new_context). */
static void new_context(struct mm_struct *mm)
{
	unsigned int asid = ASID(mm), i;

	/* Had one in an earlier life: keep the number if nobody took it since. */
	if (asid && !asid_test_and_set(asid))
		goto done;
	if (asid_used == NUM_USER_ASIDS)
		asid_rollover();
	for (i = 0; i < NUM_USER_ASIDS; i++) {
		asid = (cur_idx + i) % NUM_USER_ASIDS;
		if (!asid_test_and_set(asid))
			break;
	}
	BUG_ON(i == NUM_USER_ASIDS);	/* asid_used said one was free */
	cur_idx = asid + 1;
done:
	mm->context.id = asid_generation | asid;
}

void check_and_switch_context(struct mm_struct *mm, struct task_struct *tsk)
{
	unsigned long flags;

	(void)tsk;
	if (mm == &init_mm) {
		cpu_switch_mm(swapper_pg_dir, 0);
		return;
	}
	local_irq_save(flags);
	if (ASID_GENERATION(mm->context.id) != asid_generation)
		new_context(mm);
	cpu_switch_mm(mm->pgd, ASID(mm));
	local_irq_restore(flags);
}

void switch_mm(struct mm_struct *prev, struct mm_struct *next, struct task_struct *tsk)
{
	if (prev != next)
		check_and_switch_context(next, tsk);
}

void asid_get_stats(struct asid_stats *st)
{
	unsigned long flags;

	local_irq_save(flags);
	st->generation = asid_generation;
	st->rollovers = asid_rollovers;
	st->tlb_flushes = asid_tlb_flushes;
	st->free = NUM_USER_ASIDS - asid_used;
	local_irq_restore(flags);
}
