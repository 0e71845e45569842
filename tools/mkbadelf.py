#!/usr/bin/env python3
"""Bad executables for execve's tests, made from a good one (issue 6).

    mkbadelf.py GOOD OUTDIR

writes into OUTDIR, each one fault away from GOOD (a static ARM EABI5
ELF32 with at least two PT_LOAD segments):

    truncated     the first 200 bytes: the headers are whole, the text is not
    wrong-machine e_machine = EM_386 (3)
    kernel-seg    the second PT_LOAD at 0xc000a000, in the kernel's range
    overlap       the second PT_LOAD on the first one's page

The kernel must refuse each (-EINVAL, -ENOEXEC, -EINVAL, -EINVAL) and leave
the caller running: tests/user/execfail.c checks that.
"""
import os
import struct
import sys

E_MACHINE = 18            # offset of e_machine (Elf32_Half)
E_PHOFF = 28              # offset of e_phoff (Elf32_Off)
E_PHNUM = 44              # offset of e_phnum (Elf32_Half)
PHDR_SIZE = 32
P_VADDR, P_PADDR = 8, 12  # offsets inside a program header
PT_LOAD = 1


def load_headers(elf):
    """File offsets of the PT_LOAD program headers, in order."""
    phoff, = struct.unpack_from('<I', elf, E_PHOFF)
    phnum, = struct.unpack_from('<H', elf, E_PHNUM)
    offs = [phoff + i * PHDR_SIZE for i in range(phnum)]
    return [o for o in offs if struct.unpack_from('<I', elf, o)[0] == PT_LOAD]


def with_vaddr(elf, ph, vaddr):
    out = bytearray(elf)
    struct.pack_into('<II', out, ph + P_VADDR, vaddr, vaddr)
    return out


def main():
    good, outdir = sys.argv[1], sys.argv[2]
    elf = open(good, 'rb').read()
    loads = load_headers(elf)
    if len(loads) < 2:
        sys.exit('mkbadelf: %s has fewer than two PT_LOAD segments' % good)
    first_vaddr, = struct.unpack_from('<I', elf, loads[0] + P_VADDR)
    second_vaddr, = struct.unpack_from('<I', elf, loads[1] + P_VADDR)
    page_offset = second_vaddr & 0xfff
    wrong_machine = bytearray(elf)
    struct.pack_into('<H', wrong_machine, E_MACHINE, 3)
    bad = {
        'truncated': elf[:200],
        'wrong-machine': wrong_machine,
        'kernel-seg': with_vaddr(elf, loads[1], 0xc000a000 | page_offset),
        'overlap': with_vaddr(elf, loads[1], (first_vaddr & ~0xfff) | page_offset),
    }
    os.makedirs(outdir, exist_ok=True)
    for name, data in bad.items():
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
        os.chmod(os.path.join(outdir, name), 0o755)


if __name__ == '__main__':
    main()
