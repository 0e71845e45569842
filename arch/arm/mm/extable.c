// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's exception table (seed document 001, section 3.4.3; Linux
 * kernel/extable.c, lib/extable.c and arch/arm/mm/extable.c).
 *
 * Every load or store that may fault on purpose (arch/arm/lib/probe.S,
 * copy_nofault.S) adds an (insn, fixup) pair to the __ex_table section.
 * The linker concatenates the pairs in link order, so the table arrives
 * unsorted. sort_main_extable() sorts it by insn once, early in
 * setup_arch() (the table lives in .rodata, which paging_init() makes
 * read-only), and from then on a lookup is a binary search:
 * O(log n) in the fault path however many users the table grows.
 *
 * Invariant after boot: __start___ex_table[i].insn <= [i + 1].insn.
 */
#include <asm/extable.h>
#include <asm/ptrace.h>

/*
 * An insertion sort: the table has a few dozen entries at most and is
 * sorted once. Stable: equal insns keep their order, and the search
 * finds the first of them.
 */
void sort_extable(struct exception_table_entry *start, struct exception_table_entry *end)
{
	struct exception_table_entry *p, *q, tmp;

	for (p = start + 1; p < end; p++) {
		tmp = *p;
		for (q = p; q > start && q[-1].insn > tmp.insn; q--)
			*q = q[-1];
		*q = tmp;
	}
}

void sort_main_extable(void)
{
	/* The section is read-only to C (.rodata); writable until paging_init. */
	sort_extable((struct exception_table_entry *)__start___ex_table,
		     (struct exception_table_entry *)__stop___ex_table);
}

/*
 * A lower-bound binary search: find the first entry with insn >= value,
 * then check it is equal. Invariant: entries before lo are < value, from
 * hi on >= value.
 */
const struct exception_table_entry *search_extable(const struct exception_table_entry *first,
						   unsigned long num, unsigned long value)
{
	unsigned long lo = 0, hi = num;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;

		if (first[mid].insn < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < num && first[lo].insn == value)
		return &first[lo];
	return NULL;
}

const struct exception_table_entry *search_exception_tables(unsigned long addr)
{
	return search_extable(__start___ex_table, __stop___ex_table - __start___ex_table, addr);
}

int fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e = search_exception_tables(regs->ARM_pc);

	if (!e)
		return 0;
	regs->ARM_pc = e->fixup;
	return 1;
}
