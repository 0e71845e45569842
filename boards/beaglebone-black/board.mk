# BeagleBone Black (TI AM335x, Cortex-A8). No emulator here models the
# AM335x: the kernel is built and its images checked (make test), and it
# boots on the board from an SD card (make sdcard, README).
BOARD_CPU	:= cortex-a8
BOARD_DTS	:= boards/beaglebone-black/am335x-boneblack.dts
QEMU		:=
QEMU_MACHINE	:=
QEMU_MEM_DEFAULT := 512
TEST_MEMS	:=
obj-y += boards/beaglebone-black/board.o boards/beaglebone-black/ns16550.o
obj-y += boards/beaglebone-black/intc.o boards/beaglebone-black/dmtimer.o
obj-y += boards/common/uart_rx.o

# U-Boot's default environment on the AM335x (arm-facts.md §12.2):
# kernel_addr_r, fdt_addr_r, ramdisk_addr_r.
UBOOT_KERNEL_ADDR := 0x82000000
UBOOT_FDT_ADDR	:= 0x88000000
UBOOT_RAMDISK_ADDR := 0x88080000
