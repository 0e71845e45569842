// SPDX-License-Identifier: GPL-2.0
/*
 * memblock: the boot-time allocator (include/kernel/memblock.h).
 *
 * Each list is an array of disjoint regions sorted by base. Adding a
 * range merges it with every region it overlaps or touches; removing one
 * cuts it out, splitting a region in two where needed. Both are written
 * as "remove the affected regions, insert what remains", which keeps the
 * invariant obvious at the cost of a few moves: the lists are short.
 */
#include <kernel/errno.h>
#include <kernel/memblock.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <asm/memory.h>

static struct memblock_region memory_regions[INIT_MEMBLOCK_REGIONS];
static struct memblock_region reserved_regions[INIT_MEMBLOCK_REGIONS];

struct memblock memblock = {
	.current_limit = ~(phys_addr_t)0,
	.memory = { .max = INIT_MEMBLOCK_REGIONS, .regions = memory_regions, .name = "memory" },
	.reserved = { .max = INIT_MEMBLOCK_REGIONS, .regions = reserved_regions,
		      .name = "reserved" },
};

/* End of [base, base + size), clamped so that it never wraps past 4 GiB. */
static phys_addr_t memblock_cap_size(phys_addr_t base, phys_addr_t *size)
{
	if (*size > ~(phys_addr_t)0 - base)
		*size = ~(phys_addr_t)0 - base;
	return base + *size;
}

static void memblock_remove_region(struct memblock_type *type, unsigned long i)
{
	type->total_size -= type->regions[i].size;
	memmove(&type->regions[i], &type->regions[i + 1],
		(type->cnt - i - 1) * sizeof(type->regions[0]));
	type->cnt--;
}

static int memblock_insert_region(struct memblock_type *type, unsigned long i,
				  phys_addr_t base, phys_addr_t size)
{
	if (type->cnt >= type->max)
		return -ENOMEM;
	memmove(&type->regions[i + 1], &type->regions[i],
		(type->cnt - i) * sizeof(type->regions[0]));
	type->regions[i].base = base;
	type->regions[i].size = size;
	type->total_size += size;
	type->cnt++;
	return 0;
}

static int memblock_add_range(struct memblock_type *type, phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = memblock_cap_size(base, &size);
	unsigned long i = 0;

	if (!size)
		return 0;
	/* Skip regions wholly below (and not touching) the new range. */
	while (i < type->cnt && type->regions[i].base + type->regions[i].size < base)
		i++;
	/* Swallow every region that overlaps or touches it. */
	while (i < type->cnt && type->regions[i].base <= end) {
		struct memblock_region *r = &type->regions[i];

		base = min(base, r->base);
		end = max(end, r->base + r->size);
		memblock_remove_region(type, i);
	}
	return memblock_insert_region(type, i, base, end - base);
}

static int memblock_remove_range(struct memblock_type *type, phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = memblock_cap_size(base, &size);
	unsigned long i = 0;

	while (i < type->cnt) {
		struct memblock_region r = type->regions[i];
		phys_addr_t rend = r.base + r.size;
		int err;

		if (rend <= base || r.base >= end) {
			i++;
			continue;
		}
		memblock_remove_region(type, i);
		if (r.base < base) {
			err = memblock_insert_region(type, i++, r.base, base - r.base);
			if (err)
				return err;
		}
		if (rend > end) {
			err = memblock_insert_region(type, i++, end, rend - end);
			if (err)
				return err;
		}
	}
	return 0;
}

int memblock_add(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_range(&memblock.memory, base, size);
}

int memblock_remove(phys_addr_t base, phys_addr_t size)
{
	return memblock_remove_range(&memblock.memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_range(&memblock.reserved, base, size);
}

int memblock_phys_free(phys_addr_t base, phys_addr_t size)
{
	return memblock_remove_range(&memblock.reserved, base, size);
}

void memblock_set_current_limit(phys_addr_t limit)
{
	memblock.current_limit = limit;
}

/*
 * The free ranges are the gaps between reserved regions, intersected
 * with each memory region. idx encodes (memory index, reserved index)
 * so that iteration can resume: low 32 bits memory, high 32 reserved.
 */
bool memblock_next_free_range(u64 *idx, phys_addr_t *start, phys_addr_t *end)
{
	struct memblock_type *mem = &memblock.memory, *rsv = &memblock.reserved;
	unsigned long mi = (u32)*idx, ri = (u32)(*idx >> 32);

	for (; mi < mem->cnt; mi++, ri = 0) {
		phys_addr_t mbase = mem->regions[mi].base;
		phys_addr_t mend = mbase + mem->regions[mi].size;

		/* Gap ri lies between reserved[ri - 1] and reserved[ri]. */
		for (; ri <= rsv->cnt; ri++) {
			phys_addr_t gbase = ri ? rsv->regions[ri - 1].base + rsv->regions[ri - 1].size
					       : 0;
			phys_addr_t gend = ri < rsv->cnt ? rsv->regions[ri].base : ~(phys_addr_t)0;

			if (gbase >= mend)
				break;
			if (gend <= mbase)
				continue;
			*start = max(gbase, mbase);
			*end = min(gend, mend);
			*idx = (u64)mi | ((u64)(ri + 1) << 32);
			return true;
		}
	}
	*idx = (u64)mi;
	return false;
}

phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align)
{
	phys_addr_t start, end, best = 0;
	u64 idx = 0;

	if (!size || !align || (align & (align - 1)))
		return 0;
	size = ALIGN(size, 4);
	/* Top-down: the highest fitting place in any free range below the limit. */
	while (memblock_next_free_range(&idx, &start, &end)) {
		phys_addr_t cand;

		end = min(end, memblock.current_limit);
		if (end <= start || end - start < size)
			continue;
		cand = ALIGN_DOWN(end - size, align);
		if (cand >= start && cand > best)
			best = cand;
	}
	if (!best || memblock_reserve(best, size))
		return 0;
	return best;
}

void *memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	phys_addr_t phys = memblock_phys_alloc(size, align);
	void *p;

	if (!phys)
		return NULL;
	p = __va(phys);
	memset(p, 0, size);
	return p;
}

phys_addr_t memblock_start_of_DRAM(void)
{
	return memblock.memory.cnt ? memblock.memory.regions[0].base : 0;
}

phys_addr_t memblock_end_of_DRAM(void)
{
	struct memblock_type *m = &memblock.memory;

	return m->cnt ? m->regions[m->cnt - 1].base + m->regions[m->cnt - 1].size : 0;
}

phys_addr_t memblock_phys_mem_size(void)
{
	return memblock.memory.total_size;
}

static long memblock_search(const struct memblock_type *type, phys_addr_t addr)
{
	unsigned long lo = 0, hi = type->cnt;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;
		const struct memblock_region *r = &type->regions[mid];

		if (addr < r->base)
			hi = mid;
		else if (addr - r->base >= r->size)
			lo = mid + 1;
		else
			return (long)mid;
	}
	return -1;
}

bool memblock_is_memory(phys_addr_t addr)
{
	return memblock_search(&memblock.memory, addr) >= 0;
}

bool memblock_is_reserved(phys_addr_t addr)
{
	return memblock_search(&memblock.reserved, addr) >= 0;
}

bool memblock_is_region_memory(phys_addr_t base, phys_addr_t size)
{
	long i = memblock_search(&memblock.memory, base);
	const struct memblock_region *r;

	if (i < 0 || !size)
		return i >= 0;
	r = &memblock.memory.regions[i];
	return size - 1 <= r->base + r->size - 1 - base;
}

static void memblock_dump(const struct memblock_type *type)
{
	unsigned long i;

	pr_info(" %s.cnt  = 0x%lx\n", type->name, type->cnt);
	for (i = 0; i < type->cnt; i++) {
		const struct memblock_region *r = &type->regions[i];

		pr_info(" %s[0x%lx]\t[0x%08x-0x%08x], 0x%08x bytes\n", type->name, i, r->base,
			r->base + r->size - 1, r->size);
	}
}

void memblock_dump_all(void)
{
	pr_info("MEMBLOCK configuration:\n");
	pr_info(" memory size = 0x%08x reserved size = 0x%08x\n", memblock.memory.total_size,
		memblock.reserved.total_size);
	memblock_dump(&memblock.memory);
	memblock_dump(&memblock.reserved);
}

void memblock_reset(void)
{
	memblock.memory.cnt = memblock.reserved.cnt = 0;
	memblock.memory.total_size = memblock.reserved.total_size = 0;
	memblock.current_limit = ~(phys_addr_t)0;
}
