// SPDX-License-Identifier: GPL-2.0
/*
 * forkbench [N] [KIB]: touches KIB KiB of heap (1024 by default), then N
 * times forks a child that exits at once and waits for it. Prints
 * nothing: the kernel's `bench fork_exit_wait_1m` times it for two N and
 * takes the difference. Exit status 0, or 1 if a fork or wait failed.
 */
#include "lib/ulib.h"

int main(int argc, char **argv, char **envp)
{
	long n = argc > 1 ? atol(argv[1]) : 1;
	long kib = argc > 2 ? atol(argv[2]) : 1024;
	char *heap = malloc(kib * 1024);
	long i;

	if (!heap)
		return 1;
	memset(heap, 0x42, kib * 1024);
	for (i = 0; i < n; i++) {
		int status;
		pid_t pid = fork();

		if (pid == 0)
			_exit(0);
		if (pid < 0 || wait4(pid, &status, 0, NULL) != pid || status)
			return 1;
	}
	return 0;
}
