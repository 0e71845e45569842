# SPDX-License-Identifier: GPL-2.0
"""Page-table walks: kpte, the GDB side of the monitor's `pte ADDR [PID]`.

The lines are those of arch/arm/mm/dump.c, so that the test can diff the
two (tests/gdb/proc-helpers.sh); change both together. The bit numbers
are the kernel's macros (arch/arm/include/asm/pgtable-hwdef.h and
pgtable-2level.h; arm-facts.md §1 and §7), read through core.K from the
constants.py make generates (GDB sees no macros).
"""

import gdb

from klib import core, task
from klib.core import KernelError

K = core.K

# dump.c's order of the Linux pte bits.
L_PTE_NAMES = ['present', 'young', 'dirty', 'rdonly', 'user', 'xn', 'shared', 'none']

# AP[2:0] with SCTLR.AFE = 0 (arm-facts.md §1.4).
AP_NAMES = ['no access', 'kernel RW', 'kernel RW, user RO', 'RW',
	    'reserved', 'kernel RO', 'RO (deprecated)', 'RO']
# The TEX remap index {TEX[0], C, B} with Linux's PRRR/NMRR (§1.5).
REMAP_NAMES = ['strongly ordered', 'normal non-cacheable', 'normal write-through',
	       'normal write-back', 'device', '(unused 5)', '(reserved 6)',
	       'normal write-back, write-allocate']


def mt_name(v):
	"""The L_PTE_MT_* name of a Linux pte's memory type (dump.c's mt_names):
	the macro's name in lower case, mtN for an index no macro has."""
	index = (v & K.L_PTE_MT_MASK) >> 2
	for name in ('UNCACHED', 'BUFFERABLE', 'WRITETHROUGH', 'WRITEBACK', 'DEV_SHARED',
		     'MINICACHE', 'WRITEALLOC', 'DEV_WC', 'DEV_CACHED', 'DEV_NONSHARED', 'VECTORS'):
		if getattr(K, 'L_PTE_MT_' + name) >> 2 == index:
			return name.lower()
	return f'mt{index}'


def section_mask():
	return ~((1 << K.SECTION_SHIFT) - 1) & 0xffffffff


def ap_text(ap):
	return f'AP {ap >> 2}{(ap >> 1) & 1}{ap & 1} ({AP_NAMES[ap]})'


def l1_text(e):
	kind = e & K.PMD_TYPE_MASK
	domain = (e & K.PMD_DOMAIN_MASK) >> 5
	if kind == K.PMD_TYPE_FAULT:
		return 'fault (unmapped)'
	if kind == K.PMD_TYPE_TABLE:
		return f'table at 0x{e & ~0x3ff & 0xffffffff:08x}, domain {domain}'
	if kind != K.PMD_TYPE_SECT:
		return 'reserved (faults)'
	if e & K.PMD_SECT_SUPER:
		return f'supersection 0x{e & K.SUPERSECTION_MASK:08x}'
	ap = (4 if e & K.PMD_SECT_APX else 0) | ((e >> 10) & 3)
	mt = ((e >> 12) & 1) << 2 | ((e >> 2) & 3)
	return (f'section 0x{e & section_mask():08x}, domain {domain}, '
		f'{ap_text(ap)}{", XN" if e & K.PMD_SECT_XN else ""}, '
		f'TEX {(e >> 12) & 7} C {(e >> 3) & 1} B {(e >> 2) & 1} ({REMAP_NAMES[mt]})'
		f'{", S" if e & K.PMD_SECT_S else ""}{", nG" if e & K.PMD_SECT_nG else ""}')


def linux_pte_text(v):
	if not v:	# pte_none: no pfn, no memory type to speak of
		return f'  Linux pte = 0x{v:08x}: none'
	names = ''.join(' ' + name for name in L_PTE_NAMES if v & getattr(K, 'L_PTE_' + name.upper()))
	return f'  Linux pte = 0x{v:08x}: pfn 0x{v >> K.PAGE_SHIFT:05x}{names} mt={mt_name(v)}'


def hw_pte_text(e):
	head = f'  h/w   pte = 0x{e:08x}: '
	if not e:
		return head + 'none'
	if not e & K.PTE_TYPE_MASK:
		return head + 'fault (not present, old or PROT_NONE)'
	if e & K.PTE_TYPE_MASK == K.PTE_TYPE_LARGE:
		return head + f'large page 0x{e & K.LARGE_PAGE_MASK:08x}'
	ap = (4 if e & K.PTE_EXT_APX else 0) | ((e >> 4) & 3)
	mt = ((e >> 6) & 1) << 2 | ((e >> 2) & 3)
	return head + (f'small page 0x{e & core.page_mask():08x}, {ap_text(ap)}'
		       f'{", XN" if e & K.PTE_EXT_XN else ""}, TEX {(e >> 6) & 7} C {(e >> 3) & 1}'
		       f' B {(e >> 2) & 1} ({REMAP_NAMES[mt]}){", S" if e & K.PTE_EXT_SHARED else ""}'
		       f'{", nG" if e & K.PTE_EXT_NG else ""}')


def hw_pte_mask(e):
	"""The frame bits of a hardware pte: 64 KiB for a large page, else 4 KiB."""
	return K.LARGE_PAGE_MASK if e & K.PTE_TYPE_MASK == K.PTE_TYPE_LARGE else core.page_mask()


def walk(pgd_base, addr):
	"""The lines dump_pte (arch/arm/mm/dump.c) prints for addr in the L1 table
	at pgd_base, and the physical address it maps to (None if none)."""
	index = addr >> K.PGDIR_SHIFT
	pgd = pgd_base + index * 8
	first = (addr >> K.SECTION_SHIFT) & ~1
	pair = [core.read_u32(pgd), core.read_u32(pgd + 4)]
	e = pair[(addr >> K.SECTION_SHIFT) & 1]
	out = [f'[{addr:08x}] pgd[{index}] at 0x{pgd:08x} = {{ 0x{pair[0]:08x}, 0x{pair[1]:08x} }}',
	       f'  L1[0x{first:03x}] = 0x{pair[0]:08x}: {l1_text(pair[0])}',
	       f'  L1[0x{first + 1:03x}] = 0x{pair[1]:08x}: {l1_text(pair[1])}']
	phys = None
	if e & K.PMD_TYPE_MASK == K.PMD_TYPE_SECT:
		mask, kind = (K.SUPERSECTION_MASK, 'supersection') if e & K.PMD_SECT_SUPER \
			else (section_mask(), 'section')
		phys = (e & mask) | (addr & ~mask & 0xffffffff)
		out.append(f'  phys 0x{phys:08x} ({kind})')
	elif e & K.PMD_TYPE_MASK == K.PMD_TYPE_TABLE:
		lines, phys = walk_table(e & core.page_mask(), addr)
		out += lines
	return out, phys


def walk_table(table, addr):
	"""The pte lines: the Linux pte in the page's first half, the hardware one PTE_HWTABLE_OFF on."""
	hw_off = K.PTE_HWTABLE_OFF
	ptep = core.phys_to_virt(table) + ((addr >> K.PAGE_SHIFT) % K.PTRS_PER_PTE) * 4
	try:
		v, hw = core.read_u32(ptep), core.read_u32(ptep + hw_off)
	except gdb.MemoryError:
		return [f'  pte page at 0x{table:08x} is outside RAM'], None
	out = [f'  pte at 0x{ptep:08x} (h/w at 0x{ptep + hw_off:08x})',
	       linux_pte_text(v), hw_pte_text(hw)]
	phys = None
	if hw & K.PTE_TYPE_MASK:
		mask = hw_pte_mask(hw)
		phys = (hw & mask) | (addr & ~mask & 0xffffffff)
		out.append(f'  phys 0x{phys:08x} (page)')
	return out, phys


def pgd_for(addr, argv):
	"""Which L1 table kpte walks: see KPte's help."""
	if len(argv) == 2:
		return int(task.task_mm(task.find_task(task.parse_pid(argv[1])))['pgd'])
	if addr >= K.TASK_SIZE:
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

ADDR: a virtual address in C syntax (0xc0008000; 10 is decimal) or any
GDB expression (`kpte &jiffies`, `kpte $sp`; an array or function names
its address: `kpte jiffies` walks jiffies' value, `kpte log_buf` its
address); a bare hexadecimal word that is no expression, as the monitor's
`pte c0008000` takes, is hexadecimal too. Which tables: with PID, that process's
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
		addr = core.parse_address(argv[0])
		lines, phys = walk(pgd_for(addr, argv), addr)
		gdb.set_convenience_variable('kpte_phys', phys or 0)
		gdb.write('\n'.join(lines) + '\n')


KPte()
