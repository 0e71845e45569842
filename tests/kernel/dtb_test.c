// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "dtb": the device tree the bootloader passed in r2 was kept, is a
 * valid flattened device tree, and is what the kernel read its command
 * line, memory and initrd range from. Skipped when the kernel booted
 * without a DTB. `make test` also boots it with QEMU's -initrd, which puts
 * linux,initrd-start/end into /chosen, so both initrd paths run.
 */
#include <board.h>
#include <kernel/devtree.h>
#include <kernel/fdt.h>
#include <kernel/ktest.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <asm/cp15.h>
#include <asm/setup.h>

#define COPY_MAX (64 * 1024)

static const char *dtb_init(void)
{
	return boot_info.fdt ? NULL : "booted without a valid DTB";
}

static const struct fdt_header *hdr(void)
{
	return boot_info.fdt;
}

static void r2_pointer_kept(struct ktest *t)
{
	unsigned long va = (unsigned long)boot_info.fdt;
	unsigned long par = arm_translate_va(va);

	/* the blob the kernel reads is, per the MMU, at the address r2 held */
	EXPECT_EQ(t, par & 1, 0UL);
	EXPECT_EQ_HEX(t, (par & ~0xfffUL) | (va & 0xfff), __atags_pointer);
	EXPECT_EQ_HEX(t, boot_info.fdt_phys, __atags_pointer);
	EXPECT_NE(t, __atags_pointer, 0UL);
	EXPECT_EQ(t, __atags_pointer & 3, 0UL);
	EXPECT_GE(t, __atags_pointer, (unsigned long)PHYS_OFFSET);
	EXPECT_LT(t, __atags_pointer - PHYS_OFFSET, (unsigned long)BOARD_RAM_MAX);
}

static void header_is_valid(struct ktest *t)
{
	const struct fdt_header *h = hdr();

	EXPECT_EQ_HEX(t, fdt32_to_cpu(h->magic), (unsigned long)FDT_MAGIC);
	EXPECT_EQ(t, fdt32_to_cpu(h->totalsize), boot_info.fdt_size);
	EXPECT_GE(t, fdt32_to_cpu(h->version), 16u);
	EXPECT_LE(t, fdt32_to_cpu(h->last_comp_version), 17u);
	EXPECT_LT(t, fdt32_to_cpu(h->off_dt_struct), boot_info.fdt_size);
	EXPECT_LE(t, fdt32_to_cpu(h->off_dt_strings) + fdt32_to_cpu(h->size_dt_strings),
		  boot_info.fdt_size);
	EXPECT_EQ(t, fdt_check_header(boot_info.fdt, boot_info.fdt_size), 0);
}

static void bootargs_match_command_line(struct ktest *t)
{
	int node = fdt_path_offset(boot_info.fdt, "/chosen");
	const char *args;

	ASSERT_GE(t, node, 0);
	args = fdt_getprop(boot_info.fdt, node, "bootargs", NULL);
	ASSERT_NOT_NULL(t, args);
	EXPECT_STREQ(t, args, boot_command_line);
}

static void memory_from_dtb(struct ktest *t)
{
	ASSERT_GE(t, boot_info.nr_mem, 1u);
	EXPECT_STREQ(t, boot_info.mem_source, "DTB");
	EXPECT_EQ_HEX(t, (unsigned long)boot_info.mem[0].base, (unsigned long)PHYS_OFFSET);
	EXPECT_GT(t, boot_info.mem[0].size, 0ULL);
	EXPECT_LE(t, boot_info.mem[0].size, (u64)BOARD_RAM_MAX);
	EXPECT_EQ(t, boot_info.mem[0].size & 0xfffff, 0ULL);
}

static void model_is_a_string(struct ktest *t)
{
	ASSERT_NOT_NULL(t, boot_info.model);
	EXPECT_GT(t, strlen(boot_info.model), 0u);
	int root = fdt_path_offset(boot_info.fdt, "/");

	ASSERT_GE(t, root, 0);
	EXPECT_STREQ(t, boot_info.model, fdt_getprop(boot_info.fdt, root, "model", NULL));
}

/* A damaged copy of the real blob is refused, whatever the damage. */
static void damaged_copies_rejected(struct ktest *t)
{
	static u8 copy[COPY_MAX];
	struct fdt_header *h = (struct fdt_header *)copy;
	u32 size = boot_info.fdt_size;

	if (size > COPY_MAX)
		ktest_skip(t, "DTB larger than the test's buffer");
	memcpy(copy, boot_info.fdt, size);
	ASSERT_EQ(t, fdt_check_header(copy, size), 0);

	h->magic = 0;
	EXPECT_EQ(t, fdt_check_header(copy, size), -FDT_ERR_BADMAGIC);
	memcpy(copy, boot_info.fdt, size);
	EXPECT_LT(t, fdt_check_header(copy, size - 1), 0);	/* totalsize > buffer */
	h->off_dt_struct = __builtin_bswap32(size + 64);
	EXPECT_LT(t, fdt_check_header(copy, size), 0);
	memcpy(copy, boot_info.fdt, size);
	h->version = __builtin_bswap32(1);
	EXPECT_EQ(t, fdt_check_header(copy, size), -FDT_ERR_BADVERSION);
}

/* Banks outside the board's RAM are clipped or dropped, never trusted. */
static void memory_banks_sanitized(struct ktest *t)
{
	const u64 lo = PHYS_OFFSET, window = BOARD_RAM_MAX;
	struct dt_mem_region mem[] = {
		{ lo, 0x08000000 },			/* fine */
		{ lo - 0x20000000, 0x30000000 },	/* starts below RAM: clipped */
		{ lo + window, 0x01000000 },		/* above RAM: dropped */
		{ lo + 0x100000, 0 },			/* empty: dropped */
		{ lo + 0x10000000, 4 },			/* less than a page (U-Boot): dropped */
		{ lo + window - 0x100000, ~0ULL },	/* wraps: clipped to the window */
	};
	unsigned int n;

	console_muted = true;
	n = sanitize_mem_regions(mem, ARRAY_SIZE(mem), "test");
	console_muted = false;
	ASSERT_EQ(t, n, 3u);
	EXPECT_EQ(t, mem[0].base, lo);
	EXPECT_EQ(t, mem[0].size, 0x08000000ULL);
	EXPECT_EQ(t, mem[1].base, lo);
	EXPECT_EQ(t, mem[1].size, 0x10000000ULL);
	EXPECT_EQ(t, mem[2].base, lo + window - 0x100000);
	EXPECT_EQ(t, mem[2].size, 0x100000ULL);
}

/* A 1- or 2-cell /chosen property, or -1 if absent or of another size. */
static s64 chosen_number(const char *name)
{
	int len, node = fdt_path_offset(boot_info.fdt, "/chosen");
	const u32 *p = node >= 0 ? fdt_getprop(boot_info.fdt, node, name, &len) : NULL;

	if (!p || (len != 4 && len != 8))
		return -1;
	return len == 4 ? fdt32_to_cpu(p[0])
			: (s64)((u64)fdt32_to_cpu(p[0]) << 32 | fdt32_to_cpu(p[1]));
}

/*
 * boot_info's initrd is what /chosen says (0/0 without one), and the
 * check against the memory banks rejects it once the banks leave it out.
 */
static void initrd_from_chosen(struct ktest *t)
{
	s64 start = chosen_number("linux,initrd-start"), end = chosen_number("linux,initrd-end");
	struct boot_info bi = boot_info;
	char log[256];

	if (start < 0 && end < 0) {
		EXPECT_EQ(t, boot_info.initrd_start, 0u);
		EXPECT_EQ(t, boot_info.initrd_end, 0u);
		ktest_info(t, "no initrd in /chosen (boot with -initrd FILE for the rest)");
		return;
	}
	ASSERT_GE(t, start, 0LL);
	ASSERT_GT(t, end, start);
	EXPECT_EQ_HEX(t, boot_info.initrd_start, (unsigned long)start);
	EXPECT_EQ_HEX(t, boot_info.initrd_end, (unsigned long)end);
	EXPECT_GE(t, (u64)start, boot_info.mem[0].base);
	EXPECT_LE(t, (u64)end, boot_info.mem[0].base + boot_info.mem[0].size);
	ktest_info(t, "initrd 0x%08llx-0x%08llx", start, end - 1);

	/* Banks that hold exactly the initrd: accepted. */
	console_muted = true;
	bi.nr_mem = 1;
	bi.mem[0].base = start;
	bi.mem[0].size = end - start;
	early_init_dt_check_for_initrd(boot_info.fdt, &bi);
	EXPECT_EQ_HEX(t, bi.initrd_start, (unsigned long)start);
	EXPECT_EQ_HEX(t, bi.initrd_end, (unsigned long)end);
	/* One byte short at either end: rejected, with a warning. */
	bi.mem[0].size--;
	early_init_dt_check_for_initrd(boot_info.fdt, &bi);
	EXPECT_EQ(t, bi.initrd_end, 0u);
	bi.mem[0].base++;
	early_init_dt_check_for_initrd(boot_info.fdt, &bi);
	EXPECT_EQ(t, bi.initrd_start, 0u);
	console_muted = false;
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "is not inside the memory banks"));
}

static const struct ktest_case dtb_cases[] = {
	KTEST_CASE(r2_pointer_kept),
	KTEST_CASE(header_is_valid),
	KTEST_CASE(bootargs_match_command_line),
	KTEST_CASE(memory_from_dtb),
	KTEST_CASE(model_is_a_string),
	KTEST_CASE(damaged_copies_rejected),
	KTEST_CASE(memory_banks_sanitized),
	KTEST_CASE(initrd_from_chosen),
};
KTEST_SUITE_INIT(dtb_suite, "dtb", dtb_cases, dtb_init);
