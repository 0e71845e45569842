// SPDX-License-Identifier: GPL-2.0
/*
 * faultwalk: the program docs/gdb-walkthrough.md steps through in GDB.
 * Each step below takes one page fault of a kind the walk-through
 * explains (seed document 001, sections 3.4.3-3.4.4 and 3.5.1), in this
 * order:
 *
 *  1. first_touch: the first write to a fresh anonymous page (mmap gave
 *     an area, no page): a page translation fault, which
 *     do_anonymous_page serves with a new zeroed page.
 *  2. cow_write: after fork, the child writes that page, which fork left
 *     read-only in both processes: a page permission fault, which
 *     do_wp_page serves with a copy for the child. The parent keeps its
 *     own value.
 *  3. bad_buffer: write(2) from an address where nothing is mapped: the
 *     kernel's copy_from_user faults, do_page_fault finds no area, and
 *     fixup_exception resumes the copy at its fixup. The system call
 *     fails with EFAULT; no signal, no Oops.
 *
 * The step functions are noinline so that `break first_touch` and
 * friends stop right before each fault. Exit status 0 when all three
 * behaved so; it runs on Linux (qemu-arm) too.
 */
#include "lib/ulib.h"

#define PAGE		4096
#define UNMAPPED	((const void *)0x10)	/* never mapped: below the program */

static void __attribute__((noinline)) first_touch(volatile int *page)
{
	*page = 42;
}

static void __attribute__((noinline)) cow_write(volatile int *page)
{
	*page = 43;
}

static long __attribute__((noinline)) bad_buffer(void)
{
	return write(STDOUT_FILENO, UNMAPPED, 4);
}

static int fork_and_write(volatile int *page)
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return 0;
	if (pid == 0) {
		cow_write(page);
		_exit(*page == 43 ? 0 : 1);
	}
	if (waitpid(pid, &status, 0) != pid || status != 0)
		return 0;
	return *page == 42;		/* the parent's copy is untouched */
}

int main(int argc, char **argv, char **envp)
{
	volatile int *page = mmap(0, PAGE, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long r;

	if (page == MAP_FAILED)
		return 1;
	first_touch(page);
	printf("faultwalk: first_touch: the new page reads %d\n", *page);
	if (!fork_and_write(page)) {
		printf("faultwalk: cow_write: the child's write was not its own\n");
		return 1;
	}
	printf("faultwalk: cow_write: the child wrote 43, the parent still reads %d\n", *page);
	r = bad_buffer();
	printf("faultwalk: bad_buffer: write(2) returned %ld, errno %d (EFAULT is %d)\n",
	       r, errno, EFAULT);
	return r == -1 && errno == EFAULT ? 0 : 1;
}
