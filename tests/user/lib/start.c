// SPDX-License-Identifier: GPL-2.0
/*
 * __libc_start_main: called by _start (crt0.S) with the initial stack's
 * argc, argv and envp; records environ and the auxiliary vector (just
 * past envp's NULL), runs main and exits with its result.
 */
#include "ulib.h"

char **environ;
unsigned long *__auxv;

int main(int argc, char **argv, char **envp);
void __attribute__((noreturn)) __libc_start_main(int argc, char **argv, char **envp);

void __libc_start_main(int argc, char **argv, char **envp)
{
	char **p = envp;

	environ = envp;
	while (*p)
		p++;
	__auxv = (unsigned long *)(p + 1);
	exit(main(argc, argv, envp));
}

unsigned long getauxval(unsigned long type)
{
	unsigned long *a;

	for (a = __auxv; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	for (e = environ; e && *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}
