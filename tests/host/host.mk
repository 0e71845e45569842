# SPDX-License-Identifier: GPL-2.0
#
# Host unit tests: kernel/lib and kernel/devtree.c compiled for the build
# machine and run under AddressSanitizer and UndefinedBehaviorSanitizer.
#
# Included by the top Makefile, or used on its own from the repo root:
#	make -f tests/host/host.mk host-check
#
# Targets:
#	host-tests	builds $(HOST_OUT)/test_{string,vsprintf,fdt,devtree,rbtree,elf,cpio},
#			test_user (qemu-arm runs the user programs) and the fixtures
#	host-check	builds and runs them all; each prints KTAP version 1
#	host-clean	removes $(HOST_OUT)
#
# Kernel sources and tests get -include tests/host/rename.h (memcpy ->
# k_memcpy, ...) so the kernel's functions are tested, not libc's; harness.c
# does not, as it is the tests' only route to libc. All paths are relative
# to the repo root.

# Used standalone (make -f tests/host/host.mk), host-check is the default;
# when included, the includer's default goal is left as it was (even if
# it is defined later), whether or not the includer sets TOPLEVEL. The
# defaults below are ?= so the includer's settings win.
ifeq ($(filter %tests/host/host.mk,$(firstword $(MAKEFILE_LIST))),)
host_saved_goal := $(.DEFAULT_GOAL)
else
host_saved_goal := host-check
endif

HOSTCC ?= gcc
DTC ?= dtc
HOST_OUT ?= build/host
HOST_BOARD ?= $(or $(BOARD),vexpress-a9)

HOST_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
HOST_CFLAGS := -std=gnu11 -O1 -g $(HOST_SAN) -fno-omit-frame-pointer \
	-Wall -Wextra -Werror -Iinclude -MMD -MP
HOST_RENAME := -include tests/host/rename.h
HOST_LDFLAGS := $(HOST_SAN)

HOST_TESTS := string vsprintf fdt devtree rbtree elf cpio
HOST_BINS := $(addprefix $(HOST_OUT)/test_,$(HOST_TESTS))
HOST_DTBS := $(patsubst tests/host/fdt/%.dts,$(HOST_OUT)/fdt/%.dtb,\
	$(wildcard tests/host/fdt/*.dts))

# The kernel objects each test links besides its own file and the harness.
host_klib = $(addprefix $(HOST_OUT)/kernel/lib/,$(addsuffix .o,$(1)))
$(HOST_OUT)/test_string: $(call host_klib,string)
$(HOST_OUT)/test_vsprintf: $(call host_klib,vsprintf string)
$(HOST_OUT)/test_fdt: $(call host_klib,fdt vsprintf string)
$(HOST_OUT)/test_devtree: $(HOST_OUT)/kernel/devtree.o $(call host_klib,fdt vsprintf string)
$(HOST_OUT)/test_rbtree: $(call host_klib,rbtree)
$(HOST_OUT)/test_elf: $(HOST_OUT)/kernel/elf.o $(call host_klib,string)
$(HOST_OUT)/test_cpio: $(HOST_OUT)/kernel/cpio.o $(HOST_OUT)/kernel/elf.o $(call host_klib,string)

HOST_OBJS := $(HOST_BINS:=.o) $(HOST_OUT)/harness.o $(HOST_OUT)/kernel/devtree.o \
	$(HOST_OUT)/kernel/elf.o $(HOST_OUT)/kernel/cpio.o \
	$(call host_klib,string vsprintf fdt rbtree)

# devtree.c (and its test) include <board.h>: the board's constants.
HOST_BOARD_CFLAGS := -Iboards -Iboards/$(HOST_BOARD)

# The user programs and the initramfs (tests/user/user.mk): test_elf and
# test_cpio read them at run time; test_user (a shell script) runs them
# under qemu-arm.
include tests/user/user.mk
HOST_SCRIPTS := $(HOST_OUT)/test_user
$(HOST_OUT)/test_elf.o $(HOST_OUT)/test_cpio.o: HOST_EXTRA_CFLAGS := \
	-DUSER_FIXTURE_DIR='"$(USER_OUT)"'

# test_fdt and test_devtree read their fixtures at run time from here.
$(HOST_OUT)/test_fdt.o: HOST_EXTRA_CFLAGS := -DFDT_FIXTURE_DIR='"$(HOST_OUT)/fdt"'
$(HOST_OUT)/test_devtree.o: HOST_EXTRA_CFLAGS := -DFDT_FIXTURE_DIR='"$(HOST_OUT)/fdt"' \
	$(HOST_BOARD_CFLAGS)

.PHONY: host-tests host-check host-clean

host-tests: $(HOST_BINS) $(HOST_DTBS) $(HOST_SCRIPTS) $(USER_BINS) $(USER_CPIO)

host-check: host-tests
	@status=0; \
	for t in $(HOST_BINS) $(HOST_SCRIPTS); do \
		./$$t || { echo "$$t: FAILED" >&2; status=1; }; \
	done; \
	exit $$status

host-clean:
	rm -rf $(HOST_OUT)

$(HOST_BINS): %: %.o $(HOST_OUT)/harness.o
	$(HOSTCC) $(HOST_LDFLAGS) -o $@ $^

$(HOST_OUT)/kernel/lib/%.o: kernel/lib/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/kernel/devtree.o: kernel/devtree.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_BOARD_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/test_%.o: tests/host/test_%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_RENAME) $(HOST_EXTRA_CFLAGS) -c -o $@ $<

$(HOST_OUT)/kernel/elf.o $(HOST_OUT)/kernel/cpio.o: $(HOST_OUT)/kernel/%.o: kernel/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/test_user: tests/host/test_user.sh
	@mkdir -p $(@D)
	sed 's|@USER_OUT@|$(USER_OUT)|' $< > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

$(HOST_OUT)/harness.o: tests/host/harness.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -c -o $@ $<

$(HOST_OUT)/fdt/%.dtb: tests/host/fdt/%.dts $(wildcard tests/host/fdt/*.dtsi)
	@mkdir -p $(@D)
	$(DTC) -q -I dts -O dtb -o $@ $<

-include $(HOST_OBJS:.o=.d)

.DEFAULT_GOAL := $(host_saved_goal)
