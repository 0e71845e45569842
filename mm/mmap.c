// SPDX-License-Identifier: GPL-2.0
/*
 * The areas of a user address space (seed document 001, sections 3.3.3
 * and 3.3.5; Linux's mm/mmap.c), in their first, populated-at-once form.
 *
 * Invariants: mm->mmap lists the areas sorted by vm_start, disjoint and
 * page aligned, vm_prev/vm_next linked both ways; map_count is their
 * number and total_vm the pages they span. Every page of every area is
 * mapped (no demand paging until the user-VM issue), each by a page of
 * its own holding one reference for the mapping, so tearing an area down
 * puts exactly the pages its ptes name.
 *
 * Locking: an mm's areas change only in a task running in that mm
 * (execve, brk) or once nobody runs in it (exit_mmap); one CPU and no
 * preemption between tasks of one mm (one task per mm), so no lock yet.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <asm/cacheflush.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

struct kmem_cache *vm_area_cachep;

/*
 * Linux's protection_map (__P000..__S111): the pte protection for each
 * VM_READ/WRITE/EXEC/SHARED combination. A private writable area gets
 * PAGE_COPY, read-only: its pages may be shared (the zero page, a page
 * fork left to both sides), and the write fault gives write permission
 * page by page once the page is the area's own (do_wp_page). ARM cannot
 * express write-only or exec-only, so those read too.
 */
static const pgprot_t protection_map[16] = {
	[VM_NONE]					= PAGE_NONE,
	[VM_READ]					= PAGE_READONLY,
	[VM_WRITE]					= PAGE_COPY,
	[VM_WRITE | VM_READ]				= PAGE_COPY,
	[VM_EXEC]					= PAGE_READONLY_EXEC,
	[VM_EXEC | VM_READ]				= PAGE_READONLY_EXEC,
	[VM_EXEC | VM_WRITE]				= PAGE_COPY_EXEC,
	[VM_EXEC | VM_WRITE | VM_READ]			= PAGE_COPY_EXEC,
	[VM_SHARED]					= PAGE_NONE,
	[VM_SHARED | VM_READ]				= PAGE_READONLY,
	[VM_SHARED | VM_WRITE]				= PAGE_SHARED,
	[VM_SHARED | VM_WRITE | VM_READ]		= PAGE_SHARED,
	[VM_SHARED | VM_EXEC]				= PAGE_READONLY_EXEC,
	[VM_SHARED | VM_EXEC | VM_READ]			= PAGE_READONLY_EXEC,
	[VM_SHARED | VM_EXEC | VM_WRITE]		= PAGE_SHARED_EXEC,
	[VM_SHARED | VM_EXEC | VM_WRITE | VM_READ]	= PAGE_SHARED_EXEC,
};

pgprot_t vm_get_page_prot(unsigned long vm_flags)
{
	return protection_map[vm_flags & (VM_ACCESS_FLAGS | VM_SHARED)];
}

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);

	if (!vma)
		return NULL;
	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = mm;
	return vma;
}

void vm_area_free(struct vm_area_struct *vma)
{
	kmem_cache_free(vm_area_cachep, vma);
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr < vma->vm_end)
			return vma;
	return NULL;
}

struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	if (vma && end <= vma->vm_start)
		vma = NULL;
	return vma;
}

/*
 * The stack grows down a page at a time as faults just below it arrive
 * (Linux's expand_downwards): never into the page just above the area
 * below it, and never beyond STACK_RLIMIT in all.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev = vma->vm_prev;
	unsigned long start = address & PAGE_MASK;

	if (!(vma->vm_flags & VM_GROWSDOWN))
		return -EFAULT;
	if (start >= vma->vm_start)
		return 0;
	if (vma->vm_end - start > STACK_RLIMIT)
		return -ENOMEM;
	if (prev && start < prev->vm_end + PAGE_SIZE)
		return -ENOMEM;
	vma->vm_mm->total_vm += (vma->vm_start - start) >> PAGE_SHIFT;
	vma->vm_start = start;
	vma->vm_pgoff = 0;
	return 0;
}

int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = NULL, *next = mm->mmap;

	while (next && next->vm_start < vma->vm_start) {
		prev = next;
		next = next->vm_next;
	}
	if ((prev && prev->vm_end > vma->vm_start) || (next && next->vm_start < vma->vm_end))
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_prev = prev;
	vma->vm_next = next;
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	if (next)
		next->vm_prev = vma;
	mm->map_count++;
	mm->total_vm += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return 0;
}

struct page *mm_user_page(struct mm_struct *mm, unsigned long addr)
{
	pte_t *ptep = mm_pte(mm, addr, false);

	if (!ptep || !pte_present(*ptep))
		return NULL;
	return pte_page(*ptep);
}

int populate_vma_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page *page;
		pte_t *ptep = mm_pte(mm, addr, true);
		pte_t pte;

		if (!ptep)
			return -ENOMEM;
		if (pte_present(*ptep))
			continue;
		/* Lowmem only: exec and the tests fill user pages through page_address. */
		page = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!page)
			return -ENOMEM;
		/* Young and, if writable, dirty: no fault path yet to track either. */
		pte = pte_mkyoung(mk_pte(page, vma->vm_page_prot));
		if (pte_write(pte))
			pte = pte_mkdirty(pte);
		set_pte_at(mm, addr, ptep, pte);
	}
	return 0;
}

/* TLBIMVA with the ASID of the mm now loaded, for one user page (Linux's v7 flush_tlb_page). */
static void flush_tlb_user_page(unsigned long addr, u32 asid)
{
	dsb();
	__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 1" /* TLBIMVA */
			     :
			     : "r"((addr & PAGE_MASK) | (asid & 0xff))
			     : "memory");
	dsb();
	isb();
}

/* Unmaps [start, end) of mm, putting each page; flushes the TLB if mm is loaded. */
static void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	bool loaded = current->active_mm == mm;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *ptep = mm_pte(mm, addr, false);
		struct page *page;

		if (!ptep) {
			addr = (addr | (SECTION_SIZE - 1)) - (PAGE_SIZE - 1);
			continue;
		}
		if (!pte_present(*ptep))
			continue;
		page = pte_page(*ptep);
		pte_clear(ptep);
		if (loaded)
			flush_tlb_user_page(addr, (u32)mm->context.id);
		put_page(page);
	}
}

void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap;

	while (vma) {
		struct vm_area_struct *next = vma->vm_next;

		unmap_range(mm, vma->vm_start, vma->vm_end);
		vm_area_free(vma);
		vma = next;
	}
	mm->mmap = NULL;
	mm->map_count = 0;
	mm->total_vm = 0;
}

/* Unlinks vma from mm's list (the pages are the caller's business). */
static void unlink_vma(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_prev)
		vma->vm_prev->vm_next = vma->vm_next;
	else
		mm->mmap = vma->vm_next;
	if (vma->vm_next)
		vma->vm_next->vm_prev = vma->vm_prev;
	mm->map_count--;
}

/*
 * brk (section 3.3.5): the heap is the area that starts at start_brk.
 * Growth is page granular and populated with zeroed pages at once; a
 * shrink unmaps the pages above the new end. mm->brk keeps the exact
 * value asked for. Linux semantics: the result is the new break, or the
 * old one when the request is refused (below start_brk, into another
 * area or the stack's guard gap, out of memory).
 */
long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *heap, *next;
	unsigned long oldend, newend;

	/* No heap without exec's layout (a user blob has start_brk 0). */
	if (!mm || !mm->start_brk || brk < mm->start_brk || brk > TASK_SIZE)
		return mm ? mm->brk : 0;
	oldend = PAGE_ALIGN(mm->brk);
	newend = PAGE_ALIGN(brk);
	if (newend == oldend)
		goto set;
	heap = find_vma(mm, mm->start_brk);
	if (heap && heap->vm_start != mm->start_brk)
		heap = NULL;
	if (newend < oldend) {
		unmap_range(mm, newend, oldend);
		if (heap) {
			mm->total_vm -= (heap->vm_end - newend) >> PAGE_SHIFT;
			heap->vm_end = newend;
			if (heap->vm_end == heap->vm_start) {
				unlink_vma(mm, heap);
				vm_area_free(heap);
			}
		}
		goto set;
	}
	/* Growing: nothing in [oldend, newend + the guard gap) may be mapped. */
	next = find_vma(mm, oldend);
	if (next && next != heap && newend + STACK_GUARD_GAP > next->vm_start)
		return mm->brk;
	if (!heap) {
		heap = vm_area_alloc(mm);
		if (!heap)
			return mm->brk;
		heap->vm_start = mm->start_brk;
		heap->vm_end = oldend;
		heap->vm_flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
		heap->vm_page_prot = vm_get_page_prot(heap->vm_flags);
		if (insert_vm_struct(mm, heap)) {
			vm_area_free(heap);
			return mm->brk;
		}
	}
	if (populate_vma_range(heap, oldend, newend)) {
		unmap_range(mm, oldend, newend);
		if (heap->vm_end == heap->vm_start) {
			unlink_vma(mm, heap);
			vm_area_free(heap);
		}
		return mm->brk;
	}
	mm->total_vm += (newend - heap->vm_end) >> PAGE_SHIFT;
	heap->vm_end = newend;
set:
	mm->brk = brk;
	return brk;
}

/*
 * `maps PID`: the process's areas as /proc/PID/maps prints them
 * (start-end perms offset dev inode name). No files yet, so dev and
 * inode are 0 and only the heap and the stack have names.
 */
struct maps_req {
	long pid;
	bool found;
};

/* Under for_each_task: the mm cannot go while we print. */
static void maps_one(struct task_struct *p, void *arg)
{
	struct maps_req *r = arg;
	struct mm_struct *mm = p->mm;
	struct vm_area_struct *vma;

	if (p->pid != r->pid)
		return;
	r->found = true;
	if (!mm) {
		console_printf("maps: %ld (%s) has no user address space\n", r->pid, p->comm);
		return;
	}
	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		const char *name = "";

		if (mm->start_brk && vma->vm_start == mm->start_brk)
			name = "[heap]";
		if (vma->vm_start < mm->start_stack && vma->vm_end >= mm->start_stack)
			name = "[stack]";
		console_printf("%08lx-%08lx %c%c%c%c %08lx 00:00 0 %s%s\n", vma->vm_start,
			       vma->vm_end, vma->vm_flags & VM_READ ? 'r' : '-',
			       vma->vm_flags & VM_WRITE ? 'w' : '-',
			       vma->vm_flags & VM_EXEC ? 'x' : '-',
			       vma->vm_flags & VM_SHARED ? 's' : 'p', vma->vm_pgoff << PAGE_SHIFT,
			       *name ? "         " : "", name);
	}
}

static int cmd_maps(int argc, char **argv)
{
	struct maps_req r = { 0 };

	if (argc != 2 || kstrtol(argv[1], 0, &r.pid)) {
		printk("usage: maps PID\n");
		return 1;
	}
	for_each_task(maps_one, &r);
	if (!r.found) {
		printk("maps: %ld: no such process\n", r.pid);
		return 1;
	}
	return 0;
}
MONITOR_COMMAND("maps", "PID", "the areas of process PID, as /proc/PID/maps", cmd_maps);
