# SPDX-License-Identifier: GPL-2.0
"""Tasks and address spaces: kps, kvmas.

kps prints what the monitor's `ps` prints (kernel/sched/debug.c), line for
line, then each task's mm, pgd and ASID; kvmas prints what `maps PID`
prints (mm/mmap_sys.c). The tests diff the two (tests/gdb/proc-helpers.sh),
so a change to either side's format must be made on both.
"""

import gdb

from klib import core
from klib.core import KernelError

K = core.K


def runqueue():
	return core.symbol('rq')


def all_tasks():
	"""Every task in the order for_each_task visits them: idle, init, then init_task.tasks."""
	core.require_mmu()
	init = core.symbol('init_task')
	core.require(int(init['tasks']['next']) != 0,
		     'init_task.tasks is not initialised yet: the scheduler has not started'
		     ' (break sched_init, then finish)')
	idle = runqueue()['idle']
	if int(idle):
		yield idle.dereference()
	yield init
	for p in core.list_for_each_entry(init['tasks'], 'struct task_struct', 'tasks'):
		yield p.dereference()


def find_task(pid):
	for p in all_tasks():
		if int(p['pid']) == pid:
			return p
	raise KernelError(f'no task with PID {pid} (kps lists them)')


def parse_pid(text):
	"""A PID: decimal, as kps shows it, or a GDB expression ($pid, p->pid)."""
	return core.parse_number(text, 'a PID (a number, as kps shows)')


def current_task():
	"""The running task: the one whose kernel stack sp is on (its
	thread_info, at the stack's base, says which, kernel/thread_info.h).

	Stopped outside SVC mode (in user mode, or on an exception mode's own
	stack), or in SVC mode on a stack no task owns (the emergency stack of
	handle_bad_stack, after a kernel stack overflow), sp says nothing:
	then the head of the run queue (the running task is at its head,
	kernel/sched/core.c) or idle."""
	core.require_mmu()
	mode = core.cpu_reg('cpsr') & K.MODE_MASK
	if mode != K.SVC_MODE:
		return queue_head()
	sp = core.cpu_reg('sp')
	task = stack_owner(sp)
	if task is not None:
		return task
	core.require(int(runqueue()['idle']) != 0, 'no current task yet: the thread_info of'
		     ' this stack has no task (sched_init sets the boot one\'s);'
		     ' `break sched_init`, `finish` first')
	gdb.write(f'note: sp {sp:#010x} is on no task\'s kernel stack (the emergency stack of'
		  ' handle_bad_stack?): the running task is taken from the run queue\n')
	return queue_head()


def stack_owner(sp):
	"""The task whose kernel stack holds sp, or None: the thread_info at
	the stack's base names a task whose ->stack is that base."""
	base = sp & ~(K.THREAD_SIZE - 1)
	info = gdb.Value(base).cast(core.lookup_type('struct thread_info').pointer())
	try:
		task = info['task']
		if int(task) and int(task['stack']) == base:
			return task.dereference()
	except gdb.MemoryError:
		pass	# whatever lies at that base is no thread_info
	return None


def queue_head():
	rq = runqueue()
	queue = rq['queue']
	if int(queue['next']) != int(queue.address):
		return core.container_of(queue['next'], 'struct task_struct', 'run_list').dereference()
	core.require(int(rq['idle']) != 0, 'the scheduler has not started yet')
	return rq['idle'].dereference()


def task_state_name(p):
	"""ps's STAT letter (kernel/sched/debug.c)."""
	state = int(p['state'])
	if state == K.TASK_DEAD:
		return 'Z' if bool(p['wait_ref']) else 'X'
	letters = {K.TASK_RUNNING: 'R', K.TASK_INTERRUPTIBLE: 'S', K.TASK_UNINTERRUPTIBLE: 'D',
		   K.TASK_STOPPED: 'T'}
	return letters.get(state, '?')


def comm(p):
	"""The task's name (latin-1: any byte a program put there prints)."""
	return core.read_cstring(int(p['comm'].address), K.TASK_COMM_LEN)


def asid_text(mm):
	"""The mm's ASID, or '-' when its generation is not the current one (no ASID yet)."""
	cid = int(mm['context']['id'])
	generation = int(core.symbol('asid_generation'))
	if cid >> K.ASID_BITS != generation >> K.ASID_BITS:
		return '-'
	return str(cid & asid_mask())


def asid_mask():
	"""mm->context.id is generation << ASID_BITS | ASID (asm/mmu.h)."""
	return (1 << K.ASID_BITS) - 1


class KPs(core.Command):
	"""List the tasks as the monitor's ps does, then each one's mm, pgd and ASID.

Usage: kps

The first part is the monitor's `ps`, line for line: PID, parent's PID,
STAT (R runnable or running, S sleeping, D uninterruptible, T stopped,
Z zombie, X dead), PAGES (the size of the task's areas), voluntary and
involuntary switches, the name, "(current)" on the running task. The
second part gives, for each task, its mm_struct (a kernel thread has none:
"-"), the pgd (its L1 table, what TTBR0 holds while it runs) and the ASID
from mm->context.id, which tags its TLB entries ("-": none of the current
generation yet; it gets one at its next switch)."""

	name = 'kps'

	def run(self, argv):
		core.require(not argv, 'kps takes no argument')
		tasks = list(all_tasks())
		cur = int(current_task().address)
		out = ['  PID  PPID STAT  PAGES    NVCSW   NIVCSW COMMAND']
		for p in tasks:
			out.append(self.ps_line(p, cur))
		rq = runqueue()
		out.append(f'{int(rq["nr_tasks"]) + (1 if int(rq["idle"]) else 0)} tasks,'
			   f' {int(rq["nr_running"])} runnable, {int(rq["nr_switches"])} context switches,'
			   f' {int(rq["idle_loops"])} idle WFIs')
		out.append('  PID       MM      PGD ASID COMMAND')
		for p in tasks:
			out.append(self.mm_line(p))
		gdb.write('\n'.join(out) + '\n')

	@staticmethod
	def ps_line(p, cur):
		parent = p['parent']
		mm = p['mm']
		line = (f'{int(p["pid"]):5d} {int(parent["pid"]) if int(parent) else 0:5d}'
			f' {task_state_name(p):<4s} {int(mm["total_vm"]) if int(mm) else 0:6d}'
			f' {int(p["nvcsw"]):8d} {int(p["nivcsw"]):8d} {comm(p)}')
		return line + (' (current)' if int(p.address) == cur else '')

	@staticmethod
	def mm_line(p):
		mm = p['mm']
		if not int(mm):
			return f'{int(p["pid"]):5d} {"-":>8s} {"-":>8s} {"-":>4s} {comm(p)}'
		return (f'{int(p["pid"]):5d} {int(mm):08x} {int(mm["pgd"]):08x}'
			f' {asid_text(mm):>4s} {comm(p)}')


def task_mm(p):
	"""p's mm_struct; a clear error for a kernel thread."""
	mm = p['mm']
	if not int(mm):
		raise KernelError(f'{int(p["pid"])} ({comm(p)}) has no user address space'
				  ' (a kernel thread): give the PID of a user process (kps lists them)')
	return mm


def task_from_args(argv, usage):
	"""The task argv names (a PID), or the current one."""
	if len(argv) > 1:
		raise KernelError(f'usage: {usage}')
	return find_task(parse_pid(argv[0])) if argv else current_task()


def vma_name(mm, vma):
	"""The name /proc/PID/maps gives an area (as maps_show in mm/mmap_sys.c)."""
	start, end = int(vma['vm_start']), int(vma['vm_end'])
	if int(mm['start_brk']) and start <= int(mm['brk']) and end >= int(mm['start_brk']):
		return '[heap]'
	if start <= int(mm['start_stack']) and end >= int(mm['start_stack']):
		return '[stack]'
	if int(vma['vm_ops']) == core.symbol_address('shmem_vm_ops'):
		return '/dev/zero (deleted)'
	return ''


def maps_line(mm, vma):
	flags = int(vma['vm_flags'])
	perms = (('r' if flags & K.VM_READ else '-') + ('w' if flags & K.VM_WRITE else '-') +
		 ('x' if flags & K.VM_EXEC else '-') + ('s' if flags & K.VM_MAYSHARE else 'p'))
	offset = (int(vma['vm_pgoff']) << K.PAGE_SHIFT) & 0xffffffff \
		if int(vma['vm_file']) or int(vma['vm_ops']) else 0
	name = vma_name(mm, vma)
	return (f'{int(vma["vm_start"]):08x}-{int(vma["vm_end"]):08x} {perms} {offset:08x}'
		f' 00:00 0 {"         " if name else ""}{name}')


def vmas(mm):
	vma = mm['mmap']
	n = 0
	while int(vma):
		n += 1
		if n > core.LIST_LIMIT:
			raise KernelError('the mm->mmap list does not end: corrupt')
		yield vma
		vma = vma['vm_next']


class KVmas(core.Command):
	"""List a process's memory areas (VMAs), as /proc/PID/maps and the monitor's maps.

Usage: kvmas [PID]

Without PID: the running task's areas (a kernel thread has none). One line
per struct vm_area_struct on mm->mmap, in address order: start-end,
permissions (r/w/x, then p private or s shared), the offset in the object,
device and inode (always 00:00 0: no files here), and a name: [heap] for
the brk area, [stack] for the one holding the initial stack, /dev/zero
(deleted) for shared anonymous memory. Same lines as the monitor's
`maps PID`."""

	name = 'kvmas'

	def run(self, argv):
		mm = task_mm(task_from_args(argv, 'kvmas [PID]'))
		gdb.write(''.join(maps_line(mm, vma) + '\n' for vma in vmas(mm)))


class KCurrent(core.Command):
	"""Show the running task, its address space and the MMU's view of it.

Usage: kcurrent

The task `current` means at this stop (from the kernel stack sp is on;
outside SVC mode, or on a stack no task owns such as handle_bad_stack's
emergency stack, the head of the run queue, with a note), its mm and pgd, and the
ASID from mm->context.id beside what the CPU holds: TTBR0 (the physical
address of the L1 table being walked) and CONTEXTIDR (the ASID that tags
new TLB entries). A kernel thread runs on the mm it borrowed (active_mm)."""

	name = 'kcurrent'

	def run(self, argv):
		core.require(not argv, 'kcurrent takes no argument')
		p = current_task()
		mm, active = p['mm'], p['active_mm']
		lines = [f'PID {int(p["pid"])} ({comm(p)}), state {task_state_name(p)}']
		if int(mm):
			lines.append(f'mm {int(mm):08x}, pgd {int(mm["pgd"]):08x}, ASID {asid_text(mm)}')
		else:
			lines.append('a kernel thread: no mm of its own; active_mm '
				     + (f'{int(active):08x}' if int(active) else 'NULL (init_mm)'))
		try:
			cid = contextidr()
			lines.append(f'CPU: TTBR0 0x{core.cp15("TTBR0_EL1"):08x},'
				     f' CONTEXTIDR 0x{cid:08x} (ASID {cid & asid_mask()})')
		except KernelError:
			pass	# not QEMU: no CP15 registers to show
		gdb.write('\n'.join(lines) + '\n')


def contextidr():
	"""CONTEXTIDR: QEMU names its Secure copy CONTEXTIDR_S, not CONTEXTIDR_EL1_S."""
	try:
		return core.cp15('CONTEXTIDR')
	except KernelError:
		return core.cp15('CONTEXTIDR_EL1')


KPs()
KVmas()
KCurrent()
