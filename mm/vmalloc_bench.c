// SPDX-License-Identifier: GPL-2.0
/*
 * The vmalloc area's figures for `make bench` (guest instructions, see
 * include/kernel/bench.h). vmalloc_area_search is one __get_vm_area_node
 * + free_vm_area with 1000 live areas in front of the gap it finds: with
 * the address tree and the resume point, and (_walk) with the document's
 * linear walk of vmlist from its head.
 */
#include <kernel/bench.h>
#include <kernel/mm.h>
#include <kernel/vmalloc.h>

#define SEARCH_AREAS 1000

static void vmalloc8_vfree(void *arg)
{
	vfree(vmalloc(8 * PAGE_SIZE));
}

static u64 bench_vmalloc8(void)
{
	return bench_per_call(vmalloc8_vfree, NULL, 64);
}
BENCH("vmalloc8_vfree", "insns", bench_vmalloc8);

static void vmalloc1m_vfree(void *arg)
{
	vfree(vmalloc(1 << 20));
}

static u64 bench_vmalloc1m(void)
{
	return bench_per_call(vmalloc1m_vfree, NULL, 8);
}
BENCH("vmalloc1m_vfree", "insns", bench_vmalloc1m);

static void area_search(void *arg)
{
	struct vm_struct *area = get_vm_area(PAGE_SIZE, VM_ALLOC);

	if (area)
		free_vm_area(area);
}

static u64 area_search_with(bool walk_only)
{
	static struct vm_struct *areas[SEARCH_AREAS];
	unsigned int i, n;
	u64 insns;

	for (n = 0; n < SEARCH_AREAS; n++) {
		areas[n] = get_vm_area(PAGE_SIZE, VM_ALLOC);
		if (!areas[n])
			break;
	}
	vmlist_walk_only = walk_only;
	insns = n == SEARCH_AREAS ? bench_per_call(area_search, NULL, 16) : 0;
	vmlist_walk_only = false;
	for (i = 0; i < n; i++)
		free_vm_area(areas[i]);
	return insns;
}

/* The tree and the resume point (mm/vmalloc.c). */
static u64 bench_area_search(void)
{
	return area_search_with(false);
}
BENCH("vmalloc_area_search", "insns", bench_area_search);

/* The document's walk of vmlist from its head, every time. */
static u64 bench_area_search_walk(void)
{
	return area_search_with(true);
}
BENCH("vmalloc_area_search_walk", "insns", bench_area_search_walk);
