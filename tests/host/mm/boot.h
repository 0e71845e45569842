/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fake machine the host mm tests boot (boot.c): 64 MiB of RAM at
 * PHYS_OFFSET, 48 MiB of it ZONE_NORMAL (the first MiB reserved, as the
 * kernel image would be), 16 MiB of ZONE_HIGHMEM.
 */
#ifndef _HOST_MM_BOOT_H
#define _HOST_MM_BOOT_H

#define MiB	 (1024ul * 1024ul)
#define RAM	 (64 * MiB)
#define LOWMEM	 (48 * MiB)
#define RESERVED (1 * MiB)

/*
 * What setup_arch and mem_init do on the board, over the fake RAM: every
 * call starts the buddy allocator afresh (the slab and vmalloc tests then
 * call kmem_cache_init and vmalloc_init, as start_kernel does).
 */
void host_mm_boot(void);

#endif
