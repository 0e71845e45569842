# SPDX-License-Identifier: GPL-2.0
"""kcount: where do the instructions go? A single-stepping profiler.

Under QEMU with -icount every guest instruction is one unit of the
kernel's benchmark clock (`make bench`), so counting the instructions of
one operation, function by function, is the exact profile of a figure.
GDB single-steps the CPU (one `stepi` per instruction, about 300 a
second over QEMU's stub: fine for thousands, slow for millions) and charges each instruction to the function it belongs to,
inlined functions by their own name.

This is how `fork_exit_wait_0` was found to spend a quarter of its
instructions in put_user_pages (README, "Benchmarks").
"""

import os

import gdb

from klib import core
from klib.core import KernelError

DEFAULT_LIMIT = 200000
TOP = 25


def function_at(pc, cache):
	"""The name of the (possibly inlined) function holding pc, cached by pc."""
	name = cache.get(pc)
	if name is not None:
		return name
	name = '?'
	try:
		block = gdb.block_for_pc(pc)
	except RuntimeError:
		block = None
	while block is not None and block.function is None:
		block = block.superblock
	if block is not None:
		name = block.function.name
	else:
		# Assembly (entry.S, lib/*.S): a minimal symbol only.
		text = gdb.execute(f'info symbol {pc:#x}', to_string=True)
		if not text.startswith('No symbol'):
			name = text.split()[0]
	cache[pc] = name
	return name


def parse_until(text):
	"""UNTIL: an address or expression (`0x80c4`, `*0x80c4`, `&ret_to_user`)."""
	return core.parse_address(text[1:] if text.startswith('*') else text)


class KCount(core.Command):
	"""Single-step to an address, counting instructions per function.

Usage: kcount UNTIL [LIMIT]

Steps the CPU one instruction at a time from where it stopped until the
pc equals UNTIL (an address or expression, as kpte's ADDR: `kcount 0x80c4`,
`kcount *&ret_to_user`, `kcount ret_to_user`), or LIMIT instructions (200000 by default) have
run, then prints the total and the functions that ran the most
instructions, with their share. Interrupts and other tasks that run in
between are counted too: it is everything the CPU did.

Under -icount, the total is what `make bench` would measure for the same
stretch. Example, the instructions of one anonymous write fault: at a
breakpoint on the user store that faults, `kcount` the address of the
next instruction."""

	name = 'kcount'

	def run(self, argv):
		if not 1 <= len(argv) <= 2:
			raise KernelError('usage: kcount UNTIL [LIMIT]')
		until = parse_until(argv[0])
		limit = core.parse_number(argv[1], 'a count') if len(argv) == 2 else DEFAULT_LIMIT
		core.require(limit > 0, 'LIMIT must be positive')
		try:
			gdb.parse_and_eval('$pc')
		except gdb.error:
			raise KernelError('no registers: GDB is not attached to a running kernel')
		# GDB prints every stop (the frame line, the source line) to its
		# standard output even for a stepi run to_string, and neither
		# `set logging redirect` nor a quiet setting stops it: point file
		# descriptor 1 at /dev/null meanwhile.
		gdb.flush()
		saved = os.dup(1)
		devnull = os.open(os.devnull, os.O_WRONLY)
		os.dup2(devnull, 1)
		try:
			steps, counts, reached = self.step(until, limit)
		finally:
			gdb.flush()
			os.dup2(saved, 1)
			os.close(saved)
			os.close(devnull)
		self.report(steps, counts, reached, until)

	@staticmethod
	def step(until, limit):
		counts, cache, steps = {}, {}, 0
		while steps < limit:
			pc = int(gdb.parse_and_eval('$pc')) & 0xffffffff
			if steps and pc == until:
				return steps, counts, True
			name = function_at(pc, cache)
			counts[name] = counts.get(name, 0) + 1
			gdb.execute('stepi', to_string=True)
			steps += 1
		return steps, counts, False

	@staticmethod
	def report(steps, counts, reached, until):
		how = f'reached 0x{until:08x}' if reached else f'stopped after {steps}, before 0x{until:08x}'
		gdb.write(f'{steps} instructions ({how})\n')
		for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]:
			gdb.write(f'{n:8d} {100.0 * n / steps:5.1f}%  {name}\n')
		if len(counts) > TOP:
			gdb.write(f'   ... and {len(counts) - TOP} more functions\n')


KCount()
