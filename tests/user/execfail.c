// SPDX-License-Identifier: GPL-2.0
/*
 * execfail: execve's refusals and brk, seen from a program (issue 6).
 * Each bad execve (a missing path, a file that is not ELF, bad pointers
 * for the path, argv and its strings, too many arguments, and broken
 * executables: truncated, another machine's, a segment in kernel space,
 * overlapping segments) must fail with Linux's error and leave this
 * program running, its memory as it was. Then brk grows (the new
 * memory reads as zero), shrinks, refuses to go below its start, and
 * regrows zeroed. Prints KTAP; at the end, if everything passed, execs
 * /bin/args with "from-execve", whose exit status becomes ours. Needs
 * the kernel's initramfs (/etc/motd is a text file there).
 */
#include "lib/ulib.h"

static int n, failed;

static void result(int ok, const char *name, long got)
{
	n++;
	if (!ok) {
		failed++;
		printf("# %s: got %ld\n", name, got);
	}
	printf("%sok %d %s\n", ok ? "" : "not ", n, name);
}

static long sys_execve(const void *path, const void *argv, const void *envp)
{
	return __syscall3(__NR_execve, path, argv, envp);
}

static int all_zero(const unsigned char *p, unsigned long len)
{
	unsigned long i;

	for (i = 0; i < len; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(int argc, char **argv, char **envp)
{
	static char *many[70];
	char *good_argv[] = { "execfail", 0 };
	char *bad_str_argv[] = { "execfail", (char *)0xc0000000, 0 };
	char *args_argv[] = { "args", "from-execve", 0 };
	char *args_envp[] = { "EXECFAIL=1", 0 };
	unsigned long b0, b, len = 3 * 4096 + 100;
	unsigned char *heap;
	long r;
	int i;

	static const struct {
		const char *path;
		long err;
	} bad_elf[] = {		/* tools/mkbadelf.py */
		{ "/bad/truncated", -EINVAL },
		{ "/bad/wrong-machine", -ENOEXEC },
		{ "/bad/kernel-seg", -EINVAL },
		{ "/bad/overlap", -EINVAL },
	};
	static volatile int canary = 0x1234;

	printf("KTAP version 1\n1..17\n");
	r = sys_execve("/bin/nothere", good_argv, envp);
	result(r == -ENOENT, "missing_path_enoent", r);
	r = sys_execve("/etc/motd", good_argv, envp);
	result(r == -ENOEXEC, "text_file_enoexec", r);
	r = sys_execve((void *)0xc0000000, good_argv, envp);
	result(r == -EFAULT, "kernel_path_pointer_efault", r);
	r = sys_execve(0, good_argv, envp);
	result(r == -EFAULT, "null_path_efault", r);
	r = sys_execve("/bin/hello", (void *)0x4, envp);
	result(r == -EFAULT, "bad_argv_efault", r);
	r = sys_execve("/bin/hello", bad_str_argv, envp);
	result(r == -EFAULT, "bad_argv_string_efault", r);
	for (i = 0; i < 69; i++)
		many[i] = "x";
	r = sys_execve("/bin/hello", many, envp);
	result(r == -E2BIG, "too_many_args_e2big", r);
	for (i = 0; i < 4; i++) {
		r = sys_execve(bad_elf[i].path, good_argv, envp);
		printf("# %s\n", bad_elf[i].path);
		result(r == bad_elf[i].err, "bad_elf_refused", r);
	}
	result(canary == 0x1234, "old_image_intact", canary);

	b0 = sys_brk(0);
	b = sys_brk(b0 + len);
	heap = (unsigned char *)b0;
	result(b == b0 + len && all_zero(heap, len), "brk_grows_zeroed", (long)(b - b0));
	for (i = 0; i < (int)len; i++)
		heap[i] = 0x5a;
	b = sys_brk(b0);
	result(b == b0, "brk_shrinks", (long)(b - b0));
	b = sys_brk(4096);
	result(b == b0, "brk_below_start_refused", (long)b);
	b = sys_brk(b0 + len);
	result(b == b0 + len && all_zero(heap, len), "brk_regrows_zeroed", (long)(b - b0));
	sys_brk(b0);
	result(argc >= 1 && !strcmp(argv[0], "execfail"), "still_running_after_failures", argc);
	printf("# execfail: %d passed, %d failed\n", n - failed, failed);
	if (failed)
		return 1;
	r = sys_execve("/bin/args", args_argv, args_envp);
	printf("# execve /bin/args returned %ld\n", r);
	return 2;
}
