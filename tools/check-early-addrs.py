#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Checks that a kernel's early code (.head.text: head.S and the board's
board-asm.h hooks, which run with the MMU off) uses only addresses that
belong to the board it was built for.

    tools/check-early-addrs.py BOARD KERNEL_ELF [NAME=VALUE...]

It disassembles .head.text with objdump and collects every constant the
code builds: each literal-pool word a pc-relative `ldr` loads, each
movw/movt pair, and each large mov/mvn/cmp immediate. A constant below 16 MiB is an offset, a count or a flag;
one at or above PAGE_OFFSET (0xC0000000) is a kernel virtual address or
an early window. Every other constant must lie in the board's RAM or in
one of its device blocks (the table below, from the SoC's memory map, kept
independent of the board_config.h under test), unless it is a register
value given on the command line as NAME=VALUE (the Makefile passes the
SCTLR masks and the TEX-remap values head.S loads, computed from the
headers, and the RAM size it compares with). Prints each constant with its verdict; exits 1 if any is
foreign. Run with the wrong board's table it must fail (make test does).
"""
import re
import subprocess
import sys

# name, first, last (inclusive)
BOARDS = {
    # AM335x: arm-facts.md §11.1 (Linux am33xx-l4.dtsi, U-Boot hardware_am33xx.h).
    'beaglebone-black': [
        ('DDR (EMIF0), 512 MiB', 0x80000000, 0x9FFFFFFF),
        ('PRCM (CM_PER, CM_WKUP, CM_DPLL, PRM)', 0x44E00000, 0x44E00FFF),
        ('UART0', 0x44E09000, 0x44E09FFF),
        ('WDT1', 0x44E35000, 0x44E35FFF),
        ('DMTIMER2', 0x48040000, 0x48040FFF),
        ('INTC', 0x48200000, 0x48200FFF),
    ],
    # vexpress-a9 (legacy map): arm-facts.md §10.
    'vexpress-a9': [
        ('RAM, up to 1 GiB', 0x60000000, 0x9FFFFFFF),
        ('V2M system registers', 0x10000000, 0x10000FFF),
        ('PL011 UART0', 0x10009000, 0x10009FFF),
        ('A9MPCore private region (SCU, GIC, timers)', 0x1E000000, 0x1E001FFF),
    ],
}
SMALL = 0x01000000
PAGE_OFFSET = 0xC0000000
# The section-aligned base of a device block is what a 1 MiB early mapping uses.
SECTION = 0x100000


def constants(elf):
    out = subprocess.run(['arm-none-eabi-objdump', '-d', '-j', '.head.text', elf],
                         capture_output=True, text=True, check=True).stdout
    words, found, movw = {}, [], {}
    lines = out.splitlines()
    for ln in lines:
        m = re.match(r'\s*([0-9a-f]+):\s+([0-9a-f]{8})\s', ln)
        if m:
            words[int(m.group(1), 16)] = int(m.group(2), 16)
    for ln in lines:
        m = re.match(r'\s*([0-9a-f]+):\s+[0-9a-f]{8}\s+(\S+)\s+(.*)', ln)
        if not m:
            continue
        where, op, args = int(m.group(1), 16), m.group(2), m.group(3)
        lit = re.match(r'(r\d+|ip|lr|sp|fp), \[pc, #-?\d+\]\s+@ ([0-9a-f]+)', args)
        if op.startswith('ldr') and lit:
            found.append((where, words.get(int(lit.group(2), 16)), 'ldr ' + lit.group(1)))
            continue
        mv = re.match(r'(r\d+|ip|lr), #(-?\d+)', args)
        imm = int(mv.group(2)) & 0xFFFFFFFF if mv else 0
        if op in ('mov', 'mvn', 'cmp') and imm >= SMALL:
            val = imm
            found.append((where, ~val & 0xFFFFFFFF if op == 'mvn' else val,
                          f'{op} {mv.group(1)}'))
        elif op == 'movw' and mv:
            movw[mv.group(1)] = imm
            found.append((where, imm, 'movw ' + mv.group(1)))
        elif op == 'movt' and mv and mv.group(1) in movw:
            found.append((where, (imm << 16) | movw[mv.group(1)],
                          'movw/movt ' + mv.group(1)))
    return found


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in BOARDS:
        sys.exit(__doc__)
    board, elf = sys.argv[1], sys.argv[2]
    values = {}
    for a in sys.argv[3:]:
        name, _, val = a.partition('=')
        values[int(val, 0) & 0xFFFFFFFF] = name
    blocks = BOARDS[board]
    bad = 0
    found = constants(elf)
    if not found:
        print('FAIL no constants found: is .head.text there?')
        return 1
    for where, val, how in found:
        if val is None:
            verdict, ok = 'literal not found', False
        elif val < SMALL:
            verdict, ok = 'small constant', True
        elif val >= PAGE_OFFSET:
            verdict, ok = 'kernel virtual address', True
        elif val in values:
            verdict, ok = f'register value {values[val]}', True
        else:
            hit = [n for n, lo, hi in blocks
                   if lo <= val <= hi or (val % SECTION == 0 and lo // SECTION == val // SECTION)]
            verdict, ok = (f'{board}: {hit[0]}', True) if hit else (f'not a {board} address', False)
        print(f"{'ok  ' if ok else 'FAIL'} {where:08x} {how:14} "
              f"{'?' if val is None else f'0x{val:08x}'}  {verdict}")
        bad += not ok
    print(f'{board}: {len(found)} constants in .head.text, {bad} foreign')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
