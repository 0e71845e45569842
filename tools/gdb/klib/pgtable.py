# SPDX-License-Identifier: GPL-2.0
"""Page-table walks: kpte, the GDB side of the monitor's `pte ADDR [PID]`.

The lines are those of arch/arm/mm/dump.c, so that the test can diff the
two (tests/gdb/proc-helpers.sh); change both together. The bit numbers
are the kernel's macros (arch/arm/include/asm/pgtable-hwdef.h and
pgtable-2level.h; arm-facts.md §1 and §7): GDB sees no macros, so they
are repeated here.
"""

import gdb

from klib import core, task
from klib.core import KernelError

SECTION_SHIFT = 20
SECTION_MASK = ~((1 << SECTION_SHIFT) - 1) & 0xffffffff
PAGE_MASK = ~(core.PAGE_SIZE - 1) & 0xffffffff
PGDIR_SHIFT = 21
PTRS_PER_PTE = 512
PTE_HWTABLE_OFF = PTRS_PER_PTE * 4	# the hardware tables follow the Linux ones

# L1 (pmd) bits.
PMD_TYPE_MASK, PMD_TYPE_FAULT, PMD_TYPE_TABLE, PMD_TYPE_SECT = 3, 0, 1, 2
PMD_DOMAIN_MASK = 0xf << 5
PMD_SECT_XN, PMD_SECT_APX, PMD_SECT_S, PMD_SECT_NG, PMD_SECT_SUPER = \
	1 << 4, 1 << 15, 1 << 16, 1 << 17, 1 << 18
# L2 (hardware pte) bits.
PTE_TYPE_MASK, PTE_TYPE_LARGE = 3, 1
PTE_EXT_XN, PTE_EXT_APX, PTE_EXT_SHARED, PTE_EXT_NG = 1 << 0, 1 << 9, 1 << 10, 1 << 11
# Linux pte bits, in dump.c's order.
L_PTE_BITS = [(1 << 0, 'present'), (1 << 1, 'young'), (1 << 6, 'dirty'), (1 << 7, 'rdonly'),
	      (1 << 8, 'user'), (1 << 9, 'xn'), (1 << 10, 'shared'), (1 << 11, 'none')]
L_PTE_MT_MASK = 0xf << 2

# AP[2:0] with SCTLR.AFE = 0 (arm-facts.md §1.4).
AP_NAMES = ['no access', 'kernel RW', 'kernel RW, user RO', 'RW',
	    'reserved', 'kernel RO', 'RO (deprecated)', 'RO']
# The TEX remap index {TEX[0], C, B} with Linux's PRRR/NMRR (§1.5).
REMAP_NAMES = ['strongly ordered', 'normal non-cacheable', 'normal write-through',
	       'normal write-back', 'device', '(unused 5)', '(reserved 6)',
	       'normal write-back, write-allocate']
MT_NAMES = ['uncached', 'bufferable', 'writethrough', 'writeback', 'dev_shared', 'mt5',
	    'minicache', 'writealloc', 'mt8', 'dev_wc', 'mt10', 'dev_cached',
	    'dev_nonshared', 'mt13', 'mt14', 'vectors']


def ap_text(ap):
	return f'AP {ap >> 2}{(ap >> 1) & 1}{ap & 1} ({AP_NAMES[ap]})'


def l1_text(e):
	kind = e & PMD_TYPE_MASK
	if kind == PMD_TYPE_FAULT:
		return 'fault (unmapped)'
	if kind == PMD_TYPE_TABLE:
		return f'table at 0x{e & ~0x3ff & 0xffffffff:08x}, domain {(e & PMD_DOMAIN_MASK) >> 5}'
	if kind != PMD_TYPE_SECT:
		return 'reserved (faults)'
	if e & PMD_SECT_SUPER:
		return f'supersection 0x{e & 0xff000000:08x}'
	ap = (4 if e & PMD_SECT_APX else 0) | ((e >> 10) & 3)
	mt = ((e >> 12) & 1) << 2 | ((e >> 2) & 3)
	return (f'section 0x{e & SECTION_MASK:08x}, domain {(e & PMD_DOMAIN_MASK) >> 5}, '
		f'{ap_text(ap)}{", XN" if e & PMD_SECT_XN else ""}, '
		f'TEX {(e >> 12) & 7} C {(e >> 3) & 1} B {(e >> 2) & 1} ({REMAP_NAMES[mt]})'
		f'{", S" if e & PMD_SECT_S else ""}{", nG" if e & PMD_SECT_NG else ""}')


def linux_pte_text(v):
	names = ''.join(' ' + name for bit, name in L_PTE_BITS if v & bit)
	return (f'  Linux pte = 0x{v:08x}: pfn 0x{v >> core.PAGE_SHIFT:05x}{names}'
		f' mt={MT_NAMES[(v & L_PTE_MT_MASK) >> 2]}')


def hw_pte_text(e):
	head = f'  h/w   pte = 0x{e:08x}: '
	if not e & PTE_TYPE_MASK:
		return head + 'fault (not present, old or PROT_NONE)'
	if e & PTE_TYPE_MASK == PTE_TYPE_LARGE:
		return head + f'large page 0x{e & 0xffff0000:08x}'
	ap = (4 if e & PTE_EXT_APX else 0) | ((e >> 4) & 3)
	mt = ((e >> 6) & 1) << 2 | ((e >> 2) & 3)
	return head + (f'small page 0x{e & PAGE_MASK:08x}, {ap_text(ap)}'
		       f'{", XN" if e & PTE_EXT_XN else ""}, TEX {(e >> 6) & 7} C {(e >> 3) & 1}'
		       f' B {(e >> 2) & 1} ({REMAP_NAMES[mt]}){", S" if e & PTE_EXT_SHARED else ""}'
		       f'{", nG" if e & PTE_EXT_NG else ""}')


def walk(pgd_base, addr):
	"""The lines dump_pte (arch/arm/mm/dump.c) prints for addr in the L1 table
	at pgd_base, and the physical address it maps to (None if none)."""
	index = addr >> PGDIR_SHIFT
	pgd = pgd_base + index * 8
	first = (addr >> SECTION_SHIFT) & ~1
	pair = [core.read_u32(pgd), core.read_u32(pgd + 4)]
	e = pair[(addr >> SECTION_SHIFT) & 1]
	out = [f'[{addr:08x}] pgd[{index}] at 0x{pgd:08x} = {{ 0x{pair[0]:08x}, 0x{pair[1]:08x} }}',
	       f'  L1[0x{first:03x}] = 0x{pair[0]:08x}: {l1_text(pair[0])}',
	       f'  L1[0x{first + 1:03x}] = 0x{pair[1]:08x}: {l1_text(pair[1])}']
	phys = None
	if e & PMD_TYPE_MASK == PMD_TYPE_SECT and not e & PMD_SECT_SUPER:
		phys = (e & SECTION_MASK) | (addr & ~SECTION_MASK & 0xffffffff)
		out.append(f'  phys 0x{phys:08x} (section)')
	elif e & PMD_TYPE_MASK == PMD_TYPE_TABLE:
		lines, phys = walk_table(e & PAGE_MASK, addr)
		out += lines
	return out, phys


def walk_table(table, addr):
	"""The pte lines: the Linux pte in the page's first half, the hardware one PTE_HWTABLE_OFF on."""
	ptep = core.phys_to_virt(table) + ((addr >> core.PAGE_SHIFT) % PTRS_PER_PTE) * 4
	try:
		v, hw = core.read_u32(ptep), core.read_u32(ptep + PTE_HWTABLE_OFF)
	except gdb.MemoryError:
		return [f'  pte page at 0x{table:08x} is outside RAM'], None
	out = [f'  pte at 0x{ptep:08x} (h/w at 0x{ptep + PTE_HWTABLE_OFF:08x})',
	       linux_pte_text(v), hw_pte_text(hw)]
	phys = None
	if hw & PTE_TYPE_MASK:
		phys = (hw & PAGE_MASK) | (addr & ~PAGE_MASK & 0xffffffff)
		out.append(f'  phys 0x{phys:08x} (page)')
	return out, phys


def pgd_for(addr, argv):
	"""Which L1 table kpte walks: see KPte's help."""
	if len(argv) == 2:
		return int(task.task_mm(task.find_task(task.parse_pid(argv[1])))['pgd'])
	if addr >= core.TASK_SIZE:
		return core.symbol_address('swapper_pg_dir')
	cur = task.current_task()
	if not int(cur['mm']):
		raise KernelError(f'{addr:#x} is a user address and the running task,'
				  f' {int(cur["pid"])} ({task.comm(cur)}), is a kernel thread:'
				  ' give the PID whose tables to walk (kpte ADDR PID)')
	return int(cur['mm']['pgd'])


class KPte(core.Command):
	"""Walk the page tables for a virtual address and decode every entry.

Usage: kpte ADDR [PID]

ADDR: a virtual address (hexadecimal with or without 0x, or any GDB
expression, e.g. `kpte &jiffies`). Which tables: with PID, that process's
(mm->pgd); without, swapper_pg_dir (the kernel's) for a kernel address
(>= TASK_SIZE, 0xbf000000) and the running task's for a user address.

Shows, as the monitor's `pte ADDR [PID]`: the pgd entry (Linux's pgd is a
pair of hardware L1 words, 2 MiB), each L1 word decoded (fault, section
with its AP/XN/TEX/C/B/S/nG bits, or a page table), and for a page table
the Linux pte (the L_PTE_* bits the kernel keeps: present, young, dirty,
rdonly, user, xn, ...) and the hardware pte the MMU reads (small page, AP,
XN, TEX/C/B, S, nG), 2 KiB further in the same page; then the physical
address. Where the walk stops (an empty L1 word, a pte that faults) is
the answer for an unmapped address.

Afterwards $kpte_phys holds the physical address found (0 if none), for
the next command: `kpage -p $kpte_phys` shows the page's struct page."""

	name = 'kpte'

	def run(self, argv):
		if not 1 <= len(argv) <= 2:
			raise KernelError('usage: kpte ADDR [PID]')
		core.require_mmu()
		addr = parse_address(argv[0])
		lines, phys = walk(pgd_for(addr, argv), addr)
		gdb.set_convenience_variable('kpte_phys', phys or 0)
		gdb.write('\n'.join(lines) + '\n')


def parse_address(text):
	"""Hexadecimal like the monitor (c0008000), 0x..., or a GDB expression."""
	try:
		return int(text, 16) & 0xffffffff
	except ValueError:
		pass
	try:
		return int(gdb.parse_and_eval(text)) & 0xffffffff
	except gdb.error:
		raise KernelError(f'{text!r} is not an address (hexadecimal, e.g. c0008000,'
				  ' or a GDB expression such as &jiffies)')


KPte()
