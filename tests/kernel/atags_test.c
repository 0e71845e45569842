// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "atags": the ATAG parser (arch/arm/kernel/atags.c) on hand-made
 * lists, valid and garbled. A bad list must be refused whole, and no tag
 * may be read past the window it was given.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <asm/setup.h>

#define CORE	0x54410001
#define MEM	0x54410002
#define CMDLINE	0x54410009

/* CORE (no payload), MEM 64 MiB at 0x60000000, CMDLINE "a=1 b", NONE */
static const u32 good[] = {
	2, CORE,
	4, MEM, 0x04000000, 0x60000000,
	4, CMDLINE, 0x20313d61, 0x00000062,	/* "a=1 " "b\0\0\0", little-endian */
	0, 0,
};

static u32 list[32];

static void valid_list(struct ktest *t)
{
	struct atag_info info;

	ASSERT_EQ(t, parse_atags(good, sizeof(good), &info), 0);
	EXPECT_EQ(t, info.nr_mem, 1u);
	EXPECT_EQ_HEX(t, info.mem[0].base, 0x60000000UL);
	EXPECT_EQ_HEX(t, info.mem[0].size, 0x04000000UL);
	ASSERT_NOT_NULL(t, info.cmdline);
	EXPECT_EQ(t, info.cmdline_len, 5UL);
	EXPECT_EQ(t, memcmp(info.cmdline, "a=1 b", 5), 0);
}

static void must_start_with_core(struct ktest *t)
{
	struct atag_info info;

	memcpy(list, good, sizeof(good));
	list[1] = MEM;
	EXPECT_EQ(t, parse_atags(list, sizeof(good), &info), -1);
	EXPECT_EQ(t, parse_atags(good, 4, &info), -1);	/* window too small for a header */
}

static void garbage_after_valid_tags_is_refused_whole(struct ktest *t)
{
	struct atag_info info;

	memcpy(list, good, sizeof(good));
	list[10] = 0x1234;	/* where ATAG_NONE was: a size ... */
	list[11] = 0xdeadbeef;	/* ... and an unknown tag running off the window */
	EXPECT_EQ(t, parse_atags(list, sizeof(good), &info), -1);
	/* nothing half-read is handed back */
	EXPECT_EQ(t, info.nr_mem, 0u);
	EXPECT_NULL(t, info.cmdline);
}

static void zero_size_tag_is_refused(struct ktest *t)
{
	struct atag_info info;

	memcpy(list, good, sizeof(good));
	list[2] = 0;	/* the MEM tag's size: would loop forever if trusted */
	EXPECT_EQ(t, parse_atags(list, sizeof(good), &info), -1);
	list[2] = 1;
	EXPECT_EQ(t, parse_atags(list, sizeof(good), &info), -1);
}

static void no_terminator_inside_window(struct ktest *t)
{
	struct atag_info info;

	/* the window ends before ATAG_NONE */
	EXPECT_EQ(t, parse_atags(good, sizeof(good) - 8, &info), -1);
	/* a tag claiming more words than the window holds */
	memcpy(list, good, sizeof(good));
	list[6] = 1000;
	EXPECT_EQ(t, parse_atags(list, sizeof(good), &info), -1);
}

static void unterminated_cmdline_is_bounded(struct ktest *t)
{
	struct atag_info info;

	memcpy(list, good, sizeof(good));
	list[8] = 0x41414141;
	list[9] = 0x41414141;	/* "AAAAAAAA" with no NUL in the tag */
	ASSERT_EQ(t, parse_atags(list, sizeof(good), &info), 0);
	EXPECT_EQ(t, info.cmdline_len, 8UL);
}

static void endless_list_is_refused(struct ktest *t)
{
	struct atag_info info;
	unsigned int i;

	list[0] = 2;
	list[1] = CORE;
	for (i = 2; i + 1 < ARRAY_SIZE(list); i += 2) {	/* 15 empty tags, no NONE */
		list[i] = 2;
		list[i + 1] = 0x54410007;
	}
	EXPECT_EQ(t, parse_atags(list, sizeof(list), &info), -1);
}

static const struct ktest_case atags_cases[] = {
	KTEST_CASE(valid_list),
	KTEST_CASE(must_start_with_core),
	KTEST_CASE(garbage_after_valid_tags_is_refused_whole),
	KTEST_CASE(zero_size_tag_is_refused),
	KTEST_CASE(no_terminator_inside_window),
	KTEST_CASE(unterminated_cmdline_is_bounded),
	KTEST_CASE(endless_list_is_refused),
};
KTEST_SUITE(atags_suite, "atags", atags_cases);
