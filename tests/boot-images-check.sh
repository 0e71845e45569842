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
# Without the U-Boot files and without the network (an apt-get that always
# fails, an empty cache): make sdcard must stop and say what is missing.
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "E: network unreachable" >&2\nexit 100\n' >"$tmp/bin/apt-get"
chmod +x "$tmp/bin/apt-get"
out=$(PATH=$tmp/bin:$PATH make -s --no-print-directory BOARD=beaglebone-black sdcard \
	UBOOT_CACHE="$tmp/cache" SDCARD="$tmp/none.img" 2>&1) &&
	fail "make sdcard succeeded without MLO and u-boot.img"
grep -q 'MLO and u-boot.img are missing' <<<"$out" && grep -q 'apt-get download u-boot-omap:armhf' <<<"$out" ||
	{ echo "$out"; fail "no clear message about the missing U-Boot files"; }
[ -e "$tmp/none.img" ] && fail "a card was written without MLO"
echo "PASS: both boards' boot images and SD cards check out, damage is caught, and missing U-Boot files are named"
