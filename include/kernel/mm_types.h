/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct page: one per physical page frame, all of them in mem_map[]
 * (the flat memory model). The series' section 2.2.2 describes the flags;
 * include/kernel/page-flags.h defines them.
 *
 * Size matters: mem_map costs sizeof(struct page) per 4 KiB of RAM, so
 * the structure is kept at 32 bytes (0.78% of RAM), which a build-time
 * check enforces on the target. Fields are shared between users the way
 * Linux shares them: while a page is free in the buddy allocator, lru
 * links it into a free list and private holds its order; while it is on
 * a per-cpu list, index holds the migrate type it was freed with.
 */
#ifndef _KERNEL_MM_TYPES_H
#define _KERNEL_MM_TYPES_H

#include <kernel/list.h>
#include <kernel/rbtree.h>
#include <kernel/types.h>
#include <asm/pgtable-2level-types.h>

struct page {
	unsigned long flags;	/* PG_* bits, the allocation order, the zone: page-flags.h */
	int _refcount;		/* users; 0 = free (page_ref_count) */
	int _mapcount;		/* page-table mappings - 1; -1 = not mapped */
	struct list_head lru;	/* free list, per-cpu list, or its owner's list */
	unsigned long private;	/* buddy order while PageBuddy; else the owner's */
	void *mapping;		/* the owner's object (anon_vma, slab cache, ...) */
	unsigned long index;	/* offset in mapping; pcp migratetype while on a pcp list */
};

struct file;
struct mm_struct;
struct vm_area_struct;

/*
 * A page fault handed to an area's vm_ops->fault (Linux's struct
 * vm_fault, cut down): the area, the page-aligned address, its page
 * offset in the area's object (vm_pgoff + the page index), the
 * FAULT_FLAG_* bits; fault() sets page (with a reference the caller
 * owns) and returns 0 or VM_FAULT_* (<kernel/mman.h>).
 */
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	unsigned long pgoff;
	unsigned int flags;
	struct page *page;
};

/* What an area's owner does (Linux's vm_operations_struct). */
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *vma);	/* a copy was made (fork, split) */
	void (*close)(struct vm_area_struct *vma);	/* the area goes away */
	int (*fault)(struct vm_fault *vmf);		/* no pte: find the page */
};

/*
 * One user address range with one set of permissions (seed document 001,
 * section 3.3.3; Linux's include/linux/mm_types.h). [vm_start, vm_end) is
 * page aligned. mm/mmap.c keeps an mm's areas at once on mm->mmap,
 * sorted by address and disjoint, and in the red-black tree mm->mm_rb
 * keyed by vm_start (the same order): the list for walks, the tree for
 * lookups. Each mapped page holds one reference for its pte.
 */
struct vm_area_struct {
	unsigned long vm_start;		/* first address */
	unsigned long vm_end;		/* first address after */
	struct vm_area_struct *vm_next, *vm_prev;	/* mm->mmap, by address */
	struct rb_node vm_rb;		/* mm->mm_rb, keyed by vm_start */
	struct mm_struct *vm_mm;	/* the address space it belongs to */
	pgprot_t vm_page_prot;		/* the ptes' protection: vm_get_page_prot(vm_flags) */
	unsigned long vm_flags;		/* VM_* (<kernel/mman.h>) */
	unsigned long vm_pgoff;		/* offset in the object, in pages (anon: vm_start >> PAGE_SHIFT) */
	struct file *vm_file;		/* NULL: anonymous (exec copies file bytes) */
	const struct vm_operations_struct *vm_ops;	/* NULL: plain anonymous memory */
	void *vm_private_data;		/* the vm_ops owner's (the shmem object, ...) */
};

/*
 * One address space (seed document 001, section 3.3.2; Linux's
 * include/linux/mm_types.h, cut to the fields the document lists).
 * kernel/fork.c makes and frees them; arch/arm/mm/context.c owns context.
 *
 * mm_users counts the tasks that run in it (and anyone who needs its page
 * tables to stay): at zero the mappings and the pgd go. mm_count counts
 * the references to the structure itself (lazy-TLB borrowers, plus one
 * for all of mm_users together): at zero the structure goes.
 */
/* The per-mm cache of recent find_vma results (Linux's vmacache, kept in the mm here). */
#define VMACACHE_BITS	2
#define VMACACHE_SIZE	(1U << VMACACHE_BITS)

struct mm_struct {
	struct vm_area_struct *mmap;	/* the VMAs, a list sorted by address */
	struct rb_root mm_rb;		/* the same VMAs, a tree by address */
	int map_count;			/* number of VMAs */
	/*
	 * vmacache[i] holds the last area found for an address whose page
	 * number ends in i; it is valid only while vmacache_seqnum equals
	 * seqnum, which every removal of an area bumps (vmacache_invalidate).
	 */
	u32 vmacache_seqnum;
	struct {
		u32 seqnum;
		struct vm_area_struct *vmas[VMACACHE_SIZE];
	} vmacache;
	pgd_t *pgd;			/* the L1 table: pgd_alloc, TTBR0 when running */
	int mm_users;			/* tasks using the address space */
	int mm_count;			/* references to this struct (mm_users counts 1) */

	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	unsigned long mmap_base;	/* where get_unmapped_area starts looking */
	unsigned long task_size;	/* size of the user part: TASK_SIZE */
	/* The layout's search (arch_pick_mmap_layout); the mm is explicit here. */
	unsigned long (*get_unmapped_area)(struct mm_struct *mm, struct file *filp, unsigned long addr,
					   unsigned long len, unsigned long pgoff,
					   unsigned long flags);
	unsigned long def_flags;	/* VM_* flags every new VMA gets */
	unsigned long total_vm;		/* pages mapped */
	unsigned long locked_vm;	/* pages in VM_LOCKED areas */
	/*
	 * Pages are mapped without an area (a user blob, kernel/exec_blob.c):
	 * only then must put_user_pages walk the whole user half, a few
	 * instructions for each of its 3056 MiB, to drop them.
	 */
	bool blob_pages;

	struct {
		u64 id;			/* ASID in bits 7:0, generation above (asm/mmu.h) */
	} context;
};

#endif
