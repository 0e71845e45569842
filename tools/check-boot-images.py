#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Checks what `make sdcard` wrote for one board, without the board.

    tools/check-boot-images.py BUILD_DIR [SDCARD]

BUILD_DIR is build/<board>/ (kernel.elf, kernel.bin, uImage, uInitrd,
boot.scr, <board>.dtb); SDCARD defaults to BUILD_DIR/sdcard.img. Prints
one line per check (ok / FAIL) and exits 1 on any failure.

- uImage, uInitrd, boot.scr: the legacy U-Boot header (include/image.h:
  64 bytes, big-endian, magic 0x27051956), its header CRC and data CRC
  (CRC-32, as zlib computes it), os/arch/type/compression; `mkimage -l`
  must agree with the header.
- uImage: the payload is kernel.bin byte for byte; load address = entry =
  the ELF's first physical load address = its entry point made physical;
  the whole image inside the board's RAM (the DTB's /memory).
- uInitrd: a ramdisk whose payload is a newc cpio archive.
- boot.scr: the load addresses it uses lie in RAM, and nothing it loads
  overlaps the kernel's final place or another file (bootm refuses an
  image that overlaps its load address).
- The SD card: an MBR with one bootable FAT32 (LBA) partition; the files
  present, byte for byte; for a board whose card holds MLO: MLO the first
  directory entry and the first file on the partition, u-boot.img the
  second, and MLO's GP header loading it at 0x402F0400 (the AM335x SRAM
  where the ROM runs it, arm-facts.md §12.1).
"""
import os
import re
import struct
import subprocess
import sys
import zlib

IH_MAGIC = 0x27051956
IH_OS_LINUX, IH_ARCH_ARM = 5, 2
IH_TYPE_KERNEL, IH_TYPE_RAMDISK, IH_TYPE_SCRIPT = 2, 3, 6
IH_COMP_NONE = 0
AM335X_SRAM_LOAD = 0x402F0400

failures = 0


def check(ok, what, detail=''):
    global failures
    print(f"{'ok  ' if ok else 'FAIL'} {what}{(': ' + detail) if detail and not ok else ''}")
    if not ok:
        failures += 1
    return ok


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def uimage(path, want_type):
    """The header fields of a legacy uImage, after checking its CRCs."""
    data = read(path)
    name = os.path.basename(path)
    if not check(len(data) >= 64, f'{name}: at least a 64-byte header'):
        return None
    (magic, hcrc, _time, size, load, ep, dcrc, os_, arch, typ,
     comp) = struct.unpack('>7I4B', data[:32])
    hdr = data[:4] + b'\0\0\0\0' + data[8:64]
    check(magic == IH_MAGIC, f'{name}: magic 0x27051956', f'0x{magic:08x}')
    check(zlib.crc32(hdr) == hcrc, f'{name}: header CRC')
    payload = data[64:]
    check(len(payload) == size, f'{name}: data size {size} = file size - 64', str(len(payload)))
    check(zlib.crc32(payload) == dcrc, f'{name}: data CRC')
    check((os_, arch, typ, comp) == (IH_OS_LINUX, IH_ARCH_ARM, want_type, IH_COMP_NONE),
          f'{name}: os linux, arch arm, type {want_type}, no compression',
          f'os {os_} arch {arch} type {typ} comp {comp}')
    # mkimage -l reads the same header: its view must agree.
    out = subprocess.run(['mkimage', '-l', path], capture_output=True, text=True).stdout
    if want_type == IH_TYPE_KERNEL:
        m_load = re.search(r'Load Address:\s*([0-9a-fA-F]+)', out)
        m_ep = re.search(r'Entry Point:\s*([0-9a-fA-F]+)', out)
        check(bool(m_load and m_ep) and int(m_load.group(1), 16) == load and
              int(m_ep.group(1), 16) == ep, f'{name}: mkimage -l shows load and entry', out)
    check(f'Data Size:    {size} Bytes' in out, f'{name}: mkimage -l shows the data size', out)
    return {'size': size, 'load': load, 'ep': ep, 'payload': payload, 'file_size': len(data)}


def elf_facts(path):
    """(entry, first LOAD segment's vaddr and paddr, physical end of the
    last one: the kernel's whole image with its BSS) of a 32-bit ELF."""
    d = read(path)
    entry, phoff = struct.unpack_from('<II', d, 24)
    phentsize, phnum = struct.unpack_from('<HH', d, 42)
    loads = []
    for i in range(phnum):
        p_type, _off, vaddr, paddr, _filesz, memsz = struct.unpack_from(
            '<IIIIII', d, phoff + i * phentsize)
        if p_type == 1:
            loads.append((vaddr, paddr, memsz))
    return entry, loads[0][0], loads[0][1], max(pa + sz for _va, pa, sz in loads)


def fdt_memory(path):
    """(base, size) of the DTB's /memory node, with dtc's help."""
    out = subprocess.run(['dtc', '-I', 'dtb', '-O', 'dts', path], capture_output=True,
                         text=True).stdout
    m = re.search(r'memory@[0-9a-f]+ \{[^}]*reg = <(0x[0-9a-f]+) (0x[0-9a-f]+)>', out)
    return (int(m.group(1), 16), int(m.group(2), 16)) if m else (None, None)


def check_sdcard(img, files, mlo_first):
    data = read(img)
    name = os.path.basename(img)
    check(data[510:512] == b'\x55\xaa', f'{name}: MBR signature')
    boot, ptype, start, count = (data[446], data[450], *struct.unpack_from('<II', data, 454))
    check(boot == 0x80 and ptype == 0x0c, f'{name}: partition 1 bootable, FAT32 LBA (0x0c)',
          f'flag 0x{boot:02x} type 0x{ptype:02x}')
    check(all(data[446 + 16 * i + 4] == 0 for i in (1, 2, 3)), f'{name}: one partition only')
    check(start * 512 + count * 512 <= len(data), f'{name}: partition inside the image')
    part = data[start * 512:(start + count) * 512]
    bps, spc, reserved, nfats = struct.unpack_from('<HBHB', part, 11)
    fatsz, root_cluster = struct.unpack_from('<I4xI', part, 36)
    check(part[82:90] == b'FAT32   ' and bps == 512, f'{name}: FAT32 with 512-byte sectors')

    def cluster_off(c):
        return (reserved + nfats * fatsz + (c - 2) * spc) * bps

    fat = part[reserved * bps:(reserved + fatsz) * bps]

    def chain(c):
        while 2 <= c < 0x0FFFFFF8:
            yield c
            c = struct.unpack_from('<I', fat, 4 * c)[0] & 0x0FFFFFFF

    root = b''.join(part[cluster_off(c):cluster_off(c) + spc * bps] for c in chain(root_cluster))
    entries = []            # (8.3 name, first cluster, size), in directory order
    for i in range(0, len(root), 32):
        e = root[i:i + 32]
        if e[0] == 0:
            break
        if e[0] == 0xE5 or e[11] == 0x0F or e[11] & 0x08:
            continue        # deleted, long-name part, volume label
        base, ext = e[0:8].decode().strip(), e[8:11].decode().strip()
        hi, lo, size = struct.unpack_from('<H', e, 20)[0], struct.unpack_from('<H', e, 26)[0], \
            struct.unpack_from('<I', e, 28)[0]
        entries.append((base + ('.' + ext if ext else ''), (hi << 16) | lo, size))

    def content(cluster, size):
        out = b''.join(part[cluster_off(c):cluster_off(c) + spc * bps] for c in chain(cluster))
        return out[:size]

    # mcopy stores long names; match each file by its size and bytes.
    for path in files:
        want = read(path)
        hit = [e for e in entries if e[2] == len(want) and content(e[1], e[2]) == want]
        check(bool(hit), f'{name}: {os.path.basename(path)} on the card, byte for byte')
    if mlo_first:
        check(bool(entries) and entries[0][0] == 'MLO', f'{name}: MLO is the first directory entry',
              str([e[0] for e in entries[:3]]))
        check(bool(entries) and entries[0][1] == min(e[1] for e in entries),
              f'{name}: MLO is the first file on the partition (lowest cluster)')
        check(len(entries) > 1 and entries[1][0] == 'U-BOOT.IMG',
              f'{name}: u-boot.img is the second entry', str([e[0] for e in entries[:3]]))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    build = sys.argv[1]
    img = sys.argv[2] if len(sys.argv) == 3 else os.path.join(build, 'sdcard.img')
    p = lambda f: os.path.join(build, f)  # noqa: E731
    board = os.path.basename(os.path.normpath(build))
    dtb = p(board + '.dtb')
    ram_base, ram_size = fdt_memory(dtb)
    if not check(ram_base is not None, f'{board}: /memory in {os.path.basename(dtb)}'):
        return 1
    ram_end = ram_base + ram_size

    def in_ram(lo, hi):
        return ram_base <= lo and hi <= ram_end

    k = uimage(p('uImage'), IH_TYPE_KERNEL)
    entry, vaddr, paddr, kend = elf_facts(p('kernel.elf'))
    if k:
        check(k['payload'] == read(p('kernel.bin')), 'uImage: payload is kernel.bin')
        check(k['load'] == paddr, f'uImage: load 0x{k["load"]:08x} = the ELF\'s load address',
              f'ELF 0x{paddr:08x}')
        check(k['ep'] == entry - vaddr + paddr,
              f'uImage: entry 0x{k["ep"]:08x} = the ELF entry point, physical',
              f'ELF 0x{entry - vaddr + paddr:08x}')
        check(in_ram(k['load'], k['load'] + k['size']),
              f'uImage: 0x{k["load"]:08x}..+0x{k["size"]:x} inside RAM '
              f'0x{ram_base:08x}..0x{ram_end:08x}')
    r = uimage(p('uInitrd'), IH_TYPE_RAMDISK)
    if r:
        check(r['payload'][:6] == b'070701', 'uInitrd: payload is a newc cpio archive')
    s = uimage(p('boot.scr'), IH_TYPE_SCRIPT)
    if s and k and r:
        # The script payload: a 4-byte length, a 4-byte 0 terminator, then the text.
        text = s['payload'][8:].decode(errors='replace')
        loads = {f: int(a, 16) for a, f in
                 re.findall(r'^\s*(?:if )?load \S+ \S+ (0x[0-9a-fA-F]+) (\S+?)(?:;|$)', text, re.M)}
        want = {'uImage', os.path.basename(dtb), 'uInitrd'}
        check(set(loads) == want, 'boot.scr: loads uImage, the DTB and uInitrd', str(loads))
        boots = re.findall(r'^\s*bootm (0x[0-9a-fA-F]+) (\S+) (0x[0-9a-fA-F]+)', text, re.M)
        check(bool(boots) and all(int(b[0], 16) == loads.get('uImage') and
                                  int(b[2], 16) == loads.get(os.path.basename(dtb))
                                  for b in boots), 'boot.scr: bootm the addresses it loaded')
        sizes = {'uImage': k['file_size'], 'uInitrd': r['file_size'],
                 os.path.basename(dtb): os.path.getsize(dtb)}
        spans = [(loads[f], loads[f] + sizes[f], f) for f in loads if f in sizes]
        spans.append((k['load'], kend, 'the kernel with its BSS at its load address'))
        for lo, hi, f in spans:
            check(in_ram(lo, hi), f'boot.scr: {f} at 0x{lo:08x}..0x{hi:08x} inside RAM')
        spans.sort()
        for (lo1, hi1, f1), (lo2, hi2, f2) in zip(spans, spans[1:]):
            check(hi1 <= lo2, f'boot.scr: {f1} and {f2} do not overlap',
                  f'0x{hi1:08x} > 0x{lo2:08x}')
    files = [p('uImage'), p('uInitrd'), p('boot.scr'), dtb]
    mlo = None
    if os.path.exists(p('uEnv.txt')):
        files.append(p('uEnv.txt'))
    omap = os.environ.get('UBOOT_OMAP_DIR')
    if omap:
        mlo = os.path.join(omap, 'MLO')
        files[:0] = [mlo, os.path.join(omap, 'u-boot.img')]
        gp_size, gp_load = struct.unpack_from('<II', read(mlo), 512)
        check(gp_load == AM335X_SRAM_LOAD, 'MLO: GP header after the 512-byte TOC loads it '
              'at 0x402F0400', f'0x{gp_load:08x}')
        check(gp_load + gp_size <= 0x4030B800, 'MLO: fits the ROM\'s download area '
              '(below 0x4030B800)', f'{gp_size} bytes')
    if check(os.path.exists(img), f'{os.path.basename(img)} exists'):
        check_sdcard(img, files, mlo is not None)
    print(f'{board}: {failures} failure(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
