# SPDX-License-Identifier: GPL-2.0
#
# Host tests of the mm core: mm/memblock.c, mm/page_alloc.c, the slab
# allocator (mm/slab.c, mm/slab_common.c) and the vmalloc area
# (mm/vmalloc.c, its page tables faked by vmalloc_shim.c) compiled for the
# build machine over fake RAM (shim.c), with CONFIG_HIGHMEM, under
# AddressSanitizer and UndefinedBehaviorSanitizer. Included by the top
# Makefile after tests/host/host.mk, whose flags it uses; `make test`
# runs every $(HOST_OUT)/test_* binary.

# Defines no default goal: the includer's stays.
mm_saved_goal := $(.DEFAULT_GOAL)

HOST_MM_TESTS := memblock buddy slab vmalloc
HOST_MM_BINS := $(addprefix $(HOST_OUT)/test_,$(HOST_MM_TESTS))
HOST_MM_CFLAGS := -Itests/host/mm/include -Itests/host/mm -Itests/host -DCONFIG_HIGHMEM
HOST_MM_OBJS := $(HOST_OUT)/mm/memblock.o $(HOST_OUT)/mm/page_alloc.o $(HOST_OUT)/mm/slab.o \
	$(HOST_OUT)/mm/slab_common.o $(HOST_OUT)/mm/shim.o $(HOST_OUT)/mm/boot.o \
	$(HOST_OUT)/kernel/lib/string.o $(HOST_OUT)/kernel/lib/vsprintf.o

host-tests: $(HOST_MM_BINS)

$(HOST_MM_BINS): %: %.o $(HOST_MM_OBJS) $(HOST_OUT)/harness.o
	$(HOSTCC) $(HOST_LDFLAGS) -o $@ $^

# test_vmalloc also links the area logic, its address tree and the fake
# page tables under it.
$(HOST_OUT)/test_vmalloc: $(HOST_OUT)/mm/vmalloc.o $(HOST_OUT)/mm/vmalloc_shim.o \
	$(HOST_OUT)/kernel/lib/rbtree.o

$(HOST_OUT)/mm/%.o: mm/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/mm/shim.o: tests/host/mm/shim.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) -c -o $@ $<

$(HOST_MM_BINS:=.o): $(HOST_OUT)/test_%.o: tests/host/mm/test_%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/mm/boot.o $(HOST_OUT)/mm/vmalloc_shim.o: $(HOST_OUT)/mm/%.o: tests/host/mm/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) $(HOST_RENAME) -c -o $@ $<

-include $(HOST_MM_OBJS:.o=.d) $(HOST_MM_BINS:=.d) $(HOST_OUT)/mm/vmalloc.d \
	$(HOST_OUT)/mm/vmalloc_shim.d

.DEFAULT_GOAL := $(mm_saved_goal)
