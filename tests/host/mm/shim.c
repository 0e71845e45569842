// SPDX-License-Identifier: GPL-2.0
/*
 * What mm/ needs from the rest of the kernel, for the host tests: the
 * fake RAM, printk (to stdout as KTAP '#' diagnostics, and into a ring of
 * recent messages the tests search), dump_stack, panic, kmap for HIGHMEM
 * pages (every fake page has a host address, so kmap is page_address),
 * the Cortex-A9's cache line for the slab, and an empty kallsyms table.
 * Compiled against libc, without rename.h: the kernel's vsnprintf is
 * reached by its renamed name, so messages read as on the board.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kernel/kallsyms.h>
#include <kernel/mm_types.h>
#include <kernel/slab.h>
#include "shim.h"

/* kernel/lib/vsprintf.c, renamed by tests/host/rename.h. */
int k_vsnprintf(char *buf, size_t size, const char *fmt, va_list args);

char *host_ram;
void *high_memory;
extern struct page *mem_map;
unsigned long shim_printk_lines;
int shim_quiet = 1;
static char shim_log[SHIM_LOG_LINES][SHIM_LOG_LEN];

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
	char *line = shim_log[shim_printk_lines % SHIM_LOG_LINES];
	va_list ap;
	int n;

	shim_printk_lines++;
	if (fmt[0] == '\001' && fmt[1])
		fmt += 2;
	va_start(ap, fmt);
	n = k_vsnprintf(line, SHIM_LOG_LEN, fmt, ap);
	va_end(ap);
	if (!shim_quiet) {
		fputs("# ", stdout);
		fputs(line, stdout);
	}
	return n;
}

const char *shim_printk_line(unsigned long n)
{
	if (n >= shim_printk_lines || shim_printk_lines - n > SHIM_LOG_LINES)
		return NULL;
	return shim_log[n % SHIM_LOG_LINES];
}

const char *shim_printk_find(unsigned long from, const char *needle)
{
	const char *line;

	if (shim_printk_lines - from > SHIM_LOG_LINES)
		from = shim_printk_lines - SHIM_LOG_LINES;
	for (; (line = shim_printk_line(from)) != NULL; from++)
		if (strstr(line, needle))
			return line;
	return NULL;
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

/* The Cortex-A9's L1 data-cache line, for SLAB_HWCACHE_ALIGN. */
unsigned int cache_line_size(void)
{
	return 32;
}

/* No kernel text on the host: every address is unknown, as outside _text.._etext. */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset)
{
	(void)addr;
	(void)size;
	(void)offset;
	return NULL;
}
