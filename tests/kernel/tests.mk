# tests/kernel: every *.c here is a self-test suite linked into the kernel.
obj-y += $(patsubst %.c,%.o,$(wildcard tests/kernel/*.c))
