// SPDX-License-Identifier: GPL-2.0
/*
 * A read-only parser of "newc" cpio archives (the layout is described in
 * <kernel/initramfs.h>). Every offset is checked against the buffer's
 * length before it is used, in the form "n <= len - pos" so that no sum
 * can wrap; the buffer need not be aligned (positions are multiples of 4
 * counted from its start, as the format has them).
 */
#include <kernel/compiler.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/string.h>

#define CPIO_MAGIC	"070701"
#define CPIO_TRAILER	"TRAILER!!!"
#define CPIO_NAME_MAX	4096

/* Field i (0 = ino ... 12 = check) of the header at h: 8 hex digits. */
static int hex_field(const u8 *h, unsigned int i, u32 *val)
{
	const u8 *p = h + 6 + 8 * i;
	u32 v = 0;
	unsigned int k;

	for (k = 0; k < 8; k++) {
		u8 c = p[k];

		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -EINVAL;
		v = v << 4 | c;
	}
	*val = v;
	return 0;
}

/* The bytes [from, to) are inside buf and all zero. */
static bool zero_pad(const u8 *buf, size_t len, size_t from, size_t to)
{
	if (to > len)
		return false;
	for (; from < to; from++)
		if (buf[from])
			return false;
	return true;
}

int cpio_next(const void *buf, size_t len, size_t *pos, struct cpio_entry *e)
{
	const u8 *b = buf;
	size_t at = *pos, name_end, data, data_end;
	u32 f[13];
	unsigned int i;

	if (!b || at & 3 || at > len || len - at < CPIO_HDR_SIZE)
		return -EINVAL;
	if (memcmp(b + at, CPIO_MAGIC, 6))
		return -EINVAL;
	for (i = 0; i < 13; i++)
		if (hex_field(b + at, i, &f[i]))
			return -EINVAL;
	/* f[6] filesize, f[11] namesize (with its NUL) */
	if (f[11] < 2 || f[11] > CPIO_NAME_MAX || f[11] > len - at - CPIO_HDR_SIZE)
		return -EINVAL;
	name_end = at + CPIO_HDR_SIZE + f[11];
	if (b[name_end - 1] != '\0' || memchr(b + at + CPIO_HDR_SIZE, 0, f[11] - 1))
		return -EINVAL;
	if (f[11] == sizeof(CPIO_TRAILER) && !memcmp(b + at + CPIO_HDR_SIZE, CPIO_TRAILER,
						    sizeof(CPIO_TRAILER))) {
		/* the trailer: no data; what follows it (block padding) is ignored */
		if (f[6])
			return -EINVAL;
		*pos = len;
		return 0;
	}
	data = ALIGN(name_end, 4);
	if (!zero_pad(b, len, name_end, data) || f[6] > len - data)
		return -EINVAL;
	data_end = data + f[6];
	if (!zero_pad(b, len, data_end, ALIGN(data_end, 4)))
		return -EINVAL;
	e->name = (const char *)b + at + CPIO_HDR_SIZE;
	e->mode = f[1];
	e->data = b + data;
	e->size = f[6];
	*pos = ALIGN(data_end, 4);
	return 1;
}

int cpio_validate(const void *buf, size_t len)
{
	struct cpio_entry e;
	size_t pos = 0;
	int n = 0, ret;

	while ((ret = cpio_next(buf, len, &pos, &e)) == 1)
		n++;
	return ret < 0 ? ret : n;
}

/* Names compare without leading '/' or "./". */
static const char *skip_root(const char *s)
{
	for (;;) {
		if (s[0] == '/')
			s++;
		else if (s[0] == '.' && s[1] == '/')
			s += 2;
		else
			return s;
	}
}

int cpio_find(const void *buf, size_t len, const char *path, const void **data, size_t *size)
{
	struct cpio_entry e;
	size_t pos = 0;
	int ret;

	path = skip_root(path);
	while ((ret = cpio_next(buf, len, &pos, &e)) == 1) {
		if (strcmp(skip_root(e.name), path))
			continue;
		if ((e.mode & CPIO_S_IFMT) != CPIO_S_IFREG)
			return -EACCES;
		*data = e.data;
		*size = e.size;
		return 0;
	}
	return ret < 0 ? ret : -ENOENT;
}
