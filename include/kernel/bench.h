/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Benchmarks in guest instructions (kernel/bench.c). `make bench` boots
 * with cmd="bench; poweroff" under -icount shift=0 and collects the
 * `bench NAME VALUE UNIT` lines the `bench` command prints.
 */
#ifndef _KERNEL_BENCH_H
#define _KERNEL_BENCH_H

#include <kernel/types.h>

void bench_mark_start_kernel(void);
void bench_mark_prompt(void);

#endif
