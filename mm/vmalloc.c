// SPDX-License-Identifier: GPL-2.0
/*
 * The vmalloc area (seed document 001, section 3.2.5), in the document's
 * three steps:
 *
 *   vmalloc(size)
 *     __vmalloc_node(size, align, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL)
 *       __get_vm_area_node   virtual space: first fit on vmlist, + guard page
 *       __vmalloc_area_node  page frames one at a time, then map_vm_area
 *                            (vmap_pages_range, mm/vmalloc_pgtable.c)
 *   vfree(addr) / vunmap(addr)
 *     __vunmap(addr, deallocate_pages)
 *       remove_vm_area       unlink from vmlist
 *       vunmap_range         clear the ptes, flush the TLB
 *       __free_page          each page (vfree only)
 *
 * vmlist is the document's sorted singly linked list, walked linearly;
 * `make bench` measures the walk with 1000 live areas.
 *
 * The ptes live in swapper_pg_dir only. A process pgd copies the kernel's
 * L1 entries when it is made (pgd_alloc); an L1 entry added later reaches
 * it lazily, in do_translation_fault (arch/arm/mm/fault.c), as on ARM Linux.
 *
 * Locking: vmap_area_lock (IRQs off, on one CPU) guards vmlist, the tree
 * and the search cache; page allocation and the page tables are done
 * outside it, as in Linux.
 */
#include <kernel/kallsyms.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/rbtree.h>
#include <kernel/slab.h>
#include <kernel/spinlock.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include <asm/pgtable.h>

#define _RET_IP_ ((unsigned long)__builtin_return_address(0))

static struct vm_struct *vmlist;
static struct kmem_cache *vm_struct_cachep;
static unsigned long vmalloc_error_count;

unsigned long vmalloc_error_reports(void)
{
	return vmalloc_error_count;
}

bool is_vmalloc_addr(const void *addr)
{
	unsigned long a = (unsigned long)addr;

	return a >= VMALLOC_START && a < VMALLOC_END;
}

static void print_symbol(int (*print)(const char *fmt, ...), const char *fmt, const void *addr)
{
	unsigned long size, offset;
	const char *name = kallsyms_lookup((unsigned long)addr, &size, &offset);
	char buf[96];

	if (name)
		snprintf(buf, sizeof(buf), "%s+0x%lx/0x%lx", name, offset, size);
	else
		snprintf(buf, sizeof(buf), "0x%08lx", (unsigned long)addr);
	print(fmt, buf);
}

/* A bad vfree/vunmap/iounmap: reported with the caller, nothing changed. */
void vmalloc_report(const char *what, const void *addr, const void *caller)
{
	vmalloc_error_count++;
	pr_warn("WARNING: %s (%p)\n", what, addr);
	print_symbol(printk, "  called from %s\n", caller);
	dump_stack();
}

/* ---- virtual space: vmlist, and a tree to search it ---- */

/*
 * The document's structure is vmlist, and its search is a walk of it from
 * the start. With many live areas that walk dominates (`make bench`:
 * vmalloc_area_search_walk), so, as Linux did from 2.6.28 to 5.1, the
 * areas are also kept in a red-black tree by address (lookups by vfree
 * and find_vm_area), and the search resumes after the area it placed
 * last (free_vm_cache) unless a hole it skipped before could hold the
 * request (cached_hole_size) or the request differs in range or
 * alignment. The result is the same first fit as the full walk.
 * vmlist_walk_only turns the shortcut off, for the benchmark and tests.
 */
static DEFINE_SPINLOCK(vmap_area_lock);
static struct rb_root vm_area_root = RB_ROOT;
static struct vm_struct *free_vm_cache;
static unsigned long cached_hole_size, cached_start, cached_end, cached_align;
bool vmlist_walk_only;

static void reset_vm_cache(void)
{
	free_vm_cache = NULL;
	cached_hole_size = 0;
}

/*
 * The document's first-fit walk, from *p on: addr moves past every area
 * that starts below it or is in the way, aligned each time; the first gap
 * of size bytes (guard page included) before the next area wins. Gaps
 * skipped as too small are remembered in cached_hole_size.
 */
static unsigned long find_vm_gap(unsigned long size, unsigned long align, unsigned long start,
				 unsigned long end, struct vm_struct **p, unsigned long addr,
				 struct vm_struct ***linkp)
{
	struct vm_struct *tmp;

	for (; (tmp = *p) != NULL; p = &tmp->next) {
		unsigned long tmp_start = (unsigned long)tmp->addr;

		if (tmp_start + tmp->size < tmp_start)
			return 0; /* it reaches the top of the address space: nothing after it */
		if (tmp_start < addr) {
			if (tmp_start + tmp->size >= addr)
				addr = ALIGN(tmp_start + tmp->size, align);
			continue;
		}
		if (size + addr < addr)
			return 0;
		if (size + addr <= tmp_start)
			break;
		cached_hole_size = max(cached_hole_size, tmp_start - addr);
		addr = ALIGN(tmp_start + tmp->size, align);
		if (addr > end - size)
			return 0;
	}
	if (size + addr < addr || addr < start || addr > end - size)
		return 0;
	*linkp = p;
	return addr;
}

/* Where the search starts: the list head, or just after free_vm_cache. */
static unsigned long search_start(unsigned long size, unsigned long align, unsigned long start,
				  unsigned long end, struct vm_struct ***p)
{
	unsigned long addr = ALIGN(start, align);

	if (vmlist_walk_only || !free_vm_cache || size <= cached_hole_size ||
	    start != cached_start || end != cached_end || align < cached_align)
		reset_vm_cache();
	cached_start = start;
	cached_end = end;
	cached_align = align;
	*p = &vmlist;
	if (free_vm_cache) {
		unsigned long cache_end = (unsigned long)free_vm_cache->addr + free_vm_cache->size;

		/* Reaching, or aligned past, the top: nothing after it, nothing fitting before. */
		if (cache_end < (unsigned long)free_vm_cache->addr || ALIGN(cache_end, align) < cache_end)
			return 0;
		*p = &free_vm_cache->next;
		addr = max(addr, ALIGN(cache_end, align));
	}
	return addr;
}

static void vm_tree_insert(struct vm_struct *area)
{
	struct rb_node **link = &vm_area_root.rb_node, *parent = NULL;

	while (*link) {
		parent = *link;
		if (area->addr < rb_entry(parent, struct vm_struct, rb_node)->addr)
			link = &parent->rb_left;
		else
			link = &parent->rb_right;
	}
	rb_link_node(&area->rb_node, parent, link);
	rb_insert_color(&area->rb_node, &vm_area_root);
}

struct vm_struct *__get_vm_area_node(unsigned long size, unsigned long align, unsigned int flags,
				     unsigned long start, unsigned long end, const void *caller)
{
	struct vm_struct *area, **link, **from;
	unsigned long addr, irqflags;

	size = PAGE_ALIGN(size);
	if (!size || size > end - start || end - start - size < PAGE_SIZE)
		return NULL;
	if (align < PAGE_SIZE || (align & (align - 1)))
		align = PAGE_SIZE;
	area = kmem_cache_zalloc(vm_struct_cachep, GFP_KERNEL);
	if (!area)
		return NULL;
	size += PAGE_SIZE; /* the guard page: never mapped */
	spin_lock_irqsave(&vmap_area_lock, irqflags);
	addr = search_start(size, align, start, end, &from);
	if (addr)
		addr = find_vm_gap(size, align, start, end, from, addr, &link);
	if (!addr) {
		spin_unlock_irqrestore(&vmap_area_lock, irqflags);
		kmem_cache_free(vm_struct_cachep, area);
		return NULL;
	}
	area->addr = (void *)addr;
	area->size = size;
	area->flags = flags;
	area->caller = caller;
	area->next = *link;
	*link = area;
	vm_tree_insert(area);
	free_vm_cache = area;
	spin_unlock_irqrestore(&vmap_area_lock, irqflags);
	return area;
}

struct vm_struct *get_vm_area(unsigned long size, unsigned int flags)
{
	return __get_vm_area_node(size, PAGE_SIZE, flags, VMALLOC_START, VMALLOC_END,
				  __builtin_return_address(0));
}

/* The last area starting at or below addr, from the tree; NULL if none. */
static struct vm_struct *vm_tree_floor(const void *addr)
{
	struct rb_node *n = vm_area_root.rb_node;
	struct vm_struct *best = NULL;

	while (n) {
		struct vm_struct *v = rb_entry(n, struct vm_struct, rb_node);

		if (v->addr <= addr) {
			best = v;
			n = n->rb_right;
		} else {
			n = n->rb_left;
		}
	}
	return best;
}

struct vm_struct *find_vm_area(const void *addr)
{
	struct vm_struct *v;
	unsigned long flags;

	spin_lock_irqsave(&vmap_area_lock, flags);
	v = vm_tree_floor(addr);
	spin_unlock_irqrestore(&vmap_area_lock, flags);
	return v && v->addr == addr ? v : NULL;
}

struct vm_struct *find_vm_area_containing(const void *addr)
{
	struct vm_struct *v;
	unsigned long flags;

	spin_lock_irqsave(&vmap_area_lock, flags);
	v = vm_tree_floor(addr);
	spin_unlock_irqrestore(&vmap_area_lock, flags);
	return v && (const char *)addr < (const char *)v->addr + v->size ? v : NULL;
}

struct vm_struct *remove_vm_area(const void *addr)
{
	struct vm_struct *area, *prev;
	unsigned long flags;
	struct rb_node *pn;

	spin_lock_irqsave(&vmap_area_lock, flags);
	area = vm_tree_floor(addr);
	if (!area || area->addr != addr) {
		spin_unlock_irqrestore(&vmap_area_lock, flags);
		return NULL;
	}
	pn = rb_prev(&area->rb_node);
	prev = pn ? rb_entry(pn, struct vm_struct, rb_node) : NULL;
	if (prev)
		prev->next = area->next;
	else
		vmlist = area->next;
	rb_erase(&area->rb_node, &vm_area_root);
	RB_CLEAR_NODE(&area->rb_node); /* detached: free_vm_area may still free it */
	area->next = NULL;
	/*
	 * The hole opens after prev: fine if the search resumes at prev; a
	 * hole before where it resumes must be found by a full walk.
	 */
	if (free_vm_cache == area)
		free_vm_cache = prev;
	else if (free_vm_cache && area->addr < free_vm_cache->addr)
		reset_vm_cache();
	spin_unlock_irqrestore(&vmap_area_lock, flags);
	return area;
}

void free_vm_area(struct vm_struct *area)
{
	if (!RB_EMPTY_NODE(&area->rb_node) && remove_vm_area(area->addr) != area) {
		vmalloc_report("free_vm_area of an area not on vmlist", area->addr,
			       __builtin_return_address(0));
		return;
	}
	kmem_cache_free(vm_struct_cachep, area);
}

void vmalloc_init(void)
{
	vmlist = NULL;
	vm_area_root = RB_ROOT;
	reset_vm_cache();
	vm_struct_cachep = kmem_cache_create("vm_struct", sizeof(struct vm_struct), 0, SLAB_PANIC,
					     NULL);
}

/* ---- vmalloc ---- */

/*
 * Removes the area at addr, unmaps it, and frees its pages (vfree) or not
 * (vunmap). want_flags is the kind the caller may free: an ioremap area
 * must go through iounmap, a vmap through vunmap.
 */
static void __vunmap(const void *addr, int deallocate_pages, unsigned int want_flags,
		     const void *caller)
{
	struct vm_struct *area;
	unsigned int i;

	if (!addr)
		return;
	if (!PAGE_ALIGNED((unsigned long)addr)) {
		vmalloc_report("Trying to vfree() bad address", addr, caller);
		return;
	}
	area = find_vm_area(addr);
	if (!area) {
		vmalloc_report("Trying to vfree() nonexistent vm area", addr, caller);
		return;
	}
	if (!(area->flags & want_flags)) {
		vmalloc_report(deallocate_pages ? "vfree() of an area vmalloc did not make"
						: "vunmap() of an area vmap did not make",
			       addr, caller);
		return;
	}
	remove_vm_area(addr);
	vunmap_range((unsigned long)addr, (unsigned long)addr + get_vm_area_size(area));
	if (deallocate_pages) {
		for (i = 0; i < area->nr_pages; i++)
			__free_page(area->pages[i]);
		kfree(area->pages);
	}
	kmem_cache_free(vm_struct_cachep, area);
}

void vfree(const void *addr)
{
	__vunmap(addr, 1, VM_ALLOC, __builtin_return_address(0));
}

void vunmap(const void *addr)
{
	__vunmap(addr, 0, VM_MAP, __builtin_return_address(0));
}

/*
 * The page frames, one order-0 page at a time (so from the per-cpu lists,
 * and from HIGHMEM first with vmalloc's mask), then the page tables. On a
 * failure part-way, __vunmap gives back the pages taken so far.
 */
static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask, pgprot_t prot)
{
	unsigned int nr_pages = get_vm_area_size(area) >> PAGE_SHIFT, i;

	area->pages = kmalloc_array(nr_pages, sizeof(struct page *),
				    (gfp_mask & ~(__GFP_HIGHMEM | __GFP_ZERO)) | __GFP_NOWARN);
	if (!area->pages)
		goto fail;
	for (i = 0; i < nr_pages; i++) {
		struct page *page = alloc_page(gfp_mask | __GFP_NOWARN);

		if (unlikely(!page)) {
			area->nr_pages = i; /* what __vunmap must free */
			goto fail;
		}
		area->pages[i] = page;
	}
	area->nr_pages = nr_pages;
	if (vmap_pages_range((unsigned long)area->addr, area->pages, nr_pages, prot))
		goto fail;
	return area->addr;
fail:
	pr_warn("vmalloc: allocation failure: %lu bytes, %u of %u pages taken\n",
		get_vm_area_size(area), area->nr_pages, nr_pages);
	__vunmap(area->addr, 1, VM_ALLOC, area->caller);
	return NULL;
}

static void *__vmalloc_node(unsigned long size, gfp_t gfp_mask, pgprot_t prot,
			    const void *caller)
{
	struct vm_struct *area;

	if (!size || PAGE_ALIGN(size) > VMALLOC_END - VMALLOC_START || PAGE_ALIGN(size) < size) {
		pr_warn("vmalloc: size %lu refused: %s\n", size,
			size ? "larger than the vmalloc area" : "zero");
		return NULL;
	}
	area = __get_vm_area_node(size, PAGE_SIZE, VM_ALLOC, VMALLOC_START, VMALLOC_END, caller);
	if (!area) {
		pr_warn("vmalloc: %lu bytes: no room in the vmalloc area\n", size);
		return NULL;
	}
	return __vmalloc_area_node(area, gfp_mask, prot);
}

void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot)
{
	return __vmalloc_node(size, gfp_mask, prot, __builtin_return_address(0));
}

void *vmalloc(unsigned long size)
{
	return __vmalloc_node(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL,
			      __builtin_return_address(0));
}

void *vzalloc(unsigned long size)
{
	return __vmalloc_node(size, GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO, PAGE_KERNEL,
			      __builtin_return_address(0));
}

void *vmalloc_32(unsigned long size)
{
	return __vmalloc_node(size, GFP_KERNEL, PAGE_KERNEL, __builtin_return_address(0));
}

void *vmap(struct page **pages, unsigned int count, unsigned int flags, pgprot_t prot)
{
	struct vm_struct *area;

	if (!pages || !count || count > (VMALLOC_END - VMALLOC_START) >> PAGE_SHIFT)
		return NULL;
	/* A vmap is only ever VM_MAP: its pages are the caller's, so vfree must refuse it. */
	flags = (flags & ~(VM_ALLOC | VM_IOREMAP)) | VM_MAP;
	area = __get_vm_area_node((unsigned long)count << PAGE_SHIFT, PAGE_SIZE, flags,
				  VMALLOC_START, VMALLOC_END, __builtin_return_address(0));
	if (!area)
		return NULL;
	area->nr_pages = count; /* the pages stay the caller's: pages[] is not kept */
	if (vmap_pages_range((unsigned long)area->addr, pages, count, prot)) {
		free_vm_area(area);
		return NULL;
	}
	return area->addr;
}

/* ---- lookups ---- */

unsigned long vmalloc_to_pfn(const void *addr)
{
	struct page *page = vmalloc_to_page(addr);

	return page ? page_to_pfn(page) : 0;
}

/* /proc/vmallocinfo: range, size, caller, pages=, phys=, the kind. */
void vmallocinfo_show(int (*print)(const char *fmt, ...))
{
	struct vm_struct *v;
	unsigned long flags;

	spin_lock_irqsave(&vmap_area_lock, flags);
	for (v = vmlist; v; v = v->next) {
		print("0x%08lx-0x%08lx %7lu", (unsigned long)v->addr,
		      (unsigned long)v->addr + v->size, v->size);
		if (v->caller)
			print_symbol(print, " %s", v->caller);
		if (v->nr_pages)
			print(" pages=%u", v->nr_pages);
		if (v->phys_addr)
			print(" phys=0x%08lx", (unsigned long)v->phys_addr);
		if (v->flags & VM_IOREMAP)
			print(" ioremap");
		if (v->flags & VM_ALLOC)
			print(" vmalloc");
		if (v->flags & VM_MAP)
			print(" vmap");
		print("\n");
	}
	spin_unlock_irqrestore(&vmap_area_lock, flags);
}
