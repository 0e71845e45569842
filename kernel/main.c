// SPDX-License-Identifier: GPL-2.0
/*
 * start_kernel: the first C function, called by head.S with the MMU on,
 * on the initial stack, IRQs and FIQs masked, and r0 = the DTB's physical
 * address. Each step below needs the ones before it.
 */
#include <board.h>
#include <kernel/bench.h>
#include <kernel/devtree.h>
#include <kernel/errno.h>
#include <kernel/init.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include <asm/irqflags.h>
#include <asm/setup.h>

void __noreturn start_kernel(unsigned long dtb_phys);

static const char *selftest_list;	/* selftest=all | selftest=SUITE[,SUITE] */
static const char *cmd_script;		/* cmd="monitor commands; ..." */

static int set_selftest(const char *val)
{
	if (!val || !*val)
		return -EINVAL;
	selftest_list = val;
	return 0;
}
__setup("selftest", set_selftest);

static int set_cmd(const char *val)
{
	if (!val)
		return -EINVAL;
	cmd_script = val;
	return 0;
}
__setup("cmd", set_cmd);

static int set_loglevel(const char *val)
{
	unsigned long level;

	/* 0 would hide even KERN_EMERG: Linux's minimum is 1 too. */
	if (!val || kstrtoul(val, 10, &level) || level < CONSOLE_LOGLEVEL_MIN ||
	    level > CONSOLE_LOGLEVEL_MOTORMOUTH)
		return -EINVAL;
	console_loglevel = level;
	return 0;
}
__setup("loglevel", set_loglevel);

/* Accepted for compatibility with Linux command lines; the console is fixed. */
static int set_console(const char *val)
{
	return 0;
}
__setup("console", set_console);

static void print_memory(void)
{
	unsigned int i;

	for (i = 0; i < boot_info.nr_mem; i++)
		pr_info("Memory: %llu MiB at 0x%08llx (from the %s)\n", boot_info.mem[i].size >> 20,
			boot_info.mem[i].base, boot_info.mem_source);
}

void start_kernel(unsigned long dtb_phys)
{
	bench_mark_start_kernel();	/* 1. the boot-time figure, before anything else */
	board_console_init();		/* 2. printk works from here on */
	pr_notice("Booting the teaching kernel on %s (ARMv7-A)\n", board_name());
	setup_arch(dtb_phys);		/* 3. CPU id, DTB: model, memory, bootargs */
	pr_notice("Kernel command line: %s\n", boot_command_line);
	parse_boot_params();		/* 4. selftest=, cmd=, loglevel=, page_poison= */
	print_memory();
	mem_init();			/* 5. free memory to the buddy allocator */
	kmem_cache_init();		/* 6. the slab caches and kmalloc */
	vmalloc_init();			/* 7. the vmalloc area, then ioremap for the drivers */
	board_ioremap_devices();
	proc_caches_init();
	sched_init();			/* 8. tasks, then interrupts and the tick */
	init_IRQ();
	time_init();
	local_irq_enable();
	if (selftest_list)		/* 9. self-tests named on the command line */
		ktest_run_list(selftest_list);
	monitor_main(cmd_script);	/* 10. then cmd="...", then the prompt */
}
