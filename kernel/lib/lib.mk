# SPDX-License-Identifier: GPL-2.0
# The kernel library, compiled for the target by the top Makefile.
lib-y += kernel/lib/string.o kernel/lib/vsprintf.o kernel/lib/fdt.o kernel/lib/rbtree.o
