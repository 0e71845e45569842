// SPDX-License-Identifier: GPL-2.0
/*
 * ATAGs: the boot-information list that predates device trees. QEMU passes
 * one when started without -dtb, and so do old bootloaders. The kernel
 * reads two tags from it, the command line and the memory banks, when
 * r2 holds no valid DTB. Every tag is bounds-checked: a garbled list is
 * ignored, never followed off the end of the window.
 */
#include <kernel/devtree.h>
#include <kernel/params.h>
#include <kernel/printk.h>
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

/* Walks the list at atags (window bytes readable); returns 0 if it was valid. */
int parse_atags(const void *atags, unsigned long window)
{
	const u32 *p = atags;
	unsigned long words = window / 4, i = 0;
	int n;

	if (words < 2 || p[1] != ATAG_CORE)
		return -1;
	for (n = 0; n < ATAG_MAX_TAGS; n++) {
		const struct tag_header *h = (const void *)(p + i);

		if (i + 2 > words)
			return -1;
		if (h->tag == ATAG_NONE)
			return 0;
		if (h->size < 2 || h->size > words - i)
			return -1;
		if (h->tag == ATAG_MEM && h->size == 4 && boot_info.nr_mem < DT_MAX_MEM_REGIONS) {
			boot_info.mem[boot_info.nr_mem].size = p[i + 2];
			boot_info.mem[boot_info.nr_mem].base = p[i + 3];
			boot_info.nr_mem++;
		} else if (h->tag == ATAG_CMDLINE) {
			const char *s = (const char *)(p + i + 2);
			unsigned long max = (h->size - 2) * 4, len = 0;

			while (len < max && s[len])
				len++;
			set_boot_command_line(s, len);
		}
		i += h->size;
	}
	return -1;
}
