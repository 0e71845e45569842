// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-time marks and the `bench` monitor command.
 *
 * Values come from board_insn_clock(): guest instructions since the
 * kernel's first instruction when QEMU runs with -icount shift=0 (one
 * virtual nanosecond per instruction). They are deterministic: the same
 * image and command line give the same numbers on every run.
 */
#include <board.h>
#include <kernel/bench.h>
#include <kernel/compiler.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>

static u64 insns_start_kernel, insns_prompt;

extern const struct bench __start_benches[], __stop_benches[];

u64 bench_clock(void)
{
	return board_insn_clock();
}

static void bench_nop(void *arg)
{
	barrier();
}

static u64 bench_loop(void (*op)(void *arg), void *arg, unsigned int iters)
{
	u64 start = board_insn_clock();
	unsigned int i;

	for (i = 0; i < iters; i++)
		op(arg);
	return board_insn_clock() - start;
}

u64 bench_per_call(void (*op)(void *arg), void *arg, unsigned int iters)
{
	u64 total, empty;

	if (!iters)
		return 0;
	op(arg);	/* warm: the first call may take one-time paths */
	total = bench_loop(op, arg, iters);
	empty = bench_loop(bench_nop, NULL, iters);
	return total > empty ? (total - empty) / iters : 0;
}

void bench_mark_start_kernel(void)
{
	insns_start_kernel = board_insn_clock();
}

void bench_mark_prompt(void)
{
	if (!insns_prompt)
		insns_prompt = board_insn_clock();
}

static int cmd_bench(int argc, char **argv)
{
	const struct bench *b;

	if (!insns_prompt) {
		console_printf("bench: %s has no instruction counter\n", board_name());
		return 1;
	}
	console_printf("bench boot_to_start_kernel %llu insns\n", insns_start_kernel);
	console_printf("bench boot_to_prompt %llu insns\n", insns_prompt);
	for (b = __start_benches; b < __stop_benches; b++)
		console_printf("bench %s %llu %s\n", b->name, b->run(), b->unit);
	return 0;
}
MONITOR_COMMAND("bench", "", "print the benchmark figures (guest instructions)", cmd_bench);
