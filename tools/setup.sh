#!/usr/bin/env bash
# Installs everything the project needs on Debian (bookworm), with apt-get:
# the ARM cross toolchain, QEMU, gdb-multiarch, dtc, mkimage, and the host
# compiler with its sanitizer runtimes. Safe to run again: it installs only
# what is missing and says what it installed. Runs apt-get as root, through
# sudo when not root.
set -euo pipefail

PACKAGES=(
	make gcc libc6-dev python3		# host build, host tests, test runner
	gcc-arm-none-eabi binutils-arm-none-eabi	# the kernel's compiler
	qemu-system-arm				# the emulated board
	gdb-multiarch				# debugging the kernel
	device-tree-compiler			# dtc: the board's .dts -> .dtb
	u-boot-tools				# mkimage: the uImage U-Boot and QEMU boot
	cpio					# packs the initramfs (newc)
	qemu-user				# qemu-arm: the user programs on Linux (host test)
	gcc-arm-linux-gnueabihf			# make peer-bench: membench built as the peer builds it
)

if [ "$(id -u)" -eq 0 ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1; then
	SUDO=(sudo)
else
	echo "setup: run this as root, or install sudo" >&2
	exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "setup: all ${#PACKAGES[@]} packages are already installed."
	exit 0
fi

echo "setup: installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: installed: ${missing[*]}"
