# SPDX-License-Identifier: GPL-2.0
"""GDB helpers for the teaching kernel: one module per area of the kernel.

tools/gdb/kernel.py imports every module in this directory (core first);
each defines its commands as subclasses of klib.core.Command and registers
them by instantiating them at the bottom of the module.
"""
