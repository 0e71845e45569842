// SPDX-License-Identifier: GPL-2.0
/*
 * The slab allocator's figures for `make bench` (guest instructions, see
 * include/kernel/bench.h). The pairs measure the per-cpu array path: the
 * warm-up call fills the array, so each pair pops and pushes one object.
 * kmalloc_mixed runs a fixed pseudo-random mix of sizes and lifetimes;
 * after it, with every kmalloc cache shrunk, slab_efficiency_permille is
 * the bytes the live requests asked for over the bytes of the slab pages
 * they occupy, and slab_packing_permille the same with each request
 * counted at its size class: the gap between the two is what rounding to
 * the classes costs, the rest is partial slabs and slab management.
 */
#include <kernel/bench.h>
#include <kernel/mm.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include "slab.h"

#define ITERS	    256
#define MIX_SLOTS   512
#define MIX_OPS	    8192

static void kmalloc64_kfree(void *arg)
{
	kfree(kmalloc(64, GFP_KERNEL));
}

static u64 bench_kmalloc64(void)
{
	return bench_per_call(kmalloc64_kfree, NULL, ITERS);
}
BENCH("kmalloc64_kfree", "insns", bench_kmalloc64);

static void cache_alloc_free(void *arg)
{
	struct kmem_cache *cachep = arg;

	kmem_cache_free(cachep, kmem_cache_alloc(cachep, GFP_KERNEL));
}

static u64 bench_cache_alloc_free(void)
{
	struct kmem_cache *cachep = kmem_cache_create("bench_obj", 100, 0, 0, NULL);
	u64 insns;

	if (!cachep)
		return 0;
	insns = bench_per_call(cache_alloc_free, cachep, ITERS);
	kmem_cache_destroy(cachep);
	return insns;
}
BENCH("kmem_cache_alloc_free", "insns", bench_cache_alloc_free);

static void kmalloc4096_kfree(void *arg)
{
	kfree(kmalloc(4096, GFP_KERNEL));
}

static u64 bench_kmalloc4096(void)
{
	return bench_per_call(kmalloc4096_kfree, NULL, ITERS);
}
BENCH("kmalloc4096_kfree", "insns", bench_kmalloc4096);

/* The mixed workload: what it left allocated, and what it cost per operation. */
static struct {
	void *obj[MIX_SLOTS];
	unsigned int size[MIX_SLOTS];
	u64 insns_per_op;
	bool done;
} mix;

/* A fixed pseudo-random sequence (an LCG; its high bits, the low ones have short periods). */
static u32 mix_rand(u32 *seed)
{
	*seed = *seed * 1664525u + 1013904223u;
	return *seed >> 12;
}

/* 3 requests in 4 of 1..512 bytes, the rest of 513..4096. */
static unsigned int mix_size(u32 *seed)
{
	u32 r = mix_rand(seed);

	if (r % 4)
		return 1 + (r >> 2) % 512;
	return 513 + (r >> 2) % (4096 - 512);
}

static void run_mix(void)
{
	u32 seed = 12345;
	u64 start;
	unsigned int i;

	if (mix.done)
		return;
	start = bench_clock();
	for (i = 0; i < MIX_OPS; i++) {
		unsigned int slot, size = mix_size(&seed);

		slot = mix_rand(&seed) % MIX_SLOTS;
		if (mix.obj[slot]) {
			kfree(mix.obj[slot]);
			mix.obj[slot] = NULL;
		} else {
			mix.obj[slot] = kmalloc(size, GFP_KERNEL);
			mix.size[slot] = mix.obj[slot] ? size : 0;
		}
	}
	mix.insns_per_op = (bench_clock() - start) / MIX_OPS;
	mix.done = true;
}

static u64 bench_kmalloc_mixed(void)
{
	run_mix();
	return mix.insns_per_op;
}
BENCH("kmalloc_mixed", "insns", bench_kmalloc_mixed);

/* Bytes of slab pages in the kmalloc caches, after each is shrunk. */
static unsigned long kmalloc_slab_bytes(void)
{
	unsigned long bytes = 0;
	unsigned int i;

	for (i = 0; i <= KMALLOC_SHIFT_HIGH; i++) {
		struct slabinfo s;

		if (!kmalloc_caches[i])
			continue;
		kmem_cache_shrink(kmalloc_caches[i]);
		get_slabinfo(kmalloc_caches[i], &s);
		bytes += s.num_slabs * (PAGE_SIZE << s.cache_order);
	}
	return bytes;
}

/*
 * Permille of the mix's live bytes (as requested, or as ksize) over the
 * slab pages the mix added. The baseline is taken from a fresh run: the
 * mix's objects are freed, the caches shrunk, then the mix replayed.
 */
static u64 mix_efficiency(bool as_class)
{
	unsigned long base, used, live = 0;
	unsigned int i;

	run_mix();
	for (i = 0; i < MIX_SLOTS; i++) {
		kfree(mix.obj[i]);
		mix.obj[i] = NULL;
	}
	base = kmalloc_slab_bytes();
	mix.done = false;
	run_mix();
	used = kmalloc_slab_bytes() - base;
	for (i = 0; i < MIX_SLOTS; i++)
		if (mix.obj[i])
			live += as_class ? ksize(mix.obj[i]) : mix.size[i];
	return used ? (u64)live * 1000 / used : 0;
}

static u64 bench_slab_efficiency(void)
{
	return mix_efficiency(false);
}
BENCH("slab_efficiency_permille", "permille", bench_slab_efficiency);

static u64 bench_slab_packing(void)
{
	return mix_efficiency(true);
}
BENCH("slab_packing_permille", "permille", bench_slab_packing);
