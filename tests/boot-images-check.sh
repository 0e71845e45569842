#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# What can be checked of the boot images without a board, for both boards
# (tools/check-boot-images.py says what each check is): make sdcard, then
# the uImage/uInitrd/boot.scr headers and CRCs, the addresses against the
# ELF and the board's RAM, and the card's layout (for the BeagleBone, MLO
# first and u-boot.img second, from Debian's u-boot-omap). Then the checker
# must catch a damaged uImage and a card without MLO first.
set -uo pipefail
cd "$(dirname "$0")/.."
. tests/lib.sh

omap=$(tools/u-boot.sh omap) || fail "no MLO/u-boot.img (tools/u-boot.sh omap says why)"
for board in vexpress-a9 beaglebone-black; do
	O=build/$board
	make -s --no-print-directory BOARD=$board sdcard >/dev/null || fail "make sdcard BOARD=$board"
	if [ $board = beaglebone-black ]; then
		UBOOT_OMAP_DIR=$omap python3 tools/check-boot-images.py $O || fail "$board images"
	else
		python3 tools/check-boot-images.py $O || fail "$board images"
	fi
done

# The checks can fail: a uImage with one payload byte changed, and a card
# whose first file is not MLO.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=$tmp/beaglebone-black
mkdir -p "$bad"
cp build/beaglebone-black/{kernel.elf,kernel.bin,uImage,uInitrd,boot.scr,beaglebone-black.dtb} "$bad"/
printf '\xff' | dd of="$bad/uImage" bs=1 seek=100 conv=notrunc status=none
tools/mksdcard.sh "$bad/sdcard.img" 64 "$bad/uImage" "$omap/MLO" "$omap/u-boot.img" \
	"$bad/boot.scr" "$bad/uInitrd" "$bad/beaglebone-black.dtb"
out=$(UBOOT_OMAP_DIR=$omap python3 tools/check-boot-images.py "$bad" 2>&1) &&
	fail "the checker passed damaged images"
for want in 'FAIL uImage: data CRC' 'FAIL sdcard.img: MLO is the first directory entry'; do
	grep -q "$want" <<<"$out" || { echo "$out"; fail "the checker missed: $want"; }
done
echo "PASS: both boards' boot images and SD cards check out, and damage is caught"
