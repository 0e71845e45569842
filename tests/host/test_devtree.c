// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/devtree.c (suite "devtree"): what the kernel takes
 * from a DTB at boot (model, command line, memory banks, the initrd range),
 * read from dtc-compiled fixtures in tests/host/fdt/ through the kernel's
 * FDT reader (kernel/lib/fdt.c), under ASan and UBSan.
 *
 * The initrd-*.dts fixtures share the banks of initrd-banks.dtsi and each
 * put one /chosen linux,initrd-start/end case in front of
 * early_init_dt_check_for_initrd(). The kernel's messages are caught by
 * the printk() below, so a test can check that a rejection is explained.
 * Last, damaged copies of the fixtures go through early_init_dt_scan() as
 * setup_arch() would hand them over: never a crash, and what comes out
 * stays inside the board's RAM.
 */
#include <board.h>
#include <kernel/compiler.h>
#include <kernel/devtree.h>
#include <kernel/fdt.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

#include "harness.h"

#ifndef FDT_FIXTURE_DIR
#define FDT_FIXTURE_DIR "build/host/fdt"
#endif

/* What devtree.c needs from the rest of the kernel. */
static char log_buf[4096];
static size_t log_len;
static char cmdline[256];

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(log_buf + log_len, sizeof(log_buf) - log_len, fmt, ap);
	va_end(ap);
	log_len += n;
	return n;
}

void set_boot_command_line(const char *s, int len)
{
	if (len >= (int)sizeof(cmdline))
		len = sizeof(cmdline) - 1;
	memcpy(cmdline, s, len);
	cmdline[len] = '\0';
}

const char *board_name(void)
{
	return "host-board";
}

static void reset(void)
{
	memset(&boot_info, 0, sizeof(boot_info));
	log_buf[0] = '\0';
	log_len = 0;
	cmdline[0] = '\0';
}

/* A fixture in a heap block of exactly its size; host_free() it. */
static u8 *load(struct htest *t, const char *name, size_t *len)
{
	char path[256];
	u8 *b;

	host_snprintf(path, sizeof(path), "%s/%s", FDT_FIXTURE_DIR, name);
	b = host_read_file(path, len);
	if (!b) {
		htest_fail(t, __FILE__, __LINE__, "cannot read fixture %s (run from the repo root)",
			   path);
		htest_abort(t);
	}
	if (fdt_check_header(b, *len)) {
		htest_fail(t, __FILE__, __LINE__, "fixture %s is not a valid DTB", path);
		htest_abort(t);
	}
	return b;
}

/* Scans fixture name as the kernel does at boot, from a clean state. */
static u8 *scan(struct htest *t, const char *name)
{
	size_t len;
	u8 *b = load(t, name, &len);

	reset();
	early_init_dt_scan(b, len);
	return b;
}

static void basic_board(struct htest *t)
{
	u8 *b = scan(t, "basic.dtb");

	EXPECT_STREQ(t, boot_info.model, "ktest-board");
	EXPECT_STREQ(t, cmdline, "console=ttyAMA0 selftest=all");
	EXPECT_STREQ(t, boot_info.mem_source, "DTB");
	ASSERT_EQ(t, boot_info.nr_mem, 1u);
	EXPECT_EQ(t, boot_info.mem[0].base, 0x60000000ULL);
	EXPECT_EQ(t, boot_info.mem[0].size, 0x10000000ULL);
	EXPECT_EQ(t, boot_info.initrd_start, 0x68000000u);
	EXPECT_EQ(t, boot_info.initrd_end, 0x68100000u);
	EXPECT_NOT_NULL(t, strstr(log_buf, "initrd at 0x68000000-0x680fffff (1024 KiB)"));
	host_free(b);
}

/* No memory node, no /chosen, no model: the board's defaults, no initrd. */
static void minimal_board_defaults(struct htest *t)
{
	u8 *b = scan(t, "minimal.dtb");

	EXPECT_STREQ(t, boot_info.model, "host-board");
	EXPECT_STREQ(t, cmdline, "");
	EXPECT_STREQ(t, boot_info.mem_source, "board default");
	ASSERT_EQ(t, boot_info.nr_mem, 1u);
	EXPECT_EQ(t, boot_info.mem[0].base, (u64)PHYS_OFFSET);
	EXPECT_EQ(t, boot_info.mem[0].size, (u64)BOARD_RAM_DEFAULT);
	EXPECT_EQ(t, boot_info.initrd_start, 0u);
	EXPECT_EQ(t, boot_info.initrd_end, 0u);
	host_free(b);
}

/* No DTB at all (setup_arch found none). */
static void no_dtb_defaults(struct htest *t)
{
	reset();
	early_init_dt_scan(NULL, 0);
	EXPECT_STREQ(t, boot_info.model, "host-board");
	EXPECT_EQ(t, boot_info.nr_mem, 1u);
	EXPECT_EQ(t, boot_info.initrd_start, 0u);
	EXPECT_EQ(t, boot_info.initrd_end, 0u);
	EXPECT_EQ(t, log_len, 0u);
}

static void initrd_banks_read(struct htest *t)
{
	u8 *b = scan(t, "initrd-none.dtb");

	EXPECT_STREQ(t, boot_info.model, "initrd-board");
	EXPECT_STREQ(t, cmdline, "quiet");
	ASSERT_EQ(t, boot_info.nr_mem, 3u);
	EXPECT_EQ(t, boot_info.mem[0].base, 0x60000000ULL);
	EXPECT_EQ(t, boot_info.mem[1].base, 0x64000000ULL);
	EXPECT_EQ(t, boot_info.mem[2].base, 0x70000000ULL);
	EXPECT_EQ(t, boot_info.mem[2].size, 0x01000000ULL);
	/* No initrd properties: nothing to say. */
	EXPECT_EQ(t, boot_info.initrd_start, 0u);
	EXPECT_EQ(t, boot_info.initrd_end, 0u);
	EXPECT_EQ(t, log_len, 0u);
	host_free(b);
}

struct initrd_case {
	const char *fixture;
	phys_addr_t start, end; /* 0/0: rejected */
	const char *message;	/* part of the kernel's message */
};

static const struct initrd_case initrd_cases[] = {
	{"initrd-1cell.dtb", 0x60d00000, 0x60e00000, "initrd at 0x60d00000-0x60dfffff (1024 KiB)"},
	{"initrd-2cell.dtb", 0x70000000, 0x71000000, "initrd at 0x70000000-0x70ffffff (16384 KiB)"},
	{"initrd-mixed.dtb", 0x63f00000, 0x64100000, "initrd at 0x63f00000-0x640fffff"},
	{"initrd-empty.dtb", 0, 0, "initrd 0x61000000-0x61000000 ends before it starts; ignoring it"},
	{"initrd-reversed.dtb", 0, 0, "initrd 0x62000000-0x61000000 ends before it starts"},
	{"initrd-gap.dtb", 0, 0, "initrd 0x67f00000-0x68100000 is not inside the memory banks"},
	{"initrd-above4g.dtb", 0, 0, "initrd 0x160d00000-0x160e00000 is not inside the memory banks"},
	{"initrd-badlen.dtb", 0, 0, "linux,initrd-start/end are 3/12 bytes long, not 4 or 8"},
	{"initrd-nostart.dtb", 0, 0, "has linux,initrd-end but no linux,initrd-start"},
};

static void initrd_from_chosen(struct htest *t)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(initrd_cases); i++) {
		const struct initrd_case *c = &initrd_cases[i];
		u8 *b = scan(t, c->fixture);

		if (boot_info.initrd_start != c->start || boot_info.initrd_end != c->end)
			htest_fail(t, __FILE__, __LINE__, "%s: initrd 0x%x-0x%x, expected 0x%x-0x%x",
				   c->fixture, boot_info.initrd_start, boot_info.initrd_end,
				   c->start, c->end);
		if (!strstr(log_buf, c->message))
			htest_fail(t, __FILE__, __LINE__, "%s: no \"%s\" in the log:\n%s", c->fixture,
				   c->message, log_buf);
		/* The memory banks are read whatever the initrd. */
		EXPECT_EQ(t, boot_info.nr_mem, 3u);
		host_free(b);
	}
}

/* The range is checked against the banks it is given, after sanitizing. */
static void initrd_checked_against_banks(struct htest *t)
{
	size_t len;
	u8 *b = load(t, "initrd-mixed.dtb", &len);
	struct boot_info bi = {
		.nr_mem = 2,
		.mem = {{0x64000000, 0x04000000}, {0x60000000, 0x04000000}}, /* out of order */
	};

	reset();
	early_init_dt_check_for_initrd(b, &bi);
	EXPECT_EQ(t, bi.initrd_start, 0x63f00000u);
	EXPECT_EQ(t, bi.initrd_end, 0x64100000u);
	bi.nr_mem = 1; /* only the upper bank: the start is outside */
	early_init_dt_check_for_initrd(b, &bi);
	EXPECT_EQ(t, bi.initrd_start, 0u);
	EXPECT_EQ(t, bi.initrd_end, 0u);
	EXPECT_NOT_NULL(t, strstr(log_buf, "not inside the memory banks"));
	bi.nr_mem = 0;
	bi.initrd_start = bi.initrd_end = 1; /* stale values are cleared */
	early_init_dt_check_for_initrd(b, &bi);
	EXPECT_EQ(t, bi.initrd_start, 0u);
	EXPECT_EQ(t, bi.initrd_end, 0u);
	host_free(b);
}

/* What early_init_dt_scan() leaves must be sane whatever the blob said. */
static unsigned int check_result(struct htest *t, const char *what, size_t i)
{
	const u64 lo = PHYS_OFFSET, hi = lo + BOARD_RAM_MAX;
	unsigned int j, bad = 0;

	bad += !boot_info.model || !boot_info.nr_mem || boot_info.nr_mem > DT_MAX_MEM_REGIONS;
	for (j = 0; j < boot_info.nr_mem && j < DT_MAX_MEM_REGIONS; j++) {
		const struct dt_mem_region *r = &boot_info.mem[j];

		bad += !r->size || r->base < lo || r->base + r->size > hi;
	}
	if (boot_info.initrd_start || boot_info.initrd_end)
		bad += boot_info.initrd_end <= boot_info.initrd_start ||
		       boot_info.initrd_start < lo || boot_info.initrd_end > hi;
	bad += strlen(cmdline) >= sizeof(cmdline);
	if (bad)
		htest_fail(t, __FILE__, __LINE__, "%s %zu: bad boot_info (%u banks, initrd 0x%x-0x%x)",
			   what, i, boot_info.nr_mem, boot_info.initrd_start, boot_info.initrd_end);
	return bad;
}

/*
 * Every byte of each initrd fixture changed three ways, then every
 * truncation: setup_arch() passes on only what fdt_check_header() accepts,
 * and early_init_dt_scan() must cope with the rest of the damage.
 */
static void damaged_blobs_scanned(struct htest *t)
{
	static const char *const names[] = {"initrd-mixed.dtb", "initrd-2cell.dtb", "basic.dtb"};
	unsigned int n, kind, bad = 0, scanned = 0, refused = 0;
	size_t len, i;

	for (n = 0; n < ARRAY_SIZE(names) && bad < 5; n++) {
		u8 *src = load(t, names[n], &len);

		for (i = 0; i < len * 3 + len && bad < 5; i++) {
			size_t size = i < len * 3 ? len : i - len * 3;
			u8 *b = host_malloc(size ? size : 1);

			memcpy(b, src, size);
			kind = i % 3;
			if (i < len * 3)
				b[i / 3] = kind == 0 ? 0x00 : kind == 1 ? 0xff : b[i / 3] ^ 0x80;
			reset();
			if (fdt_check_header(b, size)) {
				refused++;
				early_init_dt_scan(NULL, 0);
			} else {
				scanned++;
				early_init_dt_scan(b, size);
			}
			bad += check_result(t, names[n], i);
			host_free(b);
		}
		host_free(src);
	}
	EXPECT_GT(t, scanned, 1000u);
	EXPECT_GT(t, refused, 1000u);
	htest_info(t, "%u damaged blobs scanned, %u refused by fdt_check_header", scanned, refused);
}

static const struct htest_case devtree_cases[] = {
	HTEST_CASE(basic_board),
	HTEST_CASE(minimal_board_defaults),
	HTEST_CASE(no_dtb_defaults),
	HTEST_CASE(initrd_banks_read),
	HTEST_CASE(initrd_from_chosen),
	HTEST_CASE(initrd_checked_against_banks),
	HTEST_CASE(damaged_blobs_scanned),
};

static const struct htest_suite devtree_suite = HTEST_SUITE("devtree", devtree_cases);

HTEST_MAIN(&devtree_suite);
