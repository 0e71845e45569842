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
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/mman.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include <kernel/wait.h>
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

static const char *init_prog;		/* init=PROG: what /init runs instead of the tests */
static const char *init_end;		/* init_end=poweroff: what /init does when done */

static int set_init(const char *val)
{
	if (!val || val[0] != '/')
		return -EINVAL;
	init_prog = val;
	return 0;
}
__setup("init", set_init);

static int set_init_end(const char *val)
{
	if (!val || strcmp(val, "poweroff"))
		return -EINVAL;
	init_end = val;
	return 0;
}
__setup("init_end", set_init_end);

/* Sleepers until init (pid 1) first has no child left: then the prompt. */
static DECLARE_WAIT_QUEUE_HEAD(init_settled_wait);
static bool init_is_settled;

void init_settled(void)
{
	if (READ_ONCE(init_is_settled))
		return;
	WRITE_ONCE(init_is_settled, true);
	wake_up_all(&init_settled_wait);
}

/*
 * The monitor as a kernel thread beside user space. Its prompt waits
 * until /init has run what it runs at boot (its first wait4 with no child
 * left), so that the two do not write over each other; the console's
 * input is buffered meanwhile.
 */
static int monitor_thread(void *unused)
{
	wait_event(init_settled_wait, READ_ONCE(init_is_settled));
	monitor_loop();
}

#define MAX_INIT_ARGS 16

/*
 * Linux's run_init_process: pid 1, so far a kernel thread, execs /init
 * with argv = /init [init= PROG] [the words after " -- "] and, with
 * init_end=poweroff, INIT_END=poweroff in its environment. Without an
 * /init (an initrd that is not an archive, say) pid 1 stays a kernel
 * thread that only sleeps, and the monitor runs alone.
 */
static void __noreturn run_init_process(void)
{
	static char words[COMMAND_LINE_SIZE];
	const char *envp[] = { "HOME=/", "TERM=linux", init_end ? "INIT_END=poweroff" : NULL,
			       NULL };
	char *split[MAX_INIT_ARGS];
	const char *argv[MAX_INIT_ARGS + 3];
	int argc = 0, n, i, err = 0;

	argv[argc++] = "/init";
	if (init_prog)
		argv[argc++] = init_prog;
	strlcpy(words, boot_init_args, sizeof(words));
	n = split_words(words, split, MAX_INIT_ARGS, &err);
	if (n < 0 || err) {
		pr_warn("init: more than %d words, or an open quote, after \"--\": passing none\n",
			MAX_INIT_ARGS);
		n = 0;
	}
	for (i = 0; i < n; i++)
		argv[argc++] = split[i];
	argv[argc] = NULL;

	if (!kthread_run(monitor_thread, NULL, "monitor"))
		pr_err("init: no memory for the monitor thread\n");
	err = kernel_execve(argv[0], argv, envp);
	pr_err("init: cannot run %s (error %d): the monitor runs alone\n", argv[0], err);
	init_settled();
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		schedule();
	}
}

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
	monitor_run_script(cmd_script);	/* 10. then cmd="..." */
	run_init_process();		/* 11. pid 1 becomes /init, the monitor a thread */
}
