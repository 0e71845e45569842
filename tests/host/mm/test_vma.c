// SPDX-License-Identifier: GPL-2.0
/*
 * Host test "vma": the area code (mm/mmap.c, mprotect.c, mlock.c,
 * madvise.c, msync.c, shmem.c) over the host buddy and slab, its page
 * tables faked by vma_shim.c, under ASan and UBSan:
 *
 *  - the cases shared with the kernel suite (tests/common/vma_cases.h):
 *    every vma_merge case, split, lookups and the vmacache, both layouts,
 *    the overcommit modes, every error return, brk, validate_mm;
 *  - 10^5 random operations (mmap fixed or hinted, private or shared,
 *    munmap, mprotect, mlock, madvise, msync, brk) against the model of
 *    vma_model.c, from four seeds and in both layouts, every page and
 *    every charge back at the end (a shared object's pages included).
 */
#include <kernel/mm.h>
#include <kernel/slab.h>
#include "../../common/buddyinfo.h"
#include "boot.h"
#include "harness.h"
#include "vma_model.h"
#include "vma_shim.h"

static void boot(void)
{
	static bool done;

	if (done)
		return;
	host_mm_boot();
	kmem_cache_init();
	vma_shim_init();
	done = true;
}

static struct mm_struct *vma_test_mm_alloc(void)
{
	boot();
	return vma_shim_mm(true);
}

static void vma_test_mm_put(struct mm_struct *mm)
{
	kfree(mm);
}

#include "../common/vma_cases.h"

static unsigned int seed;

static unsigned char rnd_byte(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 17;
	seed ^= seed << 5;
	return (unsigned char)(seed >> 11);
}

static void random_run(struct htest *t, unsigned int s, long ops, bool legacy)
{
	static struct vma_model m;
	unsigned long free0;
	long k;

	boot();
	free0 = settled_free_pages();
	seed = s;
	vma_model_init(&m, legacy);
	for (k = 0; k < ops; k++) {
		unsigned char op[VMA_MODEL_OP];
		unsigned int i;

		for (i = 0; i < VMA_MODEL_OP; i++)
			op[i] = rnd_byte();
		if (vma_model_step(&m, op)) {
			htest_fail(t, __FILE__, __LINE__, "seed %u, operation %ld (%u %u %u %u): %s",
				   s, k, op[0], op[1], op[2], op[3], m.why);
			break;
		}
	}
	if (vma_model_finish(&m))
		htest_fail(t, __FILE__, __LINE__, "seed %u, at the end: %s", s, m.why);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)free0);
}

static void random_operations(struct htest *t)
{
	random_run(t, 2463534242u, 100000, true);
	random_run(t, 12345u, 30000, true);
	random_run(t, 777u, 30000, false);
	random_run(t, 4242u, 30000, false);
}

static const struct htest_case cases[] = {
	VMA_COMMON_CASES(HTEST_CASE),
	HTEST_CASE(random_operations),
};
static const struct htest_suite suite = HTEST_SUITE("vma", cases);
HTEST_MAIN(&suite);
