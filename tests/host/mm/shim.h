/* SPDX-License-Identifier: GPL-2.0 */
/* The host mm tests' environment (shim.c). */
#ifndef _HOST_MM_SHIM_H
#define _HOST_MM_SHIM_H

/* (Re)allocates the fake RAM behind PHYS_OFFSET: bytes, 4 MiB aligned. */
void shim_ram_init(unsigned long bytes);
/* printk lines so far; printk prints them only when shim_quiet is 0. */
extern unsigned long shim_printk_lines;
extern int shim_quiet;

#endif
