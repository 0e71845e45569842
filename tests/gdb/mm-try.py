# SPDX-License-Identifier: GPL-2.0
# For the tests/gdb/mm-*.gdb scripts: `try CMD` runs CMD and prints its
# error message instead of ending the script (GDB stops a command file at
# the first error), so one session can check many error messages. Any
# Python exception a helper lets escape shows as a full traceback, which
# tests/gdb/mm-helpers.sh looks for.
import gdb

gdb.execute('set python print-stack full')


class Try(gdb.Command):
	"""try CMD: run CMD; on an error print its message and go on."""

	def __init__(self):
		super().__init__('try', gdb.COMMAND_USER)

	def invoke(self, arg, from_tty):
		try:
			gdb.execute(arg)
		except gdb.error as e:
			gdb.write(f'{e}\n')


Try()
