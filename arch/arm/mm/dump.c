// SPDX-License-Identifier: GPL-2.0
/*
 * The `pte ADDR [PID]` monitor command: walk swapper_pg_dir (or, with
 * PID, that process's pgd) for ADDR the way the MMU and the kernel would,
 * and decode every entry on the way (the pgd pair, then for a table the
 * Linux pte and the hardware pte the MMU reads; arm-facts.md §1.2-1.5 and
 * §7.2 give the bits). GDB's `kpte` (tools/gdb/klib/pgtable.py) prints
 * the same lines from the same tables: keep the two in step.
 */
#include <kernel/monitor.h>
#include <kernel/mm_types.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <asm/pgtable.h>

/* AP[2:0] with SCTLR.AFE = 0 (arm-facts.md §1.4). */
static const char *const ap_names[8] = {
	"no access", "kernel RW", "kernel RW, user RO", "RW",
	"reserved",  "kernel RO", "RO (deprecated)",	"RO",
};

/* The TEX remap index {TEX[0], C, B} with Linux's PRRR/NMRR (arm-facts.md §1.5). */
static const char *const remap_names[8] = {
	"strongly ordered",
	"normal non-cacheable",
	"normal write-through",
	"normal write-back",
	"device",
	"(unused 5)",
	"(reserved 6)",
	"normal write-back, write-allocate",
};

static void print_l1(unsigned long idx, u32 e)
{
	console_printf("  L1[0x%03lx] = 0x%08x: ", idx, e);
	switch (e & PMD_TYPE_MASK) {
	case PMD_TYPE_FAULT:
		console_printf("fault (unmapped)\n");
		break;
	case PMD_TYPE_TABLE:
		console_printf("table at 0x%08x, domain %u\n", e & ~0x3ffU,
			       (e & PMD_DOMAIN_MASK) >> 5);
		break;
	case PMD_TYPE_SECT: {
		unsigned int ap = ((e & PMD_SECT_APX) ? 4 : 0) | ((e >> 10) & 3);
		unsigned int mt = ((e >> 12) & 1) << 2 | ((e >> 2) & 3);

		if (e & PMD_SECT_SUPER) {
			console_printf("supersection 0x%08x\n", e & SUPERSECTION_MASK);
			break;
		}
		console_printf(
			"section 0x%08x, domain %u, AP %u%u%u (%s)%s, TEX %u C %u B %u (%s)%s%s\n",
			(u32)(e & SECTION_MASK), (e & PMD_DOMAIN_MASK) >> 5, ap >> 2, (ap >> 1) & 1,
			ap & 1, ap_names[ap], (e & PMD_SECT_XN) ? ", XN" : "", (e >> 12) & 7,
			(e >> 3) & 1, (e >> 2) & 1, remap_names[mt], (e & PMD_SECT_S) ? ", S" : "",
			(e & PMD_SECT_nG) ? ", nG" : "");
		break;
	}
	default:
		console_printf("reserved (faults)\n");
		break;
	}
}

static const char *const mt_names[16] = {
	"uncached",	 "bufferable", "writethrough", "writeback", "dev_shared", "mt5",
	"minicache",	 "writealloc", "mt8",	       "dev_wc",    "mt10",	  "dev_cached",
	"dev_nonshared", "mt13",       "mt14",	       "vectors",
};

static void print_linux_pte(pteval_t v)
{
	static const struct {
		pteval_t bit;
		const char *name;
	} bits[] = {
		{ L_PTE_PRESENT, "present" }, { L_PTE_YOUNG, "young" }, { L_PTE_DIRTY, "dirty" },
		{ L_PTE_RDONLY, "rdonly" },   { L_PTE_USER, "user" },	{ L_PTE_XN, "xn" },
		{ L_PTE_SHARED, "shared" },   { L_PTE_NONE, "none" },
	};
	unsigned int i;

	if (!v) { /* pte_none: no pfn, no memory type to speak of */
		console_printf("  Linux pte = 0x%08x: none\n", v);
		return;
	}
	console_printf("  Linux pte = 0x%08x: pfn 0x%05x", v, v >> PAGE_SHIFT);
	for (i = 0; i < ARRAY_SIZE(bits); i++)
		if (v & bits[i].bit)
			console_printf(" %s", bits[i].name);
	console_printf(" mt=%s\n", mt_names[(v & L_PTE_MT_MASK) >> 2]);
}

static void print_hw_pte(u32 e)
{
	unsigned int ap, mt;

	console_printf("  h/w   pte = 0x%08x: ", e);
	if (!e) {
		console_printf("none\n");
		return;
	}
	if (!(e & PTE_TYPE_MASK)) {
		console_printf("fault (not present, old or PROT_NONE)\n");
		return;
	}
	if ((e & PTE_TYPE_MASK) == PTE_TYPE_LARGE) {
		console_printf("large page 0x%08x\n", e & LARGE_PAGE_MASK);
		return;
	}
	ap = ((e & PTE_EXT_APX) ? 4 : 0) | ((e >> 4) & 3);
	mt = ((e >> 6) & 1) << 2 | ((e >> 2) & 3);
	console_printf("small page 0x%08x, AP %u%u%u (%s)%s, TEX %u C %u B %u (%s)%s%s\n",
		       (u32)(e & PAGE_MASK), ap >> 2, (ap >> 1) & 1, ap & 1, ap_names[ap],
		       (e & PTE_EXT_XN) ? ", XN" : "", (e >> 6) & 7, (e >> 3) & 1, (e >> 2) & 1,
		       remap_names[mt], (e & PTE_EXT_SHARED) ? ", S" : "",
		       (e & PTE_EXT_NG) ? ", nG" : "");
}

/* Walks the L1 table pgd_base for addr and prints each level; returns whether addr is mapped. */
static bool dump_pte(pgd_t *pgd_base, unsigned long addr)
{
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	pmd_t *pmd = pmd_section(pgd, addr);
	unsigned long first = (addr >> SECTION_SHIFT) & ~1UL;
	u32 e = pmd_val(*pmd);

	console_printf("[%08lx] pgd[%lu] at %p = { 0x%08x, 0x%08x }\n", addr, pgd_index(addr),
		       (void *)pgd, pgd->pgd[0], pgd->pgd[1]);
	print_l1(first, pgd->pgd[0]);
	print_l1(first + 1, pgd->pgd[1]);
	if ((e & PMD_TYPE_MASK) == PMD_TYPE_SECT && (e & PMD_SECT_SUPER)) {
		/* 16 MiB: the base's bits [39:32] (LPAE physical) are not shown. */
		console_printf("  phys 0x%08lx (supersection)\n",
			       (unsigned long)(e & SUPERSECTION_MASK) | (addr & ~SUPERSECTION_MASK));
		return true;
	}
	if ((e & PMD_TYPE_MASK) == PMD_TYPE_SECT) {
		console_printf("  phys 0x%08lx (section)\n",
			       (unsigned long)(e & SECTION_MASK) | (addr & ~SECTION_MASK));
		return true;
	}
	if ((e & PMD_TYPE_MASK) == PMD_TYPE_TABLE) {
		phys_addr_t table = e & PAGE_MASK;
		pte_t *ptep;
		u32 hw;

		if (table < PHYS_OFFSET || table - PHYS_OFFSET >= BOARD_RAM_MAX) {
			console_printf("  pte page at 0x%08x is outside RAM\n", table);
			return false;
		}
		ptep = (pte_t *)__va(table) + pte_index(addr);
		hw = *pte_hw(ptep);
		console_printf("  pte at %p (h/w at %p)\n", (void *)ptep, (void *)pte_hw(ptep));
		print_linux_pte(pte_val(*ptep));
		print_hw_pte(hw);
		if (hw & PTE_TYPE_MASK) {
			/* A 64 KiB large page keeps 16 bits of the address, a small page 12. */
			unsigned long mask = (hw & PTE_TYPE_MASK) == PTE_TYPE_LARGE ?
						     LARGE_PAGE_MASK : PAGE_MASK;

			console_printf("  phys 0x%08lx (page)\n",
				       (unsigned long)(hw & mask) | (addr & ~mask));
			return true;
		}
		return false;
	}
	return false;
}

/* `pte ADDR PID`: the walk runs under for_each_task, so the mm cannot go meanwhile. */
struct pte_req {
	unsigned long addr;
	long pid;
	bool found, walked;
};

static void pte_one(struct task_struct *p, void *arg)
{
	struct pte_req *r = arg;

	if (p->pid != r->pid)
		return;
	r->found = true;
	if (!p->mm) {
		console_printf("%ld (%s) has no user address space\n", r->pid, p->comm);
		return;
	}
	dump_pte(p->mm->pgd, r->addr);
	r->walked = true;
}

static int cmd_pte(int argc, char **argv)
{
	struct pte_req r = { 0 };

	if (argc < 2 || argc > 3 || kstrtoul(argv[1], 16, &r.addr) ||
	    (argc == 3 && kstrtol(argv[2], 0, &r.pid))) {
		console_printf("usage: pte ADDR [PID] (hexadecimal virtual address, e.g. "
			       "pte c0008000; PID: walk that process's page tables)\n");
		return 1;
	}
	if (argc == 2) {
		dump_pte(swapper_pg_dir, r.addr);
		return 0;
	}
	for_each_task(pte_one, &r);
	if (!r.found) {
		console_printf("pte: %ld: no such process\n", r.pid);
		return 1;
	}
	return r.walked ? 0 : 1;
}
MONITOR_COMMAND("pte", "ADDR [PID]",
		"walk swapper_pg_dir (or PID's pgd) for ADDR, decode each entry", cmd_pte);
