# The GDB side of tests/gdb/proc-helpers.sh: one boot, stopped at the
# moments the checks need. Sections start with a line "@@NAME" (the shell
# cuts them out); `try CMD` prints CMD's error as "error: ..." instead of
# ending the script, for the error paths.
#
# The shell writes $O/gdb-proc-vars.gdb (the orphan's addresses, from its
# ELF) and boots with cmd="run orphan; ... maps PPPP; pte ADDR PPPP; ...
# pte VVVVVVVV; poweroff": once the orphan's child is alive, this script
# writes its PID over PPPP and a vmalloc address (the TWD timer's ioremap)
# over VVVVVVVV in the monitor's copy of the script, which it has not
# parsed that far yet.

python
import os
import gdb


class Try(gdb.Command):
	"""try CMD: run CMD; print its error instead of stopping the script."""

	def __init__(self):
		super().__init__('try', gdb.COMMAND_USER)

	def invoke(self, arg, from_tty):
		try:
			gdb.execute(arg)
		except gdb.error as e:
			gdb.write(f'error: {e}\n')


Try()
elf = gdb.current_progspace().filename
gdb.execute('source ' + os.path.join(os.path.dirname(elf), 'gdb-proc-vars.gdb'))
end

# 1. The first instruction: the MMU is off, every helper says so.
echo @@mmu-off\n
try kps
try kvmas 1
try kpte c0008000
try kfault
try kcurrent

# 2. start_kernel: no current task, no abort yet; a kernel section; bad input.
break start_kernel
continue
delete
echo @@early\n
try kps
try kvmas
try kfault
try kcurrent
try kpte zzz
try kpte 10 9999
try kvmas 9999
try kvmas 1 2
echo @@early-kpte\n
kpte c0008000
echo @@-\n

# 3. The first page fault: the record holds do_page_fault's address; without
# a PID, kvmas and kpte look at the faulting process.
break do_page_fault
continue
delete
echo @@pf\n
printf "do_page_fault addr=%08x\n", addr
kfault
echo @@pf-current\n
kcurrent
kvmas
kpte addr
echo @@-\n

# 4. The orphan child's write(1, 0x10, 5): a kernel abort the fixup resolves.
break fixup_exception
continue
delete
echo @@fixup\n
kfault
echo @@-\n

# 5. The monitor's ps, after it printed: kps must print the same.
break cmd_ps
continue
finish
python
from klib import task
pid = [int(p['pid']) for p in task.all_tasks() if task.comm(p) == 'orphan'][0]
vaddr = int(gdb.parse_and_eval('twd')) & ~0xfff
gdb.execute(f'set $orphan = {pid}')
gdb.execute(f'set $vaddr = {vaddr:#x}')
buf = gdb.parse_and_eval('monitor_run_script::script_buf')
base, size = int(buf.address), buf.type.sizeof
text = bytes(gdb.selected_inferior().read_memory(base, size))
text = text.replace(b'PPPP', f'{pid:<4d}'.encode()).replace(b'VVVVVVVV', f'{vaddr:08x}'.encode())
gdb.selected_inferior().write_memory(base, text)
end
echo @@kps\n
kps
echo @@-\n
echo @@errors\n
try kvmas
try kpte $touched
try kpte $touched 1
echo @@-\n

# 6. maps, then the pte walks, each right after the monitor printed it.
break cmd_maps
continue
finish
echo @@kvmas\n
kvmas $orphan
echo @@-\n
delete
break cmd_pte
continue
finish
echo @@kpte-present\n
kpte $touched $orphan
echo @@-\n
continue
finish
echo @@kpte-nopte\n
kpte $untouched $orphan
echo @@-\n
continue
finish
echo @@kpte-nopgd\n
kpte $unmapped $orphan
echo @@-\n
continue
finish
echo @@kpte-section\n
kpte $section
echo @@-\n
continue
finish
echo @@kpte-vmalloc\n
kpte $vaddr
echo @@-\n

# 7. crash jump: a kernel prefetch abort, the Oops, then panic.
delete
break panic
continue
echo @@kfault-oops\n
kfault
echo @@end\n
kill
