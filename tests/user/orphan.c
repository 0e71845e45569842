// SPDX-License-Identifier: GPL-2.0
/*
 * orphan: leaves a child behind, asleep for ever, and exits.
 *
 * For the GDB helper tests (tests/gdb/proc-helpers.sh): the monitor's
 * cmd= runs before /init, so `run orphan` is how a user process can
 * still be alive while the monitor's ps, maps and pte (and GDB's kps,
 * kvmas and kpte) look at it. The child gives itself a known layout
 * first: a heap page and an anonymous mapping, a written page (touched,
 * present and dirty) beside a never touched one (untouched: in an area,
 * no pte), and one system call with a bad pointer (write from address
 * 0x10: -EFAULT through the exception table's fixup, a kernel abort).
 * It tells the parent it is ready through a pipe, then blocks reading a
 * pipe it holds both ends of; the parent exits once told, and the
 * child, reparented to init, stays until poweroff.
 *
 * Exits 0 when the child said it was ready, 1 otherwise.
 */
#include "lib/ulib.h"

/* Page-aligned and page-sized, so the test can name each page by its symbol. */
char touched[4096] __attribute__((aligned(4096)));
char untouched[4096] __attribute__((aligned(4096)));

static void __attribute__((noreturn)) child(int ready)
{
	int hold[2];
	char c = 'r', *heap = sbrk(4096);
	char *anon = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	touched[0] = 1;
	if (heap != (char *)-1)
		heap[0] = 1;
	if (anon != MAP_FAILED)
		anon[0] = 1;
	/* A kernel fault the fixup resolves: the call returns -1, errno EFAULT. */
	if (write(STDOUT_FILENO, (const void *)0x10, 5) != -1 || errno != EFAULT)
		c = 'f';
	if (pipe(hold) || write(ready, &c, 1) != 1)
		_exit(1);
	for (;;)
		read(hold[0], &c, 1);	/* nobody else writes: sleeps until killed */
}

int main(int argc, char **argv, char **envp)
{
	int fds[2];
	char c = 0;
	pid_t pid;

	if (pipe(fds))
		return 1;
	pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		close(fds[0]);
		child(fds[1]);
	}
	close(fds[1]);
	if (read(fds[0], &c, 1) != 1 || c != 'r') {
		printf("orphan: the child was not ready (%c)\n", c ? c : '0');
		return 1;
	}
	printf("orphan: child %d asleep\n", pid);
	return 0;
}
