// SPDX-License-Identifier: GPL-2.0
/*
 * What mm/ needs from the rest of the kernel, for the host tests: the
 * fake RAM, printk (to stdout as KTAP '#' diagnostics), dump_stack,
 * panic, and kmap for HIGHMEM pages (every fake page has a host address,
 * so kmap is page_address). Compiled against libc, without rename.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <kernel/mm_types.h>
#include "shim.h"

char *host_ram;
void *high_memory;
extern struct page *mem_map;
unsigned long shim_printk_lines;
int shim_quiet = 1;

void shim_ram_init(unsigned long bytes)
{
	free(host_ram);
	host_ram = aligned_alloc(1UL << 22, bytes);
	if (!host_ram)
		abort();
}

int printk(const char *fmt, ...);
int printk(const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	shim_printk_lines++;
	if (fmt[0] == '\001' && fmt[1])
		fmt += 2;
	if (!shim_quiet) {
		va_start(ap, fmt);
		fputs("# ", stdout);
		n = vprintf(fmt, ap);
		va_end(ap);
	}
	return n;
}

void dump_stack(void);
void dump_stack(void)
{
	printk("[dump_stack]\n");
}

void panic(const char *fmt, ...);
void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("# panic: ", stdout);
	vprintf(fmt, ap);
	va_end(ap);
	abort();
}

static void *shim_page_address(const struct page *page)
{
	return host_ram + ((unsigned long)(page - mem_map) << 12);
}

void *page_address_highmem(const struct page *page);
void *page_address_highmem(const struct page *page)
{
	return shim_page_address(page);
}

void *kmap_atomic(struct page *page);
void *kmap_atomic(struct page *page)
{
	return shim_page_address(page);
}

void kunmap_atomic(void *addr);
void kunmap_atomic(void *addr)
{
	(void)addr;
}
