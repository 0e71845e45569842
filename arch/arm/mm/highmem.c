// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic()/kunmap_atomic(): short-lived mappings of HIGHMEM pages in
 * this CPU's fixmap slots (seed document 001, section 3.2.4; Linux
 * arch/arm/mm/highmem.c before 5.11, now mm/highmem.c's kmap_local).
 *
 * The slots FIX_KMAP_BEGIN.. FIX_KMAP_END (KM_MAX_IDX per CPU, in the
 * fixmap pte table paging_init made) are used as a stack: kmap_atomic
 * pushes (kmap_atomic_idx_push) and maps the page at the new top slot;
 * kunmap_atomic must be given the top slot's address, clears its pte and
 * flushes that one TLB entry, and pops. Nothing may sleep in between,
 * and the task is not preempted: kmap_atomic disables preemption (also
 * for a lowmem page, as Linux does) and kunmap_atomic enables it, so
 * another task can never push onto this CPU's slot stack in the middle. A lowmem page needs no slot: its
 * linear address is returned, and kunmap_atomic of a lowmem address does
 * nothing. Mapping an empty slot needs no TLB flush: a faulting entry is
 * never cached, and every unmap flushed the slot.
 */
#include <kernel/bench.h>
#include <kernel/highmem.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>
#include <asm/tlbflush.h>

static int __kmap_atomic_idx; /* slots in use on this (the only) CPU */

int kmap_atomic_idx(void)
{
	return __kmap_atomic_idx;
}

static pte_t *fixmap_pte(unsigned long vaddr)
{
	return fixmap_page_table + pte_index(vaddr);
}

void *kmap_atomic(struct page *page)
{
	unsigned long vaddr;
	int idx;

	preempt_disable();
	if (!PageHighMem(page))
		return page_address(page);
	if (__kmap_atomic_idx >= KM_MAX_IDX) {
		pr_warn("kmap_atomic: all %d slots are in use (missing kunmap_atomic?)\n",
			KM_MAX_IDX);
		preempt_enable();
		return NULL;
	}
	idx = FIX_KMAP_BEGIN + __kmap_atomic_idx++;
	vaddr = __fix_to_virt(idx);
	set_pte_ext(fixmap_pte(vaddr), mk_pte(page, kmap_prot), 0);
	return (void *)vaddr;
}

void kunmap_atomic(void *kvaddr)
{
	unsigned long vaddr = (unsigned long)kvaddr & PAGE_MASK;
	unsigned long top;

	if (vaddr >= PAGE_OFFSET && vaddr < (unsigned long)high_memory) {
		preempt_enable(); /* a lowmem page: kmap_atomic gave its linear address */
		return;
	}
	if (vaddr > __fix_to_virt(FIX_KMAP_BEGIN) || vaddr < __fix_to_virt(FIX_KMAP_END)) {
		pr_warn("kunmap_atomic: %p is not a kmap_atomic address\n", kvaddr);
		return;
	}
	if (!__kmap_atomic_idx) {
		pr_warn("kunmap_atomic: %p: no kmap_atomic slot is in use\n", kvaddr);
		return;
	}
	top = __fix_to_virt(FIX_KMAP_BEGIN + __kmap_atomic_idx - 1);
	if (vaddr != top) {
		pr_warn("kunmap_atomic: %p is not the last kmap_atomic (0x%08lx): unmap in reverse "
			"order\n",
			kvaddr, top);
		return;
	}
	pte_clear(fixmap_pte(vaddr));
	local_flush_tlb_kernel_page(vaddr);
	__kmap_atomic_idx--;
	preempt_enable();
}

static void kmap_atomic_op(void *arg)
{
	kunmap_atomic(kmap_atomic(arg));
}

/* One kmap_atomic + kunmap_atomic pair of a HIGHMEM page (lowmem if there is none). */
static u64 bench_kmap_atomic(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER | __GFP_NOWARN);
	u64 insns;

	if (!page)
		return 0;
	insns = bench_per_call(kmap_atomic_op, page, 1000);
	__free_page(page);
	return insns;
}
BENCH("kmap_atomic", "insns", bench_kmap_atomic);
