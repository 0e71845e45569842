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

# test_vma: the area code (mm/mmap.c and its neighbours) over the buddy and slab above,
# its page tables faked by vma_shim.c, with the model of vma_model.c; fuzz_vma: the same
# model under libFuzzer, built with clang when there is one, run by the script test_fuzz_vma
# for a bounded number of inputs (and skipped, saying so, without clang).
HOST_VMA_OBJS := $(addprefix $(HOST_OUT)/mm/,mmap.o mprotect.o mlock.o madvise.o msync.o \
	shmem.o mremap.o vma_shim.o vma_model.o) $(HOST_OUT)/kernel/lib/rbtree.o
HOST_CLANG ?= $(shell command -v clang 2>/dev/null)
FUZZ_VMA_RUNS ?= 20000

host-tests: $(HOST_OUT)/test_vma $(HOST_OUT)/test_fuzz_vma $(if $(HOST_CLANG),$(HOST_OUT)/fuzz_vma)

$(HOST_OUT)/test_vma: $(HOST_OUT)/test_vma.o $(HOST_VMA_OBJS) $(HOST_MM_OBJS) $(HOST_OUT)/harness.o
	$(HOSTCC) $(HOST_LDFLAGS) -o $@ $^

$(HOST_OUT)/test_vma.o: tests/host/mm/test_vma.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_OUT)/mm/vma_shim.o $(HOST_OUT)/mm/vma_model.o: $(HOST_OUT)/mm/%.o: tests/host/mm/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_MM_CFLAGS) $(HOST_RENAME) -c -o $@ $<

# Every source again with clang, as the gcc objects cannot carry the fuzzer's coverage.
FUZZ_VMA_SRCS := tests/host/mm/fuzz_vma.c $(patsubst $(HOST_OUT)/%.o,%.c,$(filter \
	$(HOST_OUT)/mm/% $(HOST_OUT)/kernel/%,$(HOST_VMA_OBJS) $(HOST_MM_OBJS)))
FUZZ_VMA_SRCS := $(patsubst mm/vma_%,tests/host/mm/vma_%,$(patsubst mm/shim.c,tests/host/mm/shim.c,\
	$(patsubst mm/boot.c,tests/host/mm/boot.c,$(FUZZ_VMA_SRCS))))
$(HOST_OUT)/fuzz_vma: $(FUZZ_VMA_SRCS)
	@mkdir -p $(HOST_OUT)/fuzz
	set -e; objs=; for s in $^; do \
		o=$(HOST_OUT)/fuzz/$$(echo $$s | tr / _).o; \
		case $$s in */shim.c) ren=;; *) ren="$(HOST_RENAME)";; esac; \
		$(HOST_CLANG) -std=gnu11 -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
			-Wall -Wextra -Werror -Wno-unknown-warning-option -Wno-unknown-attributes -Iinclude $(HOST_MM_CFLAGS) \
			$$ren -c -o $$o $$s; objs="$$objs $$o"; done; \
	$(HOST_CLANG) -fsanitize=fuzzer,address,undefined -o $@ $$objs

$(HOST_OUT)/test_fuzz_vma: tests/host/mm/test_fuzz_vma.sh
	@mkdir -p $(@D)
	sed 's|@FUZZ@|$(if $(HOST_CLANG),$(abspath $(HOST_OUT)/fuzz_vma))|; s|@RUNS@|$(FUZZ_VMA_RUNS)|' \
		$< > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

-include $(HOST_MM_OBJS:.o=.d) $(HOST_MM_BINS:=.d) $(HOST_OUT)/mm/vmalloc.d \
	$(HOST_OUT)/mm/vmalloc_shim.d $(HOST_VMA_OBJS:.o=.d) $(HOST_OUT)/test_vma.d

.DEFAULT_GOAL := $(mm_saved_goal)
