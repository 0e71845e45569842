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

import os
import re

import gdb

# Every list walk stops after this many entries: a corrupt list must not
# hang GDB (a student may well be looking at one on purpose).
LIST_LIMIT = 1 << 20


class KernelError(Exception):
	"""A condition the user should read about, not a bug in the helper."""


# -- the kernel's macros -------------------------------------------------------

class _Constants:
	"""The kernel's macros (K.PAGE_OFFSET, K.L_PTE_YOUNG, ...), from the
	constants.py that make generates from tools/gdb/constants.py.in next to
	kernel.elf: GDB has no debug information for macros, and a value copied
	by hand would go stale when a header changes. Read on first use, again
	after a rebuild."""

	_cache = {}

	def __getattr__(self, name):
		values = self.load()
		if name not in values:
			raise KernelError(f'{name} is not in {self.path()}: add it to'
					  ' tools/gdb/constants.py.in and run make')
		return values[name]

	@staticmethod
	def path():
		elf = gdb.current_progspace().filename
		if not elf:
			raise KernelError('no kernel.elf loaded: start GDB with it, or `file KERNEL`')
		return os.path.join(os.path.dirname(elf), 'constants.py')

	def load(self):
		path = self.path()
		try:
			key = (path, os.stat(path).st_mtime_ns)
		except OSError:
			raise KernelError(f'run make: {path} is missing (the kernel\'s macros'
					  ' for the helpers, made with kernel.elf)') from None
		if key not in self._cache:
			scope = {}
			with open(path) as f:
				exec(compile(f.read(), path, 'exec'), scope)
			# The expansions are C expressions: GDB's C parser (32-bit
			# unsigned long, sizeof from kernel.elf) evaluates them.
			self._cache[key] = {name: int(gdb.parse_and_eval(text)) & 0xffffffff
					    for name, text in scope['MACROS']}
		return self._cache[key]


K = _Constants()


def page_size():
	return 1 << K.PAGE_SHIFT


def page_mask():
	return ~(page_size() - 1) & 0xffffffff


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
	"""The address of a symbol, also of a linker-script one without a type (_end)."""
	try:
		return int(gdb.parse_and_eval(f'(unsigned long)&{name}')) & 0xffffffff
	except gdb.error:
		raise KernelError(f'no symbol {name!r}: is kernel.elf loaded (file KERNEL)?') from None


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


def read_words(addr, count):
	"""count 32-bit words from addr, in one read (faster than one per word)."""
	raw = gdb.selected_inferior().read_memory(addr, 4 * count).tobytes()
	return [int.from_bytes(raw[i:i + 4], 'little') for i in range(0, len(raw), 4)]


def read_cstring(addr, limit=256):
	"""A NUL-terminated string at a virtual address (at most limit bytes)."""
	raw = gdb.selected_inferior().read_memory(addr, limit).tobytes()
	return raw.split(b'\0', 1)[0].decode('latin-1')


def parse_value(text, what, bare_hex=False):
	"""What a helper's argument means, as a gdb.Value.

	Any GDB expression in C syntax: a number (0x10 is hexadecimal, 10
	decimal, as in C), a symbol, `&init_mm`, `$sp`, `mem_map + 5`. An
	object that is not a number (an array, a function, a struct) stands
	for its address, as C would decay it. With bare_hex, a word of hex
	digits that is no expression (c0008000, the monitor's way) is
	hexadecimal: all-digit words stay decimal."""
	try:
		value = gdb.parse_and_eval(text)
	except gdb.error as e:
		if bare_hex and re.fullmatch(r'[0-9a-fA-F]+', text):
			return gdb.Value(int(text, 16))
		raise KernelError(f'{text!r} is not {what} ({e})') from None
	code = value.type.strip_typedefs().code
	if code in (gdb.TYPE_CODE_STRUCT, gdb.TYPE_CODE_UNION, gdb.TYPE_CODE_ARRAY,
		    gdb.TYPE_CODE_FUNC):
		if value.address is None:
			raise KernelError(f'{text!r} is a {value.type} that is not in memory: give {what}')
		return value.address
	if code not in (gdb.TYPE_CODE_INT, gdb.TYPE_CODE_PTR, gdb.TYPE_CODE_ENUM,
			gdb.TYPE_CODE_BOOL, gdb.TYPE_CODE_CHAR):
		raise KernelError(f'{text!r} is a {value.type}, not {what}')
	return value


def to_u32(value, text, what):
	"""A parsed value as a 32-bit number: a larger one is a mistake, not
	something to cut silently (0x123456789 is no address here)."""
	n = int(value)
	if not -(1 << 31) <= n < (1 << 32):
		raise KernelError(f'{text!r} is {n:#x}, more than 32 bits: not {what}')
	return n & 0xffffffff


def parse_number(text, what='a number'):
	"""A number argument (a count, a PID): see parse_value; no bare hex."""
	return to_u32(parse_value(text, what), text, what)


def parse_address(text, what='an address'):
	"""An address argument: see parse_value; bare hex (c0008000) too."""
	return to_u32(parse_value(text, what, bare_hex=True), text, what)


# -- the kernel's own symbol table -------------------------------------------

class Kallsyms:
	"""kernel/kallsyms.c's table, read from memory, so that names come out
	exactly as the kernel prints them (an Oops, vmallocinfo)."""

	def __init__(self):
		num = int(symbol('kallsyms_num'))
		self.addrs = read_words(int(symbol('kallsyms_addresses').address), num) if num else []
		self.offsets = symbol('kallsyms_offsets')
		self.names = symbol_address('kallsyms_names')
		self.text = symbol_address('_text')
		self.etext = symbol_address('_etext')

	def lookup(self, addr):
		"""(name, offset, size) as kallsyms_lookup() gives them, or None
		outside the kernel's text."""
		a = self.addrs
		if addr < self.text or addr >= self.etext or not a or addr < a[0]:
			return None
		lo, hi = 0, len(a)
		while hi - lo > 1:		# the last entry <= addr
			mid = lo + (hi - lo) // 2
			if a[mid] <= addr:
				lo = mid
			else:
				hi = mid
		end = next((x for x in a[lo + 1:] if x > a[lo]), self.etext)	# skip aliases
		name = read_cstring(self.names + int(self.offsets[lo]))
		return name, addr - a[lo], end - a[lo]

	def format(self, addr):
		"""sprint_symbol()'s name+0xoff/0xsize, or the bare address."""
		found = self.lookup(addr)
		if not found:
			return f'0x{addr:08x}'
		name, off, size = found
		return f'{name}+{off:#x}/{size:#x}'


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
	if cpu_reg('cpsr') & K.MODE_MASK == K.USR_MODE:
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
	return (paddr - vaddr + K.PAGE_OFFSET) & 0xffffffff


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
	return pa - phys_offset() + K.PAGE_OFFSET


def virt_to_phys(va):
	"""__pa: a linear-map address's physical address."""
	return va - K.PAGE_OFFSET + phys_offset()


def require(cond, message):
	"""Raise KernelError(message) unless cond: for 'not set up yet' checks."""
	if not cond:
		raise KernelError(message)


KHelp()
