// SPDX-License-Identifier: GPL-2.0
/*
 * Early device-tree scan: model, command line, memory banks and the initrd.
 *
 * Without a valid DTB (QEMU started from an ELF or without -dtb, a garbled
 * blob) the kernel warns and carries on: with what an ATAG list gave
 * (arch/arm/kernel/atags.c), else the board's defaults: RAM at PHYS_OFFSET
 * of BOARD_RAM_DEFAULT bytes and an empty command line.
 */
#include <board.h>
#include <kernel/devtree.h>
#include <kernel/fdt.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/string.h>

struct boot_info boot_info;

static u32 dt_cells(const void *fdt, int node, const char *name, u32 dflt)
{
	int len;
	const u32 *p = fdt_getprop(fdt, node, name, &len);

	return (p && len == 4) ? fdt32_to_cpu(*p) : dflt;
}

static u64 dt_read_number(const u32 *cell, u32 n)
{
	u64 v = 0;

	while (n--)
		v = (v << 32) | fdt32_to_cpu(*cell++);
	return v;
}

/* A string property that is NUL-terminated inside its length, or NULL. */
static const char *dt_string(const void *fdt, int node, const char *name, int *lenp)
{
	int len;
	const char *s = fdt_getprop(fdt, node, name, &len);

	if (!s || len < 1 || s[len - 1] != '\0')
		return NULL;
	if (lenp)
		*lenp = len - 1;
	return s;
}

static void dt_scan_memory(const void *fdt, int root)
{
	u32 ac = dt_cells(fdt, root, "#address-cells", 1);
	u32 sc = dt_cells(fdt, root, "#size-cells", 1);
	int node;

	if (ac < 1 || ac > 2 || sc < 1 || sc > 2) {
		pr_warn("DTB: unsupported #address-cells %u / #size-cells %u\n", ac, sc);
		return;
	}
	for (node = fdt_first_subnode(fdt, root); node >= 0; node = fdt_next_subnode(fdt, node)) {
		const char *type = dt_string(fdt, node, "device_type", NULL);
		const u32 *reg;
		int len;

		if (!type || strcmp(type, "memory"))
			continue;
		reg = fdt_getprop(fdt, node, "reg", &len);
		for (; reg && len >= (int)(4 * (ac + sc)); len -= 4 * (ac + sc), reg += ac + sc) {
			struct dt_mem_region *r = &boot_info.mem[boot_info.nr_mem];

			if (boot_info.nr_mem == DT_MAX_MEM_REGIONS) {
				pr_warn("DTB: more than %d memory banks; ignoring the rest\n",
					DT_MAX_MEM_REGIONS);
				return;
			}
			r->base = dt_read_number(reg, ac);
			r->size = dt_read_number(reg + ac, sc);
			if (r->size)
				boot_info.nr_mem++;
		}
	}
}

/* A bank smaller than this holds not one page: it is a probe's artefact. */
#define DT_MIN_BANK_SIZE 4096

unsigned int sanitize_mem_regions(struct dt_mem_region *mem, unsigned int n, const char *source)
{
	const u64 lo = PHYS_OFFSET, hi = (u64)PHYS_OFFSET + BOARD_RAM_MAX;
	unsigned int i, kept = 0;

	for (i = 0; i < n; i++) {
		struct dt_mem_region r = mem[i];
		u64 end = r.base + r.size;

		if (end < r.base)	/* wrapped: a size no bank can have */
			end = ~0ULL;
		if (!r.size || end <= lo || r.base >= hi) {
			pr_warn("Memory: ignoring bank 0x%llx+0x%llx from the %s: "
				"outside the board's RAM 0x%llx-0x%llx\n",
				r.base, r.size, source, lo, hi - 1);
			continue;
		}
		if (min(end, hi) - max(r.base, lo) < DT_MIN_BANK_SIZE) {
			/* U-Boot's vexpress under QEMU -m 128 reports 0x80000000+0x4 */
			pr_warn("Memory: ignoring bank 0x%llx+0x%llx from the %s: smaller than a page\n",
				r.base, r.size, source);
			continue;
		}
		if (r.base < lo || end > hi) {
			r.base = max(r.base, lo);
			r.size = min(end, hi) - r.base;
			pr_warn("Memory: clipping bank %u from the %s to 0x%llx+0x%llx, "
				"the board's RAM window\n", i, source, r.base, r.size);
		}
		mem[kept++] = r;
	}
	return kept;
}

/* Is [start, end) covered by the banks in bi (in any order, adjacent ones joined)? */
static bool range_in_banks(const struct boot_info *bi, u64 start, u64 end)
{
	unsigned int pass, i;

	for (pass = 0; pass < bi->nr_mem; pass++) {
		for (i = 0; i < bi->nr_mem; i++) {
			const struct dt_mem_region *r = &bi->mem[i];

			if (start >= r->base && start - r->base < r->size)
				break;
		}
		if (i == bi->nr_mem)
			return false;
		start = bi->mem[i].base + bi->mem[i].size;
		if (start >= end)
			return true;
	}
	return false;
}

void early_init_dt_check_for_initrd(const void *fdt, struct boot_info *bi)
{
	int chosen = fdt_path_offset(fdt, "/chosen");
	const u32 *ps, *pe;
	int ls, le;
	u64 start, end;

	bi->initrd_start = bi->initrd_end = 0;
	if (chosen < 0)
		return;
	ps = fdt_getprop(fdt, chosen, "linux,initrd-start", &ls);
	pe = fdt_getprop(fdt, chosen, "linux,initrd-end", &le);
	if (!ps && !pe)
		return;
	if (!ps || !pe) {
		pr_warn("DTB: /chosen has linux,initrd-%s but no linux,initrd-%s; ignoring the "
			"initrd\n", ps ? "start" : "end", ps ? "end" : "start");
		return;
	}
	if ((ls != 4 && ls != 8) || (le != 4 && le != 8)) {
		pr_warn("DTB: linux,initrd-start/end are %d/%d bytes long, not 4 or 8 (1 or 2 "
			"cells); ignoring the initrd\n", ls, le);
		return;
	}
	start = dt_read_number(ps, ls / 4);
	end = dt_read_number(pe, le / 4);
	if (end <= start) {
		pr_warn("DTB: initrd 0x%llx-0x%llx ends before it starts; ignoring it\n", start,
			end);
		return;
	}
	if (!range_in_banks(bi, start, end)) {
		pr_warn("DTB: initrd 0x%llx-0x%llx is not inside the memory banks; ignoring it\n",
			start, end);
		return;
	}
	bi->initrd_start = start;
	bi->initrd_end = end;
	pr_info("DTB: initrd at 0x%08llx-0x%08llx (%llu KiB)\n", start, end - 1,
		(end - start + 1023) >> 10);
}

static void set_defaults(void)
{
	if (!boot_info.model)
		boot_info.model = board_name();
	if (!boot_info.nr_mem) {
		boot_info.mem[0].base = PHYS_OFFSET;
		boot_info.mem[0].size = BOARD_RAM_DEFAULT;
		boot_info.nr_mem = 1;
		boot_info.mem_source = "board default";
	}
}

void early_init_dt_scan(const void *fdt, u32 size)
{
	const char *bootargs;
	int chosen, len, root;

	boot_info.fdt = fdt;
	boot_info.fdt_size = size;
	root = fdt ? fdt_path_offset(fdt, "/") : -1;
	if (fdt && root < 0)
		pr_warn("DTB: no root node (%s)\n", fdt_strerror(root));
	if (fdt && root >= 0) {
		boot_info.model = dt_string(fdt, root, "model", NULL);
		chosen = fdt_path_offset(fdt, "/chosen");
		bootargs = chosen >= 0 ? dt_string(fdt, chosen, "bootargs", &len) : NULL;
		if (bootargs)
			set_boot_command_line(bootargs, len);
		boot_info.mem_source = "DTB";
		dt_scan_memory(fdt, root);
	}
	boot_info.nr_mem = sanitize_mem_regions(boot_info.mem, boot_info.nr_mem,
					       boot_info.mem_source);
	if (!boot_info.nr_mem && boot_info.mem_source)
		pr_warn("Memory: nothing usable in the %s; using the board default\n",
			boot_info.mem_source);
	set_defaults();
	if (fdt && root >= 0)
		early_init_dt_check_for_initrd(fdt, &boot_info);
}
