# SPDX-License-Identifier: GPL-2.0
"""Before the MMU is on: phys-symbols and virt-symbols.

kernel.elf carries virtual addresses (0xc0008000 up), but head.S runs
with the MMU off at physical ones (0x60008000 up on vexpress-a9, 0x80008000
on the BeagleBone). phys-symbols loads kernel.elf's symbols a second
time, shifted by PHYS_OFFSET - PAGE_OFFSET, so that breakpoints and
stepping in head.S work by name; virt-symbols drops that copy once the
MMU is on. Both read the shift from kernel.elf itself (its load segment),
so they work for any board and wherever GDB was started.
"""

import gdb

from klib import core
from klib.core import KernelError

# The physical address of the copy's _text while it is loaded (to remove it by).
_loaded_at = None


def kernel_file():
	path = gdb.current_progspace().filename
	if not path:
		raise KernelError('no kernel.elf loaded: start GDB with it, or `file KERNEL`')
	return path


class PhysSymbols(core.Command):
	"""Load kernel.elf's symbols again at physical addresses, for head.S (MMU off).

Usage: phys-symbols

Breakpoints and stepping in head.S then work by name (`break
__create_page_tables`; `break __turn_mmu_on` gets two locations, the
physical one hit first). Once the MMU is on (after __turn_mmu_on),
`virt-symbols` drops the copy again."""

	name = 'phys-symbols'

	def run(self, argv):
		global _loaded_at
		core.require(not argv, 'phys-symbols takes no argument')
		core.require(_loaded_at is None, 'the physical copy is loaded already'
			     ' (virt-symbols drops it)')
		path = kernel_file()
		delta = core.phys_offset() - core.K.PAGE_OFFSET
		gdb.execute(f'add-symbol-file {path} -o {delta:#x}')
		_loaded_at = (core.symbol_address('_text') + delta) & 0xffffffff


class VirtSymbols(core.Command):
	"""Drop the physical copy of the symbols that phys-symbols loaded.

Usage: virt-symbols

Back to kernel.elf's virtual addresses only, as the kernel runs once the
MMU is on."""

	name = 'virt-symbols'

	def run(self, argv):
		global _loaded_at
		core.require(not argv, 'virt-symbols takes no argument')
		core.require(_loaded_at is not None, 'phys-symbols has not loaded a physical copy')
		gdb.execute(f'remove-symbol-file -a {_loaded_at:#x}')
		_loaded_at = None


PhysSymbols()
VirtSymbols()
