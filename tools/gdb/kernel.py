# SPDX-License-Identifier: GPL-2.0
"""Entry point of the kernel's GDB helpers.

`make gdb` loads this file; by hand, start gdb-multiarch on kernel.elf and
type

    (gdb) source tools/gdb/kernel.py

(any path to it works). It puts tools/gdb on Python's path, imports the
helper modules in tools/gdb/klib (each adds its commands: `khelp` lists
them) and then sources kernel.gdb, the plain GDB settings and the pt-regs
macro. Sourcing it again reloads the modules, so edits to a helper take
effect without restarting GDB.

The helpers read the kernel's macros (PAGE_OFFSET, the L_PTE_* bits, ...)
from constants.py next to the loaded kernel.elf, which make generates
from tools/gdb/constants.py.in (klib/core.py, K).
"""

import importlib
import os
import sys

import gdb

_here = os.path.dirname(os.path.abspath(__file__))
if _here not in sys.path:
	sys.path.insert(0, _here)

_klib = os.path.join(_here, 'klib')
for _name in ['core'] + sorted(f[:-3] for f in os.listdir(_klib)
			      if f.endswith('.py') and f not in ('__init__.py', 'core.py')):
	_module = 'klib.' + _name
	if _module in sys.modules:
		importlib.reload(sys.modules[_module])
	else:
		importlib.import_module(_module)

gdb.execute('source ' + os.path.join(_here, 'kernel.gdb'))
