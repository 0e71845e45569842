// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/cpio.c (suite "cpio"), under ASan and UBSan, on
 * the real initramfs (build/user/initramfs.cpio, made by the standard
 * cpio tool) and on corrupted, truncated and randomly mutated copies of
 * it. Each buffer is a host_malloc'd block of exactly the length given,
 * so a read past it is an ASan report.
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/string.h>

#include "harness.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(addr, size)	((void)(addr), (void)(size))
#define ASAN_UNPOISON_MEMORY_REGION(addr, size)	((void)(addr), (void)(size))
#endif

static u8 *load(struct htest *t, const char *name, size_t *len)
{
	char path[256];
	u8 *p;

	host_snprintf(path, sizeof(path), "%s/%s", USER_FIXTURE_DIR, name);
	p = host_read_file(path, len);
	if (!p) {
		htest_fail(t, __FILE__, __LINE__, "cannot read %s (build the user programs)", path);
		htest_abort(t);
	}
	return p;
}

#define MAX_NAMES 128

/* Splits the list the Makefile gave cpio (one name per line) in place. */
static unsigned int read_names(struct htest *t, char *list, size_t len, const char **names)
{
	unsigned int n = 0;
	size_t i, start = 0;

	for (i = 0; i < len; i++) {
		if (list[i] != '\n')
			continue;
		list[i] = '\0';
		ASSERT_LT(t, n, (unsigned int)MAX_NAMES);
		names[n++] = list + start;
		start = i + 1;
	}
	return n;
}

/* A directory is a name that other names continue with a '/'. */
static bool is_dir(const char **names, unsigned int n, const char *name)
{
	size_t len = strlen(name);
	unsigned int i;

	for (i = 0; i < n; i++)
		if (!strncmp(names[i], name, len) && names[i][len] == '/')
			return true;
	return false;
}

static void real_archive_lists_the_programs(struct htest *t)
{
	const char *names[MAX_NAMES];
	size_t len, list_len, pos = 0;
	u8 *a = load(t, "initramfs.cpio", &len);
	char *list = (char *)load(t, "initramfs.list", &list_len);
	unsigned int n = 0, nr_names = read_names(t, list, list_len, names);
	struct cpio_entry e;
	int ret;

	EXPECT_GT(t, nr_names, 10u);	/* init, bin, the programs, etc, bad ... */
	EXPECT_EQ(t, cpio_validate(a, len), (int)nr_names);
	while ((ret = cpio_next(a, len, &pos, &e)) == 1) {
		ASSERT_LT(t, n, nr_names);
		EXPECT_STREQ(t, e.name, names[n]);
		EXPECT_EQ(t, e.mode & CPIO_S_IFMT,
			  is_dir(names, nr_names, names[n]) ? (u32)CPIO_S_IFDIR : (u32)CPIO_S_IFREG);
		n++;
	}
	EXPECT_EQ(t, ret, 0);
	EXPECT_EQ(t, n, nr_names);
	host_free(list);
	host_free(a);
}

static void found_files_are_the_programs(struct htest *t)
{
	static const char *const files[][2] = {
		{ "/init", "root/init" },
		{ "/bin/hello", "root/bin/hello" },
		{ "bin/syscalls", "root/bin/syscalls" },
		{ "./bin/args", "root/bin/args" },
	};
	size_t len, i;
	u8 *a = load(t, "initramfs.cpio", &len);

	for (i = 0; i < ARRAY_LEN(files); i++) {
		const void *data = NULL;
		size_t size = 0, flen;
		u8 *f = load(t, files[i][1], &flen);
		struct elf_image img;

		ASSERT_EQ(t, cpio_find(a, len, files[i][0], &data, &size), 0);
		ASSERT_EQ(t, size, flen);
		EXPECT_MEMEQ(t, data, f, flen);
		EXPECT_EQ(t, elf_check_limit(data, size, 0xbf000000u, &img), 0);
		host_free(f);
	}
	host_free(a);
}

static void missing_and_directories(struct htest *t)
{
	size_t len, size = 7;
	u8 *a = load(t, "initramfs.cpio", &len);
	const void *data = NULL;

	EXPECT_EQ(t, cpio_find(a, len, "/bin/nothing", &data, &size), -ENOENT);
	EXPECT_EQ(t, cpio_find(a, len, "/bin/hell", &data, &size), -ENOENT);
	EXPECT_EQ(t, cpio_find(a, len, "/bin/hello/x", &data, &size), -ENOENT);
	EXPECT_EQ(t, cpio_find(a, len, "TRAILER!!!", &data, &size), -ENOENT);
	EXPECT_EQ(t, cpio_find(a, len, "", &data, &size), -ENOENT);
	EXPECT_EQ(t, cpio_find(a, len, "/bin", &data, &size), -EACCES);
	EXPECT_PTR_EQ(t, data, NULL);
	EXPECT_EQ(t, size, 7u);
	host_free(a);
}

/* Applies one corruption to a fresh copy and expects the archive refused. */
static void expect_refused(struct htest *t, const u8 *orig, size_t len, size_t off,
			   const char *bytes, const char *what)
{
	u8 *p = host_malloc(len);
	int ret;

	memcpy(p, orig, len);
	memcpy(p + off, bytes, strlen(bytes));
	ret = cpio_validate(p, len);
	if (ret != -EINVAL)
		htest_fail(t, __FILE__, __LINE__, "%s: cpio_validate gave %d", what, ret);
	host_free(p);
}

static void each_corruption_is_rejected(struct htest *t)
{
	size_t len, second;
	u8 *a = load(t, "initramfs.cpio", &len);
	struct cpio_entry e;
	size_t pos = 0;

	/* the first member is "init": namesize 5, data at 112 */
	ASSERT_EQ(t, cpio_next(a, len, &pos, &e), 1);
	ASSERT_STREQ(t, e.name, "init");
	second = pos;
	expect_refused(t, a, len, 0, "070702", "magic (crc format)");
	expect_refused(t, a, len, 5, "2", "magic digit");
	expect_refused(t, a, len, second, "x", "second member's magic");
	expect_refused(t, a, len, 6 + 8 * 1, "g", "mode not hex");
	expect_refused(t, a, len, 6 + 8 * 6, "-", "filesize not hex");
	expect_refused(t, a, len, 6 + 8 * 12 + 7, " ", "check not hex");
	expect_refused(t, a, len, 6 + 8 * 6, "7fffffff", "filesize past the end");
	expect_refused(t, a, len, 6 + 8 * 6, "ffffffff", "filesize wraps");
	expect_refused(t, a, len, 6 + 8 * 11, "00000000", "namesize 0");
	expect_refused(t, a, len, 6 + 8 * 11, "00000001", "namesize 1 (empty name)");
	expect_refused(t, a, len, 6 + 8 * 11, "ffffffff", "namesize huge");
	expect_refused(t, a, len, 6 + 8 * 11, "00000004", "name without its NUL");
	expect_refused(t, a, len, 6 + 8 * 11, "00000006", "NUL inside the name");
	expect_refused(t, a, len, 110 + 5, "\x01", "name padding not zero");
	host_free(a);
}

/* Appends a newc member to buf at *pos (as cpio writes it). */
static void add_member(u8 *buf, size_t *pos, const char *name, u32 mode, const char *data)
{
	size_t nlen = strlen(name) + 1, dlen = strlen(data);
	char hdr[CPIO_HDR_SIZE + 1];

	host_snprintf(hdr, sizeof(hdr), "070701%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x",
		      1, mode, 0, 0, 1, 0, (unsigned int)dlen, 0, 0, 0, 0, (unsigned int)nlen, 0);
	memcpy(buf + *pos, hdr, CPIO_HDR_SIZE);
	memcpy(buf + *pos + CPIO_HDR_SIZE, name, nlen);
	*pos = (*pos + CPIO_HDR_SIZE + nlen + 3) & ~(size_t)3;
	memcpy(buf + *pos, data, dlen);
	*pos = (*pos + dlen + 3) & ~(size_t)3;
}

/* The real files all have sizes that are multiples of 4: a handmade one. */
static void data_padding_is_checked(struct htest *t)
{
	size_t len = 0, end;
	u8 *a = host_malloc(1024);
	const void *data;
	size_t size;

	memset(a, 0, 1024);
	add_member(a, &len, "x", CPIO_S_IFREG | 0644, "abc");
	end = len;
	add_member(a, &len, "TRAILER!!!", 0, "");
	EXPECT_EQ(t, cpio_validate(a, len), 1);
	ASSERT_EQ(t, cpio_find(a, len, "/x", &data, &size), 0);
	EXPECT_EQ(t, size, 3u);
	EXPECT_MEMEQ(t, data, "abc", 3);
	expect_refused(t, a, len, end - 1, "\x01", "data padding not zero");
	host_free(a);
}

static void missing_trailer_is_rejected(struct htest *t)
{
	size_t len, pos = 0, last = 0;
	u8 *a = load(t, "initramfs.cpio", &len);
	struct cpio_entry e;

	while (cpio_next(a, len, &pos, &e) == 1)
		last = pos;
	/* last: the trailer's header; rename it */
	ASSERT_EQ(t, memcmp(a + last + 110, "TRAILER!!!", 11), 0);
	expect_refused(t, a, len, last + 110, "TRAILER!!?", "no trailer");
	/* cut right before the trailer */
	EXPECT_EQ(t, cpio_validate(a, last), -EINVAL);
	host_free(a);
}

static void every_truncation_is_rejected(struct htest *t)
{
	size_t len, pos = 0, last = 0, cut;
	u8 *a = load(t, "initramfs.cpio", &len);
	struct cpio_entry e;

	while (cpio_next(a, len, &pos, &e) == 1)
		last = pos;
	/*
	 * The archive's own block for every length (a malloc and a copy per
	 * length made this case quadratic as the archive grew): the bytes
	 * past the cut are poisoned, so a read of them is an ASan report as
	 * a read past an exact-size block would be.
	 */
	for (cut = 0; cut <= len; cut++) {
		const void *data;
		size_t size;
		int ret;

		ASAN_POISON_MEMORY_REGION(a + cut, len - cut);
		ret = cpio_validate(a, cut);
		/* valid iff the trailer's header and name are all there */
		if ((cut >= last + 110 + 11) != (ret >= 0))
			htest_fail(t, __FILE__, __LINE__, "length %zu: cpio_validate gave %d", cut,
				   ret);
		ret = cpio_find(a, cut, "/bin/syscalls", &data, &size);
		if (ret == 0)
			EXPECT_LE(t, (const u8 *)data + size, a + cut);
		ASAN_UNPOISON_MEMORY_REGION(a + cut, len - cut);
	}
	host_free(a);
}

static void fuzz_never_crashes(struct htest *t)
{
	unsigned long long seed = 0xc910;
	size_t len;
	u8 *a = load(t, "initramfs.cpio", &len), *p = host_malloc(len);
	unsigned int iter, ok = 0, bad = 0;

	memcpy(p, a, len);
	for (iter = 0; iter < 50000; iter++) {
		unsigned int n = 1 + htest_rand_below(&seed, 4), k;
		size_t changed[4];
		const void *data;
		size_t size;
		int ret;

		for (k = 0; k < n; k++) {
			/* mostly the first two headers, names and padding */
			size_t at = htest_rand_below(&seed, 4) ? htest_rand_below(&seed, 256)
							       : htest_rand_below(&seed, len);
			u8 v = (u8)htest_rand(&seed);

			if (htest_rand_below(&seed, 2))
				v = "0123456789abcdef"[v & 15]; /* stays hex, changes a value */
			p[at] = v;
			changed[k] = at;
		}
		ret = cpio_validate(p, len);
		if (ret >= 0)
			ok++;
		else if (ret == -EINVAL)
			bad++;
		else
			htest_fail(t, __FILE__, __LINE__, "iteration %u: unexpected %d", iter, ret);
		ret = cpio_find(p, len, "/bin/hello", &data, &size);
		if (ret == 0) {
			EXPECT_GE(t, (const u8 *)data, p);
			EXPECT_LE(t, (const u8 *)data + size, p + len);
		} else if (ret != -ENOENT && ret != -EINVAL && ret != -EACCES) {
			htest_fail(t, __FILE__, __LINE__, "iteration %u: cpio_find gave %d", iter,
				   ret);
		}
		for (k = 0; k < n; k++)	/* the original again, without copying it all */
			p[changed[k]] = a[changed[k]];
	}
	htest_info(t, "valid %u, -EINVAL %u", ok, bad);
	EXPECT_GT(t, ok, 0u);
	EXPECT_GT(t, bad, 0u);
	host_free(p);
	host_free(a);
}

static const struct htest_case cpio_cases[] = {
	HTEST_CASE(real_archive_lists_the_programs),
	HTEST_CASE(found_files_are_the_programs),
	HTEST_CASE(missing_and_directories),
	HTEST_CASE(each_corruption_is_rejected),
	HTEST_CASE(data_padding_is_checked),
	HTEST_CASE(missing_trailer_is_rejected),
	HTEST_CASE(every_truncation_is_rejected),
	HTEST_CASE(fuzz_never_crashes),
};
static const struct htest_suite cpio_suite = HTEST_SUITE("cpio", cpio_cases);
HTEST_MAIN(&cpio_suite);
