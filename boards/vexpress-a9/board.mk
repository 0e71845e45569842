# QEMU vexpress-a9: how to build for it and how to start it.
BOARD_CPU	:= cortex-a9
LOADADDR	:= 0x60008000
BOARD_DTS	:= boards/vexpress-a9/vexpress-a9.dts
QEMU		:= qemu-system-arm
QEMU_MACHINE	:= -M vexpress-a9
QEMU_MEM_DEFAULT := 128
TEST_MEMS	:= 128 1024
obj-y += boards/vexpress-a9/board.o boards/vexpress-a9/pl011.o
