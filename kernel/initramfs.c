// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's initramfs: which archive lookups read, and the monitor's
 * view of it.
 *
 * The bootloader's initrd (/chosen linux,initrd-start/end, reserved by
 * arm_memblock_init and never freed) wins when it is in lowmem and is a
 * valid newc archive from its first member to its trailer; otherwise the
 * archive linked into the image (kernel/initramfs_data.S, the
 * .init.ramfs section of linker/kernel.lds.S) is used. The choice is
 * made on the first lookup, once the linear map covers all of lowmem,
 * and never changes; both archives are read-only and read in place.
 */
#include <kernel/devtree.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <asm/memory.h>

extern const u8 __initramfs_start[], __initramfs_end[];

static const void *archive;
static size_t archive_len;
static const char *archive_source;

/* The initrd's bytes, if it lies in the linear map; else NULL. */
static const void *initrd_mapped(size_t *len)
{
	phys_addr_t start = boot_info.initrd_start, end = boot_info.initrd_end;

	if (end <= start || start < PHYS_OFFSET ||
	    end - PHYS_OFFSET > (unsigned long)high_memory - PAGE_OFFSET)
		return NULL;
	*len = end - start;
	return __va(start);
}

static void initramfs_select(void)
{
	const void *rd;
	size_t rd_len = 0;

	if (archive_source)
		return;
	rd = initrd_mapped(&rd_len);
	if (rd && cpio_validate(rd, rd_len) >= 0) {
		archive = rd;
		archive_len = rd_len;
		archive_source = "initrd";
		return;
	}
	if (boot_info.initrd_end > boot_info.initrd_start)
		pr_warn("initramfs: the initrd is %s; using the built-in archive\n",
			rd ? "not a newc cpio archive" : "outside lowmem");
	archive = __initramfs_start;
	archive_len = __initramfs_end - __initramfs_start;
	archive_source = "built-in";
}

const char *initramfs_archive(const void **buf, size_t *len)
{
	initramfs_select();
	*buf = archive;
	*len = archive_len;
	return archive_source;
}

int initramfs_lookup(const char *path, const void **data, size_t *size)
{
	initramfs_select();
	return cpio_find(archive, archive_len, path, data, size);
}

static int cmd_initramfs(int argc, char **argv)
{
	struct cpio_entry e;
	const void *buf;
	size_t len, pos = 0;
	const char *src = initramfs_archive(&buf, &len);
	int ret, n = 0;

	pr_info("initramfs: %s archive at %p, %zu bytes\n", src, buf, len);
	while ((ret = cpio_next(buf, len, &pos, &e)) == 1) {
		pr_info("  %06o %8zu /%s\n", e.mode, e.size, e.name);
		n++;
	}
	if (ret < 0) {
		pr_err("initramfs: malformed member at offset %zu\n", pos);
		return 1;
	}
	pr_info("%d member(s)\n", n);
	return 0;
}
MONITOR_COMMAND("initramfs", "", "list the initramfs (path, mode, size)", cmd_initramfs);
