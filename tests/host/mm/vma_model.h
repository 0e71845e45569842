/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Random operations on an address space checked against a model
 * (vma_model.c), shared by the random cases of test_vma and the fuzz
 * target fuzz_vma: the model is an array of pages, each mapped or not,
 * with its protection, locked and shared bits, plus the break. An
 * operation is four bytes (kind, first page, page count, argument: mmap, munmap, mprotect,
 * mlock, madvise or msync, brk, mremap) so a
 * fuzzer's input maps onto operations one to one.
 */
#ifndef _HOST_MM_VMA_MODEL_H
#define _HOST_MM_VMA_MODEL_H

#include <kernel/mm_types.h>

#define VMA_MODEL_PAGES	96
#define VMA_MODEL_OP	4	/* bytes per operation */

struct vma_model {
	struct mm_struct *mm;
	unsigned long base;		/* the window's first address */
	unsigned long brk;		/* the model's break (start_brk is base) */
	struct {
		unsigned char mapped, prot, locked, shared;
	} pg[VMA_MODEL_PAGES];
	char why[160];			/* what the last failed check saw */
};

/*
 * A fresh mm and an empty model. The searches start inside the window:
 * legacy, mmap_base a third of the way in (bottom-up from there);
 * top-down, mmap_base at the window's end (downwards from there).
 */
void vma_model_init(struct vma_model *m, bool legacy);
/* Applies one operation and checks everything; 0, or -1 with m->why set. */
int vma_model_step(struct vma_model *m, const unsigned char op[VMA_MODEL_OP]);
/* Tears the mm down; -1 (m->why) if a page or a charge was left behind. */
int vma_model_finish(struct vma_model *m);

#endif
