// SPDX-License-Identifier: GPL-2.0
/*
 * Early device-tree scan: model, command line and memory banks.
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

static void dt_scan_memory(const void *fdt)
{
	u32 ac = dt_cells(fdt, 0, "#address-cells", 1);
	u32 sc = dt_cells(fdt, 0, "#size-cells", 1);
	int node;

	if (ac < 1 || ac > 2 || sc < 1 || sc > 2) {
		pr_warn("DTB: unsupported #address-cells %u / #size-cells %u\n", ac, sc);
		return;
	}
	for (node = fdt_first_subnode(fdt, 0); node >= 0; node = fdt_next_subnode(fdt, node)) {
		const char *type = fdt_getprop(fdt, node, "device_type", NULL);
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
	int chosen, len;

	boot_info.fdt = fdt;
	boot_info.fdt_size = size;
	if (fdt) {
		boot_info.model = dt_string(fdt, 0, "model", NULL);
		chosen = fdt_path_offset(fdt, "/chosen");
		bootargs = chosen >= 0 ? dt_string(fdt, chosen, "bootargs", &len) : NULL;
		if (bootargs)
			set_boot_command_line(bootargs, len);
		dt_scan_memory(fdt);
		if (boot_info.nr_mem)
			boot_info.mem_source = "DTB";
		else
			pr_warn("DTB: no usable /memory node; using the board default\n");
	}
	set_defaults();
}
