# SPDX-License-Identifier: GPL-2.0
#
# U-Boot's files and the SD card (included by the Makefile; docs/boards.md):
#
#   make sdcard [BOARD=...] [BOOTARGS='...'] [SDCARD=file]
#	build/<board>/sdcard.img: MBR, one FAT32 partition holding (BeagleBone:
#	MLO and u-boot.img first, from Debian's u-boot-omap) boot.scr, uImage,
#	the DTB, uInitrd (the initramfs as a ramdisk uImage) and, for the
#	BeagleBone, uEnv.txt. BOOTARGS is the kernel command line boot.scr sets
#	(any text without a single quote).
#   make u-boot			U-Boot for QEMU's vexpress-a9, built once from
#				Debian's source package into $(UBOOT_CACHE)
#   make run-u-boot		QEMU vexpress-a9 booting that U-Boot with the SD card
#
# The board's board.mk gives the three load addresses boot.scr uses
# (UBOOT_KERNEL_ADDR, UBOOT_FDT_ADDR, UBOOT_RAMDISK_ADDR) and, for a TI
# board, UBOOT_OMAP := y (MLO and u-boot.img on the card).

BOOTARGS	?=
UBOOT_CACHE	?= .cache/u-boot
SDCARD		?= $(O)/sdcard.img
SDCARD_MIB	?= 64

BOOT_FILES	:= $(O)/boot.scr $(O)/uImage $(DTB) $(O)/uInitrd \
		   $(if $(filter y,$(UBOOT_OMAP)),$(O)/uEnv.txt)

# QEMU started with U-Boot instead of the kernel (make run-u-boot, and the
# U-Boot boot test, which adds -kernel and -sd).
QEMU_UBOOT	= $(QEMU) $(QEMU_MACHINE) -m $(QEMU_MEM_DEFAULT) \
		  -semihosting-config enable=on,target=native -no-reboot \
		  -audiodev none,id=snd0 -global pl041.audiodev=snd0 $(QEMU_EXTRA)
export QEMU_UBOOT

.PHONY: sdcard u-boot run-u-boot qemu-u-boot-cmd boards-prep FORCE

# Before make test's runner: U-Boot built (minutes, once), u-boot-omap
# fetched and the BeagleBone kernel built, which the tests' time limit
# would not allow. A failure here is reported and left to the tests that
# need them, which then fail with it.
boards-prep:
	@tools/u-boot.sh qemu $(UBOOT_CACHE) >/dev/null || echo "boards-prep: no U-Boot for QEMU"
	@tools/u-boot.sh omap $(UBOOT_CACHE) >/dev/null || echo "boards-prep: no MLO/u-boot.img"
	@$(MAKE) --no-print-directory BOARD=beaglebone-black all || echo "boards-prep: the BeagleBone build failed"

# The QEMU command tests/u-boot-boot.sh uses when run by hand.
qemu-u-boot-cmd:
	@echo '$(QEMU_UBOOT)'

# The initramfs as a U-Boot ramdisk image: every U-Boot's bootm takes it,
# with or without CONFIG_SUPPORT_RAW_INITRD. Load address 0: bootm leaves
# a ramdisk where it is or moves it up (initrd_high), never to 0.
$(O)/uInitrd: $(O)/initramfs.cpio
	$(quiet) MKIMAGE $@
	$(Q)$(MKIMAGE) -A arm -O linux -T ramdisk -C none -a 0 -e 0 -n initramfs -d $< $@ >/dev/null

# boot.cmd is rewritten only when its text changes (BOOTARGS is part of it).
$(O)/boot.cmd: tools/boot.cmd.in boards/$(BOARD)/board.mk FORCE
	@mkdir -p $(dir $@)
	@sed -e 's|@BOARD@|$(BOARD)|g' -e 's|@DTB@|$(notdir $(DTB))|g' \
	    -e 's|@RAM_BASE@|$(PHYS_OFFSET)|g' -e 's|@LOADADDR@|$(LOADADDR)|g' \
	    -e 's|@KERNEL_ADDR@|$(UBOOT_KERNEL_ADDR)|g' -e 's|@FDT_ADDR@|$(UBOOT_FDT_ADDR)|g' \
	    -e 's|@RAMDISK_ADDR@|$(UBOOT_RAMDISK_ADDR)|g' \
	    -e "s|@KERNEL_OFF@|$$(printf 0x%x $$(( $(UBOOT_KERNEL_ADDR) - $(PHYS_OFFSET) )))|g" \
	    -e "s|@FDT_OFF@|$$(printf 0x%x $$(( $(UBOOT_FDT_ADDR) - $(PHYS_OFFSET) )))|g" \
	    -e "s|@RAMDISK_OFF@|$$(printf 0x%x $$(( $(UBOOT_RAMDISK_ADDR) - $(PHYS_OFFSET) )))|g" \
	    -e 's|@BOOTARGS@|$(subst &,\&,$(subst |,\|,$(BOOTARGS)))|g' $< > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(O)/boot.scr: $(O)/boot.cmd
	$(quiet) MKIMAGE $@
	$(Q)$(MKIMAGE) -A arm -O linux -T script -C none -n "boot.scr $(BOARD)" -d $< $@ >/dev/null

$(O)/uEnv.txt: boards/$(BOARD)/uEnv.txt
	$(Q)cp $< $@

sdcard: all $(BOOT_FILES)
	$(quiet) SDCARD $(SDCARD)
	$(Q)files="$(BOOT_FILES)"; \
	$(if $(filter y,$(UBOOT_OMAP)),dir=$$(tools/u-boot.sh omap $(UBOOT_CACHE)) || exit 1; \
		files="$$dir/MLO $$dir/u-boot.img $$files";) \
	tools/mksdcard.sh $(SDCARD) $(SDCARD_MIB) $$files
	@echo "$(SDCARD): $(SDCARD_MIB) MiB; write it to a card as README.md, 'Flash to a BeagleBone Black', says"

u-boot:
	@tools/u-boot.sh qemu $(UBOOT_CACHE)

run-u-boot: sdcard
	$(QEMU_UBOOT) -nographic -kernel $$(tools/u-boot.sh qemu $(UBOOT_CACHE)) -drive if=sd,format=raw,file=$(SDCARD)
