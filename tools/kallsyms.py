#!/usr/bin/env python3
"""Turn `nm -n -S kernel.elf` into the kernel's symbol table (an assembly file).

The table lets the kernel print `function+0x10/0x40` in an Oops and a
backtrace. Only text symbols are kept: the table sits at the end of
.rodata, after all text, so its size never moves a text address and the
addresses from the first link are exact for the second.

Layout (see arch/arm/kernel/kallsyms.c):
    kallsyms_num               number of symbols
    kallsyms_addresses[num]    sorted ascending
    kallsyms_offsets[num]      offset of each name in kallsyms_names
    kallsyms_names             NUL-terminated names
"""
import sys


def main():
    syms = []
    for line in sys.stdin:
        parts = line.split()
        if len(parts) == 4:         # nm -S: address, size, type, name
            addr, size, kind, name = parts
        elif len(parts) == 3:
            addr, kind, name = parts
            size = "0"
        else:
            continue
        if kind not in "tTwW" or name.startswith(("$", ".L")):
            continue
        # At one address, a lookup (which takes the last entry <= addr)
        # should prefer a function with a size over a bare label, and a
        # global over a local: sort those last.
        syms.append((int(addr, 16), int(size, 16) > 0, kind.isupper(), name))
    syms.sort()
    out = ['\t.section .kallsyms, "a"', "\t.align 2"]
    out += ["\t.globl kallsyms_num", "kallsyms_num:", f"\t.word {len(syms)}"]
    out += ["\t.globl kallsyms_addresses", "kallsyms_addresses:"]
    out += [f"\t.word 0x{a:08x}" for a, _, _, _ in syms]
    out += ["\t.globl kallsyms_offsets", "kallsyms_offsets:"]
    off = 0
    for _, _, _, name in syms:
        out.append(f"\t.word {off}")
        off += len(name) + 1
    out += ["\t.globl kallsyms_names", "kallsyms_names:"]
    out += [f'\t.asciz "{name}"' for _, _, _, name in syms]
    print("\n".join(out))


if __name__ == "__main__":
    main()
