/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A small reader for flattened device trees (DTB, devicetree spec v0.4 §5).
 * It never trusts the blob: every offset and length is bounds-checked
 * against totalsize, so a garbled DTB gives an error, not a fault.
 * kernel/lib/fdt.c; tested on the host against blobs compiled by dtc.
 */
#ifndef _KERNEL_FDT_H
#define _KERNEL_FDT_H

#include <kernel/types.h>

#define FDT_MAGIC	0xd00dfeed
#define FDT_MAX_SIZE	(2u << 20) /* what the early map covers */

/* The header, as stored (big-endian). */
struct fdt_header {
	u32 magic;
	u32 totalsize;
	u32 off_dt_struct;
	u32 off_dt_strings;
	u32 off_mem_rsvmap;
	u32 version;
	u32 last_comp_version;
	u32 boot_cpuid_phys;
	u32 size_dt_strings;
	u32 size_dt_struct;
};

/* Error codes (negative returns). */
#define FDT_ERR_NOTFOUND  1
#define FDT_ERR_BADMAGIC  2
#define FDT_ERR_BADVERSION 3
#define FDT_ERR_TRUNCATED 4 /* a block or token runs past totalsize */
#define FDT_ERR_BADSTRUCTURE 5

static inline u32 fdt32_to_cpu(u32 x) { return __builtin_bswap32(x); }

/*
 * Validates the header and the layout of the blocks: magic, version >= 16
 * with last_comp_version <= 17, every block inside totalsize, totalsize
 * <= max_size. Returns 0 or -FDT_ERR_*.
 */
int fdt_check_header(const void *fdt, u32 max_size);
/* A human-readable name for -FDT_ERR_* (or 0). */
const char *fdt_strerror(int err);

/*
 * Finds a node by absolute path ("/", "/chosen", "/memory@60000000";
 * a path component without a unit address also matches "name@addr").
 * Returns the node's offset in the struct block, or -FDT_ERR_*.
 */
int fdt_path_offset(const void *fdt, const char *path);
/*
 * Finds a property of the node at nodeoffset. Returns a pointer to its
 * value and stores its length in *lenp (if lenp), or NULL (with *lenp =
 * -FDT_ERR_*).
 */
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name, int *lenp);
/*
 * Iterates over the direct subnodes of a node: first with
 * fdt_first_subnode(fdt, parent), then fdt_next_subnode(fdt, prev);
 * -FDT_ERR_NOTFOUND at the end.
 */
int fdt_first_subnode(const void *fdt, int parent);
int fdt_next_subnode(const void *fdt, int prev);
/* The node's name ("memory@60000000"), or NULL. */
const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);

#endif
