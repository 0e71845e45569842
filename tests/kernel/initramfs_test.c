// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "initramfs": the archive the kernel uses (built in, or the initrd
 * when `make test` boots with -initrd build/<board>/initramfs.cpio) is a
 * valid newc archive; /init and /bin/hello are in it, and their bytes pass
 * elf_check as static ARM executables whose entry point is _start of
 * tests/user/lib/crt0.S; a missing path is -ENOENT, a directory -EACCES.
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

/* The first instruction of _start (crt0.S): mov fp, #0 */
#define CRT0_FIRST_INSN 0xe3a0b000u

static void archive_is_valid(struct ktest *t)
{
	const void *buf;
	size_t len;
	const char *src = initramfs_archive(&buf, &len);

	ktest_info(t, "%s archive, %zu bytes", src, len);
	ASSERT_TRUE(t, buf != NULL);
	/* init, bin, and bin/{args,hello,init,syscalls} at least */
	EXPECT_GE(t, cpio_validate(buf, len), 6);
}

/* Finds path, checks it as an executable and its entry's first word. */
static void check_program(struct ktest *t, const char *path)
{
	const void *data = NULL;
	struct elf_image img;
	size_t size = 0;
	u32 insn;

	ASSERT_EQ(t, initramfs_lookup(path, &data, &size), 0);
	ASSERT_GT(t, size, sizeof(struct elf32_hdr));
	ASSERT_EQ(t, elf_check(data, size, &img), 0);
	EXPECT_GE(t, img.nr_segs, 2u);
	EXPECT_EQ_HEX(t, img.segs[0].vaddr, 0x8000u);
	EXPECT_EQ(t, img.segs[0].flags, (u32)(PF_R | PF_X));
	EXPECT_EQ(t, img.segs[1].flags, (u32)(PF_R | PF_W));
	EXPECT_EQ_HEX(t, img.phdr, 0x8034u);
	EXPECT_EQ(t, img.phent, 32u);
	EXPECT_EQ(t, img.brk % 4096, 0u);
	/* the entry's file offset, in the text segment, holds _start */
	ASSERT_GE(t, img.entry, img.segs[0].vaddr);
	ASSERT_LE(t, img.entry - img.segs[0].vaddr + 4, img.segs[0].filesz);
	memcpy(&insn, (const u8 *)data + img.segs[0].offset + (img.entry - img.segs[0].vaddr),
	       4);
	EXPECT_EQ_HEX(t, insn, CRT0_FIRST_INSN);
}

static void init_is_an_executable(struct ktest *t)
{
	check_program(t, "/init");
}

static void bin_hello_is_an_executable(struct ktest *t)
{
	check_program(t, "/bin/hello");
}

static void relative_name_is_found(struct ktest *t)
{
	const void *a, *b;
	size_t la, lb;

	ASSERT_EQ(t, initramfs_lookup("/bin/hello", &a, &la), 0);
	ASSERT_EQ(t, initramfs_lookup("bin/hello", &b, &lb), 0);
	EXPECT_PTR_EQ(t, a, b);
	EXPECT_EQ(t, la, lb);
}

static void missing_path_is_enoent(struct ktest *t)
{
	const void *data = NULL;
	size_t size = 0;

	EXPECT_EQ(t, initramfs_lookup("/bin/no-such-program", &data, &size), -ENOENT);
	EXPECT_EQ(t, initramfs_lookup("/bin/hell", &data, &size), -ENOENT);
	EXPECT_EQ(t, initramfs_lookup("/bin/hello/", &data, &size), -ENOENT);
	EXPECT_EQ(t, initramfs_lookup("", &data, &size), -ENOENT);
	EXPECT_PTR_EQ(t, data, NULL);
}

static void directory_is_eacces(struct ktest *t)
{
	const void *data;
	size_t size;

	EXPECT_EQ(t, initramfs_lookup("/bin", &data, &size), -EACCES);
}

static const struct ktest_case initramfs_cases[] = {
	KTEST_CASE(archive_is_valid),
	KTEST_CASE(init_is_an_executable),
	KTEST_CASE(bin_hello_is_an_executable),
	KTEST_CASE(relative_name_is_found),
	KTEST_CASE(missing_path_is_enoent),
	KTEST_CASE(directory_is_eacces),
};
KTEST_SUITE(initramfs_suite, "initramfs", initramfs_cases);
