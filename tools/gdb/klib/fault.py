# SPDX-License-Identifier: GPL-2.0
"""The last abort: kfault.

do_DataAbort and do_PrefetchAbort (arch/arm/mm/fault.c) note the fault
address, the status and where the exception frame is in `last_abort`
before anything else, because the CPU's DFAR/DFSR (IFAR/IFSR) do not
last; kfault decodes that record with the kernel's own fsr_info /
ifsr_info tables (arch/arm/mm/fsr-2level.c), and shows the frame's
registers while the frame is still on the stack.
"""

import gdb

from klib import core
from klib.core import KernelError

K = core.K


def mode_name(psr):
	"""The CPSR mode as the Oops prints it (processor_mode_name, arch/arm/kernel/traps.c)."""
	names = {K.USR_MODE: 'USER_32', K.FIQ_MODE: 'FIQ_32', K.IRQ_MODE: 'IRQ_32',
		 K.SVC_MODE: 'SVC_32', K.MON_MODE: 'MON_32', K.ABT_MODE: 'ABT_32',
		 K.UND_MODE: 'UND_32', K.SYS_MODE: 'SYS_32'}
	return names.get(psr & K.MODE_MASK, 'UK_32')


def fsr_fs(fsr):
	"""The 5-bit status: FS[3:0] plus FS[4] (bit 10), as fault.h's fsr_fs."""
	return (fsr & K.FSR_FS3_0) | ((fsr & K.FSR_FS4) >> 6)


def symbol_at(addr):
	"""'function+0xoff/0xsize' as the kernel's sprint_symbol prints it."""
	return core.Kallsyms().format(addr)


def func_name(addr):
	return symbol_at(addr).split('+', 1)[0]


def regs_lines(regs):
	"""struct pt_regs as the Oops prints it (show_regs in arch/arm/kernel/traps.c)."""
	r = [int(regs['uregs'][i]) & 0xffffffff for i in range(18)]
	psr = r[16]
	flags = ''.join(c.upper() if psr & (1 << bit) else c
			for c, bit in (('n', 31), ('z', 30), ('c', 29), ('v', 28)))
	return [f'PC is at {symbol_at(r[15])}',
		f'LR is at {symbol_at(r[14])}',
		f'pc : [<{r[15]:08x}>]    lr : [<{r[14]:08x}>]    psr: {psr:08x}',
		f'sp : {r[13]:08x}  ip : {r[12]:08x}  fp : {r[11]:08x}',
		f'r10: {r[10]:08x}  r9 : {r[9]:08x}  r8 : {r[8]:08x}',
		f'r7 : {r[7]:08x}  r6 : {r[6]:08x}  r5 : {r[5]:08x}  r4 : {r[4]:08x}',
		f'r3 : {r[3]:08x}  r2 : {r[2]:08x}  r1 : {r[1]:08x}  r0 : {r[0]:08x}',
		f'Flags: {flags}  IRQs {"off" if psr & 0x80 else "on"}  FIQs {"off" if psr & 0x40 else "on"}'
		f'  Mode {mode_name(psr)}  ISA {"Thumb" if psr & 0x20 else "ARM"}']


def access_text(fsr, prefetch):
	if prefetch:
		return 'instruction fetch'
	if fsr & K.FSR_CM:
		return 'cache maintenance'
	return 'write (WnR 1)' if fsr & K.FSR_WRITE else 'read (WnR 0)'


def live_cp15_lines(rec_far, rec_fsr, prefetch):
	"""The CPU's own registers, when they no longer hold what the record says."""
	try:
		far, fsr = (core.cp15('IFAR'), core.cp15('IFSR')) if prefetch else \
			(core.cp15('DFAR'), core.cp15('DFSR'))
	except KernelError:
		return []
	if (far, fsr) == (rec_far, rec_fsr):
		return []
	kind = 'IFAR/IFSR' if prefetch else 'DFAR/DFSR'
	return [f'  CPU now: {kind} = 0x{far:08x}/0x{fsr:03x} (differ: changed since,'
		' by a later abort the record did not see, or by software)']


def frame_is_live(frame):
	"""Whether the exception frame at `frame` is still on its stack: the CPU
	is in SVC mode on the same kernel stack, with sp at or below the frame
	(a handler that returned popped it, and the next call may overwrite
	it). Stopped anywhere inside the abort's handling, it is."""
	sp = core.cpu_reg('sp')
	same_stack = sp // K.THREAD_SIZE == frame // K.THREAD_SIZE
	return core.cpu_reg('cpsr') & K.MODE_MASK == K.SVC_MODE and same_stack and sp <= frame


def frame_pid(frame):
	"""The PID of the task whose kernel stack holds the frame: its
	thread_info sits at the stack's base (kernel/thread_info.h)."""
	ti_type = core.lookup_type('struct thread_info').pointer()
	ti = gdb.Value(frame & ~(K.THREAD_SIZE - 1)).cast(ti_type)
	return int(ti['task']['pid'])


class KFault(core.Command):
	"""Show the last abort (data or prefetch): address, status, access, registers, handler.

Usage: kfault

Reads last_abort, which do_DataAbort and do_PrefetchAbort fill first
thing (arch/arm/mm/fault.c): the fault address (DFAR, or IFAR for a
prefetch abort), the status register (DFSR/IFSR) decoded with the
kernel's own table (fsr_info / ifsr_info: the status's name and the
handler function it sends the abort to: do_page_fault,
do_translation_fault, do_sect_fault, do_alignment, do_bad), whether the
access was a read or a write (WnR) or a fetch, the task that ran, and,
while the handler still runs (the exception frame is on the stack until
it returns), the interrupted registers as an Oops prints them. If the
CPU's DFAR/DFSR (IFAR/IFSR) now hold something else, they are shown
too."""

	name = 'kfault'

	def run(self, argv):
		core.require(not argv, 'kfault takes no argument')
		core.require_mmu()
		rec = core.symbol('last_abort')
		if not int(rec['frame']):
			raise KernelError('no abort recorded yet (last_abort.frame is NULL): none has'
					  ' reached do_DataAbort or do_PrefetchAbort since boot (an abort'
					  ' on a bad kernel stack goes to handle_bad_stack instead)')
		gdb.write('\n'.join(self.lines(rec)) + '\n')

	@staticmethod
	def lines(rec):
		far = int(rec['addr']) & 0xffffffff
		prefetch = bool(int(rec['fsr']) & K.FSR_LNX_PF)
		fsr = int(rec['fsr']) & ~K.FSR_LNX_PF & 0xffffffff
		table = 'ifsr_info' if prefetch else 'fsr_info'
		fs = fsr_fs(fsr)
		entry = core.symbol(table)[fs]
		name = core.read_cstring(int(entry['name']))
		kind = 'prefetch abort (IFAR/IFSR)' if prefetch else 'data abort (DFAR/DFSR)'
		frame = int(rec['frame']) & 0xffffffff
		live = frame_is_live(frame)
		# Once the frame is gone its task may be too, and its stack reused.
		who = f'PID {frame_pid(frame)}' if live else 'by the task whose stack held the frame'
		lines = [f'last abort: {kind}, {who}',
			 f'  FAR 0x{far:08x}  FSR 0x{fsr:03x}: {name} (FS {fs}),'
			 f' {access_text(fsr, prefetch)}{", external" if fsr & K.FSR_EXT else ""}',
			 f'  handler: {func_name(int(entry["fn"]))} ({table}[{fs}]),'
			 f' signal {int(entry["sig"])} code {int(entry["code"])} if a user fault is not resolved']
		if live:
			regs = rec['frame'].dereference()
			lines.append(f'  mode: {"user" if int(regs["uregs"][16]) & K.MODE_MASK == K.USR_MODE else "kernel"},'
				     f' frame at 0x{frame:08x}')
			lines += regs_lines(regs)
		else:
			lines.append(f'  frame was at 0x{frame:08x}: gone (the handler has returned),'
				     ' so no registers')
		return lines + live_cp15_lines(far, fsr, prefetch)


KFault()
