/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Benchmarks in guest instructions (kernel/bench.c). `make bench` boots
 * with cmd="bench; poweroff" under -icount shift=0 and collects the
 * `bench NAME VALUE UNIT` lines the `bench` command prints.
 */
#ifndef _KERNEL_BENCH_H
#define _KERNEL_BENCH_H

#include <kernel/types.h>

/*
 * A benchmark: run() returns its figure in `unit`. Define one with
 * BENCH("name", "insns", fn) in the file of the code it measures; `bench`
 * prints them all, in link order, after the boot figures.
 */
struct bench {
	const char *name;
	const char *unit;
	u64 (*run)(void);
};

#define BENCH(bname, bunit, fn)                                                  \
	static const struct bench __bench_##fn __section(".benches") __used     \
		__aligned(4) = { .name = (bname), .unit = (bunit), .run = (fn) }

/* Guest instructions so far (0 where the board has no counter). */
u64 bench_clock(void);

/*
 * Average guest instructions of one op(arg) call over iters calls, the
 * cost of an empty call subtracted, so the figure is the operation's own.
 */
u64 bench_per_call(void (*op)(void *arg), void *arg, unsigned int iters);

void bench_mark_start_kernel(void);
void bench_mark_prompt(void);

#endif
