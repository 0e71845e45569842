// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target over the area code: the input is a sequence of
 * four-byte operations (mmap, munmap, mprotect, mlock, madvise, msync,
 * brk; vma_model.h) applied to a fresh address space and checked after
 * each one against the model, then torn down: any difference, leak of a
 * page or of an overcommit charge, or sanitizer report is a crash.
 * Built with clang -fsanitize=fuzzer,address when clang is present
 * (tests/host/mm/mm.mk) and run for a bounded number of inputs.
 */
#include <stdlib.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include "../../common/buddyinfo.h"
#include "boot.h"
#include "vma_model.h"
#include "vma_shim.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size);

int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size)
{
	static struct vma_model m;
	static bool booted;
	unsigned long free0;

	if (!booted) {
		host_mm_boot();
		kmem_cache_init();
		vma_shim_init();
		booted = true;
	}
	free0 = settled_free_pages();
	/* The first byte picks the layout. */
	vma_model_init(&m, !size || (data[0] & 1));
	if (size) {
		data++;
		size--;
	}
	for (; size >= VMA_MODEL_OP; data += VMA_MODEL_OP, size -= VMA_MODEL_OP)
		if (vma_model_step(&m, data))
			break;
	if (m.why[0] || vma_model_finish(&m)) {
		printk(KERN_ERR "fuzz_vma: %s\n", m.why);
		abort();
	}
	if (settled_free_pages() != free0) {
		printk(KERN_ERR "fuzz_vma: %ld pages leaked\n", (long)(free0 - nr_free_pages()));
		abort();
	}
	return 0;
}
