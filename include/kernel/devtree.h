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
	/*
	 * The initrd the bootloader loaded (/chosen linux,initrd-start and
	 * linux,initrd-end): physical, end exclusive, inside mem[]; 0/0 when
	 * there is none or the DTB's values were rejected.
	 */
	phys_addr_t initrd_start, initrd_end;
};

extern struct boot_info boot_info;

/*
 * Reads /model, /chosen/bootargs, the /memory nodes and the initrd range
 * (early_init_dt_check_for_initrd) from a DTB that fdt_check_header()
 * accepted. With fdt == NULL it only fills in what is still missing with
 * the documented defaults: the board's name as model, RAM at PHYS_OFFSET
 * of BOARD_RAM_DEFAULT bytes (and no initrd).
 */
void early_init_dt_scan(const void *fdt, u32 size);

/*
 * Linux's early_init_dt_check_for_initrd: reads /chosen linux,initrd-start
 * and linux,initrd-end (each 1 or 2 cells, 4 or 8 bytes) from fdt into
 * bi->initrd_start/end. Accepts only a non-empty range that bi's memory
 * banks (already sanitized) cover; anything else, or one property without
 * the other, leaves 0/0 with a warning. No properties: 0/0, silently.
 */
void early_init_dt_check_for_initrd(const void *fdt, struct boot_info *bi);

/*
 * Keeps only what can be RAM on this board: each bank is clipped to the
 * board's RAM window [PHYS_OFFSET, PHYS_OFFSET + BOARD_RAM_MAX); empty banks,
 * banks that keep less than a page (a bootloader's probe artefact) and
 * outside banks are dropped, every change reported with source ("DTB").
 * Compacts mem[] in place and returns the number of banks left.
 * (Overlapping banks are memblock's business, in the next issue.)
 */
unsigned int sanitize_mem_regions(struct dt_mem_region *mem, unsigned int n, const char *source);

#endif
