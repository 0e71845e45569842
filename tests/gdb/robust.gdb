# Run by tests/gdb/robust.sh: the helpers at awkward moments.
source tests/gdb/mm-try.py
echo @@phys\n
try virt-symbols
try phys-symbols
try phys-symbols
try virt-symbols
try virt-symbols
try pt-regs
add-symbol-file build/user/faultwalk
break do_page_fault
continue
# A user frame selected: the helpers still read the CPU's own registers.
frame 3
echo @@frame3\n
try kcurrent
try kfault
frame 0
# A task name that is not UTF-8 (any bytes a program may set).
set var init_task.comm[1] = (char)0xff
echo @@comm\n
try kps
# Sourcing the helpers again reloads them; they still work.
source tools/gdb/kernel.py
echo @@resourced\n
try kcurrent
# A helper with a bug of its own: one line that says so, no traceback.
python
from klib import core
class KBroken(core.Command):
	"""A helper that fails (tests/gdb/robust.gdb)."""
	name = 'kbroken'
	def run(self, argv):
		return 1 // len(argv)
KBroken()
end
echo @@broken\n
try kbroken
echo @@end\n
kill
