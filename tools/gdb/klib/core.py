# SPDX-License-Identifier: GPL-2.0
"""What every helper needs: the Command base class, symbol and type lookup,
kernel lists, CP15 registers through QEMU's stub, and clear errors.

The rule for every helper: read the kernel's own structures through its
symbols and types (never a hard-coded offset), and when something cannot
be read (no symbols, the MMU still off, a structure not set up yet, a PID
that does not exist, an unmapped address) raise KernelError with a
sentence that says what is wrong and what to do. Command turns it into a
GDB error message: no Python traceback.
"""

import gdb

PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT
# asm/memory.h (macros: no debug information): the 3G/1G split.
PAGE_OFFSET = 0xc0000000
TASK_SIZE = PAGE_OFFSET - 0x01000000

# Every list walk stops after this many entries: a corrupt list must not
# hang GDB (a student may well be looking at one on purpose).
LIST_LIMIT = 1 << 20


class KernelError(Exception):
	"""A condition the user should read about, not a bug in the helper."""


class Command(gdb.Command):
	"""Base of every helper command.

	A subclass sets `name` and a docstring (GDB's `help NAME` shows it:
	the first line is the summary `khelp` lists) and implements
	run(self, argv). Errors become messages prefixed with the command's
	name.
	"""

	name = None

	def __init__(self):
		super().__init__(self.name, gdb.COMMAND_USER)
		_commands[self.name] = self

	def invoke(self, arg, from_tty):
		try:
			self.run(gdb.string_to_argv(arg))
		except KernelError as e:
			raise gdb.GdbError(f'{self.name}: {e}') from None
		except gdb.MemoryError as e:
			raise gdb.GdbError(f'{self.name}: {e}: a pointer the helper followed leads'
					   ' nowhere (a structure not set up yet, or corrupt)') from None
		except gdb.error as e:
			raise gdb.GdbError(f'{self.name}: {e}') from None
		except Exception as e:	# a bug in the helper: say so, in one line
			raise gdb.GdbError(f'{self.name}: internal error in the helper,'
					   f' {type(e).__name__}: {e} (please report it;'
					   ' `set python print-stack full` shows where)') from e

	def run(self, argv):
		raise NotImplementedError


_commands = {}


class KHelp(Command):
	"""List the kernel helper commands (help NAME says more about one).

Usage: khelp

The helpers read the kernel's structures through kernel.elf's symbols, so
they need the kernel's virtual addresses to be mapped: run them once the
kernel has reached start_kernel (after head.S turned the MMU on). Each
says so, and which structure is not set up yet, if run earlier."""

	name = 'khelp'

	def run(self, argv):
		for name in sorted(_commands):
			doc = _commands[name].__doc__ or ''
			gdb.write(f'{name:16s} {doc.splitlines()[0] if doc else ""}\n')
		gdb.write('pt-regs ADDR      a plain GDB macro (tools/gdb/kernel.gdb): a struct'
			  ' pt_regs as the Oops prints it\n')


# -- symbols and types ------------------------------------------------------

def lookup_type(name):
	"""A type by C name ('struct page', 'pte_t')."""
	try:
		return gdb.lookup_type(name)
	except gdb.error:
		raise KernelError(f'no type {name!r} in the symbols: is kernel.elf loaded (file KERNEL)?')


def symbol(name):
	"""The gdb.Value of a global or file-static variable."""
	sym = gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name)
	if sym is None:
		try:
			return gdb.parse_and_eval(name)
		except gdb.error:
			raise KernelError(f'no symbol {name!r}: is kernel.elf loaded (file KERNEL)?')
	return sym.value()


def symbol_address(name):
	return int(symbol(name).address)


def container_of(ptr, typename, member):
	"""The struct typename that holds ptr (a pointer to its member)."""
	t = lookup_type(typename)
	offset = int(gdb.Value(0).cast(t.pointer())[member].address)
	return gdb.Value(int(ptr) - offset).cast(t.pointer())


def list_for_each_entry(head, typename, member):
	"""The entries of a struct list_head list (head: the head's Value)."""
	head_addr = int(head.address)
	node = head['next']
	n = 0
	while int(node) != head_addr:
		if int(node) == 0:
			raise KernelError(f'the list at {head_addr:#x} is not initialised (a NULL link):'
					  ' the kernel has not set it up yet')
		n += 1
		if n > LIST_LIMIT:
			raise KernelError(f'the list at {head_addr:#x} does not come back to its head'
					  f' after {LIST_LIMIT} entries: corrupt')
		yield container_of(node, typename, member)
		node = node['next']


def read_u32(addr):
	"""The 32-bit word at a virtual address."""
	mem = gdb.selected_inferior().read_memory(addr, 4)
	return int.from_bytes(mem.tobytes(), 'little')


def read_cstring(addr, limit=256):
	"""A NUL-terminated string at a virtual address (at most limit bytes)."""
	raw = gdb.selected_inferior().read_memory(addr, limit).tobytes()
	return raw.split(b'\0', 1)[0].decode('latin-1')


def parse_number(text, what='a number'):
	"""An integer in C syntax (0x..., decimal) or a GDB expression."""
	try:
		return int(text, 0)
	except ValueError:
		pass
	try:
		return int(gdb.parse_and_eval(text)) & 0xffffffff
	except gdb.error:
		raise KernelError(f'{text!r} is not {what}')


# -- CPU state --------------------------------------------------------------

def cp15(name):
	"""A CP15 register by QEMU's name (SCTLR, TTBR0_EL1, DFAR, DFSR, ...).

	QEMU's stub exposes both banks of the banked registers; the kernel runs
	in the Secure state on QEMU's vexpress-a9 (SCR.NS = 0), where the live
	copies are the _S ones."""
	try:
		secure = not (int(gdb.parse_and_eval('$SCR_S')) & 1)
	except gdb.error:
		secure = False
	for reg in ([name + '_S', name] if secure else [name]):
		try:
			v = gdb.parse_and_eval('$' + reg)
			if v.type.code != gdb.TYPE_CODE_VOID:
				return int(v) & 0xffffffff
		except gdb.error:
			pass
	raise KernelError(f'this target does not show the CP15 register {name}'
			  ' (QEMU\'s GDB stub does)')


def mmu_enabled():
	return bool(cp15('SCTLR') & 1)


# asm/ptrace.h: CPSR mode field values.
MODE_MASK = 0x1f
USR_MODE = 0x10
SVC_MODE = 0x13


def require_target():
	"""Raise unless GDB is attached to a running kernel: without a target,
	GDB reads kernel.elf's own data (all zeroes), which would look like a
	kernel that has not set anything up."""
	if gdb.selected_inferior().pid == 0 or gdb.selected_thread() is None:
		raise KernelError('GDB is not attached to a running kernel (make gdb,'
				  ' or target remote :1234): there is nothing to read')


def cpu_reg(name):
	"""A register of the CPU as it is now (the newest frame's), whichever
	frame the user selected with `frame N`: a user frame's sp says
	nothing about the kernel stack the CPU is on."""
	require_target()
	return int(gdb.newest_frame().read_register(name)) & 0xffffffff


def require_mmu():
	"""Raise unless the kernel's virtual addresses can be read: the MMU is
	on, and the CPU is not in user mode. QEMU's stub reads memory with the
	CPU's current permissions, so stopped in a user program (a breakpoint
	on a user function) the kernel's pages are as closed to GDB as they
	are to the program."""
	require_target()
	try:
		on = mmu_enabled()
	except KernelError:
		return		# not QEMU: reads will say it if they fail
	if not on:
		raise KernelError('the MMU is off (the CPU is still in head.S): the kernel\'s'
				  ' structures are at virtual addresses; `break start_kernel`'
				  ' and `continue` first')
	if cpu_reg('cpsr') & MODE_MASK == USR_MODE:
		raise KernelError('the CPU is in user mode, where QEMU reads memory with user'
				  ' permissions and the kernel\'s pages are closed; stop in the'
				  ' kernel first (e.g. `break do_page_fault`, or `break sys_write`'
				  ' and `continue`)')


# -- the linear map -----------------------------------------------------------

def phys_offset():
	"""PHYS_OFFSET: where RAM starts, from how kernel.elf is linked.

	The image's load segment has its virtual address at PAGE_OFFSET +
	TEXT_OFFSET and its physical (load) address at PHYS_OFFSET +
	TEXT_OFFSET: the difference is the linear map's offset."""
	seg = _first_load_segment()
	if seg is None:
		raise KernelError('cannot read kernel.elf\'s program headers to find PHYS_OFFSET')
	vaddr, paddr = seg
	return (paddr - vaddr + PAGE_OFFSET) & 0xffffffff


_load_segment = {}


def _first_load_segment():
	"""(p_vaddr, p_paddr) of kernel.elf's first PT_LOAD (ELF32, little-endian)."""
	path = gdb.current_progspace().filename
	if path in _load_segment:
		return _load_segment[path]
	seg = None
	try:
		with open(path, 'rb') as f:
			data = f.read(4096)
		phoff = int.from_bytes(data[28:32], 'little')
		phentsize = int.from_bytes(data[42:44], 'little')
		for i in range(int.from_bytes(data[44:46], 'little')):
			ph = data[phoff + i * phentsize:phoff + (i + 1) * phentsize]
			if int.from_bytes(ph[0:4], 'little') == 1:	# PT_LOAD
				seg = (int.from_bytes(ph[8:12], 'little'),
				       int.from_bytes(ph[12:16], 'little'))
				break
	except (OSError, TypeError):
		seg = None
	_load_segment[path] = seg
	return seg


def phys_to_virt(pa):
	"""__va: a lowmem physical address's linear-map address."""
	return pa - phys_offset() + PAGE_OFFSET


def require(cond, message):
	"""Raise KernelError(message) unless cond: for 'not set up yet' checks."""
	if not cond:
		raise KernelError(message)


KHelp()
