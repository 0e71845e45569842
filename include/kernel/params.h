/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel command-line parameters (kernel/params.c). A subsystem declares
 * one with __setup("name", fn); fn gets the text after '=' (NULL when the
 * word had none) and returns 0, or a negative errno to have the value
 * reported as invalid. Unknown words are listed in one warning and ignored.
 */
#ifndef _KERNEL_PARAMS_H
#define _KERNEL_PARAMS_H

#include <kernel/compiler.h>

#define COMMAND_LINE_SIZE 1024

/* The command line the bootloader passed (DTB /chosen/bootargs). */
extern char boot_command_line[COMMAND_LINE_SIZE];

struct kernel_param {
	const char *name;
	int (*setup)(const char *val);
};

#define __setup(str, fn)                                                                 \
	static const struct kernel_param __setup_##fn __section(".setup_params") __used     \
		__aligned(4) = { str, fn }

/* The words after " -- " on the command line: arguments for init ("" if none). */
extern const char *boot_init_args;

/* Parses boot_command_line and calls each parameter's setup function. */
void parse_boot_params(void);
/* Sets the command line (truncated, with a warning, if too long). */
void set_boot_command_line(const char *s, int len);

#endif
