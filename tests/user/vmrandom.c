// SPDX-License-Identifier: GPL-2.0
/*
 * vmrandom [OPS [SEED]]: random mmap(MAP_FIXED), munmap, mprotect,
 * madvise(DONTNEED) and touches over a window of pages, checked against
 * a model (per page: mapped or not, its protection, and the byte last
 * written at the page's probe offset), as KTAP version 1. 10^5 operations
 * by default. A touch the model says must fault is made in a forked child
 * (one in 64, to bound the forks), whose status must say SIGSEGV; every
 * other touch is made here and must see the model's byte.
 *
 * On Linux under qemu-arm, mprotect and madvise over holes are left out:
 * the emulator's guest holes are host mappings, so the -ENOMEM the
 * teaching kernel (and Linux proper) gives cannot show.
 */
#include "vm.h"

#define WINDOW	48
#define MAXRUN	6

struct model_page {
	int mapped;
	int prot;
	unsigned char val;
};

static struct model_page model[WINDOW];
static unsigned long base;
static unsigned int rng_state = 2463534242u;
static int strict;		/* the teaching kernel: holes give -ENOMEM */
static unsigned long faults_checked;

static unsigned int rnd(unsigned int n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state % n;
}

static volatile char *probe(unsigned int i)
{
	return (volatile char *)(base + i * PAGE + (i * 97) % PAGE);
}

static int random_prot(void)
{
	static const int prots[] = { PROT_NONE, PROT_READ, PROT_READ | PROT_WRITE };

	return prots[rnd(3)];
}

/* Are pages [s, s + n) all mapped? */
static int all_mapped(unsigned int s, unsigned int n)
{
	unsigned int i;

	for (i = s; i < s + n; i++)
		if (!model[i].mapped)
			return 0;
	return 1;
}

static int op_mmap(unsigned int s, unsigned int n)
{
	int prot = random_prot();
	unsigned int i;

	CHECK_EQ(vm_mmap(base + s * PAGE, n * PAGE, prot,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED), (long)(base + s * PAGE));
	for (i = s; i < s + n; i++) {
		model[i].mapped = 1;
		model[i].prot = prot;
		model[i].val = 0;
	}
	return 0;
}

static int op_munmap(unsigned int s, unsigned int n)
{
	unsigned int i;

	CHECK_EQ(vm_munmap(base + s * PAGE, n * PAGE), 0);
	for (i = s; i < s + n; i++)
		model[i].mapped = 0;
	return 0;
}

/* mprotect changes the pages up to the first hole, then says -ENOMEM (Linux's order). */
static int op_mprotect(unsigned int s, unsigned int n)
{
	int prot = random_prot(), hole = !all_mapped(s, n);
	unsigned int i;

	if (hole && !strict)
		return 0;
	CHECK_EQ(vm_mprotect(base + s * PAGE, n * PAGE, prot), hole ? -ENOMEM : 0);
	for (i = s; i < s + n && model[i].mapped; i++)
		model[i].prot = prot;
	return 0;
}

/* DONTNEED zeroes the private pages it finds; holes are skipped and reported. */
static int op_madvise(unsigned int s, unsigned int n)
{
	int hole = !all_mapped(s, n);
	unsigned int i;

	if (hole && !strict)
		return 0;
	CHECK_EQ(vm_madvise(base + s * PAGE, n * PAGE, MADV_DONTNEED), hole ? -ENOMEM : 0);
	for (i = s; i < s + n; i++)
		model[i].val = 0;
	return 0;
}

static int op_touch(unsigned int i)
{
	struct model_page *m = &model[i];
	int write = rnd(2);
	int faults = !m->mapped || !(m->prot & PROT_READ) || (write && !(m->prot & PROT_WRITE));

	if (faults) {
		if (rnd(64))
			return 0;
		faults_checked++;
		CHECK_EQ(touch_in_child(probe(i), write, -1), SIGSEGV);
		return 0;
	}
	CHECK_EQ((unsigned char)*probe(i), m->val);
	if (write) {
		m->val = (unsigned char)(rnd(255) + 1);
		*probe(i) = (char)m->val;
	}
	return 0;
}

/* Every readable page against the model. */
static int check_all(void)
{
	unsigned int i;

	for (i = 0; i < WINDOW; i++)
		if (model[i].mapped && (model[i].prot & PROT_READ))
			CHECK_EQ((unsigned char)*probe(i), model[i].val);
	return 0;
}

static long nops = 100000;

static int random_operations(void)
{
	long k;

	strict = on_teaching_kernel();
	base = (unsigned long)vm_mmap(0, WINDOW * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
	CHECK(MAPPED(base) && !(base & (PAGE - 1)));
	for (k = 0; k < WINDOW; k++)
		model[k].mapped = 1;
	for (k = 0; k < nops; k++) {
		unsigned int n = rnd(MAXRUN) + 1, s = rnd(WINDOW - n + 1), r = rnd(100);
		int bad;

		if (r < 20)
			bad = op_mmap(s, n);
		else if (r < 35)
			bad = op_munmap(s, n);
		else if (r < 55)
			bad = op_mprotect(s, n);
		else if (r < 60)
			bad = op_madvise(s, n);
		else if (r < 99)
			bad = op_touch(s);
		else
			bad = check_all();
		if (bad) {
			printf("# operation %ld (seed state %u) failed\n", k, rng_state);
			return 1;
		}
	}
	printf("# %ld operations, %lu faults checked in children\n", nops, faults_checked);
	CHECK(faults_checked > 0);
	CHECK_EQ(check_all(), 0);
	CHECK_EQ(vm_munmap(base, WINDOW * PAGE), 0);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "random_operations", random_operations },
};

int main(int argc, char **argv)
{
	if (argc > 1)
		nops = atol(argv[1]);
	if (argc > 2)
		rng_state = (unsigned int)atol(argv[2]) | 1;
	return ktap_run("vmrandom", cases, 1);
}
