// SPDX-License-Identifier: GPL-2.0
/*
 * malloc over brk. Every block has an 8-byte header holding its size (a
 * multiple of 8, the header excluded); the break only grows. free() puts
 * the block on a list that malloc searches first (first fit, no splitting
 * or merging): enough for test programs, which allocate little.
 */
#include "ulib.h"

struct block {
	size_t size;
	struct block *next;	/* on the free list; overlaps user data when in use */
};

#define HDR 8

static struct block *free_list;
static unsigned long cur_brk;

void *sbrk(long increment)
{
	unsigned long old, want;

	if (!cur_brk)
		cur_brk = sys_brk(0);
	old = cur_brk;
	if (!increment)
		return (void *)old;
	want = old + increment;
	if ((increment > 0 && want < old) || (increment < 0 && want > old)) {
		errno = ENOMEM;
		return (void *)-1;
	}
	cur_brk = sys_brk(want);
	if (cur_brk != want) {
		cur_brk = old;
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)old;
}

void *malloc(size_t size)
{
	struct block **pp, *b;
	unsigned long base;

	if (size > 0x7fffff00UL) {
		errno = ENOMEM;
		return NULL;
	}
	size = (size + 7) & ~7UL;
	if (!size)
		size = 8;
	for (pp = &free_list; *pp; pp = &(*pp)->next) {
		if ((*pp)->size >= size) {
			b = *pp;
			*pp = b->next;
			return (char *)b + HDR;
		}
	}
	/* the first block starts 8-byte aligned, whatever the break was */
	base = (unsigned long)sbrk(0);
	if (base & 7 && sbrk(8 - (base & 7)) == (void *)-1)
		return NULL;
	b = sbrk(HDR + size);
	if (b == (void *)-1)
		return NULL;
	b->size = size;
	return (char *)b + HDR;
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > 0x7fffff00UL / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void free(void *p)
{
	struct block *b;

	if (!p)
		return;
	b = (struct block *)((char *)p - HDR);
	b->next = free_list;
	free_list = b;
}
