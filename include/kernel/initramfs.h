/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The initramfs: a cpio archive in the "newc" format (cpio -o -H newc) of
 * the user programs, read in place, never unpacked. Files are found by
 * path for execve; full file systems come with the files and devices issue.
 *
 * Two layers:
 *  - kernel/cpio.c: a pure parser of a newc archive in a buffer (no
 *    allocation, never reads outside the buffer), shared with the host
 *    test tests/host/test_cpio.c;
 *  - kernel/initramfs.c: which archive the kernel uses (the bootloader's
 *    initrd if it holds a valid archive, else the one linked into the
 *    image by kernel/initramfs_data.S) and the monitor's `initramfs`.
 *
 * A newc member is a 110-byte header, "070701" and thirteen 8-digit hex
 * fields (ino mode uid gid nlink mtime filesize devmajor devminor
 * rdevmajor rdevminor namesize check), the name with its NUL (namesize
 * bytes), zero padding to a multiple of 4, the data, zero padding to a
 * multiple of 4. The member named "TRAILER!!!" ends the archive. Names
 * are stored without the leading '/'.
 */
#ifndef _KERNEL_INITRAMFS_H
#define _KERNEL_INITRAMFS_H

#include <kernel/types.h>

#define CPIO_HDR_SIZE	110
#define CPIO_S_IFMT	0170000
#define CPIO_S_IFREG	0100000
#define CPIO_S_IFDIR	0040000

struct cpio_entry {
	const char *name;	/* NUL-terminated, inside the archive */
	u32 mode;		/* st_mode: CPIO_S_IF* | permissions */
	const void *data;	/* the file's bytes, inside the archive */
	size_t size;
};

/*
 * Reads the member at offset *pos of buf[0, len) into *e and advances *pos
 * to the next one. Returns 1 for a member, 0 at the trailer (*e is then
 * not written), -EINVAL if the member is malformed or cut short.
 */
int cpio_next(const void *buf, size_t len, size_t *pos, struct cpio_entry *e);

/* Walks the whole archive: the number of members, or -EINVAL. */
int cpio_validate(const void *buf, size_t len);

/*
 * Finds the regular file path ("/bin/hello" or "bin/hello") in a valid
 * archive. Returns 0 with *data and *size set, -ENOENT if absent,
 * -EACCES if the member is not a regular file, -EINVAL if the archive
 * is malformed before the file is reached.
 */
int cpio_find(const void *buf, size_t len, const char *path, const void **data, size_t *size);

#ifdef __KERNEL__
/* The kernel's archive: its bytes, and "initrd" or "built-in". */
const char *initramfs_archive(const void **buf, size_t *len);

/* cpio_find() in the kernel's archive. */
int initramfs_lookup(const char *path, const void **data, size_t *size);
#endif

#endif
