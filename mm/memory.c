// SPDX-License-Identifier: GPL-2.0
/*
 * Demand paging, copy-on-write and fork's page copy (seed document 001,
 * section 3.4.4; Linux's mm/memory.c).
 *
 * handle_mm_fault finds (making it if need be) the pte slot for a user
 * address, and handle_pte_fault decides from the pte what the fault is:
 *
 *   pte none, area with vm_ops->fault  -> do_fault: do_read_fault,
 *                                         do_cow_fault, do_shared_fault
 *   pte none, anonymous                -> do_anonymous_page: a read maps
 *                                         the zero page read-only, a write
 *                                         a fresh zeroed page
 *   pte not none, not present          -> do_swap_page: no swap here, SIGBUS
 *   write, pte read-only               -> do_wp_page: reuse or copy
 *   anything else                      -> the software young/dirty bits:
 *                                         set, then set_pte_at
 *
 * The ptes (<asm/pgtable-2level.h>): a private writable area's
 * vm_page_prot is read-only (PAGE_COPY, vm_get_page_prot), and write
 * permission is given page by page when a write fault finds the page is
 * this address space's own (Linux's maybe_mkwrite + pte_mkdirty).
 * set_pte_ext makes an old entry invalid and a clean one read-only in
 * hardware, so the first access and the first write of a page fault and
 * land in the last case above: that is the reference-bit emulation.
 *
 * Invariants. Every present user pte holds one reference on its page
 * (the zero page included: it has one more, its own, so it is never
 * freed); a page is this address space's alone when its reference count
 * is 1, which is what do_wp_page asks (Linux since 5.8 asks the same:
 * page_count, not the mapcount, which nothing here keeps). A pte that is
 * writable in the Linux entry maps a page no other pte maps, unless the
 * area is VM_SHARED.
 *
 * TLB: a pte whose old hardware entry was valid (young) may be cached, so
 * any change of it is followed by flush_tlb_page (by the mm's ASID); a
 * pte that was none or old was never cached.
 *
 * Locking: one CPU; an mm's ptes change only in the one task that runs
 * in it (its faults run with IRQs masked, its system calls may be
 * preempted but nothing else touches its page tables), at fork in the
 * parent, or once nobody runs in it. So no page-table lock yet.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/highmem.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/mmzone.h>
#include <kernel/pagefault.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <asm/cacheflush.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* The shared page of zeroes every read fault on fresh anonymous memory maps. */
struct page *empty_zero_page;

struct page *zero_page(void)
{
	if (!empty_zero_page) {
		struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

		if (!page)
			return NULL;
		clean_dcache_area(page_address(page), PAGE_SIZE);
		empty_zero_page = page;	/* its allocation reference is never put */
	}
	return empty_zero_page;
}

/*
 * The pte slot for a user address in mm; with alloc, the 2 MiB pair's pte
 * table is made first if it has none (pgd_free gives it back). NULL when
 * there is no table (and alloc is false) or no memory.
 */
pte_t *mm_pte(struct mm_struct *mm, unsigned long addr, bool alloc)
{
	pmd_t *pmd = pmd_offset(pgd_offset_pgd(mm->pgd, addr), addr);

	if (pmd_none(*pmd)) {
		struct page *table;

		if (!alloc)
			return NULL;
		table = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!table)
			return NULL;
		clean_dcache_area(page_address(table), PAGE_SIZE);
		pmd_populate(mm, pmd, table);
	}
	return pte_offset_kernel(pmd, addr);
}

/* Linux's maybe_mkwrite: write permission only where the area allows it. */
static pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	return pte;
}

/* Copies a user page through kmap_atomic (HIGHMEM pages have no lasting address). */
static void copy_user_highpage(struct page *to, struct page *from)
{
	void *src = kmap_atomic(from);
	void *dst = kmap_atomic(to);

	copy_page(dst, src);
	kunmap_atomic(dst);
	kunmap_atomic(src);
}

/*
 * Maps page at addr (the slot ptep was none: no TLB entry to flush),
 * young; with write, writable and dirty as far as the area allows. The
 * caller's reference on page becomes the mapping's (Linux's do_set_pte).
 */
static void do_set_pte(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep,
		       struct page *page, bool write)
{
	pte_t entry = pte_mkyoung(mk_pte(page, vma->vm_page_prot));

	if (write)
		entry = pte_mkdirty(maybe_mkwrite(entry, vma));
	set_pte_at(vma->vm_mm, addr, ptep, entry);
}

int insert_anon_page(struct vm_area_struct *vma, unsigned long addr, struct page *page)
{
	pte_t *ptep = mm_pte(vma->vm_mm, addr, true);

	if (!ptep)
		return -ENOMEM;
	if (!pte_none(*ptep))
		return -EBUSY;
	do_set_pte(vma, addr & PAGE_MASK, ptep, page, vma->vm_flags & VM_WRITE);
	return 0;
}

/*
 * A fresh user page zeroed through kmap_atomic (clear_page: a fault's
 * biggest cost), HIGHMEM when there is some; NULL if none.
 */
static struct page *alloc_zeroed_user_highpage(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER_MOVABLE);
	void *kaddr;

	if (!page)
		return NULL;
	kaddr = kmap_atomic(page);
	clear_page(kaddr);
	kunmap_atomic(kaddr);
	return page;
}

/*
 * No pte, anonymous memory. A read maps the zero page, read-only whatever
 * the area allows, so reading fresh memory costs no page; the first
 * write then goes to do_wp_page, which copies it (always: the zero page
 * is everybody's). A write maps a fresh zeroed page, writable and dirty.
 */
static int do_anonymous_page(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep,
			     unsigned int flags)
{
	struct page *page;

	if (!(flags & FAULT_FLAG_WRITE)) {
		page = zero_page();
		if (!page)
			return VM_FAULT_OOM;
		get_page(page);
		set_pte_at(vma->vm_mm, addr, ptep,
			   pte_wrprotect(pte_mkyoung(mk_pte(page, vma->vm_page_prot))));
		return 0;
	}
	page = alloc_zeroed_user_highpage();
	if (!page)
		return VM_FAULT_OOM;
	do_set_pte(vma, addr, ptep, page, true);
	return 0;
}

/* Asks the area's owner for the page at vmf->pgoff: 0 with vmf->page referenced, or VM_FAULT_*. */
static int __do_fault(struct vm_fault *vmf)
{
	int ret;

	vmf->page = NULL;
	ret = vmf->vma->vm_ops->fault(vmf);
	if (ret & VM_FAULT_ERROR)
		return ret;
	if (!vmf->page)
		return VM_FAULT_SIGBUS;
	return 0;
}

/*
 * The owner's page itself, mapped at the fault's address (Linux's
 * finish_fault): read-only, or with write writable and dirty.
 */
static int finish_fault(struct vm_fault *vmf, pte_t *ptep, bool write)
{
	int ret = __do_fault(vmf);

	if (ret)
		return ret;
	do_set_pte(vmf->vma, vmf->address, ptep, vmf->page, write);
	return 0;
}

/* A read: the owner's page, read-only (a later write of a private area copies it). */
static int do_read_fault(struct vm_fault *vmf, pte_t *ptep)
{
	return finish_fault(vmf, ptep, false);
}

/* A write to a private area: a copy of the owner's page, which the owner keeps. */
static int do_cow_fault(struct vm_fault *vmf, pte_t *ptep)
{
	struct page *new = alloc_page(GFP_HIGHUSER_MOVABLE);
	int ret;

	if (!new)
		return VM_FAULT_OOM;
	ret = __do_fault(vmf);
	if (ret) {
		put_page(new);
		return ret;
	}
	copy_user_highpage(new, vmf->page);
	put_page(vmf->page);
	do_set_pte(vmf->vma, vmf->address, ptep, new, true);
	return 0;
}

/* A write to a shared area: the owner's page, writable and dirty (no write-back yet). */
static int do_shared_fault(struct vm_fault *vmf, pte_t *ptep)
{
	return finish_fault(vmf, ptep, true);
}

static int do_fault(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep,
		    unsigned int flags)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = addr,
		.pgoff = ((addr - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff,
		.flags = flags,
	};

	if (!(flags & FAULT_FLAG_WRITE))
		return do_read_fault(&vmf, ptep);
	if (!(vma->vm_flags & VM_SHARED))
		return do_cow_fault(&vmf, ptep);
	return do_shared_fault(&vmf, ptep);
}

/*
 * A pte that is neither none nor present would be a swap entry. There is
 * no swap: say so and fail the access, never guess a page.
 */
static int do_swap_page(struct vm_area_struct *vma, unsigned long addr, pte_t orig)
{
	pr_err("%s[%d]: pte %08x at %08lx is not present and not none: swap is not implemented\n",
	       current->comm, current->pid, pte_val(orig), addr);
	return VM_FAULT_SIGBUS;
}

/*
 * A write to a present, read-only pte of a writable area: copy-on-write.
 * The page is reused, made writable in place, when this mapping holds
 * its only reference (a page fork shared whose other user has gone, or
 * a private page never shared), or the area is shared; otherwise, and
 * always for the zero page, the fault gets a copy of its own and drops
 * its reference on the original.
 */
static int do_wp_page(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep, pte_t orig)
{
	struct page *old = pte_page(orig), *new;

	if (old != empty_zero_page &&
	    (page_ref_count(old) == 1 || (vma->vm_flags & VM_SHARED))) {
		set_pte_at(vma->vm_mm, addr, ptep,
			   pte_mkyoung(pte_mkdirty(maybe_mkwrite(orig, vma))));
		flush_tlb_page(vma, addr);
		return 0;
	}
	if (old == empty_zero_page) {
		new = alloc_zeroed_user_highpage();
	} else {
		new = alloc_page(GFP_HIGHUSER_MOVABLE);
		if (new)
			copy_user_highpage(new, old);
	}
	if (!new)
		return VM_FAULT_OOM;
	set_pte_at(vma->vm_mm, addr, ptep,
		   pte_mkyoung(pte_mkdirty(maybe_mkwrite(mk_pte(new, vma->vm_page_prot), vma))));
	flush_tlb_page(vma, addr);
	put_page(old);
	return 0;
}

/* Decides what the fault at page-aligned addr is from the pte at ptep (the table at the top). */
static int handle_pte_fault(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep,
			    unsigned int flags)
{
	pte_t entry = *ptep;
	/* A hardware entry that is valid now may be in the TLB; an invalid one never is. */
	bool cached = *pte_hw(ptep) != 0;

	if (!pte_present(entry)) {
		if (!pte_none(entry))
			return do_swap_page(vma, addr, entry);
		if (vma->vm_ops && vma->vm_ops->fault)
			return do_fault(vma, addr, ptep, flags);
		return do_anonymous_page(vma, addr, ptep, flags);
	}
	if (flags & FAULT_FLAG_WRITE) {
		if (!pte_write(entry))
			return do_wp_page(vma, addr, ptep, entry);
		entry = pte_mkdirty(entry);
	}
	entry = pte_mkyoung(entry);
	if (pte_val(entry) != pte_val(*ptep))
		set_pte_at(vma->vm_mm, addr, ptep, entry);
	/* Clean-to-dirty, or a spurious fault: the read-only entry may be cached. */
	if (cached)
		flush_tlb_page(vma, addr);
	return 0;
}

void kthread_use_mm(struct mm_struct *mm)
{
	struct mm_struct *active = current->active_mm;

	preempt_disable();
	switch_mm(active ? active : &init_mm, mm, current);
	current->mm = mm;
	current->active_mm = mm;
	preempt_enable();
}

void kthread_unuse_mm(struct mm_struct *mm)
{
	preempt_disable();
	switch_mm(mm, &init_mm, current);
	current->mm = NULL;
	current->active_mm = &init_mm;
	preempt_enable();
}

int handle_mm_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags)
{
	pte_t *ptep = mm_pte(vma->vm_mm, address, true);

	if (!ptep)
		return VM_FAULT_OOM;
	return handle_pte_fault(vma, address & PAGE_MASK, ptep, flags);
}

/*
 * fork: the child's ptes for vma's range, copy-on-write. Every present
 * page gets a reference for the child's pte. In a private writable area
 * both sides' ptes become read-only (the parent's TLB flushed by its
 * ASID at the end), so whichever writes first copies in do_wp_page and
 * the last one left reuses the page; shared and read-only pages are
 * simply shared. 0 or -ENOMEM (what was mapped stays for exit_mmap).
 *
 * Copy-on-write defers the copies to the faults, where running out of
 * memory can only kill a task. So fork is refused here, while it still
 * can be, when the pages a user fault could get (free above each zone's
 * high watermark and the lowmem reserve that HIGHMEM-capable requests
 * must leave) could not cover breaking the share of the whole area plus
 * FORK_RESERVE_PAGES. Linux instead relies on its overcommit accounting
 * and, in the end, the OOM killer.
 */
#define FORK_RESERVE_PAGES	256

static unsigned long user_pages_available(void)
{
	enum zone_type highest = gfp_zone(GFP_HIGHUSER_MOVABLE);
	unsigned long avail = 0;
	struct zone *zone;

	for_each_zone(zone) {
		unsigned long keep = high_wmark_pages(zone) + zone->lowmem_reserve[highest];

		if (zone->managed_pages && zone->nr_free_pages > keep)
			avail += zone->nr_free_pages - keep;
	}
	return avail;
}

int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma)
{
	bool cow = (vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE;
	bool flush = false;
	unsigned long addr;
	int err = 0;

	if (cow && user_pages_available() < ((vma->vm_end - vma->vm_start) >> PAGE_SHIFT) +
					     FORK_RESERVE_PAGES)
		return -ENOMEM;
	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		pte_t *sptep = mm_pte(src, addr, false);
		pte_t *dptep, pte;

		if (!sptep) {
			addr = (addr | (SECTION_SIZE - 1)) - (PAGE_SIZE - 1);
			continue;
		}
		pte = *sptep;
		if (!pte_present(pte))
			continue;
		dptep = mm_pte(dst, addr, true);
		if (!dptep) {
			err = -ENOMEM;
			break;
		}
		if (cow && pte_write(pte)) {
			pte = pte_wrprotect(pte);
			set_pte_at(src, addr, sptep, pte);
			flush = true;
		}
		get_page(pte_page(pte));
		set_pte_at(dst, addr, dptep, pte);
	}
	if (flush)
		flush_tlb_mm(src);
	return err;
}

/*
 * Copies every area of oldmm, and its pages, into mm (new, empty): list,
 * tree and counts through insert_vm_struct, which also charges private
 * writable copies to the overcommit account (-ENOMEM if refused), and the
 * owner's open for areas with vm_ops (a shared object gains a user).
 * Memory locks are not inherited (POSIX, Linux): neither VM_LOCKED nor
 * mlockall's def_flags pass to the child. 0 or -ENOMEM.
 */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *vma;

	mm->def_flags &= ~VM_LOCKED;
	for (vma = oldmm->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *tmp = vm_area_alloc(mm);
		int err;

		if (!tmp)
			return -ENOMEM;
		*tmp = *vma;
		tmp->vm_mm = mm;
		tmp->vm_flags &= ~VM_LOCKED;
		RB_CLEAR_NODE(&tmp->vm_rb);
		err = insert_vm_struct(mm, tmp);
		if (err) {
			vm_area_free(tmp);
			return err;
		}
		if (tmp->vm_ops && tmp->vm_ops->open)
			tmp->vm_ops->open(tmp);
		err = copy_page_range(mm, oldmm, tmp);
		if (err)
			return err;
	}
	return 0;
}
