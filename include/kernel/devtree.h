/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the kernel takes from the device tree at boot (kernel/devtree.c).
 */
#ifndef _KERNEL_DEVTREE_H
#define _KERNEL_DEVTREE_H

#include <kernel/types.h>

#define DT_MAX_MEM_REGIONS 8

struct dt_mem_region {
	u64 base;
	u64 size;
};

struct boot_info {
	const void *fdt;	   /* the validated DTB (virtual), or NULL */
	unsigned long fdt_phys;	   /* r2 at entry */
	u32 fdt_size;
	const char *model;	   /* /model, or the board's name */
	unsigned int nr_mem;
	struct dt_mem_region mem[DT_MAX_MEM_REGIONS];
	const char *mem_source;	   /* "DTB", "ATAGs" or "board default" */
};

extern struct boot_info boot_info;

/*
 * Reads /model, /chosen/bootargs and the /memory nodes from a DTB that
 * fdt_check_header() accepted. With fdt == NULL it only fills in what is
 * still missing with the documented defaults: the board's name as model,
 * RAM at PHYS_OFFSET of BOARD_RAM_DEFAULT bytes.
 */
void early_init_dt_scan(const void *fdt, u32 size);

/*
 * Keeps only what can be RAM on this board: each bank is clipped to the
 * board's RAM window [PHYS_OFFSET, PHYS_OFFSET + BOARD_RAM_MAX); empty and
 * outside banks are dropped, every change reported with source ("DTB").
 * Compacts mem[] in place and returns the number of banks left.
 * (Overlapping banks are memblock's business, in the next issue.)
 */
unsigned int sanitize_mem_regions(struct dt_mem_region *mem, unsigned int n, const char *source);

#endif
