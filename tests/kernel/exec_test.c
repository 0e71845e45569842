// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "exec": programs from the initramfs run by the kernel's execve
 * (kernel/exec.c) and their areas (mm/mmap.c), issue 6:
 *
 *  - the area list: insert_vm_struct keeps it sorted and refuses
 *    overlaps, find_vma finds the first area ending above an address,
 *    exit_mmap unmaps and frees everything;
 *  - /bin/hello runs and exits 0, its output in the log;
 *  - /bin/args sees the argv and envp given, and the auxv values it
 *    prints are the ones the kernel set (AT_PHDR and AT_ENTRY from
 *    elf_check of the same file, AT_HWCAP = ELF_HWCAP);
 *  - /bin/execfail: every bad execve fails with Linux's error and the old
 *    image runs on; brk grows zeroed, shrinks, regrows; then it execs
 *    /bin/args from user space, whose status is the one we see;
 *  - /bin/syscalls (KTAP) passes on this kernel as on Linux;
 *  - the launcher's own refusals (-ENOENT, -ENOEXEC);
 *  - every page comes back after the programs exit (free pages with the
 *    slab caches shrunk and the per-cpu lists drained, before and after).
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include "../common/buddyinfo.h"
#include "user_prog.h"

static void test_area_list(struct ktest *t)
{
	struct mm_struct *mm = mm_alloc();
	static const unsigned long range[3][2] = {
		{ 0x20000, 0x22000 }, { 0x8000, 0x9000 }, { 0x40000, 0x48000 },
	};
	struct vm_area_struct *v[4];
	int i;

	ASSERT_TRUE(t, mm != NULL);
	for (i = 0; i < 4; i++) {
		v[i] = vm_area_alloc(mm);
		ASSERT_TRUE(t, v[i] != NULL);
		v[i]->vm_flags = VM_READ | VM_WRITE;
		v[i]->vm_page_prot = vm_get_page_prot(v[i]->vm_flags);
	}
	for (i = 0; i < 3; i++) {
		v[i]->vm_start = range[i][0];
		v[i]->vm_end = range[i][1];
		EXPECT_EQ(t, insert_vm_struct(mm, v[i]), 0);
	}
	v[3]->vm_start = 0x21000;	/* overlaps v[0] */
	v[3]->vm_end = 0x30000;
	EXPECT_EQ(t, insert_vm_struct(mm, v[3]), -ENOMEM);
	vm_area_free(v[3]);
	EXPECT_EQ(t, mm->map_count, 3);
	EXPECT_EQ(t, (long)mm->total_vm, 1 + 2 + 8);
	EXPECT_PTR_EQ(t, mm->mmap, v[1]);
	EXPECT_PTR_EQ(t, v[1]->vm_next, v[0]);
	EXPECT_PTR_EQ(t, v[0]->vm_next, v[2]);
	EXPECT_PTR_EQ(t, v[2]->vm_prev, v[0]);
	EXPECT_PTR_EQ(t, find_vma(mm, 0), v[1]);
	EXPECT_PTR_EQ(t, find_vma(mm, 0x9000), v[0]);
	EXPECT_PTR_EQ(t, find_vma(mm, 0x21fff), v[0]);
	EXPECT_PTR_EQ(t, find_vma(mm, 0x22000), v[2]);
	EXPECT_PTR_EQ(t, find_vma(mm, 0x48000), NULL);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, 0x9000, 0x20000), NULL);
	EXPECT_PTR_EQ(t, find_vma_intersection(mm, 0x9000, 0x20001), v[0]);
	EXPECT_EQ(t, populate_vma_range(v[2], 0x40000, 0x42000), 0);
	EXPECT_TRUE(t, mm_user_page(mm, 0x41000) != NULL);
	EXPECT_TRUE(t, mm_user_page(mm, 0x42000) == NULL);
	exit_mmap(mm);
	EXPECT_PTR_EQ(t, mm->mmap, NULL);
	EXPECT_EQ(t, mm->map_count, 0);
	EXPECT_TRUE(t, mm_user_page(mm, 0x41000) == NULL);
	mmput(mm);
}

static void test_hello(struct ktest *t)
{
	static const char *const argv[] = { "hello", NULL };

	EXPECT_EQ_HEX(t, run("/bin/hello", argv, NULL), 0);
	EXPECT_TRUE(t, strstr(tail, "hello, world\n") != NULL);
}

static void expect_line(struct ktest *t, const char *line)
{
	if (!strstr(tail, line)) {
		ktest_info(t, "missing: %s", line);
		EXPECT_TRUE(t, false);
	}
}

static void test_args(struct ktest *t)
{
	static const char *const argv[] = { "args", "one", "two words", NULL };
	static const char *const envp[] = { "K=V", "EMPTY=", NULL };
	struct elf_image img;
	const void *data;
	size_t size;
	char line[64];

	ASSERT_EQ(t, initramfs_lookup("/bin/args", &data, &size), 0);
	ASSERT_EQ(t, elf_check(data, size, &img), 0);
	EXPECT_EQ_HEX(t, run("/bin/args", argv, envp), 0);
	expect_line(t, "argc=3\n");
	expect_line(t, "argv[0]=args\n");
	expect_line(t, "argv[1]=one\n");
	expect_line(t, "argv[2]=two words\n");
	expect_line(t, "envp[0]=K=V\n");
	expect_line(t, "envp[1]=EMPTY=\n");
	snprintf(line, sizeof(line), "AT_PHDR=0x%x\n", img.phdr);
	expect_line(t, line);
	snprintf(line, sizeof(line), "AT_PHNUM=0x%x\n", img.phnum);
	expect_line(t, line);
	snprintf(line, sizeof(line), "AT_ENTRY=0x%x\n", img.entry);
	expect_line(t, line);
	snprintf(line, sizeof(line), "AT_HWCAP=0x%x\n", ELF_HWCAP);
	expect_line(t, line);
	expect_line(t, "AT_PHENT=0x20\n");
	expect_line(t, "AT_PAGESZ=0x1000\n");
	expect_line(t, "AT_RANDOM=0xbefff");	/* just under the strings, below TASK_SIZE */
	expect_line(t, "args: ok\n");
}

static void test_execfail(struct ktest *t)
{
	static const char *const argv[] = { "execfail", NULL };
	static const char *const envp[] = { "HOME=/", NULL };

	EXPECT_EQ_HEX(t, run("/bin/execfail", argv, envp), 0);
	expect_line(t, "# execfail: 17 passed, 0 failed\n");
	EXPECT_TRUE(t, strstr(tail, "not ok") == NULL);
	/* then execve("/bin/args") from user space replaced it */
	expect_line(t, "argv[0]=args\nargv[1]=from-execve\nenvp[0]=EXECFAIL=1\n");
	expect_line(t, "args: ok\n");
}

static void test_syscalls(struct ktest *t)
{
	static const char *const argv[] = { "syscalls", NULL };

	EXPECT_EQ_HEX(t, run("/bin/syscalls", argv, NULL), 0);
	expect_line(t, "# syscalls: 9 passed, 0 failed\n");
	EXPECT_TRUE(t, strstr(tail, "not ok") == NULL);
}

static void test_launcher_refusals(struct ktest *t)
{
	static const char *const argv[] = { "x", NULL };
	int err;

	EXPECT_PTR_EQ(t, exec_task_start("/bin/nothere", argv, NULL, &err), NULL);
	EXPECT_EQ(t, err, -ENOENT);
	EXPECT_PTR_EQ(t, exec_task_start("/etc/motd", argv, NULL, &err), NULL);
	EXPECT_EQ(t, err, -ENOEXEC);
	EXPECT_EQ(t, kernel_execve_task("/bin", argv, NULL), -ENOENT);
}

static void test_every_page_back(struct ktest *t)
{
	static const char *const hello[] = { "hello", NULL };
	static const char *const execfail[] = { "execfail", NULL };
	unsigned long before, after;

	run("/bin/hello", hello, NULL);	/* warm: the caches exist */
	before = settled_free_pages();
	EXPECT_EQ(t, run("/bin/hello", hello, NULL), 0);
	EXPECT_EQ(t, run("/bin/execfail", execfail, NULL), 0);
	after = settled_free_pages();
	EXPECT_EQ(t, (long)after, (long)before);
}

static const struct ktest_case exec_cases[] = {
	KTEST_CASE(test_area_list),
	KTEST_CASE(test_hello),
	KTEST_CASE(test_args),
	KTEST_CASE(test_execfail),
	KTEST_CASE(test_syscalls),
	KTEST_CASE(test_launcher_refusals),
	KTEST_CASE(test_every_page_back),
};
KTEST_SUITE(exec_suite, "exec", exec_cases);
