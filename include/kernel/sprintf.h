/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Formatted output into a buffer (kernel/lib/vsprintf.c). Pure code with no
 * hardware access, so tests/host runs it under ASan/UBSan.
 *
 * Conversions: %d %i %u %x %X %o %p %s %c %%; flags '-', '0', '+', ' ', '#';
 * a field width and a precision (digits or '*'); length modifiers hh h l ll z.
 * %p prints 0x followed by 8 hex digits. A NULL %s prints "(null)".
 * An unknown conversion is printed verbatim ("%q" -> "%q").
 */
#ifndef _KERNEL_SPRINTF_H
#define _KERNEL_SPRINTF_H

#include <stdarg.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/*
 * Writes at most size bytes including the terminating NUL (nothing when
 * size == 0) and returns the length the full output would have had, as C99.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
/* Like vsnprintf but returns the number of characters actually written. */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
int scnprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

#endif
