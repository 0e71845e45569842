// SPDX-License-Identifier: GPL-2.0
/*
 * The page-table half of vmalloc, vmap and ioremap (the document's
 * map_vm_area and unmap_vm_area): kernel ptes in swapper_pg_dir for the
 * vmalloc area, 4 KiB pages only.
 *
 * Each 2 MiB pgd pair of the area gets a pte table page on first use
 * (pte_alloc_kernel); tables are kept when the area is freed, as Linux
 * keeps them, so the L1 entry that process pgds copied lazily stays
 * valid. set_pte_ext cleans each hardware entry to the point of
 * coherency; a new entry needs no TLB flush (nothing can be cached for
 * an address that was unmapped, since unmapping flushed it), and
 * vunmap_range flushes the range once at the end.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/vmalloc.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* The pte for a kernel address, with a pte table made if the pair has none. */
static pte_t *pte_alloc_kernel(unsigned long addr)
{
	pmd_t *pmd = pmd_off_k(addr);

	if (pmd_none(*pmd)) {
		struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

		if (!page)
			return NULL;
		pmd_populate_kernel(pmd, page_address(page));
	} else if (!pmd_table(*pmd)) {
		pr_err("vmalloc: 0x%08lx is covered by a section mapping\n", addr);
		return NULL;
	}
	return pte_offset_kernel(pmd, addr);
}

/* Sets ptes for nr pages from addr, pte(i) built by make; -errno leaves none set. */
static int map_range(unsigned long addr, unsigned int nr, pte_t (*make)(void *arg, unsigned int i),
		     void *arg)
{
	unsigned int i;

	for (i = 0; i < nr; i++) {
		unsigned long a = addr + ((unsigned long)i << PAGE_SHIFT);
		pte_t *pte = pte_alloc_kernel(a);

		if (!pte)
			goto fail;
		if (!pte_none(*pte)) {
			pr_err("vmalloc: 0x%08lx is already mapped (pte %08lx)\n", a,
			       (unsigned long)pte_val(*pte));
			goto fail;
		}
		set_pte_ext(pte, make(arg, i), 0);
	}
	return 0;
fail:
	vunmap_range(addr, addr + ((unsigned long)i << PAGE_SHIFT));
	return -ENOMEM;
}

struct vmap_pages {
	struct page **pages;
	pgprot_t prot;
};

static pte_t vmap_pte(void *arg, unsigned int i)
{
	struct vmap_pages *v = arg;

	return mk_pte(v->pages[i], v->prot);
}

int vmap_pages_range(unsigned long addr, struct page **pages, unsigned int nr, pgprot_t prot)
{
	struct vmap_pages v = { pages, prot };

	return map_range(addr, nr, vmap_pte, &v);
}

struct ioremap_pfns {
	unsigned long pfn;
	pgprot_t prot;
};

static pte_t ioremap_pte(void *arg, unsigned int i)
{
	struct ioremap_pfns *r = arg;

	return pfn_pte(r->pfn + i, r->prot);
}

int ioremap_page_range(unsigned long addr, unsigned long end, phys_addr_t phys, pgprot_t prot)
{
	struct ioremap_pfns r = { phys >> PAGE_SHIFT, prot };

	return map_range(addr, (end - addr) >> PAGE_SHIFT, ioremap_pte, &r);
}

void vunmap_range(unsigned long addr, unsigned long end)
{
	unsigned long a;

	for (a = addr; a < end; a += PAGE_SIZE) {
		pmd_t *pmd = pmd_off_k(a);

		if (pmd_none(*pmd) || !pmd_table(*pmd)) {
			a = ALIGN_DOWN(a, PMD_SIZE) + PMD_SIZE - PAGE_SIZE;
			continue;
		}
		pte_clear(pte_offset_kernel(pmd, a));
	}
	flush_tlb_kernel_range(addr, end);
}

/* The page a vmalloc/vmap address maps, from the kernel's ptes; NULL if none. */
struct page *vmalloc_to_page(const void *addr)
{
	unsigned long a = (unsigned long)addr;
	pmd_t *pmd;
	pte_t pte;

	if (!is_vmalloc_addr(addr))
		return NULL;
	pmd = pmd_off_k(a);
	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	pte = *pte_offset_kernel(pmd, a);
	if (!pte_present(pte) || !pfn_valid(pte_pfn(pte)))
		return NULL;
	return pte_page(pte);
}
