// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator's figures for `make bench` (guest instructions, see
 * include/kernel/bench.h). Order-0 pairs measure the per-cpu list path,
 * the one vmalloc and page faults live on.
 */
#include <kernel/bench.h>
#include <kernel/mm.h>

#define ITERS 256

static void alloc_free_order0(void *arg)
{
	__free_page(alloc_page(GFP_KERNEL));
}

static u64 bench_order0(void)
{
	return bench_per_call(alloc_free_order0, NULL, ITERS);
}
BENCH("page_alloc_order0", "insns", bench_order0);

static void alloc_free_order3(void *arg)
{
	__free_pages(alloc_pages(GFP_KERNEL, 3), 3);
}

static u64 bench_order3(void)
{
	return bench_per_call(alloc_free_order3, NULL, ITERS);
}
BENCH("page_alloc_order3", "insns", bench_order3);

static void zeroed_page(void *arg)
{
	free_page(get_zeroed_page(GFP_KERNEL));
}

static u64 bench_zeroed(void)
{
	return bench_per_call(zeroed_page, NULL, ITERS);
}
BENCH("get_zeroed_page", "insns", bench_zeroed);

static u64 bench_boot_mem_init(void)
{
	return boot_mem_init_insns;
}
BENCH("boot_mem_init", "insns", bench_boot_mem_init);

static u64 bench_struct_page(void)
{
	return sizeof(struct page);
}
BENCH("struct_page_bytes", "bytes", bench_struct_page);

static u64 bench_memmap_overhead(void)
{
	return (memmap_overhead_permille_x10() + 5) / 10;
}
BENCH("memmap_overhead_permille", "permille", bench_memmap_overhead);
