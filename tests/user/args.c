// SPDX-License-Identifier: GPL-2.0
/*
 * args: prints what the kernel put on the initial stack (argc, argv, envp
 * and the auxiliary vector entries a static binary gets), one "key=value"
 * line each, for a runner to compare; then checks the auxv entries that
 * can be checked from inside and ends with "args: ok" or "args: FAIL".
 */
#include "lib/ulib.h"

extern char _start[];

static const struct {
	unsigned long type;
	const char *name;
} aux[] = {
	{ AT_PHDR, "AT_PHDR" },	    { AT_PHENT, "AT_PHENT" },	{ AT_PHNUM, "AT_PHNUM" },
	{ AT_PAGESZ, "AT_PAGESZ" }, { AT_ENTRY, "AT_ENTRY" },	{ AT_RANDOM, "AT_RANDOM" },
	{ AT_HWCAP, "AT_HWCAP" },
};

int main(int argc, char **argv, char **envp)
{
	const unsigned char *phdr = (const unsigned char *)getauxval(AT_PHDR);
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	int i, bad = 0;

	printf("argc=%d\n", argc);
	for (i = 0; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	if (argv[argc])
		bad |= printf("argv[argc] is not NULL\n");
	for (i = 0; envp[i]; i++)
		printf("envp[%d]=%s\n", i, envp[i]);
	for (i = 0; i < (int)(sizeof(aux) / sizeof(aux[0])); i++)
		printf("%s=0x%lx\n", aux[i].name, getauxval(aux[i].type));

	if (getauxval(AT_ENTRY) != (unsigned long)_start)
		bad |= printf("AT_ENTRY is not _start (%p)\n", _start);
	if (getauxval(AT_PAGESZ) != 4096)
		bad |= printf("AT_PAGESZ is not 4096\n");
	if (getauxval(AT_PHENT) != 32)
		bad |= printf("AT_PHENT is not 32\n");
	/* AT_PHDR points at our own program headers: the first is PT_LOAD (1) */
	if (!phdr || getauxval(AT_PHNUM) < 2 || phdr[0] != 1)
		bad |= printf("AT_PHDR does not point at the program headers\n");
	if (!rnd)
		bad |= printf("AT_RANDOM is missing\n");
	else
		printf("random=%02x%02x%02x%02x...\n", rnd[0], rnd[1], rnd[2], rnd[3]);
	printf("args: %s\n", bad ? "FAIL" : "ok");
	return bad ? 1 : 0;
}
