// SPDX-License-Identifier: GPL-2.0
/*
 * ATAGs: the boot-information list that predates device trees. QEMU passes
 * one when started without -dtb, and so do old bootloaders. The kernel
 * reads two kinds of tag from it, the memory banks and the command line,
 * when r2 holds no valid DTB.
 *
 * parse_atags() only reads: every tag is bounds-checked against the window
 * it was given, and the result is handed back in a struct atag_info that
 * the caller applies only if the whole list was valid, so a list that
 * turns to garbage halfway leaves nothing half-applied behind.
 */
#include <kernel/string.h>
#include <asm/setup.h>

#define ATAG_NONE	0x00000000
#define ATAG_CORE	0x54410001
#define ATAG_MEM	0x54410002
#define ATAG_CMDLINE	0x54410009
#define ATAG_MAX_TAGS	64

struct tag_header {
	u32 size;	/* in 32-bit words, header included */
	u32 tag;
};

/* Walks the list; returns 0 when it ends properly with ATAG_NONE. */
static int walk_atags(const u32 *p, unsigned long words, struct atag_info *info)
{
	unsigned long i = 0;
	int n;

	if (words < 2 || p[1] != ATAG_CORE)
		return -1;
	for (n = 0; n < ATAG_MAX_TAGS; n++) {
		const struct tag_header *h = (const void *)(p + i);

		if (i + 2 > words)
			return -1;		/* no ATAG_NONE inside the window */
		if (h->tag == ATAG_NONE)
			return 0;
		if (h->size < 2 || h->size > words - i)
			return -1;		/* a tag that runs off the window */
		if (h->tag == ATAG_MEM && h->size == 4 && info->nr_mem < ATAG_MAX_MEM) {
			info->mem[info->nr_mem].size = p[i + 2];
			info->mem[info->nr_mem].base = p[i + 3];
			info->nr_mem++;
		} else if (h->tag == ATAG_CMDLINE) {
			info->cmdline = (const char *)(p + i + 2);
			info->cmdline_len = strnlen(info->cmdline, (h->size - 2) * 4);
		}
		i += h->size;
	}
	return -1;			/* more tags than any real list has */
}

int parse_atags(const void *atags, unsigned long window, struct atag_info *info)
{
	memset(info, 0, sizeof(*info));
	if (walk_atags(atags, window / 4, info) == 0)
		return 0;
	memset(info, 0, sizeof(*info));
	return -1;
}
