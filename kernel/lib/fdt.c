// SPDX-License-Identifier: GPL-2.0
/*
 * A reader for flattened device trees (devicetree spec v0.4, chapter 5).
 *
 * The blob comes from the boot loader and is not trusted. The rules that
 * keep every read in bounds:
 *
 *  - fdt_check_header() proves that the header fits in the caller's buffer
 *    and that the struct and strings blocks lie inside totalsize. Callers
 *    run it once with the real buffer size before anything else.
 *  - Every other entry point re-validates the header's own consistency
 *    (cheap: ten words) and then reads only through next_tag() and
 *    prop_name(), which check each token, length and name against the end
 *    of its block before touching it.
 *  - The blob is read a byte at a time (load_be32), so a misaligned blob
 *    or a misaligned field never faults.
 *
 * A "node offset" is the offset of a node's FDT_BEGIN_NODE token from the
 * start of the struct block; offsets only grow as a walk goes on, so every
 * loop below ends even on a garbled blob. A negative offset passed in is
 * an earlier error and is handed back unchanged, so calls can be chained.
 */
#include <kernel/compiler.h>
#include <kernel/fdt.h>
#include <kernel/string.h>

#define FDT_BEGIN_NODE 1
#define FDT_END_NODE   2
#define FDT_PROP       3
#define FDT_NOP	       4
#define FDT_END	       9

#define FDT_TAG_SIZE	  4
#define FDT_PROP_HDR_SIZE 12 /* tag, len, nameoff */
#define FDT_HDR_SIZE_V16  36 /* without size_dt_struct */
#define FDT_HDR_SIZE_V17  40
#define FDT_RSVMAP_ENTRY  16
#define FDT_FIRST_VERSION 16
#define FDT_LAST_VERSION  17

/* Where the blocks are, once the header has been validated. */
struct fdt_view {
	const u8 *dt_struct;
	u32 struct_size;
	const char *strings;
	u32 strings_size;
};

static u32 load_be32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

static u32 hdr_field(const void *fdt, size_t field)
{
	return load_be32((const u8 *)fdt + field);
}

#define HDR(fdt, f) hdr_field(fdt, offsetof(struct fdt_header, f))

/* True if [off, off + size) lies in [0, total), without overflowing. */
static bool in_range(u32 off, u32 size, u32 total)
{
	return off <= total && size <= total - off;
}

/* Checks one block: after the header, inside totalsize. */
static int check_block(u32 off, u32 size, u32 hdr_size, u32 totalsize)
{
	if (off < hdr_size)
		return -FDT_ERR_BADSTRUCTURE;
	if (!in_range(off, size, totalsize))
		return -FDT_ERR_TRUNCATED;
	return 0;
}

/*
 * Validates the header against max_size bytes of readable memory and fills
 * in *v. The header is read only once max_size says it is there.
 */
static int fdt_view_init(const void *fdt, u32 max_size, struct fdt_view *v)
{
	u32 version, hdr_size, totalsize, off_struct, struct_size;
	int err;

	if (!fdt)
		return -FDT_ERR_BADMAGIC;
	if (max_size < sizeof(u32))
		return -FDT_ERR_TRUNCATED;
	if (HDR(fdt, magic) != FDT_MAGIC)
		return -FDT_ERR_BADMAGIC;
	if (max_size < FDT_HDR_SIZE_V16)
		return -FDT_ERR_TRUNCATED;
	version = HDR(fdt, version);
	if (version < FDT_FIRST_VERSION || HDR(fdt, last_comp_version) > FDT_LAST_VERSION)
		return -FDT_ERR_BADVERSION;
	hdr_size = version >= 17 ? FDT_HDR_SIZE_V17 : FDT_HDR_SIZE_V16;
	totalsize = HDR(fdt, totalsize);
	/* Offsets are ints in the API: keep every one of them positive. */
	if (max_size > __INT_MAX__)
		max_size = __INT_MAX__;
	if (max_size < hdr_size || totalsize < hdr_size || totalsize > max_size)
		return -FDT_ERR_TRUNCATED;

	err = check_block(HDR(fdt, off_mem_rsvmap), FDT_RSVMAP_ENTRY, hdr_size, totalsize);
	if (err)
		return err;
	off_struct = HDR(fdt, off_dt_struct);
	/* Version 16 has no size_dt_struct: the block may run to the end. */
	if (version >= 17)
		struct_size = HDR(fdt, size_dt_struct);
	else
		struct_size = totalsize - min(off_struct, totalsize);
	err = check_block(off_struct, struct_size, hdr_size, totalsize);
	if (err)
		return err;
	/* Tokens are read as aligned words relative to the block. */
	if (off_struct % FDT_TAG_SIZE)
		return -FDT_ERR_BADSTRUCTURE;
	err = check_block(HDR(fdt, off_dt_strings), HDR(fdt, size_dt_strings), hdr_size, totalsize);
	if (err)
		return err;

	v->dt_struct = (const u8 *)fdt + off_struct;
	v->struct_size = struct_size;
	v->strings = (const char *)fdt + HDR(fdt, off_dt_strings);
	v->strings_size = HDR(fdt, size_dt_strings);
	return 0;
}

int fdt_check_header(const void *fdt, u32 max_size)
{
	struct fdt_view v;

	return fdt_view_init(fdt, max_size, &v);
}

/*
 * For the readers: the caller's fdt_check_header() has bounded totalsize
 * by the buffer; here only the blocks' consistency with totalsize matters.
 */
static int fdt_view(const void *fdt, struct fdt_view *v)
{
	if (!fdt)
		return -FDT_ERR_BADMAGIC;
	return fdt_view_init(fdt, HDR(fdt, totalsize), v);
}

const char *fdt_strerror(int err)
{
	static const char *const msgs[] = {
		[0] = "no error",
		[FDT_ERR_NOTFOUND] = "not found",
		[FDT_ERR_BADMAGIC] = "bad magic",
		[FDT_ERR_BADVERSION] = "unsupported version",
		[FDT_ERR_TRUNCATED] = "truncated",
		[FDT_ERR_BADSTRUCTURE] = "bad structure",
	};
	unsigned int i = err < 0 ? 0u - (unsigned int)err : (unsigned int)err;

	if (i < ARRAY_SIZE(msgs) && msgs[i])
		return msgs[i];
	return "unknown error";
}

/*
 * Decodes the tag at off in the struct block and stores where the next tag
 * starts in *next. Returns the tag, or -FDT_ERR_* if the tag or what it
 * carries (a node name, a property value) does not fit in the block.
 * On success, a BEGIN_NODE's name is known to be NUL-terminated in bounds
 * and a PROP's value to lie in bounds.
 */
static int next_tag(const struct fdt_view *v, int off, int *next)
{
	const u8 *p = v->dt_struct + off;
	u32 size = v->struct_size;
	const u8 *nul;
	u32 tag, len;

	if (off < 0 || off % FDT_TAG_SIZE)
		return -FDT_ERR_BADSTRUCTURE;
	if (!in_range(off, FDT_TAG_SIZE, size))
		return -FDT_ERR_TRUNCATED;
	tag = load_be32(p);
	switch (tag) {
	case FDT_BEGIN_NODE:
		nul = memchr(p + FDT_TAG_SIZE, '\0', size - off - FDT_TAG_SIZE);
		if (!nul)
			return -FDT_ERR_TRUNCATED;
		*next = ALIGN((int)(nul + 1 - v->dt_struct), FDT_TAG_SIZE);
		return tag;
	case FDT_PROP:
		if (!in_range(off, FDT_PROP_HDR_SIZE, size))
			return -FDT_ERR_TRUNCATED;
		len = load_be32(p + 4);
		if (!in_range(off + FDT_PROP_HDR_SIZE, len, size))
			return -FDT_ERR_TRUNCATED;
		*next = ALIGN(off + FDT_PROP_HDR_SIZE + (int)len, FDT_TAG_SIZE);
		return tag;
	case FDT_END_NODE:
	case FDT_NOP:
	case FDT_END:
		*next = off + FDT_TAG_SIZE;
		return tag;
	default:
		return -FDT_ERR_BADSTRUCTURE;
	}
}

/* The name of the property at off (a valid PROP tag), checked. */
static const char *prop_name(const struct fdt_view *v, int off, int *err)
{
	u32 nameoff = load_be32(v->dt_struct + off + 8);
	const char *name;

	if (nameoff >= v->strings_size) {
		*err = -FDT_ERR_BADSTRUCTURE;
		return NULL;
	}
	name = v->strings + nameoff;
	if (!memchr(name, '\0', v->strings_size - nameoff)) {
		*err = -FDT_ERR_TRUNCATED;
		return NULL;
	}
	return name;
}

/*
 * Checks that node is a BEGIN_NODE and returns the offset just past its
 * name, where its properties start; or -FDT_ERR_*.
 */
static int node_body(const struct fdt_view *v, int node)
{
	int next, tag;

	if (node < 0)
		return node;
	tag = next_tag(v, node, &next);
	if (tag < 0)
		return tag;
	if (tag != FDT_BEGIN_NODE)
		return -FDT_ERR_BADSTRUCTURE;
	return next;
}

/*
 * From off, skips properties and NOPs to the next node at this depth.
 * Returns its offset, -FDT_ERR_NOTFOUND at the parent's END_NODE, or an
 * error. (The spec puts properties before subnodes; a property after one
 * is tolerated, as libfdt does.)
 */
static int scan_siblings(const struct fdt_view *v, int off)
{
	int next, tag;

	for (; off >= 0; off = next) {
		tag = next_tag(v, off, &next);
		switch (tag) {
		case FDT_PROP:
		case FDT_NOP:
			continue;
		case FDT_BEGIN_NODE:
			return off;
		case FDT_END_NODE:
			return -FDT_ERR_NOTFOUND;
		case FDT_END:
			return -FDT_ERR_BADSTRUCTURE; /* a node left open */
		default:
			return tag;
		}
	}
	return off;
}

/* Returns the offset just past the END_NODE that closes node. */
static int skip_node(const struct fdt_view *v, int node)
{
	int off = node, next, tag, depth = 0;

	for (;; off = next) {
		tag = next_tag(v, off, &next);
		if (tag < 0)
			return tag;
		if (tag == FDT_BEGIN_NODE)
			depth++;
		else if (tag == FDT_END_NODE && --depth == 0)
			return next;
		else if (tag == FDT_END || depth == 0)
			return -FDT_ERR_BADSTRUCTURE;
	}
}

/* The root is the first node of the struct block, after any NOPs. */
static int root_node(const struct fdt_view *v)
{
	int off, next, tag;

	for (off = 0;; off = next) {
		tag = next_tag(v, off, &next);
		if (tag == FDT_BEGIN_NODE)
			return off;
		if (tag != FDT_NOP)
			return tag < 0 ? tag : -FDT_ERR_BADSTRUCTURE;
	}
}

static int first_subnode(const struct fdt_view *v, int parent)
{
	return scan_siblings(v, node_body(v, parent));
}

/* The root has no siblings: what follows it is FDT_END, not its parent's end. */
static int next_subnode(const struct fdt_view *v, int prev)
{
	int err = node_body(v, prev);

	if (err < 0)
		return err;
	if (prev == root_node(v))
		return -FDT_ERR_NOTFOUND;
	return scan_siblings(v, skip_node(v, prev));
}

int fdt_first_subnode(const void *fdt, int parent)
{
	struct fdt_view v;
	int err = fdt_view(fdt, &v);

	return err ? err : first_subnode(&v, parent);
}

int fdt_next_subnode(const void *fdt, int prev)
{
	struct fdt_view v;
	int err = fdt_view(fdt, &v);

	return err ? err : next_subnode(&v, prev);
}

/*
 * Does the node name match the len bytes of a path component? "memory"
 * matches "memory@60000000"; a component with a unit address must match
 * exactly. strncmp stops at name's NUL, so a short name is never overrun.
 */
static bool name_matches(const char *name, const char *comp, size_t len)
{
	if (strncmp(name, comp, len))
		return false;
	if (name[len] == '\0')
		return true;
	return name[len] == '@' && !memchr(comp, '@', len);
}

static int find_subnode(const struct fdt_view *v, int parent, const char *comp, size_t len)
{
	int node;

	for (node = first_subnode(v, parent); node >= 0; node = next_subnode(v, node)) {
		/* node_body() succeeded for node, so its name is terminated. */
		if (name_matches((const char *)v->dt_struct + node + FDT_TAG_SIZE, comp, len))
			return node;
	}
	return node;
}

int fdt_path_offset(const void *fdt, const char *path)
{
	struct fdt_view v;
	int node = fdt_view(fdt, &v);
	size_t len;

	if (node)
		return node;
	if (path[0] != '/')
		return -FDT_ERR_NOTFOUND;
	node = root_node(&v);
	while (node >= 0) {
		while (*path == '/')
			path++;
		if (!*path)
			break;
		for (len = 0; path[len] && path[len] != '/'; len++)
			;
		node = find_subnode(&v, node, path, len);
		path += len;
	}
	return node;
}

const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name, int *lenp)
{
	struct fdt_view v;
	const char *pname;
	int off, next, tag, err;

	err = fdt_view(fdt, &v);
	off = err ? err : node_body(&v, nodeoffset);
	for (; off >= 0; off = next) {
		tag = next_tag(&v, off, &next);
		if (tag == FDT_NOP)
			continue;
		if (tag != FDT_PROP) {
			/* Properties come first: a node or the end means none left. */
			off = tag < 0 ? tag : -FDT_ERR_NOTFOUND;
			break;
		}
		pname = prop_name(&v, off, &err);
		if (!pname) {
			off = err;
			break;
		}
		if (!strcmp(pname, name)) {
			if (lenp)
				*lenp = (int)load_be32(v.dt_struct + off + 4);
			return v.dt_struct + off + FDT_PROP_HDR_SIZE;
		}
	}
	if (lenp)
		*lenp = off;
	return NULL;
}

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp)
{
	struct fdt_view v;
	const char *name;
	int err;

	err = fdt_view(fdt, &v);
	if (!err)
		err = node_body(&v, nodeoffset);
	if (err < 0) {
		if (lenp)
			*lenp = err;
		return NULL;
	}
	name = (const char *)v.dt_struct + nodeoffset + FDT_TAG_SIZE;
	if (lenp)
		*lenp = (int)strlen(name);
	return name;
}
