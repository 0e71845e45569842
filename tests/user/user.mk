# SPDX-License-Identifier: GPL-2.0
#
# tests/user: the user programs and the initramfs that carries them.
#
# Each tests/user/<prog>.c is linked with the runtime in tests/user/lib/
# into $(USER_OUT)/<prog>: a static ELF32 EABI5 executable at 0x8000
# (lib/user.lds) that uses only raw Linux system calls, so it runs on
# Linux (qemu-arm) as well as on this kernel. They do not depend on the
# board, so there is one set for every build.
#
# $(USER_OUT)/initramfs.list names its entries in order (host test_cpio
# checks the archive against it).
# $(USER_OUT)/initramfs.cpio is the newc archive (cpio -o -H newc) the
# kernel links in (kernel/initramfs_data.S) or receives as an initrd:
#	/init		init
#	/bin/<prog>	every program, init included
#	/etc/motd	a short text file: execve of it must fail with -ENOEXEC
#	/bad/<name>	broken copies of hello (tools/mkbadelf.py): execve refuses each
#
# Included by the top Makefile and by tests/host/host.mk (the host tests
# read the programs and the archive); safe to include twice.

ifndef USER_MK_INCLUDED
USER_MK_INCLUDED := 1

# The includer's default goal stays as it was (user-progs when standalone).
ifeq ($(filter %tests/user/user.mk,$(firstword $(MAKEFILE_LIST))),)
user_saved_goal := $(.DEFAULT_GOAL)
else
user_saved_goal := user-progs
endif

USER_OUT	?= build/user
# Quiet commands, as the top Makefile's (which sets these first when it includes us).
Q		?= @
quiet		?= @printf '  %-8s %s\n'
USER_CC		?= arm-none-eabi-gcc
CPIO		?= cpio
USER_STRIP	?= arm-none-eabi-strip
USER_ARCH	:= -march=armv7-a -marm -mfloat-abi=soft
USER_CFLAGS	:= -std=gnu11 $(USER_ARCH) -O2 -g -ffreestanding -nostdlib -fno-builtin \
		   -fno-tree-loop-distribute-patterns -fno-stack-protector -fno-pie \
		   -fno-common -fno-unwind-tables -fno-asynchronous-unwind-tables \
		   -Wall -Wextra -Werror -Wno-unused-parameter -MMD -MP
USER_LDFLAGS	:= $(USER_ARCH) -nostdlib -static -no-pie -T tests/user/lib/user.lds \
		   -Wl,--build-id=none -Wl,-z,max-page-size=4096 -Wl,-z,noexecstack

USER_PROGS	:= $(patsubst tests/user/%.c,%,$(wildcard tests/user/*.c))
USER_LIB_OBJS	:= $(patsubst tests/user/lib/%,$(USER_OUT)/lib/%.o,\
		   $(basename $(wildcard tests/user/lib/*.c tests/user/lib/*.S)))
USER_BINS	:= $(addprefix $(USER_OUT)/,$(USER_PROGS))
USER_CPIO	:= $(USER_OUT)/initramfs.cpio

.PHONY: user-progs
user-progs: $(USER_BINS) $(USER_CPIO)

$(USER_OUT)/lib/%.o: tests/user/lib/%.c
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(USER_CC) $(USER_CFLAGS) -c -o $@ $<

$(USER_OUT)/lib/%.o: tests/user/lib/%.S
	@mkdir -p $(@D)
	$(quiet) AS $<
	$(Q)$(USER_CC) $(USER_ARCH) -g -MMD -MP -c -o $@ $<

$(USER_OUT)/%.o: tests/user/%.c
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(USER_CC) $(USER_CFLAGS) -c -o $@ $<

# crt0 first, so _start is the first thing in .text
$(USER_BINS): $(USER_OUT)/%: $(USER_OUT)/%.o $(USER_LIB_OBJS) tests/user/lib/user.lds
	$(quiet) LD $@
	$(Q)$(USER_CC) $(USER_LDFLAGS) -o $@ $(USER_OUT)/lib/crt0.o $< \
		$(filter-out $(USER_OUT)/lib/crt0.o,$(USER_LIB_OBJS)) -lgcc

# The archive from a staging tree of stripped copies, names without the leading '/', owner
# root, fixed times (--reproducible): the same programs give the same bytes.
$(USER_CPIO): $(USER_BINS) tools/mkbadelf.py tests/user/user.mk
	$(quiet) CPIO $@
	@rm -rf $(USER_OUT)/root && mkdir -p $(USER_OUT)/root/bin $(USER_OUT)/root/etc
	$(Q)echo "Welcome to the teaching kernel." > $(USER_OUT)/root/etc/motd
	$(Q)cp $(USER_BINS) $(USER_OUT)/root/bin/
	$(Q)$(USER_STRIP) $(addprefix $(USER_OUT)/root/bin/,$(USER_PROGS))
	$(Q)cp $(USER_OUT)/root/bin/init $(USER_OUT)/root/init
	$(Q)python3 tools/mkbadelf.py $(USER_OUT)/root/bin/hello $(USER_OUT)/root/bad
	$(Q)touch -d @0 $(USER_OUT)/root $(USER_OUT)/root/bin $(USER_OUT)/root/init \
		$(USER_OUT)/root/etc $(USER_OUT)/root/etc/motd $(USER_OUT)/root/bad \
		$(USER_OUT)/root/bad/* $(addprefix $(USER_OUT)/root/bin/,$(USER_PROGS))
	$(Q){ echo init; echo bin; \
		for p in $(sort $(USER_PROGS)); do echo bin/$$p; done; echo etc; echo etc/motd; \
		echo bad; for b in kernel-seg overlap truncated wrong-machine; do echo bad/$$b; done; } \
		> $(USER_OUT)/initramfs.list
	$(Q)cd $(USER_OUT)/root && $(CPIO) -o -H newc -R 0:0 --reproducible --quiet \
		< ../initramfs.list > ../initramfs.cpio.tmp
	$(Q)mv $(USER_OUT)/initramfs.cpio.tmp $@

-include $(USER_BINS:=.d) $(USER_LIB_OBJS:.o=.d)

.DEFAULT_GOAL := $(user_saved_goal)

endif
