/* SPDX-License-Identifier: GPL-2.0 */
/* The host mm tests' environment (shim.c). */
#ifndef _HOST_MM_SHIM_H
#define _HOST_MM_SHIM_H

/* (Re)allocates the fake RAM behind PHYS_OFFSET: bytes, 4 MiB aligned. */
void shim_ram_init(unsigned long bytes);
/* printk lines so far; printk prints them only when shim_quiet is 0. */
extern unsigned long shim_printk_lines;
extern int shim_quiet;

/*
 * The last SHIM_LOG_LINES printk messages (without their log level, cut
 * to SHIM_LOG_LEN - 1 bytes), kept whether or not shim_quiet is set, so
 * a test can match a report. Message n counts from 0 as shim_printk_lines
 * does; shim_printk_line(n) is NULL once it has been overwritten or
 * before it is printed.
 */
#define SHIM_LOG_LINES 256
#define SHIM_LOG_LEN 256
const char *shim_printk_line(unsigned long n);
/* The first kept message numbered from or later that contains needle, or NULL. */
const char *shim_printk_find(unsigned long from, const char *needle);

#endif
