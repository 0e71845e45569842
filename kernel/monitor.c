// SPDX-License-Identifier: GPL-2.0
/*
 * The monitor: the kernel's serial console prompt.
 *
 * Lines come from the console's line discipline (kernel/tty.c: echo,
 * Backspace, Ctrl-U, Ctrl-C, escape sequences swallowed, over-long lines
 * refused with the bell), so no byte sequence on the serial line can
 * overflow anything or reach a command other than as text.
 *
 * A line holds commands separated by ';' (quotes protect ';' and spaces);
 * the kernel command line's cmd="..." is run the same way at boot.
 */
#include <board.h>
#include <kernel/bench.h>
#include <kernel/cmdline.h>
#include <kernel/irq.h>
#include <kernel/ktest.h>
#include <kernel/monitor.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/tty.h>
#include <kernel/wait.h>
#include <asm/irqflags.h>

extern const struct monitor_cmd __start_monitor_cmds[], __stop_monitor_cmds[];

#define PROMPT "kmon> "

static const struct monitor_cmd *find_command(const char *name)
{
	const struct monitor_cmd *c;

	for (c = __start_monitor_cmds; c < __stop_monitor_cmds; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

static int run_command(char *cmd)
{
	char *argv[MONITOR_MAX_ARGS];
	const struct monitor_cmd *c;
	int err = 0, argc = split_words(cmd, argv, MONITOR_MAX_ARGS, &err);

	if (argc < 0) {
		console_printf("monitor: too many words (at most %d)\n", MONITOR_MAX_ARGS);
		return 1;
	}
	if (err)
		console_printf("monitor: unterminated '\"' in command\n");
	if (argc == 0)
		return 0;
	c = find_command(argv[0]);
	if (!c) {
		console_printf("monitor: unknown command '%s' (try 'help')\n", argv[0]);
		return 1;
	}
	return c->fn(argc, argv) ? 1 : 0;
}

int monitor_exec(char *line)
{
	int failed = 0;

	while (line) {
		char *rest = next_command(line);

		failed += run_command(line);
		line = rest;
	}
	return failed;
}

void monitor_run_script(const char *script)
{
	/* cmd= comes from the command line, so it always fits this buffer */
	static char script_buf[COMMAND_LINE_SIZE];

	bench_mark_prompt();
	if (!script)
		return;
	strlcpy(script_buf, script, sizeof(script_buf));
	console_printf("monitor: running cmd=\"%s\"\n", script_buf);
	monitor_exec(script_buf);
}

void monitor_loop(void)
{
	static char line[MONITOR_MAX_LINE];

	console_printf("Type 'help' for the list of commands.\n");
	for (;;) {
		console_write(PROMPT, sizeof(PROMPT) - 1);
		bool eol;

		tty_read_line(line, sizeof(line), PROMPT, false, &eol);
		monitor_exec(line);
	}
}

void monitor_main(const char *script)
{
	monitor_run_script(script);
	monitor_loop();
}

/* The command whose name follows prev alphabetically (the first if prev is NULL). */
static const struct monitor_cmd *next_in_order(const struct monitor_cmd *prev)
{
	const struct monitor_cmd *c, *best = NULL;

	for (c = __start_monitor_cmds; c < __stop_monitor_cmds; c++)
		if ((!prev || strcmp(c->name, prev->name) > 0) &&
		    (!best || strcmp(c->name, best->name) < 0))
			best = c;
	return best;
}

static int cmd_help(int argc, char **argv)
{
	const struct monitor_cmd *c;
	char left[40];

	for (c = next_in_order(NULL); c; c = next_in_order(c)) {
		scnprintf(left, sizeof(left), "%s %s", c->name, c->args);
		console_printf("  %-22s %s\n", left, c->help);
	}
	return 0;
}
MONITOR_COMMAND("help", "", "list the commands", cmd_help);

static int cmd_test(int argc, char **argv)
{
	char list[MONITOR_MAX_LINE];
	int i;

	if (argc == 2 && !strcmp(argv[1], "list")) {
		ktest_list_suites();
		return 0;
	}
	if (argc == 1)
		return ktest_run_list("all") ? 1 : 0;
	list[0] = '\0';
	for (i = 1; i < argc; i++) {	/* "test a b" and "test a,b" are the same */
		size_t len = strlen(list);

		scnprintf(list + len, sizeof(list) - len, "%s%s", i > 1 ? "," : "", argv[i]);
	}
	return ktest_run_list(list) ? 1 : 0;
}
MONITOR_COMMAND("test", "[list|SUITE...]", "run self-tests (all, or the named suites)", cmd_test);

static int cmd_dmesg(int argc, char **argv)
{
	char chunk[128];
	unsigned int pos = 0, n;

	while ((n = log_buf_copy(chunk, pos, sizeof(chunk))) > 0) {
		console_write(chunk, n);
		pos += n;
	}
	return 0;
}
MONITOR_COMMAND("dmesg", "", "print the kernel log buffer", cmd_dmesg);

static int cmd_echo(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++)
		console_printf(KERN_CONT "%s%s", argv[i], i + 1 < argc ? " " : "");
	console_printf(KERN_CONT "\n");
	return 0;
}
MONITOR_COMMAND("echo", "[WORD...]", "print the words", cmd_echo);

static int cmd_poweroff(int argc, char **argv)
{
	console_printf("reboot: Power down\n");
	board_poweroff(0);
}
MONITOR_COMMAND("poweroff", "", "power the machine off (QEMU exits with status 0)", cmd_poweroff);

static int cmd_reboot(int argc, char **argv)
{
	console_printf("reboot: Restarting system\n");
	board_reboot();
}
MONITOR_COMMAND("reboot", "", "reset the machine", cmd_reboot);
