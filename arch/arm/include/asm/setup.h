/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_SETUP_H
#define _ASM_SETUP_H

#include <kernel/types.h>

#define ATAG_MAX_MEM 8

/* What parse_atags() found. cmdline points into the list (not terminated). */
struct atag_info {
	unsigned int nr_mem;
	struct {
		u32 base;
		u32 size;
	} mem[ATAG_MAX_MEM];
	const char *cmdline;
	unsigned long cmdline_len;
};

extern unsigned long __atags_pointer;
void setup_arch(unsigned long dtb_phys);
/*
 * Reads the ATAG list at atags (window readable bytes) into *info. Returns
 * 0 for a complete, valid list (ATAG_CORE first, ATAG_NONE last, every
 * tag inside the window), else -1.
 */
int parse_atags(const void *atags, unsigned long window, struct atag_info *info);

#endif
