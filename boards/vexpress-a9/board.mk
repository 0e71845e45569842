# QEMU vexpress-a9: how to build for it and how to start it.
BOARD_CPU	:= cortex-a9
BOARD_DTS	:= boards/vexpress-a9/vexpress-a9.dts
QEMU		:= qemu-system-arm
QEMU_MACHINE	:= -M vexpress-a9
QEMU_MEM_DEFAULT := 128
TEST_MEMS	:= 128 512 1024
obj-y += boards/vexpress-a9/board.o boards/vexpress-a9/pl011.o
obj-y += boards/vexpress-a9/gic.o boards/vexpress-a9/timer.o
obj-y += boards/common/uart_rx.o

# Extra boots for `make test`: without -dtb, QEMU hands over ATAGs; the
# kernel must say so, use their command line, and skip the dtb suite.
BOOT_CHECKS	:= --boot-check 'no-dtb:::!:::selftest=dtb,early_mmu cmd="poweroff":::(?s)No valid DTB at .*Found ATAGs.*ok [0-9]+ dtb \# SKIP'

# Where boot.scr has U-Boot load its files (tools/boot.cmd.in explains
# each): RAM + 32 MiB for the uImage (bootm copies the kernel down to
# 0x60008000; kernel.bin stays far below 32 MiB), RAM + 48 MiB for the DTB,
# RAM + 49 MiB for uInitrd. All inside QEMU's default 128 MiB.
UBOOT_KERNEL_ADDR := 0x62000000
UBOOT_FDT_ADDR	:= 0x63000000
UBOOT_RAMDISK_ADDR := 0x63100000
