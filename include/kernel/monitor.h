/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The monitor: a command prompt on the serial console (kernel/monitor.c).
 * Any subsystem adds a command with MONITOR_COMMAND(); `help` lists them.
 */
#ifndef _KERNEL_MONITOR_H
#define _KERNEL_MONITOR_H

#include <kernel/compiler.h>

struct monitor_cmd {
	const char *name;
	const char *args;	/* e.g. "[SUITE...]" */
	const char *help;	/* one line */
	/* Returns 0 on success, non-zero (after printing why) on failure. */
	int (*fn)(int argc, char **argv);
};

#define MONITOR_COMMAND(cname, cargs, chelp, cfn)                                          \
	static const struct monitor_cmd __monitor_cmd_##cfn __section(".monitor_cmds")     \
		__used __aligned(4) = { cname, cargs, chelp, cfn }

#define MONITOR_MAX_LINE 256
#define MONITOR_MAX_ARGS 16

/*
 * Runs a line of ';'-separated commands (modified in place). Returns the
 * number of commands that failed or were unknown.
 */
int monitor_exec(char *line);

/* Called by the console driver, from its interrupt, when input has arrived. */
void console_input_ready(void);

/* Runs a boot script (cmd=; may be NULL), as if typed. */
void monitor_run_script(const char *script);
/* Reads commands from the console forever: the prompt. */
void __noreturn monitor_loop(void);
/* monitor_run_script, then monitor_loop. */
void __noreturn monitor_main(const char *script);

#endif
