# BeagleBone Black (TI AM335x, Cortex-A8). No emulator here models the
# AM335x: the kernel is built and its images checked (make test), and it
# boots on the board from an SD card (make sdcard, README).
BOARD_CPU	:= cortex-a8
BOARD_DTS	:= boards/beaglebone-black/am335x-boneblack.dts
# `make run` and `make debug` say so instead of starting a wrong machine.
QEMU		:= @echo 'No emulator here models the AM335x: make sdcard BOARD=beaglebone-black, then README.md, "Flash to a BeagleBone Black".' >&2; false
QEMU_MACHINE	:=
QEMU_MEM_DEFAULT := 512
TEST_MEMS	:=
obj-y += boards/beaglebone-black/board.o boards/beaglebone-black/ns16550.o
obj-y += boards/beaglebone-black/intc.o boards/beaglebone-black/dmtimer.o
obj-y += boards/common/uart_rx.o

# Where boot.scr has U-Boot load its files: the AM335x U-Boot's own
# kernel_addr_r (RAM + 32 MiB), fdt_addr_r (RAM + 128 MiB) and
# ramdisk_addr_r (RAM + 128.5 MiB) (arm-facts.md §12.2); bootm copies the
# kernel down to 0x80008000. MLO and u-boot.img go on the card too.
UBOOT_OMAP	:= y
UBOOT_KERNEL_ADDR := 0x82000000
UBOOT_FDT_ADDR	:= 0x88000000
UBOOT_RAMDISK_ADDR := 0x88080000
