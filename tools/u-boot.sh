#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# U-Boot from Debian, into a git-ignored cache (default .cache/u-boot):
#
#   tools/u-boot.sh qemu [CACHE]   U-Boot for QEMU's vexpress-a9, built from
#                                  Debian's u-boot source package (apt-get
#                                  source; vexpress_ca9x4_defconfig,
#                                  arm-none-eabi-gcc). Prints the path of the
#                                  ELF to give QEMU's -kernel. A few minutes
#                                  the first time; later runs reuse it.
#   tools/u-boot.sh omap [CACHE]   MLO and u-boot.img for the BeagleBone Black
#                                  from Debian's u-boot-omap (armhf) package,
#                                  downloaded with apt-get download and
#                                  unpacked with dpkg-deb -x, never installed.
#                                  Prints the folder holding them.
#
# Both need the network only the first time. Without it (or without the
# deb-src / armhf entries tools/setup.sh adds) they say what is missing and
# how to get it, and exit 1.
set -euo pipefail

what=${1:-}
cache=${2:-.cache/u-boot}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
jobs=${JOBS:-2}

die() {
	echo "u-boot.sh: $*" >&2
	exit 1
}

# Runs apt-get with its download in the cache folder; "_apt" cannot write
# there, so downloads run unsandboxed (apt says so; harmless).
apt_in() {
	local dir=$1
	shift
	(cd "$dir" && apt-get -o APT::Sandbox::User=root "$@")
}

# What this build adds to vexpress_ca9x4_defconfig. Its default
# environment (2023.01, include/configs/vexpress_common.h) has no
# scriptaddr, so distro boot finds boot.scr but its "load ... ${scriptaddr}
# boot.scr" fails with a usage message. PREBOOT sets one before bootcmd
# runs: RAM + 50 MiB, clear of where boot.scr puts the kernel, DTB and
# initrd (tools/boot.cmd.in). BOOTDELAY 0: no 2-second wait for a key.
QEMU_FRAGMENT='CONFIG_USE_PREBOOT=y
CONFIG_PREBOOT="setenv scriptaddr 0x63200000"
CONFIG_BOOTDELAY=0'

qemu_u_boot() {
	local out=$cache/vexpress_ca9x4
	local elf=$out/u-boot
	if [ -f "$elf" ] && [ "$(cat "$out/fragment.config" 2>/dev/null)" = "$QEMU_FRAGMENT" ]; then
		echo "$elf"
		return
	fi
	local dl=$cache/src-dl
	mkdir -p "$dl"
	if ! ls "$dl"/u-boot_*.dsc >/dev/null 2>&1; then
		echo "u-boot.sh: fetching Debian's u-boot source package (once)" >&2
		apt_in "$dl" source --download-only u-boot >&2 ||
			die "could not fetch the u-boot source package. It needs a deb-src line for
  bookworm in /etc/apt/sources.list.d (tools/setup.sh adds one), 'apt-get update',
  and the network. Or put u-boot_*.dsc, *.orig.tar.xz and *.debian.tar.xz in $dl."
	fi
	local src=$cache/src
	if [ ! -f "$src/Makefile" ]; then
		rm -rf "$src"
		command -v dpkg-source >/dev/null || die "dpkg-source is missing: apt-get install dpkg-dev"
		dpkg-source --no-check -x "$(ls "$dl"/u-boot_*.dsc | tail -n 1)" "$src" >&2
	fi
	echo "u-boot.sh: building U-Boot for vexpress_ca9x4 with arm-none-eabi-gcc (once, a few minutes)" >&2
	rm -f "$elf"
	make -C "$src" O="$out" CROSS_COMPILE=arm-none-eabi- vexpress_ca9x4_defconfig >&2
	echo "$QEMU_FRAGMENT" >> "$out/.config"
	make -C "$src" O="$out" CROSS_COMPILE=arm-none-eabi- olddefconfig >&2
	echo "$QEMU_FRAGMENT" > "$out/fragment.config"
	make -C "$src" O="$out" CROSS_COMPILE=arm-none-eabi- -j"$jobs" >&2 ||
		die "the U-Boot build failed: see the output above (build dependencies: tools/setup.sh)"
	[ -f "$elf" ] || die "the U-Boot build left no $elf"
	echo "$elf"
}

omap_u_boot() {
	local dir=$cache/omap/usr/lib/u-boot/am335x_boneblack
	if [ -f "$dir/MLO" ] && [ -f "$dir/u-boot.img" ]; then
		echo "$dir"
		return
	fi
	local dl=$cache/omap-dl
	mkdir -p "$dl"
	if ! ls "$dl"/u-boot-omap_*_armhf.deb >/dev/null 2>&1; then
		echo "u-boot.sh: downloading Debian's u-boot-omap (armhf) package (once)" >&2
		apt_in "$dl" download u-boot-omap:armhf >&2 ||
			die "MLO and u-boot.img are missing, and u-boot-omap could not be downloaded.
  They come from Debian's u-boot-omap package (armhf), never installed:
    dpkg --add-architecture armhf && apt-get update     (tools/setup.sh does this)
    cd $dl && apt-get download u-boot-omap:armhf
  or copy a u-boot-omap_*_armhf.deb there from any machine with the network, then
  run 'make sdcard BOARD=beaglebone-black' again."
	fi
	rm -rf "$cache/omap"
	dpkg-deb -x "$(ls "$dl"/u-boot-omap_*_armhf.deb | tail -n 1)" "$cache/omap"
	[ -f "$dir/MLO" ] && [ -f "$dir/u-boot.img" ] ||
		die "the u-boot-omap package has no am335x_boneblack/{MLO,u-boot.img}"
	echo "$dir"
}

case $what in
qemu) qemu_u_boot ;;
omap) omap_u_boot ;;
*)
	echo "usage: $0 qemu|omap [CACHE]" >&2
	exit 2
	;;
esac
