// SPDX-License-Identifier: GPL-2.0
/*
 * Address spaces: making, sharing and freeing struct mm_struct (seed
 * document 001, section 3.3.2; FAQ 4.6 of document 000 for the pgd;
 * Linux kernel/fork.c: mm_alloc, mmput, __mmdrop).
 *
 * Two counts, as in Linux. mm_users: the tasks (and borrowers of the page
 * tables) using the address space; when it reaches zero the page tables
 * go. mm_count: references to the struct itself, one of them held by
 * all of mm_users together; when it reaches zero the struct goes back
 * to its slab cache "mm_struct".
 *
 * The counts are plain ints changed with IRQs masked: one CPU, and the
 * scheduler may drop a reference from its switch path with IRQs masked.
 *
 * The ASID is not freed here. Entries tagged with it may still be in the
 * TLB, so arch/arm/mm/context.c hands the number out again only after the
 * TLBIALL that starts a new generation.
 */
#include <kernel/compiler.h>
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/init.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <asm/irqflags.h>
#include <asm/pgalloc.h>

static unsigned long mm_get_unmapped_area_none(struct file *filp, unsigned long addr,
					       unsigned long len, unsigned long pgoff,
					       unsigned long flags);

struct mm_struct init_mm = {
	.mm_rb = RB_ROOT,
	.pgd = swapper_pg_dir,
	.mm_users = 2,		/* never reaches zero */
	.mm_count = 1,
	.task_size = TASK_SIZE,
	.get_unmapped_area = mm_get_unmapped_area_none,
	.context = { .id = 0 },	/* ASID 0, reserved; generation 0 */
};

static struct kmem_cache *mm_cachep;

/* Until the VMA code provides the real search, mmap has nowhere to go. */
static unsigned long mm_get_unmapped_area_none(struct file *filp, unsigned long addr,
					       unsigned long len, unsigned long pgoff,
					       unsigned long flags)
{
	(void)filp;
	(void)addr;
	(void)len;
	(void)pgoff;
	(void)flags;
	return (unsigned long)-ENOMEM;
}

/* Boot: the caches of process structures (Linux's proc_caches_init); after kmem_cache_init. */
void proc_caches_init(void)
{
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	vm_area_cachep = kmem_cache_create("vm_area_struct", sizeof(struct vm_area_struct), 0,
					   SLAB_PANIC, NULL);
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kmem_cache_alloc(mm_cachep, GFP_KERNEL);

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	mm->mm_rb = RB_ROOT;
	mm->mm_users = 1;
	mm->mm_count = 1;
	mm->task_size = TASK_SIZE;
	mm->mmap_base = TASK_UNMAPPED_BASE;
	mm->get_unmapped_area = mm_get_unmapped_area_none;
	mm->context.id = 0;	/* generation 0 is never current: an ASID at first switch */
	return mm;
}

/* Returns the new value of *count, changed by delta with IRQs masked. */
static int mm_count_add(int *count, int delta)
{
	unsigned long flags;
	int v;

	local_irq_save(flags);
	v = (*count += delta);
	local_irq_restore(flags);
	return v;
}

void mmgrab(struct mm_struct *mm)
{
	mm_count_add(&mm->mm_count, 1);
}

void mmget(struct mm_struct *mm)
{
	mm_count_add(&mm->mm_users, 1);
}

void mmdrop(struct mm_struct *mm)
{
	int v = mm_count_add(&mm->mm_count, -1);

	if (WARN_ON(v < 0) || v)
		return;
	if (WARN_ON(mm == &init_mm))
		return;
	kmem_cache_free(mm_cachep, mm);
}

void mmput(struct mm_struct *mm)
{
	int v = mm_count_add(&mm->mm_users, -1);

	if (WARN_ON(v < 0) || v)
		return;
	/* The VMAs go here once there are any (exit_mmap). */
	pgd_free(mm->pgd);
	mm->pgd = NULL;
	mmdrop(mm);
}
