// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel command-line parameters. The __setup() entries sit in the
 * .setup_params section (linker/kernel.lds.S); parse_boot_params() walks the
 * command line once and hands each word to the entry with its name.
 */
#include <kernel/cmdline.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

char boot_command_line[COMMAND_LINE_SIZE];
const char *boot_init_args = "";

extern const struct kernel_param __start_setup_params[], __stop_setup_params[];

void set_boot_command_line(const char *s, int len)
{
	if (len >= COMMAND_LINE_SIZE) {
		pr_warn("command line is %d bytes; keeping the first %d\n", len,
			COMMAND_LINE_SIZE - 1);
		len = COMMAND_LINE_SIZE - 1;
	}
	memcpy(boot_command_line, s, len);
	boot_command_line[len] = '\0';
}

static const struct kernel_param *find_param(const char *name)
{
	const struct kernel_param *p;

	for (p = __start_setup_params; p < __stop_setup_params; p++)
		if (!strcmp(p->name, name))
			return p;
	return NULL;
}

/* Appends a word to the list of unknown ones, as far as it fits. */
static void note_unknown(char *list, size_t size, const char *param, const char *val)
{
	size_t len = strlen(list);

	scnprintf(list + len, size - len, "%s%s%s%s", len ? " " : "", param, val ? "=" : "",
		  val ? val : "");
}

void parse_boot_params(void)
{
	static char args[COMMAND_LINE_SIZE];
	char unknown[128] = "";
	char *rest = args, *param, *val;
	int err = 0;

	strlcpy(args, boot_command_line, sizeof(args));
	while ((rest = next_arg(rest, &param, &val, &err))) {
		const struct kernel_param *p;

		if (!strcmp(param, "--") && !val) {
			/* Linux's rule: what follows "--" is for init, untouched. */
			boot_init_args = rest;
			break;
		}
		p = find_param(param);
		if (!p) {
			note_unknown(unknown, sizeof(unknown), param, val);
			continue;
		}
		if (p->setup(val) < 0)
			pr_warn("invalid value for kernel parameter %s: '%s'\n", param,
				val ? val : "(none)");
	}
	if (err)
		pr_warn("command line has an unterminated '\"'; read it as running to the end\n");
	if (unknown[0])
		pr_warn("Unknown kernel command line parameters \"%s\", ignored.\n", unknown);
}
