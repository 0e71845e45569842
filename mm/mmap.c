// SPDX-License-Identifier: GPL-2.0
/*
 * The areas of a user address space (seed document 001, sections 3.3.1
 * to 3.3.5; Linux's mm/mmap.c): lookup, linking, merging, splitting,
 * placing new mappings in either layout, do_mmap/mmap_region, do_munmap,
 * brk, overcommit accounting, and a checker.
 *
 * Invariants (validate_mm checks them all):
 *  - mm->mmap lists the areas sorted by vm_start, disjoint and page
 *    aligned, vm_prev/vm_next linked both ways; mm->mm_rb holds exactly
 *    the same areas keyed by vm_start, so an in-order walk of the tree is
 *    the list. An area's vm_start may move in place (merge, split, stack
 *    growth) because it never passes a neighbour: the tree stays sorted.
 *  - map_count is their number; total_vm, locked_vm the pages of all
 *    areas and of the VM_LOCKED ones.
 *  - an area with VM_ACCOUNT has its pages charged to vm_committed_as,
 *    given back when they are unmapped (remove_vma_list) or the flag goes.
 *  - anonymous private areas have vm_pgoff = vm_start >> PAGE_SHIFT, so
 *    two neighbours that were one mapping still line up for vma_merge.
 *  - the vmacache holds only areas of this mm that are still linked: any
 *    function that frees an area calls vmacache_invalidate first.
 *
 * Nothing here touches a page table: mm/unmap.c does (unmap_region,
 * change_protection), so that this file also runs in the host tests.
 * Functions take the mm explicitly; the system calls (mm/mmap_sys.c)
 * pass current->mm.
 *
 * Locking: an mm's areas change only in a task running in that mm (the
 * system calls, exec) or when nobody runs in it (exit_mmap, exec's new
 * mm); one CPU and one task per mm, so no lock yet (Linux's mmap_lock).
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <asm/pgtable.h>

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
int sysctl_legacy_va_layout;
int sysctl_overcommit_memory = OVERCOMMIT_GUESS;
int sysctl_overcommit_ratio = 50;
long vm_committed_as;
unsigned long vmacache_find_calls, vmacache_find_hits;

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
	RB_CLEAR_NODE(&vma->vm_rb);
	return vma;
}

void vm_area_free(struct vm_area_struct *vma)
{
	kmem_cache_free(vm_area_cachep, vma);
}

/*
 * The vmacache (Linux's mm/vmacache.c): the last areas find_vma
 * returned, one slot per low bits of the page number. A lookup tries
 * every slot, as most lookups hit the area of the previous one.
 */
#define VMACACHE_HASH(addr) (((addr) >> PAGE_SHIFT) & (VMACACHE_SIZE - 1))

void vmacache_invalidate(struct mm_struct *mm)
{
	/* After 2^32 bumps an old fill would look current again: empty the slots then. */
	if (++mm->vmacache_seqnum == 0)
		memset(mm->vmacache.vmas, 0, sizeof(mm->vmacache.vmas));
}

static struct vm_area_struct *vmacache_find(struct mm_struct *mm, unsigned long addr)
{
	unsigned int i;

	vmacache_find_calls++;
	if (mm->vmacache.seqnum != mm->vmacache_seqnum) {
		/* Something was freed since the slots were filled: start again. */
		memset(mm->vmacache.vmas, 0, sizeof(mm->vmacache.vmas));
		mm->vmacache.seqnum = mm->vmacache_seqnum;
		return NULL;
	}
	for (i = 0; i < VMACACHE_SIZE; i++) {
		struct vm_area_struct *vma = mm->vmacache.vmas[i];

		if (vma && vma->vm_start <= addr && addr < vma->vm_end) {
			vmacache_find_hits++;
			return vma;
		}
	}
	return NULL;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = vmacache_find(mm, addr);
	struct rb_node *node;

	if (vma)
		return vma;
	/* The document's descent: the lowest area ending above addr. */
	for (node = mm->mm_rb.rb_node; node;) {
		struct vm_area_struct *tmp = rb_entry(node, struct vm_area_struct, vm_rb);

		if (tmp->vm_end > addr) {
			vma = tmp;
			if (tmp->vm_start <= addr)
				break;
			node = node->rb_left;
		} else {
			node = node->rb_right;
		}
	}
	if (vma)
		mm->vmacache.vmas[VMACACHE_HASH(addr)] = vma;
	return vma;
}

struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	struct rb_node *last;

	if (vma) {
		*pprev = vma->vm_prev;
	} else {
		last = rb_last(&mm->mm_rb);
		*pprev = last ? rb_entry(last, struct vm_area_struct, vm_rb) : NULL;
	}
	return vma;
}

struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	if (vma && end <= vma->vm_start)
		vma = NULL;
	return vma;
}

/* The first area overlapping [addr, end) or the area before addr: *pprev. 0 or -ENOMEM. */
static int find_vma_links(struct mm_struct *mm, unsigned long addr, unsigned long end,
			  struct vm_area_struct **pprev)
{
	struct vm_area_struct *next = find_vma_prev(mm, addr, pprev);

	if (next && next->vm_start < end)
		return -ENOMEM;
	return 0;
}

static void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct rb_node **link = &mm->mm_rb.rb_node, *parent = NULL;

	while (*link) {
		struct vm_area_struct *tmp = rb_entry(*link, struct vm_area_struct, vm_rb);

		parent = *link;
		if (vma->vm_start < tmp->vm_start)
			link = &parent->rb_left;
		else
			link = &parent->rb_right;
	}
	rb_link_node(&vma->vm_rb, parent, link);
	rb_insert_color(&vma->vm_rb, &mm->mm_rb);
}

/* Makes next follow prev on mm's list (either may be NULL: the list's ends). */
static void vma_list_join(struct mm_struct *mm, struct vm_area_struct *prev,
			  struct vm_area_struct *next)
{
	if (prev)
		prev->vm_next = next;
	else
		mm->mmap = next;
	if (next)
		next->vm_prev = prev;
}

void vma_link(struct mm_struct *mm, struct vm_area_struct *vma, struct vm_area_struct *prev)
{
	struct vm_area_struct *next = prev ? prev->vm_next : mm->mmap;

	vma->vm_mm = mm;
	vma_list_join(mm, prev, vma);
	vma_list_join(mm, vma, next);
	__vma_link_rb(mm, vma);
	mm->map_count++;
}

void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma, struct vm_area_struct *prev)
{
	rb_erase(&vma->vm_rb, &mm->mm_rb);
	RB_CLEAR_NODE(&vma->vm_rb);
	vma_list_join(mm, prev, vma->vm_next);
	mm->map_count--;
	vmacache_invalidate(mm);
}

static bool vma_is_anonymous(const struct vm_area_struct *vma)
{
	return !vma->vm_file && !vma->vm_ops;
}

int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev;

	if (find_vma_links(mm, vma->vm_start, vma->vm_end, &prev))
		return -ENOMEM;
	if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(mm, vma_pages(vma)))
		return -ENOMEM;
	if (vma_is_anonymous(vma))
		vma->vm_pgoff = vma->vm_start >> PAGE_SHIFT;
	vma_link(mm, vma, prev);
	mm->total_vm += vma_pages(vma);
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += vma_pages(vma);
	return 0;
}

/*
 * The stack grows down a page at a time as faults just below it arrive
 * (Linux's expand_downwards): never within STACK_GUARD_GAP of the
 * accessible area below it, never beyond STACK_RLIMIT in all, and the
 * growth is charged like any private writable memory.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *prev = vma->vm_prev;
	unsigned long start = address & PAGE_MASK, grow;

	if (!(vma->vm_flags & VM_GROWSDOWN))
		return -EFAULT;
	if (start >= vma->vm_start)
		return 0;
	if (start < MMAP_MIN_ADDR || vma->vm_end - start > STACK_RLIMIT)
		return -ENOMEM;
	if (prev && (prev->vm_flags & VM_ACCESS_FLAGS) && start - prev->vm_end < STACK_GUARD_GAP)
		return -ENOMEM;
	if (prev && start < prev->vm_end)
		return -ENOMEM;
	grow = (vma->vm_start - start) >> PAGE_SHIFT;
	if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(mm, grow))
		return -ENOMEM;
	mm->total_vm += grow;
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += grow;
	vma->vm_start = start;
	vma->vm_pgoff -= grow;
	return 0;
}

/* Unlinks and frees an area a merge swallowed; its pages live on in the survivor. */
static void vma_remove_merged(struct mm_struct *mm, struct vm_area_struct *vma)
{
	__vma_unlink(mm, vma, vma->vm_prev);
	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	vm_area_free(vma);
}

/* Same flags, same object and owner: the pages of one could be the other's. */
static bool is_mergeable_vma(const struct vm_area_struct *vma, unsigned long vm_flags,
			     struct file *file, const struct vm_operations_struct *vm_ops,
			     void *priv)
{
	return vma->vm_flags == vm_flags && vma->vm_file == file && vma->vm_ops == vm_ops &&
	       vma->vm_private_data == priv;
}

/* Can a range whose object offset ends at pgoff go just before next? */
static bool can_vma_merge_before(const struct vm_area_struct *next, unsigned long vm_flags,
				 struct file *file, unsigned long pgoff,
				 const struct vm_operations_struct *vm_ops, void *priv)
{
	return is_mergeable_vma(next, vm_flags, file, vm_ops, priv) && next->vm_pgoff == pgoff;
}

/* Can a range whose object offset starts at pgoff go just after prev? */
static bool can_vma_merge_after(const struct vm_area_struct *prev, unsigned long vm_flags,
				struct file *file, unsigned long pgoff,
				const struct vm_operations_struct *vm_ops, void *priv)
{
	return is_mergeable_vma(prev, vm_flags, file, vm_ops, priv) &&
	       prev->vm_pgoff + vma_pages(prev) == pgoff;
}

/*
 * Linux's picture of the cases (A the range [addr, end), P prev, N next,
 * X the area after next):
 *
 *      AAAA               AAAA                   AAAA
 *  PPPPPPNNNNNN       PPPPPPNNNNNN           PPPPPPNNNNNN
 *  cannot merge       might become           might become
 *                     PPNNNNNNNNNN           PPPPPPPPPPNN
 *  mmap, brk or       case 4 below           case 5 below
 *  mremap move:
 *                         AAAA                   AAAA
 *                     PPPP    NNNN           PPPPNNNNXXXX
 *                     might become           might become
 *                     PPPPPPPPPPPP 1 or      PPPPPPPPPPPP 6 or
 *                     PPPPPPPPNNNN 2 or      PPPPPPPPXXXX 7 or
 *                     PPPPNNNNNNNN 3         PPPPXXXXXXXX 8
 *
 * In cases 1-3 A is a hole (mmap, brk); in 4-8 A is all or part of
 * existing areas whose flags change (mprotect, mlock): in 6-8 A is the
 * whole area between P and X (here called area), in 4 the tail of P, in
 * 5 the head of N.
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end, unsigned long vm_flags,
				 struct file *file, unsigned long pgoff,
				 const struct vm_operations_struct *vm_ops, void *priv)
{
	unsigned long pglen = (end - addr) >> PAGE_SHIFT;
	struct vm_area_struct *area, *next;

	if (vm_flags & VM_SPECIAL)
		return NULL;
	next = prev ? prev->vm_next : mm->mmap;
	area = next;
	if (area && area->vm_end == end)	/* cases 6, 7, 8 */
		next = next->vm_next;

	if (prev && prev->vm_end == addr &&
	    can_vma_merge_after(prev, vm_flags, file, pgoff, vm_ops, priv)) {
		if (next && end == next->vm_start &&
		    can_vma_merge_before(next, vm_flags, file, pgoff + pglen, vm_ops, priv)) {
			/* cases 1, 6: P swallows A and N (and area, in 6) */
			prev->vm_end = next->vm_end;
			if (area != next)
				vma_remove_merged(mm, area);
			vma_remove_merged(mm, next);
		} else {
			/* cases 2, 5, 7: P grows over A, taken from area in 5 and 7 */
			prev->vm_end = end;
			if (area && area->vm_start < end) {
				if (area->vm_end == end) {
					vma_remove_merged(mm, area);
				} else {
					area->vm_start = end;
					area->vm_pgoff += pglen;
				}
			}
		}
		return prev;
	}

	if (next && end == next->vm_start &&
	    can_vma_merge_before(next, vm_flags, file, pgoff + pglen, vm_ops, priv)) {
		if (prev && addr < prev->vm_end) {
			prev->vm_end = addr;		/* case 4: N grows down over P's tail */
		} else if (area != next) {
			vma_remove_merged(mm, area);	/* case 8: N swallows area */
		}
		/* cases 3, 4, 8 */
		next->vm_start = addr;
		next->vm_pgoff = pgoff;
		return next;
	}
	return NULL;
}

int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
		int new_below)
{
	struct vm_area_struct *new = vm_area_alloc(mm);
	unsigned long delta = (addr - vma->vm_start) >> PAGE_SHIFT;

	if (!new)
		return -ENOMEM;
	*new = *vma;
	RB_CLEAR_NODE(&new->vm_rb);
	if (new_below) {
		new->vm_end = addr;
	} else {
		new->vm_start = addr;
		new->vm_pgoff += delta;
	}
	/* Another area now refers to the owner's object. */
	if (new->vm_ops && new->vm_ops->open)
		new->vm_ops->open(new);
	if (new_below) {
		vma->vm_start = addr;
		vma->vm_pgoff += delta;
		vma_link(mm, new, vma->vm_prev);
	} else {
		vma->vm_end = addr;
		vma_link(mm, new, vma);
	}
	return 0;
}

int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
	      int new_below)
{
	if (mm->map_count >= MAX_MAP_COUNT)
		return -ENOMEM;
	return __split_vma(mm, vma, addr, new_below);
}

int vma_modify_flags(struct mm_struct *mm, struct vm_area_struct **pprev,
		     struct vm_area_struct **pvma, unsigned long start, unsigned long end,
		     unsigned long newflags)
{
	struct vm_area_struct *vma = *pvma, *merged;
	unsigned long pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	int err;

	merged = vma_merge(mm, *pprev, start, end, newflags, vma->vm_file, pgoff, vma->vm_ops,
			   vma->vm_private_data);
	if (merged) {
		*pprev = *pvma = merged;
		return 0;
	}
	*pprev = vma;
	if (start != vma->vm_start) {
		err = split_vma(mm, vma, start, 1);
		if (err)
			return err;
	}
	if (end != vma->vm_end) {
		err = split_vma(mm, vma, end, 0);
		if (err)
			return err;
	}
	vma->vm_flags = newflags;
	return 0;
}

int apply_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		    vma_fixup_t fixup, void *arg)
{
	struct vm_area_struct *vma = find_vma(mm, start), *prev;
	unsigned long nstart = start, tmp;
	int err;

	if (!vma || vma->vm_start > start)
		return -ENOMEM;
	prev = start > vma->vm_start ? vma : vma->vm_prev;
	for (;;) {
		tmp = min(vma->vm_end, end);
		err = fixup(mm, vma, &prev, nstart, tmp, arg);
		if (err)
			return err;
		/* prev is now the area covering [nstart, tmp), perhaps merged beyond it. */
		nstart = max(tmp, prev->vm_end);
		if (nstart >= end)
			return 0;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart)
			return -ENOMEM;
	}
}

int walk_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		   vma_visit_t visit, void *arg)
{
	struct vm_area_struct *vma;
	int err, unmapped_error = 0;

	for (vma = find_vma(mm, start); start < end; vma = find_vma(mm, start)) {
		unsigned long tmp;

		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				break;
		}
		tmp = min(vma->vm_end, end);
		err = visit(mm, vma, start, tmp, arg);
		if (err)
			return err;
		start = tmp;
	}
	return unmapped_error;
}

/* Where an area's guard ends below it: a stack keeps STACK_GUARD_GAP free under it. */
static unsigned long vm_start_gap(const struct vm_area_struct *vma)
{
	unsigned long start = vma->vm_start;

	if (vma->vm_flags & VM_GROWSDOWN)
		start = start > STACK_GUARD_GAP ? start - STACK_GUARD_GAP : 0;
	return start;
}

/*
 * vm_unmapped_area, bottom-up: the lowest gap of len bytes in
 * [low, high), walking the list from the first area ending above low.
 * The address or -ENOMEM.
 */
static unsigned long unmapped_area(struct mm_struct *mm, unsigned long len, unsigned long low,
				   unsigned long high)
{
	struct vm_area_struct *vma;
	unsigned long gap_start = low, gap_end;

	if (high < len || high - len < low)
		return -ENOMEM;
	for (vma = find_vma(mm, low);; vma = vma->vm_next) {
		gap_end = vma ? min(vm_start_gap(vma), high) : high;
		if (gap_end > gap_start && gap_end - gap_start >= len)
			return gap_start;
		if (!vma)
			return -ENOMEM;
		gap_start = max(gap_start, vma->vm_end);
		if (gap_start >= high || high - gap_start < len)
			return -ENOMEM;
	}
}

/* vm_unmapped_area, top-down: the highest gap of len bytes in [low, high). */
static unsigned long unmapped_area_topdown(struct mm_struct *mm, unsigned long len,
					   unsigned long low, unsigned long high)
{
	struct vm_area_struct *vma, *prev;
	unsigned long gap_start, gap_end = high;

	if (high < len || high - len < low)
		return -ENOMEM;
	vma = find_vma_prev(mm, high, &prev);
	if (vma)
		gap_end = min(gap_end, vm_start_gap(vma));
	for (;;) {
		gap_start = prev ? max(prev->vm_end, low) : low;
		if (gap_end > gap_start && gap_end - gap_start >= len)
			return gap_end - len;
		if (!prev || prev->vm_start <= low)
			return -ENOMEM;
		gap_end = vm_start_gap(prev);
		prev = prev->vm_prev;
	}
}

/* Is [addr, addr + len) free, guard gaps included, for a hint? */
static bool hint_fits(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vma;

	addr = PAGE_ALIGN(addr);
	vma = find_vma(mm, addr);
	return addr && TASK_SIZE - len >= addr && addr >= MMAP_MIN_ADDR &&
	       (!vma || addr + len <= vm_start_gap(vma));
}

/*
 * What both layouts decide before searching (*addr set, true): a length
 * that cannot fit (-ENOMEM), MAP_FIXED's address as it is, a free hint.
 */
static bool fixed_or_hint(struct mm_struct *mm, unsigned long *addr, unsigned long len,
			  unsigned long flags)
{
	if (len > TASK_SIZE - MMAP_MIN_ADDR)
		*addr = -ENOMEM;
	else if (!(flags & MAP_FIXED) && hint_fits(mm, *addr, len))
		*addr = PAGE_ALIGN(*addr);
	else if (!(flags & MAP_FIXED))
		return false;
	return true;
}

/*
 * The classic layout (section 3.3.1): the document's arch_get_unmapped_area.
 * MAP_FIXED takes addr as it is; a free hint is taken; else the lowest
 * gap from mmap_base up.
 */
unsigned long arch_get_unmapped_area(struct mm_struct *mm, struct file *filp, unsigned long addr,
				     unsigned long len, unsigned long pgoff, unsigned long flags)
{
	(void)filp;	/* no files: no colour alignment by file offset either */
	(void)pgoff;
	if (fixed_or_hint(mm, &addr, len, flags))
		return addr;
	return unmapped_area(mm, len, mm->mmap_base, TASK_SIZE);
}

/*
 * The new layout: the highest gap below mmap_base, falling back to the
 * classic search above mmap_base when nothing below fits (as Linux does:
 * a failed mmap is worse than an odd place).
 */
unsigned long arch_get_unmapped_area_topdown(struct mm_struct *mm, struct file *filp,
					     unsigned long addr, unsigned long len,
					     unsigned long pgoff, unsigned long flags)
{
	unsigned long ret;

	(void)filp;
	(void)pgoff;
	if (fixed_or_hint(mm, &addr, len, flags))
		return addr;
	ret = unmapped_area_topdown(mm, len, MMAP_MIN_ADDR, mm->mmap_base);
	if (IS_ERR_VALUE(ret))
		ret = unmapped_area(mm, len, mm->mmap_base, TASK_SIZE);
	return ret;
}

unsigned long get_unmapped_area(struct mm_struct *mm, struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff, unsigned long flags)
{
	if (len > TASK_SIZE)
		return -ENOMEM;
	addr = mm->get_unmapped_area(mm, file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if (addr > TASK_SIZE - len)
		return -ENOMEM;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	/* Linux's security_mmap_addr: the NULL guard is not for mapping. */
	if (addr < MMAP_MIN_ADDR)
		return -EPERM;
	return addr;
}

/* The document's mmap_base: below the stack's largest size, clamped to [MIN_GAP, MAX_GAP]. */
#define MIN_GAP (128UL * 1024 * 1024)
#define MAX_GAP (TASK_SIZE / 6 * 5)

void mmap_layout_legacy(struct mm_struct *mm)
{
	mm->mmap_base = TASK_UNMAPPED_BASE;
	mm->get_unmapped_area = arch_get_unmapped_area;
}

void mmap_layout_topdown(struct mm_struct *mm)
{
	unsigned long gap = STACK_RLIMIT;

	if (gap < MIN_GAP)
		gap = MIN_GAP;
	else if (gap > MAX_GAP)
		gap = MAX_GAP;
	/* No randomisation: the peer runs with norandmaps. */
	mm->mmap_base = PAGE_ALIGN(TASK_SIZE - gap);
	mm->get_unmapped_area = arch_get_unmapped_area_topdown;
}

void arch_pick_mmap_layout(struct mm_struct *mm, unsigned int personality)
{
	if (sysctl_legacy_va_layout || (personality & ADDR_COMPAT_LAYOUT))
		mmap_layout_legacy(mm);
	else
		mmap_layout_topdown(mm);
}

/*
 * Overcommit accounting (section 3.3.4, accountable_mapping). The pages
 * are added first, so that the strict policy sees the total with them,
 * and taken back when the policy refuses.
 */
unsigned long vm_commit_limit(void)
{
	return totalram_pages * (unsigned long)sysctl_overcommit_ratio / 100;
}

int __vm_enough_memory(struct mm_struct *mm, long pages)
{
	(void)mm;
	vm_committed_as += pages;
	switch (sysctl_overcommit_memory) {
	case OVERCOMMIT_ALWAYS:
		return 0;
	case OVERCOMMIT_GUESS:
		/* Free pages, page cache and swap (neither exists): only obvious overcommits fail. */
		if ((unsigned long)pages <= nr_free_pages())
			return 0;
		break;
	default:
		/* Strict: all committed memory within overcommit_ratio % of RAM (no swap). */
		if ((unsigned long)vm_committed_as < vm_commit_limit())
			return 0;
		break;
	}
	vm_committed_as -= pages;
	return -ENOMEM;
}

void vm_unacct_memory(long pages)
{
	vm_committed_as -= pages;
}

/* Only private writable memory can need more pages than it has (Linux's accountable_mapping). */
static bool accountable_mapping(struct file *file, unsigned long vm_flags)
{
	(void)file;
	return (vm_flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE;
}

unsigned long mmap_region(struct mm_struct *mm, struct file *file, unsigned long addr,
			  unsigned long len, unsigned long vm_flags, unsigned long pgoff)
{
	struct vm_area_struct *vma, *prev;
	unsigned long pages = len >> PAGE_SHIFT, charged = 0;
	int err;

	/* Clear old maps (MAP_FIXED over existing areas). */
	if (find_vma_intersection(mm, addr, addr + len)) {
		err = do_munmap(mm, addr, len);
		if (err)
			return err;
	}
	if (mm->map_count >= MAX_MAP_COUNT)
		return -ENOMEM;
	if (accountable_mapping(file, vm_flags)) {
		if (__vm_enough_memory(mm, pages))
			return -ENOMEM;
		charged = pages;
		vm_flags |= VM_ACCOUNT;
	}
	find_vma_prev(mm, addr, &prev);
	/* Shared anonymous areas get their own object below, so never merge. */
	vma = NULL;
	if (!(vm_flags & VM_SHARED))
		vma = vma_merge(mm, prev, addr, addr + len, vm_flags, file, pgoff, NULL, NULL);
	if (!vma) {
		vma = vm_area_alloc(mm);
		if (!vma) {
			err = -ENOMEM;
			goto unacct;
		}
		vma->vm_start = addr;
		vma->vm_end = addr + len;
		vma->vm_flags = vm_flags;
		vma->vm_page_prot = vm_get_page_prot(vm_flags);
		vma->vm_pgoff = pgoff;
		if (vm_flags & VM_SHARED) {
			err = shmem_zero_setup(vma);
			if (err) {
				vm_area_free(vma);
				goto unacct;
			}
		}
		vma_link(mm, vma, prev);
	}
	mm->total_vm += pages;
	if (vm_flags & VM_LOCKED)
		mm->locked_vm += pages;
	return addr;
unacct:
	if (charged)
		vm_unacct_memory(charged);
	return err;
}

unsigned long do_mmap(struct mm_struct *mm, struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot, unsigned long flags,
		      unsigned long pgoff, unsigned long *populate)
{
	unsigned long vm_flags;

	*populate = 0;
	if (!len)
		return -EINVAL;
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	/* A hint inside the NULL guard is moved out of it (round_hint_to_min). */
	if (!(flags & MAP_FIXED) && addr < MMAP_MIN_ADDR)
		addr = addr ? PAGE_ALIGN(MMAP_MIN_ADDR) : 0;
	if (len > TASK_SIZE)
		return -ENOMEM;
	len = PAGE_ALIGN(len);
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (mm->map_count > MAX_MAP_COUNT)
		return -ENOMEM;
	addr = get_unmapped_area(mm, file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if ((flags & MAP_FIXED_NOREPLACE) && find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;
	vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) | mm->def_flags |
		   VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (file)
		return -EBADF;	/* no files yet */
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		if (vm_flags & VM_GROWSDOWN)
			return -EINVAL;
		pgoff = 0;	/* the object starts with the area */
		vm_flags |= VM_SHARED | VM_MAYSHARE;
		break;
	case MAP_PRIVATE:
		pgoff = addr >> PAGE_SHIFT;
		break;
	default:
		return -EINVAL;	/* neither, or both (MAP_SHARED_VALIDATE) */
	}
	if ((flags & MAP_NORESERVE) && sysctl_overcommit_memory != OVERCOMMIT_NEVER)
		vm_flags |= VM_NORESERVE;
	addr = mmap_region(mm, file, addr, len, vm_flags, pgoff);
	if (!IS_ERR_VALUE(addr) &&
	    ((vm_flags & VM_LOCKED) || (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE))
		*populate = len;
	return addr;
}

/*
 * Frees the detached areas from vma on (linked by vm_next): the counts,
 * the overcommit charge, the owner's close, the structure.
 */
static void remove_vma_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	long nr_accounted = 0;

	while (vma) {
		struct vm_area_struct *next = vma->vm_next;
		unsigned long pages = vma_pages(vma);

		if (vma->vm_flags & VM_ACCOUNT)
			nr_accounted += pages;
		if (vma->vm_flags & VM_LOCKED)
			mm->locked_vm -= pages;
		mm->total_vm -= pages;
		if (vma->vm_ops && vma->vm_ops->close)
			vma->vm_ops->close(vma);
		vm_area_free(vma);
		vma = next;
	}
	vm_unacct_memory(nr_accounted);
}

/*
 * Takes the areas from vma on that start below end off the list and the
 * tree (Linux's detach_vmas_to_be_unmapped); they stay linked to each
 * other by vm_next, the last one's set to NULL. Returns the area after them.
 */
static struct vm_area_struct *detach_vmas_to_be_unmapped(struct mm_struct *mm,
							 struct vm_area_struct *vma,
							 struct vm_area_struct *prev,
							 unsigned long end)
{
	struct vm_area_struct *tail = NULL, *next;

	for (; vma && vma->vm_start < end; vma = vma->vm_next) {
		rb_erase(&vma->vm_rb, &mm->mm_rb);
		RB_CLEAR_NODE(&vma->vm_rb);
		mm->map_count--;
		tail = vma;
	}
	next = vma;
	if (tail)
		tail->vm_next = NULL;
	vma_list_join(mm, prev, next);
	vmacache_invalidate(mm);
	return next;
}

int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	struct vm_area_struct *vma, *prev, *last, *next;
	unsigned long end;
	int err;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (!len)
		return -EINVAL;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		return 0;
	prev = vma->vm_prev;
	/* The head: split off the part below start (the documents' first split_vma). */
	if (start > vma->vm_start) {
		/* Unmapping the middle needs one more area. */
		if (end < vma->vm_end && mm->map_count >= MAX_MAP_COUNT)
			return -ENOMEM;
		err = __split_vma(mm, vma, start, 0);
		if (err)
			return err;
		prev = vma;
	}
	/* The tail: split off the part above end. */
	last = find_vma(mm, end);
	if (last && end > last->vm_start) {
		err = __split_vma(mm, last, end, 1);
		if (err)
			return err;
	}
	vma = prev ? prev->vm_next : mm->mmap;
	next = detach_vmas_to_be_unmapped(mm, vma, prev, end);
	unmap_region(mm, vma, prev, next, start, end);
	remove_vma_list(mm, vma);
	return 0;
}

void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap, *last;

	if (!vma)
		return;
	for (last = vma; last->vm_next; last = last->vm_next)
		;
	detach_vmas_to_be_unmapped(mm, vma, NULL, TASK_SIZE);
	unmap_region(mm, vma, NULL, NULL, vma->vm_start, last->vm_end);
	remove_vma_list(mm, vma);
}

/*
 * brk (section 3.3.5): page-granular growth and shrink of the heap that
 * starts at start_brk; mm->brk keeps the exact value asked for. Shrinking
 * is do_munmap; growing checks the range up to one page past the new end
 * with find_vma_intersection (and keeps the stack's guard gap), then maps
 * it as a private anonymous area (do_brk: mmap_region, which merges with
 * the heap or the bss below). The result is the new break, or the old one
 * when the request is refused.
 */
unsigned long do_brk(struct mm_struct *mm, unsigned long brk)
{
	unsigned long newbrk, oldbrk, flags;
	struct vm_area_struct *next;

	/* No heap without exec's layout (a user blob has start_brk 0). */
	if (!mm->start_brk || brk < mm->start_brk || brk > TASK_SIZE)
		return mm->brk;
	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	if (oldbrk == newbrk)
		goto set_brk;
	/* Always allow shrinking brk. */
	if (brk <= mm->brk) {
		if (!do_munmap(mm, newbrk, oldbrk - newbrk))
			goto set_brk;
		return mm->brk;
	}
	/* Check against existing mmap mappings. */
	if (find_vma_intersection(mm, oldbrk, newbrk + PAGE_SIZE))
		return mm->brk;
	next = find_vma(mm, oldbrk);
	if (next && newbrk > vm_start_gap(next))
		return mm->brk;
	flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | mm->def_flags;
	if (IS_ERR_VALUE(mmap_region(mm, NULL, oldbrk, newbrk - oldbrk, flags,
				     oldbrk >> PAGE_SHIFT)))
		return mm->brk;
set_brk:
	mm->brk = brk;
	return brk;
}

/* One problem found by validate_mm. */
#define MM_BUG(cond, ...)                                                            \
	do {                                                                         \
		if (cond) {                                                          \
			bugs++;                                                      \
			if (verbose)                                                 \
				printk(KERN_ERR "validate_mm: " __VA_ARGS__);        \
		}                                                                    \
	} while (0)

int validate_mm(struct mm_struct *mm, bool verbose)
{
	struct vm_area_struct *vma, *prev = NULL;
	struct rb_node *node = rb_first(&mm->mm_rb);
	unsigned long total = 0, locked = 0;
	int bugs = 0, count = 0;

	for (vma = mm->mmap; vma; prev = vma, vma = vma->vm_next) {
		struct vm_area_struct *rbv = node ? rb_entry(node, struct vm_area_struct, vm_rb) :
						    NULL;

		MM_BUG(rbv != vma, "area %lx-%lx is not in the tree in order\n", vma->vm_start,
		       vma->vm_end);
		MM_BUG(vma->vm_mm != mm, "area %lx-%lx belongs to another mm\n", vma->vm_start,
		       vma->vm_end);
		MM_BUG((vma->vm_start | vma->vm_end) & ~PAGE_MASK || vma->vm_start >= vma->vm_end ||
		       vma->vm_end > TASK_SIZE, "area %lx-%lx is malformed\n", vma->vm_start,
		       vma->vm_end);
		MM_BUG(vma->vm_prev != prev, "area %lx-%lx: vm_prev is wrong\n", vma->vm_start,
		       vma->vm_end);
		MM_BUG(prev && prev->vm_end > vma->vm_start, "areas %lx-%lx and %lx-%lx overlap\n",
		       prev->vm_start, prev->vm_end, vma->vm_start, vma->vm_end);
		total += vma_pages(vma);
		if (vma->vm_flags & VM_LOCKED)
			locked += vma_pages(vma);
		count++;
		if (node)
			node = rb_next(node);
		if (count > mm->map_count + 1)
			break;	/* a loop in the list */
	}
	MM_BUG(node != NULL, "the tree has more areas than the list\n");
	MM_BUG(count != mm->map_count, "map_count %d, list %d\n", mm->map_count, count);
	MM_BUG(total != mm->total_vm, "total_vm %lu, areas %lu\n", mm->total_vm, total);
	MM_BUG(locked != mm->locked_vm, "locked_vm %lu, areas %lu\n", mm->locked_vm, locked);
	return bugs;
}
