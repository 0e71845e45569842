/* SPDX-License-Identifier: GPL-2.0 */
/* The console's input: edited lines for the monitor and for read(2) (kernel/tty.c). */
#ifndef _KERNEL_TTY_H
#define _KERNEL_TTY_H

#include <kernel/types.h>
#include <kernel/uaccess.h>

#define TTY_MAX_LINE 256	/* a line's bytes, its '\n' not counted */

/*
 * Reads one edited line (echoed, Backspace, Ctrl-U, Ctrl-C which prints
 * "^C" and after_ctrl_c and starts over; see kernel/tty.c) into buf, NUL
 * terminated, without its end: the length; *eol says Enter ended it
 * (false: Ctrl-D, only for a user reader). A user reader may be
 * interrupted by a signal: -ERESTARTSYS (see syscall_interrupted); the monitor (user false) waits for
 * user readers to finish first.
 */
int tty_read_line(char *buf, unsigned int size, const char *after_ctrl_c, bool user, bool *eol);

/*
 * read(2) on the console: the rest of the current line, or the next
 * line once it is complete (with its '\n'), at most count bytes; 0 at
 * end of input (Ctrl-D on an empty line); -EFAULT, -ERESTARTSYS.
 */
long tty_read(char __user *buf, size_t count);

#endif
