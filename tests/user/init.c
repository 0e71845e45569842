// SPDX-License-Identifier: GPL-2.0
/*
 * /init: PID 1. Its job (issue 6) is to run the command line's `init=`
 * program, or else each test program in turn, reaping every child and any
 * orphan re-parented to it, and never exit. fork and execve are not
 * there yet, so for now it only says who it is and exits; the loop below
 * is what it will become once they are.
 */
#include "lib/ulib.h"

int main(int argc, char **argv, char **envp)
{
	printf("init: pid %d, %d argument(s); fork/exec pending, exiting\n", getpid(), argc);
	/*
	 * Pending fork/exec:
	 *	for each program P (init= or /bin/<tests>):
	 *		pid = fork(); if (!pid) execve(P, argv, envp), _exit(127);
	 *		wait4(-1, &status, 0, NULL) until every child is reaped
	 *	then loop on wait4(-1, ...) for orphans, forever.
	 */
	return 0;
}
