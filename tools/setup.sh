#!/usr/bin/env bash
# Installs everything the project needs on Debian (bookworm), with apt-get:
# the ARM cross toolchain, QEMU, gdb-multiarch, dtc, mkimage, and the host
# compiler with its sanitizer runtimes, the SD-card tools and what building
# U-Boot needs (it also adds deb-src entries and the armhf architecture, for
# make u-boot and the BeagleBone's u-boot-omap). Safe to run again: it installs only
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
	mtools dosfstools fdisk			# make sdcard: mcopy, mkfs.vfat, sfdisk
	dpkg-dev xz-utils			# apt-get source u-boot: dpkg-source
	bison flex bc libssl-dev		# building U-Boot (make u-boot)
)

if [ "$(id -u)" -eq 0 ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1; then
	SUDO=(sudo)
else
	echo "setup: run this as root, or install sudo" >&2
	exit 1
fi

# Debian's u-boot source package (make u-boot) needs deb-src entries, and
# u-boot-omap (MLO, u-boot.img for the BeagleBone) the armhf package
# index; neither installs anything by itself.
apt_changed=0
SRC_LIST=/etc/apt/sources.list.d/teaching-kernel-src.sources
if ! grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
	echo "setup: adding deb-src entries for bookworm ($SRC_LIST)"
	printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
		'Suites: bookworm bookworm-updates' 'Components: main' \
		'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
		"${SUDO[@]}" tee "$SRC_LIST" >/dev/null
	apt_changed=1
fi
if ! dpkg --print-foreign-architectures | grep -qx armhf; then
	echo "setup: adding the armhf architecture (for apt-get download u-boot-omap:armhf)"
	"${SUDO[@]}" dpkg --add-architecture armhf
	apt_changed=1
fi
if [ $apt_changed -eq 1 ]; then
	# A mirror mid-sync may fail one index; what matters is checked when used.
	"${SUDO[@]}" apt-get update -qq || echo "setup: apt-get update reported errors (carrying on)"
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
[ $apt_changed -eq 1 ] || "${SUDO[@]}" apt-get update -qq || echo "setup: apt-get update reported errors (carrying on)"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: installed: ${missing[*]}"
