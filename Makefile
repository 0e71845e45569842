# SPDX-License-Identifier: GPL-2.0
#
# The teaching kernel's build. `make help` lists the targets.
#
#   make [BOARD=vexpress-a9]   build build/<board>/{kernel.elf,kernel.bin,uImage,<board>.dtb}
#   make run [MEM=128] [CMDLINE='...'] [INITRD=1]   boot under QEMU, console on this terminal
#   make test                  every test; last line "N passed, N failed"
#   make debug / make gdb      QEMU halted with a GDB stub / attach gdb-multiarch
#   make bench                 boot-time figures in guest instructions
#   make peer-bench            the peer's membench on this kernel, beside Linux 6.1
#   make setup                 install the tools (tools/setup.sh, apt-get)
#   make sdcard [BOOTARGS=...] SD-card image with U-Boot's files (BOARD=beaglebone-black too)
#   make u-boot / run-u-boot   U-Boot for QEMU from Debian's source / boot it with the SD card
#
# Each directory contributes a fragment (*.mk) that appends to obj-y; the
# objects land under build/<board>/ (out of tree), with header dependencies
# tracked through -MMD.

BOARD		?= vexpress-a9
# HIGHMEM=n builds without ZONE_HIGHMEM (FAQ 4.3): RAM above the lowmem
# limit is then left unused, and the boot log says so. Its objects go to
# their own folder, so both builds can coexist.
HIGHMEM		?= y
O		:= build/$(BOARD)$(if $(filter y,$(HIGHMEM)),,-nohighmem)
TOPLEVEL	:= 1

# V=1 shows the full commands.
ifeq ($(V),1)
Q		:=
quiet		= @true
else
Q		:= @
quiet		= @printf '  %-8s %s\n'
endif

CROSS_COMPILE	?= arm-none-eabi-
CC		:= $(CROSS_COMPILE)gcc
NM		:= $(CROSS_COMPILE)nm
OBJCOPY		:= $(CROSS_COMPILE)objcopy
OBJDUMP		:= $(CROSS_COMPILE)objdump
MKIMAGE		?= mkimage
DTC		?= dtc
PYTHON		?= python3
GDB		?= gdb-multiarch

obj-y :=
lib-y :=
include boards/$(BOARD)/board.mk

# The load address (what mkimage writes into the uImage): PHYS_OFFSET from
# the board's board_config.h, the one place it is written, + TEXT_OFFSET.
PHYS_OFFSET	:= $(shell echo PHYS_OFFSET | $(CC) -E -P -imacros boards/$(BOARD)/board_config.h \
		     -x c - 2>/dev/null | tail -n 1)
LOADADDR	:= $(shell printf '0x%08x' $$(($(PHYS_OFFSET) + 0x8000)) 2>/dev/null)

MEM		?= $(QEMU_MEM_DEFAULT)
CMDLINE		?=
TEST_TIMEOUT	?= 120
GDB_PORT	?= 1234

include arch/arm/arch.mk
include kernel/kernel.mk
include mm/mm.mk
include kernel/lib/lib.mk
include tests/kernel/tests.mk
include tests/user/user.mk
include tests/host/host.mk
include tests/host/mm/mm.mk
include tests/host/boards/boards.mk

CPPFLAGS	:= -Iinclude -Iarch/arm/include -Iboards -Iboards/$(BOARD) -D__KERNEL__ \
		   $(if $(filter y,$(HIGHMEM)),-DCONFIG_HIGHMEM)
ARCHFLAGS	:= -mcpu=$(BOARD_CPU) -marm -mfloat-abi=soft
CFLAGS		:= -std=gnu11 $(ARCHFLAGS) -O2 -g -ffreestanding -nostdlib -fno-common \
		   -fno-stack-protector -fno-pie -mapcs-frame -fno-omit-frame-pointer \
		   -mno-sched-prolog -fno-shrink-wrap \
		   -fno-unwind-tables -fno-asynchronous-unwind-tables -fno-strict-aliasing \
		   -Wall -Wextra -Werror -Wno-unused-parameter -Wmissing-prototypes \
		   -Wstrict-prototypes -MMD -MP
ASFLAGS		:= $(ARCHFLAGS) -g -D__ASSEMBLER__ -MMD -MP
LDFLAGS		:= $(ARCHFLAGS) -nostdlib -static -Wl,--build-id=none -Wl,-z,noexecstack \
		   -Wl,--no-warn-rwx-segments

OBJS		:= $(addprefix $(O)/,$(obj-y) $(lib-y))
LDS		:= $(O)/linker/kernel.lds
KERNEL		:= $(O)/kernel.elf
GDB_CONSTANTS	:= $(O)/constants.py
DTB		:= $(O)/$(BOARD).dtb

QEMU_BASE	= $(QEMU) $(QEMU_MACHINE) -kernel $(O)/uImage -dtb $(DTB) \
		  -semihosting-config enable=on,target=native -no-reboot \
		  -audiodev none,id=snd0 -global pl041.audiodev=snd0 \
		  $(QEMU_EXTRA)
QEMU_TEST	= $(QEMU_BASE) -display none -serial stdio -monitor none \
		  -icount shift=0,sleep=off
# The shell tests (tests/*.sh, tools/bench.sh) boot with these.
export QEMU_TEST GDB

.PHONY: all run debug gdb test bench peer-bench setup clean help qemu-cmd host-tests host-check
all: $(KERNEL) $(O)/kernel.bin $(O)/uImage $(DTB) $(GDB_CONSTANTS)

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(quiet) CC $<
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(O)/%.o: %.S
	@mkdir -p $(dir $@)
	$(quiet) AS $<
	$(Q)$(CC) $(CPPFLAGS) $(ASFLAGS) -c $< -o $@

$(LDS): linker/kernel.lds.S
	@mkdir -p $(dir $@)
	$(quiet) LDS $@
	$(Q)$(CC) $(CPPFLAGS) -E -P -D__ASSEMBLER__ -MMD -MP -MT $@ -MF $@.d -x c $< -o $@

# Two links: the first, with an empty symbol table, gives the addresses the
# second one's table records (tools/kallsyms.py explains why that is exact);
# then check that no text symbol moved.
$(KERNEL): $(OBJS) $(LDS) tools/kallsyms.py
	@$(PYTHON) tools/kallsyms.py < /dev/null > $(O)/.kallsyms0.S
	$(quiet) LD $@
	$(Q)$(CC) $(ASFLAGS) -c $(O)/.kallsyms0.S -o $(O)/.kallsyms0.o
	$(Q)$(CC) $(LDFLAGS) -T $(LDS) -o $(O)/.kernel0.elf $(OBJS) $(O)/.kallsyms0.o -lgcc
	$(Q)$(NM) -n -S $(O)/.kernel0.elf | $(PYTHON) tools/kallsyms.py > $(O)/.kallsyms1.S
	$(Q)$(CC) $(ASFLAGS) -c $(O)/.kallsyms1.S -o $(O)/.kallsyms1.o
	$(Q)$(CC) $(LDFLAGS) -T $(LDS) -Wl,-Map,$(O)/kernel.map -o $@ $(OBJS) $(O)/.kallsyms1.o -lgcc
	@$(NM) -n $(O)/.kernel0.elf | grep ' [tT] ' > $(O)/.syms0
	@$(NM) -n $@ | grep ' [tT] ' > $(O)/.syms1
	@cmp -s $(O)/.syms0 $(O)/.syms1 || { echo "kallsyms: text moved between links"; exit 1; }

# The macros the GDB helpers read (tools/gdb/constants.py.in says how).
$(GDB_CONSTANTS): tools/gdb/constants.py.in
	@mkdir -p $(dir $@)
	$(quiet) GEN $@
	$(Q)$(CC) $(CPPFLAGS) $(ARCHFLAGS) -E -P -MMD -MP -MT $@ -MF $@.d -x c $< -o $@.tmp
	$(Q)sed '1,/<!-- end-c-headers -->/d' $@.tmp > $@ && rm -f $@.tmp

$(O)/kernel.bin: $(KERNEL)
	$(quiet) OBJCOPY $@
	$(Q)$(OBJCOPY) -O binary $< $@

$(O)/uImage: $(O)/kernel.bin
	$(quiet) MKIMAGE $@
	$(Q)$(MKIMAGE) -A arm -O linux -T kernel -C none -a $(LOADADDR) -e $(LOADADDR) \
		-n "teaching kernel $(BOARD)" -d $< $@ > /dev/null

# The initramfs (tests/user/user.mk packs it), linked into the image by
# kernel/initramfs_data.S and also usable as an initrd: make run INITRD=1.
$(O)/initramfs.cpio: $(USER_CPIO)
	@mkdir -p $(dir $@)
	$(Q)cp $< $@
$(O)/kernel/initramfs_data.o: $(O)/initramfs.cpio
$(O)/kernel/initramfs_data.o: ASFLAGS += -DINITRAMFS_IMAGE='"$(O)/initramfs.cpio"'

$(DTB): $(BOARD_DTS)
	@mkdir -p $(dir $@)
	$(quiet) DTC $@
	$(Q)$(DTC) -I dts -O dtb -o $@ $<

# uInitrd, boot.scr, uEnv.txt, make sdcard, make u-boot, make run-u-boot.
include tools/boot-images.mk

run: all
	$(QEMU_BASE) -m $(MEM) -nographic -append '$(CMDLINE)' \
		$(if $(filter 1,$(INITRD)),-initrd $(O)/initramfs.cpio)

# QEMU waits, halted at the first instruction, for `make gdb` in another terminal.
debug: all
	@echo "QEMU is halted with a GDB stub on port $(GDB_PORT); run 'make gdb' in another terminal."
	$(QEMU_BASE) -m $(MEM) -nographic -append '$(CMDLINE)' -S -gdb tcp::$(GDB_PORT)

gdb: $(KERNEL) $(GDB_CONSTANTS)
	$(GDB) -q -x tools/gdb/kernel.py -ex 'target remote :$(GDB_PORT)' $(KERNEL)

# A malformed command line: an unknown word, values out of range, a
# parameter without its value and an unterminated quote. Each must be
# reported, and the kernel must carry on with the good words.
BAD_CMDLINE_CHECK := 'bad-cmdline::::::selftest=cmdline foo=1 loglevel=0 selftest slab_debug=PQ cmd="poweroff" "x=:::(?s)invalid value for kernel parameter loglevel: .0.*invalid value for kernel parameter selftest: .\(none\).*invalid value for kernel parameter slab_debug: .PQ.*unterminated.*Unknown kernel command line parameters "foo=1 x=", ignored.*ok 1 cmdline'

# QEMU's -initrd (any file will do: the DTB) puts linux,initrd-start/end
# into /chosen; the kernel must report the range, and the dtb suite check it.
INITRD_CHECK := 'initrd:::-initrd $(DTB):::selftest=dtb cmd="poweroff":::(?s)DTB: initrd at 0x6.*ok [0-9]+ initrd_from_chosen'

# The initramfs given as a separate initrd: the kernel must prefer it to the
# built-in copy, and find the programs in it.
INITRAMFS_INITRD_CHECK := 'initramfs-initrd:::-initrd $(O)/initramfs.cpio:::selftest=initramfs cmd="initramfs; poweroff":::(?s)ok [0-9]+ initramfs.*initramfs: initrd archive at .*/bin/hello'

# An initrd that is not a cpio archive (the DTB again): the kernel must
# say so, fall back to the built-in archive, and still run its programs.
BAD_INITRD_CHECK := 'bad-initrd:::-initrd $(DTB):::cmd="run hello; poweroff":::(?s)initramfs: the initrd is not a newc cpio archive; using the built-in archive.*hello, world.*run: hello exited with status 0'

# Every self-test again with every slab cache debugged (poison, red zones,
# last users), kmalloc's included: any overflow or use after free in the
# kernel's own kmalloc users is reported, and the reports fail the check.
SLAB_DEBUG_CHECK := 'slab-debug::::::slab_debug=PZU selftest=all cmd="check; poweroff":::(?s)\# ktest: [0-9]+ passed, 0 failed.*check: slab caches consistent'

# Programs from the initramfs run by the monitor (execve, issue 6): the
# syscalls program's KTAP passes, and args sees the arguments given.
EXEC_RUN_CHECK := 'exec-run::::::cmd="run syscalls; run args a b; poweroff":::(?s)\# syscalls: [0-9]+ passed, 0 failed.*run: syscalls exited with status 0.*argc=3.*argv\[1\]=a.*argv\[2\]=b.*args: ok.*run: args exited with status 0'

# The area code's boot parameters (mm/mmap_sys.c): a bad overcommit_memory is
# reported and the later good one obeyed, the monitor shows the policy, and
# legacy_va_layout puts a program's first mapping at TASK_UNMAPPED_BASE
# (mmaptest --where exits with its address's top byte, 0x40).
VMA_PARAMS_CHECK := 'vma-params::::::legacy_va_layout overcommit_memory=7 overcommit_memory=2 overcommit_ratio=33 cmd="overcommit; run mmaptest --where; poweroff":::(?s)invalid value for kernel parameter overcommit_memory: .7.*overcommit_memory 2, overcommit_ratio 33.*run: mmaptest exited with status 64'
BOOT_CHECKS += --boot-check $(VMA_PARAMS_CHECK)

test: all host-tests boards-prep
	$(PYTHON) tools/runtests.py --host-dir build/host \
		--qemu "$(QEMU_TEST)" $(foreach m,$(TEST_MEMS),--mem $(m)) \
		--append 'selftest=all cmd="poweroff"' --timeout $(TEST_TIMEOUT) \
		--logdir $(O)/test-logs \
		--script "tests/gdb/gdb-test.sh $(O)" \
		--script "tests/gdb/backtrace.sh $(O)" \
		--script "tests/gdb/mm-helpers.sh $(O)" \
		--script "tests/gdb/proc-helpers.sh $(O)" \
		--script "tests/gdb/walkthrough.sh $(O)" \
		--script "tests/gdb/kcount.sh $(O)" \
		--script "tests/gdb/robust.sh $(O)" \
		--script tests/bench-check.sh \
		--script tests/oops-check.sh \
		--script tests/serial-fuzz.sh \
		--script tests/init-check.sh \
		--script tests/peer-bench-check.sh \
		--script tests/load-address-check.sh \
		--script "tests/nohighmem-check.sh $(O)" \
		--script tests/boot-images-check.sh \
		--script tests/early-addrs-check.sh \
		--script "tests/u-boot-boot.sh $(O)" \
		--boot-check $(BAD_CMDLINE_CHECK) \
		--boot-check $(INITRD_CHECK) \
		--boot-check $(INITRAMFS_INITRD_CHECK) \
		--boot-check $(SLAB_DEBUG_CHECK) \
		--boot-check $(EXEC_RUN_CHECK) \
		--boot-check $(BAD_INITRD_CHECK) \
		$(BOOT_CHECKS)

bench: all
	@tools/bench.sh

# The peer's benchmark (../shared/peer/membench.c) on this kernel, beside Linux 6.1's figures.
peer-bench: all
	@O=$(O) tools/peer-bench.sh

setup:
	tools/setup.sh

# The QEMU command the tests use (tests/lib.sh asks for it when run by hand).
qemu-cmd:
	@echo '$(QEMU_TEST)'

clean:
	rm -rf build

help:
	@sed -n '3,13p' Makefile | sed 's/^# \{0,1\}//'

-include $(OBJS:.o=.d) $(LDS).d $(GDB_CONSTANTS).d
