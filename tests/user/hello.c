// SPDX-License-Identifier: GPL-2.0
/*
 * hello: the smallest program: one write to stdout, exit status 0.
 */
#include "lib/ulib.h"

int main(int argc, char **argv, char **envp)
{
	static const char msg[] = "hello, world\n";

	return write(STDOUT_FILENO, msg, sizeof(msg) - 1) == sizeof(msg) - 1 ? 0 : 1;
}
