#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# A real U-Boot boot under QEMU: U-Boot for vexpress_ca9x4, built from
# Debian's source package (make u-boot, cached in .cache/u-boot), starts
# from QEMU's -kernel with the vexpress SD image (make sdcard) on the MMC
# controller. Its distro boot must find boot.scr, which loads uImage, the
# DTB and uInitrd and bootm's them; the kernel must then see U-Boot's DTB
# (r2) and the initrd it put in /chosen, run the self-tests (KTAP, all
# passing) and power off: QEMU exits 0, inside the timeout, under -icount.
#
# The suites are the ones about what U-Boot hands over (the DTB, the
# initrd and a program run from it, the memory and the MMU): every suite
# already runs at three memory sizes through QEMU's -kernel, and all of
# them here would take a minute more. UBOOT_SUITES=all runs them all.
#
#   tests/u-boot-boot.sh [BUILD_DIR]      (default build/vexpress-a9)
set -uo pipefail
cd "$(dirname "$0")/.."
. tests/lib.sh
O=${1:-build/vexpress-a9}
: "${QEMU_UBOOT:=$(make -s --no-print-directory qemu-u-boot-cmd)}"
SUITES=${UBOOT_SUITES:-dtb,early_mmu,zones,paging,initramfs,exec}
img=$O/sdcard-u-boot.img
log=$O/test-logs/u-boot-boot.log
mkdir -p "$O/test-logs"

uboot=$(tools/u-boot.sh qemu) || fail "no U-Boot for QEMU (make u-boot says why)"
make -s --no-print-directory BOARD=vexpress-a9 sdcard SDCARD="$img" \
	BOOTARGS="selftest=$SUITES cmd=\"poweroff\"" >/dev/null ||
	fail "make sdcard failed"

# shellcheck disable=SC2086  # QEMU_UBOOT is a word list on purpose
timeout "${BOOT_TIMEOUT:-90}" $QEMU_UBOOT -display none -serial stdio -monitor none \
	-icount shift=0,sleep=off -kernel "$uboot" -drive if=sd,format=raw,file="$img" \
	</dev/null >"$log" 2>&1
rc=$?
echo "QEMU exit status $rc; console log $log"
[ $rc -eq 124 ] && fail "timeout"

# U-Boot's part, up to the hand-over, then the kernel's.
grep -q '^Found U-Boot script /boot.scr' "$log" || fail "distro boot did not find boot.scr"
grep -q '^boot.scr: loading uImage' "$log" || fail "boot.scr did not run"
grep -q 'Verifying Checksum ... OK' "$log" || fail "bootm did not verify the uImage"
grep -q '^Starting kernel ...' "$log" || fail "bootm did not start the kernel"
kernel_log=$O/test-logs/u-boot-boot-kernel.log
sed -n '/^Starting kernel \.\.\./,$p' "$log" | tail -n +2 >"$kernel_log"
grep -q '^Booting the teaching kernel on vexpress-a9' "$kernel_log" || fail "no kernel banner"
grep -Eq '^DTB at 0x6[0-9a-f]{7}, ' "$kernel_log" || fail "the kernel did not take U-Boot's DTB from r2"
grep -q '^DTB: initrd at 0x' "$kernel_log" || fail "no initrd from U-Boot's /chosen"
grep -q '^initramfs: initrd archive at ' "$kernel_log" ||
	grep -q '# initrd archive, ' "$kernel_log" || fail "the kernel did not use U-Boot's initrd"
python3 tools/ktap.py --label u-boot-boot "$kernel_log" || fail "the self-tests did not all pass"
[ $rc -eq 0 ] || fail "QEMU exit status $rc"
echo "PASS: U-Boot's distro boot ran boot.scr; the kernel booted from it and its self-tests passed"
