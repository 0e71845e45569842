#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Writes an SD-card image: an MBR with one bootable FAT32 partition (type
# 0x0c, LBA) from 1 MiB to the end, holding the given files in the given
# order (the first one gets the first directory entry and the first
# clusters: the AM335x ROM wants MLO there). No root, loop device or mount:
# mkfs.vfat formats a separate partition file, mtools' mcopy fills it,
# sfdisk writes the partition table into the image file, and dd puts the
# partition in place.
#
#   tools/mksdcard.sh OUT.img SIZE_MIB FILE...
#
# SIZE_MIB should be a power of two (QEMU refuses SD images of other
# sizes) and at least 64: FAT32 needs 65525 clusters or more.
set -euo pipefail

if [ $# -lt 3 ]; then
	echo "usage: $0 OUT.img SIZE_MIB FILE..." >&2
	exit 2
fi
out=$1 size_mib=$2
shift 2

for tool in mkfs.vfat mcopy sfdisk; do
	command -v "$tool" >/dev/null 2>&1 || PATH=$PATH:/sbin:/usr/sbin
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "mksdcard: $tool is missing: run tools/setup.sh (dosfstools, mtools, fdisk)" >&2
		exit 1
	fi
done
for f in "$@"; do
	[ -f "$f" ] || { echo "mksdcard: $f: no such file" >&2; exit 1; }
done

part_start=2048				# sectors: the partition starts at 1 MiB
part_sectors=$(( size_mib * 2048 - part_start ))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The partition on its own: FAT32, 512-byte sectors, 1 sector per cluster
# so that even 64 MiB has enough clusters for FAT32, no volume label
# entry (so the first directory entry is the first file).
mkfs.vfat -F 32 -S 512 -s 1 -i 0b0075db -C "$tmp/part.img" $(( part_sectors / 2 )) >/dev/null
for f in "$@"; do
	MTOOLS_SKIP_CHECK=1 mcopy -i "$tmp/part.img" "$f" "::$(basename "$f")"
done

rm -f "$out"
truncate -s "${size_mib}M" "$out"
printf 'label: dos\nlabel-id: 0x0b0075db\nstart=%s, size=%s, type=c, bootable\n' \
	"$part_start" "$part_sectors" | sfdisk --quiet "$out"
dd if="$tmp/part.img" of="$out" bs=512 seek=$part_start conv=notrunc,sparse status=none
