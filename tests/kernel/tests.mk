# tests/kernel: every *.c (and *.S helper) here is linked into the kernel;
# each KTEST_SUITE() registers itself, so a new file is a new suite.
obj-y += $(patsubst %.c,%.o,$(wildcard tests/kernel/*.c))
obj-y += $(patsubst %.S,%.o,$(wildcard tests/kernel/*.S))
