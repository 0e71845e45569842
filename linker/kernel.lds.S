/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's link map. Preprocessed with the board's headers, so
 * PHYS_OFFSET is the board's RAM base.
 *
 * Virtual addresses (VMA) start at PAGE_OFFSET + TEXT_OFFSET, where head.S
 * maps the image; load addresses (LMA) are the physical ones, where the
 * bootloader puts it. kernel.elf keeps the virtual symbols for GDB;
 * kernel.bin (objcopy -O binary) starts at the first LMA.
 */
#include <asm/memory.h>

OUTPUT_FORMAT("elf32-littlearm")
OUTPUT_ARCH(arm)
ENTRY(stext)

#define LOAD_OFFSET	(PAGE_OFFSET - PHYS_OFFSET)
#define AT_PHYS(sec)	AT(ADDR(sec) - LOAD_OFFSET)

SECTIONS
{
	/* The 16 KiB L1 table sits just below the image (head.S builds it). */
	swapper_pg_dir = PAGE_OFFSET + TEXT_OFFSET - SWAPPER_PG_DIR_SIZE;

	. = PAGE_OFFSET + TEXT_OFFSET;
	_text = .;
	.head.text : AT_PHYS(.head.text) {
		KEEP(*(.head.text))
	}
	.text : AT_PHYS(.text) {
		_stext = .;
		*(.text .text.*)
		_etext = .;
	}

	. = ALIGN(4096);
	.rodata : AT_PHYS(.rodata) {
		__start_rodata = .;
		*(.rodata .rodata.*)
		. = ALIGN(4);
		/*
		 * Tables built by the linker: self-test suites (KTEST_SUITE),
		 * command-line parameters (__setup), monitor commands
		 * (MONITOR_COMMAND) and the exception fixup table.
		 */
		__start_ktest_suites = .;
		KEEP(*(.ktest_suites))
		__stop_ktest_suites = .;
		__start_setup_params = .;
		KEEP(*(.setup_params))
		__stop_setup_params = .;
		__start_benches = .;
		KEEP(*(.benches))
		__stop_benches = .;
		__start_monitor_cmds = .;
		KEEP(*(.monitor_cmds))
		__stop_monitor_cmds = .;
		__start___ex_table = .;
		KEEP(*(__ex_table))
		__stop___ex_table = .;
		/*
		 * Symbol names for backtraces, generated from a first link
		 * (tools/kallsyms.py). Last, so its size moves no text address.
		 */
		. = ALIGN(4);
		KEEP(*(.kallsyms))
		__end_rodata = .;
	}
	/*
	 * The built-in initramfs (kernel/initramfs_data.S), a cpio archive
	 * read in place: read-only data, after the tables so that its size
	 * moves no text or table address.
	 */
	. = ALIGN(4);
	.init.ramfs : AT_PHYS(.init.ramfs) {
		__initramfs_start = .;
		KEEP(*(.init.ramfs))
		__initramfs_end = .;
	}

	. = ALIGN(4096);
	.data : AT_PHYS(.data) {
		_sdata = .;
		*(.data .data.*)
		_edata = .;
	}
	.bss (NOLOAD) : AT_PHYS(.bss) {
		__bss_start = .;
		*(.bss .bss.* COMMON)
		. = ALIGN(4);
		__bss_stop = .;
	}
	_end = .;

	/*
	 * paging_init (arch/arm/mm/mmu.c) maps [_text, __start_rodata) read-only
	 * and executable, [__start_rodata, _sdata) read-only, the rest
	 * read/write and never executable, in 4 KiB pages at the finest.
	 */
	ASSERT(_text % 4096 == 0, "_text must be page aligned")
	ASSERT(__start_rodata % 4096 == 0, "__start_rodata must be page aligned")
	ASSERT(_sdata % 4096 == 0, "_sdata must be page aligned")

	/DISCARD/ : {
		*(.ARM.exidx*) *(.ARM.extab*) *(.comment) *(.note*)
	}
}
