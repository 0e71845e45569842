// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/fdt.c (suite "fdt").
 *
 * The fixtures are the .dts files in tests/host/fdt/, compiled by dtc
 * into FDT_FIXTURE_DIR. Beyond the normal lookups, the point of this suite is
 * the reader's promise never to read outside a garbled blob: each blob
 * under test lives in a heap block of exactly its size, so ASan stops the
 * run at the first byte read past the end, and the garbled blobs are made
 * both by hand (one defect each) and by tens of thousands of
 * deterministic mutations.
 */
#include <kernel/compiler.h>
#include <kernel/fdt.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "harness.h"

#ifndef FDT_FIXTURE_DIR
#define FDT_FIXTURE_DIR "build/host/fdt"
#endif

#define HDR_OFF(f)     offsetof(struct fdt_header, f)
#define TOKEN_NOP      4u
#define TOKEN_END_NODE 2u

static u32 get_be32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

static void put_be32(u8 *p, u32 v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

#define HDR_GET(b, f)	 get_be32((b) + HDR_OFF(f))
#define HDR_SET(b, f, v) put_be32((b) + HDR_OFF(f), (v))

/* A fixture, read once and kept for the whole run. */
static const u8 *fixture(struct htest *t, const char *name, size_t *len)
{
	static struct {
		const char *name;
		u8 *data;
		size_t len;
	} cache[4];
	char path[256];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cache) && cache[i].name; i++) {
		if (!strcmp(cache[i].name, name)) {
			*len = cache[i].len;
			return cache[i].data;
		}
	}
	ASSERT_LT(t, i, ARRAY_SIZE(cache));
	host_snprintf(path, sizeof(path), "%s/%s", FDT_FIXTURE_DIR, name);
	cache[i].data = host_read_file(path, &cache[i].len);
	if (!cache[i].data) {
		htest_fail(t, __FILE__, __LINE__, "cannot read fixture %s (run from the repo root)",
			   path);
		htest_abort(t);
	}
	cache[i].name = name;
	*len = cache[i].len;
	return cache[i].data;
}

/* A private copy in a heap block of exactly alloc bytes. */
static u8 *copy_blob(const u8 *src, size_t len, size_t alloc)
{
	u8 *p = host_malloc(alloc);

	memcpy(p, src, len < alloc ? len : alloc);
	return p;
}

static u8 *basic_copy(struct htest *t, size_t *len)
{
	const u8 *src = fixture(t, "basic.dtb", len);

	return copy_blob(src, *len, *len);
}

/*
 * Rebuilds a blob with the struct block (or the strings block) placed
 * last and cut to last_size bytes, so that a read past its end is a read
 * past the whole heap block. The memory reservation map is copied up to
 * and including its terminating entry.
 */
static u8 *relayout(const u8 *src, bool struct_last, u32 last_size, size_t *len)
{
	u32 rsv = HDR_GET(src, off_mem_rsvmap), rsv_len = 16;
	u32 st = HDR_GET(src, off_dt_struct), st_size = HDR_GET(src, size_dt_struct);
	u32 str = HDR_GET(src, off_dt_strings), str_size = HDR_GET(src, size_dt_strings);
	u32 first_off, first_size, first_src, last_src, last_off;
	u8 *b;

	while (get_be32(src + rsv + rsv_len - 16) | get_be32(src + rsv + rsv_len - 12) |
	       get_be32(src + rsv + rsv_len - 8) | get_be32(src + rsv + rsv_len - 4))
		rsv_len += 16;
	first_off = 40 + rsv_len;
	first_src = struct_last ? str : st;
	first_size = struct_last ? str_size : st_size;
	last_src = struct_last ? st : str;
	last_off = ALIGN(first_off + first_size, 4); /* the struct block is aligned */
	*len = last_off + last_size;

	b = host_malloc(*len);
	memset(b, 0, *len);
	memcpy(b, src, 40);
	memcpy(b + 40, src + rsv, rsv_len);
	memcpy(b + first_off, src + first_src, first_size);
	memcpy(b + last_off, src + last_src, last_size);
	HDR_SET(b, totalsize, *len);
	HDR_SET(b, off_mem_rsvmap, 40);
	HDR_SET(b, off_dt_struct, struct_last ? last_off : first_off);
	HDR_SET(b, off_dt_strings, struct_last ? first_off : last_off);
	HDR_SET(b, size_dt_struct, struct_last ? last_size : st_size);
	HDR_SET(b, size_dt_strings, struct_last ? str_size : last_size);
	return b;
}

static void check_header_valid(struct htest *t)
{
	size_t len;
	const u8 *basic = fixture(t, "basic.dtb", &len);
	const u8 *minimal = fixture(t, "minimal.dtb", &len);
	u8 *moved;

	EXPECT_EQ(t, fdt_check_header(basic, HDR_GET(basic, totalsize)), 0);
	EXPECT_EQ(t, fdt_check_header(basic, FDT_MAX_SIZE), 0);
	EXPECT_EQ(t, fdt_check_header(minimal, len), 0);
	EXPECT_EQ(t, HDR_GET(basic, magic), FDT_MAGIC);
	EXPECT_EQ(t, fdt32_to_cpu(((const struct fdt_header *)basic)->magic), FDT_MAGIC);
	/* The relayout helper itself must produce valid blobs. */
	moved = relayout(basic, true, HDR_GET(basic, size_dt_struct), &len);
	EXPECT_EQ(t, fdt_check_header(moved, len), 0);
	EXPECT_GT(t, fdt_path_offset(moved, "/cpus/cpu@1"), 0);
	host_free(moved);
	moved = relayout(basic, false, HDR_GET(basic, size_dt_strings), &len);
	EXPECT_EQ(t, fdt_check_header(moved, len), 0);
	EXPECT_GT(t, fdt_path_offset(moved, "/cpus/cpu@1"), 0);
	host_free(moved);
}

static void check_header_bad_magic(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);

	b[0] ^= 1;
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADMAGIC);
	EXPECT_EQ(t, fdt_path_offset(b, "/"), -FDT_ERR_BADMAGIC);
	EXPECT_EQ(t, fdt_check_header(NULL, len), -FDT_ERR_BADMAGIC);
	host_free(b);
}

/* Less readable memory than a header: nothing past max_size is read. */
static void check_header_short_buffer(struct htest *t)
{
	size_t len, n;
	const u8 *src = fixture(t, "basic.dtb", &len);

	for (n = 0; n < 40; n++) {
		u8 *b = copy_blob(src, len, n);

		EXPECT_EQ(t, fdt_check_header(b, n), -FDT_ERR_TRUNCATED);
		host_free(b);
	}
}

static void check_header_bad_version(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);

	HDR_SET(b, version, 15);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADVERSION);
	HDR_SET(b, version, 17);
	HDR_SET(b, last_comp_version, 18);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADVERSION);
	HDR_SET(b, last_comp_version, 16);
	EXPECT_EQ(t, fdt_check_header(b, len), 0);
	/* A newer version is fine while it stays compatible with 17. */
	HDR_SET(b, version, 18);
	EXPECT_EQ(t, fdt_check_header(b, len), 0);
	host_free(b);
}

/* Version 16 has no size_dt_struct: the struct block runs to totalsize. */
static void version_16_blob(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);
	const char *args;
	int node, n;

	HDR_SET(b, version, 16);
	HDR_SET(b, size_dt_struct, 0xffffffff); /* now ignored */
	EXPECT_EQ(t, fdt_check_header(b, len), 0);
	node = fdt_path_offset(b, "/chosen");
	EXPECT_GT(t, node, 0);
	args = fdt_getprop(b, node, "bootargs", &n);
	EXPECT_STREQ(t, args, "console=ttyAMA0 selftest=all");
	host_free(b);
}

static void check_header_totalsize(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);

	EXPECT_EQ(t, fdt_check_header(b, len - 1), -FDT_ERR_TRUNCATED); /* buffer too small */
	HDR_SET(b, totalsize, len + 1);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	HDR_SET(b, totalsize, 0xffffffff);
	EXPECT_EQ(t, fdt_check_header(b, 0xffffffff), -FDT_ERR_TRUNCATED);
	HDR_SET(b, totalsize, 39);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	/* Strings end at totalsize: one byte less cuts the strings block. */
	HDR_SET(b, totalsize, len - 1);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	/* The readers re-check: a bad totalsize is refused, not trusted. */
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen"), -FDT_ERR_TRUNCATED);
	EXPECT_EQ(t, fdt_first_subnode(b, 0), -FDT_ERR_TRUNCATED);
	host_free(b);
}

static void check_header_block_offsets(struct htest *t)
{
	size_t len;
	const u8 *src = fixture(t, "basic.dtb", &len);
	u8 *b = copy_blob(src, len, len);
	u32 st = HDR_GET(src, off_dt_struct);

	HDR_SET(b, off_dt_struct, len + 4);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	HDR_SET(b, off_dt_struct, 0xfffffff0); /* offset + size wraps around */
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	HDR_SET(b, off_dt_struct, 8); /* inside the header */
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADSTRUCTURE);
	HDR_SET(b, off_dt_struct, st + 1); /* misaligned */
	HDR_SET(b, size_dt_struct, HDR_GET(src, size_dt_struct) - 4);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADSTRUCTURE);

	memcpy(b, src, len);
	HDR_SET(b, size_dt_struct, 0x7ffffff0);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	EXPECT_EQ(t, fdt_path_offset(b, "/"), -FDT_ERR_TRUNCATED);

	memcpy(b, src, len);
	HDR_SET(b, size_dt_strings, HDR_GET(src, size_dt_strings) + 1);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	HDR_SET(b, size_dt_strings, 0xffffffff);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	HDR_SET(b, off_dt_strings, 0);
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_BADSTRUCTURE);

	memcpy(b, src, len);
	HDR_SET(b, off_mem_rsvmap, len - 8); /* no room for one entry */
	EXPECT_EQ(t, fdt_check_header(b, len), -FDT_ERR_TRUNCATED);
	host_free(b);
}

static void path_root(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	const char *name;
	int n = -1;

	EXPECT_EQ(t, fdt_path_offset(b, "/"), 0);
	EXPECT_EQ(t, fdt_path_offset(b, "//"), 0);
	name = fdt_get_name(b, 0, &n);
	EXPECT_STREQ(t, name, "");
	EXPECT_EQ(t, n, 0);
}

/* The offset of path, after checking that it names the node want. */
static int expect_path(struct htest *t, const void *fdt, const char *path, const char *want)
{
	int node = fdt_path_offset(fdt, path);

	if (node < 0) {
		htest_fail(t, __FILE__, __LINE__, "path %s: error %d", path, node);
		return node;
	}
	EXPECT_STREQ(t, fdt_get_name(fdt, node, NULL), want);
	return node;
}

static void path_lookup(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);

	expect_path(t, b, "/chosen", "chosen");
	expect_path(t, b, "/memory", "memory@60000000"); /* unit address optional */
	expect_path(t, b, "/memory@60000000", "memory@60000000");
	expect_path(t, b, "/cpus/cpu@1", "cpu@1");
	expect_path(t, b, "/cpus/cpu", "cpu@0"); /* the first match wins */
	expect_path(t, b, "//cpus//cpu@1/", "cpu@1");
	expect_path(t, b, "/soc/uart", "uart@10009000");
	expect_path(t, b, "/soc/uart@1000a000", "uart@1000a000");
	expect_path(t, b, "/cpus", "cpus");
}

static void path_missing(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);

	EXPECT_EQ(t, fdt_path_offset(b, "/nope"), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_path_offset(b, "/memory@0"), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_path_offset(b, "/mem"), -FDT_ERR_NOTFOUND); /* no prefix match */
	EXPECT_EQ(t, fdt_path_offset(b, "/memory@6000000"), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen/bootargs"), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_path_offset(b, "/cpu@0"), -FDT_ERR_NOTFOUND); /* not a child of / */
	EXPECT_EQ(t, fdt_path_offset(b, "/cpus@1"), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_path_offset(b, "chosen"), -FDT_ERR_NOTFOUND); /* not absolute */
	EXPECT_EQ(t, fdt_path_offset(b, ""), -FDT_ERR_NOTFOUND);
}

static void getprop_string(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	int node = fdt_path_offset(b, "/chosen"), n = -1;
	const char *args = fdt_getprop(b, node, "bootargs", &n);

	ASSERT_NOT_NULL(t, args);
	EXPECT_STREQ(t, args, "console=ttyAMA0 selftest=all");
	EXPECT_EQ(t, n, 29); /* the length counts the NUL */
	EXPECT_STREQ(t, fdt_getprop(b, 0, "model", NULL), "ktest-board");
	/* A string list is the strings back to back. */
	args = fdt_getprop(b, 0, "compatible", &n);
	ASSERT_NOT_NULL(t, args);
	EXPECT_EQ(t, n, 21 + 13);
	EXPECT_MEMEQ(t, args, "arm,vexpress,v2p-ca9\0arm,vexpress", 34);
}

static void getprop_cells(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	int node = fdt_path_offset(b, "/memory"), n = -1;
	const u32 *reg = fdt_getprop(b, node, "reg", &n);

	ASSERT_NOT_NULL(t, reg);
	ASSERT_EQ(t, n, 8);
	EXPECT_EQ(t, fdt32_to_cpu(reg[0]), 0x60000000u);
	EXPECT_EQ(t, fdt32_to_cpu(reg[1]), 0x10000000u);
	EXPECT_EQ(t, ((uintptr_t)reg - (uintptr_t)b) % 4, 0u); /* values are aligned */
	reg = fdt_getprop(b, fdt_path_offset(b, "/cpus/cpu@1"), "reg", &n);
	ASSERT_NOT_NULL(t, reg);
	EXPECT_EQ(t, n, 4);
	EXPECT_EQ(t, fdt32_to_cpu(reg[0]), 1u);
	reg = fdt_getprop(b, 0, "#address-cells", &n);
	ASSERT_NOT_NULL(t, reg);
	EXPECT_EQ(t, fdt32_to_cpu(*reg), 1u);
}

static void getprop_missing(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	int chosen = fdt_path_offset(b, "/chosen"), n = 0;
	const void *p;

	EXPECT_NULL(t, fdt_getprop(b, chosen, "nope", &n));
	EXPECT_EQ(t, n, -FDT_ERR_NOTFOUND);
	EXPECT_NULL(t, fdt_getprop(b, chosen, "bootarg", NULL)); /* no prefix match */
	EXPECT_NULL(t, fdt_getprop(b, chosen, "bootargsx", NULL));
	/* A child's property is not the parent's. */
	n = 0;
	EXPECT_NULL(t, fdt_getprop(b, 0, "bootargs", &n));
	EXPECT_EQ(t, n, -FDT_ERR_NOTFOUND);
	/* An empty property exists, with length 0. */
	n = -1;
	p = fdt_getprop(b, fdt_path_offset(b, "/soc/uart"), "empty-prop", &n);
	EXPECT_NOT_NULL(t, p);
	EXPECT_EQ(t, n, 0);
	EXPECT_NOT_NULL(t, fdt_getprop(b, fdt_path_offset(b, "/soc"), "ranges", NULL));
}

/* Bad node offsets: errors, never reads elsewhere. */
static void bad_node_offsets(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	int n = 0, chosen = fdt_path_offset(b, "/chosen");

	EXPECT_NULL(t, fdt_getprop(b, -FDT_ERR_NOTFOUND, "x", &n));
	EXPECT_EQ(t, n, -FDT_ERR_NOTFOUND); /* an earlier error passes through */
	EXPECT_NULL(t, fdt_getprop(b, 1, "model", &n));
	EXPECT_EQ(t, n, -FDT_ERR_BADSTRUCTURE);
	EXPECT_NULL(t, fdt_getprop(b, 0x7ffffffc, "model", &n));
	EXPECT_EQ(t, n, -FDT_ERR_TRUNCATED);
	EXPECT_NULL(t, fdt_getprop(b, chosen + 12, "model", &n)); /* a PROP tag */
	EXPECT_EQ(t, n, -FDT_ERR_BADSTRUCTURE);
	EXPECT_NULL(t, fdt_get_name(b, 2, &n));
	EXPECT_EQ(t, n, -FDT_ERR_BADSTRUCTURE);
	EXPECT_NULL(t, fdt_get_name(b, -FDT_ERR_TRUNCATED, &n));
	EXPECT_EQ(t, n, -FDT_ERR_TRUNCATED);
	EXPECT_EQ(t, fdt_first_subnode(b, -FDT_ERR_BADMAGIC), -FDT_ERR_BADMAGIC);
	EXPECT_EQ(t, fdt_next_subnode(b, -FDT_ERR_NOTFOUND), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_first_subnode(b, 3), -FDT_ERR_BADSTRUCTURE);
	EXPECT_EQ(t, fdt_next_subnode(b, 0x10000), -FDT_ERR_TRUNCATED);
}

/* The names of node's children, comma-separated, into buf. */
static void child_names(const void *fdt, int node, char *buf, size_t size, int *err)
{
	size_t used = 0;
	int child;

	buf[0] = '\0';
	for (child = fdt_first_subnode(fdt, node); child >= 0;
	     child = fdt_next_subnode(fdt, child)) {
		used += scnprintf(buf + used, size - used, "%s%s", used ? "," : "",
				  fdt_get_name(fdt, child, NULL));
	}
	*err = child;
}

static void subnode_iteration(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	char names[128];
	int err;

	child_names(b, 0, names, sizeof(names), &err);
	EXPECT_STREQ(t, names, "chosen,memory@60000000,cpus,soc");
	EXPECT_EQ(t, err, -FDT_ERR_NOTFOUND);
	child_names(b, fdt_path_offset(b, "/cpus"), names, sizeof(names), &err);
	EXPECT_STREQ(t, names, "cpu@0,cpu@1");
	EXPECT_EQ(t, err, -FDT_ERR_NOTFOUND);
	child_names(b, fdt_path_offset(b, "/soc"), names, sizeof(names), &err);
	EXPECT_STREQ(t, names, "uart@10009000,uart@1000a000");
	/* A leaf has no subnodes. */
	EXPECT_EQ(t, fdt_first_subnode(b, fdt_path_offset(b, "/chosen")), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_next_subnode(b, fdt_path_offset(b, "/soc")), -FDT_ERR_NOTFOUND);
}

static void minimal_tree(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "minimal.dtb", &len);
	int n = 0;

	EXPECT_EQ(t, fdt_path_offset(b, "/"), 0);
	EXPECT_EQ(t, fdt_first_subnode(b, 0), -FDT_ERR_NOTFOUND);
	EXPECT_EQ(t, fdt_next_subnode(b, 0), -FDT_ERR_NOTFOUND); /* the root has no sibling */
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen"), -FDT_ERR_NOTFOUND);
	EXPECT_NULL(t, fdt_getprop(b, 0, "model", &n));
	EXPECT_EQ(t, n, -FDT_ERR_NOTFOUND);
}

static void get_name_lengths(struct htest *t)
{
	size_t len;
	const u8 *b = fixture(t, "basic.dtb", &len);
	int n = -1, node = fdt_path_offset(b, "/memory");

	EXPECT_STREQ(t, fdt_get_name(b, node, &n), "memory@60000000");
	EXPECT_EQ(t, n, 15);
	EXPECT_STREQ(t, fdt_get_name(b, fdt_path_offset(b, "/soc/uart@1000a000"), &n),
		     "uart@1000a000");
	EXPECT_EQ(t, n, 13);
}

static void strerror_names(struct htest *t)
{
	EXPECT_STREQ(t, fdt_strerror(0), "no error");
	EXPECT_STREQ(t, fdt_strerror(-FDT_ERR_NOTFOUND), "not found");
	EXPECT_STREQ(t, fdt_strerror(-FDT_ERR_BADMAGIC), "bad magic");
	EXPECT_STREQ(t, fdt_strerror(-FDT_ERR_BADVERSION), "unsupported version");
	EXPECT_STREQ(t, fdt_strerror(-FDT_ERR_TRUNCATED), "truncated");
	EXPECT_STREQ(t, fdt_strerror(-FDT_ERR_BADSTRUCTURE), "bad structure");
	EXPECT_STREQ(t, fdt_strerror(-99), "unknown error");
	EXPECT_STREQ(t, fdt_strerror(-2147483647 - 1), "unknown error");
	EXPECT_STREQ(t, fdt_strerror(FDT_ERR_TRUNCATED), "truncated");
}

/* Where the property holding value starts (its PROP tag). */
static u8 *prop_tag(const void *value)
{
	return (u8 *)value - 12;
}

/* NOP tokens may stand anywhere between tokens and are skipped. */
static void nop_tokens_skipped(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);
	const char *model = fdt_getprop(b, 0, "model", NULL);
	u8 *p;
	int i;

	ASSERT_NOT_NULL(t, model);
	/* "ktest-board\0" is 12 bytes: tag, len, nameoff and 3 value words. */
	for (p = prop_tag(model), i = 0; i < 6; i++)
		put_be32(p + 4 * i, TOKEN_NOP);
	EXPECT_EQ(t, fdt_check_header(b, len), 0);
	EXPECT_NULL(t, fdt_getprop(b, 0, "model", NULL));
	EXPECT_NOT_NULL(t, fdt_getprop(b, 0, "compatible", NULL));
	expect_path(t, b, "/cpus/cpu@1", "cpu@1");
	host_free(b);
}

static void string_offset_out_of_range(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);
	u32 strings_size = HDR_GET(b, size_dt_strings);
	u8 *tag = prop_tag(fdt_getprop(b, 0, "model", NULL));
	int n = 0;

	put_be32(tag + 8, strings_size); /* one past the block */
	EXPECT_NULL(t, fdt_getprop(b, 0, "compatible", &n));
	EXPECT_EQ(t, n, -FDT_ERR_BADSTRUCTURE);
	put_be32(tag + 8, 0xffffffff);
	EXPECT_NULL(t, fdt_getprop(b, 0, "compatible", &n));
	EXPECT_EQ(t, n, -FDT_ERR_BADSTRUCTURE);
	/* The last byte of the block is a NUL: a valid, empty name. */
	put_be32(tag + 8, strings_size - 1);
	EXPECT_STREQ(t, fdt_getprop(b, 0, "", &n), "ktest-board");
	host_free(b);
}

/* The strings block ends inside its last name, and the blob ends there. */
static void string_without_nul_at_block_end(struct htest *t)
{
	size_t len, blen;
	const u8 *src = fixture(t, "basic.dtb", &len);
	u32 size = HDR_GET(src, size_dt_strings);
	u8 *b = relayout(src, false, size - 1, &blen);
	int node, n = 0;

	ASSERT_EQ(t, fdt_check_header(b, blen), 0);
	/* "empty-prop" is the last name, and it has lost its NUL. */
	node = fdt_path_offset(b, "/soc/uart@10009000");
	ASSERT_GE(t, node, 0);
	EXPECT_NULL(t, fdt_getprop(b, node, "empty-prop", &n));
	EXPECT_EQ(t, n, -FDT_ERR_TRUNCATED);
	EXPECT_NOT_NULL(t, fdt_getprop(b, 0, "model", NULL)); /* earlier names still work */
	host_free(b);
}

/* The struct block ends inside a node name, and the blob ends there. */
static void node_name_without_nul_at_block_end(struct htest *t)
{
	size_t len, blen;
	const u8 *src = fixture(t, "basic.dtb", &len);
	int chosen = fdt_path_offset(src, "/chosen");
	u8 *b = relayout(src, true, chosen + 4 + 3, &blen); /* "cho" */

	ASSERT_EQ(t, fdt_check_header(b, blen), 0);
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen"), -FDT_ERR_TRUNCATED);
	EXPECT_EQ(t, fdt_first_subnode(b, 0), -FDT_ERR_TRUNCATED);
	EXPECT_NULL(t, fdt_get_name(b, chosen, NULL));
	EXPECT_NOT_NULL(t, fdt_getprop(b, 0, "model", NULL));
	host_free(b);

	/* Cut in the middle of a property value instead. */
	b = relayout(src, true, chosen + 4 + 8 + 12 + 5, &blen);
	ASSERT_EQ(t, fdt_check_header(b, blen), 0);
	EXPECT_EQ(t, fdt_first_subnode(b, chosen), -FDT_ERR_TRUNCATED);
	EXPECT_NULL(t, fdt_getprop(b, chosen, "bootargs", NULL));
	host_free(b);
}

static void prop_length_past_block(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);
	u8 *tag = prop_tag(fdt_getprop(b, 0, "model", NULL));
	int n = 0;

	put_be32(tag + 4, 0x7fffffff);
	EXPECT_NULL(t, fdt_getprop(b, 0, "model", &n));
	EXPECT_EQ(t, n, -FDT_ERR_TRUNCATED);
	put_be32(tag + 4, 0xfffffff0); /* offset + len would wrap */
	EXPECT_NULL(t, fdt_getprop(b, 0, "model", &n));
	EXPECT_EQ(t, n, -FDT_ERR_TRUNCATED);
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen"), -FDT_ERR_TRUNCATED);
	host_free(b);
}

static void bad_tokens(struct htest *t)
{
	size_t len;
	u8 *b = basic_copy(t, &len);
	int chosen = fdt_path_offset(b, "/chosen");
	u8 *st = b + HDR_GET(b, off_dt_struct);
	u32 st_size = HDR_GET(b, size_dt_struct);

	put_be32(st + chosen, 7); /* no such token */
	EXPECT_EQ(t, fdt_path_offset(b, "/chosen"), -FDT_ERR_BADSTRUCTURE);
	EXPECT_EQ(t, fdt_path_offset(b, "/memory"), -FDT_ERR_BADSTRUCTURE);
	put_be32(st + chosen, 1);
	/* The root's END_NODE (before FDT_END) turned into a NOP: unbalanced. */
	EXPECT_EQ(t, get_be32(st + st_size - 8), TOKEN_END_NODE);
	put_be32(st + st_size - 8, TOKEN_NOP);
	EXPECT_EQ(t, fdt_next_subnode(b, fdt_path_offset(b, "/soc")), -FDT_ERR_BADSTRUCTURE);
	EXPECT_EQ(t, fdt_path_offset(b, "/nope"), -FDT_ERR_BADSTRUCTURE);
	/* No FDT_END at all: the walk runs into the end of the block. */
	put_be32(st + st_size - 4, TOKEN_NOP);
	EXPECT_EQ(t, fdt_path_offset(b, "/nope"), -FDT_ERR_TRUNCATED);
	host_free(b);
}

/*
 * Fuzzing. exercise() runs every reader over a blob that passed
 * fdt_check_header() and checks what they return: values inside the
 * blob, names terminated, subnode offsets only growing. It also reads
 * every byte it is handed, so ASan sees any pointer past the end.
 */
struct fuzz {
	struct htest *t;
	const u8 *blob;
	size_t len;
	unsigned int nodes, props, bad;
	unsigned int sum;
};

static const char *const fuzz_props[] = {
	"model",      "compatible", "reg", "bootargs",		 "device_type", "#address-cells",
	"empty-prop", "ranges",	    "",	   "linux,initrd-start", "nope",
};

static const char *const fuzz_paths[] = {
	"/",	     "/chosen",	  "/memory", "/memory@60000000",     "/cpus/cpu@1",
	"/soc/uart", "/cpus/cpu", "/nope",   "/soc/uart@1000a000/x",
};

static void fuzz_bad(struct fuzz *f, const char *what, int node)
{
	if (f->bad++ < 5)
		htest_fail(f->t, __FILE__, __LINE__, "%s at node %d", what, node);
}

static bool inside(const struct fuzz *f, const void *p, size_t n)
{
	const u8 *q = p;

	return q >= f->blob && q <= f->blob + f->len && n <= (size_t)(f->blob + f->len - q);
}

static void touch(struct fuzz *f, const void *p, size_t n)
{
	const u8 *q = p;

	while (n--)
		f->sum += *q++;
}

static void fuzz_node(struct fuzz *f, int node)
{
	const char *name;
	unsigned int i;
	int n;

	f->nodes++;
	name = fdt_get_name(f->blob, node, &n);
	if (name) {
		if (n < 0 || !inside(f, name, (size_t)n + 1) || strlen(name) != (size_t)n)
			fuzz_bad(f, "bad name", node);
	} else if (n >= 0) {
		fuzz_bad(f, "NULL name without error", node);
	}
	for (i = 0; i < ARRAY_SIZE(fuzz_props); i++) {
		const void *p = fdt_getprop(f->blob, node, fuzz_props[i], &n);

		if (!p) {
			if (n >= 0)
				fuzz_bad(f, "NULL property without error", node);
			continue;
		}
		f->props++;
		if (n < 0 || !inside(f, p, n))
			fuzz_bad(f, "property outside the blob", node);
		else
			touch(f, p, n);
	}
}

static void fuzz_walk(struct fuzz *f, int node, int depth)
{
	int child, prev = node;

	fuzz_node(f, node);
	if (depth > 32 || f->nodes > 4096)
		return;
	for (child = fdt_first_subnode(f->blob, node); child >= 0;
	     child = fdt_next_subnode(f->blob, child)) {
		if (child <= prev) {
			fuzz_bad(f, "subnode offsets do not grow", child);
			return;
		}
		prev = child;
		fuzz_walk(f, child, depth + 1);
	}
}

/* Returns true if the blob passed the header check and was walked. */
static bool exercise(struct fuzz *f, const u8 *blob, size_t len)
{
	unsigned int i;
	int node;

	f->blob = blob;
	f->len = len;
	if (fdt_check_header(blob, len))
		return false;
	for (i = 0; i < ARRAY_SIZE(fuzz_paths); i++) {
		node = fdt_path_offset(blob, fuzz_paths[i]);
		if (node >= 0)
			fuzz_node(f, node);
	}
	node = fdt_path_offset(blob, "/");
	if (node >= 0)
		fuzz_walk(f, node, 0);
	return true;
}

/* Values that sit on the edges of the checks. */
static u32 edge_value(unsigned long long *seed, u32 total)
{
	static const u32 edges[] = {0,	1,  2,	3,  4,		8,	    9,		16,
				    17, 36, 39, 40, 0x7fffffff, 0x80000000, 0xfffffffc, 0xffffffff};

	switch (htest_rand_below(seed, 3)) {
	case 0:
		return edges[htest_rand_below(seed, ARRAY_SIZE(edges))];
	case 1:
		return total - 8 + htest_rand_below(seed, 17);
	default:
		return (u32)htest_rand(seed);
	}
}

/* Applies one random mutation, of a kind chosen by mode, to b. */
static void mutate(u8 *b, size_t len, unsigned int mode, unsigned long long *seed)
{
	unsigned int i, n = 1 + htest_rand_below(seed, 4);
	u32 st = HDR_GET(b, off_dt_struct), st_size = HDR_GET(b, size_dt_struct);

	for (i = 0; i < n; i++) {
		switch (mode) {
		case 0: /* flip a bit anywhere */
			b[htest_rand_below(seed, len)] ^= 1u << htest_rand_below(seed, 8);
			break;
		case 1: /* a random byte anywhere */
			b[htest_rand_below(seed, len)] = (u8)htest_rand(seed);
			break;
		case 2: /* a token-like or edge value in an aligned word of the struct block */
			if (st_size >= 4 && st <= len - 4) {
				u32 off = st + 4 * htest_rand_below(seed, st_size / 4);
				u32 v = htest_rand_below(seed, 2) ? 1 + htest_rand_below(seed, 9)
								  : edge_value(seed, st_size);

				if (off <= len - 4)
					put_be32(b + off, v);
			}
			break;
		default: /* an edge value in a header field */
			put_be32(b + 4 * htest_rand_below(seed, 10), edge_value(seed, len));
			break;
		}
	}
}

/* The fuzz bases: the fixture, and relayouts with either block last. */
static u8 *fuzz_base(struct htest *t, unsigned int which, size_t *len)
{
	size_t n;
	const u8 *src = fixture(t, which == 3 ? "minimal.dtb" : "basic.dtb", &n);

	if (which == 1)
		return relayout(src, true, HDR_GET(src, size_dt_struct), len);
	if (which == 2)
		return relayout(src, false, HDR_GET(src, size_dt_strings), len);
	*len = n;
	return copy_blob(src, n, n);
}

static void fuzz_run(struct htest *t, unsigned int mode, unsigned int iterations,
		     unsigned long long seed)
{
	struct fuzz f = {.t = t};
	unsigned int i, valid = 0;

	for (i = 0; i < iterations && f.bad < 5; i++) {
		size_t len;
		u8 *base = fuzz_base(t, i % 4, &len);
		u8 *b = copy_blob(base, len, len);

		mutate(b, len, mode, &seed);
		valid += exercise(&f, b, len);
		host_free(b);
		host_free(base);
	}
	EXPECT_EQ(t, f.bad, 0u);
	/* The mutations must leave enough blobs valid to reach the walkers. */
	EXPECT_GT(t, valid, iterations / 20);
	EXPECT_GT(t, f.props, iterations / 20);
	htest_info(t, "%u mutations, %u passed the header check, %u nodes, %u properties", i, valid,
		   f.nodes, f.props);
}

static void fuzz_bit_flips(struct htest *t)
{
	fuzz_run(t, 0, 20000, 1);
}

static void fuzz_random_bytes(struct htest *t)
{
	fuzz_run(t, 1, 20000, 2);
}

static void fuzz_struct_tokens(struct htest *t)
{
	fuzz_run(t, 2, 20000, 3);
}

static void fuzz_header_fields(struct htest *t)
{
	fuzz_run(t, 3, 20000, 4);
}

/* Every byte of the fixture set to 0x00, 0xff and flipped in its top bit. */
static void fuzz_every_byte(struct htest *t)
{
	struct fuzz f = {.t = t};
	size_t len, i;
	const u8 *src = fixture(t, "basic.dtb", &len);
	unsigned int kind;

	for (i = 0; i < len; i++) {
		for (kind = 0; kind < 3; kind++) {
			u8 *b = copy_blob(src, len, len);

			b[i] = kind == 0 ? 0x00 : kind == 1 ? 0xff : b[i] ^ 0x80;
			exercise(&f, b, len);
			host_free(b);
		}
	}
	EXPECT_EQ(t, f.bad, 0u);
}

/* Every prefix of the fixture, claimed by the header or not. */
static void fuzz_truncations(struct htest *t)
{
	struct fuzz f = {.t = t};
	size_t len, n;
	const u8 *src = fixture(t, "basic.dtb", &len);

	for (n = 0; n < len; n++) {
		u8 *b = copy_blob(src, len, n);

		/* The header still says len: the check must refuse. */
		EXPECT_NE(t, fdt_check_header(b, n), 0);
		if (n >= 8) {
			/* Now the header agrees with the buffer. */
			HDR_SET(b, totalsize, n);
			exercise(&f, b, n);
		}
		host_free(b);
	}
	EXPECT_EQ(t, f.bad, 0u);
}

static const struct htest_case fdt_cases[] = {
	HTEST_CASE(check_header_valid),
	HTEST_CASE(check_header_bad_magic),
	HTEST_CASE(check_header_short_buffer),
	HTEST_CASE(check_header_bad_version),
	HTEST_CASE(version_16_blob),
	HTEST_CASE(check_header_totalsize),
	HTEST_CASE(check_header_block_offsets),
	HTEST_CASE(path_root),
	HTEST_CASE(path_lookup),
	HTEST_CASE(path_missing),
	HTEST_CASE(getprop_string),
	HTEST_CASE(getprop_cells),
	HTEST_CASE(getprop_missing),
	HTEST_CASE(bad_node_offsets),
	HTEST_CASE(subnode_iteration),
	HTEST_CASE(minimal_tree),
	HTEST_CASE(get_name_lengths),
	HTEST_CASE(strerror_names),
	HTEST_CASE(nop_tokens_skipped),
	HTEST_CASE(string_offset_out_of_range),
	HTEST_CASE(string_without_nul_at_block_end),
	HTEST_CASE(node_name_without_nul_at_block_end),
	HTEST_CASE(prop_length_past_block),
	HTEST_CASE(bad_tokens),
	HTEST_CASE(fuzz_bit_flips),
	HTEST_CASE(fuzz_random_bytes),
	HTEST_CASE(fuzz_struct_tokens),
	HTEST_CASE(fuzz_header_fields),
	HTEST_CASE(fuzz_every_byte),
	HTEST_CASE(fuzz_truncations),
};

static const struct htest_suite fdt_suite = HTEST_SUITE("fdt", fdt_cases);

HTEST_MAIN(&fdt_suite);
