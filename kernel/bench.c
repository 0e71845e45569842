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
#include <kernel/monitor.h>
#include <kernel/printk.h>

static u64 insns_start_kernel, insns_prompt;

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
	if (!insns_prompt) {
		console_printf("bench: %s has no instruction counter\n", board_name());
		return 1;
	}
	console_printf("bench boot_to_start_kernel %llu insns\n", insns_start_kernel);
	console_printf("bench boot_to_prompt %llu insns\n", insns_prompt);
	return 0;
}
MONITOR_COMMAND("bench", "", "print the benchmark figures (guest instructions)", cmd_bench);
