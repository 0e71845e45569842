/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Page tables. For now only the early table head.S builds: the hardware
 * L1 table of 4096 entries (<asm/pgtable-hwdef.h> describes them).
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#include <kernel/types.h>
#include <asm/pgtable-hwdef.h>

#define PTRS_PER_HW_L1 4096

/* At PAGE_OFFSET + 0x4000 (linker/kernel.lds.S). */
extern u32 swapper_pg_dir[PTRS_PER_HW_L1];

#endif
