/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Parsing of the kernel command line and of monitor command lines
 * (kernel/lib/cmdline.c). Pure string code, tested on the host too.
 *
 * Grammar: words separated by white space; a double-quoted stretch may
 * hold spaces (and, for monitor lines, ';'): `cmd="test; poweroff"`.
 * The quotes are removed. An unterminated quote runs to the end of the
 * line and is reported, never fatal.
 */
#ifndef _KERNEL_CMDLINE_H
#define _KERNEL_CMDLINE_H

#include <kernel/types.h>

#define CMDLINE_ERR_QUOTE 1 /* an unterminated '"' */

/*
 * Takes the next word of args (in place): *param gets "name", *val the text
 * after the first '=' (NULL when there is none), both without their
 * quotes. Returns the rest of the line, or NULL when no word is left.
 * Sets *err to CMDLINE_ERR_QUOTE for an unterminated quote (else leaves it).
 */
char *next_arg(char *args, char **param, char **val, int *err);

/*
 * Cuts line at the first ';' outside quotes: returns the rest after it
 * (NULL if there is none) and NUL-terminates the first command.
 */
char *next_command(char *line);

/*
 * Splits one command into at most max words (quotes removed), in place.
 * Returns the number of words, or -1 if there were more than max.
 */
int split_words(char *cmd, char **argv, int max, int *err);

#endif
