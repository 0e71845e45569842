// SPDX-License-Identifier: GPL-2.0
/*
 * Shared anonymous memory (MAP_SHARED|MAP_ANONYMOUS; Linux's
 * shmem_zero_setup, which backs such an area with a file of /dev/zero's
 * kind). Here the object is a page array indexed by page offset:
 *
 *  - mmap_region makes one per new shared anonymous area (pgoff 0 at its
 *    start) and charges its size to the overcommit account, as Linux
 *    charges a shmem file;
 *  - vm_ops->fault returns the page at vmf->pgoff, allocated zeroed on
 *    the first fault, with a reference for the caller's pte: every area
 *    mapping the object (fork copies, the pieces of a split) sees the
 *    same page;
 *  - open/close count the areas that refer to it (split, fork, merge,
 *    unmap); the last close puts the object's reference on each page and
 *    gives back the charge. A page still mapped somewhere lives on through
 *    its pte's reference until that is unmapped too.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/slab.h>
#include <kernel/string.h>

struct shmem_object {
	int refcount;		/* areas referring to it */
	bool charged;		/* nr_pages are in vm_committed_as */
	unsigned long nr_pages;
	struct page *pages[];	/* by pgoff; NULL until first touched */
};

static void shmem_open(struct vm_area_struct *vma)
{
	struct shmem_object *obj = vma->vm_private_data;

	obj->refcount++;
}

static void shmem_close(struct vm_area_struct *vma)
{
	struct shmem_object *obj = vma->vm_private_data;
	unsigned long i;

	if (--obj->refcount)
		return;
	for (i = 0; i < obj->nr_pages; i++)
		if (obj->pages[i])
			put_page(obj->pages[i]);
	if (obj->charged)
		vm_unacct_memory(obj->nr_pages);
	kfree(obj);
}

static int shmem_fault(struct vm_fault *vmf)
{
	struct shmem_object *obj = vmf->vma->vm_private_data;
	struct page *page;

	if (vmf->pgoff >= obj->nr_pages)
		return VM_FAULT_SIGBUS;
	page = obj->pages[vmf->pgoff];
	if (!page) {
		/* Only user mappings see these pages: HIGHMEM will do (zeroed through kmap). */
		page = alloc_page(GFP_HIGHUSER | __GFP_ZERO);
		if (!page)
			return VM_FAULT_OOM;
		obj->pages[vmf->pgoff] = page;
	}
	get_page(page);
	vmf->page = page;
	return 0;
}

static const struct vm_operations_struct shmem_vm_ops = {
	.open = shmem_open,
	.close = shmem_close,
	.fault = shmem_fault,
};

bool vma_is_shmem(const struct vm_area_struct *vma)
{
	return vma->vm_ops == &shmem_vm_ops;
}

int shmem_zero_setup(struct vm_area_struct *vma)
{
	unsigned long nr = vma_pages(vma);
	struct shmem_object *obj;

	if (nr > (KMALLOC_MAX_SIZE - sizeof(*obj)) / sizeof(obj->pages[0]))
		return -ENOMEM;
	obj = kmalloc(sizeof(*obj) + nr * sizeof(obj->pages[0]), GFP_KERNEL);
	if (!obj)
		return -ENOMEM;
	memset(obj, 0, sizeof(*obj) + nr * sizeof(obj->pages[0]));
	obj->nr_pages = nr;
	obj->refcount = 1;
	if (!(vma->vm_flags & VM_NORESERVE)) {
		if (__vm_enough_memory(vma->vm_mm, nr)) {
			kfree(obj);
			return -ENOMEM;
		}
		obj->charged = true;
	}
	vma->vm_ops = &shmem_vm_ops;
	vma->vm_private_data = obj;
	return 0;
}
