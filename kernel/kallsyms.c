// SPDX-License-Identifier: GPL-2.0
/*
 * Symbol lookup for Oops reports and backtraces. The table is generated at
 * link time by tools/kallsyms.py (see the Makefile): addresses sorted
 * ascending, each with the offset of its name.
 */
#include <kernel/kallsyms.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

extern const unsigned long kallsyms_num;
extern const unsigned long kallsyms_addresses[];
extern const unsigned long kallsyms_offsets[];
extern const char kallsyms_names[];
extern char _text[], _etext[];

const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset)
{
	unsigned long lo = 0, hi = kallsyms_num, end;

	if (addr < (unsigned long)_text || addr >= (unsigned long)_etext || !kallsyms_num ||
	    addr < kallsyms_addresses[0])
		return NULL;
	while (hi - lo > 1) {	/* the last entry <= addr */
		unsigned long mid = lo + (hi - lo) / 2;

		if (kallsyms_addresses[mid] <= addr)
			lo = mid;
		else
			hi = mid;
	}
	end = (unsigned long)_etext;
	for (hi = lo + 1; hi < kallsyms_num; hi++) {	/* skip aliases */
		if (kallsyms_addresses[hi] > kallsyms_addresses[lo]) {
			end = kallsyms_addresses[hi];
			break;
		}
	}
	if (size)
		*size = end - kallsyms_addresses[lo];
	if (offset)
		*offset = addr - kallsyms_addresses[lo];
	return kallsyms_names + kallsyms_offsets[lo];
}

unsigned long kallsyms_lookup_name(const char *name)
{
	unsigned long i;

	for (i = 0; i < kallsyms_num; i++)
		if (!strcmp(kallsyms_names + kallsyms_offsets[i], name))
			return kallsyms_addresses[i];
	return 0;
}

static int __sprint_symbol(char *buf, size_t size, unsigned long addr, unsigned long bias)
{
	unsigned long symsize, offset;
	const char *name = kallsyms_lookup(addr - bias, &symsize, &offset);

	if (!name)
		return scnprintf(buf, size, "0x%08lx", addr);
	return scnprintf(buf, size, "%s+0x%lx/0x%lx", name, offset + bias, symsize);
}

int sprint_symbol(char *buf, size_t size, unsigned long addr)
{
	return __sprint_symbol(buf, size, addr, 0);
}

int sprint_backtrace(char *buf, size_t size, unsigned long addr)
{
	return __sprint_symbol(buf, size, addr, 1);
}
